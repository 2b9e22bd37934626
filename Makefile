# Baocao: the two commands of the quick start are `make demo` and `make test`.
# Both install what is missing from the system (liblua5.4-dev) before building.

SWIFT ?= swift
WORKSPACES := ninh-binh tay-ninh cao-bang ben-tre
BAOCAO = .build/debug/baocao

.PHONY: all deps build demo test check-examples clean

all: build

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build

# The main job on the bundled examples: validate each seed's workspace and summarise it.
demo: build
	@for w in $(WORKSPACES); do \
		echo "== baocao check examples/$$w"; \
		$(BAOCAO) check examples/$$w || exit 1; \
		echo; \
	done

# Unit and end-to-end tests (Swift Testing), then the CLI over every example workspace.
test: build
	$(SWIFT) test
	@$(MAKE) --no-print-directory check-examples

check-examples:
	@for w in $(WORKSPACES); do \
		$(BAOCAO) check examples/$$w >/dev/null || { echo "examples/$$w does not check"; exit 1; }; \
	done; echo "examples: all 4 workspaces check"

clean:
	rm -rf .build
