"""STIX 2.1 exchange between two running instances: every seed case, and a filtered set,
exported by one `nexus serve`, checked with the OASIS validator (stix2-validator: no
errors; its warnings are printed) and parsed with the stix2 library, then imported into a
fresh second instance, where each case must answer exactly as it does on the first."""
import collections
import json

import pytest
import stix2
from jsonschema import Draft202012Validator
from stix2validator import ValidationOptions, validate_string

from conftest import LANGUAGES, fetch, fresh_instance
from servers import ENGINE

EXTENSION = "extension-definition--684ed066-bd04-5152-a711-cccc412b4b03"
FILTER = "region=west-africa-sahel"
WARNINGS = collections.Counter()


@pytest.fixture(scope="module")
def target(nexus, artifacts, tmp_path_factory):
    yield from fresh_instance("test_stix", nexus, artifacts, tmp_path_factory)


def validated(text, label):
    """The bundle, after the OASIS validator found no error in it and stix2 parsed it."""
    results = validate_string(text, ValidationOptions(version="2.1"))
    errors = [str(error) for error in results.errors]
    assert results.is_valid and not errors, f"{label}: " + "\n".join(errors[:10])
    for warning in results.warnings:
        # "bundle--…: {103} Given ID value …": counted by the validator's code.
        WARNINGS[str(warning).split("{", 1)[-1].split("}", 1)[0]] += 1
    parsed = stix2.parse(text, allow_custom=True)
    assert parsed.type == "bundle" and len(parsed.objects) == len(json.loads(text)["objects"])
    return json.loads(text)


def export(url, path):
    answer = fetch(url + path)
    assert answer.status == 200, answer.body
    assert answer.headers["Content-Type"] == "application/stix+json;version=2.1"
    return answer.body


def import_bundle(target, text):
    url, token = target
    return fetch(url + "/api/v1/cases/import?lang=fr", method="POST", body=text.encode(),
                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/stix+json;version=2.1"})


def without_schema_address(bundle):
    """The bundle without the one value that names the instance: the schema's address."""
    for item in bundle["objects"]:
        if item["type"] == "extension-definition":
            item.pop("schema")
    return bundle


def test_seed_cases_go_through_stix_to_a_fresh_instance_unchanged(base_url, target):
    ids = [case["id"] for case in fetch(f"{base_url}/api/v1/cases?limit=200").json()["cases"]]
    assert len(ids) >= 6
    selected = [case["id"] for case in fetch(f"{base_url}/api/v1/cases?limit=200&{FILTER}").json()["cases"]]
    assert 0 < len(selected) < len(ids)

    # The filtered set as one bundle, imported in one request.
    text = export(base_url, f"/api/v1/cases/stix?{FILTER}")
    bundle = validated(text, FILTER)
    reports = [item for item in bundle["objects"] if item["type"] == "report"]
    assert sorted(item["extensions"][EXTENSION]["case_id"] for item in reports) == sorted(selected)
    answer = import_bundle(target, text)
    assert answer.status == 201, answer.body
    assert sorted(case["id"] for case in answer.json()["imported"]) == sorted(selected)
    assert answer.json()["skipped"] == []

    # Every seed case on its own: the rest are imported one by one.
    bundles = {}
    for case in ids:
        text = export(base_url, f"/api/v1/cases/{case}/stix")
        bundles[case] = validated(text, case)
        if case not in selected:
            answer = import_bundle(target, text)
            assert answer.status == 201, f"{case}: {answer.body}"

    schema = fetch(bundles[ids[0]]["objects"][1]["schema"])
    assert schema.status == 200, "the extension definition names a schema the server serves"
    checker = Draft202012Validator(json.loads(schema.body))
    for case, bundle in bundles.items():
        for item in bundle["objects"]:
            extension = item.get("extensions", {}).get(EXTENSION)
            if extension:
                problems = [error.message for error in checker.iter_errors(extension)]
                assert not problems, f"{case} {item['id']}: {problems[:3]}"

    url, token = target
    for case in ids:
        for language in LANGUAGES:
            first = fetch(f"{base_url}/api/v1/cases/{case}?lang={language}")
            second = fetch(f"{url}/api/v1/cases/{case}?lang={language}", headers={"Authorization": f"Bearer {token}"})
            assert second.status == 200 and first.json() == second.json(), f"{case} in {language} differs after the import"
        again = json.loads(export(url, f"/api/v1/cases/{case}/stix"))
        assert without_schema_address(again) == without_schema_address(bundles[case]), f"{case} exports differently"

    assert import_bundle(target, export(base_url, f"/api/v1/cases/{ids[0]}/stix")).status == 409
    print(f"\nstix2-validator on {len(ids) + 1} bundles ({ENGINE}): 0 errors, warnings by code: {dict(sorted(WARNINGS.items()))}")


def test_a_bundle_without_our_extension_is_read_from_its_labels(base_url, target):
    bundle = json.loads(export(base_url, f"/api/v1/cases/{fetch(f'{base_url}/api/v1/cases').json()['cases'][0]['id']}/stix"))
    for item in bundle["objects"]:
        item.pop("extensions", None)
        if item["type"] == "report":
            item["name"] = "Another tool's copy: " + item["name"]
    answer = import_bundle(target, json.dumps(bundle))
    assert answer.status == 201, answer.body
    imported = answer.json()["imported"][0]
    assert imported["status"] == "draft" and imported["publication"] == "public"
    assert imported["id"].startswith("another-tool-s-copy-")
