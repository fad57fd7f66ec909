/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sip_pcap.h - SIP messages out of a capture, for the corpus test, the seed
 * writer and the benchmark.
 *
 * Every UDP payload (any port) is handed out as one candidate message.  TCP
 * payloads are reassembled per direction (retransmissions trimmed,
 * out-of-order segments held) and cut into messages by nfh_sip_tcp_frame();
 * a direction whose bytes stop framing (not SIP, no Content-Length, ...) is
 * not looked at again, as the kernel glue will do.  IPv4 and IPv6 fragments
 * are reassembled; IPIP, 6in4 and GTP-U (udp/2152) are unwrapped.
 *
 * Needs the parse core compiled in (include sip_parse.c first).
 */
#ifndef _NFH_SIP_PCAP_H
#define _NFH_SIP_PCAP_H

#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../nf_conntrack_sip/sip_parse.h"

#define SIP_PCAP_TCP_CAP	NFH_SIP_TCP_CAP

struct sip_pcap_msg {
	unsigned long frame;	/* frame of the last byte, 1-based */
	int family;
	int proto;		/* 6 or 17 */
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

#define SIP_FRAG_SLOTS 8
struct sip_frag {
	bool used;
	int family;
	u8 src[16], dst[16];
	u32 id;
	u8 proto;
	size_t total;		/* 0 until the last fragment is seen */
	size_t have;
	u8 *data;		/* 65535 */
	u8 *seen;		/* one byte per data byte */
};

struct sip_pcap {
	sip_pcap_msg_fn *fn;
	void *ctx;
	unsigned long frame;
	unsigned long frames, udp, tcp_segs, tcp_msgs, keepalives, frags,
		      skipped;
	struct sip_tcp_dir *dirs;
	size_t n_dirs;
	struct sip_pcap_stop stops[64];
	size_t n_stops;
	struct sip_frag frag[SIP_FRAG_SLOTS];
};

static inline u16 sp_get16(const u8 *p)
{
	return (u16)(p[0] << 8 | p[1]);
}

static inline u32 sp_get32(const u8 *p)
{
	return (u32)p[0] << 24 | (u32)p[1] << 16 | (u32)p[2] << 8 | p[3];
}

static void sp_ip(struct sip_pcap *c, const u8 *p, size_t len, int depth);

static void sp_emit(struct sip_pcap *c, int family, int proto, u16 sport,
		    u16 dport, const u8 *data, size_t len)
{
	struct sip_pcap_msg m = {
		.frame = c->frame, .family = family, .proto = proto,
		.sport = sport, .dport = dport, .data = data, .len = len,
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
		sp_emit(c, d->family, 6, d->sport, d->dport, d->buf + off,
			flen);
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

static void sp_tcp(struct sip_pcap *c, int family, const u8 *src,
		   const u8 *dst, const u8 *p, size_t len)
{
	struct sip_tcp_dir *d = NULL;
	u16 sport, dport;
	size_t doff, i;
	u32 seq;
	u8 flags;

	if (len < 20)
		return;
	doff = (size_t)(p[12] >> 4) * 4;
	if (doff < 20 || doff > len)
		return;
	sport = sp_get16(p);
	dport = sp_get16(p + 2);
	seq = sp_get32(p + 4);
	flags = p[13];
	for (i = 0; i < c->n_dirs; i++) {
		d = &c->dirs[i];
		if (d->family == family && d->sport == sport &&
		    d->dport == dport && !memcmp(d->src, src, 16) &&
		    !memcmp(d->dst, dst, 16))
			break;
	}
	if (i == c->n_dirs) {
		c->dirs = realloc(c->dirs, (c->n_dirs + 1) * sizeof(*c->dirs));
		if (!c->dirs)
			abort();
		d = &c->dirs[c->n_dirs++];
		memset(d, 0, sizeof(*d));
		d->family = family;
		memcpy(d->src, src, 16);
		memcpy(d->dst, dst, 16);
		d->sport = sport;
		d->dport = dport;
	}
	if (flags & 0x02) {	/* SYN: a new stream, from its first byte */
		for (i = 0; i < d->n_held; i++)
			free(d->held[i].data);
		d->n_held = 0;
		d->len = 0;
		d->dead = false;
		d->synced = true;
		d->next = seq + 1;
		seq++;
	}
	if (len == doff || d->dead)
		return;
	c->tcp_segs++;
	if (!d->synced) {	/* capture starts mid-stream */
		d->synced = true;
		d->next = seq;
	}
	sp_tcp_in(c, d, seq, p + doff, len - doff);
}

static void sp_transport(struct sip_pcap *c, int family, const u8 *src,
			 const u8 *dst, u8 proto, const u8 *p, size_t len,
			 int depth)
{
	u16 sport, dport, ulen;

	if (proto == 4 || proto == 41) {
		sp_ip(c, p, len, depth + 1);
		return;
	}
	if (proto == 6) {
		sp_tcp(c, family, src, dst, p, len);
		return;
	}
	if (proto != 17 || len < 8)
		return;
	sport = sp_get16(p);
	dport = sp_get16(p + 2);
	ulen = sp_get16(p + 4);
	if (ulen >= 8 && ulen <= len)
		len = ulen;
	p += 8;
	len -= 8;
	/* GTP-U version 1 with a T-PDU: an IP packet inside */
	if ((sport == 2152 || dport == 2152) && len >= 8 &&
	    (p[0] >> 5) == 1 && p[1] == 0xff) {
		size_t h = 8;

		if (p[0] & 0x07) {
			u8 next = p[11];

			h = 12;
			/* extension headers: length in 4-byte units, the
			 * next type in their last byte */
			while (next) {
				size_t el;

				if (h >= len)
					return;
				el = (size_t)p[h] * 4;
				if (!el || h + el > len)
					return;
				next = p[h + el - 1];
				h += el;
			}
		}
		if (h < len)
			sp_ip(c, p + h, len - h, depth + 1);
		return;
	}
	c->udp++;
	sp_emit(c, family, 17, sport, dport, p, len);
}

/* A fragment at @off (bytes) of datagram @id; @more: not the last. */
static void sp_frag(struct sip_pcap *c, int family, const u8 *src,
		    const u8 *dst, u32 id, u8 proto, size_t off, bool more,
		    const u8 *p, size_t len, int depth)
{
	struct sip_frag *f = NULL;
	size_t i;

	c->frags++;
	if (off + len > 65535)
		return;
	for (i = 0; i < SIP_FRAG_SLOTS; i++) {
		struct sip_frag *s = &c->frag[i];

		if (s->used && s->family == family && s->id == id &&
		    s->proto == proto && !memcmp(s->src, src, 16) &&
		    !memcmp(s->dst, dst, 16)) {
			f = s;
			break;
		}
	}
	if (!f) {
		for (i = 0; i < SIP_FRAG_SLOTS && c->frag[i].used; i++)
			;
		f = &c->frag[i % SIP_FRAG_SLOTS];	/* full: evict slot 0 */
		if (!f->data) {
			f->data = malloc(65536);
			f->seen = malloc(65536);
			if (!f->data || !f->seen)
				abort();
		}
		f->used = true;
		f->family = family;
		memcpy(f->src, src, 16);
		memcpy(f->dst, dst, 16);
		f->id = id;
		f->proto = proto;
		f->total = 0;
		f->have = 0;
		memset(f->seen, 0, 65536);
	}
	for (i = 0; i < len; i++) {
		f->data[off + i] = p[i];
		if (!f->seen[off + i]) {
			f->seen[off + i] = 1;
			f->have++;
		}
	}
	if (!more)
		f->total = off + len;
	if (f->total && f->have == f->total) {
		f->used = false;
		sp_transport(c, family, src, dst, proto, f->data, f->total,
			     depth);
	}
}

static void sp_ip(struct sip_pcap *c, const u8 *p, size_t len, int depth)
{
	u8 src[16] = { 0 }, dst[16] = { 0 }, proto;
	size_t hl, tot;

	if (depth > 4 || len < 1)
		return;
	if ((p[0] >> 4) == 4) {
		u16 fo;

		if (len < 20)
			return;
		hl = (size_t)(p[0] & 0xf) * 4;
		tot = sp_get16(p + 2);
		if (hl < 20 || tot < hl || tot > len) {
			c->skipped++;
			return;
		}
		proto = p[9];
		memcpy(src, p + 12, 4);
		memcpy(dst, p + 16, 4);
		fo = sp_get16(p + 6);
		if (fo & 0x3fff) {
			sp_frag(c, AF_INET, src, dst, sp_get16(p + 4), proto,
				(size_t)(fo & 0x1fff) * 8, fo & 0x2000,
				p + hl, tot - hl, depth);
			return;
		}
		sp_transport(c, AF_INET, src, dst, proto, p + hl, tot - hl,
			     depth);
	} else if ((p[0] >> 4) == 6) {
		if (len < 40)
			return;
		tot = 40 + (size_t)sp_get16(p + 4);
		if (tot > len) {
			c->skipped++;
			return;
		}
		proto = p[6];
		memcpy(src, p + 8, 16);
		memcpy(dst, p + 24, 16);
		hl = 40;
		while (proto == 0 || proto == 43 || proto == 60 || proto == 44) {
			if (hl + 8 > tot)
				return;
			if (proto == 44) {
				u16 fo = sp_get16(p + hl + 2);

				sp_frag(c, AF_INET6, src, dst,
					sp_get32(p + hl + 4), p[hl],
					(size_t)(fo >> 3) * 8, fo & 1,
					p + hl + 8, tot - hl - 8, depth);
				return;
			}
			proto = p[hl];
			hl += ((size_t)p[hl + 1] + 1) * 8;
		}
		if (hl > tot)
			return;
		sp_transport(c, AF_INET6, src, dst, proto, p + hl, tot - hl,
			     depth);
	}
}

static void sp_frame(struct sip_pcap *c, int dlt, const u8 *p, size_t len)
{
	size_t off;
	u16 type = 0;

	switch (dlt) {
	case DLT_EN10MB:
		if (len < 14)
			return;
		type = sp_get16(p + 12);
		off = 14;
		while (type == 0x8100 || type == 0x88a8) {
			if (len < off + 4)
				return;
			type = sp_get16(p + off + 2);
			off += 4;
		}
		if (type == 0x8864) {	/* PPPoE session: PPP inside */
			if (len < off + 8)
				return;
			type = sp_get16(p + off + 6);
			type = type == 0x0021 ? 0x0800 :
			       type == 0x0057 ? 0x86dd : 1;
			off += 8;
		}
		break;
	case DLT_LINUX_SLL:
		if (len < 16)
			return;
		type = sp_get16(p + 14);
		off = 16;
		break;
	case 276:	/* LINUX_SLL2 */
		if (len < 20)
			return;
		type = sp_get16(p);
		off = 20;
		break;
	case DLT_NULL:
	case DLT_LOOP:
		off = 4;
		break;
	case DLT_RAW:
	case 228:	/* IPV4 */
	case 229:	/* IPV6 */
		off = 0;
		break;
	default:
		return;
	}
	if (type && type != 0x0800 && type != 0x86dd)
		return;
	if (len > off)
		sp_ip(c, p + off, len - off, 0);
}

/* Walk @path; 0, or -1 with a message on stderr. */
static int sip_pcap_walk(const char *path, struct sip_pcap *c,
			 sip_pcap_msg_fn *fn, void *ctx)
{
	char err[PCAP_ERRBUF_SIZE];
	struct pcap_pkthdr *h;
	const u_char *p;
	pcap_t *pc;
	int dlt, r;

	memset(c, 0, sizeof(*c));
	c->fn = fn;
	c->ctx = ctx;
	pc = pcap_open_offline(path, err);
	if (!pc) {
		fprintf(stderr, "%s: %s\n", path, err);
		return -1;
	}
	dlt = pcap_datalink(pc);
	while ((r = pcap_next_ex(pc, &h, &p)) == 1) {
		c->frame = ++c->frames;
		sp_frame(c, dlt, p, h->caplen);
	}
	if (r == -1)
		fprintf(stderr, "%s: %s\n", path, pcap_geterr(pc));
	pcap_close(pc);
	return r == -1 ? -1 : 0;
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
	for (i = 0; i < SIP_FRAG_SLOTS; i++) {
		free(c->frag[i].data);
		free(c->frag[i].seen);
	}
	memset(c, 0, sizeof(*c));
}

#endif /* _NFH_SIP_PCAP_H */
