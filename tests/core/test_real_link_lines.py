"""Lines of real pages that point the reader elsewhere: teasers of other stories, "Read more" and "Related" links,
a section's or a source's link, and video and audio players with their labels and notices. Each case names a
line of a stored page (``bench/corpus``, kept out of the installed package) that a reader can find in its file.
The rest of a page's chrome is in ``test_real_chrome_lines.py``.
"""

from __future__ import annotations

import pytest

from tests.conftest import compared_event, unit_containing


@pytest.mark.parametrize(
    ("event", "line"),
    [
        ("mexico-earthquake-2022", "(More Mexico stories.)"),  # a link to the section
        ("chuck-e-cheese-bankruptcy-2020", "Chuck E. Cheese stories.)"),  # the same link broken over two lines after "(More"
        ("chuck-e-cheese-bankruptcy-2020", "• Pandemic takes a bite"),  # the headline again as a bulleted link
        ("kebbi-yauri-school-abduction-2021", "• Policeman killed, more than 80 learners"),  # the same above the headline
        ("mexico-earthquake-2022", "Also Read - Mexico Earthquake Death Toll Rises"),  # another story's teaser
        ("iran-raisi-helicopter-hard-landing-2024", "Read on for more information."),  # a prompt inside the lead's paragraph
        ("morocco-earthquake-2023", "More to Read"),
        ("titan-submersible-2023", "Read Related Also: Biden"),
        ("dart-asteroid-impact-2022", "Video of the wild moment can be seen below:"),  # an embed's prompt
        ("trump-indicted-2023", "for more features."),  # the same prompt, broken over two lines
        ("moscow-concert-hall-attack-2024", "More Posts for Show: Jubilee Breakfast"),
        ("kiptum-marathon-record-2023", "More details on SportsDesk."),
        ("myanmar-coup-2021", "HAVE YOU READ?:  U.S. airlines bow to China"),  # a teaser between paragraphs
        ("surfside-condo-collapse-2021", "JUST IN: Video of the building collapse"),  # a tweet, its attribution dated first below it
        ("brasilia-riots-2023", "Listen to our latest podcasts"),
        ("beirut-port-explosion-2020", "WARNING: These videos are graphic."),
        ("kabul-taliban-enter-2021", "Follow our live blog for all the latest developments."),
        ("lewiston-shootings-2023", "Please select this link to read the complete article from ABC News."),
        ("lewiston-shootings-2023", "The latest:"),  # a label over a list
        ("tonga-eruption-2022", "See also  West Ham lose ground"),  # another story's teaser
        ("sudan-rsf-palace-2023", "Watch (2min 51s):"),
        ("tyre-nichols-video-2023", "Video 4: Footage released in death of Tyre Nichols"),
        ("tyre-nichols-video-2023", "Full article here."),
        ("djokovic-us-open-24th-2023", "(Much more here for tennis enthusiasts.)"),
        ("djokovic-us-open-24th-2023", "a 36-year-old from … Read moreNovak"),  # an excerpt cut short before its link
        ("eddie-van-halen-death-2020", "Scroll down to read some heartfelt tributes"),
        ("kullu-bus-gorge-2019", "For the latest World Cup news, live scores and fixtures"),
        ("ingenuity-first-flight-2021", "Watch the video for more."),
        ("chauvin-convicted-2021", "Related to this story"),
        ("bolivia-coup-attempt-2024", "Here's the latest:"),
        ("weinstein-conviction-overturned-2024", "More about:"),
        ("pig-heart-patient-dies-2022", "(Read more in Pig Heart Sustains Man’s Life.)"),
        ("pinera-helicopter-crash-2024", "READ: Chilean president handed $3,500 fine"),  # a link to another story
        ("roe-overturned-2022", "Read the full ruling here:"),
        ("mozambique-ferry-sinks-2024", "For more stories like this, check our news page."),
        ("black-sea-grain-deal-2022", "The latest Ukraine-Russia developments:"),  # a link to AP's hub page
        ("kohberger-arrested-2022", "Don’t know how to watch NewsNation?"),  # a TV network's promotion
        ("mexico-city-metro-collapse-2021", "Advertising Read more"),
        ("rolling-fork-tornado-2023", "Devastating tornado hits New Orleans, USA (VIDEO)"),
        ("bob-dylan-nobel-literature-2016", "Find out more about AP Archive: [ Ссылка ]"),  # a video page's link prompt
        ("dagestan-petrol-station-blast-2024", "Learn more"),
        ("dresden-green-vault-heist-2019", "Read it at NBC News"),  # a summary's link to its source
        ("margrethe-abdication-announced-2023", "Watch Below: The Danish royal grandchildren"),
        ("rios-montt-genocide-verdict-2013", "Check out more articles on!"),
        ("sewol-ferry-sinking-2014", "For the full story, see The Associated Press."),
        ("greece-bailout-referendum-2015", "Watch CBSN Live"),
        ("samsung-note7-recall-2016", "Click to play video:"),
        ("saudi-king-abdullah-death-2015", "[Ed. note: More information is available"),  # an editor's note in brackets
        ("hagia-sophia-mosque-decree-2020", "News video: Turkey reconverts"),
        ("tinubu-declared-winner-2023", "Tap read more at source for full news."),
        ("blatter-platini-banned-2015", "This video includes images from Getty Images."),
        ("fourth-global-coral-bleaching-2024", "Story continues:"),
        ("tesla-autopilot-recall-2023", "Listen Live The Beat"),  # a radio station's player
        ("sicily-48-8c-record-2021", "WATCH | Firefighters battle wildfires"),  # a video box's label
        ("meta-gdpr-record-fine-2023", "to read more, click this link."),
        ("hutch-regency-acquitted-2023", "More on Dublin"),  # a section link
        ("alphabet-12000-layoffs-2023", "ALSO WATCH | Gravitas:"),
        ("ireland-hse-ransomware-2021", "joe.ie - get the latest"),  # a linked story with its site's description
        ("spirit-airlines-bankruptcy-2024", "The video featured is from a earlier report."),
        ("galaxy-leader-hijacked-red-sea-2023", "Follow latest: Babies evacuated from Gaza hospital"),  # a link's label
        ("wynnewood-derailment-2020", "Here are more articles you may enjoy."),
        ("batang-kali-landslide-2022", "This video can not be played"),
        ("hertz-bankruptcy-2020", "Read the full story on NBCNews.com."),
        ("adani-hindenburg-shares-plunge-2023", "Also readHindenburg says holds short positions"),
        ("blenheim-golden-toilet-theft-2019", "Video report by ITV News Correspondent Nick Wallace"),
        ("drents-museum-helmet-heist-2025", "Read Full Article at RT.com."),
        ("wakashio-mauritius-emergency-2020", "READ Brexit Guiding Him, Boris Johnson"),
        ("yoon-wins-south-korea-election-2022", "We apologize, but this video has failed to load."),
        ("synnovis-london-hospitals-ransomware-2024", "Recommended reading:"),
        ("edenville-dam-failure-2020", "Videos above courtesy of DUB PAETZ on YouTube."),
        ("hajj-heat-deaths-1301-2024", "Find out more:"),
        ("sikkim-nathu-la-avalanche-2023", "Listen 2 min Comment on this story"),
        ("apple-eu-music-streaming-fine-2024", "More here."),
        ("celine-dion-stiff-person-syndrome-2022", "To read also: Celine Dion, higher than all peaks"),
        ("german-train-drivers-six-day-strike-2024", "(Read here what train travelers need to know now.)"),
        ("texas-measles-first-death-2025", "WATCH BELOW | Doctor warns"),  # a video's label
        ("austria-far-right-fpo-wins-election-2024", "To view this video please enable JavaScript"),  # a player's notice after its video's title
        ("wilders-wins-dutch-election-2023", "Related video: How is the far-right advancing"),
        ("sharapova-two-year-ban-2016", "The Drive with Rob & Roz 2 hours ago"),  # a listed show and its age
        ("virgin-orbit-cornwall-launch-failure-2023", "See Now: U.K. set to make history with first-ever orbital space launch on Monday"),
        ("kane-joins-bayern-2023", "Rediff.com« Back to articlePrint this article"),  # a print page's links
        ("barbie-billion-dollar-box-office-2023", "You may also like Read more from Entertainment"),
        ("djibouti-godoria-migrant-boats-2019", "Yemenis find refuge, little else, in Djibouti’s Obock camp (2:50)"),  # a video's title with its length
        ("steinhoff-jooste-resigns-2017", "Find out why"),  # a link's call
        ("ural-airlines-cornfield-landing-2019", "RELATED ARTICLES: No one injured in emergency landing of passenger plane in Russia"),  # a teaser after its label
        ("tanya-roberts-death-2021", "Related StoryAl B. Sure Improving After Being Told"),  # the label glued to the title
        ("ural-airlines-cornfield-landing-2019", "Baca juga:  'Why didn't you play?'"),  # an Indonesian page's 'read also'
        ("haiti-nippes-earthquake-2021", "Reuters video"),  # a player's label
        ("bangladesh-dengue-deaths-top-1000-2023", "RelatedBangladesh dengue cases five times higher than reported numbers"),  # a teaser glued to its label
        ("bangladesh-dengue-deaths-top-1000-2023", "Reading: Thousands of people died following"),  # a theme's reading bar over the story's title
        ("equatorial-guinea-marburg-outbreak-2023", "(Keep reading: AKA, one of South Africa’s most famous rappers"),  # another story's teaser in brackets
        ('medvedchuk-azov-prisoner-swap-2022', '(Video) Russia trades Azov fighters'),  # a link to the site's video inside the story
        ('dani-alves-arrested-barcelona-2023', 'Here is all you need to know:'),
        ('hurricane-irma-barbuda-uninhabitable-2017', 'Video Hurricane Irma Devastates Island Of Barbuda'),  # a video's link, its title in title case
        ("peregrine-lander-fuel-leak-2024", "Want the full story?"),  # an aggregator's link to its source, the prompt and the link on one line
        ("peregrine-lander-fuel-leak-2024", "Read the original article"),
        ("phoenix-strip-mall-shooting-2022", "EMBED <>More Videos"),  # the video player's label on ABC's station sites
        ("sierra-leone-cost-of-living-protests-2022", "For more on this story, please consider these sources:"),  # a list of links to the sources
        ("sierra-leone-cost-of-living-protests-2022", "sources say – CNN"),  # the first link under it
        ("sierra-leone-cost-of-living-protests-2022", "Free mp3 Download"),  # a download site's label injected into a scraped page
        ("minneapolis-whittier-shooting-2024", "Read about us."),  # a shopping team's link after its commission notice
        ("eastern-kentucky-floods-16-dead-2022", "Flood threat persists in Kentucky while sweltering"),  # a video's title over "02:49 - Source: CNN"
        ("eastern-kentucky-floods-16-dead-2022", "weather rain kentucky digital fri"),  # the video's slug over its title
        ("eastern-kentucky-floods-16-dead-2022", "Drone footage captures devastating flash flooding in Kentucky"),  # another, mid-story
        ("philadelphia-fairmount-fire-cause-2022", "On Air Now"),  # a radio station's player label
        ("amqui-pickup-truck-pedestrians-2023", "Current track"),  # another's
        ("nayarit-tourist-bus-ravine-2023", "Forgot password?"),  # a login form's link
        ("charlotte-marshals-task-force-shootout-2024", "Font size+Author:Global Glossary news portal"),  # a text-size control run into a byline
        ("jerry-springer-death-2023", "Keep scrolling for a gallery of photos from Springer's life"),
        ("pagar-alam-bus-ravine-2019", "More about"),  # a tags box's heading, its tags dropped
        ("kenny-rogers-death-2020", "Take a look through photos of the country legend below:"),  # a gallery's label
        ("prince-charles-covid-positive-2020", "Like it?"),  # a share box's prompt, "Share with your friends!" after it
        ("parker-solar-probe-touches-sun-2021", "Check out the video shared by NASA:"),  # over an embedded video
        ("senate-passes-infrastructure-bill-2021", "Watch the vote in the player above."),
        ("arecibo-telescope-collapse-2020", "MORE NEWS: Freeze warnings go into effect tonight"),  # another story's link, labelled
        ("bothell-officer-killed-pursuit-2020", "just a touch more humidity today"),  # a station's weather post, cut by its embed
        ("walmart-ground-beef-ecoli-recall-2024", "More information about the recall can be found here."),  # a link out
        ("walmart-ground-beef-ecoli-recall-2024", "For a complete list of the recalled products, visit USDA.gov."),
        ("cavendish-equals-merckx-record-2021", "Follow all the reaction from Stage 13 of the Tour de France here:"),  # a live blog's link
        ("vettel-retirement-announced-2022", "Check the tweet:"),  # the label over an embedded tweet
        ("natalia-sile-cargo-ship-aground-2018", "Check the video Below."),  # a video blog's pointer to its player
        ("reading-historic-home-fire-arson-2025", "Download the FREE Boston 25 News app for breaking news alerts"),
        ("reading-historic-home-fire-arson-2025", "View the full statement by clicking here"),
        ("asteroid-2024-yr4-tiny-chance-2025", "EARLIER: ‘Very small asteroid’ entered Earth’s atmosphere on Tuesday"),  # a local station's link to its earlier story
        ("wakeley-church-stabbing-2024", "say Australian policeOpens in new window ]"),  # a link's label for screen readers
        ("pokrovsk-novohrodivka-missile-strike-2023", "Tags: #donetsk_region"),  # a tag written as a hashtag
        ("shovi-landslide-georgia-2023", "Here are some aerial photos of the area where rescue missions are ongoing:"),  # a pointer to a gallery
        ("ivan-toney-betting-ban-2023", "2:28 p.m. ET share facebook twitter reddit link"),  # share buttons run into the title and its time
        ("dart-asteroid-impact-2022", "NASA POSTPONES DECISION ON ROLLING ARTEMIS I"),  # a shouted teaser after the lead
        ("greece-train-collision-2023", "stream for free on 7plus >>"),  # a link's arrow
        ("fico-shot-2024", "Slovakia's Government Approves Controversial Overhaul"),  # a link closing the lead's paragraph
        ("blue-origin-bezos-flight-2021", "Jeff Bezos stories.)"),  # the end of a link broken over two lines
        ("astroworld-crush-2021", "Former Houston Texan Mark Ingram talks about the franchise"),  # and the teaser after it
        ("bangladesh-ferry-fire-2021", "lightning hits group on way to wedding party"),  # a link between two links, on topic
        ("who-covid-emergency-over-2023", "Trump says he will meet with Venezuela's Machado next week"),  # the last of a list of links
        ("truss-resigns-2022", "Prime Minister Liz Truss’s resignation assertion – YouTube"),  # an embedded video's title
        ("nigeria-twitter-ban-2021", "10 dead, 87 injured as protests erupt in Nepal"),  # a sidebar's link over "- 10 hours ago"
        ("iran-saudi-ties-restored-2023", ">> Iran and Saudi Arabia agree to repair"),  # a link marked with chevrons
        ("hagia-sophia-mosque-decree-2020", "into a mosque 02:31"),  # a video's title and running time
        ("icheon-warehouse-construction-fire-2020", "South Korea sports centre fire causes at least 29 deaths Read more"),  # the Guardian's related story
        ("equifax-700m-breach-settlement-2019", "[READ: Major Equifax breach may have exposed 143 million people]"),  # a bracketed teaser
        ("karadzic-life-sentence-appeal-2019", "TRT World'sFrancis Collings reports from the Hague."),  # a video's reporter
    ],
)
def test_links_teasers_and_players_on_real_pages_are_set_apart(event: str, line: str) -> None:
    assert unit_containing(compared_event(event), line).boilerplate
