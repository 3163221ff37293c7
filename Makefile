# Makefile — smesim.  `make` builds build/smesim; `make run` runs the built-in
# default (the bundled SGEMM kernel); `make test` runs every test that fits in
# a few minutes (unit tests also under ASan/UBSan); `make check-long` the long
# suites; `make bench` the benchmarks; `make clean`.
# Missing Debian packages are installed by scripts/install-deps on demand.

BUILD   := build
GEN     := $(BUILD)/gen
CC      ?= cc
PYTHON  ?= python3

CSTD     := -std=c11 -D_POSIX_C_SOURCE=200809L
WARN     := -Wall -Wextra -Werror -Wno-format-truncation
CFLAGS   ?= -O2 -g
DEPFLAGS  = -MMD -MP
INCLUDES := -I. -I$(GEN)
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

# Library flags come from pkg-config once the packages are there.
ifeq ($(filter clean help,$(MAKECMDGOALS)),)
-include $(BUILD)/config.mk
endif
PKGS := capstone sdl2 SDL2_image libzstd jansson yaml-0.1

$(BUILD)/config.mk: scripts/install-deps
	@scripts/install-deps build
	@mkdir -p $(BUILD)
	@{ echo "PKG_CFLAGS := $$(pkg-config --cflags $(PKGS))"; \
	   echo "PKG_LIBS := $$(pkg-config --libs $(PKGS)) -lm"; } > $@.tmp && mv $@.tmp $@

ALL_CFLAGS = $(CSTD) $(WARN) $(CFLAGS) $(DEPFLAGS) $(INCLUDES) $(PKG_CFLAGS)

# ---- sources
DECODE_FILES := $(sort $(wildcard decode/isa/*.decode))
GEN_PY       := decode/decodegen.py $(wildcard decode/gen/*.py)
GEN_DEFS     := decode/kinds.def decode/features.def decode/classes.def
GEN_SRCS     := $(GEN)/decode_tree.c $(GEN)/tables.c $(GEN)/embedded.c
GEN_HDRS     := $(GEN)/insn_list.h $(GEN)/args.h
LIB_SRCS     := $(wildcard decode/*.c sim/*.c sim/exec/*.c sim/timing/*.c sim/cli/*.c \
                   traces/*.c visual/*.c)
LIB_SRCS     := $(filter-out sim/main.c,$(LIB_SRCS)) $(GEN_SRCS)
LIB_OBJS     := $(patsubst %.c,$(BUILD)/obj/%.o,$(LIB_SRCS:$(BUILD)/%=%))
ASAN_OBJS    := $(patsubst %.c,$(BUILD)/asan/%.o,$(LIB_SRCS:$(BUILD)/%=%))
UNIT_SRCS    := $(wildcard tests/unit/test_*.c)
UNIT_BINS    := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRCS))
ASAN_BINS    := $(patsubst tests/unit/%.c,$(BUILD)/tests/asan_%,$(UNIT_SRCS))

.PHONY: all run test check-long bench clean help test-unit test-asan test-gen \
        test-oracle test-cli deps-test test-build test-suites
.DEFAULT_GOAL := all

all: $(BUILD)/smesim

help:
	@sed -n '1,6p' Makefile | sed 's/^# \{0,1\}//'

# ---- generated tables
$(GEN)/.stamp: $(DECODE_FILES) $(GEN_DEFS) $(GEN_PY) $(BUILD)/config.mk
	@mkdir -p $(GEN)
	$(PYTHON) decode/decodegen.py --kinds decode/kinds.def --out $(GEN) $(DECODE_FILES)
	@touch $@
$(GEN)/decode_tree.c $(GEN)/tables.c $(GEN_HDRS) $(GEN)/sweep.txt: $(GEN)/.stamp ;

# the built-in default machine and kernel, compiled into the binary
EMBEDDED := smesim_default_machine_yaml=configs/default.yaml \
            smesim_default_kernel_s=traces/kernels/sgemm_f32.s
$(GEN)/embedded.c: scripts/embed.py configs/default.yaml traces/kernels/sgemm_f32.s | $(GEN)/.stamp
	$(PYTHON) scripts/embed.py $@ $(EMBEDDED)

# ---- objects (generated sources live under build/gen; their objects too)
$(BUILD)/obj/%.o: %.c | $(GEN)/.stamp
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@
$(BUILD)/obj/gen/%.o: $(GEN)/%.c | $(GEN)/.stamp
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@
$(BUILD)/asan/%.o: %.c | $(GEN)/.stamp
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O1 $(SANFLAGS) -c $< -o $@
$(BUILD)/asan/gen/%.o: $(GEN)/%.c | $(GEN)/.stamp
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O1 $(SANFLAGS) -c $< -o $@

$(BUILD)/libsmesim.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^
$(BUILD)/libsmesim_asan.a: $(ASAN_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/smesim: $(BUILD)/obj/sim/main.o $(BUILD)/libsmesim.a
	$(CC) $(CFLAGS) -o $@ $^ $(PKG_LIBS)
$(BUILD)/smesim_asan: $(BUILD)/asan/sim/main.o $(BUILD)/libsmesim_asan.a
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $^ $(PKG_LIBS)

# ---- the main job: the bundled kernel on the default machine
run: $(BUILD)/smesim
	@mkdir -p $(BUILD)/out
	$(BUILD)/smesim run --png $(BUILD)/out/za.png

# ---- tests
deps-test:
	@scripts/install-deps test

# build everything in parallel, then run the suites one after another
test: deps-test
	@$(MAKE) --no-print-directory test-build
	@$(MAKE) --no-print-directory test-suites
	@echo "make test: all passed"

test-build: $(BUILD)/smesim $(BUILD)/smesim_asan $(UNIT_BINS) $(ASAN_BINS) $(GEN)/sweep.txt

RUN_UNIT = set -e; for t in $(UNIT_BINS); do echo "== $$t"; $$t; done
RUN_ASAN = set -e; for t in $(ASAN_BINS); do echo "== $$t (ASan/UBSan)"; \
	  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 $$t; done
RUN_GEN = $(PYTHON) tests/gen/test_decodegen.py
# the floor of llvm_random's coverage rises as decode/isa/ grows (issue: every encoding)
RANDOM_FLOOR := 1
RUN_ORACLE = $(PYTHON) tests/oracle/llvm_sweep.py $(BUILD)/smesim $(GEN)/sweep.txt && \
	  $(PYTHON) tests/oracle/llvm_random.py $(BUILD)/smesim --min-coverage $(RANDOM_FLOOR) && \
	  $(PYTHON) tests/oracle/llvm_objdump.py $(BUILD)/smesim && $(PYTHON) tests/oracle/capstone_check.py $(BUILD)/smesim && \
	  sh tests/oracle/qemu_kernel.sh $(BUILD)/smesim
RUN_CLI = sh tests/cli/run_all.sh $(BUILD)/smesim $(BUILD)/smesim_asan

test-suites:
	$(RUN_GEN)
	@$(RUN_UNIT)
	@$(RUN_ASAN)
	$(RUN_ORACLE)
	$(RUN_CLI)

# each suite on its own
test-gen: $(GEN)/.stamp
	$(RUN_GEN)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/harness.h $(BUILD)/libsmesim.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(BUILD)/libsmesim.a $(PKG_LIBS) -lcmocka
$(BUILD)/tests/asan_%: tests/unit/%.c tests/unit/harness.h $(BUILD)/libsmesim_asan.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O1 $(SANFLAGS) -o $@ $< $(BUILD)/libsmesim_asan.a $(PKG_LIBS) -lcmocka

test-unit: $(UNIT_BINS)
	@$(RUN_UNIT)
test-asan: $(ASAN_BINS)
	@$(RUN_ASAN)
test-oracle: $(BUILD)/smesim $(GEN)/sweep.txt
	$(RUN_ORACLE)
test-cli: $(BUILD)/smesim $(BUILD)/smesim_asan
	$(RUN_CLI)

check-long: deps-test $(BUILD)/smesim $(BUILD)/tests/test_roundtrip
	sh tests/long/run_all.sh $(BUILD)/smesim $(BUILD)/tests/test_roundtrip

$(BUILD)/bench/disasm_speed: bench/disasm_speed.c $(BUILD)/libsmesim.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(BUILD)/libsmesim.a $(PKG_LIBS)

bench: deps-test $(BUILD)/smesim $(BUILD)/bench/disasm_speed $(GEN)/sweep.txt
	sh bench/run_all.sh $(BUILD)/smesim $(BUILD)/bench/disasm_speed $(GEN)/sweep.txt

clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD)/obj $(BUILD)/asan $(BUILD)/tests -name '*.d' 2>/dev/null)
