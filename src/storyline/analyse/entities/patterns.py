"""Word lists, regexes and the country table used by entity resolution, in one place.

Country codes always come from ``pycountry``; the tables here only name countries in the
words news uses ("Russia", "the DPRK", "Pyongyang") and point them at a pycountry name.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from storyline.analyse import lexicon as L
from storyline.patterns import TIME_ZONES

NAME_CACHE = 65536  # names kept by the pure name functions' caches: a corpus repeats each name thousands of times

# shared word lists (storyline.analyse.lexicon), under this stage's names
RELATIVE_PRONOUNS = L.ANTECEDENT_RELATIVE_PRONOUNS
GENERIC_ROLE_NOUNS = L.GENERIC_TITLE_NOUNS
PLURAL_PRONOUNS = L.PLURAL_PRONOUNS
PRONOUN_KINDS = L.PRONOUN_KINDS
PRONOUN_GENDER = L.PRONOUN_GENDER
GENDERED_NOUNS = L.GENDERED_NOUNS
ROLE_NOUNS = L.ROLE_NOUNS
#: Trades a broadcast transcript captions its speakers with ("CARL AZUZ, CNN STUDENT NEWS ANCHOR:"), beside the role nouns.
CAPTION_ROLES = frozenset({"anchor", "author", "host", "contributor", "producer", "analyst"})
OCCUPATION_NOUNS = L.OCCUPATION_NOUNS

# --- names -------------------------------------------------------------------------------------

#: The Arabic article in transliterated names, in its assimilated forms: "al-Obeidy", "el-Baradei", "ad-Dawla",
#: "az-Zawiya". A name of the article and one word is a bare surname; spellings compare without it.
NAME_ARTICLES = ("al", "el", "ul", "ad", "ar", "as", "az")
NAME_ARTICLE = re.compile(r"^(?:" + "|".join(NAME_ARTICLES) + r")[- ]")

#: Month and weekday names and their abbreviations: a "name" made only of these and numbers is a date
#: ("Fri Mar 25 2011", "Thu Jun" from page stamps), never an entity.
CALENDAR_WORDS = frozenset(
    {*L.MONTH_NAMES, *(m[:3] for m in L.MONTH_NAMES), "sept", "tues", "thur", "thurs", *L.WEEKDAY_NAMES,
     *(d[:3] for d in L.WEEKDAY_NAMES)}
)
#: An outlet or section acronym run into the name after it ("CNN Obama", "ET Obama" from "… ET Obama said").
GLUED_ACRONYM = re.compile(r"^[A-Z]{2,5}\s+(?=[A-Z][a-z])")


def calendar_only(text: str) -> bool:
    """Two or more words, all month or weekday names, their abbreviations, numbers or time zones ("Sun Apr 10 2011",
    "GMT 2 June"), or a time zone alone ("ET" from "10 ET Obama said")."""
    if text.strip() in TIME_ZONES:
        return True
    words = re.findall(r"[a-z]+|\d+", text.casefold())
    return len(words) >= 2 and all(w.isdigit() or w in CALENDAR_WORDS or w.upper() in TIME_ZONES for w in words)


SIDE_PREFIX = re.compile(r"^(?:pro|anti)-", re.IGNORECASE)  # "pro-Gadhafi", "anti-Western": a side taken, not a name
# "USS Stout", "the U.S.S. Barry", "HMS Cumberland": a ship, named like a person or a body but neither.
VESSEL_PREFIX = re.compile(r"^(?:the\s+)?(?:U\.?S\.?S\.?|H\.?M\.?S\.?|HMCS)\s+[A-Z]")
# Nouns of a people bound by descent: a name before or beside one ("the Obeidi tribe", "Obeidi tribesmen", "Younes'
# powerful tribe, the Obeidi") names a group of people, neither a body nor a place.
KIN_GROUP_NOUNS = frozenset("tribe tribes tribesman tribesmen clan clans clansmen".split())
# Nouns of made things a name can be the make or model of: "Katyusha rockets", "Harrier jets", "iPhone apps".
ARTEFACT_NOUNS = frozenset(
    """rocket missile jet plane aircraft fighter bomber helicopter drone rifle gun launcher tank vehicle truck
    ship destroyer frigate submarine carrier warship bomb shell round phone smartphone""".split()
)
# Nouns of craft and installations a name before them names ("the Deepwater Horizon rig", "the Exxon Valdez tanker", "the
# Macondo well"), unless the name is an organisation's, which owns or runs it ("a BP rig", "a Transocean rig").
CRAFT_NOUNS = frozenset("rig platform vessel tanker barge ferry boat well".split())
# Quotation marks a mention's span took in with the name ("“Operation Iraqi Freedom").
NAME_QUOTES = "\"'“”‘’«»"


#: One word made an adjective by an affix ("anti-Western", "Gadhafi-free", "Ottoman-style"): a quality, no name.
AFFIXED_ADJECTIVE = re.compile(r"^(?:(?:anti|non|post|pre|ex)-\S+|\S+-(?:free|style|like))$",
                               re.IGNORECASE)
#: A name set after a prefix in lower case ("pro-Moammar Gadhafi", "pro-Gadhafi", "post-Moammar Gadhafi", "anti-Gadhafi
#: Libyans"): for or against someone, a side, no name (a name's own prefix is capitalised: "Non-Aligned Movement").
PREFIXED_NAME = re.compile(r"^(?:anti|non|post|pre|ex|pro)-[A-Z]")


def not_a_name(text: str) -> bool:
    """Words no name is made of: no capital letter at all ("the coast west", "jihadist"), two things joined by "or"
    ("Predator or Reaper"), a title's abbreviation alone ("Col", "Lt. Cmdr"), which names no one until a name
    follows it, one word an affix makes an adjective ("anti-Western", "Gadhafi-free"), a name after a prefix in
    lower case ("pro-Moammar Gadhafi"), a transcript's note ("(INAUDIBLE)", "(CROSSTALK)"), a company's suffix alone
    ("LLC" of "MOEX Offshore 2007 LLC", split off by the tagger) or a code of five digits or more ("(ID: nN15210454)")."""
    words = [w.strip(".").casefold() for w in text.split()]
    abbreviated = bool(words) and all(w in TITLE_ABBREVIATIONS for w in words)
    bare = text.strip().strip("’'\"“”")
    return (not any(ch.isupper() for ch in text) or " or " in text or abbreviated
            or bool(AFFIXED_ADJECTIVE.match(bare) or PREFIXED_NAME.match(bare))
            or " ".join(words) in TRANSCRIPT_NOTES or bare.rstrip(".") in CORPORATE_SUFFIXES or bool(LONG_CODE.search(bare)))


#: A company's legal suffix as written, which names no one alone ("INC", the Interim National Council, is a name).
CORPORATE_SUFFIXES = frozenset({"LLC", "Inc", "Ltd", "Plc", "PLC", "Corp", "Co", "GmbH", "LLP"})
#: Five digits or more in a would-be name: a story's or a document's code, no name.
LONG_CODE = re.compile(r"\d{5,}")
#: Degrees and suffixes as written after a person's name and a comma ("Robert Rigg, MD"): no place, no body ("Bowie,
#: Md." is a town the tagger read as a person, and its state).
NAME_SUFFIXES = frozenset({"MD", "M.D", "PhD", "Ph.D", "DDS", "DVM", "RN", "MPH", "Esq", "Jr", "Sr"})


#: What a broadcast transcript sets in brackets between the words spoken: notes on the recording, no names.
TRANSCRIPT_NOTES = frozenset({"inaudible", "unintelligible", "indiscernible", "crosstalk", "laughter", "applause",
                              "begin videotape", "end videotape", "begin video clip", "end video clip",
                              "commercial break", "through translator", "voice-over", "on camera"})


def glued_prefix(text: str) -> int:
    """Length of an all-capital word run into a mixed-case name ("CNN Obama" -> 4), else 0."""
    match = GLUED_ACRONYM.match(text)
    return match.end() if match and not text.isupper() else 0


#: Honorifics and bare titles stripped from the front of a person mention before comparing names.
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
    "president", "vice", "premier", "chancellor", "king", "queen", "prince", "princess", "pope",
    "gen", "general", "col", "colonel", "lt", "capt", "captain", "adm", "admiral", "maj", "major",
    "sen", "senator", "senators", "rep", "representative", "gov", "governor", "mayor", "judge",
    "justice", "minister", "secretary", "ambassador", "chairman", "chairwoman", "leader",
    "deputy", "spokesman", "spokeswoman", "spokesperson", "ceo", "chief", "comrade", "marshal",
} | L.TITLE_ABBREVIATIONS  # and the abbreviated titles, plurals too: "Reps. Henry Waxman ... and Bart Stupak" is Waxman

#: US states as news style abbreviates them after a town ("Grand Isle, La.", "Pensacola, Fla."): the state's place.
US_STATE_ABBREVIATIONS = {
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california", "colo.": "colorado",
    "conn.": "connecticut", "del.": "delaware", "fla.": "florida", "ga.": "georgia", "ill.": "illinois",
    "ind.": "indiana", "kan.": "kansas", "ky.": "kentucky", "la.": "louisiana", "md.": "maryland",
    "mass.": "massachusetts", "mich.": "michigan", "minn.": "minnesota", "miss.": "mississippi", "mo.": "missouri",
    "mont.": "montana", "neb.": "nebraska", "nev.": "nevada", "n.h.": "new hampshire", "n.j.": "new jersey",
    "n.m.": "new mexico", "n.y.": "new york", "n.c.": "north carolina", "n.d.": "north dakota", "okla.": "oklahoma",
    "ore.": "oregon", "pa.": "pennsylvania", "r.i.": "rhode island", "s.c.": "south carolina", "s.d.": "south dakota",
    "tenn.": "tennessee", "tex.": "texas", "vt.": "vermont", "va.": "virginia", "wash.": "washington",
    "w.va.": "west virginia", "wis.": "wisconsin", "wyo.": "wyoming",
}
#: The states' names: a state speaks for its government as a country does ("Louisiana says it will ...").
US_STATES = frozenset(US_STATE_ABBREVIATIONS.values()) | {"alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "utah"}
#: What may follow a state's or country's full name that closes a town's address ("Cedar Crest, New Mexico: Can they
#: ...", "Bayou La Batre, Alabama, the ..."): a mark, a dash or the text's end; a word after it makes the state a
#: modifier of something else ("Mary Landrieu, Louisiana Democrat", "Nicholas Kristof, New York Times").
ADDRESS_END = re.compile(r"\s*(?:[,:;.)]|--?|$)")
#: What may not follow a state's abbreviation ("Joe Morton, Ala.'s ..."): a lower-case word or a possessive.
ABBREVIATION_RUNS_ON = re.compile(r"\s*(?:[a-z]|['’]s\b)")
#: An age set off after a name, then "of" ("Marvin Alfaro, 32, of Woodbridge"): a hometown follows.
AGE_THEN_OF = re.compile(r",\s*\d{1,3},\s+of\s+$")


def state_after(text: str) -> bool:
    """Whether ``text`` (what follows a name) opens with a comma and a US state, written out or in news style's
    abbreviation, or a country, that ends the address: the name before it is a town ("Metairie, La.: Why would ...",
    "Cedar Crest, New Mexico:", "GULF SHORES, ALA. -- When ...")."""
    found = re.match(r",\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})", text)
    if found is None:
        return False
    words = list(re.finditer(r"\S+", found.group(1)))
    for n in range(len(words), 0, -1):
        name = found.group(1)[: words[n - 1].end()]
        after = text[found.start(1) + words[n - 1].end() :]
        folded = " ".join(name.casefold().split())
        if folded in US_STATE_ABBREVIATIONS:
            return ABBREVIATION_RUNS_ON.match(after) is None
        if name.endswith("."):  # "..., Libya." ends the sentence: the mark is no part of the name
            name, folded, after = name[:-1], folded[:-1], "." + after
        if re.search(r"['’]s$", name):
            continue  # "Britain's ...": the country owns what follows
        if (folded in US_STATES or country_code(name)) and ADDRESS_END.match(after):
            return True
    return False


#: Shortened titles and honorifics: never a name on their own ("Col" stood for twelve colonels as one person).
TITLE_ABBREVIATIONS = L.TITLE_ABBREVIATIONS | {"mr", "mrs", "ms", "dr", "prof"}

# Role nouns (ROLE_NOUNS, GENERIC_ROLE_NOUNS) live in storyline.analyse.lexicon.

#: Words between title words that may continue a title leftwards ("Secretary of State", "Ambassador to the UN").
TITLE_CONNECTORS = {"of", "for", "to", "the", "at", "on", "and", "'s", "’s", "-"}

#: Words that are never the first name of a garbled variant ("President Wood", "Deputy Wood").
NOT_A_FIRST_NAME = HONORIFICS | ROLE_NOUNS | {
    "the", "a", "an", "and", "but", "or", "when", "while", "then", "last", "next", "this", "that",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "north", "south",
    "east", "west", "new", "old", "former", "acting", "us", "u.s.", "un", "u.n.", "said", "says",
}

#: Words that make a LOC/GPE/FAC span an organisation ("The North's Korean Central News Agency").
ORG_HEADS = {
    "agency", "ministry", "department", "council", "commission", "committee", "group", "bank",
    "company", "corporation", "corp", "inc", "ltd", "co", "plc", "llc", "party", "army", "navy", "university",
    "institute", "center", "centre", "office", "administration", "association", "union",
    "organization", "organisation", "fund", "court", "parliament", "senate", "congress",
    "assembly", "authority", "service", "board", "bureau", "foundation", "federation", "news",
    "ratings", "holdings", "partners", "securities", "associates", "advisors", "advisers", "industries", "airlines",
}
#: Of those, the words that also end people's names ("Margaret Court", "Tom Bank"): a person so named stays a person.
SURNAME_HEADS = frozenset({"court", "bank", "union", "center", "centre", "board"})

#: Titles of two callings no one holds at once: a spelling of a name held by an officer and one held by a legislator
#: are two people ("Rear Admiral Mary Landry" of the Coast Guard, "Sen. Mary Landrieu"), however alike they are spelt.
RANK_TITLES = frozenset("admiral adm general gen colonel col lieutenant lt captain capt sergeant sgt commander cmdr".split())
LEGISLATOR_TITLES = frozenset("senator sen representative rep congressman congresswoman lawmaker mp".split())

#: Prefixes that do not change which organisation is meant ("UN Security Council" = "the Security Council").
ORG_PREFIXES = ("u.s.", "us", "u.n.", "un", "united nations", "american")

#: Legal-form suffixes that do not change which organisation is meant ("AirTanker Ltd." = "AirTanker").
ORG_SUFFIXES = re.compile(r"(?:,?\s+(?:ltd|inc|plc|corp|co|llc|n\.?v|s\.?a|ag|gmbh|group plc|limited|incorporated|corporation|company))\.?,?$")
ORG_SUFFIXES_ANY_CASE = re.compile(ORG_SUFFIXES.pattern, re.IGNORECASE)

#: Nouns that make "<country> government" the country itself as an actor ("the Canadian Government").
GOVERNMENT_NOUNS = {"government", "administration"}

#: Words left out when reading an acronym off a name ("European Aeronautic Defence and Space" -> EADS).
ACRONYM = re.compile(r"[A-Z]{2,6}")
ACRONYM_SKIP = {"of", "and", "the", "for", "&", "de", "du", "la"}

#: Organisations known under several names: alias -> canonical.
ORG_ALIASES = {
    "un": "United Nations",
    "u.n.": "United Nations",
    "united nations": "United Nations",
    "nato": "NATO",
    "eu": "European Union",
    "e.u.": "European Union",
    "european union": "European Union",
    "state department": "State Department",
    "department of state": "State Department",
    "nsc": "National Security Council",
    "national security council": "National Security Council",
    "kcna": "Korean Central News Agency",
    "korean central news agency": "Korean Central News Agency",
    # international bodies the small tagger often takes for people or places ("Unicef" a person, "Oxfam" a place)
    "unicef": "Unicef",
    "oxfam": "Oxfam",
    "unhcr": "UNHCR",
    "wfp": "World Food Programme",
    "world food programme": "World Food Programme",
    "world food program": "World Food Programme",
    "world health organization": "World Health Organization",
    "imf": "International Monetary Fund",
    "international monetary fund": "International Monetary Fund",
    "world bank": "World Bank",
    "amnesty international": "Amnesty International",
    "human rights watch": "Human Rights Watch",
    "medecins sans frontieres": "Medecins Sans Frontieres",
    "msf": "Medecins Sans Frontieres",
    "african union": "African Union",
    "arab league": "Arab League",
    "interpol": "Interpol",
    "opec": "OPEC",
}

#: Seats of government that are organisations of a country: name -> country name.
GOVERNMENT_SEATS = {
    "white house": "United States",
    "pentagon": "United States",
    "state department": "United States",
    "kremlin": "Russia",
    "blue house": "South Korea",
    "downing street": "United Kingdom",
    "elysee": "France",
    "élysée": "France",
    "zhongnanhai": "China",
}

# --- countries ---------------------------------------------------------------------------------

#: Names news uses for a country that pycountry does not know: alias -> a pycountry name.
COUNTRY_ALIASES = {
    "russia": "Russian Federation",
    "us": "United States",
    "u.s.": "United States",
    "u.s": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "america": "United States",
    "the states": "United States",
    "united states of america": "United States",
    "north korea": "North Korea",
    "n. korea": "North Korea",
    "n.korea": "North Korea",
    "nk": "North Korea",
    "dprk": "North Korea",
    "d.p.r.k.": "North Korea",
    "south korea": "South Korea",
    "s. korea": "South Korea",
    "rok": "South Korea",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "turkey": "Türkiye",
    "ivory coast": "Côte d'Ivoire",
    "czech republic": "Czechia",
    "holland": "Netherlands",
    "the netherlands": "Netherlands",
    "burma": "Myanmar",
    "laos": "Lao People's Democratic Republic",
    "vatican": "Holy See (Vatican City State)",
    "dr congo": "Congo, The Democratic Republic of the",
    "democratic republic of congo": "Congo, The Democratic Republic of the",
    "democratic republic of the congo": "Congo, The Democratic Republic of the",
    "drc": "Congo, The Democratic Republic of the",
    "east timor": "Timor-Leste",
    "palestine": "Palestine, State of",
}

#: Preferred display names where pycountry's is formal: pycountry name -> display name.
DISPLAY_NAMES = {
    "Russian Federation": "Russia",
    "Türkiye": "Turkey",
    "Lao People's Democratic Republic": "Laos",
    "Holy See (Vatican City State)": "Vatican",
}

#: Capitals and seats that stand for a government: city -> a pycountry (or alias) name.
CAPITALS = {
    "washington": "United States",
    "tripoli": "Libya",
    "port-au-prince": "Haiti",
    "khartoum": "Sudan",
    "juba": "South Sudan",
    "sanaa": "Yemen",
    "amman": "Jordan",
    "beirut": "Lebanon",
    "athens": "Greece",
    "brussels": "Belgium",
    "vienna": "Austria",
    "bern": "Switzerland",
    "lisbon": "Portugal",
    "dublin": "Ireland",
    "oslo": "Norway",
    "copenhagen": "Denmark",
    "prague": "Czechia",
    "budapest": "Hungary",
    "bucharest": "Romania",
    "sofia": "Bulgaria",
    "belgrade": "Serbia",
    "zagreb": "Croatia",
    "tashkent": "Uzbekistan",
    "astana": "Kazakhstan",
    "dhaka": "Bangladesh",
    "colombo": "Sri Lanka",
    "kathmandu": "Nepal",
    "bangkok": "Thailand",
    "kuala lumpur": "Malaysia",
    "wellington": "New Zealand",
    "nairobi": "Kenya",
    "addis ababa": "Ethiopia",
    "abuja": "Nigeria",
    "accra": "Ghana",
    "dakar": "Senegal",
    "kinshasa": "Congo, The Democratic Republic of the",
    "pretoria": "South Africa",
    "harare": "Zimbabwe",
    "luanda": "Angola",
    "algiers": "Algeria",
    "tunis": "Tunisia",
    "rabat": "Morocco",
    "bogota": "Colombia",
    "lima": "Peru",
    "buenos aires": "Argentina",
    "montevideo": "Uruguay",
    "quito": "Ecuador",
    "managua": "Nicaragua",
    "tbilisi": "Georgia",
    "yerevan": "Armenia",
    "baku": "Azerbaijan",
    "mogadishu": "Somalia",
    "kampala": "Uganda",
    "pyongyang": "North Korea",
    "moscow": "Russia",
    "seoul": "South Korea",
    "beijing": "China",
    "tokyo": "Japan",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "tehran": "Iran",
    "london": "United Kingdom",
    "paris": "France",
    "berlin": "Germany",
    "rome": "Italy",
    "madrid": "Spain",
    "ankara": "Turkey",
    "taipei": "Taiwan",
    "damascus": "Syria",
    "baghdad": "Iraq",
    "kabul": "Afghanistan",
    "islamabad": "Pakistan",
    "new delhi": "India",
    "riyadh": "Saudi Arabia",
    "cairo": "Egypt",
    "minsk": "Belarus",
    "warsaw": "Poland",
    "ottawa": "Canada",
    "canberra": "Australia",
    "havana": "Cuba",
    "caracas": "Venezuela",
    "hanoi": "Vietnam",
    "manila": "Philippines",
    "jakarta": "Indonesia",
    "tel aviv": "Israel",
    "brasilia": "Brazil",
    "mexico city": "Mexico",
    "ulaanbaatar": "Mongolia",
    "vientiane": "Laos",
    "doha": "Qatar",
    "tallinn": "Estonia",
    "vilnius": "Lithuania",
    "riga": "Latvia",
    "helsinki": "Finland",
    "stockholm": "Sweden",
}

#: Demonyms: adjective -> a pycountry (or alias) name; plurals are handled by stripping "s".
#: Demonyms English forms irregularly; every other country's is derived from its name (``derived_demonyms``).
IRREGULAR_DEMONYMS = {
    "north korean": "North Korea", "south korean": "South Korea", "american": "United States",
    "chinese": "China", "japanese": "Japan", "vietnamese": "Vietnam", "taiwanese": "Taiwan",
    "lebanese": "Lebanon", "sudanese": "Sudan", "senegalese": "Senegal", "portuguese": "Portugal",
    "british": "United Kingdom", "briton": "United Kingdom", "english": "United Kingdom",
    "scottish": "United Kingdom", "welsh": "United Kingdom", "irish": "Ireland",
    "french": "France", "german": "Germany", "dutch": "Netherlands", "swiss": "Switzerland",
    "spanish": "Spain", "spaniard": "Spain", "turkish": "Turkey", "turk": "Turkey", "greek": "Greece",
    "polish": "Poland", "pole": "Poland", "danish": "Denmark", "dane": "Denmark", "swedish": "Sweden",
    "swede": "Sweden", "finnish": "Finland", "finn": "Finland", "norwegian": "Norway", "icelandic": "Iceland",
    "thai": "Thailand", "filipino": "Philippines", "afghan": "Afghanistan", "saudi": "Saudi Arabia",
    "emirati": "United Arab Emirates", "belarusian": "Belarus", "ukrainian": "Ukraine", "peruvian": "Peru",
    "chilean": "Chile", "ghanaian": "Ghana", "nigerien": "Niger", "malagasy": "Madagascar",
    "palestinian": "Palestine", "israeli": "Israel", "iraqi": "Iraq", "kuwaiti": "Kuwait", "qatari": "Qatar",
    "bahraini": "Bahrain", "yemeni": "Yemen", "omani": "Oman", "bangladeshi": "Bangladesh",
    "pakistani": "Pakistan", "nepali": "Nepal", "somali": "Somalia", "egyptian": "Egypt",
    "canadian": "Canada", "brazilian": "Brazil", "iranian": "Iran", "jordanian": "Jordan",
    "maltese": "Malta", "chadian": "Chad",
}


def derived_demonyms(names: list[str]) -> dict[str, str]:
    """A demonym for each country name by the regular English endings: Libya -> Libyan, Syria -> Syrian, Mexico ->
    Mexican, Mali -> Malian, Italy -> Italian, Uzbekistan -> Uzbekistani. A form two countries would share is left
    out (Niger/Nigeria), and so is a form that is itself a country's name."""
    found: dict[str, set[str]] = {}
    for name in names:
        n = name.lower()
        if " " in n or not n.isalpha():
            continue
        if n.endswith("stan"):
            forms = [n + "i"]
        elif n.endswith("a"):
            forms = [n + "n"]
        elif n.endswith("o"):
            forms = [n[:-1] + "an"]
        elif n.endswith("i"):
            forms = [n + "an"]
        elif n.endswith("y"):
            forms = [n[:-1] + "ian"]
        else:
            continue
        for form in forms:
            found.setdefault(form, set()).add(name)
    lowered = {name.lower() for name in names}
    return {form: next(iter(owners)) for form, owners in found.items() if len(owners) == 1 and form not in lowered}


#: "the North" / "the South" as an actor (not "the North Atlantic", "the South China Sea").
THE_DIRECTION = re.compile(
    r"\b[Tt]he (North|South)\b(?![ -](?:[A-Z][a-z]+ (?:Sea|Ocean)|Atlantic|Pacific|Sea|Pole|America|Carolina|Dakota|Face|Star|Side|End|"
    r"West|East|Island|Islands|Wales|China|Korean|African|American))"
)
#: A country named for a direction ("North Korea", "South Sudan", "North Macedonia").
DIRECTION_COUNTRY = re.compile(r"\b(North|South|East) ([A-Z][a-z]+)\b")
#: Country names that are as often a person's or a US state's name: left to NER, never scanned for.
AMBIGUOUS_COUNTRY_NAMES = frozenset({"Chad", "Jordan", "Georgia", "Jersey", "Guernsey", "Dominica", "Niger", "Turkey", "Guinea"})


#: Role-noun descriptions that may stand for a named person: "the Russian president".
ROLE_DESCRIPTION = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w.’'-]*|[a-z]+) )?(?:([a-z]+(?:-[a-z]+)?) )?(" + "|".join(sorted(
        (n for n in ROLE_NOUNS if n not in GENERIC_ROLE_NOUNS), key=len, reverse=True
    )) + r")\b",
)

#: A generic role noun after a capitalised modifier: "the NSC official" -> whoever holds an NSC title.
GENERIC_ROLE_DESCRIPTION = re.compile(
    r"\b[Tt]he ([A-Z][\w.’'-]*) (" + "|".join(sorted(n for n in GENERIC_ROLE_NOUNS if not n.endswith("s"))) + r")\b"
)

#: Stopwords left out of the context comparison for garbled variants.
CONTEXT_STOPWORDS = {"say", "be", "have", "do", "tell", "the", "a", "of", "to", "and", "in", "that", "it"}

_NAME_CLEAN = re.compile(r"[’`´]")
_POSSESSIVE = re.compile(r"(?:'s|')$")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Casefold, unify apostrophes, drop a leading 'the' and a trailing possessive."""
    text = _NAME_CLEAN.sub("'", text).strip()
    text = _POSSESSIVE.sub("", text)
    text = _SPACE.sub(" ", text).strip().casefold()
    if text.startswith("the "):
        text = text[4:]
    return text


@lru_cache(maxsize=NAME_CACHE)
def name_key(text: str) -> str:
    """A person-name key: honorifics dropped, hyphens as spaces ('Mr. Kim Jong-un' -> 'kim jong un')."""
    words = normalise(text).replace("-", " ").replace(".", ". ").split()
    while len(words) > 1 and words[0].rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(w.rstrip(".") if len(w) > 2 else w for w in words)


def _short_name(name: str) -> str:
    """'Iran, Islamic Republic of' -> 'Iran'; names without a comma are unchanged."""
    if "," in name and not name.startswith(("Korea", "Virgin Islands", "Congo")):
        return name.split(",")[0].strip()
    return name


@lru_cache(maxsize=1)
def country_index() -> dict[str, str]:
    """Every lower-cased name of every country -> ISO 3166 alpha-3, from pycountry plus the alias table."""
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(value.casefold(), country.alpha_3)
                index.setdefault(_short_name(value).casefold(), country.alpha_3)
    for alias, target in COUNTRY_ALIASES.items():
        code = index.get(target.casefold())
        if code:
            index[alias] = code
    for alias, target in DISPLAY_NAMES.items():
        code = index.get(alias.casefold())
        if code:
            index.setdefault(target.casefold(), code)
    return index


def country_code(text: str) -> str | None:
    """The alpha-3 code of a country named by ``text`` ("the DPRK", "U.S.", "Russia"), else None."""
    key = normalise(text)
    return country_index().get(key) or country_index().get(key.replace("’", "'"))


def capital_country(text: str) -> str | None:
    """The alpha-3 code of the country whose capital or seat ``text`` names ("Pyongyang")."""
    target = CAPITALS.get(normalise(text))
    return country_code(target) if target else None


@lru_cache(maxsize=1)
def demonym_table() -> dict[str, str]:
    """Demonym -> country name: derived from every country's name as news writes it, the irregular ones on top."""
    return {**derived_demonyms([country_name(c.alpha_3) for c in pycountry.countries]), **IRREGULAR_DEMONYMS}


def demonym_country(text: str) -> str | None:
    """The alpha-3 code for a demonym ("Russian", "Ukrainians", "North Korean"), else None."""
    key = normalise(text)
    table = demonym_table()
    target = table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
    return country_code(target) if target else None


def country_name(code: str) -> str:
    """The display name of a country code: news usage where pycountry's name is formal."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or _short_name(country.name)
    return DISPLAY_NAMES.get(country.name, name)


#: Country and capital names scanned for in the body where NER missed them (case-sensitive).
SCAN_FORMS = (
    "the United States", "United States", "U.S.", "US", "USA", "America", "Washington",
    "North Korea", "N. Korea", "DPRK", "the DPRK", "the North", "Pyongyang",
    "South Korea", "S. Korea", "Seoul", "Russia", "Moscow", "China", "Beijing", "Ukraine", "Kyiv",
    "Japan", "Tokyo", "Iran", "Tehran", "Britain", "UK", "U.K.", "London",
)


@lru_cache(maxsize=1)
def scan_forms() -> tuple[str, ...]:
    """Every country as news prints it (pycountry's names and short names, the alias table) and the capitals
    that stand for governments: what the resolver scans the body for where NER missed a name. No story's list."""
    forms: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                forms.add(_short_name(value))
    forms |= set(DISPLAY_NAMES.values())
    known = {f.casefold() for f in forms}  # "laos" is a name, "nk" an acronym
    for alias in COUNTRY_ALIASES:
        if alias.startswith("the "):
            continue
        acronym = "." in alias or (len(alias) <= 4 and alias not in known)
        forms.add(alias.upper() if acronym and " " not in alias else " ".join(w.capitalize() if len(w) > 2 else w.upper() for w in alias.split()))
    forms |= {" ".join(_title_word(w) for w in city.split()) for city in CAPITALS}
    return tuple(sorted((f for f in forms if f not in AMBIGUOUS_COUNTRY_NAMES and "," not in f and "(" not in f), key=len, reverse=True))


def _title_word(word: str) -> str:
    """'port-au-prince' -> 'Port-au-Prince'."""
    return "-".join(part if part in ("au", "de", "es", "la") else part.capitalize() for part in word.split("-"))


@lru_cache(maxsize=1)
def scan_regex() -> re.Pattern[str]:
    """The scan forms as one word-bounded pattern, longest first."""
    return re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(w) for w in scan_forms()) + r")(?![\w-])")


def direction_country(text: str, direction: str) -> str | None:
    """The one country named for ``direction`` ("north") that this text names ("North Korea"), else None."""
    codes = {code for d, rest in DIRECTION_COUNTRY.findall(text) if d.casefold() == direction.casefold()
             if (code := country_code(f"{d} {rest}"))}
    return codes.pop() if len(codes) == 1 else None


#: Words before a country's name that make it part of another place's name ("the Gulf of Mexico", "the Bay of Bengal",
#: "New Mexico"): the scan for countries NER missed takes no country there.
NAMED_AFTER_COUNTRY = re.compile(r"(?:\b(?:Gulf|Bay|Sea|Strait|Straits|Isthmus)\s+of|\bNew)\s+$")
#: Prepositions that place a one-word name spaCy read as a person ("fighting in Brega", "near Misrata"): "to" and "at"
#: are left out ("said to Obama").
PLACING_PREPOSITIONS = {"in", "near", "outside", "around", "into", "inside", "across", "through"}
#: Compass points whose "of" places the name after it ("100 miles south of Fairbanks", "northeast of Sana").
COMPASS_POINTS = frozenset("north south east west northeast northwest southeast southwest north-east north-west "
                           "south-east south-west".split())
#: Nouns of a body that also name a person's trade ("evangelist broadcaster Pat Robertson", "film maker ..."): a name
#: right after one is no body for it.
PERSON_TRADE_NOUNS = frozenset({"broadcaster", "operator", "provider", "maker", "giant"})
#: ... and, with "group", nouns after which a person's name is too often run on for the noun to name it ("his
#: controversial group Jeremiah Wright, former pastor ...", a reader's comment).
LOOSE_BODY_NOUNS = PERSON_TRADE_NOUNS | {"group"}
#: Nouns of a news outlet a name modifies ("Libya's Quryna newspaper", "the Al Jazeera network"): the outlet's name.
OUTLET_NOUNS = L.OUTLET_ANAPHOR_NOUNS | {"agency", "network", "channel", "television", "radio", "website", "blog"}
#: Last words of an occasion's name ("International Women's Day", "Earth Day", "Fashion Week"), and feasts named by one
#: word ("Easter"): a day, neither a body nor a place, whatever the tagger thought.
OCCASION_HEADS = frozenset({"Day", "Week", "Eve"})
FEASTS = frozenset({"easter", "christmas", "lent", "passover", "thanksgiving", "hanukkah", "diwali", "pentecost"})
# ("Ramadan" and "Eid" are people's names too: "Mohamad Ramadan")
#: Compound nouns of a body whose last word alone would read as a made thing's ("a conservative Washington think
#: tank", "the New York-based Demos think tank"): no make; a name before one is the body's.
BODY_COMPOUNDS = frozenset({"think tank"})
#: Nouns of places built for a use: a name before one names the place, not a person ("the Al-Jala hospital", "Abu Salim
#: prison", "the Grangemouth refinery", "Misrata port").
FACILITY_NOUNS = frozenset("hospital clinic airport airbase base prison jail hotel stadium mosque refinery barracks port station terminal".split())
#: ... of them, and of other buildings, those that house no body of their own ("the National Insurance Building", "the
#: Rixos Hotel", "Andrews Air Force Base", tagged bodies): a place; a hospital, a port or a refinery is also run by one.
BUILDING_NOUNS = frozenset("building tower palace bridge hotel base airbase barracks stadium mosque prison jail".split())
#: Last words of the names of laws, accords and documents ("the Oil Pollution Act", "the Dayton Accords", "the Hydrate
#: Guidelines"): a text, whatever the tagger read.
TEXT_HEADS = frozenset({"Act", "Treaty", "Accord", "Accords", "Convention", "Guidelines", "Resolution", "Doctrine"})
#: ... and of prizes ("the Robert Capa Gold Medal", "an Academy Award"): a thing given, neither a body nor a person.
PRIZE_HEADS = frozenset({"Medal", "Prize", "Award", "Awards"})
#: Nouns of a work, a show or a tour, which name the title set beside them ("the song Everybody Hurts", "the film
#: Titanic", "Radio 4's Inside Money programme", "his Viva La Vida tour jacket"): a thing, neither a body nor a person.
WORK_NOUNS = frozenset("""film movie show programme program series documentary sitcom song single album tour book novel
                       play musical""".split())
BODY_WORK_NOUNS = frozenset({"programme", "program"})  # ... of which these, after a name, are as often a body's
#: Faiths and their books, which the tagger reads as bodies or places ("Islam", "the Quran"): no party of the story.
FAITH_NAMES = frozenset({"islam", "christianity", "judaism", "buddhism", "hinduism", "sharia", "koran", "quran", "bible"})
#: First words of places' names ("Camp Lemonnier", "Fort Hood", "Lake Palourde", "Cape Town", "Mount Sinai").
PLACE_NAME_HEADS = frozenset({"Camp", "Fort", "Lake", "Cape", "Mount", "Port"})
#: Last words of a landform's or a protected area's name ("Chandeleur Sound", "Breton National Wildlife Refuge", "Gulf
#: Islands National Seashore"): a place, whatever the tagger thought. Names of bodies end otherwise; "Reserve" (the
#: Federal Reserve) and "Park" are left out, and of these only the ones no one is surnamed mark a person's tag wrong
#: (Kevin Beach, Michael Bay).
LANDFORM_HEADS = frozenset({"Sound", "Bayou", "Refuge", "Seashore", "Bay", "Beach", "Island", "Islands", "Valley"})
NO_SURNAME_LANDFORMS = frozenset({"Sound", "Bayou", "Refuge", "Seashore"})
#: What a storm's name follows ("Hurricane Katrina", "Tropical Storm Alex"): with or without it, one storm.
STORM_NAME = re.compile(r"(?:super typhoon|tropical storm|tropical depression|superstorm|hurricane|typhoon|cyclone|storm)s?"
                        r" (?P<name>[a-z][a-z'-]*)")
#: A water's common noun a story calls its one water by ("the Gulf" for the Gulf of Mexico, "the Strait" for the Strait of
#: Hormuz): said alone it is the corpus's one full name headed by it, and no name to show when the full one is known.
SHORT_WATER_NAMES = frozenset({"gulf", "bay", "strait", "straits", "channel", "sound", "sea", "ocean", "lake", "river"})
#: Nouns that make the name after "of" a place ("the oil town of Brega", "the port city of Misrata").
PLACE_NOUNS = {"town", "city", "village", "port", "region", "province", "district", "suburb", "capital", "oasis",
               "area", "neighborhood", "neighbourhood", "settlement", "enclave", "island"}
#: A capital stands for its government only as a party: beside these prepositions ("talks with Beijing", "ties between
#: Moscow and Pyongyang", "was condemned by Washington") ...
PARTY_PREPOSITIONS = frozenset({"by", "with"})
#: ... or "between" when what lies between is a relation ("ties between Moscow and Pyongyang"; "between Tripoli and
#: Misrata" is the road between two cities) ...
RELATION_NOUNS = frozenset(
    """tie relation relationship talk deal cooperation co-operation agreement alliance dispute tension negotiation
    contact trade meeting summit transaction exchange partnership pact treaty link rift""".split()
)
#: ... or after "from" when what comes from it is a party's act ("a painful response from Moscow", "assistance from
#: Moscow"; "pictures from Port-au-Prince" come from the city) ...
PARTY_ACT_NOUNS = frozenset(
    """response reaction assistance aid help support backing pressure request demand threat warning message approval
    permission recognition opposition criticism protest objection complaint statement order orders instruction
    instructions signal offer proposal""".split()
)
#: ... or as the object of these verbs ("urged Washington to act", "accused Moscow of"); anywhere else it is the city.
ADDRESSED_VERBS = L.SPEECH_VERBS | L.ALLEGATION_VERBS | {"pressure", "press", "support", "back", "join", "sanction"}
#: The parts of a land along the water ("the Louisiana Gulf coast", "Florida's beaches"): the place, named.
SHORE_NOUNS = frozenset("coast coastline shore shoreline waters beach beaches marsh marshes wetlands".split())
#: What a city has that a government does not: "Port-au-Prince's airport", "Tripoli's streets" are the city's.
CITY_PARTS = PLACE_NOUNS | {"airport", "seaport", "hospital", "street", "streets", "square", "harbour", "harbor", "outskirts", "suburbs",
                            "residents", "people", "population", "slum", "slums", "mayor", "centre", "center", "downtown"}

# --- pronouns and definite descriptions --------------------------------------------------------

#: Plural pronouns: a person they reach first makes them a group of people, linked to no one entity.

#: Third-person pronouns -> the entity types they may stand for.

#: Relative pronouns linked to the named noun their clause modifies ("Chrysler, which ...").

#: Head nouns of definite descriptions ("the company", "the airline") -> the entity type they stand for.
NOMINAL_HEADS: dict[str, str] = {
    **dict.fromkeys((
        "company", "firm", "airline", "carrier", "manufacturer", "maker", "automaker", "carmaker",
        "airframer", "planemaker", "corporation", "conglomerate", "giant", "retailer", "group",
        "bank", "lender", "insurer", "chipmaker", "startup", "business", "automobile-maker",
    ), "organisation"),
    **dict.fromkeys(("country", "nation", "government", "administration"), "country"),
}
#: Heads of descriptions of a body that need not be a business ("the network said" after Al-Jazeera, "the organization
#: said" after the International Organization for Migration): organisations, with no business test on the antecedent.
BODY_HEADS = frozenset({"network", "organization", "organisation", "agency", "alliance", "broadcaster", "newspaper",
                        "charity"})
NOMINAL_HEADS.update(dict.fromkeys(BODY_HEADS, "organisation"))
#: ... of which these go on only with a body whose name holds the noun ("the agency": the Environmental Protection
#: Agency, not the Washington Post that reported on it)
NAMED_BODY_HEADS = frozenset({"agency"})
#: ... and a business head that goes on with the body that last spoke, when one did, before the page's main body ("A
#: group calling itself Seize BP ... said ... The group demands": Seize BP, not BP)
SPEAKING_GROUP_HEADS = frozenset({"group"})
#: How a body's name the tagger gave is written, to be found again where the tagger missed it: in capitals, or of two to
#: six capitalised words ("BP", "Coast Guard").
BODY_FORM = re.compile(r"[A-Z][A-Z&]{1,5}|(?:[A-Z][\w&.'’-]*\s+){1,5}[A-Z][\w&.'’-]*")
# Nouns that set off a name as a body's ("Digicel, the Irish telecommunications firm", "mobile phone operator Digicel",
# "one of the main networks, Digicel"): the name is an organisation's, whatever the tagger read
BODY_DESCRIPTIONS = (L.BODY_ANAPHOR_NOUNS | {head for head, kind in NOMINAL_HEADS.items() if kind == "organisation"}
                     | {"charity", "operator", "provider", "broadcaster", "newspaper"}) - {"carrier"}  # "the aircraft
# carrier USS Carl Vinson" is a ship

#: Last words of a body's name that make it no business: "the company" never stands for "Babson College" or "The
#: International Transport Workers' Federation".
NON_BUSINESS_HEADS = frozenset(
    """
    agency ministry department council commission committee party army navy university institute center centre office
    administration association union organization organisation fund court parliament senate congress assembly authority
    service board bureau foundation federation college school society command guard police force forces government
    house league club church coalition alliance movement network panel
    """.split()
)

SPEAKER_VERBS = L.SPEAKER_VERBS

#: Sentence subjects a pronoun prefers as antecedent.
SUBJECT_DEPS = {"nsubj", "nsubjpass"}

#: Verbs whose subject 'it' is pleonastic when a clause follows ("it is likely that", "it emerged that").
PLEONASTIC_HEADS = {"be", "seem", "appear", "remain", "become", "take", "make", "matter", "happen", "emerge", "turn"}
#: Verbs whose object "it" and adjective stand for a clause after them: "making it more difficult for them to recover".
#: ("X will not find it easy to seize ...": the finder is who would do it, and the "it" left to it names the doer)
SMALL_CLAUSE_VERBS = frozenset({"make", "render"})
#: Adjectives that weigh a proposition, not a body: "it seems unlikely", "it is not clear", "it is true".
PROPOSITION_ADJECTIVES = frozenset(
    """likely unlikely possible impossible probable improbable clear unclear true untrue false certain uncertain
    doubtful obvious evident apparent""".split())

#: Quotation marks: opening -> closing (`` and '' in tokenised text).
QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "``": "''"}
QUOTE_MARKS = re.compile(r'``|\'\'|["“”«»]')
