// SPDX-License-Identifier: GPL-2.0
/*
 * nfh_expect (in nfh_core.ko) - removing a connection's expectations by
 * class, for every helper's cleanup (BYE, ReleaseComplete, URQ, ...).
 */
#include <linux/module.h>
#include <net/netfilter/nf_conntrack_core.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include "nfh_core.h"

unsigned int nfh_expect_flush(struct nf_conn *ct, unsigned int classes)
{
	struct nf_conn_help *help = nfct_help(ct);
	struct nf_conntrack_expect *exp;
	struct hlist_node *next;
	unsigned int n = 0;

	if (!help)
		return 0;
	spin_lock_bh(&nf_conntrack_expect_lock);
	hlist_for_each_entry_safe(exp, next, &help->expectations, lnode) {
		if (!(classes & BIT(exp->class)))
			continue;
		nfh_expect_remove(exp);
		n++;
	}
	spin_unlock_bh(&nf_conntrack_expect_lock);
	return n;
}
EXPORT_SYMBOL_GPL(nfh_expect_flush);

/* At most this many are announced again; an INVITE makes far fewer. */
#define NFH_REANNOUNCE_MAX	16

/*
 * Expectations registered while their master was unconfirmed (the first
 * packet of a SIP INVITE's flow) are reported before the master itself,
 * and conntrackd drops an expectation whose master it does not know yet:
 * they never reach the backup router.  The kernel does not export a way
 * to report an expectation again, so register an identical copy: the
 * expectation core replaces the old one (same master, class and tuple),
 * reporting IPEXP_DESTROY for it and IPEXP_NEW for the copy.  The copy's
 * timeout restarts from the helper's policy.
 */
unsigned int nfh_expect_reannounce(struct nf_conn *ct)
{
	struct nf_conntrack_expect *copy[NFH_REANNOUNCE_MAX];
	struct nf_conn_help *help = nfct_help(ct);
	struct nf_conntrack_expect *exp, *c;
	unsigned int i, n = 0, done = 0;

	if (!help)
		return 0;
	spin_lock_bh(&nf_conntrack_expect_lock);
	hlist_for_each_entry(exp, &help->expectations, lnode) {
		if (n == NFH_REANNOUNCE_MAX)
			break;
		if (nfh_expect_gone(exp))
			continue;
		c = nf_ct_expect_alloc(ct);
		if (!c)
			break;
		/* init sets what the kernel keeps per expectation (netns, zone) */
		nf_ct_expect_init(c, exp->class, exp->tuple.src.l3num, NULL,
				  &exp->tuple.dst.u3, exp->tuple.dst.protonum,
				  NULL, &exp->tuple.dst.u.all);
		c->tuple = exp->tuple;
		c->mask = exp->mask;
		c->flags = exp->flags & (NF_CT_EXPECT_PERMANENT |
					 NF_CT_EXPECT_INACTIVE);
		c->expectfn = exp->expectfn;
		nfh_expect_copy_helpers(c, exp);
#if IS_ENABLED(CONFIG_NF_NAT)
		c->saved_addr = exp->saved_addr;
		c->saved_proto = exp->saved_proto;
		c->dir = exp->dir;
#endif
		copy[n++] = c;
	}
	spin_unlock_bh(&nf_conntrack_expect_lock);

	for (i = 0; i < n; i++) {
		if (nf_ct_expect_related(copy[i], 0) == 0)
			done++;
		nf_ct_expect_put(copy[i]);
	}
	return done;
}
EXPORT_SYMBOL_GPL(nfh_expect_reannounce);
