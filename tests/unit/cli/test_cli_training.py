"""`fieldclient --training`: the same commands on the practice vault beside the real one."""

from fieldclient.vault.vault import vault_exists


def test_training_commands_use_the_practice_vault_beside_the_real_one(cli, tmp_path):
    code, out, err = cli(
        "--training", "init", "--officer", "TR-1", "--name", "Trainee", "--station", "PS-T"
    )
    assert code == 0, err
    assert "practice vault (training mode)" in out
    assert vault_exists(tmp_path / "vault-training") and not vault_exists(tmp_path / "vault")
    code, out, err = cli("--training", "--officer", "TR-1", "list", "fir")
    assert code == 0, err
    assert "record(s)" in out and "0 record(s)" not in out  # the made-up records are there
    # Without --training the real folder is used, and it holds no vault yet.
    code, _, err = cli("--officer", "TR-1", "list", "fir")
    assert code == 1 and "vault" in err.lower()
