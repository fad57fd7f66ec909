// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target of common/nfh_stream.c as the H.323 glue drives it
 * (nf_conntrack_h323/h323_tcp.c): a byte stream of TPKTs is sent as
 * segments of any offset and length, in any order, repeated; each segment
 * is cut, joined when a message is split, and patched from a ready join.
 *
 * Input: 2 octets stream length L (at most 4096), L octets of stream, then
 * segments of 4 octets each (offset, length, big endian, reduced into the
 * stream).  The same segments also feed held bytes (nfh_stream_held_*,
 * as FTP's glue holds a split line) from an offset the first octet picks.
 * Invariants, beyond ASan/UBSan: a whole message the cut reports
 * lies inside the segment; a ready join holds exactly the stream's bytes
 * from its start, whole TPKTs; an overlap lies inside both the segment and
 * the join; held bytes are the stream's own, and a span replaces only held
 * bytes of its segment, moving the segment back to their start at most.
 */
#include <stdlib.h>
#include <string.h>

#include "../../common/nfh_stream.c"
#include "tpkt_frame.h"

#define JOIN_MAX 16384

static void check_ready(const struct nfh_stream_join *j, const u8 *stream,
			u32 slen, u32 base)
{
	u32 off = 0, flen;

	if (j->start - base + j->len > slen ||
	    memcmp(j->buf, stream + (j->start - base), j->len))
		abort();	/* a join holds the stream's own bytes */
	while (off < j->len) {
		if (tpkt(j->buf + off, j->len - off, &flen) != NFH_STREAM_WHOLE)
			abort();	/* ready means whole TPKTs */
		off += flen;
	}
}

/*
 * Held bytes (nfh_stream_held_feed/span) over the same segments: they are
 * the stream's own bytes from start on, and a span never leaves its
 * segment or the held bytes, and moves a segment back only to start.
 */
static void fuzz_held(const u8 *data, size_t size, const u8 *stream,
		      u32 slen, u32 base)
{
	struct nfh_stream_held h = { 0 };
	u32 need, nseq, so, n;
	size_t p;

	h.start = base + data[0] % slen;
	h.cap = slen;
	h.buf = malloc(slen);
	for (p = 2 + slen; p + 4 <= size; p += 4) {
		u32 off = (data[p] << 8 | data[p + 1]) % slen;
		u32 len = 1 + (data[p + 2] << 8 | data[p + 3]) % (slen - off);
		u32 seq = base + off;

		if (nfh_stream_held_feed(&h, seq, stream + off, len, &need) ==
		    NFH_STREAM_HELD_GROW)
			abort();	/* never more than the stream */
		if (h.start - base + h.have > slen ||
		    memcmp(h.buf, stream + (h.start - base), h.have))
			abort();	/* held bytes are the stream's own */
		n = nfh_stream_held_span(&h, seq, len, &nseq, &so);
		if (!n)
			continue;
		if (so + n > len || n > h.have)
			abort();
		if (nseq != (nfh_seq_after(h.start, seq) ? seq : h.start))
			abort();
		if (nfh_seq_after(h.start, seq + so) ||
		    nfh_seq_after(seq + so + n, h.start + h.have))
			abort();	/* the part replaced is held bytes */
	}
	free(h.buf);
}

int LLVMFuzzerTestOneInput(const u8 *data, size_t size)
{
	const u32 base = 0xfffff000;	/* sequence numbers wrap inside */
	struct nfh_stream st = { 0 };
	struct nfh_stream_join j = { 0 };
	struct nfh_stream_cut cut;
	enum nfh_stream_verdict v;
	const u8 *stream;
	u32 slen, need, so, bo, n;
	unsigned int ev, i;
	size_t p;

	if (size < 2)
		return 0;
	slen = (data[0] << 8 | data[1]) % 4097;
	if (size < 2 + slen)
		return 0;
	stream = data + 2;
	if (slen)
		fuzz_held(data, size, stream, slen, base);
	for (p = 2 + slen; p + 4 <= size && slen; p += 4) {
		u32 off = (data[p] << 8 | data[p + 1]) % slen;
		u32 len = 1 + (data[p + 2] << 8 | data[p + 3]) % (slen - off);
		u32 seq = base + off;
		enum nfh_stream_join_state js;

		if (j.buf && j.ready) {
			n = nfh_stream_join_overlap(&j, seq, len, &so, &bo);
			if (n && (so + n > len || bo + n > j.len))
				abort();
		}
		if (j.buf && !j.ready) {
			do {
				js = nfh_stream_join_feed(&j, seq, stream + off, len,
							  tpkt, &need);
				if (js != NFH_STREAM_JOIN_GROW)
					break;
				if (need > JOIN_MAX || need < j.cap)
					goto drop;
				j.buf = realloc(j.buf, need);
				j.cap = need;
			} while (1);
			if (js == NFH_STREAM_JOIN_BAD)
				goto drop;
			if (js == NFH_STREAM_JOIN_WHOLE) {
				check_ready(&j, stream, slen, base);
				st.next_seq[0] = j.start + j.len;
				st.last_start[0] = j.start + j.len;
			}
			continue;
		}
		v = nfh_stream_cut(&st, 0, seq, stream + off, len, tpkt, true,
				   &cut, &ev);
		if (v == NFH_STREAM_JOIN) {
			free(j.buf);
			memset(&j, 0, sizeof(j));
			j.start = seq + cut.first;
			j.cap = 64;
			j.buf = malloc(j.cap);
			if (cut.first > len)
				abort();
			continue;
		}
		if (v != NFH_STREAM_PARSE)
			continue;
		for (i = 0; i < cut.n; i++)
			if (cut.off[i] + cut.len[i] > len)
				abort();
		nfh_stream_commit(&st, 0, seq, &cut);
		continue;
drop:
		free(j.buf);
		memset(&j, 0, sizeof(j));
	}
	free(j.buf);
	return 0;
}
