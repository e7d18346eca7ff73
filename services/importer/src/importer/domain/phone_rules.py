"""phonenumbers' metadata for one country calling code, compiled once for the fast path in phones.py.

Each piece replays one phonenumbers step exactly (the function it mirrors is named in its docstring) and
raises ValueError, at build time, for metadata it cannot replay; that country then always takes the slow path.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, REGION_CODE_FOR_NON_GEO_ENTITY, PhoneMetadata, PhoneNumberFormat
from phonenumbers import phonenumberutil as pnu

_LITERALS = re.compile(r"[0-9]+(?:\|[0-9]+)*")
_FIXED_GROUPS = re.compile(r"(?:\(\\d(?:\{[1-9][0-9]?\})?\))+")  # "(\d{3})(\d{2})…": every match is one length
_SIMPLE_RULE = re.compile(r"(?:[^\\{}]|\\[1-9](?![0-9]))*")  # literals and \1…\9, nothing else
_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail")
_DROP_STRIPPED = (  # parse keeps the number with its national prefix when the stripped one's length is one of these
    pnu.ValidationResult.TOO_SHORT,
    pnu.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    pnu.ValidationResult.INVALID_LENGTH,
)


def _desc_matches(desc: Any, length: int) -> bool:
    """Whether a desc can match a number of this length (phonenumbers' _is_number_matching_desc, length part)."""
    return (
        desc is not None
        and bool(desc.national_number_pattern)
        and (not desc.possible_length or length in desc.possible_length)
    )


def _validity(meta: Any) -> list[re.Pattern[str] | None]:
    """_number_type_helper(nsn, meta) != UNKNOWN as one regex per length: general desc and any type's desc."""
    general = meta.general_desc
    # As _number_type_helper: the mobile desc is not consulted when it has the fixed line's pattern.
    mobile = () if meta.same_mobile_and_fixed_line_pattern else ("mobile",)
    descs = [getattr(meta, name) for name in (*_TYPES, "fixed_line", *mobile)]
    by_length: list[re.Pattern[str] | None] = []
    for length in range(pnu._MAX_LENGTH_FOR_NSN + 1):
        kinds = [d.national_number_pattern for d in descs if _desc_matches(d, length)]
        if not _desc_matches(general, length) or not kinds:
            by_length.append(None)
            continue
        # A lookahead anchored at the end is a full match of the general pattern; the alternation is
        # a full match of any one type's pattern. Backreferences would be renumbered, so none are allowed.
        if any(re.search(r"\\[0-9]|\(\?P", p) for p in (*kinds, general.national_number_pattern)):
            raise ValueError("pattern not combinable")
        alternatives = "|".join(f"(?:{p})" for p in kinds)
        by_length.append(re.compile(f"(?=(?:{general.national_number_pattern})\\Z)(?:{alternatives})"))
    return by_length


def _lead_width(pattern: str) -> int | None:
    """How many leading characters `re.match(pattern, …)` can look at, when that is bounded and known."""
    if any(token in pattern for token in ("(?=", "(?!", "(?<", "$", "^", "\\b", "\\B", "\\A", "\\Z")):
        return None  # lookarounds and anchors look beyond what the pattern consumes
    width = int(re._parser.parse(pattern).getwidth()[1])  # type: ignore[attr-defined]
    return width if width <= 12 else None


def _template(fmt: Any) -> str | None:
    """The national rendering of a fixed-width format as a %-template over the nsn's digits, if it has one."""
    rule = fmt.format
    if fmt.national_prefix_formatting_rule:  # as _format_nsn_using_pattern builds its first-group rule
        rule = pnu._FIRST_GROUP_PATTERN.sub(fmt.national_prefix_formatting_rule, rule, count=1)
    if not _FIXED_GROUPS.fullmatch(fmt.pattern) or not _SIMPLE_RULE.fullmatch(rule):
        return None
    # Every match of such a pattern has the same length, so re.sub replaces once, with the full match's groups;
    # when the rule uses each group once and in order, those groups are the nsn's digits in order.
    widths = [int(w or 1) for w in re.findall(r"\(\\d(?:\{([0-9]+)\})?\)", fmt.pattern)]
    pieces = re.split(r"\\([1-9])", rule)
    if [int(g) for g in pieces[1::2]] != list(range(1, len(widths) + 1)):
        return None
    literals = [p.replace("%", "%%") for p in pieces[::2]]
    return literals[0] + "".join("%s" * w + lit for w, lit in zip(widths, literals[1:], strict=True))


class Country:
    """What one country calling code needs: validity over its regions, stripping and national formats."""

    def __init__(self, code: int, meta: Any) -> None:
        regions = COUNTRY_CODE_TO_REGION_CODE[code]
        self.code, self.e164 = code, f"+{code}"
        self.strip = Stripping(meta)
        self.regions: list[tuple[re.Pattern[str] | None, list[re.Pattern[str] | None]]] = []
        for region in regions:
            region_meta = PhoneMetadata.metadata_for_region(region, None)
            if region_meta is not None:
                lead = region_meta.leading_digits if len(regions) > 1 else None
                self.regions.append((re.compile(lead) if lead else None, _validity(region_meta)))
        self.single = self.regions[0][1] if len(self.regions) == 1 and len(regions) == 1 else None
        # format_number(NATIONAL) uses the main region's number formats; the first whose leading digits
        # (the last pattern) match and whose pattern fully matches wins. When every format's pattern is
        # fixed-width and every leading-digits pattern reads a bounded prefix, that choice depends only on
        # the nsn's length and that prefix, so it is remembered per (length, prefix).
        self.meta = meta
        formats = meta.number_format
        self.formats = [
            (re.compile(f.leading_digits_pattern[-1]) if f.leading_digits_pattern else None, re.compile(f.pattern))
            for f in formats
        ]
        self.templates = [_template(f) or "" for f in formats]
        widths = [_lead_width(f.leading_digits_pattern[-1]) if f.leading_digits_pattern else 0 for f in formats]
        fixed = all(_FIXED_GROUPS.fullmatch(f.pattern) for f in formats)
        bounded = [w for w in widths if w is not None]
        self.width = max(bounded, default=0) if fixed and len(bounded) == len(widths) else None
        self.memo: list[dict[str, str]] = [{} for _ in range(pnu._MAX_LENGTH_FOR_NSN + 1)]  # by nsn length

    def valid(self, nsn: str) -> bool:
        """is_valid_number: the region region_code_for_number picks, then that region's types."""
        for lead, by_length in self.regions:
            pattern = by_length[len(nsn)]
            if lead is not None:
                if lead.match(nsn):
                    return pattern is not None and pattern.fullmatch(nsn) is not None
            elif pattern is not None and pattern.fullmatch(nsn) is not None:
                return True
        return False

    def national(self, nsn: str) -> str:
        """format_number(nsn, NATIONAL)."""
        if self.width is None:
            return str(pnu._format_nsn(nsn, self.meta, PhoneNumberFormat.NATIONAL))
        memo = self.memo[len(nsn)]
        template = memo.get(nsn[: self.width])
        if template is None:
            template = self._choose(nsn)
            if len(memo) < 10_000:
                memo[nsn[: self.width]] = template
        if not template:
            return str(pnu._format_nsn(nsn, self.meta, PhoneNumberFormat.NATIONAL))
        return template % tuple(nsn)

    def _choose(self, nsn: str) -> str:
        """The chosen format's template ("" when it has none), as _choose_formatting_pattern_for_number."""
        for (lead, pattern), template in zip(self.formats, self.templates, strict=True):
            if (lead is None or lead.match(nsn)) and pattern.fullmatch(nsn):
                return template
        return "%s" * len(nsn)  # no format: the nsn as it is


class Stripping:
    """National prefix stripping as parse does it, for literal national_prefix_for_parsing only."""

    def __init__(self, meta: Any) -> None:
        prefix = meta.national_prefix_for_parsing or ""
        if meta.national_prefix_transform_rule or (prefix and not _LITERALS.fullmatch(prefix)):
            raise ValueError("national prefix for parsing is not a list of digit strings")
        self.prefixes = tuple(prefix.split("|")) if prefix else ()
        general = meta.general_desc.national_number_pattern
        self.general = re.compile(general) if general else None
        # _test_number_length looks only at the length of the number.
        self.keep = [pnu._test_number_length("0" * n, meta) not in _DROP_STRIPPED for n in range(40)]

    def __call__(self, number: str) -> str:
        for prefix in self.prefixes:  # regex alternation: the first alternative that matches wins
            if number.startswith(prefix):
                stripped = number[len(prefix) :]
                general = self.general
                if general is not None and general.fullmatch(number) and not general.fullmatch(stripped):
                    return number
                return stripped if len(stripped) < 40 and self.keep[len(stripped)] else number
        return number


@functools.cache
def country_rules(code: int) -> Country | None:
    """The compiled rules of a geographic country calling code, or None when it needs the slow path."""
    region = pnu.region_code_for_country_code(code)
    meta = PhoneMetadata.metadata_for_region(region, None)
    if meta is None or region == REGION_CODE_FOR_NON_GEO_ENTITY:
        return None
    try:
        return Country(code, meta)
    except (ValueError, re.error):
        return None
