// SPDX-License-Identifier: GPL-2.0
/*
 * H.225.0 RAS: registrations and admissions.
 *
 * An RRQ opens an inactive, permanent pinhole for calls (Q.931) to the
 * endpoint's callSignalAddress, from the gatekeeper only unless
 * gkrouted_only=0; the RCF activates it for the timeToLive it grants
 * (default_rrq_ttl when it names none), and every later RCF (keep-alive
 * registrations) re-arms it.  An RRJ or URQ removes it, and so does the
 * TTL running out.  An ACF or LCF expects the call it admits or locates.
 * Every other address is translated when it is the sender's own.
 */
#include <linux/netfilter.h>
#include <net/netfilter/nf_conntrack_core.h>
#include "h323_glue.h"
#include "h323_tables.h"

#define NFH_H323_TTL_MAX	(24 * 3600)

/*
 * The port of this flow's pinhole for @a when one exists already (a
 * refreshing RRQ): the same one is kept.  0: none.
 */
static u16 nfh_h323_pinhole_port(struct nf_conn *ct,
				 const struct nfh_h323_addr *a)
{
	struct nf_conn_help *help = nfct_help(ct);
	struct nf_conntrack_expect *exp;
	union nf_inet_addr addr;
	u16 port = 0;

	memset(&addr, 0, sizeof(addr));
	memcpy(&addr, a->addr, nfh_addr_len(a->family));
	spin_lock_bh(&nf_conntrack_expect_lock);
	hlist_for_each_entry(exp, &help->expectations, lnode) {
		if (exp->class != NFH_H323_EXP_REGISTRATION)
			continue;
		if (nf_inet_addr_cmp(&exp->saved_addr, &addr) &&
		    ntohs(exp->saved_proto.all) == a->port)
			port = ntohs(exp->tuple.dst.u.all);
		else if (nf_inet_addr_cmp(&exp->tuple.dst.u3, &addr) &&
			 ntohs(exp->tuple.dst.u.all) == a->port)
			port = a->port;
	}
	spin_unlock_bh(&nf_conntrack_expect_lock);
	return port;
}

/* RRQ: the pinhole for calls to the endpoint's call signalling address */
static bool nfh_h323_register(const struct nfh_h323_pkt *pk,
			      const struct nfh_h323_addr *a)
{
	u16 port;

	if (!nfh_h323_is_sender(pk, a) || !nfh_h323_may_expect(pk, a))
		return nfh_h323_translate(pk, 0, a);
	port = nfh_h323_pinhole_port(pk->ct, a);
	if (!port) {
		port = nfh_h323_expect(pk, a, NULL, NFH_H323_EXP_REGISTRATION,
				       IPPROTO_TCP,
				       nfh_h323_helper(NFH_H323_Q931, pk->family),
				       NFH_H323_X_REGISTRATION |
				       (nfh_h323_gkrouted_only ?
					NFH_H323_X_FROM_PEER : 0));
		if (!port) {
			nfh_h323_note(pk->ct, NFH_H323_C_EXPECT_FAILED,
				      "registration pinhole refused or port taken");
			return true;
		}
		nfh_h323_count(pk->ct, NFH_H323_C_EXPECT_Q931);
	}
	if (!pk->nat)
		return true;
	return nfh_h323_rewrite(pk, 0, a, nfh_h323_public(pk), port, false);
}

/* RCF: activate the pinholes for the registration's life */
static void nfh_h323_registered(struct nf_conn *ct, u32 ttl)
{
	struct nf_conn_help *help = nfct_help(ct);
	struct nf_conntrack_expect *exp;
	bool found = false;

	if (!ttl)
		ttl = nfh_h323_default_rrq_ttl;
	ttl = min_t(u32, ttl, NFH_H323_TTL_MAX);
	spin_lock_bh(&nf_conntrack_expect_lock);
	hlist_for_each_entry(exp, &help->expectations, lnode) {
		if (exp->class != NFH_H323_EXP_REGISTRATION)
			continue;
		nfh_expect_set_timeout(exp, ttl);
		exp->flags &= ~NF_CT_EXPECT_INACTIVE;
		found = true;
	}
	spin_unlock_bh(&nf_conntrack_expect_lock);
	if (found)
		nfh_h323_count(ct, NFH_H323_C_REGISTRATIONS);
}

static void nfh_h323_unregister(struct nf_conn *ct, bool count)
{
	unsigned int n = nfh_expect_flush(ct, BIT(NFH_H323_EXP_REGISTRATION));

	while (n--)
		nfh_h323_count(ct, NFH_H323_C_EXPECT_REMOVED);
	if (count)
		nfh_h323_count(ct, NFH_H323_C_UNREGISTRATIONS);
}

/* ACF, LCF: the call they admit or locate, to a callSignalAddress */
static bool nfh_h323_admit(const struct nfh_h323_pkt *pk,
			   const struct nfh_h323_addr *a)
{
	u16 port;

	if (!nfh_h323_may_expect(pk, a))
		return true;
	port = nfh_h323_expect(pk, a, NULL, NFH_H323_EXP_SIGNALLING,
			       IPPROTO_TCP,
			       nfh_h323_helper(NFH_H323_Q931, pk->family),
			       NFH_H323_X_FROM_PEER);
	if (!port) {
		nfh_h323_note(pk->ct, NFH_H323_C_EXPECT_FAILED,
			      "call expectation refused or port taken");
		return true;
	}
	nfh_h323_count(pk->ct, NFH_H323_C_EXPECT_Q931);
	if (!pk->nat || !nfh_h323_is_sender(pk, a))
		return true;
	return nfh_h323_rewrite(pk, 0, a, nfh_h323_public(pk), port, false);
}

bool nfh_h323_ras(const struct nfh_h323_pkt *pk,
		  const struct nfh_h323_out *out)
{
	struct nfh_h323_ct *info = nfct_help_data(pk->ct);
	unsigned int i;
	bool ok = true;

	switch (out->msg) {
	case NFH_H323_MSG_RRQ:
		info->flags |= NFH_H323_F_RRQ;
		info->rrq_seq = out->seqnum;
		break;
	case NFH_H323_MSG_RCF:
		if ((info->flags & NFH_H323_F_RRQ) &&
		    out->seqnum == info->rrq_seq) {
			info->flags &= ~NFH_H323_F_RRQ;
			nfh_h323_registered(pk->ct, out->ttl);
		}
		break;
	case NFH_H323_MSG_RRJ:
		info->flags &= ~NFH_H323_F_RRQ;
		nfh_h323_unregister(pk->ct, false);
		break;
	case NFH_H323_MSG_URQ:
		nfh_h323_unregister(pk->ct, true);
		break;
	}

	for (i = 0; ok && i < out->n; i++) {
		const struct nfh_h323_addr *a = &out->addr[i];

		switch (nfh_h323_use(out, a)) {
		case NFH_H323_USE_REGISTER:
			ok = nfh_h323_register(pk, a);
			break;
		case NFH_H323_USE_CALL:
			ok = nfh_h323_admit(pk, a);
			break;
		default:
			ok = nfh_h323_translate(pk, 0, a);
			break;
		}
	}
	return ok;
}
