// SPDX-License-Identifier: GPL-2.0
/*
 * nf_nat_ftp - NAT half of the nfhelpers FTP helper.
 *
 * Points nfh_ftp_nat_hook at the shared NAT operations (nfh_nat.ko):
 * nf_conntrack_ftp formats the new PORT/EPRT/227/229 argument itself and
 * asks only for a port and for the bytes to be changed.  The data
 * connection follows the control connection's NAT (nf_nat_follow_master,
 * which the NAT core registers by name, "nat-follow-master", so conntrackd
 * can restore synced expectations).
 */
#include <linux/module.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include "nfh_ftp.h"

static struct nf_conntrack_nat_helper nfh_nat_ftp_helper =
	NF_CT_NAT_HELPER_INIT("ftp");

static int __init nfh_nat_ftp_init(void)
{
	return nfh_nat_attach(&nfh_ftp_nat_hook, &nfh_nat_ftp_helper);
}

static void __exit nfh_nat_ftp_fini(void)
{
	nfh_nat_detach(&nfh_ftp_nat_hook, &nfh_nat_ftp_helper);
}

module_init(nfh_nat_ftp_init);
module_exit(nfh_nat_ftp_fini);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers FTP NAT helper");
MODULE_VERSION(NFH_VERSION);
MODULE_ALIAS("ip_nat_ftp");
MODULE_ALIAS_NF_NAT_HELPER("ftp");
