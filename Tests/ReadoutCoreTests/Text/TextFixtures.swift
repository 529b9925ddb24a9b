/// Short news-style reports written for these tests, with their expected units marked inline (see `MarkedText`).
enum TextFixtures {
    /// Abbreviations, titles, initials, months, times and numbers.
    static let abbreviations = """
        <h>Envoys return to Vienna as deadline nears

        VIENNA — U.S. Special Envoy Rob Malley met Gen. Mark Hollis and Sen. Anna Price on Tuesday at 10 a.m. \
        local time, two officials said.| The round, which opened Jan. 5, is expected to run until Feb. 2 at the \
        latest.| Lt. Col. David Ortiz of the U.S. Army said item No. 3 on the agenda was a prisoner exchange.|

        The aid package is worth $2.5 billion, up 10% on last year, and would reach 100,000 households.| The \
        inflation rate stood at 2.5 per cent in March.| About 1,250,000 people live in the province.|

        A first tranche was promised by the U.S.| The European Union pledged a second one on Dec. 12.| The \
        talks ran past 11 p.m. Wednesday, according to Mr. Malley.|

        The envoy quoted J. R. R. Tolkien, as former President George W. Bush once did in a speech.| \
        Washington, D.C. remains the venue for the next round.| Ministers met there in 2021.| \
        2022 will be harder, one diplomat said.|

        Sen. Tim Kaine (D-Va.) and Rep. Joe Wilson (R-S.C.) both spoke, citing Brown v. Board of Education \
        and the anti-U.S. protests of 2003.|
        """

    /// Curly and straight quotes, ellipses, `(…)`, apostrophes, dashes and hyphens.
    static let quotations = """
        <h>Kremlin: “No decision has been taken”

        “We are not there yet,” Ms. Price told reporters in Brussels.| “The next round will decide a great \
        deal.| We need more time.”|

        He called the proposal “a step in the right direction.”| Others in the room were less sure.|

        “We will see... We will see what the other side brings,” the minister said.| “It is a long road … \
        Nobody promised it would be quick,” she added.| “Our position has not changed (…) The door remains \
        open,” a spokesman said.|

        "We are ready," the general said.| "Are you?" asked a reporter.| "Is this the end?" Price asked.| \
        "No!" the crowd shouted back.|

        Russia’s foreign ministry said it didn't expect a deal.| Iran's delegation left early — and quietly.| \
        The gap – a wide one – remains.| Talks resumed -- briefly -- on Friday.| Pro-Russian groups and the \
        U.S.-led coalition traded blame.|

        The minister paused...| Then he left the room.|

        ”We tried everything... Nothing worked,” the senator said, using a closing mark to open the quote.|

        ``We will wait... We have time,'' the envoy said in wire-service style.| ''Nobody is in a hurry,'' he added.|
        """

    /// Photo captions, photo credits and sourcing lines.
    static let captions = """
        <cap>Foreign ministers Annalena Baerbock (L) and Jean-Yves Le Drian walk to a news conference in \
        Berlin on February 8, 2022.| <cr>© Tobias Schwarz, AFP

        <cap>Ukrainian servicemen take part in drills near Kharkiv.| <cap>Photo from February 10, 2022 Reuters

        <cap>A convoy of trucks moves along a highway outside Belgorod on Monday.| <cr>Photo: AFP

        <cap>Protesters gather outside the embassy in Warsaw on Sunday| <cr>(Reuters)

        <cap>File photo of the pipeline's landfall station on the Baltic coast

        <cap>Rescue workers search the rubble of a school in Kharkiv on March 2, 2022| <cr>(AP Photo/Anna Smirnova)

        <cap>Soldiers rest in a trench near the front line.| <cr>(Photo: Reuters)

        The agency's report ended with a figure of 2,000 dead (Reuters tally).|

        A badly decoded page calls him a protÃ©gÃ© of the minister.|

        Senator Jim Risch (R) said the sanctions bill would pass this week.|

        The ordinary report goes on here with a figure of 2.5 million and no picture at all.|

        <cr>With AFP, EFE and local media

        <cr>Reporting by Jane Doe in Kyiv; Editing by John Roe

        <cr>The Associated Press contributed to this report.
        """

    /// Heading lines inside paragraphs, hard-wrapped text and a title-case headline.
    static let lines = """
        <h>Ministers Agree to Meet Again in Geneva.

        <h>Ceasefire holds for a third day|
        Residents of the eastern town returned to their homes on Sunday, local officials said.| Shops \
        reopened in the afternoon.|

        The foreign minister said the talks in Geneva would go on next week and
        that Washington had promised to put its answer in writing before the
        end of the month.| Moscow welcomed the step.|
        """

    /// A report in the seed format: a leading space, `date YYYY-MM-DD`, a space, then the text.
    static let seedFormatBody = """
        Russia said on Tuesday that some units were returning to their bases after drills near the border \
        with Ukraine, but NATO said it had seen no sign of a pullback.| Kyiv.| Officials there urged caution.|

        “We have to see it before we believe it (…) Words are not enough,” NATO Secretary General Jens \
        Stoltenberg said.|

        <cap>Russian tanks are loaded onto rail cars after exercises in Crimea.| <cap>Photo from February 15, 2022 AP

        <h>Stoltenberg: “The risk of war remains real”

        “Diplomacy is not over.| We still hope for a solution (…) This is a serious moment, “the minister \
        admitted before the talks.| Then he paused…| Nobody spoke.|

        <cap>Armored vehicles pass a checkpoint near Donetsk (L) on February 14, 2022.| <cr>© Ivan Petrenko, AFP

        <cr>With Reuters, AP and local media
        """
}
