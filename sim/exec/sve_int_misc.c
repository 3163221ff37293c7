/* sim/exec/sve_int_misc.c — the bodies of SVE's 0x04 space that are their
 * own shape: INDEX (four forms), ADR (vector addresses) and the FEXPA
 * coefficient table.  MOVPRFX, FTSSEL and FEXPA's loop are shapes
 * (decode/isa/sve_int_misc.decode names them; sim/exec/shape_x_int.h).
 */
#include "sim/exec/shape_x_int.h"

/* ---- INDEX: Elem[result, e] = (base + e * step)<esize-1:0>, computed in
 * 64 bits and truncated (the pseudocode's integers wrap at esize). */
#define INDEX_LOOP(E)                                                        \
    for (unsigned i = 0; i < n; i++) SMESIM_PUT(E, zd, i, base + (uint64_t)i * step)

static inline void index_fill(smesim_cpu *cpu, smesim_rec *rec, int64_t zdn, int64_t esz,
                              uint64_t base, uint64_t step)
{
    unsigned n = smesim_cpu_vl(cpu) >> esz;
    uint8_t *zd = cpu->z[zdn];
    switch (esz) {
    case 0: INDEX_LOOP(0); break;
    case 1: INDEX_LOOP(1); break;
    case 2: INDEX_LOOP(2); break;
    default: INDEX_LOOP(3); break;
    }
    rec->active = n;
}

/* index z0.s, #imm, #imm */
EXEC(INDEX_ii)
{
    index_fill(cpu, rec, F.zd, F.esz, (uint64_t)F.imm5, (uint64_t)F.imm5b);
    return SMESIM_OK;
}

/* index z0.s, w1, #imm */
EXEC(INDEX_ri)
{
    index_fill(cpu, rec, F.zd, F.esz, xr(cpu, F.rn), (uint64_t)F.imm5);
    return SMESIM_OK;
}

/* index z0.s, #imm, w1 */
EXEC(INDEX_ir)
{
    index_fill(cpu, rec, F.zd, F.esz, (uint64_t)F.imm5, xr(cpu, F.rm));
    return SMESIM_OK;
}

/* index z0.s, w1, w2 */
EXEC(INDEX_rr)
{
    index_fill(cpu, rec, F.zd, F.esz, xr(cpu, F.rn), xr(cpu, F.rm));
    return SMESIM_OK;
}

/* ---- ADR: Elem[result, e] = Elem[zn, e] + (offset << msz), where offset
 * is Zm's element, or its low 32 bits sign- or zero-extended (the
 * unpacked forms on 64-bit elements). */
static inline void adr(smesim_cpu *cpu, smesim_rec *rec, int64_t zdi, int64_t zni, int64_t zmi,
                       unsigned esz, unsigned msz, int ext)
{
    unsigned n = smesim_cpu_vl(cpu) >> esz;
    uint8_t *zd = cpu->z[zdi];
    const uint8_t *zn = cpu->z[zni], *zm = cpu->z[zmi];
    for (unsigned i = 0; i < n; i++) {
        uint64_t off = elem_get(zm, esz, i);
        if (ext == 1) off = (uint64_t)(int64_t)(int32_t)off;
        if (ext == 2) off = (uint32_t)off;
        elem_set(zd, esz, i, elem_get(zn, esz, i) + (off << msz));
    }
    rec->active = n;
}

/* adr z0.d, [z1.d, z2.d, sxtw #2] */
EXEC(ADR_sxtw)
{
    adr(cpu, rec, F.zd, F.zn, F.zm, 3, (unsigned)F.msz, 1);
    return SMESIM_OK;
}

/* adr z0.d, [z1.d, z2.d, uxtw #2] */
EXEC(ADR_uxtw)
{
    adr(cpu, rec, F.zd, F.zn, F.zm, 3, (unsigned)F.msz, 2);
    return SMESIM_OK;
}

/* adr z0.s, [z1.s, z2.s, lsl #2] */
EXEC(ADR_p)
{
    adr(cpu, rec, F.zd, F.zn, F.zm, (unsigned)F.esz, (unsigned)F.msz, 0);
    return SMESIM_OK;
}

/* ---- FPExpA(op): FPExpCoefficient[op<4:0> or op<5:0>] as the fraction and
 * op<9:5>, op<13:6> or op<16:6> as the exponent, sign 0.  The Arm ARM's
 * coefficient table is the fraction bits of 2^(i/32) (half) or 2^(i/64)
 * (single, double) rounded to nearest; these were computed so (80 digits)
 * and agree with qemu-aarch64 11.1 entry by entry. */
static const uint16_t fexpa_h[32] = {
    0x0000, 0x0016, 0x002d, 0x0045, 0x005d, 0x0075, 0x008e, 0x00a8,
    0x00c2, 0x00dc, 0x00f8, 0x0114, 0x0130, 0x014d, 0x016b, 0x0189,
    0x01a8, 0x01c8, 0x01e8, 0x0209, 0x022b, 0x024e, 0x0271, 0x0295,
    0x02ba, 0x02e0, 0x0306, 0x032e, 0x0356, 0x037f, 0x03a9, 0x03d4,
};
static const uint32_t fexpa_s[64] = {
    0x000000, 0x0164d2, 0x02cd87, 0x043a29, 0x05aac3, 0x071f62, 0x08980f, 0x0a14d5,
    0x0b95c2, 0x0d1adf, 0x0ea43a, 0x1031dc, 0x11c3d3, 0x135a2b, 0x14f4f0, 0x16942d,
    0x1837f0, 0x19e046, 0x1b8d3a, 0x1d3eda, 0x1ef532, 0x20b051, 0x227043, 0x243516,
    0x25fed7, 0x27cd94, 0x29a15b, 0x2b7a3a, 0x2d583f, 0x2f3b79, 0x3123f6, 0x3311c4,
    0x3504f3, 0x36fd92, 0x38fbaf, 0x3aff5b, 0x3d08a4, 0x3f179a, 0x412c4d, 0x4346cd,
    0x45672a, 0x478d75, 0x49b9be, 0x4bec15, 0x4e248c, 0x506334, 0x52a81e, 0x54f35b,
    0x5744fd, 0x599d16, 0x5bfbb8, 0x5e60f5, 0x60ccdf, 0x633f89, 0x65b907, 0x68396a,
    0x6ac0c7, 0x6d4f30, 0x6fe4ba, 0x728177, 0x75257d, 0x77d0df, 0x7a83b3, 0x7d3e0c,
};
static const uint64_t fexpa_d[64] = {
    0x0000000000000, 0x02c9a3e778061, 0x059b0d3158574, 0x0874518759bc8,
    0x0b5586cf9890f, 0x0e3ec32d3d1a2, 0x11301d0125b51, 0x1429aaea92de0,
    0x172b83c7d517b, 0x1a35beb6fcb75, 0x1d4873168b9aa, 0x2063b88628cd6,
    0x2387a6e756238, 0x26b4565e27cdd, 0x29e9df51fdee1, 0x2d285a6e4030b,
    0x306fe0a31b715, 0x33c08b26416ff, 0x371a7373aa9cb, 0x3a7db34e59ff7,
    0x3dea64c123422, 0x4160a21f72e2a, 0x44e086061892d, 0x486a2b5c13cd0,
    0x4bfdad5362a27, 0x4f9b2769d2ca7, 0x5342b569d4f82, 0x56f4736b527da,
    0x5ab07dd485429, 0x5e76f15ad2148, 0x6247eb03a5585, 0x6623882552225,
    0x6a09e667f3bcd, 0x6dfb23c651a2f, 0x71f75e8ec5f74, 0x75feb564267c9,
    0x7a11473eb0187, 0x7e2f336cf4e62, 0x82589994cce13, 0x868d99b4492ed,
    0x8ace5422aa0db, 0x8f1ae99157736, 0x93737b0cdc5e5, 0x97d829fde4e50,
    0x9c49182a3f090, 0xa0c667b5de565, 0xa5503b23e255d, 0xa9e6b5579fdbf,
    0xae89f995ad3ad, 0xb33a2b84f15fb, 0xb7f76f2fb5e47, 0xbcc1e904bc1d2,
    0xc199bdd85529c, 0xc67f12e57d14b, 0xcb720dcef9069, 0xd072d4a07897c,
    0xd5818dcfba487, 0xda9e603db3285, 0xdfc97337b9b5f, 0xe502ee78b3ff6,
    0xea4afa2a490da, 0xefa1bee615a27, 0xf50765b6e4540, 0xfa7c1819e90d8,
};

uint64_t smesim_fexpa(unsigned E, uint64_t op)
{
    switch (E) {
    case 1: return (op >> 5 & 0x1f) << 10 | fexpa_h[op & 0x1f];
    case 2: return (op >> 6 & 0xff) << 23 | fexpa_s[op & 0x3f];
    default: return (op >> 6 & 0x7ff) << 52 | fexpa_d[op & 0x3f];
    }
}
