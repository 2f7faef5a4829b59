# ssi - Social Selling Index calculator.  See README.md.
.SUFFIXES:

PREFIX    ?= /usr/local
MANPREFIX ?= $(PREFIX)/share/man
DESTDIR   ?=
CC        ?= cc
CFLAGS    ?= -O2 -g
WFLAGS     = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
PKGS       = libcjson libzip
DEPS_CFLAGS = $$(pkg-config --cflags $(PKGS) 2>/dev/null)
DEPS_LIBS   = $$(pkg-config --libs $(PKGS) 2>/dev/null || echo -lcjson -lzip) -lcsv -lm
ALL_CFLAGS = $(WFLAGS) -Iinclude $(CFLAGS)

# The library: everything but the front end.
FRONT  = src/main.c $(wildcard src/cmd_*.c)
LIBSRC = $(filter-out $(FRONT),$(wildcard src/*.c))
LIBOBJ = $(LIBSRC:src/%.c=build/%.o)
FRONTOBJ = $(FRONT:src/%.c=build/%.o)
HEADERS = $(wildcard include/*.h)
UNIT_SRC = $(wildcard tests/unit/*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=build/tests/%)

# Debian packages the build needs (checked, installed when missing).
APT_PKGS = libcjson-dev libcsv-dev libzip-dev pkg-config

all: ssi

ssi: build/libssi.a $(FRONTOBJ)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(FRONTOBJ) build/libssi.a $(DEPS_LIBS)

build/libssi.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

build/%.o: src/%.c $(HEADERS)
	@mkdir -p build
	$(CC) $(ALL_CFLAGS) $(DEPS_CFLAGS) -c -o $@ $<

build/tests/%: tests/unit/%.c build/libssi.a tests/unit/t.h $(HEADERS)
	@mkdir -p build/tests
	$(CC) $(ALL_CFLAGS) $(DEPS_CFLAGS) $(LDFLAGS) -o $@ $< build/libssi.a $(DEPS_LIBS)

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

bench: deps
	$(MAKE) ssi
	sh tests/bench/run.sh

clean:
	rm -rf build ssi

install: ssi
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1
	cp ssi $(DESTDIR)$(PREFIX)/bin/ssi
	cp ssi.1 $(DESTDIR)$(MANPREFIX)/man1/ssi.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/ssi $(DESTDIR)$(MANPREFIX)/man1/ssi.1

.PHONY: all deps demo check units bench clean install uninstall
