"""Every page type in every language, in a real headless Chromium."""
import pytest
from selenium.webdriver.common.by import By

from conftest import LANGUAGES

PAGES = [
    "", "/concept", "/concept/watch-points", "/practices", "/practices/1", "/practices/2",
    "/practices/strengthen-anti-corruption-law", "/themes/a", "/instruments", "/instruments/untoc",
    "/actors", "/actors/civil-society", "/initiatives", "/initiatives/nexus-africa",
    "/evidence", "/evidence/balkans", "/evidence/meetings/tirana-2018", "/evidence/findings/wa-fuel-smuggling",
]


def console_errors(browser):
    return [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_page_loads_in_language(browser, http, base_url, language, path):
    url = f"{base_url}/{language}{path}"
    assert http(url).status == 200
    browser.get(url)
    html = browser.find_element(By.TAG_NAME, "html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert browser.find_element(By.TAG_NAME, "h1").text.strip()
    assert browser.execute_script("return document.styleSheets.length") >= 1
    assert console_errors(browser) == []


def test_arabic_pages_are_right_to_left_with_navigation_on_the_right(browser, base_url):
    browser.set_window_size(1280, 900)
    browser.get(f"{base_url}/ar/practices/2")
    assert browser.execute_script("return getComputedStyle(document.body).direction") == "rtl"
    width = browser.execute_script("return document.documentElement.clientWidth")
    brand = browser.find_element(By.CSS_SELECTOR, ".brand").rect
    items = browser.find_elements(By.CSS_SELECTOR, ".main-nav li")
    first, last = items[0].rect, items[-1].rect
    assert brand["x"] > width / 2, "the site name sits on the right in Arabic"
    assert first["x"] > width / 2, "the navigation starts on the right"
    assert first["x"] > last["x"], "navigation items run from right to left"
    step = browser.find_element(By.CSS_SELECTOR, ".step")
    assert step.value_of_css_property("border-right-style") == "solid", "the step's rule is on its start side, the right"
    assert step.value_of_css_property("border-left-style") == "none"


def test_english_navigation_runs_left_to_right(browser, base_url):
    browser.get(f"{base_url}/en/practices/2")
    items = browser.find_elements(By.CSS_SELECTOR, ".main-nav li")
    assert items[0].rect["x"] < items[-1].rect["x"]


@pytest.mark.parametrize("start,target,expected", [
    ("/en/practices/2", "Français", "/fr/practices/2"),
    ("/fr/instruments/untoc", "العربية", "/ar/instruments/untoc"),
    ("/ar/concept/watch-points", "Shqip", "/sq/concept/watch-points"),
    ("/sq/practices/strengthen-anti-corruption-law", "English", "/en/practices/strengthen-anti-corruption-law"),
])
def test_language_switcher_keeps_the_place(browser, base_url, start, target, expected):
    browser.get(base_url + start)
    browser.find_element(By.LINK_TEXT, target).click()
    assert browser.current_url == base_url + expected


def test_links_from_the_practice_list_lead_to_practices(browser, base_url):
    browser.get(f"{base_url}/fr/practices")
    browser.find_element(By.CSS_SELECTOR, "a[href='/fr/practices/2']").click()
    assert browser.current_url.endswith("/fr/practices/2")
    assert "Étape 4" in browser.page_source


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", ["", "/practices", "/practices/2", "/instruments"])
def test_phone_width_has_no_horizontal_scrolling(browser, base_url, language, path):
    browser.set_window_size(360, 800)
    try:
        browser.get(f"{base_url}/{language}{path}")
        overflow = browser.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{overflow}px of horizontal overflow"
    finally:
        browser.set_window_size(1280, 900)


def test_pages_work_without_javascript(http, base_url):
    page = http(f"{base_url}/en/practices/2")
    assert "<script" not in page.body
    assert "Step 4" in page.body


def test_print_stylesheet_hides_navigation(browser, base_url):
    browser.get(f"{base_url}/en/practices/2")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not browser.find_element(By.CSS_SELECTOR, ".main-nav").is_displayed()
        assert browser.find_element(By.TAG_NAME, "h1").is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("width,label", [(360, "phone"), (1280, "desktop")])
def test_screenshots_of_the_practice_page(browser, base_url, artifacts, language, width, label):
    browser.set_window_size(width, 900)
    try:
        browser.get(f"{base_url}/{language}/practices/2")
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.set_window_size(width, min(height, 5000))
        assert browser.save_screenshot(str(artifacts / f"practice-2-{language}-{label}.png"))
    finally:
        browser.set_window_size(1280, 900)
