// SPDX-License-Identifier: GPL-2.0
/*
 * SIP over TCP: framing from the first byte of each direction, and holding
 * a message split across segments (its segments are dropped, so the
 * sender retransmits) until one segment carries all of it.
 */
#include <linux/netfilter.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include <net/netfilter/nf_conntrack_seqadj.h>
#include <net/tcp.h>
#include "sip_glue.h"

#define NFH_SIP_HOLD_TRIES	4	/* drops before a split message passes */
#define NFH_SIP_MIN_SEG		536	/* a segment every TCP may send */

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

int nfh_sip_tcp(struct nfh_sip_pkt *pk, u32 seq, __be32 seq_be)
{
	struct nfh_sip_scratch *sc = nfh_sip_sc();
	struct nfh_sip_ct *info = nfct_help_data(pk->ct);
	struct nf_conn *ct = pk->ct;
	const u8 *data = pk->skb->data + pk->dataoff;
	int dir = pk->dir;
	u32 len = pk->skb->len - pk->dataoff, off, boundary;
	unsigned int n = 0, i;
	enum nfh_sip_result r;
	size_t flen, whole = 0;
	bool partial = false;
	int total = 0;
	long start;

	if (!(info->synced & (1 << dir))) {
		/* the first bytes of a direction must begin a SIP message */
		r = nfh_sip_tcp_frame(data, len, 0, &flen);
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
	if (len > info->max_seg[dir])
		info->max_seg[dir] = min_t(u32, len, U16_MAX);

	start = nfh_sip_tcp_start(info, dir, seq, len);
	if (start < 0) {
		/* a later segment while a split message is held: hold it too */
		if (info->hold_tries[dir] && after(seq, info->next_seq[dir])) {
			nfh_sip_note(ct, NFH_SIP_C_TCP_HELD,
				     "segment after a held message dropped");
			return NF_DROP;
		}
		nfh_sip_count(ct, NFH_SIP_C_TCP_UNALIGNED);
		return NF_ACCEPT;
	}

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
			whole = flen;
			break;
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
		 * Hold a split message by dropping its segments: the sender
		 * retransmits, and merges what it has sent into one segment
		 * when it fits.  A message larger than any segment seen, or
		 * one still split after a few tries, passes unread.
		 */
		bool fits = !whole || whole <= max_t(u32, info->max_seg[dir],
						     NFH_SIP_MIN_SEG);

		if (fits && info->hold_tries[dir] < NFH_SIP_HOLD_TRIES) {
			info->hold_tries[dir]++;
			nfh_sip_note(ct, NFH_SIP_C_TCP_HELD,
				     "message split across segments held");
			return NF_DROP;
		}
		if (whole) {
			nfh_sip_note(ct, NFH_SIP_C_TCP_GAVE_UP,
				     pk->nat ? "split message passed unread and NOT rewritten" :
					       "split message passed unread");
			boundary += whole;
		} else {
			nfh_sip_note(ct, NFH_SIP_C_TCP_GAVE_UP,
				     "split message without a complete header: connection no longer inspected");
			info->flags |= NFH_SIP_F_STOPPED;
		}
	} else if (info->hold_tries[dir]) {
		nfh_sip_count(ct, NFH_SIP_C_TCP_JOINED);
	}
	info->hold_tries[dir] = 0;

	/* last message first, so the offsets of earlier ones stay valid */
	for (i = n; i-- > 0;)
		if (!nfh_sip_message(pk, sc->frame_off[i], sc->frame_len[i],
				     &total))
			return NF_DROP;
	if (total)
		nf_ct_seqadj_set(ct, pk->ctinfo, seq_be, total);
	if (after(boundary, info->next_seq[dir]))
		info->next_seq[dir] = boundary;
	if (!start)
		info->last_start[dir] = seq;
	return NF_ACCEPT;
}
