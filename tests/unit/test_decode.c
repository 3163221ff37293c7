/* tests/unit/test_decode.c — decoding, printing, assembling one instruction,
 * and operand access.  Texts come from llvm-mc-19 (--disassemble with the
 * features of ../shared/ORACLES.md); the exhaustive comparison is
 * tests/oracle/llvm_sweep.py, these are the cases a reader checks first.
 */
#include "tests/unit/harness.h"

#include <stdio.h>

#include "decode/decode.h"

static const char *text_of(uint32_t w)
{
    static char buf[128];
    smesim_insn in;
    smesim_decode(w, &in);
    smesim_disasm(&in, buf, sizeof buf);
    return buf;
}

static uint32_t word_of(const char *text)
{
    uint32_t w = 0;
    smesim_asm_error e;
    if (!smesim_asm_insn(text, 0x400000, NULL, NULL, &w, &e)) {
        fprintf(stderr, "'%s': col %d: %s\n", text, e.col, e.msg);
        fail();
    }
    return w;
}

/* llvm-mc-19 --disassemble, see ../shared/ORACLES.md */
TEST(sme_words_print_as_llvm_does)
{
    expect_str(text_of(0x80812000), "fmopa za0.s, p0/m, p1/m, z0.s, z1.s");
    expect_str(text_of(0x809fdfd3), "fmops za3.s, p7/m, p6/m, z30.s, z31.s");
    expect_str(text_of(0xe0810000), "ld1w {za0h.s[w12, 0]}, p0/z, [x0, x1, lsl #2]");
    expect_str(text_of(0xe09fffef), "ld1w {za3v.s[w15, 3]}, p7/z, [sp]");
    expect_str(text_of(0xc08200e0), "mov z0.s, p0/m, za1h.s[w12, 3]");
    expect_str(text_of(0xc080a466), "mov za1v.s[w13, 2], p1/m, z3.s");
    expect_str(text_of(0xc00800ff), "zero {za}");
    expect_str(text_of(0xc0080055), "zero {za0.h}");
    expect_str(text_of(0xc0080066), "zero {za1.s,za2.s}");
    expect_str(text_of(0xc0080003), "zero {za0.d, za1.d}");
    expect_str(text_of(0x04bf5820), "rdsvl x0, #1");
    expect_str(text_of(0xd503477f), "smstart");
    expect_str(text_of(0xd503427f), "smstop sm");
}

TEST(sve_and_base_words_print_as_llvm_does)
{
    expect_str(text_of(0x2598e3e0), "ptrue p0.s");
    expect_str(text_of(0x25a11400), "whilelt p0.s, x0, x1");
    expect_str(text_of(0xa540a000), "ld1w { z0.s }, p0/z, [x0]");
    expect_str(text_of(0x04a3e3e0), "cntw x0, all, mul #4");
    expect_str(text_of(0x25b8f000), "mov z0.s, #-32768");
    expect_str(text_of(0x25b9ce03), "fmov z3.s, #1.00000000");
    expect_str(text_of(0x54ffff01), "b.ne #-32");
    expect_str(text_of(0xd37ff820), "lsl x0, x1, #1");
    expect_str(text_of(0x9b027c20), "mul x0, x1, x2");
    expect_str(text_of(0xd2a00001), "movz x1, #0, lsl #16");
    expect_str(text_of(0x92800000), "mov x0, #-1");
    expect_str(text_of(0xf8627820), "ldr x0, [x1, x2, lsl #3]");
    expect_str(text_of(0xd4000001), "svc #0");
}

TEST(words_outside_the_tables_are_undefined)
{
    expect_str(text_of(0xffffffff), "<undefined>");
    expect_str(text_of(0xa55f4000), "<undefined>");   /* ld1w scalar+scalar with xzr: llvm-mc invalid */
    expect_str(text_of(0x2538e000), "<undefined>");   /* dup .b with lsl #8: llvm-mc invalid */
}

TEST(assembling_gives_back_the_words)
{
    expect_u64(word_of("fmopa za0.s, p0/m, p1/m, z0.s, z1.s"), 0x80812000);
    expect_u64(word_of("mova za1v.s[w13, 2], p1/m, z3.s"), 0xc080a466);   /* the MOVA spelling */
    expect_u64(word_of("zero {za0.s, za2.s}"), 0xc0080055);              /* = za0.h */
    expect_u64(word_of("st1w {za3v.s[w15, 3]}, p7, [x0, xzr, lsl #2]"), 0xe0bffc0f);
    expect_u64(word_of("MOV X0, X2"), 0xaa0203e0);                        /* case-insensitive */
    expect_u64(word_of("dup z0.s, #0"), 0x25b8c000);
    expect_u64(word_of("fmov z3.s, #0.0"), 0x25b8c003);
    expect_u64(word_of("msr svcrsm, #1"), 0xd503437f);                   /* = smstart sm */
    expect_u64(word_of("msr SVCRSMZA, #0"), 0xd503467f);                 /* = smstop */
}

static void expect_asm_error(const char *text, int col, const char *msg_part)
{
    uint32_t w;
    smesim_asm_error e;
    expect_false(smesim_asm_insn(text, 0, NULL, NULL, &w, &e));
    if (e.col != col || !strstr(e.msg, msg_part)) {
        fprintf(stderr, "'%s': got col %d '%s', want col %d '%s'\n", text, e.col, e.msg, col, msg_part);
        fail();
    }
}

TEST(bad_instructions_name_the_column_and_the_problem)
{
    expect_asm_error("fmopx za0.s, p0/m, p1/m, z0.s, z1.s", 1, "unknown mnemonic 'fmopx'");
    expect_asm_error("fmopa za4.s, p0/m, p1/m, z0.s, z1.s", 7, "out of range");
    expect_asm_error("fmopa za0.s, p0/m, p1/m, z0.d, z1.s", 28, "element size .s");
    expect_asm_error("add x0, x1, #4096", 13, "out of range");
    expect_asm_error("ldr x0, [x1, #3]", 14, "out of range");
    expect_asm_error("mov x0, #0x12345", 9, "");
    expect_asm_error("b.xx #8", 3, "condition");
    expect_asm_error("nop x0", 5, "unexpected text");
}

/* Worked by hand from the acc= columns of decode/isa/sme_move.decode, sme_mop.decode and
 * decode/isa/base_*.decode: tile za1.s holds ZA rows r with r mod 4 == 1, which
 * are the .q granules 1, 5, 9, 13. */
TEST(access_sets_name_registers_tiles_and_flags)
{
    smesim_insn in;
    smesim_access a;
    smesim_decode(word_of("fmopa za1.s, p2/m, p3/m, z4.s, z5.s"), &in);
    smesim_insn_access(&in, &a);
    for (unsigned g = 0; g < 16; g++) {
        int in_tile = g % 4 == 1;
        expect_eq(smesim_res_has(&a.wr, SMESIM_RES_ZA0 + g), in_tile);
        expect_eq(smesim_res_has(&a.rd, SMESIM_RES_ZA0 + g), in_tile);
    }
    expect_true(smesim_res_has(&a.rd, SMESIM_RES_P0 + 2));
    expect_true(smesim_res_has(&a.rd, SMESIM_RES_P0 + 3));
    expect_true(smesim_res_has(&a.rd, SMESIM_RES_Z0 + 4));
    expect_true(smesim_res_has(&a.rd, SMESIM_RES_Z0 + 5));
    expect_false(smesim_res_has(&a.wr, SMESIM_RES_Z0 + 4));

    smesim_decode(word_of("ld1w {za2h.s[w13, 1]}, p1/z, [x3, x4, lsl #2]"), &in);
    smesim_insn_access(&in, &a);
    expect_true(smesim_res_has(&a.rd, SMESIM_RES_X0 + 13));     /* the slice index */
    expect_true(smesim_res_has(&a.rd, SMESIM_RES_X0 + 3));
    expect_true(smesim_res_has(&a.rd, SMESIM_RES_X0 + 4));
    expect_true(smesim_res_has(&a.wr, SMESIM_RES_ZA0 + 2));
    expect_false(smesim_res_has(&a.wr, SMESIM_RES_ZA0 + 1));

    smesim_decode(word_of("cmp x1, #4"), &in);
    smesim_insn_access(&in, &a);
    expect_true(smesim_res_has(&a.wr, SMESIM_RES_NZCV));
    expect_false(smesim_res_has(&a.wr, SMESIM_RES_SP));          /* rd = 31 is XZR here */

    smesim_decode(word_of("zero {za0.d, za5.d}"), &in);
    smesim_insn_access(&in, &a);
    expect_eq(a.wr.w[1] >> (SMESIM_RES_ZA0 - 64) & 0xffff, (1u << 0 | 1u << 8 | 1u << 5 | 1u << 13));

    smesim_decode(word_of("bl #8"), &in);
    smesim_insn_access(&in, &a);
    expect_true(smesim_res_has(&a.wr, SMESIM_RES_X0 + 30));
}

TEST(tile_granules_follow_the_row_interleave)
{
    expect_eq(smesim_za_tile_granules(0, 0), 0xffff);   /* za0.b is all of ZA */
    expect_eq(smesim_za_tile_granules(1, 1), 0xaaaa);   /* za1.h: odd rows */
    expect_eq(smesim_za_tile_granules(2, 3), 0x8888);   /* za3.s: rows 3, 7, 11, 15 mod 16 */
    expect_eq(smesim_za_tile_granules(3, 7), 0x8080);
    expect_eq(smesim_za_tile_granules(4, 9), 0x0200);
}

RUN_TESTS(T(sme_words_print_as_llvm_does), T(sve_and_base_words_print_as_llvm_does),
          T(words_outside_the_tables_are_undefined), T(assembling_gives_back_the_words),
          T(bad_instructions_name_the_column_and_the_problem),
          T(access_sets_name_registers_tiles_and_flags), T(tile_granules_follow_the_row_interleave))
