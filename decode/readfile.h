/* decode/readfile.h — reading a whole input file with a size limit, for
 * every command that takes one (sources, ELF executables, traces' first
 * bytes, machine descriptions).  Errors are one line naming the file.
 */
#ifndef SMESIM_READFILE_H
#define SMESIM_READFILE_H

#include <stddef.h>
#include <stdint.h>

/* Returns a malloc'd buffer of the file's bytes (NUL-terminated, the NUL
 * not counted in *len), or NULL with "path: problem" in err. */
uint8_t *smesim_read_file(const char *path, size_t limit, size_t *len, char *err, size_t errn);

#endif
