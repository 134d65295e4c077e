"""The schema versions read from the migration files agree with Alembic's own reading,
and opening a file that is already at head does not import Alembic (issue 8)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bipdesk.io.cards import default_cards
from bipdesk.storage import open_database, schema

MIGRATIONS = Path(schema.__file__).resolve().parent / "migrations"


def alembic_view(location: str) -> tuple[str | None, set[str]]:
    script = schema._script(location)
    return script.get_current_head(), {s.revision for s in script.walk_revisions()}


def test_the_shipped_migrations_read_as_alembic_reads_them() -> None:
    head, known = alembic_view(schema.SCRIPT_LOCATION)
    assert schema.head_revision() == head
    assert schema.known_revisions() == known


def test_plain_and_merge_revisions_are_read_too(tmp_path: Path) -> None:
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, location, ignore=shutil.ignore_patterns("__pycache__"))
    head = schema.head_revision()
    versions = location / "versions"
    body = "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n"
    (versions / "a_left.py").write_text(
        f'revision = "left"\ndown_revision = "{head}"\n{body}', encoding="utf-8"
    )
    (versions / "b_right.py").write_text(
        f'revision = "right"\ndown_revision = "{head}"\n{body}', encoding="utf-8"
    )
    with pytest.raises(RuntimeError, match="several heads"):
        schema.head_revision(str(location))
    (versions / "c_merge.py").write_text(
        f'revision = "merged"\ndown_revision = ("left", "right")\n{body}', encoding="utf-8"
    )
    schema.revision_graph.cache_clear()
    assert schema.head_revision(str(location)) == "merged"
    assert schema.known_revisions(str(location)) == alembic_view(str(location))[1]


def test_a_file_without_a_revision_id_is_refused(tmp_path: Path) -> None:
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, location, ignore=shutil.ignore_patterns("__pycache__"))
    (location / "versions" / "helpers.py").write_text("VALUE = 1\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match=r"helpers\.py: a migration file without a revision id"):
        schema.head_revision(str(location))


_OPEN_AT_HEAD = """
import sys
from bipdesk.io.cards import default_cards
from bipdesk.storage import open_database
with open_database(sys.argv[1], default_cards()) as database:
    with database.transaction(write=False) as repository:
        repository.participant_codes()
print("alembic" in sys.modules)
"""


def test_opening_a_file_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "at-head.db"
    open_database(path, default_cards()).close()
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_AT_HEAD, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "False"
