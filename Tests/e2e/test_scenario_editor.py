"""A facilitator prepares an exercise in a real browser, as a new user would: a scenario
started from a seeded case, three phases with injects, a question, a knowledge-check poll
and an expected action, tailored for one country; translated into French from the
translators' dashboard; exported as an exercise file that keeps to the published JSON
Schema and imported into a fresh instance unchanged; both manuals printed to PDF, the
players' without what only facilitators may see. Screenshots of the editor and the manuals
in English and Arabic at phone and desktop widths go to Tests/e2e/artifacts."""
import json
import subprocess

import jsonschema
import pytest

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import ROOT, fetch, fresh_instance, sign_in_as_new_user, submit

CASE = "sahel-kidnap-ransom-arms"
# Ten injects from a spreadsheet kept by a French-speaking team: its own column names and
# order, kinds and addressees named in French, phases by number and by title; the texts are
# in the scenario's original language, English.
EVENTS = """Heure,Phase,Titre,Texte,Type,Destinataires
0:15,1,A second passenger,The police report a second name.,Flash d'information,
0:25,1,A call from the port,The port asks for instructions.,Rapport de renseignement,Services des douanes et de contrôle aux frontières
0:35,1,The passenger list,The ferry company sends its list.,document,
55,The money,A suspicious transfer,A bank reports a transfer.,Rapport de renseignement,Cellules de renseignement financier (CRF)
1:05,2,A second transfer,Another transfer leaves.,,
1:15,2,The minister asks,The minister wants a briefing.,Demande ministérielle,
1:25,2,A newspaper story,A newspaper runs the story.,Flash d'information,Médias
1:35,3,A warrant,A judge signs a warrant.,document,
1:45,The arrest,The arrest,The suspect is arrested.,Flash d'information,
T+1:55,3,A press conference,The prosecutor speaks to the press.,message,Médias
"""
SCHEMA = ROOT / "Sources/NexusWeb/Resources/exercise/scenario-1.schema.json"


@pytest.fixture(scope="module")
def target(nexus, artifacts, tmp_path_factory):
    yield from fresh_instance("test_scenario_editor", nexus, artifacts, tmp_path_factory)


def fill(browser, element_id, text):
    field = browser.find_element(By.ID, element_id)
    field.clear()
    field.send_keys(text)


def choose(browser, element_id, value):
    Select(browser.find_element(By.ID, element_id)).select_by_value(value)


def press(browser, value, until):
    """Presses a form button by its value and waits for the form to come back."""
    submit(browser, browser.find_element(By.CSS_SELECTOR, f"button[value='{value}']"), until)


def add(browser, path, field):
    """Adds a row to the list at the JSON path `path`; `field` is an element id the new row has."""
    press(browser, f"add:{path}", lambda d: d.find_elements(By.ID, field))


def session_headers(browser):
    return {"Cookie": "; ".join(f"{c['name']}={c['value']}" for c in browser.get_cookies())}


def print_pdf(browser, url, path):
    """Prints the page to PDF as Chromium does for "Save as PDF" and returns its text."""
    browser.get(url)
    import base64
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": False, "preferCSSPageSize": True})
    path.write_bytes(base64.b64decode(pdf["data"]))
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_a_facilitator_prepares_a_tailored_exercise_in_two_languages(browser, base_url, nexus, server_env, artifacts, target,
                                                                     tmp_path):
    suffix = sign_in_as_new_user(browser, base_url, nexus, server_env, "facilitator", "Fatou Facilitator")
    browser.get(f"{base_url}/en/scenarios")
    submit(browser, browser.find_element(By.LINK_TEXT, "New scenario"), lambda d: d.current_url.endswith("/en/scenarios/new"))

    scenario_id = f"ferry-exercise-{suffix}"
    fill(browser, "f-id", scenario_id)
    choose(browser, "f-caseID", CASE)
    press(browser, "from-case", lambda d: d.find_elements(By.CSS_SELECTOR, ".case-material"))
    assert browser.find_element(By.ID, "f-phases-0-narrative").get_attribute("value"), "the case's narrative starts phase 1"
    fill(browser, "f-title", "The ferry crossing")
    fill(browser, "f-purpose", "Practise joint work between police, customs and prosecutors in {{capital}}.")
    fill(browser, "f-basis", "Ours: a composite built on a seeded composite case; every name is invented.")
    fill(browser, "f-objectives-0-text", "Share what each agency knows within the first hour.")
    add(browser, "objectives[0].criticalTasks", "f-objectives-0-criticalTasks-0-text")
    fill(browser, "f-objectives-0-criticalTasks-0-text", "A contact point is named in each agency.")

    # Tailoring: a variable, then a country with its value.
    add(browser, "variables", "f-variables-0-name")
    fill(browser, "f-variables-0-name", "capital")
    fill(browser, "f-variables-0-label", "Capital city")
    add(browser, "tailorings", "f-tailorings-0-values-0")
    fill(browser, "f-tailorings-0-id", "albania")
    fill(browser, "f-tailorings-0-name", "Albania")
    fill(browser, "f-tailorings-0-country", "AL")
    fill(browser, "f-tailorings-0-exerciseDay", "2027-04-20")
    fill(browser, "f-tailorings-0-values-0", "Tirana")

    # Three phases, each with an inject; a question, a knowledge check and an expected action.
    fill(browser, "f-phases-0-title", "The tip-off")
    add(browser, "phases[0].injects", "f-phases-0-injects-0-title")
    fill(browser, "f-phases-0-injects-0-title", "A ferry passenger is flagged")
    fill(browser, "f-phases-0-injects-0-text", "Border police in {{capital}} report a passenger on a watch list.")
    add(browser, "phases[0].expectedActions", "f-phases-0-expectedActions-0-text")
    fill(browser, "f-phases-0-expectedActions-0-text", "Call the customs contact point.")
    choose(browser, "f-phases-0-expectedActions-0-objective", "objective-1")
    for number in (1, 2):
        add(browser, "phases", f"f-phases-{number}-title")
        fill(browser, f"f-phases-{number}-title", ["The money", "The arrest"][number - 1])
        fill(browser, f"f-phases-{number}-narrative", ["Transfers reach a broker.", "Prosecutors must decide."][number - 1])
        add(browser, f"phases[{number}].injects", f"f-phases-{number}-injects-0-title")
        fill(browser, f"f-phases-{number}-injects-0-title", ["A bank reports", "A minister asks"][number - 1])
        fill(browser, f"f-phases-{number}-injects-0-text", ["A suspicious transfer.", "Who speaks to the press?"][number - 1])
    add(browser, "phases[1].questions", "f-phases-1-questions-0-text")
    fill(browser, "f-phases-1-questions-0-text", "Which unit follows the money?")
    add(browser, "phases[2].polls", "f-phases-2-polls-0-question")
    fill(browser, "f-phases-2-polls-0-question", "Who leads the prosecution?")
    fill(browser, "f-phases-2-polls-0-options-0-text", "The national prosecutor")
    fill(browser, "f-phases-2-polls-0-options-1-text", "The police")
    browser.find_element(By.ID, "f-phases-2-polls-0-options-0-correct").click()
    browser.save_screenshot(str(artifacts / "scenario-form-filled-en-1280.png"))
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".form-buttons button[value=save]"), lambda d: "done=saved" in d.current_url)
    assert "Scenario saved." in browser.page_source
    assert "Built on the case" in browser.page_source

    # An events list of ten injects from a spreadsheet; a bad one first, refused whole.
    submit(browser, browser.find_element(By.LINK_TEXT, "Import an events list"), lambda d: d.current_url.endswith("/msel"))
    bad = tmp_path / "bad-events.csv"
    bad.write_text("Phase,Time,Headline,Text\n1,soon,A headline,A text\n4,10,,A text\n", encoding="utf-8")
    browser.find_element(By.ID, "f-file").send_keys(str(bad))
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".form-buttons button"), lambda d: d.find_elements(By.ID, "f-map-time"))
    submit(browser, browser.find_element(By.CSS_SELECTOR, "button[value=preview]"), lambda d: d.find_elements(By.CSS_SELECTOR, ".notice-error"))
    report = browser.find_element(By.CSS_SELECTOR, ".notice-error").text
    assert "Nothing was imported. Problems found: 3." in report and "Line 2" in report and "Line 3" in report, report
    browser.get(f"{base_url}/en/scenarios/{scenario_id}/msel")
    events = tmp_path / "events.csv"
    events.write_text(EVENTS, encoding="utf-8")
    browser.find_element(By.ID, "f-file").send_keys(str(events))
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".form-buttons button"), lambda d: d.find_elements(By.ID, "f-map-time"))
    assert Select(browser.find_element(By.ID, "f-map-title")).first_selected_option.text == "Titre"
    submit(browser, browser.find_element(By.CSS_SELECTOR, "button[value=preview]"), lambda d: "injects will be added" in d.page_source)
    assert len(browser.find_elements(By.CSS_SELECTOR, ".events-form tbody tr")) == 10
    submit(browser, browser.find_element(By.CSS_SELECTOR, "button[value=save]"), lambda d: "done=events-imported" in d.current_url)
    assert "The events list was added to the scenario." in browser.page_source

    # French, from the translators' dashboard.
    browser.get(f"{base_url}/en/translate")
    submit(browser, browser.find_element(By.CSS_SELECTOR, f"a[href='/en/translate/fr/scenarios/{scenario_id}']"),
           lambda d: d.current_url.endswith(f"/fr/scenarios/{scenario_id}"))
    fields = browser.find_elements(By.CSS_SELECTOR, "form.side-by-side input[name^='text/'], form.side-by-side textarea")
    assert len(fields) >= 20
    for field in fields:
        name = field.get_attribute("name")
        field.clear()
        field.send_keys("La traversée en ferry" if name == "text/title" else f"[fr] {name.removeprefix('text/')}")
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".form-buttons button"), lambda d: "done=saved" in d.current_url)
    browser.get(f"{base_url}/fr/scenarios/{scenario_id}")
    assert browser.find_element(By.TAG_NAME, "h1").text == "La traversée en ferry"
    assert "Français" in browser.find_element(By.TAG_NAME, "main").text

    # The editor and the manuals as facilitators see them, in English and Arabic, phone and desktop.
    for language in ["en", "ar"]:
        for page, name in [("edit", "scenario-form"), ("handbook?tailoring=albania", "scenario-handbook"),
                           ("situation-manual?tailoring=albania", "scenario-situation-manual")]:
            for width in [390, 1280]:
                browser.set_window_size(width, 900)
                browser.get(f"{base_url}/{language}/scenarios/{scenario_id}/{page}")
                assert browser.execute_script("return document.documentElement.scrollWidth") <= width, (language, page, width)
                height = browser.execute_script("return document.documentElement.scrollHeight")
                browser.set_window_size(width, min(height, 12000))
                browser.save_screenshot(str(artifacts / f"{name}-{language}-{width}.png"))
    browser.set_window_size(1280, 900)

    # Printed: the handbook has what facilitators see, the situation manual does not.
    handbook = print_pdf(browser, f"{base_url}/en/scenarios/{scenario_id}/handbook?tailoring=albania",
                         artifacts / "scenario-handbook-en.pdf")
    manual = print_pdf(browser, f"{base_url}/en/scenarios/{scenario_id}/situation-manual?tailoring=albania",
                       artifacts / "scenario-situation-manual-en.pdf")
    assert "Call the customs contact point." in handbook and "Tirana" in handbook
    assert "Call the customs contact point." not in manual and "Which unit follows the money?" in manual
    arabic = print_pdf(browser, f"{base_url}/ar/scenarios/{scenario_id}/situation-manual?tailoring=albania",
                       artifacts / "scenario-situation-manual-ar.pdf")
    assert "The arrest" in arabic, "texts not yet in Arabic fall back to the original"

    # Exported: a file that keeps to the published schema, imported elsewhere unchanged.
    exported = fetch(f"{base_url}/en/scenarios/{scenario_id}/export", headers=session_headers(browser))
    assert exported.status == 200, exported.body
    document = json.loads(exported.body)
    jsonschema.validate(document, json.loads(SCHEMA.read_text()))
    assert [phase["title"]["fr"] for phase in document["scenario"]["phases"]][0].startswith("[fr]")
    url, token = target
    imported = fetch(f"{url}/api/v1/scenarios/import", method="POST", body=exported.body.encode(),
                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert imported.status == 201, imported.body
    there = fetch(f"{url}/api/v1/scenarios/{scenario_id}", headers={"Authorization": f"Bearer {token}"})
    assert there.status == 200, there.body
    moved = json.loads(there.body)
    assert moved["scenario"] == document["scenario"], "the scenario differs after the import"
