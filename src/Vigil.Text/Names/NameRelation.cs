namespace Vigil.Text.Names;

/// <summary>How two tokens' name classes relate (<see cref="NameVariants.Relation"/>).</summary>
public enum NameRelation : byte
{
    /// <summary>No class in common.</summary>
    None,

    /// <summary>Forms of one name in one language, spelt, romanised or shortened otherwise (or the name as English writes it).</summary>
    OneForm,

    /// <summary>Forms of one name in two languages only: the name translated ("hans", "ivan").</summary>
    Translated,
}
