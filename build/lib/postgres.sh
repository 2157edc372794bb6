# Helpers to install PostgreSQL and run a private cluster from its binaries; sourced by run.sh and test.sh.

# Installs PostgreSQL (with contrib) from Debian's packages when its server binaries are missing.
ensure_postgres_installed() {
  if [ -n "$(pg_bin_dir)" ]; then return 0; fi
  echo "PostgreSQL server binaries not found: installing postgresql and postgresql-contrib" >&2
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql postgresql-contrib >/dev/null
  [ -n "$(pg_bin_dir)" ] || { echo "PostgreSQL installation failed" >&2; return 1; }
}

# The newest installed server's bin folder (initdb, pg_ctl, postgres), or nothing.
pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v initdb)"; fi
}

# Runs a command as the cluster's owner: initdb and postgres refuse to run as root.
as_cluster_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_cluster DATA_DIR PORT: creates the cluster on first use, starts it unless running, waits until it answers.
start_cluster() {
  local data="$1" port="$2" bin
  bin=$(pg_bin_dir)
  mkdir -p "$data"
  data=$(cd "$data" && pwd)
  if [ "$(id -u)" = 0 ]; then chown postgres: "$data"; chmod 700 "$data"; fi
  if [ ! -f "$data/PG_VERSION" ]; then
    as_cluster_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  fi
  if ! as_cluster_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_cluster_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
  fi
  "$bin/pg_isready" -h 127.0.0.1 -p "$port" -t 30 >/dev/null
}

# app_role_sql ROLE: SQL creating the API's login role, without SUPERUSER and with its name as its (local) password,
# unless it exists. The migrator grants it its privileges.
app_role_sql() {
  cat <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$1') THEN
    CREATE ROLE $1 LOGIN PASSWORD '$1';
  END IF;
END \$\$;
SQL
}
