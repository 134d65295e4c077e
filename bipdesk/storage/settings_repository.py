"""Settings — JSON values under a key — read and written in the repository's
transaction.

`SettingStore` is mixed into `Repository`. Settings about one participant
live under a key that starts with their code (`participant_setting_key`), so
that they follow a changed code and go when the participant is deleted or
erased.
"""

from __future__ import annotations

import json
from typing import Any, TypeAlias

from sqlalchemy import bindparam, delete, func, literal, select, update

from bipdesk.storage.models import SettingRow
from bipdesk.storage.portable_sql import Upsert, bytewise
from bipdesk.storage.session_store import SessionStore

JSONValue: TypeAlias = bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"] | None

PARTICIPANT_SETTING_PREFIX = "participant/"
"""Settings about one participant are stored under 'participant/<code>/<name>'
(see `participant_setting_key`), so that erasing the participant finds them."""

_S = SettingRow
_GET_SETTING = select(_S.value).where(_S.key == bindparam("key"))
_SET_SETTING = Upsert(SettingRow.__table__, ["key"], ["value"])  # type: ignore[arg-type]
_DELETE_SETTING = delete(_S).where(_S.key == bindparam("key"))


def participant_setting_key(code: str, name: str) -> str:
    """The settings key of a setting `name` about participant `code`."""
    return f"{PARTICIPANT_SETTING_PREFIX}{code}/{name}"


class SettingStore(SessionStore):
    """The settings operations of `Repository`."""

    def get_setting(self, key: str, default: Any = None) -> Any:
        """The JSON value stored under `key`, or `default` when none is."""
        text = self._connection.execute(_GET_SETTING, {"key": key}).scalar()
        return default if text is None else json.loads(text)

    def set_setting(self, key: str, value: JSONValue) -> None:
        """Store a JSON value (TypeError/ValueError for what JSON cannot hold)."""
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True)
        self._connection.execute(_SET_SETTING.on(self._connection), {"key": key, "value": text})

    def participant_settings(self, code: str) -> dict[str, Any]:
        """The settings about one participant (`participant_setting_key`), by name."""
        prefix = participant_setting_key(code, "")
        rows = self._connection.execute(
            select(_S.key, _S.value)
            .where(func.substr(_S.key, 1, len(prefix)) == prefix)
            .order_by(bytewise(_S.key))
        )
        return {key[len(prefix) :]: json.loads(value) for key, value in rows}

    def delete_setting(self, key: str) -> None:
        """Forget a setting, so that its default applies again."""
        self._connection.execute(_DELETE_SETTING, {"key": key})

    def _rename_participant_settings(self, old_code: str, new_code: str) -> None:
        """Move the settings about a participant whose code changed to the new code."""
        old, new = (participant_setting_key(code, "") for code in (old_code, new_code))
        self._connection.execute(
            update(_S)
            .where(func.substr(_S.key, 1, len(old)) == old)
            .values(key=literal(new).op("||")(func.substr(_S.key, len(old) + 1)))
        )

    def _delete_participant_settings(self, code: str) -> None:
        prefix = participant_setting_key(code, "")
        self._connection.execute(delete(_S).where(func.substr(_S.key, 1, len(prefix)) == prefix))
