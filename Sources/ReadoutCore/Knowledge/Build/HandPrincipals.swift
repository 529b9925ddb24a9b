/// The hand-kept table of principals: offices the open sources miss or date wrongly (2021–2023 and the
/// earlier holders that dated questions need). Highest priority when the knowledge base is built.
///
/// Format, one record per line, tab-separated:
/// - `P  Name  alias|alias|…` starts a person (aliases: other spellings, transliterations, a distinctive surname);
/// - `R  title  country  actorCode  from  to` adds a role to the last person (`to` empty while in office;
///   actorCode empty = country + GOV, or the organisation code).
enum HandPrincipals {
    /// The table text.
    static let table = """
    # --- United States
    P	Joe Biden	Joseph Biden|Joseph R. Biden|Joseph Robinette Biden|Joe Biden Jr.|Biden
    R	President	USA	USAGOV	2021-01-20	2025-01-20
    R	Vice President	USA	USAGOV	2009-01-20	2017-01-20
    P	Donald Trump	Donald J. Trump|Donald John Trump|Trump
    R	President	USA	USAGOV	2017-01-20	2021-01-20
    R	President	USA	USAGOV	2025-01-20
    P	Barack Obama	Barack H. Obama|Barack Hussein Obama|Obama
    R	President	USA	USAGOV	2009-01-20	2017-01-20
    P	Kamala Harris	Kamala D. Harris|Kamala Devi Harris
    R	Vice President	USA	USAGOV	2021-01-20	2025-01-20
    P	Mike Pence	Michael Pence|Michael R. Pence|Pence
    R	Vice President	USA	USAGOV	2017-01-20	2021-01-20
    P	Antony Blinken	Antony J. Blinken|Tony Blinken|Antony John Blinken|Blinken
    R	Secretary of State	USA	USAGOV	2021-01-26	2025-01-20
    P	Mike Pompeo	Michael Pompeo|Michael R. Pompeo|Michael Richard Pompeo|Pompeo
    R	Secretary of State	USA	USAGOV	2018-04-26	2021-01-20
    P	Rex Tillerson	Rex W. Tillerson|Tillerson
    R	Secretary of State	USA	USAGOV	2017-02-01	2018-03-31
    P	John Kerry	John F. Kerry|John Forbes Kerry
    R	Secretary of State	USA	USAGOV	2013-02-01	2017-01-20
    P	Hillary Clinton	Hillary Rodham Clinton
    R	Secretary of State	USA	USAGOV	2009-01-21	2013-02-01
    P	Marco Rubio	Rubio
    R	Secretary of State	USA	USAGOV	2025-01-21
    P	Lloyd Austin	Lloyd J. Austin|Lloyd J. Austin III|Lloyd James Austin III
    R	Secretary of Defense	USA	USAGOV	2021-01-22	2025-01-20
    P	Mark Esper	Mark T. Esper|Esper
    R	Secretary of Defense	USA	USAGOV	2019-07-23	2020-11-09
    P	Christopher C. Miller	Christopher Miller
    R	Secretary of Defense	USA	USAGOV	2020-11-09	2021-01-20
    P	Pete Hegseth	Peter Hegseth|Hegseth
    R	Secretary of Defense	USA	USAGOV	2025-01-25
    P	Jen Psaki	Jennifer Psaki|Psaki
    R	White House Press Secretary	USA	USAGOV	2021-01-20	2022-05-13
    P	Karine Jean-Pierre	Jean-Pierre
    R	White House Press Secretary	USA	USAGOV	2022-05-13	2025-01-20
    P	Kayleigh McEnany	McEnany
    R	White House Press Secretary	USA	USAGOV	2020-04-07	2021-01-20
    P	Ned Price	Edward Price
    R	State Department Spokesperson	USA	USAGOV	2021-01-20	2023-03
    P	Matthew Miller
    R	State Department Spokesperson	USA	USAGOV	2023-05	2025-01-20
    P	John Kirby	John F. Kirby|Kirby
    R	Pentagon Press Secretary	USA	USAMIL	2021-01-20	2022-05
    P	Pat Ryder	Patrick Ryder|Patrick S. Ryder
    R	Pentagon Press Secretary	USA	USAMIL	2022-08	2025-01
    P	Jake Sullivan	Jacob Sullivan
    R	National Security Adviser	USA	USAGOV	2021-01-20	2025-01-20
    P	Mark Milley	Mark A. Milley|Milley
    R	Chairman of the Joint Chiefs of Staff	USA	USAMIL	2019-10-01	2023-09-30
    P	Charles Q. Brown	CQ Brown|Charles Brown|Charles Q. Brown Jr.
    R	Chairman of the Joint Chiefs of Staff	USA	USAMIL	2023-10-01	2025-02-21
    # --- Russia
    P	Vladimir Putin	Vladimir Vladimirovich Putin|Vladimir V. Putin|Wladimir Putin|Putin
    R	Prime Minister	RUS	RUSGOV	1999-08-16	2000-05-07
    R	President	RUS	RUSGOV	2000-05-07	2008-05-07
    R	Prime Minister	RUS	RUSGOV	2008-05-08	2012-05-07
    R	President	RUS	RUSGOV	2012-05-07
    P	Dmitry Medvedev	Dmitri Medvedev|Dmitry Anatolyevich Medvedev|Dmitriy Medvedev|Medvedev
    R	President	RUS	RUSGOV	2008-05-07	2012-05-07
    R	Prime Minister	RUS	RUSGOV	2012-05-08	2020-01-15
    R	Deputy Chairman of the Security Council	RUS	RUSGOV	2020-01-16
    P	Mikhail Mishustin	Mikhail Vladimirovich Mishustin|Mishustin
    R	Prime Minister	RUS	RUSGOV	2020-01-16
    P	Viktor Zubkov	Zubkov
    R	Prime Minister	RUS	RUSGOV	2007-09-14	2008-05-07
    P	Mikhail Fradkov	Fradkov
    R	Prime Minister	RUS	RUSGOV	2004-03-05	2007-09-14
    P	Sergei Lavrov	Sergey Lavrov|Sergei Viktorovich Lavrov|Sergey Viktorovich Lavrov|Sergej Lawrow|Lavrov
    R	Foreign Minister	RUS	RUSGOV	2004-03-09
    P	Igor Ivanov	Igor Sergeyevich Ivanov
    R	Foreign Minister	RUS	RUSGOV	1998-09-11	2004-03-09
    P	Sergei Shoigu	Sergey Shoigu|Sergei Shoygu|Sergey Shoygu|Sergei Kuzhugetovich Shoigu|Shoigu|Shoygu
    R	Defence Minister	RUS	RUSGOV	2012-11-06	2024-05-12
    R	Secretary of the Security Council	RUS	RUSGOV	2024-05-12
    P	Andrei Belousov	Andrey Belousov|Belousov
    R	Defence Minister	RUS	RUSGOV	2024-05-14
    P	Anatoly Serdyukov	Anatoliy Serdyukov|Serdyukov
    R	Defence Minister	RUS	RUSGOV	2007-02-15	2012-11-06
    P	Dmitry Peskov	Dmitri Peskov|Dmitry Sergeyevich Peskov|Peskov
    R	Kremlin Spokesman	RUS	RUSGOV	2012-05-22		Spokesperson
    P	Maria Zakharova	Mariya Zakharova|Maria Vladimirovna Zakharova|Zakharova
    R	Foreign Ministry Spokeswoman	RUS	RUSGOV	2015-08-10
    P	Igor Konashenkov	Konashenkov
    R	Defence Ministry Spokesman	RUS	RUSMIL	2017
    P	Valery Gerasimov	Valeriy Gerasimov|Valery Vasilyevich Gerasimov|Gerasimov
    R	Chief of the General Staff	RUS	RUSMIL	2012-11-09
    P	Nikolai Patrushev	Nikolay Patrushev|Patrushev
    R	Secretary of the Security Council	RUS	RUSGOV	2008-05-12	2024-05-12
    P	Vasily Nebenzya	Vassily Nebenzia|Vasily Nebenzia|Nebenzia|Nebenzya
    R	Ambassador to the United Nations	RUS	RUSGOV	2017-07-27
    P	Sergei Ryabkov	Sergey Ryabkov|Ryabkov
    R	Deputy Foreign Minister	RUS	RUSGOV	2008-08-26
    # --- Ukraine
    P	Volodymyr Zelensky	Volodymyr Zelenskyy|Volodymyr Zelenskiy|Volodymyr Oleksandrovych Zelenskyy|Vladimir Zelensky|Zelensky|Zelenskyy|Zelenskiy
    R	President	UKR	UKRGOV	2019-05-20
    P	Petro Poroshenko	Poroshenko
    R	President	UKR	UKRGOV	2014-06-07	2019-05-20
    P	Denys Shmyhal	Denis Shmygal|Denys Shmygal|Shmyhal
    R	Prime Minister	UKR	UKRGOV	2020-03-04	2025-07-17
    R	Defence Minister	UKR	UKRGOV	2025-07-17
    P	Yulia Svyrydenko	Yuliia Svyrydenko|Svyrydenko
    R	Prime Minister	UKR	UKRGOV	2025-07-17
    P	Oleksiy Honcharuk	Oleksii Honcharuk|Honcharuk
    R	Prime Minister	UKR	UKRGOV	2019-08-29	2020-03-04
    P	Dmytro Kuleba	Dmitry Kuleba|Dmytro Ivanovych Kuleba|Kuleba
    R	Foreign Minister	UKR	UKRGOV	2020-03-04	2024-09-05
    P	Andrii Sybiha	Andriy Sybiha|Andrii Sybiga|Sybiha
    R	Foreign Minister	UKR	UKRGOV	2024-09-05
    P	Vadym Prystaiko	Prystaiko
    R	Foreign Minister	UKR	UKRGOV	2019-08-29	2020-03-04
    P	Pavlo Klimkin	Klimkin
    R	Foreign Minister	UKR	UKRGOV	2014-06-19	2019-08-29
    P	Oleksii Reznikov	Oleksiy Reznikov|Alexei Reznikov|Reznikov
    R	Defence Minister	UKR	UKRGOV	2021-11-04	2023-09-06
    P	Rustem Umerov	Umerov
    R	Defence Minister	UKR	UKRGOV	2023-09-06	2025-07-17
    P	Andrii Taran	Andriy Taran
    R	Defence Minister	UKR	UKRGOV	2020-03-04	2021-11-03
    P	Yuliia Mendel	Yulia Mendel|Iuliia Mendel
    R	Presidential Spokeswoman	UKR	UKRGOV	2019-06-03	2021-07	Spokesperson
    P	Serhii Nykyforov	Sergiy Nykyforov|Serhiy Nykyforov|Nykyforov
    R	Presidential Spokesman	UKR	UKRGOV	2021-07		Spokesperson
    P	Oleg Nikolenko	Oleh Nikolenko|Nikolenko
    R	Foreign Ministry Spokesman	UKR	UKRGOV	2020	2024-01
    P	Valerii Zaluzhnyi	Valery Zaluzhny|Valeriy Zaluzhnyi|Zaluzhnyi|Zaluzhny
    R	Commander-in-Chief of the Armed Forces	UKR	UKRMIL	2021-07-27	2024-02-08	Chief of General Staff
    P	Oleksandr Syrskyi	Oleksandr Syrsky|Alexander Syrsky|Syrskyi
    R	Commander-in-Chief of the Armed Forces	UKR	UKRMIL	2024-02-08		Chief of General Staff
    P	Andriy Yermak	Andrii Yermak|Yermak
    R	Head of the Presidential Office	UKR	UKRGOV	2020-02-11	2025-11-28
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
    # --- Poland
    P	Andrzej Duda	Duda
    R	President	POL	POLGOV	2015-08-06	2025-08-06
    P	Karol Nawrocki	Nawrocki
    R	President	POL	POLGOV	2025-08-06
    P	Mateusz Morawiecki	Morawiecki
    R	Prime Minister	POL	POLGOV	2017-12-11	2023-12-13
    P	Donald Tusk	Tusk
    R	Prime Minister	POL	POLGOV	2007-11-16	2014-09-22
    R	Council President	EU	EUR	2014-12-01	2019-11-30
    R	Prime Minister	POL	POLGOV	2023-12-13
    P	Beata Szydło	Beata Szydlo|Szydło|Szydlo
    R	Prime Minister	POL	POLGOV	2015-11-16	2017-12-11
    P	Zbigniew Rau
    R	Foreign Minister	POL	POLGOV	2020-08-26	2023-12-13
    P	Jacek Czaputowicz	Czaputowicz
    R	Foreign Minister	POL	POLGOV	2018-01-09	2020-08-20
    P	Radosław Sikorski	Radoslaw Sikorski|Radek Sikorski|Sikorski
    R	Foreign Minister	POL	POLGOV	2007-11-16	2014-09-22
    R	Foreign Minister	POL	POLGOV	2023-12-13
    P	Mariusz Błaszczak	Mariusz Blaszczak|Błaszczak|Blaszczak
    R	Defence Minister	POL	POLGOV	2018-01-09	2023-11-27
    P	Władysław Kosiniak-Kamysz	Wladyslaw Kosiniak-Kamysz|Kosiniak-Kamysz
    R	Defence Minister	POL	POLGOV	2023-12-13
    P	Piotr Müller	Piotr Muller|Piotr Mueller
    R	Government Spokesman	POL	POLGOV	2019-11	2023-11	Spokesperson
    # --- Belarus
    P	Alexander Lukashenko	Aleksandr Lukashenko|Alyaksandr Lukashenka|Aliaksandr Lukashenka|Alexander Lukashenka|Lukashenko|Lukashenka
    R	President	BLR	BLRGOV	1994-07-20
    P	Roman Golovchenko	Raman Halouchanka|Golovchenko
    R	Prime Minister	BLR	BLRGOV	2020-06-04	2025-03
    P	Sergei Rumas	Siarhei Rumas|Rumas
    R	Prime Minister	BLR	BLRGOV	2018-08-18	2020-06-03
    P	Vladimir Makei	Uladzimir Makei|Vladimir Makey|Makei
    R	Foreign Minister	BLR	BLRGOV	2012-08-20	2022-11-26
    P	Sergei Aleinik	Sergei Aleynik|Siarhei Aleinik|Aleinik
    R	Foreign Minister	BLR	BLRGOV	2022-12-20	2024-04
    P	Maxim Ryzhenkov	Maksim Ryzhenkov|Ryzhenkov
    R	Foreign Minister	BLR	BLRGOV	2024-04
    P	Viktor Khrenin	Viktar Khrenin|Khrenin
    R	Defence Minister	BLR	BLRGOV	2020-01-20
    P	Natalia Eismont	Natalya Eismont|Eismont
    R	Presidential Press Secretary	BLR	BLRGOV	2014		Spokesperson
    P	Anatoly Glaz	Anatoli Glaz
    R	Foreign Ministry Spokesman	BLR	BLRGOV	2017
    # --- NATO
    P	Jens Stoltenberg	Stoltenberg
    R	Secretary General	NATO	NATO	2014-10-01	2024-10-01
    P	Mark Rutte	Rutte
    R	Prime Minister	NLD	NLDGOV	2010-10-14	2024-07-02
    R	Secretary General	NATO	NATO	2024-10-01
    P	Anders Fogh Rasmussen	Fogh Rasmussen
    R	Secretary General	NATO	NATO	2009-08-01	2014-10-01
    P	Oana Lungescu	Lungescu
    R	NATO Spokesperson	NATO	NATO	2010-12	2023-09	Spokesperson
    # --- European Union
    P	Josep Borrell	Josep Borrell Fontelles|Borrell
    R	High Representative	EU	EUR	2019-12-01	2024-11-30
    P	Kaja Kallas	Kallas
    R	Prime Minister	EST	ESTGOV	2021-01-26	2024-07-23
    R	High Representative	EU	EUR	2024-12-01
    P	Federica Mogherini	Mogherini
    R	High Representative	EU	EUR	2014-11-01	2019-11-30
    P	Ursula von der Leyen	von der Leyen|Von der Leyen
    R	Defence Minister	DEU	DEUGOV	2013-12-17	2019-07-17
    R	Commission President	EU	EUR	2019-12-01
    P	Jean-Claude Juncker	Juncker
    R	Commission President	EU	EUR	2014-11-01	2019-11-30
    P	Charles Michel
    R	Council President	EU	EUR	2019-12-01	2024-11-30
    P	António Costa	Antonio Costa
    R	Council President	EU	EUR	2024-12-01
    P	Peter Stano
    R	Foreign Affairs Spokesperson	EU	EUR	2019-12	2024	Spokesperson
    # --- United Nations and other organisations
    P	António Guterres	Antonio Guterres|Guterres
    R	Secretary General	UN	UNO	2017-01-01
    P	Ban Ki-moon	Ban Ki Moon
    R	Secretary General	UN	UNO	2007-01-01	2016-12-31
    P	Stéphane Dujarric	Stephane Dujarric|Dujarric
    R	Spokesperson for the Secretary-General	UN	UNO	2014-03		Spokesperson
    P	Helga Schmid
    R	Secretary General	OSCE	OSCE	2020-12-04	2024-09-03
    P	Rafael Grossi	Rafael Mariano Grossi|Grossi
    R	Director General	IAEA	IAEA	2019-12-03
    P	Tedros Adhanom Ghebreyesus	Tedros Adhanom|Tedros
    R	Director General	WHO	WHO	2017-07-01
    """
}
