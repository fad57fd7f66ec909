/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sip_glue.h - what the kernel glue files of nf_conntrack_sip share: the
 * per-connection state, the message scratch space, the packet being
 * handled, the counters and the module parameters.
 *
 *	sip_conntrack.c	module, parameters, counters, help() entry, UDP
 *	sip_tcp.c	TCP framing, holding split messages (nfh_hold)
 *	sip_message.c	one message: parse, method table, expect, rewrite
 *	sip_expect.c	media expectations, removing them
 *	sip_register.c	REGISTER pinholes
 *	sip_nat.c	translation (mappings for the planner), mangling
 */
#ifndef _NFH_SIP_GLUE_H
#define _NFH_SIP_GLUE_H

#include <linux/skbuff.h>
#include <linux/tcp.h>
#include <net/netfilter/nf_conntrack.h>
#include <net/netfilter/nf_conntrack_expect.h>
#include "nfh_core.h"
#include "nfh_sip.h"
#include "sip_parse.h"

#define NFH_SIP_MEDIA_MAX	16	/* m= lines looked at per message */
#define NFH_SIP_FRAMES_MAX	32	/* TCP messages handled per segment */

/* Module parameters (sip_conntrack.c). */
extern int nfh_sip_direct_signalling;
extern int nfh_sip_direct_media;
extern int nfh_sip_external_media;
extern bool nfh_sip_nat_aware_bypass;
extern unsigned int nfh_sip_expect_max_per_src;
extern bool nfh_sip_reannounce;

enum nfh_sip_counter {
	NFH_SIP_C_MESSAGES,
	NFH_SIP_C_REQUESTS,
	NFH_SIP_C_RESPONSES,
	NFH_SIP_C_KEEPALIVES,
	NFH_SIP_C_REWRITTEN,
	NFH_SIP_C_BYPASS_ICE,
	NFH_SIP_C_BYPASS_SDP_PUBLIC,
	NFH_SIP_C_BYPASS_CONTACT_PUBLIC,
	NFH_SIP_C_BYPASS_VIA_PUBLIC,
	NFH_SIP_C_EXPECT_MEDIA,
	NFH_SIP_C_EXPECT_SIGNALLING,
	NFH_SIP_C_REGISTER_ACTIVE,
	NFH_SIP_C_EXPECT_REMOVED,
	NFH_SIP_C_EXPECT_FAILED,
	NFH_SIP_C_MEDIA_SKIPPED,
	NFH_SIP_C_NOT_SIP,
	NFH_SIP_C_TCP_HELD,
	NFH_SIP_C_TCP_JOINED,
	NFH_SIP_C_TCP_UNALIGNED,
	NFH_SIP_C_TCP_RESUMED,
	NFH_SIP_C_TCP_GAVE_UP,
	NFH_SIP_C_DROP_NOMEM,
	NFH_SIP_C_DROP_NAT,
	NFH_SIP_C_RETRANSMISSIONS,
	NFH_SIP_C_HELD_ACKED,
	NFH_SIP_C_HELD_LOST,
	NFH_SIP_C_REFUSED_SRC,
	NFH_SIP_C_ERR_BASE,	/* error_<reason>, indexed by nfh_sip_result */
	NFH_SIP_C_MAX = NFH_SIP_C_ERR_BASE + NFH_SIP_RESULT_MAX,
};

void nfh_sip_count(const struct nf_conn *ct, unsigned int c);
/* Count @c and, with log_refused=1, log @what. */
void nfh_sip_note(const struct nf_conn *ct, unsigned int c, const char *what);
/* Count (and log) a parse core error. */
void nfh_sip_error(const struct nf_conn *ct, enum nfh_sip_result r);
/*
 * @exp (and @pair) registered: charge them to the source (nfh_src_charge()),
 * or take them back and count the refusal.
 */
bool nfh_sip_src_admit(struct nf_conn *ct, struct nf_conntrack_expect *exp,
		       struct nf_conntrack_expect *pair);
void nfh_sip_src_settle(struct nf_conn *ct);

/* Per-connection state in the conntrack helper area (32 bytes). */
struct nfh_sip_ct {
	u32 next_seq[IP_CT_DIR_MAX];	/* TCP: where the next message starts */
	u32 last_start[IP_CT_DIR_MAX];	/* TCP: last segment parsed from its start */
	u32 register_cseq;		/* CSeq of the pending REGISTER */
	u16 max_seg[IP_CT_DIR_MAX];	/* TCP: largest segment seen */
	u8 refused;			/* TCP: bit per direction: a message
					 * over the hold bound, every later
					 * segment dropped
					 */
	u8 synced;			/* TCP: bit per direction */
	u8 flags;
	u8 src_charged;			/* counted against its source */
	u16 last_msg[IP_CT_DIR_MAX];	/* hash of the last message each way */
};

#define NFH_SIP_F_STOPPED	0x01	/* never inspected again */
#define NFH_SIP_F_SIGNALLING	0x02	/* created by a REGISTER pinhole */
#define NFH_SIP_F_REGISTER	0x04	/* register_cseq is valid */
#define NFH_SIP_F_HOLDS		0x08	/* TCP: may have hold slots */
#define NFH_SIP_F_ANNOUNCE	0x10	/* expectations made while unconfirmed */
/*
 * TCP: the SYN of a direction was seen, so its first bytes begin the
 * stream; without it the connection was met in the middle (committed from
 * another router by conntrackd, or a helper attached late).
 */
#define NFH_SIP_F_SYN(dir)	(0x20 << (dir))

/*
 * Scratch space for one message.  Too big for the stack; parsing is
 * serialised by the module's lock, so one copy is enough.
 */
struct nfh_sip_scratch {
	struct nfh_sip_msg msg;
	struct nfh_sip_sdp sdp;
	struct nfh_sip_media media[NFH_SIP_MEDIA_MAX];
	struct nfh_sip_media_ports mports[NFH_SIP_MEDIA_MAX];
	struct nfh_sip_xlat xlat;
	struct nfh_sip_plan plan;
	struct nfh_sip_edit edit[NFH_SIP_EDITS_MAX(NFH_SIP_MEDIA_MAX)];
	u8 rbuf[NFH_SIP_RBUF_MAX(NFH_SIP_MEDIA_MAX)];
	u32 frame_off[NFH_SIP_FRAMES_MAX];
	u32 frame_len[NFH_SIP_FRAMES_MAX];
	/* a rewritten span: at most a whole message plus what edits add */
	u8 span[NFH_SIP_MSG_MAX + NFH_SIP_RBUF_MAX(NFH_SIP_MEDIA_MAX)];
};

/*
 * One scratch per CPU (nfh_percpu.c): nfh_sip_sc() is this CPU's, valid
 * on the packet path, under nfh_ct_lock() with bottom halves off.
 */
extern void * __percpu *nfh_sip_scratch_area;

static inline struct nfh_sip_scratch *nfh_sip_sc(void)
{
	return nfh_scratch_this(nfh_sip_scratch_area);
}

/*
 * Where the messages of a held stretch go once read: rewritten (or copied
 * as they are) one after the other into buf, not into the packet.
 */
struct nfh_sip_out {
	u8 *buf;
	u32 len, cap;
	bool done;	/* the last message was written by its rewrite */
};

/* What one call to the helper works on. */
struct nfh_sip_pkt {
	struct sk_buff *skb;
	struct nf_conn *ct;
	enum ip_conntrack_info ctinfo;
	unsigned int protoff, dataoff;
	const u8 *data;			/* the payload, or held bytes */
	struct nfh_sip_out *out;	/* NULL: rewrite the packet */
	int dir;
	u8 family, l4proto;
	const struct nfh_nat_ops *nat;	/* NULL: no NAT on this flow */
	/* after the locks: acknowledge held bytes to the sender */
	bool ack;
	u32 ack_seq, ack_to;
};

static inline void nfh_sip_addr_from(union nf_inet_addr *a, u8 family,
				     const u8 *bytes)
{
	memset(a, 0, sizeof(*a));
	memcpy(a, bytes, nfh_addr_len(family));
}

/* sip_message.c: the message at @off (@len bytes) of the payload */
bool nfh_sip_message(const struct nfh_sip_pkt *pk, u32 off, u32 len,
		     int *delta);

/* sip_tcp.c */
int nfh_sip_tcp(struct nfh_sip_pkt *pk, const struct tcphdr *th);
void nfh_sip_tcp_destroy(struct nf_conn *ct);
void nfh_sip_tcp_fini(void);

/* sip_expect.c */
unsigned int nfh_sip_flush(struct nf_conn *ct, bool media);
unsigned int nfh_sip_flush_moved(const struct nfh_sip_pkt *pk,
				 const struct nfh_sip_sdp *s);
void nfh_sip_expect_media(const struct nfh_sip_pkt *pk,
			  const struct nfh_sip_media *md,
			  struct nfh_sip_media_ports *mp, bool bypassed);

/* sip_register.c */
void nfh_sip_register(const struct nfh_sip_pkt *pk,
		      const struct nfh_sip_msg *m);
void nfh_sip_register_answer(const struct nfh_sip_pkt *pk,
			     const struct nfh_sip_msg *m);

/* sip_nat.c */
void nfh_sip_build_xlat(const struct nfh_sip_pkt *pk,
			struct nfh_sip_xlat *x);
bool nfh_sip_mangle(const struct nfh_sip_pkt *pk, const u8 *buf, u32 off);

#endif /* _NFH_SIP_GLUE_H */
