"""Storage: the SQLite database of BIP Desk (SQLAlchemy models, Alembic migrations).

Open a file with `open_database`; do each user action in one
`Database.transaction()`, which yields a `Repository` speaking plain core data.
"""

from bipdesk.storage.database import (
    DamagedFileError,
    Database,
    DatabaseError,
    ForeignFileError,
    LockedError,
    NewerSchemaError,
    NotFoundError,
    ReadOnlyError,
    open_database,
)
from bipdesk.storage.repository import Repository

__all__ = [
    "DamagedFileError",
    "Database",
    "DatabaseError",
    "ForeignFileError",
    "LockedError",
    "NewerSchemaError",
    "NotFoundError",
    "ReadOnlyError",
    "Repository",
    "open_database",
]
