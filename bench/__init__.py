"""The benchmark suite: measures DESIGN.md's performance targets on generated data.

`python -m bench` (or `make bench`) prints each figure as it is measured and writes them, with the
machine, date and commit, to docs/PERFORMANCE.md. Nothing here is a pass/fail test: the figures are
recorded, and the report marks each one as meeting its target or not.
"""
