/* quotes_lex.c: static word lists for quote attribution (speech verbs, titles, pronouns). */
#include "quotes_lex.h"
#include "text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Every table is sorted (by bytes, as strcmp orders UTF-8) for bsearch;
 * qc_lex_selfcheck() verifies it. The first names (MALE, FEMALE) are given
 * names borne overwhelmingly by one sex in English-language news, from
 * many languages, with and without their accents. */
static const char *const SPEECH_LEMMAS[] = {
    "accuse", "acknowledge", "add", "admit", "advise", "affirm", "agree", "allege",
    "announce", "answer", "apologise", "apologize", "appeal", "argue", "ask", "assert",
    "assure", "attack", "bark", "beam", "beg", "bellow", "bemoan", "blast", "blog",
    "boast", "brag", "brand", "bristle", "call", "caution", "challenge", "chant",
    "characterise", "characterize", "charge", "chuckle", "cite", "claim", "clarify",
    "comment", "compare", "complain", "concede", "conclude", "concur", "condemn",
    "confess", "confirm", "congratulate", "contend", "continue", "convey", "counter",
    "criticise", "criticize", "cry", "declare", "decry", "deem", "demand", "denounce",
    "deny", "deplore", "describe", "detail", "disagree", "disclose", "dismiss",
    "divulge", "dub", "echo", "elaborate", "email", "emphasise", "emphasize", "enquire",
    "enthuse", "estimate", "exclaim", "exhort", "explain", "forecast", "fume", "gasp",
    "gripe", "groan", "growl", "grumble", "guarantee", "gush", "hail", "highlight",
    "hint", "hiss", "implore", "imply", "indicate", "inform", "inquire", "insist",
    "instruct", "interject", "interrupt", "joke", "label", "lament", "lash", "laugh",
    "liken", "maintain", "marvel", "mention", "message", "mock", "murmur", "muse",
    "mutter", "note", "observe", "opine", "order", "outline", "plead", "pledge",
    "posit", "post", "praise", "predict", "press", "proclaim", "profess", "promise",
    "pronounce", "propose", "protest", "query", "question", "quip", "quote", "rave",
    "react", "read", "reaffirm", "reassure", "rebut", "recall", "recite", "reckon",
    "recommend", "recount", "refer", "reiterate", "reject", "relay", "remark", "remember", "remind",
    "repeat", "reply", "report", "request", "respond", "retaliate", "retort", "reveal",
    "ridicule", "riff", "roar", "say", "scoff", "scream", "shout", "shriek", "sigh",
    "slam", "snap", "sneer", "sob", "speak", "specify", "speculate", "squeal",
    "stammer", "state", "stress", "stutter", "suggest", "summarise", "summarize",
    "surmise", "swear", "taunt", "tell", "term", "testify", "text", "thank", "theorise",
    "theorize", "threaten", "thunder", "tout", "tweet", "underline", "underscore",
    "urge", "vent", "vow", "wail", "warn", "whisper", "wonder", "write", "yell",
};

/* Irregular past forms and participles of speech verbs. */
static const char *const SPEECH_IRREGULAR[] = {
    "bade", "began", "begun", "forecast", "read", "said", "sang", "spoke", "spoken",
    "swore", "sworn", "told", "written", "wrote",
};

/* Titles, roles before names, and nationality adjectives (lower case). */
static const char *const TITLES[] = {
    "acting", "adm", "adm.", "administrator", "admiral", "afghan", "amb", "amb.", "ambassador",
    "american", "assemblyman", "assemblywoman", "assistant", "associate", "attorney",
    "atty", "atty.", "australian", "ayatollah", "brig", "brig.", "brigadier", "british", "cabinet",
    "canadian", "capt", "capt.", "captain", "cardinal", "ceo", "cfo", "chair", "chairman",
    "chairperson", "chairwoman", "chancellor", "chief", "chinese", "cllr", "cllr.",
    "co-founder", "co-star", "coach", "col", "col.", "colonel", "commander",
    "commissioner", "comptroller", "congressman", "congresswoman", "constable", "coo", "corporal",
    "councillor", "councilman", "councilor", "councilwoman", "counsel", "cpl", "cpl.", "cr", "cr.", "cto",
    "defence", "defense", "del", "del.", "democrat", "democratic", "deputy", "det",
    "det.", "detective", "director", "dr", "dr.", "dutch", "egyptian", "emir",
    "european", "executive", "federal", "first", "foreign", "former", "founder",
    "french", "gen", "gen.", "general", "german", "gop", "gov", "gov.", "governor",
    "greek", "gunner", "health", "homeland", "house", "independent", "indian", "insp", "insp.",
    "inspector", "interior", "iranian", "iraqi", "irish", "israeli", "italian",
    "japanese", "judge", "justice", "king", "korean", "lady", "lance", "leader", "lieutenant",
    "lord", "lt", "lt.", "madam", "maj", "maj.", "major", "majority", "mayor", "mep", "mexican", "minister",
    "minority", "miss", "mla", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "msp",
    "national", "nominee", "north", "palestinian", "pope", "premier", "president",
    "president-elect", "presidential", "press", "prime", "prince", "princess", "private", "prof",
    "prof.", "professor", "provost", "pte", "pte.", "queen", "rabbi", "rep", "rep.", "representative",
    "republican", "rev", "rev.", "reverend", "russian", "saudi", "secretary",
    "security", "sen", "sen.", "senate", "senator", "sergeant", "sgt", "sgt.", "sheikh",
    "sheikha", "sheriff", "shri", "shrimati", "sir", "smt", "south", "spanish",
    "speaker", "spokesman", "spokesperson", "spokeswoman", "state", "sultan",
    "superintendent", "supreme", "supt", "supt.", "syrian", "taoiseach", "td",
    "treasurer", "treasury", "trooper", "turkish", "tánaiste", "u.k.", "u.n.", "u.s.", "uk",
    "ukrainian", "un", "us", "vice", "whip", "white",
};

/* Nouns naming a person by role. */
static const char *const ROLES[] = {
    "academic", "activist", "actor", "actress", "administrator", "adviser", "advisor",
    "advocate", "agent", "aide", "alderman", "alderwoman", "ambassador", "analyst",
    "anchor", "archbishop", "architect", "artist", "attorney", "author", "banker",
    "barrister", "bartender", "batsman", "batter", "billionaire", "biologist", "bishop",
    "blogger", "boss", "bowler", "broker", "businessman", "businesswoman", "campaigner",
    "candidate", "captain", "caretaker", "ceo", "cfo", "chairman", "chairperson",
    "chairwoman", "champion", "chancellor", "chef", "chief", "cleaner", "climber",
    "coach", "columnist", "comedian", "commander", "commentator", "commissioner",
    "commuter", "congressman", "congresswoman", "constable", "coo", "coroner",
    "correspondent", "councillor", "councilman", "councilor", "counsel", "critic", "cto",
    "curator", "customer", "cyclist", "dancer", "defendant", "defender",
    "democrat", "dentist", "designer", "detective", "diner", "diplomat", "director",
    "diver", "doctor", "driver", "drummer", "economist", "editor", "electrician",
    "engineer", "entrepreneur", "envoy", "epidemiologist", "executive", "expert",
    "farmer", "father", "filmmaker", "firefighter", "fisherman", "fisherwoman",
    "forward", "founder", "front-runner", "frontrunner", "general",
    "goalkeeper", "governor", "grandfather", "grandmother", "guide", "guitarist",
    "head", "headmaster", "headmistress", "headteacher", "hiker", "historian",
    "homeowner", "host", "imam", "inspector", "investor", "jockey", "journalist",
    "judge", "juror", "keeper", "landlady", "landlord", "lawmaker", "lawyer", "leader",
    "lecturer", "legislator", "librarian", "magistrate", "magnate", "manager", "mayor",
    "mechanic", "midfielder", "midwife", "minister", "moderator",
    "mogul", "mother", "motorist", "mp", "musician", "negotiator", "neighbor",
    "neighbour", "neurosurgeon", "nominee", "novelist", "nurse", "officer", "official",
    "opener", "organiser", "organizer", "owner", "paramedic", "parent", "passenger",
    "pastor", "patient", "pedestrian", "pensioner", "pharmacist", "photographer",
    "physician", "pilot", "pitcher", "plaintiff", "player", "playwright", "plumber",
    "poet", "politician", "pollster", "premier", "presenter", "president",
    "priest", "principal", "producer", "professor", "programmer", "prosecutor",
    "protester", "provost", "publican", "pundit", "pupil", "quarterback", "rabbi",
    "referee", "reporter", "representative", "republican", "researcher",
    "resident", "retiree", "rider", "scholar", "schoolboy", "schoolgirl", "scientist",
    "secretary", "senator", "sergeant", "sheriff", "shopkeeper", "shopper",
    "singer", "skipper", "solicitor", "speaker", "spectator", "spokesman",
    "spokesperson", "spokeswoman", "steelworker", "strategist", "striker", "student",
    "superintendent", "surgeon", "survivor", "suspect", "teacher", "teen", "teenager",
    "tenant", "toddler", "tourist", "trader", "trainer", "tycoon", "vet", "veteran",
    "veterinarian", "vicar", "victim", "virologist", "visitor", "volunteer", "voter",
    "waiter", "waitress", "wicketkeeper", "widow", "winger", "witness",
    "worker", "writer", "youngster",
};

static const char *const ADVERBS[] = {
    "afterward", "afterwards", "again", "all", "already", "also", "could", "did", "do",
    "does", "earlier", "even", "ever", "first", "further", "had", "has", "have", "is",
    "just", "last", "later", "long", "may", "might", "never", "often", "once",
    "previously", "recently", "repeatedly", "reportedly", "should", "since", "soon",
    "still", "then", "too", "was", "were", "will", "would",
};

static const char *const DETERMINERS[] = {
    "a", "an", "another", "both", "her", "his", "its", "many", "one", "our", "several",
    "some", "the", "their", "three", "two",
};

static const char *const NOT_NAME[] = {
    "a", "about", "above", "according", "across", "aedt", "aest", "after", "afterward",
    "afterwards", "again", "against", "ahead", "all", "almost", "along", "already",
    "also", "although", "always", "amid", "among", "an", "and", "another", "any",
    "anybody", "anyone", "anyway", "apart", "apr.", "april", "are", "around", "as",
    "asked", "at", "aug.", "august", "because", "before", "behind", "being", "below",
    "beside", "besides", "between", "beyond", "both", "bst", "but", "by", "cdt", "cest",
    "cet", "citing", "click", "cst", "dec.", "december", "despite", "dozen", "dozens",
    "during", "each", "earlier", "edt", "eight", "eighteen", "eighty", "either",
    "eleven", "est", "et", "even", "every", "everybody", "everyone", "feb.", "february",
    "few", "fifteen", "fifty", "finally", "five", "following", "for", "forty", "four",
    "fourteen", "friday", "from", "furthermore", "given", "gmt", "half", "having", "he",
    "her", "here", "his", "how", "however", "hundred", "hundreds", "i", "if", "in",
    "indeed", "initially", "inside", "instead", "internet", "it", "its", "jan.",
    "january", "jul.", "july", "jun.", "june", "just", "last", "later", "like", "many",
    "mar.", "march", "may", "mdt", "meanwhile", "million", "millions", "monday", "more",
    "moreover", "most", "mr", "mst", "much", "my", "neither", "never", "nevertheless",
    "next", "nine", "nineteen", "ninety", "no", "nobody", "none", "nonetheless", "nor",
    "not", "noting", "nov.", "november", "now", "oct.", "october", "of", "often", "on",
    "once", "one", "online", "only", "or", "other", "otherwise", "our", "outside",
    "over", "overall", "pdt", "perhaps", "plus", "pst", "rather", "recently",
    "saturday", "see", "sep.", "sept.", "september", "seven", "seventeen", "seventy",
    "several", "she", "since", "six", "sixteen", "sixty", "so", "some", "somebody",
    "someone", "sometimes", "speaking", "still", "subscribe", "such", "sunday", "sure",
    "ten", "than", "that", "the", "their", "then", "there", "therefore", "these",
    "they", "thirteen", "thirty", "this", "those", "though", "thousand", "thousands",
    "three", "through", "throughout", "thursday", "thus", "to", "today", "tomorrow",
    "tonight", "toward", "towards", "tuesday", "twelve", "twenty", "two", "ultimately",
    "under", "unless", "unlike", "until", "up", "upon", "utc", "we", "web", "wednesday",
    "well", "what", "whatever", "when", "where", "whereas", "whether", "which", "while",
    "who", "whoever", "why", "with", "within", "without", "yes", "yesterday", "yet",
    "you", "your",
};

static const char *const ABBREVS[] = {
    "adm", "amb", "apr", "aug", "brig", "capt", "cmdr", "co", "col", "corp", "dec", "del",
    "dept", "dr", "e.g", "etc", "feb", "fig", "fla", "ft", "gen", "gov", "i.e", "inc",
    "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "mass", "messrs", "mr",
    "mrs", "ms", "mt", "no", "nov", "oct", "pa", "prof", "rep", "rev", "sen", "sept",
    "sgt", "sr", "st", "supt", "va", "vs", "wash",
};

static const char *const MALE[] = {
    "aakash", "aamir", "aaron", "abbas", "abdallah", "abdel", "abdelaziz", "abdelkader",
    "abdelrahman", "abdoulaye", "abdul", "abdulaziz", "abdullah", "abdulmalik",
    "abdulrahman", "abebe", "abel", "abhijit", "abhishek", "abhisit", "abid", "abiy",
    "abolfazl", "abraham", "abubakar", "adam", "adebayo", "adekunle", "adel", "ademola",
    "adewale", "adil", "aditya", "adnan", "adolfo", "adrian", "adriano", "aengus",
    "afonso", "afshin", "agron", "agus", "agustin", "agustín", "aharon", "ahmad",
    "ahmed", "ahmet", "aidan", "aiden", "aitor", "aivars", "ajay", "ajinkya", "ajit",
    "akash", "akbar", "akhil", "akihiro", "akihito", "akio", "akiva", "akmal", "akram",
    "akshay", "akwasi", "al", "alain", "alan", "alasdair", "alastair", "albert",
    "alberto", "aldo", "alec", "aled", "aleem", "alejandro", "aleksandar", "aleksander",
    "aleksandr", "aleksei", "alemayehu", "alessandro", "alessio", "alex", "alexander",
    "alexandre", "alexandros", "alexandru", "alexei", "alexey", "aleš", "alfie",
    "alfonso", "alfred", "alfredo", "algernon", "algirdas", "ali", "alireza", "alisher",
    "alistair", "aliyu", "aljaž", "allan", "alok", "alonso", "alonzo", "alun",
    "alvaro", "alvin", "alwaleed", "amadou", "amar", "amartya", "amichai", "amin",
    "amine", "aminu", "amir", "amit", "amitabh", "amjad", "ammar", "amol", "amos",
    "amr", "anand", "anas", "anatoliy", "anatoly", "anders", "andoni", "andras",
    "andre", "andreas", "andrei", "andres", "andrew", "andrey", "andrius", "andriy",
    "andrus", "andrzej", "andrás", "andré", "andrés", "andy", "angelo", "angus",
    "anies", "aniket", "anil", "anirban", "anirudh", "ankit", "ankur", "anthony",
    "antoine", "anton", "antoni", "antonino", "antonio", "antonis", "antony",
    "antonín", "antti", "antônio", "anup", "anupam", "anupong", "anurag", "anutin",
    "anwar", "aonghus", "apostolos", "aram", "arash", "aravind", "arben", "archibald",
    "archie", "arda", "ardeshir", "arie", "arif", "arijit", "arindam", "arjen", "arjun",
    "arjuna", "arkady", "arman", "armando", "armen", "armin", "arnab", "arnaud", "arne",
    "arnel", "arnold", "arshad", "artan", "artem", "arthur", "artur", "arturo",
    "arturs", "artyom", "arul", "arun", "arvind", "arvydas", "asad", "asaf", "asafa",
    "asher", "ashish", "ashok", "ashot", "ashraf", "ashutosh", "ashwin", "asif", "asim",
    "aslam", "assaf", "athanasios", "atif", "atiku", "atsushi", "attila", "atul",
    "augustin", "augusto", "aurelien", "aurelio", "aurélien", "avi", "avigdor",
    "avner", "avraham", "axar", "axel", "ayaz", "ayman", "aymen", "ayoub", "ayrton",
    "azam", "azhar", "aziz", "azlan", "azman", "azubuike", "aécio", "babacar",
    "babajide", "babak", "babar", "babatunde", "bachir", "bagher", "bahram", "balaji",
    "balazs", "balraj", "balázs", "bambang", "baptiste", "barack", "barham",
    "barnabas", "barnaby", "barney", "barry", "bart", "bartosz", "bartłomiej", "bas",
    "bashar", "bashir", "bassam", "bassem", "basuki", "bedřich", "behrouz", "behzad",
    "beji", "bela", "ben", "bence", "benedict", "bengt", "benigno", "benito",
    "benjamin", "benny", "benoit", "benoît", "beppe", "berhanu", "bernard", "bernardo",
    "bernd", "bernie", "bert", "bertie", "bertram", "bertrand", "besnik", "bezalel",
    "bhagwant", "bharat", "bheki", "bhupendra", "bhuvneshwar", "bidzina", "bienvenido",
    "bijan", "bilal", "bilawal", "bill", "billy", "binali", "birger", "biswajit",
    "bjarne", "bjarni", "bjorn", "björn", "boaz", "bob", "bobby", "bogdan", "bohdan",
    "bohumil", "bohuslav", "bojan", "bolesław", "bongani", "boris", "borut",
    "boubacar", "boyko", "boštjan", "brad", "bradley", "bram", "branko", "brendan",
    "brendon", "brent", "brett", "brian", "brijesh", "bronisław", "bruce", "bruno",
    "bryan", "bryce", "bryn", "budi", "bulent", "burak", "byron", "béla", "bülent",
    "caio", "callum", "calum", "calvin", "cameron", "camilo", "carl", "carles", "carlo",
    "carlos", "carwyn", "catalin", "cathal", "cecil", "cedric", "cees", "cem", "cengiz",
    "cenk", "cesar", "cesare", "chaim", "chaminda", "chandan", "charles", "charlie",
    "chatchart", "chetan", "cheteshwar", "chibuike", "chijioke", "chinedu", "chinua",
    "chiwetel", "chris", "christian", "christoph", "christophe", "christopher",
    "christos", "chuck", "chukwudi", "chukwuemeka", "chukwuma", "cian", "ciaran",
    "ciarán", "cillian", "ciro", "clarence", "claudio", "clayton", "clemens",
    "clement", "clifford", "clint", "clive", "clément", "colin", "colm", "colum",
    "conall", "connor", "conor", "conrad", "constantin", "cormac", "cornelius",
    "corrado", "cosimo", "cosmin", "costel", "costin", "craig", "crispin", "cristian",
    "cristiano", "cristóbal", "csaba", "cuong", "curtis", "cuthbert", "cyril",
    "cyrille", "cyrus", "czesław", "cédric", "césar", "cătălin", "cường",
    "daan", "dafydd", "daichi", "daisuke", "daithí", "dale", "dalibor",
    "damian", "damien", "damon", "dan", "danie", "daniel", "daniil", "danladi",
    "danylo", "dapo", "dario", "darius", "dariush", "dariusz", "darnell", "darragh",
    "darrell", "darren", "darryl", "darshan", "dave", "davi", "david", "davide",
    "davit", "davood", "davor", "dawit", "deandre", "debashish", "declan", "dedan",
    "deepak", "dejan", "dele", "delroy", "demetrius", "denis", "dennis", "denzel",
    "deon", "derek", "dermot", "derrick", "deshawn", "desmond", "detlef", "devendra",
    "dewald", "dexter", "dezső", "dhananjay", "dhanush", "dhruv", "diarmaid",
    "diarmuid", "didier", "diego", "dieter", "dikembe", "dimitar", "dimitrios",
    "dimitris", "dimuth", "dinesh", "diogo", "dipankar", "dirk", "dmitri", "dmitry",
    "dmytro", "domenico", "domhnall", "dominic", "dominick", "donal", "donald",
    "donncha", "donnie", "donovan", "dorin", "doron", "doug", "dougal", "douglas",
    "dov", "dragan", "dragos", "dragoș", "duarte", "duncan", "dusan", "dustin",
    "dušan", "dwayne", "dwight", "dwyane", "dylan", "dáithí", "dónal", "dũng",
    "eamon", "eamonn", "eben", "ebrahim", "ebuka", "ed", "eddie", "edgar", "edgardo",
    "edgars", "edin", "edmund", "edoardo", "edouard", "edson", "eduard", "eduardo",
    "edward", "edwin", "eero", "efren", "egils", "egon", "ehab", "ehsan", "ehud",
    "einar", "eitan", "eknath", "ekow", "ekrem", "elad", "eli", "elias", "eliezer",
    "elijah", "elio", "eliud", "elliot", "elliott", "elton", "elvis", "emad", "emanuel",
    "emanuele", "emeka", "emil", "emile", "emiliano", "emilio", "emlyn", "emmanuel",
    "emmett", "emre", "emrys", "emyr", "enda", "endre", "enes", "engin", "enoch",
    "enrico", "enrique", "enzo", "eoghan", "eoin", "eran", "ercan", "erdem", "erez",
    "eric", "erich", "erik", "erkki", "erling", "ernest", "ernesto", "ernie", "ernst",
    "errol", "ertuğrul", "erwin", "esfandiar", "esmail", "espen", "essam", "esteban",
    "ethan", "etienne", "ettore", "euan", "eugen", "eugene", "eugenio", "evan",
    "evangelos", "evgeni", "evgeny", "ewan", "eyal", "ezekiel", "ezra", "fabian",
    "fabien", "fabio", "fabrice", "fabrizio", "fadi", "fahad", "fahd", "fahim",
    "faisal", "fakhar", "farhad", "farhan", "farid", "farouk", "farshid", "farzad",
    "fatih", "fatos", "fausto", "fawad", "fawzi", "feargal", "federico", "feliciano",
    "felipe", "felix", "ferdinand", "ferenc", "fereydoun", "fergal", "fergus", "ferhat",
    "fermín", "fernando", "fethi", "fiachra", "fidel", "fiifi", "filip", "filippo",
    "finn", "fionn", "flavio", "florencio", "florian", "florin", "floris", "flávio",
    "fouad", "francesco", "francis", "francisco", "franck", "francois", "frank",
    "frans", "franz", "françois", "fred", "freddie", "frederic", "frederick",
    "fredrik", "freek", "friedrich", "frits", "fritz", "frédéric", "fuad", "fumihito",
    "fumio", "fyodor", "fábio", "gabor", "gabriel", "gadi", "gaetano", "gagik",
    "gamal", "ganesh", "ganjar", "garba", "gareth", "garret", "garrett", "garry",
    "garth", "gary", "gaston", "gaurav", "gautam", "gavin", "gbenga", "gearóid",
    "gebran", "gediminas", "geert", "gennady", "gennaro", "geoff", "geoffrey", "georg",
    "george", "georges", "georgi", "georgios", "georgy", "geraint", "gerald", "geraldo",
    "gerard", "gerardo", "gerhard", "gerrit", "gerry", "getachew", "gethin", "geza",
    "ghassan", "ghazi", "gheorghe", "ghulam", "giacomo", "giancarlo", "gianfranco",
    "gianluca", "gianluigi", "gianmarco", "gianni", "giannis", "gibran", "gideon",
    "gijs", "gilad", "gilbert", "gilberto", "giles", "gilles", "gilmar", "gino",
    "giorgi", "giorgio", "giorgos", "giovanni", "girish", "girma", "gitanas", "giulio",
    "giuseppe", "gleb", "glyn", "godfrey", "godwin", "goncalo", "gonzalo", "gonçalo",
    "gopal", "goran", "gordon", "gorka", "goro", "gotabaya", "gottfried", "govind",
    "graeme", "graham", "greg", "gregoire", "gregor", "gregorio", "gregory", "grigory",
    "gruffydd", "grzegorz", "grégoire", "gudni", "guido", "guilherme", "guillaume",
    "guillermo", "gunnar", "gunter", "gunther", "gus", "gustaf", "gustav", "gustave",
    "gustavo", "guus", "guðni", "gwede", "gwilym", "gyorgy", "gyula", "györgy",
    "gábor", "gérard", "géza", "gökhan", "göran", "günter", "günther", "habib",
    "hadi", "hafez", "hafiz", "haidar", "haider", "haile", "hailemariam", "haim",
    "haitham", "hakan", "hakeem", "hakim", "halvor", "hamad", "hamdan", "hamed",
    "hamid", "hamidreza", "hamish", "hamza", "hamzah", "hani", "hank", "hannu", "hans",
    "harald", "harbhajan", "hardik", "hari", "haris", "harish", "harold", "haroon",
    "haroun", "harry", "hartmut", "haruki", "harun", "haruto", "harvey", "hasan",
    "hashim", "hasnain", "hassan", "hatem", "hayato", "haytham", "hazem", "hector",
    "heikki", "heiko", "heinrich", "heinz", "helmut", "helmuth", "hemant", "hendra",
    "henk", "henning", "henri", "henrik", "henrique", "henry", "henryk", "herbert",
    "herman", "hermann", "hernan", "hernán", "herve", "hervé", "hichem", "hidde",
    "hideki", "hideo", "hiroki", "hironobu", "hiroshi", "hirotaka", "hiroyuki",
    "hisahito", "hisashi", "hisham", "hishammuddin", "hitesh", "holger", "homer",
    "hooman", "horace", "horacio", "horia", "horst", "hosni", "hossam", "hossein",
    "hovhannes", "howard", "hristo", "hrvoje", "hubert", "hugh", "hugo", "hugues",
    "humphrey", "husam", "huseyin", "hussain", "hussein", "huw", "hywel", "håkan",
    "héctor", "hùng", "hüseyin", "iain", "ian", "ibrahim", "ibrahima", "ichiro",
    "idan", "ido", "idris", "idrissa", "iestyn", "ieuan", "ifan", "ignacio", "ignatius",
    "ignazio", "igor", "ihor", "ijaz", "ikechukwu", "iker", "ilan", "ilie", "ilir",
    "ilkka", "ilya", "imad", "imran", "imre", "imtiaz", "inaki", "indranil", "ingo",
    "ingvar", "inzamam", "ioan", "ioannis", "ionuț", "iqbal", "irakli", "irfan",
    "irwan", "isaac", "isaiah", "isaias", "isamu", "ishant", "ishaq", "islwyn",
    "ismail", "istvan", "istván", "itai", "itamar", "itay", "iulian", "ivan",
    "ivaylo", "ivica", "ivo", "iwan", "iñaki", "jaafar", "jaap", "jabari", "jaber",
    "jabulani", "jacek", "jacinto", "jack", "jacob", "jacobus", "jacques", "jafar",
    "jagdish", "jahangir", "jaideep", "jaime", "jair", "jake", "jakob", "jakub",
    "jalal", "jalen", "jamal", "james", "jamil", "janez", "janos", "janusz", "jared",
    "jari", "jarmo", "jaromír", "jaroslav", "jaroslaw", "jarosław", "jarrod", "jason",
    "jasper", "jassim", "jatin", "javad", "javed", "javier", "jawad", "jayant",
    "jayesh", "jean-baptiste", "jean-claude", "jean-françois", "jean-jacques",
    "jean-louis", "jean-luc", "jean-marc", "jean-marie", "jean-michel", "jean-paul",
    "jean-pierre", "jean-yves", "jeb", "jed", "jeff", "jeffrey", "jejomar", "jens",
    "jenson", "jeremiah", "jeremy", "jermaine", "jeroen", "jerome", "jerry", "jerzy",
    "jesper", "jesse", "jesus", "jesús", "jethro", "jibril", "jide", "jim", "jimmy",
    "jindřich", "jinggoy", "jiri", "jiro", "jitendra", "jiří", "joachim", "joakim",
    "joao", "joaquim", "joaquin", "joaquín", "jochen", "joe", "joel", "joey", "johan",
    "johann", "johannes", "john", "johnny", "joko", "jolyon", "jomo", "jon", "jonah",
    "jonas", "jonathan", "jonny", "joost", "jordi", "jorg", "jorge", "jorgen", "joris",
    "jos", "joschka", "jose", "josef", "josep", "joseph", "josh", "joshua", "josiah",
    "jostein", "josé", "joydeep", "jozef", "joão", "joël", "juan", "jude", "juha",
    "juho", "jukka", "julian", "julien", "julio", "julius", "junaid", "junichi",
    "junichiro", "juraj", "jurgen", "jussi", "justin", "jyrki", "jános", "jérôme",
    "józef", "józsef", "jörg", "jørgen", "jørn", "júlio", "jürgen", "jüri",
    "jānis", "kabiru", "kacper", "kadir", "kailash", "kais", "kaito", "kalle",
    "kalonzo", "kamal", "kamil", "kamran", "kannan", "kapil", "karan", "kareem",
    "karel", "karim", "karl", "karsten", "karthik", "karthikeyan", "kartik", "kashif",
    "kashim", "kaspar", "kasper", "kassym", "katsuya", "kaveh", "kawhi", "kayode",
    "kazem", "kazimierz", "kazuhiro", "kazuki", "kazuo", "kazuya", "keanu", "kees",
    "keiichi", "keiji", "keisuke", "keith", "kemal", "ken", "kenan", "kendrick",
    "kenenisa", "kenichi", "kenji", "kenneth", "kenny", "kenta", "kentaro", "kenzo",
    "kerem", "kestutis", "kevin", "keyvan", "kgalema", "khabib", "khairul", "khaled",
    "khalid", "khalil", "khosrow", "khurram", "kieran", "kieron", "kimmo",
    "kiril", "kirill", "kirk", "kishore", "kiyoshi", "kjell", "klaas", "klaus", "knut",
    "kobina", "kobus", "koen", "kofi", "kohei", "koichi", "koji", "kojo", "konrad",
    "konstantin", "konstantinos", "koos", "kostas", "kosuke", "kourosh", "krasimir",
    "krishna", "krisjanis", "kristjan", "kristoffer", "krišjānis", "krzysztof",
    "kunal", "kunio", "kunle", "kurt", "kusal", "kwabena", "kwadwo", "kwaku", "kwame",
    "kwamena", "kwasi", "kweku", "kwesi", "kyle", "kyriakos", "kálmán", "károly",
    "lachlan", "ladislav", "lajos", "lamberto", "lamine", "lamont", "lando", "larry",
    "lars", "lasha", "lasith", "laszlo", "latif", "laurence", "laurent", "lauri",
    "lawal", "lawrence", "leandro", "lebron", "lech", "lefteris", "leif", "lenny",
    "leo", "leon", "leonard", "leonardo", "leonid", "leopold", "leopoldo", "leroy",
    "leszek", "lev", "levan", "levent", "levente", "levon", "lewis", "liam", "libor",
    "lindsey", "lionel", "liton", "liviu", "llewellyn", "llywelyn", "loic", "lokesh",
    "lorcan", "lorenz", "lorenzo", "lotfi", "lothar", "louie", "louis", "loïc",
    "lubomír", "luboš", "luc", "luca", "lucas", "lucian", "luciano", "lucien",
    "ludovic", "ludwig", "luhut", "luigi", "luis", "luiz", "luka", "lukas", "lukasz",
    "luke", "lukáš", "luther", "lutz", "luuk", "luís", "lyndon", "lyubomir",
    "lászló", "lázaro", "maarten", "maciej", "macky", "macsen", "madhav", "magnus",
    "mahathir", "mahdi", "mahela", "mahendra", "maher", "mahesh", "mahinda", "mahmoud",
    "mahmud", "mahmudullah", "majed", "majid", "maksim", "malachi", "malachy",
    "malcolm", "mamadou", "mamoru", "mandla", "manfred", "mangosuthu", "manish",
    "manmohan", "manny", "manoel", "manoj", "manolis", "manouchehr", "mansoor",
    "mansour", "manuel", "marat", "marc", "marcel", "marcello", "marcelo", "marcin",
    "marcio", "marco", "marcos", "marcus", "marek", "mariano", "mario", "marios",
    "marius", "mariusz", "marián", "mark", "markku", "marko", "markus", "marlon",
    "marten", "martin", "marty", "martín", "marvin", "marwan", "masaaki", "masahiro",
    "masashi", "masato", "masayoshi", "mashrafe", "masoud", "massimiliano", "massimo",
    "matan", "matej", "mateo", "mateusz", "mathew", "mathias", "mathieu", "mathis",
    "matt", "matteo", "matthew", "matthias", "matthieu", "matti", "mattia", "maurice",
    "mauricio", "maurizio", "mauro", "maxim", "maxime", "maximilian", "mayank", "mazen",
    "mehdi", "mehmet", "mehran", "mehrdad", "meir", "meirion", "meles", "melvin",
    "menachem", "mengistu", "menno", "mervyn", "mesfin", "mesut", "michael", "michalis",
    "michał", "micheal", "michel", "micheál", "mick", "mickey", "micky",
    "mieczysław", "miguel", "miha", "mihai", "mihály", "mikael", "mike", "mikhail",
    "mikheil", "mikko", "miklos", "miklós", "milind", "milo", "milos", "miloš",
    "mindaugas", "minoru", "mircea", "mirko", "miroslav", "mirosław", "mishaal",
    "mitch", "mitsuo", "mmusi", "modibo", "mogens", "mohamad", "mohamed", "mohammad",
    "mohammadreza", "mohammed", "mohan", "mohit", "mohsen", "mohsin", "mojtaba",
    "mokhtar", "mominul", "moncef", "monty", "mordechai", "moritz", "morne", "morné",
    "morten", "morteza", "moses", "moshe", "mostafa", "mounir", "mourad", "moussa",
    "muammar", "muhammad", "muhammadu", "muharrem", "muhyiddin", "mujibur", "mukesh",
    "mulugeta", "munir", "muqtada", "murad", "murali", "murat", "murdo", "murtala",
    "murugan", "musa", "musalia", "mushfiqur", "mushtaq", "mustafa", "mustafizur",
    "muttiah", "mwai", "mykhailo", "mykola", "mykyta", "myles", "márcio", "mário",
    "márton", "mícheál", "māris", "nabih", "nabil", "nadav", "nadeem", "nader",
    "naeem", "naftali", "naguib", "nahum", "naif", "naji", "najib", "naoki", "naoto",
    "narendra", "naresh", "naruhito", "nasir", "nasser", "natan", "natarajan", "nate",
    "nathan", "nathaniel", "naveed", "naveen", "navin", "nawaf", "nawaz", "nayef",
    "necati", "nechirvan", "ned", "neil", "nelson", "nenad", "nestor", "neville",
    "neymar", "niall", "niccolò", "nicholas", "nick", "nico", "nicolae", "nicolas",
    "nicolás", "nicolò", "niels", "nigel", "nihat", "nikhil", "niklas", "nikolai",
    "nikolaos", "nikolas", "nikolay", "nikos", "nilesh", "nils", "nir", "nitin",
    "nitish", "niyi", "nizar", "nkosinathi", "nnaemeka", "nnamdi", "noah", "nobuo",
    "nobuyuki", "norbert", "norberto", "noriaki", "norihiro", "norman",
    "noureddine", "nouri", "nuhu", "nuno", "nuri", "nursultan", "nyesom", "néstor",
    "obafemi", "obaidul", "obinna", "obiora", "octavio", "octavius", "odhrán", "ofer",
    "oguz", "ohad", "oisin", "oisín", "okan", "okechukwu", "olaf", "olafur", "olav",
    "oleg", "oleh", "oleksandr", "oleksiy", "oliver", "olivier", "olli", "ollie",
    "olusegun", "oluwole", "omar", "omid", "omri", "ondrej", "ondřej", "onur", "oran",
    "oren", "orhan", "oriol", "orson", "osama", "osamu", "oscar", "osian", "oskar",
    "osvaldo", "oswald", "otar", "otis", "ottavio", "otto", "ottó", "otávio",
    "ousmane", "oussama", "ove", "ovidiu", "owain", "owen", "oystein", "ozan", "ozzy",
    "oğuz", "pablo", "paco", "paddy", "padraig", "palani", "panagiotis", "panfilo",
    "pankaj", "paolo", "paresh", "partha", "parvez", "parviz", "pascal", "pasquale",
    "patricio", "patrick", "paul", "paulo", "pavel", "pavlos", "pawan", "pawel",
    "paweł", "payam", "peadar", "pearse", "pedro", "pekka", "pentti", "pepe", "percy",
    "peregrine", "pervez", "pete", "peter", "petr", "petri", "petro", "petros", "petru",
    "peyman", "phil", "philip", "philipp", "philippe", "phillip", "pierluigi", "piero",
    "pierre", "piet", "pieter", "pietro", "pim", "piotr", "piyush", "plamen", "pontus",
    "pouya", "prabhu", "prabowo", "pradeep", "prakash", "pranab", "pranav", "prasenjit",
    "prashant", "praveen", "pravin", "prawit", "prayut", "prayuth", "preben", "predrag",
    "prem", "primož", "prithviraj", "proinsias", "przemysław", "pyotr", "pádraig",
    "pál", "péter", "qadir", "qais", "qasem", "qasim", "qassem", "quentin",
    "rabindranath", "rached", "rachid", "radek", "radoslaw", "radosław", "radu",
    "raed", "rafael", "rafal", "rafał", "raffaele", "rafik", "rafiq", "raghavan",
    "ragnar", "raheel", "rahul", "raila", "raimo", "raimonds", "raimundo", "rainer",
    "raj", "rajan", "rajeev", "rajendra", "rajesh", "rajiv", "rajnath", "rakesh",
    "ralf", "ralph", "ramanathan", "rameez", "ramesh", "rami", "ramin", "ramiro",
    "ramon", "ramush", "ramzan", "ramón", "randall", "randolph", "randy", "ranil",
    "ranjit", "raphael", "raphaël", "rashad", "rashed", "rasheed", "rashid", "rasmus",
    "raul", "ravi", "ravichandran", "ravindra", "raymond", "razak", "razvan",
    "raúl", "recep", "reggie", "reginald", "reinaldo", "reinhard", "reinhold",
    "renato", "renaud", "renzo", "rené", "reuben", "reuven", "rex", "reynaldo", "reza",
    "rhett", "rhodri", "rhun", "rhys", "riaan", "riad", "ricardo", "riccardo",
    "richard", "rick", "ricky", "ridwan", "rimantas", "rishabh", "rishi", "risto",
    "ritesh", "rivaldo", "riyad", "rizal", "rizwan", "roald", "rob", "robbie", "robert",
    "roberto", "rocco", "roderick", "rodney", "rodolfo", "rodrigo", "rogelio", "roger",
    "rogério", "rohan", "rohit", "roland", "rolando", "rolf", "romain", "roman",
    "romeu", "rommel", "romário", "ron", "ronald", "ronaldo", "ronan", "ronnie",
    "rory", "ross", "rostam", "rotimi", "roy", "ruaidhrí", "ruairi", "ruairí",
    "ruaraidh", "ruaridh", "ruben", "rubén", "rudi", "rudiger", "rudolf", "rudy",
    "rufus", "ruggero", "rui", "rumen", "rune", "rupert", "rupesh", "ruslan", "russell",
    "rustam", "rutger", "ruud", "ryan", "ryosuke", "ryota", "ryszard", "ryuichi",
    "ryuji", "rémi", "rónán", "rüdiger", "răzvan", "saad", "sabri", "sachin",
    "sadio", "sadiq", "saeb", "saeed", "saif", "saifuddin", "sajid", "sajith", "salah",
    "saleh", "salim", "salman", "salvatore", "sam", "sambhaji", "sameer", "sameh",
    "samir", "sammy", "samuel", "samy", "sanath", "sandeep", "sander", "sandor",
    "sandro", "sani", "sanjay", "sanjeev", "santiago", "santosh", "sanusi", "saqib",
    "saqlain", "saravanan", "sarfaraz", "sarwar", "satoshi", "saul", "sauli", "saulius",
    "saurabh", "saurav", "saverio", "schalk", "scott", "seamus", "sean", "sebastian",
    "sebastien", "sebastián", "sebastião", "segun", "seiji", "selahattin", "selim",
    "semyon", "senad", "senan", "senthil", "seosamh", "sepp", "seppo", "septimus",
    "serdar", "serge", "sergei", "sergey", "sergi", "sergio", "serhiy", "serkan",
    "serzh", "seth", "seydou", "seán", "shadab", "shafiq", "shahbaz", "shahid",
    "shahram", "shahzad", "shailesh", "shakeel", "shakib", "shane", "shaquille",
    "sharad", "shaul", "shaun", "shawn", "sheheryar", "shehu", "shehzad", "shekhar",
    "sheldon", "sherif", "shigeru", "shikhar", "shimon", "shinichi", "shinji", "shinzo",
    "shiv", "shivaji", "shivam", "shlomo", "shmuel", "shoaib", "shohei", "shota",
    "shreyas", "shubman", "shuichi", "shunichi", "shyam", "siamak", "sibusiso", "sid",
    "siddharth", "siegfried", "sifiso", "sigmar", "sigmundur", "sigurd", "silas",
    "silvano", "silvio", "silviu", "simon", "sinan", "sindre", "sipho", "sivakumar",
    "siyabonga", "sizwe", "sjoerd", "sleiman", "slobodan", "sofiane", "sohail",
    "sohrab", "solomon", "somchai", "somsak", "soren", "sorin", "sota", "sotiris",
    "souleymane", "sourav", "spyros", "srettha", "srinivas", "srinivasan", "sriram",
    "stan", "stanislav", "stanislaw", "stanisław", "stanley", "stavros", "steen",
    "stefan", "stefano", "steffan", "steffen", "stelios", "stepan", "stephane",
    "stephen", "steve", "steven", "stig", "stijn", "stjepan", "stoyan", "struan", "stu",
    "stuart", "stéphane", "suat", "subhash", "subramanian", "subrata", "sudhir",
    "suharto", "sujit", "sukarno", "sukhbir", "sulaiman", "suleiman", "sumit", "sundar",
    "sunil", "surachai", "suraj", "suresh", "suryakumar", "sushil", "susilo", "susumu",
    "sven", "svend", "sviatoslav", "svyatoslav", "sylvain", "sylvester", "szabolcs",
    "szymon", "sándor", "séamus", "sébastien", "sérgio", "søren", "sławomir",
    "tadej", "tadesse", "tadeusz", "tadhg", "taha", "tahir", "taichi", "takahiro",
    "takashi", "takeshi", "talal", "talha", "tamas", "tamer", "tamim", "tammam",
    "tamás", "taner", "tapio", "taras", "tarek", "tareq", "tariq", "taro", "tarquin",
    "tarun", "tarık", "taskin", "tatsuya", "taufik", "tawfik", "tawfiq", "tayyip",
    "ted", "teddy", "teemu", "tejas", "teodor", "teodoro", "terence", "terje",
    "terrell", "terrence", "tesfaye", "tetsuya", "teun", "tewodros", "thabo",
    "thaddeus", "thaksin", "thanasis", "thanathorn", "thanos", "themba", "theo",
    "theodore", "theodoros", "thiago", "thibault", "thibaut", "thierry", "thijs",
    "thilo", "thomas", "thor", "thorsten", "thulani", "théo", "tiago", "tibor",
    "tiernan", "tigran", "tiit", "tim", "timo", "timothy", "timur", "tiziano", "tobias",
    "toby", "todd", "todor", "tolga", "tom", "tomas", "tomasz", "tomer", "tomislav",
    "tommaso", "tommy", "tomohiro", "tomos", "tomás", "tomáš", "tony", "toomas",
    "torbjørn", "tornike", "torquil", "torsten", "toru", "toshiaki", "toshihiro",
    "toshio", "traian", "travis", "trayvon", "trent", "trevor", "tristan", "trond",
    "troy", "trystan", "tsuyoshi", "tsvetan", "tuan", "tullio", "tuncay", "tunde",
    "tuomas", "turgut", "tushar", "tuấn", "tyler", "tyrell", "tyrone", "tzvi", "uday",
    "uddhav", "udo", "ufuk", "ugo", "ugochukwu", "ugur", "uhuru", "ulf", "ulises",
    "ulrich", "ulrik", "ultan", "ulysses", "umar", "umaru", "umberto", "umesh", "unai",
    "urho", "uri", "urmas", "usain", "usama", "usman", "uthman", "uwe", "uğur",
    "vaclav", "vadim", "vahe", "vahid", "vakhtang", "valdas", "valdis", "valentin",
    "valentino", "valentín", "valerio", "valeriy", "valery", "valtteri", "vardan",
    "varun", "vasco", "vasil", "vasilis", "vasily", "vassilis", "vasyl", "veikko",
    "venkat", "venkatesh", "vernon", "vicente", "vidar", "vignesh", "vijay", "vikas",
    "vikram", "viktor", "ville", "vinay", "vinayak", "vince", "vincent", "vincenzo",
    "vinicius", "vinod", "vinícius", "viorel", "vipin", "virat", "virender", "virgil",
    "virgilio", "vishal", "vishnu", "vitali", "vitaliy", "vitaly", "vito", "vitor",
    "vittorio", "vivek", "vladimir", "vladimír", "vladislav", "vojislav", "vojtěch",
    "volkan", "volker", "volodymyr", "vsevolod", "vusi", "vyacheslav", "vytautas",
    "václav", "väinö", "víctor", "wael", "wahab", "waldemar", "wale", "waleed",
    "walid", "walt", "walter", "walther", "wanderley", "wanindu", "waqar", "warren",
    "waseem", "wasim", "wayne", "wendell", "werner", "wes", "wesley", "wiesław",
    "wilbur", "wilfred", "wilfredo", "wilfried", "wilhelm", "willem", "william",
    "willie", "wim", "winfried", "winston", "wissanu", "witold", "wladyslaw",
    "wojciech", "wojtek", "wole", "wolfgang", "wolfram", "wouter", "władysław",
    "xavi", "xavier", "xi", "xolani", "yaakov", "yacine", "yahya", "yair", "yakubu",
    "yann", "yannick", "yannis", "yared", "yariv", "yaroslav", "yaser", "yash", "yasir",
    "yasser", "yassine", "yasuhiro", "yasuo", "yavuz", "yegor", "yehoshua", "yehuda",
    "yevgeny", "yevhen", "yiannis", "yigal", "yitzhak", "yiğit", "yoav", "yogesh",
    "yohan", "yohannes", "yoichi", "yonatan", "yosef", "yoshiaki", "yoshihide",
    "yoshihiko", "yoshio", "yoshiro", "yossi", "yosuke", "younis", "yousef", "youssef",
    "yuichi", "yuji", "yukio", "yuri", "yuriy", "yury", "yusuf", "yusuke", "yuta",
    "yuto", "yuvraj", "yuzuru", "yuzvendra", "yves", "zac", "zach", "zachariah",
    "zachary", "zack", "zafar", "zaheer", "zahid", "zaid", "zainal", "zak", "zakaria",
    "zane", "zayed", "zbigniew", "zdenek", "zdeněk", "zdzisław", "zeeshan", "zeke",
    "ziad", "ziaur", "zinedine", "zlatan", "zoltan", "zoltán", "zoran", "zsolt",
    "zubair", "zuhair", "zulfikar", "zulfiqar", "zulkifli", "zurab", "zvi", "zviad",
    "zvonimir", "zygmunt", "ákos", "álvaro", "árpád", "éamon", "éamonn",
    "édouard", "émile", "éric", "étienne", "ólafur", "óscar", "øystein",
    "łukasz", "žiga", "ștefan",
};

static const char *const FEMALE[] = {
    "aaliyah", "aarti", "abbie", "abby", "abena", "abigail", "achieng", "ada", "adaeze",
    "adanna", "adaobi", "adele", "adeline", "adenike", "adhiambo", "adina", "aditi",
    "adjoa", "adriana", "adrienne", "adwoa", "adèle", "afia", "afsaneh", "afua",
    "agata", "agatha", "agnes", "agneta", "agnete", "agnieszka", "agnès", "aicha",
    "aikaterini", "aiko", "ailbhe", "aileen", "ailsa", "aine", "ainhoa", "aino",
    "aisha", "aishah", "aishwarya", "aisling", "akane", "akemi", "akiko", "akinyi",
    "akosua", "akua", "alana", "alejandra", "aleksandra", "alena", "alenka",
    "alessandra", "alessia", "alexandra", "alexia", "alia", "alice", "alicia", "alicja",
    "alina", "aline", "alison", "aliya", "alka", "alla", "allison", "almaz", "almudena",
    "alya", "alyona", "alyssa", "alžběta", "amaia", "amaka", "amanda", "amandine",
    "amelia", "amina", "aminah", "amira", "amna", "amparo", "amrita", "amy", "amélie",
    "ana", "anamaria", "anamika", "ananya", "anastasia", "anastasiia", "anastasiya",
    "anat", "anaïs", "anca", "andrea", "andreea", "androula", "anette", "angela",
    "angelica", "angeliki", "angelina", "angelique", "angharad", "angie", "aniko",
    "anikó", "anita", "anitha", "anitta", "anja", "anjali", "anjana", "anke", "ankita",
    "ann", "anna", "annabel", "annabelle", "annalena", "annalisa", "anne", "anne-marie",
    "anne-sophie", "annegret", "anneke", "anneli", "annelies", "anneliese", "annemarie",
    "annemieke", "annette", "annie", "annika", "anouk", "antje", "antoinette",
    "antonella", "antonia", "antonietta", "anupama", "anuradha", "anushka", "anya",
    "anyango", "aoibhinn", "aoife", "aparna", "aqsa", "araba", "arabella", "araceli",
    "araminta", "arantxa", "archana", "aretha", "ariadne", "ariana", "arianna",
    "arlene", "arlette", "arpita", "aruna", "asha", "ashling", "ashwini", "asli",
    "aslı", "asma", "asmaa", "aster", "astrid", "athina", "atieno", "atsuko", "audrey",
    "auma", "aurelia", "aurélie", "ava", "awino", "aya", "ayaka", "ayako", "ayala",
    "ayelet", "ayesha", "aylin", "ayse", "aysel", "ayten", "ayu", "ayumi", "ayşe",
    "azadeh", "azizah", "baleka", "banu", "barbara", "barbora", "basma", "bathabile",
    "batsheva", "beata", "beatrice", "beatrix", "beatriz", "becky", "begoña", "belgin",
    "belinda", "bella", "belén", "benazir", "benedetta", "benedita", "berna",
    "bernadett", "bernadette", "beryl", "bess", "bessie", "beth", "bethan", "bethany",
    "betsy", "betty", "betül", "beverley", "beverly", "beyonce", "beyoncé", "beáta",
    "bharati", "bhavana", "bhavani", "bianca", "biljana", "bilkisu", "binta", "bipasha",
    "birgit", "birgitta", "birtukan", "bisola", "blanca", "blanche", "blanka",
    "blathnaid", "bláthnaid", "boglárka", "bongiwe", "bonnie", "bozena", "bożena",
    "božena", "branka", "brenda", "brianna", "brid", "bridget", "brigid", "brigitte",
    "brita", "britney", "britt", "brittney", "bronagh", "brooke", "bruna", "bríd",
    "bukola", "burcu", "bushra", "busisiwe", "busra", "béatrice", "büşra", "caitlin",
    "caitlín", "caitriona", "caitríona", "camelia", "camila", "camilla", "canan",
    "candace", "candice", "caoimhe", "capucine", "carina", "carla", "carlotta",
    "carly", "carmen", "carol", "carole", "caroline", "carolyn", "carrie", "carys",
    "cassandra", "cassie", "catalina", "catarina", "caterina", "catherine", "cathy",
    "catrin", "catriona", "cayetana", "cecile", "cecilia", "cecilie", "cecily",
    "celeste", "celia", "celine", "ceren", "cerys", "chana", "chandrika", "chantal",
    "chantelle", "charlene", "charlize", "charlotte", "chaya", "chelsea", "cherie",
    "cheryl", "chiamaka", "chiara", "chie", "chieko", "chimamanda", "chinyere",
    "chioma", "chitra", "chloe", "chloé", "christa", "christiane", "christina",
    "christine", "chrysa", "chulabhorn", "ciara", "cigdem", "cindy", "claire", "clara",
    "clare", "clarice", "clarissa", "claudette", "claudia", "clemence", "clementine",
    "cliodhna", "cliona", "clodagh", "clotilde", "cláudia", "clémence", "clíodhna",
    "coleen", "colette", "colleen", "conceição", "concepción", "connie", "constance",
    "consuelo", "cora", "corazon", "cordelia", "corina", "corinne", "cosima", "cosmina",
    "cressida", "cristina", "csilla", "cynthia", "cécile", "céline", "cătălina",
    "daciana", "dafna", "dagmar", "dalia", "damares", "daniela", "daniella", "danielle",
    "danièle", "danuta", "daphne", "daria", "darlene", "darya", "dasha", "davina",
    "dearbhla", "debbie", "deborah", "debra", "deepa", "deepika", "deepti", "defne",
    "deirdre", "delia", "delphine", "delyth", "denisa", "denise", "derartu", "dervla",
    "derya", "despina", "devi", "devika", "devorah", "diana", "diane", "dianne",
    "dilek", "dilma", "dimitra", "dina", "dionne", "divya", "doaa", "doina", "doireann",
    "dolores", "dominika", "donatella", "donna", "doreen", "doris", "dorota",
    "dorothea", "dorothy", "dorottya", "dorte", "dragana", "droupadi", "dubravka",
    "débora", "dóra", "eabha", "ebba", "ebru", "ecaterina", "ece", "edeltraud",
    "edith", "editha", "edna", "edwina", "edyta", "eeva", "efi", "efua", "eileen",
    "eilidh", "eimear", "einat", "eira", "eirini", "eirlys", "ekaterina", "ekua",
    "elaine", "eleanor", "eleftheria", "elena", "eleni", "eleonora", "eleri",
    "elfriede", "elif", "elin", "elina", "elinor", "elisa", "elisabeta", "elisabeth",
    "elisabetta", "elise", "eliza", "elizabeth", "elizaveta", "elke", "ella", "ellen",
    "ellie", "ellinor", "elna", "elnaz", "elodie", "eloise", "els", "elsa", "elsie",
    "elspeth", "eluned", "elvira", "elzbieta", "elżbieta", "eman", "emanuela", "emer",
    "emese", "emiko", "emilia", "emilie", "emily", "emine", "emma", "emmeline",
    "endang", "enid", "eniko", "enikő", "erica", "erika", "eriko", "erin", "erlinda",
    "erna", "erzsébet", "esi", "esme", "esperanza", "esra", "esraa", "estela",
    "estelle", "esther", "eszter", "etelka", "ethel", "etsuko", "eugenia", "eugenie",
    "eva", "evangelia", "evangeline", "evelyn", "evgenia", "evie", "ewa", "ewelina",
    "ezinne", "fabiana", "fabienne", "fadwa", "fahmida", "fariba", "farideh", "farnaz",
    "farzana", "fatemeh", "fatima", "fatimah", "fatma", "fay", "faye", "federica",
    "felicia", "femke", "fenna", "fernanda", "ffion", "fiadh", "filiz", "fiona",
    "fionnuala", "fiorella", "fleur", "flora", "florence", "florentina", "folake",
    "folasade", "forough", "foteini", "fotini", "frances", "francesca", "francoise",
    "franziska", "françoise", "frauke", "freya", "frida", "frieda", "friederike",
    "fumiko", "funke", "funmi", "funmilayo", "fátima", "gabriela", "gabriella",
    "gabrielle", "gail", "galina", "galit", "gamze", "gauri", "gayatri", "geeta",
    "geetha", "gemma", "genevieve", "geneviève", "genzebe", "georgia", "georgiana",
    "georgina", "geraldine", "gerda", "gertrud", "gertrude", "gesine", "ghada",
    "ghalia", "ghazala", "ghislaine", "gianna", "gila", "gillian", "gina", "ginette",
    "ginevra", "ginny", "giorgia", "giovanna", "gisela", "gisele", "giselle", "giulia",
    "giuliana", "giuseppina", "gizella", "gizem", "gladys", "glenda", "glenys",
    "gloria", "golda", "golshifteh", "googoosh", "gordana", "gracie", "graciela",
    "grainne", "graziella", "grazyna", "graça", "grażyna", "greta", "gretchen", "gro",
    "gráinne", "gudaf", "gudrun", "gundula", "gunhild", "gunilla", "gwen",
    "gwendoline", "gwendolyn", "gwenllian", "gwyneth", "gökçe", "gülşen", "hadas",
    "hadiza", "hafsat", "hailey", "hajara", "hajnalka", "hala", "haleh", "halima",
    "halina", "halyna", "hana", "hanako", "hanan", "hanane", "hande", "hanna", "hannah",
    "hanne", "hanneke", "hannelore", "harleen", "harriet", "harumi", "hasina", "hatice",
    "hattie", "hauwa", "haya", "hayley", "heather", "hedda", "hedwig", "hege", "heidi",
    "heidrun", "heike", "heledd", "helen", "helena", "helene", "helga", "heli", "helle",
    "hema", "henrietta", "henriette", "hermione", "hester", "hiba", "hidilyn", "hila",
    "hilda", "hilde", "hildegard", "hilkka", "hillary", "hina", "hiroko",
    "hirut", "hisako", "hitomi", "hoda", "holly", "hope", "houda", "huda", "huguette",
    "hulya", "humaira", "huong", "hélène", "hülya", "ibolya", "ida", "idit", "idoia",
    "ifeoma", "iga", "ijeoma", "ilana", "ilaria", "ildiko", "ildikó", "ileana",
    "ilona", "ilse", "imee", "imelda", "imogen", "inas", "inbal", "indah", "indira",
    "ines", "inga", "inge", "ingeborg", "inger", "ingrid", "ingvild", "inmaculada",
    "inna", "intan", "inès", "inés", "ioana", "ioanna", "ipek", "iqra", "irem",
    "irena", "irene", "irina", "irini", "irit", "irja", "irmgard", "iryna", "isabel",
    "isabella", "isabelle", "isha", "ishbel", "isla", "isobel", "israa", "itzel",
    "itziar", "iulia", "ivana", "ivanka", "ivete", "iwona", "iyabo", "izabela", "jaana",
    "jacinda", "jacqueline", "jada", "jadwiga", "jamila", "jana", "janaki", "jane",
    "janelle", "janet", "janette", "janice", "janine", "janneke", "jarmila",
    "jaroslava", "jasleen", "jasmin", "jasmina", "jasmine", "jaya", "jayalalithaa",
    "jayanthi", "jeanette", "jeanne", "jelena", "jemima", "jemma", "jenna", "jenni",
    "jennie", "jennifer", "jenny", "jessica", "jill", "jinkee", "jitka", "jiřina",
    "joan", "joana", "joanna", "joanne", "jocelyn", "jodie", "johanna", "jolanda",
    "jolanta", "jolene", "jolán", "josefina", "josephine", "josiane", "josie",
    "joséphine", "jovana", "jowita", "joyce", "juana", "judit", "judith", "judy",
    "juhi", "julia", "juliana", "julianna", "julianne", "julie", "juliet", "juliette",
    "jumana", "justine", "justyna", "jutta", "jéssica", "kaarina", "kaisa", "kaitlyn",
    "kajal", "kajol", "kalliopi", "kalpana", "kamala", "kamila", "kana", "kanako",
    "kangana", "kanimozhi", "kaori", "kareena", "karen", "karin", "karina", "karishma",
    "karla", "karolina", "karoline", "karolína", "kartika", "kartini", "katalin",
    "katarina", "katarzyna", "kate", "katelyn", "katerina", "kateryna", "kateřina",
    "katharina", "katharine", "katherine", "kathleen", "kathrin", "kathryn", "kathy",
    "katie", "katja", "katri", "katrina", "katy", "katya", "kavita", "kavitha", "kavya",
    "kayla", "kaylee", "kayleigh", "kazimiera", "kazuko", "keiko", "keisha",
    "kellyanne", "kemi", "kendra", "keren", "kerri", "kerstin", "khadija", "khadijah",
    "khaleda", "khrystyna", "kiara", "kidist", "kimberly", "kimiko", "kinga", "kira",
    "kirsi", "kirsteen", "kirsten", "kirstie", "kirstin", "kirsty", "klara", "klára",
    "kolinda", "konstantina", "krista", "kristen", "kristi", "kristie", "kristin",
    "kristina", "kristine", "kristy", "kristýna", "kriti", "krystyna", "ksenia",
    "ksenija", "kseniya", "kumiko", "kylie", "kyoko", "kübra", "ladan", "laetitia",
    "lakshmi", "laleh", "lalita", "lamia", "lana", "laoise", "lara", "larisa",
    "larissa", "lata", "latifa", "latoya", "laura", "lauren", "lavinia", "layla", "lea",
    "leah", "leanne", "leela", "leena", "leila", "leire", "lena", "leni", "lenka",
    "leona", "leonie", "leonora", "lesia", "lesley", "lesya", "letesenbet", "leticia",
    "letizia", "letícia", "leyla", "liat", "libby", "libuše", "lidia", "lieke",
    "liesbeth", "liesel", "lieselotte", "ligaya", "liisa", "lila", "liliana", "lilla",
    "lillian", "limor", "lina", "linda", "lindiwe", "linnea", "lisa", "liudmyla", "liz",
    "liza", "lizzie", "lizzy", "ljiljana", "ljubica", "llinos", "lois", "lola",
    "loredana", "lorena", "loretta", "lorna", "lorraine", "lotta", "lotte", "lottie",
    "loubna", "louisa", "louise", "lowri", "luana", "lubna", "lucia", "luciana",
    "lucie", "lucille", "lucinda", "lucrezia", "lucy", "lucyna", "lucía", "ludmila",
    "luisa", "lulwa", "luminita", "luminița", "luísa", "lydia", "lynne",
    "lyubov", "lyudmila", "léa", "lúcia", "maaike", "maarit", "mabel", "macarena",
    "machiko", "madalina", "maddalena", "maddie", "madeleine", "madeline", "madhuri",
    "maeve", "magda", "magdalena", "magdalene", "maggie", "mahira", "mahlet", "mahnaz",
    "mahnoor", "mahsa", "mahtab", "mai", "mair", "maire", "mairead", "mairéad",
    "maisie", "maite", "maja", "makayla", "mako", "malak", "malala", "malathi",
    "malgorzata", "maliha", "malika", "malin", "malini", "malka", "mamata", "mami",
    "mamta", "manal", "mandy", "manisha", "manon", "manuela", "maram", "marcela",
    "marcia", "marcy", "mareike", "margaret", "margareta", "margarita", "margaux",
    "margery", "margherita", "margit", "margot", "margrethe", "marguerite", "maria",
    "mariah", "mariam", "marian", "mariana", "mariangela", "marianna", "marianne",
    "mariastella", "maribel", "maricel", "marie", "marie-christine", "marie-claire",
    "marie-france", "marie-louise", "marieke", "mariella", "marielle", "marietjie",
    "mariia", "marija", "mariko", "marilyn", "marina", "marine", "marinela", "marion",
    "marisa", "mariska", "marisol", "marissa", "marit", "marites", "marivic", "mariya",
    "marja", "marjatta", "marjolein", "marjorie", "marketa", "markéta", "marla",
    "marlene", "marlies", "marloes", "marnie", "marta", "martha", "martina", "martine",
    "mary", "maryam", "maryna", "marzena", "maría", "marília", "masako", "masha",
    "mathilde", "matilda", "matilde", "maud", "maude", "maureen", "mavis", "maxine",
    "maya", "mayawati", "mayu", "mayumi", "małgorzata", "meabh", "meaza", "meena",
    "meenakshi", "meera", "meg", "megan", "megawati", "meghan", "megumi", "megyn",
    "mehbooba", "mehrnaz", "mehwish", "mekdes", "melania", "melanie", "melek", "melike",
    "melina", "melinda", "melissa", "meltem", "menna", "meral", "merav", "meredith",
    "meriem", "merve", "meryem", "meseret", "mette", "mhairi", "mia", "michaela",
    "michela", "micheline", "michelle", "michiko", "michèle", "midori", "mieke",
    "mieko", "mihaela", "miho", "mila", "milagros", "mildred", "milena", "milica",
    "millie", "mimi", "mina", "minako", "mindy", "minna", "minnie", "minoo", "mira",
    "miranda", "mireia", "mireille", "miren", "miri", "miriam", "mirja", "mirjam",
    "mirjana", "miroslava", "mirosława", "missy", "mithali", "mitra", "mitsuko",
    "miyuki", "modupe", "moira", "mojca", "mojisola", "mollie", "molly", "momoko",
    "mona", "monica", "monika", "monique", "morag", "morenike", "moushumi", "moza",
    "muireann", "muna", "muriel", "muthoni", "mylene", "myra", "myrto", "máire",
    "mária", "márta", "méabh", "mélanie", "mónika", "müge", "mădălina", "naama",
    "nabila", "nadezhda", "nadia", "nadine", "nadiya", "naděžda", "nagore", "nahid",
    "naila", "naima", "najat", "najla", "naledi", "nanami", "nancy", "nandini",
    "nanette", "naoko", "naomi", "narges", "nargis", "nasrin", "nastya", "natalia",
    "natalie", "nataliya", "natalya", "natasa", "natasha", "nataša", "nathalie",
    "natsuko", "nava", "nawal", "nazan", "nazanin", "nazia", "nazli", "nazlı", "neasa",
    "neda", "neeltje", "negar", "neha", "nekane", "nell", "nellie", "nerea", "nerys",
    "neslihan", "nesreen", "nesrin", "nga", "ngozi", "nia", "niamh", "nichola", "nicki",
    "nicola", "nicole", "nicolette", "nida", "nienke", "niina", "nikki", "nikoleta",
    "niloufar", "nilüfer", "nina", "nirmala", "nisha", "nisreen", "nithya", "njeri",
    "nkechi", "nkosazana", "nneka", "noelia", "noelle", "nokuthula", "nompumelelo",
    "nomsa", "nomvula", "nomzamo", "nonhlanhla", "nora", "norah", "noreen", "noriko",
    "norma", "nosipho", "nosiviwe", "noura", "noémi", "noémie", "nuala", "nunzia",
    "nurhayati", "nuria", "nurit", "nyambura", "nóirín", "nóra", "oana", "obiageli",
    "octavia", "océane", "odette", "odile", "oksana", "oleksandra", "olena", "olga",
    "olha", "olivera", "olivia", "olufunke", "omolara", "omotola", "ophelia",
    "ophélie", "oprah", "orit", "orla", "orlagh", "orlaith", "orna", "ornella",
    "orsolya", "osnat", "otilia", "ottavia", "outi", "ozge", "ozlem", "padma",
    "paetongtarn", "paige", "paivi", "palesa", "pallavi", "paloma", "pamela",
    "panagiota", "pankaja", "paola", "paraskevi", "parineeti", "parisa", "pascale",
    "patricia", "patrizia", "patrycja", "patrícia", "paula", "paulette", "paulina",
    "pauline", "pavla", "pavlína", "pegah", "peggy", "penelope", "pernille", "petra",
    "petula", "philippa", "phoebe", "phumzile", "phyllis", "pia", "pilar", "pinar",
    "pippa", "pirjo", "piroska", "polina", "polly", "pooja", "poonam", "pratibha",
    "preeti", "preity", "priscila", "priscilla", "priti", "priya", "priyanka", "puan",
    "puteri", "putri", "päivi", "pınar", "rabia", "rachel", "rachida", "radha",
    "radhika", "radka", "raffaella", "rafidah", "raghad", "ragnhild", "rahaf", "raisa",
    "rajni", "raluca", "ramona", "randa", "rania", "raquel", "rasha", "rashmi", "ratna",
    "raveena", "rawan", "reba", "rebeca", "rebecca", "reem", "refilwe", "regina",
    "regine", "reiko", "rekha", "renata", "renate", "renee", "renu", "retno", "revathi",
    "revital", "rhian", "rhiannon", "rhodora", "richa", "rie", "rigoberta", "rihanna",
    "riikka", "riitta", "rika", "rima", "rina", "rini", "risa", "rita", "rituparna",
    "rivka", "riya", "roberta", "robyn", "rochelle", "rocio", "rocío", "rodica",
    "rohini", "roisin", "ronit", "ronke", "rosa", "rosalie", "rosalind", "rosalyn",
    "rosalía", "rosamund", "rosana", "rosanna", "rosaria", "roseanne", "roselyne",
    "rosemarie", "rosemary", "rosie", "rosmah", "rossella", "roula", "rowena", "roxana",
    "roxanne", "roya", "rozália", "ruba", "rubina", "rukhsana", "rula", "rupa",
    "rupali", "ruslana", "ruth", "ryoko", "réka", "róisín", "saba", "sabina",
    "sabine", "sabrina", "sachiko", "sadhana", "sadhbh", "sadia", "sadie", "safaa",
    "safiye", "sahar", "sahra", "saima", "saina", "saira", "sakshi", "sakura", "salima",
    "sally", "salma", "salwa", "samantha", "samia", "samina", "samira", "sana", "sanae",
    "sandra", "sandrine", "sangeeta", "sangeetha", "sania", "sanja", "sanna", "sanne",
    "saoirse", "saori", "sapna", "sara", "sarah", "saranya", "saratu", "sarit",
    "sarita", "sarka", "saskia", "satomi", "satu", "savita", "sawsan", "sayaka",
    "sayuri", "scarlett", "seda", "seema", "segolene", "seija", "seiko", "selamawit",
    "selena", "selin", "selvi", "semra", "sepideh", "serap", "seren", "serena",
    "setsuko", "sevda", "sevgi", "sevim", "sezen", "shabana", "shahd", "shaima",
    "shakira", "shalini", "shania", "shanice", "shannon", "shanthi", "sharmila",
    "sharon", "shauna", "shazia", "sheena", "shehla", "sheila", "shereen", "sherine",
    "sheryl", "shikha", "shilpa", "shiori", "shira", "shirin", "shirley", "shizuka",
    "shlomit", "shobha", "shohreh", "shona", "shoshana", "shraddha", "shreya", "shruti",
    "shweta", "sian", "sibel", "sibongile", "sidra", "sienna", "sietske", "sifan",
    "sigal", "signe", "siham", "sile", "silke", "silvia", "simin", "simona", "simone",
    "sinead", "sini", "sinéad", "siobhan", "siobhán", "sirikit", "sirimavo",
    "siriporn", "sirpa", "siti", "siwan", "siân", "slavica", "smadar", "smita",
    "smriti", "sneha", "snezana", "snezhana", "snežana", "sofia", "sofía", "soheila",
    "solange", "soledad", "solomiya", "solveig", "solène", "sonal", "sonali",
    "songül", "sonia", "sonja", "sonya", "sophia", "sophie", "soraya", "sorcha",
    "sorina", "souad", "soumaya", "sowmya", "soňa", "sridevi", "stacey", "stanisława",
    "stavroula", "stefania", "stefanie", "steffi", "stella", "stephanie", "stina",
    "stéphanie", "suad", "suchitra", "sudarat", "sudha", "suha", "suhair", "sujata",
    "sukanya", "sumaira", "sumiko", "sumitra", "sunette", "sunita", "sunniva",
    "supriya", "susan", "susana", "susanna", "susannah", "susanne", "sushma",
    "sushmita", "susi", "susie", "suvi", "suzanne", "suzy", "svenja", "svetlana",
    "swati", "sybil", "sylvia", "sylvie", "sylwia", "szilvia", "ségolène",
    "séverine", "síle", "sílvia", "sónia", "tabitha", "tahani", "tahira",
    "tahmineh", "taina", "takako", "tali", "tamar", "tamara", "tamika", "tamiko",
    "tamilisai", "tammy", "tamsin", "tania", "tanisha", "tanja", "tansu", "tanushree",
    "tanvi", "tanya", "tara", "taraneh", "tarja", "tatiana", "tatjana", "tatyana",
    "tehmina", "tejaswini", "teodora", "teresa", "teresita", "tereza", "terhi", "terri",
    "tess", "tessa", "tetiana", "thais", "thandi", "thandiwe", "thaís", "thea",
    "thenmozhi", "theresa", "theresia", "thuli", "thulisile", "thuy", "tiana",
    "tiffany", "tigist", "tiina", "tilly", "timea", "tina", "tineke", "tirunesh",
    "titilayo", "tiziana", "tomoko", "tori", "torill", "toshiko", "tova", "tove",
    "tracey", "trang", "treasa", "trine", "trisha", "trudy", "tuija", "tulay", "turid",
    "tuula", "tuva", "tuğba", "tyra", "tzipi", "tzipora", "tímea", "tülay",
    "ubolratana", "ulla", "ulrika", "ulrike", "ulyana", "uma", "urmila",
    "ursula", "urszula", "urška", "usha", "uta", "uzma", "vaishali", "valentina",
    "valentyna", "valeria", "valerie", "valérie", "vandana", "vanesa", "vanessa",
    "varsha", "vasiliki", "vasilisa", "vera", "veronica", "veronika", "verónica",
    "vesna", "vibeke", "vicki", "vicky", "victoria", "vidya", "vijaya", "vikki",
    "viktoria", "viktoriya", "viktória", "vilma", "vineeta", "vinita", "violeta",
    "viorica", "virginia", "virginie", "vittoria", "viviane", "vivienne", "véronique",
    "věra", "wafaa", "wairimu", "waltraud", "wambui", "wanda", "wangari", "wangui",
    "wanjiku", "wanjiru", "wendy", "weronika", "whitney", "widad", "wiebke",
    "wiesława", "wilhelmina", "wilma", "winifred", "winnie", "wulan", "xenia",
    "ximena", "xochitl", "xuxa", "xóchitl", "yaa", "yael", "yaiza", "yana", "yanti",
    "yaroslava", "yasaman", "yasemin", "yasmeen", "yasmin", "yasmina", "yasmine",
    "yasuko", "yehudit", "yekaterina", "yelena", "yelizaveta", "yesenia", "yetunde",
    "yevgenia", "yifat", "yingluck", "yoko", "yolanda", "yolande", "yoshiko", "yousra",
    "yui", "yuka", "yukari", "yukiko", "yuko", "yulia", "yuliia", "yuliya", "yumi",
    "yumiko", "yuriko", "yusra", "yvette", "yvonne", "zahida", "zahra", "zainab",
    "zandile", "zanele", "zara", "zarina", "zaynab", "zdeňka", "zehra", "zeina",
    "zeinab", "zelda", "zeynep", "zhanna", "ziba", "zinaida", "zineb", "zinhle", "zita",
    "ziva", "zlata", "zodwa", "zoe", "zoey", "zofia", "zohreh", "zoi", "zora", "zorana",
    "zorica", "zoya", "zoé", "zoë", "zsuzsa", "zsuzsanna", "zsófia", "zubaida",
    "zuraida", "zuzana", "zuzanna", "ágnes", "áine", "ángela", "çiğdem", "éabha",
    "éimear", "élise", "élodie", "émilie", "éva", "özge", "özlem", "úna",
    "şebnem", "şule", "špela", "šárka",
};

/* Lemmas whose base and -s forms are more often nouns (or, for "continue",
 * not speech) than reporting verbs ("the report", "his comments", "will
 * continue to"): they count only in the past or -ing ("commented"). */
static const char *const NOUNISH[] = {
    "answer", "appeal", "attack", "bark", "blast", "blog", "boast", "brag", "call",
    "challenge", "charge", "comment", "continue", "counter", "cry", "demand", "detail",
    "echo", "email", "estimate", "forecast", "gasp", "groan", "growl", "guarantee",
    "hint", "hiss", "joke", "label", "laugh", "message", "murmur", "mutter", "order",
    "outline", "post", "praise", "press", "protest", "query", "question", "quote",
    "rave", "remark", "remember", "report", "request", "roar", "scream", "shout",
    "shriek", "sigh", "slam", "sob", "squeal", "state", "text", "thank", "thunder",
    "tout", "vent", "wail", "whisper", "yell",
};

#define COUNT(a) (sizeof (a) / sizeof *(a))

/* Lower-cases w[0..n) into buf (cap bytes); false if it does not fit. */
static bool lower(const char *w, size_t n, char *buf, size_t cap)
{
    if (n == 0 || n >= cap) return false;
    for (size_t i = 0; i < n; i++) buf[i] = (char)tolower((unsigned char)w[i]);
    buf[n] = 0;
    return true;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Lookup of a NUL-terminated lower-case word in a sorted table. */
static bool in(const char *const *tab, size_t n, const char *w)
{
    return bsearch(&w, tab, n, sizeof *tab, cmp_str) != NULL;
}

static bool sorted(const char *const *tab, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (strcmp(tab[i - 1], tab[i]) >= 0) return false;
    return true;
}

bool qc_lex_selfcheck(void)
{
    return sorted(SPEECH_LEMMAS, COUNT(SPEECH_LEMMAS)) && sorted(SPEECH_IRREGULAR, COUNT(SPEECH_IRREGULAR)) &&
           sorted(TITLES, COUNT(TITLES)) && sorted(ROLES, COUNT(ROLES)) && sorted(ADVERBS, COUNT(ADVERBS)) &&
           sorted(DETERMINERS, COUNT(DETERMINERS)) && sorted(NOT_NAME, COUNT(NOT_NAME)) &&
           sorted(ABBREVS, COUNT(ABBREVS)) && sorted(MALE, COUNT(MALE)) && sorted(FEMALE, COUNT(FEMALE)) &&
           sorted(NOUNISH, COUNT(NOUNISH));
}

static bool is_lemma(const char *w)
{
    return bsearch(&w, SPEECH_LEMMAS, COUNT(SPEECH_LEMMAS), sizeof *SPEECH_LEMMAS, cmp_str) != NULL;
}

/* Tries stem + suffix, and the stem with a doubled last consonant undone. */
static bool stem_is_lemma(char *buf, size_t stem, const char *add)
{
    char t[40];
    size_t k = strlen(add);
    if (stem == 0 || stem + k >= sizeof t) return false;
    memcpy(t, buf, stem);
    memcpy(t + stem, add, k + 1);
    if (is_lemma(t)) return true;
    if (!*add && stem >= 3 && t[stem - 1] == t[stem - 2] && !strchr("aeiou", t[stem - 1])) {
        t[stem - 1] = 0;
        if (is_lemma(t)) return true;
    }
    return false;
}

static bool ends(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k && memcmp(w + n - k, suf, k) == 0;
}

static bool present_ok(const char *lemma)
{
    return !in(NOUNISH, COUNT(NOUNISH), lemma);
}

/* The lemma of an -s / -es / -ies form in b (n bytes) into out, or false. */
static bool s_lemma(const char *b, size_t n, char *out, size_t cap)
{
    const char *cands[3][2] = {{"ies", "y"}, {"es", ""}, {"s", ""}};
    for (size_t k = 0; k < 3; k++) {
        size_t sl = strlen(cands[k][0]), al = strlen(cands[k][1]);
        if (!ends(b, n, cands[k][0]) || n - sl + al + 1 > cap) continue;
        memcpy(out, b, n - sl);
        memcpy(out + n - sl, cands[k][1], al + 1);
        if (is_lemma(out)) return true;
    }
    return false;
}

bool qc_lex_speech_word(const char *w, size_t n)
{
    char b[40], l[40];
    if (qc_lex_speech_verb(w, n)) return true;
    if (n == 0 || !islower((unsigned char)w[0]) || !lower(w, n, b, sizeof b)) return false;
    return is_lemma(b) || s_lemma(b, n, l, sizeof l);
}

bool qc_lex_speech_verb(const char *w, size_t n)
{
    char b[40], l[40];
    if (n == 0 || !islower((unsigned char)w[0]) || !lower(w, n, b, sizeof b)) return false;
    if (in(SPEECH_IRREGULAR, COUNT(SPEECH_IRREGULAR), b)) return true;
    if (is_lemma(b)) return present_ok(b);
    if (ends(b, n, "ied")) return stem_is_lemma(b, n - 3, "y");
    if (ends(b, n, "ing")) return stem_is_lemma(b, n - 3, "") || stem_is_lemma(b, n - 3, "e");
    if (ends(b, n, "ed")) return stem_is_lemma(b, n - 2, "") || stem_is_lemma(b, n - 1, "");
    if (s_lemma(b, n, l, sizeof l)) return present_ok(l);
    return false;
}

size_t qc_lex_speech_lemma_count(void) { return COUNT(SPEECH_LEMMAS); }

bool qc_lex_title(const char *w, size_t n)
{
    char b[40];
    if (lower(w, n, b, sizeof b) && in(TITLES, COUNT(TITLES), b)) return true;
    /* two titles joined: "Judge-Executive", "Secretary-General" (not "King-Smith") */
    const char *h = memchr(w, '-', n);
    return h && h > w && h + 1 < w + n && qc_lex_title(w, (size_t)(h - w)) && qc_lex_title(h + 1, n - (size_t)(h - w) - 1);
}

bool qc_lex_role(const char *w, size_t n)
{
    char b[40];
    return lower(w, n, b, sizeof b) && in(ROLES, COUNT(ROLES), b);
}

int qc_lex_pronoun(const char *w, size_t n)
{
    char b[8];
    if (!lower(w, n, b, sizeof b)) return 0;
    if (!strcmp(b, "he") || !strcmp(b, "him") || !strcmp(b, "his")) return 1;
    if (!strcmp(b, "she") || !strcmp(b, "her")) return 2;
    if (!strcmp(b, "they") || !strcmp(b, "them") || !strcmp(b, "it")) return 3;
    return 0;
}

bool qc_lex_adverb(const char *w, size_t n)
{
    char b[40];
    if (n == 0 || !islower((unsigned char)w[0]) || !lower(w, n, b, sizeof b)) return false;
    return (n > 4 && ends(b, n, "ly")) || in(ADVERBS, COUNT(ADVERBS), b);
}

bool qc_lex_determiner(const char *w, size_t n)
{
    char b[16];
    return lower(w, n, b, sizeof b) && in(DETERMINERS, COUNT(DETERMINERS), b);
}

bool qc_lex_not_name(const char *w, size_t n)
{
    char b[16];
    return lower(w, n, b, sizeof b) && in(NOT_NAME, COUNT(NOT_NAME), b);
}

bool qc_lex_abbrev(const char *w, size_t n)
{
    char b[16];
    if (n && w[n - 1] == '.') n--;
    return lower(w, n, b, sizeof b) && in(ABBREVS, COUNT(ABBREVS), b);
}

int qc_lex_first_name_gender(const char *w, size_t n)
{
    char b[24];
    /* lower case by code point: "Élodie", "Åsa" */
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        char u[4];
        size_t k = qc_utf8_put(qc_to_lower(qc_utf8_next(w, n, &i)), u);
        if (o + k >= sizeof b) return 0;
        memcpy(b + o, u, k);
        o += k;
    }
    if (o == 0) return 0;
    b[o] = 0;
    if (in(MALE, COUNT(MALE), b)) return 1;
    if (in(FEMALE, COUNT(FEMALE), b)) return 2;
    return 0;
}
