"""Claim files survive model → YAML → model unchanged, through factcheck's strict reader."""

from __future__ import annotations

from datetime import date
from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st

from factcheck import model
from factcheck.yamltree import read_tree

# Ids start with a letter: "08" would be dumped unquoted and read back as an ambiguous number.
ids = st.from_regex(r"[a-z][a-z0-9_-]{0,10}[a-z0-9]", fullmatch=True)
# Text people write: Korean, English, digits, punctuation and the YAML 1.1 traps.
words = st.sampled_from(
    [
        "행안부",
        "이상민",
        "3만여 명",
        "no",
        "on",
        "010",
        "1:20",
        "2023-11-25",
        "a: b",
        "#x",
        "'q'",
        "“인용”",
        "[/x]",
        "~",
        "null",
    ]
)
texts = st.lists(words, min_size=1, max_size=4).map(" ".join)
quantity_texts = st.sampled_from(
    ["3만여 명", "93개", "34%", "약 100명", "about 2 million people", "8명"]
)
values = st.one_of(
    st.builds(lambda q: {"quantity": q}, st.one_of(quantity_texts, st.integers(0, 10**6))),
    st.builds(lambda d: {"date": d}, st.sampled_from(["2023-11-25", "2023-11", "2023-11-25 오후"])),
    st.builds(lambda e: {"entity": e}, texts),
    st.builds(
        lambda items, exhaustive, total: {
            "entities": {"items": items, "exhaustive": exhaustive, "total": total}
        },
        st.lists(texts, min_size=1, max_size=3),
        st.booleans(),
        st.one_of(st.none(), st.integers(1, 20), quantity_texts),
    ),
    st.builds(lambda t: {"statement": t}, texts),
    st.builds(lambda t: {"caveat": t}, texts),
    st.builds(lambda s, t: {"quote": {"speaker": s, "text": t}}, texts, texts),
)


@st.composite
def claim_files(draw: st.DrawFn) -> model.ClaimFile:
    claims = []
    for index in range(draw(st.integers(0, 5))):
        data: dict[str, Any] = {
            "id": f"c{index}",
            "subject": draw(texts),
            "property": draw(texts),
            "evidence": draw(texts),
            **draw(values),
        }
        if draw(st.booleans()):
            data["importance"] = draw(st.sampled_from(["low", "normal", "high", "critical"]))
        if draw(st.booleans()):
            data["qualifiers"] = {draw(texts): draw(st.one_of(texts, st.integers(0, 99)))}
        claims.append(data)
    source = {
        "id": draw(ids),
        "outlet": draw(texts),
        "title": draw(texts),
        "author": draw(st.one_of(st.none(), texts)),
        "published": draw(st.sampled_from([date(2023, 11, 25), "2023-11-26T14:04:10+09:00"])),
        "language": "ko",
        "text": "article.txt",
    }
    return model.ClaimFile.model_validate({"source": source, "claims": claims})


@given(claim_files())
def test_model_yaml_model_round_trip(claim_file: model.ClaimFile) -> None:
    data = claim_file.model_dump(mode="json", by_alias=True, exclude_none=True)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    tree, problems = read_tree(text, "generated.yaml")
    assert problems == []
    assert tree is not None
    assert model.ClaimFile.model_validate(tree.data) == claim_file
