// SPDX-License-Identifier: GPL-2.0
/*
 * nfh_stream - message boundaries of a TCP control connection (see
 * nfh_stream.h): framing from the first byte of each direction, and
 * holding a message split across segments until one segment carries it.
 */
#ifdef __KERNEL__
#include <linux/module.h>
#endif
#include "nfh_stream.h"

/*
 * Where cutting starts in this segment: at the next message boundary when
 * it lies inside the segment, or at the start of a retransmission of the
 * last segment cut from its start.  -1: no boundary in it.
 */
static long nfh_stream_start(const struct nfh_stream *st, int dir, u32 seq,
			     u32 len)
{
	u32 next = st->next_seq[dir];

	if (seq == next || seq == st->last_start[dir])
		return 0;
	if (nfh_seq_after(next, seq) && nfh_seq_after(seq + len, next))
		return next - seq;
	return -1;
}

enum nfh_stream_verdict nfh_stream_cut(struct nfh_stream *st, int dir,
				       u32 seq, const u8 *data, u32 len,
				       nfh_stream_framer framer, bool join,
				       struct nfh_stream_cut *cut,
				       unsigned int *events)
{
	enum nfh_stream_frame f = NFH_STREAM_WHOLE;
	u32 off, flen = 0;
	long start;

	*events = 0;
	cut->n = 0;
	cut->first = 0;
	cut->from_start = false;
	cut->boundary = st->next_seq[dir];	/* a commit changes nothing */
	if (st->stopped & (1 << dir))
		return NFH_STREAM_PASS;
	if (!(st->synced & (1 << dir))) {
		/*
		 * The first bytes of a direction must begin a message.  When
		 * the connection's first bytes do not, it is not this
		 * protocol at all (NAT Slipstreaming): neither direction is
		 * ever inspected.  Once the other direction began with a
		 * message, stray bytes ahead of this direction's first one
		 * (a padded empty segment) are passed over: it begins at the
		 * first segment that starts with a message.
		 */
		if (framer(data, len, &flen) == NFH_STREAM_BAD) {
			if (st->synced) {
				*events |= NFH_STREAM_EV_UNALIGNED;
				return NFH_STREAM_PASS;
			}
			st->stopped = 3;
			*events |= NFH_STREAM_EV_NOT_PROTO;
			return NFH_STREAM_PASS;
		}
		st->synced |= 1 << dir;
		st->next_seq[dir] = seq;
		st->last_start[dir] = seq;
	}
	if (len > st->max_seg[dir])
		st->max_seg[dir] = min_t(u32, len, 0xffff);

	start = nfh_stream_start(st, dir, seq, len);
	if (start < 0) {
		/* a later segment while a split message is held: hold it too */
		if (st->hold_tries[dir] && nfh_seq_after(seq, st->next_seq[dir])) {
			*events |= NFH_STREAM_EV_HELD;
			return NFH_STREAM_DROP;
		}
		*events |= NFH_STREAM_EV_UNALIGNED;
		return NFH_STREAM_PASS;
	}

	for (off = start; off < len; off += flen) {
		f = framer(data + off, len - off, &flen);
		if (f != NFH_STREAM_WHOLE)
			break;
		if (cut->n == NFH_STREAM_FRAMES_MAX) {
			st->stopped |= 1 << dir;
			*events |= NFH_STREAM_EV_TOO_MANY;
			break;
		}
		cut->off[cut->n] = off;
		cut->len[cut->n] = flen;
		cut->n++;
	}
	if (off < len && f == NFH_STREAM_BAD) {
		/* framing lost: stop, rather than guess boundaries */
		st->stopped |= 1 << dir;
		*events |= NFH_STREAM_EV_LOST;
	}
	cut->boundary = seq + off;
	cut->from_start = start == 0;
	cut->first = start;

	if (off < len && f == NFH_STREAM_PART && join) {
		cut->n = 0;
		return NFH_STREAM_JOIN;
	}
	if (off < len && f == NFH_STREAM_PART) {
		/*
		 * Hold a split message by dropping its segments: the sender
		 * retransmits, and merges what it has sent into one segment
		 * when it fits.  A message larger than any segment seen, or
		 * one still split after a few tries, passes unread.
		 */
		bool fits = !flen || flen <= max_t(u32, st->max_seg[dir],
						   NFH_STREAM_MIN_SEG);

		if (fits && st->hold_tries[dir] < NFH_STREAM_HOLD_TRIES) {
			st->hold_tries[dir]++;
			*events |= NFH_STREAM_EV_HELD;
			return NFH_STREAM_DROP;
		}
		*events |= NFH_STREAM_EV_GAVE_UP;
		if (flen)
			cut->boundary = seq + off + flen;
		else
			st->stopped |= 1 << dir;
	} else if (st->hold_tries[dir]) {
		*events |= NFH_STREAM_EV_JOINED;
	}
	st->hold_tries[dir] = 0;
	return NFH_STREAM_PARSE;
}
EXPORT_SYMBOL_GPL(nfh_stream_cut);

void nfh_stream_commit(struct nfh_stream *st, int dir, u32 seq,
		       const struct nfh_stream_cut *cut)
{
	if (nfh_seq_after(cut->boundary, st->next_seq[dir]))
		st->next_seq[dir] = cut->boundary;
	if (cut->from_start)
		st->last_start[dir] = seq;
}
EXPORT_SYMBOL_GPL(nfh_stream_commit);

/*
 * Where the bytes collected so far end up: the end of the last message
 * begun (*want, 0 if its length is not known yet); WHOLE when they end
 * exactly at a message boundary.
 */
static enum nfh_stream_join_state
nfh_stream_join_walk(const struct nfh_stream_join *j, nfh_stream_framer framer,
		     u32 *want)
{
	u32 off = 0, flen;

	*want = 0;
	while (off < j->have) {
		switch (framer(j->buf + off, j->have - off, &flen)) {
		case NFH_STREAM_WHOLE:
			off += flen;
			break;
		case NFH_STREAM_PART:
			if (flen)
				*want = off + flen;
			return NFH_STREAM_JOIN_MORE;
		default:
			return NFH_STREAM_JOIN_BAD;
		}
	}
	return NFH_STREAM_JOIN_WHOLE;
}

enum nfh_stream_join_state nfh_stream_join_feed(struct nfh_stream_join *j,
						u32 seq, const u8 *data,
						u32 len,
						nfh_stream_framer framer,
						u32 *need)
{
	u32 at = j->start + j->have, skip, n, want;
	enum nfh_stream_join_state st;

	*need = 0;
	/* only what continues the collected bytes, never a gap */
	if (nfh_seq_after(seq, at) || !nfh_seq_after(seq + len, at))
		return NFH_STREAM_JOIN_MORE;
	skip = at - seq;
	n = len - skip;
	if (j->have + n > j->cap) {
		*need = j->have + n;
		return NFH_STREAM_JOIN_GROW;
	}
	memcpy(j->buf + j->have, data + skip, n);
	j->have += n;
	st = nfh_stream_join_walk(j, framer, &want);
	if (st == NFH_STREAM_JOIN_WHOLE) {
		j->len = j->have;
		j->ready = true;
	} else if (st == NFH_STREAM_JOIN_MORE && want > j->cap) {
		*need = want;	/* room for the rest of the message */
		return NFH_STREAM_JOIN_GROW;
	}
	return st;
}
EXPORT_SYMBOL_GPL(nfh_stream_join_feed);

/*
 * The part of segment [seq, seq + len) inside [from, to): its length (0:
 * none), its offset in the segment and its offset from @from.
 */
static u32 nfh_stream_overlap(u32 from, u32 to, u32 seq, u32 len,
			      u32 *seg_off, u32 *from_off)
{
	if (!nfh_seq_after(seq + len, from) || !nfh_seq_after(to, seq))
		return 0;
	*seg_off = nfh_seq_after(from, seq) ? from - seq : 0;
	*from_off = nfh_seq_after(from, seq) ? 0 : seq - from;
	if (nfh_seq_after(seq + len, to))
		return to - seq - *seg_off;
	return len - *seg_off;
}

u32 nfh_stream_join_overlap(const struct nfh_stream_join *j, u32 seq,
			    u32 len, u32 *seg_off, u32 *buf_off)
{
	if (!j->ready)
		return 0;
	return nfh_stream_overlap(j->start, j->start + j->len, seq, len,
				  seg_off, buf_off);
}
EXPORT_SYMBOL_GPL(nfh_stream_join_overlap);

enum nfh_stream_held_seg nfh_stream_held_feed(struct nfh_stream_held *h,
					      u32 seq, const u8 *data,
					      u32 len, u32 *need)
{
	u32 at = h->start + h->have, skip, n;

	*need = 0;
	if (nfh_seq_after(seq, at))
		return NFH_STREAM_HELD_GAP;
	if (!nfh_seq_after(seq + len, at))
		return NFH_STREAM_HELD_OLD;
	skip = at - seq;
	n = len - skip;
	if (h->have + n > h->cap) {
		*need = h->have + n;
		return NFH_STREAM_HELD_GROW;
	}
	memcpy(h->buf + h->have, data + skip, n);
	h->have += n;
	return NFH_STREAM_HELD_NEW;
}
EXPORT_SYMBOL_GPL(nfh_stream_held_feed);

u32 nfh_stream_held_span(const struct nfh_stream_held *h, u32 seq, u32 len,
			 u32 *new_seq, u32 *seg_off)
{
	u32 from_off, n;

	n = nfh_stream_overlap(h->start, h->start + h->have, seq, len,
			       seg_off, &from_off);
	if (n)
		*new_seq = *seg_off ? seq : h->start;
	return n;
}
EXPORT_SYMBOL_GPL(nfh_stream_held_span);
