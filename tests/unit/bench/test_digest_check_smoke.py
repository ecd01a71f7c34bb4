"""`python -m bench.digest_check` at a few dozen records, so its code cannot rot (no timings
asserted): both ends' running digests agree with the checks it compares them with."""

from bench import digest_check


def test_the_digest_check_bench_runs_and_its_checks_agree(capsys):
    assert digest_check.main(["40"]) == 0
    [line] = [row for row in capsys.readouterr().out.splitlines() if "records" in row]
    assert line.split()[0] == "40" and "server status" in line
