#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# diff.sh BASE [MUTANTS] - the SIP parse core of the work tree against the
# one of git revision BASE: tests/sip/sip_dump.c, built against each, over
# every SIP capture of the corpus (each message and MUTANTS mutants of it,
# default 8) must print the same dump.  For changes meant to keep
# behaviour, such as speed-ups.  Prints the number of lines compared.
set -eu

[ $# -ge 1 ] || { sed -n '4,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
BASE=$1
MUTANTS=${2:-8}
CORPUS=${NFH_CORPUS:-../shared/corpus}
CC=${NFH_TEST_CC:-cc}

W=$(mktemp -d /tmp/sipdiff.XXXXXX)
trap 'rm -rf "$W"' EXIT

mkdir "$W/base"
git archive "$BASE" nf_conntrack_sip include tests/sip tests/lib |
	tar -x -C "$W/base"
# the dump program itself is the work tree's in both builds
cp tests/sip/sip_dump.c "$W/base/tests/sip/"
for t in base new; do
	src=.
	[ $t = base ] && src=$W/base
	$CC -O1 -g -std=gnu11 -Wall -Wextra -Werror -I"$src/include" \
		-o "$W/dump-$t" "$src/tests/sip/sip_dump.c" -lpcap
done

set -- "$CORPUS"/pcap/sip/*.pcap "$CORPUS"/pcap/fuzz/*.pcap
"$W/dump-base" --mutants "$MUTANTS" "$@" > "$W/base.out" 2>/dev/null
"$W/dump-new" --mutants "$MUTANTS" "$@" > "$W/new.out"
if ! cmp -s "$W/base.out" "$W/new.out"; then
	diff "$W/base.out" "$W/new.out" | head -20
	echo "sip diff: the parse core differs from $BASE" >&2
	exit 1
fi
echo "sip diff: $(wc -l < "$W/new.out") dumps identical to $BASE"
