using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using SanctionsWatch.App;

namespace SanctionsWatch.Cli.Web;

/// <summary><c>run --web</c>: the web view served beside the worker, started and stopped with it.</summary>
internal sealed class WebService(AppSettings settings, TimeProvider time) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _app = WebApp.Build(settings, time);
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync().ConfigureAwait(false);
    }
}
