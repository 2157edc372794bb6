#!/usr/bin/env bash
# Checks the HTTP contract as a client generator sees it: the OpenAPI document passes Spectral (spectral:oas) and
# Redocly (recommended) with no error and no warning, openapi-typescript turns it into types, and a small client that
# walks the qualification flow compiles against those types under `tsc --strict`.
#
# Which document: the one checked in at tests/Dps.IntegrationTests/Platform/OpenApi/swagger.snapshot.json. The OpenAPI
# snapshot test (run by build/test.sh before this script) fails whenever the live document differs from that file,
# so once that test has passed, linting the file is linting the live document.
#
# Needs Node.js and npm, and the npm registry for `npm ci`; it fails, saying so, when either is missing.
set -euo pipefail
cd "$(dirname "$0")/contract"

# The check reaches the registry for `npm ci` and nothing else: no usage reports, no update notices.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true DO_NOT_TRACK=1 SCARF_ANALYTICS=false

document=../../tests/Dps.IntegrationTests/Platform/OpenApi/swagger.snapshot.json
generated=client/generated/dps-api.ts

fail() { echo "build/contract.sh: $*" >&2; exit 1; }

command -v node >/dev/null || fail "node is not installed; the contract check needs Node.js 20.19 or later and npm."
command -v npm >/dev/null || fail "npm is not installed; the contract check needs it to install its pinned tools."
[ -f "$document" ] || fail "no OpenAPI snapshot at $document."

echo "== contract: npm ci (build/contract/package-lock.json)"
npm ci --no-audit --no-fund --loglevel=error \
  || fail "npm ci failed: is the npm registry reachable? The contract check cannot run without its pinned tools."

echo "== contract: Spectral, spectral:oas (fails on any warning)"
npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity warn "$document"

echo "== contract: Redocly, recommended (fails on any warning)"
# Redocly exits 0 on warnings alone, so its totals are read as well.
redocly_status=0
npx --no-install redocly lint --config redocly.yaml --format stylish --max-problems 1000 "$document" || redocly_status=$?
[ "$redocly_status" -eq 0 ] || fail "Redocly reported errors (see above)."
warnings=$(npx --no-install redocly lint --config redocly.yaml --format json "$document" 2>/dev/null \
  | node -e 'let s = ""; process.stdin.on("data", d => s += d).on("end", () => console.log(JSON.parse(s).totals.warnings))') \
  || fail "could not read Redocly's totals."
[ "$warnings" -eq 0 ] || fail "Redocly reported $warnings warning(s) (see above); the contract allows none."

echo "== contract: openapi-typescript, then tsc --strict on the client"
mkdir -p "$(dirname "$generated")"
npx --no-install openapi-typescript "$document" --output "$generated"
npx --no-install tsc --project client/tsconfig.json

echo "== contract: checked"
