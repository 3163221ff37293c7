#!/usr/bin/env python3
"""tests/gen/test_decodegen.py — the generator's own tests: small good and
bad pattern files, each bad one rejected with its file and line, and the
generated C for a good one compiled and run against hand-worked encodings.
Run: python3 tests/gen/test_decodegen.py
"""

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "decode"))
import decodegen  # noqa: E402
from gen.emit_decode import build_tree  # noqa: E402

KINDS = os.path.join(ROOT, "decode", "kinds.def")

GOOD = """
# a tiny encoding space, in the shapes the real files use
%imm9    12:s9
&rrr     rd rn rm sf
@rr      ........ ... rm:5 ...... rn:5 rd:5  &rrr  "<x:rd>, <x:rn>, <x:rm>"
default feat=A64 time=int.alu acc=dst:w
ADDX     10001011 000 ..... 000000 .......... @rr sf=1  "add"
LDRX     11111000 010 ......... 01 rn:5 rt:5  off=%imm9  time=load mem=ld acc=dst:w,rn:rw
         "ldr <x:rt>, [<xsp:rn>], <imm:off>"
default feat=- sfeat=SME need=za time=sme.zero acc=dst:w
{
  ZEROZA 11000000 00001000 00000000 11111111  acc=za:w "zero {za}"
  ZERO   11000000 00001000 00000000 mask:8    "zero <zamask:mask>"
}
default feat=SVE sfeat=SME time=sve.int acc=dst:w
ADDZ     00000100 esz:2 1 zm:5 000 000 zn:5 zd:5  "add <z.esz:zd>, <z.esz:zn>, <z.esz:zm>"
alias MOVX ADDX "mov <x:rd>, <x:rm>"  if="rn == 31"  set="rn = 31"
"""


def generate(text, outdir):
    path = os.path.join(outdir, "t.decode")
    with open(path, "w") as fh:
        fh.write(textwrap.dedent(text))
    return decodegen.generate([path], KINDS, os.path.join(outdir, "gen"))


class BadFiles(unittest.TestCase):
    """Each bad file is refused with a message that names file:line."""

    def refuse(self, text, words, line=None):
        with tempfile.TemporaryDirectory() as d:
            with self.assertRaises(decodegen.GenError) as cm:
                generate(text, d)
            msg = str(cm.exception)
            self.assertIn("t.decode:" + (str(line) + ":" if line else ""), msg)
            for w in words:
                self.assertIn(w, msg)

    def test_unintended_overlap(self):
        self.refuse("""
            A  11000000 00001000 00000000 m:8      feat=A64 time=t "zero <u:m>"
            B  11000000 00001000 00000000 1 n:7    feat=A64 time=t "zero <u:n>"
            """, ["overlaps", "A"], line=3)

    def test_bits_must_add_up_to_32(self):
        self.refuse('A 1100 feat=A64 time=t "nop"', ["not 32"])

    def test_every_bit_accounted_for(self):
        self.refuse('A 11000000 00001000 00000000 .......0 feat=A64 time=t "nop"',
                    ["neither fixed"])

    def test_unknown_kind(self):
        self.refuse('A 11000000 00001000 00000000 rd:8 feat=A64 time=t acc=rd:w "mov <foo:rd>"',
                    ["unknown operand kind 'foo'"])

    def test_template_field_must_exist(self):
        self.refuse('A 11000000 00001000 00000000 rd:8 feat=A64 time=t "mov <x:rn>"',
                    ["unknown field 'rn'"])

    def test_register_operand_needs_access(self):
        self.refuse('A 11000000 00001000 00000000 000 rd:5 feat=A64 time=t "mov <x:rd>"',
                    ["no acc="])

    def test_access_names_an_operand(self):
        self.refuse('A 11000000 00001000 00000000 000 rd:5 feat=A64 time=t acc=rn:w "mov <x:rd>"',
                    ["acc names 'rn'"])

    def test_field_neither_printed_nor_tested(self):
        self.refuse('A 11000000 00001000 00000000 000 rd:5 feat=A64 time=t "nop"',
                    ["neither printed, tested nor used"])

    def test_missing_feature(self):
        self.refuse('A 11000000 00001000 00000000 00000000 time=t "nop"', ["feat="])

    def test_unknown_feature(self):
        self.refuse('A 11000000 00001000 00000000 00000000 feat=SVE3 time=t "nop"',
                    ["unknown feature 'SVE3'", "features.def"])

    def test_legal_nowhere(self):
        self.refuse('A 11000000 00001000 00000000 00000000 feat=- sfeat=- time=t "nop"',
                    ["legal nowhere"])

    def test_alias_of_unknown_pattern(self):
        self.refuse('A 11000000 00001000 00000000 00000000 feat=A64 time=t "nop"\n'
                    'alias X NOPE "nop"', ["unknown base pattern NOPE"])

    def test_unbalanced_optional_group(self):
        self.refuse('A 11000000 00001000 00000000 000 rd:5 feat=A64 time=t acc=rd:w "mov <x:rd><?rd=0:, x"',
                    ["unterminated"])

    def test_bad_need(self):
        self.refuse('A 11000000 00001000 00000000 00000000 feat=A64 time=t need=fast "nop"',
                    ["need=fast"])

    def test_bad_timing_group(self):
        self.refuse('A 11000000 00001000 00000000 00000000 feat=A64 time=Int.ALU "nop"',
                    ["time=Int.ALU"])

    def test_member_outside_the_argument_set(self):
        self.refuse("&s rd\n"
                    'A 11000000 00001000 000 rn:5 000 rd:5 &s feat=A64 time=t acc=dst:w "mov <x:rd>, <x:rn>"',
                    ["'rn' is not a member of &s"], line=2)

    def test_shared_body_needs_one_argument_set(self):
        self.refuse('A 11000000 00001000 00000000 000 rd:5 feat=A64 time=t exec=X acc=dst:w "mov <x:rd>"\n'
                    'B 11000000 00001001 00000000 000 rn:5 feat=A64 time=t exec=X acc=dst:w "mov <x:rn>"',
                    ["exec=X is shared with A"], line=2)

    def test_kind_parameter_from_an_unknown_field(self):
        self.refuse('A 11000000 00001000 00000000 000 zd:5 feat=A64 time=t acc=dst:w "mov <z.esize:zd>"',
                    ["parameter 'esize'"])

    def test_kind_parameter_not_in_its_list(self):
        self.refuse('A 11000000 00001000 00000000 000 zd:5 feat=A64 time=t acc=dst:w "mov <z.x:zd>"',
                    ["does not take parameter 'x'"])

    def test_default_takes_attributes_only(self):
        self.refuse('default feat=A64 0101', ["default takes only attributes"])

    def test_a_section_default_cannot_test(self):
        self.refuse('default feat=A64 if="rd == 1"', ["belongs to one pattern"])

    def test_malformed_line(self):
        self.refuse('A 11000000 0000100? 00000000 00000000 feat=A64 time=t "nop"', ["bad bit token"])

    def test_lower_case_name_is_not_a_pattern(self):
        self.refuse('nop 11000000 00001000 00000000 00000000 feat=A64 time=t "nop"',
                    ["neither a pattern name"])

    def test_let_may_not_overwrite_a_field(self):
        self.refuse('A 11000000 00001000 00000000 000 rd:5 feat=A64 time=t acc=dst:w let="rd = 1" "mov <x:rd>"',
                    ["already a field"])


class Scopes(unittest.TestCase):
    """Fields and formats belong to their file; another file may use one
    that only one file defines."""

    def gen(self, files):
        with tempfile.TemporaryDirectory() as d:
            paths = []
            for name, text in files:
                p = os.path.join(d, name)
                with open(p, "w") as fh:
                    fh.write(textwrap.dedent(text))
                paths.append(p)
            return decodegen.generate(paths, KINDS, os.path.join(d, "gen"))

    def test_two_files_may_each_have_a_format_of_one_name(self):
        src = self.gen([("a.decode", """
            @f  ........ ........ ........ ... rd:5  feat=A64 time=t acc=dst:w "<x:rd>"
            A   11000000 00001000 00000000 000 .....  @f "mov"
            """), ("b.decode", """
            @f  ........ ........ ........ rd:5 ...  feat=A64 time=t acc=dst:w "<x:rd>"
            B   11000000 00001001 00000000 ..... 000  @f "mov"
            """)])
        p = {x.name: x for x in src.patterns}
        self.assertEqual(p["A"].fields["rd"].parts, [(0, 5)])
        self.assertEqual(p["B"].fields["rd"].parts, [(3, 5)])

    def test_a_name_only_one_file_defines_is_shared(self):
        src = self.gen([("a.decode", "%imm  0:5\n"), ("b.decode", """
            B   11000000 00001001 00000000 000 .....  i=%imm feat=A64 time=t "mov <u:i>"
            """)])
        self.assertEqual(src.patterns[0].fields["i"].parts, [(0, 5)])

    def test_a_name_two_other_files_define_is_ambiguous(self):
        with self.assertRaises(decodegen.GenError) as cm:
            self.gen([("a.decode", "%imm  0:5\n"), ("b.decode", "%imm  1:5\n"), ("c.decode", """
                C   11000000 00001001 00000000 000 .....  i=%imm feat=A64 time=t "mov <u:i>"
                """)])
        self.assertIn("c.decode:2:", str(cm.exception))
        self.assertIn("define it in this file", str(cm.exception))


class ShouldBeOne(unittest.TestCase):
    """`+` bits (the Arm ARM's (1)): ignored when decoding, written as ones."""

    def test_plus_bits_are_ignored_and_assembled_as_one(self):
        text = """
        default feat=A64 time=load acc=dst:w
        LDAR   11001000 110 +++++ 1 +++++ rn:5 rt:5  mem=ld  "ldar <x:rt>, [<xsp:rn>]"
        """
        with tempfile.TemporaryDirectory() as d:
            src = generate(text, d)
            p = src.patterns[0]
            self.assertEqual(p.ignmask, 0x001f7c00)
            self.assertEqual(p.onemask, 0x001f7c00)
            self.assertEqual(p.fixmask, 0xffe08000)
            with open(os.path.join(d, "gen", "tables.c")) as fh:
                tables = fh.read()
            # the encoder starts from the fixed bits with the (1) bits set
            self.assertIn("{0xc8dffc00u, 0xffe08000u,", tables)
            # and the sweep's words are written the same way
            with open(os.path.join(d, "gen", "sweep.txt")) as fh:
                words = [int(l.split()[1], 16) for l in fh if l.startswith("LDAR ")]
            self.assertTrue(words)
            self.assertTrue(all(w & 0x001f7c00 == 0x001f7c00 for w in words))


class GroupPlacement(unittest.TestCase):
    """A group is placed in the decode tree only by bits all its members fix
    to the same value."""

    def test_group_members_that_differ_in_a_fixed_bit(self):
        text = """
        default feat=A64 time=int.alu acc=-
        {
          ZEROX  00000000 00000000 00000000 0000 0000  "zero"
          ONEX   00000001 00000000 00000000 0000 imm:4  "one <imm:imm>"
        }
        OTHER    00000010 00000000 00000000 0001 0000  "other"
        """
        with tempfile.TemporaryDirectory() as d:
            src = generate(text, d)
            import gen.emit_decode as ed
            group = [p for p in src.patterns if p.group is not None]
            self.assertEqual(len(group), 2)
            # bit 24 differs between the members: it must not be in the group's mask
            self.assertEqual(ed.item_mask(("g", group)) & (1 << 24), 0)
            with open(os.path.join(d, "gen", "decode_tree.c")) as fh:
                tree = fh.read()
            self.assertIn("SMESIM_INSN_ONEX", tree)


class GoodFile(unittest.TestCase):
    """The good file generates C that decodes, prints, encodes as hand-worked."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.src = generate(GOOD, cls.tmp.name)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_group_members_may_overlap_in_order(self):
        names = [p.name for p in self.src.patterns]
        self.assertEqual(names, ["ADDX", "LDRX", "ZEROZA", "ZERO", "ADDZ"])
        self.assertEqual(self.src.patterns[2].group, self.src.patterns[3].group)

    def test_section_defaults_and_format_attributes(self):
        p = {x.name: x for x in self.src.patterns}
        self.assertEqual(p["ADDX"].feat, ["A64"])
        self.assertEqual(p["ADDX"].sfeat, ["A64"])          # sfeat defaults to feat
        self.assertEqual(p["LDRX"].attrs["time"], "load")    # the pattern's own wins
        self.assertIsNone(p["ZERO"].feat)                    # feat=-: streaming only
        self.assertEqual(p["ZERO"].sfeat, ["SME"])
        self.assertEqual(p["ZERO"].attrs["need"], "za")
        self.assertEqual(p["ADDZ"].feat, ["SVE"])

    def test_format_template_follows_the_mnemonic(self):
        self.assertEqual(self.src.patterns[0].template, "add <x:rd>, <x:rn>, <x:rm>")

    def test_argument_sets(self):
        p = {x.name: x for x in self.src.patterns}
        self.assertEqual(p["ADDX"].argset.members, ["rd", "rn", "rm", "sf"])   # explicit &rrr
        self.assertEqual(p["LDRX"].argset.members, ["off", "rn", "rt"])        # implicit, sorted
        self.assertEqual(p["ZEROZA"].argset.members, [])
        self.assertEqual(p["ZERO"].argset.members, ["mask"])
        self.assertIsNot(p["ZERO"].argset, p["ZEROZA"].argset)

    def test_access_from_dst_and_defaults(self):
        p = {x.name: x for x in self.src.patterns}
        acc = [(t[4][0] if w == "op" else t, m) for w, m, t, _ in p["LDRX"].access]
        self.assertEqual(acc, [("rt", "w"), ("rn", "rw")])
        acc = [(t[4][0], m) for w, m, t, _ in p["ADDX"].access]
        self.assertEqual(acc, [("rd", "w"), ("rn", "r"), ("rm", "r")])    # unnamed operands are read

    def test_renamed_field_keeps_its_definition(self):
        ldr = self.src.patterns[1]
        self.assertEqual(ldr.fields["off"].parts, [(12, 9)])
        self.assertTrue(ldr.fields["off"].signed)

    def test_sweep_is_exhaustive_for_small_patterns(self):
        with open(os.path.join(self.tmp.name, "gen", "sweep.txt")) as fh:
            zero = [l for l in fh if l.startswith("ZERO ")]
        self.assertEqual(len(zero), 256)

    def test_sweep_aims_at_aliases(self):
        # MOVX needs rn == 31: words with bits 9:5 all ones must be in ADDX's sweep
        with open(os.path.join(self.tmp.name, "gen", "sweep.txt")) as fh:
            addx = [int(l.split()[1], 16) for l in fh if l.startswith("ADDX ")]
        self.assertTrue(any((w >> 5) & 31 == 31 for w in addx))

    def test_generated_c_decodes_prints_and_encodes(self):
        # a C driver over the generated tables; expected texts worked by hand
        # from the templates above (the real tables are checked against
        # llvm-mc-19 by tests/oracle/llvm_sweep.py)
        gen = os.path.join(self.tmp.name, "gen")
        driver = os.path.join(self.tmp.name, "driver.c")
        with open(driver, "w") as fh:
            fh.write(r'''
#include <stdio.h>
#include <string.h>
#include "decode/decode.h"
int main(void) {
    uint32_t words[] = { 0x8b020020u, 0x8b0203e0u, 0xf85f8420u, 0xc00800ffu, 0xc0080011u, 0x00000000u,
                         0x04a20020u };
    for (unsigned i = 0; i < sizeof words / sizeof words[0]; i++) {
        smesim_insn in; char t[96];
        smesim_decode(words[i], &in);
        smesim_disasm(&in, t, sizeof t);
        uint32_t back = 0; smesim_asm_error e;
        int ok = in.id >= 0 && smesim_asm_insn(t, 0, NULL, NULL, &back, &e);
        printf("%08x|%s|%08x\n", words[i], t, ok ? back : 0u);
    }
    return 0;
}
''')
        exe = os.path.join(self.tmp.name, "driver")
        srcs = [driver, os.path.join(gen, "decode_tree.c"), os.path.join(gen, "tables.c")]
        for f in sorted(os.listdir(os.path.join(ROOT, "decode"))):
            if f.endswith(".c") and f not in ("capstone.c", "assembler.c", "image.c", "readfile.c"):
                srcs.append(os.path.join(ROOT, "decode", f))
        cc = os.environ.get("CC", "cc")
        r = subprocess.run([cc, "-std=c11", "-D_POSIX_C_SOURCE=200809L", "-Wall", "-Wextra", "-Werror",
                            "-Wno-format-truncation", "-I", ROOT, "-I", gen, "-o", exe] + srcs,
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = subprocess.run([exe], capture_output=True, text=True, check=True).stdout.split("\n")
        self.assertEqual(out[:7], [
            "8b020020|add x0, x1, x2|8b020020",
            "8b0203e0|mov x0, x2|8b0203e0",         # the alias: rn == 31
            "f85f8420|ldr x0, [x1], #-8|f85f8420",  # imm9 = 0x1f8 = -8, signed
            "c00800ff|zero {za}|c00800ff",          # the first group member wins
            "c0080011|zero {za0.s}|c0080011",
            "00000000|<undefined>|00000000",
            "04a20020|add z0.s, z1.s, z2.s|04a20020",  # esz = 2 from bits 23:22 gives .s
        ])


class Tree(unittest.TestCase):
    """The decision tree reaches every member of an overlap group."""

    def reach(self, node, w, known=0):
        """The pattern the emitted C would return for w (emit_tree's logic)."""
        if node[0] == "seq":
            for it in node[1]:
                for p in ([it[1]] if it[0] == "p" else it[1]):
                    rest = p.fixmask & ~node[2]
                    if (w & rest) == (p.fixval & rest):
                        return p.name
            return None
        if node[0] == "check":
            return self.reach(node[3], w) if (w & node[1]) == node[2] else None
        sub = node[2].get(w & node[1])
        return self.reach(sub, w) if sub else None

    def test_group_members_that_fix_a_bit_differently_are_all_reached(self):
        text = """
            default feat=A64 time=int.alu acc=-
            {
              GA 11000000 00000000 00000000 0000000 0  "ga"
              GB 11000000 00000000 00000000 0000000 1  "gb"
            }
            PC 11000000 00000000 00000001 00000000  "pc"
        """
        with tempfile.TemporaryDirectory() as d:
            src = generate(text, d)
        items = [("g", src.patterns[:2]), ("p", src.patterns[2])]
        tree = build_tree(items, 0)
        self.assertEqual(self.reach(tree, 0xc0000000), "GA")
        self.assertEqual(self.reach(tree, 0xc0000001), "GB")
        self.assertEqual(self.reach(tree, 0xc0000100), "PC")
        self.assertIsNone(self.reach(tree, 0xc0000101))


if __name__ == "__main__":
    unittest.main(verbosity=1)
