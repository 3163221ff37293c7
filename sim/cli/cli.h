/* sim/cli/cli.h — the subcommands of the smesim command, one file each. */
#ifndef SMESIM_CLI_H
#define SMESIM_CLI_H

int smesim_cmd_disasm(int argc, char **argv);
int smesim_cmd_asm(int argc, char **argv);
int smesim_cmd_run(int argc, char **argv);

#endif
