/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hex.h - hex text to bytes, for test vectors and raw message files.
 * Needs nfh_env.h (nfh_hexval()) included first.
 */
#ifndef _NFH_TEST_HEX_H
#define _NFH_TEST_HEX_H

#include <stddef.h>

/*
 * Decode the hex digits of s[0..len) into at most @max bytes of @out; every
 * other character (spaces, newlines) is skipped, an odd last digit dropped.
 * Returns the number of bytes written.
 */
static inline size_t nfh_unhex(const char *s, size_t len, u8 *out, size_t max)
{
	size_t i, n = 0;
	int hi = -1;

	for (i = 0; i < len && n < max; i++) {
		int v = nfh_hexval(s[i]);

		if (v < 0)
			continue;
		if (hi < 0) {
			hi = v;
		} else {
			out[n++] = hi << 4 | v;
			hi = -1;
		}
	}
	return n;
}

/* Is s[0..len) hex digits and white space only? */
static inline bool nfh_is_hex_text(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (nfh_hexval(s[i]) < 0 && s[i] != ' ' && s[i] != '\n' &&
		    s[i] != '\r' && s[i] != '\t')
			return false;
	return true;
}

#endif /* _NFH_TEST_HEX_H */
