# SPDX-License-Identifier: GPL-2.0
#
# tests/lib/test.mk - how every userspace test, fuzz target and tool of the
# parse cores is built: one set of flags, one recipe of each kind.
# Included by each nf_conntrack_<proto>/<proto>.mk and tests/lib/lib.mk
# (variables only, so including it more than once is harmless).
#
#   NFH_CORPUS     the shared capture corpus (default ../shared/corpus)
#   FUZZ_SECONDS   how long each libFuzzer target runs

NFH_CORPUS	?= ../shared/corpus
FUZZ_SECONDS	?= 10
NFH_TEST_CC	?= $(shell command -v clang >/dev/null 2>&1 && echo clang || echo gcc)
NFH_TEST_WARN	:= -std=gnu11 -Wall -Wextra -Werror -Iinclude
NFH_TEST_SAN	:= -fsanitize=address,undefined -fno-sanitize-recover=all \
		   -fno-omit-frame-pointer
NFH_FUZZ_SAN	:= -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all

# A unit test from its one source ($<) under ASan+UBSan; it finds the
# corpus next to the repository through NFH_REPO_ROOT.
define NFH_UNIT_BUILD
	@mkdir -p $(@D)
	$(NFH_TEST_CC) -O1 -g $(NFH_TEST_WARN) $(NFH_TEST_SAN) \
		-DNFH_REPO_ROOT='"$(CURDIR)"' -o $@ $< -lpcap
endef

# A libFuzzer target from its one source ($<): clang only.
define NFH_FUZZ_BUILD
	@mkdir -p $(@D)
	clang -O1 -g $(NFH_TEST_WARN) $(NFH_FUZZ_SAN) -o $@ $<
endef

# A seed writer or benchmark from its one source ($<), optimised, no
# sanitizers.
define NFH_TOOL_BUILD
	@mkdir -p $(@D)
	$(NFH_TEST_CC) -O2 -g $(NFH_TEST_WARN) -o $@ $< -lpcap
endef
