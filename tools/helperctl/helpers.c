// SPDX-License-Identifier: GPL-2.0
/*
 * helpers.c - what helperctl knows about each helper: its modules, the
 * kernel helper names and protocols of its nft ct helper objects, the port
 * sets the rules select them by, and the module parameters that can be
 * changed while the module is loaded (all 0600 in-tree and in nfhelpers).
 * H.245 is absent from the objects: the kernel assigns it by expectation
 * from Q.931/RAS, never by port.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "helperctl.h"

const struct hc_helper hc_helpers[] = {
	{
		.name = "ftp",
		.transport = "tcp",
		.ct_module = "nf_conntrack_ftp",
		.nat_module = "nf_nat_ftp",
		.counters = "ftp",
		.khelpers = { "ftp" },
		.nportsets = 1,
		.portsets = { { "ports", "", "21" } },
		.nobjs = 1,
		.objs = { { "ftp-tcp", "ftp", "tcp", 0 } },
		.nparams = 2,
		.params = {
			{ "loose", "loose", HC_P_BOOL, "no",
			  "accept a PORT/EPRT/227 address other than the sender's" },
			{ "log-refused", "log_refused", HC_P_BOOL, "no",
			  "log refused commands (nfhelpers module only)" },
		},
	},
	{
		.name = "sip",
		.transport = "udp,tcp",
		.ct_module = "nf_conntrack_sip",
		.nat_module = "nf_nat_sip",
		.counters = "sip",
		.khelpers = { "sip" },
		.nportsets = 1,
		.portsets = { { "ports", "", "5060" } },
		.nobjs = 2,
		.objs = {
			{ "sip-udp", "sip", "udp", 0 },
			{ "sip-tcp", "sip", "tcp", 0 },
		},
		.nparams = 6,
		.params = {
			{ "timeout", "sip_timeout", HC_P_UINT, "3600",
			  "timeout of a SIP signalling flow over UDP, seconds" },
			{ "direct-signalling", "sip_direct_signalling", HC_P_BOOL, "yes",
			  "expect signalling only from the registrar" },
			{ "direct-media", "sip_direct_media", HC_P_BOOL, "yes",
			  "expect media only from the signalling peer" },
			{ "external-media", "sip_external_media", HC_P_BOOL, "no",
			  "also expect media to another host routed away from the sender" },
			{ "nat-aware-bypass", "nat_aware_bypass", HC_P_BOOL, "yes",
			  "leave STUN/ICE endpoints' own addresses alone (nfhelpers module only)" },
			{ "log-refused", "log_refused", HC_P_BOOL, "no",
			  "log malformed messages and refused rewrites (nfhelpers module only)" },
		},
	},
	{
		.name = "h323",
		.transport = "tcp,udp",
		.ct_module = "nf_conntrack_h323",
		.nat_module = "nf_nat_h323",
		.counters = "h323",
		.khelpers = { "Q.931", "H.245", "RAS" },
		.nportsets = 2,
		.portsets = {
			{ "ports", "", "1720" },
			{ "ras-ports", "/udp", "1719" },
		},
		.nobjs = 2,
		.objs = {
			{ "q931-tcp", "Q.931", "tcp", 0 },
			{ "ras-udp", "RAS", "udp", 1 },
		},
		.nparams = 4,
		.params = {
			{ "rrq-ttl", "default_rrq_ttl", HC_P_UINT, "300",
			  "registration TTL when the RRQ has none, seconds" },
			{ "gkrouted-only", "gkrouted_only", HC_P_BOOL, "yes",
			  "only accept calls from the gatekeeper" },
			{ "callforward-filter", "callforward_filter", HC_P_BOOL, "yes",
			  "no expectation for call forwarding within the same side" },
			{ "log-refused", "log_refused", HC_P_BOOL, "no",
			  "log malformed messages, refused addresses, held segments (nfhelpers module only)" },
		},
	},
	/*
	 * The kernel's own helpers: names, ports and protocols as the modules
	 * register them (modinfo's nfct-helper-* aliases).  Their ports= are
	 * read-only and unused here (the rules pick the ports); amanda's
	 * master_timeout is the only one writable at run time.
	 */
	{
		.name = "tftp",
		.transport = "udp",
		.ct_module = "nf_conntrack_tftp",
		.nat_module = "nf_nat_tftp",
		.khelpers = { "tftp" },
		.nportsets = 1,
		.portsets = { { "ports", "", "69" } },
		.nobjs = 1,
		.objs = { { "tftp-udp", "tftp", "udp", 0 } },
	},
	{
		.name = "irc",
		.transport = "tcp",
		.ct_module = "nf_conntrack_irc",
		.nat_module = "nf_nat_irc",
		.khelpers = { "irc" },
		.nportsets = 1,
		.portsets = { { "ports", "", "6667" } },
		.nobjs = 1,
		.objs = { { "irc-tcp", "irc", "tcp", 0 } },
	},
	{
		/* the control connection; GRE calls come as its expectations */
		.name = "pptp",
		.transport = "tcp+gre",
		.ct_module = "nf_conntrack_pptp",
		.nat_module = "nf_nat_pptp",
		.khelpers = { "pptp" },
		.nportsets = 1,
		.portsets = { { "ports", "", "1723" } },
		.nobjs = 1,
		.objs = { { "pptp-tcp", "pptp", "tcp", 0 } },
	},
	{
		.name = "amanda",
		.transport = "udp",
		.ct_module = "nf_conntrack_amanda",
		.nat_module = "nf_nat_amanda",
		.khelpers = { "amanda" },
		.nportsets = 1,
		.portsets = { { "ports", "", "10080" } },
		.nobjs = 1,
		.objs = { { "amanda-udp", "amanda", "udp", 0 } },
		.nparams = 1,
		.params = {
			{ "master-timeout", "master_timeout", HC_P_UINT, "300",
			  "timeout of the master connection, seconds" },
		},
	},
	{
		/* nf_nat_snmp_basic rewrites the addresses inside the PDUs */
		.name = "snmp",
		.transport = "udp",
		.ct_module = "nf_conntrack_snmp",
		.nat_module = "nf_nat_snmp_basic",
		.khelpers = { "snmp" },
		.nportsets = 1,
		.portsets = { { "ports", "", "161" } },
		.nobjs = 1,
		.objs = { { "snmp-udp", "snmp", "udp", 0 } },
	},
	{
		.name = "netbios-ns",
		.transport = "udp",
		.ct_module = "nf_conntrack_netbios_ns",
		.khelpers = { "netbios-ns" },
		.nportsets = 1,
		.portsets = { { "ports", "", "137" } },
		.nobjs = 1,
		.objs = { { "netbios-ns-udp", "netbios-ns", "udp", 0 } },
	},
	{
		.name = "sane",
		.transport = "tcp",
		.ct_module = "nf_conntrack_sane",
		.khelpers = { "sane" },
		.nportsets = 1,
		.portsets = { { "ports", "", "6566" } },
		.nobjs = 1,
		.objs = { { "sane-tcp", "sane", "tcp", 0 } },
	},
};

const unsigned int hc_nhelpers = ARRAY_SIZE(hc_helpers);
_Static_assert(ARRAY_SIZE(hc_helpers) <= HC_MAX_HELPERS, "struct hc_config too small");

const char *helper_names(void)
{
	static char buf[160];
	unsigned int i;
	size_t n = 0;

	if (buf[0])
		return buf;
	for (i = 0; i < hc_nhelpers && n < sizeof(buf); i++)
		n += snprintf(buf + n, sizeof(buf) - n, "%s%s", i ? ", " : "",
			      hc_helpers[i].name);
	return buf;
}

/* Exact names only: no prefixes, no case folding. */
const struct hc_helper *helper_find(const char *name)
{
	unsigned int i;

	for (i = 0; i < hc_nhelpers; i++)
		if (!strcmp(hc_helpers[i].name, name))
			return &hc_helpers[i];
	return NULL;
}

unsigned int helper_index(const struct hc_helper *h)
{
	return h - hc_helpers;
}

bool helper_owns(const struct hc_helper *h, const char *khelper)
{
	unsigned int i;

	for (i = 0; i < HC_MAX_KHELPERS && h->khelpers[i]; i++)
		if (!strcmp(h->khelpers[i], khelper))
			return true;
	return false;
}

const struct hc_helper *helper_by_khelper(const char *khelper)
{
	unsigned int i;

	for (i = 0; i < hc_nhelpers; i++)
		if (helper_owns(&hc_helpers[i], khelper))
			return &hc_helpers[i];
	return NULL;
}

const struct hc_param *helper_param(const struct hc_helper *h, const char *key)
{
	unsigned int i;

	for (i = 0; i < h->nparams; i++)
		if (!strcmp(h->params[i].key, key))
			return &h->params[i];
	return NULL;
}

int helper_portset(const struct hc_helper *h, const char *key)
{
	unsigned int i;

	for (i = 0; i < h->nportsets; i++)
		if (!strcmp(h->portsets[i].key, key))
			return i;
	return -1;
}

int param_parse(const struct hc_param *p, const char *val, char *out, size_t len)
{
	unsigned long v;
	char *end;

	if (p->type == HC_P_BOOL) {
		if (!strcmp(val, "yes") || !strcmp(val, "1") || !strcmp(val, "true"))
			val = "yes";
		else if (!strcmp(val, "no") || !strcmp(val, "0") || !strcmp(val, "false"))
			val = "no";
		else
			return hc_fail("Unable to parse %s: '%s' (yes or no)", p->key, val);
		snprintf(out, len, "%s", val);
		return 0;
	}
	errno = 0;
	if (*val < '0' || *val > '9')
		return hc_fail("Unable to parse %s: '%s' (a number of seconds)", p->key, val);
	v = strtoul(val, &end, 10);
	if (*end || errno || v > 0xffffffffUL)
		return hc_fail("Unable to parse %s: '%s' (a number of seconds)", p->key, val);
	snprintf(out, len, "%lu", v);
	return 0;
}

int helper_optional_arg(int argc, char **argv, const char *cmd,
			const struct hc_helper **hp)
{
	*hp = NULL;
	if (argc > 1) {
		hc_warn("Usage: helperctl %s [NAME]", cmd);
		return -1;
	}
	if (argc == 1) {
		*hp = helper_find(argv[0]);
		if (!*hp) {
			hc_warn("Unknown helper: '%s' (known: %s)", argv[0], helper_names());
			return -1;
		}
	}
	return 0;
}
