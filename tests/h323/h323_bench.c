// SPDX-License-Identifier: GPL-2.0
/*
 * h323_bench - decoder throughput over the Erlang vectors.
 * Usage: h323_bench VECTOR_DIR [ROUNDS].  Prints messages per second;
 * run under `valgrind --tool=callgrind` with ROUNDS=1 for instructions.
 */
#include "../../nf_conntrack_h323/h323_per.c"
#include "../../nf_conntrack_h323/h323_parse.c"
#include "../../nf_conntrack_h323/h323_tables.c"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define MAXV 64

static u8 msgs[MAXV][4096];
static unsigned int lens[MAXV], kinds[MAXV], nmsgs;

int main(int argc, char **argv)
{
	struct nfh_h323_addr addrs[64];
	struct nfh_h323_out out = { .addr = addrs, .cap = 64 };
	char path[4096], line[20000], kind[16], name[128], *p;
	unsigned long rounds = argc > 2 ? strtoul(argv[2], NULL, 0) : 20000;
	unsigned long r, total = 0, sink = 0;
	struct timespec t0, t1;
	unsigned int i, n, want;
	FILE *fp;
	double s;

	snprintf(path, sizeof(path), "%s/erlang.txt",
		 argc > 1 ? argv[1] : "tests/h323/vectors");
	fp = fopen(path, "r");
	if (!fp) {
		perror(path);
		return 1;
	}
	while (nmsgs < MAXV && fgets(line, sizeof(line), fp)) {
		u8 *m = msgs[nmsgs];
		int hi = -1;

		if (sscanf(line, "%15s %127s %u", kind, name, &want) != 3)
			continue;
		n = 0;
		if (!strcmp(kind, "q931")) {
			memcpy(m, "\x03\x00\x00\x00\x08\x02\x00\x01\x05\x7e\x00\x00\x05", 13);
			n = 13;
			kinds[nmsgs] = 0;
		} else {
			kinds[nmsgs] = strcmp(kind, "ras") ? 2 : 1;
		}
		for (p = strrchr(line, ' '); *p && n < sizeof(msgs[0]); p++) {
			int v = nfh_hexval(*p);

			if (v < 0)
				continue;
			if (hi < 0) {
				hi = v;
			} else {
				m[n++] = hi << 4 | v;
				hi = -1;
			}
		}
		if (kinds[nmsgs] == 0) {
			m[2] = n >> 8;
			m[3] = n;
			m[10] = (n - 12) >> 8;
			m[11] = n - 12;
		}
		lens[nmsgs++] = n;
	}
	fclose(fp);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (r = 0; r < rounds; r++) {
		for (i = 0; i < nmsgs; i++) {
			if (kinds[i] == 0)
				nfh_h323_parse_q931(msgs[i], lens[i], &out);
			else if (kinds[i] == 1)
				nfh_h323_parse_ras(msgs[i], lens[i], &out);
			else
				nfh_h323_parse_h245(msgs[i], lens[i], &out);
			sink += out.n;
			total++;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("%lu messages (%u distinct) in %.3f s: %.0f messages/s "
	       "(%lu addresses)\n", total, nmsgs, s, total / s, sink);
	return 0;
}
