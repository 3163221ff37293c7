/* tests/unit/test_access_smec1.c — operand access and facts of the SME2
 * instructions with top byte 0xc1 (decode/isa/sme2_za_*.decode,
 * sme2_multi_*.decode, sme2_perm.decode): which registers, ZA and FPMR a
 * sample of each family reads and writes, and the features it needs.
 *
 * Every word below is llvm-mc-19's encoding of the text beside it
 * (llvm-mc-19 -triple=aarch64 -show-encoding, features of
 * tests/oracle/llvmmc.py); the expectations are worked by hand from the
 * Arm ARM's description of each instruction: ZA-accumulating forms read and
 * write ZA, destructive list forms read and write their first list,
 * narrowing and widening forms write only their destination, FP8 forms
 * read FPMR.
 */
#include "tests/unit/harness.h"

#include <stdio.h>

#include "decode/decode.h"

typedef struct {
    smesim_insn in;
    smesim_access a;
    const smesim_insn_info *info;
} decoded;

static decoded dec(uint32_t w, const char *mnemonic)
{
    decoded d;
    smesim_decode(w, &d.in);
    expect_true(d.in.id >= 0);
    smesim_insn_access(&d.in, &d.a);
    d.info = &smesim_insn_infos[d.in.id];
    expect_str(d.info->mnemonic, mnemonic);
    return d;
}

static int rd(const decoded *d, unsigned r) { return smesim_res_has(&d->a.rd, r); }
static int wr(const decoded *d, unsigned r) { return smesim_res_has(&d->a.wr, r); }
#define Z(n) (SMESIM_RES_Z0 + (n))
#define X(n) (SMESIM_RES_X0 + (n))
#define P(n) (SMESIM_RES_P0 + (n))

/* all 16 ZA granules read and written, and nothing else written */
static void expect_za_accumulated(const decoded *d)
{
    for (unsigned g = 0; g < 16; g++) {
        expect_true(rd(d, SMESIM_RES_ZA0 + g));
        expect_true(wr(d, SMESIM_RES_ZA0 + g));
    }
    for (unsigned r = 0; r < SMESIM_RES_ZA0; r++) expect_false(wr(d, r));
    expect_eq(d->info->need, SMESIM_NEED_za);
}

static void expect_no_za(const decoded *d)
{
    for (unsigned g = 0; g < 16; g++) {
        expect_false(rd(d, SMESIM_RES_ZA0 + g));
        expect_false(wr(d, SMESIM_RES_ZA0 + g));
    }
    expect_eq(d->info->need, SMESIM_NEED_none);
}

/* streaming only: never legal outside streaming mode, and `sfeat` inside */
static void expect_streaming(const decoded *d, uint64_t sfeat)
{
    expect_u64(d->info->feat, SMESIM_FEAT_NEVER);
    expect_u64(d->info->sfeat, sfeat);
    expect_eq(d->info->mem, SMESIM_MEM_none);
}

/* decode/isa/sme2_za_arith.decode */
TEST(za_arith_reads_the_lists_and_accumulates_into_za)
{
    decoded d = dec(0xc13f3847, "fmla");   /* fmla za.s[w9, 7, vgx4], { z2.s - z5.s }, z15.s */
    expect_za_accumulated(&d);
    for (unsigned z = 2; z <= 5; z++) expect_true(rd(&d, Z(z)));
    expect_true(rd(&d, Z(15)));
    expect_false(rd(&d, Z(6)));
    expect_true(rd(&d, X(9)));                     /* the vector select register */
    expect_streaming(&d, SMESIM_FEATBIT(SME2));
    expect_eq(d.info->flops, 2);

    d = dec(0xc1e41bc1, "fmla");   /* fmla za.d[w8, 1, vgx2], { z30.d, z31.d }, { z4.d, z5.d } */
    expect_za_accumulated(&d);
    expect_true(rd(&d, Z(30)) && rd(&d, Z(31)) && rd(&d, Z(4)) && rd(&d, Z(5)));
    expect_true(rd(&d, X(8)));
    expect_streaming(&d, SMESIM_FEATBIT(SME2) | SMESIM_FEATBIT(SME_F64F64));

    d = dec(0xc1e41f43, "bfadd");  /* bfadd za.h[w8, 3, vgx2], { z26.h, z27.h } */
    expect_za_accumulated(&d);
    expect_true(rd(&d, Z(26)) && rd(&d, Z(27)));
    expect_streaming(&d, SMESIM_FEATBIT(SME_B16B16));
}

/* decode/isa/sme2_za_widen.decode */
TEST(za_widening_multiply_adds_read_their_sources)
{
    decoded d = dec(0xc1810c50, "umlall");  /* umlall za.d[w8, 0:3], z2.h, z1.h[3] */
    expect_za_accumulated(&d);
    expect_true(rd(&d, Z(2)) && rd(&d, Z(1)) && rd(&d, X(8)));
    expect_false(rd(&d, Z(3)));
    expect_streaming(&d, SMESIM_FEATBIT(SME2) | SMESIM_FEATBIT(SME_I16I64));

    d = dec(0xc1d3d986, "smlal");   /* smlal za.s[w10, 4:5, vgx4], { z12.h - z15.h }, z3.h[5] */
    expect_za_accumulated(&d);
    for (unsigned z = 12; z <= 15; z++) expect_true(rd(&d, Z(z)));
    expect_true(rd(&d, Z(3)) && rd(&d, X(10)));
    expect_streaming(&d, SMESIM_FEATBIT(SME2));

    d = dec(0xc1c1e96f, "fmlal");   /* fmlal za.h[w11, 14:15], z11.b, z1.b[13] (FP8) */
    expect_za_accumulated(&d);
    expect_true(rd(&d, Z(11)) && rd(&d, Z(1)) && rd(&d, X(11)));
    expect_true(rd(&d, SMESIM_RES_FPMR));         /* the FP8 formats */
    expect_streaming(&d, SMESIM_FEATBIT(SME_F8F16));
}

/* decode/isa/sme2_za_dot.decode */
TEST(za_dots_read_lists_that_wrap_around)
{
    decoded d = dec(0xc12b37e6, "sdot");    /* sdot za.s[w9, 6, vgx2], { z31.b, z0.b }, z11.b */
    expect_za_accumulated(&d);
    expect_true(rd(&d, Z(31)) && rd(&d, Z(0)) && rd(&d, Z(11)) && rd(&d, X(9)));
    expect_false(rd(&d, Z(1)));
    expect_streaming(&d, SMESIM_FEATBIT(SME2));

    d = dec(0xc13913da, "fdot");    /* fdot za.s[w8, 2, vgx4], { z30.b, z31.b, z0.b, z1.b }, z9.b */
    expect_za_accumulated(&d);
    expect_true(rd(&d, Z(30)) && rd(&d, Z(31)) && rd(&d, Z(0)) && rd(&d, Z(1)) && rd(&d, Z(9)));
    expect_true(rd(&d, SMESIM_RES_FPMR));
    expect_streaming(&d, SMESIM_FEATBIT(SME_F8F32));

    d = dec(0xc15489ab, "usvdot");  /* usvdot za.s[w8, 3, vgx4], { z12.b - z15.b }, z4.b[2] */
    expect_za_accumulated(&d);
    for (unsigned z = 12; z <= 15; z++) expect_true(rd(&d, Z(z)));
    expect_true(rd(&d, Z(4)));
    expect_false(rd(&d, SMESIM_RES_FPMR));
    expect_streaming(&d, SMESIM_FEATBIT(SME2));
}

/* decode/isa/sme2_multi_arith.decode */
TEST(multi_vector_arithmetic_is_destructive_on_its_first_list)
{
    decoded d = dec(0xc127a004, "smax");    /* smax { z4.b, z5.b }, { z4.b, z5.b }, z7.b */
    expect_no_za(&d);
    expect_true(rd(&d, Z(4)) && rd(&d, Z(5)) && rd(&d, Z(7)));
    expect_true(wr(&d, Z(4)) && wr(&d, Z(5)));
    expect_false(wr(&d, Z(7)));
    expect_streaming(&d, SMESIM_FEATBIT(SME2));

    d = dec(0xc1a8b918, "fmax");    /* fmax { z24.s - z27.s }, { z24.s - z27.s }, { z8.s - z11.s } */
    expect_no_za(&d);
    for (unsigned z = 24; z <= 27; z++) expect_true(rd(&d, Z(z)) && wr(&d, Z(z)));
    for (unsigned z = 8; z <= 11; z++) expect_true(rd(&d, Z(z)) && !wr(&d, Z(z)));

    d = dec(0xc1b0c7e2, "sclamp");  /* sclamp { z2.s, z3.s }, z31.s, z16.s */
    expect_true(rd(&d, Z(2)) && wr(&d, Z(2)) && wr(&d, Z(3)));
    expect_true(rd(&d, Z(31)) && rd(&d, Z(16)) && !wr(&d, Z(31)));

    d = dec(0xc1fc87d2, "sel");     /* sel { z18.d, z19.d }, pn9, { z30.d, z31.d }, { z28.d, z29.d } */
    expect_true(wr(&d, Z(18)) && wr(&d, Z(19)));
    expect_false(rd(&d, Z(18)));                   /* SEL only writes its destination */
    expect_true(rd(&d, P(9)) && rd(&d, Z(30)) && rd(&d, Z(31)) && rd(&d, Z(28)) && rd(&d, Z(29)));

    d = dec(0xc1fab150, "famax");   /* famax { z16.d, z17.d }, { z16.d, z17.d }, { z26.d, z27.d } */
    expect_streaming(&d, SMESIM_FEATBIT(SME2) | SMESIM_FEATBIT(FAMINMAX));
}

/* decode/isa/sme2_multi_cvt.decode and sme2_perm.decode */
TEST(conversions_and_permutes_write_only_their_destination)
{
    decoded d = dec(0xc133e188, "sqcvt");   /* sqcvt z8.b, { z12.s - z15.s } */
    expect_no_za(&d);
    expect_true(wr(&d, Z(8)) && !rd(&d, Z(8)));
    for (unsigned z = 12; z <= 15; z++) expect_true(rd(&d, Z(z)) && !wr(&d, Z(z)));
    expect_streaming(&d, SMESIM_FEATBIT(SME2));

    d = dec(0xc1abdb1d, "sqrshr");  /* sqrshr z29.h, { z24.d - z27.d }, #53 */
    expect_true(wr(&d, Z(29)) && rd(&d, Z(24)) && rd(&d, Z(27)));
    expect_eq(d.in.a.v[smesim_arg_slot(d.in.id, "sh")], 53);

    d = dec(0xc126e1c4, "f1cvt");   /* f1cvt { z4.h, z5.h }, z14.b */
    expect_true(wr(&d, Z(4)) && wr(&d, Z(5)) && rd(&d, Z(14)));
    expect_true(rd(&d, SMESIM_RES_FPMR));
    expect_streaming(&d, SMESIM_FEATBIT(SME2) | SMESIM_FEATBIT(FP8));

    d = dec(0xc120e10f, "fcvt");    /* fcvt z15.h, { z8.s, z9.s } */
    expect_true(wr(&d, Z(15)) && rd(&d, Z(8)) && rd(&d, Z(9)));
    expect_false(rd(&d, SMESIM_RES_FPMR));

    d = dec(0xc172d21c, "zip");     /* zip { z28.h, z29.h }, z16.h, z18.h */
    expect_no_za(&d);
    expect_true(wr(&d, Z(28)) && wr(&d, Z(29)) && rd(&d, Z(16)) && rd(&d, Z(18)));
    expect_false(rd(&d, Z(28)));

    d = dec(0xc175e005, "uunpk");   /* uunpk { z4.h - z7.h }, { z0.b, z1.b } */
    for (unsigned z = 4; z <= 7; z++) expect_true(wr(&d, Z(z)));
    expect_true(rd(&d, Z(0)) && rd(&d, Z(1)) && !rd(&d, Z(2)));

    d = dec(0xc137e102, "uzp");     /* uzp { z0.q - z3.q }, { z8.q - z11.q } */
    for (unsigned z = 0; z <= 3; z++) expect_true(wr(&d, Z(z)));
    for (unsigned z = 8; z <= 11; z++) expect_true(rd(&d, Z(z)));
    expect_streaming(&d, SMESIM_FEATBIT(SME2));
}

RUN_TESTS(T(za_arith_reads_the_lists_and_accumulates_into_za),
          T(za_widening_multiply_adds_read_their_sources),
          T(za_dots_read_lists_that_wrap_around),
          T(multi_vector_arithmetic_is_destructive_on_its_first_list),
          T(conversions_and_permutes_write_only_their_destination))
