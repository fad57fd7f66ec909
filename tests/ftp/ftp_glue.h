/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ftp_glue.h - the core's segment walker driven as the kernel glue drives it
 * (one carry slot per direction in place of the kernel's carry table), with
 * the walker's invariants checked, plus a naive whole-stream reference to
 * compare it with.  Shared by the unit tests, the corpus test and the
 * stream fuzzer.
 *
 * Needs the parse core compiled in: include ftp_parse.c first, or link it.
 */
#ifndef _NFH_FTP_GLUE_H
#define _NFH_FTP_GLUE_H

#include <stdio.h>
#include <string.h>
#include "../../nf_conntrack_ftp/ftp_parse.h"

/* One line of interest as the walker (or the reference) reported it. */
struct ftp_event {
	enum nfh_ftp_cmd cmd;
	enum nfh_ftp_result res;
	u8 family;
	u8 addr[16];
	u16 port;
	bool optional;		/* reference only: the walker may skip it */
};

static inline void ftp_event_set(struct ftp_event *ev, enum nfh_ftp_result res,
				 const struct nfh_ftp_match *m)
{
	memset(ev, 0, sizeof(*ev));
	ev->cmd = m->cmd;
	ev->res = res;
	ev->family = m->family;
	memcpy(ev->addr, m->addr, sizeof(ev->addr));
	ev->port = m->port;
}

static inline bool ftp_event_eq(const struct ftp_event *a,
				const struct ftp_event *b)
{
	return a->cmd == b->cmd && a->res == b->res &&
	       a->family == b->family && a->port == b->port &&
	       !memcmp(a->addr, b->addr, sizeof(a->addr));
}

static inline const char *ftp_event_str(const struct ftp_event *ev)
{
	static char buf[4][96];
	static int slot;
	char *o = buf[slot++ & 3];

	snprintf(o, sizeof(buf[0]), "%s/%s fam=%u %u.%u.%u.%u.. port=%u%s",
		 nfh_ftp_cmd_name(ev->cmd), nfh_ftp_result_name(ev->res),
		 ev->family, ev->addr[0], ev->addr[1], ev->addr[2], ev->addr[3],
		 ev->port, ev->optional ? " (optional)" : "");
	return o;
}

/*
 * Called for every line the walker yields: @line/@line_len is the whole line
 * (the join buffer for a joined line; for a joined too-long line its first
 * NFH_FTP_LINE_MAX bytes); w->line_off/line_len place it in the segment.
 */
typedef void ftp_line_fn(void *ctx, const struct nfh_ftp_walk *w,
			 const u8 *line, size_t line_len);

/*
 * One direction of one connection, as the kernel glue keeps it: the stream
 * position and one carry slot keyed by the seq it continues at.
 */
struct ftp_glue_dir {
	enum nfh_ftp_dir dir;
	struct nfh_ftp_stream st;
	u8 carry[NFH_FTP_LINE_MAX];
	size_t carry_len;
	u32 carry_seq;
	/* statistics */
	unsigned long segments, joined, resync, carried;
};

static inline void ftp_glue_init(struct ftp_glue_dir *g, enum nfh_ftp_dir dir)
{
	memset(g, 0, sizeof(*g));
	g->dir = dir;
}

#define FTP_GLUE_FAIL(...)						\
	do {								\
		snprintf(ftp_glue_err, sizeof(ftp_glue_err), __VA_ARGS__); \
		return ftp_glue_err;					\
	} while (0)

static char ftp_glue_err[256];

/* Same result as a fresh parse of the same bytes? */
static inline bool ftp_glue_same(const u8 *line, size_t len,
				 enum nfh_ftp_dir dir, enum nfh_ftp_result res,
				 const struct nfh_ftp_match *m)
{
	struct nfh_ftp_match again;

	return nfh_ftp_parse_line(line, len, dir, &again) == res &&
	       !memcmp(&again, m, sizeof(again));
}

/*
 * Feed one segment [seq, seq + len) through the core's segment walker with a
 * one-slot carry, as the kernel glue does with its carry table, checking the
 * walker's invariants on the way.  Returns NULL, or what went wrong.
 */
static inline const char *ftp_glue_segment(struct ftp_glue_dir *g, u32 seq,
					   const u8 *buf, size_t len,
					   ftp_line_fn *fn, void *ctx)
{
	struct nfh_ftp_walk w;
	size_t carry_len = 0, prev_end = 0, out_len, i;
	const u8 *out;

	if (!len)
		return NULL;	/* a bare ACK tells the tracker nothing */
	g->segments++;
	if (nfh_ftp_walk_begin(&w, &g->st, g->dir, seq, len)) {
		/* taking the carry empties the slot, whatever its seq */
		if (g->carry_seq == seq)
			carry_len = g->carry_len;
		g->carry_len = 0;
		nfh_ftp_walk_carry(&w, g->carry, carry_len);
	}
	if (w.start == NFH_FTP_UNKNOWN)
		g->resync++;

	while (nfh_ftp_walk_next(&w, buf, len)) {
		const u8 *line = buf + w.line_off;
		size_t line_len = w.line_len;

		if (w.res == NFH_FTP_IGNORED || w.res >= NFH_FTP_RESULT_MAX)
			FTP_GLUE_FAIL("walker yielded result %d", w.res);
		if (w.m.cmd == NFH_FTP_NONE || w.m.cmd >= NFH_FTP_CMD_MAX)
			FTP_GLUE_FAIL("walker yielded cmd %d", w.m.cmd);
		if (!w.line_len || w.line_off + w.line_len > len)
			FTP_GLUE_FAIL("line %zu+%zu outside segment of %zu",
				      w.line_off, w.line_len, len);
		if (w.line_off < prev_end)
			FTP_GLUE_FAIL("line at %zu before previous end %zu",
				      w.line_off, prev_end);
		prev_end = w.line_off + w.line_len;
		/* a reported line is complete, unless it is too long already */
		if (w.res != NFH_FTP_ETOOLONG && buf[prev_end - 1] != '\n')
			FTP_GLUE_FAIL("line at %zu does not end in LF", w.line_off);
		if (memchr(line, '\n', line_len - 1))
			FTP_GLUE_FAIL("line at %zu holds a LF", w.line_off);
		if (w.joined) {
			g->joined++;
			if (w.line_off || !carry_len)
				FTP_GLUE_FAIL("joined line at %zu, carry %zu",
					      w.line_off, carry_len);
			if (carry_len + w.line_len <= NFH_FTP_LINE_MAX) {
				/* the join is the carry plus this part */
				if (memcmp(w.join, g->carry, carry_len) ||
				    memcmp(w.join + carry_len, buf, w.line_len))
					FTP_GLUE_FAIL("join buffer differs");
				line = w.join;
				line_len = carry_len + w.line_len;
			} else {
				if (w.res != NFH_FTP_ETOOLONG)
					FTP_GLUE_FAIL("long join not too_long");
				line = w.join;
				line_len = NFH_FTP_LINE_MAX;
			}
		}
		if (w.res == NFH_FTP_OK && w.m.arg_off + w.m.arg_len > line_len)
			FTP_GLUE_FAIL("arg %u+%u outside line of %zu",
				      w.m.arg_off, w.m.arg_len, line_len);
		/* the walker must report what a plain parse of the line says */
		if ((!w.joined || carry_len + w.line_len <= NFH_FTP_LINE_MAX) &&
		    !ftp_glue_same(line, line_len, g->dir, w.res, &w.m))
			FTP_GLUE_FAIL("walker and parse_line disagree on '%.60s'",
				      line);
		if (fn)
			fn(ctx, &w, line, line_len);
	}

	if (w.ends_midline != (buf[len - 1] != '\n'))
		FTP_GLUE_FAIL("ends_midline %d, last byte %#x", w.ends_midline,
			      buf[len - 1]);
	if (w.carry_len_out > NFH_FTP_LINE_MAX)
		FTP_GLUE_FAIL("carry of %zu", w.carry_len_out);
	if (w.carry_len_out && !w.ends_midline)
		FTP_GLUE_FAIL("carry without a partial line");
	if (w.carry_len_out && w.carry_in_join &&
	    w.carry_len_out != carry_len + len)
		FTP_GLUE_FAIL("join carry %zu != %zu + %zu", w.carry_len_out,
			      carry_len, len);
	if (w.carry_len_out && !w.carry_in_join &&
	    w.carry_off + w.carry_len_out != len)
		FTP_GLUE_FAIL("carry %zu+%zu is not the tail of %zu",
			      w.carry_off, w.carry_len_out, len);

	out = nfh_ftp_walk_end(&w, &g->st, buf, &out_len);
	if (out_len != (out && w.forward ? w.carry_len_out : 0))
		FTP_GLUE_FAIL("walk_end carry %zu, walker %zu", out_len,
			      w.carry_len_out);
	if (out) {
		g->carry_len = out_len;
		g->carry_seq = seq + len;
		memcpy(g->carry, out, out_len);
		for (i = 0; i < g->carry_len; i++)
			if (g->carry[i] == '\n')
				FTP_GLUE_FAIL("carry holds a LF");
		g->carried++;
	}
	return NULL;
}

/*
 * The obviously correct reference: the whole stream, split on LF, every
 * complete line parsed on its own.  A line longer than NFH_FTP_LINE_MAX is
 * optional: the walker reports it as too long when it sees its start within
 * the carry cap, and not at all when a segment ends more than
 * NFH_FTP_LINE_MAX bytes into it (the carry is capped; intended).  For the
 * same reason a last line without LF that is already too long may be
 * reported: the walker says so as soon as the join passes the cap.
 */
static inline size_t ftp_naive(enum nfh_ftp_dir dir, const u8 *s, size_t len,
			       struct ftp_event *ev, size_t max)
{
	size_t off = 0, n = 0;

	while (off < len) {
		const u8 *nl = memchr(s + off, '\n', len - off);
		struct nfh_ftp_match m;
		enum nfh_ftp_result r;
		size_t ll;

		if (!nl) {
			/* a last partial line is not a line yet, unless it
			 * is too long to ever be one */
			r = nfh_ftp_parse_line(s + off, len - off, dir, &m);
			if (len - off > NFH_FTP_LINE_MAX &&
			    r != NFH_FTP_IGNORED && n < max) {
				ftp_event_set(&ev[n], r, &m);
				ev[n++].optional = true;
			}
			break;
		}
		ll = (size_t)(nl - (s + off)) + 1;
		r = nfh_ftp_parse_line(s + off, ll, dir, &m);
		if (r != NFH_FTP_IGNORED && n < max) {
			ftp_event_set(&ev[n], r, &m);
			ev[n].optional = ll > NFH_FTP_LINE_MAX;
			n++;
		}
		off += ll;
	}
	return n;
}

/*
 * Does @got equal @want, where optional entries of @want may be missing?
 * Returns -1, or the index in @got of the first event that does not fit
 * (@ng when @got ends early).
 */
static inline long ftp_events_cmp(const struct ftp_event *want, size_t nw,
				  const struct ftp_event *got, size_t ng)
{
	size_t i = 0, j = 0;

	while (j < ng) {
		while (i < nw && want[i].optional && !ftp_event_eq(&want[i], &got[j]))
			i++;
		if (i == nw || !ftp_event_eq(&want[i], &got[j]))
			return (long)j;
		i++;
		j++;
	}
	while (i < nw && want[i].optional)
		i++;
	return i == nw ? -1 : (long)ng;
}

/*
 * Put an argument back into a line of its own and parse that: the text the
 * parser points at must say the same thing (the NAT half replaces exactly
 * that text).  Returns true when it does.
 */
static inline bool ftp_arg_reparses(enum nfh_ftp_cmd cmd, const u8 *arg,
				    size_t arg_len, const struct nfh_ftp_match *m)
{
	u8 line[NFH_FTP_LINE_MAX + 16];
	struct nfh_ftp_match again;
	enum nfh_ftp_dir dir;
	size_t n;

	if (arg_len > NFH_FTP_LINE_MAX)
		return false;
	switch (cmd) {
	case NFH_FTP_PORT:
		n = sprintf((char *)line, "PORT ");
		dir = NFH_FTP_DIR_CLIENT;
		break;
	case NFH_FTP_EPRT:
		n = sprintf((char *)line, "EPRT ");
		dir = NFH_FTP_DIR_CLIENT;
		break;
	case NFH_FTP_PASV_227:
		n = sprintf((char *)line, "227 (");
		dir = NFH_FTP_DIR_SERVER;
		break;
	case NFH_FTP_EPSV_229:
		n = sprintf((char *)line, "229 (");
		dir = NFH_FTP_DIR_SERVER;
		break;
	default:
		return false;
	}
	memcpy(line + n, arg, arg_len);
	n += arg_len;
	if (cmd == NFH_FTP_PASV_227 || cmd == NFH_FTP_EPSV_229)
		line[n++] = ')';
	line[n++] = '\r';
	line[n++] = '\n';
	if (nfh_ftp_parse_line(line, n, dir, &again) != NFH_FTP_OK)
		return false;
	return again.cmd == m->cmd && again.family == m->family &&
	       again.port == m->port &&
	       !memcmp(again.addr, m->addr, sizeof(again.addr));
}

/* Does the formatted replacement for @m parse back to @m? */
static inline bool ftp_format_reparses(const struct nfh_ftp_match *m, u8 delim)
{
	char out[NFH_FTP_REPL_MAX];
	size_t n = nfh_ftp_format(m->cmd, m->family, m->addr, m->port, delim,
				  out);

	return n && n <= NFH_FTP_REPL_MAX &&
	       ftp_arg_reparses(m->cmd, (const u8 *)out, n, m);
}

#endif /* _NFH_FTP_GLUE_H */
