"""`nexus content import-document` on sample toolkit PDFs made here with Chromium."""
import os
import subprocess

import pytest
import yaml

from sample_documents import document_html, expected
from conftest import run_nexus as run

LANGUAGES = ["en", "fr", "ar"]


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head), body


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("documents")
    chromium = os.environ.get("NEXUS_CHROMIUM", "/usr/bin/chromium")
    made = {}
    for language in LANGUAGES:
        page = folder / f"toolkit-{language}.html"
        page.write_text(document_html(language), encoding="utf-8")
        pdf = folder / f"toolkit-{language}.pdf"
        subprocess.run([chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", page.as_uri()], check=True, capture_output=True, timeout=120)
        assert pdf.read_bytes().startswith(b"%PDF")
        made[language] = pdf
    return made


@pytest.fixture(scope="module")
def imported(nexus, pdfs, tmp_path_factory):
    """An empty content folder into which the English, French and Arabic documents were imported."""
    folder = tmp_path_factory.mktemp("content")
    reports = {}
    for language in LANGUAGES:
        result = run(nexus, "content", "import-document", str(pdfs[language]), "--lang", language,
                     "--content-dir", str(folder), "--source", f"https://example.org/toolkit-{language}.pdf")
        assert result.returncode == 0, result.stdout + result.stderr
        reports[language] = result.stdout
    return folder, reports


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_names_every_practice_with_its_page(imported, language):
    _, reports = imported
    report = reports[language]
    assert "Sections found: 2" in report and "Practices found: 3" in report
    assert "(p. 3, section A): 3 steps, 2 key actors, 0 footnotes" in report
    assert "(p. 4, section A): 4 steps, 2 key actors, 1 footnotes" in report
    assert "(p. 5, section B): 2 steps, 1 key actors, 0 footnotes" in report
    assert "Could not place" not in report and "Worth a look" not in report


@pytest.mark.parametrize("language", LANGUAGES)
def test_practices_are_recovered_exactly(imported, language):
    folder, _ = imported
    practices = {}
    for english in (folder / "practices").glob("*/en.md"):
        fields, _ = front_matter(english)
        practices[fields["number"]] = english.parent
    for number, section, title, steps, actors, footnote in expected(language):
        fields, body = front_matter(practices[number] / f"{language}.md")
        assert fields["title"] == title
        assert fields["key_actions"] == steps
        assert fields["key_actors_note"] == ("؛ " if language == "ar" else "; ").join(actors)
        if footnote:
            assert f"- (6) {footnote}" in body
        if language == "en":
            assert fields["theme"] == section.lower() and fields["status"] == "confirmed"
            assert fields["sources"] == ["https://example.org/toolkit-en.pdf"]
        else:
            assert "theme" not in fields and len(fields["source_hash"]) == 16


def test_the_imported_folder_passes_the_check_but_for_the_missing_albanian(nexus, imported):
    folder, _ = imported
    result = run(nexus, "content", "check", str(folder))
    assert "0 errors, 5 missing translations, 0 stale translations" in result.stdout, result.stdout


def test_existing_files_are_kept_without_replace(nexus, pdfs, imported):
    folder, _ = imported
    target = next((folder / "practices").glob("*/fr.md"))
    target.write_text(target.read_text(encoding="utf-8").replace("summary:", "summary: \"edited\"\nx:", 1), encoding="utf-8")
    before = target.read_text(encoding="utf-8")
    result = run(nexus, "content", "import-document", str(pdfs["fr"]), "--lang", "fr", "--content-dir", str(folder))
    assert "use --replace to overwrite it" in result.stdout
    assert target.read_text(encoding="utf-8") == before


def test_a_translation_before_its_english_is_refused(nexus, pdfs, tmp_path):
    result = run(nexus, "content", "import-document", str(pdfs["fr"]), "--lang", "fr", "--content-dir", str(tmp_path))
    assert "import the English document first" in result.stdout
    assert not list(tmp_path.glob("practices/*/fr.md"))


def test_bad_arguments_are_refused(nexus, tmp_path):
    text = tmp_path / "empty.txt"
    text.write_text("Nothing to see here.\n", encoding="utf-8")
    assert run(nexus, "content", "import-document", str(text), "--lang", "de").returncode != 0
    result = run(nexus, "content", "import-document", str(text), "--lang", "en", "--content-dir", str(tmp_path))
    assert result.returncode != 0 and "no toolkit structure" in result.stderr
    result = run(nexus, "content", "import-document", str(tmp_path / "missing.pdf"), "--lang", "en", "--content-dir", str(tmp_path))
    assert result.returncode != 0 and "cannot read" in result.stderr
