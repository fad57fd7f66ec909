// SPDX-License-Identifier: GPL-2.0
/*
 * expectations [NAME] - the connections a helper has announced to
 * conntrack: who may connect where, on behalf of which master, for how
 * much longer.
 */
#include <string.h>
#include <libnetfilter_conntrack/libnetfilter_conntrack.h>

#include "ctfmt.h"

#ifndef NF_CT_EXPECT_PERMANENT
#define NF_CT_EXPECT_PERMANENT	0x1
#define NF_CT_EXPECT_INACTIVE	0x2
#define NF_CT_EXPECT_USERSPACE	0x4
#endif

static void one(const char *kh, struct nf_expect *exp, void *arg)
{
	const struct hc_helper *h = helper_by_khelper(kh);
	const struct nf_conntrack *x = nfexp_get_attr(exp, ATTR_EXP_EXPECTED);
	const struct nf_conntrack *m = nfexp_get_attr(exp, ATTR_EXP_MASTER);
	uint32_t flags = nfexp_attr_is_set(exp, ATTR_EXP_FLAGS) ?
			 nfexp_get_attr_u32(exp, ATTR_EXP_FLAGS) : 0;
	struct ct_end s, d, ms, md;
	char t[64], t2[64], mt[160];
	struct sb fl;

	(void)arg;
	if (!exp_ends(exp, &s, &d, &ms, &md))
		return;

	out_row_begin();
	out_str("helper", h ? h->name : kh, 0);
	out_str("kernel_helper", kh, OUT_NOTEXT);
	out_str("family", s.v6 ? "ipv6" : "ipv4", OUT_NOTEXT);
	out_str("protocol", proto_name(nfct_get_attr_u8(x, ATTR_L4PROTO)), 0);
	ct_end_text(&s, t, sizeof(t));
	out_str("src_address", t, OUT_NOJSON);
	ct_end_out("src", "sport", &s);
	ct_end_text(&d, t, sizeof(t));
	out_str("dst_address", t, OUT_NOJSON);
	ct_end_out("dst", "dport", &d);
	ct_end_text(&ms, t, sizeof(t));
	ct_end_text(&md, t2, sizeof(t2));
	snprintf(mt, sizeof(mt), "%s->%s/%s", t, t2,
		 proto_name(nfct_get_attr_u8(m, ATTR_L4PROTO)));
	out_str("master", mt, OUT_NOJSON);
	out_uint("timeout", nfexp_get_attr_u32(exp, ATTR_EXP_TIMEOUT), 0);
	if (nfexp_attr_is_set(exp, ATTR_EXP_FN))
		out_str("fn", nfexp_get_attr(exp, ATTR_EXP_FN), 0);
	else
		out_null("fn", 0);
	sb_init(&fl);
	sb_printf(&fl, "[");
	if (flags & NF_CT_EXPECT_PERMANENT)
		sb_printf(&fl, "\"permanent\"");
	if (flags & NF_CT_EXPECT_INACTIVE)
		sb_printf(&fl, "%s\"inactive\"", fl.len > 1 ? "," : "");
	if (flags & NF_CT_EXPECT_USERSPACE)
		sb_printf(&fl, "%s\"userspace\"", fl.len > 1 ? "," : "");
	sb_printf(&fl, "]");
	out_raw("flags", "", fl.s, OUT_NOTEXT);
	sb_free(&fl);
	if (nfexp_attr_is_set(exp, ATTR_EXP_CLASS))
		out_uint("class", nfexp_get_attr_u32(exp, ATTR_EXP_CLASS), OUT_NOTEXT);
	out_obj_begin("master");
	out_str("protocol", proto_name(nfct_get_attr_u8(m, ATTR_L4PROTO)), OUT_NOTEXT);
	ct_end_out("src", "sport", &ms);
	ct_end_out("dst", "dport", &md);
	out_obj_end();
	out_row_end();
}

int cmd_expectations(int argc, char **argv, const struct hc_opts *o)
{
	const struct hc_helper *h;
	int ret;

	(void)o;
	if (helper_optional_arg(argc, argv, "expectations", &h))
		return 1;
	out_list_begin();
	ret = exp_walk(h, one, NULL);
	out_list_end();
	if (ret) {
		hc_perror();
		return 1;
	}
	return 0;
}
