/* tests/unit/test_exec_x_sme.c — SME tile instructions where the Arm ARM's
 * pseudocode, worked by hand, is the reference: cases qemu-aarch64 11.1
 * gets wrong (named), and the corners of the outer products (inactive
 * source elements, wrap-around) the differential tables reach only by
 * chance.  The families' broad check is tests/diff/families/sme_*.py.
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

/* Assembles `body` after `_start:` (then exit(0)) and `data` in .data after
 * the label `vals:`, runs it at SVL 128 with every feature but SME_FA64. */
static void run_program(fixture *fx, const char *body, const char *data)
{
    char src[8192], err[512];
    snprintf(src, sizeof src, "    .text\n    .global _start\n_start:\n    adrp x9, vals\n"
             "    add x9, x9, :lo12:vals\n%s\n    mov x0, #0\n    mov x8, #93\n    svc #0\n"
             "    .data\n    .balign 16\nvals:\n%s\n", body, data);
    expect_true(smesim_machine_default(&fx->m, err, sizeof err));
    fx->m.features = smesim_feature_mask_closed(((uint64_t)1 << SMESIM_NUM_FEATURES) - 1) &
                     ~SMESIM_FEATBIT(SME_FA64);
    if (!smesim_assemble("test.s", src, strlen(src), &fx->img, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        fail();
    }
    const char *argv[] = { "test" };
    fx->sim = smesim_sim_new(&fx->m, &fx->img, 1, 128, 128, 1, argv, err, sizeof err);
    expect_true(fx->sim != NULL);
    fx->cpu = smesim_sim_cpu(fx->sim, 0);
    smesim_sim_run(fx->sim, NULL, NULL, NULL, 100000, 0, &fx->res);
    if (fx->res.status != SMESIM_OK) fprintf(stderr, "%s\n", fx->res.msg);
    expect_eq(fx->res.status, SMESIM_OK);
}

static void done(fixture *fx)
{
    smesim_sim_free(fx->sim);
    smesim_image_free(&fx->img);
}

/* element (row, col) of the 32-bit tile t at SVL 128 (4 x 4) */
static uint32_t tile_s(const smesim_cpu *c, unsigned t, unsigned row, unsigned col)
{
    uint32_t v;
    memcpy(&v, &c->za[row * 4 + t][col * 4], 4);
    return v;
}

/* LD1W (scalar plus scalar, tile slice): "if ActivePredicateElement(mask,
 * e, esize) then Elem[result, e, esize] = Mem[...] else Elem[result, e,
 * esize] = Zeros(esize)", and the whole slice is written.  Vertical slice
 * 1 of ZA2.S, which held 9s, with elements 0 and 1 active: 5, 6, 0, 0.
 * qemu-aarch64 11.1 leaves elements 2 and 3 at 9 (its sme_ld1 clears a
 * vertical slice only up to the last active element): the Arm ARM decides. */
TEST(a_vertical_slice_load_zeroes_every_inactive_element)
{
    fixture fx;
    run_program(&fx, "smstart\n dup z0.s, #9\n ptrue p0.s\n mov w13, #0\n"
                     "mova za2v.s[w13, 1], p0/m, z0.s\n ptrue p1.s, vl2\n ld1w {za2v.s[w13, 1]}, p1/z, [x9]",
                ".word 5, 6, 7, 8");
    expect_eq(tile_s(fx.cpu, 2, 0, 1), 5);
    expect_eq(tile_s(fx.cpu, 2, 1, 1), 6);
    expect_eq(tile_s(fx.cpu, 2, 2, 1), 0);
    expect_eq(tile_s(fx.cpu, 2, 3, 1), 0);
    expect_eq(tile_s(fx.cpu, 2, 2, 0), 0);      /* other columns untouched (ZA was zero) */
    done(&fx);
}

/* FMOPA (widening, 2-way, FP16 to FP32): an inactive source element is
 * FPZero('0') in FPDotAdd_ZA, so a NaN there does not reach the sum; the
 * element is left alone when no k has prow_k && pcol_k.
 * Zn pairs (1.0, NaN), Zm pairs (2.0, 3.0); rows 0 and 1 of ZA0.S start
 * as 0.5 (MOVA), rows 2 and 3 as 0.
 *   Pn = .h elements 0, 2, 4, 6, Pm = all: FPDot(1*2 + 0*3) = 2.0, so
 *   rows 0, 1: 2.5 (0x40200000), rows 2, 3: 2.0 (0x40000000)
 *   then Pn = .h element 3 (row 1, k 1), Pm = .h element 0 (column 0, k 0):
 *   no k active on both sides, row 1 column 0 stays 2.5 (were the
 *   inactive halves used, it would be 0*2 + NaN*0: the default NaN) */
TEST(widening_fmopa_treats_inactive_halves_as_zero)
{
    fixture fx;
    run_program(&fx, "smstart\n ldr z1, [x9]\n ldr z2, [x9, #1, mul vl]\n fdup z3.s, #0.5\n ptrue p0.s\n"
                     "mov w12, #0\n mova za0h.s[w12, 0], p0/m, z3.s\n mova za0h.s[w12, 1], p0/m, z3.s\n"
                     "ptrue p1.h\n add x10, x9, #32\n ldr p2, [x10]\n add x10, x9, #48\n ldr p3, [x10]\n"
                     "add x10, x9, #64\n ldr p4, [x10]\n"
                     "fmopa za0.s, p2/m, p1/m, z1.h, z2.h\n"
                     "fmopa za0.s, p3/m, p4/m, z1.h, z2.h",
                ".hword 0x3c00, 0x7e00, 0x3c00, 0x7e00, 0x3c00, 0x7e00, 0x3c00, 0x7e00\n"
                ".hword 0x4000, 0x4200, 0x4000, 0x4200, 0x4000, 0x4200, 0x4000, 0x4200\n"
                ".hword 0x1111\n .skip 14\n"      /* +32: .h elements 0, 2, 4, 6 (bit 2e) */
                ".hword 0x0040\n .skip 14\n"      /* +48: .h element 3 */
                ".hword 0x0001\n .skip 14");      /* +64: .h element 0 */
    for (unsigned row = 0; row < 4; row++)
        for (unsigned col = 0; col < 4; col++)
            expect_eq(tile_s(fx.cpu, 0, row, col), row < 2 ? 0x40200000u : 0x40000000u);
    done(&fx);
}

/* SMOPA (2-way, 16-bit into 32-bit, SME2): sum = sum + prod per k, the sum
 * bits(esize): (-32768)^2 * 2 = 2^31 wraps to 0x80000000; USMOPA (4-way):
 * UInt(0xff) * SInt(0xff) * 4 = -1020 (0xfffffc04) */
TEST(integer_outer_products_wrap_and_mix_signs)
{
    fixture fx;
    run_program(&fx, "smstart\n zero {za}\n dup z1.h, #-128, lsl #8\n ptrue p0.h\n smopa za1.s, p0/m, p0/m, z1.h, z1.h\n"
                     "dup z2.b, #-1\n ptrue p1.b\n usmopa za2.s, p1/m, p1/m, z2.b, z2.b", ".word 0");
    expect_eq(tile_s(fx.cpu, 1, 3, 3), 0x80000000u);
    expect_eq(tile_s(fx.cpu, 2, 0, 2), 0xfffffc04u);
    done(&fx);
}

/* BMOPA: sum + BitCount(NOT(element1 EOR element2)); BMOPS subtracts.
 * 0xffffffff against 0x0000ffff: 16 equal bits */
TEST(bmopa_counts_equal_bits)
{
    fixture fx;
    run_program(&fx, "smstart\n zero {za}\n dup z1.s, #-1\n ldr z2, [x9]\n ptrue p0.s\n"
                     "bmopa za3.s, p0/m, p0/m, z1.s, z2.s\n bmopa za3.s, p0/m, p0/m, z1.s, z1.s\n"
                     "bmops za0.s, p0/m, p0/m, z2.s, z2.s", ".word 0xffff, 0xffff, 0xffff, 0xffff");
    expect_eq(tile_s(fx.cpu, 3, 1, 2), 16 + 32);
    expect_eq(tile_s(fx.cpu, 0, 0, 0), (uint32_t)-32);
    done(&fx);
}

/* ZERO (double-vector), ZA.D[W8, 2:3, VGx2] at SVL 128 (16 vectors):
 * vstride = 16 / 2 = 8; vec = (W8 + 2) MOD 8 = 3 (W8 = 9), minus vec MOD 2
 * = 2; vectors 2, 3 and 10, 11 are zeroed */
TEST(zero_vector_groups_follow_the_stride)
{
    fixture fx;
    run_program(&fx, "smstart\n dup z0.b, #1\n mov w12, #0\n"
                     "1: str z0, [x9]\n ldr za[w12, 0], [x9]\n add w12, w12, #1\n cmp w12, #16\n b.lo 1b\n"
                     "mov w8, #9\n zero za.d[w8, 2:3, vgx2]", ".skip 16");
    for (unsigned v = 0; v < 16; v++)
        expect_eq(fx.cpu->za[v][5], (v == 2 || v == 3 || v == 10 || v == 11) ? 0 : 1);
    done(&fx);
}

RUN_TESTS(T(a_vertical_slice_load_zeroes_every_inactive_element), T(widening_fmopa_treats_inactive_halves_as_zero),
          T(integer_outer_products_wrap_and_mix_signs), T(bmopa_counts_equal_bits),
          T(zero_vector_groups_follow_the_stride))
