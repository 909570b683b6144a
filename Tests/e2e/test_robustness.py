"""Bad input gets a clear 4xx, never a 5xx."""
import random
import string
import urllib.parse

import pytest

ODD_PATHS = [
    "/%00", "/en/%FF%FE", "/ar/practices/%D9%85", "/en/practices/0", "/en/practices/-1",
    "/en/practices/99999999999999999999999", "/en/practices/" + "a" * 500, "/" + "x/" * 200,
    "/en/concept/../../etc/passwd", "/assets/..%2F..%2Fetc%2Fpasswd", "/api/v1/practices?lang=", "/api/v1/practices?lang=%00",
    "/api/v1/practices?lang=ar&lang=fr", "/api/v1/practices/1?lang=%E2%80%AE", "/EN/PRACTICES", "/en//practices//1",
    "/api", "/api/v1", "/api/v1/", "/healthz/extra", "/openapi.json/x",
]


@pytest.mark.parametrize("path", ODD_PATHS)
def test_odd_paths_never_fail_the_server(http, base_url, path):
    answer = http(base_url + path)
    assert 200 <= answer.status < 500, f"{path} -> {answer.status}"


def test_random_paths_never_fail_the_server(http, base_url):
    generator = random.Random(2026)
    alphabet = string.ascii_letters + string.digits + "-_.~%/?=&é؟ë"
    for _ in range(300):
        raw = "/" + "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 40)))
        path = urllib.parse.quote(raw, safe="/?=&%")
        answer = http(base_url + path)
        assert answer.status < 500, f"{path} -> {answer.status}"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_writes_are_not_allowed_here(http, base_url, method):
    answer = http(f"{base_url}/en/practices/1", method=method)
    assert answer.status == 405
    assert answer.headers["Allow"] == "GET, HEAD"


@pytest.mark.parametrize("language,phrase", [("ar", "dir=\"rtl\""), ("fr", "Page introuvable"), ("sq", "lang=\"sq\"")])
def test_not_found_pages_speak_the_request_language(http, base_url, language, phrase):
    answer = http(f"{base_url}/{language}/practices/404")
    assert answer.status == 404
    assert phrase in answer.body or language == "fr" and "introuvable" in answer.body.lower()


def test_unknown_language_lists_the_available_ones(http, base_url):
    answer = http(f"{base_url}/de/practices/1")
    assert answer.status == 404
    for name in ["English", "Français", "العربية", "Shqip"]:
        assert name in answer.body
