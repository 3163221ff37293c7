/* sim/exec/sve_perm_vector.c — SVE unpredicated permutes that are their own
 * shape: DUP (scalar, indexed), INSR, REV, the quadword ZIP/UZP/TRN, EXT,
 * and the SVE2.1 segment permutes DUPQ, EXTQ, TBXQ.  ZIP/UZP/TRN of
 * elements, TBL/TBX and UNPK are shapes in sim/exec/shape_perm.h.
 */
#include <stdio.h>

#include "sim/exec/exec.h"
#include "sim/exec/shape_perm.h"

/* mov z0.s, w1 (DUP (scalar)): Replicate(X[n, esize]); n = 31 is SP */
EXEC(DUP_r)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    uint64_t v = xsp(cpu, F.rn);
    uint8_t *z = cpu->z[F.zd];
#define FILL(E) for (unsigned e = 0; e < n; e++) SMESIM_PUT(E, z, e, v)
    PERM_BY_ESZ(esz, FILL)
#undef FILL
    rec->active = n;
    return SMESIM_OK;
}

/* mov z0.s, z1.s[3] (DUP (indexed)): Replicate(Elem[Zn, index]), or zero
 * when index >= elements; esize up to 128 */
EXEC(DUP_x)
{
    unsigned esz = (unsigned)F.esz, vl = smesim_cpu_vl(cpu), bytes = 1u << esz;
    uint64_t idx = (uint64_t)F.idx;
    uint8_t el[16] = { 0 }, res[SMESIM_MAX_VL];
    if (idx < (vl >> esz)) memcpy(el, cpu->z[F.zn] + idx * bytes, bytes);
    for (unsigned o = 0; o < vl; o += bytes) memcpy(res + o, el, bytes);
    memcpy(cpu->z[F.zd], res, vl);
    rec->active = vl >> esz;
    return SMESIM_OK;
}

/* Z[dn] = dest<VL-esize-1:0> : src */
static void insr(smesim_cpu *cpu, int64_t zd, unsigned esz, uint64_t src)
{
    unsigned vl = smesim_cpu_vl(cpu), bytes = 1u << esz;
    uint8_t *z = cpu->z[zd];
    memmove(z + bytes, z, vl - bytes);
    elem_set(z, esz, 0, src);
}

/* insr z0.s, w1 (INSR (scalar)): X[m, esize], m = 31 is XZR */
EXEC(INSR_r)
{
    insr(cpu, F.zd, (unsigned)F.esz, xr(cpu, F.rm));
    rec->active = smesim_cpu_vl(cpu) >> F.esz;
    return SMESIM_OK;
}

/* insr z0.s, s1 (INSR (SIMD&FP scalar)): V[m, esize], read before the shift
 * (m may be dn) */
EXEC(INSR_v)
{
    insr(cpu, F.zd, (unsigned)F.esz, elem_get(cpu->z[F.vm], (unsigned)F.esz, 0));
    rec->active = smesim_cpu_vl(cpu) >> F.esz;
    return SMESIM_OK;
}

/* rev z0.s, z1.s (REV (vector)): result = Reverse of the elements */
EXEC(REV_z)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    uint8_t res[SMESIM_MAX_VL];
    const uint8_t *z = cpu->z[F.zn];
#define REV(E) for (unsigned e = 0; e < n; e++) SMESIM_PUT(E, res, e, SMESIM_GET(E, z, n - 1 - e))
    PERM_BY_ESZ(esz, REV)
#undef REV
    memcpy(cpu->z[F.zd], res, (size_t)n << esz);
    rec->active = n;
    return SMESIM_OK;
}

/* zip1 z0.q, z1.q, z2.q and ZIP2, UZP1, UZP2, TRN1, TRN2 of quadwords
 * (F64MM): the element forms' pseudocode with esize = 128, which begins
 * `if VL < esize * 2 then EndOfDecode(Decode_UNDEF)`: UNDEFINED at VL 128.
 * op: 0 ZIP1, 1 ZIP2, 2 UZP1, 3 UZP2, 4 TRN1, 5 TRN2 */
EXEC(PERM_q)
{
    unsigned vl = smesim_cpu_vl(cpu), n = vl / 16;
    if (vl < 32) {
        char text[96];
        smesim_disasm(d, text, sizeof text);
        snprintf(cpu->fault.msg, sizeof cpu->fault.msg,
                 "'%s' is UNDEFINED when VL < 256 bits (Arm ARM: VL < esize * 2)", text);
        return SMESIM_UNDEF;
    }
    uint8_t cat[2 * SMESIM_MAX_VL], res[SMESIM_MAX_VL];
    memcpy(cat, cpu->z[F.zn], vl);
    memcpy(cat + vl, cpu->z[F.zm], vl);
    for (unsigned i = 0; i < n; i++) {
        unsigned src;
        switch (F.op) {
        case 0: src = SMESIM_OP_zip1(4, i, n); break;
        case 1: src = SMESIM_OP_zip2(4, i, n); break;
        case 2: src = SMESIM_OP_uzp1(4, i, n); break;
        case 3: src = SMESIM_OP_uzp2(4, i, n); break;
        case 4: src = SMESIM_OP_trn1(4, i, n); break;
        default: src = SMESIM_OP_trn2(4, i, n); break;
        }
        memcpy(res + 16 * i, cat + 16 * src, 16);
    }
    memcpy(cpu->z[F.zd], res, vl);
    rec->active = n;
    return SMESIM_OK;
}

/* concat = operand2 : operand1; result = concat<position+VL-1:position>,
 * or operand1 when position >= VL (bytes) */
static void ext(smesim_cpu *cpu, int64_t zd, const uint8_t *op1, const uint8_t *op2, unsigned pos)
{
    unsigned vl = smesim_cpu_vl(cpu);
    uint8_t cat[2 * SMESIM_MAX_VL];
    memcpy(cat, op1, vl);
    memcpy(cat + vl, op2, vl);
    if (pos >= vl) pos = 0;
    memcpy(cpu->z[zd], cat + pos, vl);
}

/* ext z0.b, z0.b, z1.b, #imm (EXT, destructive) */
EXEC(EXT)
{
    ext(cpu, F.zd, cpu->z[F.zd], cpu->z[F.zm], (unsigned)F.imm);
    rec->active = smesim_cpu_vl(cpu);
    return SMESIM_OK;
}

/* ext z0.b, {z1.b, z2.b}, #imm (EXT, constructive): Zn and Zn+1 mod 32 */
EXEC(EXT2)
{
    ext(cpu, F.zd, cpu->z[F.zn], cpu->z[(F.zn + 1) & 31], (unsigned)F.imm);
    rec->active = smesim_cpu_vl(cpu);
    return SMESIM_OK;
}

/* dupq z0.s, z1.s[1] (DUPQ): each 128-bit segment is Replicate(element
 * `index` of the same segment of Zn) */
EXEC(DUPQ)
{
    unsigned esz = (unsigned)F.esz, vl = smesim_cpu_vl(cpu), bytes = 1u << esz;
    uint8_t res[SMESIM_MAX_VL];
    const uint8_t *z = cpu->z[F.zn];
    for (unsigned s = 0; s < vl; s += 16) {
        const uint8_t *el = z + s + (unsigned)F.idx * bytes;
        for (unsigned o = 0; o < 16; o += bytes) memcpy(res + s + o, el, bytes);
    }
    memcpy(cpu->z[F.zd], res, vl);
    rec->active = vl >> esz;
    return SMESIM_OK;
}

/* extq z0.b, z0.b, z1.b, #imm (EXTQ): per 128-bit segment,
 * (Zm segment : Zdn segment)<position+127:position>, position = imm bytes */
EXEC(EXTQ)
{
    unsigned vl = smesim_cpu_vl(cpu), pos = (unsigned)F.imm;
    uint8_t res[SMESIM_MAX_VL], cat[32];
    for (unsigned s = 0; s < vl; s += 16) {
        memcpy(cat, cpu->z[F.zd] + s, 16);
        memcpy(cat + 16, cpu->z[F.zm] + s, 16);
        memcpy(res + s, cat + pos, 16);
    }
    memcpy(cpu->z[F.zd], res, vl);
    rec->active = vl;
    return SMESIM_OK;
}

/* tbxq z0.s, z1.s, z2.s (TBXQ): per 128-bit segment, element e takes
 * element idx of the segment of Zn when idx < elements per segment, else
 * keeps Zd */
EXEC(TBXQ)
{
    unsigned esz = (unsigned)F.esz, vl = smesim_cpu_vl(cpu), per = 16u >> esz;
    uint8_t res[SMESIM_MAX_VL], tab[SMESIM_MAX_VL];
    memcpy(tab, cpu->z[F.zn], vl);
    memcpy(res, cpu->z[F.zd], vl);
    const uint8_t *zm = cpu->z[F.zm];
    for (unsigned i = 0; i < vl >> esz; i++) {
        uint64_t idx = elem_get(zm, esz, i);
        if (idx < per) elem_set(res, esz, i, elem_get(tab, esz, i - i % per + (unsigned)idx));
    }
    memcpy(cpu->z[F.zd], res, vl);
    rec->active = vl >> esz;
    return SMESIM_OK;
}
