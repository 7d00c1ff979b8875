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

.PHONY: site docs test serve audit bench fuzz system-deps node-deps zensical clean

# Zensical, Material's successor, in a venv of its own: the portability test
# builds the same mkdocs.yml and docs/ with it. If it cannot be installed,
# that test is skipped with the reason.
ZENSICAL_VENV := .venv-zensical
ZENSICAL_VERSION := 0.0.73

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The generator runs when its inputs changed: the essay and its companion
# files, the generator's code, or mkdocs.yml (its Markdown setup). A hand-edited
# docs/ is caught by `build_docs.py --check` in the tests.
GENERATOR_INPUTS := $(wildcard seeds/* scripts/build_docs.py scripts/essay_site/*.py) mkdocs.yml

docs: docs/.manifest.json

docs/.manifest.json: $(STAMP) $(GENERATOR_INPUTS)
	$(PY) scripts/build_docs.py
	touch $@

site: docs
	$(VENV)/bin/mkdocs build --strict --site-dir site

serve: $(STAMP)
	$(VENV)/bin/mkdocs serve

# Debian packages the browser and HTML checks need; installed only when missing.
system-deps:
	@missing=""; \
	test -x /usr/bin/chromium || missing="$$missing chromium"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || missing="$$missing fonts-dejavu-core"; \
	test -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc || missing="$$missing fonts-noto-cjk"; \
	test -f /usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf || missing="$$missing fonts-noto-core"; \
	if [ -n "$$missing" ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends $$missing; \
	fi

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

node-deps: node_modules/.installed

$(ZENSICAL_VENV)/.installed:
	-test -x $(ZENSICAL_VENV)/bin/python || $(PYTHON) -m venv $(ZENSICAL_VENV)
	-$(ZENSICAL_VENV)/bin/python -m pip install --quiet zensical==$(ZENSICAL_VERSION) && touch $@

zensical: $(ZENSICAL_VENV)/.installed

test: site system-deps node-deps zensical
	$(PY) -m pytest

audit: site system-deps node-deps
	$(PY) scripts/audit.py

bench: $(STAMP)
	$(PY) scripts/bench.py

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest tests/test_properties.py

clean:
	rm -rf site .cache screenshots audit/*.html $(ZENSICAL_VENV)
