// SPDX-License-Identifier: GPL-2.0
/*
 * h323_parse.c - table-driven ALIGNED-PER decoder for H.225.0 and H.245, and
 * the TPKT / Q.931 / RAS / H.245 entry points.
 *
 * The walk follows the generated tables (h323_tables.c): every root
 * component of a decoded type is walked, extension additions are skipped as
 * open types unless the table says they lead to an address, and a CHOICE
 * alternative marked STOP ends the walk early.  Recursion is bounded by
 * NFH_PER_MAX_DEPTH and the total work by NFH_PER_MAX_STEPS.
 */
#include "h323_parse.h"
#include "h323_tables.h"

struct nfh_h323_dec {
	struct nfh_h323_out *out;
	u32 steps;
	unsigned int max_depth;		/* NFH_PER_MAX_DEPTH (tests lower it) */
	unsigned int depth_seen;	/* deepest nesting reached */
	u16 cur_msg;
	/* context of the addresses: the OLC(Ack) and embedding they are in */
	u16 lcn;			/* its forwardLogicalChannelNumber */
	u8 aflags;			/* NFH_H323_A_* */
	u8 feat;			/* NFH_H323_FEAT_* */
	u8 grab_reason;			/* next CHOICE index: facility_reason */
	u8 nest;			/* Contents entered (GenericData) */
	/* address being collected inside an IP4/IP6 SEQUENCE */
	u8 pend;			/* 0, AF_INET or AF_INET6 */
	u8 pend_have;			/* 1: address, 2: port */
	u8 pend_role;
	u8 last_len;
	u16 pend_addr_off;
	u16 pend_port_off;
	u16 pend_port;
	u8 pend_addr[16];
	/* filled by the primitive decoders for the member actions */
	u32 last_pos;			/* bit position of the value */
	u32 last_val;
};

/*
 * Internal to the walk, never returned by an entry point: a CHOICE
 * alternative marked STOP ends the walk early, with success.
 */
#define NFH_H323_STOP	NFH_H323_RESULT_MAX

/* nfh_h323_dec.feat: where a GenericIdentifier.standard is */
#define NFH_H323_FEAT_NONE	0	/* not in a feature list */
#define NFH_H323_FEAT_LIST	1	/* in a featureSet / genericData ... */
#define NFH_H323_FEAT_ID	2	/* ... in the id of one of its entries */

static int nfh_h323_dec_type(struct nfh_h323_dec *d, struct nfh_per *r,
			     unsigned int ti, u8 role, u8 as,
			     unsigned int depth);

/* The extension bit of t if t->flags has @flag (EXT or VEXT), else 0. */
static enum nfh_h323_result nfh_h323_ext_bit(struct nfh_per *r,
					     const struct nfh_per_type *t,
					     u8 flag, u32 *ext)
{
	*ext = 0;
	if (!(t->flags & flag))
		return NFH_H323_OK;
	return nfh_per_bits(r, 1, ext);
}

/*
 * Length of a SIZE-constrained type (X.691 10.9.3.3/4 and 17-19, 30),
 * checked against its upper bound; *fixed: the size is fixed, no length
 * was read.
 */
static enum nfh_h323_result nfh_h323_size(struct nfh_per *r,
					  const struct nfh_per_type *t,
					  u32 *n, bool *fixed)
{
	enum nfh_h323_result ret;
	u32 ext, v;

	*fixed = false;
	ret = nfh_h323_ext_bit(r, t, NFH_PER_F_VEXT, &ext);
	if (ret)
		return ret;
	if (ext || !(t->flags & NFH_PER_F_UB) || t->ub >= 65536) {
		/* a length determinant, then checked against ub */
		ret = nfh_per_len_unc(r, n);
		if (!ret && t->flags & NFH_PER_F_UB && *n > t->ub)
			ret = NFH_H323_ELEN;
		return ret;
	}
	if (t->lb == t->ub) {
		*fixed = true;
		*n = t->ub;
		return NFH_H323_OK;
	}
	if (t->lb > t->ub)
		return NFH_H323_ELEN;
	/* a constrained number: lb..ub by construction */
	ret = nfh_per_cwn(r, t->ub - t->lb, &v, NULL);
	if (ret)
		return ret;
	*n = v + t->lb;
	return NFH_H323_OK;
}

static enum nfh_h323_result nfh_h323_emit(struct nfh_h323_dec *d)
{
	struct nfh_h323_out *out = d->out;
	struct nfh_h323_addr *a;

	if (d->pend_have != 3)
		return NFH_H323_OK;
	if (out->n >= out->cap)
		return NFH_H323_EFULL;
	a = &out->addr[out->n++];
	memset(a, 0, sizeof(*a));
	a->role = d->pend_role;
	a->family = d->pend;
	a->msg = d->cur_msg;
	a->port = d->pend_port;
	a->addr_off = d->pend_addr_off;
	a->port_off = d->pend_port_off;
	memcpy(a->addr, d->pend_addr, d->pend == AF_INET ? 4 : 16);
	a->lcn = d->lcn;
	a->flags = d->aflags;
	return NFH_H323_OK;
}

/* A CloseLogicalChannel's forwardLogicalChannelNumber. */
static void nfh_h323_close(struct nfh_h323_out *out, u32 lcn)
{
	if (out->n_close >= NFH_H323_CLOSE_MAX) {
		out->flags |= NFH_H323_O_CLOSE_MORE;
		return;
	}
	out->close_lcn[out->n_close++] = lcn;
}

/*
 * The message facts (actions LCN ... STD_ID): decode the member's type,
 * then record what its value says.  d->last_val is the value of the
 * INTEGER or BOOLEAN just decoded.
 */
static int nfh_h323_dec_fact(struct nfh_h323_dec *d, struct nfh_per *r,
			     const struct nfh_per_member *m, u8 role, u8 as,
			     unsigned int depth)
{
	struct nfh_h323_out *out = d->out;
	u8 saved = d->feat;
	int ret;

	switch (m->act) {
	case NFH_H323_ACT_FEATURES:
		d->feat = NFH_H323_FEAT_LIST;
		break;
	case NFH_H323_ACT_FEAT_ID:
		if (saved == NFH_H323_FEAT_LIST)
			d->feat = NFH_H323_FEAT_ID;
		break;
	case NFH_H323_ACT_FEAT_PARAMS:
		d->feat = NFH_H323_FEAT_NONE;
		break;
	case NFH_H323_ACT_REASON:
		/*
		 * Only the message's own: an IRR's perCallInfo may carry a
		 * call's Facility, whose reason is not the IRR's.
		 */
		d->grab_reason = d->out->msg == NFH_H323_MSG_FACILITY;
		break;
	}
	d->last_val = 0;
	ret = nfh_h323_dec_type(d, r, m->type, role, as, depth);
	d->feat = saved;
	d->grab_reason = 0;
	if (ret)
		return ret;
	switch (m->act) {
	case NFH_H323_ACT_LCN:
		d->lcn = d->last_val;
		if (d->cur_msg == NFH_H323_MSG_OLC && out->n_open < 255)
			out->n_open++;
		break;
	case NFH_H323_ACT_CLOSE_LCN:
		nfh_h323_close(out, d->last_val);
		break;
	case NFH_H323_ACT_TTL:
		out->ttl = d->last_val;
		break;
	case NFH_H323_ACT_KEEPALIVE:
		if (d->last_val)
			out->flags |= NFH_H323_O_KEEPALIVE;
		break;
	case NFH_H323_ACT_TUNNELLING:
		if (d->last_val)
			out->flags |= NFH_H323_O_TUNNELLING;
		break;
	case NFH_H323_ACT_SEQNUM:
		if (!out->seqnum)
			out->seqnum = d->last_val;
		break;
	case NFH_H323_ACT_STD_ID:
		if (d->feat != NFH_H323_FEAT_ID)
			break;
		if (d->last_val == 18)
			out->flags |= NFH_H323_O_H460_18;
		else if (d->last_val == 19)
			out->flags |= NFH_H323_O_H460_19;
		break;
	}
	return NFH_H323_OK;
}

static int nfh_h323_dec_member(struct nfh_h323_dec *d, struct nfh_per *r,
			       const struct nfh_per_member *m, u8 role, u8 as,
			       unsigned int depth)
{
	unsigned int alen;
	int ret;

	/* the ROLE actions list the roles in the order of enum nfh_h323_role */
	BUILD_BUG_ON(NFH_H323_ACT_ROLE_RAS - NFH_H323_ACT_ROLE_H245 !=
		     NFH_H323_ROLE_RAS - NFH_H323_ROLE_H245);

	switch (m->act) {
	case NFH_H323_ACT_ROLE_H245 ... NFH_H323_ACT_ROLE_RAS:
		role = NFH_H323_ROLE_H245 + (m->act - NFH_H323_ACT_ROLE_H245);
		break;
	case NFH_H323_ACT_AS_OLC:
	case NFH_H323_ACT_AS_MSCM:
		as = m->act;
		break;
	case NFH_H323_ACT_IP4:
	case NFH_H323_ACT_IP6:
		if (role == NFH_H323_ROLE_NONE || d->pend)
			break;
		d->pend = m->act == NFH_H323_ACT_IP4 ? AF_INET : AF_INET6;
		d->pend_have = 0;
		d->pend_role = role;
		ret = nfh_h323_dec_type(d, r, m->type, role, as, depth);
		if (!ret)
			ret = nfh_h323_emit(d);
		d->pend = 0;
		return ret;
	case NFH_H323_ACT_ADDR:
		ret = nfh_h323_dec_type(d, r, m->type, role, as, depth);
		if (ret || !d->pend)
			return ret;
		alen = d->pend == AF_INET ? 4 : 16;
		if (d->last_len != alen || (d->last_pos & 7))
			return NFH_H323_EALIGN;
		memcpy(d->pend_addr, r->buf + d->last_pos / 8, alen);
		d->pend_addr_off = d->last_pos / 8;
		d->pend_have |= 1;
		return NFH_H323_OK;
	case NFH_H323_ACT_PORT:
		ret = nfh_h323_dec_type(d, r, m->type, role, as, depth);
		if (ret || !d->pend)
			return ret;
		if (d->last_pos & 7)
			return NFH_H323_EALIGN;
		d->pend_port = d->last_val;
		d->pend_port_off = d->last_pos / 8;
		d->pend_have |= 2;
		return NFH_H323_OK;
	case NFH_H323_ACT_LCN ... NFH_H323_ACT_STD_ID:
		return nfh_h323_dec_fact(d, r, m, role, as, depth);
	case NFH_H323_ACT_NEST:
		/* the one recursion of the tables, bounded (h323gen) */
		if (d->nest >= NFH_H323_PARAM_NEST_MAX)
			return NFH_H323_EDEPTH;
		d->nest++;
		ret = nfh_h323_dec_type(d, r, m->type, role, as, depth);
		d->nest--;
		return ret;
	}
	ret = nfh_h323_dec_type(d, r, m->type, role, as, depth);
	if (ret && ret != NFH_H323_STOP)
		pr_debug("h323: member %ld (type %u), depth %u: error %d at bit %u, end %u\n",
			 (long)(m - nfh_h323_members), m->type, depth, ret,
			 r->pos, r->end);
	return ret;
}

/* An OCTET STRING whose contents are an embedded H.245 message. */
static int nfh_h323_dec_embedded(struct nfh_h323_dec *d, struct nfh_per *r,
				 u32 nbytes, u8 as, unsigned int depth)
{
	struct nfh_per sub;
	u16 saved_msg = d->cur_msg, saved_lcn = d->lcn;
	u8 saved_flags = d->aflags;
	int ret;

	nfh_per_sub(r, nbytes, &sub);
	d->lcn = 0;
	d->aflags |= as == NFH_H323_ACT_AS_OLC ? NFH_H323_A_FASTSTART :
						 NFH_H323_A_TUNNEL;
	ret = nfh_h323_dec_type(d, &sub,
				as == NFH_H323_ACT_AS_OLC ? NFH_H323_T_OLC :
							    NFH_H323_T_MSCM,
				NFH_H323_ROLE_NONE, 0, depth + 1);
	d->cur_msg = saved_msg;
	d->lcn = saved_lcn;
	d->aflags = saved_flags;
	return ret == NFH_H323_STOP ? NFH_H323_OK : ret;
}

static int nfh_h323_dec_seq(struct nfh_h323_dec *d, struct nfh_per *r,
			    const struct nfh_per_type *t, u8 role, u8 as,
			    unsigned int depth)
{
	const struct nfh_per_member *m = &nfh_h323_members[t->first];
	u32 ext, bitmap, nadd, i, opt = 0;
	struct nfh_per sub;
	int ret;

	ret = nfh_h323_ext_bit(r, t, NFH_PER_F_EXT, &ext);
	if (ret)
		return ret;
	bitmap = r->pos;
	ret = nfh_per_skip(r, t->nopt);
	if (ret)
		return ret;
	for (i = 0; i < t->nroot; i++) {
		if (m[i].flags & NFH_PER_M_OPT) {
			if (!nfh_per_bit_at(r, bitmap + opt++))
				continue;
		}
		ret = nfh_h323_dec_member(d, r, &m[i], role, as, depth);
		if (ret)
			return ret;
	}
	if (!ext)
		return NFH_H323_OK;
	ret = nfh_per_nslen(r, &nadd);
	if (ret)
		return ret;
	if (nadd > NFH_PER_MAX_EXT)
		return NFH_H323_EEXT;
	bitmap = r->pos;
	ret = nfh_per_skip(r, nadd);
	if (ret)
		return ret;
	for (i = 0; i < nadd; i++) {
		if (!nfh_per_bit_at(r, bitmap + i))
			continue;
		ret = nfh_per_open(r, &sub);
		if (ret)
			return ret;
		if (t->nroot + i >= t->nmemb ||
		    m[t->nroot + i].type == NFH_H323_T_SKIP)
			continue;
		ret = nfh_h323_dec_member(d, &sub, &m[t->nroot + i], role, as,
					  depth);
		if (ret)
			return ret;
	}
	return NFH_H323_OK;
}

/* The FacilityReason CHOICE (action REASON): its index + 1, at most 255. */
static void nfh_h323_grab_reason(struct nfh_h323_dec *d, u32 idx)
{
	if (!d->grab_reason)
		return;
	d->grab_reason = 0;
	d->out->facility_reason = idx < 255 ? idx + 1 : 255;
}

static int nfh_h323_dec_choice(struct nfh_h323_dec *d, struct nfh_per *r,
			       const struct nfh_per_type *t, u8 role, u8 as,
			       unsigned int depth)
{
	const struct nfh_per_member *m;
	struct nfh_per sub, *rr = r;
	u32 ext, idx;
	int ret;

	ret = nfh_h323_ext_bit(r, t, NFH_PER_F_EXT, &ext);
	if (ret)
		return ret;
	if (ext) {
		ret = nfh_per_nsnn(r, &idx);
		if (ret)
			return ret;
		ret = nfh_per_open(r, &sub);
		if (ret)
			return ret;
		nfh_h323_grab_reason(d, t->nroot + idx);
		if (idx >= (u32)(t->nmemb - t->nroot))
			return NFH_H323_OK;	/* unknown addition: skipped */
		idx += t->nroot;
		rr = &sub;
	} else {
		if (!t->nroot)
			return NFH_H323_ECHOICE;
		ret = nfh_per_cwn(r, t->nroot - 1, &idx, NULL);
		if (ret)
			return ret;
		nfh_h323_grab_reason(d, idx);
	}
	m = &nfh_h323_members[t->first + idx];
	if (m->msg) {
		if (!d->out->msg)
			d->out->msg = m->msg;
		d->cur_msg = m->msg;
	}
	if (m->flags & NFH_PER_M_STOP)
		return NFH_H323_STOP;
	if (m->type == NFH_H323_T_SKIP)
		return NFH_H323_OK;
	return nfh_h323_dec_member(d, rr, m, role, as, depth);
}

static int nfh_h323_dec_type(struct nfh_h323_dec *d, struct nfh_per *r,
			     unsigned int ti, u8 role, u8 as,
			     unsigned int depth)
{
	const struct nfh_per_type *t;
	u32 n, v, ext, i;
	bool fixed;
	int ret;

	if (ti >= NFH_H323_NTYPES)
		return NFH_H323_ECHOICE;
	if (depth >= d->max_depth)
		return NFH_H323_EDEPTH;
	if (depth > d->depth_seen)
		d->depth_seen = depth;
	if (++d->steps > NFH_PER_MAX_STEPS)
		return NFH_H323_ESTEPS;
	t = &nfh_h323_types[ti];

	switch (t->kind) {
	case NFH_PER_NULL:
		return NFH_H323_OK;
	case NFH_PER_BOOL:
		ret = nfh_per_bits(r, 1, &v);
		d->last_val = v;
		return ret;
	case NFH_PER_INT:
		ret = nfh_h323_ext_bit(r, t, NFH_PER_F_VEXT, &ext);
		if (ret)
			return ret;
		if (ext || !(t->flags & NFH_PER_F_UB)) {
			/* (semi-)unconstrained: length octet(s), value */
			ret = nfh_per_len_unc(r, &n);
			if (ret)
				return ret;
			if (!n)
				return NFH_H323_ELEN;
			d->last_pos = r->pos;
			d->last_val = 0;
			return nfh_per_skip(r, n * 8);
		}
		ret = nfh_per_cwn(r, t->ub - t->lb, &v, &d->last_pos);
		d->last_val = v + t->lb;
		return ret;
	case NFH_PER_ENUM:
		ret = nfh_h323_ext_bit(r, t, NFH_PER_F_EXT, &ext);
		if (ret)
			return ret;
		if (ext)
			return nfh_per_nsnn(r, &v);
		if (!t->nroot)
			return NFH_H323_ECHOICE;
		return nfh_per_cwn(r, t->nroot - 1, &v, NULL);
	case NFH_PER_OCTETS:
		ret = nfh_h323_size(r, t, &n, &fixed);
		if (ret)
			return ret;
		if (n > 2 || (n && !fixed)) {
			ret = nfh_per_align(r);
			if (ret)
				return ret;
		}
		if (n > nfh_per_left(r) / 8)
			return NFH_H323_ETRUNC;
		d->last_pos = r->pos;
		d->last_len = n > 255 ? 255 : n;
		if (as && n) {
			ret = nfh_h323_dec_embedded(d, r, n, as, depth);
			if (ret)
				return ret;
		}
		return nfh_per_skip(r, n * 8);
	case NFH_PER_BITS:
		ret = nfh_h323_size(r, t, &n, &fixed);
		if (ret)
			return ret;
		if (n > 16 || (n && !fixed)) {
			ret = nfh_per_align(r);
			if (ret)
				return ret;
		}
		return nfh_per_skip(r, n);
	case NFH_PER_CHARS:
		ret = nfh_h323_size(r, t, &n, &fixed);
		if (ret)
			return ret;
		if (n > nfh_per_left(r) / t->cbits)
			return NFH_H323_ETRUNC;
		if (fixed ? n * t->cbits > 16 :
			    n && (!(t->flags & NFH_PER_F_UB) || t->ub >= 2)) {
			ret = nfh_per_align(r);
			if (ret)
				return ret;
		}
		return nfh_per_skip(r, n * t->cbits);
	case NFH_PER_OID:
	case NFH_PER_OPEN:
		ret = nfh_per_len_unc(r, &n);
		if (ret)
			return ret;
		if (n > nfh_per_left(r) / 8)
			return NFH_H323_ETRUNC;
		return nfh_per_skip(r, n * 8);
	case NFH_PER_SEQ:
		return nfh_h323_dec_seq(d, r, t, role, as, depth + 1);
	case NFH_PER_CHOICE:
		return nfh_h323_dec_choice(d, r, t, role, as, depth + 1);
	case NFH_PER_SEQOF:
		ret = nfh_h323_size(r, t, &n, &fixed);
		if (ret)
			return ret;
		if (n > NFH_PER_MAX_SEQOF)
			return NFH_H323_ECOUNT;
		for (i = 0; i < n; i++) {
			ret = nfh_h323_dec_type(d, r, t->first, role, as,
						depth + 1);
			if (ret)
				return ret;
		}
		return NFH_H323_OK;
	}
	return NFH_H323_ECHOICE;
}

/*
 * Unit tests (built with NFH_H323_TEST) may lower the depth cap and read the
 * deepest nesting reached.
 */
#ifdef NFH_H323_TEST
static unsigned int nfh_h323_test_max_depth = NFH_PER_MAX_DEPTH;
static unsigned int nfh_h323_test_depth_seen;
#define NFH_H323_MAX_DEPTH	nfh_h323_test_max_depth
#else
#define NFH_H323_MAX_DEPTH	NFH_PER_MAX_DEPTH
#endif

/* Decode one PER message of type ti covering bytes [off, off + len). */
static enum nfh_h323_result nfh_h323_decode(const u8 *buf, u32 off, u32 len,
					    unsigned int ti,
					    struct nfh_h323_out *out)
{
	struct nfh_h323_dec d;
	struct nfh_per r;
	int ret;

	/* the cap is a second line of defence: the tables are not recursive */
	BUILD_BUG_ON(NFH_H323_MAX_NESTING >= NFH_PER_MAX_DEPTH);

	if (off > NFH_PER_MAX_BYTES || len > NFH_PER_MAX_BYTES - off)
		return NFH_H323_ETRUNC;
	memset(&d, 0, sizeof(d));
	d.out = out;
	d.max_depth = NFH_H323_MAX_DEPTH;
	nfh_per_init(&r, buf, off, len);
	ret = nfh_h323_dec_type(&d, &r, ti, NFH_H323_ROLE_NONE, 0, 0);
#ifdef NFH_H323_TEST
	nfh_h323_test_depth_seen = d.depth_seen;
#endif
	return ret == NFH_H323_STOP ? NFH_H323_OK : ret;
}

/*
 * Every entry point starts from an empty result, and refuses a buffer
 * shorter than @min (ETRUNC for bare PER, ETPKT for TPKT packets) or longer
 * than a PER reader takes.
 */
static enum nfh_h323_result nfh_h323_start(unsigned int len, unsigned int min,
					   enum nfh_h323_result short_err,
					   struct nfh_h323_out *out)
{
	out->n = 0;
	out->msg = 0;
	out->q931_type = 0;
	out->has_uuie = 0;
	out->crv = 0;
	out->crv_flag = 0;
	out->flags = 0;
	out->ttl = 0;
	out->seqnum = 0;
	out->facility_reason = 0;
	out->n_close = 0;
	out->n_open = 0;
	if (len < min || len > NFH_PER_MAX_BYTES)
		return short_err;
	return NFH_H323_OK;
}

enum nfh_h323_result nfh_h323_tpkt_len(const u8 *buf, unsigned int len,
				       unsigned int *tpkt_len)
{
	unsigned int tlen;

	*tpkt_len = 0;
	if (len < 4)
		return len && buf[0] != 3 ? NFH_H323_ETPKT : NFH_H323_OK;
	if (buf[0] != 3 || buf[1] != 0)
		return NFH_H323_ETPKT;
	tlen = (buf[2] << 8) | buf[3];
	if (tlen < 5)
		return NFH_H323_ETPKT;
	if (tlen <= len)
		*tpkt_len = tlen;
	return NFH_H323_OK;
}

#define NFH_H323_Q931_PD	0x08	/* Q.931 protocol discriminator */
#define NFH_H323_Q931_IE_UU	0x7e	/* User-user information element */
#define NFH_H323_UU_PD_X208	0x05	/* its discriminator: X.208 (ASN.1) */

enum nfh_h323_result nfh_h323_parse_q931(const u8 *buf, unsigned int len,
					 struct nfh_h323_out *out)
{
	unsigned int p = 4, crl, ielen;
	enum nfh_h323_result ret;

	ret = nfh_h323_start(len, 4, NFH_H323_ETPKT, out);
	if (ret)
		return ret;
	/* protocol discriminator, call reference, message type */
	if (len - p < 2 || buf[p] != NFH_H323_Q931_PD)
		return NFH_H323_EQ931;
	crl = buf[p + 1];
	if (crl & 0xf0)
		return NFH_H323_EQ931;
	p += 2;
	if (len - p < crl + 1)
		return NFH_H323_EQ931;
	/*
	 * Call reference: flag in the top bit of the first octet, the value
	 * in the rest (H.225.0 uses two octets; of a longer one the last two
	 * octets are kept).
	 */
	if (crl) {
		out->crv_flag = buf[p] >> 7;
		out->crv = crl == 1 ? buf[p] & 0x7f :
			   ((buf[p + crl - 2] & (crl == 2 ? 0x7f : 0xff)) << 8) |
			   buf[p + crl - 1];
	}
	p += crl;
	if (buf[p] & 0x80)
		return NFH_H323_EQ931;
	out->q931_type = buf[p++];

	while (p < len) {
		u8 ie = buf[p];

		if (ie & 0x80) {	/* single-octet information element */
			p++;
			continue;
		}
		if (ie == NFH_H323_Q931_IE_UU) {
			if (len - p < 3)
				return NFH_H323_EQ931;
			ielen = (buf[p + 1] << 8) | buf[p + 2];
			p += 3;
			if (ielen > len - p)
				return NFH_H323_EQ931;
			out->has_uuie = 1;
			if (ielen < 2 || buf[p] != NFH_H323_UU_PD_X208)
				return NFH_H323_EUUIE;
			return nfh_h323_decode(buf, p + 1, ielen - 1,
					       NFH_H323_T_UUI, out);
		}
		if (len - p < 2)
			return NFH_H323_EQ931;
		ielen = buf[p + 1];
		p += 2;
		if (ielen > len - p)
			return NFH_H323_EQ931;
		p += ielen;
	}
	return NFH_H323_OK;	/* no User-user IE: nothing for H.323 */
}

/*
 * A PER message of type ti after @hdr octets of framing (the TPKT header,
 * or none): at least one octet of it must be there.
 */
static enum nfh_h323_result nfh_h323_parse_per(const u8 *buf, unsigned int len,
					       unsigned int hdr, unsigned int ti,
					       struct nfh_h323_out *out)
{
	enum nfh_h323_result ret;

	ret = nfh_h323_start(len, hdr + 1,
			     hdr ? NFH_H323_ETPKT : NFH_H323_ETRUNC, out);
	if (ret)
		return ret;
	return nfh_h323_decode(buf, hdr, len - hdr, ti, out);
}

enum nfh_h323_result nfh_h323_parse_h245_tpkt(const u8 *buf, unsigned int len,
					      struct nfh_h323_out *out)
{
	return nfh_h323_parse_per(buf, len, 4, NFH_H323_T_MSCM, out);
}

enum nfh_h323_result nfh_h323_parse_ras(const u8 *buf, unsigned int len,
					struct nfh_h323_out *out)
{
	return nfh_h323_parse_per(buf, len, 0, NFH_H323_T_RAS, out);
}

enum nfh_h323_result nfh_h323_parse_h245(const u8 *buf, unsigned int len,
					 struct nfh_h323_out *out)
{
	return nfh_h323_parse_per(buf, len, 0, NFH_H323_T_MSCM, out);
}

const char *nfh_h323_msg_name(unsigned int msg)
{
	return msg < NFH_H323_NMSGS ? nfh_h323_msg_names[msg] : "unknown";
}

enum nfh_h323_use nfh_h323_use(const struct nfh_h323_out *out,
			       const struct nfh_h323_addr *a)
{
	switch (a->role) {
	case NFH_H323_ROLE_H245:
		return NFH_H323_USE_H245;
	case NFH_H323_ROLE_RTP:
	case NFH_H323_ROLE_RTCP:
		return NFH_H323_USE_MEDIA;
	case NFH_H323_ROLE_T120:
		return NFH_H323_USE_T120;
	case NFH_H323_ROLE_CS:
		/* Facility alternativeAddress: a call forward */
		if (out->q931_type == NFH_H323_Q931_FACILITY ||
		    out->msg == NFH_H323_MSG_ACF || out->msg == NFH_H323_MSG_LCF)
			return NFH_H323_USE_CALL;
		if (out->msg == NFH_H323_MSG_RRQ)
			return NFH_H323_USE_REGISTER;
		return NFH_H323_USE_TRANSLATE;
	default:
		return NFH_H323_USE_TRANSLATE;
	}
}

const char *nfh_h323_use_name(enum nfh_h323_use use)
{
	static const char *const names[NFH_H323_USE_MAX] = {
		"translate", "expect_h245", "expect_media", "expect_t120",
		"expect_call", "register",
	};

	return use < NFH_H323_USE_MAX ? names[use] : "unknown";
}

const char *nfh_h323_role_name(unsigned int role)
{
	static const char *const names[NFH_H323_ROLE_MAX] = {
		"none", "h245", "rtp", "rtcp", "t120", "callsignal", "ras",
	};

	return role < NFH_H323_ROLE_MAX ? names[role] : "unknown";
}

const char *nfh_h323_result_name(enum nfh_h323_result res)
{
	static const char *const names[NFH_H323_RESULT_MAX] = {
		[NFH_H323_OK] = "ok",
		[NFH_H323_ETRUNC] = "truncated",
		[NFH_H323_EFRAG] = "fragmented_length",
		[NFH_H323_ELEN] = "range",
		[NFH_H323_EBIG] = "too_large",
		[NFH_H323_EDEPTH] = "too_deep",
		[NFH_H323_ECOUNT] = "too_many_elements",
		[NFH_H323_EEXT] = "too_many_extensions",
		[NFH_H323_ESTEPS] = "too_much_work",
		[NFH_H323_ECHOICE] = "choice",
		[NFH_H323_EALIGN] = "unaligned",
		[NFH_H323_EFULL] = "too_many_addresses",
		[NFH_H323_ETPKT] = "tpkt",
		[NFH_H323_EQ931] = "q931",
		[NFH_H323_EUUIE] = "uuie",
	};

	return (unsigned int)res < NFH_H323_RESULT_MAX ? names[res] : "?";
}
