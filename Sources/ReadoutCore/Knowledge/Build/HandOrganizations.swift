/// International organisations, kept by hand: actor code, names, descriptive references, Phoenix codes.
///
/// Actor-code convention: the organisation's usual acronym (`NATO`, `OSCE`, `IAEA`, `WHO`, `G7`), except
/// the two CAMEO three-letter codes news-event data already uses: `EUR` for the European Union and its
/// institutions and `UNO` for the United Nations. The Phoenix/CAMEO dictionary codes (`IGOWSTNAT`,
/// `IGOEUREEC`, `IGOUNO`, …) are kept in `phoenixCodes` so imported PETRARCH dictionaries map onto them.
///
/// Format: `O  actorCode  name  aliases(|)  descriptions(|)  phoenixCodes(|)`.
enum HandOrganizations {
    /// The table text.
    static let table = """
    O	NATO	NATO	North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Nato|N.A.T.O.|North Atlantic Alliance|Atlantic Alliance	the military alliance|the alliance|the transatlantic defense organization|the transatlantic defence organisation|the transatlantic alliance|the Western alliance|the Western military alliance|the Atlantic alliance|the North Atlantic alliance|the US-led military alliance|the US-led alliance|the defence alliance|the defense alliance|the 30-member alliance|the 31-member alliance|the 32-member alliance	IGOWSTNAT
    O	EUR	European Union	EU|E.U.|the EU|the European Union	the bloc|the 27-nation bloc|the 27-member bloc|the European bloc|the EU bloc|the union|the 28-nation bloc	IGOEUREEC|IGOEUR
    O	EUR	European Commission	EC|the Commission|Brussels executive	the EU executive|the EU's executive arm|the bloc's executive|the bloc's executive arm	IGOEUREEC
    O	EUR	European Council	Council of the European Union|EU Council	the EU summit	IGOEUREEC
    O	EUR	European Parliament	EU Parliament|the European Parliament		IGOEUREEC
    O	UNO	United Nations	UN|U.N.|the UN|the U.N.|United Nations Organization|UNO	the world body|the world organization|the world organisation	IGOUNO
    O	UNO	UN Security Council	United Nations Security Council|UNSC|U.N. Security Council|Security Council	the council|the 15-member council|the 15-member Security Council	IGOUNO
    O	UNO	UN General Assembly	United Nations General Assembly|UNGA|U.N. General Assembly|General Assembly	the assembly|the 193-member assembly	IGOUNO
    O	UNHCR	UNHCR	United Nations High Commissioner for Refugees|UN refugee agency|U.N. refugee agency|UN High Commissioner for Refugees	the UN refugee agency|the refugee agency	IGOUNOREFHCR
    O	UNICEF	UNICEF	United Nations Children's Fund|UN Children's Fund|Unicef	the UN children's agency|the children's agency	IGOUNOKID
    O	WFP	World Food Programme	WFP|World Food Program|UN World Food Programme	the UN food agency	IGOUNOAGR
    O	OHCHR	UN Human Rights Office	OHCHR|Office of the High Commissioner for Human Rights|UN human rights office	the UN rights office	IGOUNOHRI
    O	OSCE	OSCE	Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|Organisation for Security and Co-operation in Europe	the security organisation|the security organization|the Vienna-based security body|the 57-nation security body|the European security body	IGO
    O	IAEA	IAEA	International Atomic Energy Agency	the UN nuclear watchdog|the nuclear watchdog|the U.N. nuclear watchdog|the atomic agency|the UN atomic agency|the watchdog	IGOUNOIAE
    O	WHO	WHO	World Health Organization|World Health Organisation|W.H.O.	the UN health agency|the U.N. health agency|the global health body|the health agency	IGOUNOHLHWHO
    O	G7	G7	Group of Seven|G-7|G7 nations|Group of 7	the group of seven|the club of rich nations|the club of wealthy democracies	IGOWST
    O	G20	G20	Group of 20|G-20|Group of Twenty	the group of 20	IGO
    O	IMF	IMF	International Monetary Fund	the fund|the global lender	IGOUNOWBK|IGOUNOIMF
    O	WB	World Bank	World Bank Group|the World Bank	the development lender|the bank	IGOUNODEVWBK
    O	WTO	WTO	World Trade Organization|World Trade Organisation	the trade body|the global trade body	IGOUNOBUS
    O	AU	African Union	AU|the AU	the continental body|the pan-African body	IGOAFRAU
    O	ASEAN	ASEAN	Association of Southeast Asian Nations|Association of South East Asian Nations|Asean	the regional bloc|the 10-member bloc|the Southeast Asian bloc	IGOSEAASN
    O	OPEC	OPEC	Organization of the Petroleum Exporting Countries|Organisation of the Petroleum Exporting Countries|Opec|OPEC+|Opec+	the oil cartel|the cartel|the oil producers' group	IGOBUSOPC
    O	ARL	Arab League	League of Arab States|the Arab League	the pan-Arab body|the pan-Arab organisation	IGOARBALL
    O	GCC	Gulf Cooperation Council	GCC|Cooperation Council for the Arab States of the Gulf	the Gulf bloc|the six-nation Gulf bloc	IGOGCC
    O	CSTO	CSTO	Collective Security Treaty Organization|Collective Security Treaty Organisation	the Russian-led military alliance|the Russian-led security bloc|the Moscow-led military alliance	IGO
    O	SCO	Shanghai Cooperation Organisation	SCO|Shanghai Cooperation Organization	the security bloc	IGO
    O	BRICS	BRICS	BRICS nations|BRICS group	the BRICS group|the bloc of emerging economies	IGO
    O	CIS	Commonwealth of Independent States	CIS	the post-Soviet grouping	IGO
    O	COE	Council of Europe	the Council of Europe	the human rights body|the rights body	IGOEUR
    O	ICC	International Criminal Court	ICC|the ICC	the war crimes court|the Hague-based court|the tribunal	IGO
    O	ICJ	International Court of Justice	ICJ|the ICJ|World Court	the UN's top court|the top UN court|the world court	IGOUNOJUD
    O	ICRC	International Committee of the Red Cross	ICRC|Red Cross|the Red Cross	the humanitarian organisation|the humanitarian organization	NGOHRI
    O	AMN	Amnesty International	Amnesty	the rights group|the human rights group	NGOHRIAMN
    O	HRW	Human Rights Watch	HRW	the rights group|the New York-based rights group	NGOHRI
    O	MSF	Doctors Without Borders	Médecins Sans Frontières|Medecins Sans Frontieres|MSF	the medical charity|the aid group	NGOHLH
    O	INTERPOL	Interpol	International Criminal Police Organization|INTERPOL	the international police organisation	IGO
    O	OAS	Organization of American States	OAS	the regional body	IGOWHMOAS
    O	ECOWAS	ECOWAS	Economic Community of West African States|Ecowas	the West African bloc|the regional bloc	IGOWAFECW
    O	EAEU	Eurasian Economic Union	EAEU|EEU	the Russian-led economic bloc	IGO
    O	IEA	International Energy Agency	IEA	the energy agency|the Paris-based agency	IGO
    O	OECD	OECD	Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development	the Paris-based organisation	IGO
    O	ECB	European Central Bank	ECB	the central bank|the euro zone central bank	IGOEUREEC
    O	FRONTEX	Frontex	European Border and Coast Guard Agency	the EU border agency	IGOEUREEC
    """
}
