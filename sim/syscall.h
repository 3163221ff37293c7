/* sim/syscall.h — the Linux system calls a guest may make with SVC #0:
 * write (64), exit (93) and exit_group (94).  Others return -ENOSYS, with
 * one warning per call number.
 */
#ifndef SMESIM_SYSCALL_H
#define SMESIM_SYSCALL_H

#include "sim/cpu.h"

smesim_status smesim_syscall(smesim_cpu *cpu);

#endif
