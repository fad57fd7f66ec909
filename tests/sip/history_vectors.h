/* SPDX-License-Identifier: GPL-2.0 */
/*
 * history_vectors.h - SIP bug shapes of the in-tree helper's past (issue
 * 13), one row each: the message, the public fix or CVE it mirrors, the
 * step of the parse core that must decide it and what it must say (and
 * the counter the kernel glue then moves).
 *
 * Run by test_sip_history (make sip-unit).  tests/lib/history_negative.sh
 * removes each row's guard from a copy of the sources
 * (tests/sip/history_mutants) and checks that the row then fails.
 * Documentation/sip.rst, "Historical bugs", has the same list.
 */
#ifndef _NFH_SIP_HISTORY_VECTORS_H
#define _NFH_SIP_HISTORY_VECTORS_H

#include "../../nf_conntrack_sip/sip_parse.h"

enum sip_hist_step {
	SIP_H_FRAME,	/* nfh_sip_tcp_frame() on a TCP stream */
	SIP_H_PARSE,	/* nfh_sip_parse() */
	SIP_H_SDP,	/* nfh_sip_sdp_parse() of its body */
	SIP_H_MEDIA_TO,	/* nfh_sip_media_to() of its first m= line */
	SIP_H_REWRITE,	/* plan and apply a NAT rewrite: want the bytes */
};

struct sip_hist {
	const char *name;
	const char *mirrors;		/* CVE or kernel commit title */
	enum sip_hist_step step;
	const char *msg;
	size_t len;
	enum nfh_sip_result res;	/* FRAME, PARSE, SDP */
	enum nfh_sip_media_to to;	/* MEDIA_TO */
	const char *want;		/* REWRITE: the message after it */
	const char *counter;		/* /proc/net/nfhelpers/sip */
};

#define SIPH(name, mirrors, step, msg, res, to, want, counter)		\
	{ name, mirrors, SIP_H_##step, msg, sizeof(msg) - 1, NFH_SIP_##res, \
	  NFH_SIP_TO_##to, want, counter }

#define SIPH_HDRS							\
	"INVITE sip:bob@198.51.100.20 SIP/2.0\r\n"			\
	"Via: SIP/2.0/UDP 192.168.1.2:5060;branch=z9hG4bKh\r\n"		\
	"Call-ID: h@192.168.1.2\r\n"					\
	"CSeq: 1 INVITE\r\n"						\
	"Content-Type: application/sdp\r\n"
#define SIPH_SDP_HEAD							\
	"v=0\r\no=- 1 1 IN IP4 192.168.1.2\r\ns=-\r\n"

/* 67 bytes of body */
#define SIPH_SDP_67 SIPH_SDP_HEAD "c=IN IP4 192.168.1.2\r\n" "t=0 0\r\n"

/* the shrinking rewrite: 192.168.100.200 -> 1.2.3.4, four times */
#define SIPH_SHRINK(a, clen)						\
	"INVITE sip:bob@198.51.100.20 SIP/2.0\r\n"			\
	"Via: SIP/2.0/UDP " a ":5060;branch=z9hG4bKs\r\n"		\
	"Call-ID: s@x\r\n"						\
	"CSeq: 1 INVITE\r\n"						\
	"Contact: <sip:a@" a ":5060>\r\n"				\
	"Content-Type: application/sdp\r\n"				\
	"Content-Length: " clen "\r\n\r\n"				\
	"v=0\r\no=- 1 1 IN IP4 " a "\r\ns=-\r\nc=IN IP4 " a "\r\n"	\
	"t=0 0\r\nm=audio 4000 RTP/AVP 0\r\n"

/* The sender is 192.168.1.2, seen outside as 203.0.113.7. */
static const struct sip_hist sip_hist[] = {
	/* 2^32 + 32: as u32, a body of 32 bytes (the next message inside it) */
	SIPH("clen_wrap_32_tcp",
	     "CVE-2026-23457: nf_conntrack_sip: fix Content-Length u32 truncation in sip_help_tcp()",
	     FRAME, SIPH_HDRS "Content-Length: 4294967328\r\n\r\n" SIPH_SDP_67,
	     ECLEN, SENDER, NULL, "error_content_length"),
	SIPH("clen_wrap_32_udp",
	     "CVE-2026-23457: nf_conntrack_sip: fix Content-Length u32 truncation in sip_help_tcp()",
	     PARSE, SIPH_HDRS "Content-Length: 4294967328\r\n\r\n" SIPH_SDP_67,
	     ECLEN, SENDER, NULL, "error_content_length"),
	/* a number that is the last bytes of the packet (no NUL, no CRLF) */
	SIPH("sdp_rtcp_at_end",
	     "CVE-2026-52986: nf_conntrack_sip: don't use simple_strtoul",
	     SDP, SIPH_HDRS "Content-Length: 102\r\n\r\n" SIPH_SDP_67
	     "m=audio 4000 RTP/AVP 0\r\na=rtcp:4001", OK, SENDER, NULL,
	     "expect_media"),
	/* a header line that ends the packet: is the next line a fold? */
	SIPH("fold_check_at_end",
	     "CVE-2026-98077: nf_conntrack_sip: fix OOB read in sip_skip_whitespace()",
	     PARSE, "ACK sip:bob@198.51.100.20 SIP/2.0\r\n"
	     "Via: SIP/2.0/UDP 192.168.1.2;branch=z9hG4bKf\r\n", OK, SENDER,
	     NULL, "messages"),
	/* ports over 65535 (in u16: 70000 is 4464) */
	SIPH("sdp_port_70000",
	     "in-tree process_sdp(): media port outside 1024-65535 dropped ('wrong port')",
	     SDP, SIPH_HDRS "Content-Length: 92\r\n\r\n" SIPH_SDP_67
	     "m=audio 70000 RTP/AVP 0\r\n", ERANGE, SENDER, NULL,
	     "error_range"),
	SIPH("sdp_port_count_wrap",
	     "in-tree process_sdp(): port + 1 for RTCP unchecked at 65535",
	     SDP, SIPH_HDRS "Content-Length: 94\r\n\r\n" SIPH_SDP_67
	     "m=video 65534/2 RTP/AVP 0\r\n", ERANGE, SENDER, NULL,
	     "error_range"),
	SIPH("via_port_70000",
	     "in-tree sip_parse_port(): more than 5 digits or > 65535 refused",
	     PARSE, "OPTIONS sip:a@b SIP/2.0\r\n"
	     "Via: SIP/2.0/UDP 192.168.1.2:70000;branch=z9hG4bKv\r\n"
	     "Content-Length: 0\r\n\r\n", ERANGE, SENDER, NULL, "error_range"),
	/* a media line and no c= anywhere: no address to expect */
	SIPH("sdp_no_c_addr",
	     "nf_conntrack_sip: fix use of uninitialized rtp_addr in process_sdp",
	     SDP, SIPH_HDRS "Content-Length: 69\r\n\r\n" SIPH_SDP_HEAD
	     "t=0 0\r\nm=audio 4000 RTP/AVP 0\r\n", ENOADDR, SENDER, NULL,
	     "error_sdp_no_address"),
	/* media to a third host: no pinhole (sip_direct_media=1, default) */
	SIPH("control_sender_media", "(control: the row below differs from it)",
	     MEDIA_TO, SIPH_HDRS "Content-Length: 91\r\n\r\n" SIPH_SDP_HEAD
	     "c=IN IP4 192.168.1.2\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n",
	     OK, SENDER, NULL, "expect_media"),
	SIPH("third_host_media",
	     "in-tree sip_direct_media=1; NAT Slipstreaming (2020) pinholes to other hosts",
	     MEDIA_TO, SIPH_HDRS "Content-Length: 92\r\n\r\n" SIPH_SDP_HEAD
	     "c=IN IP4 192.168.1.99\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n",
	     OK, OTHER, NULL, "media_skipped"),
	/* every later offset moves back: 8 bytes per address */
	SIPH("shrink_rewrite",
	     "nf_nat_sip: rewind offset when NAT shrinks the packet; nf_nat_sip: reload possible stale data pointer",
	     REWRITE, SIPH_SHRINK("192.168.100.200", "99"), OK, SENDER,
	     SIPH_SHRINK("1.2.3.4", "83"), "rewritten"),
};

#endif /* _NFH_SIP_HISTORY_VECTORS_H */
