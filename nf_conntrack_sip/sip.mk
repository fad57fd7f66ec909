# SPDX-License-Identifier: GPL-2.0
#
# nf_conntrack_sip/sip.mk - userspace targets of the SIP/SDP parse core and
# edit planner.  Included by the top-level Makefile; every path is relative
# to the repository root.  See Documentation/sip.rst.
#
#   sip-unit    unit, property and corpus tests under ASan+UBSan
#   sip-fuzz    libFuzzer targets, $(FUZZ_SECONDS) seconds each
#   sip-bench   parser throughput (MB/s) over the corpus, and how to get
#               instructions per byte under callgrind
#   sip-clean   remove what the targets above built
#
# Test targets end with "N passed, N failed" and fail when N failed > 0.

SIP_DIR		:= nf_conntrack_sip
SIP_SRCS	:= $(SIP_DIR)/sip_parse.c $(SIP_DIR)/sip_sdp.c \
		   $(SIP_DIR)/sip_plan.c
SIP_HDRS	:= $(SIP_DIR)/sip_parse.h include/nfh_env.h
SIP_TEST_HDRS	:= tests/sip/sip_vectors.h tests/sip/sip_prop.h \
		   tests/sip/sip_pcap.h tests/lib/check.h tests/lib/pcap.h
NFH_CORPUS	?= ../shared/corpus
SIP_CORPUS	?= $(NFH_CORPUS)
SIP_PCAPS	= $(wildcard $(SIP_CORPUS)/pcap/sip/*.pcap \
			     $(SIP_CORPUS)/pcap/fuzz/*.pcap)
SIP_BUILD	:= tests/sip/build
SIP_CC		?= $(shell command -v clang >/dev/null 2>&1 && echo clang || echo gcc)
SIP_WARN	:= -std=gnu11 -Wall -Wextra -Werror -Iinclude
SIP_SAN		:= -fsanitize=address,undefined -fno-sanitize-recover=all \
		   -fno-omit-frame-pointer
SIP_UNITS	:= test_sip_unit test_sip_corpus
SIP_FUZZERS	:= sip_parse sip_plan
FUZZ_SECONDS	?= 10

.PHONY: sip-unit sip-fuzz sip-bench sip-clean

$(SIP_BUILD)/test_sip_%: tests/sip/test_sip_%.c $(SIP_SRCS) $(SIP_HDRS) \
		$(SIP_TEST_HDRS)
	@mkdir -p $(SIP_BUILD)
	$(SIP_CC) -O1 -g $(SIP_WARN) $(SIP_SAN) -DNFH_REPO_ROOT='"$(CURDIR)"' \
		-o $@ $< -lpcap

# Besides failures, show the corpus findings: rejected messages and TCP
# directions that stopped framing.
SIP_UNIT_SHOW	:= mutations|  reject|  tcp .*stopped at.*: \
		   (too_long|no_content|content_length|syntax|duplicate)

sip-unit: $(addprefix $(SIP_BUILD)/,$(SIP_UNITS))
	@NFH_CORPUS=$(SIP_CORPUS) UNIT_SHOW='$(SIP_UNIT_SHOW)' \
		sh tests/lib/run_units.sh $(SIP_BUILD) $(SIP_UNITS)

$(SIP_BUILD)/sip_seeds: tests/sip/sip_seeds.c $(SIP_SRCS) $(SIP_HDRS) \
		$(SIP_TEST_HDRS)
	@mkdir -p $(SIP_BUILD)
	$(SIP_CC) -O1 -g $(SIP_WARN) -o $@ $< -lpcap

$(SIP_BUILD)/fuzz_%: tests/sip/fuzz_%.c $(SIP_SRCS) $(SIP_HDRS) \
		$(SIP_TEST_HDRS)
	@mkdir -p $(SIP_BUILD)
	clang -O1 -g $(SIP_WARN) -fsanitize=fuzzer,address,undefined \
		-fno-sanitize-recover=all -o $@ $<

sip-fuzz: $(addprefix $(SIP_BUILD)/fuzz_,$(SIP_FUZZERS)) $(SIP_BUILD)/sip_seeds
	@for t in $(SIP_FUZZERS); do mkdir -p $(SIP_BUILD)/corpus_$$t; \
	  $(SIP_BUILD)/sip_seeds $(SIP_BUILD)/corpus_$$t $(SIP_PCAPS) >/dev/null || exit 1; done
	@FUZZ_FLAGS="-max_len=8192 -dict=tests/sip/sip.dict -timeout=10 -rss_limit_mb=1024" \
		sh tests/lib/run_fuzz.sh $(SIP_BUILD) $(FUZZ_SECONDS) $(SIP_FUZZERS)

$(SIP_BUILD)/sip_bench: tests/sip/sip_bench.c $(SIP_SRCS) $(SIP_HDRS) \
		$(SIP_TEST_HDRS)
	@mkdir -p $(SIP_BUILD)
	$(SIP_CC) -O2 -g $(SIP_WARN) -o $@ $< -lpcap

sip-bench: $(SIP_BUILD)/sip_bench
	$(SIP_BUILD)/sip_bench $(SIP_PCAPS)

sip-clean:
	rm -rf $(SIP_BUILD)
