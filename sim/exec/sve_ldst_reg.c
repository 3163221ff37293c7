/* sim/exec/sve_ldst_reg.c — SVE LDR and STR of a whole Z or P register
 * (fill and spill): [Xn|SP{, #imm, mul vl}], the offset in units of the
 * register's size (VL bytes for Z, PL = VL/8 bytes for P).  Bytes are
 * moved in increasing address order; a load leaves the bytes above the
 * current length zero.
 */
#include "sim/exec/exec.h"

/* Bytes of one register from memory at base; `len` bytes, the rest zero. */
static smesim_status fill(smesim_cpu *cpu, smesim_rec *rec, uint64_t base, uint8_t *reg, unsigned len,
                          size_t regsize)
{
    uint8_t buf[SMESIM_MAX_VL];
    memset(buf, 0, sizeof buf);
    smesim_status s = mem_read(cpu, base, buf, len);
    if (s) return s;
    memcpy(reg, buf, regsize);
    rec_mem(rec, base, len);
    rec->active = len;
    return SMESIM_OK;
}

static smesim_status spill(smesim_cpu *cpu, smesim_rec *rec, uint64_t base, const uint8_t *reg, unsigned len)
{
    smesim_status s = mem_write(cpu, base, reg, len);
    if (s) return s;
    rec_mem(rec, base, len);
    rec->active = len;
    return SMESIM_OK;
}

/* ldr z0, [x0{, #imm, mul vl}]: the Arm ARM's LDR (vector),
 * offset = imm * (VL DIV 8), Elem[result, e, 8] = Mem[base + offset + e, 1] */
EXEC(LDR_z)
{
    unsigned len = smesim_cpu_vl(cpu);
    uint64_t base = xsp(cpu, F.rn) + (uint64_t)F.imm * len;
    return fill(cpu, rec, base, cpu->z[F.zt], len, sizeof cpu->z[0]);
}

/* str z0, [x0{, #imm, mul vl}]: STR (vector) */
EXEC(STR_z)
{
    unsigned len = smesim_cpu_vl(cpu);
    uint64_t base = xsp(cpu, F.rn) + (uint64_t)F.imm * len;
    return spill(cpu, rec, base, cpu->z[F.zt], len);
}

/* ldr p0, [x0{, #imm, mul vl}]: LDR (predicate), offset = imm * (PL DIV 8) */
EXEC(LDR_p)
{
    unsigned len = smesim_cpu_vl(cpu) / 8;
    uint64_t base = xsp(cpu, F.rn) + (uint64_t)F.imm * len;
    return fill(cpu, rec, base, cpu->p[F.pt], len, sizeof cpu->p[0]);
}

/* str p0, [x0{, #imm, mul vl}]: STR (predicate) */
EXEC(STR_p)
{
    unsigned len = smesim_cpu_vl(cpu) / 8;
    uint64_t base = xsp(cpu, F.rn) + (uint64_t)F.imm * len;
    return spill(cpu, rec, base, cpu->p[F.pt], len);
}
