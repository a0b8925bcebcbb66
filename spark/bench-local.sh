#!/usr/bin/env bash
# Times the Spark job in local mode, with the class path ordered as spark-submit orders it on a
# cluster: Spark's jars first (with Spark 3.5.6's own, older copies of Gson, Commons IO, Commons
# Compress, Commons Codec, Commons Logging and SLF4J), then the job jar and spark/target/lib.
# Usage (from the repository root, after `mvn -B -q install -DskipTests`):
#   spark/bench-local.sh INPUT.csv 'local[2]' 2
# Run nothing else meanwhile: the figures are timings.
set -euo pipefail
input=$1 master=${2:-local[2]} partitions=${3:-2}
m2=$(mvn -B -q help:evaluate -Dexpression=settings.localRepository -DforceStdout)
spark_own=""
for a in com.google.code.gson:gson:2.10.1 commons-io:commons-io:2.16.1 \
    org.apache.commons:commons-compress:1.23.0 commons-codec:commons-codec:1.16.1 \
    commons-logging:commons-logging:1.1.3 org.slf4j:slf4j-api:2.0.7; do
  IFS=: read -r g n v <<< "$a"
  mvn -B -q dependency:get -Dartifact="$a" -Dtransitive=false
  spark_own="$spark_own:$m2/${g//.//}/$n/$v/$n-$v.jar"
done
cp_file=$(mktemp)
mvn -B -q dependency:build-classpath -pl spark -Dmdep.includeScope=provided -Dmdep.outputFile="$cp_file"
# Spark's jars only: drop the SDK's side and the versions the SDK's build chose for shared libraries.
spark_cp=$(tr ':' '\n' < "$cp_file" \
  | grep -vE '/(gson|commons-compress|commons-io|slf4j-api|commons-logging|commons-codec)/' \
  | grep -vE '/com/marketmood/|/ai/djl/|/xchart/|/pdfbox|/jna/|/commons-csv/|/error_prone|VectorGraphics|graphics2d|animated-gif' \
  | paste -sd:)
rm -f "$cp_file"
app_cp=spark/target/sentiment-spark.jar:$(ls spark/target/lib/*.jar | paste -sd:)
opts=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' spark/pom.xml)
out=$(mktemp -d)/scored.parquet
# shellcheck disable=SC2086
OMP_NUM_THREADS=1 /usr/bin/time -v java $opts -Dspark.master="$master" -Dspark.ui.enabled=false \
  -Dspark.driver.host=localhost -Dspark.driver.bindAddress=127.0.0.1 \
  -Dai.djl.pytorch.num_threads=1 -cp "${spark_own#:}:$spark_cp:$app_cp" \
  com.marketmood.sentiment.spark.ScoreJob --input "$input" --output "$out" --partitions "$partitions" \
  2>&1 | grep -E 'ScoreJob: |Exception|Elapsed \(|Maximum resident|User time|Percent of CPU'
rm -rf "$(dirname "$out")"
