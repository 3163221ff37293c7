/* tests/unit/test_exec.c — execution of single instructions and short
 * sequences, with expected values worked by hand from the Arm ARM's
 * pseudocode (the function named beside each check).  The broad
 * differential check against qemu-aarch64 is tests/oracle/qemu_kernel.sh.
 */
#include "tests/unit/harness.h"

#include <math.h>
#include <stdio.h>

#include "decode/assembler.h"
#include "sim/exec/exec.h"
#include "sim/run.h"

extern const char smesim_default_machine_yaml[];

typedef struct fixture {
    smesim_machine m;
    smesim_image img;
    smesim_sim *sim;
    smesim_cpu *cpu;
    smesim_run_result res;
} fixture;

/* Assembles `body` after a `_start:` label, appends exit(0), runs it on one
 * core at the given SVL (bits); the state is left for inspection. */
static void run_program(fixture *fx, const char *body, unsigned svl_bits)
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
    fx->sim = smesim_sim_new(&fx->m, &fx->img, 1, svl_bits, 128, 1, argv, err, sizeof err);
    expect_true(fx->sim != NULL);
    fx->cpu = smesim_sim_cpu(fx->sim, 0);
    smesim_sim_run(fx->sim, NULL, NULL, NULL, 100000, 0, &fx->res);
}

static void done(fixture *fx)
{
    smesim_sim_free(fx->sim);
    smesim_image_free(&fx->img);
}

static float zf(const smesim_cpu *c, int z, int i)
{
    float f;
    memcpy(&f, &c->z[z][4 * i], 4);
    return f;
}

static uint32_t zw(const smesim_cpu *c, int z, int i)
{
    uint32_t v;
    memcpy(&v, &c->z[z][4 * i], 4);
    return v;
}

/* AddWithCarry: 0x7fff...ff + 1 overflows signed, not unsigned */
TEST(adds_sets_overflow_but_not_carry)
{
    fixture fx;
    run_program(&fx, "mov x1, #-1\n lsr x1, x1, #1\n adds x2, x1, #1", 512);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_u64(fx.cpu->x[2], 0x8000000000000000ull);
    expect_eq(fx.cpu->nzcv, NZCV(1, 0, 0, 1));
    done(&fx);
}

/* SUBS is x + NOT(y) + 1: 5 - 5 sets Z and C; 0 - 1 clears C (a borrow) */
TEST(subs_sets_carry_as_not_borrow)
{
    fixture fx;
    run_program(&fx, "mov x1, #5\n cmp x1, #5", 512);
    expect_eq(fx.cpu->nzcv, NZCV(0, 1, 1, 0));
    done(&fx);
    run_program(&fx, "mov x0, #0\n subs x2, x0, #1", 512);
    expect_u64(fx.cpu->x[2], ~0ull);
    expect_eq(fx.cpu->nzcv, NZCV(1, 0, 0, 0));
    done(&fx);
}

/* WHILELT at SVL 128 (4 words): 2 < 4, 3 < 4, then false.  PredTest:
 * N = first active true (1), Z = none true (0), C = NOT last true (1). */
TEST(whilelt_sets_leading_elements_and_flags)
{
    fixture fx;
    run_program(&fx, "smstart\n mov x0, #2\n mov x1, #4\n whilelt p3.s, x0, x1", 128);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_eq(fx.cpu->p[3][0], 0x11);     /* elements 0 and 1: bits 0 and 4 */
    expect_eq(fx.cpu->p[3][1], 0x00);
    expect_eq(fx.cpu->nzcv, NZCV(1, 0, 1, 0));
    done(&fx);
}

/* WHILELE: operand1 is incremented at the register width and wraps, so
 * INT64_MAX-1 <= INT64_MAX, INT64_MAX <= INT64_MAX, INT64_MIN <= ... : all
 * four true (the loop in the pseudocode never turns `last` false). */
TEST(whilele_wraps_at_the_register_width)
{
    fixture fx;
    run_program(&fx, "smstart\n mov x1, #-1\n lsr x1, x1, #1\n sub x0, x1, #1\n whilele p2.s, x0, x1", 128);
    expect_eq(fx.cpu->p[2][0], 0x11);
    expect_eq(fx.cpu->p[2][1], 0x11);
    done(&fx);
}

/* DecodePredCount: VL3 of 4 words is 3; POW2 of 16 words (SVL 512) is 16;
 * MUL3 of 16 is 15; VL32 of 16 is 0. */
TEST(ptrue_patterns_count_elements)
{
    fixture fx;
    run_program(&fx, "smstart\n ptrue p0.s, vl3\n cntw x1, mul3\n cntw x2, vl32\n cntw x3, pow2, mul #2", 512);
    uint64_t p0 = 0;
    memcpy(&p0, fx.cpu->p[0], 8);
    expect_u64(p0, 0x111);                 /* three words: bits 0, 4, 8 */
    expect_u64(fx.cpu->x[1], 15);
    expect_u64(fx.cpu->x[2], 0);
    expect_u64(fx.cpu->x[3], 32);
    done(&fx);
}

/* PTRUES: NZCV = PredTest(result, result): the result is its own mask, so
 * its last active element is true and C = 0 (qemu-aarch64 agrees; smesim
 * once used an all-true mask and set C). */
TEST(ptrues_tests_the_result_against_itself)
{
    fixture fx;
    run_program(&fx, "smstart\n ptrues p0.b, vl3", 128);
    expect_eq(fx.cpu->p[0][0], 0x07);
    expect_eq(fx.cpu->nzcv, NZCV(1, 0, 0, 0));
    done(&fx);
}

/* FMOPA: za0.s[i][j] += zn[i] * zm[j] where pn[i] and pm[j]; one rounding */
TEST(fmopa_accumulates_an_outer_product_under_both_predicates)
{
    fixture fx;
    run_program(&fx,
                "smstart\n zero {za}\n ptrue p0.s\n ptrue p1.s, vl2\n"
                "fmov z0.s, #1.5\n fmov z1.s, #-2.0\n"
                "fmopa za0.s, p0/m, p1/m, z0.s, z1.s\n fmopa za0.s, p0/m, p1/m, z0.s, z1.s\n"
                "mov w12, #3\n mov z2.s, p0/m, za0h.s[w12, 0]\n"
                "mov z3.s, p0/m, za1h.s[w12, 0]", 128);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_true(zf(fx.cpu, 2, 0) == -6.0f);   /* 2 * (1.5 * -2) */
    expect_true(zf(fx.cpu, 2, 1) == -6.0f);
    expect_true(zf(fx.cpu, 2, 2) == 0.0f);    /* column 2 inactive in p1 */
    expect_true(zf(fx.cpu, 3, 0) == 0.0f);    /* za1 untouched */
    done(&fx);
}

/* FPMulAdd_ZA: default NaN (0x7fc00000) for any NaN result, e.g. inf * 0 */
TEST(fmopa_gives_the_default_nan)
{
    fixture fx;
    char body[1024];
    /* z0 = +inf built from its bits, z1 = 0 */
    snprintf(body, sizeof body,
             "smstart\n ptrue p0.s\n mov z0.s, #0\n mov z1.s, #0\n"
             "adrp x0, inf\n add x0, x0, :lo12:inf\n ld1w { z0.s }, p0/z, [x0]\n"
             "fmopa za2.s, p0/m, p0/m, z0.s, z1.s\n mov w12, #0\n mov z5.s, p0/m, za2h.s[w12, 0]\n"
             "mov w12, #2\n mov z6.s, p0/m, za2h.s[w12, 0]\n"
             "b over\n .data\n .balign 16\ninf: .word 0x7f800000, 0x7f800000, 0xffc00001, 0x7f800000\n"
             " .text\nover: nop");
    run_program(&fx, body, 128);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_eq(zw(fx.cpu, 5, 0), 0x7fc00000u);   /* inf * 0 */
    expect_eq(zw(fx.cpu, 6, 1), 0x7fc00000u);   /* NaN input 0xffc00001: sign and payload dropped */
    done(&fx);
}

/* ZAvslice: element e of za1v.s[2] is word 2 of ZA row 4e+1 */
TEST(mova_vertical_slices_cross_the_rows)
{
    fixture fx;
    run_program(&fx, "smstart\n ptrue p1.s\n fmov z3.s, #0.5\n mov w13, #1\n"
                     "mov za1v.s[w13, 1], p1/m, z3.s", 128);
    expect_eq(fx.res.status, SMESIM_OK);
    for (int e = 0; e < 4; e++) {
        float f;
        memcpy(&f, &fx.cpu->za[4 * e + 1][8], 4);
        expect_true(f == 0.5f);
        memcpy(&f, &fx.cpu->za[4 * e + 1][4], 4);
        expect_true(f == 0.0f);
    }
    done(&fx);
}

/* SetPSTATE_SM: ResetSVEState zeroes Z and P and sets FPSR to 0x0800009f;
 * SetPSTATE_ZA(1) zeroes ZA. */
TEST(streaming_mode_changes_zero_the_vector_state)
{
    fixture fx;
    run_program(&fx, "smstart\n fmov z7.s, #1.0\n ptrue p4.b\n mov w12, #0\n ptrue p0.s\n"
                     "mov za0h.s[w12, 0], p0/m, z7.s\n smstop sm", 128);
    expect_eq(zw(fx.cpu, 7, 0), 0u);
    expect_eq(fx.cpu->p[4][0], 0);
    expect_u64(fx.cpu->fpsr, 0x0800009f);
    float f;
    memcpy(&f, &fx.cpu->za[0][0], 4);
    expect_true(f == 1.0f);                  /* ZA survives smstop sm */
    expect_eq(fx.cpu->svcr, SMESIM_SVCR_ZA);
    done(&fx);
}

/* LD1W to a ZA slice: inactive elements become zero (the /z form) */
TEST(ld1w_za_zeroes_inactive_elements)
{
    fixture fx;
    run_program(&fx,
                "smstart\n ptrue p0.s\n fmov z1.s, #2.0\n mov w14, #2\n"
                "mov za3h.s[w14, 0], p0/m, z1.s\n"
                "ptrue p2.s, vl1\n adrp x0, v\n add x0, x0, :lo12:v\n"
                "ld1w {za3h.s[w14, 0]}, p2/z, [x0]\n b over\n"
                " .data\nv: .float 7.0, 8.0, 9.0, 10.0\n .text\nover: nop", 128);
    float f[4];
    memcpy(f, &fx.cpu->za[2 * 4 + 3][0], 16);
    expect_true(f[0] == 7.0f);
    expect_true(f[1] == 0.0f && f[2] == 0.0f && f[3] == 0.0f);
    done(&fx);
}

/* ZERO {za0.s}: rows r with r mod 4 == 0 only */
TEST(zero_clears_only_the_named_tiles)
{
    fixture fx;
    run_program(&fx, "smstart\n ptrue p0.s\n fmov z1.s, #1.0\n mov w12, #0\n"
                     "mov za0h.s[w12, 0], p0/m, z1.s\n mov za1h.s[w12, 0], p0/m, z1.s\n"
                     "zero {za0.s}", 128);
    float a, b;
    memcpy(&a, &fx.cpu->za[0][0], 4);
    memcpy(&b, &fx.cpu->za[1][0], 4);
    expect_true(a == 0.0f);
    expect_true(b == 1.0f);
    done(&fx);
}

TEST(an_access_outside_memory_is_a_guest_fault)
{
    fixture fx;
    run_program(&fx, "mov x1, #16\n ldr x0, [x1]", 512);
    expect_eq(fx.res.status, SMESIM_FAULT);
    expect_true(strstr(fx.res.msg, "test.s:5:") != NULL);
    expect_true(strstr(fx.res.msg, "0x10") != NULL);
    expect_true(strstr(fx.res.msg, "ldr x0, [x1]") != NULL);
    done(&fx);
}

TEST(sme_instructions_need_streaming_mode_and_za)
{
    fixture fx;
    run_program(&fx, "fmopa za0.s, p0/m, p1/m, z0.s, z1.s", 512);
    expect_eq(fx.res.status, SMESIM_UNDEF);
    expect_true(strstr(fx.res.msg, "streaming mode") != NULL);
    done(&fx);
}

/* ADDVL uses the current VL, ADDSVL and RDSVL always SVL */
TEST(vector_length_queries_follow_the_mode)
{
    fixture fx;
    run_program(&fx, "mov x0, #0\n addvl x1, x0, #1\n addsvl x2, x0, #-2\n smstart sm\n addvl x3, x0, #1\n"
                     "rdsvl x4, #3\n addpl x5, x0, #1", 1024);
    expect_u64(fx.cpu->x[1], 16);          /* non-streaming: 128 bits */
    expect_u64(fx.cpu->x[2], (uint64_t)-256);
    expect_u64(fx.cpu->x[3], 128);         /* streaming: 1024 bits */
    expect_u64(fx.cpu->x[4], 384);
    expect_u64(fx.cpu->x[5], 16);
    done(&fx);
}

/* ConditionHolds (Arm ARM, shared/functions/system/ConditionHolds), case by
 * case as the pseudocode writes it, against the table smesim uses */
static int condition_by_pseudocode(unsigned nzcv, unsigned cond)
{
    int n = nzcv >> 3 & 1, z = nzcv >> 2 & 1, c = nzcv >> 1 & 1, v = nzcv & 1, result;
    switch (cond >> 1) {
    case 0: result = z == 1; break;                 /* EQ or NE */
    case 1: result = c == 1; break;                 /* CS or CC */
    case 2: result = n == 1; break;                 /* MI or PL */
    case 3: result = v == 1; break;                 /* VS or VC */
    case 4: result = c == 1 && z == 0; break;       /* HI or LS */
    case 5: result = n == v; break;                 /* GE or LT */
    case 6: result = n == v && z == 0; break;       /* GT or LE */
    default: result = 1; break;                     /* AL */
    }
    if ((cond & 1) && cond != 15) result = !result;
    return result;
}

TEST(conditions_hold_as_the_pseudocode_says)
{
    for (unsigned cond = 0; cond < 16; cond++)
        for (unsigned nzcv = 0; nzcv < 16; nzcv++)
            expect_eq(condition_holds(nzcv << 28, cond), condition_by_pseudocode(nzcv, cond));
}

/* Code that writes code (tests/programs/smc.s has the program qemu also
 * runs): a store to an instruction already decoded is seen when it runs. */
TEST(a_store_over_decoded_code_is_seen)
{
    fixture fx;
    run_program(&fx, "    .section .text.rw, \"awx\"\n    bl 2f\n    mov x20, x0\n    adr x1, 2f\n    movz w2, #0x0540\n"
                     "    movk w2, #0xd280, lsl #16\n    str w2, [x1]\n    bl 2f\n    add x20, x20, x0\n"
                     "    b 3f\n2:  mov x0, #1\n    ret\n3:  nop", 512);
    /* first call: 1; the store makes the routine's first word 0xd2800540,
     * mov x0, #42 (llvm-mc-19); second call: 42 */
    expect_u64(fx.cpu->x[20], 43);
    done(&fx);
}

RUN_TESTS(T(conditions_hold_as_the_pseudocode_says), T(a_store_over_decoded_code_is_seen),
          T(adds_sets_overflow_but_not_carry), T(subs_sets_carry_as_not_borrow),
          T(whilelt_sets_leading_elements_and_flags), T(whilele_wraps_at_the_register_width),
          T(ptrue_patterns_count_elements), T(ptrues_tests_the_result_against_itself), T(fmopa_accumulates_an_outer_product_under_both_predicates),
          T(fmopa_gives_the_default_nan), T(mova_vertical_slices_cross_the_rows),
          T(streaming_mode_changes_zero_the_vector_state), T(ld1w_za_zeroes_inactive_elements),
          T(zero_clears_only_the_named_tiles), T(an_access_outside_memory_is_a_guest_fault),
          T(sme_instructions_need_streaming_mode_and_za), T(vector_length_queries_follow_the_mode))
