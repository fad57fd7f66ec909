// SPDX-License-Identifier: GPL-2.0
/*
 * nf_conntrack_h323 - H.323 connection tracking helper (drop-in for the
 * in-tree module of the same name: helpers "Q.931" (TCP), "RAS" (UDP) and
 * "H.245" (given to expected connections), IPv4 and IPv6, the in-tree
 * parameters).
 *
 * Each message goes through the aligned-PER decoder (h323_parse.h), which
 * reports every transport address with its byte offsets:
 *  - h245Address, fastStart and tunnelled H.245 logical channels, H.245
 *    OpenLogicalChannel(Ack) and call forwards open expectations;
 *  - RAS registrations open a pinhole for calls to the endpoint for the
 *    time the gatekeeper grants, admissions one for the call they admit;
 *  - on a NATed connection the addresses are changed in place (lengths
 *    never change) through nf_nat_h323;
 *  - an address is only expected when it is the sender's own, or when the
 *    connection it admits leaves from the NAT's inside: never one that
 *    points at a third host behind the router (NAT Slipstreaming 2.0);
 *  - endpoints doing their own traversal (H.460.18/19) are left alone.
 * TCP is framed by TPKT from the first byte of each direction
 * (nfh_stream.h), a TPKT split across segments is joined (h323_tcp.c); a
 * connection that does not start with a TPKT is never inspected.
 *
 * This file: the module, its parameters and counters, the helpers and
 * their help() entries.  h323_glue.h lists the other glue files.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/netfilter.h>
#include <linux/slab.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <net/netfilter/nf_conntrack.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include "nfh_hold.h"
#include "h323_glue.h"

#define NFH_H323_MAX_PORTS	8
#define NFH_H323_Q931_PORT	1720
#define NFH_H323_RAS_PORT	1719
#define NFH_H323_EXPECT_TIMEOUT	240

static unsigned short nfh_h323_ports[NFH_H323_MAX_PORTS];
static unsigned int nfh_h323_ports_c;
module_param_array_named(ports, nfh_h323_ports, ushort, &nfh_h323_ports_c,
			 0400);
MODULE_PARM_DESC(ports, "Q.931 call signalling ports, TCP (up to 8; default 1720)");

static unsigned short nfh_h323_ras_ports[NFH_H323_MAX_PORTS];
static unsigned int nfh_h323_ras_ports_c;
module_param_array_named(ras_ports, nfh_h323_ras_ports, ushort,
			 &nfh_h323_ras_ports_c, 0400);
MODULE_PARM_DESC(ras_ports, "RAS ports, UDP (up to 8; default 1719)");

unsigned int nfh_h323_default_rrq_ttl __read_mostly = 300;
module_param_named(default_rrq_ttl, nfh_h323_default_rrq_ttl, uint, 0600);
MODULE_PARM_DESC(default_rrq_ttl, "use this TTL if it's missing in RRQ (seconds, default 300)");

int nfh_h323_gkrouted_only __read_mostly = 1;
module_param_named(gkrouted_only, nfh_h323_gkrouted_only, int, 0600);
MODULE_PARM_DESC(gkrouted_only, "only accept calls from gatekeeper (default 1)");

bool nfh_h323_callforward_filter __read_mostly = true;
module_param_named(callforward_filter, nfh_h323_callforward_filter, bool, 0600);
MODULE_PARM_DESC(callforward_filter, "only create call forwarding expectations if both endpoints are on different sides (determined by routing information; default 1)");

static unsigned int nfh_h323_expect_max_per_src __read_mostly = 128;
module_param_named(expect_max_per_src, nfh_h323_expect_max_per_src, uint, 0644);
MODULE_PARM_DESC(expect_max_per_src, "expectations one source address may hold at once (0: no cap; default 128)");

static bool nfh_h323_log_refused __read_mostly;
module_param_named(log_refused, nfh_h323_log_refused, bool, 0600);
MODULE_PARM_DESC(log_refused, "log each malformed message, refused address or dropped segment with its reason (ratelimited)");

const struct nfh_nat_ops __rcu *nfh_h323_nat_hook __read_mostly;
EXPORT_SYMBOL_GPL(nfh_h323_nat_hook);

static const char *const nfh_h323_counter_names[NFH_H323_C_ERR_BASE] = {
	[NFH_H323_C_MESSAGES_Q931] = "messages_q931",
	[NFH_H323_C_MESSAGES_H245] = "messages_h245",
	[NFH_H323_C_MESSAGES_RAS] = "messages_ras",
	[NFH_H323_C_REWRITTEN] = "rewritten",
	[NFH_H323_C_EXPECT_H245] = "expect_h245",
	[NFH_H323_C_EXPECT_MEDIA] = "expect_media",
	[NFH_H323_C_EXPECT_T120] = "expect_t120",
	[NFH_H323_C_EXPECT_Q931] = "expect_q931",
	[NFH_H323_C_EXPECT_REMOVED] = "expect_removed",
	[NFH_H323_C_RELEASE_SHARED] = "release_shared",
	[NFH_H323_C_EXPECT_FAILED] = "expect_failed",
	[NFH_H323_C_REFUSED_THIRD_PARTY] = "refused_third_party",
	[NFH_H323_C_REFUSED_LOW_PORT] = "refused_low_port",
	[NFH_H323_C_STEP_ASIDE_H460] = "step_aside_h460",
	[NFH_H323_C_REGISTRATIONS] = "registrations",
	[NFH_H323_C_UNREGISTRATIONS] = "unregistrations",
	[NFH_H323_C_NOT_H323] = "not_h323",
	[NFH_H323_C_TPKT_HELD] = "tpkt_held",
	[NFH_H323_C_TPKT_JOINED] = "tpkt_joined",
	[NFH_H323_C_TPKT_UNALIGNED] = "tpkt_unaligned",
	[NFH_H323_C_TPKT_GAVE_UP] = "tpkt_gave_up",
	[NFH_H323_C_TPKT_ACKED] = "tpkt_acked",
	[NFH_H323_C_TPKT_LOST] = "tpkt_lost",
	[NFH_H323_C_REFUSED_SRC] = "refused_per_src",
	[NFH_H323_C_DROP_NOMEM] = "drop_nomem",
	[NFH_H323_C_DROP_NAT] = "drop_nat",
	[NFH_H323_C_HELPER_HANDED] = "helper_handed",
};

/* "error_" + the decoder's result name, built once at load. */
static char nfh_h323_err_names[NFH_H323_RESULT_MAX][32];
static const char *nfh_h323_all_names[NFH_H323_C_MAX];

NFH_STATS_DEFINE(nfh_h323_stats, "h323", nfh_h323_all_names, NFH_H323_C_MAX);

void nfh_h323_count(const struct nf_conn *ct, unsigned int c)
{
	nfh_stats_inc(&nfh_h323_stats, ct, c);
}

void nfh_h323_note(const struct nf_conn *ct, unsigned int c, const char *what)
{
	nfh_refused(&nfh_h323_stats, ct, c, nfh_h323_log_refused, "%s: %s\n",
		    nf_ct_protonum(ct) == IPPROTO_TCP ? "TCP" : "UDP", what);
}

void * __percpu *nfh_h323_scratch_area;

bool nfh_h323_src_admit(struct nf_conn *ct, struct nf_conntrack_expect *exp,
			struct nf_conntrack_expect *pair)
{
	struct nfh_h323_ct *info = nfct_help_data(ct);
	unsigned int limit = READ_ONCE(nfh_h323_expect_max_per_src);

	if (nfh_src_charge(&nfh_h323_stats, ct, &info->src_charged, limit))
		return true;
	nf_ct_unexpect_related(exp);
	if (pair)
		nf_ct_unexpect_related(pair);
	nfh_src_refused(&nfh_h323_stats, ct, NFH_H323_C_REFUSED_SRC, limit);
	return false;
}

/* What the kernel removed since (used, timed out) no longer counts. */
static void nfh_h323_src_settle(struct nf_conn *ct)
{
	struct nfh_h323_ct *info = nfct_help_data(ct);

	nfh_src_settle(&nfh_h323_stats, ct, &info->src_charged);
}

static void nfh_h323_destroy(struct nf_conn *ct)
{
	struct nfh_h323_ct *info = nfct_help_data(ct);

	if (!info)
		return;
	nfh_src_release(&nfh_h323_stats, ct, &info->src_charged);
	if (nf_ct_protonum(ct) == IPPROTO_TCP)
		nfh_h323_tcp_destroy(ct);	/* its joins */
}

static int nfh_h323_help(struct sk_buff *skb, unsigned int protoff,
			 struct nf_conn *ct, enum ip_conntrack_info ctinfo,
			 u8 kind)
{
	struct nfh_h323_ct *info = nfct_help_data(ct);
	struct nfh_h323_pkt pk = {
		.skb = skb, .ct = ct, .ctinfo = ctinfo, .protoff = protoff,
		.dir = CTINFO2DIR(ctinfo), .family = nf_ct_l3num(ct),
		.kind = kind,
	};
	const struct tcphdr *th = NULL;
	struct tcphdr _th;
	int verdict;

	/* some kernels hand the master's helper to media connections */
	if (nf_ct_protonum(ct) != (kind == NFH_H323_RAS ? IPPROTO_UDP :
						    IPPROTO_TCP))
		return NF_ACCEPT;
	if (info->flags & NFH_H323_F_STEPPED_ASIDE)
		return NF_ACCEPT;
	if (nfh_is_icmp_error(ct, ctinfo))
		return NF_ACCEPT;
	if (kind != NFH_H323_RAS) {
		if (ctinfo != IP_CT_ESTABLISHED &&
		    ctinfo != IP_CT_ESTABLISHED_REPLY)
			return NF_ACCEPT;
		/* a copy: skb_linearize() below may move the header */
		if (skb_copy_bits(skb, protoff, &_th, sizeof(_th)))
			return NF_ACCEPT;
		th = &_th;
		pk.dataoff = protoff + th->doff * 4;
	} else {
		pk.dataoff = protoff + sizeof(struct udphdr);
	}
	if (pk.dataoff >= skb->len)
		return NF_ACCEPT;

	/* the connection's state, this CPU's scratch (nfh_percpu.c) */
	spin_lock_bh(nfh_ct_lock(ct));
	nfh_h323_src_settle(ct);
	if (skb_linearize(skb)) {
		nfh_h323_count(ct, NFH_H323_C_DROP_NOMEM);
		verdict = NF_DROP;
		goto out;
	}
	rcu_read_lock();
	if (ct->status & IPS_NAT_MASK)
		pk.nat = rcu_dereference(nfh_h323_nat_hook);
	if (th)
		verdict = nfh_h323_tcp(&pk, th);
	else
		verdict = nfh_h323_message(&pk, 0, skb->len - pk.dataoff) ?
			  NF_ACCEPT : NF_DROP;
	rcu_read_unlock();
out:
	/* dropped before it was confirmed: its destroy callback never runs */
	if (verdict == NF_DROP && !nf_ct_is_confirmed(ct))
		nf_ct_remove_expectations(ct);
	/*
	 * What this message removed (a ReleaseComplete's cleanup, the drop
	 * above) stops counting now: often no message follows on this
	 * connection, whose charge would otherwise last until it is gone.
	 */
	nfh_h323_src_settle(ct);
	spin_unlock_bh(nfh_ct_lock(ct));
	if (pk.ack_held)
		nfh_hold_ack(ct, pk.dir, pk.ack_seq, pk.ack_to);
	return verdict;
}

static int nfh_h323_q931_help(struct sk_buff *skb, unsigned int protoff,
			      struct nf_conn *ct, enum ip_conntrack_info ctinfo)
{
	return nfh_h323_help(skb, protoff, ct, ctinfo, NFH_H323_Q931);
}

static int nfh_h323_h245_help(struct sk_buff *skb, unsigned int protoff,
			      struct nf_conn *ct, enum ip_conntrack_info ctinfo)
{
	return nfh_h323_help(skb, protoff, ct, ctinfo, NFH_H323_H245);
}

static int nfh_h323_ras_help(struct sk_buff *skb, unsigned int protoff,
			     struct nf_conn *ct, enum ip_conntrack_info ctinfo)
{
	return nfh_h323_help(skb, protoff, ct, ctinfo, NFH_H323_RAS);
}

/* The three helpers share one policy table: see enum nfh_h323_exp_class. */
static const struct nf_conntrack_expect_policy
nfh_h323_exp_policy[NFH_H323_EXP_MAX] = {
	[NFH_H323_EXP_SIGNALLING] = {
		.name = "signalling", .max_expected = 16,
		.timeout = NFH_H323_EXPECT_TIMEOUT,
	},
	/* audio, video, content, FECC: RTP and RTCP, each way, a few calls */
	[NFH_H323_EXP_MEDIA] = {
		.name = "media", .max_expected = 64,
		.timeout = NFH_H323_EXPECT_TIMEOUT,
	},
	[NFH_H323_EXP_REGISTRATION] = {
		.name = "registration", .max_expected = 4,
		.timeout = NFH_H323_EXPECT_TIMEOUT,
	},
};

#define NFH_H323_HELPERS_MAX	(2 * (2 * NFH_H323_MAX_PORTS + 1))

static struct nf_conntrack_helper nfh_h323_helpers[NFH_H323_HELPERS_MAX] __read_mostly;
static unsigned int nfh_h323_helpers_n;
/* The H.245 and first Q.931 helper of each family, for expectations. */
static struct nf_conntrack_helper *nfh_h323_h245_of[2], *nfh_h323_q931_of[2];

struct nf_conntrack_helper *nfh_h323_helper(u8 kind, u8 family)
{
	unsigned int f = family == AF_INET6;

	return kind == NFH_H323_H245 ? nfh_h323_h245_of[f] :
				       nfh_h323_q931_of[f];
}

static struct nf_conntrack_helper *
nfh_h323_add(const char *name, u8 family, u8 l4proto, u16 def, u16 port,
	     unsigned int id,
	     int (*help)(struct sk_buff *, unsigned int, struct nf_conn *,
			 enum ip_conntrack_info))
{
	struct nf_conntrack_helper *h = &nfh_h323_helpers[nfh_h323_helpers_n++];

	nf_ct_helper_init(h, family, l4proto, name, def, port, id,
			  nfh_h323_exp_policy, NFH_H323_EXP_MAX - 1, help,
			  NULL, THIS_MODULE);
	h->destroy = nfh_h323_destroy;
	return h;
}

static int __init nfh_h323_init(void)
{
	static const u8 l3[] = { AF_INET, AF_INET6 };
	unsigned int i, j;
	int ret;

	NF_CT_HELPER_BUILD_BUG_ON(sizeof(struct nfh_h323_ct));

	for (i = 0; i < NFH_H323_C_ERR_BASE; i++)
		nfh_h323_all_names[i] = nfh_h323_counter_names[i];
	for (i = 0; i < NFH_H323_RESULT_MAX; i++) {
		snprintf(nfh_h323_err_names[i], sizeof(nfh_h323_err_names[i]),
			 "error_%s", nfh_h323_result_name(i));
		nfh_h323_all_names[NFH_H323_C_ERR_BASE + i] = nfh_h323_err_names[i];
	}

	ret = nfh_ports_check(nfh_h323_ports, &nfh_h323_ports_c,
			      NFH_H323_Q931_PORT);
	if (!ret)
		ret = nfh_ports_check(nfh_h323_ras_ports, &nfh_h323_ras_ports_c,
				      NFH_H323_RAS_PORT);
	if (ret)
		return ret;

	nfh_h323_scratch_area =
		nfh_scratch_alloc(sizeof(struct nfh_h323_scratch));
	if (!nfh_h323_scratch_area)
		return -ENOMEM;
	ret = nfh_stats_register(&nfh_h323_stats);
	if (ret)
		goto err_free;

	for (j = 0; j < ARRAY_SIZE(l3); j++) {
		/* H.245: only ever given to connections by an expectation */
		nfh_h323_h245_of[j] = nfh_h323_add("H.245", l3[j], IPPROTO_TCP,
						   0, 0, 0, nfh_h323_h245_help);
		for (i = 0; i < nfh_h323_ports_c; i++) {
			struct nf_conntrack_helper *h;

			h = nfh_h323_add("Q.931", l3[j], IPPROTO_TCP,
					 NFH_H323_Q931_PORT, nfh_h323_ports[i],
					 i, nfh_h323_q931_help);
			if (!i)
				nfh_h323_q931_of[j] = h;
		}
		for (i = 0; i < nfh_h323_ras_ports_c; i++)
			nfh_h323_add("RAS", l3[j], IPPROTO_UDP,
				     NFH_H323_RAS_PORT, nfh_h323_ras_ports[i], i,
				     nfh_h323_ras_help);
	}
	nfh_h323_expect_init();
	ret = nf_conntrack_helpers_register(nfh_h323_helpers,
					    nfh_h323_helpers_n);
	if (ret) {
		pr_err("failed to register helpers 'Q.931', 'H.245', 'RAS' (is the in-tree nf_conntrack_h323 loaded?)\n");
		goto err_fns;
	}
	pr_info("nfhelpers %s: helpers 'Q.931' on %u port(s), 'RAS' on %u, 'H.245'\n",
		NFH_VERSION, nfh_h323_ports_c, nfh_h323_ras_ports_c);
	return 0;

err_fns:
	nfh_h323_expect_fini();
	nfh_stats_unregister(&nfh_h323_stats);
err_free:
	nfh_scratch_free(nfh_h323_scratch_area);
	return ret;
}

static void __exit nfh_h323_fini(void)
{
	nf_conntrack_helpers_unregister(nfh_h323_helpers, nfh_h323_helpers_n);
	nfh_h323_expect_fini();
	nfh_stats_unregister(&nfh_h323_stats);
	nfh_h323_tcp_fini();
	nfh_scratch_free(nfh_h323_scratch_area);
}

module_init(nfh_h323_init);
module_exit(nfh_h323_fini);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers H.323 connection tracking helper");
MODULE_VERSION(NFH_VERSION);
MODULE_ALIAS("ip_conntrack_h323");
MODULE_ALIAS_NFCT_HELPER("RAS");
MODULE_ALIAS_NFCT_HELPER("Q.931");
MODULE_ALIAS_NFCT_HELPER("H.245");
/* The NAT half comes along: nobody has to remember to load it. */
MODULE_SOFTDEP("post: nf_nat_h323");
