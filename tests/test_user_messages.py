"""Every sentence a user reads is in the translation catalogue, said in Swedish when
the language is Swedish.

The desktop window's texts go through tr(); below it (core, io, storage,
reports, the command line) texts are marked with `QT_TRANSLATE_NOOP` and said
later (bipdesk.messages). tests/ui/test_translations.py checks that every
marked text has its Swedish; this test walks the code and fails on a text a
user would read that is not marked: an error raised with a literal sentence, an
import problem, a line the command line prints. A programming error (the code
is wrong, not the input) may stay English: raise it as AssertionError,
TypeError or RuntimeError, or end the line with `# programming error`.
"""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from bipdesk.messages import (
    QT_TRANSLATE_NOOP,
    Number,
    counted,
    joined,
    message_of,
    said,
    translated,
)

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("core", "io", "storage", "reports", "cli")
TOP_LEVEL = ("messages.py", "language.py", "paths.py", "desktop_check.py")
PROGRAMMING_ERRORS = {
    "AssertionError",
    "TypeError",
    "RuntimeError",
    "NotImplementedError",
    "KeyError",
    "IndexError",
    "AttributeError",
    "ArgumentTypeError",  # argparse's own messages are English
}
MARKER = "# programming error"
_WORDS = re.compile(r"[^\W\d_]{2,}")
_ALLOWED_WORDS = {"bipdesk"}
"""The program's name may stand before a said sentence ('bipdesk: …')."""


def _modules() -> list[Path]:
    package = ROOT / "bipdesk"
    found = [path for layer in LAYERS for path in sorted((package / layer).rglob("*.py"))]
    found += [package / name for name in TOP_LEVEL]
    return [path for path in found if "migrations" not in path.parts]


_NAME = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z0-9_]+)*$")
"""A field, column or code name ('birth_year', 'card.questions'): not a sentence."""


def _has_words(text: str) -> bool:
    if _NAME.match(text):
        return False
    return any(word.lower() not in _ALLOWED_WORDS for word in _WORDS.findall(text))


def _sentence(node: ast.expr) -> str | None:
    """The English words of a literal text (a string, an f-string, or one formatted or
    joined with +), or None when `node` holds no literal words."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        literal = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        return literal if _has_words(literal) else None
    if isinstance(node, ast.BinOp):
        return _sentence(node.left) or _sentence(node.right)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"format", "join"}
    ):
        return _sentence(node.func.value)
    return None


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _receiver(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id
    return ""


def _is_user_sink(call: ast.Call, in_cli: bool) -> bool:
    """A call whose text arguments a user reads."""
    name = _name(call)
    if name in PROGRAMMING_ERRORS:
        return False
    if name.endswith(("Error", "Failed", "Problem", "Cancelled")) or name == "Exception":
        return True
    if name in {"add", "warn"} and _receiver(call) in {"problems", "self"}:
        return True
    return in_cli and name in {"print", "write"}


def unmarked_in(source: str, where: str, in_cli: bool) -> list[str]:
    """The unmarked sentences for users in one module's `source`."""
    found = []
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not _is_user_sink(node, in_cli):
            continue
        end = node.end_lineno or node.lineno
        if any(MARKER in lines[number - 1] for number in range(node.lineno, end + 1)):
            continue
        for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
            text = _sentence(argument)
            if text is not None:
                found.append(f"{where}:{node.lineno}: {_name(node)}({text.strip()!r})")
                break
    return found


def unmarked_texts() -> list[str]:
    found = []
    for path in _modules():
        in_cli = path.parent.name == "cli" or path.name == "desktop_check.py"
        where = str(path.relative_to(ROOT))
        found += unmarked_in(path.read_text(encoding="utf-8"), where, in_cli)
    return found


def test_the_walk_finds_what_it_should_and_spares_names_and_marks() -> None:
    source = (
        'raise CliError(f"{path}: no such database")\n'
        'problems.add(3, "birth_year", "not a year")\n'
        'raise CardError(path, "card", QT_TRANSLATE_NOOP("card", "no card"))\n'
        'raise ValueError("not a colour")  # programming error\n'
        'raise AssertionError("cannot happen")\n'
        'print(f"bipdesk: {said(message, language)}")\n'
        'print("all done")\n'
    )
    assert unmarked_in(source, "x.py", in_cli=True) == [
        "x.py:1: CliError(': no such database')",
        "x.py:2: add('not a year')",
        "x.py:7: print('all done')",
    ]
    assert unmarked_in(source, "x.py", in_cli=False)[-1] == "x.py:2: add('not a year')"


def test_no_sentence_for_users_bypasses_the_catalogue() -> None:
    unmarked = unmarked_texts()
    assert not unmarked, (
        f"{len(unmarked)} texts a user reads are not marked with QT_TRANSLATE_NOOP "
        "(bipdesk.messages), so they stay English in the Swedish app:\n" + "\n".join(unmarked)
    )


# -- the messages themselves --------------------------------------------------------------


def test_a_message_is_english_until_said_in_swedish() -> None:
    message = QT_TRANSLATE_NOOP("cli", "{path}: no such database").format(path=Path("x.db"))
    assert str(message) == "x.db: no such database"
    assert message.said("sv") == "x.db: databasen finns inte"


def test_values_are_said_in_the_same_language() -> None:
    inner = QT_TRANSLATE_NOOP("cli", "interrupted")
    outer = QT_TRANSLATE_NOOP("cli", "self-check failed: {failure}").format(failure=inner)
    assert outer.said("en") == "self-check failed: interrupted"
    assert outer.said("sv") == f"självkontrollen misslyckades: {inner.said('sv')}"
    assert inner.said("sv") != "interrupted"


def test_numbers_dates_and_plurals_follow_the_language() -> None:
    assert Number(12345).said("sv") == "12\N{NO-BREAK SPACE}345"
    assert Number(12345).said("en") == "12,345"
    assert said(date(2026, 3, 1), "sv") == "2026-03-01"
    one = QT_TRANSLATE_NOOP("cli", "{out}: follow-up sheet of {code}, {count} page")
    many = QT_TRANSLATE_NOOP("cli", "{out}: follow-up sheet of {code}, {count} pages")
    assert (
        str(counted(1, one, many, out="a.pdf", code="SP1"))
        == "a.pdf: follow-up sheet of SP1, 1 page"
    )
    assert counted(2, one, many, out="a.pdf", code="SP1").said("sv").endswith("2 sidor")
    assert str(joined(["a", Number(1000)])) == "a; 1,000"


def test_errors_say_their_message_and_others_their_english() -> None:
    class Refused(Exception):
        pass

    message = QT_TRANSLATE_NOOP("cli", "interrupted")
    assert message_of(Refused(message)) is message
    assert said(Refused(message), "sv") == message.said("sv")
    assert said(OSError("disk full"), "sv") == "disk full"


def test_an_unknown_text_or_language_stays_english() -> None:
    assert translated("cli", "a text nobody marked", "sv") == "a text nobody marked"
    assert translated("cli", "interrupted", "fi") == "interrupted"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_command_line_speaks_the_language_it_is_given(
    language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bipdesk.cli.main import main

    code = main(["--lang", language, "--db", str(tmp_path / "none.db"), "backup"])
    error = capsys.readouterr().err
    assert code == 1
    expected = "databasen finns inte" if language == "sv" else "no such database"
    assert error.startswith("bipdesk: ") and expected in error, error
