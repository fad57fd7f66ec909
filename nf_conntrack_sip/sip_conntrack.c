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
 * across segments is held (its segments dropped, so the sender retransmits)
 * until one segment carries all of it; a connection that does not start
 * with SIP is never inspected (NAT Slipstreaming).
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/netfilter.h>
#include <linux/proc_fs.h>
#include <linux/slab.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <net/netns/generic.h>
#include <net/route.h>
#include <net/netfilter/nf_conntrack.h>
#include <net/netfilter/nf_conntrack_core.h>
#include <net/netfilter/nf_conntrack_expect.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include <net/netfilter/nf_conntrack_seqadj.h>
#include <net/tcp.h>
#include "../compat/compat.h"	/* its expectation part */
#include "nfh_core.h"
#include "nfh_sip.h"
#include "sip_parse.h"

#define NFH_SIP_MAX_PORTS	8
#define NFH_SIP_MEDIA_MAX	16	/* m= lines looked at per message */
#define NFH_SIP_FRAMES_MAX	32	/* TCP messages handled per segment */
#define NFH_SIP_HOLD_TRIES	4	/* drops before a split message passes */
#define NFH_SIP_MIN_SEG		536	/* a segment every TCP may send */
#define NFH_SIP_EXPECT_TIMEOUT	(3 * 60)
#define NFH_SIP_DEFAULT_EXPIRES	3600

static unsigned short ports[NFH_SIP_MAX_PORTS];
static unsigned int ports_c;
module_param_array(ports, ushort, &ports_c, 0400);
MODULE_PARM_DESC(ports, "SIP ports (up to 8; default 5060)");

static unsigned int sip_timeout __read_mostly = 3600;
module_param(sip_timeout, uint, 0600);
MODULE_PARM_DESC(sip_timeout, "timeout of a SIP signalling connection over UDP (seconds, default 3600)");

/* int, not bool, like the in-tree module: scripts read back 0 or 1 */
static int sip_direct_signalling __read_mostly = 1;
module_param(sip_direct_signalling, int, 0600);
MODULE_PARM_DESC(sip_direct_signalling, "accept incoming calls through a REGISTER pinhole only from the registrar (default 1)");

static int sip_direct_media __read_mostly = 1;
module_param(sip_direct_media, int, 0600);
MODULE_PARM_DESC(sip_direct_media, "expect media only between the signalling endpoints (default 1)");

static int sip_external_media __read_mostly;
module_param(sip_external_media, int, 0600);
MODULE_PARM_DESC(sip_external_media, "with sip_direct_media, also expect media to another address when it is routed away from the sender (default 0)");

static bool nat_aware_bypass __read_mostly = true;
module_param(nat_aware_bypass, bool, 0600);
MODULE_PARM_DESC(nat_aware_bypass, "leave alone what an endpoint already got right: its public address, ICE media (default 1)");

static bool log_refused __read_mostly;
module_param(log_refused, bool, 0600);
MODULE_PARM_DESC(log_refused, "log each malformed message, refused rewrite or dropped segment with its reason (ratelimited)");

const struct nfh_sip_nat_ops __rcu *nfh_sip_nat_hook __read_mostly;
EXPORT_SYMBOL_GPL(nfh_sip_nat_hook);

enum nfh_sip_counter {
	NFH_SIP_C_MESSAGES,
	NFH_SIP_C_REQUESTS,
	NFH_SIP_C_RESPONSES,
	NFH_SIP_C_KEEPALIVES,
	NFH_SIP_C_REWRITTEN,
	NFH_SIP_C_BYPASS_ICE,
	NFH_SIP_C_BYPASS_SDP_PUBLIC,
	NFH_SIP_C_BYPASS_CONTACT_PUBLIC,
	NFH_SIP_C_BYPASS_VIA_PUBLIC,
	NFH_SIP_C_EXPECT_MEDIA,
	NFH_SIP_C_EXPECT_SIGNALLING,
	NFH_SIP_C_REGISTER_ACTIVE,
	NFH_SIP_C_EXPECT_REMOVED,
	NFH_SIP_C_EXPECT_FAILED,
	NFH_SIP_C_MEDIA_SKIPPED,
	NFH_SIP_C_NOT_SIP,
	NFH_SIP_C_TCP_HELD,
	NFH_SIP_C_TCP_JOINED,
	NFH_SIP_C_TCP_UNALIGNED,
	NFH_SIP_C_TCP_GAVE_UP,
	NFH_SIP_C_DROP_NOMEM,
	NFH_SIP_C_DROP_NAT,
	NFH_SIP_C_ERR_BASE,	/* error_<reason>, indexed by nfh_sip_result */
	NFH_SIP_C_MAX = NFH_SIP_C_ERR_BASE + NFH_SIP_RESULT_MAX,
};

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
	[NFH_SIP_C_TCP_GAVE_UP] = "tcp_gave_up",
	[NFH_SIP_C_DROP_NOMEM] = "drop_nomem",
	[NFH_SIP_C_DROP_NAT] = "drop_nat",
};

/* "error_" + the parse core's result name, built once at load. */
static char nfh_sip_err_names[NFH_SIP_RESULT_MAX][32];
static const char *nfh_sip_all_names[NFH_SIP_C_MAX];

struct nfh_sip_net {
	atomic64_t ctr[NFH_SIP_C_MAX];
};

static unsigned int nfh_sip_net_id __read_mostly;

static void nfh_sip_count(const struct nf_conn *ct, unsigned int c)
{
	struct nfh_sip_net *sn = net_generic(nf_ct_net(ct), nfh_sip_net_id);

	atomic64_inc(&sn->ctr[c]);
}

static void nfh_sip_note(const struct nf_conn *ct, unsigned int c,
			 const char *what)
{
	nfh_sip_count(ct, c);
	if (log_refused)
		net_info_ratelimited("%s %s: %s\n",
				     nf_ct_l3num(ct) == AF_INET ? "IPv4" : "IPv6",
				     nf_ct_protonum(ct) == IPPROTO_TCP ? "TCP" : "UDP",
				     what);
}

static void nfh_sip_error(const struct nf_conn *ct, enum nfh_sip_result r)
{
	nfh_sip_note(ct, NFH_SIP_C_ERR_BASE + r, nfh_sip_all_names[NFH_SIP_C_ERR_BASE + r]);
}

/* Per-connection state in the conntrack helper area (32 bytes). */
struct nfh_sip_ct {
	u32 next_seq[IP_CT_DIR_MAX];	/* TCP: where the next message starts */
	u32 last_start[IP_CT_DIR_MAX];	/* TCP: last segment parsed from its start */
	u32 register_cseq;		/* CSeq of the pending REGISTER */
	u16 max_seg[IP_CT_DIR_MAX];	/* TCP: largest payload seen */
	u8 hold_tries[IP_CT_DIR_MAX];	/* TCP: drops of a held message */
	u8 synced;			/* TCP: bit per direction */
	u8 flags;
};

#define NFH_SIP_F_STOPPED	0x01	/* never inspected again */
#define NFH_SIP_F_SIGNALLING	0x02	/* created by a REGISTER pinhole */
#define NFH_SIP_F_REGISTER	0x04	/* register_cseq is valid */

/*
 * Scratch space for one message.  Too big for the stack; parsing is
 * serialised by nfh_sip_lock, so one copy is enough.
 */
struct nfh_sip_scratch {
	struct nfh_sip_msg msg;
	struct nfh_sip_sdp sdp;
	struct nfh_sip_media media[NFH_SIP_MEDIA_MAX];
	struct nfh_sip_media_ports mports[NFH_SIP_MEDIA_MAX];
	struct nfh_sip_xlat xlat;
	struct nfh_sip_plan plan;
	struct nfh_sip_edit edit[NFH_SIP_EDITS_MAX(NFH_SIP_MEDIA_MAX)];
	u8 rbuf[NFH_SIP_RBUF_MAX(NFH_SIP_MEDIA_MAX)];
	u32 frame_off[NFH_SIP_FRAMES_MAX];
	u32 frame_len[NFH_SIP_FRAMES_MAX];
	/* a rewritten span: at most a whole message plus what edits add */
	u8 span[NFH_SIP_MSG_MAX + NFH_SIP_RBUF_MAX(NFH_SIP_MEDIA_MAX)];
};

static struct nfh_sip_scratch *nfh_sip_scratch;
static DEFINE_SPINLOCK(nfh_sip_lock);

/* What one call to the helper works on. */
struct nfh_sip_pkt {
	struct sk_buff *skb;
	struct nf_conn *ct;
	enum ip_conntrack_info ctinfo;
	unsigned int protoff, dataoff;
	int dir;
	u8 family, l4proto;
	const struct nfh_sip_nat_ops *nat;	/* NULL: no NAT on this flow */
};

static unsigned int addr_len(u8 family)
{
	return family == AF_INET ? 4 : 16;
}

static void addr_from(union nf_inet_addr *a, u8 family, const u8 *bytes)
{
	memset(a, 0, sizeof(*a));
	memcpy(a, bytes, addr_len(family));
}

/* ---- expectations ------------------------------------------------------ */

/* Remove this connection's expectations of @media or signalling class. */
static unsigned int nfh_sip_flush(struct nf_conn *ct, bool media)
{
	struct nf_conn_help *help = nfct_help(ct);
	struct nf_conntrack_expect *exp;
	struct hlist_node *next;
	unsigned int n = 0;

	if (!help)
		return 0;
	spin_lock_bh(&nf_conntrack_expect_lock);
	hlist_for_each_entry_safe(exp, next, &help->expectations, lnode) {
		if ((exp->class != NFH_SIP_EXP_SIGNALLING) != media)
			continue;
		nfh_expect_remove(exp);
		n++;
	}
	spin_unlock_bh(&nf_conntrack_expect_lock);
	return n;
}

static bool nfh_sip_has_pinhole(struct nf_conn *ct)
{
	struct nf_conn_help *help = nfct_help(ct);
	struct nf_conntrack_expect *exp;
	bool found = false;

	spin_lock_bh(&nf_conntrack_expect_lock);
	hlist_for_each_entry(exp, &help->expectations, lnode)
		if (exp->class == NFH_SIP_EXP_SIGNALLING)
			found = true;
	spin_unlock_bh(&nf_conntrack_expect_lock);
	return found;
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

/* True when @addr is reached through the interface @skb came in on. */
static bool nfh_sip_same_side(const struct nfh_sip_pkt *pk,
			      const union nf_inet_addr *addr)
{
	struct dst_entry *dst = NULL;
	struct flowi fl;
	bool same = false;

	memset(&fl, 0, sizeof(fl));
	if (pk->family == AF_INET)
		fl.u.ip4.daddr = addr->ip;
	else
		fl.u.ip6.daddr = addr->in6;
	if (nf_route(nf_ct_net(pk->ct), &dst, &fl, false, pk->family) != 0)
		return false;
	same = dst->dev == pk->skb->dev;
	dst_release(dst);
	return same;
}

/*
 * Expect RTP (and RTCP) for media line @i.  On a NATed flow the NAT half
 * moves the expectations to the public address and may pick other ports;
 * they are returned in @mp for the planner.
 */
static void nfh_sip_expect_media(const struct nfh_sip_pkt *pk,
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
	addr_from(&daddr, pk->family, md->rtp.addr);

	if (nf_inet_addr_cmp(&daddr, sender)) {
		translate = pk->nat && !nf_inet_addr_cmp(sender, public);
	} else if (pk->nat && nf_inet_addr_cmp(&daddr, public)) {
		/* already public (STUN): open the port it names, unchanged */
		addr_from(&daddr, pk->family, (const u8 *)sender);
		translate = true;
		bypassed = true;
	} else if (sip_direct_media &&
		   !(sip_external_media && !nfh_sip_same_side(pk, &daddr))) {
		nfh_sip_count(ct, NFH_SIP_C_MEDIA_SKIPPED);
		return;
	}

	rtp = nf_ct_expect_alloc(ct);
	if (!rtp)
		return;
	port = htons(md->port);
	nf_ct_expect_init(rtp, class, pk->family,
			  sip_direct_media ? peer : NULL, &daddr,
			  IPPROTO_UDP, NULL, &port);
	adjacent = !md->rtcp_mux && md->rtcp_port == md->port + 1 &&
		   (!md->rtcp_addr.tok.len ||
		    !memcmp(md->rtcp_addr.addr, md->rtp.addr, addr_len(pk->family)));
	if (!md->rtcp_mux) {
		rtcp = nf_ct_expect_alloc(ct);
		if (!rtcp) {
			nf_ct_expect_put(rtp);
			return;
		}
		rport = htons(md->rtcp_port);
		nf_ct_expect_init(rtcp, class, pk->family,
				  sip_direct_media ? peer : NULL, &daddr,
				  IPPROTO_UDP, NULL, &rport);
	}

	if (translate) {
		u16 got;

		got = pk->nat->expect(rtp, adjacent ? rtcp : NULL, pk->dir,
				      bypassed || md->port_count > 1, false);
		ok = got != 0;
		if (ok && !bypassed)
			mp->rtp = got;
		if (ok && rtcp && !adjacent) {
			got = pk->nat->expect(rtcp, NULL, pk->dir, bypassed,
					      false);
			if (got && !bypassed)
				mp->rtcp = got;
			else if (!got)
				nfh_sip_note(ct, NFH_SIP_C_EXPECT_FAILED,
					     "no free port for RTCP");
		}
	} else {
		ret = nfh_sip_expect_related(rtp);
		ok = ret == 0;
		if (ok && rtcp && nfh_sip_expect_related(rtcp))
			nfh_sip_note(ct, NFH_SIP_C_EXPECT_FAILED,
				     "RTCP expectation refused");
	}
	if (ok)
		nfh_sip_count(ct, NFH_SIP_C_EXPECT_MEDIA);
	else
		nfh_sip_note(ct, NFH_SIP_C_EXPECT_FAILED,
			     "RTP expectation refused or no free port");
	nf_ct_expect_put(rtp);
	if (rtcp)
		nf_ct_expect_put(rtcp);
}

/* Mark the connection a REGISTER pinhole let in: it is SIP, inspect it. */
void nfh_sip_signalling_expected(struct nf_conn *ct,
				 struct nf_conntrack_expect *exp)
{
	struct nf_conntrack_helper *helper;
	struct nf_conn_help *help, *mhelp = nfct_help(exp->master);
	struct nfh_sip_ct *info;

	if (!mhelp)
		return;
	helper = rcu_dereference(mhelp->helper);
	if (!helper)
		return;
	help = nfct_help(ct);
	if (!help)
		help = nf_ct_helper_ext_add(ct, GFP_ATOMIC);
	if (!help)
		return;
	rcu_assign_pointer(help->helper, helper);
	info = nfct_help_data(ct);
	info->flags |= NFH_SIP_F_SIGNALLING;
}
EXPORT_SYMBOL_GPL(nfh_sip_signalling_expected);

/* Expires a REGISTER response grants, 0 to remove the binding. */
static u32 nfh_sip_granted(const struct nfh_sip_msg *m)
{
	if (m->n_contact && m->contact[0].has_expires)
		return m->contact[0].expires;
	if (m->has_expires)
		return m->expires;
	return NFH_SIP_DEFAULT_EXPIRES;
}

/*
 * REGISTER: an inactive pinhole for requests to the Contact, from the
 * registrar unless sip_direct_signalling=0.  Only a Contact at the sender's
 * own address (and port, on a NATed flow) is honoured.
 */
static void nfh_sip_register(const struct nfh_sip_pkt *pk,
			     const struct nfh_sip_msg *m)
{
	struct nf_conn *ct = pk->ct;
	struct nfh_sip_ct *info = nfct_help_data(ct);
	const struct nf_conntrack_tuple *t = &ct->tuplehash[pk->dir].tuple;
	const struct nfh_sip_hostport *hp;
	struct nf_conntrack_expect *exp;
	union nf_inet_addr daddr;
	__be16 port;
	u16 p;
	bool ok;

	info->register_cseq = m->cseq;
	info->flags |= NFH_SIP_F_REGISTER;
	/* a refresh keeps the pinhole it has; the answer re-arms it */
	if (nfh_sip_has_pinhole(ct))
		return;
	if (!m->n_contact || m->contact_star || !m->contact[0].uri.has_host ||
	    nfh_sip_granted(m) == 0)
		return;
	hp = &m->contact[0].uri.hp;
	if (hp->family != pk->family)
		return;
	addr_from(&daddr, pk->family, hp->addr);
	if (!nf_inet_addr_cmp(&daddr, &t->src.u3))
		return;
	p = hp->port.len ? hp->port_val :
	    (m->contact[0].uri.scheme == NFH_SIP_URI_SIPS ?
	     NFH_SIP_DEFAULT_TLS_PORT : NFH_SIP_DEFAULT_PORT);
	if (pk->nat && p != ntohs(t->src.u.all))
		return;		/* the planner leaves such a Contact alone */

	exp = nf_ct_expect_alloc(ct);
	if (!exp)
		return;
	port = htons(p);
	nf_ct_expect_init(exp, NFH_SIP_EXP_SIGNALLING, pk->family,
			  sip_direct_signalling ?
			  &ct->tuplehash[!pk->dir].tuple.src.u3 : NULL,
			  &daddr, pk->l4proto, NULL, &port);
	exp->flags = NF_CT_EXPECT_PERMANENT | NF_CT_EXPECT_INACTIVE;
	if (pk->nat) {
		ok = pk->nat->expect(exp, NULL, pk->dir, true, true) != 0;
	} else {
		exp->expectfn = nfh_sip_signalling_expected;
		ok = nf_ct_expect_related(exp, 0) == 0;
	}
	nf_ct_expect_put(exp);
	if (ok)
		nfh_sip_count(ct, NFH_SIP_C_EXPECT_SIGNALLING);
	else
		nfh_sip_note(ct, NFH_SIP_C_EXPECT_FAILED,
			     "REGISTER pinhole refused or port taken");
}

/* The registrar answered the pending REGISTER. */
static void nfh_sip_register_answer(const struct nfh_sip_pkt *pk,
				    const struct nfh_sip_msg *m)
{
	struct nf_conn *ct = pk->ct;
	struct nfh_sip_ct *info = nfct_help_data(ct);
	struct nf_conn_help *help = nfct_help(ct);
	struct nf_conntrack_expect *exp;
	u32 expires;
	bool found = false;

	if (!(info->flags & NFH_SIP_F_REGISTER) || m->cseq != info->register_cseq ||
	    m->status < 200)
		return;
	info->flags &= ~NFH_SIP_F_REGISTER;
	expires = nfh_sip_granted(m);
	if (m->status >= 300 || expires == 0) {
		nfh_sip_flush(ct, false);
		return;
	}
	expires = min_t(u32, expires, 24 * 3600);
	spin_lock_bh(&nf_conntrack_expect_lock);
	hlist_for_each_entry(exp, &help->expectations, lnode) {
		if (exp->class != NFH_SIP_EXP_SIGNALLING)
			continue;
		nfh_expect_set_timeout(exp, expires);
		exp->flags &= ~NF_CT_EXPECT_INACTIVE;
		found = true;
	}
	spin_unlock_bh(&nf_conntrack_expect_lock);
	if (found)
		nfh_sip_count(ct, NFH_SIP_C_REGISTER_ACTIVE);
}

/* ---- one message ------------------------------------------------------- */

static bool nfh_sip_carries_offer(const struct nfh_sip_msg *m)
{
	u8 method = m->is_request ? m->method : m->cseq_method;

	if (!m->is_request && m->status >= 300)
		return false;
	return method == NFH_SIP_M_INVITE || method == NFH_SIP_M_UPDATE ||
	       method == NFH_SIP_M_PRACK ||
	       (m->is_request && method == NFH_SIP_M_ACK);
}

static bool nfh_sip_media_bypassed(const struct nfh_sip_pkt *pk,
				   const struct nfh_sip_media *md)
{
	const union nf_inet_addr *public =
		&pk->ct->tuplehash[!pk->dir].tuple.dst.u3;

	if (!nat_aware_bypass || !pk->nat)
		return false;
	return md->n_candidates ||
	       (md->rtp.family == pk->family &&
		!memcmp(md->rtp.addr, public, addr_len(pk->family)));
}

/* Address mappings for the planner: what this flow's NAT changed. */
static void nfh_sip_build_xlat(const struct nfh_sip_pkt *pk,
			       struct nfh_sip_xlat *x)
{
	const struct nf_conntrack_tuple *t = &pk->ct->tuplehash[pk->dir].tuple;
	const struct nf_conntrack_tuple *r = &pk->ct->tuplehash[!pk->dir].tuple;
	unsigned int alen = addr_len(pk->family);
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
static bool nfh_sip_mangle(const struct nfh_sip_pkt *pk, const u8 *buf,
			   u32 off)
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

/*
 * Handle the message at @off (@len bytes) of the payload: state,
 * expectations and, on a NATed flow, the rewrite, whose length change is
 * added to *@delta.  Returns false when the packet must be dropped.
 */
static bool nfh_sip_message(const struct nfh_sip_pkt *pk, u32 off, u32 len,
			    int *delta)
{
	struct nfh_sip_scratch *sc = nfh_sip_scratch;
	struct nfh_sip_msg *m = &sc->msg;
	struct nfh_sip_sdp *s = &sc->sdp;
	struct nf_conn *ct = pk->ct;
	const u8 *buf = pk->skb->data + pk->dataoff + off;
	enum nfh_sip_result r;
	bool have_sdp = false;
	unsigned int i;

	r = nfh_sip_parse(buf, len, pk->family,
			  pk->l4proto == IPPROTO_TCP ? NFH_SIP_TCP : NFH_SIP_UDP,
			  m);
	if (r == NFH_SIP_KEEPALIVE) {
		nfh_sip_count(ct, NFH_SIP_C_KEEPALIVES);
		return true;
	}
	if (r != NFH_SIP_OK) {
		nfh_sip_error(ct, r);
		return true;
	}
	nfh_sip_count(ct, NFH_SIP_C_MESSAGES);
	nfh_sip_count(ct, m->is_request ? NFH_SIP_C_REQUESTS :
		      NFH_SIP_C_RESPONSES);

	if (m->body_is_sdp && m->body_len && nfh_sip_carries_offer(m)) {
		memset(s, 0, sizeof(*s));
		s->media = sc->media;
		s->media_cap = NFH_SIP_MEDIA_MAX;
		r = nfh_sip_sdp_parse(buf, m->body_off,
				      m->body_off + m->body_len, pk->family, s);
		if (r != NFH_SIP_OK) {
			/* a broken offer opens nothing and is not rewritten */
			nfh_sip_error(ct, r);
			return true;
		}
		have_sdp = true;
	}

	if (m->is_request) {
		switch (m->method) {
		case NFH_SIP_M_REGISTER:
			nfh_sip_register(pk, m);
			break;
		case NFH_SIP_M_BYE:
		case NFH_SIP_M_CANCEL:
			i = nfh_sip_flush(ct, true);
			while (i--)
				nfh_sip_count(ct, NFH_SIP_C_EXPECT_REMOVED);
			break;
		default:
			break;
		}
	} else if (m->cseq_method == NFH_SIP_M_REGISTER) {
		nfh_sip_register_answer(pk, m);
	} else if (m->cseq_method == NFH_SIP_M_INVITE && m->status >= 300) {
		i = nfh_sip_flush(ct, true);
		while (i--)
			nfh_sip_count(ct, NFH_SIP_C_EXPECT_REMOVED);
	}

	memset(sc->mports, 0, sizeof(sc->mports));
	if (have_sdp)
		for (i = 0; i < s->n_media; i++)
			nfh_sip_expect_media(pk, &s->media[i], &sc->mports[i],
					     nfh_sip_media_bypassed(pk, &s->media[i]));

	if (!pk->nat)
		return true;

	nfh_sip_build_xlat(pk, &sc->xlat);
	if (!sc->xlat.n_map)
		return true;
	sc->xlat.media = sc->mports;
	sc->xlat.n_media = have_sdp ? s->n_media : 0;
	sc->xlat.classes = nfh_sip_default_classes(m);
	sc->xlat.flags = nat_aware_bypass ? 0 : NFH_SIP_XF_NO_BYPASS;
	sc->plan.edit = sc->edit;
	sc->plan.edit_cap = ARRAY_SIZE(sc->edit);
	sc->plan.rbuf = sc->rbuf;
	sc->plan.rbuf_cap = sizeof(sc->rbuf);
	r = nfh_sip_plan(m, have_sdp ? s : NULL, &sc->xlat, &sc->plan);
	if (r != NFH_SIP_OK) {
		nfh_sip_error(ct, r);
		return true;
	}
	if (sc->plan.bypass & NFH_SIP_BYPASS_ICE)
		nfh_sip_count(ct, NFH_SIP_C_BYPASS_ICE);
	if (sc->plan.bypass & NFH_SIP_BYPASS_SDP_PUBLIC)
		nfh_sip_count(ct, NFH_SIP_C_BYPASS_SDP_PUBLIC);
	if (sc->plan.bypass & NFH_SIP_BYPASS_CONTACT_PUBLIC)
		nfh_sip_count(ct, NFH_SIP_C_BYPASS_CONTACT_PUBLIC);
	if (sc->plan.bypass & NFH_SIP_BYPASS_VIA_PUBLIC)
		nfh_sip_count(ct, NFH_SIP_C_BYPASS_VIA_PUBLIC);
	if (!sc->plan.n_edit)
		return true;

	if (!nfh_sip_mangle(pk, buf, off)) {
		nfh_sip_note(ct, NFH_SIP_C_DROP_NAT,
			     "rewrite failed (no room in the packet)");
		return false;
	}
	*delta += sc->plan.delta;
	nfh_sip_count(ct, NFH_SIP_C_REWRITTEN);
	return true;
}

/* ---- transports ------------------------------------------------------- */

static int nfh_sip_udp(struct nfh_sip_pkt *pk)
{
	unsigned int len = pk->skb->len - pk->dataoff;
	int delta = 0;

	if (!nfh_sip_message(pk, 0, len, &delta))
		return NF_DROP;
	if (sip_timeout)
		nf_ct_refresh(pk->ct, pk->skb, sip_timeout * HZ);
	return NF_ACCEPT;
}

/*
 * Where parsing of this segment starts: at the next message boundary when
 * it lies inside the segment, or at the start of a retransmission of the
 * last segment parsed.  -1: no boundary in it.
 */
static long nfh_sip_tcp_start(const struct nfh_sip_ct *info, int dir, u32 seq,
			      u32 len)
{
	u32 next = info->next_seq[dir];

	if (seq == next || seq == info->last_start[dir])
		return 0;
	if (before(seq, next) && after(seq + len, next))
		return next - seq;
	return -1;
}

static int nfh_sip_tcp(struct nfh_sip_pkt *pk, u32 seq, __be32 seq_be)
{
	struct nfh_sip_scratch *sc = nfh_sip_scratch;
	struct nfh_sip_ct *info = nfct_help_data(pk->ct);
	struct nf_conn *ct = pk->ct;
	const u8 *data = pk->skb->data + pk->dataoff;
	int dir = pk->dir;
	u32 len = pk->skb->len - pk->dataoff, off, boundary;
	unsigned int n = 0, i;
	enum nfh_sip_result r;
	size_t flen, whole = 0;
	bool partial = false;
	int total = 0;
	long start;

	if (!(info->synced & (1 << dir))) {
		/* the first bytes of a direction must begin a SIP message */
		r = nfh_sip_tcp_frame(data, len, 0, &flen);
		if (r == NFH_SIP_ENOTSIP) {
			info->flags |= NFH_SIP_F_STOPPED;
			nfh_sip_note(ct, NFH_SIP_C_NOT_SIP,
				     "connection does not start with SIP: never inspected");
			return NF_ACCEPT;
		}
		info->synced |= 1 << dir;
		info->next_seq[dir] = seq;
		info->last_start[dir] = seq;
	}
	if (len > info->max_seg[dir])
		info->max_seg[dir] = min_t(u32, len, U16_MAX);

	start = nfh_sip_tcp_start(info, dir, seq, len);
	if (start < 0) {
		/* a later segment while a split message is held: hold it too */
		if (info->hold_tries[dir] && after(seq, info->next_seq[dir])) {
			nfh_sip_note(ct, NFH_SIP_C_TCP_HELD,
				     "segment after a held message dropped");
			return NF_DROP;
		}
		nfh_sip_count(ct, NFH_SIP_C_TCP_UNALIGNED);
		return NF_ACCEPT;
	}

	/* frame first: nothing is changed before the verdict is known */
	off = start;
	while (off < len && n < NFH_SIP_FRAMES_MAX) {
		r = nfh_sip_tcp_frame(data + off, len - off, 0, &flen);
		if (r == NFH_SIP_KEEPALIVE) {
			off += flen;
			nfh_sip_count(ct, NFH_SIP_C_KEEPALIVES);
			continue;
		}
		if (r == NFH_SIP_INCOMPLETE) {
			partial = true;
			whole = flen;
			break;
		}
		if (r != NFH_SIP_OK) {
			/* framing lost: stop, rather than guess boundaries */
			nfh_sip_error(ct, r);
			info->flags |= NFH_SIP_F_STOPPED;
			break;
		}
		sc->frame_off[n] = off;
		sc->frame_len[n] = flen;
		n++;
		off += flen;
	}
	boundary = seq + off;
	if (off < len && !partial && !(info->flags & NFH_SIP_F_STOPPED)) {
		nfh_sip_note(ct, NFH_SIP_C_TCP_GAVE_UP,
			     "too many messages in one segment: connection no longer inspected");
		info->flags |= NFH_SIP_F_STOPPED;
	}

	if (partial) {
		/*
		 * Hold a split message by dropping its segments: the sender
		 * retransmits, and merges what it has sent into one segment
		 * when it fits.  A message larger than any segment seen, or
		 * one still split after a few tries, passes unread.
		 */
		bool fits = !whole || whole <= max_t(u32, info->max_seg[dir],
						     NFH_SIP_MIN_SEG);

		if (fits && info->hold_tries[dir] < NFH_SIP_HOLD_TRIES) {
			info->hold_tries[dir]++;
			nfh_sip_note(ct, NFH_SIP_C_TCP_HELD,
				     "message split across segments held");
			return NF_DROP;
		}
		if (whole) {
			nfh_sip_note(ct, NFH_SIP_C_TCP_GAVE_UP,
				     pk->nat ? "split message passed unread and NOT rewritten" :
					       "split message passed unread");
			boundary += whole;
		} else {
			nfh_sip_note(ct, NFH_SIP_C_TCP_GAVE_UP,
				     "split message without a complete header: connection no longer inspected");
			info->flags |= NFH_SIP_F_STOPPED;
		}
	} else if (info->hold_tries[dir]) {
		nfh_sip_count(ct, NFH_SIP_C_TCP_JOINED);
	}
	info->hold_tries[dir] = 0;

	/* last message first, so the offsets of earlier ones stay valid */
	for (i = n; i-- > 0;)
		if (!nfh_sip_message(pk, sc->frame_off[i], sc->frame_len[i],
				     &total))
			return NF_DROP;
	if (total)
		nf_ct_seqadj_set(ct, pk->ctinfo, seq_be, total);
	if (after(boundary, info->next_seq[dir]))
		info->next_seq[dir] = boundary;
	if (!start)
		info->last_start[dir] = seq;
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

	if (pk.l4proto == IPPROTO_TCP) {
		/* NAT may change lengths: only an unconfirmed entry can grow */
		if (!nf_ct_is_confirmed(ct) && !nfct_seqadj(ct))
			nfct_seqadj_ext_add(ct);
		if (ctinfo != IP_CT_ESTABLISHED &&
		    ctinfo != IP_CT_ESTABLISHED_REPLY)
			return NF_ACCEPT;
		th = skb_header_pointer(skb, protoff, sizeof(_th), &_th);
		if (!th)
			return NF_ACCEPT;
		pk.dataoff = protoff + th->doff * 4;
	} else {
		pk.dataoff = protoff + sizeof(struct udphdr);
	}
	if (pk.dataoff >= skb->len)
		return NF_ACCEPT;

	spin_lock_bh(&nfh_sip_lock);
	if (skb_linearize(skb)) {
		nfh_sip_count(ct, NFH_SIP_C_DROP_NOMEM);
		verdict = NF_DROP;
		goto out;
	}
	rcu_read_lock();
	if (ct->status & IPS_NAT_MASK)
		pk.nat = rcu_dereference(nfh_sip_nat_hook);
	if (th)
		verdict = nfh_sip_tcp(&pk, ntohl(th->seq), th->seq);
	else
		verdict = nfh_sip_udp(&pk);
	rcu_read_unlock();
out:
	spin_unlock_bh(&nfh_sip_lock);
	return verdict;
}

/* ---- registration ------------------------------------------------------ */

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

static int nfh_sip_stats_show(struct seq_file *seq, void *v)
{
	struct nfh_sip_net *sn = net_generic(seq_file_single_net(seq),
					     nfh_sip_net_id);

	nfh_stats_show(seq, nfh_sip_all_names, sn->ctr, NFH_SIP_C_MAX);
	return 0;
}

static int __net_init nfh_sip_net_init(struct net *net)
{
	struct proc_dir_entry *dir = nfh_proc_dir(net);

	if (!dir || !proc_create_net_single("sip", 0444, dir,
					    nfh_sip_stats_show, NULL))
		return -ENOMEM;
	return 0;
}

static void __net_exit nfh_sip_net_exit(struct net *net)
{
	struct proc_dir_entry *dir = nfh_proc_dir(net);

	if (dir)
		remove_proc_entry("sip", dir);
}

static struct pernet_operations nfh_sip_net_ops = {
	.init = nfh_sip_net_init,
	.exit = nfh_sip_net_exit,
	.id = &nfh_sip_net_id,
	.size = sizeof(struct nfh_sip_net),
};

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

	if (ports_c == 0)
		ports[ports_c++] = NFH_SIP_DEFAULT_PORT;
	for (i = 0; i < ports_c; i++) {
		if (!ports[i]) {
			pr_err("ports=: 0 is not a port\n");
			return -EINVAL;
		}
	}

	nfh_sip_scratch = kvzalloc(sizeof(*nfh_sip_scratch), GFP_KERNEL);
	if (!nfh_sip_scratch)
		return -ENOMEM;
	ret = register_pernet_subsys(&nfh_sip_net_ops);
	if (ret)
		goto err_free;

	for (i = 0; i < ports_c; i++)
		for (j = 0; j < ARRAY_SIZE(l3); j++)
			for (k = 0; k < ARRAY_SIZE(l4); k++) {
				struct nf_conntrack_helper *h = &nfh_sip_helpers[n++];

				nf_ct_helper_init(h, l3[j], l4[k], "sip",
						  NFH_SIP_DEFAULT_PORT, ports[i],
						  i, nfh_sip_exp_policy,
						  NFH_SIP_EXP_MAX - 1,
						  nfh_sip_help, NULL,
						  THIS_MODULE);
			}
	ret = nf_conntrack_helpers_register(nfh_sip_helpers, n);
	if (ret) {
		pr_err("failed to register helper 'sip' (is the in-tree nf_conntrack_sip loaded?)\n");
		goto err_pernet;
	}
	pr_info("nfhelpers %s: helper 'sip' on %u port(s)\n", NFH_VERSION,
		ports_c);
	return 0;

err_pernet:
	unregister_pernet_subsys(&nfh_sip_net_ops);
err_free:
	kvfree(nfh_sip_scratch);
	return ret;
}

static void __exit nfh_sip_fini(void)
{
	nf_conntrack_helpers_unregister(nfh_sip_helpers, ports_c * 4);
	unregister_pernet_subsys(&nfh_sip_net_ops);
	kvfree(nfh_sip_scratch);
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
