# Baocao: the two commands of the quick start are `make demo` and `make test`.
# Both install what is missing from the system (liblua5.4-dev) before building.

SWIFT ?= swift
WORKSPACES := ninh-binh tay-ninh cao-bang ben-tre
PLUGINS := $(patsubst %/plugin.yaml,%,$(wildcard plugins/*/plugin.yaml))
BAOCAO = .build/debug/baocao

.PHONY: all deps build demo test stress check-examples plugin-tests import-accuracy embedding-example check-documents bench bench-documents bench-national fuzz fuzz-long check-api clean

all: build

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build --product baocao

# The main job on the bundled examples: validate each seed's workspace, ask Tây Ninh's plugin
# chain what is due around its 01/11/2023 deadline, store the sample submissions units sent, show
# who had reported the day after the deadline, and write the consolidated report as DOCX.
demo: build
	@for w in $(WORKSPACES); do \
		echo "== baocao check examples/$$w"; \
		$(BAOCAO) check examples/$$w || exit 1; \
		echo; \
	done
	@echo "== baocao schedule examples/tay-ninh --from 2023-11-01 --to 2023-11-30"
	@$(BAOCAO) schedule examples/tay-ninh --from 2023-11-01 --to 2023-11-30
	@echo
	@echo "== baocao ingest examples/tay-ninh examples/tay-ninh/submissions/*.csv"
	@$(BAOCAO) ingest examples/tay-ninh examples/tay-ninh/submissions/*.csv
	@echo
	@echo "== baocao status examples/tay-ninh --period 2023 --as-of 2023-11-02 --level district"
	@$(BAOCAO) status examples/tay-ninh --period 2023 --as-of 2023-11-02 --level district
	@echo
	@mkdir -p out
	@echo "== baocao render examples/tay-ninh --period 2023 --as-of 2023-11-02 --output out/bao-cao-tay-ninh-2023.docx"
	@$(BAOCAO) render examples/tay-ninh --period 2023 --as-of 2023-11-02 --output out/bao-cao-tay-ninh-2023.docx
	@echo
	@echo "== baocao import ../shared/seeds/001_*.txt --workspace examples/tay-ninh --explain (heading and reports)"
	@$(BAOCAO) import Tests/Fixtures/import/001-tay-ninh.txt --workspace examples/tay-ninh --explain 2>/dev/null | grep -E '^(Field|number|date|reports)'

# Unit and end-to-end tests (Swift Testing), the CLI over every example workspace, every plugin's
# own Lua tests, import's accuracy over its fixtures (no value found may be wrong), the embedding
# example, the API against its OpenAPI file (schemathesis), the portal in headless Chromium
# (installed when missing), and, when LibreOffice is installed, each example's DOCX through it.
test: deps
	@./scripts/install-test-deps.sh
	$(SWIFT) build
	$(SWIFT) test
	@$(MAKE) --no-print-directory check-examples plugin-tests import-accuracy embedding-example check-api
	@if command -v soffice >/dev/null && command -v pdftoppm >/dev/null && { ! command -v dpkg >/dev/null || dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || dpkg -s libreoffice-writer >/dev/null 2>&1; }; then ./scripts/check-documents.sh; \
	else echo "documents: LibreOffice is not installed; 'make check-documents' installs it and checks each example's DOCX"; fi

# The portal's JSON API against Documentation/openapi.yaml by schemathesis (PyPI, installed when
# missing), on a live `baocao serve` of Tây Ninh's example; SCHEMATHESIS_EXAMPLES (25) an operation.
check-api: build
	@./scripts/check-api.sh

# The crash-safety and concurrent-ingest tests at length: 500 SIGKILL trials, 20 rounds of two
# ingest processes into one store (make test runs 50 and 3).
stress: deps
	$(SWIFT) build
	$(SWIFT) build --build-tests
	BAOCAO_STRESS=1 $(SWIFT) test --skip-build --filter CrashSafetyTests

# Each libFuzzer target for FUZZ_SECONDS (default 60), seeded from the examples and fixtures:
# the workspace loader, the CSV, XLSX and JSON submission readers, import, and what plugins'
# hooks hand back (answers: cycles, edge numbers, deep and wide tables, as every hook's answer). Built only here
# (BAOCAO_FUZZ=1, -sanitize=fuzzer, into .build-fuzz); a crash stops with the input in out/fuzz/.
# `make fuzz-long` runs each target for FUZZ_RUNS executions instead (default ten million; hours
# on two cores), and prints each target's runs and time; FUZZ_TARGETS picks some of them.
FUZZ_SECONDS ?= 60
FUZZ_RUNS ?= 10000000
FUZZ_TARGETS ?= workspace csv xlsx json import answers
FUZZ_LIMIT ?= -max_total_time=$(FUZZ_SECONDS)
FUZZ_CONFIG ?= debug
# Long runs: a release build, and inputs of 4 KB at most (fuzz-csv: 17 runs a second in a debug build
# on the whole corpus, about 300 so).
fuzz-long:
	$(MAKE) fuzz FUZZ_CONFIG=release FUZZ_LIMIT="-runs=$(FUZZ_RUNS) -max_len=4096" FUZZ_TARGETS="$(FUZZ_TARGETS)"

fuzz: deps
	@for t in $(FUZZ_TARGETS); do BAOCAO_FUZZ=1 $(SWIFT) build -c $(FUZZ_CONFIG) --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer --product fuzz-$$t || exit 1; done
	@mkdir -p out/fuzz
	@for t in workspace csv xlsx json import answers; do mkdir -p out/fuzz/corpus-$$t; done
	@i=0; for f in examples/*/workspace.yaml Tests/Fixtures/*/workspace.yaml; do i=$$((i+1)); cp $$f out/fuzz/corpus-workspace/seed-$$i.yaml; done; \
	 cp examples/*/submissions/*.csv Tests/Fixtures/submissions/*.csv out/fuzz/corpus-csv/; \
	 cp Tests/Fixtures/submissions/*.xlsx out/fuzz/corpus-xlsx/; \
	 cp Tests/Fixtures/submissions/*.json out/fuzz/corpus-json/; \
	 cp Tests/Fixtures/import/*.txt out/fuzz/corpus-import/ 2>/dev/null; \
	 cp Tests/Fixtures/fuzz-answers/* out/fuzz/corpus-answers/; true
	@failed=""; for t in $(FUZZ_TARGETS); do \
		echo "== fuzz-$$t ($(FUZZ_LIMIT))"; started=$$(date +%s); \
		if SWIFT_BACKTRACE=enable=no .build-fuzz/$(FUZZ_CONFIG)/fuzz-$$t $(FUZZ_LIMIT) -timeout=10 -rss_limit_mb=2048 \
			-artifact_prefix=out/fuzz/crash-$$t- out/fuzz/corpus-$$t 2> out/fuzz/fuzz-$$t.log; then \
			grep -E "^Done [0-9]+ runs" out/fuzz/fuzz-$$t.log | sed "s/^/fuzz-$$t: /;s/$$/ (wall $$(( $$(date +%s) - started )) s)/"; \
		else \
			grep -E "ERROR|SUMMARY|Test unit written|Illegal|Fatal" out/fuzz/fuzz-$$t.log | head -5 | sed "s/^/fuzz-$$t: /"; failed="$$failed $$t"; \
		fi; \
	done; if [ -n "$$failed" ]; then echo "fuzz: crashes in:$$failed (inputs in out/fuzz/crash-*)"; exit 1; fi

# The separate package that embeds Baocao by path (examples/embedding): built and run. It shares
# this package's build folder, so the dependencies compiled for the tests are reused.
embedding-example:
	@mkdir -p out
	$(SWIFT) build --package-path examples/embedding --scratch-path .build
	.build/debug/DueNextWeek examples/tay-ninh 2023-10-26 out/embedding-report.docx

check-examples:
	@for w in $(WORKSPACES); do \
		$(BAOCAO) check examples/$$w >/dev/null || { echo "examples/$$w does not check"; exit 1; }; \
	done; echo "examples: all 4 workspaces check"

plugin-tests:
	@for p in $(PLUGINS); do $(BAOCAO) plugin test $$p || exit 1; done

import-accuracy:
	@out=$$(.build/debug/import-accuracy Tests/Fixtures/import) || { echo "$$out"; exit 1; }; \
		echo "import accuracy: $$(echo "$$out" | grep "^total" | tr -s ' ') (correct, wrong, missing, absent)"

# The cost of a hook call through the bridge beside the raw C API (release build).
bench: deps
	$(SWIFT) build -c release --product hook-benchmark
	.build/release/hook-benchmark

# Each example's consolidated report as DOCX through LibreOffice (installs it when missing).
check-documents: build
	./scripts/check-documents.sh

# A province's report to DOCX beside pandoc (installs pandoc when missing; release build).
bench-documents: deps
	@command -v pandoc >/dev/null || { SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq pandoc >/dev/null; }
	$(SWIFT) build -c release --product baocao
	$(SWIFT) build -c release --product document-benchmark
	.build/release/document-benchmark

# The national pipeline (126,000 grassroots unions, a year of monthly reports) beside sqlite3
# (release build; the workspace is generated into out/national on the first run).
bench-national: deps
	@command -v sqlite3 >/dev/null || { SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq sqlite3 >/dev/null; }
	$(SWIFT) build -c release --product national-benchmark
	.build/release/national-benchmark

clean:
	rm -rf .build
