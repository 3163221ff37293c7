/* sim/exec/shape_mem.h — SVE contiguous and structure loads and stores:
 * the element loops, written once over (memory size, element size,
 * signedness, registers) as always-inlined templates, and the shapes that
 * name an addressing mode (`exec=ld1_ss(mem_s16)`: scalar plus scalar, a
 * sign-extended halfword in memory).  Bodies whose element size is fixed by
 * the pattern (quadwords, LDNT1, LD2-LD4) call the same templates from
 * sim/exec/sve_ldst.c.  Gathers and scatters are sim/exec/sve_gather.c.
 *
 * The operation of a memory shape is the memory element type: OP(SIZE) is
 * its log2 size in bytes (msz), OP(SIGNED) whether it is sign-extended.
 * Only active elements touch memory; a load zeroes inactive elements.  Each
 * access goes through the translation cache (one look-up for the whole
 * span when it is mapped, element by element otherwise, which finds the
 * first active element that faults); a faulting load changes no register
 * and a faulting store writes nothing.  The record gets the lowest address
 * touched and the extent up to the end of the highest active element.
 */
#ifndef SMESIM_SHAPE_MEM_H
#define SMESIM_SHAPE_MEM_H

#include <stdio.h>

#include "sim/exec/shapes.h"

#define SMESIM_MEM_INLINE static inline __attribute__((always_inline))

/* ---- memory element types (the operations of the shapes below) */
#define SMESIM_MEMT_SIZE(msz, sx) (msz)
#define SMESIM_MEMT_SIGNED(msz, sx) (sx)
#define SMESIM_OP_mem_u8(q) SMESIM_MEMT_##q(0, 0)
#define SMESIM_OP_mem_s8(q) SMESIM_MEMT_##q(0, 1)
#define SMESIM_OP_mem_u16(q) SMESIM_MEMT_##q(1, 0)
#define SMESIM_OP_mem_s16(q) SMESIM_MEMT_##q(1, 1)
#define SMESIM_OP_mem_u32(q) SMESIM_MEMT_##q(2, 0)
#define SMESIM_OP_mem_s32(q) SMESIM_MEMT_##q(2, 1)
#define SMESIM_OP_mem_u64(q) SMESIM_MEMT_##q(3, 0)

/* Elem[dst, 0, 8 << E] = Extend(Mem[src, 1 << MSZ], 8 << E, !SX); E and MSZ
 * 0..4 (quadwords: E = 4), E >= MSZ.  dst is zero beforehand when E = 4. */
SMESIM_MEM_INLINE void smesim_mem_to_elem(uint8_t *dst, const uint8_t *src, unsigned E, unsigned MSZ,
                                             int SX)
{
    if (MSZ >= 4 || E == MSZ) {
        memcpy(dst, src, (size_t)1 << MSZ);
        return;
    }
    uint64_t v = 0;
    memcpy(&v, src, (size_t)1 << MSZ);
    if (SX) {
        unsigned sh = 64 - (8u << MSZ);
        v = (uint64_t)((int64_t)(v << sh) >> sh);
    }
    memcpy(dst, &v, E >= 3 ? 8 : (size_t)1 << E);
}

/* The first and last active elements of n (esize 8 << E) and how many;
 * returns the count (first = n when none). */
SMESIM_MEM_INLINE unsigned smesim_active_span(const uint8_t *pg, unsigned E, unsigned n, unsigned *first,
                                                 unsigned *last)
{
    unsigned count = 0;
    *first = n;
    *last = 0;
    for (unsigned e = 0; e < n; e++) {
        if (!pred_active(pg, E, e)) continue;
        if (!count) *first = e;
        *last = e;
        count++;
    }
    return count;
}

/* LD1*, LDNT1*, LD2*-LD4* (contiguous, N consecutive registers from zt):
 * the Arm ARM's LD1B ... LD4Q, for e: for r < N:
 *   if ActivePredicateElement(mask, e, esize) then
 *       Elem[values[r], e, esize] = Extend(Mem[base + ((e * N + r) << MSZ), mbytes])
 *   else Zeros
 * then Z[(zt + r) MOD 32] = values[r]. */
SMESIM_MEM_INLINE smesim_status smesim_ld_contig(smesim_cpu *cpu, smesim_rec *rec, uint64_t base,
                                                    int64_t zt, const uint8_t *pg, unsigned E, unsigned MSZ,
                                                    int SX, unsigned N)
{
    unsigned n = smesim_cpu_vl(cpu) >> E, first, last;
    uint8_t res[4][SMESIM_MAX_VL];
    memset(res, 0, (size_t)N * SMESIM_MAX_VL);
    unsigned active = smesim_active_span(pg, E, n, &first, &last);
    if (active) {
        uint64_t lo = base + (((uint64_t)first * N) << MSZ);
        uint64_t span = ((uint64_t)(last - first + 1) * N) << MSZ;
        const uint8_t *host = smesim_mem_access(cpu->mem, lo, span, SMESIM_MEM_R);
        if (host && E == MSZ && N == 1 && active == last - first + 1) {
            memcpy(res[0] + ((size_t)first << E), host, span);      /* a run of active elements */
        } else if (host) {
            for (unsigned e = first; e <= last; e++) {
                if (!pred_active(pg, E, e)) continue;
                for (unsigned r = 0; r < N; r++)
                    smesim_mem_to_elem(res[r] + ((size_t)e << E),
                                       host + (((uint64_t)(e - first) * N + r) << MSZ), E, MSZ, SX);
            }
        } else {
            for (unsigned e = first; e <= last; e++) {
                if (!pred_active(pg, E, e)) continue;
                for (unsigned r = 0; r < N; r++) {
                    uint8_t buf[16] = { 0 };
                    smesim_status s =
                        mem_read(cpu, base + (((uint64_t)e * N + r) << MSZ), buf, (uint64_t)1 << MSZ);
                    if (s) return s;
                    smesim_mem_to_elem(res[r] + ((size_t)e << E), buf, E, MSZ, SX);
                }
            }
        }
        rec_mem(rec, lo, span);
    }
    for (unsigned r = 0; r < N; r++) memcpy(cpu->z[(zt + r) & 31], res[r], SMESIM_MAX_VL);
    rec->active = active;
    return SMESIM_OK;
}

/* ST1*, STNT1*, ST2*-ST4*: for every active e, r < N,
 *   Mem[base + ((e * N + r) << MSZ), mbytes] = Elem[Z[(zt + r) MOD 32], e, esize]<msize-1:0>
 * in element order.  Every active element is checked before the first
 * byte is written, so a store that faults writes nothing (as qemu). */
SMESIM_MEM_INLINE smesim_status smesim_st_contig(smesim_cpu *cpu, smesim_rec *rec, uint64_t base,
                                                    int64_t zt, const uint8_t *pg, unsigned E, unsigned MSZ,
                                                    unsigned N)
{
    unsigned n = smesim_cpu_vl(cpu) >> E, first, last;
    unsigned active = smesim_active_span(pg, E, n, &first, &last);
    rec->active = active;
    if (!active) return SMESIM_OK;
    uint64_t lo = base + (((uint64_t)first * N) << MSZ);
    uint64_t span = ((uint64_t)(last - first + 1) * N) << MSZ;
    uint8_t *host = smesim_mem_access(cpu->mem, lo, span, SMESIM_MEM_W);
    if (!host) {
        for (unsigned e = first; e <= last; e++) {
            if (!pred_active(pg, E, e)) continue;
            for (unsigned r = 0; r < N; r++) {
                uint64_t addr = base + (((uint64_t)e * N + r) << MSZ);
                if (!smesim_mem_access(cpu->mem, addr, (uint64_t)1 << MSZ, SMESIM_MEM_W))
                    return smesim_fault_at(cpu, addr, (uint64_t)1 << MSZ, 1);
            }
        }
    }
    if (host && E == MSZ && N == 1 && active == last - first + 1) {
        memcpy(host, cpu->z[zt] + ((size_t)first << E), span);       /* a run of active elements */
        rec_mem(rec, lo, span);
        return SMESIM_OK;
    }
    for (unsigned e = first; e <= last; e++) {
        if (!pred_active(pg, E, e)) continue;
        for (unsigned r = 0; r < N; r++) {
            const uint8_t *src = cpu->z[(zt + r) & 31] + ((size_t)e << E);
            uint64_t off = ((uint64_t)(e - first) * N + r) << MSZ;
            if (host) memcpy(host + off, src, (size_t)1 << MSZ);
            else memcpy(smesim_mem_access(cpu->mem, lo + off, (uint64_t)1 << MSZ, SMESIM_MEM_W), src,
                        (size_t)1 << MSZ);
        }
    }
    rec_mem(rec, lo, span);
    return SMESIM_OK;
}

/* FFR[e', esize] = '0' for every e' >= e: the bits from element e of the
 * current length up (the Arm ARM's ElemFFR[e', esize] = '0'). */
SMESIM_MEM_INLINE void smesim_ffr_clear_from(smesim_cpu *cpu, unsigned bit)
{
    unsigned pbits = smesim_cpu_vl(cpu);          /* PL in bits = VL in bytes */
    for (unsigned b = bit; b < pbits; b++) cpu->ffr[b >> 3] &= (uint8_t)~(1u << (b & 7));
}

/* LDFF1* (FF = 1) and LDNF1* (FF = 0), contiguous, one register: the Arm
 * ARM's LDFF1B (scalar plus scalar) / LDNF1B: the first active element is
 * read with Mem[] (LDFF1: it faults as a normal load does) or MemNF[]
 * (LDNF1); every later active element with MemNF[], which "will return
 * fault=TRUE if access is not performed for any reason"; from the first
 * such element on, FFR is cleared (faulted = faulted || fault) and the
 * destination elements are CONSTRAINED UNPREDICTABLE.
 * The choices made (qemu-aarch64 11.1's, sve_ldnfff1_r, so the two agree):
 * MemNF[] fails for an element that is not mapped readable or that does
 * not lie wholly in the 4 KiB page of the base address (the first active
 * element excepted), and stops there: no later element is read; the
 * elements from the failure on are zero (Unpredictable_SVELDNFZERO) and
 * every element before it has its data, whatever FFR held on entry
 * (Unpredictable_SVELDNFDATA).  Where qemu goes further the Arm ARM
 * decides: when the first active element lies wholly beyond the base's
 * page qemu loads it yet clears its FFR bit, which no outcome of the
 * pseudocode gives (the first element of LDFF1 never sets fault); we keep
 * the bit. */
SMESIM_MEM_INLINE smesim_status smesim_ld_ffnf(smesim_cpu *cpu, smesim_rec *rec, uint64_t base, int64_t zt,
                                                  const uint8_t *pg, unsigned E, unsigned MSZ, int SX, int FF)
{
    unsigned n = smesim_cpu_vl(cpu) >> E, first, last;
    uint8_t res[SMESIM_MAX_VL];
    memset(res, 0, sizeof res);
    unsigned active = smesim_active_span(pg, E, n, &first, &last), done = 0;
    const uint64_t size = (uint64_t)1 << MSZ;
    const uint64_t room = SMESIM_PAGE_SIZE - (base & (SMESIM_PAGE_SIZE - 1));   /* bytes to the page end */
    uint64_t hi = 0;
    for (unsigned e = first; active && e <= last; e++) {
        if (!pred_active(pg, E, e)) continue;
        uint64_t off = (uint64_t)e << MSZ, addr = base + off;
        uint8_t buf[8] = { 0 };
        const uint8_t *p = NULL;
        if (e == first && FF) {
            smesim_status s = mem_read(cpu, addr, buf, size);
            if (s) return s;
            p = buf;
        } else if (e == first || off + size <= room) {
            p = smesim_mem_access(cpu->mem, addr, size, SMESIM_MEM_R);
        }
        if (!p) {
            smesim_ffr_clear_from(cpu, e << E);
            break;
        }
        smesim_mem_to_elem(res + ((size_t)e << E), p, E, MSZ, SX);
        hi = off + size;
        done++;
    }
    memcpy(cpu->z[zt], res, sizeof res);
    if (done) rec_mem(rec, base + ((uint64_t)first << MSZ), hi - ((uint64_t)first << MSZ));
    rec->active = done;
    return SMESIM_OK;
}

/* LD1R*: the Arm ARM's LD1RB ..: if AnyActiveElement(mask, esize) then
 * data = Mem[base + off, mbytes] (read once); every active element gets
 * Extend(data), the rest zero. */
SMESIM_MEM_INLINE smesim_status smesim_ld1r(smesim_cpu *cpu, smesim_rec *rec, uint64_t addr, int64_t zt,
                                               const uint8_t *pg, unsigned E, unsigned MSZ, int SX)
{
    unsigned n = smesim_cpu_vl(cpu) >> E, first, last;
    uint8_t res[SMESIM_MAX_VL], elem[16] = { 0 };
    memset(res, 0, sizeof res);
    unsigned active = smesim_active_span(pg, E, n, &first, &last);
    if (active) {
        uint8_t buf[8] = { 0 };
        smesim_status s = mem_read(cpu, addr, buf, (uint64_t)1 << MSZ);
        if (s) return s;
        smesim_mem_to_elem(elem, buf, E, MSZ, SX);
        for (unsigned e = first; e <= last; e++)
            if (pred_active(pg, E, e)) memcpy(res + ((size_t)e << E), elem, (size_t)1 << E);
        rec_mem(rec, addr, (uint64_t)1 << MSZ);
    }
    memcpy(cpu->z[zt], res, sizeof res);
    rec->active = active;
    return SMESIM_OK;
}

/* LD1RQ* (BLOCK = 16) and LD1RO* (BLOCK = 32): the Arm ARM's LD1RQB /
 * LD1ROB: the elements of the first BLOCK bytes that are active are read
 * (esize = msize = 8 << E), the others zero, and that block is replicated
 * to every BLOCK-byte segment of the vector; the predicate past the first
 * block is ignored.  LD1RO* with VL < 256 bits is UNDEFINED. */
SMESIM_MEM_INLINE smesim_status smesim_ld1rq(smesim_cpu *cpu, smesim_rec *rec, uint64_t base, int64_t zt,
                                                const uint8_t *pg, unsigned E, unsigned BLOCK)
{
    unsigned vl = smesim_cpu_vl(cpu);
    if (vl < BLOCK) {
        snprintf(cpu->fault.msg, sizeof cpu->fault.msg,
                 "LD1RO needs a vector length of at least 256 bits (it is %u): UNDEFINED", vl * 8);
        return SMESIM_UNDEF;
    }
    unsigned n = BLOCK >> E, first, last;
    uint8_t block[32];
    memset(block, 0, sizeof block);
    unsigned active = smesim_active_span(pg, E, n, &first, &last);
    for (unsigned e = first; active && e <= last; e++) {
        if (!pred_active(pg, E, e)) continue;
        smesim_status s = mem_read(cpu, base + ((uint64_t)e << E), block + ((size_t)e << E), (uint64_t)1 << E);
        if (s) return s;
    }
    uint8_t res[SMESIM_MAX_VL];
    memset(res, 0, sizeof res);
    for (unsigned off = 0; off < vl; off += BLOCK) memcpy(res + off, block, BLOCK);
    memcpy(cpu->z[zt], res, sizeof res);
    if (active) rec_mem(rec, base + ((uint64_t)first << E), (uint64_t)(last - first + 1) << E);
    rec->active = active;
    return SMESIM_OK;
}

/* ---- the shapes: an addressing mode each.  Members: zt pg rn and rm
 * (scalar plus scalar: base + (X[m] << msz)), imm4 (scalar plus immediate,
 * mul vl: base + imm4 * elements * mbytes) or off (LD1R*: base + off). */
#define SMESIM_MEM_SS(a, OP) (xsp(cpu, (a)->rn) + (xr(cpu, (a)->rm) << OP(SIZE)))
#define SMESIM_MEM_SI(a, OP, E) \
    (xsp(cpu, (a)->rn) + (uint64_t)(a)->imm4 * ((uint64_t)(smesim_cpu_vl(cpu) >> (E)) << OP(SIZE)))

/* ld1_ss / ld1_si: LD1B ... LD1D, LD1SB ... LD1SW */
#define SMESIM_SHAPE_ld1_ss(ID, OP, SET, E)                                                        \
    SMESIM_SHAPE_FN(ID, E)                                                                         \
    {                                                                                              \
        SMESIM_SHAPE_ARGS(SET);                                                                    \
        return smesim_ld_contig(cpu, rec, SMESIM_MEM_SS(a, OP), a->zt, cpu->p[a->pg], (E), OP(SIZE), \
                                OP(SIGNED), 1);                                                    \
    }
#define SMESIM_SHAPE_ld1_si(ID, OP, SET, E)                                                           \
    SMESIM_SHAPE_FN(ID, E)                                                                            \
    {                                                                                                 \
        SMESIM_SHAPE_ARGS(SET);                                                                       \
        return smesim_ld_contig(cpu, rec, SMESIM_MEM_SI(a, OP, E), a->zt, cpu->p[a->pg], (E), OP(SIZE), \
                                OP(SIGNED), 1);                                                       \
    }

/* st1_ss / st1_si: ST1B ... ST1D (the element truncated to msize) */
#define SMESIM_SHAPE_st1_ss(ID, OP, SET, E)                                                               \
    SMESIM_SHAPE_FN(ID, E)                                                                                \
    {                                                                                                     \
        SMESIM_SHAPE_ARGS(SET);                                                                           \
        return smesim_st_contig(cpu, rec, SMESIM_MEM_SS(a, OP), a->zt, cpu->p[a->pg], (E), OP(SIZE), 1);  \
    }
#define SMESIM_SHAPE_st1_si(ID, OP, SET, E)                                                                  \
    SMESIM_SHAPE_FN(ID, E)                                                                                   \
    {                                                                                                        \
        SMESIM_SHAPE_ARGS(SET);                                                                              \
        return smesim_st_contig(cpu, rec, SMESIM_MEM_SI(a, OP, E), a->zt, cpu->p[a->pg], (E), OP(SIZE), 1); \
    }

/* ldff1_ss: LDFF1* [x0{, x1, lsl #msz}] (xzr as the index: no offset);
 * ldnf1_si: LDNF1* [x0{, #imm, mul vl}] */
#define SMESIM_SHAPE_ldff1_ss(ID, OP, SET, E)                                                          \
    SMESIM_SHAPE_FN(ID, E)                                                                             \
    {                                                                                                  \
        SMESIM_SHAPE_ARGS(SET);                                                                        \
        return smesim_ld_ffnf(cpu, rec, SMESIM_MEM_SS(a, OP), a->zt, cpu->p[a->pg], (E), OP(SIZE),     \
                              OP(SIGNED), 1);                                                          \
    }
#define SMESIM_SHAPE_ldnf1_si(ID, OP, SET, E)                                                          \
    SMESIM_SHAPE_FN(ID, E)                                                                             \
    {                                                                                                  \
        SMESIM_SHAPE_ARGS(SET);                                                                        \
        return smesim_ld_ffnf(cpu, rec, SMESIM_MEM_SI(a, OP, E), a->zt, cpu->p[a->pg], (E), OP(SIZE),  \
                              OP(SIGNED), 0);                                                          \
    }

/* ld1r: LD1RB ... LD1RSW [x0{, #off}] */
#define SMESIM_SHAPE_ld1r(ID, OP, SET, E)                                                               \
    SMESIM_SHAPE_FN(ID, E)                                                                              \
    {                                                                                                   \
        SMESIM_SHAPE_ARGS(SET);                                                                         \
        return smesim_ld1r(cpu, rec, xsp(cpu, a->rn) + (uint64_t)a->off, a->zt, cpu->p[a->pg], (E),     \
                           OP(SIZE), OP(SIGNED));                                                       \
    }

#endif
