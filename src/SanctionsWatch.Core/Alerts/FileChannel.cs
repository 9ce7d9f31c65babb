namespace SanctionsWatch.Alerts;

/// <summary>For local automation: appends each alert as one JSON line (the webhook's JSON body) to a file.</summary>
public sealed class FileChannel(string path) : IAlertChannel
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public string Name => "file";

    public bool Digest => false;

    public async Task DeliverAsync(IReadOnlyList<AlertMessage> alerts, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = Storage.Database.PrivateFile; // the hits of the watchlist: not for every local user
        var stream = new FileStream(path, options);
        await using (stream.ConfigureAwait(false))
        {
            foreach (var alert in alerts)
            {
                await stream.WriteAsync(WebhookPayload.Build(alert, "json"), cancellationToken).ConfigureAwait(false);
                await stream.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
            }

            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
