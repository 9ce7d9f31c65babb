using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace SanctionsWatch.Sources.Fetching;

/// <summary>
/// Hands out the generated Refit client of a base address. The HTTP handlers come from one IHttpClientFactory
/// (pooled, recycled connections); timeouts are not the HttpClient's (infinite) but the fetcher's own, per attempt.
/// </summary>
public sealed class DownloadClients : IDisposable
{
    private const string ClientName = "sanctionswatch-lists";
    private readonly ServiceProvider _services;
    private readonly IHttpClientFactory _factory;

    public DownloadClients()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(ClientName, http =>
            {
                http.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("SanctionsWatch/1.0 (+sanctions list monitor)");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(30),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        _services = services.BuildServiceProvider();
        _factory = _services.GetRequiredService<IHttpClientFactory>();
    }

    /// <summary>The client of the scheme, host and port of <paramref name="url"/>.</summary>
    public IListDownloadApi For(Uri url)
    {
        var http = _factory.CreateClient(ClientName);
        http.BaseAddress = new Uri(url.GetLeftPart(UriPartial.Authority) + "/");
        return RestService.ForGenerated<IListDownloadApi>(http);
    }

    /// <summary>The path (without the leading slash) and query parameters of <paramref name="url"/>, as the client takes them.</summary>
    public static (string Path, Dictionary<string, string>? Query) Split(Uri url)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (string.IsNullOrEmpty(url.Query) || url.Query == "?")
            return (path, null);
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            query[key] = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
        }

        return (path, query);
    }

    public void Dispose() => _services.Dispose();
}
