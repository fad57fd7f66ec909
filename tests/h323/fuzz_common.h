/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fuzz_common.h - shared body of the H.323 libFuzzer targets.  The decoder
 * sources are included directly, as in the unit tests.
 */
#ifndef _NFH_H323_FUZZ_COMMON_H
#define _NFH_H323_FUZZ_COMMON_H

#include "../../nf_conntrack_h323/h323_per.c"
#include "../../nf_conntrack_h323/h323_parse.c"
#include "../../nf_conntrack_h323/h323_tables.c"

#include <stdio.h>
#include <stdlib.h>

#include "h323_vectors.h"

enum { FUZZ_Q931, FUZZ_RAS, FUZZ_H245 };

/*
 * Every address reported must be the bytes at its offsets; the message
 * facts must keep their invariants.
 */
static void fuzz_check(const u8 *buf, size_t len,
		       const struct nfh_h323_out *out)
{
	const char *bad = nfh_h323_bad_facts(out);
	int i = nfh_h323_bad_addr(buf, len, out);

	/* say which invariant broke: CI keeps only the log */
	if (i >= 0)
		fprintf(stderr, "fuzz: address %d of %u is not the input's bytes\n",
			i, out->n);
	if (bad)
		fprintf(stderr, "fuzz: message facts: %s (msg %u ttl %u flags %#x)\n",
			bad, out->msg, out->ttl, out->flags);
	if (i >= 0 || bad)
		abort();
}

static int fuzz_one(int kind, const uint8_t *data, size_t size)
{
	struct nfh_h323_addr addrs[32];
	struct nfh_h323_out out = { .addr = addrs, .cap = 32 };
	unsigned int off = 0, tl;

	if (size > NFH_PER_MAX_BYTES)
		return 0;
	switch (kind) {
	case FUZZ_Q931:
		/* a TCP stream: as many TPKTs as the input holds */
		while (off < size) {
			if (nfh_h323_tpkt_len(data + off, size - off, &tl) ||
			    !tl)
				break;
			if (!nfh_h323_parse_q931(data + off, tl, &out))
				fuzz_check(data + off, tl, &out);
			if (!nfh_h323_parse_h245_tpkt(data + off, tl, &out))
				fuzz_check(data + off, tl, &out);
			off += tl;
		}
		break;
	case FUZZ_RAS:
		if (!nfh_h323_parse_ras(data, size, &out))
			fuzz_check(data, size, &out);
		break;
	case FUZZ_H245:
		if (!nfh_h323_parse_h245(data, size, &out))
			fuzz_check(data, size, &out);
		break;
	}
	return 0;
}

#endif /* _NFH_H323_FUZZ_COMMON_H */
