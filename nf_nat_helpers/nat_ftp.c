// SPDX-License-Identifier: GPL-2.0
/*
 * nf_nat_ftp - NAT half of the nfhelpers FTP helper.
 *
 * For an expectation found by nf_conntrack_ftp on a NATed control
 * connection: move it to the address the far side sees, pick a free port,
 * and rewrite the PORT/EPRT/227/229 argument to match.  The data connection
 * then follows the control connection's NAT (nf_nat_follow_master, which
 * the NAT core registers by name, "nat-follow-master", so conntrackd can
 * restore synced expectations).
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/tcp.h>
#include <net/netfilter/nf_conntrack.h>
#include <net/netfilter/nf_conntrack_expect.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include <net/netfilter/nf_nat.h>
#include <net/netfilter/nf_nat_helper.h>
#include "nfh_ftp.h"

/* Register @exp on the first free port from @want upwards; 0 if none. */
static u16 nfh_nat_ftp_claim_port(struct nf_conntrack_expect *exp, u16 want)
{
	u32 port;
	int ret;

	for (port = want; port <= 65535; port++) {
		exp->tuple.dst.u.tcp.port = htons(port);
		ret = nf_ct_expect_related(exp, 0);
		if (ret == 0)
			return port;
		if (ret != -EBUSY)
			break;
	}
	return 0;
}

static unsigned int nfh_nat_ftp(struct sk_buff *skb,
				enum ip_conntrack_info ctinfo,
				unsigned int protoff,
				struct nf_conntrack_expect *exp,
				struct nfh_ftp_nat_req *req)
{
	struct nf_conn *ct = exp->master;
	int dir = CTINFO2DIR(ctinfo);
	char text[NFH_FTP_REPL_MAX];
	const struct tcphdr *th;
	union nf_inet_addr newaddr;
	u16 family = nf_ct_l3num(ct);
	u16 port;
	size_t len;

	/* the data connection arrives where this packet is going */
	newaddr = ct->tuplehash[!dir].tuple.dst.u3;
	exp->saved_proto.tcp.port = exp->tuple.dst.u.tcp.port;
	exp->dir = !dir;
	exp->expectfn = nf_nat_follow_master;
	exp->tuple.dst.u3 = newaddr;

	port = nfh_nat_ftp_claim_port(exp, ntohs(exp->saved_proto.tcp.port));
	if (!port) {
		net_info_ratelimited("no free port to expect the data connection on\n");
		return NF_DROP;
	}
	req->expected = true;

	len = nfh_ftp_format(req->cmd, family == AF_INET6 ? AF_INET6 : AF_INET,
			     (const u8 *)&newaddr, port, req->delim, text);
	if (!len) {
		nf_ct_unexpect_related(exp);
		req->expected = false;
		return NF_DROP;
	}
	th = (const struct tcphdr *)(skb->data + protoff);
	if (len == req->matchlen &&
	    !memcmp(text, skb->data + protoff + th->doff * 4 + req->matchoff, len))
		return NF_ACCEPT;	/* nothing to translate */

	/*
	 * The conntrack module records the segment's total length change in
	 * seqadj once: the kernel keeps only one correction per segment.
	 */
	if (!__nf_nat_mangle_tcp_packet(skb, ct, ctinfo, protoff, req->matchoff,
					req->matchlen, text, len, false)) {
		nf_ct_unexpect_related(exp);
		req->expected = false;
		return NF_DROP;
	}
	req->rewritten = true;
	req->delta = (int)len - (int)req->matchlen;
	return NF_ACCEPT;
}

static struct nf_conntrack_nat_helper nfh_nat_ftp_helper =
	NF_CT_NAT_HELPER_INIT("ftp");

static int __init nfh_nat_ftp_init(void)
{
	if (WARN_ON(rcu_access_pointer(nfh_ftp_nat_hook)))
		return -EBUSY;
	nf_nat_helper_register(&nfh_nat_ftp_helper);
	RCU_INIT_POINTER(nfh_ftp_nat_hook, nfh_nat_ftp);
	return 0;
}

static void __exit nfh_nat_ftp_fini(void)
{
	nf_nat_helper_unregister(&nfh_nat_ftp_helper);
	RCU_INIT_POINTER(nfh_ftp_nat_hook, NULL);
	synchronize_rcu();
}

module_init(nfh_nat_ftp_init);
module_exit(nfh_nat_ftp_fini);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers FTP NAT helper");
MODULE_VERSION(NFH_VERSION);
MODULE_ALIAS("ip_nat_ftp");
MODULE_ALIAS_NF_NAT_HELPER("ftp");
