using System.Text.RegularExpressions;

namespace SanctionsWatch.Sources.Fetching;

/// <summary>
/// URLs as they may be printed, logged or stored: the user-info (<c>user:pass@</c>) and every query value replaced by
/// <c>***</c> (paid feeds authenticate with them: <c>?api_key=…</c>). Scheme, host, port, path and query names stay,
/// so the operator still sees which URL it is.
/// </summary>
public static partial class UrlRedaction
{
    public const string Mask = "***";

    public static string Redact(Uri url) => Redact(url.OriginalString);

    /// <summary>The URL redacted; text that is not an absolute http(s) URL is returned as it is.</summary>
    public static string Redact(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return url;
        var authority = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        if (uri.HostNameType == UriHostNameType.IPv6)
            authority = uri.IsDefaultPort ? $"[{uri.Host.Trim('[', ']')}]" : $"[{uri.Host.Trim('[', ']')}]:{uri.Port}";
        var userInfo = uri.UserInfo.Length > 0 ? Mask + "@" : "";
        var query = uri.Query.Length > 1
            ? "?" + string.Join("&", uri.Query[1..].Split('&').Select(p => p.IndexOf('=', StringComparison.Ordinal) is var eq && eq >= 0 ? p[..eq] + "=" + Mask : Mask))
            : "";
        return $"{uri.Scheme}://{userInfo}{authority}{uri.AbsolutePath}{query}";
    }

    /// <summary>Every http(s) URL inside a message (an error from the network stack, a Location header) redacted.</summary>
    public static string RedactUrlsIn(string text) =>
        text.Contains("://", StringComparison.Ordinal) ? Urls().Replace(text, m => Redact(m.Value)) : text;

    [GeneratedRegex(@"https?://[^\s'""<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex Urls();
}
