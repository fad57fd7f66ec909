// SPDX-License-Identifier: GPL-2.0
/*
 * module.c - helper modules through libkmod and /sys/module.  Which
 * implementation is loaded is read from sysfs: nfhelpers' modules carry a
 * MODULE_VERSION (/sys/module/M/version), the in-tree helpers do not.
 * Which one modprobe would load is read from the file libkmod resolves
 * (its description starts with "nfhelpers" for ours).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#include <libkmod.h>

#include "helperctl.h"

const char *mod_impl_name(enum mod_impl i)
{
	switch (i) {
	case MOD_OURS:
		return "nfhelpers";
	case MOD_INTREE:
		return "in-tree";
	case MOD_BUILTIN:
		return "built-in";
	default:
		return "none";
	}
}

static int read_line(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "r");

	if (!f)
		return -1;
	if (!fgets(buf, len, f)) {
		fclose(f);
		return -1;
	}
	fclose(f);
	buf[strcspn(buf, "\n")] = '\0';
	return 0;
}

/* A kernel without module support has no /proc/modules. */
bool modules_supported(void)
{
	return access("/proc/modules", F_OK) == 0;
}

static struct kmod_ctx *kctx(void)
{
	static struct kmod_ctx *ctx;

	if (!ctx) {
		ctx = kmod_new(NULL, NULL);
		if (ctx)
			kmod_load_resources(ctx);
	}
	return ctx;
}

/* The module modprobe would load for @name, or NULL. */
static struct kmod_module *lookup(const char *name)
{
	struct kmod_list *l = NULL, *it;
	struct kmod_module *m = NULL;
	struct kmod_ctx *ctx = kctx();

	if (!ctx || kmod_module_new_from_lookup(ctx, name, &l) < 0 || !l)
		return NULL;
	kmod_list_foreach(it, l) {
		m = kmod_module_get_module(it);
		break;
	}
	kmod_module_unref_list(l);
	return m;
}

static bool file_is_ours(struct kmod_module *m)
{
	struct kmod_list *info = NULL, *it;
	bool ours = false;

	if (kmod_module_get_info(m, &info) < 0)
		return false;
	kmod_list_foreach(it, info) {
		if (!strcmp(kmod_module_info_get_key(it), "description") &&
		    !strncmp(kmod_module_info_get_value(it), "nfhelpers", 9))
			ours = true;
	}
	kmod_module_info_free_list(info);
	return ours;
}

int mod_info(const char *name, struct mod_info *mi)
{
	char p[256], buf[64];
	struct kmod_module *m;

	memset(mi, 0, sizeof(*mi));
	snprintf(p, sizeof(p), "/sys/module/%s", name);
	if (access(p, F_OK) == 0) {
		snprintf(p, sizeof(p), "/sys/module/%s/initstate", name);
		if (read_line(p, buf, sizeof(buf)) < 0) {
			mi->loaded = true;
			mi->impl = MOD_BUILTIN;
		} else if (!strcmp(buf, "live")) {
			mi->loaded = true;
			snprintf(p, sizeof(p), "/sys/module/%s/version", name);
			mi->impl = read_line(p, mi->version, sizeof(mi->version)) == 0 ?
				   MOD_OURS : MOD_INTREE;
			snprintf(p, sizeof(p), "/sys/module/%s/refcnt", name);
			if (read_line(p, buf, sizeof(buf)) == 0)
				mi->refcnt = atoi(buf);
		}
	}
	if (!modules_supported())
		return 0;
	m = lookup(name);
	if (m) {
		const char *path = kmod_module_get_path(m);

		if (path) {
			snprintf(mi->path, sizeof(mi->path), "%s", path);
			mi->path_impl = file_is_ours(m) ? MOD_OURS : MOD_INTREE;
		}
		kmod_module_unref(m);
	}
	return 0;
}

/*
 * The kernel can run @h: built in, loaded, or a module file libkmod
 * resolves from modules.dep (ours in updates/ or the distribution's).
 */
bool helper_available(const struct hc_helper *h)
{
	struct mod_info mi;

	mod_info(h->ct_module, &mi);
	return mi.loaded || mi.path[0];
}

int mod_load(const char *name)
{
	struct mod_info mi;
	struct kmod_module *m;
	struct utsname u;
	int err;

	mod_info(name, &mi);
	if (mi.loaded)
		return 0;
	uname(&u);
	if (!modules_supported())
		return hc_fail("Module not available: '%s' (kernel %s has no module support and not this helper built in)",
			       name, u.release);
	m = lookup(name);
	if (!m || !kmod_module_get_path(m)) {
		if (m)
			kmod_module_unref(m);
		return hc_fail("Module not available: '%s' (not found for kernel %s; install nfhelpers or your distribution's modules)",
			       name, u.release);
	}
	err = kmod_module_probe_insert_module(m, 0, NULL, NULL, NULL, NULL);
	kmod_module_unref(m);
	if (err == -EPERM)
		return hc_fail("Unable to load module: '%s' (permission denied; run as root)", name);
	if (err < 0)
		return hc_fail("Unable to load module: '%s' (%s)", name, strerror(-err));
	return 0;
}

/*
 * Modules holding a reference on @name, as a count, and whether all of
 * them are @allowed.
 */
static unsigned int module_holders(const char *name, const char *allowed, bool *others)
{
	char p[256];
	struct dirent *d;
	unsigned int n = 0;
	DIR *dir;

	*others = false;
	snprintf(p, sizeof(p), "/sys/module/%s/holders", name);
	dir = opendir(p);
	if (!dir)
		return 0;
	while ((d = readdir(dir))) {
		if (d->d_name[0] == '.')
			continue;
		n++;
		if (!allowed || strcmp(d->d_name, allowed))
			*others = true;
	}
	closedir(dir);
	return n;
}

static int remove_mod(const char *name)
{
	struct kmod_module *m;
	int err;

	if (!kctx() || kmod_module_new_from_name(kctx(), name, &m) < 0)
		return -1;
	err = kmod_module_remove_module(m, 0);
	kmod_module_unref(m);
	return err;
}

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/*
 * Unload the helper's NAT and conntrack modules when nothing but each
 * other holds them.  nf_tables drops its ct helper objects' module
 * references from a work item after the commit, so give it a moment.
 */
void mod_unload_unused(const struct hc_helper *h)
{
	struct mod_info ct, nat, core;
	bool others;
	int tries;

	if (!modules_supported())
		return;
	for (tries = 0; tries < 20; tries++) {
		unsigned int hold;
		int expect;

		mod_info(h->ct_module, &ct);
		memset(&nat, 0, sizeof(nat));
		if (h->nat_module)
			mod_info(h->nat_module, &nat);
		if (!ct.loaded || ct.impl == MOD_BUILTIN)
			return;
		hold = module_holders(h->ct_module, h->nat_module, &others);
		if (others)
			return;
		expect = hold;
		if (nat.loaded && (nat.impl == MOD_BUILTIN || nat.refcnt ||
				   module_holders(h->nat_module, NULL, &others)))
			return;
		if (ct.refcnt <= expect)
			break;
		sleep_ms(100);
	}
	if (tries == 20)
		return;
	if (nat.loaded && remove_mod(h->nat_module) < 0)
		return;
	if (remove_mod(h->ct_module) < 0) {
		hc_warn("note: %s stays loaded (in use)", h->ct_module);
		return;
	}
	/* the shared counters module goes with the last helper using it */
	mod_info("nfh_core", &core);
	if (core.loaded && core.impl != MOD_BUILTIN && !core.refcnt &&
	    !module_holders("nfh_core", NULL, &others))
		remove_mod("nfh_core");
}

int mod_param_read(const char *mod, const char *param, char *buf, size_t len)
{
	char p[256];

	snprintf(p, sizeof(p), "/sys/module/%s/parameters/%s", mod, param);
	return read_line(p, buf, len);
}

int mod_param_write(const char *mod, const char *param, const char *val)
{
	char p[256];
	ssize_t n;
	int fd, err;

	snprintf(p, sizeof(p), "/sys/module/%s/parameters/%s", mod, param);
	fd = open(p, O_WRONLY);
	if (fd < 0) {
		err = errno;
		if (err == ENOENT)
			return hc_fail("Unable to set parameter: '%s' (%s has no such parameter)",
				       param, mod);
		if (err == EACCES || err == EPERM)
			return hc_fail("Unable to set parameter: '%s' (permission denied; run as root)",
				       param);
		return hc_fail("Unable to set parameter: '%s' (%s)", param, strerror(err));
	}
	n = write(fd, val, strlen(val));
	err = errno;
	close(fd);
	if (n < 0)
		return hc_fail("Unable to set parameter: '%s=%s' (%s)", param, val, strerror(err));
	return 0;
}
