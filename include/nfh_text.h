/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_text.h - text and numbers for every parse core: case-insensitive
 * compares, bounded decimal numbers, IPv4 and IPv6 addresses as text, and
 * their formatters.  Pure, no allocation, never reads past the length it
 * is given; identical in the kernel and in userspace.  Unit-tested once,
 * in tests/lib/test_text.c.
 *
 * Readers return enum nfh_text_result; a core maps it onto its own result
 * codes.  Writers need a buffer that holds the longest result (10 digits,
 * NFH_TEXT_ADDR_MAX for an address) and return the length written.
 */
#ifndef _NFH_TEXT_H
#define _NFH_TEXT_H

#include "nfh_env.h"

enum nfh_text_result {
	NFH_TEXT_OK = 0,
	NFH_TEXT_ESYNTAX,	/* not the expected text */
	NFH_TEXT_ERANGE,	/* a number too large or with too many digits */
};

/* Longest address text nfh_put_addr() writes (IPv6, RFC 5952), plus NUL. */
#define NFH_TEXT_ADDR_MAX 46

/* Do the @n bytes at @buf equal the first @n of @s, ignoring ASCII case? */
static inline bool nfh_mem_eq_ci(const u8 *buf, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (nfh_tolower(buf[i]) != nfh_tolower((u8)s[i]))
			return false;
	return true;
}

/*
 * Is buf[0, len) the whole of @s, ignoring ASCII case?  One walk that stops
 * at the first difference, instead of strlen() and then a compare.
 */
static inline bool nfh_eq_ci(const u8 *buf, size_t len, const char *s)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!s[i] || nfh_tolower(buf[i]) != nfh_tolower((u8)s[i]))
			return false;
	return !s[len];
}

/* Does buf[0, len) start with @s, ignoring ASCII case? */
static inline bool nfh_prefix_ci(const u8 *buf, size_t len, const char *s)
{
	size_t i;

	for (i = 0; s[i]; i++)
		if (i >= len || nfh_tolower(buf[i]) != nfh_tolower((u8)s[i]))
			return false;
	return true;
}

/*
 * Decimal number at buf[*pos], before @end: one digit or more, value at
 * most @max (at most U64_MAX / 10 - 1, so nothing wraps).  @max_digits 0
 * reads every digit, leading zeros included; otherwise a digit beyond the
 * @max_digits-th is ERANGE, however small the value.  A value above @max
 * is ERANGE, never wrapped.  On success *pos moves past the digits and
 * *val holds the value; on error neither changes.
 */
static inline enum nfh_text_result nfh_parse_dec(const u8 *buf, size_t end,
						 size_t *pos,
						 unsigned int max_digits,
						 u64 max, u64 *val)
{
	size_t p = *pos;
	bool over = false;
	u64 v = 0;

	while (p < end && nfh_isdigit(buf[p])) {
		if (max_digits && p - *pos >= max_digits)
			return NFH_TEXT_ERANGE;
		if (!over) {
			v = v * 10 + (buf[p] - '0');
			over = v > max;
		}
		p++;
	}
	if (p == *pos)
		return NFH_TEXT_ESYNTAX;
	if (over)
		return NFH_TEXT_ERANGE;
	*pos = p;
	*val = v;
	return NFH_TEXT_OK;
}

/*
 * Exactly buf[0, len) as a dotted quad: four groups of one to three
 * digits (leading zeros allowed), each at most 255.  ERANGE for a group of
 * four digits or more or above 255, ESYNTAX for anything else wrong; the
 * first bad group decides.  @addr (4 bytes) may be written even on error.
 */
static inline enum nfh_text_result nfh_parse_ipv4(const u8 *buf, size_t len,
						  u8 *addr)
{
	enum nfh_text_result r;
	size_t pos = 0;
	u64 v;
	int i;

	for (i = 0; i < 4; i++) {
		if (i) {
			if (pos >= len || buf[pos] != '.')
				return NFH_TEXT_ESYNTAX;
			pos++;
		}
		r = nfh_parse_dec(buf, len, &pos, 3, 255, &v);
		if (r != NFH_TEXT_OK)
			return r;
		addr[i] = v;
	}
	return pos == len ? NFH_TEXT_OK : NFH_TEXT_ESYNTAX;
}

/*
 * Exactly buf[0, len) as an IPv6 address in an RFC 4291 section 2.2 text
 * form: eight groups of one to four hex digits (either case), or fewer with
 * one "::", the last 32 bits optionally as a dotted quad.  No brackets, no
 * zone, no prefix length.  Errors are ESYNTAX.  @addr (16 bytes) may be
 * written even on error.
 */
static inline enum nfh_text_result nfh_parse_ipv6(const u8 *buf, size_t len,
						  u8 *addr)
{
	u16 words[8];
	int n = 0, gap = -1, i;
	size_t pos = 0;

	/* the longest form: six groups of four, then a dotted quad */
	if (len > 45)
		return NFH_TEXT_ESYNTAX;
	if (len >= 2 && buf[0] == ':' && buf[1] == ':') {
		gap = 0;
		pos = 2;
	} else if (len && buf[0] == ':') {
		return NFH_TEXT_ESYNTAX;
	}
	while (pos < len) {
		size_t start = pos;
		u32 v = 0;
		int d;

		if (n >= 8)
			return NFH_TEXT_ESYNTAX;
		while (pos < len && (d = nfh_hexval(buf[pos])) >= 0) {
			if (pos - start >= 4)
				return NFH_TEXT_ESYNTAX;
			v = (v << 4) | d;
			pos++;
		}
		/*
		 * Digits then a dot: an embedded dotted quad ends the text
		 * (the group is read again as its first number).
		 */
		if (pos < len && buf[pos] == '.') {
			u8 v4[4];

			if (n > 6 ||
			    nfh_parse_ipv4(buf + start, len - start, v4))
				return NFH_TEXT_ESYNTAX;
			words[n++] = (v4[0] << 8) | v4[1];
			words[n++] = (v4[2] << 8) | v4[3];
			break;
		}
		if (pos == start)
			return NFH_TEXT_ESYNTAX;
		words[n++] = v;
		if (pos == len)
			break;
		if (buf[pos] != ':')
			return NFH_TEXT_ESYNTAX;
		pos++;
		if (pos < len && buf[pos] == ':') {
			if (gap >= 0)
				return NFH_TEXT_ESYNTAX;
			gap = n;
			pos++;
		} else if (pos == len) {
			/* a trailing single ':' */
			return NFH_TEXT_ESYNTAX;
		}
	}
	if (gap < 0 ? n != 8 : n > 7)
		return NFH_TEXT_ESYNTAX;
	memset(addr, 0, 16);
	for (i = 0; i < n; i++) {
		int slot = (gap >= 0 && i >= gap) ? 8 - (n - i) : i;

		addr[2 * slot] = words[i] >> 8;
		addr[2 * slot + 1] = words[i] & 0xff;
	}
	return NFH_TEXT_OK;
}

/* Decimal digits of @v at @out; returns their count. */
static inline size_t nfh_put_dec(char *out, u32 v)
{
	char tmp[10];
	size_t n = 0, i;

	do {
		tmp[n++] = '0' + v % 10;
		v /= 10;
	} while (v);
	for (i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	return n;
}

/* Dotted quad of the 4 bytes at @a, no leading zeros. */
static inline size_t nfh_put_ipv4(char *out, const u8 *a)
{
	size_t n = 0;
	int i;

	for (i = 0; i < 4; i++) {
		if (i)
			out[n++] = '.';
		n += nfh_put_dec(out + n, a[i]);
	}
	return n;
}

/*
 * RFC 5952 text: lowercase, longest run (>= 2) of zero groups as "::",
 * IPv4-mapped addresses as ::ffff:a.b.c.d (section 5).
 */
static inline size_t nfh_put_ipv6(char *out, const u8 *a)
{
	static const char hex[] = "0123456789abcdef";
	static const u8 v4mapped[12] = { [10] = 0xff, [11] = 0xff };
	int best = -1, best_len = 0, i, run;
	size_t n = 0;

	if (!memcmp(a, v4mapped, sizeof(v4mapped))) {
		memcpy(out, "::ffff:", 7);
		return 7 + nfh_put_ipv4(out + 7, a + 12);
	}

	for (i = 0; i < 8; i += run ? run : 1) {
		for (run = 0; i + run < 8 && !a[2 * (i + run)] &&
		     !a[2 * (i + run) + 1]; run++)
			;
		if (run > best_len && run >= 2) {
			best = i;
			best_len = run;
		}
	}
	for (i = 0; i < 8; i++) {
		u16 w = (a[2 * i] << 8) | a[2 * i + 1];
		bool lead = true;
		int sh;

		if (i == best) {
			out[n++] = ':';
			out[n++] = ':';
			i += best_len - 1;
			continue;
		}
		if (i && i != best + best_len)
			out[n++] = ':';
		for (sh = 12; sh >= 0; sh -= 4) {
			u8 nib = (w >> sh) & 0xf;

			if (lead && nib == 0 && sh)
				continue;
			lead = false;
			out[n++] = hex[nib];
		}
	}
	return n;
}

/* An address of @family (AF_INET or AF_INET6) as text, no brackets. */
static inline size_t nfh_put_addr(char *out, unsigned int family, const u8 *a)
{
	return family == AF_INET6 ? nfh_put_ipv6(out, a) : nfh_put_ipv4(out, a);
}

#endif /* _NFH_TEXT_H */
