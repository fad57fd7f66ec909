// SPDX-License-Identifier: GPL-2.0
/*
 * Unit tests of the FTP parse core: the vector table, every split of every
 * vector, nfh_ftp_may_match, nfh_ftp_format round trips, the stream tracker,
 * the segment walker with a glue-style carry, and a random differential test
 * against a naive whole-stream reference ("twin").
 *
 * Random parts use a fixed seed; NFH_SEED=<n> picks another one and
 * NFH_TWIN_ITERS=<n> the number of random streams.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../nf_conntrack_ftp/ftp_parse.c"
#include "../lib/check.h"
#include "../lib/rnd.h"
#include "ftp_vectors.h"
#include "ftp_glue.h"

static u32 rnd_below(u32 n)
{
	return n ? (u32)(rnd() % n) : 0;
}

/* ---- helpers ---- */

static bool addr_is(u8 family, const u8 *addr, const char *text)
{
	u8 want[16] = { 0 };

	if (text && inet_pton(family, text, want) != 1) {
		fprintf(stderr, "bad address text in test: %s\n", text);
		abort();
	}
	return !memcmp(addr, want, 16);
}

static const u8 zero16[16];

/* ---- 1. the vector table, line by line ---- */

static void test_vectors(void)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(ftp_vectors); i++) {
		const struct ftp_vector *v = &ftp_vectors[i];
		const u8 *line = (const u8 *)v->line;
		const u8 *nl = memchr(line, '\n', v->len);
		struct nfh_ftp_match m;
		enum nfh_ftp_result r;
		bool ok;

		memset(&m, 0xa5, sizeof(m));	/* the parser must set all */
		r = nfh_ftp_parse_line(line, v->len, v->dir, &m);
		ok = r == v->res && m.cmd == v->cmd && m.family == v->family &&
		     m.port == v->port &&
		     (v->addr ? addr_is(v->family, m.addr, v->addr) :
				!memcmp(m.addr, zero16, 16));
		if (v->arg)
			ok = ok && m.arg_len == strlen(v->arg) &&
			     m.arg_off + m.arg_len <= v->len &&
			     !memcmp(line + m.arg_off, v->arg, m.arg_len);
		else
			ok = ok && !m.arg_off && !m.arg_len;
		CHECK(ok, "vector %zu %s '%s': got %s/%s fam=%u port=%u arg=%u+%u, want %s/%s fam=%u port=%u",
		      i, v->dir ? "S" : "C", check_esc(line, v->len),
		      nfh_ftp_result_name(r), nfh_ftp_cmd_name(m.cmd),
		      m.family, m.port, m.arg_off, m.arg_len,
		      nfh_ftp_result_name(v->res), nfh_ftp_cmd_name(v->cmd),
		      v->family, v->port);

		/* line_len finds the first LF, and nothing without one */
		CHECK(nfh_ftp_line_len(line, v->len) ==
		      (nl ? (size_t)(nl - line) + 1 : 0),
		      "line_len of vector %zu", i);
	}
}

/* ---- 2. every vector cut into two and three segments ---- */

struct collect {
	struct ftp_event *ev;
	size_t n, max;
	bool record;		/* false: retransmitted data, drop */
	/* last event's details, for the directed tests */
	size_t line_off[16], line_len[16];
	bool joined[16];
	u8 arg[16][64];
	size_t arg_len[16];
};

static void collect_fn(void *ctx, const struct nfh_ftp_walk *w,
		       const u8 *line, size_t line_len)
{
	struct collect *c = ctx;
	size_t k = c->n;

	(void)line_len;
	if (!c->record || c->n >= c->max)
		return;
	ftp_event_set(&c->ev[k], w->res, &w->m);
	if (k < 16) {
		c->line_off[k] = w->line_off;
		c->line_len[k] = w->line_len;
		c->joined[k] = w->joined;
		c->arg_len[k] = min_t(size_t, w->m.arg_len, 64);
		memcpy(c->arg[k], line + w->m.arg_off, c->arg_len[k]);
	}
	c->n++;
}

/* Feed @s cut at @cuts[0..ncut) through a fresh glue; NULL or an error. */
static const char *run_cuts(enum nfh_ftp_dir dir, u32 seq, const u8 *s,
			    size_t len, const size_t *cuts, size_t ncut,
			    struct collect *c)
{
	struct ftp_glue_dir g;
	size_t i, from = 0;

	ftp_glue_init(&g, dir);
	for (i = 0; i <= ncut; i++) {
		size_t to = i < ncut ? cuts[i] : len;
		const char *err = ftp_glue_segment(&g, seq + (u32)from,
						   s + from, to - from,
						   collect_fn, c);

		if (err)
			return err;
		from = to;
	}
	return NULL;
}

/*
 * What the walker must report for one whole line cut at @cuts: the plain
 * parse of the line, except that a line longer than NFH_FTP_LINE_MAX is
 * reported (as too long) only when its first segment holds at most
 * NFH_FTP_LINE_MAX bytes of it: only that much is carried (intended).
 */
static bool split_ok(enum nfh_ftp_dir dir, const u8 *s, size_t len,
		     const size_t *cuts, size_t ncut, const char **why)
{
	struct ftp_event want, got[4];
	struct collect c = { .ev = got, .max = 4, .record = true };
	struct nfh_ftp_match m;
	enum nfh_ftp_result r = nfh_ftp_parse_line(s, len, dir, &m);
	bool expect = r != NFH_FTP_IGNORED;

	*why = run_cuts(dir, 0xfffffff0u + (u32)len, s, len, cuts, ncut, &c);
	if (*why)
		return false;
	if (len > NFH_FTP_LINE_MAX && ncut && cuts[0] > NFH_FTP_LINE_MAX)
		expect = false;
	ftp_event_set(&want, r, &m);
	*why = "wrong events";
	if (!expect)
		return c.n == 0;
	return c.n == 1 && ftp_event_eq(&want, &got[0]);
}

static void test_vector_splits(void)
{
	u8 buf[1024];
	size_t i, k1, k2;

	for (i = 0; i < ARRAY_SIZE(ftp_vectors); i++) {
		const struct ftp_vector *v = &ftp_vectors[i];
		size_t len = v->len, bad1 = 0, bad2 = 0, n = 0;
		const char *why = NULL;
		bool ok = true;

		/* one complete line: append the LF the vector may lack */
		memcpy(buf, v->line, len);
		if (!len || buf[len - 1] != '\n')
			buf[len++] = '\n';
		if (memchr(buf, '\n', len - 1))
			continue;	/* not a single line */

		for (k1 = 1; k1 < len && ok; k1++) {
			size_t cuts[2] = { k1 };

			ok = split_ok(v->dir, buf, len, cuts, 1, &why);
			bad1 = k1;
			n++;
			/* all 3-way cuts of short lines, a sample of long */
			for (k2 = k1 + 1; k2 < len && ok; k2++) {
				if (len > 80 && rnd_below(len) > 4)
					continue;
				cuts[1] = k2;
				ok = split_ok(v->dir, buf, len, cuts, 2, &why);
				bad2 = k2;
				n++;
			}
		}
		CHECK(ok, "vector %zu '%s' cut at %zu,%zu: %s", i,
		      check_esc(buf, len), bad1, bad2, why);
	}
}

/* ---- 3. nfh_ftp_may_match ---- */

static void test_may_match(void)
{
	static const struct {
		enum nfh_ftp_dir dir;
		const char *s;
		bool want;
	} t[] = {
		{ NFH_FTP_DIR_CLIENT, "P", true },
		{ NFH_FTP_DIR_CLIENT, "p", true },
		{ NFH_FTP_DIR_CLIENT, "PO", true },
		{ NFH_FTP_DIR_CLIENT, "POR", true },
		{ NFH_FTP_DIR_CLIENT, "PORT", true },
		{ NFH_FTP_DIR_CLIENT, "PORT ", true },
		{ NFH_FTP_DIR_CLIENT, "port 1,2,3", true },
		{ NFH_FTP_DIR_CLIENT, "PORT\t", true },	/* a malformed PORT */
		{ NFH_FTP_DIR_CLIENT, "PORT\r", true },
		{ NFH_FTP_DIR_CLIENT, "PORTA", false },
		{ NFH_FTP_DIR_CLIENT, "PORT1", false },
		{ NFH_FTP_DIR_CLIENT, "POTATO", false },
		{ NFH_FTP_DIR_CLIENT, "PA", false },
		{ NFH_FTP_DIR_CLIENT, "E", true },
		{ NFH_FTP_DIR_CLIENT, "EPRT |2|", true },
		{ NFH_FTP_DIR_CLIENT, "EPSV", false },
		{ NFH_FTP_DIR_CLIENT, "A", true },
		{ NFH_FTP_DIR_CLIENT, "AUTH", true },
		{ NFH_FTP_DIR_CLIENT, "auth t", true },
		{ NFH_FTP_DIR_CLIENT, "AUTHX", false },
		{ NFH_FTP_DIR_CLIENT, "X", false },
		{ NFH_FTP_DIR_CLIENT, " P", false },
		{ NFH_FTP_DIR_CLIENT, "227 ", false },
		{ NFH_FTP_DIR_SERVER, "2", true },
		{ NFH_FTP_DIR_SERVER, "22", true },
		{ NFH_FTP_DIR_SERVER, "227", true },
		{ NFH_FTP_DIR_SERVER, "227 ", true },
		{ NFH_FTP_DIR_SERVER, "227 Entering", true },
		{ NFH_FTP_DIR_SERVER, "227-", false },
		{ NFH_FTP_DIR_SERVER, "2270", false },
		{ NFH_FTP_DIR_SERVER, "228", false },
		{ NFH_FTP_DIR_SERVER, "229 (", true },
		{ NFH_FTP_DIR_SERVER, "23", true },
		{ NFH_FTP_DIR_SERVER, "234", true },
		{ NFH_FTP_DIR_SERVER, "24", false },
		{ NFH_FTP_DIR_SERVER, "PORT ", false },
	};
	/* every byte that can matter in the first five */
	static const char alpha[] = "PORTEAUHp27934 \r\n-\xff";
	const size_t na = sizeof(alpha) - 1;
	size_t i, k, bad = 0;
	u8 s[6];

	for (i = 0; i < ARRAY_SIZE(t); i++)
		CHECK(nfh_ftp_may_match((const u8 *)t[i].s, strlen(t[i].s),
					t[i].dir) == t[i].want,
		      "may_match('%s', %s) != %d", t[i].s,
		      t[i].dir ? "server" : "client", t[i].want);

	/* every prefix of a line the parser does not ignore may match */
	for (i = 0; i < ARRAY_SIZE(ftp_vectors); i++) {
		const struct ftp_vector *v = &ftp_vectors[i];
		bool ok = true;

		if (v->res == NFH_FTP_IGNORED)
			continue;
		for (k = 1; k <= v->len && k <= NFH_FTP_LINE_MAX; k++)
			ok = ok && nfh_ftp_may_match((const u8 *)v->line, k,
						     v->dir);
		CHECK(ok, "may_match refuses a prefix of vector %zu '%s'", i,
		      check_esc(v->line, v->len));
	}

	/*
	 * Exactly: for five bytes, may_match says whether the line is one
	 * of interest (the parser decides on the first five); for fewer,
	 * whether some next byte makes it one.  Brute force over @alpha.
	 */
	for (i = 0; i < 2; i++) {
		enum nfh_ftp_dir dir = i;
		size_t idx, total = 1;

		for (k = 0; k < 5; k++)
			total *= na;
		for (idx = 0; idx < total; idx++) {
			struct nfh_ftp_match m;
			size_t x = idx;
			bool want;

			for (k = 0; k < 5; k++, x /= na)
				s[k] = alpha[x % na];
			if (memchr(s, '\n', 4))
				continue;	/* that is a shorter line */
			s[5] = '\n';
			want = nfh_ftp_parse_line(s, s[4] == '\n' ? 5 : 6, dir,
						  &m) != NFH_FTP_IGNORED;
			if (nfh_ftp_may_match(s, 5, dir) != want && !bad++)
				CHECK(0, "may_match('%s', dir %zu) != %d",
				      check_esc(s, 5), i, want);
		}
		for (k = 4; k >= 1; k--) {
			size_t idx2, total2 = 1, j;

			for (j = 0; j < k; j++)
				total2 *= na;
			for (idx2 = 0; idx2 < total2; idx2++) {
				size_t x = idx2;
				bool any = false;

				for (j = 0; j < k; j++, x /= na)
					s[j] = alpha[x % na];
				if (memchr(s, '\n', k))
					continue;
				for (j = 0; j < na && !any; j++) {
					s[k] = alpha[j];
					any = nfh_ftp_may_match(s, k + 1, dir);
				}
				if (nfh_ftp_may_match(s, k, dir) != any &&
				    !bad++)
					CHECK(0, "may_match('%s') != %d",
					      check_esc(s, k), any);
			}
		}
	}
	CHECK(!bad, "may_match brute force: %zu mismatches", bad);
}

/* ---- 4. nfh_ftp_format ---- */

/* glibc writes deprecated IPv4-compatible addresses (::/96 but not :: or
 * ::x) as ::a.b.c.d; RFC 5952 recommends the dotted form only for
 * well-known prefixes such as ::ffff:0:0/96, and the core writes hex. */
static bool v4compat(const u8 *a)
{
	return !memcmp(a, zero16, 12) && (a[12] || a[13]);
}

static void rand_ipv6(u8 *a)
{
	int i;

	switch (rnd_below(10)) {
	case 0:		/* IPv4-mapped */
		memset(a, 0, 10);
		a[10] = a[11] = 0xff;
		for (i = 12; i < 16; i++)
			a[i] = rnd();
		return;
	case 1:		/* IPv4-compatible */
		memset(a, 0, 12);
		for (i = 12; i < 16; i++)
			a[i] = rnd();
		return;
	default:	/* groups of zeros, small and big values */
		for (i = 0; i < 8; i++) {
			u32 k = rnd_below(5), w;

			w = k < 2 ? 0 : k == 2 ? rnd_below(16) : (u16)rnd();
			a[2 * i] = w >> 8;
			a[2 * i + 1] = w;
		}
	}
}

static void test_format(void)
{
	static const struct {
		const char *in, *out;
	} canon[] = {	/* RFC 5952 section 4 and 5 */
		{ "2001:db8::1", "2001:db8::1" },
		{ "2001:0db8:0:0:0:0:2:1", "2001:db8::2:1" },
		{ "2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1" },
		{ "2001:0:0:1:0:0:0:1", "2001:0:0:1::1" },
		{ "2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1" },
		{ "2001:DB8::ABCD", "2001:db8::abcd" },
		{ "::", "::" },
		{ "::1", "::1" },
		{ "1::", "1::" },
		{ "0:1::", "0:1::" },
		{ "1:0:1:0:1:0:1:0", "1:0:1:0:1:0:1:0" },
		{ "::ffff:192.0.2.1", "::ffff:192.0.2.1" },
		{ "::ffff:0:0", "::ffff:0.0.0.0" },
		{ "::1:ffff:1:2", "::1:ffff:1:2" },
		{ "fe80::1:0:0:0", "fe80::1:0:0:0" },	/* tie: the first run */
		{ "fe80:0:0:1:0:0:0:0", "fe80:0:0:1::" },
		{ "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
		  "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" },
	};
	char *out = malloc(NFH_FTP_REPL_MAX);	/* exact size: ASan sees overflow */
	u8 a[16], v4[4];
	size_t i, n, bad_rt = 0, bad_ntop = 0, runs = 20000;

	for (i = 0; i < ARRAY_SIZE(canon); i++) {
		char want[80];

		inet_pton(AF_INET6, canon[i].in, a);
		n = nfh_ftp_format(NFH_FTP_EPRT, AF_INET6, a, 21, '|', out);
		snprintf(want, sizeof(want), "|2|%s|21|", canon[i].out);
		CHECK(n == strlen(want) && !memcmp(out, want, n),
		      "format(%s) = '%.*s', want '%s'", canon[i].in, (int)n,
		      out, want);
	}

	/* the longest texts fit NFH_FTP_REPL_MAX */
	memset(a, 0xff, 16);
	n = nfh_ftp_format(NFH_FTP_EPRT, AF_INET6, a, 65535, '|', out);
	CHECK(n && n <= NFH_FTP_REPL_MAX, "longest EPRT v6 is %zu", n);
	memset(a, 0, 10);
	a[10] = a[11] = 0xff;
	n = nfh_ftp_format(NFH_FTP_EPRT, AF_INET6, a, 65535, '|', out);
	CHECK(n == strlen("|2|::ffff:255.255.255.255|65535|"), "mapped %zu", n);
	n = nfh_ftp_format(NFH_FTP_PORT, AF_INET, a + 12, 65535, 0, out);
	CHECK(n == strlen("255,255,255,255,255,255") &&
	      !memcmp(out, "255,255,255,255,255,255", n), "PORT max");
	n = nfh_ftp_format(NFH_FTP_EPSV_229, 0, NULL, 65535, '!', out);
	CHECK(n == 9 && !memcmp(out, "!!!65535!", 9), "229 '%.*s'", (int)n, out);
	/* nothing to format */
	CHECK(!nfh_ftp_format(NFH_FTP_AUTH, 0, a, 1, '|', out), "AUTH");
	CHECK(!nfh_ftp_format(NFH_FTP_AUTH_OK, 0, a, 1, '|', out), "234");
	CHECK(!nfh_ftp_format(NFH_FTP_NONE, 0, a, 1, '|', out), "none");
	CHECK(!nfh_ftp_format(NFH_FTP_PORT, AF_INET6, a, 1, '|', out),
	      "PORT cannot carry IPv6");
	CHECK(!nfh_ftp_format(NFH_FTP_PASV_227, AF_INET6, a, 1, '|', out),
	      "227 cannot carry IPv6");

	/* random round trips: format, parse, same address and port */
	for (i = 0; i < runs; i++) {
		static const enum nfh_ftp_cmd cmds[] = {
			NFH_FTP_PORT, NFH_FTP_PASV_227, NFH_FTP_EPRT,
			NFH_FTP_EPRT, NFH_FTP_EPSV_229,
		};
		/* delimiters that cannot occur in the address text */
		static const char delims[] = "|!#$%&'*+/;<=>?@^_`~\"()[]{}-,gxzGXZ";
		struct nfh_ftp_match m = { 0 };
		u16 port = 1 + rnd_below(65535);
		u8 d = delims[rnd_below(sizeof(delims) - 1)];

		m.cmd = cmds[rnd_below(ARRAY_SIZE(cmds))];
		m.port = port;
		if (m.cmd == NFH_FTP_EPSV_229) {
			m.family = 0;
		} else if (m.cmd == NFH_FTP_EPRT && rnd_below(2)) {
			m.family = AF_INET6;
			rand_ipv6(m.addr);
		} else {
			m.family = AF_INET;
			for (n = 0; n < 4; n++)
				m.addr[n] = rnd_below(4) ? rnd() : 0;
		}
		n = nfh_ftp_format(m.cmd, m.family, m.addr, port, d, out);
		if (!ftp_arg_reparses(m.cmd, (u8 *)out, n, &m) && !bad_rt++)
			CHECK(0, "round trip of %s '%.*s'", nfh_ftp_cmd_name(m.cmd),
			      (int)n, out);

		if (m.family == AF_INET6) {
			char ntop[INET6_ADDRSTRLEN];
			size_t tl;

			inet_ntop(AF_INET6, m.addr, ntop, sizeof(ntop));
			tl = strlen(ntop);
			/* out is "d2d<text>d<port>d" */
			if (!v4compat(m.addr) &&
			    (n < 3 + tl + 1 || memcmp(out + 3, ntop, tl) ||
			     out[3 + tl] != d) && !bad_ntop++)
				CHECK(0, "format '%.*s' != inet_ntop '%s'",
				      (int)n, out, ntop);
		}
		if (m.family == AF_INET && m.cmd == NFH_FTP_EPRT) {
			char ntop[INET_ADDRSTRLEN];

			memcpy(v4, m.addr, 4);
			inet_ntop(AF_INET, v4, ntop, sizeof(ntop));
			if (memcmp(out + 3, ntop, strlen(ntop)) && !bad_ntop++)
				CHECK(0, "format '%.*s' != inet_ntop '%s'",
				      (int)n, out, ntop);
		}
	}
	CHECK(!bad_rt, "%zu of %zu format round trips failed", bad_rt, runs);
	CHECK(!bad_ntop, "%zu of %zu formats differ from inet_ntop", bad_ntop,
	      runs);
	free(out);
}

/* ---- 5. stream tracker ---- */

static void test_stream(void)
{
	struct nfh_ftp_stream s;

	memset(&s, 0, sizeof(s));
	CHECK(nfh_ftp_stream_start(&s, 12345) == NFH_FTP_AT_LINE,
	      "first segment starts a line");

	/* in order: complete lines, then a partial one */
	nfh_ftp_stream_advance(&s, 1000, 10, true, false);
	CHECK(s.synced && s.next_seq == 1010 && !s.midline, "after 1st");
	CHECK(nfh_ftp_stream_start(&s, 1010) == NFH_FTP_AT_LINE, "in order");
	nfh_ftp_stream_advance(&s, 1010, 5, true, true);
	CHECK(nfh_ftp_stream_start(&s, 1015) == NFH_FTP_CONTINUES,
	      "after a partial line");
	/* retransmissions of line starts, and of anything else */
	CHECK(nfh_ftp_stream_start(&s, 1000) == NFH_FTP_AT_LINE, "retrans 1000");
	CHECK(nfh_ftp_stream_start(&s, 1010) == NFH_FTP_AT_LINE, "retrans 1010");
	CHECK(nfh_ftp_stream_start(&s, 1005) == NFH_FTP_UNKNOWN, "retrans 1005");
	/* the core's fix: the zeroed slot is no line start */
	CHECK(nfh_ftp_stream_start(&s, 0) == NFH_FTP_UNKNOWN, "seq 0");
	/* a retransmission does not move the stream */
	nfh_ftp_stream_advance(&s, 1000, 10, true, false);
	CHECK(s.next_seq == 1015 && s.midline, "old data changes nothing");
	CHECK(nfh_ftp_stream_start(&s, 1015) == NFH_FTP_CONTINUES, "still");
	/* a gap: unknown, then in order again after it */
	CHECK(nfh_ftp_stream_start(&s, 2000) == NFH_FTP_UNKNOWN, "gap");
	nfh_ftp_stream_advance(&s, 2000, 10, false, false);
	CHECK(s.next_seq == 2010 && !s.midline, "after gap");
	CHECK(nfh_ftp_stream_start(&s, 2010) == NFH_FTP_AT_LINE, "after gap");
	nfh_ftp_stream_advance(&s, 2010, 10, true, true);
	CHECK(nfh_ftp_stream_start(&s, 2020) == NFH_FTP_CONTINUES, "2020");
	/* two line starts are remembered, the oldest is forgotten */
	nfh_ftp_stream_advance(&s, 2020, 10, false, false);
	nfh_ftp_stream_advance(&s, 2030, 10, true, false);
	CHECK(nfh_ftp_stream_start(&s, 2010) == NFH_FTP_AT_LINE, "2010 kept");
	CHECK(nfh_ftp_stream_start(&s, 2030) == NFH_FTP_AT_LINE, "2030 kept");
	CHECK(nfh_ftp_stream_start(&s, 1010) == NFH_FTP_UNKNOWN, "1010 gone");
	CHECK(nfh_ftp_stream_start(&s, 2020) == NFH_FTP_UNKNOWN, "2020 mid");

	/* wrap-around near 2^32 */
	memset(&s, 0, sizeof(s));
	nfh_ftp_stream_advance(&s, 0xfffffff0u, 0x20, true, true);
	CHECK(s.next_seq == 0x10 && s.midline, "wrapped next_seq %#x",
	      s.next_seq);
	CHECK(nfh_ftp_stream_start(&s, 0x10) == NFH_FTP_CONTINUES, "wrap cont");
	CHECK(nfh_ftp_stream_start(&s, 0xfffffff0u) == NFH_FTP_AT_LINE,
	      "wrap retrans");
	nfh_ftp_stream_advance(&s, 0x10, 5, false, false);
	CHECK(s.next_seq == 0x15 && !s.midline, "wrap advance");
	nfh_ftp_stream_advance(&s, 0xfffffff8u, 4, false, true);
	CHECK(s.next_seq == 0x15 && !s.midline, "old data across the wrap");
	CHECK(nfh_ftp_stream_start(&s, 0x15) == NFH_FTP_AT_LINE, "wrap in order");
	CHECK(nfh_ftp_stream_start(&s, 0) == NFH_FTP_UNKNOWN, "wrap seq 0");
	/* the flag byte is the caller's: untouched */
	s.owner = 0x5a;
	nfh_ftp_stream_advance(&s, 0x15, 5, true, false);
	CHECK(s.owner == 0x5a, "owner byte kept");
}

/* ---- 6. the segment walker, directed cases ---- */

struct seg {
	u32 seq_off;		/* relative to the base */
	const char *s;
	size_t len;
};

#define SEG(off, lit) { off, lit, sizeof(lit) - 1 }

/* Run @segs in order through one glue; the collected events land in @c. */
static const char *run_segs(enum nfh_ftp_dir dir, u32 base,
			    const struct seg *segs, size_t n,
			    struct collect *c, struct ftp_glue_dir *g)
{
	size_t i;

	ftp_glue_init(g, dir);
	for (i = 0; i < n; i++) {
		const char *err = ftp_glue_segment(g, base + segs[i].seq_off,
						   (const u8 *)segs[i].s,
						   segs[i].len, collect_fn, c);
		if (err)
			return err;
	}
	return NULL;
}

static bool ev_is(const struct ftp_event *e, enum nfh_ftp_cmd cmd,
		  enum nfh_ftp_result res, u16 port)
{
	return e->cmd == cmd && e->res == res && e->port == port;
}

#define WALK(dir, base, ...)						\
	({								\
		static const struct seg segs_[] = { __VA_ARGS__ };	\
		memset(&c, 0, sizeof(c));				\
		c.ev = ev;						\
		c.max = ARRAY_SIZE(ev);					\
		c.record = true;					\
		run_segs(NFH_FTP_DIR_##dir, base, segs_,		\
			 ARRAY_SIZE(segs_), &c, &g);			\
	})

static void test_walker(void)
{
	static const char many[] = "USER a\r\nPORT 1,2,3,4,5,6\r\nNOOP\r\n"
		"EPRT |1|10.0.0.1|21|\r\nport 7,8,9,10,11,12\n\r\nAUTH TLS\r\n";
	struct ftp_event ev[16];
	struct ftp_glue_dir g;
	struct collect c;
	const char *err;
	u32 base = 1000;

	/* several lines in one segment: all, in order, at the right place */
	err = WALK(CLIENT, base, SEG(0, many));
	CHECK(!err && c.n == 4 &&
	      ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 1286) &&
	      ev_is(&ev[1], NFH_FTP_EPRT, NFH_FTP_OK, 21) &&
	      ev_is(&ev[2], NFH_FTP_PORT, NFH_FTP_OK, 11 * 256 + 12) &&
	      ev_is(&ev[3], NFH_FTP_AUTH, NFH_FTP_OK, 0),
	      "several lines: %s, %zu events", err, c.n);
	CHECK(c.line_off[0] == (size_t)(strstr(many, "PORT") - many) &&
	      c.line_len[0] == strlen("PORT 1,2,3,4,5,6\r\n") &&
	      c.line_off[1] == (size_t)(strstr(many, "EPRT") - many) &&
	      c.line_off[2] == (size_t)(strstr(many, "port") - many) &&
	      c.line_len[2] == strlen("port 7,8,9,10,11,12\n") &&
	      c.line_off[3] == (size_t)(strstr(many, "AUTH") - many) &&
	      !c.joined[0] && !c.joined[3], "several lines: offsets");
	CHECK(c.arg_len[1] == 15 && !memcmp(c.arg[1], "|1|10.0.0.1|21|", 15),
	      "several lines: EPRT arg");
	CHECK(!g.carry_len, "complete lines leave no carry");

	/* a line split across two segments */
	err = WALK(CLIENT, base, SEG(0, "NOOP\r\nPORT 10,0,0,1,"),
		   SEG(20, "4,1\r\nNOOP\r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 1025) &&
	      c.joined[0] && c.line_off[0] == 0 && c.line_len[0] == 5 &&
	      addr_is(AF_INET, ev[0].addr, "10.0.0.1") &&
	      c.arg_len[0] == 12 && !memcmp(c.arg[0], "10,0,0,1,4,1", 12),
	      "split in two: %s, %zu events", err, c.n);

	/* ... across three: the middle one goes into the join buffer */
	err = WALK(CLIENT, base, SEG(0, "PORT 10,0"), SEG(9, ",0,1,4"));
	CHECK(!err && c.n == 0 && g.carry_len == 15 &&
	      !memcmp(g.carry, "PORT 10,0,0,1,4", 15), "split in three: carry");
	err = WALK(CLIENT, base, SEG(0, "PORT 10,0"), SEG(9, ",0,1,4"),
		   SEG(15, ",1\r\nPORT 1,1,1,1,1,1\r\n"));
	CHECK(!err && c.n == 2 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 1025) &&
	      c.joined[0] && c.line_len[0] == 4 &&
	      ev_is(&ev[1], NFH_FTP_PORT, NFH_FTP_OK, 257) && !c.joined[1] &&
	      c.line_off[1] == 4, "split in three: %s, %zu events", err, c.n);

	/* split inside the keyword, and one byte at a time */
	err = WALK(CLIENT, base, SEG(0, "PO"), SEG(2, "RT 1,2,3,4,5,6\r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 1286),
	      "split in keyword: %s, %zu events", err, c.n);
	err = WALK(SERVER, base, SEG(0, "2"), SEG(1, "2"), SEG(2, "7"),
		   SEG(3, " "), SEG(4, "(1,2,3,4,5,6)\r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PASV_227, NFH_FTP_OK, 1286),
	      "227 byte by byte: %s, %zu events", err, c.n);

	/* split right before the LF */
	err = WALK(CLIENT, base, SEG(0, "PORT 1,2,3,4,5,6\r"), SEG(17, "\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 1286) &&
	      c.joined[0] && c.line_len[0] == 1, "split before LF: %s", err);
	err = WALK(SERVER, base, SEG(0, "229 (|||6446|)"), SEG(14, "\r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_EPSV_229, NFH_FTP_OK, 6446),
	      "229 split before CR LF: %s", err);

	/* a partial line of no interest is not carried; the next is found */
	err = WALK(CLIENT, base, SEG(0, "USER anonym"));
	CHECK(!err && !g.carry_len && g.st.midline, "USER not carried");
	err = WALK(CLIENT, base, SEG(0, "USER anonym"),
		   SEG(11, "ous\r\nPORT 1,2,3,4,5,6\r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 1286) &&
	      !c.joined[0] && c.line_off[0] == 5, "after USER: %s", err);

	/* a partial line at an unknown start (after a gap) is not carried */
	err = WALK(CLIENT, base, SEG(0, "NOOP\r\n"), SEG(100, "PORT 1,2,3,4"));
	CHECK(!err && c.n == 0 && !g.carry_len && g.resync == 1,
	      "unknown partial: %s carry %zu", err, g.carry_len);
	err = WALK(CLIENT, base, SEG(0, "NOOP\r\n"), SEG(100, "PORT 1,2,3,4"),
		   SEG(112, ",5,6\r\nPORT 5,6,7,8,9,10\r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 9 * 256 + 10),
	      "after unknown partial: %s, %zu events", err, c.n);
	/* gap in the middle of a line: resync at the first LF */
	err = WALK(CLIENT, base, SEG(0, "NOOP\r\n"),
		   SEG(100, "RT 1,2,3,4,5,6\r\nPORT 5,6,7,8,9,10\r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 9 * 256 + 10),
	      "gap resync: %s, %zu events", err, c.n);
	/* a carried line whose continuation is lost: nothing, no misparse */
	err = WALK(CLIENT, base, SEG(0, "PORT 1,2,"), SEG(50, "3,4\r\n"),
		   SEG(55, "PORT 4,3,2,1,0,9\r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 9),
	      "lost continuation: %s, %zu events", err, c.n);

	/* retransmission of a line-start segment: parsed again (the kernel
	 * expects again; that is harmless), of a mid-line one: not */
	err = WALK(CLIENT, base, SEG(0, "PORT 1,2,3,4,5,6\r\n"), SEG(18, "NOOP\r\n"),
		   SEG(0, "PORT 1,2,3,4,5,6\r\n"), SEG(5, "1,2,3,4,5,6\r\n"));
	CHECK(!err && c.n == 2 && ev_is(&ev[1], NFH_FTP_PORT, NFH_FTP_OK, 1286) &&
	      g.resync == 1, "retransmission: %s, %zu events", err, c.n);
	/* a retransmission must not replace the carry of the stream head */
	err = WALK(CLIENT, base, SEG(0, "PORT 1,2,3,"), SEG(11, "4,5,6\r\nPORT 9,9,"),
		   SEG(0, "PORT 1,2,3,"), SEG(27, "9,9,1,2\r\n"));
	CHECK(!err && c.n == 2 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 1286) &&
	      ev_is(&ev[1], NFH_FTP_PORT, NFH_FTP_OK, 258) &&
	      addr_is(AF_INET, ev[1].addr, "9.9.9.9"),
	      "retransmission with carry: %s, %zu events", err, c.n);

	/* a joined line over the cap: too long, unless it is no command */
	err = WALK(CLIENT, base, SEG(0, "PO"),
		   SEG(2, "TATO" FTPV_SP256 "\r\nPORT 1,2,3,4,5,6\r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 1286),
	      "POTATO is no command: %s, %zu events", err, c.n);
	err = WALK(CLIENT, base, SEG(0, "PO"), SEG(2, "RT " FTPV_SP256 "\r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_ETOOLONG, 0) &&
	      c.joined[0], "long joined PORT: %s, %zu events", err, c.n);
	err = WALK(SERVER, base, SEG(0, "22"), SEG(2, "7 " FTPV_SP256 "\r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PASV_227, NFH_FTP_ETOOLONG, 0),
	      "long joined 227: %s, %zu events", err, c.n);
	err = WALK(SERVER, base, SEG(0, "22"), SEG(2, "8 " FTPV_SP256 "\r\n"));
	CHECK(!err && c.n == 0, "long joined 228: %s, %zu events", err, c.n);
	/* ... reported once even when it goes on for several segments */
	err = WALK(CLIENT, base, SEG(0, "PORT 1"), SEG(6, FTPV_SP256),
		   SEG(262, FTPV_SP256), SEG(518, "\r\nAUTH TLS\r\n"));
	CHECK(!err && c.n == 2 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_ETOOLONG, 0) &&
	      ev_is(&ev[1], NFH_FTP_AUTH, NFH_FTP_OK, 0),
	      "long line over segments: %s, %zu events", err, c.n);

	/* joins at the cap: 256 parses, 257 is too long */
	err = WALK(CLIENT, base, SEG(0, "PORT 1,2,3,4,5,6" FTPV_SP64 FTPV_SP64),
		   SEG(144, FTPV_SP64 FTPV_SP16 FTPV_SP16 "              \r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 1286),
	      "join of 256: %s, %zu events", err, c.n);
	err = WALK(CLIENT, base, SEG(0, "PORT 1,2,3,4,5,6" FTPV_SP64 FTPV_SP64),
		   SEG(144, FTPV_SP64 FTPV_SP16 FTPV_SP16 "               \r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_ETOOLONG, 0),
	      "join of 257: %s, %zu events", err, c.n);
	/* intended: a segment ending over 256 bytes into a line drops it */
	err = WALK(CLIENT, base, SEG(0, "PORT 1,2,3,4,5,6" FTPV_SP256),
		   SEG(272, "\r\nPORT 1,1,1,1,1,1\r\n"));
	CHECK(!err && c.n == 1 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 257),
	      "long partial not carried: %s, %zu events", err, c.n);

	/* empty lines, LF-only segments, wrap-around of the sequence space */
	err = WALK(CLIENT, base, SEG(0, "\n"), SEG(1, "\n"),
		   SEG(2, "PORT 1,2,3,4,5,6\n"));
	CHECK(!err && c.n == 1, "empty lines: %s, %zu events", err, c.n);
	err = WALK(CLIENT, 0xfffffff4u, SEG(0, "PORT 1,2,3,4"),
		   SEG(12, ",5,6\r\nPORT 9,8,"), SEG(27, "7,6,5,4\r\n"));
	CHECK(!err && c.n == 2 && ev_is(&ev[0], NFH_FTP_PORT, NFH_FTP_OK, 1286) &&
	      ev_is(&ev[1], NFH_FTP_PORT, NFH_FTP_OK, 5 * 256 + 4) &&
	      addr_is(AF_INET, ev[1].addr, "9.8.7.6"),
	      "across 2^32: %s, %zu events", err, c.n);
}

/* nfh_ftp_walk_resize: rewrite lines in place as the NAT half does. */
static void test_walk_resize(void)
{
	static const char in[] = "PORT 1,2,3,4,5,6\r\nPORT 7,8,9,10,11,12\r\n"
				 "AUTH TLS\r\n";
	static const char out_want[] = "PORT 100,200,100,200,100,200\r\n"
				       "PORT 1,1,1,1,1,1\r\nAUTH TLS\r\n";
	static const char *const repl[] = { "100,200,100,200,100,200",
					    "1,1,1,1,1,1" };
	u8 buf[128];
	size_t len = sizeof(in) - 1, k = 0, offs[3] = { 0 };
	struct nfh_ftp_stream st = { 0 };	/* a first segment starts a line */
	struct nfh_ftp_walk w;

	memcpy(buf, in, len);
	nfh_ftp_walk_begin(&w, &st, NFH_FTP_DIR_CLIENT, 1000, len);
	while (nfh_ftp_walk_next(&w, buf, len) && k < 3) {
		offs[k] = w.line_off;
		if (w.m.cmd == NFH_FTP_PORT && w.res == NFH_FTP_OK) {
			size_t at = w.line_off + w.m.arg_off;
			long delta = (long)strlen(repl[k]) - w.m.arg_len;

			memmove(buf + at + strlen(repl[k]), buf + at + w.m.arg_len,
				len - at - w.m.arg_len);
			memcpy(buf + at, repl[k], strlen(repl[k]));
			len += delta;
			nfh_ftp_walk_resize(&w, delta);
		}
		k++;
	}
	CHECK(k == 3 && offs[1] == 30 && offs[2] == 48 &&
	      len == sizeof(out_want) - 1 && !memcmp(buf, out_want, len),
	      "resize: %zu lines at %zu,%zu: '%s'", k, offs[1], offs[2],
	      check_esc(buf, len));
}

/* ---- 7. names ---- */

/*
 * nfh_ftp_walk_ends_split(): the glue holds a segment of a translated
 * sender exactly when it ends with the start of a line of interest.
 */
static void test_ends_split(void)
{
	static const struct {
		const char *seg;
		bool split;
	} v[] = {
		{ "PORT 10,0", true },
		{ "USER a\r\nPASS b\r\nPORT 10,0,1,2,19", true },
		{ "PORT 10,0,1,2,195,80\r", true },	/* inside the CRLF */
		{ "EPRT |1|10.0", true },
		{ "PORT 10,0,1,2,195,80\r\n", false },
		{ "HELP wo", false },
		{ "NOOP\r\n", false },
	};
	struct nfh_ftp_stream st;
	struct nfh_ftp_walk w;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(v); i++) {
		memset(&st, 0, sizeof(st));
		CHECK(nfh_ftp_walk_ends_split(&w, &st, NFH_FTP_DIR_CLIENT, 1000,
					      (const u8 *)v[i].seg,
					      strlen(v[i].seg)) == v[i].split,
		      "ends_split(\"%s\") is %d", v[i].seg, v[i].split);
	}
	/* a reply: 227 cut after 14 bytes */
	memset(&st, 0, sizeof(st));
	CHECK(nfh_ftp_walk_ends_split(&w, &st, NFH_FTP_DIR_SERVER, 5,
				      (const u8 *)"227 Entering P", 14),
	      "a 227 cut after 14 bytes ends split");
	/* the stream did not move: the same segment is still at its start */
	CHECK(!st.synced, "ends_split leaves the stream alone");
}

static void test_names(void)
{
	int i;

	for (i = 0; i < NFH_FTP_CMD_MAX; i++)
		CHECK(nfh_ftp_cmd_name(i) && strcmp(nfh_ftp_cmd_name(i), "?"),
		      "cmd name %d", i);
	for (i = 0; i < NFH_FTP_RESULT_MAX; i++)
		CHECK(nfh_ftp_result_name(i) &&
		      strcmp(nfh_ftp_result_name(i), "?"), "result name %d", i);
	CHECK(!strcmp(nfh_ftp_cmd_name(NFH_FTP_CMD_MAX), "?") &&
	      !strcmp(nfh_ftp_cmd_name((enum nfh_ftp_cmd)-1), "?") &&
	      !strcmp(nfh_ftp_result_name(NFH_FTP_RESULT_MAX), "?"),
	      "out-of-range names");
}

/* ---- 8. the twin: random streams, random cuts, against the reference ---- */

static size_t put(u8 *buf, size_t len, size_t cap, const void *p, size_t n)
{
	n = min_t(size_t, n, cap - len);
	memcpy(buf + len, p, n);
	return len + n;
}

/* A random valid address line for @dir, in one of the styles servers use. */
static size_t gen_valid(enum nfh_ftp_dir dir, char *o)
{
	struct nfh_ftp_match m = { 0 };
	char arg[NFH_FTP_REPL_MAX + 1];
	size_t n, i;
	u8 d = "|!#"[rnd_below(3)];

	m.port = 1 + rnd_below(65535);
	if (dir == NFH_FTP_DIR_CLIENT) {
		m.cmd = rnd_below(2) ? NFH_FTP_PORT : NFH_FTP_EPRT;
		m.family = m.cmd == NFH_FTP_EPRT && rnd_below(2) ? AF_INET6 : AF_INET;
	} else {
		m.cmd = rnd_below(2) ? NFH_FTP_PASV_227 : NFH_FTP_EPSV_229;
		m.family = m.cmd == NFH_FTP_PASV_227 ? AF_INET : 0;
	}
	if (m.family == AF_INET6)
		rand_ipv6(m.addr);
	else
		for (i = 0; i < 4; i++)
			m.addr[i] = rnd();
	n = nfh_ftp_format(m.cmd, m.family, m.addr, m.port, d, arg);
	arg[n] = 0;
	switch (m.cmd) {
	case NFH_FTP_PORT:
		return sprintf(o, "%s %s\r\n", rnd_below(2) ? "PORT" : "port", arg);
	case NFH_FTP_EPRT:
		return sprintf(o, "EPRT %s\r\n", arg);
	case NFH_FTP_PASV_227:
		return sprintf(o, rnd_below(2) ? "227 Entering Passive Mode (%s).\r\n" :
				  "227 Entering Passive Mode %s\n", arg);
	default:
		return sprintf(o, "229 Entering Extended Passive Mode (%s)\r\n", arg);
	}
}

static size_t gen_stream(enum nfh_ftp_dir dir, u8 *buf, size_t cap)
{
	static const char *const prefixes[] = {
		"P", "PO", "POR", "PORT", "PORT\t", "POTATO", "E", "EPRT", "EPRT |",
		"A", "AUTH", "2", "22", "227", "227-", "227 (", "229 (|||", "234",
		"port 1,2,", "SITE ",
	};
	size_t target = rnd_below(rnd_below(4) ? 1500 : 6000), len = 0, n, i;
	char tmp[1024];

	while (len < target && len < cap) {
		u32 r = rnd_below(100);

		if (r < 45) {
			const struct ftp_vector *v =
				&ftp_vectors[rnd_below(ARRAY_SIZE(ftp_vectors))];

			len = put(buf, len, cap, v->line, v->len);
			if ((!v->len || v->line[v->len - 1] != '\n') && rnd_below(10) < 7)
				len = put(buf, len, cap, "\r\n", 2);
		} else if (r < 55) {
			n = gen_valid(dir, tmp);
			len = put(buf, len, cap, tmp, n);
		} else if (r < 65) {	/* junk bytes, sometimes with LFs */
			n = rnd_below(80);
			for (i = 0; i < n; i++) {
				u32 k = rnd_below(20);

				tmp[i] = k == 0 ? '\n' : k == 1 ? '\r' : k == 2 ? 0 :
					 k == 3 ? (char)rnd() : (char)(' ' + rnd_below(95));
			}
			len = put(buf, len, cap, tmp, n);
			if (rnd_below(2))
				len = put(buf, len, cap, "\r\n", 2);
		} else if (r < 75) {	/* keyword prefixes that go nowhere */
			const char *p = prefixes[rnd_below(ARRAY_SIZE(prefixes))];

			len = put(buf, len, cap, p, strlen(p));
			n = rnd_below(20);
			for (i = 0; i < n; i++)
				tmp[i] = ' ' + rnd_below(95);
			len = put(buf, len, cap, tmp, n);
			if (rnd_below(4))
				len = put(buf, len, cap, "\r\n", 2);
		} else if (r < 85) {	/* long lines around and over the cap */
			const char *p = rnd_below(2) ? prefixes[rnd_below(ARRAY_SIZE(prefixes))] :
				       dir == NFH_FTP_DIR_CLIENT ? "PORT " : "227 ";

			len = put(buf, len, cap, p, strlen(p));
			n = 200 + rnd_below(500);
			for (i = 0; i < n && i < sizeof(tmp); i++)
				tmp[i] = ' ' + rnd_below(95);
			len = put(buf, len, cap, tmp, i);
			if (rnd_below(8))	/* else: maybe the last, unended */
				len = put(buf, len, cap, "\r\n", 2);
		} else {
			static const char *const filler[] = {
				"NOOP\r\n", "\r\n", "\n", "200 OK\r\n", "TYPE I\r\n",
			};
			const char *p = filler[rnd_below(ARRAY_SIZE(filler))];

			len = put(buf, len, cap, p, strlen(p));
		}
	}
	return len;
}

static void test_twin(unsigned long iters)
{
	size_t cap = 16384, worst = 0;
	u8 *buf = malloc(cap);
	struct ftp_event *want = malloc(sizeof(*want) * (cap + 1));
	struct ftp_event *got = malloc(sizeof(*got) * (cap + 1));
	unsigned long it, fails = 0, events = 0, joined = 0, retrans = 0;

	for (it = 0; it < iters; it++) {
		enum nfh_ftp_dir dir = rnd_below(2);
		size_t len = gen_stream(dir, buf, cap), nw, from = 0, nseg = 0;
		u32 base = rnd_below(4) ? (u32)rnd() : 0xffffffffu - rnd_below(3000);
		u32 mode = rnd_below(5), rt = rnd_below(3) == 0;
		struct collect c = { .ev = got, .max = cap + 1, .record = true };
		struct ftp_glue_dir g;
		const char *err = NULL;
		long bad;

		ftp_glue_init(&g, dir);
		while (from < len && !err) {
			/* tiny, small, mixed, large segments, or one */
			static const u32 most[] = { 3, 20, 300, 2000 };
			size_t sz = mode < 4 ? 1 + rnd_below(most[mode]) : len;

			sz = min_t(size_t, sz, len - from);
			c.record = true;
			err = ftp_glue_segment(&g, base + (u32)from, buf + from, sz,
					       collect_fn, &c);
			from += sz;
			nseg++;
			/* now and then, old data again: must change nothing */
			if (rt && !err && rnd_below(5) == 0) {
				size_t a = rnd_below(from), b = a + 1 + rnd_below(from - a);

				c.record = false;
				err = ftp_glue_segment(&g, base + (u32)a, buf + a,
						       b - a, collect_fn, &c);
				retrans++;
			}
		}
		nw = ftp_naive(dir, buf, len, want, cap + 1);
		bad = err ? 0 : ftp_events_cmp(want, nw, got, c.n);
		events += c.n;
		joined += g.joined;
		if (err || bad >= 0) {
			if (fails++ < 5) {
				printf("twin %lu (dir %d, mode %u, %zu bytes, %zu segs): %s\n",
				       it, dir, mode, len, nseg,
				       err ? err : "events differ from the reference");
				if (!err)
					printf("  event %ld: got %s, reference has %zu events\n",
					       bad, bad < (long)c.n ? ftp_event_str(&got[bad]) :
					       "(end)", nw);
			}
		}
		worst = max_t(size_t, worst, len);
	}
	CHECK(!fails, "twin: %lu of %lu random streams differ", fails, iters);
	printf("twin: %lu streams (up to %zu bytes), %lu events, %lu joined, %lu retransmissions\n",
	       iters, worst, events, joined, retrans);
	free(buf);
	free(want);
	free(got);
}

int main(void)
{
	const char *seed = getenv("NFH_SEED");
	const char *iters = getenv("NFH_TWIN_ITERS");
	u64 s = seed ? strtoull(seed, NULL, 0) : 0x6e66682d667470ULL;

	rng_state = s ? s : 1;
	printf("test_ftp_parse: seed %#llx (NFH_SEED=<n> to change), %zu vectors\n",
	       (unsigned long long)s, ARRAY_SIZE(ftp_vectors));
	test_vectors();
	test_vector_splits();
	test_may_match();
	test_format();
	test_stream();
	test_walker();
	test_walk_resize();
	test_ends_split();
	test_names();
	test_twin(iters ? strtoul(iters, NULL, 0) : 3000);
	return check_summary();
}
