"""A photo caption known by how it reads, where no credit, label or "pictured" marks it.

A caption says what the people or things in a picture are doing as the picture shows them: in the present
tense, with a verb of something one can see ("A soldier gestures for journalists to leave Plaza Murillo",
"Britain's King Charles III arrives at Westminster Abbey in central London on May 6, 2023, for his
coronation."). Reporting tells what happened in the past tense ("arrived", "has died"); where it uses the
present, it says what is so ("Turkey sits atop major fault lines", "the prize carries a cash award of 11 million
kronor"), and nothing in the verb tells the two apart. So the present action is a caption only with a second
sign of one: the day of the picture with its year, which reporting on the day's event does not give itself,
or a line of its own without a stop (here), or a photo credit after it (``pictures.reads_as_caption``). Read
over bench/real_corpus.py's events: 81 gold chrome lines open so, against 69 content lines; with the date or the
line of its own, 74 chrome lines, and no content line alone on its own line.
"""

from __future__ import annotations

import re

from variantview.core.memo import memo_key, memo_text
from variantview.core.units.credits import MONTH_NAME

SCENE_VERBS = frozenset(
    {
        "address", "arrive", "attend", "blow", "burn", "carry", "celebrate", "check", "cheer", "clap", "comfort", "compete",
        "console", "cool", "cross", "cry", "dance", "dig", "drive", "embrace", "enter", "exit", "fly", "gather", "gesture", "greet",
        "help", "hold", "hug", "inspect", "kiss", "kneel", "laugh", "leave", "lie", "listen", "look", "march", "mourn",
        "patrol", "perform", "play", "point", "pose", "pour", "pray", "prepare", "raise", "react", "rest", "ride", "rise",
        "run", "salute", "score", "search", "shake", "shout", "sing", "sit", "smile", "speak", "spew", "spray", "stand",
        "stare", "swim", "take", "talk", "throw", "transport", "travel", "wade", "wait", "walk", "watch", "wave", "wear", "weep", "wipe", "work",
    }
)
"""What a picture can show someone doing: the verbs of the captions in the real corpus, and their kin."""

_PLURAL_SUBJECTS = frozenset({"people", "police", "staff", "children", "men", "women", "crowd", "family"})
"""Subjects that take the plural verb without ending in -s ("Police walk near Robb Elementary School")."""

_OTHER_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "said", "says", "told", "will", "would", "could", "can", "may", "might", "should", "did", "does"})
"""A verb before the scene's: the sentence reports or states ("A miner who works the day shift said")."""

_SUBORDINATE = re.compile(r"^(?:As|While|When|After|Before|If|Although|Though|Since|Because|Once|Until|Unless)\b")
"""A sentence opening on a clause ("As Pope Leo XIV prepares to lead") is reporting, cut off or not."""

_INDEFINITE = re.compile(r"^(?:An?|Some|Two|Three|Several)\s")
"""Someone unnamed opening the sentence ("An Iranian protester holds …"): a caption's subject, not a headline's."""

_DATED = re.compile(rf"\b(?:{MONTH_NAME}|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?)\s+\d{{1,2}},?\s+\d{{4}}\b|,\s+in\s+(?:19|20)\d\d\.$")
"""A full date with its year ("on Nov. 18, 2018", "August 15, 2021", Getty's "on October 13 2019" reprinted without
its comma), or a year alone closing the sentence, as AP dates an archive picture ("… after a Celtics team practice
in Waltham, Mass., in 1999.")."""

_WIRE_CLOSE = re.compile(r"\s\((?:AP|AFP|AAP|PA|Reuters|REUTERS|EPA|Xinhua)(?:\s+Photo)?\)$")
_CREDITED_WORDS = 5
"""A wire's name in brackets closing a line of five words or more without a stop: the picture's credit, above the
lead or below ("Rescue workers operate at the site where sixteen people were injured …, in Kawasaki (Reuters)",
"Mount Semeru is Indonesia's highest volcano (AP)"); a headline names no wire, a dateline ("Geneva (AFP)") is short,
and a sentence that a page credits to its wire ends on its stop before the name."""

_CLAUSE_WORDS = frozenset({"as", "that", "who", "which", "while", "when", "where", "after", "before"})
"""A word opening a second clause before the verb: the scene is that clause's ("Security camera footage shows three
officers surrounding Nichols as he lies in the street"), and the sentence's own verb came before it."""

_BEFORE_NOUNS = frozenset({"a", "an", "the", "in", "of", "for", "on", "at", "to", "with", "from", "by", "into", "about", "after", "his", "her", "its", "their"})
"""Words after which an -s form is a noun ("in talks", "the waves"), whatever else it can be."""

_SEEN = re.compile(r"^(?:(?:An?|The)\s[^.!?]{3,80}?\s(?:is|are)\s+seen|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+seen)\s+(?:at|in|on|near|outside|inside|during|through|behind|from)\b")
"""Someone or something "seen" somewhere, as a picture shows it ("The logo of Alibaba Group is seen at the
company's headquarters in Hangzhou, … on July 20, 2018.", "Biz Markie, seen at Kensington High Street in London on
April 6, 1988."): a caption with the same second sign as a scene; prose says a thing "is seen as" something."""

_GROUP_WORDS = frozenset({"of", "from"})
"""Words after a plural subject that name its group ("Members of the LGBTQ+ community react as they arrive",
"Activists from the LGBTQ community celebrate"): the verb agrees with the subject, not the group's last word."""

_SUBJECT_WORDS = 12
"""Words within which the scene's verb must stand: a caption opens on its subject and verb."""


_VANTAGE = re.compile(r",\s+as\s+seen\s+from\s+(?:the\s+)?[A-Z][^.!?]{1,100}[.!?]?\s*$")
"""Where a picture was taken from, closing its caption: "…, as the moon partially covers the sun during a total
solar eclipse, as seen from Eagle Pass, Texas, US." A report says where a thing was seen from in passing, not after a
comma at its close."""


_PHOTO_SOURCE = re.compile(r",\s+in\s+(?:this\s+|a\s+)?photo\s+(?:released|provided|taken|made\s+available)\s+by\s+[^.!?]{1,60}\.?\s*$")
"""Who released a picture, closing its caption: "…, on May 28, 2019, in photo released by Kyodo news service
Reuters", "… December 22, 2018, in this photo taken by Antara Foto". Reporting names a picture's source in passing
("was seen in a photo released by police wearing …"), not after a comma at its close."""


_POSING = re.compile(r"\bposes?\s+for\s+(?:a\s+|the\s+)?(?:photos?|pictures?|portraits?|photographs?|photographers|selfies?|cameras?)\b")
"""Someone posing for the camera, as the picture shows them: "Bobi poses for a photo with his owner Leonel Costa …,
earlier this year." Reporting tells of a pose in the past ("posed for photos"); in the present the verb is the
picture's, dated or not."""


def scene_caption(text: str, whole_line: bool, after_lead: bool = True) -> bool:
    """Whether a sentence is a picture's caption: someone doing something now, on a dated day, or on a line of its
    own without a stop (``whole_line``: the sentence is its line) after the lead; above the lead such a line is
    a headline or a standfirst, unless it opens on someone unnamed ("An Iranian protester holds a street sign …"),
    as headlines do not. A line closing on a wire's credit (``_WIRE_CLOSE``), a sentence closing on the photographer's
    vantage point (``_VANTAGE``) or the picture's source (``_PHOTO_SOURCE``), is a caption whatever it opens on; one
    whose subject poses for the camera (``_POSING``) needs no date."""
    if (", as seen from " in text and _VANTAGE.search(text)) or (" photo " in text and _PHOTO_SOURCE.search(text)):
        return True
    if " pose" in text and _POSING.search(text) and opens_on_scene(text):
        return True
    dated = (" 19" in text or " 20" in text) and bool(_DATED.search(text))  # every form holds " 19YY" or " 20YY": most lines skip the search
    if whole_line and _credited(text):
        return True
    bare = whole_line and text.rstrip("\"'”’)]")[-1:] not in ".!?…" and (after_lead or bool(_INDEFINITE.match(text)))
    return ((dated or bare) and shows_a_scene(text)) or (dated and _acting(text))


def shows_a_scene(text: str) -> bool:
    """Someone or something doing what a picture can show, or seen somewhere, now: a caption's first words."""
    return opens_on_scene(text) or bool(_SEEN.match(text))


def _credited(text: str) -> bool:
    """``_WIRE_CLOSE`` after words without a stop: "… (AP)" after a full stop credits the sentence to its wire."""
    credit = _WIRE_CLOSE.search(text) if text.endswith(")") else None
    return credit is not None and len(text.split()) >= _CREDITED_WORDS and text[: credit.start()].rstrip()[-1:] not in ".!?…\"”'’"


@memo_text(maxsize=65536)
def opens_on_scene(text: str) -> bool:
    """Whether the sentence opens on someone or something doing, in the present, what a picture can show."""
    if text[:1] in "\"“‘'" or _SUBORDINATE.match(text):
        return False
    tokens = [t.lower() for t in re.findall(r"[A-Za-z’'-]+", text)[:_SUBJECT_WORDS]]
    group = len(tokens) > 1 and tokens[1] in _GROUP_WORDS and _plural(tokens[0])
    for i, token in enumerate(tokens[1:], start=1):
        if token in _OTHER_VERBS or token in _CLAUSE_WORDS:
            return False
        form = None if tokens[i - 1] in _BEFORE_NOUNS else _present_form(token)
        if form == "VBZ" or (form == "VBP" and (group or _plural(tokens[i - 1]))):
            return True
        if _other_verb(token, tokens[i - 1]):
            return False
    return False


def _acting(text: str) -> bool:
    """Whether a dated sentence shows its subject at work with no verb of its own: AFP's "Rescue personnel retrieving
    a victim after a bus plunged into a 150-metre deep ravine, …, on Dec 24, 2019." Reporting that opens on someone
    doing something goes on to say what they did or said ("Officials investigating the crash said on …")."""
    if text[:1] in "\"“‘'" or _SUBORDINATE.match(text):
        return False
    tokens = [t.lower() for t in re.findall(r"[A-Za-z’'-]+", text)]
    if any(token in _OTHER_VERBS for token in tokens):
        return False
    from lemminflect import getAllLemmas

    for i, token in enumerate(tokens[1:_SUBJECT_WORDS], start=1):
        if token in _CLAUSE_WORDS or tokens[i - 1] in _BEFORE_NOUNS or _other_verb(token, tokens[i - 1]):
            return False
        if token.endswith("ing") and getAllLemmas(token).get("VERB"):
            return True
    return False


def _other_verb(token: str, before: str) -> bool:
    """The sentence's own verb, no scene verb ("World powers seek rare progress in Iran nuclear talks": the verb is
    "seek", and "talks" after it is a noun): a present form after a plural subject, or an -s form that is no noun."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(token)
    verbs = found.get("VERB", ())
    return bool(verbs) and ((token in verbs and _plural(before)) or ("NOUN" not in found and token.endswith("s") and token not in verbs))


@memo_key(maxsize=65536)
def _present_form(token: str) -> str | None:
    """"VBZ" ("walks") or "VBP" ("walk") when the token is the present tense of a scene verb. The -s form is spelled
    out from the lemma ("carry" -> "carries", "watch" -> "watches"), which every scene verb follows: lemminflect's
    inflection table, read for it, cost a fifth of a second of every comparison."""
    from lemminflect import getAllLemmas

    for lemma in getAllLemmas(token).get("VERB", ()):
        if lemma in SCENE_VERBS:
            if token in _third_person(lemma):
                return "VBZ"
            if token == lemma:
                return "VBP"
    return None


def _third_person(lemma: str) -> tuple[str, ...]:
    """The -s forms a lemma can take ("carries", "watches", "walks"); a spare wrong one ("walkes") matches no word."""
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return (lemma[:-1] + "ies",)
    return (lemma + "es", lemma + "s")


def _plural(token: str) -> bool:
    """A noun in a form other than its lemma: a plural, regular or not ("workers", "firemen")."""
    from lemminflect import getAllLemmas

    nouns = getAllLemmas(token).get("NOUN", ())
    return token in _PLURAL_SUBJECTS or (bool(nouns) and token not in nouns)
