"""What stands after an article's last sentence: a newsroom's notice about the story, a comment form, a wire's
sign-off, a note on where the page's picture came from.

Each is chrome of its own form (``line_forms.chrome_line`` reads them with the rest), but unlike an advert or a
link it gives no sign that the sentence beside it is chrome too: it follows the article, not a block of
adverts (``adverts.spread_off_topic``).
"""

from __future__ import annotations

import re

_NOTICE = re.compile(
    r"""^(?:
        \(?\s*(?:editor['’]?s\s+note\s*:\s*)?this\s+(?:is\s+)?(?:story|article|report|post)\s+(?:is\s+from|was\s+provided|is\s+developing|is\s+breaking|has\s+been\s+updated|was\s+updated\s+to\b|will\s+be\s+updated)
      | (?:\w+(?:['’]|â€™)s\s+)?earlier\s+(?:story|version|report)\s+(?:follows|is\s+below)
      | (?:updated|this\s+(?:story|article)\s+was\s+updated)\s+with\s+(?:new|additional|more|the\s+latest)\b.{0,40}$
      | \(?\s*(?:editor['’]?s\s+note\s*:\s*)?this\s+is\s+an?\s+(?:developing|breaking|ongoing|growing)\s+(?:news?\s+)?(?:story|update|item|event|situation|tale)  # a spinner's "This is a growing tale."
      | \(?\s*this\s+is\s+(?:breaking|developing)\s+news\W*(?:more\s+(?:details\s+)?(?:to\s+(?:follow|come)(?:\s+soon)?|awaited)\W*)?$ | it\s+will\s+be\s+updated\b.{0,40}$ | (?:developing\s+story\W*)+$ | more\s+soon\W*$ | more\s+will\s+be\s+posted\b | an\s+earlier\s+version\s+of\s+this\s+(?:story|article|report)\b
      | as\s+more\s+(?:information|details)\s+(?:comes?|becomes?)\s+(?:to\s+light|available)\b.{0,40}\b(?:updated|changed)\W*$
      | \(?\s*(?:warning\s*:\s*)?(?:this\s+|the\s+)?(?:story|video|article|report)(?:\s+above|\s+below)?\s+contains\s+(?:disturbing|graphic|distressing|descriptions?)\b
      | \(?\s*(?:warning|content\s+warning)\s*:\s*(?:this|the)\s+(?:story|video|article|report)\s+(?:may|might|could)\s+(?:affect|upset|disturb|trigger)\b
      | (?:the\s+)?videos?\s+may\s+be\s+(?:hard|difficult|disturbing|distressing)\b
      | \(?\s*only\s+the\s+headline\b | (?:the\s+)?[\w.' ]{1,30}\s+has\s+neither\s+altered\s+nor\s+updated\b  # an archive's note: "The Sun has neither altered nor updated such articles …"
      | for\s+(?:the\s+)?full\s+(?:story|article|report|version|text)\s*,?\s+(?:go|head)\s+to\b  # Kazinform's "For full version go to"
      | for\s+more\s+(?:reporting|coverage)\s+from\s+(?:the\s+)?[\w.' ]{1,40},\s+see\s+(?:below|above)\W*$  # Newsweek's "For more reporting from the Associated Press, see below."
      | stay\s+with\s+[\w.]+(?:\s+[\w.]+){0,3}\s+for\s+(?:more\s+(?:of\s+)?)?(?:the\s+)?(?:latest|updates|more)\b.{0,40}$ | follow\s+along\s+for\s+(?:live\s+)?(?:coverage|updates)\b.{0,60}$  # "Stay with gazette.com for more of the latest updates.", "Follow along for live coverage of the shooting."
      | (?:the\s+)?topics?\s+of\s+[\w\s,]{1,60}\s+(?:are|is)\s+(?:covered|discussed|mentioned)\s+in\s+this\s+(?:article|story|report)\b  # a content warning: "The topics of sexual assault are covered in this article"
      | \(?\s*(?:reader|viewer)\s+discretion\s+(?:is\s+)?advised | warning\s*:.{0,120}\bdiscretion\s+is\s+(?:advised|recommended)\W*$  # CityNews's "Warning: Details of the trial coverage are graphic in nature, discretion is advised"
      | (?:this\s+|the\s+)?(?:breaking\s+(?:news\s+)?)?(?:story|article|report|page)\s+(?:will\s+be|is\s+being)\s+updated
      | \(?\s*(?:please\s+)?(?:check|take\s+a\s+look\s+at)\s+(?:back|again)\s+(?:later\s+|soon\s+)?for\s+(?:further\s+|more\s+|new\s+)?(?:updates|more|details)  # and a spinner's "Please take a look at again for updates."
      | (?:please\s+)?check\s+back\s+(?:with|at|on)\s+[\w.' ]{1,40}\s+for\s+(?:further\s+|more\s+)?(?:updates|details|information)\b | we\s+will\s+file\s+updates\s+to\s+this\s+(?:story|article|report)\b  # "Check back with Arkansas Online for updates on this developing story.", "Please check back on WSVN.com and 7News for more details …"
      | (?:for\s+(?:help|support)|if\s+you\s+(?:or\s+someone\s+you\s+know\s+)?(?:need\s+(?:help|support)|(?:is|are)\s+struggling))\s*,?\s+(?:please\s+)?(?:call|contact|text|phone)\b
      | more\s+(?:follows|coming)\W*$ | more\s+(?:details\s+|updates\s+)?to\s+(?:follow|come)(?:\s+on\s+this\s+(?:breaking\s+)?(?:news\s+)?(?:story|report))?\W*$
      | (?:our\s+)?(?:journalists|reporters|team|editors)\s+(?:are|is)\s+(?:still\s+)?working\s+on\s+this\s+(?:story|article|report)
      | \(?\s*this\s+is\s+an?\s+(?:unedited|auto-generated|automatically\s+generated)\b
      | \(?\s*(?:except\s+for\s+the\s+(?:headline|title),\s+)?this\s+(?:story|article|report)\s+has\s+not\s+been\s+edited\b  # NDTV's "(Except for the headline, this story has not been edited by NDTV staff …)"
      | more\s+details\s+soon\W*$
      | watch\s+the\s+(?:full\s+)?(?:video|report|interview|story)\s+(?:in\s+the\s+(?:video\s+|media\s+)?player\s+)?(?:above|below)\b  # a video page's pointer after its last sentence: "Watch the full video in the player above.", "Watch the video below"
      | (?:the\s+)?[\w.'’ ]{1,40}\s+will\s+(?:provide|post|bring\s+you)\s+(?:more\s+|further\s+)?updates\s+(?:to|on)\s+this\s+(?:story|article|report)\b.{0,40}$  # "The Craig Press will provide updates to this story as they become available."
      | we\s+will\s+(?:provide|post|bring\s+you)\s+(?:more\s+|further\s+)?updates\s+(?:as|when)\b.{0,40}$ | we\s+will\s+continue\s+to\s+(?:follow|update|monitor)\s+this\s+(?:developing\s+)?(?:story|article|report)\b.{0,30}$  # "We will provide updates as they become available.", "We will continue to follow this story."
      | (?:some\s+)?(?:names|details)\s+(?:have|has)\s+been\s+(?:changed|altered)\s+(?:for|to\s+protect)\b.{0,60}$  # an editor's note: "Some names have been altered for safety reasons."
      | this\s+preview\s+shows\s+(?:approximately|about|around)\s+\d{1,2}\s*%\s+of\s+the\s+(?:article|story)\W*$  # a paywall's excerpt note: "This preview shows approximately 15% of the article."
      | read\s+(?:the\s+)?full\s+(?:article|story|report)\W*$  # an excerpt's last line: "Read the full article."
      | (?:the\s+)?(?:associated\s+press|ap)(?:['’]s?)?\s+[\w ,&-]{0,60}?\b(?:(?:coverage|department|team)\s+receives\s+(?:financial\s+)?support\b|department\s+of\s+health\s+and\s+science\s+receives\b)  # AP's note on a funded desk: "The Associated Press Health and Science Department receives support from …"
      | (?:the\s+)?(?:associated\s+press|ap)\s+receives\s+(?:financial\s+)?support\s+(?:for|from)\b  # its older wording: "The Associated Press receives support for health and science coverage from …"
      | (?:the\s+)?ap\s+is\s+solely\s+responsible\s+for\s+(?:all|this)\s+content\W*$
      | we\s+select\s+the\s+most\s+relevant\s+news\b.{0,80}\btranslat | (?:an\s+)?editor\s+then\s+(?:briefly\s+)?reviews\s+the\s+translation\b | providing\s+you\s+with\s+automatically\s+translated\s+news\b | the\s+news\s+stories\s+we\s+select\s+have\s+been\b  # swissinfo's note on its machine translation
      | .{0,160}?\bthis\s+content\s+was\s+published\s+on\b  # swissinfo's date label, alone or inside a teaser
      | \(?\s*this\s+(?:story|article)\s+(?:has\s+been|was)\s+(?:published|generated)\s+from\s+an?\s+(?:wire\s+agency|automated\s+news\s+agency)\s+feed\b
      | \(?\s*(?:this|the)\s+(?:[\w,]+\s+){0,3}?(?:story|article|report)\s+(?:has\s+been|was)\s+(?:corrected|refill?ed|amended)\b  # Reuters's "(This 28 September story has been refiled …)"
      | \(?\s*this\s+(?:story|article|report)\s+was\s+(?:generated|written|produced)\s+(?:by|with)\b.{0,60}\b(?:AI|chatbot|artificial\s+intelligence)\b
      | (?:update\s+.{1,40}?:\s*)?this\s+(?:story|article|report)\s+has\s+been\s+updated\s+with\b
      | initial\s+reports\s+in\s+the\s+media\s+can\s+sometimes\s+be\s+inaccurate\b | we\s+will\s+strive\s+to\s+ensure\s+timeliness\b
      | (?:source\s+)?(?:disclaimer\s*:\s*)?under\s+section\s+107\s+of\s+the\s+copyright\s+act\b | fair\s+use\s+is\s+a\s+use\s+permitted\s+by\s+copyright\b  # a scraper blog's fair-use plea
      | (?:stock\s+)?quotes\s+(?:are\s+)?delayed\s+(?:by\s+)?(?:at\s+least\s+)?\d+\s+minutes\W*$
      | quotes\s+(?:are\s+)?displayed\s+in\s+real[\s-]?time\b.{0,60}$ | (?:market|mutual\s+fund\s+and\s+etf)\s+data\s+(?:is\s+)?provided\s+by\b.{0,60}$ | powered\s+and\s+implemented\s+by\b.{0,60}$  # a financial data vendor's credits in Fox News's footer: "Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by Factset. Powered and implemented by FactSet Digital Solutions."
      | editor['’]s\s+note\s*:\s*(?:this\s+(?:story|article|report)\s+is\s+part\s+of\b|an?\s+(?:previous|earlier)\s+version\b) | the\s+rest\s+of\s+our\s+coverage\b.{0,80}$
      | here(?:['’]s|\s+is)\s+(?:a|the|your)\s+(?:\w+\s+){0,2}(?:rewritten|revised|reworded|rephrased|paraphrased|polished)\s+version\b.{0,80}$
      | (?:let\s+me\s+know|feel\s+free\s+to\s+ask)\s+if\s+you(?:['’]d|\s+would)\s+like\s+(?:any\s+)?(?:further\s+)?(?:adjustments|changes|edits|tweaks|revisions)\b.{0,40}$
      | this\s+(?:version|rewrite)\s+(?:keeps|retains|maintains|preserves)\b.{0,80}\b(?:readability|engag\w*|flow|tone)\W*$
      | (?:the\s+)?[\w,\s]{0,80}\bversions?\s+(?:is|are)\s+(?:automatically|machine)[\s-]generated\b | .{0,40}\bmay\s+(?:still\s+)?(?:be|contain)\s+inaccuracies\s+in\s+(?:the\s+)?translat
      | este\s+sitio\s+web\s+fue\s+traducido\s+autom[aá]ticamente\W*$ | para\s+obtener\s+m[aá]s\s+informaci[oó]n,?\s+por\s+favor\s+haz\s+clic\s+aqu[ií]\W*$  # a site's notice on its machine translation, in Spanish
      | this\s+(?:is|can\s+be)\s+an?\s+(?:creating|growing|establishing|building)\s+(?:story|tale)\b.{0,60}$  # a spinner's "This is a creating story."
      | thomp?son\s+reuters\s+is\s+solely\s+responsible\s+for\s+this\s+content\W*$ | our\s+\w+\s*:\s*the\s+thomson\s+reuters\s+\w+\s+(?:principles|rules)\W*$  # Reuters' sign-offs as spinners copy them
      | \(?\s*(?:adds?|updates?)\s+(?:\w+\s+){1,3}in\s+paragraphs?\s+\d+\b.{0,160}$  # Reuters' note on an update: "adds quotes in paragraphs 3–7, updates the death toll …"
      | \(\s*(?:[\w.]+\s+){0,3}?(?:adds?|updates?|recasts?|rewrites?)\s[^()]{1,200}\bparagraphs?\s+\d[^()]{0,40}\)\W*$  # its list of what was added: "(WHO adds comment from China, NHC event, details from social media, paragraphs 8-11, 13-14)"
      | this\s+content\s+has\s+not\s+been\s+pre-?checked\s+for\s+copyright\b | by\s+request\s+assets\s+are\s+not\s+available\b | per\s+clip\s+rates\s+are\s+for\b  # Reuters Connect's licence
    )""",
    re.IGNORECASE | re.VERBOSE,
)
"""A newsroom's notice about the story itself ("This story will be updated.", "Editor's Note: This post was updated
to reflect that …", "More to follow", "More follows.", "Editor's
note: This article is part of our special coverage …", a machine translation's "… may still be inaccuracies in
translating", a chatbot's own lines left around the rewrite it was asked for: "Here's a rewritten version of the
article …", "Let me know if you'd like any adjustments!"): chrome, but no sign that the sentence beside it is an advert, as the other chrome is (see ``adverts.spread_off_topic``)."""

_COMMENT_FORM = re.compile(
    r"^(?:(?:leave|post)\s+a\s+(?:reply|comment)|please\s+enter\s+your\b|you\s+have\s+entered\s+an\s+incorrect\b"
    r"|be\s+the\s+first\s+to\s+comment\b|(?:the\s+|your\s+)?comments?\s+must\s+be\s+(?:no\s+)?(?:longer|shorter|more|fewer|less|at\s+(?:least|most)|between|under)\b"
    r"|(?:sorry,?\s+)?we\s+are\s+not\s+(?:currently\s+)?accepting\s+comments\b"
    r"|you\s+are\s+encouraged\s+to\s+leave\s+relevant\s+comments\b|to\s+report\s+abuse\s+or\s+spam\b"
    r"|it\s+should\s+have\s+been\s+a\s+safe\s+space\s+for\s+informed\s+debate\b|.{0,60}\bby\s+allowing\s+only\s+subscribers\s+to\s+comment\b"
    r"|we\s+are\s+doing\s+this\s+to\s+improve\s+the\s+experience\s+for\s+our\s+loyal\s+readers\b"
    r"|welcome\s+to\s+the\s+discussion\b|keep\s+(?:it\s+clean|the\s+discussion\s+civil)|absolutely\s+no\s+personal\s+attacks\b"
    r"|please\s+avoid\s+obscene\b|(?:don'?t|do\s+not)\s+threaten\W*$|threats\s+of\s+harming\s+another\s+person\b"
    r"|no\s+racism,\s+sexism\b|we['’]d\s+love\s+to\s+hear\s+eyewitness\s+accounts\b|be\s+(?:truthful|nice|proactive)\W*$|(?:don'?t|do\s+not)\s+knowingly\s+lie\b|use\s+the\s+\W?report\W?\s+link\b"
    r"|please\s+turn\s+off\s+your\s+caps\s+lock\b|anyone\s+violating\s+these\s+rules\b|.{0,40}\bcomment(?:ing)?\s+privileges\b"
    r"|want\s+to\s+join\s+the\s+discussion\b|.{0,80}\btemporarily\s+suspending\s+article\s+commenting\b"
    r"|our\s+goal\s+is\s+to\s+create\s+a\s+safe\s+and\s+engaging\s+place\b|we\s+encourage\s+(?:all\s+)?readers\s+to\s+share\s+their\s+views\b"
    r"|please\s+let\s+us\s+know\s+if\s+you['’]re\s+having\s+(?:issues|problems|trouble)\s+with\s+comment|we\s+are\s+committed\s+to\s+maintaining\s+a\s+lively\b|if\s+you\s+encounter\s+a\s+comment\b|we\s+are\s+using\s+facebook\s+commenting\b|visit\s+our\s+faq\s+page\b"
    r"|guidelines\s*:\s*keep\s+it\s+civil\b|people\s+who\s+harass\s+others\b.{0,60}\bwill\s+be\s+blocked\W*$|if\s+a\s+comment\s+violates\s+these\s+standards\b|to\s+find\s+(?:out|our)\s+more,?\s+read\s+our\s+faq\W*$"  # the Daily Herald's rules under "Article Comments"
    r"|the\s+comments?\s+posted\s+here\s+are\s+not\s+from\b|kindly\s+refrain\s+from\s+using\b.{0,80}\bcomments?\W*$|.{0,60}\bis\s+committed\s+to\s+providing\s+a\s+forum\s+for\s+civil\b)",
    re.IGNORECASE,
)
"""A comment form under the article ("Post a Comment", "Please enter your name here", "Be the first to comment!",
"Sorry we are not currently accepting comments on this article.", a newspaper system's rules for commenters: "Welcome
to the discussion.", "Keep it clean.", "Don't threaten.", "PLEASE TURN OFF YOUR CAPS LOCK."): chrome, but like a notice no sign that the
sentence above it is an advert, since it follows the article's last sentence."""

_SIGN_OFF = re.compile(
    r"^[(—–-]?\s*(?:(?:Reuters|AFP|AP|Bloomberg)\s*[-–—:]\s*)?"
    r"(?:(?:additional\s+)?(?:reporting|writing|editing)(?:\s+(?:and|&)\s+(?:reporting|writing|editing))?\s+by\b|with\s+(?:a\s+)?files?\s+from\s+\S)"
    r"|^\(\s*report\s+by\s+[A-Z]"
    r"|^story\s+compiled\s+with\s+(?:assistance|help|reporting)\s+from\b"
    r"|^(?:Reuters|AFP|AP|Bloomberg)\s+with\s+additional\s+(?:reporting|writing|editing)\s+by\b"
    r"|this\s+(?:article|story|report)\s+was\s+(?:written|reported)\s+by\s+(?:[A-Z][\w.'’-]*\s+){1,4}for\s+[\w.'’ -]{1,40}\W*$",
    re.IGNORECASE,
)
"""A story's credits after its last sentence: a wire's "(Reporting by Stephanie Kelly Editing by Shri Navaratnam)",
"(Reuters - Reporting by Sam McKeith in Sydney; …)", "(Report by Gene Cherry and Julien Pretot; …)" or "(Reporting and
editing by …)", a site's "Reuters with additional editing by Jim Pollard", TRT's "Story compiled with assistance from
Associated Press and Reuters", a Canadian paper's "—With a file from The Canadian Press", a station's "This article
was written by Mark Saunders for KGTV."."""

_PICTURE_NOTE = re.compile(r"^(?:top|main|cover|header|featured|lead)\s+(?:photo|image|picture)\s+(?:from|via|by|credit)\b", re.IGNORECASE)
"""Where the page's picture came from, said under the article ("Top photo from Al Jazeera English/Facebook.")."""


COMMENT_AUTHOR = re.compile(r"^\d{1,3}\.\s+[\w.'’ -]{1,40}\s+says\s*:\s*$", re.IGNORECASE)
"""A numbered reader comment's author ("1. Alex says:", "1. Avatar Hilda Kiwasila says:"): the comment section has begun."""


def ends_article(text: str) -> bool:
    """A notice, a comment form, a wire's sign-off or a note on the page's picture: chrome that stands after an
    article's last sentence, not among adverts."""
    return bool(_NOTICE.match(text) or _COMMENT_FORM.match(text) or _SIGN_OFF.match(text) or _PICTURE_NOTE.match(text) or COMMENT_AUTHOR.match(text))
