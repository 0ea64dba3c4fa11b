"""Rows of sentences that report the same thing, across all outlets.

Alignment is order-free (outlets reorder freely), so it is clustering, not
sequence alignment: scored pairs are merged best-first into rows holding at
most one sentence per outlet, refusing a merge whose members are on average
unlike each other (the guard against chains A~B~C where A and C differ).
A sentence left alone that strongly matches a sentence already placed joins
it in a row of its own: one outlet's sentence may report two facts another
outlet gives in two sentences. The editor's corrections are applied last, so
they survive any re-alignment.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from variantview.core.align.by_meaning import gather_leads, join_by_meaning
from variantview.core.align.candidates import Ref, Scores, scored_pairs, witnesses_of
from variantview.core.align.inputs import DEFAULT_THRESHOLD, Correction
from variantview.core.units.segment import Unit

_MEAN_LINK = 1.0
"""A merge needs the merged rows' mean cross similarity at least the threshold (average linkage):
at half the threshold, chains of neighbouring facts merged on the real corpus (96 wrong pairs against 33)."""

_PROPOSAL_FLOOR = 0.5
"""Pairs scoring at least this share of the threshold are kept: too weak to share a row by wording,
they are the meaning pass's proposals."""


_SECOND_HOME_MARGIN = 0.1
"""A lone sentence joins a row as a restatement only this far above the threshold: a weaker
match to a row that already has a sentence from its outlet is usually a shared topic word."""


_RESTATED_ROWS_MARGIN = 0.1
"""Two rows sharing an outlet merge only this far above the threshold, as a lone restatement joins a row."""

_MERGE_ROWS_UP_TO = 400
"""Distinct wordings up to which rows sharing an outlet are compared pairwise (an ordinary story's
coverage; the pass is quadratic in rows, and 30 outlets x 1,000 sentences would not finish)."""


@dataclass(frozen=True)
class Row:
    id: int
    kind: str  # shared | partial | unique | boilerplate
    cells: Mapping[str, tuple[int, ...]]
    base: str  # the witness whose sentence the others are diffed against

    def refs(self) -> list[Ref]:
        return [(w, i) for w, indices in self.cells.items() for i in indices]


@dataclass(frozen=True)
class Alignment:
    rows: tuple[Row, ...]
    base: str
    scores: Scores = field(repr=False)


def align(
    units: Mapping[str, Sequence[Unit]],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    base: str | None = None,
    corrections: Sequence[Correction] = (),
    meaning: bool = True,
) -> Alignment:
    """Align the witnesses' units into ordered rows; ``meaning`` adds the embedding pass (``by_meaning.py``)."""
    witnesses = list(units)
    content = [u for w in witnesses for u in units[w] if not u.boilerplate]
    scores = scored_pairs(content, floor=threshold * _PROPOSAL_FLOOR)
    groups = _cluster(scores, threshold)
    if meaning:
        groups = join_by_meaning(groups, {u.ref: u for u in content}, scores)
        groups = gather_leads(groups, units, scores, whole_rows=len(scores.nodes) <= _MERGE_ROWS_UP_TO)
    groups = _restatements(groups, scores, threshold + _SECOND_HOME_MARGIN)
    groups = _second_homes(groups, scores, threshold + _SECOND_HOME_MARGIN)
    if len(scores.nodes) <= _MERGE_ROWS_UP_TO:
        groups = _merge_restated_rows(groups, scores, threshold + _RESTATED_ROWS_MARGIN)
    groups = _apply(corrections, groups, {u.ref for u in content})
    chosen = base if base is not None and base in units else _most_complete(witnesses, groups)
    ordered = _order(groups, units, chosen)
    content_witnesses = {u.witness for u in content}
    chrome = {u.ref for w in witnesses for u in units[w] if u.boilerplate}
    rows = [_row(i, g, chosen, witnesses, content_witnesses, chrome, scores) for i, g in enumerate(ordered)]
    return Alignment(rows=tuple(rows), base=chosen, scores=scores)


def _cluster(scores: Scores, threshold: float) -> list[set[Ref]]:
    """Merge wordings best pair first into rows of at most one unit per outlet."""
    nodes = scores.nodes
    group_of = list(range(len(nodes)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(nodes))}
    outlets: dict[int, set[str]] = {i: {w for w, _ in refs} for i, refs in enumerate(nodes)}
    above = [item for item in scores.pairs.items() if item[1] >= threshold]  # most pairs fall below: sort only the rest
    for (a, b), _ in sorted(above, key=lambda item: (-item[1], item[0])):
        ga, gb = group_of[a], group_of[b]
        if ga == gb or outlets[ga] & outlets[gb]:
            continue
        if _mean_link(members[ga], members[gb], scores) < threshold * _MEAN_LINK:
            continue
        for node in members[gb]:
            group_of[node] = ga
        members[ga].extend(members.pop(gb))
        outlets[ga] |= outlets.pop(gb)
    return [{ref for node in group for ref in nodes[node]} for group in members.values()]


def _mean_link(a: list[int], b: list[int], scores: Scores) -> float:
    """Mean score over the unit pairs of two groups of wordings."""
    sizes = scores.sizes
    total = sum(scores.pairs.get((x, y) if x < y else (y, x), 0.0) * sizes[x] * sizes[y] for x in a for y in b)
    return total / (sum(sizes[x] for x in a) * sum(sizes[y] for y in b))


def _restatements(groups: list[set[Ref]], scores: Scores, threshold: float) -> list[set[Ref]]:
    """A sentence left alone joins the row that states its fact, even if its outlet is already there.

    Outlets state the main fact more than once (a headline and its lead, a
    lead and a later summary), and a sentence may combine two facts another
    outlet gives in two sentences. Such a sentence matches a row whose
    outlets are all taken. It joins the row of its best match when that match
    is strong (``threshold``) and the row's sentences agree with it on average
    (the clustering's own guard), so the row holds every sentence of the
    outlet that states the fact and no omission is reported for it.
    """
    home = {ref: i for i, g in enumerate(groups) for ref in g}
    floor = threshold - _SECOND_HOME_MARGIN
    alone = sorted(next(iter(g)) for g in groups if len(g) == 1)
    near = _scored_rows(alone, scores, home)
    moves: list[tuple[Ref, int]] = []
    for lone in alone:
        best, target = threshold, None
        for i in near.get(lone, ()):  # a row with nothing scored against the sentence cannot reach the threshold
            others = [scores.get(lone, r) for r in groups[i] if r[0] != lone[0]]
            if i != home[lone] and others and max(others) >= best and sum(others) / len(others) >= floor * _MEAN_LINK:
                best, target = max(others), i
        if target is not None:
            moves.append((lone, target))
    for lone, target in moves:
        groups[target].add(lone)
        groups[home[lone]].discard(lone)
    return [g for g in groups if g]


def _scored_rows(refs: Sequence[Ref], scores: Scores, home: Mapping[Ref, int]) -> dict[Ref, list[int]]:
    """For each of ``refs``, the rows (in order) holding a sentence the wording pass scored with it."""
    wanted = {scores.node_of[r]: r for r in refs if r in scores.node_of}
    found: dict[Ref, set[int]] = {}
    for a, b in scores.pairs:
        for mine, theirs in ((a, b), (b, a)):
            if mine in wanted:
                found.setdefault(wanted[mine], set()).update(home[r] for r in scores.nodes[theirs] if r in home)
    return {r: sorted(rows) for r, rows in found.items()}


def _second_homes(groups: list[set[Ref]], scores: Scores, threshold: float) -> list[set[Ref]]:
    """Pair each sentence left alone with its best match even if that match already has a row."""
    alone = {next(iter(g)) for g in groups if len(g) == 1}
    best: dict[Ref, tuple[float, Ref]] = {}
    for (a, b), score in scores.pairs.items():
        if score < threshold:
            continue
        for lone, other in ((scores.nodes[a][0], scores.nodes[b][0]), (scores.nodes[b][0], scores.nodes[a][0])):
            if lone in alone and other not in alone and score > best.get(lone, (0.0, other))[0]:
                best[lone] = (score, other)
    homed = [{lone, other} for lone, (_, other) in sorted(best.items())]
    return [g for g in groups if not (len(g) == 1 and next(iter(g)) in best)] + homed


def _merge_restated_rows(groups: list[set[Ref]], scores: Scores, threshold: float) -> list[set[Ref]]:
    """Merge two rows that report one fact although an outlet sits in both.

    Clustering keeps one sentence per outlet, so when outlets each state the
    main fact twice (headline and lead) it builds two rows of one fact: the
    headlines' and the leads'. Two rows whose sentences of different outlets
    match on average above ``threshold`` are merged, best pair first
    (average linkage), so each fact ends in one row.
    """
    rows = [sorted(g) for g in groups if g]
    live = list(range(len(rows)))
    links = {(i, j): _cross_link(rows[i], rows[j], scores) for n, i in enumerate(live) for j in live[n + 1 :]}
    while True:
        best, pair = threshold, None
        for n, i in enumerate(live):  # row order, the later pair winning a tie, as each pass used to rescan
            for j in live[n + 1 :]:
                if links[(i, j)] >= best:
                    best, pair = links[(i, j)], (i, j)
        if pair is None:
            return [set(rows[i]) for i in live]
        i, j = pair
        rows[i] = sorted(rows[i] + rows[j])
        live.remove(j)
        for k in live:  # only the merged row's links changed
            if k != i:
                links[(min(i, k), max(i, k))] = _cross_link(rows[min(i, k)], rows[max(i, k)], scores)


def _cross_link(a: list[Ref], b: list[Ref], scores: Scores) -> float:
    """Mean score over the pairs of different outlets between two rows (0 when there are none)."""
    values = [scores.get(x, y) for x in a for y in b if x[0] != y[0]]
    return sum(values) / len(values) if values else 0.0


def _apply(corrections: Sequence[Correction], groups: list[set[Ref]], known: set[Ref]) -> list[set[Ref]]:
    """Replay the editor's corrections in order; ones naming units that no longer exist are skipped."""
    groups = [set(g) for g in groups]
    for correction in corrections:
        if correction.unit not in known or (correction.target is not None and correction.target not in known):
            continue
        if correction.op == "move":
            for g in groups:
                g.discard(correction.unit)
            home = next((g for g in groups if correction.target in g), None) if correction.target else None
            if home is None:
                groups.append({correction.unit})
            else:
                home.add(correction.unit)
        elif correction.op == "merge" and correction.target is not None:
            first = next(g for g in groups if correction.unit in g)
            second = next(g for g in groups if correction.target in g)
            if first is not second:
                first |= second
                second.clear()
        groups = [g for g in groups if g]
    return groups


def _most_complete(witnesses: Sequence[str], groups: Sequence[set[Ref]]) -> str:
    """The witness present in the most multi-outlet rows: the best spine for ordering."""
    counts = {w: 0 for w in witnesses}
    for g in groups:
        if len(witnesses_of(g)) > 1:
            for w in witnesses_of(g):
                counts[w] += 1
    return max(witnesses, key=lambda w: (counts[w], -witnesses.index(w)))


def _order(groups: list[set[Ref]], units: Mapping[str, Sequence[Unit]], base: str) -> list[set[Ref]]:
    """Order rows by the base witness; others slot in after the base row their outlet last shared.

    Boilerplate units become rows of their own, placed where they stand in their outlet.
    """
    key: dict[int, float] = {}
    row_of: dict[Ref, list[int]] = {}
    for i, g in enumerate(groups):
        for ref in g:
            row_of.setdefault(ref, []).append(i)
        base_positions = [idx for w, idx in g if w == base]
        if base_positions:
            key[i] = float(min(base_positions))
    rows = list(groups)
    for witness, witness_units in units.items():
        anchor = -1.0
        for unit in witness_units:
            if unit.boilerplate:
                rows.append({unit.ref})
                key[len(rows) - 1] = anchor + 0.5 + unit.index * 1e-6
                continue
            for i in row_of.get(unit.ref, []):
                if i in key and any(w == base for w, _ in groups[i]):
                    anchor = max(anchor, key[i]) if witness != base else key[i]
                else:
                    key.setdefault(i, anchor + 0.5 + unit.index * 1e-6)
    order = sorted(range(len(rows)), key=lambda i: (key.get(i, float("inf")), i))
    return [rows[i] for i in order]


def _row(
    row_id: int,
    group: set[Ref],
    base: str,
    witnesses: Sequence[str],
    content_witnesses: set[str],
    chrome: set[Ref],
    scores: Scores,
) -> Row:
    """A row's kind counts only outlets that have content, so a chrome-only outlet never makes a row partial."""
    cells = {w: tuple(sorted(i for gw, i in group if gw == w)) for w in witnesses if any(gw == w for gw, _ in group)}
    present = set(cells) & content_witnesses
    if group <= chrome:
        kind = "boilerplate"
    elif present >= content_witnesses:
        kind = "shared"
    elif len(present) > 1:
        kind = "partial"
    else:
        kind = "unique"
    return Row(id=row_id, kind=kind, cells=cells, base=base if base in cells else _medoid(group, scores))


def _medoid(group: set[Ref], scores: Scores) -> str:
    """The witness whose sentence is most like the others: the fairest reference when the base is absent."""
    refs = sorted(group)
    best = max(refs, key=lambda r: sum(scores.get(r, o) for o in refs if o != r))
    return best[0]
