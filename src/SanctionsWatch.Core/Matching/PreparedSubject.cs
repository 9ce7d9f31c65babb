namespace SanctionsWatch.Matching;

/// <summary>A <see cref="MatchSubject"/> with its names analysed once.</summary>
public sealed class PreparedSubject
{
    public PreparedSubject(MatchSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        Subject = subject;
        var names = new List<PreparedName>(subject.Names.Count);
        foreach (var name in subject.Names)
        {
            if (!string.IsNullOrWhiteSpace(name.Text))
                names.Add(NameAnalyzer.Prepare(name.Text, name.Type, subject.Kind));
        }

        Names = [.. names];
    }

    public MatchSubject Subject { get; }

    public PreparedName[] Names { get; }
}
