"""record keys: a secret key 0–255 for every participant (cell key method)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

Written out in full (not imported from bipdesk.storage.models) so that this
migration keeps doing the same when the models change later.

Every existing participant gets its own key, drawn from `secrets` one row at
a time: never one value for all, never SQLite's random(). The column is added
as nullable, filled, then made NOT NULL with its check (a batch rebuild of the
table; bipdesk.storage.schema turns foreign keys off meanwhile, so the
measurements stay).
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_SPACE = 256
"""Record keys are 0–255."""

_participants = sa.table(
    "participants",
    sa.column("id", sa.Integer()),
    sa.column("record_key", sa.Integer()),
)


def upgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("record_key", sa.Integer(), nullable=True))

    bind = op.get_bind()
    ids = bind.execute(sa.select(_participants.c.id).order_by(_participants.c.id)).scalars()
    # One draw per row; the parameter sets go to SQLite as one executemany.
    keys = [{"row_id": row_id, "key": secrets.randbelow(KEY_SPACE)} for row_id in ids.all()]
    if keys:
        bind.execute(
            sa.update(_participants)
            .where(_participants.c.id == sa.bindparam("row_id"))
            .values(record_key=sa.bindparam("key")),
            keys,
        )

    with op.batch_alter_table("participants") as batch:
        batch.alter_column("record_key", existing_type=sa.Integer(), nullable=False)
        batch.create_check_constraint(
            op.f("ck_participants_record_key"), f"record_key BETWEEN 0 AND {KEY_SPACE - 1}"
        )


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.drop_constraint(op.f("ck_participants_record_key"), type_="check")
        batch.drop_column("record_key")
