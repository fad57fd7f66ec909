/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_core.h - what every nfhelpers module shares: per network namespace
 * counters under /proc/net/nfhelpers/<helper>.
 */
#ifndef _NFH_CORE_H
#define _NFH_CORE_H

#include <linux/atomic.h>
#include <linux/seq_file.h>
#include <net/net_namespace.h>

/* The /proc/net/nfhelpers directory of @net (NULL if it could not be made). */
struct proc_dir_entry *nfh_proc_dir(struct net *net);

/*
 * Print "name value" lines for @n counters; the counter set of a helper is
 * an array of atomic64_t indexed like @names.
 */
void nfh_stats_show(struct seq_file *seq, const char *const *names,
		    const atomic64_t *ctrs, unsigned int n);

#endif /* _NFH_CORE_H */
