/* sim/fp/fp_fast.c — the host path: IEEE round-to-nearest arithmetic of the
 * host where it gives exactly the exact path's bits and flags (FPCR RMode
 * 0, no FZ/FIZ, AH=0 unless in ZA mode), with inexactness found by
 * error-free transformations; anything rarer (NaN inputs, overflow,
 * results near the underflow threshold) is declined and goes to the exact
 * path.  tests/unit/test_fp_paths.c runs both on the same random inputs.
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "sim/fp/fp_internal.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

/* The host must round like IEEE binary32/64 without excess precision, with
 * subnormals (no DAZ/FTZ in MXCSR) and without contracting a*b+c (the
 * project builds with -std=c11, where GCC's -ffp-contract is off). */
#if FP_FAST_PATH && !(FLT_EVAL_METHOD == 0 && FLT_RADIX == 2)
#error "FP_FAST_PATH disagrees with <float.h>"
#endif

static inline float f32(uint32_t x) { float f; memcpy(&f, &x, 4); return f; }
static inline uint32_t b32(float f) { uint32_t x; memcpy(&x, &f, 4); return x; }
static inline double f64(uint64_t x) { double f; memcpy(&f, &x, 8); return f; }
static inline uint64_t b64(double f) { uint64_t x; memcpy(&x, &f, 8); return x; }

static inline bool special32(uint32_t x) { return (x & 0x7f800000u) == 0x7f800000u; }
static inline bool special64(uint64_t x) { return (x & 0x7ff0000000000000ull) == 0x7ff0000000000000ull; }
/* |r| > the smallest normal and finite: no underflow or overflow to report */
static inline bool normal_big32(uint32_t r) { uint32_t m = r & 0x7fffffffu; return m > 0x00800000u && m < 0x7f800000u; }
static inline bool normal_big64(uint64_t r)
{
    uint64_t m = r & 0x7fffffffffffffffull;
    return m > 0x0010000000000000ull && m < 0x7ff0000000000000ull;
}

/* Result and flags of an operation whose exact result `exact` says; the
 * host result r is correctly rounded.  Declines tiny inexact results. */
static inline bool finish32(uint32_t r, bool exact, smesim_fpenv *env, uint32_t *out)
{
    if (exact) {
        if ((r & 0x7f800000u) == 0x7f800000u) return false;
        *out = r;
        return true;
    }
    if (!normal_big32(r)) return false;
    if (!(env->mode & SMESIM_FPENV_ZA)) env->fpsr |= SMESIM_FPSR_IXC;
    *out = r;
    return true;
}

static inline bool finish64(uint64_t r, bool exact, smesim_fpenv *env, uint64_t *out)
{
    if (exact) {
        if (special64(r)) return false;
        *out = r;
        return true;
    }
    if (!normal_big64(r)) return false;
    if (!(env->mode & SMESIM_FPENV_ZA)) env->fpsr |= SMESIM_FPSR_IXC;
    *out = r;
    return true;
}

/* the default NaN of a ZA operation when the host produced a NaN */
static inline bool za_nan32(uint32_t r, smesim_fpenv *env, uint32_t *out)
{
    if ((env->mode & SMESIM_FPENV_ZA) && (r & 0x7fffffffu) > 0x7f800000u) {
        *out = (uint32_t)fp_default_nan(SMESIM_FP32, env->fpcr);
        return true;
    }
    return false;
}

bool fp_fast32_add(uint32_t a, uint32_t b, smesim_fpenv *env, uint32_t *out)
{
    if (special32(a) || special32(b)) return false;
    float x = f32(a), y = f32(b);
    float s = x + y;
    /* TwoSum: x + y = s + err exactly */
    float yy = s - x;
    float xx = s - yy;
    float dy = y - yy;
    float dx = x - xx;
    float err = dx + dy;
    return finish32(b32(s), err == 0.0f, env, out);
}

bool fp_fast32_mul(uint32_t a, uint32_t b, smesim_fpenv *env, uint32_t *out)
{
    if (special32(a) || special32(b)) return false;
    double p = (double)f32(a) * (double)f32(b);      /* exact: 48 bits */
    float r = (float)p;
    return finish32(b32(r), (double)r == p, env, out);
}

bool fp_fast32_div(uint32_t a, uint32_t b, smesim_fpenv *env, uint32_t *out)
{
    if (special32(a) || special32(b) || (b & 0x7fffffffu) == 0) return false;
    float x = f32(a), y = f32(b);
    float q = x / y;
    double back = (double)q * (double)y;             /* exact */
    return finish32(b32(q), back == (double)x, env, out);
}

bool fp_fast32_sqrt(uint32_t a, smesim_fpenv *env, uint32_t *out)
{
    if (special32(a) || (a >> 31 && a != 0x80000000u)) return false;
    float x = f32(a);
    float r = sqrtf(x);
    double sq = (double)r * (double)r;               /* exact */
    return finish32(b32(r), sq == (double)x, env, out);
}

/* The host's own fused multiply-add, where it has one (x86-64 FMA3, chosen at
 * run time: the default build targets the x86-64 baseline, without FMA). */
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("fma"))) static float host_fmaf(float a, float b, float c)
{
    return __builtin_fmaf(a, b, c);
}
static bool host_has_fma(void)
{
    static int has = -1;
    if (has < 0) has = __builtin_cpu_supports("fma") ? 1 : 0;
    return has;
}
static bool host_has_avx2(void)
{
    static int has = -1;
    if (has < 0) has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") ? 1 : 0;
    return has;
}

/* The same row eight elements at a time with AVX2: the host's FMA, NaNs
 * replaced by the default NaN and inactive elements kept, by blends rather
 * than branches (the same bits as the scalar loop below; sim/fp tests
 * compare the two).  Predicate bits of .s elements are every fourth bit. */
__attribute__((target("avx2,fma"))) static unsigned row32_za_avx2(uint8_t *acc, float a, const uint8_t *op2,
                                                                 const uint8_t *pred, unsigned n, uint32_t dn)
{
    const __m256 va = _mm256_set1_ps(a);
    const __m256 vdn = _mm256_castsi256_ps(_mm256_set1_epi32((int)dn));
    const __m256i lanebit = _mm256_setr_epi32(1, 1 << 4, 1 << 8, 1 << 12, 1 << 16, 1 << 20, 1 << 24, 1 << 28);
    unsigned active = 0, j = 0;
    for (; j + 8 <= n; j += 8) {
        __m256 b = _mm256_loadu_ps((const float *)(const void *)(op2 + 4 * j));
        __m256 c = _mm256_loadu_ps((const float *)(const void *)(acc + 4 * j));
        __m256 r = _mm256_fmadd_ps(va, b, c);
        r = _mm256_blendv_ps(r, vdn, _mm256_cmp_ps(r, r, _CMP_UNORD_Q));
        if (pred) {
            uint32_t bits;
            memcpy(&bits, pred + j / 2, 4);
            bits &= 0x11111111u;
            active += (unsigned)__builtin_popcount(bits);
            __m256i on = _mm256_cmpeq_epi32(_mm256_and_si256(_mm256_set1_epi32((int)bits), lanebit), lanebit);
            r = _mm256_blendv_ps(c, r, _mm256_castsi256_ps(on));
        } else {
            active += 8;
        }
        _mm256_storeu_ps((float *)(void *)(acc + 4 * j), r);
    }
    for (; j < n; j++) {
        if (pred && !((pred[j >> 1] >> ((j & 1) * 4)) & 1)) continue;
        float b, c;
        memcpy(&b, op2 + 4 * j, 4);
        memcpy(&c, acc + 4 * j, 4);
        float r = __builtin_fmaf(a, b, c);
        uint32_t rb;
        memcpy(&rb, &r, 4);
        if (r != r) rb = dn;
        memcpy(acc + 4 * j, &rb, 4);
        active++;
    }
    return active;
}

/* a row of FPMulAdd_ZA with FPCR giving round to nearest and no flushing:
 * the host's FMA, and the default NaN for any NaN */
__attribute__((target("fma"))) static unsigned row32_za_fma(uint8_t *acc, float a, const uint8_t *op2,
                                                            const uint8_t *pred, unsigned n, uint32_t dn)
{
    if (host_has_avx2()) return row32_za_avx2(acc, a, op2, pred, n, dn);
    unsigned active = 0;
    for (unsigned j = 0; j < n; j++) {
        if (pred && !((pred[j >> 1] >> ((j & 1) * 4)) & 1)) continue;
        float b, c;
        memcpy(&b, op2 + 4 * j, 4);
        memcpy(&c, acc + 4 * j, 4);
        float r = __builtin_fmaf(a, b, c);
        uint32_t rb;
        memcpy(&rb, &r, 4);
        if (r != r) rb = dn;
        memcpy(acc + 4 * j, &rb, 4);
        active++;
    }
    return active;
}
#else
static float host_fmaf(float a, float b, float c) { return fmaf(a, b, c); }
static bool host_has_fma(void) { return false; }
static unsigned row32_za_fma(uint8_t *acc, float a, const uint8_t *op2, const uint8_t *pred, unsigned n,
                             uint32_t dn)
{
    (void)acc, (void)a, (void)op2, (void)pred, (void)n, (void)dn;
    return 0;
}
#endif

unsigned smesim_fp32_muladd_row(uint8_t *acc, uint32_t op1, const uint8_t *op2, const uint8_t *pred,
                                unsigned n, smesim_fpenv *env)
{
    if ((env->mode & SMESIM_FPENV_ZA) && fp_fast_ok(env) && host_has_fma())
        return row32_za_fma(acc, f32(op1), op2, pred, n, (uint32_t)fp_default_nan(SMESIM_FP32, env->fpcr));
    unsigned active = 0;
    for (unsigned j = 0; j < n; j++) {
        if (pred && !((pred[j >> 1] >> ((j & 1) * 4)) & 1)) continue;
        uint32_t b, c;
        memcpy(&b, op2 + 4 * j, 4);
        memcpy(&c, acc + 4 * j, 4);
        c = (uint32_t)smesim_fp_muladd(SMESIM_FP32, c, op1, b, env);
        memcpy(acc + 4 * j, &c, 4);
        active++;
    }
    return active;
}

/* the float next to f in the direction of `up` (f finite) */
static inline uint32_t next32(uint32_t u, bool up)
{
    bool neg = u >> 31, zero = (u & 0x7fffffffu) == 0;
    if (zero) return up ? 0x00000001u : 0x80000001u;
    return (up != neg) ? u + 1 : u - 1;
}

/* addend + op1*op2 with one rounding: the product is exact in double, the
 * sum is split by TwoSum into s + e, and only a double rounding onto a
 * float midpoint needs mending (by the sign of e). */
bool fp_fast32_muladd(uint32_t c, uint32_t a, uint32_t b, smesim_fpenv *env, uint32_t *out)
{
    bool za = env->mode & SMESIM_FPENV_ZA;
    if (za && host_has_fma()) {
        /* one IEEE rounding to nearest, as FPMulAdd; any NaN is the default NaN */
        uint32_t r = b32(host_fmaf(f32(a), f32(b), f32(c)));
        if (!za_nan32(r, env, out)) *out = r;
        return true;
    }
    if (!za && (special32(a) || special32(b) || special32(c))) return false;
    double p = (double)f32(a) * (double)f32(b);
    double z = (double)f32(c);
    double s = p + z;
    /* the common case: s in the normal range of single and not on a single
     * midpoint (the low 29 bits of its fraction are not exactly one half),
     * so rounding s to single rounds p + z correctly */
    uint64_t sb = b64(s), smag = sb & 0x7fffffffffffffffull;
    if (za && smag >= 0x3810000000000000ull && smag <= 0x47efffffe0000000ull &&
        (sb & 0x1fffffffu) != 0x10000000u) {
        *out = b32((float)s);
        return true;
    }
    if (!isfinite(s)) {
        uint32_t r = b32((float)s);
        if (za_nan32(r, env, out)) return true;
        if (!za) return false;
        *out = r;                       /* an infinite operand's infinity */
        return true;
    }
    if (fabs(s) > (double)FLT_MAX) return false;
    double zz = s - p;
    double pp = s - zz;
    double dz = z - zz;
    double dp = p - pp;
    double e = dp + dz;
    float rf = (float)s;
    uint32_t r = b32(rf);
    if (e != 0.0 && (double)rf != s) {
        uint32_t other = next32(r, (double)rf < s);
        double mid = ((double)rf + (double)f32(other)) * 0.5;
        if (mid == s) {
            /* s is a midpoint: the true value lies on e's side of it */
            bool want_up = e > 0.0;
            bool r_is_up = (double)rf > s;
            if (want_up != r_is_up) r = other;
        }
    }
    bool exact = e == 0.0 && (double)f32(r) == s;
    return finish32(r, exact, env, out);
}

bool fp_fast64_add(uint64_t a, uint64_t b, smesim_fpenv *env, uint64_t *out)
{
    if (special64(a) || special64(b)) return false;
    double x = f64(a), y = f64(b);
    double s = x + y;
    double yy = s - x;
    double xx = s - yy;
    double dy = y - yy;
    double dx = x - xx;
    double err = dx + dy;
    return finish64(b64(s), err == 0.0, env, out);
}

/* Dekker's product: p + err = x*y exactly when no intermediate leaves the
 * normal range (checked by the caller) */
static inline double two_product_err(double x, double y, double p)
{
    const double split = 134217729.0;   /* 2^27 + 1 */
    double cx = split * x;
    double xh0 = cx - x;
    double xh = cx - xh0;
    double xl = x - xh;
    double cy = split * y;
    double yh0 = cy - y;
    double yh = cy - yh0;
    double yl = y - yh;
    double t1 = xh * yh;
    double t2 = t1 - p;
    double t3 = xh * yl;
    double t4 = t2 + t3;
    double t5 = xl * yh;
    double t6 = t4 + t5;
    double t7 = xl * yl;
    return t6 + t7;
}

bool fp_fast64_mul(uint64_t a, uint64_t b, smesim_fpenv *env, uint64_t *out)
{
    if (special64(a) || special64(b)) return false;
    double x = f64(a), y = f64(b);
    double p = x * y;
    if (x == 0.0 || y == 0.0) {
        *out = b64(p);
        return true;
    }
    /* exponents that keep the split and the error term in range */
    double ax = fabs(x), ay = fabs(y), ap = fabs(p);
    if (ax > 0x1p995 || ay > 0x1p995 || ax < 0x1p-960 || ay < 0x1p-960 ||
        ap < 0x1p-960 || ap > 0x1p1000)
        return false;
    return finish64(b64(p), two_product_err(x, y, p) == 0.0, env, out);
}
