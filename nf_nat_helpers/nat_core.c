// SPDX-License-Identifier: GPL-2.0
/*
 * nfh_nat - the NAT primitives behind struct nfh_nat_ops, written once for
 * every nfhelpers NAT half: change payload bytes, move an expectation to
 * the address the far side sees and claim a free port (or an RTP/RTCP
 * pair) for it, translate what a pinhole lets in.
 */
#include <linux/module.h>
#include <net/netfilter/nf_conntrack.h>
#include <net/netfilter/nf_conntrack_expect.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include <net/netfilter/nf_nat.h>
#include <net/netfilter/nf_nat_helper.h>
#include "nfh_nat.h"

static bool nfh_nat_mangle(struct sk_buff *skb, struct nf_conn *ct,
			   enum ip_conntrack_info ctinfo, unsigned int protoff,
			   unsigned int off, unsigned int len, const char *rep,
			   unsigned int rlen)
{
	if (nf_ct_protonum(ct) == IPPROTO_TCP)
		return __nf_nat_mangle_tcp_packet(skb, ct, ctinfo, protoff, off,
						  len, rep, rlen, false);
	return nf_nat_mangle_udp_packet(skb, ct, ctinfo, protoff, off, len,
					rep, rlen);
}

static void nfh_nat_redirect(struct nf_conn *ct,
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
}

/*
 * Is @old what @exp would be again: the same master and class, letting in
 * the same untranslated address and port?  Then @exp comes from a message
 * sent again (a retransmission, or a re-offer that keeps its media), and
 * registering @exp replaces @old: nf_ct_expect_related() does so for the
 * same master and class.
 */
static bool nfh_nat_same_again(const struct nf_conntrack_expect *old,
			       const struct nf_conntrack_expect *exp)
{
	return old->master == exp->master && old->class == exp->class &&
	       nf_inet_addr_cmp(&old->saved_addr, &exp->saved_addr) &&
	       old->saved_proto.all == exp->saved_proto.all;
}

/*
 * Is @exp's tuple, with port @port, expected already by something else
 * than an earlier copy of @exp?
 */
static bool nfh_nat_taken(struct nf_conntrack_expect *exp, u16 port)
{
	struct nf_conntrack_tuple t = exp->tuple;
	struct nf_conntrack_expect *other;
	bool taken;

	t.dst.u.all = htons(port);
	other = nf_ct_expect_find_get(nf_ct_net(exp->master),
				      nf_ct_zone(exp->master), &t);
	if (!other)
		return false;
	taken = !nfh_nat_same_again(other, exp);
	nf_ct_expect_put(other);
	return taken;
}

/*
 * Register @exp (and @pair on the next port) at @port; 0 or an errno.
 * The pair's port is checked first: an expectation that was registered
 * and removed again cannot be registered a second time on every kernel.
 */
static int nfh_nat_claim(struct nf_conntrack_expect *exp,
			 struct nf_conntrack_expect *pair, u16 port)
{
	int ret;

	if (pair && nfh_nat_taken(pair, port + 1))
		return -EBUSY;
	exp->tuple.dst.u.all = htons(port);
	ret = nf_ct_expect_related(exp, 0);
	if (ret || !pair)
		return ret;
	pair->tuple.dst.u.all = htons(port + 1);
	ret = nf_ct_expect_related(pair, 0);
	if (ret) {
		/* lost a race for the pair's port: give up, never reuse */
		nf_ct_unexpect_related(exp);
		return -ENOSPC;
	}
	return 0;
}

/* The connection arrives where this message goes: the master's reply. */
static void nfh_nat_move(struct nf_conntrack_expect *exp, int dir,
			 unsigned int flags)
{
	struct nf_conn *ct = exp->master;

	if (flags & (NFH_NAT_SAVE_ADDR | NFH_NAT_PINHOLE | NFH_NAT_REDIRECT))
		exp->saved_addr = exp->tuple.dst.u3;
	exp->saved_proto.all = exp->tuple.dst.u.all;
	exp->tuple.dst.u3 = ct->tuplehash[!dir].tuple.dst.u3;
	exp->dir = !dir;
	if (!(flags & (NFH_NAT_PINHOLE | NFH_NAT_REDIRECT | NFH_NAT_OWN_FN)))
		exp->expectfn = nf_nat_follow_master;
}

static u16 nfh_nat_expect(struct nf_conntrack_expect *exp,
			  struct nf_conntrack_expect *pair, int dir,
			  unsigned int flags)
{
	struct nf_conn *ct = exp->master;
	u32 port, step = pair ? 2 : 1;
	int ret;

	nfh_nat_move(exp, dir, flags);
	if (pair)
		nfh_nat_move(pair, dir,
			     flags & ~(NFH_NAT_PINHOLE | NFH_NAT_REDIRECT |
				       NFH_NAT_OWN_FN));

	if (flags & NFH_NAT_PINHOLE) {
		/* where the NAT put the sender's own port */
		port = ntohs(ct->tuplehash[!dir].tuple.dst.u.all);
		return nfh_nat_claim(exp, NULL, port) ? 0 : port;
	}
	port = ntohs(exp->saved_proto.all);
	if (flags & NFH_NAT_EXACT)
		return nfh_nat_claim(exp, pair, port) ? 0 : port;
	for (; port + step - 1 <= 65535; port += step) {
		ret = nfh_nat_claim(exp, pair, port);
		if (ret == 0)
			return port;
		if (ret != -EBUSY &&
		    !(ret == -EALREADY && (flags & NFH_NAT_PAST_EXPECTED)))
			break;
	}
	return 0;
}

const struct nfh_nat_ops nfh_nat_ops = {
	.mangle = nfh_nat_mangle,
	.expect = nfh_nat_expect,
	.redirect = nfh_nat_redirect,
};
EXPORT_SYMBOL_GPL(nfh_nat_ops);

int nfh_nat_attach(const struct nfh_nat_ops __rcu **hook,
		   struct nf_conntrack_nat_helper *helper,
		   struct nf_ct_helper_expectfn *fns, unsigned int n)
{
	unsigned int i;

	if (WARN_ON(rcu_access_pointer(*hook)))
		return -EBUSY;
	for (i = 0; i < n; i++)
		nf_ct_helper_expectfn_register(&fns[i]);
	nf_nat_helper_register(helper);
	rcu_assign_pointer(*hook, &nfh_nat_ops);
	return 0;
}
EXPORT_SYMBOL_GPL(nfh_nat_attach);

void nfh_nat_detach(const struct nfh_nat_ops __rcu **hook,
		    struct nf_conntrack_nat_helper *helper,
		    struct nf_ct_helper_expectfn *fns, unsigned int n)
{
	unsigned int i;

	nf_nat_helper_unregister(helper);
	RCU_INIT_POINTER(*hook, NULL);
	for (i = 0; i < n; i++)
		nf_ct_helper_expectfn_unregister(&fns[i]);
	synchronize_rcu();
	/* no expectation may call into this module once it is gone */
	for (i = 0; i < n; i++)
		nf_ct_helper_expectfn_destroy(&fns[i]);
}
EXPORT_SYMBOL_GPL(nfh_nat_detach);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers: NAT primitives shared by the NAT helpers");
MODULE_VERSION(NFH_VERSION);
