/* sim/fp/fp_internal.h — private to sim/fp/: format parameters, the unpacked
 * value (FPUnpack's type, sign and real value as exponent and significand),
 * rounding (FPRoundBase) and NaN processing, shared by the files of the layer.
 */
#ifndef SMESIM_FP_INTERNAL_H
#define SMESIM_FP_INTERNAL_H

#include "sim/fp/fp.h"

__extension__ typedef unsigned __int128 u128;

/* internal formats beyond the public ones */
enum { FMT_E4M3 = 5, FMT_E5M2 = 6, FMT_COUNT = 7 };

typedef struct fpfmtinfo {
    uint8_t n, e, f;        /* total, exponent and fraction bits */
    int16_t emin, bias;     /* minimum_exp (of a normal), exponent bias */
} fpfmtinfo;
extern const fpfmtinfo smesim_fpfmts[FMT_COUNT];
#define FI(f) (&smesim_fpfmts[(f)])

/* FPType */
enum { FPT_ZERO, FPT_DENORMAL, FPT_NONZERO, FPT_INF, FPT_QNAN, FPT_SNAN };
#define FPT_ISNAN(t) ((t) >= FPT_QNAN)

/* An unpacked value: for finite nonzero values, value = sig/2^63 * 2^exp
 * with bit 63 of sig set. */
typedef struct fpunp {
    uint8_t type, sign;
    int32_t exp;
    uint64_t sig;
} fpunp;

/* A wide intermediate: value = m/2^126 * 2^exp, exactly (sums, products). */
typedef struct fpwide {
    int sign;
    int32_t exp;
    u128 m;
} fpwide;

static inline uint64_t shr_jam64(uint64_t x, uint32_t n)
{
    if (n == 0) return x;
    if (n >= 64) return x != 0;
    return (x >> n) | ((x << (64 - n)) != 0);
}

static inline u128 shr_jam128(u128 x, uint32_t n)
{
    if (n == 0) return x;
    if (n >= 128) return x != 0;
    return (x >> n) | ((x << (128 - n)) != 0);
}

static inline int clz128(u128 x)
{
    uint64_t hi = (uint64_t)(x >> 64);
    return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((uint64_t)x);
}

static inline void fp_raise(smesim_fpenv *env, bool fpexc, uint32_t flag)
{
    if (fpexc) env->fpsr |= flag;
}

static inline bool fp_altfp(uint32_t fpcr) { return (fpcr & SMESIM_FPCR_AH) != 0; }

/* The FPCR an operation sees: AHP cleared (FPUnpack and FPRound do), DN
 * forced in ZA mode; *fpexc false in ZA mode. */
static inline uint32_t fp_opcr(const smesim_fpenv *env, bool *fpexc)
{
    uint32_t c = env->fpcr & ~SMESIM_FPCR_AHP;
    *fpexc = !(env->mode & SMESIM_FPENV_ZA);
    if (!*fpexc) c |= SMESIM_FPCR_DN;
    return c;
}

/* softfloat.c */
uint64_t fp_pack(int f, int sign, uint32_t biased_exp, uint64_t frac);
uint64_t fp_zero(int f, int sign);
uint64_t fp_inf(int f, int sign);
uint64_t fp_default_nan(int f, uint32_t fpcr);
/* FPUnpackBase (fpcr as given: the caller clears AHP or FZ16 as the
 * pseudocode's FPUnpack/FPUnpackCV do) */
fpunp fp_unpack(int f, uint64_t x, uint32_t fpcr, bool fpexc, smesim_fpenv *env);
/* FPRoundBase: sig has bit 63 set, any lower bits jammed into bit 0 */
uint64_t fp_round(int f, int sign, int32_t exp, uint64_t sig, uint32_t fpcr,
                  smesim_fprounding rounding, bool fpexc, smesim_fpenv *env);
/* FPRoundBase of a wide value (m != 0) */
uint64_t fp_round_wide(int f, fpwide w, uint32_t fpcr, smesim_fprounding rounding, bool fpexc,
                       smesim_fpenv *env);
/* exact sum of two wide values (m < 2^127 each); m == 0 means an exact zero */
fpwide fp_wide_add(fpwide a, fpwide b);
/* a finite nonzero unpacked value as a wide one */
static inline fpwide fp_widen(const fpunp *u)
{
    fpwide w = { u->sign, u->exp, (u128)u->sig << 63 };
    return w;
}
/* the exact product of two finite nonzero values, m < 2^127 */
fpwide fp_wide_mul(const fpunp *a, const fpunp *b);
/* FPProcessNaN, FPProcessNaNs, FPProcessNaNs3 */
uint64_t fp_process_nan(int f, int type, uint64_t op, uint32_t fpcr, bool fpexc, smesim_fpenv *env);
bool fp_process_nans(int f, const fpunp *u1, const fpunp *u2, uint64_t op1, uint64_t op2,
                     uint32_t fpcr, bool fpexc, smesim_fpenv *env, uint64_t *out);
bool fp_process_nans3(int f, const fpunp *u1, const fpunp *u2, const fpunp *u3, uint64_t op1,
                      uint64_t op2, uint64_t op3, uint32_t fpcr, bool fpexc, smesim_fpenv *env,
                      uint64_t *out);
/* FPProcessDenorms (AH=1: IDC for a denormal input of FP32/FP64) */
void fp_process_denorms(int f, int t1, int t2, int t3, uint32_t fpcr, bool fpexc,
                        smesim_fpenv *env);
/* fp_dot.c: FPDot of two pairs of BF16 or FP16 values into single, FPCR as given */
uint32_t fp_dot(int f, uint16_t a0, uint16_t a1, uint16_t b0, uint16_t b1, uint32_t fpcr,
               bool fpexc, smesim_fpenv *env);
/* compare two non-NaN unpacked values: -1, 0, 1 */
int fp_value_cmp(const fpunp *a, const fpunp *b);

/* fp_fast.c: the host path, compiled where the host rounds like IEEE binary32
 * and binary64 without excess precision (see fp_fast.c). */
#if defined(__FLT_EVAL_METHOD__) && __FLT_EVAL_METHOD__ == 0 && __FLT_MANT_DIG__ == 24 && __DBL_MANT_DIG__ == 53
#define FP_FAST_PATH 1
#else
#define FP_FAST_PATH 0
#endif
/* fp_fast.c: the host path.  Each returns false when it cannot give the
 * exact path's bits and flags, and then has changed nothing. */
static inline bool fp_fast_ok(const smesim_fpenv *env)
{
    /* RMode 0, no flushing; AH=0 too unless in ZA mode, where it only signs the default NaN */
    uint32_t need0 = SMESIM_FPCR_RMODE | SMESIM_FPCR_FZ | SMESIM_FPCR_FIZ;
    if (!(env->mode & SMESIM_FPENV_ZA)) need0 |= SMESIM_FPCR_AH;
    return !(env->mode & SMESIM_FPENV_EXACT) && (env->fpcr & need0) == 0 && FP_FAST_PATH;
}
bool fp_fast32_add(uint32_t a, uint32_t b, smesim_fpenv *env, uint32_t *r);
bool fp_fast32_mul(uint32_t a, uint32_t b, smesim_fpenv *env, uint32_t *r);
bool fp_fast32_div(uint32_t a, uint32_t b, smesim_fpenv *env, uint32_t *r);
bool fp_fast32_sqrt(uint32_t a, smesim_fpenv *env, uint32_t *r);
bool fp_fast32_muladd(uint32_t c, uint32_t a, uint32_t b, smesim_fpenv *env, uint32_t *r);
bool fp_fast64_add(uint64_t a, uint64_t b, smesim_fpenv *env, uint64_t *r);
bool fp_fast64_mul(uint64_t a, uint64_t b, smesim_fpenv *env, uint64_t *r);

#endif
