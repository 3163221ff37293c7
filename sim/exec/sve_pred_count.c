/* sim/exec/sve_pred_count.c — SVE counts of active predicate elements: CNTP
 * into a scalar, INCP/DECP of a scalar or of every element, and the
 * saturating SQINCP, UQINCP, SQDECP, UQDECP (scalar 32/64-bit and vector).
 * CNTP of a predicate-as-counter is sim/exec/sve_pred_counter.c.
 */
#include "sim/exec/exec.h"
#include "sim/exec/shape_perm.h"

/* cntp x0, p1, p2.s (CNTP (predicate)): active in both Pg and Pn */
EXEC(CNTP)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    uint64_t sum = 0;
    const uint8_t *pg = cpu->p[F.pg], *pn = cpu->p[F.pn];
    for (unsigned e = 0; e < n; e++) sum += (uint64_t)(pred_active(pg, esz, e) & pred_active(pn, esz, e));
    xw(cpu, F.rd, sum);
    rec->active = n;
    return SMESIM_OK;
}

/* count of the active elements of Pm */
static uint64_t pcount(const smesim_cpu *cpu, int64_t pm, int64_t esz)
{
    return perm_count_active(cpu->p[pm], (unsigned)esz, smesim_cpu_vl(cpu) >> esz);
}

/* incp x0, p1.s (INCP/DECP (scalar)): X[dn] +/- count, modulo 2^64 */
EXEC(INCP_x)
{
    uint64_t c = pcount(cpu, F.pm, F.esz), x = xr(cpu, F.rd);
    xw(cpu, F.rd, F.dec ? x - c : x + c);
    rec->active = smesim_cpu_vl(cpu) >> F.esz;
    return SMESIM_OK;
}

/* incp z0.s, p1.s (INCP/DECP (vector)): every element +/- count, modulo
 * 2^esize */
EXEC(INCP_z)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    uint64_t c = pcount(cpu, F.pm, esz);
    uint8_t *z = cpu->z[F.rd];
    uint64_t add = F.dec ? 0 - c : c;                      /* modulo 2^esize either way */
#define ADD(E) for (unsigned e = 0; e < n; e++) SMESIM_PUT(E, z, e, SMESIM_GET(E, z, e) + add)
    PERM_BY_ESZ(esz, ADD)
#undef ADD
    rec->active = n;
    return SMESIM_OK;
}

/* SignedSatQ / UnsignedSatQ of v +/- c at `bits` (32 or 64, or an element
 * size), v the operand as a signed or unsigned value of that width;
 * returns the result's low `bits` bits */
static uint64_t sat_addsub(uint64_t v, uint64_t c, int dec, int u, unsigned bits)
{
    uint64_t mask = bits == 64 ? ~(uint64_t)0 : ((uint64_t)1 << bits) - 1;
    v &= mask;
    if (u) {
        if (dec) return v < c ? 0 : v - c;
        return c > mask - v ? mask : v + c;              /* c <= 2048 < mask */
    }
    int64_t smax = (int64_t)(mask >> 1), smin = -smax - 1;
    int64_t sv = bits == 64 ? (int64_t)v : (v >> (bits - 1) ? (int64_t)(v | ~mask) : (int64_t)v);
    int64_t sc = (int64_t)c, r;
    if (dec) r = sv < smin + sc ? smin : sv - sc;
    else r = sv > smax - sc ? smax : sv + sc;
    return (uint64_t)r & mask;
}

/* sqincp x0, p1.s, w0 and the unsigned and decrementing forms (scalar):
 * ssize 32 (sf = 0) or 64; X[dn, 64] = SignExtend or ZeroExtend(result) */
EXEC(SATP_r)
{
    unsigned bits = F.sf ? 64 : 32;
    uint64_t r = sat_addsub(xr(cpu, F.rd), pcount(cpu, F.pm, F.esz), (int)F.dec, (int)F.u, bits);
    if (bits == 32 && !F.u) r = (uint64_t)(int64_t)(int32_t)(uint32_t)r;
    xw(cpu, F.rd, r);
    rec->active = smesim_cpu_vl(cpu) >> F.esz;
    return SMESIM_OK;
}

/* sqincp z0.s, p1.s and the others (vector): every element saturated */
EXEC(SATP_z)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    uint64_t c = pcount(cpu, F.pm, esz);
    uint8_t *z = cpu->z[F.rd];
    for (unsigned e = 0; e < n; e++)
        elem_set(z, esz, e, sat_addsub(elem_get(z, esz, e), c, (int)F.dec, (int)F.u, 8u << esz));
    rec->active = n;
    return SMESIM_OK;
}
