"""Entry dates for readers ("Sunday 20 March 2022") and for machines (<time datetime=...>)."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from builder.model import Entry
from builder.render.escape import attribute, text

CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def readable_date(value: str) -> str:
    """'2022-03-20' -> 'Sunday 20 March 2022'; '2022-03' -> 'March 2022'; '2022' -> '2022'."""
    parts = value.split("-")
    if len(parts) == 3:
        day = dt.date.fromisoformat(value)
        return f"{calendar.day_name[day.weekday()]} {day.day} {calendar.month_name[day.month]} {day.year}"
    if len(parts) == 2:
        return f"{calendar.month_name[int(parts[1])]} {parts[0]}"
    return value


def short_date(value: str) -> str:
    """'2022-03-20' -> '20 March 2022', for lists where the weekday is noise."""
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {calendar.month_name[int(parts[1])]} {parts[0]}"
    return readable_date(value)


def clock(time: str | None) -> str | None:
    """'5:00' -> '05:00' when the time of day is a clock time; None for 'early hours' and the like."""
    match = CLOCK.match(time or "")
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else None


def time_element(value: str, time: str | None = None, shown: str | None = None) -> str:
    """A <time> element: machine-readable datetime, readable text (escaped)."""
    machine = value + (f"T{clock(time)}" if len(value) == 10 and clock(time) else "")
    return f'<time datetime="{attribute(machine)}">{text(shown or readable_date(value))}</time>'


def when_line(entry: Entry) -> str:
    """The date line of an entry: date, time, span and approximate marks, as inline Markdown/HTML."""
    parts = [time_element(entry.date)]
    if entry.end_date:
        parts = [f"{parts[0]} – {time_element(entry.end_date)}"]
    if entry.time:
        parts.append(time_element(entry.date, entry.time, entry.time) if clock(entry.time) else text(entry.time))
    line = ", ".join(parts)
    marks = []
    if entry.end_date:
        marks.append('<span class="tl-mark tl-span" title="a span of days">span</span>')
    if entry.approximate:
        marks.append('<span class="tl-mark tl-approx" title="the date is approximate">approximate date</span>')
    if entry.when:
        marks.append(f'<span class="tl-when">“{text(entry.when)}”</span>')
    return " ".join([line] + marks)


def iso_start(value: str) -> str:
    """First day covered by a date of any precision: '2022-03' -> '2022-03-01'."""
    parts = value.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))
