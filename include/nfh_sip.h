/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_sip.h - the interface between nf_conntrack_sip and nf_nat_sip.
 *
 * nf_conntrack_sip parses, decides and plans; it never links against the
 * NAT core.  nf_nat_sip fills in nfh_sip_nat_hook with the shared NAT
 * operations (nfh_nat.h): changing packet bytes, placing expectations on
 * the translated address, translating what a REGISTER pinhole lets in.
 */
#ifndef _NFH_SIP_H
#define _NFH_SIP_H

#include "nfh_nat.h"

extern const struct nfh_nat_ops __rcu *nfh_sip_nat_hook;

/* Expectation classes (at most NF_CT_MAX_EXPECT_CLASSES = 4). */
enum nfh_sip_exp_class {
	NFH_SIP_EXP_SIGNALLING,	/* REGISTER pinhole for incoming requests */
	NFH_SIP_EXP_AUDIO,
	NFH_SIP_EXP_VIDEO,
	NFH_SIP_EXP_OTHER,	/* image (T.38), text, application, message */
	NFH_SIP_EXP_MAX,
};

/*
 * The name nf_nat_sip registers its expectation function under: in-tree
 * nf_nat_sip's, so ctnetlink (CTA_EXPECT_FN, conntrackd on a backup
 * router) means the same function with either.  A REGISTER pinhole on a
 * NATed flow uses it; what it lets in is marked SIP with
 * nfh_sip_signalling_expected().
 */
#define NFH_SIP_EXPECTFN	"sip"

void nfh_sip_signalling_expected(struct nf_conn *ct,
				 struct nf_conntrack_expect *exp);

#endif /* _NFH_SIP_H */
