/* SPDX-License-Identifier: GPL-2.0 */
/*
 * helperctl - switch conntrack helpers on and off the way RouterOS's
 * /ip firewall service-port does, on the kernel's own mechanisms: nftables
 * ct helper objects in a table of our own, libnetfilter_conntrack for the
 * connections and expectations, libkmod for the modules.
 *
 * Pure parts (helper table, port lists, configuration, nft script, output)
 * are kept apart from the transports (nft.c, conntrack.c, module.c) so the
 * unit tests can build them without touching the kernel.
 */
#ifndef _HELPERCTL_H
#define _HELPERCTL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* the kernel's spelling of the attributes, as in the kernel's tools/ */
#ifndef __printf
#define __printf(a, b)	__attribute__((format(printf, a, b)))
#endif
#ifndef __noreturn
#define __noreturn	__attribute__((noreturn))
#endif

#define HC_MAX_PORTS	8	/* same limit as the modules' ports= */
#define HC_MAX_PORTSETS	2
#define HC_MAX_OBJS	3
#define HC_MAX_PARAMS	6
#define HC_MAX_KHELPERS	3

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

#define HC_DEFAULT_CONF	"/etc/helperctl.conf"
#define HC_TABLE	"helperctl"

/* Exit status of doctor when it found something to fix. */
#define HC_EXIT_FINDINGS 3

/* ---- util.c ------------------------------------------------------------ */

/* Growable string. */
struct sb {
	char *s;
	size_t len, cap;
};

void sb_init(struct sb *b);
void sb_free(struct sb *b);
__printf(2, 3) void sb_printf(struct sb *b, const char *fmt, ...);
void sb_json_str(struct sb *b, const char *s);
char *sb_steal(struct sb *b);

/*
 * Errors in one voice: the pure functions record "what failed: 'value'
 * (why)" here and return -1; the command prints it as "helperctl: <msg>".
 */
extern char hc_errbuf[512];
__printf(1, 2) int hc_fail(const char *fmt, ...);
void hc_perror(void);
__printf(1, 2) void hc_warn(const char *fmt, ...);
__noreturn void hc_die_oom(void);
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* ---- ports.c ----------------------------------------------------------- */

struct portlist {
	unsigned int n;
	uint16_t port[HC_MAX_PORTS];
};

int ports_parse(const char *s, struct portlist *pl);
/* "21,2121" into @buf (at least 48 bytes) */
void ports_format(const struct portlist *pl, char *buf, size_t len);
bool ports_equal_set(const struct portlist *a, const struct portlist *b);

/* ---- helpers.c --------------------------------------------------------- */

enum hc_ptype { HC_P_BOOL, HC_P_UINT };

/* A module parameter that can be changed at run time through sysfs. */
struct hc_param {
	const char *key;	/* config/command-line name: direct-media */
	const char *sysfs;	/* module parameter: sip_direct_media */
	enum hc_ptype type;
	const char *def;	/* the modules' default, as config text */
	const char *desc;
};

/* One nft ct helper object and the port set whose rules select it. */
struct hc_object {
	const char *name;	/* nft object name: ftp-tcp */
	const char *type;	/* kernel helper name: "ftp", "Q.931" */
	const char *proto;	/* tcp, udp */
	unsigned int portset;
};

struct hc_portset {
	const char *key;	/* ports, ras-ports */
	const char *suffix;	/* shown after the list in tables ("/udp") */
	const char *def;
};

struct hc_helper {
	const char *name;	/* ftp, sip, h323, tftp, ... */
	const char *transport;	/* as print shows it: "udp,tcp", "tcp+gre" */
	const char *ct_module;
	const char *nat_module;	/* NULL: no NAT half */
	const char *counters;	/* /proc/net/nfhelpers/<counters>, NULL: none */
	const char *khelpers[HC_MAX_KHELPERS];	/* conntrack's helper names */
	unsigned int nportsets;
	struct hc_portset portsets[HC_MAX_PORTSETS];
	unsigned int nobjs;
	struct hc_object objs[HC_MAX_OBJS];
	unsigned int nparams;
	struct hc_param params[HC_MAX_PARAMS];
};

extern const struct hc_helper hc_helpers[];
extern const unsigned int hc_nhelpers;

const struct hc_helper *helper_find(const char *name);
/* "ftp, sip, ..." for messages */
const char *helper_names(void);
/*
 * For "CMD [NAME]": *hp = the helper named by argv[0], or NULL for all.
 * Says what is wrong and returns -1 on a bad argument list.
 */
int helper_optional_arg(int argc, char **argv, const char *cmd,
			const struct hc_helper **hp);
/* Index of @h in hc_helpers. */
unsigned int helper_index(const struct hc_helper *h);
/* The helperctl helper owning conntrack's helper name @khelper, or NULL. */
const struct hc_helper *helper_by_khelper(const char *khelper);
bool helper_owns(const struct hc_helper *h, const char *khelper);
const struct hc_param *helper_param(const struct hc_helper *h, const char *key);
int helper_portset(const struct hc_helper *h, const char *key);
/* Canonical form of a parameter value ("yes"/"no" or a number). */
int param_parse(const struct hc_param *p, const char *val, char *out, size_t len);

/* ---- config.c ---------------------------------------------------------- */

struct hc_hconf {
	bool enabled;
	struct portlist ports[HC_MAX_PORTSETS];
	/* parameters the administrator set; unset ones are left alone */
	bool pset[HC_MAX_PARAMS];
	char pval[HC_MAX_PARAMS][24];
};

#define HC_MAX_HELPERS	16

struct hc_config {
	struct hc_hconf h[HC_MAX_HELPERS];
};

void config_defaults(struct hc_config *c);
/* Set one key=value of helper @h; the same rules for the file and `set`. */
int config_set(struct hc_config *c, const struct hc_helper *h,
	       const char *key, const char *val);
int config_parse(struct hc_config *c, const char *text, const char *path);
int config_load(struct hc_config *c, const char *path);
void config_format(const struct hc_config *c, struct sb *out);
int config_save(const struct hc_config *c, const char *path);
const char *config_path(const char *opt);

/* ---- nftgen.c ---------------------------------------------------------- */

/* The whole helperctl table as one atomic nft script. */
void nft_script(const struct hc_config *c, struct sb *out);

/* ---- rules.c ---------------------------------------------------------- */

#define RS_MAX_CHAINS 16

/* A base chain on the forward hook. */
struct rs_chain {
	char table[128], name[128];
	bool forward, drop, related, offload;
};

#define RS_MAX_ATTACH	32
#define RS_MAX_MASQ	8

/* Address families of tables, as a mask: inet is both. */
#define RS_IP	1
#define RS_IP6	2

/* A rule "PROTO dport PORTS ... ct helper set OBJECT". */
struct rs_attach {
	char table[128], object[64];
	char type[32];		/* the object's kernel helper, "" if not found */
	char proto[4];
	struct portlist ports;
};

struct rs_scan {
	unsigned int n;		/* forward chains with policy drop */
	struct rs_chain chains[RS_MAX_CHAINS];
	bool offload;		/* some forward chain offloads to a flowtable */
	char offload_chain[260];	/* "table chain" of the first one */
	unsigned int nmasq;	/* tables masquerading, with their families */
	char masq[RS_MAX_MASQ][128];
	unsigned int masq_fam[RS_MAX_MASQ];
	unsigned int nat_pre;	/* families with a nat chain on prerouting */
	unsigned int nattach;
	struct rs_attach attach[RS_MAX_ATTACH];
};

void ruleset_scan(const char *listing, struct rs_scan *rs);
/*
 * The listing of table inet helperctl has @h's objects and rules for the
 * configured ports in both chains; else false and the reason in @why.
 */
bool helper_rules_ok(const struct hc_config *c, const struct hc_helper *h,
		     const char *listing, char *why, size_t len);

/* ---- doctor.c ---------------------------------------------------------- */

#define DR_MAX_FINDINGS 48

/* One line of doctor's report; a problem comes with its fix. */
struct finding {
	char check[16];
	bool ok;
	bool note;	/* worth knowing, nothing to fix: not a problem */
	char msg[512], fix[512];
};

struct findings {
	unsigned int n;
	struct finding f[DR_MAX_FINDINGS];
};

__printf(4, 5) void finding_add(struct findings *fs, const char *check, bool ok,
				const char *fmt, ...);
/* The fix of the finding added last. */
__printf(2, 3) void finding_fix(struct findings *fs, const char *fmt, ...);
/*
 * The checks that need only the ruleset (nft list ruleset, as text) and
 * the configuration: forward policy, NAT on prerouting, flowtable
 * offload, SIP over TLS, two helpers on one port.
 */
void doctor_ruleset(const char *listing, const struct hc_config *c, struct findings *fs);
/*
 * /proc/net/nfhelpers/sip ("name value" lines): a note when most messages
 * came from endpoints doing their own NAT traversal.
 */
void doctor_sip_counters(const char *text, struct findings *fs);
/* A conntrackd process, and whether it commits expectations whole. */
enum ctd_process {
	CTD_NOT_RUNNING = 0,
	CTD_RUNNING,		/* its libraries could not be read */
	CTD_RUNNING_PLAIN,	/* without libnfh-conntrackd-commit.so */
	CTD_RUNNING_WHOLE,	/* with it (Documentation/ha.rst) */
};
#define CTD_COMMIT_LIB "libnfh-conntrackd-commit.so"

/*
 * conntrackd: when it runs (@running) or @conf (the text of its
 * configuration file @path, NULL: unreadable) has a Sync section, every
 * kernel helper of an enabled helper must be covered by ExpectationSync:
 * a problem otherwise.  When they are and it runs without the commit
 * library, a problem too: at failover it commits expectations without
 * their class, NAT information and function.  Nothing when conntrackd
 * is not in use.
 */
void doctor_conntrackd(const char *conf, const char *path, enum ctd_process running,
		       const struct hc_config *c, struct findings *fs);

/* ---- output.c ---------------------------------------------------------- */

enum out_mode { OUT_TEXT, OUT_TSV, OUT_JSON };

/*
 * Where a field shows: both by default; the split forms of addresses are
 * JSON-only, the joined "addr:port" text-only.
 */
#define OUT_NOJSON	1
#define OUT_NOTEXT	2

extern enum out_mode out_mode;
extern FILE *out_file;

void out_list_begin(void);
void out_list_end(void);
void out_row_begin(void);
void out_row_end(void);
/* Fields after this belong to nested object @key until out_obj_end(). */
void out_obj_begin(const char *key);
void out_obj_end(void);
void out_str(const char *key, const char *val, int flags);
void out_uint(const char *key, unsigned long long v, int flags);
void out_bool(const char *key, bool v, int flags);
void out_null(const char *key, int flags);
void out_ports(const char *key, const struct portlist *pl, int flags);
/* Text as the table shows it, JSON as a literal (already encoded). */
void out_raw(const char *key, const char *text, const char *json, int flags);

/* ---- args.c ------------------------------------------------------------ */

struct hc_opts {
	enum out_mode mode;
	bool mode_set;
	const char *config;
	bool help, version;
};

struct hc_cmd {
	const char *name;
	int (*fn)(int argc, char **argv, const struct hc_opts *o);
	const char *desc;
};

extern const struct hc_cmd hc_cmds[];
const struct hc_cmd *cmd_find(const char *name);
/* Global options; returns the index of the first non-option, or -1. */
int opts_parse(int argc, char **argv, struct hc_opts *o);
void usage(FILE *f);

/* ---- transports -------------------------------------------------------- */

/* nft.c */
int nft_apply(const char *script);
int nft_list(const char *cmd, bool json, char **out);

/* conntrack.c: callbacks get conntrack's helper name and the object. */
struct nf_conntrack;
struct nf_expect;
int ct_walk(const struct hc_helper *only,
	    void (*fn)(const char *khelper, struct nf_conntrack *ct, void *arg),
	    void *arg);
int exp_walk(const struct hc_helper *only,
	     void (*fn)(const char *khelper, struct nf_expect *exp, void *arg),
	     void *arg);
int ct_flush_helper(const struct hc_helper *h, unsigned int *n);
int exp_flush_helper(const struct hc_helper *h, unsigned int *n);

/* module.c */
enum mod_impl { MOD_NONE, MOD_OURS, MOD_INTREE, MOD_BUILTIN };

struct mod_info {
	bool loaded;		/* live in the kernel (or built in) */
	enum mod_impl impl;	/* what is loaded, or MOD_NONE */
	int refcnt;
	char version[64];
	char path[256];		/* what modprobe would load, "" if nothing */
	enum mod_impl path_impl;
};

const char *mod_impl_name(enum mod_impl i);
bool modules_supported(void);
int mod_info(const char *name, struct mod_info *mi);
bool helper_available(const struct hc_helper *h);
int mod_load(const char *name);
/* Unload @h's modules if nothing holds them; never an error. */
void mod_unload_unused(const struct hc_helper *h);
int mod_param_read(const char *mod, const char *param, char *buf, size_t len);
int mod_param_write(const char *mod, const char *param, const char *val);

/* apply.c: make the kernel match @c and save it. */
int require_root(const char *what);
int apply_config(const struct hc_config *c);
int apply_params(const struct hc_config *c, const struct hc_helper *h);
int load_config_or_die(const struct hc_opts *o, struct hc_config *c);

/* commands */
int cmd_print(int argc, char **argv, const struct hc_opts *o);
int cmd_enable(int argc, char **argv, const struct hc_opts *o);
int cmd_disable(int argc, char **argv, const struct hc_opts *o);
int cmd_set(int argc, char **argv, const struct hc_opts *o);
int cmd_apply(int argc, char **argv, const struct hc_opts *o);
int cmd_connections(int argc, char **argv, const struct hc_opts *o);
int cmd_expectations(int argc, char **argv, const struct hc_opts *o);
int cmd_watch(int argc, char **argv, const struct hc_opts *o);
int cmd_doctor(int argc, char **argv, const struct hc_opts *o);
int cmd_explain(int argc, char **argv, const struct hc_opts *o);
int cmd_help(int argc, char **argv, const struct hc_opts *o);

/* set's argument parsing, shared with the unit tests */
int set_args(struct hc_config *c, int argc, char **argv,
	     const struct hc_helper **hp);

#endif /* _HELPERCTL_H */
