"""Storage: the SQLite database of BIP Desk (SQLAlchemy models, Alembic migrations).

Open a file with `open_database`; do each user action in one
`Database.transaction()`, which yields a `Repository` speaking plain core data.
"""

from bipdesk.storage.database import (
    Database,
    DatabaseError,
    ForeignFileError,
    NewerSchemaError,
    NotFoundError,
    open_database,
)
from bipdesk.storage.repository import Repository

__all__ = [
    "Database",
    "DatabaseError",
    "ForeignFileError",
    "NewerSchemaError",
    "NotFoundError",
    "Repository",
    "open_database",
]
