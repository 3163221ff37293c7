/* decode/assembler.h — assembling a whole source file into a program image:
 * labels, sections (.text, .data, .bss), data directives and the
 * instructions of the ISA tables.  Errors are reported as
 * "file:line:col: message", and nothing is produced on error.
 */
#ifndef SMESIM_ASSEMBLER_H
#define SMESIM_ASSEMBLER_H

#include <stddef.h>

#include "decode/image.h"

/* Where sections go: .text at text_addr, then .data and .bss each at the
 * next multiple of 64 KiB. */
#define SMESIM_ASM_TEXT_ADDR 0x400000u

/* Assembles text (len bytes; need not be NUL-terminated) named `name` in
 * messages.  Returns 1 and fills *img, or 0 and writes one line to err. */
int smesim_assemble(const char *name, const char *text, size_t len, smesim_image *img,
                    char *err, size_t errn);

/* Reads and assembles a file. */
int smesim_assemble_file(const char *path, smesim_image *img, char *err, size_t errn);

#endif
