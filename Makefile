# Briefing: pelican-quickstart style targets. `make html` and `make test` are all the set-up needed.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican
SEEDS ?= seeds
OUTPUT ?= output
CONF := pelican.conf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000
BIND ?= 127.0.0.1
CORPUS ?= ../shared/corpus/dev
N ?= 1000
export SEEDS
export PYTHONPATH := plugins

.PHONY: html clean regenerate serve devserver publish test eval bench actors lock venv

# The venv is rebuilt whenever the lock file changes.
$(BIN)/.installed: constraints.txt pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --no-deps -r constraints.txt
	$(BIN)/python -m pip check
	# Put plugins/ on the venv's path, so `.venv/bin/python -m briefing ...` and `.venv/bin/pelican` work anywhere.
	$(BIN)/python -c 'import site, sys; open(site.getsitepackages()[0] + "/briefing-plugins.pth", "w").write(sys.argv[1] + "\n")' "$(CURDIR)/plugins"
	touch $@

venv: $(BIN)/.installed

html: venv
	$(BIN)/python -m briefing_site build --settings $(CONF) --seeds $(SEEDS) --output $(OUTPUT)

publish: venv
	$(BIN)/python -m briefing_site build --settings $(PUBLISHCONF) --seeds $(SEEDS) --output $(OUTPUT) $(if $(SITEURL),--siteurl $(SITEURL))

clean:
	rm -rf $(OUTPUT) cache

regenerate: venv
	$(BIN)/python -m briefing_site devserver --settings $(CONF) --seeds $(SEEDS) --output $(OUTPUT) --no-serve

serve: venv
	$(BIN)/python -m briefing_site serve --output $(OUTPUT) --bind $(BIND) --port $(PORT)

devserver: venv
	$(BIN)/python -m briefing_site devserver --settings $(CONF) --seeds $(SEEDS) --output $(OUTPUT) --bind $(BIND) --port $(PORT)

AXE_VERSION := 4.14.1
# axe-core (npm) for the browser tests' accessibility checks; without npm those tests skip, loudly.
$(VENV)/axe/node_modules/axe-core/axe.min.js:
	-command -v npm >/dev/null && npm install --silent --no-save --prefix $(VENV)/axe axe-core@$(AXE_VERSION)

test: venv $(VENV)/axe/node_modules/axe-core/axe.min.js
	$(BIN)/python -m pytest

eval: venv
	$(BIN)/python -m briefing_site eval $(CORPUS)

bench: venv
	$(BIN)/python -m briefing_site.bench --n $(N)

actors: venv
	$(BIN)/python -m briefing actors $(SEEDS)

# Re-resolve the pinned set (needs the registries); commit the new constraints.txt.
lock:
	rm -rf .lock-venv && $(PY) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet ".[test]" && .lock-venv/bin/pip freeze --exclude briefing > constraints.txt
	rm -rf .lock-venv
