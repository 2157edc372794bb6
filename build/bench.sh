#!/usr/bin/env bash
# build/bench.sh [searches]        the catalogue search: 50,000 active listings in one category, 200 searches (or as
#                                  many as asked) at random UK points with a 50-mile radius; prints median and p95.
# build/bench.sh outbox [seconds]  16 concurrent writers of score adjustments for 60 s (or as many as asked) while the
#                                  outbox delivers; prints writes/s, the backlog, the time to drain, SQL per command.
# build/bench.sh referral [n]      on the same 50,000 listings: n (30) publications of a referral with a 50-mile limit
#                                  (about 3,000 invitations each), median and p95; then 2,000 bids from 20 concurrent
#                                  suppliers, throughput and errors.
# build/bench.sh evaluation [bids] a closed competition of 500 bids (or as many as asked), every compliant one's method
#                                  statement scored through the API; scoring and ranking it in process, 200 times, and
#                                  GET /api/v1/referrals/{id}/evaluation, 100 times: median and p95 of each.
# build/bench.sh contracts [n]    10,000 contracts (or n) across 7 authorities and the quarters of 2026: the benchmark
#                                  report, 50 times, and a quarter's OCDS export (2,500 awards), 20 times: median and p95.
# All run through the in-process API. Database: $DPS_BENCH_DB (a server where it may create a database) if set; else
# a throwaway cluster from the installed PostgreSQL, deleted afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib/postgres.sh

if [ -n "${DPS_BENCH_DB:-}" ]; then
  connection="$DPS_BENCH_DB"
else
  ensure_postgres_installed
  data=$(mktemp -d /tmp/dps-bench-pg.XXXXXX)
  port="${DPS_BENCH_PG_PORT:-$((20000 + RANDOM % 20000))}"
  stop_cluster() {
    as_cluster_owner "$(pg_bin_dir)/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$data"
  }
  trap stop_cluster EXIT
  start_cluster "$data" "$port"
  connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
fi

if [ "${1:-}" = outbox ]; then
  dotnet run -c Release --project build/bench/Dps.Outbox.Bench -- "$connection" "${2:-60}"
elif [ "${1:-}" = referral ]; then
  dotnet run -c Release --project build/bench/Dps.Referral.Bench -- "$connection" "${2:-30}"
elif [ "${1:-}" = contracts ]; then
  dotnet run -c Release --project build/bench/Dps.ContractManagement.Bench -- "$connection" "${2:-10000}"
elif [ "${1:-}" = evaluation ]; then
  dotnet run -c Release --project build/bench/Dps.Evaluation.Bench -- "$connection" "${2:-500}"
else
  dotnet run -c Release --project build/bench/Dps.Catalogue.Bench -- "$connection" "${1:-200}"
fi
