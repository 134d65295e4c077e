"""What a coordinator sees as the name of a participant's language (babel's CLDR)."""

from __future__ import annotations

from bipdesk.language import language_label, language_name


def test_the_default_cards_languages_have_their_own_names() -> None:
    assert language_label("ar", "sv") == "العربية (arabiska)"
    assert language_label("so", "sv") == "Soomaali (somaliska)"
    assert language_label("ti", "en") == "ትግርኛ (Tigrinya)"
    assert language_label("fa", "sv") == "فارسی (persiska)"


def test_dari_is_named_dari_not_persian() -> None:
    # CLDR has no locale `prs`; it is an alias of fa_AF, whose language name is "dari".
    assert language_name("prs") == "دری"
    assert language_label("prs", "sv") == "دری (dari)"
    assert language_label("prs", "en") == "دری (Dari)"


def test_an_unknown_code_is_shown_as_it_is() -> None:
    assert language_name("xx") == "xx"
    assert language_label("sv", "sv") == "Svenska"
