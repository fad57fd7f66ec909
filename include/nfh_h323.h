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

#endif /* _NFH_H323_H */
