"""Memory and work stay linear in the input: one huge token, a huge number, many near twins."""

from __future__ import annotations

import tracemalloc

from edu.text.compounds import split_compound


def test_splitting_a_huge_token_uses_memory_linear_in_its_length():
    """The old split copied piece lists per position: 100 kB took over 3.8 GB, and on this
    token (every piece a word) 8 kB took 2.7 kB a character (bench/bench_long_token.py).
    Now two machine arrays of 8 bytes a position are most of the cost: about 30."""
    split_compound("remotesens")  # load the lexicons outside the measurement
    token = "highspeedremotedeepspace" * 1_000  # 24 kB of one word, every piece a word
    tracemalloc.start()
    try:
        result = split_compound(token)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * len(token)
    assert result is not None and result[:5] == ["high", "speed", "remote", "deep", "space"]
    assert len(result) == 5_000
    assert split_compound("highresolut") == ["high", "resolut"]


def test_near_duplicates_compare_each_fact_with_a_few_others_not_all(monkeypatch):
    """4,000 facts sharing one answer took 23 s when every pair was compared; grouping by
    prompt words compares each fact with at most one fact per key it holds."""
    import yaml

    from edu.deck import proof
    from edu.deck.model import Fact
    from edu.deck.yamlnodes import FactMarks
    from edu.text.source import Span

    words = "launch orbit module rover probe station rocket satellite".split()
    facts = [Fact(id=f"f{i}", kind="number", answer="207", source=Span(0, 5),
                  prompt=f"How many {words[i % 8]} {words[(i // 8) % 8]} tests in phase {i}?")
             for i in range(4000)]
    facts.append(Fact(id="twin", kind="number", answer="207", source=Span(0, 5),
                      prompt="How many launch launch tests in phase 0, in all?"))
    marks = [FactMarks(yaml.ScalarNode("tag:yaml.org,2002:str", "x")) for _ in facts]
    calls = []
    real = proof._similarity
    monkeypatch.setattr(proof, "_similarity", lambda a, b: calls.append(1) or real(a, b))
    problems = proof.near_duplicates("deck.yaml", facts, marks)
    keys_per_fact = 1 + 6  # the whole set of content words, and it less each of its words
    assert len(calls) <= keys_per_fact * len(facts)  # pairwise would be ~8 million
    assert any("fact 'twin' nearly duplicates fact 'f0'" in p.message for p in problems)
