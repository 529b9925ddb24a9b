import Testing
@testable import ReadoutCore

@Suite("HTML article pages")
struct HTMLArticleReaderTests {
    /// An article page with everything a news site wraps around the story.
    static let page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Allies hand over written answers | The Harbour Courier</title>
        <meta property="og:title" content="Allies hand over written answers to Moscow">
        <meta property="og:site_name" content="The Harbour Courier">
        <meta property="article:published_time" content="2022-01-26T21:15:00-05:00">
        <link rel="canonical" href="https://courier.example/world/2022/01/26/answers">
        <style>.lead { font-weight: bold }</style>
        <script>window.tracking = "<p>not article text</p>";</script>
        </head>
        <body>
        <header class="masthead"><nav><a href="/">Front page</a> <a href="/world">World</a></nav></header>
        <div id="cookie-notice">This site uses cookies.</div>
        <main>
        <article>
          <h1>Allies hand over written answers to Moscow</h1>
          <ul class="share-bar"><li>Share on X</li><li>Copy link</li></ul>
          <p class="lead">WASHINGTON &mdash; The United States delivered its written reply to Russia&#8217;s draft
             treaties on Wednesday, and NATO sent a letter of its own.</p>
          <!-- <p>An editor's note that must not appear.</p> -->
          <p>The document &ldquo;lays out a serious diplomatic path,&rdquo; Secretary of State Antony Blinken told reporters,
             adding that it would not be published.&nbsp;Moscow said it would study it.</p>
          <figure><img src="envoy.jpg" alt=""><figcaption>Antony Blinken at the State Department on Wednesday. &copy; Pool photo, AFP</figcaption></figure>
          <aside class="related"><p>Read more: the Geneva meeting last week</p></aside>
          <h2>What comes next</h2>
          <p>Officials expected a Russian answer<br>within weeks.</p>
          <div class="newsletter-signup"><p>Get our morning briefing.</p></div>
          <footer><p>Filed under: Russia, NATO</p></footer>
        </article>
        </main>
        <footer class="site-footer"><p>&copy; 2022 The Harbour Courier</p></footer>
        </body></html>
        """

    @Test("Title, date, URL, site and the article text without navigation, scripts, widgets or footers")
    func articlePage() throws {
        let result = readBytes(Self.page, name: "pages/answers.html")
        #expect(result.problems.isEmpty)
        let document = try #require(result.documents.first)
        #expect(document.title == "Allies hand over written answers to Moscow")
        #expect(document.date == "2022-01-26")
        #expect(document.url == "https://courier.example/world/2022/01/26/answers")
        #expect(document.id == "https://courier.example/world/2022/01/26/answers")
        #expect(document.source == "The Harbour Courier")
        #expect(document.text == """
            WASHINGTON — The United States delivered its written reply to Russia’s draft treaties on Wednesday, and NATO sent a letter of its own.

            The document “lays out a serious diplomatic path,” Secretary of State Antony Blinken told reporters, adding that it would not be published. Moscow said it would study it.

            Antony Blinken at the State Department on Wednesday. © Pool photo, AFP

            What comes next

            Officials expected a Russian answer within weeks.
            """)
        for unwanted in ["Front page", "cookies", "Share on X", "tracking", "editor's note", "Read more", "briefing", "Filed under", "2022 The Harbour"] {
            #expect(!document.text.contains(unwanted), "found '\(unwanted)'")
        }
    }

    @Test("The date can come from <time datetime> or JSON-LD datePublished")
    func otherDateSources() throws {
        let time = "<html><body><article><time datetime=\"2022-02-21T22:10:00+03:00\">21 February</time><p>The Kremlin recognised two separatist regions.</p></article></body></html>"
        #expect(readBytes(time, name: "recognition.html").documents.first?.date == "2022-02-21")
        let jsonLD = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Sanctions", "datePublished": "2022-02-22T16:00:00Z"}</script></head>
            <body><div class="story-body"><p>Germany halted the pipeline's certification.</p></div></body></html>
            """
        let document = try #require(readBytes(jsonLD, name: "pipeline.htm").documents.first)
        #expect(document.date == "2022-02-22")
        #expect(document.id == "pipeline")
        #expect(document.text == "Germany halted the pipeline's certification.")
    }

    @Test("A page without a date is reported unless --date is given")
    func noDate() {
        let page = "<html><body><article><p>Talks continued.</p></article></body></html>"
        #expect(readBytes(page, name: "undated.html").messages == [
            "undated.html: no date in the HTML page (no article:published_time meta, JSON-LD datePublished or <time datetime>): give --date YYYY-MM-DD",
        ])
        #expect(readBytes(page, name: "undated.html", date: "2022-01-13").documents.first?.date == "2022-01-13")
    }

    @Test("An unreadable date is reported")
    func unreadableDate() {
        let page = "<html><head><meta property=\"article:published_time\" content=\"last Tuesday\"></head><body><p>Text.</p></body></html>"
        #expect(readBytes(page, name: "vague.html").messages == ["vague.html: unreadable date 'last Tuesday' in the HTML page; give --date YYYY-MM-DD"])
    }

    @Test("A page with no article text is reported, and other files still come out")
    func noArticleText() {
        let shell = """
            <html><head><title>Loading…</title><meta property="article:published_time" content="2022-02-24"></head>
            <body><nav><a href="/">Home</a></nav><script>render()</script><footer>© Site</footer></body></html>
            """
        #expect(readBytes(shell, name: "shell.html").messages == ["shell.html: no article text found in the HTML page"])
        #expect(readBytes(Self.page, name: "answers.html").documents.count == 1)
    }

    @Test("Broken markup never stops the reader")
    func brokenMarkup() throws {
        let broken = "<html><head><meta property=\"article:published_time\" content=\"2022-02-24\"><body><p>Troops crossed the border <b>before dawn<p>Air-raid sirens sounded in Kyiv &amp c < 5 &unknown; <div class=\"x"
        let document = try #require(readBytes(broken, name: "broken.html").documents.first)
        #expect(document.text.hasPrefix("Troops crossed the border before dawn\n\nAir-raid sirens sounded in Kyiv &amp c < 5 &unknown;"))
    }
}
