"""What can go wrong with the local store, each with a message fit to show the operator as it is."""

from __future__ import annotations

from kiosk.store.base import StoreError


class StoreMissing(StoreError):
    def __init__(self, where: str) -> None:
        super().__init__(f"この端末の記録がまだありません（{where}） / no kiosk store here yet ({where})")


class WrongPassphrase(StoreError):
    def __init__(self) -> None:
        super().__init__("パスフレーズが違います / wrong passphrase")


class StoreLocked(StoreError):
    def __init__(self, where: str) -> None:
        super().__init__(
            f"このデータフォルダーは別のブース端末アプリが使用中です（{where}）。そちらを終了してください / "
            f"another kiosk process is using this data directory ({where}); close it first"
        )


class StoreCorrupt(StoreError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"記録ファイルが壊れています。上書きせずに停止しました。管理者に連絡してください / "
            f"the record file is damaged; nothing was overwritten — call the administrator ({detail})"
        )


class StoreFull(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "ディスクがいっぱいで記録できません。今回の操作は保存されていません。空き容量を作ってからやり直してください / "
            "the disk is full: this action was NOT recorded; free some space and try again"
        )
