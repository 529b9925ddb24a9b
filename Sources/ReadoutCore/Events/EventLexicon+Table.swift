extension EventLexicon {
    /// Our own trigger list: `TYPE | CAMEO | mode | flags | forms`.
    ///
    /// Flags: v verb, n noun, x verb or noun by context, a adjective, r reciprocal, m needs a military
    /// noun nearby, o needs an object (not a bare speech verb). Forms: `a_b` is a multiword form,
    /// `a~b` a light verb with its noun a few words later ("impose … sanctions"). Coverage was checked
    /// against the CAMEO verb dictionary (PETRARCH2, MIT), whose own verb forms fill the gaps.
    static let handTable = """
    CONSULT|040|-|vr|meet meets met meet_with meets_with met_with negotiate negotiates negotiated negotiating confer conferred consult consults consulted consulting discuss discusses discussed discussing
    CONSULT|040|-|nr|meeting meetings summit summits negotiations negotiation consultations consultation discussions
    CONSULT|040|-|xr|talks talk
    CONSULT|040|-|vr|talked_with talked_to spoke_with spoke_to speak_with speaks_with held~talks hold~talks holds~talks holding~talks held~meeting held~meetings hold~meeting held~discussions shake_hands shook_hands
    CONSULT|042|visit|v|visit visits visited visiting
    CONSULT|042|visit|n|visit trip
    CONSULT|043|visit|v|host hosts hosted hosting
    CONSULT|041|phone|v|phoned telephoned spoke_by_phone
    CONSULT|041|phone|n|phone_call telephone_call phone_conversation
    CONSULT|044|third-party|v|mediate mediates mediated mediating
    CONSULT|044|third-party|n|mediation
    AGREE|030|-|v|agree agrees agreed agreeing offer offers offered offering promise promises promised promising pledge pledges pledged pledging vow vows vowed commit commits committed accept accepts accepted consent consented
    AGREE|030|-|v|agreed_upon agreed_on reach~agreement reached~agreement reached~deal reach~deal reaches~agreement struck~deal strike~deal
    AGREE|030|-|n|agreement agreements accord deal pact offer pledge
    SUPPORT|051|-|v|support supports supported supporting praise praises praised praising endorse endorses endorsed endorsing welcome welcomes welcomed welcoming defend defends defended defending commend commended applaud applauded hail hailed backed apologize apologized apologise apologised
    SUPPORT|057|-|v|sign signs signed signing ratify ratified ratifies
    SUPPORT|054|-|v|upgraded~ties restored~ties restore~ties established~relations restored~relations
    COOPERATE|060|-|vr|cooperate cooperates cooperated cooperating collaborate collaborates collaborated collaborating
    COOPERATE|060|-|v|extradite extradites extradited extraditing
    COOPERATE|062|-|vr|sharing~intelligence share~intelligence shared~intelligence sharing~expertise share~expertise shared~expertise
    COOPERATE|060|-|nr|cooperation collaboration
    AID|070|-|v|aid aids aided donate donates donated donating
    AID|070|-|v|send~aid sent~aid sends~aid provide~aid provided~aid provides~aid deliver~aid delivered~aid send~weapons sent~weapons send~arms sent~arms supply~weapons supplied~weapons send~troops
    AID|070|-|v|give~grant gives~grant gave~grant give~aid gave~aid gives~aid give~assistance provide provides provided providing supply supplies supplied
    AID|070|-|v|handed_over hand_over hands_over delivered deliver delivers granted~asylum grant~asylum evacuated evacuate evacuates
    AID|070|-|n|aid assistance
    CONCEDE|080|-|v|concede concedes conceded conceding
    CONCEDE|081|-|v|ease eases eased easing lift lifts lifted lifting relax relaxed cancelled canceled called_off call_off calls_off approved approve
    CONCEDE|080|-|n|concession concessions
    RETREAT|087|withdraw|v|withdraw withdraws withdrew withdrawn withdrawing pull_out pulled_out pulls_out pull_back pulled_back pulls_back retreat retreats retreated demobilize demobilized demobilised disarm disarmed
    RETREAT|087|withdraw|n|withdrawal pullout pull-out retreat
    RETREAT|0841|release|v|release releases released releasing freed free frees
    RETREAT|0841|release|n|release
    RETREAT|0871|ceasefire|n|ceasefire cease-fire truce
    RETREAT|083|resign|v|resign resigns resigned resigning
    REQUEST|100|-|v|demand demands demanded demanding urge urges urged urging request requests requested requesting ask asks asked asking insist insists insisted appeal appeals appealed appealing press pressed presses ordered order orders
    REQUEST|100|-|v|call_on calls_on called_on calling_on call_for calls_for called_for calling_for sought seek seeks
    REQUEST|100|-|n|demand request appeal appeals requests ultimatum_to
    REQUEST|100|-|x|demands
    ACCUSE|112|allege|v|accuse accuses accused accusing blame blames blamed blaming charge charges charged charging allege alleges
    ACCUSE|111|disapprove|v|condemn condemns condemned condemning criticize criticizes criticized criticizing criticise criticises criticised criticising denounce denounces denounced denouncing complain complains complained complaining deplore deplored rebuke rebuked
    ACCUSE|111|disapprove|v|lodged~protest lodge~protest lodges~protest filed~protest summoned~ambassador
    ACCUSE|111|disapprove|n|condemnation criticism accusation accusations accusing
    ACCUSE|115|allege|v|sue sues sued suing
    ACCUSE|090|investigate|v|investigate investigates investigated investigating probe probes probed probing inspect inspected
    ACCUSE|090|investigate|n|investigation investigations inquiry probe
    ACCUSE|090|investigate|v|sent~inspectors send~inspectors sends~inspectors dispatched~inspectors dispatch~inspectors dispatches~inspectors
    REJECT|120|-|v|reject rejects rejected rejecting refuse refuses refused refusing dismiss dismisses dismissed dismissing decline declines declined declining veto vetoes vetoed oppose opposes opposed opposing spurn spurned reneged renege defied defy defies violated violate
    REJECT|120|-|v|turn_down turned_down turns_down ruled_out rule_out rules_out push_back pushed_back pushes_back pushing_back
    REJECT|120|-|a|unacceptable out_of_the_question
    REJECT|120|-|n|rejection refusal veto
    THREATEN|130|-|v|threaten threatens threatened threatening
    THREATEN|130|-|vo|warn warns warned warning
    THREATEN|138|violence|v|sworn_to_fight vowed_to_fight
    THREATEN|130|-|v|promised~consequences promise~consequences promises~consequences warned~consequences warn~consequences vowed~retaliation promised~retaliation threatened~consequences
    THREATEN|130|-|n|threat threats ultimatum consequences retaliation reprisals
    PROTEST|141|demo|v|protest protests protested protesting demonstrate demonstrates demonstrated demonstrating rally rallied rallying march marched marching picket picketed
    PROTEST|141|demo|n|protest protests demonstration demonstrations rally rallies march sit-in
    PROTEST|142|hunger|n|hunger_strike hunger_strikes
    PROTEST|143|boycott|v|boycott boycotts boycotted boycotting shun shuns shunned shunning
    PROTEST|143|strike|n|general_strike on_strike strike_action
    PROTEST|144|obstruct|v|blocked~road blocked~roads blocked~streets block~roads blockade blockaded
    PROTEST|145|riot|v|riot riots rioted rioting
    PROTEST|145|riot|n|riot riots
    SANCTION|163|-|v|sanction sanctions sanctioned sanctioning embargo embargoed
    SANCTION|163|-|v|impose~sanctions imposed~sanctions imposes~sanctions imposing~sanctions slapped~sanctions
    SANCTION|163|-|n|sanctions embargo
    SANCTION|166|expel|v|expel expels expelled expelling forced~out force~out forces~out
    SANCTION|161|withdraw|v|suspend suspends suspended suspending sever severed severs cut~ties cuts~ties recalled~ambassador recall~ambassador froze~assets freeze~assets
    SANCTION|161|withdraw|n|suspension
    MOBILIZE|152|troops|v|mobilize mobilizes mobilized mobilizing mobilise mobilises mobilised mobilising deploy deploys deployed deploying amass amassed massed massing
    MOBILIZE|152|troops|vm|concentrated concentrate concentrating gathered stationed
    MOBILIZE|152|troops|n|exercises drills maneuvers manoeuvres mobilization mobilisation deployment buildup build-up military_exercises
    MOBILIZE|151|police|v|patrols patrolled ordered~patrols
    COERCE|173|arrest|v|arrest arrests arrested arresting detain detains detained detaining jail jailed imprison imprisoned
    COERCE|173|arrest|n|arrest arrests detention
    COERCE|172|restrict|v|ban bans banned banning censor censored
    COERCE|1723|curfew|v|imposed~curfew impose~curfew imposes~curfew
    COERCE|174|deport|v|deport deports deported deporting
    COERCE|171|seize|v|seize seizes seized seizing confiscate confiscated demolish demolished demolishes raid raided raids
    COERCE|172|restrict|v|crack_down cracked_down cracks_down
    COERCE|172|cyber|v|hack hacked hack_into
    COERCE|172|restrict|v|ordered~suspend held~hostage holding~hostage
    ASSAULT|190|-|v|attack attacks attacked attacking invade invades invaded invading shell shells shelled shelling bomb bombs bombed bombing fire_on fired_on opened_fire strike struck kill kills killed killing wound wounded wounds ambush ambushed assassinate assassinated torture tortured beat_up massacred fought fight fights fighting clashed clash
    ASSAULT|190|-|n|attack attacks invasion offensive bombing bombardment airstrike airstrikes air_strike air_strikes shelling clashes fighting assault
    ASSAULT|186|assassinate|v|attempted~assassinate
    ASSAULT|1822|torture|n|torture
    ASSAULT|181|abduct|v|kidnap kidnapped kidnaps abduct abducted
    ASSAULT|201|-|n|ethnic_cleansing
    """
}
