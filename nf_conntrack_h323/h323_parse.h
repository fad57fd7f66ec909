/* SPDX-License-Identifier: GPL-2.0 */
/*
 * h323_parse.h - H.323 message decoder: TPKT, Q.931 with the H.225.0 User-user
 * information element, H.225.0 RAS and H.245, reduced to the list of
 * transport addresses a NAT helper has to see, with their byte offsets.
 *
 * All offsets are relative to the start of the buffer handed in: the TPKT
 * header for call signalling and H.245 over TCP, the UDP payload for RAS,
 * the first PER octet for a bare H.245 message.
 */
#ifndef _NFH_H323_PARSE_H
#define _NFH_H323_PARSE_H

#include "nfh_env.h"
#include "h323_per.h"

enum nfh_h323_role {
	NFH_H323_ROLE_NONE,
	NFH_H323_ROLE_H245,	/* H.245 listener (h245Address) */
	NFH_H323_ROLE_RTP,	/* mediaChannel */
	NFH_H323_ROLE_RTCP,	/* mediaControlChannel */
	NFH_H323_ROLE_T120,	/* separateStack (T.120) */
	NFH_H323_ROLE_CS,	/* call signalling */
	NFH_H323_ROLE_RAS,	/* RAS */
	NFH_H323_ROLE_MAX,
};

struct nfh_h323_addr {
	u8 role;		/* enum nfh_h323_role */
	u8 family;		/* AF_INET or AF_INET6 */
	u16 msg;		/* innermost message (nfh_h323_msg_name()) */
	u16 port;
	u16 addr_off;		/* offset of the 4 or 16 address octets */
	u16 port_off;		/* offset of the 2 port octets (big endian) */
	u8 addr[16];
};

struct nfh_h323_out {
	struct nfh_h323_addr *addr;	/* caller's array ... */
	unsigned int cap;		/* ... of this many entries */
	unsigned int n;			/* entries filled */
	u16 msg;			/* outermost message */
	u8 q931_type;			/* Q.931 message type (TPKT/Q.931) */
	u8 has_uuie;			/* Q.931 carried a User-user IE */
};

/*
 * Results: every function returns enum nfh_h323_result (h323_per.h, shared
 * with the PER engine), NFH_H323_OK or a positive NFH_H323_E* error, named
 * by nfh_h323_result_name() as FTP and SIP name theirs.
 *
 * TPKT framing: *tpkt_len is the length of the TPKT packet at buf (header
 * included), or 0 when more bytes are needed; the result says whether the
 * header is valid.  A length travels beside the result, never inside it,
 * so that a result means the same in every function.
 */
enum nfh_h323_result nfh_h323_tpkt_len(const u8 *buf, unsigned int len,
				       unsigned int *tpkt_len);

/* buf/len: one whole TPKT packet (as nfh_h323_tpkt_len() measured it). */
enum nfh_h323_result nfh_h323_parse_q931(const u8 *buf, unsigned int len,
					 struct nfh_h323_out *out);
enum nfh_h323_result nfh_h323_parse_h245_tpkt(const u8 *buf, unsigned int len,
					      struct nfh_h323_out *out);
/* buf/len: a RAS message (UDP payload) or a bare H.245 PER message. */
enum nfh_h323_result nfh_h323_parse_ras(const u8 *buf, unsigned int len,
					struct nfh_h323_out *out);
enum nfh_h323_result nfh_h323_parse_h245(const u8 *buf, unsigned int len,
					 struct nfh_h323_out *out);

const char *nfh_h323_msg_name(unsigned int msg);
const char *nfh_h323_role_name(unsigned int role);
const char *nfh_h323_result_name(enum nfh_h323_result res);

#endif /* _NFH_H323_PARSE_H */
