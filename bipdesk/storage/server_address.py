"""Where a team database lives: a PostgreSQL server address (DESIGN §11).

`--db`, `BIPDESK_DB` and File → Open database take either a file or an
address `postgresql://LOGIN@HOST[:PORT]/DBNAME[?sslmode=…]`. The address is
read here, once, so that no caller mistakes it for a file name. It never
holds a password: libpq finds one itself (PGPASSWORD, ~/.pgpass, a service
file), else the program asks for it and keeps it only in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from bipdesk.messages import QT_TRANSLATE_NOOP, Message
from bipdesk.storage.errors import DatabaseError

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_PORT = 5432
REMOTE_SSL_MODE = "verify-full"
"""A server on another machine is reached over TLS with its certificate checked,
unless the address names another `sslmode` itself."""


class AddressError(DatabaseError):
    """The text looks like a server address but cannot be used; nothing was contacted."""

    def __init__(self, text: str, reason: Message) -> None:
        self.text = text
        self.reason = reason
        super().__init__(
            QT_TRANSLATE_NOOP("storage", "{address}: {reason}").format(address=text, reason=reason)
        )


@dataclass(frozen=True)
class ServerAddress:
    """A team database on a PostgreSQL server, as a login reaches it."""

    login: str
    host: str
    database: str
    port: int = DEFAULT_PORT
    sslmode: str | None = None
    """None: libpq's default on this machine (a local server); remote ones get REMOTE_SSL_MODE."""

    @property
    def is_local(self) -> bool:
        return self.host in LOCAL_HOSTS or self.host.startswith("/")

    def display(self) -> str:
        """What the window title and messages show: where the data lives, and as whom."""
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"{self.login}@{self.host}{port}/{self.database}"

    def url(self) -> str:
        """The address as typed, without a password (for settings and 'recent files')."""
        query = f"?sslmode={self.sslmode}" if self.sslmode else ""
        return f"postgresql://{self.display()}{query}"

    def connect_arguments(self) -> dict[str, str | int]:
        """libpq's keywords (psycopg's `conninfo`), with no password in them."""
        arguments: dict[str, str | int] = {
            "user": self.login,
            "host": self.host,
            "port": self.port,
            "dbname": self.database,
            "application_name": "BIP Desk",
            "connect_timeout": 10,
        }
        if self.sslmode is not None:
            arguments["sslmode"] = self.sslmode
        return arguments


def is_server_address(text: str) -> bool:
    """True when `text` is meant as a server address rather than a file name."""
    scheme, separator, _ = text.partition("://")
    return bool(separator) and scheme.lower() in SCHEMES


def parse_server_address(text: str) -> ServerAddress:
    """The address in `text` (see is_server_address); AddressError names what is wrong."""
    parts = urlsplit(text.strip())
    if parts.scheme.lower() not in SCHEMES:
        raise AddressError(
            text,
            QT_TRANSLATE_NOOP("storage", "a server address starts with postgresql://"),
        )
    if parts.password is not None:
        raise AddressError(
            text,
            QT_TRANSLATE_NOOP(
                "storage",
                "a password does not belong in the address; BIP Desk asks for it, or "
                "PostgreSQL finds it in ~/.pgpass",
            ),
        )
    login = unquote(parts.username or "")
    host = unquote(parts.hostname or "")
    database = unquote(parts.path.lstrip("/"))
    if not login:
        raise AddressError(
            text, QT_TRANSLATE_NOOP("storage", "the login is missing (LOGIN@HOST/DATABASE)")
        )
    if not host:
        raise AddressError(
            text, QT_TRANSLATE_NOOP("storage", "the server is missing (LOGIN@HOST/DATABASE)")
        )
    if not database or "/" in database:
        raise AddressError(
            text,
            QT_TRANSLATE_NOOP(
                "storage", "name one database after the server (LOGIN@HOST/DATABASE)"
            ),
        )
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise AddressError(
            text, QT_TRANSLATE_NOOP("storage", "the port is not a number from 1 to 65535")
        ) from None
    options = parse_qs(parts.query, keep_blank_values=True)
    unknown = sorted(set(options) - {"sslmode"})
    if unknown:
        raise AddressError(
            text,
            QT_TRANSLATE_NOOP("storage", "unknown option {option}; only sslmode is read").format(
                option=unknown[0]
            ),
        )
    sslmode = options["sslmode"][-1] if "sslmode" in options else None
    if sslmode is not None and sslmode not in SSL_MODES:
        raise AddressError(
            text,
            QT_TRANSLATE_NOOP("storage", "sslmode must be one of {modes}").format(
                modes=", ".join(SSL_MODES)
            ),
        )
    address = ServerAddress(login, host, database, port, sslmode)
    if sslmode is None and not address.is_local:
        # Never send personal data to another machine in the clear by default.
        address = ServerAddress(login, host, database, port, REMOTE_SSL_MODE)
    return address
