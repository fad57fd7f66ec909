/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_h323.h - the interface between nf_conntrack_h323 and nf_nat_h323.
 *
 * nf_conntrack_h323 decodes, decides what to expect and which address
 * bytes to change; it never links against the NAT core.  nf_nat_h323
 * fills in nfh_h323_nat_hook with the shared NAT operations (nfh_nat.h).
 */
#ifndef _NFH_H323_H
#define _NFH_H323_H

#include "nfh_nat.h"

extern const struct nfh_nat_ops __rcu *nfh_h323_nat_hook;

/*
 * The names nf_nat_h323 registers its expectation functions under: in-tree
 * nf_nat_h323's, so ctnetlink (CTA_EXPECT_FN, conntrackd on a backup
 * router) means the same function with either.  A RAS registration's
 * pinhole on a NATed flow uses "Q.931"; "callforwarding" is there for what
 * an in-tree primary created.
 */
#define NFH_H323_EXPECTFN_Q931		"Q.931"
#define NFH_H323_EXPECTFN_FORWARD	"callforwarding"

/*
 * An expected connection gets its expectation's helper, but one that
 * conntrackd commits on a backup router gets its master's: the
 * ctnetlink_create_expect() of 6.1 and 6.12 ignores CTA_EXPECT_HELP_NAME.
 * Where the two differ (H.245 for a Q.931 call; Q.931 for a RAS
 * registration or admission), the expectation carries one of these
 * functions, which ctnetlink does find by name, and they hand the
 * connection its helper.  nf_conntrack_h323 registers the two that change
 * nothing else; nf_nat_h323 the two that also follow the master's NAT.
 */
#define NFH_H323_EXPECTFN_H245		"nfh-H.245"
#define NFH_H323_EXPECTFN_CALL		"nfh-Q.931"
#define NFH_H323_EXPECTFN_H245_NAT	"nfh-H.245-nat"
#define NFH_H323_EXPECTFN_CALL_NAT	"nfh-Q.931-nat"

/* nf_conntrack_h323: give @ct, let in by @exp, the H.245 or Q.931 helper */
void nfh_h323_expected_h245(struct nf_conn *ct,
			    struct nf_conntrack_expect *exp);
void nfh_h323_expected_call(struct nf_conn *ct,
			    struct nf_conntrack_expect *exp);

#endif /* _NFH_H323_H */
