"""``variantview compare PATH...``: the engine from a terminal.

Bad input is an editor's problem to fix, not a programmer's: it gets one
line naming the file and the reason, and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from variantview.commands.output import write_output
from variantview.core.align.inputs import DEFAULT_THRESHOLD
from variantview.core.comparison import Comparison, Options, compare_witnesses, json_text
from variantview.core.detect.kinds import KINDS, MARKS_WORDS
from variantview.core.errors import InputError
from variantview.core.lineage import NON_DERIVED
from variantview.core.read.files import read_witnesses
from variantview.core.read.web import fetch_pages, is_address
from variantview.core.read.witness import Witness
from variantview.core.report.csv import render_csv
from variantview.core.report.html import render_html
from variantview.core.review import session
from variantview.core.review.annotations import Annotations
from variantview.core.review.project import SUFFIX, Project, ProjectData, ProjectError
from variantview.sample import SAMPLE


def run(argv: Sequence[str]) -> int:
    parser = _parser()
    options = parser.parse_args(argv)
    try:
        witnesses, project = _inputs(options, parser)
        _refuse_overwriting_inputs(options, witnesses)
        if options.base and options.base not in {w.id for w in witnesses}:
            raise InputError("", f"--base {options.base!r} is not one of the outlets ({', '.join(w.id for w in witnesses)})")
        if options.claimreview:
            write_output(options.claimreview, _claimreview(witnesses, project, options))
        comparing = [(options.json, _json), (options.html, render_html), (options.csv, render_csv), (options.tei, _tei)]
        if any(target for target, _ in comparing) or not options.claimreview:
            comparison = compare_witnesses(witnesses, _options(options, project))
            for warning in comparison.warnings:
                print(f"variantview: warning: {warning}", file=sys.stderr)
            for target, render in comparing:
                if target:
                    write_output(target, render(comparison, project.annotations))
            if not any(target for target, _ in comparing):
                print(summary(comparison))
    except (InputError, ProjectError) as error:
        print(f"variantview: {error}", file=sys.stderr)
        return 2
    return 0


def _inputs(options: argparse.Namespace, parser: argparse.ArgumentParser) -> tuple[list[Witness], ProjectData]:
    """The outlets, and the project they come from: a saved one (with the editor's verdicts), or one made of the named articles.

    Web addresses are fetched (only these, only when named); a page that
    cannot be read is reported and the others are compared.
    """
    projects = [p for p in options.paths if p.endswith(SUFFIX)]
    if projects:
        if len(options.paths) > 1 or options.sample:
            parser.error(f"a project ({SUFFIX}) is compared on its own, without other articles")
        project = Project.open(projects[0])
        try:
            data = project.load()
        finally:
            project.close()
        return list(data.witnesses), data
    if options.claimreview:
        parser.error(f"--claimreview publishes the editor's verdicts: name a saved project ({SUFFIX}) that holds them")
    addresses = [p for p in options.paths if is_address(p)]
    paths = [Path(p) for p in options.paths if not is_address(p)] + ([SAMPLE] if options.sample else [])
    if not paths and not addresses:
        parser.error("name the articles to compare, or --sample")
    witnesses = read_witnesses(paths)
    fetched = fetch_pages(addresses, {w.id for w in witnesses})
    for problem in fetched.problems:
        print(f"variantview: {problem}", file=sys.stderr)
    return witnesses + list(fetched.witnesses), ProjectData(witnesses=tuple(witnesses) + fetched.witnesses)


def _refuse_overwriting_inputs(options: argparse.Namespace, witnesses: Sequence[Witness]) -> None:
    """Stop before an output replaces an article, a project or any file that is not an earlier output of its kind.

    ``--json`` takes the next word as its file, so "compare --json a.txt
    b.txt c.txt" reads as writing the result over a.txt; the article must
    survive the slip. An existing file is replaced only when it is an input's
    no more and its name ends as the output's kind does (a report re-run).
    """
    read = {Path(w.source).resolve() for w in witnesses if w.source and not is_address(w.source)}
    read |= {Path(p).resolve() for p in options.paths if p.endswith(SUFFIX)}
    for flag, suffixes in _OUTPUT_SUFFIXES.items():
        target = getattr(options, flag.removeprefix("--"))
        if not target or target == "-":
            continue
        path = Path(target)
        if path.resolve() in read:
            raise InputError(target, f"is one of the inputs being compared; {flag} would write over it (name a new file for the output)")
        if path.is_file() and path.suffix.lower() not in suffixes:
            raise InputError(target, f"already exists and is no {suffixes[0]} file; {flag} would write over it (name a new file, or one ending {suffixes[0]})")


_OUTPUT_SUFFIXES = {"--json": (".json",), "--html": (".html", ".htm"), "--csv": (".csv",), "--tei": (".xml", ".tei"), "--claimreview": (".jsonld", ".json")}


def _options(options: argparse.Namespace, project: ProjectData) -> Options:
    """The command line's threshold and base where given, else the project's, with the editor's corrections."""
    threshold = options.threshold if options.threshold is not None else session.threshold(project)
    return Options(threshold=threshold, base=options.base or project.settings.get("base"), boilerplate=project.boilerplate, corrections=project.corrections)


def _claimreview(witnesses: Sequence[Witness], project: ProjectData, options: argparse.Namespace) -> str:
    """The project's verdicts as ClaimReview (imported here: pyld and its context load only for this output)."""
    from variantview.core.report.claimreview import Reviewer, render_claimreview

    if not options.org:
        raise InputError("--claimreview", "name the reviewing organisation with --org (and its web address with --org-url)")
    return render_claimreview(witnesses, project.annotations, Reviewer(options.org, options.org_url or ""), options.page or project.settings.get("review_page", ""))


def _tei(comparison: Comparison, _annotations: Annotations) -> str:
    from variantview.core.report.tei import render_tei  # lxml's tree builder, only for this output

    return render_tei(comparison)


def _json(comparison: Comparison, _annotations: Annotations) -> str:
    return json_text(comparison.to_dict())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="variantview compare", description="Align several outlets' articles and report what each changed.")
    parser.add_argument("paths", nargs="*", metavar="PATH", help=f"article files, folders of them, web addresses (http/https), or one saved PROJECT{SUFFIX}")
    parser.add_argument("--sample", action="store_true", help="compare the bundled sample (five outlets on the June 2024 Putin-Kim summit)")
    parser.add_argument("--json", metavar="OUT", help="write the full result as JSON ('-' for standard output)")
    parser.add_argument("--html", metavar="OUT", help="write a side-by-side HTML report ('-' for standard output)")
    parser.add_argument("--csv", metavar="OUT", help="write the findings as CSV ('-' for standard output)")
    parser.add_argument("--tei", metavar="OUT", help="write the alignment as TEI P5 parallel segmentation ('-' for standard output)")
    parser.add_argument("--claimreview", metavar="OUT", help=f"write a project's verdicts as schema.org ClaimReview JSON-LD (needs a {SUFFIX} and --org)")
    parser.add_argument("--org", metavar="NAME", help="the reviewing organisation named as the ClaimReview author")
    parser.add_argument("--org-url", metavar="URL", help="the reviewing organisation's web address")
    parser.add_argument("--page", metavar="URL", help="the address where the fact checks are published (default: the project's, set on export in the window)")
    parser.add_argument("--base", metavar="WITNESS", help="outlet id that orders the rows (default: the project's, else the most complete)")
    parser.add_argument("--threshold", type=float, default=None, help=f"similarity needed to share a row (default: the project's, else {DEFAULT_THRESHOLD})")
    return parser


def summary(comparison: Comparison) -> str:
    kinds = Counter(r.kind for r in comparison.rows)
    found = Counter(f.kind for f in comparison.findings)
    lines = [f"{len(comparison.witnesses)} outlets, base: {comparison.witness(comparison.base).name}"]
    for w in comparison.witnesses:
        units = comparison.units[w.id]
        lines.append(f"  {w.id:<24} {w.name:<28} {sum(not u.boilerplate for u in units):>4} sentences, {sum(u.boilerplate for u in units):>3} boilerplate")
    lines.append(f"{len(comparison.rows)} rows: " + ", ".join(f"{kinds[k]} {k}" for k in ("shared", "partial", "unique", "boilerplate")))
    lines.append("findings: " + ", ".join(f"{found.get(k, 0)} {k}" for k in KINDS))
    for f in comparison.findings:
        if f.kind in MARKS_WORDS:
            lines.append(f"  [{f.kind}] {f.witness}: “{f.text}” – {f.explanation}")
    lines.append("lineage:")
    for d in comparison.lineage:
        origin = d.source or ("a common source not among these outlets" if d.common_with else "a source not among these outlets")
        derived = f" from {origin} ({d.reused:.0%} reused, {d.added:.0%} own, {d.cut:.0%} cut)" if d.category != NON_DERIVED else ""
        lines.append(f"  {d.outlet:<24} {d.category:<18}{derived} – {d.evidence}")
    return "\n".join(lines)
