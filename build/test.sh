#!/usr/bin/env bash
# Runs the whole test suite on real PostgreSQL. The test fixture starts a throwaway cluster from the
# installed binaries (installed here with apt-get if missing), or uses $DPS_TEST_DB if set; the browser tests drive
# Debian's Chromium (installed the same way). Then checks the HTTP contract (build/contract.sh), which needs Node.js,
# npm and the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib/postgres.sh
source build/lib/chromium.sh

[ -n "${DPS_TEST_DB:-}" ] || ensure_postgres_installed
ensure_chromium_installed
dotnet test Dps.sln "$@"

# The OpenAPI snapshot test has just pinned the live document to its snapshot; lint that and compile a client against it.
build/contract.sh
