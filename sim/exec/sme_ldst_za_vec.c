/* sim/exec/sme_ldst_za_vec.c — LDR and STR of one ZA array vector,
 * ZA[Wv, #off], [Xn{, #off, mul vl}] (the one immediate is both the vector
 * offset and the memory offset in units of SVL bytes), and LDR/STR of ZT0.
 * They need PSTATE.ZA, not streaming mode (dispatch.c checks it from the
 * pattern's need=).
 */
#include "sim/exec/exec.h"

/* the Arm ARM's LDR (array vector) / STR (array vector):
 *   moffs = offset * dim (dim = SVL bytes), vec = (UInt(X[v, 32]) + offset) MOD dim,
 *   ZA vector vec <-> Mem[base + moffs, dim] byte by byte */
static unsigned za_vec(const smesim_cpu *cpu, int64_t rv, int64_t off)
{
    return (unsigned)(((uint64_t)(uint32_t)xr(cpu, rv) + (uint64_t)off) % cpu->svl);
}

/* ldr za[w12, 0], [x0{, #0, mul vl}] */
EXEC(LDR_za)
{
    unsigned dim = cpu->svl;
    uint64_t base = xsp(cpu, F.rn) + (uint64_t)F.off * dim;
    uint8_t buf[SMESIM_MAX_VL];
    smesim_status s = mem_read(cpu, base, buf, dim);
    if (s) return s;
    memcpy(cpu->za[za_vec(cpu, F.rv, F.off)], buf, dim);
    rec_mem(rec, base, dim);
    rec->active = dim;
    return SMESIM_OK;
}

/* str za[w12, 0], [x0{, #0, mul vl}] */
EXEC(STR_za)
{
    unsigned dim = cpu->svl;
    uint64_t base = xsp(cpu, F.rn) + (uint64_t)F.off * dim;
    smesim_status s = mem_write(cpu, base, cpu->za[za_vec(cpu, F.rv, F.off)], dim);
    if (s) return s;
    rec_mem(rec, base, dim);
    rec->active = dim;
    return SMESIM_OK;
}

/* ldr zt0, [x0]: LDR (table), ZT0 = Mem[base, 64] */
EXEC(LDR_zt0)
{
    uint64_t base = xsp(cpu, F.rn);
    uint8_t buf[64];
    smesim_status s = mem_read(cpu, base, buf, sizeof buf);
    if (s) return s;
    memcpy(cpu->zt0, buf, sizeof buf);
    rec_mem(rec, base, sizeof buf);
    return SMESIM_OK;
}

/* str zt0, [x0]: STR (table) */
EXEC(STR_zt0)
{
    uint64_t base = xsp(cpu, F.rn);
    smesim_status s = mem_write(cpu, base, cpu->zt0, sizeof cpu->zt0);
    if (s) return s;
    rec_mem(rec, base, sizeof cpu->zt0);
    return SMESIM_OK;
}
