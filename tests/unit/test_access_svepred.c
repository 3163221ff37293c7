/* tests/unit/test_access_svepred.c — operand access and legality of the SVE
 * permute, compare and predicate families (top bytes 05, 24, 25:
 * decode/isa/sve_perm_*.decode, sve_cmp.decode, sve_pred*.decode,
 * sve_bitimm.decode, sve_dup.decode, sve_wideimm.decode).
 *
 * Every word below is llvm-mc-19's encoding of the text beside it
 * (`llvm-mc-19 -triple=aarch64 -show-encoding` with the features of
 * tests/oracle/llvmmc.py).  The registers read and written are worked by
 * hand from the Arm ARM's description of each instruction: merging (/m) and
 * destructive forms read their destination, compares and the S forms of
 * predicate operations write NZCV, the FFR instructions read or write FFR.
 */
#include "tests/unit/harness.h"

#include <stdio.h>

#include "decode/decode.h"

#define END 0xffffu
#define X(n) (SMESIM_RES_X0 + (n))
#define Z(n) (SMESIM_RES_Z0 + (n))
#define P(n) (SMESIM_RES_P0 + (n))
#define NZCV SMESIM_RES_NZCV
#define FFR SMESIM_RES_FFR
#define SP SMESIM_RES_SP
#define RES(...) ((const unsigned[]){__VA_ARGS__ __VA_OPT__(,) END})

static smesim_resset set_of(const unsigned *r)
{
    smesim_resset s = { { 0, 0 } };
    for (; *r != END; r++) s.w[*r >> 6] |= (uint64_t)1 << (*r & 63);
    return s;
}

/* w decodes to text, reads exactly rd and writes exactly wr */
static void expect_access(uint32_t w, const char *text, const unsigned *rd, const unsigned *wr)
{
    smesim_insn in;
    char buf[128];
    smesim_decode(w, &in);
    smesim_disasm(&in, buf, sizeof buf);
    if (strcmp(buf, text)) fprintf(stderr, "%08x: want '%s', got '%s'\n", w, text, buf);
    expect_str(buf, text);
    smesim_access a;
    smesim_insn_access(&in, &a);
    smesim_resset r = set_of(rd), x = set_of(wr);
    if (memcmp(&a.rd, &r, sizeof r) || memcmp(&a.wr, &x, sizeof x))
        fprintf(stderr, "%s: rd %016llx %016llx (want %016llx %016llx), wr %016llx %016llx (want %016llx %016llx)\n",
                text, (unsigned long long)a.rd.w[0], (unsigned long long)a.rd.w[1],
                (unsigned long long)r.w[0], (unsigned long long)r.w[1],
                (unsigned long long)a.wr.w[0], (unsigned long long)a.wr.w[1],
                (unsigned long long)x.w[0], (unsigned long long)x.w[1]);
    expect_u64(a.rd.w[0], r.w[0]);
    expect_u64(a.rd.w[1], r.w[1]);
    expect_u64(a.wr.w[0], x.w[0]);
    expect_u64(a.wr.w[1], x.w[1]);
}

/* the facts of the instruction w decodes to */
static void expect_legal(uint32_t w, uint64_t feat, uint64_t sfeat)
{
    smesim_insn in;
    int id = smesim_decode(w, &in);
    expect_true(id >= 0);
    expect_u64(smesim_insn_infos[id].feat, feat);
    expect_u64(smesim_insn_infos[id].sfeat, sfeat);
    expect_eq(smesim_insn_infos[id].mem, SMESIM_MEM_none);
}

#define F(name) SMESIM_FEATBIT(name)

TEST(compares_write_the_predicate_and_nzcv)
{
    expect_access(0x24842861, "cmpeq p1.s, p2/z, z3.s, z4.d", RES(P(2), Z(3), Z(4)), RES(P(1), NZCV));
    expect_access(0x243918f5, "cmphi p5.b, p6/z, z7.b, #100", RES(P(6), Z(7)), RES(P(5), NZCV));
    expect_legal(0x24842861, F(SVE), F(SME));
}

TEST(predicate_logic_breaks_and_tests)
{
    expect_access(0x25c44a71, "nands p1.b, p2/z, p3.b, p4.b", RES(P(2), P(3), P(4)), RES(P(1), NZCV));
    expect_access(0x25044a71, "sel p1.b, p2, p3.b, p4.b", RES(P(2), P(3), P(4)), RES(P(1)));
    /* SEL with Pm = Pd: the merging MOV reads its destination */
    expect_access(0x25055af5, "mov p5.b, p6/m, p7.b", RES(P(5), P(6), P(7)), RES(P(5)));
    expect_access(0x25184861, "brkn p1.b, p2/z, p3.b, p1.b", RES(P(1), P(2), P(3)), RES(P(1)));
    expect_access(0x25104871, "brka p1.b, p2/m, p3.b", RES(P(1), P(2), P(3)), RES(P(1)));
    expect_access(0x2550c440, "ptest p1, p2.b", RES(P(1), P(2)), RES(NZCV));
    expect_access(0x2558c083, "pfirst p3.b, p4, p3.b", RES(P(3), P(4)), RES(P(3), NZCV));
}

TEST(ffr_instructions_name_ffr_and_need_fa64_when_streaming)
{
    expect_access(0x2558f041, "rdffrs p1.b, p2/z", RES(P(2), FFR), RES(P(1), NZCV));
    expect_access(0x25289060, "wrffr p3.b", RES(P(3)), RES(FFR));
    expect_access(0x252c9000, "setffr", RES(), RES(FFR));
    expect_legal(0x2558f041, F(SVE), F(SME_FA64));
    expect_legal(0x252c9000, F(SVE), F(SME_FA64));
}

TEST(whiles_counts_and_predicate_as_counter)
{
    expect_access(0x25631c41, "whilelo p1.h, x2, x3", RES(X(2), X(3)), RES(P(1), NZCV));
    expect_access(0x25a55092, "whilege { p2.s, p3.s }, x4, x5", RES(X(4), X(5)), RES(P(2), P(3), NZCV));
    expect_access(0x25e26039, "whilegt pn9.d, x1, x2, vlx4", RES(X(1), X(2)), RES(P(9), NZCV));
    expect_access(0x2520753f, "pext { p15.b, p0.b }, pn9[1]", RES(P(9)), RES(P(15), P(0)));
    expect_access(0x25a08343, "cntp x3, pn10.s, vlx2", RES(P(10)), RES(X(3)));
    expect_access(0x25b14861, "psel p1, p2, p3.s[w13, 2]", RES(P(2), P(3), X(13)), RES(P(1)));
    /* V is NOT(C) when the loop does not terminate: CTERM reads the flags */
    expect_access(0x25e22030, "ctermne x1, x2", RES(X(1), X(2), NZCV), RES(NZCV));
    expect_access(0x25688883, "sqincp x3, p4.h, w3", RES(X(3), P(4)), RES(X(3)));
    expect_access(0x25ec8041, "incp z1.d, p2.d", RES(Z(1), P(2)), RES(Z(1)));
    expect_legal(0x25a55092, F(SVE2p1), F(SME2));
    expect_legal(0x25a08343, F(SVE2p1), F(SME2));
    expect_legal(0x25b14861, F(SVE2p1), F(SME));    /* PSEL came with SME */
}

TEST(immediates_broadcasts_and_element_moves)
{
    expect_access(0x2560e021, "add z1.h, z1.h, #256", RES(Z(1)), RES(Z(1)));
    expect_access(0x05c38001, "mov z1.d, #0x10000", RES(), RES(Z(1)));        /* DUPM */
    expect_access(0x050000e1, "orr z1.s, z1.s, #0xff", RES(Z(1)), RES(Z(1)));
    expect_access(0x05521fa1, "mov z1.h, p2/z, #-3", RES(P(2)), RES(Z(1)));
    expect_access(0x05d2ce01, "fmov z1.d, p2/m, #1.00000000", RES(Z(1), P(2)), RES(Z(1)));
    expect_access(0x05e8abe1, "mov z1.d, p2/m, sp", RES(Z(1), P(2), SP), RES(Z(1)));
    expect_access(0x05242062, "mov z2.s, s3", RES(Z(3)), RES(Z(2)));
    expect_access(0x05e438a4, "insr z4.d, x5", RES(Z(4), X(5)), RES(Z(4)));
    expect_access(0x05e1a861, "lastb x1, p2, z3.d", RES(P(2), Z(3)), RES(X(1)));
    expect_access(0x0570a861, "clasta w1, p2, w1, z3.h", RES(X(1), P(2), Z(3)), RES(X(1)));
    /* SEL with Zm = Zd: the merging MOV reads its destination */
    expect_access(0x05a1c861, "mov z1.s, p2/m, z3.s", RES(Z(1), P(2), Z(3)), RES(Z(1)));
    expect_access(0x056f3841, "pmov z1[3], p2.s", RES(Z(1), P(2)), RES(Z(1)));
    expect_access(0x05362441, "dupq z1.h, z2.h[5]", RES(Z(2)), RES(Z(1)));
    expect_access(0x052e8861, "revd z1.q, p2/m, z3.q", RES(Z(1), P(2), Z(3)), RES(Z(1)));
    expect_access(0x05744041, "rev p1.h, p2.h", RES(P(2)), RES(P(1)));
}

TEST(permutes_of_register_lists)
{
    expect_access(0x052d8be1, "splice z1.b, p2, { z31.b, z0.b }", RES(P(2), Z(31), Z(0)), RES(Z(1)));
    expect_access(0x05601041, "ext z1.b, { z2.b, z3.b }, #4", RES(Z(2), Z(3)), RES(Z(1)));
    expect_access(0x05642841, "tbl z1.h, { z2.h, z3.h }, z4.h", RES(Z(2), Z(3), Z(4)), RES(Z(1)));
    expect_access(0x05a18861, "compact z1.s, p2, z3.s", RES(P(2), Z(3)), RES(Z(1)));
    expect_access(0x05a20020, "zip1 z0.q, z1.q, z2.q", RES(Z(1), Z(2)), RES(Z(0)));
    expect_legal(0x05642841, F(SVE2), F(SME));
    expect_legal(0x05a18861, F(SVE), F(SME_FA64));
    expect_legal(0x05a20020, F(SVE_F64MM), F(SVE_F64MM) | F(SME_FA64));
    expect_legal(0x05362441, F(SVE2p1), F(SME2p1));
}

RUN_TESTS(T(compares_write_the_predicate_and_nzcv), T(predicate_logic_breaks_and_tests),
          T(ffr_instructions_name_ffr_and_need_fa64_when_streaming),
          T(whiles_counts_and_predicate_as_counter), T(immediates_broadcasts_and_element_moves),
          T(permutes_of_register_lists))
