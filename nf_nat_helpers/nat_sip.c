// SPDX-License-Identifier: GPL-2.0
/*
 * nf_nat_sip - NAT half of the nfhelpers SIP helper.
 *
 * Points nfh_sip_nat_hook at the shared NAT operations (nfh_nat.ko):
 * nf_conntrack_sip decides what to rewrite (the edit plan) and what to
 * expect; the operations change the packet, place expectations on the
 * address the far side sees, and translate what a REGISTER pinhole lets
 * in.
 */
#include <linux/module.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include "nfh_sip.h"

static struct nf_conntrack_nat_helper nfh_nat_sip_helper =
	NF_CT_NAT_HELPER_INIT("sip");

static int __init nfh_nat_sip_init(void)
{
	return nfh_nat_attach(&nfh_sip_nat_hook, &nfh_nat_sip_helper);
}

static void __exit nfh_nat_sip_fini(void)
{
	nfh_nat_detach(&nfh_sip_nat_hook, &nfh_nat_sip_helper);
}

module_init(nfh_nat_sip_init);
module_exit(nfh_nat_sip_fini);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers SIP NAT helper");
MODULE_VERSION(NFH_VERSION);
MODULE_ALIAS("ip_nat_sip");
MODULE_ALIAS_NF_NAT_HELPER("sip");
