"""A plan's expected number of visitors (来場者見込み), optional: the board sets the day's tally against it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # nullable, no default: the plans entered before this have no figure, and none is invented for them
    op.add_column("plans", sa.Column("expected_visitors", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plans") as batch:  # batch: SQLite before 3.35 cannot drop a column
        batch.drop_column("expected_visitors")
