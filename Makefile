# ssi - Social Selling Index calculator.  See README.md.
.SUFFIXES:

PREFIX    ?= /usr/local
MANPREFIX ?= $(PREFIX)/share/man
# where the shells look for completions (ssi completion bash|zsh|fish)
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d
DESTDIR   ?=
CC        ?= cc
# -O3: ssi batch is 7% faster than with -O2 on 1M numeric rows (BENCH.md)
CFLAGS    ?= -O3 -g
# -fno-math-errno: sqrt becomes one instruction (ssi never reads errno of libm)
WFLAGS     = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -fno-math-errno -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
PKGS       = libcjson libzip
DEPS_CFLAGS = $$(pkg-config --cflags $(PKGS) 2>/dev/null)
DEPS_LIBS   = $$(pkg-config --libs $(PKGS) 2>/dev/null || echo -lcjson -lzip) -lcsv -lm -pthread
ALL_CFLAGS = $(WFLAGS) -Iinclude $(CFLAGS)
# The library's public headers are include/ssi/ (included as "ssi/NAME.h"),
# its private ones sit beside their .c (included as "NAME.h" from the same
# folder, "LAYER/NAME.h" from another): only the library, the unit tests and
# the fuzz targets see src/, the front end (src/cli) sees include/ alone.
PRIV       = -Isrc
# -MMD -MP: each object notes the headers it read in a .d file beside it
DEPFLAGS   = -MMD -MP

# Where objects go: make sanitize builds the same tree into build-san.
B ?= build
BIN ?= ssi

# The library: every layer under src/ but the front end (src/cli).
LAYERS = util core in in/linkedin text out
FRONT  = $(wildcard src/cli/*.c)
LIBSRC = $(foreach d,$(LAYERS),$(wildcard src/$(d)/*.c))
LIBOBJ = $(LIBSRC:src/%.c=$(B)/%.o)
FRONTOBJ = $(FRONT:src/%.c=$(B)/%.o)
UNIT_SRC = $(wildcard tests/unit/*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
FUZZ_SRC = $(wildcard tests/fuzz/*.c)
FUZZ_BIN = $(FUZZ_SRC:tests/fuzz/%.c=build-fuzz/%)
FUZZ_SECONDS ?= 60
SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

# Debian packages the build needs (checked, installed when missing).
APT_PKGS = libcjson-dev libcsv-dev libzip-dev pkg-config libxml2-utils
# and the ones the browser checks need (make check-browser, make screenshot)
BROWSER_PKGS = chromium poppler-utils python3

all: ssi

$(BIN): $(B)/libssi.a $(FRONTOBJ)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(FRONTOBJ) $(B)/libssi.a $(DEPS_LIBS)

$(B)/libssi.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(LIBOBJ): INC = $(PRIV)
$(FRONTOBJ): INC =

# Makefile too: a change of flags or of where headers live rebuilds every
# object, also those built before they had a .d file to say what they read.
$(B)/%.o: src/%.c Makefile
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(INC) $(DEPFLAGS) $(DEPS_CFLAGS) -c -o $@ $<

$(B)/tests/%: tests/unit/%.c $(B)/libssi.a Makefile
	@mkdir -p $(B)/tests
	$(CC) $(ALL_CFLAGS) $(PRIV) $(DEPFLAGS) -MF $@.d -MT $@ $(DEPS_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libssi.a $(DEPS_LIBS)

-include $(LIBOBJ:.o=.d) $(FRONTOBJ:.o=.d) $(UNIT_BIN:=.d) $(FUZZ_BIN:=.d)

# Install the missing Debian packages (as root), or say the command to run.
deps:
	@missing=""; for p in $(APT_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; } \
	      || { echo "apt-get install$$missing failed" >&2; exit 1; }; \
	  else \
	    echo "missing packages:$$missing"; \
	    echo "run: sudo apt-get install -y$$missing" >&2; exit 1; \
	  fi; \
	fi

demo: deps
	$(MAKE) ssi
	./ssi score data/examples/post-author.json
	./ssi batch data/examples/team.csv | head -n 6

check: deps
	$(MAKE) ssi units
	sh tests/run.sh

units: $(UNIT_BIN)

# The whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: deps
	$(MAKE) B=build-san BIN=build-san/ssi CFLAGS="$(SAN_FLAGS)" LDFLAGS="$(SAN_FLAGS)" build-san/ssi units
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  SSI_SANITIZE=1 SSI=build-san/ssi UNITS=build-san/tests sh tests/run.sh

# The CLI cases and unit tests under valgrind (no error, no definite leak).
valgrind: deps
	$(MAKE) ssi units
	VALGRIND="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite" \
	  sh tests/run.sh

# libFuzzer targets (clang), each run FUZZ_SECONDS; crashes land in fuzz-out/.
fuzz: deps
	$(MAKE) fuzz-build
	sh tests/fuzz/run.sh $(FUZZ_SECONDS)

fuzz-build:
	$(MAKE) B=build-fuzz BIN=build-fuzz/ssi CC=clang \
	  CFLAGS="-O1 -g -fsanitize=fuzzer-no-link,address,undefined" build-fuzz/libssi.a
	$(MAKE) $(FUZZ_BIN)

build-fuzz/%: tests/fuzz/%.c build-fuzz/libssi.a
	clang $(WFLAGS) -Iinclude $(PRIV) $(DEPFLAGS) -MF $@.d -MT $@ $(DEPS_CFLAGS) -O1 -g -fsanitize=fuzzer,address,undefined \
	  -o $@ $< build-fuzz/libssi.a $(DEPS_LIBS)

# The HTML pages in headless Chromium: PNG and PDF of score, rank, trend.
check-browser: deps
	$(MAKE) deps APT_PKGS="$(BROWSER_PKGS)"
	$(MAKE) ssi
	sh tests/browser/run.sh

# The README's picture: the score page of the bundled example.
screenshot: deps
	$(MAKE) deps APT_PKGS="$(BROWSER_PKGS)"
	$(MAKE) ssi
	mkdir -p doc
	sh tests/browser/shot.sh data/examples/post-author.json doc/score-example.png

bench: deps
	$(MAKE) ssi
	sh tests/bench/run.sh

# data/examples/NAME.expected.csv is what `ssi batch` prints for the example
# NAME.json, NAME.csv or NAME.zip, byte for byte (make check compares them:
# tests/cli/examples-expected).  Rewrite them after a change of the model or
# of the batch columns, on purpose, and say why in the commit.  NAME.options,
# when present, holds the options that example needs, one a line.
EXAMPLES = $(filter-out %.expected.csv,$(wildcard data/examples/*.json data/examples/*.csv data/examples/*.zip))
examples: ssi
	@for i in $(EXAMPLES); do \
	  e=$${i%.*}.expected.csv; \
	  o=$${i%.*}.options; opts=; [ -f "$$o" ] && opts=$$(cat "$$o"); \
	  ./ssi batch $$opts "$$i" > "$$e.tmp" && mv "$$e.tmp" "$$e" || { rm -f "$$e.tmp"; exit 1; }; \
	  echo "$$e"; \
	done

clean:
	rm -rf build build-san build-fuzz ssi

install: ssi
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1 \
	  $(DESTDIR)$(MANPREFIX)/man5 $(DESTDIR)$(MANPREFIX)/man7
	cp ssi $(DESTDIR)$(PREFIX)/bin/ssi
	cp ssi.1 $(DESTDIR)$(MANPREFIX)/man1/ssi.1
	cp ssi.5 $(DESTDIR)$(MANPREFIX)/man5/ssi.5
	cp ssi.7 $(DESTDIR)$(MANPREFIX)/man7/ssi.7
	mkdir -p $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) \
	  $(DESTDIR)$(FISHCOMPDIR)
	LC_ALL=C ./ssi --lang en completion bash > $(DESTDIR)$(BASHCOMPDIR)/ssi
	LC_ALL=C ./ssi --lang en completion zsh > $(DESTDIR)$(ZSHCOMPDIR)/_ssi
	LC_ALL=C ./ssi --lang en completion fish > $(DESTDIR)$(FISHCOMPDIR)/ssi.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/ssi $(DESTDIR)$(MANPREFIX)/man1/ssi.1 \
	  $(DESTDIR)$(MANPREFIX)/man5/ssi.5 $(DESTDIR)$(MANPREFIX)/man7/ssi.7 \
	  $(DESTDIR)$(BASHCOMPDIR)/ssi $(DESTDIR)$(ZSHCOMPDIR)/_ssi \
	  $(DESTDIR)$(FISHCOMPDIR)/ssi.fish

.PHONY: all deps demo check check-browser screenshot units sanitize valgrind fuzz fuzz-build bench examples clean install uninstall
