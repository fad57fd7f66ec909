// SPDX-License-Identifier: GPL-2.0
/*
 * helperctl - conntrack helpers on and off, RouterOS service-port style.
 */
#include <string.h>
#include <unistd.h>

#include "helperctl.h"

#ifndef HC_VERSION
#define HC_VERSION "unknown"
#endif

int cmd_help(int argc, char **argv, const struct hc_opts *o)
{
	(void)argc;
	(void)argv;
	(void)o;
	usage(stdout);
	return 0;
}

int main(int argc, char **argv)
{
	const struct hc_cmd *cmd;
	struct hc_opts o;
	int i;

	i = opts_parse(argc, argv, &o);
	if (i < 0) {
		hc_perror();
		return 1;
	}
	if (o.help) {
		usage(stdout);
		return 0;
	}
	if (o.version) {
		printf("helperctl %s\n", HC_VERSION);
		return 0;
	}
	/* tables for people, tab-separated lines for pipes */
	out_mode = o.mode_set ? o.mode : isatty(STDOUT_FILENO) ? OUT_TEXT : OUT_TSV;
	/* no command: print */
	cmd = cmd_find(i < argc ? argv[i] : "print");
	if (!cmd) {
		hc_warn("Unknown command: '%s' (see helperctl help)", argv[i]);
		return 1;
	}
	if (i >= argc)
		return cmd->fn(0, argv + argc, &o);
	return cmd->fn(argc - i - 1, argv + i + 1, &o);
}
