// SPDX-License-Identifier: GPL-2.0
/*
 * nf_nat_sip - NAT half of the nfhelpers SIP helper.
 *
 * Points nfh_sip_nat_hook at the shared NAT operations (nfh_nat.ko):
 * nf_conntrack_sip decides what to rewrite (the edit plan) and what to
 * expect; the operations change the packet, place expectations on the
 * address the far side sees, and translate what a REGISTER pinhole lets
 * in.
 *
 * Media expectations follow the master's NAT (nf_nat_follow_master,
 * registered by the kernel's NAT core as "nat-follow-master").  A REGISTER
 * pinhole uses nfh_nat_sip_expected(), registered here as "sip" like
 * in-tree nf_nat_sip's function, so that conntrackd can commit either
 * kind on a backup router (ctnetlink resolves CTA_EXPECT_FN by name).
 */
#include <net/netfilter/nf_nat.h>
#include "nfh_sip.h"

/*
 * What a "sip" expectation lets in goes to the address and port the
 * expectation was moved from (saved).  A REGISTER pinhole's connection is
 * SIP.  Media expectations of in-tree nf_nat_sip (a backup committing what
 * an in-tree primary created) are translated as in-tree does when no other
 * expectation of the call names their source: from the master's sender,
 * the source becomes the master's translated address.
 */
static void nfh_nat_sip_expected(struct nf_conn *ct,
				 struct nf_conntrack_expect *exp)
{
	const struct nf_conntrack_tuple *orig =
		&ct->tuplehash[IP_CT_DIR_ORIGINAL].tuple;
	struct nf_conn *master = exp->master;
	struct nf_nat_range2 range = {
		.flags = NF_NAT_RANGE_MAP_IPS,
	};

	nfh_nat_ops.redirect(ct, exp);
	if (exp->class == NFH_SIP_EXP_SIGNALLING) {
		nfh_sip_signalling_expected(ct, exp);
		return;
	}
	if (!nf_inet_addr_cmp(&orig->src.u3,
			      &master->tuplehash[exp->dir].tuple.src.u3))
		return;
	range.min_addr = master->tuplehash[!exp->dir].tuple.dst.u3;
	range.max_addr = range.min_addr;
	nf_nat_setup_info(ct, &range, NF_NAT_MANIP_SRC);
}

static struct nf_ct_helper_expectfn nfh_nat_sip_fns[] = {
	{ .name = NFH_SIP_EXPECTFN, .expectfn = nfh_nat_sip_expected },
};

NFH_NAT_HALF_FNS("sip", nfh_sip_nat_hook, nfh_nat_sip_fns,
		 ARRAY_SIZE(nfh_nat_sip_fns));
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers SIP NAT helper");
MODULE_VERSION(NFH_VERSION);
