"""Random and garbled card files: TOML garbage, wrong types, mutated real cards.

`load_card_file` and `load_cards` either load a card (or translation) or raise
CardError naming the file; nothing else escapes, and a bad file among good ones
stops the whole folder with that one clear message.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st

from bipdesk import paths
from bipdesk.core.cards import Card, CardError, CardTranslation
from bipdesk.io.cards import load_card_file, load_cards
from tests.fuzz.support import FUZZ, mutate

STANDARD_FILE = paths.builtin_cards_dir() / "bip-standard-v1.toml"
STANDARD_TEXT = STANDARD_FILE.read_text(encoding="utf-8")
STANDARD: dict[str, Any] = tomllib.loads(STANDARD_TEXT)
TRANSLATION: dict[str, Any] = {
    "card": "bip-standard",
    "version": 1,
    "language": "ar",
    "title": "بطاقة",
    "scale": {"min_label": "لا", "max_label": "نعم"},
    "questions": {"health": {"text": "الصحة؟", "label": "الصحة"}},
}


def check_card_file(path: Path) -> None:
    try:
        loaded = load_card_file(path)
    except CardError as error:
        event("refused with CardError")
        assert str(error).startswith(str(path)), str(error)
        assert error.source == str(path)
        return
    event("loaded")
    assert isinstance(loaded, Card | CardTranslation)


# Any JSON-like value, as TOML or JSON could hold it.
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=8)
    | st.sampled_from(["", " ", "sv", "en", "job", "health", "bip-standard", "x" * 300]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["sv", "en", "id", "text", "label", "area", "min", "max", "x", "1"])
            | st.text(max_size=5),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@st.composite
def mutated(draw: st.DrawFn, original: dict[str, Any]) -> Any:
    """A real card or translation with a few places replaced, removed or duplicated."""
    return mutate(draw, original, json_values, replace_root=True)


@FUZZ
@given(data=st.one_of(mutated(STANDARD), mutated(TRANSLATION), json_values))
def test_wrong_types_and_shapes_as_json(tmp_path: Path, data: Any) -> None:
    path = tmp_path / "kort.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    check_card_file(path)


@st.composite
def garbled_toml(draw: st.DrawFn) -> bytes:
    """The real card file with bytes changed, dropped, added, or cut short."""
    raw = bytearray(STANDARD_TEXT.encode("utf-8"))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(raw) - 1))
        action = draw(st.sampled_from(["flip", "drop", "insert", "cut"]))
        if action == "flip":
            raw[at] = draw(st.integers(0, 255))
        elif action == "drop":
            del raw[at : at + draw(st.integers(1, 40))]
        elif action == "insert":
            raw[at:at] = draw(
                st.sampled_from(
                    [b'"', b"[", b"]]", b"=", b"\n", b"[[questions]]\n", b"version = 2\n", b"\xff"]
                )
            )
        else:
            del raw[max(1, at) :]
        if not raw:
            break
    return bytes(raw)


@FUZZ
@given(data=st.one_of(garbled_toml(), st.binary(max_size=300)))
def test_garbled_toml(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bip-standard-v2.toml"
    path.write_bytes(data)
    check_card_file(path)


@FUZZ
@given(data=mutated(TRANSLATION))
def test_a_bad_file_in_a_folder_is_one_clear_message(tmp_path: Path, data: Any) -> None:
    """A folder: the real card, and a mutated translation of it (which may be fine)."""
    folder = tmp_path / "cards"
    folder.mkdir(exist_ok=True)
    (folder / "bip-standard-v1.toml").write_text(STANDARD_TEXT, encoding="utf-8")
    bad = folder / "bip-standard-v1.ar.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    try:
        library = load_cards([folder])
    except CardError as error:
        event("refused with CardError")
        assert str(error).startswith(str(bad)), str(error)
        return
    event("loaded")
    assert library.get("bip-standard", 1) is not None
