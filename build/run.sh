#!/usr/bin/env bash
# Starts the API on $DPS_URLS (by default http://localhost:5080; several separated by ';') with Swagger UI at
# /swagger, on a real PostgreSQL with demo data. Once it listens, the API logs the addresses it is bound to.
# Database: $DPS_DB if set; else docker compose's PostgreSQL if a Docker engine answers; else a local
# cluster under .data/pg (installed with apt-get if missing), reused on every run.
# The schemas' owner migrates them; the API then connects as the least-privilege role dps_app
# ($DPS_APP_DB with $DPS_DB, or the same connection when that is not set).
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib/postgres.sh

app_role=dps_app
if [ -n "${DPS_DB:-}" ]; then
  owner="$DPS_DB"
  app="${DPS_APP_DB:-$DPS_DB}"
elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  docker compose up -d --wait db
  app_role_sql "$app_role" | docker compose exec -T db psql -q -v ON_ERROR_STOP=1 -U dps -d dps
  owner="Host=127.0.0.1;Port=5433;Username=dps;Password=dps;Database=dps"
  app="Host=127.0.0.1;Port=5433;Username=$app_role;Password=$app_role;Database=dps"
else
  port="${DPS_PG_PORT:-5433}"
  ensure_postgres_installed
  start_cluster .data/pg "$port"
  app_role_sql "$app_role" | "$(pg_bin_dir)/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres
  owner="Host=127.0.0.1;Port=$port;Username=postgres;Database=dps"
  app="Host=127.0.0.1;Port=$port;Username=$app_role;Password=$app_role;Database=dps"
fi

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
dotnet build src/Dps.Api -nologo -v q
# Only the migration knows the owner's connection; it grants the API's role its privileges when it is done.
ConnectionStrings__DpsMigrations="$owner" ConnectionStrings__Dps="$app" \
  dotnet run --project src/Dps.Api --no-build --no-launch-profile -- migrate

urls="${DPS_URLS:-http://localhost:5080}"
export ConnectionStrings__Dps="$app"
export Database__MigrateOnStartup=false
echo "Dps API: starting on $urls (database: ${app%%;Password=*}); it names the address it listens on once it does"
exec dotnet run --project src/Dps.Api --no-build --no-launch-profile --urls "$urls"
