/* sim/exec/id_regs.h — the ID registers a user program reads with MRS, as
 * Linux shows them at EL0 (it traps and emulates reads of the ID space),
 * computed from the machine's features; SMIDR_EL1 is not in that space and
 * traps (qemu-aarch64 gives SIGILL too).
 */
#ifndef SMESIM_ID_REGS_H
#define SMESIM_ID_REGS_H

#include <stdint.h>

/* enc = o0:op1:CRn:CRm:op2 (op0 = 2 + o0), as the MRS pattern gives it.
 * Returns 1 with *value for a register of the ID space (op0 3, op1 0,
 * CRn 0, CRm 0..7; registers not described read as zero, as Linux gives),
 * -1 for SMIDR_EL1 (UNDEFINED at EL0), 0 for any other register. */
int smesim_id_reg_read(uint64_t features, int64_t enc, uint64_t *value);

#define SMESIM_SYSREG(op0, op1, crn, crm, op2) \
    (((op0) - 2) << 14 | (op1) << 11 | (crn) << 7 | (crm) << 3 | (op2))
#define SMESIM_ID_AA64PFR0_EL1  SMESIM_SYSREG(3, 0, 0, 4, 0)
#define SMESIM_ID_AA64PFR1_EL1  SMESIM_SYSREG(3, 0, 0, 4, 1)
#define SMESIM_ID_AA64ZFR0_EL1  SMESIM_SYSREG(3, 0, 0, 4, 4)
#define SMESIM_ID_AA64SMFR0_EL1 SMESIM_SYSREG(3, 0, 0, 4, 5)
#define SMESIM_SMIDR_EL1        SMESIM_SYSREG(3, 1, 0, 0, 6)

#endif
