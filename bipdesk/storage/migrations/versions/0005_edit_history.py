"""edits: the edit history of participants and their measurements

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-14

Written out in full (not imported from bipdesk.storage.models) so that this
migration keeps creating the same table when the models or the core's
vocabularies change later.

One new table, `edits`: when (UTC), by whom and from where a field of a
participant or of one of their measurements changed, old → new. It goes with
the participant (ON DELETE CASCADE, and erasure deletes it explicitly). No
existing row changes; what was recorded before this revision has no history.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "edits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("editor", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("measurement_date", sa.Date(), nullable=True),
        sa.Column("card_id", sa.String(), nullable=True),
        sa.Column("card_version", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "subject IN ('participant', 'measurement')", name=op.f("ck_edits_subject")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_edits_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_edits")),
    )
    op.create_index(op.f("ix_edits_participant_id"), "edits", ["participant_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_edits_participant_id"), table_name="edits")
    op.drop_table("edits")
