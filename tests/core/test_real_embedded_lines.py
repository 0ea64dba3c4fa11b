"""What a real page carries from elsewhere, line by line: embedded tweets (their text, link and attribution) and
other stories, adverts and pleas a scraper site injects into the report. Each case names a line of a stored page
(``bench/corpus``, kept out of the installed package) that a reader can find in its file; the page's own chrome is
in ``test_real_chrome_lines.py``.
"""

from __future__ import annotations

import pytest

from tests.conftest import compared_event, unit_containing


@pytest.mark.parametrize(
    ("event", "line"),
    [
        ("glendale-westgate-shooting-2020", "Sen. Martín Quezada (@ SenQuezada29) May 21, 2020"),  # an embedded tweet's sign-off
        ("notre-dame-fire-2019", "Roommate just sent this"),  # an embedded tweet
        ("kakhovka-dam-2023", "Recent footage of the Nova Kakhovka dam."),  # a tweet's text, its attribution on the next line
        ("kakhovka-dam-2023", "The Kakhovka HPP was blown up by the russian terrorist."),  # a tweet's text, on its attribution's line
        ("facebook-outage-2021", "#WhatsApp #facebookdown pic.twitter.com/rnX63WMg4a"),  # an embedded tweet's text
        ("kiptum-marathon-record-2023", "WORLD RECORD"),  # a tweet embedded as raw markup
        ("baltimore-bridge-collapse-2024", "Mike & Lisa (@mikelisa800) March 26, 2024"),  # an embedded tweet's attribution
        ("chester-bennington-death-2017", "Mike Shinoda (@mikeshinoda) 20 July 2017"),  # a tweet signed off with a British date
        ("astroworld-crush-2021", "QB Tua Tagovailoa remains runner-up"),  # a link to another story, off-topic, ending no sentence
        ("morbi-bridge-collapse-2022", "immediate treatment of injured pic.twitter.com/VO8cvJk9TI"),  # a tweet (in one copy its attribution dropped)
        ("baltimore-bridge-collapse-2024", "at least seven people in the water. pic.twitter.com/fJ5WzunizV"),  # a tweet ending on its own link
        ("crimean-bridge-explosion-2022", "Explosion on the #Kerch bridge"),  # a tweet closing on its link and date
        ("crimean-bridge-explosion-2022", "Fuel tank ablaze at bridge in Crimea"),  # another story cut short, "... World News"
        ("mugabe-resigns-2017", "VICE News (@vicenews)"),  # a tweet's link and attribution, no date
        ("samsung-union-first-strike-2024", "Nvidia dethrones Microsoft"),  # another story's title over its date and byline
        ("xinmo-maoxian-landslide-2017", "I am gravely concerned by all of this"),  # another story's opening under its injected headline
        ("xinmo-maoxian-landslide-2017", "Legal experts say whatever connection"),  # its second sentence, whose common words reach the bar
        ("disney-7000-job-cuts-2023", "Five more banks will join the pilot"),  # another story's opening over two paragraphs under its link
        ("disney-7000-job-cuts-2023", "The RBI, which began piloting"),  # ("e-rupee to be piloted by 5 more banks"), then "Be the first to comment"
        ("freetown-regent-mudslide-2017", "We can't do it without you."),  # a plea for donations under an injected link
        ("guinea-ebola-epidemic-declared-2021", "This is the first time the disease has been reported since the last outbreak ended in 2016. https"),  # an embedded tweet, its link closing it, its attribution cut off
        ("bill-withers-death-2020", "you can read a round up below"),  # the pointer to the tweets embedded under it
        ("juice-wrld-death-2019", "You can see some of the fan and artist tributes below:"),  # over an Instagram post
        ("mathews-timed-out-2023", "Angelo made his crease then his helmet strap broke."),  # a tweet of four sentences on one line, over its attribution
        ("mathews-timed-out-2023", "How is that timed out?"),
    ],
)
def test_embedded_and_injected_lines_on_real_pages_are_set_apart(event: str, line: str) -> None:
    assert unit_containing(compared_event(event), line).boilerplate


def test_a_sentence_quoting_someone_beside_a_teaser_is_reporting() -> None:
    """CBS Dallas: "Following the announcement, she tweeted: “I’m human.”" over a "READ MORE:" teaser and the tweet
    itself; few of its words are the other outlets', and it had been taken for a block of adverts with the teaser."""
    assert not unit_containing(compared_event("richardson-marijuana-olympic-100-ban-2021"), "Following the announcement, she tweeted").boilerplate


@pytest.mark.parametrize(
    ("event", "line"),
    [
        ("fda-authorizes-pfizer-covid-vaccine-2020", "The FDA called the vaccine from Pfizer and its German partner"),  # two lines over a tweet's attribution
        ("fda-authorizes-pfizer-covid-vaccine-2020", "President Donald Trump thanked the FDA"),  # whose text the page dropped, "… posted to his Twitter account."
        ("ftx-files-bankruptcy-2022", "Kim Dotcom commented on the news of FTX's bankruptcy in a tweet:"),  # the line that introduces the tweet
        ("aguero-retires-heart-condition-2021", "I made the decision 10 days ago."),  # "ago" closing a sentence, not a listed story's age
        ("samsung-note7-recall-2016", "The recall comes at a particularly inconvenient time"),  # two sentences over a tweet's attribution, no hashtag or handle in them
        ("facebook-outage-2021", "Facebook issued a statement shortly after 6pm saying"),  # the page's sentence quoting the statement a tweet then shows
    ],
)
def test_reporting_that_tells_of_a_tweet_or_a_time_ago_stays_reporting(event: str, line: str) -> None:
    assert not unit_containing(compared_event(event), line).boilerplate
