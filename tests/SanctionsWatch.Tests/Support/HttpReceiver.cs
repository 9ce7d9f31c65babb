using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace SanctionsWatch.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener, a free port) for tests: records every request (path, headers, body
/// bytes) and answers with the test's handler. Requests are served concurrently, so a handler may hang on one.
/// </summary>
public sealed class HttpReceiver : IDisposable
{
    public sealed record Request(int Number, string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
    {
        public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;
    }

    private readonly HttpListener _listener;
    private readonly Func<Request, HttpListenerResponse, Task> _handler;
    private readonly CancellationTokenSource _stop = new();
    private int _count;

    public HttpReceiver(Func<Request, HttpListenerResponse, Task> handler)
    {
        _handler = handler;
        (_listener, Port) = StartOnFreePort();
        _ = Task.Run(AcceptLoop);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path.TrimStart('/')}";

    public ConcurrentQueue<Request> Requests { get; } = new();

    /// <summary>
    /// An HttpListener started on a free loopback port. A port found free may be taken before the listener starts
    /// (another test's server, an outgoing connection): then a new listener tries another port. A listener whose start
    /// failed is dropped, not reused: closing or reusing it later touches the port it failed on.
    /// </summary>
    public static (HttpListener Listener, int Port) StartOnFreePort()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // never started: it holds no socket
            }
        }
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Polls until <paramref name="condition"/> holds, or fails after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntil(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"timed out after {timeout.TotalSeconds:0} s waiting for {what}");
            await Task.Delay(100);
        }
    }

    public static async Task Answer(HttpListenerResponse response, int status, string body = "", string contentType = "text/plain")
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private async Task Serve(HttpListenerContext context)
    {
        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var headers = context.Request.Headers.AllKeys.OfType<string>()
                .ToDictionary(k => k.ToLowerInvariant(), k => context.Request.Headers[k] ?? "");
            var request = new Request(
                Interlocked.Increment(ref _count), context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body.ToArray());
            Requests.Enqueue(request);
            await _handler(request, context.Response);
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (HttpListenerException)
        {
            // The client went away (e.g. a killed worker).
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        // Close only: on Linux a Stop() before Close() makes Close() bind the port again to unregister it, and
        // that fails with 'Address already in use' when another socket took the port in between (seen in CI).
        _listener.Close();

        _stop.Dispose();
    }
}
