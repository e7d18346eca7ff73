"""Phone numbers to (E.164, national format): an exact fast path for simple inputs, phonenumbers for the rest.

The fast path replays phonenumbers' own parse, is_valid_number and format_number steps for digits with
spaces, dots, dashes or parentheses (optionally "+cc" or the region's literal international prefix), with
regexes compiled once from the same metadata. Whatever it cannot replay step for step goes to `slow`.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, REGION_CODE_FOR_NON_GEO_ENTITY, PhoneMetadata, PhoneNumberFormat
from phonenumbers import phonenumberutil as pnu

Phone = tuple[str, str] | None  # (E.164, national format), or None when the number is not valid
_SHAPE = re.compile(r"\+?[0-9 .()\-]{4,64}")  # ASCII digits only: \d would also take other scripts' digits
_LITERAL = re.compile(r"[0-9]+")
_LITERALS = re.compile(r"[0-9]+(?:\|[0-9]+)*")
_FIXED_GROUPS = re.compile(r"(?:\(\\d(?:\{[1-9][0-9]?\})?\))+")  # "(\d{3})(\d{2})…": every match is one length
_SIMPLE_RULE = re.compile(r"(?:[^\\{}]|\\[1-9](?![0-9]))*")  # literals and \1…\9, nothing else
_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail")
_DROP_STRIPPED = (  # parse keeps the number with its national prefix when the stripped one's length is one of these
    pnu.ValidationResult.TOO_SHORT,
    pnu.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    pnu.ValidationResult.INVALID_LENGTH,
)


def slow(raw: str, region: str) -> Phone:
    """The plain phonenumbers path: parse, is_valid_number, then E.164 and national formats."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return (
        phonenumbers.format_number(number, PhoneNumberFormat.E164),
        phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
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
def _country(code: int) -> Country | None:
    region = pnu.region_code_for_country_code(code)
    meta = PhoneMetadata.metadata_for_region(region, None)
    if meta is None or region == REGION_CODE_FOR_NON_GEO_ENTITY:
        return None
    try:
        return Country(code, meta)
    except (ValueError, re.error):
        return None


class Plan:
    """A default region's fast path: its country, its own stripping, country code digits and literal IDD."""

    __slots__ = ("country", "idd", "own_code", "strip")

    def __init__(self, meta: Any) -> None:
        if not (meta.international_prefix is None or _LITERAL.fullmatch(meta.international_prefix)):
            raise ValueError("international prefix is not a digit string")
        country = _country(meta.country_code)
        if country is None:
            raise ValueError("no fast path for the country code")
        self.country, self.strip = country, Stripping(meta)
        self.own_code, self.idd = str(meta.country_code), meta.international_prefix or ""


def _plan(region: str) -> Plan | None:
    meta = PhoneMetadata.metadata_for_region(region, None) if region in pnu.SUPPORTED_REGIONS else None
    try:
        plan = Plan(meta) if meta is not None else None
    except ValueError:
        plan = None
    _PLANS[region] = plan
    return plan


_PLANS: dict[str, Plan | None] = {}  # by region, built on first use (a race only builds one twice)


def normalise(raw: str, region: str) -> Phone:
    """Exactly `slow(raw, region)`, without parsing when the input has a simple shape."""
    try:
        plan = _PLANS[region]
    except KeyError:
        plan = _plan(region)
    if plan is None or _SHAPE.fullmatch(raw) is None:
        return slow(raw, region)
    digits = raw.replace(" ", "")
    if not digits.isdigit():  # the shape allows ASCII digits only, so isdigit means no separators are left
        digits = digits.replace(".", "").replace("-", "").replace("(", "").replace(")", "")
    if len(digits) < 3:  # parse's viability test differs for fewer than three digits
        return slow(raw, region)
    country = plan.country
    idd = plan.idd
    if digits[0] == "+":
        found = _international(digits[1:])
        if found is None:
            return slow(raw, region)
        country, nsn = found
    elif idd and digits.startswith(idd) and digits[len(idd) : len(idd) + 1] != "0":
        found = _international(digits[len(idd) :])  # parse does not take an IDD followed by 0 as one
        if found is None:
            return slow(raw, region)
        country, nsn = found
    elif digits.startswith(plan.own_code):  # parse may take these digits as the country code
        return slow(raw, region)
    else:
        nsn = plan.strip(digits)
    # parse rebuilds the nsn from an int plus Italian leading zeros: equal to these digits unless all are zeros
    if not 1 < len(nsn) <= pnu._MAX_LENGTH_FOR_NSN or not nsn.strip("0"):
        return slow(raw, region)
    single = country.single
    if single is not None:
        pattern = single[len(nsn)]
        if pattern is None or pattern.fullmatch(nsn) is None:
            return None
    elif not country.valid(nsn):
        return None
    return country.e164 + nsn, country.national(nsn)


def _international(digits: str) -> tuple[Country, str] | None:
    """(country, nsn) after "+" or an IDD, as _extract_country_code and parse's stripping; None: use `slow`."""
    if len(digits) <= 2 or digits[0] == "0":
        return None
    for size in (1, 2, 3):
        if int(digits[:size]) in COUNTRY_CODE_TO_REGION_CODE:
            country = _country(int(digits[:size]))
            rest = digits[size:]
            return (country, country.strip(rest)) if country is not None and len(rest) > 1 else None
    return None
