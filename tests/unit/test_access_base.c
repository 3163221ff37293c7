/* tests/unit/test_access_base.c — operand access and static facts of the
 * base A64, scalar floating-point and Advanced SIMD patterns
 * (decode/isa/base_*.decode, fp_*.decode, simd_*.decode): for a sample of
 * each family, which registers, flags and state smesim_insn_access reports
 * read and written, and the features, streaming-mode features and memory
 * kind of smesim_insn_infos.  Every word is llvm-mc-19's encoding of the
 * text beside it (llvm-mc-19 -triple=aarch64 -show-encoding, with the
 * features of tests/oracle/llvmmc.py); the expectations are worked by hand
 * from the Arm ARM's description of each instruction.
 */

#include "decode/decode.h"
#include "tests/unit/harness.h"

#define FEAT(name) SMESIM_FEATBIT(name)

static smesim_insn in;
static smesim_access acc;

/* decode w, check the text, and fill acc */
static void decode_word(uint32_t w, const char *text)
{
    char buf[128];
    smesim_decode(w, &in);
    smesim_disasm(&in, buf, sizeof buf);
    expect_str(buf, text);
    smesim_insn_access(&in, &acc);
}

static int rd(unsigned r) { return smesim_res_has(&acc.rd, r); }
static int wr(unsigned r) { return smesim_res_has(&acc.wr, r); }
static const smesim_insn_info *info(void) { return &smesim_insn_infos[in.id]; }

#define X(n) (SMESIM_RES_X0 + (n))
#define V(n) (SMESIM_RES_Z0 + (n))

TEST(integer_data_processing)
{
    decode_word(0x8b224be0, "add x0, sp, w2, uxtw #2");
    expect_true(wr(X(0)));
    expect_true(rd(SMESIM_RES_SP));                 /* Rn = 31 is SP here */
    expect_true(rd(X(2)));
    expect_false(wr(SMESIM_RES_NZCV));
    expect_u64(info()->feat, FEAT(A64));

    decode_word(0x72001c41, "ands w1, w2, #0xff");
    expect_true(wr(X(1)));
    expect_true(rd(X(2)));
    expect_true(wr(SMESIM_RES_NZCV));

    decode_word(0x1a9f17e0, "cset w0, eq");       /* CSINC w0, wzr, wzr, ne */
    expect_true(wr(X(0)));
    expect_true(rd(SMESIM_RES_NZCV));
    expect_false(wr(SMESIM_RES_NZCV));

    decode_word(0xfa431824, "ccmp x1, #3, #4, ne");
    expect_true(rd(X(1)));
    expect_true(rd(SMESIM_RES_NZCV));
    expect_true(wr(SMESIM_RES_NZCV));
    expect_false(wr(X(1)));

    decode_word(0xb37d0c20, "bfi x0, x1, #3, #4"); /* BFM keeps the other bits of x0 */
    expect_true(rd(X(0)));
    expect_true(wr(X(0)));
    expect_true(rd(X(1)));
}

TEST(loads_stores_and_atomics)
{
    decode_word(0xf8408c20, "ldr x0, [x1, #8]!");
    expect_true(wr(X(0)));
    expect_true(rd(X(1)));
    expect_true(wr(X(1)));                         /* pre-index writes the base back */
    expect_eq(info()->mem, SMESIM_MEM_ld);

    decode_word(0xa9bf7bfd, "stp x29, x30, [sp, #-16]!");
    expect_true(rd(X(29)));
    expect_true(rd(X(30)));
    expect_true(rd(SMESIM_RES_SP));
    expect_true(wr(SMESIM_RES_SP));
    expect_false(wr(X(29)));
    expect_eq(info()->mem, SMESIM_MEM_st);

    decode_word(0xad4107e0, "ldp q0, q1, [sp, #32]");
    expect_true(wr(V(0)));
    expect_true(wr(V(1)));
    expect_false(wr(SMESIM_RES_SP));
    expect_u64(info()->feat, FEAT(FP));
    expect_u64(info()->sfeat, FEAT(FP));           /* FP loads are legal when streaming */

    decode_word(0x3ce778c5, "ldr q5, [x6, x7, lsl #4]");
    expect_true(wr(V(5)));
    expect_true(rd(X(6)));
    expect_true(rd(X(7)));

    decode_word(0x88e0fc41, "casal w0, w1, [x2]"); /* w0: compared, then the old value */
    expect_true(rd(X(0)));
    expect_true(wr(X(0)));
    expect_true(rd(X(1)));
    expect_false(wr(X(1)));
    expect_eq(info()->mem, SMESIM_MEM_ldst);
    expect_u64(info()->feat, FEAT(LSE));

    decode_word(0xc802fc83, "stlxr w2, x3, [x4]"); /* w2: the status */
    expect_true(wr(X(2)));
    expect_true(rd(X(3)));
    expect_false(wr(X(3)));
    expect_eq(info()->mem, SMESIM_MEM_st);

    decode_word(0xf8e10062, "ldaddal x1, x2, [x3]");
    expect_true(rd(X(1)));
    expect_true(wr(X(2)));
    expect_true(rd(X(3)));
    expect_eq(info()->mem, SMESIM_MEM_ldst);
}

TEST(branches_and_system)
{
    decode_word(0x36280043, "tbz w3, #5, #8");
    expect_true(rd(X(3)));
    expect_eq(acc.wr.w[0] | acc.wr.w[1], 0);

    decode_word(0xd73f0822, "blraa x1, x2");
    expect_true(rd(X(1)));
    expect_true(rd(X(2)));
    expect_true(wr(X(30)));
    expect_u64(info()->feat, FEAT(PAUTH));

    decode_word(0xd53bd040, "mrs x0, TPIDR_EL0");
    expect_true(wr(X(0)));

    decode_word(0xd50b7420, "dc zva, x0");
    expect_true(rd(X(0)));
    expect_false(wr(X(0)));
}

TEST(scalar_floating_point)
{
    decode_word(0x1f420c20, "fmadd d0, d1, d2, d3");
    expect_true(wr(V(0)));
    expect_true(rd(V(1)));
    expect_true(rd(V(2)));
    expect_true(rd(V(3)));
    expect_u64(info()->feat, FEAT(FP));
    expect_u64(info()->sfeat, FEAT(FP));           /* scalar FP is legal when streaming */
    expect_eq(info()->flops, 2);

    decode_word(0x1e202008, "fcmp s0, #0.0");
    expect_true(rd(V(0)));
    expect_true(wr(SMESIM_RES_NZCV));

    decode_word(0x1e26cca4, "fcsel s4, s5, s6, gt");
    expect_true(wr(V(4)));
    expect_true(rd(SMESIM_RES_NZCV));

    decode_word(0x1e780020, "fcvtzs w0, d1");
    expect_true(wr(X(0)));
    expect_true(rd(V(1)));
}

TEST(advanced_simd)
{
    decode_word(0x4ea28420, "add v0.4s, v1.4s, v2.4s");
    expect_true(wr(V(0)));
    expect_false(rd(V(0)));
    expect_true(rd(V(1)));
    expect_u64(info()->feat, FEAT(SIMD));
    expect_u64(info()->sfeat, FEAT(SIMD) | FEAT(SME_FA64));   /* vector ops need FA64 */

    decode_word(0x4e629420, "mla v0.8h, v1.8h, v2.8h");
    expect_true(rd(V(0)));
    expect_true(wr(V(0)));

    decode_word(0x4cdfa000, "ld1 { v0.16b, v1.16b }, [x0], #32");
    expect_true(wr(V(0)));
    expect_true(wr(V(1)));
    expect_false(wr(V(2)));
    expect_true(wr(X(0)));
    expect_eq(info()->mem, SMESIM_MEM_ld);

    decode_word(0x0d409002, "ld1 { v2.s }[1], [x0]");   /* the other lanes stay */
    expect_true(rd(V(2)));
    expect_true(wr(V(2)));

    decode_word(0x0e043c20, "mov w0, v1.s[0]");         /* UMOV of element 0 */
    expect_true(wr(X(0)));
    expect_u64(info()->sfeat, FEAT(SIMD));              /* legal when streaming */
    decode_word(0x0e0c3c20, "mov w0, v1.s[1]");
    expect_u64(info()->sfeat, FEAT(SIMD) | FEAT(SME_FA64));

    decode_word(0x6f00e403, "movi v3.2d, #0000000000000000");
    expect_true(wr(V(3)));
}

RUN_TESTS(T(integer_data_processing), T(loads_stores_and_atomics), T(branches_and_system),
          T(scalar_floating_point), T(advanced_simd))
