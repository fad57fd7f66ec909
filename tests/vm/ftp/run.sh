#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# FTP conntrack/NAT helper scenarios in network namespaces.  Runs inside the
# vmrun guest, as root:
#
#   tests/vm/vmrun [--kernel 6.12] -- tests/vm/ftp/run.sh [--impl intree|ours] [SCENARIO...]
#
# Topology: topo_nat with the inside leg (tests/vm/lib.sh); the FTP server
# behind DNAT of 192.0.2.1:21 is inside (10.0.3.2).
#
# Router (nft table inet nfh): forwarding on; masquerade (IPv4 and NAT66) out
# of br-pub; forward policy drop, accepting established/related, new control
# connections (tcp 21/2121) from the client leg, and DNATed ones.  Data
# connections are NOT accepted as new: they only pass as RELATED, i.e. when
# the FTP helper created an expectation for them.  The helper is attached
# with `ct helper set` from a filter-type prerouting chain.
#
# The namespaces are built once; before each scenario the router's ruleset
# and conntrack tables are emptied.  Each scenario checks the file's sha256
# on the other side, the expectation the helper created (seen with
# `conntrack -E expect` in the router namespace), and for NAT cases what the
# far side actually received.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$HERE/../lib.sh"
# -S: no site module (about 0.5 s less per start in the guest); the peers
# use the standard library only (ftpd.py, on pyftpdlib, runs with site)
PY=("${PYTHON:-/usr/bin/python3}" -S)
PROTO=ftp
FILE_SIZE=204800

ALL_SCENARIOS=(passive_snat active_port_snat epsv eprt_ipv6 dnat_227 port_2121
	negative_no_helper negative_port_third_host auth_tls lines_in_one_segment
	split_line data_not_inspected split_port split_eprt split_227 split_229
	split_227_dnat split_eprt_ipv6 src_cap)

# Documented differences (XFAIL, see lib.sh):
declare -A XFAIL_intree=(
	# The in-tree helper has no AUTH TLS handling: it keeps parsing the
	# control connection after "234", so the plaintext PORT that follows
	# in this scenario creates an expectation.  (With real TLS the records
	# would simply not parse.)
	[auth_tls]="in-tree helper keeps inspecting the control connection after AUTH TLS/234"
	# The in-tree helper only looks for a command at the start of a segment
	# that starts a line.
	[lines_in_one_segment]="in-tree helper parses only the first line of a segment"
	[split_line]="in-tree helper does not join a line split across segments"
	# The in-tree helper drops a segment that ends inside a line of
	# interest ("partial matching") and waits for the line in one
	# segment; the sender retransmits the first piece alone, which is
	# dropped again: the control connection stalls (issue 11).
	[split_port]="in-tree helper drops the first piece of a split PORT again and again: stalls"
	[split_eprt]="in-tree helper drops the first piece of a split EPRT again and again: stalls"
	[split_227]="in-tree helper drops the first piece of a split 227 again and again: stalls"
	[split_229]="in-tree helper drops the first piece of a split 229 again and again: stalls"
	[split_227_dnat]="in-tree helper drops the first piece of a split 227 again and again: stalls"
	[split_eprt_ipv6]="in-tree helper drops the first piece of a split EPRT again and again: stalls"
)
	# No cap on expectations per source address in-tree.
XFAIL_intree[src_cap]="the in-tree helper has no expect_max_per_src"
declare -A XFAIL_ours=()

# --- topology ---------------------------------------------------------------
# Built once per run (namespace set-up is slow under TCG); run_one resets the
# router between scenarios.
topo_up() {
	topo_nat inside || return 1
	# The routes back to the client leg only matter when the router does not
	# masquerade (negative_port_third_host, the reachability check below).
	ipb server <<-EOF || return 1
	route add 10.0.1.0/24 via 192.0.2.1
	route add fd00:1::/64 via 2001:db8:2::1
	EOF
	# Basic reachability before any ruleset is loaded.
	wait_for 10 "pingable client 192.0.2.2" &&
	wait_for 10 "pingable client 2001:db8:2::2" &&
	wait_for 10 "pingable outside 192.0.2.1" &&
	wait_for 10 "pingable inside 10.0.3.1"
}

# router_rules [nat=1|0] [helper=PORT|none] [dnat=0|1]
router_rules() {
	local nat=1 helper=21 dnat=0 a f=$SCW/router.nft
	for a; do local "$a"; done
	{
		echo "table inet nfh {"
		if [ "$helper" != none ]; then
			echo "	ct helper ftp-$helper {"
			echo "		type \"ftp\" protocol tcp"
			echo "	}"
		fi
		echo "	chain nat_pre {"
		echo "		type nat hook prerouting priority dstnat; policy accept;"
		[ "$dnat" = 1 ] && echo "		iifname \"br-pub\" ip daddr 192.0.2.1 tcp dport 21 dnat ip to 10.0.3.2:21"
		echo "	}"
		echo "	chain helpers {"
		echo "		type filter hook prerouting priority filter; policy accept;"
		[ "$helper" != none ] && echo "		ct state new tcp dport $helper ct helper set \"ftp-$helper\""
		echo "	}"
		echo "	chain forward_filter {"
		echo "		type filter hook forward priority filter; policy drop;"
		echo "		ct state established,related accept"
		echo "		meta l4proto { icmp, ipv6-icmp } accept"
		echo "		iifname \"r-c\" ct state new tcp dport { 21, 2121 } accept"
		[ "$dnat" = 1 ] && echo "		ct status dnat ct state new tcp dport 21 accept"
		echo "	}"
		echo "	chain nat_post {"
		echo "		type nat hook postrouting priority srcnat; policy accept;"
		[ "$nat" = 1 ] && echo "		oifname \"br-pub\" masquerade"
		echo "	}"
		echo "}"
	} > "$f"
	n_router nft -f "$f" || { show "$f"; return 1; }
}

# --- servers, clients -------------------------------------------------------
# start_ftpd NS ADDR PORT: pyftpdlib serving $SCW/srv, commands in ftpd.log.
# (A cold python start reads its whole stdlib over 9p: allow a minute.)
start_ftpd() {
	spawn "$1" "${PYTHON:-/usr/bin/python3}" "$HERE/ftpd.py" "$2" "$3" "$SCW/srv" "$SCW/ftpd.log" > "$SCW/ftpd.out" 2>&1
	wait_listen "$1" "$3" 60 || { show "$SCW/ftpd.out"; return 1; }
}
# start_fakeftpd NS ADDR PORT: control-channel-only server, lines in ftpd.log.
start_fakeftpd() {
	spawn "$1" "${PY[@]}" "$HERE/fakeftpd.py" "$2" "$3" "$SCW/ftpd.log" > "$SCW/ftpd.out" 2>&1
	wait_listen "$1" "$3" 60 || { show "$SCW/ftpd.out"; return 1; }
}

# fetch NS URL OUT [CURL ARGS...]: download with curl; dialogue in OUT.log.
fetch() {
	local n=$1 url=$2 out=$3; shift 3
	nsx "$n" curl -sS -v --max-time "${CURL_TIMEOUT:-30}" -o "$out" "$@" "$url" 2> "$out.log"
}
# ftpcmd NS OUT HOST PORT LINE...: raw control dialogue into OUT.
ftpcmd() {
	local n=$1 out=$2; shift 2
	nsx "$n" timeout 20 "${PY[@]}" "$HERE/ftpcmd.py" "$@" > "$out" 2>&1
}
local_port() { awk '/^LOCAL/ { print $3; exit }' "$1"; }

same_file() {
	[ -f "$2" ] || return 1
	[ "$(sha256sum < "$1")" = "$(sha256sum < "$2")" ]
}

# "a,b,c,d,p1,p2" from a 227 reply in a curl -v log -> "a.b.c.d port"
pasv_reply() {
	sed -n 's/^< 227 [^(]*(\([0-9,]*\)).*/\1/p' "$1" | head -n 1 |
		awk -F, 'NF == 6 { printf "%s.%s.%s.%s %d\n", $1, $2, $3, $4, $5 * 256 + $6 }'
}
# port from a 229 reply "(|||port|)"
epsv_port() { sed -n 's/^< 229 .*(|||\([0-9]*\)|).*/\1/p' "$1" | head -n 1; }
# "ip port" the server was told in PORT/EPRT (ftpd.py's DATA lines)
data_addr() { awk '/^DATA/ { print $2, $3; exit }' "$SCW/ftpd.log"; }

# --- expectations -------------------------------------------------------------
# shellcheck disable=SC2016 # awk and sh -c programs in single quotes
nl_subscribed() { # a NETLINK_NETFILTER (12) socket with groups in the router
	n_router awk '$2 == 12 && $4 != "00000000" { f = 1 } END { exit !f }' /proc/net/netlink
}
# Watch expectation events in the router for the rest of the scenario.
ev_start() {
	spawn router conntrack -E expect > "$SCW/expect.events" 2>&1
	wait_for 10 nl_subscribed
}
# One line per new expectation:
#   src dst dport master-src master-dst master-sport master-dport helper
exp_table() {
	awk '/\[NEW\]/ {
		s = d = dp = ms = md = msp = mdp = h = "-"; sec = 0
		for (i = 1; i <= NF; i++) {
			n = index($i, "="); if (!n) continue
			k = substr($i, 1, n - 1); v = substr($i, n + 1)
			if (k == "mask-src") sec = 1
			else if (k == "master-src") { sec = 2; ms = v }
			else if (k == "master-dst") md = v
			else if (k == "helper") h = v
			else if (sec == 0 && k == "src") s = v
			else if (sec == 0 && k == "dst") d = v
			else if (sec == 0 && k == "dport") dp = v
			else if (sec == 2 && k == "sport") msp = v
			else if (sec == 2 && k == "dport") mdp = v
		}
		print s, d, dp, ms, md, msp, mdp, h
	}' "$SCW/expect.events"
}
exp_match() { # exp_match GLOB: some expectation line matches GLOB
	local l
	# shellcheck disable=SC2053 # $1 is a glob
	while read -r l; do [[ $l == $1 ]] && return 0; done < <(exp_table)
	return 1
}
# check_exp GLOB: an expectation matching GLOB shows up (bounded wait).
check_exp() {
	if wait_for 10 "exp_match '$1'"; then
		log "    ok     expectation [$1]"
	else
		fail_check "expectation [$1]; seen:"; exp_table | sed 's/^/    | /'
	fi
}
check_no_exp() { # check_no_exp GLOB DESCRIPTION
	if exp_match "$1"; then
		fail_check "$2 [$1]; seen:"; exp_table | sed 's/^/    | /'
	else
		log "    ok     $2"
	fi
}
no_new_events() { ! grep -q '\[NEW\]' "$SCW/expect.events"; }
expect_list_empty() { [ -z "$(n_router conntrack -L expect 2>/dev/null)" ]; }

# --- scenarios ----------------------------------------------------------------
# Each returns early (with a recorded failure) when its setup fails.

# Client behind masquerade downloads passively (PASV/227).
sc_passive_snat() {
	local a p
	setup router_rules && setup start_ftpd server 192.0.2.2 21 && setup ev_start || return
	check "PASV download through masquerade" fetch client ftp://192.0.2.2/data.bin "$SCW/got" --disable-epsv
	check "sha256 matches" same_file "$SCW/srv/data.bin" "$SCW/got"
	read -r a p < <(pasv_reply "$SCW/got.log")
	check "client received 227 naming 192.0.2.2 (got '${a:-none}')" test "${a:-}" = 192.0.2.2
	check_exp "10.0.1.2 192.0.2.2 ${p:-?} 10.0.1.2 192.0.2.2 * 21 ftp"
	check "server saw the client as 192.0.2.1" grep -q '^CMD 192.0.2.1 RETR' "$SCW/ftpd.log"
}

# Active PORT through SNAT: the server must be told the public address.
sc_active_port_snat() {
	local a p
	setup router_rules && setup start_ftpd server 192.0.2.2 21 && setup ev_start || return
	check "active (PORT) download through masquerade" \
		fetch client ftp://192.0.2.2/data.bin "$SCW/got" --ftp-port - --disable-eprt
	check "sha256 matches" same_file "$SCW/srv/data.bin" "$SCW/got"
	check "client sent PORT with its own address 10,0,1,2" grep -q '^> PORT 10,0,1,2,' "$SCW/got.log"
	read -r a p < <(data_addr)
	check "server received PORT naming 192.0.2.1 (got '${a:-none}')" test "${a:-}" = 192.0.2.1
	check_not "server never saw 10,0,1,2" grep -q '10,0,1,2' "$SCW/ftpd.log"
	check_exp "192.0.2.2 192.0.2.1 ${p:-?} 10.0.1.2 192.0.2.2 * 21 ftp"
}

# Passive EPSV (229 carries only a port).
sc_epsv() {
	local p
	setup router_rules && setup start_ftpd server 192.0.2.2 21 && setup ev_start || return
	check "EPSV download through masquerade" fetch client ftp://192.0.2.2/data.bin "$SCW/got" --ftp-pasv
	check "sha256 matches" same_file "$SCW/srv/data.bin" "$SCW/got"
	check "client used EPSV" grep -q '^> EPSV' "$SCW/got.log"
	p=$(epsv_port "$SCW/got.log")
	check "client received 229 with a port (got '${p:-none}')" test -n "$p"
	check_exp "10.0.1.2 192.0.2.2 ${p:-?} 10.0.1.2 192.0.2.2 * 21 ftp"
	check "server saw the client as 192.0.2.1" grep -q '^CMD 192.0.2.1 RETR' "$SCW/ftpd.log"
}

# Active EPRT |2| over IPv6 through NAT66 masquerade.
sc_eprt_ipv6() {
	local a p
	setup router_rules && setup start_ftpd server 2001:db8:2::2 21 && setup ev_start || return
	check "active (EPRT) IPv6 download through NAT66" \
		fetch client 'ftp://[2001:db8:2::2]/data.bin' "$SCW/got" -g --ftp-port -
	check "sha256 matches" same_file "$SCW/srv/data.bin" "$SCW/got"
	check "client sent EPRT |2| with its own address" grep -q '^> EPRT |2|fd00:1::2|' "$SCW/got.log"
	read -r a p < <(data_addr)
	check "server received EPRT naming 2001:db8:2::1 (got '${a:-none}')" test "${a:-}" = 2001:db8:2::1
	check_not "server never saw fd00:1::2" grep -qi 'fd00:' "$SCW/ftpd.log"
	check_exp "2001:db8:2::2 2001:db8:2::1 ${p:-?} fd00:1::2 2001:db8:2::2 * 21 ftp"
}

# Server behind DNAT (192.0.2.1:21 -> inside 10.0.3.2:21), client outside.
sc_dnat_227() {
	local a p
	setup router_rules dnat=1 && setup start_ftpd inside 10.0.3.2 21 && setup ev_start || return
	# --no-ftp-skip-pasv-ip: really connect where the 227 says.
	check "PASV download from the DNATed server" fetch outside ftp://192.0.2.1/data.bin "$SCW/got" \
		--disable-epsv --no-ftp-skip-pasv-ip
	check "sha256 matches" same_file "$SCW/srv/data.bin" "$SCW/got"
	read -r a p < <(pasv_reply "$SCW/got.log")
	check "client received 227 naming 192.0.2.1 (got '${a:-none}')" test "${a:-}" = 192.0.2.1
	check_not "client never saw 10,0,3,2" grep -q '10,0,3,2' "$SCW/got.log"
	check_exp "192.0.2.3 192.0.2.1 ${p:-?} 192.0.2.3 192.0.2.1 * 21 ftp"
	check "server saw the client as 192.0.2.3" grep -q '^CMD 192.0.2.3 RETR' "$SCW/ftpd.log"
}

# Non-standard control port with its own ct helper rule (none for 21).
sc_port_2121() {
	local a p
	setup router_rules helper=2121 && setup start_ftpd server 192.0.2.2 2121 && setup ev_start || return
	check "PASV download from port 2121" fetch client ftp://192.0.2.2:2121/data.bin "$SCW/got" --disable-epsv
	check "sha256 matches" same_file "$SCW/srv/data.bin" "$SCW/got"
	read -r a p < <(pasv_reply "$SCW/got.log")
	check_exp "10.0.1.2 192.0.2.2 ${p:-?} 10.0.1.2 192.0.2.2 * 2121 ftp"
}

# No helper attached: the passive data connection is not RELATED, so the
# forward policy drops it.
sc_negative_no_helper() {
	setup router_rules helper=none && setup start_ftpd server 192.0.2.2 21 && setup ev_start || return
	CURL_TIMEOUT=10 check_not "PASV download fails without a helper" \
		fetch client ftp://192.0.2.2/data.bin "$SCW/got" --disable-epsv
	check "control connection worked (227 received)" grep -q '^< 227' "$SCW/got.log"
	check_not "file did not arrive" same_file "$SCW/srv/data.bin" "$SCW/got"
	check "no expectation event" no_new_events
	check "no expectation listed" expect_list_empty
}

# PORT naming a third host must not open a hole (in-tree default loose=0
# refuses it too).  No masquerade here, so NAT plays no part.  A second
# connection with a legitimate PORT proves the helper is active, and since
# events arrive in order, its expectation showing up means any event for the
# first connection would have shown up before it.
sc_negative_port_third_host() {
	local s1 s2
	setup router_rules nat=0 && setup start_fakeftpd server 192.0.2.2 21 && setup ev_start || return
	check "dialogue with PORT 10,0,1,99" ftpcmd client "$SCW/bad" 192.0.2.2 21 \
		'USER anonymous' 'PASS x' 'PORT 10,0,1,99,195,80' QUIT
	check "dialogue with PORT 10,0,1,2 (control)" ftpcmd client "$SCW/good" 192.0.2.2 21 \
		'USER anonymous' 'PASS x' 'PORT 10,0,1,2,195,81' QUIT
	s1=$(local_port "$SCW/bad"); s2=$(local_port "$SCW/good")
	check "server received PORT 10,0,1,99 unchanged" grep -q 'PORT 10,0,1,99,195,80' "$SCW/ftpd.log"
	check_exp "192.0.2.2 10.0.1.2 50001 10.0.1.2 192.0.2.2 ${s2:-?} 21 ftp"
	check_no_exp "* * * * * ${s1:-?} * *" "no expectation from the third-host PORT"
	check_no_exp "* 10.0.1.99 * * * * * *" "no expectation towards 10.0.1.99"
}

# After AUTH TLS/234 the control channel is encrypted; the helper must stop
# looking.  The fake server keeps talking plaintext, so a helper that still
# parses would find the PORT.  Control connection without AUTH as above.
sc_auth_tls() {
	local s1 s2
	setup router_rules && setup start_fakeftpd server 192.0.2.2 21 && setup ev_start || return
	check "dialogue AUTH TLS, 234, then PORT" ftpcmd client "$SCW/tls" 192.0.2.2 21 \
		'AUTH TLS' 'PORT 10,0,1,2,195,80' QUIT
	check "server answered 234" grep -q '^< 234' "$SCW/tls"
	check "dialogue without AUTH (control)" ftpcmd client "$SCW/plain" 192.0.2.2 21 \
		'USER anonymous' 'PASS x' 'PORT 10,0,1,2,195,81' QUIT
	s1=$(local_port "$SCW/tls"); s2=$(local_port "$SCW/plain")
	check_exp "192.0.2.2 192.0.2.1 * 10.0.1.2 192.0.2.2 ${s2:-?} 21 ftp"
	check_no_exp "* * * * * ${s1:-?} * *" "no expectation after AUTH TLS"
}

# Our counters (only our helper has them): value of NAME in the router.
# shellcheck disable=SC2016 # an awk program
our_counter() { n_router awk -v k="$1" '$1 == k { print $2 }' /proc/net/nfhelpers/ftp; }
counter_at_least() { [ "$(our_counter "$1")" -ge "$2" ] 2>/dev/null; }

# USER, PASS, NOOP and PORT in ONE segment from a client behind masquerade:
# the PORT is the fourth line and must still be seen and rewritten.
sc_lines_in_one_segment() {
	local s1
	setup router_rules && setup start_fakeftpd server 192.0.2.2 21 && setup ev_start || return
	check "four lines sent in one segment" ftpcmd client "$SCW/multi" --segments 192.0.2.2 21 \
		'USER anonymous\r\nPASS x\r\nNOOP\r\nPORT 10,0,1,2,195,82\r\n' 'QUIT\r\n'
	s1=$(local_port "$SCW/multi")
	check "server received the PORT rewritten to 192.0.2.1" \
		grep -q 'PORT 192,0,2,1,' "$SCW/ftpd.log"
	check_not "server never saw the private address" grep -q 'PORT 10,0,1,2' "$SCW/ftpd.log"
	check_exp "192.0.2.2 192.0.2.1 * 10.0.1.2 192.0.2.2 ${s1:-?} 21 ftp"
}

# A PORT command cut in two TCP segments (no NAT: a split line cannot be
# rewritten in place, see Documentation/ftp.rst): the helper joins it.
sc_split_line() {
	local s1
	setup router_rules nat=0 && setup start_fakeftpd server 192.0.2.2 21 && setup ev_start || return
	check "PORT sent in two segments" ftpcmd client "$SCW/split" --segments 192.0.2.2 21 \
		'USER anonymous\r\nPASS x\r\nPORT 10,0,1' ',2,195,83\r\n' 'QUIT\r\n'
	s1=$(local_port "$SCW/split")
	check "server received the whole PORT" grep -q 'PORT 10,0,1,2,195,83' "$SCW/ftpd.log"
	check_exp "192.0.2.2 10.0.1.2 50003 10.0.1.2 192.0.2.2 ${s1:-?} 21 ftp"
	if [ "$IMPL" = ours ]; then
		check "counter lines_joined counted it" counter_at_least lines_joined 1
	fi
}

# A file whose contents look like FTP lines, downloaded passively: the data
# connection must never be parsed, so no expectation may have it as master.
# (Debian's 6.12 kernel hands an expectation's helper to the connection it
# creates; our helper ignores expected connections.  The in-tree helper
# passes here only because it never parses a direction's first segment.)
# A second download afterwards orders the events: once its expectation has
# arrived, any from the first transfer's data would have too.
sc_data_not_inspected() {
	setup router_rules && setup start_ftpd server 192.0.2.2 21 && setup ev_start || return
	printf '227 Entering Passive Mode (192,0,2,2,100,2).\r\nPORT 10,0,1,2,100,3\r\n' \
		> "$SCW/srv/lines.txt"
	check "download of a file holding 227/PORT lines" \
		fetch client ftp://192.0.2.2/lines.txt "$SCW/got" --disable-epsv
	check "file arrived intact" same_file "$SCW/srv/lines.txt" "$SCW/got"
	check "second download (orders the events)" \
		fetch client ftp://192.0.2.2/data.bin "$SCW/got2" --disable-epsv
	wait_for 10 "[ \$(exp_table | wc -l) -ge 2 ]"
	check_no_exp "* * 25602 * * * * *" "no expectation from the 227 inside the file"
	check_no_exp "* * 25603 * * * * *" "no expectation from the PORT inside the file"
	check_not "no expectation whose master is a data connection" exp_from_data_conn
}
exp_from_data_conn() { exp_table | awk '$7 != 21 { f = 1 } END { exit !f }'; }

# --- one line in two writes, with a pause (issue 11) -----------------------
# splitpeer.py's client and server write a line in two send()s on a
# TCP_NODELAY socket, cut at each of three places, with each pause in
# SPLIT_PAUSES between the pieces, all on one control connection through
# the masquerading router.  A job checks what the far side got (rewritten
# by NAT, or byte for byte the same) and the data connection, which only
# passes the forward chain as RELATED.
# The longest pause, SPLIT_LONG, only with the first cut (it takes the same
# path as 1 s: both are past the sender's retransmission timeout).
SPLIT_PAUSES=${SPLIT_PAUSES:-0.01 0.3 1}
SPLIT_LONG=${SPLIT_LONG:-3}

# split_jobs CMD CUT... -> CMD:CUT:PAUSE:PORT for every pause and cut, then
# the first cut with SPLIT_LONG.  The data ports lie above the ephemeral
# range (ip_local_port_range ends at 60999), so no socket the kernel bound
# on its own can hold one: a CI run once failed a bind with EADDRINUSE.
split_jobs() {
	local cmd=$1 p c port=61100; shift
	for p in $SPLIT_PAUSES; do
		for c; do echo "$cmd:$c:$p:$port"; port=$((port + 1)); done
	done
	[ -z "$SPLIT_LONG" ] || echo "$cmd:$1:$SPLIT_LONG:$port"
}

# split_client NS HOST JOB... (the client's own address: $SPLIT_LOCAL)
split_client() {
	local n=$1 host=$2; shift 2
	nsx "$n" timeout 600 "${PY[@]}" "$HERE/splitpeer.py" client "$host" 21 \
		"${SPLIT_LOCAL:-10.0.1.2}" "$@" > "$SCW/split" 2>&1
}
# split_run CMD CUT...: the jobs, their results and our counters.
split_run() {
	local cmd=$1
	setup router_rules || return
	setup spawn server "${PY[@]}" "$HERE/splitpeer.py" server 192.0.2.2 21 "$SCW/ftpd.log" \
		> "$SCW/ftpd.out" 2>&1
	setup wait_listen server 21 60 || return
	# shellcheck disable=SC2046 # one job a word
	check "$cmd split in two writes, pauses $SPLIT_PAUSES $SPLIT_LONG" \
		split_client client 192.0.2.2 $(split_jobs "$@")
	grep '^RESULT' "$SCW/split" | sed 's/^/    | /'
	check_not "server never saw the private address" grep -Eq '10,0,1,2|10\.0\.1\.2' "$SCW/ftpd.log"
	split_counters
}
split_counters() {
	local c v
	[ "$IMPL" = ours ] || return 0
	log "    counters: $(n_router awk '$2 != 0 { printf "%s=%s ", $1, $2 }' /proc/net/nfhelpers/ftp)"
	for c in split_not_rewritten held_gave_up held_lost drop_nat drop_nomem; do
		v=$(our_counter $c)
		check "counter $c is 0 (got ${v:-none})" test "${v:-x}" = 0
	done
}

# PORT from the client behind masquerade: cut inside the address, inside
# the port's first number, between CR and LF.
sc_split_port() {
	split_run PORT 9 16 -1
	[ "$IMPL" = ours ] && check "counter split_held counted" counter_at_least split_held 1
}
sc_split_eprt() {
	split_run EPRT 12 19 -1
	[ "$IMPL" = ours ] && check "counter split_held counted" counter_at_least split_held 1
}
# 227 and 229 from the server outside: nothing to rewrite, so the client
# must get the reply exactly as sent (nothing is held).
sc_split_227() { split_run PASV 14 39 -1; }
sc_split_229() { split_run EPSV 30 41 -1; }

# EPRT |2| over IPv6 through NAT66 masquerade: the router's ACK of held
# bytes in IPv6.  Two pauses, one below and one above the sender's
# retransmission timeout.
sc_split_eprt_ipv6() {
	setup router_rules || return
	setup spawn server "${PY[@]}" "$HERE/splitpeer.py" server 2001:db8:2::2 21 "$SCW/ftpd.log" \
		> "$SCW/ftpd.out" 2>&1
	setup wait_listen server 21 60 || return
	# shellcheck disable=SC2046 # one job a word
	SPLIT_LOCAL=fd00:1::2 check "EPRT |2| split in two writes, pauses 0.01 1" \
		split_client client 2001:db8:2::2 $(SPLIT_PAUSES="0.01 1" SPLIT_LONG= split_jobs EPRT 14 -1)
	grep '^RESULT' "$SCW/split" | sed 's/^/    | /'
	check_not "server never saw the private address" grep -qi 'fd00:' "$SCW/ftpd.log"
	split_counters
	[ "$IMPL" = ours ] && check "counter split_held counted" counter_at_least split_held 1
}

# 227 from the server behind DNAT (192.0.2.1:21 -> inside 10.0.3.2:21),
# client outside: the reply must reach the client rewritten to 192.0.2.1
# (splitpeer.py compares it byte for byte), so here the reply is held.
sc_split_227_dnat() {
	setup router_rules dnat=1 || return
	setup spawn inside "${PY[@]}" "$HERE/splitpeer.py" server 10.0.3.2 21 "$SCW/ftpd.log" \
		> "$SCW/ftpd.out" 2>&1
	setup wait_listen inside 21 60 || return
	# shellcheck disable=SC2046 # one job a word
	check "227 from behind DNAT split in two writes, pauses $SPLIT_PAUSES $SPLIT_LONG" \
		split_client outside 192.0.2.1 $(split_jobs PASV 14 -1)
	grep '^RESULT' "$SCW/split" | sed 's/^/    | /'
	check_not "client never saw the private address" grep -q '10,0,3,2' "$SCW/split"
	split_counters
	[ "$IMPL" = ours ] && check "counter split_held counted" counter_at_least split_held 1
}

# --- driver -----------------------------------------------------------------
# Shown for a failed scenario, before its namespaces go away.
# The cap on expectations per source (expect_max_per_src), behind
# masquerade: client and inside leave as the same 192.0.2.1, and are
# counted apart.  The client fills its cap of 3 with PORTs on three control
# connections (closed after QUIT: their entries, and expectations, stay);
# its fourth PORT is refused: counted, and dropped, as it would reach the
# server with the private address.  The inside host still gets its
# expectation.  Negative control: with the cap off (0) the client's next
# PORT is expected again and nothing more is refused.  NFH_SRC_CAP=0 (no
# cap from the start) is the negative control of the whole scenario: it
# must fail.
SRC_CAP_PARAM=/sys/module/nf_conntrack_ftp/parameters/expect_max_per_src
n_expect() { n_router conntrack -L expect 2>/dev/null | grep -c 'helper=ftp'; }
port_line() { # port_line NS OUT ADDR P2: USER, PASS, PORT ADDR,195,P2, QUIT
	ftpcmd "$1" "$SCW/$2" 192.0.2.2 21 "USER a" "PASS x" "PORT $3,195,$4" QUIT
}
sc_src_cap() {
	local i base old
	[ -w "$SRC_CAP_PARAM" ] || { fail_check "no expect_max_per_src parameter"; return; }
	setup router_rules && setup start_fakeftpd server 192.0.2.2 21 || return
	setup n_router nft add rule inet nfh forward_filter iifname r-i ct state new tcp dport 21 accept || return
	old=$(cat "$SRC_CAP_PARAM")
	echo "${NFH_SRC_CAP:-3}" > "$SRC_CAP_PARAM"
	base=$(our_counter refused_per_src)
	for i in 1 2 3; do
		check "client PORT $i answered" port_line client "c$i" 10,0,1,2 $((80 + i))
	done
	check "three expectations (got $(n_expect))" test "$(n_expect)" = 3
	check "nothing refused yet" test "$(our_counter refused_per_src)" = "$base"
	# dropped, and each retransmission refused again, while it lasts
	spawn client timeout 30 "${PY[@]}" "$HERE/ftpcmd.py" 192.0.2.2 21 \
		"USER a" "PASS x" "PORT 10,0,1,2,195,84" QUIT > "$SCW/c4" 2>&1
	i=$BG_PID
	check "refused_per_src counted the fourth PORT" \
		wait_for 30 "counter_at_least refused_per_src $((base + 2))"
	check_not "client PORT 4 not answered" grep -q '^< 200' "$SCW/c4"
	check "logged, naming the inside host" \
		sh -c 'dmesg | grep -q "nf_conntrack_ftp: 10.0.1.2: expect_max_per_src (3) reached"'
	check "still three expectations (got $(n_expect))" test "$(n_expect)" = 3
	check_not "server never saw the private address" grep -q '10,0,1,2' "$SCW/ftpd.log"
	check "server got 3 PORTs from the client" test "$(grep -c 'PORT 192,0,2,1,' "$SCW/ftpd.log")" = 3
	# its retransmissions must not reach the helper once the cap is off
	setup n_router nft insert rule inet nfh forward_filter \
		tcp sport "$(local_port "$SCW/c4")" drop
	kill "$i"
	base=$(our_counter refused_per_src)
	check "the inside host's PORT answered" port_line inside i1 10,0,3,2 90
	check "four expectations (got $(n_expect))" test "$(n_expect)" = 4
	echo 0 > "$SRC_CAP_PARAM"
	check "cap off: client PORT 5 answered" port_line client c5 10,0,1,2 85
	check "cap off: five expectations (got $(n_expect))" test "$(n_expect)" = 5
	check "cap off: nothing more refused" test "$(our_counter refused_per_src)" = "$base"
	echo "$old" > "$SRC_CAP_PARAM"
}

diagnose() {
	local f
	for f in "$SCW"/*; do
		case $f in */srv|*/got) continue ;; esac
		show "$f"
	done
	echo "    --- router: conntrack -L / -L expect"
	{ n_router conntrack -L; n_router conntrack -L expect; } 2>&1 | sed 's/^/    | /' | tail -n 30
}

# Every scenario serves a fresh file of random bytes.
scenario_begin() {
	mkdir -p "$SCW/srv"
	head -c "$FILE_SIZE" /dev/urandom > "$SCW/srv/data.bin"
}

suite_main "$@"
