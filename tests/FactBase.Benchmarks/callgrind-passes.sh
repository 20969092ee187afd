#!/usr/bin/env bash
# Instruction counts of the checker core, per JIT-compiled method (docs/performance.md, "Session 9").
# Usage: tests/FactBase.Benchmarks/callgrind-passes.sh BENCH_DIR OUT [PASSES] [ARTICLES]
#   BENCH_DIR: a Release build of FactBase.Benchmarks (bin/Release/net10.0), OUT: a path prefix for OUT.out, OUT.map, OUT.log.
# The knowledge base's load and the first pass (with the JIT) run uninstrumented (--instr-atstart=no and the
# FACTBASE_PASSES_GATE gate of --passes); passes 2..PASSES are counted. Then:
#   python3 tests/FactBase.Benchmarks/callgrind-methods.py OUT.out OUT.map PASSES-1 [FILTER] [ROWS]
set -euo pipefail
bench=${1:?bench dir}; out=${2:?out prefix}; passes=${3:-3}; articles=${4:-200}
gate=$(mktemp -u); rm -f "$gate"
# TieredCompilation=0: the same code in every run (tiering depends on wall time, which valgrind stretches).
export DOTNET_gcConcurrent=0 DOTNET_TieredCompilation=0 DOTNET_GCName=libclrgc.so DOTNET_PerfMapEnabled=1 FACTBASE_PASSES_GATE=$gate
# Segments GC (libclrgc.so): with the default regions GC callgrind crashes while the knowledge base loads.
valgrind --tool=callgrind --instr-atstart=no --dump-instr=yes --callgrind-out-file="$out.out" \
  dotnet "$bench/FactBase.Benchmarks.dll" --passes 10000 "$passes" "$articles" > "$out.log" 2>&1 &
pid=$!
until grep -q "passes: ready" "$out.log" 2>/dev/null; do
  sleep 2
  kill -0 $pid 2>/dev/null || { echo "callgrind stopped early (it crashes now and then): see $out.log" >&2; exit 1; }
done
callgrind_control -i on $pid > /dev/null
touch "$gate"
wait $pid
cp "/tmp/perf-$pid.map" "$out.map"
rm -f "$gate"
grep "Collected" "$out.log" || true
