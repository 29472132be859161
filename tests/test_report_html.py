"""The HTML report: self-contained, escaped, structured for assistive technologies, printable."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from markupsafe import Markup, escape

from reen_compliance.formats.profile import Status
from reen_compliance.formats.report import Report
from reen_compliance.report.html import render_html
from reen_compliance.report.html_parts import safe_url
from reports_helpers import example_report


class Outline(HTMLParser):
    """Collect what the accessibility checks need: headings, tags, attributes and text."""

    def __init__(self) -> None:
        """Start with nothing seen."""
        super().__init__()
        self.headings: list[int] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record every opening tag; headings by level."""
        self.tags.append((tag, dict(attrs)))
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.headings.append(int(tag[1]))

    def handle_data(self, data: str) -> None:
        """Record the page's text."""
        self.text.append(data)

    def find(self, tag: str) -> list[dict[str, str | None]]:
        """Attributes of every `tag` element."""
        return [attrs for name, attrs in self.tags if name == tag]


def outline(html: str) -> Outline:
    """Parse the page."""
    parser = Outline()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def report() -> Report:
    """The French report of the example."""
    return example_report()


def test_page_declares_its_language_in_each_language() -> None:
    """The `html` element carries the report's language, French by default, English on request."""
    assert outline(render_html(example_report("fr"))).find("html") == [{"lang": "fr"}]
    english = render_html(example_report("en"))
    assert outline(english).find("html") == [{"lang": "en"}]
    assert "Findings" in english
    assert "Constatations" not in english


def test_headings_go_one_h1_then_in_order(report: Report) -> None:
    """One h1, then headings that never skip a level, inside a main landmark."""
    page = outline(render_html(report))
    assert page.headings.count(1) == 1
    assert page.headings[0] == 1
    assert all(b - a <= 1 for a, b in zip(page.headings, page.headings[1:], strict=False))
    assert len(page.find("main")) == 1


def test_page_fetches_nothing(report: Report) -> None:
    """No script, stylesheet link, image, font or frame: the file stands alone offline."""
    html = render_html(report)
    page = outline(html)
    for tag in ("script", "link", "img", "iframe", "object", "embed"):
        assert page.find(tag) == [], tag
    assert "@import" not in html
    assert "url(" not in html
    assert "@font-face" not in html


def test_one_card_per_finding_with_status_in_words(report: Report) -> None:
    """Each finding has an article whose badge spells the status, not just a colour."""
    html = render_html(report)
    cards = [a for a in outline(html).find("article") if "finding" in (a.get("class") or "")]
    assert len(cards) == len(report.findings)
    assert (
        html.count("Statut\u00a0: <strong>non conforme</strong>") == report.summary["non_compliant"]
    )


def test_cards_show_gap_deadline_review_and_measures(report: Report) -> None:
    """Gaps in units and euros, deadlines, review notes, data source and share tables appear."""
    html = render_html(report)
    assert "il manque 7 matériels (exigé : 91, constaté : 84)" in html
    assert "il manque 17\u202f000,00\u202f€ HT" in html
    assert '<time datetime="2024-12-31">31 décembre 2024</time>' in html
    assert "Les taux du décret n° 2024-134 ne sont pas confirmés" in html
    assert 'href="#note-1"' in html
    assert "Source des chiffres" in html
    assert "Parts mesurées par catégorie" in html


def test_citations_are_links_to_their_url(report: Report) -> None:
    """Every legal basis links to its Légifrance URL; the other links go to a card or a section."""
    links = [a["href"] for a in outline(render_html(report)).find("a")]
    expected = {c.url for f in report.findings for c in f.legal_basis}
    assert expected <= set(links)
    assert all(link and link.startswith(("https://", "http://", "#")) for link in links)


def test_tables_have_scoped_headers(report: Report) -> None:
    """Every header cell says whether it heads a row, a column or a category's rows."""
    cells = outline(render_html(report)).find("th")
    assert cells
    assert all(cell.get("scope") in {"row", "col", "rowgroup"} for cell in cells)


def test_chart_is_an_image_with_title_and_description(report: Report) -> None:
    """The SVG chart has role img, a title and a description naming every count."""
    html = render_html(report)
    svg = outline(html).find("svg")
    assert len(svg) == 1
    assert svg[0]["role"] == "img"
    assert svg[0]["aria-labelledby"] == "chart-title chart-desc"
    assert '<title id="chart-title">Nombre de constatations par statut</title>' in html
    assert f"non conforme : {report.summary[Status.NON_COMPLIANT]}" in html


def test_deadlines_are_an_ordered_timeline(report: Report) -> None:
    """Upcoming deadlines are an ordered list of dated items, earliest first."""
    page = outline(render_html(report))
    assert any("timeline" in (ol.get("class") or "") for ol in page.find("ol"))
    timeline = html_between(render_html(report), 'class="timeline"', "</ol>")
    dates = re.findall(r'<time datetime="([0-9-]+)"', timeline)
    assert dates == sorted(dates)
    assert dates == [d.date.isoformat() for d in report.next_deadlines]


def test_receipt_is_at_the_bottom_with_full_hashes(report: Report) -> None:
    """The last section is the receipt, with the rule-pack and profile SHA-256 in full."""
    html = render_html(report)
    receipt = html.index("Reçu de reproductibilité")
    assert receipt > html.index("Prochaines échéances")
    assert report.receipt.rule_pack_sha256 in html[receipt:]
    assert report.receipt.profile_sha256
    assert report.receipt.profile_sha256 in html[receipt:]
    assert "2025-06-01" in html[receipt:]


def test_print_stylesheet_keeps_parts_whole_and_prints_urls(report: Report) -> None:
    """The print rules keep a card's parts whole, print URLs broken anywhere, number pages."""
    html = render_html(report)
    printing = html[html.index("@media print") :]
    assert "break-inside: avoid" in printing
    assert ".finding:not(.long)" not in printing  # whole cards may break: short ones share pages
    assert "content: attr(href)" in printing
    assert "word-break: break-all" in printing
    page_box = html_between(printing, "@bottom-right {", "}")
    assert 'content: "Page\\000020" counter(page) "\\000020sur\\000020" counter(pages)' in page_box
    assert '"Ville\\000020d\\000027Exemple\\000020' in html_between(printing, "@top-left {", "}")


def html_between(html: str, start: str, end: str) -> str:
    """The text of `html` from `start` to the next `end`."""
    begin = html.index(start)
    return html[begin : html.index(end, begin)]


def test_verdict_actions_and_checklist_lead_the_report(report: Report) -> None:
    """The verdict, the actions table, the checklist and the deadlines come before the cards."""
    html = render_html(report)
    verdict = html.index('class="verdict"')
    todo = html.index('class="todo-table"')
    collect = html.index('class="collect"')
    deadlines = html.index('class="timeline"')
    cards = html.index('<article class="finding')
    assert verdict < todo < collect < deadlines < cards
    assert "3 obligations non respectées, dont 2 échues" in html
    assert "Pour quand" in html
    assert "Qui agit" in html
    assert "sans délai (aucune échéance fixée par les textes)" not in html or "RGAA" in html
    checklist = html_between(html, 'class="collect"', "</ul>")
    assert "<code>practices.retreaded_tyres.applied</code>" in checklist


def test_cards_speak_to_people_not_developers(report: Report) -> None:
    """No rule id shown in a card, the data source in words, share periods as date ranges."""
    html = render_html(report)
    cards = html[html.index('<article class="finding') : html.index('class="receipt"')]
    assert "<code>agec-art58-procurement-shares</code>" not in cards
    assert "profile: $." not in cards
    assert "le profil (rubrique" in cards
    assert "2023-01-01/2023-12-31" not in cards
    assert "du 1er janvier au 31 décembre 2023" in cards
    assert 'scope="rowgroup" rowspan="2"' in cards
    assert "<details>" in cards


def test_everything_from_input_is_escaped() -> None:
    """A body name carrying markup reaches the page as text, never as a tag."""
    report = example_report()
    hostile = report.model_copy(
        update={
            "collectivity": report.collectivity.model_copy(
                update={"name": '<script>alert("x")</script>'}
            )
        }
    )
    html = render_html(hostile)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://www.legifrance.gouv.fr/jorf/id/X", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("data:text/html,x", False),
    ],
    ids=["https", "http", "javascript", "data"],
)
def test_only_web_urls_become_links(url: str, *, kept: bool) -> None:
    """A citation URL becomes a link only when it is http(s)."""
    assert (safe_url(url) == url) is kept


def test_template_words_come_from_both_catalogues() -> None:
    """Every `t("…")` of the report template names a message of both catalogues, none is inline."""
    import re  # noqa: PLC0415
    from importlib import resources  # noqa: PLC0415

    from reen_compliance.i18n.render import has_message  # noqa: PLC0415

    template = (resources.files("reen_compliance") / "templates" / "report.html.j2").read_text(
        encoding="utf-8"
    )
    ids = set(re.findall(r't\("([a-z0-9-]+)"\)', template))
    assert len(ids) > 20
    assert "view.t." not in template
    assert [i for i in sorted(ids) if not (has_message(i, "fr") and has_message(i, "en"))] == []
    french, english = render_html(example_report("fr")), render_html(example_report("en"))
    assert "Il ne remplace pas l&#39;avis d&#39;un juriste." in french
    assert "It does not replace a lawyer&#39;s advice." in english
    assert "Échéance" not in english
    assert "Deadline" not in french


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_words_written_at_compile_time_read_as_words_looked_up(lang: str) -> None:
    """The template compiled for one language prints what the one asking `t(id)` per page does."""
    from reen_compliance.report.html import report_view, template_environment  # noqa: PLC0415

    view = report_view(example_report(lang))
    folded = template_environment(view["lang"]).get_template("report.html.j2").render(view=view)  # type: ignore[arg-type]
    looked_up = template_environment(None).get_template("report.html.j2").render(view=view)
    assert folded == looked_up
    assert folded == render_html(example_report(lang))


@pytest.mark.parametrize(
    "value",
    ['<script>alert("x")</script>', "l'avis & <b>", "plain", 17, None, Markup("<b>gras</b>")],
    ids=["script", "quotes", "plain", "int", "none", "markup"],
)
def test_template_outputs_escape_as_markupsafe_does(value: object) -> None:
    """`{{ value }}` writes exactly what `markupsafe.escape` writes, a fragment as it is."""
    from reen_compliance.report.html_parts import escape_text  # noqa: PLC0415

    assert escape_text(value) == str(escape(value))


def test_citations_from_rule_files_are_escaped() -> None:
    """A citation carrying markup (a rule file is data too) is printed as text; no script link."""
    from reen_compliance.formats.report import Citation  # noqa: PLC0415
    from reen_compliance.report.html_parts import citation_list  # noqa: PLC0415

    cited = Citation(
        text='<img src=x onerror="y">',
        article="art. 1 & 2",
        legifrance_id="LEGIARTI<1>",
        url="javascript:alert(1)",
        version="<i>v</i>",
        note="<b>abrogé</b>",
    )
    html = str(citation_list((cited,)))
    assert "<img" not in html
    assert "<i>" not in html
    assert "href" not in html
    assert "<b>" not in html
    assert (
        "&lt;img src=x onerror=&#34;y&#34;&gt;</span> (&lt;b&gt;abrogé&lt;/b&gt;), art. 1 &amp; 2"
        in html
    )
