/* SPDX-License-Identifier: GPL-2.0 */
/*
 * check.h - the smallest test harness that does the job: count passes and
 * failures, say where a failure is, print "N passed, N failed" at the end.
 * tests/lib/run_units.sh sums those lines over all programs.
 */
#ifndef _NFH_CHECK_H
#define _NFH_CHECK_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned int check_passed, check_failed;

/*
 * One test case: @ok says whether it passed; the message is printed only
 * on failure.
 */
static void __attribute__((format(printf, 4, 5)))
check_case(int ok, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	if (ok) {
		check_passed++;
		return;
	}
	check_failed++;
	fprintf(stdout, "FAIL %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stdout, fmt, ap);
	va_end(ap);
	fputc('\n', stdout);
	fflush(stdout);
}

#define CHECK(ok, ...) check_case(!!(ok), __FILE__, __LINE__, __VA_ARGS__)

static int check_summary(void)
{
	printf("%u passed, %u failed\n", check_passed, check_failed);
	return check_failed ? 1 : 0;
}

/* Printable form of arbitrary bytes for messages (static buffer). */
static inline const char *check_esc(const void *p, size_t len)
{
	static char out[4][1024];
	static int slot;
	const unsigned char *s = p;
	char *o = out[slot++ & 3];
	size_t i, n = 0;

	for (i = 0; i < len && n < sizeof(out[0]) - 8; i++) {
		unsigned char c = s[i];

		if (c == '\r')
			n += sprintf(o + n, "\\r");
		else if (c == '\n')
			n += sprintf(o + n, "\\n");
		else if (c == '\\')
			n += sprintf(o + n, "\\\\");
		else if (c < 32 || c > 126)
			n += sprintf(o + n, "\\x%02x", c);
		else
			o[n++] = c;
	}
	if (i < len)
		n += sprintf(o + n, "...");
	o[n] = 0;
	return o;
}

#endif /* _NFH_CHECK_H */
