using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using SanctionsWatch.App;

namespace SanctionsWatch.Cli;

/// <summary>
/// The parser's errors as a person reads them: no .NET type names ("'abc' is not a whole number", not
/// "System.Int64"), the allowed values on one line, and for a mistyped command or option the nearest one
/// ("unknown option '--sinse' (did you mean '--since'?)").
/// </summary>
internal static partial class UsageErrors
{
    /// <summary>Every error of <paramref name="parse"/>, in one line (without the "error: " prefix).</summary>
    public static string Describe(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var path = Commands.PathOf(parse.CommandResult);
        var messages = new List<string>();
        var unknown = parse.UnmatchedTokens.ToList();
        string? previousUnknownOption = null;
        foreach (var token in unknown)
        {
            if (token.StartsWith('-'))
            {
                var options = OptionsOf(parse.CommandResult).ToList();
                messages.Add($"unknown option '{ListText.Escape(token)}'{Filters.DidYouMean(token, options)}");
                previousUnknownOption = token;
            }
            else if (previousUnknownOption is not null)
            {
                previousUnknownOption = null; // the value of the unknown option: said once
            }
            else if (command.Arguments.Any(a => TypeName(a.ValueType.Name) == "a whole number" || a.ValueType == typeof(long[])) && !long.TryParse(token, out _))
            {
                messages.Add($"'{ListText.Escape(token)}' is not a whole number, as '{path}' expects");
            }
            else if (command.Subcommands.Count > 0)
            {
                messages.Add($"unknown command '{ListText.Escape(token)}'{Filters.DidYouMean(token, command.Subcommands.Select(c => c.Name))}");
            }
            else
            {
                messages.Add($"unexpected argument '{ListText.Escape(token)}'");
            }
        }

        foreach (var error in parse.Errors)
        {
            if (error.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal))
                continue; // said above, with a suggestion
            if (error.Message.StartsWith("Required command was not provided", StringComparison.Ordinal))
            {
                if (unknown.Count == 0)
                    messages.Add($"say which: {string.Join(", ", command.Subcommands.Select(c => c.Name))}");
                continue;
            }

            messages.Add(Rewrite(error, path, command));
        }

        return string.Join("; ", messages.Distinct(StringComparer.Ordinal));
    }

    private static IEnumerable<string> OptionsOf(CommandResult result)
    {
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                foreach (var option in c.Command.Options.Where(o => ReferenceEquals(r, result) || o.Recursive))
                {
                    yield return option.Name;
                    foreach (var alias in option.Aliases)
                        yield return alias;
                }
            }
        }
    }

    private static string Rewrite(ParseError error, string path, Command command)
    {
        var message = error.Message;
        if (CannotParse().Match(message) is { Success: true } m)
        {
            var what = TypeName(m.Groups["type"].Value);
            return m.Groups["kind"].Value == "option"
                ? $"{m.Groups["name"].Value}: '{ListText.Escape(m.Groups["value"].Value)}' is not {what}"
                : $"'{ListText.Escape(m.Groups["value"].Value)}' is not {what}, as '{path}' expects";
        }

        if (NotRecognized().Match(message) is { Success: true } n)
        {
            var allowed = Allowed().Matches(n.Groups["rest"].Value).Select(a => a.Groups[1].Value).ToList();
            var name = error.SymbolResult is OptionResult o ? o.Option.Name + ": " : "";
            return $"{name}'{ListText.Escape(n.Groups["value"].Value)}' is not one of {string.Join(", ", allowed)}{Filters.DidYouMean(n.Groups["value"].Value, allowed)}";
        }

        if (message.StartsWith("Required argument missing for command", StringComparison.Ordinal))
        {
            var arguments = string.Join(" ", command.Arguments.Select(a => a.Name.ToUpperInvariant()));
            return $"'{path}' needs {(arguments.Length > 0 ? arguments : "an argument")}";
        }

        // Any other message, without a type name if it holds one.
        return TypeNames().Replace(message.TrimEnd('.'), t => TypeName(t.Value));
    }

    /// <summary>What a .NET type is to a person.</summary>
    private static string TypeName(string type) =>
        type.Contains("[]", StringComparison.Ordinal) ? "a list of " + TypeName(type.Replace("[]", "", StringComparison.Ordinal)).Replace("a ", "", StringComparison.Ordinal) + "s"
        : type.Contains("Int", StringComparison.Ordinal) ? "a whole number"
        : type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) ? "a number"
        : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
        : type.Contains("DateTime", StringComparison.Ordinal) ? "a date"
        : "a value of the right kind";

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?<kind>command|option|argument) '(?<name>[^']*)' as expected type '(?<type>[^']*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex NotRecognized();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Allowed();

    [GeneratedRegex(@"System\.[A-Za-z0-9`\.\[\]]+")]
    private static partial Regex TypeNames();
}
