/// The hand-kept principals of the United Kingdom, France, Germany, China and Turkey.
extension HandPrincipals {
    /// Principals of the United Kingdom, France, Germany, China and Turkey (format: see `HandPrincipals`).
    static let otherPowers = """
    # --- United Kingdom
    P	Boris Johnson	Alexander Boris de Pfeffel Johnson
    R	Prime Minister	GBR	GBRGOV	2019-07-24	2022-09-06
    R	Foreign Secretary	GBR	GBRGOV	2016-07-13	2018-07-09
    P	Liz Truss	Elizabeth Truss|Mary Elizabeth Truss
    R	Foreign Secretary	GBR	GBRGOV	2021-09-15	2022-09-06
    R	Prime Minister	GBR	GBRGOV	2022-09-06	2022-10-25
    P	Rishi Sunak	Sunak
    R	Chancellor of the Exchequer	GBR	GBRGOV	2020-02-13	2022-07-05
    R	Prime Minister	GBR	GBRGOV	2022-10-25	2024-07-05
    P	Keir Starmer	Sir Keir Starmer|Starmer
    R	Prime Minister	GBR	GBRGOV	2024-07-05
    P	Theresa May
    R	Prime Minister	GBR	GBRGOV	2016-07-13	2019-07-24
    P	David Cameron	Lord Cameron|Cameron
    R	Prime Minister	GBR	GBRGOV	2010-05-11	2016-07-13
    R	Foreign Secretary	GBR	GBRGOV	2023-11-13	2024-07-05
    P	Dominic Raab	Raab
    R	Foreign Secretary	GBR	GBRGOV	2019-07-24	2021-09-15
    P	James Cleverly	Cleverly
    R	Foreign Secretary	GBR	GBRGOV	2022-09-06	2023-11-13
    P	David Lammy	Lammy
    R	Foreign Secretary	GBR	GBRGOV	2024-07-05	2025-09-05
    P	Ben Wallace
    R	Defence Secretary	GBR	GBRGOV	2019-07-24	2023-08-31
    P	Grant Shapps	Shapps
    R	Defence Secretary	GBR	GBRGOV	2023-08-31	2024-07-05
    P	John Healey
    R	Defence Secretary	GBR	GBRGOV	2024-07-05
    P	Queen Elizabeth II	Elizabeth II|Queen Elizabeth
    R	Queen	GBR	GBRGOV	1952-02-06	2022-09-08
    P	King Charles III	Charles III|King Charles|Prince Charles
    R	King	GBR	GBRGOV	2022-09-08
    # --- France
    P	Emmanuel Macron	Emmanuel Jean-Michel Frédéric Macron|Macron
    R	President	FRA	FRAGOV	2017-05-14
    P	François Hollande	Francois Hollande|Hollande
    R	President	FRA	FRAGOV	2012-05-15	2017-05-14
    P	Édouard Philippe	Edouard Philippe
    R	Prime Minister	FRA	FRAGOV	2017-05-15	2020-07-03
    P	Jean Castex	Castex
    R	Prime Minister	FRA	FRAGOV	2020-07-03	2022-05-16
    P	Élisabeth Borne	Elisabeth Borne|Borne
    R	Prime Minister	FRA	FRAGOV	2022-05-16	2024-01-09
    P	Gabriel Attal	Attal
    R	Government Spokesman	FRA	FRAGOV	2020-07-06	2022-05-20	Spokesperson
    R	Prime Minister	FRA	FRAGOV	2024-01-09	2024-09-05
    P	Michel Barnier	Barnier
    R	Prime Minister	FRA	FRAGOV	2024-09-05	2024-12-13
    P	François Bayrou	Francois Bayrou|Bayrou
    R	Prime Minister	FRA	FRAGOV	2024-12-13	2025-09-09
    P	Sébastien Lecornu	Sebastien Lecornu|Lecornu
    R	Minister of the Armed Forces	FRA	FRAGOV	2022-05-20	2025-09-09
    R	Prime Minister	FRA	FRAGOV	2025-09-09
    P	Jean-Yves Le Drian	Jean-Yves Le Drian|Le Drian
    R	Minister for Europe and Foreign Affairs	FRA	FRAGOV	2017-05-17	2022-05-20
    P	Catherine Colonna	Colonna
    R	Minister for Europe and Foreign Affairs	FRA	FRAGOV	2022-05-20	2024-01-11
    P	Stéphane Séjourné	Stephane Sejourne|Séjourné
    R	Minister for Europe and Foreign Affairs	FRA	FRAGOV	2024-01-11	2024-09-21
    P	Jean-Noël Barrot	Jean-Noel Barrot
    R	Minister for Europe and Foreign Affairs	FRA	FRAGOV	2024-09-21
    P	Florence Parly	Parly
    R	Minister of the Armed Forces	FRA	FRAGOV	2017-06-21	2022-05-20
    P	Olivia Grégoire	Olivia Gregoire
    R	Government Spokeswoman	FRA	FRAGOV	2022-05-20	2022-07-04	Spokesperson
    P	Olivier Véran	Olivier Veran|Véran
    R	Government Spokesman	FRA	FRAGOV	2022-07-04	2024-01-11	Spokesperson
    P	Anne-Claire Legendre
    R	Foreign Ministry Spokeswoman	FRA	FRAGOV	2020	2023
    # --- Germany
    P	Frank-Walter Steinmeier	Steinmeier
    R	Federal President	DEU	DEUGOV	2017-03-19
    R	Foreign Minister	DEU	DEUGOV	2013-12-17	2017-01-27
    P	Angela Merkel	Merkel
    R	Chancellor	DEU	DEUGOV	2005-11-22	2021-12-08
    P	Olaf Scholz	Scholz
    R	Chancellor	DEU	DEUGOV	2021-12-08	2025-05-06
    P	Friedrich Merz	Merz
    R	Chancellor	DEU	DEUGOV	2025-05-06
    P	Heiko Maas
    R	Foreign Minister	DEU	DEUGOV	2018-03-14	2021-12-08
    P	Annalena Baerbock	Baerbock
    R	Foreign Minister	DEU	DEUGOV	2021-12-08	2025-05-06
    P	Johann Wadephul	Wadephul
    R	Foreign Minister	DEU	DEUGOV	2025-05-06
    P	Annegret Kramp-Karrenbauer	Kramp-Karrenbauer|AKK
    R	Defence Minister	DEU	DEUGOV	2019-07-17	2021-12-08
    P	Christine Lambrecht	Lambrecht
    R	Defence Minister	DEU	DEUGOV	2021-12-08	2023-01-19
    P	Boris Pistorius	Pistorius
    R	Defence Minister	DEU	DEUGOV	2023-01-19
    P	Steffen Seibert	Seibert
    R	Government Spokesman	DEU	DEUGOV	2010-08-11	2021-12-08	Spokesperson
    P	Steffen Hebestreit	Hebestreit
    R	Government Spokesman	DEU	DEUGOV	2021-12-08	2025-05-06	Spokesperson
    # --- China
    P	Xi Jinping	Xi
    R	President	CHN	CHNGOV	2013-03-14
    P	Hu Jintao
    R	President	CHN	CHNGOV	2003-03-15	2013-03-14
    P	Li Keqiang
    R	Premier	CHN	CHNGOV	2013-03-15	2023-03-11
    P	Li Qiang
    R	Premier	CHN	CHNGOV	2023-03-11
    P	Wen Jiabao
    R	Premier	CHN	CHNGOV	2003-03-16	2013-03-15
    P	Wang Yi
    R	Foreign Minister	CHN	CHNGOV	2013-03-16	2022-12-30
    R	Foreign Minister	CHN	CHNGOV	2023-07-25
    P	Qin Gang
    R	Foreign Minister	CHN	CHNGOV	2022-12-30	2023-07-25
    P	Wei Fenghe
    R	Defence Minister	CHN	CHNGOV	2018-03-19	2023-03-12
    P	Li Shangfu
    R	Defence Minister	CHN	CHNGOV	2023-03-12	2023-10-24
    P	Dong Jun
    R	Defence Minister	CHN	CHNGOV	2023-12-29
    P	Hua Chunying
    R	Foreign Ministry Spokeswoman	CHN	CHNGOV	2012-09
    P	Zhao Lijian
    R	Foreign Ministry Spokesman	CHN	CHNGOV	2020-02-24	2023-01-09
    P	Wang Wenbin
    R	Foreign Ministry Spokesman	CHN	CHNGOV	2020-07	2024-07
    P	Mao Ning
    R	Foreign Ministry Spokeswoman	CHN	CHNGOV	2022-09
    P	Lin Jian
    R	Foreign Ministry Spokesman	CHN	CHNGOV	2024-01
    P	Zhang Jun
    R	Ambassador to the United Nations	CHN	CHNGOV	2019-07	2024-05
    # --- Turkey
    P	Recep Tayyip Erdoğan	Recep Tayyip Erdogan|Tayyip Erdogan|Tayyip Erdoğan|Erdogan|Erdoğan
    R	Prime Minister	TUR	TURGOV	2003-03-14	2014-08-28
    R	President	TUR	TURGOV	2014-08-28
    P	Binali Yıldırım	Binali Yildirim
    R	Prime Minister	TUR	TURGOV	2016-05-24	2018-07-09
    P	Ahmet Davutoğlu	Ahmet Davutoglu|Davutoglu
    R	Prime Minister	TUR	TURGOV	2014-08-28	2016-05-24
    R	Foreign Minister	TUR	TURGOV	2009-05-01	2014-08-28
    P	Mevlüt Çavuşoğlu	Mevlut Cavusoglu|Çavuşoğlu|Cavusoglu
    R	Foreign Minister	TUR	TURGOV	2014-08-29	2015-08-28
    R	Foreign Minister	TUR	TURGOV	2015-11-24	2023-06-04
    P	Hakan Fidan	Fidan
    R	Foreign Minister	TUR	TURGOV	2023-06-04
    P	Hulusi Akar	Akar
    R	Defence Minister	TUR	TURGOV	2018-07-10	2023-06-04
    P	Yaşar Güler	Yasar Guler
    R	Defence Minister	TUR	TURGOV	2023-06-04
    P	İbrahim Kalın	Ibrahim Kalin|Kalın|Kalin
    R	Presidential Spokesman	TUR	TURGOV	2014-12	2023-06-04	Spokesperson
    """
}
