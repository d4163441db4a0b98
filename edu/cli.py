"""Command-line entry point: parses arguments and dispatches to one module per subcommand.

Each subcommand lives in `edu/commands/<name>.py` with `add_parser(subparsers)` and
`run(args) -> int`; heavy imports stay inside `run` so `edu --help` starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys

from edu import __version__
from edu.errors import EduError, printable

# Order is the order shown in `edu --help`.
COMMANDS = [
    "train",
    "quiz",
    "study",
    "stats",
    "serve",
    "preprocess",
    "restore",
    "extract",
    "review",
    "check",
    "items",
    "anki",
    "handout",
    "export",
]


USAGE_TEXT = """\
Learn the facts of a document: quiz yourself in the terminal with spaced repetition, make
Anki decks, printable worksheets and Moodle/Quizlet exports from a deck of facts.

Run `edu` alone to open the trainer on the bundled deck (China's space program, 2021).
Your own document works too: `edu quiz notes.txt` (.txt, .md or .pdf) quizzes you on its
best drafted facts; `edu extract` and `edu review` make a reviewed deck of them.
"""

VOCABULARY = """\
the same flags everywhere:
  DECK                  a deck YAML file, or a document (.txt, .md, .pdf) for its best
                        drafts, unreviewed; omitted: the bundled deck; - : standard input
                        (its source: document then resolves from the current folder)
  -o FILE               where to write; -o - writes to standard output
  --kinds K1,K2         item kinds, separated by commas or spaces: short_answer
                        multiple_choice true_false cloze numeric matching ordering
  --sections S1,S2      sections by number (II.1), part (II) or name, commas or spaces
  --seed N              every random choice; same seed, same output
  --format json         machine-readable output (--json is kept as an alias)
  -v, --verbose         say on standard error what was left out and why

progress (answers and schedules) is stored in one SQLite file: --db PATH, else $EDU_DB,
else the per-user data folder (e.g. ~/.local/share/edu/progress.sqlite3 on Linux).

`edu COMMAND --help` describes a command's own options.
"""


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one clear line (argparse's default, made explicit)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of the one named `only` (a command's own run needs no
    other: importing every command module and building its options cost ~0.02 s CPU of every
    `edu` run, ~5 % of an Anki export after a reworded fact)."""
    parser = _Parser(prog="edu", description=USAGE_TEXT, epilog=VOCABULARY,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"edu {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser,
                                title="commands")
    for name in COMMANDS if only is None else [only]:
        try:
            module = importlib.import_module(f"edu.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"edu.commands.{name}":
                continue  # command not built yet
            raise
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    if argv and argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version"):
        argv = ["train", *argv]  # `edu --db x` means `edu train --db x`
    args, extra = parser.parse_known_args(argv)
    if extra:  # `edu quiz --bogus`: the command's own usage, not the top level's
        _command_parser(parser, args.command).error(
            f"unrecognized arguments: {' '.join(extra)}")
    if args.command is None:
        # Bare `edu` opens the trainer on the bundled deck when it is available.
        try:
            importlib.import_module("edu.commands.train")
        except ModuleNotFoundError:
            parser.print_help()
            return 0
        args = parser.parse_args(["train", *argv])
    module = importlib.import_module(f"edu.commands.{args.command}")
    _exit_cleanly_on_terminate()
    try:
        code = int(module.run(args) or 0)
        sys.stdout.flush()  # a full disk or closed pipe shows here, inside the handlers
        return code
    except EduError as exc:
        for problem in exc.problems:
            print(str(problem), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:  # standard output on a full device, an I/O error
        _silence_stdout()
        where = exc.filename if exc.filename else "standard output"
        print(printable(f"{where}: {exc.strerror or exc}"), file=sys.stderr)
        return 2


def _command_parser(parser: argparse.ArgumentParser,
                    command: str | None) -> argparse.ArgumentParser:
    """The subcommand's parser (for its usage line in an error), else the top level's."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            found: argparse.ArgumentParser = action.choices[command]
            return found
    return parser


def _exit_cleanly_on_terminate() -> None:
    """SIGTERM and SIGHUP unwind like Ctrl-C (SystemExit runs `finally` blocks), so a killed
    write removes its temp file instead of leaving it beside the output."""
    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            try:
                signal.signal(getattr(signal, name), stop)
            except ValueError:  # not the main thread (tests calling main() from a worker)
                return


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
