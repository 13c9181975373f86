"""Guardian pages flattened to one line (Timeline17 bpoil_guardian, a dev topic): headline, standfirst, time stamp,
caption and photo credit run into the story's first sentence; they are split off, the story's words all stay."""

from __future__ import annotations

import json

import pytest

from storyline.clean.lines import credit_length
from storyline.model import RawDocument
from storyline.pipeline import clean_document
from tests.conftest import EVAL

GUARDIAN = EVAL / "timeline17" / "t17" / "bpoil_guardian"


def _article(uid: str, topic: str = "bpoil_guardian"):  # type: ignore[no-untyped-def]
    """One article of a Timeline17 topic (a dev topic), cleaned as the product cleans it."""
    folder = EVAL / "timeline17" / "t17" / topic
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(folder) if r["url"].endswith(f"/{uid}"))
    return clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))


def test_a_page_stamp_ends_the_head_and_opens_a_caption() -> None:
    article = _article("633")
    assert article.headline is not None and article.headline.startswith("BP denies ‘buying silence’ of oil spill scientists")
    body = article.text[article.body_start:]
    assert body.startswith("BP has rejected accusations of muzzling the scientists")
    assert "10.27 BST" not in article.text and "Getty Images" not in article.text and "tar balls" not in body
    assert any(r.reason == "publication date line" and r.text == "Friday 23 July 2010 10.27 BST" for r in article.removed)
    assert any("tar balls" in c and "Getty Images" in c for c in article.captions)


def test_a_credit_word_that_opens_the_story_stays_in_it() -> None:
    """"Photograph: Chris Ison/PA Images of the beleaguered BP chief executive ...": "Images" is the story's."""
    article = _article("94")
    assert article.text[article.body_start:].startswith("Images of the beleaguered BP chief executive, Tony Hayward")


def test_a_credit_with_no_stamp_still_ends_the_head() -> None:
    article = _article("1569")
    assert "Gerald Herbert" not in article.text
    assert article.text[article.body_start:].startswith("Underwater robots dived to the ocean floor yesterday")
    assert article.text.startswith("Industry officials acknowledge it could take months")  # the head stays, before the story
    assert any(r.reason == "photo credit" and "Gerald Herbert" in r.text for r in article.removed)


@pytest.mark.parametrize(("text", "credit"), [
    ("AP When Tom Reddoch was growing up", "AP"),
    ("Reuters Barack Obama today risked the wrath", "Reuters"),
    ("Associated Press The Gulf oil spill has", "Associated Press"),
    ("Dave Martin When BP 's chief executive", "Dave Martin"),
    ("Sarah Lee for the Guardian Tony Hayward", "Sarah Lee for the Guardian"),
    ("Stan Honda\\/AFP\\/Getty Images BP is using undersea robots", "Stan Honda\\/AFP\\/Getty Images"),
    ("Nasa BP 's incoming chief executive", "Nasa"),
    ("Jae C. Hong The Superdome in New Orleans", "Jae C. Hong"),  # bpoil_foxnews: a middle initial
])
def test_where_a_credit_ends(text: str, credit: str) -> None:
    """Credits as printed on bpoil_guardian pages, each followed by the story's first words."""
    assert text[: credit_length(text)] == credit


@pytest.mark.parametrize(("topic", "uid", "byline", "published", "opening"), [
    ("haiti_bbc", "1113", "William Crawley", "2010-01-13", "His body was found crushed in the ruins of his office."),
    ("bpoil_bbc", "1317", None, "2010-05-28", "The amount has risen since Saturday"),  # the stamp alone, no byline
])
def test_a_blog_posts_byline_and_time_stamp_are_the_head(
    topic: str, uid: str, byline: str | None, published: str, opening: str,
) -> None:
    folder = EVAL / "timeline17" / "t17" / topic
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(folder) if r["url"].endswith(f"/{uid}"))
    assert "UK time ," in record["text"][:120]
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    assert article.byline == byline
    assert article.published == published and article.published_basis == "stated"
    assert article.text[article.body_start:].startswith(opening)
    assert "UK time" not in article.text and any(r.reason == "publication date line" and "UK time" in r.text for r in article.removed)


@pytest.mark.parametrize(("topic", "uid", "headline", "opening"), [
    ("haiti_bbc", "1582", "Haitians still waiting for aid", "The Haitian authorities say they have buried 40,000 bodies"),
    ("bpoil_bbc", "1529", "BP wrestles with oil spill hitch in Gulf of Mexico", "A relief well being drilled to stop the spill"),
])
def test_a_one_line_pages_headline_run_into_its_lead_is_set_apart(topic: str, uid: str, headline: str, opening: str) -> None:
    """BBC pages flattened to one line print the headline (and a caption) run into the lead with no stop between:
    events and claims read from that first "sentence" had been garbled ("Haitians still waiting for aid The Haitian
    authorities say ...")."""
    article = _article(uid, topic)
    assert article.headline == headline
    assert article.text[article.body_start:].startswith(opening)


def test_a_title_after_in_or_told_is_not_a_lead() -> None:
    """LibyaWar_cnn (dev): "Here's an excerpt from the op-ed I wrote today in The Washington Post: ..." keeps its words
    together: "The" after "in" opens a title."""
    folder = EVAL / "timeline17" / "t17" / "LibyaWar_cnn"
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(folder) if r["url"].endswith("/125"))
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    assert "I wrote today in The Washington Post" in article.text[article.body_start:]


def test_a_bbc_pages_date_and_update_time_are_its_stamp() -> None:
    """bpoil_bbc (dev): 11 pages open "22 June 2010 Last updated at 05:09 GMT Help Amid the criticism of BP's handling
    ...": the stamp is the publication date line, the story starts after the page's help link."""
    folder = EVAL / "timeline17" / "t17" / "bpoil_bbc"
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(folder) if r["text"].startswith("22 June 2010 Last updated at 05:09 GMT Help"))
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    assert article.text[article.body_start:].startswith("Amid the criticism of BP's handling of the oil spill")
    assert "Last updated" not in article.text
    assert any(r.reason == "publication date line" and "Last updated at 05:09 GMT" in r.text for r in article.removed)


def test_an_older_bbc_pages_update_line_is_its_stamp() -> None:
    """haiti_bbc (dev): 6 pages open "Page last updated at 11:51 GMT, Friday, 29 January 2010 (an error occurred while
    processing this directive) Wyclef Jean was born in Haiti ...": the line stayed in the text and ran into the first
    event of the page's story ("Page last updated at ... Wyclef Jean says his former group Fugees should record a
    charity single", judged garbled in the timeline draw of seed 6101). It is the publication date line, the server's
    error with it."""
    folder = EVAL / "timeline17" / "t17" / "haiti_bbc"
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(folder) if r["url"].endswith("/1633"))
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    assert "Page last updated" not in article.text and "error occurred" not in article.text
    assert any(r.reason == "publication date line" and "Page last updated at 11:51 GMT" in r.text and "29 January 2010" in r.text
               for r in article.removed)
    assert "Wyclef Jean says his former group Fugees should record a charity single" in article.text


@pytest.mark.parametrize(("topic", "uid", "credit", "opening"), [
    ("bpoil_foxnews", "1834", "-LRB- AP Photo -RRB-", "President Obama warned Sunday that the vast oil spill"),
    ("bpoil_foxnews", "1900", "AP Photo\\/Jae C. Hong", "The Superdome in New Orleans is the largest fixed-dome structure"),
    ("bpoil_washingtonpost", "608", "-LRB- AP Photo\\/Alastair Grant -RRB-", "BILOXI, Miss. -- BP PLC is once again reporting profits"),
])
def test_a_wire_photo_credit_ends_the_caption_that_opens_a_page(topic: str, uid: str, credit: str, opening: str) -> None:
    """Fox News and Washington Post pages open with a photo's caption and its wire credit, "(AP Photo)" or "AP
    Photo/Jae C. Hong", run into the lead: the caption had been the story's first sentence ("May 2: A sign on the side of
    a road ... calls for help" an event; "AP Photo/Jae C. Hong The Superdome" an organisation). The credit ends the
    page's head; the story starts after it, after the credits repeated and the captions of a gallery, each closed by
    its wire credit in brackets, and after a page stamp right behind them (Washington Post 608: "(AP Photo/Alastair
    Grant) (Alastair Grant - AP)" and six more captions before "Tuesday, November 2, 2010; 5:00 PM")."""
    article = _article(uid, topic)
    assert any(r.reason == "photo credit" and r.text == credit for r in article.removed), article.removed
    assert article.text[article.body_start:].startswith(opening), article.text[article.body_start:][:80]
    if uid == "608":
        assert any(r.reason == "publication date line" and r.text.startswith("Tuesday , November 2 , 2010") for r in article.removed)
        assert "Alastair Grant" not in article.text[article.body_start:]


@pytest.mark.parametrize(("uid", "caption", "opening"), [
    ("650", "A sign on the side of a road in Boothville", "Thirteen nations and the U.N. have offered assistance"),
    ("420", "Fire boat crews battle the blazing remnants", "The Coast Guard discovered Saturday that oil is leaking"),
    ("1526", "Fire boat crews battle the blazing remnants", "Oil giant BP PLC told congressional investigators"),
    ("1756", "Underwater robots are seen working", "BP engineers were back to the slow work"),
])
def test_a_gallery_caption_with_its_day_and_credit_is_no_part_of_the_story(uid: str, caption: str, opening: str) -> None:
    """bpoil_foxnews (dev): 59 of 286 pages open with a gallery's captions, each with its day and its credit ("May 2: A
    sign on the side of a road in Boothville, La. calls for help to combat the massive Gulf oil spill. AP Thirteen
    nations ..."): the caption had been the story's first sentence (an event of 2 May, "calls for help"). The captions
    and their credits ("AP", "Coast Guard via AP", "BP, via Reuters") go; the story starts after them."""
    article = _article(uid, "bpoil_foxnews")
    body = article.text[article.body_start:]
    assert body.startswith(opening), body[:80]
    assert caption not in body and any(caption in c for c in article.captions)


@pytest.mark.parametrize(("uid", "byline", "opening"), [
    ("216", "Tom Watkins", "During his 42 years in power, Gadhafi has limited"),
    ("326", "Fawaz A. Gerges", "Almost two weeks of intense bombings"),
])
def test_a_date_and_byline_stamp_is_the_heads(uid: str, byline: str, opening: str) -> None:
    """LibyaWar_cnn (dev): "February 21, 2011 | By Tom Watkins, CNN During his 42 years in power, Gadhafi ..." kept the
    stamp in the story's first sentence, and "his" was the byline's Tom Watkins (the seed 2424 draw): the page's date
    and byline are its head, the story starts after the outlet ("CNN", "Special to CNN")."""
    article = _article(uid, "LibyaWar_cnn")
    assert article.byline == byline
    assert article.text[article.body_start:].startswith(opening)
    assert byline not in article.text


def test_a_roundup_of_other_sites_headlines_is_cut_and_the_story_stays() -> None:
    """bpoil_bbc (dev) 936: the page's "from other news sites" box ran into the story's last paragraph: "... said a US
    state department spokesman. UK and Ireland Obama forms spill commission as oil mess spreads - 44 mins ago Mail Online
    UK Obama tries to stem rising anger ... - 1 hr ago Times of India ..." (one headline became a denied claim). Stamped
    headlines, two or more in a run, are cut from the stop before the first to the last stamp."""
    article = _article("936", "bpoil_bbc")
    assert " ago " not in article.text and "Obama forms spill commission" not in article.text
    assert "should the spill reach the island's northern coast, said a US state department spokesman." in article.text
    assert any(r.reason == "other sites' headlines" and r.text.startswith("UK and Ireland Obama forms") for r in article.removed)


@pytest.mark.parametrize(("topic", "uid", "caption", "credit", "story_after"), [
    ("bpoil_guardian", "796", "Tony Hayward has apologised today for the catastrophic Deepwater Horizon oil leak",
     "Photograph : Gerald Herbert\\/AP", "Hayward says it 's simply not possible to say"),
    ("bpoil_guardian", "1071", "A Capitol Hill police officer arrests a protester covered in oil",
     "Photograph : Haraz N Ghanbari\\/AP", "As the day wore on"),
    ("haiti_bbc", "726", "A building in Jacmel damaged by the earthquake", "Picture : Yael Talleyrand",
     "About 10,000 people in Jacmel lost"),
    ("haiti_bbc", "126", "Some homes on hillsides collapsed on to the ones below",
     "-LRB- Photo : American Red Cross -RRB-", "He said Haiti"),
])
def test_a_photos_caption_and_credit_inside_the_story_go(topic: str, uid: str, caption: str, credit: str,
                                                         story_after: str) -> None:
    """A page flattened to text keeps a photo's caption and credit where the photo stood, in the story's middle ("He
    wants to know more details on the total cost of the crisis. Tony Hayward has apologised today ... safer.
    Photograph: Gerald Herbert/AP Hayward says ..."): the caption had been an event of the page's day, the credit an
    actor ("Win McNamee/Getty BP"). Both go, with the credit's bracket; the story's sentences on either side stay."""
    article = _article(uid, topic)
    assert caption not in article.text and any(caption in c for c in article.captions), article.captions
    assert any(credit in r.text for r in article.removed if r.reason.startswith("photo")), [
        r for r in article.removed if r.reason.startswith("photo")]
    assert story_after.replace(" 's", "'s") in article.text
    assert "Photograph" not in article.text and "Picture :" not in article.text and "Picture:" not in article.text


@pytest.mark.parametrize(("topic", "uid", "item"), [
    ("bpoil_guardian", "1134", "Transocean has struck back this afternoon however"),
    ("LibyaWar_cnn", "254", "Libya calls for cease-fire"),
])
def test_a_list_printed_with_cents_for_bullets_is_split_into_its_items(topic: str, uid: str, item: str) -> None:
    """Timeline17's copies print a list's bullet "•" as the word "cents" ("... cemented of the Macondo well . cents
    Transocean has struck back ..."): 161 on the dev topics, 126 of them on bpoil_guardian, where "cents Transocean has
    struck back" was an event's summary and items ran together into one sentence. The bullets go; each item opens a
    paragraph of its own."""
    article = _article(uid, topic)
    assert f"\n\n{item}" in article.text, article.text[article.text.find(item) - 80 :][:200]
    assert f"cents {item}" not in article.text
    assert any(r.reason == "list bullet" for r in article.removed)


def test_a_lists_item_with_a_headline_alone_is_a_link_not_the_story() -> None:
    """bpoil_guardian (dev) 2042: the items of a page's list of links, each another page's headline ("First oil washes
    ashore in Alabama"), had become sentences of the story (events of the page's day, names in headline capitals). An
    item that is a headline alone, short and with no full stop, goes."""
    article = _article("2042")
    assert "First oil washes ashore in Alabama" not in article.text
    assert any(r.reason.startswith("list item with a headline") and r.text == "First oil washes ashore in Alabama"
               for r in article.removed)


def test_cents_after_a_number_are_money() -> None:
    """bpoil_foxnews (dev) 782: "a quarterly dividend of 84 cents a share" keeps its cents."""
    article = _article("782", "bpoil_foxnews")
    assert "84 cents a share" in article.text


@pytest.mark.parametrize(("uid", "furniture", "words"), [
    ("132", "Comment is free on Twitter Latest news", 20),  # a stub: headline and standfirst only
    ("32", "RT @BrianSozzi", 800),
    ("1573", "Average Goldman Sachs pay", 500),
])
def test_a_print_edition_note_closes_the_story_and_its_page_foot_goes(uid: str, furniture: str, words: int) -> None:
    """bpoil_guardian (dev): 34 pages kept their foot after "A version appeared on p30 of the Main section section of the
    Guardian on ...": a site widget's headlines and tweets ("Comment is free on Twitter Latest news, views and links ...
    philipoltermann: Recognise the young man ..."), which made "Twitter Latest" a person of 23 mentions. A print note
    near the end of the text closes the story; it and what follows go, the story before it stays."""
    article = _article(uid)
    assert furniture not in article.text
    assert "A version appeared" not in article.text
    assert any(r.reason.startswith("print edition note") for r in article.removed)
    assert len(article.text.split()) > words


def test_a_sites_contact_lines_run_into_the_text_go() -> None:
    """bpoil_guardian (dev): 22 pages kept the site's contact lines run into their head ("Letters for publication should
    be sent to: letters@guardian.co.uk If you need help using the site: userhelp@guardian.co.uk Call the main Guardian
    and Observer switchboard: Obama administration accused of ..."), which opened an event's summary. They go; the
    headline after them stays."""
    article = _article("2100")
    assert "userhelp@" not in article.text and "switchboard" not in article.text
    assert sum(r.reason == "a site's contact lines" for r in article.removed) == 3
