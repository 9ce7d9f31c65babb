using SanctionsWatch.App;
using Serilog.Core;
using Serilog.Events;

namespace SanctionsWatch.Hosting;

/// <summary>
/// Escapes every text property of a log event as the CLI's tables do (<see cref="ListText.Escape"/>): names and errors
/// from the lists reach the log, and a terminal escape (clear screen, window title, bell), a bidirectional override or
/// a newline in one must not act on the console or forge a log line. Every sink sees the escaped text.
/// </summary>
internal sealed class EscapeListText : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? escaped = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (Escape(value) is { } safe)
                (escaped ??= []).Add(new LogEventProperty(name, safe));
        }

        if (escaped is null)
            return;
        foreach (var property in escaped)
            logEvent.AddOrUpdateProperty(property);
    }

    /// <summary>The value with its text escaped, or null when nothing in it needs escaping.</summary>
    private static LogEventPropertyValue? Escape(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text } when ListText.NeedsEscape(text):
                return new ScalarValue(ListText.Escape(text));
            case SequenceValue sequence when sequence.Elements.Any(e => Escape(e) is not null):
                return new SequenceValue(sequence.Elements.Select(e => Escape(e) ?? e));
            case StructureValue structure when structure.Properties.Any(p => Escape(p.Value) is not null):
                return new StructureValue(
                    structure.Properties.Select(p => Escape(p.Value) is { } safe ? new LogEventProperty(p.Name, safe) : p), structure.TypeTag);
            default:
                return null;
        }
    }
}
