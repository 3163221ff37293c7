#!/usr/bin/env python3
"""scripts/gen-sgemm-data.py - writes the .float input data of the bundled
SGEMM kernel (traces/kernels/sgemm_f32.s): AT (K x M), B (K x N), C0 (M x N).

The output is pasted into the kernel between its "BEGIN generated data" and
"END generated data" lines and committed; the kernel never runs this script.
Deterministic: a fixed-seed 64-bit xorshift generator, no library RNG.

Values are short decimals (so the file stays readable), chosen so that:
- signs and magnitudes vary (AT and B: about 0.001 .. 99; C0: 0.0001 .. 999),
- most are not exactly representable, so the products of AT and B have full
  24-bit significands and every fused multiply-add rounds,
- a few exact values (0.0, -0.0, small dyadic fractions) give exact products
  and signed-zero sums.

usage: gen-sgemm-data.py [M N K]        (default 67 70 29)
"""

import sys


class Rng:
    """xorshift64*: small, deterministic, the same on every Python."""

    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFFFFFFFFFF

    def next(self):
        x = self.s
        x ^= (x >> 12)
        x ^= (x << 25) & 0xFFFFFFFFFFFFFFFF
        x ^= (x >> 27)
        self.s = x
        return (x * 0x2545F4914F6CDD1D) & 0xFFFFFFFFFFFFFFFF

    def below(self, n):
        return (self.next() >> 11) % n


EXACT = ["0.0", "-0.0", "0.5", "-0.25", "1.0", "-2.0", "0.375", "-1.125", "3.0", "0.0625"]


def decimal(digits, point):
    """digits (a positive int) with `point` digits after the decimal point."""
    s = str(digits)
    if point <= 0:
        return s + "0" * (-point) + ".0"
    if len(s) <= point:
        s = "0" * (point - len(s) + 1) + s
    whole, frac = s[:-point], s[-point:]
    frac = frac.rstrip("0") or "0"
    return whole + "." + frac


def value(rng, ndigits, lo_exp, hi_exp):
    """A signed decimal of ndigits significant digits, magnitude about
    10^lo_exp .. 10^hi_exp; one value in 16 is taken from EXACT instead."""
    if rng.below(16) == 0:
        return EXACT[rng.below(len(EXACT))]
    lead = 10 ** (ndigits - 1)
    digits = lead + rng.below(9 * lead)
    exp = lo_exp + rng.below(hi_exp - lo_exp + 1)     # value = digits * 10^(exp - ndigits + 1)
    point = ndigits - 1 - exp
    text = decimal(digits, point)
    return ("-" + text) if rng.below(2) else text


def emit(label, rows, cols, rng, ndigits, lo_exp, hi_exp, comment):
    print(f"// {label}: {rows} x {cols} fp32, row-major. {comment}")
    print("    .balign 64")
    print(f"{label}:")
    for r in range(rows):
        vals = [value(rng, ndigits, lo_exp, hi_exp) for _ in range(cols)]
        print(f"    // {label} row {r}")
        for c in range(0, cols, 10):
            print("    .float " + ", ".join(vals[c:c + 10]))


def main():
    m, n, k = (int(a) for a in sys.argv[1:4]) if len(sys.argv) == 4 else (67, 70, 29)
    print(f"// BEGIN generated data: scripts/gen-sgemm-data.py {m} {n} {k}")
    emit("AT", k, m, Rng(0x5EED0A), 5, -3, 1, "Row k is column k of A: A[i][k] = AT[k*M + i].")
    emit("B", k, n, Rng(0x5EED0B), 5, -3, 1, "B[k][j] = B[k*N + j].")
    emit("C0", m, n, Rng(0x5EED0C), 3, -4, 2, "C0[i][j] = C0[i*N + j].")
    print("// END generated data")


if __name__ == "__main__":
    main()
