/* decode/readfile.c — whole-file reads (decode/readfile.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/readfile.h"

uint8_t *smesim_read_file(const char *path, size_t limit, size_t *len, char *err, size_t errn)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errn, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 65536, n = 0;
    uint8_t *buf = malloc(cap + 1);
    int toolong = 0;
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) break;
        if (cap >= limit) { toolong = 1; break; }
        size_t next = cap * 2 > limit ? limit : cap * 2;
        uint8_t *b = realloc(buf, next + 1);
        if (!b) { free(buf); buf = NULL; break; }
        buf = b;
        cap = next;
    }
    int ioerr = ferror(f);
    fclose(f);
    if (!buf || ioerr || toolong) {
        free(buf);
        if (toolong) snprintf(err, errn, "%s: larger than %zu bytes", path, limit);
        else snprintf(err, errn, "%s: cannot read: %s", path, ioerr ? "I/O error" : "out of memory");
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}
