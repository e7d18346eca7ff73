"""Email templates: French by default, English when chosen, French when a translation is missing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound, select_autoescape

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
DEFAULT_LANGUAGE = "fr"
NAMES = (
    "invite",
    "resend",
    "signin",
    "confirm_email",
    "invoice_issued",
    "payment_received",
    "direct",
    "broadcast",
    "appointment",
)


@dataclass(frozen=True)
class Rendered:
    """One email's subject and bodies, and the language they ended up in."""

    language: str
    subject: str
    text: str
    html: str


class Renderer:
    """Renders templates; HTML is autoescaped, plain text is not."""

    def __init__(self, folder: Path = TEMPLATES) -> None:
        loader = FileSystemLoader(str(folder))
        self._html = Environment(loader=loader, autoescape=select_autoescape(["html"]), undefined=StrictUndefined)
        self._text = Environment(loader=loader, autoescape=False, undefined=StrictUndefined)

    def render(self, name: str, language: str, context: dict[str, Any]) -> Rendered:
        """Render `name` in `language`, falling back to French if that translation is missing."""
        if name not in NAMES:
            raise ValueError(f"unknown template {name!r}")
        for lang in dict.fromkeys((language, DEFAULT_LANGUAGE)):
            try:
                values = {**context, "language": lang}
                subject = self._text.get_template(f"{lang}/{name}.subject.txt").render(values)
                return Rendered(
                    language=lang,
                    subject=" ".join(subject.split()),
                    text=self._text.get_template(f"{lang}/{name}.txt").render(values),
                    html=self._html.get_template(f"{lang}/{name}.html").render(values),
                )
            except TemplateNotFound:
                continue
        raise ValueError(f"template {name!r} has no {DEFAULT_LANGUAGE!r} version")
