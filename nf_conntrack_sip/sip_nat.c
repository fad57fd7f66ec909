// SPDX-License-Identifier: GPL-2.0
/*
 * SIP NAT translation: the address mappings this flow's NAT made, for the
 * planner, and applying the planner's edits through the NAT half.
 */
#include <net/netfilter/nf_conntrack.h>
#include "sip_glue.h"

/* Address mappings for the planner: what this flow's NAT changed. */
void nfh_sip_build_xlat(const struct nfh_sip_pkt *pk, struct nfh_sip_xlat *x)
{
	const struct nf_conntrack_tuple *t = &pk->ct->tuplehash[pk->dir].tuple;
	const struct nf_conntrack_tuple *r = &pk->ct->tuplehash[!pk->dir].tuple;
	unsigned int alen = nfh_addr_len(pk->family);
	struct nfh_sip_map *mp;

	x->n_map = 0;
	/* sender: its source became the reply's destination */
	if (!nf_inet_addr_cmp(&t->src.u3, &r->dst.u3) ||
	    t->src.u.all != r->dst.u.all) {
		mp = &x->map[x->n_map++];
		mp->family = pk->family;
		memcpy(mp->old_addr, &t->src.u3, alen);
		memcpy(mp->new_addr, &r->dst.u3, alen);
		mp->old_port = ntohs(t->src.u.all);
		mp->new_port = ntohs(r->dst.u.all);
	}
	/* receiver: the destination it was sent to became the reply's source */
	if (!nf_inet_addr_cmp(&t->dst.u3, &r->src.u3) ||
	    t->dst.u.all != r->src.u.all) {
		mp = &x->map[x->n_map++];
		mp->family = pk->family;
		memcpy(mp->old_addr, &t->dst.u3, alen);
		memcpy(mp->new_addr, &r->src.u3, alen);
		mp->old_port = ntohs(t->dst.u.all);
		mp->new_port = ntohs(r->src.u.all);
	}
}

/*
 * Apply the plan in scratch to the message at @buf (@off into the
 * payload) with one call into the NAT core: the bytes from the first edit
 * to the end of the last, rebuilt in scratch.  One move of the tail and one
 * checksum update instead of one per edit.
 */
bool nfh_sip_mangle(const struct nfh_sip_pkt *pk, const u8 *buf, u32 off)
{
	struct nfh_sip_scratch *sc = nfh_sip_scratch;
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

