// SPDX-License-Identifier: GPL-2.0
/*
 * nfh_route (in nfh_core.ko) - which side of the router an address is on,
 * for the rules that keep a helper from opening a path to a third host.
 */
#include <linux/module.h>
#include <linux/netfilter.h>
#include <net/route.h>
#include "nfh_core.h"

bool nfh_same_side(const struct sk_buff *skb, const struct nf_conn *ct,
		   const union nf_inet_addr *addr)
{
	struct dst_entry *dst = NULL;
	struct flowi fl;
	bool same;

	memset(&fl, 0, sizeof(fl));
	if (nf_ct_l3num(ct) == AF_INET)
		fl.u.ip4.daddr = addr->ip;
	else
		fl.u.ip6.daddr = addr->in6;
	if (nf_route(nf_ct_net(ct), &dst, &fl, false, nf_ct_l3num(ct)) != 0)
		return false;
	same = dst->dev == skb->dev;
	dst_release(dst);
	return same;
}
EXPORT_SYMBOL_GPL(nfh_same_side);
