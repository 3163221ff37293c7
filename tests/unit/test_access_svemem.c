/* tests/unit/test_access_svemem.c — the SVE loads, stores and prefetches
 * (decode/isa/sve_ldst_*.decode, sve_prefetch.decode): for a sample of each
 * family, the word llvm-mc-19 gives for the text (llvm-mc-19 -show-encoding
 * -mattr=+sve2p1,+sme2p1,+f64mm), that smesim prints the same text, and the
 * registers and state it reads and writes, its features in and out of
 * streaming mode and its memory kind, all worked by hand from the Arm ARM's
 * description of the instruction.
 */
#include "tests/unit/harness.h"

#include <stdarg.h>
#include <stdio.h>

#include "decode/decode.h"

#define X(n) (SMESIM_RES_X0 + (n))
#define Z(n) (SMESIM_RES_Z0 + (n))
#define P(n) (SMESIM_RES_P0 + (n))
#define SP SMESIM_RES_SP
#define FFR SMESIM_RES_FFR
#define END (-1)
#define F(name) SMESIM_FEATBIT(name)

/* The set of the resources listed, up to END. */
static smesim_resset set_of(int r, ...)
{
    smesim_resset s = { { 0, 0 } };
    va_list ap;
    va_start(ap, r);
    for (; r != END; r = va_arg(ap, int)) s.w[r >> 6] |= (uint64_t)1 << (r & 63);
    va_end(ap);
    return s;
}

static void expect_set(const char *what, const char *text, smesim_resset got, smesim_resset want)
{
    if (got.w[0] != want.w[0] || got.w[1] != want.w[1]) {
        fprintf(stderr, "%s: %s: got %016llx %016llx, want %016llx %016llx\n", text, what,
                (unsigned long long)got.w[1], (unsigned long long)got.w[0],
                (unsigned long long)want.w[1], (unsigned long long)want.w[0]);
        fail();
    }
}

/* Decodes w, which must print as text, and checks what it reads and writes,
 * its features (outside and in streaming mode) and its memory kind. */
static void check(uint32_t w, const char *text, smesim_resset rd, smesim_resset wr,
                  uint64_t feat, uint64_t sfeat, int mem)
{
    smesim_insn in;
    smesim_access a;
    char buf[128];
    int id = smesim_decode(w, &in);
    smesim_disasm(&in, buf, sizeof buf);
    expect_str(buf, text);
    expect_ne(id, SMESIM_INSN_UNDEF);
    smesim_insn_access(&in, &a);
    expect_set("reads", text, a.rd, rd);
    expect_set("writes", text, a.wr, wr);
    expect_u64(smesim_insn_infos[id].feat, feat);
    expect_u64(smesim_insn_infos[id].sfeat, sfeat);
    expect_eq(smesim_insn_infos[id].mem, mem);
}

#define NONE set_of(END)
#define LD SMESIM_MEM_ld
#define ST SMESIM_MEM_st

TEST(contiguous_loads_and_stores)
{
    check(0xa5244861, "ld1sh { z1.s }, p2/z, [x3, x4, lsl #1]",
          set_of(P(2), X(3), X(4), END), set_of(Z(1), END), F(SVE), F(SME), LD);
    check(0xa428a7e5, "ld1b { z5.h }, p1/z, [sp, #-8, mul vl]",
          set_of(P(1), SP, END), set_of(Z(5), END), F(SVE), F(SME), LD);
    check(0xa56648a4, "ld1w { z4.d }, p2/z, [x5, x6, lsl #2]",
          set_of(P(2), X(5), X(6), END), set_of(Z(4), END), F(SVE), F(SME), LD);
    check(0xe5ea4d27, "st1d { z7.d }, p3, [x9, x10, lsl #3]",
          set_of(Z(7), P(3), X(9), X(10), END), NONE, F(SVE), F(SME), ST);
    check(0xa5038440, "ld1w { z0.q }, p1/z, [x2, x3, lsl #2]",
          set_of(P(1), X(2), X(3), END), set_of(Z(0), END), F(SVE2p1), F(SVE2p1) | F(SME_FA64), LD);
    check(0xa584c443, "ldnt1d { z3.d }, p1/z, [x2, x4, lsl #3]",
          set_of(P(1), X(2), X(4), END), set_of(Z(3), END), F(SVE), F(SME), LD);
}

/* LDFF1 and LDNF1 read FFR (which elements still count) and write it */
TEST(first_fault_and_non_fault_loads_use_ffr)
{
    check(0xa57f70a2, "ldff1w { z2.d }, p4/z, [x5]",           /* index xzr: reads no register */
          set_of(P(4), X(5), FFR, END), set_of(Z(2), FFR, END), F(SVE), F(SME_FA64), LD);
    check(0xa5d7bd06, "ldnf1sb { z6.h }, p7/z, [x8, #7, mul vl]",
          set_of(P(7), X(8), FFR, END), set_of(Z(6), FFR, END), F(SVE), F(SME_FA64), LD);
    check(0xc5f6f6b4, "ldff1d { z20.d }, p5/z, [x21, z22.d, lsl #3]",
          set_of(P(5), X(21), Z(22), FFR, END), set_of(Z(20), FFR, END), F(SVE), F(SME_FA64), LD);
    check(0xc43ffb17, "ldff1b { z23.d }, p6/z, [z24.d, #31]",
          set_of(P(6), Z(24), FFR, END), set_of(Z(23), FFR, END), F(SVE), F(SME_FA64), LD);
}

TEST(structure_loads_and_stores_cover_every_register)
{
    check(0xa548f81f, "ld3w { z31.s, z0.s, z1.s }, p6/z, [x0, #-24, mul vl]",
          set_of(P(6), X(0), END), set_of(Z(31), Z(0), Z(1), END), F(SVE), F(SME), LD);
    check(0xe5e2603c, "st4d { z28.d - z31.d }, p0, [x1, x2, lsl #3]",
          set_of(Z(28), Z(29), Z(30), Z(31), P(0), X(1), X(2), END), NONE, F(SVE), F(SME), ST);
    check(0xa4a48468, "ld2q { z8.q, z9.q }, p1/z, [x3, x4, lsl #4]",
          set_of(P(1), X(3), X(4), END), set_of(Z(8), Z(9), END), F(SVE2p1), F(SME2p1), LD);
}

TEST(replicating_loads)
{
    check(0x857f8dcc, "ld1rsh { z12.d }, p3/z, [x14, #126]",
          set_of(P(3), X(14), END), set_of(Z(12), END), F(SVE), F(SME), LD);
    check(0xa50829ed, "ld1rqw { z13.s }, p2/z, [x15, #-128]",
          set_of(P(2), X(15), END), set_of(Z(13), END), F(SVE), F(SME), LD);
    check(0xa5b1060e, "ld1rod { z14.d }, p1/z, [x16, x17, lsl #3]",
          set_of(P(1), X(16), X(17), END), set_of(Z(14), END),
          F(SVE_F64MM), F(SVE_F64MM) | F(SME_FA64), LD);
}

/* gathers and scatters read the vector of offsets or addresses; none is
 * legal in streaming mode without FEAT_SME_FA64 */
TEST(gathers_and_scatters)
{
    check(0x84f3124f, "ld1sh { z15.s }, p4/z, [x18, z19.s, sxtw #1]",
          set_of(P(4), X(18), Z(19), END), set_of(Z(15), END), F(SVE), F(SME_FA64), LD);
    check(0xc41bbf59, "ld1q { z25.q }, p7/z, [z26.d, x27]",
          set_of(P(7), Z(26), X(27), END), set_of(Z(25), END), F(SVE2p1), F(SVE2p1) | F(SME_FA64), LD);
    check(0xc50b8949, "ldnt1sw { z9.d }, p2/z, [z10.d, x11]",
          set_of(P(2), Z(10), X(11), END), set_of(Z(9), END), F(SVE2), F(SME_FA64), LD);
    check(0xe57d839b, "st1w { z27.s }, p0, [x28, z29.s, uxtw #2]",
          set_of(Z(27), P(0), X(28), Z(29), END), NONE, F(SVE), F(SME_FA64), ST);
    check(0xe4dfa7fe, "st1h { z30.d }, p1, [z31.d, #62]",
          set_of(Z(30), P(1), Z(31), END), NONE, F(SVE), F(SME_FA64), ST);
    check(0xe43f2820, "st1q { z0.q }, p2, [z1.d]",
          set_of(Z(0), P(2), Z(1), END), NONE, F(SVE2p1), F(SVE2p1) | F(SME_FA64), ST);
    check(0xe45f34c4, "stnt1b { z4.s }, p5, [z6.s]",
          set_of(Z(4), P(5), Z(6), END), NONE, F(SVE2), F(SME_FA64), ST);
}

/* a prefetch is a hint: it reads its address registers, writes nothing and
 * is no memory access */
TEST(prefetches_only_read)
{
    check(0x8485cc88, "prfh pstl1keep, p3, [x4, x5, lsl #1]",
          set_of(P(3), X(4), X(5), END), NONE, F(SVE), F(SME), SMESIM_MEM_none);
    check(0x85e070c6, "prfd #6, p4, [x6, #-32, mul vl]",
          set_of(P(4), X(6), END), NONE, F(SVE), F(SME), SMESIM_MEM_none);
    check(0xc46854e3, "prfw pldl2strm, p5, [x7, z8.d, sxtw #2]",
          set_of(P(5), X(7), Z(8), END), NONE, F(SVE), F(SME_FA64), SMESIM_MEM_none);
}

TEST(fill_and_spill_of_whole_registers)
{
    check(0x85a00149, "ldr p9, [x10, #-256, mul vl]",
          set_of(X(10), END), set_of(P(9), END), F(SVE), F(SME), LD);
    check(0xe59f5feb, "str z11, [sp, #255, mul vl]",
          set_of(Z(11), SP, END), NONE, F(SVE), F(SME), ST);
}

/* the dtype field: ld1sh { z1.s } is a 16-bit memory element (msz 1),
 * sign-extended into 32-bit elements (esz 2) */
TEST(dtype_gives_memory_size_element_size_and_sign)
{
    smesim_insn in;
    int id = smesim_decode(0xa5244861, &in);
    expect_eq(in.a.v[smesim_arg_slot(id, "msz")], 1);
    expect_eq(in.a.v[smesim_arg_slot(id, "esz")], 2);
    expect_eq(in.a.v[smesim_arg_slot(id, "sx")], 1);
    id = smesim_decode(0xa56648a4, &in);                       /* ld1w { z4.d } */
    expect_eq(in.a.v[smesim_arg_slot(id, "msz")], 2);
    expect_eq(in.a.v[smesim_arg_slot(id, "esz")], 3);
    expect_eq(in.a.v[smesim_arg_slot(id, "sx")], 0);
}

/* llvm-mc-19: invalid instruction encoding */
TEST(unallocated_memory_words_stay_undefined)
{
    smesim_insn in;
    expect_eq(smesim_decode(0xa41f4000, &in), SMESIM_INSN_UNDEF);   /* ld1b [x0, xzr] */
    expect_eq(smesim_decode(0xe4804000, &in), SMESIM_INSN_UNDEF);   /* st1h { z.b } */
    expect_eq(smesim_decode(0xe4208000, &in), SMESIM_INSN_UNDEF);   /* st1b scaled 32-bit offsets */
    expect_eq(smesim_decode(0x85000000, &in), SMESIM_INSN_UNDEF);   /* ld1sw of 32-bit elements */
    expect_eq(smesim_decode(0xc5800000, &in), SMESIM_INSN_UNDEF);   /* ld1sd */
}

RUN_TESTS(T(contiguous_loads_and_stores), T(first_fault_and_non_fault_loads_use_ffr),
          T(structure_loads_and_stores_cover_every_register), T(replicating_loads),
          T(gathers_and_scatters), T(prefetches_only_read), T(fill_and_spill_of_whole_registers),
          T(dtype_gives_memory_size_element_size_and_sign),
          T(unallocated_memory_words_stay_undefined))
