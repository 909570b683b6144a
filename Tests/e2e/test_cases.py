"""The case library in a real browser: the library and its filters, case pages with their
network drawing in English and Arabic at phone and desktop widths (labels must not
overlap), a forty-actor network, and the links from practices and search.

This module serves the bundled content plus one generated case of forty actors, so that
the largest network the layout is meant for is drawn by the real server."""
import itertools
import json
import shutil

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from servers import ROOT, Server, ENGINE
from conftest import FAILED_SERVERS, submit

TYPES = ["organised-crime-group", "terrorist-armed-group", "hybrid-group", "facilitator", "corrupt-official",
         "legitimate-business", "state-body", "community"]
RELATIONS = ["supplies", "finances", "protects", "trades-with", "launders-for", "bribes", "transports-for", "shelters"]


def forty_actor_case():
    actors = [{"id": f"a{index}", "type": TYPES[(index * 3) % len(TYPES)],
               "alias": {"en": f"Network member {index} of the border trade", "ar": f"عضو الشبكة رقم {index} في تجارة الحدود"}}
              for index in range(40)]
    relationships = [{"id": f"r{index}", "from": f"a{index}", "to": f"a{(index * 7 + 5) % 40}",
                      "type": RELATIONS[index % len(RELATIONS)], "source": "scenario"} for index in range(40)]
    return {
        "id": "forty-actor-network", "origin": "composite", "publication": "public",
        "title": {"en": "A forty-actor network (test case)", "ar": "شبكة من أربعين جهة (قضية اختبار)"},
        "summary": {"en": "A generated case for the browser tests.", "ar": "قضية مولدة لاختبارات المتصفح."},
        "regions": ["balkans"], "form": "organisational", "stage": "convergence",
        "sources": [{"id": "scenario", "citation": "Generated for the tests", "grade": "F6"}],
        "actors": actors, "relationships": relationships,
    }


@pytest.fixture(scope="module")
def server(request, nexus, storage, artifacts, tmp_path_factory):
    content = tmp_path_factory.mktemp("content") / "Content"
    shutil.copytree(ROOT / "Content", content)
    (content / "cases" / "forty-actor-network.json").write_text(json.dumps(forty_actor_case(), ensure_ascii=False))
    failures = request.session.testsfailed
    running = Server(nexus, {**storage.env, "NEXUS_CONTENT_DIR": str(content)}, artifacts / f"server-{ENGINE}-test_cases.log")
    yield running
    running.stop()
    if request.session.testsfailed > failures:
        FAILED_SERVERS.append(running)


def label_boxes(browser):
    """The box of each actor's label (its lines together) and of each legend entry, in page pixels."""
    return browser.execute_script("""
        const union = (elements, name) => {
          const rects = elements.map(e => e.getBoundingClientRect());
          return [Math.min(...rects.map(r => r.left)), Math.min(...rects.map(r => r.top)),
                  Math.max(...rects.map(r => r.right)), Math.max(...rects.map(r => r.bottom)), name];
        };
        const groups = Array.from(document.querySelectorAll('svg.network .network-node, svg.network .network-legend > g'));
        return groups.map(g => union(Array.from(g.querySelectorAll('text')), g.textContent));""")


def overlapping(boxes):
    found = []
    for a, b in itertools.combinations(boxes, 2):
        if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
            found.append((a[4], b[4]))
    return found


def test_the_library_lists_the_seed_cases_and_filters_them(browser, base_url):
    browser.get(f"{base_url}/en/cases")
    cards = browser.find_elements(By.CSS_SELECTOR, ".case-card")
    assert len(cards) == len(list((ROOT / "Content" / "cases").glob("*.json"))) + 1
    assert "Composite training case" in cards[0].text
    Select(browser.find_element(By.ID, "filter-region")).select_by_value("west-africa-sahel")
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".case-filters button[type=submit]"),
           lambda driver: "region=west-africa-sahel" in driver.current_url)
    titles = [card.text for card in browser.find_elements(By.CSS_SELECTOR, ".case-card")]
    assert titles and all("West Africa and the Sahel" in title for title in titles)


@pytest.mark.parametrize("case", ["sahel-kidnap-ransom-arms", "forty-actor-network"])
@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("width,label", [(1280, "desktop"), (390, "phone")])
def test_case_pages_draw_their_network_without_overlapping_labels(browser, base_url, artifacts, case, language, width, label):
    browser.set_window_size(width, 900)
    try:
        browser.get(f"{base_url}/{language}/cases/{case}")
        svg = browser.find_element(By.CSS_SELECTOR, "svg.network")
        assert svg.is_displayed()
        nodes = browser.find_elements(By.CSS_SELECTOR, "svg.network .network-node")
        assert len(nodes) == (40 if case.startswith("forty") else 5)
        assert overlapping(label_boxes(browser)) == []
        rows = browser.find_elements(By.CSS_SELECTOR, "table.relations tbody tr")
        assert len(rows) == (40 if case.startswith("forty") else 6)
        # The page itself never scrolls sideways; only the drawing does, inside its figure.
        assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.set_window_size(width, min(height, 6000))
        assert browser.save_screenshot(str(artifacts / f"case-{case}-{language}-{label}.png"))
    finally:
        browser.set_window_size(1280, 900)


def test_practice_pages_and_search_lead_to_cases(browser, base_url):
    browser.get(f"{base_url}/en/practices/1")
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".practice-cases a")]
    assert any(link.endswith("/en/cases/sahel-kidnap-ransom-arms") for link in links)
    browser.get(f"{base_url}/fr/search?q=otages&kind=case")
    results = browser.find_elements(By.CSS_SELECTOR, ".results h2 a")
    assert any("/fr/cases/sahel-kidnap-ransom-arms" in a.get_attribute("href") for a in results)
