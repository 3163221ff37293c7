/* sim/fp/fp.h — the floating-point layer: Arm's FPProcess semantics on raw
 * bit patterns, one function per pseudocode function of the Arm ARM (named
 * beside each), steered by an environment that holds FPCR, FPMR, the
 * cumulative FPSR flags and a mode (ZA: default NaN, no exceptions).
 * Every floating-point instruction body calls these; none uses host floats.
 * docs/fp.md explains the fast (host) and exact (integer) paths.
 */
#ifndef SMESIM_FP_H
#define SMESIM_FP_H

#include <stdbool.h>
#include <stdint.h>

/* Formats.  The IEEE ones are numbered by their SVE element size (esz), so
 * a body indexed by esz passes it straight through. */
typedef enum smesim_fpfmt {
    SMESIM_FP16 = 1,    /* IEEE half: 1, 5, 10 */
    SMESIM_FP32 = 2,    /* IEEE single: 1, 8, 23 */
    SMESIM_FP64 = 3,    /* IEEE double: 1, 11, 52 */
    SMESIM_BF16 = 4,    /* bfloat16: 1, 8, 7 (the pseudocode's isbfloat16) */
} smesim_fpfmt;

/* FPCR fields (AArch64). */
#define SMESIM_FPCR_FIZ   (1u << 0)     /* FEAT_AFP: flush inputs, no IDC */
#define SMESIM_FPCR_AH    (1u << 1)     /* FEAT_AFP: alternate handling */
#define SMESIM_FPCR_NEP   (1u << 2)     /* FEAT_AFP: scalar ops merge upper bits */
#define SMESIM_FPCR_EBF   (1u << 13)    /* FEAT_EBF16: extended BF16 behaviour */
#define SMESIM_FPCR_FZ16  (1u << 19)
#define SMESIM_FPCR_RMODE_SHIFT 22      /* 2 bits: RN, RP, RM, RZ */
#define SMESIM_FPCR_RMODE (3u << 22)
#define SMESIM_FPCR_FZ    (1u << 24)
#define SMESIM_FPCR_DN    (1u << 25)
#define SMESIM_FPCR_AHP   (1u << 26)

/* FPSR cumulative exception flags. */
#define SMESIM_FPSR_IOC   (1u << 0)     /* invalid operation */
#define SMESIM_FPSR_DZC   (1u << 1)     /* divide by zero */
#define SMESIM_FPSR_OFC   (1u << 2)     /* overflow */
#define SMESIM_FPSR_UFC   (1u << 3)     /* underflow */
#define SMESIM_FPSR_IXC   (1u << 4)     /* inexact */
#define SMESIM_FPSR_IDC   (1u << 7)     /* input denormal */

/* FPMR fields (FEAT_FP8). */
#define SMESIM_FPMR_F8S1_SHIFT   0      /* 3 bits: 0 E5M2, 1 E4M3 */
#define SMESIM_FPMR_F8S2_SHIFT   3
#define SMESIM_FPMR_F8D_SHIFT    6
#define SMESIM_FPMR_OSM          (1ull << 14)
#define SMESIM_FPMR_OSC          (1ull << 15)
#define SMESIM_FPMR_LSCALE_SHIFT 16     /* 7 bits */
#define SMESIM_FPMR_NSCALE_SHIFT 24     /* 8 bits, signed */
#define SMESIM_FPMR_LSCALE2_SHIFT 32    /* 6 bits */
enum { SMESIM_FP8_E5M2 = 0, SMESIM_FP8_E4M3 = 1 };

/* FPRounding */
typedef enum smesim_fprounding {
    SMESIM_FPR_TIEEVEN = 0, SMESIM_FPR_POSINF = 1, SMESIM_FPR_NEGINF = 2,
    SMESIM_FPR_ZERO = 3, SMESIM_FPR_TIEAWAY = 4, SMESIM_FPR_ODD = 5,
} smesim_fprounding;

/* Mode bits of an environment. */
#define SMESIM_FPENV_ZA       1u   /* the _ZA pseudocode variants: FPCR.DN=1, FPSR untouched */
#define SMESIM_FPENV_EXACT    2u   /* never take the host fast path (tests) */
#define SMESIM_FPENV_NO_RPRES 4u   /* FEAT_RPRES absent: 8-bit FRECPE/FRSQRTE under AH */

/* The state every operation reads and the flags it accumulates.  Build one
 * per instruction (or per loop) from the CPU, run the elements, then OR
 * `fpsr` back into the CPU's FPSR. */
typedef struct smesim_fpenv {
    uint32_t fpcr;      /* FPCR as the guest wrote it */
    uint32_t fpsr;      /* cumulative flags raised (SMESIM_FPSR_*) */
    uint64_t fpmr;      /* FPMR, for the FP8 operations */
    uint32_t mode;      /* SMESIM_FPENV_* */
} smesim_fpenv;

static inline smesim_fpenv smesim_fpenv_make(uint32_t fpcr, uint64_t fpmr, uint32_t mode)
{
    smesim_fpenv e = { fpcr, 0, fpmr, mode };
    return e;
}

/* FPRoundingMode(FPCR); FPDecodeRM(rm) for FCVTxS's rounding field. */
static inline smesim_fprounding smesim_fp_rounding(const smesim_fpenv *env)
{
    return (smesim_fprounding)((env->fpcr >> SMESIM_FPCR_RMODE_SHIFT) & 3);
}

/* ---- raw bit patterns of special values (FPZero, FPInfinity, FPMaxNormal,
 * FPDefaultNaN with FPCR.AH giving its sign). */
uint64_t smesim_fp_zero(smesim_fpfmt f, int sign);
uint64_t smesim_fp_inf(smesim_fpfmt f, int sign);
uint64_t smesim_fp_max_normal(smesim_fpfmt f, int sign);
uint64_t smesim_fp_default_nan(smesim_fpfmt f, const smesim_fpenv *env);
/* IsNaN on the encoding (FPUnpack's type, without flushing) */
bool smesim_fp_is_nan(smesim_fpfmt f, uint64_t x);

/* ---- arithmetic (fp_arith.c).  All honour FPCR.{RMode,FZ,FZ16,FIZ,DN,AH}
 * and raise FPSR flags unless env->mode has SMESIM_FPENV_ZA. */
uint64_t smesim_fp_add(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);     /* FPAdd */
uint64_t smesim_fp_sub(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);     /* FPSub */
uint64_t smesim_fp_mul(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);     /* FPMul */
uint64_t smesim_fp_mulx(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);    /* FPMulX */
uint64_t smesim_fp_div(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);     /* FPDiv */
/* FPMulAdd(addend, op1, op2): addend + op1*op2 with one rounding.  The
 * argument order is the pseudocode's: it decides which NaN propagates. */
uint64_t smesim_fp_muladd(smesim_fpfmt f, uint64_t addend, uint64_t op1, uint64_t op2,
                          smesim_fpenv *env);
uint64_t smesim_fp_sqrt(smesim_fpfmt f, uint64_t a, smesim_fpenv *env);                /* FPSqrt */
uint64_t smesim_fp_max(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);     /* FPMax */
uint64_t smesim_fp_min(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);     /* FPMin */
uint64_t smesim_fp_maxnum(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);  /* FPMaxNum */
uint64_t smesim_fp_minnum(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);  /* FPMinNum */
/* FPNeg / FPAbs: with FPCR.AH=1 a NaN passes unchanged. */
uint64_t smesim_fp_neg(smesim_fpfmt f, uint64_t a, const smesim_fpenv *env);
uint64_t smesim_fp_abs(smesim_fpfmt f, uint64_t a, const smesim_fpenv *env);

/* FPCompare(op1, op2, signal_nans): NZCV in bits 31..28 (FCMP, FCMPE). */
uint32_t smesim_fp_compare(smesim_fpfmt f, uint64_t a, uint64_t b, bool signal_nans,
                           smesim_fpenv *env);
/* FPCompareEQ/GE/GT/NE/UN: the predicate and mask forms (FCMEQ, FCMGE, FCMGT,
 * FCMNE, FCMUO).  GE and GT signal on any NaN; EQ, NE and UN on SNaN. */
bool smesim_fp_compare_eq(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);
bool smesim_fp_compare_ge(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);
bool smesim_fp_compare_gt(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);
bool smesim_fp_compare_ne(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);
bool smesim_fp_compare_un(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);

/* FPRoundInt(op, rounding, exact): FRINTN/P/M/Z/A/I (exact=false), FRINTX. */
uint64_t smesim_fp_round_int(smesim_fpfmt f, uint64_t a, smesim_fprounding r, bool exact,
                             smesim_fpenv *env);
/* FPRoundIntN(op, rounding, intsize): FRINT32Z/X, FRINT64Z/X (FP32, FP64). */
uint64_t smesim_fp_round_int_n(smesim_fpfmt f, uint64_t a, smesim_fprounding r, int intsize,
                               smesim_fpenv *env);

/* ---- estimates and Newton steps (fp_estimate.c) */
uint64_t smesim_fp_recpe(smesim_fpfmt f, uint64_t a, smesim_fpenv *env);   /* FPRecipEstimate */
uint64_t smesim_fp_rsqrte(smesim_fpfmt f, uint64_t a, smesim_fpenv *env);  /* FPRSqrtEstimate */
uint64_t smesim_fp_recpx(smesim_fpfmt f, uint64_t a, smesim_fpenv *env);   /* FPRecpX */
/* FPRecipStepFused: 2 - op1*op2; FPRSqrtStepFused: (3 - op1*op2) / 2 */
uint64_t smesim_fp_recps(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);
uint64_t smesim_fp_rsqrts(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);
/* UnsignedRecipEstimate / UnsignedRSqrtEstimate (URECPE, URSQRTE) */
uint32_t smesim_urecpe(uint32_t a);
uint32_t smesim_ursqrte(uint32_t a);

/* ---- conversions (fp_convert.c) */
/* FPConvert(op, rounding) between FP16, FP32 and FP64 (FCVT; FPCR.AHP
 * selects the alternative half format); FP32 -> BF16 is FPConvertBF (BFCVT,
 * BFCVTN); BF16 -> FP32 is exact. */
uint64_t smesim_fp_convert(smesim_fpfmt to, smesim_fpfmt from, uint64_t a, smesim_fprounding r,
                           smesim_fpenv *env);
/* FPToFixed(op, fbits, unsigned, rounding, M): FCVTZS/ZU/NS/NU/AS/AU/PS/PU/MS/MU,
 * saturating to M (16, 32 or 64) bits; the result is zero-extended. */
uint64_t smesim_fp_to_fixed(smesim_fpfmt f, uint64_t a, int fbits, bool is_unsigned,
                            smesim_fprounding r, int M, smesim_fpenv *env);
/* FixedToFP(op, fbits, unsigned, rounding): SCVTF/UCVTF from an M-bit integer. */
uint64_t smesim_fixed_to_fp(smesim_fpfmt f, uint64_t a, int M, int fbits, bool is_unsigned,
                            smesim_fprounding r, smesim_fpenv *env);

/* ---- dot products into ZA and vectors (fp_dot.c) */
/* BFDotAdd(addend, op1_a, op1_b, op2_a, op2_b): BFDOT, BFMMLA, BFMOPA.
 * FPCR.EBF=0: products and sums rounded to odd, denormals flushed, default
 * NaN, no flags; EBF=1: FPDot (one rounding, FPCR's mode) then FPAdd, both
 * with DN=1 and no flags. */
uint32_t smesim_bf_dotadd(uint32_t addend, uint16_t a0, uint16_t a1, uint16_t b0, uint16_t b1,
                          smesim_fpenv *env);
/* FPDotAdd(addend, op1_a, op1_b, op2_a, op2_b) with half-precision sources
 * (FZ16 flushes them): FPDot, both products summed with one rounding into
 * single precision (FPCR's mode, FZ), then FPAdd.  In ZA mode it is
 * FPDotAdd_ZA (FMOPA widening): DN forced, no flags. */
uint32_t smesim_fp_dotadd(uint32_t addend, uint16_t a0, uint16_t a1, uint16_t b0, uint16_t b1,
                          smesim_fpenv *env);

/* ---- FP8 (fp8.c), formats and scales from FPMR; FPCR's rounding mode and
 * flushing are not used (round to nearest even, no IDC). */
/* FP8 -> FP16 or BF16 (F1CVT/F2CVT, BF1CVT/BF2CVT and their L forms):
 * `src` 1 or 2 picks FPMR.F8S1/LSCALE or FPMR.F8S2/LSCALE2. */
uint16_t smesim_fp8_to_fp(smesim_fpfmt to, uint8_t a, int src, smesim_fpenv *env);
/* FP16, BF16 or FP32 -> FP8 (FCVT, FCVTN, BFCVTN, FCVTNB/NT): FPMR.F8D, NSCALE,
 * OSC (saturate on overflow). */
uint8_t smesim_fp_to_fp8(smesim_fpfmt from, uint64_t a, smesim_fpenv *env);

/* ---- SVE's own pseudocode functions (fp_sve_extra.c) */
/* FPTrigMAdd(x, op1, op2): FPMulAdd(coefficient[x, +8 if op2 negative],
 * op1, FPAbs(op2)) (FTMAD; x is 0..7) */
uint64_t smesim_fp_trig_madd(smesim_fpfmt f, int x, uint64_t op1, uint64_t op2, smesim_fpenv *env);
/* FPTrigSMul(op1, op2): op1*op1 with the sign bit op2<0> unless a NaN (FTSMUL) */
uint64_t smesim_fp_trig_smul(smesim_fpfmt f, uint64_t op1, uint64_t op2, smesim_fpenv *env);
/* FPTrigSSel(op1, op2): op2<0> picks 1.0 over op1, op2<1> negates (FPNeg)
 * (FTSSEL) */
uint64_t smesim_fp_trig_ssel(smesim_fpfmt f, uint64_t op1, uint64_t op2, const smesim_fpenv *env);
/* FPLogB(op): the unbiased exponent as a signed integer of the format's
 * width; zero and NaN give the most negative integer (IOC), infinity the
 * most positive (FLOGB) */
uint64_t smesim_fp_logb(smesim_fpfmt f, uint64_t op, smesim_fpenv *env);
/* FPScale(op, scale): op * 2^scale, rounded once (FSCALE) */
uint64_t smesim_fp_scale(smesim_fpfmt f, uint64_t op, int64_t scale, smesim_fpenv *env);
/* FPAbsMax / FPAbsMin: the larger or smaller magnitude (FAMAX, FAMIN); a
 * NaN operand is processed as FPProcessNaNs does, the rest ignores FPCR.FZ,
 * FZ16, FIZ and AH (as qemu-aarch64 11.1 does) */
uint64_t smesim_fp_absmax(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);
uint64_t smesim_fp_absmin(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env);
/* FPMulAddH(addend, op1, op2): single addend, half operands, one rounding
 * (FMLALB/FMLALT/FMLSLB/FMLSLT) */
uint32_t smesim_fp_muladd_h(uint32_t addend, uint16_t op1, uint16_t op2, smesim_fpenv *env);
/* BFMulAddH(addend, op1, op2): single addend, bfloat16 operands widened
 * exactly, FPMulAdd; FPCR.AH=1: no flags, FIZ/FZ, round to nearest even
 * (BFMLALB/BFMLALT/BFMLSLB/BFMLSLT) */
uint32_t smesim_bf_muladd_h(uint32_t addend, uint16_t op1, uint16_t op2, smesim_fpenv *env);
/* FPDotAdd(addend, op1_a, op1_b, op2_a, op2_b) of halves into single: FPDot
 * with one rounding, then FPAdd (SVE2.1 FDOT) */
uint32_t smesim_fp_dotadd_h(uint32_t addend, uint16_t a0, uint16_t a1, uint16_t b0, uint16_t b1,
                            smesim_fpenv *env);

/* ---- whole rows, for loops the host can run without a call per element */
/* acc[j] = FPMulAdd(acc[j], op1, op2[j]) for the j < n whose predicate bit
 * (SVE layout for 32-bit elements: bit 4j of pred) is set, pred NULL meaning
 * all; acc and op2 are byte arrays of single-precision elements.  Returns
 * the number of elements computed.  The outer product's row (FMOPA). */
unsigned smesim_fp32_muladd_row(uint8_t *acc, uint32_t op1, const uint8_t *op2, const uint8_t *pred,
                                unsigned n, smesim_fpenv *env);

/* ---- typed wrappers for bodies written per element size */
#define SMESIM_FP_TYPED(T, n, fmt)                                                            \
    static inline T smesim_fp##n##_add(T a, T b, smesim_fpenv *e) { return (T)smesim_fp_add(fmt, a, b, e); } \
    static inline T smesim_fp##n##_sub(T a, T b, smesim_fpenv *e) { return (T)smesim_fp_sub(fmt, a, b, e); } \
    static inline T smesim_fp##n##_mul(T a, T b, smesim_fpenv *e) { return (T)smesim_fp_mul(fmt, a, b, e); } \
    static inline T smesim_fp##n##_div(T a, T b, smesim_fpenv *e) { return (T)smesim_fp_div(fmt, a, b, e); } \
    static inline T smesim_fp##n##_muladd(T c, T a, T b, smesim_fpenv *e)                    \
    { return (T)smesim_fp_muladd(fmt, c, a, b, e); }                                            \
    static inline T smesim_fp##n##_sqrt(T a, smesim_fpenv *e) { return (T)smesim_fp_sqrt(fmt, a, e); }
SMESIM_FP_TYPED(uint16_t, 16, SMESIM_FP16)
SMESIM_FP_TYPED(uint32_t, 32, SMESIM_FP32)
SMESIM_FP_TYPED(uint64_t, 64, SMESIM_FP64)
#undef SMESIM_FP_TYPED

#endif
