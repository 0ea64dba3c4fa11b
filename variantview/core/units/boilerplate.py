"""Setting site chrome, page metadata and unrelated advertising apart from reporting.

Chrome stays in the output (an editor may want to see it) but takes no part
in alignment or omission counts. Three signals, each general to news sites
rather than to any one outlet: the stock phrases of publishing platforms,
lines that are only a date, a byline or a reading time (both read line by
line in ``line_forms.py``), and units that share almost no vocabulary with
the other outlets' articles (an advert for an IT firm under a story about a
summit). What a line's place tells is judged here: a link closing a
paragraph, readers' comments; chrome spreading into off-topic neighbours in
``adverts.py``; what a picture leaves in the text (a caption through to its
credit) in ``pictures.py``; the page's own name and its headline printed
again in ``mastheads.py``; an embedded tweet in ``tweets.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import groupby

from variantview.core.text import content_keys, content_stems, is_content_word, is_title_case, stem, words, zipf
from variantview.core.units.adverts import spread_off_topic
from variantview.core.units.bylines import WIRE_DATELINE, meta_line
from variantview.core.units.captions import opens_on_scene, scene_caption
from variantview.core.units.credits import (
    CREDIT_LINE,
    VIA_AGENCY,
    credit_at_end,
    credit_only,
)
from variantview.core.units.headings import SUMMARY_HEADING, TEASER_HEADING, crosshead, question_heading, unfinished
from variantview.core.units.line_ends import ends_sentence, truncated
from variantview.core.units.line_forms import chrome_line
from variantview.core.units.links import TEASER_WORDS, caption_or_teaser, cut_teaser, gallery_link, is_label
from variantview.core.units.mastheads import bulleted_headlines, own_name, titles_over_times, titles_with_site_names
from variantview.core.units.menus import menu_items
from variantview.core.units.notices import COMMENT_AUTHOR, ends_article
from variantview.core.units.pictures import (
    captions_before_credits,
    captions_under_credits,
    credited_lines,
    labelled_captions,
    repeated_captions,
    slugs_over_captions,
    video_titles,
    whole_captions,
)
from variantview.core.units.segment import Unit
from variantview.core.units.tweets import whole_tweets

_RESTATED_SHARE = 0.6
"""Share of a short line's content words found in the outlet's lead at which it restates the lead."""


def mark_boilerplate(
    units: Mapping[str, Sequence[Unit]],
    overrides: Mapping[tuple[str, int], bool] | None = None,
) -> dict[str, list[Unit]]:
    """Give each unit its role; an editor's override decides over every heuristic."""
    overrides = overrides or {}
    vocabulary = {w: _vocabulary(ws) for w, ws in units.items()}
    outlets_using = Counter(k for v in vocabulary.values() for k in v)
    marked: dict[str, list[Unit]] = {}
    for witness_id, witness_units in units.items():
        own = vocabulary[witness_id]
        others = {k for k, n in outlets_using.items() if n > (k in own)} if len(vocabulary) > 1 else set()
        roles = _roles(witness_units, others)
        marked[witness_id] = []
        for unit, role in zip(witness_units, roles):
            if unit.ref in overrides:
                boilerplate = overrides[unit.ref]
                role = ("chrome" if role in ("body", "headline") else role) if boilerplate else ("body" if role in ("chrome", "meta") else role)
            set_apart = role in ("chrome", "meta")
            same = role == unit.role and set_apart == unit.boilerplate  # most units: body, as segmented; units are frozen
            marked[witness_id].append(unit if same else replace(unit, role=role, boilerplate=set_apart))
    return marked


def _vocabulary(units: Sequence[Unit]) -> set[str]:
    return set().union(*(content_keys(u.text) for u in units))


_READ_ON = re.compile(r"^\W*(?:read\s+more|continue\s+reading|read\s+full\s+(?:story|article))\W*$", re.IGNORECASE)
"""A link alone on its line under a teaser ("Read more »"): under a teasers' heading, a teaser whose blurb ends on a
full stop ("Similar News:" / "NASA shares new plan … proposing a new plan this week …" / "Read more »") is
another story's still, where the block would otherwise end at the first full stop."""

_TITLE_AFTER = re.compile(r"[:|»›>–—-]\s*\w+\W+\w")
"""A title after a teasers' heading on its line ("Read Also: Scientists lose contact …"), without the full stop that
ends a heading's description ("Similar News:You can also read news stories similar to this one …"): the one teaser,
so a sentence under it that a "Read more" link follows is the story's own, not the teaser's blurb ("There was no
immediate confirmation …" / "Read More" on Pakistan Times)."""

_BULLETS = "-–•*·"
"""Marks that open the items of a list."""

_LONE_CREDIT_WORDS = 4
"""A credit alone on its line, its picture dropped by the page ("AFP: Twitter", "Yonhap via REUTERS"), is that
short; "PHOTOS: Beachfront apartment building collapses outside Miami" is a gallery's headline."""

_DATELINE_LINE = re.compile(r"^[A-Z]{2}[A-Z.'’ -]{1,30},\s*[A-Z][a-z]{1,4}\.(?:\s*[A-Z][a-z]?\.)?$")
"""An AP dateline with its state's abbreviation alone on its line ("CAPE CANAVERAL, Fla."), as a page that sets the
dateline over the lead prints it; the same words cut off a lead line at the abbreviation's stop open that line's
story, so only a unit alone on its line is taken."""


_TITLE_WORDS = 16
"""Words beyond which a line without a full stop is no link's title but a sentence the page cut (titles of the
corpus's teasers after a caption run to fifteen: "US sends another submarine to South Korea, adding to show of force
against North Korea")."""


def _roles(units: Sequence[Unit], others: set[str]) -> list[str]:
    roles: list[str] = []
    first_sentence_seen = False
    in_teasers = False
    titled_teaser = False  # the teasers' heading carries its one title ("Read Also: Scientists lose contact with …")
    in_summary = False  # the points of a summary box ("In Short" / "- Court may declare Le Pen ineligible …")
    trailed = 0  # titles in a row taken as links trailing chrome
    cut_only: list[int] = []  # units that are chrome only for being cut off ("... in a moment...")
    paragraphs = _paragraphs(units)
    captions = credited_lines(units, paragraphs)
    cut_teasers = {units[members[0]].paragraph for members in paragraphs if cut_teaser(" ".join(units[i].text for i in members))}
    linked = {units[members[0]].paragraph for members, following in zip(paragraphs, paragraphs[1:]) if _READ_ON.match(units[following[0]].text)}
    lines = {members[0] for members in paragraphs if len(members) == 1}  # units alone on their line
    line_ends = {units[members[0]].paragraph: units[members[-1]].text.strip() for members in paragraphs}
    # the last of a line's sentences: after reporting, a "…" there is the writer's ("This is just too awful for
    # words…") or the page's own cut ("he charmed popes, p..."), not another story's teaser, which has a line of its own
    closing = {members[-1] for members in paragraphs if len(members) > 1}
    link_line = False  # a listed line without a stop, though a sentence in it may end ("- Even cars flew! Devastating tornado hits …")
    headings: set[int] = set()  # section headings: meta that reports nothing, but marks no block of adverts either
    lead = ""
    after_picture = False  # the unit before was a picture's caption, known by how it reads
    after_credited = False  # the unit before was a caption known by the credit closing it
    listing = False  # the line is an item of a list a reporting sentence announced ("In total, 181,067 ballots were cast. Of those:")
    for i, unit in enumerate(units):
        text = unit.text.strip().lstrip("-–—•*| ")  # a list marker before "© AFP 2023", a bar before a dateline ("| LITTLE ROCK, Ark.")
        cut_off = truncated(text) and not (i in closing and roles[-1:] == ["body"]) and not _pause_in_quotation(units, i)
        opens_line = i == 0 or units[i - 1].paragraph != unit.paragraph
        if opens_line:
            link_line = unit.text.lstrip()[:1] in _BULLETS and not ends_sentence(line_ends[unit.paragraph])
        heading = TEASER_HEADING.match(text)
        blurb = not titled_teaser and (unit.paragraph in linked or (_blurb_over_title(units, lines, i) and _after_close(units, roles, i)))
        in_teasers = bool(heading) or (in_teasers and (cut_off or not ends_sentence(text) or link_line or _title_question(text) or blurb))
        if heading:
            titled_teaser = bool(_TITLE_AFTER.search(text, heading.end())) and not ends_sentence(text)
        in_summary = bool(SUMMARY_HEADING.match(text)) or (in_summary and unit.text.lstrip()[:1] in _BULLETS)
        trailing_link = first_sentence_seen and not ends_sentence(text) and roles[-1:] in (["chrome"], ["meta"]) and not in_summary
        trailing_link = trailing_link and not (roles and question_heading(units[len(roles) - 1].text.strip()))  # the answer under it, however cut off
        trailing_link = trailing_link and not after_picture  # a picture's caption leads no list of links
        trailing_link = trailing_link and not (after_credited and (_stops_mid_phrase(text) or len(text.split()) > _TITLE_WORDS))
        # under a credited caption, prose the page cut ("Citing initial information, the Ukrainian Embassy in Tehran said
        # the") is the story's; a short title there may be a teaser's, as pages end a story with its picture and links
        trailing_link = trailing_link and not _broken_off(text)  # a sentence the page broke off mid-way, under a caption
        trailing_link = trailing_link and trailed < _LINK_LIST  # a longer run of titles is a page of headlines
        trailing_link = trailing_link and not WIRE_DATELINE.match(text) and (opens_line or not WIRE_DATELINE.match(units[i - 1].text.strip()))
        # a dateline under a picture's credit opens the story, and so does the lead after it on its line, its stop lost
        # or not ("China National Space Administration/Xinhua via AP" / "BEIJING (AP) — A Chinese lunar spacecraft …")
        continued = text[:1].islower() and roles[-1:] == ["chrome"] and not ends_sentence(units[len(roles) - 1].text.strip())
        # a chrome line broken in two ("Create your free account or log in" / "for more features.")
        scene = i > 0 and opens_line and scene_caption(text, whole_line=i in lines, after_lead=first_sentence_seen)
        scene = scene or (not opens_line and roles[-1] == "chrome" and credit_only(units[i - 1].text.strip()) and opens_on_scene(text))
        # a credit glued before its caption ("©Reuters Law enforcement officers stand guard near …")
        chrome = bool(
            chrome_line(text)
            or is_label(text, above_story=not first_sentence_seen and "headline" not in roles)
            or (first_sentence_seen and gallery_link(text))
            or (first_sentence_seen and not ends_sentence(text) and caption_or_teaser(text))
            or scene
            or (bool(captions) and any(text in captions.get(unit.paragraph + step, "") for step in (-2, -1, 0, 1, 2)))
            or (i in lines and ((len(text.split()) <= _LONE_CREDIT_WORDS and credit_only(text)) or bool(VIA_AGENCY.match(text) or CREDIT_LINE.match(text))))
            or (i in lines and _alt_text(text))
        )
        chrome_otherwise = chrome or (in_teasers and first_sentence_seen) or continued or unit.paragraph in cut_teasers
        chrome_here = cut_off or chrome_otherwise
        capped = trailed >= _LINK_LIST and not ends_sentence(text)  # the run is a page of headlines to its end, a heading among them too
        trailed = trailed + 1 if (trailing_link or capped) and not chrome_here else 0
        if cut_off and not (chrome_otherwise or trailing_link):
            cut_only.append(i)
        if chrome_here or trailing_link:
            role = "chrome"
        elif (meta_line(text) and not _mid_prose(units, roles, i, opens_line)) or SUMMARY_HEADING.match(text) or (i in lines and (own_name(text, unit.witness) or bool(_DATELINE_LINE.match(text)))):
            role = "meta"
        elif first_sentence_seen and i in lines and crosshead(text) and not _stops_mid_phrase(text) and (question_heading(text) or not _restates(text, lead)):
            role = "meta"
            headings.add(i)
        elif not first_sentence_seen and not ends_sentence(text):
            role = "headline"
        else:
            role = "body"
        if not first_sentence_seen and role == "body" and ends_sentence(text):
            first_sentence_seen, lead = True, text
        if opens_line:
            before = units[i - 1].text.strip() if i else ""
            listing = roles[-1:] == ["body"] and (before.endswith(":") or (listing and not ends_sentence(before)))
        if listing and role in ("chrome", "meta") and not ends_sentence(text) and not chrome_line(text) and not text.startswith(_ADDRESSES):
            role = "body"  # "176,928 voted for independence" / "3,043 voted for greater autonomy": the list's items, not headings or links
        roles.append(role)
        after_picture, after_credited = scene, chrome and credit_at_end(text)
    if "body" not in roles:  # a page that is nothing but the story's teaser (an author page's cut wire lead) reports that lead
        for i in cut_only:
            roles[i] = "body"
    whole_tweets(units, paragraphs, roles)
    whole_captions(units, paragraphs, roles)
    labelled_captions(units, paragraphs, roles)
    titles_over_times(units, paragraphs, roles)
    titles_with_site_names(units, paragraphs, roles)
    bulleted_headlines(units, paragraphs, roles)
    _reader_comments(units, paragraphs, roles)
    captions_before_credits(units, paragraphs, roles)
    captions_under_credits(units, paragraphs, roles)
    video_titles(units, paragraphs, roles)
    slugs_over_captions(units, paragraphs, roles)  # over captions known by their credits too ("China Moon Probe")
    repeated_captions(units, paragraphs, roles)
    _inline_links(units, paragraphs, roles)
    if others:
        spread_off_topic(units, roles, others, headings, lines)
    menu_items(units, roles, lines)
    _link_runs(units, roles, lines)
    _fragment_blurbs(units, paragraphs, roles)
    return roles


def _blurb_over_title(units: Sequence[Unit], lines: set[int], i: int) -> bool:
    """A sentence alone on its line over a title alone on the next, in a list of other stories under the article's
    close: Gray TV's "Most Read" under AP's copyright line gives each story its summary, then its headline ("An
    85-year-old woman was killed in an alligator attack in Florida." / "Officials: 85-year-old woman killed by
    alligator while walking her dog"). Inside an article, a "Related" box's heading is followed by reporting
    again, its sentences on lines of their own and crossheads among them."""
    return i in lines and i + 1 in lines and not ends_sentence(units[i + 1].text.strip())


def _after_close(units: Sequence[Unit], roles: list[str], i: int) -> bool:
    """Whether a line closing the article came before unit ``i``, after reporting: a notice, a sign-off or the
    page's rights line ("Copyright 2023 The Associated Press."), not a picture's "©" over the lead. Read only where
    a list's blurb asks, not for every line."""
    reported = roles.index("body") if "body" in roles else i
    return any(_RIGHTS.match(text) or ends_article(text) for text in (u.text.strip() for u in units[reported + 1 : i]))


_ADDRESSES = ("http://", "https://", "www.")
"""How a web address alone on its line opens: a link, never an item of a list the story announced."""

_RIGHTS = re.compile(r"^\W*(?:copyright\b|©|all\s+rights\s+reserved\b)", re.IGNORECASE)
"""The page's rights line under its article ("Copyright 2023 The Associated Press. All rights reserved.")."""

_MID_PROSE_WORDS = 2
"""Words of a sentence between reporting sentences that is prose whatever it reads as alone: a name's length."""


def _mid_prose(units: Sequence[Unit], roles: list[str], i: int, opens_line: bool) -> bool:
    """A unit between reporting sentences of one paragraph: prose, however it reads alone. AP's "In its early
    years, “Larry King Live” was based in Washington … Likewise King. He was the plainspoken go-between …" has a
    two-word sentence that reads as a byline's name. A wire's sign-off closes its paragraph ("… he said. (AP)"), and
    a video's credit runs longer ("Rana Novini reports.")."""
    between = i + 1 < len(units) and units[i + 1].paragraph == units[i].paragraph
    short = len(units[i].text.split()) <= _MID_PROSE_WORDS and units[i].text.strip()[:1].isalpha()  # not "(SD-Xinhua) |"
    return short and between and not opens_line and roles[-1:] == ["body"] and ends_sentence(units[i - 1].text.strip())


_PROMPTS = frozenset({"read", "watch", "stream", "listen", "click", "tap", "subscribe", "sign", "follow", "share", "download", "join", "talk", "see"})
"""Verbs a page's prompts open on ("Read the", "Stream free on", "Talk to us"): a prompt cut off is still the page's."""


def _stops_mid_phrase(text: str) -> bool:
    """A line that stops on a word no heading ends on: a function word ("Sullivan, formerly the", "On Thursday,
    thousands of") or the start of a word ("Loafers Lodge provided affor"): a sentence cut off, where the page
    or its store broke it, not a section's heading. A question closes however it ends ("What should consumers do?")."""
    tokens = words(text)
    if len(tokens) < 2 or text.endswith("?") or ": " in text or text.isupper() or is_title_case(text) or tokens[0].key in _PROMPTS:
        return False  # a question, a titled heading ("El Chapo: Five things to know"), a heading in capitals ("READ SOME MORE"), a prompt ("Read the")
    last = tokens[-1]
    return not is_content_word(last.key) or (last.text.isalpha() and last.text.islower() and zipf(last.key) == 0)


_BROKEN_OFF_WORDS = 3


def _pause_in_quotation(units: Sequence[Unit], i: int) -> bool:
    """A sentence that opens a quotation, leaves it open and stops on "...", its paragraph going on: the speaker's
    pause ('"We know how much he meant to so many of you … such an inspiring artist and beautiful man... From his
    heart to your souls…don't ever stop rocking!"'), not a page's cut, after which nothing of the paragraph follows."""
    text = units[i].text
    left_open = text.count('"') % 2 == 1 or text.count("“") > text.count("”")
    return left_open and i + 1 < len(units) and units[i + 1].paragraph == units[i].paragraph


def _broken_off(text: str) -> bool:
    """A sentence that stops at a comma or a semicolon ("The stricken company, which is building the controversial
    HS2 high-speed rail link employs 20,000 workers across Britain,"): prose the page broke off, under a picture's
    caption as anywhere; a link's title ends on no such mark. A script's statements ("}; setTimeout(loadFB, 0);")
    open on a bracket, and hashtags ("• #ملاوي,") are a word each."""
    return text.endswith((",", ";")) and text[:1].isalpha() and len(text.split()) >= _BROKEN_OFF_WORDS


_BLURB_FRAGMENTS = 3
_FRAGMENT_WORDS = 3


def _fragment_blurbs(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """A paragraph of three or more fragments of a few words each (of four or more, a word longer), no figure in
    them: a writer's made-up biography ("Award-winning beer geek. Extreme coffeeaholic. Avid travel specialist.
    Hipster-friendly communicator."), which scraper sites print under every story; reporting does not run in such stubs."""
    for members in paragraphs:
        texts = [units[i].text.strip() for i in members]
        longest = _FRAGMENT_WORDS + (len(texts) > _BLURB_FRAGMENTS)  # a longer run may hold longer stubs ("Infuriatingly humble beer lover.")
        if len(texts) >= _BLURB_FRAGMENTS and all(len(t.split()) <= longest and not any(c.isdigit() for c in t) for t in texts):
            for i in members:
                roles[i] = "chrome"


_LINK_LIST = 10
"""Titles one after another up to which they can be a list of links under or inside an article; a longer run is a
page of headlines (an index, or 5,152 STS-B sentences on lines of their own), each line a story's."""


_ALT_TEXT_WORDS = 4


def _alt_text(text: str) -> bool:
    """A picture's alternative text left on its line: a few words in lower case, no stop ("vietnam dairy", "ferry
    rescue"); a sentence or a heading opens on a capital."""
    return text.islower() and len(text.split()) <= _ALT_TEXT_WORDS and all(c.isalpha() or c.isspace() for c in text)


def _link_runs(units: Sequence[Unit], roles: list[str], lines: set[int]) -> None:
    """A title without a full stop on a line of its own, between two such lines already found to be links (or after
    one, closing the page), is a link of the same list, even in the story's own words: "Bangladesh: At least 17
    killed and groom injured as lightning hits group on way to wedding party" between two links of a ferry fire's
    page, "Trump says he will meet with Venezuela's Machado next week" closing a list of five under a WHO story.
    A crosshead is shorter, and a caption closing on its credit is no link ("Pant in hospital (Courtesy: India Today
    photo)" over the cut last line of India Today's story)."""

    def title(i: int) -> bool:
        text = units[i].text.strip()
        return i in lines and unfinished(text) and len(text.split()) >= TEASER_WORDS and not credit_at_end(text)

    titles = [title(i) for i in range(len(units))]
    runs = ([i for i, _ in run] for is_title, run in groupby(enumerate(titles), key=lambda item: item[1]) if is_title)
    for run in runs:
        if len(run) > _LINK_LIST:
            continue
        for i in run:
            neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(roles)]
            if roles[i] == "body" and neighbours and all(roles[j] == "chrome" and titles[j] for j in neighbours):
                roles[i] = "chrome"


_TITLE_QUESTION_WORDS = 15


def _title_question(text: str) -> bool:
    """A link's title put as a question ("Who is Mexico's presidential winner Claudia Sheinbaum?" under "Read
    more:"): short, asking, and nobody's words."""
    return text.endswith("?") and len(text.split()) <= _TITLE_QUESTION_WORDS and not any(q in text for q in "\"“”")


def _restates(heading: str, lead: str) -> bool:
    """Whether a short line says what the lead says, in most of its words: the page's headline set again
    below the lead ("Slovakia's Prime Minister Injured in Shooting"), not a section heading ("Multiple
    aftershocks")."""
    mine = content_stems(heading)
    return len(mine & {stem(t.key) for t in words(lead)}) >= _RESTATED_SHARE * len(mine) > 0


def _inline_links(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """A title in capitals closing a paragraph of reporting, most often without a full stop: a link to another story that a
    syndicating site puts inside the paragraph ("… was injured in a shooting and taken to hospital. Slovakia's
    Government Approves Controversial Overhaul of Public Broadcasting"). A headline stands on its own line or
    after a label ("Breaking news. Slovakia's Prime Minister Robert Fico injured in shooting"), so the
    sentence before it must be one of some length. Judged after the other rules, so the line after the link
    is not taken for one too."""
    for members in paragraphs:
        if len(members) < 2:
            continue
        last, before = units[members[-1]].text.strip(), units[members[-2]].text.strip()
        sentence = ends_sentence(before) and len(before.split()) >= TEASER_WORDS and roles[members[-2]] == "body"
        if sentence and len(last.split()) >= TEASER_WORDS and (is_title_case(last) if not ends_sentence(last) else _headline_cased(last)):
            roles[members[-1]] = "chrome"


_HEADLINE_WORDS_CAPITALISED = 6


def _headline_cased(text: str) -> bool:
    """Every word of four letters or more capitalised, and six of them at least: a headline even with a full stop
    after it, as Latestly closes a paragraph with a link to another story ("… Purnesh Modi. Rahul Gandhi Says ‘I
    Haven’t Spoken Against India, Will Speak in House if Allowed’ (Watch Video)."). A sentence of names has its
    verbs and nouns in lower case ("Beforehand, he met U.S. Vice President JD Vance.")."""
    long = [t.text for t in words(text) if len(t.text) >= 4 and t.text[:1].isalpha()]
    return len(long) >= _HEADLINE_WORDS_CAPITALISED and all(w[:1].isupper() for w in long)



_READERS_SCORE = re.compile(r"^\s*-?\d+\s*\(\s*\+\s*\d+\s*/\s*[-−]\s*\d+\s*\)\s*$")
"""Readers' score of the comment above it: its net and its votes for and against ("2 ( +4 / -2 )")."""


def _reader_comments(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """From the first comment that readers scored, or the first numbered comment's author ("1. Avatar Hilda
    Kiwasila says:"), the rest of the page is its comment section: readers' views of the story, in its words
    ("Andrews is nothing but a common criminal …" under Japan Today's Reuters copy, "Is there a civil war in Gambia?"
    under The Gambian's AP copy), which no other check tells from reporting."""
    for at, members in enumerate(paragraphs):
        text = units[members[0]].text.strip()
        scored = at > 0 and _READERS_SCORE.match(text)
        if len(members) == 1 and (scored or COMMENT_AUTHOR.match(text)):
            for i in (i for later in paragraphs[at - 1 if scored else at :] for i in later):
                roles[i] = "chrome"
            return


def _paragraphs(units: Sequence[Unit]) -> list[list[int]]:
    """Unit indices by paragraph, in reading order."""
    found: list[list[int]] = []
    for i, unit in enumerate(units):
        if found and units[found[-1][0]].paragraph == unit.paragraph:
            found[-1].append(i)
        else:
            found.append([i])
    return found
