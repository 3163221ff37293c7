/* tests/unit/test_access_svefp.c — operand access and static facts of the
 * SVE floating-point families (decode/isa/sve_fp_*.decode, sve_bf16.decode,
 * sve_fp8.decode): for a sample of each family, the word llvm-mc-19 gives for
 * the text in the comment (llvm-mc-19 -show-encoding with the features of
 * tests/oracle/llvmmc.py), and, worked by hand from the Arm ARM, exactly which
 * registers and state it reads and writes, and the features it needs in and
 * out of streaming mode.
 */
#include "tests/unit/harness.h"

#include "decode/decode.h"

#define Z(n) (SMESIM_RES_Z0 + (n))
#define P(n) (SMESIM_RES_P0 + (n))
#define FPSR SMESIM_RES_FPSR
#define FPMR SMESIM_RES_FPMR
#define END 0xffffu

static smesim_insn in;
static smesim_access acc;

/* Decodes w, which must be pattern `name`, and works out its access. */
static const smesim_insn_info *decode_as(uint32_t w, const char *name)
{
    smesim_decode(w, &in);
    expect_true(in.id >= 0);
    expect_str(smesim_insn_infos[in.id].name, name);
    smesim_insn_access(&in, &acc);
    return &smesim_insn_infos[in.id];
}

/* The set holds exactly the resources listed (END-terminated). */
static void expect_exactly(const smesim_resset *s, const unsigned *res)
{
    smesim_resset want = { { 0, 0 } };
    for (; *res != END; res++) want.w[*res >> 6] |= (uint64_t)1 << (*res & 63);
    expect_u64(s->w[0], want.w[0]);
    expect_u64(s->w[1], want.w[1]);
}
#define READS(...) expect_exactly(&acc.rd, (const unsigned[]){ __VA_ARGS__, END })
#define WRITES(...) expect_exactly(&acc.wr, (const unsigned[]){ __VA_ARGS__, END })

static void expect_feat(const smesim_insn_info *i, uint64_t feat, uint64_t sfeat)
{
    expect_u64(i->feat, feat);
    expect_u64(i->sfeat, sfeat);
    expect_eq(i->mem, SMESIM_MEM_none);
    expect_eq(i->need, SMESIM_NEED_none);
}
#define F(x) SMESIM_FEATBIT(x)

TEST(arithmetic_writes_its_destination_and_the_fp_flags)
{
    const smesim_insn_info *i;
    i = decode_as(0x65430041, "FADD_zzz");            /* fadd z1.h, z2.h, z3.h */
    READS(Z(2), Z(3));
    WRITES(Z(1), FPSR);
    expect_feat(i, F(SVE), F(SME));
    expect_eq(i->flops, 1);

    i = decode_as(0x658094c4, "FADD_zpzz");           /* fadd z4.s, p5/m, z4.s, z6.s: merging */
    READS(Z(4), P(5), Z(6));
    WRITES(Z(4), FPSR);

    i = decode_as(0x65da8427, "FMUL_zpzi");           /* fmul z7.d, p1/m, z7.d, #2.0 */
    READS(Z(7), P(1));
    WRITES(Z(7), FPSR);

    i = decode_as(0x65938128, "FTMAD_zzzi");          /* ftmad z8.s, z8.s, z9.s, #3 */
    READS(Z(8), Z(9));
    WRITES(Z(8), FPSR);
    expect_feat(i, F(SVE), F(SME_FA64));              /* not in streaming SVE mode */

    i = decode_as(0x6500896a, "BFADD_zpzz");          /* bfadd z10.h, p2/m, z10.h, z11.h */
    READS(Z(10), P(2), Z(11));
    WRITES(Z(10), FPSR);
    expect_feat(i, F(SVE_B16B16), F(SME2) | F(SVE_B16B16));

    i = decode_as(0x65ce8dac, "FAMAX_zpzz");          /* famax z12.d, p3/m, z12.d, z13.d */
    expect_feat(i, F(SVE2) | F(FAMINMAX), F(SME2) | F(FAMINMAX));

    i = decode_as(0x645091ee, "FADDP_zpzz");          /* faddp z14.h, p4/m, z14.h, z15.h */
    READS(Z(14), P(4), Z(15));
    WRITES(Z(14), FPSR);
    expect_feat(i, F(SVE2), F(SME));

    i = decode_as(0x64b22630, "FCLAMP_zzz");          /* fclamp z16.s, z17.s, z18.s: Zd is clamped */
    READS(Z(16), Z(17), Z(18));
    WRITES(Z(16), FPSR);
    expect_feat(i, F(SVE2p1), F(SME2));
}

TEST(multiply_adds_read_their_accumulator)
{
    const smesim_insn_info *i;
    i = decode_as(0x65a40861, "FMLA_zpzzz");          /* fmla z1.s, p2/m, z3.s, z4.s */
    READS(Z(1), P(2), Z(3), Z(4));
    WRITES(Z(1), FPSR);
    expect_eq(i->flops, 2);

    decode_as(0x65e898e5, "FMAD_zpzzz");              /* fmad z5.d, p6/m, z7.d, z8.d */
    READS(Z(5), P(6), Z(7), Z(8));
    WRITES(Z(5), FPSR);

    decode_as(0x64b30149, "FMLA_zzx_s");              /* fmla z9.s, z10.s, z3.s[2] */
    READS(Z(9), Z(10), Z(3));
    WRITES(Z(9), FPSR);
    expect_eq(in.a.v[smesim_arg_slot(in.id, "idx")], 2);

    decode_as(0x64fd218b, "FMUL_zzx_d");              /* fmul z11.d, z12.d, z13.d[1]: no accumulator */
    READS(Z(12), Z(13));
    WRITES(Z(11), FPSR);

    i = decode_as(0x64f0e5ee, "FMMLA_zzz_d");         /* fmmla z14.d, z15.d, z16.d */
    READS(Z(14), Z(15), Z(16));
    WRITES(Z(14), FPSR);
    expect_feat(i, F(SVE_F64MM), F(SME_FA64) | F(SVE_F64MM));

    decode_as(0x64418651, "FCADD_zpzz");              /* fcadd z17.h, p1/m, z17.h, z18.h, #270 */
    READS(Z(17), P(1), Z(18));
    WRITES(Z(17), FPSR);
    expect_eq(in.a.v[smesim_arg_slot(in.id, "rot")], 270);

    decode_as(0x64bd1a93, "FCMLA_zzx_h");             /* fcmla z19.h, z20.h, z5.h[3], #180 */
    READS(Z(19), Z(20), Z(5));
    WRITES(Z(19), FPSR);
    expect_eq(in.a.v[smesim_arg_slot(in.id, "rot")], 180);
}

TEST(compares_set_a_predicate_and_leave_nzcv_alone)
{
    decode_as(0x65844861, "FCMGE_ppzz");              /* fcmge p1.s, p2/z, z3.s, z4.s */
    READS(P(2), Z(3), Z(4));
    WRITES(P(1), FPSR);

    decode_as(0x65d238e5, "FCMEQ_ppz0");              /* fcmeq p5.d, p6/z, z7.d, #0.0 */
    READS(P(6), Z(7));
    WRITES(P(5), FPSR);

    decode_as(0x65424061, "FCMGE_ppzz");              /* fcmle p1.h, p0/z, z2.h, z3.h assembles as fcmge, swapped */
    READS(P(0), Z(3), Z(2));
}

TEST(unary_and_conversions_merge_into_their_destination)
{
    const smesim_insn_info *i;
    decode_as(0x6540a861, "FRINTN_zpz");              /* frintn z1.h, p2/m, z3.h */
    READS(Z(1), P(2), Z(3));
    WRITES(Z(1), FPSR);

    decode_as(0x658e30a4, "FRECPE_zz");               /* frecpe z4.s, z5.s: unpredicated */
    READS(Z(5));
    WRITES(Z(4), FPSR);

    i = decode_as(0x651ebd06, "FLOGB_zpz");           /* flogb z6.d, p7/m, z8.d */
    READS(Z(6), P(7), Z(8));
    expect_feat(i, F(SVE2), F(SME));

    decode_as(0x6588a861, "FCVT_zpz_hs");             /* fcvt z1.h, p2/m, z3.s */
    READS(Z(1), P(2), Z(3));
    WRITES(Z(1), FPSR);

    decode_as(0x65d0b4c4, "SCVTF_zpz_ds");            /* scvtf z4.d, p5/m, z6.s */
    READS(Z(4), P(5), Z(6));
    WRITES(Z(4), FPSR);

    i = decode_as(0x64caa507, "FCVTNT_zpz_sd");       /* fcvtnt z7.s, p1/m, z8.d: keeps the even halves */
    READS(Z(7), P(1), Z(8));
    WRITES(Z(7), FPSR);
    expect_feat(i, F(SVE2), F(SME));
}

TEST(reductions_write_a_scalar_or_a_vector_register)
{
    const smesim_insn_info *i;
    decode_as(0x65802d49, "FADDV_vpz");               /* faddv s9, p3, z10.s */
    READS(P(3), Z(10));
    WRITES(Z(9), FPSR);

    i = decode_as(0x65d8318b, "FADDA_vpvz");          /* fadda d11, p4, d11, z12.d: ordered, from d11 */
    READS(Z(11), P(4), Z(12));
    WRITES(Z(11), FPSR);
    expect_feat(i, F(SVE), F(SME_FA64));

    i = decode_as(0x6490b5cd, "FADDQV_vpz");          /* faddqv v13.4s, p5, z14.s */
    READS(P(5), Z(14));
    WRITES(Z(13), FPSR);
    expect_feat(i, F(SVE2p1), F(SME2p1));
}

TEST(widening_bf16_and_fp8_forms_name_their_features)
{
    const smesim_insn_info *i;
    i = decode_as(0x64b1820f, "FMLALB_zzz");          /* fmlalb z15.s, z16.h, z17.h */
    READS(Z(15), Z(16), Z(17));
    WRITES(Z(15), FPSR);
    expect_feat(i, F(SVE2), F(SME));

    i = decode_as(0x64748272, "BFDOT_zzz");           /* bfdot z18.s, z19.h, z20.h */
    READS(Z(18), Z(19), Z(20));
    WRITES(Z(18), FPSR);
    expect_feat(i, F(SVE) | F(BF16), F(SME));

    i = decode_as(0x6477e6d5, "BFMMLA_zzz");          /* bfmmla z21.s, z22.h, z23.h */
    expect_feat(i, F(SVE) | F(BF16), F(SME_FA64));

    i = decode_as(0x658abb38, "BFCVT_zpz");           /* bfcvt z24.h, p6/m, z25.s */
    READS(Z(24), P(6), Z(25));
    WRITES(Z(24), FPSR);

    i = decode_as(0x6508337a, "F1CVT_hb");            /* f1cvt z26.h, z27.b: the format is FPMR's */
    READS(Z(27), FPMR);
    WRITES(Z(26), FPSR);
    expect_feat(i, F(SVE2) | F(FP8), F(SME2) | F(FP8));

    decode_as(0x650a33dc, "FCVTN_bh");                /* fcvtn z28.b, { z30.h, z31.h } */
    READS(Z(30), Z(31), FPMR);
    WRITES(Z(28), FPSR);

    i = decode_as(0x64374fdd, "FDOT_zzx_hb");         /* fdot z29.h, z30.b, z7.b[5] */
    READS(Z(29), Z(30), Z(7), FPMR);
    WRITES(Z(29), FPSR);
    expect_feat(i, F(SVE2) | F(FP8DOT2), F(SSVE_FP8DOT2));
    expect_eq(in.a.v[smesim_arg_slot(in.id, "idx")], 5);

    i = decode_as(0x64238841, "FMLALLBB_zzz");        /* fmlallbb z1.s, z2.b, z3.b */
    READS(Z(1), Z(2), Z(3), FPMR);
    WRITES(Z(1), FPSR);
    expect_feat(i, F(SVE2) | F(FP8FMA), F(SSVE_FP8FMA));
}

RUN_TESTS(T(arithmetic_writes_its_destination_and_the_fp_flags),
          T(multiply_adds_read_their_accumulator),
          T(compares_set_a_predicate_and_leave_nzcv_alone),
          T(unary_and_conversions_merge_into_their_destination),
          T(reductions_write_a_scalar_or_a_vector_register),
          T(widening_bf16_and_fp8_forms_name_their_features))
