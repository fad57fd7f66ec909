// SPDX-License-Identifier: GPL-2.0
/*
 * set NAME KEY=VALUE... - ports live in our nft rules, so changing them
 * replaces the rules and never touches the module (whose ports= is
 * read-only); parameters go through /sys/module/M/parameters.
 */
#include "helperctl.h"

int cmd_set(int argc, char **argv, const struct hc_opts *o)
{
	const struct hc_helper *h;
	struct hc_config c;
	struct mod_info mi;

	if (load_config_or_die(o, &c) < 0)
		return 1;
	if (set_args(&c, argc, argv, &h))
		goto err;
	mod_info(h->ct_module, &mi);
	if (c.h[helper_index(h)].enabled || (mi.loaded && mi.impl != MOD_BUILTIN)) {
		if (require_root("set"))
			goto err;
		if (c.h[helper_index(h)].enabled ? apply_config(&c) : apply_params(&c, h))
			goto err;
	}
	if (config_save(&c, config_path(o->config)))
		goto err;
	return 0;
err:
	hc_perror();
	return 1;
}
