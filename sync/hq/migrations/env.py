"""Alembic environment: uses the connection `sync.hq.db.migrate` passes, or `-x url=…` from the CLI."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from sync.hq.db import normalise_url
from sync.hq.models import Base

config = context.config
target_metadata = Base.metadata

connection = config.attributes.get("connection")
if connection is not None:
    context.configure(connection=connection, target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()
else:
    url = normalise_url(context.get_x_argument(as_dictionary=True).get("url", "sqlite:///hq.sqlite3"))
    with create_engine(url).connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()
