"""The one home of the word lists several stages share: months, weekdays, reporting verbs, role nouns, pronouns.

Where two stages need different lists for the same kind of word, both live here under names that say
what each is for (the quote finder's cue verbs are many; the event stage's reporting verbs, a subset,
mark the speech acts dated to the reporting day). Stage-specific patterns stay in each stage's
``patterns`` module, which imports these.
"""

from __future__ import annotations

import re

# --- calendar ---------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
MONTH_NAMES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)
WEEKDAY_NAMES: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words that name a day, never a speaker ("noted Monday", "said Friday").
DAY_WORDS = frozenset({*MONTH_NAMES, *WEEKDAY_NAMES, "today", "yesterday", "tonight", "tomorrow"})
# Months and weekdays as wire page headers shorten them ("Fri Feb 25 2011 12:50:00").
DATE_ABBREVIATIONS = frozenset({name[:3] for name in (*MONTH_NAMES, *WEEKDAY_NAMES)} | {"sept", "tues", "thur", "thurs"})
# A chronology's entry at a sentence's start: "June 1 - BP shares plunge ...", "Sept. 26 - Halliburton ... says".
CHRONOLOGY_ENTRY = re.compile(r"(?:^|(?<=[.!?”\"’)] ))(?:" + "|".join(m[:3] for m in MONTH_NAMES) + r")[a-z]*\.? \d{1,2} (?:-|–|—) ",
                              re.IGNORECASE)
# A dated item of a key-dates box, printed "2 June: US government begins criminal inquiry 15 July: New cap ..." with no
# stop between items (a month alone as well: "May: Giant metal dome fails to cap leak", or a year: "1991: 520m gallons
# were deliberately released ... 1979: 140m gallons were spilt ..."); ``DATED_ITEMS`` of them make a list whose items
# are sentences of their own.
DATED_ITEM = re.compile(r"(?:^|(?<=\s))(?:(?:\d{1,2} )?(?:" + "|".join(m.capitalize() for m in MONTH_NAMES)
                        + r")|(?:1[6-9]|20)\d\d):\s(?=[A-Z0-9“\"])")
DATED_ITEMS = 3
# Words that say when something was said ("Kaim said later the government regrets ..."): the attribution's, not the claim's.
SAYING_TIME_WORDS = frozenset({*WEEKDAY_NAMES, "later", "earlier", "today", "yesterday", "tonight", "overnight"})
# Sentence adverbs the tagger runs into a name that follows them ("Later David Miliband said"): no part of it.
SENTENCE_ADVERBS = frozenset(
    "later earlier meanwhile also then now yesterday today tonight however still instead separately".split())

# --- reporting verbs (lemmas) -----------------------------------------------------------------

# Verbs that only say: no stance, act or demand of their own ("said", "told"; "vowed", "called for" are more).
PLAIN_SAYING_VERBS = frozenset({"say", "tell"})
# Cue verbs of the quote finder: speech, thought, and the cues read off PolNeAR's training split.
SPEECH_VERBS = frozenset(
    """say tell add state announce declare explain note remark comment respond reply answer argue
    claim contend insist maintain assert stress emphasize emphasise underscore reiterate repeat warn
    caution predict suggest indicate acknowledge admit concede confirm deny reveal disclose report
    write tweet post text email e-mail testify ask question wonder urge promise pledge vow threaten recall describe
    characterize characterise call accuse blame criticize criticise praise complain agree point mention
    observe conclude continue joke quip shout yell scream whisper cry exclaim boast brag estimate
    forecast allege charge signal hint imply speculate propose recommend demand request order inform
    assure reassure remind proclaim counter retort rebut dispute reject dismiss echo highlight
    underline tout lament decry denounce condemn slam blast mock express voice cite quote read
    email e-mail text told says added noted explain insist muse marvel concur advise brief pledge predict
    threaten thank apologize apologise defend question challenge acknowledge refer talk speak rail""".split()
)
# Verbs of declining to speak ("declined to comment", "refused to elaborate"): the events stage keeps no act of them,
# and after told words the speaker's declining is the speaker's next act, not what was told ("BP said it had lodged a
# claim against the insurers but declined to comment further").
NO_COMMENT_VERBS = frozenset({"decline", "refuse"})
THOUGHT_VERBS = frozenset(
    """think believe know expect hope fear worry doubt suspect assume consider realize realise
    understand want wish intend decide see find show reckon guess imagine learn hear
    anticipate estimate conclude figure presume prefer support back endorse favor favour oppose
    like love hate refuse decline seek intend""".split()
)
# Of those, the verbs of a state of mind or a resolve: what someone thinks, wants, fears, seeks or decides, told in the
# writer's words ("the administration thinks ...", "BP intended ...", "investors worried ...", "the White House sought
# to block ...", "BP's decision to break up the spill ..."), is a view the writer reports, not words said; so is what
# someone would like or should consider ("officials ... would like to deflect attention", "Investors should consider").
VIEW_VERBS = frozenset(
    """think believe know expect hope fear worry doubt suspect assume realize realise understand want wish intend
    reckon guess imagine feel prefer seek decide decision like consider""".split()
)
TRAIN_CUE_VERBS = frozenset(
    """offer discuss attack name issue list view remember identify portray deem reference chant
    applaud plead credit label outline invoke attribute recognize promote press advocate approve
    project convince rattle anger share""".split()
)
CUE_VERBS = SPEECH_VERBS | THOUGHT_VERBS | TRAIN_CUE_VERBS
# The event stage's reporting verbs: a speech act dated to the day it was reported (a subset of the cue verbs).
#: The speech verbs whose subject a pronoun takes for the last speaker ("he said" after a quotation; "she reported"),
#: a subset of SPEECH_VERBS: "call", "describe", "vow" say what someone did, not who is speaking.
SPEAKER_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "note", "state", "explain", "warn", "stress", "insist", "argue", "claim",
    "continue", "reply", "respond", "announce", "declare", "write", "report", "comment", "remark", "ask",
    "answer", "acknowledge", "admit", "emphasize", "emphasise", "underscore", "reiterate", "repeat", "suggest",
})

#: The verbs of saying that a place's name does not do for its government ("St. John said", "Beeksma noted"): their
#: subject, read as a place and no country, capital or state, is a person (a state "warns", "asks", "announces").
PERSONAL_SPEECH_VERBS: frozenset[str] = frozenset(
    {"say", "tell", "add", "note", "explain", "insist", "write", "remark", "reiterate", "reply", "answer", "comment"})

REPORTING_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "state", "note", "report", "announce", "quote", "claim", "reveal", "write",
    "remark", "explain", "declare", "confirm", "reiterate", "indicate", "suggest", "believe", "know", "see",
    "stress", "emphasize", "emphasise", "underscore", "highlight", "maintain", "describe", "characterize",
    "mention", "point", "echo", "conclude", "argue", "insist", "acknowledge", "allege",
})

# The press relaying: a speaker so described ("our correspondent", "BBC correspondents", "a Reuters reporter") reports
# the story; what they say is the outlet's account, not a party's claim.
PRESS_WORDS = frozenset({"correspondent", "correspondents", "reporter", "reporters"})
# ... or named as a broadcaster's or an agency's own ("The BBC's Andy Gallacher in Port-au-Prince says", "CNN's Ben
# Wedeman reported"): the outlet's staff, named by its possessive.
PRESS_OUTLETS = ("BBC", "CNN", "Reuters", "AP", "AFP", "Al Jazeera", "NBC", "CBS", "ABC", "Fox News", "Sky News", "NPR",
                 "ITN", "Associated Press")
PRESS_OUTLET_STAFF = re.compile(r"\b(?:" + "|".join(PRESS_OUTLETS) + r")['’]s\s+[A-Z]")
# Cues that credit a roundup's excerpt to its writer when set before the name ("..., reports Neil Irwin: “...”", "writes
# Tim Noah:"): another story's text, no party's claim.
EXCERPT_CUES = ("report", "write")
# Words that make a name a news medium's ("BBC News", "the New York Times", "Al Arabiya television"): a listener so named
# is the medium a remark was made to ("told BBC News", "talking to the New York Times"), no party to the story's acts.
MEDIUM_WORDS = frozenset({"news", "times", "post", "journal", "television", "tv", "radio", "newspaper", "channel",
                          "broadcaster", "magazine", "herald", "telegraph", "guardian", "tribune", "gazette"})

# Verbs that put what they govern in someone's mouth as a charge ("blamed X for sending arms", "allege X supplied").
ALLEGATION_VERBS = frozenset({"allege", "accuse", "blame", "charge", "claim", "suspect"})
# Verbs of censure that charge an act when they say what for ("criticised the US for sending too many soldiers").
CENSURE_VERBS = frozenset({"criticise", "criticize", "condemn", "fault", "slam", "blast", "rebuke", "censure", "lambast",
                           "denounce", "attack"})

# --- role nouns -------------------------------------------------------------------------------

# Titles of who runs a business, whose "the company" is their own ("BP Chief Executive Officer Tony Hayward told Reuters
# the company will ..."; an analyst's, a professor's or a spokesman's may be the company they speak of, or the White House).
COMPANY_OFFICER_WORDS = frozenset({"ceo", "cfo", "coo", "chief", "executive", "chairman", "chairwoman", "chairperson",
                                   "founder", "owner"})
# Titles that make a person's role in entity resolution ("President", "Secretary-General").
ROLE_NOUNS = {
    "president", "vice-president", "leader", "premier", "chancellor", "minister", "secretary",
    "secretary-general", "ambassador", "envoy", "diplomat", "advisor", "adviser", "coordinator",
    "spokesperson", "spokesman", "spokeswoman", "director", "chief", "head", "chairman",
    "chairwoman", "chair", "ceo", "cfo", "coo", "founder", "executive", "officer", "commander",
    "general", "admiral", "senator", "senators", "representative", "governor", "mayor",
    "king", "queen", "prince", "specialist", "analyst", "expert", "researcher", "professor",
    "fellow", "correspondent", "editor", "reporter", "negotiator", "lawyer", "attorney", "judge",
    "justice", "prosecutor", "official", "officials", "deputy", "manager", "economist",
    "strategist", "dictator", "ruler", "monarch", "emperor", "chairperson", "councillor",
    "councilor", "lawmaker", "legislator", "congressman", "congresswoman", "mp", "partner",
    "owner", "counsel", "aide", "coach", "captain", "vice", "commandant", "scientist", "engineer", "consultant",
}
# Words of a title before its noun ("Rear Adm.", "Deputy Administrator", "Acting Secretary"): what follows them is the
# title's noun, not a first name.
TITLE_MODIFIERS = frozenset({"rear", "vice", "deputy", "acting"})
# Titles as newspapers abbreviate them before a name ("Sen. Mary Landrieu", "Coast Guard Rear Adm. Mary Landry",
# "Ret. Gen. Jim Jones"), without their stop: each names a role as the word it shortens does.
TITLE_ABBREVIATIONS = frozenset(
    "sen sens rep reps gov govs adm gen lt col maj capt sgt cmdr cpl pvt brig atty supt amb ret".split()
)
# ... the word each stands for, by which an article speaks of the holder again ("Gen. Carter Ham ... And the general
# claimed"): "ret" (retired) names no one's office.
TITLE_ABBREVIATION_WORDS = {
    "sen": "senator", "sens": "senators", "rep": "representative", "reps": "representatives", "gov": "governor",
    "govs": "governors", "adm": "admiral", "gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major",
    "capt": "captain", "sgt": "sergeant", "cmdr": "commander", "cpl": "corporal", "pvt": "private",
    "brig": "brigadier", "atty": "attorney", "supt": "superintendent", "amb": "ambassador",
}
# Hyphened words the tokenizer would split at the hyphen, and their inflections: '“Purely a translation matter,”
# e-mailed BP spokesman Scott Dean' parsed as "e", "-", "mailed", the verb a modifier of the name and no cue. One token
# each, the parse reads a verb of saying ("e-mail" is a speech verb, as "email" is).
UNSPLIT_HYPHENED = frozenset({"e-mail"})
UNSPLIT_ENDINGS = ("", "s", "ed", "ing")
# A role noun and the titles it may refer back to: "Libyan Ambassador Abdurrahman Mohamed Shalgham told reporters ...
# the diplomat said" (the diplomat is the ambassador), "the lawmaker" a senator, "the officer" a colonel.
ROLE_KINDS: dict[str, frozenset[str]] = {
    "diplomat": frozenset({"ambassador", "envoy", "consul", "attache"}),
    "lawmaker": frozenset({"senator", "congressman", "congresswoman", "representative", "rep.", "sen.", "mp", "legislator"}),
    "legislator": frozenset({"senator", "congressman", "congresswoman", "representative", "rep.", "sen.", "mp", "lawmaker"}),
    "officer": frozenset({"general", "admiral", "colonel", "lieutenant", "major", "captain", "commander", "gen.", "col.",
                          "lt.", "adm.", "maj.", "capt."}),
    "commander": frozenset({"general", "admiral", "colonel", "gen.", "col.", "adm."}),
    "ceo": frozenset({"executive"}),  # "Jim Farnsworth, Chief Executive of Cobalt International ... The CEO added"
}
# Words of rank, standing or anonymity before an unnamed "official" or "source", which say nothing of which one it is.
RANK_WORDS = frozenset(
    "senior top high-ranking high-level ranking former current other same key chief unnamed anonymous unidentified".split())
GENERIC_TITLE_NOUNS = {"official", "officials", "expert", "analyst", "aide", "partner", "fellow"}
# People named by what they do or where they were, with no title's rank: "A doctor who left the city told CNN ...
# The clinics were closed, he said" (the doctor speaks: an unnamed person a pronoun reaches first).
OCCUPATION_NOUNS = frozenset(
    """doctor doctors nurse nurses surgeon surgeons medic medics soldier soldiers fighter fighters protester
    protesters demonstrator demonstrators journalist journalists photographer photographers student students
    worker workers survivor survivors witness witnesses eyewitness eyewitnesses resident residents activist activists
    dealer dealers trader traders broker brokers""".split()
)
# Nouns that describe an unnamed or named speaker in attributions ("a spokesperson", "officials").
SPEAKER_ROLE_NOUNS = frozenset(
    """spokesperson spokesman spokeswoman spokespeople official officials source sources aide aides
    adviser advisor advisers advisors minister ministers secretary secretaries ambassador
    ambassadors envoy diplomat diplomats senator senators lawmaker lawmakers representative
    congressman congresswoman president vice-president chairman chairwoman chair director
    coordinator analyst analysts expert experts officer officers commander general spokes
    prosecutor prosecutors judge lawyer lawyers attorney attorneys governor mayor leader leaders
    premier chancellor member members counselor counsellor negotiator negotiators observer observers
    researcher researchers scholar professor economist economists strategist strategists staffer scientist scientists
    staffers administrator administrators executive executives ceo manager head chief
    candidate candidates campaign reporter reporters
    nominee nominees chief-of-staff speaker whip founder activist activists pastor bishop
    correspondent editor columnist author pollster pollsters organizer organizers volunteer
    supporter supporters critic critics voter voters resident residents witness witnesses eyewitness eyewitnesses
    advisor adviser consultant consultants partner investigator investigators detective
    sheriff police captain colonel lieutenant sergeant admiral marshal""".split()
) | OCCUPATION_NOUNS
GENERIC_SPEAKER_NOUNS = frozenset({"official", "source", "aide", "officer", "person", "man", "woman"})
# Nouns by which an article refers back to a body it has named ("Human Rights Watch said ... the group said",
# "the Transitional National Council ... the council said"); the generic ones refer to any body, the others only to
# one whose name holds the word.
BODY_ANAPHOR_NOUNS = frozenset(
    """group organization organisation agency alliance body council committee ministry court tribunal network company
    service commission department board panel bureau institute association union corporation firm authority
    foundation""".split()
)
GENERIC_BODY_NOUNS = frozenset({"group", "organization", "organisation", "agency", "alliance", "body"})
# Verbs by which a speaker goes on with their own talk ("Allen said that his goal was ... and added, “...”"): joined by
# the parse to the words told before them, they are still the speaker's.
CONTINUING_CUES = frozenset({"add", "stress", "note", "insist", "emphasize", "emphasise", "reiterate", "repeat"})
# An outlet spoken of again by its kind ("The Daily Mail newspaper ... reported .... The newspaper said"): the outlet
# the article named with that word, for a speaker (not a body of the entity or claims rules)
OUTLET_ANAPHOR_NOUNS = frozenset({"newspaper", "paper", "magazine", "tabloid", "broadcaster", "daily", "weekly"})
# Bodies and groups that speak as one ("the government denied", "witnesses said"): a claim's party.
SPEAKING_BODY_NOUNS = frozenset(
    """
    government ministry army military police rebel protester witness resident doctor group agency council court
    opposition coalition alliance administration force party union regime embassy office command operation
    television tv radio broadcaster newspaper station
    """.split()
)
# Words that make a holder a state's voice (a government, one of its bodies or seats): whose concern, said or felt, is
# a statement of that state ("the administration was concerned", "the State Department expressed concern").
STATE_BODY_WORDS = frozenset(
    """government administration authorities regime ministry department embassy consulate parliament congress senate
    cabinet kremlin pentagon presidency council""".split()
)
# Titles of public office: a holder's concern voiced ("said it was concerned", "expressed concern") is its office's.
PUBLIC_OFFICE_NOUNS = frozenset(
    """president vice-president premier chancellor minister secretary secretary-general ambassador envoy diplomat
    spokesperson spokesman spokeswoman senator lawmaker legislator congressman congresswoman representative governor
    mayor official officials king queen prince monarch general admiral commander""".split()
)
# One member of a legislature ("A U.S. lawmaker urged BP ...", "a Republican senator"): someone who speaks for
# themself, not for the country or party the words before the noun name (many together, "lawmakers voted", act as
# their chamber).
LEGISLATOR_NOUNS = frozenset({"lawmaker", "legislator", "senator", "congressman", "congresswoman", "parliamentarian"})
# People and businesses a place's name before them only says where they are from ("U.S. oil explorers are talking about
# forming a new insurance fund", "U.S. consumers are venting frustration", "Tripoli residents said"): not the country or
# the city acting, as "U.S. officials", "Libyan authorities" or "the U.S. military" are; nor are the place's own parts,
# which act for themselves ("The two Louisiana parishes directly west of the Mississippi Delta declared states of
# emergency" is no act of the state).
PRIVATE_PARTY_NOUNS = frozenset("""company firm corporation giant business explorer producer driller refiner bank banker
    investor insurer shareholder shrimper fisherman farmer resident citizen consumer taxpayer voter family worker student
    tourist traveler traveller media medium newspaper journalist reporter expert scientist analyst attorney lawyer
    vessel owner parish county district municipality borough township""".split())
# Words that liken one thing to another: the figures of a simile say nothing ("compare them to children blaming one
# another", "like children blaming ...").
LIKENING_VERBS = frozenset({"compare", "liken", "equate"})
LIKENING_PREPS = frozenset({"like", "unlike"})
# Subordinators that open a clause of time, cause or concession, never what was said: "a senior U.S. administration
# official said Sunday night after the Libyan leader's son took to the airwaves" (the parser had the clause as what was
# said). "that", "whether", "if" and "when" may open what was said or asked ("did not say when").
ADVERBIAL_MARKS = frozenset({"after", "before", "until", "till", "since", "once", "while", "although", "though", "because",
                             "whereas"})
# Nouns naming those who stand against someone: "Gadhafi's opposition", "Obama's critics" are not his own voice.
ADVERSARY_NOUNS = frozenset("opposition opponent critic enemy rival foe adversary detractor".split())
# Nouns of what a body issues, which speak for the name inside them: "a NATO statement accused", "a Pentagon report said",
# "Mr Griffin's original postings, on Facebook and Twitter, said".
DOCUMENT_NOUNS = frozenset("statement report communique communiqué letter announcement release bulletin memo investigation "
                           "inquiry study review testimony filing posting tweet".split())
# Where words were said, in a phrase after their attribution: "..., a spokeswoman said, in quotes carried by AFP", "...,
# he said, in an interview".
SAYING_PLACES = DOCUMENT_NOUNS | frozenset("quote quotes interview remark remarks comment comments briefing conference "
                                           "speech tweet post email e-mail broadcast".split())
# Records someone keeps or commissions, which speak for who made them when the text says who ("A log kept by Thierens
# noted ...", "a new poll released on Monday by the Clean Energy Works campaign showed ...").
KEPT_RECORDS = frozenset("log logbook diary journal notebook poll survey".split())
# Numbers written as words, and the phrases that stand for one (time expressions count by them: "two weeks ago")
NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "half a": 0.5, "a half": 0.5, "one and a half": 1.5,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}  # fmt: skip
# Capitalised number words and quantifiers that open a sentence (a caption or headline run into the sentence after it:
# "... via social media Eighty-five UN employees died", "... John Holmes Several agencies complained"); "one", "a" and
# "an" end names too often ("Formula One")
COUNT_OPENERS = frozenset({*(w for w in NUMBER_WORDS if w.isalpha() and w not in ("a", "an", "one", "hundred", "dozen")),
                           "hundreds", "thousands", "dozens", "millions", "more", "several", "many", "most", "few", "fewer"})
# Words that open a sentence and name no one: after a pull quote's credit run into the text ("End Quote Melanie Driscoll
# National Audubon Society There is no doubt ..."), the first of them opens the next sentence.
SENTENCE_OPENERS = frozenset(
    """the a an there it he she this that these those they we i his her its their at in on if but and as when while
    after before for so what meanwhile however now some many one another""".split()
)
# Words that join a sentence to the one before and say nothing themselves: "But, Suttles said, oil was still coming out",
# "Even so, he said, time is now against Gadhafi" ("Too often, he said, ..." is said: its adverb is the words').
CONNECTIVES = frozenset("and but yet so even still however nonetheless nevertheless meanwhile moreover besides".split())

# --- pronouns ---------------------------------------------------------------------------------

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "we", "i", "you", "it"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # Penn tags of a finite verb: what makes a clause tell something
# Finite auxiliaries: a word that can follow a subject as its verb ("The big worry, he said, is that ...").
FINITE_AUXILIARIES = frozenset("is are was were has have had will would can could may might must should does do did".split())
# Adverbs that make a present tense a habit, not an act: "We always drive the car", "corporate executives
# instinctively head for the bunker, withhold information, deny responsibility".
HABIT_ADVERBS = frozenset(
    """always usually often typically generally routinely regularly normally frequently sometimes rarely seldom
    instinctively habitually invariably""".split()
)
# Generational suffixes after a full name ("Charles Robin III", "Pope John Paul II"): part of the name, not a surname.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii"})
# Dashes that set off a reporter's aside from the words around it ("... -- insisting ...").
DASHES = frozenset({"--", "—", "–"})
POSSIBILITY_MODALS = frozenset({"can", "could", "may", "might"})  # "they can accuse you of anything": no one has yet
# Modals of what one ought to do: "it must admit that BP is its partner",
# "Republicans should ask themselves whether ...": a duty, not a report of what was done or said.
OBLIGATION_MODALS = frozenset({"must", "should"})
# Verbs whose infinitive is a duty in the present ("may have to answer for", "needs to express"); in the past it was
# done ("had to admit").
OBLIGATION_VERBS = frozenset({"have", "need"})
# Passives that hand their subject to the act in their infinitive as hearsay ("BP executives are reported to have
# admitted ...", "Gadhafi is said to have told aides ..."): the subject did it; not those of a request or an expectation
# ("was asked to say", "is expected to announce": not done).
HEARSAY_PASSIVES = frozenset("report say believe think understand know allege rumour rumor claim suppose reckon presume".split())
# Participles a writer sets after reported words to tell what they mean for the story ("..., underscoring the growing
# ecological toll of the disaster", "..., dealing a further blow to commercial fishermen", "..., signaling a dispute
# that will determine ..."): the writer's comment, not the sayer's words ("add" only as "adding to": "adding that" is
# the sayer going on).
FRAMING_PARTICIPLES = frozenset(
    "underscore highlight illustrate underline signal mark raise deal prompt fuel spark deepen heighten add".split())
# Adverbs that make an act or a saying a possibility, not a report: "the oil slick potentially striking the beaches",
# "Some people are probably wondering why not ring up Exxon".
HEDGE_ADVERBS = frozenset({"potentially", "possibly", "perhaps", "maybe", "conceivably", "probably"})
# Cues that put a question or a request, never a claim: 'India's U.N. ambassador asked, "Who will implement the no-fly zone?"'.
QUESTION_CUES = frozenset({"ask", "wonder", "inquire", "enquire"})
QUESTION_MARKS = frozenset({"whether", "if"})  # what opens an asked question that no wh-word opens
# Cues of what someone comes to know, not of what they put forward: "The Guardian has learned that BP faces a second
# legal challenge", "officials heard that ...": the learner is no party asserting it.
PERCEPTION_CUES = frozenset({"learn", "hear"})
# Cues of what someone perceives or comes upon, not of words said: "those close to him saw he was losing weight", "a
# CNN crew saw the aircraft drop two bombs", "Scientists have found evidence of a large underwater “plume”", "the
# investigation found ...". Reported words so cued are a finding (``model.UNSPOKEN_KINDS``): kept, not shown as
# anyone's words. (The claims keep what a commission or an investigation finds: only PERCEPTION_CUES, what one is told,
# asserts nothing.)
PERCEIVING_CUES = frozenset({*PERCEPTION_CUES, "see", "find", "notice", "discover", "witness", "watch", "spot"})
# Cues of a demand, not of a claim: "Bobby Jindal demanded the federal government and BP commit to long-term clean up
# efforts" says what should be done; nothing in it is asserted true or false.
DEMANDING_CUES = frozenset({"demand", "urge", "request", "appeal", "plead", "implore", "order", "command", "instruct",
                            "direct"})
# Verbs under which an infinitive's act is only expected, wanted or tried for ("expect BP to announce", "trying to ...
# confirm"): a cue there has said nothing yet.
UNREALISED_HEADS = frozenset("expect want hope plan try seek intend wish aim attempt prepare schedule".split())
TRYING_VERBS = frozenset({"try", "attempt"})  # of those, the ones whose own infinitive is mostly done ("tried to explain")
# Words that open an embedded question: "asked whether the United States intended to arm the rebels" asserts nothing.
QUESTION_WORDS = frozenset({"whether", "how", "why", "what", "who", "whom", "which"})
# Of those, the ones whose clause, reported after a cue, names what was spoken of ("explained what had happened").
TOPIC_WH_WORDS = frozenset({"how", "why", "what", "who", "where", "when"})
# Nouns that carry an attribution with their complement ('criticism of', 'calls for', 'the claim that', "NATO's
# assertion that it is not targeting Gadhafi").
CUE_NOUNS = frozenset(
    """support call claim warning accusation praise opposition endorsement view
    belief concern fear hope promise pledge demand vision position stance
    remark announcement threat argument assertion insistence suggestion allegation denial
    admission vow push appeal defense defence refusal decision request complaint
    expectation prediction""".split()
)
LEADING_PRONOUNS = frozenset({"he", "she", "his", "her"})  # a claim's first word that stands for a person it does not name
PLURAL_PRONOUNS = ("they", "them", "their", "theirs", "themselves")
POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "its": "it"}  # a possessive read as its subject
#: A party's member, named by the party ("The California Democrat denounced ...": the senator just quoted).
PARTY_MEMBER_NOUNS = frozenset({"democrat", "republican", "tory"})
#: The first person: words that speak of the teller ("they rape me in front of my husband").
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})
REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"})
# What each pronoun may stand for. A plural pronoun is a group, of people or of things, and links to no named entity:
# of 27 "they"/"their"/"them" a hand-check drew on LibyaWar_cnn (dev) linked to a body or a country, 5 were right
# ("CNN spoke to some experts to hear what they think", "166 shivering passengers, all of them"); it still stops at
# the people it may be ("Putin ... with Kim, in which they"), so a later pronoun does not reach past them.
PRONOUN_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("he", "him", "his", "himself", "she", "her", "hers", "herself"), frozenset({"person"})),
    **dict.fromkeys(("it", "its", "itself"), frozenset({"organisation", "country", "thing"})),
    **dict.fromkeys(PLURAL_PRONOUNS, frozenset({"things", "person"})),
}
# Grammatical gender of the person pronouns: a person once called "she" is not the "his" of a later sentence.
PRONOUN_GENDER: dict[str, str] = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"), **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
# Nouns and honorifics that say a person's gender ("a desperate Libyan woman ... Her face", "Mrs. Clinton"): an
# unnamed person so described, or a named one so titled, is never the antecedent of the other gender's pronoun.
GENDERED_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        """woman women mother daughter wife sister girl widow lady grandmother aunt niece spokeswoman chairwoman
        congresswoman businesswoman queen princess actress mrs ms miss madam""".split(), "f"),
    **dict.fromkeys(
        """man men father son husband brother boy widower gentleman grandfather uncle nephew spokesman chairman
        congressman businessman king prince actor mr sir""".split(), "m"),
}
# Words that set a person apart from the namesake of the family a surname names alone: "the younger Gadhafi" is not the
# Gadhafi ("the elder Gadhafi" mostly is: the surname alone names the father).
KIN_ADJECTIVES = frozenset({"younger"})
# Nouns of a person's kin: "Gadhafi's daughter", "the leader's son" is someone else than the one named.
KIN_NOUNS = frozenset(
    """son sons daughter daughters wife wives husband brother brothers sister sisters father mother parents cousin
    cousins uncle aunt nephew niece grandson granddaughter grandfather grandmother widow stepson stepdaughter""".split()
)
# Nouns of the people a person has about them: "his members were discussing a return to the Amoco brand" are the members
# of the association its director speaks for, not he; "her supporters", "his employees".
ASSOCIATE_NOUNS = frozenset(
    """member members supporter supporters follower followers employee employees colleague colleagues client clients
    customer customers constituent constituents fan fans friend friends neighbor neighbors neighbour neighbours""".split()
)
# Nouns of a person that never describe a body or a place: a name set beside one ("Gadhafi's daughter, Ayesha", "Byron
# Grote, BP's chief financial officer") is a person's, whatever the tagger read (a company is a rig's "owner", a
# partner, a member; a country a coalition's leader or head).
PERSON_ONLY_NOUNS = frozenset(ROLE_NOUNS - {"partner", "owner", "head", "chief", "leader", "representative", "founder",
                                            "executive", "vice", "justice", "fellow", "chair", "officials", "senators"}
                              ) | frozenset(GENDERED_NOUNS)
# Relative pronouns that open a reported clause ("said that"), and those that link a clause to the name it modifies.
RELATIVE_PRONOUNS = frozenset({"that", "which"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})  # the tags of "that", "which", "what", "who", "whose" opening a clause
QUESTION_TAGS = RELATIVE_TAGS | {"WRB"}  # and of "how", "why", "when", "where" opening an asked question
ANTECEDENT_RELATIVE_PRONOUNS = {"which"}
# The relative pronouns that only open a clause describing a noun ("NATO, which began bombing ..."); "that" may open
# what was said ("warned the international community that ...").
DESCRIBING_RELATIVES = frozenset({"which", "who", "whom", "whose"})

assert REPORTING_VERBS <= CUE_VERBS, "the event stage's reporting verbs are quote cues too"

# --- stance toward a claim (analyse/claims/stance.py) --------------------------------------------
# Words by which a sentence refutes what it speaks of; general English, no topic.
REFUTE_WORDS = frozenset(
    """
    deny denies denied denying denial denials false falsely fake hoax hoaxes debunk debunked debunks untrue
    refute refutes refuted rebut rebuts rebutted baseless groundless fabricated fabrication bogus unfounded
    """.split()
)
REFUTE_PHRASES = (
    " not true", " no evidence", " no truth", " never happened", " did not happen", " didn't happen",
    " rejected the claim", " rejected the report", " rejected the allegation", " rejected claims", " rejected reports",
    " dismissed the claim", " dismissed the report", " dismissed reports", " dismissed claims", " no basis",
    " made up", " was a joke", " satirical", " retracted",
)
# Words by which a sentence attributes or hedges instead of asserting.
HEDGE_WORDS = frozenset(
    """
    reportedly allegedly alleged purportedly purported apparently supposedly claim claims claimed claiming
    rumour rumours rumoured rumor rumors rumored unconfirmed unverified speculation speculated
    """.split()
)
HEDGE_PHRASES = (
    " according to ", " could not be verified", " cannot be verified", " could not be independently", " not immediately",
    " said to be ", " believed to ", " appears to ", " appeared to ", " is thought to ", " are thought to ",
    " it is not clear", " it was not clear", " it is unclear", " it was unclear",
)

# --- claims: how a statement stands toward what it states (analyse/claims/statements.py) ---------
DENY_CUES = frozenset({"deny", "reject", "dismiss", "dispute", "refute", "rebut", "contest", "contradict"})
# Of those, the cues that deny whatever they take ("denied having used force"); the others deny a claim only
# when their object is one ("rejected the reports", not "rejected the proposal").
STRICT_DENY_CUES = frozenset({"deny", "refute", "rebut"})
# Verbs that deny a claim only when their object names one ("BP has challenged widespread scientific claims that vast
# plumes of oil are spreading underwater", "questioned reports that ..."); otherwise they ask or dare ("challenged the
# government to act", "questioned whether"; "countered the protests with coverage of pro-Gadhafi demonstrations").
DISPUTING_VERBS = frozenset({"challenge", "question", "doubt", "debunk", "counter"})
# Cues that, taking a thing rather than a claim, refuse it: "rejected an African Union cease-fire proposal",
# "rejects any talks that would question his legitimacy". The ledger holds those as rejections.
REFUSAL_CUES = frozenset({"reject"})
# Verbs whose subject also does what they govern: "Obama continues to reject", "the government keeps denying"
# (not "asked monitors to verify": the monitors would verify).
ONGOING_VERBS = frozenset({"continue", "keep", "appear", "seem", "begin", "start"})
CONFIRM_CUES = frozenset({"confirm", "acknowledge", "admit", "concede", "verify"})
RETRACT_CUES = frozenset({"retract", "withdraw", "recant", "backtrack"})
# Of those, the cues that retract whatever they take; the others only when it is a claim ("withdrew the
# allegation", not "forces have withdrawn to bases").
STRICT_RETRACT_CUES = frozenset({"retract", "recant"})
# Nouns for what someone asks to be granted: denying or rejecting one decides it ("an order denying the stay
# request", "rejected a request to allow the ban to stand", "denied bail"), and no claim is denied.
PETITION_NOUNS = frozenset(
    """request requests motion motions application applications appeal appeals petition petitions plea pleas bid
    stay bail permit permits license licence licenses waiver waivers visa visas asylum access entry permission""".split()
)
# Nouns (and pronouns) by which a denial points at a claim made elsewhere: "denied the report", "denied it"; "denied
# responsibility" denies having done the act claimed before.
REFERRING_NOUNS = frozenset(
    """
    allegation allegations claim claims accusation accusations charge charges report reports story stories rumour
    rumours rumor rumors suggestion suggestions assertion assertions statement statements account accounts
    notion notions idea version versions speculation remark remarks comment comments complaint complaints
    estimate estimates comparison comparisons finding findings
    responsibility involvement
    it this that these those
    """.split()
)
# Nouns for how far a claim holds, through which a denial reaches the claim: "began to dispute the size of that
# estimate", "questioned the accuracy of the report".
EXTENT_NOUNS = frozenset("size scale extent accuracy validity veracity credibility reliability basis truth".split())

# Words around "claims" that make them demands for money, lodged and paid, not propositions anyone denies: "those lodging
# claims", "damage claims", "claims for compensation", "filed 400,000 claims".
MONEY_CLAIM_WORDS = frozenset(
    """
    lodge file submit pay settle process receive approve handle
    damage damages compensation insurance loss losses payment payments
    """.split()
)

# Nouns that can name someone who speaks: a person by role, title, job or kind, or a body that speaks.
PERSON_NOUNS = frozenset(ROLE_NOUNS) | SPEAKER_ROLE_NOUNS | GENERIC_SPEAKER_NOUNS | frozenset(GENDERED_NOUNS)
PARTY_NOUNS = PERSON_NOUNS | SPEAKING_BODY_NOUNS
# Endings of nouns for someone who does something ("investor", "protester", "environmentalist", "historian",
# "participant"): a noun no list holds that may still name who says something
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
