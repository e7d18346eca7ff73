"""Names as a French facility's customers have them: a few common ones, a long tail of rare ones.

The benchmarks first drew every customer from 18 first names and 15 last names: at a million customers each
last name was 6.7% of the facility (66,000 "Durand"), all side by side in name order, which no facility has
(France's most common surname, Martin, is about 0.35% of people, and the hundred most common together about
8%). The common names here are real, in rough order of frequency, with Zipf-like shares at that scale; the rest
of the people get rare names built from syllables (tens of thousands of them), as a real list's tail does.
`few=True` gives the old 18 x 15 names, to compare with earlier figures.
"""

from __future__ import annotations

import bisect
import itertools
import random

FIRST = (
    "Camille Léa Louis Emma Gabriel Chloé Hugo Manon Jules Inès Arthur Sarah Lucas Jade Adam Alice Nathan Paul "
    "Thomas Marie Nicolas Julie Pierre Laura Antoine Clara Julien Zoé Maxime Lucie Alexandre Anaïs Romain Pauline "
    "Mathieu Hélène François Élodie Jérôme Noémie Théo Mathilde Raphaël Margaux Baptiste Océane Quentin Juliette "
    "Guillaume Céline Sébastien Aurélie Benoît Émilie Olivier Nathalie Philippe Isabelle Stéphane Valérie Éric "
    "Sandrine Laurent Christine Frédéric Sophie David Caroline Vincent Agnès Yannick Brigitte Gaël Maëlle Loïc Anne"
).split()
LAST = (
    "Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux "
    "David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefèvre Faure "
    "André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier Garcia Perrin Robin Clément "
    "Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Marie Lemaire Noël Meyer "
    "Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez Gérard "
    "Roche Renard Schmitt Roy Leroux Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix "
    "Olivier Philippe Bourgeois Pierre Benoît Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte"
).split()
FEW_FIRST = FIRST[:18]
FEW_LAST = "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia"
FEW_LAST_NAMES = FEW_LAST.split()

_ONSETS = "b c d f g j l m n p r s t v ch br cl cr dr fl gr pl tr".split()
_VOWELS = "a e i o u ou au ai é è eu".split()
_CODAS = ["", "", "n", "r", "l", "t", "s", "x", "rd", "rt", "nd", "ll", "nt"]
_ENDINGS = ["", "", "e", "et", "ot", "in", "on", "ier", "eau", "ard", "ac", "ais", "elle", "ine"]


def _rare(count: int, rng: random.Random) -> list[str]:
    """Distinct made-up names of two or three syllables: "Brélot", "Chaunard", "Vidourac"."""
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.choice((1, 2, 2)))]
        name = ("".join(parts) + rng.choice(_CODAS) + rng.choice(_ENDINGS)).capitalize()
        if len(name) >= 4 and name not in seen:
            seen.add(name)
            out.append(name)
    return out


class Names:
    """Draws (first, last) pairs with realistic frequencies, reproducibly from the given generator."""

    def __init__(self, rng: random.Random, *, few: bool = False) -> None:
        self.rng = rng
        if few:
            self.first, self.last = list(FEW_FIRST), list(FEW_LAST_NAMES)
            self._first_cum = list(itertools.accumulate([1.0] * len(self.first)))
            self._last_cum = list(itertools.accumulate([1.0] * len(self.last)))
            return
        names = random.Random(1234)  # the same invented names whatever the caller's generator
        # Last names: the hundred common ones take ~8% (Martin ~0.35%), 40,000 rare ones the rest.
        common = [0.0035 * (rank**-0.45) for rank in range(1, len(LAST) + 1)]
        rare = _rare(40_000, names)
        self.last = LAST + rare
        self._last_cum = list(itertools.accumulate(common + [(1 - sum(common)) / len(rare)] * len(rare)))
        # First names are more concentrated: the common ones take ~55% (the first ~3%), 3,000 rare ones the rest.
        common = [0.03 * (rank**-0.55) for rank in range(1, len(FIRST) + 1)]
        rare = _rare(3_000, names)
        self.first = FIRST + rare
        self._first_cum = list(itertools.accumulate(common + [(1 - sum(common)) / len(rare)] * len(rare)))

    def _pick(self, names: list[str], cum: list[float]) -> str:
        return names[bisect.bisect_right(cum, self.rng.random() * cum[-1])]

    def first_name(self) -> str:
        return self._pick(self.first, self._first_cum)

    def last_name(self) -> str:
        return self._pick(self.last, self._last_cum)
