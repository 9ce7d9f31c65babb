using System.Diagnostics;

namespace SanctionsWatch.Tests.Support;

/// <summary>
/// The 308 unpacked versions of OFAC's <c>sdn.csv</c> from <c>../shared/data/ofac/sdn-csv-history-*.tar.xz</c>:
/// <c>/tmp/sdn/sdn</c> when it is there, else unpacked once into the temp folder and reused across runs.
/// </summary>
public static class OfacHistory
{
    public const int Versions = 308;

    private const string Archive = "data/ofac/sdn-csv-history-2021-08-to-2024-05.tar.xz";

    private static readonly Lazy<string> Unpacked = new(Locate);

    /// <summary>The folder holding <c>sdn_YYYY-MM-DDTHHMM.csv</c>.</summary>
    public static string Directory => Unpacked.Value;

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    private static bool IsComplete(string dir) =>
        System.IO.Directory.Exists(dir) && System.IO.Directory.GetFiles(dir, "sdn_*.csv").Length == Versions;

    private static string Locate()
    {
        const string preUnpacked = "/tmp/sdn/sdn";
        if (IsComplete(preUnpacked))
            return preUnpacked;
        var root = Path.Combine(Path.GetTempPath(), "sanctionswatch-sdn-history");
        var dir = Path.Combine(root, "sdn");
        if (IsComplete(dir))
            return dir;

        // Unpack beside the final folder and move it in place, so that an interrupted run leaves no partial copy.
        var scratch = root + ".unpacking-" + Environment.ProcessId;
        if (System.IO.Directory.Exists(scratch))
            System.IO.Directory.Delete(scratch, recursive: true);
        System.IO.Directory.CreateDirectory(scratch);
        var start = new ProcessStartInfo("tar") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "xJf", SharedData.PathOf(Archive), "-C", scratch })
            start.ArgumentList.Add(arg);
        using var tar = Process.Start(start) ?? throw new InvalidOperationException("cannot start tar");
        var errors = tar.StandardError.ReadToEnd();
        tar.WaitForExit();
        if (tar.ExitCode != 0 || !IsComplete(Path.Combine(scratch, "sdn")))
            throw new InvalidOperationException($"unpacking {Archive} into {scratch} failed ({tar.ExitCode}): {errors}");
        if (System.IO.Directory.Exists(root))
            System.IO.Directory.Delete(root, recursive: true);
        System.IO.Directory.Move(scratch, root);
        return dir;
    }
}
