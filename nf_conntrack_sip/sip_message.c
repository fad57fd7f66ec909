// SPDX-License-Identifier: GPL-2.0
/*
 * One SIP message: parse it, let its method act (the method table), expect
 * its media and, on a NATed flow, rewrite it.
 */
#include <linux/jhash.h>
#include <linux/netfilter.h>
#include <net/netfilter/nf_conntrack.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include "sip_glue.h"

/*
 * Count a message that repeats the last one sent this way byte for byte (a
 * retransmission: lost or slow answers, a lossy link).  It is handled like
 * the first copy: the same rewrite, its expectations registered again in
 * place of the first copy's (nfh_nat.ko keeps their ports).
 */
static void nfh_sip_note_repeat(const struct nfh_sip_pkt *pk, const u8 *buf,
				u32 len)
{
	struct nfh_sip_ct *info = nfct_help_data(pk->ct);
	u32 h = jhash(buf, len, 0);
	u16 h16 = (h ^ (h >> 16)) | 1;	/* never 0, the initial value */

	if (info->last_msg[pk->dir] == h16)
		nfh_sip_count(pk->ct, NFH_SIP_C_RETRANSMISSIONS);
	info->last_msg[pk->dir] = h16;
}

static void nfh_sip_drop_media(const struct nfh_sip_pkt *pk,
			       const struct nfh_sip_msg *m)
{
	unsigned int n = nfh_sip_flush(pk->ct, true);

	while (n--)
		nfh_sip_count(pk->ct, NFH_SIP_C_EXPECT_REMOVED);
}

static void nfh_sip_invite_answer(const struct nfh_sip_pkt *pk,
				  const struct nfh_sip_msg *m)
{
	if (m->status >= 300)
		nfh_sip_drop_media(pk, m);
}

/* What a method does; a response acts by the method of its CSeq. */
struct nfh_sip_method_ops {
	void (*request)(const struct nfh_sip_pkt *pk,
			const struct nfh_sip_msg *m);
	void (*response)(const struct nfh_sip_pkt *pk,
			 const struct nfh_sip_msg *m);
	u8 sdp;		/* an SDP body is an offer or answer: */
#define NFH_SIP_SDP_REQ		0x01	/* in the request */
#define NFH_SIP_SDP_RESP	0x02	/* in a response below 300 */
};

static const struct nfh_sip_method_ops nfh_sip_methods[NFH_SIP_M_MAX] = {
	[NFH_SIP_M_INVITE] = {
		.response = nfh_sip_invite_answer,
		.sdp = NFH_SIP_SDP_REQ | NFH_SIP_SDP_RESP,
	},
	[NFH_SIP_M_ACK] = { .sdp = NFH_SIP_SDP_REQ },
	[NFH_SIP_M_BYE] = { .request = nfh_sip_drop_media },
	[NFH_SIP_M_CANCEL] = { .request = nfh_sip_drop_media },
	[NFH_SIP_M_REGISTER] = {
		.request = nfh_sip_register,
		.response = nfh_sip_register_answer,
	},
	[NFH_SIP_M_PRACK] = { .sdp = NFH_SIP_SDP_REQ | NFH_SIP_SDP_RESP },
	[NFH_SIP_M_UPDATE] = { .sdp = NFH_SIP_SDP_REQ | NFH_SIP_SDP_RESP },
};

static const struct nfh_sip_method_ops *nfh_sip_method_ops_of(const struct nfh_sip_msg *m)
{
	u8 method = m->is_request ? m->method : m->cseq_method;

	return method < NFH_SIP_M_MAX ? &nfh_sip_methods[method] : NULL;
}

static bool nfh_sip_carries_offer(const struct nfh_sip_msg *m,
				  const struct nfh_sip_method_ops *mt)
{
	if (!mt)
		return false;
	if (m->is_request)
		return mt->sdp & NFH_SIP_SDP_REQ;
	return m->status < 300 && (mt->sdp & NFH_SIP_SDP_RESP);
}

/* The planner's input: what this flow's NAT changed, and the bypass knob. */
static void nfh_sip_xlat_begin(const struct nfh_sip_pkt *pk,
			       struct nfh_sip_xlat *x)
{
	nfh_sip_build_xlat(pk, x);
	x->flags = nfh_sip_nat_aware_bypass ? 0 : NFH_SIP_XF_NO_BYPASS;
}

/*
 * A held message: its rewrite is appended to pk->out (grown as needed),
 * not applied to the packet.
 */
static bool nfh_sip_rewrite_out(const struct nfh_sip_pkt *pk, const u8 *buf,
				u32 len, int *delta)
{
	struct nfh_sip_scratch *sc = nfh_sip_sc();
	struct nfh_sip_out *o = pk->out;
	size_t n;
	u32 need = o->len + len + sc->plan.rbuf_len;
	u8 *grown;

	if (need > o->cap) {
		grown = krealloc(o->buf, need, GFP_ATOMIC);
		if (!grown) {
			nfh_sip_count(pk->ct, NFH_SIP_C_DROP_NOMEM);
			return false;
		}
		o->buf = grown;
		o->cap = need;
	}
	if (nfh_sip_apply(buf, len, &sc->plan, o->buf + o->len,
			  o->cap - o->len, &n) != NFH_SIP_OK) {
		nfh_sip_note(pk->ct, NFH_SIP_C_DROP_NAT,
			     "rewrite of a held message failed");
		return false;
	}
	o->len += n;
	o->done = true;
	*delta += sc->plan.delta;
	nfh_sip_count(pk->ct, NFH_SIP_C_REWRITTEN);
	return true;
}

/* Plan the rewrite in scratch and apply it; false: drop the packet. */
static bool nfh_sip_rewrite(const struct nfh_sip_pkt *pk, const u8 *buf,
			    u32 off, u32 len, bool have_sdp, int *delta)
{
	struct nfh_sip_scratch *sc = nfh_sip_sc();
	struct nfh_sip_msg *m = &sc->msg;
	struct nfh_sip_sdp *s = &sc->sdp;
	struct nf_conn *ct = pk->ct;
	enum nfh_sip_result r;

	sc->xlat.media = sc->mports;
	sc->xlat.n_media = have_sdp ? s->n_media : 0;
	sc->xlat.classes = nfh_sip_default_classes(m);
	sc->plan.edit = sc->edit;
	sc->plan.edit_cap = ARRAY_SIZE(sc->edit);
	sc->plan.rbuf = sc->rbuf;
	sc->plan.rbuf_cap = sizeof(sc->rbuf);
	r = nfh_sip_plan(m, have_sdp ? s : NULL, &sc->xlat, &sc->plan);
	if (r != NFH_SIP_OK) {
		nfh_sip_error(ct, r);
		return true;
	}
	if (sc->plan.bypass & NFH_SIP_BYPASS_ICE)
		nfh_sip_count(ct, NFH_SIP_C_BYPASS_ICE);
	if (sc->plan.bypass & NFH_SIP_BYPASS_SDP_PUBLIC)
		nfh_sip_count(ct, NFH_SIP_C_BYPASS_SDP_PUBLIC);
	if (sc->plan.bypass & NFH_SIP_BYPASS_CONTACT_PUBLIC)
		nfh_sip_count(ct, NFH_SIP_C_BYPASS_CONTACT_PUBLIC);
	if (sc->plan.bypass & NFH_SIP_BYPASS_VIA_PUBLIC)
		nfh_sip_count(ct, NFH_SIP_C_BYPASS_VIA_PUBLIC);
	if (!sc->plan.n_edit)
		return true;

	if (pk->out)
		return nfh_sip_rewrite_out(pk, buf, len, delta);
	if (!nfh_sip_mangle(pk, buf, off)) {
		nfh_sip_note(ct, NFH_SIP_C_DROP_NAT,
			     "rewrite failed (no room in the packet)");
		return false;
	}
	*delta += sc->plan.delta;
	nfh_sip_count(ct, NFH_SIP_C_REWRITTEN);
	return true;
}

/*
 * Handle the message at @off (@len bytes) of the payload: state,
 * expectations and, on a NATed flow, the rewrite, whose length change is
 * added to *@delta.  Returns false when the packet must be dropped.
 */
bool nfh_sip_message(const struct nfh_sip_pkt *pk, u32 off, u32 len,
		     int *delta)
{
	struct nfh_sip_scratch *sc = nfh_sip_sc();
	struct nfh_sip_msg *m = &sc->msg;
	struct nfh_sip_sdp *s = &sc->sdp;
	struct nf_conn *ct = pk->ct;
	const u8 *buf = pk->data + off;
	const struct nfh_sip_method_ops *mt;
	enum nfh_sip_result r;
	bool have_sdp = false;
	unsigned int i;

	r = nfh_sip_parse(buf, len, pk->family,
			  pk->l4proto == IPPROTO_TCP ? NFH_SIP_TCP : NFH_SIP_UDP,
			  m);
	if (r == NFH_SIP_KEEPALIVE) {
		nfh_sip_count(ct, NFH_SIP_C_KEEPALIVES);
		return true;
	}
	if (r != NFH_SIP_OK) {
		nfh_sip_error(ct, r);
		return true;
	}
	nfh_sip_count(ct, NFH_SIP_C_MESSAGES);
	nfh_sip_count(ct, m->is_request ? NFH_SIP_C_REQUESTS :
		      NFH_SIP_C_RESPONSES);
	nfh_sip_note_repeat(pk, buf, len);
	mt = nfh_sip_method_ops_of(m);

	if (m->body_is_sdp && m->body_len && nfh_sip_carries_offer(m, mt)) {
		memset(s, 0, sizeof(*s));
		s->media = sc->media;
		s->media_cap = NFH_SIP_MEDIA_MAX;
		r = nfh_sip_sdp_parse(buf, m->body_off,
				      m->body_off + m->body_len, pk->family, s);
		if (r != NFH_SIP_OK) {
			/* a broken offer opens nothing and is not rewritten */
			nfh_sip_error(ct, r);
			return true;
		}
		have_sdp = true;
	}

	if (mt && m->is_request && mt->request)
		mt->request(pk, m);
	else if (mt && !m->is_request && mt->response)
		mt->response(pk, m);

	/* a new offer moves the sender's media: its old ports go */
	if (have_sdp && m->is_request &&
	    (m->method == NFH_SIP_M_INVITE || m->method == NFH_SIP_M_UPDATE)) {
		unsigned int n = nfh_sip_flush_moved(pk, s);

		while (n--)
			nfh_sip_count(ct, NFH_SIP_C_EXPECT_REMOVED);
	}

	if (pk->nat)
		nfh_sip_xlat_begin(pk, &sc->xlat);
	memset(sc->mports, 0, sizeof(sc->mports));
	for (i = 0; have_sdp && i < s->n_media; i++)
		/* the planner's bypass decision is the expectations' too */
		nfh_sip_expect_media(pk, &s->media[i], &sc->mports[i],
				     pk->nat &&
				     nfh_sip_media_bypass(&sc->xlat,
							  &s->media[i]));

	if (!pk->nat || !sc->xlat.n_map)
		return true;
	return nfh_sip_rewrite(pk, buf, off, len, have_sdp, delta);
}
