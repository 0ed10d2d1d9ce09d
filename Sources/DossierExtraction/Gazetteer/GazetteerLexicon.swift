import DossierModel

/// Word lists for the rules: reporting verbs, months, weekdays, numbers, approximations, stop words.
enum ExtractionLexicon {
    /// Verbs (inflected) that attribute speech or writing.
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "noted", "notes", "asserted", "asserts", "warned", "warns", "added",
        "adds", "stated", "states", "declared", "declares", "explained", "explains", "claimed", "claims", "insisted",
        "insists", "argued", "argues", "wrote", "writes", "announced", "announces", "stressed", "stresses",
        "emphasized", "emphasised", "emphasizes", "acknowledged", "acknowledges", "admitted", "admits", "replied",
        "replies", "responded", "responds", "remarked", "remarks", "observed", "observes", "commented", "comments",
        "continued", "continues", "concluded", "concludes", "urged", "urges", "asked", "asks", "recalled", "recalls",
        "posted", "tweeted", "predicted", "predicts", "promised", "promises", "vowed", "vows", "conceded", "concedes",
        "suggested", "suggests", "cautioned", "cautions", "confirmed", "confirms", "denied", "denies", "reported",
        "reports", "indicated", "indicates", "described", "describes", "called", "calls", "pledged", "pledges",
        "maintained", "maintains", "contended", "contends", "agreed", "agrees", "complained", "complains",
        "demanded", "demands", "shouted", "whispered", "testified", "testifies", "boasted", "joked", "mused",
        "disagreed", "disagrees", "countered", "counters", "objected", "retorted", "protested", "interjected", "quipped",
        "exclaimed", "answered", "answers", "snapped", "yelled", "cried", "lamented", "laments", "conceded", "charged",
        "alleged", "alleges", "recounted", "recounts", "assured", "reiterated", "reiterates", "underscored", "wondered",
    ]

    static let months: [String: Int] = [
        "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
        "September": 9, "October": 10, "November": 11, "December": 12, "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4,
        "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
    ]

    static let weekdays: [String: Int] = [
        "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
    ]

    /// Holidays and named periods: capitalised but not entities.
    static let holidays: Set<String> = [
        "Celsius", "Fahrenheit", "Kelvin", "Richter", "Covid", "COVID", "COVID-19", "Internet", "GDP", "CEO", "AM", "PM",
        "AI", "IPO", "ETF", "EV", "EVs", "PhD", "TV", "DNA", "HIV", "AIDS", "GPS", "UFO", "VPN", "ATM", "CFO", "COO", "CPI",
        "OK", "FAQ", "PDF", "USB", "LED", "SUV", "SUVs", "MRI", "ICU", "RSVP", "LGBTQ", "LGBT", "VIP", "Q1", "Q2", "Q3", "Q4",
        "Ramadan", "Eid", "Christmas", "Easter", "Passover", "Hanukkah", "Yom", "Kippur", "Rosh", "Hashanah",
        "Thanksgiving", "Diwali", "Lent", "Advent", "Halloween", "Sukkot", "Purim", "Shabbat", "Sabbath", "Nowruz",
    ]

    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 12,
        "hundreds": 100, "thousands": 1000,
    ]

    /// Fraction words used with "a"/"one": "a quarter of", "a third".
    static let fractions: [String: Double] = [
        "half": 0.5, "third": 1.0 / 3.0, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1, "thirds": 2.0 / 3.0,
        "quarters": 0.75,
    ]

    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    ]

    /// Approximation phrases before a number, longest first when matching.
    static let approximations: [[String]] = [
        ["well", "above"], ["well", "over"], ["well", "below"], ["well", "under"], ["more", "than"], ["less", "than"],
        ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"], ["close", "to"], ["upwards", "of"],
        ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"], ["just", "over"], ["just", "under"],
        ["an", "estimated"], ["nearly"], ["almost"], ["about"], ["around"], ["roughly"], ["approximately"],
        ["over"], ["above"], ["below"], ["under"], ["some"], ["exceeding"], ["only"], ["just"], ["estimated"],
    ]

    /// Words that cannot start or continue a name when capitalised at a sentence start.
    static let functionWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "in", "on", "at", "by", "for", "from", "to", "of", "with",
        "without", "as", "and", "or", "but", "nor", "so", "yet", "if", "while", "when", "where", "after", "before",
        "since", "until", "during", "amid", "amidst", "despite", "although", "though", "because", "however",
        "meanwhile", "additionally", "moreover", "furthermore", "nonetheless", "nevertheless", "concurrently",
        "following", "according", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
        "my", "your", "there", "here", "what", "which", "who", "whom", "whose", "why", "how", "all", "some", "many",
        "most", "more", "much", "no", "not", "none", "each", "every", "both", "either", "neither", "other", "another",
        "such", "also", "still", "even", "just", "only", "then", "now", "today", "yesterday", "tomorrow", "once",
        "already", "again", "instead", "thus", "therefore", "indeed", "perhaps", "about", "against", "among",
        "between", "into", "over", "under", "through", "within", "across", "around", "toward", "towards", "upon",
        "via", "per", "unlike", "like", "with", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do",
        "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "last", "next",
        "first", "second", "third", "one", "two", "three", "several", "few", "new", "earlier", "later", "recently",
        "currently", "previously", "separately", "overall", "finally", "initially", "ultimately", "still",
    ]

    /// Lowercase nouns after a single capitalised word that mark it an organisation ("Likud party").
    static let organizationNouns: Set<String> = [
        "party", "group", "movement", "militia", "militants", "faction", "organization", "organisation", "agency",
        "ministry", "company", "firm", "corporation", "bank", "network", "newspaper", "outlet", "union", "council",
        "committee", "coalition", "alliance", "army", "forces", "government", "administration", "spokesman",
        "spokesperson", "spokeswoman", "officials", "leaders", "leader", "fighters", "members", "commander",
        "shares", "stock", "brand", "team", "club", "university",
    ]

    /// Corporate suffixes that may follow an organisation's name ("Microsoft Corp.").
    static let corporateSuffixes: Set<String> = [
        "Corp.", "Corp", "Corporation", "Inc.", "Inc", "Ltd", "Ltd.", "Co.", "Co", "Cos", "LLC", "PLC", "Plc", "plc", "AG", "SA", "GmbH", "Group",
        "Holdings", "N.V.", "S.A.",
    ]

    /// Capitalised last words that make a span a place.
    static let placeHeads: Set<String> = [
        "Peninsula", "Island", "Islands", "Mountains", "Mountain", "Mount", "River", "Sea", "Ocean", "Valley", "Desert",
        "Lake", "Bay", "Coast", "Province", "County", "Region", "Strait", "Gulf", "Canal", "Highlands", "Plateau", "Basin",
        "Heights", "Hills", "Square", "Street", "Avenue", "Park", "Airport", "Port", "Harbor", "Harbour", "Bridge",
        "Crossing", "District", "Governorate", "Oblast", "Prefecture", "Territory", "Territories", "Corridor", "Camp",
        "Beach", "Forest", "Falls", "Glacier", "Delta", "Archipelago", "Cape", "City", "Village", "Town", "Station",
    ]

    /// Words in a sentence before a weekday that make it future ("will meet on Monday").
    static let futureCues: Set<String> = [
        "will", "would", "could", "shall", "expected", "scheduled", "plans", "planned", "set", "due", "going", "next",
        "upcoming", "may", "might", "'ll", "intends", "hopes", "aims",
    ]

    /// Capitalised last words that make a span an organisation.
    static let organizationHeads: Set<String> = [
        "Party", "Council", "Ministry", "Forces", "Force", "Army", "Navy", "Service", "Services", "Agency", "Authority",
        "Bank", "Fund", "Organization", "Organisation", "Association", "Union", "Commission", "Committee",
        "Department", "Office", "Bureau", "Institute", "University", "College", "School", "Foundation", "Corporation",
        "Corp.", "Corp", "Inc.", "Inc", "Ltd", "Ltd.", "Company", "Co.", "Group", "Holdings", "Airlines", "Times",
        "Post", "Sun", "Journal", "Herald", "Tribune", "Guardian", "Telegraph", "Gazette", "News", "Press",
        "Chronicle", "Observer", "Network", "Court", "Parliament", "Assembly", "Congress", "Senate", "Guard",
        "Guards", "Brigades", "Brigade", "Movement", "Front", "Coalition", "Alliance", "League", "Federation",
        "Police", "Directorate", "Club", "Center", "Centre", "Hospital", "Church", "Mission", "Board",
        "Reserve", "Exchange", "Media", "Broadcasting", "Television", "Radio", "Magazine", "Review",
        "Securities", "Capital", "Partners", "Investments", "Ventures", "Technologies", "Technology", "Systems", "Labs",
        "Motors", "Pharmaceuticals", "Energy", "Airways", "Communications", "Entertainment", "Studios", "Records",
        "Bancorp", "Financial", "Insurance", "Logistics", "Industries", "Enterprises", "LLC", "PLC", "plc", "AG", "SA",
        "GmbH", "Ministries", "Institution", "Trust", "Society", "Academy", "Laboratory", "Clinic",
    ]
}
