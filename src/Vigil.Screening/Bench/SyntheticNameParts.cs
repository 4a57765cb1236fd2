namespace Vigil.Screening.Bench;

/// <summary>
/// Generic name parts the synthetic customer file is made from. Data, not logic, kept in one place so the mix can
/// be changed without touching the generator. (A data file would need a build-item change outside this folder;
/// the lists are small and stable, so they live here.) Common names from many regions, so the synthetic file
/// exercises the index the way a real, international customer base does, including names that share tokens with
/// listed parties.
/// </summary>
internal static class SyntheticNameParts
{
    public static readonly string[] GivenNames =
    [
        "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth",
        "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
        "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Margaret", "Paul", "Sandra",
        "Andrew", "Emily", "Joshua", "Michelle", "Kenneth", "Laura", "Kevin", "Kimberly", "Brian", "Deborah",
        "José", "María", "Juan", "Ana", "Luis", "Carmen", "Carlos", "Lucía", "Jorge", "Sofía",
        "Miguel", "Isabel", "Pedro", "Elena", "Alejandro", "Paula", "Fernando", "Marta", "Ricardo", "Beatriz",
        "Jean", "Marie", "Pierre", "Sophie", "François", "Camille", "Louis", "Chloé", "Nicolas", "Léa",
        "Hans", "Anna", "Jürgen", "Ursula", "Stefan", "Katrin", "Klaus", "Monika", "Wolfgang", "Petra",
        "Giuseppe", "Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Valentina", "Matteo", "Federica",
        "Ivan", "Olga", "Sergei", "Tatiana", "Dmitri", "Natalia", "Alexei", "Svetlana", "Andrei", "Irina",
        "Mohamed", "Fatima", "Ahmed", "Aisha", "Ali", "Maryam", "Omar", "Zainab", "Hassan", "Layla",
        "Wei", "Li", "Jun", "Mei", "Hiroshi", "Yuki", "Takeshi", "Aiko", "Min-jun", "Seo-yeon",
        "Rahul", "Priya", "Arjun", "Ananya", "Vikram", "Deepa", "Sanjay", "Kavita", "Amit", "Neha",
        "Kwame", "Amara", "Chinedu", "Ngozi", "Tunde", "Folake", "Sipho", "Thandiwe", "Kofi", "Abena",
        "Lars", "Ingrid", "Sven", "Astrid", "Jan", "Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Ewa",
    ];

    public static readonly string[] FamilyNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
        "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker",
        "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
        "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutiérrez", "Chávez",
        "Dubois", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel", "Fontaine", "Rousseau", "Blanc", "Girard",
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
        "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Petrov", "Sokolov", "Mikhailov", "Novikov", "Fedorov",
        "Hassan", "Hussein", "Abdullah", "Rahman", "Khalil", "Haddad", "Nasser", "Saleh", "Mansour", "Farouk",
        "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
        "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Kim", "Lee", "Park", "Choi", "Jung",
        "Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Mehta", "Nair", "Rao",
        "Okafor", "Mensah", "Adeyemi", "Nkosi", "Diallo", "Traoré", "Mwangi", "Otieno", "Boateng", "Eze",
        "Johansson", "Andersson", "Nilsson", "Larsen", "Hansen", "Nowak", "Kowalski", "Wiśniewski", "Novák", "Horváth",
        "O'Brien", "MacDonald", "Van der Berg", "De Jong", "Da Silva", "Dos Santos", "Ben Ali", "Al-Amin", "Le Roux", "Del Toro",
    ];

    public static readonly string[] CompanyWords =
    [
        "Global", "International", "Trading", "Logistics", "Holdings", "Capital", "Partners", "Solutions", "Systems", "Technologies",
        "Industries", "Services", "Group", "Consulting", "Energy", "Marine", "Shipping", "Foods", "Textiles", "Metals",
        "Pharma", "Medical", "Software", "Networks", "Engineering", "Construction", "Development", "Investments", "Ventures", "Resources",
        "Northbridge", "Silverline", "Bluewater", "Redwood", "Sunrise", "Evergreen", "Ironclad", "Brightpath", "Clearview", "Stonegate",
        "Harbor", "Summit", "Pioneer", "Atlas", "Meridian", "Horizon", "Keystone", "Crescent", "Falcon", "Orion",
        "Alpine", "Coastal", "Prairie", "Delta", "Vertex", "Quantum", "Nimbus", "Vanguard", "Sterling", "Beacon",
        "Agro", "Auto", "Electro", "Petro", "Aero", "Bio", "Eco", "Info", "Tele", "Trans",
    ];

    public static readonly string[] LegalForms =
    [
        "Ltd", "Limited", "LLC", "Inc", "Corp", "GmbH", "AG", "S.A.", "SAS", "SRL", "B.V.", "PLC", "Pty Ltd", "Co., Ltd.", "JSC", "S.A. de C.V.", "C.A.", "OOO",
    ];

    public static readonly string[] Countries =
    [
        "US", "GB", "DE", "FR", "ES", "IT", "NL", "CH", "MX", "BR", "CO", "VE", "AR", "CN", "JP", "KR", "IN", "AE", "TR", "RU", "UA", "NG", "ZA", "KE", "EG", "SG", "HK", "AU", "CA", "PL",
    ];

    /// <summary>
    /// Spelling pairs that different romanisations of the same name produce (Arabic, Cyrillic, Persian and Chinese
    /// sources romanised by different conventions); either side may replace the other.
    /// </summary>
    public static readonly (string From, string To)[] Romanisations =
    [
        ("kh", "h"), ("ou", "u"), ("y", "i"), ("iy", "y"), ("sh", "ch"), ("j", "dj"), ("ph", "f"), ("w", "v"), ("ck", "k"),
        ("ei", "ey"), ("aa", "a"), ("ee", "i"), ("oo", "u"), ("q", "k"), ("dh", "d"), ("th", "t"), ("x", "ks"), ("ts", "tz"),
        ("yu", "iu"), ("ya", "ia"), ("ov", "off"), ("zh", "j"), ("ch", "tch"), ("gh", "g"), ("ai", "ay"),
        ("mohammed", "muhammad"), ("mohammad", "muhammad"), ("abdul", "abd al"), ("al-", "el-"), ("hussein", "husayn"),
    ];
}
