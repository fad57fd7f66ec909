// SPDX-License-Identifier: GPL-2.0
/*
 * connections [NAME] - the conntrack entries a helper is attached to,
 * like RouterOS's "connection print where connection-type=sip".
 */
#include <string.h>
#include <libnetfilter_conntrack/libnetfilter_conntrack.h>
#include <libnetfilter_conntrack/libnetfilter_conntrack_tcp.h>

#include "ctfmt.h"

static const char *tcp_state(uint8_t s)
{
	static const char *const names[] = {
		"none", "syn-sent", "syn-recv", "established", "fin-wait",
		"close-wait", "last-ack", "time-wait", "close", "syn-sent2",
	};

	return s < ARRAY_SIZE(names) ? names[s] : "unknown";
}

static void one(const char *kh, struct nf_conntrack *ct, void *arg)
{
	const struct hc_helper *h = helper_by_khelper(kh);
	static const char *const keys[2][2][3] = {
		{ { "src_address", "src", "sport" }, { "dst_address", "dst", "dport" } },
		{ { "reply_src_address", "reply_src", "reply_sport" },
		  { "reply_dst_address", "reply_dst", "reply_dport" } },
	};
	uint8_t l4 = nfct_get_attr_u8(ct, ATTR_L4PROTO);
	uint32_t status = nfct_get_attr_u32(ct, ATTR_STATUS);
	int dir, end;

	(void)arg;
	out_row_begin();
	out_str("helper", h ? h->name : kh, 0);
	out_str("kernel_helper", kh, OUT_NOTEXT);
	out_str("family", nfct_get_attr_u8(ct, ATTR_L3PROTO) == AF_INET6 ? "ipv6" : "ipv4",
		OUT_NOTEXT);
	out_str("protocol", proto_name(l4), 0);
	if (l4 == IPPROTO_TCP && nfct_attr_is_set(ct, ATTR_TCP_STATE))
		out_str("state", tcp_state(nfct_get_attr_u8(ct, ATTR_TCP_STATE)), 0);
	else
		out_str("state", status & IPS_SEEN_REPLY ? "replied" : "unreplied", 0);
	for (dir = 0; dir < 2; dir++) {
		for (end = 0; end < 2; end++) {
			struct ct_end e;
			char t[64];

			ct_end(ct, dir, end, &e);
			ct_end_text(&e, t, sizeof(t));
			out_str(keys[dir][end][0], t, OUT_NOJSON);
			ct_end_out(keys[dir][end][1], keys[dir][end][2], &e);
		}
	}
	out_uint("timeout", nfct_get_attr_u32(ct, ATTR_TIMEOUT), 0);
	out_bool("assured", status & IPS_ASSURED, OUT_NOTEXT);
	out_bool("nat", status & (IPS_SRC_NAT | IPS_DST_NAT), OUT_NOTEXT);
	out_uint("mark", nfct_get_attr_u32(ct, ATTR_MARK), OUT_NOTEXT);
	out_uint("id", nfct_get_attr_u32(ct, ATTR_ID), OUT_NOTEXT);
	out_row_end();
}

int cmd_connections(int argc, char **argv, const struct hc_opts *o)
{
	const struct hc_helper *h;
	int ret;

	(void)o;
	if (helper_optional_arg(argc, argv, "connections", &h))
		return 1;
	out_list_begin();
	ret = ct_walk(h, one, NULL);
	out_list_end();
	if (ret) {
		hc_perror();
		return 1;
	}
	return 0;
}
