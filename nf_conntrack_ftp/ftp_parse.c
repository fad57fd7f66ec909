// SPDX-License-Identifier: GPL-2.0
/*
 * FTP control-channel parse core: PORT, EPRT, 227, 229, AUTH and 234.
 *
 * Strict grammar (RFC 959, RFC 2428): octets 0-255, ports 1-65535, every
 * number bounded in digits so nothing wraps, a command counts only at a line
 * start.  Nothing here allocates or reads past the length it is given.
 */
#include "ftp_parse.h"
#include "nfh_text.h"

size_t nfh_ftp_line_len(const u8 *buf, size_t len)
{
	const u8 *nl = memchr(buf, '\n', len);

	return nl ? (size_t)(nl - buf) + 1 : 0;
}

/* Length of the line without its trailing LF or CR LF. */
static size_t nfh_ftp_content_len(const u8 *line, size_t len)
{
	if (len && line[len - 1] == '\n')
		len--;
	if (len && line[len - 1] == '\r')
		len--;
	return len;
}

/* A letter or digit right after a keyword makes it another word (PORTAL). */
static bool nfh_ftp_is_alnum(u8 c)
{
	return nfh_isdigit(c) || (nfh_tolower(c) >= 'a' && nfh_tolower(c) <= 'z');
}

static enum nfh_ftp_result nfh_ftp_text_result(enum nfh_text_result r)
{
	switch (r) {
	case NFH_TEXT_OK:
		return NFH_FTP_OK;
	case NFH_TEXT_ERANGE:
		return NFH_FTP_ERANGE;
	default:
		return NFH_FTP_ESYNTAX;
	}
}

/* Decimal number of 1..@max_digits digits at buf[*pos], at most @max. */
static enum nfh_ftp_result nfh_ftp_num(const u8 *buf, size_t len, size_t *pos,
				       unsigned int max_digits, u32 max,
				       u32 *val)
{
	enum nfh_text_result r;
	u64 v;

	r = nfh_parse_dec(buf, len, pos, max_digits, max, &v);
	if (r != NFH_TEXT_OK)
		return nfh_ftp_text_result(r);
	*val = v;
	return NFH_FTP_OK;
}

/* "h1,h2,h3,h4,p1,p2" at buf[*pos] (PORT and 227). */
static enum nfh_ftp_result nfh_ftp_parse_six(const u8 *buf, size_t len,
					     size_t *pos,
					     struct nfh_ftp_match *m)
{
	enum nfh_ftp_result r;
	u32 v[6];
	int i;

	for (i = 0; i < 6; i++) {
		if (i) {
			if (*pos >= len || buf[*pos] != ',')
				return NFH_FTP_ESYNTAX;
			(*pos)++;
		}
		r = nfh_ftp_num(buf, len, pos, 3, 255, &v[i]);
		if (r != NFH_FTP_OK)
			return r;
	}
	for (i = 0; i < 4; i++)
		m->addr[i] = v[i];
	m->family = AF_INET;
	m->port = (v[4] << 8) | v[5];
	return m->port ? NFH_FTP_OK : NFH_FTP_ERANGE;
}

/* Only spaces may follow an argument. */
static enum nfh_ftp_result nfh_ftp_trailing_blank(const u8 *buf, size_t pos,
						  size_t n)
{
	while (pos < n && buf[pos] == ' ')
		pos++;
	return pos == n ? NFH_FTP_OK : NFH_FTP_ESYNTAX;
}

static bool nfh_ftp_is_delim(u8 c)
{
	/* RFC 2428: any printable ASCII except digits makes sense as d */
	return c >= 33 && c <= 126 && !nfh_isdigit(c);
}

/* EPRT<SP>d<net-prt>d<net-addr>d<tcp-port>d */
static enum nfh_ftp_result nfh_ftp_parse_eprt(const u8 *buf, size_t n,
				      struct nfh_ftp_match *m)
{
	enum nfh_ftp_result r;
	size_t pos = 5, a_start, a_end;
	u32 proto, port;
	u8 d;

	if (pos >= n || !nfh_ftp_is_delim(buf[pos]))
		return NFH_FTP_ESYNTAX;
	d = buf[pos++];
	r = nfh_ftp_num(buf, n, &pos, 1, 9, &proto);
	if (r != NFH_FTP_OK)
		return NFH_FTP_ESYNTAX;
	if (pos >= n || buf[pos] != d)
		return NFH_FTP_ESYNTAX;
	if (proto != 1 && proto != 2)
		return NFH_FTP_EFAMILY;
	a_start = ++pos;
	while (pos < n && buf[pos] != d && pos - a_start <= 45)
		pos++;
	if (pos >= n || buf[pos] != d)
		return NFH_FTP_ESYNTAX;
	a_end = pos++;
	if (proto == 1) {
		r = nfh_ftp_text_result(nfh_parse_ipv4(buf + a_start,
							a_end - a_start,
							m->addr));
		m->family = AF_INET;
	} else {
		r = nfh_ftp_text_result(nfh_parse_ipv6(buf + a_start,
							a_end - a_start,
							m->addr));
		m->family = AF_INET6;
	}
	if (r != NFH_FTP_OK)
		return r;
	r = nfh_ftp_num(buf, n, &pos, 5, 65535, &port);
	if (r != NFH_FTP_OK)
		return r;
	if (!port)
		return NFH_FTP_ERANGE;
	if (pos >= n || buf[pos] != d)
		return NFH_FTP_ESYNTAX;
	pos++;
	m->port = port;
	m->arg_off = 5;
	m->arg_len = pos - 5;
	return nfh_ftp_trailing_blank(buf, pos, n);
}

/* 227 <text> (h1,h2,h3,h4,p1,p2) <text>, parentheses optional. */
static enum nfh_ftp_result nfh_ftp_parse_227(const u8 *buf, size_t n,
				     struct nfh_ftp_match *m)
{
	const u8 *paren = memchr(buf + 4, '(', n - 4);
	enum nfh_ftp_result r;
	size_t pos;

	if (paren) {
		pos = paren - buf + 1;
	} else {
		for (pos = 4; pos < n && !nfh_isdigit(buf[pos]); pos++)
			;
	}
	m->arg_off = pos;
	r = nfh_ftp_parse_six(buf, n, &pos, m);
	if (r != NFH_FTP_OK)
		return r;
	m->arg_len = pos - m->arg_off;
	if (paren && (pos >= n || buf[pos] != ')'))
		return NFH_FTP_ESYNTAX;
	if (!paren && pos < n && (nfh_isdigit(buf[pos]) || buf[pos] == ','))
		return NFH_FTP_ESYNTAX;
	return NFH_FTP_OK;
}

/* 229 <text> (d d d port d) */
static enum nfh_ftp_result nfh_ftp_parse_229(const u8 *buf, size_t n,
				     struct nfh_ftp_match *m)
{
	const u8 *paren = memchr(buf + 4, '(', n - 4);
	enum nfh_ftp_result r;
	size_t pos;
	u32 port;
	u8 d;

	if (!paren)
		return NFH_FTP_ESYNTAX;
	pos = paren - buf + 1;
	if (n - pos < 5 || !nfh_ftp_is_delim(buf[pos]))
		return NFH_FTP_ESYNTAX;
	d = buf[pos];
	if (buf[pos + 1] != d || buf[pos + 2] != d)
		return NFH_FTP_ESYNTAX;
	m->arg_off = pos;
	pos += 3;
	r = nfh_ftp_num(buf, n, &pos, 5, 65535, &port);
	if (r != NFH_FTP_OK)
		return r;
	if (!port)
		return NFH_FTP_ERANGE;
	if (pos + 1 >= n || buf[pos] != d || buf[pos + 1] != ')')
		return NFH_FTP_ESYNTAX;
	m->arg_len = pos + 1 - m->arg_off;
	m->family = 0;
	m->port = port;
	return NFH_FTP_OK;
}

static enum nfh_ftp_result nfh_ftp_parse_command(const u8 *buf, size_t n,
					 struct nfh_ftp_match *m)
{
	enum nfh_ftp_result r;
	size_t pos = 5;

	if (nfh_prefix_ci(buf, n, "PORT"))
		m->cmd = NFH_FTP_PORT;
	else if (nfh_prefix_ci(buf, n, "EPRT"))
		m->cmd = NFH_FTP_EPRT;
	else if (nfh_prefix_ci(buf, n, "AUTH"))
		m->cmd = NFH_FTP_AUTH;
	else
		return NFH_FTP_IGNORED;
	/* PORTAL is not PORT */
	if (n > 4 && nfh_ftp_is_alnum(buf[4])) {
		m->cmd = NFH_FTP_NONE;
		return NFH_FTP_IGNORED;
	}
	if (n < 6 || buf[4] != ' ')
		return NFH_FTP_ESYNTAX;

	switch (m->cmd) {
	case NFH_FTP_PORT:
		m->arg_off = 5;
		r = nfh_ftp_parse_six(buf, n, &pos, m);
		if (r != NFH_FTP_OK)
			return r;
		m->arg_len = pos - 5;
		return nfh_ftp_trailing_blank(buf, pos, n);
	case NFH_FTP_EPRT:
		return nfh_ftp_parse_eprt(buf, n, m);
	default:
		/* AUTH: any mechanism; the server's 234 is what counts */
		return buf[5] == ' ' ? NFH_FTP_ESYNTAX : NFH_FTP_OK;
	}
}

static enum nfh_ftp_result nfh_ftp_parse_reply(const u8 *buf, size_t n,
				       struct nfh_ftp_match *m)
{
	/* only the last line of a reply ("ddd SP") carries the result */
	if (n < 4 || buf[3] != ' ')
		return NFH_FTP_IGNORED;
	if (!memcmp(buf, "227", 3)) {
		m->cmd = NFH_FTP_PASV_227;
		return nfh_ftp_parse_227(buf, n, m);
	}
	if (!memcmp(buf, "229", 3)) {
		m->cmd = NFH_FTP_EPSV_229;
		return nfh_ftp_parse_229(buf, n, m);
	}
	if (!memcmp(buf, "234", 3)) {
		m->cmd = NFH_FTP_AUTH_OK;
		return NFH_FTP_OK;
	}
	return NFH_FTP_IGNORED;
}

enum nfh_ftp_result nfh_ftp_parse_line(const u8 *line, size_t len,
				       enum nfh_ftp_dir dir,
				       struct nfh_ftp_match *m)
{
	enum nfh_ftp_result r;
	size_t n = nfh_ftp_content_len(line, len);

	memset(m, 0, sizeof(*m));
	n = min_t(size_t, n, NFH_FTP_LINE_MAX);
	if (dir == NFH_FTP_DIR_CLIENT)
		r = nfh_ftp_parse_command(line, n, m);
	else
		r = nfh_ftp_parse_reply(line, n, m);
	if (r != NFH_FTP_IGNORED && len > NFH_FTP_LINE_MAX)
		r = NFH_FTP_ETOOLONG;
	if (r != NFH_FTP_OK) {
		enum nfh_ftp_cmd cmd = r == NFH_FTP_IGNORED ? NFH_FTP_NONE : m->cmd;

		memset(m, 0, sizeof(*m));
		m->cmd = cmd;
	}
	return r;
}

static const char *const nfh_ftp_interesting[2][3] = {
	[NFH_FTP_DIR_CLIENT] = { "PORT", "EPRT", "AUTH" },
	[NFH_FTP_DIR_SERVER] = { "227 ", "229 ", "234 " },
};

/*
 * Must say yes for every prefix of a line nfh_ftp_parse_line() does not
 * ignore, or a split line would be lost where a whole one is reported: a
 * command keyword followed by anything but a letter or digit ("PORT\t",
 * "AUTH\r") is a malformed command, not another word.
 */
bool nfh_ftp_may_match(const u8 *buf, size_t len, enum nfh_ftp_dir dir)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(nfh_ftp_interesting[0]); i++) {
		const char *kw = nfh_ftp_interesting[dir][i];
		size_t n = min_t(size_t, len, strlen(kw));

		if (!nfh_mem_eq_ci(buf, kw, n))
			continue;
		if (dir == NFH_FTP_DIR_CLIENT && len > n &&
		    nfh_ftp_is_alnum(buf[n]))
			return false;	/* PORTAL, AUTHX: another word */
		return true;
	}
	return false;
}

size_t nfh_ftp_format(enum nfh_ftp_cmd cmd, u8 family, const u8 *addr,
		      u16 port, u8 delim, char *out)
{
	size_t n = 0;
	int i;

	switch (cmd) {
	case NFH_FTP_PORT:
	case NFH_FTP_PASV_227:
		if (family != AF_INET)
			return 0;
		for (i = 0; i < 4; i++) {
			n += nfh_put_dec(out + n, addr[i]);
			out[n++] = ',';
		}
		n += nfh_put_dec(out + n, port >> 8);
		out[n++] = ',';
		n += nfh_put_dec(out + n, port & 0xff);
		return n;
	case NFH_FTP_EPRT:
		out[n++] = delim;
		out[n++] = family == AF_INET6 ? '2' : '1';
		out[n++] = delim;
		if (family == AF_INET6) {
			n += nfh_put_ipv6(out + n, addr);
		} else {
			for (i = 0; i < 4; i++) {
				if (i)
					out[n++] = '.';
				n += nfh_put_dec(out + n, addr[i]);
			}
		}
		out[n++] = delim;
		n += nfh_put_dec(out + n, port);
		out[n++] = delim;
		return n;
	case NFH_FTP_EPSV_229:
		out[n++] = delim;
		out[n++] = delim;
		out[n++] = delim;
		n += nfh_put_dec(out + n, port);
		out[n++] = delim;
		return n;
	default:
		return 0;
	}
}

const char *nfh_ftp_cmd_name(enum nfh_ftp_cmd cmd)
{
	static const char *const names[NFH_FTP_CMD_MAX] = {
		[NFH_FTP_NONE] = "none",	[NFH_FTP_PORT] = "PORT",
		[NFH_FTP_EPRT] = "EPRT",	[NFH_FTP_PASV_227] = "227",
		[NFH_FTP_EPSV_229] = "229",	[NFH_FTP_AUTH] = "AUTH",
		[NFH_FTP_AUTH_OK] = "234",
	};

	return (unsigned int)cmd < NFH_FTP_CMD_MAX ? names[cmd] : "?";
}

enum nfh_ftp_verdict nfh_ftp_verdict(const struct nfh_ftp_match *m, u8 family,
				     const u8 *sender, bool loose)
{
	/* 229 names no address: the data goes to the sender itself */
	if (m->family && m->family != family)
		return NFH_FTP_REFUSE_FAMILY;
	if (m->family && !loose &&
	    memcmp(m->addr, sender, family == AF_INET ? 4 : 16))
		return NFH_FTP_REFUSE_ADDRESS;
	if (m->port < NFH_FTP_DATA_PORT_MIN)
		return NFH_FTP_REFUSE_LOW_PORT;
	return NFH_FTP_USE;
}

const char *nfh_ftp_result_name(enum nfh_ftp_result res)
{
	static const char *const names[NFH_FTP_RESULT_MAX] = {
		[NFH_FTP_OK] = "ok",		[NFH_FTP_IGNORED] = "ignored",
		[NFH_FTP_ESYNTAX] = "syntax",	[NFH_FTP_ERANGE] = "range",
		[NFH_FTP_EFAMILY] = "family",	[NFH_FTP_ETOOLONG] = "too_long",
	};

	return (unsigned int)res < NFH_FTP_RESULT_MAX ? names[res] : "?";
}

enum nfh_ftp_start nfh_ftp_stream_start(const struct nfh_ftp_stream *s,
					u32 seq)
{
	if (!s->synced)
		return NFH_FTP_AT_LINE;	/* first payload of this direction */
	if (seq == s->next_seq)
		return s->midline ? NFH_FTP_CONTINUES : NFH_FTP_AT_LINE;
	if (seq == s->line_seq[0] || seq == s->line_seq[1])
		return NFH_FTP_AT_LINE;	/* retransmission of a line start */
	return NFH_FTP_UNKNOWN;
}

void nfh_ftp_stream_advance(struct nfh_ftp_stream *s, u32 seq, u32 len,
			    bool starts_line, bool ends_midline)
{
	u32 end = seq + len;

	if (!s->synced) {
		/*
		 * The zeroed slots are no line starts: a later segment at
		 * seq 0 must not be taken for one.  Half the sequence space
		 * away is a value no segment in the window can have.
		 */
		s->line_seq[0] = s->line_seq[1] = starts_line ? seq :
						  seq + 0x80000000u;
		s->line_idx = 0;
	}
	if (starts_line && seq != s->line_seq[0] && seq != s->line_seq[1]) {
		s->line_seq[s->line_idx] = seq;
		s->line_idx ^= 1;
	}
	if (!s->synced || nfh_seq_after(end, s->next_seq)) {
		s->next_seq = end;
		s->midline = ends_midline;
		s->synced = 1;
	}
}

bool nfh_ftp_walk_begin(struct nfh_ftp_walk *w,
			const struct nfh_ftp_stream *st, enum nfh_ftp_dir dir,
			u32 seq, u32 len)
{
	w->dir = dir;
	w->start = nfh_ftp_stream_start(st, seq);
	w->seq = seq;
	w->len = len;
	/* only a segment that moves the stream forward may replace the carry */
	w->forward = !st->synced || nfh_seq_after(seq + len, st->next_seq);
	w->carry = NULL;
	w->carry_len = 0;
	w->off = 0;
	w->began = false;
	w->ends_midline = false;
	w->carry_off = 0;
	w->carry_len_out = 0;
	w->carry_in_join = false;
	return w->start == NFH_FTP_CONTINUES;
}

void nfh_ftp_walk_carry(struct nfh_ftp_walk *w, const u8 *carry,
			size_t carry_len)
{
	if (w->start != NFH_FTP_CONTINUES || carry_len > NFH_FTP_LINE_MAX)
		return;
	w->carry = carry;
	w->carry_len = carry_len;
}

/* The first bytes of a segment that does not start a line. */
static bool nfh_ftp_walk_first(struct nfh_ftp_walk *w, const u8 *buf,
			       size_t len)
{
	size_t ll = nfh_ftp_line_len(buf, len);

	if (w->start == NFH_FTP_CONTINUES && w->carry_len) {
		size_t take = ll ? ll : len;

		if (w->carry_len + take > NFH_FTP_LINE_MAX) {
			/*
			 * Too long to be one of ours.  Its first NFH_FTP_LINE_MAX
			 * bytes decide, as for a whole line, whether it is a
			 * line of interest at all (a carried "PO" may have
			 * become "POTATO...") and which command it names.
			 */
			size_t head = NFH_FTP_LINE_MAX - w->carry_len;

			memcpy(w->join, w->carry, w->carry_len);
			memcpy(w->join + w->carry_len, buf, head);
			w->res = nfh_ftp_parse_line(w->join, NFH_FTP_LINE_MAX,
						    w->dir, &w->m);
			if (w->res != NFH_FTP_IGNORED) {
				enum nfh_ftp_cmd cmd = w->m.cmd;

				w->res = NFH_FTP_ETOOLONG;
				memset(&w->m, 0, sizeof(w->m));
				w->m.cmd = cmd;
			}
			w->joined = true;
			w->line_off = 0;
			w->line_len = take;
			w->off = ll ? ll : len;
			w->ends_midline = !ll;
			return true;
		}
		if (!ll) {
			/* still no end of line: carry the whole lot */
			w->off = len;
			w->ends_midline = true;
			memcpy(w->join, w->carry, w->carry_len);
			memcpy(w->join + w->carry_len, buf, len);
			w->carry_in_join = true;
			w->carry_len_out = w->carry_len + len;
			return false;
		}
		memcpy(w->join, w->carry, w->carry_len);
		memcpy(w->join + w->carry_len, buf, ll);
		w->res = nfh_ftp_parse_line(w->join, w->carry_len + ll, w->dir,
					    &w->m);
		w->joined = true;
		w->line_off = 0;
		w->line_len = ll;
		w->off = ll;
		return true;
	}
	/* unknown position: the first complete line start is after a LF */
	w->off = ll ? ll : len;
	w->ends_midline = !ll;
	return false;
}

bool nfh_ftp_walk_next(struct nfh_ftp_walk *w, const u8 *buf, size_t len)
{
	if (!w->began) {
		w->began = true;
		if (w->start != NFH_FTP_AT_LINE && len &&
		    nfh_ftp_walk_first(w, buf, len)) {
			if (w->res != NFH_FTP_IGNORED)
				return true;
		}
		if (w->ends_midline)
			return false;
	}
	while (w->off < len) {
		const u8 *line = buf + w->off;
		size_t ll = nfh_ftp_line_len(line, len - w->off);

		w->joined = false;
		w->ends_midline = !ll;
		if (!ll) {
			/* partial last line: carry it if it may matter */
			size_t rest = len - w->off;

			if (rest <= NFH_FTP_LINE_MAX &&
			    nfh_ftp_may_match(line, rest, w->dir)) {
				w->carry_off = w->off;
				w->carry_len_out = rest;
			}
			w->off = len;
			return false;
		}
		w->line_off = w->off;
		w->line_len = ll;
		w->off += ll;
		w->res = nfh_ftp_parse_line(line, ll, w->dir, &w->m);
		if (w->res != NFH_FTP_IGNORED)
			return true;
	}
	return false;
}

void nfh_ftp_walk_resize(struct nfh_ftp_walk *w, long delta)
{
	w->off += delta;
	w->line_len += delta;
}

const u8 *nfh_ftp_walk_end(struct nfh_ftp_walk *w, struct nfh_ftp_stream *st,
			   const u8 *buf, size_t *carry_len)
{
	*carry_len = 0;
	if (!w->len)
		return NULL;	/* a bare ACK tells the tracker nothing */
	nfh_ftp_stream_advance(st, w->seq, w->len, w->start == NFH_FTP_AT_LINE,
			       w->ends_midline);
	if (!w->forward || !w->carry_len_out)
		return NULL;
	*carry_len = w->carry_len_out;
	return w->carry_in_join ? w->join : buf + w->carry_off;
}

bool nfh_ftp_walk_ends_split(struct nfh_ftp_walk *w,
			     const struct nfh_ftp_stream *st,
			     enum nfh_ftp_dir dir, u32 seq, const u8 *buf,
			     u32 len)
{
	nfh_ftp_walk_begin(w, st, dir, seq, len);
	while (nfh_ftp_walk_next(w, buf, len))
		;
	return w->forward && w->carry_len_out;
}
