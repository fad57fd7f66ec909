// SPDX-License-Identifier: GPL-2.0
/*
 * Q.931 and H.245 over TCP: TPKT boundaries from the first byte of each
 * direction (nfh_stream), and TPKTs split across segments, joined.
 *
 * A split TPKT is collected into a buffer, part by part, however far
 * apart the parts come and however the sender retransmits them.  On a
 * NATed connection its segments are dropped until the last part arrives,
 * and when the sender sends again bytes already collected (its
 * retransmission timer ran out) the router acknowledges them for the
 * receiver (nfh_hold_ack()), so the sender goes on with the rest whatever
 * the pause.  When whole the message is decoded and rewritten in the
 * buffer (the lengths never change) and the segment that completed it
 * moves back to the join's start carrying all of it (nfh_hold_move(),
 * several segments on the wire if over the sender's segment size:
 * nfh_hold_fit()); every later segment carrying a part of it, a
 * retransmission, passes with the buffer's bytes in place of its own.
 * Without NAT nothing is dropped.  A join lives until the receiver
 * acknowledges it; NFH_H323_JOINS of them exist at once, each at most
 * NFH_H323_JOIN_MAX bytes.
 */
#include <linux/netfilter.h>
#include <linux/slab.h>
#include <linux/tcp.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include "nfh_hold.h"
#include "h323_glue.h"

#define NFH_H323_JOINS		64	/* split messages joined at once */
#define NFH_H323_JOIN_MAX	16384	/* bytes one join may hold */
#define NFH_H323_JOIN_FIRST	512	/* first buffer, grown as needed */
#define NFH_H323_JOIN_AGE	(60 * HZ) /* an unfinished join may go */

struct nfh_h323_join_slot {
	const struct nf_conn *ct;
	u8 dir;
	unsigned long stamp;
	bool acked;	/* bytes of it acknowledged to the sender */
	struct nfh_stream_join j;
};

static struct nfh_h323_join_slot nfh_h323_joins[NFH_H323_JOINS];
/*
 * Guards the join table; taken (inside the connection's lock, bottom
 * halves off) only by a connection that has or starts a join, and by the
 * destroy callback.
 */
static DEFINE_SPINLOCK(nfh_h323_join_lock);

static void nfh_h323_join_free(struct nfh_h323_join_slot *s)
{
	kfree(s->j.buf);
	memset(s, 0, sizeof(*s));
}

/* A free slot, or the oldest one idle for NFH_H323_JOIN_AGE. */
static struct nfh_h323_join_slot *nfh_h323_join_new(const struct nf_conn *ct,
						     u8 dir, u32 start)
{
	struct nfh_h323_join_slot *s, *old = NULL;
	unsigned int i;

	for (i = 0; i < NFH_H323_JOINS; i++) {
		s = &nfh_h323_joins[i];
		if (!s->ct)
			goto found;
		if (time_after(jiffies, s->stamp + NFH_H323_JOIN_AGE) &&
		    (!old || time_before(s->stamp, old->stamp)))
			old = s;
	}
	if (!old)
		return NULL;
	s = old;
	nfh_h323_join_free(s);
found:
	s->j.buf = kmalloc(NFH_H323_JOIN_FIRST, GFP_ATOMIC);
	if (!s->j.buf)
		return NULL;
	s->ct = ct;
	s->dir = dir;
	s->stamp = jiffies;
	s->j.start = start;
	s->j.cap = NFH_H323_JOIN_FIRST;
	return s;
}

static bool nfh_h323_join_grow(struct nfh_h323_join_slot *s, u32 need)
{
	u8 *buf;

	if (need > NFH_H323_JOIN_MAX)
		return false;
	buf = krealloc(s->j.buf, need, GFP_ATOMIC);
	if (!buf)
		return false;
	s->j.buf = buf;
	s->j.cap = need;
	return true;
}

/* Conntrack destroys @ct: its joins go with it. */
void nfh_h323_tcp_destroy(struct nf_conn *ct)
{
	unsigned int i;

	spin_lock_bh(&nfh_h323_join_lock);
	for (i = 0; i < NFH_H323_JOINS; i++) {
		if (nfh_h323_joins[i].ct != ct)
			continue;
		/* the sender believes them delivered: they never will be */
		if (nfh_h323_joins[i].acked && !nfh_h323_joins[i].j.ready)
			nfh_h323_note(ct, NFH_H323_C_TPKT_LOST,
				      "connection ended with acknowledged bytes of a split TPKT held");
		nfh_h323_join_free(&nfh_h323_joins[i]);
	}
	spin_unlock_bh(&nfh_h323_join_lock);
}

void nfh_h323_tcp_fini(void)
{
	unsigned int i;

	for (i = 0; i < NFH_H323_JOINS; i++)
		nfh_h323_join_free(&nfh_h323_joins[i]);
}

static enum nfh_stream_frame nfh_h323_tpkt_frame(const u8 *buf, u32 len,
						 u32 *flen)
{
	unsigned int tlen;

	if (nfh_h323_tpkt_len(buf, len, &tlen))
		return NFH_STREAM_BAD;
	*flen = tlen;
	if (!tlen || tlen > len)
		return NFH_STREAM_PART;
	return NFH_STREAM_WHOLE;
}

/* Decode (and on NAT rewrite) the joined messages, in the buffer. */
static bool nfh_h323_join_parse(const struct nfh_h323_pkt *pk,
				struct nfh_h323_join_slot *s)
{
	struct nfh_h323_pkt jp = *pk;
	unsigned int tlen;
	u32 off;

	jp.jbuf = s->j.buf;
	for (off = 0; off < s->j.len; off += tlen) {
		if (nfh_h323_tpkt_len(s->j.buf + off, s->j.len - off, &tlen) ||
		    !tlen)
			return true;	/* cannot be: the join checked it */
		if (!nfh_h323_message(&jp, off, tlen))
			return false;
	}
	return true;
}

/* Put the joined bytes over the part of this segment they hold. */
static bool nfh_h323_join_patch(const struct nfh_h323_pkt *pk,
				const struct nfh_h323_join_slot *s, u32 seq,
				u32 len)
{
	const u8 *data = pk->skb->data + pk->dataoff;
	u32 so, bo, n;

	if (!pk->nat)
		return true;
	n = nfh_stream_join_overlap(&s->j, seq, len, &so, &bo);
	if (!n || !memcmp(data + so, s->j.buf + bo, n))
		return true;
	return pk->nat->mangle(pk->skb, pk->ct, pk->ctinfo, pk->protoff, so,
			       n, s->j.buf + bo, n);
}

/*
 * The segment [*@seq, +*@len) completed the join: it carries all of it,
 * moved back to the join's start when it began later, because the sender
 * may have had the earlier parts acknowledged by the router and never
 * send them again.  *@seq and *@len become the segment's new ones.
 */
static bool nfh_h323_join_deliver(const struct nfh_h323_pkt *pk,
				  const struct nfh_h323_join_slot *s,
				  u32 *seq, u32 *len)
{
	const struct nfh_h323_ct *info = nfct_help_data(pk->ct);
	u32 covered, mss;

	if (!pk->nat || !nfh_seq_after(*seq, s->j.start))
		return nfh_h323_join_patch(pk, s, *seq, *len);
	/* a join ends where the segment completing it ends, or before */
	covered = min_t(u32, s->j.start + s->j.len - *seq, *len);
	if (!nfh_hold_move(pk->skb, pk->protoff, s->j.start) ||
	    !pk->nat->mangle(pk->skb, pk->ct, pk->ctinfo, pk->protoff, 0,
			     covered, s->j.buf, s->j.len))
		return false;
	*len += s->j.len - covered;
	*seq = s->j.start;
	/* no smaller than every TCP takes, nor than what the sender sent */
	mss = max_t(u32, info->stream.max_seg[pk->dir], NFH_STREAM_MIN_SEG);
	nfh_hold_fit(pk->skb, pk->protoff, mss);
	return true;
}

static const struct {
	unsigned int ev, counter;
	const char *what;
} nfh_h323_stream_events[] = {
	{ NFH_STREAM_EV_UNALIGNED, NFH_H323_C_TPKT_UNALIGNED, NULL },
	{ NFH_STREAM_EV_NOT_PROTO, NFH_H323_C_NOT_H323,
	  "a direction does not start with a TPKT: not inspected" },
	{ NFH_STREAM_EV_LOST, NFH_H323_C_ERR_BASE + NFH_H323_ETPKT,
	  "TPKT framing lost: direction no longer inspected" },
	{ NFH_STREAM_EV_TOO_MANY, NFH_H323_C_TPKT_GAVE_UP,
	  "too many TPKTs in one segment: direction no longer inspected" },
};

static void nfh_h323_stream_count(const struct nf_conn *ct, unsigned int ev)
{
	unsigned int i;

	for (i = 0; ev && i < ARRAY_SIZE(nfh_h323_stream_events); i++) {
		if (!(ev & nfh_h323_stream_events[i].ev))
			continue;
		if (nfh_h323_stream_events[i].what)
			nfh_h323_note(ct, nfh_h323_stream_events[i].counter,
				      nfh_h323_stream_events[i].what);
		else
			nfh_h323_count(ct, nfh_h323_stream_events[i].counter);
	}
}

/*
 * Add this segment to the unfinished join @s.  NF_ACCEPT or NF_DROP when
 * the segment is done with, -1 when the join became whole and the rest of
 * the segment (after it, from *@seq + *@len on: the segment may have
 * moved back) is still to be cut.
 */
static int nfh_h323_join_feed(struct nfh_h323_pkt *pk, const struct tcphdr *th,
			      struct nfh_h323_join_slot *s, u32 *seq, u32 *len)
{
	struct nfh_h323_ct *info = nfct_help_data(pk->ct);
	enum nfh_stream_join_state st;
	bool again;
	u32 need;

	/* nothing new: the sender sends again bytes the join holds */
	again = !nfh_seq_after(s->j.start, *seq) &&
		!nfh_seq_after(*seq + *len, s->j.start + s->j.have);
	do {
		st = nfh_stream_join_feed(&s->j, *seq,
					  pk->skb->data + pk->dataoff, *len,
					  nfh_h323_tpkt_frame, &need);
	} while (st == NFH_STREAM_JOIN_GROW && nfh_h323_join_grow(s, need));

	switch (st) {
	case NFH_STREAM_JOIN_MORE:
		s->stamp = jiffies;
		if (!pk->nat)
			return NF_ACCEPT;
		if (again && th->ack &&
		    nfh_hold_may_ack(pk->ct, pk->dir, s->j.start)) {
			/*
			 * Its retransmission timer ran out, and every byte
			 * before the join reached the receiver: acknowledge
			 * the held ones for it, so the sender goes on.
			 */
			pk->ack_held = true;
			pk->ack_seq = ntohl(th->ack_seq);
			pk->ack_to = s->j.start + s->j.have;
			s->acked = true;
			nfh_h323_count(pk->ct, NFH_H323_C_TPKT_ACKED);
		}
		nfh_h323_note(pk->ct, NFH_H323_C_TPKT_HELD,
			      "TPKT split across segments held until whole");
		return NF_DROP;
	case NFH_STREAM_JOIN_WHOLE:
		break;
	default:
		/* too large, no memory, or not TPKTs after all */
		nfh_h323_note(pk->ct, NFH_H323_C_TPKT_GAVE_UP,
			      pk->nat ? "split TPKT too large to join: passed unread and NOT rewritten, connection no longer inspected" :
					"split TPKT too large to join: connection no longer inspected");
		if (s->acked)
			nfh_h323_note(pk->ct, NFH_H323_C_TPKT_LOST,
				      "split TPKT given up after its first bytes were acknowledged: they never reach the receiver");
		info->stream.stopped |= 1 << pk->dir;
		nfh_h323_join_free(s);
		return NF_ACCEPT;
	}
	nfh_h323_count(pk->ct, NFH_H323_C_TPKT_JOINED);
	if (!nfh_h323_join_parse(pk, s))
		return NF_DROP;
	/*
	 * Framing goes on after it.  What it holds is the join's to patch
	 * from now on: a retransmission of its first segment must not be cut
	 * again as the last segment parsed from its start.
	 */
	info->stream.next_seq[pk->dir] = s->j.start + s->j.len;
	info->stream.last_start[pk->dir] = s->j.start + s->j.len;
	if (!nfh_h323_join_deliver(pk, s, seq, len)) {
		nfh_h323_note(pk->ct, NFH_H323_C_DROP_NAT,
			      "address change failed: packet dropped");
		return NF_DROP;
	}
	return nfh_seq_after(*seq + *len, s->j.start + s->j.len) ? -1 :
								   NF_ACCEPT;
}

/* The segment of a connection with joins: under nfh_h323_join_lock. */
static int nfh_h323_tcp_joins(struct nfh_h323_pkt *pk, const struct tcphdr *th,
			      u32 *seq, u32 *len)
{
	struct nfh_h323_ct *info = nfct_help_data(pk->ct);
	struct nfh_h323_join_slot *s, *open = NULL;
	unsigned int i, mine = 0;

	for (i = 0; i < NFH_H323_JOINS; i++) {
		s = &nfh_h323_joins[i];
		if (s->ct != pk->ct)
			continue;
		mine++;
		/* what the receiver acknowledged is done with */
		if (s->dir != pk->dir) {
			if (th->ack && s->j.ready &&
			    !nfh_seq_after(s->j.start + s->j.len,
					   ntohl(th->ack_seq)))
				nfh_h323_join_free(s);
			continue;
		}
		if (!s->j.ready) {
			open = s;
		} else if (!nfh_h323_join_patch(pk, s, *seq, *len)) {
			nfh_h323_note(pk->ct, NFH_H323_C_DROP_NAT,
				      "address change failed: packet dropped");
			return NF_DROP;
		}
	}
	if (!mine)
		info->flags &= ~NFH_H323_F_JOINS;
	return open ? nfh_h323_join_feed(pk, th, open, seq, len) : -1;
}

/* A join begins at @start: -1 if it became whole (cannot be) */
static int nfh_h323_join_start(struct nfh_h323_pkt *pk, const struct tcphdr *th,
			       u32 start, u32 seq, u32 len)
{
	struct nfh_h323_ct *info = nfct_help_data(pk->ct);
	struct nfh_h323_join_slot *s = nfh_h323_join_new(pk->ct, pk->dir,
							 start);

	if (!s) {
		/* every slot busy: hold it, the sender retransmits */
		nfh_h323_note(pk->ct, NFH_H323_C_TPKT_HELD,
			      "split TPKT held: no free join");
		return pk->nat ? NF_DROP : NF_ACCEPT;
	}
	info->flags |= NFH_H323_F_JOINS;
	return nfh_h323_join_feed(pk, th, s, &seq, &len);
}

static int nfh_h323_tcp_locked(struct nfh_h323_pkt *pk,
			       const struct tcphdr *th, bool *joins)
{
	struct nfh_h323_ct *info = nfct_help_data(pk->ct);
	struct nfh_stream_cut *cut = &nfh_h323_sc()->cut;
	u32 seq = ntohl(th->seq), len = pk->skb->len - pk->dataoff;
	enum nfh_stream_verdict v;
	unsigned int ev, i;
	int ret;

	/* the join table only for a connection that had a join */
	if (info->flags & NFH_H323_F_JOINS) {
		spin_lock(&nfh_h323_join_lock);
		*joins = true;
		ret = nfh_h323_tcp_joins(pk, th, &seq, &len);
		if (ret >= 0)
			return ret;
	}

	v = nfh_stream_cut(&info->stream, pk->dir, seq,
			   pk->skb->data + pk->dataoff, len,
			   nfh_h323_tpkt_frame, true, cut, &ev);
	nfh_h323_stream_count(pk->ct, ev);
	if (v == NFH_STREAM_JOIN) {
		if (!*joins) {
			spin_lock(&nfh_h323_join_lock);
			*joins = true;
		}
		ret = nfh_h323_join_start(pk, th, seq + cut->first, seq, len);
		/* whole in one go cannot be: cut() saw it split */
		return ret >= 0 ? ret : NF_ACCEPT;
	}
	if (v == NFH_STREAM_DROP)
		return NF_DROP;
	if (v == NFH_STREAM_PASS)
		return NF_ACCEPT;
	for (i = 0; i < cut->n; i++)
		if (!nfh_h323_message(pk, cut->off[i], cut->len[i]))
			return NF_DROP;
	nfh_stream_commit(&info->stream, pk->dir, seq, cut);
	return NF_ACCEPT;
}

int nfh_h323_tcp(struct nfh_h323_pkt *pk, const struct tcphdr *th)
{
	bool joins = false;
	int verdict = nfh_h323_tcp_locked(pk, th, &joins);

	if (joins)
		spin_unlock(&nfh_h323_join_lock);
	return verdict;
}
