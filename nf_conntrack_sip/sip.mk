# SPDX-License-Identifier: GPL-2.0
#
# nf_conntrack_sip/sip.mk - userspace targets of the SIP/SDP parse core and
# edit planner.  Included by the top-level Makefile; every path is relative
# to the repository root.  See Documentation/sip.rst.
#
#   sip-unit    unit, property, corpus and history tests under ASan+UBSan,
#               the negative controls (replan, history vectors)
#   sip-fuzz    libFuzzer targets, $(FUZZ_SECONDS) seconds each
#   sip-bench   parser throughput (MB/s) over the corpus, and how to get
#               instructions per byte under callgrind
#   sip-diff    the parse core's results over the corpus (and mutants of
#               it) against those of git revision SIP_DIFF_BASE (main)
#   sip-clean   remove what the targets above built
#
# Test targets end with "N passed, N failed" and fail when N failed > 0.

include tests/lib/test.mk

SIP_DIR		:= nf_conntrack_sip
SIP_SRCS	:= $(SIP_DIR)/sip_parse.c $(SIP_DIR)/sip_sdp.c \
		   $(SIP_DIR)/sip_plan.c
SIP_HDRS	:= $(SIP_DIR)/sip_parse.h include/nfh_env.h include/nfh_text.h
SIP_TEST_HDRS	:= $(wildcard tests/sip/*.h) tests/lib/check.h tests/lib/pcap.h
SIP_DEPS	:= $(SIP_SRCS) $(SIP_HDRS) $(SIP_TEST_HDRS) tests/lib/test.mk
SIP_CORPUS	?= $(NFH_CORPUS)
SIP_PCAPS	= $(wildcard $(SIP_CORPUS)/pcap/sip/*.pcap \
			     $(SIP_CORPUS)/pcap/fuzz/*.pcap)
SIP_BUILD	:= tests/sip/build
SIP_UNITS	:= test_sip_unit test_sip_corpus test_sip_history
SIP_FUZZERS	:= sip_parse sip_plan

.PHONY: sip-unit sip-fuzz sip-bench sip-diff sip-clean

$(SIP_BUILD)/test_sip_%: tests/sip/test_sip_%.c $(SIP_DEPS)
	$(NFH_UNIT_BUILD)

$(SIP_BUILD)/sip_seeds $(SIP_BUILD)/sip_bench: $(SIP_BUILD)/%: tests/sip/%.c \
		$(SIP_DEPS)
	$(NFH_TOOL_BUILD)

$(SIP_BUILD)/fuzz_%: tests/sip/fuzz_%.c $(SIP_DEPS)
	$(NFH_FUZZ_BUILD)

# Besides failures, show the corpus findings: rejected messages and TCP
# directions that stopped framing.
SIP_UNIT_SHOW	:= mutations|  reject|  tcp .*stopped at.*: \
		   (too_long|no_content|content_length|syntax|duplicate)

sip-unit: $(addprefix $(SIP_BUILD)/,$(SIP_UNITS))
	@NFH_CORPUS=$(SIP_CORPUS) UNIT_SHOW='$(SIP_UNIT_SHOW)' \
		sh tests/lib/run_units.sh $(SIP_BUILD) $(SIP_UNITS)
	@NFH_CORPUS=$(SIP_CORPUS) sh tests/sip/replan_negative.sh
	@sh tests/lib/history_negative.sh sip

sip-fuzz: $(addprefix $(SIP_BUILD)/fuzz_,$(SIP_FUZZERS)) $(SIP_BUILD)/sip_seeds
	@for t in $(SIP_FUZZERS); do mkdir -p $(SIP_BUILD)/corpus_$$t; \
	  $(SIP_BUILD)/sip_seeds $(SIP_BUILD)/corpus_$$t $(SIP_PCAPS) >/dev/null || exit 1; done
	@FUZZ_FLAGS="-max_len=8192 -dict=tests/sip/sip.dict -timeout=10 -rss_limit_mb=1024" \
		sh tests/lib/run_fuzz.sh $(SIP_BUILD) $(FUZZ_SECONDS) $(SIP_FUZZERS)

sip-bench: $(SIP_BUILD)/sip_bench
	$(SIP_BUILD)/sip_bench $(SIP_PCAPS)

SIP_DIFF_BASE	?= main

sip-diff:
	@NFH_CORPUS=$(SIP_CORPUS) NFH_TEST_CC=$(NFH_TEST_CC) \
		sh tests/sip/diff.sh $(SIP_DIFF_BASE)

sip-clean:
	rm -rf $(SIP_BUILD)
