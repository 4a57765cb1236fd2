using System.Collections.Immutable;
using System.Text;
using Vigil.Model;
using Vigil.Sources.Ofac.Mapping;
using Vigil.Sources.Ofac.Remarks;

namespace Vigil.Sources.Ofac.Csv;

/// <summary>
/// Joins the CSV files on ent_num and maps each listing to a draft entity: names (with alt.csv's aliases), programs,
/// titles, vessel details, addresses, and the remarks with their overflow appended and parsed.
/// </summary>
internal static class OfacCsvMapper
{
    /// <summary>
    /// OFAC's remarks field holds 1,000 characters; only a listing cut off there has an overflow row in
    /// sdn_comments.csv.
    /// </summary>
    public const int RemarksFieldLength = 1000;

    /// <summary>Maps every listing of the set, in primary-file order.</summary>
    public static List<OfacEntityDraft> ToDrafts(OfacCsvSet set, out OfacCsvMergeStats stats, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        var index = new Dictionary<int, int>(set.Entries.Length);
        for (var i = 0; i < set.Entries.Length; i++)
        {
            index[set.Entries[i].EntNum] = i;
        }

        var addresses = Group(set.Addresses, a => a.EntNum, index, out var orphanAddresses);
        var alts = Group(set.Alts, a => a.EntNum, index, out var orphanAlts);
        var comments = Group(set.Comments, c => c.EntNum, index, out var orphanComments);

        var stale = 0;
        var drafts = new List<OfacEntityDraft>(set.Entries.Length);
        for (var i = 0; i < set.Entries.Length; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var entry = set.Entries[i];
            var entryComments = comments[i] ?? [];
            var remarks = entry.Remarks;
            foreach (var comment in entryComments)
            {
                if (remarks is null || remarks.Length < RemarksFieldLength)
                {
                    // The remarks are complete, so this overflow belongs to another publication of the list
                    // (a mixed-date folder); appending it would glue unrelated text onto them.
                    stale++;
                    continue;
                }

                remarks += comment.Remarks;
            }

            var schema = OfacFields.SchemaOf(entry.SdnType);
            var entryAddresses = addresses[i];
            var entryAlts = alts[i];
            var raw = entryAddresses is null && entryAlts is null && entryComments.Count == 0
                ? null
                : new StringBuilder(entry.Text, RawLength(entry.Text, entryAddresses, entryAlts, entryComments));

            var mappedAddresses = ImmutableArray<Address>.Empty;
            if (entryAddresses is not null)
            {
                var list = new List<Address>(entryAddresses.Count);
                foreach (var address in entryAddresses)
                {
                    raw!.Append('\n').Append(address.Text);
                    if (ToAddress(address) is { } mapped)
                    {
                        list.Add(mapped);
                    }
                }

                mappedAddresses = [.. list];
            }

            var aliases = ImmutableArray<EntityName>.Empty;
            if (entryAlts is not null)
            {
                var list = new List<EntityName>(entryAlts.Count);
                foreach (var alt in entryAlts)
                {
                    raw!.Append('\n').Append(alt.Text);
                    if (string.IsNullOrWhiteSpace(alt.AltName))
                    {
                        continue;
                    }

                    var name = OfacNames.Unquote(alt.AltName, out var quoted);
                    var weak = quoted || (alt.AltRemarks?.Contains("weak", StringComparison.OrdinalIgnoreCase) ?? false);
                    list.Add(OfacNames.Create(name, OfacNames.AliasKind(alt.AltType, weak), schema));
                }

                aliases = [.. list];
            }

            foreach (var comment in entryComments)
            {
                raw!.Append('\n').Append(comment.Text);
            }

            drafts.Add(new OfacEntityDraft
            {
                SourceId = entry.EntNum.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Schema = schema,
                Primary = OfacNames.Create(entry.SdnName!, NameKind.Primary, schema),
                Aliases = aliases,
                Programs = OfacFields.Programs(entry.Program),
                Titles = OfacFields.Titles(entry.Title),
                CallSign = entry.CallSign,
                VesselFlag = entry.VessFlag,
                VesselOwner = entry.VessOwner,
                Addresses = mappedAddresses,
                Remarks = remarks,
                Parsed = OfacRemarksParser.Parse(remarks),
                Raw = raw?.ToString() ?? entry.Text,
            });
        }

        stats = new OfacCsvMergeStats(orphanAddresses, orphanAlts, orphanComments, stale);
        return drafts;
    }

    // Sizes the raw text up front: the raw records of 15,000 listings are the largest thing a load allocates.
    private static int RawLength(string primary, List<OfacAddressRecord>? addresses, List<OfacAltRecord>? alts, List<OfacCommentRecord> comments)
    {
        var length = primary.Length;
        foreach (var a in addresses ?? [])
        {
            length += a.Text.Length + 1;
        }

        foreach (var a in alts ?? [])
        {
            length += a.Text.Length + 1;
        }

        foreach (var c in comments)
        {
            length += c.Text.Length + 1;
        }

        return length;
    }

    private static Address? ToAddress(OfacAddressRecord record)
    {
        if (record.Address is null && record.CityStateZip is null && record.Country is null && record.AddRemarks is null)
        {
            // OFAC writes an all-null row for a listing with no known address.
            return null;
        }

        return new Address(
            Street: record.Address?.Trim(),
            City: record.CityStateZip?.Trim(),
            Country: record.Country?.Trim(),
            CountryCode: OfacCountries.CodeOf(record.Country),
            Remarks: record.AddRemarks?.Trim());
    }

    // Groups rows by the primary record they join, in file order; rows with an unknown ent_num are counted.
    private static List<T>?[] Group<T>(ImmutableArray<T> rows, Func<T, int> entNum, Dictionary<int, int> index, out int orphans)
    {
        var groups = new List<T>?[index.Count];
        orphans = 0;
        foreach (var row in rows)
        {
            if (index.TryGetValue(entNum(row), out var at))
            {
                (groups[at] ??= []).Add(row);
            }
            else
            {
                orphans++;
            }
        }

        return groups;
    }
}
