// SPDX-License-Identifier: GPL-2.0
/*
 * apply - make the kernel match the saved configuration (at boot, or
 * after editing the file by hand).
 */
#include "helperctl.h"

int cmd_apply(int argc, char **argv, const struct hc_opts *o)
{
	struct hc_config c;

	(void)argv;
	if (argc) {
		hc_warn("Usage: helperctl apply");
		return 1;
	}
	if (require_root("apply")) {
		hc_perror();
		return 1;
	}
	if (load_config_or_die(o, &c) < 0)
		return 1;
	if (apply_config(&c)) {
		hc_perror();
		return 1;
	}
	return 0;
}
