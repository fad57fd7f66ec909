#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# bench/sip/lib.sh: what the SIP benchmarks in the vmrun guest share, on
# top of tests/vm/lib.sh (sourced first): bpftrace probes
# of the router path and of the helper callback, SIPp's final screen, our
# counters.  Sources bench/lib.sh.
# Sourced by percall.sh and concurrency.sh; sets nothing on its own.

# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

# probe_script PASS HELPFN: the bpftrace program of a pass.  Start times
# are kept per CPU: the helper runs in softirq context, where the task is
# whatever was interrupted (often the idle task, pid 0 on every CPU).
# ip_rcv() counts only for devices of the router's namespace (ROUTER_NS:
# its inode number).
probe_script() {
	printf '%s\n' 'BEGIN { printf("READY\n"); }'
	# the maps every second too: bpftrace's exit (kretprobe detach) can
	# hang under TCG, and then the END dump never comes
	printf 'interval:s:1 {'
	case $1 in
	router) printf ' print(@router_ns); print(@router_n);' ;;
	helper) printf ' print(@help_ns); print(@help_n);' ;;
	mangle) printf ' print(@mangle_ns); print(@mangle_n); print(@expect_n);' ;;
	esac
	printf ' }\n'
	case $1 in
	router)
		cat <<-EOF
		kprobe:ip_rcv
		/((struct net_device *)arg1)->nd_net.net->ns.inum == $ROUTER_NS/ {
			@r0[cpu] = nsecs;
		}
		kretprobe:ip_rcv /@r0[cpu]/ {
			@router_ns = sum(nsecs - @r0[cpu]); @router_n = count();
			delete(@r0[cpu]);
		}
		END { clear(@r0); }
		EOF
		;;
	helper)
		cat <<-EOF
		kprobe:$2 { @h0[cpu] = nsecs; }
		kretprobe:$2 /@h0[cpu]/ {
			@help_ns = sum(nsecs - @h0[cpu]); @help_n = count();
			delete(@h0[cpu]);
		}
		END { clear(@h0); }
		EOF
		;;
	mangle)
		cat <<-EOF
		kprobe:nf_nat_mangle_udp_packet { @m0[cpu] = nsecs; }
		kretprobe:nf_nat_mangle_udp_packet /@m0[cpu]/ {
			@mangle_ns = sum(nsecs - @m0[cpu]); @mangle_n = count();
			delete(@m0[cpu]);
		}
		kprobe:nf_ct_expect_related_report { @expect_n = count(); }
		END { clear(@m0); }
		EOF
		;;
	esac
}

bt_start() { # PASS HELPFN OUT
	probe_script "$1" "$2" > "$NFH_WORK/probe.bt"
	bt_run "$NFH_WORK/probe.bt" "$3"
}

# SIPp's final screen: successful and failed calls, retransmissions.
sipp_stats() { # FILE -> "ok failed retrans"
	awk '/Successful call/ { ok = $NF } /Failed call/ { bad = $NF }
	     /Messages +Retrans/ { rt = 0 }
	     # after the arrow: [E-RTD1] messages retrans ...
	     /(---+>|<---+)/ { n = 0; a = 0
		for (i = 1; i <= NF; i++) {
			if ($i ~ /^(---+>|<---+)$/) a = 1
			else if (a && $i ~ /^[0-9]+$/ && ++n == 2) rt += $i
		} }
	     END { print ok + 0, bad + 0, rt + 0 }' "$1"
}

our_counters() { nsx router cat /proc/net/nfhelpers/sip 2>/dev/null; }
helper_fn() {
	case $1 in
	intree) echo sip_help_udp ;;
	ours) echo nfh_sip_help ;;
	esac
}

# router_rules IMPL: the router masquerades out of rb-s and, unless IMPL
# is none, attaches the sip helper to UDP 5060 from rb-c (table nfb).
router_rules() {
	local obj='' rule=''
	if [ "$1" != none ]; then
		obj='ct helper sip-u { type "sip" protocol udp; }'
		rule='iifname "rb-c" udp dport 5060 ct helper set "sip-u"'
	fi
	nsx router nft -f - <<-EOF
	table inet nfb {
		$obj
		chain pre { type filter hook prerouting priority filter; policy accept;
			$rule
		}
		chain post { type nat hook postrouting priority srcnat; policy accept;
			oifname "rb-s" masquerade
		}
	}
	EOF
}
