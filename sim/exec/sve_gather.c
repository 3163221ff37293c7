/* sim/exec/sve_gather.c — SVE gather loads (LD1*, LDFF1*, LDNT1* with a
 * vector of offsets or addresses, LD1Q) and scatter stores (ST1*, STNT1*,
 * ST1Q), every addressing form, one template each over (form, element
 * size, memory size, signedness, first-fault).  Contiguous accesses are
 * sim/exec/shape_mem.h; prefetches sim/exec/sve_prefetch.c.
 *
 * The record gets the lowest address touched and the total bytes moved;
 * what is lost is where the other elements fall (the spread over lines
 * and pages a timing model would need for an exact cost).
 */
#include "sim/exec/shape_mem.h"

/* The address forms: X32, scalar plus 32-bit offsets (.s, or the low half
 * of .d), zero- or sign-extended (xs = 1: SXTW), shifted by `scale`; X64,
 * scalar plus 64-bit offsets, shifted; VEC, a vector of addresses
 * (ZeroExtend(Elem[zn, e, esize])) plus a scalar or an immediate. */
enum { G_X32, G_X64, G_VEC };

SMESIM_MEM_INLINE uint64_t gather_addr(const uint8_t *z, unsigned e, unsigned E, int FORM, int XS,
                                          unsigned scale, uint64_t base)
{
    uint64_t v = elem_get(z, E, e);
    if (FORM == G_X32) v = XS ? (uint64_t)(int64_t)(int32_t)(uint32_t)v : (uint32_t)v;
    if (FORM == G_VEC) return v + base;
    return base + (v << scale);
}

/* LD1* / LDFF1* gathers: the Arm ARM's LD1B (scalar plus vector) ... and
 * LDFF1B ...: each active element e reads Mem[addr(e), mbytes] and gets its
 * Extend()ed value; inactive elements are zero and touch nothing.
 * First-fault (FF): the first active element faults as a normal load; a
 * later one uses MemNF[], which may fail "for any reason": here (as
 * qemu-aarch64 11.1, sve_ldff1_z) when it is not mapped readable or
 * crosses a 4 KiB page.  FFR is cleared from that element on, and it and
 * the elements after it are zero (Unpredictable_SVELDNFZERO). */
SMESIM_MEM_INLINE smesim_status gather(smesim_cpu *cpu, smesim_rec *rec, int64_t zt, const uint8_t *pg,
                                          const uint8_t *zoff, uint64_t base, int FORM, int XS, unsigned scale,
                                          unsigned E, unsigned MSZ, int SX, int FF)
{
    unsigned n = smesim_cpu_vl(cpu) >> E, active = 0;
    const uint64_t size = (uint64_t)1 << MSZ;
    uint8_t res[SMESIM_MAX_VL];
    memset(res, 0, sizeof res);
    uint64_t lo = UINT64_MAX;
    for (unsigned e = 0; e < n; e++) {
        if (!pred_active(pg, E, e)) continue;
        uint64_t addr = gather_addr(zoff, e, E, FORM, XS, scale, base);
        uint8_t buf[8] = { 0 };
        if (!FF || !active) {
            smesim_status s = mem_read(cpu, addr, buf, size);
            if (s) return s;
        } else {
            const uint8_t *p = NULL;
            if (size <= SMESIM_PAGE_SIZE - (addr & (SMESIM_PAGE_SIZE - 1)))
                p = smesim_mem_access(cpu->mem, addr, size, SMESIM_MEM_R);
            if (!p) {
                smesim_ffr_clear_from(cpu, e << E);
                break;
            }
            memcpy(buf, p, size);
        }
        smesim_mem_to_elem(res + ((size_t)e << E), buf, E, MSZ, SX);
        if (addr < lo) lo = addr;
        active++;
    }
    memcpy(cpu->z[zt], res, sizeof res);
    if (active) rec_mem(rec, lo, (uint64_t)active << MSZ);
    rec->active = active;
    return SMESIM_OK;
}

/* ST1* / STNT1* scatters: the Arm ARM's ST1B (scalar plus vector) ...:
 * Mem[addr(e), mbytes] = Elem[Z[t], e, esize]<msize-1:0> for each active e
 * in element order (a later element wins where two overlap).  Every
 * element is checked first, so a scatter that faults writes nothing. */
SMESIM_MEM_INLINE smesim_status scatter(smesim_cpu *cpu, smesim_rec *rec, int64_t zt, const uint8_t *pg,
                                           const uint8_t *zoff, uint64_t base, int FORM, int XS, unsigned scale,
                                           unsigned E, unsigned MSZ)
{
    unsigned n = smesim_cpu_vl(cpu) >> E, active = 0;
    const uint64_t size = (uint64_t)1 << MSZ;
    uint8_t *host[SMESIM_MAX_VL / 4];
    uint64_t lo = UINT64_MAX;
    for (unsigned e = 0; e < n; e++) {
        host[e] = NULL;
        if (!pred_active(pg, E, e)) continue;
        uint64_t addr = gather_addr(zoff, e, E, FORM, XS, scale, base);
        host[e] = smesim_mem_access(cpu->mem, addr, size, SMESIM_MEM_W);
        if (!host[e]) return smesim_fault_at(cpu, addr, size, 1);
        if (addr < lo) lo = addr;
        active++;
    }
    const uint8_t *z = cpu->z[zt];
    for (unsigned e = 0; e < n; e++)
        if (host[e]) memcpy(host[e], z + ((size_t)e << E), size);
    if (active) rec_mem(rec, lo, (uint64_t)active << MSZ);
    rec->active = active;
    return SMESIM_OK;
}

#define SCALE ((unsigned)(F.sc ? F.msz : 0))

/* ld1w { z0.s }, p0/z, [x0, z1.s, sxtw #2]; ld1w { z0.d }, p0/z, [x0, z1.d, uxtw]:
 * 32-bit offsets, packed (.s) or in the low halves of .d */
EXEC(GLD_x)
{
    return gather(cpu, rec, F.zt, cpu->p[F.pg], cpu->z[F.zm], xsp(cpu, F.rn), G_X32, (int)F.xs, SCALE,
                  (unsigned)F.esz, (unsigned)F.msz, (int)F.sx, (int)F.ff);
}

/* ld1d { z0.d }, p0/z, [x0, z1.d{, lsl #3}]: 64-bit offsets */
EXEC(GLD_d)
{
    return gather(cpu, rec, F.zt, cpu->p[F.pg], cpu->z[F.zm], xsp(cpu, F.rn), G_X64, 0, SCALE,
                  (unsigned)F.esz, (unsigned)F.msz, (int)F.sx, (int)F.ff);
}

/* ld1w { z0.s }, p0/z, [z1.s{, #imm}]: addresses plus an immediate */
EXEC(GLD_v)
{
    return gather(cpu, rec, F.zt, cpu->p[F.pg], cpu->z[F.zn], (uint64_t)F.off, G_VEC, 0, 0, (unsigned)F.esz,
                  (unsigned)F.msz, (int)F.sx, (int)F.ff);
}

/* ldnt1w { z0.s }, p0/z, [z1.s{, x2}]: LDNT1W (vector plus scalar), SVE2 */
EXEC(GLDNT)
{
    return gather(cpu, rec, F.zt, cpu->p[F.pg], cpu->z[F.zn], xr(cpu, F.rm), G_VEC, 0, 0, (unsigned)F.esz,
                  (unsigned)F.msz, (int)F.sx, 0);
}

/* st1w { z0.s }, p0, [x0, z1.s, uxtw #2]: 32-bit offsets */
EXEC(SST_x)
{
    return scatter(cpu, rec, F.zt, cpu->p[F.pg], cpu->z[F.zm], xsp(cpu, F.rn), G_X32, (int)F.xs, SCALE,
                   (unsigned)F.esz, (unsigned)F.msz);
}

/* st1d { z0.d }, p0, [x0, z1.d{, lsl #3}]: 64-bit offsets */
EXEC(SST_d)
{
    return scatter(cpu, rec, F.zt, cpu->p[F.pg], cpu->z[F.zm], xsp(cpu, F.rn), G_X64, 0, SCALE,
                   (unsigned)F.esz, (unsigned)F.msz);
}

/* st1w { z0.s }, p0, [z1.s{, #imm}] */
EXEC(SST_v)
{
    return scatter(cpu, rec, F.zt, cpu->p[F.pg], cpu->z[F.zn], (uint64_t)F.off, G_VEC, 0, 0, (unsigned)F.esz,
                   (unsigned)F.msz);
}

/* stnt1w { z0.s }, p0, [z1.s{, x2}]: STNT1W (vector plus scalar), SVE2 */
EXEC(SSTNT)
{
    return scatter(cpu, rec, F.zt, cpu->p[F.pg], cpu->z[F.zn], xr(cpu, F.rm), G_VEC, 0, 0, (unsigned)F.esz,
                   (unsigned)F.msz);
}

/* ld1q { z0.q }, p0/z, [z1.d{, x2}]: the Arm ARM's LD1Q: quadword e (active
 * when predicate bit 16e is) from ZeroExtend(Elem[Zn, 2e, 64]) + X[m] */
EXEC(LD1Q)
{
    unsigned n = smesim_cpu_vl(cpu) / 16, active = 0;
    const uint8_t *pg = cpu->p[F.pg], *zn = cpu->z[F.zn];
    uint64_t off = xr(cpu, F.rm), lo = UINT64_MAX;
    uint8_t res[SMESIM_MAX_VL];
    memset(res, 0, sizeof res);
    for (unsigned e = 0; e < n; e++) {
        if (!pred_active(pg, 4, e)) continue;
        uint64_t addr = elem_get(zn, 3, 2 * e) + off;
        smesim_status s = mem_read(cpu, addr, res + 16 * e, 16);
        if (s) return s;
        if (addr < lo) lo = addr;
        active++;
    }
    memcpy(cpu->z[F.zt], res, sizeof res);
    if (active) rec_mem(rec, lo, 16 * (uint64_t)active);
    rec->active = active;
    return SMESIM_OK;
}

/* st1q { z0.q }, p0, [z1.d{, x2}]: ST1Q, the same addressing */
EXEC(ST1Q)
{
    unsigned n = smesim_cpu_vl(cpu) / 16, active = 0;
    const uint8_t *pg = cpu->p[F.pg], *zn = cpu->z[F.zn];
    uint64_t off = xr(cpu, F.rm), lo = UINT64_MAX;
    uint8_t *host[SMESIM_MAX_VL / 16];
    for (unsigned e = 0; e < n; e++) {
        host[e] = NULL;
        if (!pred_active(pg, 4, e)) continue;
        uint64_t addr = elem_get(zn, 3, 2 * e) + off;
        host[e] = smesim_mem_access(cpu->mem, addr, 16, SMESIM_MEM_W);
        if (!host[e]) return smesim_fault_at(cpu, addr, 16, 1);
        if (addr < lo) lo = addr;
        active++;
    }
    for (unsigned e = 0; e < n; e++)
        if (host[e]) memcpy(host[e], cpu->z[F.zt] + 16 * e, 16);
    if (active) rec_mem(rec, lo, 16 * (uint64_t)active);
    rec->active = active;
    return SMESIM_OK;
}
