"""Search in a real headless Chromium and through the JSON API, in the four languages."""
import urllib.parse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import LANGUAGES, response_validator


def search_from(browser, base_url, start, words):
    """Types `words` into the search box of the page at `start` and sends it with Enter."""
    browser.get(base_url + start)
    box = browser.find_element(By.ID, "site-search-q")
    old = browser.find_element(By.TAG_NAME, "html")
    box.send_keys(words, Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda driver: old != driver.find_element(By.TAG_NAME, "html"))
    return [link.get_attribute("href").removeprefix(base_url)
            for link in browser.find_elements(By.CSS_SELECTOR, ".result h2 a")]


@pytest.mark.parametrize("start", ["", "/practices/2", "/instruments/untoc", "/concept"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_a_search_box_that_searches_in_its_language(browser, base_url, language, start):
    links = search_from(browser, base_url, f"/{language}{start}", "UNTOC")
    assert urllib.parse.urlparse(browser.current_url).path == f"/{language}/search"
    assert f"/{language}/instruments/untoc" in links[:3]


@pytest.mark.parametrize("language,typed,expected", [
    ("en", "prison radicalisation", "/en/actors/prison-and-probation"),
    ("fr", "financement du terrorisme", "/fr/instruments/terrorist-financing-convention"),
    ("ar", "الحدود", "/ar/actors/customs-and-border"),
    ("ar", "الحُدُودِ", "/ar/actors/customs-and-border"),
    ("fr", "frontieres douanes", "/fr/actors/customs-and-border"),
    ("sq", "korrupsion", "/sq/instruments/uncac"),
    ("sq", "korupsion", "/sq/instruments/uncac"),
])
def test_users_find_guidance_in_their_own_words(browser, base_url, language, typed, expected):
    links = search_from(browser, base_url, f"/{language}", typed)
    assert expected in links[:5], links[:5]
    assert browser.find_elements(By.CSS_SELECTOR, ".result mark"), "the matching words are marked"


def test_arabic_finds_the_same_with_and_without_vowels(browser, base_url):
    plain = search_from(browser, base_url, "/ar", "تمويل الإرهاب")
    vowelled = search_from(browser, base_url, "/ar", "تَمْوِيلُ الإِرْهَابِ")
    assert plain and plain == vowelled


def test_a_facet_narrows_the_results_and_can_be_cleared(browser, base_url):
    search_from(browser, base_url, "/en", "terrorism")
    before = len(browser.find_elements(By.CSS_SELECTOR, ".result"))
    browser.find_element(By.CSS_SELECTOR, ".facet a[href*='kind=instrument']").click()
    kinds = {element.text for element in browser.find_elements(By.CSS_SELECTOR, ".result-kind")}
    assert kinds and all(kind.startswith("Instrument") for kind in kinds)
    assert "kind=instrument" in browser.current_url
    browser.find_element(By.LINK_TEXT, "Remove all filters").click()
    assert "kind=" not in browser.current_url
    assert len(browser.find_elements(By.CSS_SELECTOR, ".result")) == before


def test_search_works_without_javascript_and_escapes_what_it_echoes(http, base_url):
    page = http(f"{base_url}/en/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E+untoc")
    assert page.status == 200
    assert "<script" not in page.body and "&lt;script&gt;" in page.body


@pytest.mark.parametrize("language", ["en", "ar"])
def test_search_results_fit_a_phone(browser, base_url, artifacts, language):
    query = urllib.parse.quote({"en": "border smuggling", "ar": "تهريب المهاجرين"}[language])
    for width, label in [(360, "phone"), (1280, "desktop")]:
        browser.set_window_size(width, 900)
        try:
            browser.get(f"{base_url}/{language}/search?q={query}")
            overflow = browser.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{overflow}px of horizontal overflow at {width}px"
            height = browser.execute_script("return document.documentElement.scrollHeight")
            browser.set_window_size(width, min(height, 5000))
            assert browser.save_screenshot(str(artifacts / f"search-{language}-{label}.png"))
        finally:
            browser.set_window_size(1280, 900)


@pytest.mark.parametrize("language,query", [
    ("en", "money laundering"), ("fr", "blanchiment"), ("ar", "غسل الأموال"), ("sq", "pastrimi i parave"),
    ("en", ""), ("en", "zzzzqqq"),
])
def test_search_answers_match_the_openapi_document(openapi, http, base_url, language, query):
    answer = http(f"{base_url}/api/v1/search?lang={language}&q={urllib.parse.quote(query)}")
    assert answer.status == 200
    errors = sorted(response_validator(openapi, "/api/v1/search", 200).iter_errors(answer.json()), key=str)
    assert not errors, "\n".join(error.message for error in errors[:5])


@pytest.mark.parametrize("query", ["page=0", "kind=nothing", "q=" + "a" * 201, "actor=Not_A_Slug"])
def test_bad_search_parameters_match_the_openapi_document(openapi, http, base_url, query):
    answer = http(f"{base_url}/api/v1/search?lang=ar&{query}")
    assert answer.status == 400
    assert not list(response_validator(openapi, "/api/v1/search", 400).iter_errors(answer.json()))
