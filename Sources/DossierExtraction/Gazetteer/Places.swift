import DossierModel

/// Capitals, large world cities, US states, regions and territories: "Name|alias;alias".
enum GazetteerPlaces {
    static let rows: [String] = [
        // Regions and territories
        "Gaza Strip|Gaza", "West Bank|", "East Jerusalem|", "Golan Heights|", "Sinai|Sinai Peninsula",
        "Middle East|Mideast", "Europe|", "Africa|", "Asia|", "North America|", "South America|", "Latin America|",
        "Central America|", "Caribbean|", "Balkans|", "Gulf|Persian Gulf", "Red Sea|", "Black Sea|", "Mediterranean|",
        "Baltic|", "Scandinavia|", "Crimea|", "Donbas|", "Kashmir|", "Tibet|", "Xinjiang|", "Hong Kong|", "Macau|",
        "Darfur|", "Sahel|", "Kurdistan|", "Puerto Rico|", "Greenland|", "Antarctica|", "Arctic|", "Pacific|",
        "Atlantic|", "Indian Ocean|", "Southeast Asia|", "East Asia|", "South Asia|", "Central Asia|", "Horn of Africa|",
        "Northern Ireland|", "Siberia|", "Silicon Valley|", "Wall Street|",
        // Capitals and large cities
        "Washington|Washington, D.C.;Washington D.C.", "New York|New York City;NYC", "Los Angeles|", "Chicago|",
        "Houston|", "Phoenix|", "Philadelphia|", "San Antonio|", "San Diego|", "Dallas|", "San Francisco|", "Seattle|",
        "Boston|", "Miami|", "Atlanta|", "Detroit|", "Denver|", "Las Vegas|", "Baltimore|", "Pittsburgh|",
        "New Orleans|", "Minneapolis|", "Cleveland|", "Nashville|", "Austin|", "Portland|", "Toronto|", "Montreal|",
        "Vancouver|", "Ottawa|", "Mexico City|", "Havana|", "Bogota|", "Caracas|", "Lima|", "Santiago|",
        "Buenos Aires|", "Sao Paulo|", "Rio de Janeiro|", "Brasilia|", "London|", "Paris|", "Berlin|", "Madrid|",
        "Rome|", "Lisbon|", "Dublin|", "Brussels|", "Amsterdam|", "The Hague|Hague", "Vienna|", "Geneva|", "Zurich|",
        "Bern|", "Prague|", "Warsaw|", "Budapest|", "Bucharest|", "Sofia|", "Athens|", "Belgrade|", "Zagreb|",
        "Stockholm|", "Oslo|", "Copenhagen|", "Helsinki|", "Reykjavik|", "Tallinn|", "Riga|", "Vilnius|", "Minsk|",
        "Kyiv|Kiev", "Kharkiv|", "Odesa|Odessa", "Mariupol|", "Moscow|", "St. Petersburg|Saint Petersburg",
        "Istanbul|", "Ankara|", "Munich|", "Frankfurt|", "Hamburg|", "Milan|", "Naples|", "Barcelona|",
        "Manchester|", "Edinburgh|", "Strasbourg|", "Davos|", "Jerusalem|", "Tel Aviv|", "Haifa|", "Rafah|",
        "Khan Younis|Khan Yunis", "Gaza City|", "Jabalia|", "Nablus|", "Jenin|", "Hebron|", "Ramallah|", "Bethlehem|",
        "Beirut|", "Damascus|", "Aleppo|", "Idlib|", "Amman|", "Baghdad|", "Mosul|", "Basra|", "Erbil|", "Tehran|",
        "Riyadh|", "Jeddah|", "Mecca|", "Medina|", "Doha|", "Dubai|", "Abu Dhabi|", "Muscat|", "Manama|",
        "Kuwait City|", "Sanaa|", "Aden|", "Hodeidah|", "Cairo|", "Alexandria|", "Tripoli|", "Benghazi|", "Tunis|",
        "Algiers|", "Rabat|", "Casablanca|", "Khartoum|", "Addis Ababa|", "Nairobi|", "Mogadishu|", "Kampala|",
        "Kigali|", "Lagos|", "Abuja|", "Accra|", "Dakar|", "Bamako|", "Niamey|", "Kinshasa|", "Luanda|",
        "Johannesburg|", "Cape Town|", "Pretoria|", "Harare|", "Kabul|", "Kandahar|", "Islamabad|", "Karachi|",
        "Lahore|", "New Delhi|Delhi", "Mumbai|Bombay", "Kolkata|Calcutta", "Bengaluru|Bangalore", "Chennai|",
        "Dhaka|", "Kathmandu|", "Colombo|", "Beijing|", "Shanghai|", "Shenzhen|", "Guangzhou|", "Wuhan|", "Taipei|",
        "Tokyo|", "Osaka|", "Seoul|", "Pyongyang|", "Bangkok|", "Hanoi|", "Ho Chi Minh City|Saigon", "Manila|",
        "Jakarta|", "Kuala Lumpur|", "Singapore City|", "Yangon|Rangoon", "Sydney|", "Melbourne|", "Canberra|",
        "Auckland|", "Wellington|", "Tbilisi|", "Yerevan|", "Baku|", "Astana|", "Tashkent|",
        // US states
        "Alabama|", "Alaska|", "Arizona|", "Arkansas|", "California|", "Colorado|", "Connecticut|", "Delaware|",
        "Florida|", "Hawaii|", "Idaho|", "Illinois|", "Indiana|", "Iowa|", "Kansas|", "Kentucky|", "Louisiana|",
        "Maine|", "Maryland|", "Massachusetts|", "Michigan|", "Minnesota|", "Mississippi|", "Missouri|", "Montana|",
        "Nebraska|", "Nevada|", "New Hampshire|", "New Jersey|", "New Mexico|", "North Carolina|", "North Dakota|",
        "Ohio|", "Oklahoma|", "Oregon|", "Pennsylvania|", "Rhode Island|", "South Carolina|", "South Dakota|",
        "Tennessee|", "Texas|", "Utah|", "Vermont|", "Virginia|", "West Virginia|", "Wisconsin|", "Wyoming|",
    ]
}
