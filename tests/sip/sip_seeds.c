// SPDX-License-Identifier: GPL-2.0
/*
 * sip_seeds DIR CAPTURE... - write the fuzz seed corpus: every vector of
 * sip_vectors.h and every SIP message of the captures (UDP payloads that
 * start like SIP, TCP messages as framed), each prefixed with the control
 * byte the fuzz targets read (bit 0 IPv6, bit 1 TCP).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../../nf_conntrack_sip/sip_parse.c"
#include "../../nf_conntrack_sip/sip_sdp.c"
#include "../../nf_conntrack_sip/sip_plan.c"
#include "sip_pcap.h"
#include "sip_vectors.h"

static const char *dir;
static unsigned int n_written;

static void put(const char *tag, u8 ctl, const u8 *d, size_t len)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s-%04u", dir, tag, n_written++);
	f = fopen(path, "wb");
	if (!f) {
		perror(path);
		exit(1);
	}
	fputc(ctl, f);
	fwrite(d, 1, len, f);
	fclose(f);
}

static void on_msg(void *ctx, const struct sip_pcap_msg *m)
{
	struct nfh_sip_msg msg;
	enum nfh_sip_result r;
	u8 ctl = (m->family == AF_INET6) | (m->proto == 6 ? 2 : 0);

	(void)ctx;
	if (n_written > 3000)
		return;
	r = nfh_sip_parse(m->data, m->len, m->family,
			  m->proto == 6 ? NFH_SIP_TCP : NFH_SIP_UDP, &msg);
	if (r == NFH_SIP_ENOTSIP && m->proto == 17)
		return;
	put("pcap", ctl, m->data, m->len);
}

int main(int argc, char **argv)
{
	static u8 buf[NFH_SIP_MSG_MAX + 1];
	struct sip_pcap c;
	size_t i, len;
	int a;

	if (argc < 2) {
		fprintf(stderr, "usage: %s DIR [CAPTURE...]\n", argv[0]);
		return 2;
	}
	dir = argv[1];
	if (mkdir(dir, 0755) && errno != EEXIST) {
		perror(dir);
		return 1;
	}
	for (i = 0; i < ARRAY_SIZE(sip_vectors); i++) {
		const struct sip_vec *v = &sip_vectors[i];

		len = sip_vec_build(v, buf, sizeof(buf));
		put(v->name, (v->family == AF_INET6) | (v->tcp ? 2 : 0), buf,
		    len);
	}
	for (a = 2; a < argc; a++) {
		if (sip_pcap_walk(argv[a], &c, on_msg, NULL))
			return 1;
		sip_pcap_free(&c);
	}
	printf("%u seeds in %s\n", n_written, dir);
	return 0;
}
