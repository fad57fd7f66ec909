// SPDX-License-Identifier: GPL-2.0
/*
 * nf_nat_h323 - NAT half of the nfhelpers H.323 helper.
 *
 * Points nfh_h323_nat_hook at the shared NAT operations (nfh_nat.ko):
 * nf_conntrack_h323 decides which transport addresses to change and what
 * to expect; the operations change the address bytes in place and place
 * expectations on the address the far side sees.
 *
 * T.120 and media expectations follow the master's NAT
 * (nf_nat_follow_master, "nat-follow-master").  The expectation functions
 * in-tree nf_nat_h323 registers by name are registered here under the
 * same names, "Q.931" and "callforwarding", so that conntrackd can commit
 * a synced expectation on a backup router running either implementation.
 * H.245 expectations, and Q.931 ones from RAS, follow the master's NAT
 * through functions of ours that also hand the connection its helper
 * (nfh_h323.h: a committed expectation would give it the master's).
 */
#include <net/netfilter/nf_nat.h>
#include <net/netfilter/nf_nat_helper.h>
#include "nfh_h323.h"

/*
 * "Q.931": a RAS registration's pinhole lets in calls to the endpoint.
 * One that accepts calls only from the gatekeeper follows the master's
 * NAT; one open to any caller goes to the endpoint (the master's sender)
 * on the port it registered.
 */
static void nfh_nat_h323_q931_expected(struct nf_conn *ct,
				       struct nf_conntrack_expect *exp)
{
	static const union nf_inet_addr any;
	struct nf_nat_range2 range = {
		.flags = NF_NAT_RANGE_MAP_IPS | NF_NAT_RANGE_PROTO_SPECIFIED,
		.min_proto = exp->saved_proto,
		.max_proto = exp->saved_proto,
	};

	nfh_h323_expected_call(ct, exp);
	if (!nf_inet_addr_cmp(&exp->mask.src.u3, &any)) {
		nf_nat_follow_master(ct, exp);
		return;
	}
	range.min_addr = exp->master->tuplehash[!exp->dir].tuple.src.u3;
	range.max_addr = range.min_addr;
	nf_nat_setup_info(ct, &range, NF_NAT_MANIP_DST);
}

static void nfh_nat_h323_h245_expected(struct nf_conn *ct,
				       struct nf_conntrack_expect *exp)
{
	nfh_h323_expected_h245(ct, exp);
	nf_nat_follow_master(ct, exp);
}

static void nfh_nat_h323_call_expected(struct nf_conn *ct,
				       struct nf_conntrack_expect *exp)
{
	nfh_h323_expected_call(ct, exp);
	nf_nat_follow_master(ct, exp);
}

/* "callforwarding": to the address and port the expectation was moved from. */
static void nfh_nat_h323_forward_expected(struct nf_conn *ct,
					  struct nf_conntrack_expect *exp)
{
	nfh_nat_ops.redirect(ct, exp);
}

static struct nf_ct_helper_expectfn nfh_nat_h323_fns[] = {
	{
		.name = NFH_H323_EXPECTFN_Q931,
		.expectfn = nfh_nat_h323_q931_expected,
	},
	{
		.name = NFH_H323_EXPECTFN_FORWARD,
		.expectfn = nfh_nat_h323_forward_expected,
	},
	{
		.name = NFH_H323_EXPECTFN_H245_NAT,
		.expectfn = nfh_nat_h323_h245_expected,
	},
	{
		.name = NFH_H323_EXPECTFN_CALL_NAT,
		.expectfn = nfh_nat_h323_call_expected,
	},
};

NFH_NAT_HALF_FNS("h323", nfh_h323_nat_hook, nfh_nat_h323_fns,
		 ARRAY_SIZE(nfh_nat_h323_fns));
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers H.323 NAT helper");
MODULE_VERSION(NFH_VERSION);
