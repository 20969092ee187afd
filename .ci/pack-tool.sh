#!/usr/bin/env bash
# Packs the factbase tool as it is released (issue 18): a pointer package FactBase.Tool, the Native AOT build for
# linux-x64 (FactBase.Tool.linux-x64) and the framework-dependent build for every other platform (FactBase.Tool.any).
# `dotnet tool install FactBase.Tool --add-source OUT` picks the right one. Usage: .ci/pack-tool.sh [OUT_DIR]
# Needs clang and zlib1g-dev for the AOT link (Debian: apt-get install clang zlib1g-dev; installed here when run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/native-prereqs.sh
out=$(realpath -m "${1:-artifacts/tool}")
mkdir -p "$out"
project=src/FactBase.Cli/FactBase.Cli.csproj
dotnet pack "$project" -c Release -p:FactBaseNativeTool=true -o "$out" -nologo
dotnet pack "$project" -c Release -p:FactBaseNativeTool=true -r linux-x64 -o "$out" -nologo
dotnet pack "$project" -c Release -p:FactBaseNativeTool=true -r any -o "$out" -nologo
ls -l "$out"/FactBase.Tool*.nupkg
