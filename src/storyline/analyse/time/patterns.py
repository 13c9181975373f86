"""Every pattern and word list the time-expression recogniser and publication-date inference use."""

from __future__ import annotations

import re

from storyline.analyse import lexicon as L

# shared word lists (storyline.analyse.lexicon), under this stage's names
MONTHS = L.MONTHS
WEEKDAYS = L.WEEKDAYS


NUMBER_WORDS = L.NUMBER_WORDS
VAGUE_NUMBERS = {"several", "a few", "few", "many", "some", "the next few", "recent", "coming", "the last few"}
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}
# unit word -> (ISO 8601 duration letter(s), is-a-time-unit, granularity)
UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "second"), "minute": ("M", True, "minute"), "hour": ("H", True, "hour"),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "weekend": ("WE", False, "week"), "fortnight": ("W", False, "week"),
    "month": ("M", False, "month"), "quarter": ("Q", False, "quarter"), "year": ("Y", False, "year"),
    "decade": ("E", False, "decade"), "century": ("C", False, "century"),
}  # fmt: skip
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "these days": "PRESENT_REF", "the moment": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF", "right now": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF", "once": "PAST_REF", "earlier": "PAST_REF",
    "in the past": "PAST_REF", "recent years": "PAST_REF", "recent months": "PAST_REF",
    "recent weeks": "PAST_REF", "recent days": "PAST_REF", "the future": "FUTURE_REF",
    "future": "FUTURE_REF", "soon": "FUTURE_REF", "shortly": "FUTURE_REF", "the near future": "FUTURE_REF",
    "coming years": "FUTURE_REF", "coming months": "FUTURE_REF", "coming weeks": "FUTURE_REF",
    "coming days": "FUTURE_REF", "the coming years": "FUTURE_REF", "the coming months": "FUTURE_REF",
    "the coming weeks": "FUTURE_REF", "the coming days": "FUTURE_REF", "later": "FUTURE_REF",
}  # fmt: skip
DAY_WORDS: dict[str, int] = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
SET_WORDS: dict[str, tuple[str, str]] = {
    "daily": ("P1D", "day"), "weekly": ("P1W", "week"), "monthly": ("P1M", "month"),
    "annually": ("P1Y", "year"), "yearly": ("P1Y", "year"), "hourly": ("PT1H", "hour"),
    "quarterly": ("P1Q", "quarter"), "nightly": ("P1D", "day"),
}  # fmt: skip

# --- tense and direction cues --------------------------------------------------------------
FUTURE_AUX = {"will", "'ll", "shall", "wo", "going", "gon"}
# Prepositions that set an act before the clause they hang on ("After giving up on Saturday ..., BP is pursuing").
EARLIER_ACT_PREPS = {"after", "since", "following"}
FUTURE_LEMMAS = {
    "plan", "expect", "schedule", "due", "set", "intend", "aim", "prepare", "visit", "hope", "upcoming",
    "announce", "propose", "slate",
}
# Of those, the nouns and adjectives that point ahead by themselves ("plans for Friday", "due on Monday"); a visit or a
# proposal may lie either side of the page's date ("After Obama's visit to Louisiana at the weekend, ... said").
FUTURE_NOUN_LEMMAS = FUTURE_LEMMAS - {"visit", "announce", "propose", "prepare"}
PAST_AUX_TAGS = {"VBD", "VBN"}
FUTURE_WORDS_RE = re.compile(r"\b(?:will|'ll|shall|going to|is to|are to|plans? to|expected to|scheduled to|due to)\b", re.I)
PAST_WORDS_RE = re.compile(r"\b(?:said|was|were|had|did|\w+ed)\b", re.I)

# --- recognition patterns -------------------------------------------------------------------
_MONTH = (
    r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)|March|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
_WEEKDAY = r"(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?P<plural>s)?"
_WEEKDAY2 = _WEEKDAY.replace("?P<weekday>", "?P<weekday2>").replace("?P<plural>", "?P<plural2>")
_PART = r"(?P<part>morning|afternoon|evening|night|overnight)"
_NUMWORD = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|a hundred|half a|one and a half|a couple of|couple of|a dozen|dozen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine))"
)
_VAGUE = r"(?:several|a few|few|many|some)"
_UNIT = r"(?P<unit>second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centurie)s?(?!\w)"
_UNIT_SG = r"(?P<unit>second|minute|hour|day|night|week|month|quarter|year|decade|century)"
_NUM = rf"(?P<num>{_NUMWORD}|{_VAGUE})"
_SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
_MOD = r"(?P<mod>early|mid|late|the end of|the beginning of|the start of|the middle of|end of|beginning of)"
_REL = r"(?P<rel>last|next|this|past|coming|previous|following|current|same|that|the past|the last|the next|the coming|the previous|the following|the current|the same|the latest|latest|the most recent)"
_TZ = r"(?:\s*(?P<tz>[ECMP][SD]T|GMT|UTC))?"

RANGE_CONNECTOR = re.compile(r"^\s*(?:to|until|till|through|and|-|–)\s*$", re.I)

# (kind, pattern) in priority order: on overlapping matches the longest wins, then the earlier kind.
PATTERN_SOURCES: list[tuple[str, str]] = [
    ("iso_date", r"\b(?P<year>(?:19|20)\d\d)-(?P<monthnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("slash_date", r"\b(?P<monthnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)\b"),
    ("weekday_range", rf"\b(?:from\s+)?{_WEEKDAY}\s+(?:to|until|through)\s+{_WEEKDAY2}\b"),
    ("month_day_range", rf"\b{_MONTH}\s+{_DAY}\s*(?:-|–|to|through|and)\s*{_DAY2}(?:,?\s+{_YEAR})?\b"),
    ("full_date", rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("full_date", rf"\b(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),
    ("month_day_rel_year", rf"\b{_MONTH}\s+{_DAY},?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"),
    ("month_day", rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}\b(?!\s*(?:%|percent|\.\d|,\d))"),
    ("month_day", rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b"),
    ("month_year", rf"\b(?:(?P<mod>early|mid|late)[- ]|(?:the\s+)?(?:end|beginning|start|middle) of\s+)?{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"),
    ("rel_month", rf"\b(?P<rel>last|next|this|early|late|mid|earlier this|later this|early this|late this|early next|late last|early last)[- ]{_MONTH}\b"),
    ("month_rel_year", rf"\b{_MONTH}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"),
    ("month", rf"\b(?:(?P<mod>early|mid|late)[- ]|(?:the\s+)?(?:end|beginning|start|middle) of\s+)?{_MONTH}(?!\w)"),
    ("holiday", r"\b(?P<holiday>Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|Independence Day|Election Day|Veterans Day|Memorial Day|Labor Day|Halloween|Valentine's Day)(?:\s+{_YEAR})?\b".replace("{_YEAR}", _YEAR)),
    ("time_day", rf"\b(?:(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)|(?P<named>noon|midnight)){_TZ}\s+(?:on\s+)?(?:{_WEEKDAY}|{_MONTH}\s+{_DAY})\b"),
    ("time", rf"\b(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)(?=\W|$){_TZ}(?:\s+(?P<dayword>today|tonight|yesterday|tomorrow))?"),
    ("time", rf"\b(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)\b(?!\s*(?:percent|%)){_TZ}"),
    ("time", r"\b(?P<named>noon|midnight|midday)\b"),
    ("weekday_part", rf"\b(?:(?P<rel>last|next|this|early|late|the previous|the following)\s+)?{_WEEKDAY}(?:\s+{_PART}(?P<partplural>s)?)?\b"),
    ("dayword_part", r"\b(?P<dayword>yesterday|tomorrow|today)\s+(?P<part>morning|afternoon|evening|night)\b"),
    ("this_part", r"\b(?P<rel>this|last|later this|early this|earlier this)\s+(?P<part>morning|afternoon|evening)\b"),
    ("last_night", r"\blast\s+night\b"),
    ("dayword", r"\b(?:(?:late|early|earlier|later)\s+)?(?P<dayword>today|tonight|yesterday|tomorrow)\b"),
    ("quarter", rf"\b(?:(?:the|its|their|a)\s+)?(?:(?P<year2>(?:19|20)\d\d)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter(?:\s+(?:of\s+)?(?:fiscal\s+)?{_YEAR})?"),
    ("quarter_rel", r"\b(?:the\s+quarter\b(?!\s+(?:of|century|point))|(?:the\s+)?(?P<rel>latest|last|current|previous|same|year-ago|year-earlier|year earlier|coming|next|this|recent)[- ](?:fiscal[- ])?(?P<unit>quarter|period)\b)"),
    ("half", rf"\b(?:the\s+)?(?P<ord>first|second)[- ]half(?:\s+of\s+(?:fiscal\s+)?{_YEAR})?"),
    ("fiscal_year", rf"\b(?:the\s+)?fiscal(?:\s+year)?\s+{_YEAR}\b"),
    ("fiscal_year", r"\bfiscal\s+(?P<year2>\d\d)\b"),
    ("decade", r"\b(?:the\s+)?(?P<mod>early|mid|late)?[- ]?(?P<decade>(?:1[6-9]|20)\d0)'?s\b"),
    ("year_mod", rf"\b(?:(?P<mod>early|mid|late)[- ]|the (?:end|beginning|start|middle) of\s+){_YEAR}\b"),
    ("season", rf"\b(?:(?P<rel>last|next|this|early|late|early next|late last|this past)\s+{_SEASON}(?:\s+(?:of\s+)?{_YEAR})?|(?:the\s+)?{_SEASON.replace('?P<season>', '?P<season2>')}\s+(?:of\s+)?{_YEAR.replace('?P<year>', '?P<year2>')})\b"),
    ("offset", rf"\b(?:(?:nearly|almost|about|around|some|more than|less than|over|roughly|at least|just|only)\s+)?{_NUM}(?:\s+(?P<frac>1/2|and a half))?[- ]{_UNIT}\s+(?P<dir>ago|earlier|later|before|after|from now|hence)\b"),
    ("offset", rf"\b(?P<dir2>a|one)\s+{_UNIT_SG}\s+(?P<dir>ago|earlier|later|before|after|from now)\b"),
    ("offset_compound", rf"\b(?P<num>a|an|one|two|three)\s+{_UNIT_SG}s?\s+and\s+a\s+half\s+(?P<dir>ago|earlier|later|from now)\b"),
    ("year_end", r"(?:(?<=\bsince )(?P<pre>)|(?<=\bby ))?\b(?:the\s+)?(?P<rel>last\s+)?year[- ]end\b"),
    ("year_earlier", r"\b(?:the\s+)?(?P<unit>year|month|week)[- ](?:earlier|ago)(?:\s+(?:period|quarter|level|figure|month|week))?\b"),
    ("rel_unit", rf"\b(?P<mod>earlier|later|early|late|the end of|the beginning of|the start of|the middle of|end of)?\s*{_REL}\s+{_UNIT_SG}\b(?!\s+(?:old|long))"),
    ("rel_unit", rf"\b(?P<mod>earlier|later|early|late)\s+this\s+{_UNIT_SG}\b"),
    ("rel_weekend", r"\b(?P<rel>last|next|this|the|the past|the coming|this past)\s+weekend\b"),
    ("the_year", r"\b(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?the\s+year\b(?![- ](?:earlier|ago|end|before|after|old|long|two thousand)\b|-)(?:(?=\s+(?P<ended>ended|ending|ends|through|to date)\b)|(?!\s+(?:ended|ending|ends|through|to date)\b))"),
    ("term", r"\bthe\s+(?P<term>near|short)[- ]term\b"),
    ("duration", rf"\b(?:(?:the|a|its|their)\s+)?(?:(?P<rel>past|last|next|first|coming|previous|final|following|remaining|initial|latest|recent)\s+)?(?:(?:at least|more than|less than|about|nearly|almost|around|some|over|only|just|up to|roughly)\s+)?{_NUM}(?:[- ](?:and[- ]a[- ]half)|\s+(?P<frac>1/2))?(?:\s+(?:more|additional|extra))?[- ]{_UNIT}(?:\s+and\s+a\s+half)?(?![- ](?:old|olds)\b)"),
    ("duration_plain", rf"\b(?P<rel>past|last|next|first|previous)\s+{_UNIT}s\b"),
    ("unit_long", r"\b(?P<unit>hour|day|week|month|year)-long\b"),
    ("ahead", r"\bthe\s+(?P<unit>days|weeks|months|years)\s+(?:ahead|to come)\b"),
    ("recent_units", r"\brecent\s+(?P<unit>centuries|decades|years|quarters|months|weeks|days|hours|minutes)\b"),
    ("century", r"\b(?:the\s+)?(?P<cent>\d{1,2})(?:st|nd|rd|th)[- ]century\b"),
    ("fiscal_rel", r"\bthe\s+(?:(?P<rel>latest|current|last|previous|next|coming|new)\s+)?fiscal\s+year\b(?!\s+(?:19|20)\d\d)"),
    ("duration_vague", r"\b(?P<unit>centuries|decades|years|months|weeks|days|hours|minutes)\b(?!\s+(?:old|of age))"),
    ("set", r"\b(?P<setword>daily|weekly|monthly|annually|yearly|hourly|nightly)\b"),
    ("set_every", rf"\b(?P<q>every|each|per|a)\s+(?:(?P<num>other|two|three|four|five|six|\d+)\s+)?{_UNIT_SG}\b"),
    ("set_every_weekday", rf"\b(?P<q>every|each)\s+{_WEEKDAY}\b"),
    ("year", rf"(?<![\$\d.,#-])(?:\bthe\s+year\s+)?\b{_YEAR}\b(?![\d,.]\d|\s*(?:%|percent)|-\d)"),
    ("reference", r"\b(?P<ref>the near future|the coming (?:years|months|weeks|days)|coming (?:years|months|weeks|days)|in the past|the past|the future|at present|at the moment|right now|these days|nowadays|currently|presently|recently|lately|now|future|current|recent)\b"),
]  # fmt: skip

PATTERNS: list[tuple[str, re.Pattern[str]]] = [(kind, re.compile(src, re.I)) for kind, src in PATTERN_SOURCES]

# --- pre-check: lower-case substrings one of which every match of a kind contains ------------
# find_candidates runs a kind's patterns only in windows around these (most text has none).
_DIGITS = tuple("0123456789")
_MONTH_TRIGGERS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY_TRIGGERS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNIT_TRIGGERS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade", "centur")
TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso_date": _DIGITS, "slash_date": ("/",), "weekday_range": _WEEKDAY_TRIGGERS,
    "month_day_range": _MONTH_TRIGGERS, "full_date": _MONTH_TRIGGERS, "month_day": _MONTH_TRIGGERS, "month_day_rel_year": _MONTH_TRIGGERS,
    "month_year": _MONTH_TRIGGERS, "rel_month": _MONTH_TRIGGERS, "month_rel_year": _MONTH_TRIGGERS,
    "month": _MONTH_TRIGGERS,
    "holiday": ("thanksgiving", "christmas", "new year", "independence", "election", "veterans", "memorial", "labor", "halloween", "valentine"),
    "time_day": _WEEKDAY_TRIGGERS + _MONTH_TRIGGERS, "time": _DIGITS + ("noon", "midnight", "midday"),
    "weekday_part": _WEEKDAY_TRIGGERS, "dayword_part": ("today", "yesterday", "tomorrow"),
    "this_part": ("morning", "afternoon", "evening"), "last_night": ("night",),
    "dayword": ("today", "tonight", "yesterday", "tomorrow"), "quarter": ("quarter",),
    "quarter_rel": ("quarter", "period"), "half": ("half",), "fiscal_year": ("fiscal",), "decade": _DIGITS,
    "year_mod": _DIGITS, "season": ("spring", "summer", "fall", "autumn", "winter"), "offset": _UNIT_TRIGGERS,
    "offset_compound": _UNIT_TRIGGERS, "year_end": ("year",), "year_earlier": _UNIT_TRIGGERS,
    "rel_unit": _UNIT_TRIGGERS, "rel_weekend": ("weekend",), "the_year": ("year",), "term": ("term",),
    "duration": _UNIT_TRIGGERS, "duration_plain": _UNIT_TRIGGERS, "recent_units": ("recent",),
    "century": ("centur",), "ahead": ("ahead", "to come"), "unit_long": ("-long",), "fiscal_rel": ("fiscal",), "duration_vague": _UNIT_TRIGGERS,
    "set": ("daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "quarterly"),
    "set_every": _UNIT_TRIGGERS, "set_every_weekday": _WEEKDAY_TRIGGERS, "year": _DIGITS,
    "reference": ("future", "coming", "past", "present", "moment", "now", "these days", "current", "recent", "lately"),
}  # fmt: skip
# characters a match may reach to either side of its trigger (with room for look-arounds)
TRIGGER_WINDOW = 160

# tried only inside a spaCy DATE/TIME entity that no pattern above matched; kept only if the whole
# entity (less a leading determiner or hedge) matches and gets a value
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# a part of day with no day of its own ("late in the afternoon"): the publication date's, or the day the text is telling
_BARE_DAY_PART = r"^(?:(?:early|late|later|earlier)\s+(?:in\s+)?)?(?:the\s+)?(?:(?P<mod>mid)[- ]?)?(?P<part>morning|afternoon|evening|overnight)$"
BARE_DAY_PART_RE = re.compile(_BARE_DAY_PART, re.I)
ENTITY_PATTERN_SOURCES: list[tuple[str, str]] = [
    ("spelled_year", rf"^(?:the\s+year\s+)?(?:(?P<century>nineteen|eighteen)\s+(?:(?P<tens>{_TENS})(?:[- ](?P<ones>{_ONES}))?|(?P<teens>{_TEENS}))|(?P<millennium>two\s+thousand)(?:\s+and)?(?:\s+(?P<ones2>{_ONES}|{_TEENS}))?)$"),
    ("season_bare", r"^(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)$"),
    ("day_part", _BARE_DAY_PART),
    ("plural_units", r"^(?:the\s+)?(?P<unit>hours|days|weeks|months|years|decades)$"),
]  # fmt: skip
ENTITY_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(kind, re.compile(src, re.I)) for kind, src in ENTITY_PATTERN_SOURCES]
ENTITY_LABELS = {"DATE", "TIME"}
SPELLED_TENS: dict[str, int] = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

# anaphoric expressions valued from the latest earlier date in the text
ANAPHORIC_RE = re.compile(r"\b(?P<rel>that|the same|same|the following|following)\s+(?P<unit>day|night|week|month|quarter|year)\b", re.I)

# --- extent conventions (TimeML: no determiner before an adjectival "two-week", no possessive, no
# hedge on a length, no preposition after it) ------------------------------------------------
_ADJ_UNIT = r"[\w.]+-(?:second|minute|hour|day|night|week|month|quarter|year|decade)\b"
LEADING_DETERMINER = re.compile(rf"^(?:(?:a|an|the)\s+(?={_ADJ_UNIT})|(?:its|their|his|her|our)\s+)", re.I)
LEADING_HEDGE = re.compile(r"^(?:about|nearly|almost|only|just|over|roughly|approximately)\s+(?!the\b)", re.I)
HEDGE_TRIM_KINDS = {"duration"}
TRAILING_PREPOSITION = re.compile(r"\s+(?:after|before)$", re.I)
PREPOSITION_TRIM_KINDS = {"offset", "offset_compound"}

# matches that need a capital letter to count (month and weekday names are ambiguous in lower case)
CASE_SENSITIVE_KINDS = {"month_rel_year", "month_day_rel_year", "month", "month_day", "month_year", "rel_month", "full_date", "month_day_range"}
LOWER_MONTH_BLOCK = {"may", "march", "mar", "jan", "dec", "sep", "june", "jun", "jul", "aug", "oct", "nov", "feb", "apr"}
# words before a bare capitalized month/"May" that show it is not a month (names, modal uses)
NOT_MONTH_BEFORE = re.compile(r"(?:\b(?:Theresa|Brian|Karl|Mr\.|Ms\.|Mrs\.|Dr\.)\s*)$")
# "current", "recent", "future", "now", "once", "earlier", "later" are timexes only in some uses
REFERENCE_NEEDS_NOUN = {"current", "recent", "future"}
# a duration before these nouns is part of a larger noun phrase; still a DURATION ("a two-year contract")
SKIP_AFTER_YEAR = re.compile(
    r"^\s*(?:(?:people|troops|shares|tons|units|votes|acres|miles|barrels|feet|meters)\b"
    r"|\(\s*\d{3,4}\s*(?:GMT|UTC|BST|EST|EDT|ET)\s*\)|(?:GMT|UTC|BST|EST|EDT|local\s+time)\b)",  # a clock: "at 1653 (2153 GMT)"
    re.I)
# A year-like number that numbers a thing: "U.N. Resolution 1973", "Flight 1549", "No. 2010", "$2011".
NUMBERED_BEFORE_YEAR = re.compile(
    r"(?:No\.|\bnumber|\$|US\$|\b(?:resolution|flight|route|highway|article|section|chapter|paragraph|rule|bill|"
    r"case|room|model|item|code|form|bus|platform|gate|amendment|protocol)s?)\s*$", re.I)

# holiday -> (month, day) or (month, weekday, nth) for floating ones (nth = -1: last)
HOLIDAYS: dict[str, tuple[int, int, int | None]] = {
    "christmas": (12, 25, None), "christmas day": (12, 25, None), "christmas eve": (12, 24, None),
    "new year's day": (1, 1, None), "new year's eve": (12, 31, None), "independence day": (7, 4, None),
    "halloween": (10, 31, None), "valentine's day": (2, 14, None), "veterans day": (11, 11, None),
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "election day": (11, 1, 1),
}  # fmt: skip

# --- publication-date inference -------------------------------------------------------------
WORD_RE = re.compile(r"[A-Za-z][A-Za-z]+")
STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for from with as is are was were be been being has have had
    do does did will would shall should can could may might must it its this that these those he she they we
    you i him her them us our their his my your who whom which what when where why how not no than then so
    such also about after before over under into out up down more most other some any each both either all
    said says say told tell according there here very just only even still yet while amid since during
    against between through per week weeks day days month months year years monday tuesday wednesday
    thursday friday saturday sunday today yesterday tomorrow last next this ago earlier later""".split()
)
SUFFIXES = ("ing", "ed", "es", "s")
# relative expressions whose value depends on the publication date, by candidate kind
RELATIVE_KINDS = {"weekday_part", "weekday_range", "rel_unit", "dayword"}
# a span of N years from an explicit past date: "first trip ... in 24 years ... last visited in July 2000"
YEARS_SINCE_RE = re.compile(r"\b(?:in|for|after|first\b[^.]{0,60}\bin)\s+(?P<n>\d+|[a-z]+)\s+years\b", re.I)

# The basis of a weekday some such ("On a recent Wednesday morning", "One Friday"): no date, and no weekday to refine.
SOME_SUCH_DAY = "some such day, not one the text dates"
# ... and of "the same day" a relative clause tells ("on the same day he learned of the accident").
TOLD_BY_CLAUSE = "the day of the happening its clause tells, which the text does not date"
