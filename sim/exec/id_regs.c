/* sim/exec/id_regs.c — ID_AA64PFR0/PFR1/ZFR0/SMFR0_EL1 from the machine's
 * features, field by field as the Arm ARM defines them (D24.2 "AArch64
 * system register descriptions"), limited to the fields Linux exports to
 * EL0.  Fields of features smesim does not model (MTE, BTI, SSBS, ...) are
 * zero.  Called by the MRS body (base_sysreg.c).
 */
#include "sim/exec/id_regs.h"

#include "decode/decode.h"

#define HAS(f) ((features & SMESIM_FEATBIT(f)) != 0)
#define FIELD(v, lsb) ((uint64_t)(v) << (lsb))

static uint64_t pfr0(uint64_t features)
{
    uint64_t v = FIELD(1, 0) | FIELD(1, 4);          /* EL0, EL1: AArch64 only */
    v |= FIELD(HAS(FP) ? (HAS(FP16) ? 1 : 0) : 0xf, 16);         /* FP: 1 with FP16 */
    v |= FIELD(HAS(SIMD) ? (HAS(FP16) ? 1 : 0) : 0xf, 20);       /* AdvSIMD */
    v |= FIELD(HAS(SVE), 32);                         /* SVE */
    return v;
}

static uint64_t pfr1(uint64_t features)
{
    return FIELD(HAS(SME2) ? 2 : HAS(SME) ? 1 : 0, 24);          /* SME */
}

static uint64_t zfr0(uint64_t features)
{
    if (!HAS(SVE) && !HAS(SME)) return 0;
    uint64_t v = FIELD(HAS(SVE2p1) ? 2 : HAS(SVE2) ? 1 : 0, 0);  /* SVEver */
    v |= FIELD(HAS(SVE_AES) ? 2 : 0, 4);              /* AES, with PMULL128 */
    v |= FIELD(HAS(SVE_BITPERM), 16);                 /* BitPerm */
    v |= FIELD(HAS(BF16) ? 2 : 0, 20);                /* BF16 with FPCR.EBF (sim/fp has it) */
    v |= FIELD(HAS(SVE_B16B16), 24);                  /* B16B16 */
    v |= FIELD(HAS(SVE_SHA3), 32);                    /* SHA3 */
    v |= FIELD(HAS(SVE_SM4), 40);                     /* SM4 */
    v |= FIELD(HAS(I8MM), 44);                        /* I8MM */
    v |= FIELD(HAS(SVE_F32MM), 52);                   /* F32MM */
    v |= FIELD(HAS(SVE_F64MM), 56);                   /* F64MM */
    return v;
}

static uint64_t smfr0(uint64_t features)
{
    if (!HAS(SME)) return 0;
    uint64_t v = FIELD(1, 32) | FIELD(1, 34) | FIELD(1, 35) | FIELD(0xf, 36);  /* F32F32 B16F32 F16F32 I8I32 */
    v |= FIELD(HAS(SME2), 33);                        /* BI32I32 (BMOPA) */
    v |= FIELD(HAS(SME_F8F32), 40);
    v |= FIELD(HAS(SME_F8F16), 41);
    v |= FIELD(HAS(SME_F16F16), 42);
    v |= FIELD(HAS(SME_B16B16), 43);
    v |= FIELD(HAS(SME2) ? 5 : 0, 44);                /* I16I32 */
    v |= FIELD(HAS(SME_F64F64), 48);
    v |= FIELD(HAS(SME_I16I64) ? 0xf : 0, 52);
    v |= FIELD(HAS(SME2p1) ? 2 : HAS(SME2) ? 1 : 0, 56);          /* SMEver */
    v |= FIELD(HAS(SME_LUTv2), 60);
    v |= FIELD(HAS(SME_FA64), 63);
    v |= FIELD(HAS(SSVE_FP8DOT2), 28) | FIELD(HAS(SSVE_FP8DOT4), 29) | FIELD(HAS(SSVE_FP8FMA), 30);
    return v;
}

int smesim_id_reg_read(uint64_t features, int64_t enc, uint64_t *value)
{
    if (enc == SMESIM_SMIDR_EL1) return -1;
    /* the ID space Linux emulates at EL0: op0 3, op1 0, CRn 0, CRm 0..7 */
    if ((enc & ~(int64_t)0x3f) != SMESIM_SYSREG(3, 0, 0, 0, 0)) return 0;
    switch (enc) {
    case SMESIM_ID_AA64PFR0_EL1: *value = pfr0(features); break;
    case SMESIM_ID_AA64PFR1_EL1: *value = pfr1(features); break;
    case SMESIM_ID_AA64ZFR0_EL1: *value = zfr0(features); break;
    case SMESIM_ID_AA64SMFR0_EL1: *value = smfr0(features); break;
    default: *value = 0; break;
    }
    return 1;
}
