"""Attendee mode: the survey, one question per page, big buttons, finished alone in under a minute.

Age band first (always asked), then the definition's questions, then optional free text. Nothing is
kept after `completed` is emitted: the attendee view destroys this widget with its answers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.age import AGE_BANDS
from kiosk.domain.survey import FREE_TEXT_MAX, Question, Survey, in_language
from kiosk.speech.speaker import Speaker
from kiosk.ui.attendee_i18n import AttendeePage, attendee_language
from kiosk.ui.base import button, label, speaker_button

CHOICE_PX = 26  # answers a little larger than body text: read at arm's length, often without glasses
CHOICE_HEIGHT = 80
COLUMNS = {"age": 5, "choice": 2}  # answers per row at normal text size; one a row when text is doubled


class SurveyScreen(AttendeePage):
    """`completed(dict)` carries {"age_band": …, "answers": {question_id: choice_id | [choice_id, …]},
    "free_text"?: …}, already checked against the definition."""

    completed = Signal(dict)

    def __init__(self, survey: Survey) -> None:
        super().__init__()
        self.speaker: Speaker | None = None  # the attendee view lends its voice for "read aloud"
        self.grids: list[tuple[QGridLayout, list[QPushButton], str]] = []
        self.set_text_scale(1)
        self.survey = survey
        self.age_band: str | None = None
        self.answers: dict[str, Any] = {}
        self.pages = QStackedWidget()
        self.title = label("title")
        self.progress = label("note")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(10)
        self.question_labels: list = []
        # page 0: age band
        self.age_buttons: dict[str, QPushButton] = {}
        self.pages.addWidget(self._grid_page(self._age_page_fill))
        # one page per question
        self.choice_buttons: dict[str, dict[str, QPushButton]] = {}
        for q in survey.questions:
            self.pages.addWidget(self._grid_page(lambda grid, q=q: self._question_fill(grid, q)))
        # free text + finish
        last = QWidget()
        lv = QVBoxLayout(last)
        self.free_label = label("title")
        self.free_text = QPlainTextEdit()
        self.free_text.setMaximumHeight(160)
        self.finish_button = button("primary")
        self.finish_button.clicked.connect(self.finish)
        lv.addWidget(self.free_label)
        lv.addWidget(self.free_text)
        lv.addWidget(self.finish_button)
        lv.addStretch(1)
        self.pages.addWidget(last)
        self.back_button = button()
        self.back_button.clicked.connect(self.back)
        self.next_button = button("primary")
        self.next_button.clicked.connect(self.next)
        self.read_button = speaker_button()
        self.read_button.clicked.connect(self.read_aloud)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.progress, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.read_button)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.pages, 1)
        layout.addLayout(nav)
        self.retranslate()
        self._update_nav()

    # -- building ------------------------------------------------------------------------------------
    def _grid_page(self, fill: Any) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        heading = label("title")
        self.question_labels.append(heading)
        v.addWidget(heading)
        grid = QGridLayout()
        fill(grid)
        v.addLayout(grid)
        v.addStretch(1)
        return page

    @staticmethod
    def _choice_button() -> QPushButton:
        b = button(checkable=True)
        b.setProperty("choice", True)
        b.setMinimumHeight(CHOICE_HEIGHT)
        return b

    def _age_page_fill(self, grid: QGridLayout) -> None:
        for band in AGE_BANDS:
            b = self._choice_button()
            b.clicked.connect(lambda _=False, bd=band: self.choose_age(bd))
            self.age_buttons[band] = b
        self._place(grid, list(self.age_buttons.values()), "age")

    def _question_fill(self, grid: QGridLayout, q: Question) -> None:
        buttons = {}
        for c in q.choices:
            b = self._choice_button()
            b.clicked.connect(lambda checked, qq=q, cid=c.id: self.choose(qq, cid, checked))
            buttons[c.id] = b
        self.choice_buttons[q.id] = buttons
        self._place(grid, list(buttons.values()), "choice")

    def _place(self, grid: QGridLayout, buttons: list[QPushButton], kind: str) -> None:
        if (grid, buttons, kind) not in self.grids:
            self.grids.append((grid, buttons, kind))
        columns = COLUMNS[kind] if self.text_scale == 1 else (2 if kind == "age" else 1)
        for i, b in enumerate(buttons):
            grid.addWidget(b, i // columns, i % columns)

    def set_text_scale(self, scale: int) -> None:
        """Answers at `scale` times their size, in fewer columns so none is cut off (large text)."""
        self.text_scale = scale
        self.setStyleSheet(f'QPushButton[choice="true"] {{ font-size: {CHOICE_PX * scale}px; }}')
        for grid, buttons, kind in self.grids:
            self._place(grid, buttons, kind)

    def read_aloud(self) -> None:
        """The question on screen, then its answers, in the attendee's language."""
        if self.speaker is None:
            return
        i = self.pages.currentIndex()
        if i == 0:
            parts = [self.question_labels[0].text(), *(b.text() for b in self.age_buttons.values())]
        elif i <= len(self.survey.questions):
            q = self.survey.questions[i - 1]
            parts = [self.question_labels[i].text(), *(self.choice_buttons[q.id][c.id].text() for c in q.choices)]
        else:
            parts = [self.free_label.text()]
        lang = attendee_language()
        sep = "、" if lang.startswith("ja") else ". "
        self.speaker.say(sep.join(p.replace("\n", " ") for p in parts if p), lang)

    def age_label(self, band: str) -> str:
        """The band in the attendee's words, as a range ("60–69"): clearer than "60s" in every language."""
        if band == "90+":
            return self.tr("90 and over")
        if band == "0-9":
            return self.tr("Under 10")
        low, high = band.split("-")
        return self.tr("%1 to %2").replace("%1", low).replace("%2", high)

    def retranslate(self) -> None:
        lang = attendee_language()
        self.title.setText(in_language(self.survey.title, lang))
        self.question_labels[0].setText(self.tr("Your age"))
        for band, b in self.age_buttons.items():
            b.setText(self.age_label(band))
        for heading, q in zip(self.question_labels[1:], self.survey.questions, strict=True):
            heading.setText(in_language(q.text, lang) + ("" if not q.multiple else "  " + self.tr("(choose any)")))
            for c in q.choices:
                self.choice_buttons[q.id][c.id].setText(in_language(c.text, lang))
        self.free_label.setText(in_language(self.survey.free_text, lang) if self.survey.free_text else "")
        self.read_button.setText(self.tr("Read aloud"))
        self.free_text.setVisible(self.survey.free_text is not None)
        self.finish_button.setText(self.tr("Finish"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self._update_nav()

    # -- answering -----------------------------------------------------------------------------------
    def choose_age(self, band: str) -> None:
        self.age_band = band
        for b, btn in self.age_buttons.items():
            btn.setChecked(b == band)
        self.next()

    def choose(self, q: Question, choice: str, checked: bool) -> None:
        buttons = self.choice_buttons[q.id]
        if q.multiple:
            picked = [c for c, b in buttons.items() if b.isChecked()]
            if picked:
                self.answers[q.id] = picked
            else:
                self.answers.pop(q.id, None)
            return
        for c, b in buttons.items():
            b.setChecked(c == choice)
        self.answers[q.id] = choice
        self.next()

    def next(self) -> None:
        if self.pages.currentIndex() == 0 and self.age_band is None:
            return  # the age band is always asked
        if self.pages.currentIndex() < self.pages.count() - 1:
            self.pages.setCurrentIndex(self.pages.currentIndex() + 1)
        self._update_nav()

    def back(self) -> None:
        self.pages.setCurrentIndex(max(0, self.pages.currentIndex() - 1))
        self._update_nav()

    def _update_nav(self) -> None:
        i, n = self.pages.currentIndex(), self.pages.count()
        self.progress.setText(f"{i + 1} / {n}")
        self.progress_bar.setRange(0, n)
        self.progress_bar.setValue(i + 1)
        self.back_button.setEnabled(i > 0)
        self.next_button.setVisible(i < n - 1)
        self.next_button.setEnabled(i > 0 or self.age_band is not None)

    def finish(self) -> None:
        if self.age_band is None:
            self.pages.setCurrentIndex(0)
            self._update_nav()
            return
        result: dict[str, Any] = {"age_band": self.age_band, "answers": dict(self.answers)}
        text = self.free_text.toPlainText().strip()[:FREE_TEXT_MAX]
        if text:
            result["free_text"] = text
        self.survey.check(self.age_band, result["answers"], result.get("free_text"))
        self.completed.emit(result)
