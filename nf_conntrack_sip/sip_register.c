// SPDX-License-Identifier: GPL-2.0
/*
 * SIP REGISTER pinholes: a REGISTER opens an inactive expectation for
 * requests to the phone's Contact; the registrar's 2xx activates it for
 * the Expires it grants, a failure or Expires 0 removes it.  The
 * connection it lets in is SIP and gets the helper.
 */
#include <linux/netfilter.h>
#include <net/netfilter/nf_conntrack_core.h>
#include <net/netfilter/nf_conntrack_helper.h>
#include "sip_glue.h"

#define NFH_SIP_DEFAULT_EXPIRES	3600

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

/*
 * Mark the connection a REGISTER pinhole let in: it is SIP, inspect it.
 * nf_nat_sip's "sip" expectation function calls this after translating.
 */
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
 * registrar unless nfh_sip_direct_signalling=0.  Only a Contact at the sender's
 * own address (and port, on a NATed flow) is honoured.
 */
void nfh_sip_register(const struct nfh_sip_pkt *pk, const struct nfh_sip_msg *m)
{
	struct nf_conn *ct = pk->ct;
	struct nfh_sip_ct *info = nfct_help_data(ct);
	const struct nf_conntrack_tuple *t = &ct->tuplehash[pk->dir].tuple;
	const struct nfh_sip_hostport *hp;
	struct nf_ct_helper_expectfn *fn;
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
	nfh_sip_addr_from(&daddr, pk->family, hp->addr);
	if (!nf_inet_addr_cmp(&daddr, &t->src.u3))
		return;
	p = hp->port.len ? hp->port_val :
	    (m->contact[0].uri.scheme == NFH_SIP_URI_SIPS ?
	     NFH_SIP_DEFAULT_TLS_PORT : NFH_SIP_DEFAULT_PORT);
	if (pk->nat && p != ntohs(t->src.u.all))
		return;		/* the planner leaves such a Contact alone */

	exp = nf_ct_expect_alloc(ct);
	if (!exp) {
		nfh_sip_note(ct, NFH_SIP_C_EXPECT_FAILED,
			     "no memory for the REGISTER pinhole");
		return;
	}
	port = htons(p);
	nf_ct_expect_init(exp, NFH_SIP_EXP_SIGNALLING, pk->family,
			  nfh_sip_direct_signalling ?
			  &ct->tuplehash[!pk->dir].tuple.src.u3 : NULL,
			  &daddr, pk->l4proto, NULL, &port);
	exp->flags = NF_CT_EXPECT_PERMANENT | NF_CT_EXPECT_INACTIVE;
	if (pk->nat) {
		/*
		 * nf_nat_sip's, found by the name ctnetlink reports for it: a
		 * backup router that commits this pinhole (conntrackd) gets
		 * the same function.  Not there: the NAT half is leaving.
		 */
		fn = nf_ct_helper_expectfn_find_by_name(NFH_SIP_EXPECTFN);
		exp->expectfn = fn ? fn->expectfn : NULL;
		ok = fn &&
		     pk->nat->expect(exp, NULL, pk->dir, NFH_NAT_PINHOLE) != 0;
	} else {
		exp->expectfn = nfh_sip_signalling_expected;
		ok = nf_ct_expect_related(exp, 0) == 0;
	}
	if (ok && !nfh_sip_src_admit(ct, exp, NULL)) {
		nf_ct_expect_put(exp);
		return;		/* counted as refused_per_src */
	}
	nf_ct_expect_put(exp);
	if (ok)
		nfh_sip_count(ct, NFH_SIP_C_EXPECT_SIGNALLING);
	else
		nfh_sip_note(ct, NFH_SIP_C_EXPECT_FAILED,
			     "REGISTER pinhole refused or port taken");
}

/* The registrar answered the pending REGISTER. */
void nfh_sip_register_answer(const struct nfh_sip_pkt *pk,
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
	/*
	 * No event reports a change of flags made in place: conntrackd, and
	 * the backup router that commits what it cached, would keep the
	 * pinhole inactive.  Active copies replace it, and are reported.
	 */
	if (READ_ONCE(nfh_sip_reannounce) &&
	    nfh_expect_reannounce(ct, NFH_SIP_EXP_SIGNALLING, expires, true)) {
		nfh_sip_count(ct, NFH_SIP_C_REGISTER_ACTIVE);
		return;
	}
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

