# Sourced by the benchmark scripts: a comparison with a peer that is not installed measures nothing, so it says so
# and stops with success rather than failing a run on a machine that lacks the peer.

# skip_unless_installed PACKAGE_HINT COMMAND...: exits 0 with a SKIPPED line when one of the commands is missing.
skip_unless_installed() {
  local hint="$1" tool
  shift
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1 && [[ ! -x "$tool" ]]; then
      echo "SKIPPED: $tool is not installed (Debian: apt-get install $hint); nothing measured." >&2
      exit 0
    fi
  done
}
