"""Lines that are page metadata on their own: who wrote the story, for whom, when and where.

Bylines ("By Jane Smith, Reuters"), agency credits ("Michael Holden, William James
and Andy Bruce"), dates and times ("Updated: June 20, 2024 10:15 am IST"), a
dateline alone on its line, a site's name or address. ``boilerplate.py`` sets
such a line apart as ``meta`` rather than chrome: it says something true about
the article, nothing the article reports. Like ``line_forms.py``, every form is
general to news sites and was written for a line of a real page.
"""

from __future__ import annotations

import re

from variantview.core.memo import memo_text
from variantview.core.units.credits import NAME

_FULL_NAME = r"[A-Z][\w.'’\-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w.'’\-]+"
"""A first name, perhaps an initial, and a surname: a list of three or more of them alone on a line is a byline without its "By"
("Michael Holden, William James and Andy BruceAAP")."""

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_AGENCY = r"(?:associated\s+press|press\s+association|press\s+trust\s+of\s+india|pa\s+media|reuters|afp|ap|agence\s+france[- ]presse|xinhua|tass|pti|ani|ians|dpa|efe|upi|bloomberg|npr|canadian\s+press)"
_DATELINE_WIRE = r"(?:AP|AFP|Reuters|REUTERS|UPI|dpa|Xinhua|TASS|PTI|IANS|ANI|TNS)"
"""The wires a dateline credits in brackets ("PARIS (AP)")."""
WIRE_DATELINE = re.compile(rf"^[A-Z][\w.'’ ,()-]{{1,60}}\({_DATELINE_WIRE}\)$")
"""A dateline with its wire, the segmenter's unit before the lead ("BEIJING (AP)", "SYDNEY (REUTERS)")."""
_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_POSTAL_CODES = r"al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy"
"""The US states' postal codes, which a place line under a headline may give in lower case ("Pensacola, fl")."""
_ZONE = r"(?:(?:gmt|utc)\s*[+\-−]\s*\d{1,2}(?::?\d\d)?|gmt|utc|bst|cet|cest|amt|est|edt|et|ist|pst|pdt|jst|cst|cdt|mst|mdt|aest|aedt|kst|sgt|hkt|pkt|wib|wita|\((?:gmt|utc)\s*[+\-−]\s*\d{1,2}(?::?\d\d)?\))"
_DAY_OR_MONTH = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)"
"""A day or month with a comma after "By" opens a sentence ("By Monday, the assistant had overtaken U.S. rival
ChatGPT …"), not a byline ("By May Bulman, Social Affairs Correspondent")."""
_META = re.compile(
    rf"""^\W*(?:
        (?i:(?:(?:view|publish(?:ed)?|post(?:ed)?)\s+date\s*:\s*)?(?:\d{{1,2}}[:.]\d\d\s*(?:am|pm)?\s*,\s*)?(?:{_DAY}\s*,?\s*)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s*\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}-\d{{1,2}}-\d{{4}})
        (?:\s*(?:[,/|—–@-]|at)?\s*\d{{1,2}}[:.]\d\d(?::\d\d)?\s*(?:am|pm)?(?:\s*{_ZONE}){{0,2}})?
        (?:\s*[/|]\s*[a-z][\w.]{{2,30}}|\s+(?:print(?:er)?|share))?(?:\s*/\s*(?:(?:an?|\d+)\s+\w+\s+ago|in\s+(?:an?|\d+)\s+\w+))?
        (?:\s*[|•,/]?\s*(?:updated|published|posted)\s*:?\s*[\w\s,:.]{{1,40}})?(?:\s*(?:category|section)\s*:\s*[\w &]{{1,30}})?(?:\s*[-–—]\s*[A-Z][\w.' ]{{1,30}})?)
      | (?i:\d+[\s-]*(?:min|minutes?)(?:\s*,\s*\d+\s*seconds?)?(?:\s*read)?)
      | (?i:(?:born|died)\s*:\s*(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s*\d{{4}})(?:\s*[,(][^.]{{0,40}})?)  # an obituary's fact box: "Born: October 15th, 1955"
      | [A-Z][A-Z.'’ -]{{2,40}}:\s*\d{{4}}\s*[-–]\s*\d{{4}}  # a lifespan over an obituary: "TANYA ROBERTS: 1955 - 2021"
      | (?i:(?:follow\s+(?:us\s+)?on\s+)?(?:and\s+)?(?:first\s+|last\s+)?(?:(?:updated|published|posted|modified)\b|update(?:\s+on)?\s*:).{{0,40}}\d{{4}}.*)  # "Follow on Published On: Mon, 09 Dec 2024": a share bar's label before the date
      | (?i:(?:last\s+)?(?:updated?|published|posted|modified)(?:\s+(?:yesterday|today))?(?:\s+(?:at|on))?\s*:?\s*\d{{1,2}}(?:[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.))(?:\s*{_ZONE})?(?:\s+to\s+(?:add|include|correct|update|reflect)\b.{{0,40}})?)
      | (?i:{_MONTH}\s+\d{{1,2}},?\s*\d{{4}}\s+at)  # a date whose time the page put on the next line: "September 30, 2023 at"
      | (?i:(?:on\s+)?{_MONTH}\s+\d{{1,2}},?\s*\d{{4}}\s+at\s+\d{{1,2}}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*{_ZONE})?(?:,?\s*(?:updated|modified)\b.{{0,60}})?)  # "December 14, 2022 at 1:40 p.m. EST"
      | (?P<author>{NAME})\s+(?i:by)\s+(?P=author)
      | (?:{NAME}\s+(?:\(@\w{{1,20}}\)\s+)?)?(?:\d+\s*(?i:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[hmd])\s+){{1,3}}ago\b.{{0,60}}  # "2 hours 31 minutes 14 seconds ago Tuesday, May 15 2018"
      | {NAME},\s+(?i:{_MONTH})\s+\d{{1,2}}
      | (?:[A-Z][\w.&]*\s+){{1,3}}(?i:news\s+service)  # "NE NEWS SERVICE", "Tribune News Service"
      | (?i:credit\s+to\s+author\s*:).{{0,160}}  # a scraper's byline: "Credit to Author: RAFFY AYENG| Date: Wed, 28 Aug 2019 05:40:06 +0000"
      | {_FULL_NAME}\s+(?i:{_AGENCY})  # a byline's name and wire with nothing between: "Marco Aquino Reuters"
      | [\w\s]{{1,30}}•\s*(?i:today|yesterday),?\s*\d{{1,2}}:\d\d  # "NOS News• today, 12:52"
      | {NAME}\s*[|,–—/-]?\s*(?i:\d{{1,2}}\s+{_MONTH},?\s*\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s*\d{{4}})(?:\s*[-–—|,]?\s*\d{{1,2}}:\d\d\s*(?i:am|pm)?)?
      | {NAME}\s+\d{{1,2}}:\d\d\s*[-–—|,]?\s*\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}  # a byline, its time and its date in figures: "Mark Kinyanjui 16:08 - 18.11.2023"
      | (?i:\d{{1,2}}(?:[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.))(?:\s*{_ZONE})?)  # a time alone, as AP's "The Latest" heads each update: "9 a.m."
      | (?i:(?:posted\s+|written\s+|published\s+|analysis\s+)?by)(?:\s*:)?\s+{NAME}(?:\s*(?:,|&|and)\s+{NAME}){{0,3}}(?:\s+(?i:staff))?(?:\s+(?i:with\s+(?:the\s+)?(?:{_AGENCY}|agency\s+reports?|agencies)))?(?:\s+(?i:with)\s+{NAME})?(?:\s+(?i:in)\s+{NAME})?(?:\s*\([^()]{{1,40}}\))?(?:\s*[-–—,|]\s*(?i:{_AGENCY})|\s+(?i:for\s+{_AGENCY}))?(?:\s+(?i:verified|reviewed|edited)\s+by\b.{{0,60}})?  # "Published by Williams PerdomoAFP Verified by 9 de diciembre, 2024"
      | {_FULL_NAME}(?:\s*,\s*{_FULL_NAME})+\s*,?\s+(?:and|&)\s+{_FULL_NAME}
      | {_FULL_NAME},\s+(?:[A-Z][\w.'’&-]*\s+){{0,3}}(?i:correspondent|editor|reporter|writer|journalist|columnist)  # a pull quote's speaker: "Gavin Grey, UK Correspondent"
      | {_FULL_NAME},\s+in\s+[A-Z][\w ]{{1,30}}  # a reporter and her city: "Anne Kauranen, in Helsinki"
      | [A-Z][\w.]{{1,10}}/[A-Z][\w ]{{1,30}},\s*@\w{{3,30}}  # an agency, its city and the site's handle: "INN/Quetta, @Infodeaofficial"
      | (?i:by)\s+.{{3,80}}?\s+(?:AP|Associated\s+Press)\s+(?:[A-Z][a-z]+\s+)?(?:Writers?|Correspondents?|Reporters?)  # "By LINDA A. JOHNSON and LAURAN NEERGAARD AP Medical Writers"
      | (?i:by)\s+[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){{1,3}}(?:\s+(?:and|AND|&)\s+[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){{1,3}})?\s*,?\s+(?:The\s+)?(?:AP|Associated\s+Press)  # "By MATTHEW BROWN and AMY BETH HANSON Associated Press", "By JIM GOMEZ AND JOEAL CALUPITAN, The Associated Press"
      | {_FULL_NAME}(?:\s*(?:,|and|&)\s+{_FULL_NAME}){{0,3}}\s*,\s+(?i:(?:the\s+)?{_AGENCY})\b.{{0,80}}
      | (?:[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){{0,2}}(?:['’]s?)?\s+)?{_FULL_NAME}(?:\s*(?:,|and|&)\s+{_FULL_NAME}){{0,3}}\s+(?i:reporting|reports|reported)(?:\s+from\s+[A-Z][\w\s,.'’\-]{{1,40}})?  # a video's reporter: "TRT World's Nicole Johnston reports.", "CNNs Nina Avramova reported."
      | (?:[^.!?]{{1,150}}\s[-–—]\s)?{_FULL_NAME}(?:\s*,\s*{_FULL_NAME})*\s*,?\s+(?:and|&)\s+{_FULL_NAME}\s+(?i:report)\W*$  # a video's reporters, after its summary: "Suella Braverman is out … - Robert Peston, Romilly Weeks and Paul Brand report"
      | (?:[A-Z][\w&.]*\s+){{0,3}}(?i:(?:[a-z]+\s+){{0,2}}(?:correspondent|editor|reporter))\s+{_FULL_NAME}\s+(?i:has\s+the\s+latest|is\s+(?:at|in|outside)\s+[A-Z][\w\s,.'’\-]{{1,40}}?)(?i:\s+(?:as|on|after)\s+[^.!?]{{1,200}})?\W*$  # a video's reporter: "ITV News Political Correspondent Carl Dinnen is at Stormont as the Northern Ireland Assembly meets, …", "ITV News Correspondent Robert Moore has the latest as …"
      | (?i:by)\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){{0,3}}\s+\d{{1,2}}/\d{{1,2}}/\d{{2,4}}  # a byline and its date in figures: "By LoadstarEditorial 22/08/2024"
      | (?i:{_AGENCY})\s+(?i:by)\s+.{{1,60}}
      | (?i:by\s+(?:via\s+)?{_AGENCY}\s+news\s*wire)\W*$  # The Independent's wire byline: "By Via AP news wire"
      | (?i:by)\s+[\w-]+(?:\.[\w-]+)*\.(?i:com|net|org|in|co\.uk|info|news)\W*$  # a site's name for a byline: "By journalsofus.com"
      | (?i:{_AGENCY})\s+(?i:published|updated|posted)\b.{{0,80}}  # "Reuters Published November 29, 2024 Updated November 29, 2024 09:54am"
      | (?i:report\s+by)\s+(?:[A-Z][\w.'’&-]*\s+){{0,4}}(?i:(?:reporters?|correspondents?|staff|team)\s+)?{NAME}(?:\s*(?:,|and|&)\s+{NAME}){{0,3}}  # "Report by ITV News reporters Duncan Golestani"
      | (?i:{_AGENCY}),\s+{NAME}(?:,\s+{NAME})?\W*$
      | [A-Z][\w.]{{1,30}}\s*[–—-]\s*(?i:{_AGENCY}),\s+.{{1,60}}\d{{4}}
      | {_FULL_NAME}\s+(?:and|&)\s+{_FULL_NAME}
      | {_FULL_NAME}\s+And\s+{_FULL_NAME},\s+(?:The\s+)?(?i:{_AGENCY})  # two reporters and their wire, title-cased: "Elaine Thompson And Michael Balsamo, The Associated Press"
      | (?i:by)\s+{NAME}\s+(?i:{_MONTH}\s+\d{{1,2}},?\s*\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s*\d{{4}})(?:\s*(?:at|,|[-–—|])?\s*\d{{1,2}}[:.]\d\d\s*(?i:am|pm|a\.m\.|p\.m\.)?(?:\s*(?i:{_ZONE}))?)?  # a byline and its date: "BY Admin  October 29, 2008 at 2:35 PM EDT"
      | (?i:(?:updated|published|posted)\s*:?\s*\d{{1,2}}/\d{{1,2}}/\d{{2,4}}).{{0,20}}
      | [A-Z][A-Z.'’ -]{{1,30}}(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?\s*[-–—]
      | [A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}},\s*(?:[A-Z]{{2}}|(?i:{_POSTAL_CODES}))(?=\s*$)  # a place line, its state's postal code: "Los Angeles, CA", "Pensacola, fl"
      | [A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:CNN|AP|AFP|Reuters)\s*[-–—]+  # a dateline alone, its wire unbracketed: "Dhaka, Bangladesh CNN —"
      | [A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?:(?=\s*$)  # a dateline alone behind a colon: NDTV's "Tokyo, Japan:"
      | [A-Z]{{2}}[A-Z.'’ -]{{1,30}},\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*$)  # a dateline alone, its dash dropped: "JAKARTA, Indonesia" (not a lead's "CAPE CANAVERAL, Fla." that the segmenter split off at its stop)
      | (?i:by\s*:?\s+(?:the\s+)?{_AGENCY})(?:(?:\s+|/).{{0,60}}\d{{4}}.{{0,30}})?
      | (?i:\d{{1,2}}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*{_ZONE})?,?\s+(?:{_MONTH}\s+\d{{1,2}},?\s*\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s*\d{{4}})(?:\s*\|\s*(?:\d+\s+)?comments?)?)  # with a comment counter: "2:53 PM, Oct 16, 2012 | comments"
      | (?i:by)\s+/+\s*(?i:{_MONTH})\s+\d{{1,2}},\s*\d{{4}}  # a byline's name left out before its date: "By  //  November 16, 2020"
      | (?i:(?:written\s+)?by\s+on)\s+(?i:{_MONTH})\s+\d{{1,2}},\s*\d{{4}}  # the same without its slashes: "Written by on March 14, 2023"
      | (?i:by)\s*[·•|]\s*(?:The\s+)?[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){{0,3}}  # a byline left without its writer: "by · The Hans India"
      | (?i:editor|author)\s*:\s*[\w.'’\-]+(?:\s+[\w.'’\-]+){{0,2}}  # "AUTHOR:M.J. GDNUS"
      | (?i:(?:editor[\s-]+in[\s-]+chief|(?:managing|executive|deputy)\s+editor|publisher)\s*:)  # a masthead's label over its name: "Editor in chief:"
      | {_FULL_NAME}(?:\s+(?:and|&)\s+{_FULL_NAME})*,(?=\S)(?:\s*[A-Z][\w ]{{1,30}},?){{1,3}}(?:and)?
      | (?i:(?:text|words|story)\s+by\s*:)\s*.{{1,40}}
      | (?i:(?:submitted|posted)\s+by)\s+.{{1,60}}?\s+(?i:on)\s+.{{0,40}}\d{{4}}.{{0,30}}
      | (?i:this\s+(?:was|story\s+was|article\s+was)\s+(?:published|updated)\s+\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)
      | .{{0,30}}?(?i:published|updated)\s*:(?:\s*(?i:last\s+)?(?i:updated|published)\s*:)?
      | (?i:(?:published|updated)\s*:?\s*(?:(?:published|updated)\s*:?\s*)?)
      | [A-Z][\w]{{1,10}}\s*\|.{{0,40}}
      | .{{0,40}}\b(?:www\.|https?://)\S+
      | [A-Z][\w&]*(?:(?:\s+|-)[A-Z][\w&]*)?
      | (?:[A-Z][a-z]+\s+)?(?i:{_DAY}\s+)?\d{{1,2}}/(?i:{_MONTH})/\d{{4}}(?:\s+\d{{1,2}}:\d\d\s*(?i:am|pm)?)?
      | {NAME},?\s+(?i:inc|llc|ltd)\.? | (?i:filed\s+on\s+{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}) | [A-Z][\w&.]*(?:-[A-Z][\w&]*)?\s+News | [A-Z]{{2,5}}\s?\d{{1,2}}
      | (?i:(?:(?:the\s+)?{_AGENCY}\s+)?by\s+(?:the\s+)?{_AGENCY}(?:\s+(?:the\s+)?{_AGENCY})?)
      | (?:نشر\s+في|تاريخ\s+النشر)\s*:.{{0,40}}
      | (?i:updated?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*{_ZONE})?\s*:.{{0,80}})
      | (?i:(?:the\s+)?{_AGENCY}(?:\s+news)?(?:\s*(?:,|&|/|and)\s*(?:the\s+)?{_AGENCY}(?:\s+news)?)*)
      | (?i:with\s+(?:news\s+)?(?:wire|wires|agency|agencies)(?:\s+services?)?) | (?i:(?:with|from)\s+(?:the\s+)?{_AGENCY})
      | (?i:by)\s+{NAME}(?:\s+(?i:and|&)\s+{NAME})?\s*/\s*(?i:{_AGENCY})  # "By David Biller And Laís Martins / Associated Press"
      | (?i:updated\s+\d+\s+times?)  # a live story's count of its updates
      | (?:AAP|AP|AFP|Reuters)\s+with\s+(?:[Tt]he\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,2}}  # the wire and the programme whose report it joins: "AAP with The Project."
      | (?i:from)\s+(?:[Tt]he\s+)?(?:[A-Z][\w.'&-]*\s+){{1,3}}(?:News|Times|Post|Herald|Tribune|Journal|Telegraph|Guardian|Independent|Gazette|Chronicle)  # "From Anchorage Daily News"
      | (?i:by)\s+(?!{_DAY_OR_MONTH}\s*,)[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){{0,3}}\s*(?:[|\-–—,]|(?i:published|updated|posted)).{{0,90}}
      | (?i:by)\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){{0,3}}\s*[|•·]\s*(?i:published|updated|posted)\b.*
      | [\w\-]+\.(?:com|net|org|news|tv|in|co(?:\.\w\w)?|info)\s*/?
      | [A-Z][\w.'’ \-]{{1,40}}(?:,\s*[A-Z][\w.'’ \-]{{1,40}}|\s*\([A-Z][\w ]{{1,30}}\))?\s*\({_DATELINE_WIRE}\)  # "BEIJING (REUTERS)": The Straits Times prints the wire in capitals
      | (?:AP|AFP|Reuters|PTI|IANS|ANI|UPI)\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){{0,2}}(?:\s*\([A-Z][\w ]{{1,30}}\))?  # "AP Abuja (Nigeria)"
      | [A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){{0,2}}\s*\([A-Z][\w ]{{1,30}}\),\s*(?i:{_MONTH})\s+\d{{1,2}}  # The Tribune's dateline alone: "Colorado Springs (Colorado), November 20"
      | [A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){{0,2}},\s*(?i:{_MONTH})\s+\d{{1,2}},\s+\d{{4}},\s*(?i:{_AGENCY})  # AFP's dateline as a sentence: "PALEMBANG, Dec 24, 2019, AFP."
      | [A-Z][\w .'’-]{{1,30}},?\s*\(\s*(?:APP|(?i:{_AGENCY}))\s*[-–—][^()]{{1,80}}\)\s*:?  # "Santiago, (APP - UrduPoint / Pakistan Point News - 4th Feb, 2023 ) :"
      | (?:[A-Z][a-z]+\s+)?\d{{1,2}}/\d{{1,2}}/\d{{4}}\s*\|?\s*\d{{1,2}}:\d\d(?:\s*(?i:am|pm))?\b.{{0,100}}  # "05/14/2021 | 04:57am EDT"
      | [A-Z][\w ]{{1,30}}\s*/\s*(?i:news\s+desk) | [A-Z][\w]{{1,20}}(?:\s+[A-Z][\w]{{1,20}}){{0,2}}\s+News\s+Desk\s+[^.!?]{{0,40}}\d{{4}}\b.{{0,20}} | (?i:posted\s*,\s*updated) | (?i:news\s+id\s*:\s*\d+) | (?i:publish(?:ed)?\s+date\s*:(?:\s*(?:\d{{1,2}}:\d\d\s*[-–—]\s*)?\d{{1,2}}\s+{_MONTH}\s+\d{{4}}.{{0,20}})?) | (?i:(?:posted|written|published)\s+by)
      | (?i:\d{{1,2}}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)\s+on\s+\d{{1,2}}\s+{_MONTH}\s+\d{{4}}) | (?i:{_DAY}\s*/\s*{_MONTH}\s+\d{{1,2}}(?:,?\s*\d{{4}})?)
      | (?i:(?:originally\s+)?(?:published|updated|posted))\s*:\s*\d{{1,2}}\s+(?i:{_MONTH})\s+\d{{2,4}}\s+\d{{1,2}}:\d\d(?:\s*(?i:{_ZONE}))?  # CNN's "Updated: 29 JAN 24 10:45 ET"
      | (?i:by)\s+(?!{_DAY_OR_MONTH}\b){_FULL_NAME}\s+(?:The\s+)?[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){{0,3}}  # a name and its paper: "By Hurubie Meko New York Times"
      | (?i:{_MONTH})\s+\d{{1,2}},\s+\d{{4}}\s+(?:AP|AFP|Reuters|REUTERS)  # a date and the wire: "April 13, 2021 AP"
      | (?i:updated?\s+(?:on\s+)?{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?\s+to\s+(?:add|include|correct|update|reflect)\b.{{0,80}})  # "Updated on Feb. 27 to include new company statements."
      | [A-Z][\w.'’ -]{{1,40}}(?:,\s*[A-Z][\w.'’ -]{{1,40}})?,\s*(?i:{_MONTH})\s+\d{{1,2}}\s*\({_DATELINE_WIRE}\)(?:\s*(?i:{_MONTH})\s+\d{{1,2}},\s*\d{{4}})?  # TerraDaily's dateline: "Khaplu, Pakistan, July 22 (AFP) Jul 22, 2025"
      | (?:AP|AFP|Reuters|Bloomberg|dpa|Kyodo|CNA|Staff\s+writer)(?:\s*(?:,|and)\s*(?:with\s+)?(?:AP|AFP|Reuters|Bloomberg|dpa|Kyodo|CNA))*\s*,\s*[A-Z][A-Z .'’-]{{2,30}}  # the Taipei Times's wires and dateline: "AP and AFP, SEOUL"
      | [A-Za-z]*Icon\s*(?i:{_MONTH})\s+\d{{1,2}},\s*\d{{4}}.{{0,30}}  # an icon's name glued to the date: "AccessTimeIconMar 23, 2023 at 1:34 p.m. UTC"
      | \d{{1,2}}\s+(?i:{_MONTH})\s+\d{{4}}\s*[-–—]\s*\d{{1,2}}:\d\d\s+(?i:by\s+{_AGENCY})  # "12 June 2021 - 12:20 By Reuters"
      | (?i:{_MONTH})\s+\d{{1,2}},\s+\d{{4}}\s*[-–—]\s*\d{{1,2}}:\d\d\s+(?i:by\s+{_AGENCY})  # "Aug. 1, 2021 - 21:36 By AFP"
      | (?i:{_MONTH})\s+\d{{1,2}},\s+\d{{4}}\s+(?i:by)\s+[\w.]+(?:\s+[A-Z][\w.]+)?  # a blog's date and poster: "April 29, 2017 By administrator"
      | (?:[A-Z][a-z]+\s+)?(?i:(?:the\s+)?{_AGENCY})\s+(?i:{_MONTH})\s+\d{{1,2}},\s+\d{{4}}(?:\s+\d{{1,2}}:\d\d(?::\d\d)?)?(?:\s*(?i:{_ZONE}))?  # "India The Associated Press May 21, 2020 10:58:21 IST"
      | [A-Z][\w ]{{1,30}}\s*/\s*[a-z][\w\- ]{{1,20}}  # a site and its section: "ETV Bharat / international"
      | {_FULL_NAME}\s*\|\s*[A-Z][\w ]{{1,30}}  # a byline and the reporter's city: "Samie Modak  |  Mumbai"
      | (?i:\d+\s*min\s*read)\s*(?i:{_MONTH})\s*\d{{1,2}},\s*\d{{4}}  # Medium's "3 min readNov 16, 2021"
      | {NAME}\s+\(@\w{{1,20}}\)\s+(?i:published|updated)\b.{{0,60}}  # "Fahad Shabbir (@FahadShabbir) Published December 07, 2023 | 09:40 AM"
      | (?:The\s+)?[A-Z][\w&.]+(?:\s+[A-Z][\w&.]+){{0,2}}\s+[-–—]\s+(?:UK|US|USA|India|Australia|Africa|Europe|Asia|International)  # a site and its edition: "The Guardian - UK"
      | oi-[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}}  # Oneindia's byline: "oi-Vicky Nanjappa"
      | (?i:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH})(?=\s*$)  # a day alone: "Jun 28"
      | (?i:press\s+trust\s+of\s+india|pti|ians|ani)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*$)  # an Indian wire's credit and the city it filed from: "Press Trust of India Mumbai"
      | \((?i:{_AGENCY})\)\s*(?:AM|PM)  # a wire's credit and the half of the day it came in: LatestLY's "(AP) AM"
      | \(?(?i:{_AGENCY})\)\s*\d{{1,2}}[:.]\d\d,?\s+(?i:{_MONTH})\s+\d{{1,2}},?\s+\d{{4}}  # the agency and its time: "(Xinhua) 08:30, March 18, 2021"
      | (?i:updated?\s*:\s*\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s*(?:{_ZONE}|central|eastern|pacific|mountain)?)  # "UPDATED: 8AM Central:"
      | (?i:posted\s+by)\s+[\w.'’\-]+(?:\s+[\w.'’\-]+)?\s+(?i:on)\s+.{{0,40}}\d.{{0,20}}  # "posted by janrinok on Monday December 02, @06:01PM"
      | (?i:staff\s+writers?)\s*(?:[,|/-]\s*)?(?i:{_AGENCY})?
      | (?i:(?:views?\s*:\s*[\d,]*\s*\|\s*)?(?:date|time))\s*:?\s*\d{{4}}-\d\d-\d\d(?:\s+\d\d:\d\d(?::\d\d)?)?(?:\s*(?i:source)\s*:.{{0,80}})?  # "Date:2025-04-13 20:56:07", "date 2024-07-12", "Views: | Time:2024-06-03 19:13:35", "TIME:2024-06-03 16:45:47 Source: Internet compilationEdit:entertainment"
      | \d{{4}}-\d\d-\d\d\s+\d\d:\d\d(?::\d\d)?\s*(?i:source)\s*:.{{0,80}}  # "2025-05-03 09:07:57source:Phaninc Exchangecategory:News"
      | (?i:(?:start|end)\s*:\s*\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\s+\d{{1,2}}:\d\d(?:\s*{_ZONE})?)
      | .{{0,80}}?\s[-–]\s+BY\s+[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){{1,3}}  # a print edition's header: "The Washington Times Daily - - NATION - BY MEG KINNARD"
      | .{{0,80}}?\s[-–]\s+[-–]\s+[A-Z][A-Z &]{{1,30}}\s+[-–]\s+(?i:by)\s+{_FULL_NAME}.{{0,60}}  # the same in a byline's case: "The Saratogian (Saratoga, NY) - - SPORTS - By Tim Reynolds AP Basketball Writer"
      | (?i:{_DAY},?\s+{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|{_MONTH},\s+{_DAY}\s+\d{{1,2}},?\s+\d{{4}})  # "Friday, Sep 29, 2017", "September, Friday 20, 2024"
      | (?i:(?:today|yesterday)\s+at\s+\d{{1,2}}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*{_ZONE})?)  # "today at 11:03 am"
      | (?i:by\s*:) | [A-Z][\w.&'’ ]{{1,30}}\s+(?i:news\s*desk)  # a byline's label left empty, a desk's byline: "Independent.ie Newsdesk"
      | (?:•\s*)?(?:Author|Role),\s+\S+(?:\s+\S+){{0,4}}  # the BBC's labelled byline, a line each: "Author, Ido Vock", "Role, BBC News"
      | {_FULL_NAME}\s+/\s+(?:The\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){{0,2}}  # a picture's photographer and outlet: "Adam Dabrowski / Global News" (spaced, where two places are not: "New York/New Jersey;")
      | (?i:by)\s+(?P<writer>{_FULL_NAME})\s+(?P=writer)\s+is\s+(?:an?|the)\s+[^.!?]{{1,60}}  # a byline and the writer's line under it run together: "By Tim Reynolds Tim Reynolds is an Associated Press writer"
    )\W*$""",
    re.VERBOSE,
)


_AFTER_A_TITLE = re.compile(
    rf"""^.{{0,120}}\b(?i:(?:published|updated|posted)(?:\s+on)?\s*:\s*\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago)\W*$
      | ^.{{10,200}},\s+(?i:{_AGENCY})\s+(?i:{_MONTH})\s+\d{{1,2}},\s+\d{{4}}\s+(?i:updated)\s*:.{{0,40}}\W*$""",
    re.VERBOSE,
)
"""Times run on after a title on one line ("Colorado wildfires continue as night falls Published on: 52 minutes ago",
"Student kills 3, … MIKE HOUSEHOLDER, Associated Press Dec 1, 2021 Updated: Dec. 1, 2021 1:13 a.m."): each form
opens on any text, which the regex tries at every one of its first positions, so it runs only on lines that say
"ago" or "updated" (a few in a hundred)."""


@memo_text(maxsize=65536)
def meta_line(text: str) -> bool:
    """The line's own metadata forms; a line opening a quotation is someone's words, however short ('"Goosebumps.'
    is no site name)."""
    if text[:1] in "\"“‘":
        return False
    run_on = any(word in text for word in ("ago", "Ago", "AGO", "pdated", "PDATED"))
    return bool(_META.match(text)) or (run_on and bool(_AFTER_A_TITLE.match(text))) or _metadata_fields(text)


_FIELD_BREAK = re.compile(r"\s+[-–—]\s+|\s*\|\s*")
_FIELD = re.compile(r"^(?:photo\s+of\s+[^.!?]{1,60}|(?:original\s+)?(?:article\s+)?source\s*:\s*[^.!?]{1,40})$", re.IGNORECASE)
"""Fields that stand beside a byline and a date: a writer's picture left as its alternative text ("Photo of
Indo-Asian News Service"), the story's source ("Original Article Source: Al Manar")."""


def _metadata_fields(text: str) -> bool:
    """A site's name, a date and the bylines strung on one line between dashes or bars ("- NEWS SKY - MAY 6, 2021 -
    Sunita Patel-Carstairs and Alix Culbertson -", "Photo of Indo-Asian News Service|   Posted by Mohammed Baleegh  |
    Published: 6th September 2022 3:26 pm IST"), each field a form of its own; a date among them, since two names
    between a dash ("Biden - Trump") may be a headline's."""
    fields = [f for f in _FIELD_BREAK.split(text.strip(" -–—|")) if f]
    return len(fields) >= 2 and any(c.isdigit() for c in text) and all(_META.match(f) or _FIELD.match(f) for f in fields)
