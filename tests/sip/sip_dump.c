// SPDX-License-Identifier: GPL-2.0
/*
 * sip_dump [--mutants N] CAPTURE... - one line per message of the captures
 * and per mutant of it: a hash of everything the parse core reports for it
 * (nfh_sip_parse() as UDP and as TCP, the SDP, nfh_sip_tcp_frame() on every
 * prefix, and the property's plan and rewritten message in its three
 * modes).  tests/sip/diff.sh builds this at two revisions and diffs the
 * dumps: an optimisation of the core must leave them byte-identical.
 *
 * The parsed structures are hashed whole, padding included: the parser
 * clears them first, so equal results hash equal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../nf_conntrack_sip/sip_parse.c"
#include "../../nf_conntrack_sip/sip_sdp.c"
#include "../../nf_conntrack_sip/sip_plan.c"
#include "sip_pcap.h"
#include "sip_prop.h"

static u64 h;

static void mix(const void *p, size_t n)
{
	const u8 *b = p;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= b[i];
		h *= 0x100000001b3ULL;
	}
}

static void mix_u(u64 v)
{
	mix(&v, sizeof(v));
}

static struct sip_prop pr;
static struct nfh_sip_msg dm;
static struct nfh_sip_media dmedia[SIP_PROP_MEDIA_MAX];

static void one(const u8 *d, size_t len, u8 family, bool tcp)
{
	struct nfh_sip_sdp sdp = {
		.media = dmedia, .media_cap = SIP_PROP_MEDIA_MAX,
	};
	enum nfh_sip_result r;
	size_t n, flen;
	int t, mode;

	for (t = NFH_SIP_UDP; t <= NFH_SIP_TCP; t++) {
		memset(&dm, 0xa5, sizeof(dm));
		r = nfh_sip_parse(d, len, family, t, &dm);
		mix_u(r);
		mix(&dm, sizeof(dm));
		if (r != NFH_SIP_OK)
			continue;
		memset(dmedia, 0xa5, sizeof(dmedia));
		memset(&sdp.n_media, 0xa5, sizeof(sdp) -
		       offsetof(struct nfh_sip_sdp, n_media));
		r = nfh_sip_sdp_parse(d, dm.body_off, len, family, &sdp);
		mix_u(r);
		mix(&sdp.n_media, sizeof(sdp) -
		    offsetof(struct nfh_sip_sdp, n_media));
		mix(dmedia, sizeof(dmedia));
	}
	for (n = 0; n <= len; n++) {
		flen = 0xa5a5;
		r = nfh_sip_tcp_frame(d, n, 0, &flen);
		mix_u(r);
		mix_u(flen);
		r = nfh_sip_tcp_frame(d, n, n / 2 + 1, &flen);
		mix_u(r);
		mix_u(flen);
	}
	for (mode = 0; mode < SIP_PROP_MODES; mode++) {
		mix_u(sip_prop_run(&pr, d, len, family, tcp, mode));
		mix_u(pr.res);
		mix_u(pr.sdp_res);
		mix_u(pr.plan_res);
		mix_u(pr.n_edit);
		mix_u(pr.bypass);
		mix(pr.why, strlen(pr.why));
		if (pr.res != NFH_SIP_OK || pr.sdp_res != NFH_SIP_OK)
			continue;
		mix(pr.edit, pr.plan.n_edit * sizeof(*pr.edit));
		mix(pr.rbuf, pr.plan.rbuf_len);
		mix_u(pr.out_len);
		mix(pr.out, pr.out_len);
	}
}

/* The bytes a mutant puts in: the ones the grammar turns on. */
static const u8 sip_dump_bytes[] = "\r\n \t:;,<>[]\"@=/.?*0123456789aAfF";

static unsigned long n_msgs, n_mutants = 8;
static u64 rng = 0x9e3779b97f4a7c15ULL;

static u64 next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void on_msg(void *ctx, const struct sip_pcap_msg *m)
{
	static u8 mut[NFH_SIP_MSG_MAX + 2];
	unsigned long i;
	size_t len, at;

	(void)ctx;
	h = 0xcbf29ce484222325ULL;
	one(m->data, m->len, m->family, m->proto == 6);
	printf("%lu - %016llx\n", n_msgs, (unsigned long long)h);
	for (i = 0; i < n_mutants && m->len; i++) {
		len = m->len;
		memcpy(mut, m->data, len);
		at = next_rand() % len;
		switch (next_rand() % 4) {
		case 0:	/* replace a byte */
		case 1:
			mut[at] = sip_dump_bytes[next_rand() %
						 (sizeof(sip_dump_bytes) - 1)];
			break;
		case 2:	/* delete one */
			memmove(mut + at, mut + at + 1, len - at - 1);
			len--;
			break;
		default:	/* cut the message short */
			len = at;
			break;
		}
		h = 0xcbf29ce484222325ULL;
		one(mut, len, m->family, m->proto == 6);
		printf("%lu %lu %016llx\n", n_msgs, i, (unsigned long long)h);
	}
	n_msgs++;
}

int main(int argc, char **argv)
{
	struct sip_pcap c;
	int a = 1;

	if (a + 1 < argc && !strcmp(argv[a], "--mutants")) {
		n_mutants = strtoul(argv[a + 1], NULL, 0);
		a += 2;
	}
	for (; a < argc; a++) {
		if (sip_pcap_walk(argv[a], &c, on_msg, NULL))
			return 1;
		sip_pcap_free(&c);
	}
	fprintf(stderr, "sip_dump: %lu messages, %lu mutants each\n", n_msgs,
		n_mutants);
	return n_msgs ? 0 : 1;
}
