import DossierModel

/// Titles and offices. Capitalised title words head a title phrase before a name ("Prime Minister
/// Benjamin Netanyahu"); lowercase role nouns head a role phrase ("Hamas leader Yahya Sinwar",
/// "a spokesman for Hamas").
enum GazetteerTitles {
    /// Capitalised words that end a title phrase inside a capitalised span.
    static let titleWords: Set<String> = [
        "Minister", "President", "Vice", "Secretary", "Director", "Chief", "Spokesman", "Spokeswoman", "Spokesperson",
        "Leader", "Commander", "General", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Adm.", "Admiral", "Colonel", "Major",
        "Captain", "Sergeant", "Ambassador", "Envoy", "Senator", "Sen.", "Representative", "Rep.", "Congressman",
        "Congresswoman", "Governor", "Gov.", "Mayor", "Chairman", "Chairwoman", "Chair", "Chancellor", "King", "Queen",
        "Prince", "Princess", "Emir", "Sheikh", "Sultan", "Pope", "Ayatollah", "Imam", "Rabbi", "Bishop", "Cardinal",
        "Archbishop", "Judge", "Justice", "Attorney", "Prosecutor", "Speaker", "Premier", "CEO", "CFO", "COO", "Founder",
        "Dr.", "Mr.", "Mrs.", "Ms.", "Miss", "Sir", "Dame", "Lord", "Lady", "Professor", "Prof.", "Coach",
        "Commissioner", "Administrator", "Adviser", "Advisor", "Coordinator", "Head", "Officer", "Chairperson",
        "Deputy", "Undersecretary", "Lieutenant", "Marshal", "Sheriff", "Inspector", "Superintendent", "Councilman",
        "Councilwoman", "Councillor", "Lawmaker", "MP", "Delegate", "Treasurer", "Comptroller", "Editor", "Anchor",
        "Executive",
    ]

    /// Title words that may be followed by "of X" inside the title ("Secretary of State").
    static let takesOf: Set<String> = [
        "Minister", "Secretary", "Director", "Chief", "Head", "Chairman", "Chancellor", "Commissioner", "Governor",
        "Speaker", "Leader", "Commander", "President", "Undersecretary",
    ]

    /// Honorifics that are not roles.
    static let honorifics: Set<String> = ["Mr.", "Mrs.", "Ms.", "Miss", "Sir", "Dame", "Dr.", "Lord", "Lady"]

    /// Lowercase nouns that head a role phrase.
    static let roleNouns: Set<String> = [
        "minister", "president", "secretary", "director", "chief", "spokesman", "spokeswoman", "spokesperson",
        "leader", "commander", "general", "ambassador", "envoy", "senator", "governor", "mayor", "chairman",
        "chairwoman", "chair", "chancellor", "king", "queen", "prince", "judge", "prosecutor", "speaker", "premier",
        "ceo", "founder", "professor", "adviser", "advisor", "head", "officer", "official", "negotiator", "diplomat",
        "analyst", "economist", "lawyer", "attorney", "correspondent", "editor", "reporter", "researcher", "scientist",
        "executive", "manager", "president-elect", "deputy", "coordinator", "commissioner", "administrator", "strategist",
        "representative", "lawmaker", "legislator", "congressman", "congresswoman", "candidate", "nominee", "founder",
        "owner", "partner", "investor", "chairperson", "treasurer", "governor-elect", "mediator", "militant",
        "activist", "organizer", "coach", "captain", "striker", "player", "author", "historian", "expert", "fellow",
    ]
}
