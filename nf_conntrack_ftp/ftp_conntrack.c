// SPDX-License-Identifier: GPL-2.0
/*
 * nf_conntrack_ftp - FTP connection tracking helper (drop-in for the in-tree
 * module of the same name: helper "ftp", params ports= and loose=).
 *
 * Reads the control connection through the pure parse core, and for PORT,
 * EPRT, 227 and 229 registers an expectation so the data connection is
 * RELATED.  Line starts are tracked per direction across segments, so every
 * line of a segment is seen and a line split across segments is joined.
 * After AUTH answered by 234 the connection is encrypted: it is no longer
 * inspected.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/netfilter.h>
#include <linux/tcp.h>
#include <net/netfilter/nf_conntrack.h>
#include <net/netfilter/nf_conntrack_expect.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include <net/netfilter/nf_conntrack_seqadj.h>
#include "nfh_core.h"
#include "nfh_ftp.h"
#include "ftp_parse.h"

#define NFH_FTP_MAX_PORTS 8
#define NFH_FTP_DATA_PORT_MIN 1024
#define NFH_FTP_EXPECT_TIMEOUT (5 * 60)

static unsigned short nfh_ftp_ports[NFH_FTP_MAX_PORTS];
static unsigned int nfh_ftp_ports_c;
module_param_array_named(ports, nfh_ftp_ports, ushort, &nfh_ftp_ports_c,
			 0400);
MODULE_PARM_DESC(ports, "control ports (up to 8; default 21)");

static bool nfh_ftp_loose;
module_param_named(loose, nfh_ftp_loose, bool, 0600);
MODULE_PARM_DESC(loose, "accept a PORT/EPRT/227 address other than the sender's (default 0: refuse)");

static bool nfh_ftp_log_refused;
module_param_named(log_refused, nfh_ftp_log_refused, bool, 0600);
MODULE_PARM_DESC(log_refused, "log each refused or malformed command with its reason (ratelimited)");

const struct nfh_nat_ops __rcu *nfh_ftp_nat_hook __read_mostly;
EXPORT_SYMBOL_GPL(nfh_ftp_nat_hook);

enum nfh_ftp_counter {
	NFH_FTP_C_PORT,
	NFH_FTP_C_EPRT,
	NFH_FTP_C_227,
	NFH_FTP_C_229,
	NFH_FTP_C_EXPECT,
	NFH_FTP_C_EXPECT_FAILED,
	NFH_FTP_C_REWRITE,
	NFH_FTP_C_REFUSED_ADDR,
	NFH_FTP_C_REFUSED_PORT,
	NFH_FTP_C_REFUSED_FAMILY,
	NFH_FTP_C_ERR_SYNTAX,
	NFH_FTP_C_ERR_RANGE,
	NFH_FTP_C_ERR_FAMILY,
	NFH_FTP_C_ERR_TOO_LONG,
	NFH_FTP_C_JOINED,
	NFH_FTP_C_SPLIT_NAT,
	NFH_FTP_C_RESYNC,
	NFH_FTP_C_TLS,
	NFH_FTP_C_DROP_NOMEM,
	NFH_FTP_C_DROP_NAT,
	NFH_FTP_C_MAX,
};

static const char *const nfh_ftp_counter_names[NFH_FTP_C_MAX] = {
	[NFH_FTP_C_PORT] = "parsed_port",
	[NFH_FTP_C_EPRT] = "parsed_eprt",
	[NFH_FTP_C_227] = "parsed_227",
	[NFH_FTP_C_229] = "parsed_229",
	[NFH_FTP_C_EXPECT] = "expect_created",
	[NFH_FTP_C_EXPECT_FAILED] = "expect_failed",
	[NFH_FTP_C_REWRITE] = "nat_rewrites",
	[NFH_FTP_C_REFUSED_ADDR] = "refused_address",
	[NFH_FTP_C_REFUSED_PORT] = "refused_low_port",
	[NFH_FTP_C_REFUSED_FAMILY] = "refused_family",
	[NFH_FTP_C_ERR_SYNTAX] = "error_syntax",
	[NFH_FTP_C_ERR_RANGE] = "error_range",
	[NFH_FTP_C_ERR_FAMILY] = "error_family",
	[NFH_FTP_C_ERR_TOO_LONG] = "error_too_long",
	[NFH_FTP_C_JOINED] = "lines_joined",
	[NFH_FTP_C_SPLIT_NAT] = "split_not_rewritten",
	[NFH_FTP_C_RESYNC] = "resync",
	[NFH_FTP_C_TLS] = "tls_stopped",
	[NFH_FTP_C_DROP_NOMEM] = "drop_nomem",
	[NFH_FTP_C_DROP_NAT] = "drop_nat",
};

NFH_STATS_DEFINE(nfh_ftp_stats, "ftp", nfh_ftp_counter_names, NFH_FTP_C_MAX);

static void nfh_ftp_count(const struct nf_conn *ct, enum nfh_ftp_counter c)
{
	nfh_stats_inc(&nfh_ftp_stats, ct, c);
}

/* Per-connection state in the conntrack helper area (32 bytes). */
struct nfh_ftp_ct {
	struct nfh_ftp_stream dir[IP_CT_DIR_MAX];
};

/* Connection flags live in the spare byte of the original direction. */
#define NFH_FTP_F_AUTH		0x01	/* client sent AUTH */
#define NFH_FTP_F_STOPPED	0x02	/* 234 seen: encrypted from here on */

/*
 * Partial lines waiting for the rest of their segment.  Rare (a command
 * split across segments), so a small fixed table is enough; entries die
 * with their connection (helper destroy callback) or get reused, oldest
 * first.
 */
#define NFH_FTP_CARRY_SLOTS 64

struct nfh_ftp_carry {
	const struct nf_conn *ct;
	u32 seq;		/* sequence number the continuation starts at */
	u8 dir;
	u16 len;
	unsigned long stamp;
	u8 buf[NFH_FTP_LINE_MAX];
};

static struct nfh_ftp_carry nfh_ftp_carry_tab[NFH_FTP_CARRY_SLOTS];
/* Serialises parsing, per-connection state and the carry table. */
static DEFINE_SPINLOCK(nfh_ftp_lock);

static size_t nfh_ftp_carry_take(const struct nf_conn *ct, int dir, u32 seq,
				 u8 *out)
{
	struct nfh_ftp_carry *c;
	size_t len;

	for (c = nfh_ftp_carry_tab; c < nfh_ftp_carry_tab + NFH_FTP_CARRY_SLOTS; c++) {
		if (c->ct != ct || c->dir != dir)
			continue;
		c->ct = NULL;
		if (c->seq != seq)
			return 0;
		len = c->len;
		memcpy(out, c->buf, len);
		return len;
	}
	return 0;
}

static void nfh_ftp_carry_put(const struct nf_conn *ct, int dir, u32 seq,
			      const u8 *buf, size_t len)
{
	struct nfh_ftp_carry *c, *victim = nfh_ftp_carry_tab;

	for (c = nfh_ftp_carry_tab; c < nfh_ftp_carry_tab + NFH_FTP_CARRY_SLOTS; c++) {
		if (!c->ct || (c->ct == ct && c->dir == dir)) {
			victim = c;
			break;
		}
		if (time_before(c->stamp, victim->stamp))
			victim = c;
	}
	victim->ct = ct;
	victim->dir = dir;
	victim->seq = seq;
	victim->len = len;
	victim->stamp = jiffies;
	memcpy(victim->buf, buf, len);
}

static void nfh_ftp_destroy(struct nf_conn *ct)
{
	struct nfh_ftp_carry *c;

	spin_lock_bh(&nfh_ftp_lock);
	for (c = nfh_ftp_carry_tab; c < nfh_ftp_carry_tab + NFH_FTP_CARRY_SLOTS; c++)
		if (c->ct == ct)
			c->ct = NULL;
	spin_unlock_bh(&nfh_ftp_lock);
}

static void nfh_ftp_refuse(const struct nf_conn *ct, enum nfh_ftp_counter c,
			   const struct nfh_ftp_match *m, const char *why)
{
	nfh_refused(&nfh_ftp_stats, ct, c, nfh_ftp_log_refused,
		    "%s refused: %s (port %u)\n", nfh_ftp_cmd_name(m->cmd), why,
		    m->port);
}

static const enum nfh_ftp_counter nfh_ftp_err_counter[NFH_FTP_RESULT_MAX] = {
	[NFH_FTP_ESYNTAX] = NFH_FTP_C_ERR_SYNTAX,
	[NFH_FTP_ERANGE] = NFH_FTP_C_ERR_RANGE,
	[NFH_FTP_EFAMILY] = NFH_FTP_C_ERR_FAMILY,
	[NFH_FTP_ETOOLONG] = NFH_FTP_C_ERR_TOO_LONG,
};

static const enum nfh_ftp_counter nfh_ftp_cmd_counter[NFH_FTP_CMD_MAX] = {
	[NFH_FTP_PORT] = NFH_FTP_C_PORT,
	[NFH_FTP_EPRT] = NFH_FTP_C_EPRT,
	[NFH_FTP_PASV_227] = NFH_FTP_C_227,
	[NFH_FTP_EPSV_229] = NFH_FTP_C_229,
};

/*
 * On a NATed connection: have the NAT half move @exp to the address the far
 * side sees and claim a free port (from the client's own upwards), then
 * rewrite the argument to name them.  The text is this module's: the NAT
 * half knows no FTP.
 */
static unsigned int nfh_ftp_nat(struct sk_buff *skb, unsigned int protoff,
				unsigned int dataoff, struct nf_conn *ct,
				enum ip_conntrack_info ctinfo,
				const struct nfh_nat_ops *nat,
				struct nf_conntrack_expect *exp,
				const struct nfh_ftp_walk *w, int *delta)
{
	const struct nfh_ftp_match *m = &w->m;
	unsigned int off = w->line_off + m->arg_off;
	int dir = CTINFO2DIR(ctinfo);
	/* the data connection arrives where this packet is going */
	const union nf_inet_addr *newaddr = &ct->tuplehash[!dir].tuple.dst.u3;
	char text[NFH_FTP_REPL_MAX];
	u8 delim = 0;
	size_t len;
	u16 port;

	if (m->cmd == NFH_FTP_EPRT || m->cmd == NFH_FTP_EPSV_229)
		delim = skb->data[dataoff + off];	/* kept as sent */
	port = nat->expect(exp, NULL, dir, 0);
	if (!port) {
		net_info_ratelimited("no free port to expect the data connection on\n");
		goto drop;
	}
	len = nfh_ftp_format(m->cmd, nf_ct_l3num(ct) == AF_INET6 ?
			     AF_INET6 : AF_INET, (const u8 *)newaddr, port,
			     delim, text);
	if (!len)
		goto unexpect;
	if (len == m->arg_len && !memcmp(text, skb->data + dataoff + off, len)) {
		nfh_ftp_count(ct, NFH_FTP_C_EXPECT);
		return NF_ACCEPT;	/* nothing to translate */
	}
	if (!nat->mangle(skb, ct, ctinfo, protoff, off, m->arg_len, text, len))
		goto unexpect;
	nfh_ftp_count(ct, NFH_FTP_C_EXPECT);
	nfh_ftp_count(ct, NFH_FTP_C_REWRITE);
	*delta = (int)len - (int)m->arg_len;
	return NF_ACCEPT;

unexpect:
	nf_ct_unexpect_related(exp);
drop:
	nfh_ftp_count(ct, NFH_FTP_C_DROP_NAT);
	return NF_DROP;
}

/*
 * A PORT, EPRT, 227 or 229 line: check it, expect the data connection and,
 * on a NATed connection, have the NAT half rewrite the argument.
 */
static unsigned int nfh_ftp_expect(struct sk_buff *skb, unsigned int protoff,
				   unsigned int dataoff, struct nf_conn *ct,
				   enum ip_conntrack_info ctinfo,
				   const struct nfh_ftp_walk *w, int *delta)
{
	const struct nfh_ftp_match *m = &w->m;
	int dir = CTINFO2DIR(ctinfo);
	const union nf_inet_addr *sender = &ct->tuplehash[dir].tuple.src.u3;
	u16 family = nf_ct_l3num(ct);
	struct nf_conntrack_expect *exp;
	union nf_inet_addr daddr = {};
	const struct nfh_nat_ops *nat;
	__be16 port;
	int ret;

	nfh_ftp_count(ct, nfh_ftp_cmd_counter[m->cmd]);
	if (m->family && m->family != family) {
		nfh_ftp_refuse(ct, NFH_FTP_C_REFUSED_FAMILY, m,
			       "address family differs from the connection's");
		return NF_ACCEPT;
	}
	if (m->family) {
		memcpy(&daddr, m->addr, nfh_addr_len(family));
		if (!nfh_ftp_loose && !nf_inet_addr_cmp(&daddr, sender)) {
			nfh_ftp_refuse(ct, NFH_FTP_C_REFUSED_ADDR, m,
				       "address is not the sender's (loose=0)");
			return NF_ACCEPT;
		}
	} else {
		daddr = *sender;	/* 229 names only a port */
	}
	if (m->port < NFH_FTP_DATA_PORT_MIN) {
		nfh_ftp_refuse(ct, NFH_FTP_C_REFUSED_PORT, m,
			       "data port below 1024");
		return NF_ACCEPT;
	}

	exp = nf_ct_expect_alloc(ct);
	if (!exp) {
		nfh_ftp_count(ct, NFH_FTP_C_DROP_NOMEM);
		return NF_DROP;
	}
	port = htons(m->port);
	/* the data connection comes from the other end of the control one */
	nf_ct_expect_init(exp, NF_CT_EXPECT_CLASS_DEFAULT, family,
			  &ct->tuplehash[!dir].tuple.src.u3, &daddr,
			  IPPROTO_TCP, NULL, &port);

	nat = rcu_dereference(nfh_ftp_nat_hook);
	if (nat && (ct->status & IPS_NAT_MASK)) {
		unsigned int verdict = NF_ACCEPT;

		if (w->joined)
			/* half of the line has left already: cannot rewrite */
			nfh_ftp_refuse(ct, NFH_FTP_C_SPLIT_NAT, m,
				       "line split across segments on a NATed connection");
		else
			verdict = nfh_ftp_nat(skb, protoff, dataoff, ct, ctinfo,
					      nat, exp, w, delta);
		nf_ct_expect_put(exp);
		return verdict;
	}

	ret = nf_ct_expect_related(exp, 0);
	nf_ct_expect_put(exp);
	if (ret) {
		nfh_ftp_refuse(ct, NFH_FTP_C_EXPECT_FAILED, m,
			       "expectation could not be registered");
		return NF_ACCEPT;
	}
	nfh_ftp_count(ct, NFH_FTP_C_EXPECT);
	return NF_ACCEPT;
}

static int nfh_ftp_help(struct sk_buff *skb, unsigned int protoff,
			struct nf_conn *ct, enum ip_conntrack_info ctinfo)
{
	struct nfh_ftp_ct *info = nfct_help_data(ct);
	int dir = CTINFO2DIR(ctinfo);
	unsigned int dataoff, datalen, verdict = NF_ACCEPT;
	const struct tcphdr *th;
	struct tcphdr _th;
	struct nfh_ftp_stream *st;
	struct nfh_ftp_walk w;
	u8 carry[NFH_FTP_LINE_MAX];
	const u8 *carry_out;
	size_t carry_len;
	int total_delta = 0;
	__be32 seq_be;
	u32 seq;

	/*
	 * NAT may change lengths later; only an unconfirmed entry can still
	 * grow the extension it needs for that.
	 */
	if (!nf_ct_is_confirmed(ct) && !nfct_seqadj(ct))
		nfct_seqadj_ext_add(ct);
	if (ctinfo != IP_CT_ESTABLISHED && ctinfo != IP_CT_ESTABLISHED_REPLY)
		return NF_ACCEPT;
	/*
	 * A control connection is never an expected one.  Some kernels
	 * (Debian 6.12.95) hand the expectation's helper to the data
	 * connection: parsing file contents as commands would let a file
	 * open pinholes.
	 */
	if (ct->master)
		return NF_ACCEPT;

	th = skb_header_pointer(skb, protoff, sizeof(_th), &_th);
	if (!th)
		return NF_ACCEPT;
	dataoff = protoff + th->doff * 4;
	if (dataoff >= skb->len)
		return NF_ACCEPT;
	datalen = skb->len - dataoff;
	seq_be = th->seq;
	seq = ntohl(seq_be);

	spin_lock_bh(&nfh_ftp_lock);
	if (info->dir[IP_CT_DIR_ORIGINAL].owner & NFH_FTP_F_STOPPED)
		goto out;
	if (skb_linearize(skb)) {
		nfh_ftp_count(ct, NFH_FTP_C_DROP_NOMEM);
		verdict = NF_DROP;
		goto out;
	}

	st = &info->dir[dir];
	if (nfh_ftp_walk_begin(&w, st, dir == IP_CT_DIR_ORIGINAL ?
			       NFH_FTP_DIR_CLIENT : NFH_FTP_DIR_SERVER,
			       seq, datalen))
		nfh_ftp_walk_carry(&w, carry,
				   nfh_ftp_carry_take(ct, dir, seq, carry));
	else if (w.start == NFH_FTP_UNKNOWN)
		nfh_ftp_count(ct, NFH_FTP_C_RESYNC);

	while (nfh_ftp_walk_next(&w, skb->data + dataoff,
				 skb->len - dataoff)) {
		int delta = 0;

		if (w.joined)
			nfh_ftp_count(ct, NFH_FTP_C_JOINED);
		if (w.res != NFH_FTP_OK) {
			nfh_ftp_refuse(ct, nfh_ftp_err_counter[w.res],
				       &w.m, nfh_ftp_result_name(w.res));
			continue;
		}
		if (w.m.cmd == NFH_FTP_AUTH) {
			info->dir[IP_CT_DIR_ORIGINAL].owner |= NFH_FTP_F_AUTH;
			continue;
		}
		if (w.m.cmd == NFH_FTP_AUTH_OK) {
			if (info->dir[IP_CT_DIR_ORIGINAL].owner & NFH_FTP_F_AUTH) {
				info->dir[IP_CT_DIR_ORIGINAL].owner |= NFH_FTP_F_STOPPED;
				nfh_ftp_count(ct, NFH_FTP_C_TLS);
				goto out;
			}
			continue;
		}
		verdict = nfh_ftp_expect(skb, protoff, dataoff, ct, ctinfo,
					 &w, &delta);
		if (verdict != NF_ACCEPT)
			goto out;
		if (delta) {
			nfh_ftp_walk_resize(&w, delta);
			total_delta += delta;
		}
	}
	/* one sequence correction for all rewrites of this segment */
	if (total_delta)
		nf_ct_seqadj_set(ct, ctinfo, seq_be, total_delta);

	carry_out = nfh_ftp_walk_end(&w, st, skb->data + dataoff, &carry_len);
	if (carry_out)
		nfh_ftp_carry_put(ct, dir, seq + datalen, carry_out, carry_len);
out:
	spin_unlock_bh(&nfh_ftp_lock);
	return verdict;
}

static const struct nf_conntrack_expect_policy nfh_ftp_exp_policy = {
	.max_expected = 1,	/* one outstanding data connection per control */
	.timeout = NFH_FTP_EXPECT_TIMEOUT,
};

static struct nf_conntrack_helper nfh_ftp_helpers[NFH_FTP_MAX_PORTS * 2] __read_mostly;

static int __init nfh_ftp_init(void)
{
	unsigned int i;
	int ret;

	NF_CT_HELPER_BUILD_BUG_ON(sizeof(struct nfh_ftp_ct));

	ret = nfh_ports_check(nfh_ftp_ports, &nfh_ftp_ports_c, 21);
	if (ret)
		return ret;
	ret = nfh_stats_register(&nfh_ftp_stats);
	if (ret)
		return ret;

	for (i = 0; i < nfh_ftp_ports_c; i++) {
		nf_ct_helper_init(&nfh_ftp_helpers[2 * i], AF_INET, IPPROTO_TCP,
				  "ftp", 21, nfh_ftp_ports[i], nfh_ftp_ports[i],
				  &nfh_ftp_exp_policy, 0, nfh_ftp_help, NULL,
				  THIS_MODULE);
		nf_ct_helper_init(&nfh_ftp_helpers[2 * i + 1], AF_INET6,
				  IPPROTO_TCP, "ftp", 21, nfh_ftp_ports[i], nfh_ftp_ports[i],
				  &nfh_ftp_exp_policy, 0, nfh_ftp_help, NULL,
				  THIS_MODULE);
		nfh_ftp_helpers[2 * i].destroy = nfh_ftp_destroy;
		nfh_ftp_helpers[2 * i + 1].destroy = nfh_ftp_destroy;
	}
	ret = nf_conntrack_helpers_register(nfh_ftp_helpers, nfh_ftp_ports_c * 2);
	if (ret) {
		pr_err("failed to register helper 'ftp' (is the in-tree nf_conntrack_ftp loaded?)\n");
		nfh_stats_unregister(&nfh_ftp_stats);
		return ret;
	}
	pr_info("nfhelpers %s: helper 'ftp' on %u port(s)\n", NFH_VERSION,
		nfh_ftp_ports_c);
	return 0;
}

static void __exit nfh_ftp_fini(void)
{
	nf_conntrack_helpers_unregister(nfh_ftp_helpers, nfh_ftp_ports_c * 2);
	nfh_stats_unregister(&nfh_ftp_stats);
}

module_init(nfh_ftp_init);
module_exit(nfh_ftp_fini);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers FTP connection tracking helper");
MODULE_VERSION(NFH_VERSION);
MODULE_ALIAS("ip_conntrack_ftp");
MODULE_ALIAS_NFCT_HELPER("ftp");
/* The NAT half comes along: nobody has to remember to load it. */
MODULE_SOFTDEP("post: nf_nat_ftp");
