"""Browser and HTTP fixtures for the end-to-end tests.

Every test module gets a server of its own, on storage of its own (a fresh SQLite
folder, or a fresh PostgreSQL database when NEXUS_E2E_ENGINE=postgresql), so that no
module depends on what another wrote or on the order they run in. The nexus binary is
named by NEXUS_BIN; scripts/test sets these variables.
"""
import json
import os
import pathlib
import shutil
import subprocess
import uuid
import urllib.error
import urllib.request

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from selenium.webdriver.chrome.service import Service

from servers import ENGINE, ROOT, Server, Storage

ARTIFACTS = pathlib.Path(__file__).parent / "artifacts"
LANGUAGES = ["en", "fr", "ar", "sq"]


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("NEXUS_CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The driver path is given so that Selenium Manager never tries to download one.
    service = Service(os.environ.get("NEXUS_CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_window_size(1280, 900)
    yield driver
    driver.quit()


class Answer:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        return json.loads(self.body)


def fetch(url, method="GET", headers=None, body=None):
    """An HTTP request that returns error answers instead of raising."""
    request = urllib.request.Request(url, method=method, headers=headers or {}, data=body)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Answer(response.status, response.headers, response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return Answer(error.code, error.headers, error.read().decode("utf-8"))


@pytest.fixture(scope="session")
def http():
    return fetch


@pytest.fixture(scope="session")
def nexus():
    binary = os.environ.get("NEXUS_BIN")
    if not binary:
        pytest.fail("NEXUS_BIN is not set; run the end-to-end tests through scripts/test")
    return binary


def run_nexus(nexus, *arguments, env=None, input=None):
    """Runs the nexus command with a clean NEXUS_* environment, from the repository root."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("NEXUS_")}
    environment.update(env or {})
    return subprocess.run([nexus, *arguments], capture_output=True, text=True, env=environment, cwd=ROOT, timeout=120,
                          input=input if input is not None else "")


PASSWORD = "an admin passphrase for tests"


def submit(browser, button, until):
    """Clicks a submit button and waits for the next page (a click does not wait by itself)."""
    old = browser.find_element(By.TAG_NAME, "html")
    button.click()
    WebDriverWait(browser, 15).until(lambda driver: _stale(old) and until(driver))


def _stale(element):
    try:
        element.tag_name
        return False
    except Exception:
        return True


def sign_in(browser, base_url, email, password, language="en"):
    browser.get(f"{base_url}/{language}/sign-in")
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(password)
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".stacked-form button[type=submit]"),
           lambda driver: driver.find_elements(By.TAG_NAME, "main"))


def sign_in_as_new_user(browser, base_url, nexus, server_env, role, name):
    """Adds a user with `role` through the CLI, as an administrator would, and signs them in
    at desktop width with no cookies left from another test. Returns the suffix that makes
    their e-mail address and what they record unique."""
    suffix = uuid.uuid4().hex[:8]
    email = f"{role}-{suffix}@example.org"
    made = run_nexus(nexus, "user", "add", "--email", email, "--name", name, "--role", role, env=server_env,
                     input=f"{PASSWORD}\n")
    assert made.returncode == 0, made.stderr
    browser.set_window_size(1280, 900)
    browser.delete_all_cookies()
    sign_in(browser, base_url, email, PASSWORD)
    return suffix


def sign_out(browser):
    submit(browser, browser.find_element(By.CSS_SELECTOR, ".work-nav form button"),
           lambda driver: driver.find_elements(By.CSS_SELECTOR, ".sign-in-link"))


@pytest.fixture(scope="module")
def openapi(http, base_url):
    answer = http(f"{base_url}/openapi.json")
    assert answer.status == 200
    document = answer.json()
    validate(document)  # a valid OpenAPI 3.1 document
    return document


def response_validator(openapi, path, status):
    """A JSON Schema (2020-12, as OpenAPI 3.1 uses) validator for a documented response.

    The schema is placed in a document that also holds the components, so that its
    "#/components/schemas/…" references resolve as they do in the OpenAPI document.
    """
    response = openapi["paths"][path]["get"]["responses"][str(status)]
    if "$ref" in response:  # a shared response, #/components/responses/…
        response = openapi["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    schema = response["content"]["application/json"]["schema"]
    return Draft202012Validator({**schema, "components": openapi["components"]})


@pytest.fixture(scope="module")
def storage(request, tmp_path_factory):
    """Storage of this module's own: nothing another module wrote is in it."""
    name = request.module.__name__.rsplit(".", 1)[-1]
    made = Storage(name, tmp_path_factory.mktemp(f"data-{name}"))
    yield made
    made.remove()


FAILED_SERVERS = []


def pytest_terminal_summary(terminalreporter):
    """The end of the log of every server whose module had a failure."""
    for server in FAILED_SERVERS:
        terminalreporter.write_sep("-", f"last lines of {server.log}")
        terminalreporter.write_line(server.tail())


def _serve(request, nexus, storage, artifacts, suffix=""):
    name = request.module.__name__.rsplit(".", 1)[-1]
    failures = request.session.testsfailed
    server = Server(nexus, storage.env, artifacts / f"server-{ENGINE}-{name}{suffix}.log")
    yield server
    server.stop()
    if request.session.testsfailed > failures:
        FAILED_SERVERS.append(server)


@pytest.fixture(scope="module")
def server(request, nexus, storage, artifacts):
    """A `nexus serve` for this module alone."""
    yield from _serve(request, nexus, storage, artifacts)


@pytest.fixture(scope="module")
def second_server(request, nexus, storage, artifacts, server):
    """A second instance on the same database, as a larger deployment runs them (PostgreSQL only)."""
    if ENGINE != "postgresql":
        pytest.skip("two instances share a PostgreSQL database; set NEXUS_E2E_ENGINE=postgresql")
    yield from _serve(request, nexus, storage, artifacts, suffix="-second")


@pytest.fixture(scope="module")
def base_url(server):
    return server.url


@pytest.fixture(scope="module")
def second_url(second_server):
    return second_server.url


@pytest.fixture(scope="module")
def server_env(storage):
    """The storage of the server under test, so that the CLI writes to the same database."""
    return storage.env


def fresh_instance(name, nexus, artifacts, tmp_path_factory):
    """A second `nexus serve` on storage of its own, with the toolkit but none of the seed
    cases, and an editor's bearer token for it: where a case exported elsewhere is imported.
    Yields (url, token)."""
    content = tmp_path_factory.mktemp(f"content-{name}") / "Content"
    shutil.copytree(ROOT / "Content", content, ignore=shutil.ignore_patterns("cases"))
    storage = Storage(f"{name}_target", tmp_path_factory.mktemp(f"data-{name}-target"))
    env = {**storage.env, "NEXUS_CONTENT_DIR": str(content)}
    server = Server(nexus, env, artifacts / f"server-{ENGINE}-{name}-target.log")
    made = run_nexus(nexus, "user", "add", "--email", "importer@example.org", "--name", "Importer", "--role", "editor",
                     env=env, input=f"{PASSWORD}\n")
    assert made.returncode == 0, made.stderr
    issued = run_nexus(nexus, "token", "create", "--email", "importer@example.org", "--name", "stix", env=env)
    assert issued.returncode == 0, issued.stderr
    yield server.url, issued.stdout.strip()
    server.stop()
    storage.remove()
