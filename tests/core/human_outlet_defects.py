"""The open defects of ``test_human_outlets.py``: events of ``bench/corpus`` where an outlet people wrote still
gets a garble, each named with its cause, the outlet and the measures that put it inside the spinners' range. Kept
apart from the tests, as the record of what is not yet right, so the tests read as they run.
"""

_SOURCE_OF_A_PARAPHRASE = (
    "open defect: a newspaper whose story only a rewording tool's copy of it also carries. Boris: "
    "thepigeonexpress reprints the Guardian story that parliamentnews, a paraphrasing tool, rewords; spy balloon: "
    "wcfcourier prints the AP story that afmitrynews rewords into plainer words. Where the two wordings tie, the "
    "language model prefers the tool's commoner words ('said' for 'added', 'told' for 'advised', 'expect' for "
    "'anticipate'), so the newspaper shows the habit and gets ten and fourteen garbles. Leaving such ties unsettled "
    "in two-outlet rows cleared nothing and lost a spinner elsewhere (Kissinger's rangeinn); settling them on fit "
    "beyond word frequency (the trigram gain less the unigram gain) cleared neither and added 17 false garbles"
)
_A_LONE_EDIT_AGAINST_TWO_COPIES = (
    "open defect (round 31, held out): Premium Times rewrites the BBC report that two other outlets copy, "
    "and its 'former cabinet minister' for their 'former government minister' is called a spinner's swap: the "
    "structural check scores the copied context, the two-against-one wording and the difference of the outlets' "
    "habits, and the copies' habit is nil, so one honest word in copied context reaches the bar; so (round 150) "
    "Europe Diplomatic's edit of AP's Qaboos obituary against three AP copies ('archaic laws' for 'harsh laws', "
    "'popular' for 'welcoming'): two; (round 174) Business Insider's rewrite of AP's TikTok fine ('imposed' for "
    "'slapped TikTok with'): one; and (round 179) The West's AAP copy of AP's Kallakurichi story, which writes "
    "'alcohol' for AP's 'liquor' in two copied sentences against five AP copies: two; and (session 24, round 202) "
    "ABC News's Kaseya story on an aggregator (webjosh), whose 'network-management package' stands against the AP "
    "copies' 'network-management software' in one copied sentence: one"
)
_A_SHORT_REWRITE_OF_THE_WIRE = (
    "open defect (round 44, held out): The Federal's short rewrite of AP's Magdeburg story keeps AP's frames "
    "and changes a word or two in each ('apprehended' for 'arrested', 'the vehicle sped into the crowded market' for "
    "'the car barreled into the market'); odd one out 9.5 times in the six rows it shares, one for one and in copied "
    "frames, it shows a spinner's habit on every measure and gets eight garbles"
)
_TWO_TRANSLATIONS_OF_ONE_QUOTE = (
    "open defect (round 46, held out): AP and AFP translate Rutte's Dutch each their own way ('we have to draw "
    "the conclusion' against 'we have unfortunately reached the conclusion'); in otherwise matching wording, one "
    "against one, the structural check settles the tie by habit and calls AP's 'to draw' a spinner's synonym (one "
    "garble, within the issue's one an outlet, but this test asks for none)"
)
_ANOTHER_WIRE_AMONG_COPIES = (
    "open defect (round 35, held out): The Straits Times's Reuters item beside three copies of AFP's story "
    "is odd one out at every word the two wires chose differently in one shared frame ('evacuated' for 'searched', "
    "'due to attend' for 'expected to show up for') and gets five garbles; its habit (2.4 odd swaps a shared row, "
    "58 % one for one, 53 % of words copied) lies inside the range of the corpus's spun outlets on all three measures; "
    "so (session 28, round 231) Pelican Press's copy of the New York Times's Battagram chairlift story beside Reuters "
    "copies: 'carry out safety inspections' where Reuters has 'conduct': one"
)
_ANOTHER_STORY_AMONG_COPIES = (
    "open defect (rounds 58 and 61, held out): an outlet's own story beside copies of a wire's, sharing its "
    "frames, is odd one out at every word it chose differently. The BBC's Ohtani story beside four copies of AP's "
    "('sensation' for 'star', 'after' for 'following'): 1.06 odd swaps a shared row, 60 % one for one, 39 % of words "
    "copied, fourteen garbles (its AI paraphrase is the rewording outlet, and is not taken). Anadolu's Marburg story "
    "beside Reuters copies, both quoting Rwanda's health ministry ('strong headache' for 'severe headaches'): 1.19, "
    "50 %, 51 %, eight garbles. Both lie inside the spun outlets' range on all three measures. ABC News Radio's "
    "T-Mobile story beside AP, CBS and VOA copies (session 21): eight; Loop Nauru's copy of the BBC's HSE "
    "ransomware story beside Reuters, AP and AFP copies: four, since a scraper copy's teasers were set apart as chrome "
    "(its rows then aligned better, pairs 0.65 -> 0.79, and the BBC's words became the odd ones out); Yahoo UK's "
    "PA-style story of Facebook's 'View As' breach beside AP and Washington Post copies, all quoting Facebook's "
    "statement (session 24, round 200): 0.86 odd swaps a shared row, 81 % one for one, fifteen garbles"
    "; and (session 30, round 242) WBAY's copy of AP's Quaker granola recall and K92.3's rewrite of it beside four "
    "copies of USA Today's story (two scrapers', a spinner's, an AI rewrite's) that share its frames: 'concerns' where "
    "they have 'risk', 'occur' for 'happen': fifteen"
    "; and (session 32, round 256) a blog's copy of Anadolu's Lulonga boat sinking beside AP copies, a spinner's and "
    "two translations ('attributed' for 'blamed', 'locality' for 'town'): eight"
)
_TWO_REWORDINGS_OUTVOTE_A_REWRITE = (
    "open defect (round 35, held out): two machine-reworded copies of AP's Google ruling (adiktblog, "
    "nybreaking) share their swaps, so where they outnumber the other outlets their words are the majority, and a "
    "British rewrite (funandflip: 'quash', 'senior', 'centrepiece') is odd one out eight times in seven shared rows "
    "(85 % one for one), inside the spinners' range; it gets six garbles"
)
_THE_BBC_AMONG_WIRE_COPIES = (
    "open defect (round 72, held out): a Sri Lankan site's copy of the BBC's story of the missing Indonesian "
    "submarine, beside copies of AP's and Reuters's and a machine translation, is odd one out at every word the BBC "
    "chose ('thought' for 'believed', 'German-made' for 'German-built'): 0.82 odd swaps a shared row, 60 % one for "
    "one, 59 % of words copied, inside the spun outlets' range on all three measures; ten garbles; and (session 26, "
    "round 221) a scraper's copy of the BBC's story of the Hunter Valley wedding bus crash beside copies of AP's takes "
    "and a spinner's copy of AP's ('unharmed' for 'uninjured', 'scene' for 'site'): sixteen"
)
_A_REWRITE_WITH_A_HABIT = (
    "open defect (round 74, held out): LBC's PA-based rewrite of Queen Margrethe's abdication gives the speech in "
    "its own words and is odd one out in many rows (structural habit 0.45, New Idea's 0.0); where the two tie one "
    "against one in otherwise matching wording ('speech' against 'televised address'), the habit settles it: two garbles"
)
_A_UK_REWRITE_AMONG_WIRE_COPIES = (
    "open defect (round 79, held out): Yahoo UK's rewrite of Reuters's Van Gogh story, beside copies of Reuters's "
    "and AP's, words the copied sentences its own way ('canvasses' and 'masterpieces' for 'paintings', 'raid' for "
    "'police'): 0.75 odd swaps a shared row, 67 % one for one, 60 % of words copied, inside the spun outlets' range "
    "on all three measures; eighteen garbles at the end of session 17 (twenty at its first run: 'organised' for "
    "'organized' was a national spelling and is no longer flagged, another left with a chrome rule that moved its rows)"
    "; so (session 50, round 323) a blog's copy of the Guardian's rewrite of AP's Mosul ferry story beside six AP "
    "copies ('drowned' for 'died', 'few' for 'many', 'Defence Corps' for 'Defense'): seven"
)
_A_THESAURUS_REWRITE = (
    "open defect (round 85, held out): a Maltese business site's rewrite of the BBC's Samsung strike story keeps "
    "each sentence and words it anew a word at a time ('top manufacturer' for 'largest maker', 'cautioned' for "
    "'warned', 'roughly' for 'about'): 1.8 odd swaps a shared row, 77 % one for one, 51 % of words copied, inside the spun outlets' range; its words read no worse than the "
    "BBC's to the language model (mean gain +0.45 nats a word, the spun outlets' -1.6 to +3.7): eighteen garbles. "
    "Kaohoon's rewrite of AFP's Brasilia riots story words it so too ('acknowledge' for 'accept', 'either return … to "
    "office' for 'restore … to power'); it came to be judged a rewording outlet in session 29, when National World's "
    "AFP caption (a Getty credit closing it) left the rows and moved them: fifteen garbles; and (session 31, round 250) "
    "Outlook India's rewrite of Reuters's Celsius story with lines of the company's blog ('noted' for 'said', 'having "
    "raised' for 'which raised', its typo 'wwap' for 'swaps'): 1.1 odd swaps a shared row, 64 % one for one, seven garbles"
)
_A_CROWD_OF_REWORDINGS = (
    "open defect (round 89, held out): of seven outlets on the Hurghada shark attack three are machine rewordings "
    "of AP's story; teleSUR's report, which reads as translated ('aquatic sports', 'prohibition', 'vicinity'), and "
    "ABC's live blog ('mauled', 'says') are odd one out against them in nearly every shared row (1.8 and 2.1 odd "
    "swaps a row, 81 % and 71 % one for one): twenty-two garbles on the two"
)
_AN_EDITED_WIRE_COPY = (
    "open defect (round 90, held out): Sentinel Colorado's copy of AP's Mattis story, beside AP's own copies, words "
    "the copied sentences its own way ('quickly and matter-of-factly' for 'abruptly', 'exit his post' for 'leave'): "
    "odd one out in every shared row, all one for one, 88 % of words copied, a spinner's pattern on every measure: "
    "twelve garbles; so (round 180) the Daily Mail's rewrite of AP's Matamoros kidnapping story ('through' for 'across "
    "from', 'apprehension' for 'arrest', its typo 'dug cartels'): nine; and (round 193) the Taipei Times's print edit of AP's Vizag gas leak ('facility' for 'plant', "
    "'halted' for 'stopped', '3km' for 'three kilometres'), odd one out in every shared row beside a spinner's copy that "
    "restructures, eight; and (session 26, round 219) the South China Morning Post's copy of AP's Xinjiang earthquake "
    "story, 'earthquake' where the AP copies beside it write 'quake': three; and (session 27, round 229) the Cyprus Mail's "
    "copy of Reuters's later Arras take, 'state watchlist' where the first take's copies write 'watch list': one; and "
    "(round 230) the Independent's copy of AP's San Cristobal story, 'city' where the Washington Post's copy has 'town': two"
    "; and (session 30, round 242) BusinessLIVE's and the Fiji Times's edit of Reuters's Huahai import ban, "
    "'medicines' where three Reuters copies have 'drugs': one each; and (session 52, round 346) the Taipei Times's print "
    "edit of AP's Atlanta spa shootings, 'Ministry of Foreign Affairs' where the other copies have 'Foreign Ministry': one"
    "; and (session 53, round 379) the Irish Examiner's edit of AP's Zhob bus story for British and Irish papers, "
    "'on board' where WTOP's copy has 'traveling in': one"
)

_AN_EARLIER_TAKE_AMONG_LATER_ONES = (
    "open defect (session 26, round 219, held out): AOL's reprint of AP's first take of the Jolo C-130 crash stands "
    "beside copies of AP's later takes, a spinner's copy and a machine paraphrase; where the later takes word AP's own "
    "sentences anew ('said' for 'added', 'aircraft' for 'Lockheed C-130 Hercules', 'MANILA, Philippines (AP)' for "
    "'(AP)'), the first take's words are the odd ones out in most shared rows and it is taken as rewording: eight garbles"
)

_A_REWORDING_REPRINTED = (
    "open defect (round 93, held out): BusinessDay's reworded copy of Reuters's OPEC+ story is reprinted word for "
    "word by a second site, so against the one plain Reuters copy (Rustavi 2) the reworded words are the majority; "
    "in otherwise matching wording ('oil curbs' against 'of cuts', 'through' against 'until') the structural check "
    "calls the wire's words the swap: two garbles"
)
_A_BRITISH_DESK_S_WORDS = (
    "open defect (round 94, held out): a British local paper's copy of the admissions-bribery story puts AP's words "
    "in British usage ('football coach' for 'soccer coach', 'prosecutor' for 'U.S. Attorney'); one against one in "
    "otherwise matching wording, the structural check calls both garbles (a national spelling is known, a national "
    "word is not)"
)
_A_NETWORK_S_REWRITE = (
    "open defect (round 96, held out): a Fox News feed's rewrite of AP's Messina Denaro story, beside AP's copies, "
    "words the copied sentences its own way ('apprehended' for 'captured', 'evaded authorities' for 'eluded "
    "capture', 'Premier' for 'Prime Minister'): 0.9 odd swaps a shared row, 64 % one for one, 67 % of words copied, inside the spun outlets' range: eight garbles"
)

_TAKEN_WHERE_A_TIE_STAYS_OPEN = (
    "open defect (session 51): since a tie between two outlets is settled by the language model only at 2 nats a "
    "word, eleven events lost their false garbles and these four gained some: the tie each of two outlets took half "
    "of now counts towards a human rewrite's habit (Pharmacy Times on Austria's lockdown, PopCulture on the Colombian "
    "children, the Guardian on the Pylos shipwreck, WAAY on Griner's sentence: two to eleven garbles each)"
)
_A_HOUSE_STYLE_WORD = (
    "open defect (session 51, round 339, held out): the Namibian Sun's NAMPA-Reuters copy of the Kebbi abduction "
    "writes 'learners' for 'students' throughout, its house style, inside a quotation as well: a word swapped in "
    "every row as a spinner swaps it, so the outlet is taken for a rewording one ('abducted' for 'kidnapped' with "
    "it): two garbles besides the listed quotation"
)
_A_PARTISAN_SITE_S_REWRITE = (
    "open defect (session 51, round 335, held out): Breitbart's rewrite of AP's Chuck E. Cheese bankruptcy story, "
    "beside AP's copies, words the copied sentences its own way ('moniker' for 'alias', 'such as' for 'like', "
    "'offered' for 'began offering'), and is taken for a rewording outlet: seven garbles"
)

_THE_WIRE_AGAINST_ITS_TRANSLATION = (
    "open defect (round 99, held out): Dunya News's full Reuters story of Senegal's postponed election, beside a "
    "shorter Reuters take, a machine translation of it, copies of AP's and AFP's and Al Jazeera's, is odd one out "
    "against each of them in turn (AP's own English for Sall's French quote, the translation's 'voting process' for "
    "'ballot'): 1.4 odd swaps a shared row, 90 % one for one, 47 % of words copied, inside the spun outlets' range; "
    "the translation's common words read better to the language model, so the ties fall on the wire: ten garbles"
)
_A_DESK_S_PARAPHRASE = (
    "open defect (round 100, held out): Zee News's rewrite of PTI's Wayanad landslide story words each copied "
    "sentence anew ('individuals' for 'people', 'directed to proceed' for 'instructed to move', 'heading' for 'en "
    "route'): 1.0 odd swaps a shared row, 80 % one for one, 56 % of words copied, inside the spun outlets' range: "
    "eighteen garbles; so (round 187, held out) News Central's rewrite of AP's Kaffrine bus crash ('wounded' for "
    "'injured', 'deliberate on' for 'discuss'): seven; NewsBreak's British-spelled copy of AP's Shiyan gas explosion "
    "('neighbourhood' for 'area', 'blast happened' for 'explosion hit'): eight; and Inview's rewrite of AP's Yinchuan "
    "restaurant explosion ('Huge' for 'A massive', 'premises' for 'restaurant'): thirteen; and (round 188) JPNN's "
    "rewrite of Reuters's Murree snowstorm story ('trapped' for 'stranded', 'vehicles' for 'cars'): ten; and (round "
    "189) ABP Live's rewrite of Reuters's Fujimori release ('saviour' for 'saved', 'clash' for 'battle'): eighteen; and "
    "(round 190) ChannelNews's rewrite of AP's Starlink story ('brink' for 'verge', 'globe' for 'world'): thirteen; and "
    "(session 25, round 208) Caliber's rewrite of Bloomberg's story of Taiwan's last reactor ('objectives' for 'goals', "
    "'final' for 'last', 'contributed' for 'added'): twenty-four; and (round 212) CBS Miami's rewrite of AP's Takata "
    "recall ('another' for 'an additional', 'spewing' for 'hurl'): three; and (round 216) The Diplomatic Insight's rewrite "
    "of AP's report of 100 million displaced ('conflict' for 'war', 'whereas' for 'while'): twelve; and (session 26, round 217) The National's rewrite of AFP's Ludhiana gas leak ('admitted to "
    "hospital' for 'hospitalised', 'a clothes' for 'an apparel'): three"
    "; and (session 30, round 242) The Viral Track's blog rewrite of the Zurich Zoo tiger story ('Staffs' for 'Staff "
    "members', 'eventually managed' for 'were able'): five"
    "; and (session 32, round 258) WION's rewrite of AFP's first Emilia-Romagna flood take beside AFP copies and a "
    "machine rewording ('deadly' for 'killed', 'confirmed' for 'reported'): four"
    "; and (round 261) The Independent's staff rewrite of AP's Furuvik chimpanzee story ('explained' for 'said', "
    "'euthanised after escape' for 'that escaped'): three"
    "; and (session 49, round 317) WION's rewrite of Reuters' Nayarit bus crash ('sent to hospitals' for 'transferred'): "
    "one, since a Reuters handout caption left the row (none before)"
)


_ANOTHER_TRANSLATION_OF_A_QUOTE = (
    "open defect (round 104, held out): Rustavi 2's short report of the Norilsk diesel spill gives Putin's words in "
    "its own English ('So what, we are going to learn about emergencies from social media now?' where Reuters's "
    "copies have 'What — are we to learn about emergency situations from social networks?'), "
    "odd one out against four copies of one wording at every word of it: 1.8 odd swaps a shared row over five "
    "rows, 74 % one for one, 54 % of words copied; taken as rewording, it and the Indian Express's Reuters copy "
    "beside it get nine garbles"
)

_A_LATER_TAKE_AMONG_EARLIER_ONES = (
    "open defect (session 29, round 240, held out): the Los Angeles Times's copy of AP's updated São Sebastião "
    "landslides story stands beside the first take, two reprints, a rewrite, a machine rewording and an AI "
    "paraphrase; where AP's update words its own sentences anew ('fatalities' for 'the death toll', 'residents lined "
    "up' for 'people', 'Gov.' for 'Governor'), the update's words are the odd ones out in most shared rows and it is "
    "taken as rewording: seven garbles (the mirror of the earlier take among later ones)"
)
_REWORDINGS_OUTNUMBER_THE_WIRE = (
    "open defect (round 114, held out): the Taipei Times's copy of AFP's Suu Kyi sentencing story stands beside four "
    "machine rewordings of the same text (two translations back into English, a spinner's copy, a paraphraser's) and "
    "one more AFP copy: where the rewordings agree ('violating' against AFP's 'breaching', 'prison' against 'jails'), "
    "the wire's word is the odd one out: seven garbles; so is the Straits Times's "
    "Reuters story (round 167) beside a spinner's copy and three machine translations of it and one rewrite: three; "
    "and the Jerusalem Post's Reuters copy of the Aqaba chlorine leak (round 175) beside three machine rewordings that "
    "write 'yellow gas' where it writes 'yellow-colored' and two more copies 'yellow-coloured': one; and (session 24, "
    "round 203) a copy of ABC's story of Judge Boasberg's hearing (freeamericanetwork) beside a rewrite and a machine "
    "rewording of the same ABC text, which agree against it ('left' for 'already departed', 'ignored' for 'disregarded'): eleven; "
    "and (session 25, round 209) a clean copy of the New York Times's Mali coup story (onlinedayz) beside three spinners' "
    "copies and two machine rewordings of it: 'situation' where a spinner writes 'state of affairs': one; and (session "
    "27, round 225) a clean copy of AP's feature on the Ecuador earthquake (nanaimonewsnow) beside five machine rewordings "
    "of it: 'inhabited' where they write 'lived in', 'crumbled' for 'collapsed', 'centered' for 'was concentrated': eleven; "
    "and (session 28, round 233) NBC Bay Area's copy of CNBC's Poly Network story beside three rewordings of it (an AI "
    "rewrite, a machine paraphrase, Finance Monthly's rewrite): 'disclosed' where they write 'reported', 'stole' for "
    "'took': fifteen, and three in Finance Monthly's"
    "; and (session 35, round 275) Siliconeer's reprint of AP's AWS outage story beside four rewrites and rewordings "
    "of it (a machine-reworded copy, a translated rewrite, two people's rewrites) and a translation: 'Roughly' where "
    "one has 'About', 'numerous' for 'multiple', 'thoroughly' for 'completely': eight"
)

_A_REWRITE_AMONG_MACHINE_REWORDINGS = (
    "open defect (round 119, held out): Türkiye Today's rewrite of AP's Chile wildfire story words each copied "
    "sentence its own way ('tally' for 'death toll', 'fatalities' for 'victims', 'favored' for 'popular'), beside "
    "three machine rewordings of the same AP text and three AP copies: odd one out in most shared rows, as a "
    "spinner is: eleven garbles"
    "; so (session 30, round 243) Encounter News's rewrite of AP's Jianzha rail bridge collapse beside an AI rewrite "
    "and two scrapers' AP copies ('Aerial images' for 'A video', metres where AP gives feet): eight"
    "; and (session 36, round 276) i's and Inside the Games's own reports of Dani Alves's sentence, beside machine "
    "rewordings of Reuters's and The Athletic's and people's rewrites of AP and PA: each odd one out in more rows than "
    "it shares (15.5 swaps in 12 rows, 10 in 7), mostly one for one ('raping' where City AM has 'assaulting', "
    "'intercourse' for 'assault'): twelve and ten"
    "; and (session 37, round 280) the Ghana News Agency's reprint of dpa's English report of Hamburg's port closure, "
    "beside five machine translations of dpa's German one, which agree with each other where it words the facts "
    "its own way ('vessels' where they have 'ships', 'biggest' for 'largest', 'about' for 'around'): nine"
)

_A_SOURCE_BESIDE_ITS_ONE_REWORDING = (
    "open defect (rounds 121-127, held out): a story carried by one outlet and by one machine rewording of it and "
    "by no other (jnews's copy of POLITICO's Hamburg report beside njtimesnews's spun copy; the Daily Mail's Hamilton "
    "story beside cedarnews's rewording; the Guardian's AFP story of Ferrero's Arlon plant beside slapnews's): each "
    "swap is one outlet against one, the tie counted half for each, and the other outlets' own reports make the "
    "source's wording the odd one out where they agree with neither (POLITICO's 'Multiple', the Mail's 'Reports "
    "broke of', the Guardian's 'south-eastern town'): twelve, ten and twelve garbles; so too (session 21, held out) "
    "CNBC's Wirecard story beside fr24news's rewording (fourteen), World Athletics' own Duplantis report beside "
    "athleticsnews's translation of it (seventeen) and AP's second Ayodhya take beside newsarchyuk's translation of it "
    "(round 172: sixteen); and (session 22) New Telegraph's report of the Kankara principal's account beside "
    "bazedon's translation of it (round 180: nine); and (session 24) CNBC's Nvidia-Arm report beside digitaltechblog's "
    "translation of a longer CNBC version (round 198: eleven); and (session 25) Al Jazeera's Reuters-based report of "
    "Lofven's no-confidence vote beside lacledeslanding's round-trip translation of it, taken first ('served as premier' "
    "where the translation has 'been prime minister'; round 212: sixteen); and (session 26, round 221) AmoMama's story of "
    "the AP reporter barred from the Oval Office beside middleagedclub's AI paraphrase of it ('outlet' where the "
    "paraphrase has 'organization', 'released' where it has 'issued'): thirteen"
    "; and (session 30, round 241) a copy of Sky News's WGA strike story (briefbriefing) that carries the guild's "
    "statement whole, beside exbulletin's spun copy of the Los Angeles Times's text of it ('stonewalling on' where it "
    "has 'blocking of', 'an entirely freelance' for 'a fully independent'): thirteen"
    "; and (session 35, round 275) Goal's Benzema transfer report beside mp3bullet's machine rewording of it, whose "
    "commoner words read better to the language model ('teams' for 'clubs', 'title' for 'crown', 'defeated' for "
    "'pipped'): thirteen"
    "; and (session 36, round 277) NBC Sports' report of Duplantis's Xiamen record beside wotanews's machine rewording "
    "of it ('indoor' where the rewording has 'inside', 'barrier' for 'hurdle', 'meets' for 'events'): thirteen"
)


_A_REWORDED_OPENING = (
    "open defect (session 44): a person rewords a sentence's opening and copies the rest ('A passenger jet' for 'A "
    "Lion Air plane', i's AP copy of the Lion Air crash; 'The images from inside the stadium that surfaced' for "
    "'Other images from inside the stadium, shared', Pragativadi's Madagascar story; 'the arrests' for 'detentions', "
    "ITV's Reichsbürger raids). Copied words that reach a sentence's start now anchor a swap as firmly as a longer "
    "run (17 more of the corpus's listed garbles found, no more human-written outlets with more than one), and the "
    "structural check scores these edits as swaps: one garble each, within the issue's one an outlet"
)
OPEN_DEFECTS = {
    "lion-air-jt610-crash-2018": _A_REWORDED_OPENING,
    "madagascar-stadium-crush-2023": _A_REWORDED_OPENING,
    "reichsbuerger-coup-plot-raids-2022": _A_REWORDED_OPENING,
    "boris-johnson-resigns-2022": _SOURCE_OF_A_PARAPHRASE,
    "malawi-vp-plane-crash-2024": _A_LONE_EDIT_AGAINST_TWO_COPIES,
    "magdeburg-christmas-market-2024": _A_SHORT_REWRITE_OF_THE_WIRE,
    "rutte-government-collapses-2023": _TWO_TRANSLATIONS_OF_ONE_QUOTE,
    "prague-university-shooting-2023": _ANOTHER_WIRE_AMONG_COPIES,
    "philadelphia-fairmount-fire-cause-2022": _ANOTHER_WIRE_AMONG_COPIES,  # round 303, held out: CNN's report (955klos) among ABC's, CBS3's and the Times's copies, fifteen garbles
    "ohtani-interpreter-fired-2024": _ANOTHER_STORY_AMONG_COPIES,
    "basankusu-lulonga-boat-sinking-2023": _ANOTHER_STORY_AMONG_COPIES,
    "emilia-romagna-floods-imola-2023": _A_DESK_S_PARAPHRASE,
    "furuvik-zoo-chimpanzees-euthanized-2022": _A_DESK_S_PARAPHRASE,
    "google-search-monopoly-2024": _TWO_REWORDINGS_OUTVOTE_A_REWRITE,
    "nayarit-tourist-bus-ravine-2023": _A_DESK_S_PARAPHRASE,
    "indonesia-submarine-missing-2021": _THE_BBC_AMONG_WIRE_COPIES,
    "margrethe-abdication-announced-2023": _A_REWRITE_WITH_A_HABIT,
    "vangogh-paintings-recovered-naples-2016": _A_UK_REWRITE_AMONG_WIRE_COPIES,
    "mosul-tigris-ferry-sinking-2019": _A_UK_REWRITE_AMONG_WIRE_COPIES,
    "samsung-union-first-strike-2024": _A_THESAURUS_REWRITE,
    "brasilia-riots-2023": _A_THESAURUS_REWRITE,
    "celsius-pauses-withdrawals-2022": _A_THESAURUS_REWRITE,
    "sao-sebastiao-landslides-2023": _A_LATER_TAKE_AMONG_EARLIER_ONES,
    "hurghada-tiger-shark-attack-2023": _A_CROWD_OF_REWORDINGS,
    "mattis-resigns-2018": _AN_EDITED_WIRE_COPY,
    "opec-plus-surprise-cut-2023": _A_REWORDING_REPRINTED,
    "college-admissions-bribery-charges-2019": _A_BRITISH_DESK_S_WORDS,
    "messina-denaro-arrested-2023": _A_NETWORK_S_REWRITE,
    "senegal-election-postponed-2024": _THE_WIRE_AGAINST_ITS_TRANSLATION,
    "wayanad-landslides-2024": _A_DESK_S_PARAPHRASE,
    "norilsk-diesel-spill-2020": _ANOTHER_TRANSLATION_OF_A_QUOTE,
    "suu-kyi-sentenced-2021": _REWORDINGS_OUTNUMBER_THE_WIRE,
    "chile-vina-del-mar-wildfires-2024": _A_REWRITE_AMONG_MACHINE_REWORDINGS,
    "hamburg-jehovahs-witness-shooting-2023": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,
    "nvidia-arm-deal-collapses-2022": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,
    "ferrero-kinder-arlon-closure-2022": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,
    "wirecard-insolvency-2020": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,
    "essex-lorry-39-bodies-2019": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 50, round 325, held out: CNN's story (fox43) beside its machine rewording, five garbles
    "t-mobile-breach-40-million-2021": _ANOTHER_STORY_AMONG_COPIES,
    "qaboos-death-oman-2020": _A_LONE_EDIT_AGAINST_TWO_COPIES,
    "ireland-hse-ransomware-2021": _ANOTHER_STORY_AMONG_COPIES,
    "facebook-view-as-breach-2018": _ANOTHER_STORY_AMONG_COPIES,
    "japan-korea-export-curbs-report-2019": _REWORDINGS_OUTNUMBER_THE_WIRE,
    "aqaba-chlorine-gas-leak-2022": _REWORDINGS_OUTNUMBER_THE_WIRE,
    "taiwan-last-reactor-shut-2025": _A_DESK_S_PARAPHRASE,
    "unhcr-100-million-displaced-2022": _A_DESK_S_PARAPHRASE,
    "sweden-lofven-no-confidence-2021": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,
    "ayodhya-verdict-2019": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,
    "tiktok-irish-child-privacy-fine-2023": _A_LONE_EDIT_AGAINST_TWO_COPIES,
    "kallakurichi-hooch-deaths-2024": _A_LONE_EDIT_AGAINST_TWO_COPIES,
    "kaseya-revil-ransomware-2021": _A_LONE_EDIT_AGAINST_TWO_COPIES,
    "matamoros-americans-kidnapped-2023": _AN_EDITED_WIRE_COPY,
    "vizag-lg-polymers-gas-leak-2020": _AN_EDITED_WIRE_COPY,
    "senegal-kaffrine-bus-collision-2023": _A_DESK_S_PARAPHRASE,
    "shiyan-market-gas-explosion-2021": _A_DESK_S_PARAPHRASE,
    "yinchuan-barbecue-restaurant-explosion-2023": _A_DESK_S_PARAPHRASE,
    "murree-snowstorm-tourists-2022": _A_DESK_S_PARAPHRASE,
    "fujimori-freed-pardon-2023": _A_DESK_S_PARAPHRASE,
    "starlink-geomagnetic-storm-2022": _A_DESK_S_PARAPHRASE,
    "ludhiana-giaspura-gas-leak-2023": _A_DESK_S_PARAPHRASE,
    "xinjiang-wushi-earthquake-2024": _AN_EDITED_WIRE_COPY,
    "philippines-jolo-c130-crash-2021": _AN_EARLIER_TAKE_AMONG_LATER_ONES,
    "hunter-valley-wedding-bus-crash-2023": _THE_BBC_AMONG_WIRE_COPIES,
    "ap-barred-oval-office-gulf-of-america-2025": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,
    "ecuador-quake-juan-vera-feature-2023": _REWORDINGS_OUTNUMBER_THE_WIRE,
    "arras-school-stabbing-2023": _AN_EDITED_WIRE_COPY,
    "san-cristobal-explosion-2023": _AN_EDITED_WIRE_COPY,
    "battagram-chairlift-rescue-2023": _ANOTHER_WIRE_AMONG_COPIES,
    "poly-network-hack-2021": _REWORDINGS_OUTNUMBER_THE_WIRE,
    "benzema-joins-al-ittihad-2023": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,
    "quaker-granola-salmonella-recall-2023": _ANOTHER_STORY_AMONG_COPIES,
    "fda-halts-huahai-imports-2018": _AN_EDITED_WIRE_COPY,
    "qinghai-jianzha-rail-bridge-collapse-2025": _A_REWRITE_AMONG_MACHINE_REWORDINGS,
    "alves-sexual-assault-sentence-2024": _A_REWRITE_AMONG_MACHINE_REWORDINGS,
    "hamburg-port-strike-closure-2023": _A_REWRITE_AMONG_MACHINE_REWORDINGS,
    "xiamen-duplantis-pole-vault-record-2024": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,
    "opportunity-rover-declared-dead-2019": _A_REWRITE_AMONG_MACHINE_REWORDINGS,
    "us-bangla-kathmandu-crash-2018": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,
    "chuck-e-cheese-bankruptcy-2020": _A_PARTISAN_SITE_S_REWRITE,
    "kebbi-yauri-school-abduction-2021": _A_HOUSE_STYLE_WORD,
    "austria-lockdown-vaccine-mandate-2021": _TAKEN_WHERE_A_TIE_STAYS_OPEN,
    "colombia-jungle-children-found-2023": _TAKEN_WHERE_A_TIE_STAYS_OPEN,
    "greece-pylos-shipwreck-2023": _TAKEN_WHERE_A_TIE_STAYS_OPEN,
    "griner-sentenced-nine-years-2022": _TAKEN_WHERE_A_TIE_STAYS_OPEN,
    "atlanta-spa-shootings-2021": _AN_EDITED_WIRE_COPY,
    "shirani-zhob-bus-ravine-2022": _AN_EDITED_WIRE_COPY,
    "petrinja-earthquake-2020": _A_DESK_S_PARAPHRASE,  # session 54, held out: India TV's rewrite of AP ("rescued" for "pulled out alive"), five garbles
    "omnibus-nine-house-republicans-2022": _A_NETWORK_S_REWRITE,  # session 54, held out: Newsmax's rewrite of The Hill beside its reprints, five garbles
    "pearson-gold-heist-arrests-2024": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 54, held out: The Globe and Mail's own story beside the machine rewording of it, thirteen garbles
    "southport-dance-class-stabbing-2024": _A_LONE_EDIT_AGAINST_TWO_COPIES,  # session 54, held out: the i's live report, one garble ("suspect")
    "bt-55000-job-cuts-2023": _ANOTHER_WIRE_AMONG_COPIES,  # session 55, held out: Japan Today's AP copy beside PA, AFP, CNN and a blend of AP and AFP ("shed" for "cut"), twelve garbles
    "france-far-right-leads-first-round-2024": _THE_WIRE_AGAINST_ITS_TRANSLATION,  # session 55, held out: Inside the Games's EFE English beside a machine translation of EFE's text, thirteen garbles
    "instagram-children-data-fine-2022": _THE_WIRE_AGAINST_ITS_TRANSLATION,  # session 55, held out: The Straits Times's Reuters copy beside a round-trip translation of it ("probe" for "investigation"), nine garbles
    "kenya-abductions-protest-omtatah-2024": _A_REWRITE_AMONG_MACHINE_REWORDINGS,  # session 55, held out: The Spectator's rewrite of Reuters beside two spinners' copies of it ("scatter" for "disperse"), fifteen garbles
    "rolls-royce-9000-job-cuts-2020": _A_LONE_EDIT_AGAINST_TWO_COPIES,  # session 55, held out: Channel 4's edit of the BBC's report ("crisis" for "pandemic"), two garbles
    "biden-scotus-pick-no-gaming-system-2022": _A_REWRITE_AMONG_MACHINE_REWORDINGS,  # session 56, held out: EconoTimes's rewrite of AP beside a round-trip translation and four more rewrites ("notion" for "idea"), fifteen garbles
    "exxon-pioneer-59-billion-deal-2023": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 56, held out: a forum's paste of Investor's Business Daily's story beside a machine rewording of an earlier version of it ("transaction" for "deal"), fourteen garbles
    "kartalkaya-ski-hotel-fire-2025": _A_DESK_S_PARAPHRASE,  # session 56, held out: NewsBytes's rewrite of AP's Kartalkaya hotel fire ("blaze" for "fire", "confirmed" for "told"), twelve garbles
    "whatsapp-dpc-225m-fine-2021": _A_DESK_S_PARAPHRASE,  # session 56, held out: Newstalk's own report of Ireland's WhatsApp fine beside PA, Sky and AFP copies ("imposed" for "issued", "draft" for "proposed"), seven garbles
    "amenhotep-mummy-digitally-unwrapped-2021": _A_REWRITE_AMONG_MACHINE_REWORDINGS,  # session 56, held out: Republic World's rewrite of PA's Amenhotep story beside a machine rewording of it ("inspect" for "see"), twelve garbles
    "ford-explorer-trim-recall-2024": _A_REWRITE_AMONG_MACHINE_REWORDINGS,  # session 56, held out: PopCulture's and This is Money's rewrites of AP's Explorer recall beside a machine rewording ("cause" for "create"), twelve and three garbles
    "michelle-yeoh-best-actress-oscar-2023": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 56, held out: Devdiscourse's copy of ANI's Yeoh report beside an AI summary of it ("mom" for "mother"), three garbles
    "sri-lanka-cabinet-resigns-2022": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 57, held out: News Verge's copy of Anadolu's story beside two spinners' copies of one paraphrase of it, which agree with each other ("nation" where they have "country", "lifted" for "removed"), sixteen garbles
    "who-china-pneumonia-clusters-request-2023": _A_REWRITE_AMONG_MACHINE_REWORDINGS,  # session 58, held out: The Filipino Times's rewrite of Reuters beside a machine rewording and a machine translation of it ("requested" for "asked"), eleven garbles
    "dallas-tornado-2019": _AN_EARLIER_TAKE_AMONG_LATER_ONES,  # session 58, held out: the Fairfield Citizen's copy of AP's first take beside a reprint of it and later takes that word AP's sentences anew ("comes" where they have "happened", "northwest" for "north"), two garbles from the structural check
    "symonds-townsville-car-crash-2022": _A_DESK_S_PARAPHRASE,  # session 58, held out: Sky Sports's own short report of Andrew Symonds's death beside AAP, Reuters and CNN copies and a spinner's ("evening" for "night", "pass away" for "die"), nine garbles; and CNN's "cricket icon" for AAP's "Test cricketer" on WISH-TV, two
    "coinbase-class-action-79-tokens-2022": _REWORDINGS_OUTNUMBER_THE_WIRE,  # session 59, held out: Decrypt's report beside two runs of one spinner over it, which agree with each other in nearly every swap ("category motion" for "class action"), forty-three garbles
    "plumpang-fuel-depot-fire-2023": _A_REWRITE_AMONG_MACHINE_REWORDINGS,  # session 59, held out: The National's staff rewrite of AP's Plumpang depot fire beside three machine rewordings and a machine translation of AP's text ("remain" for "still", "blasts" for "explosions"), thirteen garbles
    "t-mobile-37-million-data-theft-2023": _ANOTHER_WIRE_AMONG_COPIES,  # session 59, held out: Bloomberg's T-Mobile story (lafocusnews) beside AP copies, a paraphraser's and two machine translations ("provider" for "carrier", "alerted" for "has notified"), thirteen garbles
    "yellowstone-bison-calf-euthanized-2023": _A_NETWORK_S_REWRITE,  # session 59, held out: NBC Philadelphia's rewrite of AP's bison calf story beside AP copies, a spinner's and a machine translation ("repeatedly attempted" for "tried repeatedly"), eleven garbles
    "albanese-quad-tokyo-debut-2022": _REWORDINGS_OUTNUMBER_THE_WIRE,  # session 59, held out: KTAR's copy of AP's Quad story beside two machine rewordings of it, which agree where they reword ("victory" where AP has "win"), seven garbles
    "rite-aid-bankruptcy-2023": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 59, held out: a reprint of MarketWatch's first Rite Aid story beside an AI paraphrase of it and two spinners' copies of the later version ("stays" where they have "remains"), seven garbles
    "sialkot-mob-kills-sri-lankan-manager-2021": _REWORDINGS_OUTNUMBER_THE_WIRE,  # session 59, held out: Malaysia Now's AFP copy beside The National's rewrite of AFP, a spinner's copy and a machine translation ("mob" where they have "crowd"), four garbles
    "alain-delon-death-2024": _ANOTHER_STORY_AMONG_COPIES,  # session 60, held out: MIA's dpa story beside a copy of the BBC's, a machine rewording of it and a spinner's copy of AFP's, all quoting the family's statement ("star" where the BBC has "legend", "affected in announcing" for "saddened to announce"), twenty garbles
    "gaza-muwasi-tent-camp-strike-2024": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 60, held out: Siasat's IANS story beside NewsX's close paraphrase of it ("targeted" where NewsX has "hit", "embedded inside" for "hidden within"), eleven garbles
    "guinea-nzerekore-stadium-crush-2024": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 60, held out: AsiaOne's copy of Reuters's later Nzerekore story beside a spinner's copy of it, its only counterpart in most rows ("a crush" where the spinner has "chaos", "toll" for "count"), nineteen garbles
    "conte-resigns-renzi-crisis-2021": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 60, held out: a copy of Reuters's Conte story (usanewshour) beside a machine rewording of it, its only counterpart in most rows ("premier" where the rewording has "Prime Minister", "backing" for "support"), thirteen garbles
    "nauka-thrusters-tilt-iss-2021": _AN_EARLIER_TAKE_AMONG_LATER_ONES,  # session 60, held out: NewsCenter1's short first AP take of the Nauka thruster firing beside a copy of the later take and three spinners' copies ("docked" where the later take has "arrived", "led" for "caused"), two garbles
    "pasco-school-bus-driver-stabbed-2021": _A_SHORT_REWRITE_OF_THE_WIRE,  # session 60, held out: Hollywood Unlocked's loose rewrite of AP's Pasco story, "was located at the scene" where AP's first take has "was still at the scene", one garble from the structural check
    "antioch-birthday-party-shooting-2023": _ANOTHER_STORY_AMONG_COPIES,  # session 61, held out: CNN's Antioch story on Yahoo beside AP's takes, NBC's and a local paper's, all from the police release ("hurt" where AP has "injured", "gunfire" for "shot", "news release" for "statement"), twelve garbles
    "cortez-officer-traffic-stop-shootout-2023": _ANOTHER_STORY_AMONG_COPIES,  # session 61, held out: KJCT's and KKTV's (on KOLD) own reports of the Cortez shootout beside AP copies and reports from the same police statement ("transported" where the Colorado Sun has "taken", "gunshots" for "shots"), seventeen garbles
    "gendron-buffalo-life-sentence-2023": _AN_EDITED_WIRE_COPY,  # session 61, held out: the Guardian's edited copy of AP's Gendron sentencing, "testimony" where AP's copies have "outpouring", one garble
    "loffingen-monkeys-escape-2021": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 61, held out: The West's dpa/AAP copy beside a spinner's copy of it ("apes" where a rewrite has "monkeys") and DW's report beside a machine rewording of it ("German wildlife park" for "German zoo"), two garbles
    "nasiriyah-covid-ward-fire-2021": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 61, held out: Channel NewsAsia's Reuters story beside VOI's machine translation of it, its only counterpart in most rows ("rescuers" where VOI has "rescue teams", "urgent meetings" for "an emergency meeting"), thirteen garbles; and KVOA's later AP take beside the first ("They say" for "The officials said"), two
    "horizon-air-stolen-plane-2018": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 61, held out: South Punjab News's copy of an AFP-based story beside a machine rewording of it and AP copies ("bystander" where the rewording has "passerby", "unrelated" for "not related"), twenty-two garbles
    "commonwealth-bank-austrac-700m-fine-2018": _A_REWRITE_WITH_A_HABIT,  # session 61, held out: Market Business News's rewrite of the Commonwealth Bank fine beside AP, BBC and Daily Mail copies ("agrees to pay" where the Mail has "will pay a", "importation" for "trade"), eleven garbles
    "eagle-pass-shelby-park-drownings-2024": _A_UK_REWRITE_AMONG_WIRE_COPIES,  # session 61, held out: the Daily Mail's rewrite of AP's Eagle Pass story beside AP copies, a spinner's and a rewording ("officials denied feds" where the rewording has "denied federal agents"), ten garbles
    "scotus-texas-razor-wire-2024": _ANOTHER_STORY_AMONG_COPIES,  # session 61, held out: a copy of NBC News's razor-wire story beside AP copies ("request filed by" where AP has "appeal from"), two garbles
    "thaksin-returns-jailed-2023": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 61, held out: a copy of the BBC's Thaksin story beside an AI paraphrase of it, its only counterpart in most rows ("arrived" where the paraphrase has "landed", "forthcoming" for "upcoming"), sixteen garbles
    "kashmar-earthquake-2024": _REWORDINGS_OUTNUMBER_THE_WIRE,  # session 62, held out: Khaleej Times's AFP story beside a machine rewording of it, two AI paraphrases and a machine translation of AFP's French ("quake" where the rewording has "earthquake", "hospitalised" for "admitted"), thirteen garbles
    "dp-world-australia-ports-cyberattack-2023": _AN_EARLIER_TAKE_AMONG_LATER_ONES,  # session 62, held out: Business Recorder's copy of Reuters's earlier take beside copies, a rewording and rewrites of the later one ("investigating" where the rewording has "described", "key" for "critical"), seven garbles
    "celaya-gaytan-candidate-killed-2024": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 62, held out: Yahoo's copy of an AFP-based story beside a spinner's copy of it, which makes the candidate a man ("she" where the spinner has "he"), one garble
    "portugal-montenegro-wins-snap-election-2024": _REWORDINGS_OUTNUMBER_THE_WIRE,  # session 62, held out: a scraper's copy of Al Jazeera's Portugal story beside two machine rewordings of it ("close-run" where one has "close"), one garble
    "nc-lottery-winner-life-sentence-2022": _A_REWRITE_WITH_A_HABIT,  # session 62, held out: Benzinga's rewrite of the Leland lottery winner's sentencing beside AP copies and other rewrites ("individual" where SILive has "person", "murdering" for "killing", "clerk" for "cashier"), nine garbles
    "broome-zip-tied-children-assault-2024": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 62, held out: a scraper's copy of CBS News's Broome story beside a machine rewording of it, its only counterpart in most rows ("spread quickly" where the rewording has "has gone viral", "emotions" for "feelings"), seven garbles
    "st-louis-central-vpa-school-shooting-2022": _A_UK_REWRITE_AMONG_WIRE_COPIES,  # session 62, held out: ITV's rewrite of AP's St. Louis school shooting beside AP copies and two machine rewordings of them ("pupils" where a rewording has "students", "mum loved kids" for "mother loves children"), ten garbles
    "amtrak-cascades-dupont-derailment-2017": _AN_EDITED_WIRE_COPY,  # session 62, held out: Pragativadi's reprint of Reuters's DuPont derailment story, which turns its attributions into "sources" ("sources" where a later take has "authorities"), one garble
    "mashinsky-celsius-arrested-2023": _A_SOURCE_BESIDE_ITS_ONE_REWORDING,  # session 62, held out: Gulf News's copy of Reuters's Mashinsky story beside a machine translation of it, its only counterpart in most rows ("criminal counts" where the translation has "felonies", "unsealed" for "released"), eleven garbles
    "sfax-migrant-boat-20-bodies-2020": _A_LATER_TAKE_AMONG_EARLIER_ONES,  # session 62, held out: the Taipei Times's copy of AFP's Sfax update beside AP's and AFP's earlier takes and their copies ("fishers" where AP has "fishermen", "effort" for "operation"), eleven garbles
    "texas-kansas-dairy-cows-bird-flu-2024": _ANOTHER_STORY_AMONG_COPIES,  # session 63, held out: HealthDay's own story of the bird flu in dairy cows beside AP's and its copies, both quoting the agencies ("the agency added" where an AP copy has "they said"), one garble
    "moveit-energy-department-hack-2023": _A_SHORT_REWRITE_OF_THE_WIRE,  # session 63, held out: an IT firm's blog rewrite of Reuters's MOVEit story that keeps its frames and changes a word or two in each ("capitalised on" for "took advantage of", "assisting" for "helping", "confirmed that" for "said"), twelve garbles
}
"""Events where an outlet people wrote still gets a garble: each a strict xfail, so a fix shows as a pass to claim."""
