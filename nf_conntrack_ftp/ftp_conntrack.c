// SPDX-License-Identifier: GPL-2.0
/*
 * nf_conntrack_ftp - FTP connection tracking helper (drop-in for the in-tree
 * module of the same name: helper "ftp", params ports= and loose=).
 *
 * Reads the control connection through the pure parse core, and for PORT,
 * EPRT, 227 and 229 registers an expectation so the data connection is
 * RELATED.  Line starts are tracked per direction across segments, so every
 * line of a segment is seen and a line split across segments is joined, or,
 * when the receiver sees the sender translated, held until whole and then
 * sent rewritten (nfh_hold.h; the router acknowledges held bytes to a
 * sender that retransmits them, so the pause between the pieces does not
 * matter).
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
#include "nfh_hold.h"
#include "ftp_parse.h"

#define NFH_FTP_MAX_PORTS 8
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

static unsigned int nfh_ftp_expect_max_per_src __read_mostly = 128;
module_param_named(expect_max_per_src, nfh_ftp_expect_max_per_src, uint, 0644);
MODULE_PARM_DESC(expect_max_per_src, "expectations one source address may hold at once (0: no cap; default 128)");

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
	NFH_FTP_C_HELD,
	NFH_FTP_C_HELD_ACKED,
	NFH_FTP_C_HELD_SENT,
	NFH_FTP_C_HELD_GAVE_UP,
	NFH_FTP_C_HELD_LOST,
	NFH_FTP_C_REFUSED_SRC,
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
	[NFH_FTP_C_HELD] = "split_held",
	[NFH_FTP_C_HELD_ACKED] = "held_acked",
	[NFH_FTP_C_HELD_SENT] = "held_sent",
	[NFH_FTP_C_HELD_GAVE_UP] = "held_gave_up",
	[NFH_FTP_C_HELD_LOST] = "held_lost",
	[NFH_FTP_C_REFUSED_SRC] = "refused_per_src",
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
/* What the connection counts for against its source (nfh_src_charge()). */
#define nfh_ftp_charged(info)	(&(info)->dir[IP_CT_DIR_REPLY].owner)

/*
 * @exp was registered: charge it to the source, or take it back when the
 * source holds expect_max_per_src already.
 */
static bool nfh_ftp_src_admit(struct nf_conn *ct,
			      struct nf_conntrack_expect *exp)
{
	unsigned int limit = READ_ONCE(nfh_ftp_expect_max_per_src);

	if (nfh_src_charge(&nfh_ftp_stats, ct,
			   nfh_ftp_charged((struct nfh_ftp_ct *)nfct_help_data(ct)),
			   limit))
		return true;
	nf_ct_unexpect_related(exp);
	nfh_src_refused(&nfh_ftp_stats, ct, NFH_FTP_C_REFUSED_SRC, limit);
	return false;
}

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
/*
 * Guards the carry and hold tables (shared by all connections).  Taken
 * inside the connection's lock, nfh_ct_lock(), and only by a connection
 * that carries or holds a split line (nfh_ftp_tables()): a segment of
 * whole lines takes the connection's lock alone.
 */
static DEFINE_SPINLOCK(nfh_ftp_table_lock);

/* Take the table lock once for this segment. */
static void nfh_ftp_tables(bool *locked)
{
	if (!*locked) {
		spin_lock(&nfh_ftp_table_lock);
		*locked = true;
	}
}

static size_t nfh_ftp_carry_take(const struct nf_conn *ct, int dir, u32 seq,
				 u8 *out)
{
	struct nfh_ftp_carry *c;
	size_t len = 0;

	for (c = nfh_ftp_carry_tab; c < nfh_ftp_carry_tab + NFH_FTP_CARRY_SLOTS; c++) {
		if (c->ct != ct || c->dir != dir)
			continue;
		c->ct = NULL;
		if (c->seq == seq) {
			len = c->len;
			memcpy(out, c->buf, len);
		}
		break;
	}
	return len;
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
 * Where a rewrite goes: the packet, or a held line being delivered (the
 * bytes that will replace the sender's, in a buffer).
 */
struct nfh_ftp_out {
	struct sk_buff *skb;		/* NULL: buf */
	unsigned int protoff, dataoff;
	u8 *buf;
	u32 len, cap;
};

static u8 *nfh_ftp_out_data(const struct nfh_ftp_out *o)
{
	return o->skb ? o->skb->data + o->dataoff : o->buf;
}

static bool nfh_ftp_out_replace(struct nfh_ftp_out *o, struct nf_conn *ct,
				enum ip_conntrack_info ctinfo,
				const struct nfh_nat_ops *nat, unsigned int off,
				unsigned int mlen, const char *text,
				unsigned int tlen)
{
	if (o->skb)
		return nat->mangle(o->skb, ct, ctinfo, o->protoff, off, mlen,
				   text, tlen);
	if (o->len - mlen + tlen > o->cap)
		return false;
	memmove(o->buf + off + tlen, o->buf + off + mlen, o->len - off - mlen);
	memcpy(o->buf + off, text, tlen);
	o->len = o->len - mlen + tlen;
	return true;
}

/* Does the receiver of direction @dir see another address of the sender? */
static bool nfh_ftp_translated(const struct nf_conn *ct, int dir)
{
	return !nf_inet_addr_cmp(&ct->tuplehash[dir].tuple.src.u3,
				 &ct->tuplehash[!dir].tuple.dst.u3);
}

/*
 * On a NATed connection: have the NAT half move @exp to the address the far
 * side sees and claim a free port (from the client's own upwards), then
 * rewrite the argument to name them.  The text is this module's: the NAT
 * half knows no FTP.  A line joined from parts that have passed already
 * (a sender the receiver sees untranslated) cannot be rewritten: its port
 * is claimed exactly, and its text must come out the same.
 */
static unsigned int nfh_ftp_nat(struct nfh_ftp_out *o, struct nf_conn *ct,
				enum ip_conntrack_info ctinfo,
				const struct nfh_nat_ops *nat,
				struct nf_conntrack_expect *exp,
				const struct nfh_ftp_walk *w, int *delta)
{
	const struct nfh_ftp_match *m = &w->m;
	const u8 *line = w->joined ? w->join :
				     nfh_ftp_out_data(o) + w->line_off;
	unsigned int off = w->line_off + m->arg_off;
	int dir = CTINFO2DIR(ctinfo);
	/* the data connection arrives where this packet is going */
	const union nf_inet_addr *newaddr = &ct->tuplehash[!dir].tuple.dst.u3;
	char text[NFH_FTP_REPL_MAX];
	u8 delim = 0;
	size_t len;
	u16 port;

	if (m->cmd == NFH_FTP_EPRT || m->cmd == NFH_FTP_EPSV_229)
		delim = line[m->arg_off];	/* kept as sent */
	port = nat->expect(exp, NULL, dir, w->joined ? NFH_NAT_EXACT : 0);
	/* refused: as for a failed registration, but never a private address out */
	if (port && !nfh_ftp_src_admit(ct, exp))
		return nfh_ftp_translated(ct, dir) && !w->joined ?
		       NF_DROP : NF_ACCEPT;
	if (!port && w->joined)
		goto split;
	if (!port) {
		net_info_ratelimited("no free port to expect the data connection on\n");
		goto drop;
	}
	len = nfh_ftp_format(m->cmd, nf_ct_l3num(ct) == AF_INET6 ?
			     AF_INET6 : AF_INET, (const u8 *)newaddr, port,
			     delim, text);
	if (!len)
		goto unexpect;
	if (len == m->arg_len && !memcmp(text, line + m->arg_off, len)) {
		nfh_ftp_count(ct, NFH_FTP_C_EXPECT);
		return NF_ACCEPT;	/* nothing to translate */
	}
	if (w->joined) {
		nf_ct_unexpect_related(exp);
		goto split;
	}
	if (!nfh_ftp_out_replace(o, ct, ctinfo, nat, off, m->arg_len, text,
				 len))
		goto unexpect;
	nfh_ftp_count(ct, NFH_FTP_C_EXPECT);
	nfh_ftp_count(ct, NFH_FTP_C_REWRITE);
	*delta = (int)len - (int)m->arg_len;
	return NF_ACCEPT;

split:
	nfh_ftp_refuse(ct, NFH_FTP_C_SPLIT_NAT, m,
		       "line split across segments would need a rewrite");
	/* a translated sender's line is held, never joined: cannot be */
	return nfh_ftp_translated(ct, dir) ? NF_DROP : NF_ACCEPT;
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
static unsigned int nfh_ftp_expect(struct nfh_ftp_out *o, struct nf_conn *ct,
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
	switch (nfh_ftp_verdict(m, family, (const u8 *)sender, nfh_ftp_loose)) {
	case NFH_FTP_REFUSE_FAMILY:
		nfh_ftp_refuse(ct, NFH_FTP_C_REFUSED_FAMILY, m,
			       "address family differs from the connection's");
		return NF_ACCEPT;
	case NFH_FTP_REFUSE_ADDRESS:
		nfh_ftp_refuse(ct, NFH_FTP_C_REFUSED_ADDR, m,
			       "address is not the sender's (loose=0)");
		return NF_ACCEPT;
	case NFH_FTP_REFUSE_LOW_PORT:
		nfh_ftp_refuse(ct, NFH_FTP_C_REFUSED_PORT, m,
			       "data port below 1024");
		return NF_ACCEPT;
	case NFH_FTP_USE:
		break;
	}
	if (m->family)
		memcpy(&daddr, m->addr, nfh_addr_len(family));
	else
		daddr = *sender;	/* 229 names only a port */

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
		unsigned int verdict;

		verdict = nfh_ftp_nat(o, ct, ctinfo, nat, exp, w, delta);
		nf_ct_expect_put(exp);
		return verdict;
	}

	ret = nf_ct_expect_related(exp, 0);
	if (!ret && !nfh_ftp_src_admit(ct, exp)) {
		nf_ct_expect_put(exp);
		return NF_ACCEPT;	/* counted as refused_per_src */
	}
	nf_ct_expect_put(exp);
	if (ret) {
		nfh_ftp_refuse(ct, NFH_FTP_C_EXPECT_FAILED, m,
			       "expectation could not be registered");
		return NF_ACCEPT;
	}
	nfh_ftp_count(ct, NFH_FTP_C_EXPECT);
	return NF_ACCEPT;
}

#define NFH_FTP_STOP	(NF_MAX_VERDICT + 1)	/* TLS: inspect no more */

/* One line the walker yielded: NF_ACCEPT, NF_DROP or NFH_FTP_STOP. */
static unsigned int nfh_ftp_line(struct nfh_ftp_out *o, struct nf_conn *ct,
				 enum ip_conntrack_info ctinfo,
				 struct nfh_ftp_ct *info, struct nfh_ftp_walk *w,
				 int *total_delta)
{
	unsigned int verdict;
	int delta = 0;

	if (w->joined)
		nfh_ftp_count(ct, NFH_FTP_C_JOINED);
	if (w->res != NFH_FTP_OK) {
		/* a retransmission's lines were counted when first seen */
		if (w->forward)
			nfh_ftp_refuse(ct, nfh_ftp_err_counter[w->res], &w->m,
				       nfh_ftp_result_name(w->res));
		return NF_ACCEPT;
	}
	if (w->m.cmd == NFH_FTP_AUTH) {
		info->dir[IP_CT_DIR_ORIGINAL].owner |= NFH_FTP_F_AUTH;
		return NF_ACCEPT;
	}
	if (w->m.cmd == NFH_FTP_AUTH_OK) {
		if (!(info->dir[IP_CT_DIR_ORIGINAL].owner & NFH_FTP_F_AUTH))
			return NF_ACCEPT;
		info->dir[IP_CT_DIR_ORIGINAL].owner |= NFH_FTP_F_STOPPED;
		nfh_ftp_count(ct, NFH_FTP_C_TLS);
		return NFH_FTP_STOP;
	}
	verdict = nfh_ftp_expect(o, ct, ctinfo, w, &delta);
	if (verdict == NF_ACCEPT && delta) {
		nfh_ftp_walk_resize(w, delta);
		*total_delta += delta;
	}
	return verdict;
}

/*
 * Holding a line split across segments, when the receiver sees the sender
 * translated (nfh_hold.h): the line's bytes wait here until it is whole,
 * then go out rewritten, in the segment that completed it.
 */
#define NFH_FTP_HOLDS		64	/* lines held at once */
#define NFH_FTP_HOLD_FIRST	512	/* first buffer, grown as needed */
#define NFH_FTP_HOLD_ROOM	(8 * NFH_FTP_REPL_MAX) /* growth by rewrites */
#define NFH_FTP_F_HOLDS		0x04	/* may have a slot (original dir) */
#define NFH_FTP_HOLD_AGE	(60 * HZ) /* a delivered line the receiver
					   * never acknowledged may go
					   */

static struct nfh_hold_slot nfh_ftp_holds[NFH_FTP_HOLDS];

static void nfh_ftp_destroy(struct nf_conn *ct)
{
	struct nfh_ftp_carry *c;
	unsigned int i;

	nfh_src_release(&nfh_ftp_stats, ct, nfh_ftp_charged(
		(struct nfh_ftp_ct *)nfct_help_data(ct)));

	spin_lock_bh(&nfh_ftp_table_lock);
	for (c = nfh_ftp_carry_tab; c < nfh_ftp_carry_tab + NFH_FTP_CARRY_SLOTS; c++)
		if (c->ct == ct)
			c->ct = NULL;
	for (i = 0; i < NFH_FTP_HOLDS; i++) {
		if (nfh_ftp_holds[i].ct != ct)
			continue;
		if (!nfh_ftp_holds[i].h.ready)
			nfh_refused(&nfh_ftp_stats, ct, NFH_FTP_C_HELD_LOST,
				    nfh_ftp_log_refused,
				    "connection ended with %u bytes held\n",
				    nfh_ftp_holds[i].h.have);
		nfh_hold_free(&nfh_ftp_holds[i]);
	}
	spin_unlock_bh(&nfh_ftp_table_lock);
}

/* What one segment needs done after the lock is released. */
struct nfh_ftp_after {
	bool ack;		/* acknowledge held bytes to the sender */
	u32 ack_seq, ack_to;
};

/* Cut the segment's bytes from @off on: they are held, not sent yet. */
static bool nfh_ftp_trim(struct sk_buff *skb, unsigned int protoff,
			 unsigned int dataoff, struct nf_conn *ct,
			 enum ip_conntrack_info ctinfo,
			 const struct nfh_nat_ops *nat, u32 off)
{
	u32 len = skb->len - dataoff;

	if (off >= len)
		return true;
	/* no sequence adjustment: the bytes come later, not never */
	return nat && nat->mangle(skb, ct, ctinfo, protoff, off, len - off,
				  "", 0);
}

/* Still the start of a line of interest without its end? */
static bool nfh_ftp_hold_split(struct nfh_ftp_walk *w,
			       const struct nfh_ftp_stream *st, int dir,
			       const struct nfh_stream_held *h)
{
	return nfh_ftp_walk_ends_split(w, st, dir == IP_CT_DIR_ORIGINAL ?
				       NFH_FTP_DIR_CLIENT : NFH_FTP_DIR_SERVER,
				       h->start, h->buf, h->have);
}

/*
 * The held line is whole (or the sender ended the stream): read and
 * rewrite the held bytes as one segment, then send the result in this
 * segment, moved back to where the held bytes start.
 */
static unsigned int nfh_ftp_deliver(struct sk_buff *skb, unsigned int protoff,
				    unsigned int dataoff, struct nf_conn *ct,
				    enum ip_conntrack_info ctinfo,
				    struct nfh_hold_slot *s, u32 seq, bool fin,
				    struct nfh_ftp_walk *w)
{
	struct nfh_ftp_ct *info = nfct_help_data(ct);
	const struct nfh_nat_ops *nat = rcu_dereference(nfh_ftp_nat_hook);
	int dir = CTINFO2DIR(ctinfo);
	struct nfh_ftp_stream *st = &info->dir[dir];
	struct nfh_stream_held *h = &s->h;
	struct nfh_ftp_out o = { .cap = h->have + NFH_FTP_HOLD_ROOM };
	unsigned int verdict = NF_ACCEPT;
	u32 n, nseq, so = 0, datalen = skb->len - dataoff;
	int total_delta = 0;
	size_t clen;

	if (!nat) {
		nfh_ftp_count(ct, NFH_FTP_C_DROP_NAT);
		return NF_DROP;
	}
	o.buf = kmalloc(o.cap, GFP_ATOMIC);
	if (!o.buf) {
		nfh_ftp_count(ct, NFH_FTP_C_DROP_NOMEM);
		return NF_DROP;
	}
	memcpy(o.buf, h->buf, h->have);
	o.len = h->have;

	nfh_ftp_walk_begin(w, st, dir == IP_CT_DIR_ORIGINAL ?
			   NFH_FTP_DIR_CLIENT : NFH_FTP_DIR_SERVER,
			   h->start, h->have);
	while (verdict == NF_ACCEPT && nfh_ftp_walk_next(w, o.buf, o.len))
		verdict = nfh_ftp_line(&o, ct, ctinfo, info, w, &total_delta);
	if (verdict == NF_ACCEPT && fin && w->carry_len_out) {
		/* the stream ends: its last line, without a line feed */
		w->line_off = w->carry_off;
		w->line_len = w->carry_len_out;
		w->joined = false;
		w->res = nfh_ftp_parse_line(o.buf + w->carry_off,
					    w->carry_len_out, w->dir, &w->m);
		if (w->res != NFH_FTP_IGNORED)
			verdict = nfh_ftp_line(&o, ct, ctinfo, info, w,
					       &total_delta);
	}
	if (verdict == NFH_FTP_STOP)
		verdict = NF_ACCEPT;	/* TLS from here: sent as it is */
	if (verdict != NF_ACCEPT)
		goto free;

	n = nfh_stream_held_span(h, seq, datalen, &nseq, &so);
	if (!n) {
		nseq = h->start;	/* a bare FIN right after them */
		so = 0;
	}
	if ((nseq != seq && !nfh_hold_move(skb, protoff, nseq)) ||
	    !nat->mangle(skb, ct, ctinfo, protoff, so, n, o.buf, o.len)) {
		nfh_ftp_count(ct, NFH_FTP_C_DROP_NAT);
		verdict = NF_DROP;
		goto free;
	}
	if (o.len != h->have)
		nfh_seqadj_set(ct, ctinfo, htonl(h->start),
			       (int)o.len - (int)h->have);
	nfh_ftp_walk_end(w, st, o.buf, &clen);
	nfh_ftp_count(ct, NFH_FTP_C_HELD_SENT);
	kfree(h->buf);
	h->buf = o.buf;
	h->cap = o.cap;
	h->len = o.len;
	h->ready = true;
	s->stamp = jiffies;
	return NF_ACCEPT;
free:
	kfree(o.buf);
	return verdict;
}

/*
 * A segment of the direction that has held bytes.  Returns a verdict, or
 * -1 when the segment (its first @*datalen bytes) is for the usual path.
 */
static int nfh_ftp_held(struct sk_buff *skb, unsigned int protoff,
			unsigned int dataoff, struct nf_conn *ct,
			enum ip_conntrack_info ctinfo,
			const struct tcphdr *th, struct nfh_hold_slot *s,
			u32 *datalen, struct nfh_ftp_walk *w,
			struct nfh_ftp_after *after)
{
	struct nfh_ftp_ct *info = nfct_help_data(ct);
	const struct nfh_nat_ops *nat = rcu_dereference(nfh_ftp_nat_hook);
	int dir = CTINFO2DIR(ctinfo);
	struct nfh_stream_held *h = &s->h;
	u32 seq = ntohl(th->seq), len = *datalen, n, nseq, so, need;
	enum nfh_stream_held_seg r;
	bool whole;

	if (h->ready) {
		/* delivered: a retransmission gets the same bytes */
		n = nfh_stream_held_span(h, seq, len, &nseq, &so);
		if (!n)
			return -1;
		if (nfh_seq_after(h->start, seq)) {
			/* older bytes first: they go alone, as the usual */
			if (!nfh_ftp_trim(skb, protoff, dataoff, ct, ctinfo,
					  nat, so))
				goto drop_nat;
			*datalen = so;
			return -1;
		}
		if (nfh_seq_after(seq + len, h->start + h->have)) {
			/*
			 * New bytes after the delivered ones in the same
			 * segment: one sequence correction per segment cannot
			 * describe both.  Dropped: the sender sends them again.
			 */
			goto drop_nat;
		}
		if (!nat || (nseq != seq && !nfh_hold_move(skb, protoff, nseq)) ||
		    !nat->mangle(skb, ct, ctinfo, protoff, so, n, h->buf, h->len))
			goto drop_nat;
		return NF_ACCEPT;
	}

	if (!len && !th->fin)
		return -1;	/* a bare ACK passes */
	r = nfh_hold_feed(s, seq, skb->data + dataoff, len, NFH_HOLD_MAX,
			  &need);
	if (r == NFH_STREAM_HELD_GROW) {
		nfh_refused(&nfh_ftp_stats, ct, NFH_FTP_C_HELD_GAVE_UP,
			    nfh_ftp_log_refused,
			    "held line over %u bytes: segment dropped\n",
			    NFH_HOLD_MAX);
		return NF_DROP;
	}
	if (r == NFH_STREAM_HELD_GAP)
		return NF_DROP;		/* the bytes before it are held */
	if (nfh_seq_after(h->start, seq)) {
		/* older bytes first: they go, the held ones stay */
		n = nfh_stream_held_span(h, seq, len, &nseq, &so);
		if (n && !nfh_ftp_trim(skb, protoff, dataoff, ct, ctinfo, nat,
				       so))
			goto drop_nat;
		*datalen = n ? so : len;
		return -1;
	}
	whole = th->fin || !nfh_ftp_hold_split(w, &info->dir[dir], dir, h);
	if (whole)
		return nfh_ftp_deliver(skb, protoff, dataoff, ct, ctinfo, s,
				       seq, th->fin, w);
	if (r == NFH_STREAM_HELD_OLD && th->ack &&
	    nfh_hold_may_ack(ct, dir, h->start)) {
		/*
		 * The sender sends again what is held: its retransmission
		 * timer ran out.  Acknowledge the held bytes for the
		 * receiver, so it goes on to send the rest.
		 */
		after->ack = true;
		after->ack_seq = ntohl(th->ack_seq);
		after->ack_to = h->start + h->have;
		h->acked = true;
		nfh_ftp_count(ct, NFH_FTP_C_HELD_ACKED);
	}
	return NF_DROP;

drop_nat:
	nfh_ftp_count(ct, NFH_FTP_C_DROP_NAT);
	return NF_DROP;
}

/*
 * The hold slots of @ct: what the receiver acknowledged is done with.
 * Returns the slot of this direction still waiting for the rest of its
 * line, else a delivered one the segment [@seq, +@len) overlaps, or NULL.
 */
static struct nfh_hold_slot *nfh_ftp_holds_scan(struct nf_conn *ct, int dir,
						const struct tcphdr *th,
						u32 seq, u32 len)
{
	struct nfh_ftp_ct *info = nfct_help_data(ct);
	struct nfh_hold_slot *s, *open = NULL, *sent = NULL;
	unsigned int i, any = 0;
	u32 nseq, so;

	for (i = 0; i < NFH_FTP_HOLDS; i++) {
		s = &nfh_ftp_holds[i];
		if (s->ct != ct)
			continue;
		any++;
		if (s->dir == dir) {
			if (!s->h.ready)
				open = s;
			else if (nfh_stream_held_span(&s->h, seq, len, &nseq, &so))
				sent = s;
			continue;
		}
		if (th->ack && s->h.ready) {
			u32 end = s->h.start + s->h.have;

			end += nf_ct_seq_offset(ct, s->dir, end);
			if (!nfh_seq_after(end, ntohl(th->ack_seq))) {
				nfh_hold_free(s);
				any--;
			}
		}
	}
	if (!any)
		info->dir[IP_CT_DIR_ORIGINAL].owner &= ~NFH_FTP_F_HOLDS;
	return open ? open : sent;
}

/* Begin holding the line at @start: its first @len bytes are at @data. */
static bool nfh_ftp_hold_begin(struct nf_conn *ct, int dir, u32 start,
			       const u8 *data, u32 len)
{
	struct nfh_ftp_ct *info = nfct_help_data(ct);
	struct nfh_hold_slot *s;
	u32 need;

	s = nfh_hold_new(nfh_ftp_holds, NFH_FTP_HOLDS, ct, dir, start,
			 max_t(u32, len, NFH_FTP_HOLD_FIRST), NFH_FTP_HOLD_AGE);
	if (!s)
		return false;
	nfh_stream_held_feed(&s->h, start, data, len, &need);
	info->dir[IP_CT_DIR_ORIGINAL].owner |= NFH_FTP_F_HOLDS;
	nfh_ftp_count(ct, NFH_FTP_C_HELD);
	return true;
}

/*
 * A segment with data (or one that matters while something is held), under
 * the connection's lock.  Apart from nfh_ftp_help() because of its locals:
 * kernels built with INIT_STACK_ALL_ZERO (Debian's) clear them on every
 * call, which a bare ACK need not pay for.
 */
static noinline int nfh_ftp_segment(struct sk_buff *skb, unsigned int protoff,
				    struct nf_conn *ct,
				    enum ip_conntrack_info ctinfo,
				    unsigned int dataoff, __be32 seq_be)
{
	struct nfh_ftp_ct *info = nfct_help_data(ct);
	int dir = CTINFO2DIR(ctinfo);
	unsigned int verdict = NF_ACCEPT;
	struct nfh_ftp_after after = {};
	const struct nfh_nat_ops *nat;
	struct nfh_hold_slot *held = NULL;
	const struct tcphdr *th;
	struct nfh_ftp_stream *st;
	struct nfh_ftp_walk w;
	struct nfh_ftp_out o;
	u8 carry[NFH_FTP_LINE_MAX];
	const u8 *carry_out;
	size_t carry_len;
	int total_delta = 0;
	bool hold, tables = false;
	spinlock_t *lock;
	u32 seq = ntohl(seq_be), datalen = skb->len - dataoff;

	lock = nfh_ct_lock(ct);
	spin_lock_bh(lock);
	/* what the kernel removed since (used, timed out) no longer counts */
	nfh_src_settle(&nfh_ftp_stats, ct, nfh_ftp_charged(info));
	if (info->dir[IP_CT_DIR_ORIGINAL].owner & NFH_FTP_F_STOPPED)
		goto out;
	if (skb_linearize(skb)) {
		nfh_ftp_count(ct, NFH_FTP_C_DROP_NOMEM);
		verdict = NF_DROP;
		goto out;
	}
	th = (const struct tcphdr *)(skb->data + protoff);
	nat = rcu_dereference(nfh_ftp_nat_hook);
	hold = nat && (ct->status & IPS_NAT_MASK) &&
	       nfh_ftp_translated(ct, dir);

	if (info->dir[IP_CT_DIR_ORIGINAL].owner & NFH_FTP_F_HOLDS) {
		nfh_ftp_tables(&tables);
		held = nfh_ftp_holds_scan(ct, dir, th, seq, datalen);
	}
	if (held) {
		int v = nfh_ftp_held(skb, protoff, dataoff, ct, ctinfo, th,
				     held, &datalen, &w, &after);

		if (v >= 0) {
			verdict = v;
			goto out;
		}
	}
	if (!datalen)
		goto out;

	st = &info->dir[dir];
	o = (struct nfh_ftp_out){ .skb = skb, .protoff = protoff,
				  .dataoff = dataoff };
	if (nfh_ftp_walk_begin(&w, st, dir == IP_CT_DIR_ORIGINAL ?
			       NFH_FTP_DIR_CLIENT : NFH_FTP_DIR_SERVER,
			       seq, datalen)) {
		nfh_ftp_tables(&tables);
		nfh_ftp_walk_carry(&w, carry,
				   nfh_ftp_carry_take(ct, dir, seq, carry));
	} else if (w.start == NFH_FTP_UNKNOWN) {
		nfh_ftp_count(ct, NFH_FTP_C_RESYNC);
	}

	while (nfh_ftp_walk_next(&w, skb->data + dataoff,
				 skb->len - dataoff)) {
		verdict = nfh_ftp_line(&o, ct, ctinfo, info, &w, &total_delta);
		if (verdict == NFH_FTP_STOP) {
			verdict = NF_ACCEPT;
			goto out;
		}
		if (verdict != NF_ACCEPT)
			goto out;
	}
	/* one sequence correction for all rewrites of this segment */
	if (total_delta)
		nfh_seqadj_set(ct, ctinfo, seq_be, total_delta);

	if (hold && w.forward && w.carry_len_out && !w.carry_in_join) {
		/*
		 * The segment ends with the start of a line the receiver
		 * must not see untranslated: hold it, send the rest.
		 */
		u32 start = seq + datalen - w.carry_len_out;

		nfh_ftp_tables(&tables);
		if (!nfh_ftp_hold_begin(ct, dir, start,
					skb->data + dataoff + w.carry_off,
					w.carry_len_out)) {
			nfh_ftp_count(ct, NFH_FTP_C_DROP_NOMEM);
			verdict = NF_DROP;
			goto out;
		}
		if (!w.carry_off) {
			verdict = NF_DROP;	/* nothing else in it */
			goto out;
		}
		if (!nfh_ftp_trim(skb, protoff, dataoff, ct, ctinfo, nat,
				  w.carry_off)) {
			nfh_ftp_count(ct, NFH_FTP_C_DROP_NAT);
			verdict = NF_DROP;
			goto out;
		}
		nfh_ftp_stream_advance(st, seq, start - seq,
				       w.start == NFH_FTP_AT_LINE, false);
		goto out;
	}
	carry_out = nfh_ftp_walk_end(&w, st, skb->data + dataoff, &carry_len);
	if (carry_out && !hold) {
		nfh_ftp_tables(&tables);
		nfh_ftp_carry_put(ct, dir, seq + datalen, carry_out, carry_len);
	}
out:
	if (tables)
		spin_unlock(&nfh_ftp_table_lock);
	spin_unlock_bh(lock);
	if (after.ack)
		nfh_hold_ack(ct, dir, after.ack_seq, after.ack_to);
	return verdict;
}

static int nfh_ftp_help(struct sk_buff *skb, unsigned int protoff,
			struct nf_conn *ct, enum ip_conntrack_info ctinfo)
{
	struct nfh_ftp_ct *info = nfct_help_data(ct);
	const struct tcphdr *th;
	struct tcphdr _th;
	unsigned int dataoff;

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
	if (dataoff > skb->len)
		return NF_ACCEPT;
	/* bare ACKs and FINs matter only while something is held */
	if (dataoff == skb->len &&
	    !(READ_ONCE(info->dir[IP_CT_DIR_ORIGINAL].owner) & NFH_FTP_F_HOLDS))
		return NF_ACCEPT;
	return nfh_ftp_segment(skb, protoff, ct, ctinfo, dataoff, th->seq);
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
