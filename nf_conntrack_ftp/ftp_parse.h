/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ftp_parse.h - FTP control-channel parse core (kernel and userspace).
 *
 * Pure functions over (buf, len).  The kernel glue feeds them TCP payloads;
 * unit tests and fuzzers feed them anything.
 */
#ifndef _NFH_FTP_PARSE_H
#define _NFH_FTP_PARSE_H

#include "nfh_env.h"

/*
 * Longest line we parse or carry across segments (RFC 959 has no limit;
 * every line that matters to a helper is far shorter).
 */
#define NFH_FTP_LINE_MAX 256

enum nfh_ftp_dir {
	NFH_FTP_DIR_CLIENT = 0,	/* commands: client -> server */
	NFH_FTP_DIR_SERVER = 1,	/* replies:  server -> client */
};

enum nfh_ftp_cmd {
	NFH_FTP_NONE = 0,	/* a line that does not concern the helper */
	NFH_FTP_PORT,		/* PORT h1,h2,h3,h4,p1,p2 */
	NFH_FTP_EPRT,		/* EPRT |1|a.b.c.d|port| or |2|ipv6|port| */
	NFH_FTP_PASV_227,	/* 227 text (h1,h2,h3,h4,p1,p2) */
	NFH_FTP_EPSV_229,	/* 229 text (|||port|) */
	NFH_FTP_AUTH,		/* AUTH <mechanism> */
	NFH_FTP_AUTH_OK,	/* 234 (security data exchange follows) */
	NFH_FTP_CMD_MAX,
};

/* Outcome of parsing one line; every error is a reason a counter names. */
enum nfh_ftp_result {
	NFH_FTP_OK = 0,		/* a command of interest, *m filled in */
	NFH_FTP_IGNORED,	/* not a line of interest */
	NFH_FTP_ESYNTAX,	/* keyword matched, arguments malformed */
	NFH_FTP_ERANGE,		/* octet > 255, port 0 or > 65535 */
	NFH_FTP_EFAMILY,	/* EPRT protocol other than 1 or 2 */
	NFH_FTP_ETOOLONG,	/* line of interest longer than NFH_FTP_LINE_MAX */
	NFH_FTP_RESULT_MAX,
};

struct nfh_ftp_match {
	enum nfh_ftp_cmd cmd;
	u8 family;		/* AF_INET, AF_INET6, or 0 for 229 (no address) */
	u8 addr[16];		/* network order; IPv4 uses addr[0..3] */
	u16 port;		/* host order, 1..65535 */
	/*
	 * The text a NAT rewrite replaces, relative to the line start:
	 * PORT/227 "h1,h2,h3,h4,p1,p2"; EPRT/229 "|...|", delimiters included.
	 */
	u16 arg_off;
	u16 arg_len;
};

/*
 * Length of the line at buf[0], '\n' included; 0 when buf holds no '\n'.
 */
size_t nfh_ftp_line_len(const u8 *buf, size_t len);

/*
 * Parse one line (as found by nfh_ftp_line_len(), or a final partial line;
 * the trailing CR LF or LF is optional).  @dir says whether it is a command
 * or a reply.
 */
enum nfh_ftp_result nfh_ftp_parse_line(const u8 *line, size_t len,
				       enum nfh_ftp_dir dir,
				       struct nfh_ftp_match *m);

/*
 * Can a line that begins with these @len bytes still turn out to be a line
 * of interest?  Decides whether a partial line at a segment end is worth
 * carrying into the next segment.
 */
bool nfh_ftp_may_match(const u8 *buf, size_t len, enum nfh_ftp_dir dir);

/*
 * Write the replacement text for a NAT rewrite of @cmd into @out (at least
 * NFH_FTP_REPL_MAX bytes) in the same style as the original argument:
 * PORT/227 "h1,h2,h3,h4,p1,p2", EPRT "|1|a.b.c.d|port|" or "|2|v6|port|"
 * (using @delim), 229 "|||port|" (using @delim).  Returns the length, or 0
 * when @cmd carries no rewritable argument.
 */
#define NFH_FTP_REPL_MAX 64
size_t nfh_ftp_format(enum nfh_ftp_cmd cmd, u8 family, const u8 *addr,
		      u16 port, u8 delim, char *out);

/* Lowest data port a PORT/EPRT/227/229 may name (bounce to services). */
#define NFH_FTP_DATA_PORT_MIN 1024

/* Whether the helper may expect the data connection a line announces. */
enum nfh_ftp_verdict {
	NFH_FTP_USE = 0,
	NFH_FTP_REFUSE_FAMILY,	/* not the connection's address family */
	NFH_FTP_REFUSE_ADDRESS,	/* not the sender's address (loose=0) */
	NFH_FTP_REFUSE_LOW_PORT, /* port below NFH_FTP_DATA_PORT_MIN */
};

/*
 * Decide on parsed line @m of a connection of @family (AF_INET or
 * AF_INET6) whose sender has address @sender (4 or 16 bytes).  Pure, so the
 * unit tests check the very rule the kernel glue applies.
 */
enum nfh_ftp_verdict nfh_ftp_verdict(const struct nfh_ftp_match *m, u8 family,
				     const u8 *sender, bool loose);

/* Names for counters, logs and tests. */
const char *nfh_ftp_cmd_name(enum nfh_ftp_cmd cmd);
const char *nfh_ftp_result_name(enum nfh_ftp_result res);

/*
 * Per-direction stream position, kept in the conntrack helper area.  Decides
 * where in a segment line starts are, across segments, retransmissions and
 * gaps, without keeping any payload.
 */
struct nfh_ftp_stream {
	u32 next_seq;		/* sequence number after the last byte seen */
	u32 line_seq[2];	/* recent segment starts that were line starts */
	u8 synced;		/* next_seq is valid */
	u8 midline;		/* next_seq falls inside a line */
	u8 line_idx;		/* next slot of line_seq[] to overwrite */
	u8 owner;		/* free for the caller's per-connection flags */
};

enum nfh_ftp_start {
	NFH_FTP_AT_LINE,	/* the segment starts a line */
	NFH_FTP_CONTINUES,	/* continues the partial line ending at next_seq */
	NFH_FTP_UNKNOWN,	/* gap or retransmission: resync at the first LF */
};

/* Where does the segment [seq, seq + len) start, relative to lines? */
enum nfh_ftp_start nfh_ftp_stream_start(const struct nfh_ftp_stream *s,
					u32 seq);

/*
 * Record that the segment [seq, seq + len) was seen, @starts_line telling
 * whether its first byte starts a line and @ends_midline whether its last
 * line is incomplete.
 */
void nfh_ftp_stream_advance(struct nfh_ftp_stream *s, u32 seq, u32 len,
			    bool starts_line, bool ends_midline);

/*
 * Segment walker: everything the glue does with one TCP payload of a
 * direction, so the kernel and the tests run the same code.  It places the
 * segment in the stream (stream start, retransmission, gap), joins a line
 * carried over from the previous segment, yields every line of interest in
 * order, says which partial last line to carry into the next segment, and
 * advances the stream.  The caller keeps the carried bytes (the walker
 * allocates nothing); it stores one carry per direction, keyed by the
 * sequence number the continuation starts at.  Usage:
 *
 *	if (nfh_ftp_walk_begin(&w, st, dir, seq, len))
 *		(take the carry stored for seq, if any, and hand it over:)
 *		nfh_ftp_walk_carry(&w, carry, carry_len);
 *	while (nfh_ftp_walk_next(&w, buf, len)) {
 *		... w.res, w.m, w.line_off, w.line_len, w.joined ...
 *		(after rewriting the line in place, re-read buf/len and call
 *		 nfh_ftp_walk_resize(&w, delta) with the length change)
 *	}
 *	carry = nfh_ftp_walk_end(&w, st, buf, &carry_len);
 *	if (carry)
 *		(store carry_len bytes at carry for seq + len, replacing any)
 *
 * seq and len are the segment's as sent (before any rewrite); buf and len
 * given to walk_next() and walk_end() are the payload as it is now.
 * walk_end() returns no carry for a segment that did not move the stream
 * forward: a retransmission of old data must leave the carry for next_seq
 * alone.  A caller that stops early (drop, TLS) skips walk_end() and leaves
 * the stream where it was.
 *
 * A joined line (start of it carried from the previous segment) is parsed
 * from w.join; w.joined is set and w.line_off/line_len then describe only
 * the part in this segment.  A joined line over NFH_FTP_LINE_MAX is reported
 * as soon as it passes the cap (res ETOOLONG, m.cmd set as for a whole
 * line), even before its LF; w.join then holds its first NFH_FTP_LINE_MAX
 * bytes.
 */
struct nfh_ftp_walk {
	enum nfh_ftp_dir dir;
	enum nfh_ftp_start start;	/* where the segment starts */
	u32 seq, len;			/* the segment, as sent */
	bool forward;			/* it moves the stream forward */
	const u8 *carry;
	size_t carry_len;
	size_t off;		/* next byte to look at */
	bool began;
	/* results of the last nfh_ftp_walk_next() */
	enum nfh_ftp_result res;
	struct nfh_ftp_match m;
	size_t line_off;
	size_t line_len;
	bool joined;
	/* after the walk */
	bool ends_midline;
	size_t carry_off;
	size_t carry_len_out;
	bool carry_in_join;
	u8 join[NFH_FTP_LINE_MAX];
};

/* Returns true when the segment continues a partial line: carry wanted. */
bool nfh_ftp_walk_begin(struct nfh_ftp_walk *w,
			const struct nfh_ftp_stream *st, enum nfh_ftp_dir dir,
			u32 seq, u32 len);
void nfh_ftp_walk_carry(struct nfh_ftp_walk *w, const u8 *carry,
			size_t carry_len);
bool nfh_ftp_walk_next(struct nfh_ftp_walk *w, const u8 *buf, size_t len);
void nfh_ftp_walk_resize(struct nfh_ftp_walk *w, long delta);
const u8 *nfh_ftp_walk_end(struct nfh_ftp_walk *w, struct nfh_ftp_stream *st,
			   const u8 *buf, size_t *carry_len);

/*
 * Would the segment [@seq, +@len) of @buf, placed in the stream @st, end
 * with the start of a line of interest whose rest is still to come (a
 * carry)?  Nothing is changed but @w, which the caller may then reuse.
 * The glue holds such a segment on a connection whose sender is
 * translated (nfh_hold.h); without a carry handed in, a segment that
 * continues a line is read from its first line feed on.
 */
bool nfh_ftp_walk_ends_split(struct nfh_ftp_walk *w,
			     const struct nfh_ftp_stream *st,
			     enum nfh_ftp_dir dir, u32 seq, const u8 *buf,
			     u32 len);

#endif /* _NFH_FTP_PARSE_H */
