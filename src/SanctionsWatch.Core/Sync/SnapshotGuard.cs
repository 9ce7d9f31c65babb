using System.Globalization;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sync;

/// <summary>What the last accepted snapshot of a source looked like, for the guard and the unchanged check.</summary>
public sealed record AcceptedSnapshot(long Id, string? FileHash, int EntryCount, bool? Complete, DateTimeOffset TakenAt);

/// <summary>
/// Refuses files that would wreck a source's history: no entries, a file whose publisher's end marker is missing
/// when the last accepted file had it, or far fewer entries than the last accepted snapshot.
/// </summary>
public static class SnapshotGuard
{
    public const double DefaultMinEntryRatio = 0.5;

    /// <returns>Null when the file may be applied, else the reason it is refused.</returns>
    public static string? Check(ListFile file, AcceptedSnapshot? last, double minEntryRatio)
    {
        if (file.Entries.Count == 0)
            return "the file holds no entries";
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in file.Entries)
        {
            if (Sources.RecordLimits.Check(entry) is { } oversized)
                return oversized;
            if (!ids.Add(entry.EntryId))
                return $"the file holds entry {entry.EntryId} twice";
        }

        if (file.Complete == false && last?.Complete == true)
        {
            return $"the file has no end-of-file marker ({file.Format}), which the last accepted file had: " +
                   "it looks cut short";
        }

        if (last is not null && file.Entries.Count < last.EntryCount * minEntryRatio)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"the file holds {file.Entries.Count} entries, under {minEntryRatio:P0} of the {last.EntryCount} " +
                $"of the last accepted snapshot ({Iso.Format(last.TakenAt)}): refused as a probably broken download");
        }

        return null;
    }
}
