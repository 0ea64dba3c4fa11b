"""What a page's pictures leave in its text, read over whole paragraphs: captions, their credits and slugs.

A caption reads as reporting ("Rescuers were searching … (AP Photo/Steve Ruark)"), and left in the text it
repeats the lead under the photo or joins a fact's row. What gives it away is its place beside a credit, a
label or a slug, which only the paragraphs around it show; ``credits.py`` and ``captions.py`` hold the forms
of one line. Each pass takes the page's roles so far (``boilerplate.py``) and sets the picture's lines to chrome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from variantview.core.text import is_title_case, words
from variantview.core.units.captions import shows_a_scene
from variantview.core.units.credits import (
    CAPTION_DATELINE,
    CAPTION_OPENER,
    CAPTION_POSITION,
    CREDIT_LINE,
    FILE_CAPTION,
    GETTY_CREDIT,
    PICTURED,
    VIA_AGENCY,
    caption_date,
    credit_at_end,
    credit_only,
)
from variantview.core.units.line_ends import ends_sentence
from variantview.core.units.segment import Unit

_CAPTION_SENTENCES = 2


def credited_lines(units: Sequence[Unit], paragraphs: list[list[int]]) -> dict[int, str]:
    """The caption of each line that is one or two sentences and a credit alone ("Camera IconPrince Philip earned
    a reputation … gaffes. Credit: AP", "A group of people carry a man … At least 127 people died … | AFP-JIJI"),
    by line. It is chrome before the next line is read, so the headline after it is not taken for a link
    trailing chrome; and a page that prints the caption twice prints it once more on a line of its own beside
    the credited copy, or a line from it (GPB's caption, "Caption", then the caption with "/ AP"), which is
    chrome too. So does a caption given once bare and once behind a picture label (``_PICTURE_LABEL``)."""
    credited = {
        units[members[0]].paragraph: " ".join(units[i].text for i in members[:-1])
        for members in paragraphs
        if 2 <= len(members) <= _CAPTION_SENTENCES + 1
        and credit_only(units[members[-1]].text)
        and not (members is paragraphs[-1] and _SIGN_OFF.match(units[members[-1]].text))
    }
    labelled = {
        units[members[0]].paragraph: _PICTURE_LABEL.sub(r"\1", " ".join(units[i].text for i in members))
        for members in paragraphs
        if _PICTURE_LABEL.match(units[members[0]].text)
    }
    return credited | labelled


_SIGN_OFF = re.compile(r"^\((?:[A-Z]{2,6}|The\s+Canadian\s+Press)(?:/[A-Z][A-Za-z]{1,10})?\)\.?$")
"""A wire's sign-off closing a page's last paragraph ("… is underway. (ANI/Xinhua)", "(The Canadian Press)"), which
a picture credit ("(Reuters/Kyodo).") reads like: the story's end, not a caption's."""


_PICTURE_LABEL = re.compile(r"^(?:image|photo|picture|pic)\s*:\s*(\S.{20,})$", re.IGNORECASE)
"""A caption behind its picture's label ("Image:Search teams are continuing to hunt for the hundreds still missing"),
printed again beside the line that gives it bare."""


_PHOTO_LABEL = re.compile(r"^\W*(?:(?:photo|image|picture)s?\s+(?:courtesy|credit)\b|representa(?:tional|tive)\s+(?:image|photo|picture)\b)", re.IGNORECASE)
"""A picture's credit or label that says it is one ("Photo courtesy <a href=…>", "Representational image." before
the photographer's name): the sentences before it on its line are the picture's caption, however they read (UPI's
caption above the story restates its lead, and so does Latin Times's)."""
_WIRE_TAG = re.compile(r"^[-–—]?\s*(?:\((?:AP|AFP|Reuters|REUTERS|EPA|Xinhua|Getty\s+Images)\)|AFP|AP|Reuters|REUTERS|EPA)\W*$")
"""A wire's name alone, in brackets or not: after a headline or a dateline it is the story's source, after a sentence
that reads as a caption on its line the picture's ("Kenya's Eliud Kipchoge celebrates winning the Berlin Marathon …
(Reuters)", "Residents and volunteers dig in the mud in search of survivors … on Wednesday. AFP"), after a dash or
not ("Women take part in a demonstration against police violence … on Wednesday." over "-Reuters")."""


_SPEECH = re.compile(r"^[“\"‘'][^“”\"]{10,}[,?!]\s*[”\"’']\s+(?:[\w.’'-]+\s+){1,4}(?:said|says|told|added|wrote)\b[^.!?]{0,60}[.!?]$")
"""A quotation and whom it is from ("“We saw that the tent next to us had completely disappeared,” he said."): a
speaker's words, which no picture's caption is, though a picture's credit with its caption lost stands under it
("Corporate JBPM via AP")."""


def captions_before_credits(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """A paragraph of one or two sentences with a credit alone on the next line is that photo's caption ("Queen
    Elizabeth II at the opening of a new building … on July 15, 2022." then "ZUMA Press/TNS", or "Matthew Perry
    arrives at the premiere of … on Sept. 21, 2009." then "(Matt Sayles / Associated Press)"). Any other credit
    alone on the next line ("Photo: Justin Sullivan (Getty Images)") makes a caption only of a paragraph that
    reads as one ("Theranos CEO Elizabeth Holmes, center, walking into court …"), a wire's name alone among them
    ("Relatives cry while waiting for news …" over "Reuters"): reporting stands above a stray "Photo credit: AFP"
    too, and a story's own source under its lead. A page that prints the caption again under its credit (TRT
    World's "Relatives cry …", "Reuters", "Relatives cry …") prints chrome there too."""
    for members, following, after in zip(paragraphs, paragraphs[1:], [*paragraphs[2:], [], []]):
        if len(members) > 2 or len(following) != 1 or _first_headline(roles, members[0]):  # the picture under the headline
            continue
        credit = units[following[0]].text.strip()
        if all(_SPEECH.match(units[i].text.strip()) for i in members) or _SPEECH.match(" ".join(units[i].text.strip() for i in members)):
            continue  # one quotation of two sentences is two units: "“It was a large explosion. I felt it, …,” he said."
        if CREDIT_LINE.match(credit.strip("()")) or VIA_AGENCY.match(credit) or ((credit_only(credit) or _WIRE_TAG.match(credit)) and reads_as_caption(units[members[0]].text)):
            repeated = [units[i].text for i in after] == [units[i].text for i in members]
            for i in [*members, *(after if repeated else [])]:
                roles[i] = "chrome"


def captions_under_credits(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """A credit alone on its line over a paragraph of one or two sentences that reads as a caption: CNN prints a
    picture's credit above its caption ("Catherine Ivill/Getty Images" over "Valieva competes at the 2022 Winter
    Olympics in Beijing."), and AP's caption there may add a sentence of the story ("… Thursday, June 17, 2021.
    China plans on Thursday to launch three astronauts …"), chrome with it."""
    for above, members in zip(paragraphs, paragraphs[1:]):
        if len(above) != 1 or len(members) > _CAPTION_SENTENCES or all(roles[i] == "chrome" for i in members):
            continue
        credit = units[above[0]].text.strip()
        if (CREDIT_LINE.match(credit) or credit_only(credit)) and reads_as_caption(units[members[0]].text):
            for i in members:
                roles[i] = "chrome"


_SLUG_WORDS = 5


def slugs_over_captions(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """A picture's slug alone on its line above the picture's caption ("Turkey Ukraine Grain" over "FILE - A farmer
    collects harvest …", PA's "Nicola Sturgeon resignation" over "Nicola Sturgeon speaking during a press conference
    … (Jane Barlow/PA)"): a few words without a stop that name the picture, chrome with its caption. The page's
    first line is its headline, however short, even above a caption, unless each of its words is capitalised: AP's
    member papers open on the photo's slug ("Virus Outbreak Hertz Bankruptcy" over "FILE - In this May 6, 2020,
    file photo, …"), which over the whole corpus no headline above a caption was."""
    for members, following in zip(paragraphs, paragraphs[1:]):
        slug, caption = units[members[0]].text.strip(), [units[i].text for i in following]
        if len(members) > 1 or len(slug.split()) > _SLUG_WORDS or ends_sentence(slug) or roles[following[0]] != "chrome":
            continue
        if members[0] == 0 and not all(w[:1].isupper() for w in slug.split()):
            continue
        if reads_as_caption(caption[0]) or credit_at_end(caption[-1]):
            roles[members[0]] = "chrome"


_VIDEO_RUNNING = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s+[-–—]\s+Source:\s*\S")
"""A video's running time and source under its title ("02:49 - Source: CNN")."""
_RUNNING_TIME = re.compile(r"^\(\d{1,2}:[0-5]\d\)$")
"""A video's running time alone, closing its blurb on the blurb's line ("… spent six-plus days in deliberations. (2:49)")."""


def video_titles(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """The title of an embedded video over its running time and source, and the lower-case slug over that title
    ("weather rain kentucky digital fri" / "Flood threat persists in Kentucky while sweltering temperatures target
    the Northwest" / "02:49 - Source: CNN"), and a video's blurb closing on its running time (ESPN's "ESPN legal
    analyst Roger Cossack discusses the conviction … (2:49)"): the player's text, not the story's, wherever on the
    page it stands."""
    for members in paragraphs:
        if len(members) > 1 and _RUNNING_TIME.match(units[members[-1]].text.strip()):
            for i in members:
                roles[i] = "chrome"
    for at, members in enumerate(paragraphs[1:], start=1):
        if not _VIDEO_RUNNING.match(units[members[0]].text.strip()):
            continue
        title = paragraphs[at - 1]
        if len(title) > 1 or ends_sentence(units[title[0]].text.strip()):
            continue
        roles[title[0]] = "chrome"
        slug = paragraphs[at - 2] if at >= 2 else []
        if len(slug) == 1 and units[slug[0]].text.strip().islower() and not ends_sentence(units[slug[0]].text.strip()):
            roles[slug[0]] = "chrome"


def _first_headline(roles: list[str], i: int) -> bool:
    return roles[i] == "headline" and "headline" not in roles[:i]


def reads_as_caption(text: str) -> bool:
    """A caption's date, opening or place marker ("…, center, falls on the ground"), or someone doing something now
    ("George Pell arrives at Melbourne County Court.") or seen somewhere ("A damaged vehicle and debris are seen in the
    aftermath …"): each with a credit beside it, where this is asked."""
    return bool(caption_date(text) or CAPTION_OPENER.match(text) or CAPTION_POSITION.search(text) or shows_a_scene(text))


_CREDIT_WORDS = 4
"""Words at most of the photographer's name that a page prints after a picture's label, without a stop."""


def _labelled(units: Sequence[Unit], members: list[int]) -> bool:
    """A paragraph closed by a picture's label (``_PHOTO_LABEL``), or by the label and the photographer's name after it
    ("Representational image." then "Randy Faris"); reporting glued after a label ("(Photo courtesy of the
    CDC)According to …") is no name."""
    last = units[members[-1]].text.strip()
    if _PHOTO_LABEL.match(last):
        return True
    named = len(members) > 1 and len(last.split()) <= _CREDIT_WORDS and not ends_sentence(last)
    return named and bool(_PHOTO_LABEL.match(units[members[-2]].text))


def whole_captions(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """A caption paragraph is chrome through to its credit: "Parts of the bridge remain after … Tuesday, March 26,
    2024, in Baltimore. The major bridge … snapped. Rescuers were searching … (AP Photo/Steve Ruark)". Its first
    sentence reads as a caption (a caption's date, opening or place marker) and its last is the photo credit;
    the sentences between read as reporting and would otherwise stay in the text (repeating the lead under
    the photo), or a credit of its own ("… million-dollar investments. HALLDOR KOLBEINS/AFP/Getty Images"), or a
    wire's name in brackets (``_WIRE_TAG``). A credit in Getty's or AFP's own words ("(Photo credit should read …)")
    makes a caption of its paragraph however the first sentence reads, and so does a later sentence pointing at the
    picture's people before the credit ("… who performed the marriage. From left: John Davidson, … (AP Photo)");
    AP's "FILE - " label one however it ends; and
    a short paragraph whose later sentence opens on "Pictured" (``PICTURED``) is a caption too. A sentence followed
    on its line by a credit alone ("Credit:Bloomberg", "(Photo by FRANCOIS GUILLOT / AFP)") is a caption however it
    reads, and so are the sentences before a credit that says it is one (``_PHOTO_LABEL``). Under a sentence that
    reads as a caption, a name alone closing the paragraph is its photographer ("… Friday, June 21, 2019. Nine people
    on board … died Friday night …, officials said. Bruce Asato")."""
    for members in paragraphs:
        if len(members) < 2:
            continue  # nearly every paragraph of a scraped page, and every line of a plain one
        first, last = units[members[0]].text, units[members[-1]].text
        if len(members) > 2 and last.strip().lower() == "(uncredited)":
            last = units[members[-2]].text  # AP's empty photographer's field after the credit ("… Clean Gulf Associates via AP) (Uncredited)")
        opens_caption = reads_as_caption(first)
        captioned = opens_caption or bool(GETTY_CREDIT.search(last)) or any(PICTURED.match(units[i].text.strip()) for i in members[1:])
        credited = credit_at_end(last) or credit_only(last) or _WIRE_TAG.match(last) or (opens_caption and bool(_PHOTOGRAPHER.match(last.strip())))
        labelled = _labelled(units, members) and len(members) <= _CAPTION_SENTENCES + 2
        if (credited and captioned) or labelled or CAPTION_DATELINE.match(first) or FILE_CAPTION.match(first):
            for i in members:
                roles[i] = "chrome"
        elif len(members) <= _CAPTION_SENTENCES + 1 and any(PICTURED.match(units[i].text.strip()) for i in members[1:]):
            for i in members:  # a caption that points at its picture's people after a sentence or two
                roles[i] = "chrome"
        elif credit_only(units[members[1]].text) or _tagged_mid_story(units, members, roles):
            for i in members[:2]:  # a caption, then its credit; what follows is judged on its own
                roles[i] = "chrome"


def _tagged_mid_story(units: Sequence[Unit], members: list[int], roles: list[str]) -> bool:
    """One sentence and a wire's bare name on a line between paragraphs of the story ("Burnt houses in Plumpang,
    north Jakarta, after a fire that spread from the nearby Pertamina fuel storage depot. AFP"): a picture's caption
    and its credit. Closing the story, the wire's name signs the story off, and so it does after a dateline
    ("Muscat: Drone attacks on two Saudi Aramco factories … Reuters"): a lead that names its source."""
    if len(members) != 2 or not _BARE_WIRE.match(units[members[1]].text.strip()) or _OPENING_DATELINE.match(units[members[0]].text):
        return False
    return "body" in roles[members[-1] + 1 :]


_BARE_WIRE = re.compile(r"^(?:AFP|AP|Reuters|REUTERS|EPA)$")
"""A wire's name alone and bare: unlike ``_WIRE_TAG``, not in brackets or after a dash, which is how a story signs
off a paragraph it took from the wire ("… he said. (AP)", "- Reuters")."""

_OPENING_DATELINE = re.compile(r"^[A-Z][\w.'’ ,-]{1,30}\s?[:—–]\s")
"""A place and a colon or dash opening a sentence ("Muscat: ", "JAKARTA — "): a story's lead, which no caption opens on."""


_PHOTOGRAPHER = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?$")
"""A person's name alone, a first and a last name: a photographer, at a caption's end."""

_CAPTION_LABEL = re.compile(r"^\W*(?:image|video|media|photo)\s+caption\s*[,:.]?\s*$", re.IGNORECASE)


def labelled_captions(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """A BBC page's "image caption," or "video caption," on a line of its own, and the line under it: the caption
    ("Several eyewitnesses said that the entire family died in the fire."), which reads as reporting."""
    for members, following in zip(paragraphs, paragraphs[1:]):
        if len(members) == 1 and _CAPTION_LABEL.match(units[members[0]].text):
            for i in (members[0], *following):
                roles[i] = "chrome"


_REPEATED_WORDS = 6
_REPEATED_SHARE = 0.9
_STORY_BEGUN_WORDS = 15


def repeated_captions(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """A line without a stop, inside the story, whose words a longer line beside it repeats in order: a picture's
    alternative text over its caption ("A demonstrator tosses back a tear gas canister during a protest in Val" over
    the caption in full), or a pull quote beside the sentence it lifts ("A towering pile of black waste cascaded right
    into a turquoise lake, churning up a tsunami-like wave of mud"). The story must have begun, in a reporting
    sentence of some length: above it, a headline printed twice after a breadcrumb is the headline; below, a line in
    title case is the headline set again under the lead ("Slovakia's Prime Minister Injured in Shooting"). A line that
    says one sentence twice over ("A wrecked car under a fallen metal roof.A wrecked car under a fallen metal roof.")
    is a picture's alternative text run into its caption, wherever it stands: no writer repeats a sentence at once."""
    begun = False
    for at, members in enumerate(paragraphs):
        text = units[members[0]].text.strip()
        if len(members) == 2 and units[members[1]].text.strip() == text and all(roles[i] == "body" for i in members):
            for i in members:
                roles[i] = "chrome"
            continue
        if at + 1 < len(paragraphs) and _alt_text_over_caption(units, members, paragraphs[at + 1]):
            for i in (*members, *paragraphs[at + 1]):
                roles[i] = "chrome"
            continue
        if begun and len(members) == 1 and roles[members[0]] == "body" and not ends_sentence(text) and not is_title_case(text):
            mine = [t.key for t in words(text)]
            beside = [p for p in (at - 1, at + 1) if 0 <= p < len(paragraphs)]
            if len(mine) >= _REPEATED_WORDS and any(_repeats(mine, [t.key for i in paragraphs[p] for t in words(units[i].text)]) for p in beside):
                roles[members[0]] = "chrome"
        begun = begun or any(roles[i] == "body" and ends_sentence(units[i].text.strip()) and len(units[i].text.split()) >= _STORY_BEGUN_WORDS for i in members)


def _alt_text_over_caption(units: Sequence[Unit], line: list[int], below: list[int]) -> bool:
    """A line that the line under it repeats from its first word, the lower one ending in a picture's credit ("Much
    of Taviya village in Fiji lies in ruins … remote island communities." over the same with "PHOTO: AGENCE
    FRANCE-PRESSE"): the picture's alternative text, cut off or whole, over its credited caption. However many
    sentences of reporting the caption holds, a writer never prints a paragraph twice running."""
    last = units[below[-1]].text.strip()
    if not (credit_only(last) or credit_at_end(last)):
        return False
    mine = [t.key for i in line for t in words(units[i].text)]
    theirs = [t.key for i in below for t in words(units[i].text)]
    if len(mine) < _REPEATED_WORDS or len(theirs) <= len(mine):
        return False
    return theirs[: len(mine) - 1] == mine[:-1] and theirs[len(mine) - 1].startswith(mine[-1])  # the alternative text may be cut mid-word ("to Suv")


def _repeats(mine: list[str], theirs: list[str]) -> bool:
    """Whether ``theirs``, longer, holds nearly all of ``mine`` in the same order (a word it lacks is skipped)."""
    if len(theirs) <= len(mine):
        return False
    found, at = 0, 0
    for key in mine:
        if key in theirs[at:]:
            at = theirs.index(key, at) + 1
            found += 1
    return found >= _REPEATED_SHARE * len(mine)
