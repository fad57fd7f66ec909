// SPDX-License-Identifier: GPL-2.0
/*
 * explain_out.c - one decision of explain as a line: fields for a terminal
 * or a pipe, or one JSON object per line (-j).
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>

#include "helperctl.h"
#include "explain.h"

static const char *l4_name(uint8_t p)
{
	return p == IPPROTO_TCP ? "tcp" : p == IPPROTO_UDP ? "udp" : "?";
}

/* "1.2.3.4:21" or "[2001:db8::1]:21" */
static void addr_port(char *buf, size_t len, uint8_t family,
		      const uint8_t *addr, unsigned int port)
{
	char a[INET6_ADDRSTRLEN];

	xp_ntop(family, addr, a);
	snprintf(buf, len, family == AF_INET6 ? "[%s]:%u" : "%s:%u", a, port);
}

static void format_text(const struct xp_ev *e, char sep, struct sb *out)
{
	char from[INET6_ADDRSTRLEN], to[INET6_ADDRSTRLEN + 8];

	sb_printf(out, "%lu%c%s%c%s%c%s%c", e->frame, sep, e->proto, sep,
		  e->msg, sep, xp_kind_name(e->kind), sep);
	/* H.323: h323dump's words (its tuple is in -j) */
	switch ((e->kind == XP_EXPECT && !e->port) ||
		!strcmp(e->proto, "h323") ? XP_NOTE : e->kind) {
	case XP_EXPECT:
		addr_port(to, sizeof(to), e->family, e->to, e->port);
		sb_printf(out, "%s %s from %s to %s", e->what,
			  l4_name(e->l4proto),
			  e->from_any ? "any" : xp_ntop(e->family, e->from, from),
			  to);
		break;
	case XP_REWRITE:
		sb_printf(out, "%s '%s' -> '%s' (%s)", e->part, e->before,
			  e->after, e->what);
		break;
	default:
		sb_printf(out, "%s: %s", e->what, e->before);
		break;
	}
	sb_printf(out, "\n");
}

/* An expectation's tuple, as conntrack -E expect shows it. */
static void json_tuple(const struct xp_ev *e, struct sb *out)
{
	char a[INET6_ADDRSTRLEN];

	sb_printf(out, ",\"protocol\":\"%s\",\"family\":\"%s\",\"src\":",
		  l4_name(e->l4proto), e->family == AF_INET6 ? "ipv6" : "ipv4");
	if (e->from_any)
		sb_printf(out, "null");
	else
		sb_json_str(out, xp_ntop(e->family, e->from, a));
	sb_printf(out, ",\"dst\":");
	sb_json_str(out, xp_ntop(e->family, e->to, a));
	sb_printf(out, ",\"dport\":%u", e->port);
}

static void format_json(const struct xp_ev *e, struct sb *out)
{

	sb_printf(out, "{\"frame\":%lu,\"proto\":", e->frame);
	sb_json_str(out, e->proto);
	sb_printf(out, ",\"message\":");
	sb_json_str(out, e->msg);
	sb_printf(out, ",\"action\":\"%s\"", xp_kind_name(e->kind));
	if (!strcmp(e->proto, "h323")) {	/* h323dump's words */
		sb_printf(out, ",\"address\":");
		sb_json_str(out, e->what);
		sb_printf(out, ",\"reason\":");
		sb_json_str(out, e->before);
		if (e->kind == XP_EXPECT && e->port)
			json_tuple(e, out);
		sb_printf(out, "}\n");
		return;
	}
	switch (e->kind) {
	case XP_EXPECT:
		sb_printf(out, ",\"class\":");
		sb_json_str(out, e->what);
		json_tuple(e, out);
		break;
	case XP_REWRITE:
		sb_printf(out, ",\"counter\":");
		sb_json_str(out, e->what);
		sb_printf(out, ",\"part\":");
		sb_json_str(out, e->part);
		sb_printf(out, ",\"before\":");
		sb_json_str(out, e->before);
		sb_printf(out, ",\"after\":");
		sb_json_str(out, e->after);
		break;
	default:
		sb_printf(out, ",\"counter\":");
		sb_json_str(out, e->what);
		sb_printf(out, ",\"reason\":");
		sb_json_str(out, e->before);
		break;
	}
	sb_printf(out, "}\n");
}

void xp_format(const struct xp_ev *e, bool json, char sep, struct sb *out)
{
	if (json)
		format_json(e, out);
	else
		format_text(e, sep, out);
}
