#!/bin/sh
# bench/run_all.sh — speed against peers measured in the same run, as ratios
# (these machines are shared and noisy: compare ratios, not seconds):
#   1. simulation: the FMOPA loop of ../shared/ORACLES.md under qemu-aarch64
#      and under smesim (functional + timing), at SVL 128, 512 and 1024;
#   2. decoding: bench/decode (smesim decode, decode + text, and Capstone).
# Each time is the best of 3 runs.
# usage: bench/run_all.sh SMESIM DECODE_BENCH SWEEP_FILE
set -eu
SMESIM=$1 DECODE=$2 SWEEP=$3
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
clang-19 --target=aarch64-linux-gnu -march=armv9-a+sme -c bench/programs/fmopa_loop.s -o "$T/f.o"
ld.lld-19 -static -o "$T/f.elf" "$T/f.o"

best_of_3() {   # prints the best wall time of 3 runs of "$@", in seconds
    best=""
    for _ in 1 2 3; do
        s=$(date +%s.%N)
        "$@" >/dev/null 2>&1
        e=$(date +%s.%N)
        best=$(echo "$s $e ${best:-999999}" | awk '{d = $2 - $1; print (d < $3 ? d : $3)}')
    done
    echo "$best"
}

insns=$("$SMESIM" run --quiet --json - "$T/f.elf" | python3 -c "import json,sys;print(json.load(sys.stdin)['instructions'])")
echo "simulation: bench/programs/fmopa_loop.s, $insns instructions (2 LD1W, 4 FMOPA, SUBS, B.NE per iteration)"
for svl in 128 512 1024; do
    q=$(best_of_3 qemu-aarch64 -cpu "max,sme=on,sme$svl=on,sme-default-vector-length=$((svl / 8))" "$T/f.elf")
    s=$(best_of_3 "$SMESIM" run --quiet --svl "$svl" "$T/f.elf")
    echo "$svl $q $s $insns" | awk '{printf "  SVL %4d: qemu-aarch64 %6.3f s (%6.1f MIPS), smesim %6.3f s (%6.1f MIPS): smesim takes %.2fx qemu'"'"'s time\n", $1, $2, $4/$2/1e6, $3, $4/$3/1e6, $3/$2}'
done
"$DECODE" "$SWEEP" 1
