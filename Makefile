# vnportal — `make help` lists the targets.
SHELL := /bin/bash
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PG_URL ?= postgres://postgres@127.0.0.1:5432/vnportal
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help install run demo test test-sqlite test-postgres test-e2e lint format messages bench bench-search clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(STAMP): requirements/lock.txt
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements/lock.txt
	touch $(STAMP)

install: $(STAMP) ## Create the virtualenv and install the locked dependencies

node_modules/axe-core/axe.min.js: package.json
	npm ci --no-audit --no-fund --silent

run: install ## Migrate, load the demo province and serve http://127.0.0.1:8000 (SQLite, no other server)
	$(BIN)/python manage.py migrate --noinput -v0
	$(BIN)/python manage.py load_demo
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: /admin/, component portals e.g. /xa-ba-to/)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

demo: install ## Load (or refresh) the demo province only
	$(BIN)/python manage.py migrate --noinput -v0
	$(BIN)/python manage.py load_demo

test: install node_modules/axe-core/axe.min.js ## The whole suite: SQLite, then PostgreSQL + Redis when they answer on 127.0.0.1
	$(MAKE) --no-print-directory test-sqlite
	@if $(BIN)/python -c "import psycopg,sys; psycopg.connect('$(PG_URL)'.rsplit('/',1)[0]+'/postgres', connect_timeout=3).close()" 2>/dev/null; then \
	  $(MAKE) --no-print-directory test-postgres; \
	else echo "PostgreSQL not reachable on 127.0.0.1:5432: PostgreSQL run skipped"; fi

test-sqlite: install ## Unit, integration and browser tests on SQLite
	$(BIN)/python -m pytest -q -p no:cacheprovider -n auto -m "not e2e" vnportal
	$(BIN)/python -m pytest -q -p no:cacheprovider -m e2e e2e

test-postgres: install ## Unit and integration tests on PostgreSQL (+ Redis cache when it answers)
	REDIS=$$(redis-cli -h 127.0.0.1 ping 2>/dev/null | grep -q PONG && echo redis://127.0.0.1:6379/15 || true); \
	DATABASE_URL=$(PG_URL) REDIS_URL=$$REDIS $(BIN)/python -m pytest -q -p no:cacheprovider -n auto -m "not e2e" vnportal

test-e2e: install node_modules/axe-core/axe.min.js ## Browser tests only (Playwright + Debian chromium + axe-core)
	$(BIN)/python -m pytest -q -p no:cacheprovider -m e2e e2e

lint: install ## ruff check + format check + Django checks + migrations check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run -v0

format: install ## Format the code
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: install ## Update and compile the translation catalogues
	cd vnportal && ../$(BIN)/python ../manage.py makemessages -l en -l vi && ../$(BIN)/python ../manage.py compilemessages

bench: install ## Benchmarks (see bench/README.md); writes bench/results/
	$(BIN)/python bench/run.py
	$(MAKE) --no-print-directory bench-search
	$(BIN)/python bench/registries.py $(REGISTRIES_BENCH_ARGS)

SEARCH_PEER_STATE ?= /var/tmp/peer-wordpress-200k
SEARCH_PEER_PORT ?= 8082
SEARCH_PEER_POSTS ?= 200000

bench-search: install ## Search over 200,000 posts, beside a WordPress peer holding the same posts (PostgreSQL)
	WP_PEER_STATE=$(SEARCH_PEER_STATE) WP_PORT=$(SEARCH_PEER_PORT) WP_POSTS=$(SEARCH_PEER_POSTS) \
	  bash ../shared/peers/wordpress/setup.sh
	$(BIN)/python bench/search.py --peer $(SEARCH_PEER_STATE) --peer-port $(SEARCH_PEER_PORT) $(SEARCH_BENCH_ARGS)

clean: ## Remove the virtualenv and local data
	rm -rf $(VENV) var node_modules
