/* tests/unit/test_access_sve2.c — operand access and legality of the SVE2
 * families in top bytes 0x44 and 0x45 (decode/isa/sve2_*.decode): for a
 * sample of each family, the registers and flags smesim_insn_access reports
 * read and written, and the features an instruction needs outside and inside
 * streaming mode.  Every word is llvm-mc-19's encoding of the text beside it
 * (-show-encoding with +sve2p1,+sme2p1,+i8mm,+sve2-aes,+sve2-sha3,
 * +sve2-bitperm,+lut); the expected access is worked by hand from the Arm ARM
 * description of each instruction (accumulators, destructive and merging
 * forms read their destination; T-form narrowing keeps the even elements).
 */
#include "tests/unit/harness.h"

#include <stdio.h>

#include "decode/decode.h"

#define Z(n) (SMESIM_RES_Z0 + (n))
#define P(n) (SMESIM_RES_P0 + (n))
#define NZCV SMESIM_RES_NZCV
#define END 0xff
#define F(name) SMESIM_FEATBIT(name)

typedef struct acc_case {
    uint32_t word;
    const char *text;       /* llvm-mc-19's text of the word */
    const char *pattern;    /* the pattern that must decode it */
    uint8_t rd[5], wr[3];   /* resources read and written, END-terminated */
    uint64_t feat, sfeat;
} acc_case;

static const acc_case cases[] = {
    /* sve2_int_mul_idx.decode */
    { 0x446b1041, "sqrdmlah z1.h, z2.h, z3.h[5]", "SQRDMLAH_zzx_h",
      { Z(1), Z(2), Z(3), END }, { Z(1), END }, F(SVE2), F(SME) },
    { 0x44ff88a4, "smlalb z4.d, z5.s, z15.s[3]", "SMLALB_zzxw_d",
      { Z(4), Z(5), Z(15), END }, { Z(4), END }, F(SVE2), F(SME) },
    { 0x44f8f8e6, "mul z6.d, z7.d, z8.d[1]", "MUL_zzx_d",
      { Z(7), Z(8), END }, { Z(6), END }, F(SVE2), F(SME) },
    { 0x44bfc549, "smullt z9.s, z10.h, z7.h[6]", "SMULLT_zzxw_s",
      { Z(10), Z(7), END }, { Z(9), END }, F(SVE2), F(SME) },
    /* sve2_int_pred.decode: merging, so the destination is read too */
    { 0x44108d8b, "shadd z11.b, p3/m, z11.b, z12.b", "SHADD_zpzz",
      { Z(11), P(3), Z(12), END }, { Z(11), END }, F(SVE2), F(SME) },
    { 0x4484b1cd, "sadalp z13.s, p4/m, z14.h", "SADALP_zpz",
      { Z(13), P(4), Z(14), END }, { Z(13), END }, F(SVE2), F(SME) },
    { 0x44c8b60f, "sqabs z15.d, p5/m, z16.d", "SQABS_zpz",
      { Z(15), P(5), Z(16), END }, { Z(15), END }, F(SVE2), F(SME) },
    { 0x4480ba51, "urecpe z17.s, p6/m, z18.s", "URECPE_zpz",
      { Z(17), P(6), Z(18), END }, { Z(17), END }, F(SVE2), F(SME) },
    /* sve2_int_dot.decode */
    { 0x44ff0293, "sdot z19.d, z20.h, z15.h[1]", "SDOT_zzx_d",
      { Z(19), Z(20), Z(15), END }, { Z(19), END }, F(SVE), F(SME) },
    { 0x44bf1ad5, "usdot z21.s, z22.b, z7.b[3]", "USDOT_zzx",
      { Z(21), Z(22), Z(7), END }, { Z(21), END }, F(SVE) | F(I8MM), F(SME) | F(I8MM) },
    { 0x4419cb17, "sdot z23.s, z24.h, z25.h", "SDOT_zzzz_2way",
      { Z(23), Z(24), Z(25), END }, { Z(23), END }, F(SVE2p1), F(SME2) },
    { 0x450f99cd, "smmla z13.s, z14.b, z15.b", "SMMLA_zzz",   /* not streaming without FA64 */
      { Z(13), Z(14), Z(15), END }, { Z(13), END },
      F(SVE) | F(I8MM), F(SVE) | F(I8MM) | F(SME_FA64) },
    /* sve2_int_complex.decode */
    { 0x449c2f7a, "cmla z26.s, z27.s, z28.s, #270", "CMLA_zzzz",
      { Z(26), Z(27), Z(28), END }, { Z(26), END }, F(SVE2), F(SME) },
    { 0x44b547dd, "cdot z29.s, z30.b, z5.b[2], #90", "CDOT_zzx_s",
      { Z(29), Z(30), Z(5), END }, { Z(29), END }, F(SVE2), F(SME) },
    { 0x4500dc41, "cadd z1.b, z1.b, z2.b, #270", "CADD_zzz",
      { Z(1), Z(2), END }, { Z(1), END }, F(SVE2), F(SME) },
    /* sve2_clamp.decode, sve2_perm_quad.decode */
    { 0x4445c083, "sclamp z3.h, z4.h, z5.h", "SCLAMP_zzz",
      { Z(3), Z(4), Z(5), END }, { Z(3), END }, F(SVE2p1), F(SME) },
    { 0x4488f8e6, "tblq z6.s, { z7.s }, z8.s", "TBLQ_zzz",
      { Z(7), Z(8), END }, { Z(6), END }, F(SVE2p1), F(SME2p1) },
    /* sve2_int_widen.decode, sve2_int_accum.decode */
    { 0x45cb0149, "saddlb z9.d, z10.s, z11.s", "SADDLB_zzz",
      { Z(10), Z(11), END }, { Z(9), END }, F(SVE2), F(SME) },
    { 0x454ecdac, "uabalt z12.h, z13.b, z14.b", "UABALT_zzz",
      { Z(12), Z(13), Z(14), END }, { Z(12), END }, F(SVE2), F(SME) },
    { 0x4591920f, "eorbt z15.s, z16.s, z17.s", "EORBT_zzz",
      { Z(15), Z(16), Z(17), END }, { Z(15), END }, F(SVE2), F(SME) },
    { 0x4554d272, "adclb z18.d, z19.d, z20.d", "ADCLB_zzz",
      { Z(18), Z(19), Z(20), END }, { Z(18), END }, F(SVE2), F(SME) },
    /* sve2_int_narrow.decode: B forms write, T forms keep the even elements */
    { 0x452d12d5, "shrnb z21.b, z22.h, #3", "SHRNB_zzi",
      { Z(22), END }, { Z(21), END }, F(SVE2), F(SME) },
    { 0x45604717, "sqxtnt z23.s, z24.d", "SQXTNT_zz",
      { Z(23), Z(24), END }, { Z(23), END }, F(SVE2), F(SME) },
    { 0x45b96717, "addhnt z23.h, z24.s, z25.s", "ADDHNT_zzz",
      { Z(23), Z(24), Z(25), END }, { Z(23), END }, F(SVE2), F(SME) },
    { 0x45b92b59, "sqrshrn z25.h, { z26.s, z27.s }, #7", "SQRSHRN_zzi",
      { Z(26), Z(27), END }, { Z(25), END }, F(SVE2p1), F(SME2) },
    /* sve2_int_shift.decode */
    { 0x4580e3bc, "ssra z28.d, z29.d, #64", "SSRA_zzi",
      { Z(28), Z(29), END }, { Z(28), END }, F(SVE2), F(SME) },
    { 0x455fa7fe, "sshllt z30.d, z31.s, #31", "SSHLLT_zzi",
      { Z(31), END }, { Z(30), END }, F(SVE2), F(SME) },
    /* sve2_bitperm, sve2_crypto, sve2_histmatch: not streaming without FA64 */
    { 0x4542b420, "bdep z0.h, z1.h, z2.h", "BDEP_zzz",
      { Z(1), Z(2), END }, { Z(0), END }, F(SVE_BITPERM), F(SVE_BITPERM) | F(SME_FA64) },
    { 0x4522e083, "aese z3.b, z3.b, z4.b", "AESE_zzz",
      { Z(3), Z(4), END }, { Z(3), END }, F(SVE_AES), F(SVE_AES) | F(SME_FA64) },
    { 0x4527f4c5, "rax1 z5.d, z6.d, z7.d", "RAX1_zzz",
      { Z(6), Z(7), END }, { Z(5), END }, F(SVE_SHA3), F(SVE_SHA3) | F(SME_FA64) },
    { 0x45166ab4, "pmullb z20.q, z21.d, z22.d", "PMULLB_q",
      { Z(21), Z(22), END }, { Z(20), END }, F(SVE_AES), F(SVE_AES) | F(SME_FA64) },
    { 0x45eac528, "histcnt z8.d, p1/z, z9.d, z10.d", "HISTCNT_zpzz",
      { P(1), Z(9), Z(10), END }, { Z(8), END }, F(SVE2), F(SVE2) | F(SME_FA64) },
    { 0x456c8d62, "match p2.h, p3/z, z11.h, z12.h", "MATCH_ppzz",
      { P(3), Z(11), Z(12), END }, { P(2), NZCV, END }, F(SVE2), F(SVE2) | F(SME_FA64) },
    /* sve2_luti.decode: a register pair is two reads */
    { 0x45f3b630, "luti4 z16.h, { z17.h, z18.h }, z19[3]", "LUTI4_h2",
      { Z(17), Z(18), Z(19), END }, { Z(16), END }, F(SVE2) | F(LUT), F(SME2) | F(LUT) },
};

static smesim_resset set_of(const uint8_t *r)
{
    smesim_resset s = { { 0, 0 } };
    for (; *r != END; r++) s.w[*r >> 6] |= (uint64_t)1 << (*r & 63);
    return s;
}

TEST(sve2_words_decode_print_and_report_their_access)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const acc_case *c = &cases[i];
        smesim_insn in;
        char buf[128];
        int id = smesim_decode(c->word, &in);
        smesim_disasm(&in, buf, sizeof buf);
        expect_str(buf, c->text);
        expect_str(smesim_insn_infos[id].name, c->pattern);
        smesim_access a;
        smesim_insn_access(&in, &a);
        smesim_resset rd = set_of(c->rd), wr = set_of(c->wr);
        if (a.rd.w[0] != rd.w[0] || a.rd.w[1] != rd.w[1] ||
            a.wr.w[0] != wr.w[0] || a.wr.w[1] != wr.w[1])
            fprintf(stderr, "%s: access differs\n", c->text);
        expect_u64(a.rd.w[0], rd.w[0]);
        expect_u64(a.rd.w[1], rd.w[1]);
        expect_u64(a.wr.w[0], wr.w[0]);
        expect_u64(a.wr.w[1], wr.w[1]);
        expect_u64(smesim_insn_infos[id].feat, c->feat);
        expect_u64(smesim_insn_infos[id].sfeat, c->sfeat);
        expect_eq(smesim_insn_infos[id].mem, SMESIM_MEM_none);
        expect_eq(smesim_insn_infos[id].need, SMESIM_NEED_none);
    }
}

/* Shift amounts and derived element sizes go back through set= to the same
 * words (llvm-mc-19 -show-encoding). */
TEST(sve2_derived_fields_assemble_back)
{
    static const struct { const char *text; uint32_t word; } asm_cases[] = {
        { "ssra z28.d, z29.d, #64", 0x4580e3bc },
        { "sshllt z30.d, z31.s, #31", 0x455fa7fe },
        { "shrnb z21.b, z22.h, #3", 0x452d12d5 },
        { "sqxtnt z23.s, z24.d", 0x45604717 },
        { "sqrshrn z25.h, { z26.s, z27.s }, #7", 0x45b92b59 },
        { "cadd z1.b, z1.b, z2.b, #270", 0x4500dc41 },
        { "adclb z18.d, z19.d, z20.d", 0x4554d272 },
        { "sdot z23.s, z24.h, z25.h", 0x4419cb17 },
    };
    for (size_t i = 0; i < sizeof asm_cases / sizeof asm_cases[0]; i++) {
        uint32_t w = 0;
        smesim_asm_error e;
        expect_true(smesim_asm_insn(asm_cases[i].text, 0, NULL, NULL, &w, &e));
        expect_eq(w, asm_cases[i].word);
    }
    /* amounts outside the element size, and a wrong source size, have no
     * encoding (llvm-mc-19 rejects them too) */
    static const char *bad[] = {
        "ssra z0.b, z1.b, #9", "ssra z0.b, z1.b, #0", "sshllb z0.h, z1.b, #8",
        "shrnb z0.b, z1.h, #9", "shrnb z0.b, z1.s, #1", "cadd z0.b, z0.b, z1.b, #180",
        "sqrshrn z0.h, { z1.s, z2.s }, #1",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        uint32_t w = 0;
        smesim_asm_error e;
        expect_false(smesim_asm_insn(bad[i], 0, NULL, NULL, &w, &e));
    }
}

RUN_TESTS(T(sve2_words_decode_print_and_report_their_access),
          T(sve2_derived_fields_assemble_back))
