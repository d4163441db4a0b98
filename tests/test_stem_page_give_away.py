"""No draft on the first page of a preprocessed text prints the answer of another draft on it
(issue 15, twelfth round). Preprocessed text is mostly word windows, and two windows of one
sentence print each other's figures ("... spray glycol _____ years following nine" beside
"... glycol 17 years following _____ years slow dry"): a blind teacher dropped every such
pair's second draft (set 10, rev8pre). A text written for this test, preprocessed here."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.extract.candidates import FIRST_PAGE, _clash
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

LIGHTHOUSE = """The Skerry Lighthouse

Workers quarried 4,300 granite blocks on the mainland and shipped 2,600 of them to the rock
in barges. The tower rises 48 metres above the reef and its lamp burns 7 wicks fed by 300
litres of oil a week. Keepers served 28 days on the rock and 14 days ashore, and a boat
brought 90 crates of food each month. Storms broke 11 windows in the first winter and tore
away 3 cranes. The engineer Thomas Ardmore chose 19 masons, who worked 65 days a year and
laid 120 courses of stone. The light was first lit on 12 October 1844, and 1,500 ships
passed the reef in its first year. A second lamp of 9 wicks was added in 1871, when 40
keepers had served there.

Before the tower, the reef claimed 36 vessels in a single decade, and the owners of the
harbour lost 8,000 pounds of cargo. A merchant guild raised 12,000 pounds for the work, and
the town council gave 2,000 more. The surveyor Agnes Pellow spent 6 weeks on the reef,
sounding the channel at 210 places, and drew 14 charts of the rocks. Her report ran to 88
pages and named 5 possible sites for the tower.

The foundation pit was cut 4 metres into the rock by 31 quarrymen, who could work only 2
hours at each low tide. Pumps moved 700 buckets of water an hour. In the second summer a
gale wrecked 2 barges and drowned 6 sailors, and work stopped for 23 days. The masons set
the first course on 9 June 1839 and the last on 30 August 1843. Each block was dovetailed
to its neighbours with 4 oak pins and weighed up to 3 tonnes.

The lantern room holds 16 mirrors of silvered copper, polished by the keepers every
morning. The beam could be seen 18 miles out to sea on a clear night. A fog bell of 500
kilograms hung below the gallery and was rung 12 times a minute in thick weather. The
keepers kept a log of 52 volumes, now held in the town museum, which also shows 230 tools
from the building work.

In 1902 a paraffin burner replaced the oil lamps, and in 1961 the light was electrified.
The last 3 keepers left the rock on 25 May 1988, when the light became automatic. Today
about 7,000 visitors a year take the boat to the reef, and the tower has been restored
twice, in 1974 and in 2011.
"""


def test_no_first_page_draft_prints_another_first_page_answer() -> None:
    text = preprocess(LIGHTHOUSE)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    page = extract_candidates(reading)[:FIRST_PAGE]
    assert sum(1 for f in page if "_____" in f.prompt) >= 10  # mostly word windows
    clashes = [(a.prompt, b.answer) for k, a in enumerate(page) for b in page[k + 1 :]
               if _clash(a, b)]
    assert clashes == []
