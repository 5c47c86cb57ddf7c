#include "quotes/lexicon.h"

#include <algorithm>

#include "text/lexicon.h"

namespace parley::detail::quotes {
namespace {

constexpr std::string_view kSpeechPhrases[] = {
    "pointed out", "points out", "point out", "pointing out", "put it", "puts it", "went on", "goes on",
    "spelled out", "made clear", "makes clear", "summed up", "sums up", "quoted as saying",
    // Chinese-news English reports speech as an introduction ("the expert introduced that ..."); with
    // "that" only, so a bill or a measure introduced stays no cue.
    "introduced that", "introduces that",
    // Speech reported after the words it reports ("X spoke about this on Friday").
    "spoke about", "speaks about", "spoke of", "speaks of",
};

constexpr std::string_view kRightSubjectPhrases[] = {
    "according to", "as introduced by", "in the words of", "in the view of", "in the opinion of", "quoting", "quoted", "quotes",
};

constexpr std::string_view kSkip[] = {
    "also", "then", "later", "once", "again", "still", "even", "just", "never", "further", "previously",
    "already", "repeatedly", "reportedly", "recently", "earlier", "today", "yesterday", "tonight", "too",
    "has", "have", "had", "was", "were", "is", "are", "be", "been", "would", "will", "could", "should",
    "may", "might", "can", "did", "does", "do", "not", "himself", "herself", "themselves", "itself",
    "last", "night", "week", "month", "year", "morning", "evening", "afternoon", "on",  // and the weekdays
    "however", "subsequently", "meanwhile",
    "separately", "publicly", "privately", "bluntly", "simply", "only", "first", "finally", "more", "less",
    "rather", "quite", "very", "somewhat",
};

// Words that end a noun phrase (prepositions, conjunctions, relatives, verbs of being).
constexpr std::string_view kStop[] = {
    "in", "on", "at", "to", "for", "with", "from", "by", "about", "against", "between", "during", "after",
    "before", "into", "over", "under", "of", "and", "or", "but", "nor", "so", "yet", "who", "whom",
    "which", "that", "when", "while", "where", "as", "if", "because", "since", "although", "though",
    "whether", "than", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
    "can", "could", "should", "may", "might", "must", "do", "does", "did", "not", "there", "here", "it",
    "this", "these", "those", "what", "how", "why", "adding", "saying", "noting", "told", "said",
};

constexpr std::string_view kDeterminers[] = {
    "the", "a", "an", "one", "some", "several", "many", "two", "three", "four", "his", "her", "their",
    "its", "our", "my", "your", "this", "that", "these", "those", "another", "each", "every", "most",
    "senior", "no",
};

constexpr std::string_view kMedia[] = {
    "platform", "interview", "post", "statement", "tweet", "video", "broadcast", "podcast", "letter",
    "message", "column", "article", "op-ed", "account", "show", "programme", "program", "channel",
    "network", "page", "blog", "site", "website", "speech", "conference", "briefing", "address",
    "appearance", "network", "newspaper", "radio", "television", "tv", "outlet", "profile", "feed",
    "posting", "essay", "editorial", "remarks", "comments", "thread", "social", "media", "official",
};

constexpr std::string_view kJoiners[] = {
    "of", "de", "da", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du", "del", "di", "dos",
};

constexpr std::string_view kOrgNouns[] = {
    "ministry", "department", "office", "government", "agency", "council", "committee", "court",
    "parliament", "police", "army", "company", "kremlin", "white", "house", "embassy", "commission",
    "union", "party", "administration", "cabinet", "service", "bank", "board", "group", "foundation",
    "organization", "organisation", "spokesman", "spokeswoman", "spokesperson", "firm", "regulator",
    "airline", "carrier", "club", "team", "university", "charity", "lender", "insurer", "retailer",
    "broadcaster", "operator", "manufacturer", "maker", "producer", "startup", "business", "institute",
    "authority", "group", "watchdog", "corporation", "conglomerate", "giant", "exchange", "mission",
    "delegation",
};

// Heads of a definite description that stand for someone unnamed or for a party, not for the person
// last named: "the insider added", "the Ukrainian side stated".
constexpr std::string_view kUnnamedPersons[] = {
    "insider", "side", "caller", "user", "reader", "viewer", "listener", "commenter",
};

constexpr std::string_view kScareIntroWords[] = {
    "so-called", "called", "dubbed", "term", "word", "phrase", "known", "named", "titled", "entitled",
    "nicknamed", "labelled", "labeled", "branded", "slogan", "expression", "label", "notion", "concept",
    // Nouns a title follows: the newspaper "Bild", the programme "60 Minutes", the operation "Desert Storm".
    "newspaper", "magazine", "tabloid", "daily", "weekly", "programme", "program", "show", "series", "film",
    "movie", "documentary", "book", "novel", "memoir", "album", "song", "podcast", "operation", "campaign",
    "project", "motto", "hashtag", "headline", "title",
};

// Participles that, right after a noun, name the thing ("a film titled ..."), and the object pronouns
// after which the same verbs report words ("called them ...").
constexpr std::string_view kNamingParticiples[] = {"called", "named", "dubbed", "titled", "entitled", "nicknamed"};
constexpr std::string_view kObjectPronouns[] = {"him", "her", "them", "it", "us", "me"};

constexpr std::string_view kNounLike[] = {
    "states", "notes", "reports", "claims", "calls", "posts", "remarks", "comments", "answers", "replies",
    "warnings", "tweets", "demands", "promises", "pledges", "statement", "concerns", "fears", "hopes",
    "estimates", "thought", "labels", "brands", "jokes", "cries", "vows", "accounts", "post", "call",
    "report", "note", "state", "comment", "answer", "reply", "tweet", "demand", "promise", "pledge", "joke",
    "label", "brand", "cry", "vow", "fear", "hope", "estimate", "remark", "claim", "caution", "warning",
    "repeat", "continue", "say", "blast", "slam", "praise", "hail", "quote", "quotes",
};

constexpr std::string_view kPersonTitles[] = {
    "president", "minister", "secretary", "chancellor", "spokesman", "spokeswoman", "spokesperson", "senator",
    "governor", "mayor", "leader", "chief", "director", "chairman", "chairwoman", "chair", "ambassador",
    "envoy", "premier", "king", "queen", "prince", "princess", "general", "commander", "official", "diplomat",
    "adviser", "advisor", "aide", "lawmaker", "congressman", "congresswoman", "representative", "judge",
    "prosecutor", "analyst", "expert", "source", "ceo", "founder", "coach", "manager", "professor", "economist", "author", "actor", "singer",
    "star", "head", "deputy", "candidate", "nominee", "speaker", "lawyer", "attorney", "banker", "investor",
    "executive", "officer", "commissioner", "ruler", "monarch", "pope", "archbishop", "bishop", "captain",
    "striker", "manager", "scientist", "negotiator", "mediator", "inspector", "detective", "witness", "researcher", "doctor", "activist", "mp", "mep", "boss", "veteran",
    // ordinary people quoted by role ("Kyiv resident X", "pulmonary specialist X")
    "resident", "specialist", "student", "teacher", "worker", "farmer", "nurse", "driver", "owner",
    "survivor", "volunteer", "pensioner", "broker", "virologist", "epidemiologist", "physician",
    "surgeon", "engineer", "journalist", "correspondent", "historian", "lecturer", "mother", "father", "critic",
};

// The plural nouns "told" takes as its object before an inverted subject: `"...", told reporters the
// deputy minister X.`
constexpr std::string_view kAddressees[] = {"journalists", "reporters", "correspondents", "newsmen", "media"};

// Stop words a role's complement holds between the role and the name when machine translation drops
// the comma: "the deputy chairman of the committee on foreign affairs X", "a professor at Y University X".
constexpr std::string_view kRoleComplements[] = {"of", "on", "for", "at", "and", "in"};

// Conjunctions that open a subordinate clause ("said that while the shape was unclear, it ...").
constexpr std::string_view kSubordinators[] = {"while", "although", "though", "if", "when", "because",
                                               "since", "despite", "as", "after", "before", "unless"};

// Texts that speak for whoever issued them ("the statement said", "says a study by X").
constexpr std::string_view kDocumentNouns[] = {
    "statement", "statements", "report", "reports", "article", "study", "document", "survey", "publication",
    "communique", "communiqué", "declaration", "release", "memo", "poll", "paper", "letter", "resolution",
    "text", "note", "notice", "announcement", "readout", "bulletin", "filing", "complaint", "lawsuit", "ruling",
    "verdict", "decision", "order", "research", "analysis", "review", "website", "post", "newspaper", "message",
    "site", "outlook", "forecast", "advisory", "assessment", "guidance", "update",
};

// First-person pronouns and possessives (lowercase; "us" is checked against the country "US").
constexpr std::string_view kFirstPersonWords[] = {
    "i", "we", "me", "us", "my", "our", "mine", "ours", "myself", "ourselves",
};

// Auxiliaries written as clitics after an apostrophe: "I'd", "we'll", "they've", "I'm", "you're".
constexpr std::string_view kClitics[] = {"d", "ll", "ve", "m", "re"};

// Finite auxiliaries and modals: after a plural noun that could be a verb ("EU states will meet",
// "the reports were"), they show the noun is their subject.
constexpr std::string_view kFiniteAuxiliaries[] = {
    "will", "would", "can", "could", "must", "should", "may", "might", "shall", "are", "were", "have", "had",
};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

template <class Map, std::size_t N>
void fill(Map& words, const std::string_view (&list)[N], std::uint32_t cls) {
  for (auto w : list) words[std::string(w)].classes |= cls;
}

}  // namespace

Lexicon::Lexicon(const std::vector<std::string>& extra_cues) {
  // Reporting verbs, then verbs of thought, from the shared lexicon (text/lexicon.cc).
  for (const auto& w : lexicon::words())
    if (w.classes & lexicon::kReporting) add(w.text, CueStrength::kSpeech, SubjectSide::kLeft);
  for (const auto& w : lexicon::words())
    if (w.classes & lexicon::kCognition) add(w.text, CueStrength::kCognition, SubjectSide::kLeft);
  for (auto v : kSpeechPhrases) add(v, CueStrength::kSpeech, SubjectSide::kLeft);
  for (auto v : kRightSubjectPhrases) add(v, CueStrength::kSpeech, SubjectSide::kRight);
  for (const auto& v : extra_cues) add(v, CueStrength::kSpeech, SubjectSide::kLeft);
  for (auto& [first, entry] : words_)
    std::stable_sort(entry.cues.begin(), entry.cues.end(),
                     [](const CuePhrase& a, const CuePhrase& b) { return a.words.size() > b.words.size(); });
  fill(words_, kSkip, kSkipWord);
  fill(words_, kStop, kStopWord);
  fill(words_, kDeterminers, kDeterminer);
  fill(words_, kMedia, kMediaNoun);
  for (const auto& w : lexicon::words()) {  // month and weekday names; weekdays are skipped too
    if (w.classes & (lexicon::kMonth | lexicon::kWeekday)) words_[lower_ascii(w.text)].classes |= kCalendar;
    if (w.classes & lexicon::kWeekday) words_[lower_ascii(w.text)].classes |= kSkipWord;
  }
  fill(words_, kJoiners, kNameJoiner);
  fill(words_, kOrgNouns, kOrgNoun);
  fill(words_, kScareIntroWords, kScareIntro);
  fill(words_, kNounLike, kNounLikeCue);
  fill(words_, kNamingParticiples, kNamingParticiple);
  fill(words_, kObjectPronouns, kObjectPronoun);
  fill(words_, kPersonTitles, kPersonTitle);
  fill(words_, kDocumentNouns, kDocumentNoun);
  fill(words_, kFirstPersonWords, kFirstPerson);
  fill(words_, kClitics, kClitic);
  fill(words_, kFiniteAuxiliaries, kFiniteAux);
  fill(words_, kAddressees, kAddressee);
  fill(words_, kRoleComplements, kRoleComplement);
  fill(words_, kSubordinators, kSubordinator);
  fill(words_, kUnnamedPersons, kUnnamedPerson);
  std::size_t cap = 16;
  while (cap < 2 * words_.size()) cap *= 2;
  flat_.assign(cap, Slot{});
  flat_mask_ = cap - 1;
  for (const auto& [word, entry] : words_) {
    std::uint64_t h = Hash{}(word);
    std::size_t i = h & flat_mask_;
    while (flat_[i].entry != nullptr) i = (i + 1) & flat_mask_;
    flat_[i] = {h, &word, &entry};
  }
}

void Lexicon::add(std::string_view phrase, CueStrength strength, SubjectSide side) {
  CuePhrase cue;
  cue.strength = strength;
  cue.side = side;
  std::string word;
  for (char c : phrase) {
    if (c == ' ') {
      if (!word.empty()) cue.words.push_back(word);
      word.clear();
    } else {
      word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
  }
  if (!word.empty()) cue.words.push_back(word);
  if (cue.words.empty()) return;
  Entry& entry = words_[cue.words[0]];
  for (const auto& existing : entry.cues)
    if (existing.words == cue.words) return;
  entry.classes |= kCueStart;
  const std::string& w = cue.words[0];
  if (w.size() >= 2 && w.size() <= 31) {
    unsigned a = static_cast<unsigned char>(w[0]) - 'a', b = static_cast<unsigned char>(w[1]) - 'a';
    if (a < 26 && b < 26) cue_prefix_len_[a * 26 + b] |= 1u << w.size();
    else other_cues_ = true;
  } else {
    other_cues_ = true;
  }
  entry.cues.push_back(std::move(cue));
}

}  // namespace parley::detail::quotes
