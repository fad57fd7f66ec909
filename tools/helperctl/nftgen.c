// SPDX-License-Identifier: GPL-2.0
/*
 * nftgen.c - the helperctl table as one nft script.  The script first
 * creates the table (so the delete cannot fail), deletes it and builds it
 * again: libnftables runs a buffer as one transaction, so the kernel goes
 * from the old rules to the new ones with nothing in between.  With no
 * helper enabled the table is simply gone.
 *
 * Helpers are attached in prerouting (forwarded and incoming connections)
 * and output (connections this host opens).  Priority filter runs after
 * conntrack and after DNAT, so the rules see the translated port.
 */
#include "helperctl.h"

static void chain(const struct hc_config *c, struct sb *o, const char *name)
{
	unsigned int i, j, k;

	sb_printf(o, "\tchain %s {\n", name);
	sb_printf(o, "\t\ttype filter hook %s priority filter; policy accept;\n", name);
	for (i = 0; i < hc_nhelpers; i++) {
		const struct hc_helper *h = &hc_helpers[i];

		if (!c->h[i].enabled)
			continue;
		for (j = 0; j < h->nobjs; j++) {
			const struct hc_object *ob = &h->objs[j];
			const struct portlist *pl = &c->h[i].ports[ob->portset];

			sb_printf(o, "\t\t%s dport { ", ob->proto);
			for (k = 0; k < pl->n; k++)
				sb_printf(o, "%s%u", k ? ", " : "", pl->port[k]);
			sb_printf(o, " } ct helper set \"%s\"\n", ob->name);
		}
	}
	sb_printf(o, "\t}\n");
}

void nft_script(const struct hc_config *c, struct sb *o)
{
	unsigned int i, j;
	bool any = false;

	sb_printf(o, "table inet " HC_TABLE " {}\n");
	sb_printf(o, "delete table inet " HC_TABLE "\n");
	for (i = 0; i < hc_nhelpers; i++)
		any |= c->h[i].enabled;
	if (!any)
		return;
	sb_printf(o, "table inet " HC_TABLE " {\n");
	for (i = 0; i < hc_nhelpers; i++) {
		const struct hc_helper *h = &hc_helpers[i];

		if (!c->h[i].enabled)
			continue;
		for (j = 0; j < h->nobjs; j++) {
			sb_printf(o, "\tct helper %s {\n", h->objs[j].name);
			sb_printf(o, "\t\ttype \"%s\" protocol %s\n", h->objs[j].type,
				  h->objs[j].proto);
			sb_printf(o, "\t\tl3proto inet\n");
			sb_printf(o, "\t}\n");
		}
	}
	chain(c, o, "prerouting");
	chain(c, o, "output");
	sb_printf(o, "}\n");
}
