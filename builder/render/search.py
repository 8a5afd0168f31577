"""The search page, search.md: the search box inline (search.js fills `data-tl-search`, and runs `?q=`), and
below it, for a reader without JavaScript, the ways to browse instead."""
from __future__ import annotations

from builder.render.context import TIMELINE, Site
from builder.render.raw import RawPage, heading

SEARCH_PAGE = "search.md"
BROWSE = (("the timeline", TIMELINE), ("people", "people/index.md"), ("places", "places/index.md"),
          ("organisations", "organisations/index.md"), ("categories", "categories/index.md"),
          ("sources", "sources/index.md"))


def search_page(site: Site) -> RawPage:
    links = ", ".join(f'<a href="{site.href(SEARCH_PAGE, page)}">{label}</a>' for label, page in BROWSE)
    return RawPage("Search", [heading(1, "Search"),
                              f'<div class="tl-search-page" data-tl-search>\n<p class="tl-search-fallback">Searching '
                              f"needs JavaScript. Browse instead: {links}.</p>\n</div>"])
