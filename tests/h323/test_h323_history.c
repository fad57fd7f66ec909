// SPDX-License-Identifier: GPL-2.0
/*
 * The H.323 historical bug shapes (history_vectors.h): each message of
 * vectors/malformed.txt a row names, decoded from an exact-size heap copy
 * (ASan sees a read past it), must give the row's result.  "RUN <name>"
 * before each row and the name in every failure let
 * tests/lib/history_negative.sh tell which row caught a mutant, crash or
 * not; an argument runs only the row of that name.
 */
#define _GNU_SOURCE
#include "../../nf_conntrack_h323/h323_per.c"
#include "../../nf_conntrack_h323/h323_parse.c"
#include "../../nf_conntrack_h323/h323_tables.c"

#include <stdio.h>
#include <stdlib.h>

#include "../lib/check.h"
#include "h323_vectors.h"
#include "history_vectors.h"

/* The message of malformed.txt called @name: its kind and bytes. */
static unsigned int load(const char *name, enum nfh_h323_kind *k, u8 *msg,
			 unsigned int cap)
{
	static char line[8192];
	char kind[16], vname[128], *hex;
	unsigned int n = 0;
	FILE *fp = fopen(NFH_REPO_ROOT "/tests/h323/vectors/malformed.txt",
			 "r");

	if (!fp)
		return 0;
	while (fgets(line, sizeof(line), fp)) {
		if (sscanf(line, "%15s %127s", kind, vname) != 2 ||
		    strcmp(vname, name))
			continue;
		hex = strrchr(line, ' ');
		n = nfh_unhex(hex, strlen(hex), msg, cap);
		*k = !strcmp(kind, "tpkt") ? NFH_H323_K_Q931 :
		     !strcmp(kind, "ras") ? NFH_H323_K_RAS : NFH_H323_K_H245;
		break;
	}
	fclose(fp);
	return n;
}

int main(int argc, char **argv)
{
	static u8 msg[4096];
	struct nfh_h323_addr addrs[64];
	struct nfh_h323_out out = { .addr = addrs, .cap = 64 };
	enum nfh_h323_kind k = NFH_H323_K_RAS;
	enum nfh_h323_result ret;
	unsigned int n;
	size_t i;
	u8 *copy;

	for (i = 0; i < ARRAY_SIZE(h323_hist); i++) {
		const struct h323_hist *h = &h323_hist[i];

		if (argc > 1 && strcmp(argv[1], h->name))
			continue;
		printf("RUN %s\n", h->name);
		fflush(stdout);
		n = load(h->vector, &k, msg, sizeof(msg));
		CHECK(n > 0, "%s: no vector %s in malformed.txt", h->name,
		      h->vector);
		if (!n)
			continue;
		copy = malloc(n);
		if (!copy)
			abort();
		memcpy(copy, msg, n);
		ret = nfh_h323_decode_kind(k, copy, n, &out);
		free(copy);
		CHECK(!strcmp(nfh_h323_result_name(ret), h->res),
		      "%s: %s, want %s (%s; mirrors %s)", h->name,
		      nfh_h323_result_name(ret), h->res, h->vector,
		      h->mirrors);
	}
	return check_summary();
}
