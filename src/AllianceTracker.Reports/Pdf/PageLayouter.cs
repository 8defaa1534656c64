using SkiaSharp;

namespace AllianceTracker.Reports.Pdf;

/// <summary>
/// The layout pass: flows blocks down the content area of each page and starts a new page when one is full.
/// Coordinates are in points from the top-left corner of the page.
/// </summary>
internal sealed class PageLayouter
{
    public const float HeaderBand = 22;
    public const float FooterBand = 22;

    private const float BlockGap = 8;
    private const float CellPadding = 3;
    private static readonly SKColor RuleColor = new(0xB0, 0xB0, 0xB0);
    private static readonly SKColor HeaderShade = new(0xE8, 0xE8, 0xE8);

    private readonly Typesetter _typesetter;
    private readonly List<LaidOutPage> _pages = [];
    private readonly float _left;
    private readonly float _top;
    private readonly float _bottom;
    private readonly float _width;
    private float _y;

    public PageLayouter(PdfPageSetup page, Typesetter typesetter)
    {
        _typesetter = typesetter;
        _left = page.MarginLeft;
        _top = page.MarginTop + HeaderBand;
        _bottom = page.Height - page.MarginBottom - FooterBand;
        _width = page.Width - page.MarginLeft - page.MarginRight;
        if (_width <= 0 || _bottom - _top <= 0)
        {
            throw new ArgumentException("The margins leave no room for content.", nameof(page));
        }

        NewPage();
    }

    private LaidOutPage Current => _pages[^1];

    private bool AtPageTop => _y <= _top;

    public IReadOnlyList<LaidOutPage> Layout(IEnumerable<PdfBlock> blocks)
    {
        foreach (var block in blocks)
        {
            Place(block);
        }

        return _pages;
    }

    private void Place(PdfBlock block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                PlaceHeading(heading);
                break;
            case ParagraphBlock paragraph:
                PlaceLines(_typesetter.Wrap(paragraph.Text, TextRole.Body, _width), TextRole.Body);
                _y += BlockGap;
                break;
            case KeyValueBlock keyValues:
                PlaceTable(
                    [_width * 0.35f, _width * 0.65f],
                    header: null,
                    keyValues.Items.Select(i => (IReadOnlyList<string>)[i.Key, i.Value]),
                    firstColumnRole: TextRole.Bold);
                break;
            case TableBlock table:
                var total = table.Columns.Sum(c => c.WidthFraction);
                PlaceTable(
                    [.. table.Columns.Select(c => _width * c.WidthFraction / total)],
                    [.. table.Columns.Select(c => c.Header)],
                    table.Rows,
                    firstColumnRole: TextRole.Body);
                break;
            case ChartBlock chart:
                var height = Math.Min(chart.Height, _bottom - _top);
                EnsureSpace(height);
                Current.Items.Add(new ChartItem(chart.Plot, new SKRect(_left, _y, _left + _width, _y + height)));
                _y += height + BlockGap;
                break;
            case SpacerBlock spacer:
                _y += spacer.Height;
                break;
            case PageBreakBlock:
                if (!AtPageTop)
                {
                    NewPage();
                }

                break;
            default:
                throw new ArgumentException($"Unknown block type {block.GetType().Name}.", nameof(block));
        }
    }

    private void PlaceHeading(HeadingBlock heading)
    {
        var role = heading.Level switch
        {
            1 => TextRole.Heading1,
            2 => TextRole.Heading2,
            _ => TextRole.Heading3,
        };
        var lines = _typesetter.Wrap(heading.Text, role, _width);
        var spaceBefore = AtPageTop ? 0 : _typesetter.LineHeight(role) / 2;

        // Keep a heading together with the first lines that follow it.
        EnsureSpace(spaceBefore + (lines.Count * _typesetter.LineHeight(role)) + (2 * _typesetter.LineHeight(TextRole.Body)));
        _y += AtPageTop ? 0 : spaceBefore;
        PlaceLines(lines, role);
        _y += BlockGap / 2;
    }

    private void PlaceLines(IEnumerable<string> lines, TextRole role)
    {
        var lineHeight = _typesetter.LineHeight(role);
        foreach (var line in lines)
        {
            EnsureSpace(lineHeight);
            AddText(line, role, _left);
            _y += lineHeight;
        }
    }

    private void PlaceTable(
        IReadOnlyList<float> columnWidths,
        IReadOnlyList<string>? header,
        IEnumerable<IReadOnlyList<string>> rows,
        TextRole firstColumnRole)
    {
        var headerRow = header is null ? null : WrapRow(header, columnWidths, TextRole.Bold, TextRole.Bold);
        if (headerRow is not null)
        {
            EnsureSpace(RowHeight(headerRow.Max(c => c.Count) + 1));
            PlaceRowSlice(headerRow, columnWidths, 0, headerRow.Max(c => c.Count), TextRole.Bold, TextRole.Bold, HeaderShade);
        }

        foreach (var row in rows)
        {
            var cells = WrapRow(row, columnWidths, firstColumnRole, TextRole.Body);
            var lineCount = cells.Max(c => c.Count);
            var placed = 0;
            while (placed < lineCount)
            {
                var fitting = (int)((_bottom - _y - (2 * CellPadding)) / _typesetter.LineHeight(TextRole.Body));
                var remaining = lineCount - placed;

                // Move a row that fits on one page to the next page instead of splitting it.
                var splitWithoutNeed = placed == 0 && fitting < remaining && RowHeight(remaining) <= _bottom - _top - HeaderHeight(headerRow);
                if ((fitting < 1 || splitWithoutNeed) && !AtTableTopOfPage(headerRow))
                {
                    NewPage();
                    if (headerRow is not null)
                    {
                        PlaceRowSlice(headerRow, columnWidths, 0, headerRow.Max(c => c.Count), TextRole.Bold, TextRole.Bold, HeaderShade);
                    }

                    continue;
                }

                var count = Math.Clamp(fitting, 1, remaining);
                PlaceRowSlice(cells, columnWidths, placed, count, firstColumnRole, TextRole.Body, shade: null);
                placed += count;
            }
        }

        _y += BlockGap;
    }

    private List<IReadOnlyList<string>> WrapRow(IReadOnlyList<string> row, IReadOnlyList<float> widths, TextRole firstRole, TextRole role) =>
        [.. row.Select((text, i) => _typesetter.Wrap(text, i == 0 ? firstRole : role, widths[i] - (2 * CellPadding)))];

    private void PlaceRowSlice(
        List<IReadOnlyList<string>> cells,
        IReadOnlyList<float> widths,
        int firstLine,
        int lineCount,
        TextRole firstRole,
        TextRole role,
        SKColor? shade)
    {
        var height = RowHeight(lineCount);
        if (shade is { } color)
        {
            Current.Items.Add(new RectItem(new SKRect(_left, _y, _left + _width, _y + height), color));
        }

        var lineHeight = _typesetter.LineHeight(TextRole.Body);
        var x = _left;
        for (var column = 0; column < cells.Count; column++)
        {
            var lines = cells[column];
            for (var line = firstLine; line < Math.Min(lines.Count, firstLine + lineCount); line++)
            {
                var top = _y + CellPadding + ((line - firstLine) * lineHeight);
                Current.Items.Add(new TextItem(lines[line], column == 0 ? firstRole : role, x + CellPadding, top + _typesetter.BaselineOffset(TextRole.Body)));
            }

            x += widths[column];
        }

        _y += height;
        Current.Items.Add(new RectItem(new SKRect(_left, _y - 0.5f, _left + _width, _y), RuleColor));
    }

    private float RowHeight(int lineCount) => (lineCount * _typesetter.LineHeight(TextRole.Body)) + (2 * CellPadding);

    private float HeaderHeight(List<IReadOnlyList<string>>? headerRow) =>
        headerRow is null ? 0 : RowHeight(headerRow.Max(c => c.Count));

    private bool AtTableTopOfPage(List<IReadOnlyList<string>>? headerRow) => _y <= _top + HeaderHeight(headerRow);

    private void AddText(string text, TextRole role, float x)
    {
        if (text.Length > 0)
        {
            Current.Items.Add(new TextItem(text, role, x, _y + _typesetter.BaselineOffset(role)));
        }
    }

    private void EnsureSpace(float height)
    {
        if (_y + height > _bottom && !AtPageTop)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _pages.Add(new LaidOutPage());
        _y = _top;
    }
}
