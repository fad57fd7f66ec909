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
