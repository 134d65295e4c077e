"""team: units, their members, and a version on participants and measurements

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05

Written out in full (not imported from bipdesk.storage.models) so that this
migration keeps creating the same tables when the models change later.

For a team's shared database (DESIGN §11), on both engines so that one schema
serves the laptop file and the server:
- `units`: the units of a team database (a laptop file keeps none: its
  participants' `unit` stays free text);
- `unit_member`: which login belongs to which unit, as coordinator or lead; an
  admin row has no unit (admins manage units and members, never participants);
- `version` on `participants` and `measurements`: raised by every save, so that
  the second of two simultaneous saves is refused instead of overwriting the
  first. Existing rows start at 1; no row changes otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLES = ("coordinator", "lead", "admin")


def upgrade() -> None:
    op.create_table(
        "units",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(name) BETWEEN 1 AND 100", name=op.f("ck_units_name")),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_units")),
    )
    op.create_table(
        "unit_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(), nullable=False),
        sa.Column("unit", sa.String(), nullable=True),
        sa.Column("role", sa.String(), nullable=False),
        sa.CheckConstraint(
            f"role IN ({', '.join(repr(r) for r in ROLES)})", name=op.f("ck_unit_member_role")
        ),
        sa.CheckConstraint(
            "(role = 'admin' AND unit IS NULL) OR (role <> 'admin' AND unit IS NOT NULL)",
            name=op.f("ck_unit_member_unit"),
        ),
        sa.ForeignKeyConstraint(
            ["unit"],
            ["units.name"],
            name=op.f("fk_unit_member_unit_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_member")),
        sa.UniqueConstraint("login", "unit", name=op.f("uq_unit_member_login_unit")),
    )
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    with op.batch_alter_table("measurements") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("measurements") as batch:
        batch.drop_column("version")
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("version")
    op.drop_table("unit_member")
    op.drop_table("units")
