"""The entry format as data: the field table drives validation, docs and the published JSON Schema."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from builder.model import CATEGORIES, MEASURES, QUALIFIERS, REVISION_KINDS

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Only web addresses are linked: javascript:, data: or vbscript: in a link would run in the reader's browser.
URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.IGNORECASE)
# A count is at most 15 digits: it goes into timeline.json and feeds, and JavaScript numbers are exact only up to
# 2**53 (about 9 * 10**15).
MAX_COUNT_DIGITS = 15
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
DAY_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"


@dataclass(frozen=True)
class FieldSpec:
    """One field of a mapping in the entry format."""

    name: str
    kind: str        # text | slug | slugs | url | date | day | bool | count | category | measure | qualifier
                     # | revision | names | quotes | sources | figures | revises
    required: bool
    doc: str


QUOTE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("text", "text", True, "The words quoted, verbatim, without the quotation marks."),
    FieldSpec("speaker", "text", True, "Who said it, as a name (\"Irina Vereshchuk\") or a body (\"the MDC\")."),
    FieldSpec("role", "text", False, "The speaker's title or role: \"Deputy Prime Minister\"."),
    FieldSpec("via", "text", False, "The outlet or channel: \"Ukrainian Pravda\", \"a Facebook post\"."),
    FieldSpec("partial", "bool", False, "true for a fragment quoted inside reported speech."),
)

SOURCE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("text", "text", True, "The verbatim sentence(s) the entry was built from."),
    FieldSpec("article", "slug", False, "The seed article's name (its file name in seeds/ without .txt)."),
    FieldSpec("url", "url", False, "A web address (http:// or https://), for sources that are not seed articles."),
)

FIGURE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("measure", "measure", True, "What is counted: one of " + ", ".join(MEASURES) + "; values of different "
              "measures are never mixed."),
    FieldSpec("value", "count", True, "The number, as a whole number: 12, 2300."),
    FieldSpec("qualifier", "qualifier", False, "How the article hedges it: one of " + ", ".join(QUALIFIERS) + "."),
    FieldSpec("date", "day", True, "The day the value was reported (its article's publication day), YYYY-MM-DD."),
    FieldSpec("text", "text", True, "The article's own words that give the value, verbatim."),
    FieldSpec("article", "slug", False, "The seed article the words come from, as in sources."),
    FieldSpec("url", "url", False, "A web address (http:// or https://), for figures that do not come from a seed "
              "article."),
)

REVISION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", "slug", True, "The earlier entry this one revises."),
    FieldSpec("kind", "revision", True, "How: one of " + ", ".join(REVISION_KINDS) + " (contradicts: denies or "
              "belies it; corrects: gives a corrected fact or figure; extends: moves its deadline; updates: a later "
              "state of the same matter)."),
)

ENTRY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", "slug", True, "Stable identifier: lowercase words joined by hyphens; equals the file name."),
    FieldSpec("date", "date", True, "When it happened: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known."),
    FieldSpec("time", "text", False, "Time of day when given: \"05:00\", \"early hours\", \"afternoon\"."),
    FieldSpec("approximate", "bool", False, "true when the date is vague (\"for weeks\", \"recently\")."),
    FieldSpec("end_date", "date", False, "Last day of a span, same formats as date."),
    FieldSpec("when", "text", False, "The article's own words for the date: \"yesterday\", \"for weeks\"."),
    FieldSpec("category", "category", True, "One of: " + ", ".join(CATEGORIES) + "."),
    FieldSpec("title", "text", True, "Short headline, newsroom style, no trailing full stop."),
    FieldSpec("summary", "text", True, "One or two plain sentences, faithful to the source."),
    FieldSpec("quotes", "quotes", False, "Direct quotes: text, speaker, and optionally role, via, partial."),
    FieldSpec("people", "names", False, "People involved, names as written in the source."),
    FieldSpec("places", "names", False, "Places involved."),
    FieldSpec("organisations", "names", False, "Organisations involved."),
    FieldSpec("figures", "figures", False, "Counts with their history: measure, value, qualifier, the day "
              "reported, the words and their article; the latest value of a measure is the one with the latest date."),
    FieldSpec("revises", "revises", False, "Earlier entries this report contradicts, corrects, extends or updates: "
              "id and kind."),
    FieldSpec("same_as", "slug", False, "Editors: the id of the entry this one is the same event as; the builder "
              "adds this entry's reports to that one and the site shows that one only."),
    FieldSpec("distinct_from", "slugs", False, "Ids of entries that are other events: the builder never merges "
                                               "this entry with them."),
    FieldSpec("sources", "sources", False, "Where each claim comes from: article and verbatim text; one per report "
              "(several articles may report one event)."),
)

SCHEMA_FILE = "entry.schema.json"


def _property(spec: FieldSpec, categories: tuple[str, ...]) -> dict:
    text = {"type": "string", "minLength": 1}
    if spec.kind == "quotes":
        kind = {"type": "array", "items": _object(QUOTE_FIELDS, categories)}
    elif spec.kind == "figures":
        kind = {"type": "array", "items": {**_object(FIGURE_FIELDS, categories),
                                           "anyOf": [{"required": ["article"]}, {"required": ["url"]}]}}
    elif spec.kind == "revises":
        kind = {"type": "array", "items": _object(REVISION_FIELDS, categories)}
    elif spec.kind == "sources":
        kind = {"type": "array", "items": {**_object(SOURCE_FIELDS, categories),
                                           "anyOf": [{"required": ["article"]}, {"required": ["url"]}]}}
    else:
        kind = {
            "text": text,
            "slug": {"type": "string", "pattern": SLUG.pattern},
            "slugs": {"type": "array", "items": {"type": "string", "pattern": SLUG.pattern}, "uniqueItems": True},
            "url": {"type": "string", "pattern": URL.pattern.replace("^https?", "^[hH][tT][tT][pP][sS]?")},
            "date": {"type": ["string", "integer"], "pattern": DATE_PATTERN},
            "day": {"type": "string", "pattern": DAY_PATTERN},
            "bool": {"type": "boolean"},
            "count": {"type": "integer", "minimum": 0, "maximum": 10 ** MAX_COUNT_DIGITS - 1},
            "category": {"enum": list(categories)},
            "measure": {"enum": list(MEASURES)},
            "qualifier": {"enum": list(QUALIFIERS)},
            "revision": {"enum": list(REVISION_KINDS)},
            "names": {"type": "array", "items": text, "uniqueItems": True},
        }[spec.kind]
    return {"description": spec.doc, **kind}


def _object(fields: tuple[FieldSpec, ...], categories: tuple[str, ...]) -> dict:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in fields if f.required],
        "properties": {f.name: _property(f, categories) for f in fields},
    }


def json_schema(categories: tuple[str, ...] = CATEGORIES) -> dict:
    """The JSON Schema (draft 2020-12) of one timeline entry file."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://example.org/explainer-timeline/" + SCHEMA_FILE,
        "title": "Explainer timeline entry",
        "description": "One event of the timeline: one YAML file timeline/<id>.yml.",
        **_object(ENTRY_FIELDS, categories),
    }


def json_schema_text(categories: tuple[str, ...] = CATEGORIES) -> str:
    return json.dumps(json_schema(categories), indent=2, ensure_ascii=False) + "\n"
