"""The words of an exit as the user reads them: exit reasons under their report
groups, and the employment a participant left for (DESIGN §6 and §10)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bipdesk.core.exits import Employment, WorkingTime
from bipdesk.core.participants import ExitReason, OutcomeGroup


def exit_reason_labels() -> dict[ExitReason, str]:
    return {
        ExitReason.WORK: QCoreApplication.translate("ParticipantPage", "Work"),
        ExitReason.STUDIES: QCoreApplication.translate("ParticipantPage", "Studies"),
        ExitReason.LABOUR_MARKET_TRAINING: QCoreApplication.translate(
            "ParticipantPage", "Labour market training"
        ),
        ExitReason.JOB_SEEKING: QCoreApplication.translate("ParticipantPage", "Job seeking"),
        ExitReason.REHABILITATION: QCoreApplication.translate(
            "ParticipantPage", "Vocational rehabilitation"
        ),
        ExitReason.MEDICAL_CARE: QCoreApplication.translate(
            "ParticipantPage", "Medical rehabilitation or care"
        ),
        ExitReason.COMPLETED: QCoreApplication.translate(
            "ParticipantPage", "Completed the programme"
        ),
        ExitReason.DROPPED_OUT: QCoreApplication.translate("ParticipantPage", "Dropped out"),
        ExitReason.OTHER: QCoreApplication.translate("ParticipantPage", "Other reason"),
    }


def outcome_group_labels() -> dict[OutcomeGroup, str]:
    return {
        OutcomeGroup.WORK_OR_STUDIES: QCoreApplication.translate(
            "ParticipantPage", "Work or studies"
        ),
        OutcomeGroup.CLOSER_TO_LABOUR_MARKET: QCoreApplication.translate(
            "ParticipantPage", "Closer to the labour market"
        ),
        OutcomeGroup.OTHER: QCoreApplication.translate("ParticipantPage", "Other exits"),
    }


def employment_labels() -> dict[Employment, str]:
    return {
        Employment.PERMANENT: QCoreApplication.translate("ExitDialog", "Permanent"),
        Employment.TEMPORARY: QCoreApplication.translate("ExitDialog", "Temporary"),
    }


def working_time_labels() -> dict[WorkingTime, str]:
    return {
        WorkingTime.FULL_TIME: QCoreApplication.translate("ExitDialog", "Full time"),
        WorkingTime.PART_TIME: QCoreApplication.translate("ExitDialog", "Part time"),
    }


def subsidised_labels() -> dict[bool, str]:
    return {
        True: QCoreApplication.translate("ExitDialog", "Yes, subsidised"),
        False: QCoreApplication.translate("ExitDialog", "No, not subsidised"),
    }
