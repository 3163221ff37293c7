/* sim/elf.c — the ELF64 reader (sim/elf.h).  Only what a static AArch64
 * executable needs: the file header, PT_LOAD program headers and the
 * symbol table.  Fields are read byte by byte (little-endian), never by
 * casting the buffer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/elf.h"

enum { EM_AARCH64 = 183, ET_EXEC = 2, ET_DYN = 3, PT_LOAD = 1, PT_INTERP = 3, SHT_SYMTAB = 2 };
enum { PF_X = 1, PF_W = 2, PF_R = 4 };
#define MAX_SEGMENT ((uint64_t)1 << 32)

static uint64_t rd(const uint8_t *p, int n)
{
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; i--) v = v << 8 | p[i];
    return v;
}

int smesim_is_elf(const uint8_t *data, size_t len)
{
    return len >= 4 && data[0] == 0x7f && data[1] == 'E' && data[2] == 'L' && data[3] == 'F';
}

#define BAD(...) do { snprintf(err, errn, __VA_ARGS__); goto fail; } while (0)

/* [off, off+size) lies inside the file */
static int inside(uint64_t off, uint64_t size, size_t len)
{
    return off <= len && size <= len - off;
}

static int read_symbols(const char *path, const uint8_t *d, size_t len, smesim_image *img,
                        char *err, size_t errn)
{
    uint64_t shoff = rd(d + 0x28, 8);
    unsigned shentsize = (unsigned)rd(d + 0x3a, 2), shnum = (unsigned)rd(d + 0x3c, 2);
    if (shoff == 0 || shnum == 0) return 1;                     /* stripped: fine */
    if (shentsize != 64 || !inside(shoff, (uint64_t)shnum * 64, len)) {
        snprintf(err, errn, "%s: ELF section headers at byte %llu lie outside the file", path,
                 (unsigned long long)shoff);
        return 0;
    }
    for (unsigned i = 0; i < shnum; i++) {
        const uint8_t *sh = d + shoff + (uint64_t)i * 64;
        if (rd(sh + 4, 4) != SHT_SYMTAB) continue;
        uint64_t off = rd(sh + 0x18, 8), size = rd(sh + 0x20, 8), entsize = rd(sh + 0x38, 8);
        unsigned link = (unsigned)rd(sh + 0x28, 4);
        if (entsize != 24 || !inside(off, size, len) || link >= shnum) {
            snprintf(err, errn, "%s: ELF symbol table (section %u, byte %llu) is malformed", path, i,
                     (unsigned long long)(shoff + (uint64_t)i * 64));
            return 0;
        }
        const uint8_t *str = d + shoff + (uint64_t)link * 64;
        uint64_t stroff = rd(str + 0x18, 8), strsize = rd(str + 0x20, 8);
        if (!inside(stroff, strsize, len)) {
            snprintf(err, errn, "%s: ELF string table of section %u lies outside the file", path, i);
            return 0;
        }
        size_t n = (size_t)(size / 24);
        img->sym = calloc(n ? n : 1, sizeof *img->sym);
        if (!img->sym) { snprintf(err, errn, "%s: out of memory", path); return 0; }
        for (size_t k = 0; k < n; k++) {
            const uint8_t *s = d + off + k * 24;
            uint64_t name = rd(s, 4);
            unsigned info = s[4];
            if (name == 0 || name >= strsize) continue;
            const char *nm = (const char *)d + stroff + name;
            size_t maxlen = (size_t)(strsize - name);
            size_t l = strnlen(nm, maxlen);
            if (l == maxlen) continue;                           /* not terminated: skip */
            smesim_symbol *o = &img->sym[img->nsym];
            o->name = malloc(l + 1);
            if (!o->name) { snprintf(err, errn, "%s: out of memory", path); return 0; }
            memcpy(o->name, nm, l + 1);
            o->value = rd(s + 8, 8);
            o->global = (info >> 4) == 1;
            img->nsym++;
        }
        return 1;
    }
    return 1;
}

int smesim_elf_read(const char *path, const uint8_t *d, size_t len, smesim_image *img,
                    char *err, size_t errn)
{
    memset(img, 0, sizeof *img);
    if (len < 64 || !smesim_is_elf(d, len)) BAD("%s: not an ELF file", path);
    if (d[4] != 2) BAD("%s: byte 4: not a 64-bit ELF (ELFCLASS64 expected)", path);
    if (d[5] != 1) BAD("%s: byte 5: not little-endian", path);
    unsigned type = (unsigned)rd(d + 0x10, 2), machine = (unsigned)rd(d + 0x12, 2);
    if (machine != EM_AARCH64) BAD("%s: byte 18: machine %u is not AArch64 (183)", path, machine);
    if (type == ET_DYN) BAD("%s: byte 16: a position-independent or dynamic executable; link with -static -no-pie", path);
    if (type != ET_EXEC) BAD("%s: byte 16: ELF type %u is not an executable", path, type);
    uint64_t entry = rd(d + 0x18, 8), phoff = rd(d + 0x20, 8);
    unsigned phentsize = (unsigned)rd(d + 0x36, 2), phnum = (unsigned)rd(d + 0x38, 2);
    if (phentsize != 56) BAD("%s: byte 54: program header size %u, expected 56", path, phentsize);
    if (!inside(phoff, (uint64_t)phnum * 56, len))
        BAD("%s: byte 32: program headers (%u at byte %llu) lie outside the file", path, phnum,
            (unsigned long long)phoff);
    img->path = malloc(strlen(path) + 1);
    img->seg = calloc(phnum ? phnum : 1, sizeof *img->seg);
    if (!img->path || !img->seg) BAD("%s: out of memory", path);
    strcpy(img->path, path);
    int entry_ok = 0;
    for (unsigned i = 0; i < phnum; i++) {
        const uint8_t *ph = d + phoff + (uint64_t)i * 56;
        uint64_t at = phoff + (uint64_t)i * 56;
        unsigned ptype = (unsigned)rd(ph, 4), flags = (unsigned)rd(ph + 4, 4);
        if (ptype == PT_INTERP) BAD("%s: byte %llu: asks for a dynamic loader; link with -static", path,
                                    (unsigned long long)at);
        if (ptype != PT_LOAD) continue;
        uint64_t off = rd(ph + 8, 8), vaddr = rd(ph + 16, 8), filesz = rd(ph + 32, 8),
                 memsz = rd(ph + 40, 8);
        if (!inside(off, filesz, len))
            BAD("%s: byte %llu: program header %u: its %llu bytes at offset %llu lie outside the file",
                path, (unsigned long long)at, i, (unsigned long long)filesz, (unsigned long long)off);
        if (filesz > memsz) BAD("%s: byte %llu: program header %u: file size exceeds memory size", path,
                                (unsigned long long)at, i);
        if (memsz > MAX_SEGMENT || vaddr + memsz < vaddr)
            BAD("%s: byte %llu: program header %u: segment too large or wraps", path,
                (unsigned long long)at, i);
        if (memsz == 0) continue;
        smesim_segment *g = &img->seg[img->nseg++];
        snprintf(g->name, sizeof g->name, "PT_LOAD[%u]", i);
        g->addr = vaddr;
        g->filesz = filesz;
        g->memsz = memsz;
        g->flags = (flags & PF_R ? SMESIM_SEG_R : 0) | (flags & PF_W ? SMESIM_SEG_W : 0) |
                   (flags & PF_X ? SMESIM_SEG_X : 0);
        if (filesz) {
            g->bytes = malloc((size_t)filesz);
            if (!g->bytes) BAD("%s: out of memory", path);
            memcpy(g->bytes, d + off, (size_t)filesz);
        }
        if ((g->flags & SMESIM_SEG_X) && entry >= vaddr && entry - vaddr < memsz) entry_ok = 1;
    }
    if (!img->nseg) BAD("%s: no loadable segments", path);
    if (!entry_ok) BAD("%s: byte 24: entry point 0x%llx is not in an executable segment", path,
                       (unsigned long long)entry);
    img->entry = entry;
    if (!read_symbols(path, d, len, img, err, errn)) goto fail;
    return 1;
fail:
    smesim_image_free(img);
    return 0;
}
