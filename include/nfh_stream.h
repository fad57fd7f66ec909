/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_stream.h - message boundaries of a TCP control connection, per
 * direction (nfh_core.ko), for helpers whose messages carry their own
 * length or end marker (H.323's TPKT).
 *
 * The stream is framed from the first byte of each direction.  A segment
 * is cut into whole messages, which the helper parses and may rewrite; a
 * message split across segments is held: its segments are dropped, so the
 * sender retransmits, until one segment carries all of it.  The bounds
 * (tries, the largest segment seen) are below; what goes past them is
 * reported as an event for the helper's counters.
 *
 * Pure C on the payload bytes, like the parse cores: the same source
 * builds into nfh_core.ko and into tests/lib/test_stream.
 */
#ifndef _NFH_STREAM_H
#define _NFH_STREAM_H

#include "nfh_env.h"

#define NFH_STREAM_DIRS		2	/* IP_CT_DIR_ORIGINAL, IP_CT_DIR_REPLY */
#ifndef NFH_STREAM_HOLD_TRIES		/* tests/lib/test_stream raises it */
#define NFH_STREAM_HOLD_TRIES	6	/* drops before a split message passes:
					 * the sender's retransmission timer
					 * doubles, so about 13 s from 200 ms
					 */
#endif
#define NFH_STREAM_MIN_SEG	536	/* a segment every TCP may send */

/* Per connection, in the helper's conntrack area (24 bytes). */
struct nfh_stream {
	u32 next_seq[NFH_STREAM_DIRS];	/* where the next message starts */
	u32 last_start[NFH_STREAM_DIRS]; /* last segment parsed from its start */
	u16 max_seg[NFH_STREAM_DIRS];	/* largest payload seen */
	u8 hold_tries[NFH_STREAM_DIRS];	/* drops of the held message */
	u8 synced;			/* bit per direction: framing began */
	u8 stopped;			/* bit per direction: framing lost,
					 * never inspected again
					 */
};

/* What a protocol's framer says about the bytes at the start of @buf. */
enum nfh_stream_frame {
	NFH_STREAM_WHOLE,	/* a message of *flen bytes, all there */
	NFH_STREAM_PART,	/* not all there: *flen bytes (0: unknown) */
	NFH_STREAM_BAD,		/* not the start of a message */
};

typedef enum nfh_stream_frame (*nfh_stream_framer)(const u8 *buf, u32 len,
						   u32 *flen);

#define NFH_STREAM_FRAMES_MAX	32	/* messages handled per segment */

/* The whole messages of one segment, by offset into its payload. */
struct nfh_stream_cut {
	unsigned int n;
	u32 off[NFH_STREAM_FRAMES_MAX];
	u32 len[NFH_STREAM_FRAMES_MAX];
	u32 boundary;		/* sequence number after the last one */
	bool from_start;	/* the segment was framed from its first byte */
	u32 first;		/* NFH_STREAM_JOIN: offset cutting began at */
};

/* Events of one segment, for the helper's counters and log. */
#define NFH_STREAM_EV_HELD	0x01	/* a split message held (dropped) */
#define NFH_STREAM_EV_JOINED	0x02	/* a held message came whole */
#define NFH_STREAM_EV_UNALIGNED	0x04	/* no message starts in it: passed */
#define NFH_STREAM_EV_GAVE_UP	0x08	/* a split message passed unread */
#define NFH_STREAM_EV_NOT_PROTO	0x10	/* the connection did not start with
					 * a message: never inspected
					 */
#define NFH_STREAM_EV_LOST	0x20	/* framing lost later: direction
					 * stopped
					 */
#define NFH_STREAM_EV_TOO_MANY	0x40	/* more than NFH_STREAM_FRAMES_MAX */

enum nfh_stream_verdict {
	NFH_STREAM_PASS,	/* accept the segment, nothing to parse */
	NFH_STREAM_DROP,	/* drop it: a split message is held */
	NFH_STREAM_PARSE,	/* parse @cut's messages, then commit */
	NFH_STREAM_JOIN,	/* (@join) a message is split: join the
				 * segment's bytes from cut->first on
				 */
};

/*
 * Cut the segment @data (@len bytes from sequence number @seq) sent in
 * direction @dir.  Nothing in the packet is changed.  A split message is
 * held (dropped), or with @join reported as NFH_STREAM_JOIN, nothing of
 * the segment parsed: the caller collects it with nfh_stream_join_feed().
 */
enum nfh_stream_verdict nfh_stream_cut(struct nfh_stream *st, int dir,
				       u32 seq, const u8 *data, u32 len,
				       nfh_stream_framer framer, bool join,
				       struct nfh_stream_cut *cut,
				       unsigned int *events);

/*
 * Joining a split message: its bytes are copied, segment by segment, into
 * a buffer the caller owns, from the first message boundary of the
 * segment that began it up to the end of the last message begun, however
 * far apart the parts arrive, retransmitted or not.  When whole, the
 * caller parses (and may rewrite, lengths unchanged) the buffer, and
 * copies the result over every segment that carries a part of it.
 */
struct nfh_stream_join {
	u32 start;	/* sequence number of its first byte */
	u32 have;	/* bytes collected, contiguous from start */
	u32 len;	/* when ready: bytes it holds, whole messages */
	u32 cap;	/* size of buf */
	u8 *buf;
	bool ready;
};

enum nfh_stream_join_state {
	NFH_STREAM_JOIN_MORE,	/* still split: the rest is to come */
	NFH_STREAM_JOIN_WHOLE,	/* whole messages: ready, len set */
	NFH_STREAM_JOIN_GROW,	/* buf too small: *need bytes, then again */
	NFH_STREAM_JOIN_BAD,	/* not messages after all (framing lost) */
};

/* Add what the segment [@seq, +@len) brings to @j (not ready). */
enum nfh_stream_join_state nfh_stream_join_feed(struct nfh_stream_join *j,
						u32 seq, const u8 *data,
						u32 len,
						nfh_stream_framer framer,
						u32 *need);

/*
 * The part of the segment [@seq, +@len) that @j (ready) holds: its
 * offset in the segment and in buf; returns its length, 0 if none.
 */
u32 nfh_stream_join_overlap(const struct nfh_stream_join *j, u32 seq,
			    u32 len, u32 *seg_off, u32 *buf_off);

/*
 * Holding a split message whose rewrite may change its length (FTP's
 * PORT through SNAT): the sender's bytes from the start of the message on
 * are kept here, not forwarded, until the message is whole.  Then it is
 * rewritten into buf (len bytes in place of the sender's have bytes) and
 * delivered in the segment that completed it, which is moved back to
 * start (nfh_stream_held_span()); every later segment that overlaps the
 * held bytes (a retransmission of any part) is given the same bytes.
 * While it waits, a retransmission of bytes already held is acknowledged
 * to the sender on the receiver's behalf, so the sender's retransmission
 * timer never decides when the rest comes.  The kernel side (the table,
 * the ACK, moving a segment) is common/nfh_hold.c.
 */
struct nfh_stream_held {
	u32 start;	/* sender's sequence number of its first byte */
	u32 have;	/* sender's bytes held, contiguous from start */
	u32 len;	/* ready: bytes of buf delivered in their place */
	u32 cap;	/* size of buf */
	u8 *buf;
	bool ready;	/* delivered: buf is what the receiver gets */
	bool acked;	/* acknowledged to the sender on the receiver's behalf */
};

enum nfh_stream_held_seg {
	NFH_STREAM_HELD_NEW,	/* the segment added bytes */
	NFH_STREAM_HELD_OLD,	/* it brought nothing new: a retransmission */
	NFH_STREAM_HELD_GAP,	/* it starts past the held bytes: not kept */
	NFH_STREAM_HELD_GROW,	/* buf too small: *need bytes, then again */
};

/* Add what the segment [@seq, +@len) brings to @h (not ready). */
enum nfh_stream_held_seg nfh_stream_held_feed(struct nfh_stream_held *h,
					      u32 seq, const u8 *data,
					      u32 len, u32 *need);

/*
 * The segment [@seq, +@len) against the held bytes [start, start + have)
 * of @h: the length of the part of the segment they overlap (0: none),
 * its offset *seg_off in the segment, and the sequence number the segment
 * starts at once that part is replaced by buf's len bytes (*new_seq: the
 * earlier of @seq and start; a segment beginning inside the held bytes
 * moves back to their start).
 */
u32 nfh_stream_held_span(const struct nfh_stream_held *h, u32 seq, u32 len,
			 u32 *new_seq, u32 *seg_off);

/* The messages of @cut were handled: move the boundary past them. */
void nfh_stream_commit(struct nfh_stream *st, int dir, u32 seq,
		       const struct nfh_stream_cut *cut);

#endif /* _NFH_STREAM_H */
