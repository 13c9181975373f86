"""Word lists and patterns for events and claims: PLOVER trigger lexicon, modality, denial and figure cues.

Types follow PLOVER (openeventdata/PLOVER, CAMEO2PLOVER-2021 mapping) with FIGHT for conventional
military force, plus STATEMENT for expressions of concern, which fill much of diplomatic news.
"""

from __future__ import annotations

import re

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT",
)
STATEMENT = "STATEMENT"

# Verb lemma -> event type. Reporting verbs ("say", "tell") are not triggers on their own.
VERB_TRIGGERS: dict[str, str] = {
    # AGREE: intent to cooperate, promises, offers
    "agree": "AGREE", "promise": "AGREE", "pledge": "AGREE", "offer": "AGREE", "vow": "AGREE",
    "commit": "AGREE", "volunteer": "AGREE",
    # CONSULT: meetings, visits, talks, calls
    "meet": "CONSULT", "visit": "CONSULT", "host": "CONSULT", "telephone": "CONSULT", "phone": "CONSULT",
    "negotiate": "CONSULT", "discuss": "CONSULT", "mediate": "CONSULT", "consult": "CONSULT",
    # SUPPORT: praise, endorse, sign, recognise, apologise
    "praise": "SUPPORT", "welcome": "SUPPORT", "endorse": "SUPPORT", "defend": "SUPPORT", "sign": "SUPPORT",
    "apologize": "SUPPORT", "apologise": "SUPPORT", "forgive": "SUPPORT", "upgrade": "SUPPORT",
    "recognize": "SUPPORT", "recognise": "SUPPORT", "commend": "SUPPORT", "back": "SUPPORT", "hail": "SUPPORT",
    "congratulate": "SUPPORT", "establish": "SUPPORT", "thank": "SUPPORT",
    # COOPERATE
    "cooperate": "COOPERATE", "share": "COOPERATE", "extradite": "COOPERATE", "collaborate": "COOPERATE",
    # AID: material transfer
    "give": "AID", "send": "AID", "provide": "AID", "supply": "AID", "donate": "AID", "ship": "AID",
    "transfer": "AID", "deliver": "AID", "grant": "AID", "arm": "AID", "fund": "AID", "help": "AID",
    "assist": "AID",
    # CONCEDE
    "concede": "CONCEDE", "yield": "CONCEDE", "accede": "CONCEDE", "relent": "CONCEDE",
    # RETREAT: release, withdraw, resign, ease
    "release": "RETREAT", "free": "RETREAT", "withdraw": "RETREAT", "resign": "RETREAT", "surrender": "RETREAT",
    "demobilize": "RETREAT", "disarm": "RETREAT", "return": "RETREAT", "lift": "RETREAT", "ease": "RETREAT",
    "evacuate": "RETREAT", "pull": "RETREAT", "retreat": "RETREAT", "compensate": "RETREAT", "reopen": "RETREAT",
    "step": "RETREAT",
    # INVESTIGATE
    "investigate": "INVESTIGATE", "probe": "INVESTIGATE", "inspect": "INVESTIGATE", "examine": "INVESTIGATE",
    "scrutinize": "INVESTIGATE", "scrutinise": "INVESTIGATE", "monitor": "INVESTIGATE",
    # DEMAND: requests, calls, urging
    "demand": "DEMAND", "urge": "DEMAND", "ask": "DEMAND", "request": "DEMAND", "press": "DEMAND",
    "appeal": "DEMAND", "insist": "DEMAND", "order": "DEMAND", "pressure": "DEMAND",
    "push": "DEMAND", "summon": "DEMAND",
    # DISAPPROVE: criticise, accuse, blame, complain, sue
    "accuse": "DISAPPROVE", "blame": "DISAPPROVE", "criticize": "DISAPPROVE", "criticise": "DISAPPROVE",
    "condemn": "DISAPPROVE", "denounce": "DISAPPROVE", "complain": "DISAPPROVE", "sue": "DISAPPROVE",
    "charge": "DISAPPROVE", "allege": "DISAPPROVE", "indict": "DISAPPROVE", "censure": "DISAPPROVE",
    "slam": "DISAPPROVE", "rebuke": "DISAPPROVE", "deplore": "DISAPPROVE", "lodge": "DISAPPROVE",
    "challenge": "DISAPPROVE", "confront": "DISAPPROVE", "protest": "DISAPPROVE",
    # REJECT
    "reject": "REJECT", "refuse": "REJECT", "veto": "REJECT", "oppose": "REJECT", "deny": "REJECT",
    "renege": "REJECT", "decline": "REJECT", "rebuff": "REJECT", "dismiss": "REJECT", "defy": "REJECT",
    "spurn": "REJECT", "boycott": "PROTEST",
    # THREATEN
    "threaten": "THREATEN", "warn": "THREATEN", "swear": "THREATEN",
    # SANCTION: reduce relations, expel, cancel
    "sanction": "SANCTION", "expel": "SANCTION", "cancel": "SANCTION", "suspend": "SANCTION",
    "sever": "SANCTION", "cut": "SANCTION", "halt": "SANCTION", "recall": "SANCTION", "prohibit": "SANCTION",
    "reduce": "SANCTION", "postpone": "SANCTION", "embargo": "SANCTION", "freeze": "SANCTION",
    # PROTEST
    "demonstrate": "PROTEST", "rally": "PROTEST", "riot": "PROTEST", "strike": "PROTEST", "march": "PROTEST",
    "picket": "PROTEST", "block": "PROTEST", "stage": "PROTEST",
    # MOBILIZE
    "mobilize": "MOBILIZE", "mobilise": "MOBILIZE", "deploy": "MOBILIZE", "patrol": "MOBILIZE",
    "test": "MOBILIZE", "launch": "MOBILIZE", "prepare": "MOBILIZE", "mass": "MOBILIZE",
    # COERCE: arrest, ban, seize, deport, impose
    "arrest": "COERCE", "detain": "COERCE", "seize": "COERCE", "confiscate": "COERCE", "ban": "COERCE",
    "outlaw": "COERCE", "deport": "COERCE", "impose": "COERCE", "jail": "COERCE", "imprison": "COERCE",
    "blockade": "COERCE", "occupy": "COERCE", "declare": "COERCE", "reimpose": "COERCE", "raid": "COERCE",
    "burn": "COERCE", "restrict": "COERCE", "force": "FIGHT", "capture": "COERCE", "crack": "COERCE",
    # ASSAULT: unconventional violence
    "kill": "ASSAULT", "assassinate": "ASSAULT", "abduct": "ASSAULT", "kidnap": "ASSAULT", "hijack": "ASSAULT",
    "torture": "ASSAULT", "beat": "ASSAULT", "massacre": "ASSAULT", "behead": "ASSAULT", "murder": "ASSAULT",
    "stab": "ASSAULT", "execute": "ASSAULT", "bomb": "ASSAULT", "attack": "ASSAULT", "injure": "ASSAULT",
    "wound": "ASSAULT", "rape": "ASSAULT", "destroy": "ASSAULT", "die": "ASSAULT", "blow": "ASSAULT",
    # FIGHT: conventional military force
    "shell": "FIGHT", "fire": "FIGHT", "fight": "FIGHT", "clash": "FIGHT", "invade": "FIGHT", "bombard": "FIGHT",
    "shoot": "FIGHT", "storm": "FIGHT", "fall": "FIGHT", "hit": "FIGHT", "pound": "FIGHT", "besiege": "FIGHT",
    "ambush": "FIGHT", "overrun": "FIGHT", "drive": "FIGHT",
}

# Noun lemma -> event type (the event named as a noun: "a meeting with", "the visit", "talks").
NOUN_TRIGGERS: dict[str, str] = {
    "meeting": "CONSULT", "visit": "CONSULT", "talk": "CONSULT", "summit": "CONSULT", "negotiation": "CONSULT",
    "mediation": "CONSULT", "trip": "CONSULT", "consultation": "CONSULT",
    "agreement": "SUPPORT", "treaty": "SUPPORT", "pact": "SUPPORT", "tie": "SUPPORT",
    "aid": "AID", "assistance": "AID", "asylum": "AID",
    "investigation": "INVESTIGATE", "inquiry": "INVESTIGATE", "probe": "INVESTIGATE", "hearing": "INVESTIGATE",
    "demand": "DEMAND", "call": "DEMAND", "appeal": "DEMAND", "ultimatum": "THREATEN", "threat": "THREATEN",
    "accusation": "DISAPPROVE", "criticism": "DISAPPROVE", "condemnation": "DISAPPROVE", "complaint": "DISAPPROVE",
    "protest": "PROTEST", "demonstration": "PROTEST", "riot": "PROTEST", "strike": "PROTEST",
    "hunger": "PROTEST", "sanction": "SANCTION", "embargo": "SANCTION", "veto": "REJECT",
    "test": "MOBILIZE", "launch": "MOBILIZE", "deployment": "MOBILIZE", "patrol": "MOBILIZE", "drill": "MOBILIZE", "exercise": "MOBILIZE",
    "attack": "ASSAULT", "bombing": "ASSAULT", "killing": "ASSAULT", "assassination": "ASSAULT",
    "shelling": "FIGHT", "airstrike": "FIGHT", "offensive": "FIGHT", "invasion": "FIGHT", "war": "FIGHT",
    "arrest": "COERCE", "curfew": "COERCE", "siege": "COERCE", "blockade": "COERCE", "concern": STATEMENT,
    "withdrawal": "RETREAT", "release": "RETREAT", "ceasefire": "RETREAT", "resignation": "RETREAT",
    "concession": "CONCEDE", "compensation": "RETREAT",
}

# Light verbs whose object noun carries the event ("held talks", "staged demonstrations").
LIGHT_VERBS: frozenset[str] = frozenset({
    "hold", "stage", "pay", "make", "conduct", "launch", "carry", "issue", "lodge", "file", "open",
    "take", "give", "have", "begin", "start", "continue", "renew", "resume", "complete", "express", "voice",
    "raise", "reiterate", "repeat", "announce", "plan", "seek", "call", "mount", "impose", "reimpose",
    "set", "put", "grant", "deliver", "register", "declare", "end", "offer", "order",
})

# Verb + particle or preposition that changes the type.
PHRASAL: dict[tuple[str, str], str] = {
    ("call", "for"): "DEMAND", ("call", "on"): "DEMAND", ("call", "off"): "SANCTION",
    ("pull", "out"): "RETREAT", ("pull", "back"): "RETREAT", ("step", "down"): "RETREAT",
    ("hand", "over"): "AID", ("set", "fire"): "COERCE", ("set", "up"): "COOPERATE",
    ("crack", "down"): "COERCE", ("break", "off"): "SANCTION", ("blow", "up"): "ASSAULT",
    ("beat", "up"): "ASSAULT", ("break", "relations"): "SANCTION", ("cut", "off"): "SANCTION",
    ("open", "fire"): "FIGHT", ("stop", "work"): "PROTEST", ("speed", "up"): "RETREAT",
    ("fail", "reach"): "REJECT", ("stand", "by"): "SUPPORT", ("look", "into"): "INVESTIGATE",
    ("take", "look"): "INVESTIGATE", ("put", "investigation"): "INVESTIGATE",
}

# Statements of concern: "is concerned about", "expressed concern", "of great concern".
CONCERN_WORDS: frozenset[str] = frozenset({"concern", "concerned", "worry", "worried", "alarm", "alarmed", "fear"})

REPORTING_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "state", "note", "report", "announce", "quote", "claim", "reveal", "write",
    "remark", "explain", "declare", "confirm", "reiterate", "indicate", "suggest", "believe", "know", "see",
    "stress", "emphasize", "emphasise", "underscore", "highlight", "maintain", "describe", "characterize",
    "mention", "point", "echo", "conclude", "argue", "insist", "acknowledge", "allege",
})

# Verbs that mark intent before an xcomp ("agreed to provide", "plans to visit").
INTENT_VERBS: frozenset[str] = frozenset({
    "agree", "promise", "pledge", "offer", "vow", "plan", "intend", "prepare", "expect", "hope", "want",
    "aim", "decide", "seek", "set", "ready", "prepared", "willing", "commit", "committed", "swear", "schedule",
})
PLANNED_AUX: frozenset[str] = frozenset({"will", "shall", "'ll", "going"})
HYPOTHETICAL_AUX: frozenset[str] = frozenset({"would", "could", "might", "may", "should", "can", "must"})
CONDITION_MARKERS: frozenset[str] = frozenset({"if", "unless", "whether"})
NEGATIONS: frozenset[str] = frozenset({"not", "n't", "never", "no"})

# Types that, announced as intent, read as a threat rather than an offer (PLOVER's THREATEN).
HOSTILE_TYPES: frozenset[str] = frozenset({"COERCE", "ASSAULT", "FIGHT", "SANCTION", "PROTEST", "MOBILIZE"})

# Claims: allegation and denial cues.
ALLEGE_VERBS: frozenset[str] = frozenset({"allege", "accuse", "blame", "claim", "charge", "say", "reveal", "see", "believe", "tell"})
DENY_VERBS: frozenset[str] = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
ALLEGATION_NOUNS: frozenset[str] = frozenset({"allegation", "claim", "accusation", "charge", "report"})
# Material transfer of arms: the verbs and the goods that make a supply claim.
TRANSFER_VERBS: frozenset[str] = frozenset({"supply", "send", "ship", "transfer", "provide", "deliver", "give", "sell", "export", "arm"})
ARMS_WORDS: frozenset[str] = frozenset({
    "arm", "arms", "weapon", "munition", "ammunition", "missile", "shell", "rocket", "artillery", "drone",
    "materiel", "container", "round",
})
AUTHORITATIVE_SOURCES: tuple[str, ...] = ("sanctions monitors", "panel of experts", "un monitors", "inspectors", "investigators")

# Figures: "over 11,000 containers of munitions", "dozens of ballistic missiles".
FIGURE_RE = re.compile(
    r"(?P<qual>\b(?:over|more than|about|around|nearly|almost|some|at least|roughly|up to|fewer than|less than)\s+)?"
    r"\b(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<mult>million|billion|thousand))?\s+"
    r"(?P<unit>[a-z]+(?:-[a-z]+)?)(?P<of>\s+of\s+(?P<what>[a-z]+(?:[ -][a-z]+){0,3}?))?(?=\s+(?:or|to|and|in|from|since|,|\.)|[,.;]|$)"
)
MULTIPLIERS: dict[str, int] = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

# Partial TIMEX3 values for weekday and month expressions left unresolved for lack of an anchor.
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)
WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
MONTH_DAY_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\.?\s+(\d{1,2})\b", re.IGNORECASE)
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\b", re.IGNORECASE)

# Capitals and seats stand for their government as actors; sector from person titles.
GOV_TITLES: frozenset[str] = frozenset({
    "president", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "ambassador", "official",
    "leader", "premier", "chancellor", "king", "queen", "advisor", "adviser", "coordinator", "envoy", "diplomat",
    "senator", "governor", "government", "administration", "ministry", "department", "council",
})
MIL_TITLES: frozenset[str] = frozenset({"general", "army", "military", "troops", "forces", "soldier", "commander", "admiral"})

# Inanimate agents of killing: PLOVER codes these as conventional force (FIGHT), not ASSAULT.
WEAPON_AGENTS: frozenset[str] = frozenset({
    "explosion", "attack", "strike", "airstrike", "shell", "shelling", "missile", "rocket", "raid", "mine",
    "artillery", "fire", "tank", "helicopter", "drone", "predator",
})
OBLIGATION_AUX: frozenset[str] = frozenset({"must"})
# "blamed X for sending", "accused X of supplying": X is the doer of the inner act.
BLAME_VERBS: frozenset[str] = frozenset({"blame", "accuse", "charge", "suspect", "condemn", "criticize", "criticise"})
# Triggers whose direct object must be an actor, not a thing ("meet Putin", not "meet commitments").
ACTOR_OBJECT_VERBS: frozenset[str] = frozenset({"meet", "release", "host"})
# Words that mark a clause as not (yet) real: "have yet to release", "nobody should be helping".
NOT_YET: frozenset[str] = frozenset({"yet"})
NEGATIVE_SUBJECTS: frozenset[str] = frozenset({"nobody", "none", "no one", "neither"})
# Reporting verbs that become a STATEMENT event when the text places the remark ("told reporters at Camp David").
PLACED_REMARK_VERBS: frozenset[str] = frozenset({"tell", "say", "speak", "brief"})
STRICT_ALLEGE: frozenset[str] = frozenset({"allege", "accuse", "blame", "claim", "charge", "reveal"})
