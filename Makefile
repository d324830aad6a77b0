# Makefile: libquotecast (static + shared), the quotecast CLI, tests, fuzzers, benchmarks.
# Plain GNU make. `make demo` and `make test` install missing Debian packages first.

BUILD    ?= build
CC       ?= cc
PREFIX   ?= /usr/local
DATADIR  ?= $(PREFIX)/share/quotecast
VERSION  := 0.1.0
PKGS     := espeak-ng sndfile libebur128 libxml-2.0 libcurl jansson soxr

OPT      ?= -O2 -g
WARN     := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wformat=2 -Wvla -Wpointer-arith -Wcast-qual -Wundef
ifeq ($(WERROR),1)
WARN     += -Werror
endif
ifeq ($(SAN),1)
OPT      := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
endif
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# libcurl is dlopen()ed for URLs only (fetch.c): its headers are used, it is not linked.
PKG_LIBS   = $(shell pkg-config --libs $(filter-out libcurl,$(PKGS)) 2>/dev/null) -lstemmer -lm -ldl
CFLAGS   += -std=c11 $(OPT) $(WARN) -fPIC -pthread
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude -Isrc/lib \
            -DQC_DATADIR='"$(DATADIR)"' $(PKG_CFLAGS)
LDFLAGS  += $(filter -fsanitize=%,$(OPT)) -pthread

LIB_SRC  := $(sort $(wildcard src/lib/*.c))
LIB_OBJ  := $(LIB_SRC:src/lib/%.c=$(BUILD)/obj/%.o)
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
CLI_OBJ  := $(CLI_SRC:src/cli/%.c=$(BUILD)/obj/cli/%.o)
TEST_SRC := $(sort $(wildcard tests/test_*.c))
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))
BENCH_SRC:= $(sort $(wildcard bench/*.c))
BENCH_BIN:= $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%)

.PHONY: all deps demo test test-san check-valgrind check-quotes bench fuzz install uninstall clean

all: $(BUILD)/quotecast $(BUILD)/libquotecast.a $(BUILD)/libquotecast.so

deps:
	@scripts/install-deps.sh

$(BUILD)/obj/%.o: src/lib/%.c $(wildcard src/lib/*.h include/quotecast/*.h) | $(BUILD)/obj
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(BUILD)/obj/cli/%.o: src/cli/%.c include/quotecast/quotecast.h | $(BUILD)/obj/cli
	$(CC) -Iinclude -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(CFLAGS) -c $< -o $@

$(BUILD)/libquotecast.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/libquotecast.so: $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,libquotecast.so.0 $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

# The CLI links the static library and sees only include/.
$(BUILD)/quotecast: $(CLI_OBJ) $(BUILD)/libquotecast.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libquotecast.a $(PKG_LIBS)

$(BUILD)/tests/%: tests/%.c tests/check.h $(wildcard tests/*.h) $(BUILD)/libquotecast.a | $(BUILD)/tests
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(BUILD)/libquotecast.a $(PKG_LIBS) $(LDFLAGS)

$(BUILD)/bench/%: bench/%.c $(BUILD)/libquotecast.a | $(BUILD)/bench
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(BUILD)/libquotecast.a $(PKG_LIBS) $(LDFLAGS)

$(BUILD)/obj $(BUILD)/obj/cli $(BUILD)/tests $(BUILD)/bench:
	mkdir -p $@

demo: deps
	@$(MAKE) -s --no-print-directory all
	@scripts/demo.sh $(BUILD)

test: deps
	@$(MAKE) -s --no-print-directory all tests
	@tests/run.sh $(BUILD)

tests: $(TEST_BIN)

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer.
test-san: deps
	@$(MAKE) -s --no-print-directory BUILD=build-san SAN=1 all tests
	@QC_SANITIZED=1 ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  tests/run.sh build-san

check-valgrind: all
	@scripts/valgrind-seed.sh $(BUILD)

# The quote finder on our own hand-written articles (tests/data/quotes): a measure, not a pass/fail test.
check-quotes: all
	@for f in tests/data/quotes/cases*.jsonl; do printf '%s: ' "$$f"; \
	  python3 tests/check_quotes_data.py $(BUILD)/quotecast --cases $$f --quiet | tail -n 1; done
	@echo "== the same articles flattened into one block (no paragraph breaks)"
	@for f in tests/data/quotes/cases*.jsonl; do printf '%s: ' "$$f"; \
	  python3 tests/check_quotes_data.py $(BUILD)/quotecast --cases $$f --quiet --flatten | tail -n 1; done

bench: deps
	@scripts/install-deps.sh --bench
	@$(MAKE) --no-print-directory all $(BENCH_BIN)
	@bench/run.sh $(BUILD)

# libFuzzer targets (clang); each parser has one. Run: make fuzz && build-fuzz/fuzz_clean -max_total_time=60
fuzz:
	@mkdir -p build-fuzz
	@for f in $(FUZZ_SRC); do n=$$(basename $$f .c); \
	  clang -g -O1 -fsanitize=fuzzer,address,undefined -pthread $(CPPFLAGS) -std=c11 -o build-fuzz/$$n $$f $(LIB_SRC) $(PKG_LIBS) \
	  && echo "built build-fuzz/$$n"; done

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include/quotecast $(DESTDIR)$(DATADIR)/voices
	install -m 755 $(BUILD)/quotecast $(DESTDIR)$(PREFIX)/bin/quotecast
	install -m 644 $(BUILD)/libquotecast.a $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(BUILD)/libquotecast.so $(DESTDIR)$(PREFIX)/lib/libquotecast.so.0
	install -m 644 include/quotecast/*.h $(DESTDIR)$(PREFIX)/include/quotecast/
	install -m 644 voices/* $(DESTDIR)$(DATADIR)/voices/

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/quotecast $(DESTDIR)$(PREFIX)/lib/libquotecast.* \
	  $(DESTDIR)$(PREFIX)/include/quotecast $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-san build-fuzz out
