import json

import pytest

from kiosk.domain.survey import FREE_TEXT_MAX, SurveyError, parse_survey
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


def test_answer_sets_that_do_not_fit_are_refused():
    s = shipped()
    with pytest.raises(SurveyError, match="repeats"):
        s.check("60-69", {"want": ["etax", "etax"]})
    with pytest.raises(SurveyError, match="at most"):
        s.check("60-69", {}, "x" * (FREE_TEXT_MAX + 1))
    with pytest.raises(SurveyError, match="unknown question"):
        s.check("60-69", {"favourite_colour": "blue"})
    with pytest.raises(SurveyError):
        s.check("60-69", ["heard", "flyer"])
    s.check("90+", {}, "とても親切でした")


def test_choices_without_ids_and_bad_versions_are_reported():
    q = {"id": "q", "type": "single", "text": {"ja": "x", "en": "x"},
         "choices": [{"ja": "a", "en": "a"}, {"id": "b", "ja": "b", "en": "b"}]}
    with pytest.raises(SurveyError, match="needs an 'id'"):
        parse_survey({"title": {"ja": "a", "en": "a"}, "questions": [q]})
    q["choices"][0]["id"] = "a"
    with pytest.raises(SurveyError, match="version"):
        parse_survey({"title": {"ja": "a", "en": "a"}, "questions": [q], "version": "2"})


def test_labels_for_reports_survive_a_changed_definition():
    s = shipped()
    assert s.label("heard") == "このブースを何で知りましたか？"
    assert s.label("heard", "flyer") == "チラシ・ポスター" and s.label("heard", "flyer", "en") == "Flyer or poster"
    assert s.label("heard", "carrier_pigeon") == "carrier_pigeon"  # a choice since removed
    assert s.label("old_question", "x") == "x" and s.label("old_question") == "old_question"
