#!/usr/bin/env bash
# Installs what a Native AOT publish of the tool links with on Linux (clang, zlib1g-dev), when it is missing and we can:
# as root with apt-get (Debian, Ubuntu). Used by .ci/run (the native tool's test) and .ci/pack-tool.sh. Never fails the
# caller: without the tool chain the publish itself says what is missing.
set -uo pipefail
if command -v clang >/dev/null 2>&1 && { [ -e /usr/include/zlib.h ] || ! command -v apt-get >/dev/null 2>&1; }; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing clang and zlib1g-dev for the Native AOT build"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q clang zlib1g-dev; } >/tmp/factbase-native-install.log 2>&1 \
    || echo "warning: could not install clang and zlib1g-dev (see /tmp/factbase-native-install.log)"
else
  echo "note: the Native AOT build needs clang and zlib1g-dev (Debian: apt-get install clang zlib1g-dev)"
fi
