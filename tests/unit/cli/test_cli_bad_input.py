"""Inputs that used to end the CLI with a Python traceback: each class now gets one line on
stderr, a non-zero exit, and changes nothing in the vault."""

import json
import os
import subprocess
import sys

import pytest

from fieldclient.cli import main as cli_main
from fieldclient.services.records import RecordService
from tests.helpers.payloads import fir_payload
from tests.unit.cli.conftest import PASSWORD, add_record


def one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def fir_id(station):
    return add_record(station, "fir", fir_payload())


def _records(station) -> list[dict]:
    code, out, _ = station("list", "fir", "--json")
    assert code == 0
    return json.loads(out)


DEEP = "[" * 10_000 + "]" * 10_000
DEEP_OBJECT = '{"place": ' * 10_000 + '"x"' + "}" * 10_000


@pytest.mark.parametrize("document", [DEEP, DEEP_OBJECT, "[" * 40 + "]" * 40])
@pytest.mark.parametrize("command", ["add", "edit", "append"])
def test_json_nested_too_deep(station, fir_id, document, command):
    before = _records(station)
    args = ("add", "fir", "-") if command == "add" else (command, fir_id, "-")
    code, _, err = station(*args, stdin=document)
    assert code == 1 and "nested more than 32 levels deep" in one_line(err)
    assert _records(station) == before


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ('{"place": "\\ud800"}', "place"),
        ('{"informant": {"name": "Ali \\udfff"}}', "informant"),
        ('{"accused": [{"unknown": true, "description": "\\ud800"}]}', "accused.0.description"),
    ],
)
def test_json_with_half_a_character(station, fir_id, document, field):
    before = _records(station)
    for args in (("add", "fir", "-"), ("edit", fir_id, "-")):
        code, _, err = station(*args, stdin=document)
        line = one_line(err)
        assert code == 1 and f"correct {field}" in line and "half of a character" in line
    assert _records(station) == before


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("9" * 5_000, "larger than"),
        ("-" + "9" * 20, "larger than"),
        ("1e999", "too large"),
        ("NaN", "NaN"),
        ("-Infinity", "-Infinity"),
    ],
)
def test_json_numbers_no_record_holds(station, fir_id, number, problem):
    before = _records(station)
    code, _, err = station("edit", fir_id, "-", stdin=f'{{"diary_no": {number}}}')
    assert code == 1 and problem in one_line(err)
    assert _records(station) == before


@pytest.mark.parametrize("limit", ["100000000000000000000", str(2**63), "0", "-5", "1e3", "５"])
def test_list_limit_out_of_range(station, limit):
    code, _, err = station("list", "fir", "--limit", limit)
    assert code == 2 and "--limit" in one_line(err)


@pytest.mark.parametrize(("option", "day"), [("--from", "0001-01-01"), ("--to", "9999-12-31")])
def test_dates_at_the_ends_of_the_calendar(station, option, day):
    code, _, err = station("list", "fir", option, day)
    assert code == 2 and "between 1900-01-01 and 2199-12-31" in one_line(err)


BYTES_NOT_TEXT = "\udcff"  # what Python makes of a byte that is not UTF-8 in the command line


@pytest.mark.parametrize(
    "args",
    [
        ("show", BYTES_NOT_TEXT),
        ("list", "fir", "--search", f"Ali{BYTES_NOT_TEXT}"),
        ("transition", "{id}", "cancelled", "--reason", BYTES_NOT_TEXT),
        ("resolve", BYTES_NOT_TEXT, "--keep", "mine"),
        ("print", BYTES_NOT_TEXT, "--pdf", "out.pdf"),
        ("--officer", BYTES_NOT_TEXT, "list", "fir"),
        ("enroll", "--server", f"https://{BYTES_NOT_TEXT}.pk", "--code", "X"),
        ("show", "abc\x00def"),
        ("add", "fir", "fir\x00.json"),
        ("verify", "scan\x00.png"),
    ],
)
def test_arguments_that_are_not_text(station, fir_id, args):
    before = _records(station)
    code, _, err = station(*(arg.format(id=fir_id) for arg in args))
    line = one_line(err)
    assert code != 0 and ("not text" in line or "NUL" in line)
    assert _records(station) == before


NOT_UTF8 = b"\xff\xfe".decode(sys.getfilesystemencoding(), "surrogateescape")


def test_bytes_that_are_not_utf8_on_a_real_command_line(station, tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "fieldclient",
            "--data-dir",
            str(tmp_path / "vault"),
            "show",
            NOT_UTF8,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "FIELDCLIENT_PASSWORD": PASSWORD},
    )
    assert result.returncode == 2
    assert "argument id: holds bytes that are not text" in one_line(result.stderr)


@pytest.mark.parametrize("variable", ["FIELDCLIENT_PASSWORD", "FIELDCLIENT_OFFICER"])
def test_environment_values_that_are_not_text(station, monkeypatch, variable):
    monkeypatch.setenv(variable, f"secret{BYTES_NOT_TEXT}")
    code, _, err = station("list", "fir")
    assert code == 1 and "holds bytes that are not text" in one_line(err)


@pytest.mark.parametrize(
    ("server", "code_text"),
    [
        ("http://[::1", "CODE-1"),
        ("https://station.example.pk:99999", "CODE-1"),
        ("https://" + "a" * 70 + ".example.pk", "CODE-1"),
        ("http://127.0.0.1:9", " "),
        ("http://127.0.0.1:9", "C" * 65),
    ],
)
def test_enrollment_addresses_and_codes_that_cannot_be_used(station, server, code_text):
    code, _, err = station("enroll", "--server", server, "--code", code_text)
    line = one_line(err)
    assert code == 1 and ("must look like https://host:port" in line or "one-time code" in line)


def test_a_data_folder_under_a_file(cli, tmp_path):
    (tmp_path / "plain-file").write_text("not a folder")
    code, _, err = cli(
        "init", "--data-dir", str(tmp_path / "plain-file" / "vault"), "--officer", "KP-1",
        "--name", "One", "--station", "PSH-1",
    )  # fmt: skip
    assert code == 1 and "data folder cannot be made there" in one_line(err)


def test_a_bug_is_one_line_that_says_where_never_the_message(station, monkeypatch):
    def broken(*_args, **_kwargs):
        raise KeyError("Zarmina Secretname 15602-1112223-5")  # a message that quotes a record

    monkeypatch.setattr(RecordService, "find", broken)
    code, _, err = station("list", "fir")
    line = one_line(err)
    assert code == cli_main.EXIT_BUG
    assert "KeyError at" in line and "test_cli_bad_input.py" in line
    assert "Zarmina" not in line and "15602" not in line


def test_a_province_without_a_fine_table_is_refused_naming_the_setting(station):
    code, _, err = station("settings", "station/province", "Atlantis")
    assert code != 0
    assert "station/province" in err and "Atlantis" in err and "Punjab" in err
    code, out, _ = station("settings", "station/province", "kp")
    assert code == 0 and "Khyber Pakhtunkhwa" in out
