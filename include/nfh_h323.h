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

#endif /* _NFH_H323_H */
