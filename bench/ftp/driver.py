#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""FTP transfer driver for bench/ftp/permsg.sh (in the vmrun guest).

driver.py HOST N pasv|port FILE SHA256

N transfers from the FTP server at HOST:21, each on a control connection
of its own: banner, USER/PASS (anonymous), TYPE I, PASV or PORT, RETR
FILE, QUIT - 14 lines on the control connection, the data connection
expected by the helper.  Every file received must have the digest SHA256.
Prints "client: transfers N ok" and exits 0 only when all N arrived whole.
"""
import ftplib
import hashlib
import sys

host, n, mode, name, want = sys.argv[1], int(sys.argv[2]), sys.argv[3], \
    sys.argv[4], sys.argv[5]
ok = 0
for i in range(n):
    h = hashlib.sha256()
    try:
        f = ftplib.FTP()
        f.connect(host, 21, timeout=30)
        f.login()
        f.set_pasv(mode == "pasv")
        f.retrbinary("RETR " + name, h.update)
        f.quit()
    except (OSError, ftplib.Error) as e:
        print("client: transfer %d failed: %s" % (i + 1, e), flush=True)
        sys.exit(1)
    if h.hexdigest() != want:
        print("client: transfer %d: the file differs" % (i + 1), flush=True)
        sys.exit(1)
    ok += 1
print("client: transfers %d ok" % ok, flush=True)
