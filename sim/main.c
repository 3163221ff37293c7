/* sim/main.c — the smesim command: dispatches to the subcommands in
 * sim/cli/ (run, disasm, asm).
 */
#include <stdio.h>
#include <string.h>

#include "sim/cli/cli.h"

static const char usage[] =
    "usage: smesim COMMAND [options]\n"
    "\n"
    "smesim is a cycle-approximate simulator for Arm SVE and SME.\n"
    "\n"
    "commands:\n"
    "  run [PROGRAM]     run an assembly file, static AArch64 ELF or trace on a\n"
    "                    modelled machine and report its cycles (default: the\n"
    "                    bundled SGEMM kernel)\n"
    "  disasm [WORD...]  print LLVM 19 text for 32-bit instruction words\n"
    "  asm FILE.s        assemble a file and print its instruction words\n"
    "\n"
    "`smesim COMMAND --help` describes each command.\n";

int main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!strcmp(argv[1], "run")) return smesim_cmd_run(argc - 1, argv + 1);
    if (!strcmp(argv[1], "disasm")) return smesim_cmd_disasm(argc - 1, argv + 1);
    if (!strcmp(argv[1], "asm")) return smesim_cmd_asm(argc - 1, argv + 1);
    fprintf(stderr, "smesim: unknown command '%s' (try smesim --help)\n", argv[1]);
    return 2;
}
