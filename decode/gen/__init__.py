"""decode/gen — the pattern-file generator, split by job: source.py reads
files, template.py compiles assembly templates, check.py gives the table
its meaning and refuses what is wrong, tree.py builds the decision tree,
emit_*.py write the C, sweep.py writes the test encodings.  Entry point:
decode/decodegen.py."""
