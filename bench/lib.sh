# Shell functions shared by bench/run and bench/statements (sourced from the project's root).

# The load generator, compiled into target/bench-classes. Vert.x core (its HTTP client) comes from
# the server's own build: the generator downloads nothing of its own.
compile_generator() {
  mkdir -p target/bench-classes
  javac --release 17 -cp "target/bench-classes:target/quarkus-app/lib/main/*" -d target/bench-classes bench/src/*.java
}

# Waits up to 2 minutes for the server on port $1 (process $2, log $3) to be ready; shows the end
# of its log and fails if it stops or never gets there.
await_ready() {
  local i
  for i in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$1/q/health/ready" > /dev/null 2>&1 && return 0
    if ! kill -0 "$2" 2> /dev/null || [ "$i" = 240 ]; then
      echo "The server did not become ready; its log:" >&2
      tail -50 "$3" >&2
      return 1
    fi
    sleep 0.5
  done
}

say() { echo "[bench] $*"; }

# Fails unless the server's port ($1) and the database's ($2) are free.
check_ports() {
  local p
  for p in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "Port $p is in use; choose another with --port (the database takes the next one)." >&2
      exit 1
    fi
  done
}

# The packaged server: built when asked ($1 = 1) or missing (after waiting for a Maven build of this
# directory that may be making it). Sets jar, and server_build: what the run measures.
prepare_jar() {
  jar=target/quarkus-app/quarkus-run.jar
  maven_here() { pgrep -f -- "multiModuleProjectDirectory=$PWD " > /dev/null; }
  if [ "$1" = 0 ] && [ ! -f "$jar" ] && maven_here; then
    say "the jar is missing and a Maven build of this directory is running: waiting for it (at most 10 minutes)"
    for _ in $(seq 1 300); do maven_here || break; sleep 2; done
  fi
  if [ "$1" = 1 ] || [ ! -f "$jar" ]; then
    say "building the server (./mvnw -B -q -ntp package -DskipTests)"
    ./mvnw -B -q -ntp package -DskipTests
  fi
  # When the jar was built, the last commit before that, and the checkout now (read-only git
  # commands; the jar may have been built by someone else, from another state).
  local jar_time built_after head_commit
  jar_time=$(date -u -r "$jar" +%Y-%m-%dT%H:%M:%SZ)
  built_after=$(git log -1 --before="$jar_time" --format=%h 2> /dev/null || true)
  head_commit=$(git rev-parse --short HEAD 2> /dev/null || echo unknown)
  server_build="jar built $jar_time, after commit ${built_after:-unknown}"
  [ "$built_after" != "$head_commit" ] && server_build+="; checkout now $head_commit (--build measures it)"
  [ -n "$(git --no-optional-locks status --porcelain -- src pom.xml 2> /dev/null)" ] && server_build+="; uncommitted changes in src/"
  return 0
}

# The JVM options docs/deployment.md recommends for a small server, the default of bench/run,
# bench/storm and bench/statements: a bounded heap (~105 MiB is live with 10,000 sockets open) with
# a small young generation whose survivor spaces hold what a busy peak keeps alive across two young
# collections (with the default ratio they overflowed and the peak's requests were promoted, a full
# collection every ~10–120 s), the serial collector (G1's defaults let the heap grow to a quarter of
# RAM: 760 MiB RSS with 10,000 sockets), C2 alone compiling after 1,000 calls (no C1 and no
# profiled copies of the code: ~40 MiB less) on one compiler thread (two compiling at once raised
# the RSS by ~25 MiB for minutes), and glibc's free memory given back every 5 s.
# And two glibc malloc arenas in the server's environment (7–19 MiB less RSS than an arena for each
# thread that allocates); a MALLOC_ARENA_MAX set by the caller wins. The reports name it with the JVM options.
default_server_opts="-Xmx156m -Xmn24m -XX:SurvivorRatio=4 -XX:TargetSurvivorRatio=80 -XX:+UseSerialGC -XX:-TieredCompilation -XX:CompileThreshold=1000 -XX:CICompilerCount=1 -XX:TrimNativeHeapInterval=5000"
server_env="MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}"

# Starts a copy of the packaged server (the jar in target/ may be rebuilt by someone else during
# the run) on a throw-away embedded PostgreSQL: HTTP port $1, database port $2, JVM options $3.
# Sets work, server, pg_pid and password; stops everything on exit.
start_server() {
  work=$(mktemp -d "${TMPDIR:-/tmp}/onedoor-bench.XXXXXX")
  server=""
  trap cleanup_server EXIT
  trap 'exit 130' INT TERM
  cp -r target/quarkus-app "$work/app"
  password="bench-admin-$$-$RANDOM"
  say "starting the server on port $1 (embedded PostgreSQL on $2, data in $work)"
  # One kiosk token a center stands for all its kiosks at up to 200 tickets/s: the per-kiosk limit
  # (10 a minute, docs/security.md) would refuse nearly all of them, so the bench turns it off.
  # shellcheck disable=SC2086 # $3 is a list of JVM options
  env "$server_env" ONEDOOR_DATA_DIR="$work/data" ONEDOOR_EMBEDDED_DB_PORT=$2 ONEDOOR_ADMIN_PASSWORD="$password" \
    java $3 -Dquarkus.http.port="$1" -Donedoor.kiosk.tickets.per-minute=0 -jar "$work/app/quarkus-run.jar" > "$work/server.log" 2>&1 &
  server=$!
  await_ready "$1" "$server" "$work/server.log" || exit 1
  pg_pid=$(head -1 "$work/data/postgres/postmaster.pid")
}

cleanup_server() {
  trap - EXIT INT TERM
  if [ -n "$server" ] && kill -0 "$server" 2> /dev/null; then
    kill "$server" 2> /dev/null || true   # Quarkus stops its embedded PostgreSQL on the way out
    for _ in $(seq 1 100); do kill -0 "$server" 2> /dev/null || break; sleep 0.2; done
    kill -9 "$server" 2> /dev/null || true
  fi
  # a PostgreSQL left behind by a server that did not stop cleanly
  if [ -f "$work/data/postgres/postmaster.pid" ]; then
    local pg
    pg=$(head -1 "$work/data/postgres/postmaster.pid")
    kill -INT "$pg" 2> /dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pg" 2> /dev/null || break; sleep 0.2; done
  fi
  rm -rf "$work"
}
