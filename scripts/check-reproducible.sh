#!/usr/bin/env bash
# Builds the published modules twice from clean and fails if any jar (classes, sources, Javadoc) differs.
# project.build.outputTimestamp in the parent POM fixes the entry times; this checks that nothing else varies.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=smpp-codec,smpp-client,smpp-jackson,smpp-micrometer,smpp-spring-boot-starter,smpp-jdbc,smpp-testkit,smpp-contract
build() {
  ./mvnw -B -q clean package -pl "$modules" -DskipTests -Dspotless.check.skip=true
  find smpp-codec/target smpp-client/target smpp-jackson/target smpp-micrometer/target smpp-spring-boot-starter/target smpp-jdbc/target smpp-testkit/target smpp-contract/target -maxdepth 1 -name '*.jar' -print0 \
    | sort -z | xargs -0 sha256sum
}
first=$(mktemp)
second=$(mktemp)
trap 'rm -f "$first" "$second"' EXIT
build > "$first"
build > "$second"
if ! diff -u "$first" "$second"; then
  echo "reproducible build: FAILED (checksums above differ between two clean builds)" >&2
  exit 1
fi
echo "reproducible build: $(wc -l < "$first") jars identical across two clean builds"
