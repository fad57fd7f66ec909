// SPDX-License-Identifier: GPL-2.0
/*
 * conntrack.c - the conntrack and expectation tables through
 * libnetfilter_conntrack, filtered by helper name.  Dumps are filtered
 * here rather than in the kernel: the kernel's dump filter knows marks
 * and zones, not helpers.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <libnetfilter_conntrack/libnetfilter_conntrack.h>

#include "helperctl.h"

struct walk {
	const struct hc_helper *only;
	void (*ctfn)(const char *helper, struct nf_conntrack *ct, void *arg);
	void (*expfn)(const char *helper, struct nf_expect *exp, void *arg);
	void *arg;
};

static bool wanted(const struct hc_helper *only, const char *khelper)
{
	if (!khelper || !*khelper)
		return false;
	return only ? helper_owns(only, khelper) : true;
}

static int ct_cb(enum nf_conntrack_msg_type type, struct nf_conntrack *ct, void *data)
{
	struct walk *w = data;
	const char *kh = nfct_get_attr(ct, ATTR_HELPER_NAME);

	(void)type;
	if (nfct_attr_is_set(ct, ATTR_HELPER_NAME) && wanted(w->only, kh))
		w->ctfn(kh, ct, w->arg);
	return NFCT_CB_CONTINUE;
}

static int exp_cb(enum nf_conntrack_msg_type type, struct nf_expect *exp, void *data)
{
	struct walk *w = data;
	const char *kh = nfexp_get_attr(exp, ATTR_EXP_HELPER_NAME);

	(void)type;
	if (nfexp_attr_is_set(exp, ATTR_EXP_HELPER_NAME) && wanted(w->only, kh))
		w->expfn(kh, exp, w->arg);
	return NFCT_CB_CONTINUE;
}

static int nl_error(const char *what, int err)
{
	if (err == EPERM)
		return hc_fail("Unable to %s: permission denied (run as root)", what);
	return hc_fail("Unable to %s: '%s' (conntrack netlink; is nf_conntrack_netlink available?)",
		       what, strerror(err));
}

int ct_walk(const struct hc_helper *only,
	    void (*fn)(const char *, struct nf_conntrack *, void *), void *arg)
{
	struct walk w = { .only = only, .ctfn = fn, .arg = arg };
	uint32_t family = AF_UNSPEC;
	struct nfct_handle *h;
	int ret = 0;

	h = nfct_open(CONNTRACK, 0);
	if (!h)
		return nl_error("list connections", errno);
	nfct_callback_register(h, NFCT_T_ALL, ct_cb, &w);
	if (nfct_query(h, NFCT_Q_DUMP, &family) < 0)
		ret = nl_error("list connections", errno);
	nfct_close(h);
	return ret;
}

int exp_walk(const struct hc_helper *only,
	     void (*fn)(const char *, struct nf_expect *, void *), void *arg)
{
	struct walk w = { .only = only, .expfn = fn, .arg = arg };
	uint32_t family = AF_UNSPEC;
	struct nfct_handle *h;
	int ret = 0;

	h = nfct_open(EXPECT, 0);
	if (!h)
		return nl_error("list expectations", errno);
	nfexp_callback_register(h, NFCT_T_ALL, exp_cb, &w);
	if (nfexp_query(h, NFCT_Q_DUMP, &family) < 0)
		ret = nl_error("list expectations", errno);
	nfct_close(h);
	return ret;
}

/* Collected during the dump, destroyed after it: no queries inside a dump. */
struct bag {
	void **v;
	unsigned int n;
};

static void bag_ct(const char *kh, struct nf_conntrack *ct, void *arg)
{
	struct bag *b = arg;
	struct nf_conntrack *c = nfct_clone(ct);

	(void)kh;
	if (!c)
		hc_die_oom();
	b->v = xrealloc(b->v, (b->n + 1) * sizeof(*b->v));
	b->v[b->n++] = c;
}

static void bag_exp(const char *kh, struct nf_expect *exp, void *arg)
{
	struct bag *b = arg;
	struct nf_expect *e = nfexp_clone(exp);

	(void)kh;
	if (!e)
		hc_die_oom();
	b->v = xrealloc(b->v, (b->n + 1) * sizeof(*b->v));
	b->v[b->n++] = e;
}

int ct_flush_helper(const struct hc_helper *hp, unsigned int *n)
{
	struct bag b = { NULL, 0 };
	struct nfct_handle *h;
	unsigned int i;
	int ret;

	*n = 0;
	ret = ct_walk(hp, bag_ct, &b);
	if (!ret) {
		h = nfct_open(CONNTRACK, 0);
		if (!h)
			ret = nl_error("delete connections", errno);
		for (i = 0; h && i < b.n; i++) {
			/* gone meanwhile is as good as deleted */
			if (nfct_query(h, NFCT_Q_DESTROY, b.v[i]) == 0)
				(*n)++;
			else if (errno != ENOENT && !ret)
				ret = nl_error("delete connections", errno);
		}
		if (h)
			nfct_close(h);
	}
	for (i = 0; i < b.n; i++)
		nfct_destroy(b.v[i]);
	free(b.v);
	return ret;
}

int exp_flush_helper(const struct hc_helper *hp, unsigned int *n)
{
	struct bag b = { NULL, 0 };
	struct nfct_handle *h;
	unsigned int i;
	int ret;

	*n = 0;
	ret = exp_walk(hp, bag_exp, &b);
	if (!ret) {
		h = nfct_open(EXPECT, 0);
		if (!h)
			ret = nl_error("delete expectations", errno);
		for (i = 0; h && i < b.n; i++) {
			if (nfexp_query(h, NFCT_Q_DESTROY, b.v[i]) == 0)
				(*n)++;
			else if (errno != ENOENT && !ret)
				ret = nl_error("delete expectations", errno);
		}
		if (h)
			nfct_close(h);
	}
	for (i = 0; i < b.n; i++)
		nfexp_destroy(b.v[i]);
	free(b.v);
	return ret;
}
