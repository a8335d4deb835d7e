# isslide_qgis: set-up, tests, demo, packaging. Every target installs what it needs and is
# idempotent: a second run does no reinstall work.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PLUGIN      := isslide_qgis
SYS_PYTHON  := /usr/bin/python3
VENV        := .venv
PY          := $(VENV)/bin/python
SETUP_STAMP := $(VENV)/.isslide-setup-done
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
QGIS_PROCESS := /usr/bin/qgis_process.bin
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
DIST        := dist
ZIP         := $(DIST)/$(PLUGIN).zip

# QGIS 3.40 LTR from Debian's bookworm-backports (3.22, Debian 12's own, is end of life): the
# same Python 3.11, so torch and numpy < 2 are unchanged. A 3.22 is upgraded in place.
QGIS_MIN      := 3.40
QGIS_PACKAGES := qgis python3-qgis qgis-providers
BACKPORTS_LIST := /etc/apt/sources.list.d/bookworm-backports.list
APT_PACKAGES := python3-gdal python3-rasterio python3-shapely \
	python3-scipy python3-skimage python3-matplotlib python3-venv python3-pip pyqt5-dev-tools qttools5-dev-tools \
	xvfb xauth zip unzip

PY_SOURCES := $(shell find $(PLUGIN) -name '*.py' -not -path '*/__pycache__/*' | sort)
TS_FILES   := i18n/$(PLUGIN)_en.ts i18n/$(PLUGIN)_fr.ts
QM_FILES   := $(TS_FILES:.ts=.qm)

.PHONY: help setup apt test-wheels test test-unit test-qgis demo screenshot weights evaluate compile transup transcompile package deploy clean

help:
	@echo "make demo     set everything up, then run the main job on the bundled sample"
	@echo "make screenshot  remake docs/review_dock.png (QGIS desktop under Xvfb)"
	@echo "make test     set everything up, then run the unit and QGIS test tiers"
	@echo "make weights  retrain the shipped models; make evaluate: held-out evaluation"
	@echo "make setup | transup | transcompile | package | deploy | clean"

## setup: Debian packages (only the missing ones), the .venv (only when requirements change)
## and the wheels of the installer's offline test (only when missing)
setup: apt $(SETUP_STAMP) test-wheels

apt:
	@if [ ! -f $(BACKPORTS_LIST) ] && ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then \
	  echo "Adding Debian bookworm-backports (QGIS $(QGIS_MIN))"; \
	  echo "deb http://deb.debian.org/debian bookworm-backports main" | $(SUDO) tee $(BACKPORTS_LIST) >/dev/null; \
	  $(SUDO) apt-get update; fi
	@have=$$(dpkg-query -W -f='$${Version}' qgis 2>/dev/null | sed 's/^[0-9]*://'); \
	if [ -z "$$have" ] || dpkg --compare-versions "$$have" lt $(QGIS_MIN); then \
	  echo "Installing QGIS >= $(QGIS_MIN) from bookworm-backports (found: $${have:-none})"; \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	    -t bookworm-backports $(QGIS_PACKAGES); \
	else echo "QGIS $$have: present"; fi
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	else echo "Debian packages: all present"; fi

$(SETUP_STAMP): requirements-dev.txt
	@[ -x $(PY) ] || $(SYS_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --disable-pip-version-check -r requirements-dev.txt
	@$(PY) -c "import numpy, torch, qgis.core, rasterio, shapely; assert int(numpy.__version__.split('.')[0]) < 2, numpy.__version__"
	@touch $@

# what `install detection` pulls for QGIS' Python, into .cache/wheels (tests install with --wheels)
test-wheels: $(SETUP_STAMP)
	$(PY) scripts/fetch_test_wheels.py --dest .cache/wheels

## tests: a unit tier without QGIS, then a QGIS tier with pytest-qgis (offscreen)
test: setup transcompile
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/unit -p no:qgis
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/qgis

test-unit: setup
	$(PY) -m pytest tests/unit -p no:qgis

test-qgis: setup transcompile
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/qgis

## demo: the main job, through the real command line (qgis_process) on the bundled data
demo: setup package
	QT_QPA_PLATFORM=offscreen $(PY) scripts/demo.py --zip $(ZIP) --output demo_output

## screenshot: the real QGIS desktop under Xvfb with the dock over the sample (docs/review_dock.png)
screenshot: setup package
	$(PY) scripts/screenshot.py --zip $(ZIP) --output docs/review_dock.png

## shipped models: retrain them (about an hour on 2 CPU cores) and evaluate them on held-out scenes
weights: setup
	$(PY) scripts/train_default_weights.py --output resources/models --jobs 2

evaluate: setup
	$(PY) scripts/evaluate_held_out.py --models resources/models --output docs/held_out_evaluation.json

## resources and translations
# Icons, styles and models are loaded from files (Qt6 has no pyrcc resource modules): the only
# build step is the translations. `compile` is kept as a name for it.
compile: transcompile

transup:
	pylupdate5 -noobsolete $(PY_SOURCES) -ts $(TS_FILES)

transcompile: $(QM_FILES)

i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

## packaging and deployment
package: transcompile
	$(SYS_PYTHON) scripts/build_package.py --output $(ZIP)

deploy: setup package
	$(SYS_PYTHON) scripts/deploy.py --zip $(ZIP) --profile "$(QGIS_PROFILE_DIR)" \
	  --packages "$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"

clean:
	rm -rf build $(DIST) demo_output .pytest_cache $(QM_FILES)
	find . -name __pycache__ -type d -not -path './$(VENV)/*' -prune -exec rm -rf {} +
