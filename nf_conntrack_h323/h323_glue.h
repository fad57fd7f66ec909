/* SPDX-License-Identifier: GPL-2.0 */
/*
 * h323_glue.h - what the kernel glue files of nf_conntrack_h323 share: the
 * per-connection state, the scratch space, the packet being handled, the
 * counters and the module parameters.
 *
 *	h323_conntrack.c	module, parameters, counters, the three helpers
 *				(Q.931, H.245, RAS), help() entries
 *	h323_tcp.c		TPKT boundaries, joining split TPKTs
 *	h323_message.c		one message: decode, act on each address,
 *				rewrite
 *	h323_expect.c		which addresses may be expected, expectations,
 *				removing them
 *	h323_ras.c		RAS: registrations and their pinholes, admissions
 */
#ifndef _NFH_H323_GLUE_H
#define _NFH_H323_GLUE_H

#include <linux/skbuff.h>
#include <linux/tcp.h>
#include <net/netfilter/nf_conntrack.h>
#include <net/netfilter/nf_conntrack_expect.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include "nfh_core.h"
#include "nfh_h323.h"
#include "nfh_stream.h"
#include "h323_parse.h"

#define NFH_H323_ADDR_MAX	96	/* addresses looked at per message */

/* Which helper a packet came to. */
enum nfh_h323_kind {
	NFH_H323_Q931,
	NFH_H323_H245,
	NFH_H323_RAS,
};

/*
 * Expectation classes (at most NF_CT_MAX_EXPECT_CLASSES = 4), the same
 * numbers for the three helpers' policies.
 */
enum nfh_h323_exp_class {
	NFH_H323_EXP_SIGNALLING,	/* H.245, T.120, Q.931 (forward, ACF) */
	NFH_H323_EXP_MEDIA,		/* RTP and RTCP */
	NFH_H323_EXP_REGISTRATION,	/* RAS: Q.931 to a registered endpoint */
	NFH_H323_EXP_MAX,
};

/* Module parameters (h323_conntrack.c). */
extern unsigned int nfh_h323_default_rrq_ttl;
extern int nfh_h323_gkrouted_only;
extern bool nfh_h323_callforward_filter;

enum nfh_h323_counter {
	NFH_H323_C_MESSAGES_Q931,
	NFH_H323_C_MESSAGES_H245,
	NFH_H323_C_MESSAGES_RAS,
	NFH_H323_C_REWRITTEN,
	NFH_H323_C_EXPECT_H245,
	NFH_H323_C_EXPECT_MEDIA,
	NFH_H323_C_EXPECT_T120,
	NFH_H323_C_EXPECT_Q931,
	NFH_H323_C_EXPECT_REMOVED,
	NFH_H323_C_RELEASE_SHARED,
	NFH_H323_C_EXPECT_FAILED,
	NFH_H323_C_REFUSED_THIRD_PARTY,
	NFH_H323_C_REFUSED_LOW_PORT,
	NFH_H323_C_STEP_ASIDE_H460,
	NFH_H323_C_REGISTRATIONS,
	NFH_H323_C_UNREGISTRATIONS,
	NFH_H323_C_NOT_H323,
	NFH_H323_C_TPKT_HELD,
	NFH_H323_C_TPKT_JOINED,
	NFH_H323_C_TPKT_UNALIGNED,
	NFH_H323_C_TPKT_GAVE_UP,
	NFH_H323_C_TPKT_ACKED,
	NFH_H323_C_TPKT_LOST,
	NFH_H323_C_DROP_NOMEM,
	NFH_H323_C_DROP_NAT,
	NFH_H323_C_REFUSED_SRC,
	NFH_H323_C_HELPER_HANDED,
	NFH_H323_C_ERR_BASE,	/* error_<reason>, indexed by nfh_h323_result */
	NFH_H323_C_MAX = NFH_H323_C_ERR_BASE + NFH_H323_RESULT_MAX,
};

void nfh_h323_count(const struct nf_conn *ct, unsigned int c);
/* Count @c and, with log_refused=1, log @what. */
void nfh_h323_note(const struct nf_conn *ct, unsigned int c, const char *what);
/*
 * @exp (and @pair) registered: charge them to the source (nfh_src_charge()),
 * or take them back and count the refusal.
 */
bool nfh_h323_src_admit(struct nf_conn *ct, struct nf_conntrack_expect *exp,
			struct nf_conntrack_expect *pair);

/* Per-connection state in the conntrack helper area (32 bytes). */
struct nfh_h323_ct {
	struct nfh_stream stream;	/* Q.931 and H.245: TPKT boundaries */
	u16 rrq_seq;			/* RAS: requestSeqNum of the pending RRQ */
	u8 flags;
	u8 calls;			/* Q.931: Setups not yet released */
	u8 channels;			/* OpenLogicalChannels not yet closed */
	u8 src_charged;			/* counted against its source */
};

#define NFH_H323_F_STEPPED_ASIDE 0x01	/* H.460.18/19: never inspected */
#define NFH_H323_F_RRQ		0x02	/* RAS: an RRQ waits for its answer */
#define NFH_H323_F_JOINS	0x04	/* TCP: may have joins (h323_tcp.c) */

/*
 * Scratch space for one message, one per CPU (nfh_percpu.c):
 * nfh_h323_sc() is this CPU's, valid on the packet path, under
 * nfh_ct_lock() with bottom halves off.
 */
struct nfh_h323_scratch {
	struct nfh_h323_addr addr[NFH_H323_ADDR_MAX];
	struct nfh_stream_cut cut;
	u8 done[NFH_H323_ADDR_MAX];	/* address already acted on */
	u16 got[NFH_H323_ADDR_MAX];	/* the port its expectation got */
	u8 got_proto[NFH_H323_ADDR_MAX];
	bool rewrote;			/* this message was changed */
};

extern void * __percpu *nfh_h323_scratch_area;

static inline struct nfh_h323_scratch *nfh_h323_sc(void)
{
	return nfh_scratch_this(nfh_h323_scratch_area);
}

/* What one call to a helper works on. */
struct nfh_h323_pkt {
	struct sk_buff *skb;
	struct nf_conn *ct;
	enum ip_conntrack_info ctinfo;
	unsigned int protoff, dataoff;
	int dir;
	u8 family;
	u8 kind;			/* enum nfh_h323_kind */
	const struct nfh_nat_ops *nat;	/* NULL: no NAT on this flow */
	u8 *jbuf;			/* a joined message: read and rewrite
					 * it here, not in the packet
					 */
	bool ack_held;			/* after the locks: acknowledge the
					 * held bytes up to ack_to for the
					 * receiver (nfh_hold_ack())
					 */
	u32 ack_seq, ack_to;
};

/* h323_tcp.c */
int nfh_h323_tcp(struct nfh_h323_pkt *pk, const struct tcphdr *th);
void nfh_h323_tcp_destroy(struct nf_conn *ct);
void nfh_h323_tcp_fini(void);

/* h323_conntrack.c: the helpers expected connections get */
struct nf_conntrack_helper *nfh_h323_helper(u8 kind, u8 family);

/* h323_message.c: the message at @off (@len bytes) of the payload */
bool nfh_h323_message(const struct nfh_h323_pkt *pk, u32 off, u32 len);
/* Replace the address @a of the message at @off with @addr:@port. */
bool nfh_h323_rewrite(const struct nfh_h323_pkt *pk, u32 off,
		      const struct nfh_h323_addr *a,
		      const union nf_inet_addr *addr, u16 port, bool addr_only);

/* h323_expect.c */
bool nfh_h323_is_sender(const struct nfh_h323_pkt *pk,
			const struct nfh_h323_addr *a);
bool nfh_h323_may_expect(const struct nfh_h323_pkt *pk,
			 const struct nfh_h323_addr *a);
/* nfh_h323_expect() @how */
#define NFH_H323_X_FROM_PEER	0x01	/* only from the receiver */
#define NFH_H323_X_REGISTRATION	0x02	/* a RAS registration's pinhole:
					 * permanent, inactive until the RCF,
					 * the caller's source kept
					 */
/* the expectation functions (nfh_h323.h), registered while loaded */
void nfh_h323_expect_init(void);
void nfh_h323_expect_fini(void);
u16 nfh_h323_expect(const struct nfh_h323_pkt *pk,
		    const struct nfh_h323_addr *a,
		    const struct nfh_h323_addr *rtcp, unsigned int class,
		    u8 l4proto, struct nf_conntrack_helper *helper,
		    unsigned int how);
/* Where the far side reaches the sender: its translated address. */
const union nf_inet_addr *nfh_h323_public(const struct nfh_h323_pkt *pk);

/* Tell the far side the translated address of the sender's own @a. */
bool nfh_h323_translate(const struct nfh_h323_pkt *pk, u32 off,
			const struct nfh_h323_addr *a);

/* h323_ras.c: false if the datagram must be dropped */
bool nfh_h323_ras(const struct nfh_h323_pkt *pk,
		  const struct nfh_h323_out *out);

#endif /* _NFH_H323_GLUE_H */
