/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pcap.h - the capture reader of the tests and of h323dump: every frame of
 * a capture (libpcap: pcap or pcapng, any link type below) down to its TCP
 * segments and UDP datagrams, handed to a callback in capture order.
 *
 * Link layers: Ethernet (VLAN/QinQ tags, PPPoE sessions), Linux cooked
 * (SLL, SLL2), BSD loopback, raw IP.  IPv4 and IPv6 (extension headers
 * skipped, fragments reassembled), IPIP/6in4 tunnels and GTP-U (udp/2152)
 * are unwrapped.  No TCP reassembly: what a protocol needs on top of the
 * segments (FTP's per-connection tracking, SIP's framing, h323dump's TPKT
 * streams) is its own.  Also: the captures of a directory, and gzip.
 *
 * Needs nfh_env.h (the u8..u32 types) included first.
 */
#ifndef _NFH_TEST_PCAP_H
#define _NFH_TEST_PCAP_H

#include <dirent.h>
#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NFH_TCP_FIN	0x01
#define NFH_TCP_SYN	0x02
#define NFH_TCP_RST	0x04
#define NFH_TCP_ACK	0x10

/* One TCP segment or UDP datagram. */
struct nfh_pcap_pkt {
	unsigned long frame;	/* of its last fragment, 1-based as tshark */
	int family;		/* AF_INET or AF_INET6 */
	u8 src[16], dst[16];	/* IPv4: the first 4 octets, then zeros */
	u8 proto;		/* IPPROTO_TCP or IPPROTO_UDP */
	u16 sport, dport;
	u32 seq;		/* TCP only */
	u8 flags;		/* TCP only: NFH_TCP_* */
	const u8 *data;		/* the transport payload */
	size_t len;
};

typedef void nfh_pcap_fn(void *ctx, const struct nfh_pcap_pkt *pkt);

#define NFH_PCAP_FRAG_SLOTS	8
#define NFH_PCAP_MAX_DEPTH	4	/* tunnels inside tunnels */

/* A datagram being reassembled from its fragments. */
struct nfh_pcap_frag {
	bool used;
	int family;
	u8 src[16], dst[16];
	u32 id;
	u8 proto;
	size_t total;		/* 0 until the last fragment is seen */
	size_t have;
	u8 *data;		/* 65536 */
	u8 *seen;		/* one byte per data byte */
};

struct nfh_pcap {
	nfh_pcap_fn *fn;
	void *ctx;
	unsigned long frame;
	/*
	 * frames read, TCP segments, UDP datagrams, IP fragments, and
	 * packets cut short by the snap length or malformed
	 */
	unsigned long frames, tcp, udp, frags, skipped;
	struct nfh_pcap_frag frag[NFH_PCAP_FRAG_SLOTS];
};

static inline u16 nfh_get16(const u8 *p)
{
	return (u16)(p[0] << 8 | p[1]);
}

static inline u32 nfh_get32(const u8 *p)
{
	return (u32)p[0] << 24 | (u32)p[1] << 16 | (u32)p[2] << 8 | p[3];
}

static void nfh_pcap_ip(struct nfh_pcap *c, const u8 *p, size_t len,
			int depth);

static void nfh_pcap_tcp(struct nfh_pcap *c, struct nfh_pcap_pkt *pk,
			 const u8 *p, size_t len)
{
	size_t doff;

	if (len < 20) {
		c->skipped++;
		return;
	}
	doff = (size_t)(p[12] >> 4) * 4;
	if (doff < 20 || doff > len) {
		c->skipped++;
		return;
	}
	pk->sport = nfh_get16(p);
	pk->dport = nfh_get16(p + 2);
	pk->seq = nfh_get32(p + 4);
	pk->flags = p[13];
	pk->data = p + doff;
	pk->len = len - doff;
	c->tcp++;
	c->fn(c->ctx, pk);
}

/*
 * A GTP-U version 1 T-PDU on udp/2152 carries an IP packet: hand that on
 * (nothing if the GTP header is malformed).  False: not GTP-U.
 */
static bool nfh_pcap_gtp(struct nfh_pcap *c, const struct nfh_pcap_pkt *pk,
			 int depth)
{
	const u8 *p = pk->data;
	size_t len = pk->len, h = 8, el;
	u8 next;

	if ((pk->sport != 2152 && pk->dport != 2152) || len < 8 ||
	    (p[0] >> 5) != 1 || p[1] != 0xff)
		return false;
	if (p[0] & 0x07) {
		if (len < 12)
			return true;
		next = p[11];
		h = 12;
		/* extension headers: 4-byte units, next type last */
		while (next) {
			if (h >= len)
				return true;
			el = (size_t)p[h] * 4;
			if (!el || h + el > len)
				return true;
			next = p[h + el - 1];
			h += el;
		}
	}
	if (h < len)
		nfh_pcap_ip(c, p + h, len - h, depth + 1);
	return true;
}

static void nfh_pcap_udp(struct nfh_pcap *c, struct nfh_pcap_pkt *pk,
			 const u8 *p, size_t len, int depth)
{
	u16 ulen;

	if (len < 8) {
		c->skipped++;
		return;
	}
	pk->sport = nfh_get16(p);
	pk->dport = nfh_get16(p + 2);
	ulen = nfh_get16(p + 4);
	if (ulen >= 8 && ulen <= len)
		len = ulen;
	pk->data = p + 8;
	pk->len = len - 8;
	if (nfh_pcap_gtp(c, pk, depth))
		return;
	c->udp++;
	c->fn(c->ctx, pk);
}

/* The transport packet of an IP datagram (whole, or reassembled). */
static void nfh_pcap_transport(struct nfh_pcap *c, int family, const u8 *src,
			       const u8 *dst, u8 proto, const u8 *p, size_t len,
			       int depth)
{
	struct nfh_pcap_pkt pk;

	if (proto == IPPROTO_IPIP || proto == IPPROTO_IPV6) {
		nfh_pcap_ip(c, p, len, depth + 1);
		return;
	}
	if (proto != IPPROTO_TCP && proto != IPPROTO_UDP)
		return;
	memset(&pk, 0, sizeof(pk));
	pk.frame = c->frame;
	pk.family = family;
	memcpy(pk.src, src, 16);
	memcpy(pk.dst, dst, 16);
	pk.proto = proto;
	if (proto == IPPROTO_TCP)
		nfh_pcap_tcp(c, &pk, p, len);
	else
		nfh_pcap_udp(c, &pk, p, len, depth);
}

/* The reassembly slot of a datagram: found, or taken (evicting slot 0). */
static struct nfh_pcap_frag *nfh_pcap_frag_slot(struct nfh_pcap *c,
						int family, const u8 *src,
						const u8 *dst, u32 id, u8 proto)
{
	struct nfh_pcap_frag *f;
	size_t i;

	for (i = 0; i < NFH_PCAP_FRAG_SLOTS; i++) {
		f = &c->frag[i];
		if (f->used && f->family == family && f->id == id &&
		    f->proto == proto && !memcmp(f->src, src, 16) &&
		    !memcmp(f->dst, dst, 16))
			return f;
	}
	for (i = 0; i < NFH_PCAP_FRAG_SLOTS && c->frag[i].used; i++)
		;
	f = &c->frag[i % NFH_PCAP_FRAG_SLOTS];
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
	return f;
}

/* A fragment at @off (bytes) of datagram @id; @more: not the last. */
static void nfh_pcap_frag(struct nfh_pcap *c, int family, const u8 *src,
			  const u8 *dst, u32 id, u8 proto, size_t off,
			  bool more, const u8 *p, size_t len, int depth)
{
	struct nfh_pcap_frag *f;
	size_t i;

	c->frags++;
	if (off + len > 65535)
		return;
	f = nfh_pcap_frag_slot(c, family, src, dst, id, proto);
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
		nfh_pcap_transport(c, family, src, dst, proto, f->data,
				   f->total, depth);
	}
}

static void nfh_pcap_ip4(struct nfh_pcap *c, const u8 *p, size_t len,
			 int depth)
{
	u8 src[16] = { 0 }, dst[16] = { 0 };
	size_t hl, tot;
	u16 fo;

	if (len < 20) {
		c->skipped++;
		return;
	}
	hl = (size_t)(p[0] & 0xf) * 4;
	tot = nfh_get16(p + 2);
	if (hl < 20 || tot < hl || tot > len) {
		c->skipped++;	/* tot > len: snapped, the payload is cut */
		return;
	}
	memcpy(src, p + 12, 4);
	memcpy(dst, p + 16, 4);
	fo = nfh_get16(p + 6);
	if (fo & 0x3fff)
		nfh_pcap_frag(c, AF_INET, src, dst, nfh_get16(p + 4), p[9],
			      (size_t)(fo & 0x1fff) * 8, fo & 0x2000, p + hl,
			      tot - hl, depth);
	else
		nfh_pcap_transport(c, AF_INET, src, dst, p[9], p + hl,
				   tot - hl, depth);
}

static void nfh_pcap_ip6(struct nfh_pcap *c, const u8 *p, size_t len,
			 int depth)
{
	size_t hl = 40, tot;
	u8 proto;
	u16 fo;

	if (len < 40) {
		c->skipped++;
		return;
	}
	tot = 40 + (size_t)nfh_get16(p + 4);	/* trailer excluded */
	if (tot > len) {
		c->skipped++;
		return;
	}
	proto = p[6];
	/* hop-by-hop, routing, destination options; fragment */
	while (proto == 0 || proto == 43 || proto == 60 || proto == 44) {
		if (hl + 8 > tot) {
			c->skipped++;
			return;
		}
		if (proto == 44) {
			fo = nfh_get16(p + hl + 2);
			nfh_pcap_frag(c, AF_INET6, p + 8, p + 24,
				      nfh_get32(p + hl + 4), p[hl],
				      (size_t)(fo >> 3) * 8, fo & 1,
				      p + hl + 8, tot - hl - 8, depth);
			return;
		}
		proto = p[hl];
		hl += ((size_t)p[hl + 1] + 1) * 8;
	}
	if (hl > tot) {
		c->skipped++;
		return;
	}
	nfh_pcap_transport(c, AF_INET6, p + 8, p + 24, proto, p + hl,
			   tot - hl, depth);
}

static void nfh_pcap_ip(struct nfh_pcap *c, const u8 *p, size_t len,
			int depth)
{
	if (depth > NFH_PCAP_MAX_DEPTH || len < 1)
		return;
	if ((p[0] >> 4) == 4)
		nfh_pcap_ip4(c, p, len, depth);
	else if ((p[0] >> 4) == 6)
		nfh_pcap_ip6(c, p, len, depth);
}

#define NFH_ETH_IPV4	0x0800
#define NFH_ETH_IPV6	0x86dd
#define NFH_ETH_PPPOE	0x8864

/*
 * Where the IP packet of a frame of link type @dlt starts (*off) and its
 * ethertype (*type; 0 when only the IP version nibble tells).  False: not
 * IP, or cut short.
 */
static bool nfh_pcap_link(int dlt, const u8 *p, size_t len, size_t *off,
			  u16 *type)
{
	*type = 0;
	switch (dlt) {
	case DLT_EN10MB:
		if (len < 14)
			return false;
		*type = nfh_get16(p + 12);
		*off = 14;
		while (*type == 0x8100 || *type == 0x88a8 || *type == 0x9100) {
			if (len < *off + 4)
				return false;
			*type = nfh_get16(p + *off + 2);
			*off += 4;
		}
		if (*type == NFH_ETH_PPPOE) {	/* a session: PPP inside */
			if (len < *off + 8)
				return false;
			*type = nfh_get16(p + *off + 6);
			*type = *type == 0x0021 ? NFH_ETH_IPV4 :
				*type == 0x0057 ? NFH_ETH_IPV6 : 1;
			*off += 8;
		}
		break;
	case DLT_LINUX_SLL:
		if (len < 16)
			return false;
		*type = nfh_get16(p + 14);
		*off = 16;
		break;
	case 276:	/* DLT_LINUX_SLL2 */
		if (len < 20)
			return false;
		*type = nfh_get16(p);
		*off = 20;
		break;
	case DLT_NULL:
	case DLT_LOOP:
		*off = 4;
		break;
	case DLT_RAW:
	case 14:	/* DLT_RAW on OpenBSD */
	case 101:	/* LINKTYPE_RAW */
	case 228:	/* DLT_IPV4 */
	case 229:	/* DLT_IPV6 */
		*off = 0;
		break;
	default:
		return false;
	}
	if (*type && *type != NFH_ETH_IPV4 && *type != NFH_ETH_IPV6)
		return false;
	return len > *off;
}

/*
 * Read packets from @pc (a capture file or a live capture) until its end
 * or @max frames (0: no limit), calling @fn with every TCP segment and UDP
 * datagram; 0, or -1 with a message on stderr naming @what.  @c keeps the
 * counters.  A live capture's read timeouts are waited through.
 */
static inline int nfh_pcap_run(pcap_t *pc, const char *what,
			       struct nfh_pcap *c, nfh_pcap_fn *fn, void *ctx,
			       unsigned long max)
{
	struct pcap_pkthdr *h;
	const u_char *p;
	int dlt = pcap_datalink(pc), r;
	size_t off, i;
	u16 type;

	memset(c, 0, sizeof(*c));
	c->fn = fn;
	c->ctx = ctx;
	while ((r = pcap_next_ex(pc, &h, &p)) >= 0) {
		if (!r)
			continue;	/* live: read timeout */
		c->frame = ++c->frames;
		if (nfh_pcap_link(dlt, p, h->caplen, &off, &type))
			nfh_pcap_ip(c, p + off, h->caplen - off, 0);
		if (max && c->frames >= max)
			break;
	}
	if (r == -1)
		fprintf(stderr, "%s: %s\n", what, pcap_geterr(pc));
	/* datagrams still missing fragments are never completed */
	for (i = 0; i < NFH_PCAP_FRAG_SLOTS; i++) {
		free(c->frag[i].data);
		free(c->frag[i].seen);
		c->frag[i].data = NULL;
		c->frag[i].seen = NULL;
	}
	return r == -1 ? -1 : 0;
}

/* nfh_pcap_run() on the capture file at @path. */
static inline int nfh_pcap_walk(const char *path, struct nfh_pcap *c,
				nfh_pcap_fn *fn, void *ctx)
{
	char err[PCAP_ERRBUF_SIZE];
	pcap_t *pc;
	int r;

	pc = pcap_open_offline(path, err);
	if (!pc) {
		fprintf(stderr, "%s: %s\n", path, err);
		return -1;
	}
	r = nfh_pcap_run(pc, path, c, fn, ctx, 0);
	pcap_close(pc);
	return r;
}

/*
 * A readable copy of @path: itself, or for *.gz a decompressed temporary
 * file (@tmp, to unlink afterwards; tmp[0] is 0 otherwise).  NULL on
 * failure.
 */
static inline const char *nfh_pcap_file(const char *path, char *tmp,
					size_t tmpsz)
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

#ifndef NFH_REPO_ROOT
#define NFH_REPO_ROOT "."	/* the build passes the repository's path */
#endif

/*
 * The folder @sub of the capture corpus: $NFH_CORPUS, or ../shared/corpus
 * next to the repository.
 */
static inline void nfh_corpus_dir(const char *sub, char *dir, size_t size)
{
	const char *corpus = getenv("NFH_CORPUS");

	if (!corpus || !*corpus)
		corpus = NFH_REPO_ROOT "/../shared/corpus";
	snprintf(dir, size, "%s/%s", corpus, sub);
}

static inline int nfh_pcap_by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static inline bool nfh_pcap_is_capture(const char *name)
{
	static const char *const ext[] = { ".pcap", ".pcap.gz", ".pcapng" };
	size_t l = strlen(name), i, e;

	for (i = 0; i < ARRAY_SIZE(ext); i++) {
		e = strlen(ext[i]);
		if (l > e && !strcmp(name + l - e, ext[i]))
			return true;
	}
	return false;
}

/*
 * The captures (*.pcap, *.pcap.gz, *.pcapng) of @dir, sorted by name, at
 * most @max of them into @names (strdup()ed: free them).  -1 if @dir cannot
 * be read: a corpus test counts that as a failure, never as "nothing to do".
 */
static inline int nfh_pcap_list(const char *dir, char **names, size_t max)
{
	struct dirent *de;
	size_t n = 0;
	DIR *d;

	d = opendir(dir);
	if (!d)
		return -1;
	while ((de = readdir(d)) && n < max)
		if (nfh_pcap_is_capture(de->d_name))
			names[n++] = strdup(de->d_name);
	closedir(d);
	qsort(names, n, sizeof(names[0]), nfh_pcap_by_name);
	return (int)n;
}

#endif /* _NFH_TEST_PCAP_H */
