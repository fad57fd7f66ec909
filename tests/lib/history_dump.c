// SPDX-License-Identifier: GPL-2.0
/*
 * history_dump PROTO [MALFORMED] - the historical bug shapes of
 * tests/<proto>/history_vectors.h as tab-separated lines, for the VM
 * replay through the kernel helper (tests/vm/history/run.sh), which
 * cannot include a C header:
 *
 *   name  transport  from  counter  bytes(hex)  arrival  mirrors
 *
 * transport: tcp or udp; from: the side that sends the bytes (client or
 * server); counter: the one in /proc/net/nfhelpers/<proto> the row moves
 * by one; arrival: "same" (passed unmodified), "nat" (the sender's
 * address rewritten, nothing else) or the hex of the exact bytes the
 * receiver must get.  H.323 rows name a message of
 * tests/h323/vectors/malformed.txt: MALFORMED is that file.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

#include "../ftp/history_vectors.h"
#include "../sip/history_vectors.h"
#include "../h323/history_vectors.h"

static void hex(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		printf("%02x", (unsigned char)s[i]);
}

static void ftp(void)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(ftp_hist); i++) {
		const struct ftp_hist *h = &ftp_hist[i];
		/* a line that opens a pinhole is rewritten through NAT */
		bool used = h->res == NFH_FTP_OK && h->verdict == NFH_FTP_USE;

		printf("%s\ttcp\t%s\t%s\t", h->name,
		       h->dir == NFH_FTP_DIR_CLIENT ? "client" : "server",
		       h->counter);
		hex(h->line, h->len);
		printf("\t%s\t%s\n", used ? "nat" : "same", h->mirrors);
	}
}

static void sip(void)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(sip_hist); i++) {
		const struct sip_hist *h = &sip_hist[i];

		/* only TCP has framing */
		printf("%s\t%s\tclient\t%s\t", h->name,
		       h->step == SIP_H_FRAME ? "tcp" : "udp", h->counter);
		hex(h->msg, h->len);
		putchar('\t');
		if (h->want)
			hex(h->want, strlen(h->want));
		else
			/* what the parse core refuses goes out as it came */
			printf("%s", h->res == NFH_SIP_OK ? "nat" : "same");
		printf("\t%s\n", h->mirrors);
	}
}

static int h323(const char *path)
{
	static char line[8192];
	char kind[16], vname[128], *bytes;
	FILE *fp;
	size_t i;
	int bad = 0;

	for (i = 0; i < ARRAY_SIZE(h323_hist); i++) {
		const struct h323_hist *h = &h323_hist[i];
		bool found = false;

		fp = fopen(path, "r");
		if (!fp) {
			perror(path);
			return 1;
		}
		while (!found && fgets(line, sizeof(line), fp)) {
			if (sscanf(line, "%15s %127s", kind, vname) != 2 ||
			    strcmp(vname, h->vector))
				continue;
			found = true;
			bytes = strrchr(line, ' ') + 1;
			bytes[strcspn(bytes, "\r\n")] = '\0';
			/* Q.931 in TPKT over TCP 1720, RAS over UDP 1719 */
			printf("%s\t%s\tclient\t", h->name,
			       strcmp(kind, "tpkt") ? "udp" : "tcp");
			if (strcmp(h->res, "ok"))
				printf("error_%s", h->res);
			else
				printf("messages_%s",
				       strcmp(kind, "tpkt") ? "ras" : "q931");
			/* the glue passes what it cannot decode unmodified */
			printf("\t%s\tsame\t%s\n", bytes, h->mirrors);
		}
		fclose(fp);
		if (!found || (strcmp(kind, "tpkt") && strcmp(kind, "ras"))) {
			fprintf(stderr, "%s: no TPKT or RAS message %s in %s\n",
				h->name, h->vector, path);
			bad = 1;
		}
	}
	return bad;
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "h323"))
		return h323(argv[2]);
	if (argc == 2 && !strcmp(argv[1], "ftp")) {
		ftp();
		return 0;
	}
	if (argc == 2 && !strcmp(argv[1], "sip")) {
		sip();
		return 0;
	}
	fprintf(stderr, "usage: %s ftp|sip|h323 [MALFORMED]\n", argv[0]);
	return 2;
}
