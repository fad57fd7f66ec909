// SPDX-License-Identifier: GPL-2.0
/*
 * SIP media expectations: RTP and RTCP for every m= line of an offer or
 * answer, placed on the translated address by the NAT half on a NATed
 * flow; and removing them again (BYE, CANCEL, a failed INVITE).
 */
#include <linux/netfilter.h>
#include <net/netfilter/nf_conntrack_core.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include "sip_glue.h"

/* Remove this connection's media expectations, or its signalling ones. */
unsigned int nfh_sip_flush(struct nf_conn *ct, bool media)
{
	unsigned int sig = BIT(NFH_SIP_EXP_SIGNALLING);

	return nfh_expect_flush(ct, media ? ~sig : sig);
}

/* Where @exp lets media in, as the offer named it (before any NAT move). */
static bool nfh_sip_exp_is(const struct nf_conntrack_expect *exp,
			   const union nf_inet_addr *addr, u16 *port)
{
	/* moved by the NAT half: the offer's address and port were saved */
	if (exp->saved_proto.all) {
		*port = ntohs(exp->saved_proto.all);
		return nf_inet_addr_cmp(&exp->saved_addr, addr);
	}
	*port = ntohs(exp->tuple.dst.u.all);
	return nf_inet_addr_cmp(&exp->tuple.dst.u3, addr);
}

static bool nfh_sip_offer_names(const struct nfh_sip_sdp *s, u8 family,
				const union nf_inet_addr *addr, u16 port)
{
	union nf_inet_addr a;
	unsigned int i;

	for (i = 0; i < s->n_media; i++) {
		const struct nfh_sip_media *md = &s->media[i];

		if (md->disabled || md->rtp.family != family)
			continue;
		nfh_sip_addr_from(&a, family, md->rtp.addr);
		if (nf_inet_addr_cmp(&a, addr) &&
		    (port == md->port || port == md->rtcp_port))
			return true;
	}
	return false;
}

/*
 * A new offer (INVITE, UPDATE) replaces the sender's earlier ones: remove
 * the media expectations to an address it names on ports it no longer
 * names.  Those it still names stay (a retransmission, an unchanged
 * re-offer: nfh_nat.ko registers them again on the same ports), and so do
 * those to other addresses (other calls on this signalling flow).
 */
unsigned int nfh_sip_flush_moved(const struct nfh_sip_pkt *pk,
				 const struct nfh_sip_sdp *s)
{
	struct nf_conn_help *help = nfct_help(pk->ct);
	struct nf_conntrack_expect *exp;
	struct hlist_node *next;
	union nf_inet_addr a;
	unsigned int i, n = 0;
	u16 port;

	if (!help)
		return 0;
	spin_lock_bh(&nf_conntrack_expect_lock);
	hlist_for_each_entry_safe(exp, next, &help->expectations, lnode) {
		if (exp->class == NFH_SIP_EXP_SIGNALLING)
			continue;
		for (i = 0; i < s->n_media; i++) {
			const struct nfh_sip_media *md = &s->media[i];

			if (md->disabled || md->rtp.family != pk->family)
				continue;
			nfh_sip_addr_from(&a, pk->family, md->rtp.addr);
			if (!nfh_sip_exp_is(exp, &a, &port) ||
			    nfh_sip_offer_names(s, pk->family, &a, port))
				continue;
			nfh_expect_remove(exp);
			n++;
			break;
		}
	}
	spin_unlock_bh(&nf_conntrack_expect_lock);
	return n;
}

static void nfh_sip_expect_put(struct nf_conntrack_expect *rtp,
			       struct nf_conntrack_expect *rtcp)
{
	nf_ct_expect_put(rtp);
	if (rtcp)
		nf_ct_expect_put(rtcp);
}

static unsigned int nfh_sip_media_class(u8 type)
{
	switch (type) {
	case NFH_SIP_MEDIA_AUDIO:
		return NFH_SIP_EXP_AUDIO;
	case NFH_SIP_MEDIA_VIDEO:
		return NFH_SIP_EXP_VIDEO;
	default:
		return NFH_SIP_EXP_OTHER;
	}
}

/*
 * Register @exp.  A media line that changes type on the same port (audio
 * to T.38 image in a re-INVITE) meets its own older expectation of another
 * class: that one is replaced.
 */
static int nfh_sip_expect_related(struct nf_conntrack_expect *exp)
{
	struct nf_conn_help *help = nfct_help(exp->master);
	struct nf_conntrack_expect *old;
	struct hlist_node *next;
	int ret;

	ret = nf_ct_expect_related(exp, 0);
	if (ret != -EALREADY)
		return ret;
	spin_lock_bh(&nf_conntrack_expect_lock);
	hlist_for_each_entry_safe(old, next, &help->expectations, lnode)
		if (old->class != exp->class &&
		    nf_ct_tuple_equal(&old->tuple, &exp->tuple))
			nfh_expect_remove(old);
	spin_unlock_bh(&nf_conntrack_expect_lock);
	return nf_ct_expect_related(exp, 0);
}

/*
 * Expect RTP (and RTCP) for media line @i.  On a NATed flow the NAT half
 * moves the expectations to the public address and may pick other ports;
 * they are returned in @mp for the planner.
 */
void nfh_sip_expect_media(const struct nfh_sip_pkt *pk,
			  const struct nfh_sip_media *md,
			  struct nfh_sip_media_ports *mp, bool bypassed)
{
	struct nf_conn *ct = pk->ct;
	const union nf_inet_addr *sender = &ct->tuplehash[pk->dir].tuple.src.u3;
	const union nf_inet_addr *public = &ct->tuplehash[!pk->dir].tuple.dst.u3;
	const union nf_inet_addr *peer = &ct->tuplehash[!pk->dir].tuple.src.u3;
	struct nf_conntrack_expect *rtp, *rtcp = NULL;
	union nf_inet_addr daddr;
	bool translate = false, adjacent, ok;
	unsigned int class = nfh_sip_media_class(md->type);
	__be16 port, rport;
	int ret;

	if (md->disabled || md->rtp.family != pk->family || !md->rtp.tok.len)
		return;
	nfh_sip_addr_from(&daddr, pk->family, md->rtp.addr);

	switch (nfh_sip_media_to(md, pk->family, (const u8 *)sender,
				 (const u8 *)public, pk->nat)) {
	case NFH_SIP_TO_SENDER:
		translate = pk->nat && !nf_inet_addr_cmp(sender, public);
		break;
	case NFH_SIP_TO_PUBLIC:
		/* already public (STUN): open the port it names, unchanged */
		nfh_sip_addr_from(&daddr, pk->family, (const u8 *)sender);
		translate = true;
		bypassed = true;
		break;
	case NFH_SIP_TO_OTHER:
		if (nfh_sip_direct_media &&
		    !(nfh_sip_external_media &&
		      !nfh_same_side(pk->skb, ct, &daddr))) {
			nfh_sip_count(ct, NFH_SIP_C_MEDIA_SKIPPED);
			return;
		}
		break;
	}

	rtp = nf_ct_expect_alloc(ct);
	if (!rtp) {
		nfh_sip_note(ct, NFH_SIP_C_EXPECT_FAILED,
			     "no memory for the RTP expectation");
		return;
	}
	port = htons(md->port);
	nf_ct_expect_init(rtp, class, pk->family,
			  nfh_sip_direct_media ? peer : NULL, &daddr,
			  IPPROTO_UDP, NULL, &port);
	adjacent = !md->rtcp_mux && md->rtcp_port == md->port + 1 &&
		   (!md->rtcp_addr.tok.len ||
		    !memcmp(md->rtcp_addr.addr, md->rtp.addr, nfh_addr_len(pk->family)));
	if (!md->rtcp_mux) {
		rtcp = nf_ct_expect_alloc(ct);
		if (!rtcp) {
			nf_ct_expect_put(rtp);
			nfh_sip_note(ct, NFH_SIP_C_EXPECT_FAILED,
				     "no memory for the RTCP expectation");
			return;
		}
		rport = htons(md->rtcp_port);
		nf_ct_expect_init(rtcp, class, pk->family,
				  nfh_sip_direct_media ? peer : NULL, &daddr,
				  IPPROTO_UDP, NULL, &rport);
	}

	if (translate) {
		unsigned int flags = NFH_NAT_PAST_EXPECTED | NFH_NAT_SAVE_ADDR;
		u16 got;

		got = pk->nat->expect(rtp, adjacent ? rtcp : NULL, pk->dir,
				      flags | (bypassed || md->port_count > 1 ?
					       NFH_NAT_EXACT : 0));
		/* refused: the m= port stays as it is, like no free port */
		if (got && !nfh_sip_src_admit(ct, rtp, adjacent ? rtcp : NULL)) {
			nfh_sip_expect_put(rtp, rtcp);
			return;
		}
		ok = got != 0;
		if (ok && !bypassed)
			mp->rtp = got;
		if (ok && rtcp && !adjacent) {
			got = pk->nat->expect(rtcp, NULL, pk->dir,
					      flags | (bypassed ? NFH_NAT_EXACT : 0));
			if (got && !nfh_sip_src_admit(ct, rtcp, NULL))
				got = 0;
			if (got && !bypassed)
				mp->rtcp = got;
			else if (!got)
				nfh_sip_note(ct, NFH_SIP_C_EXPECT_FAILED,
					     "no free port for RTCP");
		}
	} else {
		ret = nfh_sip_expect_related(rtp);
		if (!ret && !nfh_sip_src_admit(ct, rtp, NULL)) {
			nfh_sip_expect_put(rtp, rtcp);
			return;
		}
		ok = ret == 0;
		if (ok && rtcp && (nfh_sip_expect_related(rtcp) ||
				   !nfh_sip_src_admit(ct, rtcp, NULL)))
			nfh_sip_note(ct, NFH_SIP_C_EXPECT_FAILED,
				     "RTCP expectation refused");
	}
	if (ok)
		nfh_sip_count(ct, NFH_SIP_C_EXPECT_MEDIA);
	else
		nfh_sip_note(ct, NFH_SIP_C_EXPECT_FAILED,
			     "RTP expectation refused or no free port");
	nfh_sip_expect_put(rtp, rtcp);
}

