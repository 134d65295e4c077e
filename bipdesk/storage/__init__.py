"""Storage: the SQLite database of BIP Desk (SQLAlchemy models, Alembic migrations).

Open a file with `open_database`, passing the cards it is read against (a
user's program goes through `storage.opening.open_database_file`, which also
asks for a passphrase, read-only or a restore); do each user action in one
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
