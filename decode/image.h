/* decode/image.h — a program image: loadable segments, symbols, the entry
 * point and (for assembled programs) the source line of each instruction.
 * The assembler (decode/assembler.c) and the ELF reader (sim/elf.c) both
 * produce one; `smesim run` loads it into guest memory.
 */
#ifndef SMESIM_IMAGE_H
#define SMESIM_IMAGE_H

#include <stddef.h>
#include <stdint.h>

enum { SMESIM_SEG_R = 1, SMESIM_SEG_W = 2, SMESIM_SEG_X = 4 };

typedef struct smesim_segment {
    char name[16];        /* ".text", ".data", ".bss", or "PT_LOAD" */
    uint64_t addr;        /* guest virtual address */
    uint8_t *bytes;       /* filesz bytes of contents (NULL if none) */
    uint64_t filesz;      /* bytes with contents */
    uint64_t memsz;       /* bytes mapped; the rest is zero */
    unsigned flags;       /* SMESIM_SEG_* */
} smesim_segment;

typedef struct smesim_symbol {
    char *name;
    uint64_t value;
    int global;
} smesim_symbol;

typedef struct smesim_image {
    char *path;                /* where it came from, for messages */
    smesim_segment *seg;
    size_t nseg;
    smesim_symbol *sym;
    size_t nsym;
    uint64_t entry;
    /* source lines of .text: line[i] is the line of the word at
     * text_addr + 4*i (assembled programs only; nlines == 0 otherwise) */
    uint64_t text_addr;
    unsigned *line;
    size_t nlines;
} smesim_image;

void smesim_image_free(smesim_image *img);

/* Finds a symbol by name; returns 1 and sets *value if found. */
int smesim_image_symbol(const smesim_image *img, const char *name, uint64_t *value);

/* The source line for an address in .text, or 0. */
unsigned smesim_image_line(const smesim_image *img, uint64_t addr);

#endif
