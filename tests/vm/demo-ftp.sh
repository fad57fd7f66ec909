#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The `make demo` guest script: an active-mode FTP download from a client
# behind masquerade, through our nf_conntrack_ftp + nf_nat_ftp.
#
#   client 10.0.1.2 ---- 10.0.1.1 router 192.0.2.1 ---- 192.0.2.2 server
#           (inside)       masquerade, forward drop       pyftpdlib :21
#                          except established,related
set -eu
cd "$(dirname "$0")/../.."

. tests/vm/demo-lib.sh
trap demo_cleanup EXIT

demo_load nf_conntrack_ftp nf_nat_ftp
demo_topology ftp tcp 21

step "FTP server on 192.0.2.2:21 (pyftpdlib, logs the commands it receives)"
mkdir -p /tmp/demo-ftp
head -c 300000 /dev/urandom > /tmp/demo-ftp/file.bin
s python3 -W ignore tests/vm/ftp/ftpd.py 192.0.2.2 21 /tmp/demo-ftp \
	/tmp/demo-ftp/commands.log > /dev/null &
until_ok 60 listening demo-s tcp 21 || { echo "demo: the FTP server did not start"; exit 1; }

step "conntrack -E expect on the router"
r conntrack -E expect > /tmp/demo-ftp/expect.log 2>/dev/null &
until_ok 10 subscribed || true

step "client: active-mode download (curl --disable-eprt --ftp-port -)"
c curl -s --disable-eprt --ftp-port - -o /tmp/demo-ftp/got.bin -v ftp://192.0.2.2/file.bin 2>&1 |
	grep -E '^> (PORT|EPRT)|^< 200 (PORT|Active)' || true
until_ok 5 nonempty /tmp/demo-ftp/expect.log || true

step "what the server received"
sed -nE 's/^CMD [^ ]+ ((PORT|EPRT) .*)/\1/p' /tmp/demo-ftp/commands.log

step "expectation created on the router"
cat /tmp/demo-ftp/expect.log

step "checksums"
sha256sum /tmp/demo-ftp/file.bin /tmp/demo-ftp/got.bin

step "counters (/proc/net/nfhelpers/ftp in the router namespace, non-zero)"
# shellcheck disable=SC2016 # an awk program
r awk '$2 != 0' /proc/net/nfhelpers/ftp

a=$(sha256sum < /tmp/demo-ftp/file.bin); b=$(sha256sum < /tmp/demo-ftp/got.bin)
[ "$a" = "$b" ] && grep -q '^CMD [^ ]* PORT 192,0,2,1,' /tmp/demo-ftp/commands.log
echo
echo "demo: the transfer worked and the server saw the router's public address."
