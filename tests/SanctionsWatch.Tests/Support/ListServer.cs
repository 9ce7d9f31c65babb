using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SanctionsWatch.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener on a free port) that serves list files the way publishers fail:
/// each path answers from a script of responses, one per request (the last one repeats).
/// </summary>
public sealed class ListServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentDictionary<string, Queue<Func<HttpListenerContext, Task>>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<HttpListenerContext, Task>> _last = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();

    public ListServer()
    {
        (_listener, var port) = HttpReceiver.StartOnFreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";

        _ = Task.Run(Serve);
    }

    public string BaseUrl { get; }

    /// <summary>Every request, in order: path and the If-None-Match header.</summary>
    public ConcurrentQueue<(string Path, string? IfNoneMatch)> Requests { get; } = new();

    public string Url(string path) => BaseUrl + path;

    public int RequestsTo(string path) => Requests.Count(r => r.Path == "/" + path);

    /// <summary>Replaces what <paramref name="path"/> answers: these responses in turn, then the last one again.</summary>
    public void Script(string path, params Func<HttpListenerContext, Task>[] responses)
    {
        _scripts["/" + path] = new Queue<Func<HttpListenerContext, Task>>(responses);
        _last.TryRemove("/" + path, out _);
    }

    /// <summary>The file, with an ETag; 304 when the request already has that ETag.</summary>
    public static Func<HttpListenerContext, Task> Ok(string content, string? etag = null) =>
        Ok(Encoding.UTF8.GetBytes(content), etag);

    /// <summary>The file with a Last-Modified header (as a mirror or CDN sends it), and no ETag.</summary>
    public static Func<HttpListenerContext, Task> Ok(string content, DateTimeOffset lastModified) =>
        Ok(Encoding.UTF8.GetBytes(content), null, lastModified);

    /// <summary>The bytes, with an ETag; 304 when the request already has that ETag.</summary>
    public static Func<HttpListenerContext, Task> Ok(byte[] bytes, string? etag = null, DateTimeOffset? lastModified = null) => async ctx =>
    {
        if (lastModified is { } modified)
            ctx.Response.AddHeader("Last-Modified", modified.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        if (etag is not null)
        {
            ctx.Response.AddHeader("ETag", etag);
            if (ctx.Request.Headers["If-None-Match"] == etag)
            {
                ctx.Response.StatusCode = 304;
                ctx.Response.Close();
                return;
            }
        }

        ctx.Response.ContentLength64 = bytes.Length;
        await ctx.Response.OutputStream.WriteAsync(bytes);
        ctx.Response.Close();
    };

    public static Func<HttpListenerContext, Task> Status(int code) => ctx =>
    {
        ctx.Response.StatusCode = code;
        ctx.Response.Close();
        return Task.CompletedTask;
    };

    /// <summary>Headers at once, half the body, then the rest after <paramref name="pause"/>.</summary>
    public static Func<HttpListenerContext, Task> Slow(string content, TimeSpan pause) => async ctx =>
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        ctx.Response.ContentLength64 = bytes.Length;
        await ctx.Response.OutputStream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
        await ctx.Response.OutputStream.FlushAsync();
        await Task.Delay(pause);
        await ctx.Response.OutputStream.WriteAsync(bytes.AsMemory(bytes.Length / 2));
        ctx.Response.Close();
    };

    /// <summary>A Content-Length of the whole file, half of it sent, then the connection dropped.</summary>
    public static Func<HttpListenerContext, Task> Truncated(string content) => async ctx =>
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        ctx.Response.ContentLength64 = bytes.Length;
        await ctx.Response.OutputStream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
        await ctx.Response.OutputStream.FlushAsync();
        ctx.Response.Abort();
    };

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                var path = ctx.Request.Url!.AbsolutePath;
                Requests.Enqueue((path, ctx.Request.Headers["If-None-Match"]));
                Func<HttpListenerContext, Task> respond;
                lock (_scripts)
                {
                    if (_scripts.TryGetValue(path, out var queue) && queue.Count > 0)
                        _last[path] = respond = queue.Dequeue();
                    else if (!_last.TryGetValue(path, out respond!))
                        respond = Status(404);
                }

                try
                {
                    await respond(ctx);
                }
                catch (Exception)
                {
                    // The client went away (a deadline in the test): nothing to do.
                    try
                    {
                        ctx.Response.Abort();
                    }
                    catch (Exception)
                    {
                    }
                }
            });
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
