// SPDX-License-Identifier: GPL-2.0
/*
 * nfh_badmod - a module that only misbehaves, for the negative control of
 * vmrun's kernel report scan and of the debug kernel's checks
 * (tests/vm/report-check.sh).  Never installed, never built into the
 * packages: loaded by path, in the VM only.
 *
 *	insmod nfh_badmod.ko what=warn	a WARN() (logged below the console's
 *					level: only the ring buffer has it)
 *	insmod nfh_badmod.ko what=kasan	an out-of-bounds write one byte past
 *					a kmalloc()ed buffer (KASAN)
 *	insmod nfh_badmod.ko what=uaf	a read after kfree() (KASAN)
 *	insmod nfh_badmod.ko what=lockdep  two locks taken in both orders
 *					(lockdep: circular dependency)
 *	insmod nfh_badmod.ko what=ubsan	a shift past the width (UBSAN)
 *	insmod nfh_badmod.ko what=leak	16 kmalloc()ed buffers dropped
 *					(kmemleak, when scanned)
 *	insmod nfh_badmod.ko what=none	nothing (the positive control)
 *
 * Only the debug kernel (tools/debug-kernel) notices kasan, uaf, lockdep,
 * ubsan and leak.  Loading fails on purpose (-EAGAIN), so nothing stays
 * behind but what leaked.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

static char *what = "none";
module_param(what, charp, 0400);
MODULE_PARM_DESC(what, "warn, kasan, uaf, lockdep, ubsan, leak: misbehave so at load; none: nothing");

/* volatile: the compiler keeps every access as written */
#define NFH_BADMOD_LEAKS 16

static void *volatile nfh_badmod_sink;
static volatile int nfh_badmod_shift = 70;
static DEFINE_SPINLOCK(nfh_badmod_a);
static DEFINE_SPINLOCK(nfh_badmod_b);

static void nfh_badmod_kasan(bool after_free)
{
	volatile char *p = kmalloc(16, GFP_KERNEL);

	if (!p)
		return;
	if (after_free) {
		kfree((void *)p);
		nfh_badmod_sink = (void *)(unsigned long)p[0];
		return;
	}
	p[16] = 1;
	kfree((void *)p);
}

static void nfh_badmod_lockdep(void)
{
	spin_lock(&nfh_badmod_a);
	spin_lock(&nfh_badmod_b);
	spin_unlock(&nfh_badmod_b);
	spin_unlock(&nfh_badmod_a);
	spin_lock(&nfh_badmod_b);
	spin_lock(&nfh_badmod_a);
	spin_unlock(&nfh_badmod_a);
	spin_unlock(&nfh_badmod_b);
}

static int __init nfh_badmod_init(void)
{
	int i;

	WARN(!strcmp(what, "warn"), "nfh_badmod: a deliberate warning\n");
	if (!strcmp(what, "kasan"))
		nfh_badmod_kasan(false);
	if (!strcmp(what, "uaf"))
		nfh_badmod_kasan(true);
	if (!strcmp(what, "lockdep"))
		nfh_badmod_lockdep();
	if (!strcmp(what, "ubsan"))
		nfh_badmod_sink = (void *)(1UL << nfh_badmod_shift);
	/*
	 * Several: a stale copy of a pointer (a kernel stack kept for reuse)
	 * hides a leak from kmemleak, and one buffer alone was never reported.
	 */
	if (!strcmp(what, "leak")) {
		for (i = 0; i < NFH_BADMOD_LEAKS; i++)
			nfh_badmod_sink = kmalloc(128, GFP_KERNEL);
		nfh_badmod_sink = NULL;
	}
	return -EAGAIN;
}

module_init(nfh_badmod_init);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers test: misbehaves on purpose (vmrun negative control)");
