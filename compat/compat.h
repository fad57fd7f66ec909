/* SPDX-License-Identifier: GPL-2.0 */
/*
 * compat.h - every difference between the kernels nfhelpers supports.
 *
 * Force-included into every module source by Kbuild (-include), ahead of
 * the source's own lines.  Helper sources contain no LINUX_VERSION_CODE
 * tests: when a kernel API differs, the difference is bridged here, once,
 * and told apart by the feature, never by the version number.
 */
#ifndef _NFH_COMPAT_H
#define _NFH_COMPAT_H

/*
 * Every nfhelpers message starts with its module's name.  Defined here,
 * before any kernel header, so the headers below (which pull in printk.h)
 * can be included and no source needs its own definition.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/version.h>
#include <net/netfilter/nf_conntrack_expect.h>

#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 1, 0)
#error "nfhelpers needs Linux 6.1 or later (Debian bookworm 6.1 and bookworm-backports 6.12 are supported)."
#endif

/*
 * Kernels 6.1 to 6.12 agree on the helper API, nf_nat_mangle_tcp_packet(),
 * seqadj and proc_net.  The differences nfhelpers meets are below, each with
 * the kernels it concerns.
 */

/*
 * Expectation lifetime.  Debian's 6.1 (6.1.192) keeps a deadline in
 * exp->timeout (jiffies32) and marks removed expectations
 * NF_CT_EXPECT_DEAD; 6.12 still arms a timer per expectation.  The flag's
 * presence tells the two apart, whatever the version number says.
 * These need nf_conntrack_expect_lock held.
 */
#ifdef NF_CT_EXPECT_DEAD
static inline void nfh_expect_remove(struct nf_conntrack_expect *exp)
{
	nf_ct_unlink_expect(exp);
}

static inline void nfh_expect_set_timeout(struct nf_conntrack_expect *exp,
					  unsigned int secs)
{
	WRITE_ONCE(exp->timeout, nfct_time_stamp + secs * HZ);
}

/* Still listed but dead or expired, waiting for the GC to unlink it. */
static inline bool nfh_expect_gone(const struct nf_conntrack_expect *exp)
{
	return nf_ct_exp_is_expired(exp);
}
#else
static inline void nfh_expect_remove(struct nf_conntrack_expect *exp)
{
	nf_ct_remove_expect(exp);
}

static inline void nfh_expect_set_timeout(struct nf_conntrack_expect *exp,
					  unsigned int secs)
{
	mod_timer_pending(&exp->timeout, jiffies + secs * HZ);
}

/* A timer kernel unlinks an expectation when it ends. */
static inline bool nfh_expect_gone(const struct nf_conntrack_expect *exp)
{
	return false;
}
#endif

/*
 * The helper an expected connection gets.  Debian's 6.1 (6.1.192) keeps
 * the helper that created an expectation in exp->helper and the one to
 * give the new connection in exp->assign_helper; 6.12 has exp->helper
 * only, which nf_ct_expect_init() may fill with the creator's helper.
 * Kbuild probes the header for assign_helper.  @h may be NULL: no helper.
 */
static inline void nfh_expect_assign_helper(struct nf_conntrack_expect *exp,
					    struct nf_conntrack_helper *h)
{
#ifdef NFH_HAVE_EXPECT_ASSIGN_HELPER
	rcu_assign_pointer(exp->assign_helper, h);
#else
	rcu_assign_pointer(exp->helper, h);
#endif
}

/* Copy both helper pointers where there are two; nf_conntrack_expect_lock held. */
static inline void nfh_expect_copy_helpers(struct nf_conntrack_expect *dst,
					   const struct nf_conntrack_expect *src)
{
	RCU_INIT_POINTER(dst->helper, rcu_access_pointer(src->helper));
#ifdef NFH_HAVE_EXPECT_ASSIGN_HELPER
	RCU_INIT_POINTER(dst->assign_helper,
			 rcu_access_pointer(src->assign_helper));
#endif
}

#endif /* _NFH_COMPAT_H */
