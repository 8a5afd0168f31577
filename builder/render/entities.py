"""One page per real person, place and organisation across the story, as the editors' names file says
(`timeline/names.yml`: story.py writes every entry's names its way before any page is made).

A name's page says which other names it gathers ("Also written as Obama, President Obama"). An alias keeps an
address of its own (`people/obama/`, named from the alias alone, as links.py names every page): a short page that
leads to the name, so a link made before the editors merged the names still arrives."""
from __future__ import annotations

from builder.render.context import Site
from builder.render.escape import front_matter_title, html_text, text
from builder.render.links import KINDS, rel, slug_for


def aliases_line(site: Site, name: str) -> list[str]:
    """'Also written as: A, B' for a name the names file gives aliases (as a one-item list of blocks), or []."""
    aliases = site.story.also_known.get(name, ())
    if not aliases:
        return []
    return [f'<p class="tl-aliases">Also written as: {", ".join(html_text(a) for a in aliases)}</p>']


def alias_pages(site: Site, taken: set[str], marker: str | None = None) -> dict[str, str]:
    """A page at each alias's own address, leading to the page of its name (or names, when the names file splits
    it by article); never over a page in `taken`. Markdown, so each engine resolves the link itself (an engine may
    read links in raw HTML differently), the same in both forms but for `marker`, the generated mark."""
    leads: dict[str, tuple[str, list[tuple[str, str]]]] = {}      # page -> (alias, (kind, name) of its names)
    for kind in KINDS:
        for name in site.by_name[kind]:
            for alias in site.story.also_known.get(name, ()):
                page = f"{kind}/{slug_for(alias)}.md"
                if page not in taken and alias not in site.by_name[kind]:
                    leads.setdefault(page, (alias, []))[1].append((kind, name))
    pages = {}
    for page, (alias, targets) in sorted(leads.items()):
        names = " or ".join(f"[{text(name)}]({rel(page, site.name_page(kind, name))})" for kind, name in targets)
        pages[page] = ("---\n" + (marker + "\n" if marker else "") + f"title: {front_matter_title(alias)}\n"
                       "search:\n  exclude: true\n---\n\n" + f"# {text(alias)}\n\n"
                       f"“{text(alias)}” is written as {names} across this story.\n")
    return pages
