/* sim/cpu.c — processing-element state: reset, the PSTATE.SM / PSTATE.ZA
 * transitions with the zeroing the Arm ARM requires (ResetSVEState,
 * ResetSMEState), and fault reporting.
 */
#include <stdio.h>
#include <string.h>

#include "sim/cpu.h"
#include "sim/exec/exec.h"

void smesim_cpu_reset(smesim_cpu *cpu, unsigned svl_bytes, unsigned nvl_bytes, smesim_mem *mem)
{
    uint64_t features = cpu->features;
    memset(cpu, 0, sizeof *cpu);
    cpu->features = features;
    cpu->svl = svl_bytes;
    cpu->nvl = nvl_bytes;
    cpu->mem = mem;
    cpu->out_fd = 1;
    cpu->err_fd = 2;
}

/* ResetSVEState: Z, P and FFR to zero, FPSR to 0x0800009f, FPMR to zero
 * (FEAT_FPMR; qemu-aarch64 11.1 does the same). */
static void reset_sve_state(smesim_cpu *cpu)
{
    memset(cpu->z, 0, sizeof cpu->z);
    memset(cpu->p, 0, sizeof cpu->p);
    memset(cpu->ffr, 0, sizeof cpu->ffr);
    cpu->fpsr = 0x0800009f;
    cpu->fpmr = 0;
}

void smesim_set_sm(smesim_cpu *cpu, int on)
{
    if (((cpu->svcr & SMESIM_SVCR_SM) != 0) == (on != 0)) return;
    reset_sve_state(cpu);
    cpu->svcr ^= SMESIM_SVCR_SM;
}

void smesim_set_za(smesim_cpu *cpu, int on)
{
    if (((cpu->svcr & SMESIM_SVCR_ZA) != 0) == (on != 0)) return;
    if (on) {                           /* ResetSMEState: ZA and ZT0 to zero */
        memset(cpu->za, 0, sizeof cpu->za);
        memset(cpu->zt0, 0, sizeof cpu->zt0);
    }
    cpu->svcr ^= SMESIM_SVCR_ZA;
}

smesim_status smesim_fault_at(smesim_cpu *c, uint64_t addr, uint64_t size, int write)
{
    c->fault.addr = addr;
    c->fault.size = size;
    c->fault.write = write;
    const smesim_region *r = smesim_mem_region(c->mem, addr);
    if (r && !(r->perms & (write ? SMESIM_MEM_W : SMESIM_MEM_R)))
        snprintf(c->fault.msg, sizeof c->fault.msg, "%s of %llu bytes at 0x%llx: %s is not %s",
                 write ? "write" : "read", (unsigned long long)size, (unsigned long long)addr,
                 r->name, write ? "writable" : "readable");
    else if (r)
        snprintf(c->fault.msg, sizeof c->fault.msg, "%s of %llu bytes at 0x%llx runs past the end of %s",
                 write ? "write" : "read", (unsigned long long)size, (unsigned long long)addr, r->name);
    else
        snprintf(c->fault.msg, sizeof c->fault.msg, "%s of %llu bytes at 0x%llx: address not mapped",
                 write ? "write" : "read", (unsigned long long)size, (unsigned long long)addr);
    return SMESIM_FAULT;
}
