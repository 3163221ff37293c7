/* sim/exec/sve_perm_pred.c — SVE permutes of predicates: ZIP/UZP/TRN, REV,
 * PUNPKLO/PUNPKHI, and the SVE2.1 PMOV between a predicate and a part of a
 * vector.  Predicate elements are groups of esize/8 bits, moved whole.
 */
#include "sim/exec/exec.h"
#include "sim/exec/shape_perm.h"

/* zip1 p0.s, p1.s, p2.s (ZIP1/ZIP2, UZP1/UZP2, TRN1/TRN2 (predicates)):
 * Elem[result, i, esize DIV 8] = (Pn, Pm)[src(i)], the index maps of the
 * vector forms (shape_perm.h).  op: 0 ZIP1 ... 5 TRN2 */
EXEC(PPERM)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 };
    const uint8_t *pn = cpu->p[F.pn], *pm = cpu->p[F.pm];
    for (unsigned i = 0; i < n; i++) {
        unsigned s;
        switch (F.op) {
        case 0: s = SMESIM_OP_zip1(esz, i, n); break;
        case 1: s = SMESIM_OP_zip2(esz, i, n); break;
        case 2: s = SMESIM_OP_uzp1(esz, i, n); break;
        case 3: s = SMESIM_OP_uzp2(esz, i, n); break;
        case 4: s = SMESIM_OP_trn1(esz, i, n); break;
        default: s = SMESIM_OP_trn2(esz, i, n); break;
        }
        perm_pgrp_set(res, esz, i, s < n ? perm_pgrp_get(pn, esz, s) : perm_pgrp_get(pm, esz, s - n));
    }
    perm_pwrite(cpu, F.pd, res);
    rec->active = n;
    return SMESIM_OK;
}

/* rev p0.s, p1.s (REV (predicate)): Reverse(operand, esize DIV 8) */
EXEC(REV_p)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 };
    const uint8_t *pn = cpu->p[F.pn];
    for (unsigned i = 0; i < n; i++) perm_pgrp_set(res, esz, i, perm_pgrp_get(pn, esz, n - 1 - i));
    perm_pwrite(cpu, F.pd, res);
    rec->active = n;
    return SMESIM_OK;
}

/* punpklo p0.h, p1.b (PUNPKLO/PUNPKHI): halfword element e is
 * PredicateElement(operand, e (+ elements for HI), 8), zero-extended */
EXEC(PUNPK)
{
    unsigned n = smesim_cpu_vl(cpu) >> 1, base = F.hi ? n : 0;
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 };
    const uint8_t *pn = cpu->p[F.pn];
    for (unsigned e = 0; e < n; e++) pred_set(res, 1, e, pred_active(pn, 0, base + e));
    perm_pwrite(cpu, F.pd, res);
    rec->active = n;
    return SMESIM_OK;
}

/* pmov p0.s, z1[2] (PMOV (to predicate)): predicate element e is bit
 * elements * imm + e of Zn */
EXEC(PMOV_pz)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 };
    const uint8_t *z = cpu->z[F.zn];
    for (unsigned e = 0; e < n; e++) {
        unsigned bit = n * (unsigned)F.idx + e;
        pred_set(res, esz, e, (z[bit >> 3] >> (bit & 7)) & 1);
    }
    perm_pwrite(cpu, F.pd, res);
    rec->active = n;
    return SMESIM_OK;
}

/* pmov z0[2], p1.s (PMOV (to vector)): bit elements * imm + e of Zd is
 * PredicateElement(Pn, e, esize); Zd starts from zero when imm is 0, else
 * keeps its other bits */
EXEC(PMOV_zp)
{
    unsigned esz = (unsigned)F.esz, vl = smesim_cpu_vl(cpu), n = vl >> esz;
    uint8_t *z = cpu->z[F.zn];
    const uint8_t *p = cpu->p[F.pd];
    uint8_t pr[SMESIM_MAX_VL / 8];
    memcpy(pr, p, sizeof pr);
    if (F.idx == 0) memset(z, 0, vl);
    for (unsigned e = 0; e < n; e++) {
        unsigned bit = n * (unsigned)F.idx + e;
        uint8_t m = (uint8_t)(1u << (bit & 7));
        z[bit >> 3] = (uint8_t)(pred_active(pr, esz, e) ? z[bit >> 3] | m : z[bit >> 3] & ~m);
    }
    rec->active = n;
    return SMESIM_OK;
}
