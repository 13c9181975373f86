"""Word lists and patterns for quote and speaker finding (the only place they live)."""

from __future__ import annotations

import re

from storyline.analyse import lexicon as L
from storyline.model import PARTY_LABELS

# shared word lists (storyline.analyse.lexicon), under this stage's names
REPORTING_VERBS = L.CUE_VERBS
GENERIC_ROLE_NOUNS = L.GENERIC_SPEAKER_NOUNS
BODY_ANAPHOR_NOUNS = L.BODY_ANAPHOR_NOUNS
GENERIC_BODY_NOUNS = L.GENERIC_BODY_NOUNS
ROLE_NOUNS = L.SPEAKER_ROLE_NOUNS
GROUP_PRONOUNS = L.GROUP_PRONOUNS
PERSON_PRONOUNS = L.PERSON_PRONOUNS
RELATIVE_PRONOUNS = L.RELATIVE_PRONOUNS
SPEECH_VERBS = L.SPEECH_VERBS
THOUGHT_VERBS = L.THOUGHT_VERBS
TRAIN_CUE_VERBS = L.TRAIN_CUE_VERBS
SAYING_TIME_WORDS = L.SAYING_TIME_WORDS
PRONOUN_GENDER = L.PRONOUN_GENDER
GENDERED_NOUNS = L.GENDERED_NOUNS
RANK_WORDS = L.RANK_WORDS
ROLE_KINDS = L.ROLE_KINDS

# Quote marks. Curly marks carry a direction; straight ones are decided from their neighbours.
DOUBLE_OPEN = frozenset("“„«")
DOUBLE_CLOSE = frozenset("”»")
DOUBLE_STRAIGHT = frozenset('"')
SINGLE_OPEN = frozenset("‘‹")
SINGLE_CLOSE = frozenset("’›")
SINGLE_STRAIGHT = frozenset("'")
ALL_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_STRAIGHT | SINGLE_OPEN | SINGLE_CLOSE | SINGLE_STRAIGHT
# Two straight single marks standing for one double mark (typewriter style, as in NYT archive text).
TWO_SINGLES = "''"
# Where a double mark may stand: one of the double marks, or the typewriter pair (the scan jumps from one to the next).
DOUBLE_MARK_RE = re.compile("[" + re.escape("".join(sorted(DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_STRAIGHT))) + "]|" + TWO_SINGLES)
QUOTE_MARK_RE = re.compile("[\"'“”„«»‘’‹›]")
# Participles of design: "a system meant to warn the crew" tells what the system is for.
DESIGN_VERBS = frozenset({"mean", "design", "intend", "build", "suppose", "program", "programme", "set"})
# A stock ticker a wire story puts after a company's name ("a BP (BP.L) executive", "Diamond Offshore Drilling (DO.N)"):
# an exchange code, no part of who speaks.
TICKER_RE = re.compile(r"(?<![\w.])[A-Z0-9]{2,6}\.[A-Z]{1,2}(?![\w.])")
# Characters that may stand right before an opening mark.
BEFORE_OPEN = frozenset(" \t\n([{—–-/:")
# A single-quoted span longer than this (characters) is not taken for a quote in the body.
MAX_SINGLE_QUOTE = 300

# Reporting verbs that introduce direct or indirect speech (lemmas).
# Verbs of thought, wish and evidence that take a content clause (indirect attribution only).
# Cue verbs derived from PolNeAR *train* cue frequencies: lemmas that head at least ~10 gold cues and
# are a gold cue in at least ~30% of their occurrences there (counts as facts; no dev data used).
# Lemmatizer slips on cue verbs (the small model gives 'hoping' -> 'hop').
LEMMA_FIXES = {"hoping": "hope", "hoped": "hope", "told": "tell", "texted": "text"}  # "told" tagged an auxiliary keeps its
# form; "texted" the model gives "texte"
# Verb + preposition cues whose content is the prepositional object, from the same train counts
# ('referred to', 'talking about', 'called for', 'railed against', 'voted for').
PREP_CUES: dict[str, frozenset[str]] = {
    "refer": frozenset({"to"}),
    "talk": frozenset({"about"}),
    "speak": frozenset({"about", "of", "against"}),
    "call": frozenset({"for", "on"}),
    "point": frozenset({"to"}),
    "focus": frozenset({"on"}),
    "vote": frozenset({"for", "against"}),
    "respond": frozenset({"to"}),
    "ask": frozenset({"about", "for"}),
    "rail": frozenset({"against"}),
    "push": frozenset({"for"}),
    "advocate": frozenset({"for"}),
    "agree": frozenset({"with"}),
    "comment": frozenset({"on"}),
    "worry": frozenset({"about"}),
    "think": frozenset({"about"}),
    "complain": frozenset({"about"}),
    "campaign": frozenset({"for", "against"}),
    "argue": frozenset({"for", "against"}),
    "testify": frozenset({"about"}),
    "describe": frozenset({"as"}),  # "described the sky as “just gray with dust”": the sky alone is no one's words
    "characterize": frozenset({"as"}),
    "characterise": frozenset({"as"}),
}
# "refused to indicate whether ...", "declined to say": the words these govern were withheld, not said.
WITHHOLDING_VERBS = frozenset({"refuse", "decline"})
# Verbs of asking: in the passive with no asker ("Asked whether ..., Feinstein responded") their clause is a question
# put to the subject, not the subject's words.
ASKING_VERBS = frozenset({"ask", "question", "press"})
# Verbs whose object's phrase says what is charged or credited to it: "blamed [the unrest on “rats”]", "accused [members
# of ... forces of gang-raping her]", "praised [BP for spelling out ...]": the words hold a claim, not only a thing named.
CHARGE_PREPS: dict[str, frozenset[str]] = {
    "blame": frozenset({"on", "for"}), "accuse": frozenset({"of"}), "praise": frozenset({"for"}),
    "criticize": frozenset({"for"}), "criticise": frozenset({"for"}), "credit": frozenset({"with", "for"}),
    "fault": frozenset({"for"}), "condemn": frozenset({"for"}), "thank": frozenset({"for"}),
}
# Verbs whose named object is a source, not content ("citing Haroldo Lima, the head of the ANP regulator"; "citing
# security concerns" still says why).
SOURCE_NAMING_VERBS = frozenset({"cite", "quote"})
# Verbs that give a thing its name ("a popular e-retailing site called Taobao", "an operation dubbed Odyssey Dawn"):
# the words after them, marked or not, are a name, not anything said.
NAMING_VERBS = frozenset({"call", "name", "dub", "title", "entitle", "nickname", "label", "codename"})
# Words right before an opening mark that make the marked words a title or a name ("author of “The Limits of
# Humanitarian Intervention”", "the book “...”", "the slogan “...”").
TITLE_MARKERS = frozenset({"called", "titled", "entitled", "dubbed", "named", "nicknamed", "labeled", "labelled", "name",
                           "codenamed", "code-named", "book", "novel", "film", "movie", "documentary", "song", "album",
                           "play", "slogan", "motto", "banner", "headline", "operation", "campaign", "program",
                           "programme", "show", "series"})
# "a source who asked not to be identified because he was not authorized to talk to the media": a source's request
# for anonymity (or for a first name only: "A resident of Misrata who asked to be identified only as Mohammed"), the
# reporter's account of how the words were given, not anything said about the story.
ANONYMITY_REQUEST = re.compile(r"^(?:that\s+(?:he|she|they)\s+)?(?:not\s+)?(?:to\s+)?be\s+(?:identified|named|quoted)\b", re.IGNORECASE)
# Marked words in title case after a proper noun's possessive or "on", or before one of these nouns, name a
# programme or a product ("told NBC's “Today” show", "said on “Fox News Sunday”", "the “Deep Water” report"): at most
# this many words, the small ones in lower case.
TITLE_MAX_WORDS = 6
TITLE_NOUNS_AFTER = frozenset({"show", "program", "programme", "series", "report", "film", "documentary", "book", "movie"})
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "for", "with", "to", "at", "by", "or"})
TITLE_OWNERS = frozenset({"author", "authors", "director", "editor", "producer", "host", "writer"})  # "author of “...”"
# 'X seems to Y', 'X appears to Y': an attribution with no source, content the subject and the clause.
SEEM_VERBS = frozenset({"seem", "appear"})
# Verbs whose object is the one they act on, never a speaker inverted after them ("accuses BP of chasing away a boat",
# "is told BP, Halliburton and Transocean ignored safety warnings": BP is accused, or the told words' subject).
ACTED_ON_VERBS = frozenset(
    "accuse blame criticize criticise praise urge thank congratulate condemn denounce mock ridicule applaud slam blast".split()
)
# Verbs whose content is their object or infinitive rather than a that-clause.
OBJECT_CONTENT_VERBS = frozenset(
    """accuse blame criticize criticise praise urge call warn ask promise pledge vow threaten
    deny describe characterize characterise want intend refuse decline seek propose demand
    expect hope decide defend condemn denounce decry question reject dismiss support back endorse
    prefer favor favour oppose mention discuss thank congratulate announce express repeat reiterate
    cite offer mock ridicule tout applaud slam blast like love hate say name list share
    highlight predict""".split()
) | TRAIN_CUE_VERBS
OBJECT_CONTENT_DEPS = frozenset({"dobj", "xcomp", "prep", "attr", "oprd"})
# Speech verbs that as often name an act: with a thing and no clause after them ("tried to defend [the capital from
# the west]", "threatening [unarmed civilians]") they report no words.
ACT_OR_SPEECH_VERBS = frozenset({"defend", "threaten", "challenge"})
OF_WHOM_PREPOSITIONS = frozenset({"by", "of", "for", "from"})  # a phrase's last noun after these is not its head
# Prepositions that end a description's own words ("a professor [of oceanography at Florida State University]")
DESCRIPTION_PREPOSITIONS = OF_WHOM_PREPOSITIONS | frozenset({"at", "in", "on", "with", "to"})
DESCRIPTION_PREPOSITION = re.compile(rf"\b({'|'.join(sorted(DESCRIPTION_PREPOSITIONS))})\b")  # (a description split at its first)
# A page's note labels before a colon ("PLEASE NOTE: We are unable to offer transcripts"): the page speaking, no one quoted.
NOTE_LABELS = frozenset({"note", "please note", "editor's note", "editors' note", "update", "correction", "clarification",
                         "disclaimer", "warning"})
# Verbs of command: words only with a that-clause ("ordered that all flights be grounded"); "Switzerland ordered
# [Gadhafi's assets frozen]", "ordered troops to withdraw" are acts.
DIRECTIVE_VERBS = frozenset({"order", "command", "instruct", "direct"})
# Cue nouns whose thing is itself what was said ("his denial of the report", "the claim of ..."); any other cue noun's
# thing is an attitude or an act, no words ("opposition to [the regime]", "warnings to [Libyan civilians]").
THING_SAYING_NOUNS = frozenset({"denial", "claim", "allegation", "accusation", "announcement", "admission"})
CONTENT_CLAUSE_DEPS = frozenset({"ccomp"})

# Nouns naming a role: a speaker named only this way is unnamed.
# Title words that make a role before a name even when no role noun is there ('Deputy', 'Sen.').
TITLE_WORDS = frozenset(
    """deputy sen. rep. gov. gen. col. lt. sgt. adm. capt. pres. prime foreign defense defence state
    undersecretary under-secretary secretary-general dame sir lord king queen prince princess pope""".split()
)
# Role nouns that stand for any official: they match any earlier person who holds a role.
SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})
UNNAMED_ROLE_NOUNS = frozenset({"source"})  # who speaks as one is not named: never a named person met before

SPEAKER_LABELS = PARTY_LABELS
PERSON_LABELS = frozenset({"PERSON"})  # (model.NAME_LABELS are every name's)

DETERMINERS = frozenset({"a", "an", "the", "this", "that", "another", "one"})
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})

PASSIVE_QUOTED = re.compile(r"\b(?:was|were|is|are|has been|have been)\s+(?:quoted|reported|cited)\s+as\s+(?:saying|telling|stating)\b", re.IGNORECASE)

CUE_NOUNS = L.CUE_NOUNS
CUE_NOUN_PREPS = frozenset({"of", "for", "about", "on", "against", "to"})
CUE_VERB_PREPS = frozenset({"about", "of", "for", "against"})
# Passive cues whose grammatical subject is the speaker ('Blinken was quoted as saying').
PASSIVE_SPEAKER_VERBS = frozenset({"quote", "cite"})
# Subjects that never name a speaker (expletives, relative and demonstrative pronouns).
EMPTY_SUBJECTS = frozenset({"it", "there", "that", "this", "which", "what"})
# Relative pronouns that stand for their antecedent as a source ('who' is kept: PolNeAR marks it).
DEMONSTRATIVE_SUBJECTS = frozenset({"that", "this"})
# 'a report from X': prepositions linking a document noun to its author.
SOURCE_OF_PREPS = frozenset({"from", "by"})
# Pronoun speakers that are dropped when nothing earlier resolves them.
EXPLETIVE_SPEAKERS = frozenset({"it", "that", "this"})
# Subjects that deny the saying: "No one is claiming victory or “mission accomplished”" quotes nobody.
NEGATIVE_SPEAKERS = frozenset({"no one", "noone", "nobody", "none", "nothing"})
# Words a phrase opens on that deny anyone did it ("neither government nor BP officials", "no officials"): it names no
# one a later pronoun can stand for.
NEGATING_OPENERS = frozenset({"neither", *(speaker.split()[0] for speaker in NEGATIVE_SPEAKERS)})
# What a poll, a study or a set of papers shows is its finding, no one's words ("The poll said ...", "The documents also
# showed ..."), and so is what an estimate, an analysis, a count or evidence gives ("according to the new estimate",
# "according to evidence collected by the National Commission", "according to a watchdog group's analysis"); a report
# or a statement speaks for whoever issued it (``lexicon.DOCUMENT_NOUNS``) and stays a quote, but a figure given
# "according to" a report is the report's (``FIGURE_SOURCES``).
FINDING_NOUNS = frozenset("poll survey study document record data statistic research estimate calculation tally evidence "
                          "analysis count census projection".split())
# Records that count, whose figures given "according to" them are a finding whoever's they are ("according to the
# report from Moody's"): not the documents in which a body speaks (a statement, a letter, a release).
FIGURE_SOURCES = FINDING_NOUNS | frozenset("report filing review investigation inquiry figure".split())
# A share of those asked, as a poll gives it ("64 percent of Americans say ...", "three-quarters of those polled now say
# so", "a majority of Democrats"): its words are a count of answers, a finding, no one's words.
SHARE_NOUNS = frozenset("percent percentage majority minority plurality half third quarter three-quarters two-thirds".split())
# Verbs that relay another's words with "as saying" ("quoted a military source as saying", "cited officials as saying"):
# their object is the speaker, their subject the relay.
RELAYING_VERBS = frozenset({"quote", "cite"})
# Participles of sending a document: whom it is sent to does not speak in it ("The letter, sent to U.S. Attorney General
# Eric Holder and incoming BP CEO Robert Dudley, demanded ...").
SENDING_VERBS = frozenset({"send", "address", "deliver", "submit", "forward", "mail"})
# Verbs by which a thing shows something ("Video showed that fighting was continuing", "pressure below 6,000 psi would
# indicate it had been damaged", "Forecasts suggest the oil will make landfall"): said of a thing, what it shows is a
# finding; said of someone ("the rebels indicated they didn't want ..."), words; so is what a thing highlights or
# underscores ("This latest spill highlights the harsh truth that ...") or signals ("The Holder trip could signal that
# ..."). "Confirm" and "reveal" are left out: a body described ("the energy giant confirmed", "the US coastguard
# confirmed") says them more often than a thing.
EVIDENCE_CUES = frozenset("show indicate suggest prove mean demonstrate highlight underscore illustrate signal".split())
# Of those, what a document's evidence does, not what its authors put forward ("the report shows", not "a report ...
# that suggested"): a finding even where a document speaks.
SHOWING_CUES = frozenset("show prove demonstrate illustrate".split())
# Verbs of reckoning a figure: what a body or a state estimates, projects or calculates ("About 45,000-50,000 people have
# died ..., the UN estimates", "The UN has estimated that 75% of the capital ... will have to be rebuilt") is its figure,
# a finding, no one's words; a person's estimate ("Jeffrey Sachs estimates that annual donations of $2bn ...") is what
# he says.
ESTIMATE_CUES = frozenset({"estimate", "project", "calculate"})
# Pronouns that stand for a thing said ("she mentioned something about an earthquake").
INDEFINITE_THINGS = frozenset({"something", "anything", "nothing", "everything"})
# Word endings of people by what they do ("researchers", "journalists", "analysts", "spokesmen"): someone, not a thing.
PERSON_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men", "people")
# Nouns of people, bodies and what speaks for one (a report, a statement): a source that says, not a thing that shows.
SOMEONE_NOUNS = L.PARTY_NOUNS | L.DOCUMENT_NOUNS | L.BODY_ANAPHOR_NOUNS | L.PRESS_WORDS
# First and second person: reported speech whose unnamed speaker is the writer or the reader addressed.
WRITER_PRONOUNS = frozenset({"i", "me", "we", "us", "you"})
# ... and their possessives standing alone for the source of a noun's words ("our refusal to pay its true price"; "our
# energy editor" and "my brother" are people, and stay)
WRITER_POSSESSIVES = frozenset({"my", "our", "your"})
