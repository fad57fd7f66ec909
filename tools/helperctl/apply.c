// SPDX-License-Identifier: GPL-2.0
/*
 * apply.c - make the kernel match a configuration: modules loaded for the
 * enabled helpers, parameters written, the helperctl table replaced in one
 * transaction.  Commands save the configuration only after this worked,
 * so the file never describes a state the kernel refused.
 */
#include <string.h>
#include <unistd.h>

#include "helperctl.h"

int require_root(const char *what)
{
	if (geteuid() != 0)
		return hc_fail("Permission denied: '%s' changes the firewall and kernel modules (run as root)",
			       what);
	return 0;
}

int load_config_or_die(const struct hc_opts *o, struct hc_config *c)
{
	if (config_load(c, config_path(o->config)) == 0)
		return 0;
	hc_perror();
	fprintf(stderr, "helperctl: The file was left as it is: fix the line, or remove the file to start from the defaults\n");
	hc_errbuf[0] = '\0';	/* reported */
	return -1;
}

int apply_params(const struct hc_config *c, const struct hc_helper *h)
{
	const struct hc_hconf *hc = &c->h[helper_index(h)];
	struct mod_info mi;
	unsigned int i;
	char cur[32];

	mod_info(h->ct_module, &mi);
	if (!mi.loaded)
		return 0;	/* applied when the helper is enabled */
	for (i = 0; i < h->nparams; i++) {
		const struct hc_param *p = &h->params[i];
		const char *v;

		if (!hc->pset[i])
			continue;
		if (mod_param_read(h->ct_module, p->sysfs, cur, sizeof(cur)) < 0) {
			/* the in-tree FTP helper has no log_refused */
			if (strcmp(hc->pval[i], p->def))
				hc_warn("note: %s=%s kept in the configuration, but the loaded %s (%s) has no parameter %s",
					p->key, hc->pval[i], h->ct_module,
					mod_impl_name(mi.impl), p->sysfs);
			continue;
		}
		v = p->type == HC_P_BOOL ? (strcmp(hc->pval[i], "yes") ? "0" : "1") : hc->pval[i];
		if (mod_param_write(h->ct_module, p->sysfs, v))
			return -1;
	}
	return 0;
}

/*
 * Our module is installed but the kernel's own is loaded: enabling would
 * silently run the wrong one.
 */
static int intree_in_the_way(const struct hc_helper *h)
{
	struct mod_info mi;

	mod_info(h->ct_module, &mi);
	if (mi.loaded && mi.impl == MOD_INTREE && mi.path_impl == MOD_OURS)
		return hc_fail("In-tree module in the way: '%s' (the kernel's own is loaded, nfhelpers' is installed; run 'rmmod %s %s' and try again)",
			       h->ct_module, h->nat_module, h->ct_module);
	return 0;
}

int apply_config(const struct hc_config *c)
{
	struct sb script;
	unsigned int i;
	int ret;

	for (i = 0; i < hc_nhelpers; i++) {
		const struct hc_helper *h = &hc_helpers[i];

		if (!c->h[i].enabled)
			continue;
		if (intree_in_the_way(h) || mod_load(h->ct_module))
			return -1;
		/*
		 * without the NAT half only un-NATed connections work; a
		 * kernel without modules has what it has built in
		 */
		if (h->nat_module && modules_supported() && mod_load(h->nat_module)) {
			hc_perror();
			hc_warn("note: %s works without NAT until %s loads", h->name, h->nat_module);
		}
		if (apply_params(c, h))
			return -1;
	}
	sb_init(&script);
	nft_script(c, &script);
	ret = nft_apply(script.s);
	sb_free(&script);
	return ret;
}
