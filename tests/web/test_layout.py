"""Unit tests for the server-side pieces of the UI: offset highlighting and the timeline layout."""

from __future__ import annotations

from datetime import date

from storyline.web.highlight import Span, segment_text
from storyline.web.pages import also_reported, dating, make_templates
from storyline.web.timeline import (
    Node,
    is_onset,
    label_px,
    layout,
    pack,
    partial_date,
    period,
    scale,
    short_label,
    to_day,
)
from storyline.wording import date_order, date_text

# From the Korea Herald seed (001).
SENTENCE = ('John Kirby, NSC strategic communications coordinator, underscored that Russian support for North '
            'Korea\'s illicit nuclear and ballistic missile programs would be of "significant concern" to the US.')


def at(needle: str) -> tuple[int, int]:
    start = SENTENCE.index(needle)
    return start, start + len(needle)


def test_segments_cover_the_text_exactly_with_overlaps() -> None:
    quote = Span(*at('that Russian support for North Korea\'s illicit nuclear and ballistic missile programs would be of "significant concern" to the US'), "quote", "q1")
    north_korea = Span(*at("North Korea"), "mention", "ent_prk", href="/entities/ent_prk")
    speaker = Span(*at("John Kirby"), "speaker", "ent_kirby", href="/entities/ent_kirby")
    segments = segment_text(SENTENCE, [quote, north_korea, speaker])
    assert "".join(s.text for s in segments) == SENTENCE
    assert all(s.text == SENTENCE[s.start:s.end] for s in segments)
    inside = next(s for s in segments if s.text == "North Korea")
    assert inside.kinds == ["mention", "quote"] and inside.link == north_korea and inside.quote_ids == "q1"
    assert next(s for s in segments if s.text == "John Kirby").link == speaker
    assert not next(s for s in segments if s.text.startswith(", NSC")).spans


def test_spans_outside_the_text_are_clipped_or_dropped() -> None:
    segments = segment_text("short text", [Span(6, 99, "date"), Span(50, 60, "quote"), Span(3, 3, "mention")])
    assert [(s.text, s.kinds) for s in segments] == [("short ", []), ("text", ["date"])]


def test_each_piece_lists_exactly_the_spans_covering_it_in_start_order() -> None:
    """The one-sweep cut: every piece's spans are those that cover it, longest first among those starting together, on
    a real sentence with nested, chained and cut spans of every kind."""
    import random

    rng = random.Random(7)
    for _ in range(300):
        spans = [Span(a, max(a, b), rng.choice(["quote", "mention", "date", "evidence"]), str(i))
                 for i, (a, b) in enumerate((rng.randint(-5, len(SENTENCE) + 5), rng.randint(-5, len(SENTENCE) + 5))
                                            for _ in range(rng.randint(0, 14)))]
        cuts = [rng.randint(0, len(SENTENCE)) for _ in range(rng.randint(0, 4))]
        segments = segment_text(SENTENCE, spans, cuts=cuts)
        assert "".join(s.text for s in segments) == SENTENCE
        clipped = [Span(max(0, s.start), min(len(SENTENCE), s.end), s.kind, s.key) for s in spans]
        kept = sorted((s for s in clipped if s.start < s.end), key=lambda s: (s.start, -s.end))
        for piece in segments:
            covering = [s.key for s in kept if s.start <= piece.start and s.end >= piece.end]
            assert [s.key for s in piece.spans] == covering


def test_template_escapes_segment_text() -> None:
    env = make_templates().env
    html = env.from_string('{% for s in segments %}<span class="seg">{{ s.text }}</span>{% endfor %}').render(
        segments=segment_text("<script>alert(1)</script> & <img src=x onerror=alert(1)>", [Span(0, 8, "quote")]))
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_to_day_reads_timex_values() -> None:
    assert to_day("2023-09-13") == date(2023, 9, 13)
    assert to_day("2024-06-18/2024-06-19") == date(2024, 6, 18)
    assert to_day("2024-W25") == date(2024, 6, 17)  # Monday of ISO week 25
    assert to_day("2000-07") == date(2000, 7, 1)
    assert to_day("2006") == date(2006, 7, 1)
    assert to_day("XXXX-07-12") is None and to_day("PRESENT_REF") is None and to_day(None) is None
    assert to_day("2023-02-30") is None


def test_scale_is_ordered_and_breaks_long_gaps() -> None:
    days = [date(2000, 7, 1), date(2023, 9, 13), date(2023, 9, 14), date(2023, 9, 24)]
    xs, breaks = scale(days, width=1000, margin=100)
    assert [xs[d] for d in days] == sorted(xs[d] for d in days)
    assert xs[days[0]] == 100 and xs[days[-1]] == 900
    assert len(breaks) == 1 and xs[days[0]] < breaks[0] < xs[days[1]]
    one_day, ten_days = xs[days[2]] - xs[days[1]], xs[days[3]] - xs[days[2]]
    assert one_day < ten_days < 10 * one_day  # longer gaps are wider, but a busy day is not squeezed to nothing
    assert xs[days[1]] - xs[days[0]] < 3 * ten_days  # 23 years drawn as a short break


def test_period_spans_weeks_months_years_and_ranges() -> None:
    assert period("2024-06-17/2024-06-23") == (date(2024, 6, 17), date(2024, 6, 23))
    assert period("2024-W25") == (date(2024, 6, 17), date(2024, 6, 23))
    assert period("2023-09") == (date(2023, 9, 1), date(2023, 9, 30))
    assert period("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert period("2006") == (date(2006, 1, 1), date(2006, 12, 31))
    assert period("2023-09-13") == (date(2023, 9, 13), date(2023, 9, 13))
    assert period("XXXX-07-12") is None and period(None) is None
    assert partial_date("XXXX-07-12") == "12 July, year unknown" and partial_date("2024-07-12") == ""
    assert date_text("2024-06-17/2024-06-23") == "2024-06-17 – 06-23" and date_text("2006") == "2006"
    assert date_text("200") == "the 2000s" and date_text("17") == "the 1700s"
    # bpoil_washingtonpost's briefing listed "2010-Q3" and "2010-W19-WE" after December: in calendar order they are
    # July and the Saturday of week 19
    values = ["2010-12-15", "2010-Q3", "2010-W19-WE", "2010-06-03", "XXXX-06-12"]
    assert sorted(values, key=date_order) == ["2010-W19-WE", "2010-06-03", "2010-Q3", "2010-12-15", "XXXX-06-12"]


def test_onset_read_from_summary_or_evidence() -> None:
    # From the seeds: "Pyongyang has shipped over 10,000 containers ... to Russia since September"
    assert is_onset({"summary": "North Korea has shipped over 10,000 containers of munitions to Russia since September"})
    assert is_onset({"summary": "embargos", "evidence": [{"text": "North Korea has been under UN embargos since 2006"}]})
    assert not is_onset({"summary": "Putin to visit Pyongyang from Tuesday to Wednesday", "evidence": []})


def test_short_label_cuts_at_a_word() -> None:
    assert short_label("North Korea has shipped over 10,000 containers", 20) == "North Korea has…"
    assert short_label("Kim Jong-un", 20) == "Kim Jong-un"


def test_pack_keeps_labels_apart_and_drops_them_when_crowded() -> None:
    nodes = [Node("events", date(2024, 6, 19), "2024-06-19", f"Putin and Kim signed pact {i}", "#", "t", r=5.0) for i in range(6)]
    for n in nodes:
        n.x = n.x2 = 500.0
    rows = pack(nodes, width=1000, max_labelled_rows=4)
    labelled = [n for n in nodes if n.show_label]
    assert rows >= 4 and len(labelled) == 4  # same day: one row each, labels beyond the fourth row left out
    assert len({n.y for n in nodes}) == len(nodes)  # no two marks on one spot
    right = Node("events", date(2024, 6, 28), "2024-06-28", "UN Security Council meeting", "#", "t", r=5.0)
    right.x = right.x2 = 990.0
    pack([right], width=1000, max_labelled_rows=4)
    assert right.anchor == "end" and right.label_x - label_px(right.label) >= 0  # near the right edge: label on the left


def test_layout_stacks_same_day_nodes_and_links_to_evidence() -> None:
    events = [
        {"id": "e1", "date": "2024-06-19", "type": "SUPPORT", "summary": "Putin and Kim signed a pact", "salience": 1.0, "evidence": [{}]},
        {"id": "e2", "date": "2024-06-19", "type": "CONSULT", "summary": "Putin visited Pyongyang", "salience": 0.5, "evidence": [{}]},
        {"id": "e3", "date": None, "type": "FIGHT", "summary": "undated", "salience": 0.1, "evidence": []},
    ]
    mentions = [{"article": "a" * 16, "start": 228, "end": 237, "text": "Wednesday", "value": "2023-09-13",
                 "granularity": "day", "source": {"outlet": "The Korea Herald"}}]
    chart = layout(events, mentions, [{"id": "b" * 16, "published": "2023-09-14", "published_basis": "stated",
                                        "outlet": "The Korea Herald", "headline": "US concerned"}])
    lanes = {lane.name: lane for lane in chart.lanes}
    e1, e2 = lanes["events"].nodes
    assert e1.x == e2.x and e1.y != e2.y  # same day: stacked, not overlapping
    assert {n.href for n in lanes["events"].nodes} == {"#ev-e1", "#ev-e2"}
    assert lanes["dates"].nodes[0].href == f"/articles/{'a' * 16}#228-237"
    assert lanes["published"].nodes[0].href == f"/articles/{'b' * 16}"
    assert lanes["dates"].nodes[0].x < lanes["published"].nodes[0].x < e1.x
    assert [t["type"] for t in chart.types] == ["CONSULT", "FIGHT", "SUPPORT"]
    assert e1.css != e2.css and {e1.css, e2.css} < {t["css"] for t in chart.types}
    assert [n.key for n in chart.undated.nodes] == ["e3"]  # the undated event goes to its own strip, not the axis
    assert chart.undated.y > chart.axis_y


def test_also_reported_links_a_quote_to_its_copies_in_other_articles() -> None:
    said = "We are not concerned about (Putin's) trip"
    quotes = [{"id": "a-q1", "article": "a", "group": "g1", "text": said}, {"id": "b-q4", "article": "b", "group": "g1", "text": said},
              {"id": "a-q2", "article": "a", "group": None, "text": "other"}, {"id": "a-q3", "article": "a", "group": "g2", "text": "x"},
              {"id": "a-q5", "article": "a", "group": "g2", "text": "x"}]
    also = also_reported(quotes, quotes)
    assert [o["id"] for o in also["a-q1"]] == ["b-q4"] and [o["id"] for o in also["b-q4"]] == ["a-q1"]
    assert "a-q2" not in also and "a-q3" not in also  # a group within one article is no second outlet


def test_dating_lists_the_reasons_for_an_inferred_date() -> None:
    article = {"published": None, "published_basis": "inferred", "published_confidence": 0.55,
               "published_earliest": "2024-06-20", "published_latest": "2024-06-25",
               "published_evidence": "inferred window 2024-06-20..2024-06-25 (confidence 0.55)\n- 'Thursday' [185:193]: Thursday is 2024-06-20"}
    facts = dating(article)
    assert facts["value"] == "between 2024-06-20 … 2024-06-25" and facts["confidence"] == "0.55"
    assert facts["reasons"] == ["'Thursday' [185:193]: Thursday is 2024-06-20"]
    stated = dating({"published": "2023-09-14", "published_basis": "stated", "published_confidence": 1.0,
                     "published_evidence": "printed date line: 'Sept. 14, 2023 - 09:17'"})
    assert stated["value"] == "2023-09-14" and stated["confidence"] == "" and stated["reasons"] == []
