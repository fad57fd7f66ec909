// SPDX-License-Identifier: GPL-2.0
/*
 * SIP over TCP: framing from the first byte of each direction, and holding
 * a message split across segments (nfh_hold.h): its bytes are kept by the
 * router, not forwarded, until it is whole; then it is read, rewritten and
 * delivered in the segment that completed it, moved back to where the
 * message starts.  A sender whose retransmission timer runs out meanwhile
 * has the held bytes acknowledged by the router, so the pause between the
 * pieces does not matter.
 */
#include <linux/netfilter.h>
#include <linux/slab.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include <net/netfilter/nf_conntrack_seqadj.h>
#include <net/tcp.h>
#include "nfh_hold.h"
#include "sip_glue.h"

/*
 * Bounds: the bytes of one held stretch are at most the largest message
 * the framer takes (64 KiB); at most NFH_SIP_HOLDS stretches are held at
 * once, all connections together.
 */
#define NFH_SIP_HOLDS		64
#define NFH_SIP_HOLD_MAX	NFH_SIP_MSG_MAX
#define NFH_SIP_HOLD_FIRST	2048	/* first buffer, grown as needed */
#define NFH_SIP_HOLD_AGE	(60 * HZ) /* a delivered message never
					   * acknowledged may be reused
					   */

/* Taken inside the connection's lock, only by a connection with holds. */
static DEFINE_SPINLOCK(nfh_sip_hold_lock);
static struct nfh_hold_slot nfh_sip_holds[NFH_SIP_HOLDS];

void nfh_sip_tcp_destroy(struct nf_conn *ct)
{
	struct nfh_sip_ct *info = nfct_help_data(ct);
	unsigned int i;

	if (!info || !(READ_ONCE(info->flags) & NFH_SIP_F_HOLDS))
		return;
	spin_lock_bh(&nfh_sip_hold_lock);
	for (i = 0; i < NFH_SIP_HOLDS; i++) {
		if (nfh_sip_holds[i].ct != ct)
			continue;
		if (!nfh_sip_holds[i].h.ready && nfh_sip_holds[i].h.acked)
			nfh_sip_note(ct, NFH_SIP_C_HELD_LOST,
				     "connection ended with acknowledged bytes held");
		nfh_hold_free(&nfh_sip_holds[i]);
	}
	spin_unlock_bh(&nfh_sip_hold_lock);
}

void nfh_sip_tcp_fini(void)
{
	unsigned int i;

	for (i = 0; i < NFH_SIP_HOLDS; i++)
		nfh_hold_free(&nfh_sip_holds[i]);
}

/*
 * Where parsing of this segment starts: at the next message boundary when
 * it lies inside the segment, or at the start of a retransmission of the
 * last segment parsed.  -1: no boundary in it.
 */
static long nfh_sip_tcp_start(const struct nfh_sip_ct *info, int dir, u32 seq,
			      u32 len)
{
	u32 next = info->next_seq[dir];

	if (seq == next || seq == info->last_start[dir])
		return 0;
	if (before(seq, next) && after(seq + len, next))
		return next - seq;
	return -1;
}

/* Cut the payload from @off on: those bytes are held, not sent yet. */
static bool nfh_sip_trim(const struct nfh_sip_pkt *pk, u32 off, u32 len)
{
	if (off >= len)
		return true;
	/* no sequence adjustment: the bytes come later, not never */
	return pk->nat && pk->nat->mangle(pk->skb, pk->ct, pk->ctinfo,
					  pk->protoff, off, len - off, "", 0);
}

/*
 * Give the segment [@seq, +@len) the delivered bytes of @s in place of the
 * held ones it carries, moved back to their start when it began inside
 * them; a result larger than the sender's segments leaves as several.
 */
static bool nfh_sip_put_held(const struct nfh_sip_pkt *pk,
			     const struct nfh_hold_slot *s, u32 seq, u32 len)
{
	const struct nfh_sip_ct *info = nfct_help_data(pk->ct);
	u32 n, nseq, so = 0;

	n = nfh_stream_held_span(&s->h, seq, len, &nseq, &so);
	if (!n)
		return false;
	if (!pk->nat || (nseq != seq && !nfh_hold_move(pk->skb, pk->protoff,
							nseq)) ||
	    !pk->nat->mangle(pk->skb, pk->ct, pk->ctinfo, pk->protoff, so, n,
			     s->h.buf, s->h.len))
		return false;
	nfh_hold_fit(pk->skb, pk->protoff, max_t(u32, info->max_seg[pk->dir],
						 TCP_MIN_MSS));
	return true;
}

/* Begin holding the stretch at @start: its first @len bytes at @data. */
static struct nfh_hold_slot *nfh_sip_hold_begin(struct nfh_sip_pkt *pk,
						u32 start, const u8 *data,
						u32 len)
{
	struct nfh_sip_ct *info = nfct_help_data(pk->ct);
	struct nfh_hold_slot *s;
	u32 need;

	s = nfh_hold_new(nfh_sip_holds, NFH_SIP_HOLDS, pk->ct, pk->dir, start,
			 max_t(u32, len, NFH_SIP_HOLD_FIRST), NFH_SIP_HOLD_AGE);
	if (!s)
		return NULL;
	nfh_stream_held_feed(&s->h, start, data, len, &need);
	info->flags |= NFH_SIP_F_HOLDS;
	nfh_sip_count(pk->ct, NFH_SIP_C_TCP_HELD);
	return s;
}

/*
 * The whole messages at the start of the held bytes: their length (0:
 * the first one is still split), or -1 when framing is lost or a message
 * is over the bound.
 */
static long nfh_sip_held_whole(const struct nfh_sip_pkt *pk,
			       const struct nfh_stream_held *h)
{
	u32 off = 0, n = 0;
	enum nfh_sip_result r;
	size_t flen;

	while (off < h->have && n < NFH_SIP_FRAMES_MAX) {
		r = nfh_sip_tcp_frame(h->buf + off, h->have - off, 0, &flen);
		if (r == NFH_SIP_INCOMPLETE)
			break;
		if (r != NFH_SIP_OK && r != NFH_SIP_KEEPALIVE) {
			nfh_sip_error(pk->ct, r);
			return -1;
		}
		off += flen;
		n++;
	}
	return off;
}

/*
 * The held stretch is whole up to @whole bytes: read and rewrite its
 * messages into a new buffer and deliver that in this segment, moved back
 * to the held start.  Bytes after them (the start of the next message)
 * are held again, in a new slot.
 */
static int nfh_sip_deliver(struct nfh_sip_pkt *pk, struct nfh_hold_slot *s,
			   u32 seq, u32 len, u32 whole)
{
	struct nfh_sip_ct *info = nfct_help_data(pk->ct);
	struct nfh_stream_held *h = &s->h;
	struct nfh_sip_out o = { .cap = whole + NFH_SIP_HOLD_FIRST };
	struct nfh_hold_slot *rest = NULL;
	u32 off = 0, keep = h->have;
	int delta = 0;
	size_t flen;
	bool ok;

	o.buf = kmalloc(o.cap, GFP_ATOMIC);
	if (!o.buf)
		goto nomem;
	if (whole < h->have) {
		rest = nfh_sip_hold_begin(pk, h->start + whole, h->buf + whole,
					  h->have - whole);
		if (!rest)
			goto nomem;
	}
	pk->data = h->buf;
	pk->out = &o;
	while (off < whole) {
		nfh_sip_tcp_frame(h->buf + off, whole - off, 0, &flen);
		o.done = false;
		if (!nfh_sip_message(pk, off, flen, &delta))
			goto drop;
		if (!o.done) {
			/* read, nothing to change: the bytes as they came */
			memcpy(o.buf + o.len, h->buf + off, flen);
			o.len += flen;
		}
		off += flen;
		if (o.cap - o.len < whole - off) {
			/* a rewrite used the room: more for the rest */
			u8 *grown = krealloc(o.buf, o.len + whole - off,
					     GFP_ATOMIC);

			if (!grown)
				goto nomem;
			o.buf = grown;
			o.cap = o.len + whole - off;
		}
	}
	pk->out = NULL;
	info->next_seq[pk->dir] = h->start + whole;
	info->last_start[pk->dir] = h->start;
	nfh_sip_count(pk->ct, NFH_SIP_C_TCP_JOINED);
	if (!pk->nat) {
		/* read as it passed: nothing to deliver */
		kfree(o.buf);
		nfh_hold_free(s);
		return NF_ACCEPT;
	}

	/* deliver: the held buffer becomes what the receiver gets */
	kfree(h->buf);
	h->buf = o.buf;
	h->cap = o.cap;
	h->len = o.len;
	h->ready = true;
	s->stamp = jiffies;
	/* one correction at the held start, as for an unsplit message */
	if (o.len != whole)
		nfh_seqadj_set(pk->ct, pk->ctinfo, htonl(h->start),
			       (int)o.len - (int)whole);
	/* the segment loses the bytes held again (the next message) too */
	ok = nfh_sip_put_held(pk, s, seq, len);
	h->have = whole;
	if (!ok) {
		/* a retransmission gets the same bytes */
		nfh_sip_count(pk->ct, NFH_SIP_C_DROP_NAT);
		return NF_DROP;
	}
	return NF_ACCEPT;

nomem:
	nfh_sip_count(pk->ct, NFH_SIP_C_DROP_NOMEM);
drop:
	pk->out = NULL;
	kfree(o.buf);
	h->have = keep;
	if (rest)
		nfh_hold_free(rest);
	return NF_DROP;
}

/*
 * A segment of a direction with a hold slot @s.  Returns a verdict, or -1
 * when the segment (its first *@len bytes) is for the usual path.
 */
static int nfh_sip_held(struct nfh_sip_pkt *pk, const struct tcphdr *th,
			struct nfh_hold_slot *s, u32 *len)
{
	struct nfh_sip_ct *info = nfct_help_data(pk->ct);
	struct nfh_stream_held *h = &s->h;
	u32 seq = ntohl(th->seq), n, nseq, so = 0, need;
	enum nfh_stream_held_seg r;
	long whole;

	if (h->ready) {
		/* delivered: a retransmission gets the same bytes */
		n = nfh_stream_held_span(h, seq, *len, &nseq, &so);
		if (!n)
			return -1;
		if (nfh_seq_after(h->start, seq)) {
			/* older bytes first: they go alone, as usual */
			if (!nfh_sip_trim(pk, so, *len))
				goto drop_nat;
			*len = so;
			return -1;
		}
		/*
		 * New bytes after the delivered ones in the same segment:
		 * one sequence correction per segment cannot describe both.
		 * Dropped: the sender sends them again.
		 */
		if (nfh_seq_after(seq + *len, h->start + h->have) ||
		    !nfh_sip_put_held(pk, s, seq, *len))
			goto drop_nat;
		return NF_ACCEPT;
	}

	if (!*len)
		return -1;	/* a bare ACK or FIN passes */
	r = nfh_hold_feed(s, seq, pk->data, *len, NFH_SIP_HOLD_MAX, &need);
	if (r == NFH_STREAM_HELD_GROW) {
		if (need > NFH_SIP_HOLD_MAX) {
			info->refused |= 1 << pk->dir;
			nfh_sip_note(pk->ct, NFH_SIP_C_TCP_GAVE_UP,
				     "held message over 64 KiB: direction dropped");
		} else {
			nfh_sip_count(pk->ct, NFH_SIP_C_DROP_NOMEM);
		}
		return NF_DROP;
	}
	if (r == NFH_STREAM_HELD_GAP)
		return NF_DROP;		/* the bytes before it are held */
	if (nfh_seq_after(h->start, seq)) {
		/* older bytes first: they go, the held ones stay */
		n = nfh_stream_held_span(h, seq, *len, &nseq, &so);
		if (n && pk->nat && !nfh_sip_trim(pk, so, *len))
			goto drop_nat;
		*len = n ? so : *len;
		return -1;
	}
	whole = nfh_sip_held_whole(pk, h);
	if (whole < 0) {
		if (!pk->nat) {
			/* nothing to rewrite: stop reading, as unsplit */
			info->flags |= NFH_SIP_F_STOPPED;
			nfh_hold_free(s);
			return NF_ACCEPT;
		}
		/* not SIP framing after all: nothing of it leaves */
		info->refused |= 1 << pk->dir;
		return NF_DROP;
	}
	if (whole)
		return nfh_sip_deliver(pk, s, seq, *len, whole);
	if (!pk->nat)
		return NF_ACCEPT;	/* the pieces pass, read when whole */
	if (r == NFH_STREAM_HELD_OLD && th->ack &&
	    nfh_hold_may_ack(pk->ct, pk->dir, h->start)) {
		/*
		 * The sender sends again what is held: its retransmission
		 * timer ran out.  Acknowledge the held bytes for the
		 * receiver, so it goes on to send the rest.
		 */
		pk->ack = true;
		pk->ack_seq = ntohl(th->ack_seq);
		pk->ack_to = h->start + h->have;
		h->acked = true;
		nfh_sip_count(pk->ct, NFH_SIP_C_HELD_ACKED);
	}
	return NF_DROP;

drop_nat:
	nfh_sip_count(pk->ct, NFH_SIP_C_DROP_NAT);
	return NF_DROP;
}

/*
 * The hold slots of this connection: what the receiver acknowledged is
 * done with.  Returns the slot of this direction still waiting for the
 * rest of its message, else a delivered one the segment overlaps, or NULL.
 */
static struct nfh_hold_slot *nfh_sip_holds_scan(struct nfh_sip_pkt *pk,
						const struct tcphdr *th,
						u32 seq, u32 len)
{
	struct nfh_sip_ct *info = nfct_help_data(pk->ct);
	struct nfh_hold_slot *s, *open = NULL, *sent = NULL;
	unsigned int i, any = 0;
	u32 nseq, so, end;

	for (i = 0; i < NFH_SIP_HOLDS; i++) {
		s = &nfh_sip_holds[i];
		if (s->ct != pk->ct)
			continue;
		any++;
		if (s->dir == pk->dir) {
			if (!s->h.ready)
				open = s;
			else if (nfh_stream_held_span(&s->h, seq, len, &nseq,
						      &so))
				sent = s;
			continue;
		}
		if (th->ack && s->h.ready) {
			/* the receiver's ACK is in its own sequence space */
			end = s->h.start + s->h.have;
			end += nf_ct_seq_offset(pk->ct, s->dir, end);
			if (!nfh_seq_after(end, ntohl(th->ack_seq))) {
				nfh_hold_free(s);
				any--;
			}
		}
	}
	if (!any)
		info->flags &= ~NFH_SIP_F_HOLDS;
	/* a retransmission of a delivered message first */
	if (open && sent && nfh_seq_after(open->h.start, seq))
		return sent;
	return open ? open : sent;
}

/* The whole messages of the segment from @start: rewritten in place. */
static int nfh_sip_tcp_parse(struct nfh_sip_pkt *pk, u32 seq, __be32 seq_be,
			     u32 len, long start)
{
	struct nfh_sip_scratch *sc = nfh_sip_sc();
	struct nfh_sip_ct *info = nfct_help_data(pk->ct);
	const u8 *data = pk->data;
	struct nf_conn *ct = pk->ct;
	int dir = pk->dir;
	unsigned int n = 0, i;
	enum nfh_sip_result r;
	bool partial = false;
	u32 off, boundary;
	int total = 0;
	size_t flen;

	/* frame first: nothing is changed before the verdict is known */
	off = start;
	while (off < len && n < NFH_SIP_FRAMES_MAX) {
		r = nfh_sip_tcp_frame(data + off, len - off, 0, &flen);
		if (r == NFH_SIP_KEEPALIVE) {
			off += flen;
			nfh_sip_count(ct, NFH_SIP_C_KEEPALIVES);
			continue;
		}
		if (r == NFH_SIP_INCOMPLETE) {
			partial = true;
			break;
		}
		if (r == NFH_SIP_ETOOLONG && pk->nat) {
			/* over the hold bound: nothing of it may leave */
			info->refused |= 1 << dir;
			nfh_sip_note(ct, NFH_SIP_C_TCP_GAVE_UP,
				     "message over 64 KiB on a NATed flow: direction dropped");
			return NF_DROP;
		}
		if (r != NFH_SIP_OK) {
			/* framing lost: stop, rather than guess boundaries */
			nfh_sip_error(ct, r);
			info->flags |= NFH_SIP_F_STOPPED;
			break;
		}
		sc->frame_off[n] = off;
		sc->frame_len[n] = flen;
		n++;
		off += flen;
	}
	boundary = seq + off;
	if (off < len && !partial && !(info->flags & NFH_SIP_F_STOPPED)) {
		nfh_sip_note(ct, NFH_SIP_C_TCP_GAVE_UP,
			     "too many messages in one segment: connection no longer inspected");
		info->flags |= NFH_SIP_F_STOPPED;
	}

	if (partial) {
		/*
		 * A message split across segments: its bytes are held from
		 * its start; the whole messages before it go now.
		 */
		spin_lock(&nfh_sip_hold_lock);
		if (!nfh_sip_hold_begin(pk, boundary, data + off, len - off)) {
			spin_unlock(&nfh_sip_hold_lock);
			nfh_sip_note(ct, NFH_SIP_C_DROP_NOMEM,
				     "no hold slot for a split message: segment dropped");
			return NF_DROP;
		}
		spin_unlock(&nfh_sip_hold_lock);
		if (!off && pk->nat)
			return NF_DROP;		/* nothing else in it */
		if (pk->nat && !nfh_sip_trim(pk, off, len)) {
			nfh_sip_count(ct, NFH_SIP_C_DROP_NAT);
			return NF_DROP;
		}
	}

	/* last message first, so the offsets of earlier ones stay valid */
	for (i = n; i-- > 0;) {
		pk->data = pk->skb->data + pk->dataoff;
		if (!nfh_sip_message(pk, sc->frame_off[i], sc->frame_len[i],
				     &total))
			return NF_DROP;
	}
	if (total)
		nfh_seqadj_set(ct, pk->ctinfo, seq_be, total);
	if (after(boundary, info->next_seq[dir]))
		info->next_seq[dir] = boundary;
	if (!start)
		info->last_start[dir] = seq;
	return NF_ACCEPT;
}

int nfh_sip_tcp(struct nfh_sip_pkt *pk, const struct tcphdr *th)
{
	struct nfh_sip_ct *info = nfct_help_data(pk->ct);
	struct nf_conn *ct = pk->ct;
	u32 len = pk->skb->len - pk->dataoff, seq = ntohl(th->seq), seg;
	struct nfh_hold_slot *held;
	enum nfh_sip_result r;
	int dir = pk->dir, v;
	size_t flen;
	long start;

	if (info->refused & (1 << dir))
		return len ? NF_DROP : NF_ACCEPT;
	if (len && !(info->synced & (1 << dir)) &&
	    !(info->flags & NFH_SIP_F_SYN(dir))) {
		/*
		 * Met in the middle of the stream: resume at the first whole
		 * message; until one comes, segments pass unread.
		 */
		start = nfh_sip_tcp_resync(pk->data, len);
		if (start < 0) {
			nfh_sip_count(ct, NFH_SIP_C_TCP_UNALIGNED);
			return NF_ACCEPT;
		}
		nfh_sip_count(ct, NFH_SIP_C_TCP_RESUMED);
		info->synced |= 1 << dir;
		info->next_seq[dir] = seq + start;
		info->last_start[dir] = seq + start;
	} else if (len && !(info->synced & (1 << dir))) {
		/* the first bytes of a direction must begin a SIP message */
		r = nfh_sip_tcp_frame(pk->data, len, 0, &flen);
		if (r == NFH_SIP_ENOTSIP) {
			info->flags |= NFH_SIP_F_STOPPED;
			nfh_sip_note(ct, NFH_SIP_C_NOT_SIP,
				     "connection does not start with SIP: never inspected");
			return NF_ACCEPT;
		}
		info->synced |= 1 << dir;
		info->next_seq[dir] = seq;
		info->last_start[dir] = seq;
	}
	/* a burst the input merged (GRO) says its segments' size itself */
	seg = skb_is_gso(pk->skb) ? skb_shinfo(pk->skb)->gso_size : len;
	if (seg > info->max_seg[dir])
		info->max_seg[dir] = min_t(u32, seg, U16_MAX);

	if (info->flags & NFH_SIP_F_HOLDS) {
		spin_lock(&nfh_sip_hold_lock);
		held = nfh_sip_holds_scan(pk, th, seq, len);
		v = held ? nfh_sip_held(pk, th, held, &len) : -1;
		spin_unlock(&nfh_sip_hold_lock);
		if (v >= 0)
			return v;
		/* a trim may have moved the payload */
		pk->data = pk->skb->data + pk->dataoff;
	}
	if (!len || !(info->synced & (1 << dir)))
		return NF_ACCEPT;

	start = nfh_sip_tcp_start(info, dir, seq, len);
	if (start < 0) {
		nfh_sip_count(ct, NFH_SIP_C_TCP_UNALIGNED);
		return NF_ACCEPT;
	}
	return nfh_sip_tcp_parse(pk, seq, th->seq, len, start);
}
