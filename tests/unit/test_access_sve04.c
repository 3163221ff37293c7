/* tests/unit/test_access_sve04.c — the SVE 0x04 families (decode/isa/
 * sve_int_*.decode, sve_count*.decode): for a sample of each, the word
 * llvm-mc-19 gives for a text (-show-encoding, the features of
 * tests/oracle/llvmmc.py), that smesim prints the same text, and which
 * registers it reads and writes (exactly: nothing more), worked out by hand
 * from the Arm ARM's description of each instruction; then the features
 * each needs in and out of streaming mode.
 */
#include "tests/unit/harness.h"

#include <stdio.h>

#include "decode/decode.h"

#define X(n) (SMESIM_RES_X0 + (n))
#define Z(n) (SMESIM_RES_Z0 + (n))
#define P(n) (SMESIM_RES_P0 + (n))
#define END SMESIM_NUM_RES
#define RES(...) ((const unsigned[]){ __VA_ARGS__, END })
#define NONE ((const unsigned[]){ END })

static smesim_resset set_of(const unsigned *list)
{
    smesim_resset s = { { 0, 0 } };
    for (; *list != END; list++) s.w[*list >> 6] |= (uint64_t)1 << (*list & 63);
    return s;
}

/* word decodes to text, reads exactly rd and writes exactly wr */
static void expect_access(uint32_t word, const char *text, const unsigned *rd, const unsigned *wr)
{
    smesim_insn in;
    char buf[128];
    smesim_decode(word, &in);
    smesim_disasm(&in, buf, sizeof buf);
    if (strcmp(buf, text)) {
        fprintf(stderr, "%08x: printed '%s', llvm-mc-19 '%s'\n", word, buf, text);
        fail();
    }
    smesim_access a;
    smesim_insn_access(&in, &a);
    smesim_resset r = set_of(rd), w = set_of(wr);
    if (memcmp(&a.rd, &r, sizeof r) || memcmp(&a.wr, &w, sizeof w)) {
        fprintf(stderr, "%s: reads %016llx:%016llx writes %016llx:%016llx, want %016llx:%016llx / %016llx:%016llx\n",
                text, (unsigned long long)a.rd.w[1], (unsigned long long)a.rd.w[0],
                (unsigned long long)a.wr.w[1], (unsigned long long)a.wr.w[0],
                (unsigned long long)r.w[1], (unsigned long long)r.w[0],
                (unsigned long long)w.w[1], (unsigned long long)w.w[0]);
        fail();
    }
}

/* the features word needs outside and in streaming mode, and no memory */
static void expect_feats(uint32_t word, uint64_t feat, uint64_t sfeat)
{
    smesim_insn in;
    int id = smesim_decode(word, &in);
    expect_true(id >= 0);
    expect_u64(smesim_insn_infos[id].feat, feat);
    expect_u64(smesim_insn_infos[id].sfeat, sfeat);
    expect_eq(smesim_insn_infos[id].mem, SMESIM_MEM_none);
}

#define F(name) SMESIM_FEATBIT(name)

/* Words and texts: llvm-mc-19 -show-encoding. */
TEST(arithmetic_merges_into_its_first_source)
{
    expect_access(0x04000440, "add z0.b, p1/m, z0.b, z2.b", RES(Z(0), P(1), Z(2)), RES(Z(0)));
    expect_access(0x04940c41, "sdiv z1.s, p3/m, z1.s, z2.s", RES(Z(1), P(3), Z(2)), RES(Z(1)));
    expect_access(0x04a30041, "add z1.s, z2.s, z3.s", RES(Z(2), Z(3)), RES(Z(1)));
    expect_access(0x04636041, "mul z1.h, z2.h, z3.h", RES(Z(2), Z(3)), RES(Z(1)));
    expect_feats(0x04000440, F(SVE), F(SME));
    expect_feats(0x04636041, F(SVE2), F(SME));
}

TEST(bitwise_ops_and_mov)
{
    expect_access(0x046530a4, "mov z4.d, z5.d", RES(Z(5)), RES(Z(4)));
    expect_access(0x04223861, "eor3 z1.d, z1.d, z2.d, z3.d", RES(Z(1), Z(2), Z(3)), RES(Z(1)));
    expect_access(0x043d34e6, "xar z6.h, z6.h, z7.h, #3", RES(Z(6), Z(7)), RES(Z(6)));
    expect_feats(0x046530a4, F(SVE), F(SME));
    expect_feats(0x04223861, F(SVE2), F(SME));
}

TEST(shifts_by_immediate_derive_size_and_amount)
{
    smesim_insn in;
    expect_access(0x04008ae3, "asr z3.h, p2/m, z3.h, #9", RES(Z(3), P(2)), RES(Z(3)));
    smesim_decode(0x04008ae3, &in);   /* tsz = 0b0010: .h; 32 - tsz:imm3 (23) = 9 */
    expect_eq(in.a.v[smesim_arg_slot(in.id, "esz")], 1);
    expect_eq(in.a.v[smesim_arg_slot(in.id, "sh")], 9);
    expect_access(0x047f9d28, "lsl z8.s, z9.s, #31", RES(Z(9)), RES(Z(8)));
    expect_access(0x04228c20, "lsl z0.b, z1.b, z2.d", RES(Z(1), Z(2)), RES(Z(0)));
}

TEST(unary_ops_and_multiply_add_merge)
{
    expect_access(0x0497a441, "neg z1.s, p1/m, z2.s", RES(Z(1), P(1), Z(2)), RES(Z(1)));
    expect_access(0x04824020, "mla z0.s, p0/m, z1.s, z2.s", RES(Z(0), P(0), Z(1), Z(2)), RES(Z(0)));
    expect_access(0x04c6c4e5, "mad z5.d, p1/m, z6.d, z7.d", RES(Z(5), P(1), Z(6), Z(7)), RES(Z(5)));
}

TEST(reductions_write_a_scalar_or_a_v_register)
{
    expect_access(0x04012083, "uaddv d3, p0, z4.b", RES(P(0), Z(4)), RES(Z(3)));
    expect_access(0x044838e5, "smaxv h5, p6, z7.h", RES(P(6), Z(7)), RES(Z(5)));
    expect_access(0x04852861, "addqv v1.4s, p2, z3.s", RES(P(2), Z(3)), RES(Z(1)));
    expect_feats(0x04012083, F(SVE), F(SME));
    expect_feats(0x04852861, F(SVE2p1), F(SME2p1));
}

TEST(movprfx_index_adr_fexpa)
{
    /* zeroing writes all of zd; merging keeps zd's inactive elements */
    expect_access(0x04d02041, "movprfx z1.d, p0/z, z2.d", RES(P(0), Z(2)), RES(Z(1)));
    expect_access(0x04d12041, "movprfx z1.d, p0/m, z2.d", RES(Z(1), P(0), Z(2)), RES(Z(1)));
    expect_access(0x0420bc83, "movprfx z3, z4", RES(Z(4)), RES(Z(3)));
    expect_access(0x04a24c20, "index z0.s, w1, w2", RES(X(1), X(2)), RES(Z(0)));
    expect_access(0x04e147e0, "index z0.d, xzr, #1", NONE, RES(Z(0)));
    expect_access(0x0422a420, "adr z0.d, [z1.d, z2.d, sxtw #1]", RES(Z(1), Z(2)), RES(Z(0)));
    expect_access(0x04a0b820, "fexpa z0.s, z1.s", RES(Z(1)), RES(Z(0)));
    expect_feats(0x04d02041, F(SVE), F(SME));
    expect_feats(0x0422a420, F(SVE), F(SME_FA64));   /* not in streaming mode */
    expect_feats(0x04a0b820, F(SVE), F(SME_FA64));
}

TEST(element_counts_update_their_register)
{
    expect_access(0x04b1c083, "incw z3.s, vl4, mul #2", RES(Z(3)), RES(Z(3)));
    expect_access(0x0420f3e5, "sqincb x5, w5", RES(X(5)), RES(X(5)));
    expect_access(0x04e0ffe7, "uqdecd w7", RES(X(7)), RES(X(7)));
    expect_access(0x04bf5060, "rdvl x0, #3", NONE, RES(X(0)));
    expect_feats(0x0420f3e5, F(SVE), F(SME));
}

RUN_TESTS(T(arithmetic_merges_into_its_first_source), T(bitwise_ops_and_mov),
          T(shifts_by_immediate_derive_size_and_amount), T(unary_ops_and_multiply_add_merge),
          T(reductions_write_a_scalar_or_a_v_register), T(movprfx_index_adr_fexpa),
          T(element_counts_update_their_register))
