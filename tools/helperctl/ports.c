// SPDX-License-Identifier: GPL-2.0
/*
 * ports.c - port lists as the modules take them: 1-65535, at most eight,
 * each once.  Digits and commas only: "21, 2121" is refused rather than
 * guessed at, the same text must mean the same thing in the file and on
 * the command line.
 */
#include <string.h>

#include "helperctl.h"

int ports_parse(const char *s, struct portlist *pl)
{
	const char *p = s;
	unsigned int i;

	pl->n = 0;
	if (!*s)
		return hc_fail("Unable to parse port list: '' (give 1 to %d ports, e.g. 21,2121)",
			       HC_MAX_PORTS);
	for (;;) {
		const char *start = p;
		unsigned long v = 0;

		while (*p >= '0' && *p <= '9') {
			if (v <= 65535)
				v = v * 10 + (*p - '0');
			p++;
		}
		if (p == start) {
			if (*p == ',' || !*p)
				return hc_fail("Unable to parse port list: '%s' (empty element)", s);
			return hc_fail("Unable to parse port list: '%s' (only digits and commas)", s);
		}
		if (*p && *p != ',')
			return hc_fail("Unable to parse port list: '%s' (only digits and commas)", s);
		/* leading zeros would make "021" and "21" the same port */
		if (*start == '0' && p - start > 1)
			return hc_fail("Unable to parse port list: '%.*s' (leading zero)",
				       (int)(p - start), start);
		if (v < 1 || v > 65535)
			return hc_fail("Unable to parse port list: '%.*s' (ports are 1-65535)",
				       (int)(p - start), start);
		for (i = 0; i < pl->n; i++)
			if (pl->port[i] == v)
				return hc_fail("Unable to parse port list: '%s' (port %lu listed twice)",
					       s, v);
		if (pl->n == HC_MAX_PORTS)
			return hc_fail("Unable to parse port list: '%s' (at most %d ports)",
				       s, HC_MAX_PORTS);
		pl->port[pl->n++] = v;
		if (!*p)
			return 0;
		p++;
	}
}

void ports_format(const struct portlist *pl, char *buf, size_t len)
{
	size_t o = 0;
	unsigned int i;

	if (len)
		buf[0] = '\0';
	for (i = 0; i < pl->n && o < len; i++)
		o += snprintf(buf + o, len - o, "%s%u", i ? "," : "", pl->port[i]);
}

bool ports_equal_set(const struct portlist *a, const struct portlist *b)
{
	unsigned int i, j;

	if (a->n != b->n)
		return false;
	/* no duplicates in either, so inclusion one way is enough */
	for (i = 0; i < a->n; i++) {
		for (j = 0; j < b->n; j++)
			if (a->port[i] == b->port[j])
				break;
		if (j == b->n)
			return false;
	}
	return true;
}
