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

#endif /* _NFH_SIP_H */
