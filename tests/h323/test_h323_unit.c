// SPDX-License-Identifier: GPL-2.0
/*
 * test_h323_unit - unit tests of the H.323 decoder (built with ASan+UBSan).
 *
 * 1. PER primitives at every width, at the end of the buffer.
 * 2. Regression vectors for the known PER/Q.931 decoder bug classes:
 *    zero-length UUIE, lengths past the end, fragmented lengths, oversized
 *    extension counts, SEQUENCE OF over the cap, full address array,
 *    nesting over the depth cap.
 * 3. The Erlang-encoded vectors (vectors/erlang.txt): each decodes to the
 *    expected number of addresses; then every prefix and every single-bit
 *    flip of each is decoded.  For every address ever reported, the bytes
 *    at its offsets must be the address and port reported (so NAT may
 *    rewrite in place), and nothing may lie outside the buffer.
 *
 * Usage: test_h323_unit VECTOR_DIR.  Ends with "N passed, N failed".
 */
#define NFH_H323_TEST
#include "../../nf_conntrack_h323/h323_per.c"
#include "../../nf_conntrack_h323/h323_parse.c"
#include "../../nf_conntrack_h323/h323_tables.c"

#include <stdio.h>
#include <stdlib.h>

#include "../lib/check.h"
#include "h323_vectors.h"

static unsigned int unhex(const char *s, u8 *out, unsigned int max)
{
	return nfh_unhex(s, strlen(s), out, max);
}

/* ----------------------------------------------------- 1. primitives -- */

static void test_primitives(void)
{
	static const struct {
		u32 range1;
		const char *hex;
		unsigned int startbit;
		enum nfh_h323_result ret;
		u32 val;
		u32 endbit;
	} cwn[] = {
		{ 0, "", 0, 0, 0, 0 },			/* range 1: no bits */
		{ 1, "80", 0, 0, 1, 1 },		/* 1 bit */
		{ 1, "", 0, NFH_H323_ETRUNC, 0, 0 },
		{ 6, "c0", 1, 0, 4, 4 },		/* 3 bits, unaligned */
		{ 5, "e0", 0, NFH_H323_ELEN, 0, 0 },	/* 7 > range */
		{ 254, "ff", 0, NFH_H323_ELEN, 0, 0 },	/* 8-bit field */
		{ 254, "fe", 0, 0, 254, 8 },
		{ 255, "00ab", 1, 0, 0xab, 16 },	/* 256: aligned octet */
		{ 255, "00", 1, NFH_H323_ETRUNC, 0, 0 },
		{ 65535, "000102", 3, 0, 0x102, 24 },	/* 64K: two octets */
		{ 65535, "0001", 3, NFH_H323_ETRUNC, 0, 0 },
		{ 999, "0003e7", 5, 0, 999, 24 },
		{ 0xffffffff, "c0deadbeef", 0, 0, 0xdeadbeef, 40 },
		{ 0xffffffff, "c0deadbe", 0, NFH_H323_ETRUNC, 0, 0 },
		{ 0xffffffff, "00", 0, NFH_H323_ETRUNC, 0, 0 },
		{ 0xffffffff, "", 0, NFH_H323_ETRUNC, 0, 0 },
		{ 70000, "8001117000", 0, 0, 70000, 32 },	/* 3 octets */
		{ 70000, "8001117100", 0, NFH_H323_ELEN, 0, 0 },
	};
	static const struct {
		const char *hex;
		enum nfh_h323_result ret;
		u32 len;
	} lens[] = {
		{ "", NFH_H323_ETRUNC, 0 },
		{ "00", 0, 0 },
		{ "7f", 0, 127 },
		{ "80", NFH_H323_ETRUNC, 0 },		/* 2-octet form cut */
		{ "8080", 0, 128 },
		{ "bfff", 0, 16383 },
		{ "c1", NFH_H323_EFRAG, 0 },		/* fragments refused */
		{ "ff", NFH_H323_EFRAG, 0 },
	};
	u8 buf[16];
	unsigned int i, n;
	struct nfh_per r, sub;
	u32 v;
	enum nfh_h323_result ret;

	for (i = 0; i < ARRAY_SIZE(cwn); i++) {
		n = unhex(cwn[i].hex, buf, sizeof(buf));
		nfh_per_init(&r, buf, 0, n);
		r.pos = cwn[i].startbit;
		v = 0;
		ret = nfh_per_cwn(&r, cwn[i].range1, &v, NULL);
		CHECK(ret == cwn[i].ret, "cwn[%u] ret %d want %d", i, ret,
		      cwn[i].ret);
		if (!ret && !cwn[i].ret) {
			CHECK(v == cwn[i].val, "cwn[%u] val %u want %u", i, v,
			      cwn[i].val);
			CHECK(r.pos == cwn[i].endbit, "cwn[%u] pos %u want %u",
			      i, r.pos, cwn[i].endbit);
		}
	}
	for (i = 0; i < ARRAY_SIZE(lens); i++) {
		n = unhex(lens[i].hex, buf, sizeof(buf));
		nfh_per_init(&r, buf, 0, n);
		v = 0;
		ret = nfh_per_len_unc(&r, &v);
		CHECK(ret == lens[i].ret && (ret || v == lens[i].len),
		      "len[%u] ret %d len %u", i, ret, v);
	}
	/* open type whose length points past the end */
	n = unhex("05 01 02 03 04", buf, sizeof(buf));
	nfh_per_init(&r, buf, 0, n);
	CHECK(nfh_per_open(&r, &sub) == NFH_H323_ETRUNC, "open past end");
	/* normally small: big forms refused */
	n = unhex("80", buf, sizeof(buf));
	nfh_per_init(&r, buf, 0, n);
	CHECK(nfh_per_nsnn(&r, &v) == NFH_H323_EBIG, "nsnn big");
	nfh_per_init(&r, buf, 0, n);
	CHECK(nfh_per_nslen(&r, &v) == NFH_H323_EEXT, "nslen big");
	n = unhex("7e", buf, sizeof(buf));
	nfh_per_init(&r, buf, 0, n);
	CHECK(!nfh_per_nslen(&r, &v) && v == 64, "nslen 64 (%u)", v);
	/* reads of every width at the end of the buffer */
	for (i = 0; i <= 32; i++) {
		nfh_per_init(&r, buf, 0, 1);
		r.pos = 8 - (i < 8 ? i : 8);
		ret = nfh_per_bits(&r, i, &v);
		CHECK(i <= 8 ? !ret : ret == NFH_H323_ETRUNC,
		      "bits(%u) at end: %d", i, ret);
	}
	nfh_per_init(&r, buf, 0, 0);
	CHECK(nfh_per_align(&r) == 0 && nfh_per_skip(&r, 1) ==
	      NFH_H323_ETRUNC, "empty reader");
}

/* --------------------------------------------------- address checks -- */

/* Every reported address must be the bytes at its offsets. */
static int check_out(const u8 *buf, unsigned int len,
		     const struct nfh_h323_out *out, const char *what)
{
	int bad = nfh_h323_bad_addr(buf, len, out);

	if (bad < 0)
		return 1;
	printf("FAIL %s: address %d inconsistent\n", what, bad);
	return 0;
}

/* ---------------------------------------------- 2. regression vectors -- */

static void test_regressions(void)
{
	static const struct {
		const char *name;
		enum nfh_h323_kind kind;
		const char *hex;
		enum nfh_h323_result ret;
		unsigned int naddr;
	} v[] = {
		{ "zero-length UUIE", NFH_H323_K_Q931,
		  "0300000c 08020001 05 7e0000", NFH_H323_EUUIE, 0 },
		{ "UUIE with only the discriminator", NFH_H323_K_Q931,
		  "0300000d 08020001 05 7e000105", NFH_H323_EUUIE, 0 },
		{ "UUIE wrong discriminator", NFH_H323_K_Q931,
		  "0300000e 08020001 05 7e00020400", NFH_H323_EUUIE, 0 },
		{ "UUIE length past the end", NFH_H323_K_Q931,
		  "0300000e 08020001 05 7e00200500", NFH_H323_EQ931, 0 },
		{ "UUIE length cut", NFH_H323_K_Q931,
		  "0300000b 08020001 05 7e00", NFH_H323_EQ931, 0 },
		{ "IE length past the end", NFH_H323_K_Q931,
		  "0300000b 08020001 05 0410", NFH_H323_EQ931, 0 },
		{ "IE length missing", NFH_H323_K_Q931,
		  "0300000a 08020001 05 04", NFH_H323_EQ931, 0 },
		{ "call reference past the end", NFH_H323_K_Q931,
		  "03000007 080f00", NFH_H323_EQ931, 0 },
		{ "call reference length > 15", NFH_H323_K_Q931,
		  "03000009 08100001 05", NFH_H323_EQ931, 0 },
		{ "not Q.931", NFH_H323_K_Q931,
		  "03000009 09020001 05", NFH_H323_EQ931, 0 },
		{ "no UUIE", NFH_H323_K_Q931,
		  "0300000f 08020001 05 a1 040388 90a5", 0, 0 },
		{ "empty TPKT payload", NFH_H323_K_Q931, "03000004",
		  NFH_H323_EQ931, 0 },
		{ "UUIE truncated PER", NFH_H323_K_Q931,
		  "0300000e 08020001 05 7e00020500", NFH_H323_ETRUNC, 0 },
		{ "empty RAS", NFH_H323_K_RAS, "", NFH_H323_ETRUNC, 0 },
		{ "RAS extension index big form", NFH_H323_K_RAS, "c0",
		  NFH_H323_EBIG, 0 },
		{ "RAS open type past the end", NFH_H323_K_RAS, "80 7f 00",
		  NFH_H323_ETRUNC, 0 },
		{ "RAS open type fragmented length", NFH_H323_K_RAS, "80 c1 00",
		  NFH_H323_EFRAG, 0 },
		{ "RAS unknown extension skipped", NFH_H323_K_RAS, "be 02 0000", 0, 0 },
		{ "RAS root index out of range", NFH_H323_K_RAS, "7800",
		  NFH_H323_ELEN, 0 },
		{ "GRQ cut after the choice", NFH_H323_K_RAS, "00", NFH_H323_ETRUNC,
		  0 },
		{ "H.245 empty", NFH_H323_K_H245, "", NFH_H323_ETRUNC, 0 },
		{ "H.245 ext alternative skipped", NFH_H323_K_H245, "80 01 00", 0, 0 },
		{ "H.245 OLC cut", NFH_H323_K_H245, "0340", NFH_H323_ETRUNC, 0 },
		{ "H.245 TPKT too short", NFH_H323_K_H245_TPKT, "03000004",
		  NFH_H323_ETPKT, 0 },
	};
	struct nfh_h323_addr addrs[8];
	struct nfh_h323_out out = { .addr = addrs, .cap = 8 };
	u8 buf[256];
	unsigned int i, n, tl;
	enum nfh_h323_result ret;

	for (i = 0; i < ARRAY_SIZE(v); i++) {
		n = unhex(v[i].hex, buf, sizeof(buf));
		ret = nfh_h323_decode_kind(v[i].kind, buf, n, &out);
		CHECK(ret == v[i].ret && (ret || out.n == v[i].naddr),
		      "%s: ret %d (%s) want %d, %u addresses", v[i].name, ret,
		      nfh_h323_result_name(ret), v[i].ret, out.n);
	}

	/* TPKT framing */
	n = unhex("03000004", buf, sizeof(buf));
	CHECK(nfh_h323_tpkt_len(buf, n, &tl) == NFH_H323_ETPKT && !tl,
	      "tpkt len 4");
	n = unhex("03000010", buf, sizeof(buf));
	CHECK(!nfh_h323_tpkt_len(buf, n, &tl) && !tl, "tpkt needs more");
	CHECK(!nfh_h323_tpkt_len(buf, 2, &tl) && !tl, "tpkt header cut");
	n = unhex("04000010", buf, sizeof(buf));
	CHECK(nfh_h323_tpkt_len(buf, n, &tl) == NFH_H323_ETPKT && !tl,
	      "tpkt version");
	n = unhex("0300000500", buf, sizeof(buf));
	CHECK(!nfh_h323_tpkt_len(buf, n, &tl) && tl == 5, "tpkt 5");
}

/*
 * UnregistrationRequest with n IPv6 callSignalAddresses, laid out by hand
 * from the Erlang-encoded "urq" vector: each element is one octet-aligned
 * 19-octet CHOICE+SEQUENCE (0x30, 16 address octets, 2 port octets).
 */
static unsigned int make_urq(u8 *buf, unsigned int n)
{
	unsigned int p = 0, i;

	buf[p++] = 0x18;
	buf[p++] = 0x00;
	buf[p++] = 0x00;
	buf[p++] = 0x03;
	if (n < 128) {
		buf[p++] = n;
	} else {
		buf[p++] = 0x80 | (n >> 8);
		buf[p++] = n & 0xff;
	}
	for (i = 0; i < n; i++) {
		buf[p++] = 0x30;
		memset(buf + p, 0, 16);
		buf[p] = 0x20;
		buf[p + 1] = 0x01;
		buf[p + 14] = i >> 8;
		buf[p + 15] = i;
		p += 16;
		buf[p++] = 0x06;
		buf[p++] = 0xb8;
	}
	return p;
}

static void test_caps(void)
{
	static u8 buf[32 + 19 * 1024];
	static struct nfh_h323_addr addrs[1024];
	struct nfh_h323_out out = { .addr = addrs, .cap = 1024 };
	unsigned int n;
	enum nfh_h323_result ret;

	n = make_urq(buf, 3);
	ret = nfh_h323_parse_ras(buf, n, &out);
	CHECK(!ret && out.n == 3 && check_out(buf, n, &out, "urq3"),
	      "urq 3: %d %u", ret, out.n);
	n = make_urq(buf, NFH_PER_MAX_SEQOF);
	ret = nfh_h323_parse_ras(buf, n, &out);
	CHECK(!ret && out.n == NFH_PER_MAX_SEQOF &&
	      check_out(buf, n, &out, "urq max"), "urq at cap: %d %u", ret,
	      out.n);
	n = make_urq(buf, NFH_PER_MAX_SEQOF + 1);
	ret = nfh_h323_parse_ras(buf, n, &out);
	CHECK(ret == NFH_H323_ECOUNT, "urq over cap: %d", ret);
	/* count claims more elements than the buffer holds */
	n = make_urq(buf, 200);
	ret = nfh_h323_parse_ras(buf, n - 19, &out);
	CHECK(ret == NFH_H323_ETRUNC, "urq count past end: %d", ret);
	/* caller's array full */
	out.cap = 4;
	n = make_urq(buf, 5);
	ret = nfh_h323_parse_ras(buf, n, &out);
	CHECK(ret == NFH_H323_EFULL, "urq array full: %d", ret);
	out.cap = 1024;
	/* depth: a real message under a lowered cap fails cleanly */
	n = make_urq(buf, 1);
	nfh_h323_test_max_depth = 2;
	ret = nfh_h323_parse_ras(buf, n, &out);
	CHECK(ret == NFH_H323_EDEPTH, "depth cap: %d", ret);
	nfh_h323_test_max_depth = NFH_PER_MAX_DEPTH;
}

/* ----------------------------------------------- 3. Erlang vectors -- */

static unsigned int max_depth_seen;

static void sweep(enum nfh_h323_kind kind, const u8 *msg, unsigned int len,
		  const char *name)
{
	static u8 buf[65536];
	struct nfh_h323_addr addrs[64];
	struct nfh_h323_out out = { .addr = addrs, .cap = 64 };
	unsigned int cut, bit, bad = 0;

	for (cut = 0; cut < len; cut++) {
		memcpy(buf, msg, cut);
		if (nfh_h323_decode_kind(kind, buf, cut, &out) == 0 &&
		    !check_out(buf, cut, &out, name))
			bad++;
	}
	for (bit = 0; bit < len * 8; bit++) {
		memcpy(buf, msg, len);
		buf[bit / 8] ^= 0x80 >> (bit % 8);
		if (nfh_h323_decode_kind(kind, buf, len, &out) == 0 &&
		    !check_out(buf, len, &out, name))
			bad++;
	}
	CHECK(!bad, "%s: %u inconsistent decodes in the sweeps", name, bad);
}

static void test_vectors(const char *dir)
{
	static struct nfh_h323_vec v;
	struct nfh_h323_addr addrs[64];
	struct nfh_h323_out out = { .addr = addrs, .cap = 64 };
	unsigned int count = 0;
	enum nfh_h323_result ret;
	char path[4096];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/erlang.txt", dir);
	fp = fopen(path, "r");
	CHECK(fp != NULL, "cannot open %s", path);
	if (!fp)
		return;
	while (nfh_h323_vec_next(fp, &v)) {
		ret = nfh_h323_decode_kind(v.kind, v.msg, v.len, &out);
		if (nfh_h323_test_depth_seen > max_depth_seen)
			max_depth_seen = nfh_h323_test_depth_seen;
		CHECK(!ret && out.n == v.want &&
		      check_out(v.msg, v.len, &out, v.name),
		      "%s: ret %d (%s), %u addresses, want %u", v.name, ret,
		      nfh_h323_result_name(ret), out.n, v.want);
		sweep(v.kind, v.msg, v.len, v.name);
		count++;
	}
	fclose(fp);
	CHECK(count >= 30, "only %u Erlang vectors", count);
	printf("vectors: %u, deepest nesting %u (tables allow %u, cap %u)\n",
	       count, max_depth_seen, NFH_H323_MAX_NESTING, NFH_PER_MAX_DEPTH);
	CHECK(max_depth_seen <= NFH_H323_MAX_NESTING,
	      "nesting %u beyond the static bound %u", max_depth_seen,
	      NFH_H323_MAX_NESTING);
}

int main(int argc, char **argv)
{
	test_primitives();
	test_regressions();
	test_caps();
	test_vectors(argc > 1 ? argv[1] : "tests/h323/vectors");
	return check_summary();
}
