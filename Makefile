# The two commands a newcomer needs: `make run` and `make test`. Only Python 3.11+ is required.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test bench screenshots audit lint format messages clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (found: $$($(PYTHON) --version))."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.run-deps: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-deps: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.run-deps

run: $(VENV)/.run-deps
	$(PY) manage.py compile_catalogs
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py setup_roles
	$(PY) manage.py ensure_admin
	@echo "Site: http://$(HOST):$(PORT)/  Admin: http://$(HOST):$(PORT)/admin/"
	@echo "Sign in with a login printed above. Two-step verification is optional here (cms.settings.dev),"
	@echo "required in production for accounts that publish or manage users: docs/security.md"
	@# The worker runs background tasks and scheduled publishing, as in production;
	@# it stops with the site (Ctrl+C).
	$(PY) manage.py worker --no-reload & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.dev-deps
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py compile_catalogs
	$(PY) -m pytest $(PYTEST_ARGS)

# Seeds var/bench/ once (10,000 news and 200 projects per language), then prints renders,
# lists at 1× and 10× and req/s (docs/demo.md). BENCH_ARGS="--news 500 --no-http" for a quick run.
bench: $(VENV)/.run-deps
	$(PY) manage.py compile_catalogs
	CMS_VAR_DIR=var/bench DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py migrate --noinput -v0
	CMS_VAR_DIR=var/bench DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py load_demo -v0 > /dev/null
	CMS_VAR_DIR=var/bench DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py bench $(BENCH_ARGS)

# Every public page type at 390 and 1280 px in both languages, checked and saved to var/screenshots/.
screenshots: $(VENV)/.dev-deps
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py compile_catalogs
	$(PY) -m pytest tests/browser/test_public_pages_browser.py -p no:randomly
	@echo "Screenshots: var/screenshots/"

# Lighthouse on every public page type in both languages (needs `npm ci` in tools/audit).
audit: $(VENV)/.dev-deps
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py compile_catalogs
	$(PY) -m pytest tests/browser/test_lighthouse_browser.py -p no:randomly

lint: $(VENV)/.dev-deps
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates translations/templates

format: $(VENV)/.dev-deps
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates translations/templates

# Needs GNU gettext (xgettext). Then translate the new entries in locale/*/LC_MESSAGES/django.po.
messages: $(VENV)/.run-deps
	$(PY) manage.py makemessages -l it -l fr --ignore=.venv --ignore=var --ignore=tests --no-obsolete

clean:
	rm -rf $(VENV) var
