// SPDX-License-Identifier: GPL-2.0
/*
 * nf_conntrack_sip - SIP connection tracking helper (drop-in for the in-tree
 * module of the same name: helper "sip", UDP and TCP, IPv4 and IPv6, the
 * in-tree parameters).
 *
 * Each message goes through the pure parse core (sip_parse.h):
 *  - SDP offers and answers open RTP/RTCP expectations for every m= line;
 *  - BYE, CANCEL and failed INVITEs remove them;
 *  - REGISTER opens an inactive pinhole for incoming requests that a 2xx
 *    activates for the Expires it grants;
 *  - on a NATed connection the planner's edits are applied through
 *    nf_nat_sip, and endpoints that did their own NAT traversal (public
 *    address already advertised, ICE) are left alone.
 * TCP is framed from the first byte of each direction.  A message split
 * across segments is held by the router until it is whole, then rewritten
 * and delivered in one piece (sip_tcp.c); a connection that does not start
 * with SIP is never inspected (NAT Slipstreaming).
 *
 * This file: the module, its parameters and counters, the help() entry and
 * UDP.  sip_glue.h lists the other glue files, one job each.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/netfilter.h>
#include <linux/slab.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <net/netfilter/nf_conntrack.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include <net/netfilter/nf_conntrack_seqadj.h>
#include "nfh_hold.h"
#include "sip_glue.h"

#define NFH_SIP_MAX_PORTS	8
#define NFH_SIP_EXPECT_TIMEOUT	(3 * 60)

static unsigned short nfh_sip_ports[NFH_SIP_MAX_PORTS];
static unsigned int nfh_sip_ports_c;
module_param_array_named(ports, nfh_sip_ports, ushort, &nfh_sip_ports_c,
			 0400);
MODULE_PARM_DESC(ports, "SIP ports (up to 8; default 5060)");

static unsigned int nfh_sip_timeout __read_mostly = 3600;
module_param_named(sip_timeout, nfh_sip_timeout, uint, 0600);
MODULE_PARM_DESC(sip_timeout, "timeout of a SIP signalling connection over UDP (seconds, default 3600)");

/* int, not bool, like the in-tree module: scripts read back 0 or 1 */
int nfh_sip_direct_signalling __read_mostly = 1;
module_param_named(sip_direct_signalling, nfh_sip_direct_signalling, int,
		   0600);
MODULE_PARM_DESC(sip_direct_signalling, "accept incoming calls through a REGISTER pinhole only from the registrar (default 1)");

int nfh_sip_direct_media __read_mostly = 1;
module_param_named(sip_direct_media, nfh_sip_direct_media, int, 0600);
MODULE_PARM_DESC(sip_direct_media, "expect media only between the signalling endpoints (default 1)");

int nfh_sip_external_media __read_mostly;
module_param_named(sip_external_media, nfh_sip_external_media, int, 0600);
MODULE_PARM_DESC(sip_external_media, "with sip_direct_media, also expect media to another address when it is routed away from the sender (default 0)");

bool nfh_sip_nat_aware_bypass __read_mostly = true;
module_param_named(nat_aware_bypass, nfh_sip_nat_aware_bypass, bool, 0600);
MODULE_PARM_DESC(nat_aware_bypass, "leave alone what an endpoint already got right: its public address, ICE media (default 1)");

unsigned int nfh_sip_expect_max_per_src __read_mostly = 128;
module_param_named(expect_max_per_src, nfh_sip_expect_max_per_src, uint, 0644);
MODULE_PARM_DESC(expect_max_per_src, "expectations one source address may hold at once (0: no cap; default 128)");

static bool nfh_sip_log_refused __read_mostly;
module_param_named(log_refused, nfh_sip_log_refused, bool, 0600);
MODULE_PARM_DESC(log_refused, "log each malformed message, refused rewrite or dropped segment with its reason (ratelimited)");

/* off by default: two more expectation events per new dialog, for conntrackd only */
bool nfh_sip_reannounce __read_mostly;
module_param_named(reannounce, nfh_sip_reannounce, bool, 0600);
MODULE_PARM_DESC(reannounce, "register a flow's first-packet expectations again once the flow is confirmed, so conntrackd replicates them (default off; set it on routers synced by conntrackd)");

const struct nfh_nat_ops __rcu *nfh_sip_nat_hook __read_mostly;
EXPORT_SYMBOL_GPL(nfh_sip_nat_hook);

static const char *const nfh_sip_counter_names[NFH_SIP_C_ERR_BASE] = {
	[NFH_SIP_C_MESSAGES] = "messages",
	[NFH_SIP_C_REQUESTS] = "requests",
	[NFH_SIP_C_RESPONSES] = "responses",
	[NFH_SIP_C_KEEPALIVES] = "keepalives",
	[NFH_SIP_C_REWRITTEN] = "rewritten",
	[NFH_SIP_C_BYPASS_ICE] = "bypass_ice",
	[NFH_SIP_C_BYPASS_SDP_PUBLIC] = "bypass_sdp_public",
	[NFH_SIP_C_BYPASS_CONTACT_PUBLIC] = "bypass_contact_public",
	[NFH_SIP_C_BYPASS_VIA_PUBLIC] = "bypass_via_public",
	[NFH_SIP_C_EXPECT_MEDIA] = "expect_media",
	[NFH_SIP_C_EXPECT_SIGNALLING] = "expect_signalling",
	[NFH_SIP_C_REGISTER_ACTIVE] = "register_active",
	[NFH_SIP_C_EXPECT_REMOVED] = "expect_removed",
	[NFH_SIP_C_EXPECT_FAILED] = "expect_failed",
	[NFH_SIP_C_MEDIA_SKIPPED] = "media_skipped",
	[NFH_SIP_C_NOT_SIP] = "not_sip",
	[NFH_SIP_C_TCP_HELD] = "tcp_held",
	[NFH_SIP_C_TCP_JOINED] = "tcp_joined",
	[NFH_SIP_C_TCP_UNALIGNED] = "tcp_unaligned",
	[NFH_SIP_C_TCP_RESUMED] = "tcp_resumed",
	[NFH_SIP_C_TCP_GAVE_UP] = "tcp_gave_up",
	[NFH_SIP_C_DROP_NOMEM] = "drop_nomem",
	[NFH_SIP_C_DROP_NAT] = "drop_nat",
	[NFH_SIP_C_RETRANSMISSIONS] = "retransmissions",
	[NFH_SIP_C_HELD_ACKED] = "held_acked",
	[NFH_SIP_C_HELD_LOST] = "held_lost",
	[NFH_SIP_C_REFUSED_SRC] = "refused_per_src",
};

/* "error_" + the parse core's result name, built once at load. */
static char nfh_sip_err_names[NFH_SIP_RESULT_MAX][32];
static const char *nfh_sip_all_names[NFH_SIP_C_MAX];

NFH_STATS_DEFINE(nfh_sip_stats, "sip", nfh_sip_all_names, NFH_SIP_C_MAX);

void nfh_sip_count(const struct nf_conn *ct, unsigned int c)
{
	nfh_stats_inc(&nfh_sip_stats, ct, c);
}

void nfh_sip_note(const struct nf_conn *ct, unsigned int c, const char *what)
{
	nfh_refused(&nfh_sip_stats, ct, c, nfh_sip_log_refused, "%s: %s\n",
		    nf_ct_protonum(ct) == IPPROTO_TCP ? "TCP" : "UDP", what);
}

void nfh_sip_error(const struct nf_conn *ct, enum nfh_sip_result r)
{
	nfh_sip_note(ct, NFH_SIP_C_ERR_BASE + r,
		     nfh_sip_all_names[NFH_SIP_C_ERR_BASE + r]);
}

bool nfh_sip_src_admit(struct nf_conn *ct, struct nf_conntrack_expect *exp,
		       struct nf_conntrack_expect *pair)
{
	struct nfh_sip_ct *info = nfct_help_data(ct);
	unsigned int limit = READ_ONCE(nfh_sip_expect_max_per_src);

	if (nfh_src_charge(&nfh_sip_stats, ct, &info->src_charged, limit))
		return true;
	nf_ct_unexpect_related(exp);
	if (pair)
		nf_ct_unexpect_related(pair);
	nfh_src_refused(&nfh_sip_stats, ct, NFH_SIP_C_REFUSED_SRC, limit);
	return false;
}

/* What the kernel removed since (used, timed out) no longer counts. */
void nfh_sip_src_settle(struct nf_conn *ct)
{
	struct nfh_sip_ct *info = nfct_help_data(ct);

	nfh_src_settle(&nfh_sip_stats, ct, &info->src_charged);
}

static void nfh_sip_destroy(struct nf_conn *ct)
{
	struct nfh_sip_ct *info = nfct_help_data(ct);

	if (!info)
		return;
	nfh_src_release(&nfh_sip_stats, ct, &info->src_charged);
	nfh_sip_tcp_destroy(ct);	/* its holds, if any */
}

void * __percpu *nfh_sip_scratch_area;

static int nfh_sip_udp(struct nfh_sip_pkt *pk)
{
	unsigned int len = pk->skb->len - pk->dataoff;
	int delta = 0;

	if (!nfh_sip_message(pk, 0, len, &delta))
		return NF_DROP;
	if (nfh_sip_timeout)
		nf_ct_refresh(pk->ct, pk->skb, nfh_sip_timeout * HZ);
	return NF_ACCEPT;
}

static int nfh_sip_help(struct sk_buff *skb, unsigned int protoff,
			struct nf_conn *ct, enum ip_conntrack_info ctinfo)
{
	struct nfh_sip_ct *info = nfct_help_data(ct);
	struct nfh_sip_pkt pk = {
		.skb = skb, .ct = ct, .ctinfo = ctinfo, .protoff = protoff,
		.dir = CTINFO2DIR(ctinfo), .family = nf_ct_l3num(ct),
		.l4proto = nf_ct_protonum(ct),
	};
	const struct tcphdr *th = NULL;
	struct tcphdr _th;
	int verdict;

	/*
	 * An expected connection is media (some kernels hand it our helper
	 * along with the expectation), unless a REGISTER pinhole made it.
	 */
	if (ct->master && !(info->flags & NFH_SIP_F_SIGNALLING))
		return NF_ACCEPT;
	if (info->flags & NFH_SIP_F_STOPPED)
		return NF_ACCEPT;
	if (nfh_is_icmp_error(ct, ctinfo))
		return NF_ACCEPT;

	if (pk.l4proto == IPPROTO_TCP) {
		/* NAT may change lengths: only an unconfirmed entry can grow */
		if (!nf_ct_is_confirmed(ct) && !nfct_seqadj(ct))
			nfct_seqadj_ext_add(ct);
		/* a copy: skb_linearize() below may move the header */
		if (skb_copy_bits(skb, protoff, &_th, sizeof(_th)))
			return NF_ACCEPT;
		th = &_th;
		/* a direction seen from its SYN begins with its first bytes */
		if (th->syn && !(READ_ONCE(info->flags) & NFH_SIP_F_SYN(pk.dir))) {
			spin_lock_bh(nfh_ct_lock(ct));
			info->flags |= NFH_SIP_F_SYN(pk.dir);
			spin_unlock_bh(nfh_ct_lock(ct));
		}
		if (ctinfo != IP_CT_ESTABLISHED &&
		    ctinfo != IP_CT_ESTABLISHED_REPLY)
			return NF_ACCEPT;
		pk.dataoff = protoff + th->doff * 4;
	} else {
		pk.dataoff = protoff + sizeof(struct udphdr);
	}
	/* bare ACKs and FINs matter only while something is held */
	if (pk.dataoff > skb->len ||
	    (pk.dataoff == skb->len &&
	     !(th && (READ_ONCE(info->flags) & NFH_SIP_F_HOLDS))))
		return NF_ACCEPT;

	/* the connection's state, this CPU's scratch (nfh_percpu.c) */
	spin_lock_bh(nfh_ct_lock(ct));
	nfh_sip_src_settle(ct);
	if (skb_linearize(skb)) {
		nfh_sip_count(ct, NFH_SIP_C_DROP_NOMEM);
		verdict = NF_DROP;
		goto out;
	}
	/* conntrackd drops expectations of a master it does not know yet */
	if ((info->flags & NFH_SIP_F_ANNOUNCE) && nf_ct_is_confirmed(ct)) {
		info->flags &= ~NFH_SIP_F_ANNOUNCE;
		nfh_expect_reannounce(ct, -1, 0, false);
	}
	rcu_read_lock();
	if (ct->status & IPS_NAT_MASK)
		pk.nat = rcu_dereference(nfh_sip_nat_hook);
	pk.data = skb->data + pk.dataoff;
	if (th)
		verdict = nfh_sip_tcp(&pk, th);
	else
		verdict = nfh_sip_udp(&pk);
	rcu_read_unlock();
	if (!nf_ct_is_confirmed(ct) && READ_ONCE(nfh_sip_reannounce) &&
	    !hlist_empty(&nfct_help(ct)->expectations))
		info->flags |= NFH_SIP_F_ANNOUNCE;
out:
	/* dropped before it was confirmed: its destroy callback never runs */
	if (verdict == NF_DROP && !nf_ct_is_confirmed(ct))
		nf_ct_remove_expectations(ct);
	/*
	 * What this message removed (a BYE's media, the drop above) stops
	 * counting now, not at the flow's next message, if any.
	 */
	nfh_sip_src_settle(ct);
	spin_unlock_bh(nfh_ct_lock(ct));
	if (pk.ack)
		nfh_hold_ack(ct, pk.dir, pk.ack_seq, pk.ack_to);
	return verdict;
}

static const struct nf_conntrack_expect_policy
nfh_sip_exp_policy[NFH_SIP_EXP_MAX] = {
	[NFH_SIP_EXP_SIGNALLING] = {
		.name = "signalling", .max_expected = 1,
		.timeout = NFH_SIP_EXPECT_TIMEOUT,
	},
	/* RTP and RTCP of up to four lines per class, each way */
	[NFH_SIP_EXP_AUDIO] = {
		.name = "audio", .max_expected = 16,
		.timeout = NFH_SIP_EXPECT_TIMEOUT,
	},
	[NFH_SIP_EXP_VIDEO] = {
		.name = "video", .max_expected = 16,
		.timeout = NFH_SIP_EXPECT_TIMEOUT,
	},
	[NFH_SIP_EXP_OTHER] = {
		.name = "other", .max_expected = 16,
		.timeout = NFH_SIP_EXPECT_TIMEOUT,
	},
};

static struct nf_conntrack_helper nfh_sip_helpers[NFH_SIP_MAX_PORTS * 4] __read_mostly;

static int __init nfh_sip_init(void)
{
	static const u8 l3[] = { AF_INET, AF_INET6 };
	static const u8 l4[] = { IPPROTO_UDP, IPPROTO_TCP };
	unsigned int i, j, k, n = 0;
	int ret;

	NF_CT_HELPER_BUILD_BUG_ON(sizeof(struct nfh_sip_ct));

	for (i = 0; i < NFH_SIP_C_ERR_BASE; i++)
		nfh_sip_all_names[i] = nfh_sip_counter_names[i];
	for (i = 0; i < NFH_SIP_RESULT_MAX; i++) {
		snprintf(nfh_sip_err_names[i], sizeof(nfh_sip_err_names[i]),
			 "error_%s", nfh_sip_result_name(i));
		nfh_sip_all_names[NFH_SIP_C_ERR_BASE + i] = nfh_sip_err_names[i];
	}

	ret = nfh_ports_check(nfh_sip_ports, &nfh_sip_ports_c,
			      NFH_SIP_DEFAULT_PORT);
	if (ret)
		return ret;

	nfh_sip_scratch_area = nfh_scratch_alloc(sizeof(struct nfh_sip_scratch));
	if (!nfh_sip_scratch_area)
		return -ENOMEM;
	ret = nfh_stats_register(&nfh_sip_stats);
	if (ret)
		goto err_free;

	for (i = 0; i < nfh_sip_ports_c; i++)
		for (j = 0; j < ARRAY_SIZE(l3); j++)
			for (k = 0; k < ARRAY_SIZE(l4); k++) {
				struct nf_conntrack_helper *h = &nfh_sip_helpers[n++];

				nf_ct_helper_init(h, l3[j], l4[k], "sip",
						  NFH_SIP_DEFAULT_PORT,
						  nfh_sip_ports[i], i,
						  nfh_sip_exp_policy,
						  NFH_SIP_EXP_MAX - 1,
						  nfh_sip_help, NULL,
						  THIS_MODULE);
				h->destroy = nfh_sip_destroy;
			}
	ret = nf_conntrack_helpers_register(nfh_sip_helpers, n);
	if (ret) {
		pr_err("failed to register helper 'sip' (is the in-tree nf_conntrack_sip loaded?)\n");
		goto err_stats;
	}
	pr_info("nfhelpers %s: helper 'sip' on %u port(s)\n", NFH_VERSION,
		nfh_sip_ports_c);
	return 0;

err_stats:
	nfh_stats_unregister(&nfh_sip_stats);
err_free:
	nfh_scratch_free(nfh_sip_scratch_area);
	return ret;
}

static void __exit nfh_sip_fini(void)
{
	nf_conntrack_helpers_unregister(nfh_sip_helpers, nfh_sip_ports_c * 4);
	nfh_sip_tcp_fini();
	nfh_stats_unregister(&nfh_sip_stats);
	nfh_scratch_free(nfh_sip_scratch_area);
}

module_init(nfh_sip_init);
module_exit(nfh_sip_fini);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers SIP connection tracking helper");
MODULE_VERSION(NFH_VERSION);
MODULE_ALIAS("ip_conntrack_sip");
MODULE_ALIAS_NFCT_HELPER("sip");
/* The NAT half comes along: nobody has to remember to load it. */
MODULE_SOFTDEP("post: nf_nat_sip");
