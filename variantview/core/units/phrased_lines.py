"""Chrome that a phrase somewhere in a line gives away, wherever it stands in the line: "… stories to your inbox.",
"… was originally published on …", "Click here to read …", "5 min read". Each form may start anywhere, which a regex
tries at every position of every line, so each set is searched only in lines that hold one of its words or marks;
``line_forms.chrome_line`` reads these with the line's other forms.
"""

from __future__ import annotations

import re

_CHROME_PHRASED = re.compile(
    r"""^(?:
        .{0,40}\bis\s+not\s+responsible\s+for\s+the\s+content\b
      | .{0,60}\b(?:join|follow|subscribe|our|content\s+with)\b.{0,40}\b(?:telegram|whats\s?app)\s+channel\b
      | .{0,60}\bfollow\s+(?:us|our)\s+(?:on\s+)?(?:google\s+news|telegram|whats\s?app|twitter|facebook|instagram|x|live\s+(?:blog|coverage|updates))\b
      | .{0,120}\bis\s+your\s+(?:leading|number\s+one|\#1|trusted|go-to|premier)\s+source\s+(?:for|of)\b  # a site's description of itself: "Coastal Angler & The Angler Magazine is your leading source for …"
      | (?-i:[A-Z][\w.'’ ]{1,40})['’]s\s*(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+reports\s+from\s+[^.!?]{2,40}\.?$  # a video's reporter: "TRT World'sFrancis Collings reports from the Hague."
      | .{0,40}\bfollow\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}\s+on\s+google\s+news\W*$  # "Follow The Eastern Herald on Google News."
      | .{0,40}\bsourced\s+from\s+an?\s+third[\s-]party\s+(?:syndicated\s+)?feed | .{0,40}\baccepts\s+no\s+responsibility\b
      | .{0,60}\breserves\s+the\s+(?:sole\s+)?right\s+to\s+(?:alter|delete|remove|edit)\b
      | .{0,160}\bcontribute[ds]?\s+(?:to\s+this\s+(?:story|report|article)|reporting)(?:\s+from\s+[\w\s,.'’-]{1,40})?\W*$ | .{0,40}\b(?:reports?|reporting)\s+contributed\W*$ | (?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})(?:\s*(?:,|and)\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}))*\s+contributed\.?$
      | (?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+reported\s+from\s+(?-i:[A-Z])[^.!?]{1,40}(?:\s+and\s+(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+from\s+(?-i:[A-Z])[^.!?]{1,40})?\.?$  # CNN's "Anna Chernova reported from Moscow and Mary Ilyushina from Minsk, Belarus."
      | this\s+(?:report|story|article)\s+was\s+made\s+possible\s+by\b.{0,60}$  # "This report was made possible by the Associated Press."
      | .{0,80}\b(?:to|in)\s+your\s+(?:e-?mail\s+)?in-?box\b | .{0,60}\bsubscribe\s+(?:to|now)\W*$ | .{0,100}\bsubscribe\s+today\W*$  # "… becoming a Valuetainment Member and subscribe today!"
      | .{0,200}\bwas\s+originally\s+published\s+(?:on|by|in|at)\b.{0,60}$
      | .{0,60}\blogo$ | .{0,40}\blogo\s+the\s+word\s+\S.{0,40}$
      | .{0,60}\b(?:seen|watched|viewed|found)\s+below\W*$ | (?:watch|see|view|observe|listen\s+to)\b.{0,60}\bin\s+the\s+(?:video\s+|audio\s+)?player\s+(?:above|below)\W*$
      | for\s+the\s+latest\b.{0,60}\b(?:follow|subscribe\s+to)\s+.{0,80}$ | .{0,40}\bis\s+now\s+on\s+(?:whats\s?app|telegram)\s+channels?\b | .{0,80}\bsubscribe\s+to\s+our\s+(?:youtube|telegram|whats\s?app)\s+channel\W*$ | .{0,80}\bfollow\s+our\b.{0,40}\bon\s+(?:instagram|youtube|x|twitter|facebook)\b.{0,40}$
      | (?:you\s+can\s+)?(?:see|watch|view|hear|listen\s+to)\s+(?:the|their|his|her|its|our)\b.{0,40}\bbelow\W*$
      | .{0,30}\bvolume\s+\d{1,4}\s*,\s*issue\s+\d{1,4}\W*$  # a print issue's header: "December 2021 | Volume 13, Issue 5"
      | .{0,120}\byou\s+can\s+(?:see|read|watch|view|hear|find|listen\s+to|check\s+out)\b.{0,60}\bbelow\W*$  # a pointer to the embeds under it: "…, you can read a round up below", "You can see some of the fan and artist tributes below:"
      | (?:check\s+out|see|watch|view)\s+(?:the|this)\s+(?:video|clip|footage|tweet|post)\b.{0,60}:\s*$  # "Check out the video shared by NASA:" over an embed
      | in\s+this\s+(?:article|post|blog(?:\s+post)?),?\s+(?:you|we)\s+(?:will|['’]ll)\s+(?:read|learn|discuss|find\s+out|know)\s+about\b.{0,100}$  # a content farm's opening line
      | (?!.*«).{0,100}\s(?:>>|»)\s*$
      | .{0,160}\bthis\s+image\s+(?:has\s+been|was)\s+(?:supplied|provided)\s+by\s+a\s+third\s+party\b  # Reuters' notice under a handout picture
      | .{0,250}\b[\w-]+\.(?:com|ie|co\.uk|net|org)\s*[-–—]\s*get\s+the\s+latest\b.*  # a linked story's site description: "… irishmirror.ie - get the latest breaking news …"
      | .{0,120}\bwikimedia\s+commons\b | .{0,120}\bCC[\s-]BY(?:-SA|-ND|-NC)*[\s-]\d
      | .{0,200}\bin\s+this\s+(?:illustration|picture|photo|file\s+photo|handout\s+(?:image|picture|photo))(?:\s+illustration)?\s+(?:taken|shot|made|obtained)\b  # Reuters' "… in this handout image obtained from social media 30 April, 2023.", "Snickers bars are seen in this picture illustration taken …"
      | .{0,60}\bjoined\s+.{1,60}\bin\s+\d{4}\s+as\s+an?\s+(?:[\w-]+\s+){0,2}(?:journalist|reporter|writer|producer|editor|correspondent)\b
      | .{0,200}\(not\s+pictured\)
      | .{0,300}\s(?:photo|picture|image)\s+by\s+[A-Z][^.!?]{0,60}/[^.!?]{1,60}$
      | .{0,80}\brepresenta(?:tive|tional)\s+(?:image|photo|picture|pic)\b
      | .{0,200},?\s+as\s+(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+report(?:ed|s)\s+(?:earlier|from|this|last|on)\b[^.!?]{0,30}$
      | .{0,120}\bhits\s*:\s*\d[\d,]*\W*$
      | .{0,30}\bor\s+licensors\W*$
      | .{0,120}\bwe\s+may\s+(?:receive|earn|get)\s+(?:compensation|a\s+(?:small\s+)?(?:commission|share))\b
      | .{0,60}\bimage\s+source\s*:
      | .{0,60}\bwrites\s+for\s+(?:the\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Bloomberg)\W*$
      | .{0,250}\bin\s+this\s+(?:[\w,]+\s+){0,4}(?:file\s+)?(?:photo|picture|image|photograph|handout(?:\s+photo)?)(?:\s+(?:taken|released|provided)\b.{0,60})?\W*$
      | .{0,120}reviewed\s+by\b.{1,60}rating\s*:\W*$  # a blog template's "…captureReviewed by NAME on Oct 20Rating:"
      | .{1,200}\((?:(?:stock|file)\s+(?:image|photo|picture)|file)\)\W*$  # a caption's picture label, also above the lead: "Tilikum at SeaWorld (file)"
      | .{0,40}\bback\s+to\s+(?:the\s+)?article.{0,40}$  # a print page's links: "Rediff.com« Back to articlePrint this article"
      | .{0,40}\btheme\s+license\s+is\s+not\s+validated\b  # a scraper's WordPress theme: "Jannah Theme License is not validated, …"
      | .*\b(?:window\.\w+\s*=|new\s+Array\s*\(\s*\)|jQuery\.noConflict\b)  # a newsletter form's script: "{window.fnames = new Array(); …"
      | .{0,60}\bai-generated\s+news\W*$  # a rewriting site's prompt: "Track and stay informed about AI-generated news:"
      | .{0,60}\bmore\s+by\s+this\s+author\W*$ | .{0,30}\btime\s+limit\s+is\s+exhausted\b | .{0,20}==\s*kyodo\W*$  # "By DAILY MONITOR More by this Author", a captcha's timer, Kyodo's sign-off
      | .{5,200}\b(?:seen|shown|pictured)\s+in\s+(?:a|this|an)\s+(?:\w+\s+){0,2}file\s+(?:photo|picture|image)\W*$
      | .*\b(?:frameborder|allowfullscreen)\s*=
      | .{0,120}\btpx\s+images\s+of\s+the\s+day\W*$
      | .{0,80}\bto\s+read\s+more\s*,?\s+click\b.{0,30}$
      | [a-z][\w'’.\-]+(?:\s+[a-z][\w'’.\-]+){0,3}(?:\s+(?:is|are))?\s+pictured\b[^.!?]{0,150}$
      | .{5,250}\b(?:is|are)\s+(?:pictured|seen)\s+(?:on|in)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b.*  # AFP's "The forearm of a body … is pictured on October 11, 2022, days after …"
      | .{3,80}\s(?:released|provided|issued|shared)\s+this\s+(?:photo|image|picture)\b.{0,200}$  # "NASA released this photo, which shows the … rocket"
      | .{1,120}\s[-–—]\s*youtube\W*$
      | .{0,60}\bthomson\s+reuters\s+trust\s+principles\b
      | .{20,300}\s[-–—]\s*copyright\s+(?:afp|ap|reuters|getty|epa)\b.{0,60}$
      | .{0,60}\bcopyright\s*:.{0,60}$
      | .{0,40}\bsays\s*[–—-]\s*reply\s+to\s+this\W*$
      | .{0,40}\bis\s+an\s+automatic\s+aggregator\b
      | .{0,40}\buser\s+is\s+(?:offline|online)(?:\s+now)?\W*$
      | .{0,40}\bwey\s+don\s+pass\W*$
      | .{0,40}\bjournalist\s+(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+has\s+(?:over\s+|more\s+than\s+|nearly\s+)?\d+\s+years?\s+of\s+experience\b
      | .{0,60}\bcontent\s+is\s+produced\s+by\b.{0,120}\bin\s+the\s+public\s+domain\W*$  # a government broadcaster's licence: "Voice of America content is produced by … and is in the public domain."
      | .{0,40}\bthe\s+latest\s+on\s.{3,150}\(all\s+times\s+\w+\)\W*$  # AP's running file's heading: "TIRANA, Albania — The Latest on a strong earthquake in Albania (all times local):"
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_CHROME_PHRASE_WORDS = (
    "responsible", "channel", "follow", "in this ", "contribute", "inbox", "in-box", "subscribe", "originally", "logo", "below", ">>", "»",
    "wikimedia", "cc by", "cc-by", "joined", "pictured", "third", "responsibility", "right to", " by ", "representa", "report",
    "hits", "licensors", "writes for", "image source", "we may", "reviewed by", "get the latest", "(file", "(stock", "back to",
    "theme license", "window.", "array", "noconflict", "this author", "time limit", "kyodo", "ai-generated", "player", "public domain", "volume",
    "file", "frameborder", "allowfullscreen", "tpx", "click", "youtube", "thomson", "copyright", "reply", "aggregator", "user",
    "wey", "experience", "produced", "(all", "seen on", "seen in", "is your", "reports from", "this photo", "this image", "this picture",
)
"""Chrome that a phrase somewhere in the line gives away ("… stories to your inbox.", "… was originally published
on …", "… via Wikimedia Commons", a caption's "(not pictured)", "Landslide in Nepal: Representative image of
landslide(Pixabay)", a video's caption "…, as John Irvine reported earlier this week", a CMS line's "… Hits: 3", "AFP
or licensors"): each form starts with ".{0,N}", which the regex tries at every one of those positions, so it runs
only on lines holding one of its words (a few in a hundred). Forms of ``line_forms._CHROME`` that scan a line for
their word ("… seen in a file photo", "… - YouTube", "Copyright: …") stand here for the same reason: there they cost
a tenth of chrome_line on the 30 x 1,000 bench."""


def phrased_chrome(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _CHROME_PHRASE_WORDS) and bool(_CHROME_PHRASED.match(text))


_CHROME_ANYWHERE = re.compile(
    r"""\b(?:click|tap)\s+here\b | image\s+source\s*,\s*[^.!?,]{1,40}$ | \b(?:click|tap)\s+(?:on\s+)?the\s+(?:button|link)\s+(?:below|above)\b
      | \b(?:this|the)\s+link\s+to\s+read\b | \bto\s+read\s+the\s+(?:complete|full|entire)\s+(?:article|story|report)\b
      | (?:\b|(?<=[a-z]))\d{1,2}\s*min(?:ute)?s?\s+read\b | \(\s*photo\s+credit\s*:[^()]{1,80}\)
      | ^\d{1,2}\s*min(?:ute)?s?\s+\d{1,2}\s*sec(?:ond)?s?\s+to\s+read\W*$  # a reading time to the second: "2 min 22 sec to read"
      | \b(?:adjust|change)\s+(?:the\s+)?(?:font|text)\s+size\b
      | (?:\.\.\.|…)\s*read\s+more  # an excerpt cut short before its link: "… a 36-year-old from … Read moreNovak Djokovic wins …"
      | (?-i:[a-z]Read\s+More)\W*$  # a teaser's link glued to its last word: "… President Vladimir Putin's daughter given itRead More"
      | ^[^.!?]{10,120}\s(?-i:Read\s+more)\W*$  # the Guardian's related story, a title without a stop: "South Korea sports centre fire causes at least 29 deaths Read more"
      | \|\s*News,\s+sports,\s+jobs\s*$  # a page title's site suffix (Ogden newspapers): "… central US | News, sports, jobs"
      | \s[•|]\s(?:.*?\s)?[•|]\s  # a run of links: "Socceroos win • Car bomb kills 3 • UN concerned …"
      | \bto\s+view\s+this\s+video\s+please\s+enable\s+javascript\b  # a player's notice after its video's title
      | (?:photo|image|picture)\s*:\s*[^.!?]{0,60}/\s*(?:AFP|AP|Reuters|Getty\s+Images|EPA|Profimedia|Shutterstock)\b[^.!?]*$  # "…HPPPhoto: Olga MALTSEVA / AFP / Profimedia"
      | \b(?:var|let|const)\s+\w+\s*=\s*[^;]{1,60};|\bfunction\s*\(\s*\)  # a page's script: "var loaded = false; var loadFB = function()"
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""Chrome wherever it stands in a line (``line_forms._CHROME``'s patterns start it); searched apart, not as ".*" alternatives there,
which tried every start position of every line for each of them."""


def chrome_anywhere(text: str) -> bool:
    """``_CHROME_ANYWHERE``, searched only in lines holding one of its words or marks (a few in a thousand)."""
    lowered = text.lower()
    return ("here" in lowered or "click" in lowered or "image source" in lowered or "size" in lowered or "read" in lowered or "•" in text or "|" in text or ("/" in text and ":" in text) or "=" in text or "function" in lowered or "javascript" in lowered) and bool(
        _CHROME_ANYWHERE.search(text)
    )
