/* tests/unit/test_fp_paths.c — the floating-point layer's host fast path and
 * its exact integer path agree bit for bit, result and FPSR, on random
 * inputs biased to NaNs, infinities, zeros, subnormals, near-overflow values
 * and ties, for every operation that has both (and the FMOPA row).
 * The expected values are the exact path's, itself checked against
 * qemu-aarch64 by tests/oracle/fp_qemu.sh.
 */
#include "tests/unit/harness.h"

#include <stdio.h>

#include "sim/fp/fp.h"

#define ROUNDS 60000

static uint64_t state = 0x243f6a8885a308d3ull;
static uint64_t rnd(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

/* a single or double (e, f) biased to the corners; near `like` sometimes */
static uint64_t gen(int e, int f, uint64_t like)
{
    uint64_t emax = (1ull << e) - 1, bias = emax >> 1, fmask = (1ull << f) - 1;
    uint64_t sign = rnd() & 1, ex, fr, r = rnd();
    unsigned c = (unsigned)(rnd() % 100);
    if (like && c < 30) {
        ex = ((like >> f) & emax) + rnd() % 3 - 1;
        fr = (like & fmask) ^ (rnd() & 3);
        return sign << (e + f) | (ex & emax) << f | fr;
    }
    if (c < 6) { ex = 0; fr = 0; }
    else if (c < 16) { ex = 0; fr = r & fmask >> (rnd() % (unsigned)f); if (!fr) fr = 1; }
    else if (c < 19) { ex = emax; fr = 0; }
    else if (c < 22) { ex = emax; fr = r & fmask; if (!fr) fr = 1; }
    else if (c < 30) { ex = emax - 1 - rnd() % 2; fr = r & fmask; }
    else if (c < 38) { ex = 1 + rnd() % 3; fr = r & fmask; }
    else if (c < 70) { ex = bias - 4 + rnd() % 9; fr = r & ~(fmask >> (1 + rnd() % (unsigned)f)) & fmask; }
    else { ex = 1 + rnd() % (emax - 1); fr = r & fmask; }
    return sign << (e + f) | ex << f | fr;
}

/* FPCRs the fast path may take (RMode 0, no FZ/FIZ, AH only in ZA mode)
 * and, now and then, one it must decline */
static uint32_t gen_fpcr(void)
{
    uint32_t c = 0;
    if (rnd() & 1) c |= SMESIM_FPCR_DN;
    if (rnd() % 4 == 0) c |= SMESIM_FPCR_AH;
    if (rnd() % 8 == 0) c |= SMESIM_FPCR_FZ;
    if (rnd() % 8 == 0) c |= (uint32_t)(rnd() & 3) << SMESIM_FPCR_RMODE_SHIFT;
    return c;
}

typedef uint64_t (*bin_fn)(smesim_fpfmt, uint64_t, uint64_t, smesim_fpenv *);

static void agree2(bin_fn fn, smesim_fpfmt f, int e, int fr)
{
    for (int i = 0; i < ROUNDS; i++) {
        uint64_t a = gen(e, fr, 0), b = gen(e, fr, rnd() & 1 ? a : 0);
        uint32_t fpcr = gen_fpcr(), mode = rnd() % 4 == 0 ? SMESIM_FPENV_ZA : 0;
        smesim_fpenv fast = smesim_fpenv_make(fpcr, 0, mode);
        smesim_fpenv exact = smesim_fpenv_make(fpcr, 0, mode | SMESIM_FPENV_EXACT);
        uint64_t r1 = fn(f, a, b, &fast), r2 = fn(f, a, b, &exact);
        if (r1 != r2 || fast.fpsr != exact.fpsr) {
            fprintf(stderr, "a=%llx b=%llx fpcr=%x mode=%x: fast %llx/%x exact %llx/%x\n",
                    (unsigned long long)a, (unsigned long long)b, fpcr, mode, (unsigned long long)r1,
                    fast.fpsr, (unsigned long long)r2, exact.fpsr);
            fail();
        }
    }
}

TEST(fp32_add_sub_mul_div)
{
    agree2(smesim_fp_add, SMESIM_FP32, 8, 23);
    agree2(smesim_fp_sub, SMESIM_FP32, 8, 23);
    agree2(smesim_fp_mul, SMESIM_FP32, 8, 23);
    agree2(smesim_fp_div, SMESIM_FP32, 8, 23);
}

TEST(fp64_add_sub_mul)
{
    agree2(smesim_fp_add, SMESIM_FP64, 11, 52);
    agree2(smesim_fp_sub, SMESIM_FP64, 11, 52);
    agree2(smesim_fp_mul, SMESIM_FP64, 11, 52);
}

TEST(fp32_sqrt)
{
    for (int i = 0; i < ROUNDS; i++) {
        uint64_t a = gen(8, 23, 0);
        uint32_t fpcr = gen_fpcr();
        smesim_fpenv fast = smesim_fpenv_make(fpcr, 0, 0);
        smesim_fpenv exact = smesim_fpenv_make(fpcr, 0, SMESIM_FPENV_EXACT);
        expect_u64(smesim_fp_sqrt(SMESIM_FP32, a, &fast), smesim_fp_sqrt(SMESIM_FP32, a, &exact));
        expect_eq(fast.fpsr, exact.fpsr);
    }
}

TEST(fp32_muladd_with_and_without_za)
{
    for (int i = 0; i < 4 * ROUNDS; i++) {
        uint64_t a = gen(8, 23, 0), b = gen(8, 23, 0);
        /* an addend near the product half the time: cancellation and ties */
        uint64_t c = gen(8, 23, rnd() & 1 ? a : 0);
        if (rnd() % 4 == 0) c = smesim_fp_neg(SMESIM_FP32, c, &(smesim_fpenv){ 0 });
        uint32_t fpcr = gen_fpcr(), mode = rnd() & 1 ? SMESIM_FPENV_ZA : 0;
        smesim_fpenv fast = smesim_fpenv_make(fpcr, 0, mode);
        smesim_fpenv exact = smesim_fpenv_make(fpcr, 0, mode | SMESIM_FPENV_EXACT);
        uint64_t r1 = smesim_fp_muladd(SMESIM_FP32, c, a, b, &fast);
        uint64_t r2 = smesim_fp_muladd(SMESIM_FP32, c, a, b, &exact);
        if (r1 != r2 || fast.fpsr != exact.fpsr) {
            fprintf(stderr, "c=%llx a=%llx b=%llx fpcr=%x mode=%x: fast %llx/%x exact %llx/%x\n",
                    (unsigned long long)c, (unsigned long long)a, (unsigned long long)b, fpcr, mode,
                    (unsigned long long)r1, fast.fpsr, (unsigned long long)r2, exact.fpsr);
            fail();
        }
    }
}

/* the FMOPA row (host FMA where the CPU has it) against one exact element at a time */
TEST(fp32_muladd_row_za)
{
    enum { N = 64 };
    for (int round = 0; round < ROUNDS / 16; round++) {
        uint8_t acc[4 * N], want[4 * N], op2[4 * N], pred[N / 2];
        uint32_t op1 = (uint32_t)gen(8, 23, 0), fpcr = gen_fpcr();
        for (int j = 0; j < N; j++) {
            uint32_t b = (uint32_t)gen(8, 23, 0), c = (uint32_t)gen(8, 23, rnd() & 1 ? op1 : 0);
            memcpy(op2 + 4 * j, &b, 4);
            memcpy(acc + 4 * j, &c, 4);
        }
        for (int k = 0; k < N / 2; k++) pred[k] = (uint8_t)rnd();
        memcpy(want, acc, sizeof acc);
        smesim_fpenv e = smesim_fpenv_make(fpcr, 0, SMESIM_FPENV_ZA);
        smesim_fpenv x = smesim_fpenv_make(fpcr, 0, SMESIM_FPENV_ZA | SMESIM_FPENV_EXACT);
        const uint8_t *p = round % 3 == 0 ? NULL : pred;
        unsigned n1 = smesim_fp32_muladd_row(acc, op1, op2, p, N, &e);
        unsigned n2 = 0;
        for (unsigned j = 0; j < N; j++) {
            if (p && !((p[j / 2] >> ((j & 1) * 4)) & 1)) continue;
            uint32_t b, c;
            memcpy(&b, op2 + 4 * j, 4);
            memcpy(&c, want + 4 * j, 4);
            c = (uint32_t)smesim_fp_muladd(SMESIM_FP32, c, op1, b, &x);
            memcpy(want + 4 * j, &c, 4);
            n2++;
        }
        expect_eq(n1, n2);
        expect_mem(acc, want, sizeof acc);
        expect_eq(e.fpsr, 0);
    }
}

RUN_TESTS(T(fp32_add_sub_mul_div), T(fp64_add_sub_mul), T(fp32_sqrt), T(fp32_muladd_with_and_without_za),
          T(fp32_muladd_row_za))
