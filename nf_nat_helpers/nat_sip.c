// SPDX-License-Identifier: GPL-2.0
/*
 * nf_nat_sip - NAT half of the nfhelpers SIP helper.
 *
 * nf_conntrack_sip decides what to rewrite (the edit plan) and what to
 * expect; this module does the parts that need the NAT core: changing the
 * packet, placing expectations on the address the far side sees, and
 * translating the connections they let in.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <net/netfilter/nf_conntrack.h>
#include <net/netfilter/nf_conntrack_expect.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include <net/netfilter/nf_nat.h>
#include <net/netfilter/nf_nat_helper.h>
#include "nfh_sip.h"

static bool nfh_nat_sip_mangle(struct sk_buff *skb, struct nf_conn *ct,
			       enum ip_conntrack_info ctinfo,
			       unsigned int protoff, unsigned int off,
			       unsigned int len, const char *rep,
			       unsigned int rlen)
{
	if (nf_ct_protonum(ct) == IPPROTO_TCP)
		return __nf_nat_mangle_tcp_packet(skb, ct, ctinfo, protoff, off,
						  len, rep, rlen, false);
	return nf_nat_mangle_udp_packet(skb, ct, ctinfo, protoff, off, len,
					rep, rlen);
}

/*
 * A connection let in by a REGISTER pinhole goes to the phone's own
 * address and port; its source is left to the rules (usually untouched).
 */
static void nfh_nat_sip_signalling_expected(struct nf_conn *ct,
					    struct nf_conntrack_expect *exp)
{
	struct nf_nat_range2 range = {
		.flags = NF_NAT_RANGE_MAP_IPS | NF_NAT_RANGE_PROTO_SPECIFIED,
		.min_addr = exp->saved_addr,
		.max_addr = exp->saved_addr,
		.min_proto = exp->saved_proto,
		.max_proto = exp->saved_proto,
	};

	nf_nat_setup_info(ct, &range, NF_NAT_MANIP_DST);
	nfh_sip_signalling_expected(ct, exp);
}

/* Is @exp's tuple, with port @port, expected already? */
static bool nfh_nat_sip_taken(struct nf_conntrack_expect *exp, u16 port)
{
	struct nf_conntrack_tuple t = exp->tuple;
	struct nf_conntrack_expect *other;

	t.dst.u.udp.port = htons(port);
	other = nf_ct_expect_find_get(nf_ct_net(exp->master),
				      nf_ct_zone(exp->master), &t);
	if (!other)
		return false;
	nf_ct_expect_put(other);
	return true;
}

/*
 * Register @exp (and @pair on the next port) at @port; 0 or an errno.
 * The pair's port is checked first: an expectation that was registered
 * and removed again cannot be registered a second time on every kernel.
 */
static int nfh_nat_sip_claim(struct nf_conntrack_expect *exp,
			     struct nf_conntrack_expect *pair, u16 port)
{
	int ret;

	if (pair && nfh_nat_sip_taken(pair, port + 1))
		return -EBUSY;
	exp->tuple.dst.u.udp.port = htons(port);
	ret = nf_ct_expect_related(exp, 0);
	if (ret || !pair)
		return ret;
	pair->tuple.dst.u.udp.port = htons(port + 1);
	ret = nf_ct_expect_related(pair, 0);
	if (ret) {
		/* lost a race for the pair's port: give up, never reuse */
		nf_ct_unexpect_related(exp);
		return -ENOSPC;
	}
	return 0;
}

static void nfh_nat_sip_move(struct nf_conntrack_expect *exp, int dir,
			     bool signalling)
{
	struct nf_conn *ct = exp->master;

	exp->saved_addr = exp->tuple.dst.u3;
	exp->saved_proto.udp.port = exp->tuple.dst.u.udp.port;
	exp->tuple.dst.u3 = ct->tuplehash[!dir].tuple.dst.u3;
	exp->dir = !dir;
	exp->expectfn = signalling ? nfh_nat_sip_signalling_expected :
				     nf_nat_follow_master;
}

static u16 nfh_nat_sip_expect(struct nf_conntrack_expect *exp,
			      struct nf_conntrack_expect *pair, int dir,
			      bool exact, bool signalling)
{
	struct nf_conn *ct = exp->master;
	u32 port, step = pair ? 2 : 1;
	int ret;

	nfh_nat_sip_move(exp, dir, signalling);
	if (pair)
		nfh_nat_sip_move(pair, dir, false);

	if (signalling) {
		/* where the NAT put the phone's own port: its Contact says so */
		port = ntohs(ct->tuplehash[!dir].tuple.dst.u.all);
		return nfh_nat_sip_claim(exp, NULL, port) ? 0 : port;
	}
	port = ntohs(exp->saved_proto.udp.port);
	if (exact)
		return nfh_nat_sip_claim(exp, pair, port) ? 0 : port;
	for (; port + step - 1 <= 65535; port += step) {
		ret = nfh_nat_sip_claim(exp, pair, port);
		if (ret == 0)
			return port;
		if (ret != -EBUSY && ret != -EALREADY)
			break;
	}
	return 0;
}

static const struct nfh_sip_nat_ops nfh_nat_sip_ops = {
	.mangle = nfh_nat_sip_mangle,
	.expect = nfh_nat_sip_expect,
};

static struct nf_conntrack_nat_helper nfh_nat_sip_helper =
	NF_CT_NAT_HELPER_INIT("sip");

static int __init nfh_nat_sip_init(void)
{
	if (WARN_ON(rcu_access_pointer(nfh_sip_nat_hook)))
		return -EBUSY;
	nf_nat_helper_register(&nfh_nat_sip_helper);
	rcu_assign_pointer(nfh_sip_nat_hook, &nfh_nat_sip_ops);
	return 0;
}

static void __exit nfh_nat_sip_fini(void)
{
	nf_nat_helper_unregister(&nfh_nat_sip_helper);
	RCU_INIT_POINTER(nfh_sip_nat_hook, NULL);
	synchronize_rcu();
}

module_init(nfh_nat_sip_init);
module_exit(nfh_nat_sip_fini);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers SIP NAT helper");
MODULE_VERSION(NFH_VERSION);
MODULE_ALIAS("ip_nat_sip");
MODULE_ALIAS_NF_NAT_HELPER("sip");
