/* sim/exec/sme_ldst_za.c — loads and stores of one horizontal or vertical
 * ZA tile slice, LD1B/H/W/D/Q and ST1B/H/W/D/Q {za<t><h|v>.<T>[wv, off]},
 * one body for every element size (compiled per pattern with its esz).
 * Inactive elements load as zero and are not stored; only active elements
 * touch memory.  LDR/STR of ZA vectors: sme_ldst_za_vec.c.
 */
#include "sim/exec/exec.h"

static uint64_t za_address(const smesim_cpu *cpu, const struct smesim_args_ldst_za *args_)
{
    return xsp(cpu, F.rn) + (xr(cpu, F.rm) << F.esz);
}

/* ld1w {za0h.s[w12, 0]}, p0/z, [x0{, x1, lsl #2}]: LD1B..LD1Q (tile slice):
 *   slice = (UInt(X[s, 32]) + offset) MOD dim; element e from
 *   X[n] + (X[m] + e) * mbytes when active, else zero */
EXEC(LD1_za)
{
    unsigned esz = (unsigned)F.esz, dim = cpu->svl >> esz;
    unsigned slice = (unsigned)((xr(cpu, F.rv) + (uint64_t)F.off) % dim);
    uint64_t base = za_address(cpu, args_);
    const uint8_t *pg = cpu->p[F.pg];
    uint8_t buf[SMESIM_MAX_VL];
    unsigned active = 0;
    memset(buf, 0, sizeof buf);
    for (unsigned e = 0; e < dim; e++) {
        if (!pred_active(pg, esz, e)) continue;
        smesim_status s = mem_read(cpu, base + ((uint64_t)e << esz), buf + ((size_t)e << esz),
                                   (uint64_t)1 << esz);
        if (s) return s;
        active++;
    }
    for (unsigned e = 0; e < dim; e++)
        memcpy(za_elem(cpu, esz, (unsigned)F.zat, (int)F.v, slice, e), buf + ((size_t)e << esz),
               (size_t)1 << esz);
    rec_mem(rec, base, (uint64_t)active << esz);
    rec->active = active;
    return SMESIM_OK;
}

/* st1w {za0h.s[w12, 0]}, p0, [x0{, x1, lsl #2}]: ST1B..ST1Q (tile slice) */
EXEC(ST1_za)
{
    unsigned esz = (unsigned)F.esz, dim = cpu->svl >> esz;
    unsigned slice = (unsigned)((xr(cpu, F.rv) + (uint64_t)F.off) % dim);
    uint64_t base = za_address(cpu, args_);
    const uint8_t *pg = cpu->p[F.pg];
    unsigned active = 0;
    for (unsigned e = 0; e < dim; e++) {
        if (!pred_active(pg, esz, e)) continue;
        smesim_status s = mem_write(cpu, base + ((uint64_t)e << esz),
                                    za_elem(cpu, esz, (unsigned)F.zat, (int)F.v, slice, e),
                                    (uint64_t)1 << esz);
        if (s) return s;
        active++;
    }
    rec_mem(rec, base, (uint64_t)active << esz);
    rec->active = active;
    return SMESIM_OK;
}
