# Sourced by .ci/run: a throwaway PostgreSQL cluster for the tests. Installs Debian's server,
# creates a cluster in a temporary folder owned by `postgres`, starts it on a socket in that
# folder, exports SITREP_TEST_PG, and stops and removes it when the shell exits.
# Installed on every run, like Chromium: every machine gets Debian's current server.
echo "== installing postgresql"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq postgresql >/dev/null
SITREP_PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
SITREP_PG_DIR="$(mktemp -d)"
chown postgres "$SITREP_PG_DIR"
# Runs a server command as `postgres` from / (that user may not enter the clone's folder).
sitrep_as_postgres() { (cd / && runuser -u postgres -- "$@"); }
sitrep_as_postgres "$SITREP_PG_BIN/initdb" -D "$SITREP_PG_DIR/data" -U sitrep -A trust >/dev/null
sitrep_as_postgres "$SITREP_PG_BIN/pg_ctl" -D "$SITREP_PG_DIR/data" -l "$SITREP_PG_DIR/log" -w \
  -o "-k $SITREP_PG_DIR -c listen_addresses='' -c max_connections=200" start >/dev/null
sitrep_pg_stop() {
  sitrep_as_postgres "$SITREP_PG_BIN/pg_ctl" -D "$SITREP_PG_DIR/data" -m fast stop >/dev/null || true
  rm -rf "$SITREP_PG_DIR"
}
trap sitrep_pg_stop EXIT
export SITREP_TEST_PG="postgresql://sitrep@localhost/postgres?host=$SITREP_PG_DIR"
echo "== postgresql $("$SITREP_PG_BIN/postgres" --version | awk '{print $3}') at $SITREP_PG_DIR"
