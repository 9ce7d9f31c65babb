using nietras.SeparatedValues;

namespace SanctionsWatch.Sources;

/// <summary>The line a row of a header-less Sep reader starts on.</summary>
internal static class SepLines
{
    /// <summary>
    /// 1-based. Sep 0.17 without a header gives its first row the line its next row starts on (From = ToExcl); the
    /// first row starts on line 1 (a blank first line is a row of its own).
    /// </summary>
    public static int From(SepReader.Row row) => row.RowIndex == 0 ? 1 : row.LineNumberFrom;
}
