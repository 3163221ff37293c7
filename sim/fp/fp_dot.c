/* sim/fp/fp_dot.c — two-way dot products that accumulate into single
 * precision, after the Arm ARM: BFDotAdd (BFDOT, BFMMLA, BFMOPA) in both
 * its FPCR.EBF=0 form (BFMulH, FPAdd_BF16, BFRound: round to odd, flushed,
 * no flags) and its EBF=1 form (FPDot with one rounding, then FPAdd), and
 * FPDotAdd of half-precision pairs (FMOPA widening, FDOT).
 */
#include "sim/fp/fp_internal.h"

/* BFUnpack: bfloat16 (n=16) or single (n=32); denormals are zeros and all
 * NaNs quiet */
static fpunp bf_unpack(uint32_t x, int n)
{
    uint32_t bits = n == 16 ? x << 16 : x;
    fpunp u = { FPT_NONZERO, (uint8_t)(bits >> 31), 0, 0 };
    uint32_t e = (bits >> 23) & 0xff, frac = bits & 0x7fffff;
    if (e == 0) u.type = FPT_ZERO;
    else if (e == 0xff) u.type = frac ? FPT_QNAN : FPT_INF;
    else {
        u.exp = (int32_t)e - 127;
        u.sig = (uint64_t)(0x800000 | frac) << 40;
    }
    return u;
}

/* BFRound: round to odd into single precision, tiny values to zero,
 * overflow to infinity, no flags */
static uint32_t bf_round(fpwide w)
{
    int lz = clz128(w.m);
    u128 m = w.m << lz;
    uint64_t sig = (uint64_t)(m >> 64) | ((uint64_t)m != 0);
    int32_t exp = w.exp + 1 - lz;
    uint32_t sign = (uint32_t)w.sign << 31;
    if (exp < -126) return sign;
    int32_t biased = exp + 127;
    uint32_t mant = (uint32_t)(sig >> 40) & 0x7fffff;
    if (sig & ((1ull << 40) - 1)) mant |= 1;
    if (biased >= 255) return sign | 0x7f800000u;
    return sign | (uint32_t)biased << 23 | mant;
}

/* BFMulH */
static uint32_t bf_mulh(uint16_t a, uint16_t b, uint32_t dn)
{
    fpunp u1 = bf_unpack(a, 16), u2 = bf_unpack(b, 16);
    if (u1.type == FPT_QNAN || u2.type == FPT_QNAN) return dn;
    bool inf1 = u1.type == FPT_INF, inf2 = u2.type == FPT_INF;
    bool zero1 = u1.type == FPT_ZERO, zero2 = u2.type == FPT_ZERO;
    uint32_t sign = (uint32_t)(u1.sign ^ u2.sign) << 31;
    if ((inf1 && zero2) || (zero1 && inf2)) return dn;
    if (inf1 || inf2) return sign | 0x7f800000u;
    if (zero1 || zero2) return sign;
    return bf_round(fp_wide_mul(&u1, &u2));
}

/* FPAdd_BF16 */
static uint32_t bf_add(uint32_t a, uint32_t b, uint32_t dn)
{
    fpunp u1 = bf_unpack(a, 32), u2 = bf_unpack(b, 32);
    if (u1.type == FPT_QNAN || u2.type == FPT_QNAN) return dn;
    bool inf1 = u1.type == FPT_INF, inf2 = u2.type == FPT_INF;
    bool zero1 = u1.type == FPT_ZERO, zero2 = u2.type == FPT_ZERO;
    if (inf1 && inf2 && u1.sign != u2.sign) return dn;
    if ((inf1 && !u1.sign) || (inf2 && !u2.sign)) return 0x7f800000u;
    if (inf1 || inf2) return 0xff800000u;
    if (zero1 && zero2 && u1.sign == u2.sign) return (uint32_t)u1.sign << 31;
    fpwide x = { u1.sign, u1.exp, zero1 ? 0 : (u128)u1.sig << 63 };
    fpwide y = { u2.sign, u2.exp, zero2 ? 0 : (u128)u2.sig << 63 };
    fpwide s = fp_wide_add(x, y);
    if (s.m == 0) return 0;
    return bf_round(s);
}

/* FPDot (isbfloat16 for BF16 inputs, or FP16 inputs), FPCR as given */
uint32_t fp_dot(int f, uint16_t a0, uint16_t a1, uint16_t b0, uint16_t b1, uint32_t fpcr,
                       bool fpexc, smesim_fpenv *env)
{
    fpunp ua0 = fp_unpack(f, a0, fpcr, fpexc, env), ua1 = fp_unpack(f, a1, fpcr, fpexc, env);
    fpunp ub0 = fp_unpack(f, b0, fpcr, fpexc, env), ub1 = fp_unpack(f, b1, fpcr, fpexc, env);
    const fpunp *u[4] = { &ua0, &ua1, &ub0, &ub1 };
    const uint16_t op[4] = { a0, a1, b0, b1 };
    int nan = -1;
    for (int i = 0; i < 4 && nan < 0; i++)
        if (u[i]->type == FPT_SNAN) nan = i;
    for (int i = 0; i < 4 && nan < 0; i++)
        if (u[i]->type == FPT_QNAN) nan = i;
    bool inv_a = (ua0.type == FPT_INF && ub0.type == FPT_ZERO) || (ua0.type == FPT_ZERO && ub0.type == FPT_INF);
    bool inv_b = (ua1.type == FPT_INF && ub1.type == FPT_ZERO) || (ua1.type == FPT_ZERO && ub1.type == FPT_INF);
    uint32_t result = 0;
    if (nan >= 0) {
        /* FPConvertNaN(FPProcessNaN(op)) to single, as FPProcessNaNs4 does
         * (FPProcessNaN sees a 16-bit value as half precision) */
        uint64_t p = fp_process_nan(SMESIM_FP16, u[nan]->type, op[nan], fpcr, fpexc, env);
        uint32_t sign = (uint32_t)(p >> 15) & 1;
        result = sign << 31 | 0x7fc00000u | (uint32_t)(p & 0x1ff) << 13;
    }
    if (inv_a && inv_b) {
        result = (uint32_t)fp_default_nan(SMESIM_FP32, fpcr);
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
    }
    if (nan >= 0) return result;
    int sa = ua0.sign ^ ub0.sign, sb = ua1.sign ^ ub1.sign;
    bool infa = ua0.type == FPT_INF || ub0.type == FPT_INF, infb = ua1.type == FPT_INF || ub1.type == FPT_INF;
    bool zeroa = ua0.type == FPT_ZERO || ub0.type == FPT_ZERO, zerob = ua1.type == FPT_ZERO || ub1.type == FPT_ZERO;
    if (inv_a || inv_b || (infa && infb && sa != sb)) {
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
        return (uint32_t)fp_default_nan(SMESIM_FP32, fpcr);
    }
    if ((infa && !sa) || (infb && !sb)) return 0x7f800000u;
    if (infa || infb) return 0xff800000u;
    if (zeroa && zerob && sa == sb) return (uint32_t)sa << 31;
    fpwide pa = { sa, 0, 0 }, pb = { sb, 0, 0 };
    if (!zeroa) pa = fp_wide_mul(&ua0, &ub0);
    if (!zerob) pb = fp_wide_mul(&ua1, &ub1);
    fpwide s = fp_wide_add(pa, pb);
    smesim_fprounding rounding = (smesim_fprounding)((fpcr >> SMESIM_FPCR_RMODE_SHIFT) & 3);
    if (s.m == 0) return rounding == SMESIM_FPR_NEGINF ? 0x80000000u : 0;
    return (uint32_t)fp_round_wide(SMESIM_FP32, s, fpcr, rounding, fpexc, env);
}

uint32_t smesim_bf_dotadd(uint32_t addend, uint16_t a0, uint16_t a1, uint16_t b0, uint16_t b1,
                          smesim_fpenv *env)
{
    uint32_t fpcr = env->fpcr & ~SMESIM_FPCR_AHP;
    if (!(fpcr & SMESIM_FPCR_EBF)) {
        uint32_t dn = (uint32_t)fp_default_nan(SMESIM_FP32, fpcr);
        uint32_t prod = bf_add(bf_mulh(a0, b0, dn), bf_mulh(a1, b1, dn), dn);
        return bf_add(addend, prod, dn);
    }
    fpcr |= SMESIM_FPCR_DN;
    uint32_t prod = fp_dot(SMESIM_BF16, a0, a1, b0, b1, fpcr, false, env);
    smesim_fpenv e = *env;
    e.fpcr = fpcr;
    e.mode |= SMESIM_FPENV_ZA;
    return (uint32_t)smesim_fp_add(SMESIM_FP32, addend, prod, &e);
}

uint32_t smesim_fp_dotadd(uint32_t addend, uint16_t a0, uint16_t a1, uint16_t b0, uint16_t b1,
                          smesim_fpenv *env)
{
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);       /* FPUnpack clears AHP; _ZA forces DN */
    uint32_t prod = fp_dot(SMESIM_FP16, a0, a1, b0, b1, fpcr, fpexc, env);
    return (uint32_t)smesim_fp_add(SMESIM_FP32, addend, prod, env);
}
