/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_nat.h - the one contract between a conntrack helper module and its
 * NAT half.
 *
 * The conntrack module never links against the NAT core.  It exports an
 * RCU pointer, nfh_<proto>_nat_hook, to a const struct nfh_nat_ops; the
 * NAT half (nf_nat_<proto>) points it at nfh_nat_ops, the operations of
 * nfh_nat.ko, at load and clears it at unload.  The operations know no
 * protocol grammar: the conntrack module formats replacement text itself
 * and asks only for a port and for bytes to be changed.
 */
#ifndef _NFH_NAT_H
#define _NFH_NAT_H

#include <linux/module.h>
#include <linux/skbuff.h>
#include <net/netfilter/nf_conntrack_expect.h>
#include <net/netfilter/nf_conntrack_helper.h>

/* How expect() claims a port (flags). */
#define NFH_NAT_EXACT		0x01	/* the expectation's own port or none */
#define NFH_NAT_PAST_EXPECTED	0x02	/* search on past a port another
					 * connection expects already
					 * (-EALREADY); without it that ends
					 * the search, as in-tree FTP does
					 */
#define NFH_NAT_SAVE_ADDR	0x04	/* keep the untranslated address in
					 * exp->saved_addr (ctnetlink shows it)
					 */
#define NFH_NAT_PINHOLE		0x08	/* back to the sender: see expect() */
#define NFH_NAT_REDIRECT	0x10	/* keep @exp's expectfn, which calls
					 * redirect(): the connection let in
					 * keeps its source (a pinhole open to
					 * any caller); implies SAVE_ADDR
					 */
#define NFH_NAT_OWN_FN		0x20	/* keep @exp's expectfn: it follows
					 * the master's NAT itself (and does
					 * more); not for @pair
					 */

struct nfh_nat_ops {
	/*
	 * Replace @len bytes at @off (from the start of the UDP/TCP payload)
	 * with @rep.  TCP: no sequence adjustment, the caller records one per
	 * segment (the kernel keeps one correction per segment).
	 */
	bool (*mangle)(struct sk_buff *skb, struct nf_conn *ct,
		       enum ip_conntrack_info ctinfo, unsigned int protoff,
		       unsigned int off, unsigned int len, const char *rep,
		       unsigned int rlen);
	/*
	 * Move @exp (initialised for the untranslated address and port of a
	 * message sent in direction @dir) to the address the far side sees,
	 * and register it on the first free port from its own port upwards.
	 * With @pair, a second expectation on the next port is registered
	 * with it (RTP and its RTCP; the search then moves in steps of two).
	 * The connection an expectation lets in follows the master's NAT
	 * (nf_nat_follow_master, "nat-follow-master" for conntrackd;
	 * NFH_NAT_OWN_FN: @exp's own expectfn calls it).
	 *
	 * NFH_NAT_PINHOLE: a pinhole for new connections to the sender
	 * itself.  It is registered exactly on the port the NAT gave the
	 * master's own flow from the sender, the untranslated address and
	 * port are saved, and @exp's expectfn (the caller's) is kept; that
	 * expectfn calls redirect() for the connection it lets in.
	 *
	 * Returns the port registered, 0 if none.
	 */
	u16 (*expect)(struct nf_conntrack_expect *exp,
		      struct nf_conntrack_expect *pair, int dir,
		      unsigned int flags);
	/*
	 * Translate @ct, which the NFH_NAT_PINHOLE expectation @exp let in,
	 * to the address and port @exp had before expect() moved it.
	 */
	void (*redirect)(struct nf_conn *ct, struct nf_conntrack_expect *exp);
};

/* nfh_nat.ko */
extern const struct nfh_nat_ops nfh_nat_ops;

/*
 * A NAT half's module init and exit: register its expectation functions
 * @fns (@n of them, by the names the kernel's own NAT helper gives them,
 * so that an expectation ctnetlink creates with CTA_EXPECT_FN, as
 * conntrackd does on a backup router, finds them) and its NAT helper name
 * (what nf_nat_helper_try_module_get() asks for), and fill or clear @hook.
 * Detaching removes every expectation that still points at one of @fns.
 */
int nfh_nat_attach(const struct nfh_nat_ops __rcu **hook,
		   struct nf_conntrack_nat_helper *helper,
		   struct nf_ct_helper_expectfn *fns, unsigned int n);
void nfh_nat_detach(const struct nfh_nat_ops __rcu **hook,
		    struct nf_conntrack_nat_helper *helper,
		    struct nf_ct_helper_expectfn *fns, unsigned int n);

/*
 * The whole of a NAT half (nf_nat_<proto>): while it is loaded, NAT helper
 * @name exists, the @n expectation functions @fns are registered and
 * @hook points at the shared operations.
 */
#define NFH_NAT_HALF_FNS(name, hook, fns, n)				\
	static struct nf_conntrack_nat_helper nfh_nat_half_helper =	\
		NF_CT_NAT_HELPER_INIT(name);				\
	static int __init nfh_nat_half_init(void)			\
	{								\
		return nfh_nat_attach(&(hook), &nfh_nat_half_helper,	\
				      fns, n);				\
	}								\
	static void __exit nfh_nat_half_exit(void)			\
	{								\
		nfh_nat_detach(&(hook), &nfh_nat_half_helper, fns, n);	\
	}								\
	module_init(nfh_nat_half_init);					\
	module_exit(nfh_nat_half_exit);					\
	MODULE_ALIAS_NF_NAT_HELPER(name)

/* A NAT half whose expectations all use nf_nat_follow_master. */
#define NFH_NAT_HALF(name, hook) NFH_NAT_HALF_FNS(name, hook, NULL, 0)

#endif /* _NFH_NAT_H */
