# Two commands matter: `make site` builds the site, `make test` runs every check.
# Each one sets up what it needs on a fresh Debian machine (venv, pip, apt, npm).
SHELL := /bin/bash
.DEFAULT_GOAL := site

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export PYTHONHASHSEED ?= 0
export NO_MKDOCS_2_WARNING := 1

.PHONY: debian-deps site docs check-docs test test-fast serve audit bench fuzz mutants lock system-deps node-deps zensical zensical-site clean FORCE

# Every Python package, direct and transitive, is pinned with its hashes in a
# lock file (`make lock` writes them from pyproject.toml). pip refuses anything
# whose hash differs; the project itself is then installed without deps.
LOCK := requirements/test.txt
MUTANTS_LOCK := requirements/mutants.txt
ZENSICAL_LOCK := requirements/zensical.txt

$(STAMP): $(LOCK) pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The generator runs only when its inputs changed: the essay and its companion
# files, the generator's code, mkdocs.yml (its Markdown setup) or the site URL
# (robots.txt and the cards name it). Otherwise `make site` costs what a bare
# `mkdocs build` costs. A hand-edited docs/ is caught by `make check-docs`.
GENERATOR_INPUTS := $(wildcard seeds/*) scripts/build_docs.py $(shell find scripts/essay_site -name '*.py') mkdocs.yml

# The placeholder in mkdocs.yml; the Pages workflow sets SITE_URL instead.
PLACEHOLDER_URL := https://example.github.io/essay-site/
SITE_URL_STAMP := .cache/site-url

# Rewritten only when SITE_URL changes, so that only then is docs/ regenerated.
$(SITE_URL_STAMP): FORCE
	@mkdir -p $(@D)
	@echo "$${SITE_URL:-}" | cmp -s - $@ || echo "$${SITE_URL:-}" > $@

docs: docs/.manifest.json

docs/.manifest.json: $(STAMP) $(GENERATOR_INPUTS) $(SITE_URL_STAMP) | debian-deps
	$(PY) scripts/build_docs.py
	touch $@

# The committed docs/ is what the generator makes of the committed inputs.
# `make test` runs this first, before anything could regenerate docs/.
check-docs: $(STAMP) | debian-deps
	$(PY) scripts/build_docs.py --check --quiet

site: docs
	$(VENV)/bin/mkdocs build --strict --site-dir site
	@if [ "$${SITE_URL:-$(PLACEHOLDER_URL)}" = "$(PLACEHOLDER_URL)" ]; then \
	  echo "note: site_url is the placeholder $(PLACEHOLDER_URL); the Pages workflow sets the real one (SITE_URL), see README"; \
	fi

serve: $(STAMP)
	$(VENV)/bin/mkdocs serve

# Debian packages, installed only when missing: what the generator needs
# (for `make site` on a fresh machine or in the Pages build job), then, under
# system-deps, what the browser and HTML checks need.
APT_INSTALL = SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends

# The fonts the social cards are drawn with: DejaVu for Latin, Greek and
# Cyrillic; Noto for the other scripts, CJK included; FriBiDi, which Pillow's
# Raqm layout needs to set Arabic, Hebrew and Indic text. And Voikko with its
# Finnish dictionary, which reads Finnish words for the glossary.
debian-deps:
	@missing=""; \
	test -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf || missing="$$missing fonts-dejavu-core"; \
	test -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc || missing="$$missing fonts-noto-cjk"; \
	test -f /usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf || missing="$$missing fonts-noto-core"; \
	/sbin/ldconfig -p | grep -q 'libfribidi\.so\.0' || missing="$$missing libfribidi0"; \
	/sbin/ldconfig -p | grep -q 'libvoikko\.so\.1' || missing="$$missing libvoikko1"; \
	test -f /usr/lib/voikko/5/mor-standard/mor.vfst || missing="$$missing voikko-fi"; \
	if [ -n "$$missing" ]; then $(APT_INSTALL) $$missing; fi

system-deps: debian-deps
	@missing=""; \
	test -x /usr/bin/chromium || missing="$$missing chromium"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then $(APT_INSTALL) $$missing; fi

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

node-deps: node_modules/.installed

# Zensical, Material's successor, in a venv of its own (its pins differ from
# MkDocs'): the portability test builds the same mkdocs.yml and docs/ with it.
# A failed install fails `make test`; it is never turned into a skip.
ZENSICAL_VENV := .venv-zensical

$(ZENSICAL_VENV)/.installed: $(ZENSICAL_LOCK)
	test -x $(ZENSICAL_VENV)/bin/python || $(PYTHON) -m venv $(ZENSICAL_VENV)
	$(ZENSICAL_VENV)/bin/python -m pip install --quiet --require-hashes -r $(ZENSICAL_LOCK)
	touch $@

zensical: $(ZENSICAL_VENV)/.installed

# The same site built by Zensical, which runs no MkDocs hooks: the policy that
# scripts/csp_hook.py adds under MkDocs is added by scripts/add_csp.py, from
# our overrides and Zensical's own templates.
ZENSICAL_TEMPLATES = $(shell $(ZENSICAL_VENV)/bin/python -c 'import pathlib, zensical; print(pathlib.Path(zensical.__file__).parent / "templates")')

# mkdocs.yml names our slug function (scripts/essay_site/slugs.py, standard
# library only), so Zensical's Python finds it in scripts/.
zensical-site: docs zensical
	PYTHONPATH=scripts $(ZENSICAL_VENV)/bin/zensical build
	$(PY) scripts/add_csp.py site --templates overrides $(ZENSICAL_TEMPLATES)

# Everything, in this order: the committed docs/ first (before `site` could
# regenerate it), then the site the other checks read.
test: $(STAMP)
	$(MAKE) check-docs
	$(MAKE) site system-deps node-deps zensical
	$(PY) -m pytest

# The inner loop, under a minute: every test but the browser, the slow builds
# and vnu, and the property tests on 15 examples instead of 60.
test-fast: $(STAMP)
	$(MAKE) --no-print-directory site
	HYPOTHESIS_PROFILE=fast $(PY) -m pytest -q -m "not slow and not browser"

audit: site system-deps node-deps
	$(PY) scripts/audit.py

# BENCH_ARGS, e.g. --quick, --make-site-only, --no-browser (see scripts/bench/cli.py).
bench: $(STAMP)
	PYTHONPATH=scripts $(PY) -m bench $(BENCH_ARGS)

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest tests/test_properties.py

# Mutation testing of the generator (mutmut, its own optional extra and lock;
# settings in pyproject.toml [tool.mutmut]): which changes to
# scripts/essay_site/ no test notices. Slow; not in `make test`. MUTATE narrows
# it to mutant names, e.g. `make mutants MUTATE="essay_site.link.*"`.
MUTATE ?=
$(VENV)/.mutants-installed: $(STAMP) $(MUTANTS_LOCK)
	$(PY) -m pip install --quiet --require-hashes -r $(MUTANTS_LOCK)
	touch $@

mutants: $(VENV)/.mutants-installed
	ln -sfn scripts src
	$(VENV)/bin/mutmut run $(MUTATE); status=$$?; rm -f src; exit $$status
	$(VENV)/bin/mutmut results

# Regenerate the lock files from pyproject.toml and requirements/*.in with uv
# (itself installed from a hash-locked requirements/uv.txt). Existing pins are
# kept; `make lock UPGRADE=1` moves every package to its newest release.
LOCK_VENV := .venv-lock
UV := $(LOCK_VENV)/bin/uv
COMPILE = $(UV) pip compile --quiet --generate-hashes --universal --python-version 3.11.5 \
	--custom-compile-command "make lock" $(if $(UPGRADE),--upgrade)

$(LOCK_VENV)/.installed: requirements/uv.txt
	test -x $(LOCK_VENV)/bin/python || $(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/pip install --quiet --require-hashes -r requirements/uv.txt
	touch $@

lock: $(LOCK_VENV)/.installed
	$(COMPILE) pyproject.toml requirements/build.in --extra test -o $(LOCK)
	$(COMPILE) pyproject.toml requirements/build.in --extra test --extra mutants -c $(LOCK) -o $(MUTANTS_LOCK)
	$(COMPILE) requirements/zensical.in -o $(ZENSICAL_LOCK)
	$(COMPILE) requirements/uv.in -o requirements/uv.txt

clean:
	rm -rf site .cache screenshots audit/*.html mutants $(ZENSICAL_VENV) $(LOCK_VENV)
