"""What one line of a page looks like on its own: the stock phrases, notices and labels that make it chrome,
whatever stands around it (pictures' credits and captions: ``credits.py``; bylines and dates: ``bylines.py``; what
a page asks of its reader: ``prompts.py``; the headings of sections and of boxes of links: ``headings.py``; a
site's menu run into one line: ``menus.py``; a phrase anywhere in the line that gives it away: ``phrased_lines.py``;
how a line ends: ``line_ends.py``; links to another story or picture, which need to know whether the story has
begun: ``links.py``).

``boilerplate.py`` reads a page line by line with these and adds what only the
page tells: where a line stands, what its neighbours are, and whether its words
are the story's. Every form here is general to news sites rather than to one
outlet, and each names the line of a real page it was written for.
"""

from __future__ import annotations

import re

from variantview.core.memo import memo_text
from variantview.core.units.credits import (
    CAPTION_OPENER,
    NAME,
    PHOTO_AGENCY,
    PLACED_CAPTION,
    caption_date,
    credit_at_end,
)
from variantview.core.units.menus import menu_line
from variantview.core.units.notices import ends_article
from variantview.core.units.phrased_lines import chrome_anywhere, phrased_chrome
from variantview.core.units.prompts import asks_reader

_CHROME = re.compile(
    r"""^(?:
        (?:share|tweet|email|print|save)\b.{0,30}$ | .{0,200}\(?opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)\)?\s*\]?\W*$  # a link's label for screen readers: "Share on email (opens in new window)", "Sydney attack: … say Australian policeOpens in new window ]"
      | (?:\d[\d,.]*\s*[kKmM]?)?\s*(?:shares?|comments?|views?|likes?)$
      | by\s*-\s*\d[\d,.]*\s*[kKmM]?\s+views?$  # a byline template left empty before its counter: "by -213 Views"
      | video\s+(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){3,})$  # a video's link, its title in title case: "Video Hurricane Irma Devastates Island Of Barbuda …"
      | [A-Za-z][\w/&.]*(?:\s+[\w/&.]+){0,3}\s+(?:[-+]\d+(?:[.,]\d+)?\s?%(?:\s+\d[\d.,]*)?|\d+(?:[.,]\d+)?\s?%\s+\d[\d.,]*)(?:\s*[$€£])?$  # a market ticker's line, its change signed or its level after it: "DAX 1.23% 16051.23", "EUR/USD -0.5% 1.0711 $"
      | \(\s*(?:video|photos?|gallery)\s*\)\s*\S  # a link to the site's video or gallery: "(Video) Russia trades Azov fighters …"
      | read\s+(?:more|also|next|extra)\b  # "extra": a spinner's "Read more:"
      | (?:related|similar|recommended|more|latest|popular|trending|top)\s*(?:posts?|stories|articles?|news|videos?|reads?|reading)?\s*:?$ | other\s+(?:news|stories)\s*:?$
      | !\[.* | feeling\s+out\s+of\s+the\s+loop\W*$ | we['’]ll\s+catch\s+you\s+up\b | more\s+on\s+[^.!?]{1,40}$ | you\s+(?:can|may)\s+(?:also\s+)?see\s*: | read\s+our\s+privacy\s+(?:notice|policy)\b | \(\s*file\s+(?:pic|photo|picture|image)\s*:?[^)]{0,40}$ | image\s+description\W*$
      | open\s+in\s+(?:the\s+)?app\W*$ | here(?:['’]s|\s+is)\s+(?:everything|all)\s+(?:you\s+need\s+to|we)\s+know\W*$ | you['’]re\s+reading\s*:\s*\S | previously\s*:\s*\S | watch\s*\|\s*\S
      | please\s+visit\s+the\s+original\s+(?:post|article|story)\b.{0,30}$ | original\s+(?:post|story|article)\s*:?\s*$
      | (?:want\s+the\s+full\s+(?:story|article)\?\s*)?read\s+the\s+original\s+(?:post|story|article)\W*$ | want\s+the\s+full\s+(?:story|article)\?\s*$  # an aggregator's link to its source: "Want the full story? Read the original article"
      | reading\s+time\s*:?\s*<?\s*(?:\d{1,2}|an?|one)\s*min(?:ute)?s?\W*$ | <\s*(?:an?|one|1)\s+min(?:ute)?\s+read\W*$  # a reading time under one minute: "Reading Time: < 1 minute", "< a min read"
      | embed\s*</?>\s*more\s+(?:news\s+)?videos\W*$  # the video player's label on ABC's station sites ("EMBED <>More Videos", "EMBED </>More News Videos")
      | map\s+(?:of|showing)\s+[^.!?]{1,80}$  # a map's caption: "Map of South Kivu province, Democratic Republic of Congo"
      | free\s+mp3\s+downloads?\W*$  # a download site's label injected into a scraped page
      | write\s+to\s+[\w.'’ -]{2,60}?\s+at\s+[\w.+-]+@  # the Wall Street Journal's sign-off: "Write to Rebecca Elliott at rebecca.elliott@wsj.com and …"
      | have\s+an\s+opinion\s+(?:about|on)\s+this\s+(?:story|article)\?  # Automotive News's prompt for a letter to the editor
      | read\s+about\s+us\W*$  # a shopping team's link after its commission notice
      | see\s+(?:more|also|all)\b.{0,30}$
      | view\s+(?:image|photo|picture)\s+in\s+full\s*screen\W*$  # Global News's link under a picture
      | (?:view\s+(?:slide\s*show|gallery)\s*)?(?:request\s+to\s+)?buy\s+(?:this|a\s+print\s+of\s+this)\s+(?:photo|image|picture)\W*$ | view\s+(?:slide\s*show|gallery)\W*$  # "View Slideshow Request to buy this photo"
      | \d[\d,.]*\s*[kKmM]?\s+(?:shares?|comments?|views?)\s+(?:share|tweet|email|like)\b
      | .*\{[^{}]*:[^{}]*;[^{}]*\}
      | (?:watch|click|tap|scroll|read)\b.{0,40}\b(?:below|here|now)\W*$
      | explore\s+now
      | advertisement$
      | (?:source|courtesy|credit|photo|image|picture|pic)\s*: | source\s*[-–—]\s*(?-i:[A-Z])[^.!?]{1,40}\.?$  # "Source- Hindustan Times."
      | \(?\s*with\s+inputs?\s+from\b
      | this\s+(?:post|article|story|report)\s+(?:by\s+[\w\s.]{1,40}?\s+)?was\s+(?:originally\s+)?(?:first\s+)?published
      | (?:article\s+)?author\s*:\s*$ | story\s+code\s*:\s*\d+\W*$
      | this\s+(?:post|article|story)\s+was\s+(?:added|submitted|posted)\s+by\s+(?:a|the|our)\s+(?:user|reader|member)
      | more\s+to\s+read\W*$
      | \(?\s*(?:copyright|all\s+rights\s+reserved)\b | [\[(]?\s*© | \(c\)\s*(?:\d{4}|copyright)\b | \(\s*[\w.'’\-]+(?:\s+[\w.'’\-]+){0,3},\s+copyright\s+\d{4}\b
      | this\s+material\s+may\s+not\s+be\s+(?:published|reproduced|redistributed)\b
      | (?:\d+\.\s+|[\w-]+\s+)?skip\s+to\s+(?:(?:main\s+)?content|main\W*$|(?:the\s+)?(?:main\s+)?(?:menu|navigation)\W*$|more\s+[\w ]{1,20}\s+sites\W*$)
      | have\s+you\s+read\b
      | (?:also\s+(?:read|watch)|read\s+also|read\s+related(?:\s+also)?|must\s+read|don'?t\s+miss|view\s+all|most\s+read|related)\b\s*(?:[-:–—|]|in\s+\d|$)
      | (?-i:(?:Also\s+read|ALSO\s+READ)(?=[A-Z]))  # the label glued to the linked headline: "Also readHindenburg says …"
      | (?:you\s+)?may\s+be\s+interested\s+in\s*: | (?:video\s+)?report\s+by\s+.{0,40}\b(?:correspondent|reporter|editor)\b.{0,40}$
      | your\s+(?:web\s+)?browser\s+is\s+no\s+longer\s+supported\b | (?:this|your)\s+browser\s+(?:does\s+not|doesn['’]t)\s+support\s+(?:the\s+)?(?:video|audio|html5?|iframe)\b.{0,40}$ | to\s+improve\s+your\s+experience\s+update\s+it\b | hi,?\s+what\s+are\s+you\s+looking\s+for\W*$
      | (?:top\s+)?(?:picks|recommended|more)\s+for\s+you\W*$
      | \[\s*ad[_\s-]?\d*\s*\]$
      | \[\s*(?:also\s+)?(?:read|watch|see|related)\s*:\s*[^\]]{3,200}\]\W*$  # a bracketed teaser: "[READ: Major Equifax breach may have exposed 143 million people]"
      | \(\s*attn\s*:[^()]{1,100}\)\W*$ | \((?:\d+(?:st|nd|rd|th)\s+)?(?:LD|lead)\)\W*$  # Yonhap's notes to editors: "(ATTN: UPDATES more details in 2nd para)", "(4th LD)"
      | \[[a-z][\w\-]*(?:\s[^\]]*)?\]\W*$
      | \(?\s*(?:read\s+)?more\s+.{0,40}\bstories\W*$ | \(\s*more\W*$ | [^()]{1,40}\bstories\.?\)\W*$ | \(\s*more\s+[\w ]{1,30}\bnews\s*\)\W*$ | skip\s+(?:main\s+)?(?:navigation|content)\W*$ | all\s+(?:sections|news)\W*$ | [\w ]{1,30}\bnews\s+from\s+[\w-]+\.(?:com|net|org)\W*$ | ™\s*(?:&\s*)?©  # "(More Sports News)", "Skip navigation", "™ & © 2024 Cable News Network"
      | (?:(?:newsletters?|sign\s*-?\s*(?:up|in)|register|log\s*-?\s*(?:in|out)|subscribe|my\s+account)\s*[/|•]?\s*){2,}$  # the account links: "Newsletter Signup Register / Login"
      | (?:forgot(?:ten)?|lost|reset)\s+(?:your\s+)?(?:password|username)\W*$  # a login form's link
      | important\s+updates\s+on\b
      | read\s+on\b.{0,40}$ | continue\s+reading\s+(?:on|at)\s*:?\s*$  # a link to the rest of the story that the page dropped: "Continue reading on:"
      | you\s+are\s+here\b
      | (?:new\W*)?you\s+can\s+now\s+listen\b | listen\s+to\s+(?:this|the)\s+(?:article|story)\b
      | (?:here\s+is|here's|below\s+is)\s+(?:a|the)\s+(?:map|video|list|graphic|timeline|look)\b.*:\s*$
      | connect\s+with\s+us\W*$ | more\s+about\s*:[\w\s,&'-]{0,80}$
      | (?:we\s+)?take\s+a\s+look\s+at\s+(?:some\s+of\s+)?the\s+(?:images|pictures|photos)\b
      | \(\s*read\s+more\b[^()]{0,100}\)\W*$
      | -?\d{1,3}(?:\.\d)?\s*[º°]?\s*[cf]?\W*$
      | \(?\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b.*(?:;|\)\W*$)
      | \(?\s*(?:with\s+)?(?:additional|extra)\s+reporting\s+(?:by|from)\b.{0,80}$
      | file\s+(?:photo|image|picture)\s*:
      | .{5,200};\s*file\s+(?:photo|image|picture)\W*$ | representa(?:tion|tional|tive)\s+(?:pic|picture|image|photo)s?\b.{0,40}$ | \W*(?:pic|picture|image|photo)\s+(?:used\s+)?for\s+representation(?:al\s+purposes?)?\W*$  # a caption's label: "Representation pic", "?? Pic for representation ??"
      | more\s+about\s+[\w\s&'’-]{1,30}(?:,\s*[\w\s&'’-]{1,30}){2,}$ | topics?\s*[>›»]\s*\w[\w\s&,'’-]{0,40}$ | (?-i:in\s+[A-Z]{2,}(?:\s+[A-Z]{2,})?(?:,\s*[A-Z]{2,}(?:\s+[A-Z]{2,})?)*)$  # a tags line: "More about Entertainment, Sweden, Oman", "TOPICS > Economy", "in NEWS, SPORTS"
      | (?:from\s+)?(?:staff\s+and\s+)?(?:agency|agencies|wire)\s+reports?\W*$ | \((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\)\W*$  # a source's label ("From staff and wire reports"), a video caption's date: "(Oct. 1)"
      | (?-i:BREAKING\s+NEWS)\b.{5,200}\sfull\s+story\W*$ | closings\s*:\s*view\s+closings\W*$  # a broadcaster's ticker
      | (?-i:CLOSE\s+[A-Z][a-z]) | [0-9a-f]{32,64}(?:\.(?:jpe?g|png|gif|webp))?(?![\w-])  # a video player's close button over its caption, a file's hash over a headline or picture
      | (?:tishrei|tishri|cheshvan|heshvan|kislev|tevet|shevat|shvat|adar(?:\s+i{1,2})?|nisan|iyar|sivan|tammuz|tamuz|av|elul),?\s+\d{1,2},?\s+5[78]\d\d\W*$  # a Hebrew calendar's date: "Shevat, 2, 5778"
      | (?:current\s*:\s*)?(?:home|main)\s*[>›»|/*]\s*\w | tags?\s*:\s*\#?[\w\s,&'’-]{1,80}(?:,?\s*\#[\w'’-]+){0,6}$ | tags\s+[a-z][\w,&'’-]*(?:\s+[\w,&'’-]+){0,3}$
      | listen\s+to\s+(?:our|the)\s+(?:latest\s+)?(?:podcasts?|audio\s+version)\b | want\s+a\s+quick\b.{0,40}\bbriefing\b
      | [\w\s]{1,30}/\s*screen\s*(?:grab|shot)\W*$ | (?:twitter|facebook|instagram|youtube|tiktok|social\s+media)\s*/\s*\w+\W*$
      | [\w\s]{1,40}\bstories\.?\)\W*$ | \d\.\s+home\W*$ | can['’]t\s+connect\s+right\s+now\b
      | our\s+(?:only\s+)?(?:focus|agenda|mission)\s+is\s+(?:on\s+)?(?:the\s+)?(?:truth|facts)\b | the\s+latest\s+and\s+trending\s+news\b.{0,40}$
      | (?:send|email)\s+(?:a\s+)?(?:link|this)\s+to\s+a\s+friend\b.{0,20}$ | \W*listen\s+live\b.{0,60}$ | live\s+on\s+air\W*$ | on[\s-]air\s+now\W*$ | more\s+about\W*$  # a tags box's heading whose tags the page dropped
      | (?:image|media)\s+copyright | image\s+caption(?:\s*,\s*\S|(?-i:[A-Z])) | [\w\s]{1,40}?(?-i:[a-z](?:Image|Media)\s+copyright)\W*$  # the BBC's labels, after a comma or glued to their text ("Image caption,Ukraine", "image copyrightdie-phalanx", "image captionIt's still …", "Computer codeImage copyright")
      | we\s+remain\s+committed\s+to\s+bringing\s+(?:our\s+)?readers\b
      | we\s+are\s+committed\s+to\s+(?:truth|accuracy|transparency)\b | read\s+our\s+editorial\s+(?:standards|policy|policies|guidelines)\b
      | warning\s*:\s*(?:this|these)\s+(?:videos?|images?|photos?|pictures?|content|footage)\s+(?:is|are|may|contains?)\b | warning\s*:.{0,60}\b(?:in|on)\s+the\s+(?:clip|video|footage)\W*$
      | (?:we['’]re\s+sorry,?\s+)?this\s+service\s+is\s+(?:currently\s+|temporarily\s+)?unavailable\b | please\s+try\s+again\s+later\W*$
      | [\w.'’\s]{1,60}['’]s\s+profile\s+(?:picture|photo|image)\b
      | [\[(]\s*(?:source|credit|photo)s?\s*:[^\])]{1,40}[\])]\W*$
      | \d{1,3}\s+of\s+\d{1,3}\s+.{0,300}\b(?:photo|image|credit|attribution)s?\s*:
      | hold\s+tight\b.{0,60}\bloading\b | expand\s*/\s*collapse\b | (?:\w+\s+){0,2}icon$
      | (?:posted|published)\s+(?:on|in|by)\W*$ | [^»›\n]{1,40}\s[»›]\s[^»›\n]{1,40}\s[»›]\s.{1,150}$ | available\s+on\s+(?:the\s+)?(?:app\s+store|google\s+play|gplay|ios|android)\b.{0,30}$ | (?-i:\((?:[A-Z]{1,4}\d?\s*/\s*)+[A-Z]{1,4}\d?\))\W*$
      | an?\s+file\s+(?:photo|image|picture)\s+(?:of|shows)\b
      | \(?\s*(?:file\s+)?(?:photo|video|image)s?\s+(?:(?:copied|taken)\s+)?(?:by\b(?!.*\s(?-i:[a-z]{2,}ed)\b)|credit\b)
      | .{0,60}/\s*(?:AP|AFP|Reuters|Getty\s+Images|EPA|Xinhua|Bloomberg|Shutterstock|dpa)(?:\s+Photo)?(?:\s*/\s*File)?\s*\)?\s*$
      | \(\s*(?:AP|AFP|Reuters)\s+Photo\b
      | (?:play|watch)\b.{0,80}(?:\bvideo|\(\d+\s*s\)\W*)$ | (?:play|watch)\s+(?:the\s+)?video\s+\d{1,2}:\d\d\b.{0,120}$  # a video's link with its length: "Watch video 05:47 Life after Ebola …"
      | see\s+below\s*:?$ | watch\s+more\s+of\s+our\s+videos\b.{0,40}$  # a video player's link: "Watch more of our videos on Shots!"
      | on\s+air\s*:
      | source\s+link$
      | please\s+refresh\s+the\s+page\b.{0,60}$
      | story\s+continues\s*:?\s*$ | rest\s+of\s+(?:asia|europe|africa|the\s+world|the\s+americas)\W*$
      | (?:post|article|story)\s+continues\s+(?:below|after\s+(?:this\s+)?(?:advert(?:isement)?|video))\W*$  # Mamamia's "Post continues below.": mid-article, so no notice that the article has ended
      | here\s+are\s+the\s+(?:highlights|latest\s+updates|key\s+updates)\b.{0,80}:\s*$
      | .{1,120}:\s*as\s+seen\s+on\s+.{1,80}$ | .{1,60}\s[-–—]\s*(?:image|photo|picture|video)\s+(?:from|via|courtesy\s+of)\s.{1,80}$
      | this\s+is\s+an\s+archived\s+(?:article|story|page)\b | please\s+look\s+at\s+the\s+time\s*stamp\b | on\s+the\s+site\s*:\s*$
      | this\s+(?:story|article)\s+(?:was\s+|is\s+)?(?:originally\s+)?(?:featured|published|appeared)\s+(?:originally\s+)?on\s+[\w.\s]{1,40}$
      | banner\d+\W*$ | (?:image\s+)?credit\s*,\s*(?-i:[A-Z])[\w.&/ ]{1,40}$ | \(\s*read\s+here\b.{0,80}\)\W*$ | find\s+out\s+(?:more|why|how)\s*:?\s*$ | more\s+here\W*$ | spread\s+(?:this\s+news|the\s+love)\W*$ | \W*to\s+read\s+also\s*: | \d+\s+comments?\s+to\s+[“\"] | listen\s+\d+\s+min\b | videos?\s+(?:above|below)\s+(?:courtesy\s+of|by)\b | filed\s+under\s*: | (?:(?:share|tweet|link|on|facebook|twitter|email|whatsapp|pinterest|linkedin|reddit|tumblr|google\+)\s*)+$
      | related\s+(?:videos?|articles?|stories|posts?)\s*:\s | (?:reuters|ap|afp|bloomberg|original)\s+source\s*:\s*$ | (?i:related\s+stor(?:y|ies))(?-i:[A-Z][a-z]) | (?:baca|lihat)\s+juga\s*: | capt?cha\b.{0,60}$ | unlock\s+the\s+editor['’]s\s+digest\b
      | watch\s+(?:below|above)\s*[|:]\s | check\s+(?:back|again)\s+(?:later\s+|soon\s+)?for\s+(?:updates|more)\W*$ | this\s+just\s+in\W*$ | map\s+locator\W*$ | current\s+track\W*$ | font\s*size\s*[+:|-]  # a video's label, an update's promise, the BBC's map, a radio player's label, a text-size control
      | join\s+now\s+for\s+free\b.{0,60}$ | get\s+the\s+news\s+you\s+need\b.{0,60}$ | keep\s+scrolling\s+(?:down\s+)?(?:for|to\s+see)\b.{0,80}$ | (?-i:[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}\s+NEWS)$  # a gallery's pointer; a section's label in capitals ("UNITED STATES NEWS")
      | this\s+(?:article|page|story)\s+contains\s+content\s+provided\s+by\b.{0,40}$ | we\s+ask\s+for\s+your\s+(?:permission|consent)\s+before\b  # an embed's consent notice
      | [\w\s.'’-]{1,60}\sfile\s+(?:photo|picture|image)\W*$  # a picture's label: "Ole Gunnar Solskjaer file photo"
      | (?:[\w&'’-]+(?:\s+[\w&'’-]+)?\s+https?://\S+\s+){2}  # a breadcrumb trail with each crumb's address
      | (?-i:breaking):\s | [\w\s:.&'’-]{0,60}\bnews,\s+(?:sports|weather)(?:,\s+[\w\s]{1,20}){0,3}\s*(?:&|and)\s+\w+\W*$  # a ticker's lower-case label, a site's tagline of its sections
      | this\s+(?:article|story|report)\s+is\s+(?:more\s+than\s+|over\s+)?(?:\d+|an?|one|two|three|four|five)\s+(?:years?|months?)\s+old\W*$  # an archive's notice: "This article is 2 years old"
      | watch\s+(?:the\s+)?video\s*:\s  # a video's label before its title: "Watch the video: footage puts the Dalai Lama in distress …"
      | photo(?:graph)?\s*:\s*[^!?:]{1,80}?\s+image\s*:\s  # Rediff's credit before its caption: "Photograph: Getty Images from the Rediff.com Archives IMAGE: Local media reported …"
      | (?:more\s+)?(?:information|details)\s+(?:about|on)\s+(?:the|this)\s+[\w ]{1,30}\s+can\s+be\s+found\s+here\W*$ | for\s+(?:a|the)\s+(?:complete|full)\s+list\s+of\b[^.!?]{1,60},\s+(?:please\s+)?(?:visit|see|go\s+to|click)\b.{0,40}$  # links out: "More information about the recall can be found here.", "For a complete list of the recalled products, visit USDA.gov."
      | follow\s+(?:all\s+)?(?:the\s+)?(?:reaction|latest|updates|live\s+coverage)\b.{0,60}\bhere\s*:?\s*$ | check\s+(?:out\s+)?the\s+(?:tweet|post|video)(?:\s+below)?\s*[:.]?\s*$  # "Follow all the reaction from Stage 13 of the Tour de France here:", "Check the tweet:", "Check the video Below."
      | (?-i:CORRECTS\s+[A-Z0-9 ,.'’-]{2,80}\s+TO\s+[A-Z0-9])  # AP's correction note over a caption: "CORRECTS LOCATION TO HAWAII VOLCANOES NATIONAL PARK"
      | (?:view|read|see)\s+the\s+full\s+(?:statement|report|letter|ruling|decision|release)\s+(?:by\s+clicking\s+here|here)\W*$  # a link to a document: "View the full statement by clicking here."
      | (?:mci\s*\(p\)\s*)?\d{3}/\d{2}/\d{4}(?:\s*,\s*mci\s*\(p\)\s*\d{3}/\d{2}/\d{4})*\W*$ | mci\s*\(p\)\W*$ | (?:co\.\s+regn\.\s+)?no\.\s+\d{9}[a-z]\W*$  # a Singapore paper's print permit and company number in its footer, cut at their stops: "MCI (P) 076/10/2022, MCI (P) 077/10/2022."
      | (?-i:EARLIER|PREVIOUSLY)\s*:\s+[^.!?]{5,150}$  # a local station's link to its earlier story: "EARLIER: ‘Very small asteroid’ entered Earth’s atmosphere on Tuesday"
      | error\s+message\W*$ | user\s+(?:warning|notice|error)\s*:\s | for\s+information\s+about\s+how\s+to\s+fix\s+this\b | \(line\s+\d+\s+of\s+/  # a content system's error box left in the page (Drupal's "User warning: The following module is missing …")
      | search\s+(?:on|in)\s+[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|in|co\.uk|com\.au)\W*$  # a search box's label: "search on deccanchronicle.com"
      | (?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\s+covers\s+[^.!?]{3,120}\s(?:at|for)\s+(?-i:[A-Z])[\w.'’&/-]*(?:\s+(?-i:[A-Z])[\w.'’&/-]*){0,3}\.?$  # a writer's note: "Peter Kafka covers media and technology, and their intersection, at Vox."
      | (?:many|more|all|most)\s+of\s+(?:his|her|their)\s+(?:stories|articles|work|columns)\s+can\s+be\s+found\b
      | [a-z][a-z&-]{1,20}\d{1,2}\s+(?:mins?|minutes?|hours?|hrs?|days?|weeks?)\s+ago\W*$  # a section's label glued to the story's age: "world3 days ago"
      | (?-i:[A-Z])[^.!?]{0,60}\s\d{1,2}\s+(?:mins?|minutes?|hours?|hrs?|days?|weeks?)\s+ago[^\w.!?]*$  # a listed show's or story's title and age: "The Drive with Rob & Roz 2 hours ago" (a sentence's stop after "ago" is prose's: "I made the decision 10 days ago.")
      | photo\s+of\s+(?:the\s+)?author\W*$ | (?-i:Camera\s*Icon)  # an author's picture, PerthNow's caption mark: "Camera IconHopes are fading …"
      | twitter\s*/\s*@\w+\W*$  # a tweet's credit: "TWITTER/@lucas_m_rod"
      | /\*.* | \*/.* | we\s+recommend\s+moving\s+this\s+block\b  # a newsletter form's embedded code and Mailchimp's comment in it
      | post\s+(?:a\s+)?new\s+comment\W*$ | click\s+to\s+follow\W*$ | follow\s+by\s+e-?mail\W*$  # a comment form's and follow buttons' labels (Blogger's "Follow by Email")
      | (?-i:[a-z]+[A-Z]\w*)\s*:\s*(?:true|false|null|\d+|"[^"]*"|'[^']*')\W*$ | [-•*]?\s*(?:[a-z]+-)+icon\W*$  # a script's setting ("enablePagination: false"), an icon's name ("- hamburger-menu-icon")
      | [^.!?]{10,150}\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*\)\W*$  # a video's title with its length ("… Obock camp (2:50)")
      | (?:reuters|ap|afp)\s+video\W*$  # a player's label
      | reading\s*:\s | (?-i:Related[A-Z])  # a theme's "Reading:" bar over the story's title, a teaser glued to its label: "RelatedBangladesh dengue cases …"
      | last\s+updated?\s+on\s*\.?\s*$ | from\s+the\s+section\s+(?-i:[A-Z])  # the BBC's date line emptied of its date, its section: "From the section Golf"
      | (?:follow\s+on\s+)?updated\s+on\s*:\s*(?:mon|tue|wed|thu|fri|sat|sun)\w*,\s.{0,40}$ | the\s+sources?\s+for\s+this\s+(?:piece|article|story|report)\s+include\b  # a time stamp after a follow button, a rewrite's note on its source
      | \(\s*menafn\s*(?:[-–—]\s*[^()]{1,40})?\)\W*$  # a syndicator's credit on its own line: "(MENAFN- Colombo Gazette)"
      | denial\s+of\s+responsibility\W*$ | in\s+each\s+content,\s+the\s+hyperlink\b | all\s+trademarks\s+belong\s+to\b | if\s+you\s+are\s+the\s+owner\s+of\s+the\s+content\b | the\s+content\s+will\s+be\s+deleted\s+within\b  # a scraper's disclaimer
      | our\s+privacy\s+statement\b | i\s+agree\W*$ | enlarge\s+(?:image|photo|picture)\W*$ | legend\s*:\s | (?-i:[A-Z]{2,12})\s+\d[\d,.]*\s+(?:(?:increased|decreased)\s+by|no\s+change)\b | the\s+associated\s+press\s+is\s+an\s+independent\b | (?:[\w:-]+="[^"]*"\s*)+/?>\W*$ | we\s+apologi[sz]e,?\s+but\s+this\s+video\b
      | site\s+icon\b | (?:%d|\d+)\s+bloggers?\s+likes?\s+this\b | send\s+to\W*$ | trigger\s+warning\s*: | \(\s*(?:tv|television)\s+screen\s*\)\W*$ | (?:image|photo)\s+credits?\s*: | wia\s+dis\s+foto\s+come\s+from\b | \d{8}[\s_-][\w\s-]{1,30}$ | (?-i:READ\s+(?=[A-Z][a-z]))  # BBC Pidgin's picture credit, a picture's file name, a teaser's "READ …"
      | hello\s+and\s+welcome\s+to\s+the\s+details\s+of\b | (?:image|photo|picture)\W*$ | the\s+(?:content|page)\s+you\s+requested\s+(?:does\s+not|doesn['’]t)\s+exist\b
      | current\s+system\s+time\s*:.{0,30}$ | page\s*:\s*\d+\W*$ | rank\s*:\s*\w+\W*$ | forum\s+main\s*>>.*$ | font\s+size\s*:.{0,40}$  # a forum's and a page's tools
      | read\s+(?:the\s+)?full\s+(?:story|article|report)\s+(?:on|at)\s+\S+\W*$ | (?:oops!?\s*)?something\s+went\s+wrong\.?\s*$ | (?-i:Photo\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,3})\W*$
      | this\s+video\s+(?:includes|contains|uses)\s+(?:images|clips|footage)\s+from\b.{0,40}$ | this\s+video\s+(?:can\s*not|can['’]t|could\s+not)\s+be\s+played\W*$
      | contributing\s*:\s*(?-i:[A-Z])[^.!?]{1,80}\.?$ | reach\s+(?:him|her|them|me)\s+at\s+\S+@\S+  # USA TODAY's credit and its reporter's address: "Contributing: Associated Press."
      | (?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+(?:covers|writes\s+about|reports\s+on)\s+[^.!?]{1,60}\s+for\s+(?-i:[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2})\.$  # "Natalie Neysa Alund covers trending news for USA TODAY."
      | (?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){1,2})\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:editor|reporter|writer|correspondent|journalist|columnist)s?\s+(?:(?:and\s+\w+\s+)?(?:for|at|with)\s+(?-i:[A-Z])|who\s+covers\b|based\s+in\b).{0,200}$  # a writer's bio: "Phil Boucher is an editor at PEOPLE and based in London."
      | this\s+is\s+(?:the|your)\s+last\s+(?:free\s+)?(?:article|story)\b.{0,40}$ | you\s+(?:can|have)\s+(?:read\s+)?(?:\d+|one|two|three|more|no)\s+(?:more\s+)?(?:free\s+)?(?:articles?|stories)\b.{0,40}$ | sorry,?\s+your\s+(?:free\s+)?(?:article\s+)?limit\s+is\s+up\b.{0,40}$ | reset\s+on\s*:.{0,30}$  # a metered paywall: "This is the last article you can read this month", "Sorry your limit is up for this month"
      | \$?\d+(?:\.\d\d)?\s+for\s+(?:the\s+)?first\s+\d+\s+(?:weeks?|months?|days?)\W*$ | for\s+more,?\s+check\s+out\s+our\b.{1,150}$  # an offer: "$0 for the first 4 weeks*", a broadcaster's pointer to its own site
      | (?:the\s+)?(?:stories|content|articles|information)\s+(?:on|in)\s+(?:our|this)\s+(?:website|site)\s+(?:is|are)\s+(?:intended\s+)?for\s+(?:general\s+)?information(?:al)?\s+purposes\b.{0,60}$ | (?:please\s+)?(?:refer\s+to|read|see)\s+our\s+(?:full\s+)?disclaimer\b.{0,40}$  # a site's disclaimer
      | please\s+read\s+our\s+comment(?:ing)?\s+(?:policy|guidelines)\b.{0,30}$ | open\s+(?:full\s+)?embed\s+in\s+(?:a\s+)?new\s+tab\b.{0,160}$  # Global News's comment form, an embed's link
      | (?:warning|caution)\s*[:–—-]\s*(?:contains\s+)?(?:disturbing|graphic|distressing)\s+(?:footage|images|content|scenes|video)\W*$  # a video's warning: "WARNING – disturbing footage."
      | (?:click\s+to\s+)?skip\s+(?:this\s+)?ad\W*$ | (?:facebook|meta|twitter|tiktok|linkedin)[-\s]pixel\W*$ | grab\s+this\s+headline\s+animator\W*$  # a video advert's button, a tracking pixel's name, FeedBurner's badge
      | update\s*\(\s*\d{3,4}\s*(?:et|gmt|utc|bst)\s*\)\s*: | screen\s*grab\s+(?:via|from|courtesy\s+of)\s+.{1,40}$  # ZeroHedge's "Update (0930ET): …", "Screengrab via The Guardian"
      | \(\s*(?:AP|AFP|Reuters|PTI|IANS|ANI|EPA|Xinhua)\s+file\s+(?:photo|picture|image)\s*\)\W*$ | (?:by\s+)?(?:from\s+)?staff\s+reports?\W*$  # "(AFP file photo)", "Staff report", "By From staff reports"
      | \W*(?:were\s+you\s+|are\s+you\s+)?affected\s+by\s+[^.?!]{1,60}\?\s*(?:(?:get\s+in\s+touch|contact\s+us|tell\s+us|share\s+your\s+(?:story|experience)s?)\b.{0,40})?$ | (?:get\s+in\s+touch|contact\s+us|email)\s*(?:at|on|with|:)?\s*[\w.+-]+@[\w-]+\.[\w.]+\W*$  # a callout and its address: "• Affected by the flooding? Get in touch: james.reynolds@mailonline.co.uk"
      | i\s+am\s+(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+),\s+an?\s+(?:professional\s+|freelance\s+)?(?:writer|journalist|reporter|editor)\b | i\s+specialize\s+in\s+the\s+[\w ]{1,30}\s+section\b | as\s+a\s+graduate\s+of\s+journalism\b  # a scraper's author bio: "I am David Wyatt, a professional writer and journalist for Buna Times."
      | disclaimer\s*:.{0,300}$ | tap\s+read\s+more\s+at\s+(?:the\s+)?source\b
      | the\s+inclusion\s+of\s+(?:any\s+)?links\s+does\s+not\s+(?:necessarily\s+)?imply\b
      | (?-i:[A-Z][\w.'’ ]{1,40}['’]s\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3})\s+(?:has\s+more(?:\s+(?:details|on\s+(?:this|the\s+story)|from\s+.{1,40}))?\W*|explains\s+.{1,60}:\s*)$
      | [^.!?]{10,150}[a-z’']\s+(?<!\bat\s)\d{1,2}:[0-5]\d$
      | view\s+(?:the\s+)?(?:full\s+|entire\s+)?(?:article|story)\s+on\s+[\w.'’ ]{1,30}$ | \#?\s*open\s+journalism\W+no\s+news\s+is\s+bad\s+news\b.{0,40}$
      | (?:comments?|views?|shares?|likes?)\s*\(?\d[\d,.]*\s*[kKmM]?\)?$
      | (?:[\w.&'’]+\s+){0,3}news\s+share\W*$ | (?P<said_twice>[\w'’ ]{2,30}),\s+(?P=said_twice)\W*$  # a site's name over its share button ("ABC News Share"), a section's label twice ("US news, US news.")
      | news\s+and\s+headlines\s*(?-i:[A-Z][\w ]{0,30})?\W*$  # a section's path run together: "News and HeadlinesNational News"
      | (?-i:(?:[A-Z][\w.&'’]*\s+){0,3}(?:Magazine|News|Times|Post|Journal|Daily|Today)\s+Subscribe)\W*$ | (?:stock\s+market\s+)?bse\s+nse\W*$  # a masthead's button ("Offshore Enginer Magazine Subscribe"), a market ticker's label
      | for\s+more\s+(?:stories|news|articles)\s+like\s+this\b | \d{1,3}\s+(?:photos|images|pictures|videos)\W*$ | (?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*(?:about\s+)?\d
      | this\s+archived\s+(?:news\s+)?(?:story|article|report)\b | information\s+in\s+(?:the|this)\s+(?:story|article)\s+may\s+be\s+outdated\b | reading\s+or\s+replaying\s+the\s+(?:story|article)\b
      | (?:for\s+(?:the\s+)?best\s+experience,?\s+)?(?:please\s+)?(?:enable|turn\s+on)\s+javascript\b
      | (?:some\s+)?(?:information|material)\s+(?:for|in)\s+this\s+(?:report|story|article)\s+(?:was\s+provided\s+by|came\s+from)\b
      | (?:the\s+)?latest\s+[\w'’\s-]{1,40}\s(?:developments|updates)\s*:?\s*$
      | (?:don['’]t|do\s+not)\s+know\s+how\s+to\s+watch\b | use\s+our\s+[\w\s]{1,30}\bapp\W*$ | advertis(?:ing|ement)\s+read\s+more\W*$
      | (?:did|have)\s+you\s+or\s+a\s+loved\s+one\b | contact\s+us\s+(?:today\s+)?for\s+a\s+free\b
      | (?:this|the)\s+frame\s+grab\b
      | (?:REUTERS|AP|AFP|EPA|EFE|Getty\s+Images)\s*/\s*[A-Z]
      | \(\s*(?:file\s+)?(?:photo|image|picture)s?\b
      | .*\(\s*(?:file\s+)?(?:photo|image|picture)s?\s*(?::[^)]*)?\)\s*$
      | .*\((?:[\w\s]{0,20}\s)?(?:photo|image|picture|video)s?\s+(?:submitted|courtesy|provided|supplied|sent|credit|by|via|from)\b[^()]{0,60}\)\W*$
      | .{3,300}?\S\s?(?-i:Image|Photo):\s*[^:/]{1,80}/[^:]{1,60}$  # DW's credit glued to its caption: "… he's just yawningImage: Felix Kästle/dpa/picture alliance"
      | .{0,120}\bused\s+for\s+representational\s+purposes?(?:\s+only)?\W*$  # "OPEC logo used for representational purpose."
      | the\s+voice\s+of\s+america\s+provides\s+news\s+and\s+information\b.{0,120}$ | stories\s+with\s+the\s+voa\s+news\s+byline\b.{0,120}$  # VOA's note under its stories
      | here\s+are\s+(?:some\s+)?(?:\w+\s+)?(?:photos|pictures|images|videos)\s+of\b.{0,80}:\s*$  # a pointer to a gallery under the story: "Here are some aerial photos of the area where rescue missions are ongoing:"
      | .{3,200}(?:\d{4}\.?|\.)\s*\((?-i:[A-Z][\w.&'’-]*)(?:\s+[\w.&'’-]+){0,3}\s+files?\)\W*$  # a picture's credit to an agency's files: "Ticketing at Sea-Tac Airport, 10 November 2015 (Black Press Media files)"
      | .{0,400}\bshare(?:\s+(?:facebook|twitter|reddit|email|link|whatsapp|linkedin|x)){2,6}\W*$  # share buttons run into the line before them: "… Updated May. 17, 2023 2:28 p.m. ET share facebook twitter reddit link"
      | photo\s+taken\s+(?:from|on|in|at|by)\b.{0,160}\bshows?\s.{0,200}$  # Kyodo's caption: "Photo taken from a Kyodo News helicopter on Dec. 20, 2023, shows the head office of …"
      | (?-i:APTOPIX)\s.{1,80}$  # AP's slug over its pick of the day's pictures: "APTOPIX Buffalo Supermarket Shooting"
      | (?-i:[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)\s*[-–—]\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)\W*$  # a radio station's presenter on air now: "Ian Payne 4am - 7am"
      | [A-Z][A-Z0-9\s_\-]{1,40}[-_]\d{6,}\W*$
      | \[\d+/\d+\]
      | """ + NAME + r"\s*/\s*" + PHOTO_AGENCY + r"""\b
      | """ + NAME + r"\s*[—–]\s*" + PHOTO_AGENCY + r"""\W*$
      | our\s+standards\b
      | (?:AP|Associated\s+Press|Reuters|AFP)\s+[\w\s]{0,30}\b(?:writer|correspondent|reporter|editor)$
      | (?:prev(?:ious)?|next)\s*(?:article|post|story|page)(?:\s*(?:prev(?:ious)?|next)\s*(?:article|post|story|page))?\W*$
      | [\W\d_]*$
      | via\s+[\w.\s]{1,30}:$
      | edited\s+by\b.{0,40}$
      | agencies(?:\s+and\s+.{1,30})?\W*$ | an?\s+newsletter\b | more\s+details\s+(?:on|at)\s+\S.{0,30}$
      | .*<(?:br|a\s+href|/a|p|div|span|img)\b | [—–-]\s*@\w{1,15}\W*$ | (?:[#@]\w+\s+)*pic\.twitter\.com/\w+\W*$
      | about\s+the\s+(?:author|writer|reporter)s?\b | article\s+content\W*$ | this\s+is\s+an\s+entry\s+from\b
      | this\s+is\s+a\s+(?:photo\s+)?gallery\s+(?:curated|compiled|selected)\b | we\s+have\s+added\s+it\s+to\s+a\s+list\s+of\s+your\s+favou?rite
      | view\s+this\s+post\s+on\s+instagram\b | full\s+(?:article|story)\s+here\W*$ | video\s+\d+\s*:\s*.{0,100}$ | (?:article\s+)?ad\s+box\W*$ | a\s+post\s+shared\s+by\s+@ | get\s+live\s+market\s+quotes\b | [\W\d_]*\d\s*px\W*$
      | watch\s*\(\s*\d+\s*min(?:\s*\d+\s*s)?\s*\)\s*:?$ | obit(?:\s*[-–—]\s*|\s+(?-i:[A-Z])).{1,60}$ | (?:latest\s+)?breaking\s+news\W*$ | (?-i:Home[A-Z]|Home\s+[A-Z][A-Z&]{2,}\s+[A-Z])
      | .*\{\{\s*[#/^]?[\w.]+\s*\}\}  # a template's unfilled field: "You have read {{data.cm.views}} out of …"
      | (?-i:[A-Z][\w'’-]+(?:\s+and\s+[A-Z][\w'’-]+)?)\s+reported\s+from\s+[\w'’-]+(?:,?\s+[\w'’-]+){0,3}\.$
      | .{0,80}\s[-–—|]\s*[\w\-]+\.[a-z]{2,6}\W*$
      | more\s+related\s+(?:news|stories|articles|posts)\W*$ | more\s+(?:posts?|stories|articles?|videos?)\s+(?:for|from|by|in|on|about)\b.{0,60}$
      | the\s+post\s+.{0,200}\bappeared\s+first\s+on\b.{0,60}$
      | (?:close|menu|table\s+of\s+contents|(?:quick\s+)?links|(?:your\s+)?search(?:\s+keywords?)?)\s*:?$
      | (?:\w+\s+){0,2}file\s+(?:photo|image|picture)\W*$
      | \d[\d,.]*$
      | share\s+(?:your\s+(?:experiences?|thoughts|feedback|views|story)|the\s+best\s+of)\b | quickly\s+share\b
      | (?:don['’]t\s+forget\s+to|(?:please\s+)?do)\s+share\s+this\s+(?:story|article|post|news)\b
      | from\s+the\s+[\w'’-]+\s+dept\.?$ | (?-i:[A-Z]{2,}(?:-[A-Z0-9]{2,}){1,5})\W*$ | (?:active|senior|junior|new|well-known|registered)\s+member$
      | update\s*\(\s*[^()]{3,40}\)\s*:\s*(?:adds?|updates?|corrects?|changes?|removes?|rewrites?)\b.{0,80}$
      | (?:please\s+note\s+that\s+)?our\s+privacy\s+policy\b.{0,120}\b(?:updated|changed)\W*$ | audio\s+by\s+[A-Z][\w.-]*\W*$
      | (?:[-–—]\s*)?@\w+\s+(?:twitter|instagram|x)\s+(?:pic|photo|image|video)\b.{0,30}$
      | (?-i:[A-Z][\w.&'’ -]{1,30})\s+is\s+an?\s+award-winning\s+(?:media|news|digital)\b.{0,200}$
      | reposting\s+this\s+article\s+is\s+solely\b | if\s+there\s+is\s+any\s+infringement\b.{0,60}$ | we\s+will\s+make\s+corrections\s+or\s+deletions\b.{0,40}$
      | (?:stock|archive)\s+(?:photo|image|picture)\W*$ | with\s+reporting\s+by\b.{0,80}$
      | welcome\s+to\s+(?-i:(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|and|of|for|&)){0,5})\W*$
      | at\s+a\s+glance\W*$ | (?:post(?:ed)?\s+time|last\s+modified)\s*:
      | via\s+(?:the\s+)?(?:AP|AFP|Reuters|PA)\s+(?:news\s+)?wires?\W*$
      | and\s+last\s+updated\b.{0,40}$ | (?-i:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})\s+staff\s+and\s+(?:agencies|wires)\W*$
      | (?-i:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})\s+produced\s+this\s+(?:report|story|video)\W*$ | (?:iStock|Getty\s+Images|Shutterstock|Alamy)\s*\[[^\]]{0,30}\]\W*$
      | find\s+out\s+more\s+about\b.{0,40}:\s*(?:\[[^\]]{0,20}\])?\s*$
      | (?:watch|view)\s+[\w\s]{1,20}\b(?:news|tv)(?:\s+in)?\W*$ | .{0,30}\bapp\s+open$
      | (?:chrome|safari|firefox|edge)(?:\s+(?:chrome|safari|firefox|edge|continue|open))+\W*$
      | your\s+browser\s+(?:does\s*n[o'’]?t|does\s+not)\s+support\b | (?:please\s+)?(?:refresh|check\s+back)\b.{0,30}\bupdates?(?:\s+on\s+this\s+(?:developing\s+|breaking\s+)?(?:story|situation))?\W*$
      | \(\s*(?:much\s+)?more\b[^()]{0,60}\bhere\b[^()]{0,60}\)\W*$
      | (?:(?:twitter|facebook|reddit|pinterest|email|whatsapp|linkedin|telegram|print|copy\s+link|flipboard)\s*){3,}$ | placeholder\s+while\b.{0,40}\bload
      | (?:adjust|font\s+size|text\s+size)(?:\s+(?:comments?|print|share|e-?mail|save|bookmark|listen))+\W*$  # a story's toolbar: "Adjust Comment Print"
      | scroll\s+(?:down|up)\s+(?:to|for)\b.{0,100}$ | (?:scroll|back|return)\s+to\s+(?:the\s+)?top\W*$ | your\s+location\s*:.{0,30}$
      | (?:you\s+are|you['’]re)\s+on\s+the\s+right\s+(?:page|site|website)\b.{0,100}$ | here\s+we\s+have\s+(?:more|all\s+the|complete)\s+information\s+about\s+(?:the|this)\s+news\b.{0,80}$  # an SEO page's filler around a copied story
      | this\s+advertisement\s+has\s+not\s+loaded\s+yet\b.{0,80}$ | (?:above|below)\s+video\s*:  # Postmedia's advert placeholder; a video's caption label: "ABOVE VIDEO: Moderna CEO …"
      | now\s+(?:many|a\s+lot\s+of)\s+people\s+are\s+searching\s+(?:for\s+)?(?:this|the)\s+news\b.{0,120}$ | recently\s+the\s+news\s+has\s+come\s+on\s+the\s+internet\b.{0,120}$
      | (?:the\s+)?[\w ]{1,30}\s+team\s+is\s+independent\s+of\s+the\s+(?:journalists|newsroom|editors|editorial\s+(?:team|staff))\b.{0,40}$  # "The Shopping Trends team is independent of the journalists at CTV News."
      | related\s+to\s+this\s+(?:story|article)\W*$
      | \(?\s*more\s+details\s+(?:are\s+)?awaited\W*$
      | do\s+you\s+like\s+this\s+(?:story|article|post)\W*$ | for\s+(?:the\s+)?latest\b.{0,120}\blog\s+on\s+to\b
      | watch\s+(?:the|this|our)\s+(?:full\s+)?video\s+(?:for|to\s+(?:see|know))\s+(?:more|details)\W*$
      | warning\s*:\s*some\s+(?:details|content|images|scenes)\b | (?:trigger|content)\s+warning\W*$ | (?:viewer|reader)?\s*discretion\s+is\s+(?:advised|recommended)\W*$
      | here\s+are\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|some)\s+(?:key\s+|main\s+)?(?:points|things|facts|takeaways|updates)\b.*:\s*$
      | this\s+content\s+was\s+(?:published|updated)\b
      | .{0,60}\b(?:photo|image|picture)\s*\|\s*\w+(?:\s+\w+){0,2}\W*$
      | (?-i:[A-Z]\w+(?:\s*·\s*[A-Z]\w+)+)\W*$
      | (?:[\w.]+\s+){1,3}(?:is\s+providing|will\s+(?:provide|air|carry|stream))\s+(?:a\s+)?(?:special\s+report|live\s+coverage)\b
      | (?-i:(?:The\s+)?(?:[A-Z][\w.'&-]*\s+){0,3}(?:Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Telegraph|Examiner|Inquirer|Courier|Dispatch|Bulletin|Sentinel))\s*$
      | (?:>>|»)\s*\S.{0,150}$ | [x×✕]\s*$
      | (?:no|\d+)\s+comments?\s*:?$
      | the\s+above\s+(?:comes|is\s+taken|was\s+taken)\s+from\b | (?-i:[A-Z]\w+\s*&\s*[A-Z]\w+\s+News)\s*$
      | this\s+(?:article|story|post)\s+(?:has\s+been|was)\s+(?:posted|published)\s+by\b | ie\s*11\s+is\s+not\s+supported\b
      | press\s+.{1,12}\s+to\s+skip\s+to\s+(?:main\s+)?content\b | read\s+it\s+at\s+\S.{0,40}$
      | (?:main\s+)?categor(?:y|ies|i[sz]ed\s+(?:in|under))\s*:\s*[\w ,&-]{0,40}$ | watch\s+(?:below|above|here)\s*: | trending\s*:\s*\S.{0,150}$ | this\s+(?:story|article|report)\s+(?:was|has\s+been)\s+updated\s+(?:at|on|with|to\s+(?:add|include|reflect|correct))\b.{0,120}$ | (?:\#\w+\s*){2,}$
      | details\s+(?:later|to\s+follow)\W*$ | .{0,10}<<\s*enter\s+[\w\s]{1,20}>>
      | it['’]?s\s+free\W*$ | [a-z0-9]+(?:_[a-z0-9]+)+\W*$
      | learn\s+more\W*$
      | (?:main\s+|site\s+)?(?:menu|navigation)\W*$ | \d{1,2}\.\s+[A-Za-z]+\W*$
      | check\s+out\s+more\s+(?:articles|stories|news|videos|posts)\b.{0,30}$
      | press\s+association\s+photo\W*$ | see\s+PA\s+story\b.{0,40}$ | this\s+(?:article|story|content)\s+is\s+(?:more|over)\s+than\s+\w+\s+(?:days?|months?|years?)\s+old\W*$
      | watch\s+(?:\w+\s+){0,2}live\W*$ | (?:click|tap)\s+to\s+play\s+(?:the\s+)?video\b
      | thumbnail\s+for\s+post\s+id\b
      | (?:\S+\s+){0,4}\d{3,4}x\d{3,4}\b\S*(?:\s+\S+){0,3}\s*$ | sorry,?\s+this\s+(?:content|video|media|page)\s+(?:is\s*n[o'’]?t|is\s+not)\s+available\b.{0,40}$  # a picture's file name by its size ("Mgn 1280x720 20802p00 Wdrqx"), a player's notice
      | this\s+(?:story|article|report|video|piece)\s+contains\s+(?:references\s+to|(?:some\s+)?(?:graphic|distressing|disturbing|upsetting))\b.{0,120}$  # a content warning over the story
      | (?:note\s*:\s*)?(?:the\s+)?(?:picture|image|photo)s?\s+(?:is|are)\s+(?:used\s+)?(?:only\s+)?for\s+(?:illustration|illustrative|representation(?:al)?)\s+purposes?(?:\s+only)?\W*$  # "Note: The picture is for illustration purposes only."
      | (?:image|photo|picture|slide)\s+\d{1,3}\s+(?:of|/)\s+\d{1,3}\W*$ | author[-_ ]?(?:image|photo|avatar|pic)\W*$  # a gallery's counter ("Image 1 of 4"), a writer's picture by its alternative text
      | file\s+(?:photo|image|picture)\s*[-–—]{1,2}\s*[^.!?]{1,120}\bvia\s+(?:getty\s+images|ap|reuters|afp)\s*$  # "FILE photo -- Sebastian Barros/Long Visual Press/Universal Images Group via Getty Images"
      | watch\s+the\s+video\s+and\s+read\s+the\s+full\s+(?:article|story|report)\b.{0,60}$ | (?:click|tap)\s+(?:here\s+)?to\s+(?:read|see|view|download)\b[^.!?]{0,80}$ | open\s+this\s+photo\s+in\s+the\s+gallery\s*:?\s*$
      | the\s+video\s+in\s+the\s+(?:media\s+)?player\s+above\s+(?:was|is)\s+(?:used\s+in|from)\s+an?\s+(?:previous|earlier|prior)\s+report\W*$ | (?-i:CNN|BBC|AP|Reuters)['’]s\s+(?-i:[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+)\s+reported\s+(?:from|in)\s+(?-i:[A-Z])[^.!?]{0,80}\.?$  # "CNN's Delia Gallagher reported in Rome, and Sharon Braithwaite in London."
      | yandex\.?\s*metrika\b.{0,30}$ | \((?:agencies|agency|wires)\)\W*$  # an analytics counter's alternative text; a credit to "(Agencies)" alone on its line
      | modal\s+trigger\b.{0,300}$  # the New York Post's picture widget, its caption after it: "Modal Trigger The scene where …"
      | (?-i:Updates\s+with)\s[^.!?]{3,80}$ | contact\s+us\s+at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$  # a wire's update note without its brackets, a magazine's address for letters
      | \(\s*(?:story\s+)?(?:updates|adds|recasts|refiles|corrects|changes)\b | accessibility\s+links\W*$ | (?:net|internet|file)\s+photo\W*$
      | (?-i:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s+writes\s+about\s+(?:it|this)\W*$  # a translated page's source: "Reuters writes about it."
      | [\w .'’-]{0,30}\(\s*\d[\d,.]*[kK]?\+?\s+posts?\s*\)\W*$  # a forum poster's rank: "Minister (2k+ posts)"
      | .{0,20}\b\d{4}[\s_-]\d\d[\s_-]\d\dt\d{6}z[\s_]\d\b.*  # a Reuters picture's file name, its underscores spaced: "2022 09 01t084458z 1 lynxmpei801g9 rtroptp 3 asia pelosi"
      | \(\s*(?:graphic|factbox|interactive|video)\s*:[^()]{1,80}\)\W*$  # Reuters' link to a graphic: "(Graphic: Taiwan bridge collapse, here)"
      | take\s+a\s+fresh\s+look\s+at\s+your\s+lifestyle\W*$  # a news theme's default tagline, left on scraper sites
      | (?:the|your)\s+(?:most\s+(?:credible|trusted|reliable|popular)|leading|number\s+one|no\.?\s*1|premier)\s+(?:independent\s+|online\s+)?(?:news|information)\s+(?:source|website|portal|site|platform)\b[^.!?]{0,40}$  # a site's boast under its masthead: "The most credible news source in Barbados"
      | home\s*[›»>/|]?\s*(?:(?:tech|technology|world|business|sports?|india|us|uk)\s+)?(?:news|world|sports?|entertainment|business|politics|local|national)\s*[›»>/|]?\s+[^.!?]{1,150}$  # a breadcrumb: "Home News Justin Timberlake Charged …"
      | (?:your\s+current\s+location|you\s+are\s+here)\s*:\s*home\b.{0,200}$  # a breadcrumb with its label: "Your current location:HOME >entertainment >Cable car accident: …"
      | (?:notice\s*:\s*)?you\s+are\s+using\s+an?\s+(?:outdated|unsupported|old)\s+(?:web\s+)?browser\b.{0,60}$ | microsoft\s+does\s+not\s+recommend\s+using\s+ie\b.{0,60}$ | some\s+features\s+on\s+this\s+(?:web\s*)?site\b.{0,80}$ | for\s+the\s+best\s+experience,?\s+please\s+(?:upgrade|update|switch)\b.{0,60}$
      | [|\s]*-?\d{1,2}(?:\.\d)?\s*°\s*[CF]\s+[A-Z][\w ]{1,30}$  # a weather widget: "| 5.1°C Dublin"
      | this\s+(?:story|article|report)\s+(?:first|originally)\s+appeared\s+(?:on|in)\b.{0,80}$  # "This story first appeared on RNZ and is republished with permission"
      | the\s+video\s+(?:featured|above|below)\s+is\s+from\s+an?\s+(?:earlier|previous|prior)\s+report\W*$
      | [‘'"“][^’'"”]{1,50}[’'"”]\s+[-–—]\s*$  # AFP's quoted crosshead between dashes (its opening dash stripped): "– ‘Inexcusable’ –"
      | open\s+this\s+photo\s+in\s+gallery\s*:  # The Globe and Mail's caption: "Open this photo in gallery: A man walks …"
      | (?-i:an?\s+[a-z][a-z\s,'’-]{3,80}):\s+(?-i:[A-Z]).*  # MSN's machine alt text before a caption: "a sign hanging off the side of a building: A T-Mobile store …"
      | \d{1,3}\s+of\s+\d{1,3}\W*$  # a gallery's counter: "1 of 13"
      | (?:picture|photo|image)\s+\d{1,3}\s+of\s+.{1,150}$  # the counter before a gallery picture's title: "Picture 1 of Noul stormed into the Philippines, …", "Image 1 of / 2"
      | based\s+on\s+(?:reporting|reports)\s+by\b.{0,80}$  # "Based on reporting by Reuters, AFP, AP, dpa, and Interfax"
      | mandatory\s+credit\s*:
      | [^.!?]{3,80},\s+[A-Z][\w ]{1,30}\s+[-–]\s+\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}\W*$  # a picture library's title: "Vienna terror attack, Austria - 01 Nov 2020"
      | (?-i:[A-Z][\w&'’]*(?:\s[\w&'’]+){0,2})(?:\s{2,}(?-i:[A-Z][\w&'’]*(?:\s[\w&'’]+){0,2})){2,}\s*$  # a menu, its items spaced apart: "RSS   Newsletter   Contact   Advertise with us"
      | topics?\s*:\s*[\w ,&-]{0,60}$ | (?-i:[A-Z][\w.]+\s*&\s*[A-Z][\w.]+)\s*$ | (?-i:[A-Z]\w+\s+/\s+[A-Z]\w+(?:\s*&?\s*[A-Z]\w+){0,3})\s*$ | in\s+the\s+news\W*$ | text\s+size\s*:?\s*$  # section labels: "Topics: China Australia", "Nation & World", "IN THE NEWS"
      | your\s+briefing\s+on\s+the\s+latest\s+headlines\b.{0,40}$
      | explore\s+where\s+you\s+live\W*$ | here\s+are\s+(?:some\s+)?more\s+(?:articles|stories)\s+you\s+(?:may|might)\s+(?:enjoy|like)\W*$
      | the\s+recaptcha\s+verification\s+period\s+has\s+expired\b.{0,40}$ | please\s+reload\s+the\s+page\W*$
      | this\s+(?:photo|picture|image)\s+(?:is|was|has\s+been)\s+taken\s+from\s+an?\s+(?:facebook|twitter|instagram|x)\s+(?:post|account|page)\W*$
      | adds\s+(?:context|details?|quotes?|comments?|background|reaction|analysts?['’]?\s+comments?)(?:\s*(?:,|and)\s*[\w ]{1,30}){0,4}\W*$  # Reuters' update note, its brackets dropped: "Adds context"
      | [\w .'’-]{1,40}\s+vs\.?\s+[\w .'’-]{1,40}\s+live\s+(?:score|scores|streaming|stream|updates)\W*$  # a sports feed's link: "KXIP vs KKR Live Score"
      | (?:[\w ]{1,30}\s)?latest\s+(?:[\w&]+\s+){0,4}news(?:\s*,\s*[\w ]{1,30}\s+headlines)?\W*$  # a section's tagline: "Latest technology and telecom news", "United States Latest News, United States Headlines"
      | this\s+(?:article|content|material|information)\s+is\s+(?:provided\s+)?for\s+(?:general\s+)?information(?:al)?\s+purposes\s+only
      | (?:it|this)\s+is\s+not\s+(?:investment|financial|legal)\s+advice\b | opinions\s+(?:expressed\s+)?are\s+(?:those\s+of\s+)?the\s+authors? | (?:the\s+)?(?:opinions|views)\s+expressed\s+(?:by|in)\b.{0,60}\bare\s+(?:their|his|her)\s+own\b | (?:the\s+)?views\s+and\s+opinions\s+expressed\s+herein\b.{0,80}\bnecessarily\s+reflect\b.{0,60}$  # Nasdaq's "The views and opinions expressed herein are the views and opinions of the author and do not necessarily reflect those of Nasdaq, Inc."
      | leveraged\s+trading\s+is\s+high\s+risk\b
      | stay\s+tuned\b.{0,40}$ | \[\s*ed(?:itor)?(?:['’]s)?\.?\s+note\s*:
      | capt\.[0-9a-f]{16,}\b | [\w.\-]{1,120}\.(?:jpe?g|png|gif|webp)(?:\s*view\s+full\s+size)? | via\s+yahoo!?(?:\s+news)?\W*$
      | check\s+back\s+(?:soon|later|here)\b.{0,60}$ | (?:the\s+(?:content|article|story|post)\s+)?originally\s+(?:published|posted|appeared)\s+(?:on|at|in|by)\b.{0,40}$
      | \(\s*(?:[$€£¥]\s*)?1\s*=\s*[$€£¥]?\s*[\d.,]+\s+[^()]{1,40}\)\W*$  # Reuters's rate of exchange: "($1 = 6.7588 Chinese yuan renminbi)"
      | e-?paper(?:\s*\|.{0,30})?\W*$  # a newspaper's link to its page images, alone or with the day's date
      | arrow-(?:right|left|up|down)\b.{0,30}$  # an icon's name left as text: "Arrow-right Camera"
      | powered\s+by\s+(?:blogger|wordpress|ghost|substack|medium|tumblr|(?:automated|automatic|machine|google)\s+translation)\W*$  # a blog platform's footer, a translation widget's
      | all\s+market\s+data\s+delayed\b.{0,40}$ | \(\s*keep\s+reading\s*:  # a financial page's data note; a translated page's teaser, "(Keep reading: AKA … shot dead.)"
      | posted\s+(?:by\s+)?in\s+categor(?:y|ies)\s*:.{0,80}$  # a blog's post line with its author left empty: "Posted by in categories: alien life, engineering"
      | rough\s+cut\b.{0,40}$ | there\s+are\s+no\s+comments\b.{0,40}$
      | (?-i:(?P<tag>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})\s+(?P=tag))\W*$
      | for\s+(?:the\s+)?(?:full|complete|whole)\s+(?:story|article|report)\b.{0,60}$
      | this\s+(?:post|article|story|piece|video|report)\s+(?:deals\s+with|contains|discusses|mentions|includes|references)\b.{0,120}\b(?:triggering|distressing|disturbing|upsetting)\b
      | this\s+is\s+an?\s+(?:premium|subscriber|members?['’]?)(?:-only)?\s+(?:article|story)\b.{0,60}$  # a paywall's notice: "This is a Premium article available exclusively to our subscribers."
      | no\s+(?:stories|articles|posts|results)\s+found\W*$ | in\s+this\s+(?:article|story)\s*:\s*$  # an empty widget, Yahoo's tickers' label
      | get\s+(?:breaking\s+)?news\s+(?:alerts\s+)?(?:in|to)\s+your\s+(?:browser|inbox|phone)\b.{0,30}$ | (?:for\s+(?:all\s+)?the\s+latest\b.{0,60}\b)?download\s+(?:the\s+|our\s+)?[\w\s]{1,30}\bapp\W*$  # alerts' and apps' prompts
      | read\s*\|\s*\S  # a teaser's label: "Read | Trump sought options for attacking Iran …"
      | topshot\s*[-–—:]\s  # AFP's mark on a picture of the day's caption
      | like\s+it\s*\?(?:\s*share\s+(?:it\s+)?with\s+your\s+friends)?\W*$  # a share box's prompt: "Like it? Share with your friends!"
      | (?:see|view|take\s+a\s+look\s+(?:through|at))\s+(?:the\s+|more\s+|our\s+)?(?:photos|pictures|images)\b.{0,60}:\s*$  # a gallery's label: "See photos of the bursting structure:", "Take a look through photos of the country legend below:"
      | this\s+(?:article|story|post|content)\s+(?:is|was|has\s+been)\s+(?:[\w-]+\s+){0,4}(?:written|generated|produced|created)\s+(?:by|with|using)\s+(?:an?\s+)?(?:ai|artificial\s+intelligence)\b.{0,60}$  # a rewriting site's notice
      | \(\s*with\s+[A-Z]{2,5}\s+inputs?\s*\)\W*$  # an Indian paper's credit to a wire, its name mistyped or not: "(With PIT inputs)"
      | .{0,120}\s(?:hide|toggle)\s+caption\W*$  # NPR's credit under its picture, its button's label after it: "Philipp Fong/Pool/AP Hide caption"
      | .{1,200}\sclick\s+to\s+enlarge\W*$  # a picture's caption, the link to its full size after it
      | .{0,200}\bskip\s+to\s+main\s+content\W*$ | .{0,40}\bback\s+to\s+home.{0,40}$  # a page's title run into its links: "… - The Boston Globe Skip to main content", "The Guardian - Back to home"
      | (?-i:[A-Z][\w&'’]*(?:\s[\w&'’]+){0,2})(?:\s+>\s+(?-i:[A-Z][\w&'’]*(?:\s[\w&'’]+){0,2}))+\s*$  # a section path: "Business > Foreign Business"
      | welcome\s+to\s+[^,.!?]{1,40},\s+your\s+(?:number\s+one|no\.?\s*1|\#1|one[\s-]stop)\s+source\s+for\b.{0,100}$ | we['’]re\s+dedicated\s+to\s+(?:giving|providing|bringing)\s+you\s+the\s+very\s+best\s+of\b.{0,120}$  # a site template's "About us", left on scraper sites
      | reuters,\s+the\s+news\s+and\s+media\s+division\s+of\s+thomson\s+reuters\b.* | reuters\s+provides\s+trusted\s+business\b.*  # Reuters' note on itself under its syndicated stories
      | visit\s+[\w-]+\.(?:com|org|net|co\.uk)\s+for\s+more\s+(?:information|details|news)\b.{0,40}$ | market\s+pulse\s+stories\s+are\b.{0,120}$  # MarketWatch's note under its short items
      | (?-i:.{1,200}[a-z]Credit:.{1,200}[a-z]Credit:).*  # captions run together, each glued to its credit: "… on WednesdayCredit: APKnox appears …Credit: Reuters…"
      | card\s+image\s+cap\W*$  # a page template's default alternative text for a card's picture
      | (?:photo|image|picture|video)s?\s+from\s+[^.!?]{1,80}\s+on\s+(?:facebook|twitter|instagram|x)\W*$  # a picture's source: "Photo from Riverside Park and Ralph Mitchell Zoo on Facebook."
      | (?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+[-–—]\s+BBC\s+(?:News|Sport)\b.{0,40}$  # the BBC's byline: "George Wright - BBC News"
      | follow\s+our\s+socials?\b.{0,100}$ | visit\s+our\s+sponsors?\b.{0,60}$  # "Follow our socials Whatsapp, Facebook, …", "Visit our sponsor Command Fire Apparatus"
      | authored\s+by\s+[^.!?]{1,60}\s+via\s+[^.!?]{1,40}$  # a syndicating site's byline: "Authored by Ap via Breitbart"
      | (?:photo|image|picture)\s+courtesy\s+of\s+(?:the\s+)?(?-i:[A-Z])[^.!?]{1,120}$  # "Photo courtesy of the Offshore Flotilla 9, Coast Guard Administration's …"
      | trade\s+confidently\s+with\s+insights\s+and\s+alerts\b.{0,160}$  # Benzinga's pitch under its stories
    )""",
    re.IGNORECASE | re.VERBOSE,
)

@memo_text(maxsize=65536)
def chrome_line(text: str) -> bool:
    """The line's own forms of chrome, whatever stands around it; memoised, as outlets reprint lines."""
    return bool(
        _CHROME.match(text)  # anchored: match, not a search from every position
        or asks_reader(text)
        or phrased_chrome(text)
        or chrome_anywhere(text)
        or caption_date(text)
        or PLACED_CAPTION.match(text)
        or credit_at_end(text)
        or CAPTION_OPENER.match(text)
        or ends_article(text)
        or menu_line(text)
    )
