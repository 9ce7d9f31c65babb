using System.Text;

namespace SanctionsWatch.Tests.Sources.Ofac;

/// <summary>The OFAC fixtures, and scratch files for the broken-input tests (removed on dispose).</summary>
public sealed class OfacFiles : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sanctionswatch-ofac-" + Guid.NewGuid().ToString("N"));

    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac", relative);

    public string Write(string name, byte[] content)
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
            Directory.Delete(_dir, recursive: true);
    }
}
