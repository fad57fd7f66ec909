// SPDX-License-Identifier: GPL-2.0
/*
 * SDP parse core (RFC 4566 / 8866): o=, c= at session and media level, every
 * m= line of any media type, a=rtcp (RFC 3605), a=rtcp-mux (RFC 5761),
 * a=candidate (RFC 8839) and the direction attributes.
 *
 * Results go into a media array the caller provides; more m= lines than it
 * holds is an error, so no media line is ever silently left unrewritten.
 */
#include "sip_parse.h"
#include "nfh_text.h"

static bool nfh_sip_sdp_is_sp(u8 c)
{
	return c == ' ' || c == '\t';
}

/* Next space-separated field of b[*pp, end); false when none is left. */
static bool nfh_sip_sdp_field(const u8 *b, size_t *pp, size_t end,
			      struct nfh_sip_tok *t)
{
	size_t p = *pp, s;

	while (p < end && nfh_sip_sdp_is_sp(b[p]))
		p++;
	s = p;
	while (p < end && !nfh_sip_sdp_is_sp(b[p]))
		p++;
	if (p == s)
		return false;
	t->off = s;
	t->len = p - s;
	*pp = p;
	return true;
}

static bool nfh_sip_sdp_eq(const u8 *b, const struct nfh_sip_tok *t,
			   const char *s)
{
	return nfh_eq_ci(b + t->off, t->len, s);
}

/* Decimal field b[s, e): all of it digits, at most @max. */
static enum nfh_sip_result nfh_sip_sdp_num(const u8 *b, size_t s, size_t e,
					   u32 max, u32 *val)
{
	enum nfh_text_result r;
	size_t p = s;
	u64 v;

	r = nfh_parse_dec(b, e, &p, 0, max, &v);
	if (r == NFH_TEXT_ERANGE)
		return NFH_SIP_ERANGE;
	if (r != NFH_TEXT_OK || p != e)
		return NFH_SIP_ESDP;
	*val = v;
	return NFH_SIP_OK;
}

/*
 * <nettype> <addrtype> <address> starting at field @p: IN IP4|IP6, the
 * address up to '/' (multicast TTL and count follow it).  A name (FQDN) is
 * taken with family 0.
 */
static enum nfh_sip_result nfh_sip_sdp_conn(const u8 *b, size_t *pp, size_t end,
					    struct nfh_sip_sdp_addr *a)
{
	struct nfh_sip_tok net, type, addr;
	const u8 *slash;
	size_t ae;
	bool v6;

	if (!nfh_sip_sdp_field(b, pp, end, &net) ||
	    !nfh_sip_sdp_field(b, pp, end, &type) ||
	    !nfh_sip_sdp_field(b, pp, end, &addr))
		return NFH_SIP_ESDP;
	if (!nfh_sip_sdp_eq(b, &net, "IN"))
		return NFH_SIP_ESDP;
	if (nfh_sip_sdp_eq(b, &type, "IP4"))
		v6 = false;
	else if (nfh_sip_sdp_eq(b, &type, "IP6"))
		v6 = true;
	else
		return NFH_SIP_ESDP;
	/* "[v6]" is not SDP, but seen in the wild: the address is inside */
	if (v6 && addr.len > 2 && b[addr.off] == '[' &&
	    b[addr.off + addr.len - 1] == ']') {
		addr.off++;
		addr.len -= 2;
	}
	slash = memchr(b + addr.off, '/', addr.len);
	ae = slash ? (size_t)(slash - b) : addr.off + addr.len;
	if (ae == addr.off)
		return NFH_SIP_ESDP;
	memset(a, 0, sizeof(*a));
	a->tok.off = addr.off;
	a->tok.len = ae - addr.off;
	if ((v6 ? nfh_parse_ipv6(b + addr.off, a->tok.len, a->addr) :
		  nfh_parse_ipv4(b + addr.off, a->tok.len, a->addr)) ==
	    NFH_TEXT_OK) {
		a->family = v6 ? AF_INET6 : AF_INET;
	} else {
		size_t p;

		/* digits, dots and colons only: a broken literal, not a name */
		for (p = addr.off; p < ae; p++)
			if (!nfh_isdigit(b[p]) && b[p] != '.' && b[p] != ':')
				break;
		if (p == ae)
			return NFH_SIP_ESDP;
	}
	return NFH_SIP_OK;
}

static const struct {
	const char *name;
	u8 type;
} nfh_sip_media_types[] = {
	{ "audio", NFH_SIP_MEDIA_AUDIO }, { "video", NFH_SIP_MEDIA_VIDEO },
	{ "image", NFH_SIP_MEDIA_IMAGE },
	{ "application", NFH_SIP_MEDIA_APPLICATION },
	{ "text", NFH_SIP_MEDIA_TEXT }, { "message", NFH_SIP_MEDIA_MESSAGE },
};

/* m=<media> <port>[/<count>] <proto> <fmt> ... */
static enum nfh_sip_result nfh_sip_sdp_media(const u8 *b, size_t p, size_t end,
					     struct nfh_sip_media *md)
{
	struct nfh_sip_tok type, port;
	enum nfh_sip_result r;
	const u8 *slash;
	size_t i, pe;
	u32 v, count = 1;

	memset(md, 0, sizeof(*md));
	if (!nfh_sip_sdp_field(b, &p, end, &type) ||
	    !nfh_sip_sdp_field(b, &p, end, &port) ||
	    !nfh_sip_sdp_field(b, &p, end, &md->proto))
		return NFH_SIP_ESDP;
	for (i = 0; i < ARRAY_SIZE(nfh_sip_media_types); i++)
		if (nfh_sip_sdp_eq(b, &type, nfh_sip_media_types[i].name))
			md->type = nfh_sip_media_types[i].type;
	slash = memchr(b + port.off, '/', port.len);
	pe = slash ? (size_t)(slash - b) : port.off + port.len;
	r = nfh_sip_sdp_num(b, port.off, pe, 65535, &v);
	if (r != NFH_SIP_OK)
		return r;
	md->port = v;
	md->port_tok.off = port.off;
	md->port_tok.len = pe - port.off;
	if (slash) {
		r = nfh_sip_sdp_num(b, pe + 1, port.off + port.len,
				    NFH_SIP_PORT_COUNT_MAX, &count);
		if (r != NFH_SIP_OK)
			return r;
		if (!count)
			return NFH_SIP_ERANGE;
	}
	/* RTP on port + 2k, RTCP on port + 2k + 1, k < count */
	if (v && v + 2 * (count - 1) + 1 > 65535)
		return NFH_SIP_ERANGE;
	md->port_count = count;
	md->disabled = !v;
	while (p < end && nfh_sip_sdp_is_sp(b[p]))
		p++;
	md->fmts.off = p;
	md->fmts.len = end - p;
	return NFH_SIP_OK;
}

/* a=rtcp:<port> [<nettype> <addrtype> <address>] */
static enum nfh_sip_result nfh_sip_sdp_rtcp(const u8 *b, size_t p, size_t end,
					    struct nfh_sip_media *md)
{
	enum nfh_sip_result r;
	size_t s = p;
	u32 v;

	while (p < end && nfh_isdigit(b[p]))
		p++;
	r = nfh_sip_sdp_num(b, s, p, 65535, &v);
	if (r != NFH_SIP_OK)
		return r;
	if (!v)
		return NFH_SIP_ERANGE;
	md->rtcp_explicit = 1;
	md->rtcp_port = v;
	md->rtcp_port_tok.off = s;
	md->rtcp_port_tok.len = p - s;
	if (p == end)
		return NFH_SIP_OK;
	if (!nfh_sip_sdp_is_sp(b[p]))
		return NFH_SIP_ESDP;
	r = nfh_sip_sdp_conn(b, &p, end, &md->rtcp_addr);
	if (r != NFH_SIP_OK)
		return r;
	return NFH_SIP_OK;
}

/*
 * a=candidate:<foundation> <component> <transport> <priority> <address>
 * <port> typ <type> ...: count it and note its type.
 */
static enum nfh_sip_result nfh_sip_sdp_candidate(const u8 *b, size_t p,
						 size_t end,
						 struct nfh_sip_media *md)
{
	struct nfh_sip_tok t;
	int i;

	for (i = 0; i < 6; i++)
		if (!nfh_sip_sdp_field(b, &p, end, &t))
			return NFH_SIP_ESDP;
	if (!nfh_sip_sdp_field(b, &p, end, &t) ||
	    !nfh_sip_sdp_eq(b, &t, "typ") ||
	    !nfh_sip_sdp_field(b, &p, end, &t))
		return NFH_SIP_ESDP;
	if (nfh_sip_sdp_eq(b, &t, "host"))
		md->cand_types |= NFH_SIP_CAND_HOST;
	else if (nfh_sip_sdp_eq(b, &t, "srflx"))
		md->cand_types |= NFH_SIP_CAND_SRFLX;
	else if (nfh_sip_sdp_eq(b, &t, "relay"))
		md->cand_types |= NFH_SIP_CAND_RELAY;
	else if (nfh_sip_sdp_eq(b, &t, "prflx"))
		md->cand_types |= NFH_SIP_CAND_PRFLX;
	if (md->n_candidates < 0xffff)
		md->n_candidates++;
	return NFH_SIP_OK;
}

static int nfh_sip_sdp_direction(const u8 *b, size_t s, size_t e)
{
	static const char *const names[] = {
		[NFH_SIP_SENDRECV] = "sendrecv", [NFH_SIP_SENDONLY] = "sendonly",
		[NFH_SIP_RECVONLY] = "recvonly", [NFH_SIP_INACTIVE] = "inactive",
	};
	struct nfh_sip_tok t = { s, e - s };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (nfh_sip_sdp_eq(b, &t, names[i]))
			return i;
	return -1;
}

static bool nfh_sip_sdp_attr_is(const u8 *b, size_t s, size_t e,
				const char *name, size_t *val)
{
	size_t n = strlen(name);

	if (e - s < n || memcmp(b + s, name, n))
		return false;
	if (e - s == n) {
		*val = e;
		return true;
	}
	if (b[s + n] != ':')
		return false;
	*val = s + n + 1;
	return true;
}

static enum nfh_sip_result nfh_sip_sdp_attr(const u8 *b, size_t s, size_t e,
					    struct nfh_sip_media *md, u8 *dir)
{
	size_t v;
	int d;

	d = nfh_sip_sdp_direction(b, s, e);
	if (d >= 0) {
		*dir = d;
		return NFH_SIP_OK;
	}
	if (!md)
		return NFH_SIP_OK;	/* session-level: nothing else matters */
	if (nfh_sip_sdp_attr_is(b, s, e, "rtcp-mux", &v) && v == e) {
		md->rtcp_mux = 1;
		return NFH_SIP_OK;
	}
	if (nfh_sip_sdp_attr_is(b, s, e, "rtcp", &v)) {
		if (v == e || md->rtcp_explicit)
			return NFH_SIP_ESDP;
		return nfh_sip_sdp_rtcp(b, v, e, md);
	}
	if (nfh_sip_sdp_attr_is(b, s, e, "candidate", &v) && v < e)
		return nfh_sip_sdp_candidate(b, v, e, md);
	return NFH_SIP_OK;
}

enum nfh_sip_result nfh_sip_sdp_parse(const u8 *b, size_t off, size_t end,
				      u8 family, struct nfh_sip_sdp *sd)
{
	struct nfh_sip_media *md = NULL;
	enum nfh_sip_result r;
	size_t p = off, e, next, f;
	struct nfh_sip_tok t;
	unsigned int i;
	bool first = true;
	const u8 *nl;

	sd->n_media = 0;
	sd->direction = NFH_SIP_SENDRECV;
	memset(&sd->o, 0, sizeof(sd->o));
	memset(&sd->c, 0, sizeof(sd->c));
	while (p < end) {
		nl = memchr(b + p, '\n', end - p);
		next = nl ? (size_t)(nl - b) + 1 : end;
		e = nl ? (size_t)(nl - b) : end;
		if (e > p && b[e - 1] == '\r')
			e--;
		if (e == p) {		/* blank line: tolerated */
			p = next;
			continue;
		}
		if (e - p < 2 || b[p + 1] != '=' || b[p] < 'a' || b[p] > 'z' ||
		    memchr(b + p, '\r', e - p))
			return NFH_SIP_ESDP;
		if (first && b[p] != 'v')
			return NFH_SIP_ESDP;
		first = false;
		f = p + 2;
		switch (b[p]) {
		case 'o':
			/* <username> <sess-id> <sess-version> IN IPx <addr> */
			if (md || sd->o.tok.len)
				return NFH_SIP_ESDP;
			for (i = 0; i < 3; i++)
				if (!nfh_sip_sdp_field(b, &f, e, &t))
					return NFH_SIP_ESDP;
			r = nfh_sip_sdp_conn(b, &f, e, &sd->o);
			if (r != NFH_SIP_OK)
				return r;
			break;
		case 'c':
			if (md) {
				if (md->c.tok.len)
					return NFH_SIP_ESDP;
				r = nfh_sip_sdp_conn(b, &f, e, &md->c);
			} else {
				if (sd->c.tok.len)
					return NFH_SIP_ESDP;
				r = nfh_sip_sdp_conn(b, &f, e, &sd->c);
			}
			if (r != NFH_SIP_OK)
				return r;
			break;
		case 'm':
			if (sd->n_media >= sd->media_cap)
				return NFH_SIP_ETOOMANY;
			md = &sd->media[sd->n_media++];
			r = nfh_sip_sdp_media(b, f, e, md);
			if (r != NFH_SIP_OK)
				return r;
			/* session-level attributes come before any m= */
			md->direction = sd->direction;
			break;
		case 'a':
			r = nfh_sip_sdp_attr(b, f, e, md,
					     md ? &md->direction :
						  &sd->direction);
			if (r != NFH_SIP_OK)
				return r;
			break;
		default:
			break;
		}
		p = next;
	}
	if (first)
		return NFH_SIP_ESDP;
	for (i = 0; i < sd->n_media; i++) {
		md = &sd->media[i];
		md->rtp = md->c.tok.len ? md->c : sd->c;
		if (!md->rtp.tok.len && !md->disabled)
			return NFH_SIP_ENOADDR;
		if (!md->rtcp_explicit)
			md->rtcp_port = md->rtcp_mux ? md->port :
				       md->port ? md->port + 1 : 0;
	}
	(void)family;
	return NFH_SIP_OK;
}

enum nfh_sip_media_to nfh_sip_media_to(const struct nfh_sip_media *md,
				       u8 family, const u8 *sender,
				       const u8 *public, bool nat)
{
	unsigned int alen = nfh_addr_len(family);

	if (!memcmp(md->rtp.addr, sender, alen))
		return NFH_SIP_TO_SENDER;
	if (nat && !memcmp(md->rtp.addr, public, alen))
		return NFH_SIP_TO_PUBLIC;
	return NFH_SIP_TO_OTHER;
}
