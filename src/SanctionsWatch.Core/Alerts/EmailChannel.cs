using System.Globalization;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace SanctionsWatch.Alerts;

/// <summary>
/// Sends alerts by SMTP (MailKit): one message per alert, or in <c>digest</c> mode one message per sync.
/// STARTTLS is used when the server offers it (<c>auto</c>), or required (<c>always</c>).
/// </summary>
public sealed class EmailChannel(EmailOptions options) : IAlertChannel, IDigestChannel
{
    public string Name => "email";

    public bool Digest => string.Equals(options.Mode, "digest", StringComparison.OrdinalIgnoreCase);

    public async Task DeliverAsync(IReadOnlyList<AlertMessage> alerts, CancellationToken cancellationToken)
    {
        if (alerts.Count == 0)
            return;
        using var message = Compose(alerts);
        await SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A scheduled digest: one message, its title the subject, its text the body.</summary>
    public async Task DeliverDigestAsync(long id, Storage.Digest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        using var message = ComposeDigest(id, digest);
        await SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    public MimeMessage ComposeDigest(long id, Storage.Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        foreach (var to in options.To)
            message.To.Add(MailboxAddress.Parse(to));
        message.Subject = digest.Title;
        var key = "sanctionswatch-digest-" + id.ToString(CultureInfo.InvariantCulture);
        message.MessageId = key + "@sanctionswatch";
        message.Headers.Add("X-SanctionsWatch-Idempotency-Key", key);
        message.Body = new TextPart("plain") { Text = digest.Text() };
        return message;
    }

    private async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        await client.ConnectAsync(options.Host, options.Port, Security(options.StartTls), cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(options.User))
        {
            // Credentials only over TLS, unless the configuration explicitly says none (StartTls auto would otherwise
            // send the password in clear to a server, or a man in the middle, that offers no STARTTLS).
            if (!client.IsSecure && !ClearTextAllowed(options.StartTls))
            {
                throw new InvalidOperationException(
                    $"the SMTP server {options.Host}:{options.Port} offers no STARTTLS: the password is not sent in clear " +
                    "(Alerts:Email:StartTls none allows it)");
            }

            await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken).ConfigureAwait(false);
        }
        await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
    }

    public MimeMessage Compose(IReadOnlyList<AlertMessage> alerts)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        foreach (var to in options.To)
            message.To.Add(MailboxAddress.Parse(to));
        var first = alerts[0];
        message.Subject = alerts.Count == 1
            ? first.IsRelated
                ? $"SanctionsWatch {first.Kind}: {first.Listing ?? first.EntryName} on {first.Source}, related to {first.EntityName ?? first.WatchlistId}"
                : $"SanctionsWatch {first.Kind}: {first.EntityName ?? first.WatchlistId} on {first.Source} ({first.Listing ?? first.EntryName})"
            : string.Create(CultureInfo.InvariantCulture, $"SanctionsWatch: {alerts.Count} alerts from {first.Source} snapshot {first.SnapshotAt}");
        // One stable Message-Id per alert (or digest): a resent message is recognisably the same one.
        message.MessageId = string.Join("-", alerts.Select(a => a.IdempotencyKey).Take(1)) +
            (alerts.Count > 1 ? "-digest-" + first.SnapshotId.ToString(CultureInfo.InvariantCulture) : "") + "@sanctionswatch";
        message.Headers.Add("X-SanctionsWatch-Idempotency-Key", string.Join(", ", alerts.Select(a => a.IdempotencyKey)));
        var body = new StringBuilder();
        foreach (var a in alerts)
        {
            body.AppendLine(a.Summary);
            if (a.Change is { } change)
                body.AppendLine("  " + change.Line);
            if (a.SourceLink is not null)
                body.AppendLine("  " + a.SourceLink);
            body.AppendLine(CultureInfo.InvariantCulture, $"  alert {a.Id}, hit {a.HitId} ({a.HitStatus}), key {a.IdempotencyKey}");
            body.AppendLine();
        }

        message.Body = new TextPart("plain") { Text = body.ToString() };
        return message;
    }

    private static bool ClearTextAllowed(string mode) => mode.ToLowerInvariant() is "none" or "false";

    private static SecureSocketOptions Security(string mode) => mode.ToLowerInvariant() switch
    {
        "always" or "true" or "starttls" => SecureSocketOptions.StartTls,
        "ssl" or "tls" => SecureSocketOptions.SslOnConnect,
        "none" or "false" => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };
}
