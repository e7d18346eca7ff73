"""The documented maximum of every text field, shared by request schemas and the importer's row checks."""

from __future__ import annotations

import re

NAME_MAX = 200  # people's first and last names, rental spaces, invoice lines, facility names
LABEL_MAX = 100  # CRM stages, sources and customer types; car make, model and colour
SHORT_TEXT_MAX = 300  # company, address lines, source detail
EMAIL_MAX = 254  # the longest address SMTP carries (RFC 5321)
PHONE_MAX = 40
TAG_MAX = 60
TAGS_MAX = 50  # tags on one customer, or in one filter or bulk action
PLATE_MAX = 20
VIN_MAX = 17
POSTAL_CODE_MAX = 20
NOTES_MAX = 10_000
FILENAME_MAX = 255
HEADER_MAX = 200  # a spreadsheet column's header
CONTENT_TYPE_MAX = 200
SUBJECT_MAX = 200
MESSAGE_MAX = 20_000  # one email written by staff
BROADCAST_MAX = 50_000
BROADCAST_SELECTION_MAX = 10_000  # customers picked one by one (or a filtered list) as a broadcast audience
REFERENCE_MAX = 200  # payment references, provider ids
REASON_MAX = 500
DESCRIPTION_MAX = 2000  # a shop product's description
SEARCH_MAX = 200
CURSOR_MAX = 2048  # an opaque list cursor
FILTER_VALUES_MAX = 100  # values of one list filter (status, stage, tag...)

# C0 controls except tab and line breaks, DEL and C1 controls: never part of a name, an email or a cell.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_character(value: str) -> str | None:
    """The first control character in `value` as U+XXXX, or None when there is none."""
    found = _CONTROL.search(value)
    return f"U+{ord(found.group()):04X}" if found else None
