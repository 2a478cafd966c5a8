# The two commands a new user needs are `make run` and `make test`; everything else is for developers.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test install fonts browser lint bench assets demo migrate clean screens

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed fonts

# Debian's Noto fonts, so a pack's PDF prints Arabic, Ethiopic (Tigrinya, Amharic) and emoji, not empty boxes.
NOTO := /usr/share/fonts/truetype/noto
fonts:
	@if [ ! -f $(NOTO)/NotoSansEthiopic-Regular.ttf ] || [ ! -f $(NOTO)/NotoNaskhArabic-Regular.ttf ] || [ ! -f $(NOTO)/NotoColorEmoji.ttf ]; then \
		echo "Installing Debian's Noto fonts for the PDF packs (fonts-noto-core, fonts-noto-color-emoji)"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends fonts-noto-core fonts-noto-color-emoji >/dev/null; \
	fi

migrate: install
	$(FLASK) db upgrade

run: migrate
	@$(FLASK) demo
	@echo "Serving on http://127.0.0.1:5000  (Ctrl+C to stop)"
	@echo "Raw text older than the retention period is purged by: $(FLASK) retention purge (schedule it daily, see docs/deploy.md)"
	$(FLASK) run --host 127.0.0.1 --port 5000

# Debian's Chromium drives the browser tests; Playwright never downloads a browser here.
browser:
	@if [ ! -x $(CHROMIUM) ]; then \
		echo "Installing Debian's chromium for the browser tests"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium poppler-utils >/dev/null; \
	fi
	@command -v pdftotext >/dev/null || { if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null; }

test: install browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check participation tests benchmarks scripts
	$(BIN)/lint-imports

bench: install
	$(BIN)/python benchmarks/run_all.py

# Refresh the vendored front-end files in static/ (needs npm; see static/VENDORED.md).
assets:
	frontend/build.sh

demo: migrate
	$(FLASK) demo

clean:
	rm -rf $(VENV) instance .pytest_cache
