// SPDX-License-Identifier: GPL-2.0
/*
 * nfh_percpu (in nfh_core.ko) - what lets every CPU run a helper at once:
 * a lock per connection (striped: one of NFH_CT_LOCKS, chosen by the
 * conntrack entry's address) and a scratch area per CPU.
 *
 * A helper's packet path takes nfh_ct_lock(ct) with bottom halves off
 * and, holding it, uses this CPU's scratch: the lock orders the packets
 * of one connection (both directions may reach two CPUs at once) and
 * keeps its private state consistent; bottom halves off keep anything
 * else on this CPU from using the scratch meanwhile.  Nothing under it
 * sleeps.  Connections that share a stripe only wait for each other.
 */
#include <linux/hash.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/slab.h>
#include "nfh_core.h"

#define NFH_CT_LOCK_BITS	8
#define NFH_CT_LOCKS		(1 << NFH_CT_LOCK_BITS)

static spinlock_t nfh_ct_locks[NFH_CT_LOCKS] = {
	[0 ... NFH_CT_LOCKS - 1] = __SPIN_LOCK_UNLOCKED(nfh_ct_locks),
};

spinlock_t *nfh_ct_lock(const struct nf_conn *ct)
{
	return &nfh_ct_locks[hash_ptr(ct, NFH_CT_LOCK_BITS)];
}
EXPORT_SYMBOL_GPL(nfh_ct_lock);

void nfh_scratch_free(void __percpu *scratch)
{
	void * __percpu *area = scratch;
	int cpu;

	if (!area)
		return;
	for_each_possible_cpu(cpu)
		kvfree(*per_cpu_ptr(area, cpu));
	free_percpu(area);
}
EXPORT_SYMBOL_GPL(nfh_scratch_free);

void * __percpu *nfh_scratch_alloc(size_t size)
{
	void * __percpu *area = alloc_percpu(void *);
	int cpu;

	if (!area)
		return NULL;
	for_each_possible_cpu(cpu) {
		void *p = kvzalloc_node(size, GFP_KERNEL, cpu_to_node(cpu));

		*per_cpu_ptr(area, cpu) = p;
		if (!p) {
			nfh_scratch_free(area);
			return NULL;
		}
	}
	return area;
}
EXPORT_SYMBOL_GPL(nfh_scratch_alloc);
