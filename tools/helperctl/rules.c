// SPDX-License-Identifier: GPL-2.0
/*
 * rules.c - reading nft's text listing for doctor: base chains on the
 * forward hook that drop by default and whether they accept related
 * packets or offload to a flowtable, tables that masquerade and the
 * families with a NAT chain on prerouting, every rule attaching a ct
 * helper object to ports (with the object's kernel helper), and whether
 * the helperctl table has the rules the configuration asks for.  Pure
 * text in, facts out, so the unit tests feed it listings.
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

/* ip, ip6, inet as RS_IP/RS_IP6; other families (arp, bridge) none */
static unsigned int table_family(const char *table)
{
	if (!strncmp(table, "ip ", 3))
		return RS_IP;
	if (!strncmp(table, "ip6 ", 4))
		return RS_IP6;
	if (!strncmp(table, "inet ", 5))
		return RS_IP | RS_IP6;
	return 0;
}

/* "... ct helper set \"ftp-tcp\"": the object and the ports it is set for. */
static void scan_attach(struct rs_scan *rs, const char *table, const char *t)
{
	const char *p = strstr(t, "ct helper set ");
	struct rs_attach *a;
	size_t n;

	if (!p || rs->nattach >= RS_MAX_ATTACH)
		return;
	a = &rs->attach[rs->nattach];
	memset(a, 0, sizeof(*a));
	if (strstr(t, "tcp dport "))
		snprintf(a->proto, sizeof(a->proto), "tcp");
	else if (strstr(t, "udp dport "))
		snprintf(a->proto, sizeof(a->proto), "udp");
	else
		return;	/* no port: nothing to compare */
	if (!rule_ports(t, &a->ports))
		return;
	p += 14;
	if (*p == '"')
		p++;
	n = strcspn(p, "\" ");
	snprintf(a->object, sizeof(a->object), "%.*s", (int)n, p);
	snprintf(a->table, sizeof(a->table), "%s", table);
	rs->nattach++;
}

struct rs_obj {
	char table[128], name[64], type[32];
};

/* Each attachment's kernel helper, from the object of that name in its table. */
static void resolve_types(struct rs_scan *rs, const struct rs_obj *obj, unsigned int nobj)
{
	unsigned int i, k;

	for (i = 0; i < rs->nattach; i++)
		for (k = 0; k < nobj; k++)
			if (!strcmp(rs->attach[i].table, obj[k].table) &&
			    !strcmp(rs->attach[i].object, obj[k].name))
				snprintf(rs->attach[i].type, sizeof(rs->attach[i].type), "%s",
					 obj[k].type);
}

void ruleset_scan(const char *listing, struct rs_scan *rs)
{
	char *copy = xstrdup(listing), *save = NULL, *line;
	char table[128] = "";
	struct rs_obj obj[RS_MAX_ATTACH];
	unsigned int nobj = 0;
	struct rs_chain cs;
	bool in_chain = false, in_obj = false, nat_post = false, masq = false;

	memset(rs, 0, sizeof(*rs));
	memset(&cs, 0, sizeof(cs));
	for (line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *t = trim(line);

		if (!strncmp(t, "table ", 6)) {
			snprintf(table, sizeof(table), "%.*s", (int)strcspn(t + 6, "{") - 1, t + 6);
		} else if (!strncmp(t, "ct helper ", 10) && ends_with(t, "{") && nobj < RS_MAX_ATTACH) {
			snprintf(obj[nobj].table, sizeof(obj[nobj].table), "%s", table);
			snprintf(obj[nobj].name, sizeof(obj[nobj].name), "%.*s",
				 (int)strcspn(t + 10, " "), t + 10);
			obj[nobj].type[0] = '\0';
			in_obj = true;
		} else if (in_obj && !strncmp(t, "type \"", 6)) {
			snprintf(obj[nobj].type, sizeof(obj[nobj].type), "%.*s",
				 (int)strcspn(t + 6, "\""), t + 6);
		} else if (in_obj && !strcmp(t, "}")) {
			in_obj = false;
			nobj++;
		} else if (!strncmp(t, "chain ", 6) && ends_with(t, "{")) {
			memset(&cs, 0, sizeof(cs));
			snprintf(cs.table, sizeof(cs.table), "%s", table);
			snprintf(cs.name, sizeof(cs.name), "%.*s", (int)strcspn(t + 6, " "), t + 6);
			in_chain = true;
			nat_post = masq = false;
		} else if (in_chain && !strcmp(t, "}")) {
			in_chain = false;
			if (nat_post && masq && rs->nmasq < RS_MAX_MASQ) {
				snprintf(rs->masq[rs->nmasq], sizeof(rs->masq[0]), "%s", table);
				rs->masq_fam[rs->nmasq++] = table_family(table);
			}
			if (!cs.forward)
				continue;
			if (cs.offload && !rs->offload)
				snprintf(rs->offload_chain, sizeof(rs->offload_chain), "%s %s",
					 cs.table, cs.name);
			rs->offload |= cs.offload;
			if (cs.drop && rs->n < RS_MAX_CHAINS)
				rs->chains[rs->n++] = cs;
		} else if (in_chain && !strncmp(t, "type ", 5)) {
			cs.forward = strstr(t, "hook forward") != NULL;
			cs.drop = strstr(t, "policy drop") != NULL;
			nat_post = strstr(t, "type nat hook postrouting") != NULL;
			if (strstr(t, "type nat hook prerouting"))
				rs->nat_pre |= table_family(table);
		} else if (in_chain) {
			if (related_accept(t))
				cs.related = true;
			if (strstr(t, "flow add @") || strstr(t, "flow offload @"))
				cs.offload = true;
			if (strstr(t, "masquerade"))
				masq = true;
			scan_attach(rs, table, t);
		}
	}
	free(copy);
	resolve_types(rs, obj, nobj);
}
