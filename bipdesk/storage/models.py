"""The tables of a BIP Desk database, as typed SQLAlchemy models.

These classes never leave the storage layer: the repository turns rows into
the plain dataclasses of `bipdesk.core`. Every change here needs a migration in
`migrations/versions/` (the schema tests compare the two).
"""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import (
    REAL,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import DOUBLE_PRECISION
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bipdesk.core.activities import BRANCHES, ActivityType
from bipdesk.core.cards import Area
from bipdesk.core.coordinator_view import MAX_REASON_LENGTH
from bipdesk.core.exits import Employment, WorkingTime
from bipdesk.core.history import Subject
from bipdesk.core.participants import ExitReason, Sex

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Named constraints, so that batch migrations on SQLite can find and alter them."""


def _one_of(column: str, values: list[str]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _boolean_check(condition: str, name: str) -> tuple[CheckConstraint, CheckConstraint]:
    """One check on a boolean column, as each engine spells truth: SQLite keeps
    0/1 (the files made so far say so), PostgreSQL compares booleans with booleans."""
    return (
        CheckConstraint(condition.format(truth="(0, 1)"), name=name).ddl_if(dialect="sqlite"),
        CheckConstraint(condition.format(truth="(false, true)"), name=name).ddl_if(
            dialect="postgresql"
        ),
    )


SEX_VALUES = [s.value for s in Sex]
EXIT_REASON_VALUES = [r.value for r in ExitReason]
EMPLOYMENT_VALUES = [e.value for e in Employment]
WORKING_TIME_VALUES = [w.value for w in WorkingTime]
ACTIVITY_VALUES = [a.value for a in ActivityType]
AREA_VALUES = [a.value for a in Area]
BRANCH_VALUES = list(BRANCHES)
SURVEY_SCALE = (1, 4)
"""Exit survey answers are 1 (Stämmer inte alls) to 4 (Stämmer helt)."""

RECORD_KEY_SPACE = 256
"""Record keys are 0–255 (one byte): the cell key method sums them mod 256."""


def new_record_key() -> int:
    """A fresh secret record key, drawn from `secrets` (never `random`).

    The column default of `ParticipantRow.record_key`: SQLAlchemy calls it
    once per inserted row, executemany inserts included, so no two rows share
    a draw and no insert can fall back to a constant.
    """
    return secrets.randbelow(RECORD_KEY_SPACE)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A UTC moment stored as naive text (SQLite has no time zones), read back aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a stored time must carry its time zone")  # programming error
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ParticipantRow(Base):
    __tablename__ = "participants"
    __table_args__ = (
        CheckConstraint(_one_of("sex", SEX_VALUES), name="sex"),
        CheckConstraint(
            f"exit_reason IS NULL OR {_one_of('exit_reason', EXIT_REASON_VALUES)}",
            name="exit_reason",
        ),
        CheckConstraint(f"record_key BETWEEN 0 AND {RECORD_KEY_SPACE - 1}", name="record_key"),
        CheckConstraint(
            f"employment IS NULL OR {_one_of('employment', EMPLOYMENT_VALUES)}",
            name="employment",
        ),
        CheckConstraint(
            f"working_time IS NULL OR {_one_of('working_time', WORKING_TIME_VALUES)}",
            name="working_time",
        ),
        *_boolean_check("subsidised IS NULL OR subsidised IN {truth}", "subsidised"),
        CheckConstraint(
            f"exit_branch IS NULL OR {_one_of('exit_branch', BRANCH_VALUES)}",
            name="exit_branch",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str | None] = mapped_column(String)
    sex: Mapped[str] = mapped_column(String, default=Sex.UNKNOWN.value, server_default="unknown")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    referrer: Mapped[str | None] = mapped_column(String)
    municipality: Mapped[str | None] = mapped_column(String)
    unit: Mapped[str | None] = mapped_column(String)
    coordinator: Mapped[str | None] = mapped_column(String)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    exit_reason: Mapped[str | None] = mapped_column(String)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # The participant's secret key for the cell key method (bipdesk.core
    # .perturbation): drawn once when the row is inserted, kept for life, and
    # never read into a Participant. No server default: a row inserted by
    # plain SQL without a key is refused, rather than given a shared one.
    record_key: Mapped[int] = mapped_column(Integer, default=new_record_key)
    # The exit form (DESIGN §10): what a participant who left for work went to.
    employment: Mapped[str | None] = mapped_column(String)
    working_time: Mapped[str | None] = mapped_column(String)
    subsidised: Mapped[bool | None] = mapped_column(Boolean)
    exit_branch: Mapped[str | None] = mapped_column(String)
    # Raised by every save: a save that read an older version is refused
    # (ConcurrentChangeError) rather than overwriting a colleague's (DESIGN §11).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class MeasurementRow(Base):
    __tablename__ = "measurements"
    __table_args__ = (
        # One card per participant per day: the importer's identity of a measurement.
        UniqueConstraint("participant_id", "card_id", "date"),
        Index("ix_measurements_participant_id_date", "participant_id", "date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    card_id: Mapped[str] = mapped_column(String)
    card_version: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class AnswerRow(Base):
    """One question of one measurement: the answer (None = not answered) and a note."""

    __tablename__ = "answers"

    measurement_id: Mapped[int] = mapped_column(
        ForeignKey("measurements.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)


class SettingRow(Base):
    """App settings shared by the CLI and the GUI; the value is JSON text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DraftRow(Base):
    """A measurement being filled in (at most one per participant); answers are JSON text."""

    __tablename__ = "drafts"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    card_id: Mapped[str] = mapped_column(String)
    card_version: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    # The measurement being edited; a draft of an edit goes when the measurement does.
    measurement_id: Mapped[int | None] = mapped_column(
        ForeignKey("measurements.id", ondelete="CASCADE")
    )
    answers: Mapped[str] = mapped_column(Text)
    question_notes: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class ActivityRow(Base):
    """One activity of one participant (DESIGN §10); `place` never leaves the computer."""

    __tablename__ = "activities"
    __table_args__ = (
        # The importer's identity of an activity: participant, type and start date.
        UniqueConstraint("participant_id", "activity", "start_date"),
        Index("ix_activities_participant_id", "participant_id"),
        CheckConstraint(_one_of("activity", ACTIVITY_VALUES), name="activity"),
        CheckConstraint(_one_of("area", AREA_VALUES), name="area"),
        CheckConstraint("hours >= 0", name="hours"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_date"),
        CheckConstraint(f"branch IS NULL OR {_one_of('branch', BRANCH_VALUES)}", name="branch"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    activity: Mapped[str] = mapped_column(String)
    area: Mapped[str] = mapped_column(String)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    # SQLite's REAL is 8 bytes, PostgreSQL's 4: the same hours on both need double there.
    hours: Mapped[float] = mapped_column(REAL().with_variant(DOUBLE_PRECISION(), "postgresql"))
    place: Mapped[str | None] = mapped_column(Text)
    branch: Mapped[str | None] = mapped_column(String)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class SurveyAnswerRow(Base):
    """One answered question of a participant's exit survey (one response per participant)."""

    __tablename__ = "survey_answers"
    __table_args__ = (
        CheckConstraint(f"value BETWEEN {SURVEY_SCALE[0]} AND {SURVEY_SCALE[1]}", name="value"),
    )

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String, primary_key=True)
    survey_id: Mapped[str] = mapped_column(String)
    survey_version: Mapped[int] = mapped_column(Integer)
    value: Mapped[int] = mapped_column(Integer)


class MeasurementReviewRow(Base):
    """The coordinator's view of one measurement: talked through together (their
    values are `CoordinatorValueRow`s); never read by progression or aggregates."""

    __tablename__ = "measurement_reviews"
    __table_args__ = (*_boolean_check("talked_through IN {truth}", "talked_through"),)

    measurement_id: Mapped[int] = mapped_column(
        ForeignKey("measurements.id", ondelete="CASCADE"), primary_key=True
    )
    talked_through: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class CoordinatorValueRow(Base):
    """The coordinator's own value of one question of a measurement, and why."""

    __tablename__ = "coordinator_values"
    __table_args__ = (
        CheckConstraint(f"length(reason) BETWEEN 1 AND {MAX_REASON_LENGTH}", name="reason"),
    )

    measurement_id: Mapped[int] = mapped_column(
        ForeignKey("measurements.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)


class EditRow(Base):
    """One change to a participant's record (bipdesk.core.history); goes with the participant."""

    __tablename__ = "edits"
    __table_args__ = (
        Index("ix_edits_participant_id", "participant_id"),
        CheckConstraint(_one_of("subject", [s.value for s in Subject]), name="subject"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    editor: Mapped[str] = mapped_column(String)
    source: Mapped[str] = mapped_column(String)
    subject: Mapped[str] = mapped_column(String)
    measurement_date: Mapped[dt.date | None] = mapped_column(Date)
    card_id: Mapped[str | None] = mapped_column(String)
    card_version: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


UNIT_ROLES = ("coordinator", "lead", "admin")


class UnitRow(Base):
    """A unit of a team database; a laptop file keeps its units as free text instead."""

    __tablename__ = "units"
    __table_args__ = (CheckConstraint("length(name) BETWEEN 1 AND 100", name="name"),)

    name: Mapped[str] = mapped_column(String, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class UnitMemberRow(Base):
    """Where a login belongs and as what (DESIGN §11); an admin row has no unit."""

    __tablename__ = "unit_member"
    __table_args__ = (
        CheckConstraint(_one_of("role", list(UNIT_ROLES)), name="role"),
        CheckConstraint(
            "(role = 'admin' AND unit IS NULL) OR (role <> 'admin' AND unit IS NOT NULL)",
            name="unit",
        ),
        # An admin row (unit NULL) is kept single by the team commands.
        UniqueConstraint("login", "unit"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String)
    unit: Mapped[str | None] = mapped_column(ForeignKey("units.name", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String)


class OutboxKeyRow(Base):
    """The key of one login's outbox on its laptops (bipdesk.storage.outbox): kept on
    the server, readable by that login only, so a laptop alone cannot open it."""

    __tablename__ = "outbox_keys"

    login: Mapped[str] = mapped_column(String, primary_key=True)
    key: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
