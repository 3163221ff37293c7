/* sim/cli/cmd_asm.c — `smesim asm FILE.s`: assembles a file and prints the
 * words of .text, one per line in `smesim disasm`'s input format, or a
 * listing with addresses and source lines.
 */
#include <stdio.h>
#include <string.h>

#include "decode/assembler.h"
#include "decode/decode.h"
#include "sim/cli/cli.h"

static const char usage[] =
    "usage: smesim asm [--listing] FILE.s\n"
    "\n"
    "Assembles FILE.s (what `smesim disasm` prints, plus labels, :lo12:, and the\n"
    "directives .text .data .bss .section .byte .hword .word .quad .float\n"
    ".double .ascii .asciz .skip .balign .p2align .global .equ) and prints the\n"
    "32-bit words of .text in hex, one per line. Errors: FILE:LINE:COL: message.\n"
    "\n"
    "  --listing    print address, word and disassembly for each instruction\n"
    "  -h, --help   this text\n";

int smesim_cmd_asm(int argc, char **argv)
{
    int listing = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--listing")) listing = 1;
        else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { fputs(usage, stdout); return 0; }
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "smesim asm: unknown option '%s' (try --help)\n", argv[i]);
            return 2;
        } else if (path) {
            fprintf(stderr, "smesim asm: more than one input file ('%s' and '%s')\n", path, argv[i]);
            return 2;
        } else path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "smesim asm: no input file (try --help)\n");
        return 2;
    }
    smesim_image img;
    char err[256];
    if (!smesim_assemble_file(path, &img, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    const smesim_segment *text = &img.seg[0];
    for (uint64_t off = 0; off + 4 <= text->filesz; off += 4) {
        const uint8_t *b = text->bytes + off;
        uint32_t w = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
        if (listing) {
            smesim_insn insn;
            char t[160];
            smesim_decode(w, &insn);
            smesim_disasm(&insn, t, sizeof t);
            printf("%08llx  %08x  %-48s ; line %u\n", (unsigned long long)(text->addr + off), w, t,
                   smesim_image_line(&img, text->addr + off));
        } else {
            printf("%08x\n", w);
        }
    }
    smesim_image_free(&img);
    return 0;
}
