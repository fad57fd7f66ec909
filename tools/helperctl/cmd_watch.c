// SPDX-License-Identifier: GPL-2.0
/*
 * watch [NAME] - conntrack events as they happen, one line each: the
 * expectations helpers create and drop, the connections helpers are
 * attached to, and the related connections that arrive as expected.
 *
 * A destroy event carries neither the helper nor the master (ctnetlink
 * sends only tuples, id and status), so the connections shown as new are
 * remembered by id and their destroy is shown with what was known; the
 * destroy of a connection created before the watch began is not shown.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <libnetfilter_conntrack/libnetfilter_conntrack.h>

#include "ctfmt.h"

#ifndef IPS_EXPECTED
#define IPS_EXPECTED	(1 << 0)
#endif

/* A connection shown as new: enough to print its destroy. */
struct seen {
	uint32_t id;
	char helper[32];	/* conntrack's name, "" for a related one */
	char orig[160];		/* its original tuple, as masters name it */
};

static struct seen *seen;
static unsigned int nseen;
static const struct hc_helper *only;

static void tuple_text(const struct ct_end *s, const struct ct_end *d, uint8_t l4,
		       char *buf, size_t len)
{
	char a[64], b[64];

	ct_end_text(s, a, sizeof(a));
	ct_end_text(d, b, sizeof(b));
	snprintf(buf, len, "%s->%s/%s", a, b, proto_name(l4));
}

static struct seen *seen_find(uint32_t id)
{
	unsigned int i;

	for (i = 0; i < nseen; i++)
		if (seen[i].id == id)
			return &seen[i];
	return NULL;
}

static const struct seen *seen_by_orig(const char *orig)
{
	unsigned int i;

	for (i = 0; i < nseen; i++)
		if (seen[i].helper[0] && !strcmp(seen[i].orig, orig))
			return &seen[i];
	return NULL;
}

/* The master tuple a related connection's NEW event carries. */
static bool master_ends(const struct nf_conntrack *ct, struct ct_end *s, struct ct_end *d)
{
	uint8_t l3, l4;
	int v6;

	if (!nfct_attr_is_set(ct, ATTR_MASTER_L3PROTO))
		return false;
	l3 = nfct_get_attr_u8(ct, ATTR_MASTER_L3PROTO);
	l4 = nfct_get_attr_u8(ct, ATTR_MASTER_L4PROTO);
	v6 = l3 == AF_INET6;
	memset(s, 0, sizeof(*s));
	memset(d, 0, sizeof(*d));
	s->v6 = d->v6 = v6;
	inet_ntop(l3, nfct_get_attr(ct, v6 ? ATTR_MASTER_IPV6_SRC : ATTR_MASTER_IPV4_SRC),
		  s->addr, sizeof(s->addr));
	inet_ntop(l3, nfct_get_attr(ct, v6 ? ATTR_MASTER_IPV6_DST : ATTR_MASTER_IPV4_DST),
		  d->addr, sizeof(d->addr));
	s->has_port = d->has_port = l4 == IPPROTO_TCP || l4 == IPPROTO_UDP;
	if (s->has_port) {
		s->port = ntohs(nfct_get_attr_u16(ct, ATTR_MASTER_PORT_SRC));
		d->port = ntohs(nfct_get_attr_u16(ct, ATTR_MASTER_PORT_DST));
	}
	return true;
}

/* One event: text/tsv fields in a row, or one JSON object per line. */
static void emit(const char *event, const char *type, const char *kh, uint8_t l4,
		 const struct ct_end *s, const struct ct_end *d,
		 const struct ct_end *ms, const struct ct_end *md, uint8_t ml4,
		 long long timeout)
{
	const struct hc_helper *h = kh && *kh ? helper_by_khelper(kh) : NULL;
	const char *name = h ? h->name : kh && *kh ? kh : NULL;
	char a[64], b[64], m[160];
	struct sb j;

	if (out_mode != OUT_JSON) {
		char sep = out_mode == OUT_TSV ? '\t' : ' ';

		ct_end_text(s, a, sizeof(a));
		ct_end_text(d, b, sizeof(b));
		if (ms)
			tuple_text(ms, md, ml4, m, sizeof(m));
		printf("%s%c%s%c%s%c%s%c%s%c%s%c%s", event, sep, type, sep, name ? name : "-",
		       sep, proto_name(l4), sep, a, sep, b, sep, ms ? m : "-");
		if (timeout >= 0)
			printf("%c%lld", sep, timeout);
		printf("\n");
		fflush(stdout);
		return;
	}
	sb_init(&j);
	sb_printf(&j, "{\"event\":");
	sb_json_str(&j, event);
	sb_printf(&j, ",\"type\":");
	sb_json_str(&j, type);
	sb_printf(&j, ",\"helper\":");
	if (name)
		sb_json_str(&j, name);
	else
		sb_printf(&j, "null");
	sb_printf(&j, ",\"protocol\":\"%s\"", proto_name(l4));
	sb_printf(&j, ",\"src\":");
	if (s->any_addr)
		sb_printf(&j, "null");
	else
		sb_json_str(&j, s->addr);
	if (s->has_port && !s->any_port)
		sb_printf(&j, ",\"sport\":%u", s->port);
	else
		sb_printf(&j, ",\"sport\":null");
	sb_printf(&j, ",\"dst\":");
	sb_json_str(&j, d->addr);
	if (d->has_port && !d->any_port)
		sb_printf(&j, ",\"dport\":%u", d->port);
	else
		sb_printf(&j, ",\"dport\":null");
	if (ms) {
		sb_printf(&j, ",\"master\":{\"protocol\":\"%s\",\"src\":", proto_name(ml4));
		sb_json_str(&j, ms->addr);
		sb_printf(&j, ",\"sport\":%u,\"dst\":", ms->port);
		sb_json_str(&j, md->addr);
		sb_printf(&j, ",\"dport\":%u}", md->port);
	} else {
		sb_printf(&j, ",\"master\":null");
	}
	if (timeout >= 0)
		sb_printf(&j, ",\"timeout\":%lld", timeout);
	sb_printf(&j, "}\n");
	fputs(j.s, stdout);
	fflush(stdout);
	sb_free(&j);
}

static int exp_event(enum nf_conntrack_msg_type type, struct nf_expect *exp, void *data)
{
	const struct nf_conntrack *x = nfexp_get_attr(exp, ATTR_EXP_EXPECTED);
	const struct nf_conntrack *m = nfexp_get_attr(exp, ATTR_EXP_MASTER);
	const char *kh = nfexp_get_attr(exp, ATTR_EXP_HELPER_NAME);
	struct ct_end s, d, ms, md;

	(void)data;
	if ((only && (!kh || !helper_owns(only, kh))) ||
	    !exp_ends(exp, &s, &d, &ms, &md))
		return NFCT_CB_CONTINUE;
	emit(type == NFCT_T_DESTROY ? "destroy" : "new", "expectation", kh,
	     nfct_get_attr_u8(x, ATTR_L4PROTO), &s, &d, &ms, &md,
	     nfct_get_attr_u8(m, ATTR_L4PROTO),
	     type == NFCT_T_DESTROY ? -1 : (long long)nfexp_get_attr_u32(exp, ATTR_EXP_TIMEOUT));
	return NFCT_CB_CONTINUE;
}

static void ct_new(struct nf_conntrack *ct, uint32_t id)
{
	const char *kh = nfct_attr_is_set(ct, ATTR_HELPER_NAME) ?
			 nfct_get_attr(ct, ATTR_HELPER_NAME) : NULL;
	uint8_t l4 = nfct_get_attr_u8(ct, ATTR_L4PROTO);
	struct ct_end s, d, ms, md;
	const struct seen *master = NULL;
	char mh[32];	/* a copy: adding to seen[] below may move it */
	bool related;
	struct seen *n;

	ct_end(ct, CT_ORIG, CT_SRC, &s);
	ct_end(ct, CT_ORIG, CT_DST, &d);
	related = master_ends(ct, &ms, &md);
	if (related) {
		char mt[160];

		tuple_text(&ms, &md, nfct_get_attr_u8(ct, ATTR_MASTER_L4PROTO), mt, sizeof(mt));
		master = seen_by_orig(mt);
		/* a related connection counts for its master's helper */
		if (master)
			snprintf(mh, sizeof(mh), "%s", master->helper);
		kh = master ? mh : NULL;
	} else if (!kh || !*kh) {
		return;
	}
	if (only && (!kh || !helper_owns(only, kh)))
		return;
	if (!seen_find(id)) {
		seen = xrealloc(seen, (nseen + 1) * sizeof(*seen));
		n = &seen[nseen++];
		n->id = id;
		snprintf(n->helper, sizeof(n->helper), "%s", related ? "" : kh);
		tuple_text(&s, &d, l4, n->orig, sizeof(n->orig));
	}
	emit("new", related ? "related" : "connection", kh, l4, &s, &d,
	     related ? &ms : NULL, &md, nfct_get_attr_u8(ct, ATTR_MASTER_L4PROTO), -1);
}

static int ct_event(enum nf_conntrack_msg_type type, struct nf_conntrack *ct, void *data)
{
	uint32_t id = nfct_get_attr_u32(ct, ATTR_ID);
	uint32_t status = nfct_get_attr_u32(ct, ATTR_STATUS);
	struct ct_end s, d;
	struct seen *n;

	(void)data;
	if (type == NFCT_T_NEW) {
		ct_new(ct, id);
		return NFCT_CB_CONTINUE;
	}
	if (type != NFCT_T_DESTROY)
		return NFCT_CB_CONTINUE;
	n = seen_find(id);
	if (!n)
		return NFCT_CB_CONTINUE;
	ct_end(ct, CT_ORIG, CT_SRC, &s);
	ct_end(ct, CT_ORIG, CT_DST, &d);
	emit("destroy", status & IPS_EXPECTED ? "related" : "connection",
	     n->helper[0] ? n->helper : NULL, nfct_get_attr_u8(ct, ATTR_L4PROTO),
	     &s, &d, NULL, NULL, 0, -1);
	*n = seen[--nseen];
	return NFCT_CB_CONTINUE;
}

int cmd_watch(int argc, char **argv, const struct hc_opts *o)
{
	struct nfct_handle *h;

	(void)o;
	if (helper_optional_arg(argc, argv, "watch", &only))
		return 1;
	h = nfct_open(NFNL_SUBSYS_NONE,
		      NF_NETLINK_CONNTRACK_NEW | NF_NETLINK_CONNTRACK_DESTROY |
		      NF_NETLINK_CONNTRACK_EXP_NEW | NF_NETLINK_CONNTRACK_EXP_DESTROY);
	if (!h) {
		hc_fail("Unable to watch conntrack events: '%s' (%s)", strerror(errno),
			errno == EPERM ? "run as root" : "is nf_conntrack_netlink available?");
		hc_perror();
		return 1;
	}
	nfct_callback_register(h, NFCT_T_NEW | NFCT_T_DESTROY, ct_event, NULL);
	nfexp_callback_register(h, NFCT_T_NEW | NFCT_T_DESTROY, exp_event, NULL);
	/* subscribed: what happens from now on is shown (scripts wait for this) */
	fprintf(stderr, "helperctl: watching %s conntrack events (Ctrl-C to stop)\n",
		only ? only->name : "all helpers'");
	for (;;) {
		if (nfct_catch(h) >= 0 || errno == EINTR)
			continue;
		if (errno == ENOBUFS) {
			/* the socket overflowed: say so, keep going */
			hc_warn("note: events lost (receive buffer full)");
			continue;
		}
		hc_fail("Unable to read conntrack events: '%s'", strerror(errno));
		hc_perror();
		break;
	}
	nfct_close(h);
	free(seen);
	return 1;
}
