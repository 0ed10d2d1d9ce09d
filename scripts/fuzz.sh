#!/usr/bin/env bash
# Builds and runs one libFuzzer target for SECONDS seconds; exits non-zero when it finds a crash,
# a hang or a memory blow-up (the input is saved under .build-fuzz/artifacts/TARGET/).
#
#   scripts/fuzz.sh TARGET SECONDS     TARGET: language | query | tokenquery | notebook | documents | all
#
# The engine (the DossierKit library and the layers under it) is built once with coverage
# instrumentation (`-sanitize=fuzzer`) into .build-fuzz; each target in Tests/Fuzz/Targets is then
# linked against those objects with libFuzzer's main. Inputs start from Tests/Fuzz/Corpus/TARGET;
# new interesting inputs are kept in .build-fuzz/corpus/TARGET between runs.
#
# Environment: FUZZ_KEEP_GOING=1 runs in fork mode and keeps going past crashes (for long local
# runs; every crash is still saved and the exit status is still non-zero); FUZZ_JOBS (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(language query tokenquery notebook documents)
target=${1:-}
seconds=${2:-60}
if [[ -z "$target" ]]; then
    echo "usage: scripts/fuzz.sh TARGET SECONDS   (TARGET: ${targets[*]} | all)" >&2
    exit 2
fi
if [[ "$target" == all ]]; then
    status=0
    for t in "${targets[@]}"; do "$0" "$t" "$seconds" || status=1; done
    exit $status
fi
if [[ ! -f "Tests/Fuzz/Targets/$target.swift" ]]; then
    echo "fuzz: no target '$target' (have: ${targets[*]})" >&2
    exit 2
fi

root=$PWD
scratch=$root/.build-fuzz
config=release
# One instrumented build of the engine, shared by every target. (SwiftPM 6.3 fails a second
# release build of one target with "unknown build description" unless its manifests are redone.)
rm -f "$scratch/$config.yaml" "$scratch/plugin-tools.yaml"
swift build -c "$config" --scratch-path "$scratch" --target DossierKit -Xswiftc -sanitize=fuzzer >&2
# (Not `--show-bin-path`: run without the same flags, it spoils the build description.)
bin="$scratch/$config"
# Every engine object, not the executables', the shell's (libedit) nor the bundled seeds'.
objects=()
for dir in "$bin"/*.build; do
    name=$(basename "$dir" .build)
    case "$name" in
        dossier | dossier-bench | DossierShell | DossierSeeds | ArgumentParser* | *Tests) continue ;;
    esac
    while IFS= read -r o; do objects+=("$o"); done < <(find "$dir" -name '*.o' | sort)  # nested too (BoringSSL)
done
# C and C++ targets of the engine: their module maps and headers for the compile, the libraries
# Package.swift links them with, and the C++ runtime when there is C++.
flags=()
for map in "$bin"/*.build/module.modulemap; do [[ -e "$map" ]] && flags+=(-Xcc -fmodule-map-file="$map"); done
for inc in "$root"/Sources/*/include; do [[ -d "$inc" ]] && flags+=(-Xcc -I"$inc"); done
# C targets of the dependencies (Yams' CYaml, swift-crypto's BoringSSL shims): their include folders
# hold the module maps the engine's modules were built against.
for map in "$scratch"/checkouts/*/Sources/*/include/module.modulemap; do
    [[ -e "$map" ]] && flags+=(-I "$(dirname "$map")" -Xcc -fmodule-map-file="$map")
done
for lib in $(grep -o 'linkedLibrary("[^"]*")' Package.swift | sed 's/linkedLibrary("\(.*\)")/\1/' | sort -u); do
    [[ "$lib" == edit ]] || flags+=(-l"$lib")
done
if compgen -G "$bin/*.build/*.cpp.o" >/dev/null; then flags+=(-lstdc++); fi
exe="$bin/fuzz-$target"  # beside the resource bundles the engine looks for
# The target and what the targets share (Tests/Fuzz/Support: the seeds corpus).
sources=("$root/Tests/Fuzz/Targets/$target.swift" "$root"/Tests/Fuzz/Support/*.swift)
if [[ ! -x "$exe" || -n "$(find "${sources[@]}" -newer "$exe" -print -quit)" || -n "$(find "$bin" -name '*.o' -newer "$exe" -print -quit)" ]]; then
    swiftc -O -sanitize=fuzzer -parse-as-library -swift-version 6 -I "$bin/Modules" -I "$bin" "${flags[@]}" \
        "${sources[@]}" "${objects[@]}" -o "$exe" >&2
fi

work="$scratch/corpus/$target"
artifacts="$scratch/artifacts/$target"
mkdir -p "$work" "$artifacts"
args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1
    -artifact_prefix="$artifacts/")
if [[ -f "Tests/Fuzz/Dictionaries/$target.dict" ]]; then args+=(-dict="$PWD/Tests/Fuzz/Dictionaries/$target.dict"); fi
if [[ "${FUZZ_KEEP_GOING:-0}" == 1 ]]; then
    args+=(-fork="${FUZZ_JOBS:-1}" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi
# Run from the scratch folder, so nothing a fuzzed statement writes lands in the work tree; the
# Swift backtracer is off (libFuzzer reports the crash and saves the input, and it is much faster).
before=$(find "$artifacts" -type f | wc -l)
status=0
(cd "$scratch" && SWIFT_BACKTRACE=enable=no DOSSIER_FUZZ_SEEDS="$root/seeds" "$exe" "${args[@]}" "$work" "$root/Tests/Fuzz/Corpus/$target") || status=$?
after=$(find "$artifacts" -type f | wc -l)
if [[ $status -ne 0 || $after -gt $before ]]; then
    echo "fuzz: $target found $((after - before)) failing input(s) in $artifacts (exit $status)" >&2
    exit 1
fi
echo "fuzz: $target ran ${seconds}s with no failure" >&2
