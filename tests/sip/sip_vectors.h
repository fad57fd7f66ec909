/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sip_vectors.h - the one table of hand-written SIP messages and what the
 * parse core must make of them.  Used by the unit tests (whole messages,
 * every TCP split point, random mutations, the rewrite property) and by the
 * seed writer of the fuzzers.
 *
 * A message is built by sip_vec_build(): the header lines, then a
 * Content-Length line (computed from the body unless .clen gives the line
 * verbatim, "" for none), the empty line and the body.  .raw vectors are
 * used exactly as written.  .lf vectors end their lines with LF only.
 */
#ifndef _NFH_SIP_VECTORS_H
#define _NFH_SIP_VECTORS_H

#include <stdio.h>
#include <string.h>

#include "../../nf_conntrack_sip/sip_parse.h"

struct sip_vec {
	const char *name;
	u8 tcp;			/* NFH_SIP_TCP */
	u8 family;		/* AF_INET / AF_INET6 */
	u8 raw, lf;
	const char *hdrs;
	const char *body;
	const char *clen;	/* NULL: computed; "": none; else verbatim */
	enum nfh_sip_result res;	/* nfh_sip_parse() */
	enum nfh_sip_result sdp_res;	/* nfh_sip_sdp_parse(), if reached */
	int n_media;		/* -1: do not check */
	u32 bypass;		/* plan bits expected in mode 0 (property) */
};

#define V4 AF_INET
#define V6 AF_INET6

#define SDP_BASIC							\
	"v=0\r\n"							\
	"o=alice 2890844526 2890844526 IN IP4 192.168.1.2\r\n"		\
	"s=-\r\n"							\
	"c=IN IP4 192.168.1.2\r\n"					\
	"t=0 0\r\n"							\
	"m=audio 49170 RTP/AVP 0 8 101\r\n"				\
	"a=rtpmap:101 telephone-event/8000\r\n"				\
	"a=sendrecv\r\n"

#define INVITE_HDRS							\
	"INVITE sip:bob@198.51.100.20 SIP/2.0\r\n"			\
	"Via: SIP/2.0/UDP 192.168.1.2:5060;branch=z9hG4bK776asdhds;rport\r\n" \
	"Max-Forwards: 70\r\n"						\
	"To: Bob <sip:bob@198.51.100.20>\r\n"				\
	"From: \"Alice\" <sip:alice@192.168.1.2>;tag=1928301774\r\n"	\
	"Call-ID: a84b4c76e66710@192.168.1.2\r\n"			\
	"CSeq: 314159 INVITE\r\n"					\
	"Contact: <sip:alice@192.168.1.2:5060;transport=udp>\r\n"	\
	"Content-Type: application/sdp\r\n"

static const struct sip_vec sip_vectors[] = {
	/* ---- well formed ---- */
	{ "invite_basic", 0, V4, 0, 0, INVITE_HDRS, SDP_BASIC, NULL,
	  NFH_SIP_OK, NFH_SIP_OK, 1, 0 },
	{ "invite_tcp", 1, V4, 0, 0,
	  "INVITE sip:bob@198.51.100.20;transport=tcp SIP/2.0\r\n"
	  "Via: SIP/2.0/TCP 192.168.1.2:5060;branch=z9hG4bKtcp1\r\n"
	  "From: <sip:alice@192.168.1.2>;tag=1\r\n"
	  "To: <sip:bob@198.51.100.20>\r\n"
	  "Call-ID: tcp1@192.168.1.2\r\n"
	  "CSeq: 1 INVITE\r\n"
	  "Contact: <sip:alice@192.168.1.2;transport=tcp>\r\n"
	  "Content-Type: application/sdp\r\n", SDP_BASIC, NULL,
	  NFH_SIP_OK, NFH_SIP_OK, 1, 0 },
	{ "response_200_sdp", 0, V4, 0, 0,
	  "SIP/2.0 200 OK\r\n"
	  "Via: SIP/2.0/UDP 203.0.113.7:5060;branch=z9hG4bK776asdhds;"
	  "received=203.0.113.7;rport=5060\r\n"
	  "To: Bob <sip:bob@198.51.100.20>;tag=a6c85cf\r\n"
	  "From: Alice <sip:alice@203.0.113.7>;tag=1928301774\r\n"
	  "Call-ID: a84b4c76e66710@192.168.1.2\r\n"
	  "CSeq: 314159 INVITE\r\n"
	  "Contact: <sip:bob@198.51.100.20>\r\n"
	  "Content-Type: application/sdp\r\n",
	  "v=0\r\no=bob 1 1 IN IP4 198.51.100.20\r\ns=-\r\n"
	  "c=IN IP4 198.51.100.20\r\nt=0 0\r\nm=audio 3456 RTP/AVP 0\r\n",
	  NULL, NFH_SIP_OK, NFH_SIP_OK, 1, 0 },
	{ "compact_forms", 0, V4, 0, 0,
	  "INVITE sip:bob@example.com SIP/2.0\r\n"
	  "v: SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bKc1\r\n"
	  "f: <sip:alice@10.0.0.5:5062>;tag=x\r\n"
	  "t: <sip:bob@example.com>\r\n"
	  "i: compact@10.0.0.5\r\n"
	  "CSeq: 2 INVITE\r\n"
	  "m: <sip:alice@10.0.0.5:5062>\r\n"
	  "c: application/sdp\r\n"
	  "k: timer\r\n"
	  "s: compact\r\n"
	  "e: identity\r\n",
	  "v=0\r\no=- 1 1 IN IP4 10.0.0.5\r\ns=-\r\nc=IN IP4 10.0.0.5\r\n"
	  "t=0 0\r\nm=audio 4000 RTP/AVP 0\r\n",
	  "l: 85\r\n", NFH_SIP_OK, NFH_SIP_OK, 1, 0 },
	{ "register_contacts", 0, V4, 0, 0,
	  "REGISTER sip:registrar.example.com SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP 192.168.1.2:5070;branch=z9hG4bKreg;rport\r\n"
	  "From: <sip:alice@example.com>;tag=r1\r\n"
	  "To: <sip:alice@example.com>\r\n"
	  "Call-ID: reg1@192.168.1.2\r\n"
	  "CSeq: 7 REGISTER\r\n"
	  "Contact: \"Alice, desk\" <sip:alice@192.168.1.2:5070>;expires=3600;"
	  "q=0.7, sip:alice@192.168.1.2:5071;expires=60\r\n"
	  "Contact: <sips:alice@[2001:db8::10]>\r\n"
	  "Expires: 7200\r\n", "", NULL, NFH_SIP_OK, NFH_SIP_OK, -1, 0 },
	{ "register_star", 0, V4, 0, 0,
	  "REGISTER sip:registrar.example.com SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP 192.168.1.2;branch=z9hG4bKstar\r\n"
	  "From: <sip:alice@example.com>;tag=r1\r\n"
	  "To: <sip:alice@example.com>\r\n"
	  "Call-ID: reg2@192.168.1.2\r\n"
	  "CSeq: 8 REGISTER\r\n"
	  "Contact: *\r\n"
	  "Expires: 0\r\n", "", NULL, NFH_SIP_OK, NFH_SIP_OK, -1, 0 },
	{ "ipv6_invite", 0, V6, 0, 0,
	  "INVITE sip:bob@[2001:db8::20] SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP [fd00::2]:5060;branch=z9hG4bK6;"
	  "received=fd00::2;rport=5060\r\n"
	  "From: <sip:alice@[fd00::2]>;tag=6\r\n"
	  "To: <sip:bob@[2001:db8::20]>\r\n"
	  "Call-ID: v6@fd00::2\r\n"
	  "CSeq: 1 INVITE\r\n"
	  "Contact: <sip:alice@[fd00::2]:5060>\r\n"
	  "Content-Type: application/sdp\r\n",
	  "v=0\r\no=- 1 1 IN IP6 fd00::2\r\ns=-\r\nc=IN IP6 fd00::2\r\n"
	  "t=0 0\r\nm=audio 5004 RTP/AVP 0\r\na=rtcp:5005 IN IP6 fd00::2\r\n",
	  NULL, NFH_SIP_OK, NFH_SIP_OK, 1, 0 },
	{ "ipv6_bare_uri", 0, V6, 0, 0,
	  "INVITE sip:4321@fec0:0:0:0:216:d3ff:fe0d:22c:5060 SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP [fec0::1]:5060;branch=z9hG4bKbare\r\n"
	  "From: <sip:1234@fec0::1>;tag=b\r\n"
	  "To: <sip:4321@fec0:0:0:0:216:d3ff:fe0d:22c>\r\n"
	  "Call-ID: bare@fec0::1\r\n"
	  "CSeq: 1 INVITE\r\n"
	  "Contact: <sip:1234@fec0::1>\r\n", "", NULL,
	  NFH_SIP_OK, NFH_SIP_OK, -1, 0 },
	{ "folded_headers", 0, V4, 0, 0,
	  "OPTIONS sip:bob@198.51.100.20 SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP\r\n 192.168.1.2:5060\r\n\t;branch=z9hG4bKfold\r\n"
	  "From: <sip:alice@192.168.1.2>\r\n  ;tag=f\r\n"
	  "To: <sip:bob@198.51.100.20>\r\n"
	  "Call-ID: fold@192.168.1.2\r\n"
	  "CSeq: 1\r\n OPTIONS\r\n"
	  "Contact: <sip:alice@192.168.1.2>\r\n", "", NULL,
	  NFH_SIP_OK, NFH_SIP_OK, -1, 0 },
	{ "lf_only", 0, V4, 0, 1,
	  "BYE sip:bob@198.51.100.20 SIP/2.0\n"
	  "Via: SIP/2.0/UDP 192.168.1.2:5060;branch=z9hG4bKlf\n"
	  "From: <sip:alice@192.168.1.2>;tag=l\n"
	  "To: <sip:bob@198.51.100.20>;tag=m\n"
	  "Call-ID: lf@192.168.1.2\n"
	  "CSeq: 2 BYE\n", "", NULL, NFH_SIP_OK, NFH_SIP_OK, -1, 0 },
	{ "via_list", 0, V4, 0, 0,
	  "SIP/2.0 180 Ringing\r\n"
	  "Via: SIP/2.0/UDP 192.168.1.2:5060;branch=z9hG4bKa;received=203.0.113.7;rport=40000, "
	  "SIP / 2.0 / TCP proxy.example.com;branch=z9hG4bKb;maddr=198.51.100.1\r\n"
	  "v: SIP/2.0/UDP [2001:db8::1]:5080;branch=z9hG4bKc\r\n"
	  "From: <sip:alice@example.com>;tag=1\r\n"
	  "To: <sip:bob@example.com>;tag=2\r\n"
	  "Call-ID: vl@x\r\n"
	  "CSeq: 1 INVITE\r\n"
	  "Record-Route: <sip:p1.example.com;lr>, <sip:p2.example.com;lr>\r\n",
	  "", NULL, NFH_SIP_OK, NFH_SIP_OK, -1, 0 },
	{ "sdp_every_media", 0, V4, 0, 0, INVITE_HDRS,
	  "v=0\r\n"
	  "o=- 7 7 IN IP4 192.168.1.2\r\n"
	  "s=-\r\n"
	  "c=IN IP4 192.168.1.2\r\n"
	  "t=0 0\r\n"
	  "a=sendonly\r\n"
	  "m=audio 10000 RTP/AVP 0\r\n"
	  "a=rtcp:10011\r\n"
	  "m=video 10002/2 RTP/AVP 96\r\n"
	  "a=recvonly\r\n"
	  "m=video 10020 RTP/AVPF 97\r\n"
	  "a=rtcp-mux\r\n"
	  "m=image 10030 udptl t38\r\n"
	  "c=IN IP4 192.168.1.3\r\n"
	  "m=application 10040 UDP/BFCP *\r\n"
	  "a=inactive\r\n"
	  "m=text 10050 RTP/AVP 98\r\n"
	  "m=message 10060 TCP/MSRP *\r\n"
	  "m=audio 0 RTP/AVP 0\r\n"
	  "m=foo 10070 RTP/AVP 0\r\n", NULL,
	  NFH_SIP_OK, NFH_SIP_OK, 9, 0 },
	{ "sdp_ice", 0, V4, 0, 0, INVITE_HDRS,
	  "v=0\r\no=- 1 1 IN IP4 192.168.1.2\r\ns=-\r\nc=IN IP4 192.168.1.2\r\n"
	  "t=0 0\r\nm=audio 49170 RTP/AVP 0\r\n"
	  "a=candidate:1 1 UDP 2130706431 192.168.1.2 49170 typ host\r\n"
	  "a=candidate:2 1 UDP 1694498815 203.0.113.7 61000 typ srflx raddr 192.168.1.2 rport 49170\r\n"
	  "a=candidate:3 1 UDP 16777215 198.51.100.9 3478 typ relay raddr 203.0.113.7 rport 61000\r\n",
	  NULL, NFH_SIP_OK, NFH_SIP_OK, 1, NFH_SIP_BYPASS_ICE },
	{ "sdp_public", 0, V4, 0, 0, INVITE_HDRS,
	  "v=0\r\no=- 1 1 IN IP4 203.0.113.7\r\ns=-\r\nc=IN IP4 203.0.113.7\r\n"
	  "t=0 0\r\nm=audio 61000 RTP/AVP 0\r\n", NULL,
	  NFH_SIP_OK, NFH_SIP_OK, 1, NFH_SIP_BYPASS_SDP_PUBLIC },
	{ "contact_public", 0, V4, 0, 0,
	  "INVITE sip:bob@198.51.100.20 SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP 192.168.1.2:5060;branch=z9hG4bKpub\r\n"
	  "From: <sip:alice@example.com>;tag=p\r\n"
	  "To: <sip:bob@198.51.100.20>\r\n"
	  "Call-ID: pub@x\r\nCSeq: 1 INVITE\r\n"
	  "Contact: <sip:alice@203.0.113.7:61000>\r\n", "", NULL,
	  NFH_SIP_OK, NFH_SIP_OK, -1, NFH_SIP_BYPASS_CONTACT_PUBLIC },
	{ "sdp_media_port_zero", 0, V4, 0, 0, INVITE_HDRS,
	  "v=0\r\no=- 1 1 IN IP4 192.168.1.2\r\ns=-\r\nc=IN IP4 192.168.1.2\r\n"
	  "t=0 0\r\nm=audio 0 RTP/AVP 0\r\n", NULL,
	  NFH_SIP_OK, NFH_SIP_OK, 1, 0 },
	{ "sdp_port_zero_no_c", 0, V4, 0, 0, INVITE_HDRS,
	  "v=0\r\no=- 1 1 IN IP4 192.168.1.2\r\ns=-\r\nt=0 0\r\n"
	  "m=audio 0 RTP/AVP 0\r\n", NULL, NFH_SIP_OK, NFH_SIP_OK, 1, 0 },
	{ "sdp_multicast_ttl", 0, V4, 0, 0, INVITE_HDRS,
	  "v=0\r\no=- 1 1 IN IP4 192.168.1.2\r\ns=-\r\n"
	  "c=IN IP4 224.2.1.1/127/3\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0\r\n",
	  NULL, NFH_SIP_OK, NFH_SIP_OK, 1, 0 },
	{ "udp_no_content_length", 0, V4, 0, 0,
	  "MESSAGE sip:bob@198.51.100.20 SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP 192.168.1.2;branch=z9hG4bKm\r\n"
	  "Call-ID: m@x\r\nCSeq: 1 MESSAGE\r\n"
	  "Content-Type: text/plain\r\n", "hello", "",
	  NFH_SIP_OK, NFH_SIP_OK, -1, 0 },
	{ "not_sdp_body", 0, V4, 0, 0,
	  "PUBLISH sip:p@example.com SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP 192.168.1.2;branch=z9hG4bKp\r\n"
	  "Call-ID: p@x\r\nCSeq: 1 PUBLISH\r\n"
	  "Content-Type: application/pidf+xml\r\n",
	  "<presence>c=IN IP4 192.168.1.2</presence>", NULL,
	  NFH_SIP_OK, NFH_SIP_OK, -1, 0 },
	{ "keepalive", 1, V4, 1, 0, "\r\n\r\n", "", "",
	  NFH_SIP_KEEPALIVE, NFH_SIP_OK, -1, 0 },
	{ "dup_content_type_same", 0, V4, 0, 0,
	  "UPDATE sip:bob@198.51.100.20 SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP 192.168.1.2;branch=z9hG4bKu\r\n"
	  "Call-ID: u@x\r\nCSeq: 3 UPDATE\r\n"
	  "Content-Type: application/sdp\r\nContent-Type: application/sdp\r\n",
	  "v=0\r\no=- 1 1 IN IP4 192.168.1.2\r\ns=-\r\nc=IN IP4 192.168.1.2\r\n"
	  "t=0 0\r\nm=audio 7078 RTP/AVP 0\r\n", NULL,
	  NFH_SIP_OK, NFH_SIP_OK, 1, 0 },

	/* ---- malformed: each with the error a counter will name ---- */
	{ "clen_overflow", 0, V4, 0, 0, INVITE_HDRS, SDP_BASIC,
	  "Content-Length: 4294967328\r\n", NFH_SIP_ECLEN, NFH_SIP_OK, -1, 0 },
	{ "clen_overflow_tcp", 1, V4, 0, 0, INVITE_HDRS, SDP_BASIC,
	  "Content-Length: 4294967328\r\n", NFH_SIP_ECLEN, NFH_SIP_OK, -1, 0 },
	{ "clen_max_u32", 0, V4, 0, 0, INVITE_HDRS, SDP_BASIC,
	  "Content-Length: 4294967295\r\n", NFH_SIP_EBODYLEN, NFH_SIP_OK, -1, 0 },
	{ "clen_negative", 0, V4, 0, 0, INVITE_HDRS, SDP_BASIC,
	  "Content-Length: -1\r\n", NFH_SIP_ECLEN, NFH_SIP_OK, -1, 0 },
	{ "clen_short", 0, V4, 0, 0, INVITE_HDRS, SDP_BASIC,
	  "Content-Length: 10\r\n", NFH_SIP_EBODYLEN, NFH_SIP_OK, -1, 0 },
	{ "clen_duplicate", 0, V4, 0, 0, INVITE_HDRS, SDP_BASIC,
	  "Content-Length: 0\r\nContent-Length: 205\r\n", NFH_SIP_EDUP,
	  NFH_SIP_OK, -1, 0 },
	{ "tcp_no_clen", 1, V4, 0, 0, INVITE_HDRS, SDP_BASIC, "",
	  NFH_SIP_ENOCLEN, NFH_SIP_OK, -1, 0 },
	{ "via_port_70000", 0, V4, 0, 0,
	  "INVITE sip:bob@198.51.100.20 SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP 192.168.1.2:70000;branch=z9hG4bKbad\r\n"
	  "Call-ID: p7@x\r\nCSeq: 1 INVITE\r\n", "", NULL,
	  NFH_SIP_ERANGE, NFH_SIP_OK, -1, 0 },
	{ "contact_port_0", 0, V4, 0, 0,
	  "INVITE sip:bob@198.51.100.20 SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP 192.168.1.2;branch=z9hG4bKbad\r\n"
	  "Contact: <sip:a@192.168.1.2:0>\r\n"
	  "Call-ID: p0@x\r\nCSeq: 1 INVITE\r\n", "", NULL,
	  NFH_SIP_ERANGE, NFH_SIP_OK, -1, 0 },
	{ "rport_70000", 0, V4, 0, 0,
	  "SIP/2.0 200 OK\r\n"
	  "Via: SIP/2.0/UDP 192.168.1.2;branch=z9hG4bKbad;rport=70000\r\n"
	  "Call-ID: r7@x\r\nCSeq: 1 INVITE\r\n", "", NULL,
	  NFH_SIP_ERANGE, NFH_SIP_OK, -1, 0 },
	{ "sdp_port_70000", 0, V4, 0, 0, INVITE_HDRS,
	  "v=0\r\no=- 1 1 IN IP4 192.168.1.2\r\ns=-\r\nc=IN IP4 192.168.1.2\r\n"
	  "t=0 0\r\nm=audio 70000 RTP/AVP 0\r\n", NULL,
	  NFH_SIP_OK, NFH_SIP_ERANGE, -1, 0 },
	{ "sdp_port_count_overflow", 0, V4, 0, 0, INVITE_HDRS,
	  "v=0\r\no=- 1 1 IN IP4 192.168.1.2\r\ns=-\r\nc=IN IP4 192.168.1.2\r\n"
	  "t=0 0\r\nm=video 65534/2 RTP/AVP 0\r\n", NULL,
	  NFH_SIP_OK, NFH_SIP_ERANGE, -1, 0 },
	{ "sdp_rtcp_port_0", 0, V4, 0, 0, INVITE_HDRS,
	  "v=0\r\no=- 1 1 IN IP4 192.168.1.2\r\ns=-\r\nc=IN IP4 192.168.1.2\r\n"
	  "t=0 0\r\nm=audio 4000 RTP/AVP 0\r\na=rtcp:0\r\n", NULL,
	  NFH_SIP_OK, NFH_SIP_ERANGE, -1, 0 },
	{ "sdp_missing_c", 0, V4, 0, 0, INVITE_HDRS,
	  "v=0\r\no=- 1 1 IN IP4 192.168.1.2\r\ns=-\r\nt=0 0\r\n"
	  "m=audio 49170 RTP/AVP 0\r\n", NULL,
	  NFH_SIP_OK, NFH_SIP_ENOADDR, -1, 0 },
	{ "sdp_bad_c", 0, V4, 0, 0, INVITE_HDRS,
	  "v=0\r\no=- 1 1 IN IP4 192.168.1.2\r\ns=-\r\nc=IN IP4 192.168.1.300\r\n"
	  "t=0 0\r\nm=audio 49170 RTP/AVP 0\r\n", NULL,
	  NFH_SIP_OK, NFH_SIP_ESDP, -1, 0 },
	{ "sdp_not_v_first", 0, V4, 0, 0, INVITE_HDRS,
	  "o=- 1 1 IN IP4 192.168.1.2\r\nv=0\r\n", NULL,
	  NFH_SIP_OK, NFH_SIP_ESDP, -1, 0 },
	{ "truncated_headers", 0, V4, 1, 0,
	  "INVITE sip:bob@198.51.100.20 SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP 192.168.1.2:5060;branch=z9hG4bK1\r\n"
	  "Call-ID: trunc@x\r\nContent-Le", "", "",
	  NFH_SIP_ETRUNC, NFH_SIP_OK, -1, 0 },
	{ "no_empty_line_udp", 0, V4, 1, 0,
	  "ACK sip:bob@198.51.100.20 SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP 192.168.1.2:5060;branch=z9hG4bK1\r\n", "", "",
	  NFH_SIP_OK, NFH_SIP_OK, -1, 0 },
	{ "no_empty_line_tcp", 1, V4, 1, 0,
	  "ACK sip:bob@198.51.100.20 SIP/2.0\r\n"
	  "Via: SIP/2.0/TCP 192.168.1.2:5060;branch=z9hG4bK1\r\n"
	  "Content-Length: 0\r\n", "", "",
	  NFH_SIP_ETRUNC, NFH_SIP_OK, -1, 0 },
	{ "slipstream_http_body", 1, V4, 1, 0,
	  "POST /form HTTP/1.1\r\nHost: attacker.example\r\n"
	  "Content-Length: 160\r\n\r\n"
	  "REGISTER sip:x SIP/2.0\r\nVia: SIP/2.0/TCP 192.168.1.2:1234;branch=z9hG4bKs\r\n"
	  "Contact: <sip:x@192.168.1.2:1234;transport=TCP>\r\nContent-Length: 0\r\n\r\n",
	  "", "", NFH_SIP_ENOTSIP, NFH_SIP_OK, -1, 0 },
	{ "slipstream_udp", 0, V4, 1, 0,
	  "\x16\x03\x01\x00\xa5REGISTER sip:x SIP/2.0\r\n"
	  "Via: SIP/2.0/UDP 192.168.1.2:1234;branch=z9hG4bKs\r\n\r\n",
	  "", "", NFH_SIP_ENOTSIP, NFH_SIP_OK, -1, 0 },
	{ "junk_before_request", 0, V4, 1, 0,
	  "xyz\r\nREGISTER sip:x SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bKj\r\n\r\n",
	  "", "", NFH_SIP_ENOTSIP, NFH_SIP_OK, -1, 0 },
	{ "status_099", 0, V4, 1, 0, "SIP/2.0 099 Odd\r\n\r\n", "", "",
	  NFH_SIP_ENOTSIP, NFH_SIP_OK, -1, 0 },
	{ "status_two_cr", 0, V4, 1, 0, "SIP/2.0 100\r\r\n\r\n", "", "",
	  NFH_SIP_ENOTSIP, NFH_SIP_OK, -1, 0 },
	{ "status_cr_in_reason", 1, V4, 1, 0,
	  "SIP/2.0 200 O\rK\r\nContent-Length: 0\r\n\r\n", "", "",
	  NFH_SIP_ENOTSIP, NFH_SIP_OK, -1, 0 },
	{ "bare_cr", 0, V4, 1, 0,
	  "OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1\rX: y\r\n\r\n",
	  "", "", NFH_SIP_ESYNTAX, NFH_SIP_OK, -1, 0 },
	{ "fold_first_line", 0, V4, 1, 0,
	  "OPTIONS sip:a@b SIP/2.0\r\n Via: SIP/2.0/UDP 10.0.0.1\r\n\r\n",
	  "", "", NFH_SIP_ESYNTAX, NFH_SIP_OK, -1, 0 },
	{ "dup_call_id", 0, V4, 0, 0,
	  "OPTIONS sip:a@b SIP/2.0\r\nCall-ID: a@x\r\ni: b@x\r\n", "", NULL,
	  NFH_SIP_EDUP, NFH_SIP_OK, -1, 0 },
	{ "too_many_contacts", 0, V4, 0, 0,
	  "REGISTER sip:r SIP/2.0\r\nContact: <sip:a@10.0.0.1>, <sip:a@10.0.0.2>, "
	  "<sip:a@10.0.0.3>, <sip:a@10.0.0.4>, <sip:a@10.0.0.5>, <sip:a@10.0.0.6>, "
	  "<sip:a@10.0.0.7>, <sip:a@10.0.0.8>, <sip:a@10.0.0.9>\r\n", "", NULL,
	  NFH_SIP_ETOOMANY, NFH_SIP_OK, -1, 0 },
	{ "bad_ipv4_host", 0, V4, 0, 0,
	  "OPTIONS sip:a@10.0.0.256 SIP/2.0\r\n", "", NULL,
	  NFH_SIP_ESYNTAX, NFH_SIP_OK, -1, 0 },
	{ "unterminated_bracket", 0, V6, 0, 0,
	  "OPTIONS sip:a@[2001:db8::1 SIP/2.0\r\n", "", NULL,
	  NFH_SIP_ESYNTAX, NFH_SIP_OK, -1, 0 },
	{ "empty", 0, V4, 1, 0, "", "", "", NFH_SIP_ENOTSIP, NFH_SIP_OK, -1, 0 },
};

/* Build vector @v into @out (@cap bytes); returns the length. */
static size_t sip_vec_build(const struct sip_vec *v, u8 *out, size_t cap)
{
	const char *eol = v->lf ? "\n" : "\r\n";
	size_t bl = strlen(v->body);
	int n;

	if (v->raw) {
		n = snprintf((char *)out, cap, "%s", v->hdrs);
	} else if (!v->clen) {
		n = snprintf((char *)out, cap, "%sContent-Length: %zu%s%s%s",
			     v->hdrs, bl, eol, eol, v->body);
	} else {
		n = snprintf((char *)out, cap, "%s%s%s%s", v->hdrs, v->clen,
			     eol, v->body);
	}
	return n < 0 ? 0 : (size_t)n < cap ? (size_t)n : cap - 1;
}

#endif /* _NFH_SIP_VECTORS_H */
