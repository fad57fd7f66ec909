/* SPDX-License-Identifier: GPL-2.0 */
/*
 * h323_per.h - bounded ALIGNED-PER (X.691 BASIC-ALIGNED) bit reader and the
 * table format the H.225.0/H.245 decoder walks.
 *
 * A reader covers bits [pos, end) of one buffer.  Positions are absolute bit
 * offsets from the start of the buffer the caller handed in, so a reader
 * narrowed to an open type or to an OCTET STRING still reports offsets
 * relative to the start of the whole message.  Every read checks that the
 * bits lie before end; nothing ever reads past it.
 */
#ifndef _NFH_H323_PER_H
#define _NFH_H323_PER_H

#include "nfh_env.h"

/* Caps (see Documentation/h323.rst). */
#define NFH_PER_MAX_BYTES	65535u	/* largest buffer a reader accepts */
#define NFH_PER_MAX_DEPTH	32	/* nesting of constructed types */
#define NFH_PER_MAX_SEQOF	512	/* elements of one SEQUENCE OF */
#define NFH_PER_MAX_EXT		64	/* extension additions of one type */
#define NFH_PER_MAX_STEPS	20000	/* types decoded per message */

/*
 * What the decoder returns, the PER engine included: NFH_H323_OK (0) or a
 * positive error, named by nfh_h323_result_name() as the counters will
 * print it.  The PER errors come first; the message-level ones follow.
 */
enum nfh_h323_result {
	NFH_H323_OK = 0,
	NFH_H323_ETRUNC,	/* read past the end of the buffer */
	NFH_H323_EFRAG,		/* fragmented length determinant (>= 16K) */
	NFH_H323_ELEN,		/* length outside its constraint */
	NFH_H323_EBIG,		/* value too large (normally small number) */
	NFH_H323_EDEPTH,	/* nesting deeper than NFH_PER_MAX_DEPTH */
	NFH_H323_ECOUNT,	/* SEQUENCE OF longer than NFH_PER_MAX_SEQOF */
	NFH_H323_EEXT,		/* more than NFH_PER_MAX_EXT extensions */
	NFH_H323_ESTEPS,	/* more than NFH_PER_MAX_STEPS types */
	NFH_H323_ECHOICE,	/* CHOICE index out of range */
	NFH_H323_EALIGN,	/* address field not octet-aligned */
	NFH_H323_EFULL,		/* caller's address array is full */
	NFH_H323_ETPKT,		/* bad TPKT header */
	NFH_H323_EQ931,		/* bad Q.931 header or IE list */
	NFH_H323_EUUIE,		/* User-user IE too short or wrong discriminator */
	NFH_H323_RESULT_MAX,
};

struct nfh_per {
	const u8 *buf;
	u32 pos;		/* next bit to read */
	u32 end;		/* first bit not to read */
};

/* Reader over bytes [off, off + len) of buf. */
static inline void nfh_per_init(struct nfh_per *r, const u8 *buf, u32 off,
				u32 len)
{
	r->buf = buf;
	r->pos = off * 8;
	r->end = (off + len) * 8;
}

/* Reader over the next nbytes octets of r; r itself does not move. */
static inline void nfh_per_sub(const struct nfh_per *r, u32 nbytes,
			       struct nfh_per *sub)
{
	sub->buf = r->buf;
	sub->pos = r->pos;
	sub->end = r->pos + nbytes * 8;
}

static inline u32 nfh_per_left(const struct nfh_per *r)
{
	return r->end - r->pos;
}

enum nfh_h323_result nfh_per_bits(struct nfh_per *r, unsigned int n, u32 *val);
enum nfh_h323_result nfh_per_skip(struct nfh_per *r, u32 nbits);
enum nfh_h323_result nfh_per_align(struct nfh_per *r);
int nfh_per_bit_at(const struct nfh_per *r, u32 pos);
enum nfh_h323_result nfh_per_cwn(struct nfh_per *r, u32 range1, u32 *val,
				 u32 *valpos);
enum nfh_h323_result nfh_per_len_unc(struct nfh_per *r, u32 *len);
enum nfh_h323_result nfh_per_nsnn(struct nfh_per *r, u32 *val);
enum nfh_h323_result nfh_per_nslen(struct nfh_per *r, u32 *len);
enum nfh_h323_result nfh_per_open(struct nfh_per *r, struct nfh_per *sub);

/* ------------------------------------------------------------ tables -- */

enum nfh_per_kind {
	NFH_PER_NULL,
	NFH_PER_BOOL,
	NFH_PER_INT,
	NFH_PER_ENUM,
	NFH_PER_OCTETS,
	NFH_PER_BITS,
	NFH_PER_CHARS,
	NFH_PER_OID,
	NFH_PER_OPEN,
	NFH_PER_SEQ,
	NFH_PER_SEQOF,
	NFH_PER_CHOICE,
};

/* nfh_per_type.flags */
#define NFH_PER_F_EXT	0x01	/* extension marker in SEQUENCE/CHOICE/ENUM */
#define NFH_PER_F_VEXT	0x02	/* value or size constraint is extensible */
#define NFH_PER_F_UB	0x04	/* ub is set (else (semi-)unconstrained) */

/*
 * One ASN.1 type.  INT: [lb, ub] is the range (lb is 0 and ub is
 * upper - lower when the lower bound is negative: the value is then only
 * known as an offset).
 * OCTETS/BITS/CHARS/SEQOF: [lb, ub] is the SIZE constraint.  SEQ/CHOICE:
 * nmemb members from nfh_h323_members[first], the first nroot of them in the
 * root.  SEQOF: first is the element type.  ENUM: nroot root items.
 */
struct nfh_per_type {
	u8 kind;
	u8 flags;
	u8 cbits;		/* CHARS: aligned bits per character */
	u8 nopt;		/* SEQ: OPTIONAL/DEFAULT root members */
	u16 nroot;
	u16 nmemb;
	u16 first;
	u32 lb;
	u32 ub;
};

/* nfh_per_member.flags */
#define NFH_PER_M_OPT	0x01	/* OPTIONAL or DEFAULT (root members) */
#define NFH_PER_M_STOP	0x02	/* nothing of interest follows: stop here */

#define NFH_H323_T_SKIP	0xffff	/* member not decoded (skipped open type) */

struct nfh_per_member {
	u16 type;		/* index in nfh_h323_types or NFH_H323_T_SKIP */
	u8 flags;
	u8 act;			/* enum nfh_h323_act */
	u16 msg;		/* message name index, 0 if none */
};

/* Member actions, set by the table generator. */
enum nfh_h323_act {
	NFH_H323_ACT_NONE,
	NFH_H323_ACT_ROLE_H245,
	NFH_H323_ACT_ROLE_RTP,
	NFH_H323_ACT_ROLE_RTCP,
	NFH_H323_ACT_ROLE_T120,
	NFH_H323_ACT_ROLE_CS,
	NFH_H323_ACT_ROLE_RAS,
	NFH_H323_ACT_AS_OLC,	/* OCTET STRINGs below hold an OpenLogicalChannel */
	NFH_H323_ACT_AS_MSCM,	/* ... a MultimediaSystemControlMessage */
	NFH_H323_ACT_IP4,	/* IPv4 address SEQUENCE */
	NFH_H323_ACT_IP6,	/* IPv6 address SEQUENCE */
	NFH_H323_ACT_ADDR,	/* its address OCTET STRING */
	NFH_H323_ACT_PORT,	/* its port INTEGER */
	/* message facts (h323_parse.h, tools/h323gen ANNOTATE) */
	NFH_H323_ACT_LCN,	/* OLC(Ack).forwardLogicalChannelNumber */
	NFH_H323_ACT_CLOSE_LCN,	/* CloseLogicalChannel's: the close list */
	NFH_H323_ACT_TTL,	/* RRQ/RCF timeToLive */
	NFH_H323_ACT_KEEPALIVE,	/* RRQ keepAlive */
	NFH_H323_ACT_TUNNELLING,	/* H323-UU-PDU.h245Tunneling */
	NFH_H323_ACT_SEQNUM,	/* RAS requestSeqNum */
	NFH_H323_ACT_REASON,	/* Facility-UUIE.reason (FacilityReason) */
	NFH_H323_ACT_FEATURES,	/* GenericData below name features */
	NFH_H323_ACT_FEAT_ID,	/* GenericData.id: a feature's name */
	NFH_H323_ACT_FEAT_PARAMS,	/* GenericData.parameters: no names */
	NFH_H323_ACT_STD_ID,	/* GenericIdentifier.standard */
	NFH_H323_ACT_KEEP,	/* nothing (the alternative is walked) */
	NFH_H323_ACT_NEST,	/* EnumeratedParameter.content: at most
				 * NFH_H323_PARAM_NEST_MAX deep
				 */
};

#endif /* _NFH_H323_PER_H */
