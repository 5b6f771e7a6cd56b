"""Our own words exist in Italian and French: complete catalogs, no stray template text."""

import re
import shutil
import subprocess
import sys

import polib
import pytest

from tests.support.components import require
from tests.support.paths import ROOT

LANGUAGES = ("it", "fr")
SOURCE_DIRS = ("cms", "home", "projects", "news", "media", "translations", "demo", "templates")


def catalog(language, root=ROOT):
    return polib.pofile(str(root / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_has_no_untranslated_or_fuzzy_entry(language):
    po = catalog(language)
    assert len(po.translated_entries()) > 20
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert po.metadata["Language"] == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_keeps_placeholders(language):
    for entry in catalog(language).translated_entries():
        expected = set(re.findall(r"%\(\w+\)s", entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            assert set(re.findall(r"%\(\w+\)s", text)) == expected, entry.msgid


def test_catalogs_cover_every_marked_string(tmp_path):
    """Extract the strings again (GNU xgettext) and compare: a new string without a
    translation fails here instead of showing English to visitors."""
    require(shutil.which("xgettext") and shutil.which("msgmerge"), "GNU gettext (xgettext) is not installed")
    for name in (*SOURCE_DIRS, "locale", "manage.py"):
        source = ROOT / name
        copy = shutil.copytree if source.is_dir() else shutil.copy
        copy(source, tmp_path / name)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "it", "-l", "fr", "--no-obsolete"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
            "CMS_VAR_DIR": str(tmp_path),
        },
    )
    for language in LANGUAGES:
        extracted = catalog(language, tmp_path)
        missing = [e.msgid for e in extracted.untranslated_entries() + extracted.fuzzy_entries()]
        assert missing == [], f"run `make messages` and translate these in locale/{language}: {missing}"


TAG = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}", re.S)
TRANSLATED_BLOCK = re.compile(r"{%\s*blocktrans(late)?\b.*?{%\s*endblocktrans(late)?\s*%}", re.S)
COMMENT_BLOCK = re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", re.S)
SCRIPT_STYLE = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
ATTRIBUTE_TEXT = re.compile(r'\b(alt|title|aria-label|placeholder)="([^"]*)"')


def visible_text_outside_translation(template_source):
    """Letters a visitor could read that no translation tag produced."""
    text = COMMENT_BLOCK.sub("", template_source)
    text = TRANSLATED_BLOCK.sub("", text)
    text = SCRIPT_STYLE.sub("", text)
    text = TAG.sub("", text)
    stray = [value for _, value in ATTRIBUTE_TEXT.findall(text) if re.search(r"[^\W\d_]", value)]
    text = re.sub(r"<[^>]*>", " ", text)
    text = re.sub(r"&\w+;|&#\d+;", " ", text)
    stray += re.findall(r"[^\W\d_][^<>{}]*", text.replace("<!DOCTYPE html>", ""))
    return [s.strip() for s in stray if s.strip()]


@pytest.mark.parametrize("path", sorted((ROOT / "templates").rglob("*.html")), ids=lambda p: p.name)
def test_templates_have_no_visible_text_outside_translation_tags(path):
    assert visible_text_outside_translation(path.read_text()) == []


@pytest.mark.parametrize(
    "snippet",
    ["<p>Chi siamo</p>", '<img alt="Logo" src="x.png">', '<a href="/">{{ x }} Home</a>'],
)
def test_the_template_check_catches_untranslated_text(snippet):
    assert visible_text_outside_translation(snippet) != []
