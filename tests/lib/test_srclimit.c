// SPDX-License-Identifier: GPL-2.0
/*
 * Unit tests of include/nfh_srclimit.h, the arithmetic of the cap on
 * expectations per source: a model of what common/nfh_expect.c does with
 * it (a source's count, each connection's charge, the kernel's own count
 * of a connection's expectations that changes behind the helper's back),
 * driven at random, checked for the invariants the kernel code relies on:
 * the count is always the sum of the charges, admitted growth never takes
 * it over the cap, and a connection whose count did not grow is never
 * refused.
 *
 * NFH_TEST_NO_CAP builds the negative control: the refusal is left out,
 * and the test must fail.
 */
#include <stdio.h>

#include "nfh_srclimit.h"
#include "check.h"
#include "rnd.h"

#define CONNS	8
#define PER_CONN 5	/* the model's per-connection cap */


struct model {
	int count;			/* the source's counter */
	unsigned int expecting[CONNS];	/* the kernel's, per connection */
	u8 charged[CONNS];
};

/* nfh_src_charge(), without atomics: one thread */
static bool charge(struct model *m, unsigned int c, unsigned int limit)
{
	int growth = nfh_src_growth(m->expecting[c], m->charged[c]);

	if (!growth)
		return true;
	m->count += growth;
#ifdef NFH_TEST_NO_CAP
	(void)limit;
#else
	if (nfh_src_over(m->count, growth, limit)) {
		m->count -= growth;
		return false;
	}
#endif
	m->charged[c] += growth;
	return true;
}

static int sum_charged(const struct model *m)
{
	int i, s = 0;

	for (i = 0; i < CONNS; i++)
		s += m->charged[i];
	return s;
}

static void test_basics(void)
{
	CHECK(nfh_src_growth(3, 1) == 2, "growth 3 - 1");
	CHECK(nfh_src_growth(0, 4) == -4, "shrink 0 - 4");
	CHECK(!nfh_src_over(5, 1, 0), "no cap (0) refuses nothing");
	CHECK(!nfh_src_over(4, 1, 4), "up to the cap");
	CHECK(nfh_src_over(5, 1, 4), "one over the cap");
	CHECK(!nfh_src_over(9, 0, 4), "no growth over a lowered cap passes");
	CHECK(!nfh_src_over(9, -2, 4), "shrinking over a lowered cap passes");
}

/*
 * Random registrations (the helper then charges, with the cap), kernel
 * removals (used, timed out: only seen at the next charge), per-connection
 * evictions (a registration that replaces: no growth), connection ends.
 */
static void test_random(void)
{
	struct model m = {};
	unsigned int limit = 12, step, c, refused = 0, bad_over = 0,
		     bad_sum = 0, bad_flat = 0;

	for (step = 0; step < 200000; step++) {
		c = rnd() % CONNS;
		switch (rnd() % 6) {
		case 0:
		case 1:
		case 2: {	/* register n, the per-connection cap evicting */
			unsigned int before = m.expecting[c];
			unsigned int n = 1 + rnd() % 2;
			bool grew;

			m.expecting[c] = before + n > PER_CONN ?
					 PER_CONN : before + n;
			grew = m.expecting[c] > m.charged[c];
			if (!charge(&m, c, limit)) {
				refused++;
				if (!grew)
					bad_flat++;
				m.expecting[c] = before;	/* taken back */
			}
			break;
		}
		case 3:		/* the kernel removes one (used, timed out) */
			if (m.expecting[c])
				m.expecting[c]--;
			break;
		case 4:		/* a message: the charge follows the kernel down */
			if (nfh_src_growth(m.expecting[c], m.charged[c]) < 0)
				charge(&m, c, 0);
			break;
		case 5:		/* the connection ends: released */
			m.count -= m.charged[c];
			m.charged[c] = 0;
			m.expecting[c] = 0;
			break;
		}
		if (m.count != sum_charged(&m))
			bad_sum++;
		if (m.count > (int)limit)
			bad_over++;
	}
	CHECK(!bad_sum, "count = sum of the charges (%u steps wrong)", bad_sum);
	CHECK(!bad_over, "never over the cap (%u steps over)", bad_over);
	CHECK(!bad_flat, "no refusal without growth (%u)", bad_flat);
	CHECK(refused > 0, "the cap was reached and refused (%u)", refused);
}

/* The cap lowered below what a source holds: only growth is refused. */
static void test_lowered(void)
{
	struct model m = {};

	m.expecting[0] = 5;
	CHECK(charge(&m, 0, 0), "charged without a cap");
	CHECK(m.count == 5, "count 5 (%d)", m.count);
	m.expecting[0] = 4;
	CHECK(charge(&m, 0, 2), "shrinking passes under a lowered cap");
	CHECK(m.count == 4, "count 4 (%d)", m.count);
	m.expecting[1] = 1;
	CHECK(!charge(&m, 1, 2), "growth of another connection refused");
	CHECK(m.count == 4 && m.charged[1] == 0, "refusal charged nothing");
}

int main(void)
{
	test_basics();
	test_random();
	test_lowered();
	return check_summary();
}
