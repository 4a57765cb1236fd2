#!/usr/bin/env bash
# Runs `vigil bench` of two commits side by side, one core each, then again with the cores swapped, so both builds
# see the same machine at the same moments: on a shared VM the speed drifts by half within minutes, more than most
# changes measured. Prints single-query latency and batch throughput of each run and the ratios new / base.
#   scripts/bench-ab.sh BASE_REV [NEW_REV]      (NEW_REV defaults to HEAD; needs git, dotnet, taskset, python3)
# Each side is a ReadyToRun build of its own worktree (scripts/publish.sh) on its own bundled lists. The batch runs on
# one core here, so its figure is about half of a normal run's; only the ratio compares. Builds that report work per
# query (candidates, names aligned, tokens compared) have it compared too: counts, free of the machine's noise.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base_rev="${1:?usage: scripts/bench-ab.sh BASE_REV [NEW_REV]}"
new_rev="${2:-HEAD}"
customers="${VIGIL_AB_CUSTOMERS:-10000}"
work="$(mktemp -d)"
cleanup() {
  git -C "$root" worktree remove --force "$work/base" 2>/dev/null || true
  git -C "$root" worktree remove --force "$work/new" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for side in base new; do
  rev="$base_rev"
  [ "$side" = new ] && rev="$new_rev"
  git -C "$root" worktree add --detach -q "$work/$side" "$rev"
  echo "building $side ($(git -C "$work/$side" log --oneline -1))" >&2
  bash "$work/$side/scripts/publish.sh" > /dev/null 2> "$work/$side-publish.log" || { cat "$work/$side-publish.log" >&2; exit 1; }
done

for round in 0 1; do
  echo "round $round: base on core $round, new on core $((1 - round))" >&2
  taskset -c "$round" "$work/base/artifacts/vigil/vigil" bench --json --customers "$customers" --scale 1 --cold-start-runs 0 > "$work/base-$round.json" &
  b=$!
  taskset -c "$((1 - round))" "$work/new/artifacts/vigil/vigil" bench --json --customers "$customers" --scale 1 --cold-start-runs 0 > "$work/new-$round.json" &
  n=$!
  wait "$b"
  wait "$n"
done

python3 - "$work" "$(git -C "$root" rev-parse --short "$base_rev")" "$(git -C "$root" rev-parse --short "$new_rev")" <<'EOF'
import json, sys
work, base, new = sys.argv[1:4]
rows = []
for side, rev in (("base", base), ("new", new)):
    for r in (0, 1):
        d = json.load(open(f"{work}/{side}-{r}.json"))
        s = d["singleQuery"]
        rows.append((side, rev, r, s["p50"], s["p99"], s["mean"], d["batch"]["namesPerSecond"], d["environment"]["loadAverageBefore"]))
print("| side | commit | round (core) | p50 µs | p99 µs | mean µs | batch names/s (1 core) | load before |")
print("|---|---|---|---:|---:|---:|---:|---|")
for side, rev, r, p50, p99, mean, batch, load in rows:
    core = r if side == "base" else 1 - r
    print(f"| {side} | `{rev}` | {r} ({core}) | {p50:,.1f} | {p99:,.1f} | {mean:,.1f} | {batch:,} | {load} |")
def avg(side, i):
    vals = [row[i] for row in rows if row[0] == side]
    return sum(vals) / len(vals)
for name, i in (("p50", 3), ("p99", 4), ("mean", 5)):
    print(f"{name}: base {avg('base', i):,.1f} µs, new {avg('new', i):,.1f} µs, new/base {avg('new', i) / avg('base', i):.2f}")
print(f"batch: base {avg('base', 6):,.0f}, new {avg('new', 6):,.0f} names/s, new/base {avg('new', 6) / avg('base', 6):.2f}")
# Work per query is counted, not timed: the same on every run of a build, so any difference is the change's own.
works = {side: json.load(open(f"{work}/{side}-0.json")).get("singleQueryWork") for side in ("base", "new")}
if all(works.values()):
    for k in ("candidates", "aligned", "tokensCompared"):
        print(f"work per query, {k}: base {works['base'][k]:,.1f}, new {works['new'][k]:,.1f}")
EOF
