// SPDX-License-Identifier: GPL-2.0
/*
 * SIP message parse core: start line, headers (compact forms, comma lists,
 * line folding), URIs and host:port, TCP framing.
 *
 * Strict where a NAT helper must be (numbers bounded, ports 1-65535, one
 * Content-Length below 2^32, a message starts with a SIP start line), lenient
 * where it does not matter (unknown headers and parameters are skipped).
 * Nothing here allocates or reads past the length it is given.
 */
#include "sip_parse.h"
#include "nfh_text.h"

/* ---- characters ---- */

static bool nfh_sip_is_wsp(u8 c)
{
	return c == ' ' || c == '\t';
}

/*
 * Character classes by table: the parser asks these questions for every
 * byte, and a lookup is a third of the cost of the comparisons.
 */
#define NFH_SIP_C_ALPHA	0x01
#define NFH_SIP_C_DIGIT	0x02
#define NFH_SIP_C_TOKEN	0x04	/* RFC 3261 token */
#define NFH_SIP_C_HOST	0x08	/* host name or address text */
#define NFH_SIP_C_NUM	0x10	/* digits and '.': must be a dotted quad */
#define NFH_SIP_C_V6	0x20	/* hex digits, '.' and ':' */
#define NFH_SIP_C_PVAL	0x40	/* parameter value: token, ':', '[', ']' */
#define NFH_SIP_C_LWS	0x80	/* SP, HTAB, CR, LF */

/* a token character is a parameter value character too */
#define NFH_SIP_C_TP	(NFH_SIP_C_TOKEN | NFH_SIP_C_PVAL)

static const u8 nfh_sip_char_class[256] = {
	['a' ... 'f'] = NFH_SIP_C_ALPHA | NFH_SIP_C_TP | NFH_SIP_C_HOST |
			NFH_SIP_C_V6,
	['g' ... 'z'] = NFH_SIP_C_ALPHA | NFH_SIP_C_TP | NFH_SIP_C_HOST,
	['A' ... 'F'] = NFH_SIP_C_ALPHA | NFH_SIP_C_TP | NFH_SIP_C_HOST |
			NFH_SIP_C_V6,
	['G' ... 'Z'] = NFH_SIP_C_ALPHA | NFH_SIP_C_TP | NFH_SIP_C_HOST,
	['0' ... '9'] = NFH_SIP_C_DIGIT | NFH_SIP_C_TP | NFH_SIP_C_HOST |
			NFH_SIP_C_NUM | NFH_SIP_C_V6,
	['-'] = NFH_SIP_C_TP | NFH_SIP_C_HOST,
	['.'] = NFH_SIP_C_TP | NFH_SIP_C_HOST | NFH_SIP_C_NUM | NFH_SIP_C_V6,
	['_'] = NFH_SIP_C_TP | NFH_SIP_C_HOST,
	['!'] = NFH_SIP_C_TP, ['%'] = NFH_SIP_C_TP,
	['*'] = NFH_SIP_C_TP, ['+'] = NFH_SIP_C_TP,
	['`'] = NFH_SIP_C_TP, ['\''] = NFH_SIP_C_TP,
	['~'] = NFH_SIP_C_TP,
	[':'] = NFH_SIP_C_PVAL | NFH_SIP_C_V6,
	['['] = NFH_SIP_C_PVAL, [']'] = NFH_SIP_C_PVAL,
	[' '] = NFH_SIP_C_LWS, ['\t'] = NFH_SIP_C_LWS,
	['\r'] = NFH_SIP_C_LWS, ['\n'] = NFH_SIP_C_LWS,
};

static bool nfh_sip_is_alpha(u8 c)
{
	return nfh_sip_char_class[c] & NFH_SIP_C_ALPHA;
}

static bool nfh_sip_is_alnum(u8 c)
{
	return nfh_sip_char_class[c] & (NFH_SIP_C_ALPHA | NFH_SIP_C_DIGIT);
}

/*
 * Inside a header value every CR and LF is part of a fold (CR LF WSP), as
 * nfh_sip_next_header() makes sure, so they count as linear white space.
 */
static bool nfh_sip_is_lws(u8 c)
{
	return nfh_sip_char_class[c] & NFH_SIP_C_LWS;
}

/* Is b[0, n) the lowercase text @lc in any case? */
static bool nfh_sip_name_is(const u8 *b, const char *lc, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (nfh_tolower(b[i]) != (u8)lc[i])
			return false;
	return true;
}

/*
 * The same for a token @b (a header, parameter or transport name) and a
 * name @lc of lowercase letters and '-': in a token, only 'A'-'Z' become
 * a letter or '-' with bit 5 set (CR would be '-', but is no token byte).
 */
static __always_inline bool nfh_sip_token_is(const u8 *b, const char *lc,
					      size_t n)
{
	size_t i = 0;
	u64 x, y;
	u32 x4, y4;

	/*
	 * Eight and four bytes at once: inlined with a constant @lc and @n,
	 * each is one load and a compare with a constant.
	 */
	for (; i + 8 <= n; i += 8) {
		memcpy(&x, b + i, 8);
		memcpy(&y, lc + i, 8);
		if ((x | 0x2020202020202020ULL) != y)
			return false;
	}
	if (i + 4 <= n) {
		memcpy(&x4, b + i, 4);
		memcpy(&y4, lc + i, 4);
		if ((x4 | 0x20202020U) != y4)
			return false;
		i += 4;
	}
	for (; i < n; i++)
		if ((b[i] | 0x20) != (u8)lc[i])
			return false;
	return true;
}

static size_t nfh_sip_skip_lws(const u8 *b, size_t p, size_t end)
{
	while (p < end && nfh_sip_is_lws(b[p]))
		p++;
	return p;
}

/*
 * The first byte of b[p, end) outside the classes @cls.  Four bytes a round
 * while four remain: one bound check for four lookups, as tokens and
 * parameter values (branch=) are most of what the parser walks.
 */
static __always_inline size_t nfh_sip_skip_class(const u8 *b, size_t p,
						 size_t end, u8 cls)
{
	while (p + 4 <= end) {
		if (!(nfh_sip_char_class[b[p]] & cls))
			return p;
		if (!(nfh_sip_char_class[b[p + 1]] & cls))
			return p + 1;
		if (!(nfh_sip_char_class[b[p + 2]] & cls))
			return p + 2;
		if (!(nfh_sip_char_class[b[p + 3]] & cls))
			return p + 3;
		p += 4;
	}
	while (p < end && (nfh_sip_char_class[b[p]] & cls))
		p++;
	return p;
}

static size_t nfh_sip_skip_token(const u8 *b, size_t p, size_t end)
{
	return nfh_sip_skip_class(b, p, end, NFH_SIP_C_TOKEN);
}

/* Skip a quoted string starting at b[p] == '"'; 0 if unterminated. */
static size_t nfh_sip_skip_quoted(const u8 *b, size_t p, size_t end)
{
	for (p++; p < end; p++) {
		if (b[p] == '\\') {
			p++;
			continue;
		}
		if (b[p] == '"')
			return p + 1;
	}
	return 0;
}

/*
 * Decimal number at b[*p]: one or more digits, value at most @max (the
 * digits are all read: a value above @max is ERANGE, never wrapped).
 */
static enum nfh_sip_result nfh_sip_num(const u8 *b, size_t *p, size_t end,
				       u64 max, u64 *val)
{
	switch (nfh_parse_dec(b, end, p, 0, max, val)) {
	case NFH_TEXT_OK:
		return NFH_SIP_OK;
	case NFH_TEXT_ERANGE:
		return NFH_SIP_ERANGE;
	default:
		return NFH_SIP_ESYNTAX;
	}
}

/* ---- addresses ---- */

static bool nfh_sip_ipv4(const u8 *b, size_t len, u8 *addr)
{
	return nfh_parse_ipv4(b, len, addr) == NFH_TEXT_OK;
}

static bool nfh_sip_ipv6(const u8 *b, size_t len, u8 *addr)
{
	return nfh_parse_ipv6(b, len, addr) == NFH_TEXT_OK;
}

static bool nfh_sip_set_tok(struct nfh_sip_tok *t, size_t off, size_t end)
{
	t->off = off;
	t->len = end - off;
	return true;
}

/*
 * An IPv6 address written without brackets where a host:port needs them
 * (some UAs send sip:user@fec0::1:5060).  b[s, e) holds two colons or more:
 * the whole text if it is an address, else the text before the last colon
 * with a port after it.  Ambiguous text is taken as a whole address, which
 * then matches no mapping: nothing is rewritten on a guess.
 */
static enum nfh_sip_result nfh_sip_bare_v6_hostport(const u8 *b, size_t s,
						    size_t e,
						    struct nfh_sip_hostport *hp)
{
	size_t c = e, p;
	u64 v;

	hp->family = AF_INET6;
	hp->bare_v6 = 1;
	if (nfh_sip_ipv6(b + s, e - s, hp->addr)) {
		nfh_sip_set_tok(&hp->host, s, e);
		return NFH_SIP_OK;
	}
	while (c > s && b[c - 1] != ':')
		c--;
	if (c <= s + 1 || !nfh_sip_ipv6(b + s, c - 1 - s, hp->addr))
		return NFH_SIP_ESYNTAX;
	p = c;
	if (nfh_sip_num(b, &p, e, 65535, &v) != NFH_SIP_OK || p != e)
		return NFH_SIP_ESYNTAX;
	if (!v)
		return NFH_SIP_ERANGE;
	nfh_sip_set_tok(&hp->host, s, c - 1);
	nfh_sip_set_tok(&hp->port, c, e);
	hp->port_val = v;
	return NFH_SIP_OK;
}

/*
 * The common host, a dotted quad, read once: b[p, *qp) holds one and the
 * host ends there.  Anything else (false) goes through the general loop of
 * nfh_sip_parse_hostport(), which then decides as before.
 */
static bool nfh_sip_quad(const u8 *b, size_t p, size_t end, size_t *qp,
			 u8 *a)
{
	unsigned int i, d, v;

	for (i = 0; i < 4; i++) {
		if (i) {
			if (p >= end || b[p] != '.')
				return false;
			p++;
		}
		/* one to three digits, unrolled: no digit counter */
		if (p >= end)
			return false;
		v = b[p] - '0';
		if (v > 9)
			return false;
		d = ++p < end ? b[p] - '0' : 10;
		if (d <= 9) {
			v = v * 10 + d;
			d = ++p < end ? b[p] - '0' : 10;
			if (d <= 9) {
				v = v * 10 + d;
				p++;
			}
		}
		if (v > 255)
			return false;
		a[i] = v;
	}
	if (p < end && (nfh_sip_char_class[b[p]] & NFH_SIP_C_HOST))
		return false;
	*qp = p;
	return true;
}

/*
 * host[:port] at b[*pp]: [IPv6], dotted quad, or a name.  Text made of
 * digits and dots only must be a valid dotted quad.  With @bare_v6 (Via
 * received=, maddr=) an unbracketed IPv6 address is taken and no port.
 */
static enum nfh_sip_result nfh_sip_parse_hostport(const u8 *b, size_t *pp,
						  size_t end,
						  struct nfh_sip_hostport *hp,
						  bool bare_v6)
{
	size_t p = *pp, s;
	u64 v;
	enum nfh_sip_result r;

	memset(hp, 0, sizeof(*hp));
	if (p < end && b[p] == '[') {
		const u8 *rb = memchr(b + p + 1, ']', end - p - 1);

		if (!rb)
			return NFH_SIP_ESYNTAX;
		s = p + 1;
		p = rb - b;
		if (!nfh_sip_ipv6(b + s, p - s, hp->addr))
			return NFH_SIP_ESYNTAX;
		hp->family = AF_INET6;
		hp->bracketed = 1;
		nfh_sip_set_tok(&hp->host, s, p);
		p++;
	} else {
		bool colon = false, quad;
		u8 all = 0xff, a4[4];
		size_t q;

		s = p;
		quad = !bare_v6 && nfh_sip_quad(b, p, end, &q, a4);
		if (quad) {
			all = nfh_sip_char_class['0'] & nfh_sip_char_class['.'];
			p = q;
		}
		/*
		 * One pass over the host: @all keeps the classes every byte
		 * has, to tell a dotted quad and the start of an IPv6 address.
		 */
		/* host names: four host bytes a round, the rest one by one */
		while (!quad && p + 4 <= end) {
			u8 c4 = nfh_sip_char_class[b[p]] &
				nfh_sip_char_class[b[p + 1]] &
				nfh_sip_char_class[b[p + 2]] &
				nfh_sip_char_class[b[p + 3]];

			if (!(c4 & NFH_SIP_C_HOST))
				break;
			all &= c4;
			p += 4;
		}
		for (; !quad && p < end; p++) {
			u8 c = nfh_sip_char_class[b[p]];

			if (!(c & NFH_SIP_C_HOST)) {
				if (!bare_v6 || b[p] != ':')
					break;
				colon = true;
			}
			all &= c;
		}
		/*
		 * Hex digits and dots, then a colon: if two colons or more
		 * follow in the address characters, an IPv6 address is
		 * missing its brackets.
		 */
		if (!bare_v6 && (all & NFH_SIP_C_V6) && p < end && b[p] == ':') {
			/*
			 * ':' is the one address character that is no host
			 * character: a second colon clears C_HOST in @run.
			 */
			u8 run = 0xff, c4;

			for (q = p + 1; q + 4 <= end; q += 4) {
				c4 = nfh_sip_char_class[b[q]] &
				     nfh_sip_char_class[b[q + 1]] &
				     nfh_sip_char_class[b[q + 2]] &
				     nfh_sip_char_class[b[q + 3]];
				if (!(c4 & NFH_SIP_C_V6))
					break;
				run &= c4;
			}
			for (; q < end &&
			     (nfh_sip_char_class[b[q]] & NFH_SIP_C_V6); q++)
				run &= nfh_sip_char_class[b[q]];
			if (!(run & NFH_SIP_C_HOST) &&
			    (q == end || b[q] == ';' || b[q] == '>' ||
			     b[q] == '?' || b[q] == ',' || nfh_sip_is_lws(b[q]))) {
				r = nfh_sip_bare_v6_hostport(b, s, q, hp);
				if (r == NFH_SIP_OK)
					*pp = q;
				return r;
			}
		}
		if (p == s)
			return NFH_SIP_ESYNTAX;
		nfh_sip_set_tok(&hp->host, s, p);
		if (colon) {
			if (!nfh_sip_ipv6(b + s, p - s, hp->addr))
				return NFH_SIP_ESYNTAX;
			hp->family = AF_INET6;
		} else if (all & NFH_SIP_C_NUM) {
			if (quad)
				memcpy(hp->addr, a4, sizeof(a4));
			else if (!nfh_sip_ipv4(b + s, p - s, hp->addr))
				return NFH_SIP_ESYNTAX;
			hp->family = AF_INET;
		}
	}
	if (!bare_v6 && p < end && b[p] == ':') {
		s = ++p;
		r = nfh_sip_num(b, &p, end, 65535, &v);
		if (r != NFH_SIP_OK)
			return r;
		if (!v)
			return NFH_SIP_ERANGE;
		nfh_sip_set_tok(&hp->port, s, p);
		hp->port_val = v;
	}
	*pp = p;
	return NFH_SIP_OK;
}

/*
 * The URI in exactly b[s, e).  sip:/sips: [userinfo@]hostport[;params]
 * [?headers]; other schemes are kept as text only.
 */
static enum nfh_sip_result nfh_sip_parse_uri(const u8 *b, size_t s, size_t e,
					     struct nfh_sip_uri *u)
{
	enum nfh_sip_result r;
	const u8 *at;
	size_t p;

	memset(u, 0, sizeof(*u));
	nfh_sip_set_tok(&u->text, s, e);
	/* a byte ORed with 0x20 is a given lowercase letter in either case */
	if (e - s >= 4 && nfh_sip_token_is(b + s, "sip", 3) && b[s + 3] == ':') {
		u->scheme = NFH_SIP_URI_SIP;
		p = s + 4;
	} else if (e - s >= 5 && nfh_sip_token_is(b + s, "sips", 4) &&
		   b[s + 4] == ':') {
		u->scheme = NFH_SIP_URI_SIPS;
		p = s + 5;
	} else {
		/* scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" */
		for (p = s; p < e && (nfh_sip_is_alnum(b[p]) || b[p] == '+' ||
				      b[p] == '-' || b[p] == '.'); p++)
			;
		if (p == s || p >= e || b[p] != ':' || !nfh_sip_is_alpha(b[s]))
			return NFH_SIP_ESYNTAX;
		u->scheme = NFH_SIP_URI_OTHER;
		return NFH_SIP_OK;
	}
	/* '@' is not allowed unescaped after the userinfo */
	at = memchr(b + p, '@', e - p);
	if (at)
		p = at - b + 1;
	r = nfh_sip_parse_hostport(b, &p, e, &u->hp, false);
	if (r != NFH_SIP_OK)
		return r;
	if (p < e && b[p] != ';' && b[p] != '?')
		return NFH_SIP_ESYNTAX;
	u->has_host = 1;
	return NFH_SIP_OK;
}

/* ---- generic header pieces ---- */

/*
 * One header parameter at b[*pp] (just after ';'): name [= value], value a
 * token, a [v6] or a quoted string.  Leaves *pp after it.
 */
static enum nfh_sip_result nfh_sip_next_param(const u8 *b, size_t *pp,
					      size_t end,
					      struct nfh_sip_tok *name,
					      struct nfh_sip_tok *val)
{
	size_t p = nfh_sip_skip_lws(b, *pp, end), s;

	s = p;
	p = nfh_sip_skip_token(b, p, end);
	if (p == s)
		return NFH_SIP_ESYNTAX;
	nfh_sip_set_tok(name, s, p);
	val->off = p;
	val->len = 0;
	p = nfh_sip_skip_lws(b, p, end);
	if (p < end && b[p] == '=') {
		p = nfh_sip_skip_lws(b, p + 1, end);
		s = p;
		if (p < end && b[p] == '"') {
			p = nfh_sip_skip_quoted(b, p, end);
			if (!p)
				return NFH_SIP_ESYNTAX;
		} else {
			p = nfh_sip_skip_class(b, p, end, NFH_SIP_C_PVAL);
		}
		nfh_sip_set_tok(val, s, p);
	} else {
		p = name->off + name->len;
	}
	*pp = p;
	return NFH_SIP_OK;
}

/*
 * name-addr or addr-spec at b[*pp]:
 *	[display-name] "<" URI ">"  |  URI (ends at ';', ',' or LWS)
 */
static enum nfh_sip_result nfh_sip_parse_addr(const u8 *b, size_t *pp,
					      size_t end, struct nfh_sip_uri *u)
{
	enum nfh_sip_result r;
	size_t p = nfh_sip_skip_lws(b, *pp, end), q;

	if (p < end && b[p] == '"') {
		p = nfh_sip_skip_quoted(b, p, end);
		if (!p)
			return NFH_SIP_ESYNTAX;
		p = nfh_sip_skip_lws(b, p, end);
		if (p >= end || b[p] != '<')
			return NFH_SIP_ESYNTAX;
	} else {
		/*
		 * A display name is never rewritten: skip even a broken one
		 * (stray quotes and backslashes are seen in the wild).
		 */
		for (q = p; q < end && b[q] != '<' && b[q] != ';' &&
		     b[q] != ','; q++)
			;
		if (q < end && b[q] == '<')
			p = q;
	}
	if (p < end && b[p] == '<') {
		const u8 *gt = memchr(b + p + 1, '>', end - p - 1);

		if (!gt)
			return NFH_SIP_ESYNTAX;
		r = nfh_sip_parse_uri(b, p + 1, gt - b, u);
		p = gt - b + 1;
	} else {
		for (q = p; q < end && !nfh_sip_is_lws(b[q]) && b[q] != ';' &&
		     b[q] != ','; q++)
			;
		if (q == p)
			return NFH_SIP_ESYNTAX;
		r = nfh_sip_parse_uri(b, p, q, u);
		p = q;
	}
	*pp = p;
	return r;
}

/* After an element of a list: ',' (next element, true) or the end. */
static enum nfh_sip_result nfh_sip_list_next(const u8 *b, size_t *pp,
					     size_t end, bool *more)
{
	size_t p = nfh_sip_skip_lws(b, *pp, end);

	*more = false;
	if (p >= end) {
		*pp = p;
		return NFH_SIP_OK;
	}
	if (b[p] != ',')
		return NFH_SIP_ESYNTAX;
	*more = true;
	*pp = p + 1;
	return NFH_SIP_OK;
}

/* Skip ";param" pairs after an element; stop at ',' or the end. */
static enum nfh_sip_result nfh_sip_skip_params(const u8 *b, size_t *pp,
					       size_t end)
{
	struct nfh_sip_tok n, v;
	enum nfh_sip_result r;
	size_t p = *pp;

	for (;;) {
		p = nfh_sip_skip_lws(b, p, end);
		if (p >= end || b[p] != ';')
			break;
		p++;
		r = nfh_sip_next_param(b, &p, end, &n, &v);
		if (r != NFH_SIP_OK)
			return r;
	}
	*pp = p;
	return NFH_SIP_OK;
}

/* ---- headers ---- */

enum nfh_sip_hdr_id {
	NFH_SIP_H_OTHER = 0, NFH_SIP_H_VIA, NFH_SIP_H_CONTACT, NFH_SIP_H_FROM,
	NFH_SIP_H_TO, NFH_SIP_H_CALLID, NFH_SIP_H_CSEQ, NFH_SIP_H_CLEN,
	NFH_SIP_H_CTYPE, NFH_SIP_H_EXPIRES, NFH_SIP_H_RECORD_ROUTE,
	NFH_SIP_H_ROUTE,
};

/*
 * Every header line's name is looked up: pick the one candidate by length
 * and first letter, then compare once.
 */
static enum nfh_sip_hdr_id nfh_sip_hdr_lookup(const u8 *name, size_t len)
{
	u8 c = nfh_tolower(name[0]);

	switch (len) {
	case 1:
		switch (c) {
		case 'v':
			return NFH_SIP_H_VIA;
		case 'm':
			return NFH_SIP_H_CONTACT;
		case 'f':
			return NFH_SIP_H_FROM;
		case 't':
			return NFH_SIP_H_TO;
		case 'i':
			return NFH_SIP_H_CALLID;
		case 'l':
			return NFH_SIP_H_CLEN;
		case 'c':
			return NFH_SIP_H_CTYPE;
		}
		break;
	case 2:
		if (nfh_sip_token_is(name, "to", 2))
			return NFH_SIP_H_TO;
		break;
	case 3:
		if (nfh_sip_token_is(name, "via", 3))
			return NFH_SIP_H_VIA;
		break;
	case 4:
		if (c == 'f' && nfh_sip_token_is(name, "from", 4))
			return NFH_SIP_H_FROM;
		if (c == 'c' && nfh_sip_token_is(name, "cseq", 4))
			return NFH_SIP_H_CSEQ;
		break;
	case 5:
		if (nfh_sip_token_is(name, "route", 5))
			return NFH_SIP_H_ROUTE;
		break;
	case 7:
		if (c == 'e' && nfh_sip_token_is(name, "expires", 7))
			return NFH_SIP_H_EXPIRES;
		if (c != 'c')
			break;
		if (nfh_sip_token_is(name, "contact", 7))
			return NFH_SIP_H_CONTACT;
		if (nfh_sip_token_is(name, "call-id", 7))
			return NFH_SIP_H_CALLID;
		break;
	case 12:
		if (c == 'r' && nfh_sip_token_is(name, "record-route", 12))
			return NFH_SIP_H_RECORD_ROUTE;
		if (c == 'c' && nfh_sip_token_is(name, "content-type", 12))
			return NFH_SIP_H_CTYPE;
		break;
	case 14:
		if (nfh_sip_token_is(name, "content-length", 14))
			return NFH_SIP_H_CLEN;
		break;
	}
	return NFH_SIP_H_OTHER;
}

struct nfh_sip_hdr_line {
	struct nfh_sip_tok name;
	size_t val, val_end;	/* value, folds included, line end excluded */
	size_t next;		/* first byte of the next line */
	bool empty;		/* the empty line ending the headers */
	bool folded;
};

/* End of the line content starting at @s whose LF is at @lf; bare CR: -1. */
static long nfh_sip_line_content_end(const u8 *b, size_t s, size_t lf)
{
	size_t e = lf;

	if (e > s && b[e - 1] == '\r')
		e--;
	if (e > s && memchr(b + s, '\r', e - s))
		return -1;
	return e;
}

/*
 * The header line at b[pos] with its continuation lines.  ETRUNC when no LF
 * ends it before @end.  Inlined into both header loops: the call cost a
 * tenth of a short line's.
 */
static __always_inline enum nfh_sip_result
nfh_sip_next_header(const u8 *b, size_t pos, size_t end,
		    struct nfh_sip_hdr_line *h)
{
	const u8 *nl = memchr(b + pos, '\n', end - pos);
	size_t lf, p;
	long e;

	if (!nl)
		return NFH_SIP_ETRUNC;
	lf = nl - b;
	h->folded = false;
	h->empty = lf == pos || (lf == pos + 1 && b[pos] == '\r');
	h->next = lf + 1;
	if (h->empty)
		return NFH_SIP_OK;
	p = nfh_sip_skip_token(b, pos, lf);
	if (p == pos)
		return NFH_SIP_ESYNTAX;	/* WSP: a fold with nothing to fold */
	nfh_sip_set_tok(&h->name, pos, p);
	while (p < lf && nfh_sip_is_wsp(b[p]))
		p++;
	if (p >= lf || b[p] != ':')
		return NFH_SIP_ESYNTAX;
	h->val = p + 1;
	for (;;) {
		e = nfh_sip_line_content_end(b, pos, lf);
		if (e < 0)
			return NFH_SIP_ESYNTAX;
		h->val_end = e;
		if (lf + 1 >= end || !nfh_sip_is_wsp(b[lf + 1]))
			break;
		/* RFC 3261 7.3.1: CR LF WSP continues the header */
		h->folded = true;
		pos = lf + 1;
		nl = memchr(b + pos, '\n', end - pos);
		if (!nl)
			return NFH_SIP_ETRUNC;
		lf = nl - b;
	}
	h->next = lf + 1;
	return NFH_SIP_OK;
}

static enum nfh_sip_result nfh_sip_parse_clen(const u8 *b, size_t s, size_t e,
					      u32 *val, struct nfh_sip_tok *tok)
{
	size_t p = nfh_sip_skip_lws(b, s, e), d = p;
	u64 v;

	if (nfh_sip_num(b, &p, e, 0xffffffffULL, &v) != NFH_SIP_OK)
		return NFH_SIP_ECLEN;
	if (nfh_sip_skip_lws(b, p, e) != e)
		return NFH_SIP_ECLEN;
	*val = v;
	nfh_sip_set_tok(tok, d, p);
	return NFH_SIP_OK;
}

#define NFH_SIP_METHOD(n, i) { n, sizeof(n) - 1, i }

static const struct {
	const char *name;
	u8 len;
	u8 id;
} nfh_sip_methods[] = {
	NFH_SIP_METHOD("INVITE", NFH_SIP_M_INVITE),
	NFH_SIP_METHOD("ACK", NFH_SIP_M_ACK),
	NFH_SIP_METHOD("BYE", NFH_SIP_M_BYE),
	NFH_SIP_METHOD("CANCEL", NFH_SIP_M_CANCEL),
	NFH_SIP_METHOD("REGISTER", NFH_SIP_M_REGISTER),
	NFH_SIP_METHOD("OPTIONS", NFH_SIP_M_OPTIONS),
	NFH_SIP_METHOD("PRACK", NFH_SIP_M_PRACK),
	NFH_SIP_METHOD("UPDATE", NFH_SIP_M_UPDATE),
	NFH_SIP_METHOD("SUBSCRIBE", NFH_SIP_M_SUBSCRIBE),
	NFH_SIP_METHOD("NOTIFY", NFH_SIP_M_NOTIFY),
	NFH_SIP_METHOD("REFER", NFH_SIP_M_REFER),
	NFH_SIP_METHOD("MESSAGE", NFH_SIP_M_MESSAGE),
	NFH_SIP_METHOD("INFO", NFH_SIP_M_INFO),
	NFH_SIP_METHOD("PUBLISH", NFH_SIP_M_PUBLISH),
};

/* Methods are case-sensitive (RFC 3261 7.1). */
static u8 nfh_sip_method_lookup(const u8 *b, size_t len)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(nfh_sip_methods); i++)
		if (len == nfh_sip_methods[i].len &&
		    !memcmp(b, nfh_sip_methods[i].name, len))
			return nfh_sip_methods[i].id;
	return NFH_SIP_M_OTHER;
}

/* The transport of a Via sent-protocol, by its length first. */
static u8 nfh_sip_via_transport(const u8 *b, size_t len)
{
	switch (len) {
	case 2:
		if (nfh_sip_token_is(b, "ws", 2))
			return NFH_SIP_VT_WS;
		break;
	case 3:
		if (nfh_sip_token_is(b, "udp", 3))
			return NFH_SIP_VT_UDP;
		if (nfh_sip_token_is(b, "tcp", 3))
			return NFH_SIP_VT_TCP;
		if (nfh_sip_token_is(b, "tls", 3))
			return NFH_SIP_VT_TLS;
		if (nfh_sip_token_is(b, "wss", 3))
			return NFH_SIP_VT_WSS;
		break;
	case 4:
		if (nfh_sip_token_is(b, "sctp", 4))
			return NFH_SIP_VT_SCTP;
		break;
	}
	return NFH_SIP_VT_OTHER;
}

static enum nfh_sip_result nfh_sip_parse_via(const u8 *b, size_t p, size_t e,
					     struct nfh_sip_msg *m)
{
	struct nfh_sip_via scratch, *v;
	struct nfh_sip_tok n, val;
	enum nfh_sip_result r;
	bool more = true;
	size_t s;

	while (more) {
		v = m->n_via < NFH_SIP_VIA_MAX ? &m->via[m->n_via] : &scratch;
		memset(v, 0, sizeof(*v));
		/* sent-protocol: SIP / 2.0 / transport */
		p = nfh_sip_skip_lws(b, p, e);
		s = p;
		p = nfh_sip_skip_token(b, p, e);
		if (p - s != 3 || !nfh_sip_token_is(b + s, "sip", 3))
			return NFH_SIP_ESYNTAX;
		p = nfh_sip_skip_lws(b, p, e);
		if (p >= e || b[p] != '/')
			return NFH_SIP_ESYNTAX;
		p = nfh_sip_skip_lws(b, p + 1, e);
		s = p;
		p = nfh_sip_skip_token(b, p, e);
		if (p == s)
			return NFH_SIP_ESYNTAX;
		p = nfh_sip_skip_lws(b, p, e);
		if (p >= e || b[p] != '/')
			return NFH_SIP_ESYNTAX;
		p = nfh_sip_skip_lws(b, p + 1, e);
		s = p;
		p = nfh_sip_skip_token(b, p, e);
		if (p == s)
			return NFH_SIP_ESYNTAX;
		v->transport = nfh_sip_via_transport(b + s, p - s);
		if (p >= e || !nfh_sip_is_lws(b[p]))
			return NFH_SIP_ESYNTAX;
		p = nfh_sip_skip_lws(b, p, e);
		r = nfh_sip_parse_hostport(b, &p, e, &v->sent_by, false);
		if (r != NFH_SIP_OK)
			return r;
		for (;;) {
			p = nfh_sip_skip_lws(b, p, e);
			if (p >= e || b[p] != ';')
				break;
			p++;
			r = nfh_sip_next_param(b, &p, e, &n, &val);
			if (r != NFH_SIP_OK)
				return r;
			if (n.len == 8 &&
			    nfh_sip_token_is(b + n.off, "received", 8)) {
				s = val.off;
				r = nfh_sip_parse_hostport(b, &s,
							   val.off + val.len,
							   &v->received, true);
				if (r != NFH_SIP_OK)
					return r;
				if (s != val.off + val.len)
					return NFH_SIP_ESYNTAX;
				v->has_received = 1;
			} else if (n.len == 5 &&
				   nfh_sip_token_is(b + n.off, "rport", 5)) {
				u64 port;

				v->has_rport = 1;
				if (!val.len)
					continue;
				s = val.off;
				r = nfh_sip_num(b, &s, val.off + val.len, 65535,
					    &port);
				if (r != NFH_SIP_OK)
					return r;
				if (s != val.off + val.len)
					return NFH_SIP_ESYNTAX;
				if (!port)
					return NFH_SIP_ERANGE;
				v->rport = val;
				v->rport_val = port;
			} else if (n.len == 5 &&
				   nfh_sip_token_is(b + n.off, "maddr", 5)) {
				s = val.off;
				r = nfh_sip_parse_hostport(b, &s,
							   val.off + val.len,
							   &v->maddr, true);
				if (r != NFH_SIP_OK)
					return r;
				if (s != val.off + val.len)
					return NFH_SIP_ESYNTAX;
				v->has_maddr = 1;
			} else if (n.len == 6 &&
				   nfh_sip_token_is(b + n.off, "branch", 6)) {
				v->branch = val;
			}
		}
		r = nfh_sip_list_next(b, &p, e, &more);
		if (r != NFH_SIP_OK)
			return r;
		if (m->n_via < NFH_SIP_VIA_MAX)
			m->n_via++;
		if (m->via_total < 0xffff)
			m->via_total++;
	}
	return NFH_SIP_OK;
}

static enum nfh_sip_result nfh_sip_parse_contact(const u8 *b, size_t p,
						 size_t e,
						 struct nfh_sip_msg *m)
{
	struct nfh_sip_contact *c;
	struct nfh_sip_tok n, v;
	enum nfh_sip_result r;
	bool more = true;

	p = nfh_sip_skip_lws(b, p, e);
	if (p < e && b[p] == '*') {
		if (nfh_sip_skip_lws(b, p + 1, e) != e || m->n_contact ||
		    m->contact_star)
			return NFH_SIP_ESYNTAX;
		m->contact_star = 1;
		return NFH_SIP_OK;
	}
	if (m->contact_star)
		return NFH_SIP_ESYNTAX;
	while (more) {
		if (m->n_contact >= NFH_SIP_CONTACT_MAX)
			return NFH_SIP_ETOOMANY;
		c = &m->contact[m->n_contact];
		memset(c, 0, sizeof(*c));
		r = nfh_sip_parse_addr(b, &p, e, &c->uri);
		if (r != NFH_SIP_OK)
			return r;
		for (;;) {
			p = nfh_sip_skip_lws(b, p, e);
			if (p >= e || b[p] != ';')
				break;
			p++;
			r = nfh_sip_next_param(b, &p, e, &n, &v);
			if (r != NFH_SIP_OK)
				return r;
			if (n.len == 7 &&
			    nfh_sip_token_is(b + n.off, "expires", 7)) {
				size_t s = v.off;
				u64 x;

				r = nfh_sip_num(b, &s, v.off + v.len,
						~0ULL >> 4, &x);
				if (r != NFH_SIP_OK || s != v.off + v.len)
					return NFH_SIP_ESYNTAX;
				c->has_expires = 1;
				c->expires = min_t(u64, x, 0xffffffffULL);
			}
		}
		m->n_contact++;
		r = nfh_sip_list_next(b, &p, e, &more);
		if (r != NFH_SIP_OK)
			return r;
	}
	return NFH_SIP_OK;
}

/* From / To: one name-addr or addr-spec and its parameters. */
static enum nfh_sip_result nfh_sip_parse_from_to(const u8 *b, size_t p,
						 size_t e,
						 struct nfh_sip_uri *u,
						 u8 *seen)
{
	enum nfh_sip_result r;

	if (*seen)
		return NFH_SIP_EDUP;
	*seen = 1;
	r = nfh_sip_parse_addr(b, &p, e, u);
	if (r != NFH_SIP_OK)
		return r;
	r = nfh_sip_skip_params(b, &p, e);
	if (r != NFH_SIP_OK)
		return r;
	return nfh_sip_skip_lws(b, p, e) == e ? NFH_SIP_OK : NFH_SIP_ESYNTAX;
}

/*
 * Route / Record-Route: a list of name-addr with parameters, counted in
 * *@count when it is given.
 */
static enum nfh_sip_result nfh_sip_parse_route(const u8 *b, size_t p, size_t e,
					       u16 *count)
{
	struct nfh_sip_uri u;
	enum nfh_sip_result r;
	bool more = true;

	while (more) {
		r = nfh_sip_parse_addr(b, &p, e, &u);
		if (r != NFH_SIP_OK)
			return r;
		if (count && *count < 0xffff)
			(*count)++;
		r = nfh_sip_skip_params(b, &p, e);
		if (r != NFH_SIP_OK)
			return r;
		r = nfh_sip_list_next(b, &p, e, &more);
		if (r != NFH_SIP_OK)
			return r;
	}
	return NFH_SIP_OK;
}

static enum nfh_sip_result
nfh_sip_parse_header(const u8 *b, const struct nfh_sip_hdr_line *h,
		     struct nfh_sip_msg *m)
{
	enum nfh_sip_hdr_id id = nfh_sip_hdr_lookup(b + h->name.off, h->name.len);
	size_t p, e = h->val_end, s;
	enum nfh_sip_result r;
	u64 v;

	/* most headers are not read: do not trim their values */
	if (id == NFH_SIP_H_OTHER)
		return NFH_SIP_OK;
	p = nfh_sip_skip_lws(b, h->val, h->val_end);
	/* trailing LWS is not part of any value */
	while (e > p && nfh_sip_is_lws(b[e - 1]))
		e--;
	switch (id) {
	case NFH_SIP_H_VIA:
		return nfh_sip_parse_via(b, p, e, m);
	case NFH_SIP_H_CONTACT:
		return nfh_sip_parse_contact(b, p, e, m);
	case NFH_SIP_H_FROM:
		return nfh_sip_parse_from_to(b, p, e, &m->from, &m->has_from);
	case NFH_SIP_H_TO:
		return nfh_sip_parse_from_to(b, p, e, &m->to, &m->has_to);
	case NFH_SIP_H_CALLID:
		if (m->has_callid)
			return NFH_SIP_EDUP;
		if (p == e)
			return NFH_SIP_ESYNTAX;
		m->has_callid = 1;
		nfh_sip_set_tok(&m->callid, p, e);
		return NFH_SIP_OK;
	case NFH_SIP_H_CSEQ:
		if (m->has_cseq)
			return NFH_SIP_EDUP;
		m->has_cseq = 1;
		nfh_sip_set_tok(&m->cseq_tok, p, e);
		r = nfh_sip_num(b, &p, e, 0xffffffffULL, &v);
		if (r != NFH_SIP_OK)
			return NFH_SIP_ESYNTAX;
		m->cseq = v;
		if (p >= e || !nfh_sip_is_lws(b[p]))
			return NFH_SIP_ESYNTAX;
		p = nfh_sip_skip_lws(b, p, e);
		s = p;
		p = nfh_sip_skip_token(b, p, e);
		if (p == s || p != e)
			return NFH_SIP_ESYNTAX;
		m->cseq_method = nfh_sip_method_lookup(b + s, p - s);
		return NFH_SIP_OK;
	case NFH_SIP_H_CLEN:
		if (m->has_clen)
			return NFH_SIP_EDUP;
		m->has_clen = 1;
		return nfh_sip_parse_clen(b, p, e, &m->clen, &m->clen_tok);
	case NFH_SIP_H_CTYPE:
		if (p == e)
			return NFH_SIP_ESYNTAX;
		/* the same type twice is harmless (SIPp sends it) */
		if (m->ctype.len) {
			if (m->ctype.len != e - p ||
			    memcmp(b + m->ctype.off, b + p, e - p))
				return NFH_SIP_EDUP;
			return NFH_SIP_OK;
		}
		nfh_sip_set_tok(&m->ctype, p, e);
		if (e - p >= 15 &&
		    nfh_sip_name_is(b + p, "application/sdp", 15)) {
			s = p + 15;
			if (s == e || nfh_sip_is_lws(b[s]) || b[s] == ';')
				m->body_is_sdp = 1;
		}
		return NFH_SIP_OK;
	case NFH_SIP_H_EXPIRES:
		if (m->has_expires)
			return NFH_SIP_EDUP;
		m->has_expires = 1;
		r = nfh_sip_num(b, &p, e, ~0ULL >> 4, &v);
		if (r != NFH_SIP_OK || p != e)
			return NFH_SIP_ESYNTAX;
		m->expires = min_t(u64, v, 0xffffffffULL);
		return NFH_SIP_OK;
	case NFH_SIP_H_RECORD_ROUTE:
		return nfh_sip_parse_route(b, p, e, &m->n_record_route);
	case NFH_SIP_H_ROUTE:
		return nfh_sip_parse_route(b, p, e, NULL);
	default:
		return NFH_SIP_OK;
	}
}

/* ---- start line ---- */

/* Where a request line's method and URI are (offsets in the line). */
struct nfh_sip_start {
	size_t method_len;	/* 0: a status line */
	size_t uri, uri_end;
};

/*
 * How much of a start line b[0, len) (no LF in it) can be: OK when it is a
 * whole valid one (@whole), INCOMPLETE when it may still become one,
 * ENOTSIP when it never can.  On OK, @st (may be NULL) says where the parts
 * are, so the parser does not look for them again.
 *	Request-Line = Method SP Request-URI SP "SIP/2.0"
 *	Status-Line  = "SIP/2.0" SP 3DIGIT SP Reason-Phrase
 */
static enum nfh_sip_result nfh_sip_start_line_check(const u8 *b, size_t len,
						    bool whole,
						    struct nfh_sip_start *st)
{
	size_t mlen;
	static const char status[] = "SIP/2.0 ";
	static const char ver[] = "SIP/2.0";
	size_t p, s, n;

	if (len && b[len - 1] == '\r')
		len--;
	/* a status line, or as much of one as there is */
	n = min_t(size_t, len, 8);
	if (nfh_mem_eq_ci(b, status, n)) {
		if (n < 8)
			return whole ? NFH_SIP_ENOTSIP : NFH_SIP_INCOMPLETE;
		for (s = 8; s < len && s < 11; s++)
			if (!nfh_isdigit(b[s]))
				return NFH_SIP_ENOTSIP;
		if (len > 8 && (b[8] < '1' || b[8] > '6'))
			return NFH_SIP_ENOTSIP;
		if (len < 11)
			return whole ? NFH_SIP_ENOTSIP : NFH_SIP_INCOMPLETE;
		if (len > 11 && b[11] != ' ')
			return NFH_SIP_ENOTSIP;
		/* the reason phrase holds no CR (the line's own is gone) */
		if (len > 12 && memchr(b + 12, '\r', len - 12))
			return NFH_SIP_ENOTSIP;
		if (st)
			st->method_len = 0;
		return whole ? NFH_SIP_OK : NFH_SIP_INCOMPLETE;
	}
	/* a request line: method token, SP, URI, SP, version */
	p = nfh_sip_skip_token(b, 0, len);
	if (p == 0)
		return NFH_SIP_ENOTSIP;
	if (p == len)
		return whole ? NFH_SIP_ENOTSIP : NFH_SIP_INCOMPLETE;
	if (b[p] != ' ')
		return NFH_SIP_ENOTSIP;
	mlen = p;
	s = ++p;
	/* visible ASCII: '!' to '~', four bytes a round while four remain */
	while (p + 4 <= len && (u8)(b[p] - '!') < 94 &&
	       (u8)(b[p + 1] - '!') < 94 && (u8)(b[p + 2] - '!') < 94 &&
	       (u8)(b[p + 3] - '!') < 94)
		p += 4;
	while (p < len && (u8)(b[p] - '!') < 94)
		p++;
	if (p == len)
		return whole ? NFH_SIP_ENOTSIP : NFH_SIP_INCOMPLETE;
	if (p == s || b[p] != ' ')
		return NFH_SIP_ENOTSIP;
	/* the URI has a scheme */
	if (!memchr(b + s, ':', p - s) || !nfh_sip_is_alpha(b[s]))
		return NFH_SIP_ENOTSIP;
	if (st) {
		st->method_len = mlen;
		st->uri = s;
		st->uri_end = p;
	}
	p++;
	n = min_t(size_t, len - p, 7);
	if (!nfh_mem_eq_ci(b + p, ver, n))
		return NFH_SIP_ENOTSIP;
	if (n < 7)
		return whole ? NFH_SIP_ENOTSIP : NFH_SIP_INCOMPLETE;
	if (p + 7 != len)
		return NFH_SIP_ENOTSIP;
	return whole ? NFH_SIP_OK : NFH_SIP_INCOMPLETE;
}

static enum nfh_sip_result nfh_sip_parse_start(const u8 *b, size_t s, size_t lf,
					       struct nfh_sip_msg *m)
{
	struct nfh_sip_start st;
	enum nfh_sip_result r;
	size_t p;

	/* nfh_sip_start_line_check() drops the one CR before the LF itself */
	r = nfh_sip_start_line_check(b + s, lf - s, true, &st);
	if (r != NFH_SIP_OK)
		return r;
	if (!st.method_len) {
		p = s + 8;
		m->status = (b[p] - '0') * 100 + (b[p + 1] - '0') * 10 +
			    (b[p + 2] - '0');
		if (m->status < 100)
			return NFH_SIP_ENOTSIP;
		return NFH_SIP_OK;
	}
	m->is_request = 1;
	m->method = nfh_sip_method_lookup(b + s, st.method_len);
	return nfh_sip_parse_uri(b, s + st.uri, s + st.uri_end, &m->ruri);
}

/* ---- messages ---- */

static size_t nfh_sip_skip_crlf(const u8 *b, size_t len)
{
	size_t p = 0;

	while (p < len && (b[p] == '\r' || b[p] == '\n'))
		p++;
	return p;
}

enum nfh_sip_result nfh_sip_parse(const u8 *buf, size_t len, u8 family,
				  enum nfh_sip_transport transport,
				  struct nfh_sip_msg *m)
{
	struct nfh_sip_hdr_line h;
	enum nfh_sip_result r;
	const u8 *nl;
	size_t pos;

	memset(m, 0, sizeof(*m));
	m->family = family;
	m->transport = transport;
	if (len > NFH_SIP_MSG_MAX)
		return NFH_SIP_ETOOLONG;
	pos = nfh_sip_skip_crlf(buf, len);
	if (pos == len)
		return len ? NFH_SIP_KEEPALIVE : NFH_SIP_ENOTSIP;
	nl = memchr(buf + pos, '\n', len - pos);
	if (!nl) {
		r = nfh_sip_start_line_check(buf + pos, len - pos, false,
					     NULL);
		return r == NFH_SIP_ENOTSIP ? r : NFH_SIP_ETRUNC;
	}
	r = nfh_sip_parse_start(buf, pos, nl - buf, m);
	if (r != NFH_SIP_OK)
		return r;
	pos = nl - buf + 1;
	for (;;) {
		/*
		 * A datagram that ends right after a header line lacks only
		 * the empty line: nothing can follow it, take it (some UAs
		 * send such ACKs).  A TCP message needs it to be framed.
		 */
		if (pos == len && transport == NFH_SIP_UDP)
			break;
		r = nfh_sip_next_header(buf, pos, len, &h);
		if (r != NFH_SIP_OK)
			return r;
		pos = h.next;
		if (h.empty)
			break;
		m->n_headers++;
		m->folded |= h.folded;
		r = nfh_sip_parse_header(buf, &h, m);
		if (r != NFH_SIP_OK)
			return r;
	}
	m->body_off = pos;
	if (m->has_clen) {
		if ((u64)len - pos != m->clen)
			return NFH_SIP_EBODYLEN;
	} else if (transport == NFH_SIP_TCP) {
		return NFH_SIP_ENOCLEN;
	}
	m->body_len = len - pos;
	m->msg_len = len;
	if (!m->ctype.len && m->body_len >= 2 && buf[pos] == 'v' &&
	    buf[pos + 1] == '=')
		m->body_is_sdp = 1;
	return NFH_SIP_OK;
}

enum nfh_sip_result nfh_sip_tcp_frame(const u8 *buf, size_t len, size_t cap,
				      size_t *flen)
{
	size_t pos, n, lim;
	struct nfh_sip_hdr_line h;
	enum nfh_sip_result r;
	struct nfh_sip_tok tok;
	bool have = false;
	const u8 *nl;
	u32 clen = 0;

	*flen = 0;
	if (!cap)
		cap = NFH_SIP_TCP_CAP;
	pos = nfh_sip_skip_crlf(buf, len);
	if (pos) {
		*flen = pos;
		return NFH_SIP_KEEPALIVE;
	}
	if (!len)
		return NFH_SIP_INCOMPLETE;
	lim = min_t(size_t, len, cap);
	nl = memchr(buf, '\n', lim);
	n = nl ? (size_t)(nl - buf) : lim;
	r = nfh_sip_start_line_check(buf, n, nl != NULL, NULL);
	if (r != NFH_SIP_OK)
		return r != NFH_SIP_INCOMPLETE ? r :
		       len >= cap ? NFH_SIP_ETOOLONG : r;
	pos = n + 1;
	for (;;) {
		r = nfh_sip_next_header(buf, pos, lim, &h);
		if (r == NFH_SIP_ETRUNC)
			return len >= cap ? NFH_SIP_ETOOLONG :
					    NFH_SIP_INCOMPLETE;
		/* a fold may continue past what has arrived */
		if (r == NFH_SIP_OK && !h.empty && h.next >= lim && len < cap)
			return NFH_SIP_INCOMPLETE;
		if (r != NFH_SIP_OK)
			return r;
		pos = h.next;
		if (h.empty)
			break;
		if (nfh_sip_hdr_lookup(buf + h.name.off, h.name.len) ==
		    NFH_SIP_H_CLEN) {
			size_t e = h.val_end;

			if (have)
				return NFH_SIP_EDUP;
			while (e > h.val && nfh_sip_is_lws(buf[e - 1]))
				e--;
			r = nfh_sip_parse_clen(buf, h.val, e, &clen, &tok);
			if (r != NFH_SIP_OK)
				return r;
			have = true;
		}
	}
	if (!have)
		return NFH_SIP_ENOCLEN;
	if ((u64)pos + clen > cap)
		return NFH_SIP_ETOOLONG;
	*flen = pos + clen;	/* known now, even if not all here yet */
	if (pos + clen > len)
		return NFH_SIP_INCOMPLETE;
	return NFH_SIP_OK;
}

/*
 * A stream met in the middle: the first line that is a whole, valid start
 * line and begins a message that is whole in @buf; at the start of @buf a
 * message whose rest is still to come will do too (a segment starts where
 * the sender's write did).  Candidates are the start of @buf and every
 * byte after a LF; a message body line that looks like a start line (a
 * message/sipfrag body) is passed over unless what follows it frames as
 * a complete message, with its own Content-Length.  Linear in @len, what
 * a peer sends to a connection picked up mid-stream notwithstanding: a
 * start line is never a valid header line, so framing from one candidate
 * stops at the next one at the latest.
 */
long nfh_sip_tcp_resync(const u8 *buf, size_t len)
{
	size_t pos = 0, n, flen;
	enum nfh_sip_result r;
	const u8 *nl;

	while (pos < len) {
		nl = memchr(buf + pos, '\n', len - pos);
		if (!nl)
			return -1;
		n = nl - (buf + pos);
		if (nfh_sip_start_line_check(buf + pos, n, true, NULL) == NFH_SIP_OK) {
			r = nfh_sip_tcp_frame(buf + pos, len - pos, 0, &flen);
			if (r == NFH_SIP_OK || (!pos && r == NFH_SIP_INCOMPLETE))
				return pos;
		}
		pos += n + 1;
	}
	return -1;
}

const char *nfh_sip_result_name(enum nfh_sip_result res)
{
	static const char *const names[NFH_SIP_RESULT_MAX] = {
		[NFH_SIP_OK] = "ok",		[NFH_SIP_INCOMPLETE] = "incomplete",
		[NFH_SIP_KEEPALIVE] = "keepalive", [NFH_SIP_ENOTSIP] = "not_sip",
		[NFH_SIP_ESYNTAX] = "syntax",	[NFH_SIP_ERANGE] = "range",
		[NFH_SIP_ECLEN] = "content_length",
		[NFH_SIP_EBODYLEN] = "body_length",
		[NFH_SIP_ENOCLEN] = "no_content_length",
		[NFH_SIP_ETOOLONG] = "too_long", [NFH_SIP_ETRUNC] = "truncated",
		[NFH_SIP_EDUP] = "duplicate",	[NFH_SIP_ETOOMANY] = "too_many",
		[NFH_SIP_ESDP] = "sdp_syntax",	[NFH_SIP_ENOADDR] = "sdp_no_address",
		[NFH_SIP_ENOSPC] = "no_space",	[NFH_SIP_EPORTMAP] = "port_map",
		[NFH_SIP_EPLAN] = "bad_plan",
	};

	return (unsigned int)res < NFH_SIP_RESULT_MAX ? names[res] : "?";
}
