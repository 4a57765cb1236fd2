namespace Vigil.Model;

/// <summary>How a source presents a name; weak aliases count less in matching.</summary>
public enum NameKind
{
    /// <summary>The name the source lists the entity under.</summary>
    Primary = 0,

    /// <summary>A strong (good quality) alias: "a.k.a." in OFAC, "Good quality a.k.a." in UN, "Alias" in UK.</summary>
    StrongAlias = 1,

    /// <summary>A weak (low quality) alias, e.g. OFAC's single-quoted or "weak" aliases, UN "Low quality a.k.a.".</summary>
    WeakAlias = 2,

    /// <summary>A name the entity was formerly known by ("f.k.a.").</summary>
    FormerName = 3,

    /// <summary>The name written in its original, non-Latin script.</summary>
    OriginalScript = 4,
}
