/* sim/exec/shape_perm.h — loop shapes and operations of the SVE permute,
 * select and integer-compare families (x_perm): ZIP/UZP/TRN by an index
 * map, TBL/TBX, UNPK, SEL, the reversals within an element, and the
 * compares into a predicate with PredTest flags.  Bodies that are their own
 * shape (DUP, EXT, LASTA, predicate ops, ...) are sim/exec/sve_perm*.c and
 * sim/exec/sve_pred*.c; the predicate bit-group helpers they share are here.
 */
#ifndef SMESIM_SHAPE_PERM_H
#define SMESIM_SHAPE_PERM_H

#include "sim/exec/shapes.h"

/* Runs M(E) with the element size as a constant 0..3, so that a body's
 * element loop is over a fixed type (as a shape's is). */
#define PERM_BY_ESZ(esz, M)   \
    switch (esz) {            \
    case 0: M(0); break;      \
    case 1: M(1); break;      \
    case 2: M(2); break;      \
    default: M(3); break;     \
    }

/* ---- predicate bit groups: element e of 2^esz-byte elements owns the
 * 2^esz predicate bits from bit e << esz (the Arm ARM's Elem[p, e, psize]);
 * permutes of predicates move whole groups, not just the lowest bit. */
static inline unsigned perm_pgrp_get(const uint8_t *p, unsigned esz, unsigned e)
{
    unsigned bit = e << esz, w = 1u << esz;
    return (p[bit >> 3] >> (bit & 7)) & ((1u << w) - 1);
}

static inline void perm_pgrp_set(uint8_t *p, unsigned esz, unsigned e, unsigned v)
{
    unsigned bit = e << esz, w = 1u << esz, m = ((1u << w) - 1) << (bit & 7);
    p[bit >> 3] = (uint8_t)((p[bit >> 3] & ~m) | ((v << (bit & 7)) & m));
}

/* P[d, PL] = res: the bytes above PL are not visible; kept zero */
static inline void perm_pwrite(smesim_cpu *cpu, int64_t pd, const uint8_t *res)
{
    unsigned pl = smesim_cpu_vl(cpu) / 8;
    memcpy(cpu->p[pd], res, pl);
    memset(cpu->p[pd] + pl, 0, sizeof cpu->p[0] - pl);
}

/* LastActiveElement(mask, esize) over n elements: -1 when none is active */
static inline int perm_last_active(const uint8_t *mask, unsigned esz, unsigned n)
{
    for (int e = (int)n - 1; e >= 0; e--)
        if (pred_active(mask, esz, (unsigned)e)) return e;
    return -1;
}

/* the number of active elements of mask among n */
static inline unsigned perm_count_active(const uint8_t *mask, unsigned esz, unsigned n)
{
    unsigned c = 0;
    for (unsigned e = 0; e < n; e++) c += (unsigned)pred_active(mask, esz, e);
    return c;
}

/* The WHILE comparisons: how many elements of n are true, counting from
 * element 0 (incrementing: LT, LE, LO, LS) or from the last (dec: GE, GT,
 * HS, HI).  operand1 steps by one at `bits` (32 or 64) and is compared,
 * signed or unsigned (u), with operand2; `last` stays false after the
 * first false comparison, so the true elements are a prefix or a suffix. */
static inline unsigned perm_while_count(uint64_t op1, uint64_t op2, unsigned bits, int u, int eq,
                                        int dec, unsigned n)
{
    uint64_t mask = bits == 64 ? ~(uint64_t)0 : 0xffffffffu, sign = (uint64_t)1 << (bits - 1);
    uint64_t a = op1 & mask, y = (op2 & mask) ^ (u ? 0 : sign);   /* signed order as unsigned */
    unsigned c = 0;
    for (; c < n; c++) {
        uint64_t x = a ^ (u ? 0 : sign);
        int cond = dec ? (eq ? x >= y : x > y) : (eq ? x <= y : x < y);
        if (!cond) break;
        a = (dec ? a - 1 : a + 1) & mask;
    }
    return c;
}

/* V[d, esize] = x: a SIMD&FP write zeroes the rest of the Z register */
static inline void perm_vwrite(smesim_cpu *cpu, int64_t d, unsigned esz, uint64_t x)
{
    memset(cpu->z[d], 0, sizeof cpu->z[0]);
    elem_set(cpu->z[d], esz, 0, x);
}

/* ---- ZIP, UZP, TRN: zd[i] = (zn, zm)[OP(E, i, n)], an index into the
 * 2n elements of zn followed by zm (n = VL / esize).  Both sources are
 * read before zd is written (zd may be either).     members: zd zn zm */
#define SMESIM_SHAPE_perm_zz(ID, OP, SET, E)                                              \
    SMESIM_SHAPE_FN(ID, E)                                                                \
    {                                                                                     \
        SMESIM_SHAPE_ARGS(SET);                                                           \
        unsigned vl = smesim_cpu_vl(cpu), n = vl >> (E);                                  \
        uint8_t cat[2 * SMESIM_MAX_VL], res[SMESIM_MAX_VL];                               \
        memcpy(cat, cpu->z[a->zn], vl);                                                   \
        memcpy(cat + vl, cpu->z[a->zm], vl);                                              \
        for (unsigned i = 0; i < n; i++)                                                  \
            SMESIM_PUT(E, res, i, SMESIM_GET(E, cat, OP(E, i, n)));                       \
        memcpy(cpu->z[a->zd], res, vl);                                                   \
        rec->active = n;                                                                  \
        return SMESIM_OK;                                                                 \
    }
/* ZIP1/ZIP2 (vectors): result[2p] = op1[base+p], result[2p+1] = op2[base+p],
 * base = part * n/2 */
#define SMESIM_OP_zip1(E, i, n) (((i) & 1) * (n) + ((i) >> 1))
#define SMESIM_OP_zip2(E, i, n) (((i) & 1) * (n) + ((n) >> 1) + ((i) >> 1))
/* UZP1/UZP2: result[e] = (op2:op1)[2e + part] */
#define SMESIM_OP_uzp1(E, i, n) (2 * (i))
#define SMESIM_OP_uzp2(E, i, n) (2 * (i) + 1)
/* TRN1/TRN2: result[2p] = op1[2p + part], result[2p+1] = op2[2p + part] */
#define SMESIM_OP_trn1(E, i, n) (((i) & 1) * (n) + ((i) & ~1u))
#define SMESIM_OP_trn2(E, i, n) (((i) & 1) * (n) + ((i) & ~1u) + 1)

/* ---- TBL, TBL (two tables), TBX: zd[i] = table[zm[i]] when the index is
 * below the table's elements, else 0 (TBL) or zd[i] kept (TBX).  The table
 * is zn, or zn and zn+1 mod 32 (the Arm ARM's TBL, TBX).
 * OP(E, 0) is the number of table registers, OP(E, 1) whether zd is kept.
 *                                                    members: zd zn zm */
#define SMESIM_SHAPE_perm_tbl(ID, OP, SET, E)                                             \
    SMESIM_SHAPE_FN(ID, E)                                                                \
    {                                                                                     \
        SMESIM_SHAPE_ARGS(SET);                                                           \
        unsigned vl = smesim_cpu_vl(cpu), n = vl >> (E), tn = (OP(E, 0)) * n;             \
        uint8_t tab[2 * SMESIM_MAX_VL], res[SMESIM_MAX_VL];                               \
        memcpy(tab, cpu->z[a->zn], vl);                                                   \
        if ((OP(E, 0)) == 2) memcpy(tab + vl, cpu->z[(a->zn + 1) & 31], vl);              \
        memcpy(res, cpu->z[a->zd], vl);                                                   \
        const uint8_t *zm = cpu->z[a->zm];                                                \
        for (unsigned i = 0; i < n; i++) {                                                \
            SMESIM_U(E) idx = SMESIM_GET(E, zm, i);                                       \
            if (idx < tn) SMESIM_PUT(E, res, i, SMESIM_GET(E, tab, idx));                 \
            else if (!(OP(E, 1))) SMESIM_PUT(E, res, i, 0);                               \
        }                                                                                 \
        memcpy(cpu->z[a->zd], res, vl);                                                   \
        rec->active = n;                                                                  \
        return SMESIM_OK;                                                                 \
    }
#define SMESIM_OP_tbl(E, k) ((k) == 0 ? 1 : 0)
#define SMESIM_OP_tbl2(E, k) ((k) == 0 ? 2 : 0)
#define SMESIM_OP_tbx(E, k) ((k) == 0 ? 1 : 1)

/* ---- SUNPK/UUNPK (HI, LO): zd[i] = Extend(zn[base + i]) from esize/2,
 * base = hi ? n : 0 counted in half-size elements.  OP(E, 0) is hi,
 * OP(E, 1) unsigned.  E is 1..3 (E = 0 is never decoded; its instance
 * reads bytes so that it compiles).                  members: zd zn */
#define SMESIM_PERM_HGET(E, v, i) SMESIM_PERM_HGET_##E(v, i)      /* element of esize/2 */
#define SMESIM_PERM_HGET_0(v, i) smesim_get_0(v, i)
#define SMESIM_PERM_HGET_1(v, i) smesim_get_0(v, i)
#define SMESIM_PERM_HGET_2(v, i) smesim_get_1(v, i)
#define SMESIM_PERM_HGET_3(v, i) smesim_get_2(v, i)
#define SMESIM_PERM_HSEXT(E, x) SMESIM_PERM_HSEXT_##E(x)            /* sign-extended */
#define SMESIM_PERM_HSEXT_0(x) (int8_t)(x)
#define SMESIM_PERM_HSEXT_1(x) (int8_t)(x)
#define SMESIM_PERM_HSEXT_2(x) (int16_t)(x)
#define SMESIM_PERM_HSEXT_3(x) (int32_t)(x)
#define SMESIM_SHAPE_perm_unpk(ID, OP, SET, E)                                            \
    SMESIM_SHAPE_FN(ID, E)                                                                \
    {                                                                                     \
        SMESIM_SHAPE_ARGS(SET);                                                           \
        unsigned vl = smesim_cpu_vl(cpu), n = vl >> (E), base = (OP(E, 0)) ? n : 0;       \
        uint8_t src[SMESIM_MAX_VL], res[SMESIM_MAX_VL];                                   \
        memcpy(src, cpu->z[a->zn], vl);                                                   \
        for (unsigned i = 0; i < n; i++) {                                                \
            uint64_t h = SMESIM_PERM_HGET(E, src, base + i);                              \
            if (OP(E, 1)) SMESIM_PUT(E, res, i, h);                                       \
            else SMESIM_PUT(E, res, i, SMESIM_PERM_HSEXT(E, h));                          \
        }                                                                                 \
        memcpy(cpu->z[a->zd], res, vl);                                                   \
        rec->active = n;                                                                  \
        return SMESIM_OK;                                                                 \
    }
#define SMESIM_OP_sunpklo(E, k) ((k) == 0 ? 0 : 0)
#define SMESIM_OP_sunpkhi(E, k) ((k) == 0 ? 1 : 0)
#define SMESIM_OP_uunpklo(E, k) ((k) == 0 ? 0 : 1)
#define SMESIM_OP_uunpkhi(E, k) ((k) == 0 ? 1 : 1)

/* ---- SEL (vectors): zd[i] = pg[i] ? zn[i] : zm[i]  members: zd pg zn zm */
#define SMESIM_SHAPE_perm_sel(ID, OP, SET, E)                                             \
    SMESIM_SHAPE_FN(ID, E)                                                                \
    {                                                                                     \
        SMESIM_SHAPE_ARGS(SET);                                                           \
        unsigned vl = smesim_cpu_vl(cpu), n = vl >> (E), active = 0;                      \
        uint8_t res[SMESIM_MAX_VL];                                                       \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm], *pg = cpu->p[a->pg];      \
        for (unsigned i = 0; i < n; i++) {                                                \
            int on = pred_active(pg, (E), i);                                             \
            active += (unsigned)on;                                                       \
            SMESIM_PUT(E, res, i, OP(E, on, SMESIM_GET(E, zn, i), SMESIM_GET(E, zm, i))); \
        }                                                                                 \
        memcpy(cpu->z[a->zd], res, vl);                                                   \
        rec->active = active;                                                             \
        return SMESIM_OK;                                                                 \
    }
#define SMESIM_OP_sel(E, on, a, b) ((on) ? (a) : (b))

/* ---- REVB, REVH, REVW, RBIT: predicated unary, merging.
 *   zd[i] = pg[i] ? OP(E, zn[i]) : zd[i]     members: zd pg zn */
#define SMESIM_SHAPE_perm_zpz_m(ID, OP, SET, E)                                           \
    SMESIM_SHAPE_FN(ID, E)                                                                \
    {                                                                                     \
        SMESIM_SHAPE_ARGS(SET);                                                           \
        unsigned vl = smesim_cpu_vl(cpu), n = vl >> (E), active = 0;                      \
        uint8_t src[SMESIM_MAX_VL];                                                       \
        uint8_t *zd = cpu->z[a->zd];                                                      \
        const uint8_t *pg = cpu->p[a->pg];                                                \
        memcpy(src, cpu->z[a->zn], vl);                                                   \
        for (unsigned i = 0; i < n; i++) {                                                \
            if (!pred_active(pg, (E), i)) continue;                                       \
            active++;                                                                     \
            SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, src, i)));                           \
        }                                                                                 \
        rec->active = active;                                                             \
        return SMESIM_OK;                                                                 \
    }
/* Reverse(element, swsize): the containers of 2^c bytes (c < E) of an
 * element of 2^E bytes in reverse order; RBIT reverses single bits. */
static inline uint64_t perm_reverse(uint64_t x, unsigned e, unsigned c)
{
    unsigned n = 1u << (e - c), w = 8u << c;
    uint64_t m = w == 64 ? ~(uint64_t)0 : ((uint64_t)1 << w) - 1, r = 0;
    for (unsigned k = 0; k < n; k++) r |= ((x >> (k * w)) & m) << ((n - 1 - k) * w);
    return r;
}
static inline uint64_t perm_rbit(uint64_t x, unsigned e)
{
    uint64_t r = 0;
    unsigned bits = 8u << e;
    for (unsigned k = 0; k < bits; k++) r |= ((x >> k) & 1) << (bits - 1 - k);
    return r;
}
#define SMESIM_OP_revb(E, x) ((E) >= 1 ? perm_reverse((x), (E), 0) : (uint64_t)(x))
#define SMESIM_OP_revh(E, x) ((E) >= 2 ? perm_reverse((x), (E), 1) : (uint64_t)(x))
#define SMESIM_OP_revw(E, x) ((E) >= 3 ? perm_reverse((x), (E), 2) : (uint64_t)(x))
#define SMESIM_OP_rbit(E, x) perm_rbit((x), (E))

/* ---- integer compares into a predicate (the Arm ARM's CMP<cc> (vectors),
 * (wide elements), (immediate)):
 *   pd[i] = pg[i] && OP(E, sa, ua, sb, ub), NZCV = PredTest(pg, pd, esize)
 * where sa/ua are zn[i] sign/zero extended to 64 bits and sb/ub the second
 * operand: zm[i] (cmp_zz), the 64-bit element of zm holding element i
 * (cmp_zw), or the immediate (cmp_zi).  Inactive elements are 0.
 *                                                    members: pd pg zn zm imm */
#define SMESIM_PERM_CMP_LOOP(ID, OP, SET, E, B)                                           \
    SMESIM_SHAPE_FN(ID, E)                                                                \
    {                                                                                     \
        SMESIM_SHAPE_ARGS(SET);                                                           \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                               \
        uint8_t res[SMESIM_MAX_VL / 8], mask[SMESIM_MAX_VL / 8];                          \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];                           \
        (void)zm;                                                                         \
        memcpy(mask, cpu->p[a->pg], sizeof mask);                                         \
        memset(res, 0, sizeof res);                                                       \
        for (unsigned i = 0; i < n; i++) {                                                \
            if (!pred_active(mask, (E), i)) continue;                                     \
            active++;                                                                     \
            SMESIM_U(E) x = SMESIM_GET(E, zn, i);                                         \
            uint64_t ua = x, ub;                                                          \
            int64_t sa = (SMESIM_S(E))x, sb;                                              \
            B;                                                                            \
            (void)sa; (void)ua; (void)sb; (void)ub;                                       \
            if (OP(E, sa, ua, sb, ub)) pred_set(res, (E), i, 1);                          \
        }                                                                                 \
        perm_pwrite(cpu, a->pd, res);                                                     \
        cpu->nzcv = smesim_pred_test(mask, res, (E), n);                                  \
        rec->active = active;                                                             \
        return SMESIM_OK;                                                                 \
    }
#define SMESIM_SHAPE_cmp_zz(ID, OP, SET, E)                                               \
    SMESIM_PERM_CMP_LOOP(ID, OP, SET, E,                                                  \
                         { SMESIM_U(E) y = SMESIM_GET(E, zm, i); ub = y; sb = (SMESIM_S(E))y; })
#define SMESIM_SHAPE_cmp_zw(ID, OP, SET, E)                                               \
    SMESIM_PERM_CMP_LOOP(ID, OP, SET, E,                                                  \
                         { ub = SMESIM_GET(3, zm, i >> (3 - (E))); sb = (int64_t)ub; })
#define SMESIM_SHAPE_cmp_zi(ID, OP, SET, E)                                               \
    SMESIM_PERM_CMP_LOOP(ID, OP, SET, E, { sb = a->imm; ub = (uint64_t)a->imm; })
/* EQ and NE compare signed values (the pseudocode's unsigned = FALSE):
 * it matters for the wide and immediate forms */
#define SMESIM_OP_cmpeq(E, sa, ua, sb, ub) ((sa) == (sb))
#define SMESIM_OP_cmpne(E, sa, ua, sb, ub) ((sa) != (sb))
#define SMESIM_OP_cmpgt(E, sa, ua, sb, ub) ((sa) > (sb))
#define SMESIM_OP_cmpge(E, sa, ua, sb, ub) ((sa) >= (sb))
#define SMESIM_OP_cmplt(E, sa, ua, sb, ub) ((sa) < (sb))
#define SMESIM_OP_cmple(E, sa, ua, sb, ub) ((sa) <= (sb))
#define SMESIM_OP_cmphi(E, sa, ua, sb, ub) ((ua) > (ub))
#define SMESIM_OP_cmphs(E, sa, ua, sb, ub) ((ua) >= (ub))
#define SMESIM_OP_cmplo(E, sa, ua, sb, ub) ((ua) < (ub))
#define SMESIM_OP_cmpls(E, sa, ua, sb, ub) ((ua) <= (ub))

#endif
