/* tests/unit/test_exec_x_sve2.c — SVE2 integer semantics at the edges the
 * differential tables (tests/diff/families/sve2_*.py) reach only by
 * chance, and what qemu cannot show beside smesim (an UNDEFINED that
 * depends on the implemented vector lengths).  Each expected value is the
 * Arm ARM pseudocode worked by hand, named beside it.
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

/* Assembles `body` (after smstart: streaming, SVL = VL = `vl` bits) with
 * `data` in .data at label `vals`, on a machine with every feature but
 * SME_FA64, and runs it. */
static void run(fixture *fx, const char *body, const char *data, unsigned vl)
{
    char src[8192], err[512];
    snprintf(src, sizeof src,
             "    .text\n    .global _start\n_start:\n    smstart\n"
             "    adrp x20, vals\n    add x20, x20, :lo12:vals\n%s\n"
             "    mov x0, #0\n    mov x8, #93\n    svc #0\n"
             "    .data\n    .balign 16\nvals:\n%s\n", body, data);
    expect_true(smesim_machine_default(&fx->m, err, sizeof err));
    fx->m.features = ((uint64_t)1 << SMESIM_NUM_FEATURES) - 1;
    fx->m.features &= ~SMESIM_FEATBIT(SME_FA64);
    if (!smesim_assemble("test.s", src, strlen(src), &fx->img, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        fail();
    }
    const char *argv[] = { "test" };
    fx->sim = smesim_sim_new(&fx->m, &fx->img, 1, vl, vl, 1, argv, err, sizeof err);
    expect_true(fx->sim != NULL);
    fx->cpu = smesim_sim_cpu(fx->sim, 0);
    smesim_sim_run(fx->sim, NULL, NULL, NULL, 100000, 0, &fx->res);
}

static void done(fixture *fx)
{
    smesim_sim_free(fx->sim);
    smesim_image_free(&fx->img);
}

static uint64_t zd(const smesim_cpu *c, int z, int i) { return elem_get(c->z[z], 3, (unsigned)i); }
static uint64_t zs(const smesim_cpu *c, int z, int i) { return elem_get(c->z[z], 2, (unsigned)i); }
static uint64_t zh(const smesim_cpu *c, int z, int i) { return elem_get(c->z[z], 1, (unsigned)i); }

#define INT64_MIN_BITS 0x8000000000000000ull
#define INT64_MAX_BITS 0x7fffffffffffffffull

/* SQRDMLAH (vectors), esize 64: res = (SInt(acc) << 64) + 2 * n * m + (1 << 63),
 * SignedSat(res >> 64).  n = m = INT64_MIN: 2nm = 2^127, which no 128-bit
 * signed sum holds beside the accumulator.
 *   acc = INT64_MIN: (-2^127 + 2^127 + 2^63) >> 64 = 0
 *   acc = -1:        (-2^64 + 2^127 + 2^63) >> 64 = 2^63 - 1
 *   acc = 0:         (2^127 + 2^63) >> 64 = 2^63 -> INT64_MAX (saturated)
 *   acc = 1:         2^63 + 1 -> INT64_MAX */
TEST(sqrdmlah_d_of_two_minimums)
{
    fixture fx;
    run(&fx, "ldr z0, [x20]\n ldr z1, [x20, #1, mul vl]\n sqrdmlah z0.d, z1.d, z1.d",
        ".quad 0x8000000000000000, -1, 0, 1\n"
        ".quad 0x8000000000000000, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000", 256);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_u64(zd(fx.cpu, 0, 0), 0);
    expect_u64(zd(fx.cpu, 0, 1), INT64_MAX_BITS);
    expect_u64(zd(fx.cpu, 0, 2), INT64_MAX_BITS);
    expect_u64(zd(fx.cpu, 0, 3), INT64_MAX_BITS);
    done(&fx);
}

/* SQDMLALB: product = SignedSat(2 * SInt(n) * SInt(m), 64) first, then
 * SignedSat(acc + product).  n = m = INT32_MIN: 2 * 2^62 = 2^63 saturates to
 * INT64_MAX; acc = -1 gives INT64_MAX - 1 (a single saturation of
 * acc + 2^63 would give INT64_MAX); acc = 0 gives INT64_MAX. */
TEST(sqdmlalb_saturates_the_product_before_the_sum)
{
    fixture fx;
    run(&fx, "ldr z0, [x20]\n ldr z1, [x20, #1, mul vl]\n sqdmlalb z0.d, z1.s, z1.s",
        ".quad -1, 0\n.quad 0x0000000080000000, 0x0000000080000000", 128);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_u64(zd(fx.cpu, 0, 0), 0x7ffffffffffffffeull);
    expect_u64(zd(fx.cpu, 0, 1), INT64_MAX_BITS);
    done(&fx);
}

/* URSHL/SRSHL, esize 64: shift = ShiftSat(SInt(element2), 64) clamps to
 * +-65; res = (element + (1 << (-shift - 1))) << shift, in integers:
 *   URSHL 0xffff...ff by -64: (2^64 - 1 + 2^63) >> 64 = 1
 *   URSHL 2^62 by 65: 2^127, whose low 64 bits are 0
 *   SRSHL INT64_MIN by -64: (-2^63 + 2^63) >> 64 = 0
 *   SRSHL -1 by -1000 (-65): (-1 + 2^64) >> 65 = 0 */
TEST(rounding_shifts_by_vector_round_in_the_wider_integer)
{
    fixture fx;
    run(&fx,
        "ptrue p0.d\n ldr z0, [x20]\n ldr z1, [x20, #1, mul vl]\n"
        " ldr z2, [x20, #2, mul vl]\n ldr z3, [x20, #3, mul vl]\n"
        " urshl z0.d, p0/m, z0.d, z1.d\n srshl z2.d, p0/m, z2.d, z3.d",
        ".quad -1, 0x4000000000000000\n.quad -64, 65\n"
        ".quad 0x8000000000000000, -1\n.quad -64, -1000", 128);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_u64(zd(fx.cpu, 0, 0), 1);
    expect_u64(zd(fx.cpu, 0, 1), 0);
    expect_u64(zd(fx.cpu, 2, 0), 0);
    expect_u64(zd(fx.cpu, 2, 1), 0);
    done(&fx);
}

/* UQRSHRNB by 1, .d to .s: UnsignedSat((UInt(x) + 1) >> 1, 32) into the
 * even words, the odd ones zeroed:
 *   0xffff...ff: (2^64 - 1 + 1) >> 1 = 2^63 -> 0xffffffff
 *   0x1fffffffc: 0x1fffffffd >> 1 = 0xfffffffe */
TEST(uqrshrnb_saturates_the_rounded_value_and_zeroes_the_odd_elements)
{
    fixture fx;
    run(&fx, "dup z0.s, #-1\n ldr z1, [x20]\n uqrshrnb z0.s, z1.d, #1",
        ".quad -1, 0x1fffffffc", 128);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_u64(zs(fx.cpu, 0, 0), 0xffffffffu);
    expect_u64(zs(fx.cpu, 0, 1), 0);
    expect_u64(zs(fx.cpu, 0, 2), 0xfffffffeu);
    expect_u64(zs(fx.cpu, 0, 3), 0);
    done(&fx);
}

/* ADCLB .d: (res, carry) = AddWithCarry(acc = Zda[0], Zn[0], Zm[1]<0>);
 * 0xffff...ff + 0 + 1 = 0 carry 1: Zda = {0, 1} */
TEST(adclb_puts_the_carry_in_the_odd_element)
{
    fixture fx;
    run(&fx, "ldr z0, [x20]\n ldr z1, [x20, #1, mul vl]\n ldr z2, [x20, #2, mul vl]\n"
             " adclb z0.d, z1.d, z2.d",
        ".quad -1, 7\n.quad 0, 9\n.quad 5, 3", 128);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_u64(zd(fx.cpu, 0, 0), 0);
    expect_u64(zd(fx.cpu, 0, 1), 1);
    done(&fx);
}

/* LUTI4 (16-bit, one register): "if MaxImplementedAnyVL() < 256 then
 * UNDEFINED".  With SVL = VL = 128 it stops, Zd unchanged. */
TEST(luti4_h_of_one_register_is_undefined_without_256_bit_vectors)
{
    fixture fx;
    run(&fx, "dup z0.h, #7\n luti4 z0.h, { z1.h }, z2[1]", "", 128);
    expect_eq(fx.res.status, SMESIM_UNDEF);
    expect_u64(zh(fx.cpu, 0, 0), 7);
    done(&fx);
}

/* ... and with 256-bit vectors its table is the low 256 bits of Zn: 16
 * halfwords (100 + i).  Part 1 of 4-bit indexes for 16 elements is nibbles
 * 16..31 of Zm, bytes 8..15; byte 8 + k = (14 - 2k) << 4 | (15 - 2k) makes
 * index(e) = 15 - e, so Zd.h[e] = 115 - e (elements 0..7 from the upper
 * half of the table). */
TEST(luti4_h_of_one_register_reads_a_256_bit_table)
{
    fixture fx;
    run(&fx, "ldr z1, [x20]\n ldr z2, [x20, #1, mul vl]\n luti4 z0.h, { z1.h }, z2[1]",
        ".hword 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115\n"
        ".quad 0\n.byte 0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01\n.quad 0, 0", 256);
    expect_eq(fx.res.status, SMESIM_OK);
    for (int e = 0; e < 16; e++) expect_u64(zh(fx.cpu, 0, e), 115 - e);
    done(&fx);
}

RUN_TESTS(T(sqrdmlah_d_of_two_minimums), T(sqdmlalb_saturates_the_product_before_the_sum),
          T(rounding_shifts_by_vector_round_in_the_wider_integer),
          T(uqrshrnb_saturates_the_rounded_value_and_zeroes_the_odd_elements),
          T(adclb_puts_the_carry_in_the_odd_element),
          T(luti4_h_of_one_register_is_undefined_without_256_bit_vectors),
          T(luti4_h_of_one_register_reads_a_256_bit_table))
