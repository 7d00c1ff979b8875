"""Generators for the two fixture essays too big to commit: a 70 KB memoir
without headings, and a 1 MB essay with 1,000 sections.

Seeded, so every run writes the same bytes.
"""

from __future__ import annotations

import random

SUBJECTS = (
    "My mother", "The old man next door", "Our teacher", "My brother", "The woman at the bakery",
    "Everyone in the village", "My grandfather", "The doctor", "A stranger on the bus", "Nobody in our family",
)
VERBS = (
    "remembered", "never mentioned", "talked about", "wrote down", "argued over",
    "laughed at", "worried about", "carefully kept", "slowly forgot", "quietly repaired",
)
OBJECTS = (
    "the winter the river froze", "the letters in the blue tin", "the garden behind the school",
    "the train that never came", "the summer of the long drought", "the radio in the kitchen",
    "the photographs from the wedding", "the road to the coast", "the bicycle with one gear",
    "the price of bread that year",
)
TAILS = (
    "and I only understood why much later.", "although nobody asked them to.",
    "as if it had happened yesterday.", "long after the rest of us had moved on.",
    "which seemed strange to me at the time.", "every single evening for years.",
    "with a patience I have never managed since.", "until the day the house was sold.",
)
TOPICS = (
    "Harvest", "Letters", "Distance", "Weather", "Neighbours", "Water", "Bread", "Roads", "Music", "Work",
    "Silence", "Money", "School", "Illness", "Machines", "Maps", "Rivers", "Gardens", "Trains", "Winter",
)
QUALIFIERS = ("Notes on", "The Problem of", "Remembering", "Against", "In Praise of", "A Short History of")


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}, {rng.choice(TAILS)}"


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def memoir(size: int = 70_000, seed: int = 1) -> str:
    """A long memoir of plain paragraphs: no headings at all."""
    rng = random.Random(seed)
    parts = ["The Years on Mill Lane", ""]
    while sum(len(p) + 1 for p in parts) < size:
        parts += [paragraph(rng, rng.randint(3, 9)), ""]
    return "\n".join(parts)


def huge(sections: int = 1000, size: int = 1_000_000, seed: int = 2) -> str:
    """About `size` bytes in `sections` sections, some headings repeated."""
    rng = random.Random(seed)
    per_section = size // sections
    parts = ["A Thousand Small Essays", ""]
    for n in range(sections):
        # Every tenth heading repeats an earlier one, as long essays do.
        topic = TOPICS[n % len(TOPICS)] if n % 10 == 0 else f"{TOPICS[n % len(TOPICS)]} {n}"
        parts += [f"{rng.choice(QUALIFIERS)} {topic}", ""]
        body = ""
        while len(body) < per_section - 60:
            body += (" " if body else "") + sentence(rng)
        parts += [body, ""]
    return "\n".join(parts)
