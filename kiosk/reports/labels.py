"""Japanese labels the handed-in reports use for the domain's codes (report titles, session kinds,
targets, other-case categories, survey questions and choices). A code without a label shows as
itself, so a new category recorded on paper still appears in the report."""

from __future__ import annotations

from kiosk.domain.survey import Survey

TITLES = {"daily": "日次報告書", "monthly": "月次報告書", "completion": "委託業務完了報告書"}

KIND_JA = {"support": "申請サポート", "mobile": "出張申請", "smartphone_class": "スマホ相談会"}

TARGET_JA = {
    "booth_sessions": "申請サポート 開催回数",
    "large_venue_sessions": "うち100人規模会場",
    "applications": "申請支援数",
    "smartphone_sessions": "スマホ相談会 開催回数",
}

OTHER_JA = {
    "inquiry": "一般的な問合せ",
    "inquiry_phone": "電話での問合せ",
    "card_renewal": "更新・再交付の相談",
    "address_change": "住所・氏名変更等",
    "copy": "コピー",
    "referral": "行政機関等への案内",
}

ROUTE_JA = {"paper": "紙申請", "online": "オンライン申請"}


def other_label(category: str) -> str:
    return OTHER_JA.get(category, category)


def question_label(survey: Survey | None, qid: str) -> str:
    return survey.label(qid) if survey else qid


def choice_label(survey: Survey | None, qid: str, choice: str) -> str:
    return survey.label(qid, choice) if survey else choice


def choice_order(survey: Survey | None, qid: str, seen: set[str]) -> list[str]:
    """The question's choices in the definition's order (all of them, answered or not), then any
    answered choice the definition no longer has."""
    q = survey.question(qid) if survey else None
    known = [c.id for c in q.choices] if q else []
    return known + sorted(seen - set(known))


def question_order(survey: Survey | None, seen: set[str]) -> list[str]:
    known = [q.id for q in survey.questions] if survey else []
    return known + sorted(seen - set(known))
