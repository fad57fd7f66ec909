// SPDX-License-Identifier: GPL-2.0
/*
 * Unit tests of helperctl explain over captures of the shared corpus: the
 * FTP and SIP decisions (expect, rewrite with --nat, refuse, TLS) checked
 * against the capture's own messages, each rewrite parsed back by the core,
 * each with a control that must come out the other way, and the text and
 * JSON lines.  The replay-oracle comparison is test_explain_oracle.c.
 */
#include <arpa/inet.h>
#include <string.h>

#include "nfh_env.h"
#include "check.h"
#include "pcap.h"
#include "helperctl.h"
#include "explain.h"
#include "../../nf_conntrack_ftp/ftp_parse.h"

static const char *nat4 = "203.0.113.5";

static void run(const char *dir, const char *file, const char *nat,
		struct xp_list *l)
{
	struct xp_opts o = { 0 };
	char path[4096];

	if (nat) {
		o.nat_family = AF_INET;
		inet_pton(AF_INET, nat, o.nat_addr);
	}
	nfh_corpus_dir("pcap", path, sizeof(path) - 512);
	snprintf(path + strlen(path), 512, "/%s/%s", dir, file);
	memset(l, 0, sizeof(*l));
	CHECK(!explain_capture(path, &o, l), "explain %s", path);
}

static unsigned int count(const struct xp_list *l, enum xp_kind k,
			  const char *what)
{
	unsigned int i, n = 0;

	for (i = 0; i < l->n; i++)
		n += l->ev[i].kind == k &&
		     (!what || !strcmp(l->ev[i].what, what));
	return n;
}

/* Passive FTP: every 227 expects tcp from the client to the server. */
static void test_ftp_passive(void)
{
	struct xp_list l;
	char a[64], b[64];
	unsigned int i;

	run("ftp", "sv_ftp-download-passive.pcap", NULL, &l);
	CHECK(count(&l, XP_EXPECT, NULL) > 0, "passive: no expectation");
	for (i = 0; i < l.n; i++) {
		const struct xp_ev *e = &l.ev[i];

		if (e->kind != XP_EXPECT)
			continue;
		CHECK(!strcmp(e->msg, "227") && e->l4proto == IPPROTO_TCP &&
		      e->port >= NFH_FTP_DATA_PORT_MIN &&
		      memcmp(e->from, e->to, 16),
		      "passive frame %lu: %s %s -> %s:%u", e->frame, e->msg,
		      xp_ntop(e->family, e->from, a),
		      xp_ntop(e->family, e->to, b), e->port);
	}
	/* control: no --nat, no rewrite */
	CHECK(count(&l, XP_REWRITE, NULL) == 0, "rewrite without --nat");
	xp_free(&l);
}

/*
 * Active FTP through --nat: each PORT is rewritten to name the router,
 * the rewrite parses back to the NAT address and the same port, and the
 * expectation moves there.  Control: the same capture without --nat.
 */
static void test_ftp_nat(void)
{
	struct nfh_ftp_match m, was;
	struct xp_list l;
	u8 nat[16] = { 0 };
	unsigned int i, ports = 0;
	char line[256];

	inet_pton(AF_INET, nat4, nat);
	run("ftp", "sv_ftp-download-active.pcap", nat4, &l);
	for (i = 0; i < l.n; i++) {
		const struct xp_ev *e = &l.ev[i];

		if (e->kind == XP_EXPECT) {
			CHECK(!memcmp(e->to, nat, 16),
			      "frame %lu: expectation not on the NAT address",
			      e->frame);
			continue;
		}
		if (e->kind != XP_REWRITE)
			continue;
		ports++;
		snprintf(line, sizeof(line), "PORT %s\r\n", e->after);
		CHECK(nfh_ftp_parse_line((const u8 *)line, strlen(line),
					 NFH_FTP_DIR_CLIENT, &m) == NFH_FTP_OK &&
		      !memcmp(m.addr, nat, 4), "frame %lu: '%s'", e->frame,
		      e->after);
		snprintf(line, sizeof(line), "PORT %s\r\n", e->before);
		CHECK(nfh_ftp_parse_line((const u8 *)line, strlen(line),
					 NFH_FTP_DIR_CLIENT, &was) == NFH_FTP_OK &&
		      was.port == m.port && memcmp(was.addr, nat, 4),
		      "frame %lu: '%s' -> '%s'", e->frame, e->before, e->after);
	}
	CHECK(ports > 0 && ports == count(&l, XP_EXPECT, NULL),
	      "%u rewrites for %u expectations", ports,
	      count(&l, XP_EXPECT, NULL));
	xp_free(&l);
	run("ftp", "sv_ftp-download-active.pcap", NULL, &l);
	CHECK(count(&l, XP_REWRITE, NULL) == 0 &&
	      count(&l, XP_EXPECT, NULL) == ports,
	      "control without --nat: %u rewrites", count(&l, XP_REWRITE, NULL));
	xp_free(&l);
}

/* Refusals, each by its counter; controls: captures without them. */
static void test_ftp_refusals(void)
{
	static const struct {
		const char *file, *counter;
	} c[] = {
		{ "sv_ftp-bounce.pcap", "refused_address" },
		{ "sv_ftp-eprt-ipv6-over-ipv4.pcap", "refused_family" },
		{ "ndpi_ftp-start-tls.pcap", "tls_stopped" },
	};
	struct xp_list l;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(c); i++) {
		run("ftp", c[i].file, NULL, &l);
		CHECK(count(&l, XP_REFUSE, c[i].counter) +
		      count(&l, XP_NOTE, c[i].counter) > 0, "%s: no %s",
		      c[i].file, c[i].counter);
		xp_free(&l);
		run("ftp", "sv_ftp-download-passive.pcap", NULL, &l);
		CHECK(count(&l, XP_REFUSE, c[i].counter) +
		      count(&l, XP_NOTE, c[i].counter) == 0,
		      "control: %s in a plain transfer", c[i].counter);
		xp_free(&l);
	}
}

/*
 * SIP through --nat: the sender's address is rewritten to the NAT address
 * wherever it is replaced, and the media expectations move there.
 */
static void test_sip_nat(void)
{
	struct xp_list l, plain;
	unsigned int i, addr = 0;
	u8 nat[16] = { 0 };

	inet_pton(AF_INET, nat4, nat);
	run("sip", "ppp_sdp.pcap", nat4, &l);
	run("sip", "ppp_sdp.pcap", NULL, &plain);
	CHECK(count(&l, XP_EXPECT, NULL) > 0 &&
	      count(&l, XP_EXPECT, NULL) == count(&plain, XP_EXPECT, NULL),
	      "sip: %u expectations with --nat, %u without",
	      count(&l, XP_EXPECT, NULL), count(&plain, XP_EXPECT, NULL));
	for (i = 0; i < l.n; i++) {
		const struct xp_ev *e = &l.ev[i];

		if (e->kind == XP_EXPECT)
			CHECK(!memcmp(e->to, nat, 16), "sip frame %lu: media not moved",
			      e->frame);
		if (e->kind == XP_REWRITE && !strcmp(e->after, nat4)) {
			addr++;
			CHECK(strcmp(e->before, nat4), "rewrite to itself");
		}
	}
	CHECK(addr > 0, "sip: no address rewritten to %s", nat4);
	CHECK(count(&plain, XP_REWRITE, NULL) == 0, "sip rewrite without --nat");
	xp_free(&l);
	xp_free(&plain);
}

/* The lines: fields for people and pipes, one JSON object per line. */
static void test_format(void)
{
	struct xp_ev e = {
		.frame = 7, .proto = "ftp", .kind = XP_EXPECT, .msg = "227",
		.what = "data", .family = AF_INET, .l4proto = IPPROTO_TCP,
		.port = 2121,
	};
	struct sb b;

	inet_pton(AF_INET, "192.0.2.1", e.from);
	inet_pton(AF_INET, "192.0.2.2", e.to);
	sb_init(&b);
	xp_format(&e, false, '\t', &b);
	CHECK(b.s && !strcmp(b.s, "7\tftp\t227\texpect\tdata tcp from 192.0.2.1 to 192.0.2.2:2121\n"),
	      "text: '%s'", b.s);
	sb_free(&b);
	sb_init(&b);
	xp_format(&e, true, '\t', &b);
	CHECK(b.s && !strcmp(b.s, "{\"frame\":7,\"proto\":\"ftp\",\"message\":\"227\",\"action\":\"expect\",\"class\":\"data\",\"protocol\":\"tcp\",\"family\":\"ipv4\",\"src\":\"192.0.2.1\",\"dst\":\"192.0.2.2\",\"dport\":2121}\n"),
	      "json: '%s'", b.s);
	sb_free(&b);
	e.kind = XP_REWRITE;
	snprintf(e.what, sizeof(e.what), "nat_rewrites");
	snprintf(e.part, sizeof(e.part), "argument");
	snprintf(e.before, sizeof(e.before), "a\"b");
	snprintf(e.after, sizeof(e.after), "c");
	sb_init(&b);
	xp_format(&e, true, '\t', &b);
	CHECK(b.s && strstr(b.s, "\"part\":\"argument\",\"before\":\"a\\\"b\",\"after\":\"c\"}\n"),
	      "json escape: '%s'", b.s);
	sb_free(&b);
	sb_init(&b);
	xp_format(&e, false, '\t', &b);
	CHECK(b.s && !strcmp(b.s, "7\tftp\t227\trewrite\targument 'a\"b' -> 'c' (nat_rewrites)\n"),
	      "text rewrite: '%s'", b.s);
	sb_free(&b);
}

int main(void)
{
	test_ftp_passive();
	test_ftp_nat();
	test_ftp_refusals();
	test_sip_nat();
	test_format();
	return check_summary();
}
