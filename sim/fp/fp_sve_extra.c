/* sim/fp/fp_sve_extra.c — the pseudocode functions SVE's floating-point
 * instructions need beyond the generic layer: FPTrigMAdd and its
 * coefficient table (FTMAD), FPTrigSMul (FTSMUL), FPTrigSSel (FTSSEL), FPLogB
 * (FLOGB), FPScale
 * (FSCALE), FPMulAddH (FMLALB/FMLALT/FMLSLB/FMLSLT, half into single) and
 * FPDotAdd of halves (SVE2.1 FDOT).  Arithmetic stays in fp_arith.c; these
 * are built on it and on the exact path of softfloat.c.
 */
#include "sim/fp/fp_internal.h"

/* FPTrigMAddCoefficient[]: the Arm ARM's table, indexed by x (0..15), per
 * format (half, single, double) */
static const uint16_t trig_coeff16[16] = {
    0x3c00, 0xb155, 0x2030, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x3c00, 0xb800, 0x293a, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
};
static const uint32_t trig_coeff32[16] = {
    0x3f800000, 0xbe2aaaab, 0x3c088886, 0xb95008b9,
    0x36369d6d, 0x00000000, 0x00000000, 0x00000000,
    0x3f800000, 0xbf000000, 0x3d2aaaa6, 0xbab60705,
    0x37cd37cc, 0x00000000, 0x00000000, 0x00000000,
};
static const uint64_t trig_coeff64[16] = {
    0x3ff0000000000000ull, 0xbfc5555555555543ull, 0x3f8111111110f30cull, 0xbf2a01a019b92fc6ull,
    0x3ec71de351f3d22bull, 0xbe5ae5e2b60f7b91ull, 0x3de5d8408868552full, 0x0000000000000000ull,
    0x3ff0000000000000ull, 0xbfe0000000000000ull, 0x3fa5555555555536ull, 0xbf56c16c16c13a0bull,
    0x3efa01a019b1e8d8ull, 0xbe927e4f7282f468ull, 0x3e21ee96d2641b13ull, 0xbda8f76380fbb401ull,
};

uint64_t smesim_fp_trig_madd(smesim_fpfmt f, int x, uint64_t op1, uint64_t op2, smesim_fpenv *env)
{
    const fpfmtinfo *fi = FI(f);
    x &= 7;
    if ((op2 >> (fi->n - 1)) & 1) x += 8;
    uint64_t coeff = f == SMESIM_FP16 ? trig_coeff16[x] : f == SMESIM_FP32 ? trig_coeff32[x] : trig_coeff64[x];
    op2 = smesim_fp_abs(f, op2, env);
    return smesim_fp_muladd(f, coeff, op1, op2, env);
}

uint64_t smesim_fp_trig_smul(smesim_fpfmt f, uint64_t op1, uint64_t op2, smesim_fpenv *env)
{
    uint64_t r = smesim_fp_mul(f, op1, op1, env);
    if (!smesim_fp_is_nan(f, r)) {
        uint64_t sbit = 1ull << (FI(f)->n - 1);
        r = (r & ~sbit) | ((op2 & 1) ? sbit : 0);
    }
    return r;
}

uint64_t smesim_fp_trig_ssel(smesim_fpfmt f, uint64_t op1, uint64_t op2, const smesim_fpenv *env)
{
    const fpfmtinfo *fi = FI(f);
    uint64_t r = (op2 & 1) ? fp_pack(f, 0, (uint32_t)fi->bias, 0) : op1;   /* FPOne */
    return (op2 & 2) ? smesim_fp_neg(f, r, env) : r;
}

uint64_t smesim_fp_logb(smesim_fpfmt f, uint64_t op, smesim_fpenv *env)
{
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);
    const fpfmtinfo *fi = FI(f);
    uint64_t mask = fi->n == 64 ? ~0ull : (1ull << fi->n) - 1;
    uint64_t min_int = 1ull << (fi->n - 1);
    fpunp u = fp_unpack(f, op, fpcr, fpexc, env);
    if (FPT_ISNAN(u.type) || u.type == FPT_ZERO) {
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
        return min_int;
    }
    if (u.type == FPT_INF) return ~min_int & mask;
    /* value = sig/2^63 * 2^exp with bit 63 of sig set: the exponent is exp;
     * FPProcessDenorm (IDC for a denormal under FPCR.AH, but half) */
    fp_process_denorms(f, u.type, FPT_ZERO, FPT_ZERO, fpcr, fpexc, env);
    return (uint64_t)(int64_t)u.exp & mask;
}

uint64_t smesim_fp_scale(smesim_fpfmt f, uint64_t op, int64_t scale, smesim_fpenv *env)
{
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);
    fpunp u = fp_unpack(f, op, fpcr, fpexc, env);
    if (FPT_ISNAN(u.type)) return fp_process_nan(f, u.type, op, fpcr, fpexc, env);
    if (u.type == FPT_ZERO) return fp_zero(f, u.sign);
    if (u.type == FPT_INF) return fp_inf(f, u.sign);
    /* beyond +-2^14 every format overflows or underflows below its smallest
     * denormal's half, whatever the rounding: clamping changes nothing */
    if (scale > 16384) scale = 16384;
    if (scale < -16384) scale = -16384;
    uint64_t r = fp_round(f, u.sign, u.exp + (int32_t)scale, u.sig, fpcr, smesim_fp_rounding(env),
                          fpexc, env);
    fp_process_denorms(f, u.type, FPT_ZERO, FPT_ZERO, fpcr, fpexc, env);
    return r;
}

/* FPConvertNaN from half to single: sign, quiet bit and payload kept */
static uint32_t nan16_to_32(uint16_t x)
{
    return (uint32_t)(x >> 15) << 31 | 0x7f800000u | (uint32_t)(x & 0x3ff) << 13;
}

/* FPMulAddH(addend, op1, op2): addend + op1*op2, the products' operands
 * half precision (FPUnpack with FZ16), the addend and result single, one
 * rounding; FPProcessNaNs3H converts a NaN operand of half precision to
 * single (FPConvertNaN) after processing it, which gives the same bits as
 * processing its single-precision image. */
uint32_t smesim_fp_muladd_h(uint32_t addend, uint16_t op1, uint16_t op2, smesim_fpenv *env)
{
    const int f = SMESIM_FP32;
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);
    smesim_fprounding rounding = smesim_fp_rounding(env);
    fpunp ua = fp_unpack(f, addend, fpcr, fpexc, env);
    fpunp u1 = fp_unpack(SMESIM_FP16, op1, fpcr, fpexc, env);
    fpunp u2 = fp_unpack(SMESIM_FP16, op2, fpcr, fpexc, env);
    bool inf1 = u1.type == FPT_INF, inf2 = u2.type == FPT_INF;
    bool zero1 = u1.type == FPT_ZERO, zero2 = u2.type == FPT_ZERO;
    uint64_t r = 0;
    bool done = fp_process_nans3(f, &ua, &u1, &u2, addend, nan16_to_32(op1), nan16_to_32(op2), fpcr,
                                 fpexc, env, &r);
    if (!fp_altfp(fpcr) && ua.type == FPT_QNAN && ((inf1 && zero2) || (zero1 && inf2))) {
        r = fp_default_nan(f, fpcr);
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
    }
    if (done) return (uint32_t)r;
    bool infA = ua.type == FPT_INF, zeroA = ua.type == FPT_ZERO;
    int signP = u1.sign ^ u2.sign;
    bool infP = inf1 || inf2, zeroP = zero1 || zero2;
    bool invalid = (inf1 && zero2) || (zero1 && inf2) || (infA && infP && ua.sign != signP);
    if (invalid) {
        r = fp_default_nan(f, fpcr);
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
    } else if ((infA && !ua.sign) || (infP && !signP)) {
        r = fp_inf(f, 0);
    } else if (infA || infP) {
        r = fp_inf(f, 1);
    } else if (zeroA && zeroP && ua.sign == signP) {
        r = fp_zero(f, ua.sign);
    } else {
        fpwide a = { ua.sign, ua.exp, zeroA ? 0 : (u128)ua.sig << 63 };
        fpwide p = { signP, 0, 0 };
        if (!zeroP) p = fp_wide_mul(&u1, &u2);
        fpwide s = fp_wide_add(a, p);
        if (s.m == 0) r = fp_zero(f, rounding == SMESIM_FPR_NEGINF);
        else r = fp_round_wide(f, s, fpcr, rounding, fpexc, env);
    }
    /* FPProcessDenorms under FPCR.AH: for the single-precision addend only
     * (qemu-aarch64 11.1 raises no IDC for a denormal half operand) */
    if (!invalid) fp_process_denorms(f, ua.type, FPT_ZERO, FPT_ZERO, fpcr, fpexc, env);
    return (uint32_t)r;
}

/* BFMulAddH(addend, op1, op2): FPMulAdd in single of the bfloat16 values
 * widened exactly (op : Zeros(16)); under FPCR.AH no exceptions, FIZ and FZ
 * set and round to nearest even (BFMLALB/T, BFMLSLB/T). */
uint32_t smesim_bf_muladd_h(uint32_t addend, uint16_t op1, uint16_t op2, smesim_fpenv *env)
{
    if (!fp_altfp(env->fpcr))
        return (uint32_t)smesim_fp_muladd(SMESIM_FP32, addend, (uint32_t)op1 << 16, (uint32_t)op2 << 16, env);
    smesim_fpenv e = *env;
    e.fpcr = (e.fpcr & ~SMESIM_FPCR_RMODE) | SMESIM_FPCR_FIZ | SMESIM_FPCR_FZ;
    return (uint32_t)smesim_fp_muladd(SMESIM_FP32, addend, (uint32_t)op1 << 16, (uint32_t)op2 << 16, &e);
}

/* FPDotAdd(addend, op1_a, op1_b, op2_a, op2_b) of halves into single:
 * FPDot (both products and their sum, one rounding) then FPAdd. */
uint32_t smesim_fp_dotadd_h(uint32_t addend, uint16_t a0, uint16_t a1, uint16_t b0, uint16_t b1,
                            smesim_fpenv *env)
{
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);
    uint32_t prod = fp_dot(SMESIM_FP16, a0, a1, b0, b1, fpcr, fpexc, env);
    return (uint32_t)smesim_fp_add(SMESIM_FP32, addend, prod, env);
}

/* FPAbsMax / FPAbsMin: NaNs as FPProcessNaNs, otherwise FPMax/FPMin of the
 * absolute values, with flushing and FPCR.AH out of play */
static uint64_t absmaxmin(smesim_fpfmt f, uint64_t a, uint64_t b, bool is_max, smesim_fpenv *env)
{
    smesim_fpenv e = *env;
    e.fpcr &= ~(SMESIM_FPCR_FZ | SMESIM_FPCR_FZ16 | SMESIM_FPCR_FIZ | SMESIM_FPCR_AH);
    e.fpsr = 0;
    if (!smesim_fp_is_nan(f, a) && !smesim_fp_is_nan(f, b)) {
        uint64_t sbit = 1ull << (FI(f)->n - 1);
        a &= ~sbit;
        b &= ~sbit;
    }
    uint64_t r = is_max ? smesim_fp_max(f, a, b, &e) : smesim_fp_min(f, a, b, &e);
    env->fpsr |= e.fpsr;
    return r;
}

uint64_t smesim_fp_absmax(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    return absmaxmin(f, a, b, true, env);
}

uint64_t smesim_fp_absmin(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    return absmaxmin(f, a, b, false, env);
}
