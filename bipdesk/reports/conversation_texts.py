"""The words of the follow-up conversation on paper, Swedish and English: the
coordinator's view on the sheet and the participant's own copy.

Looked up through `bipdesk.reports.texts.text`, which holds every report's words.
"""

from __future__ import annotations

CONVERSATION_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "coordinator_view": "Koordinatorns bild",
        "talking_points": "Att prata om",
        "talking_points_intro": (
            "Här ser koordinatorn det annorlunda än deltagaren. "
            "Deltagarens svar är mätningen; koordinatorns bild är en utgångspunkt för samtalet."
        ),
        "talking_points_question": "Fråga",
        "talking_points_answer": "Deltagaren",
        "talking_points_coordinator": "Koordinatorn",
        "talking_points_reason": "Varför",
        "talked_through": "Mätningen den {day} gick vi igenom tillsammans.",
        "copy_title": "Min uppföljning",
        "copy_measurements": "Mätningar",
        "copy_moved": "Det här har ändrats",
        "copy_nothing_moved": "Inga svar har ändrats mellan mätningarna.",
        "copy_first": "Det här är din första mätning. Nästa gång kan du se vad som har ändrats.",
        "copy_footer": "Min uppföljning · {printed}",
        "view_talked_through": "Genomgången tillsammans.",
        "view_value": "{label}: {value} ({reason})",
    },
    "en": {
        "coordinator_view": "Coordinator's view",
        "talking_points": "Talking points",
        "talking_points_intro": (
            "Where the coordinator sees it differently from the participant. "
            "The participant's answer is the measurement; the coordinator's view is a "
            "starting point for the conversation."
        ),
        "talking_points_question": "Question",
        "talking_points_answer": "Participant",
        "talking_points_coordinator": "Coordinator",
        "talking_points_reason": "Why",
        "talked_through": "We talked the measurement of {day} through together.",
        "copy_title": "My follow-up",
        "copy_measurements": "Measurements",
        "copy_moved": "What has changed",
        "copy_nothing_moved": "No answer has changed between the measurements.",
        "copy_first": "This is your first measurement. Next time you can see what has changed.",
        "copy_footer": "My follow-up · {printed}",
        "view_talked_through": "Talked through together.",
        "view_value": "{label}: {value} ({reason})",
    },
}
