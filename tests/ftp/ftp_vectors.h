/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ftp_vectors.h - the one table of FTP control lines and what the parse core
 * must make of them.  Used by the unit tests (whole lines, every split point,
 * random streams) and by tests/ftp/ftp_seeds.c to write the seed corpus.
 *
 * A line is raw bytes (it may hold \r, \n, NUL and high bytes), so its
 * length comes from sizeof, never strlen.  For results other than OK the
 * parser clears everything but the command, so those rows give no address,
 * port or argument.
 */
#ifndef _NFH_FTP_VECTORS_H
#define _NFH_FTP_VECTORS_H

#include "../../nf_conntrack_ftp/ftp_parse.h"

struct ftp_vector {
	enum nfh_ftp_dir dir;
	const char *line;
	size_t len;
	enum nfh_ftp_result res;
	enum nfh_ftp_cmd cmd;
	u8 family;		/* AF_INET, AF_INET6, 0 (229 and errors) */
	const char *addr;	/* inet_pton() text, NULL: all-zero address */
	u16 port;
	const char *arg;	/* exact text at arg_off/arg_len, NULL: none */
};

#define FTPV(dir, line, res, cmd, fam, addr, port, arg)			\
	{ NFH_FTP_DIR_##dir, line, sizeof(line) - 1, NFH_FTP_##res,	\
	  NFH_FTP_##cmd, fam, addr, port, arg }
/* a line that is rejected or ignored: nothing but the command survives
 * (pastes itself: passed on to FTPV, ERANGE would meet <errno.h> first) */
#define FTPV_NO(dir, line, res, cmd)					\
	{ NFH_FTP_DIR_##dir, line, sizeof(line) - 1, NFH_FTP_##res,	\
	  NFH_FTP_##cmd, 0, NULL, 0, NULL }
#define FTPV_IGN(dir, line) FTPV_NO(dir, line, IGNORED, NONE)

/* Padding for the line-length boundary rows (NFH_FTP_LINE_MAX = 256,
 * counted with the line end). */
#define FTPV_SP16 "                "
#define FTPV_SP64 FTPV_SP16 FTPV_SP16 FTPV_SP16 FTPV_SP16
#define FTPV_SP256 FTPV_SP64 FTPV_SP64 FTPV_SP64 FTPV_SP64
#define FTPV_X64 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

/* 16 + 238 + 2 = 256: the longest line still parsed */
#define FTPV_PORT_256 "PORT 1,2,3,4,5,6" FTPV_SP64 FTPV_SP64 FTPV_SP64 \
	FTPV_SP16 FTPV_SP16 "              " "\r\n"
/* one more space: 257 */
#define FTPV_PORT_257 "PORT 1,2,3,4,5,6" FTPV_SP64 FTPV_SP64 FTPV_SP64 \
	FTPV_SP16 FTPV_SP16 "               " "\r\n"
/* LF only: 16 + 239 + 1 = 256 */
#define FTPV_PORT_256_LF "PORT 1,2,3,4,5,6" FTPV_SP64 FTPV_SP64 FTPV_SP64 \
	FTPV_SP16 FTPV_SP16 "               " "\n"
/* 39 + 215 + 2 = 256 and 257 */
#define FTPV_227_256 "227 Entering Passive Mode (1,2,3,4,5,6)" FTPV_SP64 \
	FTPV_SP64 FTPV_SP64 FTPV_SP16 "       " "\r\n"
#define FTPV_227_257 "227 Entering Passive Mode (1,2,3,4,5,6)" FTPV_SP64 \
	FTPV_SP64 FTPV_SP64 FTPV_SP16 "        " "\r\n"

_Static_assert(sizeof(FTPV_PORT_256) - 1 == NFH_FTP_LINE_MAX, "256");
_Static_assert(sizeof(FTPV_PORT_257) - 1 == NFH_FTP_LINE_MAX + 1, "257");
_Static_assert(sizeof(FTPV_PORT_256_LF) - 1 == NFH_FTP_LINE_MAX, "256 LF");
_Static_assert(sizeof(FTPV_227_256) - 1 == NFH_FTP_LINE_MAX, "227 256");
_Static_assert(sizeof(FTPV_227_257) - 1 == NFH_FTP_LINE_MAX + 1, "227 257");

static const struct ftp_vector ftp_vectors[] = {
	/* ---- PORT h1,h2,h3,h4,p1,p2 ---- */
	FTPV(CLIENT, "PORT 192,168,1,2,4,1\r\n", OK, PORT, AF_INET, "192.168.1.2", 1025, "192,168,1,2,4,1"),
	FTPV(CLIENT, "port 10,0,0,1,0,21\r\n", OK, PORT, AF_INET, "10.0.0.1", 21, "10,0,0,1,0,21"),
	FTPV(CLIENT, "PoRt 10,0,0,1,0,21\r\n", OK, PORT, AF_INET, "10.0.0.1", 21, "10,0,0,1,0,21"),
	FTPV(CLIENT, "PORT 10,0,0,1,0,21\n", OK, PORT, AF_INET, "10.0.0.1", 21, "10,0,0,1,0,21"),
	FTPV(CLIENT, "PORT 10,0,0,1,0,21", OK, PORT, AF_INET, "10.0.0.1", 21, "10,0,0,1,0,21"),
	FTPV(CLIENT, "PORT 10,0,0,1,0,21\r", OK, PORT, AF_INET, "10.0.0.1", 21, "10,0,0,1,0,21"),
	FTPV(CLIENT, "PORT 0,0,0,0,0,1\r\n", OK, PORT, AF_INET, "0.0.0.0", 1, "0,0,0,0,0,1"),
	FTPV(CLIENT, "PORT 255,255,255,255,255,255\r\n", OK, PORT, AF_INET, "255.255.255.255", 65535, "255,255,255,255,255,255"),
	FTPV(CLIENT, "PORT 001,002,003,004,000,021\r\n", OK, PORT, AF_INET, "1.2.3.4", 21, "001,002,003,004,000,021"),
	FTPV(CLIENT, "PORT 1,2,3,4,5,6   \r\n", OK, PORT, AF_INET, "1.2.3.4", 1286, "1,2,3,4,5,6"),
	FTPV_NO(CLIENT, "PORT 256,0,0,1,0,21\r\n", ERANGE, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,999,0,21\r\n", ERANGE, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,4,256,1\r\n", ERANGE, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,4,1,256\r\n", ERANGE, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,4,0,0\r\n", ERANGE, PORT),
	FTPV_NO(CLIENT, "PORT 000,0,0,0,000,000\r\n", ERANGE, PORT),
	FTPV_NO(CLIENT, "PORT 0001,2,3,4,5,6\r\n", ERANGE, PORT),	/* 4 digits */
	FTPV_NO(CLIENT, "PORT 1,2,3,4,5,0006\r\n", ERANGE, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,4,5,99999999999999999999\r\n", ERANGE, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,4,5\r\n", ESYNTAX, PORT),		/* missing field */
	FTPV_NO(CLIENT, "PORT 1,2,3,4,5,\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,4\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,4,5,6,7\r\n", ESYNTAX, PORT),	/* extra field */
	FTPV_NO(CLIENT, "PORT 1,2,3,4,5,6,\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,4,,5,6\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT ,1,2,3,4,5,6\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT 1, 2,3,4,5,6\r\n", ESYNTAX, PORT),	/* spaces inside */
	FTPV_NO(CLIENT, "PORT 1 ,2,3,4,5,6\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT  1,2,3,4,5,6\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT 1.2.3.4,5,6\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT -1,2,3,4,5,6\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT +1,2,3,4,5,6\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT 0x1,2,3,4,5,6\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,4,5,6 x\r\n", ESYNTAX, PORT),	/* trailing text */
	FTPV_NO(CLIENT, "PORT 1,2,3,4,5,6.\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,4,5,6\r\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,4,5,6\0\r\n", ESYNTAX, PORT),	/* NUL */
	FTPV_NO(CLIENT, "PORT 1,2,3,4\0,5,6\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT \xff,2,3,4,5,6\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,4,5,6\xc3\xa9\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT \r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT\t1,2,3,4,5,6\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT_1,2,3,4,5,6\r\n", ESYNTAX, PORT),
	FTPV_NO(CLIENT, "PORT\0 1,2,3,4,5,6\r\n", ESYNTAX, PORT),
	FTPV_IGN(CLIENT, "PORTAL 1,2,3,4,5,6\r\n"),			/* another word */
	FTPV_IGN(CLIENT, "PORT1,2,3,4,5,6\r\n"),
	FTPV_IGN(CLIENT, "PORTS\r\n"),
	FTPV_IGN(CLIENT, "XPORT 1,2,3,4,5,6\r\n"),
	FTPV_IGN(CLIENT, " PORT 1,2,3,4,5,6\r\n"),			/* not at line start */
	FTPV_IGN(CLIENT, "\0PORT 1,2,3,4,5,6\r\n"),
	FTPV_IGN(CLIENT, "\xffPORT 1,2,3,4,5,6\r\n"),
	FTPV_IGN(CLIENT, "SITE PORT 1,2,3,4,5,6\r\n"),
	FTPV_IGN(CLIENT, "POR\r\n"),
	FTPV_IGN(CLIENT, "P\xcfRT 1,2,3,4,5,6\r\n"),
	FTPV_IGN(SERVER, "PORT 1,2,3,4,5,6\r\n"),			/* wrong direction */
	FTPV(CLIENT, FTPV_PORT_256, OK, PORT, AF_INET, "1.2.3.4", 1286, "1,2,3,4,5,6"),
	FTPV(CLIENT, FTPV_PORT_256_LF, OK, PORT, AF_INET, "1.2.3.4", 1286, "1,2,3,4,5,6"),
	FTPV_NO(CLIENT, FTPV_PORT_257, ETOOLONG, PORT),
	FTPV_NO(CLIENT, "PORT 1,2,3,4,5,6" FTPV_SP256 "\r\n", ETOOLONG, PORT),
	FTPV_NO(CLIENT, "port x" FTPV_SP256 "\r\n", ETOOLONG, PORT),	/* too long beats syntax */
	FTPV_NO(CLIENT, "PORT 1,2,3,4,5,6" FTPV_SP256, ETOOLONG, PORT),	/* no line end */
	FTPV_IGN(CLIENT, "PORTAL" FTPV_SP256 "\r\n"),
	FTPV_IGN(CLIENT, "NOOP" FTPV_X64 FTPV_X64 FTPV_X64 FTPV_X64 FTPV_X64 "\r\n"),

	/* ---- EPRT d<proto>d<addr>d<port>d (RFC 2428) ---- */
	FTPV(CLIENT, "EPRT |1|132.235.1.2|6275|\r\n", OK, EPRT, AF_INET, "132.235.1.2", 6275, "|1|132.235.1.2|6275|"),
	FTPV(CLIENT, "eprt |1|10.0.0.1|21|\r\n", OK, EPRT, AF_INET, "10.0.0.1", 21, "|1|10.0.0.1|21|"),
	FTPV(CLIENT, "EpRt |1|10.0.0.1|21|\n", OK, EPRT, AF_INET, "10.0.0.1", 21, "|1|10.0.0.1|21|"),
	FTPV(CLIENT, "EPRT !1!10.0.0.1!21!\r\n", OK, EPRT, AF_INET, "10.0.0.1", 21, "!1!10.0.0.1!21!"),
	FTPV(CLIENT, "EPRT ~1~10.0.0.1~21~\r\n", OK, EPRT, AF_INET, "10.0.0.1", 21, "~1~10.0.0.1~21~"),
	FTPV(CLIENT, "EPRT x1x10.0.0.1x21x\r\n", OK, EPRT, AF_INET, "10.0.0.1", 21, "x1x10.0.0.1x21x"),
	FTPV(CLIENT, "EPRT |1|10.0.0.1|65535|\r\n", OK, EPRT, AF_INET, "10.0.0.1", 65535, "|1|10.0.0.1|65535|"),
	FTPV(CLIENT, "EPRT |1|10.0.0.1|00021|\r\n", OK, EPRT, AF_INET, "10.0.0.1", 21, "|1|10.0.0.1|00021|"),
	FTPV(CLIENT, "EPRT |1|010.001.000.001|1|\r\n", OK, EPRT, AF_INET, "10.1.0.1", 1, "|1|010.001.000.001|1|"),
	FTPV(CLIENT, "EPRT |1|10.0.0.1|21|  \r\n", OK, EPRT, AF_INET, "10.0.0.1", 21, "|1|10.0.0.1|21|"),
	FTPV(CLIENT, "EPRT |1|10.0.0.1|21|", OK, EPRT, AF_INET, "10.0.0.1", 21, "|1|10.0.0.1|21|"),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1|65536|\r\n", ERANGE, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1|99999|\r\n", ERANGE, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1|0|\r\n", ERANGE, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1|00000|\r\n", ERANGE, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1|000021|\r\n", ERANGE, EPRT),	/* 6 digits */
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1|123456|\r\n", ERANGE, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.256|21|\r\n", ERANGE, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.0001|21|\r\n", ERANGE, EPRT),
	FTPV_NO(CLIENT, "EPRT |3|10.0.0.1|21|\r\n", EFAMILY, EPRT),	/* protocol 3 */
	FTPV_NO(CLIENT, "EPRT |0|10.0.0.1|21|\r\n", EFAMILY, EPRT),
	FTPV_NO(CLIENT, "EPRT |9|whatever|21|\r\n", EFAMILY, EPRT),
	FTPV_NO(CLIENT, "EPRT |12|10.0.0.1|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT ||10.0.0.1|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1!21|\r\n", ESYNTAX, EPRT),	/* mismatched */
	FTPV_NO(CLIENT, "EPRT |1!10.0.0.1!21!\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1|21!\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1|21\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1||\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |1||21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1.5|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |1| 10.0.0.1|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1|21|x\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1|+21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |1|::1|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT 1|10.0.0.1|21|\r\n", ESYNTAX, EPRT),	/* digit delimiter */
	FTPV_NO(CLIENT, "EPRT  |1|10.0.0.1|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT \x7f" "1\x7f" "10.0.0.1\x7f" "21\x7f\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT \r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |\r\n", ESYNTAX, EPRT),
	FTPV_IGN(CLIENT, "EPRTX |1|10.0.0.1|21|\r\n"),
	FTPV_IGN(CLIENT, "EPSV\r\n"),
	FTPV_IGN(CLIENT, "EPSV ALL\r\n"),
	FTPV_NO(CLIENT, "EPRT |1|10.0.0.1|21|" FTPV_SP256 "\r\n", ETOOLONG, EPRT),
	/* |2| with every IPv6 text form */
	FTPV(CLIENT, "EPRT |2|1080::8:800:200C:417A|5282|\r\n", OK, EPRT, AF_INET6, "1080::8:800:200c:417a", 5282, "|2|1080::8:800:200C:417A|5282|"),
	FTPV(CLIENT, "EPRT |2|::|21|\r\n", OK, EPRT, AF_INET6, "::", 21, "|2|::|21|"),
	FTPV(CLIENT, "EPRT |2|::1|21|\r\n", OK, EPRT, AF_INET6, "::1", 21, "|2|::1|21|"),
	FTPV(CLIENT, "EPRT |2|1::|21|\r\n", OK, EPRT, AF_INET6, "1::", 21, "|2|1::|21|"),
	FTPV(CLIENT, "EPRT |2|fe80::|21|\r\n", OK, EPRT, AF_INET6, "fe80::", 21, "|2|fe80::|21|"),
	FTPV(CLIENT, "EPRT |2|1:2:3:4:5:6:7:8|21|\r\n", OK, EPRT, AF_INET6, "1:2:3:4:5:6:7:8", 21, "|2|1:2:3:4:5:6:7:8|21|"),
	FTPV(CLIENT, "EPRT |2|2001:0db8:0000:0000:0000:ff00:0042:8329|21|\r\n", OK, EPRT, AF_INET6, "2001:db8::ff00:42:8329", 21, "|2|2001:0db8:0000:0000:0000:ff00:0042:8329|21|"),
	FTPV(CLIENT, "EPRT |2|0:0:0:0:0:0:0:0|21|\r\n", OK, EPRT, AF_INET6, "::", 21, "|2|0:0:0:0:0:0:0:0|21|"),
	FTPV(CLIENT, "EPRT |2|1:2:3:4:5:6:7::|21|\r\n", OK, EPRT, AF_INET6, "1:2:3:4:5:6:7:0", 21, "|2|1:2:3:4:5:6:7::|21|"),
	FTPV(CLIENT, "EPRT |2|::2:3:4:5:6:7:8|21|\r\n", OK, EPRT, AF_INET6, "0:2:3:4:5:6:7:8", 21, "|2|::2:3:4:5:6:7:8|21|"),
	FTPV(CLIENT, "EPRT |2|1:2::7:8|21|\r\n", OK, EPRT, AF_INET6, "1:2:0:0:0:0:7:8", 21, "|2|1:2::7:8|21|"),
	FTPV(CLIENT, "EPRT |2|2001:DB8::ABCD|21|\r\n", OK, EPRT, AF_INET6, "2001:db8::abcd", 21, "|2|2001:DB8::ABCD|21|"),
	FTPV(CLIENT, "EPRT |2|::ffff:192.168.1.1|21|\r\n", OK, EPRT, AF_INET6, "::ffff:192.168.1.1", 21, "|2|::ffff:192.168.1.1|21|"),
	FTPV(CLIENT, "EPRT |2|::1.2.3.4|21|\r\n", OK, EPRT, AF_INET6, "::1.2.3.4", 21, "|2|::1.2.3.4|21|"),
	FTPV(CLIENT, "EPRT |2|1:2:3:4:5:6:1.2.3.4|21|\r\n", OK, EPRT, AF_INET6, "1:2:3:4:5:6:102:304", 21, "|2|1:2:3:4:5:6:1.2.3.4|21|"),
	FTPV(CLIENT, "EPRT |2|64:ff9b::10.0.0.1|21|\r\n", OK, EPRT, AF_INET6, "64:ff9b::a00:1", 21, "|2|64:ff9b::10.0.0.1|21|"),
	FTPV(CLIENT, "EPRT |2|ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255|65535|\r\n", OK, EPRT, AF_INET6, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 65535, "|2|ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255|65535|"),
	FTPV(CLIENT, "EPRT !2!::1!21!\r\n", OK, EPRT, AF_INET6, "::1", 21, "!2!::1!21!"),
	FTPV_NO(CLIENT, "EPRT |2|1:2:3:4:5:6:7:8:9|21|\r\n", ESYNTAX, EPRT),	/* 9 groups */
	FTPV_NO(CLIENT, "EPRT |2|1:2:3:4:5:6:7|21|\r\n", ESYNTAX, EPRT),	/* 7, no :: */
	FTPV_NO(CLIENT, "EPRT |2|1:2:3:4:5:6:7:8::|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|::1:2:3:4:5:6:7:8|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|1::2::3|21|\r\n", ESYNTAX, EPRT),	/* two :: */
	FTPV_NO(CLIENT, "EPRT |2|::1::|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|:::|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|1:::2|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|:1::2|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|1::2:|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|:|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|12345::1|21|\r\n", ESYNTAX, EPRT),	/* 5 hex digits */
	FTPV_NO(CLIENT, "EPRT |2|1::00001|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|g::1|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|fe80::1%eth0|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|1:2:3:4:5:6:7:1.2.3.4|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|::ffff:1.2.3.256|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|::ffff:1.2.3|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|::1.2.3.4:5|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|::ffff:1.2.3.4.5|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|10.0.0.1|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2||21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT |2|ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.2555|21|\r\n", ESYNTAX, EPRT),
	FTPV_NO(CLIENT, "EPRT :2:::1:21:\r\n", ESYNTAX, EPRT),	/* ':' delimits the address away */
	FTPV_NO(CLIENT, "EPRT |2|::1|65536|\r\n", ERANGE, EPRT),

	/* ---- 227 reply (RFC 959; parentheses optional per RFC 1123) ---- */
	FTPV(SERVER, "227 Entering Passive Mode (192,168,1,2,4,1)\r\n", OK, PASV_227, AF_INET, "192.168.1.2", 1025, "192,168,1,2,4,1"),
	FTPV(SERVER, "227 Entering Passive Mode (192,168,1,2,4,1).\r\n", OK, PASV_227, AF_INET, "192.168.1.2", 1025, "192,168,1,2,4,1"),
	FTPV(SERVER, "227 Entering Passive Mode (192,168,1,2,4,1)\n", OK, PASV_227, AF_INET, "192.168.1.2", 1025, "192,168,1,2,4,1"),
	FTPV(SERVER, "227 Entering Passive Mode (192,168,1,2,4,1)", OK, PASV_227, AF_INET, "192.168.1.2", 1025, "192,168,1,2,4,1"),
	FTPV(SERVER, "227 Entering Passive Mode 192,168,1,2,4,1\r\n", OK, PASV_227, AF_INET, "192.168.1.2", 1025, "192,168,1,2,4,1"),
	FTPV(SERVER, "227 Entering Passive Mode 192,168,1,2,4,1.\r\n", OK, PASV_227, AF_INET, "192.168.1.2", 1025, "192,168,1,2,4,1"),
	FTPV(SERVER, "227 Entering Passive Mode. 192,168,1,2,4,1\r\n", OK, PASV_227, AF_INET, "192.168.1.2", 1025, "192,168,1,2,4,1"),
	FTPV(SERVER, "227 =192,168,1,2,4,1\r\n", OK, PASV_227, AF_INET, "192.168.1.2", 1025, "192,168,1,2,4,1"),
	FTPV(SERVER, "227 192,168,1,2,4,1 ok\r\n", OK, PASV_227, AF_INET, "192.168.1.2", 1025, "192,168,1,2,4,1"),
	FTPV(SERVER, "227 Entering Passive Mode (1,2,3,4,5,6) then (7,8,9,10,11,12)\r\n", OK, PASV_227, AF_INET, "1.2.3.4", 1286, "1,2,3,4,5,6"),
	FTPV(SERVER, "227 Entering Passive Mode (001,002,003,004,000,021)\r\n", OK, PASV_227, AF_INET, "1.2.3.4", 21, "001,002,003,004,000,021"),
	FTPV(SERVER, "227 Entering Passive Mode (1,2,3,4,255,255)\r\n", OK, PASV_227, AF_INET, "1.2.3.4", 65535, "1,2,3,4,255,255"),
	FTPV(SERVER, "227 Entr\xc3\xa9" "e \0 (1,2,3,4,5,6)\r\n", OK, PASV_227, AF_INET, "1.2.3.4", 1286, "1,2,3,4,5,6"),
	FTPV(SERVER, "227 Entering Passive Mode v2 (1,2,3,4,5,6)\r\n", OK, PASV_227, AF_INET, "1.2.3.4", 1286, "1,2,3,4,5,6"),
	FTPV(SERVER, FTPV_227_256, OK, PASV_227, AF_INET, "1.2.3.4", 1286, "1,2,3,4,5,6"),
	FTPV_NO(SERVER, FTPV_227_257, ETOOLONG, PASV_227),
	FTPV_NO(SERVER, "227 Entering Passive Mode (256,168,1,2,4,1)\r\n", ERANGE, PASV_227),
	FTPV_NO(SERVER, "227 Entering Passive Mode (1,2,3,4,0,0)\r\n", ERANGE, PASV_227),
	FTPV_NO(SERVER, "227 Entering Passive Mode (1,2,3,4,5,0006)\r\n", ERANGE, PASV_227),
	FTPV_NO(SERVER, "227 Entering Passive Mode 10,0,0,1,4,1000\r\n", ERANGE, PASV_227),
	FTPV_NO(SERVER, "227 Entering Passive Mode (192,168,1,2,4,1\r\n", ESYNTAX, PASV_227),
	FTPV_NO(SERVER, "227 Entering Passive Mode (192,168,1,2,4)\r\n", ESYNTAX, PASV_227),
	FTPV_NO(SERVER, "227 Entering Passive Mode (192,168,1,2,4,1,7)\r\n", ESYNTAX, PASV_227),
	FTPV_NO(SERVER, "227 Entering Passive Mode 192,168,1,2,4,1,7\r\n", ESYNTAX, PASV_227),
	FTPV_NO(SERVER, "227 Entering Passive Mode 192,168,1,2,4,1,\r\n", ESYNTAX, PASV_227),
	FTPV_NO(SERVER, "227 Entering Passive Mode ( 1,2,3,4,5,6)\r\n", ESYNTAX, PASV_227),
	FTPV_NO(SERVER, "227 Entering Passive Mode (1, 2,3,4,5,6)\r\n", ESYNTAX, PASV_227),
	/* the first '(' decides: text in parentheses before the numbers fails */
	FTPV_NO(SERVER, "227 Passive (fast) 1,2,3,4,5,6\r\n", ESYNTAX, PASV_227),
	FTPV_NO(SERVER, "227 v2 1,2,3,4,5,6\r\n", ESYNTAX, PASV_227),
	FTPV_NO(SERVER, "227 Response to PASV command\r\n", ESYNTAX, PASV_227),
	FTPV_NO(SERVER, "227 \r\n", ESYNTAX, PASV_227),
	FTPV_NO(SERVER, "227 ()\r\n", ESYNTAX, PASV_227),
	FTPV_IGN(SERVER, "227-Entering Passive Mode (1,2,3,4,5,6)\r\n"),	/* multi-line */
	FTPV_IGN(SERVER, "227Entering Passive Mode (1,2,3,4,5,6)\r\n"),	/* no space */
	FTPV_IGN(SERVER, "2270 Entering Passive Mode (1,2,3,4,5,6)\r\n"),
	FTPV_IGN(SERVER, " 227 Entering Passive Mode (1,2,3,4,5,6)\r\n"),
	FTPV_IGN(SERVER, "227\r\n"),
	FTPV_IGN(SERVER, "227"),
	FTPV_IGN(SERVER, "228 Entering Long Passive Mode (4,16,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,2,5,6)\r\n"),
	FTPV_IGN(SERVER, "200 PORT command successful\r\n"),
	FTPV_IGN(CLIENT, "227 Entering Passive Mode (1,2,3,4,5,6)\r\n"),	/* wrong direction */
	FTPV_IGN(SERVER, "227-" FTPV_SP256 "\r\n"),

	/* ---- 229 reply (RFC 2428) ---- */
	FTPV(SERVER, "229 Entering Extended Passive Mode (|||6446|)\r\n", OK, EPSV_229, 0, NULL, 6446, "|||6446|"),
	FTPV(SERVER, "229 Entering Extended Passive Mode (|||6446|).\r\n", OK, EPSV_229, 0, NULL, 6446, "|||6446|"),
	FTPV(SERVER, "229 Entering Extended Passive Mode (|||6446|)\n", OK, EPSV_229, 0, NULL, 6446, "|||6446|"),
	FTPV(SERVER, "229 Entering Extended Passive Mode (|||6446|)", OK, EPSV_229, 0, NULL, 6446, "|||6446|"),
	FTPV(SERVER, "229 Entering Extended Passive Mode (!!!6446!)\r\n", OK, EPSV_229, 0, NULL, 6446, "!!!6446!"),
	FTPV(SERVER, "229 ((((6446())\r\n", OK, EPSV_229, 0, NULL, 6446, "(((6446("),
	FTPV(SERVER, "229 Entering Extended Passive Mode (|||65535|)\r\n", OK, EPSV_229, 0, NULL, 65535, "|||65535|"),
	FTPV(SERVER, "229 Entering Extended Passive Mode (|||00021|)\r\n", OK, EPSV_229, 0, NULL, 21, "|||00021|"),
	FTPV(SERVER, "229 (|||1|)\r\n", OK, EPSV_229, 0, NULL, 1, "|||1|"),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode (|||65536|)\r\n", ERANGE, EPSV_229),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode (|||0|)\r\n", ERANGE, EPSV_229),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode (|||000021|)\r\n", ERANGE, EPSV_229),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode (|||6446!)\r\n", ESYNTAX, EPSV_229),	/* mismatched */
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode (||!6446|)\r\n", ESYNTAX, EPSV_229),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode (!||6446|)\r\n", ESYNTAX, EPSV_229),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode (|||6446|\r\n", ESYNTAX, EPSV_229),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode (|||6446)\r\n", ESYNTAX, EPSV_229),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode (||||)\r\n", ESYNTAX, EPSV_229),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode (|||)\r\n", ESYNTAX, EPSV_229),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode (|1|1.2.3.4|6446|)\r\n", ESYNTAX, EPSV_229),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode |||6446|\r\n", ESYNTAX, EPSV_229),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode ( |||6446|)\r\n", ESYNTAX, EPSV_229),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode (111222|)\r\n", ESYNTAX, EPSV_229),
	FTPV_NO(SERVER, "229 (\r\n", ESYNTAX, EPSV_229),
	FTPV_NO(SERVER, "229 \r\n", ESYNTAX, EPSV_229),
	FTPV_NO(SERVER, "229 Entering Extended Passive Mode (|||6446|)" FTPV_SP256 "\r\n", ETOOLONG, EPSV_229),
	FTPV_IGN(SERVER, "229-Entering Extended Passive Mode (|||6446|)\r\n"),
	FTPV_IGN(SERVER, "229Entering Extended Passive Mode (|||6446|)\r\n"),

	/* ---- AUTH and 234 (TLS: stop inspecting) ---- */
	FTPV(CLIENT, "AUTH TLS\r\n", OK, AUTH, 0, NULL, 0, NULL),
	FTPV(CLIENT, "auth tls\r\n", OK, AUTH, 0, NULL, 0, NULL),
	FTPV(CLIENT, "AUTH SSL\n", OK, AUTH, 0, NULL, 0, NULL),
	FTPV(CLIENT, "AUTH X", OK, AUTH, 0, NULL, 0, NULL),
	FTPV_NO(CLIENT, "AUTH\r\n", ESYNTAX, AUTH),
	FTPV_NO(CLIENT, "AUTH \r\n", ESYNTAX, AUTH),
	FTPV_NO(CLIENT, "AUTH  TLS\r\n", ESYNTAX, AUTH),
	FTPV_NO(CLIENT, "AUTH\tTLS\r\n", ESYNTAX, AUTH),
	FTPV_IGN(CLIENT, "AUTHX TLS\r\n"),
	FTPV_IGN(CLIENT, "AUTH2\r\n"),
	FTPV(SERVER, "234 AUTH TLS successful\r\n", OK, AUTH_OK, 0, NULL, 0, NULL),
	FTPV(SERVER, "234 \r\n", OK, AUTH_OK, 0, NULL, 0, NULL),
	FTPV_NO(SERVER, "234 " FTPV_SP256 "\r\n", ETOOLONG, AUTH_OK),
	FTPV_IGN(SERVER, "234-Using authentication type TLS\r\n"),
	FTPV_IGN(SERVER, "234\r\n"),
	FTPV_IGN(SERVER, "AUTH TLS\r\n"),
	FTPV_IGN(CLIENT, "234 AUTH TLS successful\r\n"),

	/* ---- lines of no interest ---- */
	FTPV_IGN(CLIENT, ""),
	FTPV_IGN(CLIENT, "\r\n"),
	FTPV_IGN(CLIENT, "\n"),
	FTPV_IGN(CLIENT, "USER anonymous\r\n"),
	FTPV_IGN(CLIENT, "PASV\r\n"),
	FTPV_IGN(CLIENT, "RETR PORT 1,2,3,4,5,6\r\n"),
	FTPV_IGN(SERVER, ""),
	FTPV_IGN(SERVER, "\r\n"),
	FTPV_IGN(SERVER, "220 ProFTPD Server ready.\r\n"),
	FTPV_IGN(SERVER, "150 Opening BINARY mode data connection\r\n"),
	FTPV_IGN(SERVER, "211-Features:\r\n"),
	FTPV_IGN(SERVER, " 227 Entering Passive Mode (1,2,3,4,5,6)\r\n"),
};

#endif /* _NFH_FTP_VECTORS_H */
