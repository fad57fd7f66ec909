// SPDX-License-Identifier: GPL-2.0
/*
 * helperctl explain against the kernel replay oracle: for every FTP and
 * SIP capture of the corpus (pcap/ftp, pcap/sip, and the SIP seeds of
 * pcap/fuzz), the expectations explain predicts (no --nat) must be the NEW
 * events of helper ftp or sip in expected/<dir>__<file>.expect, the
 * `conntrack -E expect` the stock helpers produced when the capture was
 * replayed through a router (tests/vm/replay/README.md).  Compared: the
 * set of (protocol, source, destination, destination port), duplicates
 * (an expectation registered again) counted once.  H.323 events (RAS,
 * Q.931, H.245) are not compared: h323dump's own tests cover them.
 *
 * One rule applies to every capture, from the replay: a router never sees
 * a packet of 127.0.0.0/8 or ::1 (martians, dropped before any helper),
 * so predictions on such addresses are left out.  A capture that still
 * disagrees fails unless allow[] lists it with the reason.
 *
 * Negative control: for every capture where explain predicts something,
 * the comparison must fail when one predicted expectation is dropped (a
 * mutant of explain); XP_ORACLE_MUTANT=1 runs the whole table with that
 * mutant, and the test then fails.
 */
#include <arpa/inet.h>
#include <string.h>

#include "nfh_env.h"
#include "check.h"
#include "pcap.h"
#include "explain.h"

/* Captures the replay could not give the helper, each with the reason. */
static const struct {
	const char *dir, *file, *why;
} allow[] = {
	{ "sip", "sngrep_ipip_tcp.pcap",
	  "IPIP: the router sees the outer packet, no helper runs (explain unwraps tunnels)" },
	{ "sip", "arkime_gtp-iphone_sip_tcp_ipv6.pcap",
	  "GTP-U: the router sees udp/2152, no helper runs (explain unwraps tunnels)" },
	{ "sip", "sngrep_ipv6frag.pcap",
	  "Linux cooked v1: replayed unchanged, not addressed to the router" },
	{ "sip", "sv_sip-body-large_tcp.pcap",
	  "NULL/loopback link layer: replayed unchanged, not addressed to the router" },
	{ "sip", "heplify_sip_ipv6_udp.pcap",
	  "the 200 OK goes to a link-local fe80:: address: the router never forwards it to the helper; the INVITE's expectations agree (explain knows no routing)" },
	{ "sip", "heplify_sip_ipv4_tcp_retrans.pcap",
	  "stops tcprewrite --fixcsum: replayed unchanged, not addressed to the router" },
};

#define MAX_TUPLES	256

struct tuple {
	char proto[4], src[48], dst[48];
	unsigned int dport;
};

struct tset {
	struct tuple t[MAX_TUPLES];
	unsigned int n;
};

static void tset_add(struct tset *s, const struct tuple *t)
{
	unsigned int i;

	for (i = 0; i < s->n; i++)
		if (!memcmp(&s->t[i], t, sizeof(*t)))
			return;
	if (s->n < MAX_TUPLES)
		s->t[s->n++] = *t;
}

static bool tset_eq(const struct tset *a, const struct tset *b)
{
	unsigned int i, j;

	if (a->n != b->n)
		return false;
	for (i = 0; i < a->n; i++) {
		for (j = 0; j < b->n; j++)
			if (!memcmp(&a->t[i], &b->t[j], sizeof(a->t[i])))
				break;
		if (j == b->n)
			return false;
	}
	return true;
}

static const char *why_allowed(const char *dir, const char *file)
{
	size_t i;

	for (i = 0; i < sizeof(allow) / sizeof(allow[0]); i++)
		if (!strcmp(allow[i].dir, dir) && !strcmp(allow[i].file, file))
			return allow[i].why;
	return NULL;
}

/* The value of "key=" in @line (the first one), into @out. */
static bool field(const char *line, const char *key, char *out, size_t len)
{
	const char *p = strstr(line, key);
	size_t n;

	if (!p)
		return false;
	p += strlen(key);
	n = strcspn(p, " \n");
	if (n >= len)
		return false;
	memcpy(out, p, n);
	out[n] = '\0';
	return true;
}

/* The NEW events of helper ftp or sip of the oracle; -1: no file. */
static int oracle_read(const char *dir, const char *file, struct tset *s)
{
	char path[4096], line[1024], helper[32], proto[8], port[8];
	struct tuple t;
	FILE *f;

	nfh_corpus_dir("expected", path, sizeof(path) - 512);
	snprintf(path + strlen(path), 512, "/%s__%s.expect", dir, file);
	f = fopen(path, "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, "[NEW] ", 6) ||
		    !field(line, " helper=", helper, sizeof(helper)) ||
		    (strcmp(helper, "ftp") && strcmp(helper, "sip")))
			continue;
		memset(&t, 0, sizeof(t));
		if (!field(line, " proto=", proto, sizeof(proto)) ||
		    !field(line, " src=", t.src, sizeof(t.src)) ||
		    !field(line, " dst=", t.dst, sizeof(t.dst)) ||
		    !field(line, " dport=", port, sizeof(port))) {
			CHECK(0, "%s: unreadable event '%s'", path, line);
			continue;
		}
		snprintf(t.proto, sizeof(t.proto), "%s",
			 atoi(proto) == IPPROTO_TCP ? "tcp" : "udp");
		t.dport = atoi(port);
		tset_add(s, &t);
	}
	fclose(f);
	return 0;
}

static bool is_loopback(uint8_t family, const uint8_t *a)
{
	static const uint8_t v6lo[16] = { [15] = 1 };

	return family == AF_INET ? a[0] == 127 : !memcmp(a, v6lo, 16);
}

/* explain's expectations as tuples; @drop: leave one out (a mutant). */
static void predicted(const struct xp_list *l, bool drop, struct tset *s)
{
	struct tuple t;
	size_t i;

	for (i = 0; i < l->n; i++) {
		const struct xp_ev *e = &l->ev[i];

		if (e->kind != XP_EXPECT)
			continue;
		if (is_loopback(e->family, e->to) ||
		    (!e->from_any && is_loopback(e->family, e->from)))
			continue;	/* martians: the router drops them */
		memset(&t, 0, sizeof(t));
		snprintf(t.proto, sizeof(t.proto), "%s",
			 e->l4proto == IPPROTO_TCP ? "tcp" : "udp");
		if (!e->from_any)
			xp_ntop(e->family, e->from, t.src);
		else
			snprintf(t.src, sizeof(t.src), "0.0.0.0");
		xp_ntop(e->family, e->to, t.dst);
		t.dport = e->port;
		tset_add(s, &t);
	}
	if (drop && s->n)
		s->t[0] = s->t[--s->n];
}

static void print_diff(const struct tset *a, const struct tset *b,
		       const char *what)
{
	unsigned int i, j;

	for (i = 0; i < a->n; i++) {
		for (j = 0; j < b->n; j++)
			if (!memcmp(&a->t[i], &b->t[j], sizeof(a->t[i])))
				break;
		if (j == b->n)
			printf("    %s: %s %s -> %s:%u\n", what, a->t[i].proto,
			       a->t[i].src, a->t[i].dst, a->t[i].dport);
	}
}

static unsigned int n_same, n_allowed, n_diff, n_mutants, n_caught;

static void one(const char *dir, const char *file, bool mutant)
{
	struct xp_opts o = { 0 };
	struct xp_list l = { 0 };
	static struct tset want, got, bad;
	char path[4096], tmp[4200];
	const char *why, *readable;
	bool same;

	memset(&want, 0, sizeof(want));
	memset(&got, 0, sizeof(got));
	memset(&bad, 0, sizeof(bad));
	if (oracle_read(dir, file, &want)) {
		printf("  %-46s  no expected file: not compared\n", file);
		return;
	}
	nfh_corpus_dir("pcap", path, sizeof(path) - 512);
	snprintf(path + strlen(path), 512, "/%s/%s", dir, file);
	readable = xp_readable(path, tmp, sizeof(tmp));
	CHECK(readable && !explain_capture(readable, &o, &l),
	      "explain %s failed", path);
	if (tmp[0])
		unlink(tmp);
	predicted(&l, mutant, &got);
	same = tset_eq(&want, &got);
	why = why_allowed(dir, file);
	printf("  %-46s %6u %7u  %s%s\n", file, want.n, got.n,
	       same ? "SAME" : why ? "DIFF, listed: " : "DIFF", same ? "" :
	       why ? why : "");
	if (!same) {
		print_diff(&want, &got, "oracle only ");
		print_diff(&got, &want, "explain only");
	}
	if (same)
		n_same++;
	else if (why)
		n_allowed++;
	else
		n_diff++;
	CHECK(same || why, "%s/%s: explain disagrees with the replay oracle",
	      dir, file);

	/* negative control: one expectation fewer must not pass */
	if (!mutant && got.n) {
		predicted(&l, true, &bad);
		n_mutants++;
		if (!tset_eq(&want, &bad))
			n_caught++;
		else
			printf("    negative control missed: dropping one expectation still agrees\n");
	}
	xp_free(&l);
}

static void walk(const char *dir, bool mutant)
{
	char path[4096], *names[256];
	int i, n;

	nfh_corpus_dir("pcap", path, sizeof(path) - 64);
	snprintf(path + strlen(path), 64, "/%s", dir);
	n = nfh_pcap_list(path, names, ARRAY_SIZE(names));
	CHECK(n > 0, "no captures in %s", path);
	for (i = 0; i < n; i++) {
		if (strcmp(dir, "fuzz") || !strstr(names[i], "h323"))
			one(dir, names[i], mutant);
		free(names[i]);
	}
}

int main(void)
{
	const char *m = getenv("XP_ORACLE_MUTANT");
	bool mutant = m && !strcmp(m, "1");

	printf("explain vs replay oracle%s\n",
	       mutant ? ", MUTANT: one expectation dropped per capture" : "");
	printf("  %-46s %6s %7s  %s\n", "capture", "oracle", "explain",
	       "result");
	walk("ftp", mutant);
	walk("sip", mutant);
	walk("fuzz", mutant);
	printf("%u same, %u different but listed, %u different\n", n_same,
	       n_allowed, n_diff);
	if (!mutant) {
		printf("negative control: %u of %u captures with a prediction fail with one expectation dropped\n",
		       n_caught, n_mutants);
		CHECK(n_mutants > 0 && n_caught == n_mutants,
		      "negative control: %u of %u mutants caught", n_caught,
		      n_mutants);
	}
	return check_summary();
}
