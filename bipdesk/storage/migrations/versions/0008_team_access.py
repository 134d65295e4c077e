"""team access: row-level security on a team database (PostgreSQL only)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

Written out in full (not imported from bipdesk.storage.models) so that this
migration keeps making the same rules when the models change later.

On SQLite this revision does nothing: a laptop file has one user, and its
protection is the file's (permissions, encryption). On PostgreSQL it makes
the database itself enforce who sees what (DESIGN §11), so that another
client (psql, a spreadsheet's ODBC link) gets no more than BIP Desk does:

- ENABLE and FORCE ROW LEVEL SECURITY on every table that holds personal
  data (participants and every table hanging off them, the settings, which
  hold settings about participants) and on `units` and `unit_member`.
- Policies on `current_user`'s rows in `unit_member`, never on a session
  setting a user could change. A coordinator or lead of unit U reads and
  writes the participants whose `unit` is U; a child table's rows follow
  their participant (`EXISTS (SELECT 1 FROM participants p WHERE p.id =
  participant_id)` — the participants' own policy does the filtering; one
  index probe per row written, where `IN (SELECT id …)` made saving a
  measurement 15 times slower). An admin (a row with role admin and no
  unit) manages units and members and sees no participant. A
  lead sees and manages the members of their units; everyone sees their own
  memberships and the names of all units. General settings are read by
  every member and written by leads (they are the team's: interval,
  retention, survey goal); a setting about a participant
  (`participant/CODE/…`) goes with that participant. One whose participant is
  gone (the repository renames a changed code's settings after the
  participant, and deletes a deleted one's after it) is every member's, so
  that those two steps still find it.
- Reading `unit_member` from inside its own policy would recurse, so the
  membership checks are small SECURITY DEFINER functions (owned by the
  table owner, `SET search_path = pg_catalog, public`) taking the login as
  an argument: `bipdesk_units_of(current_user)`, `bipdesk_leads(current_user,
  unit)`, `bipdesk_has_role(current_user, role)`. Inside them `current_user`
  is the owner, whose own check comes first in every policy (PostgreSQL
  evaluates OR left to right and stops at the first true), so they end.
- The table owner (who ran `team init`) passes every policy —
  `bipdesk_is_owner(current_user)`: the owner of `unit_member` in pg_class —
  so that later migrations can rewrite data, and so that the SECURITY
  DEFINER functions below can act for whom they checked.
- A participant changes unit only by a hand-over: `bipdesk_handover(code,
  to_unit)` checks that the caller (`session_user`: inside a definer
  function `current_user` is the owner) leads the participant's current unit
  and that the target unit exists, moves the participant (raising its
  version) and records the move in the edit history. A trigger refuses any
  other change of `participants.unit` (anyone but the owner or a superuser,
  who passes by row-level security anyway), so even a coordinator of both
  units cannot move one with a plain UPDATE.
- Members are managed through `bipdesk_add_member(login, unit, role)` and
  `bipdesk_remove_member(login, unit)` (a lead for their unit's coordinators
  and leads, an admin or the owner for any): besides the `unit_member` row
  they GRANT or REVOKE the matching group role (bipdesk_coordinator,
  bipdesk_lead, bipdesk_admin), which a lead or an admin could not do
  themselves. Plain DML on `unit_member` obeys the same rules through its
  policies, but grants no group role.
- `bipdesk_taken_codes(codes)` says which of some participant codes exist in
  any unit (copy-to refuses those): the unique index says so anyway.

Errors raised by the functions carry SQLSTATEs BD001 (not allowed), BD002 (no
such login), BD003 (no such unit), BD004 (no such membership), BD005 (not a
role); bipdesk.storage.team_access turns them into sentences. The group roles
and their grants are not made here but by `team init` (roles are the
cluster's, not the database's): the functions' EXECUTE is revoked from PUBLIC
here and granted to the group roles there.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNER = "(SELECT bipdesk_is_owner(current_user))"
"""Once per statement (an init plan), not once per row; first in every policy."""

BY_PARTICIPANT = ("measurements", "drafts", "activities", "survey_answers", "edits")
BY_MEASUREMENT = ("answers", "measurement_reviews", "coordinator_values")
PROTECTED = (
    "participants",
    *BY_PARTICIPANT,
    *BY_MEASUREMENT,
    "settings",
    "units",
    "unit_member",
)

DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, public"

FUNCTIONS = (
    # Reads the catalogue only: no definer rights needed.
    """
    CREATE FUNCTION bipdesk_is_owner(who text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
        SELECT EXISTS (
            SELECT 1 FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
            WHERE c.oid = 'public.unit_member'::regclass AND r.rolname = $1
        )
    $$
    """,
    f"""
    CREATE FUNCTION bipdesk_units_of(who text) RETURNS SETOF text
    LANGUAGE sql STABLE {DEFINER} AS $$
        SELECT m.unit FROM unit_member m
        WHERE m.login = $1 AND m.role IN ('coordinator', 'lead')
    $$
    """,
    f"""
    CREATE FUNCTION bipdesk_leads(who text, which_unit text) RETURNS boolean
    LANGUAGE sql STABLE {DEFINER} AS $$
        SELECT EXISTS (
            SELECT 1 FROM unit_member m
            WHERE m.login = $1 AND m.unit = $2 AND m.role = 'lead'
        )
    $$
    """,
    f"""
    CREATE FUNCTION bipdesk_has_role(who text, which_role text) RETURNS boolean
    LANGUAGE sql STABLE {DEFINER} AS $$
        SELECT EXISTS (SELECT 1 FROM unit_member m WHERE m.login = $1 AND m.role = $2)
    $$
    """,
    f"""
    CREATE FUNCTION bipdesk_is_member(who text) RETURNS boolean
    LANGUAGE sql STABLE {DEFINER} AS $$
        SELECT EXISTS (SELECT 1 FROM unit_member m WHERE m.login = $1)
    $$
    """,
    f"""
    CREATE FUNCTION bipdesk_has_participant(setting text) RETURNS boolean
    LANGUAGE sql STABLE {DEFINER} AS $$
        SELECT EXISTS (
            SELECT 1 FROM participants p WHERE starts_with($1, 'participant/' || p.code || '/')
        )
    $$
    """,
    f"""
    CREATE FUNCTION bipdesk_taken_codes(codes text[]) RETURNS SETOF text
    LANGUAGE sql STABLE {DEFINER} AS $$
        SELECT p.code FROM participants p WHERE p.code = ANY ($1) ORDER BY p.code
    $$
    """,
    # Not a definer: current_user is whoever updates (the owner inside bipdesk_handover).
    """
    CREATE FUNCTION bipdesk_unit_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
    BEGIN
        IF NOT bipdesk_is_owner(current_user) AND NOT EXISTS (
            SELECT 1 FROM pg_roles r WHERE r.rolname = current_user AND r.rolsuper
        ) THEN
            RAISE EXCEPTION USING
                ERRCODE = 'insufficient_privilege',
                MESSAGE = 'permission denied: a participant moves to another unit only by '
                    'a hand-over (bipdesk_handover) by a lead of their unit';
        END IF;
        RETURN NEW;
    END
    $$
    """,
    f"""
    CREATE FUNCTION bipdesk_handover(participant_code text, to_unit text) RETURNS void
    LANGUAGE plpgsql VOLATILE {DEFINER} AS $$
    DECLARE
        found_id integer;
        from_unit text;
    BEGIN
        SELECT p.id, p.unit INTO found_id, from_unit
        FROM participants p WHERE p.code = participant_code FOR UPDATE;
        IF found_id IS NULL OR NOT (
            bipdesk_is_owner(session_user) OR bipdesk_leads(session_user, from_unit)
        ) THEN
            RAISE EXCEPTION USING ERRCODE = 'BD001',
                MESSAGE = format('%s may not hand over participant %s', session_user,
                                 participant_code);
        END IF;
        IF NOT EXISTS (SELECT 1 FROM units u WHERE u.name = to_unit) THEN
            RAISE EXCEPTION USING ERRCODE = 'BD003',
                MESSAGE = format('there is no unit %s', to_unit);
        END IF;
        IF from_unit = to_unit THEN
            RETURN;
        END IF;
        UPDATE participants
        SET unit = to_unit, version = version + 1, updated_at = now() AT TIME ZONE 'UTC'
        WHERE id = found_id;
        INSERT INTO edits (participant_id, changed_at, editor, source, subject, field,
                           old_value, new_value)
        VALUES (found_id, now() AT TIME ZONE 'UTC', session_user, 'handover',
                'participant', 'participant.unit', from_unit, to_unit);
    END
    $$
    """,
    # Called only by the two below: the group roles follow the login's rows.
    f"""
    CREATE FUNCTION bipdesk_sync_grants(who text) RETURNS void
    LANGUAGE plpgsql VOLATILE {DEFINER} AS $$
    DECLARE
        which_role text;
        granted boolean;
        wanted boolean;
    BEGIN
        FOREACH which_role IN ARRAY ARRAY['coordinator', 'lead', 'admin'] LOOP
            SELECT EXISTS (
                SELECT 1 FROM pg_auth_members a
                JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
                WHERE g.rolname = 'bipdesk_' || which_role AND m.rolname = who
            ) INTO granted;
            wanted := bipdesk_has_role(who, which_role);
            IF wanted AND NOT granted THEN
                EXECUTE format('GRANT %I TO %I', 'bipdesk_' || which_role, who);
            ELSIF granted AND NOT wanted THEN
                EXECUTE format('REVOKE %I FROM %I', 'bipdesk_' || which_role, who);
            END IF;
        END LOOP;
    END
    $$
    """,
    f"""
    CREATE FUNCTION bipdesk_add_member(member text, of_unit text, member_role text)
    RETURNS void LANGUAGE plpgsql VOLATILE {DEFINER} AS $$
    BEGIN
        IF member_role IS NULL OR member_role NOT IN ('coordinator', 'lead', 'admin') THEN
            RAISE EXCEPTION USING ERRCODE = 'BD005',
                MESSAGE = format('%s is not a role', member_role);
        END IF;
        IF NOT (
            bipdesk_is_owner(session_user) OR bipdesk_has_role(session_user, 'admin')
            OR (member_role <> 'admin' AND bipdesk_leads(session_user, of_unit))
        ) THEN
            RAISE EXCEPTION USING ERRCODE = 'BD001',
                MESSAGE = format('%s may not manage the members of %s', session_user,
                                 coalesce(of_unit, 'the admins'));
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = member) THEN
            RAISE EXCEPTION USING ERRCODE = 'BD002',
                MESSAGE = format('there is no login %s on the server', member);
        END IF;
        IF member_role = 'admin' THEN
            INSERT INTO unit_member (login, unit, role)
            SELECT member, NULL, 'admin'
            WHERE NOT EXISTS (
                SELECT 1 FROM unit_member m WHERE m.login = member AND m.role = 'admin'
            );
        ELSE
            IF NOT EXISTS (SELECT 1 FROM units u WHERE u.name = of_unit) THEN
                RAISE EXCEPTION USING ERRCODE = 'BD003',
                    MESSAGE = format('there is no unit %s', of_unit);
            END IF;
            INSERT INTO unit_member (login, unit, role) VALUES (member, of_unit, member_role)
            ON CONFLICT (login, unit) DO UPDATE SET role = EXCLUDED.role;
        END IF;
        PERFORM bipdesk_sync_grants(member);
    END
    $$
    """,
    f"""
    CREATE FUNCTION bipdesk_remove_member(member text, of_unit text) RETURNS void
    LANGUAGE plpgsql VOLATILE {DEFINER} AS $$
    DECLARE
        removed integer;
    BEGIN
        IF NOT (
            bipdesk_is_owner(session_user) OR bipdesk_has_role(session_user, 'admin')
            OR (of_unit IS NOT NULL AND bipdesk_leads(session_user, of_unit))
        ) THEN
            RAISE EXCEPTION USING ERRCODE = 'BD001',
                MESSAGE = format('%s may not manage the members of %s', session_user,
                                 coalesce(of_unit, 'the admins'));
        END IF;
        DELETE FROM unit_member m
        WHERE m.login = member AND m.unit IS NOT DISTINCT FROM of_unit;
        GET DIAGNOSTICS removed = ROW_COUNT;
        IF removed = 0 THEN
            RAISE EXCEPTION USING ERRCODE = 'BD004',
                MESSAGE = format('%s is not a member of %s', member,
                                 coalesce(of_unit, 'the admins'));
        END IF;
        PERFORM bipdesk_sync_grants(member);
    END
    $$
    """,
)

FUNCTION_SIGNATURES = (
    "bipdesk_remove_member(text, text)",
    "bipdesk_add_member(text, text, text)",
    "bipdesk_sync_grants(text)",
    "bipdesk_handover(text, text)",
    "bipdesk_unit_guard()",
    "bipdesk_taken_codes(text[])",
    "bipdesk_has_participant(text)",
    "bipdesk_is_member(text)",
    "bipdesk_has_role(text, text)",
    "bipdesk_leads(text, text)",
    "bipdesk_units_of(text)",
    "bipdesk_is_owner(text)",
)


def _rule(name: str, table: str, condition: str, command: str = "ALL") -> str:
    """One policy whose rows are those it may read and write alike; the owner's check first."""
    check = "" if command == "SELECT" else f" WITH CHECK ({OWNER} OR {condition})"
    return f"CREATE POLICY {name} ON {table} FOR {command} USING ({OWNER} OR {condition}){check}"


def _policies() -> list[str]:
    # A setting about a participant the login sees; or one whose participant is gone
    # (a changed code or a deletion: the repository renames or deletes those next).
    participant_setting = (
        "(EXISTS (SELECT 1 FROM participants p "
        "WHERE starts_with(key, 'participant/' || p.code || '/')) "
        "OR (NOT bipdesk_has_participant(key) AND bipdesk_is_member(current_user)))"
    )
    rules = [
        _rule(
            "participants_of_my_units",
            "participants",
            "unit IN (SELECT bipdesk_units_of(current_user))",
        ),
        *(
            _rule(
                f"{table}_of_my_participants",
                table,
                # Correlated on the key: one index probe per row written, where
                # `IN (SELECT id …)` rebuilt the unit's whole id set per statement.
                f"EXISTS (SELECT 1 FROM participants p WHERE p.id = {table}.participant_id)",
            )
            for table in BY_PARTICIPANT
        ),
        *(
            _rule(
                f"{table}_of_my_measurements",
                table,
                f"EXISTS (SELECT 1 FROM measurements m WHERE m.id = {table}.measurement_id)",
            )
            for table in BY_MEASUREMENT
        ),
        _rule(
            "settings_read",
            "settings",
            "(key NOT LIKE 'participant/%' AND bipdesk_is_member(current_user)) "
            f"OR (key LIKE 'participant/%' AND {participant_setting})",
            "SELECT",
        ),
        _rule(
            "settings_write",
            "settings",
            "(key NOT LIKE 'participant/%' AND bipdesk_has_role(current_user, 'lead')) "
            f"OR (key LIKE 'participant/%' AND {participant_setting})",
        ),
        _rule("units_read", "units", "true", "SELECT"),
        _rule("units_manage", "units", "bipdesk_has_role(current_user, 'admin')"),
        _rule(
            "unit_member_read",
            "unit_member",
            "login = current_user OR bipdesk_has_role(current_user, 'admin') "
            "OR (unit IS NOT NULL AND bipdesk_leads(current_user, unit))",
            "SELECT",
        ),
        _rule(
            "unit_member_manage",
            "unit_member",
            "bipdesk_has_role(current_user, 'admin') "
            "OR (role <> 'admin' AND unit IS NOT NULL AND bipdesk_leads(current_user, unit))",
        ),
    ]
    return rules


POLICIES = (
    ("participants", "participants_of_my_units"),
    *((table, f"{table}_of_my_participants") for table in BY_PARTICIPANT),
    *((table, f"{table}_of_my_measurements") for table in BY_MEASUREMENT),
    ("settings", "settings_read"),
    ("settings", "settings_write"),
    ("units", "units_read"),
    ("units", "units_manage"),
    ("unit_member", "unit_member_read"),
    ("unit_member", "unit_member_manage"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # a laptop file: nothing to enforce between users
    for statement in FUNCTIONS:
        op.execute(statement)
    for signature in FUNCTION_SIGNATURES:
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    op.execute(
        "CREATE TRIGGER participants_unit_guard BEFORE UPDATE OF unit ON participants "
        "FOR EACH ROW WHEN (OLD.unit IS DISTINCT FROM NEW.unit) "
        "EXECUTE FUNCTION bipdesk_unit_guard()"
    )
    for statement in _policies():
        op.execute(statement)
    for table in PROTECTED:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in PROTECTED:
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for table, policy in POLICIES:
        op.execute(f"DROP POLICY {policy} ON {table}")
    op.execute("DROP TRIGGER participants_unit_guard ON participants")
    for signature in FUNCTION_SIGNATURES:
        op.execute(f"DROP FUNCTION {signature}")
