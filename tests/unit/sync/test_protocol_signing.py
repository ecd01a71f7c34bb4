from sync.protocol import signing


def test_a_signature_verifies_only_for_the_exact_request():
    key = signing.generate_private_key()
    public = signing.load_public_key(signing.public_key_text(key))
    headers = signing.sign_request(key, "d" * 32, "post", "/v1/push", b"body")
    parts = (headers[signing.HEADER_TIMESTAMP], headers[signing.HEADER_NONCE])
    signature = headers[signing.HEADER_SIGNATURE]

    def valid(method, target, body, timestamp=parts[0], nonce=parts[1]):
        message = signing.canonical_message(method, target, timestamp, nonce, body)
        return signing.signature_is_valid(public, signature, message)

    assert valid("POST", "/v1/push", b"body")
    assert not valid("POST", "/v1/push", b"bodY")
    assert not valid("POST", "/v1/pull", b"body")
    assert not valid("GET", "/v1/push", b"body")
    assert not valid("POST", "/v1/push", b"body", timestamp="1")
    assert not valid("POST", "/v1/push", b"body", nonce="0" * 32)


def test_another_device_key_does_not_verify():
    key, other = signing.generate_private_key(), signing.generate_private_key()
    headers = signing.sign_request(key, "d" * 32, "GET", "/v1/status")
    message = signing.canonical_message(
        "GET", "/v1/status", headers[signing.HEADER_TIMESTAMP], headers[signing.HEADER_NONCE], b""
    )
    other_public = signing.load_public_key(signing.public_key_text(other))
    assert not signing.signature_is_valid(other_public, headers[signing.HEADER_SIGNATURE], message)
    assert not signing.signature_is_valid(other_public, "not base64!", message)


def test_each_request_gets_a_fresh_nonce():
    key = signing.generate_private_key()
    nonces = {
        signing.sign_request(key, "d" * 32, "GET", "/")[signing.HEADER_NONCE] for _ in range(50)
    }
    assert len(nonces) == 50
