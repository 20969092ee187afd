#!/usr/bin/env bash
# The FactBase GitHub Action's steps (action.yml at the repository root runs this script; the tests run it against a
# temporary content repository). It installs the factbase tool, checks the articles once, and writes SARIF for code
# scanning, annotations for the pull request and the step summary from that one run.
#
# Inputs come as environment variables, never spliced into a command line:
#   FACTBASE_INPUT_PATHS      files, folders or globs, one per line or separated by spaces (empty: .factbase.yaml's include)
#   FACTBASE_INPUT_FACTS      folders of fact files, the same way
#   FACTBASE_INPUT_AS_OF      YYYY-MM-DD for articles that state no date
#   FACTBASE_INPUT_CONFIG     a config file other than .factbase.yaml
#   FACTBASE_INPUT_CHANGED_ONLY  true: report only lines added or changed since FACTBASE_INPUT_BASE
#   FACTBASE_INPUT_BASE       the revision to compare with (a pull request's base commit)
#   FACTBASE_INPUT_FAIL_ON    error (default) | warning | never
#   FACTBASE_INPUT_SARIF      where the SARIF goes (default factbase.sarif)
#   FACTBASE_INPUT_VERSION    FactBase.Tool version to install; empty: the tool manifest's, else built from this checkout
#   FACTBASE_INPUT_SOURCE     the NuGet feed to install that version from (default: the configured feeds)
#   FACTBASE_INPUT_ARGS       more arguments for 'factbase check', separated by spaces
# Outputs (to $GITHUB_OUTPUT): sarif, errors, warnings, exit-code.
# Exit status: 0 passed, 1 findings at the fail-on level, 2 the tool could not be installed or could not check.
set -euo pipefail

# A message as a workflow command; its text escaped so that no input can start a command of its own.
say() {
  local kind="$1" text="$2" percent='%25' cr=$'\r' lf=$'\n' escaped_cr='%0D' escaped_lf='%0A'
  text="${text//[%]/$percent}"
  text="${text//$cr/$escaped_cr}"
  text="${text//$lf/$escaped_lf}"
  printf '::%s title=factbase::%s\n' "$kind" "$text"
}

# Splits a list given one per line, or by spaces when it is one line, into the array "items" (bash 3.2 has no namerefs).
split_list() {
  local text="$1" line
  items=()
  if [[ "$text" == *$'\n'* ]]; then
    while IFS= read -r line; do
      line="${line#"${line%%[![:space:]]*}"}"
      line="${line%"${line##*[![:space:]]}"}"
      if [ -n "$line" ]; then items+=("$line"); fi
    done <<< "$text"
  elif [ -n "$text" ]; then
    read -r -a items <<< "$text" || true
  fi
}

action_path="${FACTBASE_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}"
fail_on="${FACTBASE_INPUT_FAIL_ON:-error}"
sarif="${FACTBASE_INPUT_SARIF:-factbase.sarif}"
version="${FACTBASE_INPUT_VERSION:-}"
feed="${FACTBASE_INPUT_SOURCE:-}"
base="${FACTBASE_INPUT_BASE:-}"
outputs="${GITHUB_OUTPUT:-/dev/null}"

case "$fail_on" in
  error | warning | never) ;;
  *) say error "fail-on must be error, warning or never, not '$fail_on'"; exit 2 ;;
esac

work="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/factbase-action.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# 1. The tool: a given version from a feed, the repository's tool manifest, or this action's own source.
if [ -n "$version" ]; then
  install=(tool install --tool-path "$work/tools" --version "$version")
  [ -n "$feed" ] && install+=(--add-source "$feed")
  echo "factbase: installing FactBase.Tool $version${feed:+ from $feed}"
  dotnet "${install[@]}" FactBase.Tool >/dev/null || { say error "could not install FactBase.Tool $version${feed:+ from $feed}"; exit 2; }
  factbase=("$work/tools/factbase")
elif dotnet tool list --local 2>/dev/null | grep -qi '^factbase\.tool[[:space:]]'; then
  echo "factbase: restoring the tool manifest's FactBase.Tool"
  dotnet tool restore >/dev/null || { say error "dotnet tool restore failed"; exit 2; }
  factbase=(dotnet tool run factbase)
else
  echo "factbase: building FactBase.Tool from $action_path"
  dotnet pack "$action_path/src/FactBase.Cli" -c Release -o "$work/nupkg" -p:PackageVersion=0.0.0-action --nologo -v:q >/dev/null \
    || { say error "could not build FactBase.Tool from $action_path/src/FactBase.Cli"; exit 2; }
  dotnet tool install --tool-path "$work/tools" --add-source "$work/nupkg" --version 0.0.0-action FactBase.Tool >/dev/null \
    || { say error "could not install the FactBase.Tool just built"; exit 2; }
  factbase=("$work/tools/factbase")
fi

# 2. One check, three reports: SARIF to its file, annotations (printed below), and the step summary, which the
#    github report appends to $GITHUB_STEP_SUMMARY.
check=("${factbase[@]}" check --report "sarif=$sarif" --report "github=$work/annotations.txt")
split_list "${FACTBASE_INPUT_FACTS:-}"
for folder in ${items[@]+"${items[@]}"}; do check+=(--facts "$folder"); done
[ -n "${FACTBASE_INPUT_AS_OF:-}" ] && check+=(--as-of "$FACTBASE_INPUT_AS_OF")
[ -n "${FACTBASE_INPUT_CONFIG:-}" ] && check+=(--config "$FACTBASE_INPUT_CONFIG")

if [ "${FACTBASE_INPUT_CHANGED_ONLY:-false}" = "true" ]; then
  if [ -z "$base" ] || [[ "$base" =~ ^0+$ ]]; then
    say notice "changed-only: no base revision (not a pull request, or a branch's first push); checking every file"
  elif [[ "$base" == -* ]]; then
    say error "base '$base' is not a revision"
    exit 2
  else
    # A shallow checkout may lack the base commit; its tree is all git diff needs.
    if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
      git fetch --no-tags --quiet --depth=1 origin "$base" 2>/dev/null || say warning "could not fetch $base; check out with fetch-depth: 0"
    fi
    check+=(--changed-since "$base")
  fi
fi

split_list "${FACTBASE_INPUT_ARGS:-}"
check+=(${items[@]+"${items[@]}"})
split_list "${FACTBASE_INPUT_PATHS:-}"
if [ "${#items[@]}" -gt 0 ]; then check+=(-- "${items[@]}"); fi

set +e
"${check[@]}"
status=$?
set -e
[ -f "$work/annotations.txt" ] && cat "$work/annotations.txt"
errors=$(grep -c '^::error ' "$work/annotations.txt" 2>/dev/null || true)
warnings=$(grep -c '^::warning ' "$work/annotations.txt" 2>/dev/null || true)
errors=${errors:-0}
warnings=${warnings:-0}

sarif_path=""
[ -f "$sarif" ] && sarif_path="$(cd "$(dirname "$sarif")" && pwd)/$(basename "$sarif")"
{
  echo "sarif=$sarif_path"
  echo "errors=$errors"
  echo "warnings=$warnings"
  echo "exit-code=$status"
} >> "$outputs"

# 3. The verdict: the tool's own errors always fail; findings fail at the chosen level. Exit code 1 is the tool's word
#    that errors were reported; a run that wrote no annotations file never ran the check at all.
if [ "$status" -ge 2 ] || [ ! -f "$work/annotations.txt" ]; then
  say error "factbase check could not check the articles (exit $status); its messages are above"
  exit 2
fi

echo "factbase: $errors error(s), $warnings warning(s)"
case "$fail_on" in
  error) [ "$status" -eq 0 ] || exit 1 ;;
  warning) [ "$status" -eq 0 ] && [ $((errors + warnings)) -eq 0 ] || exit 1 ;;
  never) ;;
esac
exit 0
