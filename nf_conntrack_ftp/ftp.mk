# SPDX-License-Identifier: GPL-2.0
#
# nf_conntrack_ftp/ftp.mk - userspace targets of the FTP parse core.
# Included by the top-level Makefile; every path is relative to the
# repository root.  See Documentation/ftp.rst.
#
#   ftp-unit    unit, stream, corpus and history tests under ASan+UBSan,
#               the history vectors' negative control
#   ftp-fuzz    libFuzzer targets, $(FUZZ_SECONDS) seconds each
#   ftp-clean   remove what the targets above built
#
# Test targets end with "N passed, N failed" and fail when N failed > 0.

include tests/lib/test.mk

FTP_DIR		:= nf_conntrack_ftp
FTP_SRCS	:= $(FTP_DIR)/ftp_parse.c
FTP_HDRS	:= $(FTP_DIR)/ftp_parse.h include/nfh_env.h include/nfh_text.h
FTP_TEST_HDRS	:= $(wildcard tests/ftp/*.h) tests/lib/check.h tests/lib/pcap.h
FTP_DEPS	:= $(FTP_SRCS) $(FTP_HDRS) $(FTP_TEST_HDRS) tests/lib/test.mk
FTP_CORPUS	?= $(NFH_CORPUS)
FTP_BUILD	:= tests/ftp/build
FTP_UNITS	:= test_ftp_parse test_ftp_corpus test_ftp_history
FTP_FUZZERS	:= ftp_line ftp_stream

.PHONY: ftp-unit ftp-fuzz ftp-clean

$(FTP_BUILD)/test_ftp_%: tests/ftp/test_ftp_%.c $(FTP_DEPS)
	$(NFH_UNIT_BUILD)

$(FTP_BUILD)/ftp_seeds: tests/ftp/ftp_seeds.c $(FTP_DEPS)
	$(NFH_TOOL_BUILD)

$(FTP_BUILD)/fuzz_%: tests/ftp/fuzz_%.c $(FTP_DEPS)
	$(NFH_FUZZ_BUILD)

ftp-unit: $(addprefix $(FTP_BUILD)/,$(FTP_UNITS))
	@NFH_CORPUS=$(FTP_CORPUS) sh tests/lib/run_units.sh $(FTP_BUILD) $(FTP_UNITS)
	@sh tests/lib/history_negative.sh ftp

# Seeds: the vectors and the corpus's FTP lines (line), cut into
# segments (stream).  Input limits: a line a bit over the carry cap, a
# stream of segments.
ftp-fuzz: $(addprefix $(FTP_BUILD)/fuzz_,$(FTP_FUZZERS)) $(FTP_BUILD)/ftp_seeds
	@rm -rf $(FTP_BUILD)/seeds && \
	  NFH_CORPUS=$(FTP_CORPUS) $(FTP_BUILD)/ftp_seeds $(FTP_BUILD)/seeds >/dev/null && \
	  for k in line stream; do mkdir -p $(FTP_BUILD)/corpus_ftp_$$k; \
	    cp -n $(FTP_BUILD)/seeds/$$k/* $(FTP_BUILD)/corpus_ftp_$$k/ 2>/dev/null; done; \
	  FUZZ_FLAGS="-dict=tests/ftp/ftp.dict -timeout=10" \
	  FUZZ_FLAGS_ftp_line=-max_len=1024 FUZZ_FLAGS_ftp_stream=-max_len=8192 \
		sh tests/lib/run_fuzz.sh $(FTP_BUILD) $(FUZZ_SECONDS) $(FTP_FUZZERS)

ftp-clean:
	rm -rf $(FTP_BUILD)
