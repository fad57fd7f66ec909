// SPDX-License-Identifier: GPL-2.0
/*
 * config.c - /etc/helperctl.conf: one line per helper,
 *
 *	NAME enabled=yes|no PORTSET=P[,P...] [PARAM=VALUE...]
 *
 * '#' starts a comment line.  A file that does not parse is reported with
 * its line and never rewritten: the administrator's text wins over ours.
 * Saving writes a temporary file, syncs it and renames it over the old one,
 * so a crash leaves either the old or the new file, never half of one.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helperctl.h"

void config_defaults(struct hc_config *c)
{
	unsigned int i, j;

	memset(c, 0, sizeof(*c));
	for (i = 0; i < hc_nhelpers; i++)
		for (j = 0; j < hc_helpers[i].nportsets; j++)
			ports_parse(hc_helpers[i].portsets[j].def, &c->h[i].ports[j]);
}

static void known_keys(const struct hc_helper *h, char *buf, size_t len)
{
	size_t o;
	unsigned int i;

	o = snprintf(buf, len, "enabled");
	for (i = 0; i < h->nportsets && o < len; i++)
		o += snprintf(buf + o, len - o, ", %s", h->portsets[i].key);
	for (i = 0; i < h->nparams && o < len; i++)
		o += snprintf(buf + o, len - o, ", %s", h->params[i].key);
}

int config_set(struct hc_config *c, const struct hc_helper *h,
	       const char *key, const char *val)
{
	struct hc_hconf *hc = &c->h[helper_index(h)];
	const struct hc_param *p;
	char keys[160];
	int ps;

	if (!strcmp(key, "enabled")) {
		if (!strcmp(val, "yes"))
			hc->enabled = true;
		else if (!strcmp(val, "no"))
			hc->enabled = false;
		else
			return hc_fail("Unable to parse enabled: '%s' (yes or no)", val);
		return 0;
	}
	ps = helper_portset(h, key);
	if (ps >= 0) {
		struct portlist pl;

		if (ports_parse(val, &pl))
			return -1;
		hc->ports[ps] = pl;
		return 0;
	}
	p = helper_param(h, key);
	if (p) {
		unsigned int i = p - h->params;

		if (param_parse(p, val, hc->pval[i], sizeof(hc->pval[i])))
			return -1;
		hc->pset[i] = true;
		return 0;
	}
	known_keys(h, keys, sizeof(keys));
	return hc_fail("Unknown setting for %s: '%s' (known: %s)", h->name, key, keys);
}

static int parse_line(struct hc_config *c, char *line, bool *seen)
{
	const struct hc_helper *h;
	char *tok, *save = NULL, *eq;

	tok = strtok_r(line, " \t", &save);
	if (!tok || *tok == '#')
		return 0;
	h = helper_find(tok);
	if (!h)
		return hc_fail("Unknown helper: '%s' (known: %s)", tok, helper_names());
	if (seen[helper_index(h)])
		return hc_fail("Duplicate helper: '%s' (one line per helper)", tok);
	seen[helper_index(h)] = true;
	while ((tok = strtok_r(NULL, " \t", &save))) {
		eq = strchr(tok, '=');
		if (!eq)
			return hc_fail("Unable to parse setting: '%s' (KEY=VALUE)", tok);
		*eq = '\0';
		if (config_set(c, h, tok, eq + 1))
			return -1;
	}
	return 0;
}

int config_parse(struct hc_config *c, const char *text, const char *path)
{
	bool seen[ARRAY_SIZE(c->h)] = { false };
	unsigned int lineno = 0;
	const char *p = text;
	char line[1024];

	config_defaults(c);
	while (*p) {
		const char *nl = strchrnul(p, '\n');
		size_t n = nl - p;

		lineno++;
		if (n >= sizeof(line))
			return hc_fail("%s:%u: Line too long (more than %zu bytes)",
				       path, lineno, sizeof(line) - 1);
		memcpy(line, p, n);
		line[n] = '\0';
		if (memchr(p, '\0', n) || (n && line[n - 1] == '\r'))
			return hc_fail("%s:%u: Unable to parse line: binary data or CR", path, lineno);
		if (parse_line(c, line, seen)) {
			char msg[sizeof(hc_errbuf)];

			snprintf(msg, sizeof(msg), "%s", hc_errbuf);
			return hc_fail("%s:%u: %s", path, lineno, msg);
		}
		p = *nl ? nl + 1 : nl;
	}
	return 0;
}

int config_load(struct hc_config *c, const char *path)
{
	struct sb b;
	char buf[4096];
	size_t n;
	FILE *f;
	int ret;

	f = fopen(path, "r");
	if (!f) {
		if (errno == ENOENT) {
			/* first run: everything disabled, default ports */
			config_defaults(c);
			return 0;
		}
		return hc_fail("Unable to read configuration: '%s' (%s)", path, strerror(errno));
	}
	sb_init(&b);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0) {
		if (memchr(buf, '\0', n)) {
			fclose(f);
			sb_free(&b);
			return hc_fail("%s: Unable to parse configuration: binary data", path);
		}
		sb_printf(&b, "%.*s", (int)n, buf);
	}
	if (ferror(f)) {
		ret = hc_fail("Unable to read configuration: '%s' (%s)", path, strerror(errno));
		fclose(f);
		sb_free(&b);
		return ret;
	}
	fclose(f);
	ret = config_parse(c, b.s, path);
	sb_free(&b);
	return ret;
}

void config_format(const struct hc_config *c, struct sb *out)
{
	unsigned int i, j;
	char pl[64];

	sb_printf(out, "# helperctl configuration, see helperctl(8).  Written by helperctl;\n"
		       "# edits are kept if they parse.\n"
		       "# NAME enabled=yes|no ports=P[,P...] [PARAMETER=VALUE...]\n");
	for (i = 0; i < hc_nhelpers; i++) {
		const struct hc_helper *h = &hc_helpers[i];
		const struct hc_hconf *hc = &c->h[i];

		sb_printf(out, "%s enabled=%s", h->name, hc->enabled ? "yes" : "no");
		for (j = 0; j < h->nportsets; j++) {
			ports_format(&hc->ports[j], pl, sizeof(pl));
			sb_printf(out, " %s=%s", h->portsets[j].key, pl);
		}
		for (j = 0; j < h->nparams; j++)
			if (hc->pset[j])
				sb_printf(out, " %s=%s", h->params[j].key, hc->pval[j]);
		sb_printf(out, "\n");
	}
}

static int write_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(fd, s, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += w;
		n -= w;
	}
	return 0;
}

int config_save(const struct hc_config *c, const char *path)
{
	char *tmp, *dcopy;
	struct sb b;
	int fd, dfd, err = 0;
	size_t n;

	n = strlen(path) + 16;
	tmp = xmalloc(n);
	snprintf(tmp, n, "%s.XXXXXX", path);
	fd = mkstemp(tmp);
	if (fd < 0) {
		err = errno;
		free(tmp);
		return hc_fail("Unable to write configuration: '%s' (%s)", path, strerror(err));
	}
	sb_init(&b);
	config_format(c, &b);
	if (write_all(fd, b.s, b.len) || fchmod(fd, 0644) || fsync(fd))
		err = errno;
	sb_free(&b);
	if (close(fd) && !err)
		err = errno;
	if (!err && rename(tmp, path))
		err = errno;
	if (err) {
		unlink(tmp);
		free(tmp);
		return hc_fail("Unable to write configuration: '%s' (%s)", path, strerror(err));
	}
	free(tmp);
	/* the rename itself must reach the disk too */
	dcopy = xstrdup(path);
	dfd = open(dirname(dcopy), O_RDONLY | O_DIRECTORY);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(dcopy);
	return 0;
}

const char *config_path(const char *opt)
{
	const char *e;

	if (opt)
		return opt;
	e = getenv("HELPERCTL_CONF");
	return e && *e ? e : HC_DEFAULT_CONF;
}
