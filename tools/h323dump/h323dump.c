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
static int show_port_off, show_summary, show_facts;
static unsigned long n_msgs, n_rejects, n_addrs;

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
		/* learn H.245 listeners to decode their TCP streams */
		if (a->role == NFH_H323_ROLE_H245 &&
		    n_h245_eps < H323DUMP_MAX_H245) {
			struct endpoint *e = &h245_eps[n_h245_eps++];

			e->family = a->family;
			memcpy(e->addr, a->addr, 16);
			e->port = a->port;
		}
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

static void reject(unsigned long frame, const char *why)
{
	printf("%lu\tREJECT\t%s\n", frame, why);
	n_rejects++;
}

static void handle_msg(unsigned long frame, const u8 *buf, unsigned int len,
		       int kind)
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
	print_addrs(frame, &out);
}

/* Feed TPKT-framed bytes; complete packets are decoded. */
static void flow_drain(struct flow *f, unsigned long frame)
{
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
		handle_msg(frame, f->buf + off, tl, f->kind);
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
	(void)ctx;	/* the tool keeps its state in globals */
	if (pk->proto == IPPROTO_TCP)
		handle_tcp(pk);
	else if (pk->sport == ras_port || pk->dport == ras_port)
		handle_msg(pk->frame, pk->data, pk->len, KIND_RAS);
}

static int read_pcap(const char *path)
{
	struct nfh_pcap pcap;

	return nfh_pcap_walk(path, &pcap, handle_packet, NULL) ? 1 : 0;
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
		handle_msg(1, bin, n, KIND_RAS);
	} else if (!strcmp(kind, "h245")) {
		struct nfh_h323_addr addrs[H323DUMP_MAX_ADDR];
		struct nfh_h323_out out = { .addr = addrs,
					    .cap = H323DUMP_MAX_ADDR };

		ret = nfh_h323_parse_h245(bin, n, &out);
		if (ret)
			reject(1, nfh_h323_result_name(ret));
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
		"       h323dump [options] --raw tpkt|h245-tpkt|ras|h245 FILE\n"
		"Options:\n"
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
		{ "cs-port", required_argument, NULL, 'c' },
		{ "ras-port", required_argument, NULL, 'R' },
		{ "h245-port", required_argument, NULL, 'H' },
		{ "port-offset", no_argument, NULL, 'p' },
		{ "summary", no_argument, NULL, 's' },
		{ "facts", no_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *raw = NULL;
	int c, ret;

	while ((c = getopt_long(argc, argv, "r:ph", opts, NULL)) != -1) {
		switch (c) {
		case 'r':
			raw = optarg;
			break;
		case 'c':
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
	if (optind + 1 != argc) {
		usage();
		return 2;
	}
	ret = raw ? read_raw(raw, argv[optind]) : read_pcap(argv[optind]);
	if (show_summary)
		fprintf(stderr, "%lu messages, %lu addresses, %lu rejected\n",
			n_msgs, n_addrs, n_rejects);
	return ret;
}
