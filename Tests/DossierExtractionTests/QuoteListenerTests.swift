import Testing
import DossierModel
@testable import DossierExtraction

/// Names beside a quote that are not its speaker: the one spoken to ("told Mawtani") and the owner of
/// the speaker's role ("Bonet's manager Jillian Neal"). Sentences from FNC-1 and Reuters-21578.
@Suite struct QuoteListenerTests {
    static func speakers(_ text: String) -> [String?] {
        let a = CorpusTypeDecisionTests.extract([text])
        return a.quotes.filter { $0.cue != nil }.map { q in q.speaker.map { a.entities[$0].name } }
    }

    @Test func theOneToldIsNotTheSpeaker() {
        let s = Self.speakers(
            "Some of them were killed, ministry spokesman Maj. Gen. Mohammed al-Askari told Mawtani. "
                + "\"Abu Hajar is considered a key leader in the group,\" the spokesman said.\n\n"
                + "\"I assure you my son lacks the magical powers,\" the boy's father told NYDN.\n")
        #expect(s == ["Mohammed al-Askari", nil])
    }

    @Test func theOwnerOfARoleIsNotTheSpeaker() {
        let s = Self.speakers(
            "Lisa Bonet is not on Twitter. \"I can assure you that is not her account,\" Bonet's manager Jillian Neal told The Wrap.\n")
        #expect(s == ["Jillian Neal"])
    }

    @Test func aSpokesmanSpeaksForTheOneWhoHasHim() {
        let s = Self.speakers(
            "Duncan Hunter is not backing off. \"The Congressman was conveying what he knows,\" Hunter's spokesperson told The Huffington Post.\n")
        #expect(s == ["Duncan Hunter"])
    }
}

/// A role noun capitalised only because it starts the sentence is not part of the name after it.
@Suite struct SentenceInitialRoleTests {
    @Test func analystAtASentenceStartIsNoName() {
        let a = CorpusTypeDecisionTests.extract([
            "    NEW YORK, March 5 - Shares of Polaroid rose.\n"
                + "    Analyst Tony Hine said the nature of the business is changing.\n"
                + "    \"It's sort of a sausage maker business,\" Hine said.\n"
        ])
        let names = Set(a.entities.map(\.name))
        #expect(names.contains("Tony Hine"))
        #expect(!names.contains { $0.hasPrefix("Analyst") })
        #expect(a.quotes.first?.speaker.map { a.entities[$0].name } == "Tony Hine")
    }
}

/// "the department said": the organisation named last whose name ends with the noun (Reuters-21578).
@Suite struct OrganisationNounTests {
    @Test func theDepartmentIsTheOneWhoseNameEndsSo() {
        let a = CorpusTypeDecisionTests.extract([
            "    WASHINGTON, June 18 - The State Department said its embassy in Beirut had learned that Glass was "
                + "kidnapped on the Awaz'i Road near Beirut International Airport.\n"
                + "    \"We know of no claims of responsibility,\" the department said.\n"
        ])
        #expect(a.quotes.first?.speaker.map { a.entities[$0].name } == "State Department")
    }
}
