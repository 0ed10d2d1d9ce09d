import DossierModel

/// Common given names from several cultures. A capitalised span starting with one is a person.
enum GazetteerGivenNames {
    static let names: Set<String> = [
        // English and European
        "Aaron", "Adam", "Adrian", "Alan", "Albert", "Alex", "Alexander", "Alexandra", "Alice", "Alicia", "Alison",
        "Amanda", "Amy", "Andrea", "Andrew", "Angela", "Anna", "Anne", "Anthony", "Antony", "Antonio", "Arthur",
        "Barbara", "Ben", "Benjamin", "Bernard", "Bernie", "Beth", "Betty", "Bill", "Bob", "Boris", "Brad", "Brandon",
        "Brian", "Bruce", "Carl", "Carlos", "Carol", "Caroline", "Catherine", "Charles", "Charlie", "Chris",
        "Christian", "Christina", "Christine", "Christopher", "Chuck", "Claire", "Claudia", "Colin", "Craig",
        "Daniel", "Dan", "David", "Dave", "Deborah", "Dennis", "Diana", "Diane", "Dmitry", "Dmitri", "Donald",
        "Doug", "Douglas", "Edward", "Elizabeth", "Ellen", "Elon", "Emily", "Emma", "Emmanuel", "Eric", "Erik",
        "Ethan", "Eva", "Frank", "Franz", "Fred", "Gary", "George", "Georgia", "Gerald", "Gordon", "Grace", "Greg",
        "Gregory", "Hans", "Harry", "Heather", "Helen", "Henry", "Hillary", "Howard", "Hunter", "Ian", "Igor", "Ivan",
        "Jack", "Jacob", "Jake", "James", "Jamie", "Jane", "Janet", "Jason", "Jean", "Jeff", "Jeffrey", "Jennifer",
        "Jens", "Jeremy", "Jerome", "Jessica", "Jill", "Jim", "Joan", "Joe", "Johannes", "John", "Jon", "Jonathan",
        "Joseph", "Josh", "Joshua", "Juan", "Julia", "Julian", "Julie", "Justin", "Karen", "Karl", "Kamala", "Kate",
        "Katherine", "Kathleen", "Keir", "Keith", "Kelly", "Ken", "Kenneth", "Kevin", "Kim", "Kristi", "Larry",
        "Laura", "Lauren", "Leo", "Linda", "Lisa", "Liz", "Lloyd", "Louis", "Lucy", "Luis", "Manuel", "Marco",
        "Margaret", "Maria", "Marie", "Mark", "Martin", "Mary", "Matt", "Matthew", "Max", "Megan", "Melissa",
        "Michael", "Michelle", "Mike", "Mitch", "Nancy", "Natalie", "Nathan", "Neil", "Nicholas", "Nick", "Nicola",
        "Nicolas", "Nikki", "Olaf", "Olga", "Oliver", "Olivia", "Pamela", "Patricia", "Patrick", "Paul", "Pedro",
        "Peter", "Philip", "Pierre", "Rachel", "Ralph", "Rebecca", "Richard", "Rick", "Rishi", "Rob", "Robert",
        "Roger", "Ron", "Ronald", "Rose", "Ruth", "Ryan", "Sam", "Samantha", "Samuel", "Sandra", "Sarah", "Scott",
        "Sean", "Sergei", "Sergey", "Sharon", "Stephanie", "Stephen", "Steve", "Steven", "Susan", "Thomas", "Tim",
        "Timothy", "Tom", "Tony", "Ursula", "Vladimir", "Victor", "Victoria", "Vivek", "Volker", "Walter", "Wendy",
        "William", "Wolfgang", "Xavier", "Yuri", "Zach", "Zachary", "Olena", "Volodymyr", "Viktor", "Andriy",
        "Giorgia", "Giuseppe", "Mario", "Matteo", "Pedro", "Javier", "Jose", "Luiz", "Inacio", "Gustavo", "Lula",
        "Emmanuelle", "Francois", "Marine", "Angela", "Annalena", "Friedrich", "Gerhard", "Helmut", "Recep",
        "Kemal", "Mette", "Jacinda", "Justin", "Narendra", "Rahul", "Amit", "Sanjay", "Priya", "Raj", "Anil",
        "Arvind", "Imran", "Nawaz", "Shehbaz", "Benazir",
        // Hebrew and Israeli
        "Avi", "Avigdor", "Ayelet", "Aryeh", "Benny", "Betzalel", "Bezalel", "Dani", "Danny", "Eli", "Eliezer",
        "Ehud", "Gadi", "Gideon", "Gilad", "Isaac", "Itamar", "Merav", "Miri", "Moshe", "Naftali", "Nir", "Noa",
        "Ofer", "Ronen", "Shimon", "Shlomo", "Tzachi", "Tzipi", "Yair", "Yaakov", "Yitzhak", "Yoav", "Yossi",
        "Yuval", "Ze'ev", "Amos", "Ariel", "Dov", "Eyal", "Herzi", "Isaac", "Reuven", "Gadi", "Orly", "Tamar",
        // Arabic, Persian, Turkish
        "Abbas", "Abdel", "Abdul", "Abdullah", "Abu", "Ahmad", "Ahmed", "Ali", "Amr", "Anwar", "Ayman", "Bashar",
        "Fatima", "Faisal", "Hamad", "Hamid", "Hassan", "Hossein", "Hussein", "Ibrahim", "Ismail", "Ismail",
        "Jamal", "Karim", "Khaled", "Khalid", "Khalil", "Layla", "Mahmoud", "Majid", "Marwan", "Mohamed",
        "Mohammad", "Mohammed", "Muhammad", "Mustafa", "Mostafa", "Nabil", "Nasser", "Omar", "Osama", "Rami",
        "Saeed", "Said", "Salah", "Salim", "Sameh", "Sami", "Tamim", "Walid", "Yahya", "Yasser", "Youssef",
        "Yusuf", "Zaid", "Ziad", "Ebrahim", "Hasan", "Masoud", "Javad", "Ali", "Hakan", "Mevlut", "Tayyip", "Ismail",
        "Qassem", "Saleh", "Tarek", "Tariq", "Hani", "Hind", "Rania", "Leila", "Nour", "Mohsen", "Abdulaziz",
        // East and South-East Asian, African, other
        "Xi", "Li", "Wang", "Zhang", "Chen", "Liu", "Shinzo", "Fumio", "Yoshihide", "Yoon", "Moon", "Kim", "Jong",
        "Ferdinand", "Rodrigo", "Joko", "Prabowo", "Anwar", "Lee", "Hun", "Cyril", "Jacob", "Thabo", "Nelson",
        "Uhuru", "William", "Abiy", "Paul", "Bola", "Muhammadu", "Yoweri", "Kwame", "Kofi", "Ngozi", "Chinua",
        "Antonio", "Tedros", "Ban", "Javier", "Andres", "Claudia", "Gabriel", "Nicolas", "Evo", "Dilma", "Jair",
        // given names that are also places
        "Jordan", "Chad", "Austin", "Florence", "Charlotte", "Victoria", "Georgia", "Madison", "Lincoln",
        "Jackson", "Israel", "Kenya", "India", "Savannah",
    ]
}

extension GazetteerGivenNames {
    /// Given names usually borne by women (for "she"); the others in `names` are read as men's
    /// except `ambiguous`.
    static let female: Set<String> = [
        "Alexandra", "Alice", "Alicia", "Alison", "Amanda", "Amy", "Angela", "Anna", "Anne", "Annalena", "Ayelet",
        "Barbara", "Beth", "Betty", "Carol", "Caroline", "Catherine", "Christina", "Christine", "Claire", "Claudia",
        "Deborah", "Diana", "Diane", "Dilma", "Elizabeth", "Ellen", "Emily", "Emma", "Emmanuelle", "Eva", "Fatima",
        "Georgia", "Giorgia", "Grace", "Heather", "Helen", "Hillary", "Hind", "Jacinda", "Jane", "Janet", "Jennifer",
        "Jessica", "Jill", "Joan", "Julia", "Julie", "Kamala", "Karen", "Kate", "Katherine", "Kathleen", "Kristi",
        "Laura", "Lauren", "Layla", "Leila", "Linda", "Lisa", "Liz", "Lucy", "Margaret", "Maria", "Marie", "Marine",
        "Mary", "Megan", "Melissa", "Merav", "Mette", "Michelle", "Miri", "Nancy", "Natalie", "Ngozi", "Nicola", "Nikki",
        "Noa", "Olena", "Olga", "Olivia", "Orly", "Pamela", "Patricia", "Priya", "Rachel", "Rania", "Rebecca", "Rose",
        "Ruth", "Samantha", "Sandra", "Sarah", "Sharon", "Stephanie", "Susan", "Tamar", "Tzipi", "Ursula", "Victoria",
        "Wendy", "Charlotte", "Florence", "Madison", "Savannah", "Kenya", "India", "Nikki", "Ayelet",
    ]
    static let ambiguous: Set<String> = ["Jean", "Kim", "Andrea", "Sam", "Alex", "Jamie", "Kelly", "Ariel", "Nour", "Jordan", "Lee", "Moon"]

    /// +1 woman, -1 man, 0 unknown, from the first word of a person's name.
    static func gender(ofName name: String) -> Int8 {
        guard let first = name.split(separator: " ").first.map(String.init), !ambiguous.contains(first) else { return 0 }
        if female.contains(first) { return 1 }
        return names.contains(first) ? -1 : 0
    }
}
