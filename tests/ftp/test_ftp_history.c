// SPDX-License-Identifier: GPL-2.0
/*
 * The FTP historical bug shapes (history_vectors.h): each line, from an
 * exact-size heap copy (ASan sees a read past it), must give its parse
 * result and, when it parses, its verdict.  "RUN <name>" before each row
 * and the name in every failure let tests/lib/history_negative.sh tell
 * which row caught a mutant, crash or not; an argument runs only the row
 * of that name.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../nf_conntrack_ftp/ftp_parse.c"
#include "../lib/check.h"
#include "history_vectors.h"

static const char *const verdict_names[] = {
	[NFH_FTP_USE] = "use",
	[NFH_FTP_REFUSE_FAMILY] = "refused_family",
	[NFH_FTP_REFUSE_ADDRESS] = "refused_address",
	[NFH_FTP_REFUSE_LOW_PORT] = "refused_low_port",
};

int main(int argc, char **argv)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(ftp_hist); i++) {
		const struct ftp_hist *h = &ftp_hist[i];
		struct nfh_ftp_match m = {};
		enum nfh_ftp_verdict v = NFH_FTP_USE;
		enum nfh_ftp_result r;
		u8 sender[4], *copy = malloc(h->len);

		if (argc > 1 && strcmp(argv[1], h->name))
			continue;
		printf("RUN %s\n", h->name);
		fflush(stdout);
		if (!copy || inet_pton(AF_INET, h->sender, sender) != 1)
			abort();
		memcpy(copy, h->line, h->len);
		r = nfh_ftp_parse_line(copy, h->len, h->dir, &m);
		if (r == NFH_FTP_OK)
			v = nfh_ftp_verdict(&m, AF_INET, sender, false);
		CHECK(r == h->res && v == h->verdict,
		      "%s: %s/%s, want %s/%s (%s; mirrors %s)", h->name,
		      nfh_ftp_result_name(r), verdict_names[v],
		      nfh_ftp_result_name(h->res), verdict_names[h->verdict],
		      h->counter, h->mirrors);
		free(copy);
	}
	return check_summary();
}
