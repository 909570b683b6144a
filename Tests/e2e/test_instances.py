"""Two server instances on one PostgreSQL database, as a larger deployment runs them:
a session opened on one is valid on the other, and what an editor publishes on one
is served by the other within moments (the event bus, LISTEN/NOTIFY)."""
import time
import uuid

from selenium.webdriver.common.by import By

from conftest import PASSWORD, fetch, run_nexus, sign_in, submit


def test_a_publish_on_one_instance_is_served_by_the_other(browser, base_url, second_url, nexus, server_env):
    suffix = uuid.uuid4().hex[:8]
    editor = f"instances-{suffix}@example.org"
    made = run_nexus(nexus, "user", "add", "--email", editor, "--name", "Two Instances", "--role", "editor",
                     env=server_env, input=f"{PASSWORD}\n")
    assert made.returncode == 0, made.stderr
    page = "/en/practices/criminal-justice-response"
    assert fetch(second_url + page).status == 200

    browser.delete_all_cookies()
    sign_in(browser, base_url, editor, PASSWORD)
    # Cookies belong to the host, not the port: the second instance gets the same session cookie.
    browser.get(f"{second_url}/en/account")
    assert editor in browser.page_source, "the session opened on the first instance is valid on the second"

    new_title = f"A criminal-justice response to the nexus ({suffix})"
    browser.get(f"{base_url}/en/edit/practices/criminal-justice-response")
    title = browser.find_element(By.ID, "f-title")
    title.clear()
    title.send_keys(new_title)
    submit(browser, browser.find_element(By.CSS_SELECTOR, "button[value=publish]"), lambda driver: "done=published" in driver.current_url)
    assert new_title in fetch(base_url + page).body, "the publishing instance serves the change at once"

    deadline = time.monotonic() + 5
    while new_title not in fetch(second_url + page).body:
        assert time.monotonic() < deadline, "the second instance still serves the old text after 5 s"
        time.sleep(0.1)


def test_a_finding_recorded_on_one_instance_is_served_by_the_other(base_url, second_url, nexus, server_env):
    suffix = uuid.uuid4().hex[:8]
    officer = f"evidence-{suffix}@example.org"
    made = run_nexus(nexus, "user", "add", "--email", officer, "--name", "Evidence Officer", "--role", "programme-officer",
                     env=server_env, input=f"{PASSWORD}\n")
    assert made.returncode == 0, made.stderr
    issued = run_nexus(nexus, "token", "create", "--email", officer, "--name", "instances", env=server_env)
    assert issued.returncode == 0, issued.stderr
    token = issued.stdout.strip()
    page = "/en/evidence/balkans"
    assert fetch(second_url + page).status == 200
    text = f"Finding recorded on one instance ({suffix})."
    body = ('{"region": "balkans", "kind": "challenge", "source": "https://example.org/instances", '
            '"confidence": "confirmed", "texts": {"en": "%s"}}' % text)
    created = fetch(base_url + "/api/v1/findings", method="POST", body=body.encode(),
                    headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert created.status == 201, created.body
    deadline = time.monotonic() + 5
    while text not in fetch(second_url + page).body:
        assert time.monotonic() < deadline, "the second instance still serves the old evidence after 5 s"
        time.sleep(0.1)
