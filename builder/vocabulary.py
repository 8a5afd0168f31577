"""Words and categories that extraction and rendering share, each spelled once, as data.

Both `builder.extract` and `builder.render` import from here; render never imports extract."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    """One category of event, with how the site shows it by default (a site may override label, icon, colour)."""

    key: str
    icon: str          # Material icon shortcode without colons: "material-bomb"
    colour: str        # badge background, dark enough for white text
    newsworthy: int    # the home page's "What happened" prefers higher (decisions and casualties before statements)
    tie_break: int     # when two categories score the same in extraction, the lower wins


# The category vocabulary, in the order the site lists it. Why these icons: each says the category at a glance;
# colours are distinct hues dark enough for white text.
CATEGORY_TABLE: tuple[Category, ...] = (
    Category("deadline", "material-timer-sand", "#92400e", 7, 1),
    Category("ultimatum", "material-alert-octagon", "#c2410c", 8, 2),
    Category("rejection", "material-hand-back-left", "#b91c1c", 9, 4),
    Category("agreement", "material-handshake", "#15803d", 9, 5),
    Category("strike", "material-bomb", "#9f1239", 5, 8),
    Category("shelling", "material-crosshairs-gps", "#be123c", 5, 7),
    Category("casualties", "material-heart-broken", "#3f3f46", 8, 9),
    Category("humanitarian", "material-hand-heart", "#0369a1", 5, 12),
    Category("evacuation", "material-exit-run", "#0f766e", 6, 10),
    Category("statement", "material-comment-quote", "#4338ca", 2, 6),
    Category("diplomacy", "material-earth", "#6d28d9", 4, 11),
    Category("legal", "material-scale-balance", "#374151", 4, 13),
    Category("warning", "material-alert", "#a16207", 3, 3),
    Category("other", "material-circle-medium", "#475569", 1, 14),
)
CATEGORIES: tuple[str, ...] = tuple(c.key for c in CATEGORY_TABLE)
BY_KEY: dict[str, Category] = {c.key: c for c in CATEGORY_TABLE}
TIE_BREAK: tuple[str, ...] = tuple(c.key for c in sorted(CATEGORY_TABLE, key=lambda c: c.tie_break))
# A category a site adds (categories_file) looks like this until it says otherwise.
NEW_CATEGORY_ICON, NEW_CATEGORY_COLOUR = "material-tag", "#475569"

# Titles and other abbreviations that never end a sentence.
TITLES = frozenset("""
Mr Mrs Ms Dr Prof Gen Col Lt Sgt Capt Cpl Maj Adm Brig Cmdr Gov Sen Rep Rev Hon Pres Supt Insp
St Mt Ft Sr Jr Messrs Mme Mlle Fr Sgt Pte Det Ald Amb
""".split())
# Abbreviations that end a sentence only when the next word is a usual sentence opener.
WEAK_ABBREVIATIONS = frozenset("""
Inc Ltd Corp Co Bros etc approx est vs v Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No
""".split())
# Abbreviations a number follows: "No. 5", "Guardians of the Galaxy Vol. 3", "Art. 50", "Rs. 500 crore" (rupees, as
# the Indian press writes them), "p. 12" end no sentence before it.
NUMBERED_ABBREVIATIONS = frozenset("No Nos Vol Vols Art Arts Fig Figs Ch Pt Sec Ep Op pp p Para para Rs".split())

# Quotation marks. Straight marks open or close by what is around them; curly ones say which they are.
STRAIGHT_DOUBLE, STRAIGHT_SINGLE = '"', "'"
DOUBLE_OPENERS, DOUBLE_CLOSERS = "“„«", "”»"
SINGLE_OPENERS, SINGLE_CLOSERS = "‘‹", "’›"

# How the words reached the reporter, by the last word of a quote's `via`: "in a Facebook post", "on Telegram";
# anything else is an outlet someone told ("told Ukrainian Pravda").
CHANNEL_WORDS: tuple[str, ...] = (
    "post", "statement", "interview", "video", "broadcast", "message", "address", "speech", "tweet", "letter",
    "briefing", "conference", "call", "appearance", "note", "comment")
PLATFORMS: tuple[str, ...] = (
    "telegram", "facebook", "twitter", "x", "youtube", "instagram", "tiktok", "television", "radio", "tv")


def plural(count: int, one: str, many: str | None = None) -> str:
    """'1 entry', '2 entries', '1,234 events': the count and the word that goes with it."""
    return f"{count:,} {one if count == 1 else many or one + 's'}"


# Stories (README, "The entry format"). What a figure counts: values of different measures are never compared or
# mixed (freed is not killed).
MEASURES: tuple[str, ...] = (
    "killed", "injured", "missing", "aboard", "displaced", "evacuated", "rescued", "held", "freed", "arrested",
)
# How a figure's value is qualified in the article ("at least 12", "more than 160", "nearly 300").
QUALIFIERS: tuple[str, ...] = ("at least", "more than", "about", "nearly", "up to", "fewer than")
# How a later report relates to the entry it revises.
REVISION_KINDS: tuple[str, ...] = ("contradicts", "corrects", "extends", "updates")
