using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Server.Lists;
using Vigil.Server.Screening;
using Vigil.Storage.History;

namespace Vigil.Server.Entities;

/// <summary><c>GET /v1/entities/{id}</c>: one entity's full record.</summary>
internal static class EntitiesApi
{
    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/entities/{id}", GetEntity)
            .WithName("GetEntity")
            .WithTags("Entities")
            .WithSummary("One entity's full record")
            .WithDescription("The entity as loaded (names, dates, places, countries, addresses, identifiers, programs, remarks, the raw source record), its published links resolved to the linked entities, the entities linking to it, and, when the list store holds it, its history across list versions (null otherwise). Ids look like `ofac-sdn:30421`.");
        return v1;
    }

    internal static async Task<Results<Ok<EntityDocument>, ProblemHttpResult>> GetEntity(
        string id,
        HttpContext context,
        ScreeningState state,
        StoreAccess storeAccess,
        CancellationToken cancellationToken)
    {
        if (state.Current is not { } loaded)
        {
            return ApiProblems.ListsLoading(context);
        }

        if (loaded.Lists.Screener.Find(id) is not { } entity)
        {
            return ApiProblems.NotFound("No such entity", "No loaded list holds an entity with this id. Ids look like 'ofac-sdn:30421'.");
        }

        EntityHistory? history = null;
        if (await storeAccess.GetAsync(cancellationToken).ConfigureAwait(false) is { } store)
        {
            history = await new EntityHistoryReader(store).GetAsync(entity.Id, cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Ok(EntityMapper.ToDocument(entity, loaded, history));
    }
}
