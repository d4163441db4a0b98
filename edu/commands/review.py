"""`edu review DRAFT -o DECK`: accept, edit or reject drafts, write the reviewed deck.

Interactive by default (a Textual screen, edu/review/app.py); `--accept-top N` decides without
one, for scripts. The output is the draft file's text with the decisions applied, so its
comments stay (edu/deck/review.py); it goes to a new file, or over the draft only with
`--in-place`.
"""

from __future__ import annotations

import argparse
import sys

from edu.commands._vocab import whole_number


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "review", help="accept, edit or reject draft facts and write the reviewed deck",
        description="Review a draft deck (from `edu extract`): accepted and edited facts get "
                    "`status: reviewed`, rejected ones are left out, undecided ones stay drafts. "
                    "Keys: a accept, e edit, r reject, u undecide, w write, q quit.")
    p.add_argument("draft", help="draft deck (YAML) written by edu extract")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", help="write the reviewed deck here (a new file)")
    out.add_argument("--in-place", action="store_true",
                     help="write the reviewed deck over the draft file, keeping its comments")
    p.add_argument("--accept-top", type=whole_number(1), metavar="N",
                   help="no screen: accept the N best-scoring drafts and leave out the rest")


def run(args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    from edu.commands._deckitems import load_deck_checked
    from edu.commands._document import is_document
    from edu.deck.review import Decision, Verdict, accept_top, apply_review
    from edu.errors import EduError, Problem
    from edu.fileio import atomic_write, read_text

    if is_document(args.draft):  # `edu review notes.txt`: the step before is missing
        name = Path(args.draft).name
        raise EduError(Problem(args.draft, f"a document, not a draft deck: run `edu extract "
                                           f"{name} -o draft.yaml` first, then `edu review "
                                           f"draft.yaml -o deck.yaml`"))
    out = args.draft if args.in_place else args.output
    if not args.in_place and Path(out).resolve() == Path(args.draft).resolve():
        raise EduError(Problem(out, "is the draft itself; pass --in-place to write over it"))
    deck = load_deck_checked(args.draft)
    text = read_text(args.draft)
    decisions: dict[str, Decision] | None
    if args.accept_top is not None:
        decisions = accept_top(deck, args.accept_top)
    else:
        if not sys.stdin.isatty() or not sys.stdout.isatty():
            raise EduError(Problem("edu review", "the review screen needs a terminal; pass "
                                                 "--accept-top N to decide without one"))
        from edu.review.app import ReviewApp

        decisions = ReviewApp(deck, text).run()
        if decisions is None:
            print("nothing written", file=sys.stderr)
            return 0
    source = None
    if not args.in_place:
        base = Path(out).resolve().parent
        source = Path(os.path.relpath(deck.source_path.resolve(), base)).as_posix()
    result = apply_review(args.draft, text, decisions, source)
    try:
        atomic_write(out, result)
    except OSError as exc:
        raise EduError(Problem(out, f"cannot write: {exc.strerror or exc}")) from None
    accepted = sum(d.verdict == Verdict.ACCEPT for d in decisions.values())
    edited = sum(bool(d.edits) for d in decisions.values())
    rejected = sum(d.verdict == Verdict.REJECT for d in decisions.values())
    left = sum(f.status == "draft" for f in deck.facts) - accepted - rejected
    print(f"wrote {out}: {accepted} reviewed ({edited} edited), {rejected} left out, "
          f"{left} still drafts", file=sys.stderr)
    return 0
