"""The documents of the repository: every link leads to a file of the repository, the
user guides' pictures exist, are made by tools/screenshots.py and are used, and nothing
refers outside the repository (a clone has no ../shared)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from bipdesk.ui.user_guide import heading_slug

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DOCUMENTS = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
GUIDES = {"sv": DOCS / "user-guide.sv.md", "en": DOCS / "user-guide.en.md"}
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
"""Markdown links and images: [text](target) and ![alt](target "title")."""
FENCE = re.compile(r"^```.*?^```", re.DOTALL | re.MULTILINE)
SCREENSHOTS = ROOT / "tools" / "screenshots.py"
"""`make screenshots`; what it shoots is in tools/screenshot_*.py."""


def links(path: Path) -> list[str]:
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    return LINK.findall(text)


def relative(target: str) -> bool:
    return not re.match(r"^[a-z][a-z0-9+.-]*:", target) and not target.startswith("#")


def images(guide: Path) -> list[str]:
    return [target for target in links(guide) if target.endswith(".png") and relative(target)]


def headings(path: Path) -> set[str]:
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    return {heading_slug(m) for m in re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, re.M)}


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_every_relative_link_leads_to_a_file_of_the_repository(document: Path) -> None:
    broken = []
    for target in links(document):
        if not relative(target):
            continue
        path, _, fragment = target.partition("#")
        resolved = (document.parent / path).resolve()
        if not resolved.is_relative_to(ROOT):
            broken.append(f"{target} (outside the repository)")
        elif not resolved.exists():
            broken.append(f"{target} (no such file)")
        elif fragment and resolved.suffix == ".md" and fragment not in headings(resolved):
            broken.append(f"{target} (no such heading)")
    assert broken == [], f"{document.name}: {broken}"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_heading_links_lead_to_a_heading(document: Path) -> None:
    """The tables of contents work on GitHub and in Help → User guide alike."""
    own = headings(document)
    missing = [t for t in links(document) if t.startswith("#") and t[1:] not in own]
    assert missing == [], f"{document.name}: {missing}"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_nothing_refers_outside_the_repository(document: Path) -> None:
    text = document.read_text(encoding="utf-8")
    for outside in ("../shared", "/work/shared", "DESIGN.md", "seeds/"):
        assert outside not in text, f"{document.name} refers to {outside}"


def test_the_readme_links_both_user_guides() -> None:
    readme = links(ROOT / "README.md")
    assert "docs/user-guide.sv.md" in readme and "docs/user-guide.en.md" in readme


@pytest.mark.parametrize("language", sorted(GUIDES))
def test_every_picture_of_a_guide_exists_in_its_language(language: str) -> None:
    guide = GUIDES[language]
    pictures = images(guide)
    assert len(pictures) >= 15
    for target in pictures:
        assert target.startswith(f"images/{language}/"), target
        path = guide.parent / target
        assert path.is_file(), f"{guide.name}: {target} is missing (run `make screenshots`)"
        with Image.open(path) as image:
            assert 300 <= image.width <= 1210, f"{target} is {image.width} pixels wide"
            colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
            assert colours is None or len(colours) > 8, f"{target} is blank"


def test_both_guides_show_the_same_pictures() -> None:
    names = {lang: [Path(t).name for t in images(guide)] for lang, guide in GUIDES.items()}
    assert names["sv"] == names["en"]


def test_every_picture_is_used_and_made_by_the_screenshot_script() -> None:
    """`make screenshots` renews every picture the guides show, and leaves no orphans."""
    shots = (ROOT / "tools").glob("screenshot*.py")
    made = {
        name
        for path in shots
        for name in re.findall(
            r"(?:shoot|save_png|save_pdf_page)\([^()]*?\"([a-z-]+)\"\)",
            path.read_text(encoding="utf-8"),
        )
    }
    for language, guide in GUIDES.items():
        shown = {Path(t).stem for t in images(guide)}
        assert shown <= made, f"not made by tools/screenshots.py: {shown - made}"
        stored = {p.stem for p in (DOCS / "images" / language).glob("*.png")}
        assert stored == shown, f"images/{language}: unused {stored - shown}"


def test_the_guides_link_only_what_the_app_carries() -> None:
    """Help → User guide reads the guides from bipdesk/docs, beside bipdesk/resources
    (the wheel and installer/bipdesk.spec put them there): links stay inside the two."""
    carried = (DOCS, ROOT / "resources")
    for guide in GUIDES.values():
        for target in links(guide):
            if relative(target):
                path = (guide.parent / target.partition("#")[0]).resolve()
                assert any(path.is_relative_to(folder) for folder in carried), target


def test_the_screenshot_script_makes_a_picture(tmp_path: Path) -> None:
    """One picture, in Swedish, from the real app (the whole set: `make screenshots`)."""
    if not (ROOT / "translations" / "bipdesk_sv.qm").is_file():
        pytest.skip("translations/bipdesk_sv.qm is not compiled (make translations-qm)")
    done = subprocess.run(
        [
            sys.executable,
            str(SCREENSHOTS),
            "--lang",
            "sv",
            "--only",
            "welcome",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    with Image.open(tmp_path / "sv" / "welcome.png") as image:
        assert image.width > 1000
        rgb = image.convert("RGB")
        assert rgb.getpixel((0, 0)) == (0x9E, 0x9E, 0x9E)  # the frame
        assert len(rgb.getcolors(maxcolors=1 << 16) or ()) > 8
