#!/usr/bin/env bash
# Starts the API on http://localhost:5080 with Swagger UI at /swagger, on a real PostgreSQL with demo data.
# Database: $DPS_DB if set; else docker compose's PostgreSQL if a Docker engine answers; else a local
# cluster under .data/pg (installed with apt-get if missing), reused on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib/postgres.sh

if [ -n "${DPS_DB:-}" ]; then
  connection="$DPS_DB"
elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  docker compose up -d --wait db
  connection="Host=127.0.0.1;Port=5433;Username=dps;Password=dps;Database=dps"
else
  port="${DPS_PG_PORT:-5433}"
  ensure_postgres_installed
  start_cluster .data/pg "$port"
  connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=dps"
fi

export ConnectionStrings__Dps="$connection"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
echo "Dps API: http://localhost:5080/swagger  (database: ${connection%%;Password=*})"
exec dotnet run --project src/Dps.Api --no-launch-profile --urls "${DPS_URLS:-http://localhost:5080}"
