"""No code path names a département: its name, contact and codes are site settings and content.

The portal serves any département; what belongs to one lives in its site
settings, its editors' pages and, for the demos, in demo/content. This
test reads the strings of the project's Python code (not its comments and
docstrings, which may explain with an example) and its templates, and fails
on the names and codes of the demo départements.
"""

import io
import re
import tokenize
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
# What may name a département: its demo content, the tests, the translations and
# the migrations, which record the project's history as it was.
EXCLUDED = (
    "demo/content/",
    "tests/",
    # The load and benchmark harnesses run against a demo's own communes, like tests.
    "bench/",
    "resilience/",
    "locale/",
    ".venv/",
    "node_modules/",
)
NAMES = re.compile(
    r"seine[- ]et[- ]marn|val[- ]de[- ]marn|\bmelun\b|cr[ée]teil|departement(77|94)|cdom (77|94)",
    re.IGNORECASE,
)
# A postcode or INSEE code of the two départements (77000, 94028), or their bare code.
CODES = re.compile(r"(?<![\w.,#-])(77|94)\d{3}(?![\w])|^[\"'](77|94)[\"']$")


def project_files(suffix: str) -> list[Path]:
    return [
        path
        for path in ROOT.rglob(f"*{suffix}")
        if not str(path.relative_to(ROOT)).startswith(EXCLUDED) and "/migrations/" not in str(path)
    ]


def code_strings(source: str) -> list[tuple[int, str]]:
    """The string literals of `source` with their line, docstrings left out."""
    tokens = [
        t
        for t in tokenize.generate_tokens(io.StringIO(source).readline)
        if t.type not in (tokenize.COMMENT, tokenize.NL)
    ]
    strings = []
    for i, token in enumerate(tokens):
        if token.type != tokenize.STRING:
            continue
        before = tokens[i - 1].type if i else tokenize.NEWLINE
        after = tokens[i + 1].type if i + 1 < len(tokens) else tokenize.NEWLINE
        statement_alone = before in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT) and (
            after in (tokenize.NEWLINE, tokenize.ENDMARKER)
        )
        if not statement_alone:
            strings.append((token.start[0], token.string))
    return strings


def offences(text: str) -> bool:
    return bool(NAMES.search(text) or CODES.search(text))


def test_the_test_finds_a_departement_in_a_string():
    assert [line for line, s in code_strings('X = "Hôtel du Département, Melun"\n') if offences(s)]
    assert [line for line, s in code_strings('CODE = "94"\n') if offences(s)]
    assert not [line for line, s in code_strings('"""Melun, as an example."""\n') if offences(s)]


@pytest.mark.parametrize("suffix", [".py"])
def test_python_code_names_no_departement(suffix):
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text[:80]}"
        for path in project_files(suffix)
        for line, text in code_strings(path.read_text(encoding="utf-8"))
        if offences(text)
    ]
    assert found == []


def test_templates_name_no_departement():
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()[:80]}"
        for path in project_files(".html") + project_files(".txt")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if offences(line)
    ]
    assert found == []
