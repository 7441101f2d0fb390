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
