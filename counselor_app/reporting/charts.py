"""Bar charts drawn with reportlab.graphics that stay legible in black-and-white print (patterns, direct labels)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import Enum

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from counselor_app.domain.report_data import share_percent
from counselor_app.reporting.layout import INK, RULE, fit_text

_DARK = colors.Color(0.22, 0.22, 0.22)
_LIGHT = colors.Color(0.74, 0.74, 0.74)
_GRID = colors.Color(0.8, 0.8, 0.8)


class Fill(Enum):
    """Fills that differ in print without colour: solid dark, solid light, diagonal hatch, dots-free white."""

    DARK = "dark"
    LIGHT = "light"
    HATCH = "hatch"
    CROSS = "cross"
    WHITE = "white"


SERIES_FILLS = (Fill.DARK, Fill.LIGHT, Fill.HATCH, Fill.WHITE, Fill.CROSS)


def _hatch_lines(x: float, y: float, w: float, h: float, spacing: float, *, rising: bool) -> list[Line]:
    """45° lines clipped to the rectangle (computed, so no clipping path is needed)."""
    lines = []
    t = -h
    while t < w:
        u0, u1 = max(0.0, -t), min(h, w - t)
        if u0 < u1:
            if rising:
                lines.append(Line(x + t + u0, y + u0, x + t + u1, y + u1, strokeColor=INK, strokeWidth=0.45))
            else:
                lines.append(
                    Line(x + t + u0, y + h - u0, x + t + u1, y + h - u1, strokeColor=INK, strokeWidth=0.45)
                )
        t += spacing
    return lines


def filled_rect(x: float, y: float, w: float, h: float, fill: Fill) -> Group:
    """A rectangle in one of the print-safe fills, outlined."""
    group = Group()
    if w <= 0 or h <= 0:
        return group
    background = {Fill.DARK: _DARK, Fill.LIGHT: _LIGHT}.get(fill, colors.white)
    group.add(Rect(x, y, w, h, fillColor=background, strokeColor=None))
    if fill in (Fill.HATCH, Fill.CROSS):
        for line in _hatch_lines(x, y, w, h, 2.6, rising=True):
            group.add(line)
    if fill is Fill.CROSS:
        for line in _hatch_lines(x, y, w, h, 2.6, rising=False):
            group.add(line)
    group.add(Rect(x, y, w, h, fillColor=None, strokeColor=INK, strokeWidth=0.5))
    return group


def _text_on(fill: Fill) -> colors.Color:
    return colors.white if fill is Fill.DARK else INK


def nice_step(value: float) -> int:
    """The next "round" step (1, 2, 2.5 or 5 × 10^k, at least 1) at or above ``value``."""
    if value <= 1:
        return 1
    exponent = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * exponent:
            return max(1, int(step * exponent))
    return int(10 * exponent)  # pragma: no cover - the loop always returns


def axis(maximum: int) -> tuple[int, list[int]]:
    """An axis maximum at or above ``maximum`` and its 3–6 round ticks."""
    step = nice_step(max(maximum, 1) / 5)
    top = max(step, math.ceil(max(maximum, 1) / step) * step)
    return top, list(range(0, top + 1, step))


def _baseline(y: float, bar: float, size: float) -> float:
    """Baseline that centres text of ``size`` on a bar (cap height ≈ 0.72 em in IPAexGothic)."""
    return y + (bar - 0.72 * size) / 2


def _legend_lines(
    entries: Sequence[tuple[str, Fill]], font: str, size: float, width: float
) -> list[list[tuple[str, Fill, float]]]:
    """Entries laid out in lines no wider than ``width`` (each with its x offset)."""
    lines: list[list[tuple[str, Fill, float]]] = [[]]
    x = 0.0
    for label, fill in entries:
        advance = 12 + stringWidth(label, font, size) + 12
        if lines[-1] and x + advance - 12 > width:
            lines.append([])
            x = 0.0
        lines[-1].append((label, fill, x))
        x += advance
    return lines


def _legend(
    drawing: Drawing,
    x: float,
    y: float,
    entries: Sequence[tuple[str, Fill]],
    font: str,
    size: float,
    *,
    width: float = 10_000.0,
    line_height: float = 11.0,
) -> None:
    """Swatch-and-label pairs from (x, y) rightwards, wrapping downwards within ``width``."""
    for row, line in enumerate(_legend_lines(entries, font, size, width)):
        for label, fill, offset in line:
            top = y - row * line_height
            drawing.add(filled_rect(x + offset, top, 9, 7, fill))
            drawing.add(String(x + offset + 12, top + 0.8, label, fontName=font, fontSize=size, fillColor=INK))


def paired_bar_chart(
    rows: Sequence[tuple[str, int, int]],
    *,
    width: float,
    font: str,
    current_label: str,
    comparison_label: str,
    bar: float = 6.5,
    label_size: float = 7.5,
) -> Drawing:
    """Horizontal bars, this period (dark) over a comparison period (hatched), values at the bar ends."""
    legend_h, axis_h, gap = 14.0, 12.0, 5.0
    row_h = 2 * bar + gap
    height = legend_h + len(rows) * row_h + axis_h
    drawing = Drawing(width, height, initialFontName=font)
    labels_w = min(
        max((stringWidth(label, font, label_size) for label, *_ in rows), default=20) + 6, width * 0.4
    )
    values_w = max(
        (stringWidth(f"{max(a, b):,}", font, label_size) for _l, a, b in rows), default=10
    ) + 6
    plot_x = labels_w
    plot_w = max(width - labels_w - values_w, 20)
    maximum, ticks = axis(max((max(a, b) for _l, a, b in rows), default=0))
    scale = plot_w / maximum
    top = height - legend_h
    _legend(
        drawing,
        plot_x,
        height - 9,
        ((current_label, Fill.DARK), (comparison_label, Fill.HATCH)),
        font,
        label_size,
    )
    bottom = top - len(rows) * row_h
    for tick in ticks:
        tx = plot_x + tick * scale
        drawing.add(Line(tx, bottom, tx, top, strokeColor=_GRID, strokeWidth=0.4))
        drawing.add(
            String(tx, bottom - 8.5, f"{tick:,}", fontName=font, fontSize=6.5, fillColor=INK, textAnchor="middle")
        )
    for index, (label, current, comparison) in enumerate(rows):
        y_top = top - index * row_h - gap / 2
        drawing.add(
            String(
                plot_x - 4,
                _baseline(y_top - 2 * bar, 2 * bar, label_size),
                fit_text(label, font, label_size, labels_w - 6),
                fontName=font,
                fontSize=label_size,
                fillColor=INK,
                textAnchor="end",
            )
        )
        for offset, value, fill, size in (
            (0.0, current, Fill.DARK, label_size - 0.5),
            (bar, comparison, Fill.HATCH, label_size - 1.5),
        ):
            y = y_top - offset - bar
            w = value * scale
            drawing.add(filled_rect(plot_x, y, w, bar, fill))
            drawing.add(
                String(
                    plot_x + w + 2, _baseline(y, bar, size), f"{value:,}", fontName=font, fontSize=size, fillColor=INK
                )
            )
    drawing.add(Line(plot_x, bottom, plot_x, top, strokeColor=INK, strokeWidth=0.7))
    drawing.add(Line(plot_x, bottom, plot_x + plot_w, bottom, strokeColor=RULE, strokeWidth=0.5))
    return drawing


def stacked_bar_chart(
    rows: Sequence[tuple[str, Sequence[int]]],
    series: Sequence[str],
    *,
    width: float,
    font: str,
    bar: float = 10.0,
    label_size: float = 7.5,
) -> Drawing:
    """One horizontal bar per row split into series (each its own fill), segment values inside when they fit."""
    legend_h, axis_h, gap = 14.0, 12.0, 4.0
    row_h = bar + gap
    height = legend_h + len(rows) * row_h + axis_h
    drawing = Drawing(width, height, initialFontName=font)
    labels_w = min(max((stringWidth(label, font, label_size) for label, _ in rows), default=20) + 6, width * 0.3)
    values_w = max((stringWidth(f"{sum(values):,}", font, label_size) for _l, values in rows), default=10) + 6
    plot_x = labels_w
    plot_w = max(width - labels_w - values_w, 20)
    maximum, ticks = axis(max((sum(values) for _l, values in rows), default=0))
    scale = plot_w / maximum
    top = height - legend_h
    fills = [SERIES_FILLS[i % len(SERIES_FILLS)] for i in range(len(series))]
    _legend(drawing, plot_x, height - 9, list(zip(series, fills, strict=True)), font, label_size)
    bottom = top - len(rows) * row_h
    for tick in ticks:
        tx = plot_x + tick * scale
        drawing.add(Line(tx, bottom, tx, top, strokeColor=_GRID, strokeWidth=0.4))
        drawing.add(
            String(tx, bottom - 8.5, f"{tick:,}", fontName=font, fontSize=6.5, fillColor=INK, textAnchor="middle")
        )
    for index, (label, values) in enumerate(rows):
        y = top - index * row_h - gap / 2 - bar
        drawing.add(
            String(
                plot_x - 4,
                _baseline(y, bar, label_size),
                fit_text(label, font, label_size, labels_w - 6),
                fontName=font,
                fontSize=label_size,
                fillColor=INK,
                textAnchor="end",
            )
        )
        x = plot_x
        for value, fill in zip(values, fills, strict=True):
            w = value * scale
            drawing.add(filled_rect(x, y, w, bar, fill))
            text = f"{value:,}"
            if value and stringWidth(text, font, 6.5) + 3 <= w and fill not in (Fill.HATCH, Fill.CROSS):
                drawing.add(
                    String(
                        x + w / 2,
                        _baseline(y, bar, 6.5),
                        text,
                        fontName=font,
                        fontSize=6.5,
                        fillColor=_text_on(fill),
                        textAnchor="middle",
                    )
                )
            x += w
        drawing.add(
            String(
                x + 2, _baseline(y, bar, label_size), f"{sum(values):,}", fontName=font, fontSize=label_size, fillColor=INK
            )
        )
    drawing.add(Line(plot_x, bottom, plot_x, top, strokeColor=INK, strokeWidth=0.7))
    drawing.add(Line(plot_x, bottom, plot_x + plot_w, bottom, strokeColor=RULE, strokeWidth=0.5))
    return drawing


def share_bar(
    parts: Sequence[tuple[str, int]],
    *,
    width: float,
    font: str,
    height: float = 16.0,
    label_size: float = 7.5,
) -> Drawing:
    """A single 100% bar with a legend line giving each part's count and share."""
    total = sum(value for _label, value in parts)
    fills = [SERIES_FILLS[i % len(SERIES_FILLS)] for i in range(len(parts))]
    entries = [
        (f"{label} {value:,}件（{share_percent(value, total)}）", fill)
        for (label, value), fill in zip(parts, fills, strict=True)
    ]
    line_height = 11.0
    lines = len(_legend_lines(entries, font, label_size, width))
    legend_h = lines * line_height + 3
    drawing = Drawing(width, height + legend_h + 4, initialFontName=font)
    x = 0.0
    y = legend_h + 4
    for (_label, value), fill in zip(parts, fills, strict=True):
        w = width * value / total if total else 0.0
        drawing.add(filled_rect(x, y, w, height, fill))
        x += w
    if not total:
        drawing.add(filled_rect(0, y, width, height, Fill.WHITE))
    _legend(drawing, 0, legend_h - line_height + 2, entries, font, label_size, width=width, line_height=line_height)
    return drawing
