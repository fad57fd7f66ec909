// SPDX-License-Identifier: GPL-2.0
/*
 * doctor - the checks router vendors publish for "the ALG does not work",
 * run against this namespace's ruleset and the loaded modules.  Each
 * finding comes with the command that fixes it.  Exit status 3 when
 * something needs fixing.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "helperctl.h"

static unsigned int problems;

static void report_note(const char *check, bool ok, bool note, const char *msg, const char *fix)
{
	if (!ok)
		problems++;
	if (out_mode == OUT_TEXT) {
		printf("%-8s %s: %s\n", note ? "note" : ok ? "ok" : "PROBLEM", check, msg);
		if (fix)
			printf("%-8s fix: %s\n", "", fix);
		return;
	}
	out_row_begin();
	out_str("check", check, 0);
	out_str("status", note ? "note" : ok ? "ok" : "problem", 0);
	out_str("message", msg, 0);
	if (fix)
		out_str("fix", fix, 0);
	else
		out_null("fix", 0);
	out_row_end();
}

static void report(const char *check, bool ok, const char *msg, const char *fix)
{
	report_note(check, ok, false, msg, fix);
}

static void check_module(const struct hc_helper *h)
{
	char msg[512], fix[256];
	struct mod_info mi;

	mod_info(h->ct_module, &mi);
	if (!mi.loaded) {
		snprintf(msg, sizeof(msg), "%s is enabled but %s is not loaded", h->name, h->ct_module);
		report("module", false, msg, "helperctl apply");
	} else if (mi.impl == MOD_INTREE && mi.path_impl == MOD_OURS) {
		snprintf(msg, sizeof(msg),
			 "the kernel's own %s is loaded although nfhelpers' is installed", h->ct_module);
		snprintf(fix, sizeof(fix), "helperctl disable %s; rmmod %s %s; helperctl enable %s",
			 h->name, h->nat_module, h->ct_module, h->name);
		report("module", false, msg, fix);
	} else {
		snprintf(msg, sizeof(msg), "%s: %s %s loaded%s%s", h->name, mod_impl_name(mi.impl),
			 h->ct_module, mi.version[0] ? ", version " : "", mi.version);
		report("module", true, msg, NULL);
	}
}

static void check_sip_counters(void)
{
	struct findings fs = { 0 };
	char buf[8192];
	size_t n;
	FILE *f;

	/* only nfhelpers' module counts; the in-tree one has no file */
	f = fopen("/proc/net/nfhelpers/sip", "r");
	if (!f)
		return;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	doctor_sip_counters(buf, &fs);
	if (fs.n)
		report_note(fs.f[0].check, fs.f[0].ok, fs.f[0].note, fs.f[0].msg,
			    fs.f[0].fix[0] ? fs.f[0].fix : NULL);
}

#define CONNTRACKD_CONF "/etc/conntrackd/conntrackd.conf"

/* Does process @pid have the commit library mapped? */
static enum ctd_process ctd_libraries(const char *pid)
{
	enum ctd_process st = CTD_RUNNING_PLAIN;
	char path[300], line[512];
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%s/maps", pid);
	f = fopen(path, "r");
	if (!f)
		return CTD_RUNNING;
	while (st == CTD_RUNNING_PLAIN && fgets(line, sizeof(line), f))
		if (strstr(line, "/" CTD_COMMIT_LIB))
			st = CTD_RUNNING_WHOLE;
	fclose(f);
	return st;
}

/*
 * Is a process named conntrackd running (in any namespace we can see)?
 * With several (the daemon and a client such as conntrackd -c), the one
 * that says most: the library in any of them.
 */
static enum ctd_process conntrackd_running(void)
{
	enum ctd_process st = CTD_NOT_RUNNING;
	char path[300], comm[32];
	struct dirent *d;
	DIR *dir;
	FILE *f;

	dir = opendir("/proc");
	if (!dir)
		return CTD_NOT_RUNNING;
	while (st != CTD_RUNNING_WHOLE && (d = readdir(dir))) {
		enum ctd_process this;

		if (d->d_name[0] < '1' || d->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/comm", d->d_name);
		f = fopen(path, "r");
		if (!f)
			continue;
		if (fgets(comm, sizeof(comm), f) && !strcmp(comm, "conntrackd\n")) {
			this = ctd_libraries(d->d_name);
			if (this > st)
				st = this;
		}
		fclose(f);
	}
	closedir(dir);
	return st;
}

static void check_conntrackd(const struct hc_config *c)
{
	struct findings fs = { 0 };
	char *conf = NULL;
	size_t n = 0, cap = 0;
	enum ctd_process running;
	FILE *f;

	running = conntrackd_running();
	f = fopen(CONNTRACKD_CONF, "r");
	if (f) {
		do {
			if (cap - n < 4096) {
				cap = cap ? 2 * cap : 16384;
				conf = realloc(conf, cap + 1);
				if (!conf)
					hc_die_oom();
			}
			n += fread(conf + n, 1, cap - n, f);
		} while (!feof(f) && !ferror(f));
		fclose(f);
		conf[n] = '\0';
	}
	doctor_conntrackd(conf, CONNTRACKD_CONF, running, c, &fs);
	free(conf);
	if (fs.n)
		report_note(fs.f[0].check, fs.f[0].ok, fs.f[0].note, fs.f[0].msg,
			    fs.f[0].fix[0] ? fs.f[0].fix : NULL);
}

int cmd_doctor(int argc, char **argv, const struct hc_opts *o)
{
	char *listing, *ours = NULL, msg[512], why[256];
	struct findings *fs;
	struct hc_config c;
	bool any = false;
	unsigned int i;

	(void)argv;
	if (argc) {
		hc_warn("Usage: helperctl doctor");
		return 1;
	}
	if (load_config_or_die(o, &c) < 0)
		return 1;
	if (nft_list("list ruleset", false, &listing)) {
		hc_perror();
		return 1;
	}
	if (out_mode != OUT_TEXT)
		out_list_begin();
	problems = 0;

	/* 1. the ruleset: forward policy, NAT, offload, TLS, clashes */
	fs = xmalloc(sizeof(*fs));
	fs->n = 0;
	doctor_ruleset(listing, &c, fs);
	free(listing);
	for (i = 0; i < fs->n; i++)
		report_note(fs->f[i].check, fs->f[i].ok, fs->f[i].note, fs->f[i].msg,
			    fs->f[i].fix[0] ? fs->f[i].fix : NULL);
	free(fs);

	/* 2. per enabled helper: the module, our rules */
	for (i = 0; i < hc_nhelpers; i++)
		any |= c.h[i].enabled;
	if (any && nft_list("list table inet " HC_TABLE, false, &ours))
		ours = NULL;
	for (i = 0; i < hc_nhelpers; i++) {
		const struct hc_helper *h = &hc_helpers[i];

		if (!c.h[i].enabled)
			continue;
		check_module(h);
		if (!ours) {
			snprintf(msg, sizeof(msg), "%s is enabled but table inet %s is missing",
				 h->name, HC_TABLE);
			report("rules", false, msg, "helperctl apply");
		} else if (!helper_rules_ok(&c, h, ours, why, sizeof(why))) {
			snprintf(msg, sizeof(msg), "%s: %s", h->name, why);
			report("rules", false, msg, "helperctl apply");
		} else {
			snprintf(msg, sizeof(msg), "%s: rules for the configured ports are in table inet %s",
				 h->name, HC_TABLE);
			report("rules", true, msg, NULL);
		}
	}
	if (!any)
		report("rules", true, "no helper enabled", NULL);
	free(ours);

	/* 3. SIP through endpoints that do their own NAT traversal */
	if (c.h[helper_index(helper_find("sip"))].enabled)
		check_sip_counters();

	/* 4. a backup router's conntrackd: the helpers' expectations synced */
	check_conntrackd(&c);

	if (out_mode != OUT_TEXT)
		out_list_end();
	return problems ? HC_EXIT_FINDINGS : 0;
}
