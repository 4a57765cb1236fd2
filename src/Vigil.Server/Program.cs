using Vigil.Server.Hosting;

var app = VigilServer.Build(args);
return await VigilServer.RunAsync(app);
