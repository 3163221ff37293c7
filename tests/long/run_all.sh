#!/bin/sh
# tests/long/run_all.sh — the long suites (make check-long), each a wider
# version of a make test check:
#   1. llvm-mc-19 on 2000 random encodings of every pattern;
#   2. decode -> text -> assemble round trips on 20 million random words;
#   3. four cores running the kernel at once, each core's C against qemu;
#   4. the libFuzzer harness on decode -> text -> assemble -> decode, 2 minutes;
#   5. llvm-mc-19 on 2 million random SVE and SME words (a new seed each run);
#   6. sim/fp/ against qemu-aarch64 11.1 on 40 seeds of random cases;
#   7. the differential families (tests/diff) against qemu-aarch64 11.1,
#      400 cases each at every SVL, a new seed each run.
# usage: tests/long/run_all.sh SMESIM ROUNDTRIP_TEST FUZZ_DECODE FP_DRIVER
set -eu
SMESIM=$1 ROUNDTRIP=$2 FUZZ=$3 FP_DRIVER=$4
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0

echo "== 1. llvm-mc-19, 2000 encodings per pattern"
python3 tests/long/dense_sweep.py "$T/dense.txt" 2000 decode/isa/*.decode
python3 tests/oracle/llvm_sweep.py "$SMESIM" "$T/dense.txt" || fail=1

echo "== 2. round trips of 20 million random words"
SMESIM_FUZZ_WORDS=20000000 "$ROUNDTRIP" | tail -2 || fail=1

echo "== 3. the kernel on 4 cores at once, against qemu-aarch64"
clang-19 --target=aarch64-linux-gnu -march=armv9-a+sme -c traces/kernels/sgemm_f32.s -o "$T/k.o"
ld.lld-19 -static -o "$T/k.elf" "$T/k.o"
for svl in 128 256 512 1024 2048; do
    qemu-aarch64 -cpu "max,sme=on,sme$svl=on,sme-default-vector-length=$((svl / 8))" "$T/k.elf" dump >"$T/q1"
    cat "$T/q1" "$T/q1" "$T/q1" "$T/q1" >"$T/q4"
    "$SMESIM" run --quiet --cores 4 --svl "$svl" "$T/k.elf" -- dump >"$T/s4"
    if cmp -s "$T/q4" "$T/s4"; then echo "  SVL $svl: 4 cores agree with qemu"; else echo "  SVL $svl: DIFFER"; fail=1; fi
done

echo "== 4. libFuzzer: decode -> text -> assemble -> decode, 120 s"
mkdir -p "$T/corpus"
"$FUZZ" -max_total_time=120 -print_final_stats=1 "$T/corpus" 2>"$T/fuzz.log" || { tail -20 "$T/fuzz.log"; fail=1; }
grep -E "stat::number_of_executed_units|Done" "$T/fuzz.log" | tail -2

echo "== 5. llvm-mc-19 on 2 million random words per space, seed $(date +%s)"
python3 tests/oracle/llvm_random.py "$SMESIM" --count 2000000 --seed "$(date +%s)" || fail=1

echo "== 6. sim/fp against qemu-aarch64 11.1, 40 seeds x 2000 cases per instruction"
if PER_OP=2000 SEEDS="$(seq -s ' ' 101 140)" sh tests/oracle/fp_qemu.sh "$FP_DRIVER" >"$T/fp.txt"; then
    tail -n 2 "$T/fp.txt"
else
    grep -v '^    ' "$T/fp.txt" | tail -n 20
    fail=1
fi

seed=$(date +%s)
echo "== 7. tests/diff against qemu-aarch64 11.1, 400 cases per family, seed $seed"
python3 tests/diff/run.py --smesim "$SMESIM" --seed "$seed" --cases 400 || fail=1

[ $fail -eq 0 ] && echo "check-long: all passed"
exit $fail
