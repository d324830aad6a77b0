/* quotes_lex.c: static word lists for quote attribution (speech verbs, titles, pronouns). */
#include "quotes_lex.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Every table is sorted (ASCII) for bsearch; qc_lex_selfcheck() verifies it. */
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
    "atty", "atty.", "australian", "ayatollah", "brig", "brig.", "british", "cabinet",
    "canadian", "capt", "capt.", "captain", "cardinal", "ceo", "chair", "chairman",
    "chairperson", "chairwoman", "chancellor", "chief", "chinese", "cllr", "cllr.",
    "co-founder", "co-star", "coach", "col", "col.", "colonel", "commander",
    "commissioner", "comptroller", "congressman", "congresswoman", "constable",
    "councillor", "councilman", "councilor", "councilwoman", "counsel", "cr", "cr.",
    "defence", "defense", "del", "del.", "democrat", "democratic", "deputy", "det",
    "det.", "detective", "director", "dr", "dr.", "dutch", "egyptian", "emir",
    "european", "executive", "federal", "first", "foreign", "former", "founder",
    "french", "gen", "gen.", "general", "german", "gop", "gov", "gov.", "governor",
    "greek", "health", "homeland", "house", "independent", "indian", "insp", "insp.",
    "inspector", "interior", "iranian", "iraqi", "irish", "israeli", "italian",
    "japanese", "judge", "justice", "king", "korean", "lady", "leader", "lieutenant",
    "lord", "lt", "lt.", "madam", "majority", "mayor", "mep", "mexican", "minister",
    "minority", "miss", "mla", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "msp",
    "national", "nominee", "north", "palestinian", "pope", "premier", "president",
    "president-elect", "presidential", "press", "prime", "prince", "princess", "prof",
    "prof.", "professor", "provost", "queen", "rabbi", "rep", "rep.", "representative",
    "republican", "rev", "rev.", "reverend", "russian", "saudi", "secretary",
    "security", "sen", "sen.", "senate", "senator", "sergeant", "sgt", "sgt.", "sheikh",
    "sheikha", "sheriff", "shri", "shrimati", "sir", "smt", "south", "spanish",
    "speaker", "spokesman", "spokesperson", "spokeswoman", "state", "sultan",
    "superintendent", "supreme", "supt", "supt.", "syrian", "taoiseach", "td",
    "treasurer", "treasury", "turkish", "tánaiste", "u.k.", "u.n.", "u.s.", "uk",
    "ukrainian", "un", "us", "vice", "whip", "white",
};

/* Nouns naming a person by role. */
static const char *const ROLES[] = {
    "academic", "activist", "actor", "actress", "administrator", "adviser", "advisor",
    "advocate", "agent", "aide", "alderman", "alderwoman", "ambassador", "analyst",
    "anchor", "archbishop", "architect", "artist", "attorney", "author", "banker",
    "barrister", "bartender", "batsman", "batter", "billionaire", "biologist", "bishop",
    "blogger", "boss", "bowler", "broker", "businessman", "businesswoman", "campaigner",
    "candidate", "captain", "caretaker", "ceo", "chairman", "chairperson",
    "chairwoman", "champion", "chancellor", "chef", "chief", "cleaner", "climber",
    "coach", "columnist", "comedian", "commander", "commentator", "commissioner",
    "commuter", "congressman", "congresswoman", "constable", "coroner",
    "correspondent", "councillor", "councilman", "councilor", "counsel", "critic",
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
    "aaron", "abdul", "abdullah", "abraham", "adam", "ahmad", "ahmed", "aidan", "al",
    "alan", "albert", "alberto", "alejandro", "alex", "alexander", "alfred", "ali",
    "alistair", "andre", "andreas", "andrei", "andres", "andrew", "angus", "anthony",
    "antonio", "arjun", "arthur", "arturo", "barack", "barry", "ben", "benjamin",
    "bernard", "bernie", "bertrand", "bill", "bob", "boris", "bradley", "brendan",
    "brett", "brian", "bruce", "bryan", "calvin", "cameron", "carl", "carlos", "cedric",
    "charles", "charlie", "chris", "christian", "christopher", "chuck", "clarence",
    "clive", "colin", "connor", "conor", "craig", "curtis", "cyril", "dale", "damian",
    "dan", "daniel", "darren", "david", "declan", "dennis", "derek", "desmond", "diego",
    "dieter", "dmitri", "dmitry", "dominic", "donald", "douglas", "duncan", "dustin",
    "dylan", "eamon", "ed", "eduardo", "edward", "edwin", "elijah", "elliot", "emil",
    "emmanuel", "enrique", "eric", "ernest", "ethan", "eugene", "evan", "fabio",
    "farid", "felipe", "felix", "fernando", "finn", "francis", "francisco", "frank",
    "franz", "fred", "frederick", "gabriel", "gareth", "gary", "gavin", "geoffrey",
    "george", "gerald", "gerhard", "giovanni", "gordon", "graham", "greg",
    "gregory", "guillermo", "gustavo", "hamid", "hans", "harold", "harry", "harvey",
    "hassan", "hector", "heinrich", "henry", "herbert", "howard", "hugh", "hussein",
    "ian", "ibrahim", "igor", "isaac", "ivan", "jack", "jacob", "jake", "james",
    "jared", "jason", "javier", "jeb", "jeff", "jeremy", "jerome", "jesse", "jim",
    "joe", "joel", "johan", "johannes", "john", "jon", "jonathan", "jorge", "jose",
    "joseph", "josh", "juan", "julian", "justin", "kareem", "karl", "keith", "ken",
    "kenneth", "kevin", "khalid", "kofi", "kurt", "kwame", "kyle", "lars", "lawrence",
    "leo", "leon", "leonard", "liam", "lindsey", "lionel", "lorenzo", "louis", "luca",
    "lucas", "luis", "luke", "malcolm", "manuel", "marco", "marcus", "mario", "marius",
    "mark", "martin", "mathieu", "matt", "matthew", "mehmet", "michael", "miguel",
    "mike", "mikhail", "mitch", "mohamed", "mohammad", "mohammed", "muhammad",
    "mustafa", "nathan", "neil", "nelson", "niall", "nicholas", "nick", "nigel", "noah",
    "norman", "oliver", "omar", "oscar", "owen", "pablo", "patrick", "paul", "pedro",
    "peter", "philip", "phillip", "pierre", "rafael", "rahul", "raj", "ralph", "ramon",
    "randy", "rashid", "raul", "raymond", "reginald", "ricardo", "richard", "rick",
    "rob", "robert", "roberto", "rodney", "roger", "roland", "roman", "ron", "ronald",
    "ross", "roy", "rudy", "rupert", "russell", "ryan", "sam", "samuel", "sanjay",
    "santiago", "saul", "scott", "sean", "sebastian", "sergei", "sergey", "seth",
    "simon", "stanley", "stefan", "stephen", "steve", "steven", "stuart", "sven",
    "tariq", "ted", "theo", "theodore", "thomas", "tim", "timothy", "tobias",
    "todd", "tom", "tony", "travis", "trevor", "tyler", "umar", "vincent", "vladimir",
    "walter", "warren", "wayne", "wilhelm", "willem", "william", "xi", "yuri",
    "yusuf", "zachary",
};

static const char *const FEMALE[] = {
    "abigail", "ada", "adriana", "agnes", "aisha", "alexandra", "alice", "alicia",
    "alison", "amanda", "amelia", "amy", "ana", "andrea", "angela", "angelica", "anita",
    "ann", "anna", "anne", "annette", "antonia", "ava", "barbara", "beatrice",
    "belinda", "bernadette", "beth", "bethany", "betsy", "beverly", "bianca", "bonnie",
    "brenda", "bridget", "brigitte", "camilla", "carla", "carly", "carmen",
    "caroline", "carolyn", "cassandra", "catherine", "cecilia", "charlotte", "chelsea",
    "cheryl", "christina", "christine", "cindy", "claire", "clara", "claudia",
    "colleen", "constance", "cristina", "cynthia", "danielle", "deborah", "debra",
    "delia", "denise", "diane", "dolores", "donna", "doris", "dorothy", "edith",
    "eileen", "elaine", "eleanor", "elena", "eliza", "elizabeth", "ella", "ellen",
    "eloise", "elsa", "emilia", "emily", "emma", "erica", "erin", "esther", "eva",
    "evelyn", "fatima", "fiona", "florence", "frances", "francesca", "gabriela",
    "gabrielle", "gail", "georgia", "geraldine", "gillian", "gina", "giulia", "gloria",
    "gwen", "hannah", "harriet", "heather", "heidi", "helen", "helena", "hillary",
    "holly", "hope", "ingrid", "irene", "isabel", "isabella", "ivanka", "jacqueline",
    "jane", "janet", "janice", "jasmine", "jeanne", "jennifer", "jenny", "jessica",
    "jill", "joan", "joanna", "joanne", "josephine", "joyce", "judith", "judy", "julia",
    "julie", "juliet", "kamala", "karen", "kate", "katherine", "kathleen", "kathryn",
    "kathy", "katie", "katrina", "kayla", "kellyanne", "kirsten", "kristin", "lara",
    "laura", "lauren", "leah", "leila", "lena", "lillian", "linda", "lisa", "lorraine",
    "louise", "lucia", "lucy", "lydia", "madeleine", "magdalena", "maggie", "mandy",
    "marcia", "margaret", "margarita", "maria", "marian", "marianne", "marie",
    "marilyn", "marina", "marine", "marion", "marisa", "martha", "martina", "mary",
    "maureen", "maxine", "meghan", "megyn", "melania", "melanie", "melissa", "mia",
    "michelle", "mildred", "miriam", "molly", "monica", "monique", "nadia", "nancy",
    "naomi", "natalia", "natalie", "natasha", "nicola", "nikki", "nina", "nora",
    "norma", "olivia", "pamela", "patricia", "paula", "pauline", "penelope", "phoebe",
    "priya", "rachel", "rebecca", "regina", "renee", "rita", "roberta", "rosa",
    "rosalind", "rosemary", "ruth", "sabrina", "sally", "samantha", "sandra", "sara",
    "sarah", "shannon", "sharon", "sheila", "shirley", "silvia", "simone", "sofia",
    "sonia", "sophie", "stella", "stephanie", "susan", "suzanne", "sylvia", "tamara",
    "tanya", "teresa", "theresa", "tiffany", "tina", "ursula", "valerie",
    "vanessa", "veronica", "victoria", "virginia", "wanda", "wendy", "yasmin", "yvonne",
    "zara", "zoe",
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
    if (!lower(w, n, b, sizeof b)) return 0;
    if (in(MALE, COUNT(MALE), b)) return 1;
    if (in(FEMALE, COUNT(FEMALE), b)) return 2;
    return 0;
}
