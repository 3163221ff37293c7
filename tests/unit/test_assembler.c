/* tests/unit/test_assembler.c — whole files: labels (named and numeric
 * local), sections, data directives, expressions, and errors with
 * file:line:col.  Expected words are llvm-mc-19's for the same source
 * (`llvm-mc-19 -triple=aarch64 -filetype=obj`, then llvm-objdump-19 -d).
 */
#include "tests/unit/harness.h"

#include <stdio.h>

#include "decode/assembler.h"
#include "decode/decode.h"

static const char program[] =
    "    .text\n"
    "    .global _start\n"
    "_start:\n"
    "    mov x0, #3\n"
    "1:  subs x0, x0, #1\n"
    "    b.ne 1b\n"
    "    cbz x0, 1f\n"
    "    nop                    // a comment \xe2\x80\x94 in UTF-8\n"
    "1:  adr x1, 1b\n"
    "    b 2f\n"
    "2:  ldr w2, [x1, :lo12:val]\n"
    "    .data\n"
    "    .balign 8\n"
    "val: .word 1, 2\n"
    "    .equ LEN, . - val\n"
    "    .word LEN * 2 + (1 << 4)\n"
    "msg: .asciz \"h\\ti\"\n"
    "    .bss\n"
    "buf: .skip 64\n";

static uint32_t word(const smesim_segment *s, unsigned i)
{
    const uint8_t *b = s->bytes + 4 * i;
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

TEST(a_program_assembles_as_llvm_mc_does)
{
    smesim_image img;
    char err[256];
    if (!smesim_assemble("p.s", program, sizeof program - 1, &img, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        fail();
    }
    const uint32_t want[] = { 0xd2800060, 0xf1000400, 0x54ffffe1, 0xb4000040,
                              0xd503201f, 0x10000001, 0x14000001, 0xb9400022 };
    expect_eq(img.seg[0].filesz, sizeof want);
    for (unsigned i = 0; i < 8; i++) expect_eq(word(&img.seg[0], i), want[i]);
    expect_u64(img.entry, SMESIM_ASM_TEXT_ADDR);
    /* .data: 1, 2, LEN*2 + 16 = 32, "h\ti\0" */
    const smesim_segment *data = &img.seg[1];
    expect_str(data->name, ".data");
    expect_eq(word(data, 0), 1);
    expect_eq(word(data, 1), 2);
    expect_eq(word(data, 2), 32);
    expect_mem(data->bytes + 12, "h\ti", 4);
    /* .bss: room, no contents */
    expect_str(img.seg[2].name, ".bss");
    expect_u64(img.seg[2].memsz, 64);
    expect_u64(img.seg[2].filesz, 0);
    uint64_t v;
    expect_true(smesim_image_symbol(&img, "val", &v));
    expect_u64(v, data->addr);
    expect_eq(smesim_image_line(&img, SMESIM_ASM_TEXT_ADDR + 8), 6);   /* b.ne is on line 6 */
    smesim_image_free(&img);
}

/* Single instructions whose operands sit at the edges of what the
 * assembler reads; words from llvm-mc-19 -show-encoding. */
TEST(edge_operands_assemble_as_llvm_mc_does)
{
    static const struct { const char *text; uint32_t word; } cases[] = {
        { "mov x1, #0x8000000000000000", 0xd2f00001 },   /* INT64_MIN is a value, not a marker */
        { "mov x1, #-1", 0x92800001 },
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint32_t w = 0;
        smesim_asm_error e;
        int ok = smesim_asm_insn(cases[i].text, 0, NULL, NULL, &w, &e);
        if (cases[i].word) {
            if (!ok || w != cases[i].word) {
                fprintf(stderr, "%s: got %08x (%s), want %08x\n", cases[i].text, w, ok ? "ok" : e.msg,
                        cases[i].word);
                fail();
            }
        }
    }
}

static void expect_refused(const char *src, const char *want)
{
    smesim_image img;
    char err[256] = "";
    expect_false(smesim_assemble("e.s", src, strlen(src), &img, err, sizeof err));
    if (strcmp(err, want) != 0) {
        fprintf(stderr, "got  '%s'\nwant '%s'\n", err, want);
        fail();
    }
}

TEST(errors_name_file_line_and_column)
{
    expect_refused("nop\n  fmopx za0.s\n", "e.s:2:3: unknown mnemonic 'fmopx'");
    expect_refused("  b.eq nowhere\n", "e.s:1:8: undefined symbol 'nowhere'");
    expect_refused("  b 1b\n", "e.s:1:5: undefined symbol '1b'");
    expect_refused("x: nop\nx: nop\n", "e.s:2:1: label 'x' defined twice");
    expect_refused("  .wrod 4\n", "e.s:1:3: unknown directive '.wrod'");
    expect_refused("  .data\n  .byte 300\n", "e.s:2:9: value 300 does not fit in 1 byte(s)");
    expect_refused("  .skip N\n  .equ N, 4\n", "e.s:1:9: a symbol here must be defined before this line");
    expect_refused("  .word 1 / 0\n", "e.s:1:11: division by zero");
    expect_refused("  .data\n  nop\n", "e.s:2:3: instruction outside .text");
    expect_refused("  .ascii \"abc\n", "e.s:1:10: unterminated string");
    expect_refused("  mov x0, #1 \xe2\x80\x94 2\n", "e.s:1:14: not plain ASCII (only comments and strings may hold other bytes)");
    expect_refused("  .global main\n", "e.s: global symbol 'main' is never defined");
    expect_refused("/* open\n", "e.s:2: unterminated /* comment");
}

RUN_TESTS(T(a_program_assembles_as_llvm_mc_does), T(edge_operands_assemble_as_llvm_mc_does),
          T(errors_name_file_line_and_column))
