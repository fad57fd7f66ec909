// SPDX-License-Identifier: GPL-2.0
/*
 * h323dump - show the transport addresses the H.323 helper sees.
 *
 * Reads a pcap/pcapng capture (libpcap) or one raw message and prints, per
 * transport address found:
 *	frame <TAB> message <TAB> role <TAB> address <TAB> port <TAB> offset
 * and per rejected message:
 *	frame <TAB> REJECT <TAB> reason
 * With --facts, each decoded message also gets a line
 *	frame <TAB> FACTS <TAB> message <TAB> key=value ...
 * (call reference, requestSeqNum, timeToLive, FacilityReason, flags,
 * CloseLogicalChannel list) and each address line a last column with its
 * logical channel number and fastStart/tunnel flags.
 * The offset is that of the first address octet, counted from the start of
 * the message: the TPKT header on TCP, the UDP payload for RAS.
 *
 * With --explain, instead, what the kernel helper would do with each
 * message and address (h323_parse.h's nfh_h323_use() and the address rule
 * of Documentation/h323.rst), as if the router masqueraded to --nat ADDR
 * when given:
 *	frame <TAB> message <TAB> role address:port <TAB> what
 *	frame <TAB> message <TAB> - <TAB> what (a message-wide effect)
 * With -i IFACE the packets come from a live capture instead of a file.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../nf_conntrack_h323/h323_parse.h"
/* the capture reader and hex decoder the decoder's tests use */
#include "../../tests/lib/hex.h"
#include "../../tests/lib/pcap.h"

#define H323DUMP_MAX_ADDR	1024
#define H323DUMP_MAX_FLOWS	4096
#define H323DUMP_MAX_H245	256
#define H323DUMP_BUF		(65536 + 65536)

enum { KIND_Q931, KIND_H245, KIND_RAS };

struct flow {
	int used;
	u8 family;
	u8 src[16], dst[16];
	u16 sport, dport;
	int kind;
	int synced;
	u32 next_seq;
	unsigned int len;
	unsigned int cap;
	u8 *buf;		/* grows up to H323DUMP_BUF */
};

struct endpoint {
	u8 family;
	u8 addr[16];
	u16 port;
};

static struct flow *flows[H323DUMP_MAX_FLOWS];
static unsigned int n_flows, next_evict;
static struct endpoint h245_eps[H323DUMP_MAX_H245];
static unsigned int n_h245_eps;
static unsigned int cs_port = 1720, ras_port = 1719, h245_port;
static int show_port_off, show_summary, show_facts, explain;
static unsigned long n_msgs, n_rejects, n_addrs;
static struct endpoint nat;		/* --nat: the masquerading address */

/* The addresses of the packet a message came in (unknown for --raw). */
struct hop {
	u8 family;
	const u8 *src, *dst;
	int inside;		/* the sender is behind the --nat router */
};

/*
 * --nat: which hosts are behind the masquerading router.  A router that
 * masquerades lets connections out, not in: the host that opens a call
 * signalling or RAS conversation (its first packet seen, as conntrack
 * decides a connection's direction) is inside, its peer outside.  H.245
 * connections are expected ones and may be opened from outside, so they
 * decide nothing; a host first seen as a peer stays outside.
 */
#define H323DUMP_MAX_HOSTS	256

struct host {
	u8 family;
	u8 addr[16];
	int inside;
};

struct conv {
	u8 family, proto;
	u8 orig[16], resp[16];
	u16 oport, rport;
};

static struct host hosts[H323DUMP_MAX_HOSTS];
static unsigned int n_hosts;
static struct conv convs[H323DUMP_MAX_FLOWS];
static unsigned int n_convs, next_conv;

static struct host *host_find(u8 family, const u8 *addr)
{
	unsigned int i, alen = family == AF_INET ? 4 : 16;

	for (i = 0; i < n_hosts; i++)
		if (hosts[i].family == family &&
		    !memcmp(hosts[i].addr, addr, alen))
			return &hosts[i];
	return NULL;
}

static void host_learn(u8 family, const u8 *addr, int inside)
{
	struct host *h = host_find(family, addr);

	if (h || n_hosts == H323DUMP_MAX_HOSTS)
		return;		/* first seen decides; full: unknown is outside */
	h = &hosts[n_hosts++];
	h->family = family;
	memcpy(h->addr, addr, family == AF_INET ? 4 : 16);
	h->inside = inside;
}

/* Note @pk's conversation; its originator and peer when it is new. */
static void conv_seen(const struct nfh_pcap_pkt *pk)
{
	unsigned int i, alen = pk->family == AF_INET ? 4 : 16;
	struct conv *c;

	for (i = 0; i < n_convs; i++) {
		c = &convs[i];
		if (c->family != pk->family || c->proto != pk->proto)
			continue;
		if (c->oport == pk->sport && c->rport == pk->dport &&
		    !memcmp(c->orig, pk->src, alen) &&
		    !memcmp(c->resp, pk->dst, alen))
			return;
		if (c->oport == pk->dport && c->rport == pk->sport &&
		    !memcmp(c->orig, pk->dst, alen) &&
		    !memcmp(c->resp, pk->src, alen))
			return;
	}
	if (n_convs < H323DUMP_MAX_FLOWS) {
		c = &convs[n_convs++];
	} else {
		c = &convs[next_conv];
		next_conv = (next_conv + 1) % H323DUMP_MAX_FLOWS;
	}
	memset(c, 0, sizeof(*c));
	c->family = pk->family;
	c->proto = pk->proto;
	memcpy(c->orig, pk->src, alen);
	memcpy(c->resp, pk->dst, alen);
	c->oport = pk->sport;
	c->rport = pk->dport;
	host_learn(pk->family, pk->src, 1);
	host_learn(pk->family, pk->dst, 0);
}

static int is_inside(u8 family, const u8 *addr)
{
	const struct host *h = host_find(family, addr);

	return h && h->inside;
}

static void print_addrs(unsigned long frame, const struct nfh_h323_out *out)
{
	char ip[INET6_ADDRSTRLEN];
	unsigned int i;

	n_msgs++;
	for (i = 0; i < out->n; i++) {
		const struct nfh_h323_addr *a = &out->addr[i];

		inet_ntop(a->family, a->addr, ip, sizeof(ip));
		printf("%lu\t%s", frame, nfh_h323_msg_name(out->msg));
		if (a->msg != out->msg)
			printf("/%s", nfh_h323_msg_name(a->msg));
		printf("\t%s\t%s\t%u\t%u", nfh_h323_role_name(a->role), ip,
		       a->port, a->addr_off);
		if (show_port_off)
			printf("\t%u", a->port_off);
		if (show_facts)
			printf("\tlcn=%u%s%s", a->lcn,
			       a->flags & NFH_H323_A_FASTSTART ? ",faststart" : "",
			       a->flags & NFH_H323_A_TUNNEL ? ",tunnel" : "");
		printf("\n");
		n_addrs++;
	}
}

/* Learn the H.245 listeners named, to decode their TCP streams. */
static void learn_h245(const struct nfh_h323_out *out)
{
	unsigned int i;

	for (i = 0; i < out->n && n_h245_eps < H323DUMP_MAX_H245; i++) {
		const struct nfh_h323_addr *a = &out->addr[i];
		struct endpoint *e;

		if (a->role != NFH_H323_ROLE_H245)
			continue;
		e = &h245_eps[n_h245_eps++];
		e->family = a->family;
		memcpy(e->addr, a->addr, 16);
		e->port = a->port;
	}
}

static const char *const facility_reasons[] = {
	"routeCallToGatekeeper", "callForwarded", "routeCallToMC",
	"undefinedReason", "conferenceListChoice", "startH245", "noH245",
	"newTokens", "featureSetUpdate", "forwardedElements",
	"transportedInformation",
};

/* The message facts of h323_parse.h that are set, on one line. */
static void print_facts(unsigned long frame, int kind,
			const struct nfh_h323_out *out)
{
	static const char *const flags[] = {
		"h460_18", "h460_19", "keepalive", "tunnelling", "close_more",
	};
	unsigned int i, r = out->facility_reason;
	const char *sep = "";

	printf("%lu\tFACTS\t%s\t", frame, nfh_h323_msg_name(out->msg));
	if (kind == KIND_Q931) {
		printf("q931=0x%02x crv=%u crv_flag=%u uuie=%u", out->q931_type,
		       out->crv, out->crv_flag, out->has_uuie);
		sep = " ";
	}
	if (out->seqnum) {
		printf("%sseq=%u", sep, out->seqnum);
		sep = " ";
	}
	if (out->ttl) {
		printf("%sttl=%u", sep, out->ttl);
		sep = " ";
	}
	if (r) {
		printf("%sreason=%s", sep, r <= ARRAY_SIZE(facility_reasons) ?
		       facility_reasons[r - 1] : "extension");
		sep = " ";
	}
	for (i = 0; i < ARRAY_SIZE(flags); i++) {
		if (out->flags & (1u << i)) {
			printf("%s%s", sep, flags[i]);
			sep = " ";
		}
	}
	if (out->n_open) {
		printf("%sopen=%u", sep, out->n_open);
		sep = " ";
	}
	for (i = 0; i < out->n_close; i++)
		printf("%s%u", i ? "," : *sep ? " close=" : "close=",
		       out->close_lcn[i]);
	printf("\n");
}

static const char *ntop(u8 family, const u8 *addr, char *buf)
{
	return inet_ntop(family, addr, buf, INET6_ADDRSTRLEN);
}

static const char *const use_text[NFH_H323_USE_MAX] = {
	[NFH_H323_USE_H245] = "expect the H.245 connection (tcp)",
	[NFH_H323_USE_MEDIA] = "expect media (udp)",
	[NFH_H323_USE_T120] = "expect T.120 (tcp)",
	[NFH_H323_USE_CALL] = "expect a Q.931 call (tcp)",
	[NFH_H323_USE_REGISTER] = "registration pinhole for calls to it (tcp), active once the RCF answers",
};

/* One address: the helper's decision, as in h323_message.c / h323_expect.c. */
static void explain_addr(unsigned long frame, const struct nfh_h323_out *out,
			 const struct nfh_h323_addr *a, const struct hop *hop)
{
	enum nfh_h323_use use = nfh_h323_use(out, a);
	unsigned int alen = a->family == AF_INET ? 4 : 16;
	char ip[INET6_ADDRSTRLEN], peer[INET6_ADDRSTRLEN];
	int own = hop && hop->family == a->family &&
		  !memcmp(hop->src, a->addr, alen);

	printf("%lu\t%s\t%s %s%s%s:%u\t", frame, nfh_h323_msg_name(a->msg),
	       nfh_h323_role_name(a->role), a->family == AF_INET6 ? "[" : "",
	       ntop(a->family, a->addr, ip), a->family == AF_INET6 ? "]" : "",
	       a->port);
	if (use == NFH_H323_USE_TRANSLATE) {
		if (!own)
			printf("left as it is (not the sender's address)\n");
		else if (nat.family == a->family && !hop->inside)
			printf("left as it is (the sender is outside the NAT)\n");
		else if (nat.family == a->family)
			printf("translated: the far side is told %s (the port too when it is the connection's own)\n",
			       ntop(nat.family, nat.addr, peer));
		else
			printf("translated to the router's address on a NATed connection\n");
		return;
	}
	if (hop && hop->family != a->family) {
		printf("not expected: an IPv%c address on an IPv%c connection\n",
		       a->family == AF_INET ? '4' : '6',
		       hop->family == AF_INET ? '4' : '6');
		return;
	}
	if (a->port < NFH_H323_PORT_MIN) {
		printf("refused: port below %u (refused_low_port)\n",
		       NFH_H323_PORT_MIN);
		return;
	}
	if (!hop) {
		printf("%s, if it is the sender's own address\n",
		       use_text[use]);
		return;
	}
	if (!own) {
		printf("refused (refused_third_party) unless %s is behind the NAT and %s is on the sender's side: %s\n",
		       ntop(hop->family, hop->dst, peer), ip, use_text[use]);
		return;
	}
	printf("%s from %s", use_text[use], ntop(hop->family, hop->dst, peer));
	if (nat.family == a->family && hop->inside)
		printf("; rewritten to %s:%u or the next free port%s",
		       ntop(nat.family, nat.addr, peer), a->port,
		       use == NFH_H323_USE_MEDIA ? " (an RTP/RTCP pair moves together)" : "");
	printf("\n");
}

/* What a message does besides its addresses. */
static void explain_msg(unsigned long frame, const struct nfh_h323_out *out)
{
	const char *name = nfh_h323_msg_name(out->msg);
	unsigned int i;

	if (out->q931_type == NFH_H323_Q931_RELEASE_COMPLETE)
		printf("%lu\t%s\t-\tends call %u: if it is the last call open on the connection, its unused expectations are removed (else release_shared)\n",
		       frame, name, out->crv);
	if (out->n_open)
		printf("%lu\t%s\t-\topens %u logical channel(s)\n", frame,
		       name, out->n_open);
	for (i = 0; i < out->n_close; i++)
		printf("%lu\t%s\t-\tcloses logical channel %u: when no channel opened on the connection is left, its unused media expectations are removed\n",
		       frame, name, out->close_lcn[i]);
	switch (out->msg) {
	case NFH_H323_MSG_RCF:
		if (out->ttl)
			printf("%lu\t%s\t-\tactivates the pinhole of RRQ %u for %u s\n",
			       frame, name, out->seqnum, out->ttl);
		else
			printf("%lu\t%s\t-\tactivates the pinhole of RRQ %u for default_rrq_ttl\n",
			       frame, name, out->seqnum);
		break;
	case NFH_H323_MSG_URQ:
	case NFH_H323_MSG_RRJ:
		printf("%lu\t%s\t-\tremoves the registration pinhole\n",
		       frame, name);
		break;
	}
}

static void explain_all(unsigned long frame, const struct nfh_h323_out *out,
			const struct hop *hop)
{
	unsigned int i;

	n_msgs++;
	if (out->flags & (NFH_H323_O_H460_18 | NFH_H323_O_H460_19)) {
		printf("%lu\t%s\t-\tstep aside: an H.460.18/19 endpoint does its own NAT traversal; the connection is left alone from now on (step_aside_h460)\n",
		       frame, nfh_h323_msg_name(out->msg));
		return;
	}
	for (i = 0; i < out->n; i++, n_addrs++) {
		const struct nfh_h323_addr *a = &out->addr[i];
		unsigned int j;

		/* named twice (fastStart's forward and reverse RTCP): once */
		for (j = 0; j < i; j++)
			if (out->addr[j].family == a->family &&
			    out->addr[j].port == a->port &&
			    nfh_h323_use(out, &out->addr[j]) ==
			    nfh_h323_use(out, a) &&
			    !memcmp(out->addr[j].addr, a->addr, 16))
				break;
		if (j < i)
			continue;
		explain_addr(frame, out, a, hop);
	}
	explain_msg(frame, out);
}

static void reject(unsigned long frame, const char *why)
{
	if (explain)
		printf("%lu\tREJECT\t-\tmalformed (%s): passed unmodified, counted as error_%s\n",
		       frame, why, why);
	else
		printf("%lu\tREJECT\t%s\n", frame, why);
	n_rejects++;
}

static void handle_msg(unsigned long frame, const u8 *buf, unsigned int len,
		       int kind, const struct hop *hop)
{
	struct nfh_h323_addr addrs[H323DUMP_MAX_ADDR];
	struct nfh_h323_out out = { .addr = addrs, .cap = H323DUMP_MAX_ADDR };
	enum nfh_h323_result ret;

	switch (kind) {
	case KIND_Q931:
		ret = nfh_h323_parse_q931(buf, len, &out);
		break;
	case KIND_H245:
		ret = nfh_h323_parse_h245_tpkt(buf, len, &out);
		break;
	default:
		ret = nfh_h323_parse_ras(buf, len, &out);
		break;
	}
	if (ret) {
		reject(frame, nfh_h323_result_name(ret));
		return;
	}
	if (show_facts)
		print_facts(frame, kind, &out);
	learn_h245(&out);
	if (explain)
		explain_all(frame, &out, hop);
	else
		print_addrs(frame, &out);
}

/* Feed TPKT-framed bytes; complete packets are decoded. */
static void flow_drain(struct flow *f, unsigned long frame)
{
	const struct hop hop = { f->family, f->src, f->dst,
				 is_inside(f->family, f->src) };
	unsigned int off = 0, tl;
	enum nfh_h323_result ret;

	for (;;) {
		ret = nfh_h323_tpkt_len(f->buf + off, f->len - off, &tl);
		if (ret) {
			reject(frame, nfh_h323_result_name(ret));
			f->len = 0;
			return;
		}
		if (!tl)
			break;
		handle_msg(frame, f->buf + off, tl, f->kind,
			   f->family ? &hop : NULL);
		off += tl;
	}
	memmove(f->buf, f->buf + off, f->len - off);
	f->len -= off;
}

static struct flow *flow_get(u8 family, const u8 *src, const u8 *dst,
			     u16 sport, u16 dport, int kind)
{
	unsigned int alen = family == AF_INET ? 4 : 16, i;
	struct flow *f;

	for (i = 0; i < n_flows; i++) {
		f = flows[i];
		if (f->family == family && f->sport == sport &&
		    f->dport == dport && !memcmp(f->src, src, alen) &&
		    !memcmp(f->dst, dst, alen))
			return f;
	}
	if (n_flows < H323DUMP_MAX_FLOWS) {
		f = calloc(1, sizeof(*f));
		if (!f) {
			perror("h323dump");
			exit(1);
		}
		i = n_flows++;
	} else {		/* table full: forget the oldest flow */
		i = next_evict;
		next_evict = (next_evict + 1) % H323DUMP_MAX_FLOWS;
		f = flows[i];
		free(f->buf);
		memset(f, 0, sizeof(*f));
	}
	f->family = family;
	memcpy(f->src, src, alen);
	memcpy(f->dst, dst, alen);
	f->sport = sport;
	f->dport = dport;
	f->kind = kind;
	flows[i] = f;
	return f;
}

static int is_h245_ep(u8 family, const u8 *addr, u16 port)
{
	unsigned int i;

	if (h245_port && port == h245_port)
		return 1;
	for (i = 0; i < n_h245_eps; i++) {
		if (h245_eps[i].family == family && h245_eps[i].port == port &&
		    !memcmp(h245_eps[i].addr, addr,
			    family == AF_INET ? 4 : 16))
			return 1;
	}
	return 0;
}

static void handle_tcp(const struct nfh_pcap_pkt *pk)
{
	unsigned int plen = pk->len;
	const u8 *p = pk->data;
	struct flow *f;
	int kind;

	if (pk->sport == cs_port || pk->dport == cs_port)
		kind = KIND_Q931;
	else if (is_h245_ep(pk->family, pk->src, pk->sport) ||
		 is_h245_ep(pk->family, pk->dst, pk->dport))
		kind = KIND_H245;
	else
		return;
	if (kind != KIND_H245)
		conv_seen(pk);
	if (!plen)
		return;
	f = flow_get(pk->family, pk->src, pk->dst, pk->sport, pk->dport,
		     kind);
	if (f->synced) {
		s32 d = (s32)(pk->seq - f->next_seq);

		if (d < 0) {		/* retransmission or overlap */
			if ((u32)-d >= plen)
				return;
			p += -d;
			plen -= -d;
		} else if (d > 0) {	/* gap: resynchronise */
			f->len = 0;
		}
	}
	f->synced = 1;
	f->next_seq = pk->seq + (u32)pk->len;
	if (f->len + plen > H323DUMP_BUF) {
		f->len = 0;
		return;
	}
	if (f->len + plen > f->cap) {
		unsigned int cap = f->len + plen + 4096;
		u8 *nb = realloc(f->buf, cap);

		if (!nb) {
			perror("h323dump");
			exit(1);
		}
		f->buf = nb;
		f->cap = cap;
	}
	memcpy(f->buf + f->len, p, plen);
	f->len += plen;
	flow_drain(f, pk->frame);
}

/* Call signalling and H.245 streams on TCP, RAS datagrams on UDP. */
static void handle_packet(void *ctx, const struct nfh_pcap_pkt *pk)
{
	struct hop hop = { pk->family, pk->src, pk->dst, 0 };

	(void)ctx;	/* the tool keeps its state in globals */
	if (pk->proto == IPPROTO_TCP) {
		handle_tcp(pk);
	} else if (pk->sport == ras_port || pk->dport == ras_port) {
		conv_seen(pk);
		hop.inside = is_inside(pk->family, pk->src);
		handle_msg(pk->frame, pk->data, pk->len, KIND_RAS, &hop);
	}
}

static int read_pcap(const char *path)
{
	struct nfh_pcap pcap;

	return nfh_pcap_walk(path, &pcap, handle_packet, NULL) ? 1 : 0;
}

/* A live capture on @iface, @count packets (0: until interrupted). */
static int read_live(const char *iface, unsigned long count)
{
	char err[PCAP_ERRBUF_SIZE];
	struct bpf_program prog;
	struct nfh_pcap pcap;
	pcap_t *pc;
	int r;

	pc = pcap_open_live(iface, 65535, 0, 100, err);
	if (!pc) {
		fprintf(stderr, "h323dump: %s: %s\n", iface, err);
		return 1;
	}
	if (pcap_compile(pc, &prog, "tcp or udp", 1, PCAP_NETMASK_UNKNOWN) ||
	    pcap_setfilter(pc, &prog)) {
		fprintf(stderr, "h323dump: %s: %s\n", iface, pcap_geterr(pc));
		pcap_close(pc);
		return 1;
	}
	pcap_freecode(&prog);
	setvbuf(stdout, NULL, _IOLBF, 0);	/* a line as each one comes */
	r = nfh_pcap_run(pc, iface, &pcap, handle_packet, NULL, count);
	pcap_close(pc);
	return r ? 1 : 0;
}

/* --nat ADDR */
static void parse_nat(const char *s)
{
	if (inet_pton(AF_INET, s, nat.addr) == 1) {
		nat.family = AF_INET;
	} else if (inet_pton(AF_INET6, s, nat.addr) == 1) {
		nat.family = AF_INET6;
	} else {
		fprintf(stderr, "h323dump: Unable to parse address: '%s'\n", s);
		exit(2);
	}
}

/* Raw message file: binary, or hex digits (whitespace ignored). */
static int read_raw(const char *kind, const char *path)
{
	static u8 buf[65536 * 2], bin[65536];
	enum nfh_h323_result ret;
	unsigned int len, n;
	FILE *fp;

	fp = fopen(path, "rb");
	if (!fp) {
		fprintf(stderr, "h323dump: unable to open '%s': %s\n", path,
			strerror(errno));
		return 1;
	}
	len = fread(buf, 1, sizeof(buf), fp);
	fclose(fp);
	if (len && nfh_is_hex_text((const char *)buf, len)) {
		n = nfh_unhex((const char *)buf, len, bin, sizeof(bin));
	} else {
		n = len < sizeof(bin) ? len : sizeof(bin);
		memcpy(bin, buf, n);
	}
	if (!strcmp(kind, "ras")) {
		handle_msg(1, bin, n, KIND_RAS, NULL);
	} else if (!strcmp(kind, "h245")) {
		struct nfh_h323_addr addrs[H323DUMP_MAX_ADDR];
		struct nfh_h323_out out = { .addr = addrs,
					    .cap = H323DUMP_MAX_ADDR };

		ret = nfh_h323_parse_h245(bin, n, &out);
		if (ret)
			reject(1, nfh_h323_result_name(ret));
		else if (explain)
			explain_all(1, &out, NULL);
		else
			print_addrs(1, &out);
	} else if (!strcmp(kind, "tpkt") || !strcmp(kind, "h245-tpkt")) {
		struct flow *f = calloc(1, sizeof(*f));

		if (!f)
			return 1;
		f->kind = strcmp(kind, "tpkt") ? KIND_H245 : KIND_Q931;
		f->buf = bin;
		f->len = n;
		flow_drain(f, 1);
		if (f->len)
			reject(1, "truncated_tpkt");
		free(f);
	} else {
		fprintf(stderr, "h323dump: unknown raw kind '%s'\n", kind);
		return 2;
	}
	return 0;
}

static unsigned int parse_port(const char *s)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || end == s || *end || v == 0 || v > 65535) {
		fprintf(stderr, "h323dump: Unable to parse port: '%s'\n", s);
		exit(2);
	}
	return v;
}

static void usage(void)
{
	fprintf(stderr,
		"Usage: h323dump [options] FILE.pcap[ng]\n"
		"       h323dump [options] -i IFACE [-c COUNT]\n"
		"       h323dump [options] --raw tpkt|h245-tpkt|ras|h245 FILE\n"
		"Options:\n"
		"  -i, --interface IFACE  capture live on IFACE\n"
		"  -c, --count N   stop after N captured packets\n"
		"  --explain       what the kernel helper would do with each\n"
		"                  message and address (expect, translate,\n"
		"                  refuse and why, step aside, cleanup)\n"
		"  --nat ADDR      with --explain: as if the router masqueraded\n"
		"                  to ADDR\n"
		"  --cs-port N     TCP port of call signalling (default 1720)\n"
		"  --ras-port N    UDP port of RAS (default 1719)\n"
		"  --h245-port N   decode this TCP port as H.245 (besides the\n"
		"                  h245Address endpoints learnt from the capture)\n"
		"  --port-offset   append the port offset as a 7th column\n"
		"  --summary       print message/address/reject counts on stderr\n"
		"  --facts         a FACTS line per message (call reference,\n"
		"                  requestSeqNum, timeToLive, FacilityReason,\n"
		"                  flags, closed channels), and each address's\n"
		"                  logical channel and fastStart/tunnel flags\n");
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "raw", required_argument, NULL, 'r' },
		{ "cs-port", required_argument, NULL, 'P' },
		{ "ras-port", required_argument, NULL, 'R' },
		{ "h245-port", required_argument, NULL, 'H' },
		{ "port-offset", no_argument, NULL, 'p' },
		{ "summary", no_argument, NULL, 's' },
		{ "facts", no_argument, NULL, 'f' },
		{ "explain", no_argument, NULL, 'e' },
		{ "nat", required_argument, NULL, 'n' },
		{ "interface", required_argument, NULL, 'i' },
		{ "count", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *raw = NULL, *iface = NULL;
	unsigned long count = 0;
	int c, ret;

	while ((c = getopt_long(argc, argv, "r:phi:c:", opts, NULL)) != -1) {
		switch (c) {
		case 'e':
			explain = 1;
			break;
		case 'n':
			parse_nat(optarg);
			break;
		case 'i':
			iface = optarg;
			break;
		case 'c':
			count = strtoul(optarg, NULL, 10);
			break;
		case 'r':
			raw = optarg;
			break;
		case 'P':
			cs_port = parse_port(optarg);
			break;
		case 'R':
			ras_port = parse_port(optarg);
			break;
		case 'H':
			h245_port = parse_port(optarg);
			break;
		case 'p':
			show_port_off = 1;
			break;
		case 's':
			show_summary = 1;
			break;
		case 'f':
			show_facts = 1;
			break;
		default:
			usage();
			return c == 'h' ? 0 : 2;
		}
	}
	if (optind + !iface != argc) {
		usage();
		return 2;
	}
	if (iface)
		ret = read_live(iface, count);
	else
		ret = raw ? read_raw(raw, argv[optind]) :
			    read_pcap(argv[optind]);
	if (show_summary)
		fprintf(stderr, "%lu messages, %lu addresses, %lu rejected\n",
			n_msgs, n_addrs, n_rejects);
	return ret;
}
