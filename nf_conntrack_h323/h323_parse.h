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
#include "h323_tables.h"	/* enum nfh_h323_msg_id */

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

/* nfh_h323_addr.flags */
#define NFH_H323_A_FASTSTART	0x01	/* inside a fastStart OLC */
#define NFH_H323_A_TUNNEL	0x02	/* inside h245Control or
					 * parallelH245Control
					 */

struct nfh_h323_addr {
	u8 role;		/* enum nfh_h323_role */
	u8 family;		/* AF_INET or AF_INET6 */
	u16 msg;		/* innermost message (enum nfh_h323_msg_id) */
	u16 port;
	u16 addr_off;		/* offset of the 4 or 16 address octets */
	u16 port_off;		/* offset of the 2 port octets (big endian) */
	u8 addr[16];
	/*
	 * lcn: forwardLogicalChannelNumber of the OpenLogicalChannel(Ack)
	 * the address is in; 0: none (not in one).  flags: NFH_H323_A_*.
	 */
	u16 lcn;
	u8 flags;
};

/*
 * nfh_h323_out.flags.  H460_18/19: a feature list (featureSet's
 * needed/desired/supportedFeatures, genericData; Setup's own
 * needed/desired/supportedFeatures) of H323-UU-PDU, Setup, CallProceeding,
 * Connect, Alerting, Progress, Facility, GRQ, GCF, RRQ, RCF, ARQ, ACF, LRQ
 * or LCF names H.460.18 / H.460.19 (GenericIdentifier standard 18 / 19);
 * an id inside a feature's parameters does not count.
 */
#define NFH_H323_O_H460_18	0x01
#define NFH_H323_O_H460_19	0x02
#define NFH_H323_O_KEEPALIVE	0x04	/* RRQ with keepAlive TRUE */
#define NFH_H323_O_TUNNELLING	0x08	/* H323-UU-PDU.h245Tunneling TRUE */
#define NFH_H323_O_CLOSE_MORE	0x10	/* more CloseLogicalChannels than
					 * close_lcn[] holds
					 */

#define NFH_H323_CLOSE_MAX 8

struct nfh_h323_out {
	struct nfh_h323_addr *addr;	/* caller's array ... */
	unsigned int cap;		/* ... of this many entries */
	unsigned int n;			/* entries filled */
	u16 msg;			/* outermost message (enum nfh_h323_msg_id) */
	u8 q931_type;			/* Q.931 message type (TPKT/Q.931) */
	u8 has_uuie;			/* Q.931 carried a User-user IE */
	/*
	 * Q.931 call reference (TPKT/Q.931 only): the value with the flag
	 * bit cleared (0 if none; of a reference longer than H.225.0's two
	 * octets, its last two octets), and the flag (1: sent by the side
	 * that did not originate the call).
	 */
	u16 crv;
	u8 crv_flag;
	u8 flags;		/* NFH_H323_O_* above */
	u32 ttl;		/* RRQ/RCF timeToLive (seconds), 0: absent */
	u16 seqnum;		/* RAS requestSeqNum (the first), 0: none */
	/* Facility-UUIE.reason: FacilityReason index + 1, 0: none */
	u8 facility_reason;	/* enum nfh_h323_facility_reason */
	/*
	 * CloseLogicalChannels, bare or tunnelled: their
	 * forwardLogicalChannelNumbers in close_lcn[0 .. n_close - 1], in
	 * message order; n_close <= NFH_H323_CLOSE_MAX, further ones set
	 * NFH_H323_O_CLOSE_MORE.
	 */
	u8 n_close;
	u16 close_lcn[NFH_H323_CLOSE_MAX];
	/*
	 * OpenLogicalChannel requests, bare or tunnelled (fastStart
	 * proposals are not requests), at most 255.
	 */
	u8 n_open;
};

/* Q.931 message types (nfh_h323_out.q931_type) */
#define NFH_H323_Q931_ALERTING		0x01
#define NFH_H323_Q931_CALL_PROCEEDING	0x02
#define NFH_H323_Q931_PROGRESS		0x03
#define NFH_H323_Q931_SETUP		0x05
#define NFH_H323_Q931_CONNECT		0x07
#define NFH_H323_Q931_RELEASE_COMPLETE	0x5a
#define NFH_H323_Q931_FACILITY		0x62

/* nfh_h323_out.facility_reason: FacilityReason (H.225.0) index + 1 */
enum nfh_h323_facility_reason {
	NFH_H323_FR_NONE,
	NFH_H323_FR_ROUTE_CALL_TO_GATEKEEPER,
	NFH_H323_FR_CALL_FORWARDED,
	NFH_H323_FR_ROUTE_CALL_TO_MC,
	NFH_H323_FR_UNDEFINED_REASON,
	NFH_H323_FR_CONFERENCE_LIST_CHOICE,
	NFH_H323_FR_START_H245,
	NFH_H323_FR_NO_H245,
	NFH_H323_FR_NEW_TOKENS,
	NFH_H323_FR_FEATURE_SET_UPDATE,
	NFH_H323_FR_FORWARDED_ELEMENTS,
	NFH_H323_FR_TRANSPORTED_INFORMATION,
	/* later additions: index + 1 up to 255 */
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

/*
 * What the helper does with an address it found (the kernel glue acts on
 * it, h323dump --explain says it): expect a connection to it, or, for an
 * address that admits none of its own, only tell the far side the
 * translated address on a NATed flow.
 */
enum nfh_h323_use {
	NFH_H323_USE_TRANSLATE,	/* no connection of its own */
	NFH_H323_USE_H245,	/* expect the H.245 connection (TCP) */
	NFH_H323_USE_MEDIA,	/* expect RTP or RTCP (UDP) */
	NFH_H323_USE_T120,	/* expect T.120 (TCP) */
	NFH_H323_USE_CALL,	/* expect a Q.931 call: Facility, ACF, LCF */
	NFH_H323_USE_REGISTER,	/* RRQ: the registration pinhole */
	NFH_H323_USE_MAX,
};

/* Never expected: a port below this one (NAT Slipstreaming 2.0). */
#define NFH_H323_PORT_MIN 1024

enum nfh_h323_use nfh_h323_use(const struct nfh_h323_out *out,
			       const struct nfh_h323_addr *a);

const char *nfh_h323_msg_name(unsigned int msg);
const char *nfh_h323_role_name(unsigned int role);
const char *nfh_h323_use_name(enum nfh_h323_use use);
const char *nfh_h323_result_name(enum nfh_h323_result res);

#endif /* _NFH_H323_PARSE_H */
