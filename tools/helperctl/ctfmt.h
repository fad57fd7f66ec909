/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HELPERCTL_CTFMT_H
#define _HELPERCTL_CTFMT_H

#include <stdbool.h>
#include <stdint.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include "helperctl.h"

struct ct_end {
	char addr[INET6_ADDRSTRLEN];
	uint16_t port;
	bool v6, has_port, any_addr, any_port;
};

#define CT_ORIG 0
#define CT_REPL 1
#define CT_SRC 0
#define CT_DST 1

const char *proto_name(uint8_t p);
void ct_end(const struct nf_conntrack *ct, int dir, int end, struct ct_end *e);
void ct_mask_end(const struct nf_conntrack *mask, int end, struct ct_end *e);
void ct_end_text(const struct ct_end *e, char *buf, size_t len);
void ct_end_out(const char *akey, const char *pkey, const struct ct_end *e);
/*
 * An expectation's ends: the expected connection's source and destination
 * (what its mask leaves open marked "any") and its master's.  False when
 * the expectation lacks either connection.
 */
bool exp_ends(const struct nf_expect *exp, struct ct_end *s, struct ct_end *d,
	      struct ct_end *ms, struct ct_end *md);

#endif
