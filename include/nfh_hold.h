/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_hold.h - kernel side of holding a split message (nfh_core.ko):
 * a table of held stretches (struct nfh_stream_held) keyed by connection
 * and direction, the acknowledgement the router sends the sender for the
 * bytes it holds, and moving a segment back to the start of what it
 * delivers.  Protocol-independent; the helper owns the table and its
 * lock.  See Documentation/design.rst, "Holding a split message".
 */
#ifndef _NFH_HOLD_H
#define _NFH_HOLD_H

#include <linux/skbuff.h>
#include <net/netfilter/nf_conntrack.h>
#include "nfh_stream.h"

#define NFH_HOLD_MAX		(128 * 1024)	/* bytes one hold may keep */

struct nfh_hold_slot {
	const struct nf_conn *ct;	/* NULL: free */
	u8 dir;
	unsigned long stamp;		/* jiffies of its last change */
	struct nfh_stream_held h;
};

/* The slot of @ct in direction @dir, or NULL. */
struct nfh_hold_slot *nfh_hold_find(struct nfh_hold_slot *tab, unsigned int n,
				    const struct nf_conn *ct, int dir);
/*
 * A slot for @ct/@dir from @start, with @first bytes of room: a free one,
 * or one delivered and idle for @age jiffies (its receiver never
 * acknowledged it); NULL when none.
 */
struct nfh_hold_slot *nfh_hold_new(struct nfh_hold_slot *tab, unsigned int n,
				   const struct nf_conn *ct, int dir,
				   u32 start, u32 first, unsigned long age);
/* Room for @need bytes (at most NFH_HOLD_MAX); false when not. */
bool nfh_hold_grow(struct nfh_hold_slot *s, u32 need);
void nfh_hold_free(struct nfh_hold_slot *s);

/*
 * Add what a segment [@seq, +@len) at @data brings to @s's held bytes,
 * growing the buffer up to @max bytes (NFH_HOLD_MAX at most); a slot that
 * took new bytes is stamped.  NFH_STREAM_HELD_GROW: more than @max, or no
 * memory (*@need says how much was wanted).
 */
enum nfh_stream_held_seg nfh_hold_feed(struct nfh_hold_slot *s, u32 seq,
				       const u8 *data, u32 len, u32 max,
				       u32 *need);

/*
 * Has the receiver of direction @dir acknowledged every byte before
 * @start?  Only then may the router acknowledge held bytes from @start on
 * for it: a sender's retransmission of them (a tail loss probe) does not
 * prove that the bytes before them arrived.
 */
bool nfh_hold_may_ack(const struct nf_conn *ct, int dir, u32 start);

/*
 * Acknowledge the sender of direction @dir of @ct up to @ack (its own
 * sequence space), as the receiver would: a pure ACK from the address and
 * port the sender talks to, with sequence number @seq (what the sender
 * acknowledged last: its rcv_nxt) and the receiver's window.  Sent
 * untracked, around NAT and sequence adjustment.  Call without locks held.
 */
void nfh_hold_ack(struct nf_conn *ct, int dir, u32 seq, u32 ack);

/*
 * Give the TCP segment at @protoff sequence number @seq (checksum
 * updated).  The payload is changed by the caller (NAT mangle).
 */
bool nfh_hold_move(struct sk_buff *skb, unsigned int protoff, u32 seq);

/*
 * A segment that now carries more payload than @mss (what the sender's
 * segments carried, at most what the route's MTU allows) leaves as
 * several: it is marked for segmentation offload, so the output path (or
 * the device) cuts it into segments of at most that size.  A message held
 * whole may be larger than any one segment of its sender.
 */
void nfh_hold_fit(struct sk_buff *skb, unsigned int protoff, unsigned int mss);

#endif /* _NFH_HOLD_H */
