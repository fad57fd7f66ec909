#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# tests/helperctl/explain_cli.sh HELPERCTL H323DUMP - the explain command
# as run: arguments, errors in one voice, -j lines, the H.323 part through
# h323dump --explain merged in by frame.  Each check names what it
# expects; the H.323 part has its negative control (h323dump missing:
# an error, not a silent empty part).  Run from the repository root;
# prints "N passed, N failed".
set -u
hc=$1
export HELPERCTL_H323DUMP="$2"
corpus=${NFH_CORPUS:-../shared/corpus}/pcap
tmp=$(mktemp -d /tmp/nfh-hcexplain.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
CHECK_NAME=explain
. tests/lib/check.sh

"$hc" explain "$corpus/h323/ndpi_h323.pcap" > "$tmp/h323" 2>&1
ok "h323 capture: exit status 0" test $? = 0
ok "h323 lines from h323dump" has '^[0-9]+	h323	[a-zA-Z]+	expect	' "$tmp/h323"
ok "lines in frame order" sh -c "cut -f1 '$tmp/h323' | sort -n -c"

HELPERCTL_H323DUMP=/nonexistent/h323dump "$hc" explain \
	"$corpus/ftp/sv_ftp-download-passive.pcap" > "$tmp/noh323" 2>&1
ok "no h323dump: exit status 1" test $? = 1
ok "no h323dump: said so" has 'h323dump failed' "$tmp/noh323"
ok "no h323dump: FTP still explained" has '	ftp	227	expect	' "$tmp/noh323"

"$hc" explain "$corpus/ftp/sv_ftp-download-active.pcap" --nat 203.0.113.5 -j \
	> "$tmp/json" 2>&1
ok "-j after the command: every line one JSON object" \
	test "$(grep -cv '^{.*}$' "$tmp/json")" = 0
ok "-j: a rewrite with before and after" \
	has '"action":"rewrite","counter":"nat_rewrites","part":"argument","before":"172,23,0,3,' "$tmp/json"
"$hc" -j explain "$corpus/ftp/sv_ftp-download-active.pcap" > "$tmp/json2" 2>&1
ok "-j before the command, no --nat: no rewrite" \
	test "$(grep -c '"action":"rewrite"' "$tmp/json2")" = 0

"$hc" explain "$corpus/ftp/sv_ftp-download-active.pcap" --nat 300.1.1.1 \
	> "$tmp/bad" 2>&1
ok "bad --nat: exit status 1" test $? = 1
ok "bad --nat: the value named" has "Unable to parse address: '300\.1\.1\.1'" "$tmp/bad"
"$hc" explain > "$tmp/none" 2>&1
ok "no capture: exit status 1" test $? = 1
"$hc" explain /nonexistent.pcap > "$tmp/missing" 2>&1
ok "missing capture: exit status 1" test $? = 1

check_summary
