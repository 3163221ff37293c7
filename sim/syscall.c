/* sim/syscall.c — guest system calls (sim/syscall.h).  The guest's output
 * goes to the host's standard output and error unchanged.  As Linux does
 * (Documentation/arch/arm64/sme.rst), a system call leaves streaming mode
 * (PSTATE.SM cleared, with the Arm ARM's ResetSVEState) and keeps PSTATE.ZA
 * (exit aside: it does not return, and the state is left for inspection);
 * prctl sets and reads the SVE and SME vector lengths (sve.rst, sme.rst).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sim/exec/exec.h"
#include "sim/syscall.h"

enum { SYS_WRITE = 64, SYS_EXIT = 93, SYS_EXIT_GROUP = 94, SYS_PRCTL = 167 };

/* <linux/prctl.h> */
enum {
    PR_SVE_SET_VL = 50, PR_SVE_GET_VL = 51, PR_SME_SET_VL = 63, PR_SME_GET_VL = 64,
    PR_VL_LEN_MASK = 0xffff, PR_VL_INHERIT = 1 << 17, PR_SET_VL_ONEXEC = 1 << 18,
};
#define SVE_VL_MAX 8192          /* bytes: Linux's sve_vl_valid() bound */

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

/* The status word PR_SVE_GET_VL / PR_SME_GET_VL return (vec_prctl_status). */
static uint64_t vl_status(const smesim_cpu *cpu, int sme)
{
    return (sme ? cpu->svl : cpu->nvl) | ((cpu->vl_inherit >> sme & 1) ? PR_VL_INHERIT : 0);
}

/* PR_SVE_SET_VL / PR_SME_SET_VL (Linux's vec_set_vector_length): the
 * length is the largest supported at or below the request, else the
 * smallest supported (find_supported_vector_length, as SMCR_ELx.LEN and
 * ZCR_ELx.LEN pick).  A changed SVE length zeroes what lies above it in Z,
 * P and FFR (their contents are unspecified; qemu-aarch64 narrows them the
 * same way); a changed SME length clears PSTATE.ZA (PSTATE.SM is already
 * clear: the call left streaming mode).  There is no exec, so ONEXEC
 * changes nothing now. */
static uint64_t prctl_set_vl(smesim_cpu *cpu, uint64_t arg, int sme)
{
    uint64_t flags = arg & ~(uint64_t)PR_VL_LEN_MASK, vl = arg & PR_VL_LEN_MASK;
    if (!(cpu->features & ((uint64_t)1 << (sme ? SMESIM_FEAT_SME : SMESIM_FEAT_SVE))))
        return (uint64_t)-EINVAL;
    if (flags & ~(uint64_t)(PR_VL_INHERIT | PR_SET_VL_ONEXEC)) return (uint64_t)-EINVAL;
    if (vl < 16 || vl > SVE_VL_MAX || vl % 16) return (uint64_t)-EINVAL;
    cpu->vl_inherit = (cpu->vl_inherit & ~(1u << sme)) | ((flags & PR_VL_INHERIT) ? 1u << sme : 0);
    if (flags & PR_SET_VL_ONEXEC) return vl_status(cpu, sme);
    unsigned len = smesim_pick_vl(sme ? cpu->svl_lens : cpu->nvl_lens, vl > SMESIM_MAX_VL ? SMESIM_MAX_VL
                                                                                            : (unsigned)vl);
    if (sme) {
        if (len != cpu->svl) smesim_set_za(cpu, 0);
        cpu->svl = len;
    } else {
        if (len < cpu->nvl) {
            for (int i = 0; i < 32; i++) memset(cpu->z[i] + len, 0, SMESIM_MAX_VL - len);
            for (int i = 0; i < 16; i++) memset(cpu->p[i] + len / 8, 0, (SMESIM_MAX_VL - len) / 8);
            memset(cpu->ffr + len / 8, 0, (SMESIM_MAX_VL - len) / 8);
        }
        cpu->nvl = len;
    }
    return vl_status(cpu, sme);
}

static smesim_status sys_prctl(smesim_cpu *cpu)
{
    uint64_t op = cpu->x[0];
    switch (op) {
    case PR_SVE_SET_VL: cpu->x[0] = prctl_set_vl(cpu, cpu->x[1], 0); break;
    case PR_SME_SET_VL: cpu->x[0] = prctl_set_vl(cpu, cpu->x[1], 1); break;
    case PR_SVE_GET_VL:
    case PR_SME_GET_VL: {
        int sme = op == PR_SME_GET_VL;
        int have = (cpu->features >> (sme ? SMESIM_FEAT_SME : SMESIM_FEAT_SVE)) & 1;
        cpu->x[0] = have ? vl_status(cpu, sme) : (uint64_t)-EINVAL;
        break;
    }
    default:
        fprintf(stderr, "smesim: prctl option %llu at pc 0x%llx is not supported (returns -EINVAL)\n",
                (unsigned long long)op, (unsigned long long)cpu->pc);
        cpu->x[0] = (uint64_t)-EINVAL;
        break;
    }
    return SMESIM_OK;
}

smesim_status smesim_syscall(smesim_cpu *cpu)
{
    uint64_t nr = cpu->x[8];
    /* Linux: a system call leaves streaming mode (exit does not return: the
     * state stays as the guest left it, for the picture of ZA and tests) */
    if (nr != SYS_EXIT && nr != SYS_EXIT_GROUP) smesim_set_sm(cpu, 0);
    switch (nr) {
    case SYS_PRCTL:
        return sys_prctl(cpu);
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
