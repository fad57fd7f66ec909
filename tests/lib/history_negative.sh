#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# tests/lib/history_negative.sh PROTO - negative control of the historical
# bug vectors of PROTO (ftp, sip, h323): tests/PROTO/test_PROTO_history.c
# must fail on the row a guard exists for once that guard is gone.
#
# tests/PROTO/history_mutants lists the mutants, blocks separated by blank
# lines ('#' lines are comments):
#
#   vector NAME     the row that must catch it (one or more lines)
#   file PATH       the file to change, from the repository root
#   old TEXT        a text that occurs exactly once in PATH ...
#   new TEXT        ... and what replaces it (old/new pairs may repeat)
#
# In a scratch copy of the sources (the checkout is not touched) it builds
# the test with the flags of tests/lib/test.mk, once pristine (every row
# must pass) and once per mutant.  The mutant's program runs each of its
# rows alone: the row catches it when the row fails, or the program dies
# (ASan, UBSan) running it ("RUN NAME" is its last line).  Every row a
# mutant names must catch it.
# Every row of the table but the control_* ones must be the vector of at
# least one mutant.
#
# Run from anywhere: sh tests/lib/history_negative.sh sip
# Exit 0 when every mutant is caught by its row and every row has one.
set -u

proto=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
cc=${NFH_TEST_CC:-$(command -v clang >/dev/null 2>&1 && echo clang || echo gcc)}
mutants=$root/tests/$proto/history_mutants
src=tests/$proto/test_${proto}_history.c
tmp=$(mktemp -d /tmp/nfh-history-neg.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
export ASAN_OPTIONS=detect_leaks=0
export UBSAN_OPTIONS=print_stacktrace=0:halt_on_error=1

# tree DIR: the sources a history test can include, as in the checkout
tree() {
	mkdir -p "$1/tests" &&
	cp -r "$root/include" "$root/nf_conntrack_$proto" "$1/" &&
	cp -r "$root/tests/lib" "$root/tests/$proto" "$1/tests/" &&
	rm -rf "$1/tests/$proto/build" "$1/tests/$proto/gen"
}
# build DIR: DIR/test, as NFH_UNIT_BUILD builds it
build() {
	"$cc" -O1 -g -std=gnu11 -Wall -Wextra -Werror -I"$1/include" \
		-fsanitize=address,undefined -fno-sanitize-recover=all \
		-fno-omit-frame-pointer -DNFH_REPO_ROOT="\"$1\"" \
		-o "$1/test" "$1/$src" -lpcap 2>"$1/build.log"
}
# caught LOG: the vectors the run failed on, one a line
caught() {
	sed -n 's/^FAIL [^:]*:[0-9]*: \([a-z0-9_]*\): .*/\1/p' "$1"
	if ! tail -n 1 "$1" | grep -Eq '^[0-9]+ passed, [0-9]+ failed$'; then
		sed -n 's/^RUN //p' "$1" | tail -n 1
	fi
}

tree "$tmp/pristine" || exit 2
build "$tmp/pristine" || { cat "$tmp/pristine/build.log"; exit 2; }
"$tmp/pristine/test" >"$tmp/pristine.log" 2>&1
if ! tail -n 1 "$tmp/pristine.log" | grep -Eq '^[0-9]+ passed, 0 failed$'; then
	echo "history_negative $proto: the pristine build fails: nothing to compare"
	cat "$tmp/pristine.log"
	exit 1
fi
sed -n 's/^RUN //p' "$tmp/pristine.log" | grep -v '^control_' | sort -u >"$tmp/rows"

ok=1 n=0
: >"$tmp/covered"
# one mutant: $want (vectors), $edits (file/old/new lines)
run_mutant() {
	n=$((n + 1))
	d=$tmp/m$n
	rm -rf "$d"
	cp -r "$tmp/pristine" "$d"
	rm -f "$d/test"
	printf '%s\n' "$edits" | while IFS= read -r l; do
		case $l in
		"file "*) f=${l#file } ;;
		"old "*) old=${l#old } ;;
		"new "*)
			OLD=$old NEW=${l#new } perl -0pi -e '
				$c = () = /\Q$ENV{OLD}\E/g;
				die "$c times\n" if $c != 1;
				s/\Q$ENV{OLD}\E/$ENV{NEW}/;' "$d/$f" ||
				{ echo "history_negative $proto: '$old' not once in $f"; exit 2; }
			;;
		esac
	done || exit 2
	if ! build "$d"; then
		echo "history_negative $proto: mutant $n ($want) does not build:"
		head -n 5 "$d/build.log"
		ok=0
		return
	fi
	# each row alone: a crash in one must not hide another
	for v in $want; do
		"$d/test" "$v" >"$d.log" 2>&1
		why=failed
		tail -n 1 "$d.log" | grep -Eq '^[0-9]+ passed' ||
			why="died: $(grep -m 1 -E 'ERROR: AddressSanitizer|runtime error' "$d.log" |
				sed 's/.*\(AddressSanitizer: [a-z-]*\).*/\1/; s/.*runtime error: /UBSan: /' | cut -c1-60)"
		if caught "$d.log" | grep -qx "$v"; then
			echo "  caught  $v ($why) <- $file_desc"
			echo "$v" >>"$tmp/covered"
		else
			echo "  MISSED  $v <- $file_desc"
			ok=0
		fi
	done
	rm -rf "$d" "$d.log"
}

want='' edits='' file_desc=''
while IFS= read -r line || [ -n "$line" ]; do
	case $line in
	"#"*) continue ;;
	"")
		[ -n "$want" ] && run_mutant
		want='' edits='' file_desc=''
		continue ;;
	"vector "*) want="$want ${line#vector }" ;;
	"file "*) edits="$edits
$line"; file_desc="${file_desc:+$file_desc, }${line#file }" ;;
	*) edits="$edits
$line" ;;
	esac
done <"$mutants"
[ -n "$want" ] && run_mutant

sort -u "$tmp/covered" >"$tmp/covered.u"
missing=$(comm -23 "$tmp/rows" "$tmp/covered.u" | tr '\n' ' ')
if [ -n "$missing" ]; then
	echo "history_negative $proto: rows no mutant showed failing: $missing"
	ok=0
fi
if [ $ok = 1 ]; then
	echo "history_negative $proto: OK - $n mutants, each caught by every row it names; all $(wc -l <"$tmp/rows") rows covered"
else
	echo "history_negative $proto: FAIL"
fi
[ $ok = 1 ]
