"""The attendee fills in the survey alone, by touch; it lands in the store and today's tallies."""

from PySide6.QtCore import Qt

from kiosk.ui.survey_screen import SurveyScreen
from tests.ui.conftest import PIN, at_desk, enter_pin

LEFT = Qt.MouseButton.LeftButton


def test_attendee_completes_the_survey_by_touch_and_it_is_counted(qtbot, operator, store, data_dir):
    w = operator
    at_desk(w, ["paper_application"], "70-79")
    qtbot.mouseClick(w.operator.journey.step_buttons["survey"], LEFT)
    assert w.mode == "attendee"
    survey = w.attendee.survey_holder.findChild(SurveyScreen)
    qtbot.mouseClick(survey.age_buttons["80-89"], LEFT)  # the attendee's own answer wins
    qtbot.mouseClick(survey.choice_buttons["heard"]["friend"], LEFT)
    qtbot.mouseClick(survey.choice_buttons["why_not_before"]["complicated"], LEFT)
    qtbot.mouseClick(survey.choice_buttons["want"]["insurance"], LEFT)
    qtbot.mouseClick(survey.choice_buttons["want"]["konbini"], LEFT)
    qtbot.mouseClick(survey.next_button, LEFT)
    qtbot.mouseClick(survey.choice_buttons["satisfaction"]["very_good"], LEFT)
    survey.free_text.setFocus()
    qtbot.waitUntil(w.keyboard.isVisible)
    survey.free_text.insertPlainText("SURVEY-MARKER-とても助かりました")
    qtbot.mouseClick(survey.finish_button, LEFT)
    assert w.attendee.pages.currentIndex() == w.attendee.THANKS
    assert w.booth.today().surveys == 1 and "<b>1</b>" in w.operator.tallies.labels["surveys"].text()
    recorded = [e for _, e in store.events() if e.type == "survey"][0]
    assert recorded.data["age_band"] == "80-89"
    assert recorded.data["answers"] == {"heard": "friend", "why_not_before": "complicated",
                                        "want": ["insurance", "konbini"], "satisfaction": "very_good"}
    # the free text is personal: encrypted at rest, never on disk in the clear
    raw = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert b"SURVEY-MARKER" not in raw
    # back to the operator only with the PIN
    qtbot.mouseClick(w.attendee.staff_button, LEFT)
    enter_pin(qtbot, w, PIN)
    assert w.mode == "operator"
