#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Router failover with conntrackd (make check-ha, Documentation/ha.rst):
# do calls, transfers and their media go on when the backup router takes
# over?  One implementation per run; compare.sh runs both and the controls.
#
#   tests/vm/vmrun [--kernel 6.12] -- tests/vm/ha/run.sh [--impl intree|ours]
#       [--no-reannounce] [--no-preload] [--tcp-no-helper]
#
# It checks (PASS/FAIL lines, exit status):
#   invite_expectations_synced  the INVITE's media expectations (RTP and
#       RTCP to the port offered to the server) reach the backup's
#       external cache; --no-reannounce turns ours' re-announcement off
#       (the negative control: it must fail);
#   commit_keeps_class  every expectation of the backup's external cache is
#       in its kernel after conntrackd -c, with the class it had (media, not
#       SIP's signalling class 0); the helper it lists may be its master's
#       (the kernel takes no helper name from ctnetlink: see
#       h245_opened_after_failover for the helper the connection gets);
#   rtcp_after_failover  RTCP the server starts after the takeover reaches
#       the phone (the committed expectation carries its NAT information);
#   bye_removes_media  the call's BYE, through the backup, removes the
#       committed media expectations left (they are media, not signalling).
# The three before need conntrackd to run with tools/conntrackd-commit's
# library preloaded; --no-preload (the negative control) runs it without.
# A SIP-over-TCP dialog set up through r1 goes on through r2 on the same
# connection, which r2 meets in the middle of its stream:
#   tcp_dialog_continues  a re-INVITE sent after the takeover is answered
#       (the stream's sequence correction for r1's rewrite reached r2);
#   tcp_reinvite_rewritten  the server got it with the public address in
#       Via, Contact and SDP, none of the phone's, and a Content-Length
#       that is its body's length;
#   tcp_reinvite_media  RTP from the server to the port that re-INVITE
#       offered reaches the phone (r2's helper expected it).
# The UDP call goes on through r2:
#   udp_reinvite_rewritten, udp_reinvite_media  a re-INVITE in the same
#       dialog, moving the phone's media, reaches the server with the
#       public address and a new port, and the server's RTP to that port
#       reaches the phone;
#   rtp_continues  the call's RTP, both ways (sequence numbered), goes on
#       after the takeover, and no more datagrams are lost than were sent
#       from r1's failure to r2's takeover plus a second.
# A phone registered through r1 (the REGISTER pinhole):
#   register_pinhole_after_failover  an INVITE the registrar sends from
#       another port (5070) after the takeover reaches the phone (the
#       pinhole was committed on r2, active, with its NAT information).
# An FTP control connection opened through r1 (one active transfer
# through r1 first, so its PORT was rewritten and the stream corrected):
#   ftp_pasv_after_failover, ftp_port_after_failover  a passive and an
#       active transfer on the same control connection through r2 (the
#       routers forward no new TCP connection but to ports 21 and 5060:
#       the data connections need r2's helper).
# An H.323 call set up through r1 (tests/vm/h323's peer and templates):
# Setup, CallProceeding, a Connect naming the callee's H.245 address, the
# H.245 connection opened through r1 (expected by the Connect); after the
# takeover the caller opens its logical channel on that connection:
#   h245_olc_after_failover  the callee got the OpenLogicalChannel and the
#       OpenLogicalChannelAck with the public address for the caller's RTCP
#       and RTP, and no private address in any byte;
#   h323_media_after_failover  the callee's RTP to that address reaches
#       the caller (r2's H.245 helper expected it);
#   h245_opened_after_failover  the callee opens an H.245 connection to the
#       address the caller's Setup named (an expectation r2 committed, whose
#       master is the Q.931 connection) and the caller opens a logical
#       channel on it: the callee is told public addresses only, so the
#       connection got r2's H.245 helper, not its master's Q.931 (with
#       the module's nfh-H.245 functions removed it fails: ha.rst).
# --tcp-no-helper (a negative control) gives the TCP connections no
# helper: the SIP-over-TCP rewrite and media checks, the FTP transfers
# and the H.323 checks must fail.
#
#   phone 10.0.1.2                                      server 192.0.2.2
#     [p0]                                                 [s0]
#       |                                                    |
#   br-lan (ns sw)                                      br-wan (ns sw)
#       |            r1 (primary)                            |
#       +--- [lan] 10.0.1.11 +VIP 10.0.1.1                   |
#       |          [wan] 192.0.2.11 +VIP 192.0.2.1 ----------+
#       |          [sync0] 10.9.9.1                          |
#       |              |  conntrackd FTFW                    |
#       |          [sync0] 10.9.9.2                          |
#       +--- [lan] 10.0.1.12    r2 (backup)                  |
#                  [wan] 192.0.2.12 -------------------------+
#
# Both routers: the SIP helper on udp and tcp 5060, FTP on tcp 21, Q.931
# on tcp 1720, no new forwarded TCP connection to other ports, SNAT of the LAN to 192.0.2.1.
# The call is set up through r1, media flows both ways (RTP, ports 40000 and
# 50000); then r1 fails (links down, its conntrackd killed) and r2 runs the
# primary steps of conntrack-tools' primary-backup.sh (-c, -f, -R, -B) and
# takes the two shared addresses.  The server also starts RTCP to the phone
# only after the failover: that flow needs the INVITE's expectation on r2.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../lib.sh
. "$HERE/../lib.sh"
PY=/usr/bin/python3
PEER="$HERE/peer.py"
H323PEER="$HERE/../h323/h323peer.py"
# the h323 templates' roles; the caller's media on ports clear of the SIP
# call's
H323_ARGS=(--role caller=10.0.1.2 --role callee=192.0.2.2 --role gk=192.0.2.2
	--role third=10.0.3.2 --role router=192.0.2.1 --private 0a0001
	--port rtp_a=40030 --port rtcp_a=40031 --timeout 180)

IMPL=ours
REANNOUNCE=1
TCP_HELPER=1
PRELOAD=$(cd "$HERE/../../.." && pwd)/tools/conntrackd-commit/libnfh-conntrackd-commit.so
while [ $# -gt 0 ]; do
	case $1 in
	--impl) IMPL=$2; shift 2 ;;
	--no-reannounce) REANNOUNCE=0; shift ;;
	--no-preload) PRELOAD=; shift ;;
	--tcp-no-helper) TCP_HELPER=0; shift ;;
	*) echo "usage: run.sh [--impl intree|ours] [--no-reannounce] [--no-preload] [--tcp-no-helper]" >&2; exit 2 ;;
	esac
done
if [ -n "$PRELOAD" ] && [ ! -e "$PRELOAD" ]; then
	echo "run.sh: $PRELOAD is not built (make -C tools/conntrackd-commit)" >&2
	exit 2
fi

W=$NFH_WORK
trap 'cleanup; unload_helper_modules sip; unload_helper_modules ftp; unload_helper_modules h323' EXIT

link() {	# link NS1 IF1 NS2 IF2
	ip link add "$2" netns "$(ns "$1")" type veth peer name "$4" netns "$(ns "$3")"
}

topo_up() {
	ns_add sw phone server r1 r2 || return 1
	nsx sw ip link add br-lan type bridge && nsx sw ip link add br-wan type bridge &&
	nsx sw ip link set br-lan up && nsx sw ip link set br-wan up || return 1
	link phone p0 sw l-p && link r1 lan sw l-r1 && link r2 lan sw l-r2 &&
	link server s0 sw w-s && link r1 wan sw w-r1 && link r2 wan sw w-r2 &&
	link r1 sync0 r2 sync0 || return 1
	local i
	for i in l-p l-r1 l-r2; do nsx sw ip link set "$i" master br-lan up; done
	for i in w-s w-r1 w-r2; do nsx sw ip link set "$i" master br-wan up; done
	ipb phone <<-EOF || return 1
		addr add 10.0.1.2/24 dev p0
		link set p0 up
		route add default via 10.0.1.1
	EOF
	ipb server <<-EOF || return 1
		addr add 192.0.2.2/24 dev s0
		link set s0 up
	EOF
	local tcp_rule='tcp dport 5060 ct helper set "sip-tcp"'
	local ftp_rule='tcp dport 21 ct helper set "ftp-tcp"'
	local q931_rule='tcp dport 1720 ct helper set "q931-tcp"'
	[ "$TCP_HELPER" = 1 ] || { tcp_rule=; ftp_rule=; q931_rule=; }
	for i in 1 2; do
		ipb "r$i" <<-EOF || return 1
			addr add 10.0.1.1$i/24 dev lan
			addr add 192.0.2.1$i/24 dev wan
			addr add 10.9.9.$i/30 dev sync0
			link set lan up
			link set wan up
			link set sync0 up
		EOF
		nsx "r$i" sysctl -qw net.ipv4.ip_forward=1
		nsx "r$i" nft -f - <<-EOF || return 1
			table ip ha {
				ct helper sip-udp { type "sip" protocol udp; }
				ct helper sip-tcp { type "sip" protocol tcp; }
				ct helper ftp-tcp { type "ftp" protocol tcp; }
				ct helper q931-tcp { type "Q.931" protocol tcp; }
				chain pre {
					type filter hook prerouting priority filter;
					udp dport 5060 ct helper set "sip-udp"
					$tcp_rule
					$ftp_rule
					$q931_rule
				}
				chain transit {
					type filter hook forward priority filter;
					ct state new tcp dport != { 21, 1720, 5060 } drop
				}
				chain natpre { type nat hook prerouting priority dstnat; }
				chain natpost {
					type nat hook postrouting priority srcnat;
					oifname "wan" ip saddr 10.0.1.0/24 snat to 192.0.2.1
				}
			}
		EOF
	done
	vip r1 add
}

vip() {	# vip ROUTER add|del: the shared addresses
	ipb "$1" <<-EOF
		addr $2 10.0.1.1/24 dev lan
		addr $2 192.0.2.1/24 dev wan
	EOF
}

# The configuration of Documentation/ha.rst, with this router's files.
ctd_conf() {	# ctd_conf N PEER_N
	cat <<-EOF
		Sync {
			Mode FTFW {
				DisableExternalCache Off
				ResendQueueSize 131072
			}
			UDP {
				IPv4_address 10.9.9.$1
				IPv4_Destination_Address 10.9.9.$2
				Port 3780
				Interface sync0
				SndSocketBuffer 1249280
				RcvSocketBuffer 1249280
				Checksum on
			}
			Options {
				ExpectationSync {
					ftp
					sip
					Q.931
					H.245
					RAS
				}
			}
		}
		General {
			HashSize 32768
			HashLimit 131072
			LogFile $W/r$1.log
			LockFile $W/r$1.lock
			UNIX {
				Path $W/r$1.ctl
			}
			NetlinkBufferSize 2097152
			NetlinkBufferSizeMaxGrowth 8388608
			Filter From Userspace {
				Protocol Accept {
					TCP
					UDP
				}
				Address Ignore {
					IPv4_address 127.0.0.1
					IPv4_address 10.9.9.1
					IPv4_address 10.9.9.2
					IPv4_address 10.0.1.1
					IPv4_address 192.0.2.1
					IPv4_address 10.0.1.11
					IPv4_address 10.0.1.12
					IPv4_address 192.0.2.11
					IPv4_address 192.0.2.12
				}
			}
		}
	EOF
}

# inv_exps FILE PORT: expectations for 192.0.2.1 port PORT or PORT+1
inv_exps() {
	awk -v p="$2" '/dst=192\.0\.2\.1 / && (index($0, "dport=" p " ") || index($0, "dport=" (p + 1) " "))' "$1" | wc -l
}

# exp_keys [FILE]: one line per expectation of a conntrack -L expect (or
# conntrackd -e expect) listing: its tuple and class (EXP_HELPER=1: and
# helper)
exp_keys() {
	awk -v h="${EXP_HELPER:-0}" '/proto=/ {
		k = ""
		for (i = 1; i <= NF; i++)
			if ($i ~ /^(src|dst|sport|dport|class)=/ ||
			    (h && $i ~ /^helper=/)) k = k " " $i
		print k
	}' "$@"
}

# h245_told CHECK CONN LEAKS: on its connection CONN (c2, c3) the callee
# was told only the public address for the caller's RTP and RTCP, and its
# log has no line matching LEAKS (a private address in those bytes)
h245_told() {
	local told leaks
	told=$(awk -v c="$2" '$1 == "ACCEPTED" || $1 == "CONNECTED" { cur = $2 }
		cur == c && $1 == "FIELD" && ($3 == "rtp_a" || $3 == "rtcp_a") { a = a " " $4 ":" $5 }
		END { print a }' "$W/h323srv/log")
	leaks=$(grep -cE "$3" "$W/h323srv/log")
	if [ -n "$told" ] && ! echo "$told" | grep -qv '^\( 192\.0\.2\.1:[0-9]*\)*$' &&
	   [ "$leaks" -eq 0 ]; then
		echo "PASS $1 (on $2 the callee was told$told)"
	else
		echo "FAIL $1 (on $2 the callee was told ${told:- nothing}; $leaks LEAK lines)"
		return 1
	fi
}

# media_exps ROUTER: the call's expectations in ROUTER's table other than
# signalling (class 0)
media_exps() {
	nsx "$1" conntrack -L expect 2>/dev/null |
		awk '/master-src=10\.0\.1\.2 master-dst=192\.0\.2\.2 sport=5060 dport=5060/ && !/class=0( |$)/' | wc -l
}

ctd() { local r=$1; shift; nsx "$r" conntrackd -C "$W/$r.conf" "$@"; }

# reinvite_check LOG: the re-INVITE (CSeq 2) the server got over TCP shows
# the public address, never the phone's, in Via, Contact, o= and c=, and
# its Content-Length is its body's length; prints what is wrong
reinvite_check() {
	"$PY" - "$1" <<-'EOF'
	import sys
	try:
	    recs = open(sys.argv[1], "rb").read().split(b"=== ")
	except OSError:
	    recs = []
	msgs = [r.split(b"\n", 1)[1][:-1] for r in recs if b"CSeq: 2 INVITE" in r]
	if not msgs:
	    sys.exit("no re-INVITE reached the server")
	head, _, body = msgs[-1].partition(b"\r\n\r\n")
	bad = []
	for line in head.split(b"\r\n") + body.split(b"\r\n"):
	    name = line.split(b":", 1)[0].split(b"=", 1)[0].lower()
	    if name in (b"via", b"contact", b"o", b"c"):
	        if b"10.0.1.2" in line or b"192.0.2.1" not in line:
	            bad.append(line.decode(errors="replace"))
	        else:
	            print("  " + line.decode(errors="replace"))
	clen = [l for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")]
	if not clen or int(clen[0].split(b":")[1]) != len(body):
	    bad.append("Content-Length %s, body %d bytes" % (clen, len(body)))
	if bad:
	    sys.exit("; ".join(bad))
	EOF
}

# some CHECK N WHAT: PASS when N is above 0 ("N WHAT"), else FAIL
some() {
	if [ "${2:-0}" -gt 0 ]; then
		echo "PASS $1 ($2 $3)"
	else
		echo "FAIL $1 (${2:-0} $3)"; return 1
	fi
}

plus() { awk -v t="$1" -v d="$2" 'BEGIN { printf "%.3f", t + d }'; }
# count LOG FROM TO: datagrams logged with a time in [FROM, TO)
count() { awk -v a="$2" -v b="$3" '$1 >= a && $1 < b' "$1" 2>/dev/null | wc -l; }

main() {
	local port t0 tf tv tend r pid1 r1inv r2inv rtp_ok rc=0
	load_helper_modules "$IMPL" sip && load_helper_modules "$IMPL" ftp &&
		load_helper_modules "$IMPL" h323 || exit 1
	if [ "$IMPL" = ours ]; then
		echo "$REANNOUNCE" > /sys/module/nf_conntrack_sip/parameters/reannounce || exit 1
		log "ours: reannounce=$(cat /sys/module/nf_conntrack_sip/parameters/reannounce)"
	fi
	topo_up || { log "topology failed"; exit 1; }
	ctd_conf 1 2 > "$W/r1.conf"; ctd_conf 2 1 > "$W/r2.conf"
	spawn r1 env ${PRELOAD:+LD_PRELOAD=$PRELOAD} conntrackd -C "$W/r1.conf"; pid1=$BG_PID
	spawn r2 env ${PRELOAD:+LD_PRELOAD=$PRELOAD} conntrackd -C "$W/r2.conf"
	log "$IMPL: conntrackd ${PRELOAD:+with $(basename "$PRELOAD") }on both routers"
	sleep 2
	ctd r2 -n > /dev/null 2>&1

	spawn server "$PY" "$PEER" uas 192.0.2.2 50000 "$W/offer"
	sleep 0.5
	if ! nsx phone "$PY" "$PEER" uac 10.0.1.2 192.0.2.2 40000 ha-call-1; then
		log "the call was not answered"
		exit 1
	fi
	read -r _ port < "$W/offer" || port=
	log "$IMPL: call answered; the server was offered 192.0.2.1 port ${port:-?}"
	[ -n "$port" ] || exit 1

	# the phone registers through r1: the pinhole
	if nsx phone "$PY" "$PEER" register 10.0.1.2 192.0.2.2; then
		log "$IMPL: the phone registered through r1"
	else
		log "$IMPL: the REGISTER through r1 was not answered"
	fi

	# the TCP dialog: its INVITE through r1, on a connection kept open
	local tcp_up=0 p2
	spawn server "$PY" "$PEER" tcpuas 192.0.2.2 50010 "$W/tcp.offer" "$W/tcp.log"
	wait_listen server 5060
	spawn phone "$PY" "$PEER" tcpuac 10.0.1.2 192.0.2.2 40010 ha-tcp-1 "$W/tcp.go" "$W/tcp.state"
	spawn phone "$PY" "$PEER" rtp 10.0.1.2 40012 0 0 300 "$W/phone.tcprtp"
	if wait_for 20 "grep -q 'answered 1' '$W/tcp.state'"; then
		tcp_up=1
		log "$IMPL: TCP call answered through r1"
	else
		log "$IMPL: the TCP INVITE through r1 was not answered: $(cat "$W/tcp.state" 2>/dev/null)"
	fi

	# the FTP control connection, one active transfer through r1
	mkdir -p "$W/ftproot"
	head -c 65536 /dev/urandom > "$W/ftproot/f.bin"
	spawn server "$PY" "$HERE/../ftp/ftpd.py" 192.0.2.2 21 "$W/ftproot" "$W/ftpd.log"
	wait_listen server 21 60
	spawn phone "$PY" "$PEER" ftpc 10.0.1.2 192.0.2.2 "$W/ftproot/f.bin" "$W/ftp.go" "$W/ftp.state"
	wait_for 40 "grep -q '^before port' '$W/ftp.state'"
	log "$IMPL: FTP through r1: $(cat "$W/ftp.state" 2>/dev/null)"

	# the H.323 call and its H.245 connection through r1
	mkdir -p "$W/h323srv" "$W/h323cli"
	spawn server "$PY" "$H323PEER" --dir "$W/h323srv" --side callee "${H323_ARGS[@]}" \
		listen:192.0.2.2:1720 accept wait:setup_h245 send:callproceeding \
		listen:192.0.2.2:30002 send:connect_h245 media:192.0.2.2:6000,6001 accept \
		wait:olc_a send:olcack_b send:olc_b wait:olcack_a rtp:@rtp_a:6000 \
		connect:@h245_a wait:olc_a hold:60
	wait_listen server 1720 60
	spawn phone "$PY" "$H323PEER" --dir "$W/h323cli" --side caller "${H323_ARGS[@]}" \
		listen:10.0.1.2:30000 media:10.0.1.2:40030,40031 connect:192.0.2.2:1720 \
		send:setup_h245 wait:callproceeding wait:connect_h245 connect:@h245_b \
		touch:"$W/h323.up" waitfile:"$W/h323.go" send:olc_a wait:olcack_b \
		wait:olc_b send:olcack_a accept send:olc_a hold:60
	if wait_for 30 "[ -e '$W/h323.up' ]"; then
		log "$IMPL: H.323 call and its H.245 connection up through r1"
	else
		log "$IMPL: the H.323 call through r1 did not get its H.245 connection: $(grep -h ERROR "$W"/h323*/log 2>/dev/null)"
	fi

	t0=$(date +%s.%N)
	spawn phone "$PY" "$PEER" rtp 10.0.1.2 40000 192.0.2.2 50000 300 "$W/phone.rtp"
	spawn phone "$PY" "$PEER" rtp 10.0.1.2 40001 0 0 300 "$W/phone.rtcp"
	sleep 0.2
	spawn server "$PY" "$PEER" rtp 192.0.2.2 50000 192.0.2.1 "$port" 300 "$W/server.rtp"
	sleep 4
	{
		echo "== r1 expectations"; nsx r1 conntrack -L expect
		echo "== r1 connections"; nsx r1 conntrack -L
		echo "== r2 external cache (connections)"; ctd r2 -e ct
		echo "== r2 external cache (expectations)"; ctd r2 -e expect
		echo "== r1 TCP sequence adjustments"; nsx r1 "$PY" "$HERE/ctseq.py"
	} > "$W/before.txt" 2>&1

	# r1 fails; r2 becomes primary (primary-backup.sh primary)
	tf=$(date +%s.%N)
	for r in lan wan sync0; do nsx r1 ip link set "$r" down; done
	kill "$pid1" 2>/dev/null
	# the INVITE's expectations: to the public address, the offered ports
	nsx r1 conntrack -L expect > "$W/r1.exp" 2>/dev/null
	ctd r2 -e expect > "$W/r2.exp" 2>&1
	r1inv=$(inv_exps "$W/r1.exp" "$port"); r2inv=$(inv_exps "$W/r2.exp" "$port")
	log "$IMPL: INVITE's media expectations: $r1inv on r1, $r2inv in r2's external cache"
	if [ "$r1inv" -ge 1 ] && [ "$r2inv" -eq "$r1inv" ]; then
		echo "PASS invite_expectations_synced ($r2inv of $r1inv)"
	else
		echo "FAIL invite_expectations_synced ($r2inv of $r1inv)"; rc=1
	fi
	for r in -c -f -R -B; do ctd r2 "$r" > "$W/r2$r.out" 2>&1 || log "conntrackd $r failed: $(cat "$W/r2$r.out")"; done
	vip r2 add
	nsx phone ip neigh flush all; nsx server ip neigh flush all
	tv=$(date +%s.%N)
	log "$IMPL: r2 took over $(plus "$tv" "-$tf") s after r1 failed"
	# before the RTCP below uses its expectation
	{ echo "== r2 expectations after the commit"; nsx r2 conntrack -L expect; } > "$W/after.txt" 2>&1
	spawn server "$PY" "$PEER" rtp 192.0.2.2 50001 192.0.2.1 $((port + 1)) 8 "$W/server.rtcp"
	sleep 1
	{
		echo "== r2 connections after the commit"; nsx r2 conntrack -L
		echo "== r2 TCP sequence adjustments"; nsx r2 "$PY" "$HERE/ctseq.py"
	} >> "$W/after.txt" 2>&1

	# the TCP dialog goes on through r2: a re-INVITE moving its media
	local why
	: > "$W/tcp.go"
	if [ "$tcp_up" = 1 ] && wait_for 20 "grep -q 'answered 2' '$W/tcp.state'"; then
		echo "PASS tcp_dialog_continues (the re-INVITE through r2 was answered)"
	else
		echo "FAIL tcp_dialog_continues ($(tr '\n' ' ' < "$W/tcp.state" 2>/dev/null))"; rc=1
	fi
	if why=$(reinvite_check "$W/tcp.log" 2>&1); then
		echo "PASS tcp_reinvite_rewritten"; echo "$why"
	else
		echo "FAIL tcp_reinvite_rewritten ($(echo "$why" | tail -n 1))"; rc=1
	fi
	# the UDP call goes on through r2: a re-INVITE moving its media
	local oa op
	spawn phone "$PY" "$PEER" rtp 10.0.1.2 40004 0 0 300 "$W/phone.udprtp"
	if nsx phone "$PY" "$PEER" reinvite 10.0.1.2 192.0.2.2 40004 ha-call-1 &&
	   read -r oa op < "$W/offer" && [ "$oa" = 192.0.2.1 ] && [ -n "$op" ] &&
	   [ "$op" != "$port" ]; then
		echo "PASS udp_reinvite_rewritten (the server was offered $oa port $op)"
		spawn server "$PY" "$PEER" rtp 192.0.2.2 50004 192.0.2.1 "$op" 3 "$W/server.udprtp"
	else
		echo "FAIL udp_reinvite_rewritten (the server was offered ${oa:-nothing} port ${op:-?})"; rc=1
	fi
	# FTP through r2 on the same control connection
	: > "$W/ftp.go"
	# the registrar calls the phone from another port: the pinhole
	spawn phone "$PY" "$PEER" listen 10.0.1.2 5060 8 "$W/phone.sip"
	wait_for 20 "nsx phone ss -Hlun 'sport = :5060' | grep -q ."
	nsx server "$PY" "$PEER" invite_from 192.0.2.2 5070 192.0.2.1 ha-reg-in
	if wait_for 5 "grep -q ha-reg-in '$W/phone.sip'"; then
		echo "PASS register_pinhole_after_failover (the registrar's INVITE from port 5070 reached the phone)"
	else
		echo "FAIL register_pinhole_after_failover (the registrar's INVITE from port 5070 did not reach the phone)"; rc=1
	fi
	wait_for 60 "grep -q '^done' '$W/ftp.state'"
	for r in pasv port; do
		if grep -q "^after $r ok" "$W/ftp.state"; then
			echo "PASS ftp_${r}_after_failover"
		else
			echo "FAIL ftp_${r}_after_failover ($(grep "^after $r" "$W/ftp.state"))"; rc=1
		fi
	done

	# H.323: the caller's logical channel through r2
	: > "$W/h323.go"
	if wait_for 20 "grep -qE '^(GOT olcack_a|ERROR)' '$W/h323srv/log'" &&
	   grep -q '^GOT olcack_a' "$W/h323srv/log"; then
		h245_told h245_olc_after_failover c2 '^LEAK (c1|c2|udp) ' || rc=1
	else
		echo "FAIL h245_olc_after_failover (the logical channels were not opened: $(grep -h '^ERROR' "$W"/h323*/log 2>/dev/null | head -n 2 | tr '\n' ' '))"; rc=1
	fi

	# H.323: an H.245 connection to the caller's address from its Setup
	local p3
	if wait_for 30 "grep -qE '^(CONNECTED c3|ERROR)' '$W/h323srv/log'" &&
	   wait_for 20 "awk '/^CONNECTED c3/ { c = 1 } c && /^(GOT olc_a|ERROR)/ { f = 1 } END { exit !f }' '$W/h323srv/log'"; then
		p3=$(awk '$1 == "CONNECTED" && $2 == "c3" { print $4 }' "$W/h323srv/log")
		log "$IMPL: r2's connection to the caller's H.245 address (port $p3): $(nsx r2 conntrack -L -p tcp --dport "$p3" 2>/dev/null | grep -o 'helper=[^ ]*' | sort -u | tr '\n' ' ')"
		h245_told h245_opened_after_failover c3 '^LEAK c3 ' || rc=1
	else
		echo "FAIL h245_opened_after_failover (no logical channel on it: $(grep -h '^ERROR' "$W"/h323*/log 2>/dev/null | head -n 2 | tr '\n' ' '))"; rc=1
	fi

	read -r _ p2 < "$W/tcp.offer" 2>/dev/null || p2=
	log "$IMPL: the server was offered port ${p2:-?} by the re-INVITE"
	[ -n "$p2" ] && spawn server "$PY" "$PEER" rtp 192.0.2.2 50012 192.0.2.1 "$p2" 3 "$W/server.tcprtp"
	sleep 5
	tend=$(date +%s.%N)
	kill_bg

	# every cached expectation committed, with its class
	local cached committed lost
	cached=$(exp_keys "$W/r2.exp" | sort)
	committed=$(sed -n '/== r2 expectations after the commit/,/== r2 connections/p' "$W/after.txt" | exp_keys | sort)
	lost=$(comm -23 <(echo "$cached") <(echo "$committed") | grep -c .)
	if [ -n "$cached" ] && [ "$lost" -eq 0 ]; then
		echo "PASS commit_keeps_class ($(echo "$cached" | grep -c .) committed as cached)"
	else
		echo "FAIL commit_keeps_class ($lost of $(echo "$cached" | grep -c .) not in r2's table with their class)"; rc=1
		comm -23 <(echo "$cached") <(echo "$committed") | sed 's/^/    missing: /'
	fi
	EXP_HELPER=1 exp_keys "$W/r2.exp" | sort > "$W/cached.h"
	sed -n '/== r2 expectations after the commit/,/== r2 connections/p' "$W/after.txt" |
		EXP_HELPER=1 exp_keys | sort > "$W/committed.h"
	comm -23 "$W/cached.h" "$W/committed.h" | grep -q . &&
		log "$IMPL: listed with another helper after the commit (the master's):$(comm -23 "$W/cached.h" "$W/committed.h" | grep -o 'dport=[0-9]* class=[0-9]* helper=[^ ]*' | tr '\n' ';')"
	some h323_media_after_failover "$(grep -c '^RECV 40030 ' "$W/h323cli/log" 2>/dev/null)" \
		"RTP datagrams reached the caller" || rc=1
	some tcp_reinvite_media "$(count "$W/phone.tcprtp" "$tv" "$tend")" \
		"datagrams to the port the re-INVITE offered reached the phone" || rc=1
	some udp_reinvite_media "$(count "$W/phone.udprtp" "$tv" "$tend")" \
		"datagrams to the port the UDP re-INVITE offered reached the phone" || rc=1
	# the call's RTP both ways: lost only while no router forwarded
	local got lost runs after bound what=
	bound=$(awk -v a="$tf" -v b="$tv" 'BEGIN { printf "%d", (b - a + 1) / 0.02 }')
	rtp_ok=1
	for r in phone server; do
		read -r got lost runs < <("$PY" "$PEER" loss "$W/$r.rtp")
		after=$(count "$W/$r.rtp" "$(plus "$tv" 1)" "$tend")
		what="$what to the $r: ${got:-0} received, ${lost:-?} lost in ${runs:-?} run(s), $after after the takeover;"
		[ "${got:-0}" -gt 0 ] && [ "$after" -gt 0 ] && [ "${lost:-$bound}" -le "$bound" ] || rtp_ok=0
	done
	if [ "$rtp_ok" = 1 ]; then
		echo "PASS rtp_continues (${what# } at most $bound may be lost: r1 failed $(plus "$tv" "-$tf") s before r2 took over, plus 1 s)"
	else
		echo "FAIL rtp_continues (${what# } at most $bound may be lost)"; rc=1
	fi
	if [ "$IMPL" = ours ]; then
		log "ours: r2's SIP counters: $(nsx r2 awk '/^(tcp_resumed|tcp_unaligned|not_sip|rewritten|register_active) / { printf "%s=%s ", $1, $2 }' /proc/net/nfhelpers/sip)"
		log "ours: r2's FTP counters: $(nsx r2 awk '$2 != 0 { printf "%s=%s ", $1, $2 }' /proc/net/nfhelpers/ftp)"
		log "ours: r2's H.323 counters: $(nsx r2 awk '$2 != 0 { printf "%s=%s ", $1, $2 }' /proc/net/nfhelpers/h323)"
	fi
	some rtcp_after_failover "$(count "$W/phone.rtcp" "$tv" "$tend")" \
		"RTCP datagrams reached the phone" || rc=1

	# the BYE through r2: the call's media expectations go
	local before after i
	before=$(media_exps r2)
	nsx phone "$PY" "$PEER" bye 10.0.1.2 192.0.2.2 ha-call-1
	for i in $(seq 30); do
		after=$(media_exps r2)
		[ "$after" -eq 0 ] && break
		sleep 0.1
	done
	if [ "$before" -gt 0 ] && [ "$after" -eq 0 ]; then
		echo "PASS bye_removes_media ($before media expectations on r2 before the BYE, none after)"
	else
		echo "FAIL bye_removes_media ($before media expectations on r2 before the BYE, $after after)"; rc=1
	fi

	log "$IMPL: r2's external cache before the failover:"
	sed -n '/== r2 external cache (expectations)/,$p' "$W/before.txt" | sed 's/^/    /'
	log "$IMPL: r2 after the commit:"
	sed 's/^/    /' "$W/after.txt"
	printf 'HA %s: rtp to phone: %s in the 4 s before r1 failed, %s from 1 s after r2 took over to the end (%s s)\n' "$IMPL" \
		"$(count "$W/phone.rtp" "$t0" "$tf")" "$(count "$W/phone.rtp" "$(plus "$tv" 1)" "$tend")" \
		"$(plus "$tend" "-$tv")"
	printf 'HA %s: rtp to server: %s before, %s after\n' "$IMPL" \
		"$(count "$W/server.rtp" "$t0" "$tf")" "$(count "$W/server.rtp" "$(plus "$tv" 1)" "$tend")"
	printf 'HA %s: rtcp to phone, started after r2 took over: %s\n' "$IMPL" \
		"$(count "$W/phone.rtcp" "$tv" "$tend")"
	for r in r2-c r2-f r2-R r2-B; do [ -s "$W/$r.out" ] && { echo "    $r:"; sed 's/^/      /' "$W/$r.out"; }; done
	[ -s "$W/r2.log" ] && { echo "    r2 conntrackd log:"; tail -n 15 "$W/r2.log" | sed 's/^/      /'; }
	return $rc
}

main
