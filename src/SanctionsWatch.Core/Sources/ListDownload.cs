namespace SanctionsWatch.Sources;

/// <summary>
/// A list file obtained from a source's configured URL: a local path is used as it is; an http(s) URL is downloaded
/// to a temporary file, deleted on dispose. (A plain first version: conditional requests, retries and the raw-file
/// archive come with the sources issue.)
/// </summary>
public sealed class ListDownload : IDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(10) };
    private readonly bool _temporary;

    private ListDownload(string path, bool temporary)
    {
        Path = path;
        _temporary = temporary;
    }

    public string Path { get; }

    public static ListDownload Fetch(string url, string sourceId)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            var local = uri?.IsFile == true ? uri.LocalPath : url;
            return File.Exists(local)
                ? new ListDownload(local, temporary: false)
                : throw new FileNotFoundException($"{sourceId}: no such file: {local}", local);
        }

        var name = System.IO.Path.GetFileName(uri.AbsolutePath);
        var dir = Directory.CreateTempSubdirectory("sanctionswatch-" + sourceId + "-");
        var target = System.IO.Path.Combine(dir.FullName, string.IsNullOrEmpty(name) ? "list" : name);
        using var response = Http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        using (var body = response.Content.ReadAsStream())
        using (var file = File.Create(target))
        {
            body.CopyTo(file);
        }

        return new ListDownload(target, temporary: true);
    }

    public void Dispose()
    {
        if (_temporary)
            Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);
    }
}
