/* SPDX-License-Identifier: GPL-2.0 */
/*
 * h323_vectors.h - the Erlang-encoded vectors (vectors/erlang.txt) for the
 * unit test and the benchmark, the decoder entry point of each kind, and
 * the address check the unit test and the fuzz targets share.
 *
 * One vector a line: "KIND NAME ADDRESSES EXPECT HEX", KIND q931 (an
 * H.225.0 H323-UserInformation, wrapped here in TPKT + Q.931 + User-user
 * IE), ras or h245 (bare PER); EXPECT what else the decoder must report
 * (KEY=VALUE;..., see tests/h323/gen/h323_testgen.erl; checked by the unit
 * test).  Include the decoder sources first.
 */
#ifndef _NFH_H323_VECTORS_H
#define _NFH_H323_VECTORS_H

#include <stdio.h>
#include <string.h>

#include "../lib/hex.h"

/* Which decoder entry point a message is for. */
enum nfh_h323_kind {
	NFH_H323_K_Q931,	/* TPKT + Q.931 */
	NFH_H323_K_H245_TPKT,	/* TPKT + H.245 */
	NFH_H323_K_RAS,
	NFH_H323_K_H245,
	NFH_H323_K_UUI,		/* bare H323-UserInformation (tests only) */
};

#define NFH_H323_VEC_MAX	65536

struct nfh_h323_vec {
	char name[128];
	char expect[1024];
	unsigned int want;		/* addresses it must decode to */
	enum nfh_h323_kind kind;
	unsigned int len;
	u8 msg[NFH_H323_VEC_MAX];	/* the message as the decoder takes it */
};

static inline enum nfh_h323_result
nfh_h323_decode_kind(enum nfh_h323_kind kind, const u8 *buf, unsigned int len,
		     struct nfh_h323_out *out)
{
	switch (kind) {
	case NFH_H323_K_Q931:
		return nfh_h323_parse_q931(buf, len, out);
	case NFH_H323_K_H245_TPKT:
		return nfh_h323_parse_h245_tpkt(buf, len, out);
	case NFH_H323_K_RAS:
		return nfh_h323_parse_ras(buf, len, out);
	case NFH_H323_K_H245:
		return nfh_h323_parse_h245(buf, len, out);
	case NFH_H323_K_UUI:
		break;
	}
	nfh_h323_start(len, 0, 0, out);
	return nfh_h323_decode(buf, 0, len, NFH_H323_T_UUI, out);
}

/*
 * The first address of @out that is not the bytes at its offsets inside
 * buf[0..len) (NAT rewrites in place), or has no role or family; -1 if
 * there is none.
 */
static inline int nfh_h323_bad_addr(const u8 *buf, size_t len,
				    const struct nfh_h323_out *out)
{
	unsigned int i, alen;

	for (i = 0; i < out->n; i++) {
		const struct nfh_h323_addr *a = &out->addr[i];

		alen = nfh_addr_len(a->family);
		if ((a->family != AF_INET && a->family != AF_INET6) ||
		    a->role == NFH_H323_ROLE_NONE ||
		    a->role >= NFH_H323_ROLE_MAX ||
		    (size_t)a->addr_off + alen > len ||
		    (size_t)a->port_off + 2 > len ||
		    memcmp(buf + a->addr_off, a->addr, alen) ||
		    ((buf[a->port_off] << 8) | buf[a->port_off + 1]) !=
		    a->port ||
		    a->port_off != a->addr_off + alen)
			return i;
	}
	return -1;
}

/*
 * Invariants of the message facts, whatever the input: the close list
 * within its bounds, only the defined flag bits, a FacilityReason only in a
 * Facility, a timeToLive only in an RRQ or RCF, a keepAlive only in an RRQ.
 * Returns a description of the first violation, NULL if none.
 */
static inline const char *nfh_h323_bad_facts(const struct nfh_h323_out *out)
{
	unsigned int i;

	if (out->n_close > NFH_H323_CLOSE_MAX)
		return "n_close";
	if (out->flags & ~(NFH_H323_O_H460_18 | NFH_H323_O_H460_19 |
			   NFH_H323_O_KEEPALIVE | NFH_H323_O_TUNNELLING |
			   NFH_H323_O_CLOSE_MORE))
		return "flags";
	if ((out->flags & NFH_H323_O_CLOSE_MORE) &&
	    out->n_close != NFH_H323_CLOSE_MAX)
		return "close_more";
	if (out->facility_reason && out->msg != NFH_H323_MSG_FACILITY)
		return "facility_reason";
	if (out->ttl && out->msg != NFH_H323_MSG_RRQ &&
	    out->msg != NFH_H323_MSG_RCF)
		return "ttl";
	if ((out->flags & NFH_H323_O_KEEPALIVE) && out->msg != NFH_H323_MSG_RRQ)
		return "keepalive";
	for (i = 0; i < out->n; i++)
		if (out->addr[i].flags & ~(NFH_H323_A_FASTSTART |
					   NFH_H323_A_TUNNEL))
			return "address flags";
	return NULL;
}

/* TPKT + Q.931 SETUP-like header + User-user IE around @n PER octets. */
static inline unsigned int nfh_h323_wrap_q931(const u8 *per, unsigned int n,
					      u8 *buf)
{
	unsigned int len = 4 + 5 + 4 + n;

	buf[0] = 3;
	buf[1] = 0;
	buf[2] = len >> 8;
	buf[3] = len;
	memcpy(buf + 4, "\x08\x02\x00\x01\x05", 5);
	buf[9] = 0x7e;
	buf[10] = (n + 1) >> 8;
	buf[11] = n + 1;
	buf[12] = 0x05;
	memcpy(buf + 13, per, n);
	return len;
}

/* The next vector of @fp into @v; false at the end of the file. */
static inline bool nfh_h323_vec_next(FILE *fp, struct nfh_h323_vec *v)
{
	static char line[2 * NFH_H323_VEC_MAX + 256];
	static u8 per[NFH_H323_VEC_MAX];
	char kind[16], *hex;
	unsigned int n;

	while (fgets(line, sizeof(line), fp)) {
		if (sscanf(line, "%15s %127s %u %1023s", kind, v->name, &v->want,
			   v->expect) != 4)
			continue;
		hex = strrchr(line, ' ');
		if (!strcmp(kind, "q931")) {
			/* room for the 13 octets of the wrapping */
			n = nfh_unhex(hex, strlen(hex), per, sizeof(per) - 13);
			v->kind = NFH_H323_K_Q931;
			v->len = nfh_h323_wrap_q931(per, n, v->msg);
			return true;
		}
		v->kind = strcmp(kind, "h245") ? NFH_H323_K_RAS :
						 NFH_H323_K_H245;
		v->len = nfh_unhex(hex, strlen(hex), v->msg, sizeof(v->msg));
		return true;
	}
	return false;
}

#endif /* _NFH_H323_VECTORS_H */
