"""Score named entities (CoNLL-2003) and cross-document entity coreference (MEANTIME).

``run(gold)`` picks the measurement from the gold path:

- a CoNLL-2003 file (``eng.testa``): spaCy NER on Docs built from the gold words (so token
  offsets align), entity-level exact span + type micro P/R/F1 as conlleval computes it. spaCy's
  labels are mapped: PERSON -> PER; ORG -> ORG; GPE, LOC, FAC -> LOC; NORP, EVENT, PRODUCT,
  WORK_OF_ART, LAW, LANGUAGE -> MISC; DATE, TIME, CARDINAL, ORDINAL, QUANTITY, MONEY, PERCENT are
  dropped. Key ``ner_f1``.
- the MEANTIME folder (``meantime-en``, ``intra_cross-doc_annotation/corpus_*/*.xml``): each topic
  corpus (30 Wikinews articles) goes through spaCy NER and ``resolve_entities`` as one story.
  Gold chains: every ENTITY_MENTION, clustered by the cross-document ``instance_id`` of the entity
  its REFERS_TO points at (document-local entity otherwise; unlinked mentions are singletons),
  within its topic. Predicted mentions are storyline's (NER + the resolver's extra mentions), each
  matched one-to-one to the gold mention of the same document with the highest token overlap
  (Jaccard, any overlap counts); unmatched predicted mentions stay in the response as twinless
  mentions, unmatched gold mentions count against recall. Metrics: MUC, B-cubed and CEAF-e as in
  the CoNLL-2012 reference scorer (singletons kept), CoNLL F1 = their mean. Key ``coref_f1`` scores
  against all gold mentions (pronouns and nominals included; the resolver links some of them);
  ``coref_f1_named`` against gold mentions of syntactic type NAM only (predicted mentions matched
  to other gold mentions, and the resolver's pronoun and description mentions, are left out there);
  ``coref_f1_string`` is an exact-string baseline over the same predicted mentions (same
  normalised text = same entity), to show what resolution adds.
  Splits (``split=``): ``tune`` = documents at even positions of each topic corpus (sorted by file
  name), the half the pronoun and description rules were developed on; ``heldout`` = odd positions;
  ``all``. Chains are scored within the documents of the split.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc
from tqdm import tqdm

from storyline.analyse.entities.patterns import normalise
from storyline.analyse.entities.resolve import (
    ANAPHOR_LABELS,
    EntityInput,
    EntityResolution,
    resolve_entities,
)
from storyline.model import NAME_LABELS, Mention
from storyline.nlp import load_nlp

#: spaCy label -> CoNLL-2003 type; labels not listed are dropped.
LABEL_MAP = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}
CONLL_TYPES = ("PER", "ORG", "LOC", "MISC")
#: Labels of the resolver's pronoun and description mentions (left out of the named-only score).

Span = tuple[int, int, str]  # token start, token end (exclusive), type


# --- CoNLL-2003 --------------------------------------------------------------------------------


@dataclass(slots=True)
class ConllDocument:
    """One -DOCSTART- document: its words, sentence starts and gold entity spans."""

    words: list[str] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


def iob1_spans(tags: list[str], offset: int = 0) -> list[Span]:
    """Entity spans from IOB1 tags ('B-' only between adjacent same-type entities)."""
    spans: list[Span] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if kind and (tag == "O" or label != kind or prefix == "B"):
            spans.append((offset + start, offset + i, kind))
            kind = ""
        if tag != "O" and not kind:
            start, kind = i, label
    return spans


def read_conll(path: Path) -> list[ConllDocument]:
    """Documents of a CoNLL-2003 file (word POS chunk NER per line)."""
    docs: list[ConllDocument] = []
    sentence: list[tuple[str, str]] = []

    def flush() -> None:
        if sentence and docs:
            doc = docs[-1]
            doc.sentence_starts.append(len(doc.words))
            doc.spans.extend(iob1_spans([t for _, t in sentence], len(doc.words)))
            doc.words.extend(w for w, _ in sentence)
        sentence.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            flush()
        elif parts[0] == "-DOCSTART-":
            flush()
            docs.append(ConllDocument())
        else:
            if not docs:
                docs.append(ConllDocument())
            sentence.append((parts[0], parts[-1]))
    flush()
    return [d for d in docs if d.words]


def predict_conll(doc: ConllDocument) -> list[Span]:
    """spaCy's entities over a Doc built from the gold words, mapped to CoNLL types."""
    nlp = load_nlp()
    spacy_doc = Doc(nlp.vocab, words=doc.words)
    starts = set(doc.sentence_starts)
    for token in spacy_doc:
        token.is_sent_start = token.i in starts
    parsed = nlp(spacy_doc)
    return [(e.start, e.end, LABEL_MAP[e.label_]) for e in parsed.ents if e.label_ in LABEL_MAP]


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_conll(path: Path, *, limit: int | None = None, progress: bool = True) -> dict[str, object]:
    """Entity-level exact-match P/R/F1 of spaCy NER (mapped) on a CoNLL-2003 file."""
    docs = read_conll(path)[:limit]
    counts: dict[str, list[int]] = {t: [0, 0, 0] for t in ("ALL", *CONLL_TYPES)}  # tp, pred, gold
    for doc in tqdm(docs, disable=not progress, desc="conll"):
        gold_spans, pred_spans = set(doc.spans), set(predict_conll(doc))
        for kind in ("ALL", *CONLL_TYPES):
            g = {s for s in gold_spans if kind in ("ALL", s[2])}
            found = {s for s in pred_spans if kind in ("ALL", s[2])}
            counts[kind][0] += len(g & found)
            counts[kind][1] += len(found)
            counts[kind][2] += len(g)
    result: dict[str, object] = {"gold": str(path), "n": len(docs), "split": path.name}
    for kind, (tp, n_pred, n_gold) in counts.items():
        p, r, f = prf(tp, n_pred, n_gold)
        prefix = "ner" if kind == "ALL" else f"ner_{kind.lower()}"
        result.update({f"{prefix}_precision": round(p, 4), f"{prefix}_recall": round(r, 4), f"{prefix}_f1": round(f, 4)})
        if kind == "ALL":
            result.update({"ner_gold": n_gold, "ner_predicted": n_pred, "ner_correct": tp})
    return result


# --- coreference metrics -----------------------------------------------------------------------

Cluster = frozenset[Hashable]


def muc(key: list[Cluster], response: list[Cluster]) -> tuple[float, float, float]:
    """MUC (Vilain et al. 1995): links kept, over partitions of one side by the other."""
    def score(gold: list[Cluster], other: list[Cluster]) -> float:
        owner = {m: i for i, cluster in enumerate(other) for m in cluster}
        num = den = 0
        for cluster in gold:
            parts = {owner.get(m, ("alone", m)) for m in cluster}
            num += len(cluster) - len(parts)
            den += len(cluster) - 1
        return num / den if den else 0.0

    r, p = score(key, response), score(response, key)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def b_cubed(key: list[Cluster], response: list[Cluster]) -> tuple[float, float, float]:
    """B-cubed (Bagga & Baldwin 1998) as the CoNLL-2012 scorer computes it, twinless mentions included."""
    def score(gold: list[Cluster], other: list[Cluster]) -> float:
        owner = {m: i for i, cluster in enumerate(other) for m in cluster}
        total = sum(len(c) for c in gold)
        num = 0.0
        for cluster in gold:
            shared: dict[int, int] = defaultdict(int)
            for m in cluster:
                if m in owner:
                    shared[owner[m]] += 1
            num += sum(n * n for n in shared.values()) / len(cluster)
        return num / total if total else 0.0

    r, p = score(key, response), score(response, key)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _assignment(weights: list[list[float]]) -> float:
    """Maximum total weight of a one-to-one assignment (Hungarian algorithm, rows <= columns)."""
    n, m = len(weights), len(weights[0])
    cost = [[-w for w in row] for row in weights]
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return sum(weights[p[j] - 1][j - 1] for j in range(1, m + 1) if p[j])


def ceaf_e(key: list[Cluster], response: list[Cluster]) -> tuple[float, float, float]:
    """Entity-based CEAF (Luo 2005) with phi4 similarity, solved per connected component."""
    owner_r: dict[Hashable, int] = {m: j for j, c in enumerate(response) for m in c}
    edges: dict[int, set[int]] = defaultdict(set)
    for i, cluster in enumerate(key):
        for m in cluster:
            if m in owner_r:
                edges[i].add(owner_r[m])
    # connected components of the key/response overlap graph
    seen_k: set[int] = set()
    total = 0.0
    reverse: dict[int, set[int]] = defaultdict(set)
    for i, js in edges.items():
        for j in js:
            reverse[j].add(i)
    for start in edges:
        if start in seen_k:
            continue
        ks: set[int] = {start}
        rs: set[int] = set()
        stack = [start]
        while stack:
            i = stack.pop()
            for j in edges[i] - rs:
                rs.add(j)
                for i2 in reverse[j] - ks:
                    ks.add(i2)
                    stack.append(i2)
        seen_k |= ks
        rows, cols = sorted(ks), sorted(rs)
        matrix = [[2 * len(key[i] & response[j]) / (len(key[i]) + len(response[j])) for j in cols] for i in rows]
        if len(rows) > len(cols):
            matrix = [list(col) for col in zip(*matrix, strict=True)]
        total += _assignment(matrix)
    r = total / len(key) if key else 0.0
    p = total / len(response) if response else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def clusters_of(assignment: dict[Hashable, Hashable]) -> list[Cluster]:
    """Mention -> cluster id, as a list of clusters."""
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for mention, cluster in assignment.items():
        groups[cluster].add(mention)
    return [frozenset(g) for g in groups.values()]


def conll_scores(key: list[Cluster], response: list[Cluster]) -> dict[str, float]:
    """MUC, B-cubed, CEAF-e F1 and their mean (CoNLL F1), plus each metric's P and R."""
    out: dict[str, float] = {}
    f1s = []
    for name, metric in (("muc", muc), ("bcubed", b_cubed), ("ceafe", ceaf_e)):
        p, r, f = metric(key, response)
        out.update({f"{name}_precision": round(p, 4), f"{name}_recall": round(r, 4), f"{name}_f1": round(f, 4)})
        f1s.append(f)
    out["conll_f1"] = round(sum(f1s) / 3, 4)
    return out


# --- MEANTIME ----------------------------------------------------------------------------------


@dataclass(slots=True)
class GoldMention:
    id: str  # document name + m_id
    tokens: tuple[int, ...]  # token positions in the document
    cluster: str
    syntactic_type: str


@dataclass(slots=True)
class MeantimeDocument:
    name: str
    corpus: str
    tokens: list[str]
    sentences: list[int]  # sentence number of each token
    dct: str | None
    mentions: list[GoldMention] = field(default_factory=list)

    def text_and_offsets(self) -> tuple[str, list[tuple[int, int]]]:
        """Tokens joined by spaces, one line per sentence, with each token's character span."""
        parts: list[str] = []
        offsets: list[tuple[int, int]] = []
        position = 0
        for i, token in enumerate(self.tokens):
            if i:
                sep = "\n" if self.sentences[i] != self.sentences[i - 1] else " "
                parts.append(sep)
                position += 1
            offsets.append((position, position + len(token)))
            parts.append(token)
            position += len(token)
        return "".join(parts), offsets


def read_meantime(path: Path) -> MeantimeDocument:
    """One MEANTIME CAT XML file: tokens, creation date and gold entity mentions with chains."""
    root = ET.parse(path).getroot()
    tokens: list[str] = []
    sentences: list[int] = []
    position: dict[str, int] = {}
    for token in root.iter("token"):
        position[token.get("t_id", "")] = len(tokens)
        tokens.append(token.text or "")
        sentences.append(int(token.get("sentence", "0")))
    markables = root.find("Markables")
    assert markables is not None
    mentions: dict[str, GoldMention] = {}
    entities: dict[str, str] = {}
    dct = None
    for element in markables:
        m_id = element.get("m_id", "")
        anchors = tuple(sorted(position[a.get("t_id", "")] for a in element.iter("token_anchor") if a.get("t_id") in position))
        if element.tag == "ENTITY_MENTION" and anchors:
            mentions[m_id] = GoldMention(f"{path.stem}#{m_id}", anchors, f"{path.stem}#alone{m_id}", element.get("syntactic_type", ""))
        elif element.tag == "ENTITY":
            entities[m_id] = element.get("instance_id") or f"{path.stem}#entity{m_id}"
        elif element.tag == "TIMEX3" and element.get("functionInDocument") == "CREATION_TIME":
            dct = element.get("value")
    relations = root.find("Relations")
    for relation in relations.iter("REFERS_TO") if relations is not None else []:
        target = relation.find("target")
        cluster = entities.get(target.get("m_id", "")) if target is not None else None
        if cluster is None:
            continue
        for source in relation.iter("source"):
            mention = mentions.get(source.get("m_id", ""))
            if mention is not None:
                mention.cluster = cluster
    return MeantimeDocument(path.stem, path.parent.name, tokens, sentences, dct, list(mentions.values()))


def _token_span(offsets: list[tuple[int, int]], start: int, end: int) -> tuple[int, ...]:
    return tuple(i for i, (s, e) in enumerate(offsets) if s < end and start < e)


def _match(pred: dict[tuple[int, ...], Hashable], gold: list[GoldMention]) -> dict[tuple[int, ...], GoldMention]:
    """One-to-one matching of predicted token spans to gold mentions by token overlap (Jaccard, greedy)."""
    pairs = []
    for span in pred:
        for mention in gold:
            shared = len(set(span) & set(mention.tokens))
            if shared:
                pairs.append((shared / len(set(span) | set(mention.tokens)), span, mention.id, mention))
    pairs.sort(key=lambda x: (-x[0], x[2], x[1]))
    out: dict[tuple[int, ...], GoldMention] = {}
    used: set[str] = set()
    for _, span, mention_id, mention in pairs:
        if span not in out and mention_id not in used:
            out[span] = mention
            used.add(mention_id)
    return out


#: MEANTIME splits: documents at even / odd positions of each topic corpus (sorted by file name).
MEANTIME_SPLITS = ("all", "tune", "heldout")


def meantime_documents(folder: Path, *, split: str = "all", limit: int | None = None) -> dict[str, list[MeantimeDocument]]:
    """Topic corpus -> its documents; ``tune`` keeps even positions, ``heldout`` odd ones."""
    if split not in MEANTIME_SPLITS:
        raise ValueError(f"split must be one of {MEANTIME_SPLITS}, not {split!r}")
    by_corpus: dict[str, list[MeantimeDocument]] = defaultdict(list)
    for folder_path in sorted((folder / "intra_cross-doc_annotation").glob("corpus_*")):
        for position, path in enumerate(sorted(folder_path.glob("*.xml"))):
            if split == "all" or (position % 2 == 0) == (split == "tune"):
                by_corpus[folder_path.name].append(read_meantime(path))
    if limit is not None:
        kept = 0
        out: dict[str, list[MeantimeDocument]] = {}
        for name, docs in by_corpus.items():
            if kept < limit:
                out[name] = docs[: limit - kept]
                kept += len(out[name])
        by_corpus = defaultdict(list, out)
    return by_corpus


def meantime_inputs(docs: list[MeantimeDocument], *, bar: Any = None) -> list[EntityInput]:
    """The resolver's input for each document: its text (one line per sentence), parse and NER mentions."""
    nlp = load_nlp()
    items = []
    for doc in docs:
        text, _ = doc.text_and_offsets()
        spacy_doc = nlp(text)
        mentions = [Mention(doc.name, e.start_char, e.end_char, e.text, e.label_) for e in spacy_doc.ents if e.label_ in NAME_LABELS]
        items.append(EntityInput(doc.name, text, mentions, spacy_doc, doc.dct, 0))
        if bar is not None:
            bar.update()
    return items


def score_meantime(corpora: list[tuple[str, list[MeantimeDocument], list[EntityInput], EntityResolution]]) -> dict[str, object]:
    """Coreference scores of resolved topic corpora against their gold chains."""
    key_all: dict[Hashable, Hashable] = {}
    key_named: dict[Hashable, Hashable] = {}
    response_all: dict[Hashable, Hashable] = {}
    response_named: dict[Hashable, Hashable] = {}
    response_string: dict[Hashable, Hashable] = {}
    n_pred = n_matched = 0
    for corpus, docs, items, resolution in corpora:
        links: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for (article, start, end), entity in resolution.links.items():
            links[article].append((start, end, entity))
        anaphors = {(m.article, m.start, m.end) for m in resolution.mentions if m.label in ANAPHOR_LABELS}
        for doc, item in zip(docs, items, strict=True):
            _, offsets = doc.text_and_offsets()
            for mention in doc.mentions:
                key_all[mention.id] = f"{corpus}/{mention.cluster}"
                if mention.syntactic_type == "NAM":
                    key_named[mention.id] = f"{corpus}/{mention.cluster}"
            predicted: dict[tuple[int, ...], Hashable] = {}
            surfaces: dict[tuple[int, ...], str] = {}
            unnamed: set[tuple[int, ...]] = set()
            for start, end, entity in links[doc.name]:
                span = _token_span(offsets, start, end)
                if span:
                    predicted[span] = entity
                    surfaces[span] = normalise(item.text[start:end])
                    if (doc.name, start, end) in anaphors:
                        unnamed.add(span)
            matched = _match(predicted, doc.mentions)
            n_pred += len(predicted)
            n_matched += len(matched)
            for span, entity_key in predicted.items():
                gold = matched.get(span)
                mention_id: Hashable = gold.id if gold else (doc.name, span)
                response_all[mention_id] = entity_key
                response_string[mention_id] = f"{corpus}/{surfaces[span]}"
                if span not in unnamed and (gold is None or gold.syntactic_type == "NAM"):
                    response_named[mention_id] = entity_key
    result: dict[str, object] = {}
    scores = conll_scores(clusters_of(key_all), clusters_of(response_all))
    result["coref_f1"] = scores.pop("conll_f1")
    result.update({f"coref_{k}": v for k, v in scores.items()})
    result["coref_f1_named"] = conll_scores(clusters_of(key_named), clusters_of(response_named))["conll_f1"]
    result["coref_f1_string"] = conll_scores(clusters_of(key_all), clusters_of(response_string))["conll_f1"]
    result.update({
        "gold_mentions": len(key_all), "gold_named_mentions": len(key_named),
        "predicted_mentions": n_pred, "matched_mentions": n_matched,
        "mention_recall": round(n_matched / len(key_all), 4) if key_all else 0.0,
        "mention_precision": round(n_matched / n_pred, 4) if n_pred else 0.0,
    })
    return result


def run_meantime(folder: Path, *, limit: int | None = None, progress: bool = True, split: str = "all") -> dict[str, object]:
    """Cross-document entity coreference of the resolver on MEANTIME, one story per topic corpus."""
    by_corpus = meantime_documents(folder, split=split, limit=limit)
    n = sum(len(docs) for docs in by_corpus.values())
    bar = tqdm(total=n, disable=not progress, desc="meantime")
    corpora = []
    for corpus, docs in sorted(by_corpus.items()):
        items = meantime_inputs(docs, bar=bar)
        corpora.append((corpus, docs, items, resolve_entities(items)))
    bar.close()
    label = {"all": "all", "tune": "tune: even positions per topic", "heldout": "held out: odd positions per topic"}[split]
    result: dict[str, object] = {"gold": str(folder), "n": n, "split": f"{label} (intra_cross-doc_annotation)"}
    result.update(score_meantime(corpora))
    return result


# --- entry points ------------------------------------------------------------------------------


def run(gold: Path, *, limit: int | None = None, progress: bool = True, split: str = "all") -> dict[str, object]:
    """CoNLL-2003 NER scores for a CoNLL file; MEANTIME coreference scores (``split``) for the MEANTIME folder."""
    gold = Path(gold)
    if gold.is_dir():
        if (gold / "intra_cross-doc_annotation").is_dir():
            return run_meantime(gold, limit=limit, progress=progress, split=split)
        candidates = sorted(gold.glob("eng.testa"))
        if not candidates:
            raise ValueError(f"{gold}: neither a MEANTIME folder nor a CoNLL-2003 folder with eng.testa")
        gold = candidates[0]
    return run_conll(gold, limit=limit, progress=progress)


def _row(result: dict[str, object], label: str, prefix: str) -> str | None:
    """'  label  P  R  F1' for the keys prefix_precision, prefix_recall, prefix_f1."""
    values = [result.get(f"{prefix}_{m}") for m in ("precision", "recall", "f1")]
    if any(v is None for v in values):
        return None
    p, r, f = (float(str(v)) for v in values)
    return f"  {label:<8} {p:>9.3f} {r:>9.3f} {f:>9.3f}"


def format_report(result: dict[str, object]) -> str:
    """A readable table of whichever measurement ``run`` made."""
    lines = [f"gold: {result.get('gold')}  ({result.get('split')}, n={result.get('n')} documents)"]
    rows: list[str | None] = []
    if "ner_f1" in result:
        lines.append("  type     precision    recall        F1   (exact span + type, conlleval)")
        rows = [_row(result, "ALL", "ner"), *(_row(result, t, f"ner_{t.lower()}") for t in CONLL_TYPES)]
        lines += [row for row in rows if row]
        lines.append(f"  gold entities {result['ner_gold']}, predicted {result['ner_predicted']}, correct {result['ner_correct']}")
    if "coref_f1" in result:
        lines.append("  metric   precision    recall        F1   (cross-document, within topic)")
        rows = [_row(result, m, f"coref_{m}") for m in ("muc", "bcubed", "ceafe")]
        lines += [row for row in rows if row]
        lines.append(f"  CoNLL F1 (mean of MUC, B3, CEAF-e): {result['coref_f1']:.3f}")
        lines.append(f"  CoNLL F1 against named gold mentions only: {result['coref_f1_named']:.3f}")
        lines.append(f"  CoNLL F1 of the exact-string baseline: {result['coref_f1_string']:.3f}")
        lines.append(
            f"  mentions: gold {result['gold_mentions']} ({result['gold_named_mentions']} named), predicted "
            f"{result['predicted_mentions']}, matched {result['matched_mentions']}"
        )
    return "\n".join(lines)

