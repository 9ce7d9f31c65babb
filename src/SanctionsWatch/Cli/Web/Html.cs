using System.Text;
using System.Text.Encodings.Web;
using SanctionsWatch.App;

namespace SanctionsWatch.Cli.Web;

/// <summary>
/// Writes a page: every text and attribute value goes through <see cref="HtmlEncoder"/>, and text from the lists is
/// shown with its control characters and bidi overrides made visible (<see cref="ListText.Escape"/>, as the CLI does),
/// so a listed name cannot inject markup, reorder a line or hide a character. Only the constant markup of this class
/// and its callers is written raw.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder _sb = new();

    public Html Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    /// <summary>Text, encoded (and escaped as list text).</summary>
    public Html Text(string? text)
    {
        _sb.Append(HtmlEncoder.Default.Encode(ListText.Escape(text ?? "")));
        return this;
    }

    /// <summary>An element with text content: <c>&lt;tag class="…"&gt;text&lt;/tag&gt;</c>.</summary>
    public Html Element(string tag, string? text, string? cssClass = null)
    {
        Open(tag, cssClass);
        Text(text);
        return Close(tag);
    }

    public Html Open(string tag, string? cssClass = null)
    {
        _sb.Append('<').Append(tag);
        if (cssClass is not null)
            _sb.Append(" class=\"").Append(Attribute(cssClass)).Append('"');
        _sb.Append('>');
        return this;
    }

    public Html Close(string tag)
    {
        _sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>A link whose address is built by the page (its parts encoded) and whose text is encoded.</summary>
    public Html Link(string href, string? text)
    {
        _sb.Append("<a href=\"").Append(Attribute(href)).Append("\">");
        Text(text);
        return Close("a");
    }

    public static string Attribute(string value) => HtmlEncoder.Default.Encode(value);

    public static string Query(string value) => Uri.EscapeDataString(value);

    public override string ToString() => _sb.ToString();
}
