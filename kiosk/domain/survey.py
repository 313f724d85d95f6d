"""The attendee survey: its definition (assets/survey.json, agreed by the prefecture and the
contractor, so questions change without code changes) and the checking of one set of answers.
The age band is always asked first and is not part of the definition."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.domain.age import AGE_BANDS


class SurveyError(ValueError):
    pass


@dataclass(frozen=True)
class Choice:
    id: str
    text: dict[str, str]


@dataclass(frozen=True)
class Question:
    id: str
    multiple: bool
    text: dict[str, str]
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class Survey:
    title: dict[str, str]
    questions: tuple[Question, ...]
    free_text: dict[str, str] | None

    def check(self, age_band: str, answers: dict[str, Any], free_text: str | None = None) -> None:
        """Raise SurveyError unless the answers fit the definition (unanswered questions are fine)."""
        if age_band not in AGE_BANDS:
            raise SurveyError(f"unknown age band {age_band!r}")
        by_id = {q.id: q for q in self.questions}
        for qid, answer in answers.items():
            q = by_id.get(qid)
            if q is None:
                raise SurveyError(f"unknown question {qid!r}")
            ids = {c.id for c in q.choices}
            picked = answer if isinstance(answer, list) else [answer]
            if not q.multiple and isinstance(answer, list):
                raise SurveyError(f"question {qid!r} takes one answer")
            if not picked or any(p not in ids for p in picked):
                raise SurveyError(f"answer to {qid!r} is not one of its choices")
        if free_text is not None and self.free_text is None:
            raise SurveyError("this survey has no free text")


def _texts(obj: Any, where: str) -> dict[str, str]:
    if not isinstance(obj, dict) or not isinstance(obj.get("ja"), str) or not isinstance(obj.get("en"), str):
        raise SurveyError(f"{where}: needs Japanese and English text (ja, en)")
    return {"ja": obj["ja"], "en": obj["en"]}


def parse_survey(doc: Any) -> Survey:
    """Build a Survey from the definition's JSON object, or say what is wrong with it."""
    if not isinstance(doc, dict) or not isinstance(doc.get("questions"), list) or not doc["questions"]:
        raise SurveyError("the survey needs a non-empty 'questions' list")
    questions, seen = [], set()
    for i, q in enumerate(doc["questions"], start=1):
        qid = q.get("id") if isinstance(q, dict) else None
        if not isinstance(qid, str) or not qid or qid in seen:
            raise SurveyError(f"question {i}: needs a unique 'id'")
        seen.add(qid)
        if q.get("type") not in ("single", "multiple"):
            raise SurveyError(f"question {qid}: 'type' must be single or multiple")
        raw_choices = q.get("choices")
        if not isinstance(raw_choices, list) or len(raw_choices) < 2:
            raise SurveyError(f"question {qid}: needs at least two choices")
        choices = tuple(Choice(c["id"], _texts(c, f"{qid}/{c.get('id')}")) for c in raw_choices)
        if len({c.id for c in choices}) != len(choices):
            raise SurveyError(f"question {qid}: choice ids must be unique")
        questions.append(Question(qid, q["type"] == "multiple", _texts(q.get("text"), qid), choices))
    free = doc.get("free_text")
    return Survey(_texts(doc.get("title"), "title"), tuple(questions), _texts(free, "free_text") if free else None)
