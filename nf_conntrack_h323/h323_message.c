// SPDX-License-Identifier: GPL-2.0
/*
 * One H.323 message (a Q.931 or H.245 TPKT, or a RAS datagram): decode
 * it, act on each transport address it carries (expect, rewrite), and
 * change the address bytes in place on a NATed connection.
 *
 * A message the decoder rejects passes unmodified and is counted by
 * reason (error_<reason>): its framing is intact, so the connection stays
 * inspected.  A message is rewritten whole or dropped: when the NAT core
 * fails half-way (no memory), the packet is dropped and the sender
 * retransmits it.
 */
#include <linux/netfilter.h>
#include "h323_glue.h"
#include "h323_tables.h"

const union nf_inet_addr *nfh_h323_public(const struct nfh_h323_pkt *pk)
{
	return &pk->ct->tuplehash[!pk->dir].tuple.dst.u3;
}

bool nfh_h323_rewrite(const struct nfh_h323_pkt *pk, u32 off,
		      const struct nfh_h323_addr *a,
		      const union nf_inet_addr *addr, u16 port, bool addr_only)
{
	unsigned int alen = nfh_addr_len(a->family);
	__be16 pbe = htons(port);
	u8 buf[18];

	if (!memcmp(a->addr, addr, alen) && (addr_only || a->port == port))
		return true;
	memcpy(buf, addr, alen);
	memcpy(buf + alen, &pbe, 2);
	nfh_h323_sc()->rewrote = true;
	if (pk->jbuf) {
		/* a joined message: the segments get it later (h323_tcp.c) */
		memcpy(pk->jbuf + off + a->addr_off, buf, alen);
		if (!addr_only)
			memcpy(pk->jbuf + off + a->port_off, buf + alen, 2);
		return true;
	}
	/* PER puts the port right after the address: one change */
	if (!addr_only && a->port_off == a->addr_off + alen)
		return pk->nat->mangle(pk->skb, pk->ct, pk->ctinfo, pk->protoff,
				       off + a->addr_off, alen + 2, buf,
				       alen + 2);
	if (!pk->nat->mangle(pk->skb, pk->ct, pk->ctinfo, pk->protoff,
			     off + a->addr_off, alen, buf, alen))
		return false;
	return addr_only ||
	       pk->nat->mangle(pk->skb, pk->ct, pk->ctinfo, pk->protoff,
			       off + a->port_off, 2, buf + alen, 2);
}

/*
 * The RTCP address of the same logical channel right after RTP's port,
 * not yet acted on.
 */
static int nfh_h323_rtcp_of(const struct nfh_h323_out *out, unsigned int i)
{
	const struct nfh_h323_addr *rtp = &out->addr[i], *c;
	unsigned int j;

	for (j = 0; j < out->n; j++) {
		c = &out->addr[j];
		if (c->role == NFH_H323_ROLE_RTCP && !nfh_h323_sc()->done[j] &&
		    c->msg == rtp->msg && c->lcn == rtp->lcn &&
		    c->family == rtp->family && c->port == rtp->port + 1 &&
		    !(rtp->port & 1) &&
		    !memcmp(c->addr, rtp->addr, nfh_addr_len(c->family)))
			return j;
	}
	return -1;
}

static bool nfh_h323_same(const struct nfh_h323_addr *a,
			  const struct nfh_h323_addr *b)
{
	return a->family == b->family && a->port == b->port &&
	       !memcmp(a->addr, b->addr, nfh_addr_len(a->family));
}

/*
 * The port an address named earlier in this message got (a fastStart
 * proposal names the same RTCP address in its forward and its reverse
 * channel): the same expectation serves it, and the far side must read
 * the same translation.  0: none.
 */
static u16 nfh_h323_got_before(const struct nfh_h323_out *out, unsigned int i,
			       u8 l4proto)
{
	const struct nfh_h323_scratch *sc = nfh_h323_sc();
	unsigned int k;

	for (k = 0; k < out->n; k++)
		if (k != i && sc->got[k] && sc->got_proto[k] == l4proto &&
		    nfh_h323_same(&out->addr[k], &out->addr[i]))
			return sc->got[k];
	return 0;
}

/*
 * Expect @a (and its RTCP @j, if >= 0) and, on a NATed flow, point the
 * address bytes at where the expectation was placed.
 */
static bool nfh_h323_act(const struct nfh_h323_pkt *pk, u32 off,
			 const struct nfh_h323_out *out, unsigned int i,
			 int j, unsigned int class, u8 l4proto,
			 struct nf_conntrack_helper *helper,
			 unsigned int counter)
{
	struct nfh_h323_scratch *sc = nfh_h323_sc();
	const struct nfh_h323_addr *a = &out->addr[i];
	const struct nfh_h323_addr *rtcp;
	u16 port;

	port = nfh_h323_got_before(out, i, l4proto);
	if (port) {
		j = -1;		/* its RTCP, if any, goes on its own */
	} else {
		if (j >= 0 && nfh_h323_got_before(out, j, l4proto))
			j = -1;
		if (!nfh_h323_may_expect(pk, a))
			return true;
		rtcp = j >= 0 ? &out->addr[j] : NULL;
		port = nfh_h323_expect(pk, a, rtcp, class, l4proto, helper,
				       NFH_H323_X_FROM_PEER);
		if (!port) {
			nfh_h323_note(pk->ct, NFH_H323_C_EXPECT_FAILED,
				      "expectation refused or no free port");
			return true;
		}
		nfh_h323_count(pk->ct, counter);
		if (j >= 0) {
			nfh_h323_count(pk->ct, counter);
			sc->done[j] = 1;
			sc->got[j] = port + 1;
			sc->got_proto[j] = l4proto;
		}
	}
	sc->got[i] = port;
	sc->got_proto[i] = l4proto;
	if (!pk->nat || !nfh_h323_is_sender(pk, a))
		return true;
	if (!nfh_h323_rewrite(pk, off, a, nfh_h323_public(pk), port, false))
		return false;
	return j < 0 || nfh_h323_rewrite(pk, off, &out->addr[j],
					 nfh_h323_public(pk), port + 1, false);
}

/*
 * An address that admits no connection of its own (a call signalling
 * address in a Setup, a RAS address): on a NATed flow, when it is the
 * sender's own, the far side is told the translated one.  The port is
 * changed only when it is the flow's own port, which the NAT mapped.
 */
bool nfh_h323_translate(const struct nfh_h323_pkt *pk, u32 off,
			const struct nfh_h323_addr *a)
{
	const struct nf_conn *ct = pk->ct;
	u16 own = ntohs(ct->tuplehash[pk->dir].tuple.src.u.all);

	if (!pk->nat || !nfh_h323_is_sender(pk, a))
		return true;
	if (a->port == own)
		return nfh_h323_rewrite(pk, off, a, nfh_h323_public(pk),
					ntohs(ct->tuplehash[!pk->dir].tuple.dst.u.all),
					false);
	return nfh_h323_rewrite(pk, off, a, nfh_h323_public(pk), 0, true);
}

/* Q.931 and H.245: the addresses of one TPKT */
static bool nfh_h323_call(const struct nfh_h323_pkt *pk, u32 off,
			  const struct nfh_h323_out *out)
{
	struct nf_conntrack_helper *h245 = nfh_h323_helper(NFH_H323_H245,
							   pk->family);
	struct nf_conntrack_helper *q931 = nfh_h323_helper(NFH_H323_Q931,
							   pk->family);
	struct nfh_h323_scratch *sc = nfh_h323_sc();
	u8 *done = sc->done;
	unsigned int i;
	bool ok = true;
	int j;

	memset(done, 0, out->n);
	memset(sc->got, 0, out->n * sizeof(sc->got[0]));
	for (i = 0; ok && i < out->n; i++) {
		const struct nfh_h323_addr *a = &out->addr[i];

		if (done[i])
			continue;
		switch (nfh_h323_use(out, a)) {
		case NFH_H323_USE_H245:
			ok = nfh_h323_act(pk, off, out, i, -1,
					  NFH_H323_EXP_SIGNALLING, IPPROTO_TCP,
					  h245, NFH_H323_C_EXPECT_H245);
			break;
		case NFH_H323_USE_MEDIA:
			j = a->role == NFH_H323_ROLE_RTP ?
			    nfh_h323_rtcp_of(out, i) : -1;
			ok = nfh_h323_act(pk, off, out, i, j,
					  NFH_H323_EXP_MEDIA, IPPROTO_UDP,
					  NULL, NFH_H323_C_EXPECT_MEDIA);
			break;
		case NFH_H323_USE_T120:
			ok = nfh_h323_act(pk, off, out, i, -1,
					  NFH_H323_EXP_SIGNALLING, IPPROTO_TCP,
					  NULL, NFH_H323_C_EXPECT_T120);
			break;
		case NFH_H323_USE_CALL:
			ok = nfh_h323_act(pk, off, out, i, -1,
					  NFH_H323_EXP_SIGNALLING,
					  IPPROTO_TCP, q931,
					  NFH_H323_C_EXPECT_Q931);
			break;
		default:
			ok = nfh_h323_translate(pk, off, a);
			break;
		}
	}
	return ok;
}

static void nfh_h323_flush(struct nf_conn *ct, unsigned int classes)
{
	unsigned int n = nfh_expect_flush(ct, classes);

	while (n--)
		nfh_h323_count(ct, NFH_H323_C_EXPECT_REMOVED);
}

/*
 * Calls and logical channels ending.  An expectation does not say which
 * call or channel it was made for, and the helper keeps no per-call
 * memory, so the cleanup is by connection: the ReleaseComplete of the
 * last call open on a Q.931 connection removes its unused H.245, T.120,
 * forward and media expectations, the CloseLogicalChannel of the last
 * channel opened on a connection (with at most one call on it) its unused
 * media expectations.  While another call or channel is open nothing is
 * removed (a ReleaseComplete then counts release_shared): the ended
 * call's expectations time out.
 */
static void nfh_h323_ended(const struct nfh_h323_pkt *pk,
			   const struct nfh_h323_out *out)
{
	struct nfh_h323_ct *info = nfct_help_data(pk->ct);

	if (pk->kind == NFH_H323_Q931 &&
	    out->q931_type == NFH_H323_Q931_SETUP && info->calls < U8_MAX)
		info->calls++;
	if (out->n_close && info->channels) {
		if (info->channels > out->n_close &&
		    !(out->flags & NFH_H323_O_CLOSE_MORE)) {
			info->channels -= out->n_close;
		} else {
			info->channels = 0;
			/* not while another call's media may be there */
			if (info->calls <= 1)
				nfh_h323_flush(pk->ct, BIT(NFH_H323_EXP_MEDIA));
		}
	}
	info->channels = min_t(unsigned int, U8_MAX,
			       info->channels + out->n_open);
	if (pk->kind != NFH_H323_Q931 ||
	    out->q931_type != NFH_H323_Q931_RELEASE_COMPLETE)
		return;
	if (info->calls > 1) {
		info->calls--;
		nfh_h323_count(pk->ct, NFH_H323_C_RELEASE_SHARED);
		return;
	}
	info->calls = 0;
	info->channels = 0;
	nfh_h323_flush(pk->ct, BIT(NFH_H323_EXP_SIGNALLING) |
			       BIT(NFH_H323_EXP_MEDIA));
}

bool nfh_h323_message(const struct nfh_h323_pkt *pk, u32 off, u32 len)
{
	struct nfh_h323_ct *info = nfct_help_data(pk->ct);
	struct nfh_h323_out out = {
		.addr = nfh_h323_sc()->addr, .cap = NFH_H323_ADDR_MAX,
	};
	const u8 *buf = pk->jbuf ? pk->jbuf + off :
				   pk->skb->data + pk->dataoff + off;
	static const unsigned int counter[] = {
		[NFH_H323_Q931] = NFH_H323_C_MESSAGES_Q931,
		[NFH_H323_H245] = NFH_H323_C_MESSAGES_H245,
		[NFH_H323_RAS] = NFH_H323_C_MESSAGES_RAS,
	};
	enum nfh_h323_result r;
	bool ok;

	nfh_h323_count(pk->ct, counter[pk->kind]);
	switch (pk->kind) {
	case NFH_H323_Q931:
		r = nfh_h323_parse_q931(buf, len, &out);
		break;
	case NFH_H323_H245:
		r = nfh_h323_parse_h245_tpkt(buf, len, &out);
		break;
	default:
		r = nfh_h323_parse_ras(buf, len, &out);
		break;
	}
	if (r != NFH_H323_OK) {
		nfh_h323_note(pk->ct, NFH_H323_C_ERR_BASE + r,
			      nfh_h323_result_name(r));
		return true;
	}
	if (out.flags & (NFH_H323_O_H460_18 | NFH_H323_O_H460_19)) {
		/* the endpoint traverses the NAT itself: leave it alone */
		info->flags |= NFH_H323_F_STEPPED_ASIDE;
		nfh_h323_note(pk->ct, NFH_H323_C_STEP_ASIDE_H460,
			      "H.460.18/19 endpoint: connection left alone");
		return true;
	}
	nfh_h323_sc()->rewrote = false;
	ok = pk->kind == NFH_H323_RAS ? nfh_h323_ras(pk, &out) :
					nfh_h323_call(pk, off, &out);
	if (ok && pk->kind != NFH_H323_RAS)
		nfh_h323_ended(pk, &out);
	if (!ok)
		nfh_h323_note(pk->ct, NFH_H323_C_DROP_NAT,
			      "address change failed: packet dropped");
	else if (nfh_h323_sc()->rewrote)
		nfh_h323_count(pk->ct, NFH_H323_C_REWRITTEN);
	return ok;
}
