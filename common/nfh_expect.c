// SPDX-License-Identifier: GPL-2.0
/*
 * nfh_expect (in nfh_core.ko) - removing a connection's expectations by
 * class, for every helper's cleanup (BYE, ReleaseComplete, URQ, ...), and
 * the cap on expectations per source address (nfh_core.h, nfh_srclimit.h).
 */
#include <linux/module.h>
#include <linux/siphash.h>
#include <net/netfilter/nf_conntrack_core.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include <net/netfilter/nf_conntrack_zones.h>
#include "nfh_core.h"
#include "nfh_srclimit.h"

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

/* Random: nobody outside can aim at another host's counter. */
static siphash_key_t nfh_src_key __read_mostly;

const struct nf_conn *nfh_src_root(const struct nf_conn *ct)
{
	/* each master is referenced by what it let in: the chain is stable */
	while (ct->master)
		ct = ct->master;
	return ct;
}
EXPORT_SYMBOL_GPL(nfh_src_root);

static atomic_t *nfh_src_count(const struct nfh_stats *st,
			       const struct nf_conn *ct)
{
	struct nfh_stats_net *sn = net_generic(nf_ct_net(ct), st->net_id);
	const struct nf_conn *root = nfh_src_root(ct);
	atomic_t *src = READ_ONCE(sn->src);
	struct {
		union nf_inet_addr addr;
		u16 zone;
		u16 family;
	} __aligned(SIPHASH_ALIGNMENT) k;

	if (!src)
		return NULL;
	net_get_random_once(&nfh_src_key, sizeof(nfh_src_key));
	memset(&k, 0, sizeof(k));
	k.addr = root->tuplehash[IP_CT_DIR_ORIGINAL].tuple.src.u3;
	k.zone = nf_ct_zone_id(nf_ct_zone(root), IP_CT_DIR_ORIGINAL);
	k.family = nf_ct_l3num(root);
	return &src[siphash(&k, sizeof(k), &nfh_src_key) % NFH_SRC_BUCKETS];
}

/*
 * The kernel's count of @ct's expectations, all classes (the helpers'
 * per-connection caps add up to less than 256: a u8 charge holds it).
 */
static unsigned int nfh_src_expecting(const struct nf_conn *ct)
{
	const struct nf_conn_help *help = nfct_help(ct);
	unsigned int i, n = 0;

	if (!help)
		return 0;
	for (i = 0; i < NF_CT_MAX_EXPECT_CLASSES; i++)
		n += READ_ONCE(help->expecting[i]);
	return n;
}

bool nfh_src_charge(const struct nfh_stats *st, struct nf_conn *ct,
		    u8 *charged, unsigned int limit)
{
	int growth = nfh_src_growth(nfh_src_expecting(ct), *charged);
	atomic_t *count;

	/* a dying connection was released (or is being): charge nothing */
	if (!growth || nf_ct_is_dying(ct))
		return true;
	count = nfh_src_count(st, ct);
	if (!count)
		return true;
	if (nfh_src_over(atomic_add_return(growth, count), growth, limit)) {
		atomic_sub(growth, count);
		return false;
	}
	*charged += growth;
	return true;
}
EXPORT_SYMBOL_GPL(nfh_src_charge);

void nfh_src_settle(const struct nfh_stats *st, struct nf_conn *ct,
		    u8 *charged)
{
	/*
	 * Down only: growth is charged by nfh_src_charge(), against the cap
	 * (a removed expectation some kernels still count for a moment
	 * must not make room for its successor).
	 */
	if (nfh_src_growth(nfh_src_expecting(ct), *charged) < 0)
		nfh_src_charge(st, ct, charged, 0);
}
EXPORT_SYMBOL_GPL(nfh_src_settle);

void nfh_src_release(const struct nfh_stats *st, struct nf_conn *ct,
		     u8 *charged)
{
	spinlock_t *lock = nfh_ct_lock(ct);
	atomic_t *count;
	u8 n;

	/* against a message of @ct still being handled on another CPU */
	spin_lock_bh(lock);
	n = *charged;
	*charged = 0;
	spin_unlock_bh(lock);
	count = nfh_src_count(st, ct);
	if (n && count)
		atomic_sub(n, count);
}
EXPORT_SYMBOL_GPL(nfh_src_release);

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
 * timeout restarts from the helper's policy, or from @timeout.  The same
 * way reports a change the kernel would not (a REGISTER pinhole made
 * active: @activate), as long as the old one is left as conntrackd cached
 * it, so that its IPEXP_DESTROY still matches.
 */
unsigned int nfh_expect_reannounce(struct nf_conn *ct, int class,
				   unsigned int timeout, bool activate)
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
		if (nfh_expect_gone(exp) || (class >= 0 && exp->class != class))
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
		if (activate)
			c->flags &= ~NF_CT_EXPECT_INACTIVE;
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
		if (nf_ct_expect_related(copy[i], 0) == 0) {
			done++;
			if (timeout) {
				spin_lock_bh(&nf_conntrack_expect_lock);
				nfh_expect_set_timeout(copy[i], timeout);
				spin_unlock_bh(&nf_conntrack_expect_lock);
			}
		}
		nf_ct_expect_put(copy[i]);
	}
	return done;
}
EXPORT_SYMBOL_GPL(nfh_expect_reannounce);
