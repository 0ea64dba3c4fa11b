"""Pictures' credits and captions, as a line of a page gives them: "(AP Photo/Steve Ruark)", "Fernando Llano/AP",
"Yonhap via REUTERS", "-AAP Image", a wire caption's date ("…, Saturday, July 13, 2024, in Butler, Pa.") or
opening ("In this image taken from video footage, …").

A caption reads as reporting, sentence for sentence; what gives it away is its
credit, its date or its opening, and ``boilerplate.py`` then takes the whole
caption with the credit. Each form names the line of a real page it was
written for.
"""

from __future__ import annotations

import re

from variantview.core.memo import memo_text

MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
PHOTO_AGENCY = r"(?:AP|Associated\s+Press|AFP|Reuters|REUTERS|Getty(?:\s+Images)?|GETTY(?:\s+IMAGES)?|EPA|PA|Bloomberg|TNS|ZUMA|Shutterstock|Alamy|dpa|ANP|NurPhoto|SOPA|Anadolu|Sipa(?:\s+USA)?|PA\s+Images|The\s+Canadian\s+Press|THE\s+CANADIAN\s+PRESS|CP)"
NAME = r"[A-Z][\w.'’\-]+(?:\s+[A-Z](?:[\w.'’\-]+)?){0,3}"
"""A name of up to four capitalised words, an initial among them ("ISHARA S KODIKARA"), as photo credits and bylines give it."""

_CREDIT_AT_END = re.compile(
    r"\(\s*(?:(?:AP|AFP|Reuters|EPA)\s+Photo\s*/[^()]{1,40}|(?:Photo\s+(?:credit\s+)?(?:should\s+)?read\s+)?[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){0,3}\s*/\s*[A-Za-z][\w.\s\-]{1,40}(?:/\s*[A-Za-z][\w.\s\-]{1,30}){0,2}"
    r"|[^()]{1,80}\bvia\s+(?:AP|AFP|Reuters|Getty\s+Images)(?:,\s*(?i:file))?)\)\.?\s*$"
    r"|^[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){0,3}\s+via\s+(?:AP|AFP|Reuters|Getty\s+Images)\W*$"
    r"|[^.!?\"”'’\s]\s+[-–—]\s*(?:[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){0,3}\s*/\s*)?(?:AFP|AAP|AP|Reuters|REUTERS|Getty\s+Images|EPA|Xinhua|Bloomberg)\s*$"
    r"|\.(?:AFP|AP|Reuters|Getty\s+Images|GETTY\s+IMAGES|EPA)\s*$"
    r"|[a-z0-9](?:Reuters|REUTERS|Getty(?:\s+Images)?|Pixabay|Shutterstock|Unsplash|iStock)\s*$"
    r"|\(\s*©\s*[^()]{1,40}\)\s*$"
    r"|[a-z.]\.?\s*PHOTO\s*:\s*(?:REUTERS|AFP|AP|EPA|BLOOMBERG|ST|[A-Z][A-Z -]{1,30})\s*$"
    r"|[a-z](?:AP|AFP|EPA|Reuters|REUTERS)\s+Photo\s*/\s*[A-Z][\w.’'\- ]{1,40}$"
    r"|[a-z]:\s*(?:AP|AFP|Reuters|REUTERS|EPA|Getty(?:\s+Images)?|PA)\s*$"
    r"|[.!?]\s+(?:AP|AFP|Reuters|EPA)\s+Photo\s*$|(?:^|[.!?])\s*\(\s*\)\s*$|[.!?]\s+picture\s+alliance\s*/\s*[\w\s-]{1,30}$"
    r"|\s[-–—]\s*(?:AFP|AP|Reuters|EPA)\s+(?:PIC|Pic|PHOTO)\s*$"
    r"|\s-(?:AAP(?:\s+Image)?|AP|EPA|AFP|Getty\s+Images)\s*$"
    r"|[.!?]\s+[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){0,3}\s+via\s+(?:AP|AFP|Reuters|REUTERS|Getty\s+Images)\s*$"
    r"|[\s\w]©\s*[A-Z][^©.!?]{1,60}\.?\s*$"
    r"|[a-z]\s+(?:Credit|Photo\s+credit)\s*:\s*(?:AP|AFP|Reuters|REUTERS|Getty\s+Images|Bloomberg|EPA|[A-Z][\w.&'’\-]+(?:\s+[A-Z][\w.&'’\-]+){0,3})(?:\s*/\s*[\w.@]{2,40})?\s*$"
    r"|[a-z]\s+Credit\s*:\s*[A-Z][^.!?:]{1,60}(?:\bvia\s+|/\s*)(?:AP|AFP|Reuters|REUTERS|Getty\s+Images)\s*$|[a-z]\s+Credit\s*:\s*[^.!?:]{1,60}\bvia\s+Getty(?:\s+I\w{0,5})?\s*$"
    r"|\s[-–—]\s*Credit\s*:\s*[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3}\s*$"
    r"|[a-z]\s+Source\s*:\s*(?:The\s+)?(?:Associated\s+Press|AP|AFP|Reuters|REUTERS|Getty\s+Images|EPA|Bloomberg|Xinhua)\s*$"
    r"|[\w)][.!?]\s+(?:Photo|Picture|Image)\s*:\s*(?:The\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}\s*$"  # The Hindu's "… fourth in 45.6s. Photo: The Hindu Photo Archives"
    r"|\([^()]{1,60}/(?:AP|AFP|Reuters|REUTERS|EPA|PA)\)\.?\s*$|\(\(\s*[A-Z][^()]{1,40}/\s*(?:The\s+)?(?:Associated|Canadian)\s+Press\s*\)\)\.?\s*$"
    r"|[a-z,]\s+/\s*(?:Twitter|Facebook|Instagram)\s*$|[a-z]\s+/\s*Photo\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}\s*$|\s[-–—]\s*[A-Z][\w.’'\- ]{1,40}/(?:Twitter|Facebook|Instagram)\s*$"
    r"|(?:^|[.!?]\s+)(?i:file\s+)?(?i:photo|image|picture)\s*/\s*(?:AP|AFP|Reuters|REUTERS|EPA|Getty\s+Images|Bloomberg|Xinhua)\s*$"
    r"|\(\s*(?i:source|credits?|photo|picture|image|video)\s*:[^()]{1,40}\)\s*$|\((?:Reuters|REUTERS|AP|AFP|EPA)\s+(?i:image|photo|picture|archive|file)\)\s*$|\[\s*(?i:source|credit|photo|video)\s*:[^\[\]]{1,60}\]\s*$"
    r"|\(\s*(?i:photo|picture)\s+(?:AP|AFP|EPA|Reuters|REUTERS|Getty\s+Images|Xinhua|Bloomberg)\)\s*$"
    r"|\((?:Shutterstock|Getty(?:\s+Images)?|Alamy|iStock)\)\s*$|\(\s*(?:[A-Z][\w.&’'\-]*\s+){1,3}(?i:pic|pix|photo|picture)\s*\)\.?\s*$"
    r"|\[\s*(?i:photo|file\s+photo|video)\s*/\s*[A-Za-z][\w\s]{1,30}\]\s*\|?\s*$"
    r"|(?:[a-z]\.?|\d{4}\.)\((?:REUTERS|AFP|AP|EPA|PTI|ANI|Reuters|Getty\s+Images)\)\s*$"
    r"|\s(?:REUTERS|AFP|EPA)\s*/\s*[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){0,3}(?:\s*/\s*(?:File\s+)?Photo)?\s*$"
    r"|\s\|\s*(?i:photo|image|picture|credit)s?\s*:\s*[^|.!?]{1,60}$"
    r"|\s\|\s*(?:Getty\s+Images|AFP|Reuters|REUTERS|AP|PA|EPA|Shutterstock|Alamy)\s*$|\s\|\s*[A-Z][\w.]*\s*/\s*via\s+(?:AP|AFP|Reuters|REUTERS|Getty\s+Images)\s*$"
    r"|[a-z]\s+(?:Alamy|Shutterstock|iStock)\s+Stock\s+Photo\s*$"
    r"|\[\s*(?:File\s*:\s*)?(?:[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}\s*/\s*)?(?:AP|AFP|Reuters|EPA|Getty(?:\s+Images)?|Anadolu(?:\s+Agency)?|Al\s+Jazeera)(?:\s+Photo)?\s*\]\s*$|\[[^\[\]]{1,60}\bvia\s+(?:AP|AFP|Reuters|REUTERS|Getty\s+Images)\s*\]\s*$"
    r"|[a-z]\s+[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){0,3}\s*/\s*[A-Z][\w.]+\s+via\s+(?:AP|AFP|Reuters|REUTERS|Getty\s+Images)\s*$|\[\s*(?i:file)\s*,\s*[A-Z][\w.\s]{1,30}\]\s*$"
    r"|\[/caption\]\W*$|[a-z]\s+(?:Keystone|KEYSTONE)\s*$|\s/\s*(?i:source)\s*:\s*[A-Z][^/]{1,60}$"
    r"|[a-z]\s+[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){0,2}\s*/\s*Getty\s+Images(?:,\s*FILE)?\s*$"
    r"|[a-z]\s*Image\s+copyright\s+[A-Z][\w.&/ ]{1,40}$|[a-z]\s+\(\s*(?i:copyright)\s+\d{4}\b[^()]{1,80}\)\W*$"
    r"|[a-z]\s+\[[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){1,3}\s*/\s*[A-Za-z][\w.\s]{1,30}\]\s*$"
    r"|[a-z]\s+courtesy\s+of\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.’'\-]*){0,5}$"
    r"|\(\s*(?:AP|AAP|AFP|Reuters|EPA|ABC(?:\s+News)?|Supplied)\s*:\s*[^()]{1,50}(?:\)\.?|(?<=\w))\s*$|[a-z]\s+\(\s*(?i:courtesy)(?:\s*:?\s+(?:of\s+)?[A-Z][^()]{0,40})?\s*\)\s*$|\(\s*(?i:file\s+(?:photo|picture|image))\s*\)\.?\s*(?:\((?:PA|AP|AFP|Reuters|REUTERS|EPA)\)\.?\s*)?$"
    r"|\([A-Z][^()]{0,40}\s+and\s+(?i:agencies)\)\.?\s*$|[a-z]\s+(?:Picture|PICTURE|Photo(?:graph)?|PHOTO|Image|IMAGE)\s*:\s*[A-Za-z](?:[^.!?:]|\.(?=\w)){0,60}$|[a-z]\s*\|\s*@\w{1,15}\s*\|\s*(?:X|Twitter|Instagram)\s*$"
)
"""A photo credit closing a line: "(John Walton/PA)", Getty's "(Photo credit should read ROBIN UTRECHT/AFP/Getty Images)", "(Hakon Mosvold/NTB/Reuters)", "(Sebastian Gollnow/dpa/AP)", "(AP Photo/Steve Ruark)", "(TVBS via AP)", a line "Kyodo News
via AP", a caption's " - AFP" or " - AAP" after no full stop (a story's sign-off "… continue. - AFP" has one),
".Reuters" glued to a caption's stop or its last word ("… Bamako, MaliReuters"), " AP Photo" after it, " - AFP PIC", AAP's " -AAP Image" and " -EPA" glued to the agency, a caption's
closing "Yonhap via REUTERS", "© Miguel Schincariol / AFP/File", or a picture library's name in brackets ("… jet fuel
and other refined products (Shutterstock)"; a wire's, "(AP)", also closes headlines on some sites), or a wire's glued to
the caption's last word ("… the final against Serena Williams(REUTERS)", a Malaysian paper's "(US Navy pic)" or "(Bernama pic)", "… Cristina Kirchner Credit:AP") or a picture library's after no stop ("… the day before it erupted Credit: Maxar Technologies", PA's "… Laura Dale/PA Wire - Credit: PA", a page's cut "… Credit: picture alliance / dpa/picture alliance via Getty I"), or to the stop after its date
("… on December 25, 2024.(REUTERS)"), a credit set off by a bar ("… Headquarters in New York | Photo: Angela Weiss", "… over nearby housing | Getty Images",
"… north of Tokyo, Japan | Kyodo/via Reuters"),
or a source a caption thanks with no stop after it ("… is seen in a 2018 screen shot courtesy of the U.S. Army
Corps of Engineers"), or Al Jazeera's credit in square brackets ("… the first by the Buddhist leader. [Mike
Hutchings/Reuters]", "[Guy Tillim/AP Photo]", or a scraper's own name put in the agency's place: "[Roberto Pfeil/bioreports]"), or a picture library's after no stop ("… one of Europe's longest
serving leaders Alamy Stock Photo"), or China Daily's "[Photo/Agencies]", or VOA's "[File,VOA]", or Getty's photographer and agency after no stop ("… check hurricane news Adriana Adie/NurPhoto via Getty Images"), or ABC's agency and photographer after a colon ("… John Steed says.(AP: Farah Abdi
Warsameh, file photo)", its bracket left open where the page cut it: "( AP: Mushfiqul Alam"), a bare "(File photo)" or "(courtesy)" or one naming its source ("(Courtesy Alaska Airlines)", "(Courtesy: NC Lottery)"), or a broadcaster's "(TRT World and Agencies)", or a picture's label and credit glued to its caption,
whatever its case ("… some 150 million years old Image: picture alliance / ZUMAPRESS.com", "… in Hamburg Image: dpa")."""

_WHO_STANDS_WHERE = r"from\s+left(?:\s+to\s+right)?\s*[,:]|left\s+to\s+right\s*:"
"""Who stands where in a picture ("From left, Travis McMichael, his father …", "From left: John Davidson, …"): a
caption's words, whether they open it or follow its first sentence; reporting does not open a sentence so."""

CAPTION_OPENER = re.compile(
    r"^(?:in\s+this\s+(?:[\w,.]+\s+){0,4}(?:image|photo|picture|frame\s+grab|screen\s*grab|video\s+(?:grab|still)|handout)\b"
    r"|in\s+this\s+(?:[\w,.’'-]+\s+){1,5}\([A-Z]{2,8}\)\s+(?:image|photo|picture)\b"  # "In this China National Space Administration (CNSA) photo"
    r"|this\s+(?:[\w,]+\s+){0,3}(?:photo|photograph|image|picture|video\s+(?:grab|still))\s+(?:provided|released|made\s+available|taken\s+and\s+released\s+on\s+[^.!?]{1,40}?)\s+by\b"
    r"|this\s+(?:[\w,]+\s+){0,3}(?:photo|image|picture)\s+(?:issued|released|provided|supplied)\s+by\s+[^.!?]{1,60}?\s+shows\b"
    r"|this\s+(?:[\w,.]+\s+){0,4}(?:photo|image|picture)(?:\s+combo)?(?:,?\s+(?:taken|made|shot)\s+(?:on|in|at|from)\s+[^!?]{1,80}?,?)?\s+(?:shows|displays)\b"
    r"|an?\s+(?:picture|photo|image)(?:\s+(?:taken|made|shot)\s+(?:on|in|at)\s+[^.!?]{1,40}|\s+(?:provided|released|issued|supplied)\s+by\s+[^.!?]{1,80}?)?\s+shows\b"
    r"|an?\s+(?:19|20)\d\d\s+(?:picture|photo|image)\s+(?:from|of)\s+[^.!?]{1,160}?\s+shows\b"  # "A 2022 photo from the Facebook page of the … daycare center …, shows"
    r"|file\s*[-–—]\s|(?:AFP|AP|Reuters|EPA)\s*[-–—:]\s*file\s+photo\s+taken\b"
    r"|alternate\s+crop\s+of\s+[A-Z]{2,4}\d{1,4}\b"  # AP's "ALTERNATE CROP OF NY107, FILE- This … file photo shows"
    r"|(?:file|archive)\s+(?:photo|picture|image)\s+of\b|an?\s+handout\s+(?:photo|picture|image)\s+(?:issued|released|provided|made\s+available)\s+by\b"
    r"|(?:best\s+quality\s+available\s+)?(?:undated\s+)?(?:handout\s+)?(?:file\s+)?(?:photo|picture|image)\s+issued\s+by\b"  # PA's "Undated handout photo issued by West Midlands Police of …"
    r"|(?:file\s+)?(?:photo|picture|image|handout\s+photo)\s+dated\s+\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|(?:\(combo\)\s*)?this\s+(?:combination|combo)\s+(?:of\s+)?(?:pictures|photos|images|file\s+photos)\b"  # AP's "This combo of photos provided by FBI Denver …"
    r"|(?:an?\s+)?(?:general\s+|aerial\s+|(?:early\s+)?(?:morning|evening|night)\s+)?(?:view|video\s+(?:still|grab)|still\s+image|screen\s*grab|screenshot)\s+(?:of|from|shows?)\b"
    r"|(?:an?\s+)?map\s+(?:locates|shows)\b"
    rf"|{_WHO_STANDS_WHERE}"
    r"|(?:an?\s+)?(?:photo|picture|image)\s+(?:\w+\s+)?showing\b"
    r"|(?:photo|picture|image)\s+insert\s*:\s*(?=\W?\w)"  # a caption's label: 'Photo Insert: "Science Guy" Bill Nye joined …'
    r"|(?:image|video|media)\s+caption\s+(?=\w)"  # the BBC's label run into its caption: "Image caption The cyclone hit the city …"
    r"|\d{1,2}\s+of\s+\d{1,2}\s*\|\s)",  # a gallery's counter before its caption: UPI's "1 of 3 | Egyptian archaeologists document …"
    re.IGNORECASE,
)
"""How a caption opens ("In this image taken from video footage, …", "A view of Taipei …", "Early morning view of …", "A video still of …",
AFP's "(COMBO) This combination of pictures taken on November 19, 2023 …", PA's "File photo dated 31/08/16 of an Uber car, …", AP's "Map locates the city of Carmen in the Philippines;", AFP's "This picture taken on December 4, 2017 shows …", AP's "This photo combo shows, from left, …" and "From left, …", "A photo provided by the Iranian Red Crescent Society shows …", AFP's "This handout photo taken and released on January 9 by …", PA's "BEST QUALITY AVAILABLE Undated handout file photo issued by …");
news prose does not open a sentence so."""

CAPTION_DATELINE = re.compile(
    rf"^(?:(?:[A-Z][A-Z.,'’ ]{{1,40}}\s+[-–—]\s+)?{MONTH_NAME}\s+\d{{1,2}}(?:,\s+\d{{4}})?\s*:\s|[A-Z][\w .'’-]{{1,40}}\s*\([^()]{{2,30}}\),\s*\d{{1,2}}/\d{{1,2}}/\d{{4}}\s*\.?\s*[-–—])",
    re.IGNORECASE,
)
"""A photo agency's caption opening on its date and a colon ("NOVEMBER 20, 2020: Her Majesty Queen Elizabeth II
and Prince Philip … - File Photo by: …"), or EFE's on its place and date ("London (United Kingdom), 07/07/2022.-
Carrie Johnson, …"): its whole paragraph is the caption, credit and all; a news dateline names a place
("LONDON, April 9 (Reuters) -")."""

PLACED_CAPTION = re.compile(rf"^[A-Z][A-Z.,'’ ]{{1,40}}\s+[-–—]\s+(?i:{MONTH_NAME})\s+\d{{1,2}}(?:,\s+\d{{4}})?\s*:\s")
"""The same opening with its place in capitals ("PASADENA, CA - JANUARY 13: Actor …"): a caption even alone on its
line, where a bare date and colon may open an entry of a timeline ("July 18: Hurlbert files …")."""

_BARE_CREDIT = re.compile(r"^(?:(?:mandatory\s+|file\s+)?(?:credit|photo|photograph|image|picture|pic|AFP|Reuters|EPA|map|graphic)s?\s*:\s*\S+(?:\s+\S+){0,5}|(?:photo|image|picture|pic)\s*/\s*\S+(?:\s+\S+){0,3}|picture\s+alliance\s*/\s*\S+(?:\s+\S+){0,3}|(?:AP|AFP|EPA|Reuters)\s+(?:(?:source|file)\s+)?(?:Photo|Pic)|©\s*\S+(?:\s+\S+){0,5}|\(\s*(?:source|credit|photo)s?\s*:[^()]{1,40}\)|\(\s*source\s*:[^()/]{1,40}(?:/[^()/]{1,40}){1,15}\)|source\s*:\s*(?:getty(?:\s+images)?|shutterstock|alamy|istock|unsplash|pixabay)\b.{0,30}|the\s+canadian\s+press)$", re.IGNORECASE)
"""A credit standing alone after one sentence on its line ("Silicon Valley Bank has collapsed after a run.
Credit:Bloomberg", "… died on Wednesday at the age of 100. © IMAGO / MediaPunch", "… the beatification ceremony of Pope Paul VI. (Source: Associated Press)", a video's sources after its caption ("It's America's epidemic. (Source: CNN/KOKI/KTVA/…)"), "AFP: Twitter", the New Zealand Herald's "… the capital of Iraq. Photo / 123RF", "… Sydney, Australia. AP Photo", "… in Tehran. AFP Source Photo", "… in Creeslough. Pic: Donegal Online Facebook page.", "… for women's rights in Iran. File photo: TNS"): that sentence
is the photo's caption."""

CREDIT_LINE = re.compile(
    rf"^{NAME}\s*(?:[/|]|[-–—]\s*(?:stringer|staff|freelance|contributor)\s*,)\s*{PHOTO_AGENCY}(?:\s*[/|]\s*{PHOTO_AGENCY})?(?:\s+(?:PHOTO|Photo))?\W*$"
    rf"|^{NAME},\s*EPA-EFE\W*$|^{NAME}\s*[-–—]\s*member\s*,\s*{NAME}\W*$|^[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){{0,2}}\s+(?:AP|AFP|EPA|Reuters)\s+Photo\W*$"
    r"|^[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,2}(?<=[a-z])(?:AP|AFP)\W*$"
)
"""A photo credit alone on its line: "Fernando Llano/AP", "ZUMA Press/TNS", "Elmer Martinez - stringer, AP",
"HALLDOR KOLBEINS/AFP/Getty Images", "JOHN RAOUX/AP PHOTO", "Robert Michael Poole| AFP| Getty Images", "DEDI SINUAJI, EPA-EFE" (a
picture agency's: "ISABEL DEBRE, Associated Press" is a byline), a member paper's picture on AP's wire ("Helen H.
Richardson - member, The Denver Post"), and AP's photographer before "AP Photo" on a page that drops the slash
("Lazuardy Fahmi AP Photo") or glued to the agency ("Jean-Yves KamaleAP")."""

_AGENCY_FIRST = re.compile(rf"^(?:{PHOTO_AGENCY}|EFE|reuters)(?:\s*[/-]\s*(?:{PHOTO_AGENCY}|EFE))?(?:\s+(?i:file)|\s+Photo)?\s*/\s*{NAME}(?:,\s*(?i:file)|\s*/\s*File\s+Photo)?\W*$")
"""The same with the agency first, as EFE and Reuters print it after the caption's date: "EFE/EPA/ROBERT GHEMENT",
"REUTERS/Kim Kyung-Hoon", a file picture's "REUTERS/Charles W. Luzier/File Photo", AP's "AP Photo/Lewis Joly" over its caption, or after a file picture's caption, "AP/Khalil Hamra, file", "EPA-EFE FILE/ANDY RAIN"."""

VIA_AGENCY = re.compile(r"^\(?[^()]{1,60}\b(?:via|VIA)\s+(?:AP|AFP|Reuters|REUTERS|Getty\s+Images)\)?(?:,\s*(?:FILE|Pool|POOL))?\.?$")
"""A picture's source handed on by a wire, alone on its line or after its caption: "(Blue Origin via AP)",
"Yonhap via REUTERS", "MINISTRY OF INTERNAL AFFAIRS OF UKRAINE/VIA REUTERS"."""

_GLUED_CREDIT = re.compile(r"^-(?:AAP(?:\s+Image)?|AP|EPA|[A-Z]{2,4}\s+Handout\s+Image)\W*$|^\|\s*(?:AFP|AP|Reuters|REUTERS|EPA|Kyodo|JIJI|Yonhap|Xinhua)(?:-(?:JIJI|Kyodo|Yonhap))?$")
"""AAP's picture credit glued to its dash after the caption ("… agencies report. -AAP Image", "… aged 82. -EPA"), or
a wire's set off by a bar ("… at the stadium. | AFP-JIJI"); a story's sign-off is spaced ("… continue. - AFP")
and names a text agency."""

_SLASH_CREDIT = re.compile(r"^/\s+[A-Z][\w.&’'\-]*(?:\s+[A-Za-z][\w.&’'\-]*){0,5}$")
"""NPR's credit set off by a slash after its caption's stop ("Opill is the first birth control pill … United States. /
Perrigo Company plc"), whatever the picture's source: no sentence opens on a slash."""

FILE_CAPTION = re.compile(r"^(?:(?:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s+)?FILE\s*[-–—]\s|(?i:in\s+this\s+(?:[\w,.]+\s+){0,5}file\s+(?:photo|picture|image)\b)|(?i:this\s+(?:[\w,.]+\s+){1,5}file\s+(?:photo|picture|image),\s))")
"""AP's label of a file picture's caption ("FILE - In this Dec. 2, 2020 file photo, …"), its photographer's credit
sometimes run in before it ("LM Otero FILE - …"), or the caption's opening without the label ("In this Saturday,
March 14, 2015, file photo, …", "This July 8, 1937, file photo, President Franklin D. Roosevelt stops …"): only a
caption opens so, and AP's run to several sentences."""

PICTURED = re.compile(rf"^(?:Pictured(?:\s+(?:left\s+to\s+right|from\s+left|above|below|here|is|are)\b|\s*[:(])|(?i:{_WHO_STANDS_WHERE})|Here\s+(?:he|she|they)\s+(?:is|are|[a-z]+s)\s)")
"""The Daily Mail's pointer at the people in a picture, opening a caption's last sentence ("… cutting all official
ties with Qatar. Pictured left to right are UAE president …", "Pictured: the scene on Tuesday"), and AP's ("… who
performed the marriage. From left: John Davidson, Glen Campbell, …"), and a caption's "Here he uses a namaste
gesture instead …": reporting does not open so."""

GETTY_CREDIT = re.compile(r"\((?:Photo\s+(?:credit\s+)?(?:should\s+)?read|Photo\s+by)\s+[^()]{1,80}\)\W*$|\bAFP\s+PHOTO\s*/|^\(AP\s+(?i:file\s+photo)\)\W*$")
"""Getty's and AFP's own wording of a credit ("… AFP PHOTO / ANP / ROBIN UTRECHT netherlands out (Photo credit should
read ROBIN UTRECHT/AFP/Getty Images)"), and a member paper's "(AP file photo)", which close nothing but a picture's
caption, however that caption opens ("CNN’s Larry King jokes with then-Republican presidential candidate …")."""

_PHOTO_BY = re.compile(r"^\(?\s*(?:photo|image|picture|video)s?\s+(?:by|credit|courtesy|via)\b[^()]{0,60}\)?$", re.IGNORECASE)

CAPTION_POSITION = re.compile(r"\b[A-Z][\w’'.\-]+,\s+(?:center|centre|left|right|second\s+(?:from\s+)?(?:left|right)|top|bottom|foreground|background)\s*,")
"""A wire caption's place marker: "Shinzo Abe, center, falls on the ground …"."""

_CAPTION_MONTH = rf"(?:{MONTH_NAME}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_CAPTION = re.compile(
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.),?\s+{_CAPTION_MONTH}\s+\d{{1,2}},\s+\d{{4}}\b"
    rf"|[A-Z][a-z]+(?:\s+(?:province|state|county|district|region|prefecture))?,?\s+{MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}}\.?(?:\s*[—–-]\s*(?:Reuters|REUTERS|AFP|AP|EPA|Xinhua))?\s*$"
    rf"|(?<![Bb]orn\s)(?<![Bb]orn\son\s)\b{_CAPTION_MONTH}\s+\d{{1,2}},\s+\d{{4}},\s+in\s+[A-Z]"
)
"""A photo caption's date (wire style: "..., Saturday, July 13, 2024, in Butler, Pa.", "..., Nov. 25, 1947, in
Broadlands estate", or a place and a full date closing the line, perhaps before its wire's name: "... in Brussels,
Belgium April 3, 2023.", "... in Yuxin township, Zhejiang province, April 11, 2013.— Reuters"):
news prose names a weekday or a date, not both with the year, and does not end a sentence on the year; a
birthplace is no picture's place ("Born on September 14, 1955, in Chicago")."""


_PICTURE_LABELS = ("Picture:", "PICTURE:", "Photo:", "Photograph:", "PHOTO:", "Image:", "IMAGE:")
"""A picture's label glued after its caption ("… has collapsed Picture: Steve Parsons/PA Wire", "… halted operations
IMAGE: Getty"): lines holding one are searched for a credit though they end on a name."""

_CREDIT_ENDINGS = (")", ").", "]", "] |", "AP", "AFP", "Keystone", "KEYSTONE", "Reuters", "REUTERS", "Images", "IMAGES", "Image", "Getty", "EPA", "Xinhua", "Bloomberg", "Photo", "PIC", "Pic", "PHOTO", "Twitter", "Facebook", "Instagram", "dpa", "Pixabay", "Shutterstock", "Unsplash", "iStock", "Images, FILE")


def credit_at_end(text: str) -> bool:
    """``_CREDIT_AT_END``, searched only in lines ending as a credit does: most of its forms are not anchored
    at the start, and trying them at every position of every line was a tenth of reading 30,000 lines."""
    return (text.rstrip().endswith(_CREDIT_ENDINGS) or "©" in text or "AP:" in text or "AFP:" in text or "| " in text or "courtesy" in text or "Credit" in text or "credit:" in text or "|@" in text or "Photo/" in text or "/ Photo " in text or "Source:" in text or (("AFP" in text or "REUTERS" in text or "EPA" in text) and "/" in text) or (":" in text and any(label in text for label in _PICTURE_LABELS))) and bool(_CREDIT_AT_END.search(text))


def caption_date(text: str) -> bool:
    """``_CAPTION``, searched only in lines with ", 1" or ", 2" (every form of it has ", YYYY"): it is unanchored,
    and trying it at every position of 30,000 lines cost a fifth of reading them."""
    return ((", 1" in text or ", 2" in text) and bool(_CAPTION.search(text))) or (" taken " in text and bool(_TAKEN.search(text)))


_TAKEN = re.compile(rf"\btaken\s+(?:in|at|on|near|off)\s+[^.!?]{{2,80}},\s+{MONTH_NAME}\s+\d{{4}}\.?\s*$")
"""A picture's place and month closing its caption ("A great white shark silhouette …, taken in Neptune Islands, South
Australia, May 2014.")."""


_CREDIT_CHARS = 60


@memo_text(maxsize=65536)
def credit_only(text: str) -> bool:
    """A unit that is nothing but a photo credit: "Credit:Bloomberg", "(Photo by FRANCOIS GUILLOT / AFP)",
    "/ (Source: CNN VAN)", "ZUMA Press/TNS", "/CFP", "/ Perrigo Company plc", "(Reuters/Kyodo).", "Yonhap via REUTERS", "-AAP Image".
    Memoised: the picture checks ask it of every line and of the lines around each, and reprints share lines."""
    bare = text.strip().lstrip("/|-–— ")
    agency_code = text.strip().startswith("/") and bare.isupper() and bare.isalpha() and 2 <= len(bare) <= 6  # " /CFP"
    bracketed = bare.startswith(("(", "[")) and len(bare) <= _CREDIT_CHARS and (credit_at_end(bare) or bool(_BARE_CREDIT.match(bare.strip("()[]. "))))
    # "(Reuters/Kyodo).", "[Guy Tillim/AP Photo]", "(AP file photo)"
    return bool(
        agency_code
        or bracketed
        or _BARE_CREDIT.match(bare)
        or CREDIT_LINE.match(bare)
        or _AGENCY_FIRST.match(bare)
        or _PHOTO_BY.match(bare)
        or VIA_AGENCY.match(bare)
        or _GLUED_CREDIT.match(text.strip())
        or _SLASH_CREDIT.match(text.strip())
    )
