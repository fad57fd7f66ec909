// SPDX-License-Identifier: GPL-2.0
/*
 * print [detail] - the helpers as RouterOS prints service-port: name,
 * ports, disabled.  detail adds the module in use (nfhelpers' or the
 * kernel's own), its live parameters and this namespace's counters.
 */
#include <stdlib.h>
#include <string.h>

#include "helperctl.h"

static void print_module(const char *obj, const char *name)
{
	struct mod_info mi;

	mod_info(name, &mi);
	out_obj_begin(obj);
	out_str("name", name, 0);
	out_bool("loaded", mi.loaded, 0);
	out_str("implementation", mod_impl_name(mi.impl), 0);
	if (mi.impl == MOD_OURS)
		out_str("version", mi.version, 0);
	if (mi.loaded && mi.impl != MOD_BUILTIN)
		out_uint("refcnt", mi.refcnt, 0);
	/* what modprobe resolves the name to: ours when installed */
	if (mi.path[0]) {
		out_str("file", mi.path, 0);
		out_str("file_implementation", mod_impl_name(mi.path_impl), 0);
	} else {
		out_null("file", 0);
	}
	out_obj_end();
}

static void print_params(const struct hc_helper *h)
{
	unsigned int i;
	char v[32];

	out_obj_begin("parameters");
	for (i = 0; i < h->nparams; i++) {
		const struct hc_param *p = &h->params[i];

		if (mod_param_read(h->ct_module, p->sysfs, v, sizeof(v)) < 0)
			out_null(p->key, 0);
		else if (p->type == HC_P_BOOL)
			out_bool(p->key, !strcmp(v, "Y") || !strcmp(v, "1"), 0);
		else
			out_uint(p->key, strtoull(v, NULL, 10), 0);
	}
	out_obj_end();
}

/* /proc/net/nfhelpers/<helper>: "name value" lines, per namespace. */
static void print_counters(const struct hc_helper *h)
{
	char path[128], name[64];
	unsigned long long v;
	FILE *f;

	if (!h->counters)
		return;
	snprintf(path, sizeof(path), "/proc/net/nfhelpers/%s", h->counters);
	f = fopen(path, "r");
	if (!f)
		return;
	out_obj_begin("counters");
	while (fscanf(f, "%63s %llu", name, &v) == 2)
		out_uint(name, v, 0);
	out_obj_end();
	fclose(f);
}

/* ras-ports as JSON calls it: ras_ports */
static void json_key(const char *k, char *buf, size_t len)
{
	size_t i;

	snprintf(buf, len, "%s", k);
	for (i = 0; buf[i]; i++)
		if (buf[i] == '-')
			buf[i] = '_';
}

int cmd_print(int argc, char **argv, const struct hc_opts *o)
{
	bool detail = false;
	struct hc_config c;
	unsigned int i, j;

	if (argc == 1 && !strcmp(argv[0], "detail")) {
		detail = true;
	} else if (argc) {
		hc_warn("Usage: helperctl print [detail]");
		return 1;
	}
	if (load_config_or_die(o, &c) < 0)
		return 1;
	out_list_begin();
	for (i = 0; i < hc_nhelpers; i++) {
		const struct hc_helper *h = &hc_helpers[i];
		const struct hc_hconf *hc = &c.h[i];
		char text[160], one[64], key[32];
		size_t n;

		/* what this kernel does not ship is not listed, unless enabled */
		if (!hc->enabled && !helper_available(h))
			continue;
		out_row_begin();
		out_str("name", h->name, 0);
		/* all port sets in one column, the secondary ones tagged */
		text[0] = '\0';
		for (j = 0, n = 0; j < h->nportsets && n < sizeof(text); j++) {
			ports_format(&hc->ports[j], one, sizeof(one));
			n += snprintf(text + n, sizeof(text) - n, "%s%s%s", j ? "," : "",
				      one, h->portsets[j].suffix);
		}
		out_raw("ports", text, "", OUT_NOJSON);
		for (j = 0; j < h->nportsets; j++) {
			json_key(h->portsets[j].key, key, sizeof(key));
			out_ports(key, &hc->ports[j], OUT_NOTEXT);
		}
		out_str("transport", h->transport, 0);
		out_bool("disabled", !hc->enabled, 0);
		out_obj_begin("default_ports");
		for (j = 0; j < h->nportsets; j++) {
			struct portlist def;

			ports_parse(h->portsets[j].def, &def);
			json_key(h->portsets[j].key, key, sizeof(key));
			out_ports(key, &def, OUT_NOTEXT);
		}
		out_obj_end();
		if (detail) {
			print_module("module", h->ct_module);
			if (h->nat_module)
				print_module("nat_module", h->nat_module);
			else
				out_null("nat_module", 0);
			print_params(h);
			print_counters(h);
		}
		out_row_end();
	}
	out_list_end();
	return 0;
}
