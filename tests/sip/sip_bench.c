// SPDX-License-Identifier: GPL-2.0
/*
 * sip_bench [--once] CAPTURE... - parser throughput over the SIP messages
 * of the captures (those that parse): MB/s for parse + SDP, and for parse +
 * SDP + plan + apply with the property test's translation.
 *
 * Instructions per byte: run one pass under callgrind, counting only
 * bench_pass(), and divide its instruction count by the bytes printed:
 *
 *	valgrind --tool=callgrind --toggle-collect=bench_pass \
 *		tests/sip/build/sip_bench --once CAPTURE...
 *	callgrind_annotate callgrind.out.<pid> | head
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../nf_conntrack_sip/sip_parse.c"
#include "../../nf_conntrack_sip/sip_sdp.c"
#include "../../nf_conntrack_sip/sip_plan.c"
#include "sip_pcap.h"
#include "sip_prop.h"

struct bmsg {
	u8 *data;
	size_t len;
	u8 family, tcp;
};

static struct bmsg *msgs;
static size_t n_msgs, total;

static void on_msg(void *ctx, const struct sip_pcap_msg *m)
{
	struct nfh_sip_msg msg;
	struct bmsg *b;

	(void)ctx;
	if (nfh_sip_parse(m->data, m->len, m->family,
			  m->proto == 6 ? NFH_SIP_TCP : NFH_SIP_UDP, &msg) !=
	    NFH_SIP_OK)
		return;
	msgs = realloc(msgs, (n_msgs + 1) * sizeof(*msgs));
	if (!msgs)
		abort();
	b = &msgs[n_msgs++];
	b->data = malloc(m->len);
	if (!b->data)
		abort();
	memcpy(b->data, m->data, m->len);
	b->len = m->len;
	b->family = m->family;
	b->tcp = m->proto == 6;
	total += m->len;
}

static struct nfh_sip_msg bm;
static struct nfh_sip_media bmedia[32];
static struct nfh_sip_sdp bsdp = { .media = bmedia, .media_cap = 32 };

/* One pass of parse + SDP over every message; returns a checksum. */
__attribute__((noinline)) unsigned long bench_pass(void)
{
	unsigned long sum = 0;
	size_t i;

	for (i = 0; i < n_msgs; i++) {
		const struct bmsg *b = &msgs[i];

		if (nfh_sip_parse(b->data, b->len, b->family, b->tcp, &bm))
			continue;
		sum += bm.n_headers;
		if (bm.body_is_sdp && bm.body_len &&
		    !nfh_sip_sdp_parse(b->data, bm.body_off, b->len, b->family,
				       &bsdp))
			sum += bsdp.n_media;
	}
	return sum;
}

static struct sip_prop pr;

__attribute__((noinline)) unsigned long bench_rewrite_pass(void)
{
	unsigned long sum = 0;
	size_t i;

	for (i = 0; i < n_msgs; i++) {
		const struct bmsg *b = &msgs[i];

		sip_prop_run(&pr, b->data, b->len, b->family, b->tcp, 0);
		sum += pr.n_edit;
	}
	return sum;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void measure(const char *what, unsigned long (*fn)(void))
{
	unsigned long passes = 0, sum = 0;
	double t0 = now(), t;

	do {
		sum += fn();
		passes++;
		t = now() - t0;
	} while (t < 1.0);
	printf("%-32s %8.1f MB/s  %10.0f msgs/s  (%lu passes, sum %lu)\n",
	       what, passes * (double)total / t / 1e6,
	       passes * (double)n_msgs / t, passes, sum);
}

int main(int argc, char **argv)
{
	struct sip_pcap c;
	bool once = false;
	int a = 1;

	if (a < argc && !strcmp(argv[a], "--once")) {
		once = true;
		a++;
	}
	for (; a < argc; a++) {
		if (sip_pcap_walk(argv[a], &c, on_msg, NULL))
			return 1;
		sip_pcap_free(&c);
	}
	if (!n_msgs) {
		fprintf(stderr, "no SIP messages\n");
		return 1;
	}
	printf("%zu SIP messages, %zu bytes\n", n_msgs, total);
	if (once) {
		printf("one pass: checksum %lu; callgrind Ir of bench_pass / "
		       "%zu bytes = instructions per byte\n", bench_pass(),
		       total);
		return 0;
	}
	measure("parse + SDP", bench_pass);
	measure("parse + SDP + plan + apply + check", bench_rewrite_pass);
	printf("instructions/byte: valgrind --tool=callgrind "
	       "--toggle-collect=bench_pass %s --once <captures>, then "
	       "Ir / %zu\n", argv[0], total);
	return 0;
}
