"""Synthetic cases of any size: N sources × M claims each, in Korean and English.

Every case is valid against the real schema, with archived texts that hold every evidence
quote (so grounding runs), and sources that overlap: most facts are stated by several sources,
mostly in agreement, sometimes in conflict, sometimes left out.

    python -m benchmarks.generate OUT --sources 100 --claims 1000 [--seed 1]

The same arguments always give the same bytes.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

_SYLLABLES = "가나다라마바사아자차카타파하정부행안과기외교산업통상문화체육관광국토교통해양수"
_SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
_ENGLISH = [
    "Alpha",
    "Bravo",
    "Cedar",
    "Delta",
    "Ember",
    "Falcon",
    "Garnet",
    "Harbor",
    "Iris",
    "Juniper",
]
_PROPERTIES = [
    "visitors",
    "attendees",
    "organiser",
    "opening_date",
    "budget",
    "venue",
    "speakers",
    "participants",
    "exhibitors",
    "sessions",
    "closing_date",
    "host",
    "partners",
    "caveat",
    "statement",
    "quote",
    "countries",
    "booths",
    "sponsors",
    "volunteers",
]
_KINDS = ["quantity", "quantity", "date", "entity", "entities", "statement", "caveat", "quote"]


@dataclass(frozen=True)
class _Entity:
    id: str
    name: str
    alias: str
    type: str


@dataclass(frozen=True)
class _Fact:
    index: int
    subject: _Entity
    property: str
    kind: str
    seed: int


def _korean_word(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(length))


def _entities(rng: random.Random, count: int) -> list[_Entity]:
    entities = []
    for index in range(count):
        kind = ("person", "organization", "event", "place")[index % 4]
        if kind == "person":
            name = rng.choice(_SURNAMES) + _korean_word(rng, 2) + str(index)
        else:
            name = _korean_word(rng, 4) + f" {index}"
        alias = f"{rng.choice(_ENGLISH)} {kind.title()} {index}"
        entities.append(_Entity(f"e{index:05d}", name, alias, kind))
    return entities


def _registry(entities: list[_Entity]) -> str:
    lines = ["# Synthetic registry (benchmarks/generate.py).", "entities:"]
    for entity in entities:
        lines += [
            f"  - id: {entity.id}",
            f"    name: {entity.name}",
            f"    type: {entity.type}",
            f"    aliases: [{entity.alias}]",
        ]
    return "\n".join(lines) + "\n"


def _value(fact: _Fact, variant: int, entities: list[_Entity], english: bool) -> tuple[str, str]:
    """The YAML value line(s) of a claim and the sentence of the article that carries it."""
    rng = random.Random(fact.seed * 7 + variant)
    who = fact.subject.alias if english else fact.subject.name
    if fact.kind == "quantity":
        number = 3 + fact.seed % 90 + variant * 40
        if english:
            written = f"about {number * 1000:,} people"
            return f"quantity: {written}", f"{who} drew {written} over three days."
        written = f"{number}만여 명"
        return f"quantity: {written}", f"{who}에는 사흘간 {written}이 다녀갔다."
    if fact.kind == "date":
        day = 1 + (fact.seed + variant) % 28
        if english:
            return f"date: 2023-11-{day:02d}", f"{who} opened on 2023-11-{day:02d}."
        return f"date: 2023년 11월 {day}일", f"{who}은 2023년 11월 {day}일 열렸다."
    if fact.kind == "entity":
        other = entities[(fact.seed + variant) % len(entities)]
        name = other.alias if english else other.name
        return (
            f"entity: {other.id}",
            f"{name} organised {who}." if english else f"{name}가 {who}를 주관했다.",
        )
    if fact.kind == "entities":
        picks = sorted(
            {entities[(fact.seed + i * 13 + variant) % len(entities)].id for i in range(3)}
        )
        names = [next(e for e in entities if e.id == pick) for pick in picks]
        if english:
            listed = ", ".join(e.alias for e in names)
            return f"entities: [{', '.join(picks)}]", f"{listed} among others joined {who}."
        listed = ", ".join(e.name for e in names)
        return f"entities: [{', '.join(picks)}]", f"{listed} 등이 {who}에 참석했다."
    words = " ".join(_korean_word(rng, 3) for _ in range(5))
    if english:
        words = " ".join(rng.choice(_ENGLISH).lower() for _ in range(6))
    if fact.kind == "quote":
        speaker = entities[(fact.seed // 4) * 4 % len(entities)]  # index % 4 == 0: a person
        sentence = (
            f'"{words}," said {speaker.alias}.'
            if english
            else f'{speaker.name}은 "{words}"라고 말했다.'
        )
        return f'quote: {{speaker: {speaker.id}, text: "{words}"}}', sentence
    sentence = f"{who}: {words}." if english else f"{who} 관련 {words}."
    return f"{fact.kind}: {words}", sentence


def _source(
    index: int, facts: list[_Fact], entities: list[_Entity], claims: int, seed: int
) -> tuple[str, str]:
    rng = random.Random(seed * 1_000_003 + index)
    english = index % 3 == 2
    chosen = sorted(rng.sample(facts, min(claims, len(facts))), key=lambda fact: fact.index)
    name = f"s{index:04d}"
    yaml_lines = [
        "source:",
        f"  id: {name}",
        f"  outlet: {'Wire ' + str(index) if english else '뉴스' + str(index)}",
        f"  title: {'Expo report' if english else '박람회 폐막'} {index}",
        f"  published: 2023-11-{1 + index % 28:02d}",
        f"  language: {'en' if english else 'ko'}",
        f"  url: https://example.org/{name}",
        f"  text: {name}.txt",
        "claims:",
    ]
    article = [f"{'Expo report' if english else '박람회 폐막'} {index}", ""]
    for fact in chosen:
        variant = 1 if rng.random() < 0.1 else 0  # one statement in ten disagrees
        value, sentence = _value(fact, variant, entities, english)
        sentence = f"[{fact.index}] {sentence}"  # keeps every evidence distinct
        yaml_lines += [
            f"  - id: c{fact.index:05d}",
            f"    subject: {fact.subject.id}",
            f"    property: {fact.property}",
            f"    {value}",
            f"    evidence: '{sentence.replace(chr(39), chr(39) * 2)}'",
        ]
        article.append(sentence)
        if rng.random() < 0.3:
            article.append("광고 · 날씨 맑음" if not english else "Advertisement")
    return "\n".join(yaml_lines) + "\n", "\n".join(article) + "\n"


def generate(out: Path, sources: int, claims: int, seed: int = 1) -> Path:
    """Write a case folder of `sources` claim files with `claims` claims each; returns it."""
    rng = random.Random(seed)
    entities = _entities(rng, max(40, claims // 4))
    subjects = [entity for entity in entities if entity.type != "person"]
    pool = max(claims, int(claims * 1.3))
    facts = []
    for index in range(pool):
        kind = _KINDS[index % len(_KINDS)]
        facts.append(
            _Fact(
                index,
                subjects[index % len(subjects)],
                f"{_PROPERTIES[index % 20]}_{index // 20}",
                kind,
                rng.randrange(10**6),
            )
        )
    out.mkdir(parents=True, exist_ok=True)
    (out / "entities.yaml").write_text(_registry(entities), encoding="utf-8")
    for index in range(sources):
        claim_file, article = _source(index, facts, entities, claims, seed)
        (out / f"s{index:04d}.yaml").write_text(claim_file, encoding="utf-8")
        (out / f"s{index:04d}.txt").write_text(article, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    """Command line: write one synthetic case."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="folder to write the case into")
    parser.add_argument("--sources", type=int, default=10)
    parser.add_argument("--claims", type=int, default=100, help="claims per source")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    print(generate(args.out, args.sources, args.claims, args.seed))


if __name__ == "__main__":
    main()
