"""Survey definition files (TOML, like card files): the shipped exit survey in
`resources/surveys/`, and a project's own versions in the data folder's
`surveys` folder. A mistake is reported with the file and the field."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from bipdesk import paths
from bipdesk.core.surveys import SCALE, Survey, SurveyQuestion
from bipdesk.io.file_error import FileError
from bipdesk.messages import QT_TRANSLATE_NOOP

EXIT_SURVEY_ID = "nns-exit"
_FOLDER = "resources/surveys"


class SurveyFileError(FileError):
    """A survey file that cannot be used; names the file and the field."""


def _texts(data: Any, file: str, where: str) -> dict[str, str]:
    if not isinstance(data, dict) or not data or "sv" not in data:
        raise SurveyFileError(
            file,
            QT_TRANSLATE_NOOP(
                "survey file", "{field}: give the text in Swedish (sv) at least"
            ).format(field=where),
        )
    if not all(isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in data.items()):
        raise SurveyFileError(
            file,
            QT_TRANSLATE_NOOP(
                "survey file", "{field}: every language needs a non-empty text"
            ).format(field=where),
        )
    return {k: v.strip() for k, v in data.items()}


def survey_from_mapping(data: dict[str, Any], file: str) -> Survey:
    survey_id = data.get("id")
    version = data.get("version")
    if not isinstance(survey_id, str) or not survey_id:
        raise SurveyFileError(file, QT_TRANSLATE_NOOP("survey file", "id: give the survey an id"))
    if not isinstance(version, int) or version < 1:
        raise SurveyFileError(
            file, QT_TRANSLATE_NOOP("survey file", "version: a whole number from 1")
        )
    scale: dict[str, tuple[str, str, str, str]] = {}
    for language, words in (data.get("scale") or {}).items():
        if not isinstance(words, list) or len(words) != len(SCALE):
            raise SurveyFileError(
                file,
                QT_TRANSLATE_NOOP("survey file", "{field}: give the words of the 4 steps").format(
                    field=f"scale.{language}"
                ),
            )
        scale[language] = (words[0], words[1], words[2], words[3])
    if "sv" not in scale:
        raise SurveyFileError(
            file,
            QT_TRANSLATE_NOOP(
                "survey file", "scale: give the words of the 4 steps in Swedish (sv)"
            ),
        )
    questions: list[SurveyQuestion] = []
    seen: set[str] = set()
    for index, entry in enumerate(data.get("questions") or []):
        where = f"questions[{index}]"
        question_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(question_id, str) or not question_id.isidentifier():
            raise SurveyFileError(
                file,
                QT_TRANSLATE_NOOP(
                    "survey file", "{field}: give a short id of letters and _"
                ).format(field=f"{where}.id"),
            )
        if question_id in seen:
            raise SurveyFileError(
                file,
                QT_TRANSLATE_NOOP("survey file", "{field}: '{id}' appears twice").format(
                    field=f"{where}.id", id=question_id
                ),
            )
        seen.add(question_id)
        questions.append(
            SurveyQuestion(
                question_id,
                _texts(entry.get("text"), file, f"{where}.text"),
                _texts(entry.get("label"), file, f"{where}.label"),
            )
        )
    if not questions:
        raise SurveyFileError(
            file, QT_TRANSLATE_NOOP("survey file", "questions: the survey has no questions")
        )
    return Survey(
        survey_id,
        version,
        _texts(data.get("title"), file, "title"),
        scale,
        tuple(questions),
        source=file,
    )


def read_survey(path: Path) -> Survey:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise SurveyFileError(
            str(path),
            QT_TRANSLATE_NOOP("survey file", "cannot be read ({reason})").format(
                reason=error.strerror or str(error)
            ),
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SurveyFileError(
            str(path),
            QT_TRANSLATE_NOOP("survey file", "is not valid TOML ({error})").format(
                error=str(error)
            ),
        ) from None
    return survey_from_mapping(data, path.name)


@cache
def default_surveys() -> dict[tuple[str, int], Survey]:
    """The shipped surveys, then a project's own (later versions win by id)."""
    found: dict[tuple[str, int], Survey] = {}
    for folder in (paths.resources_dir() / "surveys", paths.data_dir() / "surveys"):
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                survey = read_survey(path)
                found[survey.id, survey.version] = survey
    return found


def exit_survey(version: int | None = None) -> Survey:
    """The exit survey of that version, or its newest version."""
    surveys = default_surveys()
    versions = sorted(v for (i, v) in surveys if i == EXIT_SURVEY_ID)
    if not versions:
        raise SurveyFileError(
            _FOLDER,
            QT_TRANSLATE_NOOP("survey file", "the survey '{survey}' is missing").format(
                survey=EXIT_SURVEY_ID
            ),
        )
    chosen = version if version is not None else versions[-1]
    if (EXIT_SURVEY_ID, chosen) not in surveys:
        raise SurveyFileError(
            _FOLDER,
            QT_TRANSLATE_NOOP(
                "survey file", "the survey '{survey}' version {version} is missing"
            ).format(survey=EXIT_SURVEY_ID, version=chosen),
        )
    return surveys[EXIT_SURVEY_ID, chosen]
