// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target: one FTP control line, parsed as a command and as a
 * reply.  Aborts when a result is inconsistent: fields set on failure, an
 * argument outside the line, an argument or a formatted replacement that
 * does not parse back to the same address and port, or nfh_ftp_may_match
 * disagreeing with the parser about what is a line of interest.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../../nf_conntrack_ftp/ftp_parse.c"
#include "ftp_glue.h"

#define FAIL(...)							\
	do {								\
		fprintf(stderr, "fuzz_ftp_line: " __VA_ARGS__);		\
		fputc('\n', stderr);					\
		abort();						\
	} while (0)

static bool has_address(enum nfh_ftp_cmd cmd)
{
	return cmd == NFH_FTP_PORT || cmd == NFH_FTP_EPRT ||
	       cmd == NFH_FTP_PASV_227 || cmd == NFH_FTP_EPSV_229;
}

static void check_dir(const u8 *data, size_t size, enum nfh_ftp_dir dir)
{
	struct nfh_ftp_match m, cleared;
	enum nfh_ftp_result r;
	size_t content = size, k;

	if (content && data[content - 1] == '\n')
		content--;
	if (content && data[content - 1] == '\r')
		content--;

	r = nfh_ftp_parse_line(data, size, dir, &m);
	if (r >= NFH_FTP_RESULT_MAX || m.cmd >= NFH_FTP_CMD_MAX)
		FAIL("result %d cmd %d", r, m.cmd);
	if ((r == NFH_FTP_IGNORED) != (m.cmd == NFH_FTP_NONE))
		FAIL("result %d with cmd %d", r, m.cmd);
	if (r != NFH_FTP_OK) {
		/* only the command survives a failure */
		memset(&cleared, 0, sizeof(cleared));
		cleared.cmd = m.cmd;
		if (memcmp(&m, &cleared, sizeof(m)))
			FAIL("failure %d left fields set", r);
	}
	if (r == NFH_FTP_ETOOLONG && size <= NFH_FTP_LINE_MAX)
		FAIL("too long at %zu bytes", size);
	if (r == NFH_FTP_OK && has_address(m.cmd)) {
		u8 delim = 0;

		if (!m.port || !m.arg_len || m.arg_off + m.arg_len > content ||
		    m.arg_off + m.arg_len > NFH_FTP_LINE_MAX)
			FAIL("port %u arg %u+%u in %zu", m.port, m.arg_off,
			     m.arg_len, content);
		if (!ftp_arg_reparses(m.cmd, data + m.arg_off, m.arg_len, &m))
			FAIL("argument '%.*s' does not parse back", m.arg_len,
			     data + m.arg_off);
		if (m.cmd == NFH_FTP_EPRT || m.cmd == NFH_FTP_EPSV_229)
			delim = data[m.arg_off];
		if (!ftp_format_reparses(&m, delim))
			FAIL("replacement for '%.*s' does not parse back",
			     m.arg_len, data + m.arg_off);
	}
	/* may_match: yes to every prefix of a line of interest; on five
	 * bytes or more (all the parser looks at) exactly the parser's say */
	if (r != NFH_FTP_IGNORED)
		for (k = 1; k <= size && k <= 8; k++)
			if (!nfh_ftp_may_match(data, k, dir))
				FAIL("may_match refuses %zu-byte prefix", k);
	if (size >= 5 && nfh_ftp_may_match(data, 5, dir) != (r != NFH_FTP_IGNORED))
		FAIL("may_match and parse_line disagree");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t ll = nfh_ftp_line_len(data, size);

	if (ll > size || (ll && data[ll - 1] != '\n') ||
	    (ll && memchr(data, '\n', ll - 1)) || (!ll && memchr(data, '\n', size)))
		FAIL("line_len %zu of %zu", ll, size);
	check_dir(data, size, NFH_FTP_DIR_CLIENT);
	check_dir(data, size, NFH_FTP_DIR_SERVER);
	return 0;
}
