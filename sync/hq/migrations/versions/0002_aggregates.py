"""Per-device, per-day figures, sessions and handed-in days maintained at ingest (sync/hq/aggregates.py).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("devices", sa.Column("aggregated_seq", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "day_figures",
        sa.Column("device_id", sa.String(64), sa.ForeignKey("devices.id"), primary_key=True),
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("figures", sa.Text(), nullable=False),
    )
    op.create_index("ix_day_figures_day", "day_figures", ["day"])
    op.create_table(
        "device_sessions",
        sa.Column("device_id", sa.String(64), sa.ForeignKey("devices.id"), primary_key=True),
        sa.Column("session", sa.String(200), primary_key=True),
        sa.Column("venue", sa.Text(), nullable=False),
        sa.Column("municipality", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("large_venue", sa.Boolean(), nullable=False),
        sa.Column("opened_at", sa.String(40), nullable=False),
        sa.Column("closed_at", sa.String(40), nullable=True),
    )
    op.create_table(
        "unreadable_records",
        sa.Column("device_id", sa.String(64), sa.ForeignKey("devices.id"), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
    )
    op.create_table(
        "device_submitted",
        sa.Column("device_id", sa.String(64), sa.ForeignKey("devices.id"), primary_key=True),
        sa.Column("day", sa.String(10), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("device_submitted")
    op.drop_table("unreadable_records")
    op.drop_table("device_sessions")
    op.drop_index("ix_day_figures_day", "day_figures")
    op.drop_table("day_figures")
    op.drop_column("devices", "aggregated_seq")
