/* sim/exec/shape_x_int.h — shapes and operations of SVE integer
 * arithmetic, logic, shifts, unary operations, reductions, multiply-adds,
 * element counts, wide immediates and predicated broadcasts
 * (decode/isa/sve_int_*.decode, sve_count*.decode, sve_wideimm.decode,
 * sve_dup.decode).  The bodies for patterns whose element size is worked
 * out at decode (tsz shifts, XAR, ADR, logical immediates) are in
 * sim/exec/sve_int_*.c and use the helpers below.
 */
#ifndef SMESIM_SHAPE_X_INT_H
#define SMESIM_SHAPE_X_INT_H

#include "sim/exec/shapes.h"

/* ------------------------------------------------------------------ helpers
 * E is the element size (0..3); every caller passes a constant, so the
 * branches on it fold away.  Elements arrive zero-extended in uint64_t. */
__extension__ typedef __int128 smesim_i128;
__extension__ typedef unsigned __int128 smesim_u128;

#define SMESIM_ESIZE(E) (8u << (E))

/* SInt(x<esize-1:0>) */
static inline int64_t smesim_sext(unsigned E, uint64_t x)
{
    unsigned sh = 64 - SMESIM_ESIZE(E);
    return (int64_t)(x << sh) >> sh;
}

/* SignedSatQ(i, esize) and UnsignedSatQ(i, esize), saturation flag dropped
 * (SVE does not set FPSR.QC) */
static inline uint64_t smesim_ssat(unsigned E, smesim_i128 i)
{
    smesim_i128 max = ((smesim_i128)1 << (SMESIM_ESIZE(E) - 1)) - 1, min = -max - 1;
    return (uint64_t)(i > max ? max : i < min ? min : i);
}
static inline uint64_t smesim_usat(unsigned E, smesim_i128 i)
{
    smesim_i128 max = ((smesim_i128)1 << SMESIM_ESIZE(E)) - 1;
    return (uint64_t)(i > max ? max : i < 0 ? 0 : i);
}
/* the same for E < 3 on a 64-bit integer (no 128-bit arithmetic) */
static inline uint64_t smesim_ssat64(unsigned E, int64_t i)
{
    int64_t max = ((int64_t)1 << (SMESIM_ESIZE(E) - 1)) - 1, min = -max - 1;
    return (uint64_t)(i > max ? max : i < min ? min : i);
}
static inline uint64_t smesim_usat64(unsigned E, int64_t i)
{
    int64_t max = ((int64_t)1 << SMESIM_ESIZE(E)) - 1;
    return (uint64_t)(i > max ? max : i < 0 ? 0 : i);
}

/* SatQ(SInt(a) + SInt(b)), SatQ(UInt(a) + UInt(b)) and the differences */
static inline uint64_t smesim_sqadd(unsigned E, uint64_t a, uint64_t b)
{
    if (E < 3) return smesim_ssat64(E, smesim_sext(E, a) + smesim_sext(E, b));
    return smesim_ssat(E, (smesim_i128)(int64_t)a + (int64_t)b);
}
static inline uint64_t smesim_sqsub(unsigned E, uint64_t a, uint64_t b)
{
    if (E < 3) return smesim_ssat64(E, smesim_sext(E, a) - smesim_sext(E, b));
    return smesim_ssat(E, (smesim_i128)(int64_t)a - (int64_t)b);
}
static inline uint64_t smesim_uqadd(unsigned E, uint64_t a, uint64_t b)
{
    if (E < 3) return smesim_usat64(E, (int64_t)a + (int64_t)b);
    return a + b < a ? ~(uint64_t)0 : a + b;
}
static inline uint64_t smesim_uqsub(unsigned E, uint64_t a, uint64_t b)
{
    (void)E;
    return a < b ? 0 : a - b;
}
/* SatQ(SInt(a) + n), SatQ(SInt(a) - n) with n an unsigned integer below
 * 2^17 (a wide immediate or an element count) */
static inline uint64_t smesim_sqadd_n(unsigned E, uint64_t a, uint64_t n)
{
    if (E < 3) return smesim_ssat64(E, smesim_sext(E, a) + (int64_t)n);
    return smesim_ssat(E, (smesim_i128)(int64_t)a + (smesim_i128)n);
}
static inline uint64_t smesim_sqsub_n(unsigned E, uint64_t a, uint64_t n)
{
    if (E < 3) return smesim_ssat64(E, smesim_sext(E, a) - (int64_t)n);
    return smesim_ssat(E, (smesim_i128)(int64_t)a - (smesim_i128)n);
}

/* (SInt(a) * SInt(b)) >> esize and (UInt(a) * UInt(b)) >> esize */
static inline uint64_t smesim_smulh(unsigned E, uint64_t a, uint64_t b)
{
    if (E < 3) return (uint64_t)((smesim_sext(E, a) * smesim_sext(E, b)) >> SMESIM_ESIZE(E));
    return (uint64_t)(((smesim_i128)(int64_t)a * (int64_t)b) >> 64);
}
static inline uint64_t smesim_umulh(unsigned E, uint64_t a, uint64_t b)
{
    if (E < 2) return (a * b) >> SMESIM_ESIZE(E);
    return (uint64_t)(((smesim_u128)a * b) >> SMESIM_ESIZE(E));
}

/* SQDMULH: SignedSatQ((2 * a * b) >> esize); SQRDMULH adds 1 << (esize-1)
 * first.  Written as (a * b + round/2) >> (esize - 1), which cannot
 * overflow; only a = b = INT_MIN saturates. */
static inline uint64_t smesim_sqdmulh(unsigned E, uint64_t a, uint64_t b, int round)
{
    unsigned n = SMESIM_ESIZE(E);
    smesim_i128 p = (smesim_i128)smesim_sext(E, a) * smesim_sext(E, b);
    if (round) p += (smesim_i128)1 << (n - 2);
    return smesim_ssat(E, p >> (n - 1));
}

/* SDIV/UDIV: a zero divisor gives 0; INT_MIN / -1 gives INT_MIN (the
 * quotient 2^(esize-1) truncated to esize bits) */
static inline uint64_t smesim_sdiv(unsigned E, uint64_t a, uint64_t b)
{
    int64_t x = smesim_sext(E, a), y = smesim_sext(E, b);
    if (y == 0) return 0;
    if (y == -1) return 0 - (uint64_t)x;
    return (uint64_t)(x / y);
}
static inline uint64_t smesim_udiv(unsigned E, uint64_t a, uint64_t b)
{
    (void)E;
    return b ? a / b : 0;
}

/* Shifts by an unsigned amount that may reach or pass the element size:
 * LSL and LSR give 0, ASR the sign (the pseudocode's shift of an integer) */
static inline uint64_t smesim_lsl(unsigned E, uint64_t a, uint64_t sh)
{
    return sh >= SMESIM_ESIZE(E) ? 0 : a << sh;
}
static inline uint64_t smesim_lsr(unsigned E, uint64_t a, uint64_t sh)
{
    return sh >= SMESIM_ESIZE(E) ? 0 : a >> sh;
}
static inline uint64_t smesim_asr(unsigned E, uint64_t a, uint64_t sh)
{
    return (uint64_t)(smesim_sext(E, a) >> (sh >= SMESIM_ESIZE(E) ? SMESIM_ESIZE(E) - 1 : sh));
}

/* ASRD: the element plus (1 << sh) - 1 when negative, shifted right
 * (rounding towards zero); sh is 1..esize */
static inline uint64_t smesim_asrd(unsigned E, uint64_t a, uint64_t sh)
{
    smesim_i128 x = smesim_sext(E, a);
    if (x < 0) x += ((smesim_i128)1 << sh) - 1;
    return (uint64_t)(x >> sh);
}
/* SRSHR/URSHR: (x + (1 << (sh-1))) >> sh, sh 1..esize */
static inline uint64_t smesim_srshr(unsigned E, uint64_t a, uint64_t sh)
{
    return (uint64_t)(((smesim_i128)smesim_sext(E, a) + ((smesim_i128)1 << (sh - 1))) >> sh);
}
static inline uint64_t smesim_urshr(unsigned E, uint64_t a, uint64_t sh)
{
    (void)E;
    return (uint64_t)(((smesim_u128)a + ((smesim_u128)1 << (sh - 1))) >> sh);
}
/* SQSHL/UQSHL/SQSHLU by an immediate 0..esize-1:
 * SatQ(SInt(a) << sh, signed), SatQ(UInt(a) << sh), SatQ(SInt(a) << sh, unsigned) */
static inline uint64_t smesim_sqshl(unsigned E, uint64_t a, uint64_t sh)
{
    return smesim_ssat(E, (smesim_i128)smesim_sext(E, a) * ((smesim_i128)1 << sh));
}
static inline uint64_t smesim_uqshl(unsigned E, uint64_t a, uint64_t sh)
{
    return smesim_usat(E, (smesim_i128)a << sh);
}
static inline uint64_t smesim_sqshlu(unsigned E, uint64_t a, uint64_t sh)
{
    return smesim_usat(E, (smesim_i128)smesim_sext(E, a) * ((smesim_i128)1 << sh));
}

/* ROR(x, sh) within esize bits, sh 0..esize */
static inline uint64_t smesim_ror(unsigned E, uint64_t x, uint64_t sh)
{
    unsigned n = SMESIM_ESIZE(E);
    sh %= n;
    return sh ? x >> sh | x << (n - sh) : x;
}

/* CountLeadingZeroBits and CountLeadingSignBits of esize bits */
static inline uint64_t smesim_clz(unsigned E, uint64_t x)
{
    return x ? (uint64_t)__builtin_clzll(x) - (64 - SMESIM_ESIZE(E)) : SMESIM_ESIZE(E);
}
static inline uint64_t smesim_cls(unsigned E, uint64_t x)
{
    uint64_t low = ((uint64_t)1 << (SMESIM_ESIZE(E) - 1)) - 1;
    /* CountLeadingZeroBits(x<N-1:1> EOR x<N-2:0>), N-1 bits: one fewer than
     * the leading zeros of that value as N bits */
    return smesim_clz(E, ((x >> 1) ^ x) & low) - 1;
}

/* PolynomialMult(a, b) of bytes, low 8 bits */
static inline uint64_t smesim_pmul8(uint64_t a, uint64_t b)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < 8; i++)
        if ((b >> i) & 1) r ^= a << i;
    return r & 0xff;
}

/* VFPExpandImm(imm8) for N = 16, 32 or 64 bits */
static inline uint64_t smesim_vfp_expand_imm(uint64_t imm8, unsigned n)
{
    unsigned e = n == 16 ? 5 : n == 32 ? 8 : 11, f = n - e - 1;
    uint64_t sign = (imm8 >> 7) & 1, b6 = (imm8 >> 6) & 1;
    uint64_t exp = ((b6 ^ 1) << (e - 1)) | ((b6 ? ((uint64_t)1 << (e - 3)) - 1 : 0) << 2) |
                   ((imm8 >> 4) & 3);
    uint64_t frac = (imm8 & 15) << (f - 4);
    return sign << (n - 1) | exp << f | frac;
}

/* FPExpA(op): the FEXPA table (FPExpCoefficient) and the exponent bits */
uint64_t smesim_fexpa(unsigned E, uint64_t op);
/* FPTrigSSel(op1, op2) */
static inline uint64_t smesim_ftssel(unsigned E, uint64_t op1, uint64_t op2, const smesim_fpenv *env)
{
    uint64_t one = E == 1 ? 0x3c00 : E == 2 ? 0x3f800000 : 0x3ff0000000000000ull;   /* FPOne('0') */
    uint64_t r = (op2 & 1) ? one : op1;
    return (op2 & 2) ? smesim_fp_neg((smesim_fpfmt)E, r, env) : r;
}

/* ---------------------------------------------------------------- operations
 * (the general ones, add sub mul smax ... and or eor bic, are in ops.h) */
#define SMESIM_OP_sabd(E, a, b) ((SMESIM_S(E))(a) > (SMESIM_S(E))(b) ? (uint64_t)(a) - (b) : (uint64_t)(b) - (a))
#define SMESIM_OP_uabd(E, a, b) ((a) > (b) ? (a) - (b) : (b) - (a))
#define SMESIM_OP_smulh(E, a, b) smesim_smulh(E, a, b)
#define SMESIM_OP_umulh(E, a, b) smesim_umulh(E, a, b)
#define SMESIM_OP_sdiv(E, a, b) smesim_sdiv(E, a, b)
#define SMESIM_OP_udiv(E, a, b) smesim_udiv(E, a, b)
#define SMESIM_OP_sdivr(E, a, b) smesim_sdiv(E, b, a)
#define SMESIM_OP_udivr(E, a, b) smesim_udiv(E, b, a)
#define SMESIM_OP_sqadd(E, a, b) smesim_sqadd(E, a, b)
#define SMESIM_OP_uqadd(E, a, b) smesim_uqadd(E, a, b)
#define SMESIM_OP_sqsub(E, a, b) smesim_sqsub(E, a, b)
#define SMESIM_OP_uqsub(E, a, b) smesim_uqsub(E, a, b)
#define SMESIM_OP_pmul(E, a, b) smesim_pmul8(a, b)
#define SMESIM_OP_sqdmulh(E, a, b) smesim_sqdmulh(E, a, b, 0)
#define SMESIM_OP_sqrdmulh(E, a, b) smesim_sqdmulh(E, a, b, 1)
/* with an unsigned immediate or count n (not an element: SQADD #imm adds
 * UInt(imm8) << sh, which may exceed a signed element) */
#define SMESIM_OP_sqadd_n(E, a, n) smesim_sqadd_n(E, a, n)
#define SMESIM_OP_sqsub_n(E, a, n) smesim_sqsub_n(E, a, n)
#define SMESIM_OP_uqadd_n(E, a, n) smesim_uqadd(E, a, n)
#define SMESIM_OP_uqsub_n(E, a, n) smesim_uqsub(E, a, n)

/* shifts by vector (Zm's element, unsigned) or by wide element, and the
 * reversed forms */
#define SMESIM_OP_asr(E, a, b) smesim_asr(E, a, b)
#define SMESIM_OP_lsr(E, a, b) smesim_lsr(E, a, b)
#define SMESIM_OP_lsl(E, a, b) smesim_lsl(E, a, b)
#define SMESIM_OP_asrr(E, a, b) smesim_asr(E, b, a)
#define SMESIM_OP_lsrr(E, a, b) smesim_lsr(E, b, a)
#define SMESIM_OP_lslr(E, a, b) smesim_lsl(E, b, a)

/* unary */
#define SMESIM_OP_sxtb(E, a) ((uint64_t)(int64_t)(int8_t)(a))
#define SMESIM_OP_uxtb(E, a) ((a) & 0xffu)
#define SMESIM_OP_sxth(E, a) ((uint64_t)(int64_t)(int16_t)(a))
#define SMESIM_OP_uxth(E, a) ((a) & 0xffffu)
#define SMESIM_OP_sxtw(E, a) ((uint64_t)(int64_t)(int32_t)(a))
#define SMESIM_OP_uxtw(E, a) ((a) & 0xffffffffu)
#define SMESIM_OP_abs(E, a) ((SMESIM_S(E))(a) < 0 ? (uint64_t)0 - (a) : (uint64_t)(a))
#define SMESIM_OP_neg(E, a) ((uint64_t)0 - (a))
#define SMESIM_OP_cls(E, a) smesim_cls(E, a)
#define SMESIM_OP_clz(E, a) smesim_clz(E, a)
#define SMESIM_OP_cnt(E, a) ((uint64_t)__builtin_popcountll(a))
#define SMESIM_OP_cnot(E, a) ((uint64_t)((a) == 0))
#define SMESIM_OP_not(E, a) (~(uint64_t)(a))
#define SMESIM_OP_mov(E, a) (a)
#define SMESIM_OP_fabs(E, a) smesim_fp_abs((smesim_fpfmt)(E), (a), &env)
#define SMESIM_OP_fneg(E, a) smesim_fp_neg((smesim_fpfmt)(E), (a), &env)
#define SMESIM_OP_fexpa(E, a) smesim_fexpa(E, a)
#define SMESIM_OP_ftssel(E, a, b) smesim_ftssel(E, a, b, &env)

/* SVE2 bitwise ternary: f(zdn, zm, zk) */
#define SMESIM_OP_eor3(E, n, m, k) ((n) ^ (m) ^ (k))
#define SMESIM_OP_bcax(E, n, m, k) ((n) ^ ((m) & ~(k)))
#define SMESIM_OP_bsl(E, n, m, k) (((n) & (k)) | ((m) & ~(k)))
#define SMESIM_OP_bsl1n(E, n, m, k) ((~(n) & (k)) | ((m) & ~(k)))
#define SMESIM_OP_bsl2n(E, n, m, k) (((n) & (k)) | (~(m) & ~(k)))
#define SMESIM_OP_nbsl(E, n, m, k) (~(((n) & (k)) | ((m) & ~(k))))

/* reductions: the step acc = OP(acc, element) and the value of no active
 * element, OP_init.  The accumulator is 64 bits; SADDV and UADDV keep the
 * 64-bit sum, the others an esize-bit value zero-extended. */
#define SMESIM_OP_saddv(E, acc, x) ((acc) + (uint64_t)smesim_sext(E, x))
#define SMESIM_OP_saddv_init(E) 0
#define SMESIM_OP_uaddv(E, acc, x) ((acc) + (x))
#define SMESIM_OP_uaddv_init(E) 0
#define SMESIM_OP_smaxv(E, acc, x) SMESIM_OP_smax(E, acc, x)
#define SMESIM_OP_smaxv_init(E) ((uint64_t)1 << (SMESIM_ESIZE(E) - 1))
#define SMESIM_OP_sminv(E, acc, x) SMESIM_OP_smin(E, acc, x)
#define SMESIM_OP_sminv_init(E) (((uint64_t)1 << (SMESIM_ESIZE(E) - 1)) - 1)
#define SMESIM_OP_umaxv(E, acc, x) SMESIM_OP_umax(E, acc, x)
#define SMESIM_OP_umaxv_init(E) 0
#define SMESIM_OP_uminv(E, acc, x) SMESIM_OP_umin(E, acc, x)
#define SMESIM_OP_uminv_init(E) (~(uint64_t)0 >> (64 - SMESIM_ESIZE(E)))
#define SMESIM_OP_orv(E, acc, x) ((acc) | (x))
#define SMESIM_OP_orv_init(E) 0
#define SMESIM_OP_eorv(E, acc, x) ((acc) ^ (x))
#define SMESIM_OP_eorv_init(E) 0
#define SMESIM_OP_andv(E, acc, x) ((acc) & (x))
#define SMESIM_OP_andv_init(E) (~(uint64_t)0 >> (64 - SMESIM_ESIZE(E)))

/* the value broadcast by CPY (an immediate, shifted) and FCPY */
#define SMESIM_OP_cpy(E, a) ((uint64_t)(a)->imm8 << (a)->sh8)
#define SMESIM_OP_fcpy(E, a) smesim_vfp_expand_imm((uint64_t)(a)->imm8, SMESIM_ESIZE(E))
/* the unsigned immediate of the wide-immediate forms */
#define SMESIM_WIMM(a) ((uint64_t)(a)->imm8 << (a)->sh8)

/* -------------------------------------------------------------------- shapes */

/* zpz_m: predicated unary, merging (Arm ARM: the SVE unary pseudocode,
 * `Elem[result, e] = if ActivePredicateElement then OP(element) else
 * Elem[Z[d], e]`).
 *   zd[i] = pg[i] ? OP(zn[i]) : zd[i]                   members: zd pg zn */
#define SMESIM_SHAPE_zpz_m(ID, OP, SET, E)                                               \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t *zd = cpu->z[a->zd];                                                     \
        const uint8_t *zn = cpu->z[a->zn], *pg = cpu->p[a->pg];                          \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++) {                                               \
            if (!pred_active(pg, (E), i)) continue;                                      \
            active++;                                                                    \
            SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, zn, i)));                           \
        }                                                                                \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* zpz_z: predicated unary, zeroing (MOVPRFX /z).
 *   zd[i] = pg[i] ? OP(zn[i]) : 0                       members: zd pg zn */
#define SMESIM_SHAPE_zpz_z(ID, OP, SET, E)                                               \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t *zd = cpu->z[a->zd];                                                     \
        const uint8_t *zn = cpu->z[a->zn], *pg = cpu->p[a->pg];                          \
        for (unsigned i = 0; i < n; i++) {                                               \
            int on = pred_active(pg, (E), i);                                            \
            active += (unsigned)on;                                                      \
            SMESIM_PUT(E, zd, i, on ? OP(E, SMESIM_GET(E, zn, i)) : 0);                  \
        }                                                                                \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* zz: unpredicated unary (MOVPRFX unpredicated, FEXPA: `for e ...
 * Elem[result, e] = OP(Elem[operand, e])`).
 *   zd[i] = OP(zn[i])                                   members: zd zn */
#define SMESIM_SHAPE_zz(ID, OP, SET, E)                                                  \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E);                                          \
        uint8_t *zd = cpu->z[a->zd];                                                     \
        const uint8_t *zn = cpu->z[a->zn];                                               \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++)                                                 \
            SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, zn, i)));                           \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = n;                                                                 \
        return SMESIM_OK;                                                                \
    }

/* zzzz_d: unpredicated ternary, destructive (SVE2 EOR3, BCAX, BSL ...,
 * whose pseudocode works on the whole vector: the 64-bit elements the
 * patterns name compute the same bits).
 *   zdn[i] = OP(zdn[i], zm[i], zk[i])                   members: zdn zm zk */
#define SMESIM_SHAPE_zzzz_d(ID, OP, SET, E)                                              \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E);                                          \
        uint8_t *zd = cpu->z[a->zdn];                                                    \
        const uint8_t *zm = cpu->z[a->zm], *zk = cpu->z[a->zk];                          \
        for (unsigned i = 0; i < n; i++)                                                 \
            SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, zd, i), SMESIM_GET(E, zm, i),        \
                                    SMESIM_GET(E, zk, i)));                              \
        rec->active = n;                                                                 \
        return SMESIM_OK;                                                                \
    }

/* zpzw_m: predicated, by the 64-bit element of zm each element lies in
 * (Elem[operand2, (e * esize) DIV 64, 64]); merging.  Zm may be Zdn, so
 * the result is built apart.
 *   zdn[i] = pg[i] ? OP(zdn[i], zm.d[i >> (3-E)]) : zdn[i]   members: zdn pg zm */
#define SMESIM_SHAPE_zpzw_m(ID, OP, SET, E)                                              \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t res[SMESIM_MAX_VL];                                                      \
        const uint8_t *zd = cpu->z[a->zdn], *zm = cpu->z[a->zm], *pg = cpu->p[a->pg];    \
        for (unsigned i = 0; i < n; i++) {                                               \
            SMESIM_U(E) x = SMESIM_GET(E, zd, i);                                        \
            if (pred_active(pg, (E), i)) {                                               \
                active++;                                                                \
                x = (SMESIM_U(E))OP(E, x, SMESIM_GET(3, zm, i >> (3 - (E))));             \
            }                                                                            \
            SMESIM_PUT(E, res, i, x);                                                    \
        }                                                                                \
        memcpy(cpu->z[a->zdn], res, (size_t)n << (E));                                   \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* zzw: unpredicated, by the 64-bit element of zm each element lies in.
 *   zd[i] = OP(zn[i], zm.d[i >> (3-E)])                 members: zd zn zm */
#define SMESIM_SHAPE_zzw(ID, OP, SET, E)                                                 \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E);                                          \
        uint8_t res[SMESIM_MAX_VL];                                                      \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];                          \
        for (unsigned i = 0; i < n; i++)                                                 \
            SMESIM_PUT(E, res, i, OP(E, SMESIM_GET(E, zn, i), SMESIM_GET(3, zm, i >> (3 - (E))))); \
        memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                    \
        rec->active = n;                                                                 \
        return SMESIM_OK;                                                                \
    }

/* zpzzz_mad: predicated multiply-add into a multiplicand (MAD, MSB), merging
 * (MAD: `Elem[result, e] = Elem[operand3, e] + Elem[operand1, e] *
 * Elem[operand2, e]`, operand1 the destination, operand3 Za).
 *   zdn[i] = pg[i] ? OP(za[i], zdn[i], zm[i]) : zdn[i]  members: zdn pg zm za */
#define SMESIM_SHAPE_zpzzz_mad(ID, OP, SET, E)                                           \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t *zd = cpu->z[a->zdn];                                                    \
        const uint8_t *zm = cpu->z[a->zm], *za = cpu->z[a->za], *pg = cpu->p[a->pg];     \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++) {                                               \
            if (!pred_active(pg, (E), i)) continue;                                      \
            active++;                                                                    \
            SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, za, i), SMESIM_GET(E, zd, i),        \
                                    SMESIM_GET(E, zm, i)));                              \
        }                                                                                \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* zi: unpredicated with a wide immediate, destructive (ADD, SQADD, SMAX,
 * MUL ... #imm: `Elem[result, e] = OP(Elem[operand1, e], imm)`).  The
 * immediate is UInt(imm8) << sh or SInt(imm8), as an integer: not cut to
 * the element (SQADD .b, #255 saturates; ADD wraps when stored).
 *   zd[i] = OP(zd[i], imm)                              members: zd imm8 sh8 */
#define SMESIM_SHAPE_zi(ID, OP, SET, E)                                                  \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E);                                          \
        uint8_t *zd = cpu->z[a->zd];                                                     \
        uint64_t imm = SMESIM_WIMM(a);                                                   \
        for (unsigned i = 0; i < n; i++)                                                 \
            SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, zd, i), imm));                      \
        rec->active = n;                                                                 \
        return SMESIM_OK;                                                                \
    }

/* zcnt: every element plus or minus a predicate pattern's element count
 * times imm (INCH, SQDECW ... of a vector: `count = DecodePredCount(pat,
 * esize) * imm; Elem[result, e] = OP(Elem[operand1, e], count)`).
 *   zdn[i] = OP(zdn[i], DecodePredCount(pattern, esize) * imm)
 *                                                       members: zdn pattern imm4p1 */
#define SMESIM_SHAPE_zcnt(ID, OP, SET, E)                                                \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E);                                          \
        uint8_t *zd = cpu->z[a->zdn];                                                    \
        uint64_t count = (uint64_t)smesim_pred_count(a->pattern, n) * (uint64_t)a->imm4p1; \
        for (unsigned i = 0; i < n; i++)                                                 \
            SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, zd, i), count));                    \
        rec->active = n;                                                                 \
        return SMESIM_OK;                                                                \
    }

/* zpv_m, zpv_z: a value made from the operands (CPY, FCPY) to the active
 * elements; the others kept (merging) or zeroed (CPY (immediate): `if
 * ActivePredicateElement(mask, e, esize) then Elem[result, e] = imm
 * elsif merging then Elem[dest, e] else Zeros()`).
 *   zd[i] = pg[i] ? OP(a) : zd[i]  /  zd[i] = pg[i] ? OP(a) : 0   members: zd pg */
#define SMESIM_SHAPE_zpv_m(ID, OP, SET, E)                                               \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t *zd = cpu->z[a->zd];                                                     \
        const uint8_t *pg = cpu->p[a->pg];                                               \
        SMESIM_U(E) v = (SMESIM_U(E))OP(E, a);                                           \
        for (unsigned i = 0; i < n; i++) {                                               \
            if (!pred_active(pg, (E), i)) continue;                                      \
            active++;                                                                    \
            SMESIM_PUT(E, zd, i, v);                                                     \
        }                                                                                \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }
#define SMESIM_SHAPE_zpv_z(ID, OP, SET, E)                                               \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t *zd = cpu->z[a->zd];                                                     \
        const uint8_t *pg = cpu->p[a->pg];                                               \
        SMESIM_U(E) v = (SMESIM_U(E))OP(E, a);                                           \
        for (unsigned i = 0; i < n; i++) {                                               \
            int on = pred_active(pg, (E), i);                                            \
            active += (unsigned)on;                                                      \
            SMESIM_PUT(E, zd, i, on ? v : 0);                                            \
        }                                                                                \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* red_v: reduction of the active elements into a SIMD&FP register, the
 * pseudocode's V[d, 64 or esize] = result, which zeroes the rest of Z[d].
 * Integer reductions are associative, so the order is the element order.
 *   vd = OP(... OP(OP_init, zn[first]) ..., zn[last])   members: vd pg zn */
#define SMESIM_SHAPE_red_v(ID, OP, SET, E)                                               \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        const uint8_t *zn = cpu->z[a->zn], *pg = cpu->p[a->pg];                          \
        uint64_t acc = OP##_init(E);                                                     \
        for (unsigned i = 0; i < n; i++) {                                               \
            if (!pred_active(pg, (E), i)) continue;                                      \
            active++;                                                                    \
            acc = OP(E, acc, (uint64_t)SMESIM_GET(E, zn, i));                            \
        }                                                                                \
        memset(cpu->z[a->vd], 0, sizeof cpu->z[0]);                                      \
        memcpy(cpu->z[a->vd], &acc, 8);                                                  \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* red_q: SVE2.1 reduction of each element position across the 128-bit
 * segments (ADDQV, SMAXQV ...): element e of the 128-bit result reduces
 * element e of every segment, inactive ones left out; V[d, 128] = result.
 *                                                       members: vd pg zn */
#define SMESIM_SHAPE_red_q(ID, OP, SET, E)                                               \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned per = 16u >> (E), segs = smesim_cpu_vl(cpu) / 16, active = 0;           \
        const uint8_t *zn = cpu->z[a->zn], *pg = cpu->p[a->pg];                          \
        uint8_t res[16];                                                                 \
        for (unsigned e = 0; e < per; e++) {                                             \
            uint64_t acc = OP##_init(E);                                                 \
            for (unsigned s = 0; s < segs; s++) {                                        \
                unsigned i = s * per + e;                                                \
                if (!pred_active(pg, (E), i)) continue;                                  \
                active++;                                                                \
                acc = OP(E, acc, (uint64_t)SMESIM_GET(E, zn, i));                        \
            }                                                                            \
            SMESIM_PUT(E, res, e, acc);                                                  \
        }                                                                                \
        memset(cpu->z[a->vd], 0, sizeof cpu->z[0]);                                      \
        memcpy(cpu->z[a->vd], res, 16);                                                  \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

#endif
