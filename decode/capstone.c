/* decode/capstone.c — the Capstone bridge: text for base A64 words that our
 * tables do not cover.  Capstone 4 knows no SVE or SME, so it never speaks
 * for those spaces; its text is its own, not LLVM 19's.
 */
#include <stdio.h>
#include <string.h>

#include <capstone/capstone.h>

#include "decode/decode.h"

static csh handle;
static int state;  /* 0 untried, 1 open, -1 failed */

int smesim_capstone_text(uint32_t word, char *buf, size_t n)
{
    if (state == 0) {
        state = cs_open(CS_ARCH_ARM64, CS_MODE_LITTLE_ENDIAN, &handle) == CS_ERR_OK ? 1 : -1;
    }
    if (state < 0) return 0;
    uint8_t bytes[4] = { (uint8_t)word, (uint8_t)(word >> 8), (uint8_t)(word >> 16),
                         (uint8_t)(word >> 24) };
    cs_insn *insn;
    size_t count = cs_disasm(handle, bytes, 4, 0, 1, &insn);
    if (count != 1) return 0;
    if (insn[0].op_str[0])
        snprintf(buf, n, "%s %s", insn[0].mnemonic, insn[0].op_str);
    else
        snprintf(buf, n, "%s", insn[0].mnemonic);
    cs_free(insn, count);
    return 1;
}
