/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ftp_pcap.h - the TCP payloads of FTP control connections out of a capture
 * (read by tests/lib/pcap.h), one direction of one connection at a time,
 * with the per-direction glue state (ftp_glue.h) kept per connection.  No
 * reassembly: every payload goes to the tracker as the kernel would see it.
 *
 * Shared by test_ftp_corpus.c and ftp_seeds.c.
 */
#ifndef _NFH_FTP_PCAP_H
#define _NFH_FTP_PCAP_H

#include <stdlib.h>
#include <string.h>

#include "ftp_glue.h"
#include "../lib/pcap.h"

/* Control ports: the corpus summaries (tshark) show FTP only on 21. */
static const u16 ftp_ctrl_ports[] = { 21 };

/* A control connection and the glue state of both its directions. */
struct ftp_conn {
	int family;
	u8 caddr[16], saddr[16];
	u16 cport, sport;
	struct ftp_glue_dir d[2];	/* [enum nfh_ftp_dir] */
	bool auth, stopped;		/* AUTH sent; 234 after it: TLS */
	unsigned int id;
};

struct ftp_capture;

/* Called with each FTP control payload, in capture order. */
typedef void ftp_payload_fn(void *ctx, struct ftp_capture *c,
			    struct ftp_conn *cn, enum nfh_ftp_dir dir,
			    const struct nfh_pcap_pkt *pk);

struct ftp_capture {
	struct ftp_conn *conns;
	size_t nconns, cap;
	unsigned long payloads;
	ftp_payload_fn *fn;
	void *ctx;
	struct nfh_pcap pcap;	/* the reader, and its counters */
};

static bool ftp_is_ctrl_port(u16 port)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(ftp_ctrl_ports); i++)
		if (ftp_ctrl_ports[i] == port)
			return true;
	return false;
}

/* (Re)start connection @cn: a new one, or a new one on the same tuple. */
static void ftp_conn_start(struct ftp_conn *cn, const struct nfh_pcap_pkt *pk,
			   const u8 *caddr, const u8 *saddr, u16 cport,
			   u16 sport)
{
	unsigned int id = cn->id;

	memset(cn, 0, sizeof(*cn));
	cn->id = id;
	cn->family = pk->family;
	memcpy(cn->caddr, caddr, 16);
	memcpy(cn->saddr, saddr, 16);
	cn->cport = cport;
	cn->sport = sport;
	ftp_glue_init(&cn->d[NFH_FTP_DIR_CLIENT], NFH_FTP_DIR_CLIENT);
	ftp_glue_init(&cn->d[NFH_FTP_DIR_SERVER], NFH_FTP_DIR_SERVER);
}

/*
 * The connection and direction of @pk, created on first sight; a SYN for a
 * known connection starts it afresh (port reuse).  NULL: not FTP control.
 */
static struct ftp_conn *ftp_conn_of(struct ftp_capture *c,
				    const struct nfh_pcap_pkt *pk,
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
	cn->id = (unsigned int)c->nconns++;
	ftp_conn_start(cn, pk, caddr, saddr, cport, sport);
	return cn;
found:
	if ((pk->flags & (NFH_TCP_SYN | NFH_TCP_ACK)) == NFH_TCP_SYN)
		ftp_conn_start(cn, pk, caddr, saddr, cport, sport);
	return cn;
}

/* Every TCP segment of the capture: its connection, and the payload. */
static void ftp_pcap_segment(void *ctx, const struct nfh_pcap_pkt *seg)
{
	struct ftp_capture *c = ctx;
	struct nfh_pcap_pkt pk = *seg;
	enum nfh_ftp_dir dir;
	struct ftp_conn *cn;

	if (pk.proto != IPPROTO_TCP)
		return;
	cn = ftp_conn_of(c, &pk, &dir);
	if (!cn || !pk.len)
		return;
	if (pk.flags & NFH_TCP_SYN)
		pk.seq++;	/* data in a SYN starts after it */
	c->payloads++;
	c->fn(c->ctx, c, cn, dir, &pk);
}

/* Read @path; returns 0, or -1 with a message on stderr. */
static int ftp_pcap_walk(const char *path, struct ftp_capture *c,
			 ftp_payload_fn *fn, void *ctx)
{
	memset(c, 0, sizeof(*c));
	c->fn = fn;
	c->ctx = ctx;
	return nfh_pcap_walk(path, &c->pcap, ftp_pcap_segment, c);
}

static void ftp_capture_free(struct ftp_capture *c)
{
	free(c->conns);
	memset(c, 0, sizeof(*c));
}

#endif /* _NFH_FTP_PCAP_H */
