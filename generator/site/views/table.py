"""A table as rows of cells, each with its page form (Markdown, cited) and its plain form (CSV)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

from ...model.base import Amount
from ...timeline import iso_moment
from ..format import html, long_date, md, text, time
from ..labels import ui
from ..sources import Citations, sources_words


@dataclass
class Cell:
    text: str
    """Plain text, for the CSV."""
    markdown: str | None = None
    """What the page shows (escaped, with footnote references); defaults to the escaped text."""
    numeric: bool = False
    """The text is a number: a French CSV writes its decimal point as a comma."""

    @property
    def md(self) -> str:
        return self.markdown if self.markdown is not None else md(self.text)


@dataclass
class Table:
    """A sortable table; `name` is its CSV file name where it is downloadable."""

    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    name: str | None = None

    def add(self, *cells: Cell | str) -> None:
        self.rows.append([c if isinstance(c, Cell) else Cell(c) for c in cells])

    def without_empty_columns(self) -> Table:
        """The same table less the columns empty in every row (a notice with no programmes or tracks): a
        column of blanks is one more header for a screen reader, and one more line per card on a phone."""
        keep = [i for i in range(len(self.headers)) if any(row[i].text.strip() for row in self.rows)]
        return Table([self.headers[i] for i in keep], [[row[i] for i in keep] for row in self.rows], self.name)

    def csv(self, lang: str, c: Citations | None = None) -> str:
        """The table as CSV (UTF-8 with a BOM, which spreadsheet programs need for accents). French files
        use ";" and decimal commas, as a spreadsheet set to French opens them; English ones "," and points.
        With the citations the rows were made with, each row ends with the sources and reading notes its
        cells cite on the page, in words: a figure leaves the site with its source."""
        out = io.StringIO()
        out.write("\ufeff")
        writer = csv.writer(out, delimiter=";" if lang == "fr" else ",")  # lines end in CRLF (RFC 4180)
        writer.writerow(self.headers + ([ui("source", lang), ui("note", lang)] if c else []))
        for row in self.rows:
            cells = [
                (cell.text.replace(".", ",") if lang == "fr" else cell.text) if cell.numeric else _inert(cell.text)
                for cell in row
            ]
            if c:
                cited = c.cited_in("".join(cell.md for cell in row))
                cells.append(sources_words((foot.source for foot in cited), lang))
                cells.append(" ".join(text(foot.note, lang) for foot in cited if foot.note))
            writer.writerow(cells)
        return out.getvalue()


def _inert(text: str) -> str:
    """A text a spreadsheet would run as a formula ("=…", "+…", "-…", "@…") starts with an apostrophe, which
    the spreadsheet shows as text (OWASP's advice for CSV files); no data text starts so today."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def key_attrs(**keys: list[str]) -> str:
    """A row's keys as the data attributes site.js's filter forms read: for each of the form's columns, the
    row's values, space-separated (a row may be for several schools or channels)."""
    return "".join(f' data-{name}="{html(" ".join(values))}"' for name, values in keys.items())


def row_keys(**keys: list[str]) -> str:
    """An empty mark in a table row that carries its keys (see key_attrs)."""
    return f'<span class="row-keys"{key_attrs(**keys)}></span>'


def date_cell(day: dt.date, lang: str, hhmm: str | None = None, cite: str = "") -> Cell:
    """A date cell: readable in the page, machine-readable in <time> (the sort key), ISO in the CSV."""
    shown = long_date(day, lang) + (f" {'à' if lang == 'fr' else 'at'} {time(hhmm, lang)}" if hhmm else "")
    stamp = iso_moment(day, hhmm)
    return Cell(
        f"{day.isoformat()}{' ' + hhmm if hhmm else ''}",
        f'<time datetime="{html(stamp)}">{md(shown)}</time>{cite}',
    )


def seat_cell(seats: int | Amount, lang: str, cite: str = "") -> Cell:
    """Seats, or a range of seats ("5 à 10"), sorted by its lower bound."""
    if isinstance(seats, int):
        return number_cell(seats, str(seats), cite)
    shown = f"{seats.min} {'à' if lang == 'fr' else 'to'} {seats.max}"
    # In words in the CSV too: a spreadsheet reads "5-10" as a date.
    return Cell(shown, f'<data value="{seats.min}">{shown}</data>{cite}')


def number_cell(value: float, shown: str, cite: str = "") -> Cell:
    """A number cell: formatted per locale in the page, sorted by its value."""
    plain = str(int(value)) if value == int(value) else str(value)
    return Cell(plain, f'<data value="{plain}">{md(shown)}</data>{cite}', numeric=True)
