/* tests/unit/test_fp.c — the floating-point layer (sim/fp/) on cases worked
 * by hand from the Arm ARM's pseudocode, the function named beside each:
 * NaN propagation and default NaN, flushing, rounding modes, overflow,
 * underflow, FPCR.AH, FP16, BF16, FP8, estimates, the ZA mode.  The broad
 * check against qemu-aarch64 11.1 is tests/oracle/fp_qemu.sh.
 */
#include "tests/unit/harness.h"

#include "sim/fp/fp.h"

#define RN (0u << SMESIM_FPCR_RMODE_SHIFT)
#define RP (1u << SMESIM_FPCR_RMODE_SHIFT)
#define RM (2u << SMESIM_FPCR_RMODE_SHIFT)
#define RZ (3u << SMESIM_FPCR_RMODE_SHIFT)
#define FZ SMESIM_FPCR_FZ
#define FZ16 SMESIM_FPCR_FZ16
#define DN SMESIM_FPCR_DN
#define AH SMESIM_FPCR_AH
#define FIZ SMESIM_FPCR_FIZ
#define EBF SMESIM_FPCR_EBF
#define IOC SMESIM_FPSR_IOC
#define DZC SMESIM_FPSR_DZC
#define OFC SMESIM_FPSR_OFC
#define UFC SMESIM_FPSR_UFC
#define IXC SMESIM_FPSR_IXC
#define IDC SMESIM_FPSR_IDC
#define S SMESIM_FP32

/* both paths (host fast path and exact path) must give these */
typedef uint64_t (*bin_fn)(smesim_fpfmt, uint64_t, uint64_t, smesim_fpenv *);
static void check2(bin_fn fn, smesim_fpfmt f, uint64_t a, uint64_t b, uint32_t fpcr, uint64_t want,
                   uint32_t want_fpsr)
{
    for (int exact = 0; exact < 2; exact++) {
        smesim_fpenv e = smesim_fpenv_make(fpcr, 0, exact ? SMESIM_FPENV_EXACT : 0);
        expect_u64(fn(f, a, b, &e), want);
        expect_eq(e.fpsr, want_fpsr);
    }
}

static void check_fma(uint32_t c, uint32_t a, uint32_t b, uint32_t fpcr, uint32_t mode, uint32_t want,
                      uint32_t want_fpsr)
{
    for (int exact = 0; exact < 2; exact++) {
        smesim_fpenv e = smesim_fpenv_make(fpcr, 0, mode | (exact ? SMESIM_FPENV_EXACT : 0));
        expect_u64(smesim_fp_muladd(S, c, a, b, &e), want);
        expect_eq(e.fpsr, want_fpsr);
    }
}

/* FPProcessNaNs: a signalling NaN wins over an earlier quiet one and is quieted, IOC */
TEST(snan_before_qnan_then_operand_order)
{
    check2(smesim_fp_add, S, 0x7fc00001, 0x7f800002, 0, 0x7fc00002, IOC);
    check2(smesim_fp_add, S, 0x7fc00001, 0x7fc00002, 0, 0x7fc00001, 0);     /* op1 first */
    check2(smesim_fp_mul, S, 0x3f800000, 0xffc00003, 0, 0xffc00003, 0);     /* sign kept */
}

/* FPProcessNaN with FPCR.DN: FPDefaultNaN, its sign FPCR.AH (FEAT_AFP) */
TEST(default_nan_and_its_sign_under_ah)
{
    check2(smesim_fp_add, S, 0x7f800001, 0x3f800000, DN, 0x7fc00000, IOC);
    check2(smesim_fp_add, S, 0x7f800000, 0xff800000, 0, 0x7fc00000, IOC);  /* inf - inf */
    check2(smesim_fp_add, S, 0x7f800000, 0xff800000, AH, 0xffc00000, IOC);
    check2(smesim_fp_mul, SMESIM_FP16, 0x7c00, 0x0000, 0, 0x7e00, IOC);     /* inf * 0 */
}

/* FPProcessNaNs with AH=1: two NaNs give op1, quieted, IOC if either signals */
TEST(ah_two_nans_give_the_first)
{
    check2(smesim_fp_add, S, 0x7fc00001, 0x7f800002, AH, 0x7fc00001, IOC);
}

/* FPMulAdd: NaNs in the order addend, op1, op2; a quiet addend with 0*inf
 * is the default NaN and IOC (AH=0); FPProcessNaNs3 with AH=1 prefers op1 */
TEST(muladd_nan_rules)
{
    check_fma(0x7fc00001, 0x7f800002, 0x3f800000, 0, 0, 0x7fc00002, IOC);
    check_fma(0x7fc00001, 0x7fc00002, 0x7fc00003, 0, 0, 0x7fc00001, 0);
    check_fma(0x7fc00001, 0x00000000, 0x7f800000, 0, 0, 0x7fc00000, IOC);
    check_fma(0x7fc00001, 0x7fc00002, 0x7fc00003, AH, 0, 0x7fc00002, 0);   /* all three: op1 */
    check_fma(0x7fc00001, 0x3f800000, 0x7fc00003, AH, 0, 0x7fc00003, 0);   /* addend, op2: op2 */
}

/* FPMulAdd_ZA: DN forced, FPSR untouched (FMOPA) */
TEST(za_mode_forces_default_nan_and_keeps_fpsr)
{
    check_fma(0x7fc00001, 0x7f800002, 0x3f800000, 0, SMESIM_FPENV_ZA, 0x7fc00000, 0);
    check_fma(0x3f800000, 0x33800000, 0x3f800000, 0, SMESIM_FPENV_ZA, 0x3f800000, 0);   /* inexact */
    check_fma(0x7f7fffff, 0x7f7fffff, 0x40000000, 0, SMESIM_FPENV_ZA, 0x7f800000, 0);   /* overflow */
    check_fma(0x7fc00001, 0x3f800000, 0x3f800000, AH, SMESIM_FPENV_ZA, 0xffc00000, 0);
}

/* FPUnpackBase: FZ flushes denormal inputs with IDC; FIZ without; AH=1
 * turns FZ's input flushing off and FPProcessDenorms raises IDC instead */
TEST(input_flushing_fz_fiz_ah)
{
    /* 2^-149 * 2^100 */
    check2(smesim_fp_mul, S, 0x00000001, 0x71800000, FZ, 0x00000000, IDC);
    check2(smesim_fp_mul, S, 0x00000001, 0x71800000, FIZ, 0x00000000, 0);
    check2(smesim_fp_mul, S, 0x00000001, 0x71800000, 0, 0x27000000, 0);
    check2(smesim_fp_mul, S, 0x00000001, 0x71800000, FZ | AH, 0x27000000, IDC);
}

/* FPRoundBase: FZ flushes tiny results before rounding, UFC without IXC;
 * with AH=1 tininess is after rounding and the flush raises UFC and IXC */
TEST(output_flushing_fz_and_ah)
{
    /* 2^-100 * 2^-30 = 2^-130, exact as a denormal */
    check2(smesim_fp_mul, S, 0x0d800000, 0x30800000, 0, 0x00080000, 0);   /* 2^19 * 2^-149 */
    check2(smesim_fp_mul, S, 0x0d800000, 0x30800000, FZ, 0x00000000, UFC);
    check2(smesim_fp_mul, S, 0x0d800000, 0x30800000, FZ | AH, 0x00000000, UFC | IXC);
}

/* FPRoundBase: a value just below the smallest normal that rounds up to it
 * is tiny before rounding (UFC with AH=0) but not after (AH=1) */
TEST(underflow_before_and_after_rounding)
{
    uint64_t x = 0x380ffffff0000000ull;   /* 2^-126 * (1 - 2^-25), a double */
    smesim_fpenv e = smesim_fpenv_make(0, 0, 0);
    expect_u64(smesim_fp_convert(S, SMESIM_FP64, x, SMESIM_FPR_TIEEVEN, &e), 0x00800000);
    expect_eq(e.fpsr, UFC | IXC);
    e = smesim_fpenv_make(AH, 0, 0);
    expect_u64(smesim_fp_convert(S, SMESIM_FP64, x, SMESIM_FPR_TIEEVEN, &e), 0x00800000);
    expect_eq(e.fpsr, IXC);
    /* 2^-127 * (1 + 2^-23): a tie in the denormal range goes to even, UFC */
    check2(smesim_fp_mul, S, 0x00800001, 0x3f000000, 0, 0x00400000, UFC | IXC);
}

/* FPRoundBase, each mode on a tie and on a non-tie: 1 + 2^-24 is half an
 * ulp above 1.0; 1 + 1.5 * 2^-24 is three quarters */
TEST(rounding_modes_tie_and_non_tie)
{
    check2(smesim_fp_add, S, 0x3f800000, 0x33800000, RN, 0x3f800000, IXC);
    check2(smesim_fp_add, S, 0x3f800000, 0x33800000, RP, 0x3f800001, IXC);
    check2(smesim_fp_add, S, 0x3f800000, 0x33800000, RM, 0x3f800000, IXC);
    check2(smesim_fp_add, S, 0x3f800000, 0x33800000, RZ, 0x3f800000, IXC);
    check2(smesim_fp_add, S, 0x3f800001, 0x33800000, RN, 0x3f800002, IXC);   /* odd: up */
    check2(smesim_fp_add, S, 0xbf800000, 0xb3800000, RM, 0xbf800001, IXC);
    check2(smesim_fp_add, S, 0xbf800000, 0xb3800000, RP, 0xbf800000, IXC);
    check2(smesim_fp_add, S, 0x3f800000, 0x33c00000, RN, 0x3f800001, IXC);
    check2(smesim_fp_add, S, 0x3f800000, 0x33c00000, RP, 0x3f800001, IXC);
    check2(smesim_fp_add, S, 0x3f800000, 0x33c00000, RM, 0x3f800000, IXC);
    check2(smesim_fp_add, S, 0x3f800000, 0x33c00000, RZ, 0x3f800000, IXC);
    /* x - x is +0, or -0 rounding toward minus infinity */
    check2(smesim_fp_sub, S, 0x3f800000, 0x3f800000, RN, 0x00000000, 0);
    check2(smesim_fp_sub, S, 0x3f800000, 0x3f800000, RM, 0x80000000, 0);
}

/* FPRoundBase: overflow gives infinity or the largest normal by mode, OFC and IXC */
TEST(overflow_by_rounding_mode)
{
    check2(smesim_fp_mul, S, 0x7f7fffff, 0x40000000, RN, 0x7f800000, OFC | IXC);
    check2(smesim_fp_mul, S, 0x7f7fffff, 0x40000000, RZ, 0x7f7fffff, OFC | IXC);
    check2(smesim_fp_mul, S, 0x7f7fffff, 0x40000000, RP, 0x7f800000, OFC | IXC);
    check2(smesim_fp_mul, S, 0x7f7fffff, 0x40000000, RM, 0x7f7fffff, OFC | IXC);
    check2(smesim_fp_mul, S, 0xff7fffff, 0x40000000, RP, 0xff7fffff, OFC | IXC);
    check2(smesim_fp_mul, S, 0xff7fffff, 0x40000000, RM, 0xff800000, OFC | IXC);
}

/* FPUnpackBase for half precision: FZ16 flushes without IDC, FZ does not apply */
TEST(half_precision_fz16)
{
    check2(smesim_fp_add, SMESIM_FP16, 0x0001, 0x0001, 0, 0x0002, 0);
    check2(smesim_fp_add, SMESIM_FP16, 0x0001, 0x0001, FZ, 0x0002, 0);
    check2(smesim_fp_add, SMESIM_FP16, 0x0001, 0x0001, FZ16, 0x0000, 0);
    /* 65504 + 16 ties to 65536: overflow in half */
    check2(smesim_fp_add, SMESIM_FP16, 0x7bff, 0x4c00, RN, 0x7c00, OFC | IXC);
}

/* FPConvertBF (BFCVT): ties to even, the quiet NaN's top half, and under AH
 * no exceptions at all */
TEST(bfloat16_conversion)
{
    smesim_fpenv e = smesim_fpenv_make(0, 0, 0);
    expect_u64(smesim_fp_convert(SMESIM_BF16, S, 0x3f808000, SMESIM_FPR_TIEEVEN, &e), 0x3f80);
    expect_u64(smesim_fp_convert(SMESIM_BF16, S, 0x3f818000, SMESIM_FPR_TIEEVEN, &e), 0x3f82);
    expect_u64(smesim_fp_convert(SMESIM_BF16, S, 0x3f818000, SMESIM_FPR_ZERO, &e), 0x3f81);
    expect_eq(e.fpsr, IXC);
    e.fpsr = 0;
    expect_u64(smesim_fp_convert(SMESIM_BF16, S, 0x7f800001, SMESIM_FPR_TIEEVEN, &e), 0x7fc0);
    expect_eq(e.fpsr, IOC);
    e = smesim_fpenv_make(AH, 0, 0);
    expect_u64(smesim_fp_convert(SMESIM_BF16, S, 0x7f800001, SMESIM_FPR_TIEEVEN, &e), 0x7fc0);
    expect_u64(smesim_fp_convert(SMESIM_BF16, S, 0x3f808000, SMESIM_FPR_TIEEVEN, &e), 0x3f80);
    expect_eq(e.fpsr, 0);
    expect_u64(smesim_fp_convert(S, SMESIM_BF16, 0x3f81, SMESIM_FPR_TIEEVEN, &e), 0x3f810000);
}

/* BFDotAdd: EBF=0 rounds every step to odd; EBF=1 rounds the dot product
 * once and then adds in FPCR's mode (1 + 2^-30 + 2^-30) */
TEST(bfdotadd_round_to_odd_and_ebf)
{
    smesim_fpenv e = smesim_fpenv_make(0, 0, 0);
    /* 2^-15 * 2^-15 twice */
    expect_u64(smesim_bf_dotadd(0x3f800000, 0x3800, 0x3800, 0x3800, 0x3800, &e), 0x3f800001);
    e = smesim_fpenv_make(EBF, 0, 0);
    expect_u64(smesim_bf_dotadd(0x3f800000, 0x3800, 0x3800, 0x3800, 0x3800, &e), 0x3f800000);
    expect_eq(e.fpsr, 0);
    /* EBF=0: denormal bfloat16 inputs are zeros, a NaN is the default NaN */
    e = smesim_fpenv_make(0, 0, 0);
    expect_u64(smesim_bf_dotadd(0x3f800000, 0x0001, 0, 0x7f00, 0, &e), 0x3f800000);
    expect_u64(smesim_bf_dotadd(0x3f800000, 0x7f81, 0, 0x3f80, 0, &e), 0x7fc00000);
}

/* FP8 (FEAT_FP8): FPMR's formats and scales */
TEST(fp8_conversions_with_fpmr_scaling)
{
    /* F1CVT: E4M3 1.0 (0x38) scaled by 2^-LSCALE, LSCALE=3 -> 0.125 */
    smesim_fpenv e = smesim_fpenv_make(0, 1ull | 3ull << SMESIM_FPMR_LSCALE_SHIFT, 0);
    expect_u64(smesim_fp8_to_fp(SMESIM_FP16, 0x38, 1, &e), 0x3000);
    /* F2CVT: F8S2=E5M2 1.0 (0x3c), LSCALE2=1 -> 0.5 */
    e = smesim_fpenv_make(0, 1ull << SMESIM_FPMR_LSCALE2_SHIFT, 0);
    expect_u64(smesim_fp8_to_fp(SMESIM_FP16, 0x3c, 2, &e), 0x3800);
    /* FCVTN to E4M3 (F8D=1), NSCALE=2: 1.0 * 4 = 4.0 = 0x48 */
    e = smesim_fpenv_make(0, 1ull << SMESIM_FPMR_F8D_SHIFT | 2ull << SMESIM_FPMR_NSCALE_SHIFT, 0);
    expect_u64(smesim_fp_to_fp8(S, 0x3f800000, &e), 0x48);
    expect_eq(e.fpsr, 0);
    /* 1000.0 overflows E4M3: NaN, or 448 (0x7e) with OSC */
    e = smesim_fpenv_make(0, 1ull << SMESIM_FPMR_F8D_SHIFT, 0);
    expect_u64(smesim_fp_to_fp8(S, 0x447a0000, &e), 0x7f);
    expect_eq(e.fpsr, OFC | IXC);
    e = smesim_fpenv_make(0, 1ull << SMESIM_FPMR_F8D_SHIFT | SMESIM_FPMR_OSC, 0);
    expect_u64(smesim_fp_to_fp8(S, 0x447a0000, &e), 0x7e);
    /* E5M2 (F8D=0): 1e6 overflows to infinity, or 57344 (0x7b) with OSC */
    e = smesim_fpenv_make(0, 0, 0);
    expect_u64(smesim_fp_to_fp8(S, 0x49742400, &e), 0x7c);
    e = smesim_fpenv_make(0, SMESIM_FPMR_OSC, 0);
    expect_u64(smesim_fp_to_fp8(S, 0x49742400, &e), 0x7b);
}

/* FPToFixed: saturation raises IOC only, a NaN converts to 0 with IOC */
TEST(to_fixed_saturates)
{
    smesim_fpenv e = smesim_fpenv_make(0, 0, 0);
    expect_u64(smesim_fp_to_fixed(S, 0x4f000000, 0, false, SMESIM_FPR_ZERO, 32, &e), 0x7fffffff);
    expect_eq(e.fpsr, IOC);
    e.fpsr = 0;
    expect_u64(smesim_fp_to_fixed(S, 0xbf000000, 0, true, SMESIM_FPR_ZERO, 32, &e), 0);   /* -0.5 */
    expect_eq(e.fpsr, IXC);
    e.fpsr = 0;
    expect_u64(smesim_fp_to_fixed(S, 0x7fc00000, 0, false, SMESIM_FPR_ZERO, 64, &e), 0);
    expect_eq(e.fpsr, IOC);
    expect_u64(smesim_fp_to_fixed(S, 0x40200000, 0, false, SMESIM_FPR_TIEAWAY, 32, &e), 3);   /* 2.5 */
    expect_u64(smesim_fp_to_fixed(S, 0x40200000, 0, false, SMESIM_FPR_TIEEVEN, 32, &e), 2);
    expect_u64(smesim_fp_to_fixed(S, 0xc0200000, 0, false, SMESIM_FPR_TIEEVEN, 32, &e), 0xfffffffe);
}

/* FPRoundInt: FRINTX raises IXC, FRINTA does not; the sign of zero stays */
TEST(round_int)
{
    smesim_fpenv e = smesim_fpenv_make(0, 0, 0);
    expect_u64(smesim_fp_round_int(S, 0x40200000, SMESIM_FPR_TIEEVEN, true, &e), 0x40000000);
    expect_eq(e.fpsr, IXC);
    e.fpsr = 0;
    expect_u64(smesim_fp_round_int(S, 0xc0200000, SMESIM_FPR_TIEAWAY, false, &e), 0xc0400000);
    expect_u64(smesim_fp_round_int(S, 0xbe99999a, SMESIM_FPR_ZERO, false, &e), 0x80000000);
    expect_eq(e.fpsr, 0);
}

/* FPRecipEstimate and FPRSqrtEstimate, worked through RecipEstimate and
 * RecipSqrtEstimate: 1/2 ~ 0x3eff8000 (8-bit), 0x3efff000 with FEAT_RPRES
 * under AH; 1/sqrt(4) ~ 0x3eff8000; a zero gives infinity and DZC */
TEST(estimates)
{
    smesim_fpenv e = smesim_fpenv_make(0, 0, 0);
    expect_u64(smesim_fp_recpe(S, 0x40000000, &e), 0x3eff8000);
    expect_u64(smesim_fp_rsqrte(S, 0x40800000, &e), 0x3eff8000);
    expect_eq(e.fpsr, 0);
    expect_u64(smesim_fp_recpe(S, 0x80000000, &e), 0xff800000);
    expect_eq(e.fpsr, DZC);
    e = smesim_fpenv_make(AH, 0, 0);
    expect_u64(smesim_fp_recpe(S, 0x40000000, &e), 0x3efff000);
    e = smesim_fpenv_make(AH, 0, SMESIM_FPENV_NO_RPRES);
    expect_u64(smesim_fp_recpe(S, 0x40000000, &e), 0x3eff8000);
    /* FPRecipStepFused: 2 - 2*1 = 0 -> +0 (RN) */
    e = smesim_fpenv_make(0, 0, 0);
    expect_u64(smesim_fp_recps(S, 0x40000000, 0x3f800000, &e), 0x00000000);
    expect_u64(smesim_fp_recps(S, 0x7f800000, 0x00000000, &e), 0x40000000);   /* inf*0: 2.0 */
}

/* FPCompare: NZCV 0011 for unordered, IOC on any NaN only for FCMPE */
TEST(compare_nzcv)
{
    smesim_fpenv e = smesim_fpenv_make(0, 0, 0);
    expect_eq(smesim_fp_compare(S, 0x3f800000, 0x40000000, false, &e), 0x80000000u);
    expect_eq(smesim_fp_compare(S, 0x80000000, 0x00000000, false, &e), 0x60000000u);
    expect_eq(smesim_fp_compare(S, 0x7fc00000, 0x00000000, false, &e), 0x30000000u);
    expect_eq(e.fpsr, 0);
    expect_eq(smesim_fp_compare(S, 0x7fc00000, 0x00000000, true, &e), 0x30000000u);
    expect_eq(e.fpsr, IOC);
}

/* FPMax/FPMin with AH=1: zeros of either sign and NaNs give op2; FPMaxNum
 * takes the number over a quiet NaN */
TEST(max_min_ah_and_num)
{
    check2(smesim_fp_max, S, 0x00000000, 0x80000000, 0, 0x00000000, 0);
    check2(smesim_fp_max, S, 0x00000000, 0x80000000, AH, 0x80000000, 0);
    check2(smesim_fp_min, S, 0x7fc00000, 0x3f800000, AH, 0x3f800000, IOC);
    check2(smesim_fp_maxnum, S, 0x7fc00000, 0x3f800000, 0, 0x3f800000, 0);
    check2(smesim_fp_maxnum, S, 0x7f800001, 0x3f800000, 0, 0x7fc00001, IOC);
}

RUN_TESTS(T(snan_before_qnan_then_operand_order), T(default_nan_and_its_sign_under_ah),
          T(ah_two_nans_give_the_first), T(muladd_nan_rules),
          T(za_mode_forces_default_nan_and_keeps_fpsr), T(input_flushing_fz_fiz_ah),
          T(output_flushing_fz_and_ah), T(underflow_before_and_after_rounding),
          T(rounding_modes_tie_and_non_tie), T(overflow_by_rounding_mode), T(half_precision_fz16),
          T(bfloat16_conversion), T(bfdotadd_round_to_odd_and_ebf),
          T(fp8_conversions_with_fpmr_scaling), T(to_fixed_saturates), T(round_int), T(estimates),
          T(compare_nzcv), T(max_min_ah_and_num))
