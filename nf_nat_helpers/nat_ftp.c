// SPDX-License-Identifier: GPL-2.0
/*
 * nf_nat_ftp - NAT half of the nfhelpers FTP helper.
 *
 * Points nfh_ftp_nat_hook at the shared NAT operations (nfh_nat.ko):
 * nf_conntrack_ftp formats the new PORT/EPRT/227/229 argument itself and
 * asks only for a port and for the bytes to be changed.  The data
 * connection follows the control connection's NAT (nf_nat_follow_master,
 * which the kernel's NAT core registers as "nat-follow-master", so conntrackd
 * can restore synced expectations).
 */
#include "nfh_ftp.h"

NFH_NAT_HALF("ftp", nfh_ftp_nat_hook);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers FTP NAT helper");
MODULE_VERSION(NFH_VERSION);
