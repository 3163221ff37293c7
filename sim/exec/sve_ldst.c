/* sim/exec/sve_ldst.c — SVE contiguous loads and stores of 32-bit memory
 * elements (LD1W, ST1W) into .s or .d vector elements, scalar+scalar and
 * scalar+immediate.  Only active elements touch memory; inactive loaded
 * elements become zero.
 */
#include "sim/exec/exec.h"

static smesim_status ld1(smesim_cpu *cpu, smesim_rec *rec, uint64_t base, int64_t zt, int64_t pgn,
                         unsigned esz, unsigned msz)
{
    unsigned elems = smesim_cpu_vl(cpu) >> esz;
    uint8_t res[SMESIM_MAX_VL];
    memset(res, 0, sizeof res);
    const uint8_t *pg = cpu->p[pgn];
    unsigned active = 0;
    for (unsigned e = 0; e < elems; e++) {
        if (!pred_active(pg, esz, e)) continue;
        uint64_t v = 0;
        smesim_status s = mem_read(cpu, base + ((uint64_t)e << msz), &v, (uint64_t)1 << msz);
        if (s) return s;
        elem_set(res, esz, e, v);
        active++;
    }
    memcpy(cpu->z[zt], res, sizeof res);
    rec_mem(rec, base, (uint64_t)active << msz);
    rec->active = active;
    return SMESIM_OK;
}

static smesim_status st1(smesim_cpu *cpu, smesim_rec *rec, uint64_t base, int64_t zt, int64_t pgn,
                         unsigned esz, unsigned msz)
{
    unsigned elems = smesim_cpu_vl(cpu) >> esz;
    const uint8_t *pg = cpu->p[pgn], *z = cpu->z[zt];
    unsigned active = 0;
    for (unsigned e = 0; e < elems; e++) {
        if (!pred_active(pg, esz, e)) continue;
        uint64_t v = elem_get(z, esz, e);
        smesim_status s = mem_write(cpu, base + ((uint64_t)e << msz), &v, (uint64_t)1 << msz);
        if (s) return s;
        active++;
    }
    rec_mem(rec, base, (uint64_t)active << msz);
    rec->active = active;
    return SMESIM_OK;
}

/* ld1w { z0.s }, p0/z, [x0, x1, lsl #2] */
EXEC(LD1_ss)
{
    return ld1(cpu, rec, xsp(cpu, F.rn) + (xr(cpu, F.rm) << F.msz), F.zt, F.pg,
               (unsigned)F.esz, (unsigned)F.msz);
}

/* ld1w { z0.s }, p0/z, [x0{, #imm, mul vl}] */
EXEC(LD1_si)
{
    uint64_t elems = smesim_cpu_vl(cpu) >> F.esz;
    return ld1(cpu, rec, xsp(cpu, F.rn) + (uint64_t)F.imm4 * (elems << F.msz), F.zt, F.pg,
               (unsigned)F.esz, (unsigned)F.msz);
}

/* st1w { z0.s }, p0, [x0, x1, lsl #2] */
EXEC(ST1_ss)
{
    return st1(cpu, rec, xsp(cpu, F.rn) + (xr(cpu, F.rm) << F.msz), F.zt, F.pg,
               (unsigned)F.esz, (unsigned)F.msz);
}

/* st1w { z0.s }, p0, [x0{, #imm, mul vl}] */
EXEC(ST1_si)
{
    uint64_t elems = smesim_cpu_vl(cpu) >> F.esz;
    return st1(cpu, rec, xsp(cpu, F.rn) + (uint64_t)F.imm4 * (elems << F.msz), F.zt, F.pg,
               (unsigned)F.esz, (unsigned)F.msz);
}
