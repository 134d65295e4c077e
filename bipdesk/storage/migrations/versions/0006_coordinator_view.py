"""the coordinator's view of a measurement: talked through together, own values

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-14

Written out in full (not imported from bipdesk.storage.models) so that this
migration keeps creating the same tables when the models change later.

Two new tables and nothing else: `measurement_reviews` (one row per
measurement the coordinator has noted something about: "talked through
together") and `coordinator_values` (the coordinator's own value and reason
for a question they see differently). Both go with their measurement (ON
DELETE CASCADE). `measurements` itself is not rebuilt, so no existing row is
touched.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MAX_REASON_LENGTH = 200


def upgrade() -> None:
    op.create_table(
        "measurement_reviews",
        sa.Column("measurement_id", sa.Integer(), nullable=False),
        sa.Column("talked_through", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "talked_through IN (0, 1)"
            if op.get_bind().dialect.name == "sqlite"
            else "talked_through IN (false, true)",
            name=op.f("ck_measurement_reviews_talked_through"),
        ),
        sa.ForeignKeyConstraint(
            ["measurement_id"],
            ["measurements.id"],
            name=op.f("fk_measurement_reviews_measurement_id_measurements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("measurement_id", name=op.f("pk_measurement_reviews")),
    )
    op.create_table(
        "coordinator_values",
        sa.Column("measurement_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            f"length(reason) BETWEEN 1 AND {MAX_REASON_LENGTH}",
            name=op.f("ck_coordinator_values_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["measurement_id"],
            ["measurements.id"],
            name=op.f("fk_coordinator_values_measurement_id_measurements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "measurement_id", "question_id", name=op.f("pk_coordinator_values")
        ),
    )


def downgrade() -> None:
    op.drop_table("coordinator_values")
    op.drop_table("measurement_reviews")
