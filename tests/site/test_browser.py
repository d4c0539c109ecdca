"""The built site in Chromium: no outside request, no console error, no axe violation, on every page type
in both languages; the language switch keeps the page; tables sort; the session banner follows the clock."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from site_pages import LANGS, lang_path, page_types

from generator.site.format import long_date
from generator.site.views.common import session_label
from generator.timeline import iso_moment, last_moment, steps, window

PAGES = page_types()
CASES = [(lang, kind) for kind in PAGES for lang in LANGS]


def open_page(page, url: str) -> dict:
    """Load a page; collect every request host and console error on the way."""
    seen = {"hosts": set(), "errors": []}
    page.on("request", lambda r: seen["hosts"].add(urlparse(r.url).hostname or urlparse(r.url).scheme))
    page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("response", lambda r: r.status >= 400 and seen["errors"].append(f"HTTP {r.status} {r.url}"))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return seen


@pytest.mark.parametrize("lang,kind", CASES, ids=[f"{lang}-{kind}" for lang, kind in CASES])
def test_page_is_local_clean_and_accessible(page, site_url, lang, kind):
    seen = open_page(page, site_url + lang_path(lang, PAGES[kind]))
    assert seen["hosts"] <= {"127.0.0.1", "data", "blob"}, seen["hosts"]
    assert seen["errors"] == []
    assert page.locator("html").get_attribute("lang") == lang
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("kind", ["session", "school", "compare-seats", "recruiters-pay"])
def test_language_switch_keeps_the_page(page, site_url, kind):
    path = PAGES[kind]
    page.goto(site_url + path)
    page.hover(".md-header__option .md-select")
    page.click('.md-select__link[hreflang="en"]')
    page.wait_for_load_state()
    assert page.url == site_url + "en/" + path
    page.hover(".md-header__option .md-select")
    page.click('.md-select__link[hreflang="fr"]')
    page.wait_for_load_state()
    assert page.url == site_url + path


def column_keys(page, column: int) -> list[str]:
    return page.eval_on_selector_all(
        "article table tbody tr",
        f"rows => rows.map(r => r.cells[{column}].getAttribute('data-sort') "
        f"|| r.cells[{column}].textContent.trim())",
    )


def test_words_sort_as_a_dictionary_does(page, site_url):
    """French words sort with their accents where a dictionary puts them ("Élèves" among the E's), not after
    the Z's as code points would."""
    page.goto(site_url + PAGES["school"])
    table = page.locator("article table[data-sortable]").filter(has_text="Élèves").first
    table.locator("thead th button.sort").first.click()
    initials = [w.strip()[:1] for w in table.locator("tbody tr td:first-child").all_inner_texts()]
    plain = [unicodedata.normalize("NFD", c)[0].casefold() for c in initials]
    assert "É" in initials and plain == sorted(plain)


@pytest.mark.parametrize("lang", LANGS)
def test_sorting_a_table_by_a_column(page, site_url, lang):
    page.goto(site_url + lang_path(lang, "compare/seats/"))
    headers = page.locator("article table thead th")
    seats = next(
        i for i in range(headers.count()) if headers.nth(i).inner_text().strip() in ("Places", "Seats")
    )
    headers.nth(seats).click()
    values = [float(v) for v in column_keys(page, seats)]
    assert values == sorted(values)
    assert headers.nth(seats).get_attribute("aria-sort") == "ascending"
    # The header holds a button named by its words: a screen reader says what it does.
    button = page.get_by_role("button", name="Places" if lang == "fr" else "Seats", exact=True)
    assert button.evaluate("b => b.closest('th').cellIndex") == seats
    button.focus()
    page.keyboard.press("Enter")  # sorting works from the keyboard too
    values = [float(v) for v in column_keys(page, seats)]
    assert values == sorted(values, reverse=True)


@pytest.mark.parametrize("size", [(1280, 740), (360, 740)], ids=["desktop", "phone"])
def test_a_sortable_header_shows_its_arrow_untouched(browser, site_url, size):
    """A touch screen never hovers: each sort button shows its two-way arrow at 3:1 or more before any sort."""
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    page.goto(site_url + "compare/seats/")
    arrows = page.evaluate("""() => Array.from(document.querySelectorAll('article th > button.sort'), b => {
        const a = getComputedStyle(b, '::after');
        return [a.content, a.width, a.backgroundColor, a.maskImage]; })""")
    assert arrows
    for content, width, colour, _ in arrows:
        assert content != "none" and float(width.removesuffix("px")) > 0
        # Black at alpha over the white page: contrast (1.05) / (L + 0.05) with L the blended grey's luminance.
        alpha = float(re.fullmatch(r"rgba\(0, 0, 0, ([\d.]+)\)", colour)[1])
        grey = 1 - alpha
        lum = grey / 12.92 if grey <= 0.04045 else ((grey + 0.055) / 1.055) ** 2.4
        assert 1.05 / (lum + 0.05) >= 3, colour
    # All show the two-way arrow; a sorted one, its direction.
    assert len({mask for *_, mask in arrows}) == 1
    page.locator("article th > button.sort").first.click()
    assert page.locator("article th > button.sort").first.evaluate(
        "b => getComputedStyle(b, '::after').maskImage") != arrows[0][3]
    page.close()


def test_only_tables_and_columns_with_something_to_order_sort(page, site_url, dataset):
    tables = []
    for notice in dataset.current():
        page.goto(site_url + f"notices/{notice.notice}/{notice.session}/")
        tables += page.eval_on_selector_all(
            "article table",
            """ts => ts.filter(t => t.tHead && !t.closest('.keep-order')).map(t => ({
                 rows: t.tBodies[0].rows.length, sortable: !!t.dataset.sortable,
                 empty: Array.from(t.tHead.rows[0].cells).map((th, i) => new Set(Array.from(t.tBodies[0].rows)
                   .map(r => r.cells[i] ? r.cells[i].textContent.trim() : "")
                   .filter(w => !/^[\\s—]*$/.test(w))).size < 2),
                 buttons: Array.from(t.tHead.rows[0].cells).map(th => !!th.querySelector('button.sort'))}))""",
        )
    # Three rows or fewer: no sort buttons; more: every column is one, but for those with nothing to order
    # (empty, or the same "ICS" link in every row).
    assert {t["sortable"] for t in tables if t["rows"] <= 3} == {False}
    sortable = [t for t in tables if t["rows"] > 3]
    assert sortable and all(t["sortable"] for t in sortable)
    assert all(b == (not e) for t in sortable for b, e in zip(t["buttons"], t["empty"], strict=True))


@pytest.mark.parametrize("lang", LANGS)
def test_a_notice_page_opens_with_its_sections(page, site_url, lang):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(site_url + lang_path(lang, PAGES["session"]))
    links = page.locator("nav.jump-list a")
    assert links.count() >= 4
    name = page.get_attribute("nav.jump-list", "aria-label")
    assert name == {"fr": "Sur cette page", "en": "On this page"}[lang]
    heads = page.eval_on_selector_all("article h2[id]", "hs => hs.map(h => '#' + h.id)")
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == heads
    links.nth(2).click()
    assert page.evaluate("location.hash") == heads[2]
    # Where Material shows the table of contents beside the page (from 960 px), the list would repeat it.
    page.set_viewport_size({"width": 1000, "height": 800})
    expect(page.locator("nav.jump-list")).to_be_hidden()
    expect(page.locator(".md-sidebar--secondary .md-nav__link").first).to_be_visible()


@pytest.mark.parametrize("lang,expected", [("fr", "Session terminée"), ("en", "Session over")])
def test_session_banner_reads_over_after_the_session(page, site_url, dataset, lang, expected):
    notice = dataset.current()[0]
    last = max(e.end or e.start for e in notice.events)
    page.clock.set_fixed_time(dt.datetime.combine(last + dt.timedelta(days=30), dt.time(12)))
    page.goto(site_url + lang_path(lang, f"notices/{notice.notice}/{notice.session}/"))
    banner = page.locator(".session-banner")
    assert banner.get_attribute("data-state") == "over"
    text = banner.inner_text()
    assert expected in text
    assert (
        "La prochaine notice n'est pas encore publiée sur ce site"
        if lang == "fr"
        else "The next notice is not yet published on this site"
    ) in text


def test_session_banner_between_the_deadline_and_the_last_step(page, site_url, dataset):
    """Applications closed, but the exams, results and integration are to come: the session is not over."""
    notice = next(n for n in dataset.current() if n.notice == "ast")
    span = window(notice)
    page.clock.set_fixed_time(dt.datetime.fromisoformat(span.close) + dt.timedelta(days=1))
    page.goto(site_url + f"en/notices/{notice.notice}/{notice.session}/")
    banner = page.locator(".session-banner")
    assert banner.get_attribute("data-state") == "closed"
    assert banner.locator(".session-state").inner_text() == "Applications closed; the procedure goes on"
    assert banner.get_attribute("data-last") == span.ends  # the calendar's last step closes then
    # An archived session is over whatever the day, even one inside its own dates.
    old = next((o for nid in dataset.notice_ids() for o in dataset.sessions(nid)[1:]), None)
    if old is not None:
        page.clock.set_fixed_time(dt.datetime.fromisoformat(window(old).close) - dt.timedelta(days=1))
        page.goto(site_url + f"en/notices/{old.notice}/{old.session}/")
        assert page.locator(".session-banner").get_attribute("data-state") == "over"


def test_home_lists_a_step_until_its_own_end(page, site_url, dataset):
    """An integration period under way, and a deadline due later today, are still "next" (002 Tableau 3:
    the candidate must log in during each period)."""
    notice = next(n for n in dataset.current() if n.notice == "ast")
    period = next(s for s in steps(notice) if s.id.startswith("integration-") and s.end)
    page.clock.set_fixed_time(dt.datetime.combine(period.end, dt.time(12)))
    page.goto(site_url + "en/")
    assert period.label.en in page.locator("#today-next").inner_text()


def test_home_names_the_ended_sessions_and_keeps_a_day_of_steps_together(page, site_url, dataset):
    """While AST takes applications, the home says which other sessions are over (their next notices are not
    on the site), and its "Coming next" list does not stop between two steps of one day (the three schools'
    exams, 002 Tableau 2)."""
    ast = next(n for n in dataset.current() if n.notice == "ast")
    opens = next(e.start for e in ast.events if e.kind == "platform-open")
    today = dt.datetime.combine(opens + dt.timedelta(days=15), dt.time(12))
    page.clock.set_fixed_time(today)
    page.goto(site_url + "en/")
    ended = [n for n in dataset.current() if window(n).ends < today.isoformat()[:16]]
    over = page.locator("#today-open .today-over").inner_text()
    assert over.startswith("Sessions over, whose next notice is not yet published on this site:")
    assert all(session_label(n, "en") in over for n in ended) and session_label(ast, "en") not in over
    coming = sorted((iso_moment(e.start, e.start_time), e.label.en) for n in dataset.current() for e in steps(n)
                    if iso_moment(*last_moment(e), end_of_day=True) >= today.isoformat()[:16])
    shown = page.locator("#today-next li").all_inner_texts()
    assert len(shown) >= 6
    assert coming[len(shown) - 1][0][:10] != coming[len(shown)][0][:10]  # the list ends between two days
    assert page.locator("#next ~ p a", has_text="Every date and its status").count() == 1


def test_session_banner_reads_open_during_applications(page, site_url, dataset):
    notice = dataset.current()[0]
    opens = [e.start for e in notice.events if e.kind == "platform-open"]
    deadlines = [e.start for e in notice.events if e.kind == "application-deadline"]
    if not opens or not deadlines:
        pytest.skip("this notice has no opening and deadline")
    page.clock.set_fixed_time(dt.datetime.combine(max(opens) + dt.timedelta(days=1), dt.time(12)))
    page.goto(site_url + f"en/notices/{notice.notice}/{notice.session}/")
    assert page.locator(".session-banner").get_attribute("data-state") == "open"
    # The notices index gives each notice's newest session its state too.
    page.goto(site_url + "en/notices/")
    banner = page.locator(".session-banner", has=page.locator(f'a[href="{notice.notice}/{notice.session}/"]'))
    assert banner.get_attribute("data-state") == "open"
    assert banner.inner_text().startswith("Applications open")
    page.goto(site_url + "en/")
    assert notice.title.en in page.locator("#today-open").inner_text()
    # The closing moment is written as the pages write it ("à 23 h"), not by the browser ("à 23:00").
    page.goto(site_url)
    deadline = max((e for e in notice.events if e.kind == "application-deadline"), key=lambda e: e.start)
    assert f"clôture le {long_date(deadline.start, 'fr')}" in page.locator("#today-open").inner_text()


def test_session_status_is_french_time_for_a_visitor_abroad(browser, site_url, dataset):
    """Three hours before the AST deadline in Paris, a phone set to Vietnam time still reads "open"."""
    notice = next(n for n in dataset.current() if n.notice == "ast")
    deadline = next(e for e in notice.events if e.kind == "application-deadline")
    hours, minutes = map(int, (deadline.start_time or "23:59").split(":"))
    paris = dt.datetime.combine(deadline.start, dt.time(hours, minutes), ZoneInfo("Europe/Paris"))
    context = browser.new_context(timezone_id="Asia/Ho_Chi_Minh")
    page = context.new_page()
    page.clock.set_fixed_time(paris - dt.timedelta(hours=3))
    page.goto(site_url + f"en/notices/{notice.notice}/{notice.session}/")
    assert page.locator(".session-banner").get_attribute("data-state") == "open"
    page.goto(site_url + "en/")
    # The closing date reads in the page's language, not as a raw timestamp.
    assert f"{deadline.start.day} {deadline.start:%B %Y}" in page.locator("#today-open").inner_text()
    context.close()


def test_calendar_counts_steps_and_hides_closed_ones(page, site_url, dataset):
    steps = sorted(e.start for n in dataset.current() for e in n.events)
    # Between two steps: some closed, some still to come.
    middle = steps[len(steps) // 2]
    page.clock.set_fixed_time(dt.datetime.combine(middle, dt.time(12)))
    page.goto(site_url + "en/" + PAGES["compare-calendar"])
    tools = page.locator(".calendar-tools")
    assert tools.inner_text().startswith("Open: ")
    rows = page.locator("article table tbody tr")
    closed = page.locator('article table tbody tr:has(.event-status[data-state="closed"])')
    assert 0 < closed.count() < rows.count()
    # The closed ones start hidden; the switch shows them.
    switch = tools.get_by_label("Hide past dates")
    assert switch.is_checked()
    assert page.locator("article table tbody tr:not([hidden])").count() == rows.count() - closed.count()
    assert closed.first.is_hidden()
    # On paper, where the switch is left out, a line says the past dates are.
    page.emulate_media(media="print")
    expect(tools.locator(".filter-print")).to_have_text("Past dates hidden")
    expect(tools.locator(".filter-print")).to_be_visible()
    page.emulate_media(media="screen")
    expect(tools.locator(".filter-print")).to_be_hidden()
    switch.uncheck()
    assert page.locator("article table tbody tr:not([hidden])").count() == rows.count()
    page.emulate_media(media="print")
    expect(tools.locator(".filter-print")).to_be_hidden()


def test_calendar_says_results_out_are_published(page, site_url):
    # Albi's admissibility results are out from 9 April 2026 at 16:00 until the exams: readable, not "open".
    page.clock.set_fixed_time("2026-04-09T18:00:00+02:00")
    page.goto(site_url + PAGES["compare-calendar"])
    row = page.locator("article table tbody tr", has_text="9 avril 2026").filter(has_text="Résultats")
    expect(row.locator(".event-status")).to_have_text("publiés")
    expect(row.locator(".event-status")).to_have_attribute("data-state", "open")
    assert page.locator('.event-status[data-state="open"]', has_text="ouvert").count() > 0


def test_calendar_filters_by_school_and_channel_on_a_phone(page, site_url, dataset):
    # On a phone the rows are cards (display: block): a filtered-out card must still go.
    page.set_viewport_size({"width": 375, "height": 740})
    scopes = [
        (ev.schools or n.schools, ev.channels or n.channels) for n in dataset.current() for ev in steps(n)
    ]
    school, channel = "albi", "apprenticeship"
    page.goto(site_url + "en/" + PAGES["compare-calendar"])
    shown = page.locator("article table tbody tr:visible")
    assert shown.count() == len(scopes)
    page.select_option("#filter-school", school)
    assert shown.count() == sum(school in s for s, _ in scopes) < len(scopes)
    page.select_option("#filter-channel", channel)
    assert shown.count() == sum(school in s and channel in c for s, c in scopes) > 0
    # The counts follow the filters.
    closed = page.locator('article table tbody tr:visible .event-status[data-state="closed"]').count()
    assert f"Closed: {closed}" in page.locator(".calendar-tools").inner_text()


def test_seats_filter_by_school_channel_and_year_on_a_phone(page, site_url, dataset):
    lines = [line for n in dataset.current() for line in n.seats.lines]
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(site_url + "en/" + PAGES["compare-seats"])
    shown = page.locator("article table tbody tr:visible")
    count = page.locator("form.row-filter output")
    assert shown.count() == len(lines)
    page.select_option("#filter-school", "ales")
    page.select_option("#filter-year", "2")
    wanted = [line for line in lines if line.school == "ales" and line.entry_year == 2]
    assert 0 < shown.count() == len(wanted) < len(lines)
    assert count.inner_text() == (f"{len(wanted)} rows shown" if len(wanted) > 1 else "1 row shown")
    # A line for two channels shows under either.
    both = next(line for line in lines if len(line.channels) > 1)
    page.goto(site_url + "en/" + PAGES["compare-seats"] + f"?school={both.school}&channel={both.channels[-1]}")
    assert page.locator("#filter-channel").input_value() == both.channels[-1]
    assert shown.count() == sum(line.school == both.school and both.channels[-1] in line.channels for line in lines)


def test_calendar_says_when_every_date_is_past(page, site_url, dataset):
    last = max(e.end or e.start for n in dataset.current() for e in n.events)
    page.clock.set_fixed_time(dt.datetime.combine(last + dt.timedelta(days=1), dt.time(12)))
    page.goto(site_url + PAGES["compare-calendar"])
    text = page.locator(".calendar-tools").inner_text()
    assert "Ouvert\u00a0: 0 · À venir\u00a0: 0" in text
    assert "ne sont pas encore publiées" in text
    assert page.locator(".calendar-tools input").count() == 0  # hiding every row would empty the table


def test_diploma_matrix_filters_by_kind(page, site_url):
    page.goto(site_url + "en/compare/diplomas/")
    options = page.locator("#filter-kind option")
    kind = options.nth(1).get_attribute("value")
    page.select_option("#filter-kind", kind)
    visible = page.eval_on_selector_all(
        "#diploma-matrix tbody tr:not([hidden])", "rs => rs.map(r => r.dataset.kind)"
    )
    assert visible and set(visible) == {kind}
    # The speciality list then offers only that kind's specialities.
    offered = page.eval_on_selector_all(
        "#filter-speciality option:not([disabled])", "os => os.map(o => o.value).filter(Boolean)"
    )
    assert offered and set(offered) == set(page.eval_on_selector_all(
        "#diploma-matrix tbody tr:not([hidden])", "rs => rs.map(r => r.dataset.speciality)"))


def test_diploma_matrix_keeps_its_route_names_and_specialities_in_sight_on_a_phone(browser, site_url):
    """17 route columns and some 90 rows: scrolled down and sideways, a cell still has its route above it and
    its speciality beside it."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + "en/compare/diplomas/")
    box = page.locator("#diploma-matrix")
    assert box.evaluate("t => t.scrollHeight > t.clientHeight && t.clientHeight <= innerHeight")
    box.evaluate("t => { t.scrollTop = 900; t.scrollLeft = 500; }")
    top, left = box.evaluate("t => [t.getBoundingClientRect().top, t.getBoundingClientRect().left]")
    route = page.locator("#diploma-matrix thead th").nth(5).bounding_box()
    corner = page.locator("#diploma-matrix thead th").nth(1).bounding_box()
    speciality = page.locator("#diploma-matrix tbody tr:nth-child(20) th").bounding_box()
    assert abs(route["y"] - top) < 2 and abs(corner["y"] - top) < 2
    assert abs(corner["x"] - left) < 2 and abs(speciality["x"] - left) < 2
    # The kind of diploma, a column that scrolls away, is named in the speciality's cell instead.
    row = page.locator("#diploma-matrix tbody tr:nth-child(20)")
    kind = row.locator("td").first
    assert not kind.is_visible()
    assert row.locator("th").inner_text().startswith(kind.text_content() + "\n")
    context.close()


def test_the_keyboard_can_skip_the_diploma_matrix(page, site_url):
    """Every cell of the matrix is a link: a link before it, shown when Tab reaches it, goes past them all."""
    page.goto(site_url + "en/compare/diplomas/")
    skip = page.locator("a.skip-table")
    assert skip.bounding_box()["width"] <= 1
    page.focus("#filter-channel")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.matches('a.skip-table')")
    assert skip.bounding_box()["width"] > 100
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.id === 'diploma-matrix-csv'")
    assert page.evaluate("() => document.activeElement.getAttribute('href')").endswith("downloads/diplomas.csv")
    # On the narrowest phone, the French words wrap rather than widen the page.
    page.set_viewport_size({"width": 320, "height": 740})
    page.goto(site_url + "compare/diplomas/")
    page.focus("#filter-channel")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.matches('a.skip-table')")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_back_to_top_leaves_the_focus_on_the_page_title(page, site_url):
    page.goto(site_url + "notices/ast/2026/")
    page.mouse.wheel(0, 6000)
    page.wait_for_function("() => scrollY >= 3000")  # the way down done before the way up
    page.mouse.wheel(0, -400)  # Material shows the button while the reader scrolls up
    top = page.locator(".md-top")
    expect(top).to_be_visible()
    top.focus()
    page.keyboard.press("Enter")
    expect(page.locator("article h1")).to_be_focused()


def test_back_to_top_takes_no_focus_while_hidden(page, site_url):
    # Material only makes the hidden button transparent: Shift+Tab into a page just opened reached it unseen.
    page.goto(site_url + "sources/")
    assert page.evaluate("() => getComputedStyle(document.querySelector('.md-top')).visibility") == "hidden"
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("() => document.activeElement.matches('.md-top')") is False
    assert page.evaluate("() => document.activeElement !== document.body")


def test_a_menu_link_reached_with_tab_is_clear_of_the_menus_title(browser, site_url):
    # The menu scrolls to the page's entry on load; its first links then lay under its sticky title.
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(site_url + "schools/albi/")
    first = ".md-nav--primary > .md-nav__list > .md-nav__item:first-child > a"
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => document.activeElement.matches('{first}')"):
            break
    page.wait_for_function(f"""() => document.activeElement.matches('{first}') &&
        document.activeElement.getBoundingClientRect().top >=
        document.querySelector('.md-nav--primary > .md-nav__title').getBoundingClientRect().bottom - 0.5""")
    page.close()


def test_icons_keep_the_texts_colour_in_forced_colours(browser, site_url):
    # High-contrast mode paints backgrounds, and so the masked icons, with the page's colour.
    page = browser.new_page(forced_colors="active")
    page.goto(site_url + "compare/seats/")
    page.locator("th > button.sort").first.click()
    colours = page.evaluate("""() => { const b = document.querySelector('th[aria-sort] > button.sort');
        return [getComputedStyle(b, '::after').backgroundColor, getComputedStyle(b).color]; }""")
    assert colours[0] == colours[1]
    page.close()


# The focused matrix cell's link lies inside the box, below its sticky route names (the header cells stick,
# not the header row's box) and right of its pinned speciality column (a route's "*": right of the corner
# cell over the specialities), and in the window, below the site's header.
IN_MATRIX_VIEW = """() => { const el = document.activeElement, cell = el.closest('table.matrix td, table.matrix th');
    if (!cell) return false;
    const t = cell.closest('table'), b = t.getBoundingClientRect(), r = el.getBoundingClientRect();
    const head = t.tHead.contains(cell);
    const top = head ? b.top : Math.max(...Array.from(t.tHead.rows[0].cells, th => th.getBoundingClientRect().bottom));
    const pinned = head ? t.tHead.rows[0].cells[1] : cell.parentElement.querySelector('th[scope=row]');
    return r.top >= top - 0.5 && r.left >= pinned.getBoundingClientRect().right - 0.5
        && r.right <= b.left + t.clientLeft + t.clientWidth + 0.5 && r.bottom <= b.top + t.clientTop + t.clientHeight + 0.5
        && r.top >= document.querySelector('.md-header').getBoundingClientRect().bottom - 0.5 && r.bottom <= innerHeight + 0.5; }"""


@pytest.mark.parametrize("width, height", [(360, 740), (1280, 740), (640, 520), (640, 400)])
def test_a_matrix_cell_reached_with_the_keyboard_is_in_full_view(browser, site_url, width, height):
    """Both ways, a cell reached with Tab is scrolled clear of the matrix's sticky parts and of its box's
    edges, and so is a route's "*" in the header row (at 360 px, Shift+Tab used to leave most cells under
    the pinned column, Tab to cut them; at 640 x 400, a page zoomed to 200 %, cells were left under the route
    names)."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(site_url + "compare/diplomas/")
    links = page.locator("table.matrix tbody td a")
    stars = page.locator("table.matrix thead a").count()
    for key, start, presses in (("Tab", links.first, 25), ("Shift+Tab", links.last, 25), ("Shift+Tab", links.first, stars)):
        start.focus()
        for _ in range(presses):
            page.keyboard.press(key)
            page.wait_for_function(IN_MATRIX_VIEW, timeout=5000)
    page.close()


def test_a_link_in_a_sortable_header_is_followed_not_sorted(page, site_url):
    """The matrix's "*" (conditions for every candidate) sits in a header that sorts on Enter and click."""
    page.goto(site_url + "compare/diplomas/")
    star = page.locator("#diploma-matrix thead th a[href='#requirements']").first
    before = page.evaluate("() => document.querySelector('#diploma-matrix tbody tr').dataset.speciality")
    star.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#requirements$"))
    assert page.evaluate("() => document.querySelector('#diploma-matrix thead th[aria-sort]')") is None
    assert page.evaluate("() => document.querySelector('#diploma-matrix tbody tr').dataset.speciality") == before


def test_diploma_matrix_filters_its_columns_by_school_and_channel(page, site_url):
    page.goto(site_url + "en/compare/diplomas/")
    shown = """() => Array.from(document.querySelectorAll('#diploma-matrix thead th'))
        .filter(th => !th.hidden).map(th => th.textContent.trim())"""
    every = page.evaluate(shown)
    page.select_option("#filter-school", "nord-europe")
    heads = page.evaluate(shown)
    assert heads[:2] == ["Diploma kind", "Speciality"] and len(heads) < len(every)
    assert heads[2:] and all(h.startswith("IMT Nord Europe — ") for h in heads[2:])
    # The count, read out on each change, names the route columns, the only thing a school filter changes.
    assert page.locator("#diploma-matrix-count").inner_text().endswith(f", {len(heads) - 2} routes")
    # Each row keeps the cells of the columns shown, under their heading.
    widths = page.evaluate("""() => Array.from(document.querySelectorAll('#diploma-matrix tr'))
        .map(tr => Array.from(tr.cells).filter(c => !c.hidden).length)""")
    assert set(widths) == {len(heads)}
    page.select_option("#filter-school", "")
    page.select_option("#filter-channel", "ast")
    heads = page.evaluate(shown)
    assert len(heads) == 2 + 6 and all("Admission on qualifications" in h for h in heads[2:])  # 3 schools x 2 years


@pytest.mark.parametrize("path, choices", [
    ("en/compare/diplomas/", {"kind": "bts", "school": "ales"}),
    ("compare/calendar/", {"school": "albi", "channel": "apprenticeship"}),
])
def test_a_filtered_table_can_be_shared_by_its_address(page, site_url, path, choices):
    page.goto(site_url + path)
    for column, value in choices.items():
        page.select_option(f"#filter-{column}", value)
    expect(page).to_have_url(re.compile(r"\?" + "&".join(f"{k}={v}" for k, v in choices.items()) + "$"))
    shown = page.locator("article table tbody tr:visible").count()
    page.goto(page.url)  # the shared address: the same choices and rows
    for column, value in choices.items():
        expect(page.locator(f"#filter-{column}")).to_have_value(value)
    assert page.locator("article table tbody tr:visible").count() == shown
    page.select_option(f"#filter-{next(iter(choices))}", "")
    assert next(iter(choices)) + "=" not in page.url


def test_diploma_matrix_filters_by_speciality(page, site_url):
    page.goto(site_url + "compare/diplomas/")
    rows = page.eval_on_selector_all(
        "#diploma-matrix tbody tr", "rs => rs.map(r => [r.dataset.kind, r.dataset.speciality])"
    )
    # A speciality listed for several kinds: each of its rows is shown, and only those.
    counts = {}
    for _, slug in rows:
        counts[slug] = counts.get(slug, 0) + 1
    slug = next(s for s, n in counts.items() if n > 1 and s != "*")
    page.select_option("#filter-speciality", slug)
    visible = page.eval_on_selector_all(
        "#diploma-matrix tbody tr:not([hidden])", "rs => rs.map(r => r.dataset.speciality)"
    )
    assert visible == [slug] * counts[slug]
    # French counts one row in the singular.
    page.select_option("#filter-speciality", "")
    kinds = [k for k, _ in rows]
    page.select_option("#filter-kind", next(k for k in kinds if kinds.count(k) == 1))
    assert page.locator("#diploma-matrix-count").inner_text().startswith("1 ligne affichée, ")
    page.select_option("#filter-kind", next(k for k in kinds if kinds.count(k) > 1))
    assert re.fullmatch(r"\d+ lignes affichées, \d+ voies", page.locator("#diploma-matrix-count").inner_text())


def search(page, url: str, query: str) -> list[str]:
    page.goto(url)
    page.focus(".md-search__input")
    page.keyboard.type(query, delay=20)
    page.wait_for_selector("a.md-search-result__link")
    return page.eval_on_selector_all("a.md-search-result__link", "as => as.map(a => a.href)")


def test_search_returns_only_the_current_language(page, site_url):
    english = search(page, site_url + "en/", "notice")
    assert english and all(href.startswith(site_url + "en/") for href in english)
    french = search(page, site_url, "notice")
    assert french and not any(href.startswith(site_url + "en/") for href in french)


def results(page) -> list[dict]:
    """The results shown: each one's title, height, marked words and the terms reported missing."""
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(r"\d"))
    return page.eval_on_selector_all("li.md-search-result__item", """items => items.map(li => ({
        title: li.querySelector('h1, h2').textContent, height: li.getBoundingClientRect().height,
        marks: Array.from(li.querySelectorAll('article mark'), m => m).filter(m => !m.closest('h1, h2'))
            .map(m => m.textContent),
        missing: Array.from(li.querySelectorAll('.md-search-result__terms'), t => t.textContent)}))""")


def test_search_ignores_accents_and_finds_the_school_first(page, site_url):
    """An English keyboard types "Ales": it finds what "Alès" finds, the school's own page first, marked as written."""
    typed = search(page, site_url + "en/", "Ales")
    found = results(page)
    assert found[0]["title"] == "IMT Mines Alès" and "Alès" in found[0]["marks"]
    # The same results; a link marks its words on the page it opens as the section writes them most.
    def pages(hrefs: list[str]) -> list[str]:
        return [re.sub(r"\?h=[^#]*", "", h) for h in hrefs]

    assert pages(search(page, site_url + "en/", "Alès")) == pages(typed)
    assert "?h=al%C3%A8s" in typed[0]
    search(page, site_url, "etranger")
    assert any("étranger" in " ".join(r["marks"]) for r in results(page))


def test_search_leaves_out_stop_words_and_keeps_the_but(page, site_url):
    # "de" was searched as a prefix: marked in "destinée", and reported missing from the best result.
    search(page, site_url, "frais de candidature")
    found = results(page)
    assert found[0]["title"] == "Frais de candidature et de scolarité"
    assert not any(m.lower().startswith("de") for r in found for m in r["marks"])
    assert not any("de" in t.split() for r in found for t in r["missing"])
    # Quoted, "de" was required, and the index does not hold it: nothing was found.
    search(page, site_url, '"frais de candidature"')
    assert results(page)[0]["title"] == "Frais de candidature et de scolarité"
    # "but" is an English stop word, and a diploma: the accepted-diplomas page has it.
    search(page, site_url + "en/", "BUT")
    assert "Accepted diplomas" in [r["title"] for r in results(page)]


def test_search_splits_words_at_punctuation_as_a_phone_types_them(page, site_url):
    """Words next to punctuation were one word: "(AST)" was not found by "AST", "l'école" not by "école"; a
    phone's curly apostrophe found nothing; a stop word alone marked every word it begins."""
    assert len(search(page, site_url + "en/", "AST")) >= 10
    assert search(page, site_url, "l’école") == search(page, site_url, "école")
    search(page, site_url, "« frais »")  # quotes as a French keyboard types them: a word, not a search term
    assert not any(m in "«»" for r in results(page) for m in r["marks"])
    page.goto(site_url)
    page.focus(".md-search__input")
    page.keyboard.type("de", delay=20)
    # No result, and why: Material said "Aucun document trouvé", no more.
    expect(page.locator(".md-search-result__meta")).to_contain_text("les plus courants (« de »")
    # May is a month of the calendars (an English stop word); a fuzzy search stays a search.
    search(page, site_url + "en/", "May")
    assert "All dates" in [r["title"] for r in results(page)]
    assert search(page, site_url, "ales~300")


def test_a_long_search_result_shows_an_excerpt_around_its_match(browser, site_url):
    # Material showed the whole section: the diploma matrix's ran to 10,000 px on a phone.
    page = browser.new_page(viewport={"width": 360, "height": 740})
    search(page, site_url, "BUT")
    matrix = next(r for r in results(page) if r["title"] == "Diplômes recevables")
    assert matrix["height"] < 400 and "BUT" in matrix["marks"]
    page.close()


@pytest.mark.parametrize("width", [360, 1280])
def test_search_results_are_accessible(browser, site_url, width):
    """Axe on the open results: their count and marked words were under 4.5:1, and an excerpt cut inside one
    list left its items outside any list."""
    page = browser.new_page(viewport={"width": width, "height": 740})
    for root, query in (("", "BUT"), ("en/", "tuition")):
        search(page, site_url + root, query)
        expect(page.locator("article[data-excerpt]").first).to_be_attached()
        report = Axe().run(page)
        assert report.violations_count == 0, report.generate_report()
    page.close()


def test_search_results_are_reached_with_the_arrows_and_tab_leaves_the_search(page, site_url):
    """Tab from the field closes the search (Material): it goes on to the page, not to the results' box,
    transparent once closed. The results are reached with the arrow keys and the mouse, and their count is
    a status a screen reader reads."""
    search(page, site_url + "en/", "tuition")
    assert page.get_attribute(".md-search-result__meta", "role") == "status"
    # The field says so to a screen reader.
    described = page.get_attribute(".md-search__input", "aria-describedby")
    assert page.locator(f"#{described}").text_content() == (
        "Down and up arrows: move through the results; Escape: close the search.")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => document.activeElement.matches('a.md-search-result__link')")
    page.focus(".md-search__input")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('.md-search') === null")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("() => document.activeElement.matches('.md-search__input')")
    search(page, site_url + "en/", "tuition")  # open again, its results in view
    target = page.locator("a.md-search-result__link").first
    href = target.get_attribute("href")
    target.click()
    page.wait_for_url(re.compile(re.escape(href.split("#")[0].split("?")[0])))


def test_escape_gives_the_keyboard_back_where_it_was_before_the_search(page, site_url):
    """On a wide screen, Material's Escape left the focus on <body>."""
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + "en/")
    link = page.locator("article a").first
    link.focus()
    page.keyboard.press("/")  # Material's shortcut to the search field
    expect(page.locator(".md-search__input")).to_be_focused()
    page.keyboard.type("fees")
    page.keyboard.press("Escape")
    expect(link).to_be_focused()


def test_pasted_text_is_searched(page, site_url):
    """Text pasted into the field (insert_text sends the input event a paste sends, with no key) is searched
    without a further key press: Material itself reads the field on keyup only, once its index is ready."""
    page.goto(site_url + "en/")
    page.focus(".md-search__input")
    page.keyboard.type("tuition", delay=20)
    meta = page.locator(".md-search-result__meta")
    expect(meta).not_to_have_text(re.compile("Initializing|Type to", re.I))
    before = meta.inner_text()
    page.eval_on_selector(".md-search__input", "field => field.select()")
    page.keyboard.insert_text("zzzznothing")
    expect(meta).not_to_have_text(before)


def test_the_search_index_is_requested_when_search_opens_only(page, site_url):
    """Over 300 KB of text a page does not need until the reader searches: held until the field takes the
    focus (here Material's "/" shortcut), then searched as before. A search result's highlighting needs it
    at once."""
    asked, worker = [], []
    page.on("request", lambda r: asked.append(r.url) if r.url.endswith("/search/search_index.json") else None)
    # Nor is Material's search worker (40 KB) read before then (search-fold.js reads it at the index's set-up).
    page.on("request", lambda r: worker.append(r.url) if re.search(r"/workers/search\.\w+\.min\.js$", r.url) else None)
    page.goto(site_url + "en/" + PAGES["compare-fees"], wait_until="networkidle")
    assert asked == [] and worker == []
    page.keyboard.press("/")
    page.keyboard.type("tuition", delay=20)
    page.wait_for_selector("a.md-search-result__link")
    assert asked == [site_url + "en/search/search_index.json"] and len(worker) == 1
    asked.clear()
    page.goto(site_url + "en/" + PAGES["compare-fees"] + "?h=tuition", wait_until="networkidle")
    expect(page.locator("article mark").first).to_be_visible()  # marked from the index: it has come
    assert asked == [site_url + "en/search/search_index.json"]


@pytest.mark.parametrize("kind", ["compare-calendar", "compare-seats", "compare-fees"])
def test_wide_tables_read_as_cards_on_a_phone(browser, site_url, kind):
    context = browser.new_context(viewport={"width": 390, "height": 800}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + "en/" + PAGES[kind])
    # Nothing wider than the screen, and every shown cell is labelled with its column's name.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    unlabelled = page.eval_on_selector_all(
        "article table[data-stack] tbody td", "cs => cs.filter(c => c.textContent.trim() && !c.dataset.label).length"
    )
    assert page.locator("article table[data-stack]").count() > 0 and unlabelled == 0
    # The header row, now a bar of sort buttons, says so.
    bar = page.locator("article table[data-stack] thead tr").first
    assert bar.evaluate("tr => getComputedStyle(tr, '::before').content") == '"Sort by:"'
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    context.close()


def test_paper_keeps_sorted_headers_words_and_drops_file_links(page, site_url):
    """A sort button is its header's words on paper (the browser repeats the header row on each sheet, and
    drew a button's words on the first only); links to files (CSV, ICS) do not print."""
    page.goto(site_url + PAGES["compare-calendar"])
    page.emulate_media(media="print")
    assert page.locator("article table thead th button.sort").first.evaluate(
        "b => getComputedStyle(b).display") == "contents"
    expect(page.locator("article a.download").first).to_be_hidden()
    expect(page.locator("article h2#ics")).to_be_hidden()
    # A route's long rules (a <details>) no longer leave the sheet before them half empty.
    page.goto(site_url + PAGES["session"])
    assert page.locator("article details").first.evaluate("d => getComputedStyle(d).breakInside") == "auto"


def test_the_home_prints_what_is_open_and_next_not_its_doors(page, site_url):
    """The doors are links without addresses: on paper they filled the first sheet."""
    page.goto(site_url)
    page.emulate_media(media="print")
    expect(page.locator(".doors")).to_be_hidden()
    expect(page.locator(".home-jump")).to_be_hidden()
    expect(page.locator("#today-open")).to_be_visible()


def test_diploma_matrix_prints_every_column(page, site_url):
    page.goto(site_url + PAGES["compare-diplomas"])
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 1123, "height": 794})  # A4 landscape at 96 dpi (its @page)
    columns, inside = page.evaluate(
        """() => {
            const right = document.querySelector("article").getBoundingClientRect().right;
            const heads = [...document.querySelectorAll("table.matrix thead th")];
            return [heads.length, heads.filter(th => th.getBoundingClientRect().right <= right + 1).length];
        }"""
    )
    assert columns > 2 and inside == columns
    # Filtered down to a few routes, it prints larger, its route names across.
    size = page.locator("table.matrix").evaluate("t => parseFloat(getComputedStyle(t).fontSize)")
    page.emulate_media(media="screen")
    page.select_option("#filter-school", "nord-europe")
    page.emulate_media(media="print")
    heads = page.locator("table.matrix thead th:not([hidden])")
    assert heads.count() == 2 + 2
    assert page.locator("table.matrix").evaluate("t => parseFloat(getComputedStyle(t).fontSize)") > size
    assert heads.last.evaluate("th => getComputedStyle(th).writingMode") == "horizontal-tb"


@pytest.mark.parametrize("path, line", [
    ("compare/diplomas/?kind=bts&school=ales",
     re.compile("^Filtres appliqués — Type de diplôme\u00a0: BTS\u202f; École\u00a0: IMT Mines Alès \\(\\d+ lignes affichées, \\d+ voies\\)$")),
    ("en/compare/calendar/?channel=ast", re.compile(r"^Filters applied — Channel: Admission on qualifications \(AST\)$")),
])
def test_a_filtered_table_names_its_filters_on_paper(page, site_url, path, line):
    """The filter form is not printed: a line under it says which rows and columns the sheet keeps."""
    page.goto(site_url + path)
    printed = page.locator("form.table-filter + p.filter-print")
    page.emulate_media(media="print")
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    expect(printed).to_have_text(line)
    expect(page.locator("form.table-filter")).to_be_hidden()
    page.emulate_media(media="screen")
    expect(printed).to_be_hidden()
    # With no filter chosen, no line.
    for select in page.locator("form.table-filter select").all():
        select.select_option("")
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    expect(printed).to_have_count(0)


def test_the_week_grid_keeps_its_years_in_sight(browser, site_url):
    """40-odd weeks: scrolled down, the years' row stays under the site's header, and on paper it heads each
    sheet (a table's header row); the text alternative, which alone holds the weeks' dates and labels, prints
    too."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + PAGES["recruiters-rhythm"])
    grid = page.locator("table.week-grid").first
    assert grid.locator("tbody tr").count() > 30
    grid.locator("tbody tr").nth(30).scroll_into_view_if_needed()
    header = page.locator(".md-header").bounding_box()
    years = grid.locator("thead th").nth(1).bounding_box()
    assert abs(years["y"] - (header["y"] + header["height"])) < 2
    assert not page.locator("table.week-grid[data-stack], table.week-grid[data-sortable]").count()
    page.emulate_media(media="print")
    assert grid.locator("thead").evaluate("t => getComputedStyle(t).display") == "table-header-group"
    expect(page.locator("details.week-text li").first).to_be_visible()  # even with no beforeprint event
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")  # Material opens every <details>
    expect(page.locator("details.week-text li").first).to_be_visible()
    context.close()


def test_a_routes_rules_fold_on_screen_and_print_on_paper(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 800}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + "en/notices/ast/2026/")
    rules = page.locator("details.rules").first
    table = rules.locator("table")
    expect(table).to_be_hidden()
    rules.locator("summary").click()
    expect(table).to_be_visible()
    # The rules keep their order: their header row is not a bar of (dead) sort buttons.
    assert table.get_attribute("data-sortable") is None
    assert table.locator("thead").bounding_box()["height"] <= 1
    rules.locator("summary").click()
    expect(table).to_be_hidden()
    # On paper the rules show even without the browser's beforeprint (a PDF made by another tool)...
    page.emulate_media(media="print")
    expect(table).to_be_visible()
    # ... and Material opens every <details> when the page is printed, and closes them again afterwards.
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    expect(table).to_be_visible()
    # Under the title, on paper only: where and when the page was printed.
    origin = page.locator("article h1 + p.print-origin")
    expect(origin).to_be_visible()
    expect(origin).to_contain_text(re.compile(r"^Printed on \d{1,2} \w+ \d{4} from " + re.escape(page.url)))
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    expect(table).to_be_hidden()
    expect(origin).to_be_hidden()
    context.close()


@pytest.mark.parametrize("lang", ["", "en/"])
def test_the_phone_menu_works_from_the_keyboard(browser, site_url, lang):
    """Material's menu button is a label: menu.js makes it a button; the closed drawer is out of the tab order."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(site_url + lang)
    button = page.locator('button.md-header__button[data-toggle="__drawer"]')
    expect(button).to_have_attribute("aria-label", "Site menu" if lang else "Menu du site")
    first_link = page.locator(".md-sidebar--primary a[href]").first
    expect(first_link).to_be_hidden()
    for _ in range(40):  # the closed drawer's links are never reached
        page.keyboard.press("Tab")
        assert not page.evaluate("() => !!document.activeElement.closest('.md-sidebar--primary')")
        if page.evaluate("() => document.activeElement.dataset.toggle === '__drawer'"):
            break
    else:
        raise AssertionError("Tab never reached the menu button")
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    page.wait_for_function("() => !!document.activeElement.closest('.md-sidebar--primary')")
    # Every stop in the open menu is in sight: no closed section's link, nothing of the page behind.
    visible = """() => { const a = document.activeElement, r = a.getBoundingClientRect();
        return !!a.closest('.md-sidebar--primary') && r.width > 0 && r.left >= 0 && r.right <= innerWidth + 1; }"""
    arrow = page.locator('.md-sidebar--primary label[role="button"][aria-expanded]').first
    for _ in range(20):
        page.wait_for_function(visible)  # in sight once the drawer has slid in (slower on a loaded machine)
        if page.evaluate("() => document.activeElement.getAttribute('aria-expanded') === 'false'"):
            break
        page.keyboard.press("Tab")
    else:
        raise AssertionError("Tab never reached a section's submenu button")
    expect(arrow).to_have_attribute("aria-label", re.compile(r"^(Open the submenu|Ouvrir le sous-menu)\s?:"))
    page.keyboard.press("Enter")  # the section's panel opens and takes the focus
    expect(arrow).to_have_attribute("aria-expanded", "true")
    page.wait_for_function("() => document.activeElement.classList.contains('md-nav__title')")
    # Tab only once the panel's first link has slid into sight: before that, it is not yet a stop.
    page.wait_for_function("""() => { const nav = document.activeElement.closest('nav.md-nav');
        const a = nav && nav.querySelector(':scope > ul a[href]'), r = a && a.getBoundingClientRect();
        return !!a && a.checkVisibility({visibilityProperty: true}) && r.left >= 0 && r.right <= innerWidth + 1; }""")
    page.keyboard.press("Tab")
    page.wait_for_function(visible)
    assert page.evaluate("() => document.activeElement.closest('.md-nav__item > nav.md-nav') !== null")  # in the panel
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")  # back to the menu, on the section's button
    expect(arrow).to_have_attribute("aria-expanded", "false")
    page.wait_for_function("() => document.activeElement.getAttribute('aria-expanded') === 'false'")
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    assert page.evaluate("() => document.activeElement.dataset.toggle") == "__drawer"
    context.close()


def test_a_panel_focused_while_it_slides_in_stays_in_sight(browser, site_url):
    """On a slow phone the focus reached a section's panel before it had slid in: the menu scrolled sideways
    and the panel ended off screen, a blank menu. Focusing at the worst moment (before the slide starts)."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(site_url)
    page.locator('button.md-header__button[data-toggle="__drawer"]').click()
    page.wait_for_function("() => !!document.activeElement.closest('.md-sidebar--primary')")
    page.wait_for_function("() => document.getAnimations().length === 0")  # the drawer has slid in
    page.evaluate("""() => { const arrow = document.querySelector('.md-sidebar--primary label[role="button"][aria-expanded]');
        const box = document.getElementById(arrow.htmlFor);
        box.click();
        const title = box.parentNode.querySelector(':scope > nav.md-nav > label.md-nav__title');
        title.tabIndex = 0;
        title.focus(); }""")
    page.wait_for_function("() => document.getAnimations().length === 0")  # the panel has slid in
    left = page.evaluate("""() => document.activeElement.closest('nav.md-nav')
        .querySelector(':scope > ul a[href]').getBoundingClientRect().left""")
    assert left == 0
    context.close()


def test_the_404_page_is_clean_and_its_language_links_lead_home(page, site_url):
    """Material renders the 404 page after every other page: its language links named the last page built,
    and it had no Content-Security-Policy."""
    seen = open_page(page, site_url + "404.html")
    assert seen["hosts"] <= {"127.0.0.1", "data", "blob"} and seen["errors"] == []
    assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1
    links = page.locator(".md-select__link")
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == ["/", "/en/"]
    assert Axe().run(page).violations_count == 0


@pytest.mark.parametrize("lang", LANGS)
def test_the_404_page_searches_the_language_of_its_address(page, site_url, lang):
    # The test server, as a web host, answers a missing address with the site's 404 page.
    response = page.goto(site_url + lang_path(lang, "nowhere/"))
    assert response.status == 404 and page.locator("h1").first.inner_text().startswith("404")
    page.focus(".md-search__input")
    page.keyboard.type("notice", delay=20)
    page.wait_for_selector("a.md-search-result__link")
    found = page.eval_on_selector_all("a.md-search-result__link", "as => as.map(a => a.href)")
    assert found and all(h.startswith(site_url + "en/") == (lang == "en") for h in found)
    # In the address's language, Material's own words included (the page itself speaks both).
    words = {"fr": ("Rechercher", "documents trouvés"), "en": ("Search", "matching documents")}[lang]
    assert page.get_attribute(".md-search__input", "placeholder") == words[0]
    expect(page.locator(".md-search-result__meta")).to_contain_text(words[1])
    expect(page.locator("#search-keys")).to_contain_text({"fr": "Flèches bas et haut", "en": "Down and up arrows"}[lang])
    # This site's "no result" words, in that language too.
    page.fill(".md-search__input", "")
    page.keyboard.type({"fr": "de", "en": "the"}[lang], delay=20)
    expect(page.locator(".md-search-result__meta")).to_contain_text(
        {"fr": "ne sont pas cherchés", "en": "are not searched"}[lang])


def test_space_sorts_a_column_and_the_language_switch_keeps_the_place(page, site_url):
    page.goto(site_url + "compare/seats/")
    header = page.locator("article table thead th").first
    header.locator("button.sort").focus()
    page.keyboard.press("Space")  # a header is a button: Space sorts, as Enter does, instead of scrolling
    expect(header).to_have_attribute("aria-sort", re.compile("ascending|descending"))
    # The other language opens at the section being read: at a route reached by its link, and at a
    # section scrolled to (headings' anchors are the same in both languages).
    path = PAGES["session"]
    page.goto(site_url + path)
    route = page.get_attribute("article h3[id^='route-']", "id")
    page.goto(site_url + path + "#" + route)
    # Clicked where it is: Playwright's pointer click scrolls a link of the sticky header into view (and the
    # page with it) while the list's transition runs, and the place kept is read at the click.
    page.locator('.md-select__link[hreflang="en"]').evaluate("a => a.click()")
    page.wait_for_url(re.compile(re.escape(site_url + "en/")))
    page.wait_for_load_state()
    assert page.url == site_url + "en/" + path + "#" + route
    y = page.evaluate("() => { document.getElementById('fees').scrollIntoView(); return scrollY; }")
    page.mouse.wheel(0, 200)  # within the section, its heading out of view
    page.wait_for_function(f"() => scrollY >= {y} + 200")
    page.locator('.md-select__link[hreflang="fr"]').evaluate("a => a.click()")
    page.wait_for_url(re.compile(re.escape(site_url + path)))
    page.wait_for_load_state()
    assert page.url == site_url + path + "#fees"
    expect(page.locator("#fees")).to_have_text(re.compile("^Frais"))
    expect(page.locator("#fees")).to_be_in_viewport()
    # Escape closes the language list, which opens on focus.
    page.locator(".md-header__option .md-select button").focus()
    expect(page.locator(".md-select__inner")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator(".md-select__inner")).to_have_css("opacity", "0")


def test_the_phone_search_is_reached_through_its_button_only(browser, site_url):
    """Below Material's breakpoint the search field is in a closed overlay: Tab passes its button, not the
    hidden field (focusing which opened the overlay), and the button opens it with the field focused."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(site_url)
    button = page.locator('button.md-header__button[data-toggle="__search"]')
    for _ in range(10):
        page.keyboard.press("Tab")
        assert page.evaluate("() => !document.activeElement.closest('.md-search')")
        if page.evaluate("() => document.activeElement.dataset.toggle === '__search'"):
            break
    else:
        raise AssertionError("Tab never reached the search button")
    page.keyboard.press("Tab")
    assert page.evaluate("() => !document.activeElement.closest('.md-search')")
    assert page.evaluate("() => !document.getElementById('__search').checked")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.matches('[data-md-component=search-query]')")
    context.close()


def test_the_phone_menu_opened_inside_a_section_keeps_every_stop_in_sight(browser, site_url):
    """On a notice page Material opens the drawer on its section's panel: the logo and the menu behind the panel
    are covered, so neither the first focus nor Tab lands on them. Material's "/" shortcut still opens search."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(site_url + PAGES["session"])
    page.locator('button.md-header__button[data-toggle="__drawer"]').click()
    page.wait_for_function("() => !!document.activeElement.closest('.md-sidebar--primary')")
    page.wait_for_function("() => document.getAnimations().length === 0")  # the drawer has slid in
    in_sight = """() => { const a = document.activeElement, r = a.getBoundingClientRect();
        return !a.closest('[inert]') && r.width > 0 && r.left >= 0 && r.right <= innerWidth + 1
          && (a === document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
              || a.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2))); }"""
    for _ in range(6):
        if page.evaluate("() => !!document.activeElement.closest('.md-sidebar--primary')"):
            page.evaluate("() => document.activeElement.scrollIntoView({block: 'nearest'})")
            assert page.evaluate(in_sight), page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)")
        page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    page.keyboard.press("/")
    page.wait_for_function("() => document.activeElement.matches('[data-md-component=search-query]')")
    context.close()


def test_a_table_is_named_by_the_heading_it_follows(page, site_url):
    """A screen reader names a table on reaching it. "Seats" is one of several alike on the recruiters'
    page: its notice's heading follows it. The heading's "¶" link is no part of the name."""
    page.goto(site_url + "en/recruiters/")
    names = page.eval_on_selector_all("article table", "ts => ts.map(t => t.getAttribute('aria-label'))")
    seats = [n for n in names if n and n.startswith("Seats — ")]
    assert len(seats) == len(set(seats)) >= 2
    assert not any("¶" in (n or "") for n in names)
    page.goto(site_url + "compare/seats/")
    assert page.get_attribute("article table", "aria-label") == page.inner_text("article h1").strip()
