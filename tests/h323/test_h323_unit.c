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
 *    rewrite in place), and nothing may lie outside the buffer.  Each
 *    vector's message facts (message name, requestSeqNum, timeToLive,
 *    FacilityReason, flags, CloseLogicalChannel list, lcn and flags of
 *    every address) must be those the Erlang generator derived from the
 *    values it encoded.
 * 4. The malformed shapes (vectors/malformed.txt) give their documented
 *    result, decoded from a buffer of exactly their length (every prefix
 *    too), so that ASan sees any read past the end.
 * 5. The message facts by hand: Q.931 call reference, the message
 *    constants, every field reset between messages.
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

/*
 * Every reported address must be the bytes at its offsets, and the message
 * facts must keep their invariants.
 */
static int check_out(const u8 *buf, unsigned int len,
		     const struct nfh_h323_out *out, const char *what)
{
	int bad = nfh_h323_bad_addr(buf, len, out);
	const char *facts = nfh_h323_bad_facts(out);

	if (bad < 0 && !facts)
		return 1;
	if (bad >= 0)
		printf("FAIL %s: address %d inconsistent\n", what, bad);
	else
		printf("FAIL %s: facts: %s\n", what, facts);
	return 0;
}

/* A copy of buf in a heap block of exactly len octets (ASan's red zone). */
static enum nfh_h323_result decode_exact(enum nfh_h323_kind kind,
					 const u8 *buf, unsigned int len,
					 struct nfh_h323_out *out)
{
	u8 *copy = malloc(len ? len : 1);
	enum nfh_h323_result ret;

	if (!copy)
		abort();
	memcpy(copy, buf, len);
	ret = nfh_h323_decode_kind(kind, copy, len, out);
	free(copy);
	return ret;
}

/* ------------------------------------------------------- expectations -- */

static const struct {
	const char *name;
	u8 bit;
} flag_names[] = {
	{ "h460_18", NFH_H323_O_H460_18 },
	{ "h460_19", NFH_H323_O_H460_19 },
	{ "keepalive", NFH_H323_O_KEEPALIVE },
	{ "tunnelling", NFH_H323_O_TUNNELLING },
};

/*
 * Compare @out with an expectation "KEY=VALUE;..." (h323_testgen.erl):
 * msg, seq, ttl, reason, flags, close (and more), addr.  Keys left out
 * are not checked; "-" checks nothing.  Prints every mismatch; 1 if none.
 */
static int check_expect(const struct nfh_h323_out *out, const char *expect,
			const char *what)
{
	char buf[1024], *save = NULL, *kv, *val, *item, *save2;
	unsigned int i, n, want_flags = 0, ok = 1;
	bool have_flags = false, more = false;

	snprintf(buf, sizeof(buf), "%s", expect);
	for (kv = strtok_r(buf, ";", &save); kv;
	     kv = strtok_r(NULL, ";", &save)) {
		if (!strcmp(kv, "-"))
			continue;
		if (!strcmp(kv, "more")) {
			more = true;
			continue;
		}
		val = strchr(kv, '=');
		if (!val) {
			printf("FAIL %s: bad expectation %s\n", what, kv);
			return 0;
		}
		*val++ = 0;
		if (!strcmp(kv, "msg")) {
			if (strcmp(nfh_h323_msg_name(out->msg), val)) {
				printf("FAIL %s: msg %s want %s\n", what,
				       nfh_h323_msg_name(out->msg), val);
				ok = 0;
			}
		} else if (!strcmp(kv, "seq") || !strcmp(kv, "ttl") ||
			   !strcmp(kv, "reason")) {
			unsigned long got = kv[0] == 's' ? out->seqnum :
					    kv[0] == 't' ? out->ttl :
					    out->facility_reason;

			if (got != strtoul(val, NULL, 10)) {
				printf("FAIL %s: %s %lu want %s\n", what, kv,
				       got, val);
				ok = 0;
			}
		} else if (!strcmp(kv, "flags")) {
			have_flags = true;
			for (item = strtok_r(val, "+", &save2); item;
			     item = strtok_r(NULL, "+", &save2)) {
				for (i = 0; i < ARRAY_SIZE(flag_names); i++)
					if (!strcmp(item, flag_names[i].name))
						want_flags |= flag_names[i].bit;
			}
		} else if (!strcmp(kv, "close")) {
			n = 0;
			if (strcmp(val, "-")) {
				for (item = strtok_r(val, "/", &save2); item;
				     item = strtok_r(NULL, "/", &save2), n++) {
					if (n >= out->n_close ||
					    out->close_lcn[n] !=
					    strtoul(item, NULL, 10)) {
						printf("FAIL %s: close[%u] want %s\n",
						       what, n, item);
						ok = 0;
					}
				}
			}
			if (n != out->n_close) {
				printf("FAIL %s: %u closes want %u\n", what,
				       out->n_close, n);
				ok = 0;
			}
		} else if (!strcmp(kv, "addr")) {
			n = 0;
			for (item = strtok_r(val, "/", &save2); item;
			     item = strtok_r(NULL, "/", &save2), n++) {
				const struct nfh_h323_addr *a = &out->addr[n];
				u8 f = (strchr(item, 'f') ? NFH_H323_A_FASTSTART : 0) |
				       (strchr(item, 't') ? NFH_H323_A_TUNNEL : 0);
				const char *c = strchr(item, ':');

				if (n >= out->n || a->flags != f || !c ||
				    a->lcn != strtoul(c + 1, NULL, 10)) {
					printf("FAIL %s: address %u want %s\n",
					       what, n, item);
					ok = 0;
				}
			}
			if (n != out->n) {
				printf("FAIL %s: addr lists %u want %u\n", what,
				       n, out->n);
				ok = 0;
			}
		} else {
			printf("FAIL %s: unknown key %s\n", what, kv);
			ok = 0;
		}
	}
	if (more)
		want_flags |= NFH_H323_O_CLOSE_MORE;
	if ((have_flags || more) && out->flags != want_flags) {
		printf("FAIL %s: flags %#x want %#x\n", what, out->flags,
		       want_flags);
		ok = 0;
	}
	return ok;
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

/*
 * OpenLogicalChannel requests counted (n_open): bare and tunnelled ones,
 * never a fastStart proposal or an OpenLogicalChannelAck.  Vectors not
 * named here must count none.
 */
static const struct {
	const char *name;
	u8 n_open;
} open_counts[] = {
	{ "setup_tunnel_h245", 1 },
	{ "facility_forward_tunnel_t120", 1 },
	{ "facility_clc_tunnel", 1 },
	{ "setup_parallel_h245", 1 },
	{ "olc_fwd_rev", 1 },
	{ "olc_v6", 1 },
	{ "olc_t120", 1 },
	{ "olc_lcn_4660", 1 },
};

static unsigned int want_open(const char *name)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(open_counts); i++)
		if (!strcmp(open_counts[i].name, name))
			return open_counts[i].n_open;
	return 0;
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
		ret = decode_exact(v.kind, v.msg, v.len, &out);
		if (nfh_h323_test_depth_seen > max_depth_seen)
			max_depth_seen = nfh_h323_test_depth_seen;
		CHECK(!ret && out.n == v.want &&
		      check_out(v.msg, v.len, &out, v.name),
		      "%s: ret %d (%s), %u addresses, want %u", v.name, ret,
		      nfh_h323_result_name(ret), out.n, v.want);
		CHECK(!ret && check_expect(&out, v.expect, v.name),
		      "%s: facts (%s)", v.name, v.expect);
		CHECK(out.n_open == want_open(v.name),
		      "%s: %u OpenLogicalChannel requests, want %u", v.name,
		      out.n_open, want_open(v.name));
		sweep(v.kind, v.msg, v.len, v.name);
		count++;
	}
	fclose(fp);
	CHECK(count >= 50, "only %u Erlang vectors", count);
	printf("vectors: %u, deepest nesting %u (tables allow %u, cap %u)\n",
	       count, max_depth_seen, NFH_H323_MAX_NESTING, NFH_PER_MAX_DEPTH);
	CHECK(max_depth_seen <= NFH_H323_MAX_NESTING,
	      "nesting %u beyond the static bound %u", max_depth_seen,
	      NFH_H323_MAX_NESTING);
}

/* --------------------------------------------- 4. malformed shapes -- */

static void test_malformed(const char *dir)
{
	static char line[8192];
	static u8 msg[4096];
	struct nfh_h323_addr addrs[64];
	struct nfh_h323_out out = { .addr = addrs, .cap = 64 };
	char kind[16], name[128], res[64], expect[512], *hex;
	enum nfh_h323_kind k;
	enum nfh_h323_result ret;
	unsigned int n, cut, count = 0;
	char path[4096];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/malformed.txt", dir);
	fp = fopen(path, "r");
	CHECK(fp != NULL, "cannot open %s", path);
	if (!fp)
		return;
	while (fgets(line, sizeof(line), fp)) {
		if (sscanf(line, "%15s %127s %63s %511s", kind, name, res,
			   expect) != 4)
			continue;
		hex = strrchr(line, ' ');
		n = nfh_unhex(hex, strlen(hex), msg, sizeof(msg));
		k = !strcmp(kind, "tpkt") ? NFH_H323_K_Q931 :
		    !strcmp(kind, "ras") ? NFH_H323_K_RAS : NFH_H323_K_H245;
		ret = decode_exact(k, msg, n, &out);
		CHECK(!strcmp(nfh_h323_result_name(ret), res) &&
		      (ret || (check_out(msg, n, &out, name) &&
			       check_expect(&out, expect, name))),
		      "malformed %s: %s want %s", name,
		      nfh_h323_result_name(ret), res);
		for (cut = 0; cut < n; cut++) {
			ret = decode_exact(k, msg, cut, &out);
			CHECK(ret || check_out(msg, cut, &out, name),
			      "malformed %s cut at %u", name, cut);
		}
		count++;
	}
	fclose(fp);
	CHECK(count >= 10, "only %u malformed vectors", count);
}

/* -------------------------------------------------- 5. message facts -- */

static void test_facts(void)
{
	static const struct {
		unsigned int msg;
		const char *name;
	} names[] = {
		{ NFH_H323_MSG_SETUP, "setup" },
		{ NFH_H323_MSG_CALL_PROCEEDING, "callProceeding" },
		{ NFH_H323_MSG_ALERTING, "alerting" },
		{ NFH_H323_MSG_CONNECT, "connect" },
		{ NFH_H323_MSG_PROGRESS, "progress" },
		{ NFH_H323_MSG_FACILITY, "facility" },
		{ NFH_H323_MSG_RELEASE_COMPLETE, "releaseComplete" },
		{ NFH_H323_MSG_INFORMATION, "information" },
		{ NFH_H323_MSG_GRQ, "gatekeeperRequest" },
		{ NFH_H323_MSG_GCF, "gatekeeperConfirm" },
		{ NFH_H323_MSG_GRJ, "gatekeeperReject" },
		{ NFH_H323_MSG_RRQ, "registrationRequest" },
		{ NFH_H323_MSG_RCF, "registrationConfirm" },
		{ NFH_H323_MSG_RRJ, "registrationReject" },
		{ NFH_H323_MSG_URQ, "unregistrationRequest" },
		{ NFH_H323_MSG_UCF, "unregistrationConfirm" },
		{ NFH_H323_MSG_URJ, "unregistrationReject" },
		{ NFH_H323_MSG_ARQ, "admissionRequest" },
		{ NFH_H323_MSG_ACF, "admissionConfirm" },
		{ NFH_H323_MSG_ARJ, "admissionReject" },
		{ NFH_H323_MSG_LRQ, "locationRequest" },
		{ NFH_H323_MSG_LCF, "locationConfirm" },
		{ NFH_H323_MSG_LRJ, "locationReject" },
		{ NFH_H323_MSG_DRQ, "disengageRequest" },
		{ NFH_H323_MSG_DCF, "disengageConfirm" },
		{ NFH_H323_MSG_DRJ, "disengageReject" },
		{ NFH_H323_MSG_IRQ, "infoRequest" },
		{ NFH_H323_MSG_IRR, "infoRequestResponse" },
		{ NFH_H323_MSG_OLC, "openLogicalChannel" },
		{ NFH_H323_MSG_OLC_ACK, "openLogicalChannelAck" },
		{ NFH_H323_MSG_OLC_REJECT, "openLogicalChannelReject" },
		{ NFH_H323_MSG_CLC, "closeLogicalChannel" },
		{ NFH_H323_MSG_CLC_ACK, "closeLogicalChannelAck" },
		{ NFH_H323_MSG_END_SESSION, "endSessionCommand" },
		{ NFH_H323_MSG_NONE, "unknown" },
		{ NFH_H323_NMSGS, "unknown" },
	};
	/* Q.931 header (after the TPKT header), crv, flag */
	static const struct {
		const char *hex;
		enum nfh_h323_result ret;
		u16 crv;
		u8 flag;
	} crvs[] = {
		{ "08 02 0001 05", 0, 1, 0 },
		{ "08 02 8001 05", 0, 1, 1 },
		{ "08 02 ffff 5a", 0, 0x7fff, 1 },
		{ "08 02 7f00 07", 0, 0x7f00, 0 },
		{ "08 01 85 62", 0, 5, 1 },
		{ "08 01 05 62", 0, 5, 0 },
		{ "08 00 05", 0, 0, 0 },			/* dummy */
		{ "08 03 80 1234 05", 0, 0x1234, 1 },	/* last two octets */
		{ "08 03 00 ff34 05", 0, 0xff34, 0 },
		{ "08 02 8001", NFH_H323_EQ931, 1, 1 },	/* no type */
		{ "08 02 80", NFH_H323_EQ931, 0, 0 },	/* cut */
	};
	struct nfh_h323_addr addrs[8];
	struct nfh_h323_out out = { .addr = addrs, .cap = 8 };
	u8 buf[64];
	unsigned int i, n;
	enum nfh_h323_result ret;

	for (i = 0; i < ARRAY_SIZE(names); i++)
		CHECK(!strcmp(nfh_h323_msg_name(names[i].msg), names[i].name),
		      "message constant %u is %s, want %s", names[i].msg,
		      nfh_h323_msg_name(names[i].msg), names[i].name);
	CHECK(NFH_H323_MSG_RRQ == NFH_H323_MSG_RAS_REGISTRATION_REQUEST &&
	      NFH_H323_MSG_CS_SETUP != NFH_H323_MSG_RRQ, "aliases");

	for (i = 0; i < ARRAY_SIZE(crvs); i++) {
		n = unhex(crvs[i].hex, buf + 4, sizeof(buf) - 4) + 4;
		buf[0] = 3;
		buf[1] = 0;
		buf[2] = 0;
		buf[3] = n;
		memset(&out, 0xa5, sizeof(out));	/* all reset? */
		out.addr = addrs;
		out.cap = 8;
		ret = decode_exact(NFH_H323_K_Q931, buf, n, &out);
		CHECK(ret == crvs[i].ret && (ret || (out.crv == crvs[i].crv &&
						     out.crv_flag == crvs[i].flag &&
						     !out.flags && !out.ttl &&
						     !out.seqnum && !out.n_close &&
						     !out.facility_reason &&
						     !out.msg && !out.n)),
		      "crv[%u] %s: ret %d crv %#x flag %u", i, crvs[i].hex, ret,
		      out.crv, out.crv_flag);
	}

	/* every entry point starts from nothing: no fact survives a call */
	n = unhex("0300000d 08020001 05 7e000105", buf, sizeof(buf));
	memset(&out, 0xa5, sizeof(out));
	out.addr = addrs;
	out.cap = 8;
	ret = nfh_h323_parse_q931(buf, n, &out);
	CHECK(ret == NFH_H323_EUUIE && out.crv == 1 && !out.crv_flag &&
	      !out.flags && !out.ttl && !out.seqnum && !out.n_close &&
	      !out.facility_reason && out.has_uuie, "reset on a reject: %d",
	      ret);
	memset(&out, 0xa5, sizeof(out));
	out.addr = addrs;
	out.cap = 8;
	n = unhex("1c 0005", buf, sizeof(buf));	/* UCF, requestSeqNum 6 */
	ret = nfh_h323_parse_ras(buf, n, &out);
	CHECK(!ret && out.seqnum == 6 && !out.crv && !out.crv_flag &&
	      !out.flags && !out.ttl && !out.n_close && !out.facility_reason &&
	      !out.q931_type && !out.has_uuie && out.msg == NFH_H323_MSG_UCF,
	      "ras reset: %d seq %u", ret, out.seqnum);
	/* FacilityReason: index + 1 of any alternative, at most 255 */
	{
		struct nfh_h323_dec d = { .out = &out };

		out.facility_reason = 0;
		nfh_h323_grab_reason(&d, 20);
		CHECK(!out.facility_reason, "reason taken without REASON");
		d.grab_reason = 1;
		nfh_h323_grab_reason(&d, 20);
		CHECK(out.facility_reason == 21 && !d.grab_reason,
		      "unknown extension reason: %u", out.facility_reason);
		d.grab_reason = 1;
		nfh_h323_grab_reason(&d, 300);
		CHECK(out.facility_reason == 255, "reason cap: %u",
		      out.facility_reason);
		CHECK(NFH_H323_FR_CALL_FORWARDED == 2 &&
		      NFH_H323_FR_TRANSPORTED_INFORMATION == 11,
		      "FacilityReason constants");
	}
	/* what the helper does with each role, in each message */
	{
		static const struct {
			u8 role, q931_type;
			u16 msg;
			enum nfh_h323_use use;
		} uses[] = {
			{ NFH_H323_ROLE_H245, NFH_H323_Q931_SETUP,
			  NFH_H323_MSG_SETUP, NFH_H323_USE_H245 },
			{ NFH_H323_ROLE_RTP, 0, NFH_H323_MSG_OLC_ACK,
			  NFH_H323_USE_MEDIA },
			{ NFH_H323_ROLE_RTCP, 0, NFH_H323_MSG_OLC,
			  NFH_H323_USE_MEDIA },
			{ NFH_H323_ROLE_T120, 0, NFH_H323_MSG_OLC,
			  NFH_H323_USE_T120 },
			{ NFH_H323_ROLE_CS, NFH_H323_Q931_SETUP,
			  NFH_H323_MSG_SETUP, NFH_H323_USE_TRANSLATE },
			{ NFH_H323_ROLE_CS, NFH_H323_Q931_FACILITY,
			  NFH_H323_MSG_FACILITY, NFH_H323_USE_CALL },
			{ NFH_H323_ROLE_CS, 0, NFH_H323_MSG_RRQ,
			  NFH_H323_USE_REGISTER },
			{ NFH_H323_ROLE_CS, 0, NFH_H323_MSG_RCF,
			  NFH_H323_USE_TRANSLATE },
			{ NFH_H323_ROLE_CS, 0, NFH_H323_MSG_ACF,
			  NFH_H323_USE_CALL },
			{ NFH_H323_ROLE_CS, 0, NFH_H323_MSG_LCF,
			  NFH_H323_USE_CALL },
			{ NFH_H323_ROLE_CS, 0, NFH_H323_MSG_ARQ,
			  NFH_H323_USE_TRANSLATE },
			{ NFH_H323_ROLE_RAS, 0, NFH_H323_MSG_RRQ,
			  NFH_H323_USE_TRANSLATE },
		};
		struct nfh_h323_addr a = { 0 };

		for (i = 0; i < ARRAY_SIZE(uses); i++) {
			a.role = uses[i].role;
			out.q931_type = uses[i].q931_type;
			out.msg = uses[i].msg;
			CHECK(nfh_h323_use(&out, &a) == uses[i].use,
			      "use[%u]: %s in %s is %s", i,
			      nfh_h323_role_name(a.role),
			      nfh_h323_msg_name(out.msg),
			      nfh_h323_use_name(nfh_h323_use(&out, &a)));
		}
		CHECK(!strcmp(nfh_h323_use_name(NFH_H323_USE_REGISTER),
			      "register") &&
		      !strcmp(nfh_h323_use_name(NFH_H323_USE_MAX), "unknown"),
		      "use names");
	}
	/* requestSeqNum 0 cannot be encoded: 1..65535 */
	n = unhex("1c ffff", buf, sizeof(buf));
	ret = nfh_h323_parse_ras(buf, n, &out);
	CHECK(ret == NFH_H323_ELEN, "seq 65536: %d", ret);
	n = unhex("1c fffe", buf, sizeof(buf));
	ret = nfh_h323_parse_ras(buf, n, &out);
	CHECK(!ret && out.seqnum == 65535, "seq 65535: %d %u", ret,
	      out.seqnum);
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "tests/h323/vectors";

	test_primitives();
	test_regressions();
	test_caps();
	test_vectors(dir);
	test_malformed(dir);
	test_facts();
	return check_summary();
}
