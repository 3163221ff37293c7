/* sim/exec/shape_x_sve2.h — loop shapes and operations of the SVE2 integer
 * families (decode/isa/sve2_*.decode): predicated halving/saturating/
 * rounding arithmetic, pairwise, bottom/top (even/odd element) widening and
 * narrowing, indexed (within 128-bit segments), dot products, complex
 * integer arithmetic.  Names start with s2_ (shapes `exec=s2_long_bb(...)`,
 * operations `zpzz_m(s2_sqadd)`) to stay clear of the other families'.
 *
 * Every shape is written as a kernel S2_K_<shape>(OP, E) over the operands
 * `a`, so it serves both as a shape (SMESIM_SHAPE_s2_<shape>, one instance
 * per element size) and, for the patterns whose element size is computed at
 * decode (`let="esz = ..."`, for which the generator lists only size 0), in
 * an EXEC body that switches on the size (S2_BODY in sim/exec/sve2_*.c).
 * E is the element size of the destination (the wide one for widening and
 * narrowing shapes); S2_N(E) is the half size, S2_Q(E) the quarter.
 */
#ifndef SMESIM_SHAPE_X_SVE2_H
#define SMESIM_SHAPE_X_SVE2_H

#include "sim/exec/shapes.h"
#include "sim/fp/fp.h"

__extension__ typedef __int128 s2_i128;
__extension__ typedef unsigned __int128 s2_u128;

/* ---- size tables, through one level of indirection so that E may be a
 * macro such as S2_N(E) */
#define S2_CAT(a, b) S2_CAT_(a, b)
#define S2_CAT_(a, b) a##b
#define S2_N(E) S2_CAT(S2_N_, E) /* half size (0 stands in for the unused E = 0) */
#define S2_N_0 0
#define S2_N_1 0
#define S2_N_2 1
#define S2_N_3 2
#define S2_Q(E) S2_CAT(S2_Q_, E) /* quarter size */
#define S2_Q_0 0
#define S2_Q_1 0
#define S2_Q_2 0
#define S2_Q_3 1
#define S2_U(E) S2_CAT(SMESIM_U_, E)
#define S2_S(E) S2_CAT(SMESIM_S_, E)
/* a signed type that holds the sum, difference or product of two E-sized
 * integers, or of two narrower ones (int32_t for bytes and halves, so that
 * loops over them vectorise) */
#define S2_W(E) S2_CAT(S2_W_, E)
#define S2_W_0 int32_t
#define S2_W_1 int32_t
#define S2_W_2 int64_t
#define S2_W_3 s2_i128
#define S2_BITS(E) (8 << (E))
#define S2_GET(E, v, i) S2_CAT(smesim_get_, E)(v, i)
#define S2_PUT(E, v, i, x) S2_CAT(smesim_put_, E)(v, i, (S2_U(E))(x))
/* SInt / UInt of the bits of an element of size E, in the wide type of W */
#define S2_SX(W, E, x) ((S2_W(W))(S2_S(E))(x))
#define S2_ZX(W, E, x) ((S2_W(W))(S2_U(E))(x))

/* SignedSat / UnsignedSat (the Arm ARM's SatQ without the QC flag, which
 * SVE does not have) of a wide value to an element of size E */
#define S2_SAT_FNS(E)                                                                     \
    static inline S2_U(E) s2_ssat_##E(S2_W(E) v)                                          \
    {                                                                                     \
        const S2_W(E) hi = (S2_W(E))((S2_U(E))~(S2_U(E))0 >> 1), lo = -hi - 1;            \
        return (S2_U(E))(v > hi ? hi : v < lo ? lo : v);                                  \
    }                                                                                     \
    static inline S2_U(E) s2_usat_##E(S2_W(E) v)                                          \
    {                                                                                     \
        const S2_W(E) hi = (S2_W(E))(S2_U(E))~(S2_U(E))0;                                 \
        return (S2_U(E))(v > hi ? hi : v < 0 ? 0 : v);                                    \
    }
S2_SAT_FNS(0)
S2_SAT_FNS(1)
S2_SAT_FNS(2)
S2_SAT_FNS(3)
#define S2_SSAT(E, v) S2_CAT(s2_ssat_, E)(v)
#define S2_USAT(E, v) S2_CAT(s2_usat_, E)(v)

/* ---- shifts of up to 64-bit values by any amount, exactly */
static inline int64_t s2_asr(int64_t x, int64_t s) { return x >> (s > 63 ? 63 : s); }
static inline uint64_t s2_lsr(uint64_t x, int64_t s) { return s > 63 ? 0 : x >> s; }
static inline uint64_t s2_lsl(uint64_t x, int64_t s) { return s > 63 ? 0 : x << s; }
/* (x + (1 << (s - 1))) >> s for s >= 1, without the wider sum: the shifted
 * value plus the last bit shifted out */
static inline int64_t s2_srshr(int64_t x, int64_t s) { return s2_asr(x, s) + (s2_asr(x, s - 1) & 1); }
static inline uint64_t s2_urshr(uint64_t x, int64_t s) { return s2_lsr(x, s) + (s2_lsr(x, s - 1) & 1); }
static inline int64_t s2_sext(uint64_t x, int bits)
{
    return bits >= 64 ? (int64_t)x : (int64_t)(x << (64 - bits)) >> (64 - bits);
}
static inline uint64_t s2_ones(int bits) { return bits >= 64 ? ~0ull : (1ull << bits) - 1; }

/* SRSHL, URSHL, SQSHL, UQSHL, SQRSHL, UQRSHL (by vector): the pseudocode's
 *   shift = ShiftSat(SInt(element2), esize)        -- clamped to +-(esize+1)
 *   res = (element + (shift < 0 ? 1 << (-shift - 1) : 0)) << shift
 * kept to esize bits (res<esize-1:0>) or saturated (SatQ).  x is the
 * element (sign- or zero-extended to 64 bits), sh the signed shift element. */
static inline uint64_t s2_shl_vec(int bits, int uns, int rnd, int sat, uint64_t x, int64_t sh)
{
    if (sh > bits + 1) sh = bits + 1;
    if (sh < -(bits + 1)) sh = -(bits + 1);
    if (sh < 0) {
        if (uns) return rnd ? s2_urshr(x, -sh) : s2_lsr(x, -sh);
        return (uint64_t)(rnd ? s2_srshr((int64_t)x, -sh) : s2_asr((int64_t)x, -sh));
    }
    if (!sat || x == 0) return s2_lsl(x, sh);
    if (uns) {
        if (sh >= bits || (sh > 0 && (x >> (bits - sh)) != 0)) return s2_ones(bits);
        return x << sh;
    }
    int64_t t = sh >= bits ? 2 : s2_asr((int64_t)x, bits - 1 - sh);
    if (t != 0 && t != -1) return (int64_t)x < 0 ? ~0ull << (bits - 1) : s2_ones(bits - 1);
    return x << sh;
}
#define S2_SHL_S(E, rnd, sat, a, b)                                                       \
    s2_shl_vec(S2_BITS(E), 0, rnd, sat, (uint64_t)(int64_t)(S2_S(E))(a), (int64_t)(S2_S(E))(b))
#define S2_SHL_U(E, rnd, sat, a, b)                                                       \
    s2_shl_vec(S2_BITS(E), 1, rnd, sat, (uint64_t)(S2_U(E))(a), (int64_t)(S2_S(E))(b))

/* ---- predicated, same size (shape zpzz_m of sim/exec/shapes.h) */
/* SHADD ... UHSUBR: (e1 +- e2 [+ 1]) >> 1 in the wider integer */
#define SMESIM_OP_s2_shadd(E, a, b) ((S2_SX(E, E, a) + S2_SX(E, E, b)) >> 1)
#define SMESIM_OP_s2_uhadd(E, a, b) ((S2_ZX(E, E, a) + S2_ZX(E, E, b)) >> 1)
#define SMESIM_OP_s2_shsub(E, a, b) ((S2_SX(E, E, a) - S2_SX(E, E, b)) >> 1)
#define SMESIM_OP_s2_uhsub(E, a, b) ((S2_ZX(E, E, a) - S2_ZX(E, E, b)) >> 1)
#define SMESIM_OP_s2_shsubr(E, a, b) SMESIM_OP_s2_shsub(E, b, a)
#define SMESIM_OP_s2_uhsubr(E, a, b) SMESIM_OP_s2_uhsub(E, b, a)
#define SMESIM_OP_s2_srhadd(E, a, b) ((S2_SX(E, E, a) + S2_SX(E, E, b) + 1) >> 1)
#define SMESIM_OP_s2_urhadd(E, a, b) ((S2_ZX(E, E, a) + S2_ZX(E, E, b) + 1) >> 1)
/* SQADD ... UQSUBR, SUQADD (signed + unsigned, signed result), USQADD */
#define SMESIM_OP_s2_sqadd(E, a, b) S2_SSAT(E, S2_SX(E, E, a) + S2_SX(E, E, b))
#define SMESIM_OP_s2_uqadd(E, a, b) S2_USAT(E, S2_ZX(E, E, a) + S2_ZX(E, E, b))
#define SMESIM_OP_s2_sqsub(E, a, b) S2_SSAT(E, S2_SX(E, E, a) - S2_SX(E, E, b))
#define SMESIM_OP_s2_uqsub(E, a, b) S2_USAT(E, S2_ZX(E, E, a) - S2_ZX(E, E, b))
#define SMESIM_OP_s2_sqsubr(E, a, b) SMESIM_OP_s2_sqsub(E, b, a)
#define SMESIM_OP_s2_uqsubr(E, a, b) SMESIM_OP_s2_uqsub(E, b, a)
#define SMESIM_OP_s2_suqadd(E, a, b) S2_SSAT(E, S2_SX(E, E, a) + S2_ZX(E, E, b))
#define SMESIM_OP_s2_usqadd(E, a, b) S2_USAT(E, S2_ZX(E, E, a) + S2_SX(E, E, b))
/* shifts by vector; the R forms swap the operands */
#define SMESIM_OP_s2_srshl(E, a, b) S2_SHL_S(E, 1, 0, a, b)
#define SMESIM_OP_s2_urshl(E, a, b) S2_SHL_U(E, 1, 0, a, b)
#define SMESIM_OP_s2_sqshl(E, a, b) S2_SHL_S(E, 0, 1, a, b)
#define SMESIM_OP_s2_uqshl(E, a, b) S2_SHL_U(E, 0, 1, a, b)
#define SMESIM_OP_s2_sqrshl(E, a, b) S2_SHL_S(E, 1, 1, a, b)
#define SMESIM_OP_s2_uqrshl(E, a, b) S2_SHL_U(E, 1, 1, a, b)
#define SMESIM_OP_s2_srshlr(E, a, b) SMESIM_OP_s2_srshl(E, b, a)
#define SMESIM_OP_s2_urshlr(E, a, b) SMESIM_OP_s2_urshl(E, b, a)
#define SMESIM_OP_s2_sqshlr(E, a, b) SMESIM_OP_s2_sqshl(E, b, a)
#define SMESIM_OP_s2_uqshlr(E, a, b) SMESIM_OP_s2_uqshl(E, b, a)
#define SMESIM_OP_s2_sqrshlr(E, a, b) SMESIM_OP_s2_sqrshl(E, b, a)
#define SMESIM_OP_s2_uqrshlr(E, a, b) SMESIM_OP_s2_uqrshl(E, b, a)
/* pairwise (shape s2_pair_m) */
#define SMESIM_OP_s2_addp(E, a, b) ((S2_U(E))((a) + (b)))
#define SMESIM_OP_s2_smaxp(E, a, b) ((S2_S(E))(a) > (S2_S(E))(b) ? (a) : (b))
#define SMESIM_OP_s2_sminp(E, a, b) ((S2_S(E))(a) < (S2_S(E))(b) ? (a) : (b))
#define SMESIM_OP_s2_umaxp(E, a, b) ((a) > (b) ? (a) : (b))
#define SMESIM_OP_s2_uminp(E, a, b) ((a) < (b) ? (a) : (b))
/* SADALP/UADALP (shape s2_adalp): acc + the pair of half-size elements */
#define SMESIM_OP_s2_sadalp(E, acc, x, y) ((acc) + (S2_U(E))(S2_SX(E, S2_N(E), x) + S2_SX(E, S2_N(E), y)))
#define SMESIM_OP_s2_uadalp(E, acc, x, y) ((acc) + (S2_U(E))(S2_ZX(E, S2_N(E), x) + S2_ZX(E, S2_N(E), y)))
/* unary (shape s2_zpz_m): SQABS, SQNEG; URECPE, URSQRTE (sim/fp/) */
#define SMESIM_OP_s2_sqabs(E, x)                                                          \
    S2_SSAT(E, S2_SX(E, E, x) < 0 ? -S2_SX(E, E, x) : S2_SX(E, E, x))
#define SMESIM_OP_s2_sqneg(E, x) S2_SSAT(E, -S2_SX(E, E, x))
#define SMESIM_OP_s2_urecpe(E, x) smesim_urecpe((uint32_t)(x))
#define SMESIM_OP_s2_ursqrte(E, x) smesim_ursqrte((uint32_t)(x))

/* ---- widening, OP(E, acc, x, y) with x, y half-size bits (the sizes of
 * the shapes s2_long_*, s2_zzxw_*); the non-accumulating ones ignore acc */
#define S2_XS(E, x) S2_SX(E, S2_N(E), x) /* SInt of a half-size element */
#define S2_XU(E, x) S2_ZX(E, S2_N(E), x)
#define S2_ABSW(v) ((v) < 0 ? -(v) : (v))
#define SMESIM_OP_s2_saddl(E, acc, x, y) (S2_XS(E, x) + S2_XS(E, y))
#define SMESIM_OP_s2_uaddl(E, acc, x, y) (S2_XU(E, x) + S2_XU(E, y))
#define SMESIM_OP_s2_ssubl(E, acc, x, y) (S2_XS(E, x) - S2_XS(E, y))
#define SMESIM_OP_s2_usubl(E, acc, x, y) (S2_XU(E, x) - S2_XU(E, y))
#define SMESIM_OP_s2_sabdl(E, acc, x, y) S2_ABSW(S2_XS(E, x) - S2_XS(E, y))
#define SMESIM_OP_s2_uabdl(E, acc, x, y) S2_ABSW(S2_XU(E, x) - S2_XU(E, y))
#define SMESIM_OP_s2_sabal(E, acc, x, y) ((acc) + (S2_U(E))S2_ABSW(S2_XS(E, x) - S2_XS(E, y)))
#define SMESIM_OP_s2_uabal(E, acc, x, y) ((acc) + (S2_U(E))S2_ABSW(S2_XU(E, x) - S2_XU(E, y)))
#define SMESIM_OP_s2_smull(E, acc, x, y) (S2_XS(E, x) * S2_XS(E, y))
#define SMESIM_OP_s2_umull(E, acc, x, y) (S2_XU(E, x) * S2_XU(E, y))
#define SMESIM_OP_s2_smlal(E, acc, x, y) ((acc) + (S2_U(E))(S2_XS(E, x) * S2_XS(E, y)))
#define SMESIM_OP_s2_umlal(E, acc, x, y) ((acc) + (S2_U(E))(S2_XU(E, x) * S2_XU(E, y)))
#define SMESIM_OP_s2_smlsl(E, acc, x, y) ((acc) - (S2_U(E))(S2_XS(E, x) * S2_XS(E, y)))
#define SMESIM_OP_s2_umlsl(E, acc, x, y) ((acc) - (S2_U(E))(S2_XU(E, x) * S2_XU(E, y)))
/* SQDMULL: SignedSat(2 * e1 * e2); SQDMLAL/SQDMLSL saturate that product,
 * then the sum with the accumulator */
#define S2_SQDMULL(E, x, y) S2_SSAT(E, 2 * (S2_XS(E, x) * S2_XS(E, y)))
#define SMESIM_OP_s2_sqdmull(E, acc, x, y) S2_SQDMULL(E, x, y)
#define SMESIM_OP_s2_sqdmlal(E, acc, x, y) S2_SSAT(E, S2_SX(E, E, acc) + S2_SX(E, E, S2_SQDMULL(E, x, y)))
#define SMESIM_OP_s2_sqdmlsl(E, acc, x, y) S2_SSAT(E, S2_SX(E, E, acc) - S2_SX(E, E, S2_SQDMULL(E, x, y)))
/* PMULLB/PMULLT: polynomial (carry-less) product of two half-size elements */
static inline uint64_t s2_clmul32(uint64_t x, uint64_t y, int bits)
{
    uint64_t r = 0;
    for (int i = 0; i < bits; i++) r ^= ((y >> i) & 1) ? x << i : 0;
    return r;
}
#define SMESIM_OP_s2_pmull(E, acc, x, y) s2_clmul32((S2_U(S2_N(E)))(x), (S2_U(S2_N(E)))(y), S2_BITS(S2_N(E)))

/* ---- same size, three operands (shape s2_zzzz, and s2_zzx indexed):
 * OP(E, acc, x, y) */
#define SMESIM_OP_s2_mla(E, acc, x, y) ((acc) + (S2_U(E))((uint64_t)(x) * (uint64_t)(y)))
#define SMESIM_OP_s2_mls(E, acc, x, y) ((acc) - (S2_U(E))((uint64_t)(x) * (uint64_t)(y)))
#define SMESIM_OP_s2_mul(E, acc, x, y) ((uint64_t)(x) * (uint64_t)(y))
/* SQDMULH: SignedSat((2 * e1 * e2) >> esize); SQRDMULH adds 1 << (esize-1)
 * first.  Halved here ((e1 * e2 [+ 1 << (esize-2)]) >> (esize-1)), the same
 * value without the product's 2^127 at 64 bits */
#define S2_PRODH(E, x, y, r)                                                              \
    ((S2_SX(E, E, x) * S2_SX(E, E, y) + ((S2_W(E))(r) << (S2_BITS(E) - 2))) >> (S2_BITS(E) - 1))
#define SMESIM_OP_s2_sqdmulh(E, acc, x, y) S2_SSAT(E, S2_PRODH(E, x, y, 0))
#define SMESIM_OP_s2_sqrdmulh(E, acc, x, y) S2_SSAT(E, S2_PRODH(E, x, y, 1))
/* SQRDMLAH/SQRDMLSH: SignedSat(((acc << esize) +- 2 * e1 * e2 + (1 << (esize-1)))
 * >> esize) = SignedSat(acc + ((+-e1 * e2 + (1 << (esize-2))) >> (esize-1))) */
#define S2_RDMLAH(E, acc, p)                                                              \
    S2_SSAT(E, S2_SX(E, E, acc) + (((p) + ((S2_W(E))1 << (S2_BITS(E) - 2))) >> (S2_BITS(E) - 1)))
#define SMESIM_OP_s2_sqrdmlah(E, acc, x, y) S2_RDMLAH(E, acc, S2_SX(E, E, x) * S2_SX(E, E, y))
#define SMESIM_OP_s2_sqrdmlsh(E, acc, x, y) S2_RDMLAH(E, acc, -(S2_SX(E, E, x) * S2_SX(E, E, y)))
/* SABA/UABA: acc + |e1 - e2| */
#define SMESIM_OP_s2_saba(E, acc, x, y) ((acc) + (S2_U(E))S2_ABSW(S2_SX(E, E, x) - S2_SX(E, E, y)))
#define SMESIM_OP_s2_uaba(E, acc, x, y) ((acc) + (S2_U(E))S2_ABSW(S2_ZX(E, E, x) - S2_ZX(E, E, y)))
/* SCLAMP/UCLAMP: Min(Max(Zd, Zn), Zm) */
#define SMESIM_OP_s2_sclamp(E, acc, x, y)                                                 \
    ((S2_S(E))SMESIM_OP_s2_smaxp(E, acc, x) < (S2_S(E))(y) ? SMESIM_OP_s2_smaxp(E, acc, x) \
                                                            : (S2_U(E))(y))
#define SMESIM_OP_s2_uclamp(E, acc, x, y)                                                 \
    SMESIM_OP_s2_uminp(E, (S2_U(E))SMESIM_OP_s2_umaxp(E, acc, x), (S2_U(E))(y))

/* ---- bit permutes (shape zzz): BEXT, BDEP, BGRP of E-sized elements */
static inline uint64_t s2_bext(uint64_t x, uint64_t m, int bits)
{
    uint64_t r = 0;
    for (int i = 0, k = 0; i < bits; i++)
        if ((m >> i) & 1) r |= ((x >> i) & 1) << k++;
    return r;
}
static inline uint64_t s2_bdep(uint64_t x, uint64_t m, int bits)
{
    uint64_t r = 0;
    for (int i = 0, k = 0; i < bits; i++)
        if ((m >> i) & 1) r |= ((x >> k++) & 1) << i;
    return r;
}
static inline uint64_t s2_bgrp(uint64_t x, uint64_t m, int bits)
{
    uint64_t r = 0;
    int k = 0;
    for (int i = 0; i < bits; i++)
        if ((m >> i) & 1) r |= ((x >> i) & 1) << k++;
    for (int i = 0; i < bits; i++)
        if (!((m >> i) & 1)) r |= ((x >> i) & 1) << k++;
    return r;
}
#define SMESIM_OP_s2_bext(E, a, b) s2_bext(a, b, S2_BITS(E))
#define SMESIM_OP_s2_bdep(E, a, b) s2_bdep(a, b, S2_BITS(E))
#define SMESIM_OP_s2_bgrp(E, a, b) s2_bgrp(a, b, S2_BITS(E))

/* ==================================================================== kernels
 * Each expects `a` (the operands), `cpu` and `rec`, and returns. */

#define S2_VL(cpu) smesim_cpu_vl(cpu)
#define S2_SHAPE(K, ID, OP, SET, E, ...)                                                  \
    SMESIM_SHAPE_FN(ID, E)                                                                \
    {                                                                                     \
        SMESIM_SHAPE_ARGS(SET);                                                           \
        K(OP, E, ##__VA_ARGS__)                                                           \
    }
/* An EXEC body for a pattern whose element size is computed at decode:
 * the kernel at the size in member `esz` (the wide one). */
#define S2_BODY(name, K, OP, esz, ...)                                                    \
    EXEC(name)                                                                            \
    {                                                                                     \
        const smesim_argsof_##name *a = args_;                                            \
        switch (F.esz) {                                                                  \
        case 0: { K(OP, 0, ##__VA_ARGS__) }                                               \
        case 1: { K(OP, 1, ##__VA_ARGS__) }                                               \
        case 2: { K(OP, 2, ##__VA_ARGS__) }                                               \
        default: { K(OP, 3, ##__VA_ARGS__) }                                              \
        }                                                                                 \
    }

/* zpz_m: unary, merging.  zd[i] = pg[i] ? OP(zn[i]) : zd[i]   members: zd pg zn
 * (SQABS, SQNEG, URECPE, URSQRTE) */
#define S2_K_zpz_m(OP, E)                                                                 \
    unsigned n = S2_VL(cpu) >> (E), active = 0;                                           \
    uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd];                                            \
    const uint8_t *zn = cpu->z[a->zn], *pg = cpu->p[a->pg];                               \
    for (unsigned i = 0; i < n; i++) {                                                    \
        if (!pred_active(pg, (E), i)) continue;                                           \
        active++;                                                                         \
        S2_PUT(E, zd, i, OP(E, S2_GET(E, zn, i)));                                        \
    }                                                                                     \
    rec->active = active;                                                                 \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_zpz_m(ID, OP, SET, E) S2_SHAPE(S2_K_zpz_m, ID, OP, SET, E)

/* pair_m: pairwise, merging (ADDP, SMAXP ...).  Element e, when active, is
 * OP of the pair (e, e+1) of Zdn for even e and (e-1, e) of Zm for odd e;
 * inactive elements keep Zdn's.                     members: zdn pg zm */
#define S2_K_pair_m(OP, E)                                                                \
    unsigned n = S2_VL(cpu) >> (E), active = 0;                                           \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *z1 = cpu->z[a->zdn], *z2 = cpu->z[a->zm], *pg = cpu->p[a->pg];         \
    memcpy(res, z1, (size_t)n << (E));                                                    \
    for (unsigned i = 0; i < n; i++) {                                                    \
        if (!pred_active(pg, (E), i)) continue;                                           \
        active++;                                                                         \
        const uint8_t *src = (i & 1) ? z2 : z1;                                           \
        S2_PUT(E, res, i, OP(E, S2_GET(E, src, i & ~1u), S2_GET(E, src, i | 1u)));        \
    }                                                                                     \
    memcpy(cpu->z[a->zdn], res, (size_t)n << (E));                                        \
    rec->active = active;                                                                 \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_pair_m(ID, OP, SET, E) S2_SHAPE(S2_K_pair_m, ID, OP, SET, E)

/* adalp: zd[i] = pg[i] ? OP(zd[i], zn.h[2i], zn.h[2i+1]) : zd[i]
 * (SADALP/UADALP; the source has half-size elements)    members: zd pg zn */
#define S2_K_adalp(OP, E)                                                                 \
    unsigned n = S2_VL(cpu) >> (E), active = 0;                                           \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd];                                            \
    const uint8_t *zn = cpu->z[a->zn], *pg = cpu->p[a->pg];                               \
    memcpy(res, zd, (size_t)n << (E));                                                    \
    for (unsigned i = 0; i < n; i++) {                                                    \
        if (!pred_active(pg, (E), i)) continue;                                           \
        active++;                                                                         \
        S2_PUT(E, res, i, OP(E, S2_GET(E, zd, i), S2_GET(S2_N(E), zn, 2 * i),             \
                             S2_GET(S2_N(E), zn, 2 * i + 1)));                            \
    }                                                                                     \
    memcpy(zd, res, (size_t)n << (E));                                                    \
    rec->active = active;                                                                 \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_adalp(ID, OP, SET, E) S2_SHAPE(S2_K_adalp, ID, OP, SET, E)

/* long: zd[i] = OP(zd[i], zn.h[2i+TN], zm.h[2i+TM]), half-size sources, the
 * even (bottom, 0) or odd (top, 1) ones: SADDLB (bb), SADDLT (tt), SADDLBT
 * (bt), SSUBLTB (tb), SMLALB, SMULLB, ...               members: zd zn zm */
#define S2_K_long(OP, E, TN, TM)                                                          \
    unsigned n = S2_VL(cpu) >> (E);                                                       \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd], *zn = cpu->z[a->zn], *zm = cpu->z[a->zm]; \
    for (unsigned i = 0; i < n; i++)                                                      \
        S2_PUT(E, res, i, OP(E, S2_GET(E, zd, i), S2_GET(S2_N(E), zn, 2 * i + (TN)),      \
                             S2_GET(S2_N(E), zm, 2 * i + (TM))));                         \
    memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                         \
    rec->active = n;                                                                      \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_long_bb(ID, OP, SET, E) S2_SHAPE(S2_K_long, ID, OP, SET, E, 0, 0)
#define SMESIM_SHAPE_s2_long_tt(ID, OP, SET, E) S2_SHAPE(S2_K_long, ID, OP, SET, E, 1, 1)
#define SMESIM_SHAPE_s2_long_bt(ID, OP, SET, E) S2_SHAPE(S2_K_long, ID, OP, SET, E, 0, 1)
#define SMESIM_SHAPE_s2_long_tb(ID, OP, SET, E) S2_SHAPE(S2_K_long, ID, OP, SET, E, 1, 0)

/* wide: zd[i] = OP(zn[i], zm.h[2i+T]) (SADDWB, SADDWT, ...)  members: zd zn zm */
#define SMESIM_OP_s2_saddw(E, x, y) ((x) + (S2_U(E))S2_XS(E, y))
#define SMESIM_OP_s2_uaddw(E, x, y) ((x) + (S2_U(E))S2_XU(E, y))
#define SMESIM_OP_s2_ssubw(E, x, y) ((x) - (S2_U(E))S2_XS(E, y))
#define SMESIM_OP_s2_usubw(E, x, y) ((x) - (S2_U(E))S2_XU(E, y))
#define S2_K_wide(OP, E, T)                                                               \
    unsigned n = S2_VL(cpu) >> (E);                                                       \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];                               \
    for (unsigned i = 0; i < n; i++)                                                      \
        S2_PUT(E, res, i, OP(E, S2_GET(E, zn, i), S2_GET(S2_N(E), zm, 2 * i + (T))));     \
    memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                         \
    rec->active = n;                                                                      \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_wide_b(ID, OP, SET, E) S2_SHAPE(S2_K_wide, ID, OP, SET, E, 0)
#define SMESIM_SHAPE_s2_wide_t(ID, OP, SET, E) S2_SHAPE(S2_K_wide, ID, OP, SET, E, 1)

/* zzzz: zd[i] = OP(zd[i], zn[i], zm[i]), unpredicated   members: zd zn zm
 * (SQRDMLAH, SABA, SCLAMP, ...) */
#define S2_K_zzzz(OP, E)                                                                  \
    unsigned n = S2_VL(cpu) >> (E);                                                       \
    uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd];                                            \
    const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];                               \
    for (unsigned i = 0; i < n; i++)                                                      \
        S2_PUT(E, zd, i, OP(E, S2_GET(E, zd, i), S2_GET(E, zn, i), S2_GET(E, zm, i)));    \
    rec->active = n;                                                                      \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_zzzz(ID, OP, SET, E) S2_SHAPE(S2_K_zzzz, ID, OP, SET, E)

/* zzx: by indexed element, same size: the index picks an element of Zm in
 * each 128-bit segment (the pseudocode's s = e - e MOD eltspersegment).
 *   zd[i] = OP(zd[i], zn[i], zm[s + idx])              members: zd zn zm idx */
#define S2_K_zzx(OP, E)                                                                   \
    unsigned n = S2_VL(cpu) >> (E), seg = 16u >> (E);                                     \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd], *zn = cpu->z[a->zn], *zm = cpu->z[a->zm]; \
    for (unsigned s = 0; s < n; s += seg) {                                               \
        S2_U(E) m = S2_GET(E, zm, s + (unsigned)a->idx);                                  \
        for (unsigned i = s; i < s + seg; i++)                                            \
            S2_PUT(E, res, i, OP(E, S2_GET(E, zd, i), S2_GET(E, zn, i), m));              \
    }                                                                                     \
    memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                         \
    rec->active = n;                                                                      \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_zzx(ID, OP, SET, E) S2_SHAPE(S2_K_zzx, ID, OP, SET, E)

/* zzxw: widening by indexed element: zd[i] = OP(zd[i], zn.h[2i+T],
 * zm.h[2s + idx]) with s the first wide element of i's segment
 * (SMLALB ..., SQDMULLT by element)                 members: zd zn zm idx */
#define S2_K_zzxw(OP, E, T)                                                               \
    unsigned n = S2_VL(cpu) >> (E), seg = 16u >> (E);                                     \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd], *zn = cpu->z[a->zn], *zm = cpu->z[a->zm]; \
    for (unsigned s = 0; s < n; s += seg) {                                               \
        S2_U(S2_N(E)) m = S2_GET(S2_N(E), zm, 2 * s + (unsigned)a->idx);                  \
        for (unsigned i = s; i < s + seg; i++)                                            \
            S2_PUT(E, res, i, OP(E, S2_GET(E, zd, i), S2_GET(S2_N(E), zn, 2 * i + (T)), m)); \
    }                                                                                     \
    memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                         \
    rec->active = n;                                                                      \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_zzxw_b(ID, OP, SET, E) S2_SHAPE(S2_K_zzxw, ID, OP, SET, E, 0)
#define SMESIM_SHAPE_s2_zzxw_t(ID, OP, SET, E) S2_SHAPE(S2_K_zzxw, ID, OP, SET, E, 1)

/* ---- dot products: zd[i] += sum over k < K of OP(zn[K*i+k], zm[K*j+k]) with
 * elements of size E - log2(K) (NE), j = i for vectors, j = s + idx by
 * element (s as in zzx).  OP(W, NE, x, y) is the product of two NE-sized
 * elements in the wide type of W.                     members: zd zn zm [idx] */
#define SMESIM_OP_s2_sdot(W, NE, x, y) (S2_SX(W, NE, x) * S2_SX(W, NE, y))
#define SMESIM_OP_s2_udot(W, NE, x, y) (S2_ZX(W, NE, x) * S2_ZX(W, NE, y))
#define SMESIM_OP_s2_usdot(W, NE, x, y) (S2_ZX(W, NE, x) * S2_SX(W, NE, y))
#define SMESIM_OP_s2_sudot(W, NE, x, y) (S2_SX(W, NE, x) * S2_ZX(W, NE, y))
#define S2_K_dot(OP, E, NE, K, IDX)                                                       \
    unsigned n = S2_VL(cpu) >> (E), seg = 16u >> (E);                                     \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd], *zn = cpu->z[a->zn], *zm = cpu->z[a->zm]; \
    for (unsigned i = 0; i < n; i++) {                                                    \
        unsigned j = (IDX) ? i - i % seg + (unsigned)(IDX) - 1 : i;                       \
        S2_U(E) r = S2_GET(E, zd, i);                                                     \
        for (unsigned k = 0; k < (K); k++)                                                \
            r += (S2_U(E))OP(E, NE, S2_GET(NE, zn, (K) * i + k), S2_GET(NE, zm, (K) * j + k)); \
        S2_PUT(E, res, i, r);                                                             \
    }                                                                                     \
    memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                         \
    rec->active = n;                                                                      \
    return SMESIM_OK;
/* IDX is 1 + the index for the indexed forms, 0 for vectors */
#define S2_K_dot4(OP, E, IDX) S2_K_dot(OP, E, S2_Q(E), 4, IDX)
#define S2_K_dot2(OP, E, IDX) S2_K_dot(OP, E, S2_N(E), 2, IDX)
#define SMESIM_SHAPE_s2_dot4(ID, OP, SET, E) S2_SHAPE(S2_K_dot4, ID, OP, SET, E, 0)
#define SMESIM_SHAPE_s2_dot2(ID, OP, SET, E) S2_SHAPE(S2_K_dot2, ID, OP, SET, E, 0)
#define SMESIM_SHAPE_s2_dot4x(ID, OP, SET, E) S2_SHAPE(S2_K_dot4, ID, OP, SET, E, a->idx + 1)
#define SMESIM_SHAPE_s2_dot2x(ID, OP, SET, E) S2_SHAPE(S2_K_dot2, ID, OP, SET, E, a->idx + 1)

/* mmla: SMMLA/UMMLA/USMMLA.  In each 128-bit segment Zd is a 2x2 matrix of
 * words (row-major), Zn a 2x8 matrix of bytes and Zm the transpose of an
 * 8x2 one: zd[r][c] += sum over k of zn[r][k] * zm[c][k] (MatMulAdd).
 *                                                        members: zd zn zm */
#define S2_K_mmla(OP, E)                                                                  \
    unsigned n = S2_VL(cpu) >> 2;                                                         \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd], *zn = cpu->z[a->zn], *zm = cpu->z[a->zm]; \
    for (unsigned s = 0; s < n; s += 4)                                                   \
        for (unsigned r = 0; r < 2; r++)                                                  \
            for (unsigned c = 0; c < 2; c++) {                                            \
                uint32_t acc = S2_GET(2, zd, s + 2 * r + c);                              \
                for (unsigned k = 0; k < 8; k++)                                          \
                    acc += (uint32_t)OP(2, 0, S2_GET(0, zn, 4 * s + 8 * r + k),           \
                                        S2_GET(0, zm, 4 * s + 8 * c + k));                \
                S2_PUT(2, res, s + 2 * r + c, acc);                                       \
            }                                                                             \
    memcpy(cpu->z[a->zd], res, (size_t)n << 2);                                           \
    rec->active = n;                                                                      \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_mmla(ID, OP, SET, E) S2_SHAPE(S2_K_mmla, ID, OP, SET, E)

/* ---- complex integer.  CMLA/SQRDCMLAH (pseudocode): with rot in 0..3,
 *   sel_a = rot<0>, sel_b = NOT rot<0>, sub_r = rot<0> != rot<1>, sub_i = rot<1>
 *   re = acc_re -+ n[2e+sel_a] * m[2e+sel_a];  im = acc_im -+ n[2e+sel_a] * m[2e+sel_b]
 * OP(E, acc, x, y, sub) is one of the two; the indexed forms take the pair
 * m[s + 2*idx ...] of the segment.              members: zd zn zm rot [idx] */
#define SMESIM_OP_s2_cmla(E, acc, x, y, sub)                                              \
    ((sub) ? SMESIM_OP_s2_mls(E, acc, x, y) : SMESIM_OP_s2_mla(E, acc, x, y))
#define SMESIM_OP_s2_sqrdcmlah(E, acc, x, y, sub)                                         \
    ((sub) ? SMESIM_OP_s2_sqrdmlsh(E, acc, x, y) : SMESIM_OP_s2_sqrdmlah(E, acc, x, y))
#define S2_K_cmla(OP, E, IDX)                                                             \
    unsigned n = S2_VL(cpu) >> (E), seg = 16u >> (E);                                     \
    unsigned rot = (unsigned)a->rot / 90, sa = rot & 1, sb = sa ^ 1;                      \
    int sub_r = (rot & 1) != (rot >> 1), sub_i = (int)(rot >> 1);                         \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd], *zn = cpu->z[a->zn], *zm = cpu->z[a->zm]; \
    for (unsigned i = 0; i < n; i += 2) {                                                 \
        unsigned j = (IDX) ? i - i % seg + 2 * ((unsigned)(IDX) - 1) : i;                 \
        S2_U(E) x = S2_GET(E, zn, i + sa);                                                \
        S2_PUT(E, res, i, OP(E, S2_GET(E, zd, i), x, S2_GET(E, zm, j + sa), sub_r));      \
        S2_PUT(E, res, i + 1, OP(E, S2_GET(E, zd, i + 1), x, S2_GET(E, zm, j + sb), sub_i)); \
    }                                                                                     \
    memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                         \
    rec->active = n;                                                                      \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_cmla(ID, OP, SET, E) S2_SHAPE(S2_K_cmla, ID, OP, SET, E, 0)
#define SMESIM_SHAPE_s2_cmlax(ID, OP, SET, E) S2_SHAPE(S2_K_cmla, ID, OP, SET, E, a->idx + 1)

/* CDOT (pseudocode): per wide element e and i in 0..1, quarter-size
 *   res += n_re * m[4e+2i+sel_a] -+ n_im * m[4e+2i+sel_b]
 * with sel_a = rot<0>, sel_b = NOT rot<0>, minus when rot<0> == rot<1>;
 * the indexed forms read m at 4*(s+idx).   members: zd zn zm rot [idx] */
#define S2_K_cdot(OP, E, IDX)                                                             \
    unsigned n = S2_VL(cpu) >> (E), seg = 16u >> (E);                                     \
    unsigned rot = (unsigned)a->rot / 90, sa = rot & 1, sb = sa ^ 1;                      \
    int sub = (rot & 1) == (rot >> 1);                                                    \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd], *zn = cpu->z[a->zn], *zm = cpu->z[a->zm]; \
    for (unsigned e = 0; e < n; e++) {                                                    \
        unsigned j = (IDX) ? e - e % seg + (unsigned)(IDX) - 1 : e;                       \
        S2_U(E) r = S2_GET(E, zd, e);                                                     \
        for (unsigned i = 0; i < 2; i++) {                                                \
            S2_W(E) nr = S2_SX(E, S2_Q(E), S2_GET(S2_Q(E), zn, 4 * e + 2 * i));           \
            S2_W(E) ni = S2_SX(E, S2_Q(E), S2_GET(S2_Q(E), zn, 4 * e + 2 * i + 1));       \
            S2_W(E) ma = S2_SX(E, S2_Q(E), S2_GET(S2_Q(E), zm, 4 * j + 2 * i + sa));      \
            S2_W(E) mb = S2_SX(E, S2_Q(E), S2_GET(S2_Q(E), zm, 4 * j + 2 * i + sb));      \
            r += (S2_U(E))(nr * ma);                                                      \
            r += (S2_U(E))(sub ? -(ni * mb) : ni * mb);                                   \
        }                                                                                 \
        S2_PUT(E, res, e, r);                                                             \
    }                                                                                     \
    memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                         \
    rec->active = n;                                                                      \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_cdotx(ID, OP, SET, E) S2_SHAPE(S2_K_cdot, ID, OP, SET, E, a->idx + 1)

/* CADD/SQCADD: rot 90: re = a_re - b_im, im = a_im + b_re; rot 270 the
 * other way.  OP(E, x, y, sub).                    members: zdn zm rot */
#define SMESIM_OP_s2_cadd(E, x, y, sub) ((sub) ? (x) - (y) : (x) + (y))
#define SMESIM_OP_s2_sqcadd(E, x, y, sub)                                                 \
    ((sub) ? SMESIM_OP_s2_sqsub(E, x, y) : SMESIM_OP_s2_sqadd(E, x, y))
#define S2_K_cadd(OP, E)                                                                  \
    unsigned n = S2_VL(cpu) >> (E);                                                       \
    int r270 = a->rot == 270;                                                             \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *z1 = cpu->z[a->zdn], *z2 = cpu->z[a->zm];                              \
    for (unsigned i = 0; i < n; i += 2) {                                                 \
        S2_PUT(E, res, i, OP(E, S2_GET(E, z1, i), S2_GET(E, z2, i + 1), !r270));          \
        S2_PUT(E, res, i + 1, OP(E, S2_GET(E, z1, i + 1), S2_GET(E, z2, i), r270));       \
    }                                                                                     \
    memcpy(cpu->z[a->zdn], res, (size_t)n << (E));                                        \
    rec->active = n;                                                                      \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_cadd(ID, OP, SET, E) S2_SHAPE(S2_K_cadd, ID, OP, SET, E)

/* ---- narrowing into the even (bottom: the odd ones become 0) or odd (top:
 * the even ones are kept) half-size elements of Zd.  Worked on wide
 * elements: zd[i] = T ? zd[i] with its high half OP(...) : OP(...) */
#define S2_NARROW_PUT(E, T, zd, res, i, v)                                                \
    do {                                                                                  \
        S2_U(E) lo_ = (T) ? S2_GET(E, zd, i) & (S2_U(E))s2_ones(S2_BITS(E) / 2) : 0;      \
        S2_PUT(E, res, i, lo_ | (S2_U(E))((S2_U(E))((S2_U(S2_N(E)))(v)) << ((T) ? S2_BITS(E) / 2 : 0))); \
    } while (0)

/* hn: ADDHNB ... RSUBHNT: the high half of e1 +- e2 [+ 1 << (esize/2 - 1)],
 * modulo 2^esize.  OP(E, x, y)                          members: zd zn zm */
#define SMESIM_OP_s2_addhn(E, x, y) ((S2_U(E))((x) + (y)) >> S2_BITS(E) / 2)
#define SMESIM_OP_s2_raddhn(E, x, y)                                                      \
    ((S2_U(E))((x) + (y) + ((S2_U(E))1 << (S2_BITS(E) / 2 - 1))) >> S2_BITS(E) / 2)
#define SMESIM_OP_s2_subhn(E, x, y) ((S2_U(E))((x) - (y)) >> S2_BITS(E) / 2)
#define SMESIM_OP_s2_rsubhn(E, x, y)                                                      \
    ((S2_U(E))((x) - (y) + ((S2_U(E))1 << (S2_BITS(E) / 2 - 1))) >> S2_BITS(E) / 2)
#define S2_K_hn(OP, E, T)                                                                 \
    unsigned n = S2_VL(cpu) >> (E);                                                       \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd], *zn = cpu->z[a->zn], *zm = cpu->z[a->zm]; \
    for (unsigned i = 0; i < n; i++)                                                      \
        S2_NARROW_PUT(E, T, zd, res, i, OP(E, S2_GET(E, zn, i), S2_GET(E, zm, i)));       \
    memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                         \
    rec->active = n;                                                                      \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_hn_b(ID, OP, SET, E) S2_SHAPE(S2_K_hn, ID, OP, SET, E, 0)
#define SMESIM_SHAPE_s2_hn_t(ID, OP, SET, E) S2_SHAPE(S2_K_hn, ID, OP, SET, E, 1)

/* shrn: SHRNB ... UQRSHRNT: OP(E, x, sh) of a wide element x (its bits,
 * zero-extended), sh in 1 .. esize/2; xtn: SQXTNB ... SQXTUNT: OP(E, x, 0).
 * Signed: SInt(x) >> sh [rounded], SignedSat or UnsignedSat (SQSHRUN) to
 * the half size; unsigned: UInt(x) >> sh [rounded], UnsignedSat, compared
 * in 64 bits (a 64-bit element shifted by 1 does not fit a signed type).
 *                                                       members: zd zn [sh] */
#define S2_NSAT_S(E, v) S2_SSAT(S2_N(E), (S2_W(S2_N(E)))(v))
#define S2_NSAT_SU(E, v) S2_USAT(S2_N(E), (S2_W(S2_N(E)))(v))
#define S2_NSAT_U(E, v) ((v) > s2_ones(S2_BITS(E) / 2) ? s2_ones(S2_BITS(E) / 2) : (v))
#define S2_SINT(E, x) s2_sext(x, S2_BITS(E))
#define SMESIM_OP_s2_shrn(E, x, sh) s2_lsr(x, sh)
#define SMESIM_OP_s2_rshrn(E, x, sh) s2_urshr(x, sh)
#define SMESIM_OP_s2_sqshrn(E, x, sh) S2_NSAT_S(E, s2_asr(S2_SINT(E, x), sh))
#define SMESIM_OP_s2_sqrshrn(E, x, sh) S2_NSAT_S(E, s2_srshr(S2_SINT(E, x), sh))
#define SMESIM_OP_s2_sqshrun(E, x, sh) S2_NSAT_SU(E, s2_asr(S2_SINT(E, x), sh))
#define SMESIM_OP_s2_sqrshrun(E, x, sh) S2_NSAT_SU(E, s2_srshr(S2_SINT(E, x), sh))
#define SMESIM_OP_s2_uqshrn(E, x, sh) S2_NSAT_U(E, s2_lsr(x, sh))
#define SMESIM_OP_s2_uqrshrn(E, x, sh) S2_NSAT_U(E, s2_urshr(x, sh))
#define SMESIM_OP_s2_sqxtn(E, x, sh) S2_NSAT_S(E, S2_SINT(E, x))
#define SMESIM_OP_s2_sqxtun(E, x, sh) S2_NSAT_SU(E, S2_SINT(E, x))
#define SMESIM_OP_s2_uqxtn(E, x, sh) S2_NSAT_U(E, (uint64_t)(x))
#define S2_K_shrn(OP, E, T, SH)                                                           \
    unsigned n = S2_VL(cpu) >> (E);                                                       \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd], *zn = cpu->z[a->zn];                 \
    for (unsigned i = 0; i < n; i++)                                                      \
        S2_NARROW_PUT(E, T, zd, res, i, OP(E, (uint64_t)S2_GET(E, zn, i), SH));           \
    memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                         \
    rec->active = n;                                                                      \
    return SMESIM_OK;

/* shr2: SVE2.1 SQRSHRN ... SQCVTUN of a pair of .s vectors to .h, the
 * elements of Zn at the even and of Zn+1 at the odd places.
 *                                                       members: zd zn [sh] */
#define S2_K_shr2(OP, E, SH)                                                              \
    unsigned n = S2_VL(cpu) >> 2;                                                         \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *z0 = cpu->z[a->zn], *z1 = cpu->z[(a->zn + 1) & 31];                    \
    for (unsigned i = 0; i < n; i++) {                                                    \
        S2_PUT(1, res, 2 * i, OP(2, (uint64_t)S2_GET(2, z0, i), SH));                     \
        S2_PUT(1, res, 2 * i + 1, OP(2, (uint64_t)S2_GET(2, z1, i), SH));                 \
    }                                                                                     \
    memcpy(cpu->z[a->zd], res, (size_t)n << 2);                                           \
    rec->active = 2 * n;                                                                  \
    return SMESIM_OK;
#define SMESIM_SHAPE_s2_shr2(ID, OP, SET, E) S2_SHAPE(S2_K_shr2, ID, OP, SET, E, a->sh)

/* ---- shifts by immediate */
/* SSRA ... URSRA, SRI, SLI: zd[i] = OP(E, zd[i], zn[i], sh)  members: zd zn sh */
#define SMESIM_OP_s2_ssra(E, acc, x, sh) ((acc) + (uint64_t)s2_asr(S2_SX(E, E, x), sh))
#define SMESIM_OP_s2_usra(E, acc, x, sh) ((acc) + s2_lsr(x, sh))
#define SMESIM_OP_s2_srsra(E, acc, x, sh) ((acc) + (uint64_t)s2_srshr(S2_SX(E, E, x), sh))
#define SMESIM_OP_s2_ursra(E, acc, x, sh) ((acc) + s2_urshr(x, sh))
/* SRI: the bits (Ones(esize) >> sh) of Zd come from Zn >> sh; SLI: the bits
 * (Ones(esize) << sh) from Zn << sh */
#define SMESIM_OP_s2_sri(E, acc, x, sh)                                                   \
    (((acc) & ~s2_lsr(s2_ones(S2_BITS(E)), sh)) | s2_lsr(x, sh))
#define SMESIM_OP_s2_sli(E, acc, x, sh) (((acc) & ~s2_lsl(s2_ones(S2_BITS(E)), sh)) | s2_lsl(x, sh))
#define S2_K_shacc(OP, E)                                                                 \
    unsigned n = S2_VL(cpu) >> (E);                                                       \
    uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd];                                            \
    const uint8_t *zn = cpu->z[a->zn];                                                    \
    int64_t sh = a->sh;                                                                   \
    for (unsigned i = 0; i < n; i++)                                                      \
        S2_PUT(E, zd, i, OP(E, (uint64_t)S2_GET(E, zd, i), (uint64_t)S2_GET(E, zn, i), sh)); \
    rec->active = n;                                                                      \
    return SMESIM_OK;

/* SSHLLB ... USHLLT: zd[i] = Extend(zn.h[2i+T]) << sh   members: zd zn sh */
#define SMESIM_OP_s2_sshll(E, x, sh) ((uint64_t)(int64_t)S2_XS(E, x) << (sh))
#define SMESIM_OP_s2_ushll(E, x, sh) ((uint64_t)S2_XU(E, x) << (sh))
#define S2_K_shll(OP, E, T)                                                               \
    unsigned n = S2_VL(cpu) >> (E);                                                       \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *zn = cpu->z[a->zn];                                                    \
    int64_t sh = a->sh;                                                                   \
    for (unsigned i = 0; i < n; i++)                                                      \
        S2_PUT(E, res, i, OP(E, S2_GET(S2_N(E), zn, 2 * i + (T)), sh));                   \
    memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                         \
    rec->active = n;                                                                      \
    return SMESIM_OK;

/* ADCLB ... SBCLT: for each pair, AddWithCarry(zd[2e], [NOT] zn[2e+T],
 * zm[2e+1]<0>) into zd[2e] and its carry into zd[2e+1].  OP(E, x) is the
 * operand (x, or NOT x for SBCL).                       members: zd zn zm */
#define SMESIM_OP_s2_adcl(E, x) (x)
#define SMESIM_OP_s2_sbcl(E, x) ((S2_U(E)) ~(x))
#define S2_K_adcl(OP, E, T)                                                               \
    unsigned n = S2_VL(cpu) >> (E);                                                       \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd], *zn = cpu->z[a->zn], *zm = cpu->z[a->zm]; \
    for (unsigned i = 0; i < n; i += 2) {                                                 \
        S2_U(E) acc = S2_GET(E, zd, i), x = (S2_U(E))OP(E, S2_GET(E, zn, i + (T)));       \
        S2_U(E) c = S2_GET(E, zm, i + 1) & 1;                                             \
        S2_U(E) r = (S2_U(E))(acc + x + c);                                               \
        S2_PUT(E, res, i, r);                                                             \
        S2_PUT(E, res, i + 1, c ? r <= acc : r < acc);                                    \
    }                                                                                     \
    memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                         \
    rec->active = n;                                                                      \
    return SMESIM_OK;

/* EORBT/EORTB: zd[2e+T] = zn[2e+T] ^ zm[2e+1-T], the other element kept
 *                                                        members: zd zn zm */
#define S2_K_eorx(OP, E, T)                                                               \
    unsigned n = S2_VL(cpu) >> (E);                                                       \
    uint8_t res[SMESIM_MAX_VL];                                                           \
    const uint8_t *zd SMESIM_UNUSED = cpu->z[a->zd], *zn = cpu->z[a->zn], *zm = cpu->z[a->zm]; \
    memcpy(res, zd, (size_t)n << (E));                                                    \
    for (unsigned i = 0; i < n; i += 2)                                                   \
        S2_PUT(E, res, i + (T), OP(E, S2_GET(E, zn, i + (T)), S2_GET(E, zm, i + 1 - (T)))); \
    memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                         \
    rec->active = n;                                                                      \
    return SMESIM_OK;
#define SMESIM_OP_s2_eor(E, a, b) ((a) ^ (b))
#define SMESIM_SHAPE_s2_eor_bt(ID, OP, SET, E) S2_SHAPE(S2_K_eorx, ID, OP, SET, E, 0)
#define SMESIM_SHAPE_s2_eor_tb(ID, OP, SET, E) S2_SHAPE(S2_K_eorx, ID, OP, SET, E, 1)

#endif
