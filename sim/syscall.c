/* sim/syscall.c — guest system calls (sim/syscall.h).  The guest's output
 * goes to the host's standard output and error unchanged.
 */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#include "sim/exec/exec.h"
#include "sim/syscall.h"

enum { SYS_WRITE = 64, SYS_EXIT = 93, SYS_EXIT_GROUP = 94 };

static smesim_status sys_write(smesim_cpu *cpu)
{
    uint64_t fd = cpu->x[0], buf = cpu->x[1], len = cpu->x[2];
    int host = fd == 1 ? cpu->out_fd : fd == 2 ? cpu->err_fd : -1;
    if (host < 0) {
        cpu->x[0] = (uint64_t)-EBADF;
        return SMESIM_OK;
    }
    if (len == 0) {
        cpu->x[0] = 0;
        return SMESIM_OK;
    }
    const uint8_t *p = smesim_mem_ptr(cpu->mem, buf, len, SMESIM_MEM_R);
    if (!p) {
        cpu->x[0] = (uint64_t)-EFAULT;   /* as Linux does: the call fails */
        return SMESIM_OK;
    }
    if (fd == 1) fflush(stdout);
    uint64_t done = 0;
    while (done < len) {
        ssize_t n = write(host, p + done, (size_t)(len - done));
        if (n < 0) {
            if (errno == EINTR) continue;
            cpu->x[0] = done ? done : (uint64_t)-EIO;
            return SMESIM_OK;
        }
        done += (uint64_t)n;
    }
    cpu->x[0] = len;
    return SMESIM_OK;
}

smesim_status smesim_syscall(smesim_cpu *cpu)
{
    uint64_t nr = cpu->x[8];
    switch (nr) {
    case SYS_WRITE:
        return sys_write(cpu);
    case SYS_EXIT:
    case SYS_EXIT_GROUP:
        cpu->exit_code = (int)(cpu->x[0] & 0xff);
        return SMESIM_EXIT;
    default:
        if (nr >= 64 || !(cpu->enosys_seen & ((uint64_t)1 << nr))) {
            if (nr < 64) cpu->enosys_seen |= (uint64_t)1 << nr;
            fprintf(stderr, "smesim: guest system call %llu at pc 0x%llx is not supported"
                    " (returns -ENOSYS)\n", (unsigned long long)nr, (unsigned long long)cpu->pc);
        }
        cpu->x[0] = (uint64_t)-ENOSYS;
        return SMESIM_OK;
    }
}
