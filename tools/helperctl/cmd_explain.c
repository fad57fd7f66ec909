// SPDX-License-Identifier: GPL-2.0
/*
 * cmd_explain.c - helperctl explain CAPTURE [--nat ADDR]: what our helpers
 * would do with the FTP, SIP and H.323 messages of a capture.  FTP and SIP
 * come from explain.c (the parse cores, in this process); H.323 from
 * h323dump --explain (the H.323 decoder, run as a program), whose lines
 * are merged in by frame.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "helperctl.h"
#include "explain.h"

/* h323dump: $HELPERCTL_H323DUMP, beside us in the source tree, or $PATH. */
static const char *h323dump_path(char *buf, size_t len)
{
	const char *env = getenv("HELPERCTL_H323DUMP");
	char self[PATH_MAX - 64];
	ssize_t n;
	char *slash;

	if (env && *env)
		return env;
	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n > 0) {
		self[n] = '\0';
		slash = strrchr(self, '/');
		if (slash) {
			*slash = '\0';
			snprintf(buf, len, "%s/../h323dump/h323dump", self);
			if (!access(buf, X_OK))
				return buf;
		}
	}
	return "h323dump";
}

/* The kind of one h323dump --explain line, from its words. */
static enum xp_kind h323_kind(const char *what)
{
	if (!strncmp(what, "expect", 6) || !strncmp(what, "registration", 12))
		return XP_EXPECT;
	if (strstr(what, "refused") || strstr(what, "malformed") ||
	    !strncmp(what, "not expected", 12))
		return XP_REFUSE;
	return XP_NOTE;
}

/* @s: an address, "1.2.3.4" or "2001:db8::1", into @e's @addr. */
static bool h323_addr(const char *s, size_t n, struct xp_ev *e, uint8_t *addr)
{
	char a[INET6_ADDRSTRLEN];

	if (!n || n >= sizeof(a))
		return false;
	memcpy(a, s, n);
	a[n] = '\0';
	if (inet_pton(AF_INET, a, addr) == 1)
		e->family = AF_INET;
	else if (inet_pton(AF_INET6, a, addr) == 1)
		e->family = AF_INET6;
	else
		return false;
	return true;
}

/*
 * The tuple of an expectation h323dump describes in words: @where is
 * "kind ADDR:PORT" (or "kind [ADDR6]:PORT"), @what says "(tcp) from ADDR"
 * or "(udp) ... from ADDR".  Left unset (port 0) when the words do not
 * have that shape, so that the event stays a note.
 */
static void h323_tuple(const char *where, const char *what, struct xp_ev *e)
{
	const char *a = strchr(where, ' '), *colon, *from;
	struct xp_ev t = *e;
	unsigned long port;
	char *end;

	if (!a)
		return;
	a++;
	if (*a == '[') {
		colon = strstr(++a, "]:");
		if (!colon)
			return;
		if (!h323_addr(a, colon - a, &t, t.to))
			return;
		colon++;
	} else {
		colon = strrchr(a, ':');
		if (!colon || !h323_addr(a, colon - a, &t, t.to))
			return;
	}
	port = strtoul(colon + 1, &end, 10);
	if (*end || !port || port > 65535)
		return;
	if (strstr(what, "(tcp)"))
		t.l4proto = IPPROTO_TCP;
	else if (strstr(what, "(udp)"))
		t.l4proto = IPPROTO_UDP;
	else
		return;
	from = strstr(what, " from ");
	if (!from)
		return;
	from += 6;
	if (!strncmp(from, "any", 3)) {
		t.from_any = true;
	} else {
		uint8_t family = t.family;

		if (!h323_addr(from, strcspn(from, " ,;()"), &t, t.from) ||
		    t.family != family)
			return;
	}
	t.port = port;
	*e = t;
}

/* "frame TAB message TAB address TAB what" into an event. */
static void h323_line(char *line, struct xp_list *l)
{
	char *f[4], *save = NULL, *nl = strchr(line, '\n');
	struct xp_ev *e;
	int i;

	if (nl)
		*nl = '\0';
	for (i = 0; i < 4; i++) {
		f[i] = strtok_r(i ? NULL : line, "\t", &save);
		if (!f[i])
			return;
	}
	e = xp_add(l, strtoul(f[0], NULL, 10), "h323", h323_kind(f[3]), f[1]);
	snprintf(e->what, sizeof(e->what), "%s", f[2]);
	snprintf(e->before, sizeof(e->before), "%s", f[3]);
	if (e->kind == XP_EXPECT)
		h323_tuple(f[2], f[3], e);
}

/* The H.323 part; 0, or -1 when h323dump could not be run. */
static int explain_h323(const char *path, const char *nat, struct xp_list *l)
{
	char buf[PATH_MAX], line[1024];
	const char *prog = h323dump_path(buf, sizeof(buf));
	int fd[2], status;
	FILE *in;
	pid_t pid;

	if (pipe(fd))
		return hc_fail("Unable to run h323dump: %s", strerror(errno));
	pid = fork();
	if (pid < 0)
		return hc_fail("Unable to run h323dump: %s", strerror(errno));
	if (!pid) {
		close(fd[0]);
		dup2(fd[1], STDOUT_FILENO);
		if (nat)
			execlp(prog, prog, "--explain", "--nat", nat, path,
			       (char *)NULL);
		else
			execlp(prog, prog, "--explain", path, (char *)NULL);
		fprintf(stderr, "helperctl: Unable to run h323dump: '%s': %s\n",
			prog, strerror(errno));
		_exit(127);
	}
	close(fd[1]);
	in = fdopen(fd[0], "r");
	if (!in)
		hc_die_oom();
	while (fgets(line, sizeof(line), in))
		h323_line(line, l);
	fclose(in);
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
	    WEXITSTATUS(status))
		return hc_fail("h323dump failed on '%s' (H.323 part left out)",
			       path);
	return 0;
}

int cmd_explain(int argc, char **argv, const struct hc_opts *o)
{
	struct xp_opts xo = { 0 };
	const char *path = NULL, *nat = NULL;
	bool json = o->mode == OUT_JSON && o->mode_set;
	struct xp_list l = { 0 };
	char tmp[PATH_MAX];
	const char *file;
	int i, ret = 0;
	struct sb out;
	size_t k;

	for (i = 0; i < argc; i++) {
		if (!strcmp(argv[i], "--nat")) {
			if (i + 1 >= argc) {
				hc_warn("Option needs an address: '--nat'");
				return 1;
			}
			nat = argv[++i];
		} else if (!strcmp(argv[i], "-j") || !strcmp(argv[i], "--json")) {
			json = true;
		} else if (!path && argv[i][0] != '-') {
			path = argv[i];
		} else {
			hc_warn("Unknown argument: '%s' (usage: explain CAPTURE [--nat ADDR] [-j])",
				argv[i]);
			return 1;
		}
	}
	if (!path) {
		hc_warn("Missing capture (usage: explain CAPTURE [--nat ADDR] [-j])");
		return 1;
	}
	if (nat) {
		if (inet_pton(AF_INET, nat, xo.nat_addr) == 1) {
			xo.nat_family = AF_INET;
		} else if (inet_pton(AF_INET6, nat, xo.nat_addr) == 1) {
			xo.nat_family = AF_INET6;
		} else {
			hc_warn("Unable to parse address: '%s'", nat);
			return 1;
		}
	}
	file = xp_readable(path, tmp, sizeof(tmp));
	if (!file)
		return 1;
	if (explain_capture(file, &xo, &l)) {
		ret = 1;
		goto out;
	}
	if (explain_h323(file, nat, &l)) {
		hc_perror();
		ret = 1;
	}
	xp_sort(&l);
	sb_init(&out);
	for (k = 0; k < l.n; k++)
		xp_format(&l.ev[k], json, '\t', &out);
	if (out.s)
		fputs(out.s, stdout);
	sb_free(&out);
out:
	if (tmp[0])
		unlink(tmp);
	xp_free(&l);
	return ret;
}
