/// Seats of power and other metonyms for governments, kept by hand (capitals come from the data).
///
/// Choice for Brussels: as an acting subject in international news "Brussels" nearly always means the EU
/// institutions, so it stands for `EUR`; the Belgian government is "the Belgian government"/"Belgium".
/// Format: `S  name  aliases(|)  country  metonymFor  latitude  longitude` (kind: organization for
/// buildings and institutions named after them, place for cities).
enum HandSeats {
    /// The table text.
    static let table = """
    S	the Kremlin	Kremlin	RUS	RUSGOV	55.7520	37.6175	organization
    S	the White House	White House	USA	USAGOV	38.8977	-77.0365	organization
    S	the State Department	State Department|US State Department|U.S. State Department|Department of State|Foggy Bottom	USA	USAGOV	38.8943	-77.0484	organization
    S	the Pentagon	Pentagon|Department of Defense|US Department of Defense|Defense Department|US Defense Department|U.S. Defense Department	USA	USAMIL	38.8719	-77.0563	organization
    S	the Capitol	Capitol Hill|US Congress|U.S. Congress|Congress	USA	USALEG	38.8899	-77.0091	organization
    S	Downing Street	Number 10|No 10|No. 10|10 Downing Street	GBR	GBRGOV	51.5034	-0.1276	organization
    S	Whitehall		GBR	GBRGOV	51.5040	-0.1260	organization
    S	the Foreign Office	Foreign Office|Foreign, Commonwealth and Development Office|FCDO|Foreign and Commonwealth Office	GBR	GBRGOV	51.5030	-0.1280	organization
    S	the Ministry of Defence	Ministry of Defence|MoD|British Ministry of Defence|UK Ministry of Defence	GBR	GBRMIL	51.5040	-0.1250	organization
    S	the Élysée	Élysée|Elysee|the Elysee|Élysée Palace|Elysee Palace	FRA	FRAGOV	48.8704	2.3167	organization
    S	the Quai d'Orsay	Quai d'Orsay	FRA	FRAGOV	48.8617	2.3150	organization
    S	Matignon	Hôtel Matignon	FRA	FRAGOV	48.8547	2.3205	organization
    S	the Chancellery	Chancellery|Kanzleramt	DEU	DEUGOV	52.5202	13.3690	organization
    S	Zhongnanhai		CHN	CHNGOV	39.9146	116.3822	organization
    S	Bankova	Bankova Street	UKR	UKRGOV	50.4462	30.5290	organization
    S	the Blue House	Blue House|Cheong Wa Dae	KOR	KORGOV	37.5866	126.9748	organization
    S	the Berlaymont	Berlaymont	EU	EUR	50.8433	4.3826	organization
    S	Brussels	Bruxelles|Brussel	BEL	EUR	50.8503	4.3517	place
    S	Kiev	Kyiv|Kiyv|Kyïv	UKR	UKRGOV	50.4501	30.5234	place
    S	Washington	Washington D.C.|Washington, D.C.|Washington DC|Washington, DC	USA	USAGOV	38.9072	-77.0369	place
    S	Moscow	Moskva	RUS	RUSGOV	55.7558	37.6173	place
    S	London		GBR	GBRGOV	51.5074	-0.1278	place
    S	Paris		FRA	FRAGOV	48.8566	2.3522	place
    S	Berlin		DEU	DEUGOV	52.5200	13.4050	place
    S	Beijing	Peking	CHN	CHNGOV	39.9042	116.4074	place
    S	Ankara		TUR	TURGOV	39.9334	32.8597	place
    S	Warsaw	Warszawa	POL	POLGOV	52.2297	21.0122	place
    S	Minsk		BLR	BLRGOV	53.9006	27.5590	place
    S	Tokyo		JPN	JPNGOV	35.6762	139.6503	place
    S	Tehran	Teheran	IRN	IRNGOV	35.6892	51.3890	place
    S	Pyongyang		PRK	PRKGOV	39.0392	125.7625	place
    S	Seoul		KOR	KORGOV	37.5665	126.9780	place
    S	Taipei		TWN	TWNGOV	25.0330	121.5654	place
    S	Jerusalem		ISR	ISRGOV	31.7683	35.2137	place
    S	Riyadh		SAU	SAUGOV	24.7136	46.6753	place
    S	Damascus		SYR	SYRGOV	33.5138	36.2765	place
    S	Baghdad		IRQ	IRQGOV	33.3152	44.3661	place
    S	Kabul		AFG	AFGGOV	34.5553	69.2075	place
    S	New Delhi	Delhi	IND	INDGOV	28.6139	77.2090	place
    S	Islamabad		PAK	PAKGOV	33.6844	73.0479	place
    S	Ottawa		CAN	CANGOV	45.4215	-75.6972	place
    S	Canberra		AUS	AUSGOV	-35.2809	149.1300	place
    S	Rome		ITA	ITAGOV	41.9028	12.4964	place
    S	Madrid		ESP	ESPGOV	40.4168	-3.7038	place
    S	The Hague	Den Haag	NLD	NLDGOV	52.0705	4.3007	place
    S	Budapest		HUN	HUNGOV	47.4979	19.0402	place
    S	Chisinau	Chişinău|Chișinău|Kishinev	MDA	MDAGOV	47.0105	28.8638	place
    S	Tbilisi		GEO	GEOGOV	41.7151	44.8271	place
    S	Yerevan		ARM	ARMGOV	40.1792	44.4991	place
    S	Baku		AZE	AZEGOV	40.4093	49.8671	place
    S	Cairo		EGY	EGYGOV	30.0444	31.2357	place
    S	Brasília	Brasilia	BRA	BRAGOV	-15.7939	-47.8828	place
    S	Caracas		VEN	VENGOV	10.4806	-66.9036	place
    S	Havana		CUB	CUBGOV	23.1136	-82.3666	place
    S	Mexico City		MEX	MEXGOV	19.4326	-99.1332	place
    """
}
