// SPDX-License-Identifier: GPL-2.0
/*
 * explain_sip.c - explain's SIP part: the SIP messages of the capture
 * (tests/sip/sip_pcap.h: UDP datagrams, TCP reassembled in order per
 * direction and framed by the core) on flows the helper is attached to
 * (udp or tcp port 5060, the modules' default), each taken as
 * nfh_sip_message() in sip_message.c takes it: the method's effect, its
 * media expectations (sip_expect.c, sip_direct_media=1,
 * sip_external_media=0), the REGISTER pinhole (sip_register.c) and, with
 * --nat, the rewrite the planner makes (nat_aware_bypass=1).
 */
#include <arpa/inet.h>
#include <stdio.h>

#include "../../tests/sip/sip_pcap.h"
#include "explain.h"

#define XP_SIP_PORT	NFH_SIP_DEFAULT_PORT
#define XP_SIP_MEDIA	16

/* One signalling flow: its originator is the side --nat masquerades. */
struct xp_sip_flow {
	int family, proto;
	u8 orig[16], resp[16];
	u16 oport, rport;
	bool attached;		/* the helper inspects it */
	bool pinhole;		/* REGISTER pinhole expected */
};

struct xp_sip {
	const struct xp_opts *o;
	struct xp_list *l;
	struct xp_sip_flow *flows;
	size_t n, cap;
	/* this message */
	unsigned long frame;
	char name[32];
	const struct sip_pcap_msg *pm;
	struct xp_sip_flow *f;
	bool from_orig, nat;
	const u8 *sender, *receiver, *public;
};

static const char *const class_name[] = {
	"signalling", "audio", "video", "other",
};

static struct xp_sip_flow *xp_sip_flow(struct xp_sip *x,
				       const struct sip_pcap_msg *pm)
{
	struct xp_sip_flow *f;
	size_t i;

	for (i = 0; i < x->n; i++) {
		f = &x->flows[i];
		if (f->family != pm->family || f->proto != pm->proto)
			continue;
		if (f->oport == pm->sport && f->rport == pm->dport &&
		    !memcmp(f->orig, pm->src, 16) && !memcmp(f->resp, pm->dst, 16))
			return f;
		if (f->oport == pm->dport && f->rport == pm->sport &&
		    !memcmp(f->orig, pm->dst, 16) && !memcmp(f->resp, pm->src, 16))
			return f;
	}
	x->flows = xp_grow(x->flows, x->n, &x->cap, sizeof(*x->flows));
	/*
	 * The first packet seen makes the connection: its sender is the
	 * originator, and the helper is attached when it goes to the SIP
	 * port (ct helper set on a new connection), else never.
	 */
	f = &x->flows[x->n++];
	memset(f, 0, sizeof(*f));
	f->family = pm->family;
	f->proto = pm->proto;
	f->attached = pm->dport == XP_SIP_PORT;
	memcpy(f->orig, pm->src, 16);
	memcpy(f->resp, pm->dst, 16);
	f->oport = pm->sport;
	f->rport = pm->dport;
	return f;
}

static struct xp_ev *xp_sip_ev(struct xp_sip *x, enum xp_kind kind,
			       const char *what, const char *why)
{
	struct xp_ev *e = xp_add(x->l, x->frame, "sip", kind, x->name);

	snprintf(e->what, sizeof(e->what), "%s", what);
	if (why)
		snprintf(e->before, sizeof(e->before), "%s", why);
	return e;
}

static void xp_sip_expect(struct xp_sip *x, unsigned int cls,
			  const char *what, const u8 *to, u16 port, bool any)
{
	struct xp_ev *e = xp_sip_ev(x, XP_EXPECT, what, NULL);

	(void)cls;
	e->family = x->pm->family;
	e->l4proto = cls ? IPPROTO_UDP : x->pm->proto;
	e->from_any = any;
	if (!any)
		memcpy(e->from, x->receiver, 16);
	memcpy(e->to, to, 16);
	e->port = port;
}

/* "INVITE", or "200/INVITE" for a response: the start line's words. */
static void xp_sip_name(struct xp_sip *x, const u8 *buf,
			const struct nfh_sip_msg *m)
{
	size_t i, n = 0, cap = sizeof(x->name) - 1;

	if (!m->is_request) {
		n = snprintf(x->name, sizeof(x->name), "%u/", m->status);
		for (i = 0; i < m->cseq_tok.len && buf[m->cseq_tok.off + i] != ' '; i++)
			;
		while (i < m->cseq_tok.len && buf[m->cseq_tok.off + i] == ' ')
			i++;
		for (; i < m->cseq_tok.len && n < cap; i++)
			x->name[n++] = buf[m->cseq_tok.off + i];
	} else {
		for (i = 0; buf[i] != ' ' && i < m->msg_len && n < cap; i++)
			x->name[n++] = buf[i];
	}
	x->name[n] = 0;
}

static bool xp_sip_offer(const struct nfh_sip_msg *m)
{
	if (m->is_request)
		return m->method == NFH_SIP_M_INVITE || m->method == NFH_SIP_M_ACK ||
		       m->method == NFH_SIP_M_PRACK || m->method == NFH_SIP_M_UPDATE;
	return m->status < 300 && (m->cseq_method == NFH_SIP_M_INVITE ||
				   m->cseq_method == NFH_SIP_M_PRACK ||
				   m->cseq_method == NFH_SIP_M_UPDATE);
}

/* nfh_sip_register(): the pinhole for requests to a registered phone. */
static void xp_sip_register(struct xp_sip *x, const struct nfh_sip_msg *m)
{
	const struct nfh_sip_hostport *hp;
	u32 granted = 3600;
	u16 p;

	if (x->f->pinhole || !m->n_contact || m->contact_star ||
	    !m->contact[0].uri.has_host)
		return;
	if (m->contact[0].has_expires)
		granted = m->contact[0].expires;
	else if (m->has_expires)
		granted = m->expires;
	hp = &m->contact[0].uri.hp;
	if (!granted || hp->family != x->pm->family ||
	    memcmp(hp->addr, x->sender, 16))
		return;
	p = hp->port.len ? hp->port_val :
	    m->contact[0].uri.scheme == NFH_SIP_URI_SIPS ?
	    NFH_SIP_DEFAULT_TLS_PORT : NFH_SIP_DEFAULT_PORT;
	if (x->nat && p != x->pm->sport)
		return;
	x->f->pinhole = true;
	xp_sip_expect(x, 0, "signalling", x->nat ? x->public : hp->addr, p,
		      false);
}

/* nfh_sip_expect_media(): RTP and RTCP of one m= line. */
static void xp_sip_media(struct xp_sip *x, const struct nfh_sip_media *md,
			 struct nfh_sip_media_ports *mp, bool bypassed)
{
	unsigned int cls = md->type == NFH_SIP_MEDIA_AUDIO ? 1 :
			   md->type == NFH_SIP_MEDIA_VIDEO ? 2 : 3;
	const u8 *to = md->rtp.addr;
	bool translate = false;
	char what[32];

	if (md->disabled || md->rtp.family != x->pm->family || !md->rtp.tok.len)
		return;
	switch (nfh_sip_media_to(md, x->pm->family, x->sender, x->public,
				 x->nat)) {
	case NFH_SIP_TO_SENDER:
		translate = x->nat && memcmp(x->sender, x->public, 16);
		break;
	case NFH_SIP_TO_PUBLIC:
		to = x->sender;
		translate = true;
		bypassed = true;
		break;
	case NFH_SIP_TO_OTHER:
		xp_sip_ev(x, XP_REFUSE, "media_skipped",
			  "media to a third host (sip_direct_media=1)");
		return;
	}
	/* the NAT half moves them to the public address, same ports if free */
	if (translate)
		to = x->public;
	if (translate && !bypassed)
		mp->rtp = md->port;
	snprintf(what, sizeof(what), "%s rtp", class_name[cls]);
	xp_sip_expect(x, cls, what, to, md->port, false);
	if (md->rtcp_mux)
		return;
	snprintf(what, sizeof(what), "%s rtcp", class_name[cls]);
	xp_sip_expect(x, cls, what, to, md->rtcp_port, false);
}

/* The edits of the planner, each as before and after text. */
static void xp_sip_rewrite(struct xp_sip *x, const u8 *buf,
			   const struct nfh_sip_msg *m,
			   const struct nfh_sip_sdp *s,
			   const struct nfh_sip_xlat *xl)
{
	static const char *const part[] = {
		[NFH_SIP_EK_HOST] = "sip host", [NFH_SIP_EK_PORT] = "sip port",
		[NFH_SIP_EK_SDP_ADDR] = "sdp address",
		[NFH_SIP_EK_SDP_PORT] = "sdp port",
		[NFH_SIP_EK_CLEN] = "content-length",
	};
	static const char *const bypass[] = {
		"bypass_ice", "bypass_sdp_public", "bypass_contact_public",
		"bypass_via_public",
	};
	struct nfh_sip_edit edit[NFH_SIP_EDITS_MAX(XP_SIP_MEDIA)];
	u8 rbuf[NFH_SIP_RBUF_MAX(XP_SIP_MEDIA)];
	struct nfh_sip_plan p = {
		.edit = edit, .edit_cap = ARRAY_SIZE(edit),
		.rbuf = rbuf, .rbuf_cap = sizeof(rbuf),
	};
	enum nfh_sip_result r;
	unsigned int i;
	char err[32];

	r = nfh_sip_plan(m, s, xl, &p);
	if (r != NFH_SIP_OK) {
		snprintf(err, sizeof(err), "error_%s", nfh_sip_result_name(r));
		xp_sip_ev(x, XP_REFUSE, err, "no rewrite planned");
		return;
	}
	for (i = 0; i < ARRAY_SIZE(bypass); i++)
		if (p.bypass & (1u << i))
			xp_sip_ev(x, XP_NOTE, bypass[i],
				  "NAT-aware endpoint: left as it is");
	for (i = 0; i < p.n_edit; i++) {
		const struct nfh_sip_edit *e = &edit[i];
		struct xp_ev *ev = xp_sip_ev(x, XP_REWRITE, "rewritten", NULL);

		if (e->kind < ARRAY_SIZE(part))
			snprintf(ev->part, sizeof(ev->part), "%s", part[e->kind]);
		snprintf(ev->before, sizeof(ev->before), "%.*s", (int)e->len,
			 (const char *)buf + e->off);
		snprintf(ev->after, sizeof(ev->after), "%.*s", (int)e->rlen,
			 (const char *)rbuf + e->roff);
	}
}

/* What NAT changed on this flow, as nfh_sip_build_xlat() sees it. */
static void xp_sip_xlat(struct xp_sip *x, struct nfh_sip_xlat *xl)
{
	struct nfh_sip_map *mp = &xl->map[0];
	const struct xp_sip_flow *f = x->f;

	xl->n_map = 1;
	mp->family = f->family;
	mp->old_port = f->oport;
	mp->new_port = f->oport;
	/* the originator's address became --nat ADDR; replies the reverse */
	memcpy(x->from_orig ? mp->old_addr : mp->new_addr, f->orig, 16);
	memcpy(x->from_orig ? mp->new_addr : mp->old_addr, x->o->nat_addr, 16);
}

static void xp_sip_msg(void *ctx, const struct sip_pcap_msg *pm)
{
	struct xp_sip *x = ctx;
	struct nfh_sip_media media[XP_SIP_MEDIA];
	struct nfh_sip_media_ports mports[XP_SIP_MEDIA];
	struct nfh_sip_sdp s = { .media = media, .media_cap = XP_SIP_MEDIA };
	struct nfh_sip_xlat xl = { 0 };
	struct nfh_sip_msg m;
	enum nfh_sip_result r;
	bool have_sdp = false;
	char err[32];
	unsigned int i;

	x->f = xp_sip_flow(x, pm);
	if (!x->f->attached)
		return;
	x->pm = pm;
	x->frame = pm->frame;
	x->from_orig = pm->sport == x->f->oport && !memcmp(pm->src, x->f->orig, 16);
	x->nat = x->o->nat_family == pm->family;
	x->sender = pm->src;
	x->receiver = pm->dst;
	/* the address the far side sees the sender as */
	x->public = x->nat && x->from_orig ? x->o->nat_addr : pm->src;
	snprintf(x->name, sizeof(x->name), "-");
	r = nfh_sip_parse(pm->data, pm->len, pm->family,
			  pm->proto == IPPROTO_TCP ? NFH_SIP_TCP : NFH_SIP_UDP,
			  &m);
	if (r == NFH_SIP_KEEPALIVE)
		return;
	if (r != NFH_SIP_OK) {
		snprintf(err, sizeof(err), "error_%s", nfh_sip_result_name(r));
		xp_sip_ev(x, XP_REFUSE, err, "not parsed: passed unmodified");
		return;
	}
	xp_sip_name(x, pm->data, &m);
	if (m.body_is_sdp && m.body_len && xp_sip_offer(&m)) {
		r = nfh_sip_sdp_parse(pm->data, m.body_off,
				      m.body_off + m.body_len, pm->family, &s);
		if (r != NFH_SIP_OK) {
			snprintf(err, sizeof(err), "error_%s",
				 nfh_sip_result_name(r));
			xp_sip_ev(x, XP_REFUSE, err,
				  "broken offer: opens nothing, not rewritten");
			return;
		}
		have_sdp = true;
	}
	if (m.is_request && (m.method == NFH_SIP_M_BYE ||
			     m.method == NFH_SIP_M_CANCEL))
		xp_sip_ev(x, XP_NOTE, "expect_removed",
			  "the flow's media expectations are removed");
	else if (!m.is_request && m.cseq_method == NFH_SIP_M_INVITE &&
		 m.status >= 300)
		xp_sip_ev(x, XP_NOTE, "expect_removed",
			  "call failed: the flow's media expectations are removed");
	else if (m.is_request && m.method == NFH_SIP_M_REGISTER)
		xp_sip_register(x, &m);

	if (x->nat) {
		xp_sip_xlat(x, &xl);
		xl.flags = 0;	/* nat_aware_bypass=1 */
	}
	memset(mports, 0, sizeof(mports));
	for (i = 0; have_sdp && i < s.n_media; i++)
		xp_sip_media(x, &media[i], &mports[i],
			     x->nat && nfh_sip_media_bypass(&xl, &media[i]));
	if (!x->nat)
		return;
	xl.media = mports;
	xl.n_media = have_sdp ? s.n_media : 0;
	xl.classes = nfh_sip_default_classes(&m);
	xp_sip_rewrite(x, pm->data, &m, have_sdp ? &s : NULL, &xl);
}

int explain_sip(const char *path, const struct xp_opts *o, struct xp_list *l)
{
	struct xp_sip x = { .o = o, .l = l };
	struct sip_pcap c;
	int r;

	r = sip_pcap_walk(path, &c, xp_sip_msg, &x);
	sip_pcap_free(&c);
	free(x.flows);
	return r ? -1 : 0;
}
