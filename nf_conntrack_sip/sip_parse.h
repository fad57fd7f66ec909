/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sip_parse.h - SIP/SDP parse core and NAT edit planner (kernel and
 * userspace).
 *
 * Pure functions over (buf, len, family).  They never allocate, never see an
 * skb or a conntrack, and never read past the length they are given.  Every
 * position they report is a byte offset into the buffer they were given.
 *
 *	nfh_sip_tcp_frame()	length of the first message in a TCP stream
 *	nfh_sip_tcp_resync()	the first whole message of a stream met midway
 *	nfh_sip_parse()		one SIP message (UDP datagram or TCP frame)
 *	nfh_sip_sdp_parse()	its SDP body into a caller-provided media array
 *	nfh_sip_plan()		the NAT rewrite as a sorted list of edits
 *	nfh_sip_apply()		those edits applied into a caller buffer
 *
 * See Documentation/sip.rst for the grammar accepted and the rewrite rules.
 */
#ifndef _NFH_SIP_PARSE_H
#define _NFH_SIP_PARSE_H

#include "nfh_text.h"

/* Capacities: a message with more than this is refused, never half-read. */
#define NFH_SIP_VIA_MAX		8	/* Via entries kept (all are counted) */
#define NFH_SIP_CONTACT_MAX	8	/* Contact entries, more: ETOOMANY */
#define NFH_SIP_MSG_MAX		65535	/* largest message nfh_sip_parse() takes */
#define NFH_SIP_TCP_CAP		65535	/* default TCP message cap */
#define NFH_SIP_PORT_COUNT_MAX	64	/* m=<media> <port>/<count> */
#define NFH_SIP_MAP_MAX		2	/* address mappings in one translation */
#define NFH_SIP_DEFAULT_PORT	5060
#define NFH_SIP_DEFAULT_TLS_PORT 5061

/* Outcome of every function; each error is a reason a counter names. */
enum nfh_sip_result {
	NFH_SIP_OK = 0,
	NFH_SIP_INCOMPLETE,	/* TCP: the message is not complete yet */
	NFH_SIP_KEEPALIVE,	/* CR LF keep-alive (RFC 5626), not a message */
	NFH_SIP_ENOTSIP,	/* does not start with a SIP request/status line */
	NFH_SIP_ESYNTAX,	/* malformed header, URI, host or parameter */
	NFH_SIP_ERANGE,		/* port 0 or > 65535, port count out of range */
	NFH_SIP_ECLEN,		/* Content-Length not a number below 2^32 */
	NFH_SIP_EBODYLEN,	/* body length differs from Content-Length */
	NFH_SIP_ENOCLEN,	/* TCP message without Content-Length */
	NFH_SIP_ETOOLONG,	/* message larger than the cap */
	NFH_SIP_ETRUNC,		/* header section ends before its empty line */
	NFH_SIP_EDUP,		/* single-valued header repeated */
	NFH_SIP_ETOOMANY,	/* more Contacts or m= lines than capacity */
	NFH_SIP_ESDP,		/* malformed SDP line */
	NFH_SIP_ENOADDR,	/* active m= line with no c= at either level */
	NFH_SIP_ENOSPC,		/* planner: edit list or replacement buffer full */
	NFH_SIP_EPORTMAP,	/* planner: no usable new port for a media line */
	NFH_SIP_EPLAN,		/* apply: edit list not sorted or out of bounds */
	NFH_SIP_RESULT_MAX,
};

enum nfh_sip_transport {
	NFH_SIP_UDP = 0,	/* one datagram is one message */
	NFH_SIP_TCP = 1,	/* Content-Length mandatory, defines the end */
};

enum nfh_sip_method {
	NFH_SIP_M_NONE = 0,	/* a response, or no CSeq */
	NFH_SIP_M_OTHER,	/* a method the helper does not know */
	NFH_SIP_M_INVITE,
	NFH_SIP_M_ACK,
	NFH_SIP_M_BYE,
	NFH_SIP_M_CANCEL,
	NFH_SIP_M_REGISTER,
	NFH_SIP_M_OPTIONS,
	NFH_SIP_M_PRACK,
	NFH_SIP_M_UPDATE,
	NFH_SIP_M_SUBSCRIBE,
	NFH_SIP_M_NOTIFY,
	NFH_SIP_M_REFER,
	NFH_SIP_M_MESSAGE,
	NFH_SIP_M_INFO,
	NFH_SIP_M_PUBLISH,
	NFH_SIP_M_MAX,
};

enum nfh_sip_scheme {
	NFH_SIP_URI_OTHER = 0,	/* tel:, urn:, ...: no host */
	NFH_SIP_URI_SIP,
	NFH_SIP_URI_SIPS,
};

enum nfh_sip_vtransport {
	NFH_SIP_VT_OTHER = 0, NFH_SIP_VT_UDP, NFH_SIP_VT_TCP, NFH_SIP_VT_TLS,
	NFH_SIP_VT_SCTP, NFH_SIP_VT_WS, NFH_SIP_VT_WSS,
};

/* A byte range of the message. */
struct nfh_sip_tok {
	u32 off;
	u32 len;
};

/*
 * host[:port].  The host token of an IPv6 reference excludes its brackets,
 * so a rewrite never touches them.  family is 0 for a host name.
 */
struct nfh_sip_hostport {
	struct nfh_sip_tok host;
	struct nfh_sip_tok port;	/* the digits; len 0: no port given */
	u16 port_val;			/* the port given, 0 if none */
	u8 family;			/* AF_INET, AF_INET6, 0 (a name) */
	u8 bracketed;			/* [v6] */
	u8 bare_v6;			/* IPv6 without the brackets it needs */
	u8 addr[16];			/* network order; IPv4 in addr[0..3] */
};

struct nfh_sip_uri {
	struct nfh_sip_tok text;	/* the whole URI, no angle brackets */
	u8 scheme;			/* enum nfh_sip_scheme */
	u8 has_host;			/* sip: and sips: only */
	struct nfh_sip_hostport hp;
};

struct nfh_sip_via {
	u8 transport;			/* enum nfh_sip_vtransport */
	u8 has_received, has_rport, has_maddr;
	struct nfh_sip_hostport sent_by;
	struct nfh_sip_hostport received;	/* host only */
	struct nfh_sip_tok rport;	/* the digits; len 0: bare "rport" */
	u16 rport_val;
	struct nfh_sip_hostport maddr;	/* host only */
	struct nfh_sip_tok branch;	/* len 0: none */
};

struct nfh_sip_contact {
	struct nfh_sip_uri uri;
	u8 has_expires;
	u32 expires;			/* saturates at 2^32 - 1 */
};

struct nfh_sip_msg {
	u8 family;			/* as given to nfh_sip_parse() */
	u8 transport;			/* enum nfh_sip_transport */
	u8 is_request;
	u8 method;			/* enum nfh_sip_method (requests) */
	struct nfh_sip_uri ruri;	/* requests */
	u16 status;			/* responses: 100..699 */

	u16 n_via;			/* Via entries stored ... */
	u16 via_total;			/* ... and seen */
	struct nfh_sip_via via[NFH_SIP_VIA_MAX];
	u8 contact_star;		/* Contact: * */
	u16 n_contact;
	struct nfh_sip_contact contact[NFH_SIP_CONTACT_MAX];
	u8 has_from, has_to, has_callid, has_cseq, has_clen, has_expires;
	struct nfh_sip_uri from, to;
	struct nfh_sip_tok callid;
	u32 cseq;
	u8 cseq_method;			/* enum nfh_sip_method */
	struct nfh_sip_tok cseq_tok;	/* the whole CSeq value */
	u32 clen;
	struct nfh_sip_tok clen_tok;	/* the digits */
	struct nfh_sip_tok ctype;	/* the Content-Type value, len 0: none */
	u8 body_is_sdp;			/* application/sdp, or no type and "v=" */
	u32 expires;
	u16 n_record_route;
	u16 n_headers;
	u8 folded;			/* some header used line folding */

	u32 body_off;			/* first byte after the empty line */
	u32 body_len;
	u32 msg_len;			/* body_off + body_len */
};

/* ---- SDP ---- */

enum nfh_sip_media_type {
	NFH_SIP_MEDIA_OTHER = 0, NFH_SIP_MEDIA_AUDIO, NFH_SIP_MEDIA_VIDEO,
	NFH_SIP_MEDIA_IMAGE, NFH_SIP_MEDIA_APPLICATION, NFH_SIP_MEDIA_TEXT,
	NFH_SIP_MEDIA_MESSAGE,
};

enum nfh_sip_direction {
	NFH_SIP_SENDRECV = 0, NFH_SIP_SENDONLY, NFH_SIP_RECVONLY,
	NFH_SIP_INACTIVE,
};

/* a=candidate types seen (bits) */
#define NFH_SIP_CAND_HOST	0x01
#define NFH_SIP_CAND_SRFLX	0x02
#define NFH_SIP_CAND_RELAY	0x04
#define NFH_SIP_CAND_PRFLX	0x08

/* An address as SDP gives it: c=, o=, a=rtcp. */
struct nfh_sip_sdp_addr {
	struct nfh_sip_tok tok;		/* the address text, len 0: none */
	u8 family;			/* AF_INET, AF_INET6, 0 (a name) */
	u8 addr[16];
};

struct nfh_sip_media {
	u8 type;			/* enum nfh_sip_media_type */
	u8 direction;			/* enum nfh_sip_direction, effective */
	u8 rtcp_mux, rtcp_explicit, disabled;
	u8 cand_types;			/* NFH_SIP_CAND_* */
	u16 n_candidates;
	struct nfh_sip_tok proto, fmts;
	u16 port;			/* 0: disabled */
	u16 port_count;			/* 1 unless <port>/<count> */
	struct nfh_sip_tok port_tok;
	struct nfh_sip_sdp_addr c;	/* media-level c=, tok.len 0: none */
	struct nfh_sip_sdp_addr rtp;	/* effective: media or session c= */
	u16 rtcp_port;			/* a=rtcp, or port + 1 (port if mux) */
	struct nfh_sip_tok rtcp_port_tok;	/* a=rtcp digits */
	struct nfh_sip_sdp_addr rtcp_addr;	/* a=rtcp address, if given */
};

struct nfh_sip_sdp {
	/* set by the caller */
	struct nfh_sip_media *media;
	unsigned int media_cap;
	/* results */
	unsigned int n_media;
	u8 direction;			/* session level */
	struct nfh_sip_sdp_addr o;	/* o= unicast address */
	struct nfh_sip_sdp_addr c;	/* session-level c= */
};

/* ---- edit planner ---- */

/* One address (and port) translation: old -> new. */
struct nfh_sip_map {
	u8 family;
	u8 old_addr[16];
	u16 old_port;		/* 0: any port matches */
	u8 new_addr[16];
	u16 new_port;		/* 0: keep the port */
};

/* New ports for one m= line, indexed like nfh_sip_sdp.media. */
struct nfh_sip_media_ports {
	u16 rtp;		/* 0: keep */
	u16 rtcp;		/* 0: rtp + 1 when the old a=rtcp was port + 1 */
};

/* What may be rewritten (bits of nfh_sip_xlat.classes). */
#define NFH_SIP_X_RURI		0x001	/* Request-URI host:port */
#define NFH_SIP_X_VIA		0x002	/* topmost Via sent-by and maddr */
#define NFH_SIP_X_VIA_RECEIVED	0x004	/* topmost Via received=, rport= */
#define NFH_SIP_X_CONTACT	0x008	/* every Contact host:port */
#define NFH_SIP_X_FROM		0x010
#define NFH_SIP_X_TO		0x020
#define NFH_SIP_X_SDP_ADDR	0x040	/* o=, c=, a=rtcp address */
#define NFH_SIP_X_SDP_PORT	0x080	/* m= and a=rtcp ports */

/* nfh_sip_xlat.flags */
#define NFH_SIP_XF_NO_BYPASS	0x01	/* rewrite even NAT-aware endpoints */

struct nfh_sip_xlat {
	struct nfh_sip_map map[NFH_SIP_MAP_MAX];
	unsigned int n_map;
	const struct nfh_sip_media_ports *media;	/* may be NULL */
	unsigned int n_media;
	u32 classes;
	u32 flags;
};

/* Why tokens were left alone (bits of nfh_sip_plan.bypass). */
#define NFH_SIP_BYPASS_ICE		0x01	/* media with a=candidate */
#define NFH_SIP_BYPASS_SDP_PUBLIC	0x02	/* SDP already public */
#define NFH_SIP_BYPASS_CONTACT_PUBLIC	0x04	/* Contact already public */
#define NFH_SIP_BYPASS_VIA_PUBLIC	0x08	/* Via already public */

enum nfh_sip_edit_kind {
	NFH_SIP_EK_HOST = 0,	/* a SIP header or URI host */
	NFH_SIP_EK_PORT,	/* a SIP port (or ":port" inserted) */
	NFH_SIP_EK_SDP_ADDR,
	NFH_SIP_EK_SDP_PORT,
	NFH_SIP_EK_CLEN,
};

struct nfh_sip_edit {
	u32 off, len;		/* the bytes replaced; len 0: an insertion */
	u32 roff, rlen;		/* the replacement, in nfh_sip_plan.rbuf */
	u8 kind;		/* enum nfh_sip_edit_kind */
};

/*
 * Enough room for any plan of a message with @n_media m= lines: Request-URI
 * 2 (host, port), topmost Via 5 (host, port, maddr, received, rport),
 * Contacts 2 each, From 2, To 2, o= 1, session c= 1, per media line 4
 * (c=, port, a=rtcp port and address), Content-Length 1; each replacement
 * at most "[" IPv6 "]:" port.
 */
#define NFH_SIP_EDITS_MAX(n_media) \
	(2 + 5 + 2 * NFH_SIP_CONTACT_MAX + 2 + 2 + 2 + 4 * (n_media) + 1)
#define NFH_SIP_REPL_MAX	(NFH_TEXT_ADDR_MAX + 8)
#define NFH_SIP_RBUF_MAX(n_media) \
	(NFH_SIP_EDITS_MAX(n_media) * NFH_SIP_REPL_MAX)

struct nfh_sip_plan {
	/* set by the caller */
	struct nfh_sip_edit *edit;
	unsigned int edit_cap;
	u8 *rbuf;
	size_t rbuf_cap;
	/* results */
	unsigned int n_edit;
	size_t rbuf_len;
	u32 bypass;		/* NFH_SIP_BYPASS_* */
	u16 n_bypassed;		/* tokens left alone for a bypass */
	long delta;		/* new length - old length */
};

/* ---- functions ---- */

/*
 * Length in *flen of the first message (start line, headers, Content-Length
 * body) in the TCP stream bytes @buf; at most @cap bytes (0: NFH_SIP_TCP_CAP).
 * Returns OK, KEEPALIVE (*flen CR/LF bytes to skip), INCOMPLETE (*flen the
 * whole message's length once its header section has arrived, else 0), or
 * an error:
 * ENOTSIP as soon as the first bytes cannot begin a SIP start line, ENOCLEN,
 * ECLEN, EDUP, ETOOLONG, ESYNTAX.
 */
enum nfh_sip_result nfh_sip_tcp_frame(const u8 *buf, size_t len, size_t cap,
				      size_t *flen);

/*
 * Where to resume a TCP stream met in the middle (synced from another
 * router, or a helper attached after the connection started): the offset
 * in @buf of the first whole message, or 0 when @buf begins with one whose
 * rest is to come; -1 when there is neither.
 */
long nfh_sip_tcp_resync(const u8 *buf, size_t len);

/*
 * Parse one whole message: a UDP payload, or a TCP frame found by
 * nfh_sip_tcp_frame().  @family is the connection's (AF_INET or AF_INET6).
 */
enum nfh_sip_result nfh_sip_parse(const u8 *buf, size_t len, u8 family,
				  enum nfh_sip_transport transport,
				  struct nfh_sip_msg *m);

/* Parse the SDP in buf[off, end) into @s (media array set by the caller). */
enum nfh_sip_result nfh_sip_sdp_parse(const u8 *buf, size_t off, size_t end,
				      u8 family, struct nfh_sip_sdp *s);

/* The classes the in-tree helper rewrites for this message. */
u32 nfh_sip_default_classes(const struct nfh_sip_msg *m);

/* Whose address media line @md names (decides which expectation is made). */
enum nfh_sip_media_to {
	NFH_SIP_TO_SENDER = 0,	/* the sender's own */
	NFH_SIP_TO_PUBLIC,	/* the router's public address (STUN) */
	NFH_SIP_TO_OTHER,	/* a third host: sip_direct_media refuses it */
};

/*
 * @sender and @public: the sender's address and the address the far side
 * sees it as (4 or 16 bytes of @family); @nat: the flow is translated.
 */
enum nfh_sip_media_to nfh_sip_media_to(const struct nfh_sip_media *md,
				       u8 family, const u8 *sender,
				       const u8 *public, bool nat);

/*
 * Why media line @md of a message translated by @x is left alone
 * (NFH_SIP_BYPASS_ICE or _SDP_PUBLIC), 0 when it is not: the NAT-aware
 * bypass, decided here only (the planner and the kernel glue ask it).
 */
u32 nfh_sip_media_bypass(const struct nfh_sip_xlat *x,
			 const struct nfh_sip_media *md);

/*
 * Plan the rewrite of message @m (and its SDP @s, may be NULL) by @x into
 * @p: edits sorted by offset, non-overlapping, Content-Length included.
 */
enum nfh_sip_result nfh_sip_plan(const struct nfh_sip_msg *m,
				 const struct nfh_sip_sdp *s,
				 const struct nfh_sip_xlat *x,
				 struct nfh_sip_plan *p);

/* buf[0, len) with the edits of @p applied into @out (@cap bytes). */
enum nfh_sip_result nfh_sip_apply(const u8 *buf, size_t len,
				  const struct nfh_sip_plan *p, u8 *out,
				  size_t cap, size_t *out_len);

const char *nfh_sip_result_name(enum nfh_sip_result res);

#endif /* _NFH_SIP_PARSE_H */
