// The shared lexicon's table. General English and news vocabulary, never one article's words.
#include "text/lexicon.h"

#include <string>
#include <unordered_map>

namespace parley::detail::lexicon {
namespace {

#define W(text, classes, value) {text, classes, value},

const Word kWords[] = {
// Honorifics and titles before a name, with the gender an honorific names.
W("Mr", kHonorific | kQuoteHonorific | kMale | kIntroTitle | kLabelTitle | kStopAbbrev | kSentenceAbbrev, 0)
W("Mrs", kHonorific | kQuoteHonorific | kFemale | kIntroTitle | kLabelTitle | kStopAbbrev | kSentenceAbbrev, 0)
W("Ms", kHonorific | kQuoteHonorific | kFemale | kIntroTitle | kLabelTitle | kStopAbbrev | kSentenceAbbrev, 0)
W("Miss", kHonorific | kQuoteHonorific | kFemale, 0)
W("Mx", kHonorific | kQuoteHonorific | kStopAbbrev, 0)
W("Dr", kHonorific | kQuoteHonorific | kIntroTitle | kLabelTitle | kStopAbbrev | kSentenceAbbrev, 0)
W("Prof", kQuoteHonorific | kIntroTitle | kLabelTitle | kStopAbbrev | kSentenceAbbrev, 0)
W("Sir", kHonorific | kQuoteHonorific | kMale | kLabelTitle, 0)
W("Dame", kHonorific | kQuoteHonorific | kFemale | kLabelTitle, 0)
W("Lord", kHonorific | kQuoteHonorific | kMale, 0)
W("Lady", kHonorific | kQuoteHonorific | kFemale, 0)
W("Madam", kHonorific | kFemale, 0)
W("Baroness", kQuoteHonorific, 0) W("Baron", kQuoteHonorific, 0) W("Sheikh", kQuoteHonorific, 0)
W("Imam", kQuoteHonorific, 0) W("Rabbi", kQuoteHonorific, 0)
W("Monsieur", kMale, 0) W("Herr", kMale, 0) W("Senor", kMale, 0) W("Señor", kMale, 0)
W("Madame", kFemale, 0) W("Mme", kFemale | kStopAbbrev, 0) W("Frau", kFemale, 0) W("Senora", kFemale, 0)
W("Señora", kFemale, 0)
// Titles and professions before a name at the start of an interview's intro ("Economist Yulia Andreeva",
// "Глава Сбербанка Герман Греф"), in lower case; with the kIntroTitle honorifics above.
#define IR(w) W(w, kIntroRole, 0)
IR("economist") IR("analyst") IR("expert") IR("historian") IR("sociologist") IR("lawyer") IR("professor")
IR("doctor") IR("mayor") IR("director") IR("governor") IR("senator") IR("ambassador") IR("researcher")
IR("scientist") IR("journalist") IR("writer") IR("author") IR("chef") IR("coach") IR("politician") IR("diplomat")
IR("general") IR("colonel") IR("deputy") IR("minister") IR("экономист") IR("аналитик") IR("эксперт") IR("историк")
IR("социолог") IR("юрист") IR("профессор") IR("доцент") IR("политолог") IR("директор") IR("губернатор") IR("сенатор")
IR("депутат") IR("посол") IR("генерал") IR("писатель") IR("журналист") IR("врач") IR("учёный") IR("ученый")
IR("министр") IR("глава") IR("президент") IR("председатель") IR("руководитель") IR("гендиректор") IR("основатель")
IR("head") IR("chief") IR("founder") IR("ceo") IR("chairman") IR("president")
#undef IR
// Words before a name in a speaker label that are not part of it ("Mayor Teresa Alvarado", "The Prime Minister"),
// in lower case; with the kLabelTitle honorifics above.
#define LR(w) W(w, kLabelRole, 0)
LR("the") LR("mayor") LR("president") LR("prime") LR("minister") LR("professor") LR("senator") LR("governor")
LR("director") LR("chairman") LR("chairwoman") LR("chief") LR("general") LR("colonel") LR("captain") LR("judge")
LR("ambassador") LR("deputy") LR("secretary") LR("foreign") LR("father") LR("rabbi") LR("bishop") LR("coach")
LR("ceo") LR("founder") LR("author") LR("actor") LR("singer") LR("writer") LR("economist") LR("historian")
LR("analyst") LR("expert")
#undef LR
// Abbreviations whose full stop does not end the sentence: "Gen. Gerasimov", "St. Petersburg", "Acme Inc."
#define A(w) W(w, kStopAbbrev | kSentenceAbbrev, 0)
A("St") A("Rep") A("Lt") A("Col") A("Capt") A("Sgt") A("Maj") A("Adm") A("Mt") A("Rev") A("Hon") A("Pres")
#undef A
W("Gen", kStopAbbrev | kSentenceAbbrev | kLabelTitle, 0) W("Sen", kStopAbbrev | kSentenceAbbrev | kLabelTitle, 0)
W("Gov", kStopAbbrev | kSentenceAbbrev | kLabelTitle, 0)
W("Cmdr", kStopAbbrev, 0) W("Amb", kStopAbbrev, 0)
#define A(w) W(w, kSentenceAbbrev, 0)
A("Jr") A("Sr") A("vs") A("etc") A("Inc") A("Co") A("Corp") A("No") A("Fr") A("Ltd") A("e.g") A("i.e")
#undef A
// Months (value: the month) and weekdays (value: 0 = Monday).
#define M(w, v) W(w, kMonth | kMonthName, v)
M("January", 1) M("February", 2) M("March", 3) M("April", 4) M("May", 5) M("June", 6) M("July", 7)
M("August", 8) M("September", 9) M("October", 10) M("November", 11) M("December", 12)
#undef M
W("Jan", kMonth | kSentenceAbbrev, 1) W("Feb", kMonth | kSentenceAbbrev, 2) W("Mar", kMonth, 3) W("Apr", kMonth, 4)
W("Jun", kMonth, 6) W("Jul", kMonth, 7) W("Aug", kMonth | kSentenceAbbrev, 8) W("Sep", kMonth, 9)
W("Sept", kMonth | kSentenceAbbrev, 9) W("Oct", kMonth | kSentenceAbbrev, 10) W("Nov", kMonth | kSentenceAbbrev, 11)
W("Dec", kMonth | kSentenceAbbrev, 12)
W("Monday", kWeekday, 0) W("Tuesday", kWeekday, 1) W("Wednesday", kWeekday, 2) W("Thursday", kWeekday, 3)
W("Friday", kWeekday, 4) W("Saturday", kWeekday, 5) W("Sunday", kWeekday, 6)
// Speech verbs: every form a news story uses (R: cues a quotation, C: a verb of thought that cues one,
// N: a capitalised run next to it is someone speaking).
#define R(w) W(w, kReporting, 0)
#define C(w) W(w, kCognition, 0)
#define N(w) W(w, kNameCue, 0)
#define RN(w) W(w, kReporting | kNameCue, 0)
#define CN(w) W(w, kCognition | kNameCue, 0)
RN("say") RN("says") RN("said") R("saying") R("tell") RN("tells") RN("told") R("telling") R("write")
RN("writes") RN("wrote") R("writing") R("add") RN("adds") RN("added") R("adding") R("state") RN("states")
RN("stated") R("note") RN("notes") RN("noted") R("noting") R("emphasize") R("emphasizes") RN("emphasized")
R("emphasise") R("emphasises") RN("emphasised") R("emphasizing") R("emphasising") R("stress") R("stresses")
RN("stressed") R("stressing") R("insist") RN("insists") RN("insisted") R("argue") RN("argues") RN("argued")
R("arguing") R("claim") RN("claims") RN("claimed") R("declare") R("declares") RN("declared") R("announce")
RN("announces") RN("announced") R("explain") RN("explains") RN("explained") R("explaining") R("ask") RN("asks")
RN("asked") R("asking") R("reply") R("replies") RN("replied") R("respond") R("responds") RN("responded")
R("answer") RN("answers") RN("answered") R("warn") RN("warns") RN("warned") R("warning") R("urge") RN("urges")
RN("urged") R("call") R("calls") RN("called") R("describe") R("describes") RN("described") R("describing")
R("dub") R("dubs") R("dubbed") R("brand") R("brands") R("branded") R("label") R("labels") R("labelled")
R("labeled") R("remark") R("remarks") RN("remarked") R("comment") R("comments") RN("commented") R("continues")
RN("continued") R("conclude") R("concludes") RN("concluded") R("admit") R("admits") RN("admitted")
R("acknowledge") R("acknowledges") RN("acknowledged") R("confirm") R("confirms") RN("confirmed") R("recall")
R("recalls") RN("recalled") R("recalling") R("suggest") R("suggests") RN("suggested") R("predict") R("predicts")
RN("predicted") R("promise") R("promises") R("promised") R("vow") R("vows") R("vowed") R("pledge") R("pledges")
R("pledged") R("tweet") R("tweets") RN("tweeted") R("post") R("posts") RN("posted") R("complain") R("complains")
R("complained") R("joke") R("jokes") R("joked") R("quip") R("quips") R("quipped") R("concede") R("concedes")
R("conceded") R("observe") R("observes") R("observed") R("mention") R("mentions") RN("mentioned") R("report")
R("reports") RN("reported") R("maintain") R("maintains") R("maintained") R("contend") R("contends")
R("contended") R("assert") R("asserts") R("asserted") R("proclaim") R("proclaims") R("proclaimed") R("boast")
R("boasts") R("boasted") R("caution") R("cautions") R("cautioned") R("shout") R("shouts") R("shouted")
R("whisper") R("whispers") R("whispered") R("cry") R("cries") R("cried") R("exclaim") R("exclaims")
R("exclaimed") R("demand") R("demands") R("demanded") R("repeat") R("repeats") R("repeated") R("reiterate")
R("reiterates") R("reiterated") R("characterize") R("characterizes") R("characterized") R("characterise")
R("characterised") R("opine") R("opined") R("retort") R("retorted") R("sigh") R("sighed") R("interject")
R("interjected") R("testify") R("testified") R("recount") R("recounted") R("reveal") R("reveals") RN("revealed")
R("disclose") R("disclosed") R("accuse") R("accused") R("blast") R("blasted") R("slam") R("slammed") R("praise")
R("praised") R("hail") R("hailed") R("dismiss") R("dismisses") R("dismissed") R("denounce") R("denounces")
R("denounced")
// Added with the real-corpus quotes work: a text's wording (`"...", reads the statement`),
// machine-translated reporting ("shared", "reminded") and
// participles that cue a quotation after a comma ("..., calling them \"...\"").
R("reads") R("share") R("shares") R("shared") R("remind") R("reminds") R("reminded") R("express") R("expresses")
R("expressed") R("calling") R("asserting") R("insisting") R("claiming") R("declaring") R("urging")
R("accusing") R("denouncing")
C("believe") CN("believes") CN("believed") C("think") CN("thinks") CN("thought") C("hope")
CN("hopes") CN("hoped") C("expect") C("expects") C("expected") C("feel") C("feels") C("felt") C("fear")
C("fears") C("feared") C("consider") C("considers") C("considered") C("reckon") C("reckons") C("reckoned")
C("estimate") C("estimates") CN("estimated") C("realize") C("realizes") CN("realized") C("realise") C("realises")
CN("realised") N("denied") N("pointed") N("spoke") N("speaks") N("welcomed")
N("conveyed") N("proposed") N("agreed")
// The nouns of a heading over a speaker's set text (turns/turns.cc).
W("remarks", kStatementHead, 0) W("statement", kStatementHead, 0) W("testimony", kStatementHead, 0)
W("address", kStatementHead, 0) W("speech", kStatementHead, 0)
#undef CN
#undef RN
#undef N
#undef C
#undef R
};
#undef W

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string folded(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

struct Index {
  std::unordered_map<std::string_view, std::uint32_t> as_written;
  std::unordered_map<std::string, std::uint32_t> folded;
};

const Index& index() {
  static const Index* const idx = [] {
    auto* x = new Index();
    for (const Word& w : kWords) {
      x->as_written[w.text] |= w.classes;
      x->folded[folded(w.text)] |= w.classes;
    }
    return x;
  }();
  return *idx;
}

}  // namespace

std::span<const Word> words() { return kWords; }

std::uint32_t classes_as_written(std::string_view word) {
  const auto& m = index().as_written;
  auto it = m.find(word);
  return it == m.end() ? 0 : it->second;
}

std::uint32_t classes_folded(std::string_view word) {
  const auto& m = index().folded;
  auto it = m.find(folded(word));
  return it == m.end() ? 0 : it->second;
}

}  // namespace parley::detail::lexicon
