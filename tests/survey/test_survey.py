import json

import pytest

from kiosk.domain.survey import SurveyError, parse_survey
from kiosk.paths import assets_dir


def shipped():
    return parse_survey(json.loads((assets_dir() / "survey.json").read_text(encoding="utf-8")))


def test_shipped_definition_is_valid_and_bilingual():
    s = shipped()
    assert len(s.questions) >= 3 and any(q.multiple for q in s.questions)
    assert all(q.text["ja"] and q.text["en"] for q in s.questions) and s.free_text


@pytest.mark.parametrize(
    ("doc", "complaint"),
    [({}, "questions"),
     ({"title": {"ja": "a", "en": "a"}, "questions": [{"id": "q", "type": "single", "text": {"ja": "x", "en": "x"},
                                                         "choices": [{"id": "a", "ja": "a", "en": "a"}]}]}, "two choices"),
     ({"title": {"ja": "a", "en": "a"}, "questions": [{"id": "q", "type": "rank", "text": {"ja": "x", "en": "x"},
                                                         "choices": []}]}, "single or multiple"),
     ({"title": {"ja": "a"}, "questions": [{"id": "q", "type": "single", "text": {"ja": "x", "en": "x"},
                                              "choices": [{"id": "a", "ja": "a", "en": "a"}, {"id": "b", "ja": "b", "en": "b"}]}]},
      "English")],
)
def test_broken_definitions_say_what_is_wrong(doc, complaint):
    with pytest.raises(SurveyError, match=complaint):
        parse_survey(doc)


def test_answers_are_checked_against_the_definition():
    s = shipped()
    s.check("60-69", {"heard": "flyer", "want": ["insurance", "etax"]})
    with pytest.raises(SurveyError):
        s.check("60-69", {"heard": ["flyer", "web"]})
    with pytest.raises(SurveyError):
        s.check("60-69", {"heard": "telepathy"})
    with pytest.raises(SurveyError):
        s.check("65", {})
