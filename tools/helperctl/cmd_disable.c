// SPDX-License-Identifier: GPL-2.0
/*
 * disable NAME [--flush] - detach the helper, drop what it expects, and
 * with --flush the connections it is attached to: a stale NAT mapping of
 * a SIP registration otherwise keeps breaking calls until it times out.
 */
#include <string.h>

#include "helperctl.h"

int cmd_disable(int argc, char **argv, const struct hc_opts *o)
{
	const struct hc_helper *h = NULL;
	unsigned int n, i;
	struct hc_config c;
	struct sb script;
	bool flush = false;
	int ret;

	for (i = 0; i < (unsigned int)argc; i++) {
		if (!strcmp(argv[i], "--flush")) {
			flush = true;
		} else if (!h && argv[i][0] != '-') {
			h = helper_find(argv[i]);
			if (!h) {
				hc_warn("Unknown helper: '%s' (known: %s)", argv[i], helper_names());
				return 1;
			}
		} else {
			hc_warn("Usage: helperctl disable NAME [--flush]");
			return 1;
		}
	}
	if (!h) {
		hc_warn("Usage: helperctl disable NAME [--flush]");
		return 1;
	}
	if (require_root("disable") || load_config_or_die(o, &c) < 0)
		goto err;
	c.h[helper_index(h)].enabled = false;
	sb_init(&script);
	nft_script(&c, &script);
	ret = nft_apply(script.s);
	sb_free(&script);
	if (ret || config_save(&c, config_path(o->config)))
		goto err;
	if (exp_flush_helper(h, &n))
		goto err;
	if (flush && ct_flush_helper(h, &n))
		goto err;
	mod_unload_unused(h);
	return 0;
err:
	if (hc_errbuf[0])
		hc_perror();
	return 1;
}
