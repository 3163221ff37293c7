/* tests/unit/test_exec_x_perm.c — permute and predicate instructions in the
 * cases the qemu differential tables (tests/diff/families/sve_perm*.py,
 * sve_pred*.py, sve_cmp.py) cannot decide: where qemu-aarch64 11.1 and the
 * Arm ARM disagree, and flag rules worth pinning by hand.  Each expected
 * value is the Arm ARM pseudocode worked by hand, named beside it.
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

/* Assembles `body` after `_start:`, appends exit(0), runs it on one core of
 * the default machine with F64MM added, at SVL and VL `vl_bits`. */
static void run_program(fixture *fx, const char *body, unsigned vl_bits)
{
    char src[4096], err[512];
    snprintf(src, sizeof src, "    .text\n    .global _start\n_start:\n%s\n"
             "    mov x0, #0\n    mov x8, #93\n    svc #0\n", body);
    expect_true(smesim_machine_default(&fx->m, err, sizeof err));
    fx->m.features |= SMESIM_FEATBIT(SVE_F64MM) | SMESIM_FEATBIT(SVE2) | SMESIM_FEATBIT(SVE2p1);
    if (!smesim_assemble("test.s", src, strlen(src), &fx->img, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        fail();
    }
    const char *argv[] = { "test" };
    fx->sim = smesim_sim_new(&fx->m, &fx->img, 1, vl_bits, vl_bits, 1, argv, err, sizeof err);
    expect_true(fx->sim != NULL);
    fx->cpu = smesim_sim_cpu(fx->sim, 0);
    smesim_sim_run(fx->sim, NULL, NULL, NULL, 100000, 0, &fx->res);
    if (fx->res.status != SMESIM_OK) fprintf(stderr, "(expected or not) %s\n", fx->res.msg);
}

static void done(fixture *fx)
{
    smesim_sim_free(fx->sim);
    smesim_image_free(&fx->img);
}

/* ZIP1 (quadwords), Arm ARM C8.2.936: `if VL < esize * 2 then
 * EndOfDecode(Decode_UNDEF)` with esize = 128, so at VL 128 the instruction
 * is UNDEFINED and z0 keeps its value.  qemu-aarch64 11.1 disagrees: it
 * executes it at VL 128 (z0 = z1 there), so the differential table
 * tests/diff/families/sve_perm_q.py skips VL 128 and this test pins the
 * Arm ARM's behaviour.  At VL 256 (pairs = 1): z0.q[0] = z1.q[0],
 * z0.q[1] = z2.q[0]. */
TEST(zip1_of_quadwords_is_undefined_at_vl_128)
{
    fixture fx;
    /* z1 = bytes 0, 1, 2, ...; z2 = bytes 0xf0, 0xf1, ... (LDR from data) */
    const char *prog = "mov z0.b, #7\n adr x1, 1f\n ldr z1, [x1]\n ldr z2, [x1, #1, mul vl]\n"
                       " zip1 z0.q, z1.q, z2.q\n b 2f\n"
                       "1: .byte 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31\n"
                       " .byte 0xf0,0xf1,0xf2,0xf3,0xf4,0xf5,0xf6,0xf7,0xf8,0xf9,0xfa,0xfb,0xfc,0xfd,0xfe,0xff\n"
                       " .byte 0xf0,0xf1,0xf2,0xf3,0xf4,0xf5,0xf6,0xf7,0xf8,0xf9,0xfa,0xfb,0xfc,0xfd,0xfe,0xff\n"
                       "2:";
    run_program(&fx, prog, 128);
    expect_eq(fx.res.status, SMESIM_UNDEF);
    expect_eq(fx.cpu->z[0][0], 7);
    expect_eq(fx.cpu->z[0][15], 7);
    done(&fx);

    run_program(&fx, prog, 256);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_eq(fx.cpu->z[0][0], 0);          /* z1 byte 0 */
    expect_eq(fx.cpu->z[0][15], 15);        /* z1 byte 15 */
    expect_eq(fx.cpu->z[0][16], 0xf0);      /* z2 byte 0 */
    expect_eq(fx.cpu->z[0][31], 0xff);      /* z2 byte 15 */
    done(&fx);
}

/* CTERMEQ/CTERMNE, Arm ARM C8.2.123: term -> N = 1, V = 0; otherwise
 * N = 0, V = NOT C; Z and C are kept.  cmp x3, x3 gives Z = 1, C = 1;
 * cmp x3, x4 (1 - 2) gives N = 1, C = 0. */
TEST(cterm_sets_v_from_not_c_when_not_terminating)
{
    fixture fx;
    /* not terminating (1 != 2), C = 1: N=0 Z=1 C=1 V=0 */
    run_program(&fx, "mov x1, #1\n mov x2, #2\n mov x3, #1\n cmp x3, x3\n ctermeq x1, x2", 128);
    expect_eq(fx.cpu->nzcv, NZCV(0, 1, 1, 0));
    done(&fx);
    /* not terminating, C = 0: N=0 Z=0 C=0 V=1 */
    run_program(&fx, "mov x1, #1\n mov x2, #2\n mov x3, #1\n mov x4, #2\n cmp x3, x4\n ctermeq x1, x2", 128);
    expect_eq(fx.cpu->nzcv, NZCV(0, 0, 0, 1));
    done(&fx);
    /* terminating (CTERMNE, 1 != 2), C = 0: N=1 Z=0 C=0 V=0 */
    run_program(&fx, "mov x1, #1\n mov x2, #2\n mov x3, #1\n mov x4, #2\n cmp x3, x4\n ctermne x1, x2", 128);
    expect_eq(fx.cpu->nzcv, NZCV(1, 0, 0, 0));
    done(&fx);
    /* 32-bit: only W is compared, 0x1_00000005 == 0x5 terminates CTERMEQ */
    run_program(&fx, "mov x1, #5\n movk x1, #1, lsl #32\n mov x2, #5\n cmp x1, x1\n ctermeq w1, w2", 128);
    expect_eq(fx.cpu->nzcv, NZCV(1, 1, 1, 0));
    done(&fx);
}

/* WHILEWR, Arm ARM C8.2.932: operands are UInt, diff = (op2 - op1) DIV
 * (esize DIV 8).  op1 = 0x7ffffffffffffff0, op2 = 0x8000000000000000:
 * diff = 16 bytes, so at VL 512 (64 byte elements) elements 0..15 are true
 * and 16..63 false (had the operands been SInt, diff would be negative and
 * every element true).  PredTest(Ones, result, 8): N = 1, Z = 0, C = 1. */
TEST(whilewr_compares_unsigned_addresses)
{
    fixture fx;
    run_program(&fx, "mov x1, #-32\n lsr x1, x1, #1\n mov x2, #1\n lsl x2, x2, #63\n whilewr p1.b, x1, x2", 512);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_eq(fx.cpu->p[1][0], 0xff);
    expect_eq(fx.cpu->p[1][1], 0xff);
    expect_eq(fx.cpu->p[1][2], 0x00);
    expect_eq(fx.cpu->p[1][7], 0x00);
    expect_eq(fx.cpu->nzcv, NZCV(1, 0, 1, 0));
    done(&fx);
}

/* CounterToPredicate, Arm ARM J1.1.3.273: a counter whose own element size
 * (.d, pred<3:0> = 1000) differs from PEXT's (.b) gives the bits of the .d
 * mask read bytewise: at VL 128 (PL 16 bits, maxbit = Log2(64) = 6) the
 * counter 0x0038 has count = pred<6:4> = 3, so mask bits 0, 8, 16 are set;
 * PEXT p0.b, pn8[0] (part 0, 16 elements) sets bits 0 and 8, PEXT
 * p1.b, pn8[1] sets bit 0 (mask bit 16). */
TEST(pext_reads_a_counter_of_another_element_size)
{
    fixture fx;
    run_program(&fx, "mov w1, #0x38\n sub sp, sp, #16\n strh w1, [sp]\n ldr p8, [sp]\n"
                     " pext p0.b, pn8[0]\n pext p1.b, pn8[1]\n add sp, sp, #16", 128);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_eq(fx.cpu->p[0][0], 0x01);
    expect_eq(fx.cpu->p[0][1], 0x01);
    expect_eq(fx.cpu->p[1][0], 0x01);
    expect_eq(fx.cpu->p[1][1], 0x00);
    done(&fx);
}

RUN_TESTS(T(zip1_of_quadwords_is_undefined_at_vl_128), T(cterm_sets_v_from_not_c_when_not_terminating),
          T(whilewr_compares_unsigned_addresses), T(pext_reads_a_counter_of_another_element_size))
