// SPDX-License-Identifier: GPL-2.0
/*
 * Unit tests of common/nfh_stream.c, the TCP message boundaries the H.323
 * helper (and, with issue 11, FTP and SIP) frames its control connections
 * with: whole messages, several in a segment, a split message held until a
 * retransmission carries it whole, the bound on holding, unaligned and
 * non-protocol streams.
 *
 * The framer is TPKT's: 03 00 <length, 2 octets, header included>.
 * Negative control: built with -DNFH_STREAM_HOLD_TRIES=255 the hold bound
 * is out of reach, and the bound's checks must fail (`make lib-negative`).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../common/nfh_stream.c"
#ifdef NFH_TEST_HELD_NO_MOVE
/*
 * Negative control of test_held(): a span that never moves a segment back
 * to the start of the held bytes (what patching the bytes in place, as
 * nfh_stream_join_overlap() does, amounts to).  The receiver would get the
 * rewritten line at the continuation's sequence number: test_held() must
 * fail (`make lib-unit`).
 */
static u32 naive_span(const struct nfh_stream_held *h, u32 seq, u32 len,
		      u32 *new_seq, u32 *seg_off)
{
	u32 n = nfh_stream_held_span(h, seq, len, new_seq, seg_off);

	*new_seq = seq;
	return n;
}
#define nfh_stream_held_span naive_span
#endif
#include "tpkt_frame.h"
#include "check.h"

/* A TPKT of @n octets at @p (filler after the header). */
static u32 msg(u8 *p, u32 n)
{
	p[0] = 3;
	p[1] = 0;
	p[2] = n >> 8;
	p[3] = n;
	memset(p + 4, 0x55, n - 4);
	return n;
}

static struct nfh_stream st;
static struct nfh_stream_cut cut;
static unsigned int ev;

static enum nfh_stream_verdict seg(int dir, u32 seq, const u8 *p, u32 len)
{
	return nfh_stream_cut(&st, dir, seq, p, len, tpkt, false, &cut, &ev);
}

/* Join mode: feed @parts of @m (offsets), in the order given. */
static u8 jbuf[4096];
static struct nfh_stream_join jn;

static enum nfh_stream_join_state feed(u32 seq, const u8 *p, u32 len)
{
	enum nfh_stream_join_state r;
	u32 need;

	r = nfh_stream_join_feed(&jn, seq, p, len, tpkt, &need);
	while (r == NFH_STREAM_JOIN_GROW && need <= sizeof(jbuf)) {
		jn.cap = need;	/* jbuf is big enough: grow in place */
		r = nfh_stream_join_feed(&jn, seq, p, len, tpkt, &need);
	}
	return r;
}

static void test_join(void)
{
	u8 b[2048];
	u32 n = msg(b, 30), so = 0, bo = 0, ov;

	n += msg(b + n, 1500);		/* larger than a segment */
	memset(&st, 0, sizeof(st));
	/* the first segment: a whole message, then the big one begins */
	CHECK(nfh_stream_cut(&st, 0, 100, b, 500, tpkt, true, &cut, &ev) ==
	      NFH_STREAM_JOIN && cut.first == 0 && cut.n == 0,
	      "split message in join mode: JOIN from the segment's boundary");
	memset(&jn, 0, sizeof(jn));
	jn.start = 100 + cut.first;
	jn.buf = jbuf;
	jn.cap = 64;
	CHECK(feed(100, b, 500) == NFH_STREAM_JOIN_MORE && jn.have == 500 &&
	      jn.cap == 1530, "first part collected, room for the rest");
	/* a gap: not collected */
	CHECK(feed(1100, b + 1000, 200) == NFH_STREAM_JOIN_MORE &&
	      jn.have == 500, "a part after a gap is not collected");
	/* a retransmission of the first part: nothing new */
	CHECK(feed(100, b, 500) == NFH_STREAM_JOIN_MORE && jn.have == 500,
	      "retransmitted first part changes nothing");
	/* the middle, overlapping what is there */
	CHECK(feed(400, b + 300, 700) == NFH_STREAM_JOIN_MORE &&
	      jn.have == 1000, "overlapping middle part");
	CHECK(feed(1100, b + 1000, n - 1000) == NFH_STREAM_JOIN_WHOLE &&
	      jn.ready && jn.len == n && !memcmp(jbuf, b, n),
	      "last part: whole, the bytes as sent");
	ov = nfh_stream_join_overlap(&jn, 50, 100, &so, &bo);
	CHECK(ov == 50 && so == 50 && bo == 0, "overlap at the start: %u %u %u",
	      ov, so, bo);
	ov = nfh_stream_join_overlap(&jn, 600, 2000, &so, &bo);
	CHECK(ov == n - 500 && so == 0 && bo == 500, "overlap at the end");
	CHECK(nfh_stream_join_overlap(&jn, 100 + n, 10, &so, &bo) == 0,
	      "no overlap after it");
	/* framing lost inside */
	memset(&jn, 0, sizeof(jn));
	jn.buf = jbuf;
	jn.cap = sizeof(jbuf);
	msg(b, 30);
	b[30] = 'X';
	CHECK(feed(0, b, 40) == NFH_STREAM_JOIN_BAD, "garbage inside: BAD");
}

static void test_whole(void)
{
	u8 b[256];
	u32 n = msg(b, 40);

	n += msg(b + n, 60);
	n += msg(b + n, 20);
	memset(&st, 0, sizeof(st));
	CHECK(seg(0, 1000, b, n) == NFH_STREAM_PARSE && cut.n == 3,
	      "three TPKTs in one segment: %u cut", cut.n);
	CHECK(cut.off[1] == 40 && cut.len[1] == 60 && cut.off[2] == 100,
	      "offsets of the messages");
	nfh_stream_commit(&st, 0, 1000, &cut);
	CHECK(st.next_seq[0] == 1000 + n, "boundary after the segment");
	/* the other direction is framed on its own */
	CHECK(seg(1, 5, b, 40) == NFH_STREAM_PARSE && cut.n == 1,
	      "reply direction");
	/* a retransmission of the segment is cut again from its start */
	CHECK(seg(0, 1000, b, n) == NFH_STREAM_PARSE && cut.n == 3,
	      "retransmission parsed again");
	/* the next segment starts at the boundary */
	CHECK(seg(0, 1000 + n, b, 40) == NFH_STREAM_PARSE && cut.n == 1,
	      "next segment");
}

static void test_held_then_joined(void)
{
	u8 b[256];
	u32 n = msg(b, 200);

	memset(&st, 0, sizeof(st));
	st.synced = 1;
	st.next_seq[0] = 7;
	st.last_start[0] = 7;
	/* cut after the header, then in the middle */
	CHECK(seg(0, 7, b, 4) == NFH_STREAM_DROP && (ev & NFH_STREAM_EV_HELD),
	      "header only: held");
	CHECK(seg(0, 11, b + 4, 100) == NFH_STREAM_DROP &&
	      (ev & NFH_STREAM_EV_HELD), "continuation while held: dropped");
	CHECK(seg(0, 7, b, 104) == NFH_STREAM_DROP, "still split: held");
	CHECK(seg(0, 7, b, n) == NFH_STREAM_PARSE && cut.n == 1 &&
	      (ev & NFH_STREAM_EV_JOINED), "coalesced retransmission: joined");
	nfh_stream_commit(&st, 0, 7, &cut);
	CHECK(st.next_seq[0] == 7 + n && st.hold_tries[0] == 0,
	      "boundary past the joined message, hold reset");
	/* a segment that ends inside a message after whole ones */
	msg(b, 30);
	msg(b + 30, 100);
	CHECK(seg(0, 7 + n, b, 50) == NFH_STREAM_DROP,
	      "whole message then a split one: the segment is held");
}

static void test_bound(void)
{
	u8 b[256];
	unsigned int i, held = 0;

	msg(b, 200);
	memset(&st, 0, sizeof(st));
	for (i = 0; i < 50; i++) {
		if (seg(0, 1, b, 100) != NFH_STREAM_DROP)
			break;
		held++;
	}
	CHECK(held == NFH_STREAM_HOLD_TRIES,
	      "held %u times, bound %u", held, NFH_STREAM_HOLD_TRIES);
	CHECK(ev & NFH_STREAM_EV_GAVE_UP, "then passed unread (gave_up)");
	nfh_stream_commit(&st, 0, 1, &cut);
	CHECK(st.next_seq[0] == 201, "the boundary skips the unread message");
}

static void test_large(void)
{
	u8 b[2000];

	/* larger than any segment seen (and than 536): passes unread */
	msg(b, 1800);
	memset(&st, 0, sizeof(st));
	CHECK(seg(0, 1, b, 500) == NFH_STREAM_PARSE &&
	      (ev & NFH_STREAM_EV_GAVE_UP) && cut.n == 0,
	      "message larger than any segment seen: not held");
}

static void test_not_proto(void)
{
	u8 b[64] = "GET / HTTP/1.1\r\n";

	memset(&st, 0, sizeof(st));
	CHECK(seg(0, 1, b, 16) == NFH_STREAM_PASS &&
	      (ev & NFH_STREAM_EV_NOT_PROTO) && st.stopped == 3,
	      "a stream that does not start with a TPKT is never inspected");
	msg(b, 20);
	CHECK(seg(0, 17, b, 20) == NFH_STREAM_PASS && cut.n == 0,
	      "and stays uninspected");
	CHECK(seg(1, 5, b, 20) == NFH_STREAM_PASS && cut.n == 0,
	      "the other direction too: the connection is not the protocol");
	/* stray bytes ahead of the reply direction's first message */
	memset(&st, 0, sizeof(st));
	msg(b, 20);
	CHECK(seg(0, 1, b, 20) == NFH_STREAM_PARSE && cut.n == 1,
	      "first direction framed");
	nfh_stream_commit(&st, 0, 1, &cut);
	memset(b + 20, 0, 6);
	CHECK(seg(1, 9, b + 20, 6) == NFH_STREAM_PASS &&
	      (ev & NFH_STREAM_EV_UNALIGNED) && !st.stopped,
	      "padding first in the reply direction: passed over");
	CHECK(seg(1, 15, b, 20) == NFH_STREAM_PARSE && cut.n == 1,
	      "the reply direction begins at its first message");
	CHECK(seg(0, 21, b, 20) == NFH_STREAM_PARSE && cut.n == 1,
	      "the first direction is still inspected");
	/* framing lost later */
	memset(&st, 0, sizeof(st));
	msg(b, 20);
	b[20] = 'X';
	CHECK(seg(0, 1, b, 24) == NFH_STREAM_PARSE && cut.n == 1 &&
	      (ev & NFH_STREAM_EV_LOST) && st.stopped == 1,
	      "garbage after a message: that message, then stopped");
}

static void test_unaligned(void)
{
	u8 b[64];

	memset(&st, 0, sizeof(st));
	msg(b, 20);
	seg(0, 100, b, 20);
	nfh_stream_commit(&st, 0, 100, &cut);
	CHECK(seg(0, 500, b, 20) == NFH_STREAM_PASS &&
	      (ev & NFH_STREAM_EV_UNALIGNED), "a segment past a gap: passed");
	/* a boundary inside a segment (a retransmission overlapping it) */
	msg(b + 10, 20);
	CHECK(seg(0, 110, b, 30) == NFH_STREAM_PARSE && cut.n == 1 &&
	      cut.off[0] == 10,
	      "cut from the boundary inside the segment");
}

/* Holding a line whose rewrite changes its length (FTP's PORT). */
static void test_held(void)
{
	static const char line[] = "PORT 10,0,1,2,195,80\r\n";
	struct nfh_stream_held h = { .start = 1000 };
	u8 buf[64];
	u32 need, so = 0, nseq = 0, n;

	h.buf = buf;
	h.cap = 4;
	CHECK(nfh_stream_held_feed(&h, 1000, (const u8 *)line, 9, &need) ==
	      NFH_STREAM_HELD_GROW && need == 9 && h.have == 0,
	      "held: too small a buffer asks for the room");
	h.cap = sizeof(buf);
	CHECK(nfh_stream_held_feed(&h, 1000, (const u8 *)line, 9, &need) ==
	      NFH_STREAM_HELD_NEW && h.have == 9, "held: first piece kept");
	CHECK(nfh_stream_held_feed(&h, 1000, (const u8 *)line, 9, &need) ==
	      NFH_STREAM_HELD_OLD && h.have == 9,
	      "held: its retransmission brings nothing (acknowledged for it)");
	CHECK(nfh_stream_held_feed(&h, 1003, (const u8 *)line + 3, 4, &need) ==
	      NFH_STREAM_HELD_OLD, "held: a part of it brings nothing");
	CHECK(nfh_stream_held_feed(&h, 1012, (const u8 *)line + 12, 4, &need) ==
	      NFH_STREAM_HELD_GAP && h.have == 9, "held: a part after a gap is not kept");
	CHECK(nfh_stream_held_feed(&h, 1005, (const u8 *)line + 5, 17, &need) ==
	      NFH_STREAM_HELD_NEW && h.have == 22 &&
	      !memcmp(buf, line, 22), "held: overlapping continuation adds the rest");

	/* rewritten: 22 bytes become 26 ("PORT 192,168,100,1,195,80") */
	h.len = 26;
	h.ready = true;
	n = nfh_stream_held_span(&h, 1009, 13, &nseq, &so);
	CHECK(n == 13 && nseq == 1000 && so == 0,
	      "span: the continuation moves back to the start (n %u seq %u)", n, nseq);
	n = nfh_stream_held_span(&h, 1000, 9, &nseq, &so);
	CHECK(n == 9 && nseq == 1000 && so == 0, "span: first piece again");
	n = nfh_stream_held_span(&h, 1000, 22, &nseq, &so);
	CHECK(n == 22 && nseq == 1000 && so == 0, "span: coalesced retransmission");
	n = nfh_stream_held_span(&h, 990, 32, &nseq, &so);
	CHECK(n == 22 && nseq == 990 && so == 10,
	      "span: older bytes first keep their place (n %u off %u)", n, so);
	n = nfh_stream_held_span(&h, 1005, 30, &nseq, &so);
	CHECK(n == 17 && nseq == 1000 && so == 0,
	      "span: newer bytes after it are not part of it");
	CHECK(!nfh_stream_held_span(&h, 990, 10, &nseq, &so) &&
	      !nfh_stream_held_span(&h, 1022, 10, &nseq, &so),
	      "span: segments before and after do not overlap");

	/* across the wrap of the sequence space */
	memset(&h, 0, sizeof(h));
	h.start = 0xfffffffcu;
	h.buf = buf;
	h.cap = sizeof(buf);
	nfh_stream_held_feed(&h, 0xfffffffcu, (const u8 *)line, 9, &need);
	CHECK(nfh_stream_held_feed(&h, 5, (const u8 *)line + 9, 13, &need) ==
	      NFH_STREAM_HELD_NEW && h.have == 22, "held: across the wrap");
	h.ready = true;
	h.len = 22;
	n = nfh_stream_held_span(&h, 5, 13, &nseq, &so);
	CHECK(n == 13 && nseq == 0xfffffffcu, "span: across the wrap");
}

int main(void)
{
	test_whole();
	test_held_then_joined();
	test_bound();
	test_large();
	test_not_proto();
	test_unaligned();
	test_join();
	test_held();
	return check_summary();
}
