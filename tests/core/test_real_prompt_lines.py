"""What real pages ask of their readers, line by line (``units/prompts.py``): to subscribe, pay past a meter, give,
sign up, follow, send a tip, comment. Each case names a line of a stored page (``bench/corpus``, kept out of the
installed package) that a reader can find in its file."""

from __future__ import annotations

import pytest

from tests.conftest import compared_event, unit_containing


@pytest.mark.parametrize(
    ("event", "line"),
    [
        ("scotus-bump-stock-ban-struck-2024", "A week of political news in your in-box."),  # a newsletter's pitch, "in-box" hyphenated
        ("sfax-migrant-boat-20-bodies-2020", "Follow our socials Whatsapp, Facebook, Instagram, Twitter, and Google News."),
        ("waynoka-house-fire-firefighters-2021", "Visit our sponsor Command Fire Apparatus"),  # an advertiser's link
        ("dallas-airshow-collision-2022", "Follow all the international information in Facebook"),  # a translated site's follow prompt
        ("little-rock-cteh-plane-crash-2023", "JOIN US ON WHAT'SAPP, TO GET INSTANT STATUS UPDATES"),  # a channel's prompt, the app's name misspelt
        ("hailemariam-resigns-ethiopia-2018", "Your comments here:"),  # a comment form's label
        ("kebbi-yauri-school-abduction-2021", "Rate this item"),  # a rating widget and its count
        ("kebbi-yauri-school-abduction-2021", "(0 votes)"),
        ("anez-sentenced-coup-case-2022", "The Independent is trusted by Americans across the entire political spectrum."),  # its appeal
        ("anez-sentenced-coup-case-2022", "we choose not to lock Americans out of our reporting"),
        ("anez-sentenced-coup-case-2022", "We believe quality journalism should be available to everyone"),
        ("carillion-compulsory-liquidation-2018", "Keep up to date with the latest news in west London via the free"),  # a local site's app, pitched in three lines
        ("carillion-compulsory-liquidation-2018", "You can even set it to receive push notifications"),
        ("carillion-compulsory-liquidation-2018", "Available to download from the App Store or Google Play"),
        ("austin-sixth-street-shooting-2021", "Find out what's happening in Austinfor free"),  # a local site's pitch
        ("do-kwon-arrested-montenegro-2023", "Get the day’s top crypto news and insights delivered"),  # a newsletter's pitch
        ("north-sea-tanker-collision-2025", "Please check for updates."),  # after "This is a developing story."
        ("valieva-four-year-ban-2024", "How do I sign up for sport breaking news alerts?"),  # a guide box's question
        ("binance-zhao-guilty-plea-2023", "Please keep your comments respectful and relevant."),  # a comment form's rule
        ("binance-zhao-guilty-plea-2023", "You can review our Community Guidelines"),
        ("binance-zhao-guilty-plea-2023", "If you would like to share a story idea"),  # a call for tips
        ("taiwan-earthquake-2024", "Get daily National news"),  # a newsletter prompt
        ("hasina-palace-stormed-2024", "We appreciate your feedback."),  # a feedback widget
        ("starship-first-flight-2023", "Get browser notifications for breaking news"),  # an app banner
        ("trump-indicted-2023", "Create your free account or log in"),
        ("berlusconi-death-2023", "Follow Novinite.com on Twitter and Facebook"),
        ("berlusconi-death-2023", "Write to us at editors@novinite.com"),
        ("kissinger-death-2023", "Be the first to comment!"),  # a comment form
        ("hurricane-otis-acapulco-2023", "This independent news site is supported by subscribers."),
        ("new-orleans-truck-attack-2025", "to start your day with NBC 6's News Headlines newsletter."),
        ("new-orleans-truck-attack-2025", "> SIGN UP SIGN UP"),
        ("liam-payne-death-2024", "Like this?"),
        ("liam-payne-death-2024", "Thanks for liking this story!"),
        ("kullu-bus-gorge-2019", "Get real-time alerts and all the news on your phone"),
        ("uk-approves-pfizer-vaccine-2020", "Become a Subscriber!"),
        ("uk-approves-pfizer-vaccine-2020", "You have read all of your free articles this month."),
        ("uk-approves-pfizer-vaccine-2020", "Already a subscriber?"),
        ("truss-resigns-2022", "Should you appreciated this text, maybe you may think about making a donation"),  # spun
        ("nobel-medicine-mrna-2023", "We offer one free story view per month."),  # its paywall
        ("nobel-medicine-mrna-2023", "Please purchase a Premium Subscription to continue reading."),
        ("lebron-scoring-record-2023", "Get top local stories in Southern California delivered to you every morning."),  # NBC's prompts
        ("lebron-scoring-record-2023", "Get today's sports news out of Los Angeles."),
        ("rutte-government-collapses-2023", "We need your help now"),  # The Journal's donation appeal
        ("rutte-government-collapses-2023", "Support from readers like you keeps The Journal open."),
        ("rutte-government-collapses-2023", "If you've seen value in our reporting, please contribute what you can"),
        ("mozambique-ferry-sinks-2024", "Got a story?"),  # Metro's tip prompt
        ("mozambique-ferry-sinks-2024", "Get in touch with our news team by emailing us"),
        ("lion-air-jt610-crash-2018", "Don't forget to share this story with your friends."),  # a share prompt
        ("bob-dylan-nobel-literature-2016", "To receive similar content"),  # "… “Like” us on Facebook @"
        ("bob-dylan-nobel-literature-2016", "Let us know what you think!"),
        ("listvyazhnaya-mine-fire-2021", "wants to start sending you push notifications"),  # a browser-notification prompt
        ("listvyazhnaya-mine-fire-2021", "Click allow to subscribe"),
        ("soyuz-ms10-launch-abort-2018", "Are you already a subscriber?"),  # a paywall's prompt
        ("soyuz-ms10-launch-abort-2018", "Click to log in!"),
        ("sewol-ferry-sinking-2014", "Follow on Twitter"),
        ("sewol-ferry-sinking-2014", "What do you think?"),  # a comment form's prompt, above the headline
        ("sewol-ferry-sinking-2014", "Leave a respectful comment."),
        ("armstrong-stripped-tour-titles-2012", "Start the discussion ..."),  # a comment form's prompt
        ("armstrong-stripped-tour-titles-2012", "Do you agree with the union's decision?"),  # a reader poll
        ("new-horizons-pluto-flyby-2015", "you have reached your 5 view limit"),  # a metered paywall
        ("new-horizons-pluto-flyby-2015", "Please login, create an account or subscribe to continue enjoying News12."),
        ("new-horizons-pluto-flyby-2015", "Please enjoy 20 complimentary views of articles"),
        ("new-horizons-pluto-flyby-2015", "Follow CBSDFW.COM: Facebook | Twitter"),
        ("welby-resigns-canterbury-2024", "You can receive Breaking News alerts"),
        ("welby-resigns-canterbury-2024", "You can also follow @SkyNews"),
        ("alibaba-antitrust-fine-2021", "Your support helps us to tell the story"),  # a newspaper's appeal for money
        ("alibaba-antitrust-fine-2021", "The Independent is trusted by 27 million Americans"),
        ("alibaba-antitrust-fine-2021", "Unlike many other quality news outlets"),
        ("google-android-eu-fine-2018", "This site uses Akismet to reduce spam."),
        ("google-android-eu-fine-2018", "Learn how your comment data is processed."),
        ("pogba-doping-ban-2024", "Allow the notification"),
        ("pogba-doping-ban-2024", "Drop your comment in the section below"),
        ("madeira-tour-bus-crash-2019", "Have your say"),
        ("khalife-recaptured-2023", "Get all your news in one place."),  # an aggregator's pitch
        ("khalife-recaptured-2023", "One membership."),
        ("khalife-recaptured-2023", "100+ trusted global sources."),
        ("indonesia-palm-oil-export-ban-2022", "Catch all the International News"),  # the site's own plug
        ("disney-alligator-toddler-2016", "Get the news faster."),  # an app's plug
        ("laos-dam-collapse-2018", "Avoid fake news!"),  # an SMS service's plug
        ("bougainville-independence-referendum-2019", "Email address is invalid"),  # a newsletter box
        ("felicity-ace-sinks-2022", "Send Us Your Photos"),  # a station's menu
        ("luxor-lost-golden-city-2021", "This website uses cookies to improve your experience."),  # a cookie banner
        ("luxor-lost-golden-city-2021", "We'll assume you're ok with this"),
        ("luxor-lost-golden-city-2021", "Accept Read More"),
        ("yellowknife-evacuation-2023", "Make your home page"),
        ("jannik-sinner-cleared-doping-2024", "Sign in  |  Create a Rediffmail account"),
        ("najib-jailed-1mdb-appeal-2022", "Support Local Journalism"),
        ("uk-approves-casgevy-2023", "Please subscribe here:"),
        ("peloton-treadmill-recall-2021", "Download our mobile app for iOS or Android"),
        ("peru-oil-spill-emergency-2022", "Register now to get unlimited FREE access"),
        ("vanuatu-port-vila-earthquake-2024", "we need your consent to use cookies."),  # an embed's cookie wall
        ("vanuatu-port-vila-earthquake-2024", "please use the button below to permit X cookies"),
        ("vanuatu-port-vila-earthquake-2024", "please be a VB Supporter"),
        ("wirecard-insolvency-2020", "Visit Business Insider's homepage for more stories."),
        ("trump-europe-travel-ban-2020", "Download The Devdiscourse News App for Latest News."),
        ("austria-lockdown-vaccine-mandate-2021", "We’ll be bringing you updates on the latest news"),
        ("iran-60-percent-enrichment-2021", "Follow Israel Hayom on Facebook and Twitter"),
        ("taylor-swift-fourth-album-of-the-year-2024", "Create your free profile or log in to save this article"),
        ("ronaldo-joins-al-nassr-2022", "By subscribing, you can help us get the story right."),
        ("buriganga-morning-bird-ferry-2020", "Catch up on all the latest Crime, National, International and Hatke news here."),
        ("buriganga-morning-bird-ferry-2020", "Also download the new mid-day Android and iOS apps to get latest updates."),
        ("buriganga-morning-bird-ferry-2020", "Mid-Day is now on Telegram."),
        ("lake-kivu-idjwi-boat-2024", "Stay up to date with notifications from The Independent"),
        ("lake-kivu-idjwi-boat-2024", "Notifications can be managed in browser preferences."),
        ("kyrgyz-tajik-border-clash-2022", "Get in front of tomorrow's news for FREE"),
        ("crispr-nobel-chemistry-2020", "Cancel anytime."),
        ("crispr-nobel-chemistry-2020", "Unlimited access with perks."),
        ("kaunda-state-funeral-2021", "Rogers Media uses cookies for personalization"),
        ("kaunda-state-funeral-2021", "Learn more or change your cookie preferences."),
        ("kaunda-state-funeral-2021", "Rogers Media supports the Digital Advertising Alliance principles."),
        ("kaunda-state-funeral-2021", "By continuing to use our service, you agree to our use of cookies."),
        ("kaunda-state-funeral-2021", "Please select your experience"),
        ("denmark-offshore-asylum-law-2021", "REFER-A-FRIEND"),
        ("france-45-9c-heat-record-2019", "Your e-mail address will not be published."),
        ("verkhoyansk-38c-arctic-record-2020", "By clicking ‘OK’, you agree to our"),
        ("icc-putin-arrest-warrant-2023", "Get latest news delivered daily!"),
        ("ohtani-joins-dodgers-2023", "Our Privacy Statement & Cookie Policy"),
        ("turkey-blocks-wikipedia-2017", "Get your daily dose of tech news"),
        ("turkey-blocks-wikipedia-2017", "Connect with fellow tech lovers on our Forum."),
        ("turkey-blocks-wikipedia-2017", "Catch all the action on our YouTube channel."),
        ("murree-snowstorm-tourists-2022", "Get the latest stories delivered straight to you"),
        ("sikkim-nathu-la-avalanche-2023", "Are you on Telegram?"),
        ("hurricane-fiona-puerto-rico-2022", "Start the day smarter."),
        ("mccarrick-defrocked-2019", "Do you have a story for RadarOnline.com?"),
        ("melilla-border-crush-2022", "Never miss any important news."),
        ("austria-far-right-fpo-wins-election-2024", "Unlock the Editor’s Digest for free"),
        ("nepal-kathmandu-floods-2024", "Got a Question?"),
        ("nepal-kathmandu-floods-2024", "Find us on Socials or Contact us and we’ll get back to you as soon as possible."),
        ("pound-record-low-mini-budget-2022", "if you like the information given by us then click on the button below"),
        ("nobel-medicine-microrna-2024", "What's Your Reaction?"),  # a reactions widget's question
        ("gonda-dibrugarh-express-derailment-2024", "Support truly"),  # The Independent's appeal, cut off by the store
        ("cma-demolition-bid-rigging-fines-2023", "For more background on this breaking news story, please check out our dedicated podcast"),  # a trade site's promo
        ("raac-school-closures-2023", "Has your child’s school been affected by RAAC closures?"),  # a call-out
        ("raac-school-closures-2023", "Get in touch at webnews@metro.co.uk."),
        ("tobago-oil-spill-emergency-2024", "Your donation allows us to keep sending journalists to speak to both sides of the story."),
        ("toyota-kojima-cyberattack-halt-2022", "For the latest tech news and reviews, follow Gadgets 360 on X, Facebook, WhatsApp, Threads and Google News."),
        ("toyota-kojima-cyberattack-halt-2022", "For the latest videos on gadgets and tech, subscribe to our YouTube channel."),
        ("toyota-kojima-cyberattack-halt-2022", "If you want to know everything about top influencers, follow our in-house Who'sThat360 on Instagram and YouTube."),
        ("korat-terminal21-mall-shooting-2020", 'Mid-day is now on WhatsApp Channels Subscribe today by clicking the link and stay updated with the latest news!"'),
        ("haiti-missionaries-kidnapped-2021", "Get push notifications with news, features and more."),  # an alerts prompt
        ("ikea-malm-dresser-recall-2016", "Follow CBSMIAMI.COM: <a Follow CBSMIAMI.COM: Facebook"),  # a station's follow prompt
        ("menendez-indicted-gold-bars-2023", "Join our Newsletter"),  # a newsletter prompt
        ("menendez-indicted-gold-bars-2023", "We have updated our Privacy Notice and Policies"),  # a privacy notice's banner
        ("menendez-indicted-gold-bars-2023", "This updated notice and policy is effective immediately."),
        ("paxton-impeached-texas-house-2023", "by enabling browser notifications."),  # an alerts prompt
        ("wickremesinghe-elected-president-2022", "Begin typing your search above and press return to search."),  # a search box
        ("jet-airways-suspends-flights-2019", "Don’t miss the latest developments in business and finance."),
        ("chepngetich-provisional-suspension-2025", "By providing us with your details, you agree to our Terms of Use"),
        ("bhandara-hospital-newborn-fire-2021", "We've updated our Privacy and Cookies Policy"),
        ("bhandara-hospital-newborn-fire-2021", "We've made some important changes to our Privacy and Cookies Policy"),
        ("didi-data-security-fine-2022", "Continue reading this on our app for a better experience"),
        ("andersson-resigns-hours-after-election-2021", "Unlimited free access to Showbytes?"),  # a translated page's paywall
        ("andersson-resigns-hours-after-election-2021", "Sign in or create an account and never miss a thing from the stars."),
        ("israel-iran-ceasefire-announced-2025", "Stay with Scripps News for continued updates."),  # a broadcaster's prompt under a breaking story
        ("garcia-luna-convicted-2023", "You've successfully signed in."),  # a membership site's notices
        ("garcia-luna-convicted-2023", "Unable to sign you in."),
        ("hunter-valley-wedding-bus-crash-2023", "At such a critical moment in US history, we need reporters on the ground."),  # an appeal for donations
        ("hunter-valley-wedding-bus-crash-2023", "From reproductive rights to climate change to Big Tech"),
        ("fssai-maggi-noodles-recall-order-2015", "Get the Dawn Mobile App: Apple Store"),  # an app prompt
        ("fssai-maggi-noodles-recall-order-2015", "Get 30% to 60% off our most popular products today!"),  # a shop's sale
        ("jif-peanut-butter-salmonella-recall-2022", "For more product recalls, visit the FDA website"),
        ("sudan-bashir-ousted-2019", "Install the new version of PressTv application"),
        ("boeing-17000-job-cuts-2024", "This is a Premium article available exclusively to our subscribers."),  # a paywall's notice
        ("fakhrizadeh-assassinated-2020", "For all the latest World News, download Indian Express App."),  # an app's prompt
        ("insight-lands-mars-2018", "GET BREAKING NEWS IN YOUR BROWSER."),  # an alerts prompt
        ("ecb-first-cut-since-2019-2024", "Thank you for sign up!"),  # a newsletter form's thanks
        ("anne-heche-coma-2022", "Readers like you keep news free for everyone."),  # a donation prompt
        ("goma-first-ebola-case-2019", "Register your account with the same email"),  # a subscriber's prompt to register
        ("trade-court-blocks-trump-tariffs-2025", "Follow our liveblog:"),  # a prompt to follow the live blog
        ("freetown-regent-mudslide-2017", "Whether you give once or many more times"),  # a donation prompt
        ("quaker-granola-salmonella-recall-2023", "1. Tap in your navigation bar."),  # a phone's steps to save the site
        ("godavari-ferry-capsize-2018", "Search the print archives"),  # a search box's label
        ("cebu-bogo-earthquake-2025", "Read this article for free"),  # a paywall's box
        ("cebu-bogo-earthquake-2025", "*Billed as $4.00 plus GST"),  # its price
        ("cebu-bogo-earthquake-2025", "Add Winnipeg Free Press access to your Brandon Sun subscription"),
        ("cebu-bogo-earthquake-2025", "Advertise with us"),
        ("hayli-gubbi-eruption-2025", "Already have an account?"),
        ("fed-cuts-rate-to-1-percent-2008", "Give us your news tips."),  # a contact box's items, each behind a '>'
        ("fed-cuts-rate-to-1-percent-2008", "Send us a letter to the editor."),
        ("fed-cuts-rate-to-1-percent-2008", "More Herald contact information."),
        ("griner-sentenced-nine-years-2022", "Type Here to Get Search Results"),  # a search box's label
        ('sanofi-zantac-recall-2019', 'To read more about the recall from Health Canada, visit'),
        ('madagascar-antananarivo-curfew-2025', 'How informative is this news?'),  # a rating widget's question
        ('singapore-sentosa-oil-spill-2024', 'Get latest articles and stories on World at LatestLY.'),
        ('furuvik-zoo-chimpanzees-euthanized-2022', 'By accessing this page, you agree to the following'),
        ('furuvik-zoo-chimpanzees-euthanized-2022', 'Privacy Policy and Terms and Conditions.'),
        ('khums-migrant-shipwreck-74-dead-2020', 'Bihar Election Results 2020 - Catch the latest news'),
        ('china-circuit-breaker-second-halt-2016', 'Play an active role in shaping our journalism'),  # a membership appeal
        ('lagos-ikoyi-building-collapse-2021', 'watch now and let us know what’s on your mind'),
        ('sri-lanka-700bp-rate-hike-2022', 'Letters@hindustantimes.com'),  # a desk's address alone on its line
        ('france-recalls-envoys-aukus-2021', 'You can find more news from across the world, here.'),
        ('rubymar-sinks-red-sea-2024', 'Click on right here to view similar media.'),  # a spinner's 'Click here to view related media'
        ("zurich-zoo-elephant-calf-2025", "Did you find this explanation helpful?"),
        ("hamburg-port-strike-closure-2023", "In order to display embedded content, your revocable consent"),  # a consent box for embedded content, translated
        ("hamburg-port-strike-closure-2023", "By setting the switch to"),
        ("hamburg-port-strike-closure-2023", "This also includes your consent to the transfer"),
        ("hamburg-port-strike-closure-2023", "You can withdraw your consent at any time"),
        ("tesla-touchscreen-recall-request-2021", "Have an opinion about this story?"),  # a prompt for a letter to the editor
        ("who-covid-tip-of-iceberg-2022", "Sign in"),  # a bare login button over the headline
        ("who-covid-tip-of-iceberg-2022", "Translate This News In"),  # a translation widget's label
        ("who-covid-tip-of-iceberg-2022", "2 min 22 sec to read"),  # a reading time to the second
        ("michigan-state-university-shooting-2023", "In this article you will read about"),  # a content farm's opening line
        ("colleyville-synagogue-hostages-freed-2022", "Join now for FREE unlimited access to Reuters.com"),
        ("blumenau-daycare-hatchet-attack-2023", "Get the news you need at It’s On News."),
        ("arecibo-telescope-collapse-2020", "Watch FOX 35 News for the latest Central Florida stories."),  # a station's promo
        ("wieambilla-police-ambush-2022", "WATCH THE VIDEO ABOVE: The latest on the shooting"),  # a pointer at the page's video
        ("pistorius-sentence-more-than-doubled-2017", "You are commenting using your Facebook account."),  # WordPress's comment form
        ("fda-halts-huahai-imports-2018", "Would you like to comment on this article?"),
        ("edenville-dam-failure-2020", "We ask you to keep your comments relevant and respectful."),
        ("fda-halts-huahai-imports-2018", "Continue reading this article with a Fiji Times online membership."),  # a paywall
        ("ecb-first-hike-in-11-years-2022", "Get immediate entry to all articles"),  # a spinner's copy of a paywall's offer
        ("ecb-first-hike-in-11-years-2022", "14-day free trial."),
        ("nashville-bomber-identified-2020", "For an optimal experience visit our site on another browser."),
        ("poly-network-hack-2021", "Our redesigned local news and weather app is live!"),
        ("poly-network-hack-2021", "Download it for iOS or Android"),
        ("richardson-marijuana-olympic-100-ban-2021", "Sharing is caring!"),
        ("quaker-granola-salmonella-recall-2023", "See the full list here."),
        ("mosul-tigris-ferry-sinking-2019", "Get breaking news alerts and special reports."),  # NBC's newsletter box
        ("mosul-tigris-ferry-sinking-2019", "The news and stories that matter, delivered weekday mornings."),
        ("nyonoksa-rocket-engine-explosion-2019", "Already subscribed?"),  # a paywall's prompt, "Log in" after it
        ("nyonoksa-rocket-engine-explosion-2019", "Contact Newshub with your story tips:"),  # a plea for tips
        ("who-ebola-congo-global-emergency-2019", "Google+ Pinterest LinkedIn Tumblr"),  # a share bar
        ("freya-walrus-euthanised-2022", "Have your say in our news democracy."),  # indy100's plea for votes
        ("freya-walrus-euthanised-2022", "Click the upvote icon at the top of the page"),
        ("siam-paragon-teen-charged-2023", "Activate notifications?"),  # a site's request to send alerts
        ("humboldt-broncos-driver-sentenced-2019", "Click to read the judge's sentencing decision"),  # a link to a document
        ("pearson-gold-heist-arrests-2024", "Open this photo in the gallery:"),  # The Globe and Mail's picture widget
        ("fisker-bankruptcy-2024", "The backstory: Why Southern California is a new EV mecca"),  # a labelled link to another story
        ("kanchanjunga-express-collision-2024", "This is the last article you can read this month"),  # a metered paywall
        ("kanchanjunga-express-collision-2024", "Sorry your limit is up for this month"),
        ("crowdy-bay-shark-attack-2025", "for the first 4 weeks"),  # a subscription offer
        ("bankman-fried-sentenced-25-years-2024", "subscribe today!"),
        ("argentina-inflation-tops-100-percent-2023", "For more, check out our exclusive content on CGTN Now"),
        ("toronto-bathurst-sheppard-police-shooting-2025", "Please read our Commenting Policy first"),
        ("osong-underpass-flood-2023", "Get in touch"),  # a callout to readers
        ("tate-detention-extended-2023", "Check out what's clicking on Foxnews.com."),  # Fox News's video blurb
        ("mars-explores-kellanova-acquisition-2024", "Start and end each day with the latest news stories"),  # a newsletter's pitch
        ("carranglan-bus-ravine-2017", "Start the conversation, or Read more at USA Today"),  # a comment box's prompt and its link
        ("verstappen-first-f1-title-abu-dhabi-2021", "Please register to access this content."),  # Gulf News's paywall
        ("verstappen-first-f1-title-abu-dhabi-2021", "To continue viewing the content you love, please sign in"),
        ("kamaka-air-honolulu-crash-2024", "You want to be the smartest in the room."),  # a membership's pitch
        ("kamaka-air-honolulu-crash-2024", "You don’t want to be confused and misinformed."),
        ("dhamara-ghat-train-pilgrims-2013", "Your subscription could not be saved."),  # a newsletter box's messages
        ("dhamara-ghat-train-pilgrims-2013", "By providing an email address."),
        ("dhamara-ghat-train-pilgrims-2013", "I agree to the Terms of Use and acknowledge"),
        ("dhamara-ghat-train-pilgrims-2013", "Sorry, your comment was not saved due to a technical problem."),
        ("ohio-i70-charter-bus-crash-2023", "Stay with this article to find out more about this news."),  # a content farm's promise
        ("jim-thorpe-sole-winner-reinstated-2022", "NEWNow you can listen to Fox News articles!"),  # Fox News's audio player
        ("pasco-school-bus-driver-stabbed-2021", "Local journalism is essential."),  # a paper's appeal for support
        ("seattle-teachers-strike-fourth-day-2022", "New You can listen to Fox News articles now!"),  # Fox News's audio player, as a spinner copies it
        ("antioch-birthday-party-shooting-2023", "For more CNN news and newsletters create an account at CNN.com"),  # CNN's line under its syndicated stories
        ("cashman-olivia-pratt-korbel-sentenced-2023", "Escape your echo chamber."),  # The Week's subscription box
        ("cashman-olivia-pratt-korbel-sentenced-2023", "Get the facts behind the news, plus analysis from multiple perspectives."),
        ("linkedin-irish-gdpr-fine-2024", "Buy now"),  # a shop button above the headline
        ("typhoon-hagibis-mudslide-search-2019", "Start the day smarter"),  # USA Today's newsletter line run into its menu
        ("tupac-shakur-murder-arrest-2023", "Share on email (opens in new window)"),  # a share button's label for screen readers
        ("calabria-lampedusa-shipwrecks-2024", "Dear reader,"),  # a paper's appeal, machine-translated
        ("calabria-lampedusa-shipwrecks-2024", "Our access to web content is free"),
        ("calabria-lampedusa-shipwrecks-2024", "we ask for the support of our community of readers"),
        ("calabria-lampedusa-shipwrecks-2024", "Become a member of Sloboden Pechat to help"),
        ("family-dollar-1000-store-closures-2024", "your support matters more than ever."),  # LAist's appeal
        ("family-dollar-1000-store-closures-2024", "become a monthly member or increase your support today."),
        ("family-dollar-1000-store-closures-2024", "Want more Olympics?"),  # AP's newsletter box on a scraper's page
        ("las-tejerias-landslide-2022", "Never miss important updates!"),  # Legit.ng's prompt, no article before "updates"
        ("ishiba-resigns-2025", "Unlock Exclusive Insights with The Tribune Premium"),  # The Tribune's premium pitch, above the lead
        ("ishiba-resigns-2025", "Take your experience further with Premium access."),
        ("russia-suspends-new-start-2023", "Show your support if you like our work."),  # The Eastern Herald's ask
        ("russia-suspends-new-start-2023", "Follow The Eastern Herald on Google News."),  # following the site by its name
        ("pikelot-help-sign-castaways-rescued-2024", "Watch more of our videos on Shots!"),  # National World's video channel
    ],
)
def test_a_page_s_asks_of_its_reader_are_set_apart(event: str, line: str) -> None:
    assert unit_containing(compared_event(event), line).boilerplate
