/// The words attribution finding relies on, as case-folded hashes for O(1) lookups per token.
enum AttributionLexicon {
    /// How a cue verb may introduce what was said.
    struct CueInfo: Sendable {
        /// Takes a reported clause right after it (`said he would`); otherwise only with `that` or a quote.
        var takesClause: Bool
        /// A cognition verb (`believes`, `fears`): an attribution, but never the cue of a quotation.
        var cognition: Bool
        /// Takes an object before the clause (`told reporters that`).
        var takesObject: Bool
    }

    /// Speech verbs that take a clause directly.
    static let clauseVerbs = """
    say says said saying add adds added adding warn warns warned warning acknowledge acknowledges acknowledged \
    acknowledging state states stated declare declares declared declaring explain explains explained explaining \
    note notes noted noting argue argues argued arguing insist insists insisted insisting claim claims claimed claiming \
    assert asserts asserted asserting stress stresses stressed stressing emphasize emphasizes emphasized emphasizing \
    emphasise emphasises emphasised emphasising underline underlines underlined underscored underscores write writes \
    wrote writing tweet tweets tweeted posted announce announces announced announcing confirm confirms confirmed \
    confirming admit admits admitted admitting concede concedes conceded conceding suggest suggests suggested suggesting \
    predict predicts predicted predicting report reports reported reporting caution cautions cautioned complain \
    complains complained complaining recall recalls recalled remark remarks remarked observe observes observed \
    conclude concludes concluded testify testifies testified maintain maintains maintained contend contends contended \
    affirm affirms affirmed assure assures assured reiterate reiterates reiterated repeat repeats \
    repeated reveal reveals revealed disclose discloses disclosed mention mentions mentioned comment comments commented \
    joke jokes joked quip quipped shout shouted yell yelled exclaim exclaimed allege alleges alleged boast boasts boasted \
    brag bragged lament laments lamented proclaim proclaims proclaimed estimate estimates estimated indicate indicates \
    indicated signal signals signaled signalled hint hints hinted reply replies replied respond responds responded \
    rule rules ruled tell tells told telling scold scolds scolded chide chided retort retorted snap snapped \
    mock mocks mocked tout touts touted wonder wonders wondered question questioned muse mused reason reasoned \
    recount recounted plead pleaded beg begged cry cried scream screamed whisper whispered laugh laughed
    """

    /// Speech verbs that only report with `that`, an object or a quotation (`called it “...”`).
    static let otherSpeechVerbs = """
    describe describes described describing call calls called calling accuse accuses accused accusing criticize \
    criticizes criticized criticise criticised praise praises praised blast blasts blasted slam slams slammed \
    dismiss dismisses dismissed label labels labeled labelled brand brands branded hail hails hailed \
    characterize characterizes characterized decry decries decried condemn condemns condemned \
    countered answer answers answered agree agrees agreed promise promises promised vow vows vowed \
    pledge pledges pledged deny denies denied charge charges charged contest objected object objects demand demands \
    demanded urge urges urged ask asks asked threaten threatens threatened
    """

    /// Verbs that report a stance, plan or finding with the rest of their clause (`cited the report`, `wants to leave`, `the poll found`).
    static let stanceVerbs = """
    cite cites cited citing want wants wanted propose proposes proposed proposing plan plans planned \
    support supports supported supporting oppose opposes opposed opposing echo echoes echoed echoing \
    show shows showed shown found finds identify identifies identified refuse refuses refused \
    decline declines declined recommend recommends recommended urge urges urged urging demand demands demanded \
    encourage encourages encouraged encouraging promising pledging vowing \
    dispute disputes disputed attack attacks attacked discuss discusses discussed discussing \
    praise praises praised praising criticize criticizes criticized criticizing criticise criticises criticised \
    accuse accuses accused accusing endorse endorses endorsed endorsing defend defends defended defending \
    reject rejects rejected rejecting condemn condemns condemned condemning
    """

    /// Stance verbs that report an infinitive (`wants to leave`, `refused to say`).
    static let infinitiveCues: KeySet = keys("""
    want wants wanted plan plans planned refuse refuses refused decline declines declined vow vows vowed \
    pledge pledges pledged promise promises promised threaten threatens threatened agree agrees agreed
    """)

    /// Forms of `call` that report a demand with `for` or `on` (`called for talks`, `called on Russia to withdraw`).
    static let callForms: KeySet = keys("call calls called calling")

    /// Verbs of talking that report their topic with `about` (`spoke about the wall`).
    static let talkVerbs = "talk talks talked talking speak speaks spoke speaking"

    /// Key of `about`.
    static let about = ProseHash.key("about")

    /// Particles after `call` that make it a demand.
    static let callParticles: KeySet = keys("for on")

    /// Verbs of thinking and feeling: attributions of a state of mind.
    static let cognitionVerbs = """
    believe believes believed think thinks thought fear fears feared hope hopes hoped expect expects expected \
    know knows knew doubt doubts doubted feel feels felt worry worries worried suspect suspects suspected \
    understand understands understood learn learns learned learnt
    """

    /// Verbs that take an object before the reported clause.
    static let objectVerbs = "tell tells told telling inform informs informed assure assures assured warn warns warned remind reminds reminded"

    /// Every cue verb with how it behaves.
    static let cues: KeyTable<CueInfo> = {
        var table: [UInt64: CueInfo] = [:]
        for word in otherSpeechVerbs.split(separator: " ") {
            table[ProseHash.key(String(word))] = CueInfo(takesClause: false, cognition: false, takesObject: false)
        }
        for word in stanceVerbs.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            table[ProseHash.key(String(word))] = CueInfo(takesClause: true, cognition: false, takesObject: false)
        }
        for word in talkVerbs.split(separator: " ") {
            table[ProseHash.key(String(word))] = CueInfo(takesClause: false, cognition: false, takesObject: false)
        }
        for word in clauseVerbs.split(separator: " ") {
            table[ProseHash.key(String(word))] = CueInfo(takesClause: true, cognition: false, takesObject: false)
        }
        for word in cognitionVerbs.split(separator: " ") {
            table[ProseHash.key(String(word))] = CueInfo(takesClause: true, cognition: true, takesObject: false)
        }
        for word in objectVerbs.split(separator: " ") {
            let key = ProseHash.key(String(word))
            var info = table[key] ?? CueInfo(takesClause: true, cognition: false, takesObject: true)
            info.takesObject = true
            info.takesClause = true
            table[key] = info
        }
        return KeyTable(table)
    }()

    /// Words that end a noun phrase when walking away from a cue: function words and auxiliaries.
    static let phraseStops: KeySet = keys("""
    and or but nor of that which who whom whose when where while because as if since although though after before than \
    so to in on at for with from by about into onto over under during without within against between among through \
    upon not is are was were be been being has have had do does did will would can could should may might must shall \
    there here then also this these those such yet however meanwhile instead thus still both either neither once \
    until unless whether what why how one ones it its lot lots more most some any all each every no none only even \
    just very too again already ever never always often sometimes now today yesterday tomorrow tonight later earlier \
    recently previously repeatedly reportedly publicly privately directly
    """)

    /// Common nouns that can head a speaker phrase (`a senior official`, `the ministry`, `sources`).
    static let speakerNouns: KeySet = keys("""
    official officials spokesman spokeswoman spokesperson spokespeople spokesmen source sources aide aides adviser \
    advisers advisor advisors analyst analysts expert experts diplomat diplomats minister ministers ministry ministries \
    secretary president government governments administration campaign statement report reports police lawyer lawyers \
    attorney attorneys prosecutor prosecutors officer officers commander commanders leader leaders chief head director \
    chairman chairwoman senator senators congressman congresswoman governor mayor candidate nominee manager \
    representative representatives staff staffer staffers authorities agency office embassy military army ceo executive \
    executives researcher researchers witness witnesses resident residents people voters supporters critics observers \
    members member group team company party committee council court judge survey poll study data document documents \
    letter memo newspaper media journalist journalists reporter reporters correspondent activist activists protesters \
    organizers organisers historian economist economists scientist scientists doctor doctors lawmaker lawmakers \
    legislator legislators delegate delegates envoy ambassador negotiator negotiators mediator general generals \
    colonel soldiers troops victims relatives family families friend friends colleague colleagues ally allies country \
    countries nation union alliance bloc organization organisation movement network channel station website paper \
    strategist strategists pollster pollsters operative operatives surrogate surrogates counterpart counterparts \
    democrats republicans conservatives liberals insiders investigators investigator inspectors regulators \
    prime premier chancellor commissioner secretary-general spokesmen side camp department foundation institute \
    coalition opposition rebels separatists militants forces estimates figures statistics \
    polls surveys studies analyses analysis panel panels commission review audit investigation
    """)

    /// Personal pronouns that can be a speaker on their own.
    static let pronouns: KeySet = keys("he she they we i you it")

    /// Verbs that introduce a quotation after a colon or comma, though not a reported clause (`Limbaugh continued:`).
    static let prefaceCues: KeySet = keys("""
    continued continues continue sings sang sing chanted chanting chant reads read asking telling tweeting writing \
    calling describing shouting yelling replying responding answering began begins recalling adding
    """)

    /// Reporting nouns that attribute with `that` (`Trump’s claim that …`).
    static let nominalCues: KeySet = keys("""
    claim claims statement statements assertion argument arguments warning warnings belief beliefs suggestion insistence \
    emphasis promise promises pledge allegation allegations accusation accusations contention fear fears hope hopes \
    announcement comment comments remark remarks view views position prediction assurance assurances admission denial
    """)

    /// Short words left lower-case inside titles (`Face the Nation`, `Contract with America`).
    static let titleFunctionWords: KeySet = keys("a an the of and or in on for with to at by from vs")

    /// Object pronouns (`told him that`).
    static let objectPronouns: KeySet = keys("him her them us me you")

    /// Singular personal pronouns that refer to a person.
    static let personPronouns: KeySet = keys("he she him her his")

    /// Words that may stand between a speaker and the cue (`Blinken later said`, `Lavrov has said`).
    static let cueModifiers: KeySet = keys("""
    also later then repeatedly previously recently again publicly privately reportedly earlier once still already \
    never frequently often just even only further first finally initially subsequently separately quickly \
    has have had was were is are will would could may might can did does do not had also been
    """)

    /// Determiners and possessives that open a noun phrase.
    static let determiners: KeySet = keys("the a an another his her their its our my your this that these those some several many two three")

    /// Time words that may follow a cue before the content (`said Thursday that`).
    static let timeWords: KeySet = keys("""
    monday tuesday wednesday thursday friday saturday sunday yesterday today tonight morning afternoon evening night \
    last earlier later recently week month year weekend
    """)

    /// Hash keys of the whitespace-separated words in `list`.
    static func keys(_ list: String) -> KeySet {
        KeySet(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ProseHash.key(String($0)) })
    }

    /// Verbs that name, judge or demand rather than state (`likened X to “…”`, `branded X “…”`); with a quotation after them they report it.
    static let evaluationVerbs: KeySet = keys("""
    liken likens likened likening dub dubs dubbed dubbing term terms termed terming compare compares compared comparing \
    pound pounds pounded pounding lambast lambasts lambasted lambaste lambastes ridicule ridicules ridiculed \
    exhort exhorts exhorted propose proposes proposed proposing cite cites cited citing want wants wanted \
    insist insists insisted vow vows vowed pledge pledges pledged refer refers referred referring \
    criticizing criticising praising blasting slamming branding labeling labelling calling describing accusing \
    attack attacks attacked attacking denounce denounces denounced denouncing deride derides derided deriding \
    dismissing hailing mocking condemning decrying characterizing urging demanding \
    admire admires admired regard regards regarded view views viewed portray portrays portrayed portraying \
    depict depicts depicted depicting paint paints painted painting
    """)

    /// True when `key` is a speech or evaluation verb that can report a partial quotation.
    static func isEvaluationCue(_ key: UInt64) -> Bool {
        if let info = cues[key] { return !info.cognition }
        return evaluationVerbs.contains(key)
    }

    /// Auxiliaries that follow a noun subject, never a reporting verb (`the rules were`, `plans have`).
    static let subjectAuxiliaries: KeySet = keys("is are was were has have will would could should may might must can")

    /// Possessive pronouns that own a reporting noun (`his claim that …`).
    static let possessivePronouns = KeyTable<UInt64>([
        ProseHash.key("his"): ProseHash.key("he"), ProseHash.key("her"): ProseHash.key("she"),
        ProseHash.key("their"): ProseHash.key("they"), ProseHash.key("its"): ProseHash.key("it"),
    ])

    /// Key of `for`.
    static let forWord = ProseHash.key("for")
    /// Key of `that`.
    static let that = ProseHash.key("that")
    /// Key of `according`.
    static let according = ProseHash.key("according")
    /// Key of `to`.
    static let to = ProseHash.key("to")
    /// Key of `as`.
    static let asWord = ProseHash.key("as")
    /// Key of `by`.
    static let by = ProseHash.key("by")
    /// Key of `of`.
    static let of = ProseHash.key("of")
    /// Key of `and`.
    static let and = ProseHash.key("and")
    /// Key of `but`.
    static let but = ProseHash.key("but")
    /// Key of `who`.
    static let who = ProseHash.key("who")
    /// Words that link a clause to the one before (`…, although Russia denies this`).
    static let clauseLinks: KeySet = keys("and but although though while whereas because as since so yet")
    /// Prepositions of a time phrase between a speaker and the cue (`on Tuesday`).
    static let timePrepositions: KeySet = keys("on last this late early")
    /// Words before `to say` that continue the previous speaker (`going on to say`).
    static let goingOn: KeySet = keys("on continued proceeded")
    /// Passive auxiliaries (`was described by`).
    static let passiveAuxiliaries: KeySet = keys("was were been being is are be")
}
