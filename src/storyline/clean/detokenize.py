"""Penn-Treebank tokenised text back to print, with an offset map.

Wire archives and research corpora (Timeline17, the Reuters and CNN copies in it) carry text as PTB
tokens: ``-LRB- CNN -RRB-``, ``` `` ``` and ``''`` for quotation marks, a space before every comma and
``'s``, ``do n't``. Read as it is, quotes run past their marks and names come out as
"-RRB- - Muammar Gaddafi". ``looks_tokenized`` says whether a text is in that form; ``detokenize``
rejoins it as printed text and returns it as pieces ``(raw_start, text)``: a piece copied verbatim
carries its offset in the raw text, a replaced token (a bracket or quotation mark) carries None,
so the clean text still maps back to the raw text wherever it is a verbatim copy.
"""

from __future__ import annotations

import re

Piece = tuple[int | None, str]

BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
OPENING = {"``": "“", "`": "‘"}
CLOSING = {"''": "”"}
# No space before these tokens (closing punctuation, clitics) ...
ATTACH_LEFT = re.compile(r"^(?:[,.;:?!%]+|\.\.\.|[)\]}”’]|'(?:s|re|ve|ll|d|m)|n't|'|-RRB-|-RSB-|-RCB-|'')$", re.IGNORECASE)
# ... and none after these (opening brackets and quotation marks, a currency sign).
ATTACH_RIGHT = re.compile(r"^(?:[(\[{“‘$#]|-LRB-|-LSB-|-LCB-|``|`)$")
_MARKERS = re.compile(r" (?:[,.;:?!]|'s|n't|-RRB-|'') |-LRB-|``")
# PTB escapes a slash and an asterisk ("gallons\/litres", "\* May 2 - Obama visits"); print shows them bare
ESCAPED = re.compile(r"\\([/*])")
# a number the tokeniser split at its separator ("795 ,000", "15 .9 million", "10 .30 pm"): the part after the split
NUMBER_TAIL = re.compile(r"^[,.]\d")
# a stock ticker the tokeniser split at its exchange ("-LRB- BP . L -RRB-" is "(BP.L)" in print): no sentence ends in it;
# a Reuters code may hold a share class in lower case or be digits ("MUVGn.DE", "RDSa.L", "0293.HK")
PTB_TICKER = re.compile(r"(?:-LRB-|\()\s+[A-Z0-9][A-Za-z0-9]{0,7}\s+\.\s+[A-Z]{1,3}\s+(?:-RRB-|\))")


def looks_tokenized(text: str) -> bool:
    """PTB tokens throughout: spaces before commas and full stops, split clitics, bracket or quote tokens."""
    words = max(1, text.count(" ") + 1)
    spaced = len(re.findall(r" [,.](?= |$)", text))
    markers = len(re.findall(r"-LRB-|-RRB-|``|'' | 's |n't ", text))
    return words >= 20 and spaced >= 2 and spaced / words > 0.02 and (markers >= 1 or spaced / words > 0.05)


def detokenize(text: str, start: int = 0) -> list[Piece]:
    """Print-form pieces of a PTB-tokenised text that starts at raw offset ``start``."""
    pieces: list[Piece] = []
    tokens = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text)]
    single_open = False  # a ` opened a single-quoted span; the next lone ' closes it
    previous = ""
    for index, (offset, token) in enumerate(tokens):
        shown: str | None = None
        if token in BRACKETS:
            shown = BRACKETS[token]
        elif token in OPENING:
            shown = OPENING[token]
            single_open = single_open or token == "`"
        elif token in CLOSING:
            shown = CLOSING[token]
        elif token == "'" and single_open:
            shown, single_open = "’", False
        elif "\\" in token:
            unescaped = ESCAPED.sub(r"\1", token)
            shown = unescaped if unescaped != token else None
        space = index > 0 and not ATTACH_LEFT.match(token) and not ATTACH_RIGHT.match(previous) and not (
            token == "'" and not single_open and previous.endswith("s")  # "the rebels ' positions"
        ) and not (token[0] in ",." and NUMBER_TAIL.match(token) and previous[-1:].isdigit()) and not (
            previous == "." and _ticker_exchange(text, tokens, index))
        if space:  # the one space printed before a token: verbatim when the raw text has exactly that
            pieces.append((start + offset - 1, " ") if text[offset - 1 : offset] == " " and offset >= 1 else (None, " "))
        pieces.append((start + offset if shown is None else None, shown if shown is not None else token))
        previous = token
    return _merge(pieces)


def _ticker_exchange(text: str, tokens: list[tuple[int, str]], index: int) -> bool:
    """Whether the token at ``index`` is the exchange of a bracketed ticker: "L" in "-LRB- BP . L -RRB-"."""
    if index < 3 or index + 1 >= len(tokens):
        return False
    ticker = PTB_TICKER.match(text, tokens[index - 3][0])
    closing_at, closing = tokens[index + 1]
    return ticker is not None and ticker.end() == closing_at + len(closing)


def _merge(pieces: list[Piece]) -> list[Piece]:
    """Join neighbouring verbatim pieces that are contiguous in the raw text."""
    out: list[Piece] = []
    for raw_start, text in pieces:
        if out and raw_start is not None and out[-1][0] is not None:
            last_start, last_text = out[-1]
            assert last_start is not None
            if last_start + len(last_text) == raw_start:
                out[-1] = (last_start, last_text + text)
                continue
        if out and raw_start is None and out[-1][0] is None:
            out[-1] = (None, out[-1][1] + text)
            continue
        out.append((raw_start, text))
    return out


def joined(pieces: list[Piece]) -> str:
    return "".join(text for _, text in pieces)
