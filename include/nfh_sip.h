/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_sip.h - the interface between nf_conntrack_sip and nf_nat_sip.
 *
 * nf_conntrack_sip parses, decides and plans; it never links against the
 * NAT core.  nf_nat_sip fills in nfh_sip_nat_hook with the three things
 * that need the NAT core: changing packet bytes, placing an expectation on
 * the translated address, and translating a connection an expectation
 * created.
 */
#ifndef _NFH_SIP_H
#define _NFH_SIP_H

#include <linux/skbuff.h>
#include <net/netfilter/nf_conntrack_expect.h>

/* Expectation classes (at most NF_CT_MAX_EXPECT_CLASSES = 4). */
enum nfh_sip_exp_class {
	NFH_SIP_EXP_SIGNALLING,	/* REGISTER pinhole for incoming requests */
	NFH_SIP_EXP_AUDIO,
	NFH_SIP_EXP_VIDEO,
	NFH_SIP_EXP_OTHER,	/* image (T.38), text, application, message */
	NFH_SIP_EXP_MAX,
};

struct nfh_sip_nat_ops {
	/*
	 * Replace @len bytes at @off (from the start of the UDP/TCP payload)
	 * with @rep.  TCP: no sequence adjustment, the caller records one per
	 * segment.
	 */
	bool (*mangle)(struct sk_buff *skb, struct nf_conn *ct,
		       enum ip_conntrack_info ctinfo, unsigned int protoff,
		       unsigned int off, unsigned int len, const char *rep,
		       unsigned int rlen);
	/*
	 * Move @exp (initialised for the untranslated address and port of a
	 * message sent in direction @dir) to the address the far side sees,
	 * and register it on the first free port from its own port upwards
	 * (@exact: that port or nothing).  With @pair, a second expectation on
	 * the next port is registered with it (RTP and its RTCP; the search
	 * then moves in steps of two).  @signalling: the new connection is SIP
	 * (a REGISTER pinhole), not media.  Returns the port registered, 0 if
	 * none.
	 */
	u16 (*expect)(struct nf_conntrack_expect *exp,
		      struct nf_conntrack_expect *pair, int dir, bool exact,
		      bool signalling);
};

extern const struct nfh_sip_nat_ops __rcu *nfh_sip_nat_hook;

/*
 * Called by the NAT half's expectfn for a REGISTER pinhole once it has set
 * up the translation: the new connection carries SIP and gets the helper.
 */
void nfh_sip_signalling_expected(struct nf_conn *ct,
				 struct nf_conntrack_expect *exp);

#endif /* _NFH_SIP_H */
