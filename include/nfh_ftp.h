/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_ftp.h - the interface between nf_conntrack_ftp and nf_nat_ftp.
 *
 * The conntrack module never links against the NAT core: the NAT module
 * fills in nfh_ftp_nat_hook at load and clears it at unload.
 */
#ifndef _NFH_FTP_H
#define _NFH_FTP_H

#include <linux/skbuff.h>
#include <net/netfilter/nf_conntrack_expect.h>
#include "../nf_conntrack_ftp/ftp_parse.h"

/* One address/port argument to rewrite, found by the conntrack module. */
struct nfh_ftp_nat_req {
	enum nfh_ftp_cmd cmd;
	u8 delim;		/* EPRT/229 delimiter, kept as the sender wrote it */
	unsigned int matchoff;	/* argument offset from the TCP payload start */
	unsigned int matchlen;
	/* results */
	int delta;		/* payload length change */
	bool rewritten;		/* the text changed */
	bool expected;		/* the expectation is registered */
};

/*
 * Register @exp (adjusted to the translated address and a free port) and
 * rewrite the argument.  Returns NF_ACCEPT or NF_DROP.
 */
typedef unsigned int nfh_ftp_nat_fn(struct sk_buff *skb,
				    enum ip_conntrack_info ctinfo,
				    unsigned int protoff,
				    struct nf_conntrack_expect *exp,
				    struct nfh_ftp_nat_req *req);

extern nfh_ftp_nat_fn __rcu *nfh_ftp_nat_hook;

#endif /* _NFH_FTP_H */
