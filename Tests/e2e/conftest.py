"""Browser and HTTP fixtures for the end-to-end tests.

The server under test is started by scripts/test and named by NEXUS_E2E_BASE_URL;
the nexus binary (for CLI tests) by NEXUS_BIN.
"""
import json
import os
import pathlib
import subprocess
import urllib.error
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ARTIFACTS = pathlib.Path(__file__).parent / "artifacts"
LANGUAGES = ["en", "fr", "ar", "sq"]


@pytest.fixture(scope="session")
def base_url():
    url = os.environ.get("NEXUS_E2E_BASE_URL")
    if not url:
        pytest.fail("NEXUS_E2E_BASE_URL is not set; run the end-to-end tests through scripts/test")
    return url.rstrip("/")


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
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


def fetch(url, method="GET", headers=None):
    """An HTTP request that returns error answers instead of raising."""
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Answer(response.status, response.headers, response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return Answer(error.code, error.headers, error.read().decode("utf-8"))


@pytest.fixture(scope="session")
def http():
    return fetch


ROOT = pathlib.Path(__file__).resolve().parents[2]


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
