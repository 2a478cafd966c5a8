# The two commands a new user needs are `make run` and `make test`; everything else is for developers.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test install fonts browser lint bench bench-scale nginx assets demo migrate clean screens translations

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
	PUBLIC_BASE_URL=$${PUBLIC_BASE_URL:-http://127.0.0.1:5000} $(FLASK) run --host 127.0.0.1 --port 5000

# Debian's Chromium drives the browser tests; Playwright never downloads a browser here.
browser:
	@if [ ! -x $(CHROMIUM) ]; then \
		echo "Installing Debian's chromium for the browser tests"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium poppler-utils fonts-noto-core >/dev/null; \
	fi
	@# Noto draws the Ethiopic (Tigrinya, Amharic) and Arabic-script pages; without it they show as empty boxes.
	@fc-list :lang=ti family | grep -q . || { if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; $$SUDO apt-get update -qq; DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends fonts-noto-core >/dev/null; }
	@command -v pdftotext >/dev/null || { if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null; }

# Two processes (pytest-xdist), each test file in one of them, each process with its own database:
# the suite's time is mostly Python and Chromium, so a 2-core machine runs it in about half the time.
TEST_WORKERS ?= 2
test: install browser
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check participation tests benchmarks scripts
	$(BIN)/lint-imports

bench: install
	$(BIN)/python benchmarks/run_all.py

# Debian's nginx for bench-scale; it runs from a config in a temporary folder, never the system's.
nginx:
	@if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then \
		echo "Installing Debian's nginx for bench-scale"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends nginx >/dev/null; \
	fi

# nginx on 127.0.0.1:8088 in front of two app instances (PostgreSQL database bench_scale, Redis database 5),
# an rq worker, 1,000 young people and one instance killed mid-run (benchmarks/bench_scale.py; SCALE_* to resize).
bench-scale: install nginx
	PATH="$$PATH:/usr/sbin" $(BIN)/python benchmarks/bench_scale.py

# Refresh the vendored front-end files in static/ (needs npm; see static/VENDORED.md).
assets:
	frontend/build.sh

# After changing words young people see (templates, prompt bank, help lines): gather them into the
# template, add new ones to every language's catalogue (untranslated: shown in English until written),
# and compile the .mo files the app reads. The .po and .mo files are committed, so a fresh clone runs.
translations: install
	PYTHONPATH=. $(BIN)/pybabel extract -F babel.cfg -k lazy_gettext -k _ --no-location --sort-output --omit-header \
		-o participation/translations/messages.pot .
	$(BIN)/pybabel update -i participation/translations/messages.pot -d participation/translations --no-fuzzy-matching --width 0
	$(BIN)/pybabel compile -d participation/translations --statistics

demo: migrate
	$(FLASK) demo

clean:
	rm -rf $(VENV) instance .pytest_cache
