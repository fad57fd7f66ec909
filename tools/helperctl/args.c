// SPDX-License-Identifier: GPL-2.0
/*
 * args.c - the command table and the global options.  Names match
 * exactly: a prefix that is unique today stops being unique when a command
 * is added, and scripts would break.
 */
#include <string.h>

#include "helperctl.h"

const struct hc_cmd hc_cmds[] = {
	{ "print", cmd_print, "list helpers: name, ports, disabled ('detail': module, parameters, counters)" },
	{ "enable", cmd_enable, "load a helper's modules and attach it to its ports" },
	{ "disable", cmd_disable, "detach a helper, drop its expectations ('--flush': its connections too)" },
	{ "set", cmd_set, "change ports or parameters at once, without reloading modules" },
	{ "apply", cmd_apply, "make the kernel match the configuration file (at boot)" },
	{ "connections", cmd_connections, "connections a helper is attached to" },
	{ "expectations", cmd_expectations, "connections a helper expects" },
	{ "watch", cmd_watch, "stream new and destroyed expectations and helper connections" },
	{ "doctor", cmd_doctor, "check the firewall for what stops helpers from working" },
	{ "explain", cmd_explain, "what our helpers would do with a capture's FTP, SIP and H.323 messages" },
	{ "help", cmd_help, "this text" },
	{ NULL, NULL, NULL },
};

const struct hc_cmd *cmd_find(const char *name)
{
	const struct hc_cmd *c;

	for (c = hc_cmds; c->name; c++)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

void usage(FILE *f)
{
	const struct hc_cmd *c;

	fprintf(f, "Usage: helperctl [-j|--json] [-t|--tsv] [-c|--config FILE] [COMMAND [ARGS]]\n"
		   "\n"
		   "Commands (no command: print):\n");
	for (c = hc_cmds; c->name; c++)
		fprintf(f, "  %-13s %s\n", c->name, c->desc);
	fprintf(f, "\n"
		   "  print [detail]\n"
		   "  enable NAME | disable NAME [--flush]\n"
		   "  set NAME KEY=VALUE...      e.g. set ftp ports=21,2121 loose=no\n"
		   "  connections [NAME] | expectations [NAME] | watch [NAME]\n"
		   "  explain CAPTURE [--nat ADDR] [-j]\n"
		   "\n"
		   "Helpers: %s.\nConfiguration: %s (or $HELPERCTL_CONF).\n",
		helper_names(), HC_DEFAULT_CONF);
}

int opts_parse(int argc, char **argv, struct hc_opts *o)
{
	int i;

	memset(o, 0, sizeof(*o));
	o->mode = OUT_TEXT;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (a[0] != '-')
			break;
		if (!strcmp(a, "--")) {
			i++;
			break;
		}
		if (!strcmp(a, "-j") || !strcmp(a, "--json")) {
			o->mode = OUT_JSON;
			o->mode_set = true;
		} else if (!strcmp(a, "-t") || !strcmp(a, "--tsv")) {
			o->mode = OUT_TSV;
			o->mode_set = true;
		} else if (!strcmp(a, "-c") || !strcmp(a, "--config")) {
			if (i + 1 >= argc)
				return hc_fail("Option needs a file: '%s'", a);
			o->config = argv[++i];
		} else if (!strncmp(a, "--config=", 9)) {
			o->config = a + 9;
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			o->help = true;
		} else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
			o->version = true;
		} else {
			return hc_fail("Unknown option: '%s' (see helperctl --help)", a);
		}
	}
	if (o->config && !*o->config)
		return hc_fail("Option needs a file: '%s'", "--config");
	return i;
}

int set_args(struct hc_config *c, int argc, char **argv, const struct hc_helper **hp)
{
	const struct hc_helper *h;
	int i;

	if (argc < 1)
		return hc_fail("Missing helper name (usage: set NAME KEY=VALUE...)");
	h = helper_find(argv[0]);
	if (!h)
		return hc_fail("Unknown helper: '%s' (known: %s)", argv[0], helper_names());
	if (argc < 2)
		return hc_fail("Nothing to set for %s (usage: set NAME KEY=VALUE...)", h->name);
	for (i = 1; i < argc; i++) {
		char key[64];
		const char *eq = strchr(argv[i], '=');

		if (!eq || eq == argv[i] || (size_t)(eq - argv[i]) >= sizeof(key))
			return hc_fail("Unable to parse setting: '%s' (KEY=VALUE)", argv[i]);
		memcpy(key, argv[i], eq - argv[i]);
		key[eq - argv[i]] = '\0';
		if (config_set(c, h, key, eq + 1))
			return -1;
	}
	if (hp)
		*hp = h;
	return 0;
}
