"""An editor records a case in a real browser, as a new user would: from the library's
"Record a case", growing the form row by row without script, five actors and six
relationships, saved, then written again in French beside the English original. The case
is then in the library, in search and drawn as a network; exported as STIX 2.1 and imported
into a fresh instance, it is the same case there. Screenshots of the form in English and
Arabic at phone and desktop widths go to Tests/e2e/artifacts."""
import json

import pytest

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import LANGUAGES, fetch, fresh_instance, sign_in_as_new_user, submit
from test_stix import validated

ACTORS = [("organised-crime-group", "the port gang"), ("terrorist-armed-group", "the armed group"),
          ("facilitator", "the broker"), ("corrupt-official", "a customs officer"),
          ("legitimate-business", "the shipping firm")]
RELATIONS = [(0, "supplies", 1), (1, "finances", 0), (2, "launders-for", 1), (3, "protects", 0), (0, "bribes", 3),
             (4, "transports-for", 0)]
FRENCH = ["la bande du port", "le groupe armé", "l'intermédiaire", "un douanier", "la compagnie maritime"]


@pytest.fixture(scope="module")
def target(nexus, artifacts, tmp_path_factory):
    yield from fresh_instance("test_case_editor", nexus, artifacts, tmp_path_factory)


def fill(browser, element_id, text):
    field = browser.find_element(By.ID, element_id)
    field.clear()
    field.send_keys(text)


def add_row(browser, kind):
    """Presses a group's "add" button: the form comes back one row longer."""
    rows = len(browser.find_elements(By.CSS_SELECTOR, f"#group-{kind} .form-row"))
    submit(browser, browser.find_element(By.CSS_SELECTOR, f"button[value=add-{kind}]"),
           lambda driver: len(driver.find_elements(By.CSS_SELECTOR, f"#group-{kind} .form-row")) == rows + 1)


def choose(browser, element_id, value):
    Select(browser.find_element(By.ID, element_id)).select_by_value(value)


def test_an_editor_records_a_networked_case_in_two_languages(browser, base_url, nexus, server_env, artifacts, target):
    suffix = sign_in_as_new_user(browser, base_url, nexus, server_env, "editor", "Eda Editor")
    browser.get(f"{base_url}/en/cases")
    submit(browser, browser.find_element(By.LINK_TEXT, "Record a case"), lambda d: d.current_url.endswith("/en/cases/new"))

    case_id = f"harbour-network-{suffix}"
    fill(browser, "f-id", case_id)
    choose(browser, "f-status", "published")
    choose(browser, "f-origin", "composite")
    fill(browser, "f-title", "The harbour network")
    fill(browser, "f-summary", "A port gang moves fuel for an armed group and launders its levies.")
    fill(browser, "f-period_start", "2015")
    choose(browser, "f-form", "transactional")
    choose(browser, "f-stage", "cooperation")
    browser.find_element(By.CSS_SELECTOR, "input[name='regions[]'][value=balkans]").click()
    fill(browser, "f-source-0-citation", "A report on the harbour, 2019")
    fill(browser, "f-source-0-url", "https://example.org/harbour")
    choose(browser, "f-source-0-reliability", "B")
    choose(browser, "f-source-0-credibility", "2")
    for _ in range(len(ACTORS) - 1):
        add_row(browser, "actor")
    for index, (kind, alias) in enumerate(ACTORS):
        choose(browser, f"f-actor-{index}-type", kind)
        fill(browser, f"f-actor-{index}-alias", alias)
    # The relationships' actor lists are filled from the actors the form was last sent with.
    for _ in range(len(RELATIONS) - 1):
        add_row(browser, "relation")
    for index, (source, kind, destination) in enumerate(RELATIONS):
        choose(browser, f"f-relation-{index}-from", f"a{source + 1}")
        choose(browser, f"f-relation-{index}-type", kind)
        choose(browser, f"f-relation-{index}-to", f"a{destination + 1}")
        choose(browser, f"f-relation-{index}-source", "s1")
    fill(browser, "f-event-0-date", "2017-03")
    fill(browser, "f-event-0-text", "The first convoy is seized.")
    browser.save_screenshot(str(artifacts / "case-form-en-1280.png"))
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".form-buttons button[value=save]"),
           lambda d: "done=saved" in d.current_url)
    assert "Case saved." in browser.page_source
    assert "The Balkans" in browser.find_element(By.CSS_SELECTOR, ".facts").text
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.network .network-node")) == 5
    assert len(browser.find_elements(By.CSS_SELECTOR, ".case-network table.relations tbody tr")) == 6

    # The French texts, beside the English original.
    submit(browser, browser.find_element(By.LINK_TEXT, "Edit this case"), lambda d: "/edit" in d.current_url)
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".text-languages a[href$='in=fr']"), lambda d: "in=fr" in d.current_url)
    assert "The harbour network" in browser.find_element(By.CSS_SELECTOR, ".source-text").text
    fill(browser, "f-title", "Le réseau du port")
    fill(browser, "f-summary", "Une bande portuaire transporte du carburant pour un groupe armé et blanchit ses prélèvements.")
    for index, alias in enumerate(FRENCH):
        fill(browser, f"f-actor-{index}-alias", alias)
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".form-buttons button[value=save]"),
           lambda d: "done=saved" in d.current_url)

    browser.get(f"{base_url}/fr/cases/{case_id}")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Le réseau du port"
    labels = browser.find_element(By.CSS_SELECTOR, "svg.network").text
    assert "la compagnie maritime" in labels
    browser.get(f"{base_url}/fr/cases")
    assert browser.find_elements(By.CSS_SELECTOR, f".case-card a[href='/fr/cases/{case_id}']")
    browser.get(f"{base_url}/en/search?q=harbour")
    assert browser.find_elements(By.CSS_SELECTOR, f"a[href='/en/cases/{case_id}']")

    # The form as editors see it, in English and Arabic, on a phone and a desktop.
    for language in ["en", "ar"]:
        for width in [390, 1280]:
            browser.set_window_size(width, 900)
            browser.get(f"{base_url}/{language}/cases/{case_id}/edit")
            assert browser.execute_script("return document.documentElement.scrollWidth") <= width
            height = browser.execute_script("return document.documentElement.scrollHeight")
            browser.set_window_size(width, min(height, 9000))
            browser.save_screenshot(str(artifacts / f"case-form-{language}-{width}.png"))
    browser.set_window_size(1280, 900)

    # Exported as STIX 2.1 (valid, parsed by stix2) and imported into a fresh instance: the same case.
    exported = fetch(f"{base_url}/api/v1/cases/{case_id}/stix")
    assert exported.status == 200, exported.body
    validated(exported.body, case_id)
    url, token = target
    imported = fetch(f"{url}/api/v1/cases/import", method="POST", body=exported.body.encode(),
                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/stix+json;version=2.1"})
    assert imported.status == 201, imported.body
    for language in LANGUAGES:
        here = fetch(f"{base_url}/api/v1/cases/{case_id}?lang={language}").json()
        there = fetch(f"{url}/api/v1/cases/{case_id}?lang={language}").json()
        # The revision counts saves on each instance: two here (recorded, translated), one there.
        assert (here.pop("revision"), there.pop("revision")) == (2, 1)
        assert here == there, f"{case_id} in {language} differs after the import"
    assert json.loads(fetch(f"{url}/api/v1/cases/{case_id}?lang=fr").body)["case"]["title"]["text"] == "Le réseau du port"
    browser.get(f"{url}/fr/cases/{case_id}")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Le réseau du port"
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.network .network-node")) == 5
    assert len(browser.find_elements(By.CSS_SELECTOR, ".case-network table.relations tbody tr")) == 6
