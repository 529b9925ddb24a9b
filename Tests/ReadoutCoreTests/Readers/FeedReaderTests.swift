import Testing
@testable import ReadoutCore

@Suite("RSS and Atom feeds")
struct FeedReaderTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Eastern Desk &amp; Wire</title>
          <link>https://eastern.example</link>
          <item>
            <title>Moscow sends its reply</title>
            <link>https://eastern.example/reply</link>
            <guid isPermaLink="false">eastern-2022-0217</guid>
            <pubDate>Thu, 17 Feb 2022 15:20:00 GMT</pubDate>
            <description>&lt;p&gt;Russia handed its answer to the American ambassador.&lt;/p&gt;&lt;p&gt;It ran to several pages.&lt;/p&gt;</description>
          </item>
          <item>
            <title>An item with no date</title>
            <description>Text that has no day attached.</description>
          </item>
          <item>
            <title>An item with no text</title>
            <pubDate>Fri, 18 Feb 2022 09:00:00 GMT</pubDate>
          </item>
          <item>
            <title><![CDATA[Kremlin recognises two "republics"]]></title>
            <link>https://eastern.example/recognition</link>
            <pubDate>Mon, 21 Feb 2022 22:45:00 +0300</pubDate>
            <description>Short summary.</description>
            <content:encoded><![CDATA[<p>The president signed <b>decrees</b> on Monday evening.</p><script>track()</script><p>European capitals condemned the move.</p>]]></content:encoded>
          </item>
          <item>
            <title>Bad date</title>
            <pubDate>sometime in February</pubDate>
            <description>Text.</description>
          </item>
        </channel>
        </rss>
        """

    @Test("RSS: one document per item with title, link, guid and HTML stripped; bad items reported by number")
    func rss() throws {
        let result = readBytes(Self.rss, name: "feeds/eastern.xml")
        #expect(result.documents.count == 2)
        let reply = try #require(result.documents.first)
        #expect(reply.id == "eastern-2022-0217")
        #expect(reply.date == "2022-02-17")
        #expect(reply.title == "Moscow sends its reply")
        #expect(reply.url == "https://eastern.example/reply")
        #expect(reply.source == "Eastern Desk & Wire")
        #expect(reply.text == "Russia handed its answer to the American ambassador.\n\nIt ran to several pages.")
        let recognition = try #require(result.documents.last)
        #expect(recognition.id == "https://eastern.example/recognition")
        #expect(recognition.date == "2022-02-21")
        #expect(recognition.title == "Kremlin recognises two \"republics\"")
        #expect(recognition.text == "The president signed decrees on Monday evening.\n\nEuropean capitals condemned the move.")
        #expect(result.messages == [
            "feeds/eastern.xml#2: item ('An item with no date') has no pubDate, published or updated date: give --date YYYY-MM-DD",
            "feeds/eastern.xml#3: item ('An item with no text') has no description or content text",
            "feeds/eastern.xml#5: item ('Bad date') has an unreadable date 'sometime in February'",
        ])
    }

    @Test("Atom: entries with updated/published, alternate links and HTML or XHTML content")
    func atom() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Sanctions Watch</title>
              <entry>
                <title type="html">Banks &amp;amp; bonds</title>
                <link rel="alternate" href="https://watch.example/banks"/>
                <id>tag:watch.example,2022:banks</id>
                <updated>2022-02-22T19:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Washington named two state banks.</p><p>Sovereign debt was cut off.</p></div></content>
              </entry>
              <entry>
                <title>Export controls</title>
                <link href="https://watch.example/exports"/>
                <published>2022-02-24T23:00:00-05:00</published>
                <updated>2022-02-25T10:00:00Z</updated>
                <summary type="html">&lt;p&gt;New limits on technology exports.&lt;/p&gt;</summary>
              </entry>
            </feed>
            """
        let result = readBytes(atom, name: "watch.atom")
        #expect(result.problems.isEmpty)
        #expect(result.documents.map(\.id) == ["tag:watch.example,2022:banks", "https://watch.example/exports"])
        #expect(result.documents.map(\.date) == ["2022-02-22", "2022-02-24"])
        #expect(result.documents.first?.title == "Banks & bonds")
        #expect(result.documents.first?.text == "Washington named two state banks.\n\nSovereign debt was cut off.")
        #expect(result.documents.last?.text == "New limits on technology exports.")
        #expect(result.documents.first?.source == "Sanctions Watch")
    }

    @Test("An XML file that is not a feed, a feed without items, and a truncated feed")
    func notFeeds() {
        #expect(readBytes("<?xml version=\"1.0\"?><catalog><book>War and Peace</book></catalog>", name: "books.xml").messages
            == ["books.xml: not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)"])
        #expect(readBytes("<rss><channel><title>Quiet</title></channel></rss>", name: "quiet.rss").messages == ["quiet.rss: the feed has no items"])
        let cut = "<rss><channel><item><title>One</title><pubDate>2022-02-24</pubDate><description>Done.</description></item><item><title>Two</title><descr"
        let result = readBytes(cut, name: "cut.rss")
        #expect(result.documents.count == 1)
        #expect(result.messages == ["cut.rss#2: the feed ends inside this item (truncated file?)"])
    }
}
