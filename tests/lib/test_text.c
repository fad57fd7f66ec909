// SPDX-License-Identifier: GPL-2.0
/*
 * Unit tests of include/nfh_text.h, the text and number library every parse
 * core uses: case-insensitive compares, bounded decimals, IPv4 and IPv6
 * readers (each error kind a core maps onto its counters), and the
 * formatters, checked against each other and against inet_pton().
 *
 * Random parts use a fixed seed; NFH_SEED=<n> picks another one.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nfh_text.h"
#include "check.h"
#include "rnd.h"


static const u8 *T(const char *s)
{
	return (const u8 *)s;
}

/* ---- case-insensitive compares ---- */

static void test_compare(void)
{
	CHECK(nfh_eq_ci(T("Via"), 3, "via"), "Via = via");
	CHECK(nfh_eq_ci(T("VIA"), 3, "vIa"), "VIA = vIa");
	CHECK(!nfh_eq_ci(T("vias"), 4, "via"), "longer text");
	CHECK(!nfh_eq_ci(T("vi"), 2, "via"), "shorter text");
	CHECK(nfh_eq_ci(T(""), 0, ""), "empty = empty");
	/* only A-Z fold: '[' (0x5b) is not '{' (0x7b), '@' is not '`' */
	CHECK(!nfh_eq_ci(T("["), 1, "{"), "[ vs {");
	CHECK(!nfh_eq_ci(T("@"), 1, "`"), "@ vs `");
	CHECK(!nfh_eq_ci(T("\xc9"), 1, "\xe9"), "no folding above ASCII");
	CHECK(nfh_prefix_ci(T("PORT 1,2"), 8, "port"), "prefix");
	CHECK(nfh_prefix_ci(T("port"), 4, "PORT"), "prefix, whole");
	CHECK(!nfh_prefix_ci(T("POR"), 3, "port"), "prefix longer than text");
	CHECK(!nfh_prefix_ci(T("PART"), 4, "port"), "prefix differs");
	CHECK(nfh_mem_eq_ci(T("AuTh"), "auth", 4), "mem_eq_ci");
	CHECK(nfh_mem_eq_ci(T("Au"), "auth", 2), "mem_eq_ci, first bytes");
	CHECK(!nfh_mem_eq_ci(T("Ax"), "auth", 2), "mem_eq_ci differs");
	CHECK(nfh_mem_eq_ci(T(""), "auth", 0), "mem_eq_ci, nothing");
}

/* ---- decimals ---- */

struct dec_case {
	const char *text;
	unsigned int max_digits;
	u64 max;
	enum nfh_text_result want;
	u64 val;		/* when OK */
	size_t end;		/* pos after, when OK */
};

#define DEC_ERR(t, digits, m, w) \
	{ .text = t, .max_digits = digits, .max = m, .want = w }

static const struct dec_case dec_cases[] = {
	{ "0", 0, 9, NFH_TEXT_OK, 0, 1 },
	{ "255", 3, 255, NFH_TEXT_OK, 255, 3 },
	DEC_ERR("256", 3, 255, NFH_TEXT_ERANGE),
	/* a fourth digit, however small the value */
	DEC_ERR("0255", 3, 255, NFH_TEXT_ERANGE),
	DEC_ERR("0001", 3, 255, NFH_TEXT_ERANGE),
	{ "0001", 0, 255, NFH_TEXT_OK, 1, 4 },	/* any count of leading zeros */
	{ "007,", 3, 255, NFH_TEXT_OK, 7, 3 },
	{ "12a", 0, 65535, NFH_TEXT_OK, 12, 2 },
	DEC_ERR("a12", 0, 65535, NFH_TEXT_ESYNTAX),
	DEC_ERR("", 0, 65535, NFH_TEXT_ESYNTAX),
	DEC_ERR(" 1", 0, 65535, NFH_TEXT_ESYNTAX),
	DEC_ERR("-1", 0, 65535, NFH_TEXT_ESYNTAX),
	DEC_ERR("+1", 0, 65535, NFH_TEXT_ESYNTAX),
	{ "65535", 5, 65535, NFH_TEXT_OK, 65535, 5 },
	DEC_ERR("65536", 5, 65535, NFH_TEXT_ERANGE),
	DEC_ERR("100000", 5, 999999, NFH_TEXT_ERANGE),
	{ "4294967295", 0, 0xffffffffULL, NFH_TEXT_OK, 0xffffffffULL, 10 },
	DEC_ERR("4294967296", 0, 0xffffffffULL, NFH_TEXT_ERANGE),
	/* far above any limit: read to the end, never wrapped */
	DEC_ERR("99999999999999999999999999999999", 0, 0xffffffffULL,
		NFH_TEXT_ERANGE),
	DEC_ERR("18446744073709551616", 0, ~0ULL >> 4, NFH_TEXT_ERANGE),
	{ "1152921504606846975", 0, ~0ULL >> 4, NFH_TEXT_OK, ~0ULL >> 4, 19 },
	{ "1", 1, 9, NFH_TEXT_OK, 1, 1 },
	DEC_ERR("12", 1, 9, NFH_TEXT_ERANGE),
};

static void test_dec(void)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(dec_cases); i++) {
		const struct dec_case *c = &dec_cases[i];
		size_t len = strlen(c->text), pos = 0;
		u64 val = 12345;
		enum nfh_text_result r;

		r = nfh_parse_dec(T(c->text), len, &pos, c->max_digits, c->max,
				  &val);
		if (c->want == NFH_TEXT_OK)
			CHECK(r == NFH_TEXT_OK && val == c->val &&
			      pos == c->end,
			      "dec '%s': %d val %llu pos %zu", c->text, r,
			      (unsigned long long)val, pos);
		else
			/* on error neither the position nor the value moves */
			CHECK(r == c->want && pos == 0 && val == 12345,
			      "dec '%s': %d (want %d) pos %zu", c->text, r,
			      c->want, pos);
	}
	/* the end bound is respected: "123" seen as "12" */
	{
		size_t pos = 0;
		u64 v = 0;

		CHECK(nfh_parse_dec(T("123"), 2, &pos, 0, 999, &v) ==
		      NFH_TEXT_OK && v == 12 && pos == 2, "end bound");
	}
	/* from an offset */
	{
		size_t pos = 5;
		u64 v = 0;

		CHECK(nfh_parse_dec(T("PORT 21,"), 8, &pos, 3, 255, &v) ==
		      NFH_TEXT_OK && v == 21 && pos == 7, "from an offset");
	}
}

/* ---- IPv4 ---- */

struct v4_case {
	const char *text;
	enum nfh_text_result want;
	u8 addr[4];
};

#define V4_ERR(t, w) { .text = t, .want = w }

static const struct v4_case v4_cases[] = {
	{ "1.2.3.4", NFH_TEXT_OK, { 1, 2, 3, 4 } },
	{ "0.0.0.0", NFH_TEXT_OK, { 0, 0, 0, 0 } },
	{ "255.255.255.255", NFH_TEXT_OK, { 255, 255, 255, 255 } },
	{ "010.001.000.1", NFH_TEXT_OK, { 10, 1, 0, 1 } },	/* decimal */
	V4_ERR("1.2.3.256", NFH_TEXT_ERANGE),
	V4_ERR("1.2.3.0001", NFH_TEXT_ERANGE),
	V4_ERR("1.2.3.1000", NFH_TEXT_ERANGE),
	/* the first bad group decides */
	V4_ERR("1.2.3.999x", NFH_TEXT_ERANGE),
	V4_ERR("1.2.3", NFH_TEXT_ESYNTAX),
	V4_ERR("1.2.3.", NFH_TEXT_ESYNTAX),
	V4_ERR("1.2.3.4.", NFH_TEXT_ESYNTAX),
	V4_ERR("1.2.3.4x", NFH_TEXT_ESYNTAX),
	V4_ERR("1..3.4", NFH_TEXT_ESYNTAX),
	V4_ERR(".1.2.3", NFH_TEXT_ESYNTAX),
	V4_ERR(" 1.2.3.4", NFH_TEXT_ESYNTAX),
	V4_ERR("1.2.3.4 ", NFH_TEXT_ESYNTAX),
	V4_ERR("1,2,3,4", NFH_TEXT_ESYNTAX),
	V4_ERR("0x1.2.3.4", NFH_TEXT_ESYNTAX),
	V4_ERR("1.2.3.-4", NFH_TEXT_ESYNTAX),
	V4_ERR("", NFH_TEXT_ESYNTAX),
	V4_ERR("1..999.4", NFH_TEXT_ESYNTAX),
	V4_ERR("1.999..4", NFH_TEXT_ERANGE),
};

static void test_ipv4(void)
{
	char txt[NFH_TEXT_ADDR_MAX];
	size_t i, n;
	u8 a[4], b[4];

	for (i = 0; i < ARRAY_SIZE(v4_cases); i++) {
		const struct v4_case *c = &v4_cases[i];
		enum nfh_text_result r;

		r = nfh_parse_ipv4(T(c->text), strlen(c->text), a);
		CHECK(r == c->want &&
		      (r != NFH_TEXT_OK || !memcmp(a, c->addr, 4)),
		      "ipv4 '%s': %d (want %d)", c->text, r, c->want);
	}
	/* every shorter length of "1.2.3.4" is refused: no byte past it read */
	for (i = 0; i < 7; i++)
		CHECK(nfh_parse_ipv4(T("1.2.3.4"), i, a) != NFH_TEXT_OK,
		      "ipv4 prefix of %zu", i);
	/* round trips, and the same text as inet_ntop() */
	for (i = 0; i < 2000; i++) {
		char want[INET_ADDRSTRLEN];
		u64 x = rnd();

		memcpy(a, &x, 4);
		if (i < 4)
			memset(a, i ? 255 : 0, 4);
		n = nfh_put_ipv4(txt, a);
		inet_ntop(AF_INET, a, want, sizeof(want));
		if (n != strlen(want) || memcmp(txt, want, n) ||
		    nfh_parse_ipv4(T(txt), n, b) != NFH_TEXT_OK ||
		    memcmp(a, b, 4)) {
			CHECK(0, "ipv4 round trip '%.*s' (want %s)", (int)n,
			      txt, want);
			return;
		}
	}
	CHECK(1, "ipv4 round trips");
}

/* ---- IPv6 ---- */

static const char *const v6_good[] = {
	"::", "::1", "1::", "1::2", "fe80::1", "FE80::ABCD:1",
	"2001:db8::5", "2001:0db8:0000:0000:0000:0000:0000:0005",
	"1:2:3:4:5:6:7:8", "1::2:3:4:5:6:7", "1:2:3:4:5:6:7::",
	"::2:3:4:5:6:7:8", "::ffff:1.2.3.4", "::1.2.3.4",
	"1:2:3:4:5:6:1.2.3.4", "1::5:6:1.2.3.4", "fec0::216:d3ff:fe0d:22c",
	"ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255",
	"0:0:0:0:0:0:0:0",
	"::01.2.3.4",	/* leading zeros in the quad: ours takes them */
};

static const char *const v6_bad[] = {
	"", ":", ":::", "1", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9",
	"1::2::3", ":1::2", "1::2:", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8",
	"12345::1", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3", "::1.2.3.4.5",
	"::1.2.3.256", "::1.2.3.4:1", "::g", "[::1]", "::1%eth0", "::1/64",
	" ::1", "::1 ", "1:2:3:4:5:6:7:8:",
	"ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.2550",
};

/* inet_pton() takes no leading zeros in an embedded quad; we do. */
static bool quad_has_leading_zero(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i + 1 < len; i++)
		if (s[i] == '0' && nfh_isdigit(s[i + 1]) &&
		    (i == 0 || s[i - 1] == '.' || s[i - 1] == ':') &&
		    memchr(s, '.', len))
			return true;
	return false;
}

static void test_ipv6(void)
{
	static const char alphabet[] = "0123456789abcdefABCDEF::::....";
	char txt[NFH_TEXT_ADDR_MAX], s[64];
	unsigned long differ = 0, tried = 0;
	u8 a[16], b[16];
	size_t i, j, n;

	for (i = 0; i < ARRAY_SIZE(v6_good); i++) {
		int ok = nfh_parse_ipv6(T(v6_good[i]), strlen(v6_good[i]),
					a) == NFH_TEXT_OK;

		if (!quad_has_leading_zero(v6_good[i], strlen(v6_good[i])))
			ok = ok && inet_pton(AF_INET6, v6_good[i], b) == 1 &&
			     !memcmp(a, b, 16);
		CHECK(ok, "ipv6 '%s' taken", v6_good[i]);
	}
	for (i = 0; i < ARRAY_SIZE(v6_bad); i++)
		CHECK(nfh_parse_ipv6(T(v6_bad[i]), strlen(v6_bad[i]), a) ==
		      NFH_TEXT_ESYNTAX, "ipv6 '%s' refused", v6_bad[i]);
	/* the text is exactly the length given: nothing past it is read */
	CHECK(nfh_parse_ipv6(T("::1:2"), 3, a) == NFH_TEXT_OK && a[15] == 1 &&
	      a[14] == 0, "ipv6 end bound");

	/*
	 * random text over the address alphabet: the same verdict as
	 * inet_pton(), leading-zero quads aside
	 */
	for (i = 0; i < 200000; i++) {
		size_t len = 2 + rnd() % 40;
		int mine, libc;

		for (j = 0; j < len; j++)
			s[j] = alphabet[rnd() % (sizeof(alphabet) - 1)];
		s[len] = 0;
		if (quad_has_leading_zero(s, len))
			continue;
		tried++;
		mine = nfh_parse_ipv6(T(s), len, a) == NFH_TEXT_OK;
		libc = inet_pton(AF_INET6, s, b) == 1;
		if (mine != libc || (mine && memcmp(a, b, 16))) {
			if (!differ++)
				CHECK(0, "ipv6 '%s': ours %d, inet_pton %d", s,
				      mine, libc);
		}
	}
	CHECK(!differ && tried > 100000, "ipv6 vs inet_pton: %lu of %lu differ",
	      differ, tried);

	/* formatter: RFC 5952 text, parsed back to the same address */
	{
		static const struct {
			const char *in, *out;
		} fmt[] = {
			{ "::", "::" }, { "::1", "::1" },
			{ "2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1" },
			{ "2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1" },
			{ "2001:0DB8::0001", "2001:db8::1" },
			{ "::ffff:10.0.0.1", "::ffff:10.0.0.1" },
			{ "1:0:0:2:0:0:0:3", "1:0:0:2::3" },
			{ "1:2:3:4:5:6:7:0", "1:2:3:4:5:6:7:0" },
		};

		for (i = 0; i < ARRAY_SIZE(fmt); i++) {
			nfh_parse_ipv6(T(fmt[i].in), strlen(fmt[i].in), a);
			n = nfh_put_ipv6(txt, a);
			CHECK(n == strlen(fmt[i].out) &&
			      !memcmp(txt, fmt[i].out, n),
			      "put_ipv6 %s: '%.*s' (want %s)", fmt[i].in,
			      (int)n, txt, fmt[i].out);
		}
	}
	for (i = 0; i < 20000; i++) {
		u64 x = rnd(), y = rnd();

		memcpy(a, &x, 8);
		memcpy(a + 8, &y, 8);
		/* runs of zero groups, where "::" matters */
		for (j = 0; j < 8; j++)
			if (rnd() % 2) {
				a[2 * j] = 0;
				a[2 * j + 1] = 0;
			}
		if (i % 7 == 0) {
			memset(a, 0, 10);
			a[10] = a[11] = 0xff;	/* IPv4-mapped */
		}
		n = nfh_put_addr(txt, AF_INET6, a);
		if (n >= NFH_TEXT_ADDR_MAX ||
		    nfh_parse_ipv6(T(txt), n, b) != NFH_TEXT_OK ||
		    memcmp(a, b, 16)) {
			CHECK(0, "ipv6 round trip '%.*s'", (int)n, txt);
			return;
		}
	}
	CHECK(1, "ipv6 round trips");
}

/* ---- formatters ---- */

static void test_put(void)
{
	static const u32 vals[] = { 0, 7, 10, 255, 65535, 100000, 4294967295u };
	char txt[NFH_TEXT_ADDR_MAX], want[16];
	u8 v4[4] = { 192, 0, 2, 1 };
	size_t i, n;

	for (i = 0; i < ARRAY_SIZE(vals); i++) {
		n = nfh_put_dec(txt, vals[i]);
		snprintf(want, sizeof(want), "%u", vals[i]);
		CHECK(n == strlen(want) && !memcmp(txt, want, n),
		      "put_dec %u: '%.*s'", vals[i], (int)n, txt);
	}
	n = nfh_put_addr(txt, AF_INET, v4);
	CHECK(n == 9 && !memcmp(txt, "192.0.2.1", 9), "put_addr v4 '%.*s'",
	      (int)n, txt);
}

/* ---- the environment helpers the cores share ---- */

static void test_env(void)
{
	CHECK(nfh_addr_len(AF_INET) == 4 && nfh_addr_len(AF_INET6) == 16,
	      "addr_len");
	CHECK(nfh_seq_after(2, 1) && !nfh_seq_after(1, 2) &&
	      !nfh_seq_after(5, 5), "seq_after");
	CHECK(nfh_seq_after(0x10, 0xfffffff0u) &&
	      !nfh_seq_after(0xfffffff0u, 0x10), "seq_after across the wrap");
	CHECK(nfh_hexval('a') == 10 && nfh_hexval('F') == 15 &&
	      nfh_hexval('9') == 9 && nfh_hexval('g') == -1 &&
	      nfh_hexval(':') == -1, "hexval");
}

int main(void)
{
	const char *seed = getenv("NFH_SEED");

	if (seed)
		rng_state = strtoull(seed, NULL, 0) | 1;
	test_compare();
	test_dec();
	test_ipv4();
	test_ipv6();
	test_put();
	test_env();
	return check_summary();
}
