/// Places that are not administrative units but that conflict news names: regions, seas, blocs of
/// countries. Coordinates are approximate centres.
///
/// Format: `G  name  aliases(|)  country  latitude  longitude` (country empty when it spans several).
enum HandRegions {
    /// The table text.
    static let table = """
    G	Donbas	Donbass|the Donbas|the Donbass|Donets Basin	UKR	48.0000	38.0000
    G	Crimea	Crimean Peninsula|the Crimean Peninsula|Crimean peninsula|Krym	UKR	45.3000	34.4000
    G	Sea of Azov	the Sea of Azov|Azov Sea|the Azov Sea	UKR	46.0000	36.5000
    G	Black Sea	the Black Sea		43.4000	34.0000
    G	Baltic Sea	the Baltic Sea|the Baltic		58.0000	20.0000
    G	Baltic states	the Baltic states|the Baltics|Baltic countries|the Baltic countries|Baltic nations		57.0000	24.0000
    G	Eastern Europe	eastern Europe|East Europe		50.0000	30.0000
    G	Central Europe	central Europe		49.0000	16.0000
    G	Western Europe	western Europe		48.0000	5.0000
    G	Europe	the European continent		50.0000	10.0000
    G	the Balkans	Balkans|Western Balkans|the Western Balkans|Balkan Peninsula		43.0000	20.0000
    G	the Caucasus	Caucasus|South Caucasus|the South Caucasus|North Caucasus|the North Caucasus		42.5000	44.5000
    G	Central Asia			45.0000	65.0000
    G	the Middle East	Middle East|Mideast|the Mideast		29.0000	41.0000
    G	the Gulf	Persian Gulf|the Persian Gulf|Arabian Gulf|the Arabian Gulf		26.0000	52.0000
    G	Gaza	Gaza Strip|the Gaza Strip	PSE	31.4167	34.3333
    G	West Bank	the West Bank	PSE	31.9500	35.2500
    G	Golan Heights	the Golan Heights|the Golan	SYR	33.0000	35.8000
    G	Kashmir	Jammu and Kashmir		34.0000	76.0000
    G	Nagorno-Karabakh	Karabakh|Nagorno Karabakh|Artsakh	AZE	39.8000	46.7500
    G	Transnistria	Trans-Dniester|Transdniestria|Pridnestrovie	MDA	47.0000	29.5000
    G	Abkhazia		GEO	43.0000	41.0000
    G	South Ossetia		GEO	42.3000	44.0000
    G	Kurdistan	Iraqi Kurdistan|Kurdistan Region		36.5000	44.0000
    G	the Sahel	Sahel		15.0000	5.0000
    G	the Horn of Africa	Horn of Africa		8.0000	45.0000
    G	Tigray	Tigray region	ETH	14.0000	38.5000
    G	Xinjiang	Xinjiang Uygur Autonomous Region	CHN	41.0000	85.0000
    G	Tibet	Tibet Autonomous Region	CHN	31.0000	88.0000
    G	Taiwan Strait	the Taiwan Strait		24.5000	119.5000
    G	South China Sea	the South China Sea		12.0000	113.0000
    G	the Arctic	Arctic		80.0000	0.0000
    G	the Mediterranean	Mediterranean|Mediterranean Sea|the Mediterranean Sea		35.0000	18.0000
    G	Kherson region	Kherson Oblast	UKR	46.6500	32.6000
    G	Zaporizhzhia region	Zaporizhzhia Oblast|Zaporizhia region	UKR	47.5000	35.5000
    G	Luhansk region	Luhansk Oblast|Lugansk region	UKR	48.5700	39.3000
    G	Donetsk region	Donetsk Oblast	UKR	48.0000	37.8000
    G	Kharkiv region	Kharkiv Oblast|Kharkov region	UKR	49.9900	36.2300
    G	Belgorod region	Belgorod Oblast	RUS	50.6000	36.6000
    G	Kursk region	Kursk Oblast	RUS	51.7300	36.1900
    G	Kaliningrad	Kaliningrad region|Kaliningrad Oblast	RUS	54.7100	20.5100
    G	Siberia		RUS	60.0000	100.0000
    G	Scandinavia	the Nordic countries|Nordic countries		63.0000	15.0000
    G	the West	West|Western countries|Western nations|the Western world		45.0000	-30.0000	group
    G	Latin America			-15.0000	-60.0000
    G	Africa	the African continent		2.0000	20.0000
    G	Asia			34.0000	100.0000
    G	Southeast Asia	South-East Asia		5.0000	110.0000
    G	the Pacific	Pacific|the Pacific Ocean|Pacific Ocean		0.0000	-160.0000
    G	the Atlantic	Atlantic|the Atlantic Ocean|Atlantic Ocean		30.0000	-40.0000
    G	the Red Sea	Red Sea		20.0000	38.0000
    G	the Strait of Hormuz	Strait of Hormuz		26.5667	56.2500
    G	the Bosphorus	Bosphorus|Bosporus|the Bosporus	TUR	41.1200	29.0500
    G	Snake Island	Zmiinyi Island	UKR	45.2550	30.2040
    """
}
