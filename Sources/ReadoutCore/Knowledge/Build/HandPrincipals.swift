/// The hand-kept table of principals: offices the open sources miss or date wrongly (2021–2023 and the
/// earlier holders that dated questions need). Highest priority when the knowledge base is built.
///
/// Format, one record per line, tab-separated:
/// - `P  Name  alias|alias|…` starts a person (aliases: other spellings, transliterations, a distinctive surname);
/// - `R  title  country  actorCode  from  to` adds a role to the last person (`to` empty while in office;
///   actorCode empty = country + GOV, or the organisation code).
enum HandPrincipals {
    /// The whole table text: the United States, Russia and Ukraine, then the other powers, then the
    /// neighbours and international organisations (see the `HandPrincipals+…` files).
    static let table = [unitedStatesRussiaUkraine, otherPowers, neighboursAndOrganizations].joined(separator: "\n")

    /// Principals of the United States, Russia and Ukraine.
    static let unitedStatesRussiaUkraine = """
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
    """
}
