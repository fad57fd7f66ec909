/* SPDX-License-Identifier: GPL-2.0 */
/*
 * history_vectors.h - FTP bug shapes of other helpers' past (issue 13), one
 * row each: the line, the connection it arrives on, the public fix or CVE
 * it mirrors, and what our helper must do with it (the parse result, then
 * for a line that parses the verdict and the counter that says so).
 *
 * Run by test_ftp_history (make ftp-unit).  tests/lib/history_negative.sh
 * removes each row's guard from a copy of the sources
 * (tests/ftp/history_mutants) and checks that the row then fails.
 * Documentation/ftp.rst, "Historical bugs", has the same list.
 */
#ifndef _NFH_FTP_HISTORY_VECTORS_H
#define _NFH_FTP_HISTORY_VECTORS_H

#include "../../nf_conntrack_ftp/ftp_parse.h"

struct ftp_hist {
	const char *name;
	const char *mirrors;		/* CVE or kernel commit title */
	enum nfh_ftp_dir dir;
	const char *line;
	size_t len;
	const char *sender;		/* the control connection's sender */
	enum nfh_ftp_result res;
	enum nfh_ftp_verdict verdict;	/* when res is OK */
	const char *counter;		/* /proc/net/nfhelpers/ftp */
};

#define FTPH(name, mirrors, dir, line, sender, res, verdict, counter)	\
	{ name, mirrors, NFH_FTP_DIR_##dir, line, sizeof(line) - 1,	\
	  sender, NFH_FTP_##res, NFH_FTP_##verdict, counter }

/* Every connection is IPv4, the client 10.0.0.1, the server 10.0.0.2. */
static const struct ftp_hist ftp_hist[] = {
	/* the check can pass: a client's own address, a high port */
	FTPH("control_own_port", "(control: the rows below differ from it)",
	     CLIENT, "PORT 10,0,0,1,4,1\r\n", "10.0.0.1", OK, USE,
	     "expect_created"),
	/* FTP bounce: the data connection aimed at a third host */
	FTPH("bounce_port", "CVE-1999-0017 (FTP bounce); in-tree loose=0",
	     CLIENT, "PORT 10,0,0,99,4,1\r\n", "10.0.0.1", OK,
	     REFUSE_ADDRESS, "refused_address"),
	FTPH("bounce_eprt", "CVE-1999-0017 (FTP bounce); in-tree loose=0",
	     CLIENT, "EPRT |1|10.0.0.99|1025|\r\n", "10.0.0.1", OK,
	     REFUSE_ADDRESS, "refused_address"),
	FTPH("bounce_227", "CVE-1999-0017 (FTP bounce); in-tree loose=0",
	     SERVER, "227 Entering Passive Mode (10,0,0,99,4,1)\r\n",
	     "10.0.0.2", OK, REFUSE_ADDRESS, "refused_address"),
	/* the sender's own address, a privileged service port (25: SMTP) */
	FTPH("port_low", "CERT CA-1997-27 (bounce to ports < 1024); in-tree has no such rule",
	     CLIENT, "PORT 10,0,0,1,0,25\r\n", "10.0.0.1", OK,
	     REFUSE_LOW_PORT, "refused_low_port"),
	FTPH("eprt_low", "CERT CA-1997-27 (bounce to ports < 1024); in-tree has no such rule",
	     CLIENT, "EPRT |1|10.0.0.1|25|\r\n", "10.0.0.1", OK,
	     REFUSE_LOW_PORT, "refused_low_port"),
	FTPH("epsv_low", "CERT CA-1997-27 (bounce to ports < 1024); in-tree has no such rule",
	     SERVER, "229 Entering Extended Passive Mode (|||25|)\r\n",
	     "10.0.0.2", OK, REFUSE_LOW_PORT, "refused_low_port"),
	/*
	 * Numbers that wrap.  In-tree try_number() sums digits into u32 and
	 * shifts them together unchecked, get_port() sums into u16: 266 ends
	 * up as 10 (the sender's first octet), 256,25 and 65561 as port 25.
	 */
	FTPH("octet_wrap", "in-tree try_number(): octets not range-checked (no public fix)",
	     CLIENT, "PORT 266,0,0,1,4,1\r\n", "10.0.0.1", ERANGE, USE,
	     "error_range"),
	FTPH("port_part_wrap", "in-tree try_number(): (p1 << 8) | p2 not range-checked (no public fix)",
	     CLIENT, "PORT 10,0,0,1,256,25\r\n", "10.0.0.1", ERANGE, USE,
	     "error_range"),
	FTPH("digits_wrap", "in-tree try_number(): u32 sum of any number of digits (no public fix)",
	     CLIENT, "PORT 10,0,0,1,4,4294967297\r\n", "10.0.0.1", ERANGE,
	     USE, "error_range"),
	FTPH("eprt_port_wrap", "in-tree get_port(): u16 sum wraps (no public fix)",
	     CLIENT, "EPRT |1|10.0.0.1|65561|\r\n", "10.0.0.1", ERANGE, USE,
	     "error_range"),
	/* EPRT: RFC 2428 delimiter (printable, not a digit), protocol 1/2 */
	FTPH("eprt_space_delim", "in-tree try_eprt() delimiter rule (RFC 2428)",
	     CLIENT, "EPRT  1 10.0.0.1 1025 \r\n", "10.0.0.1", ESYNTAX, USE,
	     "error_syntax"),
	FTPH("eprt_del_delim", "in-tree try_eprt() delimiter rule (RFC 2428)",
	     CLIENT, "EPRT \x7f" "1\x7f" "10.0.0.1\x7f" "1025\x7f\r\n",
	     "10.0.0.1", ESYNTAX, USE, "error_syntax"),
	FTPH("eprt_proto_3", "in-tree try_eprt(): protocol other than 1 or 2",
	     CLIENT, "EPRT |3|10.0.0.1|1025|\r\n", "10.0.0.1", EFAMILY, USE,
	     "error_family"),
	FTPH("eprt_proto_mismatch", "in-tree try_eprt(): protocol 2 on an IPv4 connection",
	     CLIENT, "EPRT |2|::1|1025|\r\n", "10.0.0.1", OK, REFUSE_FAMILY,
	     "refused_family"),
};

#endif /* _NFH_FTP_HISTORY_VECTORS_H */
