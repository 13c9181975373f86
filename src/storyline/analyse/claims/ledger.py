"""Claims ledger: assertions about the world, who asserts them, who denies them, and their figures.

Find: in each sentence, arms-transfer propositions ("X supplied Y with missiles", "blamed X for
sending arms to Y", "X has shipped 10,000 containers ... to Y"), the party asserting each (the
subject of the governing reporting verb, or the quote's speaker), denials ("both Moscow and
Pyongyang have denied the allegations", "claims both countries deny") and findings reported by an
authoritative source (UN sanctions monitors). Annotate: one Claim per (supplier, recipient) with
all evidence, deniers, status and the figures each source gives, side by side.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from storyline.analyse.events import patterns as P
from storyline.analyse.events.candidates import EventCandidate
from storyline.analyse.events.dates import partial_value
from storyline.analyse.events.linking import MentionIndex, doc_candidates, sentence_bounds


@dataclass(slots=True)
class Proposition:
    """One sentence's statement that a supplier transferred arms to a recipient, with its asserter."""

    article: str
    start: int
    end: int
    supplier: str
    recipient: str
    asserted_by: str | None
    figures: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class Denial:
    """A sentence where parties deny the allegation stated in it or just before it."""

    article: str
    start: int
    end: int
    deniers: list[str]  # entity ids; empty with ``both`` for "both countries"
    both: bool


@dataclass(slots=True)
class Finding:
    """A finding reported by an authoritative source."""

    article: str
    start: int
    end: int
    source: str
    statement: str


def _entity(index: MentionIndex | None, token: Token) -> str | None:
    """The entity linked at a token."""
    if index is None:
        return None
    return index.entity_in(token.idx, token.idx + len(token), (token.idx, token.idx + len(token)))


def _speaker_at(quotes: list[dict[str, Any]], start: int, end: int) -> str | None:
    """The speaker of a quote overlapping [start, end)."""
    for q in quotes:
        if q["start"] < end and q["end"] > start and q.get("speaker"):
            return str(q["speaker"])
    return None


def _named(index: MentionIndex | None, names: dict[str, str], span: Span) -> str:
    """An entity name for a span if one is linked at its last word, else the span's text."""
    entity = _entity(index, span[-1]) if len(span) else None
    return names.get(entity, entity) if entity else span.text.removeprefix("the ").removeprefix("The ")


def _alleger_before(token: Token, index: MentionIndex | None, names: dict[str, str]) -> str | None:
    """'Western nations allege X ...': the words before an allegation verb earlier in the sentence (any tag)."""
    sent = token.sent
    for tok in reversed(list(sent[: token.i - sent.start])):
        if tok.lemma_.lower() in P.STRICT_ALLEGE or tok.lower_.rstrip("sd") in P.STRICT_ALLEGE:
            left = tok.i
            while left > sent.start and tok.doc[left - 1].pos_ in ("ADJ", "NOUN", "PROPN", "DET") and tok.doc[left - 1].dep_ != "mark":
                left -= 1
            if left < tok.i:
                return _named(index, names, tok.doc[left : tok.i])
    return None


def _asserter(token: Token, index: MentionIndex | None, names: dict[str, str]) -> str | None:
    """The party asserting a clause: the subject of the nearest governing allegation or reporting verb."""
    for anc in token.ancestors:
        if anc.lemma_.lower() in P.STRICT_ALLEGE:
            subj = next((c for c in anc.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subj is not None:
                return _named(index, names, subj.doc[min(t.i for t in subj.subtree) : subj.i + 1])
    before = _alleger_before(token, index, names)
    if before:
        return before
    for anc in token.ancestors:
        lemma = anc.lemma_.lower()
        if lemma in P.ALLEGE_VERBS or lemma in P.REPORTING_VERBS:
            subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            entity = _entity(index, subj)
            if entity is None:
                span = subj.doc[min(t.i for t in subj.subtree) : subj.i + 1]
                return span.text.removeprefix("the ").removeprefix("The ")
            return names.get(entity, entity)
    return None


def _arms_in(token: Token) -> bool:
    """The trigger's object or 'with' phrase names arms."""
    for t in token.subtree:
        if t.lemma_.lower() in P.ARMS_WORDS or t.lower_ in P.ARMS_WORDS:
            return True
    return False


def _recipient(doc: Doc, trig: Token, supplier: str, index: MentionIndex | None) -> str | None:
    """The receiving party: dative/direct object, a 'to' phrase, or whose war effort the arms aid."""
    for t in trig.subtree:
        if t.i == trig.i:
            continue
        if t.dep_ in ("dobj", "dative", "pobj", "poss") and (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP")):
            if t.dep_ == "pobj" and t.head.lower_ not in ("to", "with", "for"):
                continue
            entity = _entity(index, t)
            if entity and entity != supplier:
                return entity
    return None


def find_propositions(
    article: dict[str, Any], doc: Doc, index: MentionIndex | None, quotes: list[dict[str, Any]],
    timexes: list[dict[str, Any]], names: dict[str, str], canon: dict[str, str],
    candidates: list[tuple[Span, list[EventCandidate]]] | None = None,
) -> list[Proposition]:
    """Arms-transfer propositions in one article (candidates as ``doc_candidates`` gives them, found if absent)."""
    out: list[Proposition] = []
    if candidates is None:
        candidates = doc_candidates(doc, int(article.get("body_start") or 0))
    for sent, cands in candidates:
        for cand in cands:
            trig = doc[cand.trigger]
            if trig.lemma_.lower() not in P.TRANSFER_VERBS or cand.actor is None or not _arms_in(trig):
                continue
            if cand.mode not in ("asserted", "alleged"):
                continue  # "comments about potentially supplying", "warned X against arming": no assertion that it happened
            actor_span = doc[cand.actor[0] : cand.actor[1]]
            supplier = _entity(index, actor_span.root) or (index.entity_in(actor_span.start_char, actor_span.end_char) if index else None)
            if supplier is None:
                continue
            supplier = canon.get(supplier, supplier)
            recipient = _recipient(doc, trig, supplier, index)
            if recipient is None:
                continue
            recipient = canon.get(recipient, recipient)
            asserted = _speaker_at(quotes, sent.start_char, sent.end_char) if _in_quote(quotes, trig.idx) else None
            asserted = asserted or _asserter(trig, index, names)
            prop = Proposition(article["id"], *sentence_bounds(sent), supplier, recipient, asserted)
            prop.figures = find_figures(article, sent, timexes, asserted)
            out.append(prop)
    return out


def _in_quote(quotes: list[dict[str, Any]], offset: int) -> bool:
    """The offset lies inside a direct quote."""
    return any(q["start"] <= offset < q["end"] and q.get("kind") != "indirect" for q in quotes)


def find_figures(article: dict[str, Any], sent: Span, timexes: list[dict[str, Any]], source: str | None) -> list[dict[str, Any]]:
    """Quantities of arms in a sentence ("over 11,000 containers of munitions"), with date and source."""
    text = sent.text
    when = None
    for t in timexes:
        if sent.start_char <= t["start"] < sent.end_char:
            value, _, _ = partial_value(t)
            prefix = text[max(0, t["start"] - sent.start_char - 6) : max(0, t["start"] - sent.start_char)].lower()
            if value:
                when = ("since " if "since" in prefix else "") + value
            elif t.get("type") == "DURATION" and when is None:
                when = t["text"]
    out: list[dict[str, Any]] = []
    for m in P.FIGURE_RE.finditer(text):
        what = " ".join(x.strip() for x in (m.group("unit"), m.group("of")) if x)
        if not any(w.rstrip("s") in P.ARMS_WORDS or w in P.ARMS_WORDS for w in what.replace("-", " ").split()):
            continue
        amount = float(m.group("num").replace(",", "")) * P.MULTIPLIERS.get(m.group("mult") or "", 1)
        out.append({
            "value": int(amount) if amount.is_integer() else amount, "qualifier": (m.group("qual") or "").strip() or None,
            "unit": m.group("unit"), "quantity": what, "date": when, "article": article["id"],
            "start": sent.start_char + m.start(), "end": sent.start_char + m.end(), "attributed_to": source,
            "text": m.group(0).strip(),
        })
    return out


def find_denials(article: dict[str, Any], doc: Doc, index: MentionIndex | None, canon: dict[str, str]) -> list[Denial]:
    """Sentences where parties deny an allegation ("have denied the allegations", "claims both countries deny")."""
    out: list[Denial] = []
    for sent in doc.sents:
        for tok in sent:
            if tok.lemma_.lower() not in P.DENY_VERBS or tok.pos_ != "VERB":
                continue
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            about_claim = (obj is not None and obj.lemma_.lower() in P.ALLEGATION_NOUNS) or (
                tok.dep_ in ("relcl", "ccomp", "acl") and tok.head.lower_.rstrip("s") in P.ALLEGATION_NOUNS
            )
            if not about_claim:
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            parties = [subj, *[c for c in subj.children if c.dep_ == "conj"]]
            for p in list(parties):
                parties.extend(c for c in p.children if c.dep_ == "conj" and c not in parties)
            ids = [canon.get(e, e) for e in (_entity(index, p) for p in parties) if e]
            both = not ids and any(c.lower_ in ("both", "all") for c in subj.subtree)
            if ids or both:
                out.append(Denial(article["id"], *sentence_bounds(sent), ids, both))
    return out


def find_findings(article: dict[str, Any], doc: Doc) -> list[Finding]:
    """Findings an authoritative source reports ("The UN sanctions monitors told ... that ...")."""
    out: list[Finding] = []
    for sent in doc.sents:
        lowered = sent.text.lower()
        source = next((s for s in P.AUTHORITATIVE_SOURCES if s in lowered), None)
        if source is None:
            continue
        for tok in sent:
            if tok.lemma_.lower() not in P.REPORTING_VERBS:
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None or source.split()[-1] not in " ".join(t.lower_ for t in subj.subtree):
                continue
            clause = next((c for c in tok.subtree if c.dep_ == "ccomp" or (c.dep_ == "acl" and c.head.lemma_ == "report")), None)
            if clause is None:
                continue
            words = [t for t in clause.subtree if t.dep_ != "mark" or t.i != min(x.i for x in clause.subtree)]
            statement = doc[words[0].i : words[-1].i + 1].text
            src = doc[min(t.i for t in subj.subtree) : subj.i + 1].text.removeprefix("The ").removeprefix("the ")
            out.append(Finding(article["id"], *sentence_bounds(sent), src, statement[:1].upper() + statement[1:]))
            break
    return out


def _claim_id(key: str) -> str:
    """Stable claim id."""
    return "cl_" + hashlib.sha1(key.encode()).hexdigest()[:12]


def status_of(asserted: list[str], denied: list[str], authoritative: bool) -> str:
    """contested when asserted and denied; denied; confirmed by an authoritative source; else asserted."""
    if asserted and denied:
        return "contested"
    if denied:
        return "denied"
    if authoritative:
        return "confirmed"
    return "asserted"


@dataclass(slots=True)
class ArticleClaims:
    """What one article says for the ledger: propositions, denials and findings (found over its Doc)."""

    propositions: list[Proposition] = field(default_factory=list)
    denials: list[Denial] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def claims_canon(entities: list[Any]) -> dict[str, str]:
    """Place and demonym entity -> its country entity (claims speak of countries)."""
    country_of = {e.country_code: e.id for e in entities if e.type == "country" and e.country_code}
    return {e.id: country_of[e.country_code] for e in entities if e.type in ("place", "other") and e.country_code in country_of}


def article_claims(
    article: dict[str, Any], doc: Doc, index: MentionIndex | None, quotes: list[dict[str, Any]],
    timexes: list[dict[str, Any]], names: dict[str, str], canon: dict[str, str],
    candidates: list[tuple[Span, list[EventCandidate]]] | None = None,
) -> ArticleClaims:
    """One article's contribution to the ledger."""
    return ArticleClaims(
        find_propositions(article, doc, index, quotes, timexes, names, canon, candidates),
        find_denials(article, doc, index, canon), find_findings(article, doc),
    )


def build_claims(*, found: list[ArticleClaims], entities: list[Any]) -> list[Any]:
    """The claims ledger of the corpus, merged from every article's findings (pure, no Doc)."""
    from storyline.model import Claim, Evidence

    names = {e.id: e.name for e in entities}
    props = [p for f in found for p in f.propositions]
    denials = [d for f in found for d in f.denials]
    findings = [x for f in found for x in f.findings]
    claims: list[Any] = []
    by_pair: dict[tuple[str, str], list[Proposition]] = defaultdict(list)
    for p in props:
        by_pair[(p.supplier, p.recipient)].append(p)
    for (supplier, recipient), members in by_pair.items():
        evidence = [Evidence(p.article, p.start, p.end, "asserts") for p in members]
        denied_by: list[str] = []
        for d in denials:
            same_place = any(d.article == p.article and (d.start == p.start or 0 <= d.start - p.end <= 3) for p in members)
            if not same_place:
                continue
            parties = [supplier, recipient] if d.both else d.deniers
            if not set(parties) & {supplier, recipient}:
                continue
            evidence.append(Evidence(d.article, d.start, d.end, "denies"))
            denied_by.extend(names.get(x, x) for x in parties if names.get(x, x) not in denied_by)
        asserted_by = sorted({p.asserted_by for p in members if p.asserted_by} - set(denied_by))
        figures = sorted((f for p in members for f in p.figures), key=lambda f: (str(f.get("quantity")), f["article"], f["start"]))
        evidence.extend(Evidence(f["article"], f["start"], f["end"], "figure") for f in figures)
        statement = f"{names.get(supplier, supplier)} supplied arms to {names.get(recipient, recipient)}"
        claims.append(Claim(
            id=_claim_id(statement), statement=statement, evidence=evidence, asserted_by=asserted_by, denied_by=denied_by,
            status=status_of(asserted_by, denied_by, False), figures=figures,
        ))
    by_statement: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_statement[f.statement].append(f)
    for statement, same in by_statement.items():
        sources = sorted({f.source for f in same})
        claims.append(Claim(
            id=_claim_id(statement), statement=statement,
            evidence=[Evidence(f.article, f.start, f.end, "asserts") for f in same],
            asserted_by=sources, status=status_of(sources, [], True),
        ))
    seen: Counter[str] = Counter()
    for claim in claims:
        seen[claim.id] += 1
        if seen[claim.id] > 1:
            claim.id = f"{claim.id}_{seen[claim.id]}"
    return claims
