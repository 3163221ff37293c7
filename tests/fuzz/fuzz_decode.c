/* tests/fuzz/fuzz_decode.c — libFuzzer harness for the one table run both
 * ways, Zydis-style: each 4 bytes of input are a word; a word that decodes
 * prints to text, the text assembles back, and the word it gives decodes
 * to the same instruction printing the same text.  Any difference aborts.
 * Built by `make build/fuzz/fuzz_decode` (clang-19, -fsanitize=fuzzer,
 * address,undefined); `make check-long` runs it for a bounded time.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/decode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (size_t i = 0; i + 4 <= size; i += 4) {
        uint32_t w = (uint32_t)data[i] | (uint32_t)data[i + 1] << 8 | (uint32_t)data[i + 2] << 16 |
                     (uint32_t)data[i + 3] << 24;
        smesim_insn in, back;
        char text[192], again[192];
        if (smesim_decode(w, &in) < 0) continue;
        smesim_disasm(&in, text, sizeof text);
        smesim_access acc;
        smesim_insn_access(&in, &acc);
        uint32_t w2 = 0;
        smesim_asm_error e;
        if (!smesim_asm_insn(text, 0x400000, NULL, NULL, &w2, &e)) {
            fprintf(stderr, "%08x '%s' does not assemble: col %d: %s\n", w, text, e.col, e.msg);
            abort();
        }
        if (smesim_decode(w2, &back) != in.id) {
            fprintf(stderr, "%08x '%s' assembles to %08x, another instruction\n", w, text, w2);
            abort();
        }
        smesim_disasm(&back, again, sizeof again);
        if (strcmp(text, again)) {
            fprintf(stderr, "%08x '%s' assembles to %08x '%s'\n", w, text, w2, again);
            abort();
        }
    }
    return 0;
}
