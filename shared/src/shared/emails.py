"""The one email rule of every service: what `email-validator` accepts (no deliverability check).

Most addresses take a fast path: a plain dot-atom address (ASCII, single dots, hostname labels, an
alphabetic top-level domain that is not a special-use name) within the length limits is exactly one
email-validator accepts; every other address is given to email-validator itself.
"""

from __future__ import annotations

import re

from email_validator import SPECIAL_USE_DOMAIN_NAMES as _SPECIAL
from email_validator import EmailNotValidError, validate_email

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN = re.compile(rf"^{_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+([A-Za-z]{{2,63}})$")
_SPECIAL_TLDS = frozenset(_SPECIAL)


def is_valid(address: str) -> bool:
    """Whether the address is a deliverable-looking email as email-validator judges it."""
    match = _PLAIN.match(address)
    if match is not None and len(address) <= 254 and address.index("@") <= 64:
        # "--" may be an IDNA label (xn--), which only email-validator can check.
        if match.group(1).lower() not in _SPECIAL_TLDS and "--" not in address:
            return True
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True
