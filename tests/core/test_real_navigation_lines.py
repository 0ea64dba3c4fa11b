"""A site's own navigation on real pages, line by line: menus and their links a line each, breadcrumbs, section
names, a post's tags, categories and topics, skip links; and the headings of a story's own sections. Each case names
a line of a stored page (``bench/corpus``, kept out of the installed package) that a reader can find in its file, and
the form it stands for. The rest of a page's chrome is in ``test_real_chrome_lines.py``.
"""

from __future__ import annotations

import pytest

from tests.conftest import compared_event, unit_containing
from variantview.core.units.headings import crosshead


@pytest.mark.parametrize(
    ("event", "line"),
    [
        ("iran-raisi-helicopter-hard-landing-2024", "USA — mix Helicopter carrying"),  # a section link after the page's navigation
        ("baltimore-bridge-collapse-2024", "Previous ArticleNext Article"),  # a blog's navigation
        ("jerry-springer-death-2023", "UNITED STATES NEWS"),  # a section's label in capitals over the headline
        ("iceland-grindavik-eruption-2023", "Home > News > World News > Article >"),  # a breadcrumb
        ("bondi-junction-stabbing-2024", "HomeLatest NewsSydney mall knife attacker"),  # a breadcrumb glued to the headline
        ("china-eastern-crash-2022", "All Trending Travel Music Sports Fashion"),  # a site's sections run into one line
        ("boars-head-recall-expands-2024", "Tags: health, recall"),
        ("perseverance-lands-mars-2021", "Category: World Published on Thursday"),  # a CMS's category, date and hit count
        ("hanoi-alley-apartment-fire-2024", "Nation & World News"),  # a section's name
        ("ireland-abortion-exit-poll-2018", "Category: current"),
        ("margrethe-abdication-announced-2023", "#Denmarks #queen #abdicate #January"),  # a line of hashtags
        ("botswana-decriminalises-gay-sex-2019", "Main menu"),
        ("rios-montt-genocide-verdict-2013", "1. National"),  # a numbered section link
        ("jannik-sinner-cleared-doping-2024", "Rediff.com  » Sports »"),  # a breadcrumb
        ("timberlake-dwi-arrest-2024", "Home News Justin Timberlake Charged with DUI"),  # a breadcrumb
        ("antalya-cable-car-rescue-2024", "Your current location:HOME >entertainment"),  # a breadcrumb under its label
        ("ftc-clears-amazon-whole-foods-2017", "Trending: In Amazon’s hometown"),  # another story under a "Trending:" label
        ("china-australia-barley-tariffs-2020", "RSS   Newsletter   Contact   Advertise with us"),  # a menu
        ("china-australia-barley-tariffs-2020", "Topics: China Australia"),
        ("guinea-camara-jailbreak-2023", "Nation & World"),  # a section label
        ("venus-phosphine-2020", "Home https://server7.kproxy.com/servlet/redirect.srv"),  # a breadcrumb trail with each crumb's address
        ("conception-dive-boat-fire-2019", "NewsOK: Oklahoma City News, Sports, Weather & Entertainment"),  # a site's tagline of its sections
        ("google-shopping-eu-fine-2017", "Home TRENDING EU Fines Google A Record 2.42 Billion Euros"),  # a breadcrumb with its section in capitals
        ("mauritania-mheijrat-migrant-boat-2025", "- hamburger-menu-icon"),  # an icon's name
        ("red-lobster-bankruptcy-2024", "BreakingKZRG NewsLatest NewsLocal InterestsNews"),  # a menu whose links lost their spaces
        ("didi-data-security-fine-2022", "2. Skip to main menu"),  # a numbered skip link
        ("goma-first-ebola-case-2019", "Main » Pastor confirmed with Ebola"),  # a breadcrumb from the site's main page
        ("fda-halts-huahai-imports-2018", "Imprisoned In Myanmar"),  # a menu's section a line of its own, between menu lines the forms know
        ("fda-halts-huahai-imports-2018", "Charged: The Future of Autos"),
        ("india-demonetisation-announced-2016", "Tags india"),  # a post's tags without their colon
        ("fed-cuts-rate-to-1-percent-2008", "TOPICS > Economy"),  # a topic's breadcrumb
        ("tottenham-sack-mourinho-2021", "in NEWS, SPORTS"),  # a category line
        ("avicii-death-2018", "More about Entertainment, Sweden, Oman"),  # a tags line
        ("zoom-1300-layoffs-2023", "Home Tech News"),  # a breadcrumb over the headline
        ("xiamen-duplantis-pole-vault-record-2024", "Skip navigation"),  # a skip link without its "to"
        ("xiamen-duplantis-pole-vault-record-2024", "(More Sports News)"),  # a section's link in brackets
        ("sumedang-bus-ravine-2021", "Newsletter Signup Register / Login"),  # the account links
        ("soto-mets-record-contract-2024", "All sections"),  # the menu's button
        ("jeffersontown-kroger-shooting-2018", "search on deccanchronicle.com"),  # a search box's label
        ("dalai-lama-tongue-apology-2023", "Skip to main"),  # a skip link cut short
        ("wakeley-church-stabbing-2024", "News / Nation & World"),  # a section's path over the headline
        ("zinke-leaves-interior-2018", "U.S. & WORLD"),
        ("starship-first-flight-2023", "Quick links:"),
        ("pemex-tower-explosion-2013", "Accessibility links"),
        ("russia-suspends-new-start-2023", "All news"),  # TASS's link above the headline
    ],
)
def test_a_site_s_navigation_on_real_pages_is_set_apart(event: str, line: str) -> None:
    assert unit_containing(compared_event(event), line).boilerplate


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Uncertainty Surrounding Casualties:", True),
        ("Echoes of the 2015 Tragedy:", True),
        ("He said:", False),  # someone's words follow
        ("The minister told reporters:", False),
        ("Mexico City:", False),  # a dateline, NDTV's
        ("See under for scenes from the typhoon:", False),
    ],
)
def test_a_title_cased_line_ending_in_a_colon_heads_a_section_and_introduces_no_one_s_words(line: str, heading: bool) -> None:
    assert crosshead(line) is heading
