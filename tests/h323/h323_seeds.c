// SPDX-License-Identifier: GPL-2.0
/*
 * h323_seeds TARGET VECTORS DIR [CAPTURE...] - write the seed corpus of one
 * H.323 fuzz target (q931, ras or h245): the Erlang vectors in the form the
 * target takes (H.225.0 in TPKT + Q.931 + User-user IE and H.245 in TPKT
 * for q931, bare PER for ras and h245), and the payloads of the captures
 * that reach it (TCP for q931, udp/1719 for ras, TPKT contents off the
 * call signalling port for h245).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../../nf_conntrack_h323/h323_per.c"
#include "../../nf_conntrack_h323/h323_parse.c"
#include "../../nf_conntrack_h323/h323_tables.c"
#include "../lib/pcap.h"
#include "h323_vectors.h"

static const char *target, *dir;
static unsigned int n_pcap;

static void put(const char *name, const u8 *d, size_t len)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "wb");
	if (!f) {
		perror(path);
		exit(1);
	}
	fwrite(d, 1, len, f);
	fclose(f);
}

static void on_packet(void *ctx, const struct nfh_pcap_pkt *pk)
{
	bool tcp = pk->proto == IPPROTO_TCP;
	const u8 *d = pk->data;
	size_t len = pk->len;
	char name[32];

	(void)ctx;
	if (!len)
		return;
	if (!strcmp(target, "ras")) {
		if (tcp || (pk->sport != 1719 && pk->dport != 1719))
			return;
	} else if (!strcmp(target, "h245")) {
		if (!tcp || pk->sport == 1720 || pk->dport == 1720 ||
		    len <= 4 || d[0] != 3)
			return;
		d += 4;		/* the TPKT header */
		len -= 4;
	} else if (!tcp) {
		return;
	}
	snprintf(name, sizeof(name), "pcap_%u", ++n_pcap);
	put(name, d, len);
}

static void vector_seeds(const char *path)
{
	static struct nfh_h323_vec v;
	static u8 tpkt[4 + NFH_H323_VEC_MAX];
	char name[160];
	FILE *fp;

	fp = fopen(path, "r");
	if (!fp) {
		perror(path);
		exit(1);
	}
	while (nfh_h323_vec_next(fp, &v)) {
		snprintf(name, sizeof(name), "seed_%s", v.name);
		if (!strcmp(target, "q931") && v.kind == NFH_H323_K_H245) {
			tpkt[0] = 3;
			tpkt[1] = 0;
			tpkt[2] = (v.len + 4) >> 8;
			tpkt[3] = v.len + 4;
			memcpy(tpkt + 4, v.msg, v.len);
			put(name, tpkt, v.len + 4);
		} else if ((!strcmp(target, "q931") &&
			    v.kind == NFH_H323_K_Q931) ||
			   (!strcmp(target, "ras") &&
			    v.kind == NFH_H323_K_RAS) ||
			   (!strcmp(target, "h245") &&
			    v.kind == NFH_H323_K_H245)) {
			put(name, v.msg, v.len);
		}
	}
	fclose(fp);
}

int main(int argc, char **argv)
{
	struct nfh_pcap c;
	int a;

	if (argc < 4) {
		fprintf(stderr, "usage: %s q931|ras|h245 VECTORS DIR [CAPTURE...]\n",
			argv[0]);
		return 2;
	}
	target = argv[1];
	dir = argv[3];
	if (mkdir(dir, 0755) && errno != EEXIST) {
		perror(dir);
		return 1;
	}
	for (a = 4; a < argc; a++) {
		if (nfh_pcap_walk(argv[a], &c, on_packet, NULL))
			return 1;
	}
	vector_seeds(argv[2]);
	return 0;
}
