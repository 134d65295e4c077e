"""activities, the exit form and the exit survey (DESIGN §10)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07

Written out in full (not imported from bipdesk.storage.models) so that this
migration keeps creating the same tables when the models or the core's
vocabularies change later.

Two new tables, `activities` and `survey_answers`, and four nullable columns
of the exit form on `participants` with their checks (a batch rebuild of the
table; bipdesk.storage.schema turns foreign keys off meanwhile, so the
measurements, drafts and record keys stay). Existing rows keep every value;
the new columns start empty.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIVITIES = (
    "work_training",
    "internship",
    "job_coaching",
    "employment_subsidised",
    "studies",
    "skills_course",
    "health_promotion",
    "rehabilitation",
    "counselling",
    "housing_support",
    "social_activity",
    "other",
)
AREAS = ("job", "health", "social", "skills")
BRANCHES = tuple("ABCDEFGHIJKLMNOPQRSTU")
"""SNI 2007 sections A–U."""
EMPLOYMENTS = ("permanent", "temporary")
WORKING_TIMES = ("full_time", "part_time")


def _one_of(column: str, values: Sequence[str]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _truth_values() -> str:
    """SQLite keeps a boolean as 0/1; PostgreSQL compares booleans with booleans."""
    return "(0, 1)" if op.get_bind().dialect.name == "sqlite" else "(false, true)"


def upgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("employment", sa.String(), nullable=True))
        batch.add_column(sa.Column("working_time", sa.String(), nullable=True))
        batch.add_column(sa.Column("subsidised", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("exit_branch", sa.String(), nullable=True))
        batch.create_check_constraint(
            op.f("ck_participants_employment"),
            f"employment IS NULL OR {_one_of('employment', EMPLOYMENTS)}",
        )
        batch.create_check_constraint(
            op.f("ck_participants_working_time"),
            f"working_time IS NULL OR {_one_of('working_time', WORKING_TIMES)}",
        )
        batch.create_check_constraint(
            op.f("ck_participants_subsidised"),
            f"subsidised IS NULL OR subsidised IN {_truth_values()}",
        )
        batch.create_check_constraint(
            op.f("ck_participants_exit_branch"),
            f"exit_branch IS NULL OR {_one_of('exit_branch', BRANCHES)}",
        )

    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("activity", sa.String(), nullable=False),
        sa.Column("area", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        # REAL is 8 bytes on SQLite but 4 on PostgreSQL: double precision there.
        sa.Column(
            "hours",
            sa.REAL().with_variant(postgresql.DOUBLE_PRECISION(), "postgresql"),
            nullable=False,
        ),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("branch", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(_one_of("activity", ACTIVITIES), name=op.f("ck_activities_activity")),
        sa.CheckConstraint(_one_of("area", AREAS), name=op.f("ck_activities_area")),
        sa.CheckConstraint("hours >= 0", name=op.f("ck_activities_hours")),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_activities_end_date")
        ),
        sa.CheckConstraint(
            f"branch IS NULL OR {_one_of('branch', BRANCHES)}", name=op.f("ck_activities_branch")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_activities_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
        sa.UniqueConstraint(
            "participant_id",
            "activity",
            "start_date",
            name=op.f("uq_activities_participant_id_activity_start_date"),
        ),
    )
    op.create_index(
        op.f("ix_activities_participant_id"), "activities", ["participant_id"], unique=False
    )

    op.create_table(
        "survey_answers",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("survey_id", sa.String(), nullable=False),
        sa.Column("survey_version", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.CheckConstraint("value BETWEEN 1 AND 4", name=op.f("ck_survey_answers_value")),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_survey_answers_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", "question_id", name=op.f("pk_survey_answers")),
    )


def downgrade() -> None:
    op.drop_table("survey_answers")
    op.drop_index(op.f("ix_activities_participant_id"), table_name="activities")
    op.drop_table("activities")
    with op.batch_alter_table("participants") as batch:
        for name in ("exit_branch", "subsidised", "working_time", "employment"):
            batch.drop_constraint(op.f(f"ck_participants_{name}"), type_="check")
        for name in ("exit_branch", "subsidised", "working_time", "employment"):
            batch.drop_column(name)
