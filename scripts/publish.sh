#!/usr/bin/env bash
# Publishes the vigil CLI as a ReadyToRun (precompiled) build into artifacts/vigil, for production use and for
# measuring cold start: precompiled code skips most start-up JIT work (see docs/benchmarks.md).
#   scripts/publish.sh            -> artifacts/vigil/vigil (linux-x64, framework-dependent)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rid="${VIGIL_RID:-linux-x64}"
out="$root/artifacts/vigil"
dotnet publish "$root/src/Vigil.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out" >&2
echo "$out/vigil"
