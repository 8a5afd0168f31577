"""Command line: `python -m builder extract|check|render|schema`."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from builder import __version__
from builder.article import load_article
from builder.errors import Problem, TimelineError
from builder.export import DEFAULT_ENGINE, ENGINES, write_project
from builder.extract import extract_article
from builder.extract.sentences import split_sentences
from builder.project import Project
from builder.settings import find_settings
from builder.render.links import RESERVED
from builder.records import conflict_diff as record_diff
from builder.records import FOLDER as RECORDS
from builder.records import check_records, report_line, write_record
from builder.schema import SCHEMA_FILE, json_schema_text
from builder.search_index import SEARCH_DIR, SearchIndexError
from builder.store import conflict_diff, load_manifest, locked, write_articles
from builder.textio import check_folder, display_path, write_atomic
from builder.vocabulary import plural



def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m builder", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = sub.add_parser("extract", help="extract timeline entries from articles (hand edits are kept)")
    extract.add_argument("articles", nargs="*", type=Path, metavar="ARTICLE.txt",
                         help="articles to extract (default: every .txt in seeds/)")
    extract.add_argument("--out", type=Path, metavar="DIR", help="timeline folder to write (default: timeline/)")
    extract.add_argument("--show-conflicts", action="store_true",
                         help="print what the builder would have written over entries edited by hand")
    check = sub.add_parser("check", help="validate every entry of a timeline folder")
    check.add_argument("folder", nargs="?", type=Path, metavar="DIR", help="default: timeline/")
    render = sub.add_parser("render", help="write the site as a project an engine builds without the plugin")
    render.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help="a new or empty folder (or an earlier render's): DIR/mkdocs.yml and DIR/docs/")
    render.add_argument("--engine", choices=sorted(ENGINES), default=DEFAULT_ENGINE,
                        help=f"the engine that builds DIR (default {DEFAULT_ENGINE}): the links in the pages' HTML are "
                             "written for the way it reads them; MkDocs and ProperDocs can also build the project "
                             "itself through the timeline plugin")
    schema = sub.add_parser("schema", help="print the JSON Schema of an entry file")
    schema.add_argument("--write", action="store_true", help=f"write it to builder/{SCHEMA_FILE}")
    return parser


def _fail(problems: list[Problem], consequence: str = "") -> int:
    """Print every problem, then a count; exit status 1."""
    for problem in problems:
        print(problem, file=sys.stderr)
    files = len({p.path for p in problems})
    print(f"{len(problems)} problem{'s' * (len(problems) != 1)} in {files} file{'s' * (files != 1)}"
          + (f"; {consequence}" if consequence else ""), file=sys.stderr)
    return 1


def sentences_of(text: str) -> list[tuple[int, str]]:
    """The article's sentences as its record keeps them: (paragraph from 1, text)."""
    return [(s.paragraph + 1, s.text) for s in split_sentences(text)[1]]


def cmd_extract(args: argparse.Namespace) -> int:
    settings, _ = find_settings(Path.cwd())
    seeds = Path(os.path.relpath(settings.seeds))
    args.out = args.out or Path(os.path.relpath(settings.timeline))
    if not args.articles:
        check_folder(seeds)
    paths = args.articles or sorted(seeds.glob("*.txt"))
    if not paths:
        return _fail([Problem(display_path(seeds), message="expected articles (NAME.txt with NAME.yml beside it), "
                              "got none; add one or name it on the command line")])
    problems: list[Problem] = []
    articles = []
    for path in paths:
        if path.suffix != ".txt":
            # NAME.yml is the article's metadata: read as an article it would replace the article's entries.
            problems.append(Problem(display_path(path), message=f"expected an article NAME.txt, got a "
                                    f"{path.suffix or 'suffix-less'} file; name the .txt file (its .yml is read beside it)"))
            continue
        try:
            articles.append(load_article(path))
        except TimelineError as err:
            problems.extend(err.problems)
    problems.extend(same_names(articles))
    problems += [Problem(display_path(a.path), message=f"expected a name other than {a.name!r} (sources/{a.name} is "
                         "the list of sources), got it; rename the file") for a in articles if a.name in RESERVED]
    if args.out.exists() and not args.out.is_dir():
        problems.append(Problem(display_path(args.out), message="expected a folder to write the timeline into, "
                                "got a file; name a folder with --out"))
    if problems:
        return _fail(problems, "nothing was written")
    waiting = lambda: print(f"waiting for another run to finish writing {display_path(args.out)}/ ...",  # noqa: E731
                            file=sys.stderr, flush=True)
    with locked(args.out, waiting):
        return _extract_locked(args, articles, seeds)


def _extract_locked(args: argparse.Namespace, articles: list, seeds: Path) -> int:
    """The writing part of `extract`, while this run holds the timeline folder."""
    if os.path.lexists(args.out / RECORDS):
        check_folder(args.out / RECORDS)         # before anything is written, not after the first article
        check_records(args.out, [a.name for a in articles])
    if not args.articles:
        for name in orphaned_articles(args.out, {a.name for a in articles}):
            print(f"note: {display_path(args.out)}/ holds entries from {name!r}, which is no longer in "
                  f"{display_path(seeds)}/; restore the article, or delete its entries (listed in "
                  f"{display_path(args.out)}/.manifest.json) by hand")
    # Oldest first, as the news came: an event is told first by the article that broke it.
    articles.sort(key=lambda a: (a.published, a.name))
    extracted = [(article, extract_article(article)) for article in articles]
    reports = write_articles(args.out, [(a.name, a.published.isoformat(), entries) for a, entries in extracted])
    for (article, entries), report in zip(extracted, reports):
        record = write_record(args.out, article, sentences_of)
        lines = report.lines(hint=not args.show_conflicts) + [report_line(record, hint=not args.show_conflicts)]
        print(f"{display_path(article.path)}: {plural(len(entries), 'entry', 'entries')} -> {display_path(args.out)}/: "
              + "; ".join(filter(None, lines)))
        for line in report.details():
            print(f"  {line}")
        if args.show_conflicts:
            for entry_id, (current, proposed) in report.conflicts.items():
                sys.stdout.write(conflict_diff(args.out, entry_id, current, proposed))
            if record.conflict:
                sys.stdout.write(record_diff(record))
    return 0


def orphaned_articles(folder: Path, present: set[str]) -> list[str]:
    """Articles the manifest has entries from that are not among the articles extracted now."""
    try:
        manifest = load_manifest(folder)
    except TimelineError:
        return []                                   # a damaged manifest is reported by write_article
    records = manifest["records"] if manifest else {}
    return sorted({a for r in records.values() for a in r.articles} - present)


def same_names(articles: list) -> list[Problem]:
    """Two articles whose names slug alike would claim each other's entries."""
    first: dict[str, str] = {}
    problems = []
    for article in articles:
        shown = display_path(article.path)
        if article.name in first and first[article.name] != shown:
            problems.append(Problem(shown, message=f"expected a name of its own, got {article.name!r}, already "
                                    f"used by {first[article.name]}; rename one of the files"))
        first.setdefault(article.name, shown)
    return problems


def cmd_check(args: argparse.Namespace) -> int:
    """Everything a strict build checks (the editors' names file and the story's title too), with the same settings
    (mkdocs.yml's timeline block)."""
    settings, _ = find_settings(Path.cwd())
    folder = args.folder or settings.timeline
    loaded = Project(settings).check(folder)
    problems = list(loaded.problems)
    if problems:
        return _fail(problems)
    print(f"{display_path(folder)}: {plural(len(loaded.entries), 'entry', 'entries')} and "
          f"{plural(len(loaded.articles), 'article')}, all valid")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    """The site as a project the engine named (--engine) builds: checked first, exactly as `check` does."""
    settings, data = find_settings(Path.cwd())
    project = Project(settings)
    loaded = project.check()
    if loaded.problems:
        return _fail(loaded.problems, "nothing was written")
    rendered = project.render(loaded, portable=True, raw_links=ENGINES[args.engine])
    records = rendered.search if settings.search else None
    try:
        written = write_project(args.out, rendered, data, settings, records, engine=args.engine)
    except SearchIndexError as err:
        return _fail([Problem(display_path(args.out / "docs" / SEARCH_DIR), message=f"search index: {err}")])
    print(f"{display_path(args.out)}/: {plural(len(written), 'file')} (mkdocs.yml and docs/); "
          f"build it there with `{args.engine} build`")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    text = json_schema_text()
    if args.write:
        target = Path(__file__).with_name(SCHEMA_FILE)
        write_atomic(target, text)
        print(f"wrote {display_path(target)}")
    else:
        sys.stdout.write(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 input problems, 2 usage)."""
    args = _parser().parse_args(argv)
    commands = {"extract": cmd_extract, "check": cmd_check, "render": cmd_render, "schema": cmd_schema}
    try:
        return commands[args.command](args)
    except TimelineError as err:
        return _fail(err.problems)
    except OSError as err:          # a folder that cannot be written, a full disk: the user's to fix
        shown = display_path(Path(err.filename)) if err.filename else "builder"
        print(f"{shown}: expected a place the builder can write to, got an error ({err.strerror or err}); "
              "check the path and its permissions", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; every file is either as it was or fully written", file=sys.stderr)
        return 130
