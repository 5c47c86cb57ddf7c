// Curated tables: what no package provides (titles, government bodies, outlets,
// nationalities, given names, date and number words). General English and news
// vocabulary, never one article's names.
#include "entities/lexicon.h"

#include <cctype>
#include <string>
#include <unordered_map>

namespace parley::detail::lex {

#define W(word, cls, value) {word, cls, value},

const WordEntry kWords[] = {
// Sentence openers and function words that are capitalised only by position.
#define S(w) W(w, kStop, 0)
S("the") S("a") S("an") S("this") S("that") S("these") S("those") S("it") S("its") S("it's") S("he") S("she")
S("they") S("we") S("you") S("i") S("his") S("her") S("their") S("our") S("my") S("your") S("there") S("here")
S("however") S("meanwhile") S("moreover") S("furthermore") S("additionally") S("subsequently") S("therefore")
S("thus") S("hence") S("also") S("and") S("but") S("or") S("so") S("yet") S("because") S("although") S("though")
S("while") S("when") S("where") S("what") S("why") S("how") S("who") S("which") S("whose") S("if") S("as")
S("at") S("in") S("on") S("of") S("for") S("from") S("to") S("with") S("without") S("by") S("about") S("after")
S("before") S("since") S("until") S("during") S("under") S("over") S("between") S("among") S("against")
S("throughout") S("regarding") S("according") S("despite") S("instead") S("indeed") S("undoubtedly")
S("clearly") S("currently") S("correspondingly") S("consequently") S("nevertheless") S("nonetheless")
S("still") S("then") S("now") S("today") S("yesterday") S("tomorrow") S("yes") S("no") S("not") S("please")
S("let") S("maybe") S("perhaps") S("really") S("absolutely") S("certainly") S("of course") S("first")
S("finally") S("again") S("all") S("some") S("many") S("most") S("several") S("each") S("every") S("any")
S("both") S("either") S("neither") S("such") S("other") S("another") S("one") S("two") S("three") S("only")
S("even") S("just") S("well") S("oh") S("ok") S("okay") S("so-called") S("in reality") S("do") S("does")
S("did") S("is") S("are") S("was") S("were") S("be") S("been") S("have") S("has") S("had") S("can") S("could")
S("will") S("would") S("shall") S("should") S("may") S("might") S("must") S("opinions") S("relations")
S("scroll") S("human") S("spiralling") S("original") S("disclaimer")
S("author") S("commentary") S("guest") S("source") S("photo") S("video") S("watch") S("read") S("click")
S("i'm") S("i've") S("i'd") S("i'll") S("we're") S("we've") S("you're") S("he's") S("she's") S("they're")
S("nobody") S("everybody") S("everyone") S("somebody") S("someone") S("anybody") S("anyone") S("nothing")
S("everything") S("something") S("that's") S("there's") S("let's") S("don't") S("didn't") S("can't") S("won't") S("isn't") S("later") S("earlier") S("soon") S("once") S("sometimes") S("taking") S("thanks") S("thank") S("good") S("great") S("new") S("old") S("mr.")
#undef S
// Person titles and roles (any case).
#define T(w) W(w, kTitle, 0)
T("president") T("vice-president") T("minister") T("secretary") T("senator") T("chancellor") T("premier")
T("governor") T("mayor") T("king") T("queen") T("prince") T("princess") T("pope") T("ambassador")
T("spokesperson") T("spokesman") T("spokeswoman") T("chairman") T("chairwoman") T("chair") T("director")
T("ceo") T("cfo") T("coo") T("cto") T("cmo") T("cio") T("professor") T("judge") T("speaker") T("leader") T("representative") T("congressman")
T("congresswoman") T("envoy") T("general") T("colonel") T("commander") T("admiral") T("lieutenant")
T("captain") T("sergeant") T("chief") T("head") T("founder") T("co-founder") T("correspondent") T("editor")
T("reporter") T("anchor") T("host") T("analyst") T("economist") T("scientist") T("adviser") T("advisor")
T("aide") T("deputy") T("attorney") T("lawyer") T("officer") T("official") T("diplomat") T("sheikh")
T("emir") T("sultan") T("patriarch") T("archbishop") T("bishop") T("cardinal") T("rabbi") T("imam")
T("mp") T("lawmaker") T("legislator") T("candidate") T("nominee") T("coach") T("manager") T("superintendent")
T("commissioner") T("prosecutor") T("rep.") T("sen.") T("gov.") T("gen.") T("col.") T("lt.")
T("capt.") T("prof.") T("pres.") T("chief executive") T("prime minister") T("press secretary")
T("foreign minister") T("defense minister") T("defence minister") T("secretary of state") T("foreign secretary") T("home secretary") T("defence secretary") T("defense secretary") T("general secretary")
T("secretary-general") T("secretary general") T("associate professor") T("assistant professor")
T("deputy prime minister") T("first lady") T("crown prince")
T("writer") T("chairperson") T("broker") T("doctor") T("pastor") T("comrade") T("dean") T("rector")
T("reporters") T("columnist") T("producer") T("photographer") T("researcher") T("expert") T("engineer")
// Plural roles: a capitalised "Foreign Ministers" is no name.
T("presidents") T("ministers") T("secretaries") T("senators") T("governors") T("ambassadors") T("leaders")
T("chairmen") T("directors") T("officials") T("generals") T("spokesmen") T("mayors") T("kings")
T("heads") T("chiefs") T("envoys") T("deputies") T("representatives") T("members") T("mps") T("lawmakers")
#undef T
#define E(w) W(w, kEventHead, 0)
E("forum") E("summit") E("conference") E("festival") E("games") E("olympics") E("championship")
E("championships") E("cup") E("expo") E("war") E("revolution") E("marathon") E("congress of")
#undef E
#define F(w) W(w, kFacHead, 0)
F("airport") F("bridge") F("stadium") F("arena") F("square") F("tower") F("palace") F("cathedral") W("church", kFacHead, kFaithBody)
F("mosque") F("temple") F("hotel") F("casino") F("station") F("canal") F("highway") F("avenue") F("prison")
F("dam") F("pipeline") F("plant") F("base") F("mall") F("theatre") F("theater") F("memorial") F("monument") F("room")
#undef F
#define L(w) W(w, kLawHead, 0)
L("act") L("treaty") L("accord") L("accords") L("plan") L("charter") L("protocol") L("constitution")
L("doctrine") L("convention") L("agreement") L("directive") L("resolution") L("bill")
#undef L
// Administrative head-words: "Kaluga Region", "Kursk region", "Wharton County".
W("region", kGeoHead, 1) W("oblast", kGeoHead, 1) W("krai", kGeoHead, 1) W("province", kGeoHead, 1)
W("county", kGeoHead, 1) W("district", kGeoHead, 1) W("prefecture", kGeoHead, 1) W("governorate", kGeoHead, 1)
W("territory", kGeoHead, 1) W("okrug", kGeoHead, 1) W("republic", kGeoHead, 0) W("municipality", kGeoHead, 1)
W("canton", kGeoHead, 0) W("voivodeship", kGeoHead, 1) W("emirate", kGeoHead, 0)
// Natural places: "Colorado River", "South China Sea", "Gulf Coast", "Lake Travis", "Nansha Qundao".
W("river", kLocHead, 1) W("sea", kLocHead, 1) W("ocean", kLocHead, 1) W("strait", kLocHead, 1)
W("straits", kLocHead, 1) W("gulf", kLocHead, 3) W("bay", kLocHead, 1) W("coast", kLocHead, 1)
W("mountains", kLocHead, 1) W("peninsula", kLocHead, 1) W("island", kLocHead, 1) W("islands", kLocHead, 1)
W("valley", kLocHead, 1) W("desert", kLocHead, 1) W("basin", kLocHead, 1) W("reef", kLocHead, 1)
W("plateau", kLocHead, 1) W("steppe", kLocHead, 1) W("archipelago", kLocHead, 1) W("heights", kLocHead, 1)
W("lake", kLocHead, 3) W("mount", kLocHead, 2) W("mt", kLocHead, 2) W("cape", kLocHead, 2) W("isle", kLocHead, 2)
W("qundao", kLocHead, 1) W("dao", kLocHead, 1) W("jiao", kLocHead, 1) W("shoal", kLocHead, 1)
W("lagoon", kLocHead, 1) W("fjord", kLocHead, 1) W("glacier", kLocHead, 1) W("canyon", kLocHead, 1)
// Units of measure.
W("kilometers", kUnit, 0) W("kilometres", kUnit, 0) W("kilometer", kUnit, 0) W("kilometre", kUnit, 0)
W("km", kUnit, 0) W("miles", kUnit, 0) W("mile", kUnit, 0) W("meters", kUnit, 0) W("metres", kUnit, 0)
W("tonnes", kUnit, 0) W("tons", kUnit, 0) W("tonne", kUnit, 0) W("ton", kUnit, 0) W("acres", kUnit, 0)
W("acre", kUnit, 0) W("hectares", kUnit, 0) W("hectare", kUnit, 0) W("barrels", kUnit, 0)
W("cubic meters", kUnit, 0) W("cubic metres", kUnit, 0) W("square kilometers", kUnit, 0)
W("square kilometres", kUnit, 0) W("square miles", kUnit, 0) W("square meters", kUnit, 0)
W("square metres", kUnit, 0) W("kilograms", kUnit, 0) W("kg", kUnit, 0) W("grams", kUnit, 0) W("feet", kUnit, 0)
W("inches", kUnit, 0) W("gallons", kUnit, 0) W("liters", kUnit, 0) W("litres", kUnit, 0)
W("megawatts", kUnit, 0) W("gigawatts", kUnit, 0) W("kilowatts", kUnit, 0) W("mw", kUnit, 0)
W("gw", kUnit, 0) W("bcm", kUnit, 0) W("degrees", kUnit, 0)
W("spring", kDateUnit, 91) W("summer", kDateUnit, 91) W("autumn", kDateUnit, 91) W("winter", kDateUnit, 91)
W("thirteenth", kOrdinal, 13) W("fourteenth", kOrdinal, 14) W("fifteenth", kOrdinal, 15)
W("sixteenth", kOrdinal, 16) W("seventeenth", kOrdinal, 17) W("eighteenth", kOrdinal, 18)
W("nineteenth", kOrdinal, 19) W("thirtieth", kOrdinal, 30) W("fortieth", kOrdinal, 40) W("fiftieth", kOrdinal, 50)
W("as much as", kApprox, 0) W("as many as", kApprox, 0) W("as little as", kApprox, 0) W("as few as", kApprox, 0)
W("an estimated", kApprox, 0)
#define TM(w) W(w, kTitleMod, 0)
TM("foreign") TM("deputy") TM("vice") TM("prime") TM("presidential") TM("former") TM("acting") TM("interim")
TM("senior") TM("chief") TM("press") TM("defense") TM("defence") TM("finance") TM("interior") TM("economy")
TM("trade") TM("energy") TM("justice") TM("health") TM("education") TM("state") TM("regime") TM("army")
TM("military") TM("central") TM("bank") TM("party") TM("opposition") TM("executive") TM("managing") TM("general")
TM("attorney") TM("assistant") TM("associate") TM("national") TM("security") TM("intelligence") TM("first")
TM("top") TM("white") TM("house") TM("then") TM("outgoing") TM("incoming") TM("elected") TM("president-elect")
TM("international") TM("development") TM("culture") TM("science") TM("technology") TM("research")
TM("agriculture") TM("transport") TM("industry") TM("digital") TM("environment") TM("housing") TM("sport")
TM("tourism") TM("infrastructure") TM("communications") TM("emergency") TM("social") TM("labor")
TM("british") TM("republican") TM("democratic") TM("democrat") TM("labour") TM("conservative") TM("liberal")
#undef TM
// Honorifics (a name follows), speech verbs, months and weekdays: the shared lexicon (text/lexicon.cc).
// Organisation head-words.
#define O(w) W(w, kOrgHead, 0)
W("ministry", kOrgHead, kMinistryHead) O("faculty") W("department", kOrgHead, kMinistryHead) O("institute") O("university") O("times") O("house") O("agency")
W("council", kOrgHead, kRemitHead) W("committee", kOrgHead, kRemitHead) W("commission", kOrgHead, kRemitHead)
O("bank") O("parliament") O("party") O("union") O("organization")
O("organisation") O("association") O("corporation") O("company")
O("group") O("fund") O("court") O("office") O("service") O("services") O("forces") O("army") O("navy")
O("post") O("news") O("press") O("journal") O("network") O("foundation") O("center") O("centre") O("college")
O("school") O("academy") O("league") O("assembly") O("senate") O("congress") O("duma") O("cabinet")
O("government") O("police") O("airlines") O("airways") O("bureau") O("board") O("authority") O("administration")
O("federation") O("alliance") O("coalition") O("movement") O("front") O("brigade") O("corps") O("guard")
O("tribune") O("herald") O("gazette") O("telegraph") O("daily") O("weekly") O("magazine") O("radio")
O("television") O("tv") O("channel") O("broadcasting") O("media") O("holdings") O("motors") O("industries")
O("technologies") O("systems") O("laboratory") O("laboratories") O("hospital") O("club") O("society")
// A side in women's or men's sport ("Lyon Women"), a body ("UN Women"): never the end of a person's name.
O("women") O("men")
// A company's legal form closes its name, with its full stop ("Harwick Mutual Inc.").
#define LF(w) W(w, kOrgHead, kLegalForm)
LF("inc") LF("ltd") LF("llc") LF("plc") LF("corp") LF("gmbh") LF("pty") LF("co") LF("limited") LF("ag") LF("nv")
LF("bv") LF("llp") LF("jsc") LF("pjsc") LF("ojsc") LF("cjsc")
// Legal forms written with inner full stops, matched as phrases: "Harwick Oil, S.A.", "Dunmore Holding B.V.".
LF("s.a.") LF("s.a.s.") LF("n.v.") LF("b.v.") LF("s.p.a.") LF("a.g.")
#undef LF
O("secretariat") O("directorate") O("chamber") O("tribunal") O("exchange") O("reserve") O("treasury")
O("images") O("studios") O("records") O("entertainment") O("labs") O("partners") O("ventures") O("pentagon") O("kremlin") O("mission") O("embassy") O("consulate") O("observatory") O("trust") O("division") O("cooperative") O("co-operative") O("consortium") O("syndicate")
O("securities") O("shipping") O("logistics") O("energy")
// Bodies of state, armed services and registers ("Harwick Task Force", "Northern Fleet", "Southern Theatre
// Command", "Harwick Ship Registry", "Harwick Railways"): never the end of a person's name.
W("subcommittee", kOrgHead, kRemitHead) O("force") O("command") O("fleet") O("registry") O("railways")
O("railway") O("inspectorate") O("procuratorate") O("confederation") O("presidium") O("politburo")
O("legislature") O("clinic") O("observer") O("holding") O("institution") O("museum") O("archive") O("archives") O("library") O("gallery") W("international", kOrgHead, kClosingHead)
// A private military company before its name: "PMC Harwick".
O("pmc")
// Words that end the names of firms, research houses and clubs ("Capital Economics", "Third Bridge
// Consulting", "Halvorsen Research"): never the end of a person's name.
O("economics") O("research") O("consulting") O("consultants") O("analytics") O("capital") O("investments")
O("insurance") O("pharmaceuticals") O("solutions") O("communications") O("electronics") O("software")
O("robotics") O("semiconductor") O("petroleum") O("mining") O("metals") O("chemicals") O("foods") O("brewery")
O("factory") O("enterprises")
#undef O
#define C(w) W(w, kConnector, 0)
C("of") C("the") C("de") C("du") C("da") C("di") C("von") C("van") C("der") C("den") C("la") C("le") C("bin")
C("ibn") C("al") C("el") C("for") C("y") C("dos") C("das")
#undef C
// Number words.
W("one", kNumberWord, 1) W("two", kNumberWord, 2) W("three", kNumberWord, 3) W("four", kNumberWord, 4)
W("five", kNumberWord, 5) W("six", kNumberWord, 6) W("seven", kNumberWord, 7) W("eight", kNumberWord, 8)
W("nine", kNumberWord, 9) W("ten", kNumberWord, 10) W("eleven", kNumberWord, 11) W("twelve", kNumberWord, 12)
W("thirteen", kNumberWord, 13) W("fourteen", kNumberWord, 14) W("fifteen", kNumberWord, 15)
W("sixteen", kNumberWord, 16) W("seventeen", kNumberWord, 17) W("eighteen", kNumberWord, 18)
W("nineteen", kNumberWord, 19) W("twenty", kNumberWord, 20) W("thirty", kNumberWord, 30)
W("forty", kNumberWord, 40) W("fifty", kNumberWord, 50) W("sixty", kNumberWord, 60)
W("seventy", kNumberWord, 70) W("eighty", kNumberWord, 80) W("ninety", kNumberWord, 90)
W("dozen", kNumberWord, 12) W("dozens", kNumberWord | kMagnitude, 12)
W("hundred", kMagnitude, 2) W("hundreds", kMagnitude, 2) W("thousand", kMagnitude, 3)
W("thousands", kMagnitude, 3) W("million", kMagnitude, 6) W("millions", kMagnitude, 6)
W("billion", kMagnitude, 9) W("billions", kMagnitude, 9) W("trillion", kMagnitude, 12)
W("trillions", kMagnitude, 12) W("bn", kMagnitude, 9) W("mn", kMagnitude, 6)
W("first", kOrdinal, 1) W("second", kOrdinal | kTimeUnit, 2) W("third", kOrdinal, 3) W("fourth", kOrdinal, 4)
W("fifth", kOrdinal, 5) W("sixth", kOrdinal, 6) W("seventh", kOrdinal, 7) W("eighth", kOrdinal, 8)
W("ninth", kOrdinal, 9) W("tenth", kOrdinal, 10) W("eleventh", kOrdinal, 11) W("twelfth", kOrdinal, 12)
W("twentieth", kOrdinal, 20) W("hundredth", kOrdinal, 100)
W("dollar", kCurrency, 1) W("dollars", kCurrency, 1) W("euro", kCurrency, 2) W("euros", kCurrency, 2)
W("pound", kCurrency, 3) W("pounds", kCurrency, 3) W("ruble", kCurrency, 4) W("rubles", kCurrency, 4)
W("rouble", kCurrency, 4) W("roubles", kCurrency, 4) W("yuan", kCurrency, 5) W("yen", kCurrency, 6)
W("hryvnia", kCurrency, 7) W("hryvnias", kCurrency, 7) W("rupees", kCurrency, 8) W("francs", kCurrency, 9)
W("day", kDateUnit, 1) W("days", kDateUnit, 1) W("week", kDateUnit, 7) W("weeks", kDateUnit, 7)
W("weekend", kDateUnit, 2) W("month", kDateUnit, 30) W("months", kDateUnit, 30) W("year", kDateUnit, 365)
W("years", kDateUnit, 365) W("decade", kDateUnit, 3650) W("decades", kDateUnit, 3650)
W("century", kDateUnit, 36500) W("centuries", kDateUnit, 36500) W("quarter", kDateUnit, 90)
W("hour", kTimeUnit, 60) W("hours", kTimeUnit, 60) W("minute", kTimeUnit, 1) W("minutes", kTimeUnit, 1)
W("seconds", kTimeUnit, 0) W("morning", kTimeUnit, 0) W("evening", kTimeUnit, 0) W("night", kTimeUnit, 0)
W("afternoon", kTimeUnit, 0) W("tonight", kTimeUnit, 0)
W("more than", kApprox, 0) W("less than", kApprox, 0) W("fewer than", kApprox, 0) W("about", kApprox, 0)
W("nearly", kApprox, 0) W("almost", kApprox, 0) W("around", kApprox, 0) W("approximately", kApprox, 0)
W("roughly", kApprox, 0) W("some", kApprox, 0) W("up to", kApprox, 0) W("at least", kApprox, 0)
W("over", kApprox, 0) W("under", kApprox, 0) W("only", kApprox, 0) W("just", kApprox, 0)
W("in", kDatePrep, 0) W("on", kDatePrep, 0) W("since", kDatePrep, 0) W("until", kDatePrep, 0)
W("till", kDatePrep, 0) W("by", kDatePrep, 0) W("from", kDatePrep, 0) W("during", kDatePrep, 0)
W("before", kDatePrep, 0) W("after", kDatePrep, 0) W("of", kDatePrep, 0) W("to", kDatePrep, 0)
W("through", kDatePrep, 0) W("between", kDatePrep, 0) W("and", kDatePrep, 0) W("early", kDateMod, 1)
W("late", kDateMod, 3) W("mid", kDateMod, 2) W("end", kDateMod, 3)
W("this", kRelative, 0) W("last", kRelative, 0) W("next", kRelative, 0) W("past", kRelative, 0)
W("coming", kRelative, 0) W("each", kRelative, 0) W("every", kRelative, 0) W("previous", kRelative, 0) W("recent", kRelative, 0)
#define R(w) W(w, kRoleLabel, 0)
R("question") R("questions") R("answer") R("response") R("q") R("a") R("interviewer") R("host") R("guest")
R("correspondent") R("moderator") R("audience") R("voice") R("unidentified") R("narrator") R("reporter")
#undef R
// Common given names (English, Slavic, European, Arabic, ...): evidence that a capitalised run is a person.
#define G(w) W(w, kGivenName, 0)
G("aaron") G("adam") G("adrian") G("ahmed") G("alan") G("albert") G("alex") G("alexander") G("alexei")
G("alexey") G("aleksandr") G("alexandr") G("alice") G("alison") G("amanda") G("amy") G("ana") G("anatoly")
G("andrea") G("andrei") G("andrew") G("andrey") G("andriy") G("angela") G("ann") G("anna") G("anne")
G("anthony") G("anton") G("antonio") G("arkady") G("arseniy") G("barack") G("barbara") G("ben") G("benjamin")
G("bernie") G("bill") G("bob") G("boris") G("brian") G("bruce") G("carl") G("carlos") G("carol") G("catherine")
G("charles") G("charlie") G("chris") G("christian") G("christina") G("christine") G("christopher") G("claire")
G("daniel") G("dan") G("david") G("denis") G("dennis") G("diana") G("dmitry") G("dmitri") G("dmytro")
G("donald") G("dora") G("edward") G("elena") G("elizabeth") G("emily") G("emma") G("emmanuel") G("eric")
G("ernesto") G("eugene") G("evgeny") G("yevgeny") G("fidel") G("frank") G("françois") G("fyodor") G("gary")
G("george") G("gennady") G("gerhard") G("giorgia") G("grace") G("gregory") G("hakan") G("hans") G("harry")
G("helen") G("henry") G("hillary") G("hugo") G("igor") G("ilya") G("ivan") G("jack") G("jacob") G("james")
G("jane") G("janet") G("jason") G("javier") G("jean") G("jeff") G("jennifer") G("jeremy") G("jessica")
G("jim") G("joe") G("john") G("jonathan") G("jose") G("josé") G("joseph") G("josh") G("juan") G("julia")
G("julie") G("justin") G("kamala") G("karen") G("karl") G("kate") G("katherine") G("keir") G("kevin")
G("kim") G("kirill") G("konstantin") G("kristi") G("laura") G("lee") G("leonid") G("lindsey") G("linda")
G("lisa") G("luis") G("maria") G("marco") G("margaret") G("maria") G("marie") G("marine") G("mark")
G("martin") G("mary") G("matthew") G("maxim") G("maksim") G("michael") G("michel") G("mike") G("mikhail")
G("mohammed") G("muhammad") G("nancy") G("natalia") G("natalya") G("nicholas") G("nick") G("nicolas")
G("nikita") G("nikolai") G("nikolay") G("oleg") G("oleksandr") G("oleksiy") G("olga") G("olaf") G("pamela")
G("patricia") G("patrick") G("paul") G("pedro") G("peter") G("petro") G("petr") G("philip") G("pierre")
G("rachel") G("ramzan") G("recep") G("richard") G("rishi") G("robert") G("roman") G("ron") G("ruslan")
G("ryan") G("sam") G("samuel") G("sarah") G("scott") G("sean") G("sergei") G("sergey") G("sergiy")
G("simon") G("sophie") G("stephen") G("steve") G("steven") G("susan") G("svetlana") G("tami") G("tammy")
G("tatiana") G("tatyana") G("theresa") G("thomas") G("tim") G("timothy") G("tom") G("tony") G("ursula")
G("valentina") G("valery") G("vadim") G("vasily") G("viktor") G("victor") G("vitaly") G("vladimir")
G("volodymyr") G("walter") G("william") G("xi") G("yana") G("yegor") G("yulia") G("yury") G("yuri")
G("zakhar") G("emmanuelle") G("jens") G("mette") G("pete") G("kaja") G("keith") G("rex") G("dick")
// More Slavic, Arabic, Persian, Turkish and European given names.
G("aleksei") G("alexandra") G("anastasia") G("arkadiy") G("bogdan") G("daria") G("darya") G("denys")
G("ekaterina") G("yekaterina") G("galina") G("gleb") G("grigory") G("irina") G("ksenia") G("kseniya")
G("larisa") G("lyudmila") G("marat") G("marina") G("matvey") G("mykola") G("mykhailo") G("nadezhda")
G("nikolai") G("oksana") G("pavel") G("polina") G("rostislav") G("semyon") G("stanislav") G("stepan")
G("taras") G("timur") G("valentin") G("valeria") G("vasily") G("veronika") G("vladislav") G("vyacheslav")
G("yaroslav") G("yevgenia") G("yuliya") G("zhanna") G("yelena") G("daniil") G("artem") G("artyom") G("dmitriy")
G("evgeniy") G("yevgeniy") G("georgy") G("georgiy") G("pyotr") G("valeriy") G("viktoria") G("viktoriya")
G("anatoliy") G("vasiliy") G("grigoriy") G("fedor") G("yakov") G("lyubov") G("alla") G("inna") G("lidia")
G("zoya") G("tamara") G("aleksandra") G("yuliana") G("abdel") G("abdul") G("abdullah") G("ahmad")
G("ali") G("hassan") G("hussein") G("ibrahim") G("khalid") G("mahmoud") G("mohamed") G("mohammad")
G("mustafa") G("omar") G("osama") G("saeed") G("salman") G("tariq") G("yousef") G("youssef") G("hamad")
G("ebrahim") G("hossein") G("javad") G("masoud") G("mehmet") G("ahmet") G("emine") G("giorgi") G("nikol")
G("ilham") G("kassym-jomart") G("alexander") G("friedrich") G("wolfgang") G("jürgen") G("matteo")
G("giuseppe") G("luca") G("francesco") G("sergio") G("ignazio") G("pedro") G("jair") G("luiz") G("inácio")
G("andrés") G("claudia") G("gustavo") G("javier") G("emmanuel") G("jean-luc") G("jean-marie") G("ségolène")
G("olaf") G("annalena") G("friedrich") G("viktor") G("mateusz") G("donald") G("andrzej") G("radosław")
G("narendra") G("rahul") G("subrahmanyam") G("shehbaz") G("imran") G("fumio") G("shinzo") G("yoshihide")
G("shigeru") G("yoon") G("moon") G("recep") G("tayyip") G("bashar") G("benjamin") G("yair") G("naftali")
G("ursula") G("charles") G("kemi") G("liz") G("rishi") G("yvette") G("keir") G("nigel") G("suella")
G("elon") G("satya") G("sundar") G("jensen") G("yusuf") G("mostafa") G("antony") G("joko") G("tedros")
G("luiz") G("lula") G("cyril") G("volodymyr") G("oleksandr") G("oleksiy") G("mykhailo") G("dmytro") G("andriy")
// Family names that lead Chinese, Korean and Vietnamese names ("Hua Chunying", "Wang Yi"): a capital after
// them is the given name (value kFamilyFirst).
#define FF(w) W(w, kGivenName, kFamilyFirst)
FF("wang") FF("li") FF("zhang") FF("liu") FF("chen") FF("yang") FF("huang") FF("zhao") FF("wu") FF("zhou") FF("xu")
FF("sun") FF("zhu") FF("hu") FF("guo") FF("lin") FF("gao") FF("luo") FF("zheng") FF("liang") FF("xie")
FF("tang") FF("han") FF("feng") FF("deng") FF("cao") FF("peng") FF("zeng") FF("xiao") FF("tian") FF("dong") FF("pan")
FF("yuan") FF("cai") FF("jiang") FF("du") FF("ye") FF("cheng") FF("wei") FF("su") FF("lu") FF("ding") FF("ren")
FF("shen") FF("yao") FF("cui") FF("zhong") FF("tan") FF("jin") FF("shi") FF("liao") FF("jia") FF("xia") FF("fu")
FF("fang") FF("bai") FF("zou") FF("meng") FF("xiong") FF("qin") FF("qiu") FF("yin") FF("xue") FF("yan") FF("duan")
FF("lei") FF("hou") FF("tao") FF("gu") FF("mao") FF("hao") FF("gong") FF("shao") FF("qian") FF("dai") FF("kong")
FF("hua") FF("lai") FF("hun") FF("nguyen") FF("tran") FF("pham") FF("park") FF("choi") FF("kang") FF("cho")
#undef FF
#include "entities/data/given_names.inc"
#undef G
};
#undef W
const std::size_t kWordCount = sizeof(kWords) / sizeof(kWords[0]);

std::uint32_t classes_of(std::string_view word) {
  auto fold = [](std::string_view w) {
    std::string out(w);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  static const auto* const kIndex = [&] {
    auto* map = new std::unordered_map<std::string, std::uint32_t>();
    for (std::size_t k = 0; k < kWordCount; ++k) (*map)[fold(kWords[k].word)] |= kWords[k].classes;
    return map;
  }();
  auto it = kIndex->find(fold(word));
  return it == kIndex->end() ? 0 : it->second;
}

const NameGender kNameGenders[] = {
    // Curated (first: they win over the census list).
    {"svetlana", 'f'}, {"tatiana", 'f'}, {"tatyana", 'f'}, {"olga", 'f'}, {"irina", 'f'}, {"yulia", 'f'}, {"yuliya", 'f'}, {"elena", 'f'},
    {"yelena", 'f'}, {"natalia", 'f'}, {"natalya", 'f'}, {"maria", 'f'}, {"anna", 'f'}, {"ekaterina", 'f'}, {"yekaterina", 'f'}, {"galina", 'f'},
    {"ksenia", 'f'}, {"kseniya", 'f'}, {"larisa", 'f'}, {"lyudmila", 'f'}, {"marina", 'f'}, {"nadezhda", 'f'}, {"oksana", 'f'}, {"polina", 'f'},
    {"valentina", 'f'}, {"valeria", 'f'}, {"veronika", 'f'}, {"yevgenia", 'f'}, {"zhanna", 'f'}, {"daria", 'f'}, {"darya", 'f'}, {"anastasia", 'f'},
    {"alexandra", 'f'}, {"yana", 'f'}, {"alina", 'f'}, {"alla", 'f'}, {"inna", 'f'}, {"lidia", 'f'}, {"lyubov", 'f'}, {"nina", 'f'},
    {"sofia", 'f'}, {"tamara", 'f'}, {"vera", 'f'}, {"zoya", 'f'}, {"giorgia", 'f'}, {"ursula", 'f'}, {"angela", 'f'}, {"annalena", 'f'},
    {"kamala", 'f'}, {"hillary", 'f'}, {"theresa", 'f'}, {"liz", 'f'}, {"kemi", 'f'}, {"suella", 'f'}, {"yvette", 'f'}, {"mette", 'f'},
    {"kaja", 'f'}, {"emine", 'f'}, {"claudia", 'f'}, {"ségolène", 'f'}, {"emmanuelle", 'f'}, {"marine", 'f'}, {"tami", 'f'}, {"kristi", 'f'},
    {"kaja", 'f'}, {"ilhan", 'f'}, {"nikki", 'f'},
    {"vladimir", 'm'}, {"dmitry", 'm'}, {"dmitri", 'm'}, {"dmytro", 'm'}, {"sergey", 'm'}, {"sergei", 'm'}, {"sergiy", 'm'}, {"alexei", 'm'},
    {"alexey", 'm'}, {"aleksei", 'm'}, {"aleksandr", 'm'}, {"alexandr", 'm'}, {"andrei", 'm'}, {"andrey", 'm'}, {"andriy", 'm'}, {"anatoly", 'm'},
    {"arkady", 'm'}, {"arkadiy", 'm'}, {"arseniy", 'm'}, {"boris", 'm'}, {"denis", 'm'}, {"denys", 'm'}, {"evgeny", 'm'}, {"yevgeny", 'm'},
    {"fyodor", 'm'}, {"gennady", 'm'}, {"gleb", 'm'}, {"grigory", 'm'}, {"igor", 'm'}, {"ilya", 'm'}, {"ivan", 'm'}, {"kirill", 'm'},
    {"konstantin", 'm'}, {"leonid", 'm'}, {"maxim", 'm'}, {"maksim", 'm'}, {"mikhail", 'm'}, {"nikita", 'm'}, {"nikolai", 'm'}, {"nikolay", 'm'},
    {"oleg", 'm'}, {"oleksandr", 'm'}, {"oleksiy", 'm'}, {"pavel", 'm'}, {"petr", 'm'}, {"petro", 'm'}, {"ramzan", 'm'}, {"roman", 'm'},
    {"ruslan", 'm'}, {"semyon", 'm'}, {"stanislav", 'm'}, {"stepan", 'm'}, {"taras", 'm'}, {"timur", 'm'}, {"vadim", 'm'}, {"valentin", 'm'},
    {"valery", 'm'}, {"vasily", 'm'}, {"viktor", 'm'}, {"vitaly", 'm'}, {"vladislav", 'm'}, {"volodymyr", 'm'}, {"vyacheslav", 'm'}, {"yaroslav", 'm'},
    {"yegor", 'm'}, {"yury", 'm'}, {"yuri", 'm'}, {"zakhar", 'm'}, {"mykola", 'm'}, {"mykhailo", 'm'}, {"matvey", 'm'}, {"bogdan", 'm'},
    {"rostislav", 'm'}, {"marat", 'm'}, {"emmanuel", 'm'}, {"olaf", 'm'}, {"jens", 'm'}, {"keir", 'm'}, {"rishi", 'm'}, {"recep", 'm'},
    {"tayyip", 'm'}, {"bashar", 'm'}, {"benjamin", 'm'}, {"yair", 'm'}, {"naftali", 'm'}, {"narendra", 'm'}, {"rahul", 'm'}, {"shehbaz", 'm'},
    {"imran", 'm'}, {"fumio", 'm'}, {"shinzo", 'm'}, {"yoshihide", 'm'}, {"shigeru", 'm'}, {"mohammed", 'm'}, {"muhammad", 'm'}, {"mohamed", 'm'},
    {"mohammad", 'm'}, {"ahmed", 'm'}, {"ahmad", 'm'}, {"ali", 'm'}, {"hassan", 'm'}, {"hussein", 'm'}, {"ibrahim", 'm'}, {"khalid", 'm'},
    {"mahmoud", 'm'}, {"mustafa", 'm'}, {"omar", 'm'}, {"osama", 'm'}, {"saeed", 'm'}, {"salman", 'm'}, {"tariq", 'm'}, {"yousef", 'm'},
    {"youssef", 'm'}, {"hamad", 'm'}, {"ebrahim", 'm'}, {"hossein", 'm'}, {"javad", 'm'}, {"masoud", 'm'}, {"mehmet", 'm'}, {"ahmet", 'm'},
    {"giorgi", 'm'}, {"nikol", 'm'}, {"ilham", 'm'}, {"friedrich", 'm'}, {"wolfgang", 'm'}, {"jürgen", 'm'}, {"matteo", 'm'}, {"giuseppe", 'm'},
    {"luca", 'm'}, {"francesco", 'm'}, {"sergio", 'm'}, {"ignazio", 'm'}, {"pedro", 'm'}, {"jair", 'm'}, {"luiz", 'm'}, {"inácio", 'm'},
    {"andrés", 'm'}, {"gustavo", 'm'}, {"javier", 'm'}, {"jean-luc", 'm'}, {"jean-marie", 'm'}, {"mateusz", 'm'}, {"andrzej", 'm'}, {"radosław", 'm'},
    {"subrahmanyam", 'm'}, {"nigel", 'm'}, {"marco", 'm'}, {"donald", 'm'}, {"barack", 'm'}, {"pete", 'm'}, {"keith", 'm'}, {"rex", 'm'},
    {"dick", 'm'},
    {"daniil", 'm'}, {"artem", 'm'}, {"artyom", 'm'}, {"dmitriy", 'm'}, {"evgeniy", 'm'}, {"yevgeniy", 'm'},
    {"georgy", 'm'}, {"georgiy", 'm'}, {"pyotr", 'm'}, {"valeriy", 'm'}, {"anatoliy", 'm'}, {"vasiliy", 'm'},
    {"grigoriy", 'm'}, {"fedor", 'm'}, {"yakov", 'm'}, {"viktoria", 'f'}, {"viktoriya", 'f'}, {"aleksandra", 'f'},
    {"yuliana", 'f'},
// The census list.
#include "entities/data/given_name_genders.inc"
};
const std::size_t kNameGenderCount = sizeof(kNameGenders) / sizeof(kNameGenders[0]);

const Phrase kPhrases[] = {
    // International organisations and blocs.
    {"NATO", "ORG", ""}, {"North Atlantic Treaty Organization", "ORG", "NATO"}, {"United Nations", "ORG", ""},
    {"UN", "ORG", "United Nations"}, {"U.N.", "ORG", "United Nations"}, {"UN Security Council", "ORG", ""},
    {"UN General Assembly", "ORG", ""}, {"Security Council", "ORG", ""}, {"General Assembly", "ORG", ""},
    {"European Union", "ORG", ""}, {"EU", "ORG", "European Union"}, {"European Commission", "ORG", ""},
    {"European Parliament", "ORG", ""}, {"European Council", "ORG", ""}, {"IMF", "ORG", "International Monetary Fund"},
    {"International Monetary Fund", "ORG", ""}, {"World Bank", "ORG", ""}, {"WTO", "ORG", "World Trade Organization"},
    {"World Trade Organization", "ORG", ""}, {"WHO", "ORG", "World Health Organization"},
    {"World Health Organization", "ORG", ""}, {"OPEC", "ORG", ""}, {"OSCE", "ORG", ""}, {"BRICS", "ORG", ""},
    {"G7", "ORG", ""}, {"G8", "ORG", ""}, {"G20", "ORG", ""}, {"G-7", "ORG", "G7"}, {"G-20", "ORG", "G20"},
    {"ASEAN", "ORG", ""}, {"APEC", "ORG", ""}, {"Group of Twenty", "ORG", "G20"},
    {"Group of Seven", "ORG", "G7"}, {"Group of Eight", "ORG", "G8"}, {"EAEU", "ORG", ""},
    {"Eurasian Economic Union", "ORG", ""}, {"Commonwealth of Independent States", "ORG", ""}, {"CIS", "ORG", ""}, {"African Union", "ORG", ""}, {"Arab League", "ORG", ""}, {"SCO", "ORG", ""},
    {"Shanghai Cooperation Organisation", "ORG", ""}, {"CSTO", "ORG", ""}, {"Red Cross", "ORG", ""},
    {"Interpol", "ORG", ""}, {"IAEA", "ORG", ""}, {"OECD", "ORG", ""}, {"Council of Europe", "ORG", ""},
    {"Hamas", "ORG", ""}, {"Hezbollah", "ORG", ""}, {"Taliban", "ORG", ""}, {"Wagner", "ORG", ""},
    {"Pussy Riot", "ORG", ""}, {"Gazprom", "ORG", ""}, {"Rosneft", "ORG", ""},
    // Government bodies and seats of power.
    {"White House", "ORG", ""}, {"Kremlin", "ORG", ""}, {"Pentagon", "ORG", ""}, {"State Department", "ORG", ""},
    {"Downing Street", "ORG", ""}, {"Elysee", "ORG", ""}, {"Élysée", "ORG", ""}, {"Congress", "ORG", ""},
    {"Senate", "ORG", ""}, {"House", "ORG", ""}, {"Legislature", "ORG", ""}, {"Assembly", "ORG", ""},
    {"Parliament", "ORG", ""}, {"National Assembly", "ORG", ""}, {"House of Representatives", "ORG", ""}, {"House of Commons", "ORG", ""},
    {"House of Lords", "ORG", ""}, {"State Duma", "ORG", ""}, {"Duma", "ORG", ""}, {"Federation Council", "ORG", ""},
    {"Verkhovna Rada", "ORG", ""}, {"Rada", "ORG", ""}, {"Bundestag", "ORG", ""}, {"Knesset", "ORG", ""},
    {"Supreme Court", "ORG", ""}, {"Constitutional Court", "ORG", ""}, {"Central Bank", "ORG", ""},
    // Armed services, any country's ("the country's Air Force"): their first word would otherwise open a title.
    {"General Staff", "ORG", ""}, {"Air Force", "ORG", ""}, {"Air Forces", "ORG", ""}, {"Space Force", "ORG", ""},
    {"Marine Corps", "ORG", ""}, {"National Guard", "ORG", ""}, {"Armed Forces", "ORG", ""},
    {"Federal Reserve", "ORG", ""}, {"Fed", "ORG", "Federal Reserve"}, {"European Central Bank", "ORG", ""},
    {"ECB", "ORG", "European Central Bank"}, {"Treasury", "ORG", ""}, {"Foreign Office", "ORG", ""},
    {"Home Office", "ORG", ""}, {"FBI", "ORG", ""}, {"CIA", "ORG", ""}, {"NSA", "ORG", ""}, {"FSB", "ORG", ""},
    {"KGB", "ORG", ""}, {"SBU", "ORG", ""}, {"MI6", "ORG", ""}, {"MI5", "ORG", ""}, {"Mossad", "ORG", ""},
    {"Government", "ORG", ""}, {"Ministry of Foreign Affairs", "ORG", ""}, {"Foreign Ministry", "ORG", ""},
    {"Defense Ministry", "ORG", ""}, {"Defence Ministry", "ORG", ""}, {"Ministry of Defense", "ORG", ""},
    {"Ministry of Defence", "ORG", ""}, {"Republican Party", "ORG", ""}, {"Democratic Party", "ORG", ""},
    {"Labour Party", "ORG", ""}, {"Conservative Party", "ORG", ""}, {"Tory", "NORP", ""}, {"Tories", "NORP", ""},
    {"United Russia", "ORG", ""}, {"GOP", "ORG", ""},
    // News outlets, agencies and platforms.
    {"CBS", "ORG", ""}, {"CBS News", "ORG", ""}, {"NBC", "ORG", ""}, {"NBC News", "ORG", ""}, {"ABC", "ORG", ""},
    {"ABC News", "ORG", ""}, {"CNN", "ORG", ""}, {"Fox News", "ORG", ""}, {"MSNBC", "ORG", ""}, {"BBC", "ORG", ""},
    {"NPR", "ORG", ""}, {"PBS", "ORG", ""}, {"Reuters", "ORG", ""}, {"AP", "ORG", "Associated Press"},
    {"Associated Press", "ORG", ""}, {"AFP", "ORG", ""}, {"Agence France-Presse", "ORG", "AFP"},
    {"Bloomberg", "ORG", ""}, {"Financial Times", "ORG", ""}, {"FT", "ORG", "Financial Times"},
    {"New York Times", "ORG", ""}, {"Washington Post", "ORG", ""}, {"Wall Street Journal", "ORG", ""},
    {"The Guardian", "ORG", "Guardian"}, {"Guardian", "ORG", ""}, {"The Times", "ORG", "Times"},
    {"Daily Mail", "ORG", ""}, {"Mail", "ORG", "Daily Mail"}, {"Telegraph", "ORG", ""}, {"The Economist", "ORG", ""},
    {"Politico", "ORG", ""}, {"Axios", "ORG", ""}, {"Al Jazeera", "ORG", ""}, {"Xinhua", "ORG", ""},
    {"TASS", "ORG", ""}, {"ITAR-TASS", "ORG", "TASS"}, {"RIA Novosti", "ORG", ""}, {"Interfax", "ORG", ""},
    {"RT", "ORG", ""}, {"Sputnik", "ORG", ""}, {"Kommersant", "ORG", ""}, {"Izvestia", "ORG", ""},
    {"Ukrinform", "ORG", ""}, {"Kyiv Independent", "ORG", ""}, {"Der Spiegel", "ORG", ""}, {"Le Monde", "ORG", ""},
    {"Toutiao", "ORG", ""}, {"Svobodnaya Pressa", "ORG", ""}, {"Planet Money", "ORG", ""}, {"Wired", "ORG", ""},
    {"Truth Social", "ORG", ""}, {"Twitter", "ORG", ""}, {"Facebook", "ORG", ""},
    {"Instagram", "ORG", ""}, {"Telegram", "ORG", ""}, {"YouTube", "ORG", ""}, {"TikTok", "ORG", ""},
    {"WhatsApp", "ORG", ""}, {"Google", "ORG", ""}, {"Apple", "ORG", ""}, {"Microsoft", "ORG", ""},
    {"Amazon", "ORG", ""}, {"Meta", "ORG", ""}, {"Tesla", "ORG", ""}, {"SpaceX", "ORG", ""}, {"OpenAI", "ORG", ""},
    // The media this audience reads: Russian, Chinese and other national outlets and agencies.
    {"Rossiyskaya Gazeta", "ORG", ""}, {"Komsomolskaya Pravda", "ORG", ""}, {"KP.ru", "ORG", "Komsomolskaya Pravda"},
    {"Novaya Gazeta", "ORG", ""}, {"Nezavisimaya Gazeta", "ORG", ""}, {"Moskovsky Komsomolets", "ORG", ""},
    {"Argumenty i Fakty", "ORG", ""}, {"Vedomosti", "ORG", ""}, {"Meduza", "ORG", ""}, {"Izvestiya", "ORG", ""},
    {"Gazeta.ru", "ORG", ""}, {"Lenta.ru", "ORG", ""}, {"Vzglyad", "ORG", ""}, {"Fontanka", "ORG", ""},
    {"Sobesednik", "ORG", ""}, {"Regnum", "ORG", ""}, {"RBC", "ORG", ""}, {"Rossiya 1", "ORG", ""},
    {"Rossiya 24", "ORG", ""}, {"Channel One", "ORG", ""}, {"NTV", "ORG", ""}, {"Zvezda", "ORG", ""},
    {"Ekho Moskvy", "ORG", ""}, {"Echo of Moscow", "ORG", ""}, {"TV Rain", "ORG", ""}, {"Dozhd", "ORG", ""},
    {"RIA", "ORG", ""}, {"Ukrainska Pravda", "ORG", ""}, {"UNIAN", "ORG", ""}, {"Kyiv Post", "ORG", ""},
    {"CCTV", "ORG", ""}, {"CGTN", "ORG", ""}, {"People's Daily", "ORG", ""}, {"Global Times", "ORG", ""},
    {"China Daily", "ORG", ""}, {"Caixin", "ORG", ""}, {"Xinhua News Agency", "ORG", ""}, {"Xinhuanet", "ORG", ""},
    {"Xinhua Net", "ORG", "Xinhuanet"}, {"South China Morning Post", "ORG", ""}, {"Yonhap", "ORG", ""},
    {"Kyodo", "ORG", ""}, {"NHK", "ORG", ""}, {"Nikkei", "ORG", ""}, {"Asahi Shimbun", "ORG", ""},
    {"Straits Times", "ORG", ""}, {"Jakarta Post", "ORG", ""}, {"Times of India", "ORG", ""}, {"Haaretz", "ORG", ""},
    {"Al Arabiya", "ORG", ""}, {"Sky News", "ORG", ""}, {"Sky News Arabia", "ORG", ""}, {"Anadolu", "ORG", ""},
    {"Euronews", "ORG", ""}, {"Deutsche Welle", "ORG", ""}, {"DW", "ORG", ""},
    {"Voice of America", "ORG", ""}, {"VOA", "ORG", ""}, {"Radio Free Europe", "ORG", ""},
    {"RFI", "ORG", ""}, {"Le Figaro", "ORG", ""}, {"Le Parisien", "ORG", ""}, {"Bild", "ORG", ""},
    {"Die Welt", "ORG", ""}, {"El País", "ORG", ""}, {"Corriere della Sera", "ORG", ""}, {"USA Today", "ORG", ""},
    {"Los Angeles Times", "ORG", ""}, {"Newsweek", "ORG", ""}, {"The Atlantic", "ORG", ""}, {"Vox", "ORG", ""},
    {"BuzzFeed", "ORG", ""}, {"HuffPost", "ORG", ""}, {"CNBC", "ORG", ""},
    // National news agencies (the world's wire services, by the names the news writes).
    {"ANSA", "ORG", ""}, {"EFE", "ORG", ""}, {"Agencia EFE", "ORG", "EFE"}, {"dpa", "ORG", ""},
    {"Deutsche Presse-Agentur", "ORG", "dpa"}, {"Press Trust of India", "ORG", ""}, {"PTI", "ORG", "Press Trust of India"},
    {"IRNA", "ORG", ""}, {"Islamic Republic News Agency", "ORG", "IRNA"}, {"KCNA", "ORG", ""},
    {"Korean Central News Agency", "ORG", "KCNA"}, {"Bernama", "ORG", ""}, {"Antara", "ORG", ""}, {"BelTA", "ORG", ""},
    {"Kazinform", "ORG", ""}, {"China News Service", "ORG", ""}, {"Vietnam News Agency", "ORG", ""},
    {"Prensa Latina", "ORG", ""}, {"Agerpres", "ORG", ""}, {"Polish Press Agency", "ORG", ""},
    {"Kyodo News", "ORG", "Kyodo"}, {"Jiji Press", "ORG", ""}, {"Yonhap News Agency", "ORG", "Yonhap"},
    {"Trend News Agency", "ORG", ""}, {"Azertac", "ORG", ""},
    {"Armenpress", "ORG", ""}, {"Central News Agency", "ORG", ""},
    {"Philippine News Agency", "ORG", ""}, {"Thai News Agency", "ORG", ""}, {"Saudi Press Agency", "ORG", ""},
    {"Qatar News Agency", "ORG", ""}, {"Kuwait News Agency", "ORG", ""}, {"Emirates News Agency", "ORG", ""},
    {"Middle East News Agency", "ORG", ""}, {"Anadolu Agency", "ORG", "Anadolu"},
    {"Bakhtar News Agency", "ORG", ""}, {"Associated Press of Pakistan", "ORG", ""},
    {"Agenzia Nova", "ORG", ""},
    // Companies the news names most, by their usual names.
    {"Sony", "ORG", ""}, {"Nintendo", "ORG", ""}, {"Nvidia", "ORG", ""}, {"Intel", "ORG", ""}, {"AMD", "ORG", ""},
    {"Samsung", "ORG", ""}, {"Huawei", "ORG", ""}, {"Alibaba", "ORG", ""}, {"Tencent", "ORG", ""},
    {"Baidu", "ORG", ""}, {"ByteDance", "ORG", ""}, {"Xiaomi", "ORG", ""}, {"AliExpress", "ORG", ""},
    {"Netflix", "ORG", ""}, {"Disney", "ORG", ""}, {"Uber", "ORG", ""}, {"Airbnb", "ORG", ""},
    {"LinkedIn", "ORG", ""}, {"Reddit", "ORG", ""}, {"Zoom", "ORG", ""}, {"Spotify", "ORG", ""},
    {"Starbucks", "ORG", ""}, {"McDonald's", "ORG", ""}, {"Walmart", "ORG", ""}, {"Boeing", "ORG", ""},
    {"Airbus", "ORG", ""}, {"Chevron", "ORG", ""}, {"ExxonMobil", "ORG", ""}, {"ConocoPhillips", "ORG", ""},
    {"Shell", "ORG", ""}, {"Pfizer", "ORG", ""}, {"Moderna", "ORG", ""}, {"AstraZeneca", "ORG", ""},
    {"BioNTech", "ORG", ""}, {"Amtrak", "ORG", ""}, {"Lukoil", "ORG", ""}, {"Sberbank", "ORG", ""},
    {"VTB", "ORG", ""}, {"Rostec", "ORG", ""}, {"Rosatom", "ORG", ""}, {"Roscosmos", "ORG", ""},
    {"Aeroflot", "ORG", ""}, {"Yandex", "ORG", ""}, {"VKontakte", "ORG", ""}, {"Novatek", "ORG", ""},
    {"Transneft", "ORG", ""}, {"Rusal", "ORG", ""}, {"Nornickel", "ORG", ""}, {"Goldman Sachs", "ORG", ""},
    {"JPMorgan", "ORG", ""}, {"Morgan Stanley", "ORG", ""}, {"Citigroup", "ORG", ""}, {"BlackRock", "ORG", ""},
    {"Deloitte", "ORG", ""}, {"PwC", "ORG", ""}, {"KPMG", "ORG", ""}, {"McKinsey", "ORG", ""},
    // States that no longer exist.
    {"Soviet Union", "GPE", ""}, {"USSR", "GPE", "Soviet Union"}, {"Yugoslavia", "GPE", ""},
    // Regions and places no country list has.
    {"Middle East", "LOC", ""}, {"North Africa", "LOC", ""}, {"West Africa", "LOC", ""},
    {"East Africa", "LOC", ""}, {"Southern Africa", "LOC", ""}, {"Sub-Saharan Africa", "LOC", ""},
    {"Horn of Africa", "LOC", ""}, {"Korean Peninsula", "LOC", ""}, {"Arabian Peninsula", "LOC", ""},
    {"Southeast Asia", "LOC", ""}, {"South Asia", "LOC", ""}, {"East Asia", "LOC", ""},
    {"Central America", "LOC", ""}, {"Caribbean", "LOC", ""}, {"Asia-Pacific", "LOC", ""},
    {"Near East", "LOC", ""}, {"Eurasia", "LOC", ""}, {"Western Balkans", "LOC", ""}, {"Gulf", "LOC", ""}, {"Persian Gulf", "LOC", ""}, {"Latin America", "LOC", ""},
    {"South America", "LOC", ""}, {"North America", "LOC", ""}, {"Central Asia", "LOC", ""},
    {"Eastern Europe", "LOC", ""}, {"Western Europe", "LOC", ""}, {"Central Europe", "LOC", ""},
    {"Balkans", "LOC", ""}, {"Caucasus", "LOC", ""}, {"Arctic", "LOC", ""}, {"Antarctic", "LOC", ""},
    {"Baltic", "LOC", ""}, {"Baltics", "LOC", ""}, {"Black Sea", "LOC", ""}, {"Baltic Sea", "LOC", ""},
    {"Mediterranean", "LOC", ""}, {"Red Sea", "LOC", ""}, {"Atlantic", "LOC", ""}, {"Pacific", "LOC", ""},
    {"Indo-Pacific", "LOC", ""}, {"Scandinavia", "LOC", ""}, {"Siberia", "LOC", ""}, {"Far East", "LOC", ""},
    {"Sahel", "LOC", ""}, {"Donbas", "LOC", ""}, {"Donbass", "LOC", "Donbas"}, {"Mars", "LOC", ""},
    {"Moon", "LOC", ""}, {"Crimea", "GPE", ""}, {"Donetsk", "GPE", ""}, {"Luhansk", "GPE", ""},
    {"Kherson", "GPE", ""}, {"Zaporizhzhia", "GPE", ""}, {"Debaltseve", "GPE", ""}, {"Mariupol", "GPE", ""},
    {"Bakhmut", "GPE", ""}, {"Avdiivka", "GPE", ""}, {"Kursk", "GPE", ""}, {"Belgorod", "GPE", ""},
    {"Gaza Strip", "GPE", ""}, {"West Bank", "GPE", ""}, {"Silicon Valley", "LOC", ""}, {"Wall Street", "ORG", ""},
    {"Washington", "GPE", ""}, {"Washington, D.C.", "GPE", "Washington"}, {"Hong Kong", "GPE", ""},
    {"England", "GPE", ""}, {"Scotland", "GPE", ""}, {"Wales", "GPE", ""}, {"Northern Ireland", "GPE", ""},
    {"Europe", "LOC", ""}, {"Africa", "LOC", ""}, {"Asia", "LOC", ""},
    // Regions of North America the news names by their common names.
    {"Midwest", "LOC", ""}, {"Upper Midwest", "LOC", ""}, {"Northeast", "LOC", ""}, {"Southeast", "LOC", ""},
    {"Southwest", "LOC", ""}, {"Northwest", "LOC", ""}, {"Pacific Northwest", "LOC", ""},
    {"New England", "LOC", ""}, {"Great Lakes", "LOC", ""}, {"Great Plains", "LOC", ""}, {"Rockies", "LOC", ""},
    {"Rocky Mountains", "LOC", ""}, {"Appalachians", "LOC", ""}, {"Gulf Coast", "LOC", ""}, {"Deep South", "LOC", ""},
    {"West Coast", "LOC", ""}, {"East Coast", "LOC", ""}, {"Northern Hemisphere", "LOC", ""},
    {"Southern Hemisphere", "LOC", ""},
    // Events and facilities that news name often.
    {"World War II", "EVENT", ""}, {"World War I", "EVENT", ""}, {"Second World War", "EVENT", ""},
    {"Cold War", "EVENT", ""}, {"Olympics", "EVENT", ""}, {"Olympic Games", "EVENT", ""},
    {"Nord Stream", "FAC", ""}, {"Nord Stream 2", "FAC", ""}, {"Crimean Bridge", "FAC", ""},
    {"Red Square", "FAC", ""}, {"Capitol", "FAC", ""}, {"Capitol Hill", "FAC", ""},
    // US states and cities as American newspapers abbreviate them (AP style, with the full stop: "R-S.C.",
    // "Hershey, Pa."; "Miss." is left out, an honorific first), grouped with the full name.
    {"Ala.", "GPE", "Alabama"}, {"Ariz.", "GPE", "Arizona"}, {"Ark.", "GPE", "Arkansas"},
    {"Calif.", "GPE", "California"}, {"Colo.", "GPE", "Colorado"}, {"Conn.", "GPE", "Connecticut"},
    {"Del.", "GPE", "Delaware"}, {"Fla.", "GPE", "Florida"}, {"Ga.", "GPE", "Georgia"}, {"Ill.", "GPE", "Illinois"},
    {"Ind.", "GPE", "Indiana"}, {"Kan.", "GPE", "Kansas"}, {"Ky.", "GPE", "Kentucky"}, {"La.", "GPE", "Louisiana"},
    {"Md.", "GPE", "Maryland"}, {"Mass.", "GPE", "Massachusetts"}, {"Mich.", "GPE", "Michigan"},
    {"Minn.", "GPE", "Minnesota"}, {"Mo.", "GPE", "Missouri"}, {"Mont.", "GPE", "Montana"},
    {"Neb.", "GPE", "Nebraska"}, {"Nev.", "GPE", "Nevada"}, {"N.H.", "GPE", "New Hampshire"},
    {"N.J.", "GPE", "New Jersey"}, {"N.M.", "GPE", "New Mexico"}, {"N.Y.", "GPE", "New York"},
    {"N.C.", "GPE", "North Carolina"}, {"N.D.", "GPE", "North Dakota"}, {"Okla.", "GPE", "Oklahoma"},
    {"Ore.", "GPE", "Oregon"}, {"Pa.", "GPE", "Pennsylvania"}, {"R.I.", "GPE", "Rhode Island"},
    {"S.C.", "GPE", "South Carolina"}, {"S.D.", "GPE", "South Dakota"}, {"Tenn.", "GPE", "Tennessee"},
    {"Vt.", "GPE", "Vermont"}, {"Va.", "GPE", "Virginia"}, {"Wash.", "GPE", "Washington"},
    {"W.Va.", "GPE", "West Virginia"}, {"Wis.", "GPE", "Wisconsin"}, {"Wyo.", "GPE", "Wyoming"},
    {"L.A.", "GPE", "Los Angeles"}, {"D.C.", "GPE", "Washington"},
    {"Women's Day", "EVENT", "International Women's Day"}, {"International Women's Day", "EVENT", ""},
    {"Christmas", "DATE", ""}, {"Easter", "DATE", ""}, {"New Year", "DATE", ""}, {"Ramadan", "DATE", ""},
    {"Thanksgiving", "DATE", ""}, {"Thanksgiving Day", "DATE", ""}, {"Halloween", "DATE", ""},
    {"Hanukkah", "DATE", ""}, {"Diwali", "DATE", ""}, {"Eid al-Fitr", "DATE", ""}, {"Passover", "DATE", ""},
    {"Lunar New Year", "DATE", ""}, {"Chinese New Year", "DATE", ""}, {"Independence Day", "DATE", ""},
};
const std::size_t kPhraseCount = sizeof(kPhrases) / sizeof(kPhrases[0]);

const Phrase kGeo[] = {
#include "entities/data/geo.inc"
};
const std::size_t kGeoCount = sizeof(kGeo) / sizeof(kGeo[0]);

const Demonym kDemonyms[] = {
    {"Russian", "Russia"}, {"Ukrainian", "Ukraine"}, {"American", "United States"}, {"British", "United Kingdom"},
    {"English", "England"}, {"Scottish", "Scotland"}, {"Welsh", "Wales"}, {"Irish", "Ireland"},
    {"French", "France"}, {"German", "Germany"}, {"Italian", "Italy"}, {"Spanish", "Spain"},
    {"Portuguese", "Portugal"}, {"Dutch", "Netherlands"}, {"Belgian", "Belgium"}, {"Swiss", "Switzerland"},
    {"Austrian", "Austria"}, {"Polish", "Poland"}, {"Czech", "Czech Republic"}, {"Slovak", "Slovakia"},
    {"Hungarian", "Hungary"}, {"Romanian", "Romania"}, {"Bulgarian", "Bulgaria"}, {"Greek", "Greece"},
    {"Turkish", "Turkey"}, {"Serbian", "Serbia"}, {"Croatian", "Croatia"}, {"Belarusian", "Belarus"},
    {"Moldovan", "Moldova"}, {"Georgian", "Georgia"}, {"Armenian", "Armenia"}, {"Azerbaijani", "Azerbaijan"},
    {"Kazakh", "Kazakhstan"}, {"Uzbek", "Uzbekistan"}, {"Estonian", "Estonia"}, {"Latvian", "Latvia"},
    {"Lithuanian", "Lithuania"}, {"Finnish", "Finland"}, {"Swedish", "Sweden"}, {"Norwegian", "Norway"},
    {"Danish", "Denmark"}, {"Icelandic", "Iceland"}, {"Chinese", "China"}, {"Japanese", "Japan"},
    {"Korean", "Korea"}, {"Indian", "India"}, {"Pakistani", "Pakistan"}, {"Afghan", "Afghanistan"},
    {"Iranian", "Iran"}, {"Iraqi", "Iraq"}, {"Syrian", "Syria"}, {"Israeli", "Israel"},
    {"Palestinian", "Palestine"}, {"Lebanese", "Lebanon"}, {"Jordanian", "Jordan"}, {"Saudi", "Saudi Arabia"},
    {"Egyptian", "Egypt"}, {"Libyan", "Libya"}, {"Turkmen", "Turkmenistan"}, {"Qatari", "Qatar"},
    {"Emirati", "United Arab Emirates"}, {"Yemeni", "Yemen"}, {"Canadian", "Canada"}, {"Mexican", "Mexico"},
    {"Brazilian", "Brazil"}, {"Argentine", "Argentina"}, {"Argentinian", "Argentina"}, {"Chilean", "Chile"},
    {"Colombian", "Colombia"}, {"Venezuelan", "Venezuela"}, {"Venezuelans", "Venezuela"}, {"Cuban", "Cuba"},
    {"Australian", "Australia"}, {"South African", "South Africa"}, {"Nigerian", "Nigeria"},
    {"Ethiopian", "Ethiopia"}, {"Kenyan", "Kenya"}, {"Vietnamese", "Vietnam"}, {"Thai", "Thailand"},
    {"Indonesian", "Indonesia"}, {"Filipino", "Philippines"}, {"Malaysian", "Malaysia"}, {"Taiwanese", "Taiwan"},
    {"North Korean", "North Korea"}, {"South Korean", "South Korea"}, {"Soviet", "Soviet Union"},
    {"European", "Europe"}, {"Europeans", "Europe"}, {"Western", ""}, {"Asian", "Asia"}, {"African", "Africa"},
    {"Arab", ""}, {"Arabs", ""}, {"Latin American", "Latin America"}, {"Native American", ""},
    {"Russians", "Russia"}, {"Ukrainians", "Ukraine"}, {"Americans", "United States"}, {"Britons", "United Kingdom"},
    {"Germans", "Germany"}, {"Chinese", "China"}, {"Republican", ""}, {"Republicans", ""}, {"Democrat", ""},
    {"Democrats", ""}, {"Democratic", ""}, {"Muslim", ""}, {"Muslims", ""}, {"Christian", ""},
    {"Christians", ""}, {"Jewish", ""}, {"Jews", ""}, {"Catholic", ""}, {"Orthodox", ""}, {"Islamic", ""},
    {"Bolshevik", ""}, {"Communist", ""}, {"Amerindian", ""}, {"Kremlin-backed", ""}, {"pro-Russian", "Russia"},
    {"Sino", "China"}, {"Euro-Atlantic", ""},
    // More nationalities (plurals of "-an" / "-i" forms are added by the stage).
    {"Albanian", "Albania"}, {"Algerian", "Algeria"}, {"Angolan", "Angola"}, {"Bahraini", "Bahrain"},
    {"Bangladeshi", "Bangladesh"}, {"Bolivian", "Bolivia"}, {"Bosnian", "Bosnia and Herzegovina"},
    {"Burmese", "Myanmar"}, {"Cambodian", "Cambodia"}, {"Cameroonian", "Cameroon"}, {"Chadian", "Chad"},
    {"Congolese", "Democratic Republic of the Congo"}, {"Costa Rican", "Costa Rica"}, {"Cypriot", "Cyprus"},
    {"Dominican", "Dominican Republic"}, {"Ecuadorian", "Ecuador"}, {"Eritrean", "Eritrea"},
    {"Ghanaian", "Ghana"}, {"Guatemalan", "Guatemala"}, {"Haitian", "Haiti"}, {"Honduran", "Honduras"},
    {"Ivorian", "Ivory Coast"}, {"Jamaican", "Jamaica"}, {"Kosovar", "Kosovo"}, {"Kuwaiti", "Kuwait"},
    {"Kyrgyz", "Kyrgyzstan"}, {"Lao", "Laos"}, {"Laotian", "Laos"}, {"Liberian", "Liberia"},
    {"Luxembourgish", "Luxembourg"}, {"Macedonian", "North Macedonia"}, {"Malian", "Mali"}, {"Maltese", "Malta"},
    {"Mauritanian", "Mauritania"}, {"Mongolian", "Mongolia"}, {"Montenegrin", "Montenegro"},
    {"Moroccan", "Morocco"}, {"Mozambican", "Mozambique"}, {"Namibian", "Namibia"}, {"Nepalese", "Nepal"},
    {"Nepali", "Nepal"}, {"New Zealander", "New Zealand"}, {"Nicaraguan", "Nicaragua"}, {"Nigerien", "Niger"},
    {"Omani", "Oman"}, {"Panamanian", "Panama"}, {"Paraguayan", "Paraguay"}, {"Peruvian", "Peru"},
    {"Philippine", "Philippines"}, {"Rwandan", "Rwanda"}, {"Salvadoran", "El Salvador"}, {"Senegalese", "Senegal"},
    {"Singaporean", "Singapore"}, {"Slovenian", "Slovenia"}, {"Slovene", "Slovenia"}, {"Somali", "Somalia"},
    {"Sri Lankan", "Sri Lanka"}, {"Sudanese", "Sudan"}, {"Tajik", "Tajikistan"}, {"Tanzanian", "Tanzania"},
    {"Tunisian", "Tunisia"}, {"Ugandan", "Uganda"}, {"Uruguayan", "Uruguay"}, {"Zambian", "Zambia"},
    {"Zimbabwean", "Zimbabwe"}, {"Scandinavian", "Scandinavia"}, {"Baltic", ""}, {"Balkan", ""},
    {"Caucasian", ""}, {"Crimean", "Crimea"}, {"Siberian", "Siberia"}, {"Chechen", "Chechnya"},
    {"Dagestani", "Dagestan"}, {"Tatar", "Tatarstan"}, {"Bashkir", "Bashkortostan"}, {"Tibetan", "Tibet"},
    {"Uyghur", ""}, {"Uighur", ""}, {"Uygur", ""}, {"Kurd", ""}, {"Kurds", ""}, {"Kurdish", ""}, {"Pashtun", ""},
    {"Hazara", ""}, {"Rohingya", ""}, {"Tamil", ""}, {"Sikh", ""}, {"Hindu", ""}, {"Hindus", ""}, {"Buddhist", ""},
    {"Druze", ""}, {"Yazidi", ""}, {"Sunni", ""}, {"Shia", ""}, {"Shiite", ""}, {"Alawite", ""},
    {"Protestant", ""}, {"Evangelical", ""}, {"Conservative", ""}, {"Liberal Democrat", ""}, {"Socialist", ""},
    {"Bolsheviks", ""}, {"Communists", ""}, {"Maoist", ""}, {"Islamist", ""}, {"Zionist", ""},
};
const std::size_t kDemonymCount = sizeof(kDemonyms) / sizeof(kDemonyms[0]);

const Demonym kAliases[] = {
    {"Kiev", "Kyiv"}, {"Kharkov", "Kharkiv"}, {"Odessa", "Odesa"}, {"Lugansk", "Luhansk"},
    {"Zaporozhye", "Zaporizhzhia"}, {"Nikolaev", "Mykolaiv"}, {"Artemovsk", "Bakhmut"}, {"Artyomovsk", "Bakhmut"},
    {"Peking", "Beijing"},
    {"Bombay", "Mumbai"}, {"Calcutta", "Kolkata"}, {"Madras", "Chennai"}, {"Burma", "Myanmar"},
    {"Byelorussia", "Belarus"}, {"Chisinau", "Chișinău"}, {"Lvov", "Lviv"}, {"Chernobyl", "Chornobyl"},
    {"Rovno", "Rivne"}, {"Dnepropetrovsk", "Dnipro"}, {"Dnipropetrovsk", "Dnipro"},
};
const std::size_t kAliasCount = sizeof(kAliases) / sizeof(kAliases[0]);

// Collective nouns that own a body in its name ("People's Bank", "Workers' Party", "Women's Federation",
// "Children's Hospital"): their possessive stays inside the name.
const char* const kCollectiveOwners[] = {"people", "peoples", "workers", "women", "children", "veterans", "farmers",
                                         "citizens", "soldiers", "teachers", "writers", "journalists", "students",
                                         "employers", "nations", "mothers", "artists", "youth"};
const std::size_t kCollectiveOwnerCount = sizeof(kCollectiveOwners) / sizeof(kCollectiveOwners[0]);

// Acronyms that name no body: measures, diseases, devices, formats, currencies, roles ("GDP", "COVID",
// "UAV", "PDF", "USD", "CEO"). An unknown acronym outside this list is read as an organisation.
const char* const kCommonAcronyms[] = {
    "gdp", "gnp", "cpi", "ppi", "pmi", "vat", "ipo", "etf", "esg", "roi", "eps", "m&a", "cmo", "cio", "covid", "sars",
    "mers",
    "hiv", "aids", "dna", "rna", "mrna", "pcr", "icu", "er", "ok", "tv", "ai", "it", "ict", "iot", "vr", "ar", "5g",
    "4g", "lte", "gps", "uav", "uavs", "ufo", "suv", "ev", "evs", "lng", "lpg", "co2", "pdf", "usb", "url", "www",
    "html", "api", "app", "apps", "sms", "faq", "vpn", "qr", "id", "pin", "atm", "ceo", "cfo", "coo", "cto", "md",
    "phd", "mba", "ba", "ma", "bsc", "msc", "mp", "mps", "pm", "am", "gmt", "utc", "usd", "eur", "gbp", "rmb", "cny",
    "jpy", "rub", "uah", "km", "kg", "mw", "gw", "kw", "kwh", "mph", "dj", "ceos", "vip", "diy", "pr", "hr", "q&a",
    "qa", "ps", "nb", "asap", "aka", "fyi", "rip", "lol", "omg", "tbd", "n/a", "ad", "bc", "bce", "ce", "dc",
    "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xx", "xxi", "i", "v", "x", "cd", "dvd", "pc", "pcs",
    "os", "ios", "sim", "sdk", "ui", "ux", "crm", "erp", "b2b", "b2c", "hq", "r&d", "ngo", "ngos", "nft", "nfts",
    "btc", "eth", "lgbt", "lgbtq", "fps", "rpg", "mmo", "uk", "us", "usa", "eu", "un"};
const std::size_t kCommonAcronymCount = sizeof(kCommonAcronyms) / sizeof(kCommonAcronyms[0]);

// Compass words that make a nationality a regional one ("Eastern European", "Central Asian").
const char* const kCompassWords[] = {"eastern", "western", "northern", "southern", "central", "north", "south",
                                     "east", "west", "southeast", "southeastern", "northeast", "northeastern",
                                     "southwest", "southwestern", "northwest", "northwestern"};
const std::size_t kCompassWordCount = sizeof(kCompassWords) / sizeof(kCompassWords[0]);

// Prepositions that, capitalised inside a capitalised run, mark it as headline case (runs.cc).
const char* const kCapPrepositions[] = {"for", "at", "in", "on", "to", "from", "with", "by", "into", "over",
    "against", "after"};
const std::size_t kCapPrepositionCount = sizeof(kCapPrepositions) / sizeof(kCapPrepositions[0]);

// Words after a hyphen with no name syllables: "Russia-led", "Kremlin-run", "state-owned" (runs.cc).
const char* const kHyphenSuffixes[] = {"led", "run", "set", "won", "met", "ran", "era", "old", "new", "born", "made",
    "held", "like", "wide", "free", "based", "owned", "style", "linked"};
const std::size_t kHyphenSuffixCount = sizeof(kHyphenSuffixes) / sizeof(kHyphenSuffixes[0]);

// Arabic particles of names: "al", "ibn", "abu", "bint" (runs.cc is_particle).
const char* const kArabicParticles[] = {"al", "el", "ad", "ash", "as", "az", "bin", "ibn", "abu", "bint"};
const std::size_t kArabicParticleCount = sizeof(kArabicParticles) / sizeof(kArabicParticles[0]);

// Particles inside personal names: "von der Leyen", "da Silva", "bin Salman", "van den Berg" (runs.cc).
const char* const kNameParticles[] = {"von", "van", "der", "den", "de", "da", "di", "du", "dos", "das", "la", "le",
    "bin", "ibn", "al", "el", "y", "ter", "zu"};
const std::size_t kNameParticleCount = sizeof(kNameParticles) / sizeof(kNameParticles[0]);

// Third-person singular pronouns that point back to a person named before them (person_evidence.cc).
const char* const kPersonalPronouns[] = {"he", "she", "his", "her", "him", "himself", "herself", "hers"};
const std::size_t kPersonalPronounCount = sizeof(kPersonalPronouns) / sizeof(kPersonalPronouns[0]);

// Common nouns for a kind of organisation, before its name: "the agency, Rosavtodor", "the carmaker
// Avtotor", "firms such as Niarmedic" (resolve.cc org_cue).
const char* const kOrgKindNouns[] = {"agency", "company", "companies", "firm", "firms", "bank", "banks", "operator",
    "carrier", "giant", "manufacturer", "manufacturers", "maker", "makers", "producer", "producers", "regulator",
    "broadcaster", "newspaper", "daily", "channel", "station", "insurer", "lender", "retailer", "developer",
    "startup", "start-up", "watchdog", "pollster", "conglomerate", "corporation", "carmaker", "automaker",
    "chipmaker", "airline", "airlines", "group", "outlet", "publisher", "network", "utility", "supplier",
    "contractor", "subsidiary", "brand", "brands", "party", "parties", "union", "club", "charity", "foundation",
    "university", "institute", "think-tank", "tank", "shipper", "exporter", "importer", "suppliers", "operators",
    "lenders", "regulators", "insurers", "retailers", "developers", "carriers", "broadcasters", "newspapers",
    "outlets", "publishers", "utilities", "contractors", "subsidiaries", "startups", "groups", "agencies", "rivals",
    "competitors", "partners", "affiliate", "portal", "website", "site", "tabloid", "magazine", "journal",
    "publication"};
const std::size_t kOrgKindNounCount = sizeof(kOrgKindNouns) / sizeof(kOrgKindNouns[0]);

// Nouns after a one-word name that make it a firm: "Hikvision subsidiaries", "Samsung employees"
// (resolve.cc org_cue).
const char* const kOrgAfterNouns[] = {"subsidiary", "subsidiaries", "shares", "shareholders", "headquarters",
    "executives", "employees", "factory", "factories", "stores", "smartphones", "subscribers", "customers", "stock",
    "brand", "board", "revenue", "revenues", "profits", "takeover", "ipo"};
const std::size_t kOrgAfterNounCount = sizeof(kOrgAfterNouns) / sizeof(kOrgAfterNouns[0]);

// A firm's products and outlets after its name: "the Quillo app", "Tesk online service" (resolve.cc org_cue).
const char* const kOrgProductNouns[] = {"app", "apps", "application", "service", "platform", "messenger",
    "marketplace", "website", "portal", "newspaper", "magazine", "tabloid"};
const std::size_t kOrgProductNounCount = sizeof(kOrgProductNouns) / sizeof(kOrgProductNouns[0]);

// Words right before a source the text reports from: "the minister told Quellorvesti", "in an interview
// with Zirconews", "reports Harbinpress" (body_evidence.cc; not "according to", which as often introduces a
// person by surname alone).
const char* const kSourceCues[] = {"told", "quoted by", "cited by", "citing", "interview with",
    "interview to", "reported by", "reports", "writes"};
const std::size_t kSourceCueCount = sizeof(kSourceCues) / sizeof(kSourceCues[0]);

// Prefixes of family names written with an inner capital: "McLeod", "MacKay", "DeLuca", "DiNapoli",
// "LaSalle", "LeBlanc", "VanDyke", "DuPont", "FitzGerald" (body_evidence.cc).
const char* const kSurnamePrefixes[] = {"mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "del", "della",
    "des", "der", "den", "dos", "das", "fitz", "st", "o", "d", "l"};
const std::size_t kSurnamePrefixCount = sizeof(kSurnamePrefixes) / sizeof(kSurnamePrefixes[0]);

// Words that declare a short name in brackets after a body's full name: "(hereinafter referred to as
// "Harwick")", "(called "Harwick" below)" (abbreviations.cc).
const char* const kAliasCues[] = {"hereinafter", "hereafter", "referred", "called", "below"};
const std::size_t kAliasCueCount = sizeof(kAliasCues) / sizeof(kAliasCues[0]);

// Posts held in a body before "of" and its name: "the founder of Vantor", "the chief executive of Quellor"
// (not posts of places, "governor of", "mayor of", nor of subjects, "professor of"), and verbs of working
// before "at": "worked at Quellworld" (body_evidence.cc).
const char* const kBodyPosts[] = {"ceo", "founder", "co-founder", "cofounder", "chairman", "chairwoman",
    "chairperson", "executive", "editor", "editor-in-chief", "shareholder", "owner", "employee", "employees",
    "cto", "cfo", "coo"};
const std::size_t kBodyPostCount = sizeof(kBodyPosts) / sizeof(kBodyPosts[0]);
const char* const kWorkVerbs[] = {"work", "works", "worked", "working", "interned", "consulted"};
const std::size_t kWorkVerbCount = sizeof(kWorkVerbs) / sizeof(kWorkVerbs[0]);

const Zone kZones[] = {
    {"Eastern Time", -300, 1}, {"ET", -300, 1}, {"EST", -300, 0}, {"EDT", -240, 0}, {"Central Time", -360, 1},
    {"CST", -360, 0}, {"CDT", -300, 0}, {"Mountain Time", -420, 1}, {"Pacific Time", -480, 1}, {"PT", -480, 1},
    {"PST", -480, 0}, {"PDT", -420, 0}, {"Moscow Time", 180, 0}, {"Moscow time", 180, 0}, {"MSK", 180, 0},
    {"GMT", 0, 0}, {"UTC", 0, 0}, {"Greenwich Mean Time", 0, 0}, {"British Summer Time", 60, 0}, {"BST", 60, 0},
    {"Central European Time", 60, 2}, {"CET", 60, 0}, {"CEST", 120, 0}, {"Eastern European Time", 120, 2},
    {"EET", 120, 0}, {"London time", 0, 2}, {"UK time", 0, 2}, {"Paris time", 60, 2},
    {"Berlin time", 60, 2}, {"Brussels time", 60, 2}, {"Washington time", -300, 1}, {"New York time", -300, 1},
    {"Tokyo time", 540, 0}, {"Tehran time", 210, 0}, {"Israel time", 120, 0}, {"Gulf Standard Time", 240, 0}, {"EEST", 180, 0}, {"Kyiv time", 120, 2}, {"Kyiv Time", 120, 2}, {"Beijing Time", 480, 0},
    {"Beijing time", 480, 0}, {"Tokyo Time", 540, 0}, {"IST", 330, 0}, {"local time", 0, -1},
};
const std::size_t kZoneCount = sizeof(kZones) / sizeof(kZones[0]);

}  // namespace parley::detail::lex
