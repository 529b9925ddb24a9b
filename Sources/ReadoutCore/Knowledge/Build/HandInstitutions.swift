/// National institutions, agencies, companies and news media that act in international news, with
/// country + sector actor codes (hand-kept).
///
/// Format: `I  actorCode  name  aliases(|)  descriptions(|)`.
enum HandInstitutions {
    /// The table text.
    static let table = """
    I	RUSLEG	State Duma	Duma|the Duma|Russian Duma|the State Duma
    I	RUSLEG	Federation Council	the Federation Council
    I	UKRLEG	Verkhovna Rada	Rada|the Rada|Ukrainian parliament
    I	DEULEG	Bundestag	the Bundestag
    I	GBRLEG	House of Commons	the House of Commons|the Commons
    I	FRALEG	National Assembly of France	Assemblée nationale
    I	RUSSPY	FSB	Federal Security Service|Russian Federal Security Service
    I	RUSSPY	GRU	Russian military intelligence
    I	RUSSPY	SVR	Foreign Intelligence Service
    I	USASPY	CIA	Central Intelligence Agency
    I	USACOP	FBI	Federal Bureau of Investigation
    I	USASPY	National Security Agency	NSA
    I	GBRSPY	MI6	Secret Intelligence Service
    I	GBRSPY	MI5
    I	GBRSPY	GCHQ
    I	UKRSPY	SBU	Security Service of Ukraine
    I	UKRSPY	HUR	Ukrainian military intelligence|GUR
    I	ISRSPY	Mossad
    I	ISRMIL	Israel Defense Forces	IDF
    I	RUSMIL	Wagner Group	Wagner|the Wagner Group|Wagner PMC	the mercenary group|the private military company
    I	RUSBUS	Gazprom
    I	RUSBUS	Rosneft
    I	RUSBUS	Rosatom
    I	RUSGOV	Roscosmos
    I	UKRBUS	Naftogaz
    I	USAGOV	NASA	National Aeronautics and Space Administration
    I	USAGOV	Treasury Department	US Treasury|U.S. Treasury|Department of the Treasury|the Treasury Department
    I	USAGOV	National Security Council	NSC
    I	RUSGOV	Russian Foreign Ministry	Russia's Foreign Ministry|Ministry of Foreign Affairs of Russia|Russian foreign ministry
    I	RUSMIL	Russian Defence Ministry	Russian Defense Ministry|Russia's Defence Ministry|Russia's Defense Ministry|Ministry of Defence of Russia|Russian defence ministry|Russian defense ministry
    I	UKRGOV	Ukrainian Foreign Ministry	Ukraine's Foreign Ministry|Ukrainian foreign ministry
    I	UKRMIL	Ukrainian Defence Ministry	Ukrainian Defense Ministry|Ukraine's Defence Ministry|Ukraine's Defense Ministry|Ukrainian defence ministry
    I	RUSMED	TASS	ITAR-TASS|Tass	
    I	RUSMED	RIA Novosti	RIA
    I	RUSMED	Interfax
    I	RUSMED	Russia Today	RT
    I	CHNMED	Xinhua	Xinhua News Agency
    I	CHNMED	CGTN	China Global Television Network
    I	CHNMED	Global Times
    I	UKRMED	Ukrinform
    I	GBRMED	Reuters	Thomson Reuters
    I	USAMED	Associated Press	AP|the AP|the Associated Press
    I	FRAMED	Agence France-Presse	AFP|Agence France Presse
    I	GBRMED	BBC	British Broadcasting Corporation|the BBC
    I	USAMED	CNN
    I	QATMED	Al Jazeera	Al-Jazeera
    I	DEUMED	Deutsche Welle	DW
    I	DEUMED	Deutsche Presse-Agentur	dpa|DPA
    I	USAMED	Bloomberg	Bloomberg News
    I	USAMED	The New York Times	New York Times|NYT
    I	USAMED	The Washington Post	Washington Post
    I	USAMED	The Wall Street Journal	Wall Street Journal|WSJ
    I	GBRMED	Financial Times	the Financial Times|FT
    I	GBRMED	The Guardian	Guardian
    I	TURMED	Anadolu Agency	Anadolu
    I	IRNMED	IRNA	Islamic Republic News Agency
    I	KORMED	Yonhap	Yonhap News Agency
    I	JPNMED	Kyodo	Kyodo News
    I	PRKMED	KCNA	Korean Central News Agency
    I	USAMED	Politico
    I	USAMED	Axios
    I	AFGREB	Taliban	the Taliban|Taleban
    I	PSEREB	Hamas	HAMAS
    I	LBNREB	Hezbollah	Hizbollah|Hizbullah
    I	YEMREB	Houthis	Houthi rebels|the Houthis|Ansar Allah|Ansarallah
    I	IMGREB	Islamic State	ISIS|ISIL|Daesh|Islamic State group|the Islamic State
    I	IMGREB	al-Qaeda	al Qaeda|Al-Qaeda|Al Qaeda|al-Qaida|Al-Qaida
    I	TURREB	PKK	Kurdistan Workers' Party|Kurdistan Workers Party
    I	NGAREB	Boko Haram
    I	SOMREB	al-Shabab	al-Shabaab|Al-Shabaab|Al-Shabab
    I	UKRMIL	Azov Regiment	Azov Battalion|Azov
    """
}
