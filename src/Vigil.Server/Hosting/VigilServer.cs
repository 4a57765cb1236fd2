namespace Vigil.Server.Hosting;

public static class VigilServer
{
    public static Microsoft.AspNetCore.Builder.WebApplication Build(string[] args) => Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(args).Build();
}
