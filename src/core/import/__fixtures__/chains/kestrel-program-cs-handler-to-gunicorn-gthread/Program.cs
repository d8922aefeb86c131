using System.Net.Http;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(options =>
{
    options.Limits.KeepAliveTimeout = TimeSpan.FromMinutes(3);
});

// the pricing service is a Python app behind gunicorn
builder.Services.AddHttpClient("pricing", c => c.BaseAddress = new Uri("http://pricing:8000"))
    .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
    {
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(90),
    });

var app = builder.Build();
app.MapGet("/quote", async (IHttpClientFactory f) => await f.CreateClient("pricing").GetStringAsync("/price"));
app.Run();
