"""The editorial workflow as a newcomer would try it, in a real browser:
an administrator made from the command line creates an editor and a French
translator; the editor publishes practice 2; the translator sees it stale,
translates it, and the public French page changes."""
import uuid

import pytest
from selenium.webdriver.common.by import By

from conftest import PASSWORD, run_nexus, sign_in, sign_out, submit


def create_account(browser, base_url, email, name, role, language=None):
    browser.get(f"{base_url}/en/admin/users")
    form = browser.find_element(By.CSS_SELECTOR, "form.stacked-form")
    form.find_element(By.ID, "email").send_keys(email)
    form.find_element(By.ID, "name").send_keys(name)
    form.find_element(By.ID, "password").send_keys(PASSWORD)
    form.find_element(By.CSS_SELECTOR, f"input[name='roles[]'][value='{role}']").click()
    if language:
        form.find_element(By.CSS_SELECTOR, f"input[name='languages[]'][value='{language}']").click()
    submit(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"), lambda driver: "/en/admin/users/" in driver.current_url)
    assert "The account is created." in browser.page_source


def test_a_newcomer_runs_the_whole_editorial_workflow(browser, base_url, nexus, server_env, artifacts):
    suffix = uuid.uuid4().hex[:8]
    admin, editor, translator = (f"{who}-{suffix}@example.org" for who in ("admin", "editor", "translator"))

    made = run_nexus(nexus, "user", "add", "--email", admin, "--name", "Ada Admin", "--role", "admin",
                     env=server_env, input=f"{PASSWORD}\n")
    assert made.returncode == 0, made.stderr
    assert PASSWORD not in made.stdout + made.stderr

    browser.delete_all_cookies()
    sign_in(browser, base_url, admin, PASSWORD)
    create_account(browser, base_url, editor, "Ed Editor", "editor")
    create_account(browser, base_url, translator, "Françoise Traductrice", "translator", language="fr")
    sign_out(browser)

    new_title = f"Strengthen anti-corruption law ({suffix})"
    sign_in(browser, base_url, editor, PASSWORD)
    browser.get(f"{base_url}/en/edit/practices/strengthen-anti-corruption-law")
    title = browser.find_element(By.ID, "f-title")
    title.clear()
    title.send_keys(new_title)
    submit(browser, browser.find_element(By.CSS_SELECTOR, "button[value=publish]"), lambda driver: "done=published" in driver.current_url)
    assert "Published: readers now see this text." in browser.page_source
    browser.get(f"{base_url}/en/practices/2")
    assert new_title in browser.page_source
    sign_out(browser)

    sign_in(browser, base_url, translator, PASSWORD, language="fr")
    browser.get(f"{base_url}/fr/translate")
    row = browser.find_element(By.CSS_SELECTOR, "a[href='/fr/translate/fr/practices/strengthen-anti-corruption-law']")
    assert "Titre" in row.find_element(By.XPATH, "ancestor::tr").text, "the dashboard names the field that changed" 
    browser.get(f"{base_url}/fr/practices/2")
    assert "notice-language" in browser.page_source, "French readers are told the translation is out of date"
    browser.get(f"{base_url}/fr/translate/fr/practices/strengthen-anti-corruption-law")
    french_title = f"Renforcer la législation anticorruption ({suffix})"
    field = browser.find_element(By.ID, "f-title")
    field.clear()
    field.send_keys(french_title)
    browser.save_screenshot(str(artifacts / "translate-side-by-side.png"))
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".form-buttons button"), lambda driver: "done=saved" in driver.current_url)
    browser.get(f"{base_url}/fr/practices/2")
    assert french_title in browser.page_source
    assert "notice-language" not in browser.page_source
    sign_out(browser)


def test_a_wrong_password_is_refused_in_the_visitors_language(browser, base_url):
    browser.delete_all_cookies()
    sign_in(browser, base_url, "nobody@example.org", "wrong password here", language="ar")
    assert "/ar/sign-in" in browser.current_url
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    assert browser.find_element(By.CSS_SELECTOR, ".notice-error").text.strip()


SIGNED_IN_PAGES = ["account", "admin/users", "admin/audit", "edit", "edit/practices/all-relevant-practitioners",
                   "edit/practices/all-relevant-practitioners/history", "translate?show=all",
                   "translate/fr/practices/all-relevant-practitioners", "translate/ar/concept/transactional-nexus"]


@pytest.mark.parametrize("language", ["en", "fr", "ar", "sq"])
def test_signed_in_pages_fit_a_phone_screen(browser, base_url, nexus, server_env, artifacts, language):
    """Forms and tables fit 360 px in every language (Arabic fonts give inputs a wider intrinsic size)."""
    admin = f"phone-{language}-{uuid.uuid4().hex[:8]}@example.org"
    made = run_nexus(nexus, "user", "add", "--email", admin, "--name", "Phone Check", "--role", "admin",
                     env=server_env, input=f"{PASSWORD}\n")
    assert made.returncode == 0, made.stderr
    browser.delete_all_cookies()
    sign_in(browser, base_url, admin, PASSWORD, language=language)
    try:
        browser.set_window_size(360, 800)
        for page in SIGNED_IN_PAGES:
            browser.get(f"{base_url}/{language}/{page}")
            assert browser.find_elements(By.TAG_NAME, "main"), page
            overflow = browser.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"/{language}/{page}: {overflow}px of horizontal overflow"
        browser.get(f"{base_url}/{language}/admin/audit")
        browser.save_screenshot(str(artifacts / f"audit-{language}-phone.png"))
    finally:
        browser.set_window_size(1280, 900)
        sign_out(browser)
