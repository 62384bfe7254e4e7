#!/usr/bin/env bash
# Start-up of the NativeAOT `syscalls` against the C `ausyscall`: a single lookup is nothing but process start-up.
# Target: `syscalls x86_64 mkdir` within 1.5x the wall time of `ausyscall x86_64 mkdir`.
#
# usage: tests/SyscallTables.Benchmarks/startup-vs-ausyscall.sh [PATH_TO_SYSCALLS_BINARY] [RUNS]
#   Without a path it publishes the static binary first (the CLI project turns PublishAot on when publishing).
#   hyperfine runs without a shell (-N), so the figures are the processes' own wall time.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
binary="${1:-}"
runs="${2:-1000}"

# shellcheck source=peers.sh
source "$root/tests/SyscallTables.Benchmarks/peers.sh"
skip_unless_installed "hyperfine auditd python3" hyperfine ausyscall python3

if [[ -z "$binary" ]]; then
  echo "Publishing the NativeAOT static binary..." >&2
  dotnet publish "$root/src/SyscallTables.Cli" -c Release -r linux-x64 >&2
  binary="$root/src/SyscallTables.Cli/bin/Release/net10.0/linux-x64/publish/syscalls"
fi
binary="$(realpath "$binary")"

echo "binary: $binary ($(stat -c %s "$binary") bytes)"
echo "file:   $(file -b "$binary")"
echo "ausyscall: $(command -v ausyscall) ($(dpkg-query -W -f='${Package} ${Version}' auditd 2>/dev/null || echo 'version unknown'))"
echo "runs:   $runs each, alternating"
# Same answer, or the timing compares different work.
diff <("$binary" x86_64 mkdir) <(ausyscall x86_64 mkdir) >/dev/null || { echo "outputs differ; not timing" >&2; exit 1; }

json="$(mktemp --suffix=.json)"
trap 'rm -f "$json"' EXIT
# Alternation: hyperfine runs commands one after the other, so rounds of 100 runs each, interleaved, keep a
# noisy neighbour from landing on one side only.
rounds=$(( runs / 100 )); (( rounds > 0 )) || rounds=1
commands=()
for (( i = 0; i < rounds; i++ )); do
  commands+=("$binary x86_64 mkdir" "ausyscall x86_64 mkdir")
done
hyperfine -N --warmup 50 --runs 100 --export-json "$json" --style none "${commands[@]}" >/dev/null 2>&1

python3 - "$json" "$binary" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
by = {}
for r in results:
    key = "syscalls" if r["command"].startswith(sys.argv[2]) else "ausyscall"
    by.setdefault(key, {"times": [], "user": [], "system": []})
    by[key]["times"] += r["times"]; by[key]["user"].append(r["user"]); by[key]["system"].append(r["system"])
print()
print("| command                | runs | mean ms | median ms | min ms | stddev ms | user ms | sys ms |")
print("|------------------------|-----:|--------:|----------:|-------:|----------:|--------:|-------:|")
row = {}
for key, label in (("syscalls", "syscalls x86_64 mkdir"), ("ausyscall", "ausyscall x86_64 mkdir")):
    t = [x * 1e3 for x in by[key]["times"]]
    row[key] = (statistics.mean(t), statistics.median(t), min(t))
    print(f"| {label:<22} | {len(t):4d} | {statistics.mean(t):7.3f} | {statistics.median(t):9.3f} | {min(t):6.3f} | "
          f"{statistics.stdev(t):9.3f} | {statistics.mean(by[key]['user'])*1e3:7.3f} | {statistics.mean(by[key]['system'])*1e3:6.3f} |")
print()
for i, name in enumerate(("mean", "median", "min")):
    ratio = row["syscalls"][i] / row["ausyscall"][i]
    print(f"ratio syscalls/ausyscall ({name}): {ratio:.2f}x  (target <= 1.50x: {'met' if ratio <= 1.5 else 'NOT met'})")
PY
