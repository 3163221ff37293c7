/* sim/exec/base_ldst.c — base A64 loads and stores: LDR/STR (unsigned
 * offset, pre/post-index, register offset) of bytes, halfwords, words and
 * doublewords, LDP/STP and PC-relative literal loads.  Loads zero-extend into the X register.
 */
#include "sim/exec/exec.h"

static smesim_status load_store(smesim_cpu *cpu, smesim_rec *rec, uint64_t addr, int64_t rt,
                                int64_t size, int64_t ld)
{
    uint64_t n = (uint64_t)1 << size;
    rec_mem(rec, addr, n);
    if (ld) {
        uint64_t v = 0;
        smesim_status s = mem_read(cpu, addr, &v, n);
        if (s) return s;
        xw(cpu, rt, v);
        return SMESIM_OK;
    }
    uint64_t v = xr(cpu, rt);
    return mem_write(cpu, addr, &v, n);
}

/* ldr x0, [x1, #off] */
EXEC(LDST_u)
{
    return load_store(cpu, rec, xsp(cpu, F.rn) + (uint64_t)F.off, F.rt, F.size, F.ld);
}

/* ldr x0, [x1, #off]!  and  ldr x0, [x1], #off */
EXEC(LDST_idx)
{
    uint64_t base = xsp(cpu, F.rn);
    uint64_t addr = F.wb == 1 ? base + (uint64_t)F.off : base;
    smesim_status s;
    /* the access, then the write-back (a load into rn wins over it) */
    uint64_t n = (uint64_t)1 << F.size, v = 0;
    rec_mem(rec, addr, n);
    if (F.ld) {
        s = mem_read(cpu, addr, &v, n);
        if (s) return s;
    } else {
        v = xr(cpu, F.rt);
        s = mem_write(cpu, addr, &v, n);
        if (s) return s;
    }
    xwsp(cpu, F.rn, base + (uint64_t)F.off);
    if (F.ld) xw(cpu, F.rt, v);
    return SMESIM_OK;
}

/* ldr x0, [x1, x2{, lsl #3}] and the uxtw/sxtw/sxtx extends */
EXEC(LDST_reg)
{
    uint64_t off = xr(cpu, F.rm);
    switch (F.option) {
    case 2: off = (uint32_t)off; break;
    case 6: off = (uint64_t)(int64_t)(int32_t)off; break;
    default: break;
    }
    off <<= F.s ? F.size : 0;
    return load_store(cpu, rec, xsp(cpu, F.rn) + off, F.rt, F.size, F.ld);
}

/* ldp x0, x1, [x2{, #off}] with pre/post-index forms */
EXEC(LDSTP)
{
    uint64_t base = xsp(cpu, F.rn);
    uint64_t addr = F.wb == 2 ? base : base + (uint64_t)F.off;
    uint64_t n = (uint64_t)1 << F.size, a = 0, b = 0;
    smesim_status s;
    rec_mem(rec, addr, 2 * n);
    if (F.ld) {
        if ((s = mem_read(cpu, addr, &a, n)) || (s = mem_read(cpu, addr + n, &b, n))) return s;
    } else {
        a = xr(cpu, F.rt);
        b = xr(cpu, F.rt2);
        if ((s = mem_write(cpu, addr, &a, n)) || (s = mem_write(cpu, addr + n, &b, n))) return s;
    }
    if (F.wb) xwsp(cpu, F.rn, base + (uint64_t)F.off);
    if (F.ld) {
        xw(cpu, F.rt, a);
        xw(cpu, F.rt2, b);
    }
    return SMESIM_OK;
}

/* ldr w0, label; ldr x0, label; ldrsw x0, label (PC-relative) */
EXEC(LDR_lit)
{
    uint64_t addr = cpu->pc + (uint64_t)F.off, n = (uint64_t)1 << F.size, v = 0;
    rec_mem(rec, addr, n);
    smesim_status s = mem_read(cpu, addr, &v, n);
    if (s) return s;
    if (F.sx) v = (uint64_t)(int64_t)(int32_t)v;
    xw(cpu, F.rt, v);
    return SMESIM_OK;
}

/* prfm pldl1keep, label: a hint; nothing architectural happens */
EXEC(PRFM_lit)
{
    (void)cpu;
    (void)rec;
    return SMESIM_OK;
}
