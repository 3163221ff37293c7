/* sim/fp/softfloat.c — the exact path's foundation, on integers only:
 * FPUnpackBase, FPRoundBase (every rounding mode, FZ/FZ16 before rounding,
 * AH's after-rounding tininess), pack, default NaN and NaN processing.
 * The operations themselves are in fp_arith.c and its neighbours.
 */
#include "sim/fp/fp_internal.h"

const fpfmtinfo smesim_fpfmts[FMT_COUNT] = {
    [SMESIM_FP16] = { 16, 5, 10, -14, 15 },
    [SMESIM_FP32] = { 32, 8, 23, -126, 127 },
    [SMESIM_FP64] = { 64, 11, 52, -1022, 1023 },
    [SMESIM_BF16] = { 16, 8, 7, -126, 127 },
    [FMT_E4M3] = { 8, 4, 3, -6, 7 },
    [FMT_E5M2] = { 8, 5, 2, -14, 15 },
};

uint64_t fp_pack(int f, int sign, uint32_t biased_exp, uint64_t frac)
{
    const fpfmtinfo *fi = FI(f);
    return (uint64_t)(sign & 1) << (fi->n - 1) | (uint64_t)biased_exp << fi->f | frac;
}

uint64_t fp_zero(int f, int sign) { return fp_pack(f, sign, 0, 0); }

uint64_t fp_inf(int f, int sign) { return fp_pack(f, sign, (1u << FI(f)->e) - 1, 0); }

uint64_t fp_default_nan(int f, uint32_t fpcr)
{
    const fpfmtinfo *fi = FI(f);
    return fp_pack(f, fp_altfp(fpcr), (1u << fi->e) - 1, 1ull << (fi->f - 1));
}

uint64_t smesim_fp_zero(smesim_fpfmt f, int sign) { return fp_zero(f, sign); }
uint64_t smesim_fp_inf(smesim_fpfmt f, int sign) { return fp_inf(f, sign); }
uint64_t smesim_fp_max_normal(smesim_fpfmt f, int sign)
{
    const fpfmtinfo *fi = FI(f);
    return fp_pack(f, sign, (1u << fi->e) - 2, (1ull << fi->f) - 1);
}
uint64_t smesim_fp_default_nan(smesim_fpfmt f, const smesim_fpenv *env)
{
    return fp_default_nan(f, env->fpcr);
}

bool smesim_fp_is_nan(smesim_fpfmt f, uint64_t x)
{
    const fpfmtinfo *fi = FI(f);
    uint64_t emax = (1u << fi->e) - 1;
    return ((x >> fi->f) & emax) == emax && (x & ((1ull << fi->f) - 1)) != 0;
}

fpunp fp_unpack(int f, uint64_t x, uint32_t fpcr, bool fpexc, smesim_fpenv *env)
{
    const fpfmtinfo *fi = FI(f);
    fpunp u = { FPT_NONZERO, (uint8_t)((x >> (fi->n - 1)) & 1), 0, 0 };
    uint32_t emax = (1u << fi->e) - 1;
    uint32_t e = (uint32_t)(x >> fi->f) & emax;
    uint64_t frac = x & ((1ull << fi->f) - 1);
    if (e == 0) {
        if (frac == 0) {
            u.type = FPT_ZERO;
            return u;
        }
        if (f == SMESIM_FP16) {
            /* FZ16 flushes half-precision inputs without IDC */
            if (fpcr & SMESIM_FPCR_FZ16) {
                u.type = FPT_ZERO;
                return u;
            }
        } else if (f != FMT_E4M3 && f != FMT_E5M2) {
            bool fz = (fpcr & SMESIM_FPCR_FZ) && !fp_altfp(fpcr);
            bool fiz = (fpcr & SMESIM_FPCR_FIZ) != 0;
            if (fz || fiz) {
                u.type = FPT_ZERO;
                if (fz) fp_raise(env, fpexc, SMESIM_FPSR_IDC);
                return u;
            }
        }
        int lz = __builtin_clzll(frac);
        u.type = FPT_DENORMAL;
        u.sig = frac << lz;
        u.exp = fi->emin - fi->f + (63 - lz);
        return u;
    }
    bool special = e == emax;
    if (f == SMESIM_FP16 && (fpcr & SMESIM_FPCR_AHP)) special = false;
    if (f == FMT_E4M3) special = e == emax && frac == 7;   /* no infinities */
    if (special) {
        if (frac == 0) u.type = FPT_INF;
        else if (f == FMT_E4M3) u.type = FPT_SNAN;   /* its one NaN signals (qemu 11.1 agrees) */
        else u.type = (frac >> (fi->f - 1)) & 1 ? FPT_QNAN : FPT_SNAN;
        return u;
    }
    u.sig = ((1ull << fi->f) | frac) << (63 - fi->f);
    u.exp = (int32_t)e - fi->bias;
    return u;
}

/* round_up and overflow_to_inf of FPRoundBase, for a magnitude whose
 * discarded part compares with one half as `rem` with `half` */
static bool round_up(smesim_fprounding r, int sign, uint64_t mant, uint64_t rem, uint64_t half)
{
    switch (r) {
    case SMESIM_FPR_TIEEVEN: return rem > half || (rem == half && (mant & 1));
    case SMESIM_FPR_POSINF: return rem != 0 && !sign;
    case SMESIM_FPR_NEGINF: return rem != 0 && sign;
    case SMESIM_FPR_TIEAWAY: return rem >= half;
    default: return false;   /* ZERO, ODD */
    }
}

static bool overflow_to_inf(smesim_fprounding r, int sign)
{
    switch (r) {
    case SMESIM_FPR_TIEEVEN: case SMESIM_FPR_TIEAWAY: return true;
    case SMESIM_FPR_POSINF: return !sign;
    case SMESIM_FPR_NEGINF: return sign;
    default: return false;
    }
}

uint64_t fp_round(int f, int sign, int32_t exp, uint64_t sig, uint32_t fpcr,
                  smesim_fprounding rounding, bool fpexc, smesim_fpenv *env)
{
    const fpfmtinfo *fi = FI(f);
    const int F = fi->f, E = fi->e;
    const bool altfp = fp_altfp(fpcr);
    const bool fz = f == SMESIM_FP16 ? (fpcr & SMESIM_FPCR_FZ16) != 0 : (fpcr & SMESIM_FPCR_FZ) != 0;
    const unsigned g = 63 - F;                  /* bits below the kept fraction */
    const uint64_t gmask = (1ull << g) - 1, half = 1ull << (g - 1);

    /* FZ before rounding: tiny values flush, UFC without IXC */
    if (!altfp && fz && exp < fi->emin) {
        fp_raise(env, fpexc, SMESIM_FPSR_UFC);
        return fp_zero(f, sign);
    }
    int32_t biased = exp - fi->emin + 1;
    uint64_t s = sig;
    if (biased < 1) {
        int64_t shift = 1 - (int64_t)biased;      /* into the denormal range */
        s = shr_jam64(sig, shift > 100 ? 100u : (uint32_t)shift);
        biased = 0;
    }
    uint64_t mant = s >> g, rem = s & gmask;
    bool inexact = rem != 0;
    if (!altfp && biased == 0 && inexact) fp_raise(env, fpexc, SMESIM_FPSR_UFC);
    if (altfp) {
        /* tininess after rounding, with the exponent unbounded */
        uint64_t mu = sig >> g;
        int32_t bu = exp - fi->emin + 1;
        if (round_up(rounding, sign, mu, sig & gmask, half)) {
            mu++;
            if (mu == (2ull << F)) bu++;
        }
        if (bu < 1) {
            if (fz) {
                fp_raise(env, fpexc, SMESIM_FPSR_UFC | SMESIM_FPSR_IXC);
                return fp_zero(f, sign);
            }
            if (inexact) fp_raise(env, fpexc, SMESIM_FPSR_UFC);
        }
    }
    if (round_up(rounding, sign, mant, rem, half)) {
        mant++;
        if (mant == (1ull << F)) biased = 1;
        if (mant == (2ull << F)) {
            biased++;
            mant >>= 1;
        }
    }
    if (inexact && rounding == SMESIM_FPR_ODD) mant |= 1;
    uint64_t result;
    if (!(f == SMESIM_FP16 && (fpcr & SMESIM_FPCR_AHP))) {
        if (biased >= (1 << E) - 1) {
            result = overflow_to_inf(rounding, sign) ? fp_inf(f, sign)
                                                     : smesim_fp_max_normal((smesim_fpfmt)f, sign);
            fp_raise(env, fpexc, SMESIM_FPSR_OFC);
            inexact = true;
        } else {
            result = fp_pack(f, sign, (uint32_t)biased, mant & ((1ull << F) - 1));
        }
    } else {
        if (biased >= (1 << E)) {
            result = fp_pack(f, sign, (1u << E) - 1, (1ull << F) - 1);
            fp_raise(env, fpexc, SMESIM_FPSR_IOC);
            inexact = false;
        } else {
            result = fp_pack(f, sign, (uint32_t)biased, mant & ((1ull << F) - 1));
        }
    }
    if (inexact) fp_raise(env, fpexc, SMESIM_FPSR_IXC);
    return result;
}

static fpwide wide_norm(fpwide w)
{
    if (w.m == 0) return w;
    int lz = clz128(w.m);
    if (lz == 0) {
        w.m = shr_jam128(w.m, 1);
        w.exp += 1;
    } else if (lz > 1) {
        w.m <<= lz - 1;
        w.exp -= lz - 1;
    }
    return w;
}

uint64_t fp_round_wide(int f, fpwide w, uint32_t fpcr, smesim_fprounding rounding, bool fpexc,
                       smesim_fpenv *env)
{
    int lz = clz128(w.m);
    u128 m = w.m << lz;
    uint64_t sig = (uint64_t)(m >> 64) | ((uint64_t)m != 0);
    return fp_round(f, w.sign, w.exp + 1 - lz, sig, fpcr, rounding, fpexc, env);
}

fpwide fp_wide_add(fpwide a, fpwide b)
{
    a = wide_norm(a);
    b = wide_norm(b);
    if (b.m == 0) return a;
    if (a.m == 0) return b;
    if (a.exp < b.exp || (a.exp == b.exp && a.m < b.m)) {
        fpwide t = a;
        a = b;
        b = t;
    }
    int64_t d = (int64_t)a.exp - b.exp;
    u128 bm = shr_jam128(b.m, d > 200 ? 200 : (uint32_t)d);
    fpwide r = { a.sign, a.exp, 0 };
    r.m = a.sign == b.sign ? a.m + bm : a.m - bm;
    return r;
}

fpwide fp_wide_mul(const fpunp *a, const fpunp *b)
{
    fpwide w = { a->sign ^ b->sign, a->exp + b->exp, (u128)a->sig * b->sig };
    if (w.m >> 127) {
        w.m = shr_jam128(w.m, 1);
        w.exp += 1;
    }
    return w;
}

uint64_t fp_process_nan(int f, int type, uint64_t op, uint32_t fpcr, bool fpexc, smesim_fpenv *env)
{
    uint64_t r = op;
    if (type == FPT_SNAN) {
        r |= 1ull << (FI(f)->f - 1);
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
    }
    if (fpcr & SMESIM_FPCR_DN) r = fp_default_nan(f, fpcr);
    return r;
}

bool fp_process_nans(int f, const fpunp *u1, const fpunp *u2, uint64_t op1, uint64_t op2,
                     uint32_t fpcr, bool fpexc, smesim_fpenv *env, uint64_t *out)
{
    int t1 = u1->type, t2 = u2->type;
    if (fp_altfp(fpcr) && FPT_ISNAN(t1) && FPT_ISNAN(t2)) {
        int t = (t1 == FPT_SNAN || t2 == FPT_SNAN) ? FPT_SNAN : FPT_QNAN;
        *out = fp_process_nan(f, t, op1, fpcr, fpexc, env);
    } else if (t1 == FPT_SNAN) {
        *out = fp_process_nan(f, t1, op1, fpcr, fpexc, env);
    } else if (t2 == FPT_SNAN) {
        *out = fp_process_nan(f, t2, op2, fpcr, fpexc, env);
    } else if (t1 == FPT_QNAN) {
        *out = fp_process_nan(f, t1, op1, fpcr, fpexc, env);
    } else if (t2 == FPT_QNAN) {
        *out = fp_process_nan(f, t2, op2, fpcr, fpexc, env);
    } else {
        return false;
    }
    return true;
}

bool fp_process_nans3(int f, const fpunp *u1, const fpunp *u2, const fpunp *u3, uint64_t op1,
                      uint64_t op2, uint64_t op3, uint32_t fpcr, bool fpexc, smesim_fpenv *env,
                      uint64_t *out)
{
    int t1 = u1->type, t2 = u2->type, t3 = u3->type;
    bool n1 = FPT_ISNAN(t1), n2 = FPT_ISNAN(t2), n3 = FPT_ISNAN(t3);
    if (fp_altfp(fpcr) && (n1 + n2 + n3) >= 2) {
        int t = (t1 == FPT_SNAN || t2 == FPT_SNAN || t3 == FPT_SNAN) ? FPT_SNAN : FPT_QNAN;
        /* all three or op2 with another: op2; op3 with op1: op3 */
        *out = fp_process_nan(f, t, n2 ? op2 : op3, fpcr, fpexc, env);
        return true;
    }
    if (t1 == FPT_SNAN) *out = fp_process_nan(f, t1, op1, fpcr, fpexc, env);
    else if (t2 == FPT_SNAN) *out = fp_process_nan(f, t2, op2, fpcr, fpexc, env);
    else if (t3 == FPT_SNAN) *out = fp_process_nan(f, t3, op3, fpcr, fpexc, env);
    else if (t1 == FPT_QNAN) *out = fp_process_nan(f, t1, op1, fpcr, fpexc, env);
    else if (t2 == FPT_QNAN) *out = fp_process_nan(f, t2, op2, fpcr, fpexc, env);
    else if (t3 == FPT_QNAN) *out = fp_process_nan(f, t3, op3, fpcr, fpexc, env);
    else return false;
    return true;
}

void fp_process_denorms(int f, int t1, int t2, int t3, uint32_t fpcr, bool fpexc,
                        smesim_fpenv *env)
{
    if (fp_altfp(fpcr) && f != SMESIM_FP16 &&
        (t1 == FPT_DENORMAL || t2 == FPT_DENORMAL || t3 == FPT_DENORMAL))
        fp_raise(env, fpexc, SMESIM_FPSR_IDC);
}

int fp_value_cmp(const fpunp *a, const fpunp *b)
{
    bool za = a->type == FPT_ZERO, zb = b->type == FPT_ZERO;
    if (za && zb) return 0;
    if (za) return b->sign ? 1 : -1;
    if (zb) return a->sign ? -1 : 1;
    if (a->sign != b->sign) return a->sign ? -1 : 1;
    int mag;
    bool ia = a->type == FPT_INF, ib = b->type == FPT_INF;
    if (ia || ib) mag = ia == ib ? 0 : ia ? 1 : -1;
    else if (a->exp != b->exp) mag = a->exp > b->exp ? 1 : -1;
    else mag = a->sig == b->sig ? 0 : a->sig > b->sig ? 1 : -1;
    return a->sign ? -mag : mag;
}
