/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_ftp.h - the interface between nf_conntrack_ftp and nf_nat_ftp.
 *
 * nf_conntrack_ftp parses, formats and decides; it never links against the
 * NAT core.  nf_nat_ftp fills in nfh_ftp_nat_hook with the shared NAT
 * operations (nfh_nat.h) at load and clears it at unload.
 */
#ifndef _NFH_FTP_H
#define _NFH_FTP_H

#include "nfh_nat.h"

extern const struct nfh_nat_ops __rcu *nfh_ftp_nat_hook;

#endif /* _NFH_FTP_H */
