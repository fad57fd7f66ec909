// SPDX-License-Identifier: GPL-2.0
/*
 * nfh_hold - kernel side of holding a split message (nfh_hold.h): the
 * table of held stretches, the router's acknowledgement of held bytes to
 * their sender, and moving a segment back to the start of what it
 * delivers.
 */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/tcp.h>
#include <linux/ipv6.h>
#include <net/ip.h>
#include <net/ipv6.h>
#include <net/ip6_route.h>
#include <net/ip6_checksum.h>
#include <net/route.h>
#include <net/tcp.h>
#include <net/netfilter/nf_conntrack.h>
#include "nfh_hold.h"

struct nfh_hold_slot *nfh_hold_find(struct nfh_hold_slot *tab, unsigned int n,
				    const struct nf_conn *ct, int dir)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (tab[i].ct == ct && tab[i].dir == dir)
			return &tab[i];
	return NULL;
}
EXPORT_SYMBOL_GPL(nfh_hold_find);

struct nfh_hold_slot *nfh_hold_new(struct nfh_hold_slot *tab, unsigned int n,
				   const struct nf_conn *ct, int dir,
				   u32 start, u32 first, unsigned long age)
{
	struct nfh_hold_slot *s = NULL;
	unsigned int i;

	for (i = 0; i < n && !s; i++)
		if (!tab[i].ct)
			s = &tab[i];
	for (i = 0; i < n && !s; i++)
		if (tab[i].h.ready && time_after(jiffies, tab[i].stamp + age))
			s = &tab[i];
	if (!s)
		return NULL;
	nfh_hold_free(s);
	s->h.buf = kmalloc(first, GFP_ATOMIC);
	if (!s->h.buf)
		return NULL;
	s->h.cap = first;
	s->h.start = start;
	s->h.have = 0;
	s->h.len = 0;
	s->h.ready = false;
	s->h.acked = false;
	s->ct = ct;
	s->dir = dir;
	s->stamp = jiffies;
	return s;
}
EXPORT_SYMBOL_GPL(nfh_hold_new);

bool nfh_hold_grow(struct nfh_hold_slot *s, u32 need)
{
	u8 *buf;

	if (need > NFH_HOLD_MAX)
		return false;
	buf = krealloc(s->h.buf, need, GFP_ATOMIC);
	if (!buf)
		return false;
	s->h.buf = buf;
	s->h.cap = need;
	return true;
}
EXPORT_SYMBOL_GPL(nfh_hold_grow);

void nfh_hold_free(struct nfh_hold_slot *s)
{
	kfree(s->h.buf);
	memset(s, 0, sizeof(*s));
}
EXPORT_SYMBOL_GPL(nfh_hold_free);

enum nfh_stream_held_seg nfh_hold_feed(struct nfh_hold_slot *s, u32 seq,
				       const u8 *data, u32 len, u32 max,
				       u32 *need)
{
	enum nfh_stream_held_seg r;

	do {
		r = nfh_stream_held_feed(&s->h, seq, data, len, need);
	} while (r == NFH_STREAM_HELD_GROW && *need <= max &&
		 nfh_hold_grow(s, *need));
	if (r == NFH_STREAM_HELD_NEW)
		s->stamp = jiffies;
	return r;
}
EXPORT_SYMBOL_GPL(nfh_hold_feed);

bool nfh_hold_may_ack(const struct nf_conn *ct, int dir, u32 start)
{
	const struct ip_ct_tcp_state *rcv = &ct->proto.tcp.seen[!dir];

	/* conntrack keeps the receiver's highest ACK in the sender's space */
	return (READ_ONCE(rcv->flags) & IP_CT_TCP_FLAG_MAXACK_SET) &&
	       !nfh_seq_after(start, READ_ONCE(rcv->td_maxack));
}
EXPORT_SYMBOL_GPL(nfh_hold_may_ack);

/* The window the receiver announced last, unscaled as it was sent. */
static u16 nfh_hold_window(const struct nf_conn *ct, int dir)
{
	const struct ip_ct_tcp_state *rcv = &ct->proto.tcp.seen[!dir];
	u32 win = READ_ONCE(rcv->td_maxwin) >> rcv->td_scale;

	return clamp_t(u32, win, 1, 0xffff);
}

static void nfh_hold_tcp(struct tcphdr *th, const struct nf_conn *ct, int dir,
			 u32 seq, u32 ack)
{
	const struct nf_conntrack_tuple *t = &ct->tuplehash[dir].tuple;

	memset(th, 0, sizeof(*th));
	th->source = t->dst.u.tcp.port;
	th->dest = t->src.u.tcp.port;
	th->seq = htonl(seq);
	th->ack_seq = htonl(ack);
	th->doff = sizeof(*th) / 4;
	th->ack = 1;
	th->window = htons(nfh_hold_window(ct, dir));
}

void nfh_hold_ack(struct nf_conn *ct, int dir, u32 seq, u32 ack)
{
	const struct nf_conntrack_tuple *t = &ct->tuplehash[dir].tuple;
	struct net *net = nf_ct_net(ct);
	struct sk_buff *nskb;
	struct tcphdr *th;

	nskb = alloc_skb(LL_MAX_HEADER + sizeof(struct ipv6hdr) +
			 sizeof(struct tcphdr), GFP_ATOMIC);
	if (!nskb)
		return;
	skb_reserve(nskb, LL_MAX_HEADER);
	skb_reset_network_header(nskb);
	nf_ct_set(nskb, NULL, IP_CT_UNTRACKED);
	nskb->ip_summed = CHECKSUM_NONE;

	if (nf_ct_l3num(ct) == AF_INET) {
		struct flowi4 fl4 = {
			.daddr = t->src.u3.ip,
			.saddr = t->dst.u3.ip,
			.flowi4_proto = IPPROTO_TCP,
			.flowi4_flags = FLOWI_FLAG_ANYSRC,
		};
		struct iphdr *iph = skb_put_zero(nskb, sizeof(*iph));
		struct rtable *rt;

		iph->version = 4;
		iph->ihl = sizeof(*iph) / 4;
		iph->frag_off = htons(IP_DF);
		iph->ttl = 64;
		iph->protocol = IPPROTO_TCP;
		iph->saddr = fl4.saddr;
		iph->daddr = fl4.daddr;
		skb_reset_transport_header(nskb);
		th = skb_put(nskb, sizeof(*th));
		nfh_hold_tcp(th, ct, dir, seq, ack);
		th->check = tcp_v4_check(sizeof(*th), iph->saddr, iph->daddr,
					 csum_partial(th, sizeof(*th), 0));
		iph->tot_len = htons(nskb->len);
		ip_send_check(iph);
		rt = ip_route_output_key(net, &fl4);
		if (IS_ERR(rt))
			goto free;
		skb_dst_set(nskb, &rt->dst);
		nskb->protocol = htons(ETH_P_IP);
		ip_local_out(net, NULL, nskb);
		return;
	}
#if IS_ENABLED(CONFIG_IPV6)
	{
		struct flowi6 fl6 = {
			.daddr = t->src.u3.in6,
			.saddr = t->dst.u3.in6,
			.flowi6_proto = IPPROTO_TCP,
		};
		struct ipv6hdr *ip6h = skb_put_zero(nskb, sizeof(*ip6h));
		struct dst_entry *dst;

		ip6_flow_hdr(ip6h, 0, 0);
		ip6h->nexthdr = IPPROTO_TCP;
		ip6h->hop_limit = 64;
		ip6h->saddr = fl6.saddr;
		ip6h->daddr = fl6.daddr;
		ip6h->payload_len = htons(sizeof(*th));
		skb_reset_transport_header(nskb);
		th = skb_put(nskb, sizeof(*th));
		nfh_hold_tcp(th, ct, dir, seq, ack);
		th->check = csum_ipv6_magic(&ip6h->saddr, &ip6h->daddr,
					    sizeof(*th), IPPROTO_TCP,
					    csum_partial(th, sizeof(*th), 0));
		dst = ip6_route_output(net, NULL, &fl6);
		if (dst->error) {
			dst_release(dst);
			goto free;
		}
		skb_dst_set(nskb, dst);
		nskb->protocol = htons(ETH_P_IPV6);
		ip6_local_out(net, NULL, nskb);
		return;
	}
#endif
free:
	kfree_skb(nskb);
}
EXPORT_SYMBOL_GPL(nfh_hold_ack);

bool nfh_hold_move(struct sk_buff *skb, unsigned int protoff, u32 seq)
{
	struct tcphdr *th;
	__be32 nseq = htonl(seq);

	if (skb_ensure_writable(skb, protoff + sizeof(*th)))
		return false;
	th = (struct tcphdr *)(skb->data + protoff);
	inet_proto_csum_replace4(&th->check, skb, th->seq, nseq, false);
	th->seq = nseq;
	return true;
}
EXPORT_SYMBOL_GPL(nfh_hold_move);

void nfh_hold_fit(struct sk_buff *skb, unsigned int protoff, unsigned int mss)
{
	const struct tcphdr *th = (const struct tcphdr *)(skb->data + protoff);
	unsigned int hdr = protoff + th->doff * 4, payload, mtu;
	struct skb_shared_info *si = skb_shinfo(skb);

	if (skb->len <= hdr)
		return;
	payload = skb->len - hdr;
	if (skb_dst(skb)) {
		mtu = dst_mtu(skb_dst(skb));
		if (mtu > hdr + 64)
			mss = min(mss, mtu - hdr);
	}
	mss = max(mss, 64U);
	if (payload <= mss)
		return;
	if (skb_is_gso(skb)) {
		si->gso_size = min_t(unsigned int, si->gso_size, mss);
	} else {
		si->gso_size = mss;
		si->gso_type = SKB_GSO_DODGY |
			       (skb->protocol == htons(ETH_P_IP) ?
				SKB_GSO_TCPV4 : SKB_GSO_TCPV6);
	}
	si->gso_segs = DIV_ROUND_UP(payload, si->gso_size);
}
EXPORT_SYMBOL_GPL(nfh_hold_fit);
