/* tests/unit/test_roundtrip.c — the table against itself, Zydis-style: every
 * word that decodes prints to text that assembles back to the same word (or
 * one differing only in ignored bits, which prints the same) and decodes to
 * the same instruction.  Words are aimed at each pattern (its
 * fixed bits, random elsewhere) and drawn at random; a fixed seed keeps
 * failures reproducible.  (Whether the text is right is llvm_sweep.py's job.)
 */
#include "tests/unit/harness.h"

#include <stdio.h>
#include <stdlib.h>

#include "decode/decode.h"

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint32_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

/* Words that differ only in bits the instruction ignores (the Arm ARM's
 * (0)/(1) bits, a logical immediate's unused rotate bits, INS's unused imm4
 * bits) print the same text and assemble to one of them: the word given
 * back must then print that same text. */
static int same_text(uint32_t w, const char *text)
{
    smesim_insn in;
    char again[160];
    if (smesim_decode(w, &in) < 0) return 0;
    smesim_disasm(&in, again, sizeof again);
    return strcmp(again, text) == 0;
}

static unsigned check(uint32_t w)
{
    smesim_insn in, back;
    char text[160];
    if (smesim_decode(w, &in) < 0) return 0;
    smesim_disasm(&in, text, sizeof text);
    uint32_t again = 0;
    smesim_asm_error e;
    if (!smesim_asm_insn(text, 0x400000, NULL, NULL, &again, &e) || (again != w && !same_text(again, text)) ||
        smesim_decode(again, &back) != in.id) {
        fprintf(stderr, "%08x '%s' -> %s%08x (col %d: %s)\n", w, text, again == w ? "" : "different word ",
                again, e.col, e.msg);
        return 1;
    }
    return 0;
}

TEST(every_pattern_round_trips_through_its_text)
{
    unsigned bad = 0;
    for (int id = 0; id < SMESIM_NUM_INSNS; id++)
        for (int k = 0; k < 2000; k++) {
            uint32_t w = (next() & ~smesim_pattern_bits[id][0]) | smesim_pattern_bits[id][1];
            bad += check(w);
            if (bad > 10) fail();
        }
    expect_eq(bad, 0);
}

/* SMESIM_FUZZ_WORDS sets how many (make check-long asks for millions) */
TEST(random_words_round_trip_or_are_undefined)
{
    unsigned bad = 0;
    const char *env = getenv("SMESIM_FUZZ_WORDS");
    long n = env ? atol(env) : 300000;
    for (long k = 0; k < n; k++) {
        bad += check(next());
        if (bad > 10) fail();
    }
    expect_eq(bad, 0);
}

RUN_TESTS(T(every_pattern_round_trips_through_its_text), T(random_words_round_trip_or_are_undefined))
