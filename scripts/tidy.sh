#!/usr/bin/env bash
# clang-tidy over server/src, skipping files whose result is already known to be clean.
#   scripts/tidy.sh BUILD_DIR
# A file is checked again when its content, any project header it includes (per the build's
# dependency records), its compile command (system include directories aside), a .clang-tidy file
# or clang-tidy itself changed since it was
# last found clean. Clean results are kept in $HUSLY_TIDY_CACHE (default: inside the compiler
# cache's directory, so they live as long as the machine keeps its compiler cache);
# HUSLY_TIDY_CACHE=off checks every file.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: scripts/tidy.sh BUILD_DIR}
ccache_dir=$(ccache --get-config cache_dir 2>/dev/null || echo "${XDG_CACHE_HOME:-$HOME/.cache}/husly")
cache=${HUSLY_TIDY_CACHE:-$ccache_dir/husly-clang-tidy}
tidy=clang-tidy-19

mapfile -t sources < <(git ls-files 'server/src/*.cpp')
if [ "$cache" = off ]; then
  printf '%s\n' "${sources[@]}" | xargs -P "$(nproc)" -n 4 "$tidy" -p "$build" --quiet
  exit 0
fi
mkdir -p "$cache"

# One line per source: "<key> <source>", the key hashing everything the result depends on.
keys=$(python3 - "$build" "${sources[@]}" <<'PY'
import hashlib, json, os, subprocess, sys

build, sources = sys.argv[1], sys.argv[2:]
root = os.getcwd()
tidy_version = subprocess.run(["clang-tidy-19", "--version"], capture_output=True, text=True).stdout
# The .clang-tidy files that apply to a source: the checkout's, then any in a directory on its way.
def config_for(source):
    parts = os.path.dirname(source).split(os.sep)
    paths = [os.path.join(*parts[:n], ".clang-tidy") for n in range(1, len(parts) + 1)]
    return open(".clang-tidy", "rb").read() + b"".join(open(p, "rb").read() for p in paths if os.path.isfile(p))
commands = {os.path.realpath(os.path.join(c["directory"], c["file"])): c.get("command") or " ".join(c["arguments"])
            for c in json.load(open(os.path.join(build, "compile_commands.json")))}

# ninja's dependency records: "<object>: #deps N, …" then one indented header path per line.
deps, current = {}, None
for line in subprocess.run(["ninja", "-C", build, "-t", "deps"], capture_output=True, text=True).stdout.splitlines():
    if line and not line.startswith(" "):
        current = line.split(":")[0]
        deps[current] = []
    elif line.strip() and current is not None:
        deps[current].append(line.strip())

by_source = {}
for obj, paths in deps.items():
    if paths:
        by_source.setdefault(os.path.realpath(os.path.join(build, paths[0])), []).append(paths[1:])

digests = {}
def digest(path):
    if path not in digests:
        try:
            digests[path] = hashlib.sha256(open(path, "rb").read()).hexdigest()
        except OSError:
            digests[path] = "missing"
    return digests[path]

for source in sources:
    full = os.path.realpath(source)
    if full not in commands or full not in by_source:
        print("unknown", source)  # not built yet: always checked
        continue
    # Paths relative to the checkout, so a clone elsewhere finds the same results; system include
    # directories left out (the headers found there change with packages, not with the project),
    # so a library added to one target does not send every file back to clang-tidy.
    words = commands[full].replace(root, "").split()
    kept, skip = [], False
    for word in words:
        if skip:
            skip = False
        elif word == "-isystem":
            skip = True
        elif not word.startswith("-isystem"):
            kept.append(word)
    command = " ".join(kept)
    h = hashlib.sha256(tidy_version.encode() + config_for(source) + command.encode() + digest(full).encode())
    headers = sorted({os.path.realpath(os.path.join(build, p)) for paths in by_source[full] for p in paths})
    for header in headers:
        if header.startswith(root + os.sep):  # project headers; system headers change with packages
            h.update(os.path.relpath(header, root).encode() + digest(header).encode())
    print(h.hexdigest(), source)
PY
)

todo=()
while read -r key source; do
  [ "$key" != unknown ] && [ -f "$cache/$key" ] || todo+=("$key $source")
done <<<"$keys"

echo "clang-tidy: ${#todo[@]} of ${#sources[@]} files changed since their last clean check"
[ ${#todo[@]} -eq 0 ] && exit 0
# Each file on its own, its clean result remembered as soon as it is known (an interrupted run
# keeps what it found); the files with findings are listed at the end.
failed_list=$(mktemp)
trap 'rm -f "$failed_list"' EXIT
export tidy build cache failed_list
printf '%s\n' "${todo[@]}" | xargs -P "$(nproc)" -L 1 sh -c '
  if "$tidy" -p "$build" --quiet "$1"; then
    [ "$0" = unknown ] || : >"$cache/$0"
  else
    echo "$1" >>"$failed_list"
  fi' || true
if [ -s "$failed_list" ]; then
  sort -u "$failed_list" | sed 's/^/clang-tidy: findings in /'
  exit 1
fi
