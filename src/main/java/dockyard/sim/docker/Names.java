package dockyard.sim.docker;

/** Docker's generated container names: an adjective and a notable scientist (moby's namesgenerator, abridged). */
final class Names {
    static final String[] LEFT = {"admiring", "adoring", "affectionate", "agitated", "amazing", "angry", "awesome", "beautiful",
            "blissful", "bold", "boring", "brave", "busy", "charming", "clever", "compassionate", "competent", "confident", "cool",
            "cranky", "crazy", "dazzling", "determined", "distracted", "dreamy", "eager", "ecstatic", "elastic", "elated", "elegant",
            "eloquent", "epic", "exciting", "fervent", "festive", "flamboyant", "focused", "friendly", "frosty", "funny", "gallant",
            "gifted", "goofy", "gracious", "great", "happy", "hardcore", "heuristic", "hopeful", "hungry", "infallible", "inspiring",
            "intelligent", "interesting", "jolly", "jovial", "keen", "kind", "laughing", "loving", "lucid", "magical", "modest",
            "musing", "mystifying", "naughty", "nervous", "nice", "nifty", "nostalgic", "objective", "optimistic", "peaceful",
            "pedantic", "pensive", "practical", "priceless", "quirky", "quizzical", "recursing", "relaxed", "reverent", "romantic",
            "sad", "serene", "sharp", "silly", "sleepy", "stoic", "strange", "suspicious", "sweet", "tender", "thirsty", "trusting",
            "unruffled", "upbeat", "vibrant", "vigilant", "vigorous", "wizardly", "wonderful", "xenodochial", "youthful", "zealous", "zen"};
    static final String[] RIGHT = {"albattani", "allen", "almeida", "archimedes", "babbage", "banach", "bardeen", "bartik", "bassi",
            "bell", "bhabha", "blackburn", "bohr", "booth", "borg", "bose", "brahmagupta", "brattain", "carson", "cerf",
            "chandrasekhar", "clarke", "cohen", "curie", "darwin", "davinci", "dijkstra", "easley", "einstein", "elion", "engelbart",
            "euclid", "euler", "faraday", "fermat", "fermi", "feynman", "franklin", "galileo", "goldberg", "goodall", "hamilton",
            "hawking", "heisenberg", "hodgkin", "hofstadter", "hopper", "hypatia", "jackson", "jennings", "johnson", "kalam",
            "kepler", "khorana", "kilby", "knuth", "lamarr", "leakey", "leavitt", "lovelace", "lumiere", "mayer", "mccarthy",
            "mcclintock", "meitner", "mendel", "mirzakhani", "moore", "morse", "napier", "nash", "neumann", "newton", "nobel",
            "noether", "noyce", "pascal", "pasteur", "payne", "perlman", "pike", "poincare", "ptolemy", "raman", "ramanujan",
            "ride", "ritchie", "saha", "sammet", "shannon", "shaw", "shockley", "snyder", "spence", "swanson", "tesla",
            "thompson", "torvalds", "turing", "wiles", "williams", "wilson", "wing", "wozniak", "wright", "yalow", "yonath"};

    private Names() {
    }
}
