/* sim/exec/sve_perm_elem.c — SVE predicated element moves: CPY of a scalar,
 * LASTA/LASTB, CLASTA/CLASTB (vector, SIMD&FP, general register), COMPACT,
 * SPLICE and REVD.  SEL and REVB/REVH/REVW/RBIT are shapes in
 * sim/exec/shape_perm.h.
 */
#include "sim/exec/exec.h"
#include "sim/exec/shape_perm.h"

/* Z[d] element e = pg ? v : Z[d] element e */
static void cpy_m(smesim_cpu *cpu, smesim_rec *rec, int64_t zd, int64_t pg, unsigned esz, uint64_t v)
{
    unsigned n = smesim_cpu_vl(cpu) >> esz;
    uint8_t *z = cpu->z[zd];
    const uint8_t *p = cpu->p[pg];
    rec->active = perm_count_active(p, esz, n);
#define CPY(E)                                                     \
    for (unsigned e = 0; e < n; e++)                               \
        if (pred_active(p, (E), e)) SMESIM_PUT(E, z, e, v)
    PERM_BY_ESZ(esz, CPY)
#undef CPY
}

/* mov z0.s, p0/m, s1 (CPY (SIMD&FP scalar)): V[n, esize] */
EXEC(CPY_v)
{
    cpy_m(cpu, rec, F.zd, F.pg, (unsigned)F.esz, elem_get(cpu->z[F.vn], (unsigned)F.esz, 0));
    return SMESIM_OK;
}

/* mov z0.s, p0/m, w1 (CPY (scalar)): X[n, esize], n = 31 is SP */
EXEC(CPY_r)
{
    cpy_m(cpu, rec, F.zd, F.pg, (unsigned)F.esz, xsp(cpu, F.rn));
    return SMESIM_OK;
}

/* The element LASTA (b = 0) or LASTB (b = 1) reads: after the last active
 * one (wrapping to 0), or the last active one (the last element when none
 * is active) */
static unsigned last_index(const uint8_t *mask, unsigned esz, unsigned n, int64_t b)
{
    int last = perm_last_active(mask, esz, n);
    if (b) return last < 0 ? n - 1 : (unsigned)last;
    last++;
    return (unsigned)last >= n ? 0 : (unsigned)last;
}

/* lasta s0, p0, z1.s (LASTA/LASTB (SIMD&FP scalar)): V[d, esize] */
EXEC(LAST_v)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    unsigned i = last_index(cpu->p[F.pg], esz, n, F.b);
    perm_vwrite(cpu, F.vd, esz, elem_get(cpu->z[F.zn], esz, i));
    rec->active = n;
    return SMESIM_OK;
}

/* lasta w0, p0, z1.s (LASTA/LASTB (scalar)): X[d, rsize] = ZeroExtend */
EXEC(LAST_r)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    unsigned i = last_index(cpu->p[F.pg], esz, n, F.b);
    xw(cpu, F.rd, elem_get(cpu->z[F.zn], esz, i));
    rec->active = n;
    return SMESIM_OK;
}

/* The element CLASTA (b = 0) or CLASTB (b = 1) reads, or -1 when no element
 * is active: after the last active one (wrapping), or the last active one */
static int clast_index(const uint8_t *mask, unsigned esz, unsigned n, int64_t b)
{
    int last = perm_last_active(mask, esz, n);
    if (last < 0 || b) return last;
    last++;
    return (unsigned)last >= n ? 0 : last;
}

/* clasta z0.s, p0, z0.s, z1.s (CLASTA/CLASTB (vectors)): every element of
 * Zdn becomes that element of Zm; Zdn is kept when none is active */
EXEC(CLAST_z)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    int i = clast_index(cpu->p[F.pg], esz, n, F.b);
    rec->active = n;
    if (i < 0) return SMESIM_OK;
    uint64_t v = elem_get(cpu->z[F.zm], esz, (unsigned)i);
    uint8_t *z = cpu->z[F.zd];
#define FILL(E) for (unsigned e = 0; e < n; e++) SMESIM_PUT(E, z, e, v)
    PERM_BY_ESZ(esz, FILL)
#undef FILL
    return SMESIM_OK;
}

/* clasta s0, p0, s0, z1.s (CLASTA/CLASTB (SIMD&FP scalar)):
 * V[dn, esize] = the element, or V[dn, esize] itself; either way the rest
 * of the register is zeroed by the write */
EXEC(CLAST_v)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    int i = clast_index(cpu->p[F.pg], esz, n, F.b);
    uint64_t v = i < 0 ? elem_get(cpu->z[F.vd], esz, 0) : elem_get(cpu->z[F.zm], esz, (unsigned)i);
    perm_vwrite(cpu, F.vd, esz, v);
    rec->active = n;
    return SMESIM_OK;
}

/* clasta w0, p0, w0, z1.s (CLASTA/CLASTB (scalar)): X[dn, csize] =
 * ZeroExtend(the element), or ZeroExtend(X[dn, esize]) when none is
 * active (csize = 32 below 64-bit elements) */
EXEC(CLAST_r)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    int i = clast_index(cpu->p[F.pg], esz, n, F.b);
    uint64_t v;
    if (i < 0) {
        v = xr(cpu, F.rd);
        if (esz < 3) v &= ((uint64_t)1 << (8u << esz)) - 1;
    } else {
        v = elem_get(cpu->z[F.zm], esz, (unsigned)i);
    }
    xw(cpu, F.rd, v);
    rec->active = n;
    return SMESIM_OK;
}

/* compact z0.s, p0, z1.s (COMPACT): the active elements packed from
 * element 0, the rest zero */
EXEC(COMPACT)
{
    unsigned esz = (unsigned)F.esz, vl = smesim_cpu_vl(cpu), n = vl >> esz, x = 0;
    uint8_t res[SMESIM_MAX_VL];
    const uint8_t *z = cpu->z[F.zn], *p = cpu->p[F.pg];
    memset(res, 0, vl);
    for (unsigned e = 0; e < n; e++)
        if (pred_active(p, esz, e)) elem_set(res, esz, x++, elem_get(z, esz, e));
    memcpy(cpu->z[F.zd], res, vl);
    rec->active = x;
    return SMESIM_OK;
}

/* SPLICE: the elements of op1 from the first to the last active one, then
 * op2's from element 0 to fill the vector */
static void splice(smesim_cpu *cpu, smesim_rec *rec, int64_t zd, int64_t pg, unsigned esz,
                   const uint8_t *op1, const uint8_t *op2)
{
    unsigned vl = smesim_cpu_vl(cpu), n = vl >> esz, x = 0;
    uint8_t res[SMESIM_MAX_VL];
    const uint8_t *p = cpu->p[pg];
    int lastnum = perm_last_active(p, esz, n), active = 0;
    for (int e = 0; e <= lastnum; e++) {
        active = active || pred_active(p, esz, (unsigned)e);
        if (active) elem_set(res, esz, x++, elem_get(op1, esz, (unsigned)e));
    }
    rec->active = x;
    for (unsigned e = 0; x < n; e++) elem_set(res, esz, x++, elem_get(op2, esz, e));
    memcpy(cpu->z[zd], res, vl);
}

/* splice z0.s, p0, z0.s, z1.s (SPLICE, destructive) */
EXEC(SPLICE)
{
    splice(cpu, rec, F.zd, F.pg, (unsigned)F.esz, cpu->z[F.zd], cpu->z[F.zm]);
    return SMESIM_OK;
}

/* splice z0.s, p0, {z1.s, z2.s} (SPLICE, constructive): Zn and Zn+1 mod 32 */
EXEC(SPLICE2)
{
    splice(cpu, rec, F.zd, F.pg, (unsigned)F.esz, cpu->z[F.zn], cpu->z[(F.zn + 1) & 31]);
    return SMESIM_OK;
}

/* revd z0.q, p0/m, z1.q (REVD): the two doublewords of each active
 * quadword swapped (Reverse(element, 64)), merging; the predicate bit of
 * quadword e is bit 16e */
EXEC(REVD)
{
    unsigned vl = smesim_cpu_vl(cpu), n = vl / 16, active = 0;
    uint8_t src[SMESIM_MAX_VL];
    uint8_t *z = cpu->z[F.zd];
    const uint8_t *p = cpu->p[F.pg];
    memcpy(src, cpu->z[F.zn], vl);
    for (unsigned e = 0; e < n; e++) {
        if (!pred_active(p, 4, e)) continue;
        active++;
        memcpy(z + 16 * e, src + 16 * e + 8, 8);
        memcpy(z + 16 * e + 8, src + 16 * e, 8);
    }
    rec->active = active;
    return SMESIM_OK;
}
