/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_core.h - what every nfhelpers helper module shares (nfh_core.ko):
 * per network namespace counters under /proc/net/nfhelpers/<helper>,
 * ports= checking and refusal logging.
 *
 * A helper declares its counter names and gets the rest:
 *
 *	static const char *const nfh_foo_counter_names[NFH_FOO_C_MAX] = {...};
 *	NFH_STATS_DEFINE(nfh_foo_stats, "foo", nfh_foo_counter_names,
 *			 NFH_FOO_C_MAX);
 *
 * then nfh_stats_register(&nfh_foo_stats) at load, nfh_stats_inc() on the
 * packet path and nfh_stats_unregister() at unload.  The same per-namespace
 * area holds the helper's expectation counts per source address
 * (nfh_src_charge(), below).
 */
#ifndef _NFH_CORE_H
#define _NFH_CORE_H

#include <linux/atomic.h>
#include <linux/net.h>
#include <linux/percpu.h>
#include <linux/printk.h>
#include <linux/seq_file.h>
#include <linux/spinlock.h>
#include <net/net_namespace.h>
#include <net/netns/generic.h>
#include <net/netfilter/nf_conntrack.h>
#include <net/netfilter/nf_conntrack_ecache.h>
#include <net/netfilter/nf_conntrack_seqadj.h>

/*
 * One helper's counters: an atomic64_t per name in every network
 * namespace, printed as "name value" lines, in the order of @names, by
 * /proc/net/nfhelpers/<file>.  The names are a user interface.
 */
struct nfh_stats_net {
	atomic_t *src;		/* NFH_SRC_BUCKETS expectation counts */
	atomic64_t ctr[];
};

struct nfh_stats {
	const char *file;
	const char *const *names;
	unsigned int n;
	unsigned int net_id;
	struct pernet_operations net_ops;
};

int nfh_stats_net_init(struct nfh_stats *st, struct net *net);
void nfh_stats_net_exit(struct nfh_stats *st, struct net *net);

/*
 * Define @var for @n counters named by @names (an array that may still be
 * filled in at module load, before nfh_stats_register()).  A pernet init
 * callback gets no context, hence one small pair of them per helper.
 */
#define NFH_STATS_DEFINE(var, file_, names_, n_)			\
static struct nfh_stats var;						\
static int __net_init var##_net_init(struct net *net)			\
{									\
	return nfh_stats_net_init(&var, net);				\
}									\
static void __net_exit var##_net_exit(struct net *net)			\
{									\
	nfh_stats_net_exit(&var, net);					\
}									\
static struct nfh_stats var = {						\
	.file = file_,							\
	.names = names_,						\
	.n = n_,							\
	.net_ops = {							\
		.init = var##_net_init,					\
		.exit = var##_net_exit,					\
		.id = &var.net_id,					\
		.size = struct_size_t(struct nfh_stats_net, ctr, n_),	\
	},								\
}

static inline int nfh_stats_register(struct nfh_stats *st)
{
	return register_pernet_subsys(&st->net_ops);
}

static inline void nfh_stats_unregister(struct nfh_stats *st)
{
	unregister_pernet_subsys(&st->net_ops);
}

/* Count event @c of connection @ct. */
static inline void nfh_stats_inc(struct nfh_stats *st,
				 const struct nf_conn *ct, unsigned int c)
{
	struct nfh_stats_net *sn = net_generic(nf_ct_net(ct), st->net_id);

	atomic64_inc(&sn->ctr[c]);
}

static inline const char *nfh_ct_family_name(const struct nf_conn *ct)
{
	return nf_ct_l3num(ct) == AF_INET ? "IPv4" : "IPv6";
}

/*
 * Count a refusal (or anything worth a counter and, with the helper's
 * log_refused=1, a ratelimited line): "<IPv4|IPv6> " then @fmt.  A macro
 * so the line carries the helper module's name (pr_fmt).
 */
#define nfh_refused(st, ct, c, log, fmt, ...)				\
do {									\
	nfh_stats_inc(st, ct, c);					\
	if (log)							\
		net_info_ratelimited("%s " fmt, nfh_ct_family_name(ct),	\
				     ##__VA_ARGS__);			\
} while (0)

/*
 * ports= of a helper: @def when none was given; 0 is refused.  Inline so
 * the error carries the helper module's name.
 */
static inline int nfh_ports_check(unsigned short *ports, unsigned int *n,
				  unsigned short def)
{
	unsigned int i;

	if (*n == 0)
		ports[(*n)++] = def;
	for (i = 0; i < *n; i++) {
		if (!ports[i]) {
			pr_err("ports=: 0 is not a port\n");
			return -EINVAL;
		}
	}
	return 0;
}

/*
 * Remove @ct's expectations whose class is in @classes (a mask of
 * BIT(class)); returns how many.
 */
unsigned int nfh_expect_flush(struct nf_conn *ct, unsigned int classes);

/*
 * Expectations per source address (nfh_expect.c; the policy is in
 * Documentation/design.rst, "Expectations per source").  The source of a
 * connection is the original-direction source of the connection that
 * started it: the master's own master for a connection that came in
 * through an expectation (a call through a REGISTER pinhole counts for
 * the phone that registered, not for the registrar).  Behind masquerade
 * that is the inside host, before NAT.  Counts live in NFH_SRC_BUCKETS
 * counters per helper and namespace, chosen by a keyed hash of zone and
 * address: hosts whose hashes collide share one budget.
 *
 * Each connection keeps in its helper data one byte, @charged: what it
 * counts for now.  Under nfh_ct_lock(ct):
 *  - after registering expectations, nfh_src_charge(st, ct, &charged,
 *    limit): false means the source would hold more than @limit; the
 *    caller removes what it just registered (nf_ct_unexpect_related())
 *    and counts the refusal (nfh_src_refused());
 *  - before and after every message, nfh_src_settle() brings the charge
 *    down to what the kernel still has (used, timed out, evicted, removed
 *    by the message); never up;
 * and the helper's destroy callback calls nfh_src_release().
 */
#define NFH_SRC_BUCKETS		4096

const struct nf_conn *nfh_src_root(const struct nf_conn *ct);
bool nfh_src_charge(const struct nfh_stats *st, struct nf_conn *ct,
		    u8 *charged, unsigned int limit);
void nfh_src_settle(const struct nfh_stats *st, struct nf_conn *ct,
		    u8 *charged);
void nfh_src_release(const struct nfh_stats *st, struct nf_conn *ct,
		     u8 *charged);

/*
 * Count a refusal by the cap on expectations per source as event @c of
 * @ct and log it (always: ratelimited, naming the source and the cap).
 */
#define nfh_src_refused(st, ct, c, limit)				\
do {									\
	const struct nf_conntrack_tuple *t_ =				\
		&nfh_src_root(ct)->tuplehash[IP_CT_DIR_ORIGINAL].tuple;	\
									\
	nfh_stats_inc(st, ct, c);					\
	if (t_->src.l3num == AF_INET)					\
		net_warn_ratelimited("%pI4: expect_max_per_src (%u) reached, expectation refused\n", \
				     &t_->src.u3.ip, limit);		\
	else								\
		net_warn_ratelimited("%pI6c: expect_max_per_src (%u) reached, expectation refused\n", \
				     &t_->src.u3.in6, limit);		\
} while (0)

/*
 * nf_ct_seqadj_set(), reported: the kernel sends no event when a sequence
 * adjustment changes, so conntrackd never copies one to the backup router,
 * and after a failover every TCP stream a helper resized goes on with the
 * wrong sequence numbers (the receiver drops or misreads its next bytes).
 * The event goes out with the packet's other cached events.
 */
static inline void nfh_seqadj_set(struct nf_conn *ct,
				  enum ip_conntrack_info ctinfo, __be32 seq,
				  s32 off)
{
	nf_ct_seqadj_set(ct, ctinfo, seq, off);
	if (off)
		nf_conntrack_event_cache(IPCT_SEQADJ, ct);
}

/*
 * Register again every expectation of @ct, a confirmed connection, of
 * class @class (-1: every class), so that an IPEXP_NEW event reports each
 * as it is now: after the connection's own IPCT_NEW, or after a change
 * made in place, which no event reports (see nfh_expect.c).  @timeout:
 * seconds from now for the copies, 0 for the helper's policy; @activate:
 * the copies are active (a change made this way, not in place, reaches
 * conntrackd: the old one's IPEXP_DESTROY still matches what it cached).
 * Returns how many were registered again.
 */
unsigned int nfh_expect_reannounce(struct nf_conn *ct, int class,
				   unsigned int timeout, bool activate);

/*
 * An ICMP error about a helper's connection: the kernel hands the helper
 * those of the original direction (ctinfo RELATED on a confirmed entry;
 * replies it skips itself).  They carry no message.
 */
static inline bool nfh_is_icmp_error(const struct nf_conn *ct,
				     enum ip_conntrack_info ctinfo)
{
	return ctinfo == IP_CT_RELATED && nf_ct_is_confirmed(ct);
}

/*
 * True when @addr is reached through the interface @skb (of connection
 * @ct) came in on: it is on the sender's side of the router.
 */
bool nfh_same_side(const struct sk_buff *skb, const struct nf_conn *ct,
		   const union nf_inet_addr *addr);

/*
 * Running on every CPU at once (nfh_percpu.c).  The packet path of a
 * helper: spin_lock_bh(nfh_ct_lock(ct)), then nfh_scratch_this(area) is
 * this CPU's scratch until the unlock.
 */
spinlock_t *nfh_ct_lock(const struct nf_conn *ct);
void * __percpu *nfh_scratch_alloc(size_t size);	/* zeroed, per CPU */
void nfh_scratch_free(void __percpu *scratch);	/* what _alloc() gave */

static inline void *nfh_scratch_this(void * __percpu *area)
{
	return *this_cpu_ptr(area);
}

#endif /* _NFH_CORE_H */
