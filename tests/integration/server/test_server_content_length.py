"""Every kind of answer the server gives carries Content-Length (so a client can tell an answer
cut inside its headers from an empty one), gzip- and zstd-compressed pull pages included."""

from __future__ import annotations

import requests

from sync.protocol.signing import HEADER_PROTOCOL
from tests.helpers.payloads import tenant_payload


def test_every_answer_declares_its_length(server, admin):
    device = admin.device(admin.add_station())
    for number in range(40):
        record = device.new_record("tenant", tenant_payload(f"Tenant {number}"))
        assert device.push([device.create(record)]).status_code == 200
    v1 = {HEADER_PROTOCOL: "1"}
    answers = {
        "health": requests.get(server.url + "/healthz", timeout=30),
        "not found": requests.get(server.url + "/v1/nothing", headers=v1, timeout=30),
        "unsigned": requests.get(server.url + "/v1/status", headers=v1, timeout=30),
        "old protocol": requests.get(server.url + "/v1/status", timeout=30),
        "bad enrollment": requests.post(server.url + "/v1/enroll", json={}, headers=v1, timeout=30),
        "status": device.send("GET", "/v1/status"),
        "pull page (zstd)": device.pull(),  # requests accepts zstd where the module is installed
        "pull page (gzip)": device.send(
            "POST",
            "/v1/pull",
            {"protocol_version": 1, "cursor": 0},
            extra_headers={"Accept-Encoding": "gzip"},
        ),
        "empty pull": device.pull(cursor=10**9),
    }
    assert answers["pull page (zstd)"].headers.get("content-encoding") == "zstd"
    assert answers["pull page (gzip)"].headers.get("content-encoding") == "gzip"
    for name, answer in answers.items():
        declared = answer.headers.get("content-length")
        assert declared is not None, name
        if "content-encoding" not in answer.headers:
            assert int(declared) == len(answer.content), name
