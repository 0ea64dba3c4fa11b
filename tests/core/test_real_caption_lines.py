"""Photo captions and picture credits on real pages, line by line: each case names a line of a stored page
(``bench/corpus``, kept out of the installed package) that a reader can find in its file, and the form of caption
or credit it stands for. The other chrome of real pages, line by line, is in ``test_real_chrome_lines.py``.
"""

from __future__ import annotations

import pytest

from tests.conftest import compared_event, unit_containing


@pytest.mark.parametrize(
    ("event", "line"),
    [
        ("powerball-2-04-billion-california-2022", "Credit: Tasos Katopodis/Getty Images"),  # a caption closed by "Credit: NAME/Getty Images"
        ("charlie-watts-death-2021", "Charlie Watts Image Credit: Instagram/CharlieWattsOfficial"),  # a picture's name, its credit a network and the account
        ("bobi-oldest-dog-dies-2023", "Bobi poses for a photo with his owner Leonel Costa"),  # posing for the camera, undated, in the story's paragraphs
        ("selma-alabama-tornado-2023", "A damaged vehicle and debris are seen in the aftermath"),  # seen somewhere, over "AP" alone on its line
        ("tunisia-saied-freezes-parliament-2021", "Armed guards patrol the streets of Tunis"),  # a scene on a line of its own without a stop
        ("liam-payne-death-2024", "Liam Payne has died in Argentina (PA)"),  # closed by PA's credit, no stop before it
        ("pearson-gold-heist-arrests-2024", "Arlyn McAdorey/The Canadian Press"),  # a photographer and The Canadian Press
        ("jacksonville-dollar-general-shooting-2023", "Residents gather for a prayer near the scene"),  # over AP's credit in capitals, "JOHN RAOUX/AP PHOTO"
        ("marielle-franco-shot-dead-2018", "Modal Trigger The scene where Marielle Franco"),  # the New York Post's picture widget and its caption
        ("louisville-bank-shooting-livestream-2023", "Louisville metro Police stand outside of the Old National Bank building"),  # over "Michael Clevenger/Courier Journal"
        ("change5-moon-samples-return-2020", "China Moon Probe"),  # AP's slug over that caption, its credit under it
        ("larry-king-death-2021", "CNN’s Larry King jokes with then-Republican presidential candidate"),  # closed by a member paper's "(AP file photo)"
        ("larry-king-death-2021", "(AP file photo)"),
        ("nikkei-black-monday-2024", "A monitor shows the Nikkei 225 stock index in Tokyo.(AP)"),  # "(AP)" glued after the stop
        ("marmolada-glacier-collapse-2022", "Giovanni Mereghetti/UCG/Universal Images Group via Getty Images"),  # a long credit via Getty
        ("nikkei-toyota-output-cut-2021", "This Oct. 1, 2020 file photo shows the Tokyo Stock Exchange."),
        ("barnier-government-toppled-2024", "Michel Barnier (center) talks to people"),  # a caption printed bare, a line above its credited copy
        ("valieva-four-year-ban-2024", "Kamila Valieva performs at the Megasport Arena"),  # a caption under its credit
        ("valieva-four-year-ban-2024", "Valieva competes at the 2022 Winter Olympics in Beijing."),
        ("marshall-fire-colorado-2021", "Helen H. Richardson - member, The Denver Post"),  # a member paper's picture on AP's wire
        ("mexico-earthquake-2022", "Fernando Llano/AP"),  # photo credit
        ("finland-joins-nato-eve-2023", "REUTERS/Johanna Geron"),  # photo credit
        ("finland-joins-nato-eve-2023", "(File photo: Reuters)"),
        ("hailemariam-resigns-ethiopia-2018", "Ethipian Prime Minister resigns (courtesy)"),  # a caption thanking no one by name
        ("independence-kansas-cougar-escape-2019", "Photo from Riverside Park and Ralph Mitchell Zoo on Facebook."),  # a picture's source
        ("myanmar-ramree-airstrike-2025", "This handout photo taken and released on January 9 by the Arakan Army"),  # how AFP's caption opens
        ("kinmen-chinese-speedboat-capsize-2024", "Photo courtesy of the Offshore Flotilla 9, Coast Guard Administration"),  # a credit opening its line
        ("horizon-air-pilot-engines-2023", "subsidiary Horizon Air (Courtesy Alaska Airlines)"),  # a caption thanking its source by name
        ("nc-lottery-winner-life-sentence-2022", "NC lottery sentenced to life in prison (Courtesy: NC Lottery)"),
        ("kishida-wont-seek-reelection-2024", "Philipp Fong/Pool/AP Hide caption"),  # NPR's credit, its button's label after it
        ("sauk-centre-deputy-arrow-standoff-2018", "shooting MN deputy with crossbow Click to Enlarge"),  # a caption, the link to its full size after it
        ("kashmar-earthquake-2024", "A photo provided by the Iranian Red Crescent Society shows people"),  # how a caption opens
        ("amanda-knox-slander-reconviction-2024", "on WednesdayCredit: APKnox appears on the day of the verdict"),  # captions run together, each glued to its credit
        ("kosgei-chicago-marathon-world-record-2019", "Kenya's Brigid Kosgei crosses the finish line as she wins"),  # Getty's caption, its date without the comma
        ("gabby-petito-body-found-2021", "This combo of photos provided by FBI Denver"),  # AP's "combo" for a combination of pictures
        ("bayesian-superyacht-sinks-sicily-2024", "Emergency services work near the scene where a sailboat sank"),  # the same form, dated so
        ("sxsw-cancelled-coronavirus-2020", "an annual tech festival dubbed Spring Break for nerds"),  # the second sentence of an uncredited "In this … file photo" caption
        ("finland-joins-nato-eve-2023", "A NATO flag is seen ahead of a summit"),  # a caption closing on its date
        ("finland-joins-nato-eve-2023", "[1/2] NATO Secretary-General"),  # a gallery caption
        ("mexico-earthquake-2022", "Fernando Llano/AP People gather outside"),  # credit, then caption
        ("svb-collapse-2023", "Silicon Valley Bank has collapsed after a run."),  # a caption, "Credit:Bloomberg" after it
        ("ps752-tehran-crash-2020", "A Ukraine International Airlines plane crashed shortly"),  # a caption, "AFP Source Photo" after it
        ("jbs-ransomware-attack-2021", "In this Oct. 12, 2020 file photo, a worker heads"),  # a caption's opening, its date abbreviated
        ("jbs-ransomware-attack-2021", "AP Photo/David Zalubowski, File"),  # a file picture's credit
        ("lake-toba-ferry-sinking-2018", "Lazuardy Fahmi AP Photo"),  # AP's credit without its slash
        ("lake-toba-ferry-sinking-2018", "DEDI SINUAJI, EPA-EFE"),  # a picture agency's credit after a comma
        ("queen-elizabeth-death-2022", "ZUMA Press/TNS"),  # a credit alone on its line
        ("notre-dame-fire-2019", "Smokes ascends as flames rise"),  # a caption, "(Photo by …)" after it on its line
        ("notre-dame-fire-2019", "Video shows the iconic Notre Dame Cathedral on fire"),  # a caption, "/ (Source: CNN VAN)" after it
        ("noto-earthquake-2024", "in this photo released by Kyodo."),  # a caption, "(Reuters/Kyodo)." after it
        ("kakhovka-dam-2023", "HPPPhoto: Olga MALTSEVA / AFP / Profimedia"),  # a caption with its credit glued on
        ("musk-twitter-deal-2022", "A phone screen displays a photo of Elon Musk"),  # a caption, " /CFP" after it
        ("queen-elizabeth-death-2022", "Queen Elizabeth II at the opening of a new building"),  # the caption above that credit
        ("queen-elizabeth-death-2022", "pose during their honeymoon, Nov. 25, 1947, in Broadlands"),  # a wire caption's date
        ("pope-benedict-death-2022", "In this Oct 19, 2014 file photo"),
        ("titan-submersible-2023", "FILE - This image shows the logo for the U.S. Coast Guard.(Source: MGN)"),
        ("taiwan-earthquake-2024", "A view of Taipei, Taiwan, in the midst of an earthquake"),  # a caption's opening
        ("taiwan-earthquake-2024", "A video still of Taipei"),  # a caption with ".Reuters" glued to its stop
        ("imran-khan-arrest-2023", "AP file photo"),
        ("imran-khan-arrest-2023", "Khan had posted a video (pictured)"),  # a caption pointing at its picture
        ("prince-philip-death-2021", "Prince Philip earned a reputation for a tough"),  # a caption printed twice, once credited
        ("prince-philip-death-2021", "They were married at Westminster Abbey"),  # in an agency caption opening on its date
        ("trump-indicted-2023", "CC BY-SA 2.0 , via Wikimedia Commons"),  # a picture's licence
        ("hurricane-ian-landfall-2022", "GULF OF MEXICO – SEPTEMBER 28: In this NOAA handout image"),  # an agency caption's dateline
        ("ethiopian-airlines-crash-2019", "A civilian takes a photograph of the wreckage"),  # a caption dated "Sun., March 10, 2019"
        ("facebook-outage-2021", "in this illustration taken January 21."),  # a wire caption, credited after its full stop
        ("myanmar-coup-2021", "Queues formed at ATM machines in Yangon"),  # a caption credited "(PHOTO EPA)"
        ("taiwan-earthquake-2024", "In this image taken from video footage"),  # a caption, credited "(TVBS via AP)"
        ("abe-shot-2022", "at a campaign event - AFP"),  # a caption credited after a dash
        ("abe-shot-2022", "Shinzo Abe, center, falls on the ground"),  # a caption's place marker, credited on its line
        ("abe-shot-2022", "Kyodo News via AP"),
        ("baltimore-bridge-collapse-2024", "Rescuers were searching for multiple people"),  # inside a caption paragraph, dated to its credit
        ("alaska-door-plug-2024", "(Passenger photo submitted to KPTV)"),  # a caption credited in brackets
        ("kissinger-death-2023", "Former Secretary of State Henry Kissinger died on Wednesday at the age of 100."),  # a caption, "© IMAGO / MediaPunch"
        ("libya-derna-floods-2023", "FLOOD LIBYA-1694433514585"),  # an image's file name
        ("hurricane-otis-acapulco-2023", "2 of 2 NOAA satellite image"),  # a gallery's counter and caption, "Photo: NOAA via AP"
        ("matthew-perry-death-2023", "Matthew Perry arrives at the premiere of"),  # a caption, "(Matt Sayles / Associated Press)" below
        ("matthew-perry-death-2023", "PASADENA, CA - JANUARY 13: Actor Matthew Perry"),  # an agency caption on one line
        ("nepal-yeti-crash-2023", "A file photo of a plane in Nepal"),
        ("tina-turner-death-2023", "FILE PHOTO: Tina Turner performs a song"),
        ("boris-johnson-resigns-2022", "He is expected to stay in post until a successor"),  # inside EFE's caption, "London (United Kingdom), 07/07/2022.- …"
        ("boris-johnson-resigns-2022", "Only the headline and picture of this report"),
        ("messi-inter-miami-2023", "Argentina's Lionel Messi reacts REUTERS/Thomas Peter/File Photo"),
        ("nashville-school-shooting-2023", "Mandatory Credit: @MNPDNashville"),
        ("nashville-school-shooting-2023", "Associated Press's Profile Picture BY"),  # an author's avatar
        ("holmes-sentenced-2022", "Holmes was sentenced in San Jose Federal Court Nov. 18."),  # a caption, "Photo: … (Getty Images)" below
        ("beirut-port-explosion-2020", "Its exact location was unknown."),  # inside a caption opening "A picture shows"
        ("gorbachev-death-2022", "Former USSR president Mikhail Gorbachev has died at the age of 91"),  # a caption, "-AAP Image" glued after it
        ("gorbachev-death-2022", "former U.S. President George Bush (not pictured)"),
        ("pele-death-2022", "Brazilian soccer legend Pele has died, aged 82."),  # a caption, "-EPA" glued after it
        ("jeju-air-crash-2024", "Firefighters carry out extinguishing operations"),  # a caption, "Yonhap via REUTERS" after it
        ("credit-suisse-ubs-rescue-2023", "Credit Suisse headquarters in Zurich on Sunday."),  # a caption, "Michael Buholzer / Keystone via AP" after it
        ("kanjuruhan-stadium-crush-2022", "A group of people carry a man"),  # a two-sentence caption, "| AFP-JIJI" after it
        ("kanjuruhan-stadium-crush-2022", "AFP: Twitter"),  # a credit whose picture the page dropped
        ("matthew-perry-death-2023", "That'w what friends are for!"),  # a caption's joke, two sentences before "Photo: Reprise/WEA"
        ("bondi-junction-stabbing-2024", "People are led out from the Westfield Shopping Centre"),  # a caption, "AP Photo" after it
        ("bob-saget-death-2022", "Mr. Saget had attended the red carpet premiere"),  # a caption, "Leon Bennett/Getty" glued after it
        ("bob-saget-death-2022", "who was also the original host"),  # a video's caption, "(Video: Julie Yoon/The Washington Post)"
        ("sudan-rsf-palace-2023", "People march to the presidential palace"),  # a caption, "(photo credit: REUTERS/…)" inside it
        ("sudan-rsf-palace-2023", "Smoke rises above buildings in Khartoum"),  # a caption, "- AFP PIC" after it
        ("lisa-marie-presley-death-2023", "Photo by Axelle/Bauer-Griffin/FilmMagic"),  # a caption credited at its end
        ("myanmar-earthquake-2025", "Motorists pick up pieces of a damaged road"),  # a caption, "Photograph: Getty Images" after it
        ("pope-francis-death-2025", "This is a photo gallery curated by AP photo editors."),
        ("romania-election-annulled-2024", "council hall doors are seen closed"),  # a caption, "EFE/EPA/ROBERT GHEMENT" after it
        ("haniyeh-killed-tehran-2024", "Top photo from Al Jazeera English/Facebook."),
        ("king-charles-cancer-2024", "King Charles III. PHOTO | COURTESY"),
        ("colonial-pipeline-ransomware-2021", "jet fuel and other refined products (Shutterstock)"),  # a caption, its library credited
        ("halep-doping-ban-2023", "against Serena Williams(REUTERS)"),  # a caption, its credit glued on
        ("azal-aktau-crash-2024", "Kazakhstan on December 25, 2024.(REUTERS)"),  # a caption, its credit glued to its date
        ("truss-resigns-2022", "We take a look at some of the images from her time"),
        ("pinera-helicopter-crash-2024", "Piñera pictured during an address to the nation in 2019"),  # a caption, no credit
        ("kirchner-gun-misfire-2022", "shows a man pointing a gun at Argentina´s Vice President Cristina Kirchner Credit:AP"),
        ("eriksen-collapse-2021", "Denmark v Finland match at Parken Stadium, Copenhagen, Denmark (Reuters image)"),
        ("imran-khan-shot-2022", "at the United Nations Headquarters in New York | Photo: Angela Weiss"),
        ("tutu-death-2021", "greeting President Nelson Mandela at a service in Cape Town"),  # "… [Guy Tillim/AP Photo]"
        ("berlusconi-death-2023", "Former Italian Prime Minister Silvio Berlusconi."),  # a caption: "… [AP Photo]"
        ("roe-overturned-2022", "Photos: The scene outside the Supreme Court as Roe v. Wade is overturned"),  # a gallery link
        ("milei-wins-argentina-2023", "(COMBO) This combination of pictures taken on November 19, 2023"),  # AFP's caption
        ("lebron-scoring-record-2023", "Image via NBA"),
        ("rutte-government-collapses-2023", "one of Europe's longest serving leaders Alamy Stock Photo"),
        ("marapi-eruption-2023", "6 photos"),  # a gallery's count
        ("black-sea-grain-deal-2022", "Turkey Ukraine Grain"),  # AP's slug above its picture's caption
        ("black-sea-grain-deal-2022", "Russia and Ukraine have signed plans to unblock the exports"),  # a caption: "… AP/Khalil Hamra, file"
        ("creeslough-explosion-2022", "Emergency services are at the scene of a serious explosion"),  # a caption: "… Pic: Donegal Online …"
        ("nepal-trishuli-buses-2024", "Landslide in Nepal: Representative image of landslide(Pixabay)"),
        ("heathrow-substation-fire-2025", "A plane comes into land at Heathrow airport over nearby housing | Getty Images"),
        ("heathrow-substation-fire-2025", "(the fire is shown above)"),  # a Daily Mail caption that repeats the quote
        ("st-vincent-soufriere-eruption-2021", "the day before it erupted Credit: Maxar Technologies"),
        ("rhodes-wildfire-evacuation-2023", "as John Irvine reported earlier this week"),  # ITV's video caption
        ("hong-kong-47-verdict-2024", "Hong Kong Security Law Verdict"),  # AP's slug over "… (Chan Long Hei/AP)"
        ("berlin-panda-twins-2024", "An embryo inside Meng Meng, seen on an ultrasound scan"),  # "… (Sebastian Gollnow/dpa/AP)"
        ("mohammadi-nobel-peace-2023", "Narges Mohammadi has campaigned for women’s rights in Iran."),  # "File photo: TNS" after it
        ("taroko-express-derailment-2021", "Photo copied by Lin Chia-tung, Taipei Times"),  # the Taipei Times' credit
        ("mugabe-resigns-2017", "Robert Mugabe, right, shakes hands with Army General"),  # a caption's place marker, no stop
        ("abdeslam-paris-attacks-verdict-2022", "AFP or licensors"),  # a picture agency's credit
        ("van-gogh-singer-laren-theft-2020", "Singer Museum in Laren, Netherlands - AAP"),  # a caption's agency after no stop
        ("rwanda-marburg-first-cases-2024", "Rwandan officials say those infected with Marburg"),  # AAP's caption over "-AP"
        ("iraq-qaraqosh-wedding-fire-2023", "image caption,"),  # a BBC caption's label on its own line
        ("iraq-qaraqosh-wedding-fire-2023", "Wedding fire in Iraq: How the fire spread."),  # under "video caption,"
        ("mali-keita-resigns-2020", "Bamako, MaliReuters"),  # the agency glued to a caption's last word
        ("fastly-outage-2021", "iStock [For illustration]"),
        ("bolivia-coup-attempt-2024", "A soldier gestures for journalists to leave"),  # a caption: someone doing something now, no stop
        ("karachi-pia-crash-2020", "Ambulances arrive at the scene ready to rush"),  # the same, with a plural subject
        ("queen-elizabeth-death-2022", "Queen Elizabeth II greets Chancellor Lawrence Kimpton"),  # the same, a file photo of 1959
        ("sarkozy-corruption-conviction-2021", "Sarkozy arrives at the courtroom in Paris, on March 1, 2021."),  # a dated scene above the lead
        ("hamas-first-hostages-freed-2023", "were greeted joyfully by their families [Getty]"),  # a caption, its credit in brackets
        ("neymar-psg-record-transfer-2017", "Image Source : GETTY IMAGES"),
        ("change4-far-side-landing-2019", "Credit: Jin Liwang/Xinhua News via AP"),  # a caption credited "Credit: … via AP"
        ("homo-naledi-announced-2015", "This March 2015 photo provided by National Geographic"),  # a caption's opening, dated
        ("feinstein-death-2023", "her Washington, DC, home (Credits: AP)"),  # a caption, "(Credits: AP)" closing it
        ("feinstein-death-2023", "at the Senate Rules Hearing, on May 20, 1993."),  # above "… via Getty Images, FILE"
        ("listvyazhnaya-mine-fire-2021", "outside the mine (Governor of Kemerovo region press office/AP)"),  # a credit ending "/AP)"
        ("equifax-breach-2017", "This July 21, 2012, photo shows Equifax Inc., offices in Atlanta."),  # a caption's opening
        ("white-island-eruption-2019", "George Novak/New Zealand Herald via AP"),  # a credit alone on its line, under its caption
        ("pell-convictions-quashed-2020", "George Pell arrives at Melbourne County Court."),  # a scene, "File photo / Getty Images" after it
        ("nova-scotia-shooting-2020", "RCMP, Nova Scotia / Twitter"),  # a picture credited to an account
        ("southwest-1380-engine-failure-2018", "<<enter caption here>>"),  # a template's placeholder left in the caption
        ("sewol-ferry-sinking-2014", "Relatives check the survivor lists at Jindo portGetty"),  # a credit glued to the last word
        ("kalanick-resigns-uber-2017", "File photo dated 31/08/16 of an Uber car, as the taxi firm is offering its workers a range of benefits such"),  # PA's opener
        ("kalanick-resigns-uber-2017", "PRESS ASSOCIATION Photo."),
        ("kalanick-resigns-uber-2017", "The company announced a partnership with the Association"),  # inside PA's caption, "- Credit: PA" closing it
        ("iceland-pm-resigns-panama-papers-2016", "Gunnlaugsson resigned on Tuesday after leaked"),  # a caption's second sentence, above its credit
        ("iceland-pm-resigns-panama-papers-2016", "HALLDOR KOLBEINS/AFP/Getty Images"),  # a credit naming two agencies
        ("kanjuruhan-stadium-crush-2022", "| AFP-JIJI"),
        ("armstrong-stripped-tour-titles-2012", "[Photo/Agencies] |"),  # China Daily's credit
        ("armstrong-stripped-tour-titles-2012", "cycles down a mountain during the 204.5 km long 17th stage"),  # its caption
        ("kipchoge-berlin-world-record-2018", "Kenya's Eliud Kipchoge celebrates winning the Berlin Marathon"),  # a caption, "(Reuters)" after it
        ("bohol-earthquake-2013", "Map locates the city of Carmen in the Philippines;"),  # AP's map caption
        ("bohol-earthquake-2013", "Robert Michael Poole| AFP| Getty Images"),  # a credit alone, set off by bars
        ("gaddafi-killed-sirte-2011", "gives a speech in Rome in this August 30, 2010 file photo."),  # the picture named at the end
        ("ligo-gravitational-waves-2016", "is shown in this undated file photo."),
        ("tyre-nichols-video-2023", "Mugshot photos are seen in this combination image."),
        ("gaddafi-killed-sirte-2011", "Photo purportedly showing Gaddafi covered in blood"),
        ("lactalis-baby-milk-recall-2017", "This picture taken on December 4, 2017 shows the Celia dairy company"),
        ("fonterra-botulism-scare-2013", "vietnam dairy"),  # a picture's alternative text on its line
        ("gatwick-drone-shutdown-2018", "EPA-EFE FILE/ANDY RAIN"),  # the agencies first, a file picture's photographer after
        ("pemex-tower-explosion-2013", "Firefighters dig for survivors after explosion"),  # a scene and its date
        ("huntington-beach-oil-spill-2021", "Boats help clean up an oil spill in Huntington Beach, California, Oct. 3, 2021."),
        ("india-wheat-export-ban-2022", "(AP Archive)"),  # TRT World's credit for a file picture
        ("disney-alligator-toddler-2016", "Early morning view of the Grand Floridian"),  # over "REUTERS/Name/File Photo"
        ("disney-alligator-toddler-2016", "disney web thumbPixabay"),  # a picture's file name, its library glued on
        ("shell-climate-ruling-2021", "to cut its emissions (Getty)"),
        ("shell-climate-ruling-2021", "Greta Thunberg delivers brief remarks"),
        ("sri-lanka-debt-default-2022", "Long queues for domestic oil at a supply station"),  # over "ISHARA S KODIKARA/AFP/GETTY IMAGES"
        ("russia-key-rate-20-percent-2022", "picture alliance / dpa"),  # dpa's picture credit after the caption's stop
        ("nanterre-nahel-police-shooting-2023", "Smoke and flames are seen in the streets of Paris"),  # its credit emptied: "( )"
        ("british-airways-it-outage-2017", "PA Images/Sipa USA"),
        ("ant-group-ipo-suspended-2020", "[Photo: Costfoto/Barcroft Media via Getty Images]"),
        ("homo-luzonensis-2019", "File photo of an entrance to a cave.GETTY IMAGES"),  # the credit glued to the stop
        ("honiara-chinatown-riots-2021", "[Stewart K via Reuters]"),
        ("kuala-lumpur-sinkhole-2024", "This photograph provided by Fire and Rescue Department of Malaysia shows"),
        ("channel-migrant-dinghy-27-dead-2021", "File picture of a lifeboat escorting a dinghy"),
        ("curtis-freed-syria-2014", "since 2012 - Al Jazeera/REUTERS"),  # a caption's credit after a dash
        ("long-march-5b-wentian-reentry-2022", "(Reuters file)"),
        ("attenborough-echidna-rediscovered-2023", "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY."),
        ("north-korea-hokkaido-missile-alert-2023", "following a ballistic missile launch by North Korea© Thomson Reuters."),  # the credit glued on
        ("chile-santiago-fare-riots-emergency-2019", "fares, in SantiagoAP Photo/Esteban Felix"),  # the credit glued on
        ("princess-mako-marries-2021", "ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY."),
        ("trump-europe-travel-ban-2020", "from the Oval Office: AP"),  # the credit after a colon
        ("barty-retires-2022", "on 16 January, 2022Reuters"),  # the credit glued to the date
        ("duplantis-torun-world-record-2020", "(© Jean-Pierre Durand)"),
        ("kenya-mai-mahiu-dam-burst-2024", "Open this photo in gallery: A man walks"),
        ("jimmy-lai-arrested-security-law-2020", "Jimmy Lai Source: Associated Press"),  # TVNZ's credit after a caption with no stop
        ("wieambilla-police-ambush-2022", "Map: Datawrapper"),  # a map's credit
        ("kebbi-maga-schoolgirls-abducted-2025", "The incident took place in Maga town"),  # a map's caption closed by its credit ("Map: Glen Murphy")
        ("t-mobile-breach-40-million-2021", "a sign hanging off the side of a building:"),  # machine alt text before the caption
        ("rohingya-balukhali-camp-fire-2021", "Cox's Bazar.PHOTO: REUTERS"),
        ("vienna-attack-2020", "Mandatory Credit: Photo by CHRISTIAN BRUNA"),
        ("vienna-attack-2020", "Vienna terror attack, Austria - 01 Nov 2020"),  # a picture library's title
        ("kejriwal-arrested-2024", "This photo is taken from a Facebook post."),
        ("leverkusen-chempark-explosion-2021", "blast occurred in storage tanks for solvents [Roberto Pfeil/bioreports]"),
        ("hertz-bankruptcy-2020", "Virus Outbreak Hertz Bankruptcy"),  # AP's slug opening a member paper's page, over the caption
        ("federer-retires-2022", "Tennis Federer Retires"),
        ("cyclone-amphan-kolkata-2020", "cyclone hits kolkataImage copyright Getty Images"),
        ("cyclone-amphan-kolkata-2020", "Image caption The cyclone hit the city on Wednesday afternoon"),
        ("iran-60-percent-enrichment-2021", "Photo Fars News"),
        ("lake-kivu-idjwi-boat-2024", "Jean-Yves KamaleAP"),
        ("qantas-qf32-engine-failure-2010", "AFP- File photo taken on August 12, 2010 shows Qantas Airways chief"),
        ("swift-kelce-engaged-2025", "Taylor Swift is engaged (Copyright 2025 by KPRC Click2Houston"),
        ("india-pakistan-ceasefire-2025", "India launched a volley of missiles into Pakistan earlier this week[/caption]"),
        ("kankara-school-abduction-2020", "Wia dis foto come from, Nigeria President/BBC"),
        ("hong-kong-legco-stormed-2019", "Image Credits: ANTHONY WALLACE/AFP/Getty Images."),
        ("couzens-everard-whole-life-2021", "Reporters waiting for sentence outside London's Old Bailey AFP / DANIEL LEAL-OLIVAS"),
        ("couzens-everard-whole-life-2021", "This undated file photo issued by the Metropolitan Police shows Sarah Everard."),
        ("czech-expels-russian-diplomats-vrbetice-2021", "[File: David W Cerny/Reuters]"),
        ("denmark-offshore-asylum-law-2021", "Legend: The legislative proposal passed by Parliament"),
        ("nadal-retirement-announced-2024", "Rafael Nadal says goodbye to his fans Keystone"),
        ("russia-asat-test-2021", "Credit, Reuters"),
        ("wada-bans-russia-four-years-2019", "Olympic flag / Source: International Olympic Committee"),
        ("catalonia-hailstone-girl-2022", "Glòria Sánchez/EUROPA PRESS/dpa"),  # a photographer, an agency and dpa
        ("vizcarra-ousted-peru-2020", "Peruvian Presidency, Handout/Reuters/File"),  # a handout credit from the wire's files
        ("solskjaer-sacked-man-utd-2021", "Ole Gunnar Solskjaer file photo"),  # a picture's label
        ("fisher-price-rock-n-play-recall-2019", "Picture: US Consumer Product Safety Commission"),  # a picture's label and its source
        ("boeing-fires-muilenburg-2019", "Boeing has fired its CEO Dennis Muilenburg, pictured, it was reported Monday"),  # the Daily Mail's caption, its subject set off by commas
        ("tilikum-orca-dies-2017", "Tilikum at SeaWorld (file)"),  # a picture's label above the lead
        ("trentino-bear-kills-jogger-2023", "The jogger was killed while out running in the mountainous area near his village in the Trentino region (stock image)"),
        ("raac-school-closures-2023", "Elementary school teacher with classimage source, Getty Images"),  # a caption run into the BBC's credit
        ("owo-church-attack-2022", "resident Muhammadu Buhari condemned the “heinous killing of worshippers”.(File)"),
        ("k2-winter-climbers-missing-2021", "Camera IconHopes are fading for three climbers who went missing on K2, the world's second-highest peak."),
        ("k2-winter-climbers-missing-2021", "Missing K2 Climbers Muhammad Ali Sadpara and John Snorr - John Snorri/Instagram"),
        ("argentina-uruguay-blackout-2019", "TWITTER/@lucas_m_rod"),  # a tweet's credit
        ("cianjur-earthquake-2022", "Hotel employees in Cianjur, Indonesia, check hurricane news Adriana Adie/NurPhoto via Getty Images"),  # a photographer and agency via Getty after no stop
        ("vietnam-thuong-resigns-2024", "taking his oath during a National Assembly's meeting in Hanoi on March 2, 2023.[File,VOA]"),  # VOA's credit in brackets
        ("delta-power-outage-grounding-2016", "Joshua Roberts—Reuters"),  # a photographer and agency joined by a dash
        ("ap-barred-oval-office-gulf-of-america-2025", "Donald Trump during an executive order signing in the Oval Office"),  # a caption, its credit ('Source: Getty Images' after a bar) cut off by the splitter
        ("crandall-canyon-rescuers-killed-2007", "Yellow ribbons line a bridge near the command post"),  # a caption, its credit in double brackets
        ("oroville-dam-spillway-evacuation-2017", "TOPSHOT - The Oroville Dam spillway releases"),  # AFP's picture-of-the-day mark
        ("oroville-dam-spillway-evacuation-2017", "See photos of the bursting structure:"),  # a gallery's label
        ("kunsthal-rotterdam-art-heist-2012", "A white spot on the wall marks the spot"),  # a caption closed by Getty's "(Photo read NAME/AFP/Getty Images)", however it opens
        ("kunsthal-rotterdam-art-heist-2012", "police said Ocotber 16, 2012."),  # the middle of a caption credited "(Photo credit should read …)"
        ("oroville-dam-spillway-evacuation-2017", "But people were still being told to stay out of the area."),  # the same, after "/ AFP / Josh Edelson"
        ("manawanui-sinks-off-samoa-2024", "(US Navy pic)"),  # a Malaysian paper's bracketed "pic" credit
        ("manawanui-sinks-off-samoa-2024", "Photograph: PO Christopher Weissenborn/AP"),  # the Guardian's "Photograph:" label glued to the caption
        ("opill-otc-approval-2023", "/ Perrigo Company plc"),  # NPR's credit after a slash, a company's name
        ("boeing-737-max-deferred-prosecution-2021", "LM Otero FILE - In this Dec. 2, 2020 file photo"),  # AP's file-picture label, its photographer's credit run in before it
        ("boeing-737-max-deferred-prosecution-2021", "The American Airlines flight is scheduled to land"),  # the caption's last sentence, cut off, no credit after it
        ("qatar-gulf-rift-ties-cut-2017", "will be cutting all official ties with Qatar."),  # a caption's first sentence, "Pictured left to right are …" after it
        ("qatar-gulf-rift-ties-cut-2017", "Pictured left to right are UAE president"),  # the Daily Mail's pointer at a picture's people
        ("sohag-train-collision-2021", "People inspect damaged train cars"),  # a caption whose credit the page cut: "… via Getty I"
        ("wga-writers-strike-2023", "Photo Insert: "),  # a caption's label
        ("avicii-death-2018", "Representation pic"),  # a stock picture's label
        ("fed-cuts-rate-to-1-percent-2008", "Ben Bernanke; file photo"),
        ("kroger-albertsons-merger-2022", "Kroger on Friday announced a $24.6 billion deal"),  # UPI's caption over the story, before 'Photo courtesy <a href=…>'
        ("kroger-albertsons-merger-2022", "It creates a huge 4,996-store grocery chain"),
        ("cambodia-girl-h5n1-death-2023", "A breeder covers his face"),  # a caption closed by its place, its date and its wire: '…, Zhejiang province, April 11, 2013.— Reuters'
        ('medvedchuk-azov-prisoner-swap-2022', 'MINISTRY OF INTERNAL AFFAIRS OF UKRAINE/VIA REUTERS'),  # a credit handed on by a wire, in capitals
        ('amtrak-empire-builder-montana-derailment-2021', 'A train derailed in Montana / Photo Twitter Screenshot'),
        ('hpakant-jade-mine-landslide-2020', 'cascaded right into a turquoise lake'),  # a pull quote beside the sentence it lifts
        ('chile-santiago-fare-riots-emergency-2019', 'A demonstrator tosses back a tear gas canister during a protest in Val'),  # a picture's alternative text over its caption
        ('ipcc-code-red-report-2021', '“Every bit of warming matters,”Ed Hawkins'),
        ('sweden-lofven-no-confidence-2021', 'Nooshi Dadgostar, leader of the Left Party'),
        ('kate-abdominal-surgery-2024', 'abdominal surgery (file picture) (PA)'),  # a file picture's label, then its wire's credit
        ('omicron-variant-chill-2021', '?? Pic for representation ??'),
        ('rubymar-sinks-red-sea-2024', 'This image taken on February 27, 2024 displays'),  # a spinner's 'shows'
        ("apex-stegosaurus-record-auction-2024", "Image: picture alliance / ZUMAPRESS.com"),  # DW's credit glued on, its library's web address in it
        ("hamburg-port-strike-closure-2023", "Tollerort in Hamburg Image: dpa"),  # a credit glued on, the agency in lower case
        ("thailand-senate-marriage-equality-2024", "Members of the LGBTQ+ community react as they arrive"),  # a group's members doing something, no stop
        ("thailand-senate-marriage-equality-2024", "Activists from the LGBTQ community celebrate after"),
        ("nurpur-school-bus-gorge-2018", "Residents of Nurpur, Kangra district help to rescue"),  # the same, dated
        ("kumagaya-41-1c-japan-record-2018", "A temperature indicator measures 41.0 degrees Celsius"),  # "| Kyodo/via Reuters" after it
        ("phoenix-strip-mall-shooting-2022", "It's America's epidemic."),  # a video's caption, its sources after it: "(Source: CNN/KOKI/KTVA/…)"
        ("biz-markie-death-2021", "Biz Markie, seen at Kensington High Street in London on April 6, 1988."),  # a named subject "seen" somewhere on a dated day
        ("shabunda-malu-aviation-crash-2021", "Map of South Kivu province, Democratic Republic of Congo"),  # a map's caption
        ("eastern-kentucky-floods-16-dead-2022", "Flooded House, Following a Severe Rainstorm BanksPhotos/Getty Images, FILE"),  # "NAME/Getty Images, FILE" glued on
        ("north-america-total-solar-eclipse-2024", "Yurem Rodriquez watches as the moon partially covers the sun"),  # closing on the camera's vantage point: ", as seen from Eagle Pass, Texas, US."
        ("agung-bali-airport-closure-2018", "Mount Agung volcano erupts during the night, as seen from Datah village"),
        ("ahmaud-arbery-murder-verdict-2021", "This photo combo shows, from left, Travis McMichael"),  # AP's "photo combo"
        ("ahmaud-arbery-murder-verdict-2021", "From left, Travis McMichael, his father Gregory McMichael"),  # who stands where, the picture dropped
        ("pagar-alam-bus-ravine-2019", "Rescue personnel retrieving a victim after a bus plunged"),  # someone at work with no verb of their own, dated
        ("crispr-nobel-chemistry-2020", "Emmanuelle Charpentier (L) and Jennifer Doudna, both speaking at"),
        ("kenny-rogers-death-2020", "In a private ceremony at the home of the groom"),  # a caption paragraph whose later sentence says "From left:", "(AP Photo)" closing it
        ("kenny-rogers-death-2020", "Congratulating the couple immediately after the ceremony"),
        ("narayanganj-shitalakkhya-ferry-collision-2021", "Relatives of the victims cry as the bodies are removed"),  # ABC's "( AP: NAME", its bracket cut open
        ("prince-charles-covid-positive-2020", "Here he uses a namaste gesture instead"),  # the Daily Mail's "Here he uses …" after a caption's first sentence
        ("meat-loaf-death-2022", "ALTERNATE CROP OF NY107"),  # AP's cropped picture over "FILE- This … file photo shows"
        ("meat-loaf-death-2022", "The 68-year-old had canceled two other concerts"),  # the same caption's last sentence
        ("milagres-bank-robbery-shootout-2018", "Map locator"),  # the BBC's map, its alternative text
        ("blumenau-daycare-hatchet-attack-2023", "A 2022 photo from the Facebook page of the private Cantinho"),  # a dated picture "from" a page, then "shows"
        ("kim-potter-manslaughter-verdict-2021", "Court TV via AP, Pool"),  # a pool picture's credit
        ("kim-potter-manslaughter-verdict-2021", "In this screen grab from video, former Brooklyn Center Police Officer"),
        ("nayarit-tourist-bus-ravine-2023", "Emergency personnel work on the site where a bus carrying tourists"),  # "… in this handout image obtained from social media"
        ("gorbachev-death-2022", "reuters file/Sergei Karpukhin"),  # a credit in lower case under a caption dated "in 2005."
        ("juan-orlando-hernandez-convicted-2024", "speaks during the opening ceremony of the UN Climate Change Conference"),  # AP dates an archive picture by its year
        ("kawasaki-bus-stop-stabbing-2019", "Rescue workers operate at the site where sixteen people"),  # above the lead, closed by "(Reuters)"
        ("kawasaki-bus-stop-stabbing-2019", "Rescue workers operate at site where multiple people"),  # "…, in photo released by Kyodo news service Reuters"
        ("semeru-eruption-2022", "Mount Semeru is Indonesia’s highest volcano (AP)"),  # PA's member papers credit a caption "(AP)" without a stop
        ("essex-lorry-39-bodies-2019", "Scene - police are guarding the area"),  # Newsquest's one-word label before a caption
        ("guyana-mahdia-dorm-fire-arson-2023", "after it had been locked for the night."),  # the lead restated over "Representational image. NAME"
        ("toronto-bathurst-sheppard-police-shooting-2025", "Adam Dabrowski / Global News"),  # a picture's photographer and outlet
        ("toby-keith-death-2024", "Image caption, Toby Keith had previously"),  # the BBC's caption label
        ("ccleaner-hack-targeted-tech-firms-2017", "image copyrightdie-phalanx"),  # the BBC's older labels glued to their text
        ("ccleaner-hack-targeted-tech-firms-2017", "image captionIt's still not clear"),
        ("ccleaner-hack-targeted-tech-firms-2017", "Computer codeImage copyright"),  # a caption run into the label after it
        ("mars-explores-kellanova-acquisition-2024", "Snickers bars are seen in this picture illustration"),  # Reuters' caption of an illustration
        ("typhoon-noul-cagayan-landfall-2015", "Picture 1 of Noul stormed into the Philippines"),  # a gallery's counter before its title
        ("spacex-moon-pad-crs10-launch-2017", "EMBED </>More News Videos"),  # ABC stations' video label
        ("minassian-van-attack-verdict-2021", "THE CANADIAN PRESS/Alexandra Newbould"),  # The Canadian Press in capitals, first
        ("minassian-van-attack-verdict-2021", "Justice Anne Molloy, from top left, John Rinaldi"),  # the caption over that credit
        ("minassian-van-attack-verdict-2021", "Aaron Vincent Elkaim/CP Police are seen near a damaged van"),  # "NAME/CP" glued before its caption
        ("oahu-skydiving-plane-crash-2019", "Nine people on board the twin engine aircraft died Friday night"),  # AP's caption's second sentence, a photographer's name closing it
        ("shenzhou-12-first-crew-launch-2021", "China plans on Thursday to launch three astronauts"),  # the same under its credit ("Ng Han Guan/AP")
        ("sydney-cbd-knife-attack-2019", "Police and witnesses say a young man yelling about religion"),
        ("plumpang-fuel-depot-fire-2023", "Burnt houses in Plumpang, north Jakarta, after a fire"),  # a sentence and "AFP" on a line mid-story
        ("sao-sebastiao-landslides-2023", "A highway blocked by a landslide in Ubatuba"),
        ("aaron-hernandez-murder-conviction-2015", "ESPN legal analyst Roger Cossack discusses the conviction"),  # a video's blurb, its running time closing the line
        ("gulf-of-mexico-pipeline-oil-leak-2023", "A Unified Command composed of the Coast Guard"),  # a caption's later sentence, its credit followed by AP's "(Uncredited)"
        ("guinea-nzerekore-stadium-crush-2024", "Photograph: Getty Images from the Rediff.com Archives"),  # Rediff's credit before its caption
        ("dalai-lama-tongue-apology-2023", "Watch the video: footage puts the Dalai Lama in distress"),  # a video's label and title
        ("kilauea-leilani-estates-eruption-2018", "CORRECTS LOCATION TO HAWAII VOLCANOES NATIONAL PARK"),  # AP's correction note in a caption
        ("loffingen-monkeys-escape-2021", "he's just yawningImage: Felix Kästle/dpa/picture alliance"),  # DW's credit glued to its caption
        ("qatar-leaves-opec-2018", "OPEC logo used for representational purpose."),
        ("horizon-air-stolen-plane-2018", "Ticketing at Sea-Tac Airport, 10 November 2015 (Black Press Media files)"),  # a credit to an agency's files
        ("daihatsu-halts-all-shipments-2023", "Photo taken from a Kyodo News helicopter on Dec. 20, 2023, shows"),  # Kyodo's caption
        ("hashem-abedi-sentenced-55-years-2020", "BEST QUALITY AVAILABLE Undated handout file photo issued by"),  # PA's caption of a police handout
        ("las-tejerias-landslide-2022", "The forearm of a body buried under debris"),  # AFP's "… is pictured on October 11, 2022, days after …"
        ("lucy-trojan-asteroids-launch-2021", "NASA released this photo, which shows the United Launch Alliance"),  # a caption pointing at its picture
        ("milkha-singh-death-2021", "The judges awarded the race to Davis but gave both athletes"),  # closed by "Photo: The Hindu Photo Archives"
        ("boy-scouts-bankruptcy-2020", "This July 8, 1937, file photo, President Franklin D. Roosevelt"),  # AP's file caption without its "In"
        ("boy-scouts-bankruptcy-2020", "The filing Tuesday, Feb. 18, in Wilmington, Delaware, is an attempt"),  # and its later sentence on the line
        ("okhotsk-pichugin-adrift-rescue-2024", "Video grab of the man adrift in the inflatable boat"),  # a video grab's caption, its long credit in brackets
    ],
)
def test_captions_and_picture_credits_on_real_pages_are_set_apart(event: str, line: str) -> None:
    assert unit_containing(compared_event(event), line).boilerplate


def test_a_caption_printed_again_under_its_credit_is_set_apart() -> None:
    """TRT World prints "Relatives cry while waiting …", then "Reuters", then the caption once more."""
    comparison = compared_event("lake-toba-ferry-sinking-2018")
    copies = [u for u in comparison.units["trtworld"] if u.text.startswith("Relatives cry while waiting")]
    assert len(copies) == 2
    assert all(u.boilerplate for u in copies)


def test_a_line_saying_one_sentence_twice_is_a_picture_s_alternative_text_and_caption() -> None:
    """Live Feeds prints "A wrecked car under a fallen metal roof." twice on one line between two credited captions;
    Jurnal Time prints its teasers so ("Delaying interest rate cuts could lead to economic collapse!")."""
    for event, witness, opening in (
        ("selma-alabama-tornado-2023", "livefeeds", "A wrecked car under a fallen metal roof."),
        ("apple-eu-music-streaming-fine-2024", "jurnaltime", "Delaying interest rate cuts could lead"),
    ):
        copies = [u for u in compared_event(event).units[witness] if u.text.startswith(opening)]
        assert len(copies) == 2 and copies[0].paragraph == copies[1].paragraph
        assert all(u.boilerplate for u in copies)


def test_a_picture_s_alternative_text_over_its_credited_caption_is_set_apart_however_much_it_reports() -> None:
    """The Straits Times prints each picture's text twice running, the second time with its credit: "Aid supplies,
    including generators, … plane- loads of supplies to Suv" (cut off), then the same through "… Suva, the capital.
    The death toll has risen to 29, … evacuation centres. PHOTO: REUTERS". Its own story starts "SUVA • Humanitarian
    aid has begun flowing into Fiji" and stays."""
    units = compared_event("fiji-cyclone-winston-toll-29-2016").units["straitstimes"]
    pictures = [u for u in units if u.text.startswith(("Much of Taviya village", "Aid supplies, including", "Australia and New Zealand sent", "The death toll has risen to 29"))]
    assert len(pictures) == 7
    assert all(u.boilerplate for u in pictures)
    assert not next(u for u in units if u.text.startswith("SUVA • Humanitarian aid")).boilerplate


def test_a_caption_over_a_member_paper_s_credit_is_set_apart_to_its_last_sentence() -> None:
    """The Courier's gallery: "A wildfire burns near homes, Thursday, Dec. 30, 2021, in Superior, Colo. An estimated
    580 homes … officials said Thursd" (cut off), then "Helen H. Richardson - member, The Denver Post"."""
    comparison = compared_event("marshall-fire-colorado-2021")
    repeated = [u for u in comparison.units["wcfcourier"] if u.text.startswith("An estimated 580 homes")]
    assert len(repeated) == 2
    assert all(u.boilerplate for u in repeated)


def test_a_caption_behind_a_gallery_s_counter_is_chrome_to_its_last_sentence() -> None:
    """UPI prints its gallery's caption, three sentences and a credit, behind "1 of 3 |"."""
    upi = compared_event("luxor-userhat-tomb-mummies-2017").units["upi"]
    (first,) = [u for u in upi if u.text.startswith("1 of 3 |")]
    line = [u for u in upi if u.paragraph == first.paragraph]
    assert len(line) == 4 and all(u.boilerplate for u in line)


def test_a_caption_credited_to_the_canadian_press_is_set_apart_and_the_deck_under_it_kept() -> None:
    """The Cloverdale Reporter opens on a picture's caption closed by "(The Canadian Press)", then the story's deck
    ("CNN calls death a suicide …"): the caption is chrome, and the deck, a line without a stop under it, is no
    link trailing chrome."""
    comparison = compared_event("bourdain-found-dead-2018")
    assert unit_containing(comparison, "was well known for TV series like").boilerplate
    assert not unit_containing(comparison, "CNN calls death a suicide after Boudain").boilerplate


def test_a_lead_that_names_its_wire_after_a_dateline_stays_reporting() -> None:
    """The Oman Observer's lead ("Muscat: Drone attacks on two Saudi Aramco factories … said without identifying the
    source of the drones.") carries "Reuters" on its line, as a caption carries its credit: after a dateline the
    wire's name is the story's source, and the lead stays."""
    assert not unit_containing(compared_event("abqaiq-khurais-drone-attack-2019"), "Muscat: Drone attacks on two Saudi Aramco factories").boilerplate


def test_a_quotation_of_two_sentences_over_a_credit_stays_reporting() -> None:
    """NBC Miami prints a student's words ("“It was a large explosion. I felt it, I was asleep and it woke me,” he
    said.") on the line above a picture's credit ("Adalberto Roque/AFP via Getty Images"): a speaker's words, which
    no caption is, though the quotation's two sentences are two units."""
    comparison = compared_event("havana-hotel-saratoga-explosion-2022")
    quoted = [u for u in comparison.units["nbcmiami"] if "large explosion" in u.text or "woke me" in u.text]
    assert len(quoted) == 2 and not any(u.boilerplate for u in quoted)


def test_the_cut_line_under_a_caption_closed_by_its_credit_stays_reporting() -> None:
    """India Today's page ends "Pant in hospital (Courtesy: India Today photo)" then "Some accounts state that he was
    driving a Mercedes when his car crashe", where the stored page was cut: the caption is chrome, and the line under
    it is the story's, not a link trailing it, nor one of a list of links the caption would open."""
    pant = compared_event("rishabh-pant-car-crash-2022")
    assert unit_containing(pant, "Pant in hospital (Courtesy: India Today photo)").boilerplate
    assert not unit_containing(pant, "Some accounts state that he was driving a Mercedes").boilerplate
