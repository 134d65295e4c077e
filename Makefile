# BIP Desk — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard translations/bipdesk_*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint lint-workflows typecheck bench clean translations translations-qm wheel dist release screenshots postgresql

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Compile the Swedish translation (pyside6-lrelease); *.qm is build output, not in git.
$(QM): $(TS) $(STAMP)
	$(BIN)/python tools/update_translations.py --release

translations-qm: $(QM)

## After changing texts in the UI: refresh translations/*.ts (lupdate) and compile them.
## Then translate what lupdate marked unfinished (pyside6-linguist translations/bipdesk_sv.ts).
translations: $(STAMP)
	$(BIN)/python tools/update_translations.py --all

## A wheel with the compiled translations inside (bipdesk/translations).
wheel: $(STAMP) $(QM)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m pip wheel --no-deps -w dist .

## The one-folder app (dist/bipdesk/) of installer/bipdesk.spec; try dist/bipdesk/bipdesk --self-check.
DIST_STAMP := $(VENV)/.dist-stamp
$(DIST_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/bipdesk.spec

## The Linux release (installer/linux/release.sh): `make dist`, self-check, the tarball,
## a silent install, self-check of the installed program, uninstall, SHA256SUMS-linux in
## dist/release/. Windows and macOS: installer/windows/release.ps1, installer/macos/release.sh.
release: $(DIST_STAMP)
	installer/linux/release.sh

## Start the desktop app on the default local database.
run: $(STAMP) $(QM)
	$(BIN)/bipdesk

## Lint, type-check and run the whole test suite headless.
test: $(STAMP) $(QM) postgresql lint lint-workflows
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

## The PostgreSQL server that the team database tests start for themselves
## (tests/postgres_server.py): apt-get installs it where it is missing.
postgresql:
	tools/ensure_postgresql.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

## The GitHub workflows against their schema and zizmor's security audits, offline;
## any finding fails (suppress one only with a `# zizmor: ignore[...]` and a reason).
lint-workflows: $(STAMP)
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/zizmor --offline --no-progress .github/workflows/

## The user guides' pictures (docs/images/{sv,en}/*.png) from the real app on demo data,
## offscreen; run after changing a window they show, then look at them and commit them.
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
