"""Swedish alphabetical order and case-insensitive search (DESIGN §11: the same on both engines)."""

from __future__ import annotations

from bipdesk.core.swedish_order import search_text, sort_key

NAMES = ["Östen", "Zara", "anna", "Åsa", "Ärla", "Örjan", "Éva", "Bo", "Wilma", "Viktor"]


def test_a_list_is_in_swedish_order() -> None:
    assert sorted(NAMES, key=sort_key) == [
        "anna",
        "Bo",
        "Éva",
        "Viktor",
        "Wilma",
        "Zara",
        "Åsa",
        "Ärla",
        "Örjan",
        "Östen",
    ]


def test_case_and_accents_do_not_split_a_letter() -> None:
    assert sorted(["Ödön", "anna", "Anna", "ödön", "Eva", "éva", "Evald"], key=sort_key) == [
        "Anna",
        "anna",
        "Eva",
        "éva",
        "Evald",
        "Ödön",
        "ödön",
    ]
    # Danish and Norwegian letters sort as their Swedish twins, ü as y.
    assert sorted(["Øystein", "Örjan", "Ærla", "Ärla", "Üllar", "Yngve", "Zeta"], key=sort_key) == [
        "Üllar",
        "Yngve",
        "Zeta",
        "Ärla",
        "Ærla",
        "Örjan",
        "Øystein",
    ]


def test_one_order_for_every_list() -> None:
    """Equal letters are still put in one order, so two lists never differ."""
    mixed = ["anna", "Anna", "ANNA", "Ánna"]
    assert sorted(mixed, key=sort_key) == sorted(reversed(mixed), key=sort_key)


def test_search_ignores_case() -> None:
    found = [name for name in NAMES if search_text("ö") in search_text(name)]
    assert found == ["Östen", "Örjan"]
    assert [name for name in NAMES if search_text("ÅSA") in search_text(name)] == ["Åsa"]
    assert [name for name in NAMES if search_text("a") in search_text(name)] == [
        "Zara",
        "anna",
        "Åsa",
        "Ärla",
        "Örjan",
        "Éva",
        "Wilma",
    ]
