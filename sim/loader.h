/* sim/loader.h — puts a program image into guest memory and prepares a
 * processing element to run it: segments mapped page by page with their
 * permissions, a stack with argc/argv/envp/auxv as Linux lays them out,
 * PC at the entry point.
 */
#ifndef SMESIM_LOADER_H
#define SMESIM_LOADER_H

#include <stddef.h>

#include "decode/image.h"
#include "sim/cpu.h"

#define SMESIM_STACK_TOP 0x7ffff0000000ull
#define SMESIM_STACK_SIZE (1u << 20)

/* Maps img into mem and sets cpu's PC and SP.  argv[0..argc) are the
 * guest's arguments.  Returns 1, or 0 with one line in err. */
int smesim_load(const smesim_image *img, smesim_mem *mem, smesim_cpu *cpu, int argc,
                const char *const *argv, char *err, size_t errn);

#endif
