"""The JSON API, checked against its own OpenAPI 3.1 document."""
import pytest

from conftest import LANGUAGES, response_validator


CASES = [
    ("/api/v1/practices", "/api/v1/practices"),
    ("/api/v1/practices/{practice}", "/api/v1/practices/2"),
    ("/api/v1/practices/{practice}", "/api/v1/practices/1"),
    ("/api/v1/practices/{practice}", "/api/v1/practices/strengthen-anti-corruption-law"),
    ("/api/v1/themes", "/api/v1/themes"),
    ("/api/v1/instruments", "/api/v1/instruments"),
    ("/api/v1/actors", "/api/v1/actors"),
    ("/api/v1/initiatives", "/api/v1/initiatives"),
    ("/api/v1/concept", "/api/v1/concept"),
    ("/api/v1/meetings", "/api/v1/meetings"),
    ("/api/v1/meetings/{meeting}", "/api/v1/meetings/tirana-2018"),
    ("/api/v1/meetings/{meeting}/participation", "/api/v1/meetings/nairobi-2018/participation"),
    ("/api/v1/findings", "/api/v1/findings"),
    ("/api/v1/findings", "/api/v1/findings?region=balkans&kind=manifestation&limit=3"),
    ("/api/v1/findings/{finding}", "/api/v1/findings/wa-fuel-smuggling"),
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("documented,path", CASES)
def test_responses_match_the_openapi_document(openapi, http, base_url, language, documented, path):
    answer = http(f"{base_url}{path}{'&' if '?' in path else '?'}lang={language}")
    assert answer.status == 200
    assert answer.headers["Content-Type"].startswith("application/json")
    body = answer.json()
    errors = sorted(response_validator(openapi, documented, 200).iter_errors(body), key=str)
    assert not errors, "\n".join(error.message for error in errors[:5])


@pytest.mark.parametrize("path,status", [
    ("/api/v1/practices?lang=xx", 400),
    ("/api/v1/practices/{practice}?lang=de", 400),
    ("/api/v1/practices/99", 404),
    ("/api/v1/practices/not-a-practice", 404),
    ("/api/v1/findings?kind=rumour", 400),
    ("/api/v1/findings/none-such", 404),
    ("/api/v1/meetings/none-such", 404),
])
def test_errors_match_the_openapi_document(openapi, http, base_url, path, status):
    documented = path.split("?")[0]
    concrete = path.replace("{practice}", "2")
    answer = http(f"{base_url}{concrete}")
    assert answer.status == status
    if documented.count("/") == 4:
        collection = documented.rsplit("/", 1)[0]
        documented = collection + {"/api/v1/practices": "/{practice}", "/api/v1/findings": "/{finding}",
                                   "/api/v1/meetings": "/{meeting}"}[collection]
    errors = list(response_validator(openapi, documented, status).iter_errors(answer.json()))
    assert not errors, errors[0].message


def test_health_matches_the_document(openapi, http, base_url):
    answer = http(f"{base_url}/healthz")
    assert answer.status == 200
    assert not list(response_validator(openapi, "/healthz", 200).iter_errors(answer.json()))


def test_practice_list_carries_the_fields_the_issue_names(http, base_url):
    practices = http(f"{base_url}/api/v1/practices?lang=fr").json()["practices"]
    first = practices[0]
    assert set(first) >= {"number", "slug", "theme", "title", "summary"}
    assert set(first["theme"]) >= {"letter", "title"}
    assert first["number"] == 1 and first["theme"]["letter"] == "A"
