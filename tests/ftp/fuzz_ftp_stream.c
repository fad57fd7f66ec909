// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target: a byte stream cut into TCP segments, through the core's
 * segment walker and a carry slot as the kernel glue drives them
 * (tests/ftp/ftp_glue.h, which also checks the walker's invariants), and
 * compared with the naive reference that splits the whole stream on LF.
 *
 * Input:  flags, ncut, ncut cut bytes, stream bytes
 *   flags bit 0: direction (0 client, 1 server)
 *   flags bit 1: start the sequence space just before 2^32 (wrap-around)
 *   flags bit 2: retransmit old data now and then (must change nothing)
 *   ncut & 15:   number of cut bytes; segment sizes are cut[i] + 1, cycled
 *                (none: the stream is one segment)
 *   cut >> 6:    with bit 2, what to resend after this segment: nothing,
 *                the previous segment, the one before, or a mid-line piece
 */
#include <stdio.h>
#include <stdlib.h>

#include "../../nf_conntrack_ftp/ftp_parse.c"
#include "ftp_glue.h"

#define FAIL(...)							\
	do {								\
		fprintf(stderr, "fuzz_ftp_stream: " __VA_ARGS__);	\
		fputc('\n', stderr);					\
		abort();						\
	} while (0)

struct sink {
	struct ftp_event *ev;
	size_t n, max;
	bool record;
};

static void on_line(void *ctx, const struct nfh_ftp_walk *w, const u8 *line,
		    size_t line_len)
{
	struct sink *s = ctx;

	(void)line;
	(void)line_len;
	if (s->record && s->n < s->max)
		ftp_event_set(&s->ev[s->n++], w->res, &w->m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ftp_event *want, *got;
	struct ftp_glue_dir g;
	struct sink sink;
	size_t ncut, len, from = 0, i = 0, nw, prev[2] = { 0, 0 };
	const u8 *cut, *s;
	enum nfh_ftp_dir dir;
	u32 base;
	long bad;

	if (size < 2)
		return 0;
	dir = data[0] & 1 ? NFH_FTP_DIR_SERVER : NFH_FTP_DIR_CLIENT;
	base = data[0] & 2 ? 0xffffff00u : 1000;
	ncut = data[1] & 15;
	if (size < 2 + ncut)
		return 0;
	cut = data + 2;
	s = data + 2 + ncut;
	len = size - 2 - ncut;

	want = malloc(sizeof(*want) * (len + 1));
	got = malloc(sizeof(*got) * (len + 1));
	sink = (struct sink){ .ev = got, .max = len + 1, .record = true };
	ftp_glue_init(&g, dir);
	while (from < len) {
		size_t sz = ncut ? (size_t)cut[i % ncut] + 1 : len;
		const char *err;
		u8 rt = ncut ? cut[i % ncut] >> 6 : 0;

		sz = sz < len - from ? sz : len - from;
		sink.record = true;
		err = ftp_glue_segment(&g, base + (u32)from, s + from, sz,
				       on_line, &sink);
		if (err)
			FAIL("segment %zu at %zu: %s", i, from, err);
		prev[1] = prev[0];
		prev[0] = from;
		from += sz;
		i++;
		if (!(data[0] & 4) || !rt)
			continue;
		/* old data again: lines in it are not new, state must hold */
		{
			size_t a = rt == 1 ? prev[0] : rt == 2 ? prev[1] : prev[0] + 1;
			size_t b = rt == 3 ? from - 1 : from;

			if (rt == 2)
				b = prev[0] > prev[1] ? prev[0] : from;
			if (a >= b)
				continue;
			sink.record = false;
			err = ftp_glue_segment(&g, base + (u32)a, s + a, b - a,
					       on_line, &sink);
			if (err)
				FAIL("retransmission %zu-%zu: %s", a, b, err);
		}
	}

	nw = ftp_naive(dir, s, len, want, len + 1);
	bad = ftp_events_cmp(want, nw, got, sink.n);
	if (bad >= 0)
		FAIL("event %ld: walker %s, reference has %zu events (first %s)",
		     bad, bad < (long)sink.n ? ftp_event_str(&got[bad]) : "(end)",
		     nw, nw ? ftp_event_str(&want[0]) : "-");
	free(want);
	free(got);
	return 0;
}
