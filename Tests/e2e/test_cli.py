"""The nexus command: help, content check and import, migrate."""
import re

from conftest import run_nexus as run

def test_help_lists_the_commands(nexus):
    result = run(nexus, "--help")
    assert result.returncode == 0
    for command in ("serve", "migrate", "content"):
        assert command in result.stdout


def test_content_check_of_the_bundled_content_is_clean(nexus):
    result = run(nexus, "content", "check")
    assert result.returncode == 0, result.stdout
    assert "0 errors, 0 missing translations, 0 stale translations" in result.stdout


def test_content_check_reports_problems_and_fails(nexus, tmp_path):
    practice = tmp_path / "practices" / "broken"
    practice.mkdir(parents=True)
    (practice / "en.md").write_text("---\ntheme: zz\nstatus: sure\ntitle: T\nsummary: S\n---\n", encoding="utf-8")
    (practice / "fr.md").write_text('---\nsource_hash: "0000000000000000"\ntitle: T\nsummary: S\n---\n', encoding="utf-8")
    result = run(nexus, "content", "check", str(tmp_path))
    assert result.returncode == 1
    assert "practices/broken/en.md: `status` must be one of" in result.stdout
    assert "required field `sources` is missing" in result.stdout


def test_content_check_of_a_missing_folder_fails_clearly(nexus, tmp_path):
    result = run(nexus, "content", "check", str(tmp_path / "nowhere"))
    assert result.returncode != 0
    assert "content folder not found" in result.stderr


def test_migrate_and_import_are_idempotent(nexus, tmp_path):
    env = {"NEXUS_DATA_DIR": str(tmp_path)}
    applied = run(nexus, "migrate", env=env).stdout.strip()
    assert re.fullmatch(r"Applied migrations: 1(, \d+)*\.", applied), applied
    assert run(nexus, "migrate", env=env).stdout.strip() == "The database is up to date."
    first = run(nexus, "content", "import", env=env)
    assert first.returncode == 0, first.stderr
    assert " 0 updated, 0 unchanged" in first.stdout
    second = run(nexus, "content", "import", env=env)
    assert "0 new, 0 updated" in second.stdout
    assert (tmp_path / "nexus.sqlite").exists()


def test_bad_configuration_is_refused_with_a_message(nexus, tmp_path):
    result = run(nexus, "migrate", env={"NEXUS_PORT": "eighty", "NEXUS_DATA_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert "port" in result.stderr
    result = run(nexus, "migrate", env={"NEXUS_DATABASE_URL": "mysql://x"})
    assert result.returncode != 0
    assert "unsupported database URL" in result.stderr


def test_user_add_reads_the_password_from_stdin_and_token_create_prints_it_once(nexus, tmp_path):
    env = {"NEXUS_DATA_DIR": str(tmp_path), "NEXUS_BCRYPT_COST": "4"}
    made = run(nexus, "user", "add", "--email", "ana@example.org", "--name", "Ana", "--role", "editor",
               env=env, input="a long passphrase for ana\n")
    assert made.returncode == 0, made.stderr
    assert "Created ana@example.org (editor)." in made.stdout
    again = run(nexus, "user", "add", "--email", "ana@example.org", "--role", "editor", env=env, input="a long passphrase for ana\n")
    assert again.returncode != 0 and "already exists" in again.stderr
    weak = run(nexus, "user", "add", "--email", "bo@example.org", "--role", "editor", env=env, input="short\n")
    assert weak.returncode != 0 and "at least 12 characters" in weak.stderr
    unknown_role = run(nexus, "user", "add", "--email", "bo@example.org", "--role", "king", env=env, input="x\n")
    assert unknown_role.returncode != 0 and "unknown role" in unknown_role.stderr
    unknown_language = run(nexus, "user", "add", "--email", "bo@example.org", "--role", "editor", "--interface", "de", env=env,
                           input="a long passphrase for bo\n")
    assert unknown_language.returncode != 0 and "--interface takes en, fr, ar or sq" in unknown_language.stderr
    arabic = run(nexus, "user", "add", "--email", "bo@example.org", "--role", "translator", "--language", "ar", "--interface", "ar",
                 env=env, input="a long passphrase for bo\n")
    assert arabic.returncode == 0, arabic.stderr
    token = run(nexus, "token", "create", "--email", "ana@example.org", "--name", "nightly export", env=env)
    assert token.returncode == 0, token.stderr
    assert token.stdout.strip().startswith("nxt_") and "shown only this once" in token.stderr
    missing = run(nexus, "token", "create", "--email", "nobody@example.org", "--name", "x", env=env)
    assert missing.returncode != 0 and "no account" in missing.stderr
