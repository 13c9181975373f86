"""The entity evaluation: IOB1 spans, coreference metrics on a worked example, and small real runs."""

from __future__ import annotations

import pytest

from storyline.evaluate.entities import (
    LABEL_MAP,
    b_cubed,
    ceaf_e,
    conll_scores,
    format_report,
    iob1_spans,
    muc,
    read_conll,
    read_meantime,
    run,
)
from tests.conftest import EVAL

CONLL = EVAL / "conll2003-en" / "eng.testa"
MEANTIME = EVAL / "meantime-en"

# The worked example of Pradhan et al. (2014), "Scoring coreference partitions of predicted mentions".
KEY = [frozenset("abc"), frozenset("defg")]
RESPONSE = [frozenset("ab"), frozenset("cd"), frozenset("fghi")]


def test_iob1_spans_split_on_b_and_on_type_change() -> None:
    tags = ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG"]
    assert iob1_spans(tags) == [(0, 2, "PER"), (2, 3, "PER"), (4, 5, "LOC"), (5, 7, "ORG")]


def test_label_map_covers_the_pipeline_labels() -> None:
    assert LABEL_MAP["PERSON"] == "PER" and LABEL_MAP["GPE"] == "LOC" and LABEL_MAP["NORP"] == "MISC"
    assert "DATE" not in LABEL_MAP and "CARDINAL" not in LABEL_MAP


def test_muc_on_the_worked_example() -> None:
    p, r, _ = muc(KEY, RESPONSE)
    assert (round(p, 4), round(r, 4)) == (0.4, 0.4)


def test_b_cubed_on_the_worked_example() -> None:
    p, r, _ = b_cubed(KEY, RESPONSE)
    assert round(p, 4) == 0.5
    assert round(r, 4) == round((4 / 3 + 1 / 3 + 1 / 4 + 1) / 7, 4)


def test_ceaf_e_on_the_worked_example() -> None:
    p, r, _ = ceaf_e(KEY, RESPONSE)
    assert round(r, 4) == 0.65  # (0.8 + 0.5) / 2
    assert round(p, 4) == round(1.3 / 3, 4)


def test_identical_partitions_score_one() -> None:
    scores = conll_scores(KEY, KEY)
    assert scores["conll_f1"] == 1.0


@pytest.mark.skipif(not CONLL.is_file(), reason=f"CoNLL-2003 dev file not found at {CONLL}")
def test_conll_reader_and_a_small_run() -> None:
    docs = read_conll(CONLL)
    assert len(docs) == 216
    first = docs[0]
    assert first.words[:3] == ["CRICKET", "-", "LEICESTERSHIRE"]
    assert (2, 3, "ORG") in first.spans
    result = run(CONLL, limit=3, progress=False)
    assert result["n"] == 3
    assert 0.2 < float(str(result["ner_f1"])) <= 1.0
    assert "PER" in format_report(result)


@pytest.mark.skipif(not MEANTIME.is_dir(), reason=f"MEANTIME not found at {MEANTIME}")
def test_meantime_reader_builds_cross_document_chains() -> None:
    path = next((MEANTIME / "intra_cross-doc_annotation" / "corpus_airbus").glob("100911_*.xml"))
    doc = read_meantime(path)
    assert doc.dct == "2008-03-01"
    text, offsets = doc.text_and_offsets()
    assert text.startswith("Northrop Grumman and Airbus parent EADS defeat Boeing")
    by_cluster: dict[str, list[str]] = {}
    for mention in doc.mentions:
        words = " ".join(text[offsets[i][0] : offsets[i][1]] for i in mention.tokens)
        by_cluster.setdefault(mention.cluster, []).append(words)
    assert "Boeing" in by_cluster["ORG37154719725500990"]  # the cross-document instance id


@pytest.mark.skipif(not MEANTIME.is_dir(), reason=f"MEANTIME not found at {MEANTIME}")
def test_meantime_small_run_beats_nothing() -> None:
    result = run(MEANTIME, limit=4, progress=False)
    assert result["n"] == 4
    assert 0.1 < float(str(result["coref_f1"])) <= 1.0
    assert float(str(result["coref_f1_named"])) > 0.1
    assert "CoNLL F1" in format_report(result)


def test_meantime_tune_and_heldout_halves_split_each_topic() -> None:
    if not MEANTIME.is_dir():
        pytest.skip(f"MEANTIME not found at {MEANTIME}")
    from storyline.evaluate.entities import meantime_documents

    tune, heldout = meantime_documents(MEANTIME, split="tune"), meantime_documents(MEANTIME, split="heldout")
    assert sorted(tune) == sorted(heldout) == ["corpus_airbus", "corpus_apple", "corpus_gm", "corpus_stock"]
    for corpus in tune:
        names = {d.name for d in tune[corpus]}
        assert len(names) == len(heldout[corpus]) == 15
        assert not names & {d.name for d in heldout[corpus]}
    with pytest.raises(ValueError):
        meantime_documents(MEANTIME, split="test")
