# Shared by the scripts in bench/: the JDK 25 the build also finds, and the packaged app.

jdk=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)
[ -x "$jdk/bin/java" ] || { echo "No JDK 25 under /usr/lib/jvm" >&2; exit 1; }

# The production jar, built again when the sources changed since.
production_jar() {
  local jar
  jar=$(ls target/imc-registry-*.jar 2>/dev/null | head -1 || true)
  if [ -z "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
    echo "Building the production jar" >&2
    JAVA_HOME="$jdk" mvn -B -q -Pproduction -DskipTests package >&2
    jar=$(ls target/imc-registry-*.jar | head -1)
  fi
  echo "$jar"
}

# Waits until the app on this port answers its health check.
wait_until_up() {
  local port=$1 pid=$2
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped while starting" >&2; return 1; }
    sleep 0.5
  done
  echo "the app did not start within 2 minutes" >&2; return 1
}

# Compiles main and test classes and writes the test classpath to target/bench.classpath.
test_classpath() {
  mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/bench.classpath >&2
  echo "target/test-classes:target/classes:$(cat target/bench.classpath)"
}
