/* tests/unit/test_exec_x_fp.c — SVE floating-point instructions on cases
 * qemu-aarch64 11.1 cannot show (or shows wrongly), each worked by hand
 * from the Arm ARM's pseudocode, the function named beside it.  The broad
 * check is the differential one (tests/diff/families/sve_fp_*.py).
 */
#include "tests/unit/harness.h"

#include <stdio.h>

#include "decode/assembler.h"
#include "sim/exec/exec.h"
#include "sim/fp/fp.h"
#include "sim/run.h"

typedef struct fixture {
    smesim_machine m;
    smesim_image img;
    smesim_sim *sim;
    smesim_cpu *cpu;
    smesim_run_result res;
} fixture;

/* Assembles `body` after `_start:` with exit(0) appended, for one core at
 * SVL = VL = `vl_bits`; the state is set by the caller before run(). */
static void load(fixture *fx, const char *body, unsigned vl_bits)
{
    char src[4096], err[512];
    snprintf(src, sizeof src, "    .text\n    .global _start\n_start:\n%s\n"
             "    mov x0, #0\n    mov x8, #93\n    svc #0\n", body);
    expect_true(smesim_machine_default(&fx->m, err, sizeof err));
    if (!smesim_assemble("test.s", src, strlen(src), &fx->img, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        fail();
    }
    const char *argv[] = { "test" };
    fx->sim = smesim_sim_new(&fx->m, &fx->img, 1, vl_bits, vl_bits, 1, argv, err, sizeof err);
    expect_true(fx->sim != NULL);
    fx->cpu = smesim_sim_cpu(fx->sim, 0);
}

static void run(fixture *fx)
{
    smesim_sim_run(fx->sim, NULL, NULL, NULL, 100000, 0, &fx->res);
}

static void done(fixture *fx)
{
    smesim_sim_free(fx->sim);
    smesim_image_free(&fx->img);
}

static void put32(smesim_cpu *c, int z, int i, uint32_t v) { memcpy(&c->z[z][4 * i], &v, 4); }
static uint32_t get32(const smesim_cpu *c, int z, int i)
{
    uint32_t v;
    memcpy(&v, &c->z[z][4 * i], 4);
    return v;
}

/* FCMLA (indexed), #270: elt2_a = m_i, elt2_b = FPNeg(m_r) (rot<1> = 1);
 * imag = FPMulAdd(acc_i, n_i, FPNeg(m_r)).  With m_r a quiet NaN, FPNeg
 * under FPCR.AH=1 returns it unchanged (FEAT_AFP), so the NaN keeps its
 * positive sign; AH=0 flips it.  qemu-aarch64 11.1 flips it under AH=1 too
 * (its FCMLA vectors form does not): the Arm ARM decides. */
static uint32_t fcmla_idx_270_imag(uint32_t fpcr)
{
    fixture fx;
    load(&fx, "fcmla z0.s, z1.s, z2.s[0], #270", 128);
    fx.cpu->fpcr = fpcr;
    for (int i = 0; i < 4; i++) {
        put32(fx.cpu, 0, i, 0);                 /* acc = +0 */
        put32(fx.cpu, 1, i, 0x3f800000);        /* n = (1, 1) */
    }
    put32(fx.cpu, 2, 0, 0x7fc00001);            /* m_r: quiet NaN */
    put32(fx.cpu, 2, 1, 0x40000000);            /* m_i: 2.0 */
    run(&fx);
    expect_eq(fx.res.status, SMESIM_OK);
    /* real = FPMulAdd(0, n_i, m_i) = 2.0 in both pairs */
    expect_u64(get32(fx.cpu, 0, 0), 0x40000000);
    expect_u64(get32(fx.cpu, 0, 2), 0x40000000);
    uint32_t r = get32(fx.cpu, 0, 1);
    expect_u64(get32(fx.cpu, 0, 3), r);
    done(&fx);
    return r;
}

TEST(fcmla_indexed_leaves_a_nan_unnegated_under_ah)
{
    expect_u64(fcmla_idx_270_imag(SMESIM_FPCR_AH), 0x7fc00001);
    expect_u64(fcmla_idx_270_imag(0), 0xffc00001);
}

/* FMMLA (FP64): "if VL < 256 then UNDEFINED" */
TEST(fmmla_d_is_undefined_below_vl_256)
{
    fixture fx;
    load(&fx, "fmmla z0.d, z1.d, z2.d", 128);
    run(&fx);
    expect_eq(fx.res.status, SMESIM_UNDEF);
    done(&fx);
}

/* FADDV is Reduce(): the halves reduced recursively, then FPAdd(lo, hi);
 * [2^24, 0, 1, 1] gives (2^24 + 0) + (1 + 1) = 2^24 + 2 exactly, where an
 * ordered sum (FADDA) loses both ones to rounding: 2^24, IXC. */
TEST(faddv_is_a_pairwise_tree_and_fadda_is_ordered)
{
    fixture fx;
    load(&fx, "ptrue p0.s\n faddv s3, p0, z1.s\n fadda s4, p0, s4, z1.s", 128);
    const uint32_t v[4] = { 0x4b800000, 0, 0x3f800000, 0x3f800000 };
    for (int i = 0; i < 4; i++) put32(fx.cpu, 1, i, v[i]);
    put32(fx.cpu, 4, 0, 0);
    put32(fx.cpu, 3, 1, 0xdeadbeef);
    run(&fx);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_u64(get32(fx.cpu, 3, 0), 0x4b800001);
    expect_u64(get32(fx.cpu, 3, 1), 0);          /* V[d] = result: the rest zeroed */
    expect_u64(get32(fx.cpu, 4, 0), 0x4b800000);
    expect_eq(fx.cpu->fpsr & SMESIM_FPSR_IXC, SMESIM_FPSR_IXC);
    done(&fx);
}

RUN_TESTS(T(fcmla_indexed_leaves_a_nan_unnegated_under_ah), T(fmmla_d_is_undefined_below_vl_256),
          T(faddv_is_a_pairwise_tree_and_fadda_is_ordered))
