#!/usr/bin/env bash
# Side-by-side with dictionary tools on the same 5 MB corpus (docs/performance.md, "Compared with").
#   grep -F -f names.txt   (10,000 names of the 10k-entity KB)
#   textlint + prh         (one prh rule per name; installed with npm OUTSIDE the repository)
#   factbase check         (the built Release CLI, same knowledge base)
# Usage: tests/FactBase.Benchmarks/compare-tools.sh   (TEXTLINT_DIR and FACTBASE_BENCH_DIR may be set;
#        SKIP_TEXTLINT=1 skips textlint, which needs about 10 minutes of CPU for the 5 MB)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${FACTBASE_BENCH_DIR:-${TMPDIR:-/tmp}/factbase-bench}
textlint_dir=${TEXTLINT_DIR:-${TMPDIR:-/tmp}/textlint}
compare=$work/compare
bench="dotnet run -c Release --project $root/tests/FactBase.Benchmarks --"

$bench --generate --sizes 10000 >&2
$bench --export 10000 "$compare" >&2
head -n 10000 "$compare/names.txt" > "$compare/names10k.txt"
{ echo "version: 1"; echo "rules:"; sed 's/.*/  - expected: "&"/' "$compare/names10k.txt"; } > "$compare/prh10k.yml"
corpus=$(ls -d "$work"/v*/corpus-kb10000-5mb/articles | tail -1)
kb=$(ls -d "$work"/v*/kb-10000 | tail -1)
mb=$(du -sb "$corpus" | awk '{print $1 / 1048576}')

if [ "${SKIP_TEXTLINT:-}" != 1 ] && [ ! -x "$textlint_dir/node_modules/.bin/textlint" ]; then
  mkdir -p "$textlint_dir" && (cd "$textlint_dir" && npm init -y >/dev/null && npm install --no-audit --no-fund textlint textlint-rule-prh >&2)
fi
[ "${SKIP_TEXTLINT:-}" = 1 ] || printf '{ "rules": { "prh": { "rulePaths": ["%s"] } } }\n' "$compare/prh10k.yml" > "$textlint_dir/.textlintrc.json"
dotnet build -c Release "$root/src/FactBase.Cli" -nologo -v q >&2

measure() { # label, repetitions, command...: wall and user+sys CPU seconds per run (exit codes ignored: findings exit 1)
  local label=$1 reps=$2; shift 2
  local t; t=$( { /usr/bin/time -f "%e %U %S" bash -c 'for _ in $(seq "$0"); do "$@" >/dev/null 2>&1 || true; done' "$reps" "$@"; } 2>&1 | tail -1 || true)
  awk -v l="$label" -v mb="$mb" -v t="$t" -v n="$reps" 'BEGIN { split(t, a, " "); w = a[1] / n; cpu = (a[2] + a[3]) / n;
    printf "| %s | %.3f | %.3f | %.1f | %.1f |\n", l, w, cpu, mb / (w > 0 ? w : 0.001), mb / (cpu > 0 ? cpu : 0.001) }'
}
echo "| tool ($mb MB, 10,000 names) | wall s | CPU s | MB/s (wall) | MB/s (CPU) |"
echo "|---|---:|---:|---:|---:|"
measure "grep -r -F -f names10k.txt" 20 grep -r -F -f "$compare/names10k.txt" "$corpus"
measure "factbase check --facts kb-10000 (2 threads, incl. start-up and KB load)" 1 dotnet "$root/src/FactBase.Cli/bin/Release/net10.0/FactBase.Cli.dll" check --no-builtin-facts --facts "$kb" --format json "$corpus"
[ "${SKIP_TEXTLINT:-}" = 1 ] || measure "textlint + prh (10,000 rules)" 1 "$textlint_dir/node_modules/.bin/textlint" --config "$textlint_dir/.textlintrc.json" "$corpus/**/*.{md,txt}"
