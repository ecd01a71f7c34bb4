# Every target sets up what it needs: a fresh machine needs only python3 (3.11+) and make.
PYTHON ?= python3
BOOT   := .tools
UV     := $(BOOT)/bin/uv
VENV   := .venv
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy
RUN    := $(UV) run --frozen --no-sync
# The suite runs on every core (at most four: each worker starts its own servers and Qt).
# PYTEST_WORKERS= (empty) runs it in one process.
PYTEST_WORKERS ?= -n auto --maxprocesses 4 --dist worksteal

.PHONY: run test soak lint format bench screenshots installer clean env translations update-translations

# Qt Linguist sources (committed) compiled to the .qm files the app loads (not committed).
TRANSLATIONS := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

$(UV):
	$(PYTHON) -m venv $(BOOT)
	$(BOOT)/bin/pip install --quiet --disable-pip-version-check "uv==0.13.9"

$(VENV)/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --python $(PYTHON)
	touch $@

env: $(VENV)/.synced

run: env translations
	$(RUN) fieldclient

translations: $(TRANSLATIONS)

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.synced
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources after changing user-visible strings in fieldclient/ui, or the words of
# a record kind (QT_TRANSLATE_NOOP in fieldclient/domain/records).
update-translations: env
	$(VENV)/bin/pyside6-lupdate $$(git ls-files 'fieldclient/ui/*.py' 'fieldclient/ui/**/*.py' \
		'fieldclient/domain/records/*.py' 'fieldclient/domain/training/*.py' \
		'fieldclient/domain/reports/*.py' 'fieldclient/domain/roles.py') -ts $(wildcard resources/translations/*.ts) -no-obsolete

test: env
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) mypy
	QT_QPA_PLATFORM=offscreen $(RUN) pytest -m "not soak" -p no:cacheprovider $(PYTEST_WORKERS)

soak: env
	QT_QPA_PLATFORM=offscreen FIELDCLIENT_SOAK=1 $(RUN) pytest -m soak -p no:cacheprovider

lint: env
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) mypy

format: env
	$(RUN) ruff format .
	$(RUN) ruff check --fix .

bench: env
	$(RUN) python -m bench

screenshots: env translations
	QT_QPA_PLATFORM=offscreen $(RUN) python -m fieldclient.ui.screenshots docs/screenshots

# INSTALLER_ARGS="--onefile --report" adds the one-file variant and writes the sizes to the docs.
installer: env
	$(UV) sync --frozen --python $(PYTHON) --group installer
	$(RUN) python installer/build.py $(INSTALLER_ARGS)

clean:
	rm -rf $(BOOT) $(VENV) build dist installer/build installer/dist
