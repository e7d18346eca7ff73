# The two commands of the README, and a few conveniences.
.PHONY: up down test lint asyncapi openapi client

up:          ## bring up infrastructure, all services, gateway and demo data
	scripts/up.sh

down:        ## stop everything (data is kept in .data/)
	scripts/down.sh

test:        ## the whole test suite, as CI runs it
	scripts/test.sh

lint:
	uv run ruff check . && uv run ruff format --check . && uv run mypy shared/src devtools/src services/*/src

asyncapi:    ## regenerate the committed AsyncAPI documents
	scripts/check_asyncapi.sh --write

openapi:     ## regenerate the committed OpenAPI documents
	scripts/check_openapi.sh --write

client:      ## regenerate the typed TypeScript client (web/api/src) from the committed OpenAPI documents
	cd web && npm run generate
