#!/usr/bin/env bash
# Runs Vigil's whole test suite: starts the services the integration tests use (PostgreSQL), then every test
# project against real SQLite, PostgreSQL and the bundled list files. Fails loudly on the first problem.
set -euo pipefail
cd "$(dirname "$0")/.."

eval "$(scripts/test-services.sh)"
export VIGIL_TEST_POSTGRES

dotnet build Vigil.slnx -c Release --nologo -v quiet
dotnet test Vigil.slnx -c Release --no-build --nologo --logger "console;verbosity=minimal" --results-directory TestResults --logger trx
