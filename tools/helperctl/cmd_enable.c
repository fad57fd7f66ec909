// SPDX-License-Identifier: GPL-2.0
/*
 * enable NAME - load the helper's modules, attach it to its ports.
 */
#include "helperctl.h"

int cmd_enable(int argc, char **argv, const struct hc_opts *o)
{
	const struct hc_helper *h;
	struct hc_config c;

	if (argc != 1) {
		hc_warn("Usage: helperctl enable NAME (%s)", helper_names());
		return 1;
	}
	h = helper_find(argv[0]);
	if (!h) {
		hc_warn("Unknown helper: '%s' (known: %s)", argv[0], helper_names());
		return 1;
	}
	if (require_root("enable") || load_config_or_die(o, &c) < 0)
		goto err;
	c.h[helper_index(h)].enabled = true;
	if (apply_config(&c) || config_save(&c, config_path(o->config)))
		goto err;
	return 0;
err:
	if (hc_errbuf[0])
		hc_perror();
	return 1;
}
