"""Cutting a text into Ethiopic and other runs, for fonts without fallback."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from bipdesk.core.scripts import Run, has_ethiopic, has_right_to_left, is_ethiopic, script_runs


def test_ethiopic_letters_and_punctuation_are_recognised() -> None:
    assert all(is_ethiopic(c) for c in "ሀለሐ፡።፣፧")
    assert not any(is_ethiopic(c) for c in "aåä5?()- عمل")
    assert has_ethiopic("Klara ett arbete / ስራሕ")
    assert not has_ethiopic("Klara ett arbete")


def test_right_to_left_letters_are_recognised() -> None:
    assert has_right_to_left("کار می‌کنم")
    assert has_right_to_left("שלום")
    assert not has_right_to_left("ስራሕ 5 = Klara (?)")


def test_a_mixed_text_is_cut_where_the_script_changes_spaces_staying_in_their_run() -> None:
    assert script_runs("ስራሕ ክሰርሕ? 5") == [Run("ስራሕ ክሰርሕ", True), Run("? 5", False)]
    assert script_runs("8–10: ስራሕ") == [Run("8–10: ", False), Run("ስራሕ", True)]
    assert script_runs("") == []
    assert script_runs("Inte alls") == [Run("Inte alls", False)]


@given(st.text(alphabet=st.sampled_from("ሀለሐ፡ ab?5 \u00a0عم")))
def test_the_runs_give_the_text_back_and_alternate(text: str) -> None:
    runs = script_runs(text)
    assert "".join(run.text for run in runs) == text
    assert all(a.ethiopic != b.ethiopic for a, b in pairwise(runs))
    for run in runs:
        assert all(is_ethiopic(c) == run.ethiopic for c in run.text if c not in " \u00a0")
