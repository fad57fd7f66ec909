#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# compare.sh [--proto ftp|sip|h323] [PCAP...]
#
# For each protocol (default: ftp, then sip, then h323), runs replay.sh for the
# in-tree helper and for ours, one after the other in the same guest (the
# helper modules are unloaded in between), then prints a table
# capture | expected events | intree | ours.  Run it in the vmrun guest:
#   tests/vm/vmrun [--kernel 6.1|6.12] -- tests/vm/replay/compare.sh
# PCAP arguments need one --proto.
#
# SKIP (a raw-IP capture tcpreplay cannot send) fails nothing.
# Exit status 1 if, for ours, a capture ends in ERROR, or differs from the
# expected file and is not listed in the allow-list
# tests/vm/replay/<proto>-differences.txt ("<capture file name><TAB><reason>"
# per line, # comments), 2 if a replay could not be set up, else 0.  The
# intree column is informational (the expected files come from Linux 6.18).
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
PROTOS=()
while [ $# -gt 0 ]; do
	case $1 in
	--proto) PROTOS+=("$2"); shift 2 ;;
	--proto=*) PROTOS+=("${1#*=}"); shift ;;
	-h|--help) sed -n '4,18p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
	--) shift; break ;;
	-*) echo "compare: unknown option $1" >&2; exit 2 ;;
	*) break ;;
	esac
done
[ ${#PROTOS[@]} -gt 0 ] || PROTOS=(ftp sip h323)
for p in "${PROTOS[@]}"; do
	case $p in
	ftp|sip|h323) ;;
	*) echo "compare: protocol '$p' is not supported (ftp, sip, h323)" >&2; exit 2 ;;
	esac
done
if [ $# -gt 0 ] && [ ${#PROTOS[@]} -ne 1 ]; then
	echo "compare: PCAP arguments need exactly one --proto" >&2; exit 2
fi
KREL=$(uname -r)
W=$(mktemp -d /tmp/compare.XXXXXX)
trap 'rm -rf "$W"' EXIT

log() { echo "compare: $*"; }

loaded() { local m; for m; do [ -d "/sys/module/$m" ] && return 0; done; return 1; }

# Unload whichever implementation of the helper modules MODS is loaded
# (for sip also the in-tree ftp and H.323 helpers replay.sh loads beside
# it).  Namespaces that held ct helper objects are released
# asynchronously: retry.
unload_helper() {
	local rev=() m i end=$((SECONDS + 60))
	for ((i = ${#MODS[@]} - 1; i >= 0; i--)); do rev+=("${MODS[i]}"); done
	while loaded "${MODS[@]}"; do
		if [ -d /sys/module/nfh_core ]; then
			# ours: nfh_core holds the per-namespace counters
			modprobe -r "${rev[@]}" nfh_core 2>/dev/null
		fi
		for m in "${rev[@]}"; do
			[ -d "/sys/module/$m" ] && rmmod "$m" 2>/dev/null
		done
		loaded "${MODS[@]}" || break
		if [ $SECONDS -ge $end ]; then
			log "cannot unload: $(for m in "${MODS[@]}"; do loaded "$m" && echo "$m (refcnt $(cat "/sys/module/$m/refcnt"))"; done | tr '\n' ' ')"
			return 1
		fi
		sleep 0.5
	done
	# ours leaves nfh_core when only the helper went
	[ -d /sys/module/nfh_core ] && [ -z "$(ls /sys/module/nfh_core/holders 2>/dev/null)" ] &&
		modprobe -r nfh_core 2>/dev/null
	return 0
}

# cell IMPL NAME: a table cell, from compare_proto's RES and GOT
cell() {
	local r=${RES[$1:$2]:-} g=${GOT[$1:$2]:-}
	case $r in
	'') echo "-" ;;
	SAME|SKIP) echo "$r" ;;
	*) echo "$r $g" ;;
	esac
}

# compare_proto PROTO [PCAP...]: both replays and the table; sets $status
# (0, 1, or 2 when a replay could not be set up).
# explain_table: helperctl explain's predictions against the expectations
# ours created in the same replay (replay.sh's EXPLAIN lines); a capture
# that differs fails unless explain-differences.txt gives the reason.
# Uses compare_proto's NAMES, RES, XRES, XALLOWED and status.
explain_table() {
	local name r x note n_same=0 n_listed=0 n_bad=0
	echo
	echo "helperctl explain vs the expectations ours created, $PROTO, kernel $KREL"
	printf '%-46s %-16s %s\n' capture "explain/kernel" ""
	for name in "${NAMES[@]}"; do
		r=${RES[ours:$name]:-}
		case $r in SAME|DIFF) ;; *) continue ;; esac	# not replayed
		x=${XRES[$name]:-"ERROR -/-"}
		note=
		case $x in
		SAME*) n_same=$((n_same + 1))
		       [ -n "${XALLOWED[$name]+x}" ] && note="allow-listed, but same now" ;;
		DIFF*) if [ -n "${XALLOWED[$name]+x}" ]; then
				note="listed: ${XALLOWED[$name]}"; n_listed=$((n_listed + 1))
			else
				note="NOT LISTED"; n_bad=$((n_bad + 1)); status=1
			fi ;;
		*) note="FAILED"; n_bad=$((n_bad + 1)); status=1 ;;
		esac
		printf '%-46s %-16s %s\n' "$name" "$x" "$note"
	done
	echo "explain $PROTO on $KREL: $n_same same, $n_listed different (listed), $n_bad failed"
}

compare_proto() {
	local PROTO=$1 ALLOW impl st name reason r g nexp o note setup_failed=0
	shift
	case $PROTO in	# conntrack half first
	ftp) MODS=(nf_conntrack_ftp nf_nat_ftp) ;;
	sip) MODS=(nf_conntrack_sip nf_nat_sip nf_conntrack_ftp nf_conntrack_h323) ;;
	h323) MODS=(nf_conntrack_h323 nf_nat_h323) ;;
	esac
	ALLOW=$HERE/$PROTO-differences.txt
	local -A RES=() GOT=() NEXP=() ALLOWED=() XRES=() XALLOWED=()
	local NAMES=()
	status=0
	for impl in intree ours; do
		unload_helper || { status=2; return; }
		log "=== replay $PROTO with the $impl helper on $KREL"
		"$HERE/replay.sh" --impl "$impl" --proto "$PROTO" "$@" 2>&1 | tee "$W/$PROTO.$impl.log"
		st=${PIPESTATUS[0]}
		[ "$st" -eq 2 ] && { log "replay.sh --impl $impl --proto $PROTO could not run"; setup_failed=1; }
		while read -r _ name r g nexp; do
			[ -n "${NEXP[$name]+x}" ] || NAMES+=("$name")
			RES[$impl:$name]=$r; GOT[$impl:$name]=$g; NEXP[$name]=$nexp
		done < <(grep '^RESULT ' "$W/$PROTO.$impl.log")
	done
	while read -r _ name r pred g; do
		XRES[$name]="$r $pred/$g"
	done < <(grep '^EXPLAIN ' "$W/$PROTO.ours.log")
	unload_helper

	if [ -f "$ALLOW" ]; then
		while IFS=$'\t' read -r name reason; do
			case $name in ''|'#'*) continue ;; esac
			ALLOWED[$name]=${reason:-"(no reason given)"}
		done < "$ALLOW"
	fi
	while IFS=$'\t' read -r name reason; do
		case $name in ''|'#'*) continue ;; esac
		XALLOWED[$name]=${reason:-"(no reason given)"}
	done < "$HERE/explain-differences.txt"

	echo
	echo "Corpus replay, $PROTO, kernel $KREL (expected: stock helpers on Linux 6.18)"
	printf '%-46s %9s  %-10s %-10s\n' capture expected intree ours
	printf '%-46s %9s  %-10s %-10s\n' "$(printf '%.0s-' {1..46})" "---------" "----------" "----------"
	for name in "${NAMES[@]}"; do
		o=${RES[ours:$name]:-}
		note=
		case $o in
		SAME) [ -n "${ALLOWED[$name]+x}" ] && note="allow-listed, but same now" ;;
		SKIP) note="not replayable, as in the oracle" ;;
		DIFF) if [ -n "${ALLOWED[$name]+x}" ]; then note="allowed"; else note="NOT ALLOWED"; status=1; fi ;;
		*) note="FAILED"; status=1 ;;
		esac
		printf '%-46s %9s  %-10s %-10s %s\n' "$name" "${NEXP[$name]}" "$(cell intree "$name")" \
			"$(cell ours "$name")" "${note:+ ($note)}"
	done
	echo "(expected = events in the .expect file; DIFF n / ERROR n = events we saw)"
	for name in "${NAMES[@]}"; do
		[ "${RES[ours:$name]:-}" = DIFF ] && [ -n "${ALLOWED[$name]+x}" ] &&
			echo "allowed: $name: ${ALLOWED[$name]}"
	done
	for name in "${!ALLOWED[@]}"; do
		[ -n "${NEXP[$name]+x}" ] || echo "note: allow-list entry $name matches no replayed capture"
	done
	explain_table

	[ $setup_failed -eq 1 ] && status=2
	echo "compare $PROTO on $KREL: $([ $status -eq 0 ] && echo OK || echo FAILED)"
}

# One table per protocol; the worst status wins (2 over 1 over 0).
final=0
for p in "${PROTOS[@]}"; do
	compare_proto "$p" "$@"
	[ "$status" -gt "$final" ] && final=$status
done
exit $final
