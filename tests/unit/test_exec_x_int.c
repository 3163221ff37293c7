/* tests/unit/test_exec_x_int.c — SVE integer families (sim/exec/
 * shape_x_int.h and its bodies) in cases the qemu differential tests
 * (tests/diff/families/sve_int_*.py ...) do not reach: FPCR.AH (the
 * harness cannot set FPCR yet), MOVPRFX on its own (LLVM will not assemble
 * it unpaired), and edge values picked on purpose.  Expected values are the
 * Arm ARM's pseudocode worked by hand, named beside each check.
 */
#include "tests/unit/harness.h"

#include <stdio.h>

#include "decode/assembler.h"
#include "sim/exec/exec.h"
#include "sim/run.h"

typedef struct fixture {
    smesim_machine m;
    smesim_image img;
    smesim_sim *sim;
    smesim_cpu *cpu;
    smesim_run_result res;
} fixture;

/* Assembles `body` (then exit(0)), sets FPCR, runs it at SVL = VL = bits. */
static void run_with_fpcr(fixture *fx, const char *body, unsigned bits, uint64_t fpcr)
{
    char src[8192], err[512];
    snprintf(src, sizeof src, "    .text\n    .global _start\n_start:\n%s\n"
             "    mov x0, #0\n    mov x8, #93\n    svc #0\n", body);
    expect_true(smesim_machine_default(&fx->m, err, sizeof err));
    if (!smesim_assemble("test.s", src, strlen(src), &fx->img, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        fail();
    }
    const char *argv[] = { "test" };
    fx->sim = smesim_sim_new(&fx->m, &fx->img, 1, bits, bits, 1, argv, err, sizeof err);
    expect_true(fx->sim != NULL);
    fx->cpu = smesim_sim_cpu(fx->sim, 0);
    fx->cpu->fpcr = fpcr;
    smesim_sim_run(fx->sim, NULL, NULL, NULL, 100000, 0, &fx->res);
    expect_eq(fx->res.status, SMESIM_OK);
}

static void run(fixture *fx, const char *body, unsigned bits) { run_with_fpcr(fx, body, bits, 0); }

static void done(fixture *fx)
{
    smesim_sim_free(fx->sim);
    smesim_image_free(&fx->img);
}

static uint64_t z_elem(const smesim_cpu *c, int z, unsigned esz, unsigned i)
{
    return elem_get(c->z[z], esz, i);
}

/* MOVPRFX may execute on its own (the Arm ARM lets an implementation run it
 * as a plain move): unpredicated it copies Zn; /z with PTRUE VL2 copies
 * elements 0 and 1 and zeroes the rest; /m keeps the inactive elements. */
TEST(movprfx_alone_is_a_move)
{
    fixture fx;
    run(&fx, "index z1.s, #1, #1\n mov z3.s, #-1\n mov z4.s, #-1\n ptrue p1.s, vl2\n"
             "movprfx z2, z1\n movprfx z3.s, p1/z, z1.s\n movprfx z4.s, p1/m, z1.s", 512);
    for (unsigned i = 0; i < 16; i++) {
        expect_u64(z_elem(fx.cpu, 2, 2, i), i + 1);
        expect_u64(z_elem(fx.cpu, 3, 2, i), i < 2 ? i + 1 : 0);
        expect_u64(z_elem(fx.cpu, 4, 2, i), i < 2 ? i + 1 : 0xffffffffu);
    }
    done(&fx);
}

/* FPNeg/FPAbs: with FPCR.AH = 1 a NaN keeps its sign; FTSSEL's negation is
 * FPNeg too, and op2<0> = 1 selects FPOne('0') = 1.0 before negating.
 * 0xffffffff is a quiet NaN with the sign set. */
TEST(fneg_fabs_ftssel_keep_a_nan_sign_when_fpcr_ah)
{
    static const char *prog =
        "ptrue p0.s\n mov z1.s, #-1\n mov z5.s, #3\n mov z6.s, #2\n"
        "fneg z2.s, p0/m, z1.s\n fabs z3.s, p0/m, z1.s\n"
        "ftssel z4.s, z1.s, z6.s\n ftssel z7.s, z1.s, z5.s";
    fixture fx;
    run_with_fpcr(&fx, prog, 256, 1u << 1);      /* FPCR.AH */
    expect_u64(z_elem(fx.cpu, 2, 2, 5), 0xffffffffu);
    expect_u64(z_elem(fx.cpu, 3, 2, 5), 0xffffffffu);
    expect_u64(z_elem(fx.cpu, 4, 2, 5), 0xffffffffu);
    expect_u64(z_elem(fx.cpu, 7, 2, 5), 0xbf800000u);   /* -1.0 */
    done(&fx);
    run_with_fpcr(&fx, prog, 256, 0);
    expect_u64(z_elem(fx.cpu, 2, 2, 5), 0x7fffffffu);
    expect_u64(z_elem(fx.cpu, 3, 2, 5), 0x7fffffffu);
    expect_u64(z_elem(fx.cpu, 4, 2, 5), 0x7fffffffu);
    expect_u64(z_elem(fx.cpu, 7, 2, 5), 0xbf800000u);
    done(&fx);
}

/* SDIV: `if element2 == 0 then 0 else RoundTowardsZero(element1 / element2)`,
 * truncated to esize: INT_MIN / -1 = 2^31, whose low 32 bits are INT_MIN;
 * -7 / 2 = -3.  UDIV by 0 is 0. */
TEST(sdiv_by_zero_and_int_min_by_minus_one)
{
    fixture fx;
    run(&fx, "ptrue p0.s\n mov z1.s, #1\n lsl z1.s, z1.s, #31\n mov z2.s, #-1\n sdiv z1.s, p0/m, z1.s, z2.s\n"
             "mov z3.s, #5\n mov z4.s, #0\n sdiv z3.s, p0/m, z3.s, z4.s\n"
             "mov z5.s, #-7\n mov z6.s, #2\n sdiv z5.s, p0/m, z5.s, z6.s\n"
             "ptrue p1.d\n mov z7.d, #9\n udiv z7.d, p1/m, z7.d, z4.d", 128);
    expect_u64(z_elem(fx.cpu, 1, 2, 0), 0x80000000u);
    expect_u64(z_elem(fx.cpu, 3, 2, 0), 0);
    expect_u64(z_elem(fx.cpu, 5, 2, 0), (uint32_t)-3);
    expect_u64(z_elem(fx.cpu, 7, 3, 1), 0);
    done(&fx);
}

/* ASRD: `if element < 0 then element = element + ((1 << shift) - 1)`, then
 * element<esize+shift-1:shift>: -7 >> 1 gives -3 (towards zero), 7 gives 3,
 * -1 by #32 (.s) gives (-1 + 2^32 - 1) >> 32 = 0. */
TEST(asrd_rounds_towards_zero)
{
    fixture fx;
    run(&fx, "ptrue p0.s\n mov z1.s, #-7\n asrd z1.s, p0/m, z1.s, #1\n mov z2.s, #7\n asrd z2.s, p0/m, z2.s, #1\n"
             "mov z3.s, #-1\n asrd z3.s, p0/m, z3.s, #32\n mov z4.s, #-128\n asrd z4.s, p0/m, z4.s, #32", 128);
    expect_u64(z_elem(fx.cpu, 1, 2, 3), (uint32_t)-3);
    expect_u64(z_elem(fx.cpu, 2, 2, 3), 3);
    expect_u64(z_elem(fx.cpu, 3, 2, 3), 0);
    expect_u64(z_elem(fx.cpu, 4, 2, 3), 0);
    done(&fx);
}

/* Shifts by vector: `shift = UInt(element2)`, and LSL/LSR of an integer by
 * esize or more give 0, ASR the sign: bytes 0x90 by 8, 200 and 7. */
TEST(shifts_by_vector_saturate_at_the_element_size)
{
    fixture fx;
    run(&fx, "ptrue p0.b\n mov z9.b, #-112\n"             /* 0x90 */
             "mov z1.b, #8\n mov z2.b, #-56\n mov z3.b, #7\n" /* 8, 200, 7 */
             "mov z4.d, z9.d\n lsl z4.b, p0/m, z4.b, z1.b\n"
             "mov z5.d, z9.d\n lsr z5.b, p0/m, z5.b, z2.b\n"
             "mov z6.d, z9.d\n asr z6.b, p0/m, z6.b, z2.b\n"
             "mov z7.d, z9.d\n asr z7.b, p0/m, z7.b, z3.b\n"
             "mov z8.d, z9.d\n lsr z8.b, p0/m, z8.b, z3.b", 128);
    expect_u64(z_elem(fx.cpu, 4, 0, 9), 0);
    expect_u64(z_elem(fx.cpu, 5, 0, 9), 0);
    expect_u64(z_elem(fx.cpu, 6, 0, 9), 0xff);
    expect_u64(z_elem(fx.cpu, 7, 0, 9), 0xff);
    expect_u64(z_elem(fx.cpu, 8, 0, 9), 1);
    done(&fx);
}

/* SQINCW Xdn, Wdn: SatQ(SInt(X[dn]<31:0>) + count, 32) sign-extended to 64;
 * UQDECW Wdn: UnsignedSatQ(UInt(W) - count, 32) zero-extended.  At 512 bits
 * CNTW is 16. */
TEST(scalar_saturating_counts_at_32_bits)
{
    fixture fx;
    run(&fx, "mov x10, #0xfff0\n movk x10, #0x7fff, lsl #16\n movk x10, #0x1234, lsl #32\n sqincw x10, w10\n"
             "mov x1, #5\n movk x1, #0x8000, lsl #16\n movk x1, #0xffff, lsl #32\n movk x1, #0xffff, lsl #48\n"
             "sqdecw x1, w1\n"
             "mov x2, #5\n movk x2, #1, lsl #32\n uqdecw w2\n"
             "mov x3, #-3\n uqincw x3\n"
             "mov x4, #-3\n lsr x4, x4, #1\n sqincd x4, all, mul #4", 512);
    expect_u64(fx.cpu->x[10], 0x7fffffffu);                /* 0x7ffffff0 + 16 saturates */
    expect_u64(fx.cpu->x[1], 0xffffffff80000000ull);      /* -2^31 + 5 - 16 saturates */
    expect_u64(fx.cpu->x[2], 0);                          /* 5 - 16 saturates at 0 */
    expect_u64(fx.cpu->x[3], ~0ull);                      /* 2^64 - 3 + 16 saturates */
    expect_u64(fx.cpu->x[4], 0x7fffffffffffffffull);      /* INT64_MAX - 1 + 32 saturates */
    done(&fx);
}

/* (SVE2, in streaming mode: the default machine has SVE2 only there)
 * SQDMULH/SQRDMULH: SignedSatQ((2 * a * b (+ 2^(esize-1))) >> esize): only
 * INT_MIN * INT_MIN saturates (to INT_MAX); for .d INT_MIN * 1 gives
 * -2^64 >> 64 = -1, and rounded (-2^64 + 2^63) >> 64 = -1 (a floor). */
TEST(sqdmulh_saturates_only_int_min_squared)
{
    fixture fx;
    run(&fx, "smstart sm\n mov z1.d, #1\n lsl z1.d, z1.d, #63\n mov z2.d, #1\n"
             "sqdmulh z3.d, z1.d, z1.d\n sqrdmulh z4.d, z1.d, z1.d\n"
             "sqdmulh z5.d, z1.d, z2.d\n sqrdmulh z6.d, z1.d, z2.d", 128);
    expect_u64(z_elem(fx.cpu, 3, 3, 0), 0x7fffffffffffffffull);
    expect_u64(z_elem(fx.cpu, 4, 3, 0), 0x7fffffffffffffffull);
    expect_u64(z_elem(fx.cpu, 5, 3, 0), ~0ull);
    expect_u64(z_elem(fx.cpu, 6, 3, 0), ~0ull);
    done(&fx);
}

RUN_TESTS(T(movprfx_alone_is_a_move), T(fneg_fabs_ftssel_keep_a_nan_sign_when_fpcr_ah),
          T(sdiv_by_zero_and_int_min_by_minus_one), T(asrd_rounds_towards_zero),
          T(shifts_by_vector_saturate_at_the_element_size), T(scalar_saturating_counts_at_32_bits),
          T(sqdmulh_saturates_only_int_min_squared))
