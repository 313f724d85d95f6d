"""What each photo hint code means, in Japanese with English, for the command line and logs. The
screen does not use this table: it translates the same codes with tr() (kiosk.ui.photo_screen), and
a speech layer can map them to spoken lines. Codes are stable; add, never rename."""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, tuple[str, str]] = {
    "no_face": ("顔が見つかりません。カメラの正面に来てください", "no face found: face the camera"),
    "one_person": ("写るのは申請者お一人だけにしてください", "only the applicant may be in the picture"),
    "head_cut_off": ("頭や肩が画面からはみ出しています。少し下がって中央へ",
                     "the head is cut off: step back and move to the centre"),
    "head_top_unseen": ("頭の上が見えません。少し下がってください", "the top of the head cannot be seen: step back a little"),
    "backdrop_contrast": ("髪と背景の境目が見えません。背景を明るくしてください",
                          "the hair cannot be told from the backdrop: make the backdrop brighter"),
    "move_closer": ("遠すぎます。カメラに近づいてください", "too far: come closer to the camera"),
    "step_back": ("近すぎます。少し下がってください", "too close: step back a little"),
    "move_centre": ("中央に移動してください", "move to the centre"),
    "head_straight": ("頭が傾いています（{angle:+.0f}°）。まっすぐにしてください",
                      "the head is tilted ({angle:+.0f}°): hold it straight"),
    "look_at_camera": ("顔が横を向いています。カメラの正面を向いてください",
                       "the head is turned: look straight at the camera"),
    "chin_down": ("あごが上がっています。少し引いてください", "the chin is up: lower it a little"),
    "chin_up": ("うつむいています。少しあごを上げてください", "the head is bowed: raise the chin a little"),
    "open_eyes": ("目が閉じています。目を開けてください", "the eyes look closed: open them"),
    "show_eyes": ("目が見えません。サングラスや前髪を外してください",
                  "the eyes cannot be seen: take off sunglasses, move the hair away"),
    "glasses_glare": ("眼鏡に光が反射しています。少し顔の角度を変えるか、眼鏡を外してください",
                      "light reflects in the glasses: tilt the head slightly or take them off"),
    "close_mouth": ("口を閉じてください", "close the mouth"),
    "hold_still": ("ぶれています。動かずにもう一度", "blurred: hold still and try again"),
    "too_dark": ("暗すぎます。照明を明るくしてください", "too dark: more light please"),
    "too_bright": ("明るすぎます。照明を弱めてください", "too bright: less light please"),
    "shadow": ("顔に影があります。照明を調整してください", "a shadow on the face: adjust the light"),
    "plain_background": ("背景が無地ではありません。背景スタンドの前に立ってください",
                         "the background is not plain: stand in front of the backdrop"),
    "keep_still": ("そのまま動かないでください… {seconds}", "hold still… {seconds}"),
    "remove_hat": ("帽子を取ってください（宗教・医療上の理由なら係員へ）",
                   "please take off the hat (for a religious or medical reason, ask the staff)"),
}


def text(code: str, params: dict[str, Any] | None = None) -> str:
    """Japanese / English, for the command line ('' for no code)."""
    if not code:
        return ""
    ja, en = TEXTS[code]
    return f"{ja.format(**(params or {}))} / {en.format(**(params or {}))}"
