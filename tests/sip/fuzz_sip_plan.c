// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target: parse, plan, apply, re-parse, with every invariant of
 * the rewrite property (sip_prop.h).  The first input byte selects the
 * family (bit 0), the transport (bit 1) and the mode (bits 2-3, mod 3).
 */
#include "../../nf_conntrack_sip/sip_parse.c"
#include "../../nf_conntrack_sip/sip_sdp.c"
#include "../../nf_conntrack_sip/sip_plan.c"
#include "sip_prop.h"

static struct sip_prop pr;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	u8 ctl;

	if (!size || size > NFH_SIP_MSG_MAX)
		return 0;
	ctl = data[0];
	if (!sip_prop_run(&pr, data + 1, size - 1,
			  ctl & 1 ? AF_INET6 : AF_INET,
			  ctl & 2 ? NFH_SIP_TCP : NFH_SIP_UDP,
			  ((ctl >> 2) & 3) % SIP_PROP_MODES)) {
		fprintf(stderr, "property: %s\n", pr.why);
		abort();
	}
	return 0;
}
