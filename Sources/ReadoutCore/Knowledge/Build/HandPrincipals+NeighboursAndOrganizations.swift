/// The hand-kept principals of Poland and Belarus, NATO, the European Union, the United Nations and
/// other international organisations.
extension HandPrincipals {
    /// Principals of Poland, Belarus, NATO, the EU, the UN and other organisations (format: see `HandPrincipals`).
    static let neighboursAndOrganizations = """
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
