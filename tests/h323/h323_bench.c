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

#include "h323_vectors.h"

#define MAXV 64

static struct nfh_h323_vec vecs[MAXV];

int main(int argc, char **argv)
{
	struct nfh_h323_addr addrs[64];
	struct nfh_h323_out out = { .addr = addrs, .cap = 64 };
	unsigned long rounds = argc > 2 ? strtoul(argv[2], NULL, 0) : 20000;
	unsigned long r, total = 0, sink = 0;
	unsigned int i, nmsgs = 0;
	struct timespec t0, t1;
	char path[4096];
	FILE *fp;
	double s;

	snprintf(path, sizeof(path), "%s/erlang.txt",
		 argc > 1 ? argv[1] : "tests/h323/vectors");
	fp = fopen(path, "r");
	if (!fp) {
		perror(path);
		return 1;
	}
	while (nmsgs < MAXV && nfh_h323_vec_next(fp, &vecs[nmsgs]))
		nmsgs++;
	fclose(fp);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (r = 0; r < rounds; r++) {
		for (i = 0; i < nmsgs; i++) {
			nfh_h323_decode_kind(vecs[i].kind, vecs[i].msg,
					     vecs[i].len, &out);
			sink += out.n;
			total++;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("%lu messages (%u distinct) in %.3f s: %.0f messages/s (%lu addresses)\n",
	       total, nmsgs, s, total / s, sink);
	return 0;
}
