// SPDX-License-Identifier: GPL-2.0
/*
 * nft.c - nftables through libnftables: run a script as one transaction,
 * list what is there.  Nothing else in helperctl talks to nf_tables.
 */
#include <errno.h>
#include <string.h>
#include <nftables/libnftables.h>

#include "helperctl.h"

static struct nft_ctx *ctx_new(void)
{
	struct nft_ctx *nft = nft_ctx_new(NFT_CTX_DEFAULT);

	if (!nft) {
		hc_fail("Unable to use nftables: libnftables could not start (out of memory?)");
		return NULL;
	}
	nft_ctx_buffer_output(nft);
	nft_ctx_buffer_error(nft);
	return nft;
}

/* libnftables' message, first line only, for our one-line errors */
static const char *first_line(const char *s, char *buf, size_t len)
{
	size_t n = strcspn(s, "\n");

	if (n >= len)
		n = len - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return buf;
}

int nft_apply(const char *script)
{
	struct nft_ctx *nft = ctx_new();
	char line[256];
	int ret = 0;

	if (!nft)
		return -1;
	if (nft_run_cmd_from_buffer(nft, script)) {
		const char *e = nft_ctx_get_error_buffer(nft);

		if (strstr(e, "Operation not supported") || strstr(e, "Protocol not supported"))
			ret = hc_fail("Unable to apply rules: nftables is not available in this kernel (%s)",
				      first_line(e, line, sizeof(line)));
		else if (strstr(e, "Operation not permitted"))
			ret = hc_fail("Unable to apply rules: permission denied (run as root)");
		else
			ret = hc_fail("Unable to apply rules: '%s' (nft)", first_line(e, line, sizeof(line)));
	}
	nft_ctx_free(nft);
	return ret;
}

/* Run a list command; *out is the listing (malloc'd). */
int nft_list(const char *cmd, bool json, char **out)
{
	struct nft_ctx *nft = ctx_new();
	char line[256];
	int ret = 0;

	*out = NULL;
	if (!nft)
		return -1;
	if (json)
		nft_ctx_output_set_flags(nft, NFT_CTX_OUTPUT_JSON);
	if (nft_run_cmd_from_buffer(nft, cmd))
		ret = hc_fail("Unable to list rules: '%s' (nft)",
			      first_line(nft_ctx_get_error_buffer(nft), line, sizeof(line)));
	else
		*out = xstrdup(nft_ctx_get_output_buffer(nft));
	nft_ctx_free(nft);
	return ret;
}
