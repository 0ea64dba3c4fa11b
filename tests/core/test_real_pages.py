"""Real pages read as an editor reads them: site chrome set apart and short reporting kept (chrome line by
line: ``test_real_chrome_lines.py``; where their sentences are cut: ``test_real_sentences.py``).

The pages are real coverage collected for bench/real_corpus.py (``bench/corpus``,
kept out of the installed package); each assertion names a line a reader can
find in the file.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import CORPUS, compared_event, unit_containing
from variantview import compare
from variantview.core.comparison import Comparison, compare_witnesses
from variantview.core.read.files import read_witnesses
from variantview.core.units.line_forms import chrome_line
from variantview.sample import SAMPLE


def test_a_tweet_whose_attribution_the_page_dropped_is_chrome_whole() -> None:
    """AM 800 CKLW embeds a tweet that quotes the AP's lead and ends on its own link, two sentences on one line."""
    line = [u for u in compared_event("baltimore-bridge-collapse-2024").units["am800cklw"] if u.paragraph == 5]
    assert len(line) == 2 and all(u.boilerplate for u in line)


def test_a_tweet_s_hashtag_led_text_above_its_attribution_is_chrome() -> None:
    """NDTV prints ANI's tweet over two lines: "#WATCH | Several people feared …" alone, then its link and
    "— ANI (@ANI) October 30, 2022" closing the next."""
    ndtv = compared_event("morbi-bridge-collapse-2022").units["ndtv"]
    tweet = [u for u in ndtv if u.text.startswith("#WATCH")]
    assert len(tweet) == 1 and tweet[0].boilerplate


@pytest.mark.parametrize(
    ("event", "sentence"),
    [
        ("mexico-earthquake-2022", "There were no immediate reports of damage from the quake"),
        ("openai-altman-ousted-2023", "He really enjoyed his time at Open AI"),
        ("iran-raisi-helicopter-hard-landing-2024", "It is unclear whether President Ebrahim Raisi was on board."),
        ("iran-raisi-helicopter-hard-landing-2024", "There had been heavy rain reported with some wind."),
        ("navalny-death-2024", "He was repeatedly locked up in solitary confinement."),  # off-topic words, before a byline
        ("taiwan-earthquake-2024", "Live Updates: 7.4 Magnitude Quake Hits Taiwan"),  # a live page's headline, not a link's label
        ("queen-elizabeth-death-2022", "Tomorrow (Friday) some independent retailers in Henley"),  # local, before an update notice
        ("prince-philip-death-2021", "Prince Philip, Queen's 'strength', dies"),  # a headline after a credited caption, no link
        ("fico-shot-2024", "Slovakia's Prime Minister Robert Fico injured in shooting"),  # a headline after a label ("Breaking news.")
        ("fico-shot-2024", "Slovakia's Prime Minister Injured in Shooting"),  # the headline again, on the line after a link
        ("gabon-coup-2023", "An absence of worldwide onlookers"),  # a spinner's last sentence, before its comment form
        ("queen-elizabeth-death-2022", "She is survived by four children"),  # off-topic words, after a section heading
        ("imran-khan-arrest-2023", "Imran Khan got arrested for Corruption"),  # a short line below the lead that restates it
        ("finland-joins-nato-eve-2023", "I look forward to also welcoming Sweden"),  # reporting, above "- © AFP 2023"
        ("nepal-yeti-crash-2023", "The wreckage was on fire"),  # reporting, above "Photo credit: AFP"
        ("surfside-condo-collapse-2021", "talk show presenter Andy Slater posted the 24-second clip"),  # reporting, above an embedded tweet
        ("hurricane-ian-landfall-2022", "the U.S. Border Patrol rescued seven Cuban migrants"),  # a spun sentence beside "See under for scenes …:"
        ("surfside-condo-collapse-2021", "PHOTOS: Beachfront apartment building collapses outside Miami"),  # a gallery's headline, not a credit
        ("berlusconi-death-2023", "Former Italian Prime Minister Silvio Berlusconi is dead"),  # the headline under a captioned picture
        ("sri-lanka-palace-stormed-2022", "Sri Lankan television reports say that"),  # the standfirst below two credited captions
        ("pakistan-floods-1000-2022", "“Thank God we are safe"),  # a quotation the stored page cut off, no heading
        ("assad-flees-syria-2024", "Syrian rebels topple Assad, his whereabouts unknown"),  # the headline, its picture's credit under it
        ("credit-suisse-ubs-rescue-2023", "UBS to buy crisis-hit bank Credit Suisse in bid to avoid financial chaos"),  # above "(AFP/Getty)"
        ("ardern-resigns-2023", "Jacinda Ardern, New Zealand PM, Says She Will Resign Next month"),  # a headline, no "Name,Place" byline
        ("lisa-marie-presley-death-2023", "Lisa Marie, Priscilla, I love you forever."),
        ("pakistan-floods-1000-2022", "Khaista Rehman, 55, no relation to the climate minister"),  # the sentence above it
        ("le-pen-convicted-2025", "Prosecutors seek 2-year prison and 5-year ineligibility"),  # a summary box's point under "In Short"
        ("haniyeh-killed-tehran-2024", "Pezeshkian was elected after his predecessor"),  # off-topic, above "Top photo from …"
        ("hurricane-beryl-carriacou-2024", "Beryl is unprecedentedly strange"),  # off-topic words, above a captioned picture
        ("hurricane-beryl-carriacou-2024", "It is so far outside the climatology"),
        ("colonial-pipeline-ransomware-2021", "At this time, our primary focus is the safe and efficient restoration"),  # above the sign-off
        ("ingenuity-first-flight-2021", "The mini 1.8kg (4-pound) helicopter named Ingenuity"),  # glued to a quotation after it
        ("ingenuity-first-flight-2021", "\"Goosebumps."),  # a quotation's first word, no site name
        ("bolivia-coup-attempt-2024", "Tensions have been brewing for months"),  # off-topic, above "Here's the latest:"
        ("pope-leo-elected-2025", "Born on September 14, 1955, in Chicago, Illinois"),  # a birthplace, no caption's date
        ("bob-saget-death-2022", "Born May 17, 1956, in Philadelphia"),
        ("pope-leo-elected-2025", "3 hours ago Cardinal Robert Prevost, an American missionary"),  # a lead behind its age
        ("pope-leo-elected-2025", "Catholic cardinals broke with tradition Thursday"),  # a page that is only the cut lead
        ("karachi-pia-crash-2020", "The Pakistan military tweeted that security forces"),  # off-topic, between two captions
        ("tyre-nichols-video-2023", "Security camera footage shows three officers"),  # "as he lies": a clause's present, not a caption's
        ("pope-leo-elected-2025", "As Pope Leo XIV prepares to lead 1.4"),  # a clause opening the line, cut off by the store
        ("sewol-ferry-sinking-2014", "This is just too awful for words"),  # "…" closing a paragraph of reporting, no cut teaser
        ("margrethe-abdication-announced-2023", "One cannot undertake as much as one managed in the past"),
        ("pele-death-2022", "he charmed popes, p..."),  # the page's own excerpt, cut after its reporting began
        ("nvidia-deepseek-selloff-2025", "By Monday, the assistant had overtaken"),  # a day and a comma after "By": no byline
        ("libya-derna-floods-2023", "Video by residents of the city posted online showed major devastation."),  # no credit
        ("dagestan-petrol-station-blast-2024", "the ministry's Telegram channel reported"),  # a source, no prompt to join it
        ("beirut-port-explosion-2020", "Video: Large blast in port area shakes Beirut"),  # a video page's headline, under chrome
        ("dylann-roof-arrested-2015", "The suspect, 21-year-old Dylann Roof, was arrested Thursday"),  # a point under "Fast facts:"
        ("kaikoura-earthquake-2016", "Officials said they were optimistic the death toll would not rise."),  # a standfirst under the byline
        ("congo-coup-attempt-2024", "Mr Kamerhe’s guards stopped the armed men"),  # "guards" a noun: no scene verb
        ("greece-pylos-shipwreck-2023", "Greek authorities say 59 migrants dead"),  # the headline under two captions
        ("bougainville-independence-referendum-2019", "3,043 voted for greater autonomy"),  # an item of a list under "Of those:"
        ("adani-hindenburg-shares-plunge-2023", "The Group has always been in compliance with all laws."),  # a quotation under a linked headline
        ("parasite-best-picture-oscar-2020", "I am so happy to be its first recipient under the new name"),  # a quotation, off-topic words
        ("morbi-bridge-collapse-2022", "Latest reports have stated that at least 35 people have died"),  # "Latest" opening a sentence, no teasers' heading
        ("boj-ends-negative-rates-2024", "Latest official data showed that even though price rises"),
        ("klimaseniorinnen-echr-ruling-2024", "This is deeply insidious:"),  # a blogger's line opening the report quoted under it, between a byline's lines and a picture's
        ("nicola-bulley-body-found-2023", "A white forensic tent was also erected at the scene."),  # off-topic words, over a caption whose "(Photo: PA)" is a unit of its own
        ("mallacoota-beach-bushfire-2019", "People choked into their scarves and face masks"),  # beside a caption credited on its line
        ("carillion-compulsory-liquidation-2018", "The stricken company, which is building the controversial HS2"),  # broken off at a comma, under a caption
        ("hichilema-wins-zambia-2021", "Turnout at the polls was estimated at just over 70 percent."),  # the story's last sentence, over links to other stories
        ("x-press-pearl-beach-pollution-2021", "Local fisherman Peter Fernando, 68, said"),  # over the store's cut-off teaser
        ("stonehenge-orange-paint-2024", "On Thursday, thousands of"),  # cut off by the store on a function word: no heading
        ("austria-far-right-fpo-wins-election-2024", "Kickl capitalizes on pandemic, migrati"),  # cut off mid-word
        ("meat-loaf-death-2022", "We know how much he meant to so many of you"),  # a quotation's pause ("man... From his heart"), not a cut
        ("juan-orlando-hernandez-convicted-2024", "When the news reached nearly 100 opponents of Hernandez"),  # reporting over a caption dated "in 2021."
        ("guizhou-zhenfeng-coal-mine-collapse-2022", "Further investigation into the cause of the accident is underway."),  # the last paragraph, ANI's "(ANI/Xinhua)" after it
        ("guizhou-zhenfeng-coal-mine-collapse-2022", "Rescue work finished on Sunday noon as the bodies"),
        ("change5-moon-samples-return-2020", "A Chinese lunar spacecraft capsule has returned to Earth with the first fresh samples of rock and debris from the moon"),  # the lead after its dateline, under a picture's credit, its stop lost
        ("larry-king-death-2021", "Likewise King."),  # two words between reporting sentences of a paragraph, not a byline's name
        ("batang-kali-landslide-2022", "We saw that the tent next to us had completely disappeared"),  # a survivor's words, over a credit whose caption the page lost
        ("dhaka-bailey-road-fire-2024", "Fires are common in densely populated Dhaka."),  # background few outlets give, over a wire's credit
        ("betty-white-death-2021", "Rue McClanahan, who took the role of Blanche Devereaux"),  # background over a picture's caption
        ("maxwell-convicted-2021", "Jurors deliberated for five full days before finding Maxwell guilty"),  # a sentence its page credits "(AP)" after the stop
        ("leverkusen-chempark-explosion-2021", "More than 30 companies operate at the site"),  # the present tense of what is so, no caption
        ("morbi-bridge-collapse-2022", "Further details are awaited."),  # the wire's closing line, which some pages' readers count as chrome
        ("haiti-cholera-returns-2022", "officials are still struggling to get information from hospitals"),  # reporting glued after a picture's label
        ("tiangong1-south-pacific-reentry-2018", "There was no immediate confirmation of the final resting place"),  # under a "Read Also: TITLE" teaser, over "Read More"
        ("lehrmann-defamation-loss-2024", "And likely his wallet, with monster legal bills."),  # the last sentence, over a video page's pointer to its player, which is no advert
    ],
)
def test_short_content_sentences_are_kept(event: str, sentence: str) -> None:
    assert not unit_containing(compared_event(event), sentence).boilerplate


CHROME_SEEN_ON_NEWS_PAGES = [
    "NEWYou can now listen to Fox News articles!",
    "To read more on this story, click here.",
    "For a better experience, click here to view the full map in a new window",
    "TAKE ACTION: Tips for how to help and stay safe during and after a wildfire",
    "Here is a map of the latest evacuation orders issued by the El Dorado County Sheriff's Office:",
    "Shining Cahill guides Socceroos to semis with 2-0 win over China  • Roundup: Suicide car bomb kills 3, wounds 18 in S. Afghanistan  • UN concerned over chaos",
    "You are here:   Home",
    "Xinhua, January 22, 2015 Adjust font size:",
    "This is a developing story and will be updated.",
]
"""Lines of site chrome as stored news pages carry them (wildfire, election and disaster coverage)."""


def test_chrome_from_other_sites_is_set_apart_without_touching_the_reporting(sample: Comparison) -> None:
    """The sample's Daily Tribune with other sites' chrome lines put into its page, after its lead and at its end."""
    witnesses = read_witnesses([SAMPLE])
    tribune = next(w for w in witnesses if w.id == "daily-tribune")
    lines = tribune.text.splitlines()
    page = "\n".join([*lines[:4], *CHROME_SEEN_ON_NEWS_PAGES[:5], *lines[4:], *CHROME_SEEN_ON_NEWS_PAGES[5:]])
    cluttered = compare_witnesses([replace(tribune, text=page) if w is tribune else w for w in witnesses])
    units = cluttered.units["daily-tribune"]
    for line in CHROME_SEEN_ON_NEWS_PAGES:
        parts = [u for u in units if u.text.strip() and u.text.strip() in line]
        assert parts and all(u.boilerplate for u in parts), line
    reporting = {u.text: u.boilerplate for u in sample.units["daily-tribune"]}
    assert {u.text: u.boilerplate for u in units if u.text in reporting} == reporting


def test_a_picture_s_licence_is_chrome_however_it_is_written() -> None:
    """medforth credits "alessio85, Wikimedia Commons ,CC-BY-2.0"; the licence alone, hyphenated or not, is a
    credit too, and its words must reach the pattern that knows it."""
    assert chrome_line("alessio85, Wikimedia Commons ,CC-BY-2.0")
    assert chrome_line("CC-BY-SA 4.0") and chrome_line("CC BY-SA 4.0")
    assert not chrome_line("The agency cut its forecast by 2.0 percentage points.")



def test_a_page_of_headlines_is_not_one_list_of_links() -> None:
    """Links trailing chrome are titles without full stops, one after another; a run longer than a list of links
    under an article is a page of headlines, each a story's. Thirty real headlines (each event's first outlet's
    first line, where it is a title) after a share bar: the first may read as links, but the page does not
    vanish (before the cap, 999 of the 5,152 STS-B sentences of bench/scaling.py's pool went so: every title of
    a run after the first chrome line)."""
    firsts = [next(p for p in sorted(folder.iterdir()) if p.suffix == ".txt").read_text(encoding="utf-8").splitlines()[0] for folder in sorted(CORPUS.iterdir()) if folder.is_dir()]
    headlines = [h for h in firsts if len(h.split()) >= 6 and h.rstrip()[-1:].isalnum() and not chrome_line(h)][:30]
    page = "\n".join(["Police said the fire started in the kitchen of a restaurant on Monday.", "Twitter Facebook Reddit Pinterest Email", *headlines])
    units = compare({"a": page, "b": page}).units["a"]
    kept = [u for u in units if not u.boilerplate and u.text in headlines]
    assert len(headlines) == 30 and len(kept) >= 15


def test_the_verdicts_in_a_list_of_charges_are_kept() -> None:
    """Editorji lists the six charges under "Jurors decided on the following six charges:", each closed by its
    verdict on the same line ("5. Conspiracy to commit sex trafficking … Guilty"): the verdicts are the news."""
    verdicts = [u for u in compared_event("maxwell-convicted-2021").units["editorji"] if u.text.strip() in ("Guilty", "Not guilty")]
    assert len(verdicts) == 6
    assert not any(u.boilerplate for u in verdicts)
