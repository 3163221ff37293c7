/* tests/unit/test_exec_state.c — the instructions the differential tests
 * (tests/diff/) load and dump state with: SVE LDR/STR of Z and P, the FFR
 * instructions, LDR/STR of ZA array vectors.  Expected values are worked
 * by hand from the Arm ARM's pseudocode (the function named beside each
 * check); tests/diff/families/ checks the same against qemu-aarch64 11.1.
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

/* `body` after _start, then exit(0); `data` in .data (label `buf`, 64-byte
 * aligned); one core at the given SVL, non-streaming VL 128. */
static void run_program(fixture *fx, const char *body, const char *data, unsigned svl_bits)
{
    char src[8192], err[512];
    snprintf(src, sizeof src,
             "    .text\n    .global _start\n_start:\n    adrp x20, buf\n    add x20, x20, :lo12:buf\n"
             "%s\n    mov x0, #0\n    mov x8, #93\n    svc #0\n    .data\n    .balign 64\nbuf:\n%s\n",
             body, data);
    expect_true(smesim_machine_default(&fx->m, err, sizeof err));
    if (!smesim_assemble("test.s", src, strlen(src), &fx->img, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        fail();
    }
    const char *argv[] = { "test" };
    fx->sim = smesim_sim_new(&fx->m, &fx->img, 1, svl_bits, 128, 1, argv, err, sizeof err);
    expect_true(fx->sim != NULL);
    fx->cpu = smesim_sim_cpu(fx->sim, 0);
    smesim_sim_run(fx->sim, NULL, NULL, NULL, 100000, 0, &fx->res);
    if (fx->res.status != SMESIM_OK) fprintf(stderr, "%s\n", fx->cpu->fault.msg);
    expect_eq(fx->res.status, SMESIM_OK);
}

static void done(fixture *fx)
{
    smesim_sim_free(fx->sim);
    smesim_image_free(&fx->img);
}

/* 256 bytes 0, 1, 2, ... 255 */
static const char *ramp(void)
{
    static char s[4096];
    if (!s[0]) {
        char *p = s;
        for (int i = 0; i < 256; i += 8)
            p += sprintf(p, "    .byte %d, %d, %d, %d, %d, %d, %d, %d\n", i, i + 1, i + 2, i + 3, i + 4,
                         i + 5, i + 6, i + 7);
    }
    return s;
}

/* LDR (vector): offset = imm * VL DIV 8 bytes; at SVL 256 (32 bytes)
 * `#2, mul vl` reads bytes 64..95; the bytes above VL stay zero.  STR
 * (vector) writes VL bytes at imm * VL. */
TEST(ldr_str_z_scale_the_offset_by_the_vector_length)
{
    fixture fx;
    run_program(&fx, "smstart sm\n ldr z3, [x20, #2, mul vl]\n add x22, x20, #128\n"
                     " str z3, [x22, #-1, mul vl]\n ldr z4, [x20, #3, mul vl]",
                ramp(), 256);
    for (int i = 0; i < 32; i++) expect_eq(fx.cpu->z[3][i], 64 + i);
    for (int i = 32; i < SMESIM_MAX_VL; i++) expect_eq(fx.cpu->z[3][i], 0);
    for (int i = 0; i < 32; i++) expect_eq(fx.cpu->z[4][i], 64 + i);   /* bytes 96..127 now */
    done(&fx);
}

/* LDR (predicate): offset = imm * PL DIV 8 bytes; at SVL 512 PL is 8
 * bytes: `#-1, mul vl` from buf + 16 reads bytes 8..15. */
TEST(ldr_p_scales_the_offset_by_the_predicate_length)
{
    fixture fx;
    run_program(&fx, "smstart sm\n add x21, x20, #16\n ldr p5, [x21, #-1, mul vl]\n"
                     " str p5, [x20, #3, mul vl]\n ldr p6, [x20, #3, mul vl]",
                ramp(), 512);
    for (int i = 0; i < 8; i++) expect_eq(fx.cpu->p[5][i], 8 + i);
    for (int i = 8; i < SMESIM_MAX_VL / 8; i++) expect_eq(fx.cpu->p[5][i], 0);
    expect_mem(fx.cpu->p[6], fx.cpu->p[5], SMESIM_MAX_VL / 8);
    done(&fx);
}

/* SETFFR: FFR = Ones(PL); WRFFR: FFR = P[n]; RDFFR (predicated): P[d] =
 * FFR AND P[g]; RDFFRS: NZCV = PredTest(P[g], result, 8): N = first active
 * element of the result, Z = no active element true, C = NOT last active. */
TEST(ffr_reads_writes_and_sets_flags)
{
    fixture fx;
    /* VL 128: PL = 2 bytes; FFR = 0x0007 (elements 0-2), g = 0x00ff */
    run_program(&fx, "mov x1, #7\n str x1, [x20]\n ldr p1, [x20]\n wrffr p1.b\n"
                     " mov x1, #0xff\n str x1, [x20, #8]\n add x21, x20, #8\n ldr p2, [x21]\n"
                     " rdffrs p3.b, p2/z\n rdffr p4.b\n setffr\n rdffr p5.b, p2/z",
                "    .skip 64", 512);
    expect_eq(fx.cpu->p[3][0], 0x07);
    expect_eq(fx.cpu->p[3][1], 0x00);
    expect_eq(fx.cpu->nzcv, NZCV(1, 0, 1, 0));   /* first true, some true, last (7) false */
    expect_eq(fx.cpu->p[4][0], 0x07);
    expect_eq(fx.cpu->p[5][0], 0xff);            /* all-ones FFR AND g */
    expect_eq(fx.cpu->p[5][1], 0x00);
    expect_eq(fx.cpu->ffr[1], 0xff);             /* SETFFR: both bytes of PL */
    expect_eq(fx.cpu->ffr[2], 0x00);
    done(&fx);
}

/* LDR (array vector): vec = (UInt(X[v, 32]) + offset) MOD (SVL DIV 8), the
 * memory at base + offset * SVL DIV 8.  At SVL 128 (16 rows) w13 =
 * 0xffffffff, offset 3: (2^32 - 1 + 3) mod 16 = 2; the bytes come from
 * buf + 48. */
TEST(ldr_za_wraps_the_vector_number)
{
    fixture fx;
    run_program(&fx, "smstart za\n mov w13, #-1\n ldr za[w13, 3], [x20, #3, mul vl]\n"
                     " mov w12, #2\n add x21, x20, #128\n str za[w12, 0], [x21]\n ldr z0, [x21]",
                ramp(), 128);
    for (int i = 0; i < 16; i++) expect_eq(fx.cpu->za[2][i], 48 + i);
    expect_eq(fx.cpu->za[1][0], 0);
    expect_eq(fx.cpu->za[3][0], 0);
    for (int i = 0; i < 16; i++) expect_eq(fx.cpu->z[0][i], 48 + i);   /* VL 128 outside streaming */
    done(&fx);
}

RUN_TESTS(T(ldr_str_z_scale_the_offset_by_the_vector_length),
          T(ldr_p_scales_the_offset_by_the_predicate_length), T(ffr_reads_writes_and_sets_flags),
          T(ldr_za_wraps_the_vector_number))
