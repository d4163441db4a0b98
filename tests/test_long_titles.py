"""A title with a subtitle or a headline runs past ten words ("The London Congestion Charge: A
Review of the Scheme's First Two Decades"); it is still a title, and no draft is cut from it
(blind reviewers dropped 4 of 4 such drafts: "A Review of the Scheme's _____.")."""

from __future__ import annotations

from pathlib import Path

from edu.extract import extract_candidates
from edu.text.reading import read_document

TEXT = (
    "The Riverton Tramway: A Review of the Line's First Three Decades of Service\n\n"
    "The Riverton tramway opened on 4 May 1994 after a construction programme that cost about "
    "212 million pounds. It was built by the engineering firm Halden and Rowe, and it was "
    "operated by Riverton Transit, the city's transport authority. The line runs for 14 "
    "kilometres from the harbour to the university and has 22 stops. In its first year it "
    "carried 9 million passengers, and by 2019 the figure had risen to 31 million. The mayor, "
    "Alice Weston, said in 2004 that the tramway had changed the city. A second line to the "
    "airport opened on 12 June 2011 and added 8 kilometres to the network.\n"
)


def test_no_draft_is_cut_from_a_long_title(tmp_path: Path) -> None:
    path = tmp_path / "riverton.txt"
    path.write_text(TEXT, "utf-8")
    title_end = TEXT.index("\n")
    facts = extract_candidates(read_document(path))
    assert facts  # the body is drafted
    assert [f.prompt for f in facts if f.source.start < title_end] == []
