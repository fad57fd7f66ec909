// SPDX-License-Identifier: GPL-2.0
/*
 * libnfh-conntrackd-commit.so - preloaded into conntrackd, so that an
 * expectation it commits at failover keeps its class, its NAT information
 * and its expectation function.
 *
 * conntrackd replicates all three (NTA_EXP_CLASS, NTA_EXP_NAT_*,
 * NTA_EXP_FN) and puts them back into the struct nf_expect it commits
 * with nfexp_query(NFCT_Q_CREATE), but libnetfilter_conntrack builds that
 * request with nfexp_nlmsg_build(), which (up to 1.1.1 at least) leaves
 * out CTA_EXPECT_CLASS, CTA_EXPECT_NAT and CTA_EXPECT_FN.  The backup's
 * kernel then creates class 0 (SIP's signalling class: each media
 * expectation evicts the previous one), with no saved address (the
 * connection it lets in is not translated to the inside host) and no
 * function.  Here nfexp_query() is wrapped: a create request is built
 * the library's way, the three attributes are appended and it is sent on
 * the same handle; every other query goes to the library unchanged.
 *
 * Documentation/ha.rst says how to install it (a systemd drop-in for
 * conntrackd.service setting LD_PRELOAD).
 */
#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <libmnl/libmnl.h>
#include <libnfnetlink/libnfnetlink.h>
#include <libnetfilter_conntrack/libnetfilter_conntrack.h>
#include <linux/netfilter/nfnetlink_conntrack.h>

typedef int (*nfexp_query_t)(struct nfct_handle *h,
			     const enum nf_conntrack_query qt,
			     const void *data);

/*
 * The library keeps an expectation's master and NAT tuples as the head of
 * a struct nf_conntrack and hands out a pointer to it; the ORIG tuple
 * getters read only that head (conntrackd's own exp2msg() relies on it).
 */
static const struct nf_conntrack *exp_tuple(const struct nf_expect *exp,
					    int attr)
{
	return nfexp_get_attr(exp, attr);
}

static uint8_t family_of(const struct nf_conntrack *t)
{
	if (nfct_attr_is_set(t, ATTR_ORIG_L3PROTO))
		return nfct_get_attr_u8(t, ATTR_ORIG_L3PROTO);
	if (nfct_attr_is_set(t, ATTR_ORIG_IPV4_SRC))
		return AF_INET;
	if (nfct_attr_is_set(t, ATTR_ORIG_IPV6_SRC))
		return AF_INET6;
	return 0;
}

static int put_tuple(struct nlmsghdr *nlh, uint16_t type,
		     const struct nf_conntrack *t, uint8_t family)
{
	struct nlattr *outer, *nest;
	uint8_t proto;

	if (!nfct_attr_is_set(t, ATTR_ORIG_L4PROTO))
		return -1;
	proto = nfct_get_attr_u8(t, ATTR_ORIG_L4PROTO);

	outer = mnl_attr_nest_start(nlh, type);
	nest = mnl_attr_nest_start(nlh, CTA_TUPLE_IP);
	if (family == AF_INET) {
		mnl_attr_put_u32(nlh, CTA_IP_V4_SRC,
				 nfct_get_attr_u32(t, ATTR_ORIG_IPV4_SRC));
		mnl_attr_put_u32(nlh, CTA_IP_V4_DST,
				 nfct_get_attr_u32(t, ATTR_ORIG_IPV4_DST));
	} else {
		mnl_attr_put(nlh, CTA_IP_V6_SRC, 16,
			     nfct_get_attr(t, ATTR_ORIG_IPV6_SRC));
		mnl_attr_put(nlh, CTA_IP_V6_DST, 16,
			     nfct_get_attr(t, ATTR_ORIG_IPV6_DST));
	}
	mnl_attr_nest_end(nlh, nest);

	nest = mnl_attr_nest_start(nlh, CTA_TUPLE_PROTO);
	mnl_attr_put_u8(nlh, CTA_PROTO_NUM, proto);
	/* the NAT information of the protocols that carry a helper */
	if (proto == IPPROTO_TCP || proto == IPPROTO_UDP) {
		mnl_attr_put_u16(nlh, CTA_PROTO_SRC_PORT,
				 nfct_get_attr_u16(t, ATTR_ORIG_PORT_SRC));
		mnl_attr_put_u16(nlh, CTA_PROTO_DST_PORT,
				 nfct_get_attr_u16(t, ATTR_ORIG_PORT_DST));
	}
	mnl_attr_nest_end(nlh, nest);
	mnl_attr_nest_end(nlh, outer);
	return 0;
}

/* The attributes nfexp_nlmsg_build() leaves out, from what conntrackd set. */
static int put_missing(struct nlmsghdr *nlh, const struct nf_expect *exp,
		       uint8_t family)
{
	if (nfexp_attr_is_set(exp, ATTR_EXP_CLASS))
		mnl_attr_put_u32(nlh, CTA_EXPECT_CLASS,
				 htonl(nfexp_get_attr_u32(exp, ATTR_EXP_CLASS)));

	/* the kernel wants the direction and the tuple together */
	if (nfexp_attr_is_set(exp, ATTR_EXP_NAT_TUPLE) &&
	    nfexp_attr_is_set(exp, ATTR_EXP_NAT_DIR)) {
		struct nlattr *nat = mnl_attr_nest_start(nlh, CTA_EXPECT_NAT);

		mnl_attr_put_u32(nlh, CTA_EXPECT_NAT_DIR,
				 htonl(nfexp_get_attr_u32(exp, ATTR_EXP_NAT_DIR)));
		if (put_tuple(nlh, CTA_EXPECT_NAT_TUPLE,
			      exp_tuple(exp, ATTR_EXP_NAT_TUPLE), family) < 0)
			return -1;
		mnl_attr_nest_end(nlh, nat);
	}

	if (nfexp_attr_is_set(exp, ATTR_EXP_FN))
		mnl_attr_put_strz(nlh, CTA_EXPECT_FN,
				  nfexp_get_attr(exp, ATTR_EXP_FN));
	return 0;
}

static int create_whole(struct nfct_handle *h, enum nf_conntrack_query qt,
			const struct nf_expect *exp)
{
	/* a tuple is under 100 bytes: three of them and the rest fit easily */
	union {
		char buf[2048];
		struct nlmsghdr align;
	} u;
	const struct nf_conntrack *master = exp_tuple(exp, ATTR_EXP_MASTER);
	struct nlmsghdr *nlh;
	struct nfgenmsg *nfg;
	uint8_t family;

	if (!master)
		return -2;
	family = family_of(master);
	if (family != AF_INET && family != AF_INET6)
		return -2;

	memset(&u, 0, sizeof(u));
	nlh = mnl_nlmsg_put_header(u.buf);
	nlh->nlmsg_type = (NFNL_SUBSYS_CTNETLINK_EXP << 8) | IPCTNL_MSG_EXP_NEW;
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_CREATE | NLM_F_ACK;
	if (qt == NFCT_Q_CREATE)
		nlh->nlmsg_flags |= NLM_F_EXCL;
	nfg = mnl_nlmsg_put_extra_header(nlh, sizeof(*nfg));
	nfg->nfgen_family = family;
	nfg->version = NFNETLINK_V0;
	nfg->res_id = 0;

	if (nfexp_nlmsg_build(nlh, exp) < 0 || put_missing(nlh, exp, family) < 0)
		return -2;

	/* nfexp_query() sends on this handle the same way */
	return nfnl_query((struct nfnl_handle *)nfct_nfnlh(h), nlh);
}

int nfexp_query(struct nfct_handle *h, const enum nf_conntrack_query qt,
		const void *data)
{
	static nfexp_query_t library_query;
	const struct nf_expect *exp = data;
	int ret;

	if (!library_query) {
		library_query = (nfexp_query_t)dlsym(RTLD_NEXT, "nfexp_query");
		if (!library_query) {
			errno = EOPNOTSUPP;
			return -1;
		}
	}

	if ((qt == NFCT_Q_CREATE || qt == NFCT_Q_CREATE_UPDATE) && exp &&
	    (nfexp_attr_is_set(exp, ATTR_EXP_CLASS) ||
	     nfexp_attr_is_set(exp, ATTR_EXP_NAT_TUPLE) ||
	     nfexp_attr_is_set(exp, ATTR_EXP_FN))) {
		ret = create_whole(h, qt, exp);
		/* -2: not a request this builds; the library's way then */
		if (ret != -2)
			return ret;
	}
	return library_query(h, qt, data);
}
