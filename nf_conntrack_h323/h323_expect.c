// SPDX-License-Identifier: GPL-2.0
/*
 * H.323 expectations: which transport addresses may be expected, placing
 * the expectation (on the translated address, through the NAT half, when
 * the sender is behind the NAT), and removing expectations again.
 *
 * Every expectation admits a connection from the message's receiver to
 * the address the message names.  The rule against opening paths to third
 * hosts (NAT Slipstreaming 2.0 made an inside host name another one):
 *  - the sender's own address is always fine;
 *  - another address only when the receiver is behind the NAT (the
 *    connection leaves from the inside) and the address is on the side
 *    the message came from: a call forward or admission from outside;
 *  - never a port below 1024.
 *
 * Also the expectation functions that hand an expected connection its
 * helper where a backup router's ctnetlink would give it the master's
 * (nfh_h323.h).
 */
#include <linux/netfilter.h>
#include "h323_glue.h"

bool nfh_h323_is_sender(const struct nfh_h323_pkt *pk,
			const struct nfh_h323_addr *a)
{
	const union nf_inet_addr *s = &pk->ct->tuplehash[pk->dir].tuple.src.u3;

	return a->family == pk->family &&
	       !memcmp(a->addr, s, nfh_addr_len(a->family));
}

/* Is the receiver of this message behind the NAT? */
static bool nfh_h323_receiver_inside(const struct nfh_h323_pkt *pk)
{
	const struct nf_conn *ct = pk->ct;

	return !nf_inet_addr_cmp(&ct->tuplehash[pk->dir].tuple.dst.u3,
				 &ct->tuplehash[!pk->dir].tuple.src.u3);
}

static void nfh_h323_addr_from(union nf_inet_addr *u, const struct nfh_h323_addr *a)
{
	memset(u, 0, sizeof(*u));
	memcpy(u, a->addr, nfh_addr_len(a->family));
}

bool nfh_h323_may_expect(const struct nfh_h323_pkt *pk,
			 const struct nfh_h323_addr *a)
{
	union nf_inet_addr addr;

	if (a->family != pk->family)
		return false;
	if (a->port < NFH_H323_PORT_MIN) {
		nfh_h323_note(pk->ct, NFH_H323_C_REFUSED_LOW_PORT,
			      "address with a port below 1024 not expected");
		return false;
	}
	if (nfh_h323_is_sender(pk, a))
		return true;
	nfh_h323_addr_from(&addr, a);
	if (nfh_h323_receiver_inside(pk) && nfh_same_side(pk->skb, pk->ct, &addr))
		return true;
	nfh_h323_note(pk->ct, NFH_H323_C_REFUSED_THIRD_PARTY,
		      "address of a third host not expected");
	return false;
}

/*
 * Runs in init_conntrack() before the connection's first packet reaches a
 * helper, while no other CPU can see the connection.  Counted only where
 * the helper was not already the right one: a committed expectation.
 */
static void nfh_h323_give_helper(struct nf_conn *ct, u8 kind)
{
	struct nf_conntrack_helper *helper =
		nfh_h323_helper(kind, nf_ct_l3num(ct));
	struct nf_conn_help *help = nfct_help(ct);

	if (!helper || !ct->master)
		return;
	if (!help)
		help = nf_ct_helper_ext_add(ct, GFP_ATOMIC);
	if (!help || rcu_access_pointer(help->helper) == helper)
		return;
	rcu_assign_pointer(help->helper, helper);
	nfh_h323_count(ct->master, NFH_H323_C_HELPER_HANDED);
}

void nfh_h323_expected_h245(struct nf_conn *ct,
			    struct nf_conntrack_expect *exp)
{
	nfh_h323_give_helper(ct, NFH_H323_H245);
}
EXPORT_SYMBOL_GPL(nfh_h323_expected_h245);

void nfh_h323_expected_call(struct nf_conn *ct,
			    struct nf_conntrack_expect *exp)
{
	nfh_h323_give_helper(ct, NFH_H323_Q931);
}
EXPORT_SYMBOL_GPL(nfh_h323_expected_call);

static struct nf_ct_helper_expectfn nfh_h323_fns[] = {
	{ .name = NFH_H323_EXPECTFN_H245, .expectfn = nfh_h323_expected_h245 },
	{ .name = NFH_H323_EXPECTFN_CALL, .expectfn = nfh_h323_expected_call },
};

void nfh_h323_expect_init(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(nfh_h323_fns); i++)
		nf_ct_helper_expectfn_register(&nfh_h323_fns[i]);
}

void nfh_h323_expect_fini(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(nfh_h323_fns); i++)
		nf_ct_helper_expectfn_unregister(&nfh_h323_fns[i]);
	synchronize_rcu();
	/* no expectation may call into this module once it is gone */
	for (i = 0; i < ARRAY_SIZE(nfh_h323_fns); i++)
		nf_ct_helper_expectfn_destroy(&nfh_h323_fns[i]);
}

/*
 * Does an expectation for @helper need a function that hands its
 * connection the helper?  Only where it differs from the master's (what
 * a committed copy would give): H.245 or Q.931, -1 otherwise.
 */
static int nfh_h323_handed(const struct nf_conn *ct,
			   const struct nf_conntrack_helper *helper)
{
	const struct nf_conn_help *help = nfct_help(ct);

	if (!helper || (help && rcu_access_pointer(help->helper) == helper))
		return -1;
	return helper == nfh_h323_helper(NFH_H323_H245, nf_ct_l3num(ct)) ?
	       NFH_H323_H245 : NFH_H323_Q931;
}

static struct nf_conntrack_expect *
nfh_h323_exp_new(const struct nfh_h323_pkt *pk, const struct nfh_h323_addr *a,
		 unsigned int class, u8 l4proto,
		 struct nf_conntrack_helper *helper, unsigned int how)
{
	struct nf_conn *ct = pk->ct;
	struct nf_conntrack_expect *exp;
	union nf_inet_addr daddr;
	__be16 port = htons(a->port);

	exp = nf_ct_expect_alloc(ct);
	if (!exp)
		return NULL;
	nfh_h323_addr_from(&daddr, a);
	nf_ct_expect_init(exp, class, pk->family,
			  how & NFH_H323_X_FROM_PEER ?
			  &ct->tuplehash[!pk->dir].tuple.src.u3 : NULL,
			  &daddr, l4proto, NULL, &port);
	nfh_expect_assign_helper(exp, helper);
	if (how & NFH_H323_X_REGISTRATION)
		exp->flags |= NF_CT_EXPECT_PERMANENT | NF_CT_EXPECT_INACTIVE;
	return exp;
}

u16 nfh_h323_expect(const struct nfh_h323_pkt *pk,
		    const struct nfh_h323_addr *a,
		    const struct nfh_h323_addr *rtcp, unsigned int class,
		    u8 l4proto, struct nf_conntrack_helper *helper,
		    unsigned int how)
{
	const union nf_inet_addr *sender =
		&pk->ct->tuplehash[pk->dir].tuple.src.u3;
	struct nf_conntrack_expect *exp, *pair = NULL;
	int handed = nfh_h323_handed(pk->ct, helper);
	struct nf_ct_helper_expectfn *fn;
	unsigned int flags;
	u16 port = 0;

	exp = nfh_h323_exp_new(pk, a, class, l4proto, helper, how);
	if (!exp)
		return 0;
	if (rtcp) {
		pair = nfh_h323_exp_new(pk, rtcp, class, l4proto, NULL,
					how & NFH_H323_X_FROM_PEER);
		if (!pair)
			goto out;
	}
	if (pk->nat && nfh_h323_is_sender(pk, a) &&
	    !nf_inet_addr_cmp(sender, nfh_h323_public(pk))) {
		flags = NFH_NAT_SAVE_ADDR | NFH_NAT_PAST_EXPECTED;
		/*
		 * nf_nat_h323's functions, found by the names ctnetlink
		 * reports for them (a backup router committing this
		 * expectation gets the same); not there: the NAT half is
		 * leaving.
		 */
		fn = NULL;
		if (how & NFH_H323_X_REGISTRATION) {
			fn = nf_ct_helper_expectfn_find_by_name(
				NFH_H323_EXPECTFN_Q931);
			flags |= NFH_NAT_REDIRECT;
		} else if (handed >= 0) {
			fn = nf_ct_helper_expectfn_find_by_name(
				handed == NFH_H323_H245 ?
				NFH_H323_EXPECTFN_H245_NAT :
				NFH_H323_EXPECTFN_CALL_NAT);
			flags |= NFH_NAT_OWN_FN;
		}
		if (flags & (NFH_NAT_REDIRECT | NFH_NAT_OWN_FN)) {
			if (!fn)
				goto out;
			exp->expectfn = fn->expectfn;
		}
		port = pk->nat->expect(exp, pair, pk->dir, flags);
		/* refused: left unrewritten, like no free port */
		if (port && !nfh_h323_src_admit(pk->ct, exp, pair))
			port = 0;
	} else {
		int ret;

		/* not moved: nothing to redirect what it lets in to */
		exp->expectfn = handed < 0 ? NULL :
				handed == NFH_H323_H245 ?
				nfh_h323_expected_h245 : nfh_h323_expected_call;
		ret = nf_ct_expect_related(exp, 0);
		/*
		 * Expected already by another connection of the call (an
		 * H.245 OLC naming what the Q.931 fastStart named): it is let
		 * in all the same.
		 */
		if (ret == -EALREADY && !pair) {
			port = a->port;
			goto out;
		}
		if (ret)
			goto out;
		port = a->port;
		if (pair && nf_ct_expect_related(pair, 0) != 0) {
			nf_ct_unexpect_related(exp);
			port = 0;
		} else if (!nfh_h323_src_admit(pk->ct, exp, pair)) {
			port = 0;
		}
	}
out:
	nf_ct_expect_put(exp);
	if (pair)
		nf_ct_expect_put(pair);
	return port;
}
