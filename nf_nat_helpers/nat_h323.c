// SPDX-License-Identifier: GPL-2.0
/*
 * nf_nat_h323 - NAT half of the nfhelpers H.323 helper.
 *
 * Points nfh_h323_nat_hook at the shared NAT operations (nfh_nat.ko):
 * nf_conntrack_h323 decides which transport addresses to change and what
 * to expect; the operations change the address bytes in place and place
 * expectations on the address the far side sees.
 */
#include "nfh_h323.h"

NFH_NAT_HALF("h323", nfh_h323_nat_hook);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers H.323 NAT helper");
MODULE_VERSION(NFH_VERSION);
