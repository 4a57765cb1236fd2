using Vigil.Model;

namespace Vigil.Storage.Store;

/// <summary>An entity in its stored form: id, schema, body hash and JSON body.</summary>
internal readonly record struct EncodedEntity(string Id, Schema Schema, string Hash, string Body);
