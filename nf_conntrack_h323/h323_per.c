// SPDX-License-Identifier: GPL-2.0
/*
 * h323_per.c - bounded ALIGNED-PER primitives (ITU-T X.691, BASIC-ALIGNED).
 *
 * Every function checks the bits it reads against r->end before touching
 * the buffer and leaves r unchanged in a way that matters only on success:
 * after an error the caller abandons the whole message.
 */
#include "h323_per.h"

/*
 * Read n (0..32) bits, most significant first: the (at most five) octets
 * that hold them, then a shift.  Only octets before r->end are touched.
 */
enum nfh_h323_result nfh_per_bits(struct nfh_per *r, unsigned int n, u32 *val)
{
	u32 i, last;
	u64 acc = 0;

	if (n > 32 || n > nfh_per_left(r))
		return NFH_H323_ETRUNC;
	if (!n) {
		*val = 0;
		return NFH_H323_OK;
	}
	last = r->pos + n - 1;
	for (i = r->pos >> 3; i <= last >> 3; i++)
		acc = (acc << 8) | r->buf[i];
	acc >>= 7 - (last & 7);
	r->pos += n;
	*val = (u32)(acc & (((u64)1 << n) - 1));
	return NFH_H323_OK;
}

enum nfh_h323_result nfh_per_skip(struct nfh_per *r, u32 nbits)
{
	if (nbits > nfh_per_left(r))
		return NFH_H323_ETRUNC;
	r->pos += nbits;
	return NFH_H323_OK;
}

enum nfh_h323_result nfh_per_align(struct nfh_per *r)
{
	return nfh_per_skip(r, (8 - (r->pos & 7)) & 7);
}

/* Bit at an absolute position already known to lie inside the reader. */
int nfh_per_bit_at(const struct nfh_per *r, u32 pos)
{
	if (pos >= r->end)
		return 0;
	return (r->buf[pos >> 3] >> (7 - (pos & 7))) & 1;
}

/* Bits needed for v: the index of its highest set bit + 1 (0 for 0). */
static unsigned int nfh_per_bitlen(u32 v)
{
	return v ? 32 - __builtin_clz(v) : 0;
}

/*
 * Constrained whole number (X.691 10.5.7, ALIGNED) with range
 * range1 + 1 = ub - lb + 1; returns the offset from lb in *val and, if valpos
 * is not NULL, the bit position where the value field starts.
 */
enum nfh_h323_result nfh_per_cwn(struct nfh_per *r, u32 range1, u32 *val,
				 u32 *valpos)
{
	unsigned int nbits = nfh_per_bitlen(range1), nbytes;
	enum nfh_h323_result ret = NFH_H323_OK;
	u32 len, v;

	/* range <= 255: a minimal bit-field, read as is */
	if (range1 >= 255 && range1 <= 65535) {
		/* 256: one aligned octet, <= 64K: two */
		nbits = range1 == 255 ? 8 : 16;
		ret = nfh_per_align(r);
	} else if (range1 > 65535) {
		/* indefinite-length case: length in octets, then the octets */
		nbytes = (nbits + 7) / 8;
		ret = nfh_per_bits(r, nfh_per_bitlen(nbytes - 1), &len);
		if (ret)
			return ret;
		if (++len > nbytes)
			return NFH_H323_ELEN;
		nbits = 8 * len;
		ret = nfh_per_align(r);
	}
	if (ret)
		return ret;
	if (valpos)
		*valpos = r->pos;
	ret = nfh_per_bits(r, nbits, &v);
	if (ret)
		return ret;
	*val = v;
	return v > range1 ? NFH_H323_ELEN : NFH_H323_OK;
}

/*
 * Unconstrained length determinant (X.691 10.9.3.5-8): octet-aligned, one
 * octet for 0..127, two for 128..16383.  Fragmentation (>= 16K) is refused.
 */
enum nfh_h323_result nfh_per_len_unc(struct nfh_per *r, u32 *len)
{
	enum nfh_h323_result ret;
	u32 b, b2;

	ret = nfh_per_align(r);
	if (!ret)
		ret = nfh_per_bits(r, 8, &b);
	if (ret)
		return ret;
	if (!(b & 0x80)) {
		*len = b;
		return NFH_H323_OK;
	}
	if ((b & 0xc0) == 0xc0)
		return NFH_H323_EFRAG;
	ret = nfh_per_bits(r, 8, &b2);
	if (ret)
		return ret;
	*len = ((b & 0x3f) << 8) | b2;
	return NFH_H323_OK;
}

/*
 * The small forms of 10.6 and 10.9.3.4: a 0 bit, then 6 bits.  The large
 * form (a 1 bit) is refused with @large.
 */
static enum nfh_h323_result nfh_per_small(struct nfh_per *r,
					  enum nfh_h323_result large, u32 *val)
{
	enum nfh_h323_result ret;
	u32 big;

	ret = nfh_per_bits(r, 1, &big);
	if (ret)
		return ret;
	if (big)
		return large;
	return nfh_per_bits(r, 6, val);
}

/* Normally small non-negative whole number (10.6): only the 0..63 form. */
enum nfh_h323_result nfh_per_nsnn(struct nfh_per *r, u32 *val)
{
	return nfh_per_small(r, NFH_H323_EBIG, val);
}

/* Normally small length (10.9.3.4): 1..64, the bitmap of additions. */
enum nfh_h323_result nfh_per_nslen(struct nfh_per *r, u32 *len)
{
	enum nfh_h323_result ret;
	u32 v;

	ret = nfh_per_small(r, NFH_H323_EEXT, &v);
	if (ret)
		return ret;
	*len = v + 1;
	return NFH_H323_OK;
}

/*
 * Open type (10.2): length determinant then that many octets.  sub covers
 * the octets; r moves past them.
 */
enum nfh_h323_result nfh_per_open(struct nfh_per *r, struct nfh_per *sub)
{
	enum nfh_h323_result ret;
	u32 len;

	ret = nfh_per_len_unc(r, &len);
	if (ret)
		return ret;
	if (len > nfh_per_left(r) / 8)
		return NFH_H323_ETRUNC;
	nfh_per_sub(r, len, sub);
	r->pos = sub->end;
	return NFH_H323_OK;
}
