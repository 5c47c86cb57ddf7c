// Interview turn segmentation.
//
// 1. Marker detection (labels.h): every narrative paragraph may open with a
//    dash, a "Label:" or "Q." / "A.".
// 2. Speaker registry: labels are normalised ("MR. PRICE" -> "mr price") and
//    merged when one names the same person as another: a longer label that ends
//    with a known name ("President of Russia Vladimir Putin" -> "Vladimir
//    Putin"), a surname ("MALONE" -> "KENNY MALONE"), a declared abbreviation
//    ("Special Military Operation (SP) asked ...:"), the anonymous "Q"/"Question"
//    family. Header guests and the intro sentence declare names in advance.
// 3. Evidence decides which labels are speakers (role words, ALL CAPS, a label
//    that recurs, a declared name, a one-off inside an interview) and which
//    side each speaker is on (role words and suffixes, declarations, who asks
//    and who answers, a host introducing himself, who speaks first).
// 4. A small state machine walks the paragraphs: markers switch the speaker,
//    unmarked paragraphs continue the current one, an unmarked short question
//    inside a guest's answer is the interviewer's, dashes alternate or take the
//    unlabelled side, narration resumes after separators and intros.
// Everything is linear in the number of paragraphs and bytes.
#include "turns/turns.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/counts.h"
#include "text/lexicon.h"
#include "text/phrases.h"
#include "text/utf8.h"
#include "turns/intro.h"
#include "turns/labels.h"

namespace parley::detail {
namespace {

using namespace turns;
using Kind = ParagraphKind;

constexpr int kInterviewer = 1;
constexpr int kGuest = -1;
constexpr std::size_t kShortQuestionWords = 30;
constexpr std::size_t kQuestionWords = 80;
constexpr std::size_t kPullQuoteWindow = 32;
constexpr std::size_t kSelfIntroWindow = 48;

// The paragraph ends with a question mark (closing quotes and brackets aside).
bool ends_with_question(std::string_view s) {
  std::size_t e = s.size();
  while (e > 0) {
    int len;
    char32_t c = decode_before(s, e, &len);
    if (c == '?' || c == 0xFF1F) return true;
    if (is_close_quote(c) || is_open_quote(c) || is_space(c) || c == ')' || c == ']' || c == '*' || c == '_')
      e -= len;
    else
      return false;
  }
  return false;
}

bool ends_with_sentence_mark(std::string_view s) {
  std::size_t e = s.size();
  while (e > 0) {
    int len;
    char32_t c = decode_before(s, e, &len);
    if (c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002) return true;
    if (is_close_quote(c) || is_space(c) || c == ')') e -= len;
    else return false;
  }
  return false;
}

std::size_t sentences(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ') ++n;
  return n + 1;
}

// "(SOUNDBITE OF MUSIC)", "[THEME MUSIC]", "(COMMERCIAL BREAK)": a stage direction between two segments
// of a programme, unlike "(LAUGHTER)" or "(CROSSTALK)" inside a turn.
bool is_segment_break(std::string_view stage) {
  if (stage.size() > 80) return false;
  std::string l = lowercase(stage);
  for (std::string_view w : {"music", "break", "commercial", "advertisement", "jingle", "interlude"})
    if (l.find(w) != std::string::npos) return true;
  return false;
}

// The last sentence credits a picture: "Photograph by Lise Aune for The Review", "Photo: Jan Berg/AFP".
bool ends_with_photo_credit(std::string_view s) {
  if (s.size() > 500) return false;
  std::size_t from = 0;  // after the last sentence end ("." "!" "?" ")" and a space) with a byte after it
  for (std::size_t k = s.size() >= 3 ? s.size() - 2 : 0; k-- > 0;)
    if ((s[k] == '.' || s[k] == '!' || s[k] == '?' || s[k] == ')') && s[k + 1] == ' ') {
      from = k + 2;
      break;
    }
  if (from == 0) return false;  // a caption describes the picture before the credit
  std::string_view last = s.substr(from);
  if (!last.empty() && last.front() == '(') last.remove_prefix(1);
  if (count_words(last, 14) > 14) return false;
  std::string l = lowercase(last.substr(0, std::min<std::size_t>(last.size(), 24)));
  for (std::string_view c : {"photograph by", "photographs by", "photo by", "photos by", "photography by",
                             "photo:", "photograph:", "photo credit:", "picture:", "pictures by", "illustration by",
                             "image:", "фото:", "фотография:"}) {
    if (!l.starts_with(c)) continue;
    // The credit names someone: "Photos by friends are free." credits nobody.
    std::size_t at = c.size();
    while (at < last.size() && last[at] == ' ') ++at;
    int len;
    return at < last.size() && is_upper(decode(last, at, &len));
  }
  return false;
}

bool ends_with_colon(std::string_view s) {
  while (!s.empty() && (s.back() == ' ')) s.remove_suffix(1);
  return (!s.empty() && s.back() == ':') || s.ends_with("\xEF\xBC\x9A");
}

// A word (letters) that second_person must lower-case and compare: any word with a non-ASCII byte, and the
// ASCII words that open like "you", "vous", "sie" or "usted" and are no longer than "yourself" (ASCII keeps
// its length in lower case). The other words, most of every paragraph, are neither copied nor compared.
bool may_be_second_person(std::string_view word) {
  for (char c : word)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  const char first = static_cast<char>(word[0] | 0x20);  // an ASCII letter, lower-cased
  return word.size() <= 8 && (first == 'y' || first == 'v' || first == 's' || first == 'u');
}

// "you", "your", "вы", "вас", "ваш": the question is put to someone.
bool second_person(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !(is_letter(static_cast<unsigned char>(s[i])) || static_cast<unsigned char>(s[i]) >= 0x80))
      ++i;
    std::size_t j = i;
    while (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) || static_cast<unsigned char>(s[j]) >= 0x80))
      ++j;
    if (j > i && j - i <= 12 && may_be_second_person(s.substr(i, j - i))) {
      const std::string w = lowercase(s.substr(i, j - i));
      for (std::string_view y : {"you", "your", "yours", "yourself", "вы", "вас", "вам", "ваш", "ваша", "ваше", "ваши",
                                 "vous", "sie", "usted"})
        if (w == y) return true;
    }
    i = j == i ? i + 1 : j;
  }
  return false;
}

// Words that speak for the speaker: "I", "we", "my", "you", "я", "мы", "вы" ... ("US" the country is not "us").
bool first_or_second_person(std::string_view s) {
  if (second_person(s)) return true;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !(std::isalpha(static_cast<unsigned char>(s[i])) || static_cast<unsigned char>(s[i]) >= 0x80))
      ++i;
    std::size_t j = i;
    while (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) || static_cast<unsigned char>(s[j]) >= 0x80 ||
                            s[j] == '\''))
      ++j;
    std::string_view raw = s.substr(i, j - i);
    if (raw == "I" || raw.starts_with("I'")) return true;
    if (j > i && j - i <= 12) {
      std::string w = raw == "US" ? std::string() : lowercase(raw);
      for (std::string_view f : {"me", "my", "mine", "myself", "we", "we're", "we've", "we'll", "we'd", "us", "our",
                                 "ours", "ourselves", "я", "меня", "мне", "мной", "мой", "моя", "моё", "мое", "мои",
                                 "мы", "нас", "нам", "нами", "наш", "наша", "наше", "наши"})
        if (w == f) return true;
    }
    i = j == i ? i + 1 : j;
  }
  return false;
}

// A paragraph that opens with a discourse connective goes on with an argument: "Therefore, ...".
bool opens_with_connective(std::string_view s) {
  std::size_t e = 0;
  while (e < s.size() && s[e] != ' ' && s[e] != ',') ++e;
  std::string w = lowercase(s.substr(0, e));
  for (std::string_view c : {"therefore", "however", "but", "and", "so", "also", "moreover", "besides", "thus",
                             "hence", "that", "that's", "in", "of", "after", "then", "still", "yet", "because",
                             "otherwise", "finally", "first", "second", "third", "this", "these", "such", "now",
                             "again", "plus", "meanwhile", "nevertheless", "nonetheless", "indeed", "or",
                             "поэтому", "однако", "но", "и", "а", "так", "кроме", "впрочем", "то", "конечно",
                             "ведь", "итак", "это", "тем", "при", "хотя", "или"})
    if (w == c) return true;
  return false;
}

// "Tell me about ...", "Describe ...", "Расскажите ...": a question put as a request, one sentence.
bool is_request(std::string_view s) {
  if (sentences(s) > 1) return false;
  std::size_t e = 0;
  while (e < s.size() && s[e] != ' ' && s[e] != ',') ++e;
  std::string w = lowercase(s.substr(0, e));
  for (std::string_view v : {"tell", "describe", "explain", "talk", "walk", "share", "remind", "imagine", "give",
                             "name", "расскажите", "опишите", "объясните", "поясните", "представьте", "назовите",
                             "поделитесь", "erzählen", "beschreiben", "racontez", "décrivez", "cuéntenos",
                             "describa", "explique"})
    if (w == v) return true;
  return false;
}

// "Good afternoon.", "Good morning, everyone.", "Добрый день.": a speaker opens.
bool opens_with_greeting(std::string_view s) {
  std::string head = lowercase(s.substr(0, std::min<std::size_t>(s.size(), 40)));
  for (std::string_view g : {"good afternoon", "good morning", "good evening", "hello everyone", "hello, everyone",
                             "ladies and gentlemen", "dear colleagues", "dear friends", "colleagues,", "friends,",
                             "добрый день", "доброе утро", "добрый вечер", "здравствуйте", "дамы и господа",
                             "уважаемые коллеги", "коллеги,", "друзья,", "bonjour", "mesdames", "guten tag",
                             "meine damen"})
    if (head.starts_with(g)) return true;
  return false;
}

// The first word without trailing punctuation or a possessive: "Hartmann's" -> "Hartmann".
std::string_view first_word(std::string_view s) {
  std::size_t e = 0;
  while (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != ':' && s[e] != ';' && s[e] != '.') ++e;
  std::string_view w = s.substr(0, e);
  if (w.ends_with("'s")) w.remove_suffix(2);
  else if (w.ends_with("\xE2\x80\x99s")) w.remove_suffix(4);
  return w;
}

// Capitalised words that precede a name without being part of it: "Mayor Teresa Alvarado".
bool is_title_word(std::string_view w) {
  std::string k = lowercase(w);
  while (!k.empty() && k.back() == '.') k.pop_back();
  // "Mr", "Dr", "Sen", "Dame" (kLabelTitle); "mayor", "minister", "the" (kLabelRole)
  return (lexicon::classes_folded(k) & (lexicon::kLabelTitle | lexicon::kLabelRole)) != 0;
}

struct PersonName {
  std::string_view full;     // "Teresa Alvarado"
  std::string_view first;    // "Teresa"
  std::string_view surname;  // "Alvarado"
  bool in_subtitle = false;  // found in the dek
};

// The first person-like name in `s`: two to four capitalised words (title words before it dropped).
PersonName first_person_name(std::string_view s) {
  std::vector<std::string_view> run;
  std::size_t i = 0;
  auto done = [&]() -> PersonName {
    std::size_t b = 0;
    while (b < run.size() && is_title_word(run[b])) ++b;
    std::size_t n = run.size() - b;
    if (n < 2 || n > 4) return {};
    std::string_view last = first_word(run.back());
    std::size_t from = static_cast<std::size_t>(run[b].data() - s.data());
    std::size_t to = static_cast<std::size_t>(last.data() - s.data()) + last.size();
    return {s.substr(from, to - from), first_word(run[b]), last};
  };
  while (i <= s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view w = s.substr(i, j - i);
    int len;
    bool cap = !w.empty() && is_upper(decode(w, 0, &len)) && !first_word(w).empty();
    bool ends = !w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == ':' ||
                               (w.back() == '.' && first_word(w).size() > 3));
    if (cap) run.push_back(w);
    if (!cap || ends || j == s.size()) {
      PersonName p = done();
      if (!p.full.empty()) return p;
      run.clear();
    }
    if (j == s.size()) break;
    i = j + 1;
  }
  return {};
}

// A whole-word, case-sensitive occurrence of `w` in `s`.
bool contains_word(std::string_view s, std::string_view w) {
  if (w.empty()) return false;
  for (std::size_t k = s.find(w); k != std::string_view::npos; k = s.find(w, k + 1)) {
    bool left = k == 0 || !std::isalnum(static_cast<unsigned char>(s[k - 1]));
    std::size_t e = k + w.size();
    bool right = e >= s.size() || !std::isalnum(static_cast<unsigned char>(s[e]));
    if (left && right) return true;
  }
  return false;
}

// "— Мы готовы к диалогу, — сказал Песков.": a dash after a comma (or ! ? …) and before a
// lowercase word inside the paragraph attributes a quotation.
bool has_dash_attribution(std::string_view body) {
  std::size_t i = 0;
  while (i < body.size()) {
    int len;
    char32_t c = decode(body, i, &len);
    if ((c == ',' || c == '!' || c == '?' || c == 0x2026) && i + len < body.size()) {
      std::size_t j = i + len;
      int l2;
      if (j < body.size() && body[j] == ' ') {
        char32_t d = decode(body, j + 1 < body.size() ? j + 1 : j, &l2);
        if ((d == 0x2014 || d == 0x2013) && j + 1 + l2 < body.size() && body[j + 1 + l2] == ' ') {
          int l3;
          char32_t w = decode(body, std::min(body.size() - 1, j + 2 + l2), &l3);
          if (is_lower(w)) return true;
        }
      }
    }
    i += len;
  }
  return false;
}

// "This interview has been edited for length and clarity.", "The conversation was condensed.":
// the editor speaks, not the guest.
bool is_editorial_note(std::string_view s) {
  if (s.size() > 400) return false;
  std::string l = lowercase(s);
  static const PhraseSet kCues{"edited for length", "edited for clarity", "edited and condensed", "been condensed",
                               "been lightly edited", "been edited", "was condensed", "interview was conducted",
                               "interview has been translated", "conversation has been", "transcript has been"};
  if (kCues.found_in(l)) return true;
  // "This interview appears in the spring issue.", "A version of this conversation aired on ...": the
  // piece speaks of itself in the third person ("This interview is the first I have given" is the guest).
  for (std::string_view head : {"this interview ", "this conversation ", "this q&a ", "this transcript ",
                                "a version of this ", "an earlier version of this "})
    if (l.starts_with(head)) return !first_or_second_person(s);
  return false;
}

// "Prepared remarks.", "Opening statement", "Written testimony:": a heading whose last word names a
// speaker's set text.
bool statement_heading(std::string_view s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ':' || s.back() == ' ')) s.remove_suffix(1);
  std::size_t space = s.rfind(' ');
  std::string_view last = space == std::string_view::npos ? s : s.substr(space + 1);
  return (lexicon::classes_folded(last) & lexicon::kStatementHead) != 0;
}

// "[1] The survey was published in 2019.", "[*] ...": a footnote, which ends the interview.
bool is_footnote(std::string_view s) {
  constexpr std::size_t kMaxMarkDigits = 3;
  if (s.size() < 4 || s[0] != '[') return false;
  std::size_t i = 1;
  while (i < s.size() && i <= kMaxMarkDigits && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '*')) ++i;
  return i > 1 && i < s.size() && s[i] == ']';
}

// Two to four capitalised words without connectors or digits: a person's name or title.
bool person_shaped(std::string_view label) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < label.size()) {
    while (i < label.size() && label[i] == ' ') ++i;
    std::size_t j = i;
    while (j < label.size() && label[j] != ' ') ++j;
    if (j > i) words.push_back(label.substr(i, j - i));
    i = j;
  }
  if (words.size() < 2 || words.size() > 4) return false;
  for (std::string_view w : words) {
    int len;
    char32_t c = decode(w, 0, &len);
    if (w.front() == '#' || w.front() == '(') continue;  // "PERSON #1", "(D)"
    if (!is_upper(c)) return false;
  }
  return true;
}

// A line that is only a person's name, as a hearing transcript heads a witness's evidence: "2. Mr Tomas
// Ferreira", "MR TOMAS FERREIRA (sworn).": a number, a final point and a parenthesis aside, a
// person-shaped name.
bool name_line(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i > 0 && i + 1 < s.size() && s[i] == '.' && s[i + 1] == ' ') s.remove_prefix(i + 2);
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  if (!s.empty() && s.back() == ')') {
    std::size_t open = s.rfind('(');
    if (open == std::string_view::npos) return false;
    s = s.substr(0, open);
  }
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s.find_first_of("0123456789.,:;!?\"") == std::string_view::npos && person_shaped(s);
}

std::uint64_t hash_bytes(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

struct Para {
  std::string_view text;
  bool eligible = false;  // a narrative paragraph: may become a turn
  MarkerShape shape;
  int key = -1;           // label key
  bool accepted = false;  // the label is a speaker's
  bool question = false;
  bool short_question = false;
  bool long_question_ok = false;  // a question of at most kQuestionWords words
  bool request = false;           // "Tell me about your grandmother.": a question put as a request
  bool intro = false;
  int intro_index = -1;  // into intros_
  bool editorial = false;
  bool footnote = false;  // "[1] ...": the notes after the interview begin
  bool question_dek = false;  // a subtitle that is a question: a turn if the unlabelled turns start there
  bool reclaim = false;    // a subtitle that opens with a label: a turn if the label is a speaker's  // "This interview has been edited for length and clarity."
  bool pull_quote = false;
  bool caption = false;
  bool furniture = false;  // "Note: ...": neither a turn nor the end of one
  bool asking_label = false;  // "TIME: ...?" again and again: a note's word that asks is an outlet
  int group = -1;          // the speaker group assigned
  bool dash_turn = false;  // the speaker came from a dash marker
};

struct Key {
  std::string key;
  std::string surface;  // the first form seen, as written
  int parent;
  int count = 0;        // paragraphs opening with this label
  int role = 0;         // from a role word, a role suffix or the options
  bool decisive = false;
  bool declared_interviewer = false;
  bool declared_guest = false;
  bool author = false;   // a byline name
  bool generic = false;  // "Q", "Answer", "Host": a role word, not a name
};

struct Group {
  std::string name;
  std::vector<std::string> labels;
  std::unordered_set<std::string> label_set;  // the labels, for de-duplication
  std::string description;
  std::string surname;  // last word of a multi-word name, as written in the display name
  int role = 0;
  bool decisive = false;
  bool declared_interviewer = false;
  bool declared_guest = false;
  bool author = false;
  bool generic_only = true;
  bool labeled = false;  // has paragraphs with an accepted label
  int count = 0;
  int asks = 0, answers = 0, self_intro = 0;
  int hands_over = 0;  // turns followed by an anonymous asker's ("Question:") turn
  int questions = 0;  // labelled paragraphs that end with a question mark
  bool first = false;
  bool joined_anonymous = false;  // an anonymous label ("A.", "Q.") joined this named speaker
  int speaker = -1;  // index into doc.speakers
};

class Segmenter {
 public:
  Segmenter(Context& ctx, const Options& options) : ctx_(ctx), options_(options), doc_(ctx.doc) {}

  void run() {
    const std::size_t n = doc_.paragraphs.size();
    ctx_.markers.assign(n, ByteRange{});
    for (std::size_t i = 0; i < n; ++i) {
      auto s = static_cast<std::uint32_t>(doc_.paragraphs[i].start);
      ctx_.markers[i] = {s, s};
    }
    doc_.speakers.clear();
    doc_.turns.clear();
    if (n == 0) return;
    read_paragraphs();
    reclaim_asking_labels();
    find_point_intros();
    find_pull_quotes();
    register_labels();
    declare_names();
    merge_keys();
    merge_title_labels();
    build_groups();
    accept_labels();
    decide_dash_mode();
    gather_role_evidence();
    decide_roles();
    join_anonymous_labels();
    choose_dash_speakers();
    decide_unprefixed();
    find_captions();
    walk();
    release_closing_narration();
    claim_opening_statement();
    claim_headed_statement();
    name_anonymous_guest();
    emit();
  }

 private:
  // ---- 1. paragraphs and markers ---------------------------------------------------------------
  void read_paragraphs() {
    const auto& ps = doc_.paragraphs;
    paras_.resize(ps.size());
    for (std::size_t i = 0; i < ps.size(); ++i) {
      Para& p = paras_[i];
      p.text = ctx_.text.substr(ps[i].start, ps[i].end - ps[i].start);
      p.eligible = ps[i].kind == Kind::kNarrative;
      // A first turn right under the headline can pass for a subtitle ("MS. JEAN-PIERRE: Good
      // afternoon", "Q. Why now?"): it is reclaimed when its label proves to be a speaker's.
      if (ps[i].kind == Kind::kSubtitle) {
        MarkerShape shape = detect_marker(p.text);
        if (shape.type == MarkerType::kLabel) {
          p.eligible = true;
          p.reclaim = true;
        }
        // "Why did the ruble fall?" under the headline: the first question of an unlabelled interview,
        // reclaimed when the unlabelled turns start there (decide_unprefixed).
        if (shape.type == MarkerType::kNone && ends_with_question(p.text)) {
          p.eligible = true;
          p.reclaim = true;
          p.question_dek = true;
        }
      }
      if (!p.eligible) continue;
      // An intro sentence ends with a colon and may look like a long label
      // ("Maria Lopez, a marine biologist, told SP:"): it is narration.
      if (ends_with_colon(p.text)) {
        Intro intro;
        if (parse_intro(p.text, &intro)) {
          p.intro = true;
          p.intro_index = static_cast<int>(intros_.size());
          intros_.push_back({i, intro});
        }
      }
      if (!p.intro) p.shape = detect_marker(p.text);
      p.editorial = p.shape.type == MarkerType::kNone && is_editorial_note(p.text);
      p.footnote = p.shape.type == MarkerType::kNone && is_footnote(p.text);
      std::string_view body = p.text.substr(std::min(p.shape.length, p.text.size()));
      p.question = ends_with_question(body);
      static_assert(kShortQuestionWords <= kQuestionWords);
      std::size_t words = count_words(body, kQuestionWords);
      p.short_question = p.question && words <= kShortQuestionWords;
      p.long_question_ok = p.question && words <= kQuestionWords;
      p.request = !p.question && words <= kShortQuestionWords && is_request(body);
      if (p.shape.type == MarkerType::kLabel && is_furniture_label(p.shape.name)) p.furniture = true;
    }
  }

  // "TIME: How did it start?" ... "TIME: And then?": a label in capitals that is a note's word
  // ("Time:", "Update:") but opens question after question is an outlet asking, not a note.
  void reclaim_asking_labels() {
    constexpr int kMinUses = 2;
    struct Uses {
      int count = 0, questions = 0;
    };
    std::unordered_map<std::string, Uses> uses;
    for (const Para& p : paras_)
      if (p.furniture && label_case(p.shape.name) == LabelCase::kAllCaps) {
        Uses& u = uses[normalize_label(p.shape.name)];
        u.count++;
        u.questions += p.question;
      }
    if (uses.empty()) return;
    for (std::size_t i = 0; i < paras_.size(); ++i) {
      Para& p = paras_[i];
      if (!p.furniture || label_case(p.shape.name) != LabelCase::kAllCaps) continue;
      const Uses& u = uses[normalize_label(p.shape.name)];
      if ((u.count >= kMinUses && u.questions == u.count) || (p.question && answered_under_a_name(i))) {
        p.furniture = false;
        p.asking_label = true;
      }
    }
  }

  // "TIME: What did you learn?" then "Paul Smith: That patience pays.": the next eligible paragraph
  // answers under a person's label, not a note's, and asks nothing back (the outlet labels only the
  // first exchange).
  bool answered_under_a_name(std::size_t i) const {
    for (std::size_t j = i + 1; j < paras_.size(); ++j) {
      const Para& q = paras_[j];
      if (!q.eligible) continue;
      return !q.furniture && !q.question && q.shape.type == MarkerType::kLabel && !q.shape.short_form &&
             label_case(q.shape.name) == LabelCase::kNameLike && person_shaped(q.shape.name) &&
             !is_non_speaker_label(q.shape.name);
    }
    return false;
  }

  // "We spoke with Andrei Morozov, a researcher at the museum." right before an unmarked first
  // question: an intro that ends with a point (its last sentence is read).
  void find_point_intros() {
    // Only before the interview's first question: inside an answer, "I spoke with John Smith, the
    // director." is the guest speaking.
    std::size_t first_question = paras_.size();
    for (std::size_t i = 0; i < paras_.size() && first_question == paras_.size(); ++i)
      if (paras_[i].eligible && paras_[i].long_question_ok && paras_[i].shape.type != MarkerType::kDash)
        first_question = i;
    int next_question = -1;  // the next eligible paragraph, when it is an unmarked question
    bool added = false;
    for (std::size_t i = paras_.size(); i-- > 0;) {
      Para& p = paras_[i];
      // A dek may be the intro: "We spoke with Andrew Moore, a researcher at the museum."
      bool dek = doc_.paragraphs[i].kind == Kind::kSubtitle && !p.reclaim;
      if ((!p.eligible && !dek) || p.pull_quote || p.furniture) continue;
      if (next_question >= 0 && static_cast<std::size_t>(next_question) == first_question && !p.intro &&
          p.shape.type == MarkerType::kNone && !p.question && p.text.size() <= 2000) {
        std::string_view t = p.text;
        std::size_t cut = 0;
        for (std::size_t k = 0; k + 2 < t.size(); ++k)
          if ((t[k] == '.' || t[k] == '?' || t[k] == '!') && t[k + 1] == ' ') cut = k + 2;
        Intro intro;
        if (parse_intro_sentence(t.substr(cut), &intro)) {
          p.intro = true;
          intros_.push_back({i, intro});
          added = true;
        }
      }
      // The interview starts with a question, marked ("Корреспондент: ...?") or not.
      next_question = (p.long_question_ok && (p.shape.type != MarkerType::kDash)) ? static_cast<int>(i) : -1;
    }
    if (!added) return;
    std::sort(intros_.begin(), intros_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t k = 0; k < intros_.size(); ++k) paras_[intros_[k].first].intro_index = static_cast<int>(k);
  }

  // A pull quote repeats the start of a sentence printed elsewhere in the article
  // ("”BRICS is a key element ..."): page furniture, not a turn.
  void find_pull_quotes() {
    std::unordered_map<std::uint64_t, std::int64_t> seen;  // window hash -> paragraph, or -2 for several
    auto add = [&](std::string_view s, std::size_t at, std::size_t i) {
      if (at + kPullQuoteWindow > s.size()) return;
      std::uint64_t h = hash_bytes(s.substr(at, kPullQuoteWindow));
      auto [it, fresh] = seen.emplace(h, static_cast<std::int64_t>(i));
      if (!fresh && it->second != static_cast<std::int64_t>(i)) it->second = -2;
    };
    bool any_quote_start = false;
    for (const Para& p : paras_) {
      if (!p.eligible || p.text.empty()) continue;
      int len;
      if (is_open_quote(decode(p.text, 0, &len)) || is_close_quote(decode(p.text, 0, &len))) any_quote_start = true;
    }
    if (!any_quote_start) return;
    for (std::size_t i = 0; i < paras_.size(); ++i) {
      const Para& p = paras_[i];
      if (!p.eligible) continue;
      std::string_view t = p.text;
      add(t, 0, i);
      if (p.shape.length > 0) add(t, p.shape.length, i);
      for (std::size_t k = 0; k + 2 < t.size(); ++k)
        if ((t[k] == '.' || t[k] == '?' || t[k] == '!') && t[k + 1] == ' ') add(t, k + 2, i);
    }
    for (std::size_t i = 0; i < paras_.size(); ++i) {
      Para& p = paras_[i];
      if (!p.eligible || p.text.empty()) continue;
      int len;
      char32_t c = decode(p.text, 0, &len);
      if (!is_open_quote(c) && !is_close_quote(c)) continue;
      std::size_t at = static_cast<std::size_t>(len);
      while (at < p.text.size() && p.text[at] == ' ') ++at;
      if (at + kPullQuoteWindow > p.text.size()) continue;
      auto it = seen.find(hash_bytes(p.text.substr(at, kPullQuoteWindow)));
      if (it != seen.end() && (it->second == -2 || it->second != static_cast<std::int64_t>(i))) p.pull_quote = true;
    }
  }

  // ---- 2. the speaker registry -------------------------------------------------------------------
  int key_of(const std::string& k, std::string_view surface) {
    auto [it, fresh] = key_index_.emplace(k, static_cast<int>(keys_.size()));
    if (fresh) {
      Key key;
      key.key = k;
      key.surface = std::string(surface);
      key.parent = it->second;
      keys_.push_back(std::move(key));
    }
    return it->second;
  }

  int find(int k) {
    while (keys_[k].parent != k) {
      keys_[k].parent = keys_[keys_[k].parent].parent;
      k = keys_[k].parent;
    }
    return k;
  }
  // Makes `into`'s root the root of `from`'s set.
  void unite(int from, int into) {
    int a = find(from), b = find(into);
    if (a != b) keys_[a].parent = b;
  }

  // The key of a label: the anonymous question and answer words share one key each.
  int label_key(std::string_view name, std::string_view suffix, std::string_view surface) {
    RoleWord rw = role_word(name);
    int k;
    if (is_follow_up(name)) {
      k = key_of("#follow", surface);
      keys_[k].generic = true;
      keys_[k].role = kInterviewer;
      return k;
    }
    std::string_view outlet = asking_outlet(name);
    if (!outlet.empty()) {  // "Q (Kompas)": the outlet asks, one speaker per outlet
      k = key_of(normalize_label(outlet), outlet);
      keys_[k].role = kInterviewer;
      return k;
    }
    if (rw == RoleWord::kQuestion) k = key_of("#q", surface);
    else if (rw == RoleWord::kAnswer) k = key_of("#a", surface);
    else k = key_of(normalize_label(name), surface);
    Key& key = keys_[k];
    if (rw != RoleWord::kNone) {
      key.generic = true;
      key.role = (rw == RoleWord::kQuestion || rw == RoleWord::kInterviewer) ? kInterviewer : kGuest;
    }
    RoleWord sr = suffix.empty() ? RoleWord::kNone : suffix_role(suffix);
    if (sr != RoleWord::kNone) key.role = sr == RoleWord::kGuest ? kGuest : kInterviewer;
    return k;
  }

  void register_labels() {
    for (Para& p : paras_) {
      if (!p.eligible || p.shape.type != MarkerType::kLabel || p.furniture) continue;
      LabelCase lc = label_case(p.shape.name);
      if (lc == LabelCase::kOther && role_word(p.shape.name) == RoleWord::kNone && !user_label(p.shape.name) &&
          asking_outlet(p.shape.name).empty())
        continue;
      p.key = label_key(p.shape.name, p.shape.suffix, p.shape.name);
      keys_[p.key].count++;
      if (p.shape.short_form) (p.shape.name == "Q" ? short_q_ : short_a_)++;
    }
  }

  bool user_label(std::string_view name) const {
    std::string k = normalize_label(name);
    for (const auto& l : options_.interviewer_labels)
      if (normalize_label(l) == k) return true;
    for (const auto& l : options_.guest_labels)
      if (normalize_label(l) == k) return true;
    return false;
  }

  // Names declared before the interview: header guests, the intro sentence, the user's labels.
  void declare_names() {
    // The article's author, when he speaks, is the one asking.
    for (const auto& a : doc_.meta.authors) {
      if (normalize_label(a).empty()) continue;
      keys_[key_of(normalize_label(a), a)].author = true;
    }
    for (const auto& g : doc_.meta.guests) {
      if (g.name.empty()) continue;
      int k = key_of(normalize_label(g.name), g.name);
      keys_[k].declared_guest = true;
    }
    for (const auto& [i, intro] : intros_) {
      int g = key_of(normalize_label(intro.guest), intro.guest);
      keys_[g].declared_guest = true;
      for (const auto& o : intro.others) keys_[key_of(normalize_label(o.name), o.name)].declared_guest = true;
      int longk = -1;
      if (!intro.interviewer.empty()) {
        longk = key_of(normalize_label(intro.interviewer), intro.interviewer);
        keys_[longk].declared_interviewer = true;
      }
      if (!intro.interviewer_abbr.empty()) {
        int a = key_of(normalize_label(intro.interviewer_abbr), intro.interviewer_abbr);
        keys_[a].declared_interviewer = true;
        if (longk >= 0) unite(a, longk);
      }
    }
    for (const auto& l : options_.interviewer_labels) {
      if (normalize_label(l).empty()) continue;
      int k = label_key(l, {}, l);
      keys_[k].role = kInterviewer;
      keys_[k].decisive = true;
    }
    for (const auto& l : options_.guest_labels) {
      if (normalize_label(l).empty()) continue;
      int k = label_key(l, {}, l);
      keys_[k].role = kGuest;
      keys_[k].decisive = true;
    }
  }

  // Label forms of one person share a root: a longer form ending with a known
  // name, a surname (or "Mr Surname") of a unique full name.
  void merge_keys() {
    const std::size_t nk = keys_.size();
    std::vector<std::vector<std::string_view>> words(nk);
    for (std::size_t k = 0; k < nk; ++k) {
      if (keys_[k].generic) continue;
      words[k] = split_words(strip_honorific(keys_[k].key));
    }
    // "president of russia vladimir putin" -> "vladimir putin" (the longest known proper suffix).
    for (std::size_t k = 0; k < nk; ++k) {
      const auto& w = words[k];
      if (w.size() < 3) continue;
      std::string_view full = strip_honorific(keys_[k].key);
      for (std::size_t j = 1; j + 2 <= w.size(); ++j) {
        std::string_view suffix = full.substr(static_cast<std::size_t>(w[j].data() - full.data()));
        auto it = key_index_.find(std::string(suffix));
        if (it != key_index_.end() && !keys_[it->second].generic && it->second != static_cast<int>(k)) {
          unite(static_cast<int>(k), it->second);
          break;
        }
      }
    }
    // Honorific forms: "mr price" -> "price" when "price" is a key.
    for (std::size_t k = 0; k < nk; ++k) {
      if (keys_[k].generic) continue;
      std::string_view stripped = strip_honorific(keys_[k].key);
      if (stripped.size() == keys_[k].key.size()) continue;
      auto it = key_index_.find(std::string(stripped));
      if (it != key_index_.end() && it->second != static_cast<int>(k)) unite(static_cast<int>(k), it->second);
    }
    // Surnames: one root per last word, or ambiguous.
    std::unordered_map<std::string_view, int> by_last;  // last word -> root, -1 when several
    for (std::size_t k = 0; k < nk; ++k) {
      if (words[k].size() < 2) continue;
      int root = find(static_cast<int>(k));
      auto [it, fresh] = by_last.emplace(words[k].back(), root);
      if (!fresh && it->second != root) it->second = -1;
    }
    for (std::size_t k = 0; k < nk; ++k) {
      if (words[k].size() != 1) continue;
      auto it = by_last.find(words[k][0]);
      if (it != by_last.end() && it->second >= 0) unite(static_cast<int>(k), it->second);
    }
    // The anonymous "A:" is the one declared guest; "Q:" the one declared interviewer.
    auto single_declared = [&](bool guest) {
      int root = -1;
      for (std::size_t k = 0; k < nk; ++k) {
        bool d = guest ? keys_[k].declared_guest : keys_[k].declared_interviewer;
        if (!d) continue;
        int r = find(static_cast<int>(k));
        if (root >= 0 && r != root) return -2;
        root = r;
      }
      return root;
    };
    int dg = single_declared(true), di = single_declared(false);
    auto a = key_index_.find("#a");
    if (a != key_index_.end() && dg >= 0) unite(a->second, dg);
    // "Guest:" / "Interviewee:" is the one declared guest too.
    for (std::size_t k = 0; k < nk && dg >= 0; ++k)
      if (keys_[k].generic && keys_[k].role == kGuest && keys_[k].key != "#a" && find(static_cast<int>(k)) != dg &&
          !keys_[k].declared_guest)
        unite(static_cast<int>(k), dg);
    auto q = key_index_.find("#q");
    if (q != key_index_.end() && di >= 0) unite(q->second, di);
  }

  // A label that is only a title ("Spokesperson:", "THE PRESIDENT:", "Press Secretary:") is the person
  // who also speaks under a name label when the article names exactly one person with that title
  // ("Foreign Ministry Spokesperson Lin Jian's Regular Press Conference"): one scan of the text for
  // the titles' last words, made only when such a label exists.
  static bool title_label_word(std::string_view w) {
    if (is_title_word(w)) return true;
    for (std::string_view t : {"spokesperson", "spokesman", "spokeswoman", "press", "official", "representative",
                               "envoy", "chancellor", "premier", "commissioner", "chair", "head", "leader"})
      if (w == t) return true;
    return false;
  }

  void merge_title_labels() {
    std::unordered_map<std::string, std::vector<int>> by_last;  // a title label's last word -> its keys
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      const Key& key = keys_[k];
      if (key.generic || key.count == 0) continue;
      std::vector<std::string_view> w = split_words(key.key);
      if (w.empty() || w.size() > 3 || w.back() == "the" || !is_title_key(static_cast<int>(k))) continue;
      by_last[std::string(w.back())].push_back(static_cast<int>(k));
    }
    if (by_last.empty()) return;
    // Per title key: the name first seen after the title and its root; ambiguous once another name follows it.
    struct Named {
      std::string name;
      int root = -1;
      bool ambiguous = false;
    };
    std::unordered_map<int, Named> named;
    for (const Para& p : paras_) {
      std::vector<std::string_view> words = split_words(p.text);
      for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        std::string_view w = words[i];
        if (w.back() == ':') continue;  // "Spokesperson:" opens a turn; it names nobody
        auto it = by_last.find(lowercase(w));
        if (it == by_last.end()) continue;
        // The capitalised run after the title, up to three words; a possessive or punctuation ends it.
        std::string name;
        for (std::size_t j = i + 1; j < words.size() && j <= i + 3; ++j) {
          std::string_view x = words[j];
          int len;
          if (!is_upper(decode(x, 0, &len))) break;
          std::string_view core = first_word(x);
          if (core.empty()) break;
          if (!name.empty()) name += ' ';
          name += core;
          if (core.size() != x.size()) break;  // "Jian's", "Price,"
        }
        if (name.empty()) continue;
        std::string nk = normalize_label(name);
        auto found = key_index_.find(nk);
        int root = found != key_index_.end() && !keys_[found->second].generic ? find(found->second) : -1;
        for (int t : it->second) {
          auto [slot, fresh] = named.emplace(t, Named{nk, root, false});
          if (!fresh && slot->second.name != nk) slot->second.ambiguous = true;  // two people bear the title
        }
      }
    }
    for (const auto& [t, n] : named)
      if (!n.ambiguous && n.root >= 0 && n.root != find(t) && !is_title_key(n.root)) unite(t, n.root);
  }

  bool is_title_key(int k) const {
    for (std::string_view x : split_words(keys_[k].key))
      if (!title_label_word(x)) return false;
    return true;
  }

  void build_groups() {
    group_of_key_.assign(keys_.size(), -1);
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      int r = find(static_cast<int>(k));
      if (group_of_key_[r] < 0) {
        group_of_key_[r] = static_cast<int>(groups_.size());
        groups_.emplace_back();
        const Key& root = keys_[r];
        groups_.back().name = root.generic ? root.surface : display_name(root.surface);
      }
      group_of_key_[k] = group_of_key_[r];
    }
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      Group& g = groups_[group_of_key_[k]];
      const Key& key = keys_[k];
      g.count += key.count;
      g.declared_guest = g.declared_guest || key.declared_guest;
      g.declared_interviewer = g.declared_interviewer || key.declared_interviewer;
      g.author = g.author || key.author;
      g.generic_only = g.generic_only && key.generic;
      if (key.role != 0 && (!g.decisive || key.decisive)) {
        if (key.decisive || g.role == 0) g.role = key.role;
        g.decisive = g.decisive || key.decisive;
      }
    }
    // Declared interviewer forms are labels even when the text never uses them as a prefix:
    // the long form, then its abbreviation, as the intro declares them.
    for (const auto& [i, intro] : intros_)
      for (const std::string& form : {intro.interviewer, intro.interviewer_abbr}) {
        if (form.empty()) continue;
        auto it = key_index_.find(normalize_label(form));
        if (it != key_index_.end()) add_label(groups_[group_of_key_[it->second]], form);
      }
    // A named group (a person) is named by its root's form; a group whose root is generic ("Q") keeps it.
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      if (find(static_cast<int>(k)) != static_cast<int>(k)) continue;
      Group& g = groups_[group_of_key_[k]];
      std::vector<std::string_view> w = split_words(g.name);
      if (w.size() >= 2 && !keys_[k].generic) g.surname = std::string(w.back());
    }
  }

  static void add_label(Group& g, std::string_view label) {
    if (g.label_set.emplace(label).second) g.labels.emplace_back(label);
  }

  int group(const Para& p) const { return p.key < 0 ? -1 : group_of_key_[p.key]; }

  // ---- 3. evidence: which labels are speakers --------------------------------------------------
  bool strong_label(const Para& p) const {
    const Group& g = groups_[group(p)];
    const Key& k = keys_[p.key];
    if (p.shape.short_form) {
      if (p.shape.name == "Q") return short_q_ >= 2 || short_a_ >= 1 || keys_[p.key].count > short_q_;
      return count_of("#q") >= 1;
    }
    if (k.generic || k.role != 0 || g.decisive || g.declared_interviewer || g.declared_guest) return true;
    LabelCase lc = label_case(p.shape.name);
    bool non_speaker = is_non_speaker_label(p.shape.name) && !p.asking_label;
    if (non_speaker) return false;
    if (lc == LabelCase::kAllCaps && (!p.shape.suffix.empty() || g.count >= 2)) return true;
    if (lc == LabelCase::kNameLike && g.count >= 2) return true;
    return false;
  }

  int count_of(const std::string& key) const {
    auto it = key_index_.find(key);
    return it == key_index_.end() ? 0 : keys_[it->second].count;
  }

  void accept_labels() {
    const std::size_t n = paras_.size();
    for (Para& p : paras_)
      if (p.eligible && p.key >= 0) p.accepted = strong_label(p);
    // One-off labels inside an interview: "China Daily: ...?" at a briefing, "UNIDENTIFIED PERSON:".
    std::vector<int> prev(n, -1), next(n, -1);
    int last = -1;
    for (std::size_t i = 0; i < n; ++i) {
      prev[i] = last;
      if (paras_[i].accepted) last = static_cast<int>(i);
    }
    last = -1;
    for (std::size_t i = n; i-- > 0;) {
      next[i] = last;
      if (paras_[i].accepted) last = static_cast<int>(i);
    }
    for (std::size_t i = 0; i < n; ++i) {
      Para& p = paras_[i];
      if (!p.eligible || p.key < 0 || p.accepted || p.shape.short_form) continue;
      LabelCase lc = label_case(p.shape.name);
      if ((lc != LabelCase::kAllCaps && lc != LabelCase::kNameLike) || is_non_speaker_label(p.shape.name)) continue;
      bool inside = prev[i] >= 0 && next[i] >= 0;
      // "SP: question?" answered by a dash paragraph.
      bool dash_answer = false;
      if (p.question)
        for (std::size_t j = i + 1; j < n; ++j) {
          if (!paras_[j].eligible) continue;
          dash_answer = paras_[j].shape.type == MarkerType::kDash;
          break;
        }
      if (dash_answer) {
        p.accepted = true;
        continue;
      }
      bool asks_after = prev[i] >= 0 && static_cast<int>(i) - prev[i] <= 3 && p.question;
      // Inside an interview a one-off label is a speaker when it asks, or when it looks like a
      // person ("UNIDENTIFIED PERSON", "Maria Lopez"), not a topic ("Russia and China:", "NATO:").
      if (inside && !p.question && !person_shaped(p.shape.name)) inside = false;
      if (inside || asks_after) p.accepted = true;
    }
    accept_exchanges();
    for (Para& p : paras_)
      if (p.accepted) {
        any_label_ = true;
        Group& g = groups_[group(p)];
        g.labeled = true;
        add_label(g, p.shape.label);
      }
  }

  // A label that may name a speaker on its first use: capitals ("AA", "IVAN PETROV") or a person's
  // name ("Senator Black"), not a note or a topic.
  bool speaker_shaped_label(const Para& p) const {
    if (!p.eligible || p.key < 0 || p.shape.short_form || (is_non_speaker_label(p.shape.name) && !p.asking_label))
      return false;
    LabelCase lc = label_case(p.shape.name);
    return lc == LabelCase::kAllCaps || (lc == LabelCase::kNameLike && person_shaped(p.shape.name));
  }

  // An exchange under labels used once each: "IVAN PETROV: The ministry refused. Why?" then "OLGA
  // SMIRNOVA: It is not surprising." A labelled question (or a turn put to "you") answered at once under
  // another speaker's label makes both labels speakers from their first use (an excerpt of a briefing or
  // a hearing).
  void accept_exchanges() {
    int prev = -1;  // the previous eligible paragraph
    for (std::size_t i = 0; i < paras_.size(); ++i) {
      Para& p = paras_[i];
      if (!p.eligible) continue;
      if (prev >= 0) {
        Para& q = paras_[prev];
        // The question may be under a label already known to be a speaker's ("Futurism:", "TIME:").
        // A hearing's member may put it without a question mark, but speaks to the witness: "In your
        // remarks you say ... Help me with this." (The labels are checked first: reading q's words for
        // "you" costs a pass over the paragraph, and most paragraphs have no label.)
        if (!p.question && q.key != p.key && (q.accepted || speaker_shaped_label(q)) && speaker_shaped_label(p) &&
            (q.question || q.request || second_person(q.text))) {
          q.accepted = true;
          p.accepted = true;
        }
      }
      prev = static_cast<int>(i);
    }
  }

  // Dashes are speaker markers when the article is an interview: labels elsewhere,
  // a dash question, or an intro sentence ending with a colon right before.
  void decide_dash_mode() {
    int dashes = 0, dash_questions = 0, quoted = 0;
    int first = -1, prev_eligible = -1;
    for (std::size_t i = 0; i < paras_.size(); ++i) {
      Para& p = paras_[i];
      if (!p.eligible) continue;
      if (p.shape.type == MarkerType::kDash && has_dash_attribution(p.text.substr(p.shape.length))) {
        // "— We are ready, — Peskov said.": a quotation in the Russian manner, not a turn.
        p.shape = MarkerShape{};
      }
      if (p.shape.type == MarkerType::kDash) {
        ++dashes;
        dash_questions += p.question;
        long_dash_ = long_dash_ || sentences(p.text) >= 2;
        if (first < 0) first = static_cast<int>(i);
        // "Peskov said:" then "— ...": a quotation introduced by the narration.
        if (prev_eligible >= 0 && !paras_[prev_eligible].intro && !paras_[prev_eligible].accepted &&
            ends_with_colon(paras_[prev_eligible].text))
          ++quoted;
      }
      prev_eligible = static_cast<int>(i);
    }
    if (dashes == 0) return;
    bool parsed_intro = false;
    for (const auto& [i, intro] : intros_) parsed_intro = parsed_intro || static_cast<int>(i) < first;
    if (!any_label_ && !parsed_intro && 2 * quoted >= dashes) return;  // quotations in a news story
    // An intro right before the first dash: a parsed introduction, or a colon followed by dash
    // paragraphs of several sentences (a bulleted list after "The plan includes:" has short items).
    bool intro_before = false;
    for (int j = first - 1; j >= 0; --j) {
      if (!paras_[j].eligible) continue;
      intro_before = paras_[j].intro || (ends_with_colon(paras_[j].text) && long_dash_);
      break;
    }
    // Dialogue made of dashes only: several, with answers of more than one sentence, and most of
    // the paragraphs from the first dash on.
    int eligible_after = 0;
    for (std::size_t i = static_cast<std::size_t>(first); i < paras_.size(); ++i) eligible_after += paras_[i].eligible;
    bool dialogue = dashes >= 2 && long_dash_ && 2 * dashes >= eligible_after;
    dash_on_ = any_label_ || (dashes >= 2 && dash_questions >= 1) || intro_before || dialogue;
  }

  // ---- 4. evidence: which side each speaker is on ----------------------------------------------
  void gather_role_evidence() {
    constexpr int kDash = -2;
    int prev = -3;
    bool prev_question = false;
    bool first_done = false;
    for (const Para& p : paras_) {
      if (!p.eligible || p.pull_quote || p.furniture) continue;
      int tok = -3;
      if (p.accepted) tok = group(p);
      else if (dash_on_ && p.shape.type == MarkerType::kDash) tok = kDash;
      if (tok != -3) {
        if (prev != -3 && tok != prev && prev_question) {
          if (prev >= 0) groups_[prev].asks++;
          if (tok >= 0) groups_[tok].answers++;
        }
        // "Dmitry Peskov: Let's start with questions." then "Question: ...": a moderator hands the
        // floor to the askers.
        if (prev >= 0 && tok >= 0 && tok != prev && groups_[tok].role == kInterviewer && groups_[tok].generic_only)
          groups_[prev].hands_over++;
        if (!first_done && tok >= 0) groups_[tok].first = true;
        first_done = true;
        if (tok >= 0) {
          self_introduction(p, groups_[tok]);
          groups_[tok].questions += p.question;
        }
        prev = tok;
      }
      // What an anonymous asker ("Q", "Question") says is a question whatever its punctuation ("Q    Check
      // out opensecrets.org."): the named speaker who takes the floor after it answers.
      if (prev != -3) prev_question = p.question || (tok >= 0 && groups_[tok].role == kInterviewer && groups_[tok].generic_only);
    }
  }

  // "I'm Keith Romer", "This is NPR. I'm Nick Fountain": hosts introduce themselves.
  static void self_introduction(const Para& p, Group& g) {
    if (g.surname.empty()) return;
    std::string_view t = p.text;
    for (std::string_view cue : {"I'm ", "I’m ", "I am ", "This is "}) {
      for (std::size_t k = t.find(cue); k != std::string_view::npos; k = t.find(cue, k + 1)) {
        std::string_view after = t.substr(k + cue.size(), kSelfIntroWindow);
        if (lowercase(after).find(lowercase(g.surname)) != std::string::npos) {
          g.self_intro++;
          return;
        }
      }
    }
  }

  void decide_roles() {
    bool any_interviewer = false;
    std::vector<bool> pending(groups_.size(), false);
    for (std::size_t i = 0; i < groups_.size(); ++i) {
      Group& g = groups_[i];
      if (g.decisive || g.role != 0) {
        // role words and suffixes
      } else if (g.declared_interviewer) {
        g.role = kInterviewer;
      } else if (g.declared_guest) {
        g.role = kGuest;
      } else if (g.author) {
        g.role = kInterviewer;
      } else {
        int score = 2 * g.asks - 2 * g.answers + 3 * std::min(g.self_intro, 1) + (g.answers == 0 && g.hands_over >= 2);
        if (score > 0) g.role = kInterviewer;
        else if (score < 0) g.role = kGuest;
        else pending[i] = true;
      }
      if (g.role == kInterviewer && g.labeled) any_interviewer = true;
    }
    int labeled_groups = 0;
    for (const Group& g : groups_) labeled_groups += g.labeled;
    for (std::size_t i = 0; i < groups_.size(); ++i) {
      if (!pending[i]) continue;
      Group& g = groups_[i];
      // The first of several speakers, with no interviewer known, asks; everyone else answers.
      // A speaker who mostly asks, or the first of several, when no interviewer is known.
      bool asks = 2 * g.questions >= g.count && g.questions > 0;
      g.role = (!any_interviewer && (asks || (g.first && labeled_groups >= 2))) ? kInterviewer : kGuest;
      if (g.role == kInterviewer) any_interviewer = true;
    }
  }

  // "A:" is the one named speaker who answers under a label ("Zhou Minhao:", "Spokesperson:", then "A:"),
  // and "Q." the byline's author when he is the one named speaker who asks: a piece that switches from
  // Q./A. to name prefixes, a briefing that abbreviates. Several named answerers keep "A:" apart.
  void join_anonymous_labels() {
    for (int role : {kGuest, kInterviewer}) {
      int named = -1;
      std::vector<int> anonymous;
      for (std::size_t i = 0; i < groups_.size(); ++i) {
        const Group& g = groups_[i];
        if (!g.labeled || g.role != role) continue;
        if (g.generic_only) {
          anonymous.push_back(static_cast<int>(i));
        } else if (named == -1) {
          named = static_cast<int>(i);
        } else {
          named = -2;
        }
      }
      if (named < 0 || anonymous.empty() || (role == kInterviewer && !groups_[named].author)) continue;
      for (int a : anonymous) merge_group(a, named);
    }
  }

  // Every key of group `from` now belongs to `into`; `from` stays behind empty, with no role.
  void merge_group(int from, int into) {
    for (int& g : group_of_key_)
      if (g == from) g = into;
    Group& a = groups_[from];
    Group& b = groups_[into];
    for (const std::string& l : a.labels) add_label(b, l);
    b.count += a.count;
    b.asks += a.asks;
    b.answers += a.answers;
    b.questions += a.questions;
    b.first = b.first || a.first;
    b.joined_anonymous = true;
    a = Group{};
  }

  int new_group(const std::string& name, int role) {
    groups_.emplace_back();
    groups_.back().name = name;
    groups_.back().role = role;
    return static_cast<int>(groups_.size()) - 1;
  }

  // The group the unmarked side stands for: the one declared guest or interviewer, else a
  // generic speaker.
  void choose_dash_speakers() {
    int li = 0, lg = 0;
    for (const Para& p : paras_) {
      if (!p.accepted) continue;
      (groups_[group(p)].role == kInterviewer ? li : lg)++;
    }
    if (li > 0 && lg == 0) dash_side_ = kGuest;
    else if (lg > 0 && li == 0) dash_side_ = kInterviewer;
    else dash_side_ = 0;  // alternate
    unlabelled_side_ = dash_side_;
    if (!dash_on_ || li > 0 || lg > 0) return;
    // No labels: dashes alternate, unless the questions stand unmarked between dash answers
    // (every dash is the guest's) or every dash asks and the answers are unmarked.
    int dashes = 0, dash_questions = 0, unmarked_questions = 0, unmarked_other = 0;
    bool seen_dash = false;
    for (const Para& p : paras_) {
      if (!p.eligible || p.intro || p.pull_quote || p.furniture) continue;
      if (p.shape.type == MarkerType::kDash) {
        seen_dash = true;
        ++dashes;
        dash_questions += p.question;
      } else if (seen_dash) {
        (p.short_question ? unmarked_questions : unmarked_other)++;
      }
    }
    if (dash_questions == 0 && unmarked_questions >= 1) dash_side_ = kGuest;
    else if (dash_questions == dashes && dashes >= 2 && unmarked_other >= 1) dash_side_ = kInterviewer;
  }

  int declared_group(int role) const {
    int found = -1;
    for (std::size_t i = 0; i < groups_.size(); ++i) {
      const Group& g = groups_[i];
      bool d = role == kGuest ? (g.declared_guest && g.role == kGuest) : (g.declared_interviewer && g.role == kInterviewer);
      if (!d) continue;
      if (found >= 0) return -2;
      found = static_cast<int>(i);
    }
    return found;
  }

  // The guest of the latest intro ("SP asked Jane Roe, ...:"), or -1.
  int intro_guest_group(std::size_t paragraph) const {
    int k = paras_[paragraph].intro_index;
    if (k < 0) return -1;
    auto it = key_index_.find(normalize_label(intros_[k].second.guest));
    if (it == key_index_.end()) return -1;
    int g = group_of_key_[it->second];
    return groups_[g].role == kGuest ? g : -1;
  }

  // The guest unlabelled paragraphs belong to now: the one the latest intro introduced, else
  // the article's one guest.
  int guest_now() { return intro_guest_ >= 0 ? intro_guest_ : implicit_guest(); }

  // The guest the unlabelled paragraphs belong to.
  int implicit_guest() {
    if (implicit_guest_ >= 0) return implicit_guest_;
    int d = declared_group(kGuest);
    if (d >= 0) return implicit_guest_ = d;
    // The only labelled guest, when there is one.
    int only = -1;
    for (std::size_t i = 0; i < groups_.size(); ++i)
      if (groups_[i].role == kGuest && groups_[i].labeled) {
        if (only >= 0) { only = -2; break; }
        only = static_cast<int>(i);
      }
    if (only >= 0 && dash_side_ != kGuest) return implicit_guest_ = only;
    return implicit_guest_ = new_group(doc_.meta.guests.size() == 1 ? doc_.meta.guests[0].name : "Guest", kGuest);
  }

  // The interviewer an unlabelled question belongs to.
  int implicit_interviewer() {
    if (implicit_interviewer_ >= 0) return implicit_interviewer_;
    int d = declared_group(kInterviewer);
    if (d >= 0) return implicit_interviewer_ = d;
    int best = -1;
    for (std::size_t i = 0; i < groups_.size(); ++i)
      if (groups_[i].role == kInterviewer && groups_[i].labeled && (best < 0 || groups_[i].count > groups_[best].count))
        best = static_cast<int>(i);
    if (best >= 0) return implicit_interviewer_ = best;
    return implicit_interviewer_ = new_group("Interviewer", kInterviewer);
  }

  // Style 5: no markers at all, questions alternating with answers.
  void decide_unprefixed() {
    if (any_label_ || dash_on_) return;
    int pairs = 0, questions = 0, you = 0;
    int first_answers = 0;  // answers in the first person after a question: "I was arrogant."
    int first_you = -1, last_eligible = -1, first_pair = -1;
    int first_answered = -1;  // the first question answered in the first person
    std::size_t intro_at = paras_.size();
    for (std::size_t i = 0; i < paras_.size(); ++i) {
      const Para& p = paras_[i];
      if (!p.eligible || p.pull_quote || p.furniture) continue;
      if (p.intro && intro_at == paras_.size()) intro_at = i;
      if (last_eligible >= 0) {
        const Para& q = paras_[last_eligible];
        if ((q.long_question_ok || q.request) && !p.question && !p.request) {
          ++pairs;
          if (first_pair < 0) first_pair = last_eligible;
          bool first_person = first_or_second_person(p.text) && !second_person(p.text);
          first_answers += first_person;
          if (first_person && first_answered < 0) first_answered = last_eligible;
        }
      }
      if (p.long_question_ok || p.request) {
        ++questions;
        if (second_person(p.text)) {
          ++you;
          if (first_you < 0) first_you = static_cast<int>(i);
        }
      }
      last_eligible = static_cast<int>(i);
    }
    bool with_intro = intro_at < paras_.size();
    // Questions put to someone, or answers in the first person (a column's rhetorical questions are
    // answered in the third person: "Part of the answer is ...").
    bool evidence = (you >= 2 && 2 * you >= questions) || (first_answers >= 2 && 3 * first_answers >= pairs);
    if (!((pairs >= 3 && evidence) || (with_intro && pairs >= 2))) return;
    // The interview starts at the first question put to someone or answered in the first person.
    int first_asked = first_you < 0 ? first_answered : first_answered < 0 ? first_you : std::min(first_you, first_answered);
    unprefixed_start_ = with_intro ? static_cast<int>(intro_at) + 1 : (first_asked >= 0 ? first_asked : first_pair);
    if (unprefixed_start_ < 0) unprefixed_start_ = static_cast<int>(paras_.size());
  }

  // Photo captions: "Standing firm: Prime Minister David Cameron poses with ...", and a short paragraph
  // that ends with a photo credit ("... on the quay in Bergen. Photograph by Lise Aune for The Review").
  void find_captions() {
    for (Para& p : paras_) {
      if (p.eligible && !p.accepted && !p.reclaim && p.shape.type == MarkerType::kNone && !p.question &&
          ends_with_photo_credit(p.text))
        p.caption = true;
      if (!p.eligible || p.reclaim || p.accepted || p.shape.type != MarkerType::kLabel || p.furniture ||
          p.shape.short_form)
        continue;
      std::string_view label = p.shape.label;
      LabelCase lc = label_case(label);
      std::size_t words = count_words(label);
      if (!(lc == LabelCase::kSentence || (lc == LabelCase::kNameLike && words <= 3))) continue;
      if (words > 4 || is_non_speaker_label(label) || p.key < 0 || groups_[group(p)].count > 1) continue;
      std::string_view body = p.text.substr(std::min(p.shape.length, p.text.size()));
      // A caption describes a picture in a few words or more ("A man cooks on an open fire in ...").
      std::size_t body_words = count_words(body);
      if (body.empty() || p.question || ends_with_sentence_mark(body) || body_words > 60 || body_words < 4) continue;
      int len;
      if (!is_upper(decode(body, 0, &len))) continue;
      p.caption = true;
    }
  }

  // ---- 5. the walk ------------------------------------------------------------------------------
  int side(int g) const { return g < 0 ? 0 : groups_[g].role; }

  // For each paragraph: the next paragraph that may speak opens with a dash.
  std::vector<bool> next_is_dash() const {
    std::vector<bool> out(paras_.size(), false);
    bool dash = false;
    for (std::size_t i = paras_.size(); i-- > 0;) {
      out[i] = dash;
      const Para& p = paras_[i];
      if (p.eligible && !p.pull_quote && !p.furniture) dash = p.shape.type == MarkerType::kDash;
    }
    return out;
  }

  // Declared guests by surname (lowercase), -1 when two share one; built once.
  std::unordered_map<std::string, int> guests_by_surname() const {
    std::unordered_map<std::string, int> by_word;
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g].role != kGuest || !groups_[g].declared_guest || groups_[g].surname.empty()) continue;
      auto [it, fresh] = by_word.emplace(lowercase(groups_[g].surname), static_cast<int>(g));
      if (!fresh && it->second != static_cast<int>(g)) it->second = -1;
    }
    return by_word;
  }

  // For each paragraph: the next paragraph that may speak opens with a speaker's marker.
  // "Why do we need a new format?" before "HOST: 00:04:11" and "So why do we need a new format?": a
  // short question whose words (of four letters or more) the next two paragraphs nearly all repeat is
  // a chapter heading of the transcript, not an unlabelled turn.
  bool echoed_heading(std::size_t i) const {
    constexpr std::size_t kMaxHeadingWords = 12, kMinWords = 3, kLookahead = 2;
    const Para& p = paras_[i];
    if (!p.question || count_words(p.text, kMaxHeadingWords) > kMaxHeadingWords) return false;
    std::string next;
    for (std::size_t j = i + 1, seen = 0; j < paras_.size() && seen < kLookahead; ++j) {
      if (!paras_[j].eligible) continue;
      next += lowercase(paras_[j].text);
      next += ' ';
      ++seen;
    }
    std::size_t words = 0, echoed = 0;
    for (std::string_view w : split_words(p.text)) {
      while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
      while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w.front()))) w.remove_prefix(1);
      if (w.size() < 4) continue;
      ++words;
      echoed += contains_word(next, lowercase(w));
    }
    return words >= kMinWords && 10 * echoed >= 8 * words;
  }

  // An unmarked short question inside a guest's answer is the guest's own, rhetorical, question, not the
  // interviewer cutting in, when the interviewer takes the floor under a label right after it (a
  // transcript labels each change of speaker, so the interviewer did not speak unlabelled just before),
  // or when it speaks in the first person and puts nothing to anyone ("Why do we insist on it?").
  bool guests_own_question(std::size_t i) const {
    const Para& p = paras_[i];
    if (first_or_second_person(p.text) && !second_person(p.text)) return true;
    for (std::size_t j = i + 1; j < paras_.size(); ++j) {
      const Para& n = paras_[j];
      if (!n.eligible || n.pull_quote || n.caption || n.furniture) continue;
      return n.accepted && group(n) >= 0 && side(group(n)) == kInterviewer;
    }
    return false;
  }

  std::vector<bool> next_is_marked() const {
    std::vector<bool> out(paras_.size(), false);
    bool marked = false;
    for (std::size_t i = paras_.size(); i-- > 0;) {
      out[i] = marked;
      const Para& p = paras_[i];
      if (p.eligible && !p.pull_quote && !p.furniture)
        marked = p.accepted || (dash_on_ && p.shape.type == MarkerType::kDash);
    }
    return out;
  }

  // A declared guest the paragraph names ("Natalia Fomina is more cautious:"), or -1.
  static int guest_named_in(std::string_view text, const std::unordered_map<std::string, int>& by_word) {
    if (by_word.empty()) return -1;
    for (std::string_view w : split_words(text)) {
      auto it = by_word.find(lowercase(first_word(w)));
      if (it != by_word.end()) return it->second;
    }
    return -1;
  }

  // The surname of the person the narration presents right before the interview ("The leader of the
  // group, Marina Kuzmina, has been climbing ..."): an anonymous guest ("— ...", "A.") is probably
  // that person, and a later paragraph that opens with the name speaks about her, not as her.
  PersonName presented_person() const {
    std::size_t first = paras_.size();
    for (std::size_t i = 0; i < paras_.size() && first == paras_.size(); ++i) {
      const Para& p = paras_[i];
      if (p.eligible && (p.accepted || (dash_on_ && p.shape.type == MarkerType::kDash) ||
                         (unprefixed_start_ >= 0 && static_cast<int>(i) >= unprefixed_start_)))
        first = i;
    }
    int looked = 0;
    for (std::size_t i = first; i-- > 0 && looked < 3;) {
      const Para& p = paras_[i];
      bool text = p.eligible || doc_.paragraphs[i].kind == Kind::kSubtitle;  // a dek may present the guest
      if (!text || p.editorial || p.pull_quote || p.furniture) continue;
      ++looked;
      PersonName name = first_person_name(p.text);
      if (!name.full.empty()) {
        name.in_subtitle = doc_.paragraphs[i].kind == Kind::kSubtitle;
        return name;
      }
    }
    return {};
  }

  // The walk's running state: who holds the floor and what came before it (walk()).
  struct WalkState {
    static constexpr int kMaxClip = 12;  // paragraphs a clip may hold
    std::vector<bool> dash_next, marked_next;
    std::string_view presented;  // the surname of the person the narration presents
    std::unordered_map<std::string, int> surnames;
    int cur = -1;
    int last_interviewer = -1, last_guest = -1;
    bool cur_question = false;
    bool interjected = false;  // the current interviewer paragraph is an unmarked question inside an answer
    int last_free = -1;  // the latest narration paragraph, while no one speaks
    bool after_intro = false;
    bool in_clip = false;
    bool notes = false;  // a footnote has been read
    int clip_left = 0;
  };

  // Gives each paragraph its turn's group, from first to last, as a reader follows who holds the floor.
  void walk() {
    WalkState s;
    s.dash_next = next_is_dash();
    s.marked_next = next_is_marked();
    presented_ = presented_person();
    s.presented = presented_.surname;
    s.surnames = guests_by_surname();
    for (std::size_t i = 0; i < paras_.size(); ++i) {
      if (!paras_[i].eligible) {
        pass_ineligible(i, s);
        continue;
      }
      if (takes_no_turn(i, s)) continue;
      int g = -1;
      bool interjection = false;
      if (!turn_group(i, s, &g, &interjection)) continue;  // narration
      take_turn(i, g, interjection, s);
    }
  }

  // A paragraph outside the turns (a heading, a byline, a stage direction): the speaker before it does
  // not go on past it, and a clip's "(BEGIN ...)" and "(END ...)" open and close a clip.
  void pass_ineligible(std::size_t i, WalkState& s) {
    const Para& p = paras_[i];
    Kind kind = doc_.paragraphs[i].kind;
    if (kind == Kind::kSeparator || kind == Kind::kTitle || kind == Kind::kSubtitle || kind == Kind::kByline ||
        kind == Kind::kGuest || kind == Kind::kDateline || kind == Kind::kSource || kind == Kind::kDisclaimer ||
        kind == Kind::kHeading) {
      s.cur = -1;
      s.last_free = -1;
    }
    // After music or a break the speaker does not go on unlabelled: an unmarked paragraph there is a
    // sponsor's message or the narration ("This episode is supported by ...").
    if (kind == Kind::kStage && is_segment_break(p.text)) {
      s.cur = -1;
      s.last_free = -1;
    }
    // "(BEGIN VIDEOTAPE)" ... "(END VIDEOTAPE)": a recorded clip, whose voices take no turn.
    if (kind == Kind::kStage && p.text.size() > 4) {
      std::string head = lowercase(p.text.substr(1, 6));
      if (head.starts_with("begin")) {
        s.in_clip = true;
        s.clip_left = WalkState::kMaxClip;
      } else if (head.starts_with("end")) {
        s.in_clip = false;
      }
    }
  }

  // An eligible paragraph that takes no turn: a clip's, a reclaimed subtitle, a pull quote, the intro or
  // an editorial note, the narration handing the floor on, a witness's name line, a section heading.
  // True for one of them, after ending the current turn where it ends one.
  bool takes_no_turn(std::size_t i, WalkState& s) {
    Para& p = paras_[i];
    if (s.in_clip && s.clip_left-- <= 0) s.in_clip = false;  // an "(END ...)" that never came
    if (s.in_clip) {
      s.cur = -1;
      s.last_free = -1;
      return true;
    }
    const bool asks_first = p.question_dek && unprefixed_start_ >= 0 && static_cast<int>(i) >= unprefixed_start_;
    if (p.reclaim && !p.accepted && !asks_first) {
      s.cur = -1;  // a real subtitle after all
      s.last_free = -1;
      return true;
    }
    if (p.pull_quote || p.caption || p.furniture) return true;
    // Footnotes end the interview: from the first one on, only a speaker's label opens a turn.
    s.notes = s.notes || p.footnote;
    if (p.intro || p.editorial || (s.notes && !p.accepted)) {
      s.cur = -1;
      s.last_free = -1;
      s.after_intro = p.intro;
      if (p.intro) intro_guest_ = intro_guest_group(i);
      return true;
    }
    // "Natalia Fomina is more cautious in her assessments:" then "— ...": the narration hands the
    // floor to the next dash answer, possibly another guest's.
    if (dash_on_ && !p.accepted && (p.shape.type == MarkerType::kNone || p.shape.body_empty) && s.dash_next[i] &&
        ends_with_colon(p.text) &&
        !p.question && (s.cur < 0 || side(s.cur) == kGuest)) {
      s.cur = -1;
      s.last_free = -1;
      s.after_intro = true;
      int named = guest_named_in(p.text, s.surnames);
      if (named >= 0) intro_guest_ = named;
      return true;
    }
    // A witness's name on a line of its own inside a hearing is no one's turn and does not end one.
    if (s.cur >= 0 && !p.accepted && p.shape.type == MarkerType::kNone && name_line(p.text)) return true;
    // "On regulation": a section heading between two turns (a few words, no sentence mark, the next
    // paragraph opens with a marker) is narration; so is a chapter heading the next turn reads out.
    if (s.cur >= 0 && !p.accepted && p.shape.type == MarkerType::kNone && s.marked_next[i] &&
        ((!p.question && count_words(p.text, 6) <= 6 && !ends_with_sentence_mark(p.text) && !ends_with_colon(p.text)) ||
         echoed_heading(i))) {
      doc_.paragraphs[i].kind = Kind::kHeading;
      s.cur = -1;
      s.last_free = -1;
      return true;
    }
    return false;
  }

  // Whose turn paragraph i is: its label's group, the dash's side, the speaker going on, or the other side
  // answering. False when it is narration (the state then records it as such).
  bool turn_group(std::size_t i, WalkState& s, int* group_out, bool* interjection) {
    Para& p = paras_[i];
    int g = -1;
    const int cur = s.cur;
    if (p.accepted && keys_[p.key].key == "#follow" && s.last_interviewer >= 0) {
      g = s.last_interviewer;  // "Follow-up:" is the previous asker again
      add_label(groups_[g], p.shape.label);
    } else if (p.accepted) {
      g = group(p);
    } else if (dash_on_ && p.shape.type == MarkerType::kDash) {
      int sd = dash_side_;
      if (sd == 0) {
        if (cur >= 0) sd = -side(cur);
        else sd = p.question || !preceded_by_colon(i) ? kInterviewer : kGuest;
      }
      g = sd == kInterviewer ? implicit_interviewer() : guest_now();
      p.dash_turn = true;
    } else if (unprefixed_start_ >= 0 && static_cast<int>(i) >= unprefixed_start_) {
      g = p.long_question_ok || p.request ? implicit_interviewer() : guest_now();
    } else if (cur < 0 && s.after_intro && (any_label_ || dash_on_)) {
      // "X asked Y:" then the interview starts, possibly without a marker.
      g = p.short_question ? implicit_interviewer() : guest_now();
    } else if (cur < 0) {
      s.last_free = static_cast<int>(i);
      s.after_intro = false;
      return false;  // narration
    } else if (side(cur) == kGuest && p.short_question && !guests_own_question(i)) {
      g = s.last_interviewer >= 0 ? s.last_interviewer : implicit_interviewer();
      *interjection = true;
    } else if (side(cur) == kInterviewer && !p.question && s.interjected && s.last_guest >= 0) {
      // "What did you do?" slipped into the answer unmarked: the guest answers it, unmarked too.
      g = s.last_guest;
    } else if (side(cur) == kInterviewer && !p.question &&
               (unlabelled_side_ == kGuest ||
                (s.cur_question && ((s.last_guest >= 0 && !groups_[s.last_guest].labeled) ||
                                    (s.last_guest < 0 && dash_side_ == kInterviewer))))) {
      // The answer after the interviewer, when the guest's paragraphs carry no label.
      g = s.last_guest >= 0 && !groups_[s.last_guest].labeled ? s.last_guest : guest_now();
    } else if (side(cur) == kGuest &&
               ((!groups_[cur].surname.empty() && contains_word(p.text, groups_[cur].surname)) ||
                (groups_[cur].surname.empty() && !s.presented.empty() && first_word(p.text) == s.presented &&
                 !first_or_second_person(p.text)))) {
      s.cur = -1;  // the article speaks about the guest again: narration
      s.last_free = static_cast<int>(i);
      presented_spoken_of_ = presented_spoken_of_ || (!s.presented.empty() && first_word(p.text) == s.presented);
      return false;
    } else {
      g = cur;
    }
    *group_out = g;
    return true;
  }

  // Paragraph i is group g's turn: the floor passes to g.
  void take_turn(std::size_t i, int g, bool interjection, WalkState& s) {
    // The interview opens with an answer: an unmarked short question right before it asked it.
    if (s.cur < 0 && side(g) == kGuest && s.last_free >= 0 && paras_[s.last_free].short_question) {
      paras_[s.last_free].group = s.last_interviewer >= 0 ? s.last_interviewer : implicit_interviewer();
      s.last_interviewer = paras_[s.last_free].group;
    }
    s.after_intro = false;
    s.interjected = interjection;
    paras_[i].group = g;
    s.cur = g;
    s.cur_question = paras_[i].question;
    if (side(g) == kInterviewer) s.last_interviewer = g;
    else s.last_guest = g;
  }

  // The article's last paragraph, unmarked, after a guest's answer, that neither speaks in the first
  // or second person nor goes on with the argument ("Kuzmina is now preparing a new expedition.",
  // "Напомним, ..."): the narration closes the piece. A named guest's transcript that starts without
  // narration keeps its last paragraph.
  void release_closing_narration() {
    auto counts = [&](const Para& p) { return p.eligible && !p.pull_quote && !p.caption && !p.furniture; };
    std::size_t last = paras_.size();
    for (std::size_t i = paras_.size(); i-- > 0;)
      if (counts(paras_[i])) {
        last = i;
        break;
      }
    if (last == paras_.size()) return;
    Para& p = paras_[last];
    // "The second: nobody asked." goes on with a list the answer started.
    if (p.group < 0 || p.accepted || p.dash_turn || p.question || p.shape.type != MarkerType::kNone) return;
    const Group& g = groups_[p.group];
    if (g.role != kGuest) return;
    // A guest known by name ("Иван Петров:") in an article that narrates before the interview; a bare
    // transcript ("Question:" / "Vladimir Putin:" from the top) keeps its last paragraph.
    if (g.labeled && !g.generic_only) {
      bool narrated = false;
      for (std::size_t i = 0; i < last; ++i) {
        const Para& q = paras_[i];
        if (q.group >= 0) break;
        narrated = narrated || counts(q);  // an intro sentence is narration too
      }
      if (!narrated) return;
    }
    int prev = -1;
    for (std::size_t j = last; j-- > 0;)
      if (counts(paras_[j])) {
        prev = static_cast<int>(j);
        break;
      }
    if (prev < 0 || paras_[prev].group != p.group) return;
    if (first_or_second_person(p.text) || opens_with_connective(p.text)) return;
    p.group = -1;
    if (!presented_.surname.empty() && first_word(p.text) == presented_.surname) presented_spoken_of_ = true;
  }

  // "Prepared remarks." / "Opening statement": a short heading over a speaker's set text, then unmarked
  // paragraphs that no one speaks yet, the first in the first person (a hearing's witness reads his
  // statement before the questions). They are the statement of the guest who later answers under a
  // label; the heading is a heading. The text runs to the next marker, turn or non-paragraph.
  void claim_headed_statement() {
    constexpr std::size_t kMaxHeadWords = 3;
    int guest = -1;
    for (const Para& p : paras_)
      if (p.group >= 0 && groups_[p.group].role == kGuest && groups_[p.group].labeled) {
        guest = p.group;
        break;
      }
    if (guest < 0) return;
    for (std::size_t i = 0; i + 1 < paras_.size(); ++i) {
      const Para& h = paras_[i];
      if (!h.eligible || h.group >= 0 || h.shape.type != MarkerType::kNone || count_words(h.text, kMaxHeadWords) > kMaxHeadWords ||
          !statement_heading(h.text))
        continue;
      const Para& first = paras_[i + 1];
      if (!first.eligible || first.group >= 0 || first.shape.type != MarkerType::kNone ||
          !first_or_second_person(first.text) || second_person(first.text))
        continue;
      doc_.paragraphs[i].kind = Kind::kHeading;
      std::size_t j = i + 1;
      for (; j < paras_.size(); ++j) {
        Para& p = paras_[j];
        if (!p.eligible || p.group >= 0 || p.shape.type != MarkerType::kNone) break;
        if (!p.pull_quote && !p.caption && !p.furniture) p.group = guest;
      }
      i = j - 1;
    }
  }

  // A briefing that opens with the speaker's unlabelled statement ("Good afternoon. I will start
  // with ...") before the first "Question:": from the greeting on, the paragraphs are the statement of
  // the guest who answers that question.
  void claim_opening_statement() {
    constexpr std::size_t kMaxStatement = 12;
    std::size_t first = paras_.size();
    for (std::size_t i = 0; i < paras_.size(); ++i)
      if (paras_[i].group >= 0) {
        first = i;
        break;
      }
    if (first == paras_.size() || groups_[paras_[first].group].role != kInterviewer) return;
    int answer = -1;
    for (std::size_t i = first + 1; i < paras_.size() && answer < 0; ++i) {
      int g = paras_[i].group;
      if (g >= 0 && groups_[g].role == kGuest) answer = g;
    }
    if (answer < 0 || !groups_[answer].labeled) return;
    std::size_t from = paras_.size();
    for (std::size_t i = first, n = 0; i-- > 0 && n < kMaxStatement; ++n) {
      Para& p = paras_[i];
      if (!p.eligible) {
        Kind k = doc_.paragraphs[i].kind;
        if (k == Kind::kStage || k == Kind::kClutter || k == Kind::kDateline) continue;
        // "Ladies and gentlemen," right under the headline passed for a dek: the statement opens there.
        if (k == Kind::kSubtitle && opens_with_greeting(p.text)) {
          p.eligible = true;
          p.reclaim = true;
          from = i;
        }
        break;
      }
      if (p.intro || p.editorial || p.shape.type != MarkerType::kNone) break;
      if (opens_with_greeting(p.text)) from = i;
    }
    if (from == paras_.size()) return;
    for (std::size_t i = from; i < first; ++i)
      if (paras_[i].eligible && !paras_[i].pull_quote && !paras_[i].caption && !paras_[i].furniture)
        paras_[i].group = answer;
  }

  // An anonymous guest ("— ...", "A. ...", unprefixed answers) takes the name of the person the
  // narration presented before the interview, on evidence that the interview is with that person:
  // the headline or dek names them, the interviewer addresses them ("— Marina, how did it start?"),
  // or the narration later speaks of them by name. The name joins meta.guests.
  void name_anonymous_guest() {
    if (presented_.full.empty() || !doc_.meta.guests.empty()) return;
    int anon = -1;
    bool by_label = false;  // "A." joined a label that is the presented person's name ("Voskuijlen:")
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      const Group& gr = groups_[g];
      if (gr.role != kGuest) continue;
      if (gr.declared_guest) return;
      if (!gr.generic_only) {
        std::string key = normalize_label(gr.name);
        by_label = gr.joined_anonymous && (key == normalize_label(presented_.surname) ||
                                           key == normalize_label(presented_.full));
        if (!by_label) return;  // a named guest speaks: nothing to guess
      }
      if (anon >= 0) return;
      anon = static_cast<int>(g);
    }
    if (anon < 0) return;
    bool used = false, addressed = false;
    for (const Para& p : paras_) {
      if (p.group == anon) used = true;
      else if (p.group >= 0 && groups_[p.group].role == kInterviewer && !addressed)
        addressed = contains_word(p.text, presented_.first) || contains_word(p.text, presented_.surname);
    }
    if (!used) return;
    bool headline = contains_word(doc_.meta.title, presented_.surname) ||
                    (!presented_.in_subtitle && contains_word(doc_.meta.subtitle, presented_.surname));
    if (!(headline || addressed || presented_spoken_of_ || by_label)) return;
    groups_[anon].name = std::string(presented_.full);
    doc_.meta.guests.push_back({std::string(presented_.full), std::string()});
  }

  bool preceded_by_colon(std::size_t i) const {
    for (std::size_t j = i; j-- > 0;) {
      if (!paras_[j].eligible) continue;
      return ends_with_colon(paras_[j].text);
    }
    return false;
  }

  // ---- 6. the Document ----------------------------------------------------------------------------
  void emit() {
    auto& ps = doc_.paragraphs;
    for (std::size_t i = 0; i < paras_.size(); ++i) {
      Para& p = paras_[i];
      if (p.caption) ps[i].kind = Kind::kCaption;
      if (p.reclaim && p.group >= 0 && doc_.meta.subtitle == p.text) doc_.meta.subtitle.clear();
      if (p.group < 0) continue;
      Group& g = groups_[p.group];
      if (g.speaker < 0) {
        g.speaker = static_cast<int>(doc_.speakers.size());
        Speaker s;
        s.id = "S" + std::to_string(doc_.speakers.size() + 1);
        s.role = g.role == kInterviewer ? Role::kInterviewer : Role::kGuest;
        s.name = g.name;
        s.labels = g.labels;
        doc_.speakers.push_back(std::move(s));
      }
      ps[i].speaker = doc_.speakers[g.speaker].id;
      ps[i].kind = g.role == kInterviewer ? Kind::kQuestion : Kind::kAnswer;
      if (p.accepted || p.dash_turn) {
        auto s = static_cast<std::uint32_t>(ps[i].start);
        ctx_.markers[i] = {s, s + static_cast<std::uint32_t>(std::min(p.shape.length, p.text.size()))};
      }
    }
    describe_guests();
    build_turns();
  }

  // Guests are matched by name, or by a surname against a full name ("Shapovalov" ~
  // "Vladimir Shapovalov"), through hash maps so that many guests stay linear.
  class GuestIndex {
   public:
    void add(const std::string& name, std::size_t at) {
      std::string key = normalize_label(name);
      if (key.empty()) return;
      by_key_.emplace(key, at);
      std::vector<std::string_view> w = split_words(key);
      if (w.size() == 1) {
        by_single_.emplace(key, at);
      } else {
        auto [it, fresh] = by_last_.emplace(std::string(w.back()), at);
        if (!fresh && it->second != at) it->second = kAmbiguous;
      }
    }
    std::size_t find(const std::string& name) const {
      std::string key = normalize_label(name);
      if (key.empty()) return kNone;
      if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
      std::vector<std::string_view> w = split_words(key);
      if (w.size() == 1) {
        auto it = by_last_.find(key);
        return it == by_last_.end() || it->second == kAmbiguous ? kNone : it->second;
      }
      auto it = by_single_.find(std::string(w.back()));
      return it == by_single_.end() ? kNone : it->second;
    }
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

   private:
    static constexpr std::size_t kAmbiguous = static_cast<std::size_t>(-2);
    std::unordered_map<std::string, std::size_t> by_key_, by_single_, by_last_;
  };

  void describe_guests() {
    auto& guests = doc_.meta.guests;
    GuestIndex index;
    for (std::size_t k = 0; k < guests.size(); ++k) index.add(guests[k].name, k);
    // Intro descriptions go into meta.guests (added when the header had none).
    auto declare = [&](const std::string& name, const std::string& description) {
      std::size_t k = index.find(name);
      if (k == GuestIndex::kNone) {
        guests.push_back({name, description});
        index.add(name, guests.size() - 1);
      } else if (guests[k].description.empty()) {
        guests[k].description = description;
      }
    };
    for (const auto& [i, intro] : intros_) {
      declare(intro.guest, intro.description);
      for (const auto& o : intro.others) declare(o.name, o.description);
    }
    for (const Group& g : groups_) {
      if (g.speaker < 0 || g.role != kGuest) continue;
      Speaker& s = doc_.speakers[g.speaker];
      std::size_t k = index.find(s.name);
      if (k != GuestIndex::kNone) s.description = guests[k].description;
    }
  }

  void build_turns() {
    auto& ps = doc_.paragraphs;
    int cur = -1;            // turn index
    int last_question = -1;  // the latest interviewer turn since narration
    bool broken = true;
    for (std::size_t i = 0; i < paras_.size(); ++i) {
      const Para& p = paras_[i];
      if (p.group < 0) {
        Kind k = ps[i].kind;
        bool transparent = k == Kind::kStage || k == Kind::kClutter || k == Kind::kCaption || p.pull_quote ||
                           p.furniture;
        if (!transparent) {
          broken = true;
          last_question = -1;
        }
        continue;
      }
      const std::string& id = ps[i].speaker;
      if (!broken && cur >= 0 && doc_.turns[cur].speaker == id) {
        doc_.turns[cur].paragraphs.push_back(static_cast<std::int64_t>(i));
        doc_.turns[cur].end = ps[i].end;
      } else {
        Turn t;
        t.speaker = id;
        t.paragraphs.push_back(static_cast<std::int64_t>(i));
        t.start = ps[i].start;
        t.end = ps[i].end;
        if (groups_[p.group].role == kGuest) t.reply_to = last_question;
        doc_.turns.push_back(std::move(t));
        cur = static_cast<int>(doc_.turns.size()) - 1;
        if (groups_[p.group].role == kInterviewer) last_question = cur;
      }
      broken = false;
    }
  }

  Context& ctx_;
  const Options& options_;
  Document& doc_;
  std::vector<Para> paras_;
  std::vector<std::pair<std::size_t, Intro>> intros_;
  std::vector<Key> keys_;
  std::unordered_map<std::string, int> key_index_;
  std::vector<int> group_of_key_;
  std::vector<Group> groups_;
  int short_q_ = 0, short_a_ = 0;
  bool any_label_ = false;
  bool dash_on_ = false;
  bool long_dash_ = false;
  int dash_side_ = 0;
  int unlabelled_side_ = 0;  // kGuest when only the interviewer's paragraphs carry labels, and vice versa
  int implicit_guest_ = -1, implicit_interviewer_ = -1;
  int intro_guest_ = -1;
  int unprefixed_start_ = -1;
  PersonName presented_;             // the person the narration presents before the interview
  bool presented_spoken_of_ = false;  // a later narration paragraph opens with that person's name
};

}  // namespace

TurnStage::TurnStage(const Options& options) : options_(&options) {}

void TurnStage::run(Context& ctx) const {
  Segmenter segmenter(ctx, *options_);
  segmenter.run();
}

}  // namespace parley::detail
