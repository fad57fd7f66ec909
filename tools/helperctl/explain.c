// SPDX-License-Identifier: GPL-2.0
/*
 * explain.c - the event list of explain.h and the walk of a capture by
 * each protocol's part, merged into frame order.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nfh_env.h"
#include "../../tests/lib/pcap.h"
#include "explain.h"

void *xp_grow(void *array, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return array;
	*cap = *cap ? 2 * *cap : 16;
	array = realloc(array, *cap * size);
	if (!array)
		abort();
	return array;
}

struct xp_ev *xp_add(struct xp_list *l, unsigned long frame,
		     const char *proto, enum xp_kind kind, const char *msg)
{
	struct xp_ev *e;

	l->ev = xp_grow(l->ev, l->n, &l->cap, sizeof(*l->ev));
	e = &l->ev[l->n++];
	memset(e, 0, sizeof(*e));
	e->frame = frame;
	e->seq = l->seq++;
	e->proto = proto;
	e->kind = kind;
	snprintf(e->msg, sizeof(e->msg), "%s", msg);
	return e;
}

void xp_free(struct xp_list *l)
{
	free(l->ev);
	memset(l, 0, sizeof(*l));
}

const char *xp_kind_name(enum xp_kind k)
{
	static const char *const names[XP_KIND_MAX] = {
		[XP_EXPECT] = "expect", [XP_REWRITE] = "rewrite",
		[XP_REFUSE] = "refuse", [XP_NOTE] = "note",
	};

	return (unsigned int)k < XP_KIND_MAX ? names[k] : "?";
}

const char *xp_ntop(uint8_t family, const uint8_t *addr, char *buf)
{
	if (!inet_ntop(family, addr, buf, INET6_ADDRSTRLEN))
		strcpy(buf, "?");
	return buf;
}

static int xp_cmp(const void *a, const void *b)
{
	const struct xp_ev *x = a, *y = b;

	if (x->frame != y->frame)
		return x->frame < y->frame ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

const char *xp_readable(const char *path, char *tmp, size_t len)
{
	const char *f = nfh_pcap_file(path, tmp, len);

	if (!f)
		fprintf(stderr, "helperctl: Unable to decompress capture: '%s'\n",
			path);
	return f;
}

void xp_sort(struct xp_list *l)
{
	if (l->n)
		qsort(l->ev, l->n, sizeof(*l->ev), xp_cmp);
}

int explain_capture(const char *path, const struct xp_opts *o,
		    struct xp_list *l)
{
	if (explain_ftp(path, o, l) || explain_sip(path, o, l))
		return -1;
	xp_sort(l);
	return 0;
}
