using System.Buffers;
using System.Globalization;
using nietras.SeparatedValues;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Ofac;

/// <summary>
/// Reads OFAC's CSV family: <c>sdn.csv</c> (or <c>cons_prim.csv</c>) and, when they lie beside it, <c>alt.csv</c>,
/// <c>add.csv</c> and <c>sdn_comments.csv</c> (<c>cons_alt.csv</c>, <c>cons_add.csv</c>, <c>cons_comments.csv</c>).
/// No header, <c>-0-</c> for empty, RFC-4180 quoting, CRLF, a 0x1A byte at the end of a whole file.
/// </summary>
public sealed class OfacCsvReader : IListReader
{
    public const string FormatName = "ofac-csv";

    private const int PrimaryFields = 12;

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        var entries = new ChunkedList<Builder>();
        var seen = new NumberSet();
        var programmeLists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var file = Path.GetFileName(path);
        var complete = ReadRecords(path, PrimaryFields, (fields, line) =>
        {
            var id = EntNum(fields[0], file, line, out var number);
            if (fields[1] is null)
                throw new ListFormatException($"{file} line {line}: entry {id} has no name");
            if (!seen.Add(number))
                throw new ListFormatException($"{file} line {line}: duplicate ent_num {id}");

            // Few distinct programme lists recur thousands of times: split each once and share the (read-only) array.
            var programmes = fields[3] is { } raw
                ? programmeLists.TryGetValue(raw, out var known) ? known : programmeLists[raw] = Programmes(raw)
                : [];
            entries.Add(new Builder(id, fields[1]!, PartyTypeOf(fields[2]), programmes, fields[11]));
        }, cancellationToken);

        // The list is whole when the primary file and every companion read carry the end marker.
        complete &= ReadCompanions(path, entries, cancellationToken);
        var result = new ChunkedList<ListEntry>();
        foreach (var entry in entries)
            result.Add(entry.Build(sourceId));
        return new ListFile(result, complete, FormatName);
    }

    /// <summary>The companion files (aliases, addresses, comments) lying beside an sdn.csv or cons_prim.csv.</summary>
    public static IReadOnlyList<string> CompanionsOf(string path)
    {
        var (alt, add, comments, beside) = Companions(path);
        return [.. new[] { alt, add, comments }.Where(n => n is not null && beside.ContainsKey(n)).Select(n => beside[n!])];
    }

    private static (string? Alt, string? Add, string? Comments, Dictionary<string, string> Beside) Companions(string path)
    {
        var name = Path.GetFileName(path);
        string alt, add, comments;
        if (name.Equals("sdn.csv", StringComparison.OrdinalIgnoreCase))
            (alt, add, comments) = ("alt.csv", "add.csv", "sdn_comments.csv");
        else if (name.Equals("cons_prim.csv", StringComparison.OrdinalIgnoreCase))
            (alt, add, comments) = ("cons_alt.csv", "cons_add.csv", "cons_comments.csv");
        else
            return (null, null, null, []);

        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var beside = Directory.EnumerateFiles(dir)
            .GroupBy(f => Path.GetFileName(f), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return (alt, add, comments, beside);
    }

    /// <summary>Reads the companion files beside the primary file; returns whether all of them are complete.</summary>
    private static bool ReadCompanions(string path, ChunkedList<Builder> entries, CancellationToken ct)
    {
        var (altName, addName, commentsName, beside) = Companions(path);
        if (altName is null || addName is null || commentsName is null)
            return true;
        var (alt, add, comments) = (altName, addName, commentsName);

        if (!beside.ContainsKey(alt) && !beside.ContainsKey(add) && !beside.ContainsKey(comments))
            return true;
        var byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var complete = true;

        // Remarks are cut at 1000 characters in the primary file; the comments file carries the rest.
        if (beside.TryGetValue(comments, out var commentsPath))
        {
            complete &= ReadRecords(commentsPath, 2, (f, line) =>
            {
                if (byId.TryGetValue(EntNum(f[0], comments, line), out var e) && f[1] is not null)
                    e.Remarks += f[1];
            }, ct);
        }

        if (beside.TryGetValue(alt, out var altPath))
        {
            // ent_num, alt_num, alt_type, alt_name, alt_remarks
            complete &= ReadRecords(altPath, 5, (f, line) =>
            {
                if (!byId.TryGetValue(EntNum(f[0], alt, line), out var e) || f[3] is null)
                    return;
                var type = f[2]?.ToLowerInvariant() switch
                {
                    "fka" => NameType.FormerName,
                    _ when f[4]?.Contains("weak", StringComparison.OrdinalIgnoreCase) == true => NameType.WeakAlias,
                    _ => NameType.Alias,
                };
                e.Names.Add(new EntryName(f[3]!, type));
            }, ct);
        }

        if (beside.TryGetValue(add, out var addPath))
        {
            // ent_num, add_num, address, city/state/postal, country, add_remarks
            complete &= ReadRecords(addPath, 6, (f, line) =>
            {
                if (!byId.TryGetValue(EntNum(f[0], add, line), out var e))
                    return;
                if (f[2] is not null || f[3] is not null)
                    (e.Addresses ??= []).Add(string.Join(", ", new[] { f[2], f[3], f[4] }.OfType<string>()));
                if (f[4] is not null)
                    (e.Countries ??= []).Add(f[4]!);
            }, ct);
        }

        return complete;
    }

    private static string EntNum(string? value, string file, int line) => EntNum(value, file, line, out _);

    private static string EntNum(string? value, string file, int line, out int id)
    {
        if (value is null || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out id))
            throw new ListFormatException($"{file} line {line}: ent_num '{Shorten(value)}' is not a number");
        return value[0] != '0' ? value : id.ToString(CultureInfo.InvariantCulture);
    }

    private static PartyType PartyTypeOf(string? type) => type?.ToLowerInvariant() switch
    {
        null or "entity" => PartyType.Organization,
        "individual" => PartyType.Person,
        "vessel" => PartyType.Vessel,
        "aircraft" => PartyType.Aircraft,
        _ => PartyType.Unknown,
    };

    internal static string[] Programmes(string? programs)
    {
        if (programs is null)
            return [];
        if (!programs.Contains(']', StringComparison.Ordinal))
            return [programs.Trim('[', ' ')];
        var list = new List<string>();
        foreach (var part in programs.Split("] [", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var programme = part.Trim('[', ']', ' ');
            if (programme.Length > 0)
                list.Add(programme);
        }

        return OfacRemarks.Distinct(list);
    }

    private static string Shorten(string? s) => s is null ? "" : s.Length <= 40 ? s : s[..40] + "…";

    /// <summary>
    /// Reads the records of one OFAC CSV file, each with exactly <paramref name="fieldCount"/> fields (<c>-0-</c>
    /// and empty fields as null), calling <paramref name="onRecord"/> with the fields and the record's first line.
    /// Returns whether the file ends with the 0x1A marker.
    /// </summary>
    internal static bool ReadRecords(string path, int fieldCount, Action<string?[], int> onRecord, CancellationToken ct)
    {
        // Parsed as UTF-8 bytes: the structural characters are ASCII, and only the fields kept are decoded.
        // The bytes go into a pooled buffer: a fresh multi-megabyte array per file would cost a full GC each time.
        byte[] buffer;
        int length;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
        {
            length = checked((int)stream.Length);
            buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
            stream.ReadExactly(buffer, 0, length);
        }

        try
        {
            return ReadRecords(buffer, length, Path.GetFileName(path), fieldCount, onRecord, ct);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The records of one file's bytes, through Sep (RFC 4180 quoting, quoted line breaks), with OFAC's own checks
    /// around it: the 0x1A end marker says the file is whole; without it, a last record cut short (a quote left open,
    /// fields missing, no line end) is a truncation, where elsewhere a record of the wrong size is a malformed row.
    /// </summary>
    private static bool ReadRecords(byte[] buffer, int length, string file, int fieldCount, Action<string?[], int> onRecord, CancellationToken ct)
    {
        var text = buffer.AsSpan(0, length);
        var offset = text.StartsWith(Bom) ? Bom.Length : 0;
        text = text[offset..];
        if (text.Trim("\x1a\r\n\t "u8).IsEmpty)
            throw new ListFormatException($"{file}: the file is empty");

        // A whole file ends with CRLF and the 0x1A marker; without the marker it may have been cut short.
        var trimmed = text.TrimEnd("\r\n\t "u8);
        var complete = trimmed[^1] == 0x1A;
        text = complete ? trimmed.TrimEnd((byte)0x1A) : text.TrimEnd(" \t"u8);
        var lastTerminated = text[^1] == '\n';
        var quoteOpen = text.Count((byte)'"') % 2 != 0; // quotes come in pairs in a whole file (a quote in a field is doubled)

        // Each record is handed on when the next one is read: the last one gets the end-of-file checks first.
        string?[] fields = new string?[fieldCount], pending = new string?[fieldCount];
        int pendingLine = 0, pendingCount = -1;
        try
        {
            using var stream = new MemoryStream(buffer, offset, text.Length, writable: false);
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(stream);
            var rows = 0;
            foreach (var row in reader)
            {
                if ((++rows & 1023) == 0)
                    ct.ThrowIfCancellationRequested();
                if (row.ColCount == 1 && row[0].Span.Trim().IsEmpty)
                    continue; // a blank line
                if (pendingCount >= 0)
                    HandOn(pending, pendingCount, pendingLine);
                var recordLine = SepLines.From(row);
                for (var i = 0; i < Math.Min(row.ColCount, fieldCount); i++)
                {
                    var value = Decode(row[i].Span);
                    if (value is { Length: > RecordLimits.MaxFieldChars })
                        throw RecordLimits.FieldTooLong($"{file} line {recordLine}", value.Length);
                    fields[i] = value;
                }

                (fields, pending) = (pending, fields);
                (pendingCount, pendingLine) = (row.ColCount, recordLine);
            }
        }
        catch (NotSupportedException)
        {
            // Sep stops at a row longer than its buffer (16 M characters): say which line and how long its field is
            throw LongestField(buffer.AsSpan(offset, text.Length), file);
        }

        if (pendingCount < 0)
            throw new ListFormatException($"{file}: the file is empty");
        if (quoteOpen)
        {
            throw complete
                ? new ListFormatException($"{file} line {pendingLine}: unterminated quoted field")
                : Truncated(file, pendingLine, "an unterminated quoted field");
        }

        if (pendingCount != fieldCount && !complete && !lastTerminated)
            throw Truncated(file, pendingLine, $"the last record has {pendingCount} of {fieldCount} fields");
        if (pendingCount == fieldCount && !complete && !lastTerminated)
            throw Truncated(file, pendingLine, "the last record has no line end and there is no end marker");
        HandOn(pending, pendingCount, pendingLine);
        return complete;

        void HandOn(string?[] record, int count, int line)
        {
            if (count != fieldCount)
                throw new ListFormatException($"{file} line {line}: expected {fieldCount} fields, found {count}");
            onRecord(record, line);
        }
    }

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The refusal of the longest field of the file (its line, its length in bytes), for a row Sep cannot hold.</summary>
    private static ListFormatException LongestField(ReadOnlySpan<byte> text, string file)
    {
        int line = 1, longest = 0, longestLine = 1, fieldStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ((byte)',' or (byte)'\n'))
                continue;
            if (i - fieldStart > longest)
                (longest, longestLine) = (i - fieldStart, line);
            if (i < text.Length && text[i] == '\n')
                line++;
            fieldStart = i + 1;
        }

        return RecordLimits.FieldTooLong($"{file} line {longestLine}", longest);
    }

    /// <summary>A field's text, null for OFAC's empty marker <c>-0-</c> or an empty field.</summary>
    private static string? Decode(ReadOnlySpan<char> raw)
    {
        raw = raw.Trim(" \t");
        return raw.IsEmpty || raw.SequenceEqual("-0-") ? null : new string(raw);
    }

    private static ListFormatException Truncated(string file, int line, string reason) =>
        new($"{file}: the file looks truncated at line {line}: {reason}");

    /// <summary>A set of ent_nums: a bitmap (a few KB where a hash set would take the large object heap).</summary>
    private sealed class NumberSet
    {
        private const int BitmapLimit = 1 << 22;

        private ulong[] _bits = new ulong[1024];
        private HashSet<int>? _large;

        public bool Add(int number)
        {
            if (number >= BitmapLimit)
                return (_large ??= []).Add(number);
            var word = number >> 6;
            if (word >= _bits.Length)
                Array.Resize(ref _bits, Math.Max(word + 1, _bits.Length * 2));
            var mask = 1UL << (number & 63);
            if ((_bits[word] & mask) != 0)
                return false;
            _bits[word] |= mask;
            return true;
        }
    }

    private sealed class Builder(string id, string name, PartyType type, string[] programmes, string? remarks)
    {
        public string Id => id;

        public string? Remarks { get; set; } = remarks;

        public List<EntryName> Names { get; } = [new EntryName(name, NameType.Primary)];

        public List<string>? Addresses { get; set; }

        public List<string>? Countries { get; set; }

        public ListEntry Build(string sourceId)
        {
            var parsed = OfacRemarks.Parse(Remarks);
            Names.AddRange(parsed.Names);
            return new ListEntry
            {
                Source = sourceId,
                EntryId = id,
                PartyType = type,
                Names = OfacRemarks.Distinct(Names),
                Programmes = programmes,
                Identifiers = parsed.Identifiers,
                Addresses = OfacRemarks.Distinct(Addresses),
                Countries = OfacRemarks.Distinct(Countries),
                Remarks = Remarks,
                Link = OfacReader.LinkOf(id),
                Links = parsed.Links,
            };
        }
    }
}
