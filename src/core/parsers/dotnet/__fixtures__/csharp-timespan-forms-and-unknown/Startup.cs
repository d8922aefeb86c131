public class Startup
{
    private readonly IConfiguration _config;

    public void ConfigureServices(IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(options =>
        {
            options.Limits.KeepAliveTimeout = new TimeSpan(0, 1, 40);
            options.Limits.RequestHeadersTimeout = _config.GetValue<TimeSpan>("HeadersTimeout");
        });
    }
}
