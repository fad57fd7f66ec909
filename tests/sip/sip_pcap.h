/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sip_pcap.h - SIP messages out of a capture, for the corpus test, the seed
 * writer and the benchmark.
 *
 * Every UDP payload (any port) is handed out as one candidate message.  TCP
 * payloads are reassembled per direction (retransmissions trimmed,
 * out-of-order segments held) and cut into messages by nfh_sip_tcp_frame();
 * a direction whose bytes stop framing (not SIP, no Content-Length, ...) is
 * not looked at again, as the kernel glue will do.  The capture is read by
 * tests/lib/pcap.h (fragments reassembled, IPIP, 6in4 and GTP-U unwrapped).
 *
 * Needs the parse core compiled in (include sip_parse.c first).
 */
#ifndef _NFH_SIP_PCAP_H
#define _NFH_SIP_PCAP_H

#include <stdlib.h>
#include <string.h>

#include "../../nf_conntrack_sip/sip_parse.h"
#include "../lib/pcap.h"

#define SIP_PCAP_TCP_CAP	NFH_SIP_TCP_CAP

struct sip_pcap_msg {
	unsigned long frame;	/* frame of the last byte, 1-based */
	int family;
	int proto;		/* 6 or 17 */
	const u8 *src, *dst;	/* 16 bytes each (IPv4: 4, then zeros) */
	u16 sport, dport;
	const u8 *data;
	size_t len;
};

/* What happened to a TCP direction that stopped framing. */
struct sip_pcap_stop {
	unsigned long frame;
	enum nfh_sip_result res;
	u16 sport, dport;
	u8 head[48];
	size_t head_len;
};

typedef void sip_pcap_msg_fn(void *ctx, const struct sip_pcap_msg *msg);

struct sip_tcp_seg {
	u32 seq;
	size_t len;
	u8 *data;
};

struct sip_tcp_dir {
	int family;
	u8 src[16], dst[16];
	u16 sport, dport;
	bool synced, dead;
	u32 next;
	u8 *buf;
	size_t len, cap;
	struct sip_tcp_seg *held;
	size_t n_held;
};

struct sip_pcap {
	sip_pcap_msg_fn *fn;
	void *ctx;
	unsigned long frame;
	unsigned long tcp_segs, tcp_msgs, keepalives;
	struct sip_tcp_dir *dirs;
	size_t n_dirs;
	struct sip_pcap_stop stops[64];
	size_t n_stops;
	struct nfh_pcap pcap;	/* the reader, and its counters */
};

static void sp_emit(struct sip_pcap *c, int family, int proto, const u8 *src,
		    const u8 *dst, u16 sport, u16 dport, const u8 *data,
		    size_t len)
{
	struct sip_pcap_msg m = {
		.frame = c->frame, .family = family, .proto = proto,
		.src = src, .dst = dst, .sport = sport, .dport = dport,
		.data = data, .len = len,
	};

	c->fn(c->ctx, &m);
}

static void sp_stop(struct sip_pcap *c, struct sip_tcp_dir *d,
		    enum nfh_sip_result r)
{
	struct sip_pcap_stop *s;

	d->dead = true;
	if (c->n_stops >= ARRAY_SIZE(c->stops))
		return;
	s = &c->stops[c->n_stops++];
	s->frame = c->frame;
	s->res = r;
	s->sport = d->sport;
	s->dport = d->dport;
	s->head_len = min_t(size_t, d->len, sizeof(s->head));
	memcpy(s->head, d->buf, s->head_len);
}

/* Cut every complete message off the front of the direction's buffer. */
static void sp_tcp_drain(struct sip_pcap *c, struct sip_tcp_dir *d)
{
	size_t off = 0, flen;
	enum nfh_sip_result r;

	while (!d->dead && off < d->len) {
		r = nfh_sip_tcp_frame(d->buf + off, d->len - off,
				      SIP_PCAP_TCP_CAP, &flen);
		if (r == NFH_SIP_INCOMPLETE)
			break;
		if (r == NFH_SIP_KEEPALIVE) {
			c->keepalives++;
			off += flen;
			continue;
		}
		if (r != NFH_SIP_OK) {
			memmove(d->buf, d->buf + off, d->len - off);
			d->len -= off;
			sp_stop(c, d, r);
			return;
		}
		c->tcp_msgs++;
		sp_emit(c, d->family, 6, d->src, d->dst, d->sport, d->dport,
			d->buf + off, flen);
		off += flen;
	}
	memmove(d->buf, d->buf + off, d->len - off);
	d->len -= off;
}

static void sp_tcp_append(struct sip_tcp_dir *d, const u8 *data, size_t len)
{
	if (d->len + len > d->cap) {
		d->cap = (d->len + len) * 2;
		d->buf = realloc(d->buf, d->cap);
		if (!d->buf)
			abort();
	}
	memcpy(d->buf + d->len, data, len);
	d->len += len;
	d->next += len;
}

static bool sp_seq_before(u32 a, u32 b)
{
	return (s32)(a - b) < 0;
}

/* In-order bytes of [seq, seq + len) that are new. */
static void sp_tcp_in(struct sip_pcap *c, struct sip_tcp_dir *d, u32 seq,
		      const u8 *data, size_t len)
{
	size_t i;
	bool progress = true;

	if (sp_seq_before(seq + len, d->next) || seq + len == d->next)
		return;		/* all old */
	if (sp_seq_before(d->next, seq)) {
		/* a hole: hold it (copy) until the hole fills */
		d->held = realloc(d->held, (d->n_held + 1) * sizeof(*d->held));
		if (!d->held)
			abort();
		d->held[d->n_held].seq = seq;
		d->held[d->n_held].len = len;
		d->held[d->n_held].data = malloc(len);
		if (!d->held[d->n_held].data)
			abort();
		memcpy(d->held[d->n_held].data, data, len);
		d->n_held++;
		return;
	}
	sp_tcp_append(d, data + (d->next - seq), len - (d->next - seq));
	while (progress) {
		progress = false;
		for (i = 0; i < d->n_held; i++) {
			struct sip_tcp_seg *s = &d->held[i];

			if (sp_seq_before(d->next, s->seq))
				continue;
			if (sp_seq_before(d->next, s->seq + s->len))
				sp_tcp_append(d, s->data + (d->next - s->seq),
					      s->len - (d->next - s->seq));
			free(s->data);
			*s = d->held[--d->n_held];
			progress = true;
			break;
		}
	}
	sp_tcp_drain(c, d);
}

static void sp_tcp(struct sip_pcap *c, const struct nfh_pcap_pkt *pk)
{
	struct sip_tcp_dir *d = NULL;
	u32 seq = pk->seq;
	size_t i;

	for (i = 0; i < c->n_dirs; i++) {
		d = &c->dirs[i];
		if (d->family == pk->family && d->sport == pk->sport &&
		    d->dport == pk->dport && !memcmp(d->src, pk->src, 16) &&
		    !memcmp(d->dst, pk->dst, 16))
			break;
	}
	if (i == c->n_dirs) {
		c->dirs = realloc(c->dirs, (c->n_dirs + 1) * sizeof(*c->dirs));
		if (!c->dirs)
			abort();
		d = &c->dirs[c->n_dirs++];
		memset(d, 0, sizeof(*d));
		d->family = pk->family;
		memcpy(d->src, pk->src, 16);
		memcpy(d->dst, pk->dst, 16);
		d->sport = pk->sport;
		d->dport = pk->dport;
	}
	if (pk->flags & NFH_TCP_SYN) {	/* a new stream, from its first byte */
		for (i = 0; i < d->n_held; i++)
			free(d->held[i].data);
		d->n_held = 0;
		d->len = 0;
		d->dead = false;
		d->synced = true;
		d->next = seq + 1;
		seq++;
	}
	if (!pk->len || d->dead)
		return;
	c->tcp_segs++;
	if (!d->synced) {	/* capture starts mid-stream */
		d->synced = true;
		d->next = seq;
	}
	sp_tcp_in(c, d, seq, pk->data, pk->len);
}

/* Every UDP payload is a candidate message; TCP goes through framing. */
static void sp_packet(void *ctx, const struct nfh_pcap_pkt *pk)
{
	struct sip_pcap *c = ctx;

	c->frame = pk->frame;
	if (pk->proto == IPPROTO_TCP)
		sp_tcp(c, pk);
	else
		sp_emit(c, pk->family, IPPROTO_UDP, pk->src, pk->dst,
			pk->sport, pk->dport, pk->data, pk->len);
}

/* Walk @path; 0, or -1 with a message on stderr. */
static int sip_pcap_walk(const char *path, struct sip_pcap *c,
			 sip_pcap_msg_fn *fn, void *ctx)
{
	memset(c, 0, sizeof(*c));
	c->fn = fn;
	c->ctx = ctx;
	return nfh_pcap_walk(path, &c->pcap, sp_packet, c);
}

static void sip_pcap_free(struct sip_pcap *c)
{
	size_t i, j;

	for (i = 0; i < c->n_dirs; i++) {
		for (j = 0; j < c->dirs[i].n_held; j++)
			free(c->dirs[i].held[j].data);
		free(c->dirs[i].held);
		free(c->dirs[i].buf);
	}
	free(c->dirs);
	memset(c, 0, sizeof(*c));
}

#endif /* _NFH_SIP_PCAP_H */
