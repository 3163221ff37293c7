/* tests/unit/test_mode_rules.c — the architecture's mode rules for SVE and
 * SME, one test each, with the Arm ARM pseudocode (or the Linux ABI
 * document, for what the kernel decides) that states the rule beside it.
 * docs/mode-rules.md lists them.  Programs run on the default machine with
 * every feature but SME_FA64 (qemu-aarch64's `-cpu max,sme_fa64=off`).
 */
#include "tests/unit/harness.h"

#include <stdio.h>

#include "decode/assembler.h"
#include "sim/exec/exec.h"
#include "sim/exec/id_regs.h"
#include "sim/run.h"

typedef struct fixture {
    smesim_machine m;
    smesim_image img;
    smesim_sim *sim;
    smesim_cpu *cpu;
    smesim_run_result res;
    uint64_t start;                      /* address of _start */
} fixture;

/* Assembles `body` after `_start:` (then exit(0), which leaves PSTATE as it
 * was: the guest cannot see it), loads it at SVL and VL
 * (bits); `svl_lens`, if not 0, widens the SVLs the machine supports
 * (bit k: 16 << k bytes) before it runs. */
static void run_with(fixture *fx, const char *body, unsigned svl_bits, unsigned vl_bits, unsigned svl_lens)
{
    char src[8192], err[512];
    snprintf(src, sizeof src, "    .text\n    .global _start\n_start:\n%s\n"
             "    mov x0, #0\n    mov x8, #93\n    svc #0\n", body);
    expect_true(smesim_machine_default(&fx->m, err, sizeof err));
    fx->m.features = smesim_feature_mask_closed(((uint64_t)1 << SMESIM_NUM_FEATURES) - 1) &
                     ~SMESIM_FEATBIT(SME_FA64);
    if (!smesim_assemble("test.s", src, strlen(src), &fx->img, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        fail();
    }
    const char *argv[] = { "test" };
    fx->sim = smesim_sim_new(&fx->m, &fx->img, 1, svl_bits, vl_bits, 1, argv, err, sizeof err);
    expect_true(fx->sim != NULL);
    fx->cpu = smesim_sim_cpu(fx->sim, 0);
    fx->start = fx->cpu->pc;
    if (svl_lens) fx->cpu->svl_lens = svl_lens;
    smesim_sim_run(fx->sim, NULL, NULL, NULL, 100000, 0, &fx->res);
}

static void run_program(fixture *fx, const char *body) { run_with(fx, body, 512, 256, 0); }

static void done(fixture *fx)
{
    smesim_sim_free(fx->sim);
    smesim_image_free(&fx->img);
}

static int all_zero(const void *p, size_t n)
{
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++)
        if (b[i]) return 0;
    return 1;
}

/* ---- PSTATE.SM */

/* SetPSTATE_SM(value): "if PSTATE.SM != value then ResetSVEState()";
 * ResetSVEState: Z, P and FFR zero, FPSR = 0x0800009f, FPMR zero.
 * qemu-aarch64 11.1 (arm_reset_sve_state) does the same. */
TEST(smstart_sm_zeroes_z_p_ffr_and_sets_fpsr)
{
    fixture fx;
    run_program(&fx, "dup z3.s, #7\n ptrue p2.s\n setffr\n smstart sm");
    expect_eq(fx.res.status, SMESIM_OK);
    expect_u64(fx.cpu->svcr, SMESIM_SVCR_SM);
    expect_true(all_zero(fx.cpu->z, sizeof fx.cpu->z));
    expect_true(all_zero(fx.cpu->p, sizeof fx.cpu->p));
    expect_true(all_zero(fx.cpu->ffr, sizeof fx.cpu->ffr));
    expect_u64(fx.cpu->fpsr, 0x0800009f);
    done(&fx);
}

/* SMSTOP SM is SetPSTATE_SM('0'): the same ResetSVEState */
TEST(smstop_sm_zeroes_the_streaming_registers)
{
    fixture fx;
    run_program(&fx, "smstart sm\n dup z3.s, #7\n ptrue p2.s\n smstop sm");
    expect_u64(fx.cpu->svcr, 0);
    expect_true(all_zero(fx.cpu->z, sizeof fx.cpu->z));
    expect_true(all_zero(fx.cpu->p, sizeof fx.cpu->p));
    expect_u64(fx.cpu->fpsr, 0x0800009f);
    done(&fx);
}

/* SetPSTATE_SM with the value PSTATE.SM already has: no ResetSVEState */
TEST(smstart_in_streaming_mode_keeps_the_registers)
{
    fixture fx;
    run_program(&fx, "smstart sm\n dup z3.s, #7\n smstart sm\n smstart");
    expect_u64(fx.cpu->svcr, SMESIM_SVCR_SM | SMESIM_SVCR_ZA);
    expect_eq(fx.cpu->z[3][0], 7);
    expect_eq(fx.cpu->z[3][63], 0);
    expect_eq(fx.cpu->z[3][60], 7);        /* element 15 of 16 at SVL 512 */
    expect_u64(fx.cpu->fpsr, 0x0800009f);  /* from the first SMSTART only */
    done(&fx);
}

/* MSR SVCR, Xt: SetPSTATE_SM(X<0>), SetPSTATE_ZA(X<1>), with their resets */
TEST(msr_svcr_changes_modes_as_smstart_does)
{
    fixture fx;
    run_program(&fx, "dup z3.s, #7\n mov x0, #3\n msr svcr, x0\n mrs x1, svcr\n mov x0, #2\n msr svcr, x0\n"
                     "mrs x2, svcr");
    expect_u64(fx.cpu->x[1], 3);
    expect_u64(fx.cpu->x[2], 2);
    expect_true(all_zero(fx.cpu->z, sizeof fx.cpu->z));
    done(&fx);
}

/* ---- PSTATE.ZA */

/* SetPSTATE_ZA(value): "if value == '1' && PSTATE.ZA == '0' then
 * ResetSMEState('1')": ZA and ZT0 zeroed when ZA is turned on (they keep
 * their values while it stays on) */
TEST(enabling_za_zeroes_za_and_zt0)
{
    fixture fx;
    run_program(&fx, "smstart\n dup z0.b, #5\n ptrue p0.b\n mov w12, #0\n mova za0h.b[w12, 0], p0/m, z0.b\n"
                     "str z0, [sp, #-1, mul vl]\n sub x9, sp, #64\n ldr zt0, [x9]\n"
                     "smstart za\n mov z1.b, p0/m, za0h.b[w12, 0]\n"      /* ZA on already: kept */
                     "smstop za\n smstart za");
    expect_eq(fx.res.status, SMESIM_OK);
    expect_eq(fx.cpu->z[1][0], 5);
    expect_true(all_zero(fx.cpu->za, sizeof fx.cpu->za));
    expect_true(all_zero(fx.cpu->zt0, sizeof fx.cpu->zt0));
    done(&fx);
}

/* ZERO (tiles) and LDR/STR (array vector) check CheckSMEAndZAEnabled(),
 * not streaming mode: a non-streaming __arm_new("za") function uses them */
TEST(za_array_instructions_need_only_pstate_za)
{
    fixture fx;
    run_program(&fx, "smstart za\n zero {za}\n mov w12, #1\n sub x9, sp, #256\n ldr za[w12, 0], [x9]\n"
                     "str za[w12, 1], [x9, #1, mul vl]\n zero {za1.d}");
    expect_eq(fx.res.status, SMESIM_OK);
    expect_u64(fx.cpu->svcr, SMESIM_SVCR_ZA);
    done(&fx);
}

/* LDR/STR (table) check CheckSMEAndZT0Enabled: PSTATE.ZA, any mode */
TEST(zt0_loads_need_only_pstate_za)
{
    fixture fx;
    run_program(&fx, "smstart za\n sub x9, sp, #64\n ldr zt0, [x9]\n str zt0, [x9]");
    expect_eq(fx.res.status, SMESIM_OK);
    done(&fx);
    run_program(&fx, "smstart sm\n sub x9, sp, #64\n ldr zt0, [x9]");
    expect_eq(fx.res.status, SMESIM_UNDEF);
    expect_true(strstr(fx.res.msg, "PSTATE.ZA") != NULL);
    done(&fx);
}

/* FMOPA checks CheckStreamingSVEAndZAEnabled: with ZA alone it is
 * UNDEFINED; the state does not change, and the message names the place,
 * the instruction and the reason */
TEST(outer_products_need_streaming_mode)
{
    fixture fx;
    run_program(&fx, "mov x5, #9\n smstart za\n fmopa za0.s, p0/m, p1/m, z0.s, z1.s\n mov x5, #1");
    expect_eq(fx.res.status, SMESIM_UNDEF);
    expect_u64(fx.cpu->pc, fx.start + 8);            /* the FMOPA, not after it */
    expect_u64(fx.cpu->x[5], 9);
    expect_u64(fx.cpu->svcr, SMESIM_SVCR_ZA);
    expect_true(all_zero(fx.cpu->za, sizeof fx.cpu->za));
    expect_true(strstr(fx.res.msg, "test.s:6:") != NULL);
    expect_true(strstr(fx.res.msg, "fmopa za0.s, p0/m, p1/m, z0.s, z1.s") != NULL);
    expect_true(strstr(fx.res.msg, "streaming mode") != NULL);
    expect_true(strstr(fx.res.msg, "pc 0x") != NULL);
    done(&fx);
}

/* ... and with streaming mode alone, CheckStreamingSVEAndZAEnabled fails on
 * PSTATE.ZA; ZERO (tiles) too (CheckSMEAndZAEnabled) */
TEST(za_instructions_need_pstate_za)
{
    fixture fx;
    run_program(&fx, "smstart sm\n fmopa za0.s, p0/m, p1/m, z0.s, z1.s");
    expect_eq(fx.res.status, SMESIM_UNDEF);
    expect_true(strstr(fx.res.msg, "PSTATE.ZA") != NULL);
    done(&fx);
    run_program(&fx, "zero {za}");
    expect_eq(fx.res.status, SMESIM_UNDEF);
    expect_true(strstr(fx.res.msg, "PSTATE.ZA") != NULL);
    done(&fx);
}

/* FADDA is not legal in streaming mode without FEAT_SME_FA64
 * (IsFeatureImplemented(FEAT_SME_FA64) ... CheckNonStreamingSVEEnabled) */
TEST(non_streaming_sve_instructions_are_refused_in_streaming_mode)
{
    fixture fx;
    run_program(&fx, "smstart sm\n fadda s0, p0, s0, z1.s");
    expect_eq(fx.res.status, SMESIM_UNDEF);
    expect_true(strstr(fx.res.msg, "SME_FA64") != NULL);
    expect_true(strstr(fx.res.msg, "fadda") != NULL);
    done(&fx);
}

/* A decoded instruction smesim does not execute is not the guest's SIGILL:
 * it says "not implemented" (issue 7's acceptance) */
TEST(an_instruction_not_executed_yet_says_so)
{
    fixture fx;
    run_program(&fx, "smstart sm\n fabd z0.s, p0/m, z0.s, z1.s");
    if (fx.res.status == SMESIM_OK) {     /* executed by now: nothing to check */
        done(&fx);
        return;
    }
    expect_eq(fx.res.status, SMESIM_UNIMPL);
    expect_true(strstr(fx.res.msg, "not implemented") != NULL);
    expect_true(strstr(fx.res.msg, "fabd") != NULL);
    done(&fx);
}

/* ---- vector lengths */

/* CurrentVL: SVL in streaming mode, the SVE VL outside it (CNTB counts
 * bytes of CurrentVL, RDSVL always SVL) */
TEST(the_vector_length_in_use_follows_pstate_sm)
{
    fixture fx;
    run_with(&fx, "cntb x10\n rdsvl x11, #1\n smstart sm\n cntb x12\n mov x9, #0\n addvl x13, x9, #1\n smstop\n"
             "cntb x14", 1024, 256, 0);
    expect_u64(fx.cpu->x[10], 32);
    expect_u64(fx.cpu->x[11], 128);
    expect_u64(fx.cpu->x[12], 128);
    expect_u64(fx.cpu->x[13], 128);
    expect_u64(fx.cpu->x[14], 32);
    done(&fx);
}

#define PRCTL(op, arg) "mov x0, #" #op "\n mov x1, #" #arg "\n mov x8, #167\n svc #0\n"

/* Linux sve.rst, PR_SVE_SET_VL: the largest supported length not above
 * the request (find_supported_vector_length; ZCR_ELx.LEN picks the same);
 * the return value is the length set; CNTB and RDVL follow.  VL 512 here:
 * 128, 256 and 512 supported, as qemu's sve512=on (which gives 32 for 48
 * too). */
TEST(pr_sve_set_vl_picks_the_largest_supported_length_below)
{
    fixture fx;
    run_with(&fx, PRCTL(50, 48) "mov x20, x0\n cntb x21\n mov x9, #0\n addvl x22, x9, #1\n" PRCTL(51, 0) "mov x23, x0\n"
             PRCTL(50, 8192) "mov x24, x0\n" PRCTL(50, 8) "mov x25, x0\n" PRCTL(50, 40) "mov x26, x0",
             512, 512, 0);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_u64(fx.cpu->x[20], 32);
    expect_u64(fx.cpu->x[21], 32);
    expect_u64(fx.cpu->x[22], 32);
    expect_u64(fx.cpu->x[23], 32);
    expect_u64(fx.cpu->x[24], 64);                    /* above the maximum: the maximum */
    expect_u64(fx.cpu->x[25], (uint64_t)-22);         /* not a multiple of 16: -EINVAL */
    expect_u64(fx.cpu->x[26], (uint64_t)-22);
    done(&fx);
}

/* vec_set_vector_length: PR_SVE_VL_INHERIT is kept and reported; unknown
 * flags are -EINVAL */
TEST(pr_sve_set_vl_reports_the_inherit_flag)
{
    fixture fx;
    run_with(&fx, "mov x0, #50\n mov x1, #0x20000\n add x1, x1, #32\n mov x8, #167\n svc #0\n mov x20, x0\n"
             "mov x0, #50\n mov x1, #0x100000\n add x1, x1, #32\n mov x8, #167\n svc #0\n mov x21, x0\n",
             512, 512, 0);
    expect_u64(fx.cpu->x[20], 0x20020);
    expect_u64(fx.cpu->x[21], (uint64_t)-22);
    done(&fx);
}

/* A shorter SVE length: Linux leaves Z above bit 127, P and FFR
 * unspecified; smesim (as qemu-aarch64, aarch64_sve_narrow_vq) zeroes what
 * lies above the new length */
TEST(a_shorter_sve_length_drops_the_bits_above_it)
{
    fixture fx;
    run_with(&fx, "dup z4.b, #1\n ptrue p1.b\n" PRCTL(50, 16) PRCTL(50, 64) "cntb x20", 512, 512, 0);
    expect_u64(fx.cpu->x[20], 64);
    expect_eq(fx.cpu->z[4][15], 1);
    expect_true(all_zero(&fx.cpu->z[4][16], SMESIM_MAX_VL - 16));
    expect_eq(fx.cpu->p[1][1], 0xff);
    expect_true(all_zero(&fx.cpu->p[1][2], SMESIM_MAX_VL / 8 - 2));
    done(&fx);
}

/* PR_SME_SET_VL, on a machine with only SVL 512 (Apple M4; qemu's
 * sme512=on gives 64 for a request of 16 too): nothing changes */
TEST(pr_sme_set_vl_keeps_the_only_svl)
{
    fixture fx;
    run_program(&fx, PRCTL(63, 16) "mov x20, x0\n rdsvl x21, #1\n" PRCTL(64, 0) "mov x22, x0");
    expect_u64(fx.cpu->x[20], 64);
    expect_u64(fx.cpu->x[21], 64);
    expect_u64(fx.cpu->x[22], 64);
    done(&fx);
}

/* PR_SME_SET_VL with SVLs 128..1024 supported: SMCR_ELx.LEN's choice (the
 * largest supported at or below); RDSVL, ADDSVL and streaming CNTB follow;
 * sme.rst: a changed SVL clears PSTATE.ZA (and SM: the call left it) */
TEST(pr_sme_set_vl_sets_svl_and_clears_za)
{
    fixture fx;
    run_with(&fx, "smstart za\n" PRCTL(63, 48) "mov x20, x0\n rdsvl x21, #1\n mov x9, #0\n addsvl x22, x9, #2\n"
             "mrs x23, svcr\n smstart sm\n cntb x24\n smstop\n smstart za\n" PRCTL(63, 32) "mrs x25, svcr",
             1024, 256, 0xf);
    expect_eq(fx.res.status, SMESIM_OK);
    expect_u64(fx.cpu->x[20], 32);
    expect_u64(fx.cpu->x[21], 32);
    expect_u64(fx.cpu->x[22], 64);
    expect_u64(fx.cpu->x[23], 0);          /* ZA cleared: the SVL changed */
    expect_u64(fx.cpu->x[24], 32);
    expect_u64(fx.cpu->x[25], SMESIM_SVCR_ZA);   /* same SVL: ZA kept */
    done(&fx);
}

/* sme.rst, "System calls": PSTATE.SM is cleared (with ResetSVEState, as
 * SMSTOP SM), PSTATE.ZA and ZA are kept; qemu-aarch64 11.1 does the same */
TEST(a_system_call_leaves_streaming_mode_and_keeps_za)
{
    fixture fx;
    run_program(&fx, "smstart\n dup z0.b, #3\n ptrue p0.b\n mov w12, #0\n mova za0h.b[w12, 0], p0/m, z0.b\n"
                     PRCTL(64, 0) "mrs x20, svcr");
    expect_u64(fx.cpu->x[20], SMESIM_SVCR_ZA);
    expect_true(all_zero(fx.cpu->z, sizeof fx.cpu->z));
    expect_u64(fx.cpu->fpsr, 0x0800009f);
    expect_eq(fx.cpu->za[0][0], 3);
    done(&fx);
}

/* ---- ID registers (values at EL0 as Linux exports them) */

/* With the features qemu-aarch64 11.1's `-cpu max,sme_fa64=off` reports
 * (SME2.1, I16I64, F64F64, B16B16, F16F16; SVE2.1 with AES+PMULL128,
 * BitPerm, EBF16, B16B16, SHA3, SM4, I8MM, F32MM, F64MM), smesim reads
 * what qemu reads: ID_AA64SMFR0_EL1 0x02f15cff00000000, ID_AA64ZFR0_EL1
 * 0x0110110101210022, ID_AA64PFR1_EL1.SME 2 (qemu: 0x2000321; BT, SSBS
 * and MTE, which smesim does not model, aside). */
TEST(id_registers_read_as_the_features_say)
{
    uint64_t f = smesim_feature_mask_closed(SMESIM_FEATBIT(SME2p1) | SMESIM_FEATBIT(SME_I16I64) |
                                            SMESIM_FEATBIT(SME_F64F64) | SMESIM_FEATBIT(SME_B16B16) |
                                            SMESIM_FEATBIT(SME_F16F16) | SMESIM_FEATBIT(SVE2p1) |
                                            SMESIM_FEATBIT(SVE_AES) | SMESIM_FEATBIT(SVE_BITPERM) |
                                            SMESIM_FEATBIT(SVE_B16B16) | SMESIM_FEATBIT(SVE_SHA3) |
                                            SMESIM_FEATBIT(SVE_SM4) | SMESIM_FEATBIT(I8MM) |
                                            SMESIM_FEATBIT(SVE_F32MM) | SMESIM_FEATBIT(SVE_F64MM));
    uint64_t v;
    expect_eq(smesim_id_reg_read(f, SMESIM_ID_AA64SMFR0_EL1, &v), 1);
    expect_u64(v, 0x02f15cff00000000ull);
    expect_eq(smesim_id_reg_read(f, SMESIM_ID_AA64ZFR0_EL1, &v), 1);
    expect_u64(v, 0x0110110101210022ull);
    expect_eq(smesim_id_reg_read(f, SMESIM_ID_AA64PFR1_EL1, &v), 1);
    expect_u64(v & 0x0f000000, 0x02000000);
    expect_eq(smesim_id_reg_read(f, SMESIM_ID_AA64PFR0_EL1, &v), 1);
    expect_u64(v >> 32 & 0xf, 1);                        /* SVE */
    /* the default machine: SME without SME2 or the optional outer products */
    uint64_t def = smesim_feature_mask_closed(SMESIM_FEATBIT(A64) | SMESIM_FEATBIT(SVE) | SMESIM_FEATBIT(SME));
    expect_eq(smesim_id_reg_read(def, SMESIM_ID_AA64SMFR0_EL1, &v), 1);
    expect_u64(v, 0x000000fd00000000ull);                /* I8I32, F16F32, B16F32, F32F32 */
    expect_eq(smesim_id_reg_read(def, SMESIM_ID_AA64PFR1_EL1, &v), 1);
    expect_u64(v, 0x01000000);
    /* unnamed registers of the ID space read as zero (Linux); others are not ID registers */
    expect_eq(smesim_id_reg_read(def, SMESIM_SYSREG(3, 0, 0, 7, 7), &v), 1);
    expect_u64(v, 0);
    expect_eq(smesim_id_reg_read(def, SMESIM_SYSREG(3, 3, 4, 4, 0), &v), 0);
}

/* SMIDR_EL1 is outside the ID space Linux emulates: MRS at EL0 is
 * UNDEFINED (qemu-aarch64 11.1: SIGILL) */
TEST(smidr_el1_is_undefined_at_el0)
{
    uint64_t v;
    expect_eq(smesim_id_reg_read(0, SMESIM_SMIDR_EL1, &v), -1);
}

/* SMCR_ELx.LEN's rule as smesim_pick_vl applies it */
TEST(an_unsupported_length_gives_the_largest_supported_below)
{
    expect_eq(smesim_pick_vl(0x7, 48), 32);     /* 16, 32, 64 supported */
    expect_eq(smesim_pick_vl(0x7, 256), 64);
    expect_eq(smesim_pick_vl(0x4, 16), 64);     /* only 64: below it, the smallest */
    expect_eq(smesim_pick_vl(0x14, 128), 64);   /* 64 and 256 */
}

RUN_TESTS(T(smstart_sm_zeroes_z_p_ffr_and_sets_fpsr), T(smstop_sm_zeroes_the_streaming_registers),
          T(smstart_in_streaming_mode_keeps_the_registers), T(msr_svcr_changes_modes_as_smstart_does),
          T(enabling_za_zeroes_za_and_zt0), T(za_array_instructions_need_only_pstate_za),
          T(zt0_loads_need_only_pstate_za), T(outer_products_need_streaming_mode),
          T(za_instructions_need_pstate_za), T(non_streaming_sve_instructions_are_refused_in_streaming_mode),
          T(an_instruction_not_executed_yet_says_so), T(the_vector_length_in_use_follows_pstate_sm),
          T(pr_sve_set_vl_picks_the_largest_supported_length_below), T(pr_sve_set_vl_reports_the_inherit_flag),
          T(a_shorter_sve_length_drops_the_bits_above_it), T(pr_sme_set_vl_keeps_the_only_svl),
          T(pr_sme_set_vl_sets_svl_and_clears_za), T(a_system_call_leaves_streaming_mode_and_keeps_za),
          T(id_registers_read_as_the_features_say), T(smidr_el1_is_undefined_at_el0),
          T(an_unsupported_length_gives_the_largest_supported_below))
