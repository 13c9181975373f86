"""Every pattern the cleaner and extractors use, in one place (as trafilatura keeps its XPaths)."""

from __future__ import annotations

import re

# --- boilerplate lines -------------------------------------------------------------------------

#: Lines made only of share buttons / icon labels.
SHARE_LINE = re.compile(
    r"^\s*(?:[•·|>\-–]\s*)*(?:(?:icon-)?(?:facebook|twitter|x|whatsapp|linkedin|telegram|email|e-mail|mail|print|share|kakaotalk|kakao|line|reddit|pinterest|copy(?:\s+link)?)\b[\s,|•·]*)+$",
    re.IGNORECASE,
)
LINK_COPIED = re.compile(r"^\s*[•·\-–]?\s*(?:link copied|copied to clipboard|copy link)\s*\.?$", re.IGNORECASE)
READ_COUNTER = re.compile(
    r"^\s*(?:this (?:news|article|story) has been read \d[\d,.]* times?(?: in total)?|(?:views?|reads?|hits?)\s*[:：]\s*\d[\d,.]*|\d[\d,.]*\s+(?:views|reads))\s*\.?$",
    re.IGNORECASE,
)
SOURCE_LABEL = re.compile(r"^\s*(?:kaynak|source|quelle|fuente|fonte|источник)\s*[:：]\s*$", re.IGNORECASE)
LEAVE_REPLY = re.compile(r"^\s*(?:leave a (?:reply|comment)|post a comment|add a comment|comments?\s*\(\d+\))\s*$", re.IGNORECASE)
COMMENT_POLICY = re.compile(
    r"(?:your email address will not be published|required fields are marked|"
    r"comments? (?:posted|published) here|refrain from using (?:derogatory|abusive|obscene)|"
    r"comments? (?:are|is) moderated|we reserve the right to (?:remove|delete) comments|"
    r"by posting (?:a )?comments?|community guidelines|"
    r"welcomes? a (?:lively|civil|respectful)(?: and (?:courteous|civil|respectful))? discussion|"
    r"comments are not pre-?screened|views expressed in the comments|you agree that anything you post|required\s*,\s*but will not be displayed|"
    # a comment system's legend and rules: "Please email us to report offensive comments.", "This commenter is a
    # Washington Post editor ...", "You must be logged in to report a comment.", "User reviews and comments that include
    # profanity ... will be removed", "Thoughts, comments, suggestions or criticisms about The Post's Live Q&A?"
    r"report offensive comments|this commenter is an? |must be logged in to (?:report|post|comment|reply)|"
    r"comments (?:that|which) include profanity|suggestions or criticisms about|"
    r"yorumlar onaylanmamaktad|yorum(?:lar)? (?:yazan|sahibin)|"
    r"kommentare werden|les commentaires|los comentarios)",
    re.IGNORECASE,
)
#: "The comments posted here are not from Cnews Live." names the outlet.
OUTLET_IN_POLICY = re.compile(r"comments posted here are not from ([A-Z][\w.&' -]{1,40}?)\s*[.,]", re.IGNORECASE)
COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b).{0,120}$", re.IGNORECASE)
ALL_RIGHTS = re.compile(r"all rights reserved|unauthorized reproduction|무단전재", re.IGNORECASE)
# Reporter credits at the foot of a story: a sentence of its own ("CNN's X contributed to this report") ...
REPORTER_CREDIT = re.compile(r"contributed (?:reporting )?to this (?:report|story|article)", re.IGNORECASE)
# ... or the last words of a paragraph after a sentence's end, names and "and" only ("... according to the U.N. CNN's
# Mitra Mobasherat and Atika Shubert contributed to this report.", where "U.N." hid the sentence's end), cut out alone ...
_CREDITED_NAME = r"[A-Z][\w.'’-]*(?: ?['’]s)?,? "
TRAILING_CREDIT = re.compile(r"(?<=[.!?”\"’] )(?:" + _CREDITED_NAME + r"(?:and )?){1,10}contributed (?:reporting )?to this "
                             r"(?:report|story|article) ?\.?\s*$")
# ... or a bracketed or trailing credit inside a paragraph ("(Reporting by X; Editing by Y)"), cut out alone.
INLINE_CREDIT = re.compile(
    r"(?:\(|-LRB-)\s*(?:additional |writing and )?(?:reporting|writing|editing)(?: and \w+)? by\b[^()]{0,300}?(?:\)|-RRB-)"
    r"|\b(?:additional )?reporting by [A-Z][^.;]{0,120};\s*editing by [A-Z][^.;]{0,80}(?=$|\.|\s)",
    re.IGNORECASE,
)
# A site's contact lines run into the text ("Letters for publication should be sent to: letters@guardian.co.uk If you
# need help using the site: userhelp@guardian.co.uk Call the main Guardian and Observer switchboard:").
SITE_CONTACT_LINES = re.compile(
    r"(?:Letters for publication should be sent to|If you need help using the site|Call the main [A-Z][\w']*(?: and "
    r"[A-Z][\w']*)? switchboard)\s?:(?:\s*[\w.+-]+\s?@\s?[\w-]+(?:\s?\.\s?[\w-]+)+)?")
# A photo's credit in brackets inside the text, after the caption it closes: "(AP Photo/Alastair Grant, File)",
# "(Alastair Grant - AP)", "(Tracy A. Woodward/the Washington Post)", "(U.S. Coast Guard via Associated Press)";
# Penn-Treebank copy writes "-LRB- AP Photo\/Eric Gay -RRB-". Cut out alone: the words around it stay.
_CREDITED = r"(?:[Tt]he\s+)?(?:Washington\s+Post|Associated\s+Press|AP|Reuters|AFP|Getty\s+Images|Bloomberg|EPA)"
PHOTO_CREDIT_INLINE = re.compile(
    r"(?:\(|-LRB-)\s*(?:"
    r"(?:AP|Reuters|AFP)\s+Photo\s*\\?/\s*[^()]{1,60}?"
    r"|[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,5}\s*(?:\\?/\s*|\s+-\s+|\s+via\s+)" + _CREDITED +
    r")\s*(?:\)|-RRB-)"
)
# Reader comment threads and their furniture under an article.
COMMENT_THREAD = re.compile(
    r"this (?:discussion|debate) is (?:now )?closed|we welcome comments|comments are (?:now )?closed|be the first to comment"
    r"|^\s*(?:\d+\s+)?comments?\s*$|sort comments by|(?:view|show) all comments|report abuse\b"
    r"|(?:share your (?:thoughts|views|comments)|leave your comments?) below|take our poll"  # a call for the thread below
    r"|\b(?:leave|share|offer|post|add)\s+(?:your|them|those)\b[^.?!]{0,40}?\bin the comments?(?: section)? below"
    r"|comments (?:to|on) this (?:entry|post|article|story|blog) (?:are|have been) (?:now )?closed",
    re.IGNORECASE,
)
# The stamp under each reader comment: "March 22, 2011 at 12:10 am | Reply", "May 19, 2011 03:55 pm at 3:55 pm |",
# "February 25th, 2011 4:07 am ET". Comment threads run to the end of the page: from the second stamp on,
# everything is a comment.
COMMENT_STAMP = re.compile(
    r"\bposted by [^,.;:]{2,60}?\s?,?\s+on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s?,?\s+"
    r"\d{4}\s?,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*[ap]\.?m\b|"  # a blog's post or reply stamp: "Posted by Phil Davis, on June 4, 2010 4:36 PM"
    r"(?<!(?:mon|tue|wed|thu|fri|sat|sun) )"  # "| Tue Apr 27, 2010 4:08 am EDT" is a wire page's header, not a comment
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,\s+\d{4}\s+"
    r"(?:\d{1,2}:\d{2}\s*(?:am|pm)\s+)?"
    r"(?:at\s+\d{1,2}:\d{2}\s*(?:am|pm)?\s*\||\d{1,2}:\d{2}\s*(?:am|pm)\s*ET\b)",
    re.IGNORECASE,
)
COMMENT_STAMPS_TO_THREAD = 2
# An archive page's list of other stories, each under the stamp of its own update ("Gunners pound rebels, embassies
# sacked after Gadhafi's son said killed updated: Sun May 01 2011 19:01:00 Government forces pounded ..."): a page with
# ``TEASER_STAMPS`` of them lists other stories from the first on, each of another day than the page's.
TEASER_STAMP = re.compile(
    r"\bupdated\s?:\s+(?:mon|tue|wed|thu|fri|sat|sun)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+\d{1,2}\s+\d{4}"
    r"\s+\d{1,2}:\d{2}(?::\d{2})?", re.IGNORECASE)
TEASER_STAMPS = 2
# A news aggregator's roundup of other sites' headlines, flattened into the page: "UK and Ireland Obama forms spill
# commission as oil mess spreads - 44 mins ago Mail Online UK Obama tries to stem ... - 1 hr ago Times of India ...".
# Two stamps or more, each within ``ROUNDUP_GAP`` characters of the one before, make a roundup: it is cut from the stop
# before its first headline to its last stamp.
ROUNDUP_STAMP = re.compile(r"\s-\s\d{1,2}\s(?:mins?|minutes|hrs?|hours?|days?)\sago\b")
ROUNDUP_GAP = 200
ROUNDUP_STAMPS = 2
# A comment's header that names its writer, as BBC blogs and Have Your Say print it: "At 10:14 am on 28 May 2010, pzero
# wrote:", "At 16:23 1st Jun 2010, Uphios wrote:" (Penn-Treebank copy spaces its punctuation). It says what follows
# is a reader's: one opens the thread.
COMMENT_HEADER = re.compile(
    r"\bAt \d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)? (?:on )?\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{4}"
    r"\s*,\s*[^\s,:]{1,40}(?: [^\s,:]{1,40}){0,3}\s+wrote\s*:",
    re.IGNORECASE,
)
# A site's disclaimer for the pages it links to ("The BBC is not responsible for the content of external internet
# sites"): it opens the page's link list, never the story, so it and what follows are furniture.
EXTERNAL_SITES = re.compile(
    r"(?:\b[Tt]he\s+)?\b[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}\s+(?:is|are)\s+not\s+responsible\s+for\s+the\s+content\s+"
    r"of\s+external\s+(?:[Ii]nternet\s+|[Ww]eb\s+)?(?:sites|websites|pages|links)\b")
# A live blog's place and time stamp before an entry: "LIBYA, 1:19 p.m. ET, 8:19 p.m. local: Libyan helicopter
# gunships ...", "LIBYA, 12:02 ET, 7:02 p.m. local: ..." (the entry starts after it: analyse/shown.py cuts it from shown words, nlp.py starts a sentence there).
LIVE_STAMP_BODY = (r"[A-Z][A-Z .'-]{2,},\s+\d{1,2}:\d{2}(?:\s*[ap]\.m\.)?\s+(?:ET|EST|EDT|GMT|BST|local)"
                   r"(?:,\s+\d{1,2}:\d{2}\s*[ap]\.m\.\s+(?:ET|EST|EDT|GMT|BST|local))?:?\s+")
LIVE_STAMP = re.compile("^" + LIVE_STAMP_BODY)
LIVE_STAMP_ANYWHERE = re.compile(r"(?:^|(?<=[.!?”\"]\s))" + LIVE_STAMP_BODY)
# A live page's entry stamp, a 24-hour clock time opening the entry: "1746 UN humanitarian chief John Holmes says ...",
# as BBC live pages print them (the colon lost). A year opens a sentence as well ("1945 ..."), so only a page with
# ``LIVE_CLOCKS`` of them in running order is a live page (``clean.lines._drop_live_clocks``).
LIVE_CLOCK = re.compile(r"^(?P<clock>(?:[01]\d|2[0-3])[0-5]\d):?\s+(?=``|[“\"A-Z])")
LIVE_CLOCKS = 5
# The same stamp inside a line, where a page flattened to one line ran each entry into the one before it ("... being
# taken from shops 2149 Mrs Clinton says ..."); no time zone after it ("at 2100 GMT" is a time told), no determiner or
# preposition before it ("the 2004 tsunami", "from 0100") -- ``LIVE_CLOCK_NOT_AFTER``
LIVE_CLOCK_INLINE = re.compile(r"(?<=\S )(?P<clock>(?:[01]\d|2[0-3])[0-5]\d):?\s+(?=``|[“\"A-Z])(?!(?:GMT|BST|EST|EDT|ET|UTC|CET)\b)")
LIVE_CLOCK_NOT_AFTER = frozenset(
    "the a an this that in on at from to since by of and or until till before after during between than about around "
    "some nearly almost over under every each per no".split()
)
# "(11:32 a.m. Monday ET, 5:32 p.m. Monday in Libya) Coalition members were ...": a live blog's stamp in brackets
LIVE_STAMP_BRACKETED = re.compile(r"\(\d{1,2}:\d{2}\s*[ap]\.m\.\s+(?:[A-Z][a-z]+\s+)?(?:ET|EST|EDT|GMT|BST)\b[^()]{0,60}\)\s+")
# A reporter's attribution in a line ("..., he said", "according to", "told reporters"): a line that has one is the
# article's, whatever voice its words are in (clean/reader_voice.py).
ATTRIBUTION_WORD = re.compile(
    r"\b(?:said|says|say|saying|told|tells|according to|reported|reports|added|stated|announced|explained|"
    r"warned|insisted|wrote|writes|asked|quoted)\b",
    re.IGNORECASE,
)
# Verbs of saying, thinking and naming as news text inflects them: a pronoun right before one is a sayer ("A brigade he
# said consisted of ..."), right after one its subject's ("One of the participants said he had a message").
SAYING_FORMS = ("said says say told tells added adds insisted stated claimed claims argued warned noted explained believed "
                "believes thought thinks hoped hopes felt feels knew knows denied denies admitted admits acknowledged "
                "suggested described called calls").split()
RELATED = re.compile(r"^\s*(?:related (?:articles?|stories|news)|read more|more from|recommended|most (?:read|popular)|advertisement|sponsored)\s*:?\s*$", re.IGNORECASE)

# --- metadata lines ----------------------------------------------------------------------------

BYLINE = re.compile(r"^\s*(?:by|written by|reporting by)\s+(?P<name>[A-Z][^\n]{1,80}?)\s*$", re.IGNORECASE)
PUBLISHED_LINE = re.compile(
    r"^\s*(?:published|posted|updated|date|last updated|created)\s*[:：]?\s*(?P<date>.{6,60}?)\s*$",
    re.IGNORECASE,
)
#: A line that is nothing but a date: "Fri Jun 28 2024", "June 28, 2024", "2024-06-28", "Sept. 14, 2023 - 09:17".
DATE_ONLY_LINE = re.compile(
    r"^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r")"
    r"(?:\s*[-–,|]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:kst|gmt|utc|et|est|edt))?)?\s*$",
    re.IGNORECASE,
)
#: "WASHINGTON (AA) – ", "SEOUL, Sept. 14 (Yonhap) -- ", "WASHINGTON: ", "MOSCOW (Reuters) - "
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'\-]{2,40}?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,4}\.?\s+\d{1,2}))?"
    r"(?:\s*(?:\(|-LRB-\s*)(?P<agency>[A-Za-z][\w .&-]{1,30}?)(?:\)|\s*-RRB-))?"  # Penn-Treebank text: "-LRB- AP -RRB-"
    r"\s*(?:[–—:]|--|-(?=\s))\s*"
)

#: A dateline inside the text, as wire copy prints it after the page's highlights: "(CNN) -- ", "-LRB- Reuters -RRB- - ".
#: A single hyphen counts only after a known agency: "the Disasters Emergency Committee (DEC) - an umbrella
#: group" is an acronym and an apposition (``clean.lines._inline_dateline`` checks both).
INLINE_DATELINE = re.compile(
    r"(?:\(|-LRB-)\s*(?P<agency>[A-Z][A-Za-z.&' ]{0,29}?)\s*(?:\)|-RRB-)\s*(?:--|—|–|-(?=\s))\s*"
)
#: A place dateline inside the text, after a page's captions and promos, as AP and Washington Post copy prints it: "... in
#: Port Eads, La. . AP NEW ORLEANS -- An oil spill ...", "... at risk. PASS CHRISTIAN, MISS. -- In this Gulf Coast
#: fishing town ...". After a sentence's end, a photo credit at most, a place in capitals (with its state), a double dash
#: and a capital: a name in capitals inside a sentence ("the largest company, BP -- which ...") is none.
PLACE_DATELINE = re.compile(
    r"(?:^|(?<=[.!?”\"'] )|(?<=[.!?]  ))(?:(?P<agency>AP|Reuters|AFP)\s+)?"
    r"(?P<place>[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3})"
    r"(?:\s?,\s+(?P<region>[A-Z][A-Za-z]{1,12}\.?(?:\s+[A-Z][A-Za-z]+\.?)?))?"
    r"\s+(?:--|—|–)\s+(?=[A-Z“\"`])"
)
PLACE_DATELINE_LETTERS = 5  # a place in capitals with no state has at least this many letters ("NATO --" is no dateline)
#: Time-zone abbreviations of page stamps, never part of a dateline's place.
TIME_ZONES = frozenset({"ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "GMT", "BST", "UTC", "IST", "CET", "CEST"})
# The words a page's stamp prints its day in ("Friday", "10 September 2010"): one spelling for the stamps below.
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: A page's own time stamp printed between its headline and its story, as the Guardian prints it: "Friday 10 September
#: 2010 18.59 BST" (the time and zone required: a story's own "on Monday 5 July 2010" is no stamp).
PAGE_STAMP = re.compile(
    r"\b(?P<date>" + _WEEKDAY + r"\s+\d{1,2}\s+" + _MONTH + r"\s+\d{4})\s+\d{1,2}[.:]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+"
    r"(?:" + "|".join(sorted(TIME_ZONES)) + r")\b"
)
#: The time stamp a Washington Post page prints before its story: "Friday, October 22, 2010; 8:45 PM" (the semicolon
#: and the clock make it a stamp; a story's own "on Friday, October 22, 2010" is none).
DAY_STAMP = re.compile(
    r"\b(?P<date>" + _WEEKDAY + r"\s*,\s*" + _MONTH + r"\s+\d{1,2}\s*,\s*\d{4})\s*;\s*\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?"
)
#: A page's date and byline before its story, as CNN pages print them: "February 21, 2011 | By Tom Watkins, CNN",
#: "March 31, 2011 | By Fawaz A. Gerges, Special to CNN", "May 14, 2011 | From Ivan Watson, CNN".
BYLINE_STAMP = re.compile(
    r"^(?P<date>" + _MONTH + r"\s+\d{1,2}\s*,\s*\d{4})\s*\|\s*(?:By|From)\s+"
    r"(?P<byline>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*,\s*(?:Special\s+to\s+)?[A-Z][\w.]*(?=\s)"
)
#: A blog post's byline and time stamp before its text, as BBC blogs print them: "Gavin Hewitt | 10:35 UK time, Monday, 18
#: January 2010" (the byline may be missing; the clock and the words "UK time" make it a stamp).
BLOG_STAMP = re.compile(
    r"(?:(?P<byline>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})\s+\|\s+)?\b\d{1,2}:\d{2}\s+(?:UK|GMT|BST|ET|local)\s+time\s*,\s*"
    r"(?P<date>" + _WEEKDAY + r"\s*,\s*\d{1,2}\s+" + _MONTH + r"\s+\d{4})"
)
#: A page's date and update time before its story, as BBC News pages print them: "22 June 2010 Last updated at 05:09 GMT
#: Help" (the page's help link after it).
UPDATED_STAMP = re.compile(
    r"\b(?P<date>\d{1,2}\s+" + _MONTH + r"\s+\d{4})\s+Last\s+updated\s+at\s+\d{1,2}:\d{2}(?:\s+(?:GMT|BST|ET))?(?:\s+Help\b)?"
)
#: ... and as older BBC News pages print it, with the server's error for an include it could not process after it: "Page
#: last updated at 11:51 GMT, Friday, 29 January 2010 (an error occurred while processing this directive)".
PAGE_UPDATED_STAMP = re.compile(
    r"\bPage\s+last\s+updated\s+at\s+\d{1,2}:\d{2}\s+(?:GMT|BST|ET)\s*,\s*" + _WEEKDAY + r"\s*,\s*(?P<date>\d{1,2}\s+" + _MONTH
    + r"\s+\d{4})(?:\s*(?:\(|-LRB-)\s*an error occurred while processing this directive\s*(?:\)|-RRB-))?"  # (or as
    # Penn-Treebank copy brackets it)
)
#: A wire photo's credit, agency first ("REUTERS/Larry Downing"): on a wire blog's page it closes the post's photo,
#: after which the readers' comments print (``reader_voice.thread_after_credit``).
WIRE_PHOTO_CREDIT = re.compile(r"\b(?:REUTERS|Reuters|AFP|AP)\\?/[A-Z][a-z]")  # PTB copy escapes the slash
#: A list bullet a page's conversion printed as the word "cents" (Timeline17's copies of Guardian, CNN and Reuters pages
#: print "•" so: "... after the rig explosion cents Barack Obama under fire cents BP could face criminal charges"): the
#: word before a capital, after no number (``clean/lines._at_bullets``; "84 cents a share" is money).
BULLET_CENTS = re.compile(r"(?:^|(?<=\s))cents\s+(?=[A-Z`\"“‘(])")
#: A web page's note on its print edition, at the foot of the story ("This article was published on guardian.co.uk at
#: 19.00 BST ...", "A version appeared on p30 of the Main section section of the Guardian on ...", "A version of this
#: article appears in print on page A1"): what follows it is the page's furniture (``clean/lines._drop_page_foot``).
PRINT_NOTE = re.compile(r"\bThis article (?:was published|appeared) on (?:guardian|the Guardian)|\bA version (?:of this "
                        r"(?:article|story) )?appear(?:ed|s) (?:in print )?on (?:p(?:age)?\s?[A-Z]?\d+)")
#: A closing bracket, as printed or in Penn-Treebank copy.
CLOSING_BRACKET = re.compile(r"\)|-RRB-")
#: The cue that closes a caption with its credit: "Photograph: Lee Celano/Reuters", "Photograph : Nasa".
PHOTO_CREDIT_CUE = re.compile(r"\b(?:Photograph|Photo|Photos|Picture|Illustration|Composite)\s?:\s+")
#: A gallery photo's caption opening a page with its day ("May 2: A sign on the side of a road ... calls for help.",
#: "Apr. 21: Fire boat crews battle ...", Penn-Treebank copy "May 2 : ..."), as Fox News pages print it before the story.
_SHORT_MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
DATED_CAPTION = re.compile(r"^" + _SHORT_MONTH + r"\s+\d{1,2}(?:\s*,\s*\d{4})?\s*:\s+\S")
LONE_MONTH = re.compile(r"^(?:(?P<credit>.{0,40}?)\s+)?" + _SHORT_MONTH + r"$")  # "Apr." the splitter left alone ("AP Apr.")
#: The credit a gallery caption leaves before the story: a wire ("AP", "AP2010", "Reuters", "AFP/Getty Images", "2010
#: Getty Images"), or a source through one ("Coast Guard via AP", "BP, via Reuters").
CAPTION_CREDIT_RUN = re.compile(
    r"^(?:(?:\d{4}\s+)?(?:AFP\s*\\?/\s*)?Getty\s+Images|AP(?:\d{4}|\s+Photo)?|Reuters|AFP|EPA"
    r"|[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}\s*,?\s+via\s+(?:AP|Reuters|AFP))(?=\s+\S)")
#: A wire photo's credit closing a caption as news sites print it: whole in brackets ("(AP Photo)", "(AP Photo/Eric
#: Gay)"), or as a cue before the photographer's name, which runs into the story ("AP Photo/Jae C. Hong The Superdome
#: ...").
AGENCY_PHOTO_CREDIT = re.compile(  # Penn-Treebank copy brackets with -LRB- and escapes its slash
    r"(?:\(|-LRB-)\s*(?:AP|AFP|EPA|Reuters|Getty)\s+Photos?(?:\s*\\?/\s*(?:(?!-RRB-)[^()]){1,60}?)?\s*(?:\)|-RRB-)"
    r"|\b(?:AP|AFP|EPA|Reuters)\s+Photos?\s*\\?/\s*")
#: A photo credit in brackets, the photographer before the agency, as Washington Post pages print it after the wire's
#: own: "(AP Photo/Alastair Grant) (Alastair Grant - AP)".
NAMED_PHOTO_CREDIT = re.compile(
    r"(?:\(|-LRB-)\s*[A-Z][\w.'’ -]{1,40}?\s+--?\s+(?:AP|AFP|EPA|Reuters|Getty Images|Bloomberg)\s*(?:\)|-RRB-)")
#: Second words of photo agencies' names ("Getty Images", "Rex Features", "Associated Press").
CREDIT_TAILS = frozenset({"Images", "Features", "Press", "Pictures", "Photos", "Media", "Agency", "News", "Domain"})
#: Capitalised words that open a sentence rather than continue a credit's name ("Photograph: AP When Tom ...").
SENTENCE_OPENERS = frozenset(
    "The A An As At After And But For From Here How I If In It Its Now Of On One Since That There These They This "
    "Those Today To We What When While Who Why With Yesterday He She His Her Our Some Many Most Last Next Few".split()
)
#: Head matter before an inline dateline: at least this long to be more than a place name, at most this long
#: to be a page's highlights rather than a story.
HEAD_MATTER_CHARS = (60, 2500)

#: Wire agencies and outlets we recognise in bylines, datelines and credits: pattern -> canonical name.
AGENCIES: dict[str, str] = {
    r"Yonhap(?: News Agency)?": "Yonhap",
    r"AA|Anadolu(?: Agency| Ajansı)?": "Anadolu Agency",
    r"Reuters": "Reuters",
    r"AP|Associated Press": "Associated Press",
    r"AFP|Agence France-Presse": "AFP",
    r"TASS": "TASS",
    r"KCNA|Korean Central News Agency": "KCNA",
    r"Xinhua": "Xinhua",
    r"Kyodo": "Kyodo",
    r"Bloomberg": "Bloomberg",
    r"dpa": "dpa",
    r"UPI": "UPI",
}
AGENCY_RE = re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in AGENCIES) + r")$")

#: Mastheads: a first line naming a publication.
MASTHEAD = re.compile(
    r"^\s*(?:the\s+)?(?:korea herald|korea times|korea joongang daily|chosun ilbo|hankyoreh|"
    r"new york times|washington post|guardian|times|herald|post|daily|tribune|journal|news)\s*$",
    re.IGNORECASE,
)
KNOWN_MASTHEAD = re.compile(r"^\s*(?P<name>(?:The\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*$")

# --- captions ----------------------------------------------------------------------------------

#: Photo credit at the end of a caption: "(Yonhap)", "TASS-Yonhap", "AP Photo/...", "(AFP)".
CAPTION_CREDIT = re.compile(
    r"(?:\((?:Yonhap|AP|AFP|Reuters|EPA|AA|Getty Images|Xinhua|TASS|KCNA|Newsis|News1)\)|"
    r"\b[A-Z]{2,}(?:-[A-Z][a-z]+)+|\b(?:AP|AFP|EPA|Reuters|Getty Images|Yonhap)\s*Photo\b[^.]*|"
    r"\bPhoto\s*(?:by|:|courtesy of)\s*[^.]{2,60}|/\s*(?:Yonhap|AP|AFP|Reuters))\s*\.?\s*$"
)
CAPTION_CUE = re.compile(
    r"\b(?:is|are) seen\b|\bin this (?:captured |file |undated |handout )?(?:image|photo|picture|screenshot)\b|"
    r"^\s*from left\b|\bpictured\b|\bposes? for\b|\b(?:file|handout) photo\b|\(photo\b|\bphoto shows\b",
    re.IGNORECASE,
)
TRAILING_AGENCY_SIGNOFF = re.compile(r"\s*\((?P<agency>Yonhap|AP|AFP|Reuters|AA|Xinhua|Kyodo)\)\s*$")

# --- scripts -----------------------------------------------------------------------------------

#: Runs of characters in scripts that do not belong inside an English sentence.
FOREIGN_SCRIPT_RUN = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]+"
    r"(?:\s+[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]+)*"
)

#: Frequent function words of other European languages (Turkish, German, French, Spanish, Italian, Portuguese, Dutch).
FOREIGN_STOPWORDS = frozenset(
    "ve bir bu da de ile için olarak daha çok gibi ama veya değil "
    "der die das und ist nicht mit sich auf für von dem den eine einer zu auch "
    "le la les et est des une pour pas dans que qui sur du au avec "
    "el los las y es por con para una del se lo su al "
    "il di che della per non sono gli nel alla "
    "não uma com os ao das dos pelo "
    "het een en van niet zijn op te voor met".split()
) - frozenset("a an the to in on is it as at be by or".split())

#: Frequent English function words, for "is this line English?" checks.
ENGLISH_STOPWORDS = frozenset(
    "the a an of to in and or but is are was were be been has have had it its this that these those "
    "for on with as by at from not no he she they we you i his her their our us them said says will would "
    "could should can may about over after before into than then there which who whom what when where".split()
)
