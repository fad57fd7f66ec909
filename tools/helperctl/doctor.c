// SPDX-License-Identifier: GPL-2.0
/*
 * doctor.c - doctor's checks that read only the ruleset and the
 * configuration, kept apart from the command so the unit tests feed them
 * listings with and without each problem.  Each check adds findings; a
 * problem carries the command that fixes it.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "helperctl.h"

void finding_add(struct findings *fs, const char *check, bool ok, const char *fmt, ...)
{
	struct finding *f;
	va_list ap;

	if (fs->n >= DR_MAX_FINDINGS)
		return;
	f = &fs->f[fs->n++];
	memset(f, 0, sizeof(*f));
	snprintf(f->check, sizeof(f->check), "%s", check);
	f->ok = ok;
	va_start(ap, fmt);
	vsnprintf(f->msg, sizeof(f->msg), fmt, ap);
	va_end(ap);
}

void finding_fix(struct findings *fs, const char *fmt, ...)
{
	va_list ap;

	if (!fs->n)
		return;
	va_start(ap, fmt);
	vsnprintf(fs->f[fs->n - 1].fix, sizeof(fs->f[0].fix), fmt, ap);
	va_end(ap);
}

/* The text of one top-level table of the listing, or NULL. */
static char *table_section(const char *listing, const char *table)
{
	char head[160];
	const char *b, *e;
	char *s;

	snprintf(head, sizeof(head), "table %s {\n", table);
	b = strstr(listing, head);
	if (!b || (b != listing && b[-1] != '\n'))
		return NULL;
	e = strstr(b, "\n}\n");
	e = e ? e + 3 : b + strlen(b);
	s = strndup(b, e - b);
	if (!s)
		hc_die_oom();
	return s;
}

static void check_forward(const struct rs_scan *rs, struct findings *fs)
{
	unsigned int i;

	if (!rs->n)
		finding_add(fs, "forward", true, "no forward chain drops by default");
	for (i = 0; i < rs->n; i++) {
		const struct rs_chain *ch = &rs->chains[i];

		if (ch->related) {
			finding_add(fs, "forward", true,
				    "chain '%s %s' drops by default and accepts established,related",
				    ch->table, ch->name);
			continue;
		}
		finding_add(fs, "forward", false,
			    "chain '%s %s' drops forwarded packets by default and has no 'ct state established,related accept': the connections helpers expect are dropped",
			    ch->table, ch->name);
		finding_fix(fs, "nft insert rule %s %s ct state established,related accept",
			    ch->table, ch->name);
	}
}

/*
 * Masquerade without a NAT chain on prerouting, the setup guides warn
 * about: expected connections coming in (TFTP replies, active FTP data,
 * media) must be translated back to the inner host.  On 6.1 and 6.12 the
 * first NAT chain of a family registers NAT on all four hooks
 * (nf_nat_register_fn), so they are (the TFTP scenario passes without
 * one): a note, not a problem.
 */
static void check_nat_pre(const struct rs_scan *rs, struct findings *fs)
{
	unsigned int i;

	for (i = 0; i < rs->nmasq; i++) {
		const char *t = rs->masq[i];
		const char *fam = strchr(t, ' ');

		if ((rs->masq_fam[i] & rs->nat_pre) == rs->masq_fam[i]) {
			finding_add(fs, "nat", true,
				    "table '%s' masquerades and a NAT chain hooks prerouting", t);
			continue;
		}
		finding_add(fs, "nat", true,
			    "table '%s' masquerades without a NAT chain on prerouting: this kernel still translates the connections helpers expect from outside (NAT hooks all of prerouting, input, output, postrouting once a family has a NAT chain); setup guides ask for one",
			    t);
		fs->f[fs->n - 1].note = true;
		finding_fix(fs, "nft add chain %.*s%s prerouting '{ type nat hook prerouting priority dstnat; policy accept; }'",
			    (int)(fam ? fam - t : 0), t, fam ? fam : "");
	}
}

/*
 * The kernel never offloads a connection that has a helper, so a
 * flowtable is safe exactly when helpers are attached on the first
 * packet; an enabled helper without its rules is offloaded unseen.
 */
static void check_flowtable(const struct rs_scan *rs, const char *listing,
			    const struct hc_config *c, struct findings *fs)
{
	char *ours = table_section(listing, "inet " HC_TABLE), why[256];
	bool bad = false;
	unsigned int i;

	if (!rs->offload) {
		finding_add(fs, "flowtable", true, "no flowtable offload in the forward path");
		free(ours);
		return;
	}
	for (i = 0; i < hc_nhelpers; i++) {
		const struct hc_helper *h = &hc_helpers[i];

		if (!c->h[i].enabled)
			continue;
		if (ours && helper_rules_ok(c, h, ours, why, sizeof(why)))
			continue;
		bad = true;
		finding_add(fs, "flowtable", false,
			    "chain '%s' offloads to a flowtable and %s is not attached to its ports (%s): its connections are offloaded before the helper sees them",
			    rs->offload_chain, h->name,
			    ours ? why : "table inet " HC_TABLE " missing");
		finding_fix(fs, "helperctl apply");
	}
	if (!bad)
		finding_add(fs, "flowtable", true,
			    "chain '%s' offloads to a flowtable; connections with a helper are never offloaded",
			    rs->offload_chain);
	free(ours);
}

/* SIP over TLS: the helper sees ciphertext, 5061 only costs CPU and hope. */
static void check_sip_tls(const struct rs_scan *rs, struct findings *fs)
{
	unsigned int i, k;
	bool any = false;

	for (i = 0; i < rs->nattach; i++) {
		const struct rs_attach *a = &rs->attach[i];

		if (strcmp(a->type, "sip"))
			continue;
		for (k = 0; k < a->ports.n; k++) {
			if (a->ports.port[k] != 5061)
				continue;
			any = true;
			finding_add(fs, "sip-tls", false,
				    "table '%s' attaches the SIP helper to %s port 5061: SIP over TLS is encrypted, the helper cannot read it and opens nothing",
				    a->table, a->proto);
			if (!strcmp(a->table, "inet " HC_TABLE))
				finding_fix(fs, "helperctl set sip ports=5060");
			else
				finding_fix(fs, "remove 5061 from the rule setting ct helper \"%s\" in table %s",
					    a->object, a->table);
		}
	}
	if (!any)
		finding_add(fs, "sip-tls", true, "no SIP helper on port 5061 (TLS)");
}

/* Two kernel helpers on one port: whichever rule runs last wins. */
static void check_clash(const struct rs_scan *rs, struct findings *fs)
{
	unsigned int i, j, k, l;
	bool any = false;

	for (i = 0; i < rs->nattach; i++) {
		const struct rs_attach *a = &rs->attach[i];

		for (j = i + 1; j < rs->nattach; j++) {
			const struct rs_attach *b = &rs->attach[j];

			if (strcmp(a->proto, b->proto) || !a->type[0] || !b->type[0] ||
			    !strcmp(a->type, b->type))
				continue;
			for (k = 0; k < a->ports.n; k++)
				for (l = 0; l < b->ports.n; l++) {
					if (a->ports.port[k] != b->ports.port[l])
						continue;
					any = true;
					finding_add(fs, "port-clash", false,
						    "%s port %u has two helpers: '%s' (table %s, object %s) and '%s' (table %s, object %s); only one can be attached to a connection",
						    a->proto, a->ports.port[k], a->type, a->table, a->object,
						    b->type, b->table, b->object);
					finding_fix(fs, "attach one helper per port: change the ports of one of them");
				}
		}
	}
	if (!any)
		finding_add(fs, "port-clash", true, "no port has two helpers");
}

/* Below this many messages the mix says nothing yet. */
#define SIP_BYPASS_MIN_MESSAGES 20

/*
 * Our SIP module leaves alone what an endpoint already made public (its
 * own STUN/ICE or a PBX's NAT handling) and counts it per kind; one
 * message may count in several kinds, so the largest one is a lower
 * bound of the messages left alone.
 */
void doctor_sip_counters(const char *text, struct findings *fs)
{
	static const char *const kinds[] = {
		"bypass_ice", "bypass_sdp_public", "bypass_contact_public", "bypass_via_public",
	};
	unsigned long long v, msgs = 0, most = 0;
	const char *p = text, *kind = NULL;
	char name[64];
	unsigned int i;
	int n;

	while (sscanf(p, "%63s %llu%n", name, &v, &n) == 2) {
		if (!strcmp(name, "messages"))
			msgs = v;
		for (i = 0; i < ARRAY_SIZE(kinds); i++)
			if (!strcmp(name, kinds[i]) && v > most) {
				most = v;
				kind = kinds[i];
			}
		p += n;
	}
	if (msgs < SIP_BYPASS_MIN_MESSAGES) {
		finding_add(fs, "sip-bypass", true,
			    "%llu SIP messages so far: too few to tell whether endpoints do their own NAT traversal",
			    msgs);
		return;
	}
	if (most * 2 < msgs) {
		finding_add(fs, "sip-bypass", true,
			    "%llu of %llu SIP messages left alone as already public: the helper does the NAT work",
			    most, msgs);
		return;
	}
	finding_add(fs, "sip-bypass", true,
		    "at least %llu of %llu SIP messages came from endpoints doing their own NAT traversal (%s): the helper steps aside for them, so leaving it on is safe; with only such endpoints it can also go",
		    most, msgs, kind);
	fs->f[fs->n - 1].note = true;
	finding_fix(fs, "helperctl disable sip (optional)");
}

/* ---- conntrackd ---------------------------------------------------------- */

/* The next word of conntrackd.conf at *@p (a brace is a word): 0 at the end. */
static size_t conf_word(const char **p, char *w, size_t len)
{
	const char *s = *p;
	size_t n = 0;

	for (;;) {
		while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
			s++;
		if (*s != '#')
			break;
		while (*s && *s != '\n')
			s++;
	}
	if (*s == '{' || *s == '}') {
		w[n++] = *s++;
	} else {
		while (*s && !strchr(" \t\r\n{}#", *s)) {
			if (n + 1 < len)
				w[n++] = *s;
			s++;
		}
	}
	w[n] = '\0';
	*p = s;
	return n;
}

/*
 * Read conntrackd.conf: whether it has a Sync section, and in it
 * ExpectationSync: "On" (@all) or the list of helper names.
 */
struct ctd_conf {
	bool sync, all;
	unsigned int n;
	char names[16][64];
};

static void ctd_parse(const char *conf, struct ctd_conf *cc)
{
	unsigned int depth = 0, sync_depth = 0;
	bool want_expsync = false, in_list = false;
	char w[64];

	memset(cc, 0, sizeof(*cc));
	while (conf_word(&conf, w, sizeof(w))) {
		if (in_list) {
			if (!strcmp(w, "}"))
				in_list = false;
			else if (strcmp(w, "{") && cc->n < ARRAY_SIZE(cc->names))
				snprintf(cc->names[cc->n++], sizeof(cc->names[0]), "%s", w);
			continue;
		}
		if (want_expsync) {
			want_expsync = false;
			if (!strcmp(w, "{")) {
				in_list = true;
				continue;
			}
			if (!strcasecmp(w, "on"))
				cc->all = true;
			continue;
		}
		if (!strcmp(w, "{")) {
			depth++;
		} else if (!strcmp(w, "}")) {
			if (depth)
				depth--;
			if (depth < sync_depth)
				sync_depth = 0;
		} else if (depth == 0 && !strcasecmp(w, "Sync")) {
			cc->sync = true;
			sync_depth = 1;
		} else if (sync_depth && !strcasecmp(w, "ExpectationSync")) {
			want_expsync = true;
		}
	}
}

/*
 * Does ExpectationSync cover kernel helper @kh?  conntrackd compares
 * without case and lets a name match the start of a helper's name.
 */
static bool ctd_covers(const struct ctd_conf *cc, const char *kh)
{
	unsigned int i;

	if (cc->all)
		return true;
	for (i = 0; i < cc->n; i++)
		if (!strncasecmp(cc->names[i], kh, strlen(cc->names[i])))
			return true;
	return false;
}

void doctor_conntrackd(const char *conf, const char *path, enum ctd_process running,
		       const struct hc_config *c, struct findings *fs)
{
	char missing[256] = "", all[256] = "";
	size_t ml = 0, al = 0;
	struct ctd_conf cc;
	unsigned int i, j;

	if (conf)
		ctd_parse(conf, &cc);
	else
		memset(&cc, 0, sizeof(cc));
	if (!cc.sync && !running)
		return;
	if (!conf) {
		finding_add(fs, "conntrackd", true,
			    "conntrackd runs but %s cannot be read: check by hand that ExpectationSync lists the enabled helpers",
			    path);
		fs->f[fs->n - 1].note = true;
		return;
	}
	if (!cc.sync) {
		finding_add(fs, "conntrackd", true,
			    "conntrackd runs without a Sync section in %s: it synchronises no state",
			    path);
		return;
	}
	for (i = 0; i < hc_nhelpers; i++) {
		const struct hc_helper *h = &hc_helpers[i];

		if (!c->h[i].enabled)
			continue;
		for (j = 0; j < HC_MAX_KHELPERS && h->khelpers[j]; j++) {
			if (al < sizeof(all))
				al += snprintf(all + al, sizeof(all) - al, "%s%s",
					       al ? " " : "", h->khelpers[j]);
			if (ctd_covers(&cc, h->khelpers[j]))
				continue;
			if (ml < sizeof(missing))
				ml += snprintf(missing + ml, sizeof(missing) - ml, "%s%s",
					       ml ? ", " : "", h->khelpers[j]);
		}
	}
	if (!al) {
		finding_add(fs, "conntrackd", true,
			    "conntrackd synchronises state (%s); no helper enabled", path);
		return;
	}
	if (!ml && running == CTD_RUNNING_PLAIN) {
		finding_add(fs, "conntrackd", false,
			    "conntrackd synchronises the expectations of every enabled helper (%s), but runs without %s: at failover it commits them without their class, NAT information and function, so media or data that starts after the takeover is not translated to the inside host",
			    path, CTD_COMMIT_LIB);
		finding_fix(fs, "make -C tools/conntrackd-commit install (a systemd drop-in preloads it), then restart conntrackd (Documentation/ha.rst: Committing expectations whole)");
		return;
	}
	if (!ml) {
		finding_add(fs, "conntrackd", true,
			    "conntrackd synchronises the expectations of every enabled helper (%s)%s",
			    path, running == CTD_RUNNING_WHOLE ?
			    " and commits them whole (" CTD_COMMIT_LIB ")" : "");
		return;
	}
	finding_add(fs, "conntrackd", false,
		    "conntrackd synchronises state (%s) but its ExpectationSync does not cover %s: after a failover the backup has these helpers' connections without their expectations, so media and data connections they announced are dropped",
		    path, missing);
	finding_fix(fs, "in the Sync section's Options of %s: ExpectationSync { %s }, then restart conntrackd (Documentation/ha.rst)",
		    path, all);
}

void doctor_ruleset(const char *listing, const struct hc_config *c, struct findings *fs)
{
	struct rs_scan *rs = xmalloc(sizeof(*rs));

	ruleset_scan(listing, rs);
	check_forward(rs, fs);
	check_nat_pre(rs, fs);
	check_flowtable(rs, listing, c, fs);
	check_sip_tls(rs, fs);
	check_clash(rs, fs);
	free(rs);
}
