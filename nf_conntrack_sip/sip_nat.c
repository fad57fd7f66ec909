// SPDX-License-Identifier: GPL-2.0
/*
 * SIP NAT translation: the address mappings this flow's NAT made, for the
 * planner, and applying the planner's edits through the NAT half.
 */
#include <net/netfilter/nf_conntrack.h>
#include "sip_glue.h"

/* One mapping, when NAT changed @from (address and port) into @to. */
static void nfh_sip_add_map(struct nfh_sip_xlat *x, u8 family,
			    const struct nf_conntrack_man *from,
			    const struct nf_conntrack_man *to)
{
	unsigned int alen = nfh_addr_len(family);
	struct nfh_sip_map *mp;

	if (nf_inet_addr_cmp(&from->u3, &to->u3) && from->u.all == to->u.all)
		return;
	mp = &x->map[x->n_map++];
	mp->family = family;
	memcpy(mp->old_addr, &from->u3, alen);
	memcpy(mp->new_addr, &to->u3, alen);
	mp->old_port = ntohs(from->u.all);
	mp->new_port = ntohs(to->u.all);
}

/* Address mappings for the planner: what this flow's NAT changed. */
void nfh_sip_build_xlat(const struct nfh_sip_pkt *pk, struct nfh_sip_xlat *x)
{
	const struct nf_conntrack_tuple *t = &pk->ct->tuplehash[pk->dir].tuple;
	const struct nf_conntrack_tuple *r = &pk->ct->tuplehash[!pk->dir].tuple;
	struct nf_conntrack_man sender_now, receiver_was;

	x->n_map = 0;
	/* sender: its source became the reply's destination */
	sender_now.u3 = r->dst.u3;
	sender_now.u.all = r->dst.u.all;
	nfh_sip_add_map(x, pk->family, &t->src, &sender_now);
	/* receiver: the destination it was sent to became the reply's source */
	receiver_was.u3 = t->dst.u3;
	receiver_was.u.all = t->dst.u.all;
	nfh_sip_add_map(x, pk->family, &receiver_was, &r->src);
}

/*
 * Apply the plan in scratch to the message at @buf (@off into the
 * payload) with one call into the NAT core: the bytes from the first edit
 * to the end of the last, rebuilt in scratch.  One move of the tail and one
 * checksum update instead of one per edit.
 */
bool nfh_sip_mangle(const struct nfh_sip_pkt *pk, const u8 *buf, u32 off)
{
	struct nfh_sip_scratch *sc = nfh_sip_sc();
	const struct nfh_sip_edit *e = sc->edit;
	const struct nfh_sip_edit *last = &sc->edit[sc->plan.n_edit - 1];
	u32 from = e->off, to = last->off + last->len, at = from;
	size_t n = 0;

	if (sc->plan.n_edit == 1)
		return pk->nat->mangle(pk->skb, pk->ct, pk->ctinfo, pk->protoff,
				       off + e->off, e->len,
				       (const char *)sc->rbuf + e->roff,
				       e->rlen);
	for (; e <= last; e++) {
		memcpy(sc->span + n, buf + at, e->off - at);
		n += e->off - at;
		memcpy(sc->span + n, sc->rbuf + e->roff, e->rlen);
		n += e->rlen;
		at = e->off + e->len;
	}
	return pk->nat->mangle(pk->skb, pk->ct, pk->ctinfo, pk->protoff,
			       off + from, to - from, (const char *)sc->span,
			       n);
}

