#!/usr/bin/env bash
# Writes the checker's findings on the benchmark corpora and on the evaluation set into DIR, so a speed
# change can prove it changed no finding: run it before and after, then `diff -r BEFORE AFTER`.
# Usage: tests/FactBase.Benchmarks/findings-snapshot.sh DIR   (builds the CLI in Release first)
set -euo pipefail
out=$(mkdir -p "${1:?usage: findings-snapshot.sh DIR}" && cd "$1" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
bench=${FACTBASE_BENCH_DIR:-${TMPDIR:-/tmp}/factbase-bench/v2}
mkdir -p "$out"
dotnet build -c Release "$root/src/FactBase.Cli" -v q -nologo >/dev/null
cli="dotnet $root/src/FactBase.Cli/bin/Release/net10.0/FactBase.Cli.dll"
for size in 1000 10000 100000; do
  if [ -d "$bench/corpus-kb$size-5mb" ]; then
    # Files are checked in parallel, so sort the lines (one file each) to compare runs.
    $cli check --no-builtin-facts --facts "$bench/kb-$size" --format jsonl --include-supported "$bench/corpus-kb$size-5mb/articles" | sort > "$out/corpus-kb$size.jsonl" || true
  fi
done
cd "$root"  # relative paths: snapshots of two work trees compare equal
for dir in tests/FactBase.Tests/Eval/dev tests/FactBase.Tests/Eval/seeds; do
  [ -d "$dir" ] && $cli check --format jsonl --include-supported "$dir" 2>/dev/null | sort > "$out/eval-$(basename "$dir").jsonl" || true
done
$cli check --format jsonl seeds | sort > "$out/seeds.jsonl" || true
wc -l "$out"/*.jsonl
