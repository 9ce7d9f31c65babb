using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace SanctionsWatch.Tests.Support;

/// <summary>A real SMTP server (SmtpServer) on 127.0.0.1 in the test process; keeps every message it receives.</summary>
public sealed class SmtpReceiver : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    /// <param name="authentication">Offer AUTH (PLAIN, LOGIN) without TLS, as a misconfigured or hostile server would, and keep the logins it receives.</param>
    public SmtpReceiver(bool authentication = false)
    {
        Port = HttpReceiver.FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).AllowUnsecureAuthentication(authentication))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Messages));
        if (authentication)
            services.Add(new Logins(ReceivedLogins));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>Every user name and password the server was sent (with authentication on).</summary>
    public ConcurrentQueue<(string User, string Password)> ReceivedLogins { get; } = new();

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Logins(ConcurrentQueue<(string, string)> received) : SmtpServer.Authentication.IUserAuthenticator
    {
        public Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken)
        {
            received.Enqueue((user, password));
            return Task.FromResult(true);
        }
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
