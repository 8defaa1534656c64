using ScottPlot;

namespace AllianceTracker.Reports.Pdf;

public abstract record PdfBlock;

public sealed record HeadingBlock : PdfBlock
{
    public HeadingBlock(string text, int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        Text = text;
        Level = level;
    }

    public string Text { get; }

    public int Level { get; }
}

/// <summary>Wrapped to the page width; line breaks in <see cref="Text"/> are kept.</summary>
public sealed record ParagraphBlock(string Text) : PdfBlock;

public sealed record KeyValueBlock(IReadOnlyList<KeyValuePair<string, string>> Items) : PdfBlock;

/// <summary>A column's share of the content width; the shares of a table are scaled to add up to one.</summary>
public sealed record TableColumn(string Header, float WidthFraction);

/// <summary>Rows break across pages and the header row is repeated at the top of each page.</summary>
public sealed record TableBlock : PdfBlock
{
    public TableBlock(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentOutOfRangeException.ThrowIfZero(columns.Count);
        if (columns.Any(c => !(c.WidthFraction > 0)))
        {
            throw new ArgumentException("Every column needs a positive width fraction.", nameof(columns));
        }

        if (rows.Any(r => r.Count != columns.Count))
        {
            throw new ArgumentException($"Every row needs {columns.Count} cells.", nameof(rows));
        }

        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
}

/// <summary>A plot drawn as vectors across the content width, <see cref="Height"/> points tall.</summary>
public sealed record ChartBlock(Plot Plot, float Height) : PdfBlock;

public sealed record SpacerBlock(float Height) : PdfBlock;

public sealed record PageBreakBlock : PdfBlock;
