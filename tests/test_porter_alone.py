"""The Porter stemmer loaded without nltk's package modules (edu.text.preprocess) stems as
nltk's own, imported as usual, and leaves no nltk module behind."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, re, sys
from pathlib import Path
words = set()
root = Path(sys.argv[1])
for path in sorted(root.glob("seeds/*.txt")) + sorted(root.glob("tests/data/*.txt"))[:20]:
    words.update(re.findall(r"[a-z0-9]+", path.read_text("utf-8").lower()))
words.update(["running", "generously", "agreed", "sky", "skies", "dying", "news", "ponies",
              "caresses", "conditional", "relational", "hopeful", "goodness", "electrical"])
words = sorted(words)
from edu.text import preprocess
alone = preprocess._stemmer()
left = sorted(m for m in sys.modules if m == "nltk" or m.startswith("nltk."))
ours = [preprocess.stem(w) for w in words]
import nltk.stem.porter
theirs = [nltk.stem.porter.PorterStemmer().stem(w) for w in words]
print(json.dumps({"n": len(words), "left": left, "same": ours == theirs,
                  "alone": type(alone) is not nltk.stem.porter.PorterStemmer,
                  "differ": [(w, a, b) for w, a, b in zip(words, ours, theirs) if a != b][:5]}))
"""


def test_porter_alone_stems_as_nltk_and_leaves_no_module() -> None:
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT)], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["n"] > 1000
    assert found["alone"], "the stemmer came from nltk imported as usual, not loaded alone"
    assert found["left"] == [], found["left"]
    assert found["same"], found["differ"]
