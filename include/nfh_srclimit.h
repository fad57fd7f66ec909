/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_srclimit.h - the arithmetic of the cap on expectations per source
 * address, pure, so that tests/lib/test_srclimit.c runs the same lines as
 * the kernel (common/nfh_expect.c does the locking and the atomics).
 *
 * A source's count is the sum of what each of its connections has been
 * charged: the kernel's own count of that connection's expectations
 * (help->expecting[]) when the helper last looked.  The kernel removes
 * expectations without telling the helper (used, timed out, evicted by the
 * per-connection cap), so a charge is brought up to date whenever the
 * helper handles the connection, and returned when the connection ends.
 */
#ifndef _NFH_SRCLIMIT_H
#define _NFH_SRCLIMIT_H

#include "nfh_env.h"

/* What charging a connection that has @expecting now, @charged before, adds. */
static inline int nfh_src_growth(unsigned int expecting, unsigned int charged)
{
	return (int)expecting - (int)charged;
}

/*
 * Its source holds @count once @growth is added: is that refused under
 * @limit (0: no cap)?  Only growth is ever refused: a connection whose
 * count stayed or fell (a retransmission replacing its own expectation,
 * the per-connection cap evicting its oldest) always passes, also at or
 * over the cap (lowered at run time).
 */
static inline bool nfh_src_over(int count, int growth, unsigned int limit)
{
	return growth > 0 && limit && count > (int)limit;
}

#endif /* _NFH_SRCLIMIT_H */
