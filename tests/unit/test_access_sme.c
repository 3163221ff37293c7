/* tests/unit/test_access_sme.c — operand access and instruction facts of the
 * SME families (decode/isa/sme_*.decode, sme2_*.decode): outer products,
 * multi-vector and tile-slice loads and stores, LDR/STR of ZA and ZT0, moves,
 * ZERO, ADDHA, LUTI and MOVT.  Every word is llvm-mc-19's (--disassemble with
 * the features of tests/oracle/llvmmc.py), checked here against its text;
 * what is read and written is worked by hand from the Arm ARM's description
 * of each instruction.  A 2^esz-byte tile t holds the ZA granules (.q tiles)
 * g with g mod 2^esz == t.
 */
#include "tests/unit/harness.h"

#include <stdio.h>

#include "decode/decode.h"

static smesim_insn in;
static smesim_access acc;

/* decode w, require llvm-mc-19's text, and take its access sets */
static void load(uint32_t w, const char *llvm_text)
{
    char buf[128];
    expect_true(smesim_decode(w, &in) >= 0);
    smesim_disasm(&in, buf, sizeof buf);
    expect_str(buf, llvm_text);
    smesim_insn_access(&in, &acc);
}

static int rd(unsigned r) { return smesim_res_has(&acc.rd, r); }
static int wr(unsigned r) { return smesim_res_has(&acc.wr, r); }
static unsigned za_bits(const smesim_resset *s)
{
    unsigned m = 0;
    for (unsigned g = 0; g < 16; g++)
        if (smesim_res_has(s, SMESIM_RES_ZA0 + g)) m |= 1u << g;
    return m;
}
static unsigned x_bits(const smesim_resset *s)
{
    unsigned m = 0;
    for (unsigned r = 0; r < 32; r++)
        if (smesim_res_has(s, SMESIM_RES_X0 + r)) m |= 1u << r;
    return m;
}
static unsigned z_bits(const smesim_resset *s)
{
    unsigned m = 0;
    for (unsigned r = 0; r < 32; r++)
        if (smesim_res_has(s, SMESIM_RES_Z0 + r)) m |= 1u << r;
    return m;
}
static unsigned p_bits(const smesim_resset *s)
{
    unsigned m = 0;
    for (unsigned r = 0; r < 16; r++)
        if (smesim_res_has(s, SMESIM_RES_P0 + r)) m |= 1u << r;
    return m;
}
static const smesim_insn_info *info(void) { return &smesim_insn_infos[in.id]; }

#define F(name) SMESIM_FEATBIT(name)

TEST(outer_products_read_and_write_their_tile)
{
    load(0x80c9e9c6, "fmopa za6.d, p2/m, p7/m, z14.d, z9.d");
    expect_eq(za_bits(&acc.rd), 1u << 6 | 1u << 14);          /* za6.d: g mod 8 == 6 */
    expect_eq(za_bits(&acc.wr), 1u << 6 | 1u << 14);
    expect_eq(z_bits(&acc.rd), 1u << 14 | 1u << 9);
    expect_eq(p_bits(&acc.rd), 1u << 2 | 1u << 7);
    expect_eq(z_bits(&acc.wr), 0);
    expect_u64(info()->feat, SMESIM_FEAT_NEVER);                /* streaming only */
    expect_u64(info()->sfeat, F(SME_F64F64));
    expect_eq(info()->need, SMESIM_NEED_za);
    expect_eq(info()->flops, 2);

    load(0x80b610a9, "fmopa za1.h, p4/m, p0/m, z5.b, z22.b");  /* FP8 into .h */
    expect_eq(za_bits(&acc.wr), 0xaaaa);                        /* za1.h: odd granules */
    expect_true(rd(SMESIM_RES_FPMR));                           /* FP8 formats */
    expect_u64(info()->sfeat, F(SME_F8F16));

    load(0x81be6521, "fmopa za1.s, p1/m, p3/m, z9.h, z30.h");  /* widening */
    expect_eq(za_bits(&acc.wr), 0x2222);
    expect_u64(info()->sfeat, F(SME));
    expect_eq(info()->flops, 4);

    load(0xa0c9e9c6, "smopa za6.d, p2/m, p7/m, z14.h, z9.h");
    expect_eq(za_bits(&acc.rd), 1u << 6 | 1u << 14);
    expect_u64(info()->sfeat, F(SME_I16I64));

    load(0xa09e2feb, "smopa za3.s, p3/m, p1/m, z31.h, z30.h"); /* SME2 two-way */
    expect_u64(info()->sfeat, F(SME2));

    load(0x808e73ca, "bmopa za2.s, p4/m, p3/m, z30.s, z14.s");
    expect_eq(za_bits(&acc.wr), 0x4444);
    expect_u64(info()->sfeat, F(SME2));
    expect_eq(info()->mem, SMESIM_MEM_none);
}

TEST(multi_vector_loads_write_the_list_and_stores_read_it)
{
    load(0xa00e5e18, "ld1w { z24.s, z25.s }, pn15/z, [x16, x14, lsl #2]");
    expect_eq(z_bits(&acc.wr), 3u << 24);
    expect_eq(p_bits(&acc.rd), 1u << 15);
    expect_eq(x_bits(&acc.rd), 1u << 16 | 1u << 14);
    expect_eq(za_bits(&acc.wr), 0);
    expect_eq(info()->mem, SMESIM_MEM_ld);
    expect_u64(info()->feat, F(SVE2p1));                        /* SVE2.1 outside streaming */
    expect_u64(info()->sfeat, F(SME2));

    load(0xa12fd2a2, "st1w { z2.s, z6.s, z10.s, z14.s }, pn12, [x21, x15, lsl #2]");
    expect_eq(z_bits(&acc.rd), 1u << 2 | 1u << 6 | 1u << 10 | 1u << 14);
    expect_eq(z_bits(&acc.wr), 0);
    expect_eq(x_bits(&acc.wr), 0);
    expect_eq(p_bits(&acc.rd), 1u << 12);
    expect_eq(info()->mem, SMESIM_MEM_st);
    expect_u64(info()->feat, SMESIM_FEAT_NEVER);                /* strided: SME2 only */

    load(0xa14e0751, "ld1b { z17.b, z25.b }, pn9/z, [x26, #-4, mul vl]");
    expect_eq(z_bits(&acc.wr), 1u << 17 | 1u << 25);
    expect_eq(x_bits(&acc.rd), 1u << 26);
}

TEST(tile_slice_loads_and_stores_name_one_tile_and_the_slice_index)
{
    load(0xe1c324c9, "ld1q {za9h.q[w13, 0]}, p1/z, [x6, x3, lsl #4]");
    expect_eq(za_bits(&acc.wr), 1u << 9);
    expect_eq(x_bits(&acc.rd), 1u << 13 | 1u << 6 | 1u << 3);
    expect_eq(p_bits(&acc.rd), 1u << 1);
    expect_eq(info()->mem, SMESIM_MEM_ld);
    expect_u64(info()->sfeat, F(SME));
    expect_u64(info()->feat, SMESIM_FEAT_NEVER);

    load(0xe03a9029, "st1b {za0v.b[w12, 9]}, p4, [x1, x26]");
    expect_eq(za_bits(&acc.rd), 0xffff);                        /* za0.b is all of ZA */
    expect_eq(za_bits(&acc.wr), 0);
    expect_eq(x_bits(&acc.rd), 1u << 12 | 1u << 1 | 1u << 26);
    expect_eq(info()->mem, SMESIM_MEM_st);

    load(0xe0dfbaaa, "ld1d {za5v.d[w13, 0]}, p6/z, [x21]");    /* rm = 31: no offset */
    expect_eq(za_bits(&acc.wr), 1u << 5 | 1u << 13);
    expect_eq(x_bits(&acc.rd), 1u << 13 | 1u << 21);
}

TEST(ldr_and_str_of_za_and_zt0_need_no_streaming_mode)
{
    load(0xe100614c, "ldr za[w15, 12], [x10, #12, mul vl]");
    expect_eq(za_bits(&acc.wr), 0xffff);                        /* which vector needs W15 */
    expect_eq(x_bits(&acc.rd), 1u << 15 | 1u << 10);
    expect_u64(info()->feat, F(SME));
    expect_u64(info()->sfeat, F(SME));
    expect_eq(info()->need, SMESIM_NEED_za);
    expect_eq(info()->mem, SMESIM_MEM_ld);

    load(0xe1200121, "str za[w12, 1], [x9, #1, mul vl]");
    expect_eq(za_bits(&acc.rd), 0xffff);
    expect_eq(za_bits(&acc.wr), 0);
    expect_eq(info()->mem, SMESIM_MEM_st);

    load(0xe11f8140, "ldr zt0, [x10]");
    expect_true(wr(SMESIM_RES_ZT0));
    expect_false(rd(SMESIM_RES_ZT0));
    expect_eq(x_bits(&acc.rd), 1u << 10);
    expect_u64(info()->feat, F(SME2));
    expect_eq(info()->need, SMESIM_NEED_zt0);

    load(0xe13f8000, "str zt0, [x0]");
    expect_true(rd(SMESIM_RES_ZT0));
    expect_false(wr(SMESIM_RES_ZT0));
    expect_eq(info()->mem, SMESIM_MEM_st);
}

TEST(moves_between_vectors_and_za)
{
    load(0xc0864014, "mov { z20.s, z21.s }, za0h.s[w14, 0:1]");
    expect_eq(z_bits(&acc.wr), 3u << 20);
    expect_eq(za_bits(&acc.rd), 0x1111);
    expect_eq(za_bits(&acc.wr), 0);
    expect_eq(x_bits(&acc.rd), 1u << 14);
    expect_u64(info()->sfeat, F(SME2));

    load(0xc0042980, "mov za.d[w9, 0, vgx2], { z12.d, z13.d }");
    expect_eq(za_bits(&acc.wr), 0xffff);
    expect_eq(z_bits(&acc.rd), 3u << 12);
    expect_eq(x_bits(&acc.rd), 1u << 9);

    load(0xc0c2622d, "movaz z13.d, za0h.d[w15, 1]");           /* reads, then zeroes */
    expect_eq(z_bits(&acc.wr), 1u << 13);
    expect_eq(za_bits(&acc.rd), 1u << 0 | 1u << 8);
    expect_eq(za_bits(&acc.wr), 1u << 0 | 1u << 8);
    expect_u64(info()->sfeat, F(SME2p1));

    load(0xc0062ebc, "movaz { z28.d - z31.d }, za.d[w9, 5, vgx4]");
    expect_eq(z_bits(&acc.wr), 0xfu << 28);
    expect_eq(za_bits(&acc.wr), 0xffff);
}

TEST(zero_addha_luti_and_movt)
{
    load(0xc00e4004, "zero za.d[w10, 4, vgx4]");
    expect_eq(za_bits(&acc.wr), 0xffff);
    expect_eq(x_bits(&acc.rd), 1u << 10);
    expect_u64(info()->feat, SMESIM_FEAT_NEVER);
    expect_u64(info()->sfeat, F(SME2p1));

    load(0xc0480001, "zero { zt0 }");
    expect_true(wr(SMESIM_RES_ZT0));
    expect_u64(info()->feat, F(SME2));
    expect_eq(info()->need, SMESIM_NEED_zt0);

    load(0xc0d05b05, "addha za5.d, p6/m, p2/m, z24.d");
    expect_eq(za_bits(&acc.rd), 1u << 5 | 1u << 13);
    expect_eq(za_bits(&acc.wr), 1u << 5 | 1u << 13);
    expect_eq(p_bits(&acc.rd), 1u << 6 | 1u << 2);
    expect_eq(z_bits(&acc.rd), 1u << 24);
    expect_u64(info()->sfeat, F(SME_I16I64));

    load(0xc08ec236, "luti2 { z22.b, z23.b }, zt0, z17[5]");
    expect_eq(z_bits(&acc.wr), 3u << 22);
    expect_eq(z_bits(&acc.rd), 1u << 17);
    expect_true(rd(SMESIM_RES_ZT0));
    expect_false(wr(SMESIM_RES_ZT0));
    expect_eq(info()->need, SMESIM_NEED_zt0);

    load(0xc09b03c3, "luti4 { z3.b, z7.b, z11.b, z15.b }, zt0, { z30, z31 }");
    expect_eq(z_bits(&acc.wr), 1u << 3 | 1u << 7 | 1u << 11 | 1u << 15);
    expect_eq(z_bits(&acc.rd), 3u << 30);
    expect_u64(info()->sfeat, F(SME2p1) | F(SME_LUTv2));

    load(0xc04e63e2, "movt zt0[48], x2");
    expect_true(rd(SMESIM_RES_ZT0));                           /* the other 56 bytes stay */
    expect_true(wr(SMESIM_RES_ZT0));
    expect_eq(x_bits(&acc.rd), 1u << 2);
    expect_u64(info()->feat, F(SME2));

    load(0xc04c43fa, "movt x26, zt0[32]");
    expect_eq(x_bits(&acc.wr), 1u << 26);
    expect_true(rd(SMESIM_RES_ZT0));
}

RUN_TESTS(T(outer_products_read_and_write_their_tile),
          T(multi_vector_loads_write_the_list_and_stores_read_it),
          T(tile_slice_loads_and_stores_name_one_tile_and_the_slice_index),
          T(ldr_and_str_of_za_and_zt0_need_no_streaming_mode), T(moves_between_vectors_and_za),
          T(zero_addha_luti_and_movt))
