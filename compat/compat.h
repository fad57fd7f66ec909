/* SPDX-License-Identifier: GPL-2.0 */
/*
 * compat.h - every difference between the kernels nfhelpers supports.
 *
 * Force-included into every module source by Kbuild (-include).  Helper
 * sources contain no LINUX_VERSION_CODE tests: when a kernel API differs,
 * the difference is bridged here, once.
 */
#ifndef _NFH_COMPAT_H
#define _NFH_COMPAT_H

#include <linux/version.h>

#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 1, 0)
#error "nfhelpers needs Linux 6.1 or later (Debian bookworm 6.1 and bookworm-backports 6.12 are supported)."
#endif

/*
 * Kernels 6.1 to 6.12 agree on everything nfhelpers uses so far: the helper
 * and expectation API, nf_nat_mangle_tcp_packet(), seqadj, proc_net.  New
 * differences go below, each with the versions it concerns.
 */

#endif /* _NFH_COMPAT_H */
