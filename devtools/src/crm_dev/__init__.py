"""Development-only helpers: test infrastructure (testing, testinfra) and the `crm-dev` CLI (cli).

Never a dependency of a service's runtime package nor imported by services' or shared's code (an
import-linter contract in the root pyproject); the production image does not install it.
"""
