/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_text.h - numbers and addresses as text, for the parse cores that
 * write replacements (FTP, SIP).  Pure, no allocation; the caller's buffer
 * must hold the longest result (10 digits; 45 characters for IPv6).
 */
#ifndef _NFH_TEXT_H
#define _NFH_TEXT_H

#include "nfh_env.h"

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
		n = 7;
		for (i = 12; i < 16; i++) {
			if (i > 12)
				out[n++] = '.';
			n += nfh_put_dec(out + n, a[i]);
		}
		return n;
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

#endif /* _NFH_TEXT_H */
