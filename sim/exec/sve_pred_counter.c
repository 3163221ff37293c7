/* sim/exec/sve_pred_counter.c — SVE2.1/SME2 predicate-as-counter: PTRUE pn,
 * PEXT (one or a pair), CNTP of a counter, the WHILE comparisons to a
 * counter or to a pair of predicates, and PSEL.  The counter encoding is
 * the Arm ARM's EncodePredCount / CounterToPredicate / PredCountTest.
 */
#include "sim/exec/exec.h"
#include "sim/exec/shape_perm.h"

/* EncodePredCount(esize, elements, count, invert, PL) into P[d, PL] */
static void encode_pred_count(smesim_cpu *cpu, int64_t pd, unsigned esz, unsigned elements,
                              unsigned count, int invert)
{
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 };
    if (count) {
        if (invert) count = elements - count;
        else if (count == elements) count = 0, invert = 1;
        uint32_t pred = (uint32_t)invert << 15 | ((count << (esz + 1)) & 0x7fffu) | 1u << esz;
        res[0] = (uint8_t)pred;
        res[1] = (uint8_t)(pred >> 8);
    }
    perm_pwrite(cpu, pd, res);
}

/* PredCountTest(elements, count, invert) */
static uint32_t pred_count_test(unsigned elements, unsigned count, int invert)
{
    int n = invert ? count == elements : count != 0;
    int c = invert ? count == 0 : count != elements;
    return NZCV(n, count == 0, c, 0);
}

/* Bit `bit` of CounterToPredicate(pred<15:0>, PL*4): the counter's own
 * element size is the lowest set bit of pred<3:0>; its element e is true
 * when e < count, flipped by invert (pred<15>); count is pred<maxbit:esz+1>,
 * maxbit = Log2(PL*4) with PL = VL DIV 8 (bits). */
static int ctr_bit(const uint8_t *p, unsigned vlbytes, unsigned bit)
{
    unsigned pred = p[0] | (unsigned)p[1] << 8;
    if (!(pred & 15)) return 0;
    unsigned esz = (unsigned)__builtin_ctz(pred & 15), maxbit = 0;
    while ((1u << (maxbit + 1)) <= vlbytes * 4) maxbit++;
    unsigned count = (pred >> (esz + 1)) & ((1u << (maxbit - esz)) - 1);
    int invert = (pred >> 15) & 1;
    if (bit & ((1u << esz) - 1)) return 0;            /* not an element's lowest bit */
    unsigned e = bit >> esz;
    return (e < count) ^ invert;
}

/* ptrue pn8.s (PTRUE (predicate as counter)): all elements */
EXEC(PTRUE_c)
{
    (void)rec;
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    encode_pred_count(cpu, F.pn, esz, n, n, 0);
    return SMESIM_OK;
}

/* pext p0.s, pn8[2] (PEXT (predicate)): part `imm` of the four-register
 * mask, element e = PredicateElement(mask, part * elements + e, esize) */
EXEC(PEXT)
{
    unsigned esz = (unsigned)F.esz, vl = smesim_cpu_vl(cpu), n = vl >> esz;
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 }, ctr[2];
    memcpy(ctr, cpu->p[F.pn], 2);
    for (unsigned e = 0; e < n; e++)
        pred_set(res, esz, e, ctr_bit(ctr, vl, ((unsigned)F.imm * n + e) << esz));
    perm_pwrite(cpu, F.pd, res);
    rec->active = n;
    return SMESIM_OK;
}

/* pext {p0.s, p1.s}, pn8[1] (PEXT (predicate pair)): half `imm` of the
 * four-register mask into Pd and Pd+1 mod 16 */
EXEC(PEXT_pair)
{
    unsigned esz = (unsigned)F.esz, vl = smesim_cpu_vl(cpu), n = vl >> esz;
    uint8_t r0[SMESIM_MAX_VL / 8] = { 0 }, r1[SMESIM_MAX_VL / 8] = { 0 }, ctr[2];
    memcpy(ctr, cpu->p[F.pn], 2);
    unsigned base = (unsigned)F.imm * 2 * n;
    for (unsigned e = 0; e < n; e++) {
        pred_set(r0, esz, e, ctr_bit(ctr, vl, (base + e) << esz));
        pred_set(r1, esz, e, ctr_bit(ctr, vl, (base + n + e) << esz));
    }
    perm_pwrite(cpu, F.pd, r0);
    perm_pwrite(cpu, (F.pd + 1) & 15, r1);
    rec->active = 2 * n;
    return SMESIM_OK;
}

/* cntp x0, pn8.s, vlx2 (CNTP (predicate as counter)): the active elements
 * of the first `width` registers' worth of the mask */
EXEC(CNTP_c)
{
    unsigned esz = (unsigned)F.esz, vl = smesim_cpu_vl(cpu), max = (unsigned)F.n * (vl >> esz);
    uint8_t ctr[2];
    memcpy(ctr, cpu->p[F.pn], 2);
    uint64_t sum = 0;
    for (unsigned e = 0; e < max; e++) sum += (uint64_t)ctr_bit(ctr, vl, e << esz);
    xw(cpu, F.rd, sum);
    rec->active = max;
    return SMESIM_OK;
}

/* whilelt pn8.s, x1, x2, vlx2 and the other seven (WHILE<cc> (predicate as
 * counter)): the count of true elements among width * elements, encoded
 * with invert for the decrementing ones; NZCV = PredCountTest */
EXEC(WHILE_c)
{
    unsigned esz = (unsigned)F.esz, elements = (unsigned)F.n * (smesim_cpu_vl(cpu) >> esz);
    unsigned c = perm_while_count(xr(cpu, F.rn), xr(cpu, F.rm), 64, (int)F.u, (int)F.eq, (int)F.dec,
                                  elements);
    encode_pred_count(cpu, F.pn, esz, elements, c, (int)F.dec);
    cpu->nzcv = pred_count_test(elements, c, (int)F.dec);
    rec->active = elements;
    return SMESIM_OK;
}

/* whilelt {p0.s, p1.s}, x1, x2 and the other seven (WHILE<cc> (predicate
 * pair)): one comparison over 2 * elements, low half to Pd, high half to
 * Pd+1; NZCV = PredTest(Ones(PL*2), result, esize) */
EXEC(WHILE_p2)
{
    unsigned esz = (unsigned)F.esz, vl = smesim_cpu_vl(cpu), n = vl >> esz, pl = vl / 8;
    unsigned c = perm_while_count(xr(cpu, F.rn), xr(cpu, F.rm), 64, (int)F.u, (int)F.eq, (int)F.dec,
                                  2 * n);
    uint8_t res[2 * SMESIM_MAX_VL / 8] = { 0 }, ones[2 * SMESIM_MAX_VL / 8];
    unsigned lo = F.dec ? 2 * n - c : 0, hi = F.dec ? 2 * n : c;
    for (unsigned e = lo; e < hi; e++) pred_set(res, esz, e, 1);
    perm_pwrite(cpu, F.pd, res);
    perm_pwrite(cpu, F.pd + 1, res + pl);
    memset(ones, 0xff, sizeof ones);
    cpu->nzcv = smesim_pred_test(ones, res, esz, 2 * n);
    rec->active = 2 * n;
    return SMESIM_OK;
}

/* psel p0, p1, p2.s[w12, 1] (PSEL): Pn when element (UInt(W[v]) + imm) MOD
 * elements of Pm is active, else all false */
EXEC(PSEL)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    uint64_t el = ((uint64_t)(uint32_t)cpu->x[F.rv] + (uint64_t)F.idx) % n;
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 };
    if (pred_active(cpu->p[F.pm], esz, (unsigned)el)) memcpy(res, cpu->p[F.pn], sizeof res);
    perm_pwrite(cpu, F.pd, res);
    rec->active = n;
    return SMESIM_OK;
}
