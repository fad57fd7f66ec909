#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Faults and exhaustion (issue 13) against OUR helper modules, in the vmrun
# guest, as root:
#
#   tests/vm/vmrun [--kernel 6.12] -- tests/vm/faults/run.sh [SCENARIO...]
#
# Topology: topo_nat (tests/vm/lib.sh), without the inside leg:
#
#   client 10.0.1.2 [c0] -- [r-c] router (masquerade) [br-pub] -- [s0] server 192.0.2.2
#
# Router: table inet nfh (forward policy drop: established/related, and new
# tcp 21 and udp 5060 from the client leg; masquerade out of br-pub; the
# named counters exp_in/exp_out count packets of expected connections) and
# table inet nfh_helpers (the ct helper objects "ftp" and "sip" attached to
# new connections from the client leg).  The helper objects hold a
# reference on the helper modules, so a reload deletes nfh_helpers first
# and adds it again after.  FTP data and SIP media pass only as RELATED:
# a transfer or a call's media that gets through needed the expectation.
#
# Scenarios (outcome stated and checked, see Documentation/testing.rst):
#   reload_loop       FAULTS_CYCLES (100) rmmod/modprobe cycles of
#                     nf_nat_{sip,ftp}, nf_conntrack_{sip,ftp}, nfh_nat and
#                     nfh_core while an FTP+SIP traffic loop runs through
#                     the NAT router: every rmmod succeeds within 30 s,
#                     traffic ran, a call and a transfer work after it
#   refcount_control  negative control of the unload check: while a ct
#                     helper object holds nf_conntrack_sip (nf_nat_sip
#                     unloaded, so nothing else does), rmmod does NOT
#                     succeed (refcnt > 0); once it is gone, it does
#   expect_full       nf_conntrack_expect_max FAULTS_EXPECT_MAX (4), 2 more
#                     PASV than fit: the extra ones get no 227, counted
#                     (ftp drop_nat), a SIP INVITE's media is refused,
#                     counted (sip expect_failed), signalling still passes;
#                     consuming the expectations empties the table and a
#                     transfer and a call work again
#   expect_full_control  the same with the limit left alone: every PASV
#                     gets its 227 (so expect_full's refusal checks can fail)
#   conntrack_full    nf_conntrack_max FAULTS_CT_MAX (10), 4 more control
#                     connections than fit: those are dropped, counted
#                     (conntrack -S drop), a transfer and a call fail while
#                     full; once the holders are gone both work again
#   conntrack_full_control  the same with the limit left alone: all connect
#   netns_delete      the router namespace deleted while an FTP PASV and a
#                     SIP call have live expectations: a new topology
#                     works (call and transfer), and the modules unload
#                     and load again
#   flood             FAULTS_FLOOD (100000) malformed messages (tests/vm/
#                     faults/flood.py): half SIP datagrams, half broken
#                     PORT/EPRT lines among random bytes over TCP, to the
#                     sink 192.0.2.3, while the traffic loop runs: the
#                     helpers' error_* counters account for every one, the
#                     TCP bytes arrive unmodified, calls and transfers go
#                     through during and after it
#   flood_control     a small flood with no helper attached: the error
#                     counters do not move (so flood's checks can fail)
#   failslab          debug kernel only (failslab): every expectation
#                     allocation fails, then a tenth of all atomic slab
#                     allocations for FAULTS_FAILSLAB_SECONDS (20) under
#                     traffic: each failure the helpers meet is counted
#                     (drop_nomem, expect_failed), a transfer and a call
#                     work once injection is off
# The kernel report scan of vmrun (any WARN/BUG/KASAN/lockdep... logged at
# any level) covers every scenario; on the debug kernel kmemleak is scanned
# at the end.  After the last scenario every module of ours must unload.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
SIPDIR=$(cd "$HERE/../sip" && pwd)
FTPDIR=$(cd "$HERE/../ftp" && pwd)
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$HERE/../lib.sh"
PY=${PYTHON:-/usr/bin/python3}
IMPL=ours
CYCLES=${FAULTS_CYCLES:-100}
EXP_MAX=${FAULTS_EXPECT_MAX:-4}
CT_MAX=${FAULTS_CT_MAX:-10}
# unload order (users first), and what modprobe loads (softdeps pull in NAT)
OUR_MODULES=(nf_nat_sip nf_nat_ftp nf_conntrack_sip nf_conntrack_ftp nfh_nat nfh_core)
LOAD_MODULES=(nf_conntrack_ftp nf_conntrack_sip nf_nat_ftp nf_nat_sip)

ALL_SCENARIOS=(refcount_control reload_loop expect_full expect_full_control
	conntrack_full conntrack_full_control netns_delete flood flood_control failslab)
# shellcheck disable=SC2034 # read by lib.sh's run_one
declare -A XFAIL_intree=() XFAIL_ours=()

# --- topology and rules ------------------------------------------------------
topo_up() {
	# shellcheck disable=SC2119 # no inside leg
	topo_nat || return 1
	wait_for 10 "pingable client 10.0.1.1" && wait_for 10 "pingable server 192.0.2.1"
}

router_rules() {
	cat > "$SCW/router.nft" <<-EOF
	table inet nfh {
		counter exp_in {
		}
		counter exp_out {
		}
		chain nat_pre {
			type nat hook prerouting priority dstnat; policy accept;
		}
		chain forward_filter {
			type filter hook forward priority filter; policy drop;
			ct status expected iifname "br-pub" counter name "exp_in"
			ct status expected iifname "r-c" counter name "exp_out"
			ct state established,related accept
			meta l4proto { icmp, ipv6-icmp } accept
			iifname "r-c" ct state new tcp dport 21 accept
			iifname "r-c" ct state new udp dport 5060 accept
		}
		chain nat_post {
			type nat hook postrouting priority srcnat; policy accept;
			oifname "br-pub" masquerade
		}
	}
	EOF
	n_router nft -f "$SCW/router.nft" || { show "$SCW/router.nft"; return 1; }
	helpers_add
}
helpers_add() {
	cat > "$NFH_WORK/helpers.nft" <<-EOF
	table inet nfh_helpers {
		ct helper ftp-21 {
			type "ftp" protocol tcp
		}
		ct helper sip-udp-5060 {
			type "sip" protocol udp
		}
		chain helpers {
			type filter hook prerouting priority filter; policy accept;
			iifname "r-c" ct state new tcp dport 21 ct helper set "ftp-21"
			iifname "r-c" ct state new udp dport 5060 ct helper set "sip-udp-5060"
		}
	}
	EOF
	n_router nft -f "$NFH_WORK/helpers.nft"
}
helpers_del() { n_router nft delete table inet nfh_helpers; }

# --- modules -------------------------------------------------------------------
# unload_ours [SECONDS]: rmmod every module of ours that is loaded, each
# retried for SECONDS (30): helper objects are released asynchronously.
unload_ours() {
	local m
	for m in "${OUR_MODULES[@]}"; do
		[ -d "/sys/module/$m" ] || continue
		wait_for "${1:-30}" "rmmod $m" ||
			{ log "  cannot unload $m (refcnt $(cat "/sys/module/$m/refcnt" 2>/dev/null))"; return 1; }
	done
}
load_ours() { local m; for m in "${LOAD_MODULES[@]}"; do modprobe "$m" || return 1; done; }
none_loaded() {
	local m bad=0
	for m in "${OUR_MODULES[@]}"; do [ -d "/sys/module/$m" ] && { log "  $m still loaded"; bad=1; }; done
	return $bad
}
# one reload of everything, with the helper objects out of the way
cycle() { helpers_del && unload_ours && load_ours && helpers_add; }

# --- servers and probes ----------------------------------------------------------
start_servers() {
	mkdir -p "$SCW/srv"
	head -c 204800 /dev/urandom > "$SCW/srv/data.bin"
	spawn server "$PY" "$FTPDIR/ftpd.py" 192.0.2.2 21 "$SCW/srv" "$SCW/ftpd.log" > "$SCW/ftpd.out" 2>&1
	printf 'v=0\r\no=nfh 1 1 IN IP4 192.0.2.2\r\ns=-\r\nc=IN IP4 192.0.2.2\r\nt=0 0\r\nm=audio 6000 RTP/AVP 0\r\n' \
		> "$SCW/answer.sdp"
	mkdir -p "$SCW/sipsrv"
	spawn server "$PY" "$SIPDIR/sipsrv.py" --answer "$SCW/answer.sdp" 192.0.2.2 5060 "$SCW/sipsrv" \
		> "$SCW/sipsrv.out" 2>&1
	wait_listen server 21 60 || { show "$SCW/ftpd.out"; return 1; }
	wait_for 60 "grep -q READY '$SCW/sipsrv.out'" || { show "$SCW/sipsrv.out"; return 1; }
}

# probe_ftp TAG [CURL ARGS...]: a download through masquerade, checked by sha256
probe_ftp() {
	local t=$1; shift
	nsx client curl -sS --max-time "${CURL_TIMEOUT:-30}" -o "$SCW/got.$t" "$@" \
		ftp://192.0.2.2/data.bin 2> "$SCW/got.$t.log" &&
		[ "$(sha256sum < "$SCW/srv/data.bin")" = "$(sha256sum < "$SCW/got.$t")" ]
}

# sip_req OUT METHOD CSEQ CALL SPORT [MEDIA-PORT]: a request from
# 10.0.1.2:SPORT to 192.0.2.2, with an SDP offer of MEDIA-PORT if given
sip_req() {
	local out=$1 m=$2 cseq=$3 call=$4 sp=$5 mp=${6:-} body='' totag=''
	[ "$m" = INVITE ] || totag=';tag=srv1'
	[ -n "$mp" ] && body=$(printf 'v=0\r\no=nfh 1 1 IN IP4 10.0.1.2\r\ns=-\r\nc=IN IP4 10.0.1.2\r\nt=0 0\r\nm=audio %s RTP/AVP 0\r\n' "$mp")
	{
		printf '%s sip:callee@192.0.2.2:5060 SIP/2.0\r\n' "$m"
		printf 'Via: SIP/2.0/UDP 10.0.1.2:%s;branch=z9hG4bK-%s-%s\r\n' "$sp" "$call" "$cseq"
		printf 'Max-Forwards: 70\r\nFrom: <sip:caller@10.0.1.2:%s>;tag=cli1\r\n' "$sp"
		printf 'To: <sip:callee@192.0.2.2:5060>%s\r\nCall-ID: %s\r\nCSeq: %s %s\r\n' "$totag" "$call" "$cseq" "$m"
		printf 'Contact: <sip:caller@10.0.1.2:%s>\r\n' "$sp"
		[ -n "$body" ] && printf 'Content-Type: application/sdp\r\n'
		printf 'Content-Length: %d\r\n\r\n%s' "${#body}" "$body"
	} > "$out"
}
sipcli() { local out=$1; shift; nsx client timeout 30 "$PY" "$SIPDIR/sipcli.py" "$@" > "$out" 2>&1; }
# mport_of CALL: the m= port of that call's INVITE as the server got it
# (one process over every message: the traffic loop leaves thousands)
mport_of() {
	awk -v c="Call-ID: $1" '{ sub(/\r$/, "") }
		FNR == 1 { inv = /^INVITE /; hit = 0; port = "" }
		!inv { nextfile }
		$0 == c { hit = 1 }
		/^m=/ && port == "" { port = $2 }
		hit && port != "" { print port; exit }' "$SCW"/sipsrv/msg.* 2>/dev/null
}
# probe_sip TAG SPORT MEDIA-PORT: INVITE with SDP answered 200; RTP from
# the server to the port the server was told reaches the client's media
# port (inbound, so it needed the expectation); BYE answered.
probe_sip() {
	local t=$1 sp=$2 mp=$3 call=probe-$1 p
	start_media_rx "$mp" "$SCW/media.$t" || return 1
	sip_req "$SCW/$t.inv" INVITE 1 "$call" "$sp" "$mp"
	sip_req "$SCW/$t.bye" BYE 2 "$call" "$sp"
	sipcli "$SCW/$t.cli" --bind "10.0.1.2:$sp" 192.0.2.2 5060 send:"$SCW/$t.inv" wait:200/INVITE ||
		{ log "  $t: no 200 to the INVITE"; show "$SCW/$t.cli"; return 1; }
	p=$(mport_of "$call")
	[ -n "$p" ] || { log "  $t: INVITE not seen by the server"; return 1; }
	nsx server timeout 20 "$PY" "$SIPDIR/udppeer.py" send --from 6000 192.0.2.1 "$p" > /dev/null 2>&1
	wait_for 10 "grep -q '^RECV $mp ' '$SCW/media.$t'" || { log "  $t: RTP to 192.0.2.1:$p did not arrive"; return 1; }
	sipcli "$SCW/$t.bye.cli" --bind "10.0.1.2:$sp" 192.0.2.2 5060 send:"$SCW/$t.bye" wait:200/BYE
}
start_media_rx() {
	: > "$2"
	spawn client "$PY" "$SIPDIR/udppeer.py" recv "$2" 10.0.1.2 "$1" > "$2.out" 2>&1
	wait_for 60 "grep -q READY '$2.out'" || { show "$2.out"; return 1; }
}

# --- counters ------------------------------------------------------------------
counters() { n_router cat "/proc/net/nfhelpers/$1" 2>/dev/null; }
counter() { counters "$1" | awk -v k="$2" '$1 == k { print $2; f = 1 } END { if (!f) print 0 }'; }
exp_count() { n_router conntrack -L expect 2>/dev/null | grep -c .; }
# ct_stat NAME: the router's conntrack -S field NAME, summed over CPUs
ct_stat() { n_router conntrack -S 2>/dev/null | tr -s ' \t' '\n' | awk -F= -v k="$1" '$1 == k { s += $2 } END { print s + 0 }'; }
ct_invalid() { ct_stat invalid; }
ct_drops() { ct_stat drop; }

# hold_start N BASEPORT [pasv]: peers.py hold in the client; waits for READY
hold_start() {
	rm -f "$SCW/hold.stop"
	spawn client "$PY" "$HERE/peers.py" hold 192.0.2.2 21 "$1" "$2" "$SCW/hold.stop" ${3:+"$3"} > "$SCW/hold.out" 2>&1
	HOLD_PID=$BG_PID
	wait_for 180 "grep -q READY '$SCW/hold.out'" || { show "$SCW/hold.out"; return 1; }
	HOLD_OK=$(grep -c '^CONN [0-9]* ok' "$SCW/hold.out")
	HOLD_FAIL=$(grep -c '^CONN [0-9]* fail' "$SCW/hold.out")
	log "  holders: $HOLD_OK connected, $HOLD_FAIL failed"
}
hold_stop() { touch "$SCW/hold.stop"; wait_for 10 "! kill -0 $HOLD_PID"; }

# --- scenarios -----------------------------------------------------------------------
sc_refcount_control() {
	local r
	setup router_rules || return
	# nf_nat_sip is held by nothing but the module loader (the helper
	# object holds the conntrack half): it goes, its hook is cleared
	check "nf_nat_sip unloads with the helper objects in place" wait_for 30 "rmmod nf_nat_sip"
	check "nothing depends on nf_conntrack_sip any more (holders: $(echo /sys/module/nf_conntrack_sip/holders/*))" \
		test -z "$(ls /sys/module/nf_conntrack_sip/holders 2>/dev/null)"
	check_not "with the ct helper object in place, nf_conntrack_sip does NOT unload (5 s)" \
		wait_for 5 "rmmod nf_conntrack_sip"
	r=$(cat /sys/module/nf_conntrack_sip/refcnt 2>/dev/null || echo 0)
	check "its refcnt is above 0 (the object's reference: $r)" test "$r" -gt 0
	check "once the helper objects are deleted, every module unloads" eval "helpers_del && unload_ours"
	check "and loads again" eval "load_ours && helpers_add"
}

sc_reload_loop() {
	local i t0 fok ffail sok sfail loop bad=0
	setup router_rules && setup start_servers || return
	check "a PASV transfer works before the loop" probe_ftp before --disable-epsv
	check "a call with media works before the loop" probe_sip before 5070 41000
	spawn client "$PY" "$HERE/peers.py" loop "$SCW/loop.stop" "$SCW/loop.log" 192.0.2.2 192.0.2.2 \
		> "$SCW/loop.out" 2>&1
	loop=$BG_PID
	setup wait_for 60 "grep -q '^FTP ok' '$SCW/loop.log'" || return
	t0=$SECONDS
	for ((i = 1; i <= CYCLES; i++)); do
		cycle || { fail_check "cycle $i of $CYCLES: reload failed"; bad=1; break; }
		[ $((i % 10)) = 0 ] && log "  $i cycles, $((SECONDS - t0)) s; traffic: $(grep -c ' ok' "$SCW/loop.log") ok, $(grep -c ' fail' "$SCW/loop.log") failed"
	done
	touch "$SCW/loop.stop"
	wait_for 20 "! kill -0 $loop" ||
		log "  (the traffic loop did not stop by itself)"
	log "  reload loop: $((i - 1)) cycles in $((SECONDS - t0)) s"
	[ $bad = 0 ] && check "all $CYCLES reload cycles succeeded (every rmmod within 30 s)" test "$((i - 1))" = "$CYCLES"
	fok=$(grep -c '^FTP ok' "$SCW/loop.log"); ffail=$(grep -c '^FTP fail' "$SCW/loop.log")
	sok=$(grep -c '^SIP ok' "$SCW/loop.log"); sfail=$(grep -c '^SIP fail' "$SCW/loop.log")
	echo "FAULTS reload_loop cycles=$((i - 1)) seconds=$((SECONDS - t0)) ftp_ok=$fok ftp_fail=$ffail sip_ok=$sok sip_fail=$sfail"
	check "FTP transfers ran during the loop ($fok ok, $ffail failed)" test "$fok" -gt 1
	check "SIP calls ran during the loop ($sok ok, $sfail failed)" test "$sok" -gt 1
	check "the loaded modules are ours (build ids)" ours_loaded
	check "after the last reload a PASV transfer works" probe_ftp after --disable-epsv
	check "and an active (PORT) transfer" probe_ftp after-port --ftp-port - --disable-eprt
	check "and a call with media (inbound RTP via the expectation)" probe_sip after 5072 41010
}
ours_loaded() {
	local m
	for m in "${LOAD_MODULES[@]}"; do module_is_from "$m" "$(modinfo -n "$m")" || return 1; done
}

# expect_fill MAX: MAX empty = the control (limit left alone)
expect_fill() {
	local max=$1 old hold want d0 d1 s0 s1 p n ok=1
	setup router_rules && setup start_servers || return
	old=$(sysctl -n net.netfilter.nf_conntrack_expect_max)
	hold=$((EXP_MAX + 2))
	[ -n "$max" ] && { setup sysctl -qw "net.netfilter.nf_conntrack_expect_max=$max" || return; }
	log "  nf_conntrack_expect_max $(sysctl -n net.netfilter.nf_conntrack_expect_max), $hold PASV held open"
	d0=$(counter ftp drop_nat); s0=$(counter sip expect_failed)
	hold_start "$hold" 32000 pasv || { sysctl -qw "net.netfilter.nf_conntrack_expect_max=$old"; fail_check "holders"; return; }
	n=$(exp_count)
	d1=$(counter ftp drop_nat)
	if [ -n "$max" ]; then
		want=$max
		check "exactly $max PASV got a 227 (got $HOLD_OK of $hold)" test "$HOLD_OK" = "$max"
		check "the other $((hold - max)) got none (failed: $HOLD_FAIL)" test "$HOLD_FAIL" = "$((hold - max))"
		check "ftp drop_nat counts the refusals ($d0 -> $d1, >= $((hold - max)))" test "$((d1 - d0))" -ge "$((hold - max))"
	else
		want=$hold
		check "every PASV got a 227 (got $HOLD_OK of $hold)" test "$HOLD_OK" = "$hold"
		check "no refusal counted (drop_nat $d0 -> $d1)" test "$d1" = "$d0"
	fi
	check "the router holds $want expectations (has $n)" test "$n" = "$want"
	# a call while the table is full (control: while it holds $hold)
	sip_req "$SCW/full.inv" INVITE 1 full-call 5074 41020
	check "a SIP INVITE is answered 200 (signalling passes)" \
		sipcli "$SCW/full.cli" --bind 10.0.1.2:5074 192.0.2.2 5060 send:"$SCW/full.inv" wait:200/INVITE
	s1=$(counter sip expect_failed)
	if [ -n "$max" ]; then
		check "its media expectations were refused, counted (sip expect_failed $s0 -> $s1)" test "$s1" -gt "$s0"
		check "and the table still holds $max (has $(exp_count))" test "$(exp_count)" = "$max"
	else
		check "its media was expected (sip expect_failed $s0 -> $s1, unchanged)" test "$s1" = "$s0"
	fi
	sip_req "$SCW/full.bye" BYE 2 full-call 5074
	sipcli "$SCW/full.bye.cli" --bind 10.0.1.2:5074 192.0.2.2 5060 send:"$SCW/full.bye" wait:200/BYE
	# drain: each expected data connection arrives (the expectation is used up)
	awk '$1 == "CONN" && $3 == "ok" { print $4 }' "$SCW/hold.out" > "$SCW/ports"
	while read -r p; do
		# 15 s (NFH_WAIT_SCALE times that on the debug kernel, where a
		# process start alone takes seconds)
		nsx client timeout $((15 * NFH_WAIT_SCALE)) bash -c "exec 3<>/dev/tcp/192.0.2.2/$p" < /dev/null 2>/dev/null || ok=0
	done < "$SCW/ports"
	check "each 227's data connection got through (as RELATED)" test $ok = 1
	# the refused 227s are retransmitted by the server, and one may find
	# room now: its expectation goes with its control connection
	hold_stop
	n_router conntrack -D -p tcp --dport 21 > /dev/null 2>&1
	check "with the control connections gone the table is empty (has $(exp_count))" \
		wait_for 20 "[ \$(exp_count) = 0 ]"
	check "with the table drained a PASV transfer works (limit $(sysctl -n net.netfilter.nf_conntrack_expect_max))" \
		probe_ftp after --disable-epsv
	check "and a call with media" probe_sip after 5076 41030
	sysctl -qw "net.netfilter.nf_conntrack_expect_max=$old"
}
sc_expect_full() { expect_fill "$EXP_MAX"; }
sc_expect_full_control() { expect_fill ""; }

# conntrack_fill MAX: MAX empty = the control
conntrack_fill() {
	local max=$1 old hold d0 d1 c
	setup router_rules && setup start_servers || return
	old=$(sysctl -n net.netfilter.nf_conntrack_max)
	hold=$((CT_MAX + 4))
	n_router conntrack -F 2>/dev/null
	[ -n "$max" ] && { setup sysctl -qw "net.netfilter.nf_conntrack_max=$max" || return; }
	log "  nf_conntrack_max $(sysctl -n net.netfilter.nf_conntrack_max), $hold control connections held open"
	d0=$(ct_drops)
	hold_start "$hold" 33000 || { sysctl -qw "net.netfilter.nf_conntrack_max=$old"; fail_check "holders"; return; }
	if [ -n "$max" ]; then
		check "exactly $max connections got through (got $HOLD_OK of $hold)" test "$HOLD_OK" = "$max"
		check "the other $((hold - max)) did not (failed: $HOLD_FAIL)" test "$HOLD_FAIL" = "$((hold - max))"
		d1=$(ct_drops)
		check "conntrack -S drop counts them ($d0 -> $d1)" test "$d1" -gt "$d0"
		check_not "a transfer fails while the table is full" eval "CURL_TIMEOUT=8 probe_ftp full --disable-epsv"
		sip_req "$SCW/full.inv" INVITE 1 ctfull-call 5078 41040
		check_not "a call gets no answer while the table is full" \
			sipcli "$SCW/full.cli" --timeout 5 --bind 10.0.1.2:5078 192.0.2.2 5060 send:"$SCW/full.inv" wait:200/INVITE
	else
		check "every connection got through (got $HOLD_OK of $hold)" test "$HOLD_OK" = "$hold"
		d1=$(ct_drops)
		check "no drop counted ($d0 -> $d1)" test "$d1" = "$d0"
	fi
	hold_stop
	# room returns: the holders' entries go (their connections were reset)
	n_router conntrack -D -p tcp --dport 21 > /dev/null 2>&1
	c=$(n_router conntrack -C)
	check "the table has room again ($c entries, limit $(sysctl -n net.netfilter.nf_conntrack_max))" \
		test "$c" -lt "${max:-1000}"
	check "then a PASV transfer works" probe_ftp after --disable-epsv
	n_router conntrack -D -p tcp --dport 21 > /dev/null 2>&1
	check "and a call with media" probe_sip after 5080 41050
	sysctl -qw "net.netfilter.nf_conntrack_max=$old"
}
sc_conntrack_full() { conntrack_fill "$CT_MAX"; }
sc_conntrack_full_control() { conntrack_fill ""; }

sc_netns_delete() {
	local n
	setup router_rules && setup start_servers || return
	setup hold_start 2 34000 pasv || return
	sip_req "$SCW/live.inv" INVITE 1 live-call 5082 41060
	check "a call is up (200 to its INVITE)" \
		sipcli "$SCW/live.cli" --bind 10.0.1.2:5082 192.0.2.2 5060 send:"$SCW/live.inv" wait:200/INVITE
	n=$(exp_count)
	check "the router has live expectations (2 PASV + the call's media: $n)" test "$n" -ge 3
	check "the router namespace is deleted with them" ip netns del "$(ns router)"
	kill_bg
	cleanup_netns
	check "a new topology comes up" topo_up
	setup router_rules && setup start_servers || return
	check "a PASV transfer works in it" probe_ftp new --disable-epsv
	check "and a call with media" probe_sip new 5084 41070
	kill_bg
	check "then every module unloads and loads again" cycle
}

# --- flood ---------------------------------------------------------------------
# err_sum PROTO: the sum of the helper's error_* counters in the router
err_sum() { counters "$1" | awk '$1 ~ /^error_/ { s += $2 } END { print s + 0 }'; }
# moved PROTO SNAPSHOT: the counters that moved since the snapshot (a
# copy of counters PROTO), as " name+delta..."
moved() {
	counters "$1" | awk 'NR == FNR { a[$1] = $2; next }
		$2 != a[$1] { printf " %s+%d", $1, $2 - a[$1] }' "$2" -
}
# the flood's sink: 192.0.2.3 (the outside namespace) reads TCP 21 to the
# end and drops UDP 5060 unanswered; the router counts what it forwards
flood_sink_up() {
	nsx outside nft -f - <<-EOF || return 1
	table inet flood {
		chain input {
			type filter hook input priority filter; policy accept;
			udp dport 5060 drop
		}
	}
	EOF
	n_router nft -f - <<-EOF || return 1
	table inet flood {
		counter sip_in {
		}
		chain count {
			type filter hook forward priority -10; policy accept;
			ip daddr 192.0.2.3 udp dport 5060 counter name "sip_in"
		}
	}
	EOF
	rm -f "$SCW/sink.stop"
	spawn outside "$PY" -S "$HERE/flood.py" sink 192.0.2.3 21 "$SCW/sink" > "$SCW/sink.out" 2>&1
	wait_for 60 "grep -q READY '$SCW/sink.out'" || { show "$SCW/sink.out"; return 1; }
}
# packets the guest's CPUs dropped before any hook saw them (backlog full)
softnet_drops() { local d s=0; while read -r _ d _; do s=$((s + 16#$d)); done < /proc/net/softnet_stat; echo $s; }
flood_counted() { n_router nft list counter inet flood sip_in | awk '/packets/ { print $2; exit }'; }

# flood_run SIP-N FTP-CONNS FTP-LINES: the flood from the client, both
# protocols at once; sets SIP_SENT, FTP_BAD, FTP_BYTES, FTP_HASH, GOT_*
flood_run() {
	local seed=$RANDOM
	log "  flood: $1 SIP datagrams, $2 x $3 FTP lines (seed $seed)"
	spawn client "$PY" -S "$HERE/flood.py" sip 192.0.2.3 "$1" "$seed" > "$SCW/flood-sip.out" 2>&1
	local sip=$BG_PID
	nsx client "$PY" -S "$HERE/flood.py" ftp 192.0.2.3 "$2" "$3" "$seed" > "$SCW/flood-ftp.out" 2>&1 ||
		show "$SCW/flood-ftp.out"
	wait_for 600 "! kill -0 $sip" || show "$SCW/flood-sip.out"
	touch "$SCW/sink.stop"
	wait_for 60 "test -s '$SCW/sink'" || show "$SCW/sink.out"
	read -r _ _ SIP_SENT < "$SCW/flood-sip.out"
	read -r _ _ FTP_BAD FTP_BYTES FTP_HASH < "$SCW/flood-ftp.out"
	read -r _ GOT_BYTES GOT_HASH < "$SCW/sink"
	: "${SIP_SENT:=0}" "${FTP_BAD:=0}" "${FTP_BYTES:=0}" "${GOT_BYTES:=0}"
}

# flood: FAULTS_FLOOD (100000) malformed messages, half SIP over UDP (a
# fifth of them random bytes), half broken PORT/EPRT lines between lines
# of random bytes over TCP, at the rate the guest sends them, while the
# traffic loop places calls and transfers through the same router
sc_flood() {
	local n=${FAULTS_FLOOD:-100000} conns=10 t0 s0 f0 s1 f1 c fok ffail sok sfail loop
	local backlog d0 d1 r0 r i0 i
	local lines=$((n / conns)) # a half of each connection's lines is broken
	setup router_rules && setup start_servers && setup flood_sink_up || return
	spawn client "$PY" "$HERE/peers.py" loop "$SCW/loop.stop" "$SCW/loop.log" 192.0.2.2 192.0.2.2 \
		> "$SCW/loop.out" 2>&1
	loop=$BG_PID
	setup wait_for 60 "grep -q '^SIP ok' '$SCW/loop.log'" || return
	: > "$SCW/loop.log"
	# a backlog that holds a burst: a segment lost before the router is
	# one the helper never sees (its lines cannot be counted)
	backlog=$(sysctl -n net.core.netdev_max_backlog)
	sysctl -qw net.core.netdev_max_backlog=100000
	s0=$(err_sum sip); f0=$(err_sum ftp); t0=$SECONDS; d0=$(softnet_drops)
	r0=$(counter ftp resync); i0=$(ct_invalid)
	counters sip > "$SCW/sip.before"; counters ftp > "$SCW/ftp.before"
	flood_run "$((n / 2))" "$conns" "$lines"
	d1=$(softnet_drops)
	sysctl -qw "net.core.netdev_max_backlog=$backlog"
	touch "$SCW/loop.stop"
	wait_for 30 "! kill -0 $loop" || log "  (the traffic loop did not stop by itself)"
	s1=$(err_sum sip); f1=$(err_sum ftp); c=$(flood_counted)
	log "  sip counters:$(moved sip "$SCW/sip.before")"
	log "  ftp counters:$(moved ftp "$SCW/ftp.before")"
	fok=$(grep -c '^FTP ok' "$SCW/loop.log"); ffail=$(grep -c '^FTP fail' "$SCW/loop.log")
	sok=$(grep -c '^SIP ok' "$SCW/loop.log"); sfail=$(grep -c '^SIP fail' "$SCW/loop.log")
	echo "FAULTS flood seconds=$((SECONDS - t0)) sip_sent=$SIP_SENT sip_forwarded=$c sip_errors=$((s1 - s0)) ftp_bad=$FTP_BAD ftp_errors=$((f1 - f0)) ftp_bytes=$FTP_BYTES/$GOT_BYTES ftp_ok=$fok ftp_fail=$ffail sip_ok=$sok sip_fail=$sfail"
	check "no packet was dropped before the hooks (softnet drops +$((d1 - d0)))" test "$d1" = "$d0"
	check "the SIP flood reached the router ($c of $SIP_SENT datagrams forwarded)" \
		test "$c" -gt "$((SIP_SENT / 2))"
	check "the SIP helper counted each forwarded datagram as an error (error_* +$((s1 - s0)), forwarded $c)" \
		test "$((s1 - s0))" = "$c"
	# a segment lost before the helper (conntrack found it invalid, say)
	# makes it resynchronise at the next line: what it skipped, and the
	# segment's retransmission (behind the stream), is not counted
	r=$(($(counter ftp resync) - r0)); i=$(($(ct_invalid) - i0))
	if [ "$r" = 0 ]; then
		check "the FTP helper counted each broken line as an error (error_* +$((f1 - f0)), sent $FTP_BAD)" \
			test "$((f1 - f0))" = "$FTP_BAD" -a "$FTP_BAD" -gt 0
	else
		log "  the FTP streams resynchronised $r times (conntrack invalid +$i): $((FTP_BAD - (f1 - f0))) lines not counted"
		check "the FTP helper counted no more errors than broken lines (error_* +$((f1 - f0)), sent $FTP_BAD)" \
			test "$((f1 - f0))" -le "$FTP_BAD" -a "$((f1 - f0))" -gt "$((FTP_BAD / 2))"
	fi
	check "every FTP byte arrived unmodified ($GOT_BYTES of $FTP_BYTES bytes, same SHA-256)" \
		test "$GOT_BYTES" = "$FTP_BYTES" -a "${GOT_HASH:-x}" = "${FTP_HASH:-y}"
	check "transfers went through during the flood ($fok ok, $ffail failed)" test "$fok" -gt 0 -a "$ffail" = 0
	check "calls went through during the flood ($sok ok, $sfail failed)" test "$sok" -gt 0 -a "$sfail" = 0
	check "the flood left no expectation behind ($(exp_count))" test "$(exp_count)" = 0
	check "after the flood a PASV transfer works" probe_ftp after --disable-epsv
	check "and a call with media" probe_sip after 5086 41080
}

# flood_control: the same checks with no helper attached: the error
# counters do not move, so sc_flood's accounting checks can fail
sc_flood_control() {
	local s0 f0 c
	setup router_rules && setup helpers_del && setup flood_sink_up || return
	s0=$(err_sum sip); f0=$(err_sum ftp)
	flood_run 2000 2 1000
	c=$(flood_counted)
	check "the SIP flood reached the router ($c of $SIP_SENT)" test "$c" -gt 0
	check_not "without the helper the SIP errors do not account for it (+$(($(err_sum sip) - s0)))" \
		test "$(($(err_sum sip) - s0))" = "$c"
	check_not "nor the FTP errors (+$(($(err_sum ftp) - f0)) of $FTP_BAD)" \
		test "$(($(err_sum ftp) - f0))" = "$FTP_BAD"
	setup helpers_add
}

# --- failslab ------------------------------------------------------------------
# The debug kernel's failslab (CONFIG_FAILSLAB).  vmrun boots it with
# slub_debug=A,nf_conntrack_expect: the expectation cache carries the
# failslab mark (read-only in sysfs on 6.1), so cache-filter picks it.
FI=/sys/kernel/debug/failslab
EXP_SLAB=/sys/kernel/slab/nf_conntrack_expect/failslab
fi_set() { echo "$2" > "$FI/$1"; }
fi_off() { fi_set probability 0; fi_set times 0; fi_set cache-filter N; }
# what the helpers count for an allocation that failed
nomem_sum() {
	echo $(($(counter ftp drop_nomem) + $(counter ftp expect_failed) +
		$(counter sip drop_nomem) + $(counter sip expect_failed)))
}

# failslab: (1) every allocation from the expectation cache fails: a PASV
# gets no 227 (dropped, counted), a call is answered but its media is not
# expected (counted), and the helpers' counters account for each failure
# failslab injected; (2) a tenth of all atomic slab allocations fail for
# FAULTS_FAILSLAB_SECONDS (20) while the traffic loop runs; then, with
# injection off, a transfer and a call with media work
sc_failslab() {
	local budget=100000 left n0 n1 injected fok ffail sok sfail loop
	setup router_rules && setup start_servers || return
	fi_set verbose 0; fi_set task-filter N; fi_set interval 1; fi_set space 0
	fi_set ignore-gfp-wait Y
	setup grep -qx 1 "$EXP_SLAB" || return
	fi_set cache-filter Y; fi_set times "$budget"; fi_set probability 100
	n0=$(nomem_sum)
	log "  failslab on nf_conntrack_expect: every allocation fails"
	hold_start 1 35000 pasv
	check "no 227 got through (the PASV's reply was dropped)" test "$HOLD_OK" = 0
	sip_req "$SCW/fs.inv" INVITE 1 fs-call 5088 41090
	check "a SIP INVITE is still answered 200" \
		sipcli "$SCW/fs.cli" --bind 10.0.1.2:5088 192.0.2.2 5060 send:"$SCW/fs.inv" wait:200/INVITE
	sip_req "$SCW/fs.bye" BYE 2 fs-call 5088
	sipcli "$SCW/fs.bye.cli" --bind 10.0.1.2:5088 192.0.2.2 5060 send:"$SCW/fs.bye" wait:200/BYE
	hold_stop
	# the server retransmits the dropped 227: its connection goes first,
	# so nothing allocates an expectation once injection is off
	n_router conntrack -D -p tcp --dport 21 > /dev/null 2>&1
	fi_set probability 0
	left=$(cat "$FI/times"); n1=$(nomem_sum)
	injected=$((budget - left))
	echo "FAULTS failslab expect_cache injected=$injected counted=$((n1 - n0)) ftp_drop_nomem=$(counter ftp drop_nomem) sip_expect_failed=$(counter sip expect_failed)"
	check "failslab failed expectation allocations ($injected)" test "$injected" -gt 1
	check "the helpers counted every one (drop_nomem + expect_failed +$((n1 - n0)), injected $injected)" \
		test "$((n1 - n0))" = "$injected"
	check "no expectation was left behind ($(exp_count))" test "$(exp_count)" = 0
	fi_off

	log "  failslab on every atomic slab allocation, 10%, ${FAULTS_FAILSLAB_SECONDS:-20} s, traffic running"
	spawn client "$PY" "$HERE/peers.py" loop "$SCW/loop.stop" "$SCW/loop.log" 192.0.2.2 192.0.2.2 \
		> "$SCW/loop.out" 2>&1
	loop=$BG_PID
	setup wait_for 60 "grep -q '^SIP ok' '$SCW/loop.log'" || return
	fi_set times "$budget"; fi_set probability 10
	nap "${FAULTS_FAILSLAB_SECONDS:-20}"
	fi_set probability 0
	left=$(cat "$FI/times"); fi_off
	touch "$SCW/loop.stop"
	wait_for 30 "! kill -0 $loop" || log "  (the traffic loop did not stop by itself)"
	fok=$(grep -c '^FTP ok' "$SCW/loop.log"); ffail=$(grep -c '^FTP fail' "$SCW/loop.log")
	sok=$(grep -c '^SIP ok' "$SCW/loop.log"); sfail=$(grep -c '^SIP fail' "$SCW/loop.log")
	echo "FAULTS failslab atomic injected=$((budget - left)) ftp_ok=$fok ftp_fail=$ffail sip_ok=$sok sip_fail=$sfail drop_nomem=$(counter ftp drop_nomem)/$(counter sip drop_nomem)"
	check "failslab failed atomic allocations ($((budget - left)))" test "$((budget - left))" -gt 0
	n_router conntrack -D -p tcp --dport 21 > /dev/null 2>&1
	check "with injection off a PASV transfer works" probe_ftp after --disable-epsv
	check "and an active (PORT) transfer" probe_ftp after-port --ftp-port - --disable-eprt
	check "and a call with media" probe_sip after 5090 41100
}

diagnose() {
	log "  --- router state"
	n_router nft list ruleset 2>&1 | sed 's/^/    | /' | head -n 40
	n_router conntrack -L 2>/dev/null | sed 's/^/    | ct: /' | head -n 20
	n_router conntrack -L expect 2>/dev/null | sed 's/^/    | exp: /' | head -n 20
	counters ftp | sed 's/^/    | ftp: /'
	counters sip | sed 's/^/    | sip: /'
	lsmod | grep -E 'nf_nat_|nf_conntrack_(ftp|sip)|nfh_' | sed 's/^/    | /'
}

# --- main ----------------------------------------------------------------------
want=("$@")
[ ${#want[@]} -gt 0 ] || want=("${ALL_SCENARIOS[@]}")
for sc in "${want[@]}"; do
	declare -F "sc_$sc" > /dev/null || { echo "unknown scenario $sc (scenarios: ${ALL_SCENARIOS[*]})" >&2; exit 2; }
done
[ "$(id -u)" = 0 ] || { echo "must run as root (inside the vmrun guest)" >&2; exit 2; }
trap cleanup EXIT
trap 'exit 130' INT TERM
T0=$SECONDS
log "FAULTS scenarios, ours, kernel $NFH_KREL, cycles $CYCLES"
kmemleak_clear
for m in "${OUR_MODULES[@]}"; do
	[ -d "/sys/module/$m" ] && { log "$m is already loaded; unload it first"; exit 1; }
done
ok=1
if ! { load_helper_modules ours ftp && load_helper_modules ours sip; }; then
	for sc in "${want[@]}"; do fail "$sc" "our helper modules not loadable"; done
elif ! topo_up; then
	for sc in "${want[@]}"; do fail "$sc" "topology set-up failed"; done
else
	for sc in "${want[@]}"; do
		t=$SECONDS
		if [ "$sc" = failslab ] && [ ! -d "$FI" ]; then
			skip "$sc" "no failslab in this kernel (the debug kernel has it)"
			continue
		fi
		run_one "$sc"
		echo "FAULTS time $sc $((SECONDS - t)) s"
	done
fi
cleanup_netns
kmemleak_check "faults" ours || { log "kmemleak: a suspected leak involves our modules"; ok=0; }
# no stuck reference: every module of ours unloads, none is left
if unload_ours 30 && none_loaded; then
	log "every module of ours unloaded at the end"
else
	log "NOT OK a module of ours could not be unloaded at the end"; ok=0
fi
log "faults: $((SECONDS - T0)) s in all"
summary || ok=0
[ $ok = 1 ]
