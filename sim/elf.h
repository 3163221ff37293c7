/* sim/elf.h — reads a static AArch64 ELF64 executable into a program image
 * (decode/image.h): PT_LOAD segments, entry point, symbols.  Every offset
 * and size is checked against the file; a bad file gives one line naming
 * the file, the byte offset and the problem.
 */
#ifndef SMESIM_ELF_H
#define SMESIM_ELF_H

#include <stddef.h>
#include <stdint.h>

#include "decode/image.h"

/* 1 if the bytes start with the ELF magic. */
int smesim_is_elf(const uint8_t *data, size_t len);

/* Parses data (len bytes, read from `path`). Returns 1 and fills *img, or 0
 * and writes one line to err. */
int smesim_elf_read(const char *path, const uint8_t *data, size_t len, smesim_image *img,
                    char *err, size_t errn);

#endif
