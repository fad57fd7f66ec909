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

"$hc" explain -j "$corpus/h323/ndpi_h323.pcap" > "$tmp/h323.json" 2>&1
ok "h323 -j: an expectation's tuple, as for FTP and SIP" has \
	'"frame":18,"proto":"h323","message":"connect","action":"expect",.*"protocol":"tcp","family":"ipv4","src":"10.1.3.143","dst":"10.1.6.18","dport":1232}' \
	"$tmp/h323.json"
# --nat: the caller (10.1.3.143 opened the call) is behind the router, the
# callee is not: only the caller's addresses are rewritten, as for SIP
"$hc" explain --nat 203.0.113.1 "$corpus/h323/ndpi_h323.pcap" > "$tmp/h323nat" 2>&1
ok "h323 --nat: the caller's media address rewritten" has \
	'^41	h323	openLogicalChannelAck	expect	rtp 10\.1\.3\.143:5000: .*; rewritten to 203\.0\.113\.1:5000' "$tmp/h323nat"
ok "h323 --nat: the callee's (outside) left alone" sh -c \
	"grep -q '^42	h323	openLogicalChannelAck	expect	rtp 10\.1\.6\.18:2006: ' '$tmp/h323nat' &&
	 ! grep '^42	' '$tmp/h323nat' | grep -q rewritten"

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
