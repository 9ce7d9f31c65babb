using System.Net.Http.Headers;

namespace SanctionsWatch.Alerts;

/// <summary>
/// POSTs each alert as JSON, with <c>Idempotency-Key: sanctionswatch-alert-&lt;id&gt;</c> (the same on every retry) and,
/// when a secret is configured, <c>X-SanctionsWatch-Signature</c>. Any status other than 2xx is a failed attempt. Redirects
/// are never followed (an HTTP client would re-send the POST as a body-less GET and take its 200 for a delivery): a 3xx
/// is a failed attempt, its Location in the error.
/// </summary>
public sealed class WebhookChannel(WebhookOptions options, HttpMessageHandler? handler = null) : IAlertChannel
{
    public const string IdempotencyHeader = "Idempotency-Key";

    private readonly HttpClient http = new(handler ?? NewHandler(), disposeHandler: handler is null) { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>The channel's own handler: no automatic redirects, pooled connections recycled.</summary>
    public static SocketsHttpHandler NewHandler() => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    public string Name => "webhook";

    public bool Digest => false;

    public async Task DeliverAsync(IReadOnlyList<AlertMessage> alerts, CancellationToken cancellationToken)
    {
        foreach (var alert in alerts)
        {
            var body = WebhookPayload.Build(alert, options.Format);
            using var request = new HttpRequestMessage(HttpMethod.Post, options.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.TryAddWithoutValidation(IdempotencyHeader, alert.IdempotencyKey);
            request.Headers.TryAddWithoutValidation("User-Agent", "SanctionsWatch");
            if (!string.IsNullOrEmpty(options.Secret))
                request.Headers.TryAddWithoutValidation(WebhookSignature.Header, WebhookSignature.Compute(options.Secret, body));

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                    .ConfigureAwait(false);
                if ((int)response.StatusCode is >= 300 and < 400)
                {
                    var location = response.Headers.Location is { } l
                        ? Sources.Fetching.UrlRedaction.Redact(l.IsAbsoluteUri ? l : new Uri(options.Url, l))
                        : "(none)";
                    throw new HttpRequestException(
                        $"webhook answered {(int)response.StatusCode} {response.ReasonPhrase} (redirect to {location}): not followed, " +
                        "set Alerts:Webhook:Url to the final address");
                }

                if (!response.IsSuccessStatusCode)
                    throw new HttpRequestException($"webhook answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"webhook did not answer within {options.Timeout.TotalSeconds:0} s");
            }
        }
    }
}
