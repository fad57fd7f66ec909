/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rnd.h - the tests' deterministic generator (xorshift64*): the same
 * sequence on every run for a given rng_state, which a test may seed.
 */
#ifndef _NFH_TEST_RND_H
#define _NFH_TEST_RND_H

#include "nfh_env.h"

static u64 rng_state = 0x9e3779b97f4a7c15ULL;

static inline u64 rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1DULL;
}

#endif /* _NFH_TEST_RND_H */
