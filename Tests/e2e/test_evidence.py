"""Regional evidence as a programme officer and a reader would meet it, in a real browser:
a new meeting with its participation, a finding by hand and a dozen by CSV (refused whole
when one line is wrong), then the dashboard and its map, the practice pages in four
languages and search. Screenshots in English and Arabic, phone and desktop."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import sign_in_as_new_user, sign_out, submit


def fill(browser, field_id, text):
    element = browser.find_element(By.ID, field_id)
    element.clear()
    element.send_keys(text)


def findings_csv(meeting, suffix, bad_line=None):
    lines = ["region,meeting,kind,crime_markets,enabling_factors,countries,practices,confidence,source,text_en,text_ar"]
    for index in range(1, 13):
        region = "atlantis" if index == bad_line else "west-africa-sahel"
        lines.append(f"{region},{meeting},manifestation,fauna-crimes;arms-trafficking,porous-borders,SN;ML,"
                     f"informal-and-illicit-economies,confirmed,https://example.org/{suffix},"
                     f"\"Imported finding {index} ({suffix}): ivory and arms cross the border.\",استنتاج مستورد {index}")
    return "\r\n".join(lines) + "\r\n"


def test_a_programme_officer_records_a_meeting_and_its_findings(browser, base_url, nexus, server_env, artifacts, tmp_path):
    suffix = sign_in_as_new_user(browser, base_url, nexus, server_env, "programme-officer", "Olu Officer")
    browser.find_element(By.CSS_SELECTOR, ".work-nav a[href='/en/evidence/manage']").click()
    assert "Record evidence" in browser.find_element(By.TAG_NAME, "h1").text

    # A new meeting.
    meeting = f"dakar-{suffix}"
    browser.get(f"{base_url}/en/evidence/manage/meetings/new")
    fill(browser, "f-slug", meeting)
    fill(browser, "f-title", f"Regional meeting for West Africa, Dakar ({suffix})")
    fill(browser, "f-summary", "A follow-up consultation on cross-border cooperation.")
    Select(browser.find_element(By.ID, "f-region")).select_by_value("west-africa-sahel")
    fill(browser, "f-country", "SN")
    fill(browser, "f-start", "2027-03-10")
    fill(browser, "f-end", "2027-03-12")
    fill(browser, "f-city", "Dakar")
    fill(browser, "f-partners", "Organised with the regional partners.")
    fill(browser, "f-sources", "https://example.org/dakar-note")
    fill(browser, "f-documents", "https://example.org/dakar-agenda.pdf")
    fill(browser, "f-agenda", "Opening\n\nBorder routes and markets")
    browser.find_element(By.CSS_SELECTOR, "input[name='themes[]'][value=local-engagement]").click()
    submit(browser, browser.find_element(By.CSS_SELECTOR, "button[value=publish]"), lambda d: "done=created" in d.current_url)

    # Its participation, and one participant who consented.
    fill(browser, "f-count_government-agency", "12")
    fill(browser, "f-count_academia", "3")
    fill(browser, "f-by-country", "SN, government-agency, 7")
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".participation-form button"), lambda d: "done=saved" in d.current_url)
    fill(browser, "p-name", "Awa Diallo")
    browser.find_element(By.CSS_SELECTOR, "input[name=consent]").click()
    browser.execute_script("document.getElementById('p-consent-date').value = '2027-03-10'")
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".participant-form button"), lambda d: "done=added" in d.current_url)
    assert "Awa Diallo" in browser.page_source

    # A finding by hand, from the meeting's page.
    browser.find_element(By.PARTIAL_LINK_TEXT, "Record a finding of this meeting").click()
    assert Select(browser.find_element(By.ID, "f-meeting")).first_selected_option.get_attribute("value") == meeting
    Select(browser.find_element(By.ID, "f-kind")).select_by_value("challenge")
    fill(browser, "f-text_en", f"Hand-written challenge ({suffix}): fuel smuggling is hard to trace.")
    fill(browser, "f-text_fr", f"Difficulté écrite à la main ({suffix}) : la contrebande de carburant est difficile à suivre.")
    browser.find_element(By.CSS_SELECTOR, "input[name='crime_markets[]'][value=illicit-excisable-goods]").click()
    browser.find_element(By.CSS_SELECTOR, "input[name='practices[]'][value=informal-and-illicit-economies]").click()
    fill(browser, "f-source", "Dakar meeting notes")
    browser.save_screenshot(str(artifacts / "evidence-finding-form.png"))
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".finding-form .form-buttons button"), lambda d: "done=saved" in d.current_url)

    # A dozen by CSV: a file with one bad line imports nothing and says where.
    bad = tmp_path / "bad.csv"
    bad.write_text(findings_csv(meeting, suffix, bad_line=5), encoding="utf-8")
    browser.get(f"{base_url}/en/evidence/manage/import")
    browser.find_element(By.ID, "f-file").send_keys(str(bad))
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".import-form .form-buttons button"),
           lambda d: d.find_elements(By.CSS_SELECTOR, ".notice-error"))
    error = browser.find_element(By.CSS_SELECTOR, ".notice-error").text
    assert "Nothing was imported" in error and "Line 6" in error and "region" in error and "atlantis" in error
    browser.save_screenshot(str(artifacts / "evidence-import-refused.png"))
    good = tmp_path / "good.csv"
    good.write_text(findings_csv(meeting, suffix), encoding="utf-8")
    browser.find_element(By.ID, "f-file").send_keys(str(good))
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".import-form .form-buttons button"),
           lambda d: "done=imported-findings" in d.current_url)
    assert "Created: 12; updated: 0; unchanged: 0." in browser.page_source
    sign_out(browser)

    # What readers see.
    for language, width in (("en", 1280), ("en", 360), ("ar", 1280), ("ar", 360)):
        browser.set_window_size(width, 900)
        browser.get(f"{base_url}/{language}/evidence/west-africa-sahel")
        assert browser.find_elements(By.CSS_SELECTOR, "svg.chart-map path.map-1, svg.chart-map path.map-2, "
                                                      "svg.chart-map path.map-3, svg.chart-map path.map-4")
        assert browser.find_elements(By.CSS_SELECTOR, "#heatmap table.data-table")
        overflow = browser.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, f"{language} at {width}px scrolls sideways by {overflow}px"
        browser.save_screenshot(str(artifacts / f"evidence-region-{language}-{width}.png"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    assert "استنتاج مستورد 7" in browser.page_source
    browser.set_window_size(1280, 900)
    browser.get(f"{base_url}/en/evidence/meetings/{meeting}")
    page = browser.page_source
    assert "Border routes and markets" in page and "Hand-written challenge" in page and "Awa Diallo" not in page
    assert "Dakar, Senegal" in page
    for language in ("en", "fr", "ar", "sq"):
        browser.get(f"{base_url}/{language}/practices/informal-and-illicit-economies")
        section = browser.find_element(By.CSS_SELECTOR, ".practice-findings")
        assert section.find_elements(By.CSS_SELECTOR, "a[href^='/%s/evidence/findings/']" % language), language
    browser.get(f"{base_url}/fr/evidence/meetings/{meeting}")
    assert "Difficulté écrite à la main" in browser.page_source
    browser.get(f"{base_url}/en/search?q=imported+ivory+{suffix}")
    assert "Imported finding" in browser.find_element(By.CSS_SELECTOR, ".results").text
    browser.save_screenshot(str(artifacts / "evidence-search-en.png"))
    # The refused import answered 422 on purpose; the browser logged it, and the next test
    # reading the log must not find it.
    browser.get_log("browser")


def test_the_seeded_meetings_show_their_places_and_dates(browser, base_url):
    browser.set_window_size(1280, 900)
    browser.get(f"{base_url}/en/evidence")
    text = browser.find_element(By.CSS_SELECTOR, "ul.meetings").text
    for place, date in (("Algiers, Algeria", "October 2017"), ("Tirana, Albania", "February 2018"),
                        ("Singapore, Singapore", "March 2018"), ("Nairobi, Kenya", "May 2018")):
        assert place in text and date in text
    browser.get(f"{base_url}/ar/evidence")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    assert "الجزائر" in browser.find_element(By.CSS_SELECTOR, "ul.meetings").text
