// SPDX-License-Identifier: GPL-2.0
/*
 * SIP NAT edit planner: from a parsed message, its SDP and a translation,
 * the list of (offset, length, replacement) edits a NAT applies.
 *
 * Edits cover only address and port tokens and the Content-Length digits;
 * they come out sorted by offset and never overlap.  The kernel glue hands
 * them to the NAT core (nf_nat_mangle_*); nfh_sip_apply() does the same in
 * userspace for tests and tools.  See Documentation/sip.rst for the rules.
 */
#include "sip_parse.h"
#include "nfh_text.h"

/* ---- edit list ---- */

struct nfh_sip_planner {
	const struct nfh_sip_msg *m;
	const struct nfh_sip_xlat *x;
	struct nfh_sip_plan *p;
	bool no_bypass;
};

static enum nfh_sip_result nfh_sip_add_edit(struct nfh_sip_planner *pl, u32 off,
					    u32 len, const char *repl,
					    size_t rlen, u8 kind)
{
	struct nfh_sip_plan *p = pl->p;
	struct nfh_sip_edit *e;

	if (p->n_edit >= p->edit_cap || rlen > p->rbuf_cap - p->rbuf_len)
		return NFH_SIP_ENOSPC;
	e = &p->edit[p->n_edit++];
	e->off = off;
	e->len = len;
	e->roff = p->rbuf_len;
	e->rlen = rlen;
	e->kind = kind;
	memcpy(p->rbuf + p->rbuf_len, repl, rlen);
	p->rbuf_len += rlen;
	p->delta += (long)rlen - (long)len;
	return NFH_SIP_OK;
}

static const struct nfh_sip_map *nfh_sip_find_map(const struct nfh_sip_xlat *x,
						  u8 family, const u8 *addr,
						  bool want_new)
{
	unsigned int i;

	for (i = 0; i < x->n_map && i < NFH_SIP_MAP_MAX; i++) {
		const struct nfh_sip_map *mp = &x->map[i];

		if (mp->family == family &&
		    !memcmp(want_new ? mp->new_addr : mp->old_addr, addr,
			    nfh_addr_len(family)))
			return mp;
	}
	return NULL;
}

/*
 * host[:port] of a SIP header or URI.  Matches a mapping when the address
 * is its old address and (the mapping names no port, or) the port, given
 * or @defport, is its old port.  Writes the new address, the new port in
 * place of the old digits, or ":port" after the host when none was given.
 */
static enum nfh_sip_result
nfh_sip_map_hostport(struct nfh_sip_planner *pl,
		     const struct nfh_sip_hostport *hp, u16 defport,
		     u32 public_bit)
{
	const struct nfh_sip_map *mp;
	char txt[NFH_TEXT_ADDR_MAX + 8];
	enum nfh_sip_result r;
	u16 port = hp->port.len ? hp->port_val : defport;
	size_t n;

	if (!hp->family)
		return NFH_SIP_OK;
	mp = nfh_sip_find_map(pl->x, hp->family, hp->addr, false);
	if (!mp || (mp->old_port && mp->old_port != port)) {
		if (public_bit &&
		    nfh_sip_find_map(pl->x, hp->family, hp->addr, true))
			pl->p->bypass |= public_bit;
		return NFH_SIP_OK;
	}
	if (hp->bare_v6) {
		/*
		 * Written without the brackets the grammar needs: the new
		 * address gets them, and a new port that was not given goes
		 * into the same edit (after "]", never after a bare address).
		 */
		n = 0;
		txt[n++] = '[';
		n += nfh_put_addr(txt + n, hp->family, mp->new_addr);
		txt[n++] = ']';
		if (mp->new_port && mp->new_port != port && !hp->port.len) {
			txt[n++] = ':';
			n += nfh_put_dec(txt + n, mp->new_port);
		}
		r = nfh_sip_add_edit(pl, hp->host.off, hp->host.len, txt, n,
				     NFH_SIP_EK_HOST);
		if (r != NFH_SIP_OK || !hp->port.len)
			return r;
	} else if (memcmp(mp->old_addr, mp->new_addr,
			  nfh_addr_len(hp->family))) {
		n = nfh_put_addr(txt, hp->family, mp->new_addr);
		r = nfh_sip_add_edit(pl, hp->host.off, hp->host.len, txt, n,
				     NFH_SIP_EK_HOST);
		if (r != NFH_SIP_OK)
			return r;
	}
	if (!mp->new_port || mp->new_port == port)
		return NFH_SIP_OK;
	if (hp->port.len) {
		n = nfh_put_dec(txt, mp->new_port);
		return nfh_sip_add_edit(pl, hp->port.off, hp->port.len, txt, n,
					NFH_SIP_EK_PORT);
	}
	txt[0] = ':';
	n = 1 + nfh_put_dec(txt + 1, mp->new_port);
	return nfh_sip_add_edit(pl, hp->host.off + hp->host.len + hp->bracketed,
				0, txt, n, NFH_SIP_EK_PORT);
}

/* A bare address (Via received=, maddr=): no port. */
static enum nfh_sip_result nfh_sip_map_host(struct nfh_sip_planner *pl,
					    const struct nfh_sip_hostport *hp)
{
	const struct nfh_sip_map *mp;
	char txt[NFH_TEXT_ADDR_MAX];
	size_t n;

	if (!hp->family)
		return NFH_SIP_OK;
	mp = nfh_sip_find_map(pl->x, hp->family, hp->addr, false);
	if (!mp ||
	    !memcmp(mp->old_addr, mp->new_addr, nfh_addr_len(hp->family)))
		return NFH_SIP_OK;
	n = nfh_put_addr(txt, hp->family, mp->new_addr);
	return nfh_sip_add_edit(pl, hp->host.off, hp->host.len, txt, n,
				NFH_SIP_EK_HOST);
}

static u16 nfh_sip_uri_default_port(const struct nfh_sip_uri *u)
{
	return u->scheme == NFH_SIP_URI_SIPS ? NFH_SIP_DEFAULT_TLS_PORT :
					       NFH_SIP_DEFAULT_PORT;
}

static enum nfh_sip_result nfh_sip_map_uri(struct nfh_sip_planner *pl,
					   const struct nfh_sip_uri *u,
					   u32 public_bit)
{
	if (!u->has_host)
		return NFH_SIP_OK;
	return nfh_sip_map_hostport(pl, &u->hp, nfh_sip_uri_default_port(u),
				    public_bit);
}

static enum nfh_sip_result nfh_sip_plan_via(struct nfh_sip_planner *pl, u32 cls)
{
	const struct nfh_sip_via *v = &pl->m->via[0];
	const struct nfh_sip_map *mp;
	enum nfh_sip_result r;
	char txt[8];
	size_t n;

	if (!pl->m->n_via)
		return NFH_SIP_OK;
	if (cls & NFH_SIP_X_VIA) {
		r = nfh_sip_map_hostport(pl, &v->sent_by,
					 v->transport == NFH_SIP_VT_TLS ?
					 NFH_SIP_DEFAULT_TLS_PORT :
					 NFH_SIP_DEFAULT_PORT,
					 NFH_SIP_BYPASS_VIA_PUBLIC);
		if (r != NFH_SIP_OK)
			return r;
		if (v->has_maddr) {
			r = nfh_sip_map_host(pl, &v->maddr);
			if (r != NFH_SIP_OK)
				return r;
		}
	}
	if (!(cls & NFH_SIP_X_VIA_RECEIVED))
		return NFH_SIP_OK;
	if (v->has_received) {
		r = nfh_sip_map_host(pl, &v->received);
		if (r != NFH_SIP_OK)
			return r;
	}
	if (!v->rport.len)
		return NFH_SIP_OK;
	/*
	 * rport=: the mapping whose old port it is, and whose old address
	 * is received= when that is given.
	 */
	if (v->has_received && v->received.family)
		mp = nfh_sip_find_map(pl->x, v->received.family,
				      v->received.addr, false);
	else
		mp = NULL;
	if (!mp && !v->has_received && pl->x->n_map)
		mp = &pl->x->map[0];
	if (!mp || !mp->old_port || !mp->new_port ||
	    mp->old_port != v->rport_val || mp->new_port == v->rport_val)
		return NFH_SIP_OK;
	n = nfh_put_dec(txt, mp->new_port);
	return nfh_sip_add_edit(pl, v->rport.off, v->rport.len, txt, n,
				NFH_SIP_EK_PORT);
}

static enum nfh_sip_result
nfh_sip_map_sdp_addr(struct nfh_sip_planner *pl,
		     const struct nfh_sip_sdp_addr *a)
{
	const struct nfh_sip_map *mp;
	char txt[NFH_TEXT_ADDR_MAX];
	size_t n;

	if (!a->tok.len || !a->family)
		return NFH_SIP_OK;
	mp = nfh_sip_find_map(pl->x, a->family, a->addr, false);
	if (!mp || !memcmp(mp->old_addr, mp->new_addr, nfh_addr_len(a->family)))
		return NFH_SIP_OK;
	n = nfh_put_addr(txt, a->family, mp->new_addr);
	return nfh_sip_add_edit(pl, a->tok.off, a->tok.len, txt, n,
				NFH_SIP_EK_SDP_ADDR);
}

static bool nfh_sip_sdp_addr_is(const struct nfh_sip_xlat *x,
				const struct nfh_sip_sdp_addr *a, bool want_new)
{
	return a->tok.len && a->family &&
	       nfh_sip_find_map(x, a->family, a->addr, want_new);
}

static enum nfh_sip_result nfh_sip_put_port(struct nfh_sip_planner *pl,
					    const struct nfh_sip_tok *t,
					    u16 port)
{
	char txt[8];

	return nfh_sip_add_edit(pl, t->off, t->len, txt, nfh_put_dec(txt, port),
				NFH_SIP_EK_SDP_PORT);
}

/*
 * Why media line @md is left alone, 0 when it is not: the one decision of
 * the NAT-aware bypass, which the kernel glue also asks before it places
 * the line's expectations.
 */
u32 nfh_sip_media_bypass(const struct nfh_sip_xlat *x,
			 const struct nfh_sip_media *md)
{
	if (x->flags & NFH_SIP_XF_NO_BYPASS)
		return 0;
	if (md->n_candidates)
		return NFH_SIP_BYPASS_ICE;
	if (nfh_sip_sdp_addr_is(x, &md->rtp, true))
		return NFH_SIP_BYPASS_SDP_PUBLIC;
	return 0;
}

static enum nfh_sip_result nfh_sip_plan_media(struct nfh_sip_planner *pl,
					      const struct nfh_sip_sdp *s,
					      unsigned int i, u32 cls)
{
	const struct nfh_sip_media *md = &s->media[i];
	const struct nfh_sip_media_ports *mp = NULL;
	enum nfh_sip_result r;
	bool ours;
	u16 rtcp;

	if (cls & NFH_SIP_X_SDP_ADDR) {
		r = nfh_sip_map_sdp_addr(pl, &md->c);
		if (r != NFH_SIP_OK)
			return r;
		if (md->rtcp_addr.tok.len) {
			r = nfh_sip_map_sdp_addr(pl, &md->rtcp_addr);
			if (r != NFH_SIP_OK)
				return r;
		}
	}
	if (!(cls & NFH_SIP_X_SDP_PORT) || md->disabled)
		return NFH_SIP_OK;
	/* ports move only with an address we translate */
	ours = nfh_sip_sdp_addr_is(pl->x, &md->rtp, false) ||
	       (pl->no_bypass && nfh_sip_sdp_addr_is(pl->x, &md->rtp, true));
	if (!ours)
		return NFH_SIP_OK;
	if (pl->x->media && i < pl->x->n_media)
		mp = &pl->x->media[i];
	if (!mp || !mp->rtp || mp->rtp == md->port)
		return NFH_SIP_OK;
	if ((u32)mp->rtp + 2 * (md->port_count - 1) + 1 > 65535)
		return NFH_SIP_EPORTMAP;
	r = nfh_sip_put_port(pl, &md->port_tok, mp->rtp);
	if (r != NFH_SIP_OK)
		return r;
	if (!md->rtcp_explicit)
		return NFH_SIP_OK;
	rtcp = mp->rtcp;
	if (!rtcp && md->rtcp_port == md->port + 1)
		rtcp = mp->rtp + 1;
	if (!rtcp)
		return NFH_SIP_EPORTMAP;
	if (rtcp == md->rtcp_port)
		return NFH_SIP_OK;
	return nfh_sip_put_port(pl, &md->rtcp_port_tok, rtcp);
}

static enum nfh_sip_result nfh_sip_plan_sdp(struct nfh_sip_planner *pl,
					    const struct nfh_sip_sdp *s,
					    u32 cls)
{
	enum nfh_sip_result r;
	bool session_c_held = false;
	unsigned int i;
	u32 why;

	for (i = 0; i < s->n_media; i++) {
		const struct nfh_sip_media *md = &s->media[i];

		why = md->disabled ? 0 : nfh_sip_media_bypass(pl->x, md);
		if (why) {
			pl->p->bypass |= why;
			pl->p->n_bypassed++;
			/* its address may be the session c= */
			if (!md->c.tok.len)
				session_c_held = true;
			continue;
		}
		r = nfh_sip_plan_media(pl, s, i, cls);
		if (r != NFH_SIP_OK)
			return r;
	}
	if (!(cls & NFH_SIP_X_SDP_ADDR))
		return NFH_SIP_OK;
	if (session_c_held) {
		if (nfh_sip_sdp_addr_is(pl->x, &s->c, false))
			pl->p->n_bypassed++;
	} else {
		r = nfh_sip_map_sdp_addr(pl, &s->c);
		if (r != NFH_SIP_OK)
			return r;
	}
	return nfh_sip_map_sdp_addr(pl, &s->o);
}

/* Sort by offset (few edits: insertion sort), then check for overlaps. */
static enum nfh_sip_result nfh_sip_sort_edits(struct nfh_sip_plan *p)
{
	unsigned int i, j;

	for (i = 1; i < p->n_edit; i++) {
		struct nfh_sip_edit e = p->edit[i];

		for (j = i; j && p->edit[j - 1].off > e.off; j--)
			p->edit[j] = p->edit[j - 1];
		p->edit[j] = e;
	}
	for (i = 1; i < p->n_edit; i++) {
		const struct nfh_sip_edit *a = &p->edit[i - 1], *b = &p->edit[i];

		if (a->off + a->len > b->off || (a->off == b->off && !a->len &&
						 !b->len))
			return NFH_SIP_EPLAN;
	}
	return NFH_SIP_OK;
}

u32 nfh_sip_default_classes(const struct nfh_sip_msg *m)
{
	u32 cls = NFH_SIP_X_VIA | NFH_SIP_X_CONTACT | NFH_SIP_X_FROM |
		  NFH_SIP_X_TO | NFH_SIP_X_SDP_ADDR | NFH_SIP_X_SDP_PORT;

	return cls | (m->is_request ? NFH_SIP_X_RURI : NFH_SIP_X_VIA_RECEIVED);
}

enum nfh_sip_result nfh_sip_plan(const struct nfh_sip_msg *m,
				 const struct nfh_sip_sdp *s,
				 const struct nfh_sip_xlat *x,
				 struct nfh_sip_plan *p)
{
	struct nfh_sip_planner pl = {
		m, x, p, !!(x->flags & NFH_SIP_XF_NO_BYPASS)
	};
	u32 cls = x->classes;
	enum nfh_sip_result r;
	long body_delta;
	unsigned int i;
	char txt[12];

	p->n_edit = 0;
	p->rbuf_len = 0;
	p->bypass = 0;
	p->n_bypassed = 0;
	p->delta = 0;
	if (m->is_request && (cls & NFH_SIP_X_RURI)) {
		r = nfh_sip_map_uri(&pl, &m->ruri, 0);
		if (r != NFH_SIP_OK)
			return r;
	}
	r = nfh_sip_plan_via(&pl, cls);
	if (r != NFH_SIP_OK)
		return r;
	for (i = 0; (cls & NFH_SIP_X_CONTACT) && i < m->n_contact; i++) {
		r = nfh_sip_map_uri(&pl, &m->contact[i].uri,
				    NFH_SIP_BYPASS_CONTACT_PUBLIC);
		if (r != NFH_SIP_OK)
			return r;
	}
	if (m->has_from && (cls & NFH_SIP_X_FROM)) {
		r = nfh_sip_map_uri(&pl, &m->from, 0);
		if (r != NFH_SIP_OK)
			return r;
	}
	if (m->has_to && (cls & NFH_SIP_X_TO)) {
		r = nfh_sip_map_uri(&pl, &m->to, 0);
		if (r != NFH_SIP_OK)
			return r;
	}
	body_delta = p->delta;
	if (s) {
		r = nfh_sip_plan_sdp(&pl, s, cls);
		if (r != NFH_SIP_OK)
			return r;
	}
	body_delta = p->delta - body_delta;
	if (body_delta) {
		u64 clen = (u64)m->body_len + body_delta;

		if (!m->has_clen) {
			/* UDP without Content-Length: the datagram ends it */
			if (m->transport == NFH_SIP_TCP)
				return NFH_SIP_ENOCLEN;
		} else {
			if (clen > 0xffffffffULL)
				return NFH_SIP_ECLEN;
			r = nfh_sip_add_edit(&pl, m->clen_tok.off,
					     m->clen_tok.len, txt,
					     nfh_put_dec(txt, clen),
					     NFH_SIP_EK_CLEN);
			if (r != NFH_SIP_OK)
				return r;
		}
	}
	return nfh_sip_sort_edits(p);
}

enum nfh_sip_result nfh_sip_apply(const u8 *buf, size_t len,
				  const struct nfh_sip_plan *p, u8 *out,
				  size_t cap, size_t *out_len)
{
	size_t in = 0, o = 0, n;
	unsigned int i;

	*out_len = 0;
	for (i = 0; i < p->n_edit; i++) {
		const struct nfh_sip_edit *e = &p->edit[i];

		if (e->off < in || e->off > len || e->len > len - e->off ||
		    e->roff > p->rbuf_len || e->rlen > p->rbuf_len - e->roff)
			return NFH_SIP_EPLAN;
		n = e->off - in;
		if (n + e->rlen > cap - o)
			return NFH_SIP_ENOSPC;
		memcpy(out + o, buf + in, n);
		o += n;
		memcpy(out + o, p->rbuf + e->roff, e->rlen);
		o += e->rlen;
		in = e->off + e->len;
	}
	n = len - in;
	if (n > cap - o)
		return NFH_SIP_ENOSPC;
	memcpy(out + o, buf + in, n);
	*out_len = o + n;
	return NFH_SIP_OK;
}
