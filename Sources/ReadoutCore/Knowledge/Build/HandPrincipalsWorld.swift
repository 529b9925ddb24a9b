/// Heads of state and government beyond the ten countries of `HandPrincipals`, with exact dates for the
/// 2021–2023 changes that world-leaders-2021 gives only to the year. Same format as `HandPrincipals`.
enum HandPrincipalsWorld {
    /// The table text.
    static let table = """
    # --- Other heads of state and government with exact dates for 2021-2023 changes
    P	Naftali Bennett	Bennett
    R	Prime Minister	ISR	ISRGOV	2021-06-13	2022-06-30
    P	Yair Lapid	Lapid
    R	Foreign Minister	ISR	ISRGOV	2021-06-13	2022-12-29
    R	Prime Minister	ISR	ISRGOV	2022-07-01	2022-12-29
    P	Benjamin Netanyahu	Bibi Netanyahu|Netanyahu
    R	Prime Minister	ISR	ISRGOV	2009-03-31	2021-06-13
    R	Prime Minister	ISR	ISRGOV	2022-12-29
    P	Isaac Herzog	Herzog
    R	President	ISR	ISRGOV	2021-07-07
    P	Mario Draghi	Draghi
    R	Prime Minister	ITA	ITAGOV	2021-02-13	2022-10-22
    P	Giorgia Meloni	Meloni
    R	Prime Minister	ITA	ITAGOV	2022-10-22
    P	Sergio Mattarella	Mattarella
    R	President	ITA	ITAGOV	2015-02-03
    P	Yoshihide Suga	Suga
    R	Prime Minister	JPN	JPNGOV	2020-09-16	2021-10-04
    P	Fumio Kishida	Kishida
    R	Prime Minister	JPN	JPNGOV	2021-10-04	2024-10-01
    P	Shigeru Ishiba	Ishiba
    R	Prime Minister	JPN	JPNGOV	2024-10-01
    P	Ram Nath Kovind	Kovind
    R	President	IND	INDGOV	2017-07-25	2022-07-25
    P	Droupadi Murmu	Murmu
    R	President	IND	INDGOV	2022-07-25
    P	Narendra Modi	Modi
    R	Prime Minister	IND	INDGOV	2014-05-26
    P	Subrahmanyam Jaishankar	S. Jaishankar|Jaishankar
    R	External Affairs Minister	IND	INDGOV	2019-05-30		Foreign Minister
    P	Jair Bolsonaro	Bolsonaro
    R	President	BRA	BRAGOV	2019-01-01	2023-01-01
    P	Luiz Inácio Lula da Silva	Luiz Inacio Lula da Silva|Lula da Silva|Lula
    R	President	BRA	BRAGOV	2003-01-01	2011-01-01
    R	President	BRA	BRAGOV	2023-01-01
    P	Scott Morrison
    R	Prime Minister	AUS	AUSGOV	2018-08-24	2022-05-23
    P	Anthony Albanese	Albanese
    R	Prime Minister	AUS	AUSGOV	2022-05-23
    P	Justin Trudeau	Trudeau
    R	Prime Minister	CAN	CANGOV	2015-11-04	2025-03-14
    P	Mark Carney	Carney
    R	Prime Minister	CAN	CANGOV	2025-03-14
    P	Imran Khan
    R	Prime Minister	PAK	PAKGOV	2018-08-18	2022-04-10
    P	Shehbaz Sharif
    R	Prime Minister	PAK	PAKGOV	2022-04-11	2023-08-14
    R	Prime Minister	PAK	PAKGOV	2024-03-04
    P	Magdalena Andersson
    R	Prime Minister	SWE	SWEGOV	2021-11-30	2022-10-18
    P	Ulf Kristersson	Kristersson
    R	Prime Minister	SWE	SWEGOV	2022-10-18
    P	Sanna Marin	Marin
    R	Prime Minister	FIN	FINGOV	2019-12-10	2023-06-20
    P	Petteri Orpo	Orpo
    R	Prime Minister	FIN	FINGOV	2023-06-20
    P	Sauli Niinistö	Sauli Niinisto|Niinistö|Niinisto
    R	President	FIN	FINGOV	2012-03-01	2024-03-01
    P	Alexander Stubb	Stubb
    R	President	FIN	FINGOV	2024-03-01
    P	Hassan Rouhani	Rouhani
    R	President	IRN	IRNGOV	2013-08-03	2021-08-03
    P	Ebrahim Raisi	Raisi
    R	President	IRN	IRNGOV	2021-08-03	2024-05-19
    P	Masoud Pezeshkian	Pezeshkian
    R	President	IRN	IRNGOV	2024-07-28
    P	Ali Khamenei	Ayatollah Ali Khamenei|Ayatollah Khamenei|Khamenei
    R	Supreme Leader	IRN	IRNGOV	1989-06-04		Monarch
    P	Moon Jae-in	Moon Jae-In
    R	President	KOR	KORGOV	2017-05-10	2022-05-10
    P	Yoon Suk Yeol	Yoon Suk-yeol
    R	President	KOR	KORGOV	2022-05-10	2025-04-04
    P	Kim Jong Un	Kim Jong-un|Kim Jong-Un
    R	Supreme Leader	PRK	PRKGOV	2011-12-17		Monarch
    P	Rodrigo Duterte	Duterte
    R	President	PHL	PHLGOV	2016-06-30	2022-06-30
    P	Ferdinand Marcos Jr.	Bongbong Marcos|Ferdinand Marcos Jr
    R	President	PHL	PHLGOV	2022-06-30
    P	Uhuru Kenyatta	Kenyatta
    R	President	KEN	KENGOV	2013-04-09	2022-09-13
    P	William Ruto	Ruto
    R	President	KEN	KENGOV	2022-09-13
    P	Ashraf Ghani	Ghani
    R	President	AFG	AFGGOV	2014-09-29	2021-08-15
    P	Hibatullah Akhundzada	Haibatullah Akhundzada|Akhundzada
    R	Supreme Leader	AFG	AFGGOV	2021-08-15		Monarch
    P	Viktor Orbán	Viktor Orban|Orbán|Orban
    R	Prime Minister	HUN	HUNGOV	2010-05-29
    P	Kassym-Jomart Tokayev	Tokayev
    R	President	KAZ	KAZGOV	2019-03-20
    P	Maia Sandu	Sandu
    R	President	MDA	MDAGOV	2020-12-24
    P	Karl Nehammer	Nehammer
    R	Chancellor	AUT	AUTGOV	2021-12-06	2025-03-03
    P	Sebastian Kurz	Kurz
    R	Chancellor	AUT	AUTGOV	2017-12-18	2019-05-28
    R	Chancellor	AUT	AUTGOV	2020-01-07	2021-10-11
    P	Petr Fiala	Fiala
    R	Prime Minister	CZE	CZEGOV	2021-12-17	2025-12-09
    P	Andrej Babiš	Andrej Babis|Babiš|Babis
    R	Prime Minister	CZE	CZEGOV	2017-12-06	2021-12-17
    R	Prime Minister	CZE	CZEGOV	2025-12-09
    P	Salman bin Abdulaziz	King Salman|Salman bin Abdulaziz Al Saud
    R	King	SAU	SAUGOV	2015-01-23
    P	Mohammed bin Salman	MBS|Mohammad bin Salman
    R	Crown Prince	SAU	SAUGOV	2017-06-21
    R	Prime Minister	SAU	SAUGOV	2022-09-27
    P	Bashar al-Assad	Bashar Assad|Assad|al-Assad
    R	President	SYR	SYRGOV	2000-07-17	2024-12-08
    P	Abdel Fattah el-Sisi	Abdel Fattah al-Sisi|Sisi|el-Sisi|al-Sisi
    R	President	EGY	EGYGOV	2014-06-08
    P	Nikol Pashinyan	Pashinyan
    R	Prime Minister	ARM	ARMGOV	2018-05-08
    P	Ilham Aliyev	Aliyev
    R	President	AZE	AZEGOV	2003-10-31
    P	Gustavo Petro
    R	President	COL	COLGOV	2022-08-07
    P	Gabriel Boric	Boric
    R	President	CHL	CHLGOV	2022-03-11
    P	Andrés Manuel López Obrador	Andres Manuel Lopez Obrador|López Obrador|Lopez Obrador|AMLO
    R	President	MEX	MEXGOV	2018-12-01	2024-10-01
    P	Claudia Sheinbaum	Sheinbaum
    R	President	MEX	MEXGOV	2024-10-01
    P	Cyril Ramaphosa	Ramaphosa
    R	President	ZAF	ZAFGOV	2018-02-15
    P	Pedro Sánchez	Pedro Sanchez
    R	Prime Minister	ESP	ESPGOV	2018-06-02
    P	Mette Frederiksen	Frederiksen
    R	Prime Minister	DNK	DNKGOV	2019-06-27
    P	Jonas Gahr Støre	Jonas Gahr Store|Støre
    R	Prime Minister	NOR	NORGOV	2021-10-14
    P	Erna Solberg	Solberg
    R	Prime Minister	NOR	NORGOV	2013-10-16	2021-10-14
    P	Gitanas Nausėda	Gitanas Nauseda|Nausėda|Nauseda
    R	President	LTU	LTUGOV	2019-07-12
    P	Egils Levits	Levits
    R	President	LVA	LVAGOV	2019-07-08	2023-07-08
    P	Alar Karis	Karis
    R	President	EST	ESTGOV	2021-10-11
    P	Klaus Iohannis	Iohannis
    R	President	ROU	ROUGOV	2014-12-21	2025-02-12
    P	Rumen Radev	Radev
    R	President	BGR	BGRGOV	2017-01-22	2026-01-23
    P	Aleksandar Vučić	Aleksandar Vucic|Vučić|Vucic
    R	President	SRB	SRBGOV	2017-05-31
    P	Kyriakos Mitsotakis	Mitsotakis
    R	Prime Minister	GRC	GRCGOV	2019-07-08
    """
}
