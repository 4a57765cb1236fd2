using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.Extensions.Options;
using Vigil.Model;
using Vigil.Server.Entities;
using Vigil.Server.Limits;
using Vigil.Server.Operations;
using Vigil.Server.Options;
using Vigil.Server.Refresh;
using Vigil.Server.Screening;
using Vigil.Server.Security;
using Vigil.Sources;
using Vigil.Storage.Refresh;
using Vigil.Storage.Versions;

namespace Vigil.Server.Lists;

/// <summary>
/// <c>POST /v1/lists/{source}/import</c> and <c>/refresh</c>, for admins: a new version from a file or from the
/// publisher, checked as <c>vigil update</c> checks a download, and in service before the answer.
/// </summary>
internal static class ListAdminApi
{
    private static readonly string[] UploadTypes = ["application/octet-stream", "application/xml", "text/xml", "text/csv", "application/json", "application/zip"];

    public static IEndpointRouteBuilder MapListAdminApi(this IEndpointRouteBuilder v1)
    {
        var maxImport = v1.ServiceProvider.GetRequiredService<IOptions<ServerOptions>>().Value.MaxImportBytes;
        var admin = v1.MapGroup("/lists").WithTags("Lists").RequireAuthorization(ApiKeyDefaults.AdminPolicy);
        admin.MapPost("/{source}/import", Import)
            .WithName("ImportList")
            .WithSummary("Import a list file as a new version")
            .WithDescription(
                "The body is the list file as the publisher ships it (OFAC sdn.csv or sdn.xml, UN consolidated XML, UK XML, EU FSF XML, " +
                "OpenSanctions JSON lines), or a ZIP archive of the list's files (`Content-Type: application/zip`, e.g. OFAC's sdn.csv, " +
                "add.csv, alt.csv, sdn_comments.csv). `fileName` names a single file when the publisher's name matters. The file is parsed " +
                "completely first: a file that does not parse is a 400 and nothing changes. Content identical to the current version is not " +
                "stored again (outcome `unchanged`). A list that lost more than the allowed share of its entities (5% by default) is held " +
                "for review (202, outcome `held`) unless `force=true`. An applied version is in service for /v1/search when the answer comes.")
            .AddOpenApiOperationTransformer(DescribeUpload)
            .WithMetadata(new BodySizeLimit(maxImport))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        admin.MapPost("/{source}/refresh", Refresh)
            .WithName("RefreshList")
            .WithSummary("Fetch a list from its publisher now")
            .WithDescription(
                "Downloads the list from its configured URL (the publisher's, a mirror's, or Vigil:Refresh:Urls) with the timeouts, retries " +
                "and conditional requests of the scheduled refresh, parses and checks it, and stores it. Outcomes: `applied` (in service " +
                "when the answer comes), `unchanged`, `notModified`, `held` (202, needs review); a failed download is a 502 naming the " +
                "file and the reason, and the current version stays.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return v1;
    }

    internal static async Task<Results<Ok<ListUpdateDto>, Accepted<ListUpdateDto>, ProblemHttpResult>> Import(
        string source,
        [FromQuery] string? fileName,
        [FromQuery] bool? force,
        HttpContext context,
        ScreeningState state,
        ServerRefresh refresh,
        IOptions<ServerOptions> options,
        ILogger<ServerRefresh> logger)
    {
        var cancellationToken = context.RequestAborted;
        if (!ListsApi.IsKnown(source))
        {
            return ListsApi.UnknownSource(source);
        }

        if (state.Current is null)
        {
            return ApiProblems.ListsLoading(context);
        }

        if (ListCatalog.Default.Find(source) is not { } reader || await refresh.ImporterAsync(cancellationToken).ConfigureAwait(false) is not { } importer)
        {
            return ApiProblems.StoreUnavailable();
        }

        var key = KeyId(context);
        ListUpload upload;
        try
        {
            upload = await ListUpload.ReceiveAsync(context.Request.Body, context.Request.ContentType, source, fileName, options.Value.MaxImportBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (ListUploadException ex)
        {
            return Refused(logger, source, key, ex.StatusCode, ex.Message);
        }

        using (upload)
        {
            if (!reader.CanLoad(upload.Folder))
            {
                return Refused(logger, source, key, StatusCodes.Status400BadRequest, $"{string.Join(", ", upload.Files)} is not a list of {source} in a format Vigil reads; name the file with fileName, or send the list's files as a ZIP archive.");
            }

            ListSnapshot snapshot;
            try
            {
                snapshot = await Task.Run(() => reader.Load(upload.Folder, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            catch (ListFormatException ex)
            {
                return Refused(logger, source, key, StatusCodes.Status400BadRequest, $"{Path.GetFileName(ex.File)}: {ex.Location}: {ex.Problem}");
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
            {
                return Refused(logger, source, key, StatusCodes.Status400BadRequest, upload.Redact(ex.Message));
            }

            if (snapshot.Entities.IsDefaultOrEmpty)
            {
                return Refused(logger, source, key, StatusCodes.Status400BadRequest, $"{string.Join(", ", upload.Files)} holds no entities; an empty list is never imported.");
            }

            snapshot = snapshot with { Origin = $"API import by key {key}: {string.Join(", ", upload.Files)}" };
            var current = await importer.Store.GetCurrentVersionAsync(source, cancellationToken).ConfigureAwait(false);
            var hold = force == true ? null : EntityCountCheck.HoldReason(current, snapshot.Entities.Length, refresh.Schedule.MaxEntityDropShare);
            var result = hold is null
                ? await importer.ImportAsync(snapshot, cancellationToken).ConfigureAwait(false)
                : await importer.HoldAsync(snapshot, hold, cancellationToken).ConfigureAwait(false);
            await refresh.StatusChangedAsync(cancellationToken).ConfigureAwait(false);

            var v = result.Version;
            var (outcome, message) = result.Outcome switch
            {
                ImportOutcome.Applied => ("applied", $"applied version {v.Number} ({v.EntityCount} entities, {v.Changes})"),
                ImportOutcome.Held => ("held", $"needs review: version {v.Number} held, {v.Note}; send it again with force=true to apply it"),
                _ => ("unchanged", $"identical to version {v.Number}; nothing imported"),
            };
            ServerLog.ListImported(logger, source, key, outcome, message);
            if (result.Outcome == ImportOutcome.Held)
            {
                return TypedResults.Accepted($"/v1/lists/{source}/versions", new ListUpdateDto(source, outcome, message, current is null ? null : ListsApi.ToDto(current), ListsApi.ToDto(v)));
            }

            return TypedResults.Ok(new ListUpdateDto(source, outcome, message, ListsApi.ToDto(v), null));
        }
    }

    internal static async Task<Results<Ok<ListUpdateDto>, Accepted<ListUpdateDto>, ProblemHttpResult>> Refresh(
        string source,
        HttpContext context,
        ScreeningState state,
        ServerRefresh refresh,
        ILogger<ServerRefresh> logger)
    {
        if (!ListsApi.IsKnown(source))
        {
            return ListsApi.UnknownSource(source);
        }

        if (!refresh.HasDownload(source))
        {
            return ApiProblems.NotFound("No download for this list", $"{source} has no download; lists with one are {string.Join(", ", refresh.Options.Sources.Select(s => s.Source))}. Import it with POST /v1/lists/{source}/import.");
        }

        if (state.Current is null)
        {
            return ApiProblems.ListsLoading(context);
        }

        if (await refresh.RefreshAsync(source, context.RequestAborted).ConfigureAwait(false) is not { } result)
        {
            return ApiProblems.StoreUnavailable();
        }

        var outcome = EntityMapper.Camel(result.Outcome.ToString());
        var key = KeyId(context);
        ServerLog.ListRefreshed(logger, source, key, outcome, result.Message);
        var current = result.Current is null ? null : ListsApi.ToDto(result.Current);
        return result.Outcome switch
        {
            RefreshOutcome.Failed => TypedResults.Problem(
                statusCode: StatusCodes.Status502BadGateway,
                title: "The refresh failed",
                detail: result.Message + (result.Current is null ? "; the store has no version of it." : $"; version {result.Current.Number} stays current."),
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["source"] = source, ["outcome"] = outcome }),
            RefreshOutcome.Held => TypedResults.Accepted($"/v1/lists/{source}/versions", new ListUpdateDto(source, outcome, result.Message, current, ListsApi.ToDto(result.Held!))),
            _ => TypedResults.Ok(new ListUpdateDto(source, outcome, result.Message, current, null)),
        };
    }

    /// <summary>
    /// The request body in the OpenAPI document. Not declared with <c>Accepts</c>, which would refuse other content types
    /// with 415: <c>curl --data-binary @sdn.csv</c> sends a form content type, and the body is read by its bytes alone.
    /// </summary>
    private static Task DescribeUpload(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var body = new OpenApiRequestBody
        {
            Required = true,
            Description = "The list file, or a ZIP archive of the list's files. The content type matters only for a ZIP archive.",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal),
        };
        foreach (var type in UploadTypes)
        {
            body.Content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
        }

        operation.RequestBody = body;
        return Task.CompletedTask;
    }

    private static string KeyId(HttpContext context) => context.User.FindFirst(ApiKeyDefaults.KeyIdClaim)?.Value ?? "?";

    private static ProblemHttpResult Refused(ILogger logger, string source, string key, int status, string reason)
    {
        ServerLog.ListImportRefused(logger, source, key, reason);
        return TypedResults.Problem(
            statusCode: status,
            title: status == StatusCodes.Status413PayloadTooLarge ? "The list file is too large" : "The list file was not imported",
            detail: reason.TrimEnd('.') + ". Nothing was stored; the current version stays.");
    }
}
