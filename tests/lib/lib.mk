# SPDX-License-Identifier: GPL-2.0
#
# tests/lib/lib.mk - userspace tests of the shared headers under include/
# (nfh_text.h, nfh_env.h).  Included by the top-level Makefile; every path
# is relative to the repository root.
#
#   lib-unit    test_text under ASan+UBSan; ends with "N passed, N failed"
#   lib-clean   remove what lib-unit built

LIB_BUILD	:= tests/lib/build
LIB_CC		?= $(shell command -v clang >/dev/null 2>&1 && echo clang || echo gcc)
LIB_WARN	:= -std=gnu11 -Wall -Wextra -Werror -Iinclude -Itests/lib
LIB_SAN		:= -fsanitize=address,undefined -fno-sanitize-recover=all \
		   -fno-omit-frame-pointer
LIB_UNITS	:= test_text

.PHONY: lib-unit lib-clean

$(LIB_BUILD)/test_text: tests/lib/test_text.c include/nfh_text.h \
		include/nfh_env.h tests/lib/check.h
	@mkdir -p $(LIB_BUILD)
	$(LIB_CC) -O1 -g $(LIB_WARN) $(LIB_SAN) -o $@ $<

lib-unit: $(addprefix $(LIB_BUILD)/,$(LIB_UNITS))
	@sh tests/lib/run_units.sh $(LIB_BUILD) $(LIB_UNITS)

lib-clean:
	rm -rf $(LIB_BUILD)
