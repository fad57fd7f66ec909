// SPDX-License-Identifier: GPL-2.0
/*
 * rules.c - reading nft's text listing for doctor: base chains on the
 * forward hook that drop by default and whether they accept related
 * packets or offload to a flowtable, and whether the helperctl table has
 * the rules the configuration asks for.  Pure text in, facts out, so the
 * unit tests feed it listings.
 *
 * The text listing is used rather than JSON: its layout (one statement
 * per line, "table"/"chain" blocks closed by a lone "}") is stable across
 * nft versions and shows iptables-nft rules translated too.
 */
#include <stdlib.h>
#include <string.h>

#include "helperctl.h"

static char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		*--e = '\0';
	return s;
}

static bool ends_with(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);

	return a >= b && !strcmp(s + a - b, suf);
}

/*
 * "ct state established,related accept", "{ established, related }",
 * a verdict map sending related to accept, with counters or not.
 */
static bool related_accept(const char *r)
{
	if (!strstr(r, "ct state") || !strstr(r, "related"))
		return false;
	return ends_with(r, " accept") || strstr(r, "related : accept");
}

/* Parse "... dport { 21, 2121 } ct helper set ..." or "dport 21 ct ...". */
static bool rule_ports(const char *r, struct portlist *pl)
{
	const char *p = strstr(r, "dport ");

	pl->n = 0;
	if (!p)
		return false;
	p += 6;
	while (*p && strncmp(p, "ct ", 3)) {
		if (*p >= '0' && *p <= '9') {
			unsigned long v = strtoul(p, (char **)&p, 10);

			if (pl->n < HC_MAX_PORTS)
				pl->port[pl->n++] = v;
		} else {
			p++;
		}
	}
	return pl->n > 0;
}

bool helper_rules_ok(const struct hc_config *c, const struct hc_helper *h,
			    const char *listing, char *why, size_t len)
{
	const struct hc_hconf *hc = &c->h[helper_index(h)];
	static const char *const chains[] = { "prerouting", "output" };
	unsigned int j, k;

	for (j = 0; j < h->nobjs; j++) {
		const struct hc_object *ob = &h->objs[j];
		char want[64];

		snprintf(want, sizeof(want), "ct helper %s {", ob->name);
		if (!strstr(listing, want)) {
			snprintf(why, len, "ct helper object %s missing", ob->name);
			return false;
		}
		for (k = 0; k < 2; k++) {
			char *copy = xstrdup(listing), *save = NULL, *line;
			bool in = false, found = false;

			snprintf(want, sizeof(want), "ct helper set \"%s\"", ob->name);
			for (line = strtok_r(copy, "\n", &save); line;
			     line = strtok_r(NULL, "\n", &save)) {
				struct portlist pl;
				char *t = trim(line);

				if (!strncmp(t, "chain ", 6))
					in = !strncmp(t + 6, chains[k], strlen(chains[k])) &&
					     t[6 + strlen(chains[k])] == ' ';
				else if (in && strstr(t, want) && !strncmp(t, ob->proto, strlen(ob->proto)) &&
					 rule_ports(t, &pl) && ports_equal_set(&pl, &hc->ports[ob->portset]))
					found = true;
			}
			free(copy);
			if (!found) {
				char pls[64];

				ports_format(&hc->ports[ob->portset], pls, sizeof(pls));
				snprintf(why, len, "no rule '%s dport { %s } ct helper set \"%s\"' in chain %s",
					 ob->proto, pls, ob->name, chains[k]);
				return false;
			}
		}
	}
	return true;
}

void ruleset_scan(const char *listing, struct rs_scan *rs)
{
	char *copy = xstrdup(listing), *save = NULL, *line;
	char table[128] = "";
	struct rs_chain cs;
	bool in_chain = false;

	memset(rs, 0, sizeof(*rs));
	memset(&cs, 0, sizeof(cs));
	for (line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *t = trim(line);

		if (!strncmp(t, "table ", 6)) {
			snprintf(table, sizeof(table), "%.*s", (int)strcspn(t + 6, "{") - 1, t + 6);
		} else if (!strncmp(t, "chain ", 6) && ends_with(t, "{")) {
			memset(&cs, 0, sizeof(cs));
			snprintf(cs.table, sizeof(cs.table), "%s", table);
			snprintf(cs.name, sizeof(cs.name), "%.*s", (int)strcspn(t + 6, " "), t + 6);
			in_chain = true;
		} else if (in_chain && !strcmp(t, "}")) {
			in_chain = false;
			if (!cs.forward)
				continue;
			rs->offload |= cs.offload;
			if (cs.drop && rs->n < RS_MAX_CHAINS)
				rs->chains[rs->n++] = cs;
		} else if (in_chain && !strncmp(t, "type ", 5)) {
			cs.forward = strstr(t, "hook forward") != NULL;
			cs.drop = strstr(t, "policy drop") != NULL;
		} else if (in_chain) {
			if (related_accept(t))
				cs.related = true;
			if (strstr(t, "flow add @") || strstr(t, "flow offload @"))
				cs.offload = true;
		}
	}
	free(copy);
}
