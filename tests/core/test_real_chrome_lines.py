"""Site chrome on real pages, line by line: each case names a line of a stored page (``bench/corpus``, kept out
of the installed package) that a reader can find in its file, and the form of chrome it stands for.

Captions and picture credits are in ``test_real_caption_lines.py``; chrome that needs a whole page to judge
(tweets, other sites' teasers, a page of headlines) and the short reporting that must be kept are in
``test_real_pages.py``.
"""

from __future__ import annotations

import pytest

from tests.conftest import compared_event, unit_containing


@pytest.mark.parametrize(
    ("event", "line"),
    [
        ("mexico-earthquake-2022", "(More Mexico stories.)"),  # a link to the section
        ("mexico-earthquake-2022", "This story has been updated with new developments"),  # update note
        ("mexico-earthquake-2022", "Also Read - Mexico Earthquake Death Toll Rises"),  # another story's teaser
        ("mexico-earthquake-2022", "Entornointeligente.com /"),  # a bare site-name line
        ("finland-joins-nato-eve-2023", "Reporting by Sudip Kar Gupta"),  # wire credits
        ("finland-joins-nato-eve-2023", "Our Standards"),
        ("finland-joins-nato-eve-2023", "© AFP 2023"),  # behind a list marker
        ("openai-altman-ousted-2023", "By MATT O’BRIEN"),  # byline with a curly apostrophe
        ("openai-altman-ousted-2023", "AP Technology Writer"),
        ("openai-altman-ousted-2023", "Published November 17, 2023 at 4:13 PM EST"),
        ("openai-altman-ousted-2023", "(John Walton/PA)"),
        ("openai-altman-ousted-2023", "on our Telegram Channel"),  # a follow prompt
        ("iran-raisi-helicopter-hard-landing-2024", "This is a developing story and will be updated."),  # update note
        ("iran-raisi-helicopter-hard-landing-2024", "By Lokmat English Desk | Published:"),  # a desk byline and its timestamps
        ("iran-raisi-helicopter-hard-landing-2024", "Read on for more information."),  # a prompt inside the lead's paragraph
        ("iran-raisi-helicopter-hard-landing-2024", "USA — mix Helicopter carrying"),  # a section link after the page's navigation
        ("baltimore-bridge-collapse-2024", "Previous ArticleNext Article"),  # a blog's navigation
        ("navalny-death-2024", "By EMMA BURROWS and DASHA LITVINOVA Associated Press"),  # a byline of two
        ("notre-dame-fire-2019", "Roommate just sent this"),  # an embedded tweet
        ("turkey-syria-earthquake-2023", "With News Wire Services"),
        ("morocco-earthquake-2023", "More to Read"),
        ("morocco-earthquake-2023", "This article was added by the user"),  # an aggregator's disclaimer
        ("morocco-earthquake-2023", "is not responsible for the content of the platform"),
        ("noto-earthquake-2024", "Masha Midhath   01 January 2024"),  # a byline with its date and time
        ("kakhovka-dam-2023", "Recent footage of the Nova Kakhovka dam."),  # a tweet's text, its attribution on the next line
        ("kakhovka-dam-2023", "The Kakhovka HPP was blown up by the russian terrorist."),  # a tweet's text, on its attribution's line
        ("kakhovka-dam-2023", "06:15 AM"),  # a live page's timestamp
        ("turkey-syria-earthquake-2023", "Reuters, AP"),  # a credit naming two agencies
        ("turkey-syria-earthquake-2023", "[time-brightcove"),  # an embed's shortcode
        ("turkey-syria-earthquake-2023", "THIS IS A BREAKING NEWS UPDATE."),
        ("turkey-syria-earthquake-2023", "earlier story follows below"),
        ("queen-elizabeth-death-2022", "LONDON (AP)"),  # a dateline the sentence splitter cut off its lead
        ("pope-benedict-death-2022", "the beatification ceremony of Pope Paul VI. (Source: Associated Press)"),
        ("svb-collapse-2023", "[ad_1]"),  # an advert slot's marker
        ("svb-collapse-2023", "Picks for you"),
        ("titan-submersible-2023", "Read Related Also: Biden"),
        ("taiwan-earthquake-2024", "3,269 Views"),  # a view counter with a thousands separator
        ("taiwan-earthquake-2024", "Get daily National news"),  # a newsletter prompt
        ("dart-asteroid-impact-2022", "Please enter your comment!"),  # a comment form
        ("dart-asteroid-impact-2022", "Video of the wild moment can be seen below:"),  # an embed's prompt
        ("dart-asteroid-impact-2022", "NASA POSTPONES DECISION ON ROLLING ARTEMIS I"),  # a shouted teaser after the lead
        ("greece-train-collision-2023", "stream for free on 7plus >>"),  # a link's arrow
        ("hasina-palace-stormed-2024", "appeared first on Newswire."),  # a feed's footer
        ("hasina-palace-stormed-2024", "We appreciate your feedback."),  # a feedback widget
        ("hasina-palace-stormed-2024", "Your search keywords:"),
        ("imran-khan-arrest-2023", "By AP Published: Tue 9 May 2023"),  # a byline, both timestamps after it
        ("maui-wildfire-toll-93-2023", "2023-08-13 06:48:02"),  # a timestamp with seconds
        ("starship-first-flight-2023", "Get browser notifications for breaking news"),  # an app banner
        ("starship-first-flight-2023", "Quick links:"),
        ("prince-philip-death-2021", "Michael Holden, William James and Andy Bruce"),  # a byline without its "By"
        ("fico-shot-2024", "Slovakia's Government Approves Controversial Overhaul"),  # a link closing the lead's paragraph
        ("fico-shot-2024", "This is an unedited and auto-generated story"),
        ("fico-shot-2024", "Our journalists are working on this story"),
        ("south-korea-martial-law-2024", '""'),  # nothing but marks
        ("damar-hamlin-collapse-2023", "This material may not be published, broadcast"),  # the wire's copyright notice
        ("damar-hamlin-collapse-2023", "stories to your inbox."),  # a newsletter prompt
        ("damar-hamlin-collapse-2023", "was originally published on mycolumbusmagic.com"),
        ("damar-hamlin-collapse-2023", "Posted By Persist"),  # a byline glued after the last sentence
        ("shane-warne-death-2022", "Edited by- Subbuthai P"),
        ("sri-lanka-palace-stormed-2022", "springfield-news-sun logo"),
        ("trump-indicted-2023", "Create your free account or log in"),
        ("trump-indicted-2023", "for more features."),  # the same prompt, broken over two lines
        ("gabon-coup-2023", "111 SHARES Share Tweet Email"),  # a share bar with a sign-up form's style sheet
        ("gabon-coup-2023", "follow our Google News channel"),
        ("gabon-coup-2023", "Post a Comment"),
        ("hurricane-ian-landfall-2022", "The storm is expected to bring a potentially life-threatening"),  # ... and the rest of it
        ("hurricane-ian-landfall-2022", "(Carline Jean /South Florida Sun-Sentinel)"),
        ("hurricane-ian-landfall-2022", "September 29, 2022 01:13 IST"),
        ("hurricane-ian-landfall-2022", "Newslooks- (AP)"),
        ("moscow-concert-hall-attack-2024", "More Posts for Show: Jubilee Breakfast"),
        ("ethiopian-airlines-crash-2019", "Modified March 10, 2019 at 3:43am"),
        ("ethiopian-airlines-crash-2019", "Updated at 10:35 a.m."),
        ("ginsburg-death-2020", "Faizan Hashmi 1 minute ago"),  # a byline with its age
        ("berlusconi-death-2023", "Follow Novinite.com on Twitter and Facebook"),
        ("berlusconi-death-2023", "Write to us at editors@novinite.com"),
        ("berlusconi-death-2023", "Novinite.bg"),  # a link to the site's other language, ending on its address
        ("berlusconi-death-2023", "alessio85, Wikimedia Commons ,CC-BY-2.0"),
        ("berlusconi-death-2023", "Agencies and A News EUROPE"),
        ("facebook-outage-2021", "Check back later for further updates."),
        ("facebook-outage-2021", "#WhatsApp #facebookdown pic.twitter.com/rnX63WMg4a"),  # an embedded tweet's text
        ("kiptum-marathon-record-2023", "WORLD RECORD"),  # a tweet embedded as raw markup
        ("kiptum-marathon-record-2023", "More details on SportsDesk."),
        ("kiptum-marathon-record-2023", "A newsletter delivered each Friday."),
        ("myanmar-coup-2021", "HAVE YOU READ?:  U.S. airlines bow to China"),  # a teaser between paragraphs
        ("baltimore-bridge-collapse-2024", "Mike & Lisa (@mikelisa800) March 26, 2024"),  # an embedded tweet's attribution
        ("baltimore-bridge-collapse-2024", "The Associated Press contributed to this story."),
        ("shane-warne-death-2022", "Stellar career"),  # a section heading
        ("alaska-door-plug-2024", "Marc Walker reports contributed."),
        ("kissinger-death-2023", "Be the first to comment!"),  # a comment form
        ("kissinger-death-2023", "The comment must be no longer than 400 characters"),
        ("libya-derna-floods-2023", "Sorry we are not currently accepting comments"),
        ("odisha-train-crash-2023", "By Euronews with AP"),
        ("odisha-train-crash-2023", "Additional reporting by The Associated Press."),
        ("pope-benedict-death-2022", "Text by: NEWS WIRES"),
        ("hurricane-otis-acapulco-2023", "[Source: Reuters]"),
        ("hurricane-otis-acapulco-2023", "This independent news site is supported by subscribers."),
        ("putin-wagner-rebellion-2023", "World NewsPublished: Last Updated:"),
        ("matthew-perry-death-2023", "Expand / Collapse search"),
        ("matthew-perry-death-2023", "Cloudy icon"),  # a weather widget
        ("matthew-perry-death-2023", "Chris Gothner joined the Local 10 News team"),  # the author's note
        ("nepal-yeti-crash-2023", "Story contains disturbing visuals"),
        ("nepal-yeti-crash-2023", "It will be updated with more details soon."),
        ("nepal-yeti-crash-2023", "Hold tight - we’re checking permissions"),
        ("tina-turner-death-2023", "By HILLEL ITALY (national AP writer)"),  # a byline with its desk
        ("tina-turner-death-2023", "25 May 2023 14:15 (UTC+04:00)"),
        ("slim-moon-landing-2024", "January 19, 2024 11:58AM CST"),
        ("slim-moon-landing-2024", "Get exclusive content with Gulf News WhatsApp channel"),
        ("boris-johnson-resigns-2022", "7 July 2022, 12:31 | Updated: 7 July 2022, 14:40"),
        ("iceland-grindavik-eruption-2023", "Home > News > World News > Article >"),  # a breadcrumb
        ("sbf-arrested-bahamas-2022", "This is story is developing."),
        ("surfside-condo-collapse-2021", "this service is currently unavailable"),
        ("surfside-condo-collapse-2021", "For the full story, go to miamiherald.com."),
        ("surfside-condo-collapse-2021", "JUST IN: Video of the building collapse"),  # a tweet, its attribution dated first below it
        ("surfside-condo-collapse-2021", "This was published 7 months ago"),
        ("brasilia-riots-2023", "Listen to our latest podcasts"),
        ("brasilia-riots-2023", "Twitter/screen grab"),
        ("brasilia-riots-2023", "with AFP."),
        ("beirut-port-explosion-2020", "Read our editorial standards."),
        ("beirut-port-explosion-2020", "Twitter/various"),
        ("beirut-port-explosion-2020", "By Alao Abiodun with agency report"),
        ("beirut-port-explosion-2020", "WARNING: These videos are graphic."),
        ("blue-origin-bezos-flight-2021", "1 of 34 Attribution: AP"),
        ("blue-origin-bezos-flight-2021", "Jeff Bezos stories.)"),  # the end of a link broken over two lines
        ("astroworld-crush-2021", "QB Tua Tagovailoa remains runner-up"),  # a link to another story, off-topic, ending no sentence
        ("astroworld-crush-2021", "Former Houston Texan Mark Ingram talks about the franchise"),  # and the teaser after it
        ("taiwan-earthquake-2024", "Biggest in Taiwan since 1999"),
        ("gorbachev-death-2022", "Please check back for updates."),  # the second sentence of an update note
        ("pele-death-2022", "in 2016 © Miguel Schincariol / AFP/File"),
        ("morbi-bridge-collapse-2022", "First Published: Sun, October 30 2022."),
        ("morbi-bridge-collapse-2022", "ABOUT THE AUTHOR Aniruddha Dhar"),
        ("morbi-bridge-collapse-2022", "immediate treatment of injured pic.twitter.com/VO8cvJk9TI"),  # a tweet (in one copy its attribution dropped)
        ("baltimore-bridge-collapse-2024", "at least seven people in the water. pic.twitter.com/fJ5WzunizV"),  # a tweet ending on its own link
        ("crimean-bridge-explosion-2022", "ADAM SCHRECK and VASILISA STEPANENKO, Associated Press"),  # a byline without its "By"
        ("crimean-bridge-explosion-2022", "Schreck reported from kyiv."),
        ("crimean-bridge-explosion-2022", "Francisco Seco contributed to this report from Kharkiv."),
        ("crimean-bridge-explosion-2022", "Explosion on the #Kerch bridge"),  # a tweet closing on its link and date
        ("crimean-bridge-explosion-2022", "Fuel tank ablaze at bridge in Crimea"),  # another story cut short, "... World News"
        ("itaewon-crush-2022", "Breaking News email {{ #verifyErrors }}"),  # a newsletter form's template
        ("kabul-taliban-enter-2021", "This story has been sourced from a third party syndicated feed"),  # a reprint's disclaimer
        ("kabul-taliban-enter-2021", "Mid-day accepts no responsibility or liability"),
        ("kabul-taliban-enter-2021", "reserves the sole right to alter, delete or remove"),
        ("kabul-taliban-enter-2021", "AP Kabul 1 min read Last Updated"),
        ("kabul-taliban-enter-2021", "Follow our live blog for all the latest developments."),
        ("lewiston-shootings-2023", "(*16*)"),  # a spinner's template left unfilled
        ("lewiston-shootings-2023", "Please select this link to read the complete article from ABC News."),
        ("lewiston-shootings-2023", "The latest:"),  # a label over a list
        ("tonga-eruption-2022", "See also  West Ham lose ground"),  # another story's teaser
        ("bondi-junction-stabbing-2024", "HomeLatest NewsSydney mall knife attacker"),  # a breadcrumb glued to the headline
        ("bondi-junction-stabbing-2024", "Kirsty Needham and Jill Gralow Reporting"),
        ("kramatorsk-station-strike-2022", "Article content"),
        ("moskva-cruiser-sinks-2022", "Steph Deschamps / April 15, 2022"),
        ("niger-coup-2023", "1 hour ago"),
        ("niger-coup-2023", "Breaking news"),
        ("bob-saget-death-2022", "fb-pixel Skip to main content"),
        ("olivia-newton-john-death-2022", "Obit - Olivia Newton John"),  # an agency's slug
        ("sudan-fighting-2023", "1 year ago 53"),
        ("pelosi-husband-attack-2022", "More to come on this breaking news story"),
        ("sudan-rsf-palace-2023", "This is an entry from: Sudan turmoil live"),
        ("sudan-rsf-palace-2023", "Apr 15, 2023 / 04:03 PM IST"),
        ("sudan-rsf-palace-2023", "Watch (2min 51s):"),
        ("hong-kong-tai-po-fire-2025", "Kathryn Armstrong,London"),  # a byline, name and place glued
        ("hong-kong-tai-po-fire-2025", "Phoebe Kong and Koey Lee,BBC China, Hong Kong,"),
        ("lisa-marie-presley-death-2023", "GET LIVE MARKET QUOTES & NEWS"),
        ("new-orleans-truck-attack-2025", "to start your day with NBC 6's News Headlines newsletter."),
        ("new-orleans-truck-attack-2025", "> SIGN UP SIGN UP"),
        ("virgil-abloh-death-2021", "View this post on Instagram A post shared by @virgilabloh"),
        ("virgil-abloh-death-2021", "+ ↺ − 16 px"),  # a text-size widget
        ("tyre-nichols-video-2023", "WARNING: The video above contains graphic material"),
        ("tyre-nichols-video-2023", "WARNING: This story contains descriptions of a man being beaten."),
        ("tyre-nichols-video-2023", "The videos may be hard for some to watch"),
        ("tyre-nichols-video-2023", "Video 4: Footage released in death of Tyre Nichols"),
        ("tyre-nichols-video-2023", "Full article here."),
        ("dubai-floods-2024", "ARTICLE AD BOX"),
        ("liam-payne-death-2024", "By ISABEL DEBRE and KAITLYN HUAMANI – Associated Press"),
        ("liam-payne-death-2024", "Like this?"),
        ("liam-payne-death-2024", "Thanks for liking this story!"),
        ("tiger-woods-crash-2021", "February 23, 2021 Category: Sports"),
        ("thailand-nursery-attack-2022", "October 6, 2022 at 19:00 JST"),
        ("thailand-nursery-attack-2022", "For help, call Lifeline on 13 11 14"),  # a helpline notice under the story
        ("djokovic-us-open-24th-2023", "New York, September 11"),  # a dateline alone on its line, no year
        ("djokovic-us-open-24th-2023", "(Much more here for tennis enthusiasts.)"),
        ("djokovic-us-open-24th-2023", "a 36-year-old from … Read moreNovak"),  # an excerpt cut short before its link
        ("romania-election-annulled-2024", "Your browser doesn’t support HTML5"),
        ("romania-election-annulled-2024", "Please refresh for updates."),
        ("kenya-parliament-stormed-2024", "Home*Cover Story*International"),
        ("bangladesh-ferry-fire-2021", "lightning hits group on way to wedding party"),  # a link between two links, on topic
        ("who-covid-emergency-over-2023", "Trump says he will meet with Venezuela's Machado next week"),  # the last of a list of links
        ("china-eastern-crash-2022", "All Trending Travel Music Sports Fashion"),  # a site's sections run into one line
        ("china-eastern-crash-2022", "Here are 10 key points to note about the tragic crash:"),
        ("haniyeh-killed-tehran-2024", "This content was published on"),
        ("mccarthy-ousted-speaker-2023", "World·Breaking"),
        ("mccarthy-ousted-speaker-2023", "NBC News is providing a Special Report"),
        ("myanmar-coup-2021", "Twitter Facebook Reddit Pinterest Email"),
        ("bob-saget-death-2022", "Placeholder while article actions load"),
        ("colonial-pipeline-ransomware-2021", "09 May 2021, 04:05 GMT+10"),
        ("colonial-pipeline-ransomware-2021", "Bryan Wood reports."),  # a video's reporter
        ("eddie-van-halen-death-2020", "Associated Press by Associated Press"),
        ("eddie-van-halen-death-2020", "Scroll down to read some heartfelt tributes"),
        ("annecy-park-stabbing-2023", "Warning: Some details in this article may be upsetting to readers."),
        ("annecy-park-stabbing-2023", "Discretion is advised."),
        ("annecy-park-stabbing-2023", "Last Updated On: June 9, 2023"),
        ("annecy-park-stabbing-2023", "LOOK: Six killed in glacier collapse"),
        ("kullu-bus-gorge-2019", "Muhammad Irfan 57 seconds ago"),
        ("kullu-bus-gorge-2019", "(More details awaited)"),
        ("kullu-bus-gorge-2019", "Get real-time alerts and all the news on your phone"),
        ("kullu-bus-gorge-2019", "Do You Like This Story?"),
        ("kullu-bus-gorge-2019", "For the latest World Cup news, live scores and fixtures"),
        ("ingenuity-first-flight-2021", "Watch the video for more."),
        ("cavalcante-captured-2023", "September 13, 2023/FoxNewsFeeds"),
        ("chauvin-convicted-2021", "Related to this story"),
        ("boars-head-recall-expands-2024", "Tags: health, recall"),
        ("boars-head-recall-expands-2024", "Current:Home > FinanceBoar’s Head expands recall"),
        ("bolivia-coup-attempt-2024", "Here's the latest:"),
        ("weinstein-conviction-overturned-2024", "Connect with us"),
        ("weinstein-conviction-overturned-2024", "More about:"),
        ("prague-university-shooting-2023", "By: Jan Lopatka and Jason Hovet"),
        ("uk-approves-pfizer-vaccine-2020", "Last Update: Wednesday, 02 December 2020 KSA 10:28"),
        ("uk-approves-pfizer-vaccine-2020", "39.0°F"),  # a weather widget
        ("uk-approves-pfizer-vaccine-2020", "Become a Subscriber!"),
        ("uk-approves-pfizer-vaccine-2020", "You have read all of your free articles this month."),
        ("uk-approves-pfizer-vaccine-2020", "Already a subscriber?"),
        ("truss-resigns-2022", "PA Media Copyright: PA Media"),
        ("truss-resigns-2022", "Prime Minister Liz Truss’s resignation assertion – YouTube"),  # an embedded video's title
        ("truss-resigns-2022", "Should you appreciated this text, maybe you may think about making a donation"),  # spun
        ("pig-heart-patient-dies-2022", "LAURAN NEERGAARD and CARLA K. JOHNSON, AP Medical Writers"),  # a middle initial
        ("pig-heart-patient-dies-2022", "(Read more in Pig Heart Sustains Man’s Life.)"),
        ("ecuador-villavicencio-killed-2023", "Trigger warning."),
        ("pinera-helicopter-crash-2024", "at age 74 - Copyright AFP/File MARTIN BERNETTI"),
        ("pinera-helicopter-crash-2024", "arrives at a medical facility after Pinera died in a helicopter crash [Source: Reuters]"),
        ("pinera-helicopter-crash-2024", "READ: Chilean president handed $3,500 fine"),  # a link to another story
        ("eriksen-collapse-2021", "More follows."),
        ("huntington-beach-oil-spill-2021", "HUNTINGTON BEACH, Calif. (AP) —"),
        ("bezos-steps-down-amazon-2021", "is seen in a 2018 screen shot courtesy of the U.S. Army Corps of Engineers"),
        ("tutu-death-2021", "shares a joke with the Dalai Lama after their meeting."),  # Al Jazeera: "… [Mike Hutchings/Reuters]"
        ("tutu-death-2021", "and last updated 2021-12-26 11:16:30-05"),
        ("roe-overturned-2022", "Read the full ruling here:"),
        ("roe-overturned-2022", "(Jacquelyn Martin, Copyright 2022 The Associated Press."),
        ("nobel-medicine-mrna-2023", "Welcome to the discussion."),  # a newspaper system's rules for commenters
        ("nobel-medicine-mrna-2023", "PLEASE TURN OFF YOUR CAPS LOCK."),
        ("nobel-medicine-mrna-2023", "Don't threaten."),
        ("nobel-medicine-mrna-2023", "We offer one free story view per month."),  # its paywall
        ("nobel-medicine-mrna-2023", "Please purchase a Premium Subscription to continue reading."),
        ("facebook-renamed-meta-2021", "we are temporarily suspending article commenting"),
        ("milei-wins-argentina-2023", "Written by Alma Angeles on"),
        ("milei-wins-argentina-2023", "Editor: huaxia"),  # Xinhua's page
        ("sriwijaya-air-crash-2021", "This story is breaking and will be updated."),
        ("lebron-scoring-record-2023", "Get top local stories in Southern California delivered to you every morning."),  # NBC's prompts
        ("lebron-scoring-record-2023", "Get today's sports news out of Los Angeles."),
        ("rutte-government-collapses-2023", "We need your help now"),  # The Journal's donation appeal
        ("rutte-government-collapses-2023", "Support from readers like you keeps The Journal open."),
        ("rutte-government-collapses-2023", "If you've seen value in our reporting, please contribute what you can"),
        ("apple-eu-tax-ruling-2024", "(The story has been corrected to change the text"),  # a wire's correction note
        ("marapi-eruption-2023", "Estimated read time: 1-2 minutes"),
        ("marapi-eruption-2023", "This archived news story is available only for your personal"),  # an archive's notice
        ("marapi-eruption-2023", "Information in the story may be outdated or superseded"),
        ("mozambique-ferry-sinks-2024", "Got a story?"),  # Metro's tip prompt
        ("mozambique-ferry-sinks-2024", "Get in touch with our news team by emailing us"),
        ("mozambique-ferry-sinks-2024", "For more stories like this, check our news page."),
        ("mozambique-ferry-sinks-2024", "For the best experience, please enable JavaScript"),
        ("jimmy-buffett-death-2023", "Obit Jimmy Buffett"),  # AP's slug
        ("artemis-1-launch-2022", "Some information for this report was provided by the Associated Press."),  # VOA's credit
        ("sturgeon-resigns-2023", "Nicola Sturgeon resignation"),  # PA's, above "… (Jane Barlow/PA)"
        ("black-sea-grain-deal-2022", "The latest Ukraine-Russia developments:"),  # a link to AP's hub page
        ("creeslough-explosion-2022", "Pic: Donegal Online Facebook page."),
        ("kongsberg-bow-attack-2021", "Police investigate after several people were killed"),  # "… (Hakon Mosvold/NTB/Reuters)"
        ("rahul-gandhi-defamation-2023", "Rahul Gandhi Says ‘I Haven’t Spoken Against India"),  # Latestly's link, a stop after it
        ("rahul-gandhi-defamation-2023", "Rahul Gandhi Found Guilty by Surat District Court"),
        ("federer-retires-2022", "Roger Federer Retires: Tributes Pour In After Swiss Icon"),
        ("kohberger-arrested-2022", "Don’t know how to watch NewsNation?"),  # a TV network's promotion
        ("kohberger-arrested-2022", "Use our Channel Finder app."),
        ("mexico-city-metro-collapse-2021", "Advertising Read more"),
        ("el-chapo-sentenced-2019", "English 17/07/2019 09:50 Reuters Mexico City"),  # El Universal's date, time and credits
        ("chad-deby-killed-2021", "Start: 20 Apr 2021 11:00 GMT"),  # a Reuters video advisory's times
        ("montana-tiktok-ban-2023", "May 17, 2023 — 05:20 pm EDT"),
        ("montana-tiktok-ban-2023", "Written by David Shepardson for Reuters"),
        ("nigeria-twitter-ban-2021", "10 dead, 87 injured as protests erupt in Nepal"),  # a sidebar's link over "- 10 hours ago"
        ("honduras-womens-prison-riot-2023", "A riot at the women's prison has left at least 41 inmates dead"),  # "Elmer Martinez - stringer, AP"
        ("st-vincent-soufriere-eruption-2021", "(This story has not been edited by Devdiscourse staff"),
        ("st-vincent-soufriere-eruption-2021", "More details soon …"),
        ("berlin-panda-twins-2024", "25 C"),  # the day's temperature under the date
        ("ezricare-eye-drops-recall-2023", "Did you or a loved one use Ezricare"),  # a law firm's pitch
        ("ezricare-eye-drops-recall-2023", "Contact us for a FREE CASE EVALUATION"),
        ("rolling-fork-tornado-2023", "The Canadian Press"),  # the agency under the headline
        ("rolling-fork-tornado-2023", "Even cars flew!"),  # a listed link that holds a stop: "- Even cars flew! Devastating tornado …"
        ("rolling-fork-tornado-2023", "Devastating tornado hits New Orleans, USA (VIDEO)"),
        ("lion-air-jt610-crash-2018", "Don't forget to share this story with your friends."),  # a share prompt
        ("perseverance-lands-mars-2021", "Category: World Published on Thursday"),  # a CMS's category, date and hit count
        ("mugabe-resigns-2017", "VICE News (@vicenews)"),  # a tweet's link and attribution, no date
        ("morales-resigns-bolivia-2019", "POST TIME: 12 November, 2019"),
        ("morales-resigns-bolivia-2019", "AFP, La Paz"),  # the agency and the place under the headline
        ("ohtani-interpreter-fired-2024", "At A Glance"),  # a summary box's heading
        ("boeing-calhoun-steps-down-2024", "Via AP news wire"),
        ("bob-dylan-nobel-literature-2016", "Find out more about AP Archive: [ Ссылка ]"),  # a video page's link prompt
        ("bob-dylan-nobel-literature-2016", "To receive similar content"),  # "… “Like” us on Facebook @"
        ("bob-dylan-nobel-literature-2016", "Let us know what you think!"),
        ("iraq-qaraqosh-wedding-fire-2023", "Several eyewitnesses said that the entire family died in the fire."),  # under it
        ("guinea-conde-coup-2021", "and last updated"),  # a TV site's "Posted" / "and last updated"
        ("mayfield-candle-factory-2021", "Guardian staff and agencies"),  # a byline without "By"
        ("mayfield-candle-factory-2021", "Mon 13 Dec 2021 08.57 EST"),  # a date and a time with a point
        ("kim-jong-nam-killed-2017", "9:19 am, February 14, 2017"),  # a time before its date
        ("kim-jong-nam-killed-2017", "By The Associated Press February 14, 2017 8:52 am"),  # the agency as byline, then dates
        ("rutte-government-collapses-2023", "By AFP   July 7, 2023 | 06:35 pm PT"),
        ("fastly-outage-2021", "Lisa Bernhard produced this report."),  # a video report's producer credit
        ("charles-coronation-2023", "kisses the Holy Bible during his coronation"),  # a present action on a dated day
        ("sheinbaum-elected-mexico-2024", "Who is Mexico’s presidential winner Claudia Sheinbaum?"),  # a question's title under "Read more:"
        ("sulawesi-palu-tsunami-2018", "Submitted by Ruston Leader on Fri"),  # a publishing platform's byline and timestamp
        ("sarkozy-corruption-conviction-2021", "Los Angeles Times"),  # the paper's name above its headline
        ("sarkozy-corruption-conviction-2021", "Corbet writes for the Associated Press."),  # a byline's note on the writer
        ("cosby-conviction-overturned-2021", "This post deals with sexual assault and might be triggering"),  # a content warning
        ("iran-saudi-ties-restored-2023", "An Iranian protester holds a street sign"),  # someone unnamed doing something, above the lead
        ("iran-saudi-ties-restored-2023", ">> Iran and Saudi Arabia agree to repair"),  # a link marked with chevrons
        ("homo-naledi-announced-2015", "Yahoo – AFP, Beatrice Debut, 10 Sep 2015"),  # the site, the agency, the writer and the date
        ("snb-scraps-franc-cap-2015", "No comments:"),  # a blog's comment counter
        ("listvyazhnaya-mine-fire-2021", "wants to start sending you push notifications"),  # a browser-notification prompt
        ("listvyazhnaya-mine-fire-2021", "Click allow to subscribe"),
        ("dagestan-petrol-station-blast-2024", "MOSCOW, Russia -"),  # a dateline alone on its line, the lead under it
        ("dagestan-petrol-station-blast-2024", "Learn more"),
        ("durov-arrested-paris-2024", "reuters_tickers"),  # a template's slug
        ("equifax-breach-2017", "conveniently in your email inbox."),  # a newsletter prompt
        ("equifax-breach-2017", "It's FREE!"),
        ("pell-convictions-quashed-2020", "The above comes from an April 6 story on Reuters website."),
        ("pell-convictions-quashed-2020", "Updated at 10 p.m. ET"),
        ("hanoi-alley-apartment-fire-2024", "Get real time updates directly on you device, subscribe now."),
        ("hanoi-alley-apartment-fire-2024", "Nation & World News"),  # a section's name
        ("soyuz-ms10-launch-abort-2018", "Are you already a subscriber?"),  # a paywall's prompt
        ("soyuz-ms10-launch-abort-2018", "Click to log in!"),
        ("zuma-jailed-contempt-2021", "Details later"),
        ("assange-arrested-london-2019", "This article has been posted by a News Hour"),
        ("dresden-green-vault-heist-2019", "IE 11 is not supported."),  # a browser notice
        ("dresden-green-vault-heist-2019", "frameborder="),  # an embed's markup
        ("dresden-green-vault-heist-2019", "to skip to content"),
        ("dresden-green-vault-heist-2019", "Read it at NBC News"),  # a summary's link to its source
        ("ireland-abortion-exit-poll-2018", "Kevin Doyle and Denise Calnan"),  # a byline of two, without "By"
        ("ireland-abortion-exit-poll-2018", "Category: current"),
        ("ireland-abortion-exit-poll-2018", "Updated: 26/05/18 : 07:54:33"),
        ("margrethe-abdication-announced-2023", "Watch Below: The Danish royal grandchildren"),
        ("margrethe-abdication-announced-2023", "#Denmarks #queen #abdicate #January"),  # a line of hashtags
        ("botswana-decriminalises-gay-sex-2019", "Main menu"),
        ("rios-montt-genocide-verdict-2013", "Check out more articles on!"),
        ("rios-montt-genocide-verdict-2013", "May 10, 2013|Reuters"),  # a date and its source after a bar
        ("rios-montt-genocide-verdict-2013", "1. National"),  # a numbered section link
        ("sewol-ferry-sinking-2014", "Debbie M. Lord By Debbie M. Lord"),  # an author's name, then her byline
        ("sewol-ferry-sinking-2014", "Follow on Twitter"),
        ("sewol-ferry-sinking-2014", "on April 16, 2014 at 6:48 AM, updated April 16, 2014 at 7:58 AM"),
        ("sewol-ferry-sinking-2014", "For the full story, see The Associated Press."),
        ("sewol-ferry-sinking-2014", "Updated at 7:58 a.m. to add video."),  # an editor's note
        ("sewol-ferry-sinking-2014", "What do you think?"),  # a comment form's prompt, above the headline
        ("sewol-ferry-sinking-2014", "Leave a respectful comment."),
        ("kalanick-resigns-uber-2017", "This article is more than 12 months old"),
        ("kalanick-resigns-uber-2017", "See PA story INDUSTRY Uber."),  # PA's pointer under a caption
        ("greece-bailout-referendum-2015", "Watch CBSN Live"),
        ("samsung-note7-recall-2016", "Click to play video:"),
        ("armstrong-stripped-tour-titles-2012", "Start the discussion ..."),  # a comment form's prompt
        ("armstrong-stripped-tour-titles-2012", "Do you agree with the union's decision?"),  # a reader poll
        ("armstrong-stripped-tour-titles-2012", "Lance Armstrong Lance Armstrong"),  # a picture's name and its tag, run together
        ("bosnia-unrest-2014", "Dramatic footage: Bosnia govt building on fire"),  # a video's label
        ("bosnia-unrest-2014", "ROUGH CUT (NO REPORTER NARRATION)"),  # a wire video's slug
        ("new-horizons-pluto-flyby-2015", "you have reached your 5 view limit"),  # a metered paywall
        ("new-horizons-pluto-flyby-2015", "Please login, create an account or subscribe to continue enjoying News12."),
        ("new-horizons-pluto-flyby-2015", "Please enjoy 20 complimentary views of articles"),
        ("new-horizons-pluto-flyby-2015", "Follow CBSDFW.COM: Facebook | Twitter"),
        ("tottenham-riot-2011", "There are no comments for this entry yet."),
        ("harambe-gorilla-shot-2016", "we may receive compensation."),  # an affiliate disclosure
        ("paris-climate-agreement-adopted-2015", "Update at 1:30 p.m. ET: Deal Is Adopted"),  # a live blog's update heading
        ("prince-death-2016", "NATION-WORLD"),  # a section's name
        ("prince-death-2016", "by Frankie Taggart with Shaun Tandon in New York"),  # AFP's byline
        ("vangogh-paintings-recovered-naples-2016", "World Friday 30/September/2016 15:53 PM"),
        ("vangogh-paintings-recovered-naples-2016", "thumbnail for post ID 6161686"),  # a teaser's image placeholder
        ("azal-aktau-crash-2024", "(SD-Xinhua)"),
        ("bohol-earthquake-2013", "Check back soon for further information."),
        ("bohol-earthquake-2013", "Update 1:10 AM EDT:"),  # a live update's heading
        ("bohol-earthquake-2013", "Asia-Pacific News"),  # a section's name
        ("bohol-earthquake-2013", "Originally published on October 15, 2013"),
        ("dylann-roof-arrested-2015", "Fast facts:"),  # a summary box's heading
        ("mubarak-resigns-2011", "capt.1fd1270c8c1043c0b27c5faa010b20f9"),  # a picture's code and its caption
        ("mubarak-resigns-2011", "via Yahoo!"),
        ("mubarak-resigns-2011", "The Associated Press By The Associated Press The Associated Press"),
        ("mubarak-resigns-2011", "hosni-mubarak-resigns-sharm-el-sheikh.jpgView full size"),  # an image's file name
        ("mubarak-resigns-2011", "نشر في:"),  # "published on:" above an Arabic page's date
        ("gaddafi-killed-sirte-2011", "Rating:"),  # a blog template's review line
        ("kaikoura-earthquake-2016", "By AFP/Chris Foley"),  # the agency and its photographer's name in the byline
        ("pope-benedict-resigns-2013", "Stay tuned for updates."),
        ("bayer-monsanto-deal-2016", "September 14, 2016 / 11:30 AM / a year ago"),
        ("bayer-monsanto-deal-2016", "(Story refiles to change day of"),  # a wire's refile note
        ("pemex-tower-explosion-2013", "(Updates death toll, adds government official"),  # a wire's update note
        ("pemex-tower-explosion-2013", "Accessibility links"),
        ("pemex-tower-explosion-2013", "Net photo."),
        ("china-yuan-devaluation-2015", "This article is for general information purposes only."),  # a broker's disclaimer
        ("china-yuan-devaluation-2015", "It is not investment advice"),
        ("china-yuan-devaluation-2015", "Opinions are the authors;"),
        ("china-yuan-devaluation-2015", "Leveraged trading is high risk"),
        ("saudi-king-abdullah-death-2015", "[Ed. note: More information is available"),  # an editor's note in brackets
        ("saudi-king-abdullah-death-2015", "January 22, 2015 Updated: July 18, 2015"),  # a date and its update, no bar between
        ("lytton-canada-heat-record-2021", "08:54 am | Updated 08:55 am IST - Vancouver"),  # a date, its update and the dateline
        ("lytton-canada-heat-record-2021", "#Open journalism No news is bad news"),  # a site's appeal for support
        ("lytton-canada-heat-record-2021", "A man cools off at a misting station"),  # a caption on its own line, printed twice
        ("samsung-union-first-strike-2024", "With additional reporting by Jake Kwon"),
        ("samsung-union-first-strike-2024", "View Article on TechSpot"),
        ("samsung-union-first-strike-2024", "Nvidia dethrones Microsoft"),  # another story's title over its date and byline
        ("storm-ciaran-europe-2023", "Staff WritersPress Association"),
        ("aris-13-tanker-hijack-2017", "Posted , updated"),  # ABC's date line with its dates lost
        ("aris-13-tanker-hijack-2017", "Farah Abdi Warsameh, file photo)"),  # ABC's caption and its agency after a colon
        ("aris-13-tanker-hijack-2017", "Friday / March 29."),
        ("aris-13-tanker-hijack-2017", "A Somali coastguard patrol."),  # a caption closed by "(File photo)"
        ("aris-13-tanker-hijack-2017", "Oliver Whitfield-Miocic has more details."),  # a broadcaster's hand-over to its video
        ("hagia-sophia-mosque-decree-2020", "News video: Turkey reconverts"),
        ("hagia-sophia-mosque-decree-2020", "into a mosque 02:31"),  # a video's title and running time
        ("hagia-sophia-mosque-decree-2020", "earlier story follows below."),  # AP's note, its apostrophe garbled
        ("welby-resigns-canterbury-2024", "This breaking news story is being updated"),
        ("welby-resigns-canterbury-2024", "Please refresh the page for the fullest version."),
        ("welby-resigns-canterbury-2024", "You can receive Breaking News alerts"),
        ("welby-resigns-canterbury-2024", "You can also follow @SkyNews"),
        ("breivik-sentenced-2012", "7:18 am on 25 August 2012"),
        ("cutro-shipwreck-2023", "News ID: 112853"),
        ("cutro-shipwreck-2023", "Publish Date : 26 February 2023 - 21:45"),
        ("pelicot-mazan-verdict-2024", "AP Photo/Lewis Joly"),  # the credit over its caption
        ("pelicot-mazan-verdict-2024", "WARNING: This article may affect those"),  # a content warning
        ("brumadinho-dam-collapse-2019", "Search teams are continuing to hunt for the hundreds still missing"),  # bare, then behind "Image:"
        ("pakistan-grid-blackout-2023", "Shops in Karachi suffered total power outages."),  # ABC's caption before its credit
        ("pakistan-grid-blackout-2023", "( Reuters: Akhtar Soomro )"),
        ("tinubu-declared-winner-2023", "Disclaimer : Mytimesnow"),
        ("tinubu-declared-winner-2023", "Tap read more at source for full news."),
        ("tinubu-declared-winner-2023", "The inclusion of any links does not necessarily imply"),
        ("sydney-little-bay-shark-attack-2022", "1 min ago"),
        ("ethiopia-gofa-landslide-2024", "Residents and volunteers dig in the mud"),  # a caption, then "AFP" on its line
        ("petropolis-mudslides-2022", "Louise Boyle explains what we know so far:"),  # a hand-over to the video
        ("alibaba-antitrust-fine-2021", "is seen at the company's headquarters in Hangzhou"),  # "is seen", dated: a caption
        ("alibaba-antitrust-fine-2021", "Your support helps us to tell the story"),  # a newspaper's appeal for money
        ("alibaba-antitrust-fine-2021", "The Independent is trusted by 27 million Americans"),
        ("alibaba-antitrust-fine-2021", "Unlike many other quality news outlets"),
        ("alibaba-antitrust-fine-2021", "This election is still a dead heat"),  # the appeal's own topical line, in its block
        ("google-android-eu-fine-2018", "This site uses Akismet to reduce spam."),
        ("google-android-eu-fine-2018", "Learn how your comment data is processed."),
        ("blatter-platini-banned-2015", "Publish date:"),
        ("blatter-platini-banned-2015", "This video includes images from Getty Images."),
        ("pogba-doping-ban-2024", "journalist Adekunle Dada has over 5 years of experience"),  # the writer's biography
        ("pogba-doping-ban-2024", "Photo credit: Valerio Pennicino"),
        ("pogba-doping-ban-2024", "Allow the notification"),
        ("pogba-doping-ban-2024", "Drop your comment in the section below"),
        ("yahoo-500m-breach-2016", "World Bulletin / News Desk"),
        ("yahoo-500m-breach-2016", "seen in a file photo."),
        ("saqqara-59-coffins-2020", "A picture taken on October 3, 2020 shows"),
        ("college-admissions-bribery-charges-2019", "This is an archived article"),
        ("college-admissions-bribery-charges-2019", "Please look at the time stamp on the story"),
        ("diddy-combs-arrested-2024", "On the Site:"),
        ("harvard-foreign-students-ban-2025", "This story was originally featured on Fortune.com."),
        ("baghdad-ibn-al-khatib-hospital-fire-2021", "Photo / 123RF"),  # the New Zealand Herald's credit
        ("baghdad-ibn-al-khatib-hospital-fire-2021", "The fire broke out in a hospital in Baghdad, the capital of Iraq."),  # its caption
        ("fda-approves-aduhelm-2021", "PIX 11"),  # a station's name alone on its line
        ("madeira-tour-bus-crash-2019", "Firemen stand next to the wreckage"),  # "firemen", a plural without an s
        ("madeira-tour-bus-crash-2019", "Have your say"),
        ("alex-jones-sandy-hook-verdict-2022", "TPX IMAGES OF THE DAY"),
        ("alex-jones-sandy-hook-verdict-2022", "Alex Jones - Image from Travis County"),
        ("alex-jones-sandy-hook-verdict-2022", "Latest Breaking News"),
        ("fox-dominion-settlement-2023", "U.S. News"),
        ("khalife-recaptured-2023", "British police scoured a huge London park on Friday Sept. 8, 2023"),  # a weekday without its comma
        ("khalife-recaptured-2023", "(Yui Mok/PA via AP, File)"),
        ("khalife-recaptured-2023", "Get all your news in one place."),  # an aggregator's pitch
        ("khalife-recaptured-2023", "One membership."),
        ("khalife-recaptured-2023", "100+ trusted global sources."),
        ("flybe-collapse-2020", "Flybe has collapsed Picture: Steve Parsons/PA Wire"),  # a caption and its credit, no stop between
        ("solingen-festival-stabbing-2024", "NBC Universal, Inc."),
        ("wow-air-collapse-2019", "halted operations IMAGE: Getty"),
        ("wow-air-collapse-2019", "as seen on Action News at 6 a.m."),
        ("wow-air-collapse-2019", "This image, taken from the WOW Air website Thursday morning, shows"),
        ("fourth-global-coral-bleaching-2024", "Great Barrier Reef|@JezRoff|X"),  # a photographer's handle set off by bars
        ("fourth-global-coral-bleaching-2024", "Story continues:"),
        ("fourth-global-coral-bleaching-2024", "-PR Handout Image"),
        ("fourth-global-coral-bleaching-2024", "This photo taken on Dec. 6, 2020 and released by Reef Explorer Fiji shows"),
        ("imran-khan-ousted-2022", "Here are the Highlights On Imran Khan's No-Trust Vote:"),
        ("muhyiddin-resigns-2021", "Rest of Asia"),
        ("muhyiddin-resigns-2021", "Filed on August 16, 2021"),
        ("sydney-little-bay-shark-attack-2022", "taken in Neptune Islands, South Australia, May 2014."),  # a caption's place and month
    ],
)
def test_chrome_on_real_pages_is_set_apart(event: str, line: str) -> None:
    assert unit_containing(compared_event(event), line).boilerplate


def test_a_close_button_s_letter_alone_is_chrome() -> None:
    """10tv's page keeps the "x" of a dialog's close button on a line of its own."""
    lone = [u for u in compared_event("parasite-best-picture-oscar-2020").units["10tv"] if u.text.strip() == "x"]
    assert lone and all(u.boilerplate for u in lone)
