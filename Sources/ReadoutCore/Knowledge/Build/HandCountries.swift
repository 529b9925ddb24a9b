/// Country names, variants and demonyms news uses that the open sources lack or spell otherwise.
///
/// Format: `C  alpha3  aliases(|)  demonyms(|)  descriptions(|)`. Adjectives and plural nouns both go in
/// demonyms ("Russian|Russians"); a country listed here gets these on top of what the sources give.
enum HandCountries {
    /// The table text.
    static let table = """
    C	USA	US|U.S.|USA|U.S.A.|America|United States of America|the United States|the US|the U.S.|the States	American|Americans|US|U.S.	Uncle Sam
    C	GBR	UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland|the UK|the U.K.|the United Kingdom	British|Briton|Britons|the British	
    C	RUS	Russian Federation|the Russian Federation|Rossiya	Russian|Russians	
    C	UKR	the Ukraine|Ukraina	Ukrainian|Ukrainians	
    C	BLR	Belorussia|Byelorussia|White Russia	Belarusian|Belarusians|Belarussian|Belarussians|Belorussian	
    C	DEU	Federal Republic of Germany	German|Germans	
    C	FRA	French Republic	French|Frenchman|Frenchmen|Frenchwoman	
    C	CHN	People's Republic of China|PRC|the PRC|mainland China	Chinese	
    C	TWN	Republic of China|Chinese Taipei	Taiwanese	
    C	TUR	Türkiye|Turkiye|Republic of Turkey	Turkish|Turks|Turk	
    C	POL	Republic of Poland	Polish|Poles|Pole	
    C	NLD	the Netherlands|Holland	Dutch|Dutchman|Dutchmen	
    C	CHE	Swiss Confederation	Swiss	
    C	CIV	Ivory Coast|Côte d'Ivoire|Cote d'Ivoire|Cote D'Ivoire	Ivorian|Ivorians	
    C	MMR	Burma|Myanmar	Burmese|Myanmar	
    C	KOR	South Korea|Republic of Korea|ROK|S. Korea	South Korean|South Koreans	
    C	PRK	North Korea|Democratic People's Republic of Korea|DPRK|N. Korea	North Korean|North Koreans	
    C	IRN	Iran|Islamic Republic of Iran|Persia	Iranian|Iranians	
    C	SYR	Syria|Syrian Arab Republic	Syrian|Syrians	
    C	PSE	Palestine|Palestinian territories|the Palestinian territories|State of Palestine|Occupied Palestinian Territory	Palestinian|Palestinians	
    C	ISR	State of Israel	Israeli|Israelis	
    C	CZE	Czech Republic|Czechia	Czech|Czechs	
    C	SVK	Slovak Republic	Slovak|Slovaks|Slovakian	
    C	MDA	Moldova|Republic of Moldova	Moldovan|Moldovans	
    C	MKD	North Macedonia|Macedonia|FYROM	Macedonian|Macedonians|North Macedonian	
    C	COD	DR Congo|DRC|Democratic Republic of Congo|Democratic Republic of the Congo|Congo-Kinshasa	Congolese	
    C	COG	Republic of the Congo|Congo-Brazzaville|Congo Republic	Congolese	
    C	VNM	Vietnam|Viet Nam	Vietnamese	
    C	LAO	Laos|Lao PDR	Laotian|Lao	
    C	BOL	Bolivia	Bolivian|Bolivians	
    C	VEN	Venezuela	Venezuelan|Venezuelans	
    C	TZA	Tanzania	Tanzanian|Tanzanians	
    C	VAT	Vatican|the Vatican|Holy See|the Holy See|Vatican City	Vatican	
    C	ESP	Kingdom of Spain	Spanish|Spaniard|Spaniards	
    C	SWE	Kingdom of Sweden	Swedish|Swede|Swedes	
    C	FIN	Republic of Finland	Finnish|Finn|Finns	
    C	DNK	Kingdom of Denmark	Danish|Dane|Danes	
    C	NOR	Kingdom of Norway	Norwegian|Norwegians	
    C	IRL	Republic of Ireland|Eire	Irish|Irishman	
    C	GRC	Hellenic Republic|Hellas	Greek|Greeks	
    C	PHL	the Philippines	Filipino|Filipinos|Philippine	
    C	THA	Kingdom of Thailand	Thai|Thais	
    C	NZL	Aotearoa	New Zealander|New Zealanders|Kiwi|Kiwis	
    C	SAU	Kingdom of Saudi Arabia|KSA	Saudi|Saudis	
    C	ARE	UAE|U.A.E.|the UAE|Emirates	Emirati|Emiratis	
    C	AFG	Islamic Emirate of Afghanistan	Afghan|Afghans	
    C	PAK	Islamic Republic of Pakistan	Pakistani|Pakistanis	
    C	IRQ	Republic of Iraq	Iraqi|Iraqis	
    C	KAZ	Republic of Kazakhstan	Kazakh|Kazakhs|Kazakhstani	
    C	UZB	Republic of Uzbekistan	Uzbek|Uzbeks	
    C	SRB	Republic of Serbia	Serbian|Serb|Serbs	
    C	HRV	Republic of Croatia	Croatian|Croat|Croats	
    C	BIH	Bosnia|Bosnia-Herzegovina|Bosnia and Herzegovina	Bosnian|Bosnians	
    C	GEO	Republic of Georgia	Georgian|Georgians	
    C	JPN	Nippon	Japanese	
    C	LBN	Lebanese Republic	Lebanese	
    C	SDN	Republic of the Sudan	Sudanese	
    C	SSD	Republic of South Sudan	South Sudanese	
    C	PRT	Portuguese Republic	Portuguese	
    C	ITA	Italian Republic	Italian|Italians	
    C	HUN	Hungary	Hungarian|Hungarians	
    C	ROU	Rumania	Romanian|Romanians	
    C	BGR	Republic of Bulgaria	Bulgarian|Bulgarians	
    C	LTU	Republic of Lithuania	Lithuanian|Lithuanians	
    C	LVA	Republic of Latvia	Latvian|Latvians	
    C	EST	Republic of Estonia	Estonian|Estonians	
    C	ARM	Republic of Armenia	Armenian|Armenians	
    C	AZE	Republic of Azerbaijan	Azerbaijani|Azerbaijanis|Azeri|Azeris	
    C	YEM	Republic of Yemen	Yemeni|Yemenis	
    C	CPV	Cape Verde|Cabo Verde	Cape Verdean	
    C	SWZ	Swaziland|Eswatini	Swazi	
    C	TLS	East Timor|Timor-Leste	Timorese	
    C	GMB	the Gambia	Gambian	
    C	BHS	the Bahamas	Bahamian	
    C	KGZ	Kirghizia	Kyrgyz|Kyrgyzstani	
    """
}
