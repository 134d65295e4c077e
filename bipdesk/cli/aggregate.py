"""`export-aggregate`, `merge` and `report`: the figures that leave a unit, the
project office's sum of them, and the unit's own exact report (DESIGN §5, §7–§9).

Thin doors over `bipdesk.io.export`, `bipdesk.io.merge` and `bipdesk.reports`:
the export window and the project-office window call the same functions.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from bipdesk.cli.errors import CliError, existing_database
from bipdesk.cli.opening import database_location, database_name
from bipdesk.messages import QT_TRANSLATE_NOOP, Number, message_of, said

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bipdesk.storage.server_address import ServerAddress

SUGGESTED_GOAL_PERCENT = 75
"""core.surveys.DEFAULT_GOAL as the --survey-goal default, written out so that
`bipdesk --help` need not import the core (a test keeps the two equal)."""


def add_export(export: argparse.ArgumentParser) -> None:
    export.description = (
        "Write the anonymized tables (aggregate file v2, JSON), and on request "
        "CSV for Swedish Excel and XLSX. Every figure is protected by the cell key method: "
        "it may differ from the exact count by up to 2, figures of 1 or 2 are never shown, "
        "and the same people always give the same figures."
    )
    export.add_argument("--out", type=Path, required=True, metavar="F.json")
    export.add_argument("--xlsx", type=Path, metavar="F.xlsx", help="also write the tables as XLSX")
    export.add_argument("--csv", type=Path, metavar="F.csv", help="also write the tables as CSV")
    export.add_argument("--from", dest="start", type=_date, metavar="DATE", help="first day")
    export.add_argument("--to", dest="end", type=_date, metavar="DATE", help="last day")
    _add_baseline(export)
    export.add_argument("--unit", metavar="LABEL", help="the exporting unit (default: file name)")
    export.add_argument(
        "--profile",
        type=Path,
        metavar="P.json",
        help="the project profile from the project office: card, age bands and periods",
    )
    export.add_argument("--period", metavar="LABEL", help="a period of the profile, e.g. '2025 H1'")
    # Version 1's smallest published count; kept only to say that it is gone.
    export.add_argument("--k", help=argparse.SUPPRESS)
    export.set_defaults(run=lambda args: _run_export(args, database_location(args)))


def add_merge(merge: argparse.ArgumentParser) -> None:
    merge.description = (
        "Check and sum aggregate files (version 2). Every merged count carries "
        "its 95 %% margin of error. Nothing is written when any file is unfit."
    )
    merge.add_argument("files", type=Path, nargs="+", metavar="FILE.json")
    merge.add_argument("--out", type=Path, required=True, metavar="M.json")
    merge.add_argument("--xlsx", type=Path, metavar="R.xlsx", help="also write the merged tables")
    merge.add_argument(
        "--pdf",
        type=Path,
        metavar="R.pdf",
        help="also write the project-office report (in the --lang language)",
    )
    merge.add_argument(
        "--allow-mixed-periods",
        action="store_true",
        help="merge files of different periods (the report then names every period)",
    )
    merge.add_argument(
        "--survey-goal",
        type=_percent,
        default=SUGGESTED_GOAL_PERCENT,
        metavar="PERCENT",
        help="the project's goal for the exit survey's shares of positive answers, "
        "shown in the report (default %(default)s)",
    )
    merge.set_defaults(run=_run_merge)


def add_report(report: argparse.ArgumentParser) -> None:
    report.description = (
        "Write the unit's exact figures for its own follow-up as an A4 PDF, and "
        "on request XLSX: headline shares, participants by sex and age group, exits, the "
        "questions and the group's spider chart. The figures are NOT protected: every page "
        "is marked internal, and the files must not be published or sent to the project "
        "office (export-aggregate makes what may leave the unit)."
    )
    report.add_argument("--out", type=Path, required=True, metavar="R.pdf")
    report.add_argument("--xlsx", type=Path, metavar="R.xlsx", help="also write the tables as XLSX")
    report.add_argument("--from", dest="start", type=_date, metavar="DATE", help="first day")
    report.add_argument("--to", dest="end", type=_date, metavar="DATE", help="last day")
    _add_baseline(report)
    report.add_argument(
        "--survey-goal",
        type=_percent,
        metavar="PERCENT",
        help="the project's goal for the exit survey's shares of positive answers "
        "(default: the goal kept in the database, else 75)",
    )
    report.set_defaults(run=lambda args: _run_report(args, database_location(args)))


def _add_baseline(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--baseline",
        choices=("start", "period"),
        default="start",
        help="compare the latest measurement in the period with each participant's first "
        "measurement ever (start, the default) or with the first inside the period (period)",
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _percent(text: str) -> int:
    """A whole percent 1–100 for argparse, with a message naming what is wrong."""
    from bipdesk.core.surveys import goal_from_percent

    try:
        value = int(text.strip().removesuffix("%").strip())
        goal_from_percent(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a whole percent from 1 to 100, e.g. 75"
        ) from None
    return value


def _run_export(args: argparse.Namespace, path: Path | ServerAddress) -> int:
    from bipdesk.cli.opening import open_for_command
    from bipdesk.core.ages import DEFAULT_AGE_BANDS
    from bipdesk.core.periods import Period
    from bipdesk.io.export import DEFAULT_CARD_ID, ExportPaths, build_aggregate, write_outputs
    from bipdesk.io.profile import ProfileError, check_fits, read_profile

    if args.k is not None:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "cli",
                "--k is gone: aggregate files are now protected by the cell key method, which "
                "needs no smallest count; leave --k out",
            )
        )
    existing_database(path)
    profile = None
    if args.profile is not None:
        try:
            profile = read_profile(args.profile)
        except ProfileError as error:
            raise CliError(message_of(error)) from None
    elif args.period is not None:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "cli", "--period names a period of a project profile; give --profile too"
            )
        )
    try:
        if profile is not None and args.period is not None:
            if args.start is not None or args.end is not None:
                raise CliError(
                    QT_TRANSLATE_NOOP("cli", "give either --period or --from/--to, not both")
                )
            period = profile.period(args.period, str(args.profile))
        else:
            period = Period(args.start, args.end)
    except ValueError as error:  # ProfileError, or a period that ends before it starts
        raise CliError(message_of(error)) from None
    unit = args.unit if args.unit is not None else database_name(path)
    with open_for_command(path, read_only_when_held=True) as database:
        try:
            if profile is not None:
                check_fits(profile, database.cards, str(args.profile))
            aggregate = build_aggregate(
                database,
                period,
                unit,
                project=profile.project if profile else None,
                card_id=profile.card_id if profile else DEFAULT_CARD_ID,
                card_version=profile.card_version if profile else None,
                bands=profile.age_bands if profile else DEFAULT_AGE_BANDS,
                baseline=args.baseline,
            )
        except ValueError as error:  # ExportError, ProfileError: what cannot be exported
            raise CliError(message_of(error)) from None
    write_outputs(aggregate, ExportPaths(args.out, args.csv, args.xlsx), args.lang)
    registered = aggregate.value("participants", "registered", sex="all", age_band="all")
    withheld = sum(cell.withheld for cell in aggregate.cells)
    written = ", ".join(str(p) for p in (args.out, args.csv, args.xlsx) if p is not None)
    summary = QT_TRANSLATE_NOOP(
        "cli",
        "{files}: unit '{unit}', {registered} participants registered (protected by the cell "
        "key method: each figure within ±{deviation} of the exact count); {withheld} means "
        "withheld (fewer than {smallest} people)",
    ).format(
        files=written,
        unit=aggregate.unit,
        registered=Number(int(registered or 0)),
        deviation=str(aggregate.protection.max_deviation),
        withheld=Number(withheld),
        smallest=str(aggregate.protection.means_from_n),
    )
    print(said(summary, args.lang))
    return 0


def _run_merge(args: argparse.Namespace) -> int:
    from bipdesk.io.aggregate_file import write_aggregate, write_atomically
    from bipdesk.io.merge import MergeError, merge_aggregates, read_for_merge
    from bipdesk.io.merge_problems import DIFFERENT_PERIOD

    try:
        units = read_for_merge(args.files, args.allow_mixed_periods)
    except MergeError as failure:
        for problem in failure.problems:
            print(f"bipdesk: {said(problem.message, args.lang)}", file=sys.stderr)
        if not args.allow_mixed_periods and any(
            found.kind == DIFFERENT_PERIOD
            for problem in failure.problems
            for found in problem.problems
        ):
            hint = QT_TRANSLATE_NOOP(
                "cli", "give --allow-mixed-periods to merge files of different periods"
            )
            print(f"bipdesk: {said(hint, args.lang)}", file=sys.stderr)
        nothing = QT_TRANSLATE_NOOP("cli", "nothing was written")
        print(f"bipdesk: {said(nothing, args.lang)}", file=sys.stderr)
        return 1
    outputs = [p for p in (args.out, args.xlsx, args.pdf) if p is not None]
    check_outputs(outputs, args.files)
    merged = merge_aggregates(units)
    report = None
    if args.pdf is not None:  # made first: a report that fails leaves no files behind
        from bipdesk.reports.office import office_report_pdf

        report = office_report_pdf(merged, units, args.lang, survey_goal=args.survey_goal / 100)
    write_aggregate(args.out, merged)
    if args.xlsx is not None:
        from bipdesk.reports.office_xlsx import write_office_xlsx

        write_office_xlsx(args.xlsx, merged, units, args.lang, survey_goal=args.survey_goal / 100)
    if report is not None:
        write_atomically(args.pdf, report)
    written = ", ".join(str(p) for p in outputs)
    positive = merged.cell("participants", "positive", sex="all", age_band="all")
    summary = QT_TRANSLATE_NOOP("cli", "{files}: {count} exports of {units} merged").format(
        files=written, count=Number(len(merged.sources)), units=merged.unit
    )
    if positive is not None:
        summary = QT_TRANSLATE_NOOP(
            "cli", "{files}: {count} exports of {units} merged; positive step {value} ± {margin}"
        ).format(
            files=written,
            count=Number(len(merged.sources)),
            units=merged.unit,
            value=Number(int(positive.value or 0)),
            margin=Number(int(positive.margin or 0)),
        )
    print(said(summary, args.lang))
    return 0


def _run_report(args: argparse.Namespace, path: Path | ServerAddress) -> int:
    from bipdesk.cli.opening import open_for_command
    from bipdesk.core.aggregation import REGISTERED
    from bipdesk.core.periods import Period
    from bipdesk.io.aggregate_file import write_atomically
    from bipdesk.reports.unit_figures import count_unit
    from bipdesk.reports.unit_report import unit_report_pdf
    from bipdesk.reports.unit_workbook import unit_workbook_bytes

    existing_database(path)
    try:
        period = Period(args.start, args.end)
    except ValueError as error:
        raise CliError(
            QT_TRANSLATE_NOOP("cli", "{problem}; nothing was written").format(
                problem=message_of(error)
            )
        ) from None
    for output, suffix, kind in ((args.out, ".pdf", "--out"), (args.xlsx, ".xlsx", "--xlsx")):
        if output is not None and output.suffix.lower() != suffix:
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "{file}: {option} needs a file name ending in {suffix}; nothing was written",
                ).format(file=output, option=kind, suffix=suffix)
            )
    outputs = [p for p in (args.out, args.xlsx) if p is not None]
    check_outputs(outputs)
    with open_for_command(path, read_only_when_held=True) as database:
        try:
            goal = None if args.survey_goal is None else args.survey_goal / 100
            figures = count_unit(database, period, survey_goal=goal, baseline=args.baseline)
        except ValueError as error:  # ExportError: the card is not installed
            raise CliError(message_of(error)) from None
    # Both are made before either is written: a failure leaves no files behind.
    pdf = unit_report_pdf(figures, args.lang)
    workbook = unit_workbook_bytes(figures, args.lang) if args.xlsx is not None else None
    write_atomically(args.out, pdf)
    if workbook is not None:
        write_atomically(args.xlsx, workbook)
    written = ", ".join(str(p) for p in outputs)
    registered = figures.participants(REGISTERED)
    summary = QT_TRANSLATE_NOOP(
        "cli",
        "{files}: the exact figures of unit '{unit}', {registered} participants registered; "
        "internal - contains small counts, do not publish",
    ).format(files=written, unit=figures.unit, registered=Number(registered))
    print(said(summary, args.lang))
    return 0


def check_outputs(outputs: Sequence[Path], inputs: Sequence[Path] = ()) -> None:
    """Refuse, before anything is written, outputs that could not be written or that
    would overwrite an input or each other."""
    seen: dict[Path, Path] = {}
    sources = {path.resolve() for path in inputs}
    for path in outputs:
        where = path.resolve()
        if where in sources:
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "cli", "{file}: is one of the files to merge; nothing was written"
                ).format(file=path)
            )
        if where in seen:
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "cli", "{file}: given twice as an output; nothing was written"
                ).format(file=path)
            )
        seen[where] = path
        if not where.parent.is_dir():
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "cli", "{file}: the folder {folder} does not exist; nothing was written"
                ).format(file=path, folder=path.parent)
            )
