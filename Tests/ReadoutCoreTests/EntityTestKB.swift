@testable import ReadoutCore

/// A small knowledge base written for the entity tests.
enum EntityTestKB {
    static let kb = KnowledgeBase(entries: [
        KBEntry(id: "country:USA", name: "United States", kind: .country, actorCode: "USA", country: "USA",
                aliases: ["US", "U.S.", "USA", "United States of America"], demonyms: ["American", "Americans"]),
        KBEntry(id: "country:RUS", name: "Russia", kind: .country, actorCode: "RUS", country: "RUS",
                aliases: ["Russian Federation"], demonyms: ["Russian", "Russians"]),
        KBEntry(id: "country:UKR", name: "Ukraine", kind: .country, actorCode: "UKR", country: "UKR",
                demonyms: ["Ukrainian", "Ukrainians"]),
        KBEntry(id: "country:CHE", name: "Switzerland", kind: .country, actorCode: "CHE", country: "CHE", demonyms: ["Swiss"]),
        KBEntry(id: "place:moscow", name: "Moscow", kind: .place, country: "RUS", metonymFor: "RUSGOV"),
        KBEntry(id: "place:washington", name: "Washington", kind: .place, country: "USA", metonymFor: "USAGOV"),
        KBEntry(id: "place:kyiv", name: "Kyiv", kind: .place, country: "UKR", aliases: ["Kiev"], metonymFor: "UKRGOV"),
        KBEntry(id: "seat:kremlin", name: "the Kremlin", kind: .organization, country: "RUS", aliases: ["Kremlin"],
                metonymFor: "RUSGOV"),
        KBEntry(id: "place:geneva", name: "Geneva", kind: .place, country: "CHE"),
        KBEntry(id: "org:NATO", name: "NATO", kind: .organization, actorCode: "NATO",
                aliases: ["North Atlantic Treaty Organization"],
                descriptions: ["the alliance", "the military alliance", "the transatlantic defense organization"]),
        KBEntry(id: "person:antony-blinken", name: "Antony Blinken", kind: .person, country: "USA",
                roles: [KBRole(title: "Secretary of State", country: "USA", actorCode: "USAGOV", from: "2021-01-26")]),
        KBEntry(id: "person:mike-pompeo", name: "Mike Pompeo", kind: .person, country: "USA",
                roles: [KBRole(title: "Secretary of State", country: "USA", actorCode: "USAGOV", from: "2018-04-26", to: "2021-01-20")]),
        KBEntry(id: "person:sergei-lavrov", name: "Sergei Lavrov", kind: .person, country: "RUS",
                roles: [KBRole(title: "Foreign Minister", country: "RUS", actorCode: "RUSGOV", from: "2004-03-09")]),
        KBEntry(id: "person:vladimir-putin", name: "Vladimir Putin", kind: .person, country: "RUS",
                roles: [KBRole(title: "Prime Minister", country: "RUS", actorCode: "RUSGOV", from: "2008-05-08", to: "2012-05-07"),
                        KBRole(title: "President", country: "RUS", actorCode: "RUSGOV", from: "2012-05-07")]),
        KBEntry(id: "person:mikhail-mishustin", name: "Mikhail Mishustin", kind: .person, country: "RUS",
                roles: [KBRole(title: "Prime Minister", country: "RUS", actorCode: "RUSGOV", from: "2020-01-16")]),
        KBEntry(id: "person:joe-biden", name: "Joe Biden", kind: .person, country: "USA",
                roles: [KBRole(title: "President", country: "USA", actorCode: "USAGOV", from: "2021-01-20")]),
    ])

    static let stage = EntityStage(knowledgeBase: kb)

    /// The entity whose mentions include exactly `text`.
    static func entity(mentioning text: String, in recognition: EntityRecognition) -> Entity? {
        recognition.entities.first { $0.mentions.contains { $0.text == text } }
    }
}
