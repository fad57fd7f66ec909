// SPDX-License-Identifier: GPL-2.0
/*
 * ctfmt.c - addresses, ports and protocols of conntrack objects as the
 * listings print them, shared by connections and expectations.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <libnetfilter_conntrack/libnetfilter_conntrack.h>

#include "ctfmt.h"

const char *proto_name(uint8_t p)
{
	static char buf[8];

	switch (p) {
	case IPPROTO_TCP:
		return "tcp";
	case IPPROTO_UDP:
		return "udp";
	case IPPROTO_SCTP:
		return "sctp";
	case IPPROTO_DCCP:
		return "dccp";
	default:
		snprintf(buf, sizeof(buf), "%u", p);
		return buf;
	}
}

static const int attrs[2][2][2] = {
	/* orig: ipv4 src/dst, ipv6 src/dst */
	{ { ATTR_ORIG_IPV4_SRC, ATTR_ORIG_IPV4_DST },
	  { ATTR_ORIG_IPV6_SRC, ATTR_ORIG_IPV6_DST } },
	{ { ATTR_REPL_IPV4_SRC, ATTR_REPL_IPV4_DST },
	  { ATTR_REPL_IPV6_SRC, ATTR_REPL_IPV6_DST } },
};

static const int port_attrs[2][2] = {
	{ ATTR_ORIG_PORT_SRC, ATTR_ORIG_PORT_DST },
	{ ATTR_REPL_PORT_SRC, ATTR_REPL_PORT_DST },
};

void ct_end(const struct nf_conntrack *ct, int dir, int end, struct ct_end *e)
{
	int v6 = nfct_get_attr_u8(ct, ATTR_L3PROTO) == AF_INET6;
	const void *a = nfct_get_attr(ct, attrs[dir][v6][end]);
	uint8_t l4 = nfct_get_attr_u8(ct, ATTR_L4PROTO);

	memset(e, 0, sizeof(*e));
	e->v6 = v6;
	if (a)
		inet_ntop(v6 ? AF_INET6 : AF_INET, a, e->addr, sizeof(e->addr));
	else
		snprintf(e->addr, sizeof(e->addr), "?");
	e->has_port = l4 == IPPROTO_TCP || l4 == IPPROTO_UDP ||
		      l4 == IPPROTO_SCTP || l4 == IPPROTO_DCCP;
	if (e->has_port)
		e->port = ntohs(nfct_get_attr_u16(ct, port_attrs[dir][end]));
}

/* A mask end: all-zero address or port means "any". */
void ct_mask_end(const struct nf_conntrack *mask, int end, struct ct_end *e)
{
	int v6 = e->v6;
	const uint8_t *a = nfct_get_attr(mask, attrs[0][v6][end]);
	size_t i, n = v6 ? 16 : 4;
	bool zero = true;

	if (!a)
		return;
	for (i = 0; i < n; i++)
		zero &= !a[i];
	e->any_addr = zero;
	if (e->has_port && !nfct_get_attr_u16(mask, port_attrs[0][end]))
		e->any_port = true;
}

void ct_end_text(const struct ct_end *e, char *buf, size_t len)
{
	const char *a = e->any_addr ? "*" : e->addr;

	if (!e->has_port)
		snprintf(buf, len, "%s", a);
	else if (e->any_port)
		snprintf(buf, len, e->v6 && !e->any_addr ? "[%s]:*" : "%s:*", a);
	else
		snprintf(buf, len, e->v6 && !e->any_addr ? "[%s]:%u" : "%s:%u", a, e->port);
}

/* addr, port as JSON fields @akey, @pkey; wildcards are null */
void ct_end_out(const char *akey, const char *pkey, const struct ct_end *e)
{
	if (e->any_addr)
		out_null(akey, OUT_NOTEXT);
	else
		out_str(akey, e->addr, OUT_NOTEXT);
	if (!e->has_port || e->any_port)
		out_null(pkey, OUT_NOTEXT);
	else
		out_uint(pkey, e->port, OUT_NOTEXT);
}

bool exp_ends(const struct nf_expect *exp, struct ct_end *s, struct ct_end *d,
	      struct ct_end *ms, struct ct_end *md)
{
	const struct nf_conntrack *x = nfexp_get_attr(exp, ATTR_EXP_EXPECTED);
	const struct nf_conntrack *m = nfexp_get_attr(exp, ATTR_EXP_MASTER);
	const struct nf_conntrack *mask = nfexp_get_attr(exp, ATTR_EXP_MASK);

	if (!x || !m)
		return false;
	ct_end(x, CT_ORIG, CT_SRC, s);
	ct_end(x, CT_ORIG, CT_DST, d);
	if (mask) {
		ct_mask_end(mask, CT_SRC, s);
		ct_mask_end(mask, CT_DST, d);
	}
	ct_end(m, CT_ORIG, CT_SRC, ms);
	ct_end(m, CT_ORIG, CT_DST, md);
	return true;
}
