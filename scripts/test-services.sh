#!/usr/bin/env bash
# Installs (only if missing) and starts the services the integration tests need, idempotently:
# PostgreSQL 15 with a password for the postgres role and an empty test database.
# Prints the export line for VIGIL_TEST_POSTGRES on stdout; everything else goes to stderr,
# so CI can run: eval "$(scripts/test-services.sh)".
set -euo pipefail

PG_VERSION="${PG_VERSION:-15}"
PG_CLUSTER="${PG_CLUSTER:-main}"
PG_PORT="${PG_PORT:-5432}"
PG_PASSWORD="${PG_PASSWORD:-postgres}"
PG_DATABASE="${PG_DATABASE:-vigil_test}"

log() { echo "test-services: $*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d "/usr/lib/postgresql/${PG_VERSION}/bin" ]; then
    log "installing postgresql"
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi

if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "${PG_VERSION} ${PG_CLUSTER}"; then
    log "creating cluster ${PG_VERSION}/${PG_CLUSTER}"
    as_root pg_createcluster "${PG_VERSION}" "${PG_CLUSTER}" --port "${PG_PORT}" >&2
fi

status="$(pg_lsclusters -h | awk -v v="${PG_VERSION}" -v c="${PG_CLUSTER}" '$1==v && $2==c {print $4}')"
if [ "${status}" != "online" ]; then
    log "starting cluster ${PG_VERSION}/${PG_CLUSTER}"
    as_root pg_ctlcluster "${PG_VERSION}" "${PG_CLUSTER}" start >&2
fi

port="$(pg_lsclusters -h | awk -v v="${PG_VERSION}" -v c="${PG_CLUSTER}" '$1==v && $2==c {print $3}')"

# Wait for the server to accept connections (start can return before it does).
for _ in $(seq 1 30); do
    if as_postgres pg_isready -q -p "${port}"; then break; fi
    sleep 1
done
as_postgres pg_isready -q -p "${port}" || { log "PostgreSQL did not become ready"; exit 1; }

as_postgres psql -q -p "${port}" -v ON_ERROR_STOP=1 -c "ALTER USER postgres WITH PASSWORD '${PG_PASSWORD}';" >&2
if ! as_postgres psql -p "${port}" -tAc "SELECT 1 FROM pg_database WHERE datname = '${PG_DATABASE}'" | grep -q 1; then
    log "creating database ${PG_DATABASE}"
    as_postgres createdb -p "${port}" "${PG_DATABASE}" >&2
fi

echo "export VIGIL_TEST_POSTGRES='Host=127.0.0.1;Port=${port};Username=postgres;Password=${PG_PASSWORD};Database=${PG_DATABASE}'"
