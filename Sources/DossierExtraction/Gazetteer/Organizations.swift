import DossierModel

/// International organisations, well-known movements, agencies, parties and news outlets:
/// "Name|alias;acronym".
enum GazetteerOrganizations {
    static let rows: [String] = [
        // International bodies
        "United Nations|U.N.;UN", "United Nations Security Council|U.N. Security Council;UN Security Council;UNSC;Security Council",
        "United Nations General Assembly|U.N. General Assembly;UN General Assembly;General Assembly",
        "United Nations Human Rights Council|U.N. Human Rights Council;UN Human Rights Council;UNHRC;Human Rights Council",
        "UNRWA|", "UNICEF|", "UNESCO|", "UNHCR|", "World Food Programme|WFP;World Food Program", "World Health Organization|WHO",
        "International Monetary Fund|IMF", "World Bank|", "World Trade Organization|WTO", "European Union|EU;E.U.",
        "European Commission|", "European Parliament|", "European Central Bank|ECB", "NATO|North Atlantic Treaty Organization",
        "African Union|AU", "Arab League|", "Organization of Islamic Cooperation|OIC", "ASEAN|", "OPEC|",
        "Group of Seven|G7;G-7", "Group of 20|G20;G-20", "International Criminal Court|ICC",
        "International Court of Justice|ICJ;World Court", "International Committee of the Red Cross|ICRC;Red Cross",
        "Red Crescent|", "Doctors Without Borders|MSF;Medecins Sans Frontieres", "Amnesty International|",
        "Human Rights Watch|", "International Atomic Energy Agency|IAEA", "Interpol|", "OSCE|", "Council of Europe|",
        // Movements, armed groups, parties
        "Hamas|", "Hezbollah|Hizbollah", "Islamic Jihad|Palestinian Islamic Jihad", "Fatah|", "Palestinian Authority|PA",
        "Palestine Liberation Organization|PLO", "Islamic State|ISIS;ISIL", "al-Qaeda|Al Qaeda;al Qaeda", "Taliban|",
        "Houthis|Ansar Allah", "Wagner Group|Wagner", "Boko Haram|", "al-Shabab|Al-Shabaab", "Muslim Brotherhood|",
        "Likud|", "Labor Party|", "Yesh Atid|", "National Unity|", "Shas|", "Democratic Party|", "Republican Party|GOP",
        "Conservative Party|Tories", "Labour Party|Labour", "Liberal Democrats|", "Christian Democratic Union|CDU",
        "Social Democratic Party|SPD", "Alternative for Germany|AfD", "National Rally|", "Bharatiya Janata Party|BJP",
        "Indian National Congress|Congress Party", "African National Congress|ANC", "Communist Party|",
        // State agencies with proper names
        "Mossad|", "Shin Bet|", "Israel Defense Forces|IDF", "Pentagon|", "White House|", "Kremlin|", "State Department|",
        "Department of Defense|", "Department of Justice|Justice Department;DOJ", "Central Intelligence Agency|CIA",
        "Federal Bureau of Investigation|FBI", "National Security Agency|NSA", "Federal Reserve|Fed",
        "Securities and Exchange Commission|SEC", "Congress|", "Senate|", "House of Representatives|",
        "Supreme Court|", "Knesset|", "Downing Street|", "Elysee|", "Bundestag|", "Duma|", "MI6|", "MI5|",
        "Revolutionary Guards|IRGC;Islamic Revolutionary Guard Corps", "National Security Council|NSC",
        "Federal Aviation Administration|FAA", "Environmental Protection Agency|EPA", "Food and Drug Administration|FDA",
        "Centers for Disease Control and Prevention|CDC", "Internal Revenue Service|IRS",
        // News outlets and agencies
        "Associated Press|AP", "Reuters|", "Agence France-Presse|AFP", "Bloomberg|", "CNN|", "BBC|", "NBC|", "CBS|", "ABC|",
        "Fox News|", "MSNBC|", "NPR|", "Al Jazeera|", "Al Arabiya|", "Haaretz|", "The Times of Israel|Times of Israel",
        "The Jerusalem Post|Jerusalem Post", "Ynet|", "The New York Times|New York Times", "The Washington Post|Washington Post",
        "The Wall Street Journal|Wall Street Journal;WSJ", "The Guardian|Guardian", "Financial Times|FT",
        "The Economist|Economist", "Politico|", "Axios|", "U.S. News|U.S. News & World Report", "The New York Sun|New York Sun",
        "Le Monde|", "Der Spiegel|", "TASS|", "Xinhua|", "Kyodo|", "Yonhap|", "Anadolu|",
        // Companies often in the news
        "Apple|", "Google|", "Alphabet|", "Microsoft|", "Amazon|", "Meta|", "Facebook|", "Tesla|", "Nvidia|", "OpenAI|",
        "Boeing|", "Airbus|", "Toyota|", "Samsung|", "ExxonMobil|Exxon", "Chevron|", "Goldman Sachs|", "JPMorgan|JPMorgan Chase",
        "Morgan Stanley|", "BlackRock|", "Walmart|", "Intel|", "IBM|", "Netflix|", "Disney|", "Pfizer|", "Moderna|",
    ]
}
