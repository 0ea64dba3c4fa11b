"""Site chrome on real pages, line by line: each case names a line of a stored page (``bench/corpus``, kept out
of the installed package) that a reader can find in its file, and the form of chrome it stands for.

Lines that point the reader elsewhere (teasers, "Read more", video and audio players) are in
``test_real_link_lines.py``, a site's own navigation (menus, breadcrumbs, sections, tags) in
``test_real_navigation_lines.py``, captions and picture credits in ``test_real_caption_lines.py``, page metadata
(bylines, dates, site names) in ``test_real_meta_lines.py``, what a page asks of its reader in
``test_real_prompt_lines.py``, notices and comment forms under the story in ``test_real_notice_lines.py``; chrome
that needs a whole page to judge (other sites' teasers, a page of headlines) and the short reporting that must be
kept are in ``test_real_pages.py``, and what the page carries from elsewhere (embedded tweets, other stories and
pleas injected into it) in ``test_real_embedded_lines.py``.
"""

from __future__ import annotations

import pytest

from tests.conftest import compared_event, unit_containing


@pytest.mark.parametrize(
    ("event", "line"),
    [
        ("florida-cassowary-kills-owner-2019", "Stream free on"),  # a prompt cut off on a function word is still the page's
        ("kobe-steel-iron-powder-data-shares-dive-2017", "Follow by Email"),  # Blogger's follow button
        ("el-chapo-sentenced-2019", "El Chapo: Five things to know"),  # a titled heading ending on a common word
        ("austin-sixth-street-shooting-2021", "Stock photo."),
        ("stena-impero-seized-2019", "With reporting by © -AFP 2019 and Associated Press"),
        ("nikkei-black-monday-2024", "Reposting this article is solely for the purpose"),  # an aggregator's disclaimer
        ("nikkei-black-monday-2024", "If there is any infringement, please contact us immediately."),
        ("nikkei-black-monday-2024", "We will make corrections or deletions as necessary."),
        ("nikkei-toyota-output-cut-2021", "Award-winning beer geek."),  # a scraper's made-up biography, in fragments
        ("tonga-eruption-2022", "Unapologetic web guru."),
        ("do-kwon-arrested-montenegro-2023", "UPDATE (March 23, 13:54 UTC): Adds details, links."),  # an update note
        ("do-kwon-arrested-montenegro-2023", "Please note that our privacy policy"),
        ("do-kwon-arrested-montenegro-2023", "CoinDesk is an award-winning media outlet"),  # the site about itself, cut off
        ("do-kwon-arrested-montenegro-2023", "@metafo_io Twitter pic, March 24, 2023"),  # a picture's source on social media
        ("otoniel-captured-colombia-2021", "Audio By Carbonatix"),  # an audio player's credit
        ("intel-gelsinger-ousted-2024", "from the degenerating-semiconductor dept."),  # a Slash site's joke department
        ("paktika-earthquake-2022", "AFGHANISTAN-BADGHIS-EARTHQUAKE"),  # a wire picture's slug
        ("paktika-earthquake-2022", "Active member"),  # a forum poster's rank
        ("capital-one-hacker-trial-2022", "Welcome to Crime and Justice News"),  # a site's greeting
        ("jbs-ransomware-attack-2021", 'Insider logo The word "Insider".'),  # a logo's alternative text
        ("finland-joins-nato-eve-2023", "Our Standards"),
        ("finland-joins-nato-eve-2023", "© AFP 2023"),  # behind a list marker
        ("xiamen-duplantis-pole-vault-record-2024", "™ & © 2024 Cable News Network"),  # a trademark's sign before the copyright's
        ("openai-altman-ousted-2023", "(John Walton/PA)"),
        ("openai-altman-ousted-2023", "on our Telegram Channel"),  # a follow prompt
        ("morocco-earthquake-2023", "This article was added by the user"),  # an aggregator's disclaimer
        ("morocco-earthquake-2023", "is not responsible for the content of the platform"),
        ("turkey-syria-earthquake-2023", "[time-brightcove"),  # an embed's shortcode
        ("pope-benedict-death-2022", "the beatification ceremony of Pope Paul VI. (Source: Associated Press)"),
        ("svb-collapse-2023", "[ad_1]"),  # an advert slot's marker
        ("svb-collapse-2023", "Picks for you"),
        ("taiwan-earthquake-2024", "3,269 Views"),  # a view counter with a thousands separator
        ("hasina-palace-stormed-2024", "appeared first on Newswire."),  # a feed's footer
        ("hasina-palace-stormed-2024", "Your search keywords:"),
        ("south-korea-martial-law-2024", '""'),  # nothing but marks
        ("damar-hamlin-collapse-2023", "This material may not be published, broadcast"),  # the wire's copyright notice
        ("damar-hamlin-collapse-2023", "stories to your inbox."),  # a newsletter prompt
        ("damar-hamlin-collapse-2023", "was originally published on mycolumbusmagic.com"),
        ("shane-warne-death-2022", "Edited by- Subbuthai P"),
        ("anez-sentenced-coup-case-2022", "I am David Wyatt, a professional writer and journalist for Buna Times."),  # a scraper's author bio
        ("anez-sentenced-coup-case-2022", "I specialize in the world section of news coverage"),
        ("sri-lanka-palace-stormed-2022", "springfield-news-sun logo"),
        ("gabon-coup-2023", "111 SHARES Share Tweet Email"),  # a share bar with a sign-up form's style sheet
        ("gabon-coup-2023", "follow our Google News channel"),
        ("hurricane-ian-landfall-2022", "The storm is expected to bring a potentially life-threatening"),  # ... and the rest of it
        ("hurricane-ian-landfall-2022", "(Carline Jean /South Florida Sun-Sentinel)"),
        ("berlusconi-death-2023", "Novinite.bg"),  # a link to the site's other language, ending on its address
        ("berlusconi-death-2023", "alessio85, Wikimedia Commons ,CC-BY-2.0"),
        ("berlusconi-death-2023", "Agencies and A News EUROPE"),
        ("kiptum-marathon-record-2023", "A newsletter delivered each Friday."),
        ("baltimore-bridge-collapse-2024", "The Associated Press contributed to this story."),
        ("shane-warne-death-2022", "Stellar career"),  # a section heading
        ("alaska-door-plug-2024", "Marc Walker reports contributed."),
        ("hurricane-otis-acapulco-2023", "[Source: Reuters]"),
        ("matthew-perry-death-2023", "Expand / Collapse search"),
        ("matthew-perry-death-2023", "Cloudy icon"),  # a weather widget
        ("matthew-perry-death-2023", "Chris Gothner joined the Local 10 News team"),  # the author's note
        ("nepal-yeti-crash-2023", "Hold tight - we’re checking permissions"),
        ("slim-moon-landing-2024", "Get exclusive content with Gulf News WhatsApp channel"),
        ("surfside-condo-collapse-2021", "this service is currently unavailable"),
        ("brasilia-riots-2023", "Twitter/screen grab"),
        ("beirut-port-explosion-2020", "Read our editorial standards."),
        ("beirut-port-explosion-2020", "Twitter/various"),
        ("blue-origin-bezos-flight-2021", "1 of 34 Attribution: AP"),
        ("taiwan-earthquake-2024", "Biggest in Taiwan since 1999"),
        ("pele-death-2022", "in 2016 © Miguel Schincariol / AFP/File"),
        ("morbi-bridge-collapse-2022", "ABOUT THE AUTHOR Aniruddha Dhar"),
        ("crimean-bridge-explosion-2022", "Schreck reported from kyiv."),
        ("crimean-bridge-explosion-2022", "Francisco Seco contributed to this report from Kharkiv."),
        ("itaewon-crush-2022", "Breaking News email {{ #verifyErrors }}"),  # a newsletter form's template
        ("kabul-taliban-enter-2021", "This story has been sourced from a third party syndicated feed"),  # a reprint's disclaimer
        ("kabul-taliban-enter-2021", "Mid-day accepts no responsibility or liability"),
        ("kabul-taliban-enter-2021", "reserves the sole right to alter, delete or remove"),
        ("kabul-taliban-enter-2021", "AP Kabul 1 min read Last Updated"),
        ("lewiston-shootings-2023", "(*16*)"),  # a spinner's template left unfilled
        ("kramatorsk-station-strike-2022", "Article content"),
        ("niger-coup-2023", "Breaking news"),
        ("bob-saget-death-2022", "fb-pixel Skip to main content"),
        ("olivia-newton-john-death-2022", "Obit - Olivia Newton John"),  # an agency's slug
        ("sudan-rsf-palace-2023", "This is an entry from: Sudan turmoil live"),
        ("lisa-marie-presley-death-2023", "GET LIVE MARKET QUOTES & NEWS"),
        ("virgil-abloh-death-2021", "View this post on Instagram A post shared by @virgilabloh"),
        ("virgil-abloh-death-2021", "+ ↺ − 16 px"),  # a text-size widget
        ("dubai-floods-2024", "ARTICLE AD BOX"),
        ("romania-election-annulled-2024", "Your browser doesn’t support HTML5"),
        ("romania-election-annulled-2024", "Please refresh for updates."),
        ("kenya-parliament-stormed-2024", "Home*Cover Story*International"),
        ("china-eastern-crash-2022", "Here are 10 key points to note about the tragic crash:"),
        ("haniyeh-killed-tehran-2024", "This content was published on"),
        ("mccarthy-ousted-speaker-2023", "World·Breaking"),
        ("mccarthy-ousted-speaker-2023", "NBC News is providing a Special Report"),
        ("myanmar-coup-2021", "Twitter Facebook Reddit Pinterest Email"),
        ("bob-saget-death-2022", "Placeholder while article actions load"),
        ("annecy-park-stabbing-2023", "Warning: Some details in this article may be upsetting to readers."),
        ("annecy-park-stabbing-2023", "Discretion is advised."),
        ("annecy-park-stabbing-2023", "LOOK: Six killed in glacier collapse"),
        ("kullu-bus-gorge-2019", "(More details awaited)"),
        ("kullu-bus-gorge-2019", "Do You Like This Story?"),
        ("boars-head-recall-expands-2024", "Current:Home > FinanceBoar’s Head expands recall"),
        ("weinstein-conviction-overturned-2024", "Connect with us"),
        ("uk-approves-pfizer-vaccine-2020", "39.0°F"),  # a weather widget
        ("truss-resigns-2022", "PA Media Copyright: PA Media"),
        ("ecuador-villavicencio-killed-2023", "Trigger warning."),
        ("pinera-helicopter-crash-2024", "at age 74 - Copyright AFP/File MARTIN BERNETTI"),
        ("pinera-helicopter-crash-2024", "arrives at a medical facility after Pinera died in a helicopter crash [Source: Reuters]"),
        ("bezos-steps-down-amazon-2021", "is seen in a 2018 screen shot courtesy of the U.S. Army Corps of Engineers"),
        ("tutu-death-2021", "shares a joke with the Dalai Lama after their meeting."),  # Al Jazeera: "… [Mike Hutchings/Reuters]"
        ("roe-overturned-2022", "(Jacquelyn Martin, Copyright 2022 The Associated Press."),
        ("milei-wins-argentina-2023", "Written by Alma Angeles on"),
        ("marapi-eruption-2023", "Estimated read time: 1-2 minutes"),
        ("marapi-eruption-2023", "This archived news story is available only for your personal"),  # an archive's notice
        ("marapi-eruption-2023", "Information in the story may be outdated or superseded"),
        ("mozambique-ferry-sinks-2024", "For the best experience, please enable JavaScript"),
        ("jimmy-buffett-death-2023", "Obit Jimmy Buffett"),  # AP's slug
        ("artemis-1-launch-2022", "Some information for this report was provided by the Associated Press."),  # VOA's credit
        ("sturgeon-resigns-2023", "Nicola Sturgeon resignation"),  # PA's, above "… (Jane Barlow/PA)"
        ("creeslough-explosion-2022", "Pic: Donegal Online Facebook page."),
        ("kongsberg-bow-attack-2021", "Police investigate after several people were killed"),  # "… (Hakon Mosvold/NTB/Reuters)"
        ("rahul-gandhi-defamation-2023", "Rahul Gandhi Says ‘I Haven’t Spoken Against India"),  # Latestly's link, a stop after it
        ("rahul-gandhi-defamation-2023", "Rahul Gandhi Found Guilty by Surat District Court"),
        ("federer-retires-2022", "Roger Federer Retires: Tributes Pour In After Swiss Icon"),
        ("kohberger-arrested-2022", "Use our Channel Finder app."),
        ("honduras-womens-prison-riot-2023", "A riot at the women's prison has left at least 41 inmates dead"),  # "Elmer Martinez - stringer, AP"
        ("berlin-panda-twins-2024", "25 C"),  # the day's temperature under the date
        ("ezricare-eye-drops-recall-2023", "Did you or a loved one use Ezricare"),  # a law firm's pitch
        ("ezricare-eye-drops-recall-2023", "Contact us for a FREE CASE EVALUATION"),
        ("rolling-fork-tornado-2023", "Even cars flew!"),  # a listed link that holds a stop: "- Even cars flew! Devastating tornado …"
        ("morales-resigns-bolivia-2019", "POST TIME: 12 November, 2019"),
        ("ohtani-interpreter-fired-2024", "At A Glance"),  # a summary box's heading
        ("boeing-calhoun-steps-down-2024", "Via AP news wire"),
        ("iraq-qaraqosh-wedding-fire-2023", "Several eyewitnesses said that the entire family died in the fire."),  # under it
        ("guinea-conde-coup-2021", "and last updated"),  # a TV site's "Posted" / "and last updated"
        ("mayfield-candle-factory-2021", "Guardian staff and agencies"),  # a byline without "By"
        ("fastly-outage-2021", "Lisa Bernhard produced this report."),  # a video report's producer credit
        ("charles-coronation-2023", "kisses the Holy Bible during his coronation"),  # a present action on a dated day
        ("sheinbaum-elected-mexico-2024", "Who is Mexico’s presidential winner Claudia Sheinbaum?"),  # a question's title under "Read more:"
        ("sarkozy-corruption-conviction-2021", "Los Angeles Times"),  # the paper's name above its headline
        ("sarkozy-corruption-conviction-2021", "Corbet writes for the Associated Press."),  # a byline's note on the writer
        ("cosby-conviction-overturned-2021", "This post deals with sexual assault and might be triggering"),  # a content warning
        ("iran-saudi-ties-restored-2023", "An Iranian protester holds a street sign"),  # someone unnamed doing something, above the lead
        ("snb-scraps-franc-cap-2015", "No comments:"),  # a blog's comment counter
        ("durov-arrested-paris-2024", "reuters_tickers"),  # a template's slug
        ("equifax-breach-2017", "conveniently in your email inbox."),  # a newsletter prompt
        ("equifax-breach-2017", "It's FREE!"),
        ("pell-convictions-quashed-2020", "The above comes from an April 6 story on Reuters website."),
        ("hanoi-alley-apartment-fire-2024", "Get real time updates directly on you device, subscribe now."),
        ("zuma-jailed-contempt-2021", "Details later"),
        ("assange-arrested-london-2019", "This article has been posted by a News Hour"),
        ("dresden-green-vault-heist-2019", "IE 11 is not supported."),  # a browser notice
        ("dresden-green-vault-heist-2019", "frameborder="),  # an embed's markup
        ("dresden-green-vault-heist-2019", "to skip to content"),
        ("kalanick-resigns-uber-2017", "This article is more than 12 months old"),
        ("kalanick-resigns-uber-2017", "See PA story INDUSTRY Uber."),  # PA's pointer under a caption
        ("armstrong-stripped-tour-titles-2012", "Lance Armstrong Lance Armstrong"),  # a picture's name and its tag, run together
        ("bosnia-unrest-2014", "Dramatic footage: Bosnia govt building on fire"),  # a video's label
        ("bosnia-unrest-2014", "ROUGH CUT (NO REPORTER NARRATION)"),  # a wire video's slug
        ("tottenham-riot-2011", "There are no comments for this entry yet."),
        ("harambe-gorilla-shot-2016", "we may receive compensation."),  # an affiliate disclosure
        ("vangogh-paintings-recovered-naples-2016", "thumbnail for post ID 6161686"),  # a teaser's image placeholder
        ("bohol-earthquake-2013", "Check back soon for further information."),
        ("bohol-earthquake-2013", "Originally published on October 15, 2013"),
        ("dylann-roof-arrested-2015", "Fast facts:"),  # a summary box's heading
        ("mubarak-resigns-2011", "capt.1fd1270c8c1043c0b27c5faa010b20f9"),  # a picture's code and its caption
        ("mubarak-resigns-2011", "via Yahoo!"),
        ("mubarak-resigns-2011", "hosni-mubarak-resigns-sharm-el-sheikh.jpgView full size"),  # an image's file name
        ("gaddafi-killed-sirte-2011", "Rating:"),  # a blog template's review line
        ("pope-benedict-resigns-2013", "Stay tuned for updates."),
        ("bayer-monsanto-deal-2016", "(Story refiles to change day of"),  # a wire's refile note
        ("pemex-tower-explosion-2013", "(Updates death toll, adds government official"),  # a wire's update note
        ("pemex-tower-explosion-2013", "Net photo."),
        ("china-yuan-devaluation-2015", "This article is for general information purposes only."),  # a broker's disclaimer
        ("china-yuan-devaluation-2015", "It is not investment advice"),
        ("china-yuan-devaluation-2015", "Opinions are the authors;"),
        ("china-yuan-devaluation-2015", "Leveraged trading is high risk"),
        ("lytton-canada-heat-record-2021", "#Open journalism No news is bad news"),  # a site's appeal for support
        ("lytton-canada-heat-record-2021", "A man cools off at a misting station"),  # a caption on its own line, printed twice
        ("samsung-union-first-strike-2024", "With additional reporting by Jake Kwon"),
        ("samsung-union-first-strike-2024", "View Article on TechSpot"),
        ("aris-13-tanker-hijack-2017", "Farah Abdi Warsameh, file photo)"),  # ABC's caption and its agency after a colon
        ("aris-13-tanker-hijack-2017", "A Somali coastguard patrol."),  # a caption closed by "(File photo)"
        ("aris-13-tanker-hijack-2017", "Oliver Whitfield-Miocic has more details."),  # a broadcaster's hand-over to its video
        ("welby-resigns-canterbury-2024", "Please refresh the page for the fullest version."),
        ("pelicot-mazan-verdict-2024", "AP Photo/Lewis Joly"),  # the credit over its caption
        ("brumadinho-dam-collapse-2019", "Search teams are continuing to hunt for the hundreds still missing"),  # bare, then behind "Image:"
        ("pakistan-grid-blackout-2023", "Shops in Karachi suffered total power outages."),  # ABC's caption before its credit
        ("pakistan-grid-blackout-2023", "( Reuters: Akhtar Soomro )"),
        ("tinubu-declared-winner-2023", "Disclaimer : Mytimesnow"),
        ("tinubu-declared-winner-2023", "The inclusion of any links does not necessarily imply"),
        ("ethiopia-gofa-landslide-2024", "Residents and volunteers dig in the mud"),  # a caption, then "AFP" on its line
        ("petropolis-mudslides-2022", "Louise Boyle explains what we know so far:"),  # a hand-over to the video
        ("alibaba-antitrust-fine-2021", "is seen at the company's headquarters in Hangzhou"),  # "is seen", dated: a caption
        ("alibaba-antitrust-fine-2021", "This election is still a dead heat"),  # the appeal's own topical line, in its block
        ("pogba-doping-ban-2024", "journalist Adekunle Dada has over 5 years of experience"),  # the writer's biography
        ("pogba-doping-ban-2024", "Photo credit: Valerio Pennicino"),
        ("yahoo-500m-breach-2016", "seen in a file photo."),
        ("saqqara-59-coffins-2020", "A picture taken on October 3, 2020 shows"),
        ("college-admissions-bribery-charges-2019", "This is an archived article"),
        ("college-admissions-bribery-charges-2019", "Please look at the time stamp on the story"),
        ("diddy-combs-arrested-2024", "On the Site:"),
        ("harvard-foreign-students-ban-2025", "This story was originally featured on Fortune.com."),
        ("baghdad-ibn-al-khatib-hospital-fire-2021", "Photo / 123RF"),  # the New Zealand Herald's credit
        ("baghdad-ibn-al-khatib-hospital-fire-2021", "The fire broke out in a hospital in Baghdad, the capital of Iraq."),  # its caption
        ("madeira-tour-bus-crash-2019", "Firemen stand next to the wreckage"),  # "firemen", a plural without an s
        ("alex-jones-sandy-hook-verdict-2022", "TPX IMAGES OF THE DAY"),
        ("alex-jones-sandy-hook-verdict-2022", "Alex Jones - Image from Travis County"),
        ("alex-jones-sandy-hook-verdict-2022", "Latest Breaking News"),
        ("khalife-recaptured-2023", "British police scoured a huge London park on Friday Sept. 8, 2023"),  # a weekday without its comma
        ("khalife-recaptured-2023", "(Yui Mok/PA via AP, File)"),
        ("flybe-collapse-2020", "Flybe has collapsed Picture: Steve Parsons/PA Wire"),  # a caption and its credit, no stop between
        ("wow-air-collapse-2019", "halted operations IMAGE: Getty"),
        ("wow-air-collapse-2019", "as seen on Action News at 6 a.m."),
        ("wow-air-collapse-2019", "This image, taken from the WOW Air website Thursday morning, shows"),
        ("fourth-global-coral-bleaching-2024", "Great Barrier Reef|@JezRoff|X"),  # a photographer's handle set off by bars
        ("fourth-global-coral-bleaching-2024", "-PR Handout Image"),
        ("fourth-global-coral-bleaching-2024", "This photo taken on Dec. 6, 2020 and released by Reef Explorer Fiji shows"),
        ("imran-khan-ousted-2022", "Here are the Highlights On Imran Khan's No-Trust Vote:"),
        ("muhyiddin-resigns-2021", "Rest of Asia"),
        ("sydney-little-bay-shark-attack-2022", "taken in Neptune Islands, South Australia, May 2014."),  # a caption's place and month
        ("pope-francis-iraq-visit-2021", "Posted on"),  # a date's label without its date
        ("indonesia-palm-oil-export-ban-2022", "(T/RE1)"),  # an agency's editor codes
        ("disney-alligator-toddler-2016", "Send a link to a friend"),
        ("disney-alligator-toddler-2016", "[© 2016 Thomson Reuters."),  # a copyright cut off in its bracket
        ("tesla-autopilot-recall-2023", "Our only agenda is the truth."),  # the site about itself
        ("tesla-autopilot-recall-2023", "Our focus is on facts"),
        ("tesla-autopilot-recall-2023", "Live on air"),
        ("shell-climate-ruling-2021", "The latest and trending news from around the world."),  # a site's tagline
        ("bougainville-independence-referendum-2019", "Image copyright Jeremy MILLER"),  # the BBC's picture credit and caption
        ("montenegro-milatovic-wins-presidency-2023", "Thomson Reuters Trust Principles"),  # copied with a Reuters text
        ("montenegro-milatovic-wins-presidency-2023", "We remain committed to bringing our readers"),
        ("will-smith-oscars-slap-2022", "Warning: Violence, offensive language in the clip:"),  # a warning over a video
        ("fremantle-highway-fire-2023", "Other news"),  # the heading over a scraper's teasers
        ("british-airways-it-outage-2017", "Please visit the original post to view it."),  # an embed the scraper dropped
        ("faa-notam-outage-2023", "Original post:"),
        ("jannik-sinner-cleared-doping-2024", "Available on  gplay"),
        ("danske-bank-ceo-resigns-2018", "You're reading: Associated Press"),  # a teaser's label
        ("danske-bank-ceo-resigns-2018", "Previously: WSJ: Danske Bank in money laundering probe"),  # links to earlier briefs
        ("ovidio-guzman-captured-2023", "Here is everything you need to know."),
        ("hamburg-jehovahs-witness-shooting-2023", "Open in App"),
        ("kara-murza-sentenced-2023", "Categorized in:"),
        ("magufuli-death-2021", "Story Code : 922209"),
        ("peru-oil-spill-emergency-2022", "YOU CAN SEE: Pedro Castillo will sign"),  # a teaser's label, translated
        ("puska-ashling-murphy-verdict-2023", "Read our privacy notice."),
        ("puska-ashling-murphy-verdict-2023", "(File pic:"),
        ("zaporizhzhia-nuclear-plant-fire-2022", "Image description"),
        ("vanuatu-port-vila-earthquake-2024", "![A 7.3 magnitude earthquake strikes"),  # a picture left in Markdown
        ("vanuatu-port-vila-earthquake-2024", "Feeling out of the loop?"),  # a newsletter's plug
        ("volkswagen-german-plant-closures-2024", "1. Skip to content"),
        ("taylor-hawkins-death-2022", "You can see the band's post below."),  # an embed's pointer
        ("daniel-andrews-resigns-2023", "Andrews is nothing but a common criminal"),  # a reader's comment, scored under it
        ("daniel-andrews-resigns-2023", "Always someone else's fault."),
        ("beresheet-moon-crash-2019", "KXIP vs KKR Live Score"),  # a sports feed's link
        ("long-march-5b-wentian-reentry-2022", "Reuters writes about it."),
        ("long-march-5b-wentian-reentry-2022", "NASA shares new plan to return Mars rock samples"),  # a teaser under "Similar News:", its "Read more »" below
        ("long-march-5b-wentian-reentry-2022", "Latest technology and telecom news"),
        ("long-march-5b-wentian-reentry-2022", "United States Latest News, United States Headlines"),
        ("tonali-betting-ban-2023", "Adds context"),  # Reuters' update note
        ("china-joint-sword-drills-2023", "2022 09 01t084458z 1 lynxmpei801g9"),  # a Reuters picture's file name
        ("north-korea-hokkaido-missile-alert-2023", "Minister (2k+ posts)"),  # a forum poster's rank
        ("bulgaria-bosnek-bus-fire-2021", "Take a fresh look at your lifestyle."),  # a news theme's default tagline
        ("congo-coup-attempt-2024", "Take a fresh look at your lifestyle."),
        ("taiwan-nanfangao-bridge-collapse-2019", "(Graphic: Taiwan bridge collapse, here)"),
        ("mina-hajj-stampede-2015", "Notice: you are using an outdated browser."),
        ("mina-hajj-stampede-2015", "Microsoft does not recommend using IE"),
        ("mina-hajj-stampede-2015", "| 5.1°C Dublin"),  # a weather widget
        ("tyre-nichols-video-2023", "| 8.1°C Dublin"),
        ("kiri-allan-resigns-2023", "This story first appeared on RNZ and is republished with permission"),
        ("kiri-allan-resigns-2023", "– ‘Inexcusable’ –"),  # AFP's crosshead between dashes
        ("copenhagen-fields-mall-shooting-2022", "1 of 13"),  # a gallery's counter
        ("russia-sputnik-v-registered-2020", "daughter given itRead More"),  # a teaser, its link glued on
        ("russia-sputnik-v-registered-2020", "Based on reporting by Reuters, AFP, AP, dpa, and Interfax"),
        ("united-328-engine-failure-denver-2021", "US & World"),
        ("ray-liotta-death-2022", "IN THE NEWS"),
        ("ray-liotta-death-2022", "Text size:"),
        ("haiti-prison-jailbreak-2024", "Your briefing on the latest headlines from across the US"),
        ("ayodhya-verdict-2019", "Explore where you live."),
        ("barnsdall-tornado-2024", "central US | News, sports, jobs"),  # a page title's site suffix
        ("wynnewood-derailment-2020", "The reCAPTCHA verification period has expired."),
        ("leverkusen-chempark-explosion-2021", "Extra reporting from Reuters."),
        ("sarmat-icbm-first-test-2022", "Something went wrong."),
        ("brazil-tocantins-bridge-collapse-2024", "Current System Time:"),
        ("brazil-tocantins-bridge-collapse-2024", "Forum Main>>General Talk>>News>>"),
        ("brazil-tocantins-bridge-collapse-2024", "Mr.Love ™User is offline now"),
        ("brazil-tocantins-bridge-collapse-2024", "Rank : Helper"),
        ("tiger-brands-listeria-shares-2018", "Font size: Decrease font Enlarge font"),
        ("klimaseniorinnen-echr-ruling-2024", "Hello and welcome to the details of Top Europe court"),
        ("qantas-qf32-engine-failure-2010", "The content you requested does not exist or is not available anymore."),
        ("drents-museum-helmet-heist-2025", "May Be Interested In:Edward Norton"),
        ("kallakurichi-hooch-deaths-2024", "Your web browser is no longer supported."),
        ("att-73-million-data-leak-2024", "This browser does not support the Video element."),  # the video player's fallback text
        ("congo-bikoro-ebola-outbreak-2018", "Watch video 05:47"),  # a video's link with its length and title
        ("albania-durres-earthquake-2019", "The Latest on a strong earthquake in Albania (all times local):"),  # AP's running file's heading
        ("little-rock-cteh-plane-crash-2023", "Contributing: Associated Press."),  # USA TODAY's credit for the wire
        ("little-rock-cteh-plane-crash-2023", "Natalie Neysa Alund covers trending news for USA TODAY."),  # its reporter's bio
        ("vaughan-condo-shooting-2022", "Phil Boucher is an editor at PEOPLE"),  # a writer's bio
        ("comey-fired-fbi-2017", "1. Alex says:"),  # a numbered reader comment's author
        ("ant-group-ipo-suspended-2020", "Christopher Zara is a senior staff news editor for Fast Company"),
        ("little-rock-cteh-plane-crash-2023", "Reach her at nalund@usatoday.com"),
        ("little-rock-cteh-plane-crash-2023", "An 85-year-old woman was killed in an alligator attack in Florida."),  # a "Most Read" story's summary under AP's rights line
        ("little-rock-cteh-plane-crash-2023", "Officials say no buildings have been hit yet."),
        ("laos-hostel-staff-detained-2024", "Hi, what are you looking for?"),
        ("kankara-school-abduction-2020", "var loaded = false; var loadFB = function()"),
        ("optus-nationwide-outage-2023", "20231108 optus"),
        ("colombia-sutatausa-mine-explosion-2023", "Site icon California18"),
        ("denmark-suspends-astrazeneca-2021", "%d bloggers like this:"),
        ("escondida-strike-vote-2021", "Send to"),
        ("prabowo-claims-victory-indonesia-2024", "AIRLINK 58.18 Increased By"),
        ("verkhoyansk-38c-arctic-record-2020", "The Associated Press is an independent, not-for-profit news cooperative"),
        ("verkhoyansk-38c-arctic-record-2020", "xml:space=\"preserve\">"),
        ("ohtani-joins-dodgers-2023", "Enlarge image"),
        ("turkey-blocks-wikipedia-2017", "SHARE Share on Facebook SHARE Share on Twitter TWEET Link"),
        ("turkey-blocks-wikipedia-2017", "Filed Under: Articles Tagged With"),
        ("venezuela-blocks-x-2024", "Denial of responsibility!"),
        ("venezuela-blocks-x-2024", "NewsConcerns is an automatic aggregator"),
        ("venezuela-blocks-x-2024", "All trademarks belong to their rightful owners"),
        ("venezuela-blocks-x-2024", "The content will be deleted within 24 hours."),
        ("marius-giraffe-copenhagen-zoo-2014", "64 comments to"),
        ("marius-giraffe-copenhagen-zoo-2014", "Lady_Says says – reply to this"),
        ("india-cci-google-android-fine-2022", "AGL 6.10 No Change"),
        ("rusesabagina-sentence-commuted-2023", "Spread This News"),
        ("wada-bans-russia-four-years-2019", "banner9"),
        ("dragon-man-homo-longi-2021", "Spread the love"),  # a WordPress share widget's label
        ("conception-dive-boat-fire-2019", "breaking: OSU football: Kyle Junior"),  # a ticker's lower-case label
        ("vandecasteele-assadi-swap-2023", "This article contains content provided by Twitter."),  # an embed's consent notice
        ("vandecasteele-assadi-swap-2023", "We ask for your permission before upload"),
        ("trump-kim-hanoi-summit-collapse-2019", "This just in"),
        ("us-taliban-doha-deal-2020", "Check again for updates"),  # a spinner's "Check back for updates"
        ("mangione-questioned-altoona-2024", "– tom winter NBC News’ Jonathan Dienst and WNBC’s Jonathan Dienst contributed to this report"),  # a long list of contributors
        ("santos-federal-charges-2023", "Associated Press writers Michael R. Sisak in New York and Lindsay Whitehurst"),  # two writers, each with a middle initial or a city
        ("navalny-poisoning-2020", "Anna Chernova reported from Moscow and Mary Ilyushina from Minsk, Belarus."),  # CNN's reporters and where they reported from
        ("israel-supreme-court-strikes-reasonableness-law-2024", "This report was made possible by the Associated Press."),  # a rewording's credit to its source
        ("insmed-arikayce-fda-approval-2018", "Reuters source:"),  # a reprint's label over its source's address
        ("insmed-arikayce-fda-approval-2018", "https://www.reuters.com/article/us-insmed-fda/"),  # the address, no item of a list the label announced
        ("tobago-oil-spill-emergency-2024", "Jannah Theme License is not validated, Go to the theme options page to validate the license, You need a single license for each domain name."),  # a WordPress theme's notice
        ("nepal-jajarkot-earthquake-2023", "(MENAFN- Colombo Gazette)"),  # a syndicator's credit on a line of its own
        ("nepal-jajarkot-earthquake-2023", "Uncertainty Surrounding Casualties:"),  # an AI rewrite's title-cased subheads, each ending in a colon
        ("nepal-jajarkot-earthquake-2023", "Impact on Jajarkot and Rukum West Districts:"),
        ("uganda-ebola-sudan-strain-2022", "/* Add your own Mailchimp form style overrides"),  # a newsletter form's embedded code, its comments and script
        ("uganda-ebola-sudan-strain-2022", "We recommend moving this block and the preceding CSS link"),
        ("uganda-ebola-sudan-strain-2022", "{window.fnames = new Array();"),
        ("juan-carlos-abdicates-2014", "Post new comment"),  # a comment form's label
        ("juan-carlos-abdicates-2014", "Click to follow"),  # a follow button's label
        ("buffalo-tops-shooting-suspect-2022", "enablePagination: false"),  # a script's settings, leaked into the page
        ("buffalo-tops-shooting-suspect-2022", "maxItemsPerPage: 10"),
        ("long-march-5b-maldives-reentry-2021", "Posted by in categories: alien life, engineering"),  # a blog's post line, its author empty
        ("asahara-executed-2018", "All market data delayed 20 minutes."),  # a financial page's data note
        ("didi-data-security-fine-2022", "3. Skip to more DW sites"),
        ("didi-data-security-fine-2022", "Scroll to top"),
        ("gansu-jishishan-earthquake-2023", "Your location:SYDNEY"),  # an edition picker
        ("didi-data-security-fine-2022", "($1 = 6.7588 Chinese yuan renminbi)"),  # Reuters's rate of exchange
        ("japan-yen-buying-intervention-2022", "E-paper"),  # a link to the paper's page images
        ("juan-orlando-hernandez-convicted-2024", "Arrow-right Camera"),  # icon names left as text
        ("sudan-bashir-ousted-2019", "Powered by Blogger."),  # a blog platform's footer
        ("boeing-17000-job-cuts-2024", "X You have read {{data.cm.views}} out of {{data.cm.maxViews}} free articles."),  # a template's unfilled fields
        ("bulgaria-petkov-government-toppled-2022", "No stories found."),  # an empty widget
        ("who-monkeypox-global-emergency-2022", "In this article:"),  # Yahoo's label over its tickers
        ("fakhrizadeh-assassinated-2020", "Read | Trump sought options"),  # a teaser's label
        ("battagram-chairlift-rescue-2023", "This article is sourced from and written by AI."),  # a rewriting site's notice
        ("battagram-chairlift-rescue-2023", "Track and stay informed about AI-generated news:"),
        ("ipcc-code-red-report-2021", "ninth secretary-general of the United Nations."),  # a sidebar's extract of another page, labelled (wikipedia)
        ("anc-loses-outright-majority-2024", "Infuriatingly humble beer lover."),  # a made-up biography, its stubs up to four words long
        ("kunsthal-rotterdam-art-heist-2012", "View Slideshow Request to buy this photo"),  # a photo's sales prompt under a slideshow link
        ("opill-otc-approval-2023", "Source- Hindustan Times."),  # a source line with a hyphen for its colon
        ("kwara-wedding-boat-capsize-2023", "You are on the right page for more information"),  # an SEO page's filler
        ("kwara-wedding-boat-capsize-2023", "Now many people are searching for this news"),  # the same page's filler
        ("salesforce-10-percent-layoffs-2023", "Read extra:"),  # a spinner's "Read more:"
        ("spotify-17-percent-layoffs-2023", "The Shopping Trends team is independent"),  # a shopping box's disclaimer
        ("freetown-regent-mudslide-2017", "This advertisement has not loaded yet"),  # Postmedia's advert placeholder
        ("moderna-vaccine-94-percent-2020", "ABOVE VIDEO: Moderna CEO"),  # a video's caption under its label
        ("zurich-zoo-tiger-kills-keeper-2020", "Powered by automated translation"),  # a translation widget's credit
        ("tatis-80-game-suspension-2022", "You might also be interested in"),  # a teaser list's heading
        ("romaine-ecoli-do-not-eat-warning-2018", "CLOSE Thanksgiving day meals"),  # a video player's close button glued to its caption
        ("griner-sentenced-nine-years-2022", "c994d02922b4f232d0dcff70499775a7084fa52a"),  # a file's hash before the headline, printed again below
        ("kansas-city-9ine-ultra-lounge-shooting-2020", "BREAKING NEWS Chiefs win AFC championship"),  # a broadcaster's ticker
        ("kansas-city-9ine-ultra-lounge-shooting-2020", "CLOSINGS: View Closings"),
        ('canada-wildfire-smoke-us-east-coast-2023', 'by -213 Views'),  # a byline template left empty before its view counter
        ('emilia-romagna-floods-imola-2023', 'DAX 1.23% 16051.23'),  # a market ticker over the story
        ('emilia-romagna-floods-imola-2023', 'EUR/USD -0.5% 1.0711 $'),
        ("guizhou-zhenfeng-coal-mine-collapse-2022", "View image in full screen"),  # a picture's link between a caption's two copies
        ("kumagaya-41-1c-japan-record-2018", "For full version go to"),  # Kazinform's link to the whole story
        ("kumagaya-41-1c-japan-record-2018", "Tokyo, Japan:"),  # a dateline alone behind a colon
        ("xinmo-maoxian-landslide-2017", "Adjust Comment Print"),  # a story's toolbar
        ("peregrine-lander-fuel-leak-2024", "TL;DR Summary"),  # a summary box's heading
        ("asinga-sprinter-doping-suspension-2023", "Open Full Embed in New Tab"),
        ("george-hw-bush-death-2018", "facebook-pixel"),  # a tracking pixel's name
        ("glastonbury-cancelled-second-year-2021", "Click to Skip Ad"),  # a video advert's button
        ("rohingya-inani-boat-capsize-2017", "Grab this Headline Animator"),  # a feed's badge
        ("hasina-wins-fifth-term-2024", "Continue reading on:"),  # a link to the rest of the story, its address dropped
        ("tshisekedi-declared-winner-congo-2019", "Photo credits:"),  # a credits label whose credits the page dropped
        ("robbie-coltrane-death-2022", "Watch more of our videos on Shots!"),  # a regional site's video channel, under its player
        ("oaxaca-migrant-bus-crash-2023", "076/10/2022, MCI (P) 077/10/2022."),  # a Singapore paper's print permit, cut at its "(P)"
        ("scotus-bump-stock-ban-struck-2024", "Card image cap"),  # a page template's default alternative text
        ("tori-bowie-death-2023", "(With PIT inputs)"),  # an Indian paper's credit to PTI, mistyped
        ("tori-bowie-death-2023", "Welcome to California18, your number one source for Breaking News"),  # a site template's "About us"
        ("tori-bowie-death-2023", "dedicated to giving you the very best of News."),
        ("textron-725-job-cuts-2023", "Reuters, the news and media division of Thomson Reuters"),  # Reuters' note on itself, under Nasdaq's copy
        ("textron-725-job-cuts-2023", "Reuters provides trusted business, financial, national"),
        ("textron-725-job-cuts-2023", "Market Pulse Stories are Rapid-fire"),  # MarketWatch's note under its short items
        ("textron-725-job-cuts-2023", "Visit MarketWatch.com for more information on this news."),
        ("textron-725-job-cuts-2023", "The Boston Globe Skip to main content"),  # the page's title run into its skip link
        ("royal-mail-cyber-incident-2023", "The Guardian - Back to home"),  # the masthead's link
        ("nc-lottery-winner-life-sentence-2022", "Trade confidently with insights and alerts"),  # Benzinga's pitch
        ("us-midwest-drought-farmers-2022", "Business > Foreign Business"),  # a section path
        ("oaxaca-migrant-bus-crash-2023", "No. 202120748H."),  # and its company number
        ("icheon-warehouse-construction-fire-2020", "(ATTN: UPDATES more details in 2nd para)"),  # Yonhap's note to editors, above the lead
        ("icheon-warehouse-construction-fire-2020", "(4th LD)"),  # and its mark of the story's fourth lead
        ("diamer-landslide-2025", "Earth News from TerraDaily.com"),  # a site's tagline with its address
        ("pikelot-help-sign-castaways-rescued-2024", "Coastal Angler & The Angler Magazine is your leading source"),  # a site's description of itself
    ],
)
def test_chrome_on_real_pages_is_set_apart(event: str, line: str) -> None:
    assert unit_containing(compared_event(event), line).boilerplate


def test_a_close_button_s_letter_alone_is_chrome() -> None:
    """10tv's page keeps the "x" of a dialog's close button on a line of its own."""
    lone = [u for u in compared_event("parasite-best-picture-oscar-2020").units["10tv"] if u.text.strip() == "x"]
    assert lone and all(u.boilerplate for u in lone)

