"""Issue 12.3: plain http only to this computer; a lab override is named as insecure and logged
at every connection."""

from __future__ import annotations

import logging

import pytest

from sync.client.enrollment import check_server_url
from sync.client.server_clock import ServerClock
from sync.client.transport import Transport
from sync.client.url_policy import (
    INSECURE_HTTP_OVERRIDE,
    InsecureServerAddress,
    insecure_host,
    require_secure,
)

LOOPBACK = [
    "http://127.0.0.1:8443",
    "http://127.8.9.10",
    "http://[::1]:8443",
    "http://localhost:8443",
    "http://LOCALHOST",
]
REMOTE = [
    "http://10.0.0.5:8443",
    "http://sync.kp-police.example",
    "http://[2001:db8::1]",
    "http://127.0.0.1.example",
    "http://0.0.0.0",
]


@pytest.mark.parametrize("url", [*LOOPBACK, "https://10.0.0.5:8443", "https://sync.example"])
def test_https_and_loopback_http_are_accepted(url, monkeypatch):
    monkeypatch.delenv(INSECURE_HTTP_OVERRIDE, raising=False)
    require_secure(url)
    assert check_server_url(url) == url.rstrip("/")


@pytest.mark.parametrize("url", REMOTE)
def test_http_to_another_machine_is_refused_with_a_reason(url, monkeypatch):
    monkeypatch.delenv(INSECURE_HTTP_OVERRIDE, raising=False)
    with pytest.raises(InsecureServerAddress, match="must start with https://"):
        check_server_url(url)
    with pytest.raises(InsecureServerAddress):
        Transport(url, ServerClock(None, 0))


def test_the_lab_override_allows_http_and_warns_at_every_connection(monkeypatch, caplog):
    monkeypatch.setenv(INSECURE_HTTP_OVERRIDE, "1")
    caplog.set_level(logging.WARNING)

    for _ in range(2):
        Transport("http://10.0.0.5:8443", ServerClock(None, 0)).close()

    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert all("INSECURE" in r.getMessage() and "10.0.0.5" in r.getMessage() for r in warnings)


def test_only_the_value_1_turns_the_override_on(monkeypatch):
    monkeypatch.setenv(INSECURE_HTTP_OVERRIDE, "yes")
    with pytest.raises(InsecureServerAddress):
        require_secure("http://10.0.0.5")


def test_only_plain_http_to_another_machine_is_reported_as_insecure():
    assert insecure_host("http://10.0.0.5:8443") == "10.0.0.5"
    assert insecure_host("http://127.0.0.1:8443") is None
    assert insecure_host("https://10.0.0.5") is None
