/* sim/exec/exec.h — what every instruction body needs: the EXEC() signature,
 * register and element accessors, guest memory access with fault
 * reporting, and the Arm ARM helpers that several families share
 * (AddWithCarry, ConditionHolds, predicate tests, element counts).
 * One file per instruction family sits beside this one.
 */
#ifndef SMESIM_EXEC_H
#define SMESIM_EXEC_H

#include <stdint.h>
#include <string.h>

#include "sim/cpu.h"

/* An instruction body, named by `exec=` in the pattern files: `d` is the
 * decoded instruction and `a` its operands, typed by the pattern's argument
 * set (F.zd is a->zd).  Each pattern that names the body gets its own
 * function, smesim_exec_<pattern>, with the body inlined into it and the
 * pattern's constants (sf=1, esz=2, ...) set in a local copy of the
 * operands: the compiler specialises the body for them, so one body
 * written for a family runs as fast as one written per encoding. */
#define SMESIM_UNUSED __attribute__((unused))
#define SMESIM_SPECIALIZE(id, body, consts)                                                  \
    smesim_status smesim_exec_##id(smesim_cpu *cpu, const smesim_insn *d, smesim_rec *rec)  \
    {                                                                                        \
        smesim_argsof_##body a = *(const smesim_argsof_##body *)(const void *)&d->a;         \
        consts                                                                               \
        return body_##body(cpu, d, &a, rec);                                                 \
    }
#define EXEC(name)                                                                           \
    static inline __attribute__((always_inline)) smesim_status body_##name(                   \
        smesim_cpu *cpu, const smesim_insn *d, const smesim_argsof_##name *args_, smesim_rec *rec); \
    SMESIM_VARIANTS_##name(SMESIM_SPECIALIZE)                                                \
    static inline __attribute__((always_inline)) smesim_status body_##name(                   \
        smesim_cpu *cpu, const smesim_insn *d SMESIM_UNUSED,                                 \
        const smesim_argsof_##name *args_ SMESIM_UNUSED, smesim_rec *rec)
#define F (*args_)

/* One executor per pattern that has a body, and one per element size for
 * a pattern written as a shape (sim/exec/shapes.h). */
#define X(id, body) \
    smesim_status smesim_exec_##id(smesim_cpu *cpu, const smesim_insn *d, smesim_rec *rec);
SMESIM_FOREACH_INSN_EXEC(X)
#undef X
#define X(id, shape, op, set, e) \
    smesim_status smesim_exec_##id##_e##e(smesim_cpu *cpu, const smesim_insn *d, smesim_rec *rec);
SMESIM_FOREACH_INSN_SHAPE(X)
#undef X

/* ---- general-purpose registers: n == 31 reads zero (XZR) or SP (x[31]) */
static inline uint64_t xr(const smesim_cpu *c, int64_t n) { return n == 31 ? 0 : c->x[n]; }
static inline uint64_t xsp(const smesim_cpu *c, int64_t n) { return c->x[n & 31]; }
static inline void xw(smesim_cpu *c, int64_t n, uint64_t v) { if (n != 31) c->x[n] = v; }
static inline void xwsp(smesim_cpu *c, int64_t n, uint64_t v) { c->x[n & 31] = v; }
/* datasize 32 or 64 from sf */
static inline uint64_t trunc_sf(uint64_t v, int64_t sf) { return sf ? v : (uint32_t)v; }

/* ---- flags */
#define NZCV(n, z, c, v) \
    ((uint32_t)(n) << 31 | (uint32_t)(z) << 30 | (uint32_t)(c) << 29 | (uint32_t)(v) << 28)

/* AddWithCarry(x, y, carry) at 32 or 64 bits: returns the sum, sets *nzcv. */
static inline uint64_t add_with_carry(uint64_t x, uint64_t y, int carry, int64_t sf, uint32_t *nzcv)
{
    if (!sf) {
        uint64_t u = (uint64_t)(uint32_t)x + (uint32_t)y + (unsigned)carry;
        int64_t s = (int64_t)(int32_t)x + (int32_t)y + carry;
        uint32_t r = (uint32_t)u;
        *nzcv = NZCV(r >> 31, r == 0, u != r, s != (int32_t)r);
        return r;
    }
    uint64_t r = x + y + (unsigned)carry;
    int c = carry ? r <= x : r < x;
    int v = (int)((~(x ^ y) & (x ^ r)) >> 63);
    *nzcv = NZCV(r >> 63, r == 0, c, v);
    return r;
}

/* ConditionHolds(cond): bit k of smesim_cond_table[cond] is the outcome
 * when NZCV is k (N the top bit), built from the Arm ARM's definition as
 * constant expressions, so a condition costs a shift, not a jump table. */
#define SMESIM_COND_BASE(c, k) \
    ((c) == 0 ? ((k) >> 2 & 1) /* EQ: Z */ : (c) == 1 ? ((k) >> 1 & 1) /* CS: C */ : \
     (c) == 2 ? ((k) >> 3 & 1) /* MI: N */ : (c) == 3 ? ((k) & 1) /* VS: V */ : \
     (c) == 4 ? (((k) >> 1 & 1) && !((k) >> 2 & 1)) /* HI: C and not Z */ : \
     (c) == 5 ? (((k) >> 3 & 1) == ((k) & 1)) /* GE: N == V */ : \
     (c) == 6 ? (((k) >> 3 & 1) == ((k) & 1) && !((k) >> 2 & 1)) /* GT */ : 1 /* AL */)
#define SMESIM_COND(cond, k) \
    ((((cond) & 1) && (cond) != 15) ? !SMESIM_COND_BASE((cond) >> 1, k) : SMESIM_COND_BASE((cond) >> 1, k))
#define SMESIM_COND_ROW(c) \
    (uint16_t)(SMESIM_COND(c, 0) | SMESIM_COND(c, 1) << 1 | SMESIM_COND(c, 2) << 2 | SMESIM_COND(c, 3) << 3 | \
               SMESIM_COND(c, 4) << 4 | SMESIM_COND(c, 5) << 5 | SMESIM_COND(c, 6) << 6 | SMESIM_COND(c, 7) << 7 | \
               SMESIM_COND(c, 8) << 8 | SMESIM_COND(c, 9) << 9 | SMESIM_COND(c, 10) << 10 | \
               SMESIM_COND(c, 11) << 11 | SMESIM_COND(c, 12) << 12 | SMESIM_COND(c, 13) << 13 | \
               SMESIM_COND(c, 14) << 14 | SMESIM_COND(c, 15) << 15)
static const uint16_t smesim_cond_table[16] = {
    SMESIM_COND_ROW(0), SMESIM_COND_ROW(1), SMESIM_COND_ROW(2), SMESIM_COND_ROW(3),
    SMESIM_COND_ROW(4), SMESIM_COND_ROW(5), SMESIM_COND_ROW(6), SMESIM_COND_ROW(7),
    SMESIM_COND_ROW(8), SMESIM_COND_ROW(9), SMESIM_COND_ROW(10), SMESIM_COND_ROW(11),
    SMESIM_COND_ROW(12), SMESIM_COND_ROW(13), SMESIM_COND_ROW(14), SMESIM_COND_ROW(15),
};

static inline int condition_holds(uint32_t nzcv, int64_t cond)
{
    return (smesim_cond_table[cond & 15] >> (nzcv >> 28)) & 1;
}

/* ShiftReg: LSL LSR ASR ROR by amount (< datasize) */
static inline uint64_t shift_reg(uint64_t v, int64_t type, int64_t amount, int64_t sf)
{
    unsigned size = sf ? 64 : 32;
    v = trunc_sf(v, sf);
    amount &= size - 1;
    if (!amount) return v;
    switch (type) {
    case 0: return trunc_sf(v << amount, sf);
    case 1: return v >> amount;
    case 2:
        return sf ? (uint64_t)((int64_t)v >> amount)
                  : (uint32_t)((int32_t)(uint32_t)v >> amount);
    default: return trunc_sf(v >> amount | v << (size - amount), sf);
    }
}

/* ---- guest memory */
smesim_status smesim_fault_at(smesim_cpu *c, uint64_t addr, uint64_t size, int write);

/* copies of the common sizes, which the compiler turns into one move */
static inline void copy_sized(void *dst, const void *src, uint64_t size)
{
    switch (size) {
    case 1: memcpy(dst, src, 1); break;
    case 2: memcpy(dst, src, 2); break;
    case 4: memcpy(dst, src, 4); break;
    case 8: memcpy(dst, src, 8); break;
    default: memcpy(dst, src, size); break;
    }
}

static inline smesim_status mem_read(smesim_cpu *c, uint64_t addr, void *out, uint64_t size)
{
    uint8_t *p = smesim_mem_access(c->mem, addr, size, SMESIM_MEM_R);
    if (!p) return smesim_fault_at(c, addr, size, 0);
    copy_sized(out, p, size);
    return SMESIM_OK;
}

static inline smesim_status mem_write(smesim_cpu *c, uint64_t addr, const void *in, uint64_t size)
{
    uint8_t *p = smesim_mem_access(c->mem, addr, size, SMESIM_MEM_W);
    if (!p) return smesim_fault_at(c, addr, size, 1);
    copy_sized(p, in, size);
    return SMESIM_OK;
}

static inline void rec_mem(smesim_rec *rec, uint64_t addr, uint64_t bytes)
{
    rec->flags |= SMESIM_REC_MEM;
    rec->addr = addr;
    rec->bytes = (uint32_t)bytes;
}

/* ---- vector elements (little-endian host) */
static inline uint64_t elem_get(const uint8_t *v, unsigned esz, unsigned e)
{
    uint64_t x = 0;
    memcpy(&x, v + ((size_t)e << esz), (size_t)1 << (esz > 3 ? 3 : esz));
    return x;
}

static inline void elem_set(uint8_t *v, unsigned esz, unsigned e, uint64_t x)
{
    memcpy(v + ((size_t)e << esz), &x, (size_t)1 << esz);
}

/* Predicate element e of 2^esz-byte elements: its lowest bit. */
static inline int pred_active(const uint8_t *p, unsigned esz, unsigned e)
{
    unsigned bit = e << esz;
    return (p[bit >> 3] >> (bit & 7)) & 1;
}

static inline void pred_set(uint8_t *p, unsigned esz, unsigned e, int on)
{
    unsigned bit = e << esz;
    if (on) p[bit >> 3] |= (uint8_t)(1u << (bit & 7));
    else p[bit >> 3] &= (uint8_t)~(1u << (bit & 7));
}

/* PredTest(mask, result, esize) -> NZCV */
uint32_t smesim_pred_test(const uint8_t *mask, const uint8_t *result, unsigned esz, unsigned elems);

/* DecodePredCount(pattern, esize) for `elems` elements */
unsigned smesim_pred_count(int64_t pattern, unsigned elems);

/* ---- ZA: element e of the horizontal (v=0) or vertical (v=1) slice
 * `slice` of tile `tile`, elements of 2^esz bytes (esz 0..4). */
static inline uint8_t *za_elem(smesim_cpu *c, unsigned esz, unsigned tile, int v, unsigned slice,
                               unsigned e)
{
    unsigned ntiles = 1u << esz;
    unsigned row = v ? e * ntiles + tile : slice * ntiles + tile;
    unsigned col = v ? slice : e;
    return &c->za[row][(size_t)col << esz];
}

#endif
