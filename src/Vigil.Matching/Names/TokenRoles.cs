namespace Vigil.Matching.Names;

/// <summary>
/// What a token is within its own name, beyond its <see cref="TokenKind"/>; looked up once at preparation so that
/// scoring only tests bits.
/// </summary>
[Flags]
internal enum TokenRoles : ushort
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>
    /// A name of the father or an ancestor: a Slavic patronymic ("Viktorovich", "Oleksandrovych") or an Arabic nasab
    /// element after bin/ibn that is not the family name ("Usama bin Muhammad ibn Awad ibn Ladin"). Lists give them,
    /// customers and news mostly leave them out, so their absence says little.
    /// </summary>
    Ancestry = 1,

    /// <summary>The same token occurs elsewhere in the name ("ABDUL AZIZ Aziz NOORISTANI"); one occurrence is enough.</summary>
    Repeated = 2,

    /// <summary>
    /// A place where an organisation trades or is registered ("Dubai", "Hong Kong", "Europe"): generic, so it makes no
    /// match alone, but left out it marks no sister company as a sector word does ("Faberlic" is "FABERLIC EUROPE").
    /// </summary>
    Place = 4,

    /// <summary>
    /// A word of the family name the list gives apart from the given names (OFAC's last name, the UN list's last
    /// part): two given names alone ("Juan Jose", "Maria Jose") are many people's, not the listed person's.
    /// </summary>
    Family = 8,

    /// <summary>
    /// A generic word that says what kind of body an organisation is ("association", "movement"), in a name with a word
    /// of its own: left out, it marks no sister body, as a place does not ("Al-Qard Al-Hassan" is "AL-QARD AL-HASSAN
    /// ASSOCIATION").
    /// </summary>
    Body = 16,

    /// <summary>
    /// A word of the purpose a body names after "for" ("HOLY LAND FOUNDATION FOR RELIEF AND DEVELOPMENT"). The press
    /// writes "Holy Land Foundation": a purpose left out whole marks no sister body, so its generic words left out then
    /// count as places do. Left out in part ("Committee for Space" against "KOREAN COMMITTEE FOR SPACE TECHNOLOGY"), they
    /// count as generic words do.
    /// </summary>
    Purpose = 32,

    /// <summary>
    /// The one word of a listed name that spells the initials of another of the same party's names ("PASK" beside "PARS
    /// AMAYESH SANAAT KISH", "AMIG" beside "AMMUNITION AND METALLURGY INDUSTRIES GROUP"): its letters stand for words,
    /// so only the same letters are the same acronym. Marked once the party's names are known (<see cref="NameRoles.MarkAcronyms"/>).
    /// </summary>
    Acronym = 64,

    /// <summary>
    /// A query's word that some listed name holds as written ("Rivera", "Park", "Saleh"): a customer's name spelt as
    /// the lists spell another's, not a misspelling. Marked on queries only (<c>Screener.PrepareQuery</c>).
    /// </summary>
    ListedWord = 128,

    /// <summary>
    /// A query's listed word that some listed party also spells otherwise, alike in sound, among its own names ("QAEDA"
    /// beside "QAIDA", "HEZBOLLAH" beside "HIZBALLAH"): a word with listed spellings, any of which may be the one meant.
    /// Marked on queries only, with <see cref="ListedWord"/>.
    /// </summary>
    ListedSpellings = 256,

    /// <summary>
    /// The first part of a person's given name written in two short parts joined by a hyphen ("Heung-min",
    /// "Young-Chol", "Jean-Paul"), the next token being the second: one name, of which half is another name ("Min",
    /// "Paul"). Marked at preparation (<c>NamePreparer</c>).
    /// </summary>
    JoinedToNext = 512,

    /// <summary>The roles of a generic word whose absence from the other name marks no sister company.</summary>
    NoSister = Place | Body,
}
