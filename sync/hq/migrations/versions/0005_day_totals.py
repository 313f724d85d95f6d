"""Every device's figures added up per day (day_totals), filled from day_figures.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from sync.hq.aggregates import day_total

    op.create_table("day_totals", sa.Column("day", sa.String(10), primary_key=True),
                    sa.Column("figures", sa.Text(), nullable=False))
    conn = op.get_bind()
    by_day: dict[str, list[str]] = {}
    for day, raw in conn.execute(sa.text("SELECT day, figures FROM day_figures ORDER BY day, device_id")):
        by_day.setdefault(day, []).append(raw)
    table = sa.table("day_totals", sa.column("day", sa.String), sa.column("figures", sa.Text))
    rows = [{"day": day, "figures": day_total(raws)} for day, raws in by_day.items()]
    if rows:
        conn.execute(table.insert(), rows)


def downgrade() -> None:
    op.drop_table("day_totals")
