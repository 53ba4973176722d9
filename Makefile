# make run | make test | make demo | make bench | make notebook | make colab
# Each target creates .venv and installs the pinned requirements first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PROFILE ?= auto
PORT ?= 7860
NOTEBOOK := medical_chatbot_Assistant.ipynb
# papermill parameters for MODEL_ID / DATASET_ID, passed only when given (-r: as raw strings)
SOURCE_PARAMETERS = $(if $(MODEL_ID),-r MODEL_ID "$(MODEL_ID)") \
  $(if $(DATASET_ID),-r DATASET_ID "$(DATASET_ID)")
# Colab's published package list (the emulated Colab run and tests/test_colab.py read it).
COLAB_FREEZE ?= $(abspath ../shared/colab/pip-freeze.gpu.txt)
COLAB_PYTHON ?= python3.11
export COLAB_FREEZE

.PHONY: run test demo bench notebook readme browser colab clean

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	touch $(STAMP)

# Execute the notebook headless into runs/<timestamp>/ (PROFILE=auto|full|offline; MODEL_ID=
# and DATASET_ID= take Hub ids or local directories, which let PROFILE=full run without the Hub).
run: $(STAMP)
	@set -euo pipefail; out=runs/$$(date +%Y%m%d-%H%M%S); mkdir -p $$out; \
	echo "running $(NOTEBOOK) with PROFILE=$(PROFILE) into $$out"; \
	MEDCHAT_HEADLESS=1 $(BIN)/papermill --no-progress-bar --log-level ERROR $(NOTEBOOK) $$out/$(NOTEBOOK) \
	  -p PROFILE $(PROFILE) -p OUTPUT_DIR $$out $(SOURCE_PARAMETERS) \
	  2> >(tee $$out/papermill.log >&2) \
	  || { echo; grep -h -E "^(SetupError|MemoryError|RuntimeError|NonFiniteLossError)" \
	       $$out/papermill.log | tail -1; exit 1; }; \
	$(BIN)/python -c "import json,sys; r=json.load(open(sys.argv[1])); \
	print('PROFILE:', r['profile'].upper(), '(' + r['profile_reason'] + ')'); \
	print('selected:', r['selected_experiment'], '| test ROUGE-L base %.4f -> fine-tuned %.4f' \
	% (r['base_test']['rougeL'], r['finetuned_test']['rougeL']))" $$out/results.json; \
	echo "results: $$out/results.json, predictions.csv, figures and adapter/ in $$out"

# Unit tests, the whole notebook under nbval (offline profile) and the browser test.
# It fails if the suite changed any tracked file (git status before and after must agree).
test: $(STAMP) browser
	@before=$$(git status --porcelain 2>/dev/null); out=$$(mktemp -d); \
	MEDCHAT_HEADLESS=1 MEDCHAT_PROFILE=offline MEDCHAT_OUTPUT_DIR=$$out/run \
	$(BIN)/python -m pytest -q -p no:cacheprovider -W ignore::DeprecationWarning -W ignore::FutureWarning tests \
	  --nbval-lax --nbval-cell-timeout=900 $(NOTEBOOK) || exit $$?; \
	after=$$(git status --porcelain 2>/dev/null); \
	if [ "$$before" != "$$after" ]; then echo "make test changed files in the repository:"; \
	  diff <(echo "$$before") <(echo "$$after"); exit 1; fi

# Debian's Chromium for the Playwright test (Playwright's own browser download is blocked).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Serve the chat demo of the newest run on 127.0.0.1:$(PORT).
demo: $(STAMP)
	$(BIN)/python tests/notebook_lib.py demo --port $(PORT)

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

# The committed run: execute in place, refresh assets/ (figures, the chat screenshot of this
# run's app) and the README's results and figures, strip metadata. Offline unless PROFILE=full
# (a GPU with the Hub, or MODEL_ID= / DATASET_ID= local directories).
notebook: $(STAMP) browser
	rm -rf runs/committed
	MEDCHAT_HEADLESS=1 MEDCHAT_PROFILE=$(if $(filter full,$(PROFILE)),full,offline) \
	  MEDCHAT_MODEL_ID="$(MODEL_ID)" MEDCHAT_DATASET_ID="$(DATASET_ID)" MEDCHAT_REFRESH_ASSETS=1 \
	  MEDCHAT_OUTPUT_DIR=runs/committed $(BIN)/jupyter nbconvert --to notebook \
	  --execute --inplace --ExecutePreprocessor.timeout=1800 $(NOTEBOOK) \
	  --ExecutePreprocessor.kernel_name=python3
	$(BIN)/nbstripout --keep-output --keep-count --keep-id $(NOTEBOOK)  # ids: Colab's collapsed_sections
	$(BIN)/python tests/notebook_lib.py screenshot --run runs/committed
	$(BIN)/python tests/notebook_lib.py readme

# Emulated Colab: a venv of Colab's versions from $(COLAB_FREEZE) (Python 3.11 and the local CPU
# wheel torch 2.13.0 stand in for 3.13 and CUDA torch 2.11; setuptools is left free, as the torch
# wheel needs >= 77), a fake google.colab, pandas and pyarrow imported at kernel start; then the
# notebook alone in an empty folder, through its own install cell, fetching the repository files
# from a local clone. Fails on any cell error. The venv and pip's downloads stay in .ci-cache/.
colab: $(STAMP)
	PIP_CACHE_DIR=$(CURDIR)/.ci-cache/pip $(COLAB_PYTHON) .ci/colab_runtime.py build \
	  --python $(COLAB_PYTHON)
	PIP_CACHE_DIR=$(CURDIR)/.ci-cache/pip $(BIN)/python .ci/colab_runtime.py run

clean:
	rm -rf $(VENV) runs .ci-cache
