"""baseline: participants, measurements, answers, settings

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Written out in full (not imported from bipdesk.storage.models) so that this
migration keeps creating the same tables when the models change later.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEX = ("women", "men", "other", "unknown")
EXIT_REASONS = (
    "work",
    "studies",
    "labour_market_training",
    "job_seeking",
    "rehabilitation",
    "medical_care",
    "completed",
    "dropped_out",
    "other",
)
APPLICATION_ID = 0x42495044  # b"BIPD", see bipdesk.storage.schema


def _one_of(column: str, values: Sequence[str]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    op.create_table(
        "participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("sex", sa.String(), server_default="unknown", nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("referrer", sa.String(), nullable=True),
        sa.Column("municipality", sa.String(), nullable=True),
        sa.Column("unit", sa.String(), nullable=True),
        sa.Column("coordinator", sa.String(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("exit_reason", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(_one_of("sex", SEX), name=op.f("ck_participants_sex")),
        sa.CheckConstraint(
            f"exit_reason IS NULL OR {_one_of('exit_reason', EXIT_REASONS)}",
            name=op.f("ck_participants_exit_reason"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
        sa.UniqueConstraint("code", name=op.f("uq_participants_code")),
    )
    op.create_table(
        "measurements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("card_id", sa.String(), nullable=False),
        sa.Column("card_version", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_measurements_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurements")),
        sa.UniqueConstraint(
            "participant_id",
            "card_id",
            "date",
            name=op.f("uq_measurements_participant_id_card_id_date"),
        ),
    )
    op.create_index(
        "ix_measurements_participant_id_date",
        "measurements",
        ["participant_id", "date"],
        unique=False,
    )
    op.create_table(
        "answers",
        sa.Column("measurement_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["measurement_id"],
            ["measurements.id"],
            name=op.f("fk_answers_measurement_id_measurements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("measurement_id", "question_id", name=op.f("pk_answers")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    if op.get_bind().dialect.name == "sqlite":  # marks the file as ours
        op.execute(f"PRAGMA application_id={APPLICATION_ID}")


def downgrade() -> None:
    op.drop_table("settings")
    op.drop_table("answers")
    op.drop_index("ix_measurements_participant_id_date", table_name="measurements")
    op.drop_table("measurements")
    op.drop_table("participants")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id=0")
