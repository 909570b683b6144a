"""Servers under test: one per test module, each on storage of its own.

NEXUS_E2E_ENGINE chooses the storage: `sqlite` (a fresh data folder) or `postgresql`
(a fresh database on the server NEXUS_E2E_POSTGRES_URL names, created and dropped here).
"""
import os
import pathlib
import re
import socket
import subprocess
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
ENGINE = os.environ.get("NEXUS_E2E_ENGINE", "sqlite")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A running `nexus serve`, its address and its log."""

    def __init__(self, binary, env, log):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        environment = {key: value for key, value in os.environ.items() if not key.startswith("NEXUS_")}
        environment.update(env, NEXUS_BCRYPT_COST="10")
        with open(log, "wb") as output:
            self.process = subprocess.Popen([binary, "serve", "--port", str(self.port)], env=environment, cwd=ROOT,
                                            stdout=output, stderr=subprocess.STDOUT)
        self._wait_until_healthy()

    def _wait_until_healthy(self):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"nexus serve exited with {self.process.returncode}:\n{self.tail()}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        pytest.fail(f"nexus serve did not answer /healthz within 60 s:\n{self.tail()}")

    def tail(self, lines=50):
        return "\n".join(pathlib.Path(self.log).read_text(errors="replace").splitlines()[-lines:])

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Storage:
    """The storage of one module's servers: the environment that names it, for servers and the CLI."""

    def __init__(self, name, folder):
        self.env = {"NEXUS_DATA_DIR": str(folder)}
        self.database = None
        if ENGINE == "postgresql":
            admin = os.environ.get("NEXUS_E2E_POSTGRES_URL")
            if not admin:
                pytest.fail("NEXUS_E2E_ENGINE=postgresql needs NEXUS_E2E_POSTGRES_URL (a server's postgres database)")
            self.admin = admin
            self.database = "nexus_e2e_" + re.sub(r"[^a-z0-9_]", "_", name.lower())
            self._psql(f"DROP DATABASE IF EXISTS {self.database} WITH (FORCE)")
            self._psql(f"CREATE DATABASE {self.database}")
            self.env["NEXUS_DATABASE_URL"] = admin.rsplit("/", 1)[0] + "/" + self.database
        elif ENGINE != "sqlite":
            pytest.fail(f"NEXUS_E2E_ENGINE must be sqlite or postgresql, not {ENGINE!r}")

    def _psql(self, statement):
        done = subprocess.run(["psql", self.admin, "-q", "-v", "ON_ERROR_STOP=1", "-c", statement],
                              capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            pytest.fail(f"psql {statement!r} failed: {done.stderr}")

    def remove(self):
        if self.database:
            self._psql(f"DROP DATABASE IF EXISTS {self.database} WITH (FORCE)")
