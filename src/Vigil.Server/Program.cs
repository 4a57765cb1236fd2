using Vigil.Server.Hosting;

var app = VigilServer.Build(args);
app.Run();
