/* normalize_tables.c: the lexicons of the speech normaliser (abbreviations, units, currencies, months). */
#include "normalize_tables.h"

#include <string.h>

/* Abbreviations, matched case-sensitively on the letters before the dot. */
const qc_nz_abbr qc_nz_abbrs[] = {
    /* titles before a name */
    {"Mr", "Mister", QC_AB_TITLE | QC_AB_NODOT},
    {"Mrs", "Missus", QC_AB_TITLE | QC_AB_NODOT},
    {"Ms", "Miz", QC_AB_TITLE | QC_AB_NODOT},
    {"Messrs", "Messieurs", QC_AB_TITLE | QC_AB_NODOT},
    {"Mme", "Madame", QC_AB_TITLE | QC_AB_NODOT},
    {"Rt", "Right", QC_AB_TITLE},
    {"Dr", "Doctor", QC_AB_DR | QC_AB_NODOT},
    {"Drs", "Doctors", QC_AB_TITLE},
    {"Prof", "Professor", QC_AB_TITLE | QC_AB_NODOT},
    {"Profs", "Professors", QC_AB_TITLE},
    {"Gov", "Governor", QC_AB_TITLE | QC_AB_NODOT},
    {"Govs", "Governors", QC_AB_TITLE},
    {"Sen", "Senator", QC_AB_TITLE | QC_AB_NODOT},
    {"Sens", "Senators", QC_AB_TITLE},
    {"Rep", "Representative", QC_AB_TITLE | QC_AB_NODOT},
    {"Reps", "Representatives", QC_AB_TITLE},
    {"Lt", "Lieutenant", QC_AB_TITLE | QC_AB_NODOT},
    {"Col", "Colonel", QC_AB_TITLE | QC_AB_NODOT},
    {"Gen", "General", QC_AB_TITLE | QC_AB_NODOT},
    {"Maj", "Major", QC_AB_TITLE | QC_AB_NODOT},
    {"Capt", "Captain", QC_AB_TITLE | QC_AB_NODOT},
    {"Cmdr", "Commander", QC_AB_TITLE | QC_AB_NODOT},
    {"Cdr", "Commander", QC_AB_TITLE},
    {"Adm", "Admiral", QC_AB_TITLE | QC_AB_NODOT},
    {"Sgt", "Sergeant", QC_AB_TITLE | QC_AB_NODOT},
    {"Cpl", "Corporal", QC_AB_TITLE | QC_AB_NODOT},
    {"Pvt", "Private", QC_AB_TITLE},
    {"Pres", "President", QC_AB_TITLE},
    {"Supt", "Superintendent", QC_AB_TITLE | QC_AB_NODOT},
    {"Asst", "Assistant", QC_AB_TITLE},
    {"Dir", "Director", QC_AB_TITLE},
    {"Ald", "Alderman", QC_AB_TITLE},
    {"Pfc", "Private First Class", QC_AB_TITLE},
    {"Spc", "Specialist", QC_AB_TITLE},
    {"Insp", "Inspector", QC_AB_TITLE | QC_AB_NODOT},
    {"Det", "Detective", QC_AB_TITLE | QC_AB_NODOT},
    {"Atty", "Attorney", QC_AB_TITLE},
    {"Amb", "Ambassador", QC_AB_TITLE},
    {"Rev", "Reverend", QC_AB_TITLE | QC_AB_NODOT},
    {"Fr", "Father", QC_AB_TITLE | QC_AB_NODOT},
    {"Hon", "Honorable", QC_AB_TITLE},
    {"Msgr", "Monsignor", QC_AB_TITLE},
    {"Brig", "Brigadier", QC_AB_TITLE | QC_AB_NODOT},
    {"Gens", "Generals", QC_AB_TITLE},
    {"Sec", "Secretary", QC_AB_SEC},
    {"St", "Saint", QC_AB_ST | QC_AB_NODOT},
    {"Sts", "Saints", QC_AB_TITLE},
    {"Mt", "Mount", QC_AB_TITLE | QC_AB_NODOT},
    {"Ft", "Fort", QC_AB_TITLE},
    /* after a name */
    {"Jr", "Junior", QC_AB_ANY},
    {"Sr", "Senior", QC_AB_ANY},
    {"Esq", "Esquire", QC_AB_ANY},
    {"Inc", "Incorporated", QC_AB_ANY | QC_AB_NODOT},
    {"Corp", "Corporation", QC_AB_ANY | QC_AB_NODOT},
    {"Co", "Company", QC_AB_ANY},
    {"Cos", "Companies", QC_AB_ANY},
    {"Ltd", "Limited", QC_AB_ANY | QC_AB_NODOT},
    {"Bros", "Brothers", QC_AB_ANY | QC_AB_NODOT},
    {"Mfg", "Manufacturing", QC_AB_ANY},
    {"Ave", "Avenue", QC_AB_ANY},
    {"Blvd", "Boulevard", QC_AB_ANY},
    {"Rd", "Road", QC_AB_ANY},
    {"Ln", "Lane", QC_AB_ANY},
    {"Hwy", "Highway", QC_AB_ANY},
    {"Sq", "Square", QC_AB_ANY},
    {"Pkwy", "Parkway", QC_AB_ANY},
    {"Rte", "Route", QC_AB_ANY},
    {"Twp", "Township", QC_AB_ANY},
    {"Dist", "District", QC_AB_ANY},
    {"Dept", "Department", QC_AB_ANY},
    {"dept", "department", QC_AB_ANY},
    {"Univ", "University", QC_AB_ANY},
    {"Inst", "Institute", QC_AB_ANY},
    {"Hts", "Heights", QC_AB_ANY},
    {"Pl", "Place", QC_AB_ANY},
    {"Assn", "Association", QC_AB_ANY},
    {"Intl", "International", QC_AB_ANY},
    {"Natl", "National", QC_AB_ANY},
    {"Govt", "Government", QC_AB_ANY | QC_AB_NODOT},
    {"govt", "government", QC_AB_ANY | QC_AB_NODOT},
    /* anywhere */
    {"vs", "versus", QC_AB_ANY | QC_AB_NODOT},
    {"Vs", "Versus", QC_AB_ANY},
    {"v", "versus", QC_AB_VERSUS | QC_AB_NODOT},
    {"approx", "approximately", QC_AB_ANY},
    {"Approx", "Approximately", QC_AB_ANY},
    {"est", "established", QC_AB_NUM},   /* "est. 1890"; else the next entry */
    {"Est", "Established", QC_AB_NUM},
    {"est", "estimated", QC_AB_ANY},
    {"etc", "et cetera", QC_AB_ANY | QC_AB_NODOT},
    {"incl", "including", QC_AB_ANY},
    {"aka", "also known as", QC_AB_ANY | QC_AB_NODOT},
    {"govt", "government", QC_AB_ANY},
    /* before a number */
    {"No", "number", QC_AB_NUM},
    {"no", "number", QC_AB_NUM},
    {"Nos", "numbers", QC_AB_NUM},
    {"nos", "numbers", QC_AB_NUM},
    {"p", "page", QC_AB_NUM},
    {"pp", "pages", QC_AB_NUM},
    {"Vol", "volume", QC_AB_NUM},
    {"vol", "volume", QC_AB_NUM},
    {"Art", "article", QC_AB_NUM},
    {"art", "article", QC_AB_NUM},
    {"Fig", "figure", QC_AB_NUM},
    {"fig", "figure", QC_AB_NUM},
    {"Ch", "chapter", QC_AB_NUM},
    {"ch", "chapter", QC_AB_NUM},
    {"Ste", "Suite", QC_AB_NUM},
    {"c", "circa", QC_AB_NUM},
    {"ca", "circa", QC_AB_NUM},
    {"Para", "paragraph", QC_AB_NUM},
    {"para", "paragraph", QC_AB_NUM},
    {NULL, NULL, 0},
};

/* Dotted forms read as words (checked before the generic dotted acronym). */
const qc_nz_pair qc_nz_dotted[] = {
    {"e.g.", "for example"}, {"i.e.", "that is"}, {"a.k.a.", "also known as"},
    {"Ph.D.", "P H D"}, {"ph.d.", "P H D"}, {"et al.", "and others"},
    {NULL, NULL},
};

/* Words with an apostrophe inside (either ' or U+2019). */
const qc_nz_pair qc_nz_apos[] = {
    {"Int'l", "International"}, {"int'l", "international"}, {"Nat'l", "National"},
    {"nat'l", "national"}, {"Gov't", "Government"}, {"gov't", "government"},
    {"Dep't", "Department"}, {"dep't", "department"}, {"Ass'n", "Association"},
    {"Ass't", "Assistant"}, {"Att'y", "Attorney"}, {"Sec'y", "Secretary"},
    {"Com'n", "Commission"}, {"Nat'ls", "Nationals"},
    {NULL, NULL},
};

const char *const qc_nz_months[12] = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
};

/* Month abbreviations (dot optional; without a dot only before a number). */
const qc_nz_month_abbr qc_nz_month_abbrs[] = {
    {"Jan", 1}, {"Feb", 2}, {"Mar", 3}, {"Apr", 4}, {"Jun", 6}, {"Jul", 7},
    {"Aug", 8}, {"Sep", 9}, {"Sept", 9}, {"Oct", 10}, {"Nov", 11}, {"Dec", 12},
    {NULL, 0},
};

/* US state abbreviations (AP style), read in full after a comma or party letter. */
const qc_nz_pair qc_nz_states[] = {
    {"Ala", "Alabama"}, {"Ariz", "Arizona"}, {"Ark", "Arkansas"}, {"Calif", "California"},
    {"Colo", "Colorado"}, {"Conn", "Connecticut"}, {"Del", "Delaware"}, {"Fla", "Florida"},
    {"Ga", "Georgia"}, {"Ill", "Illinois"}, {"Ind", "Indiana"}, {"Kan", "Kansas"},
    {"Kans", "Kansas"}, {"Ky", "Kentucky"}, {"La", "Louisiana"}, {"Md", "Maryland"},
    {"Mass", "Massachusetts"}, {"Mich", "Michigan"}, {"Minn", "Minnesota"},
    {"Miss", "Mississippi"}, {"Mo", "Missouri"}, {"Mont", "Montana"}, {"Neb", "Nebraska"},
    {"Nebr", "Nebraska"}, {"Nev", "Nevada"}, {"N.H", "New Hampshire"}, {"N.J", "New Jersey"},
    {"N.M", "New Mexico"}, {"N.Y", "New York"}, {"N.C", "North Carolina"},
    {"N.D", "North Dakota"}, {"Okla", "Oklahoma"}, {"Ore", "Oregon"}, {"Pa", "Pennsylvania"},
    {"R.I", "Rhode Island"}, {"S.C", "South Carolina"}, {"S.D", "South Dakota"},
    {"Tenn", "Tennessee"}, {"Tex", "Texas"}, {"Vt", "Vermont"}, {"Va", "Virginia"},
    {"Wash", "Washington"}, {"W.Va", "West Virginia"}, {"Wis", "Wisconsin"},
    {"Wyo", "Wyoming"},
    {NULL, NULL},
};

/* Units after a number. `flags`: QC_UNIT_ATTACHED = only when written
 * without a space ("7in", "5g"); singular when the number is exactly 1. */
const qc_nz_unit qc_nz_units[] = {
    {"km/h", "kilometer per hour", "kilometers per hour", 0},
    {"kph", "kilometer per hour", "kilometers per hour", 0},
    {"mph", "mile per hour", "miles per hour", 0},
    {"m/s", "meter per second", "meters per second", 0},
    {"km2", "square kilometer", "square kilometers", 0},
    {"km²", "square kilometer", "square kilometers", 0},
    {"m2", "square meter", "square meters", QC_UNIT_ATTACHED},
    {"m²", "square meter", "square meters", 0},
    {"sq km", "square kilometer", "square kilometers", 0},
    {"sq ft", "square foot", "square feet", 0},
    {"sq mi", "square mile", "square miles", 0},
    {"°C", "degree Celsius", "degrees Celsius", 0},
    {"°F", "degree Fahrenheit", "degrees Fahrenheit", 0},
    {"ºC", "degree Celsius", "degrees Celsius", 0},
    {"ºF", "degree Fahrenheit", "degrees Fahrenheit", 0},
    {"℃", "degree Celsius", "degrees Celsius", 0},
    {"℉", "degree Fahrenheit", "degrees Fahrenheit", 0},
    {"°", "degree", "degrees", QC_UNIT_ATTACHED},
    {"C", "degree Celsius", "degrees Celsius", QC_UNIT_ATTACHED | QC_UNIT_TEMP},
    {"F", "degree Fahrenheit", "degrees Fahrenheit", QC_UNIT_ATTACHED | QC_UNIT_TEMP},
    {"kWh", "kilowatt hour", "kilowatt hours", 0},
    {"MWh", "megawatt hour", "megawatt hours", 0},
    {"GWh", "gigawatt hour", "gigawatt hours", 0},
    {"TWh", "terawatt hour", "terawatt hours", 0},
    {"kW", "kilowatt", "kilowatts", 0},
    {"MW", "megawatt", "megawatts", 0},
    {"GW", "gigawatt", "gigawatts", 0},
    {"km", "kilometer", "kilometers", 0},
    {"cm", "centimeter", "centimeters", 0},
    {"mm", "millimeter", "millimeters", 0},
    {"kg", "kilogram", "kilograms", 0},
    {"kgs", "kilogram", "kilograms", 0},
    {"mg", "milligram", "milligrams", 0},
    {"g", "gram", "grams", QC_UNIT_ATTACHED},
    {"lbs", "pound", "pounds", 0},
    {"lb", "pound", "pounds", 0},
    {"oz", "ounce", "ounces", 0},
    {"ft", "foot", "feet", 0},
    {"in", "inch", "inches", QC_UNIT_ATTACHED | QC_UNIT_INCH},
    {"yd", "yard", "yards", 0},
    {"yds", "yard", "yards", 0},
    {"mi", "mile", "miles", QC_UNIT_ATTACHED},
    {"ml", "milliliter", "milliliters", 0},
    {"mL", "milliliter", "milliliters", 0},
    {"l", "liter", "liters", QC_UNIT_ATTACHED},
    {"L", "liter", "liters", QC_UNIT_ATTACHED},
    {"ha", "hectare", "hectares", QC_UNIT_ATTACHED},
    {"GB", "gigabyte", "gigabytes", 0},
    {"MB", "megabyte", "megabytes", 0},
    {"TB", "terabyte", "terabytes", 0},
    {"KB", "kilobyte", "kilobytes", 0},
    {"kB", "kilobyte", "kilobytes", 0},
    {"Hz", "hertz", "hertz", 0},
    {"kHz", "kilohertz", "kilohertz", 0},
    {"MHz", "megahertz", "megahertz", 0},
    {"GHz", "gigahertz", "gigahertz", 0},
    {"yrs", "year", "years", 0},
    {"yr", "year", "years", 0},
    {"hrs", "hour", "hours", 0},
    {"hr", "hour", "hours", 0},
    {"mins", "minute", "minutes", 0},
    {"min", "minute", "minutes", QC_UNIT_ATTACHED},
    {"secs", "second", "seconds", 0},
    {"sec", "second", "seconds", QC_UNIT_ATTACHED},
    {"bpd", "barrel a day", "barrels a day", 0},
    {"pct", "percent", "percent", 0},
    {"pts", "point", "points", 0},
    {"pc", "percent", "percent", QC_UNIT_ATTACHED},
    {"USD", "US dollar", "US dollars", 0},
    {"EUR", "euro", "euros", 0},
    {"GBP", "pound", "pounds", 0},
    {"m", "meter", "meters", QC_UNIT_METER},
    {NULL, NULL, NULL, 0},
};

/* Magnitudes after an amount ("bn", "m", "million"). */
const qc_nz_pair qc_nz_mags[] = {
    {"trillion", "trillion"}, {"billion", "billion"}, {"million", "million"},
    {"thousand", "thousand"}, {"trn", "trillion"}, {"tn", "trillion"}, {"bn", "billion"},
    {"mn", "million"}, {"mln", "million"}, {"bln", "billion"}, {"k", "thousand"},
    {"K", "thousand"}, {"m", "million"}, {"b", "billion"}, {"B", "billion"},
    {"M", "million"}, {"T", "trillion"},
    {NULL, NULL},
};

/* Currencies written before the amount, longest first where they share a prefix. */
const qc_nz_currency qc_nz_currencies[] = {
    {"US$", "US dollar", "US dollars", "cent", "cents"},
    {"C$", "Canadian dollar", "Canadian dollars", "cent", "cents"},
    {"CA$", "Canadian dollar", "Canadian dollars", "cent", "cents"},
    {"A$", "Australian dollar", "Australian dollars", "cent", "cents"},
    {"AU$", "Australian dollar", "Australian dollars", "cent", "cents"},
    {"NZ$", "New Zealand dollar", "New Zealand dollars", "cent", "cents"},
    {"HK$", "Hong Kong dollar", "Hong Kong dollars", "cent", "cents"},
    {"S$", "Singapore dollar", "Singapore dollars", "cent", "cents"},
    {"R$", "real", "reais", "centavo", "centavos"},
    {"$", "dollar", "dollars", "cent", "cents"},
    {"USD", "US dollar", "US dollars", "cent", "cents"},
    {"EUR", "euro", "euros", "cent", "cents"},
    {"GBP", "pound", "pounds", "penny", "pence"},
    {"JPY", "yen", "yen", NULL, NULL},
    {"CHF", "Swiss franc", "Swiss francs", NULL, NULL},
    {"INR", "rupee", "rupees", NULL, NULL},
    {"Rs.", "rupee", "rupees", NULL, NULL},
    {"Rs", "rupee", "rupees", NULL, NULL},
    {"£", "pound", "pounds", "penny", "pence"},
    {"€", "euro", "euros", "cent", "cents"},
    {"¥", "yen", "yen", NULL, NULL},
    {"₹", "rupee", "rupees", NULL, NULL},
    {"₽", "ruble", "rubles", NULL, NULL},
    {"₩", "won", "won", NULL, NULL},
    {"₺", "lira", "lira", NULL, NULL},
    {"₦", "naira", "naira", NULL, NULL},
    {"₪", "shekel", "shekels", NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* Words that take a roman numeral as a cardinal ("World War II" -> "two"). */
const char *const qc_nz_roman_cardinal[] = {
    "War", "Phase", "Part", "Chapter", "Title", "Article", "Stage", "Level", "Vatican",
    "Bowl", "Class", "Type", "Category", "Volume", "Book", "Act", "Round", "Section",
    "Schedule", "Grade", "Tier", "Gemini", "Apollo", NULL,
};

/* Pronouns that an editorial bracket replaces: "they [Russia]" -> "Russia". */
const char *const qc_nz_pronouns[] = {
    "he", "she", "they", "it", "we", "him", "her", "them", "us", "this", "that",
    "these", "those", "He", "She", "They", "It", "We", "This", "That", "These", "Those",
    "his", "their", "its", "His", "Their", "Its", NULL,
};

/* Top-level domains recognised in bare domain names ("example.com"). */
const char *const qc_nz_tlds[] = {
    "com", "org", "net", "gov", "edu", "int", "mil", "io", "co", "uk", "us", "ru", "de",
    "fr", "it", "es", "eu", "ca", "au", "in", "cn", "jp", "info", "biz", "tv", "me",
    "news", "ai", "app", "dev", "ly", "nl", "ch", "se", "no", "pl", "ua", "ie", "nz", NULL,
};

bool qc_nz_in_list(const char *const *list, const char *s, size_t n)
{
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(*list, s, n) == 0) return true;
    return false;
}
