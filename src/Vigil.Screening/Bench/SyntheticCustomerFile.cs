using System.Globalization;
using System.Text;
using Vigil.Screening.Batch;

namespace Vigil.Screening.Bench;

/// <summary>
/// Writes synthetic customers as a <c>vigil batch</c> CSV file (<c>vigil bench --write-customers</c>), so the batch
/// target can be timed end to end on a file of any size. Besides the screened columns (id, name, type, dob,
/// country), each row says which listed entity it was made from and how (<c>listed_id</c>, <c>perturbation</c>;
/// empty for a generic customer): batch ignores those, and they let its output be checked against the truth.
/// </summary>
public static class SyntheticCustomerFile
{
    /// <summary>The header row's columns.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "name", "type", "dob", "country", "listed_id", "perturbation"];

    /// <summary>Writes the header and one row per customer, ids 1..n in order; UTF-8 without BOM, LF line ends.</summary>
    public static void Write(Stream stream, IEnumerable<SyntheticCustomer> customers)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(customers);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        var id = 0;
        foreach (var customer in customers)
        {
            var q = customer.Query;
            writer.Write((++id).ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            CsvField.Write(writer, q.Name);
            writer.Write(',');
            writer.Write(q.Schema is { } schema ? schema.ToString().ToLowerInvariant() : string.Empty);
            writer.Write(',');
            writer.Write(q.BirthDate?.ToString() ?? string.Empty);
            writer.Write(',');
            writer.Write(string.Join(';', q.Countries));
            writer.Write(',');
            CsvField.Write(writer, customer.SourceEntityId ?? string.Empty);
            writer.Write(',');
            writer.Write(customer.IsListed ? customer.Perturbation.ToString() : string.Empty);
            writer.Write('\n');
        }
    }
}
