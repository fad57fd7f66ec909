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
#include "nfh_sip.h"

NFH_NAT_HALF("sip", nfh_sip_nat_hook);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers SIP NAT helper");
MODULE_VERSION(NFH_VERSION);
