// SPDX-License-Identifier: GPL-2.0
/*
 * Unit tests of helperctl's pure parts: port lists, arguments, the
 * configuration file (parse, round trip, corrupt files, atomic save), the
 * nft script (golden text), the three output forms and the ruleset reader
 * doctor uses.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "helperctl.h"
#include "golden.h"

/* args.c's command table points at the commands; none runs here. */
#define STUB(n) int n(int argc, char **argv, const struct hc_opts *o) \
	{ (void)argc; (void)argv; (void)o; return 0; }
STUB(cmd_print) STUB(cmd_enable) STUB(cmd_disable) STUB(cmd_set) STUB(cmd_apply)
STUB(cmd_connections) STUB(cmd_expectations) STUB(cmd_watch) STUB(cmd_doctor)
STUB(cmd_help) STUB(cmd_explain)

/* ---- port lists --------------------------------------------------------- */

static void port_ok(const char *s, unsigned int n, const uint16_t *want)
{
	struct portlist pl;
	int r = ports_parse(s, &pl);
	unsigned int i;
	bool same = !r && pl.n == n;

	for (i = 0; same && i < n; i++)
		same = pl.port[i] == want[i];
	CHECK(same, "ports_parse('%s'): r=%d n=%u (%s)", s, r, pl.n, r ? hc_errbuf : "");
}

static void port_bad(const char *s, const char *msg)
{
	struct portlist pl;
	int r;

	hc_errbuf[0] = '\0';
	r = ports_parse(s, &pl);
	CHECK(r == -1 && !strcmp(hc_errbuf, msg), "ports_parse('%s'): r=%d msg '%s', want '%s'",
	      s, r, hc_errbuf, msg);
}

static void test_ports(void)
{
	static const uint16_t p21[] = { 21 }, p2[] = { 21, 2121 }, pmax[] = { 65535, 1 };
	static const uint16_t p8[] = { 1, 2, 3, 4, 5, 6, 7, 8 };
	struct portlist a, b;
	char buf[64];

	port_ok("21", 1, p21);
	port_ok("21,2121", 2, p2);
	port_ok("65535,1", 2, pmax);
	port_ok("1,2,3,4,5,6,7,8", 8, p8);
	port_bad("0", "Unable to parse port list: '0' (ports are 1-65535)");
	port_bad("65536", "Unable to parse port list: '65536' (ports are 1-65535)");
	port_bad("70000", "Unable to parse port list: '70000' (ports are 1-65535)");
	port_bad("21,70000", "Unable to parse port list: '70000' (ports are 1-65535)");
	port_bad("99999999999999999999999", "Unable to parse port list: '99999999999999999999999' (ports are 1-65535)");
	port_bad("21,21", "Unable to parse port list: '21,21' (port 21 listed twice)");
	port_bad("21,2121,21", "Unable to parse port list: '21,2121,21' (port 21 listed twice)");
	port_bad("1,2,3,4,5,6,7,8,9", "Unable to parse port list: '1,2,3,4,5,6,7,8,9' (at most 8 ports)");
	port_bad("", "Unable to parse port list: '' (give 1 to 8 ports, e.g. 21,2121)");
	port_bad(",", "Unable to parse port list: ',' (empty element)");
	port_bad("21,", "Unable to parse port list: '21,' (empty element)");
	port_bad("21,,22", "Unable to parse port list: '21,,22' (empty element)");
	port_bad(" 21", "Unable to parse port list: ' 21' (only digits and commas)");
	port_bad("21 ", "Unable to parse port list: '21 ' (only digits and commas)");
	port_bad("21, 2121", "Unable to parse port list: '21, 2121' (only digits and commas)");
	port_bad("21 2121", "Unable to parse port list: '21 2121' (only digits and commas)");
	port_bad("-1", "Unable to parse port list: '-1' (only digits and commas)");
	port_bad("+21", "Unable to parse port list: '+21' (only digits and commas)");
	port_bad("ftp", "Unable to parse port list: 'ftp' (only digits and commas)");
	port_bad("0x15", "Unable to parse port list: '0x15' (only digits and commas)");
	port_bad("021", "Unable to parse port list: '021' (leading zero)");

	ports_parse("21,2121", &a);
	ports_format(&a, buf, sizeof(buf));
	CHECK(!strcmp(buf, "21,2121"), "ports_format: '%s'", buf);
	ports_parse("2121,21", &b);
	CHECK(ports_equal_set(&a, &b), "same set in another order");
	ports_parse("2121", &b);
	CHECK(!ports_equal_set(&a, &b), "different sets");
}

/* ---- arguments ---------------------------------------------------------- */

static int opts(struct hc_opts *o, const char *a0, const char *a1, const char *a2)
{
	char *argv[] = { "helperctl", (char *)a0, (char *)a1, (char *)a2, NULL };
	int argc = 1 + !!a0 + !!a1 + !!a2;

	hc_errbuf[0] = '\0';
	return opts_parse(argc, argv, o);
}

static void test_args(void)
{
	struct hc_opts o;

	CHECK(opts(&o, NULL, NULL, NULL) == 1 && o.mode == OUT_TEXT && !o.mode_set,
	      "no arguments");
	CHECK(opts(&o, "-j", "print", NULL) == 2 && o.mode == OUT_JSON, "-j");
	CHECK(opts(&o, "--json", NULL, NULL) == 2 && o.mode == OUT_JSON, "--json");
	CHECK(opts(&o, "-t", "print", NULL) == 2 && o.mode == OUT_TSV && o.mode_set, "-t");
	CHECK(opts(&o, "-c", "/x.conf", "print") == 3 && !strcmp(o.config, "/x.conf"), "-c FILE");
	CHECK(opts(&o, "--config=/y", "print", NULL) == 2 && !strcmp(o.config, "/y"), "--config=");
	CHECK(opts(&o, "-c", NULL, NULL) == -1 &&
	      !strcmp(hc_errbuf, "Option needs a file: '-c'"), "-c without file: %s", hc_errbuf);
	CHECK(opts(&o, "--config=", NULL, NULL) == -1, "--config= empty");
	CHECK(opts(&o, "-x", NULL, NULL) == -1 &&
	      !strcmp(hc_errbuf, "Unknown option: '-x' (see helperctl --help)"), "-x: %s", hc_errbuf);
	CHECK(opts(&o, "--", "-j", NULL) == 2 && o.mode == OUT_TEXT, "-- ends options");
	CHECK(opts(&o, "-h", NULL, NULL) == 2 && o.help, "-h");
	CHECK(opts(&o, "-V", NULL, NULL) == 2 && o.version, "-V");
	/* options only before the command: after it they are the command's */
	CHECK(opts(&o, "print", "-j", NULL) == 1 && o.mode == OUT_TEXT, "print -j");

	/* exact command names only */
	CHECK(cmd_find("print") && cmd_find("print")->fn == cmd_print, "print");
	CHECK(cmd_find("enable") && cmd_find("disable") && cmd_find("set") &&
	      cmd_find("apply") && cmd_find("connections") && cmd_find("expectations") &&
	      cmd_find("doctor") && cmd_find("help") && cmd_find("watch"), "every command");
	CHECK(!cmd_find("pr"), "no prefix matching");
	CHECK(!cmd_find("Print"), "no case folding");
	CHECK(!cmd_find("prints"), "no suffix");
	CHECK(!cmd_find(""), "empty");
	CHECK(!helper_find("FTP") && !helper_find("f") && helper_find("h323"), "helper names exact");
}

static int set(struct hc_config *c, const char *a0, const char *a1, const char *a2)
{
	char *argv[] = { (char *)a0, (char *)a1, (char *)a2, NULL };
	int argc = !!a0 + !!a1 + !!a2;

	hc_errbuf[0] = '\0';
	return set_args(c, argc, argv, NULL);
}

static void test_set_args(void)
{
	struct hc_config c;

	config_defaults(&c);
	CHECK(!set(&c, "ftp", "ports=21,2121", "loose=yes"), "set ftp: %s", hc_errbuf);
	CHECK(c.h[0].ports[0].n == 2 && c.h[0].pset[0] && !strcmp(c.h[0].pval[0], "yes"),
	      "ftp ports and loose set");
	CHECK(!set(&c, "ftp", "loose=0", NULL) && !strcmp(c.h[0].pval[0], "no"), "loose=0 is no");
	CHECK(!set(&c, "sip", "direct-media=no", "timeout=120"), "sip: %s", hc_errbuf);
	CHECK(!strcmp(c.h[1].pval[2], "no") && !strcmp(c.h[1].pval[0], "120"), "sip values");
	CHECK(!set(&c, "h323", "ras-ports=1719,1718", NULL) && c.h[2].ports[1].n == 2, "h323 ras-ports");
	CHECK(set(&c, "ftp", NULL, NULL) == -1 &&
	      !strcmp(hc_errbuf, "Nothing to set for ftp (usage: set NAME KEY=VALUE...)"),
	      "nothing to set: %s", hc_errbuf);
	CHECK(set(&c, NULL, NULL, NULL) == -1, "no helper");
	CHECK(set(&c, "gopher", "ports=70", NULL) == -1 &&
	      !strcmp(hc_errbuf, "Unknown helper: 'gopher' (known: ftp, sip, h323, tftp, irc, pptp, amanda, snmp, netbios-ns, sane)"), "%s", hc_errbuf);
	/* the kernel's own helpers take the same settings */
	CHECK(!set(&c, "tftp", "ports=69,1069", NULL) && c.h[3].ports[0].n == 2, "set tftp ports");
	CHECK(!set(&c, "amanda", "master-timeout=600", NULL) && !strcmp(c.h[6].pval[0], "600"),
	      "set amanda master-timeout: %s", hc_errbuf);
	CHECK(set(&c, "irc", "loose=yes", NULL) == -1 &&
	      !strcmp(hc_errbuf, "Unknown setting for irc: 'loose' (known: enabled, ports)"),
	      "%s", hc_errbuf);
	CHECK(set(&c, "ftp", "port=21", NULL) == -1 &&
	      !strcmp(hc_errbuf, "Unknown setting for ftp: 'port' (known: enabled, ports, loose, log-refused)"),
	      "%s", hc_errbuf);
	CHECK(set(&c, "ftp", "ports", NULL) == -1 &&
	      !strcmp(hc_errbuf, "Unable to parse setting: 'ports' (KEY=VALUE)"), "%s", hc_errbuf);
	CHECK(set(&c, "ftp", "=21", NULL) == -1, "empty key");
	CHECK(set(&c, "ftp", "ports=0", NULL) == -1 &&
	      !strcmp(hc_errbuf, "Unable to parse port list: '0' (ports are 1-65535)"), "%s", hc_errbuf);
	CHECK(set(&c, "ftp", "loose=maybe", NULL) == -1 &&
	      !strcmp(hc_errbuf, "Unable to parse loose: 'maybe' (yes or no)"), "%s", hc_errbuf);
	CHECK(set(&c, "sip", "timeout=-5", NULL) == -1, "negative timeout");
	CHECK(set(&c, "sip", "timeout=99999999999", NULL) == -1, "timeout > u32");
	CHECK(set(&c, "ftp", "enabled=yes", NULL) == 0 && c.h[0].enabled, "enabled=yes");
	/* a failed set leaves earlier values */
	CHECK(c.h[0].ports[0].n == 2, "ports kept after failures");
}

/* ---- configuration ------------------------------------------------------ */

static const char sample[] =
	"# comment\n"
	"\n"
	"ftp enabled=yes ports=21,2121 loose=no\n"
	"  sip\tenabled=no ports=5060,5080 direct-media=no\n";

static void test_config(void)
{
	struct hc_config c, d;
	struct sb a, b;

	CHECK(!config_parse(&c, sample, "t.conf"), "sample: %s", hc_errbuf);
	CHECK(c.h[0].enabled && c.h[0].ports[0].n == 2 && c.h[0].pset[0] && !c.h[0].pset[1],
	      "ftp line");
	CHECK(!c.h[1].enabled && c.h[1].ports[0].n == 2 && c.h[1].pset[2], "sip line");
	CHECK(!c.h[2].enabled && c.h[2].ports[0].port[0] == 1720 && c.h[2].ports[1].port[0] == 1719,
	      "h323 defaults");
	CHECK(!config_parse(&d, "", "t.conf") && d.h[0].ports[0].port[0] == 21 && !d.h[0].enabled,
	      "empty file is the defaults");
	CHECK(!config_parse(&d, "ftp enabled=yes", "t.conf") && d.h[0].enabled, "no final newline");

	/* round trip: format, parse, format gives the same text */
	sb_init(&a);
	sb_init(&b);
	config_format(&c, &a);
	CHECK(!config_parse(&d, a.s, "t.conf"), "reparse: %s", hc_errbuf);
	config_format(&d, &b);
	CHECK(!strcmp(a.s, b.s), "round trip:\n%s---\n%s", a.s, b.s);
	CHECK(strstr(a.s, "\nftp enabled=yes ports=21,2121 loose=no\n") &&
	      strstr(a.s, "\nsip enabled=no ports=5060,5080 direct-media=no\n") &&
	      strstr(a.s, "\nh323 enabled=no ports=1720 ras-ports=1719\n") &&
	      strstr(a.s, "\ntftp enabled=no ports=69\n") &&
	      strstr(a.s, "\nnetbios-ns enabled=no ports=137\n"), "formatted:\n%s", a.s);
	sb_free(&a);
	sb_free(&b);
}

static void corrupt(const char *text, const char *msg)
{
	struct hc_config c;
	int r;

	hc_errbuf[0] = '\0';
	r = config_parse(&c, text, "/etc/helperctl.conf");
	CHECK(r == -1 && !strcmp(hc_errbuf, msg), "corrupt '%s': '%s', want '%s'",
	      check_esc(text, strlen(text)), hc_errbuf, msg);
}

static void test_corrupt(void)
{
	corrupt("ftp enabled=yes\n\nfoo enabled=yes\n",
		"/etc/helperctl.conf:3: Unknown helper: 'foo' (known: ftp, sip, h323, tftp, irc, pptp, amanda, snmp, netbios-ns, sane)");
	corrupt("# x\nftp ports=0\n",
		"/etc/helperctl.conf:2: Unable to parse port list: '0' (ports are 1-65535)");
	corrupt("ftp enabled=yes\nftp enabled=no\n",
		"/etc/helperctl.conf:2: Duplicate helper: 'ftp' (one line per helper)");
	corrupt("ftp enabled\n",
		"/etc/helperctl.conf:1: Unable to parse setting: 'enabled' (KEY=VALUE)");
	corrupt("ftp enabled=on\n",
		"/etc/helperctl.conf:1: Unable to parse enabled: 'on' (yes or no)");
	corrupt("sip ports=5060 colour=blue\n",
		"/etc/helperctl.conf:1: Unknown setting for sip: 'colour' (known: enabled, ports, timeout, direct-signalling, direct-media, external-media, nat-aware-bypass, log-refused)");
	corrupt("ftp enabled=yes\r\n",
		"/etc/helperctl.conf:1: Unable to parse line: binary data or CR");
	corrupt("ftp ports=1,2,3,4,5,6,7,8,9\n",
		"/etc/helperctl.conf:1: Unable to parse port list: '1,2,3,4,5,6,7,8,9' (at most 8 ports)");
}

static char *slurp(const char *path)
{
	struct sb b;
	char buf[512];
	size_t n;
	FILE *f = fopen(path, "r");

	if (!f)
		return NULL;
	sb_init(&b);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sb_printf(&b, "%.*s", (int)n, buf);
	fclose(f);
	return sb_steal(&b);
}

static void test_files(void)
{
	char dir[] = "/tmp/hc-test.XXXXXX", path[128], bad[128];
	struct hc_config c, d;
	struct dirent *e;
	unsigned int n = 0;
	char *before, *after;
	FILE *f;
	DIR *dp;

	if (!mkdtemp(dir)) {
		CHECK(0, "mkdtemp");
		return;
	}
	snprintf(path, sizeof(path), "%s/helperctl.conf", dir);
	CHECK(!config_load(&c, path) && !c.h[0].enabled, "missing file: defaults");
	c.h[0].enabled = true;
	ports_parse("2121", &c.h[0].ports[0]);
	CHECK(!config_save(&c, path), "save: %s", hc_errbuf);
	CHECK(!config_load(&d, path) && d.h[0].enabled && d.h[0].ports[0].port[0] == 2121,
	      "load what was saved");
	/* the temporary file is gone */
	dp = opendir(dir);
	while (dp && (e = readdir(dp)))
		n += e->d_name[0] != '.';
	if (dp)
		closedir(dp);
	CHECK(n == 1, "one file in the directory, found %u", n);

	/* a corrupt file: reported with its line, left byte for byte */
	snprintf(bad, sizeof(bad), "%s/bad.conf", dir);
	f = fopen(bad, "w");
	fputs("ftp enabled=yes\nsip ports=5060,70000\n", f);
	fclose(f);
	before = slurp(bad);
	hc_errbuf[0] = '\0';
	CHECK(config_load(&c, bad) == -1 && strstr(hc_errbuf, "bad.conf:2: Unable to parse port list: '70000'"),
	      "corrupt file: %s", hc_errbuf);
	after = slurp(bad);
	CHECK(before && after && !strcmp(before, after), "corrupt file untouched");
	free(before);
	free(after);

	/* unwritable directory: the error names the file */
	snprintf(bad, sizeof(bad), "%s/no/such/dir.conf", dir);
	CHECK(config_save(&c, bad) == -1 && strstr(hc_errbuf, "Unable to write configuration: '"),
	      "save into a missing directory: %s", hc_errbuf);
	CHECK(config_path("/a") && !strcmp(config_path("/a"), "/a"), "-c wins");
	setenv("HELPERCTL_CONF", "/b", 1);
	CHECK(!strcmp(config_path(NULL), "/b"), "env next");
	unsetenv("HELPERCTL_CONF");
	CHECK(!strcmp(config_path(NULL), "/etc/helperctl.conf"), "default last");

	unlink(path);
	snprintf(bad, sizeof(bad), "%s/bad.conf", dir);
	unlink(bad);
	rmdir(dir);
}

/* ---- nft script ---------------------------------------------------------- */

static void golden(const struct hc_config *c, const char *want, const char *what)
{
	struct sb s;

	sb_init(&s);
	nft_script(c, &s);
	CHECK(!strcmp(s.s, want), "%s script:\n%s--- want:\n%s", what, s.s, want);
	sb_free(&s);
}

static void test_nft(void)
{
	struct hc_config c;

	config_defaults(&c);
	golden(&c, golden_none, "nothing enabled");
	c.h[0].enabled = true;
	ports_parse("21,2121", &c.h[0].ports[0]);
	golden(&c, golden_ftp, "ftp");
	ports_parse("21", &c.h[0].ports[0]);
	c.h[1].enabled = c.h[2].enabled = true;
	ports_parse("5060,5080", &c.h[1].ports[0]);
	golden(&c, golden_all, "all");

	config_defaults(&c);
	c.h[helper_index(helper_find("tftp"))].enabled = true;
	ports_parse("69,1069", &c.h[helper_index(helper_find("tftp"))].ports[0]);
	c.h[helper_index(helper_find("pptp"))].enabled = true;
	c.h[helper_index(helper_find("snmp"))].enabled = true;
	golden(&c, golden_intree, "in-tree helpers");
}

/* ---- output --------------------------------------------------------------- */

static char *render(enum out_mode m)
{
	struct portlist pl;
	char *buf = NULL;
	size_t len = 0;

	out_file = open_memstream(&buf, &len);
	out_mode = m;
	out_list_begin();
	out_row_begin();
	out_str("name", "ftp", 0);
	ports_parse("21,2121", &pl);
	out_ports("ports", &pl, 0);
	out_bool("disabled", false, 0);
	out_obj_begin("counters");
	out_uint("parsed_port", 3, 0);
	out_uint("nat_rewrites", 1, 0);
	out_obj_end();
	out_row_end();
	out_row_begin();
	out_str("name", "h323", 0);
	ports_parse("1720", &pl);
	out_ports("ports", &pl, 0);
	out_bool("disabled", true, 0);
	out_str("quote", "a\"b", OUT_NOTEXT);
	out_row_end();
	out_list_end();
	fclose(out_file);
	out_file = NULL;
	return buf;
}

static void test_output(void)
{
	char *s;

	s = render(OUT_JSON);
	CHECK(!strcmp(s, "[{\"name\":\"ftp\",\"ports\":[21,2121],\"disabled\":false,"
			 "\"counters\":{\"parsed_port\":3,\"nat_rewrites\":1}},"
			 "{\"name\":\"h323\",\"ports\":[1720],\"disabled\":true,\"quote\":\"a\\\"b\"}]\n"),
	      "json: %s", s);
	free(s);
	s = render(OUT_TSV);
	CHECK(!strcmp(s, "ftp\t21,2121\tno\n"
			 "ftp\tcounters.parsed_port\t3\n"
			 "ftp\tcounters.nat_rewrites\t1\n"
			 "h323\t1720\tyes\n"), "tsv: %s", s);
	free(s);
	s = render(OUT_TEXT);
	CHECK(!strcmp(s, " #  NAME  PORTS    DISABLED\n"
			 " 0  ftp   21,2121  no\n"
			 "    counters: parsed_port=3 nat_rewrites=1\n"
			 " 1  h323  1720     yes\n"), "text:\n%s", s);
	free(s);
	out_mode = OUT_TEXT;
}

/* ---- ruleset reader --------------------------------------------------------- */

static const char ruleset[] =
	"table inet nfh {\n"
	"\tflowtable ft {\n"
	"\t\thook ingress priority filter\n"
	"\t\tdevices = { r-c, r-s }\n"
	"\t}\n"
	"\n"
	"\tchain forward_filter {\n"
	"\t\ttype filter hook forward priority filter; policy drop;\n"
	"\t\tmeta l4proto { icmp, ipv6-icmp } accept\n"
	"\t\tiifname \"r-c\" ct state new tcp dport { 21, 2121 } accept\n"
	"\t}\n"
	"\n"
	"\tchain nat_post {\n"
	"\t\ttype nat hook postrouting priority srcnat; policy accept;\n"
	"\t\toifname \"br-pub\" masquerade\n"
	"\t}\n"
	"}\n"
	"table ip filter {\n"
	"\tchain FORWARD {\n"
	"\t\ttype filter hook forward priority filter; policy drop;\n"
	"\t\tct state related,established counter packets 0 bytes 0 accept\n"
	"\t\tflow add @ft\n"
	"\t}\n"
	"\tchain INPUT {\n"
	"\t\ttype filter hook input priority filter; policy drop;\n"
	"\t}\n"
	"}\n"
	"table inet vm {\n"
	"\tchain fwd {\n"
	"\t\ttype filter hook forward priority 0; policy drop;\n"
	"\t\tct state vmap { invalid : drop, established : accept, related : accept }\n"
	"\t}\n"
	"}\n";

static const char ours[] =
	"table inet helperctl {\n"
	"\tct helper ftp-tcp {\n"
	"\t\ttype \"ftp\" protocol tcp\n"
	"\t\tl3proto inet\n"
	"\t}\n"
	"\n"
	"\tchain prerouting {\n"
	"\t\ttype filter hook prerouting priority filter; policy accept;\n"
	"\t\ttcp dport { 21, 2121 } ct helper set \"ftp-tcp\"\n"
	"\t}\n"
	"\n"
	"\tchain output {\n"
	"\t\ttype filter hook output priority filter; policy accept;\n"
	"\t\ttcp dport 21 ct helper set \"ftp-tcp\"\n"
	"\t}\n"
	"}\n";

static void test_rules(void)
{
	struct hc_config c;
	struct rs_scan rs;
	char why[256];

	ruleset_scan(ruleset, &rs);
	CHECK(rs.n == 3, "three forward chains with policy drop, got %u", rs.n);
	CHECK(rs.n == 3 && !strcmp(rs.chains[0].table, "inet nfh") &&
	      !strcmp(rs.chains[0].name, "forward_filter") && !rs.chains[0].related,
	      "inet nfh forward_filter lacks related accept");
	CHECK(rs.n == 3 && !strcmp(rs.chains[1].table, "ip filter") && rs.chains[1].related,
	      "iptables-nft related,established counter accept");
	CHECK(rs.n == 3 && !strcmp(rs.chains[2].name, "fwd") && rs.chains[2].related, "vmap");
	CHECK(rs.offload, "flow add seen");
	ruleset_scan("", &rs);
	CHECK(rs.n == 0 && !rs.offload, "empty ruleset");

	config_defaults(&c);
	c.h[0].enabled = true;
	ports_parse("2121,21", &c.h[0].ports[0]);
	CHECK(!helper_rules_ok(&c, &hc_helpers[0], ours, why, sizeof(why)) &&
	      !strcmp(why, "no rule 'tcp dport { 2121,21 } ct helper set \"ftp-tcp\"' in chain output"),
	      "output chain has only 21: %s", why);
	ports_parse("21", &c.h[0].ports[0]);
	CHECK(!helper_rules_ok(&c, &hc_helpers[0], ours, why, sizeof(why)) &&
	      strstr(why, "in chain prerouting"), "prerouting has 21,2121: %s", why);
	CHECK(!helper_rules_ok(&c, &hc_helpers[1], ours, why, sizeof(why)) &&
	      !strcmp(why, "ct helper object sip-udp missing"), "sip: %s", why);
}

/* ---- doctor's ruleset checks ------------------------------------------------- */

/* The findings of @check in @listing: how many problems, notes, oks. */
struct tally {
	unsigned int problem, note, ok;
	char msg[512], fix[512];	/* of the last problem or note */
};

static struct tally doctor(const char *listing, const struct hc_config *c, const char *check)
{
	struct findings *fs = xmalloc(sizeof(*fs));
	struct tally t = { 0 };
	unsigned int i;

	fs->n = 0;
	doctor_ruleset(listing, c, fs);
	for (i = 0; i < fs->n; i++) {
		const struct finding *f = &fs->f[i];

		if (strcmp(f->check, check))
			continue;
		if (f->note)
			t.note++;
		else if (f->ok)
			t.ok++;
		else
			t.problem++;
		if (f->note || !f->ok) {
			snprintf(t.msg, sizeof(t.msg), "%s", f->msg);
			snprintf(t.fix, sizeof(t.fix), "%s", f->fix);
		}
	}
	free(fs);
	return t;
}

static const char masq_only[] =
	"table ip nat {\n"
	"\tchain postrouting {\n"
	"\t\ttype nat hook postrouting priority srcnat; policy accept;\n"
	"\t\toifname \"wan\" masquerade\n"
	"\t}\n"
	"}\n";

static const char masq_pre[] =
	"table ip nat {\n"
	"\tchain postrouting {\n"
	"\t\ttype nat hook postrouting priority srcnat; policy accept;\n"
	"\t\toifname \"wan\" masquerade\n"
	"\t}\n"
	"}\n"
	"table inet fw {\n"
	"\tchain prerouting {\n"
	"\t\ttype nat hook prerouting priority dstnat; policy accept;\n"
	"\t}\n"
	"}\n";

static const char masq_pre6[] =
	"table ip nat {\n"
	"\tchain postrouting {\n"
	"\t\ttype nat hook postrouting priority srcnat; policy accept;\n"
	"\t\toifname \"wan\" masquerade\n"
	"\t}\n"
	"}\n"
	"table ip6 nat6 {\n"
	"\tchain prerouting {\n"
	"\t\ttype nat hook prerouting priority dstnat; policy accept;\n"
	"\t}\n"
	"}\n";

static const char offload[] =
	"table inet fw {\n"
	"\tflowtable ft {\n"
	"\t\thook ingress priority filter\n"
	"\t\tdevices = { lan, wan }\n"
	"\t}\n"
	"\tchain forward {\n"
	"\t\ttype filter hook forward priority filter; policy accept;\n"
	"\t\tip protocol { tcp, udp } flow add @ft\n"
	"\t}\n"
	"}\n";

/* table inet helperctl with sip on 5060,5061 and ftp on 2121 */
static const char sip_tls[] =
	"table inet helperctl {\n"
	"\tct helper ftp-tcp {\n"
	"\t\ttype \"ftp\" protocol tcp\n"
	"\t\tl3proto inet\n"
	"\t}\n"
	"\tct helper sip-udp {\n"
	"\t\ttype \"sip\" protocol udp\n"
	"\t\tl3proto inet\n"
	"\t}\n"
	"\tchain prerouting {\n"
	"\t\ttype filter hook prerouting priority filter; policy accept;\n"
	"\t\ttcp dport 2121 ct helper set \"ftp-tcp\"\n"
	"\t\tudp dport { 5060, 5061 } ct helper set \"sip-udp\"\n"
	"\t}\n"
	"}\n";

/* someone else's table: their own sip object on tcp 2121 (or 2122) */
static const char clash_fmt[] =
	"table inet pbx {\n"
	"\tct helper mysip {\n"
	"\t\ttype \"sip\" protocol tcp\n"
	"\t\tl3proto inet\n"
	"\t}\n"
	"\tct helper myftp {\n"
	"\t\ttype \"ftp\" protocol tcp\n"
	"\t\tl3proto inet\n"
	"\t}\n"
	"\tchain pre {\n"
	"\t\ttype filter hook prerouting priority filter; policy accept;\n"
	"\t\ttcp dport { 5080, %u } ct helper set \"mysip\"\n"
	"\t\ttcp dport 21 ct helper set \"myftp\"\n"
	"\t}\n"
	"}\n";

static void test_doctor(void)
{
	char buf[2048];
	struct hc_config c;
	struct tally t;
	struct sb l;

	config_defaults(&c);

	/* masquerade, no NAT on prerouting: a note with the chain to add */
	t = doctor(masq_only, &c, "nat");
	CHECK(t.note == 1 && !t.problem && strstr(t.msg, "table 'ip nat' masquerades without a NAT chain on prerouting") &&
	      !strcmp(t.fix, "nft add chain ip nat prerouting '{ type nat hook prerouting priority dstnat; policy accept; }'"),
	      "masquerade only: note %u problem %u '%s' fix '%s'", t.note, t.problem, t.msg, t.fix);
	t = doctor(masq_pre, &c, "nat");
	CHECK(!t.note && !t.problem && t.ok == 1, "inet prerouting covers ip: note %u", t.note);
	t = doctor(masq_pre6, &c, "nat");
	CHECK(t.note == 1, "ip6 prerouting does not cover ip: note %u", t.note);
	t = doctor(ruleset, &c, "nat");
	CHECK(t.note == 1 && strstr(t.msg, "'inet nfh'"), "ruleset: '%s'", t.msg);
	t = doctor("", &c, "nat");
	CHECK(!t.note && !t.problem && !t.ok, "no masquerade, no nat finding");

	/* offload with ftp enabled: a problem until our rules attach it */
	c.h[0].enabled = true;
	t = doctor(offload, &c, "flowtable");
	CHECK(t.problem == 1 && strstr(t.msg, "chain 'inet fw forward' offloads to a flowtable and ftp is not attached to its ports (table inet helperctl missing)") &&
	      !strcmp(t.fix, "helperctl apply"), "offload, no rules: %u '%s'", t.problem, t.msg);
	snprintf(buf, sizeof(buf), "%s%s", offload, ours);
	ports_parse("21,2121", &c.h[0].ports[0]);
	t = doctor(buf, &c, "flowtable");
	CHECK(t.problem == 1 && strstr(t.msg, "in chain output"), "offload, output rule on 21 only: '%s'", t.msg);
	ports_parse("21", &c.h[0].ports[0]);
	snprintf(buf, sizeof(buf), "%s%s", offload, strstr(golden_ftp, "table inet helperctl {\n"));
	ports_parse("21,2121", &c.h[0].ports[0]);
	t = doctor(buf, &c, "flowtable");
	CHECK(!t.problem && t.ok == 1, "offload with our rules: problem %u '%s'", t.problem, t.msg);
	c.h[0].enabled = false;
	t = doctor(offload, &c, "flowtable");
	CHECK(!t.problem && t.ok == 1, "offload, no helper enabled: problem %u", t.problem);
	t = doctor(masq_only, &c, "flowtable");
	CHECK(!t.problem && t.ok == 1, "no offload");

	/* SIP on 5061 */
	t = doctor(sip_tls, &c, "sip-tls");
	CHECK(t.problem == 1 && strstr(t.msg, "table 'inet helperctl' attaches the SIP helper to udp port 5061") &&
	      !strcmp(t.fix, "helperctl set sip ports=5060"), "5061: %u '%s' '%s'", t.problem, t.msg, t.fix);
	snprintf(buf, sizeof(buf), clash_fmt, 5061);
	t = doctor(buf, &c, "sip-tls");
	CHECK(t.problem == 1 && !strcmp(t.fix, "remove 5061 from the rule setting ct helper \"mysip\" in table inet pbx"),
	      "5061 elsewhere: '%s'", t.fix);
	t = doctor(strstr(golden_all, "table inet helperctl {\n"), &c, "sip-tls");
	CHECK(!t.problem && t.ok == 1, "sip on 5060,5080: no finding (%s)", t.msg);

	/* two helpers on one port: their sip on tcp 2121 against our ftp */
	sb_init(&l);
	sb_printf(&l, "%s", sip_tls);
	sb_printf(&l, clash_fmt, 2121);
	t = doctor(l.s, &c, "port-clash");
	CHECK(t.problem == 1 &&
	      !strcmp(t.msg, "tcp port 2121 has two helpers: 'ftp' (table inet helperctl, object ftp-tcp) and 'sip' (table inet pbx, object mysip); only one can be attached to a connection"),
	      "clash: %u '%s'", t.problem, t.msg);
	sb_free(&l);
	/* the same helper from two tables, or another port: no clash */
	sb_init(&l);
	sb_printf(&l, "%s", sip_tls);
	sb_printf(&l, clash_fmt, 2122);
	t = doctor(l.s, &c, "port-clash");
	CHECK(!t.problem && t.ok == 1, "no clash: %u '%s'", t.problem, t.msg);
	sb_free(&l);
	t = doctor(strstr(golden_all, "table inet helperctl {\n"), &c, "port-clash");
	CHECK(!t.problem, "our own table: sip udp/tcp and h323 do not clash: '%s'", t.msg);
}

static struct finding sip_counters(const char *text)
{
	struct findings *fs = xmalloc(sizeof(*fs));
	struct finding f;

	fs->n = 0;
	doctor_sip_counters(text, fs);
	f = fs->f[0];
	CHECK(fs->n == 1, "one sip-bypass finding, got %u", fs->n);
	free(fs);
	return f;
}

static void test_sip_bypass(void)
{
	struct finding f;

	/* a PBX doing its own NAT: most messages already public */
	f = sip_counters("messages 40\nrequests 20\nresponses 20\nrewritten 2\n"
			 "bypass_ice 0\nbypass_sdp_public 12\nbypass_contact_public 30\n"
			 "bypass_via_public 25\nexpect_media 4\n");
	CHECK(f.note && f.ok && !strcmp(f.check, "sip-bypass") &&
	      strstr(f.msg, "at least 30 of 40 SIP messages came from endpoints doing their own NAT traversal (bypass_contact_public)") &&
	      !strcmp(f.fix, "helperctl disable sip (optional)"), "high bypass: %d '%s'", f.note, f.msg);
	/* negative: the helper does the work */
	f = sip_counters("messages 40\nrewritten 30\nbypass_ice 1\nbypass_via_public 3\n");
	CHECK(!f.note && f.ok && strstr(f.msg, "3 of 40 SIP messages left alone"), "low bypass: '%s'", f.msg);
	/* negative: too few messages to say */
	f = sip_counters("messages 5\nbypass_contact_public 5\n");
	CHECK(!f.note && f.ok && strstr(f.msg, "too few"), "few: '%s'", f.msg);
	f = sip_counters("");
	CHECK(!f.note && strstr(f.msg, "0 SIP messages"), "empty: '%s'", f.msg);
}

/* ---- doctor: conntrackd's ExpectationSync ------------------------------- */

#define CTD_PATH "/etc/conntrackd/conntrackd.conf"

/* A working FTFW configuration; @expsync is what its Options say. */
#define CTD_CONF(expsync)						\
	"# primary\n"							\
	"Sync {\n"							\
	"\tMode FTFW {\n\t\tDisableExternalCache Off\n\t}\n"		\
	"\tUDP {\n\t\tIPv4_address 10.9.9.1\n"				\
	"\t\tIPv4_Destination_Address 10.9.9.2\n"			\
	"\t\tPort 3780\n\t\tInterface sync0\n\t\tChecksum on\n\t}\n"	\
	"\tOptions {\n" expsync "\t}\n"					\
	"}\n"								\
	"General {\n\tHashSize 32768\n\tHashLimit 131072\n"		\
	"\tUNIX {\n\t\tPath /var/run/conntrackd.ctl\n\t}\n"		\
	"\tFilter From Userspace {\n\t\tAddress Ignore {\n"		\
	"\t\t\tIPv4_address 127.0.0.1\n\t\t}\n\t}\n}\n"

static struct findings *ctd(const char *conf, enum ctd_process running,
			    const struct hc_config *c)
{
	struct findings *fs = xmalloc(sizeof(*fs));

	fs->n = 0;
	doctor_conntrackd(conf, CTD_PATH, running, c, fs);
	return fs;
}

static void test_conntrackd(void)
{
	struct hc_config c;
	struct findings *fs;

	config_defaults(&c);
	c.h[helper_index(helper_find("ftp"))].enabled = true;
	c.h[helper_index(helper_find("sip"))].enabled = true;
	c.h[helper_index(helper_find("h323"))].enabled = true;

	/* the problem: sip and H.323 missing from the list (and a comment) */
	fs = ctd(CTD_CONF("\t\tExpectationSync {\n\t\t\tftp # data\n"
			  "\t\t\t# sip\n\t\t}\n"), CTD_NOT_RUNNING, &c);
	CHECK(fs->n == 1 && !fs->f[0].ok && !strcmp(fs->f[0].check, "conntrackd") &&
	      strstr(fs->f[0].msg, "does not cover sip, Q.931, H.245, RAS:") &&
	      strstr(fs->f[0].fix, "ExpectationSync { ftp sip Q.931 H.245 RAS }"),
	      "conntrackd without sip, H.323: '%s' / '%s'", fs->f[0].msg, fs->f[0].fix);
	free(fs);
	/* the problem: no ExpectationSync at all, conntrackd running */
	fs = ctd(CTD_CONF(""), CTD_RUNNING, &c);
	CHECK(fs->n == 1 && !fs->f[0].ok &&
	      strstr(fs->f[0].msg, "does not cover ftp, sip, Q.931, H.245, RAS:"),
	      "conntrackd without ExpectationSync: '%s'", fs->f[0].msg);
	free(fs);
	fs = ctd(CTD_CONF("\t\tExpectationSync Off\n"), CTD_NOT_RUNNING, &c);
	CHECK(fs->n == 1 && !fs->f[0].ok, "ExpectationSync Off: '%s'", fs->f[0].msg);
	free(fs);

	/* no problem: every kernel helper, in conntrackd's own spelling */
	fs = ctd(CTD_CONF("\t\tExpectationSync {\n\t\t\tftp\n\t\t\tras\n\t\t\tq.931\n"
			  "\t\t\th.245\n\t\t\tsip\n\t\t}\n"), CTD_RUNNING, &c);
	CHECK(fs->n == 1 && fs->f[0].ok && !fs->f[0].note &&
	      strstr(fs->f[0].msg, "every enabled helper"), "full list: '%s'", fs->f[0].msg);
	free(fs);
	fs = ctd(CTD_CONF("\t\tExpectationSync On\n"), CTD_NOT_RUNNING, &c);
	CHECK(fs->n == 1 && fs->f[0].ok, "ExpectationSync On: '%s'", fs->f[0].msg);
	free(fs);
	/* every helper covered, but the daemon commits without the library */
	fs = ctd(CTD_CONF("\t\tExpectationSync On\n"), CTD_RUNNING_PLAIN, &c);
	CHECK(fs->n == 1 && !fs->f[0].ok && strstr(fs->f[0].msg, "runs without " CTD_COMMIT_LIB) &&
	      strstr(fs->f[0].fix, "tools/conntrackd-commit install"),
	      "running without the commit library: '%s'", fs->f[0].msg);
	free(fs);
	fs = ctd(CTD_CONF("\t\tExpectationSync On\n"), CTD_RUNNING_WHOLE, &c);
	CHECK(fs->n == 1 && fs->f[0].ok && strstr(fs->f[0].msg, "commits them whole"),
	      "running with the commit library: '%s'", fs->f[0].msg);
	free(fs);
	/* a missing helper says so first, library or not */
	fs = ctd(CTD_CONF("\t\tExpectationSync {\n\t\t\tftp\n\t\t}\n"), CTD_RUNNING_PLAIN, &c);
	CHECK(fs->n == 1 && !fs->f[0].ok && strstr(fs->f[0].msg, "does not cover"),
	      "missing helper, no library: '%s'", fs->f[0].msg);
	free(fs);
	/* only what is enabled counts */
	config_defaults(&c);
	c.h[helper_index(helper_find("sip"))].enabled = true;
	fs = ctd(CTD_CONF("\t\tExpectationSync {\n\t\t\tsip\n\t\t}\n"), CTD_NOT_RUNNING, &c);
	CHECK(fs->n == 1 && fs->f[0].ok, "sip only: '%s'", fs->f[0].msg);
	free(fs);

	/* conntrackd not in use: no Sync section, not running; no file */
	fs = ctd("General {\n\tHashSize 8192\n}\n", CTD_NOT_RUNNING, &c);
	CHECK(fs->n == 0, "stats-only file, not running: %u findings", fs->n);
	free(fs);
	fs = ctd(NULL, CTD_NOT_RUNNING, &c);
	CHECK(fs->n == 0, "no file, not running: %u findings", fs->n);
	free(fs);
	/* running, file unreadable: a note */
	fs = ctd(NULL, CTD_RUNNING, &c);
	CHECK(fs->n == 1 && fs->f[0].note, "running, no file: note");
	free(fs);
	/* a Sync inside another section is not conntrackd's Sync */
	fs = ctd("General {\n\tSync {\n\t}\n}\n", CTD_NOT_RUNNING, &c);
	CHECK(fs->n == 0, "nested Sync: %u findings", fs->n);
	free(fs);
}

int main(void)
{
	test_ports();
	test_args();
	test_set_args();
	test_config();
	test_corrupt();
	test_files();
	test_nft();
	test_output();
	test_rules();
	test_doctor();
	test_sip_bypass();
	test_conntrackd();
	return check_summary();
}
