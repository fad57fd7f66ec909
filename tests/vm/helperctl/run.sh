#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# helperctl in network namespaces.  Runs inside the vmrun guest, as root,
# with tools/helperctl/helperctl built on the host beforehand:
#
#   make -C tools/helperctl
#   tests/vm/vmrun [--kernel 6.12] -- tests/vm/helperctl/run.sh
#
#  client                       router                         server
#  10.0.1.2/24      10.0.1.1 |   nft   | 192.0.2.1            192.0.2.2/24
#  [c0]---------------------[r-c]  NAT  [r-s]---------------------[s0]
#                             helperctl runs here
#
# Router (table inet nfh): forwarding; masquerade out of r-s (and no NAT
# chain on prerouting); forward policy drop, accepting established,related
# and new connections from the client to tcp 21/2121/6667/6697 and udp
# 69/1069/5060/5099.  FTP data connections and TFTP replies (from a new
# server port) pass only as RELATED, i.e. when the helper helperctl
# attached expected them.
# helperctl keeps its own table (inet helperctl) and its configuration in
# $HELPERCTL_CONF, a temporary file.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$HERE/../lib.sh"
# -S: no site module (about 0.5 s less per start in the guest); the peers
# use the standard library only (ftpd.py, on pyftpdlib, runs with site)
PY=(/usr/bin/python3 -S)
HC=${HELPERCTL:-$REPO/tools/helperctl/helperctl}
export HELPERCTL_CONF=$NFH_WORK/helperctl.conf

hc() { n_router "$HC" "$@"; }

# jcheck FILE EXPR: EXPR (python, the parsed JSON is d) is true
jcheck() {
	"${PY[@]}" -c 'import json, sys
d = json.load(open(sys.argv[1]))
sys.exit(0 if eval("(" + sys.argv[2] + ")") else 1)' "$1" "$2" || { log "  json check failed: $2"; show "$1"; return 1; }
}

# jsonl FILE EXPR: as jcheck, d the list of the file's JSON lines
jsonl() {
	"${PY[@]}" -c 'import json, sys
d = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
sys.exit(0 if d and eval("(" + sys.argv[2] + ")") else 1)' "$1" "$2" || { log "  json check failed: $2"; show "$1"; return 1; }
}

# --- topology ----------------------------------------------------------------
topo_up() {
	topo_line r-c r-s || return 1
	wait_for 10 "pingable client 10.0.1.1" &&
		wait_for 10 "pingable server 192.0.2.1"
}

# router_rules [related=1|0]
router_rules() {
	local related=${1:-1}
	n_router nft -f - <<-EOF
	table inet nfh {}
	delete table inet nfh
	table inet nfh {
		chain forward {
			type filter hook forward priority filter; policy drop;
	$([ "$related" = 1 ] && echo "		ct state established,related accept")
			meta l4proto icmp accept
			iifname "r-c" ct state new tcp dport { 21, 2121, 6667, 6697 } accept
			iifname "r-c" ct state new udp dport { 69, 1069, 5060, 5099 } accept
		}
		chain postrouting {
			type nat hook postrouting priority srcnat; policy accept;
			oifname "r-s" masquerade
		}
	}
	EOF
}

# start_ftpd PORT: pyftpdlib on the server
start_ftpd() {
	spawn server "${PYTHON:-/usr/bin/python3}" "$REPO/tests/vm/ftp/ftpd.py" "" "$1" "$NFH_WORK/srv" \
		"$NFH_WORK/ftpd-$1.log" > "$NFH_WORK/ftpd-$1.out" 2>&1
	# pyftpdlib takes a while to start under TCG
	wait_listen server "$1" 60 || { show "$NFH_WORK/ftpd-$1.out"; return 1; }
}

# fetch PORT OUT: passive download of the test file from the client
fetch() {
	nsx client curl -sS -v --max-time "${CURL_TIMEOUT:-30}" -o "$2" \
		"ftp://192.0.2.2:$1/file.bin" 2> "$2.log"
}
same_file() { cmp -s "$NFH_WORK/srv/file.bin" "$1"; }

# start_tftpd PORT: tests/vm/helperctl/tftpd.py on the server
start_tftpd() {
	spawn server "${PY[@]}" "$HERE/tftpd.py" "$NFH_WORK/srv" "$1" > "$NFH_WORK/tftpd-$1.out" 2>&1
	wait_for 30 "grep -qx ready '$NFH_WORK/tftpd-$1.out'" || { show "$NFH_WORK/tftpd-$1.out"; return 1; }
}

# tftp_get PORT OUT: curl's TFTP client from the client, through masquerade;
# small.bin (40 blocks: TFTP is lock-step, slow under TCG)
tftp_get() {
	rm -f "$2"
	nsx client curl -sS --max-time "${CURL_TIMEOUT:-20}" --tftp-no-options -o "$2" \
		"tftp://192.0.2.2:$1/small.bin" 2> "$2.log"
}
same_small() { cmp -s "$NFH_WORK/srv/small.bin" "$1"; }

# module identity: a reload gives a new sysfs directory (new inode) and a
# new registration line in the kernel log
mod_id() {
	echo "$(stat -c %i /sys/module/nf_conntrack_ftp 2>/dev/null)" \
		"$(dmesg | grep -c "helper 'ftp' on")"
}

# --- scenarios -----------------------------------------------------------------
sc_enable_ftp() {
	local f=$NFH_WORK/enable.out
	check "helperctl enable ftp" hc enable ftp
	check "our nf_conntrack_ftp is loaded" test -r /sys/module/nf_conntrack_ftp/version
	check "nf_nat_ftp is loaded" test -d /sys/module/nf_nat_ftp
	check "configuration saved" grep -qx "ftp enabled=yes ports=21" "$HELPERCTL_CONF"
	hc -t print > "$f"
	check "print -t: ftp 21 enabled" grep -qxP 'ftp\t21\ttcp\tno' "$f"
	check "print -t: sip disabled" grep -qxP 'sip\t5060\tudp,tcp\tyes' "$f"
	check "print -t: h323 ports" grep -qxP 'h323\t1720,1719/udp\ttcp,udp\tyes' "$f"
	start_ftpd 21 || { fail_check "ftpd on 21"; return; }
	check "passive FTP through NAT" fetch 21 "$NFH_WORK/got1"
	check "file arrived intact" same_file "$NFH_WORK/got1"
}

sc_listings() {
	local d=$NFH_WORK/hold.out lport dport
	spawn client "${PY[@]}" "$HERE/holdctl.py" 192.0.2.2 21 20 > "$d" 2>&1
	wait_for 10 "grep -q '^227' '$d'" || { show "$d"; fail_check "control connection"; return; }
	lport=$(awk '/^LOCAL/ { print $3 }' "$d")
	dport=$(sed -n 's/^227 .*(\([0-9,]*\)).*/\1/p' "$d" | awk -F, '{ print $5 * 256 + $6 }')
	log "  control connection from port $lport, PASV port $dport"

	hc -j connections ftp > "$NFH_WORK/conn.json"
	check "connections -j: the control connection, field by field" jcheck "$NFH_WORK/conn.json" "
any(c['helper'] == 'ftp' and c['kernel_helper'] == 'ftp' and c['family'] == 'ipv4'
    and c['protocol'] == 'tcp' and c['state'] == 'established'
    and c['src'] == '10.0.1.2' and c['sport'] == $lport
    and c['dst'] == '192.0.2.2' and c['dport'] == 21
    and c['reply_src'] == '192.0.2.2' and c['reply_sport'] == 21
    and c['reply_dst'] == '192.0.2.1' and c['nat'] is True
    and 0 < c['timeout'] <= 432000 for c in d)"
	hc -t connections > "$NFH_WORK/conn.tsv"
	check "connections -t: tab-separated line" grep -qP \
		"^ftp\ttcp\testablished\t10\\.0\\.1\\.2:$lport\t192\\.0\\.2\\.2:21\t192\\.0\\.2\\.2:21\t192\\.0\\.2\\.1:[0-9]+\t[0-9]+\$" \
		"$NFH_WORK/conn.tsv" || show "$NFH_WORK/conn.tsv"
	hc -j connections sip > "$NFH_WORK/conn-sip.json"
	check "connections sip: none" jcheck "$NFH_WORK/conn-sip.json" "d == []"

	hc -j expectations ftp > "$NFH_WORK/exp.json"
	check "expectations -j: the PASV data connection, field by field" jcheck "$NFH_WORK/exp.json" "
len(d) == 1 and d[0]['helper'] == 'ftp' and d[0]['protocol'] == 'tcp'
and d[0]['src'] == '10.0.1.2' and d[0]['sport'] is None
and d[0]['dst'] == '192.0.2.2' and d[0]['dport'] == $dport
and d[0]['master'] == {'protocol': 'tcp', 'src': '10.0.1.2', 'sport': $lport, 'dst': '192.0.2.2', 'dport': 21}
and 0 < d[0]['timeout'] <= 300"
	log "  expectation: $(cat "$NFH_WORK/exp.json")"
	hc -t expectations > "$NFH_WORK/exp.tsv"
	check "expectations -t: tab-separated line" grep -qP \
		"^ftp\ttcp\t10\\.0\\.1\\.2:\\*\t192\\.0\\.2\\.2:$dport\t10\\.0\\.1\\.2:$lport->192\\.0\\.2\\.2:21/tcp\t[0-9]+\t" \
		"$NFH_WORK/exp.tsv" || show "$NFH_WORK/exp.tsv"

	hc -j print detail > "$NFH_WORK/detail.json"
	check "print detail -j: module, parameters, counters" jcheck "$NFH_WORK/detail.json" "
d[0]['name'] == 'ftp' and d[0]['ports'] == [21] and d[0]['disabled'] is False
and d[0]['module']['name'] == 'nf_conntrack_ftp' and d[0]['module']['loaded'] is True
and d[0]['module']['implementation'] == 'nfhelpers'
and d[0]['module']['file'].find('/updates/') >= 0
and d[0]['nat_module']['loaded'] is True
and d[0]['parameters'] == {'loose': False, 'log-refused': False}
and d[0]['counters']['expect_created'] >= 1 and d[0]['counters']['parsed_227'] >= 1
and d[1]['name'] == 'sip' and d[1]['disabled'] is True
and d[2]['ports'] == [1720] and d[2]['ras_ports'] == [1719]"

	# disable: rules and the expectation go, the connection stays
	check "helperctl disable ftp" hc disable ftp
	hc -j expectations > "$NFH_WORK/exp2.json"
	check "expectation removed" jcheck "$NFH_WORK/exp2.json" "d == []"
	check "helperctl table gone" bash -c "! ip netns exec $(ns router) nft list table inet helperctl >/dev/null 2>&1"
	check "configuration says disabled" grep -qx "ftp enabled=no ports=21" "$HELPERCTL_CONF"
	kill_bg
}

sc_disabled_blocked() {
	start_ftpd 21 || { fail_check "ftpd on 21"; return; }
	CURL_TIMEOUT=10 check_not "passive FTP blocked without the helper" fetch 21 "$NFH_WORK/got2"
	check "the control connection worked, the data connection did not" \
		grep -qE '^< 22[79] ' "$NFH_WORK/got2.log" || show "$NFH_WORK/got2.log"
}

sc_set_ports() {
	local before after
	check "helperctl enable ftp (again)" hc enable ftp
	before=$(mod_id)
	check "set ftp ports=2121 loose=yes" hc set ftp ports=2121 loose=yes
	start_ftpd 2121 || { fail_check "ftpd on 2121"; return; }
	check "passive FTP on 2121" fetch 2121 "$NFH_WORK/got3"
	check "file arrived intact" same_file "$NFH_WORK/got3"
	after=$(mod_id)
	log "  module identity (sysfs inode, registrations): before '$before' after '$after'"
	check "module not reloaded" test "$before" = "$after"
	check "loose written to the module" grep -qx Y /sys/module/nf_conntrack_ftp/parameters/loose
	check "rules now select 2121 only" bash -c \
		"ip netns exec $(ns router) nft list chain inet helperctl prerouting | grep -q 'tcp dport 2121 ct helper set \"ftp-tcp\"'"
	check "configuration kept" grep -qx "ftp enabled=yes ports=2121 loose=yes" "$HELPERCTL_CONF"
	check "bad port list refused" bash -c \
		"ip netns exec $(ns router) '$HC' set ftp ports=70000 2>&1 | grep -qx \"helperctl: Unable to parse port list: '70000' (ports are 1-65535)\""
	check "configuration unchanged by the refused set" grep -qx "ftp enabled=yes ports=2121 loose=yes" "$HELPERCTL_CONF"
	hc set ftp loose=no
}

sc_doctor() {
	local f=$NFH_WORK/doctor.out rc
	hc doctor > "$f"; rc=$?
	check "doctor: all well, exit 0 (was $rc)" test "$rc" = 0 || show "$f"
	router_rules 0
	hc doctor > "$f"; rc=$?
	check "doctor: exit 3 without related accept (was $rc)" test "$rc" = 3
	# not a terminal: tab-separated check, status, message, fix
	check "doctor: the finding and its fix" grep -qxF "$(printf 'forward\tproblem\t%s\t%s' \
		"chain 'inet nfh forward' drops forwarded packets by default and has no 'ct state established,related accept': the connections helpers expect are dropped" \
		"nft insert rule inet nfh forward ct state established,related accept")" "$f" || show "$f"
	hc -j doctor > "$f.json"
	check "doctor -j" jcheck "$f.json" "
any(x['check'] == 'forward' and x['status'] == 'problem'
    and x['fix'] == 'nft insert rule inet nfh forward ct state established,related accept' for x in d)"
	router_rules 1
	n_router nft delete table inet helperctl
	hc doctor > "$f"; rc=$?
	check "doctor: exit 3 without our table (was $rc)" test "$rc" = 3
	check "doctor: missing helperctl table found" grep -qxP "rules\tproblem\tftp is enabled but table inet helperctl is missing\thelperctl apply" "$f" || show "$f"
	check "helperctl apply restores it" hc apply
	hc doctor > "$f"; rc=$?
	check "doctor: all well again (was $rc)" test "$rc" = 0 || show "$f"
}

sc_sip_flush() {
	# helperctl loads our nf_conntrack_sip (installed in updates/)
	check "helperctl enable sip" hc enable sip
	hc -j print detail > "$NFH_WORK/sip.json"
	check "print detail: our sip module in use, with its counters" \
		jcheck "$NFH_WORK/sip.json" "
d[1]['module']['implementation'] == 'nfhelpers' and d[1]['disabled'] is False
and d[1]['parameters']['direct-media'] is True
and d[1]['parameters']['nat-aware-bypass'] is True
and 'messages' in d[1]['counters']"
	check "set sip direct-media=no (module parameter)" hc set sip direct-media=no
	check "sip_direct_media written" grep -qx 0 /sys/module/nf_conntrack_sip/parameters/sip_direct_media
	# an unanswered UDP flow lives 30 s: the checks on a slow guest took
	# longer, and "other connections kept" found the 5099 flow expired
	nsx router sysctl -qw net.netfilter.nf_conntrack_udp_timeout=600
	nsx client "${PY[@]}" "$HERE/sip_options.py" 192.0.2.2 5060 5070
	nsx client "${PY[@]}" "$HERE/sip_options.py" 192.0.2.2 5099 5071
	hc -j connections sip > "$NFH_WORK/sipc.json"
	check "connections sip: the OPTIONS flow" jcheck "$NFH_WORK/sipc.json" "
any(c['helper'] == 'sip' and c['protocol'] == 'udp' and c['src'] == '10.0.1.2'
    and c['sport'] == 5070 and c['dport'] == 5060 for c in d)"
	check "conntrack sees helper=sip" bash -c \
		"ip netns exec $(ns router) conntrack -L -p udp --dport 5060 2>/dev/null | grep -q 'helper=sip'"
	check "helperctl disable sip --flush" hc disable sip --flush
	check "SIP connections deleted" bash -c \
		"! ip netns exec $(ns router) conntrack -L -p udp --dport 5060 2>/dev/null | grep -q ."
	check "other connections kept" bash -c \
		"ip netns exec $(ns router) conntrack -L -p udp --dport 5099 2>/dev/null | grep -q ."
	hc -j connections sip > "$NFH_WORK/sipc2.json"
	check "connections sip: none" jcheck "$NFH_WORK/sipc2.json" "d == []"
}

sc_intree_in_the_way() {
	local f
	check "helperctl disable ftp" hc disable ftp
	wait_for 10 "[ ! -d /sys/module/nf_conntrack_ftp ]"
	check "disable unloaded the unused modules" test ! -d /sys/module/nf_conntrack_ftp
	f=$(intree_ko nf_conntrack_ftp)
	{ [ -n "$f" ] && insmod "$f"; } || { fail_check "insmod in-tree nf_conntrack_ftp"; return; }
	check_not "enable refuses with the in-tree module loaded" hc enable ftp
	n_router "$HC" enable ftp 2> "$NFH_WORK/way.err"
	check "error names the module and the fix" grep -qF \
		"helperctl: In-tree module in the way: 'nf_conntrack_ftp' (the kernel's own is loaded, nfhelpers' is installed; run 'rmmod nf_nat_ftp nf_conntrack_ftp' and try again)" \
		"$NFH_WORK/way.err" || show "$NFH_WORK/way.err"
	rmmod nf_conntrack_ftp
	check "unknown helper refused" bash -c \
		"ip netns exec $(ns router) '$HC' enable gopher 2>&1 | grep -qx \"helperctl: Unknown helper: 'gopher' (known: ftp, sip, h323, tftp, irc, pptp, amanda, snmp, netbios-ns, sane)\""
	check "prefixes are not commands" bash -c "! ip netns exec $(ns router) '$HC' pr >/dev/null 2>&1"
}

# The kernel's helpers helperctl knows, as NAME:TRANSPORT:PORT; print lists
# those whose module this kernel has (found through libkmod).  Debian's
# kernels have all of them; the debug kernel only those its config builds
# (debug-kernel.config).
KERNEL_HELPERS="tftp:udp:69 irc:tcp:6667 pptp:tcp+gre:1723 amanda:udp:10080 snmp:udp:161 netbios-ns:udp:137 sane:tcp:6566"

sc_print_all() {
	local f=$NFH_WORK/all.json t=$NFH_WORK/mods k=$NFH_KREL m h tr p
	local names="'ftp', 'sip', 'h323'" transports='' ports='' missing=''
	for h in $KERNEL_HELPERS; do
		IFS=: read -r m tr p <<< "$h"
		if modinfo -k "$k" -n "nf_conntrack_${m//-/_}" > /dev/null 2>&1; then
			names+=", '$m'" transports+="'$tr', " ports+="[$p], "
		else
			missing+=" $m"
		fi
	done
	[ -n "$missing" ] && log "  this kernel has no module for:$missing"
	check "print: debug kernels only may lack a kernel helper's module" \
		test -z "$missing" -o "${NFH_SERIES:-}" = debug
	hc -j print > "$f"
	check "print lists ours and the kernel's helpers, each with transport and state" jcheck "$f" "
[x['name'] for x in d] == [$names]
and [x['transport'] for x in d][3:] == [$transports]
and [x['ports'] for x in d][3:] == [$ports]
and all(x['default_ports']['ports'] == x['ports'] for x in d[3:])
and all(x['disabled'] is True for x in d[1:])"
	# negative: a module tree without nf_conntrack_sane (depmod over a
	# copy of this kernel's netfilter modules), seen through a mount
	# namespace; sane is absent, not faked
	mkdir -p "$t/lib/modules/$k/kernel/net"
	cp -r "/lib/modules/$k/kernel/net/netfilter" "$t/lib/modules/$k/kernel/net/"
	rm -f "$t/lib/modules/$k/kernel/net/netfilter/nf_conntrack_sane.ko"*
	for m in modules.order modules.builtin modules.builtin.modinfo; do
		[ -e "/lib/modules/$k/$m" ] && cp "/lib/modules/$k/$m" "$t/lib/modules/$k/"
	done
	depmod -b "$t" "$k" 2> "$t.err" || { show "$t.err"; fail_check "depmod"; return; }
	unshare -m sh -c "mount --bind '$t/lib/modules/$k' '/lib/modules/$k' &&
		ip netns exec $(ns router) '$HC' -j print" > "$f.nosane"
	check "without its module, sane is not listed; tftp still is" jcheck "$f.nosane" "
'sane' not in [x['name'] for x in d] and 'tftp' in [x['name'] for x in d]"
	check_not "... and cannot be enabled" bash -c "unshare -m sh -c \"mount --bind '$t/lib/modules/$k' '/lib/modules/$k' &&
		HELPERCTL_CONF=$NFH_WORK/nosane.conf ip netns exec $(ns router) '$HC' enable sane\" 2> '$NFH_WORK/nosane.err'"
	check "... saying why" grep -q "Module not available: 'nf_conntrack_sane' (not found" "$NFH_WORK/nosane.err" ||
		show "$NFH_WORK/nosane.err"
}

# watch_start NAME: helperctl -j watch NAME in the background (WATCH_PID)
watch_start() {
	local w=$NFH_WORK/watch-$1.jsonl
	spawn router "$HC" -j watch "$1" > "$w" 2> "$w.err"
	WATCH_PID=$BG_PID
	wait_for 10 "grep -q 'watching $1' '$w.err'" && return
	show "$w.err"; fail_check "watch $1 started"; return 1
}

# watch_stop_check NAME L4 PORT: an in-tree helper's connection, its
# expectation (from the server, or from anyone: irc's) and the related
# connection from the server, as connections and watch show them (the
# same listings as for ours)
watch_stop_check() {
	local w=$NFH_WORK/watch-$1.jsonl c=$NFH_WORK/conn-$1.json
	hc -j connections "$1" > "$c"
	check "connections $1: the client's $2/$3 connection, NATed" jcheck "$c" "
any(x['helper'] == '$1' and x['protocol'] == '$2' and x['src'] == '10.0.1.2'
    and x['dst'] == '192.0.2.2' and x['dport'] == $3 and x['nat'] is True for x in d)"
	wait_for 10 "grep -q '\"type\":\"related\"' '$w'"
	kill "$WATCH_PID"
	check "watch $1 -j: the expectation, then the related connection" jsonl "$w" "
any(e['event'] == 'new' and e['type'] == 'expectation' and e['helper'] == '$1'
    and e['src'] in ('192.0.2.2', None) and e['master']['dport'] == $3 for e in d)
and any(e['event'] == 'new' and e['type'] == 'related' and e['helper'] == '$1'
    and e['src'] == '192.0.2.2' for e in d)
and all(e['helper'] == '$1' for e in d)"
}

# an in-tree helper through the same objects: TFTP through masquerade
sc_tftp() {
	start_tftpd 69 || { fail_check "tftpd on 69"; return; }
	CURL_TIMEOUT=4 check_not "TFTP blocked without the helper (reply from a new port)" \
		tftp_get 69 "$NFH_WORK/t0"
	check "helperctl enable tftp" hc enable tftp
	check "in-tree nf_conntrack_tftp and nf_nat_tftp loaded" bash -c \
		"[ -d /sys/module/nf_conntrack_tftp ] && [ ! -e /sys/module/nf_conntrack_tftp/version ] && [ -d /sys/module/nf_nat_tftp ]"
	check "rule: udp 69 selects the tftp object" bash -c \
		"ip netns exec $(ns router) nft list table inet helperctl | grep -q 'udp dport 69 ct helper set \"tftp-udp\"'"
	watch_start tftp || return
	check "TFTP download through masquerade" tftp_get 69 "$NFH_WORK/t1"
	check "file arrived intact" same_small "$NFH_WORK/t1"
	watch_stop_check tftp udp 69
	hc -j print detail > "$NFH_WORK/tftp.json"
	check "print detail: tftp enabled, in-tree module, no counters" jcheck "$NFH_WORK/tftp.json" "
[x for x in d if x['name'] == 'tftp'][0]['disabled'] is False
and [x for x in d if x['name'] == 'tftp'][0]['module']['implementation'] == 'in-tree'
and 'counters' not in [x for x in d if x['name'] == 'tftp'][0]"
	check "set tftp ports=1069" hc set tftp ports=1069
	start_tftpd 1069 || { fail_check "tftpd on 1069"; return; }
	check "TFTP on 1069" tftp_get 1069 "$NFH_WORK/t2"
	check "file arrived intact" same_small "$NFH_WORK/t2"
	CURL_TIMEOUT=4 check_not "TFTP on 69 no longer helped" tftp_get 69 "$NFH_WORK/t3"
	check "helperctl disable tftp" hc disable tftp
	CURL_TIMEOUT=4 check_not "TFTP on 1069 blocked once disabled" tftp_get 1069 "$NFH_WORK/t4"
	check "configuration says disabled" grep -qx "tftp enabled=no ports=1069" "$HELPERCTL_CONF"
	kill_bg
}

# irc_dcc PORT TAG: a DCC SEND offer from the client over an IRC
# connection to the server's PORT; the server connects back to the offer
irc_dcc() {
	local s=$NFH_WORK/ircs-$2.out
	spawn server "${PY[@]}" "$HERE/ircpeer.py" server "$1" > "$s" 2>&1
	wait_for 10 "grep -qx ready '$s'" || { show "$s"; return 1; }
	nsx client "${PY[@]}" "$HERE/ircpeer.py" client 192.0.2.2 "$1" > "$NFH_WORK/ircc-$2.out" 2>&1
}

# another in-tree helper: IRC DCC through masquerade, address rewritten
sc_irc() {
	local s=$NFH_WORK/ircs
	check_not "DCC offer unreachable without the helper" irc_dcc 6667 off
	wait_for 10 "grep -q '^dcc ' '$s-off.out'"
	check "... the server saw the inner address" grep -q '^offer 10\.0\.1\.2:' "$s-off.out" ||
		show "$s-off.out"
	check "helperctl enable irc" hc enable irc
	check "in-tree nf_conntrack_irc and nf_nat_irc loaded" bash -c \
		"[ -d /sys/module/nf_conntrack_irc ] && [ -d /sys/module/nf_nat_irc ]"
	watch_start irc || return
	check "DCC connection through masquerade" irc_dcc 6667 on || show "$NFH_WORK/ircc-on.out"
	wait_for 10 "grep -q '^dcc ' '$s-on.out'"
	watch_stop_check irc tcp 6667
	check "the offer rewritten to the router's address" grep -q '^offer 192\.0\.2\.1:' "$s-on.out" ||
		show "$s-on.out"
	check "set irc ports=6697" hc set irc ports=6697
	check "DCC over 6697" irc_dcc 6697 moved || show "$NFH_WORK/ircc-moved.out"
	check "helperctl disable irc" hc disable irc
	check_not "DCC over 6697 unreachable once disabled" irc_dcc 6697 off2
	kill_bg
}

# watch: the expectation of a passive FTP transfer, as JSON lines
sc_watch() {
	local w=$NFH_WORK/watch.jsonl ws=$NFH_WORK/watch-sip.jsonl pid pid2 dport
	spawn router "$HC" -j watch ftp > "$w" 2> "$w.err"
	pid=$BG_PID
	# negative: a second watcher for sip sees none of it
	spawn router "$HC" -j watch sip > "$ws" 2> "$ws.err"
	pid2=$BG_PID
	wait_for 10 "grep -q 'watching ftp' '$w.err' && grep -q 'watching sip' '$ws.err'" ||
		{ show "$w.err" "$ws.err"; fail_check "watch started"; return; }
	check "passive FTP on 2121 while watching" fetch 2121 "$NFH_WORK/got4"
	# curl asks EPSV first: 229 (|||port|), else 227 (h1,h2,h3,h4,p1,p2)
	dport=$(sed -n 's/^< 229 .*(|||\([0-9]*\)|).*/\1/p' "$NFH_WORK/got4.log")
	[ -n "$dport" ] || dport=$(sed -n 's/^< 227 .*(\([0-9,]*\)).*/\1/p' "$NFH_WORK/got4.log" |
		awk -F, '{ print $5 * 256 + $6 }')
	log "  PASV port $dport"
	wait_for 10 "grep -q '\"event\":\"destroy\",\"type\":\"expectation\"' '$w'"
	kill "$pid" "$pid2"
	check "watch -j: new expectation of the data connection" jsonl "$w" "
any(e['event'] == 'new' and e['type'] == 'expectation' and e['helper'] == 'ftp'
    and e['protocol'] == 'tcp' and e['src'] == '10.0.1.2' and e['sport'] is None
    and e['dst'] == '192.0.2.2' and e['dport'] == $dport
    and e['master']['dport'] == 2121 and e['timeout'] > 0 for e in d)"
	check "watch -j: the control connection, then the data connection as related" jsonl "$w" "
any(e['event'] == 'new' and e['type'] == 'connection' and e['helper'] == 'ftp'
    and e['dport'] == 2121 for e in d)
and any(e['event'] == 'new' and e['type'] == 'related' and e['helper'] == 'ftp'
    and e['dst'] == '192.0.2.2' and e['dport'] == $dport and e['master']['dport'] == 2121 for e in d)"
	check "watch -j: the expectation destroyed when used" jsonl "$w" "
any(e['event'] == 'destroy' and e['type'] == 'expectation' and e['dport'] == $dport for e in d)"
	check "watch ftp: nothing of other helpers" jsonl "$w" "all(e['helper'] == 'ftp' for e in d)"
	check "watch sip: nothing of the FTP transfer" test ! -s "$ws" || show "$ws"
}

# doctor's ruleset checks on the live ruleset: each finding comes and goes
sc_doctor_checks() {
	local f=$NFH_WORK/doc2.out rc
	hc doctor > "$f"
	check "doctor: masquerade without prerouting NAT is a note" grep -qP \
		"^nat\tnote\ttable 'inet nfh' masquerades without a NAT chain on prerouting" "$f" || show "$f"
	check "helperctl enable sip" hc enable sip
	check "set sip ports=5060,5061" hc set sip ports=5060,5061
	hc doctor > "$f"; rc=$?
	check "doctor: exit 3 with SIP on 5061 (was $rc)" test "$rc" = 3
	check "doctor: the TLS finding and its fix" grep -qxF "$(printf 'sip-tls\tproblem\t%s\t%s' \
		"table 'inet helperctl' attaches the SIP helper to udp port 5061: SIP over TLS is encrypted, the helper cannot read it and opens nothing" \
		"helperctl set sip ports=5060")" "$f" || show "$f"
	check "set sip ports=5060" hc set sip ports=5060
	n_router nft -f - <<-EOF
	table inet pbx {
		ct helper mytftp {
			type "tftp" protocol udp
			l3proto inet
		}
		chain pre {
			type filter hook prerouting priority filter; policy accept;
			udp dport 5060 ct helper set "mytftp"
		}
	}
	EOF
	hc doctor > "$f"; rc=$?
	check "doctor: exit 3 with tftp and sip on udp 5060 (was $rc)" test "$rc" = 3
	check "doctor: the clash named" grep -qF \
		"udp port 5060 has two helpers: 'sip' (table inet helperctl, object sip-udp) and 'tftp' (table inet pbx, object mytftp)" "$f" || show "$f"
	check_not "doctor: no TLS finding after the fix" grep -q "^sip-tls.problem" "$f"
	n_router nft delete table inet pbx
	hc doctor > "$f"; rc=$?
	check "doctor: all well again, exit 0 (was $rc)" test "$rc" = 0 || show "$f"
	check "doctor: our SIP module's counters read" grep -qP \
		"^sip-bypass\tok\t[0-9]+ SIP messages so far: too few" "$f" || show "$f"
	check "helperctl disable sip" hc disable sip
}

run() {
	local name=$1
	_SC_FAILED=0
	log "== $name"
	"sc_$name"
	if [ "$_SC_FAILED" = 0 ]; then pass "$name"; else fail "$name"; fi
}

main() {
	[ -x "$HC" ] || { echo "helperctl not built: run 'make -C tools/helperctl' on the host" >&2; exit 1; }
	trap cleanup EXIT
	log "helperctl tests, kernel $NFH_KREL, config $HELPERCTL_CONF"
	modprobe nf_conntrack && modprobe nf_nat && modprobe nf_conntrack_netlink || exit 1
	mkdir -p "$NFH_WORK/srv"
	head -c 300000 /dev/urandom > "$NFH_WORK/srv/file.bin"
	head -c 20000 /dev/urandom > "$NFH_WORK/srv/small.bin"
	topo_up || { echo "topology failed"; exit 1; }
	router_rules 1 || exit 1
	run print_all
	run enable_ftp
	run listings
	run disabled_blocked
	run set_ports
	run watch
	run doctor
	run tftp
	run irc
	run doctor_checks
	run sip_flush
	run intree_in_the_way
	summary
}
main "$@"
