"""What a page asks of its reader: to subscribe, log in or pay past a meter, to give, to sign up for a
newsletter or alerts, to allow notifications, to follow the site, to send a tip, to comment (and the comment form's
rules).

A line that only asks is chrome wherever it stands; ``line_forms.chrome_line`` reads these with the rest. Like
every form there, each is general to news sites and was written for a line of a real page ("Your support helps
us to tell the story", "Please enjoy 20 complimentary views", "Drop your comment in the section below").
"""

from __future__ import annotations

import re

_ASKS = re.compile(
    r"""^(?:
        your\s+e-?mail\s+address\s+will\s+not\s+be\s+published | required\s+fields(?:\s+are\s+mark|\W*$) | refer[\s-]a[\s-]friend\W*$ | by\s+(?:clicking|providing\s+(?:us\s+with\s+)?your\s+(?:details|e-?mail(?:\s+address)?|information))\b.{0,40}\byou\s+agree\b | you\s+can\s+find\s+out\s+more\s+by\s+clicking\s+here\b | send\s+by\s+(?:e-?)?mail\s*:?\s*$
      | stay\s+with\s+[\w.' ]{1,30}\bfor\s+(?:continued\s+|more\s+|further\s+|the\s+latest\s+)?(?:updates|coverage|details)\b.{0,20}$
      | watch\s+[\w.' ]{1,30}\bfor\s+(?:the\s+)?latest\b.{0,60}$  # a station's promo: "Watch FOX 35 News for the latest Central Florida stories."
      | (?:welcome\s+back!?\s+)?you['’]ve\s+successfully\s+(?:signed\s+in|subscribed)\b | unable\s+to\s+sign\s+you\s+in\b | your\s+account\s+is\s+fully\s+activated\b
      | (?:great!?\s+)?next,?\s+complete\s+checkout\b | at\s+such\s+a\s+critical\s+moment\b.{0,60}\bwe\s+need\s+(?:reporters|journalists|your\s+support)\b
      | (?:keep|stay)\s+up\s+to\s+date\b.{0,80}\b(?:via|on|with|in)\s+(?:the\s+|our\s+)?(?:free\s+)?[\w ]{1,30}\bapp\W*$ | you\s+can\s+(?:even\s+|also\s+)?set\s+it\s+to\s+(?:receive|send\s+you)\s+(?:push\s+)?notifications\b.{0,80}$  # "Keep up to date with the latest news in west London via the free getwestlondon app."
      | available\s+to\s+download\s+(?:now\s+)?(?:from|on|in)\s+(?:the\s+)?(?:app\s+store|google\s+play|play\s+store)\b.{0,60}$
      | get\s+the\s+[\w ]{1,30}\s+app\s*:.{0,60}$ | install\s+the\s+(?:new\s+|latest\s+)?(?:version\s+of\s+)?[\w ]{1,30}\s+app(?:lication)?\W*$ | get\s+\d+%\s+(?:to\s+\d+%\s+)?off\b.{0,60}$
      | for\s+more\s+[\w ]{1,30},\s+visit\s+(?:the\s+)?[\w ]{1,30}\s+(?:website|site|page)\b.{0,40}$
      | to\s+(?:read|learn|find\s+out)\s+more\s+about\s+[^.!?]{1,60},\s+visit\b.{0,40}$  # "To read more about the recall from Health Canada, visit their website HERE."
      | get\s+(?:the\s+)?latest\s+(?:articles|news|stories)\b.{0,40}\bat\s+\S+\W*$  # "Get latest articles and stories on World at LatestLY."
      | by\s+accessing\s+this\s+(?:page|site|website)\b.{0,20}\byou\s+agree\b.{0,60}$ | (?:our\s+)?privacy\s+policy\s+and\s+terms\s+(?:and\s+conditions|of\s+(?:use|service))\W*$
      | .{0,60}\bcatch\s+the\s+latest\s+news\b.{0,40}$ | play\s+an\s+active\s+role\s+in\s+shaping\s+our\s+journalism\b  # "Bihar Election Results 2020 - Catch the latest news, views and analysis here", a membership appeal
      | .{0,40}\blet\s+us\s+know\b.{0,40}\bin\s+the\s+comments?(?:\s+section)?\W*$ | [-–•\s]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$  # "… let us know what's on your mind in the comments section!", a desk's address alone
      | you\s+can\s+(?:read|find|see|watch)\s+more\b.{0,60}\bhere\W*$ | click\s+(?:on\s+)?(?:right\s+)?here\s+to\s+(?:view|see|read|watch)\b.{0,40}$  # "You can find more news from across the world, here.", a spinner's "Click on right here to view similar media."
      | how\s+(?:informative|useful|helpful|interesting)\s+(?:is|was)\s+this\s+(?:news|article|story|post)\W*$  # a rating widget's question
      | sign\s+in\s+or\s+(?:create|register)\b | continue\s+reading\s+(?:this\s+)?(?:on|in)\s+(?:our|the)\s+app\b.{0,40}$
      | (?:subscribe|sign\s+up|log\s+in|follow\s+us|download\s+(?:the|our)\s+(?:\w+\s+){0,4}app)\b | follow\s+[\w-]+\.(?:com|net|org)\s*:
      | join\s+our\s+(?:newsletter|mailing\s+list)\W*$ | .{0,80}\bby\s+enabling\s+(?:browser\s+|push\s+)?notifications\b | begin\s+typing\s+your\s+search\b
      | we(?:\s+have|['’]ve)\s+updated\s+our\s+privacy\s+(?:and\s+cookies?\s+)?(?:notice|policy)\b | we(?:\s+have|['’]ve)\s+made\s+(?:some\s+)?(?:important\s+)?changes\s+to\s+our\s+privacy\b | this\s+updated\s+(?:privacy\s+)?(?:notice|policy)(?:\s+and\s+policy)?\s+is\s+effective\b
      | we['’]ll\s+be\s+bringing\s+you\s+(?:the\s+latest\s+)?(?:updates|news)\b.{0,80}$
      | get\s+(?:current|latest|the\s+latest|live|all)\s+updates?\b | don['’]t\s+miss\s+(?:the\s+latest|out\s+on\s+the\s+latest)\b.{0,80}$
      | visit\s+.{1,40}\bhomepage\s+for\s+more\b
      | start\s+the\s+conversation\b.{0,60}$ | check\s+out\s+what['’]s\s+clicking\s+on\b.{0,40}$ | start\s+and\s+end\s+(?:each|every|your)\s+day\s+with\s+the\s+latest\b.{0,60}$  # a comment box's "Start the conversation, or Read more at USA Today", Fox News's video blurb "Check out what's clicking on Foxnews.com.", the Business Times's newsletter pitch
      | get\s+(?:daily|weekly|breaking|the\s+day'?s)\s+.{0,30}\b(?:news|headlines|updates|newsletters?)\W*$
      | for\s+more\s+(?:background|context)\s+on\s+this\b[^.!?]{0,60},\s+(?:please\s+)?(?:check\s+out|listen\s+to|tune\s+in\s+to)\s+our\b.{0,80}$  # a trade site's promo: "For more background on this breaking news story, please check out our dedicated podcast, The CMA Files."
      | (?:we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies\b) | .{0,40}\buses\s+cookies\s+for\b | .{0,60}\b(?:change|manage)\s+your\s+cookie\s+(?:preferences|settings)\b | .{0,60}\bagree\s+to\s+our\s+use\s+of\s+cookies\b
      | in\s+order\s+to\s+display\s+(?:this\s+|the\s+)?(?:embedded\s+)?content\b.{0,80}\bconsent\b | by\s+setting\s+the\s+switch\s+to\b | this\s+also\s+includes\s+your\s+consent\b | you\s+can\s+(?:withdraw|revoke)\s+your\s+consent\b  # a consent box for embedded content, in translation
      | did\s+you\s+find\s+this\s+(?:explanation|article|story|information|page)\s+(?:helpful|useful)\W*$
      | .{0,40}\bsupports\s+the\s+digital\s+advertising\s+alliance\b | cancel\s+any\s?time\W*$ | offer\s+(?:is\s+)?available\s+to\s+new\b | after\s+\d+\s+weeks,?\s+(?:the\s+)?price\s+increases\b | unlimited\s+(?:free\s+)?access\b.{0,40}$ | please\s+select\s+your\s+(?:experience|edition)\W*$ | we['’]ll\s+assume\s+you['’]re\s+ok\s+with\s+this\b | accept\s+read\s+more\W*$
      | make\s+(?:\S+\s+){0,3}your\s+home\s*page\W*$
      | (?:if|should)\s+you\s+\w+\s+this\s+(?:article|story|text|piece|post)\b.{0,80}\bdonat
      | become\s+a\s+(?:subscriber|member)\W*$ | already\s+(?:a\s+(?:subscriber|member)\b|subscribed\s*\?(?:\s*(?:log|sign)\s*in)?\W*$) | we\s+need\s+your\s+help\s+now\W*$ | contact\s+[\w\s]{1,30}?\s+with\s+your\s+(?:story\s+|news\s+)?tips?\b.{0,40}$
      | (?:subscribed\s+to\s+[^?]{1,40}\?\s*)?register\s+your\s+account\s+with\b.{0,60}$ | follow\s+our\s+(?:live\s*blog|live\s+(?:coverage|updates))\W*$  # "Subscribed to The Week? Register your account with …", "Follow our liveblog:"
      | whether\s+you\s+give\s+once\s+or\b.{0,120}\b(?:contribution|support)\b.{0,60}$  # "Whether you give once or many more times, we appreciate your contribution …"
      | support\s+from\s+readers\s+like\s+you\b | you\s+are\s+visiting\s+us\s+because\b | readers\s+like\s+you\s+(?:keep|make|help)\b.{0,40}\bfree\b.{0,30}$  # "Readers like you keep news free for everyone."
      | advertising\s+revenue\s+goes\s+some\s+way\b | if\s+you['’]ve\s+seen\s+value\s+in\s+our\s+(?:reporting|journalism)\b
      | for\s+everyone\s+who\s+needs\s+it\W*$ | get\s+(?:top\s+)?local\s+stories\b.{0,80}\bdelivered\b
      | (?:\d\.\s+)?tap\s+(?:in|on)\s+(?:your|the)\s+(?:navigation|address|menu|share)\s+bar\b.{0,40}$ | search\s+(?:the|our|this)\s+(?:\w+\s+){0,2}(?:archives?|site|website)\W*$  # "1. Tap in your navigation bar.", "Search the print archives"
      | get\s+today['’]?s\s+[\w\s]{0,20}\bnews\s+out\s+of\b | please\s+purchase\s+an?\b.{0,40}\bsubscription\b
      | to\s+continue,?\s+please\s+(?:log\s+in|sign\s+in|subscribe)\b
      | we\s+offer\s+(?:one|two|three|\d+)\s+free\s+(?:story|article)\s+views?\b | if\s+you\s+register\s+for\s+an\s+account\b
      | after\s+those\s+\w+\s+total\s+views\b | an?\s+subscription\s+to\s+our\s+digital\s+content\b
      | thank\s+you\s+for\s+visiting\s+(?:the\s+)?[A-Z]
      | you(?:['’]ve|\s+have)\s+read\s+(?:all\s+(?:of\s+)?your|\d+\s+of\s+(?:your\s+)?\d+)\s+free\b
      | this\s+(?:independent\s+)?(?:news\s+)?(?:site|website|newspaper|publication|journalism)\s+is\s+(?:supported|funded|made\s+possible)\s+by\b
      | your\s+support\s+(?:helps|allows|makes|means|enables|keeps)\b.{0,80}$
      | (?:and\s+)?unlike\s+many\s+other\s+(?:quality\s+)?news\s+(?:outlets|organisations|organizations)\b
      | (?:but\s+)?quality\s+journalism\s+must\s+(?:still\s+)?be\s+paid\s+for\b | help\s+us\s+keep\s+(?:bring|bringing)\b
      | (?-i:[A-Z][\w ]{1,30})\s+is\s+trusted\s+by\s+(?:\d[\d.,]*\s+million|americans|readers)\b.{0,80}$ | we\s+believe\s+quality\s+journalism\s+should\s+be\s+available\b | this\s+site\s+uses\s+akismet\b
      | learn\s+how\s+your\s+comment\s+data\s+is\s+processed\b | drop\s+(?:your|a)\s+comments?\b
      | (?:please\s+)?don['’]t\s+forget\s+to\s+\W?(?:allow|share|subscribe|follow|like|turn\s+on)\b
      | you\s+can\s+receive\s+(?:breaking\s+news\s+)?alerts\b | you\s+can\s+(?:also\s+)?follow\s+@\w+
      | (?:have|got)\s+a\s+(?:news\s+)?tip\b | send\s+us\s+(?:a\s+|your\s+)?(?:news\s+)?(?:tips?|photos|pictures|videos)\b
      | (?:do\s+you\s+)?(?:have|got)\s+a\s+story(?:\s+(?:idea|to\s+share|for\s+(?:us|[\w.]{2,40})))?\s*\?
      | get\s+in\s+touch\s+with\s+(?:our|the)\s+(?:news\s*)?(?:team|desk|newsroom)\b
      | (?:or\s+)?(?:you\s+can\s+)?(?:also\s+)?submit\s+your\s+(?:own\s+)?(?:videos?|photos?|pictures?|images?)\b
      | (?:comments?\s+(?:are|will\s+be)\s+(?:moderated|reviewed|closed)|(?:our|the)\s+comments?\s+policy|(?:please\s+)?keep\s+(?:it|comments|the\s+conversation)\s+civil)
      | join\s+(?:our|the|us\s+on)?\s*(?:what['’]?s\s?['’]?app|telegram|google\s+news)\b  # "JOIN US ON WHAT'SAPP, TO GET INSTANT STATUS UPDATES …"
      | read\s+this\s+(?:article|story)\s+for\s+free\b | already\s+have\s+an\s+account\b | to\s+continue\s+reading,?\s+(?:please\s+)?(?:subscribe|log\s+in|sign\s+in|register)\b  # a paywall's box
      | \*?billed\s+as\s+\W?\d | \*?\W?\d[\d.,]*\s+will\s+be\s+added\s+to\s+your\s+(?:next\s+)?bill\b | add\s+.{1,40}\baccess\s+to\s+your\s+.{1,40}\bsubscription\b  # "*Billed as $4.00 plus GST every four weeks."
      | advertise\s+with\s+us\W*$ | type\s+here\s+to\s+(?:get\s+)?search\b | give\s+us\s+your\s+(?:news\s+)?tips?\b | send\s+us\s+a\s+letter\s+to\s+the\s+editor\b | more\s+[\w ]{1,30}\bcontact\s+information\W*$  # a contact box: "Give us your news tips."

      | follow\s+[\w.]+(?:\s+[\w.]+){0,2}\s+on\s+(?:twitter|facebook|instagram|telegram|whats\s?app|x)\b | write\s+to\s+us\b | create\s+(?:your|a)\s+free\s+(?:profile|account)\b | by\s+subscribing,?\s+you\b
      | catch\s+up\s+on\s+all\s+the\s+latest\b.{0,80}\bnews\s+here\W*$ | (?:also\s+)?download\s+the\s+(?:new\s+)?.{0,30}\b(?:android|ios)\b.{0,40}\bapps?\b | .{0,30}\bis\s+now\s+on\s+(?:telegram|whats\s?app|instagram|google\s+news)\W*$
      | stay\s+up\s+to\s+date\s+with\s+notifications\b | get\s+in\s+front\s+of\s+tomorrow['’]s\s+news\b | get\s+(?:the\s+)?latest\s+(?:news|stories)\s+delivered\b | are\s+you\s+on\s+(?:telegram|whats\s?app|twitter|instagram)\W*$ | start\s+the\s+day\s+smarter\b.{0,120}$ | get\s+your\s+daily\s+dose\b | connect\s+with\s+fellow\b.{0,40}\bon\s+our\b | catch\s+all\s+the\s+action\s+on\s+our\b | notifications\s+can\s+be\s+managed\b
      | (?:get|sign\s+up\s+for|subscribe\s+to|receive)\b.{0,160}\bnewsletter\W*$ | \W*sign\s+up(?:\s+sign\s+up)?\W*$
      | never\s+miss\s+(?:any\s+|an?\s+)?(?:important\s+)?(?:news|story|updates?)\b.{0,40}$ | like\s+this\?$ | thanks\s+for\s+liking\b | thanks?\s+(?:you\s+)?for\s+(?:reading\b|(?:sign(?:ing)?\s+up|subscribing|registering)\b.{0,40}$)
      | create\s+(?:your|an?)\s+(?:free\s+)?account\b | let\s+us\s+know\s+what\s+you\s+think\W*$
      | to\s+receive\s+(?:similar|more|our)\s+\w+.{0,40}\b(?:like|follow|subscribe)\b
      | thank\s+you\s+for\s+(?:sharing\s+your|your\s+feedback) | we\s+appreciate\s+your\s+feedback
      | get\s+(?:the\s+best\s+experience|(?:browser|push)\s+notifications)\b | be\s+the\s+first\s+to\s+know\W*$
      | like\s+us\s+on\s+(?:facebook|twitter|instagram)\b | get\s+real[- ]time\s+alerts\b
      | are\s+you\s+already\s+a\s+(?:subscriber|member)\b | (?:click|tap)\s+(?:here\s+)?to\s+(?:log\s*in|sign\s+in)\W*$ | (?:sign|log)\s*in\W*$ | translate\s+this\s+(?:news|article|page|story)\s+(?:in|into|to)\W*$  # a bare login button; a translation widget's label
      | (?:click|tap)\s+allow\b.{0,30}$ | .{0,40}\b(?:wants|would\s+like)\s+to\s+(?:start\s+)?send(?:ing)?\s+you\s+(?:push\s+)?notifications\b | activate\s+notifications\s*\?\W*$
      | follow\s+[\w.]+(?:\s+[\w.]+)?\s*:\s*(?:facebook|twitter|instagram)\b.{0,40}$
      | you\s+have\s+reached\s+your\s+(?:\d+\s+)?(?:free\s+)?(?:view|article|story|page)s?\s+limit\b
      | please\s+(?:log\s*in|sign\s+in)\b.{0,40}\bor\s+subscribe\b
      | please\s+enjoy\s+\d+\s+(?:free\s+|complimentary\s+)?(?:views|articles)\b
      | get\s+all\s+your\s+news\s+in\s+one\s+place\b | one\s+(?:app|membership|subscription)\W*$
      | register\s+(?:now|for\s+free)\b.{0,80}$ | .{0,100}\b(?:agreed\s+to|permit|enable|accept)\s+(?:\w+\s+)?cookies\b | .{0,60}\bconsent\s+to\s+(?:the\s+)?use\s+(?:of\s+)?cookies\b
      | this\s+content\s+comes\s+from\s+\w+,\s+which\b | you\s+can\s+adjust\s+your\s+preferences\b | your\s+settings\s+can\s+be\s+modified\b | .{0,60}\bplease\s+be\s+an?\s+(?:\w+\s+){0,2}supporter\b | support\s+(?:local|independent|quality)\s+journalism\W*$ | please\s+(?:subscribe|like\s+and\s+subscribe)\b.{0,40}$ | get\s+the\s+news\s+faster\W*$ | sign\s+in\s*\|.{0,60}$ | avoid\s+fake\s+news\W | .{0,60}\bemail\s+address\s+is\s+invalid\b | catch\s+(?:all\s+)?the\s+(?:latest\s+)?.{0,80}\b(?:news|updates)\s+on\b.{0,40}$
      | \d+(?:['’]s|\+)\s+(?:of\s+)?(?:premium|trusted)\s+(?:global\s+)?(?:titles|sources|publications)\W*$
      | have\s+your\s+say(?:\W*|\s+in\s+our\b.{0,40})$ | (?:click|tap)\s+the\s+(?:upvote|like|heart)\s+(?:icon|button)\b.{0,120}$ | start\s+reading\W*$ | start\s+the\s+(?:discussion|conversation)\b.{0,10}$ | be\s+the\s+first\s+to\s+comment\b.{0,60}$
      | do\s+you\s+agree\b[^.!]{0,80}\?\W*$
      | unlock\s+(?:exclusive|premium|unlimited)\s+(?:insights|content|stories|articles|access)\b.{0,60}$ | take\s+your\s+(?:reading\s+)?experience\s+further\b.{0,60}$  # The Tribune's premium pitch
      | show\s+your\s+support\s+if\s+you\s+(?:like|enjoy|value)\s+our\s+(?:work|journalism|reporting)\W*$
      | follow\s+(?:\w+\s+)?on\s+(?:twitter|facebook|instagram|linkedin|threads|bluesky|x)\W*$
      | leave\s+a\s+(?:\w+\s+)?(?:comment|reply)\W*$ | your\s+comments?\s+here\W*$ | rate\s+this\s+(?:item|article|story|post)\W*$ | \(\s*\d+\s+votes?\s*\)\W*$ | what\s+do\s+you\s+think\W*$ | what['’]s\s+your\s+reaction\W*$ | local\s+journalism\s+is\s+essential\W*$ | support\s+truly(?:\s+independent\s+journalism)?\W*$ | got\s+a\s+question\W*$
      | find\s+us\s+on\s+(?:socials?|social\s+media)\b | get\s+in\s+touch\s+(?:at|with|via|by\s+e-?mail(?:ing)?)\s+\S+@\S+ | your\s+(?:donation|support|contribution)\s+(?:allows|helps|enables)\s+us\b
      | (?:have\s+you|has\s+your\s+[\w\s'’]{1,30})\s+been\s+affected\s+by\b.{0,80}\?\s*$
      | how\s+do\s+i\s+sign\s+up\s+for\b.{0,60}\?\W*$
      | get\s+(?:the\s+day['’]?s\s+)?(?:top|latest|best)\b.{0,60}\bdelivered\s+to\s+your\b.{0,40}$
      | find\s+out\s+what['’]s\s+happening\s+in\b.{0,80}$
      | follow\s+all\s+(?:the\s+)?.{0,60}\b(?:facebook|twitter|newsletter)\b.{0,60}$
      | please\s+check\s+(?:back\s+)?(?:later\s+)?for\s+(?:updates|more)\W*$
      | please\s+keep\s+(?:your\s+)?comments\s+(?:respectful|civil|relevant|on[\s-]topic)\b.{0,40}$
      | you\s+can\s+(?:review|read)\s+our\s+community\s+(?:guidelines|standards)\b.{0,40}$
      | if\s+you\s+would\s+like\s+to\s+share\s+a\s+(?:story|news)\s+(?:idea|tip)\b.{0,60}$
      | you\s+are\s+commenting\s+using\s+your\b.{0,40}$ | would\s+you\s+like\s+to\s+comment\s+on\s+this\s+(?:article|story|post)\W*$  # WordPress's and a paper's comment forms
      | we\s+ask\s+you\s+to\s+keep\s+your\s+comments\s+(?:relevant|respectful|civil)\b.{0,40}$ | sharing\s+is\s+caring\W*$
      | continue\s+reading\s+this\s+(?:article|story)\s+with\s+an?\s+.{1,40}\bmembership\W*$ | \d+[\s-]day\s+free\s+trial\W*$
      | get\s+(?:instant|immediate)\s+(?:access|entry)\s+to\s+all\s+(?:our\s+)?articles\b.{0,60}$  # a paywall's offer, and a spinner's copy of it
      | for\s+an?\s+(?:optimal|better|best)\s+experience,?\s+visit\s+our\s+site\s+on\s+another\s+browser\W*$
      | (?:follow|comply\s+with)\s+our\s+live\s+updates?\s+here\W*$ | see\s+the\s+full\s+list\s+here\W*$  # a spinner's "Comply with our live updates here."
      | our\s+(?:new\s+|redesigned\s+)?(?:local\s+)?[\w\s]{0,30}\bapp\s+is\s+(?:live|here)\W*$ | download\s+it\s+for\s+(?:ios|android)\b.{0,60}$
      | please\s+(?:register|sign\s+in|log\s*in|subscribe)\s+to\s+(?:access|read|view)\s+this\s+(?:content|article|story)\W*$ | to\s+continue\s+(?:viewing|reading|enjoying)\b.{0,60}\bplease\s+(?:sign\s+in|log\s*in|register|subscribe)\b.{0,60}$  # Gulf News's paywall
      | your\s+subscription\s+(?:could\s+not\s+be\s+saved|has\s+been\s+successful)\b.{0,40}$ | by\s+providing\s+(?:an?|your)\s+e-?mail\s+address\W*$ | i\s+agree\s+to\s+the\s+terms\s+of\s+(?:use|service)\b.{0,100}$  # a newsletter box's messages
      | sorry,?\s+your\s+comment\s+(?:was|could)\s+not\s+(?:be\s+)?(?:saved|posted)\b.{0,120}$
      | (?:new\s*)?(?:now\s+)?you\s+can\s+(?:now\s+)?listen\s+to\s+[\w\s]{1,30}\barticles(?:\s+now)?\W*$  # Fox News's audio player: "NEWNow you can listen to Fox News articles!", a spinner's copy "New You can listen to Fox News articles now!"
      | stay\s+with\s+this\s+(?:article|page|post|story)\s+to\s+(?:find\s+out|know|learn)\b.{0,60}$  # a content farm's "Stay with this article to find out more about this news."
      | you\s+want\s+to\s+be\s+the\s+smartest\s+in\s+the\s+room\W*$ | you\s+want\s+access\s+to\s+our\s+[\w\s-]{0,30}\bjournalism\W*$ | you\s+don['’]t\s+want\s+to\s+be\s+(?:misled|confused)\s+and\s+misinformed\W*$  # a membership's pitch
      | dear\s+readers?\s*,?\W*$ | .{0,80}\bwe\s+ask\s+for\s+the\s+support\s+of\s+our\b.{0,40}\breaders\b.{0,120}$ | our\s+(?:access\s+to\s+(?:web\s+)?)?content\s+is\s+free\b.{0,160}$  # a paper's appeal: "Dear reader,", "… we ask for the support of our community of readers by financially supporting the Free Press."
      | .{0,120}\byour\s+support\s+matters\s+more\s+than\s+ever\W*$ | .{0,80}\bbecome\s+a\s+monthly\s+member\b.{0,80}$ | become\s+a\s+member\s+of\s+[\w\s.'’-]{1,40}\s+to\s+help\b.{0,200}$  # LAist's: "Help keep the LAist newsroom strong, become a monthly member …"
      | want\s+more\s+[\w\s'’]{1,30}\?\W*$  # AP's newsletter box: "Want more Olympics?"
      | for\s+more\s+cnn\s+news\s+and\s+newsletters\b.{0,60}$ | buy\s+now\W*$  # CNN's line under its syndicated stories: "For more CNN news and newsletters create an account at CNN.com"; a bare shop button
      | escape\s+your\s+echo\s+chamber\W*$ | get\s+the\s+facts\s+behind\s+the\s+news,?\s+plus\s+analysis\s+from\s+multiple\s+perspectives\W*$  # The Week's subscription box
      | (?:breaking\s+news\s+emails\s+)?get\s+breaking\s+news\s+alerts\s+and\s+special\s+reports\W*$ | the\s+news\s+and\s+stories\s+that\s+matter,?\s+delivered\s+\w+\s+mornings\W*$  # NBC's newsletter box
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def asks_reader(text: str) -> bool:
    """Whether the line asks the reader to subscribe, pay, give, sign up, follow, send a tip or comment."""
    return bool(_ASKS.match(text.lstrip("> ")))  # "> Give us your news tips.": an item of a contact box
