"""The nexus command: help, content check and import, migrate."""
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
    assert run(nexus, "migrate", env=env).stdout.strip() == "Applied migrations: 1."
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
