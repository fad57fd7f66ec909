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
#ifndef _NFH_H323_H
#define _NFH_H323_H

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

/* Message-level errors, after the PER ones of enum nfh_per_err. */
enum nfh_h323_err {
	NFH_H323_E_TPKT = 32,	/* bad TPKT header */
	NFH_H323_E_Q931,	/* bad Q.931 header or IE list */
	NFH_H323_E_UUIE,	/* User-user IE too short or wrong discriminator */
	NFH_H323_E_MAX,
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
 * TPKT framing: returns the length of the TPKT packet at buf (header
 * included), 0 if more bytes are needed, or a negative error.
 */
int nfh_h323_tpkt_len(const u8 *buf, unsigned int len);

/* buf/len: one whole TPKT packet (as nfh_h323_tpkt_len() measured it). */
int nfh_h323_parse_q931(const u8 *buf, unsigned int len,
			struct nfh_h323_out *out);
int nfh_h323_parse_h245_tpkt(const u8 *buf, unsigned int len,
			     struct nfh_h323_out *out);
/* buf/len: a RAS message (UDP payload) or a bare H.245 PER message. */
int nfh_h323_parse_ras(const u8 *buf, unsigned int len,
		       struct nfh_h323_out *out);
int nfh_h323_parse_h245(const u8 *buf, unsigned int len,
			struct nfh_h323_out *out);

const char *nfh_h323_msg_name(unsigned int msg);
const char *nfh_h323_role_name(unsigned int role);
const char *nfh_h323_strerror(int err);

#endif /* _NFH_H323_H */
