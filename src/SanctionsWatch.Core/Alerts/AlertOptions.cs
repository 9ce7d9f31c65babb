namespace SanctionsWatch.Alerts;

/// <summary><c>Alerts:Webhook</c>: a JSON POST per alert, signed with HMAC-SHA256 when a secret is set.</summary>
public sealed record WebhookOptions
{
    public required Uri Url { get; init; }

    /// <summary>The HMAC-SHA256 key (set it with SANCTIONSWATCH_Alerts__Webhook__Secret, not in the file).</summary>
    public string? Secret { get; init; }

    /// <summary><c>json</c> (default) or <c>slack</c> (<c>{"text": …}</c> for Slack-compatible incoming webhooks).</summary>
    public string Format { get; init; } = "json";

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary><c>Alerts:Email</c>: SMTP with MailKit, one message per alert or a digest per sync.</summary>
public sealed record EmailOptions
{
    public required string Host { get; init; }

    public int Port { get; init; } = 587;

    public required string From { get; init; }

    public required IReadOnlyList<string> To { get; init; }

    public string? User { get; init; }

    /// <summary>Set it with SANCTIONSWATCH_Alerts__Email__Password, not in the file.</summary>
    public string? Password { get; init; }

    /// <summary><c>auto</c> (STARTTLS when the server offers it), <c>always</c> (STARTTLS required), <c>ssl</c> (TLS on connect), <c>none</c>.</summary>
    public string StartTls { get; init; } = "auto";

    /// <summary><c>per-alert</c> (default) or <c>digest</c> (one message per sync).</summary>
    public string Mode { get; init; } = "per-alert";

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}

/// <summary><c>Alerts:Delivery</c>: how the dispatcher retries.</summary>
public sealed record DeliveryOptions
{
    /// <summary>How often the dispatcher looks for due deliveries (it is also woken after each sync).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after the first failed attempt; doubled after each further one, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts a delivery is <c>failed</c> (re-queue it with <c>alerts retry ID</c>).</summary>
    public int MaxAttempts { get; init; } = 12;

    /// <summary>
    /// When set, alerts created before this time are never queued: enabling a channel on a store that already holds a
    /// history (e.g. a replay of old lists) does not send that backlog.
    /// </summary>
    public DateTimeOffset? QueueSince { get; init; }

    /// <summary>The name a process claims deliveries under when it has no cluster node id: its host and process id.</summary>
    public static string ThisProcess => $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>How long a dispatcher holds the deliveries it is sending, so no other sends them too.</summary>
    public TimeSpan ClaimFor { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The wait before the next attempt after <paramref name="attempts"/> failed ones (exponential backoff).</summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(BaseDelay.Ticks * factor, MaxDelay.Ticks));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }
}
