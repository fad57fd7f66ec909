// SPDX-License-Identifier: GPL-2.0
/*
 * explain_ftp.c - explain's FTP part: every control connection of the
 * capture through the FTP core's segment walker, driven as the kernel glue
 * drives it (tests/ftp/ftp_pcap.h and ftp_glue.h: one carry per direction,
 * the walker's own stream tracking across segments, retransmissions and
 * gaps), and each line of interest decided as nfh_ftp_line() and
 * nfh_ftp_expect() in ftp_conntrack.c do, with loose=0.
 */
#include <arpa/inet.h>
#include <stdio.h>

#include "../../tests/ftp/ftp_pcap.h"
#include "explain.h"

struct xp_ftp {
	const struct xp_opts *o;
	struct xp_list *l;
	struct ftp_conn *cn;
	unsigned long frame;
};

static const char *const refused_name[] = {
	[NFH_FTP_REFUSE_FAMILY] = "refused_family",
	[NFH_FTP_REFUSE_ADDRESS] = "refused_address",
	[NFH_FTP_REFUSE_LOW_PORT] = "refused_low_port",
};

static const char *const refused_why[] = {
	[NFH_FTP_REFUSE_FAMILY] = "address family differs from the connection's",
	[NFH_FTP_REFUSE_ADDRESS] = "address is not the sender's (loose=0)",
	[NFH_FTP_REFUSE_LOW_PORT] = "data port below 1024",
};

/* The argument of @m in @line as printable text. */
static void xp_ftp_arg(char *out, size_t cap, const u8 *line, size_t len,
		       const struct nfh_ftp_match *m)
{
	size_t i, n = m->arg_off + m->arg_len <= len ? m->arg_len : 0;

	for (i = 0; i < n && i < cap - 1; i++) {
		u8 c = line[m->arg_off + i];

		out[i] = c >= 32 && c < 127 ? c : '.';
	}
	out[i] = 0;
}

/* A PORT, EPRT, 227 or 229 line the core accepted. */
static void xp_ftp_expect(struct xp_ftp *x, const struct nfh_ftp_walk *w,
			  const u8 *line, size_t len)
{
	const struct nfh_ftp_match *m = &w->m;
	struct ftp_conn *cn = x->cn;
	bool client = w->dir == NFH_FTP_DIR_CLIENT;
	const u8 *sender = client ? cn->caddr : cn->saddr;
	const u8 *receiver = client ? cn->saddr : cn->caddr;
	bool nat = x->o->nat_family == cn->family;
	const char *name = nfh_ftp_cmd_name(m->cmd);
	enum nfh_ftp_verdict v;
	struct xp_ev *e;

	v = nfh_ftp_verdict(m, cn->family, sender, false);
	if (v != NFH_FTP_USE) {
		e = xp_add(x->l, x->frame, "ftp", XP_REFUSE, name);
		snprintf(e->what, sizeof(e->what), "%s", refused_name[v]);
		snprintf(e->before, sizeof(e->before), "%s", refused_why[v]);
		return;
	}
	e = xp_add(x->l, x->frame, "ftp", XP_EXPECT, name);
	snprintf(e->what, sizeof(e->what), "data");
	e->family = cn->family;
	e->l4proto = IPPROTO_TCP;
	memcpy(e->from, receiver, 16);	/* the other end of the control one */
	memcpy(e->to, m->family ? m->addr : sender, 16);
	e->port = m->port;
	/*
	 * Masqueraded client: its PORT/EPRT names the router's address (the
	 * port kept when free), where the data connection now arrives; the
	 * server's 227/229 name the server, which NAT leaves alone.
	 */
	if (nat && client) {
		u8 delim = 0;
		char text[NFH_FTP_REPL_MAX + 1];
		size_t n;

		memcpy(e->to, x->o->nat_addr, 16);
		if (m->cmd == NFH_FTP_EPRT || m->cmd == NFH_FTP_EPSV_229)
			delim = line[m->arg_off];
		n = nfh_ftp_format(m->cmd, cn->family, x->o->nat_addr, m->port,
				   delim, text);
		text[n] = 0;
		if (n == m->arg_len && !memcmp(text, line + m->arg_off, n))
			return;
		e = xp_add(x->l, x->frame, "ftp", XP_REWRITE, name);
		snprintf(e->what, sizeof(e->what), "nat_rewrites");
		snprintf(e->part, sizeof(e->part), "argument");
		xp_ftp_arg(e->before, sizeof(e->before), line, len, m);
		snprintf(e->after, sizeof(e->after), "%s", text);
	}
}

/* One line the walker yielded, as nfh_ftp_line() takes it. */
static void xp_ftp_line(void *ctx, const struct nfh_ftp_walk *w,
			const u8 *line, size_t len)
{
	struct xp_ftp *x = ctx;
	struct ftp_conn *cn = x->cn;
	struct xp_ev *e;

	if (cn->stopped)
		return;
	if (w->res != NFH_FTP_OK) {
		e = xp_add(x->l, x->frame, "ftp", XP_REFUSE,
			   nfh_ftp_cmd_name(w->m.cmd));
		snprintf(e->what, sizeof(e->what), "error_%s",
			 nfh_ftp_result_name(w->res));
		snprintf(e->before, sizeof(e->before),
			 "malformed line: passed unmodified, nothing expected");
		return;
	}
	switch (w->m.cmd) {
	case NFH_FTP_AUTH:
		cn->auth = true;
		return;
	case NFH_FTP_AUTH_OK:
		if (!cn->auth)
			return;
		cn->stopped = true;
		e = xp_add(x->l, x->frame, "ftp", XP_NOTE, "234");
		snprintf(e->what, sizeof(e->what), "tls_stopped");
		snprintf(e->before, sizeof(e->before),
			 "AUTH accepted: TLS from here, the connection is no longer inspected");
		return;
	default:
		xp_ftp_expect(x, w, line, len);
	}
}

static void xp_ftp_payload(void *ctx, struct ftp_capture *c,
			   struct ftp_conn *cn, enum nfh_ftp_dir dir,
			   const struct nfh_pcap_pkt *pk)
{
	struct xp_ftp *x = ctx;
	const char *err;

	(void)c;
	if (cn->stopped)
		return;
	x->frame = pk->frame;
	x->cn = cn;
	err = ftp_glue_segment(&cn->d[dir], pk->seq, pk->data, pk->len,
			       xp_ftp_line, x);
	if (err)
		fprintf(stderr, "helperctl: explain: frame %lu: %s\n",
			pk->frame, err);
}

int explain_ftp(const char *path, const struct xp_opts *o, struct xp_list *l)
{
	struct xp_ftp x = { .o = o, .l = l };
	struct ftp_capture c;
	int r;

	r = ftp_pcap_walk(path, &c, xp_ftp_payload, &x);
	ftp_capture_free(&c);
	return r ? -1 : 0;
}
