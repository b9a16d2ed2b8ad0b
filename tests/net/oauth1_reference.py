#!/usr/bin/python3
"""Independent OAuth 1.0a reference for the tests of core/net: python3-oauthlib (Debian) computes or verifies
signatures. Reads a JSON list of cases on stdin (secrets travel there, never on the command line), writes a JSON
list of results on stdout.

Each case: {"mode": "sign" | "verify", "method", "url", "form" (urlencoded body or ""), "signatureMethod",
"consumerSecret", "tokenSecret", and for "sign": "oauth" (the oauth_* parameters, without oauth_signature);
for "verify": "authorization" (the header as the client sent it)}.
Result: {"base": <signature base string>, "signature": <base64>, "valid": <verify only>}.
"""
import json
import sys

from oauthlib.oauth1.rfc5849 import signature as sig
from urllib.parse import urlsplit


def compute(case, params):
    normalized = sig.normalize_parameters(params)
    base = sig.signature_base_string(case["method"], sig.base_string_uri(case["url"]), normalized)
    if case["signatureMethod"] == "HMAC-SHA256":
        value = sig.sign_hmac_sha256(base, case["consumerSecret"], case["tokenSecret"])
    else:
        value = sig.sign_hmac_sha1(base, case["consumerSecret"], case["tokenSecret"])
    return base, value


def main():
    results = []
    for case in json.load(sys.stdin):
        query = urlsplit(case["url"]).query
        body = case.get("form") or None
        if case["mode"] == "sign":
            params = list(case["oauth"].items())
            params += sig.collect_parameters(uri_query=query, body=body, exclude_oauth_signature=True)
            base, value = compute(case, params)
            results.append({"base": base, "signature": value})
        else:
            headers = {"Authorization": case["authorization"]}
            params = sig.collect_parameters(uri_query=query, body=body, headers=headers,
                                            exclude_oauth_signature=True, with_realm=False)
            sent = dict(sig.collect_parameters(headers=headers, exclude_oauth_signature=False))
            base, value = compute(case, params)
            results.append({"base": base, "signature": value,
                            "valid": value == sent.get("oauth_signature")})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
