"""StemmedText reads the whole document once (pair counts, each stem's usual word, the topic
and its words, kin stems) instead of once per question: the answers are those of a pass
over the tokens per question, as it was (written out here), on drawn documents."""

from __future__ import annotations

import random
from collections import Counter

from edu.extract import lexicon as lx
from edu.extract.stemmed import KIN_PREFIX, StemmedText
from edu.text.wordmap import load_bigrams

VOCAB = ["volcan", "volcano", "volcanic", "bridg", "bridge", "constru", "construct", "canal",
         "opera", "hous", "tunnel", "work", "began", "lock", "engin", "engine", "engineer",
         "erupt", "island", "year"]
FORMS = {"volcan": ["volcanic", "Volcanic", ""], "bridg": ["bridge", "bridges", "Bridge"],
         "hous": ["house", "houses"], "lock": ["locks", "lock", "Locks", ""]}


def _document(rng: random.Random) -> StemmedText:
    n = rng.randint(2, 400)
    stems = [rng.choice(VOCAB) for _ in range(n)]
    words = [rng.choice(FORMS.get(s, [s, s.capitalize(), ""])) for s in stems]
    classes = [lx.WORD] * n
    boundaries = {k for k in range(n) if rng.random() < 0.05}
    heading = {k for k in range(min(n, 6)) if rng.random() < 0.5}
    return StemmedText(stems, classes, words, set(), boundaries, {}, heading=heading)


def _pair_count(doc: StemmedText, k: int) -> int:
    pair = (doc.stems[k], doc.stems[k + 1])
    return sum(1 for n in range(len(doc.stems) - 1)
               if doc.stems[n] == pair[0] and doc.stems[n + 1] == pair[1])


def _kin_before(doc: StemmedText, k: int) -> bool:
    stem = doc.stems[k]
    return doc.stems.index(stem) < k or any(
        len(other) >= KIN_PREFIX and stem.startswith(other) for other in doc.stems[:k])


def _kin_count(doc: StemmedText, stem: str) -> int:
    return sum(n for other, n in Counter(doc.stems).items()
               if other == stem or len(other) >= KIN_PREFIX and stem.startswith(other))


def _usual(doc: StemmedText, stem: str) -> str:
    forms: dict[str, Counter[str]] = {}
    for st, word in zip(doc.stems, doc.words, strict=False):
        if word:
            forms.setdefault(st, Counter())[word.lower()] += 1
    found = forms.get(stem)
    return found.most_common(1)[0][0] if found else stem


def _topic_words(doc: StemmedText, topic: str) -> str:
    after = Counter(doc.stems[k + 1] for k, st in enumerate(doc.stems[:-1])
                    if st == topic and k + 1 not in doc.boundaries)
    if after:
        nxt, n = after.most_common(1)[0]
        if 2 * n >= Counter(doc.stems)[topic] and (topic, nxt) in load_bigrams():
            return f"{_usual(doc, topic)} {_usual(doc, nxt)}"
    return _usual(doc, topic)


def test_whole_document_reads_answer_as_a_pass_per_question_did():
    rng = random.Random(19)
    for _ in range(150):
        doc = _document(rng)
        n = len(doc.stems)
        for _ in range(12):
            k = rng.randrange(n - 1)
            stem = rng.choice(VOCAB)
            assert doc.pair_count(k) == _pair_count(doc, k)
            assert doc.kin_before(k) == _kin_before(doc, k)
            assert doc.kin_count(stem) == _kin_count(doc, stem)
            assert doc.usual(stem) == _usual(doc, stem)
        topic = doc.topic()
        assert topic == doc.topic()  # asked again: the same
        for stem in [*VOCAB[:6], *([topic] if topic else []), "canal"]:
            assert doc.topic_words(stem) == _topic_words(doc, stem)
