"""The fast phone path gives exactly phonenumbers' answers (valid or not, E.164, national) and is the usual path."""

from __future__ import annotations

import random
import re

import phonenumbers
import pytest

from importer.domain import phones

REGIONS = ("FR", "BE", "CH", "GB", "US", "DE", "IT", "CA")
PLAIN = phones.slow  # the phonenumbers path, also once the fixture counts calls to phones.slow
SEPARATORS = ("", " ", " ", " ", ".", "-", " - ", "  ", "(", ")")


@pytest.fixture
def fallbacks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Inputs the fast path handed to phonenumbers."""
    seen: list[str] = []

    def counted(raw: str, region: str) -> phones.Phone:
        seen.append(raw)
        return PLAIN(raw, region)

    monkeypatch.setattr(phones, "slow", counted)
    return seen


def dress(rng: random.Random, digits: str) -> str:
    """The digits in groups of one to four, with one separator style, sometimes an area code in parentheses."""
    groups, i = [], 0
    while i < len(digits):
        size = rng.randint(1, 4)
        groups.append(digits[i : i + size])
        i += size
    text = rng.choice(SEPARATORS[:8]).join(groups)
    if rng.random() < 0.1 and len(text) > 3:
        text = f"({text[:3]}) {text[3:]}"
    return text


def prefixed(rng: random.Random, nsn: str, code: int) -> str:
    """The number as people type it: national prefix, +cc, 00cc, 011cc, cc alone, or a trunk 0 after +cc."""
    form = rng.randrange(9)
    if form == 0:
        return "+" + dress(rng, f"{code}{nsn}") if rng.random() < 0.5 else f"+{code} {dress(rng, nsn)}"
    if form == 1:
        return dress(rng, f"00{code}{nsn}")
    if form == 2:
        return dress(rng, f"011{code}{nsn}")
    if form == 3:
        return dress(rng, f"{code}{nsn}")
    if form == 4:
        return f"+{code} (0){dress(rng, nsn)}" if rng.random() < 0.5 else "+" + dress(rng, f"{code}0{nsn}")
    return dress(rng, rng.choice(("0", "0", "1", "", "")) + nsn)


def mutate(rng: random.Random, nsn: str) -> str:
    """Often the number itself; else one digit changed, dropped or added (too short, too long, bad prefixes)."""
    kind = rng.randrange(6)
    at = rng.randrange(len(nsn))
    digit = rng.choice("0123456789")
    if kind == 0:
        return nsn[:at] + digit + nsn[at + 1 :]
    if kind == 1:
        return nsn[:at] + nsn[at + 1 :]
    if kind == 2:
        return nsn[:at] + digit + nsn[at:]
    return nsn


def examples() -> list[tuple[str, int]]:
    """phonenumbers' own example numbers of every type for the regions above: (nsn, country code)."""
    out = []
    for region in REGIONS:
        for kind in phonenumbers.PhoneNumberType.values():
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                out.append((phonenumbers.national_significant_number(number), number.country_code))
    return out


def generated(count: int, seed: int) -> list[tuple[str, str]]:
    """(input, default region): example numbers, mutated or not, and random digits, in many shapes."""
    rng = random.Random(seed)
    known = examples()
    codes = [phonenumbers.country_code_for_region(r) for r in REGIONS] + [7, 31, 34, 44, 351, 352, 377, 262, 590]
    out = []
    for _ in range(count):
        region = rng.choice(REGIONS)
        if rng.random() < 0.6:
            nsn, code = rng.choice(known)
            raw = prefixed(rng, mutate(rng, nsn), code if rng.random() < 0.8 else rng.choice(codes))
        else:
            digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 18)))
            raw = prefixed(rng, digits, rng.choice(codes)) if rng.random() < 0.5 else dress(rng, digits)
        out.append((raw.strip() or "0", region))
    return out


def test_generated_inputs_get_phonenumbers_answers(fallbacks: list[str]) -> None:
    cases = generated(40_000, seed=20261125)
    wrong = [(raw, region) for raw, region in cases if phones.normalise(raw, region) != PLAIN(raw, region)]
    assert wrong == []
    answers = {phones.normalise(raw, region) is None for raw, region in cases}
    assert answers == {True, False}  # both valid and invalid numbers were generated
    fallbacks.clear()
    for raw, region in cases:
        phones.normalise(raw, region)
    assert len(fallbacks) < 0.35 * len(cases)  # the comparison above was mostly of the fast path


def test_every_example_number_in_every_region_and_shape(fallbacks: list[str]) -> None:
    rng = random.Random(7)
    for nsn, code in examples():
        number = phonenumbers.parse(f"+{code}{nsn}")
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        shapes = [f"+{code}{nsn}", f"+{code} {nsn}", f"00{code}{nsn}", national, f"0{nsn}", nsn, dress(rng, nsn)]
        for raw in shapes:
            for region in REGIONS:
                assert phones.normalise(raw, region) == PLAIN(raw, region), (raw, region)
    fallbacks.clear()
    for nsn, code in examples():
        assert phones.normalise(f"+{code} {nsn}", "FR") == PLAIN(f"+{code} {nsn}", "FR")
    assert len(fallbacks) == 0  # every example with +cc in front takes the fast path


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("06 45 23 87 01", "FR", ("+33645238701", "06 45 23 87 01")),
        ("06.45.23.87.01", "FR", ("+33645238701", "06 45 23 87 01")),
        ("+33 (0)6 45 23 87 01", "FR", ("+33645238701", "06 45 23 87 01")),
        ("0033 6 45 23 87 01", "FR", ("+33645238701", "06 45 23 87 01")),
        ("0478 12 34 56", "BE", ("+32478123456", "0478 12 34 56")),
        ("06 6988 0000", "IT", ("+390669880000", "06 6988 0000")),  # Italian leading zero kept
        ("(613) 555-0123", "CA", ("+16135550123", "(613) 555-0123")),
        ("020 7031 3000", "GB", ("+442070313000", "020 7031 3000")),
        ("+41 44 668 18 00", "DE", ("+41446681800", "044 668 18 00")),
        ("06 45 23 87", "FR", None),  # too short
        ("06 45 23 87 01 2", "FR", None),  # too long
        ("+33 12", "FR", None),
        ("00 0645238701", "FR", None),  # an IDD followed by 0 is not an IDD: eleven national digits
    ],
)
def test_known_numbers_take_the_fast_path(fallbacks: list[str], raw: str, region: str, expected: phones.Phone) -> None:
    assert phones.normalise(raw, region) == expected == PLAIN(raw, region)
    assert fallbacks == []


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        ("06 45 23 87 01 ext. 12", "FR"),  # extension
        ("0800-FLOWERS", "US"),  # letters
        ("33 6 45 23 87 01", "FR"),  # may be the country code without +
        ("+0033645238701", "FR"),  # + then an IDD
        ("٠٦٤٥٢٣٨٧٠١", "FR"),  # other scripts' digits
        ("06 45 23 87 01", "fr"),  # parse upper-cases the region; the fast path does not try
        ("+800 1234 5678", "FR"),  # non-geographic country code
    ],
)
def test_unusual_inputs_go_to_phonenumbers(fallbacks: list[str], raw: str, region: str) -> None:
    assert phones.normalise(raw, region) == PLAIN(raw, region)
    assert fallbacks == [raw]


def test_example_numbers_of_every_region_with_and_without_prefixes() -> None:
    rng = random.Random(3)
    cases = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        prefixes = [p for p in (meta.national_prefix_for_parsing or "").split("|") if p.isdigit()] or ["0"]
        for kind in phonenumbers.PhoneNumberType.values():
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            nsn, code = phonenumbers.national_significant_number(number), number.country_code
            for digits in (nsn, mutate(rng, nsn), mutate(rng, nsn)):
                prefix = rng.choice(prefixes)
                shapes = (f"+{code} {digits}", f"+{code} {prefix}{digits}", prefix + digits, digits, dress(rng, digits))
                cases += [(raw, region) for raw in shapes]
    wrong = [(raw, region) for raw, region in cases if phones.normalise(raw, region) != PLAIN(raw, region)]
    assert wrong == []


def test_numbers_that_look_valid_with_their_national_prefix() -> None:
    # parse keeps the prefix when the number with it fits the region's general pattern and the rest does
    # not (GB 180020…, RU and KZ 8…): random digits after each prefix, kept when they fit that pattern.
    rng = random.Random(5)
    cases = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        general = re.compile(meta.general_desc.national_number_pattern or "x")
        prefixes = [p for p in (meta.national_prefix_for_parsing or "").split("|") if p.isdigit()]
        for prefix in prefixes:
            tries = (prefix + "".join(rng.choice("0123456789") for _ in range(rng.randint(3, 13))) for _ in range(2000))
            fitting = [digits for digits in tries if general.fullmatch(digits)][:10]
            cases += [(raw, region) for digits in fitting for raw in (digits, f"+{meta.country_code} {digits}")]
    assert len(cases) > 50
    wrong = [(raw, region) for raw, region in cases if phones.normalise(raw, region) != PLAIN(raw, region)]
    assert wrong == []
