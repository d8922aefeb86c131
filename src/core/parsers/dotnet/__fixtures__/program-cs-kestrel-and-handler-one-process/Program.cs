using System.Net.Http;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(serverOptions =>
{
    // serverOptions.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(5);
    serverOptions.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(75);
});

builder.Services.AddHttpClient("orders", c => c.BaseAddress = new Uri("http://orders:8080"))
    .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
    {
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

var app = builder.Build();
app.Run();
