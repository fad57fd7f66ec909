// SPDX-License-Identifier: GPL-2.0
/*
 * nfh_badmod - a module that only misbehaves, for the negative control of
 * vmrun's kernel report scan (tests/vm/report-check.sh).  Never installed,
 * never built into the packages: loaded by path, in the VM only.
 *
 *	insmod nfh_badmod.ko what=warn	a WARN() (logged below the console's
 *					level: only the ring buffer has it)
 *	insmod nfh_badmod.ko what=none	nothing (the positive control)
 *
 * Loading fails on purpose (-EAGAIN), so nothing stays behind.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>

static char *what = "none";
module_param(what, charp, 0400);
MODULE_PARM_DESC(what, "warn: WARN() at load; none: nothing");

static int __init nfh_badmod_init(void)
{
	WARN(!strcmp(what, "warn"), "nfh_badmod: a deliberate warning\n");
	return -EAGAIN;
}

module_init(nfh_badmod_init);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers test: misbehaves on purpose (vmrun negative control)");
