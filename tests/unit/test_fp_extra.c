/* tests/unit/test_fp_extra.c — sim/fp/fp_sve_extra.c, SVE's own pseudocode
 * functions, on cases worked by hand from the Arm ARM (the function named
 * beside each): FPTrigMAdd, FPTrigSMul, FPTrigSSel, FPLogB, FPScale, FPAbsMax/Min,
 * FPMulAddH, BFMulAddH, FPDotAdd of halves.  The instructions built on them
 * are checked against qemu-aarch64 11.1 by tests/diff (families sve_fp_*).
 */
#include "tests/unit/harness.h"

#include "sim/fp/fp.h"

#define RP (1u << SMESIM_FPCR_RMODE_SHIFT)
#define FZ SMESIM_FPCR_FZ
#define FZ16 SMESIM_FPCR_FZ16
#define AH SMESIM_FPCR_AH
#define IOC SMESIM_FPSR_IOC
#define OFC SMESIM_FPSR_OFC
#define UFC SMESIM_FPSR_UFC
#define IXC SMESIM_FPSR_IXC
#define IDC SMESIM_FPSR_IDC
#define H SMESIM_FP16
#define S SMESIM_FP32
#define D SMESIM_FP64

static smesim_fpenv env_of(uint32_t fpcr) { return smesim_fpenv_make(fpcr, 0, 0); }

/* FPTrigMAdd(x, op1, op2) = FPMulAdd(FPTrigMAddCoefficient[x (+8 when op2
 * is negative)], op1, FPAbs(op2)) */
TEST(trig_madd_picks_the_coefficient_by_the_sign_of_op2)
{
    smesim_fpenv e = env_of(0);
    /* x=0, coefficient 1.0: 1 + 2*3 = 7 */
    expect_u64(smesim_fp_trig_madd(S, 0, 0x40000000, 0x40400000, &e), 0x40e00000);
    /* op2 = -3: x=8, coefficient 1.0, |op2| = 3: 7 again */
    expect_u64(smesim_fp_trig_madd(S, 0, 0x40000000, 0xc0400000, &e), 0x40e00000);
    /* x=1, op2 = -0.5: coefficient[9] = -0.5 (0xbf000000); -0.5 + 1*0.5 = +0 */
    expect_u64(smesim_fp_trig_madd(S, 1, 0x3f800000, 0xbf000000, &e), 0x00000000);
    /* double, x=1: coefficient[1] = 0xbfc5555555555543 (about -1/6), op1 = 0: itself */
    expect_u64(smesim_fp_trig_madd(D, 1, 0, 0x3ff0000000000000ull, &e), 0xbfc5555555555543ull);
    /* half, x=2, op2 negative: coefficient[10] = 0x293a */
    expect_u64(smesim_fp_trig_madd(H, 2, 0, 0xbc00, &e), 0x293a);
    expect_eq(e.fpsr, 0);
}

/* FPAbs under FPCR.AH=1 leaves a NaN op2 alone: its sign survives */
TEST(trig_madd_keeps_a_nan_sign_under_ah)
{
    smesim_fpenv e = env_of(AH);
    expect_u64(smesim_fp_trig_madd(S, 0, 0x3f800000, 0xffc00001, &e), 0xffc00001);
    smesim_fpenv f = env_of(0);
    expect_u64(smesim_fp_trig_madd(S, 0, 0x3f800000, 0xffc00001, &f), 0x7fc00001);
}

/* FPTrigSMul: op1*op1, its sign bit set to op2<0> unless the product is a NaN */
TEST(trig_smul_takes_the_sign_from_bit_zero)
{
    smesim_fpenv e = env_of(0);
    expect_u64(smesim_fp_trig_smul(S, 0x40400000, 1, &e), 0xc1100000);     /* -(3*3) */
    expect_u64(smesim_fp_trig_smul(S, 0xc0400000, 2, &e), 0x41100000);     /* +(-3*-3) */
    expect_u64(smesim_fp_trig_smul(S, 0x7fc00005, 1, &e), 0x7fc00005);     /* NaN kept */
    expect_eq(e.fpsr, 0);
}

/* FPTrigSSel: op2<0> selects FPOne, op2<1> negates the choice (FPNeg, which
 * leaves a NaN alone under FPCR.AH) */
TEST(trig_ssel_selects_one_or_op1_and_negates)
{
    smesim_fpenv e = env_of(0);
    expect_u64(smesim_fp_trig_ssel(S, 0x40400000, 0, &e), 0x40400000);     /* 3.0 */
    expect_u64(smesim_fp_trig_ssel(S, 0x40400000, 1, &e), 0x3f800000);     /* 1.0 */
    expect_u64(smesim_fp_trig_ssel(S, 0x40400000, 2, &e), 0xc0400000);     /* -3.0 */
    expect_u64(smesim_fp_trig_ssel(D, 0, 3, &e), 0xbff0000000000000ull);  /* -1.0 */
    expect_u64(smesim_fp_trig_ssel(H, 0x7e00, 2, &e), 0xfe00);
    smesim_fpenv a = env_of(AH);
    expect_u64(smesim_fp_trig_ssel(H, 0x7e00, 2, &a), 0x7e00);
    expect_eq(e.fpsr, 0);
}

/* FPLogB: the exponent of the normalized value; zero and NaN: MinInt and
 * IOC; infinity: MaxInt; a flushed denormal (FZ) is zero: IDC and IOC */
TEST(logb_gives_the_exponent_as_an_integer)
{
    smesim_fpenv e = env_of(0);
    expect_u64(smesim_fp_logb(S, 0x3f800000, &e), 0);                     /* 1.0 */
    expect_u64(smesim_fp_logb(S, 0x3f400000, &e), 0xffffffffull);         /* 0.75: -1 */
    expect_u64(smesim_fp_logb(S, 0x00000001, &e), (uint32_t)-149);        /* 2^-149 */
    expect_u64(smesim_fp_logb(H, 0x0001, &e), 0xffe8);                    /* 2^-24 */
    expect_u64(smesim_fp_logb(D, 0x7fefffffffffffffull, &e), 1023);
    expect_u64(smesim_fp_logb(S, 0x7f800000, &e), 0x7fffffff);            /* +inf */
    expect_eq(e.fpsr, 0);
    expect_u64(smesim_fp_logb(S, 0x80000000, &e), 0x80000000);            /* -0 */
    expect_eq(e.fpsr, IOC);
    smesim_fpenv z = env_of(FZ);
    expect_u64(smesim_fp_logb(S, 0x00000001, &z), 0x80000000);
    expect_eq(z.fpsr, IDC | IOC);
    /* FPCR.AH: no flushing by FZ, but FPProcessDenorm's IDC */
    smesim_fpenv a = env_of(AH | FZ);
    expect_u64(smesim_fp_logb(S, 0x00000001, &a), (uint32_t)-149);
    expect_eq(a.fpsr, IDC);
}

/* FPScale: FPRound(value * 2^scale), one rounding */
TEST(scale_rounds_once)
{
    smesim_fpenv e = env_of(0);
    expect_u64(smesim_fp_scale(S, 0x3fc00000, 3, &e), 0x41400000);        /* 1.5 * 8 = 12 */
    expect_eq(e.fpsr, 0);
    /* 2^-150 is half the smallest denormal: ties to even gives +0 */
    expect_u64(smesim_fp_scale(S, 0x3f800000, -150, &e), 0);
    expect_eq(e.fpsr, UFC | IXC);
    smesim_fpenv p = env_of(RP);
    expect_u64(smesim_fp_scale(S, 0x3f800000, -150, &p), 1);
    smesim_fpenv o = env_of(0);
    expect_u64(smesim_fp_scale(S, 0x3f800000, (int64_t)1 << 40, &o), 0x7f800000);
    expect_eq(o.fpsr, OFC | IXC);
    smesim_fpenv n = env_of(0);
    expect_u64(smesim_fp_scale(S, 0x7f800001, 1, &n), 0x7fc00001);        /* FPProcessNaN */
    expect_eq(n.fpsr, IOC);
}

/* FPAbsMax/FPAbsMin: the magnitudes compared; NaNs as FPProcessNaNs; FZ and
 * AH out of play */
TEST(absmax_compares_magnitudes)
{
    smesim_fpenv e = env_of(FZ | AH);
    expect_u64(smesim_fp_absmax(S, 0xc0400000, 0x40000000, &e), 0x40400000);   /* |-3|, |2|: 3 */
    expect_u64(smesim_fp_absmin(S, 0xc0400000, 0x40000000, &e), 0x40000000);   /* 2 */
    expect_u64(smesim_fp_absmax(S, 0x80000001, 0, &e), 0x00000001);            /* not flushed */
    expect_eq(e.fpsr, 0);
    expect_u64(smesim_fp_absmax(S, 0x7fc00002, 0x3f800000, &e), 0x7fc00002);   /* the NaN, not op2 */
    expect_u64(smesim_fp_absmax(S, 0x3f800000, 0xff800001, &e), 0xffc00001);   /* sign kept, quieted */
    expect_eq(e.fpsr, IOC);
}

/* FPMulAddH: half operands, single addend, one rounding */
TEST(muladd_h_widens_exactly_and_rounds_once)
{
    smesim_fpenv e = env_of(0);
    expect_u64(smesim_fp_muladd_h(0x3f800000, 0x4000, 0x4200, &e), 0x40e00000);  /* 1 + 2*3 */
    /* (1 + 2^-10)^2 = 1 + 2^-9 + 2^-20, exact in single */
    expect_u64(smesim_fp_muladd_h(0, 0x3c01, 0x3c01, &e), 0x3f804008);
    expect_eq(e.fpsr, 0);
    /* FZ16 flushes the half operand 2^-24 (no IDC); without it the product is 2^-24 */
    smesim_fpenv f = env_of(FZ16);
    expect_u64(smesim_fp_muladd_h(0, 0x0001, 0x3c00, &f), 0);
    expect_eq(f.fpsr, 0);
    expect_u64(smesim_fp_muladd_h(0, 0x0001, 0x3c00, &e), 0x33800000);
    /* a signalling half NaN: quieted, FPConvertNaN to single, IOC */
    smesim_fpenv n = env_of(0);
    expect_u64(smesim_fp_muladd_h(0x3f800000, 0x7d01, 0x3c00, &n), 0x7fe02000);
    expect_eq(n.fpsr, IOC);
}

/* BFMulAddH: FPMulAdd in single of op:Zeros(16); FPCR.AH=1 rounds to
 * nearest even and raises nothing */
TEST(bf_muladd_h_under_ah_rounds_to_nearest_without_flags)
{
    smesim_fpenv e = env_of(0);
    expect_u64(smesim_bf_muladd_h(0, 0x3f80, 0x3f81, &e), 0x3f810000);     /* 1 * (1 + 2^-7) */
    /* 1 + 1 * 2^-24: half an ulp of 1.0 */
    smesim_fpenv p = env_of(RP);
    expect_u64(smesim_bf_muladd_h(0x3f800000, 0x3f80, 0x3380, &p), 0x3f800001);
    expect_eq(p.fpsr, IXC);
    smesim_fpenv a = env_of(RP | AH);
    expect_u64(smesim_bf_muladd_h(0x3f800000, 0x3f80, 0x3380, &a), 0x3f800000);
    expect_eq(a.fpsr, 0);
}

/* FPDotAdd: FPDot (both products and their sum rounded once), then FPAdd */
TEST(dotadd_h_rounds_the_dot_once)
{
    smesim_fpenv e = env_of(0);
    /* 1 + 2*4 + 3*5 = 24 */
    expect_u64(smesim_fp_dotadd_h(0x3f800000, 0x4000, 0x4200, 0x4400, 0x4500, &e), 0x41c00000);
    /* (1 + 2^-10)^2 - 1 = 2^-9 + 2^-20, exact only if not rounded in between */
    expect_u64(smesim_fp_dotadd_h(0, 0x3c01, 0xbc00, 0x3c01, 0x3c00, &e), 0x3b001000);
    expect_eq(e.fpsr, 0);
}

RUN_TESTS(T(trig_madd_picks_the_coefficient_by_the_sign_of_op2), T(trig_madd_keeps_a_nan_sign_under_ah),
          T(trig_smul_takes_the_sign_from_bit_zero), T(trig_ssel_selects_one_or_op1_and_negates),
          T(logb_gives_the_exponent_as_an_integer),
          T(scale_rounds_once), T(absmax_compares_magnitudes), T(muladd_h_widens_exactly_and_rounds_once),
          T(bf_muladd_h_under_ah_rounds_to_nearest_without_flags), T(dotadd_h_rounds_the_dot_once))
