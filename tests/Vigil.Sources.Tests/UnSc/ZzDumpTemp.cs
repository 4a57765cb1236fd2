using System.Text.Json;
using Vigil.Model;

namespace Vigil.Sources.Tests.UnSc;

public sealed class ZzDumpTempTests
{
    [Fact]
    public void Dump()
    {
        var snap = UnScTestData.Snapshot;
        var lines = new List<string>
        {
            "names " + snap.Entities.Sum(e => e.Names.Length),
            "weak " + snap.Entities.Sum(e => e.Names.Count(n => n.Kind == NameKind.WeakAlias)),
            "orig " + snap.Entities.Sum(e => e.Names.Count(n => n.Kind == NameKind.OriginalScript)),
            "former " + snap.Entities.Sum(e => e.Names.Count(n => n.Kind == NameKind.FormerName)),
            "ids " + snap.Entities.Sum(e => e.Identifiers.Length),
            "idtypes " + string.Join(",", snap.Entities.SelectMany(e => e.Identifiers).GroupBy(i => i.Type).Select(g => g.Key + "=" + g.Count())),
            "dobs " + snap.Entities.Sum(e => e.BirthDates.Length),
            "nocc " + string.Join(" | ", snap.Entities.SelectMany(e => e.Addresses).Where(a => a.Country is not null && a.CountryCode is null).Select(a => a.Country).Distinct()),
            "pobnocc " + string.Join(" | ", snap.Entities.SelectMany(e => e.BirthPlaces).Where(p => p.CountryCode is null).Select(p => p.Text).Distinct().Take(20)),
        };
        foreach (var id in new[] { "un-sc:KPe.001", "un-sc:IQi.001" })
        {
            var e = snap.Entities.FirstOrDefault(x => x.Id == id);
            if (e is not null) lines.Add(JsonSerializer.Serialize(e with { Raw = null, Remarks = null }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }

        var os = new Vigil.Sources.OpenSanctions.OpenSanctionsListSource().Load(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(UnScTestData.Folder)!)!, "..", "tests", "Vigil.Sources.Tests", "Fixtures", "OpenSanctions", "zala"));
        var z = os.Entities.First(x => x.Id == "os:NK-aU5ybkbRFJucf8YMwsJvDw");
        lines.Add(JsonSerializer.Serialize(z with { Raw = null, Remarks = null }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        File.WriteAllLines("/tmp/scratch/dump.txt", lines);
    }
}
