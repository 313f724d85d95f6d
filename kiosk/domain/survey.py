"""The attendee survey: its definition (assets/survey.json, agreed by the prefecture and the
contractor, so questions change without code changes) and the checking of one set of answers.
The age band is always asked first and is not part of the definition.

Every text is {language code: text}: "ja" and "en" always (the operator, the reports, HQ), plus the
attendee languages (ja_easy, zh_CN, ko, vi, ne, fil, id, pt_BR). A choice keeps "ja"/"en" beside its
"id" and the others under "i18n" (a choice's own "id" field would clash with Indonesian's code)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.domain.age import AGE_BANDS

FREE_TEXT_MAX = 500  # characters; a comment, not an essay (and less personal data to hold)


class SurveyError(ValueError):
    """A definition or an answer set that does not fit; the message says where."""


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
    version: int = 1

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)

    def label(self, qid: str, choice: str | None = None, lang: str = "ja") -> str:
        """The question's (or one of its choices') text; the id itself when the definition has
        changed since the answer was given, so old answers still show."""
        q = self.question(qid)
        if q is None:
            return choice or qid
        if choice is None:
            return q.text[lang]
        return next((c.text[lang] for c in q.choices if c.id == choice), choice)

    def check(self, age_band: str, answers: dict[str, Any], free_text: str | None = None) -> None:
        """Raise SurveyError unless the answers fit the definition (unanswered questions are fine)."""
        if age_band not in AGE_BANDS:
            raise SurveyError(f"unknown age band {age_band!r}")
        if not isinstance(answers, dict):
            raise SurveyError("answers must map question ids to choice ids")
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
            if len(set(picked)) != len(picked):
                raise SurveyError(f"answer to {qid!r} repeats a choice")
        if free_text is not None:
            if self.free_text is None:
                raise SurveyError("this survey has no free text")
            if not isinstance(free_text, str) or len(free_text) > FREE_TEXT_MAX:
                raise SurveyError(f"free text must be a string of at most {FREE_TEXT_MAX} characters")


def in_language(texts: dict[str, str], lang: str) -> str:
    """The text in `lang`; English where the definition lacks that language."""
    return texts.get(lang) or texts["en"]


def _texts(obj: Any, where: str, more: Any = None) -> dict[str, str]:
    if not isinstance(obj, dict) or not isinstance(obj.get("ja"), str) or not isinstance(obj.get("en"), str):
        raise SurveyError(f"{where}: needs Japanese and English text (ja, en)")
    extra = obj if more is None else more
    if not isinstance(extra, dict) or not all(isinstance(v, str) and v.strip() for v in extra.values()):
        raise SurveyError(f"{where}: every language's text must be a non-empty string")
    return {**extra, "ja": obj["ja"], "en": obj["en"]}


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
        if not all(isinstance(c, dict) and isinstance(c.get("id"), str) and c["id"] for c in raw_choices):
            raise SurveyError(f"question {qid}: every choice needs an 'id'")
        choices = tuple(Choice(c["id"], _texts(c, f"{qid}/{c['id']}", c.get("i18n", {}))) for c in raw_choices)
        if len({c.id for c in choices}) != len(choices):
            raise SurveyError(f"question {qid}: choice ids must be unique")
        questions.append(Question(qid, q["type"] == "multiple", _texts(q.get("text"), qid), choices))
    free = doc.get("free_text")
    version = doc.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool):
        raise SurveyError("'version' must be an integer")
    return Survey(_texts(doc.get("title"), "title"), tuple(questions), _texts(free, "free_text") if free else None,
                  version)
