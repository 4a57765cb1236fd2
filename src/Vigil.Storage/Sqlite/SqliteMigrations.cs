using Vigil.Storage.Store;

namespace Vigil.Storage.Sqlite;

/// <summary>The store schema in SQLite's dialect; the same tables and columns as <c>PostgresMigrations</c>.</summary>
internal static class SqliteMigrations
{
    public const string MigrationsTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at  TEXT NOT NULL
        )
        """;

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "list versions, entity bodies, source status", """
            CREATE TABLE list_versions (
                id             INTEGER PRIMARY KEY,
                source         TEXT    NOT NULL,
                number         INTEGER NOT NULL,
                state          TEXT    NOT NULL,
                title          TEXT    NOT NULL,
                origin         TEXT    NOT NULL,
                content_hash   TEXT    NOT NULL,
                published_at   TEXT,
                fetched_at     TEXT    NOT NULL,
                applied_at     TEXT,
                entity_count   INTEGER NOT NULL,
                schema_counts  TEXT    NOT NULL,
                previous_id    INTEGER REFERENCES list_versions (id),
                added_count    INTEGER NOT NULL,
                removed_count  INTEGER NOT NULL,
                changed_count  INTEGER NOT NULL,
                note           TEXT,
                UNIQUE (source, number)
            );
            CREATE INDEX ix_list_versions_source_state ON list_versions (source, state, number);
            CREATE TABLE entity_bodies (
                hash TEXT PRIMARY KEY,
                body TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE version_entities (
                version_id INTEGER NOT NULL REFERENCES list_versions (id),
                entity_id  TEXT    NOT NULL,
                schema     TEXT    NOT NULL,
                hash       TEXT    NOT NULL REFERENCES entity_bodies (hash),
                PRIMARY KEY (version_id, entity_id)
            ) WITHOUT ROWID;
            CREATE INDEX ix_version_entities_entity ON version_entities (entity_id, version_id);
            CREATE TABLE source_status (
                source               TEXT PRIMARY KEY,
                last_attempt_at      TEXT,
                last_outcome         TEXT,
                last_message         TEXT,
                last_success_at      TEXT,
                last_failure_at      TEXT,
                last_failure_reason  TEXT,
                consecutive_failures INTEGER NOT NULL DEFAULT 0,
                held_version_id      INTEGER REFERENCES list_versions (id)
            );
            CREATE TABLE http_validators (
                source        TEXT NOT NULL,
                url           TEXT NOT NULL,
                etag          TEXT,
                last_modified TEXT,
                PRIMARY KEY (source, url)
            )
            """),
    ];
}
