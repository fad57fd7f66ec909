// SPDX-License-Identifier: GPL-2.0
/*
 * ftp_seeds OUTDIR [CORPUS] - write the fuzz seed corpus:
 *
 *   OUTDIR/line/    every line of tests/ftp/ftp_vectors.h, and every line
 *                   of interest in the FTP captures of CORPUS/pcap/ftp
 *   OUTDIR/stream/  fuzz_ftp_stream inputs: each vector line with a few cut
 *                   patterns, all vectors of a direction in one stream, and
 *                   each captured connection direction with its real
 *                   segment sizes
 *
 * CORPUS defaults to $NFH_CORPUS; without captures only vectors are written.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../../nf_conntrack_ftp/ftp_parse.c"
#include "ftp_vectors.h"
#include "ftp_pcap.h"

#define STREAM_MAX 4096

static const char *outdir;
static unsigned long written;

static void write_seed(const char *kind, const char *name, const void *a,
		       size_t alen, const void *b, size_t blen)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s/%s", outdir, kind, name);
	f = fopen(path, "wb");
	if (!f || fwrite(a, 1, alen, f) != alen ||
	    (blen && fwrite(b, 1, blen, f) != blen) || fclose(f)) {
		fprintf(stderr, "ftp_seeds: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	written++;
}

/* A stream seed: header (flags, cut count, cuts) then the bytes. */
static void stream_seed(const char *name, u8 flags, const u8 *cuts,
			size_t ncut, const u8 *s, size_t len)
{
	u8 hdr[2 + 15];

	ncut = ncut > 15 ? 15 : ncut;
	hdr[0] = flags;
	hdr[1] = (u8)ncut;
	if (ncut)
		memcpy(hdr + 2, cuts, ncut);
	write_seed("stream", name, hdr, 2 + ncut, s,
		   len > STREAM_MAX ? STREAM_MAX : len);
}

static void vector_seeds(void)
{
	static u8 all[2][STREAM_MAX];
	size_t alen[2] = { 0, 0 }, i;
	char name[64];

	for (i = 0; i < ARRAY_SIZE(ftp_vectors); i++) {
		const struct ftp_vector *v = &ftp_vectors[i];
		u8 line[1024], cut;
		size_t len = v->len;

		snprintf(name, sizeof(name), "v%03zu", i);
		write_seed("line", name, v->line, v->len, NULL, 0);

		memcpy(line, v->line, len);
		if (!len || line[len - 1] != '\n')
			line[len++] = '\n';
		/* whole; halves; byte by byte; halves with retransmission */
		cut = (u8)((len / 2 ? len / 2 : 1) - 1);
		snprintf(name, sizeof(name), "v%03zu-whole", i);
		stream_seed(name, v->dir, NULL, 0, line, len);
		snprintf(name, sizeof(name), "v%03zu-half", i);
		stream_seed(name, v->dir, &cut, 1, line, len);
		snprintf(name, sizeof(name), "v%03zu-bytes", i);
		stream_seed(name, v->dir | 2, (const u8 *)"\0", 1, line, len);
		cut |= 0x40;
		snprintf(name, sizeof(name), "v%03zu-rt", i);
		stream_seed(name, v->dir | 4, &cut, 1, line, len);

		if (alen[v->dir] + len <= STREAM_MAX) {
			memcpy(all[v->dir] + alen[v->dir], line, len);
			alen[v->dir] += len;
		}
	}
	for (i = 0; i < 2; i++) {
		static const u8 cuts[] = { 6, 200, 1, 0x7f, 30, 0xc4, 9, 255 };

		snprintf(name, sizeof(name), "all-%zu-whole", i);
		stream_seed(name, (u8)i, NULL, 0, all[i], alen[i]);
		snprintf(name, sizeof(name), "all-%zu-cuts", i);
		stream_seed(name, (u8)i | 4, cuts, ARRAY_SIZE(cuts), all[i],
			    alen[i]);
	}
}

/* ---- captures: each direction of each connection, and its lines ---- */

struct pdir {
	u8 buf[STREAM_MAX];
	size_t len;
	u8 cuts[15];
	size_t ncut;
};

struct pcap_seeds {
	const char *name;
	struct pdir *dirs;	/* [conn id * 2 + dir] */
	size_t ndirs;
	unsigned long lines;
};

static void on_payload(void *ctx, struct ftp_capture *c, struct ftp_conn *cn,
		       enum nfh_ftp_dir dir, const struct nfh_pcap_pkt *pk)
{
	struct pcap_seeds *ps = ctx;
	size_t idx = cn->id * 2 + dir, off = 0;
	struct pdir *d;

	(void)c;
	if (idx >= ps->ndirs) {
		size_t n = idx + 16;

		ps->dirs = realloc(ps->dirs, n * sizeof(*ps->dirs));
		if (!ps->dirs)
			abort();
		memset(ps->dirs + ps->ndirs, 0, (n - ps->ndirs) * sizeof(*ps->dirs));
		ps->ndirs = n;
	}
	d = &ps->dirs[idx];
	if (d->len + pk->len <= STREAM_MAX) {
		memcpy(d->buf + d->len, pk->data, pk->len);
		d->len += pk->len;
		if (d->ncut < 15)
			d->cuts[d->ncut++] = (u8)((pk->len > 256 ? 256 : pk->len) - 1);
	}
	/* lines of interest (by their start) become line seeds */
	while (off < pk->len && ps->lines < 400) {
		size_t ll = nfh_ftp_line_len(pk->data + off, pk->len - off);
		size_t n = ll ? ll : pk->len - off;
		char name[128];

		if (n >= 4 && nfh_ftp_may_match(pk->data + off, n < 5 ? n : 5, dir)) {
			snprintf(name, sizeof(name), "%s-%lu-%zu", ps->name,
				 pk->frame, off);
			write_seed("line", name, pk->data + off, n, NULL, 0);
			ps->lines++;
		}
		off += n;
	}
}

static void pcap_seeds(const char *corpus)
{
	char dir[4096], path[8192], tmp[4200], *names[256];
	int n, c;

	snprintf(dir, sizeof(dir), "%s/pcap/ftp", corpus);
	n = nfh_pcap_list(dir, names, ARRAY_SIZE(names));
	if (n < 0) {
		fprintf(stderr, "ftp_seeds: no captures at %s, vectors only\n", dir);
		return;
	}
	for (c = 0; c < n; c++) {
		struct pcap_seeds ps = { .name = names[c] };
		struct ftp_capture cap;
		const char *file;
		size_t i;

		snprintf(path, sizeof(path), "%s/%s", dir, names[c]);
		file = nfh_pcap_file(path, tmp, sizeof(tmp));
		if (!file || ftp_pcap_walk(file, &cap, on_payload, &ps) < 0) {
			fprintf(stderr, "ftp_seeds: skipping %s\n", path);
		} else {
			for (i = 0; i < ps.ndirs; i++) {
				char name[300];

				if (!ps.dirs[i].len)
					continue;
				snprintf(name, sizeof(name), "%s-c%zu-d%zu",
					 names[c], i / 2, i % 2);
				stream_seed(name, (u8)(i % 2), ps.dirs[i].cuts,
					    ps.dirs[i].ncut, ps.dirs[i].buf,
					    ps.dirs[i].len);
			}
			ftp_capture_free(&cap);
		}
		if (tmp[0])
			unlink(tmp);
		free(ps.dirs);
		free(names[c]);
	}
}

int main(int argc, char **argv)
{
	const char *corpus = argc > 2 ? argv[2] : getenv("NFH_CORPUS");
	char sub[4200];

	if (argc < 2) {
		fprintf(stderr, "usage: ftp_seeds OUTDIR [CORPUS]\n");
		return 2;
	}
	outdir = argv[1];
	mkdir(outdir, 0755);
	snprintf(sub, sizeof(sub), "%s/line", outdir);
	mkdir(sub, 0755);
	snprintf(sub, sizeof(sub), "%s/stream", outdir);
	mkdir(sub, 0755);

	vector_seeds();
	if (corpus && *corpus)
		pcap_seeds(corpus);
	printf("ftp_seeds: %lu seeds in %s\n", written, outdir);
	return 0;
}
