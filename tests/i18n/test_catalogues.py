"""Korean and Spanish catalogues are complete and current: every user-facing string is translated."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

ROOT = Path(settings.BASE_DIR)
LANGUAGES = ("ko", "es")
IGNORED = [".venv", "tests", "benchmarks", "staticfiles", "test-artifacts", "media"]


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(language):
    po = catalogue(language)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    import re

    pattern = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
    for entry in catalogue(language).translated_entries():
        translations = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        for text in translations:
            assert sorted(pattern.findall(text)) == sorted(pattern.findall(entry.msgid)), entry.msgid


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext (xgettext) is not installed")
def test_catalogues_hold_every_string_in_the_code(tmp_path):
    """Extract the strings afresh from a copy of the tree and compare with the committed catalogues."""
    copy = tmp_path / "tree"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*IGNORED, ".git", "*.mo", "__pycache__", "db.sqlite3"))
    ignore_args = [f"--ignore={name}" for name in IGNORED]
    for language in LANGUAGES:
        subprocess.run(
            [sys.executable, "manage.py", "makemessages", "-l", language, "--no-obsolete", *ignore_args],
            cwd=copy,
            check=True,
            capture_output=True,
            env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "policysharing.settings"},
        )
        fresh = {entry.msgid for entry in polib.pofile(str(copy / "locale" / language / "LC_MESSAGES" / "django.po"))}
        committed = {entry.msgid for entry in catalogue(language) if not entry.obsolete}
        missing = sorted(fresh - committed)
        assert not missing, f"{language}: run makemessages and translate {len(missing)} new strings, e.g. {missing[:5]}"


def test_stage_labels_follow_the_reader(db):
    from consultations.pipeline import StageKey

    with translation.override("ko"):
        korean = str(StageKey.SCREENING.label)
    with translation.override("es"):
        spanish = str(StageKey.SCREENING.label)
    assert korean != "Screening" and spanish != "Screening"
