"""Word lists and patterns for events and claims: PLOVER trigger lexicon, modality, denial and figure cues.

Types follow PLOVER (openeventdata/PLOVER, CAMEO2PLOVER-2021 mapping) with FIGHT for conventional
military force, plus STATEMENT for expressions of concern, which fill much of diplomatic news.
"""

from __future__ import annotations

import re

from storyline.analyse import lexicon as L
from storyline.analyse.entities.patterns import CRAFT_NOUNS

# shared word lists (storyline.analyse.lexicon), under this stage's names
MONTHS = L.MONTH_NAMES
REPORTING_VERBS = L.REPORTING_VERBS
# Verbs an "at" after which says where the words were given, not at whom ("said at the White House", "Speaking at the
# Cypress Cove Marina"; "shouted at the soldiers" is aimed).
SPOKEN_AT_VERBS = REPORTING_VERBS | {"speak", "talk"}
ALLEGATION_VERBS = L.ALLEGATION_VERBS
WEEKDAYS = L.WEEKDAY_NAMES


PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT",
)
STATEMENT = "STATEMENT"
#: What nature or an accident does ("the quake struck south of the capital", "the rig exploded"): an event of the story
#: outside PLOVER's typology of what parties do to each other, never a fight or an assault.
INCIDENT = "INCIDENT"
#: A war or an unrest as the subject of a hostile verb is no belligerent: "Libya's war has forced out 215,000 people"
#: tells what the war caused, not an act of anyone's (like a force of nature, below).
CONFLICT_NOUNS: frozenset[str] = frozenset("war conflict fighting violence unrest uprising crisis turmoil".split())
#: Relations one has ("had ongoing ties to Gadhafi"): a state, not the act of forming or cutting them.
RELATION_NOUNS: frozenset[str] = frozenset("tie link relation relationship contact connection dealing".split())
#: Natural forces and industrial accidents: an act whose doer is one of these is an incident, and no one's accusation
#: (an explosion or a blast is left out: as often a bomb's, PLOVER's "a minefield explosion killed two youths" a FIGHT).
FORCE_NOUNS: frozenset[str] = frozenset(
    """quake earthquake tremor aftershock hurricane storm typhoon cyclone tornado flood flooding tsunami landslide
    mudslide avalanche eruption volcano wildfire drought spill leak slick gusher""".split()
)
#: Nouns of a calamity that a force's name before them makes that force's ("the earthquake disaster").
DISASTER_NOUNS: frozenset[str] = frozenset({"disaster", "catastrophe", "tragedy", "devastation"})
#: Verbs whose subject undergoes the act: "Eighty-five UN employees died in the earthquake" names the dead, not a killer
#: (the cause a preposition gives, when it is a force, is the doer and the death an incident).
UNDERGOER_VERBS: frozenset[str] = frozenset({"die", "perish", "drown"})
CAUSE_PREPOSITIONS: frozenset[str] = frozenset({"in", "from", "after", "during", "of"})
#: What a speech act's own clause says besides its speaker: without any, a speech verb only tags a quote ("Ezell asked").
SAID_WHAT_DEPS: frozenset[str] = frozenset({"dobj", "ccomp", "xcomp", "dative", "prep", "attr", "acomp", "oprd", "prt"})
#: Verbs of a blast, and what blows up by accident when the sentence names no one who set it off: "the rig exploded
#: April 20", "BP's underwater oil well blew out" tell an accident its installation undergoes, not an attack by it (a
#: bomb's or a shell's blast stays an assault: neither is an installation).
BLAST_VERBS: frozenset[str] = frozenset({"explode", "blow"})
BLAST_PHRASES: frozenset[tuple[str, str]] = frozenset({("catch", "fire")})  # a verb and its object: "the rig caught fire"
ACCIDENT_SITES: frozenset[str] = CRAFT_NOUNS | frozenset(
    "well wellhead pipeline pipe plant reactor refinery factory boiler warehouse depot".split())
#: Hazards and problems a verb of force can be turned against with no party struck: "attacking this spill", "fight the
#: leak", "battling the blaze", "combat the outbreak" ("fire" and "oil" are none here: "opened fire on a protest",
#: "trying to force the oil down").
HAZARD_NOUNS: frozenset[str] = frozenset("""spill leak slick gusher blaze wildfire outbreak epidemic pandemic virus flu
    disease infection flood drought famine hunger poverty crisis problem corruption inflation unemployment""".split())
#: A force's onset told in other verbs is one act: "the quake struck", "hit Haiti", "rocked the capital".
ONSET_VERBS: frozenset[str] = frozenset({"hit", "strike", "rock", "jolt", "shake", "devastate", "wreck", "flatten", "ravage"})

# Verb lemma -> event type. Reporting verbs ("say", "tell") are not triggers on their own. The classes
# follow the CAMEO cue categories as CAMEO2PLOVER-2021 maps them (03 intent -> AGREE, 04 -> CONSULT,
# 05 -> SUPPORT, 06 -> COOPERATE, 07 -> AID, 08 -> CONCEDE/RETREAT, 09 -> INVESTIGATE, 10 -> DEMAND,
# 11 -> DISAPPROVE, 12 -> REJECT, 13 -> THREATEN, 14 -> PROTEST, 15 -> MOBILIZE, 16 -> SANCTION,
# 17 -> COERCE, 18/20 -> ASSAULT, 19 -> FIGHT), each filled with the common English verbs of its glosses.
VERB_CLASSES: dict[str, tuple[str, ...]] = {
    # 03 express intent to cooperate, promises, offers, proposals
    "AGREE": ("agree", "promise", "pledge", "offer", "vow", "commit", "volunteer", "propose", "guarantee", "assure",
              "undertake", "consent"),
    # 04 consult: meetings, visits, talks, calls, mediation, negotiation
    "CONSULT": ("meet", "visit", "host", "telephone", "phone", "negotiate", "discuss", "mediate", "consult", "confer",
                "convene", "talk", "arrive", "travel", "tour", "receive"),
    # 05 diplomatic cooperation: praise, endorse, defend verbally, recognise, apologise, forgive, sign
    "SUPPORT": ("praise", "welcome", "endorse", "defend", "sign", "apologize", "apologise", "forgive", "upgrade",
                "recognize", "recognise", "commend", "back", "hail", "congratulate", "establish", "thank", "support",
                "approve", "ratify", "applaud", "laud", "salute", "normalize", "normalise", "restore", "uphold",
                "champion", "embrace"),
    # 06 material cooperation: economic, military, judicial, intelligence
    "COOPERATE": ("cooperate", "share", "extradite", "collaborate", "coordinate", "exchange"),
    # 07 aid: economic, military, humanitarian, peacekeeping, asylum
    "AID": ("give", "send", "provide", "supply", "donate", "ship", "transfer", "deliver", "grant", "arm", "fund",
            "help", "assist", "lend", "loan", "contribute", "airlift", "finance", "shelter"),
    # 08 yield, verbal: ease restrictions, accede to demands, pardon
    "CONCEDE": ("concede", "yield", "accede", "relent", "pardon", "allow", "permit", "accept", "regret", "legalize",
                "legalise", "amnesty", "compromise"),
    # 08 yield, material: release, return, withdraw, resign, disarm, allow access, ceasefire
    "RETREAT": ("release", "free", "withdraw", "resign", "surrender", "demobilize", "demobilise", "disarm", "return",
                "lift", "ease", "evacuate", "pull", "retreat", "compensate", "reopen", "step", "repatriate", "cede",
                "abdicate", "quit", "disband", "vacate", "admit"),
    # 09 investigate
    "INVESTIGATE": ("investigate", "probe", "inspect", "examine", "scrutinize", "scrutinise", "monitor", "audit",
                    "interrogate"),
    # 10 demand: requests, calls, urging, orders
    "DEMAND": ("demand", "urge", "ask", "request", "press", "appeal", "insist", "order", "pressure", "push", "summon",
               "require", "instruct", "command", "exhort", "implore", "plead", "beg"),
    # 11 disapprove: criticise, accuse, blame, complain, sue, find guilty
    "DISAPPROVE": ("accuse", "blame", "criticize", "criticise", "condemn", "denounce", "complain", "sue", "charge",
                   "allege", "indict", "censure", "slam", "rebuke", "deplore", "lodge", "challenge", "confront",
                   "protest", "decry", "lambast", "assail", "fault", "reproach", "convict", "berate", "chastise",
                   "disapprove", "object"),
    # 12 reject: refuse, decline, veto, defy
    "REJECT": ("reject", "refuse", "veto", "oppose", "deny", "renege", "decline", "rebuff", "dismiss", "defy", "spurn",
               "snub", "resist", "disregard", "ignore", "repudiate", "fail"),
    # 13 threaten: threats, warnings, ultimatums
    "THREATEN": ("threaten", "warn", "swear"),
    # 16 reduce relations: break ties, stop aid, expel, halt talks
    "SANCTION": ("sanction", "expel", "cancel", "suspend", "sever", "cut", "halt", "recall", "prohibit", "reduce",
                 "postpone", "embargo", "freeze", "downgrade", "terminate", "discontinue"),
    # 14 political dissent: demonstrations, strikes, boycotts, obstruction, riots
    "PROTEST": ("demonstrate", "rally", "riot", "strike", "march", "picket", "block", "stage", "boycott", "blockade"),
    # 15 demonstrate military or police power
    "MOBILIZE": ("mobilize", "mobilise", "deploy", "patrol", "test", "launch", "prepare", "mass", "reinforce",
                 "station", "alert"),
    # 17 coerce: seize, restrict, ban, curfew, arrest, deport, occupy
    "COERCE": ("arrest", "detain", "seize", "confiscate", "ban", "outlaw", "deport", "impose", "jail", "imprison",
               "occupy", "declare", "reimpose", "raid", "burn", "restrict", "capture", "crack", "sentence", "censor",
               "expropriate", "nationalize", "nationalise", "evict", "annex", "round", "tighten", "extend", "punish"),
    # 18, 20 unconventional and mass violence
    "ASSAULT": ("kill", "assassinate", "abduct", "kidnap", "hijack", "torture", "beat", "massacre", "behead", "murder",
                "stab", "execute", "bomb", "attack", "injure", "wound", "rape", "destroy", "die", "blow", "lynch",
                "slaughter", "maim", "ambush", "explode", "detonate"),
    # 19 conventional military force
    "FIGHT": ("shell", "fire", "fight", "clash", "invade", "bombard", "shoot", "storm", "fall", "hit", "pound",
              "besiege", "overrun", "drive", "force", "strafe", "battle", "retaliate", "retake", "crush"),
}
VERB_TRIGGERS: dict[str, str] = {verb: etype for etype, verbs in VERB_CLASSES.items() for verb in verbs}
# "blockade" reads as a protest only for crowds; as an act of state it is coercion.
VERB_TRIGGERS["blockade"] = "COERCE"

# Noun lemma -> event type (the event named as a noun: "a meeting with", "the visit", "talks").
NOUN_TRIGGERS: dict[str, str] = {
    "meeting": "CONSULT", "visit": "CONSULT", "talk": "CONSULT", "summit": "CONSULT", "negotiation": "CONSULT",
    "mediation": "CONSULT", "trip": "CONSULT", "consultation": "CONSULT", "discussion": "CONSULT",
    "agreement": "SUPPORT", "treaty": "SUPPORT", "pact": "SUPPORT", "tie": "SUPPORT", "support": "SUPPORT",
    "recognition": "SUPPORT", "apology": "SUPPORT", "endorsement": "SUPPORT",
    "aid": "AID", "assistance": "AID", "asylum": "AID", "loan": "AID", "donation": "AID", "relief": "AID",
    "investigation": "INVESTIGATE", "inquiry": "INVESTIGATE", "probe": "INVESTIGATE", "hearing": "INVESTIGATE",
    "demand": "DEMAND", "call": "DEMAND", "appeal": "DEMAND", "request": "DEMAND", "ultimatum": "THREATEN",
    "threat": "THREATEN", "warning": "THREATEN",
    "accusation": "DISAPPROVE", "criticism": "DISAPPROVE", "condemnation": "DISAPPROVE", "complaint": "DISAPPROVE",
    "lawsuit": "DISAPPROVE", "protest": "PROTEST", "demonstration": "PROTEST", "riot": "PROTEST", "strike": "PROTEST",
    "rally": "PROTEST", "march": "PROTEST", "boycott": "PROTEST", "sit-in": "PROTEST",
    "hunger": "PROTEST", "sanction": "SANCTION", "embargo": "SANCTION", "veto": "REJECT", "rejection": "REJECT",
    "refusal": "REJECT", "test": "MOBILIZE", "launch": "MOBILIZE", "deployment": "MOBILIZE", "patrol": "MOBILIZE",
    "drill": "MOBILIZE", "exercise": "MOBILIZE", "mobilization": "MOBILIZE",
    "attack": "ASSAULT", "bombing": "ASSAULT", "killing": "ASSAULT", "assassination": "ASSAULT", "massacre": "ASSAULT",
    "kidnapping": "ASSAULT", "shelling": "FIGHT", "airstrike": "FIGHT", "offensive": "FIGHT", "invasion": "FIGHT",
    "war": "FIGHT", "fighting": "FIGHT", "clash": "FIGHT",
    "arrest": "COERCE", "curfew": "COERCE", "siege": "COERCE", "blockade": "COERCE", "crackdown": "COERCE",
    "ban": "COERCE", "emergency": "COERCE", "law": "COERCE", "concern": STATEMENT,
    "withdrawal": "RETREAT", "release": "RETREAT", "ceasefire": "RETREAT", "resignation": "RETREAT",
    "truce": "RETREAT", "concession": "CONCEDE", "compensation": "RETREAT", "pardon": "CONCEDE",
    "amnesty": "CONCEDE", "pledge": "AGREE", "promise": "AGREE", "offer": "AGREE", "proposal": "AGREE",
    "willingness": "AGREE", "readiness": "AGREE", "commitment": "AGREE", "intention": "AGREE",
}
# Nouns that name an event only after a light verb ("declared a state of emergency", "imposed martial law"),
# never on their own.
LIGHT_ONLY_NOUNS: frozenset[str] = frozenset({
    "law", "emergency", "support", "request", "warning", "offer", "call", "willingness", "readiness", "commitment",
    "intention",
})
# Military games held jointly are cooperation (PLOVER COOPERATE), not a show of force.
JOINT_NOUNS: frozenset[str] = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "patrol", "game"})

# Easing a restriction is a verbal concession; easing sanctions or letting people go is material.
EASE_VERBS: frozenset[str] = frozenset({"lift", "ease", "relax", "end", "remove", "revoke", "rescind", "scrap"})
RESTRICTION_NOUNS: frozenset[str] = frozenset({
    "curfew", "emergency", "ban", "restriction", "law", "rule", "censorship",
})
# Verbs of force that, with what someone was made to do ("forced us to work"), tell a compulsion: a thing that compels
# is a state of things, no one's act.
COMPELLING_VERBS: frozenset[str] = frozenset({"force", "compel"})
# Letting third parties in (observers, inspectors, peacekeepers, aid): PLOVER's RETREAT mode "access".
ACCESS_NOUNS: frozenset[str] = frozenset({
    "observer", "inspector", "monitor", "peacekeeper", "mission", "delegation", "aid", "access", "worker", "team",
})
# Subjects that make a protest a street protest rather than an official complaint.
CROWD_WORDS: frozenset[str] = frozenset({
    "student", "worker", "people", "protester", "protestor", "demonstrator", "crowd", "thousand", "hundred",
    "resident", "villager", "supporter", "farmer", "miner", "union", "activist", "opposition", "mob", "youth",
})
# What one strikes that is no blow: a find ("struck oil", "had struck gas") or a tone ("struck a similar note of optimism").
STRUCK_FINDS: frozenset[str] = frozenset({"oil", "gas", "note", "tone", "chord"})
# Modifiers that make a "strike" noun a stoppage of work, not a blow ("a general strike", "a hunger strike").
STOPPAGE_WORDS: frozenset[str] = frozenset({"general", "hunger", "labor", "labour", "worker", "union", "national", "rail"})
# Violence that armed forces as actors make conventional (FIGHT); beating or torture stays ASSAULT.
MILITARY_FORCE_VERBS: frozenset[str] = frozenset({"attack", "kill", "bomb", "destroy", "wound", "injure", "ambush"})
# Verbs of force an installation undergoes when it is shut for good: "BP permanently killed its deep-sea well" (with
# cement), not an act of violence; "bombed the refinery", "destroyed the pipeline" stay.
SEALING_FORCE_VERBS: frozenset[str] = frozenset({"kill"})
# Documents whose issuer is the actor of the clause they carry ("issued a statement demanding ...").
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "statement", "declaration", "communique", "communiqué", "resolution", "letter", "note", "decree", "appeal",
})
# Peacekeeping is aid (PLOVER AID, CAMEO 074): sending, deploying or the arrival of peacekeepers.
PEACEKEEPING_WORDS: frozenset[str] = frozenset({"peacekeeper", "peacekeeping", "peace-keeping", "peacekeepers"})
PEACEKEEPING_VERBS: frozenset[str] = frozenset({"arrive", "deploy", "send", "dispatch", "station", "land"})
# Signing an agreement is SUPPORT in PLOVER; a pact whose terms commit the parties to defend or aid each
# other is read as the promise it holds (AGREE: intent to cooperate militarily or to provide aid).
SIGN_VERBS: frozenset[str] = frozenset({"sign", "conclude", "ink", "seal"})
AGREEMENT_NOUNS: frozenset[str] = frozenset({"agreement", "pact", "treaty", "accord", "deal", "alliance"})
COMMITMENT_WORDS: frozenset[str] = frozenset({
    "defense", "defence", "security", "mutual", "assistance", "aid", "alliance", "agree", "commit", "pledge",
    "promise", "oblige", "obligate", "guarantee",
})
# Promise verbs that announce force as a threat ("vowed to retaliate"); "agreed to postpone" stays AGREE.
VOW_VERBS: frozenset[str] = frozenset({"vow", "pledge", "promise", "swear"})
# Types whose refusal or failure PLOVER codes as REJECT ("did not agree", "refused to withdraw").
COOPERATIVE_TYPES: frozenset[str] = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
})

# Light verbs whose object noun carries the event ("held talks", "staged demonstrations").
LIGHT_VERBS: frozenset[str] = frozenset({
    "hold", "stage", "pay", "make", "conduct", "launch", "carry", "issue", "lodge", "file", "open",
    "take", "give", "have", "begin", "start", "continue", "renew", "resume", "complete", "express", "voice",
    "raise", "reiterate", "repeat", "announce", "plan", "seek", "call", "mount", "impose", "reimpose",
    "set", "put", "grant", "deliver", "register", "declare", "end", "offer", "order", "extend", "lead",
    "organize", "organise", "observe", "sign",
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
    ("take", "look"): "INVESTIGATE", ("give", "up"): "RETREAT",
    ("insist", "on"): "DEMAND", ("rule", "out"): "REJECT", ("turn", "down"): "REJECT", ("hand", "back"): "RETREAT",
    ("round", "up"): "COERCE", ("walk", "out"): "PROTEST", ("gun", "down"): "ASSAULT", ("call", "up"): "MOBILIZE",
    ("build", "up"): "MOBILIZE", ("use", "force"): "FIGHT", ("shut", "down"): "COERCE", ("put", "investigation"): "INVESTIGATE",
}

# Statements of concern: "is concerned about", "expressed concern", "of great concern".
CONCERN_WORDS: frozenset[str] = frozenset({"concern", "concerned", "worry", "worried", "alarm", "alarmed", "fear"})


# Verbs that mark intent before an xcomp ("agreed to provide", "plans to visit").
# Verbs of a plan whose bare infinitive is planned ("was set to file a lawsuit", "was expected to extend").
PLAN_VERBS: frozenset[str] = frozenset({"plan", "set", "schedule", "expect", "intend"})
INTENT_VERBS: frozenset[str] = frozenset({
    "agree", "promise", "pledge", "offer", "vow", "plan", "intend", "prepare", "expect", "hope", "want",
    "aim", "decide", "seek", "set", "ready", "prepared", "willing", "commit", "committed", "swear", "schedule",
})
# Of those, the ones of wishing: what one wanted or hoped to do was neither done nor announced ("Washington wanted to
# provide aid to the Haitian people", a diplomat's rebuttal); "wants to" states an intent, left to the planned mode
DESIRE_VERBS: frozenset[str] = frozenset({"want", "hope", "wish"})
PLANNED_AUX: frozenset[str] = frozenset({"will", "shall", "'ll", "going"})
HYPOTHETICAL_AUX: frozenset[str] = frozenset({"would", "could", "might", "may", "should", "can", "must"})
# Adjectives that make an act under them a likelihood, not a fact ("BP is likely to cut its dividend").
LIKELIHOOD_ADJECTIVES: frozenset[str] = frozenset({"likely", "unlikely", "possible"})
# Words that rank a thing among others: its infinitive tells what was done ("the first country to recognize the council").
RANK_WORDS: frozenset[str] = frozenset({"first", "last", "only", "second", "third", "latest", "next"})
# Subjects that stand for a thing, not a party ("It kills them because it prevents them from feeding").
THING_SUBJECTS: frozenset[str] = frozenset({"it", "this", "that"})
# Nouns whose infinitive was tried, not planned ("An attempt to assassinate the deputy governor was thwarted").
ATTEMPT_NOUNS: frozenset[str] = frozenset({"attempt", "bid", "effort"})
# "should be able to", "must be likely to": what one may do or may happen, said with a modal of obligation, no demand.
ABLE_OR_LIKELY: frozenset[str] = LIKELIHOOD_ADJECTIVES | {"able", "unable"}
# What befalls one or is thought of one, not an act one can be asked for: "Petrobras should benefit as ... rigs begin
# looking for new markets, UBS said" is a forecast, "(W)e must remember ..." a thought, "the success of the GCCF must be
# judged by whether ..." (in the passive) a view.
OUTCOME_VERBS: frozenset[str] = frozenset({"benefit", "suffer", "profit", "gain", "recover", "survive", "happen", "occur",
                                           "last"})
THOUGHT_VERBS: frozenset[str] = frozenset({"remember", "know", "understand", "realize", "realise", "recognize",
                                           "recognise", "appreciate", "bear"})
VIEWED_VERBS: frozenset[str] = frozenset({"judge", "see", "view", "regard", "measure", "consider", "remember"})
# Of those, the ones of what may be (the lexicon's possibility modals but "can", which says what one is able to do).
POSSIBILITY_AUX: frozenset[str] = L.POSSIBILITY_MODALS - {"can"}
CONDITION_MARKERS: frozenset[str] = frozenset({"if", "unless", "whether"})
# Subordinators that set an act before or after another ("after BP gave details ..., Hayward said").
SEQUENCE_MARKERS: frozenset[str] = frozenset({"after", "before", "since", "until", "till"})
# Prepositions whose gerund takes the mode of the act they hang on: its means ("by defying calls") or one set before or
# after it ("will address the nation before meeting the BP executives").
MEANS_OR_SEQUENCE_PREPS: frozenset[str] = frozenset({"by", "before", "after"})
# Verbs of telling one's memories: what they govern happened before the telling ("recounted watching the TV news when
# BP gave up its attempt to kill the well").
RECALLING_VERBS: frozenset[str] = frozenset({"recount", "recall", "remember", "reminisce", "relive"})
# Verbs that tell a past act as already known, to make a point of it ("Transocean ... points out that BP declined to run
# a cement bond log", "acknowledged that the company failed to"): the act is older than the telling, on a day the text
# does not give. (Not "said", "announced" or "reported": "the government said Sunday that his son died in an
# airstrike" files the death by the day it was told.)
NOTING_VERBS: frozenset[str] = frozenset({
    "note", "point", "stress", "emphasize", "emphasise", "underscore", "acknowledge", "admit", "concede", "remind",
    "observe", "mention",
})
# Verbs of a duty or an attempt not done ("failed to provide adequate safety training"): the candidates keep them as a
# refusal, which the ledger's charges key on; the timeline holds no event of them.
FAILING_VERBS: frozenset[str] = frozenset({"fail"})
# Verbs of owning up to something: what they own up to is an event only when it is an act ("NATO admitted its forces
# hit vehicles"), not a state or a forecast ("admitted costs would rise sharply").
ADMISSION_VERBS: frozenset[str] = frozenset({"admit", "concede", "acknowledge"})
# Stretches of time a text sets "the same" as another happening's ("on the same day he learned of the accident").
SAME_TIME_NOUNS: frozenset[str] = frozenset({"day", "week", "night", "morning", "afternoon", "evening"})
# Adverbs that set an act at some time before the report ("Moussa Koussa recently fled to London", "had previously
# announced"): no day of the report's, nor of a clause it is joined to.
EARLIER_ADVERBS: frozenset[str] = frozenset({"recently", "previously", "formerly", "lately"})
# Adverbs that, measured ("Weeks later", "not long afterwards"), set an act a span from another act, not on the report's
# day; alone ("he later said") they are as often later that day.
SPAN_ADVERBS: frozenset[str] = frozenset({"later", "earlier", "afterwards", "afterward"})
# Verbs whose "if"/"whether" clause is an open question: "wants to know if BP managed the risk", "to determine whether".
WONDERING_VERBS: frozenset[str] = frozenset(
    "know wonder determine decide investigate examine see check learn question probe establish assess".split())
# Heads under which an infinitive act took place ("managed to flee", "began to withdraw", "made him resign");
# under any other head ("called for X to step down", "urged X to resign", "refused to leave") it did not, or not yet.
# Verbs that weigh, put forward or back an act their gerund names, not do it: "considered imposing a no-fly zone",
# "proposed sending an international committee", "has not ruled out arming the Libyan opposition".
WEIGHING_VERBS: frozenset[str] = frozenset({
    "consider", "contemplate", "propose", "suggest", "recommend", "discuss", "debate", "mull", "weigh", "explore",
    "envisage", "envision", "favor", "favour", "advocate", "urge", "support", "back", "endorse", "study", "examine",
})
IMPLICATIVE_HEADS: frozenset[str] = frozenset({
    "manage", "begin", "start", "continue", "proceed", "resume", "keep", "succeed", "help", "get", "happen", "dare",
    "able", "make", "let", "have", "see", "watch", "hear", "go", "come", "move",
})
# Verbs of seeing an act happen: what one saw done was done ("saw him fall"); what one wants "to see" done, or has an
# interest "in seeing" done, was not.
PERCEPTION_VERBS: frozenset[str] = frozenset({"see", "watch"})
# Prepositions after which seeing an act is a past occasion ("after seeing Gadhafi step down"), not a wish.
OCCASION_PREPOSITIONS: frozenset[str] = frozenset({"after", "since", "upon", "on", "when", "while", "before"})
# Verbs whose gerund says an act someone faced or escaped, not one done: "feared being attacked by NATO".
FEARED_ACT_VERBS: frozenset[str] = frozenset({"fear", "dread", "risk", "avoid", "escape"})
# ... and verbs whose clause is only feared ("scientists fear it will fall back on older stockpiles").
FEARING_VERBS: frozenset[str] = frozenset({"fear", "dread", "worry"})
# Time clauses whose present-tense verb speaks of the future: "once Gadhafi resigns", "when the troops leave".
FUTURE_TIME_MARKERS: frozenset[str] = frozenset({"once", "when", "after", "before", "until", "till"})
NEGATIONS: frozenset[str] = frozenset({"not", "n't", "never", "no"})

# Types that, announced as intent, read as a threat rather than an offer (PLOVER's THREATEN).
HOSTILE_TYPES: frozenset[str] = frozenset({"COERCE", "ASSAULT", "FIGHT", "SANCTION", "PROTEST", "MOBILIZE"})

# Partial TIMEX3 values for weekday and month expressions left unresolved for lack of an anchor.
WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
MONTH_DAY_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\.?\s+(\d{1,2})\b", re.IGNORECASE)
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
#: An entry's label in a running log, repeated for every day it logs ("In the Gulf: ...", "At the White House: ...");
#: with the day headings lost, a weekday or "today" in it is its entry's, not the page's date.
LOG_LABEL = re.compile(r"(?:^|(?<=[.!?”\"]\s))((?:In|At|On|From) (?:the )?[A-Z][\w.'’ ]{1,40}?):\s")
LOG_ENTRIES = 4  # one label this often: a log
# A page announcing that a chronology follows ("Here is a chronology of events in the months since, ...", "Here's a
# timeline of events:", "Below is a timeline of the spill and its impact:", "Follow our step-by-step timeline of the BP
# oil spill"): its entries are told in the present of their own days, which a copy often loses with the entries' date
# headings, so the page's own date dates none of them.
CHRONOLOGY_PAGE = re.compile(
    r"\b(?:(?:Here|Below|(?:The )?[Ff]ollowing)(?: is|['’]s| are) (?:a|the|our)|Follow (?:our|the)) (?:[\w-]+ )?(?:chronology|timeline)\b")
YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")

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
#: What is fired, launched or dropped is the weapon, not the target: "fired Paveway guided bombs and destroyed two main
#: battle tanks", "The U.S.S. Barry launches a Tomahawk missile" (force, whatever the verb tells elsewhere).
MUNITION_NOUNS: frozenset[str] = frozenset(
    "bomb missile rocket shell round mortar grenade torpedo projectile bullet munition salvo volley".split())
FIRING_VERBS: frozenset[str] = frozenset("fire launch drop shoot lob hurl unleash".split())
#: Craft launched are what is sent out, not the target: "launched four Harrier jump jets from the USS Kearsarge".
LAUNCHED_CRAFT: frozenset[str] = frozenset("jet plane aircraft warplane fighter bomber helicopter drone".split())
OBLIGATION_AUX: frozenset[str] = L.OBLIGATION_MODALS
VIEW_SUPPORT_VERBS: frozenset[str] = frozenset({"support", "back", "endorse", "embrace", "favor", "favour"})  # said of a
# thing, a view held (``_backs_a_thing``)
SIDE_NOUNS: frozenset[str] = frozenset({"people", "revolution", "uprising", "cause"})  # backed, a side taken
# "blamed X for sending", "accused X of supplying": X is the doer of the inner act.
BLAME_VERBS: frozenset[str] = frozenset({"blame", "accuse", "charge", "suspect", "condemn", "criticize", "criticise"})
# Triggers whose direct object must be an actor, not a thing ("meet Putin", not "meet commitments"; "pushed BP to set up
# a fund", not "pushing a giant oil slick toward the coast").
ACTOR_OBJECT_VERBS: frozenset[str] = frozenset({"meet", "release", "host", "receive", "push"})
# Verbs of force that are journeys when nothing is driven: "Kruse drove to his boat as usual", "Obama's motorcade drove
# toward the coastal town" (and "rebels drove Gadhafi's forces out of Brega" is a fight).
JOURNEY_VERBS: frozenset[str] = frozenset({"drive"})
# Verbs that withdraw only when told with a leaving word: "forces pulled back from Ras Lanuf", "pulled its naval ships
# out of NATO operations"; "pulled his SUV up to a dock", "his boat pulled alongside the group" left nowhere.
LEAVING_VERBS: frozenset[str] = frozenset({"pull"})
LEAVING_WORDS: frozenset[str] = frozenset({"out", "back", "away", "from"})
# ... and where a force is driven: "drove Gadhafi's forces out of Brega", "drove the loyalists from the town", "drove them
# back toward Sirte"; "We have been driving safe, reliable, operations through the company" drove no one anywhere.
DRIVEN_WORDS: frozenset[str] = LEAVING_WORDS | frozenset({"off", "into", "to", "toward", "towards", "across", "deeper"})
# "Step" is a retreat only stepping down or aside; stepping up an act is that act (candidates._step_type).
STEP_VERBS: frozenset[str] = frozenset({"step"})
STEPPING_ASIDE: frozenset[str] = frozenset({"down", "aside"})
# Verbs that give someone a span of time to act ("gave BP 24 hours to ..."): a deadline, a demand.
TIME_GIVING_VERBS: frozenset[str] = frozenset({"give", "grant"})
SPAN_NOUNS: frozenset[str] = frozenset({"hour", "day", "week", "month", "deadline"})
# Event types that are sayings: what someone said, demanded, backed, refused or threatened.
REPORTING_TYPES: frozenset[str] = frozenset({"STATEMENT", "DISAPPROVE", "DEMAND", "SUPPORT", "REJECT", "THREATEN"})
# What such a verb may act on when it is people by kind, not by name: whom one meets, frees or receives.
PEOPLE_NOUNS: frozenset[str] = L.PERSON_NOUNS | frozenset(
    "prisoner hostage detainee captive inmate people civilian refugee migrant protester protestor demonstrator".split())
# Words that mark a clause as not (yet) real: "have yet to release", "nobody should be helping".
NOT_YET: frozenset[str] = frozenset({"yet"})
HEDGE_ADVERBS: frozenset[str] = L.HEDGE_ADVERBS
# Verbs that in the simple present tell a state, not an act ("each provides an opportunity", "a success nearby often
# helps at home"); other verbs in the present may be a chronology's or a headline's acts ("NATO launches ...").
STATE_VERBS: frozenset[str] = frozenset(
    """provide help contribute prohibit contain include own represent lack mean cost depend belong reflect reinforce
    demonstrate extend serve require allow deserve involve resemble exceed matter""".split()
)
#: Verbs that in the simple present under a verb of saying tell a stance held, not an act ("BP ... said it supports the
#: efforts of the fund", "stating that it stands by its statements on the likely costs").
STANCE_VERBS: frozenset[str] = frozenset("support back favor favour oppose stand endorse".split())
CHANGE_ADVERBS: frozenset[str] = frozenset({"now"})  # "he now supports the revolution": a side newly taken, an act
TRUCE_WORDS: frozenset[str] = frozenset({"ceasefire", "cease", "truce"})  # "cease-fire" (split at its hyphen): an act
REFLEXIVES = L.REFLEXIVES  # "established himself as": what one became, no act
#: Texts whose terms the simple present tells ("The U.N. authorization establishes a ban on all flights", "the bill
#: calls for"): what a text says, not an act of a day (its passing or signing is the act).
TERMS_TEXTS: frozenset[str] = AGREEMENT_NOUNS | frozenset(
    "resolution authorization authorisation law mandate bill measure constitution charter decree legislation amendment provision".split())
HABIT_ADVERBS = L.HABIT_ADVERBS  # "We always drive the car": a habit, no act of a day
# Adverbs of a saying made many times ("Hayward repeatedly told reporters ..."): on no one day of the page (the act
# stays: "the United States has repeatedly blamed North Korea for sending arms" is a claim, kept).
MANY_TIMES_ADVERBS: frozenset[str] = frozenset({"repeatedly", "constantly", "continually"})
# An act that is the topic of talk or thought ("talk about reducing", "a discussion of building") is not done.
TOPIC_PREPS: frozenset[str] = frozenset({"about", "of"})
TALK_WORDS: frozenset[str] = frozenset({"talk", "speak", "think", "debate"})
NEGATIVE_SUBJECTS: frozenset[str] = frozenset({"nobody", "none", "no one", "neither"})
NEGATIVE_DETERMINERS: frozenset[str] = frozenset({"neither", "no"})  # of a subject none of whom did it
# Verbs of forecasting: an act under them is someone's prediction ("El-Kikhia predicted that Gadhafi will make any
# departure a messy one by firing missiles"), not an act of the story.
# Verbs of a view held: a warning that one expects, believes or doubts something says a view, not a threat.
EXPECTING_VERBS: frozenset[str] = frozenset({"expect", "believe", "think", "doubt", "anticipate", "reckon", "assume"})
# The speaker's own verbs of a view ("“I do feel that we have ... turned the corner,” Hayward said"): an opinion told.
OPINION_VERBS: frozenset[str] = EXPECTING_VERBS | {"feel", "guess", "suppose", "suspect"}
# Of those, the views a speaker told of in the third person holds ("Preval told the Miami Herald ... he feared thousands of
# his people had died"); "he expected BP to pay for the project" asks something of BP.
HELD_VIEW_VERBS: frozenset[str] = frozenset({"believe", "think", "doubt", "feel", "guess", "suppose", "suspect", "fear",
                                             "worry"})
# Verbs an "it" of extraposition or of time is the subject of ("warned it could take four to five months", "it was
# growing increasingly difficult"): no one is that "it".
# Words that make what a copula tells a forecast ("is likely to slow", "is unlikely to recover").
LIKELIHOOD_WORDS: frozenset[str] = frozenset({"likely", "unlikely"})
# Verbs that link a thing to what it is called or looks like, as "be" does: their words assess ("All of the indications
# so far look very encouraging").
COPULAR_VERBS: frozenset[str] = frozenset({"be", "look", "seem", "appear", "sound", "remain"})
# Verbs that link one to a state one ought to be in, under a modal of obligation: "must not remain a battered country",
# "should be a very low priority", "must become a priority" ask no act.
WANTED_STATE_VERBS: frozenset[str] = frozenset({"be", "remain", "become", "stay"})
# Common nouns for a state, which acts as a body does ("the country decided on an immediate cease-fire").
NATION_NOUNS: frozenset[str] = frozenset({"country", "nation", "state", "republic", "kingdom"})
# Common nouns for someone who acts, a body, a people or a state: what they did, told, is no mere description of things.
SOMEONE_NOUNS: frozenset[str] = L.PARTY_NOUNS | L.GENERIC_BODY_NOUNS | L.STATE_BODY_WORDS | PEOPLE_NOUNS | NATION_NOUNS
EXTRAPOSING_VERBS: frozenset[str] = frozenset({"take", "be", "become", "grow", "get", "seem", "appear", "remain"})
PREDICTION_VERBS: frozenset[str] = frozenset({"predict", "forecast", "speculate", "foresee", "envisage", "envision"})
# What one fears will happen is as possible as a forecast, when it is the fear's clause ("residents worry that a
# hurricane will drench the area ..., killing ..."; not "As he ... toured the Gulf Coast, they worried that ...").
FEAR_VERBS: frozenset[str] = frozenset({"fear", "worry"})
# Nouns of asking whose "to" clause is wished for, not done: "an appeal to governments to help".
REQUEST_NOUNS: frozenset[str] = frozenset({"appeal", "call", "request", "demand", "plea", "invitation", "ultimatum"})
# Verbs whose clause or gerund is an act refused, not done: "ruled out arming rebels", "refused to leave".
REFUSING_VERBS: frozenset[str] = frozenset({"refuse", "decline", "oppose", "resist", "avoid", "reject", "deny", "forbid", "ban"})
# Quantities and prices do not act: "Clean Harbors shares fell as much as 6 percent", "BP's market value has dropped by
# 25 percent", "output fell" tell a market's or a count's movement, not anyone's act (a subject headed so is no actor).
QUANTITY_SUBJECTS: frozenset[str] = frozenset(
    """share stock price value index market output production sale profit revenue yield rate volume capitalization
    capitalisation valuation earning future bond receipt adr""".split())
# Declining to speak is no act of the story ("BP and Transocean declined to comment", "declined comment on its
# plans", "refused to elaborate"): these verbs with a speech verb or one of these words to say are no event.
NO_COMMENT_VERBS = L.NO_COMMENT_VERBS
# A programme's running order tells what a guest will present, in the bare present with no time ("Beverley Cuddy, editor
# of Dogs Today Magazine, discusses the future of dog breeding", "Dr Roger Musson ... examines the cause of the quake"):
# these verbs so are a listing, not an act of the story.
PRESENTING_VERBS: frozenset[str] = frozenset(
    {"discuss", "examine", "explore", "consider", "assess", "analyse", "analyze", "reflect", "ponder", "debate", "profile"})
WITHHELD_SPEECH: frozenset[str] = frozenset({"comment", "elaborate", "discuss", "specify", "detail", "name", "identify"})
# Reporting verbs that become a STATEMENT event when the text places the remark ("told reporters at Camp David").
PLACED_REMARK_VERBS: frozenset[str] = frozenset({"tell", "say", "speak", "brief"})
# Salience weight of events that are only placed remarks: kept, ranked below substantive events of their day.
REMARK_WEIGHT = 0.25
# At most this many tokens of a bare verb's complement or a speech act's words feed the merge ("refused to comment on ...").
COMPLEMENT_TOKENS = 24
# An event's summary is the sentence's own words for the act, at most this many tokens around actor and trigger.
SUMMARY_TOKENS = 30
# Of those, the words kept after a speech act's trigger when the said words come first ("..., Kirby told a press briefing").
ATTRIBUTION_TOKENS = 10
# Dependents of a trigger left out of its summary: another speaker's attribution, a clause with its own subject
# joined on, the framing before the actor ("As the forces advanced, ...", "On Friday, ...").
SUMMARY_DROPPED = frozenset({"parataxis", "punct", "cc", "mark", "intj"})
SUMMARY_LEADING_DROPPED = frozenset({"advcl", "prep", "npadvmod", "advmod", "dep"})
# Verbs that promise only with "to" ("committed to supporting the rebels"), not with a deed ("committing genocide").
PROMISE_WITH_TO = frozenset({"commit"})
# Subordinators of a clause that happens at the act's time: its date is the act's ("..., as journalists were having
# breakfast Saturday morning").
SAME_TIME_MARKS = frozenset({"as", "while", "when"})
# Verbs of deciding whose infinitive is what was decided, at the time written beside it ("refused to take further
# questions on the issue Sunday", "agreed to sell Apache Corp $7 billion in assets this week"); an infinitive under a
# verb of asking is the act asked for, at its own time ("has asked Sen. John McCain ... to brief Senate Republicans
# ... Tuesday").
DECIDING_VERBS = frozenset({"agree", "refuse", "decline", "decide", "vote", "apply", "fail"})
# Subordinators of a clause that frames an act rather than completing it ("..., as Kim held a meeting").
FRAMING_MARKS = frozenset({"as", "while", "when", "whereas", "although", "though", "because", "since", "after", "before", "until"})
# Words a summary cut short does not end on ("... the rebel stronghold of").
DANGLING_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON"})
# of those, the words that dangle at the end of a clause's own words too (a joined clause left out after its "and"): a
# pronoun or a preposition there is the act's own ("decided to do something about it", "are dependent on this")
LINKING_POS = frozenset({"DET", "CCONJ", "SCONJ"})
# dependents after a trigger that say what the act was done to, where or how (an event's detail, for merging)
DETAIL_DEPS = frozenset({"dobj", "dative", "prep", "attr", "oprd", "acomp", "xcomp", "ccomp", "prt"})

# --- Record-only rules (the store's events, not the PLOVER coder) -------------------------------------
# "X said Y had fired ...": a dated report of a hostile act by another party is an accusation (DISAPPROVE). Not
# "reported": what outlets, reporters and monitors do ("Gadhafi's forces fired mortars ..., CNN's Ben Wedeman reported
# from the scene" made Wedeman accuse Gadhafi); the act itself is the event, shown with who reports it.
ACCUSING_VERBS: frozenset[str] = frozenset({"say", "state", "tell", "claim", "allege", "charge", "add"})
ACCUSED_TYPES: frozenset[str] = frozenset({"FIGHT", "ASSAULT", "COERCE", "CRIME"})
# "Putin's comments on Thursday about supplying weapons": the remark's owner is the actor of the act it is about.
SPEECH_NOUNS: frozenset[str] = frozenset({"comment", "remark", "statement", "speech", "announcement", "interview"})
#: What one gives or delivers in words: "gave an interview", "delivered a speech", "gave their take", "gave evidence to
#: the federal panel" tell a statement, not aid ("talks" given are negotiations, left out).
#: What one offers or gives as one's mind: "offered a similar view", "offered this grim assessment: Both sides remain
#: far apart ...", "gave their take": an opinion, no act of the story (docs/HANDCHECK.md: an assessment told is none).
OPINION_THINGS: frozenset[str] = frozenset(
    "view assessment opinion take thought impression perspective insight prognosis prediction outlook voice".split())
#: What a turn of events gives someone, no aid given: "The BP oil spill gives Obama a chance ... to reform oil use", "The
#: Texas City fire gave the political establishment strong grounds for criticism".
OCCASION_THINGS: frozenset[str] = frozenset("chance opportunity ground reason excuse pretext impetus momentum".split())
#: What words given tell, with no occasion of their own: "BP has given conservative estimates of the oil flow",
#: "Snyder gave a different account of the internal debarment discussions", "Cole delivered the startling revelation
#: that ...", "BP gave investors a glimpse of its future", "Koussa's defection provides evidence": a saying or a view, no
#: act (a speech, a briefing, a letter or a report delivered is one, and so are the details of findings given: "BP gave
#: details of its own preliminary findings").
TOLD_THINGS: frozenset[str] = frozenset(
    "evidence explanation answer account estimate guidance figure revelation glimpse description".split())
SPOKEN_THINGS: frozenset[str] = SPEECH_NOUNS | OPINION_THINGS | TOLD_THINGS | frozenset(
    """address lecture testimony briefing sermon presentation conference update message letter verdict report review detail
    finding result analysis""".split())
#: Nouns that hand what they name to their "of": "a state of emergency", "gave a wide variety of estimates" (words given,
#: no aid), "a series of strikes", "a new round of talks".
OF_NOUNS: frozenset[str] = frozenset({"state", "variety", "range", "series", "number", "host", "set", "couple", "lot",
                                      "raft", "flurry", "spate", "string", "round", "wave"})
#: Papers that ask for payment: sent or given, a demand to pay ("The Coast Guard sent BP a bill Thursday for $69
#: million"), no aid.
PAYMENT_DEMANDS: frozenset[str] = frozenset({"bill", "invoice"})
#: Words delivered or sent that a participle or relative clause hangs on: "a speech delivered Sunday by X", "A letter
#: Boehner sent to Obama" (not figures or details provided: those are no act of their own).
WORDS_SENT: frozenset[str] = SPEECH_NOUNS | frozenset({"address", "letter", "message"})
FRAME_PREPS: frozenset[str] = frozenset({"about", "on", "over", "regarding"})
# "described X as a trend of great concern": a characterisation carrying concern is a statement of concern.
DESCRIBE_VERBS: frozenset[str] = frozenset({"describe", "characterize", "characterise", "term", "call", "label"})
# "warned X against arming", "stopped X from sending": the object is the doer of the inner act.
OBJECT_DOER_PREPS: frozenset[str] = frozenset({"against", "from"})
#: Prepositions whose gerund was not done: "without firing a shot", "instead of banning offshore drilling", "rather
#: than waiting" (the head word of "instead of" and "rather than").
NOT_DONE_PREPS: frozenset[str] = frozenset({"without", "instead", "rather"})
# "X are used to hit Y": X is the instrument, not the actor (unlike "X is set to confront Y").
INSTRUMENT_VERBS: frozenset[str] = frozenset({"use", "employ", "design", "build", "make", "develop", "deploy"})
# Time expressions opened by these words bound a span; "since" gives the start of an ongoing state or activity.
BOUND_WORDS: frozenset[str] = frozenset({"since", "until", "before", "after", "following"})
ONSET_WORDS: frozenset[str] = frozenset({"since"})
# Words that end a time span: a time after them ends what was done ("until Sunday evening"), not when it was done.
END_WORDS: frozenset[str] = frozenset({"until", "till", "through"})
# Words that hedge a time without changing what it bounds ("until at least next year", "by about noon").
APPROXIMATORS: frozenset[str] = frozenset({"at", "least", "about", "around", "roughly", "approximately", "some"})
# Sentence-initial pronouns resolved to the one person the previous sentence names ("He last visited ...").
# Event nouns that put their target 'under' them ("North Korea has been under UN embargos").
UNDER_TYPES: frozenset[str] = frozenset({"SANCTION", "COERCE"})
# "The meeting of the 15-member council comes after ...": a meeting as the subject of these verbs in the
# present tense is the news of the day, dated by the article's reporting day.
NEWS_PRESENT_VERBS: frozenset[str] = frozenset({"come", "begin", "open", "start", "convene"})
GATHERING_NOUNS: frozenset[str] = frozenset({"meeting", "session", "summit", "talk", "conference"})
# "help X develop Y": X, the subject of the helped clause, is the one helped.
ENABLING_VERBS: frozenset[str] = frozenset({"help", "assist", "enable"})

# Nouns of an open question: a gerund after them is weighed, not done ("the possibility of arming", "discussions about
# imposing a no-fly zone", "no decision on arming Libya", "five reasons against arming the rebels").
OPEN_QUESTION_NOUNS = frozenset(
    """possibility option question discussion talk idea prospect risk danger purpose dilemma decision argument reason
    case plan proposal debate consideration notion goal aim hope threat""".split()
)
#: A sentence introducing a text that follows it ("Following are remarks by President Barack Obama provided by the White
#: House", "The following is the text of the statement"): it tells what comes after, no act.
TEXT_INTRODUCED = re.compile(r"^\W*(?:the\s+)?following\s+(?:is|are)\b", re.I)
#: Prepositions that set an act inside an occasion, so of its day: "died in the April conflagration".
WITHIN_OCCASION: frozenset[str] = frozenset({"in", "during", "at", "amid", "on"})
#: Verbs of saying whose present perfect reports an earlier statement ("has said", "have told"; ``dates.said_before``).
EARLIER_SAYING_VERBS: frozenset[str] = L.PLAIN_SAYING_VERBS
#: Words that give a clause as a reason ("especially given that the company has admitted it is responsible", "because
#: BP has refused ..."): a present perfect there is the standing of things, not the day's act (``dates.given_as_a_reason``).
REASON_WORDS: frozenset[str] = frozenset({"given", "because", "since"})
#: A figure taken, reached or moved is no act of force (``candidates._a_measure_moved``): the entity labels of a measure
#: with its unit, the words of an amount, and the verbs of a figure's rise or fall.
FORCE_TYPES: frozenset[str] = frozenset({"COERCE", "FIGHT", "ASSAULT"})
# What goes wrong: a thing "contributed to" or "added to" one of these was a cause of it, no aid given ("the company's
# “recklessness” in the gulf contributed to the disaster")
HARM_NOUNS: frozenset[str] = frozenset({
    "disaster", "catastrophe", "tragedy", "accident", "crisis", "spill", "leak", "blowout", "explosion", "blast", "fire",
    "collapse", "failure", "problem", "death", "loss", "damage", "violence", "unrest", "chaos", "decline", "downturn",
})
CAUSING_VERBS: frozenset[str] = frozenset({"contribute", "add"})  # verbs of aid that, "to" a harm, tell a cause
MEASURE_LABELS: frozenset[str] = frozenset({"QUANTITY"})  # (not a share: "has shut down 76 percent of the ... acres")
AMOUNT_WORDS: frozenset[str] = frozenset({"more", "less", "much"})  # (not "most", "half": "captured most of the city")
# A market's figures, which a company loses or gives up but no one hands over ("has given up half its market value").
MARKET_FIGURES: frozenset[str] = frozenset({"value", "valuation", "capitalization", "capitalisation", "price", "gain"})
# Levels a figure reaches ("volatility for BP hit an all-time high", "shares hit a 14-year low"): a measure, no blow.
LEVEL_WORDS: frozenset[str] = frozenset({"high", "low", "record", "peak", "trough", "bottom", "plateau"})
CHANGE_VERBS: frozenset[str] = frozenset({"fall", "drop", "rise", "climb", "decline", "plunge", "jump", "slip", "surge"})
#: ... and what such a verb moved by: "fell nearly 16 percent", "rose $2.10" (a share taken is no measure moved:
#: "captured 40 percent of the city" takes no change verb)
CHANGED_BY_LABELS: frozenset[str] = frozenset({"PERCENT", "MONEY"})
#: Verbs that make a law, in the year its name gives ("Congress passed the Oil Pollution Act of 1990").
ENACTING_VERBS: frozenset[str] = frozenset({"pass", "enact", "adopt"})
