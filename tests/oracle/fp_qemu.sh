#!/bin/sh
# tests/oracle/fp_qemu.sh — sim/fp/ against qemu-aarch64 11.1, bit for bit.
#
# Builds tests/oracle/fp/fp_guest.c with clang-19 into a freestanding AArch64
# program; for each seed, FP_DRIVER (tests/oracle/fp/fp_driver.c, linked with
# libsmesim) generates PER_OP random cases for every instruction in
# tests/oracle/fp/fp_ops.def, each with its own FPCR (RMode, FZ, FZ16, DN, AH,
# FIZ, AHP, EBF) and FPMR; the guest runs them under qemu-aarch64 and writes
# result, FPSR and NZCV; the driver computes the same with sim/fp/ (and on the
# exact path alone) and compares.  qemu comes from scripts/get-qemu (Debian
# unstable's qemu-user, cached in build/qemu-11) unless QEMU names one.
#
# usage: tests/oracle/fp_qemu.sh FP_DRIVER
# Environment (optional): PER_OP (default 600), SEEDS (default "1"), CLANG,
#   QEMU, ONLY (a name prefix from fp_ops.def, e.g. FMADD).
# Exit status: 0 when every case agrees, 1 otherwise.

PER_OP=${PER_OP:-600}
SEEDS=${SEEDS:-1}
CLANG=${CLANG:-clang-19}
me=fp_qemu

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 FP_DRIVER (the built tests/oracle/fp/fp_driver.c)" >&2
    exit 1
fi
DRIVER=$1
root=$(cd "$(dirname "$0")/../.." && pwd) || exit 1

if [ -z "${QEMU:-}" ]; then
    QEMU=$(cd "$root" && scripts/get-qemu) || { echo "$me: no qemu-aarch64 11 (see the line above)" >&2; exit 1; }
    case $QEMU in /*) ;; *) QEMU="$root/$QEMU" ;; esac
fi
command -v "$CLANG" >/dev/null 2>&1 || { echo "$me: $CLANG not found (scripts/install-deps test)" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fp_qemu.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

if ! "$CLANG" --target=aarch64-linux-gnu -march=armv9-a+sme2+sve2+fp16+bf16+fp8+sme-f64f64+sme-f16f16+sme-b16b16 -O2 \
        -ffreestanding -fno-builtin -nostdlib -static -fuse-ld=lld -I"$root" \
        -o "$tmp/guest" "$root/tests/oracle/fp/fp_guest.c" 2>"$tmp/build.err"; then
    echo "$me: cannot build the guest:" >&2
    cat "$tmp/build.err" >&2
    exit 1
fi

fail=0
for seed in $SEEDS; do
    "$DRIVER" gen "$seed" "$PER_OP" ${ONLY:+"$ONLY"} >"$tmp/cases" || exit 1
    if ! "$QEMU" -cpu max,sme=on "$tmp/guest" <"$tmp/cases" >"$tmp/results"; then
        echo "$me: the guest failed under $QEMU (seed $seed)"
        fail=1
        continue
    fi
    "$DRIVER" check "$tmp/cases" "$tmp/results" || fail=1
done
[ $fail -eq 0 ] && echo "$me: sim/fp agrees with $("$QEMU" --version | head -n 1 | sed 's/ version / /')"
exit $fail
