using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Vigil.Storage.Tests.Refresh;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, ephemeral port) whose answers each test sets per path: good files with
/// validators, truncated, empty, HTML pages, errors, slow and broken responses.
/// </summary>
internal sealed class ListServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, RequestDelegate> routes = new(StringComparer.Ordinal);

    private ListServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Every request served, in order: path and conditional headers.</summary>
    public ConcurrentQueue<ServedRequest> Requests { get; } = new();

    public static async Task<ListServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        ListServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new ListServer(app, new Uri(address + "/"));
        return server;
    }

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public void Serve(string path, RequestDelegate response) => routes["/" + path.TrimStart('/')] = response;

    public int CountRequests(string path) => Requests.Count(r => r.Path == "/" + path.TrimStart('/'));

    /// <summary>A file with an ETag and Last-Modified; 304 when the client sends either back.</summary>
    public static RequestDelegate File(byte[] body, string? etag = null, DateTimeOffset? lastModified = null, string contentType = "text/plain") => async context =>
    {
        var request = context.Request.Headers;
        if ((etag is not null && request.IfNoneMatch == etag) || (etag is null && lastModified is not null && request.IfModifiedSince == lastModified.Value.ToString("R")))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
        }

        if (lastModified is not null)
        {
            context.Response.Headers.LastModified = lastModified.Value.ToString("R");
        }

        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    };

    public static RequestDelegate Status(int code) => context =>
    {
        context.Response.StatusCode = code;
        return context.Response.WriteAsync("upstream exploded");
    };

    /// <summary>A maintenance page served with status 200.</summary>
    public static RequestDelegate HtmlPage(string contentType = "text/html; charset=utf-8") =>
        File(Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html><head><title>Maintenance</title></head><body>The service is down for maintenance.</body></html>"), contentType: contentType);

    /// <summary>Waits (until the client gives up) before answering.</summary>
    public static RequestDelegate Slow(TimeSpan delay, byte[] body) => async context =>
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await File(body)(context);
    };

    /// <summary>Announces the whole body, sends half of it and drops the connection.</summary>
    public static RequestDelegate CutOff(byte[] body) => async context =>
    {
        context.Response.ContentType = "text/plain";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
        await context.Response.Body.FlushAsync();
        context.Abort();
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        Requests.Enqueue(new ServedRequest(path, context.Request.Headers.IfNoneMatch.ToString(), context.Request.Headers.IfModifiedSince.ToString()));
        if (routes.TryGetValue(path, out var handler))
        {
            return handler(context);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    /// <summary>One request as the server saw it.</summary>
    public sealed record ServedRequest(string Path, string IfNoneMatch, string IfModifiedSince);
}
