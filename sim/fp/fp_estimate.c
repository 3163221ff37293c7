/* sim/fp/fp_estimate.c — reciprocal and reciprocal square root estimates and
 * their Newton steps, after the Arm ARM: RecipEstimate and RecipSqrtEstimate
 * (the 8-bit tables, and the 12-bit ones of FEAT_RPRES under FPCR.AH), computed
 * from the pseudocode's formulas in integers; FPRecipEstimate,
 * FPRSqrtEstimate, FPRecpX, FPRecipStepFused, FPRSqrtStepFused, and the
 * unsigned estimates.
 */
#include "sim/fp/fp_internal.h"

/* RecipEstimate(a, increasedprecision) */
static uint32_t recip_estimate(uint32_t a, bool increased)
{
    if (!increased) {                    /* 256 <= a < 512 */
        a = a * 2 + 1;
        uint32_t b = (1u << 19) / a;
        return (b + 1) / 2;
    }
    a = a * 2 + 1;                       /* 2048 <= a < 4096 */
    uint64_t num = 1ull << 25;
    uint32_t r = (uint32_t)(num / a);
    uint64_t rem = num % a;              /* round up when the fraction > 1/2 */
    if (2 * rem > a) r++;
    return r;
}

static uint64_t isqrt_floor(u128 n)
{
    u128 rem = 0, root = 0;
    for (int i = 0; i < 64; i++) {
        rem = (rem << 2) | (n >> 126);
        n <<= 2;
        root <<= 1;
        u128 trial = (root << 1) | 1;
        if (rem >= trial) {
            rem -= trial;
            root |= 1;
        }
    }
    return (uint64_t)root;
}

/* RecipSqrtEstimate(a, increasedprecision) */
static uint32_t rsqrt_estimate(uint32_t a, bool increased)
{
    if (!increased) {                    /* 128 <= a < 512 */
        if (a < 256) a = a * 2 + 1;
        else a = ((a >> 1) << 1) * 2 + 2;
        /* b: the largest b >= 512 with a*b*b < 2^28 ... the pseudocode's
         * loop increments b while a*(b+1)^2 < 2^28 */
        uint64_t b = isqrt_floor(((u128)1 << 28) / a);
        if (b < 512) b = 512;
        while (b > 512 && (uint64_t)a * b * b >= (1ull << 28)) b--;
        while ((uint64_t)a * (b + 1) * (b + 1) < (1ull << 28)) b++;
        return (uint32_t)((b + 1) / 2);
    }
    /* 1024 <= a < 4096: real = (2a+1)/2 or (a even)+1; int = RN(sqrt(real) * 2^47);
     * r = RNE(2^65 / int) */
    u128 n;                               /* real * 2^94, an integer */
    if (a < 2048) n = (u128)(a * 2 + 1) << 93;
    else n = (u128)(((a >> 1) << 1) + 1) << 94;
    uint64_t root = isqrt_floor(n);
    /* round to nearest: up when (root + 1/2)^2 < n, i.e. 4n > (2 root + 1)^2 */
    u128 twice = (u128)2 * root + 1;
    if ((n << 2) > twice * twice) root++;
    u128 num = (u128)1 << 65;
    uint64_t q = (uint64_t)(num / root);
    u128 rem = num % root;
    if (2 * rem > root || (2 * rem == root && (q & 1))) q++;
    return (uint32_t)q;
}

uint32_t smesim_urecpe(uint32_t a)
{
    if (!(a >> 31)) return 0xffffffffu;
    return recip_estimate(a >> 23, false) << 23;
}

uint32_t smesim_ursqrte(uint32_t a)
{
    if (!(a >> 30)) return 0xffffffffu;
    return rsqrt_estimate(a >> 23, false) << 23;
}

/* the FPCR the estimates and steps see under AH=1: FIZ=FZ=1, RMode=RN */
static uint32_t alt_fpcr(uint32_t fpcr)
{
    if (!fp_altfp(fpcr)) return fpcr;
    return (fpcr | SMESIM_FPCR_FIZ | SMESIM_FPCR_FZ) & ~SMESIM_FPCR_RMODE;
}

static uint64_t fraction52(int f, uint64_t op, int32_t *exp)
{
    const fpfmtinfo *fi = FI(f);
    *exp = (int32_t)((op >> fi->f) & ((1u << fi->e) - 1));
    return (op & ((1ull << fi->f) - 1)) << (52 - fi->f);
}

/* FPRecipEstimate */
uint64_t smesim_fp_recpe(smesim_fpfmt f, uint64_t op, smesim_fpenv *env)
{
    const fpfmtinfo *fi = FI(f);
    bool altfp = fp_altfp(env->fpcr), fpexc = !altfp;
    uint32_t fpcr = alt_fpcr(env->fpcr) & ~SMESIM_FPCR_AHP;
    smesim_fprounding rounding = (smesim_fprounding)((fpcr >> SMESIM_FPCR_RMODE_SHIFT) & 3);
    fpunp u = fp_unpack(f, op, fpcr, fpexc, env);
    int sign = u.sign;
    if (FPT_ISNAN(u.type)) return fp_process_nan(f, u.type, op, fpcr, fpexc, env);
    if (u.type == FPT_INF) return fp_zero(f, sign);
    if (u.type == FPT_ZERO) {
        fp_raise(env, fpexc, SMESIM_FPSR_DZC);
        return fp_inf(f, sign);
    }
    /* |value| < 2^-(bias+1): the reciprocal overflows */
    int32_t vexp = u.exp;                /* |value| in [2^vexp, 2^(vexp+1)) */
    if (vexp < -(fi->bias + 1)) {
        bool to_inf = rounding == SMESIM_FPR_TIEEVEN || (rounding == SMESIM_FPR_POSINF && !sign) ||
                      (rounding == SMESIM_FPR_NEGINF && sign);
        fp_raise(env, fpexc, SMESIM_FPSR_OFC | SMESIM_FPSR_IXC);
        return to_inf ? fp_inf(f, sign) : smesim_fp_max_normal(f, sign);
    }
    bool fz = f == SMESIM_FP16 ? (fpcr & SMESIM_FPCR_FZ16) : (fpcr & SMESIM_FPCR_FZ);
    if (fz && vexp >= fi->bias - 1) {
        fp_raise(env, fpexc, SMESIM_FPSR_UFC);
        return fp_zero(f, sign);
    }
    int32_t exp;
    uint64_t fraction = fraction52(f, op, &exp);
    if (exp == 0) {
        if (!((fraction >> 51) & 1)) {
            exp = -1;
            fraction = (fraction << 2) & ((1ull << 52) - 1);
        } else {
            fraction = (fraction << 1) & ((1ull << 52) - 1);
        }
    }
    bool increased = f == SMESIM_FP32 && altfp && !(env->mode & SMESIM_FPENV_NO_RPRES);
    uint32_t scaled = increased ? (uint32_t)(0x800 | (fraction >> 41))
                                : (uint32_t)(0x100 | (fraction >> 44));
    int32_t result_exp = 2 * fi->bias - 1 - exp;   /* 29, 253, 2045 minus exp */
    uint32_t estimate = recip_estimate(scaled, increased);
    fraction = increased ? (uint64_t)(estimate & 0xfff) << 40 : (uint64_t)(estimate & 0xff) << 44;
    if (result_exp == 0) {
        fraction = (1ull << 51) | (fraction >> 1);
    } else if (result_exp == -1) {
        fraction = (1ull << 50) | (fraction >> 2);
        result_exp = 0;
    }
    return fp_pack(f, sign, (uint32_t)result_exp, fraction >> (52 - fi->f));
}

/* FPRSqrtEstimate */
uint64_t smesim_fp_rsqrte(smesim_fpfmt f, uint64_t op, smesim_fpenv *env)
{
    const fpfmtinfo *fi = FI(f);
    bool altfp = fp_altfp(env->fpcr), fpexc = !altfp;
    uint32_t fpcr = alt_fpcr(env->fpcr) & ~SMESIM_FPCR_AHP;
    fpunp u = fp_unpack(f, op, fpcr, fpexc, env);
    if (FPT_ISNAN(u.type)) return fp_process_nan(f, u.type, op, fpcr, fpexc, env);
    if (u.type == FPT_ZERO) {
        fp_raise(env, fpexc, SMESIM_FPSR_DZC);
        return fp_inf(f, u.sign);
    }
    if (u.sign) {
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
        return fp_default_nan(f, fpcr);
    }
    if (u.type == FPT_INF) return fp_zero(f, 0);
    int32_t exp;
    uint64_t fraction = fraction52(f, op, &exp);
    if (exp == 0) {
        while (!((fraction >> 51) & 1)) {
            fraction = (fraction << 1) & ((1ull << 52) - 1);
            exp--;
        }
        fraction = (fraction << 1) & ((1ull << 52) - 1);
    }
    bool increased = f == SMESIM_FP32 && altfp && !(env->mode & SMESIM_FPENV_NO_RPRES);
    uint32_t scaled;
    if (!increased)
        scaled = (exp & 1) ? (uint32_t)(0x80 | (fraction >> 45)) : (uint32_t)(0x100 | (fraction >> 44));
    else
        scaled = (exp & 1) ? (uint32_t)(0x400 | (fraction >> 42)) : (uint32_t)(0x800 | (fraction >> 41));
    /* (44, 380, 3068 - exp) / 2, rounded down */
    int32_t num = 3 * fi->bias - 1 - exp;
    int32_t result_exp = num >= 0 ? num / 2 : -((-num + 1) / 2);
    uint32_t estimate = rsqrt_estimate(scaled, increased);
    uint64_t frac = increased ? (uint64_t)(estimate & 0xfff) << (fi->f - 12)
                              : (uint64_t)(estimate & 0xff) << (fi->f - 8);
    return fp_pack(f, 0, (uint32_t)result_exp & ((1u << fi->e) - 1), frac);
}

/* FPRecpX */
uint64_t smesim_fp_recpx(smesim_fpfmt f, uint64_t op, smesim_fpenv *env)
{
    const fpfmtinfo *fi = FI(f);
    bool altfp = fp_altfp(env->fpcr), fpexc = !altfp;
    uint32_t fpcr = alt_fpcr(env->fpcr) & ~SMESIM_FPCR_AHP;
    fpunp u = fp_unpack(f, op, fpcr, fpexc, env);
    if (FPT_ISNAN(u.type)) return fp_process_nan(f, u.type, op, fpcr, fpexc, env);
    uint32_t emask = (1u << fi->e) - 1;
    uint32_t exp = (uint32_t)(op >> fi->f) & emask;
    return fp_pack(f, u.sign, exp == 0 ? emask - 1 : ~exp & emask, 0);
}

/* FPRecipStepFused (three=false): 2 + (-op1)*op2;
 * FPRSqrtStepFused (three=true): (3 + (-op1)*op2) / 2 */
static uint64_t step(int f, uint64_t op1, uint64_t op2, bool three, smesim_fpenv *env)
{
    bool altfp = fp_altfp(env->fpcr), fpexc = !altfp;
    uint32_t fpcr = alt_fpcr(env->fpcr) & ~SMESIM_FPCR_AHP;
    smesim_fprounding rounding = (smesim_fprounding)((fpcr >> SMESIM_FPCR_RMODE_SHIFT) & 3);
    op1 = smesim_fp_neg((smesim_fpfmt)f, op1, env);
    fpunp u1 = fp_unpack(f, op1, fpcr, fpexc, env);
    fpunp u2 = fp_unpack(f, op2, fpcr, fpexc, env);
    uint64_t r;
    if (fp_process_nans(f, &u1, &u2, op1, op2, fpcr, fpexc, env, &r)) return r;
    bool inf1 = u1.type == FPT_INF, inf2 = u2.type == FPT_INF;
    bool zero1 = u1.type == FPT_ZERO, zero2 = u2.type == FPT_ZERO;
    const fpfmtinfo *fi = FI(f);
    if ((inf1 && zero2) || (zero1 && inf2)) {
        /* FPTwo or FPOnePointFive, positive */
        return three ? fp_pack(f, 0, (uint32_t)fi->bias, 1ull << (fi->f - 1))
                     : fp_pack(f, 0, (uint32_t)fi->bias + 1, 0);
    }
    if (inf1 || inf2) return fp_inf(f, u1.sign ^ u2.sign);
    fpwide k = { 0, 1, (u128)(three ? 3 : 2) << 125 };   /* 2.0 or 3.0 */
    fpwide p = { u1.sign ^ u2.sign, 0, 0 };
    if (!zero1 && !zero2) p = fp_wide_mul(&u1, &u2);
    fpwide s = fp_wide_add(k, p);
    if (s.m == 0) return fp_zero(f, rounding == SMESIM_FPR_NEGINF);
    if (three) s.exp -= 1;
    return fp_round_wide(f, s, fpcr, rounding, fpexc, env);
}

uint64_t smesim_fp_recps(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    return step(f, a, b, false, env);
}

uint64_t smesim_fp_rsqrts(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    return step(f, a, b, true, env);
}
