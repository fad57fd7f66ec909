/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sip_prop.h - the rewrite property, shared by the unit, corpus and fuzz
 * programs.  For one message:
 *
 *   parse (+ SDP); pick the message's own address (topmost Via sent-by,
 *   else a Contact, else SDP c=) as "private", map it to 203.0.113.7 or
 *   2001:db8::7 and media ports to port + 1000 (port - 1000 where that
 *   would pass 65535); plan; apply; re-parse the result, and check:
 *
 *   - the plan: sorted, non-overlapping, every edit exactly on an address
 *     or port token the parser reported (or a ":port" inserted right after
 *     a host), its old text the old address/port, its new text the new one;
 *   - the result parses, same start line, same headers counted, Call-ID,
 *     CSeq, every Via branch and every byte outside the edits unchanged,
 *     Content-Length equal to the body, SDP with the same media lines;
 *   - no token of a rewritten class still holds the private address
 *     (unless a bypass said why), media ports moved as asked;
 *   - planning the result again with the same translation: no edits.
 *
 * Three modes: 0 any port, addresses only; 1 the Via port moves too
 * (61000); 2 as 1 with bypasses switched off.
 */
#ifndef _NFH_SIP_PROP_H
#define _NFH_SIP_PROP_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../nf_conntrack_sip/sip_parse.h"

#define SIP_PROP_MEDIA_MAX 32
#define SIP_PROP_EDIT_MAX NFH_SIP_EDITS_MAX(SIP_PROP_MEDIA_MAX)
#define SIP_PROP_MODES 3

static const u8 sip_prop_pub4[16] = { 203, 0, 113, 7 };
static const u8 sip_prop_pub6[16] = { 0x20, 0x01, 0x0d, 0xb8, [15] = 7 };

struct sip_prop {
	/* results */
	enum nfh_sip_result res;	/* message parse */
	enum nfh_sip_result sdp_res;	/* SDP parse (OK if none) */
	enum nfh_sip_result plan_res;
	bool has_sdp, has_addr;
	unsigned int n_edit;
	u32 bypass;
	char why[256];			/* a violation, "" if none */
	/* scratch */
	struct nfh_sip_msg m, m2;
	struct nfh_sip_media media[SIP_PROP_MEDIA_MAX];
	struct nfh_sip_media media2[SIP_PROP_MEDIA_MAX];
	struct nfh_sip_sdp sdp, sdp2;
	struct nfh_sip_edit edit[SIP_PROP_EDIT_MAX];
	u8 rbuf[NFH_SIP_RBUF_MAX(SIP_PROP_MEDIA_MAX)];
	struct nfh_sip_media_ports ports[SIP_PROP_MEDIA_MAX];
	struct nfh_sip_xlat x;
	struct nfh_sip_plan plan;
	u8 out[NFH_SIP_MSG_MAX + 4096];
	size_t out_len;
	/* the first plan, as it was before the idempotence re-plan reused
	 * plan, edit and rbuf: its edits edit1[], its texts rbuf1[] */
	struct nfh_sip_plan plan1;
	struct nfh_sip_edit edit1[SIP_PROP_EDIT_MAX];
	u8 rbuf1[NFH_SIP_RBUF_MAX(SIP_PROP_MEDIA_MAX)];
};

#define PROP_FAIL(pr, ...) do {						\
	snprintf((pr)->why, sizeof((pr)->why), __VA_ARGS__);		\
	return false;							\
} while (0)

static bool sp_tok_eq(const u8 *a, const struct nfh_sip_tok *ta,
		      const u8 *b, const struct nfh_sip_tok *tb)
{
	return ta->len == tb->len && !memcmp(a + ta->off, b + tb->off, ta->len);
}

static u16 sip_prop_port_map(u16 port, u16 count)
{
	u32 span = 2 * (u32)(count ? count - 1 : 0) + 1;

	if (!port)
		return 0;
	if (port + 1000 + span <= 65535)
		return port + 1000;
	return port > 1000 ? port - 1000 : 0;
}

/* Every token an edit may sit on: @off/@len, @kind, @ins (insertion). */
static bool sp_known(const struct sip_prop *pr, const struct nfh_sip_edit *e)
{
	const struct nfh_sip_msg *m = &pr->m;
	const struct nfh_sip_hostport *hps[4 + NFH_SIP_CONTACT_MAX];
	unsigned int n = 0, i;

	if (e->kind == NFH_SIP_EK_CLEN)
		return m->has_clen && e->off == m->clen_tok.off &&
		       e->len == m->clen_tok.len;
	if (e->kind == NFH_SIP_EK_HOST || e->kind == NFH_SIP_EK_PORT) {
		if (m->is_request && m->ruri.has_host)
			hps[n++] = &m->ruri.hp;
		if (m->n_via)
			hps[n++] = &m->via[0].sent_by;
		if (m->has_from && m->from.has_host)
			hps[n++] = &m->from.hp;
		if (m->has_to && m->to.has_host)
			hps[n++] = &m->to.hp;
		for (i = 0; i < m->n_contact; i++)
			if (m->contact[i].uri.has_host)
				hps[n++] = &m->contact[i].uri.hp;
		for (i = 0; i < n; i++) {
			const struct nfh_sip_hostport *h = hps[i];

			if (e->kind == NFH_SIP_EK_HOST &&
			    e->off == h->host.off && e->len == h->host.len)
				return true;
			if (e->kind == NFH_SIP_EK_PORT && h->port.len &&
			    e->off == h->port.off && e->len == h->port.len)
				return true;
			if (e->kind == NFH_SIP_EK_PORT && !h->port.len &&
			    !e->len &&
			    e->off == h->host.off + h->host.len + h->bracketed)
				return true;
		}
		if (m->n_via) {
			const struct nfh_sip_via *v = &m->via[0];

			if (e->kind == NFH_SIP_EK_HOST && v->has_received &&
			    e->off == v->received.host.off &&
			    e->len == v->received.host.len)
				return true;
			if (e->kind == NFH_SIP_EK_HOST && v->has_maddr &&
			    e->off == v->maddr.host.off &&
			    e->len == v->maddr.host.len)
				return true;
			if (e->kind == NFH_SIP_EK_PORT && v->rport.len &&
			    e->off == v->rport.off && e->len == v->rport.len)
				return true;
		}
		return false;
	}
	if (!pr->has_sdp)
		return false;
	if (e->kind == NFH_SIP_EK_SDP_ADDR) {
		if ((e->off == pr->sdp.o.tok.off && e->len == pr->sdp.o.tok.len) ||
		    (e->off == pr->sdp.c.tok.off && e->len == pr->sdp.c.tok.len))
			return e->len > 0;
		for (i = 0; i < pr->sdp.n_media; i++) {
			const struct nfh_sip_media *md = &pr->sdp.media[i];

			if ((md->c.tok.len && e->off == md->c.tok.off &&
			     e->len == md->c.tok.len) ||
			    (md->rtcp_addr.tok.len &&
			     e->off == md->rtcp_addr.tok.off &&
			     e->len == md->rtcp_addr.tok.len))
				return true;
		}
		return false;
	}
	for (i = 0; i < pr->sdp.n_media; i++) {
		const struct nfh_sip_media *md = &pr->sdp.media[i];

		if ((e->off == md->port_tok.off && e->len == md->port_tok.len) ||
		    (md->rtcp_port_tok.len && e->off == md->rtcp_port_tok.off &&
		     e->len == md->rtcp_port_tok.len))
			return true;
	}
	return false;
}

/* Old and new text of an edit: an address of the mapping, or a port. */
static bool sp_edit_text(const struct sip_prop *pr, const u8 *buf,
			 const struct nfh_sip_edit *e)
{
	const u8 *nt = pr->plan.rbuf + e->roff;
	const struct nfh_sip_map *mp = &pr->x.map[0];
	u8 a[16];
	size_t i;

	switch (e->kind) {
	case NFH_SIP_EK_HOST:
		/* a bare IPv6 host comes back bracketed, maybe with ":port" */
		if (e->rlen > 2 && nt[0] == '[') {
			const u8 *rb = memchr(nt, ']', e->rlen);

			if (!rb || mp->family != AF_INET6 ||
			    nfh_parse_ipv6(buf + e->off, e->len, a) ||
			    memcmp(a, mp->old_addr, 16) ||
			    nfh_parse_ipv6(nt + 1, rb - nt - 1, a) ||
			    memcmp(a, mp->new_addr, 16))
				return false;
			i = rb - nt + 1;
			if (i == e->rlen)
				return true;
			if (nt[i] != ':' || i + 1 == e->rlen)
				return false;
			for (i++; i < e->rlen; i++)
				if (!nfh_isdigit(nt[i]))
					return false;
			return true;
		}
		fallthrough;
	case NFH_SIP_EK_SDP_ADDR:
		if (mp->family == AF_INET6 ?
		    nfh_parse_ipv6(buf + e->off, e->len, a) ||
		    memcmp(a, mp->old_addr, 16) ||
		    nfh_parse_ipv6(nt, e->rlen, a) ||
		    memcmp(a, mp->new_addr, 16) :
		    nfh_parse_ipv4(buf + e->off, e->len, a) ||
		    memcmp(a, mp->old_addr, 4) ||
		    nfh_parse_ipv4(nt, e->rlen, a) ||
		    memcmp(a, mp->new_addr, 4))
			return false;
		return true;
	default:
		i = 0;
		if (e->kind == NFH_SIP_EK_PORT && !e->len) {
			if (!e->rlen || nt[0] != ':')
				return false;
			i = 1;
		}
		if (e->rlen <= i || e->rlen - i > 10)
			return false;
		for (; i < e->rlen; i++)
			if (!nfh_isdigit(nt[i]))
				return false;
		for (i = 0; i < e->len; i++)
			if (!nfh_isdigit(buf[e->off + i]))
				return false;
		return true;
	}
}

/* The address the property treats as private, or false if none. */
static bool sp_pick(struct sip_prop *pr, u8 *family, u8 *addr, u16 *port)
{
	const struct nfh_sip_msg *m = &pr->m;
	unsigned int i;

	if (m->n_via && m->via[0].sent_by.family) {
		*family = m->via[0].sent_by.family;
		memcpy(addr, m->via[0].sent_by.addr, 16);
		*port = m->via[0].sent_by.port.len ?
			m->via[0].sent_by.port_val : NFH_SIP_DEFAULT_PORT;
		return true;
	}
	for (i = 0; i < m->n_contact; i++) {
		const struct nfh_sip_uri *u = &m->contact[i].uri;

		if (u->has_host && u->hp.family) {
			*family = u->hp.family;
			memcpy(addr, u->hp.addr, 16);
			*port = u->hp.port.len ? u->hp.port_val :
				NFH_SIP_DEFAULT_PORT;
			return true;
		}
	}
	if (pr->has_sdp && pr->sdp.c.family) {
		*family = pr->sdp.c.family;
		memcpy(addr, pr->sdp.c.addr, 16);
		*port = 0;
		return true;
	}
	for (i = 0; pr->has_sdp && i < pr->sdp.n_media; i++) {
		if (pr->sdp.media[i].rtp.family) {
			*family = pr->sdp.media[i].rtp.family;
			memcpy(addr, pr->sdp.media[i].rtp.addr, 16);
			*port = 0;
			return true;
		}
	}
	return false;
}

static bool sp_hp_is(const struct nfh_sip_hostport *h,
		     const struct nfh_sip_map *mp)
{
	return h->family == mp->family &&
	       !memcmp(h->addr, mp->old_addr, mp->family == AF_INET6 ? 16 : 4);
}

static bool sp_sa_is(const struct nfh_sip_sdp_addr *a,
		     const struct nfh_sip_map *mp, bool want_new)
{
	return a->tok.len && a->family == mp->family &&
	       !memcmp(a->addr, want_new ? mp->new_addr : mp->old_addr,
		       mp->family == AF_INET6 ? 16 : 4);
}

/* Checks on the re-parsed result. */
static bool sp_check_result(struct sip_prop *pr, const u8 *buf, int mode)
{
	const struct nfh_sip_msg *a = &pr->m, *b = &pr->m2;
	const struct nfh_sip_map *mp = &pr->x.map[0];
	const u8 *o = pr->out;
	unsigned int i;

	if (a->is_request != b->is_request || a->method != b->method ||
	    a->status != b->status || a->n_headers != b->n_headers ||
	    a->via_total != b->via_total || a->n_contact != b->n_contact ||
	    a->contact_star != b->contact_star || a->has_clen != b->has_clen ||
	    a->body_is_sdp != b->body_is_sdp || a->cseq != b->cseq ||
	    a->cseq_method != b->cseq_method || a->expires != b->expires)
		PROP_FAIL(pr, "result: start line or header counts changed");
	if (a->has_callid && !sp_tok_eq(buf, &a->callid, o, &b->callid))
		PROP_FAIL(pr, "result: Call-ID changed");
	if (a->has_cseq && !sp_tok_eq(buf, &a->cseq_tok, o, &b->cseq_tok))
		PROP_FAIL(pr, "result: CSeq changed");
	for (i = 0; i < a->n_via; i++)
		if (!sp_tok_eq(buf, &a->via[i].branch, o, &b->via[i].branch))
			PROP_FAIL(pr, "result: Via %u branch changed", i);
	if (b->has_clen && b->clen != b->body_len)
		PROP_FAIL(pr, "result: Content-Length %u, body %u", b->clen,
			  b->body_len);
	if (!pr->has_sdp)
		goto leaks;
	if (pr->sdp2.n_media != pr->sdp.n_media)
		PROP_FAIL(pr, "result: %u media lines, was %u",
			  pr->sdp2.n_media, pr->sdp.n_media);
	for (i = 0; i < pr->sdp.n_media; i++) {
		const struct nfh_sip_media *x = &pr->sdp.media[i];
		const struct nfh_sip_media *y = &pr->sdp2.media[i];
		u16 want;

		if (x->type != y->type || x->port_count != y->port_count ||
		    x->direction != y->direction ||
		    x->rtcp_mux != y->rtcp_mux ||
		    x->n_candidates != y->n_candidates ||
		    !sp_tok_eq(buf, &x->proto, o, &y->proto) ||
		    !sp_tok_eq(buf, &x->fmts, o, &y->fmts))
			PROP_FAIL(pr, "result: media %u changed shape", i);
		/* media ports moved as asked, or not at all */
		/* as the planner decides: ICE, then already public, then ours */
		want = x->port;
		if (!x->disabled && pr->ports[i].rtp) {
			bool is_old = sp_sa_is(&x->rtp, mp, false);
			bool is_new = sp_sa_is(&x->rtp, mp, true);

			if (mode == 2 ? is_old || is_new :
			    is_old && !is_new && !x->n_candidates)
				want = pr->ports[i].rtp;
		}
		if (y->port != want)
			PROP_FAIL(pr, "result: media %u port %u, want %u", i,
				  y->port, want);
		if (!(pr->bypass & NFH_SIP_BYPASS_ICE) || mode == 2) {
			if (sp_sa_is(&y->rtp, mp, false) &&
			    memcmp(mp->old_addr, mp->new_addr, 16))
				PROP_FAIL(pr, "leak: media %u address", i);
		}
	}
	if (sp_sa_is(&pr->sdp2.o, mp, false) &&
	    memcmp(mp->old_addr, mp->new_addr, 16))
		PROP_FAIL(pr, "leak: o= address");
leaks:
	/* mode 0 maps every port: nothing of the private address is left
	 * (unless it already was the public one) */
	if (mode != 0 || !memcmp(mp->old_addr, mp->new_addr, 16))
		return true;
	if (b->n_via && sp_hp_is(&b->via[0].sent_by, mp))
		PROP_FAIL(pr, "leak: Via sent-by");
	for (i = 0; i < b->n_contact; i++)
		if (b->contact[i].uri.has_host &&
		    sp_hp_is(&b->contact[i].uri.hp, mp))
			PROP_FAIL(pr, "leak: Contact %u", i);
	if (b->has_from && b->from.has_host && sp_hp_is(&b->from.hp, mp))
		PROP_FAIL(pr, "leak: From");
	if (b->has_to && b->to.has_host && sp_hp_is(&b->to.hp, mp))
		PROP_FAIL(pr, "leak: To");
	if (b->is_request && b->ruri.has_host && sp_hp_is(&b->ruri.hp, mp))
		PROP_FAIL(pr, "leak: Request-URI");
	return true;
}

/*
 * Run the property on one message in @mode.  true: it holds (or the message
 * is rejected: see pr->res / pr->sdp_res); false: pr->why says what broke.
 */
static bool sip_prop_run(struct sip_prop *pr, const u8 *buf, size_t len,
			 u8 family, enum nfh_sip_transport t, int mode)
{
	enum nfh_sip_result r;
	unsigned int i;
	u16 port = 0;
	u8 fam = 0, addr[16] = { 0 };
	size_t flen;

	pr->why[0] = 0;
	pr->has_sdp = false;
	pr->has_addr = false;
	pr->n_edit = 0;
	pr->bypass = 0;
	pr->sdp_res = NFH_SIP_OK;
	pr->plan_res = NFH_SIP_OK;
	pr->res = nfh_sip_parse(buf, len, family, t, &pr->m);
	if (pr->res != NFH_SIP_OK)
		return true;
	if (pr->m.msg_len != len || pr->m.body_off + pr->m.body_len != len)
		PROP_FAIL(pr, "parse: lengths do not add up");
	if (t == NFH_SIP_TCP) {
		/* leading CR LFs frame as a keep-alive, then the message */
		size_t skip = 0;

		r = nfh_sip_tcp_frame(buf, len, len + 1, &flen);
		if (r == NFH_SIP_KEEPALIVE) {
			skip = flen;
			r = nfh_sip_tcp_frame(buf + skip, len - skip, len + 1,
					      &flen);
		}
		if (r != NFH_SIP_OK || skip + flen != len)
			PROP_FAIL(pr, "frame: %s, %zu+%zu of %zu",
				  nfh_sip_result_name(r), skip, flen, len);
	}
	if (pr->m.body_is_sdp && pr->m.body_len) {
		pr->sdp.media = pr->media;
		pr->sdp.media_cap = SIP_PROP_MEDIA_MAX;
		pr->sdp_res = nfh_sip_sdp_parse(buf, pr->m.body_off, len,
						family, &pr->sdp);
		if (pr->sdp_res != NFH_SIP_OK)
			return true;
		pr->has_sdp = true;
	}
	memset(&pr->x, 0, sizeof(pr->x));
	pr->has_addr = sp_pick(pr, &fam, addr, &port);
	if (!pr->has_addr) {
		/* still plan: a mapping of an address nowhere in it */
		fam = family == AF_INET6 ? AF_INET6 : AF_INET;
		addr[0] = fam == AF_INET6 ? 0xfd : 10;
		addr[1] = 0x77;
	}
	pr->x.n_map = 1;
	pr->x.map[0].family = fam;
	memcpy(pr->x.map[0].old_addr, addr, 16);
	memcpy(pr->x.map[0].new_addr,
	       fam == AF_INET6 ? sip_prop_pub6 : sip_prop_pub4, 16);
	if (mode >= 1 && port) {
		pr->x.map[0].old_port = port;
		pr->x.map[0].new_port = port == 61000 ? 61001 : 61000;
	}
	if (mode == 2)
		pr->x.flags = NFH_SIP_XF_NO_BYPASS;
	pr->x.classes = nfh_sip_default_classes(&pr->m);
	memset(pr->ports, 0, sizeof(pr->ports));
	for (i = 0; pr->has_sdp && i < pr->sdp.n_media; i++) {
		const struct nfh_sip_media *md = &pr->sdp.media[i];

		pr->ports[i].rtp = sip_prop_port_map(md->port, md->port_count);
		if (md->rtcp_explicit)
			pr->ports[i].rtcp = sip_prop_port_map(md->rtcp_port, 1);
	}
	pr->x.media = pr->ports;
	pr->x.n_media = pr->has_sdp ? pr->sdp.n_media : 0;
	pr->plan.edit = pr->edit;
	pr->plan.edit_cap = SIP_PROP_EDIT_MAX;
	pr->plan.rbuf = pr->rbuf;
	pr->plan.rbuf_cap = sizeof(pr->rbuf);
	pr->plan_res = nfh_sip_plan(&pr->m, pr->has_sdp ? &pr->sdp : NULL,
				    &pr->x, &pr->plan);
	if (pr->plan_res != NFH_SIP_OK)
		PROP_FAIL(pr, "plan: %s", nfh_sip_result_name(pr->plan_res));
	pr->n_edit = pr->plan.n_edit;
	pr->bypass = pr->plan.bypass;
	for (i = 0; i < pr->plan.n_edit; i++) {
		const struct nfh_sip_edit *e = &pr->edit[i];

		if (i && pr->edit[i - 1].off + pr->edit[i - 1].len > e->off)
			PROP_FAIL(pr, "plan: edits %u and %u overlap", i - 1, i);
		if (!sp_known(pr, e))
			PROP_FAIL(pr, "plan: edit %u (kind %u at %u+%u) is on "
				  "no address/port token", i, e->kind, e->off,
				  e->len);
		if (!sp_edit_text(pr, buf, e))
			PROP_FAIL(pr, "plan: edit %u (kind %u) '%.*s' -> "
				  "'%.*s' is not a mapped token", i, e->kind,
				  (int)e->len, buf + e->off, (int)e->rlen,
				  pr->plan.rbuf + e->roff);
	}
	pr->plan1 = pr->plan;
	memcpy(pr->edit1, pr->edit, pr->plan.n_edit * sizeof(*pr->edit));
	memcpy(pr->rbuf1, pr->rbuf, pr->plan.rbuf_len);
	r = nfh_sip_apply(buf, len, &pr->plan, pr->out, sizeof(pr->out),
			  &pr->out_len);
	if (r != NFH_SIP_OK)
		PROP_FAIL(pr, "apply: %s", nfh_sip_result_name(r));
	if ((long)pr->out_len != (long)len + pr->plan.delta)
		PROP_FAIL(pr, "apply: length %zu, want %ld", pr->out_len,
			  (long)len + pr->plan.delta);
	r = nfh_sip_parse(pr->out, pr->out_len, family, t, &pr->m2);
	if (r != NFH_SIP_OK)
		PROP_FAIL(pr, "result does not parse: %s",
			  nfh_sip_result_name(r));
	if (pr->has_sdp) {
		pr->sdp2.media = pr->media2;
		pr->sdp2.media_cap = SIP_PROP_MEDIA_MAX;
		r = nfh_sip_sdp_parse(pr->out, pr->m2.body_off, pr->out_len,
				      family, &pr->sdp2);
		if (r != NFH_SIP_OK)
			PROP_FAIL(pr, "result SDP does not parse: %s",
				  nfh_sip_result_name(r));
	}
	if (!sp_check_result(pr, buf, mode))
		return false;
	/* idempotent: nothing left to translate */
	pr->plan.edit = pr->edit;
	r = nfh_sip_plan(&pr->m2, pr->has_sdp ? &pr->sdp2 : NULL, &pr->x,
			 &pr->plan);
	if (r != NFH_SIP_OK)
		PROP_FAIL(pr, "re-plan: %s", nfh_sip_result_name(r));
	if (mode == 0 && pr->plan.n_edit)
		PROP_FAIL(pr, "re-plan: %u edits left (first at %u)",
			  pr->plan.n_edit, pr->edit[0].off);
	return true;
}

#endif /* _NFH_SIP_PROP_H */
