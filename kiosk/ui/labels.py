"""Translated labels for the domain's codes (steps, services, age bands, session kinds).

Each label is a literal inside QCoreApplication.translate so pyside6-lupdate finds it; the domain
keeps only codes, the screens show these."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def step_label(step: str) -> str:
    labels = {
        "photo": QCoreApplication.translate("Labels", "Photo"),
        "paper_application": QCoreApplication.translate("Labels", "Paper application help"),
        "online_application": QCoreApplication.translate("Labels", "Online application"),
        "insurance_link": QCoreApplication.translate("Labels", "Health insurance registration"),
        "public_funds_account": QCoreApplication.translate("Labels", "Public funds account"),
        "smartphone_consult": QCoreApplication.translate("Labels", "Smartphone consultation"),
        "survey": QCoreApplication.translate("Labels", "Survey"),
        "other": QCoreApplication.translate("Labels", "Other inquiry"),
    }
    return labels[step]


def joined(labels: list[str]) -> str:
    """A list of labels in the screen's language: 写真撮影、スマホ相談 / Photo, Smartphone consultation."""
    return QCoreApplication.translate("Labels", ", ").join(labels)


def step_short_label(step: str) -> str:
    """The step in a word or two, for the reception's toggles (three to a row)."""
    labels = {
        "photo": QCoreApplication.translate("Labels", "Photo"),
        "paper_application": QCoreApplication.translate("Labels", "Paper form"),
        "online_application": QCoreApplication.translate("Labels", "Online"),
        "insurance_link": QCoreApplication.translate("Labels", "Insurance"),
        "public_funds_account": QCoreApplication.translate("Labels", "Public funds"),
        "smartphone_consult": QCoreApplication.translate("Labels", "Smartphone"),
        "survey": QCoreApplication.translate("Labels", "Survey"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return labels[step]


def session_kind_label(kind: str) -> str:
    labels = {
        "support": QCoreApplication.translate("Labels", "Application support"),
        "mobile": QCoreApplication.translate("Labels", "Mobile application with the municipality"),
        "smartphone_class": QCoreApplication.translate("Labels", "Smartphone consultation class"),
    }
    return labels[kind]


def age_band_label(band: str) -> str:
    if band == "90+":
        return QCoreApplication.translate("Labels", "90 and over")
    if band == "0-9":
        return QCoreApplication.translate("Labels", "Under 10")
    return QCoreApplication.translate("Labels", "%1s").replace("%1", band.split("-")[0])


def other_category_label(category: str) -> str:
    labels = {
        "inquiry": QCoreApplication.translate("Labels", "Question"),
        "card_renewal": QCoreApplication.translate("Labels", "Renewal, reissue"),
        "address_change": QCoreApplication.translate("Labels", "Address, name"),
        "copy": QCoreApplication.translate("Labels", "Copying"),
        "referral": QCoreApplication.translate("Labels", "Referral"),
    }
    return labels[category]
