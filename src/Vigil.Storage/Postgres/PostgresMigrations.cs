using Vigil.Storage.Store;

namespace Vigil.Storage.Postgres;

/// <summary>The store schema in PostgreSQL's dialect; the same tables and columns as <c>SqliteMigrations</c>.</summary>
internal static class PostgresMigrations
{
    public const string MigrationsTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     integer PRIMARY KEY,
            description text        NOT NULL,
            applied_at  timestamptz NOT NULL
        )
        """;

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "list versions, entity bodies, source status", """
            CREATE TABLE list_versions (
                id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                source         text        NOT NULL,
                number         integer     NOT NULL,
                state          text        NOT NULL,
                title          text        NOT NULL,
                origin         text        NOT NULL,
                content_hash   text        NOT NULL,
                published_at   timestamptz,
                fetched_at     timestamptz NOT NULL,
                applied_at     timestamptz,
                entity_count   integer     NOT NULL,
                schema_counts  text        NOT NULL,
                previous_id    bigint REFERENCES list_versions (id),
                added_count    integer     NOT NULL,
                removed_count  integer     NOT NULL,
                changed_count  integer     NOT NULL,
                note           text,
                UNIQUE (source, number)
            );
            CREATE INDEX ix_list_versions_source_state ON list_versions (source, state, number);
            CREATE TABLE entity_bodies (
                hash text PRIMARY KEY,
                body text NOT NULL
            );
            CREATE TABLE version_entities (
                version_id bigint NOT NULL REFERENCES list_versions (id),
                entity_id  text   NOT NULL,
                schema     text   NOT NULL,
                hash       text   NOT NULL REFERENCES entity_bodies (hash),
                PRIMARY KEY (version_id, entity_id)
            );
            CREATE INDEX ix_version_entities_entity ON version_entities (entity_id, version_id);
            CREATE TABLE source_status (
                source               text PRIMARY KEY,
                last_attempt_at      timestamptz,
                last_outcome         text,
                last_message         text,
                last_success_at      timestamptz,
                last_failure_at      timestamptz,
                last_failure_reason  text,
                consecutive_failures integer NOT NULL DEFAULT 0,
                held_version_id      bigint REFERENCES list_versions (id)
            );
            CREATE TABLE http_validators (
                source        text NOT NULL,
                url           text NOT NULL,
                etag          text,
                last_modified text,
                PRIMARY KEY (source, url)
            )
            """),
    ];
}
