/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ftp_pcap.h - read a capture with libpcap and hand out the TCP payloads of
 * FTP control connections, one direction of one connection at a time, with
 * the per-direction glue state (ftp_glue.h) kept per connection.  No
 * reassembly: every payload goes to the tracker as the kernel would see it.
 *
 * Shared by test_ftp_corpus.c and tests/fuzz/gen_seeds.c.
 */
#ifndef _NFH_FTP_PCAP_H
#define _NFH_FTP_PCAP_H

#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ftp_glue.h"

/* Control ports: the corpus summaries (tshark) show FTP only on 21. */
static const u16 ftp_ctrl_ports[] = { 21 };

struct ftp_pkt {
	unsigned long frame;	/* 1-based, as tshark numbers frames */
	int family;
	u8 src[16], dst[16];
	u16 sport, dport;
	u32 seq;
	u8 flags;		/* TCP flags byte */
	const u8 *data;
	size_t len;
};

#define FTP_TCP_FIN 0x01
#define FTP_TCP_SYN 0x02
#define FTP_TCP_RST 0x04
#define FTP_TCP_ACK 0x10

static inline u16 ftp_get16(const u8 *p)
{
	return (u16)(p[0] << 8 | p[1]);
}

static inline u32 ftp_get32(const u8 *p)
{
	return (u32)p[0] << 24 | (u32)p[1] << 16 | (u32)p[2] << 8 | p[3];
}

/* TCP header at @p (@len bytes up to the end of the IP payload). */
static int ftp_decode_tcp(const u8 *p, size_t len, struct ftp_pkt *pk)
{
	size_t doff;

	if (len < 20)
		return -1;
	doff = (size_t)(p[12] >> 4) * 4;
	if (doff < 20 || doff > len)
		return -1;
	pk->sport = ftp_get16(p);
	pk->dport = ftp_get16(p + 2);
	pk->seq = ftp_get32(p + 4);
	pk->flags = p[13];
	pk->data = p + doff;
	pk->len = len - doff;
	return 1;
}

/*
 * IP packet at @p, @caplen bytes captured.  Follows IPv4/IPv6 tunnels
 * (protocol 4 and 41: the corpus has 6in4).  Returns 1 for TCP, 0 for
 * anything else, -1 for a truncated or fragmented packet.
 */
static int ftp_decode_ip(const u8 *p, size_t caplen, struct ftp_pkt *pk,
			 int depth)
{
	size_t hl, tot;
	u8 proto;

	if (depth > 3 || caplen < 1)
		return 0;
	if ((p[0] >> 4) == 4) {
		if (caplen < 20)
			return -1;
		hl = (size_t)(p[0] & 0xf) * 4;
		tot = ftp_get16(p + 2);
		if (hl < 20 || tot < hl)
			return 0;
		if (tot > caplen)
			return -1;	/* snapped: the payload is incomplete */
		if (ftp_get16(p + 6) & 0x3fff)
			return -1;	/* a fragment */
		proto = p[9];
		pk->family = AF_INET;
		memset(pk->src, 0, 16);
		memset(pk->dst, 0, 16);
		memcpy(pk->src, p + 12, 4);
		memcpy(pk->dst, p + 16, 4);
	} else if ((p[0] >> 4) == 6) {
		if (caplen < 40)
			return -1;
		tot = 40 + (size_t)ftp_get16(p + 4);	/* trailer excluded */
		if (tot > caplen)
			return -1;
		proto = p[6];
		hl = 40;
		pk->family = AF_INET6;
		memcpy(pk->src, p + 8, 16);
		memcpy(pk->dst, p + 24, 16);
		/* extension headers */
		while (proto == 0 || proto == 43 || proto == 60 || proto == 44) {
			if (proto == 44 || hl + 8 > tot)
				return -1;
			proto = p[hl];
			hl += ((size_t)p[hl + 1] + 1) * 8;
		}
		if (hl > tot)
			return -1;
	} else {
		return 0;
	}
	if (proto == 6)
		return ftp_decode_tcp(p + hl, tot - hl, pk);
	if (proto == 4 || proto == 41)
		return ftp_decode_ip(p + hl, tot - hl, pk, depth + 1);
	return 0;
}

/* One captured frame of link type @dlt. */
static int ftp_decode(int dlt, const u8 *p, size_t caplen, struct ftp_pkt *pk)
{
	size_t off;
	u16 type;

	switch (dlt) {
	case DLT_EN10MB:
		if (caplen < 14)
			return 0;
		type = ftp_get16(p + 12);
		off = 14;
		while (type == 0x8100 || type == 0x88a8 || type == 0x9100) {
			if (caplen < off + 4)
				return 0;
			type = ftp_get16(p + off + 2);
			off += 4;
		}
		break;
	case DLT_LINUX_SLL:
		if (caplen < 16)
			return 0;
		type = ftp_get16(p + 14);
		off = 16;
		break;
	case DLT_NULL:
	case DLT_LOOP:
		off = 4;
		type = 0;	/* version nibble decides */
		break;
	case DLT_RAW:
#ifdef DLT_IPV4
	case DLT_IPV4:
	case DLT_IPV6:
#endif
		off = 0;
		type = 0;
		break;
	default:
		return 0;
	}
	if (type && type != 0x0800 && type != 0x86dd)
		return 0;
	if (caplen <= off)
		return 0;
	return ftp_decode_ip(p + off, caplen - off, pk, 0);
}

/* A control connection and the glue state of both its directions. */
struct ftp_conn {
	int family;
	u8 caddr[16], saddr[16];
	u16 cport, sport;
	struct ftp_glue_dir d[2];	/* [enum nfh_ftp_dir] */
	bool auth, stopped;		/* AUTH sent; 234 after it: TLS */
	unsigned int id;
};

struct ftp_capture {
	struct ftp_conn *conns;
	size_t nconns, cap;
	unsigned long frames, tcp, payloads, skipped;
};

static bool ftp_is_ctrl_port(u16 port)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(ftp_ctrl_ports); i++)
		if (ftp_ctrl_ports[i] == port)
			return true;
	return false;
}

/*
 * The connection and direction of @pk, created on first sight; a SYN for a
 * known connection starts it afresh (port reuse).  NULL: not FTP control.
 */
static struct ftp_conn *ftp_conn_of(struct ftp_capture *c,
				    const struct ftp_pkt *pk,
				    enum nfh_ftp_dir *dir)
{
	const u8 *caddr, *saddr;
	u16 cport, sport;
	struct ftp_conn *cn;
	size_t i;

	if (ftp_is_ctrl_port(pk->dport)) {
		*dir = NFH_FTP_DIR_CLIENT;
		caddr = pk->src;
		saddr = pk->dst;
		cport = pk->sport;
		sport = pk->dport;
	} else if (ftp_is_ctrl_port(pk->sport)) {
		*dir = NFH_FTP_DIR_SERVER;
		caddr = pk->dst;
		saddr = pk->src;
		cport = pk->dport;
		sport = pk->sport;
	} else {
		return NULL;
	}
	for (i = 0; i < c->nconns; i++) {
		cn = &c->conns[i];
		if (cn->family == pk->family && cn->cport == cport &&
		    cn->sport == sport && !memcmp(cn->caddr, caddr, 16) &&
		    !memcmp(cn->saddr, saddr, 16))
			goto found;
	}
	if (c->nconns == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 16;
		c->conns = realloc(c->conns, c->cap * sizeof(*c->conns));
		if (!c->conns)
			abort();
	}
	cn = &c->conns[c->nconns];
	memset(cn, 0, sizeof(*cn));
	cn->id = (unsigned int)c->nconns++;
	cn->family = pk->family;
	memcpy(cn->caddr, caddr, 16);
	memcpy(cn->saddr, saddr, 16);
	cn->cport = cport;
	cn->sport = sport;
	ftp_glue_init(&cn->d[NFH_FTP_DIR_CLIENT], NFH_FTP_DIR_CLIENT);
	ftp_glue_init(&cn->d[NFH_FTP_DIR_SERVER], NFH_FTP_DIR_SERVER);
	return cn;
found:
	if ((pk->flags & (FTP_TCP_SYN | FTP_TCP_ACK)) == FTP_TCP_SYN) {
		unsigned int id = cn->id;

		memset(cn, 0, sizeof(*cn));	/* a new connection, same tuple */
		cn->id = id;
		cn->family = pk->family;
		memcpy(cn->caddr, caddr, 16);
		memcpy(cn->saddr, saddr, 16);
		cn->cport = cport;
		cn->sport = sport;
		ftp_glue_init(&cn->d[NFH_FTP_DIR_CLIENT], NFH_FTP_DIR_CLIENT);
		ftp_glue_init(&cn->d[NFH_FTP_DIR_SERVER], NFH_FTP_DIR_SERVER);
	}
	return cn;
}

/* Called with each FTP control payload, in capture order. */
typedef void ftp_payload_fn(void *ctx, struct ftp_capture *c,
			    struct ftp_conn *cn, enum nfh_ftp_dir dir,
			    const struct ftp_pkt *pk);

/* Read @path; returns 0, or -1 with a message on stderr. */
static int ftp_pcap_walk(const char *path, struct ftp_capture *c,
			 ftp_payload_fn *fn, void *ctx)
{
	char err[PCAP_ERRBUF_SIZE];
	struct pcap_pkthdr *h;
	const u_char *p;
	pcap_t *pc;
	int dlt, r;

	memset(c, 0, sizeof(*c));
	pc = pcap_open_offline(path, err);
	if (!pc) {
		fprintf(stderr, "%s: %s\n", path, err);
		return -1;
	}
	dlt = pcap_datalink(pc);
	while ((r = pcap_next_ex(pc, &h, &p)) == 1) {
		struct ftp_pkt pk;
		enum nfh_ftp_dir dir;
		struct ftp_conn *cn;
		int d;

		memset(&pk, 0, sizeof(pk));
		pk.frame = ++c->frames;
		d = ftp_decode(dlt, p, h->caplen, &pk);
		if (d < 0)
			c->skipped++;
		if (d <= 0)
			continue;
		c->tcp++;
		cn = ftp_conn_of(c, &pk, &dir);
		if (!cn || !pk.len)
			continue;
		if (pk.flags & FTP_TCP_SYN)
			pk.seq++;	/* data in a SYN starts after it */
		c->payloads++;
		fn(ctx, c, cn, dir, &pk);
	}
	if (r == -1)
		fprintf(stderr, "%s: %s\n", path, pcap_geterr(pc));
	pcap_close(pc);
	return r == -1 ? -1 : 0;
}

static void ftp_capture_free(struct ftp_capture *c)
{
	free(c->conns);
	memset(c, 0, sizeof(*c));
}

/*
 * A readable copy of @path: itself, or for *.gz a decompressed temporary
 * file (@tmp, to unlink afterwards).  NULL on failure.
 */
static const char *ftp_capture_file(const char *path, char *tmp, size_t tmpsz)
{
	size_t n = strlen(path);
	char cmd[4200], buf[65536];
	FILE *in;
	int fd;

	tmp[0] = 0;
	if (n < 3 || strcmp(path + n - 3, ".gz"))
		return path;
	snprintf(tmp, tmpsz, "%s/nfh_corpus_XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	fd = mkstemp(tmp);
	if (fd < 0)
		return NULL;
	/* the corpus names are plain; quote anyway */
	snprintf(cmd, sizeof(cmd), "gzip -dc < '%s'", path);
	in = popen(cmd, "r");
	if (!in) {
		close(fd);
		return NULL;
	}
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		if (write(fd, buf, n) != (ssize_t)n)
			break;
	close(fd);
	if (pclose(in) != 0) {
		unlink(tmp);
		return NULL;
	}
	return tmp;
}

#endif /* _NFH_FTP_PCAP_H */
