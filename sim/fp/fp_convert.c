/* sim/fp/fp_convert.c — conversions after the Arm ARM: FPConvert between
 * half (IEEE or FPCR.AHP's alternative), single and double; FPConvertBF
 * (single to bfloat16); FPToFixed and FixedToFP (the integer and fixed-point
 * conversions, saturating).  FP8 is in fp8.c.
 */
#include "sim/fp/fp_internal.h"

bool fp_round_mag(const fpunp *u, int fbits, smesim_fprounding r, u128 *mag, bool *inexact);

/* FPConvertNaN: the sign and the payload's top bits, quieted */
static uint64_t convert_nan(int to, int from, uint64_t op)
{
    const fpfmtinfo *fn = FI(from), *fm = FI(to);
    int sign = (int)(op >> (fn->n - 1)) & 1;
    uint64_t frac51 = (op & ((1ull << (fn->f - 1)) - 1)) << (51 - (fn->f - 1));
    uint64_t frac = (1ull << (fm->f - 1)) | (frac51 >> (51 - (fm->f - 1)));
    return fp_pack(to, sign, (1u << fm->e) - 1, frac);
}

/* FPConvertBF: single to bfloat16 */
static uint64_t convert_bf(uint64_t op, smesim_fprounding rounding, smesim_fpenv *env)
{
    bool altfp = fp_altfp(env->fpcr), fpexc = !altfp;
    uint32_t fpcr = env->fpcr & ~SMESIM_FPCR_AHP;
    if (altfp) {
        fpcr |= SMESIM_FPCR_FIZ | SMESIM_FPCR_FZ;
        rounding = SMESIM_FPR_TIEEVEN;
    }
    fpunp u = fp_unpack(SMESIM_FP32, op, fpcr, fpexc, env);
    if (FPT_ISNAN(u.type)) {
        uint64_t r = (fpcr & SMESIM_FPCR_DN) ? fp_default_nan(SMESIM_BF16, fpcr)
                                             : convert_nan(SMESIM_FP32, SMESIM_FP32, op) >> 16;
        if (u.type == FPT_SNAN) fp_raise(env, fpexc, SMESIM_FPSR_IOC);
        return r;
    }
    if (u.type == FPT_INF) return fp_inf(SMESIM_BF16, u.sign);
    if (u.type == FPT_ZERO) return fp_zero(SMESIM_BF16, u.sign);
    return fp_round(SMESIM_BF16, u.sign, u.exp, u.sig, fpcr, rounding, fpexc, env);
}

uint64_t smesim_fp_convert(smesim_fpfmt to, smesim_fpfmt from, uint64_t op, smesim_fprounding rounding,
                           smesim_fpenv *env)
{
    if (from == SMESIM_BF16 && to == SMESIM_FP32) return op << 16;
    if (to == SMESIM_BF16) return convert_bf(op, rounding, env);
    /* FPUnpackCV and FPRoundCV: FZ16 ignored, AHP honoured */
    uint32_t fpcr = env->fpcr & ~SMESIM_FPCR_FZ16;
    fpunp u = fp_unpack(from, op, fpcr, true, env);
    bool alt_hp = to == SMESIM_FP16 && (fpcr & SMESIM_FPCR_AHP);
    const fpfmtinfo *fm = FI(to);
    if (FPT_ISNAN(u.type)) {
        uint64_t r;
        if (alt_hp) r = fp_zero(to, u.sign);
        else if (fpcr & SMESIM_FPCR_DN) r = fp_default_nan(to, fpcr);
        else r = convert_nan(to, from, op);
        if (u.type == FPT_SNAN || alt_hp) env->fpsr |= SMESIM_FPSR_IOC;
        return r;
    }
    if (u.type == FPT_INF) {
        if (alt_hp) {
            env->fpsr |= SMESIM_FPSR_IOC;
            return fp_pack(to, u.sign, (1u << fm->e) - 1, (1ull << fm->f) - 1);
        }
        return fp_inf(to, u.sign);
    }
    if (u.type == FPT_ZERO) return fp_zero(to, u.sign);
    uint64_t r = fp_round(to, u.sign, u.exp, u.sig, fpcr, rounding, true, env);
    fp_process_denorms(from, u.type, FPT_ZERO, FPT_ZERO, fpcr, true, env);
    return r;
}

uint64_t smesim_fp_to_fixed(smesim_fpfmt f, uint64_t op, int fbits, bool is_unsigned,
                            smesim_fprounding rounding, int M, smesim_fpenv *env)
{
    uint32_t fpcr = env->fpcr & ~SMESIM_FPCR_AHP;
    fpunp u = fp_unpack(f, op, fpcr, !fp_altfp(fpcr), env);
    if (FPT_ISNAN(u.type)) env->fpsr |= SMESIM_FPSR_IOC;
    u128 mag;
    bool inexact;
    bool fits = fp_round_mag(&u, fbits, rounding, &mag, &inexact);
    uint64_t mask = M == 64 ? ~0ull : (1ull << M) - 1;
    uint64_t result;
    bool overflow = false;
    if (is_unsigned) {
        u128 max = (u128)mask;
        if (u.sign && (mag != 0 || !fits)) {
            result = 0;
            overflow = true;
        } else if (!fits || mag > max) {
            result = mask;
            overflow = true;
        } else {
            result = (uint64_t)mag;
        }
    } else {
        u128 lim = (u128)1 << (M - 1);       /* |min|; max is lim - 1 */
        if (!fits || mag > lim || (mag == lim && !u.sign)) {
            result = u.sign ? (uint64_t)lim : (uint64_t)(lim - 1);
            overflow = true;
        } else {
            result = u.sign ? (uint64_t)0 - (uint64_t)mag : (uint64_t)mag;
        }
        result &= mask;
    }
    if (overflow) env->fpsr |= SMESIM_FPSR_IOC;
    else if (inexact) env->fpsr |= SMESIM_FPSR_IXC;
    return result;
}

uint64_t smesim_fixed_to_fp(smesim_fpfmt f, uint64_t op, int M, int fbits, bool is_unsigned,
                            smesim_fprounding rounding, smesim_fpenv *env)
{
    uint64_t mask = M == 64 ? ~0ull : (1ull << M) - 1;
    op &= mask;
    int sign = 0;
    uint64_t mag = op;
    if (!is_unsigned && (op >> (M - 1)) & 1) {
        sign = 1;
        mag = (0 - op) & mask;                 /* 2^(M-1) for the most negative */
    }
    if (mag == 0) return fp_zero(f, 0);
    fpwide w = { sign, 126 - fbits, mag };
    return fp_round_wide(f, w, env->fpcr & ~SMESIM_FPCR_AHP, rounding, true, env);
}
