#!/usr/bin/env bash
# Runs every benchmark of this module and keeps the output in benchmarks/results/<time>/.
# Usage (from the repository root, after `mvn -B -q install -DskipTests`):
#   STOCKTWITS_DATA=../shared/data/stocktwits-spy-2017 benchmarks/run.sh
# Takes about 16 minutes on a 2-core machine. Run nothing else meanwhile: the figures are timings.
set -euo pipefail
: "${STOCKTWITS_DATA:?set STOCKTWITS_DATA to the data set folder}"
export STOCKTWITS_DATA="$(cd "$STOCKTWITS_DATA" && pwd)"
cd "$(dirname "$0")"
cores=$(nproc --all)
export OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
jar=target/sentiment-benchmarks.jar
out="results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
log() { echo "== $*" | tee -a "$out/summary.txt"; }

log "machine: $cores cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), java $(java -version 2>&1 | head -1)"
log "prediction (JMH; single: sample time per call; batch256: messages per second)"
java -jar "$jar" PredictBenchmark -p threads="${THREADS:-1}" -rf json -rff "$out/predict.json" \
  | tee "$out/predict.txt" | grep -E '^(Benchmark|PredictBenchmark)' | tee -a "$out/summary.txt"
log "the small built-in model stocktwits-spy-fast"
java -jar "$jar" 'PredictBenchmark.(single|batch256)' -p modelName=stocktwits-spy-fast -p threads="${THREADS:-1}" \
  -rf json -rff "$out/predict-fast.json" \
  | tee "$out/predict-fast.txt" | grep -E '^(Benchmark|PredictBenchmark)' | tee -a "$out/summary.txt"
log "batches on one thread (optBatchThreads(1)), PyTorch"
java -jar "$jar" 'PredictBenchmark.batch256' -p engine=pytorch -p batchThreads=1 -p threads="${THREADS:-1}" \
  -rf json -rff "$out/predict-one-thread.json" \
  | tee "$out/predict-one-thread.txt" | grep -E '^(Benchmark|PredictBenchmark)' | tee -a "$out/summary.txt"
log "one call of DJL's LSTM block on one message (JMH, us per call): the floor of a single prediction"
java -jar "$jar" LstmCallBenchmark -rf json -rff "$out/lstm-call.json" \
  | tee "$out/lstm-call.txt" | grep -E '^(Benchmark|LstmCallBenchmark)' | grep -v ':p0.[0-8]' \
  | tee -a "$out/summary.txt"
log "training step, default preset member 0, batch 128 (JMH, ms per step)"
java -jar "$jar" TrainingStepBenchmark -rf json -rff "$out/training.json" \
  | tee "$out/training.txt" | grep -E '^(Benchmark|TrainingStepBenchmark)' | tee -a "$out/summary.txt"
log "JVM start to first prediction"
java -cp "$jar" com.marketmood.sentiment.benchmarks.ColdStart 5 2>/dev/null | tee -a "$out/summary.txt"
log "resident memory while serving (heap -Xmx128m)"
java -Xmx128m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$jar" \
  com.marketmood.sentiment.benchmarks.Footprint pytorch 5 2>/dev/null | tee -a "$out/summary.txt"
log "side by side with Apache OpenNLP"
java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$jar" \
  com.marketmood.sentiment.benchmarks.PeerComparison pytorch 2>/dev/null | tee -a "$out/summary.txt"
echo "Results in benchmarks/$out"
