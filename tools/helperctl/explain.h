/* SPDX-License-Identifier: GPL-2.0 */
/*
 * explain.h - what our FTP and SIP helpers would do with the messages of a
 * capture, computed by their own parse cores (the sources the modules
 * build from) in userspace.  No kernel, no root.
 *
 * explain_capture() reads a capture and returns one event per decision,
 * in frame order: an expectation it would create, a rewrite (before and
 * after text) when the client side is masqueraded to --nat ADDR, a
 * refusal with the name of the counter that counts it, or a note (TLS,
 * media removed).  The printing is cmd_explain.c's; H.323 goes through
 * h323dump --explain there.
 *
 * Uses only <stdint.h> types: files that print (helperctl.h) include it
 * without the cores' headers.
 */
#ifndef _HELPERCTL_EXPLAIN_H
#define _HELPERCTL_EXPLAIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define XP_TEXT_MAX	192

enum xp_kind { XP_EXPECT, XP_REWRITE, XP_REFUSE, XP_NOTE, XP_KIND_MAX };

struct xp_ev {
	unsigned long frame;
	unsigned long seq;		/* order of the decision in the file */
	const char *proto;		/* "ftp", "sip" */
	enum xp_kind kind;
	char msg[32];			/* "PORT", "227", "INVITE", "200/INVITE" */
	char what[32];			/* expect: its class; refuse: counter */
	char part[16];			/* rewrite: what was replaced, or "" */
	/* XP_EXPECT: the tuple conntrack -E expect shows */
	uint8_t family, l4proto;
	bool from_any;			/* no source address (direct_media=0) */
	uint8_t from[16], to[16];
	uint16_t port;
	/* XP_REWRITE: the text replaced and its replacement; else a reason */
	char before[XP_TEXT_MAX], after[XP_TEXT_MAX];
};

struct xp_list {
	struct xp_ev *ev;
	size_t n, cap;
	unsigned long seq;
};

struct xp_opts {
	uint8_t nat_family;		/* 0: no --nat */
	uint8_t nat_addr[16];
};

/* @array with room for element @n (of @size bytes); aborts on no memory. */
void *xp_grow(void *array, size_t n, size_t *cap, size_t size);
/* Append an event of @kind (zeroed but for these); never fails (aborts). */
struct xp_ev *xp_add(struct xp_list *l, unsigned long frame,
		     const char *proto, enum xp_kind kind, const char *msg);
void xp_free(struct xp_list *l);
const char *xp_kind_name(enum xp_kind k);
/* "1.2.3.4" or "2001:db8::1" into @buf (at least 46 bytes) */
const char *xp_ntop(uint8_t family, const uint8_t *addr, char *buf);

/* Each protocol's part: 0, or -1 with a message on stderr. */
int explain_ftp(const char *path, const struct xp_opts *o, struct xp_list *l);
int explain_sip(const char *path, const struct xp_opts *o, struct xp_list *l);

/*
 * A file libpcap reads: @path, or for *.gz a decompressed copy in @tmp (to
 * unlink when tmp[0] is set).  NULL, with a message on stderr, on failure.
 */
const char *xp_readable(const char *path, char *tmp, size_t len);

/* Into frame order; a frame's decisions keep the order they were made. */
void xp_sort(struct xp_list *l);

/* Both, in frame order, from a file libpcap reads (see xp_readable()). */
int explain_capture(const char *path, const struct xp_opts *o,
		    struct xp_list *l);

/*
 * explain_out.c: one event as a line: text/TSV "frame proto message action
 * detail" (@sep between the fields), or a JSON object; with the newline.
 */
struct sb;
void xp_format(const struct xp_ev *e, bool json, char sep, struct sb *out);

#endif /* _HELPERCTL_EXPLAIN_H */
