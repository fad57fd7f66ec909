// SPDX-License-Identifier: GPL-2.0
/*
 * util.c - strings, errors, allocation.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "helperctl.h"

char hc_errbuf[512];

void hc_die_oom(void)
{
	fputs("helperctl: Out of memory\n", stderr);
	exit(1);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		hc_die_oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		hc_die_oom();
	return p;
}

char *xstrdup(const char *s)
{
	char *d = strdup(s);

	if (!d)
		hc_die_oom();
	return d;
}

void sb_init(struct sb *b)
{
	b->cap = 256;
	b->len = 0;
	b->s = xmalloc(b->cap);
	b->s[0] = '\0';
}

void sb_free(struct sb *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

char *sb_steal(struct sb *b)
{
	char *s = b->s;

	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

void sb_printf(struct sb *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
		if (n < 0)
			return;
		if ((size_t)n < b->cap - b->len)
			break;
		b->cap = (b->len + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	b->len += n;
}

/* JSON string literal, quotes included. */
void sb_json_str(struct sb *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	sb_printf(b, "\"");
	for (; *p; p++) {
		switch (*p) {
		case '"':
			sb_printf(b, "\\\"");
			break;
		case '\\':
			sb_printf(b, "\\\\");
			break;
		case '\n':
			sb_printf(b, "\\n");
			break;
		case '\t':
			sb_printf(b, "\\t");
			break;
		default:
			if (*p < 0x20)
				sb_printf(b, "\\u%04x", *p);
			else
				sb_printf(b, "%c", *p);
		}
	}
	sb_printf(b, "\"");
}

int hc_fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(hc_errbuf, sizeof(hc_errbuf), fmt, ap);
	va_end(ap);
	return -1;
}

void hc_perror(void)
{
	fprintf(stderr, "helperctl: %s\n", hc_errbuf);
}

void hc_warn(const char *fmt, ...)
{
	va_list ap;

	fputs("helperctl: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}
