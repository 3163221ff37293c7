/* sim/fp/fp_arith.c — arithmetic after the Arm ARM: FPAdd, FPSub, FPMul,
 * FPMulX, FPDiv, FPMulAdd (one rounding), FPSqrt, FPMax/Min(Num), FPNeg,
 * FPAbs, FPCompare*, FPRoundInt(N).  Each tries the host path of fp_fast.c
 * first where there is one; the code here is the exact path.
 */
#include "sim/fp/fp_internal.h"

/* the exact paths stay out of line, so the dispatchers stay small */
#define SMESIM_FP_SLOW __attribute__((noinline))

/* FPAdd and FPSub (sub: op2's sign is flipped after NaN processing) */
static SMESIM_FP_SLOW uint64_t addsub(int f, uint64_t op1, uint64_t op2, bool sub, smesim_fpenv *env)
{
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);
    smesim_fprounding rounding = smesim_fp_rounding(env);
    fpunp u1 = fp_unpack(f, op1, fpcr, fpexc, env);
    fpunp u2 = fp_unpack(f, op2, fpcr, fpexc, env);
    uint64_t r;
    if (fp_process_nans(f, &u1, &u2, op1, op2, fpcr, fpexc, env, &r)) return r;
    int s1 = u1.sign, s2 = u2.sign ^ sub;
    bool inf1 = u1.type == FPT_INF, inf2 = u2.type == FPT_INF;
    bool zero1 = u1.type == FPT_ZERO, zero2 = u2.type == FPT_ZERO;
    if (inf1 && inf2 && s1 != s2) {
        r = fp_default_nan(f, fpcr);
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
    } else if ((inf1 && !s1) || (inf2 && !s2)) {
        r = fp_inf(f, 0);
    } else if (inf1 || inf2) {
        r = fp_inf(f, 1);
    } else if (zero1 && zero2 && s1 == s2) {
        r = fp_zero(f, s1);
    } else {
        fpwide a = { s1, u1.exp, zero1 ? 0 : (u128)u1.sig << 63 };
        fpwide b = { s2, u2.exp, zero2 ? 0 : (u128)u2.sig << 63 };
        fpwide s = fp_wide_add(a, b);
        if (s.m == 0) r = fp_zero(f, rounding == SMESIM_FPR_NEGINF);
        else r = fp_round_wide(f, s, fpcr, rounding, fpexc, env);
    }
    fp_process_denorms(f, u1.type, u2.type, FPT_ZERO, fpcr, fpexc, env);
    return r;
}

uint64_t smesim_fp_add(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    if (fp_fast_ok(env)) {
        if (f == SMESIM_FP32) {
            uint32_t r;
            if (fp_fast32_add((uint32_t)a, (uint32_t)b, env, &r)) return r;
        } else if (f == SMESIM_FP64) {
            uint64_t r;
            if (fp_fast64_add(a, b, env, &r)) return r;
        }
    }
    return addsub(f, a, b, false, env);
}

uint64_t smesim_fp_sub(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    /* a - b is a + (-b) bit for bit once neither is a NaN */
    if (fp_fast_ok(env) && !smesim_fp_is_nan(f, b)) {
        uint64_t nb = b ^ (1ull << (FI(f)->n - 1));
        if (f == SMESIM_FP32) {
            uint32_t r;
            if (fp_fast32_add((uint32_t)a, (uint32_t)nb, env, &r)) return r;
        } else if (f == SMESIM_FP64) {
            uint64_t r;
            if (fp_fast64_add(a, nb, env, &r)) return r;
        }
    }
    return addsub(f, a, b, true, env);
}

/* FPMul and FPMulX (mulx: infinity times zero is two) */
static SMESIM_FP_SLOW uint64_t mul(int f, uint64_t op1, uint64_t op2, bool mulx, smesim_fpenv *env)
{
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);
    fpunp u1 = fp_unpack(f, op1, fpcr, fpexc, env);
    fpunp u2 = fp_unpack(f, op2, fpcr, fpexc, env);
    uint64_t r;
    if (fp_process_nans(f, &u1, &u2, op1, op2, fpcr, fpexc, env, &r)) return r;
    bool inf1 = u1.type == FPT_INF, inf2 = u2.type == FPT_INF;
    bool zero1 = u1.type == FPT_ZERO, zero2 = u2.type == FPT_ZERO;
    int sign = u1.sign ^ u2.sign;
    if ((inf1 && zero2) || (zero1 && inf2)) {
        if (mulx) {
            r = fp_pack(f, sign, (uint32_t)FI(f)->bias + 1, 0);   /* FPTwo */
        } else {
            r = fp_default_nan(f, fpcr);
            fp_raise(env, fpexc, SMESIM_FPSR_IOC);
        }
    } else if (inf1 || inf2) {
        r = fp_inf(f, sign);
    } else if (zero1 || zero2) {
        r = fp_zero(f, sign);
    } else {
        r = fp_round_wide(f, fp_wide_mul(&u1, &u2), fpcr, smesim_fp_rounding(env), fpexc, env);
    }
    fp_process_denorms(f, u1.type, u2.type, FPT_ZERO, fpcr, fpexc, env);
    return r;
}

uint64_t smesim_fp_mul(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    if (fp_fast_ok(env)) {
        if (f == SMESIM_FP32) {
            uint32_t r;
            if (fp_fast32_mul((uint32_t)a, (uint32_t)b, env, &r)) return r;
        } else if (f == SMESIM_FP64) {
            uint64_t r;
            if (fp_fast64_mul(a, b, env, &r)) return r;
        }
    }
    return mul(f, a, b, false, env);
}

uint64_t smesim_fp_mulx(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    return mul(f, a, b, true, env);
}

/* FPDiv */
static SMESIM_FP_SLOW uint64_t divide(int f, uint64_t op1, uint64_t op2, smesim_fpenv *env)
{
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);
    fpunp u1 = fp_unpack(f, op1, fpcr, fpexc, env);
    fpunp u2 = fp_unpack(f, op2, fpcr, fpexc, env);
    uint64_t r;
    if (fp_process_nans(f, &u1, &u2, op1, op2, fpcr, fpexc, env, &r)) return r;
    bool inf1 = u1.type == FPT_INF, inf2 = u2.type == FPT_INF;
    bool zero1 = u1.type == FPT_ZERO, zero2 = u2.type == FPT_ZERO;
    int sign = u1.sign ^ u2.sign;
    if ((inf1 && inf2) || (zero1 && zero2)) {
        r = fp_default_nan(f, fpcr);
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
    } else if (inf1 || zero2) {
        r = fp_inf(f, sign);
        if (!inf1) fp_raise(env, fpexc, SMESIM_FPSR_DZC);
    } else if (zero1 || inf2) {
        r = fp_zero(f, sign);
    } else {
        /* q = sig1 * 2^64 / sig2 in (2^63, 2^65); value = q * 2^(e1-e2-64) */
        u128 num = (u128)u1.sig << 64;
        u128 q = num / u2.sig;
        bool rem = num % u2.sig != 0;
        fpwide w = { sign, u1.exp - u2.exp, 0 };
        /* place q's top bit (63 or 64) at 126, keeping the remainder sticky */
        w.m = (q << 62) | rem;
        r = fp_round_wide(f, w, fpcr, smesim_fp_rounding(env), fpexc, env);
    }
    if (!zero2) fp_process_denorms(f, u1.type, u2.type, FPT_ZERO, fpcr, fpexc, env);
    return r;
}

uint64_t smesim_fp_div(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    if (f == SMESIM_FP32 && fp_fast_ok(env)) {
        uint32_t r;
        if (fp_fast32_div((uint32_t)a, (uint32_t)b, env, &r)) return r;
    }
    return divide(f, a, b, env);
}

/* FPMulAdd(addend, op1, op2), and FPMulAdd_ZA in ZA mode */
static SMESIM_FP_SLOW uint64_t muladd(int f, uint64_t addend, uint64_t op1, uint64_t op2, smesim_fpenv *env)
{
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);
    smesim_fprounding rounding = smesim_fp_rounding(env);
    fpunp ua = fp_unpack(f, addend, fpcr, fpexc, env);
    fpunp u1 = fp_unpack(f, op1, fpcr, fpexc, env);
    fpunp u2 = fp_unpack(f, op2, fpcr, fpexc, env);
    bool inf1 = u1.type == FPT_INF, inf2 = u2.type == FPT_INF;
    bool zero1 = u1.type == FPT_ZERO, zero2 = u2.type == FPT_ZERO;
    uint64_t r = 0;
    bool done = fp_process_nans3(f, &ua, &u1, &u2, addend, op1, op2, fpcr, fpexc, env, &r);
    if (!fp_altfp(fpcr) && ua.type == FPT_QNAN && ((inf1 && zero2) || (zero1 && inf2))) {
        r = fp_default_nan(f, fpcr);
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
    }
    if (done) return r;
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
    if (!invalid) fp_process_denorms(f, ua.type, u1.type, u2.type, fpcr, fpexc, env);
    return r;
}

uint64_t smesim_fp_muladd(smesim_fpfmt f, uint64_t addend, uint64_t op1, uint64_t op2,
                          smesim_fpenv *env)
{
    if (f == SMESIM_FP32 && fp_fast_ok(env)) {
        uint32_t r;
        if (fp_fast32_muladd((uint32_t)addend, (uint32_t)op1, (uint32_t)op2, env, &r)) return r;
    }
    return muladd(f, addend, op1, op2, env);
}

/* integer square root of n, 64-bit result; *exact when no remainder */
static uint64_t isqrt128(u128 n, bool *exact)
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
    *exact = rem == 0;
    return (uint64_t)root;
}

/* FPSqrt */
static SMESIM_FP_SLOW uint64_t square_root(int f, uint64_t op, smesim_fpenv *env)
{
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);
    fpunp u = fp_unpack(f, op, fpcr, fpexc, env);
    if (FPT_ISNAN(u.type)) return fp_process_nan(f, u.type, op, fpcr, fpexc, env);
    if (u.type == FPT_ZERO) return fp_zero(f, u.sign);
    if (u.type == FPT_INF && !u.sign) return fp_inf(f, 0);
    if (u.sign) {
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
        return fp_default_nan(f, fpcr);
    }
    /* value = M * 2^(exp - 126 or 127) with an even power; sqrt(M) in [2^63, 2^64) */
    bool odd = u.exp & 1, exact;
    u128 M = (u128)u.sig << (odd ? 64 : 63);
    uint64_t root = isqrt128(M, &exact);
    int32_t e = 63 + (u.exp - (odd ? 127 : 126)) / 2;
    uint64_t r = fp_round(f, 0, e, root | !exact, fpcr, smesim_fp_rounding(env), fpexc, env);
    fp_process_denorms(f, u.type, FPT_ZERO, FPT_ZERO, fpcr, fpexc, env);
    return r;
}

uint64_t smesim_fp_sqrt(smesim_fpfmt f, uint64_t a, smesim_fpenv *env)
{
    if (f == SMESIM_FP32 && fp_fast_ok(env)) {
        uint32_t r;
        if (fp_fast32_sqrt((uint32_t)a, env, &r)) return r;
    }
    return square_root(f, a, env);
}

/* FPMax / FPMin (is_max), with altfp as the pseudocode's argument */
static uint64_t maxmin(int f, uint64_t op1, uint64_t op2, bool is_max, bool altfp,
                       smesim_fpenv *env)
{
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);
    fpunp u1 = fp_unpack(f, op1, fpcr, fpexc, env);
    fpunp u2 = fp_unpack(f, op2, fpcr, fpexc, env);
    if (altfp && u1.type == FPT_ZERO && u2.type == FPT_ZERO && u1.sign != u2.sign)
        return fp_zero(f, u2.sign);
    if (altfp && (FPT_ISNAN(u1.type) || FPT_ISNAN(u2.type))) {
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
        return u2.type == FPT_ZERO ? fp_zero(f, u2.sign) : op2;
    }
    uint64_t r;
    if (fp_process_nans(f, &u1, &u2, op1, op2, fpcr, fpexc, env, &r)) return r;
    int c = fp_value_cmp(&u1, &u2);
    const fpunp *u = (is_max ? c > 0 : c < 0) ? &u1 : &u2;
    if (u->type == FPT_INF) {
        r = fp_inf(f, u->sign);
    } else if (u->type == FPT_ZERO) {
        r = fp_zero(f, is_max ? (u1.sign & u2.sign) : (u1.sign | u2.sign));
    } else {
        uint32_t rc = fpcr;
        if (altfp) rc &= ~(SMESIM_FPCR_FZ | SMESIM_FPCR_FZ16);
        r = fp_round(f, u->sign, u->exp, u->sig, rc, smesim_fp_rounding(env), fpexc, env);
    }
    fp_process_denorms(f, u1.type, u2.type, FPT_ZERO, fpcr, fpexc, env);
    return r;
}

uint64_t smesim_fp_max(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    return maxmin(f, a, b, true, fp_altfp(env->fpcr), env);
}

uint64_t smesim_fp_min(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    return maxmin(f, a, b, false, fp_altfp(env->fpcr), env);
}

/* FPMaxNum / FPMinNum: a quiet NaN against a number becomes -inf (max) or
 * +inf (min), unless AH=1 and both are NaNs */
static uint64_t maxmin_num(int f, uint64_t op1, uint64_t op2, bool is_max, smesim_fpenv *env)
{
    fpunp u1 = fp_unpack(f, op1, 0, false, env), u2 = fp_unpack(f, op2, 0, false, env);
    bool n1 = FPT_ISNAN(u1.type), n2 = FPT_ISNAN(u2.type);
    if (!(fp_altfp(env->fpcr) && n1 && n2)) {
        if (u1.type == FPT_QNAN && u2.type != FPT_QNAN) op1 = fp_inf(f, is_max);
        else if (u1.type != FPT_QNAN && u2.type == FPT_QNAN) op2 = fp_inf(f, is_max);
    }
    return maxmin(f, op1, op2, is_max, false, env);
}

uint64_t smesim_fp_maxnum(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    return maxmin_num(f, a, b, true, env);
}

uint64_t smesim_fp_minnum(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    return maxmin_num(f, a, b, false, env);
}

uint64_t smesim_fp_neg(smesim_fpfmt f, uint64_t a, const smesim_fpenv *env)
{
    if (fp_altfp(env->fpcr) && smesim_fp_is_nan(f, a)) return a;
    return a ^ (1ull << (FI(f)->n - 1));
}

uint64_t smesim_fp_abs(smesim_fpfmt f, uint64_t a, const smesim_fpenv *env)
{
    if (fp_altfp(env->fpcr) && smesim_fp_is_nan(f, a)) return a;
    return a & ~(1ull << (FI(f)->n - 1));
}

/* ---- comparisons */
enum { CMP_UN = 2 };

/* -1, 0, 1, or CMP_UN for unordered; `signal` says which NaNs raise IOC:
 * 0 signalling only, 1 any */
static int compare(int f, uint64_t op1, uint64_t op2, int signal, smesim_fpenv *env)
{
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);
    fpunp u1 = fp_unpack(f, op1, fpcr, fpexc, env);
    fpunp u2 = fp_unpack(f, op2, fpcr, fpexc, env);
    if (FPT_ISNAN(u1.type) || FPT_ISNAN(u2.type)) {
        if (signal || u1.type == FPT_SNAN || u2.type == FPT_SNAN)
            fp_raise(env, fpexc, SMESIM_FPSR_IOC);
        return CMP_UN;
    }
    fp_process_denorms(f, u1.type, u2.type, FPT_ZERO, fpcr, fpexc, env);
    return fp_value_cmp(&u1, &u2);
}

uint32_t smesim_fp_compare(smesim_fpfmt f, uint64_t a, uint64_t b, bool signal_nans,
                           smesim_fpenv *env)
{
    switch (compare(f, a, b, signal_nans, env)) {
    case CMP_UN: return 0x3u << 28;
    case 0: return 0x6u << 28;
    case -1: return 0x8u << 28;
    default: return 0x2u << 28;
    }
}

bool smesim_fp_compare_eq(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    return compare(f, a, b, 0, env) == 0;
}

bool smesim_fp_compare_ne(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    return compare(f, a, b, 0, env) != 0;
}

bool smesim_fp_compare_un(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    return compare(f, a, b, 0, env) == CMP_UN;
}

bool smesim_fp_compare_ge(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    int c = compare(f, a, b, 1, env);
    return c == 0 || c == 1;
}

bool smesim_fp_compare_gt(smesim_fpfmt f, uint64_t a, uint64_t b, smesim_fpenv *env)
{
    return compare(f, a, b, 1, env) == 1;
}

/* ---- rounding to integral */

/* |value| * 2^fbits rounded to an integer magnitude by `r` (with the sign
 * for the directed modes); *inexact when a fraction was discarded;
 * returns false when the magnitude is 2^100 or more. */
bool fp_round_mag(const fpunp *u, int fbits, smesim_fprounding r, u128 *mag, bool *inexact);
bool fp_round_mag(const fpunp *u, int fbits, smesim_fprounding r, u128 *mag, bool *inexact)
{
    *mag = 0;
    *inexact = false;
    if (u->type == FPT_ZERO || FPT_ISNAN(u->type)) return true;
    if (u->type == FPT_INF) return false;
    int64_t k = (int64_t)u->exp + fbits;    /* the scaled value is in [2^k, 2^(k+1)) */
    if (k >= 100) return false;
    u128 q;
    uint64_t rem, half;
    if (k >= 63) {
        *mag = (u128)u->sig << (k - 63);
        return true;
    } else if (k >= 0) {
        unsigned g = 63 - (unsigned)k;          /* 1 .. 63 fraction bits */
        q = u->sig >> g;
        rem = u->sig & ((1ull << g) - 1);
        half = 1ull << (g - 1);
    } else if (k == -1) {
        q = 0;
        rem = u->sig;            /* the value is sig/2^64: compare sig with 2^63 */
        half = 1ull << 63;
    } else {
        q = 0;
        rem = 1;                 /* below one half, not zero */
        half = 2;
    }
    bool up;
    switch (r) {
    case SMESIM_FPR_TIEEVEN: up = rem > half || (rem == half && (q & 1)); break;
    case SMESIM_FPR_TIEAWAY: up = rem >= half; break;
    case SMESIM_FPR_POSINF: up = rem != 0 && !u->sign; break;
    case SMESIM_FPR_NEGINF: up = rem != 0 && u->sign; break;
    default: up = false; break;
    }
    *mag = q + up;
    *inexact = rem != 0;
    return true;
}

/* the integer `mag` (nonzero) as a value, rounded toward zero (exact when representable) */
static uint64_t int_to_fp(int f, int sign, u128 mag, uint32_t fpcr, bool fpexc, smesim_fpenv *env)
{
    fpwide w = { sign, 126, mag };
    return fp_round_wide(f, w, fpcr, SMESIM_FPR_ZERO, fpexc, env);
}

uint64_t smesim_fp_round_int(smesim_fpfmt f, uint64_t a, smesim_fprounding r, bool exact,
                             smesim_fpenv *env)
{
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);
    fpunp u = fp_unpack(f, a, fpcr, fpexc && !fp_altfp(fpcr), env);
    if (FPT_ISNAN(u.type)) return fp_process_nan(f, u.type, a, fpcr, fpexc, env);
    if (u.type == FPT_INF) return fp_inf(f, u.sign);
    if (u.type == FPT_ZERO) return fp_zero(f, u.sign);
    u128 mag;
    bool inexact;
    uint64_t res;
    if (!fp_round_mag(&u, 0, r, &mag, &inexact)) return a;   /* 2^100 or more: integral */
    if (mag == 0) res = fp_zero(f, u.sign);
    else res = int_to_fp(f, u.sign, mag, fpcr, fpexc, env);
    if (inexact && exact) fp_raise(env, fpexc, SMESIM_FPSR_IXC);
    return res;
}

uint64_t smesim_fp_round_int_n(smesim_fpfmt f, uint64_t a, smesim_fprounding r, int intsize,
                               smesim_fpenv *env)
{
    bool fpexc;
    uint32_t fpcr = fp_opcr(env, &fpexc);
    const fpfmtinfo *fi = FI(f);
    uint64_t most_negative = fp_pack(f, 1, (uint32_t)(fi->bias + intsize - 1), 0);
    fpunp u = fp_unpack(f, a, fpcr, fpexc && !fp_altfp(fpcr), env);
    if (FPT_ISNAN(u.type) || u.type == FPT_INF) {
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
        return most_negative;
    }
    if (u.type == FPT_ZERO) return fp_zero(f, u.sign);
    u128 mag;
    bool inexact;
    bool fits = fp_round_mag(&u, 0, r, &mag, &inexact);
    u128 limit = (u128)1 << (intsize - 1);
    if (!fits || mag > limit || (mag == limit && !u.sign)) {
        fp_raise(env, fpexc, SMESIM_FPSR_IOC);
        return most_negative;
    }
    uint64_t res = mag == 0 ? fp_zero(f, u.sign) : int_to_fp(f, u.sign, mag, fpcr, fpexc, env);
    if (inexact) fp_raise(env, fpexc, SMESIM_FPSR_IXC);
    return res;
}
