/* sim/exec/sme_mova.c — MOVA between a ZA tile slice and a Z register, both
 * directions, every element size (.b .h .s .d .q), merging under the
 * governing predicate (LLVM prints both as MOV), and SME2.1's MOVAZ (tile
 * slice to vector, then the slice zeroed).  The multi-vector forms are
 * SME2's (another family).
 */
#include "sim/exec/exec.h"

/* mov z0.s, p0/m, za1h.s[w12, 3] */
EXEC(MOVA_tv)
{
    unsigned esz = (unsigned)F.esz, dim = cpu->svl >> esz;
    unsigned slice = (unsigned)((xr(cpu, F.rv) + (uint64_t)F.off) % dim);
    const uint8_t *pg = cpu->p[F.pg];
    uint8_t *z = cpu->z[F.zd];
    unsigned active = 0;
    for (unsigned e = 0; e < dim; e++) {
        if (!pred_active(pg, esz, e)) continue;
        memcpy(z + ((size_t)e << esz), za_elem(cpu, esz, (unsigned)F.zan, (int)F.v, slice, e),
               (size_t)1 << esz);
        active++;
    }
    rec->active = active;
    return SMESIM_OK;
}

/* mov za1v.s[w13, 2], p1/m, z3.s */
EXEC(MOVA_vt)
{
    unsigned esz = (unsigned)F.esz, dim = cpu->svl >> esz;
    unsigned slice = (unsigned)((xr(cpu, F.rv) + (uint64_t)F.off) % dim);
    const uint8_t *pg = cpu->p[F.pg];
    const uint8_t *z = cpu->z[F.zn];
    unsigned active = 0;
    for (unsigned e = 0; e < dim; e++) {
        if (!pred_active(pg, esz, e)) continue;
        memcpy(za_elem(cpu, esz, (unsigned)F.zan, (int)F.v, slice, e), z + ((size_t)e << esz),
               (size_t)1 << esz);
        active++;
    }
    rec->active = active;
    return SMESIM_OK;
}

/* movaz z0.s, za1h.s[w12, 3]: MOVAZ (tile to vector, single):
 *   operand = ZAslice[n, esize, vertical, slice]; ZAslice[...] = Zeros; Z[d] = operand */
EXEC(MOVAZ)
{
    unsigned esz = (unsigned)F.esz, dim = cpu->svl >> esz;
    unsigned slice = (unsigned)((xr(cpu, F.rv) + (uint64_t)F.off) % dim);
    uint8_t *z = cpu->z[F.zd];
    for (unsigned e = 0; e < dim; e++) {
        uint8_t *p = za_elem(cpu, esz, (unsigned)F.zan, (int)F.v, slice, e);
        memcpy(z + ((size_t)e << esz), p, (size_t)1 << esz);
        memset(p, 0, (size_t)1 << esz);
    }
    rec->active = dim;
    return SMESIM_OK;
}
