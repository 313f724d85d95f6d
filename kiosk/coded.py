"""A message for people from a lower layer: the code and parameters a screen translates from (with Qt
Linguist, in kiosk/ui/messages.py, into the screen's one language), and the Japanese-with-English text
the command line and the logs print as it is (`str()` of it)."""

from __future__ import annotations


class Coded(str):
    """The bilingual text, carrying `code` ("pin.wrong") and `params` ({"seconds": 10})."""

    code: str
    params: dict[str, object]

    def __new__(cls, code: str, text: str, **params: object) -> Coded:
        message = super().__new__(cls, text)
        message.code = code
        message.params = params
        return message

    def __reduce__(self) -> tuple:  # pickles (and copies) keep the code
        return (_rebuild, (self.code, str(self), self.params))


def _rebuild(code: str, text: str, params: dict[str, object]) -> Coded:
    return Coded(code, text, **params)
