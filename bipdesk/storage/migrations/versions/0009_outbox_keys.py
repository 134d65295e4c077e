"""outbox keys: the key of each login's laptop outbox, kept on the team's server

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

Written out in full (not imported from bipdesk.storage.models) so that this
migration keeps making the same table when the models change later.

While a team database's server cannot be reached, the fill-in keeps its
draft and a new measurement in an outbox file on the laptop
(bipdesk.storage.outbox). That file is encrypted (SQLCipher) with a random
key of the login's own, drawn the first time the login connects and kept
here: a stolen laptop alone cannot open it. On PostgreSQL, row-level security
(ENABLE and FORCE) lets each login read and write only its own key, the
owner's included. On SQLite the table is made and stays empty (a laptop file
has no outbox).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outbox_keys",
        sa.Column("login", sa.String(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_outbox_keys")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE outbox_keys ENABLE ROW LEVEL SECURITY")
        op.execute("ALTER TABLE outbox_keys FORCE ROW LEVEL SECURITY")
        op.execute(
            "CREATE POLICY outbox_keys_own ON outbox_keys FOR ALL "
            "USING (login = current_user) WITH CHECK (login = current_user)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS outbox_keys_own ON outbox_keys")
    op.drop_table("outbox_keys")
