"""The aligner's second pass: sentences the wording pass left alone, placed by what they mean.

The wording pass (``candidates.py``, ``align._cluster``) pairs copies and
close rewrites quickly, but its score needs many shared words: "the pledge of
military cooperation was part of a strategic treaty" and "the mutual defence
clause is part of a comprehensive strategic partnership" share one. A
sentence it left alone is compared here, with the final similarity
(``meaning.py``: sentence embeddings and wording), against the sentences the
wording pass proposed for it (they share at least one distinctive word, below
the row threshold), and joins the row of its best match. Only lone sentences and their few
proposals are embedded, so the pass costs little when outlets copy.

Why not every sentence against every row by embedding alone: in one event's
coverage every sentence is near every other (the sample's lone sentences
reach a cosine of 0.67 with neighbouring facts), and unanchored matches were
mostly wrong when read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from variantview.core.align.candidates import Ref, Scores, witnesses_of
from variantview.core.similarity.meaning import similarities
from variantview.core.units.segment import Unit

ROWS_PER_SENTENCE = 2
"""Rows a lone sentence is compared with by meaning: those sharing most wording with it. Read on the
sample, every right join was to one of the two; the wrong ones went to the third or fourth."""

MEANING_THRESHOLD = 0.35
"""Final similarity (a predicted STS score / 5) at which a lone sentence may join a row: outlets
reporting one fact in their own words add and drop details, and score 0.36-0.50 in
tests/fixtures/treaty-paraphrases. Read with bench/alignment_pairs.py."""


def join_by_meaning(groups: list[set[Ref]], units: Mapping[Ref, Unit], scores: Scores, threshold: float = MEANING_THRESHOLD) -> list[set[Ref]]:
    groups = [set(g) for g in groups]
    home = {ref: i for i, g in enumerate(groups) for ref in g}
    alone = {next(iter(g)) for g in groups if len(g) == 1}
    proposals = [(lone, other) for lone, other in _lexical_neighbours(scores, alone) if all(w != lone[0] for w, _ in groups[home[other]])]
    proposals = _in_nearest_rows(proposals, scores, home, ROWS_PER_SENTENCE)
    if not proposals:
        return groups
    texts = sorted({(units[a].text, units[b].text) for a, b in proposals})  # a reprinted wording is scored once
    scored = dict(zip(texts, similarities([a for a, _ in texts], [b for _, b in texts], scores.damping).tolist()))
    by_row: dict[tuple[Ref, int], float] = {}
    for lone, other in proposals:
        key = (lone, home[other])
        by_row[key] = max(by_row.get(key, 0.0), scored[(units[lone].text, units[other].text)])
    for ref, target in _best_homes(list(by_row), list(by_row.values()), home, threshold):
        if len(groups[home[ref]]) == 1 and not any(w == ref[0] for w, _ in groups[target]):
            groups[target].add(ref)
            groups[home[ref]].clear()
            home[ref] = target
    return [g for g in groups if g]


LEAD_THRESHOLD = 0.4
"""Mean final similarity to the main row's leads at which an outlet's headline or lead joins it. Read
with bench/real_corpus.py: pair recall 0.67 without the step, 0.76 at 0.30, 0.77 at 0.40 (false
merges 75 at 0.30, 57 at 0.40: a rewrite whose first paragraph is about the pressure on Biden, not
his exit, stays out), 0.75 at 0.45."""

HEADLINE_THRESHOLD = 0.35
"""Mean final similarity to the headlines over the main row's leads at which another outlet's headline joins
the row, when it also reaches ``HEADLINE_FLOOR`` against the leads themselves. A headline is short and
compressed ("Ex-dictator convicted of genocide"), so against a lead of forty words it scores low however
right it is; against headlines it reads like its kind. Read with bench/real_corpus.py over 320 events: pair
recall 0.814 -> 0.820, false merges 3,836 -> 3,840 (Chauvin's verdict 0.79 -> 0.95, the Sri Lankan palace
0.69 -> 0.94); at 0.30, 0.821 and 3,856; at 0.40, 0.819 and 3,842."""

HEADLINE_FLOOR = 0.2
"""Without it a feature's headline joined its lead's row though the lead told another moment ("Behind the
wait for a verdict at Maxwell jury deliberations" over "The trial was a four-week winding road …"; a
Hong Kong fire's headline over a witness's quotation): 3,871 false merges against 3,842, pair recall
0.820 against 0.819; at 0.3, 0.818 and 3,837."""

_LEAD_MIN_WORDS = 6
_ROW_MARGIN = 0.1
LEAD_ROW_RANK = 2
"""Content sentences above it in its outlet (the median over a row's sentences) up to which a whole row may join
the main fact's: a lead written another way stands at the top of its article, where the same topic told again
further down is another fact ("Trump has long said that tariffs against auto imports would be a defining policy
of his presidency", tenth in four outlets, joined the row of the tariffs' announcement). Read with
bench/real_corpus.py over 186 events: false merges 2,648 -> 2,442, pair recall 0.813 either way, omissions
0.807 -> 0.811; at 3, 2,458 false merges; at 1, pair recall 0.809 (Beirut's and the Taliban's rewritten leads
stay out)."""

LEAD_MEMBER_RANK = 3
"""Content sentences above it in its outlet up to which a sentence of such a row joins with it; one further down
stays where it was, the same topic told again as another fact (the BBC's "The last fatal shark attack on a Sydney
beach was in 1963 at Sugarloaf Bay.", its fifteenth sentence, in a row of leads). Read with bench/real_corpus.py
over 372 events: false merges 4,470 -> 4,290, pair recall 0.8145 -> 0.8144, omissions 0.809 -> 0.808 (Maxwell's);
at 2, 4,271 false merges but pair recall 0.8140 and omissions 0.806; at 4, 4,356 and 0.8147."""


def gather_leads(
    groups: list[set[Ref]], units: Mapping[str, Sequence[Unit]], scores: Scores, whole_rows: bool, threshold: float = LEAD_THRESHOLD
) -> list[set[Ref]]:
    """Put each outlet's headline and lead in the row of the story's main fact.

    Every outlet opens with the main fact (inverted pyramid), and the headline
    restates it; the wording pass splits them when outlets word the lead their
    own way, into a row of headlines and one or two rows of leads. The row
    holding the most leads is the main fact's; another outlet's headline or
    lead joins it when its mean similarity to the leads already there
    reaches ``threshold``; a headline also joins when it reads like the
    headlines over those leads (``HEADLINE_THRESHOLD``). A lead that
    reports something else (a scraper's teaser, a follow-up's new angle)
    stays where it was. With ``whole_rows`` (an ordinary story's coverage:
    every row is embedded for it), a row of the main fact written in other
    words joins too, when its sentences stand at the top of their articles
    (``LEAD_ROW_RANK``), those of its sentences that do (``LEAD_MEMBER_RANK``).
    """
    openings = {w: _opening(us) for w, us in units.items()}
    leads = {refs[-1] for refs in openings.values() if refs}
    if len(leads) < 2:
        return groups
    groups = [set(g) for g in groups]
    main = max(range(len(groups)), key=lambda i: (len(groups[i] & leads), -i))
    anchors = sorted(groups[main] & leads)
    if len(anchors) < 2:
        return groups
    texts = {u.ref: u.text for us in units.values() for u in us}
    openings_elsewhere = sorted(ref for refs in openings.values() for ref in refs if ref not in groups[main])
    rows = [g for i, g in enumerate(groups) if i != main and len(witnesses_of(g)) > 1] if whole_rows else []
    mean = _mean_similarity(sorted({*openings_elsewhere, *(ref for g in rows for ref in g)}), anchors, texts, scores.damping)
    if not mean:
        return groups
    headlines = {refs[0] for refs in openings.values() if len(refs) == 2}
    over_leads = [openings[w][0] for w, _ in anchors if len(openings[w]) == 2]  # the main fact's headlines
    to_headlines = _mean_similarity([r for r in openings_elsewhere if r in headlines], over_leads, texts, scores.damping) if len(over_leads) > 1 else {}
    joining = {
        ref
        for ref in openings_elsewhere
        if mean.get(ref, 0.0) >= threshold or (to_headlines.get(ref, 0.0) >= HEADLINE_THRESHOLD and mean.get(ref, 0.0) >= HEADLINE_FLOOR)
    }
    rank = {u.ref: i for us in units.values() for i, u in enumerate(u for u in us if not u.boilerplate)}
    for g in rows:  # a row of the main fact in other words (the leads that outlets wrote their own way)
        if sum(mean.get(ref, 0.0) for ref in g) / len(g) >= threshold + _ROW_MARGIN and _at_the_top(g, rank):
            joining |= {ref for ref in g if rank[ref] <= LEAD_MEMBER_RANK}
    for g in groups:
        g -= joining
    groups[main] |= joining
    return [g for g in groups if g]


def _mean_similarity(candidates: Sequence[Ref], anchors: Sequence[Ref], texts: Mapping[Ref, str], damping: Mapping[str, float]) -> dict[Ref, float]:
    """Each candidate's mean final similarity to the anchors of other outlets (none: left out)."""
    pairs = [(c, a) for c in candidates for a in anchors if a[0] != c[0]]
    distinct = sorted({(texts[c], texts[a]) for c, a in pairs})  # reprinted wordings are scored once
    if not distinct:
        return {}
    scored = dict(zip(distinct, similarities([c for c, _ in distinct], [a for _, a in distinct], damping).tolist()))
    found: dict[Ref, list[float]] = {}
    for c, a in pairs:
        found.setdefault(c, []).append(scored[(texts[c], texts[a])])
    return {ref: sum(vs) / len(vs) for ref, vs in found.items()}


def _at_the_top(group: set[Ref], rank: Mapping[Ref, int]) -> bool:
    """Whether a row's sentences stand, at the median, among the first ``LEAD_ROW_RANK`` + 1 content sentences of
    their outlets."""
    return sorted(rank[ref] for ref in group)[len(group) // 2] <= LEAD_ROW_RANK


def _opening(units: Sequence[Unit]) -> list[Ref]:
    """An outlet's headline (when the page has one) and lead: its first content sentence of some length."""
    found: list[Ref] = []
    for unit in units:
        if unit.boilerplate:
            continue
        if unit.role == "headline" and not found:
            found.append(unit.ref)
        elif unit.role == "body" and len(unit.text.split()) >= _LEAD_MIN_WORDS:
            return [*found, unit.ref]
    return []


def _in_nearest_rows(proposals: list[tuple[Ref, Ref]], scores: Scores, home: dict[Ref, int], k: int) -> list[tuple[Ref, Ref]]:
    """The proposals into the ``k`` rows that share most wording with each lone sentence."""
    closeness: dict[tuple[Ref, int], float] = {}
    for lone, other in proposals:
        key = (lone, home[other])
        closeness[key] = max(closeness.get(key, 0.0), scores.get(lone, other))
    ranked: dict[Ref, list[tuple[float, int]]] = {}
    for (lone, row), score in closeness.items():
        ranked.setdefault(lone, []).append((-score, row))
    kept = {(lone, row) for lone, rows in ranked.items() for _, row in sorted(rows)[:k]}
    return [(lone, other) for lone, other in proposals if (lone, home[other]) in kept]


def _lexical_neighbours(scores: Scores, alone: set[Ref]) -> list[tuple[Ref, Ref]]:
    """(lone sentence, sentence the wording pass scored with it), every such pair once."""
    lone_nodes = {scores.node_of[ref] for ref in alone if ref in scores.node_of}
    found: set[tuple[Ref, Ref]] = set()
    for x, y in scores.pairs:
        for a, b in ((x, y), (y, x)):
            if a in lone_nodes:
                found.update((lone, other) for lone in scores.nodes[a] if lone in alone for other in scores.nodes[b] if other[0] != lone[0])
    return sorted(found)


def _best_homes(proposals: list[tuple[Ref, int]], scores: list[float], home: dict[Ref, int], threshold: float) -> list[tuple[Ref, int]]:
    """Proposals that are the lone sentence's best, unless another lone sentence would rather join it.

    Sentences about one event all look alike to an embedding; a lone sentence
    that another outlet's lone sentence matches better than any row is more
    likely one of a pair of rewrites than of a row. A row may take several
    lone sentences, one from each outlet: when a spun copy and a rewrite each
    word one fact alone, both belong there. (Letting a row take only its own
    best lone match, as before, lost such pairs: 0.80 pair recall and 67 false
    merges over bench/real_corpus.py's events, against 0.81 and 64 now.)
    """
    best_from: dict[Ref, float] = {}
    best_at: dict[int, float] = {}
    for (ref, target), score in zip(proposals, scores):
        best_from[ref] = max(best_from.get(ref, 0.0), score)
        best_at[home[ref]] = max(best_at.get(home[ref], 0.0), score)
        best_at[target] = max(best_at.get(target, 0.0), score)
    chosen = [
        (score, ref, target)
        for (ref, target), score in zip(proposals, scores)
        if score >= threshold and score == best_from[ref] and score == best_at[home[ref]]
    ]
    return [(ref, target) for _, ref, target in sorted(chosen, key=lambda c: (-c[0], c[1]))]
