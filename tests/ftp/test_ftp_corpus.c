// SPDX-License-Identifier: GPL-2.0
/*
 * Every FTP capture of the shared corpus through stream tracker + walker +
 * carry, payload by payload, per connection and direction, as the kernel
 * glue sees them (no reassembly), under ASan/UBSan.  Then:
 *
 *  - sanity: every OK PORT/EPRT/227/229 has a port, the family its command
 *    allows, an argument text that parses back to the same address and port
 *    on its own, and a replacement (nfh_ftp_format) that does too;
 *  - tshark: every frame tshark decodes as PORT/EPRT/227/229 must carry the
 *    same addresses and ports as ours, and every frame where we found one
 *    must be such a frame.  Disagreements pass only through the allow-list.
 *
 * NFH_CORPUS=<dir> (default: ../shared/corpus next to the repository) holds
 * pcap/ftp/.  NFH_VERBOSE=1 prints every compared frame.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../nf_conntrack_ftp/ftp_parse.c"
#include "../lib/check.h"
#include "ftp_glue.h"
#include "ftp_pcap.h"

/*
 * Frames where tshark and the parse core are allowed to disagree, each with
 * the reason.  Keep it short: every entry is a documented difference in
 * grammar, not a way to make a failure go away.
 */
static const struct {
	const char *capture;
	unsigned long frame;
	const char *why;
} allow[] = {
	/* frames 40-43 close the TLS session (close_notify, as after CCC,
	 * RFC 4217 section 6) and the control connection goes on in the
	 * clear; the glue stops inspecting at 234 for good, tshark reads on */
	{ "ndpi_ftp-start-tls.pcap", 46, "cleartext after TLS ended" },
	/* the segment before it was not captured: after a gap the tracker
	 * cannot know the segment starts a line and resyncs at its first
	 * LF, skipping this 227; tshark assumes every segment starts one */
	{ "zeek_cwd-navigation.pcap", 831, "first line after a capture gap" },
};

static const char *allowed(const char *capture, unsigned long frame)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(allow); i++)
		if (allow[i].capture && !strcmp(allow[i].capture, capture) &&
		    allow[i].frame == frame)
			return allow[i].why;
	return NULL;
}

/* ---- our side: every reported line, with its frame ---- */

struct cev {
	unsigned long frame;
	unsigned int conn;
	enum nfh_ftp_dir dir;
	struct ftp_event ev;
	bool joined;
	bool retrans;		/* from a segment of old data */
	char text[100];		/* start of the line, for messages */
};

struct run {
	const char *name;
	struct cev *ev;
	size_t n, cap;
	unsigned long frame;
	struct ftp_conn *cn;
	bool retrans;
	unsigned long ok[NFH_FTP_CMD_MAX], err[NFH_FTP_RESULT_MAX];
	unsigned long insane, tls, glue_errors;
};

static bool has_address(enum nfh_ftp_cmd cmd)
{
	return cmd == NFH_FTP_PORT || cmd == NFH_FTP_EPRT ||
	       cmd == NFH_FTP_PASV_227 || cmd == NFH_FTP_EPSV_229;
}

/* The checks we can make of an OK result on its own. */
static const char *sanity(const struct nfh_ftp_walk *w, const u8 *line,
			  size_t line_len)
{
	const struct nfh_ftp_match *m = &w->m;
	u8 delim = 0;

	if (!m->port)
		return "port 0";
	if ((m->cmd == NFH_FTP_PORT || m->cmd == NFH_FTP_PASV_227) &&
	    m->family != AF_INET)
		return "PORT/227 family is not AF_INET";
	if (m->cmd == NFH_FTP_EPRT && m->family != AF_INET &&
	    m->family != AF_INET6)
		return "EPRT family";
	if (m->cmd == NFH_FTP_EPSV_229 && m->family)
		return "229 with a family";
	if (m->arg_off + m->arg_len > line_len || !m->arg_len)
		return "argument outside the line";
	if (!ftp_arg_reparses(m->cmd, line + m->arg_off, m->arg_len, m))
		return "argument text does not parse back";
	if (m->cmd == NFH_FTP_EPRT || m->cmd == NFH_FTP_EPSV_229)
		delim = line[m->arg_off];
	if (!ftp_format_reparses(m, delim))
		return "formatted replacement does not parse back";
	return NULL;
}

static void on_line(void *ctx, const struct nfh_ftp_walk *w, const u8 *line,
		    size_t line_len)
{
	struct run *r = ctx;
	struct cev *e;
	const char *bad;
	size_t i;

	if (r->cn->stopped)
		return;		/* the glue stops at 234: TLS from here */
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 256;
		r->ev = realloc(r->ev, r->cap * sizeof(*r->ev));
		if (!r->ev)
			abort();
	}
	e = &r->ev[r->n++];
	e->frame = r->frame;
	e->conn = r->cn->id;
	e->dir = w->dir;
	e->joined = w->joined;
	e->retrans = r->retrans;
	ftp_event_set(&e->ev, w->res, &w->m);
	for (i = 0; i < line_len && i < sizeof(e->text) - 1; i++)
		e->text[i] = line[i] >= 32 && line[i] < 127 ? line[i] : '.';
	e->text[i] = 0;

	if (w->res != NFH_FTP_OK) {
		r->err[w->res]++;
		return;
	}
	r->ok[w->m.cmd]++;
	if (w->m.cmd == NFH_FTP_AUTH)
		r->cn->auth = true;
	if (w->m.cmd == NFH_FTP_AUTH_OK && r->cn->auth) {
		r->cn->stopped = true;
		r->tls++;
	}
	bad = has_address(w->m.cmd) ? sanity(w, line, line_len) : NULL;
	if (bad) {
		r->insane++;
		printf("  frame %lu: %s: '%s'\n", r->frame, bad, e->text);
	}
}

static void on_payload(void *ctx, struct ftp_capture *c, struct ftp_conn *cn,
		       enum nfh_ftp_dir dir, const struct nfh_pcap_pkt *pk)
{
	struct run *r = ctx;
	const char *err;

	(void)c;
	if (cn->stopped)
		return;
	r->frame = pk->frame;
	r->cn = cn;
	/* old data again: the tracker parses a retransmitted line start
	 * again (the kernel then expects again); tshark shows it as a TCP
	 * retransmission, not as FTP */
	r->retrans = cn->d[dir].st.synced &&
		     !nfh_seq_after(pk->seq + (u32)pk->len, cn->d[dir].st.next_seq);
	err = ftp_glue_segment(&cn->d[dir], pk->seq, pk->data, pk->len,
			       on_line, r);
	if (err) {
		r->glue_errors++;
		printf("  frame %lu: walker invariant: %s\n", pk->frame, err);
	}
}

/* ---- tshark's side ---- */

enum {
	TF_FRAME, TF_CMD, TF_CODE, TF_ACIP, TF_APORT, TF_PIP, TF_PPORT,
	TF_EAF, TF_EIP, TF_EIP6, TF_EPORT, TF_EPSVPORT, TF_MAX
};

static const char *const tshark_fields[TF_MAX] = {
	"frame.number", "ftp.request.command", "ftp.response.code",
	"ftp.active.cip", "ftp.active.port", "ftp.passive.ip",
	"ftp.passive.port", "ftp.eprt.af", "ftp.eprt.ip", "ftp.eprt.ipv6",
	"ftp.eprt.port", "ftp.epsv.port",
};

struct tframe {
	unsigned long frame;
	char *f[TF_MAX];
};

static bool have_tshark(void)
{
	return system("tshark -v >/dev/null 2>&1") == 0;
}

/* Run tshark on @file; returns the number of frames in *@out (or -1). */
static long tshark_frames(const char *file, struct tframe **out)
{
	char cmd[8192], line[8192];
	size_t n = 0, cap = 0, i, len;
	struct tframe *t = NULL;
	FILE *p;

	len = snprintf(cmd, sizeof(cmd),
		       "tshark -n -r '%s' -Y 'ftp.request.command == \"PORT\" || "
		       "ftp.request.command == \"EPRT\" || ftp.response.code == 227 || "
		       "ftp.response.code == 229' -T fields -E separator=/t "
		       "-E occurrence=a -E aggregator=,", file);
	for (i = 0; i < TF_MAX; i++)
		len += snprintf(cmd + len, sizeof(cmd) - len, " -e %s",
				tshark_fields[i]);
	snprintf(cmd + len, sizeof(cmd) - len, " 2>/dev/null");
	p = popen(cmd, "r");
	if (!p)
		return -1;
	while (fgets(line, sizeof(line), p)) {
		char *s = line, *tab;

		line[strcspn(line, "\r\n")] = 0;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			t = realloc(t, cap * sizeof(*t));
			if (!t)
				abort();
		}
		for (i = 0; i < TF_MAX; i++) {
			tab = strchr(s, '\t');
			if (tab)
				*tab = 0;
			t[n].f[i] = strdup(s);
			s = tab ? tab + 1 : s + strlen(s);
		}
		t[n].frame = strtoul(t[n].f[TF_FRAME], NULL, 10);
		n++;
	}
	if (pclose(p) != 0) {
		for (i = 0; i < n * TF_MAX; i++)
			free(t[i / TF_MAX].f[i % TF_MAX]);
		free(t);
		return -1;
	}
	*out = t;
	return (long)n;
}

/* Split "a,b,c" into up to @max items (in place). */
static size_t split(char *s, char **item, size_t max)
{
	size_t n = 0;

	if (!*s)
		return 0;
	while (n < max) {
		item[n++] = s;
		s = strchr(s, ',');
		if (!s)
			break;
		*s++ = 0;
	}
	return n;
}

/* Do tshark's @ips/@ports lists equal our OK events of @cmd in @frame?
 * @ips may be NULL (229: ports only).  EPRT is compared per family. */
static bool same_list(const struct run *r, unsigned long frame,
		      enum nfh_ftp_cmd cmd, int family, const char *ips_in,
		      const char *ports_in, char *msg, size_t msgsz)
{
	char ipbuf[4096], portbuf[4096], *ip[64], *port[64];
	size_t nip = 0, nport, k = 0, i;

	snprintf(portbuf, sizeof(portbuf), "%s", ports_in);
	nport = split(portbuf, port, 64);
	if (ips_in) {
		snprintf(ipbuf, sizeof(ipbuf), "%s", ips_in);
		nip = split(ipbuf, ip, 64);
	}
	for (i = 0; i < r->n; i++) {
		const struct cev *e = &r->ev[i];
		u8 want[16] = { 0 };

		if (e->frame != frame || e->ev.cmd != cmd ||
		    e->ev.res != NFH_FTP_OK ||
		    (family && e->ev.family != family))
			continue;
		if (ips_in) {
			if (k >= nip || inet_pton(e->ev.family, ip[k], want) != 1 ||
			    memcmp(want, e->ev.addr, e->ev.family == AF_INET ? 4 : 16)) {
				snprintf(msg, msgsz, "%s #%zu: ours '%s', tshark address %s",
					 nfh_ftp_cmd_name(cmd), k, e->text,
					 k < nip ? ip[k] : "(none)");
				return false;
			}
		}
		k++;
	}
	/* EPRT ports are one list over both families: checked by caller */
	if (ips_in && k != nip) {
		snprintf(msg, msgsz, "%s: %zu addresses ours, %zu tshark's",
			 nfh_ftp_cmd_name(cmd), k, nip);
		return false;
	}
	if (cmd == NFH_FTP_EPRT && family)
		return true;
	for (i = 0, k = 0; i < r->n; i++) {
		const struct cev *e = &r->ev[i];

		if (e->frame != frame || e->ev.cmd != cmd ||
		    e->ev.res != NFH_FTP_OK)
			continue;
		if (k >= nport || strtoul(port[k], NULL, 10) != e->ev.port) {
			snprintf(msg, msgsz, "%s #%zu: ours '%s' port %u, tshark %s",
				 nfh_ftp_cmd_name(cmd), k, e->text, e->ev.port,
				 k < nport ? port[k] : "(none)");
			return false;
		}
		k++;
	}
	if (k != nport) {
		snprintf(msg, msgsz, "%s: %zu ports ours, %zu tshark's",
			 nfh_ftp_cmd_name(cmd), k, nport);
		return false;
	}
	return true;
}

/* Why did we report nothing usable in @frame?  Print our results there. */
static void print_ours(const struct run *r, unsigned long frame)
{
	size_t i;
	bool any = false;

	for (i = 0; i < r->n; i++) {
		if (r->ev[i].frame != frame)
			continue;
		printf("    ours: %s/%s%s '%s'\n", nfh_ftp_cmd_name(r->ev[i].ev.cmd),
		       nfh_ftp_result_name(r->ev[i].ev.res),
		       r->ev[i].joined ? " (joined)" : "", r->ev[i].text);
		any = true;
	}
	if (!any)
		printf("    ours: no line of interest in this frame\n");
}

static void compare_tshark(const struct run *r, const char *file)
{
	struct tframe *t = NULL;
	long nt = tshark_frames(file, &t), i;
	unsigned long agree = 0, allowed_n = 0, retrans_n = 0;
	bool verbose = getenv("NFH_VERBOSE") != NULL;
	size_t j;

	CHECK(nt >= 0, "%s: tshark failed", r->name);
	if (nt < 0)
		return;
	for (i = 0; i < nt; i++) {
		char msg[512] = "";
		const char *why;
		bool ok;

		ok = same_list(r, t[i].frame, NFH_FTP_PORT, 0, t[i].f[TF_ACIP],
			       t[i].f[TF_APORT], msg, sizeof(msg)) &&
		     same_list(r, t[i].frame, NFH_FTP_PASV_227, 0, t[i].f[TF_PIP],
			       t[i].f[TF_PPORT], msg, sizeof(msg)) &&
		     same_list(r, t[i].frame, NFH_FTP_EPRT, AF_INET, t[i].f[TF_EIP],
			       "", msg, sizeof(msg)) &&
		     same_list(r, t[i].frame, NFH_FTP_EPRT, AF_INET6, t[i].f[TF_EIP6],
			       "", msg, sizeof(msg)) &&
		     same_list(r, t[i].frame, NFH_FTP_EPRT, 0, NULL,
			       t[i].f[TF_EPORT], msg, sizeof(msg)) &&
		     same_list(r, t[i].frame, NFH_FTP_EPSV_229, 0, NULL,
			       t[i].f[TF_EPSVPORT], msg, sizeof(msg));
		why = ok ? NULL : allowed(r->name, t[i].frame);
		if (!ok && why) {
			printf("  frame %lu: allowed disagreement (%s): %s\n",
			       t[i].frame, why, msg);
			allowed_n++;
		}
		CHECK(ok || why, "%s frame %lu: tshark disagrees: %s", r->name,
		      t[i].frame, msg);
		if (!ok && !why)
			print_ours(r, t[i].frame);
		if (ok) {
			agree++;
			/* tshark found no address here: say why we did not */
			if (verbose || (!*t[i].f[TF_APORT] && !*t[i].f[TF_PPORT] &&
					!*t[i].f[TF_EPORT] && !*t[i].f[TF_EPSVPORT])) {
				printf("  frame %lu: tshark and ours agree there is no valid address (cmd %s%s%s):\n",
				       t[i].frame, t[i].f[TF_CMD],
				       *t[i].f[TF_CODE] ? " code " : "", t[i].f[TF_CODE]);
				print_ours(r, t[i].frame);
			}
		}
	}
	/* every frame where we found an address is one tshark lists */
	for (j = 0; j < r->n; j++) {
		const struct cev *e = &r->ev[j];
		bool listed = false;
		size_t k;

		if (e->ev.res != NFH_FTP_OK || !has_address(e->ev.cmd))
			continue;
		if (e->retrans) {
			/* must repeat a line already reported */
			for (k = 0; k < j && !listed; k++)
				listed = !r->ev[k].retrans &&
					 r->ev[k].conn == e->conn &&
					 r->ev[k].dir == e->dir &&
					 ftp_event_eq(&r->ev[k].ev, &e->ev);
			CHECK(listed, "%s frame %lu: retransmission reports '%s', never seen before",
			      r->name, e->frame, e->text);
			retrans_n++;
			continue;
		}
		for (i = 0; i < nt && !listed; i++)
			listed = t[i].frame == e->frame;
		if (!listed && allowed(r->name, e->frame)) {
			printf("  frame %lu: allowed (%s)\n", e->frame,
			       allowed(r->name, e->frame));
			continue;
		}
		CHECK(listed, "%s frame %lu: ours %s '%s', tshark sees no such command",
		      r->name, e->frame, nfh_ftp_cmd_name(e->ev.cmd), e->text);
	}
	printf("  tshark: %ld frames with PORT/EPRT/227/229, %lu agree, %lu allowed; %lu retransmitted lines repeat earlier ones\n",
	       nt, agree, allowed_n, retrans_n);
	for (i = 0; i < nt * TF_MAX; i++)
		free(t[i / TF_MAX].f[i % TF_MAX]);
	free(t);
}

static void run_capture(const char *dir, const char *name, bool tshark)
{
	char path[4096], tmp[4200];
	struct ftp_capture cap;
	struct run r = { .name = name };
	unsigned long joined = 0, resync = 0;
	const char *file;
	size_t i;
	int rc;

	if (snprintf(path, sizeof(path), "%s/%s", dir, name) >= (int)sizeof(path))
		return;
	file = nfh_pcap_file(path, tmp, sizeof(tmp));
	CHECK(file, "%s: cannot decompress", name);
	if (!file)
		return;
	rc = ftp_pcap_walk(file, &cap, on_payload, &r);
	CHECK(rc == 0, "%s: cannot read", name);
	for (i = 0; i < cap.nconns; i++) {
		joined += cap.conns[i].d[0].joined + cap.conns[i].d[1].joined;
		resync += cap.conns[i].d[0].resync + cap.conns[i].d[1].resync;
	}
	printf("%s: %lu frames, %lu payloads in %zu connections%s\n", name,
	       cap.pcap.frames, cap.payloads, cap.nconns,
	       cap.pcap.skipped ? " (some truncated/fragmented skipped)" : "");
	printf("  ok: PORT %lu EPRT %lu 227 %lu 229 %lu AUTH %lu 234 %lu | errors: syntax %lu range %lu family %lu too_long %lu | joined %lu resync %lu tls %lu\n",
	       r.ok[NFH_FTP_PORT], r.ok[NFH_FTP_EPRT], r.ok[NFH_FTP_PASV_227],
	       r.ok[NFH_FTP_EPSV_229], r.ok[NFH_FTP_AUTH], r.ok[NFH_FTP_AUTH_OK],
	       r.err[NFH_FTP_ESYNTAX], r.err[NFH_FTP_ERANGE],
	       r.err[NFH_FTP_EFAMILY], r.err[NFH_FTP_ETOOLONG], joined, resync,
	       r.tls);
	CHECK(!r.glue_errors, "%s: %lu walker invariant failures", name,
	      r.glue_errors);
	CHECK(!r.insane, "%s: %lu OK results fail the sanity checks", name,
	      r.insane);
	if (tshark && rc == 0)
		compare_tshark(&r, file);
	if (tmp[0])
		unlink(tmp);
	ftp_capture_free(&cap);
	free(r.ev);
}

int main(void)
{
	char dir[4096];
	char *names[256];
	bool tshark = have_tshark();
	int n, i;

	nfh_corpus_dir("pcap/ftp", dir, sizeof(dir));
	/* a missing corpus fails: a run that checked nothing must not pass */
	n = nfh_pcap_list(dir, names, ARRAY_SIZE(names));
	if (n < 0) {
		CHECK(0, "%s: cannot open (set NFH_CORPUS)", dir);
		return check_summary();
	}
	printf("test_ftp_corpus: %d captures in %s%s\n", n, dir,
	       tshark ? "" : " (tshark not found: no comparison)");
	CHECK(n > 0, "no captures in %s", dir);
	for (i = 0; i < n; i++) {
		run_capture(dir, names[i], tshark);
		free(names[i]);
	}
	return check_summary();
}
