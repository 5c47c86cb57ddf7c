#include "entities/entities.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "entities/lexicon.h"
#include "text/utf8.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

namespace {

constexpr std::uint32_t kZone = 1u << 22;    // value: index + 1 into kZones
constexpr std::uint32_t kPercentWord = 1u << 23;
constexpr std::uint32_t kAmPm = 1u << 24;    // value: 1 = am, 2 = pm
constexpr std::uint32_t kDayWord = 1u << 28;  // today, yesterday, tomorrow, tonight

enum class Kind { kName, kTitleRef, kPending, kValue };

struct Cand {
  std::uint32_t b = 0, e = 0;  // token range
  std::uint32_t bb = 0, eb = 0;  // byte range (set when the span is not token-aligned)
  Label label = Label::kPerson;
  Kind kind = Kind::kName;
  std::string canonical;
  std::uint64_t canon_key = 0;  // grouping key of `canonical`
  std::int32_t ref = -1;        // a fuller mention of the same person (first-name use)
  std::string value;
  std::string modifier;
  std::string title;      // for persons: the title read before the name
  std::string title_key;  // for title references / titled persons: "country|title"
  std::string title_head; // "president", "secretary of state"
  bool strong = false;    // local evidence (title, given name, speech verb, gazetteer)
  bool quoted = false;
  bool in_marker = false;
  bool acronym_paren = false;  // "Name (ABBR)"
  bool by_speech = false;      // a name only because a speech verb is next to it
  int clock = -1;  // minutes after midnight for TIME
  std::uint32_t para = 0;
};

struct DateParts {
  int year = 0, month = 0, day = 0, weekday = -1;
};

// ---- Gender evidence for people ('m', 'f' or 0 for none), read by the quotes stage's pronouns.

// A given name the census or the curated table gives to one gender.
char given_name_gender(std::string_view lower) {
  static const auto* const table = [] {
    auto* m = new std::unordered_map<std::string_view, char>();
    for (std::size_t i = 0; i < kNameGenderCount; ++i) m->emplace(kNameGenders[i].name, kNameGenders[i].gender);
    return m;
  }();
  auto it = table->find(lower);
  return it == table->end() ? 0 : it->second;
}

char honorific_gender(std::string_view lower) {
  if (!lower.empty() && lower.back() == '.') lower.remove_suffix(1);
  for (std::string_view w : {"mr", "sir", "lord", "monsieur", "herr", "senor", "señor"})
    if (lower == w) return 'm';
  for (std::string_view w : {"mrs", "ms", "miss", "madam", "madame", "mme", "dame", "lady", "frau", "senora", "señora"})
    if (lower == w) return 'f';
  return 0;
}

// A title that names its holder's gender: "spokeswoman", "Queen", "Congressman".
char title_gender(std::string_view lower) {
  char g = 0;
  std::size_t i = 0;
  while (i < lower.size()) {
    std::size_t j = lower.find(' ', i);
    if (j == std::string_view::npos) j = lower.size();
    std::string_view w = lower.substr(i, j - i);
    i = j + 1;
    if (char h = honorific_gender(w)) return h;  // "Ms.", "Mr"
    if (w.ends_with("woman") || w.ends_with("women") || w == "queen" || w == "princess" || w == "duchess" ||
        w == "countess" || w == "empress" || w == "baroness" || w == "actress")
      g = 'f';
    else if ((w.size() > 5 && w.ends_with("sman")) || w == "chairman" || w == "king" || w == "prince" ||
             w == "duke" || w == "emperor" || w == "baron")  // "spokesman", "congressman", "businessman"
      g = 'm';
  }
  return g;
}

// Slavic family names inflect for gender: Zakharova, Matviyenko-less Gomzikova, Zelenska / Lavrov, Zelensky.
char surname_gender(std::string_view lower) {
  if (lower.size() < 5) return 0;
  for (std::string_view e : {"ova", "eva", "yova", "skaya", "tskaya", "ska", "cka"})
    if (lower.ends_with(e)) return 'f';
  for (std::string_view e : {"ov", "ev", "yov", "sky", "skiy", "skii", "tsky"})
    if (lower.ends_with(e)) return 'm';
  return 0;
}

int weekday_of(int y, int m, int d) {  // 0 = Monday
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;  // 0 = Sunday
  return (w + 6) % 7;
}

int nth_sunday(int y, int m, int nth) {  // nth >= 1, or -1 for the last
  if (nth > 0) {
    int first = 1 + (6 - weekday_of(y, m, 1) + 7) % 7;
    return first + 7 * (nth - 1);
  }
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int last = days[m - 1];
  return last - (weekday_of(y, m, last) + 1) % 7;
}

bool us_dst(int y, int m, int d) {
  if (m < 3 || m > 11) return false;
  if (m > 3 && m < 11) return true;
  if (m == 3) return d >= nth_sunday(y, 3, 2);
  return d < nth_sunday(y, 11, 1);
}

bool eu_dst(int y, int m, int d) {
  if (m < 3 || m > 10) return false;
  if (m > 3 && m < 10) return true;
  if (m == 3) return d >= nth_sunday(y, 3, -1);
  return d < nth_sunday(y, 10, -1);
}

std::string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

std::string offset_str(int minutes) {
  char sign = minutes < 0 ? '-' : '+';
  int a = std::abs(minutes);
  return std::string(1, sign) + two(a / 60) + ":" + two(a % 60);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

Label label_of(std::string_view name) { return label_from_string(name).value_or(Label::kOrg); }

// ISO-style currency codes written before a figure; RMB is the yuan.
const char* currency_code(std::string_view s) {
  static const char* const kCodes[][2] = {{"USD", "USD"}, {"EUR", "EUR"}, {"GBP", "GBP"}, {"RUB", "RUB"},
                                          {"CNY", "CNY"}, {"RMB", "CNY"}, {"JPY", "JPY"}, {"UAH", "UAH"},
                                          {"INR", "INR"}, {"CHF", "CHF"}};
  for (const auto& c : kCodes)
    if (s == c[0]) return c[1];
  return nullptr;
}

}  // namespace

EntityStage::EntityStage(const Options& options) : options_(&options), matcher_(std::make_unique<Matcher>()) {
  Matcher& m = *matcher_;
  for (std::size_t i = 0; i < kWordCount; ++i) m.add_classes(kWords[i].word, kWords[i].classes, kWords[i].value);
  for (std::size_t i = 0; i < kZoneCount; ++i) m.add_classes(kZones[i].text, kZone, static_cast<std::uint32_t>(i + 1));
  for (const char* w : {"today", "yesterday", "tomorrow", "tonight"}) m.add_classes(w, kDayWord, 0);
  m.add_classes("percent", kPercentWord, 0);
  m.add_classes("per cent", kPercentWord, 0);
  m.add_classes("%", kPercentWord, 0);
  m.add_classes("am", kAmPm, 1);
  m.add_classes("a.m.", kAmPm, 1);
  m.add_classes("pm", kAmPm, 2);
  m.add_classes("p.m.", kAmPm, 2);
  auto add = [&](std::string_view text, Label label, std::string_view canonical, bool demonym = false) {
    GazEntry e;
    e.label = label;
    e.canonical = std::string(canonical);
    e.demonym = demonym;
    m.add_entry(text, std::move(e));
  };
  for (std::size_t i = 0; i < kGeoCount; ++i) add(kGeo[i].text, label_of(kGeo[i].label), kGeo[i].canonical);
  for (std::size_t i = 0; i < kPhraseCount; ++i)
    add(kPhrases[i].text, label_of(kPhrases[i].label), kPhrases[i].canonical);
  for (std::size_t i = 0; i < kDemonymCount; ++i) add(kDemonyms[i].adjective, Label::kNorp, kDemonyms[i].country, true);
  // Plural nouns of "-an" / "-i" nationalities: "Palestinians", "Israelis", "Rwandans".
  {
    std::unordered_set<std::string_view> have;
    for (std::size_t i = 0; i < kDemonymCount; ++i) have.insert(kDemonyms[i].adjective);
    for (std::size_t i = 0; i < kDemonymCount; ++i) {
      std::string_view a = kDemonyms[i].adjective;
      if (a.size() < 4 || a.find(' ') != std::string_view::npos || a.find('-') != std::string_view::npos) continue;
      if (!(a.substr(a.size() - 2) == "an" || a.back() == 'i')) continue;
      std::string plural = std::string(a) + "s";
      if (!have.count(plural)) add(plural, Label::kNorp, kDemonyms[i].country, true);
    }
  }
  // Curated and user aliases: the variant takes the canonical's label when the
  // canonical is known, else it is a place (most curated variants are).
  auto alias = [&](std::string_view variant, std::string_view canonical) {
    Label label = Label::kGpe;
    std::vector<Token> toks;
    for (std::size_t i = 0; i < kGeoCount; ++i)
      if (kGeo[i].text == canonical) label = label_of(kGeo[i].label);
    for (std::size_t i = 0; i < kPhraseCount; ++i)
      if (kPhrases[i].text == canonical) label = label_of(kPhrases[i].label);
    for (const auto& g : options.gazetteer)
      if (g.text == canonical || g.name == canonical) label = g.label;
    bool person = canonical.find(' ') == std::string_view::npos && variant.size() > 0 &&
                  (canonical == "Zelensky");
    add(variant, person ? Label::kPerson : label, canonical);
  };
  for (std::size_t i = 0; i < kAliasCount; ++i) alias(kAliases[i].adjective, kAliases[i].country);
  for (const auto& g : options.gazetteer) add(g.text, g.label, g.name);
  for (const auto& a : options.aliases) alias(a.first, a.second);
}

EntityStage::~EntityStage() = default;
EntityStage::EntityStage(EntityStage&&) noexcept = default;

void EntityStage::run(Context& ctx) const {
  const Matcher& M = *matcher_;
  const std::string_view text = ctx.text;
  Document& doc = ctx.doc;
  const std::vector<Token>& toks = ctx.tokens();
  const std::uint32_t n = static_cast<std::uint32_t>(toks.size());
  if (n == 0) return;
  // Token text (tokens lie inside the text: no bounds check needed).
  auto sv = [&](std::uint32_t i) { return std::string_view(text.data() + toks[i].start, toks[i].end - toks[i].start); };
  auto span_text = [&](std::uint32_t b, std::uint32_t e) {
    return text.substr(toks[b].start, toks[e - 1].end - toks[b].start);
  };

  // Per-token folded hash and word classes; words seen in lower case.
  std::vector<std::uint64_t> h(n);
  std::vector<std::uint32_t> cls(n), val(n), node1(n, UINT32_MAX);
  // Only capitalised words are ever asked whether the article also writes them in lower case:
  // they are collected first (value 1 once seen in lower case), then each lower-case word marks its own.
  FlatMap caps(128);
  auto lower_word = [&](std::uint32_t i) {
    return toks[i].has(kWord) && !toks[i].has(kUpperInitial) && !toks[i].has(kPossessive);
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    h[i] = fold_hash_at(text, toks[i].start, toks[i].end);
    std::uint32_t node = M.child(Matcher::kRoot, h[i]);
    node1[i] = node;
    if (node != UINT32_MAX) {
      cls[i] = M.classes(node);
      val[i] = M.value(node);
    }
    if (toks[i].has(kUpperInitial)) caps.insert(h[i], 0);
  }
  for (std::uint32_t i = 0; i < n; ++i)
    if (lower_word(i))
      if (std::uint32_t* v = caps.find_mut(h[i])) *v = 1;
  // Is token k's word written in lower case somewhere in the article?
  auto lower_seen = [&](std::uint32_t k) {
    if (lower_word(k)) return true;
    const std::uint32_t* v = caps.find(h[k]);
    return v && *v;
  };
  // A given name the article also writes in lower case ("will", "sun", "park") is a word there.
  for (std::uint32_t i = 0; i < n; ++i)
    if ((cls[i] & kGivenName) && lower_seen(i)) cls[i] &= ~kGivenName;
  static const std::uint64_t kThe = fold_hash("the");
  static const std::uint64_t kOf = fold_hash("of");
  static const std::uint64_t kCopyright = fold_hash("copyright");
  static const FlatMap cap_prep = [] {
    FlatMap m(32);
    for (const char* w : {"for", "at", "in", "on", "to", "from", "with", "by", "into", "over", "against", "after"})
      m.insert(fold_hash(w), 1);
    return m;
  }();
  static const FlatMap particle = [] {
    FlatMap m(8);
    for (const char* w : {"al", "el", "ad", "ash", "as", "az", "bin", "ibn", "abu", "bint"}) m.insert(fold_hash(w), 1);
    return m;
  }();
  static const FlatMap hyphen_suffix = [] {  // "Russia-led", "Kremlin-run": no name syllables
    FlatMap m(16);
    for (const char* w : {"led", "run", "set", "won", "met", "ran", "era", "old", "new", "born", "made", "held", "like",
                          "wide", "free", "based", "owned", "style", "linked"})
      m.insert(fold_hash(w), 1);
    return m;
  }();
  auto same_para = [&](std::uint32_t a, std::uint32_t b) { return b < n && toks[a].paragraph == toks[b].paragraph; };
  auto is_cap = [&](std::uint32_t i) {
    return toks[i].has(kWord) && toks[i].has(kUpperInitial) && !toks[i].has(kPossessive);
  };
  auto is_punct = [&](std::uint32_t i, char c) {
    return i < n && toks[i].has(kPunct) && toks[i].end - toks[i].start == 1 && text[toks[i].start] == c;
  };
  auto adjacent = [&](std::uint32_t i) { return i < n && !toks[i].has(kSpaceBefore); };

  // Speaker markers: tokens inside a paragraph's marker.
  std::vector<std::uint8_t> marker(n, 0);  // 1 = in a marker; 2 = in a generic role label
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint32_t p = toks[i].paragraph;
    if (p < ctx.markers.size() && toks[i].start >= ctx.markers[p].start && toks[i].end <= ctx.markers[p].end &&
        ctx.markers[p].end > ctx.markers[p].start)
      marker[i] = 1;
  }

  // Longest phrase match at i: gazetteer entry and multi-word classes.
  struct Hit {
    std::uint32_t end = 0;
    std::int32_t entry = -1;
    std::uint32_t cend = 0, classes = 0, value = 0;
  };
  auto match_at = [&](std::uint32_t i) {
    Hit hit;
    std::uint32_t node = Matcher::kRoot;
    for (std::uint32_t j = i; j < n && j - i < 12 && same_para(i, j); ++j) {
      if (j > i && toks[j].has(kSpaceBefore) && toks[j - 1].has(kPunct) && !is_punct(j - 1, '.') &&
          !is_punct(j - 1, ','))
        break;
      node = j == i ? node1[i] : M.child(node, h[j]);
      if (node == UINT32_MAX) break;
      if (M.classes(node)) {
        hit.cend = j + 1;
        hit.classes = M.classes(node);
        hit.value = M.value(node);
      }
      for (std::int32_t e = M.entries(node); e >= 0; e = M.entry(e).next) {
        const GazEntry& g = M.entry(e);
        if (g.ntok != j - i + 1) continue;
        bool ok = true;
        if (g.case_sensitive) {
          for (std::uint32_t k = 0; k < g.ntok && ok; ++k) {
            const Token& t = toks[i + k];
            if (!t.has(kWord)) continue;
            bool up = (g.upper >> k) & 1, caps = (g.caps >> k) & 1;
            if (up != t.has(kUpperInitial)) ok = false;
            if (caps && !t.has(kAllCaps) && t.end - t.start > 1) ok = false;
          }
        }
        if (ok) {
          hit.end = j + 1;
          hit.entry = e;
          break;
        }
      }
    }
    return hit;
  };
  // Every token's longest phrase match, once: the rules below read it many times.
  std::vector<Hit> hits(n);
  for (std::uint32_t i = 0; i < n; ++i)
    if (node1[i] != UINT32_MAX) hits[i] = match_at(i);
  const Hit no_hit;
  auto match = [&](std::uint32_t i) -> const Hit& { return i < n ? hits[i] : no_hit; };

  std::vector<Cand> cands;
  cands.reserve(n / 8 + 8);
  struct ZoneAt {
    std::uint32_t b, e;
    int zone;
  };
  std::vector<ZoneAt> zones;

  auto emit = [&](std::uint32_t b, std::uint32_t e, Label label, Kind kind) -> Cand& {
    Cand c;
    c.b = b;
    c.e = e;
    c.bb = toks[b].start;
    c.eb = toks[e - 1].end;
    c.label = label;
    c.kind = kind;
    c.para = toks[b].paragraph;
    c.in_marker = marker[b] != 0;
    cands.push_back(std::move(c));
    return cands.back();
  };

  // ---- URLs: a byte scan per paragraph; tokens inside are skipped.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> urls;
  for (const auto& p : doc.paragraphs) {
    std::size_t pos = static_cast<std::size_t>(p.start), end = static_cast<std::size_t>(p.end);
    const std::string_view para = text.substr(0, end);  // searches stop at the paragraph's end
    while (pos < end) {
      std::size_t a = para.find("http", pos);
      std::size_t w = para.find("www.", pos);
      std::size_t s = std::min(a, w);
      if (s == std::string_view::npos || s >= end) break;
      bool ok = (s == a && (text.substr(s, 7) == "http://" || text.substr(s, 8) == "https://")) || s == w;
      int len = 0;
      if (!ok || (s > 0 && is_letter(decode_before(text, s, &len)))) {
        pos = s + 4;
        continue;
      }
      // Walk whole code points so a URL never ends inside a UTF-8 sequence
      // (a non-ASCII space such as U+00A0 ends it; other letters continue it).
      std::size_t e = s;
      while (e < end && text[e] != '"' && text[e] != '<' && text[e] != '>') {
        const char32_t c = decode(text, e, &len);
        if (is_space(c)) break;
        // Curly quotes, guillemets and CJK punctuation close the sentence, not the URL.
        if (c >= 0x80 && (is_open_quote(c) || is_close_quote(c) || (c >= 0x3000 && c <= 0x303F) ||
                          (c >= 0xFF00 && c <= 0xFF65)))
          break;
        e += static_cast<std::size_t>(len > 0 ? len : 1);
      }
      if (e > end) e = end;
      while (e > s && (text[e - 1] == '.' || text[e - 1] == ',' || text[e - 1] == ')' || text[e - 1] == ';' ||
                       text[e - 1] == ':' || text[e - 1] == '!' || text[e - 1] == '?'))
        --e;
      urls.emplace_back(static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(e));
      pos = e + 1;
    }
  }
  std::size_t url_i = 0;

  // ---- Numbers, dates, times.
  auto digits = [&](std::uint32_t i) {
    int v = 0;
    for (char c : sv(i)) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  };
  auto is_year = [&](std::uint32_t i) {
    if (!toks[i].has(kNumber) || toks[i].end - toks[i].start != 4) return 0;
    int y = digits(i);
    return (y >= 1800 && y <= 2100) ? y : 0;
  };
  auto small_int = [&](std::uint32_t i, int max) {
    if (i >= n || !toks[i].has(kNumber) || toks[i].end - toks[i].start > 2) return -1;
    int v = digits(i);
    return v <= max ? v : -1;
  };
  auto number_value = [&](std::uint32_t i) -> double {
    std::string s;
    for (char c : sv(i))
      if (c != ',') s += c;
    return std::atof(s.c_str());
  };
  auto fmt_number = [](double v) {
    char buf[64];
    if (v == std::floor(v) && std::fabs(v) < 1e18)
      std::snprintf(buf, sizeof buf, "%.0f", v);
    else
      std::snprintf(buf, sizeof buf, "%g", v);
    return std::string(buf);
  };
  std::vector<DateParts> date_parts;  // parallel to cands for DATE values filled later
  std::vector<int> years_seen;

  // Tries a date, time or figure at i. Returns the end token or 0.
  auto try_value = [&](std::uint32_t i) -> std::uint32_t {
    const Token& t = toks[i];
    std::uint32_t c = cls[i];
    // Most words open no date, time or figure: only month, weekday, relative, day and number words do,
    // and the short forms "US$", "A$", "a" (after an approximator) and three-letter currency codes.
    if (t.has(kWord) && t.end - t.start > 3 &&
        !(c & (kMonth | kWeekday | kRelative | kDayWord | kNumberWord | kMagnitude)))
      return 0;
    auto prev_cls = [&](std::uint32_t k) { return k > 0 && same_para(k - 1, k) ? cls[k - 1] : 0u; };
    // Month-led dates: "May 19", "May 19 (Monday)", "March 7, 2013", "July 2018", "late April".
    if ((c & kMonth) && t.has(kUpperInitial) && !t.has(kAllCaps)) {
      DateParts d;
      d.month = static_cast<int>(val[i]);
      std::uint32_t j = i + 1;
      if (is_punct(j, '.') && adjacent(j) && toks[i].end - toks[i].start <= 4 && sv(i) != "June" && sv(i) != "July" &&
          small_int(j + 1, 31) > 0)
        ++j;
      int day = small_int(j, 31);
      if (day > 0 && same_para(i, j)) {
        d.day = day;
        ++j;
        if (j < n && adjacent(j) && toks[j].has(kWord) && (sv(j) == "th" || sv(j) == "st" || sv(j) == "nd" || sv(j) == "rd"))
          ++j;
        // A range of days: "September 9 to 11", "May 19-21".
        if (j + 1 < n && same_para(i, j + 1) && (sv(j) == "to" || is_punct(j, '-') || toks[j].has(kDash)) &&
            small_int(j + 1, 31) > day)
          j += 2;
        if (is_punct(j, ',') && j + 1 < n && is_year(j + 1)) {
          d.year = is_year(j + 1);
          j += 2;
        } else if (j < n && is_year(j) && same_para(i, j)) {
          d.year = is_year(j);
          ++j;
        }
        if (is_punct(j, '(') && j + 2 < n && (cls[j + 1] & kWeekday) && is_punct(j + 2, ')')) {
          d.weekday = static_cast<int>(val[j + 1]);
          j += 3;
        }
      } else if (j < n && is_year(j) && same_para(i, j)) {
        d.year = is_year(j);
        ++j;
      } else if (j + 1 < n && (is_punct(j, '-') || toks[j].has(kDash)) && adjacent(j) && adjacent(j + 1) &&
                 (cls[j + 1] & kMonth) && toks[j + 1].has(kUpperInitial)) {
        j += 2;  // "January-February"
      } else {
        std::uint32_t pc = prev_cls(i);
        bool ctx_ok = (pc & (kDatePrep | kDateMod | kRelative)) || (i > 0 && is_punct(i - 1, '-'));
        if (d.month == 5 && !ctx_ok) return 0;   // "May" the verb
        if (d.month == 3 && !ctx_ok) return 0;   // "March" the noun
        if (!ctx_ok && toks[i].has(kSentenceStart)) return 0;
      }
      std::uint32_t b = i;
      std::string mod;
      if (i > 0 && same_para(i - 1, i) && (cls[i - 1] & kDateMod) && !toks[i - 1].has(kNumber)) {
        b = i - 1;
        mod = lower_ascii(sv(i - 1));
      } else if (i > 1 && is_punct(i - 1, '-') && (cls[i - 2] & kDateMod)) {
        b = i - 2;
        mod = lower_ascii(sv(i - 2));
      }
      Cand& cd = emit(b, j, Label::kDate, Kind::kValue);
      cd.modifier = mod;
      if (d.year) years_seen.push_back(d.year);
      date_parts.resize(cands.size());
      date_parts.back() = d;
      return j;
    }
    // "19 May 2025"
    if (t.has(kNumber) && small_int(i, 31) > 0 && i + 1 < n && (cls[i + 1] & kMonth) && toks[i + 1].has(kUpperInitial) &&
        same_para(i, i + 1)) {
      DateParts d;
      d.day = small_int(i, 31);
      d.month = static_cast<int>(val[i + 1]);
      std::uint32_t j = i + 2;
      if (j < n && is_year(j) && same_para(i, j)) {
        d.year = is_year(j);
        years_seen.push_back(d.year);
        ++j;
      }
      emit(i, j, Label::kDate, Kind::kValue);
      date_parts.resize(cands.size());
      date_parts.back() = d;
      return j;
    }
    // Weekdays.
    if ((c & kWeekday) && t.has(kUpperInitial)) {
      DateParts d;
      d.weekday = static_cast<int>(val[i]);
      std::uint32_t j = i + 1;
      emit(i, j, Label::kDate, Kind::kValue);
      date_parts.resize(cands.size());
      date_parts.back() = d;
      return j;
    }
    // Clock times: "10:00 AM", "17:00", "21:30", "10 a.m."
    if (t.has(kNumber)) {
      int hh = small_int(i, 24);
      std::uint32_t j = i;
      int mm = -1;
      if (hh >= 0 && is_punct(i + 1, ':') && adjacent(i + 1) && i + 2 < n && adjacent(i + 2) &&
          toks[i + 2].has(kNumber) && toks[i + 2].end - toks[i + 2].start == 2) {
        mm = small_int(i + 2, 59);
        j = i + 3;
      }
      int ampm = 0;
      if (hh >= 0 && j + 1 <= n) {
        std::uint32_t k = (mm >= 0) ? j : i + 1;
        if (k < n && same_para(i, k)) {
          Hit hk = match(k);
          if (hk.cend > k && (hk.classes & kAmPm)) {
            ampm = static_cast<int>(hk.value);
            j = hk.cend;
          }
        }
      }
      if (hh >= 0 && (mm >= 0 || ampm)) {
        if (mm < 0) mm = 0;
        if (ampm == 2 && hh < 12) hh += 12;
        if (ampm == 1 && hh == 12) hh = 0;
        std::uint32_t tb = i;  // "around 7pm"
        if (i > 0 && same_para(i - 1, i) && (cls[i - 1] & kApprox) && !(cls[i - 1] & kStop) && !toks[i - 1].has(kUpperInitial))
          tb = i - 1;
        Cand& cd = emit(tb, j, Label::kTime, Kind::kValue);
        cd.clock = hh * 60 + mm;
        return j;
      }
    }
    // Relative dates and times: "this week", "last night", "the last two decades".
    if ((c & kRelative) && i + 1 < n && same_para(i, i + 1)) {
      std::uint32_t j = i + 1;
      if ((cls[j] & kNumberWord) || toks[j].has(kNumber)) ++j;
      if (j < n && same_para(i, j) && (cls[j] & (kDateUnit | kWeekday | kTimeUnit)) && !(cls[j] & kOrdinal)) {
        std::string_view u = sv(j);
        bool time = (cls[j] & kTimeUnit) && !(cls[j] & kDateUnit);
        if (u == "year" || u == "years" || u == "week" || u == "month") time = false;
        std::uint32_t b = i;
        if (i > 0 && same_para(i - 1, i) && h[i - 1] == kThe) b = i - 1;
        emit(b, j + 1, time ? Label::kTime : Label::kDate, Kind::kValue);
        if (!time) date_parts.resize(cands.size());
        return j + 1;
      }
    }
    if (t.has(kWord) && !t.has(kAllCaps) && (c & kDayWord)) {
      std::string w = lower_ascii(sv(i));
      if (w == "today" || w == "yesterday" || w == "tomorrow") {
        emit(i, i + 1, Label::kDate, Kind::kValue);
        date_parts.resize(cands.size());
        return i + 1;
      }
      if (w == "tonight") {
        emit(i, i + 1, Label::kTime, Kind::kValue);
        return i + 1;
      }
    }
    // Figures.
    bool num = t.has(kNumber) || ((c & kNumberWord) && !(c & kMagnitude) && !t.has(kAllCaps) &&
                                  (!t.has(kUpperInitial) || (i + 1 < n && same_para(i, i + 1) && toks[i + 1].has(kWord))));
    bool money_sign = false;
    std::uint32_t b = i, j = i;
    std::string approx;
    if (t.has(kPunct) && (sv(i) == "$" || sv(i) == "€" || sv(i) == "£" || sv(i) == "₽") && i + 1 < n &&
        toks[i + 1].has(kNumber) && adjacent(i + 1)) {
      money_sign = true;
      j = i + 1;
      num = true;
    } else if (t.has(kAllCaps) && t.end - t.start == 3 && i + 1 < n && toks[i + 1].has(kNumber) && same_para(i, i + 1) &&
               currency_code(sv(i))) {
      money_sign = true;  // "RMB 847.8 billion", "USD 5 million"
      j = i + 1;
      num = true;
    } else if (t.has(kWord) && (sv(i) == "US" || sv(i) == "C" || sv(i) == "A") && is_punct(i + 1, '$') &&
               adjacent(i + 1) && i + 2 < n && toks[i + 2].has(kNumber)) {
      money_sign = true;
      j = i + 2;
      num = true;
    }
    bool mag_plural = (c & kMagnitude) && !t.has(kUpperInitial) && sv(i).back() == 's';  // "trillions of dollars"
    // "a million", "more than a month": the article as the number one, after an approximator.
    bool a_one = false;
    auto approx_before = [&](std::uint32_t k) {
      if (k >= 1 && same_para(k - 1, k) && (cls[k - 1] & kApprox) && !(cls[k - 1] & kStop)) return true;
      if (k < 2 || !same_para(k - 2, k)) return false;
      std::uint32_t node = M.child(M.child(Matcher::kRoot, h[k - 2]), h[k - 1]);
      return node != UINT32_MAX && (M.classes(node) & kApprox) != 0;
    };
    if (!num && !mag_plural && t.has(kWord) && sv(i) == "a" && i + 1 < n && same_para(i, i + 1) && approx_before(i) &&
        (((cls[i + 1] & kMagnitude) && sv(i + 1).back() != 's') || (cls[i + 1] & (kDateUnit | kTimeUnit)))) {
      num = true;
      a_one = true;
    }
    if (!num && !mag_plural) return 0;
    if (t.has(kNumber) && !money_sign) {
      int y = is_year(i);
      std::uint32_t pc = prev_cls(i);
      bool unit_after = i + 1 < n && same_para(i, i + 1) && toks[i + 1].has(kWord) && !toks[i + 1].has(kUpperInitial) &&
                        !(cls[i + 1] & (kStop | kDatePrep));
      if (y && i + 1 < n && adjacent(i + 1) && sv(i + 1) == "s") {  // "the 1920s"
        emit(i, i + 2, Label::kDate, Kind::kValue);
        date_parts.resize(cands.size());
        return i + 2;
      }
      bool year_cue = i > 0 && same_para(i - 1, i) && (h[i - 1] == kThe || sv(i - 1) == "©" || h[i - 1] == kCopyright);
      if (y && (!unit_after || year_cue) && (year_cue || pc & (kDatePrep | kDateMod | kRelative) || !same_para(i - (i > 0), i) ||
                               i == 0 || (i + 1 < n && toks[i + 1].has(kPunct)))) {
        Cand& cd = emit(i, i + 1, Label::kDate, Kind::kValue);
        if (pc & kDatePrep) {
          std::string p = lower_ascii(sv(i - 1));
          if (p == "since" || p == "until" || p == "before" || p == "after" || p == "by") cd.modifier = p;
        }
        years_seen.push_back(y);
        date_parts.resize(cands.size());
        date_parts.back().year = y;
        return i + 1;
      }
    }
    // Approximators before the figure: "more than 5,000", "over 27%".
    if (!money_sign || b == i) {
      if (i >= 3 && same_para(i - 3, i)) {  // "as much as"
        std::uint32_t node = M.child(M.child(M.child(Matcher::kRoot, h[i - 3]), h[i - 2]), h[i - 1]);
        if (node != UINT32_MAX && (M.classes(node) & kApprox)) {
          b = i - 3;
          approx = lower_ascii(span_text(i - 3, i));
        }
      }
      if (b == i && i >= 2 && same_para(i - 2, i)) {
        std::uint32_t node = M.child(M.child(Matcher::kRoot, h[i - 2]), h[i - 1]);
        if (node != UINT32_MAX && M.child(Matcher::kRoot, h[i - 2]) != UINT32_MAX && (M.classes(node) & kApprox)) {
          b = i - 2;
          approx = lower_ascii(span_text(i - 2, i));
        }
      }
      if (b == i && i >= 1 && same_para(i - 1, i) && (cls[i - 1] & kApprox) && !(cls[i - 1] & kStop && sv(i - 1) == "some" && false)) {
        std::string w = lower_ascii(sv(i - 1));
        if (w == "over" || w == "nearly" || w == "almost" || w == "about" || w == "around" ||
            w == "approximately" || w == "roughly" || w == "under" || w == "some") {
          b = i - 1;
          approx = w;
        }
      }
    }
    double v = 0;
    int mag = 0;
    if (toks[j].has(kNumber)) {
      v = number_value(j);
    } else if (a_one) {
      v = 1;
    } else if (cls[j] & kNumberWord) {
      v = val[j];
    }
    ++j;
    // "twenty five", "5 million", "trillions"
    if (!mag_plural) {
      if (j < n && same_para(i, j) && (cls[j] & kMagnitude) && !toks[j].has(kUpperInitial)) {
        mag = static_cast<int>(val[j]);
        ++j;
      }
    } else {
      mag = static_cast<int>(val[i]);
      v = 1;
    }
    std::string_view first = sv(i);
    // "22-point": the number alone; "30-second" / "17 hours": TIME; "two days": DATE.
    std::uint32_t k = j;
    if (is_punct(k, '-') && adjacent(k) && k + 1 < n && adjacent(k + 1)) ++k;
    if (!money_sign && k < n && same_para(i, k) && (cls[k] & (kDateUnit | kTimeUnit)) && !(cls[k] & kOrdinal && k == j)) {
      std::string_view u = sv(k);
      bool time = (cls[k] & kTimeUnit) && u != "morning" && u != "evening" && u != "night" && u != "afternoon";
      bool date = (cls[k] & kDateUnit) != 0;
      if (time || date) {
        std::uint32_t ke = k + 1;  // "two weeks ago", "a decade later"
        if (ke < n && same_para(i, ke) && (sv(ke) == "ago" || sv(ke) == "earlier" || sv(ke) == "later")) ++ke;
        emit(b, ke, time ? Label::kTime : Label::kDate, Kind::kValue);
        if (date) date_parts.resize(cands.size());
        return ke;
      }
    }
    // Quantities: "200 kilometers", "5.39 million tonnes", "150 billion cubic meters".
    if (!money_sign && j < n && same_para(i, j) && !toks[j].has(kUpperInitial)) {
      const Hit& hu = match(j);
      if (hu.cend > j && (hu.classes & kUnit)) {
        emit(b, hu.cend, Label::kQuantity, Kind::kValue);
        return hu.cend;
      }
    }
    // Money: "$964 million", "964 million dollars", "trillions of dollars".
    std::string cur;
    std::uint32_t e = j;
    if (money_sign) {
      std::string_view s = sv(i);
      cur = s == "€" ? "EUR" : s == "£" ? "GBP" : s == "₽" ? "RUB" : "USD";
      if (const char* code = currency_code(s)) cur = code;
    } else {
      std::uint32_t q = j;
      if (mag_plural && q < n && sv(q) == "of") ++q;
      if (q < n && same_para(i, q) && (cls[q] & kCurrency) && !toks[q].has(kUpperInitial)) {
        static const char* codes[] = {"", "USD", "EUR", "GBP", "RUB", "CNY", "JPY", "UAH", "INR", "CHF"};
        cur = codes[val[q] < 10 ? val[q] : 0];
        e = q + 1;
      } else if (mag_plural) {
        // "millions", "hundreds of thousands": a vague figure.
        std::uint32_t pe = i + 1;
        if (pe + 1 < n && sv(pe) == "of" && (cls[pe + 1] & kMagnitude) && !toks[pe + 1].has(kUpperInitial)) pe += 2;
        Cand& cd = emit(b, pe, Label::kCardinal, Kind::kValue);
        cd.value = "1e" + std::to_string(mag) + "+";
        return pe;
      }
    }
    std::string prefix = approx == "more than" || approx == "over" ? ">" :
                         approx == "less than" || approx == "fewer than" || approx == "under" ? "<" :
                         approx.empty() ? "" : approx == "up to" ? "<=" : approx == "at least" ? ">=" : "~";
    std::string value = prefix + (mag_plural ? std::string("1e") + std::to_string(mag) + "+" : fmt_number(v * std::pow(10.0, mag)));
    if (!cur.empty()) {
      Cand& cd = emit(b, e, Label::kMoney, Kind::kValue);
      cd.value = value + " " + cur;
      return e;
    }
    if (j < n && same_para(i, j) && ((cls[j] | match(j).classes) & kPercentWord)) {
      Hit hp = match(j);
      std::uint32_t pe = hp.cend > j ? hp.cend : j + 1;
      Cand& cd = emit(b, pe, Label::kPercent, Kind::kValue);
      cd.value = value + "%";
      return pe;
    }
    // Ordinals written with digits: "17th".
    if (t.has(kNumber) && j < n && adjacent(j) && toks[j].has(kWord) &&
        (sv(j) == "th" || sv(j) == "st" || sv(j) == "nd" || sv(j) == "rd")) {
      Cand& cd = emit(i, j + 1, Label::kOrdinal, Kind::kValue);
      cd.value = fmt_number(v);
      return j + 1;
    }
    if (first == "one" && !(j < n && same_para(i, j) && toks[j].has(kWord) && !(cls[j] & (kStop | kDatePrep))))
      return 0;
    if (t.has(kNumber) && i > 0 && toks[i - 1].has(kWord) && adjacent(i)) return 0;  // "G7", "MI6"
    Cand& cd = emit(b, j, Label::kCardinal, Kind::kValue);
    cd.value = value;
    return j;
  };

  // ---- Capitalised runs.
  auto titleish = [&](std::uint32_t k) { return (cls[k] & (kTitle | kTitleMod | kHonorific)) != 0; };

  // Reads a title backwards from `end` (exclusive): title words, qualifiers,
  // nationality and country names. Returns its first token.
  auto title_start = [&](std::uint32_t end, std::uint32_t floor) {
    std::uint32_t b = end;
    while (b > floor && same_para(b - 1, end - 1)) {
      std::uint32_t k = b - 1;
      // Connectors inside a title: "Governor of", "Chairman of the" (State Duma).
      bool title_connector = (cls[k] & kConnector) && k > floor &&
                             (titleish(k - 1) || (k - 1 > floor && (cls[k - 1] & kConnector) && titleish(k - 2)));
      if (titleish(k) || title_connector) {
        b = k;
        continue;
      }
      Hit hk = match(k);
      if (hk.entry >= 0 && hk.end <= end) {
        Label l = M.entry(hk.entry).label;
        if (l == Label::kNorp || l == Label::kGpe || l == Label::kOrg) {
          b = k;
          continue;
        }
      }
      break;
    }
    return b;
  };
  // Country of a title ("US" / "Russian" -> canonical country) and its head.
  auto title_parts = [&](std::uint32_t b, std::uint32_t e, std::string* key, std::string* head) {
    std::string country, words;
    for (std::uint32_t k = b; k < e;) {
      Hit hk = match(k);
      if (hk.entry >= 0 && hk.end <= e) {
        const GazEntry& g = M.entry(hk.entry);
        if (g.label == Label::kGpe || (g.label == Label::kNorp && g.demonym)) {
          if (country.empty()) country = g.canonical.empty() ? std::string(span_text(k, hk.end)) : g.canonical;
          k = hk.end;
          continue;
        }
      }
      std::string w = lower_ascii(sv(k));
      if (w != "the" && w != "former" && (cls[k] & (kTitle | kTitleMod | kHonorific | kConnector))) {
        if (!words.empty()) words += ' ';
        words += w;
      }
      ++k;
    }
    *key = country + "|" + words;
    *head = words;
  };

  auto zone_start = [&](std::uint32_t k) {
    if (!toks[k].has(kUpperInitial)) return false;
    Hit hz = match(k);
    return hz.cend > k && (hz.classes & kZone) != 0;
  };
  // Headline-style paragraphs ("What Did Trump Attempt to Make Putin Yield"):
  // capitals there are no evidence of a name.
  std::vector<std::uint8_t> titlecase(doc.paragraphs.size() + 1, 0);
  {
    std::uint32_t k = 0;
    while (k < n) {
      std::uint32_t p = toks[k].paragraph, words = 0, ups = 0;
      std::uint32_t j = k;
      for (; j < n && toks[j].paragraph == p; ++j)
        if (toks[j].has(kWord) && toks[j].end - toks[j].start > 3 && !toks[j].has(kPossessive)) {
          ++words;
          ups += toks[j].has(kUpperInitial);
        }
      // A paragraph that ends a sentence with a full stop is prose, however many capitals it has
      // ("For NPR News, I'm Mose Buchele in Wharton County, Texas.").
      bool full_stop = j > k && toks[j - 1].has(kPunct) && text[toks[j - 1].start] == '.' &&
                       toks[j - 1].end - toks[j - 1].start == 1;
      if (p < titlecase.size() && words >= 4 && ups * 10 >= words * 7 && !full_stop) titlecase[p] = 1;
      if (p < doc.paragraphs.size() && doc.paragraphs[p].kind == ParagraphKind::kTitle) titlecase[p] = 1;
      k = j;
    }
  }
  // A given name followed by a capital starts a person, even when a town bears it ("Vladimir").
  auto given_start = [&](std::uint32_t k) {
    return k + 1 < n && (cls[k] & kGivenName) && is_cap(k) && same_para(k, k + 1) && is_cap(k + 1) &&
           !(cls[k + 1] & (kOrgHead | kMonth | kWeekday));
  };

  // "Name (ABBR)": an all-capitals word in brackets right after token e-1 declares an abbreviation.
  auto declares_abbreviation = [&](std::uint32_t e) {
    return is_punct(e, '(') && e + 2 < n && toks[e + 1].has(kAllCaps) && is_punct(e + 2, ')');
  };

  std::vector<std::uint32_t> org_end_run(n + 1, 0);  // run start + 1 of a gazetteer organisation ending there
  FlatMap place_words(16);  // first words of head-word places ("Xinjiang" of "Xinjiang Uygur Autonomous Region")
  std::uint32_t i = 0;
  while (i < n) {
    // Skip URLs.
    while (url_i < urls.size() && urls[url_i].second <= toks[i].start) ++url_i;
    if (url_i < urls.size() && toks[i].start >= urls[url_i].first && toks[i].start < urls[url_i].second) {
      std::uint32_t j = i;
      while (j < n && toks[j].start < urls[url_i].second) ++j;
      Cand c;
      c.b = i;
      c.e = j;
      c.bb = urls[url_i].first;
      c.eb = urls[url_i].second;
      c.label = Label::kUrl;
      c.kind = Kind::kValue;
      c.para = toks[i].paragraph;
      cands.push_back(c);
      i = j;
      continue;
    }
    if (marker[i] && (cls[i] & kRoleLabel)) {  // "Question:", "Host:"
      ++i;
      continue;
    }
    {  // stage directions ("(SOUNDBITE OF MUSIC)") name nothing
      std::uint32_t p = toks[i].paragraph;
      if (p < doc.paragraphs.size() && doc.paragraphs[p].kind == ParagraphKind::kStage) {
        while (i < n && toks[i].paragraph == p) ++i;
        continue;
      }
    }
    if (toks[i].has(kUpperInitial) && zone_start(i)) {
      Hit hz = match(i);
      if (hz.cend > i && (hz.classes & kZone)) {
        zones.push_back({i, hz.cend, static_cast<int>(hz.value) - 1});
        i = hz.cend;
        continue;
      }
    }
    if (std::uint32_t j = try_value(i)) {
      i = j;
      continue;
    }
    const Token& t = toks[i];
    // "First, ...", "Second, ...": an enumerating ordinal.
    if ((cls[i] & kOrdinal) && t.has(kUpperInitial) && !t.has(kAllCaps) && t.has(kSentenceStart) && is_punct(i + 1, ',')) {
      Cand& cd = emit(i, i + 1, Label::kOrdinal, Kind::kValue);
      cd.value = std::to_string(val[i]);
      ++i;
      continue;
    }
    // Lower-case phrase entries ("pro-Russian") and ordinals.
    if (t.has(kWord) && !t.has(kUpperInitial)) {
      bool det = (cls[i] & kOrdinal) && i > 0 && same_para(i - 1, i) &&
                 (toks[i - 1].has(kPossessive) || sv(i - 1) == "the" || sv(i - 1) == "The" || sv(i - 1) == "its" ||
                  sv(i - 1) == "his" || sv(i - 1) == "her" || sv(i - 1) == "their" || sv(i - 1) == "Their" ||
                  sv(i - 1) == "our" || sv(i - 1) == "a" || sv(i - 1) == "my" || sv(i - 1) == "your");
      if ((cls[i] & kOrdinal) && det) {
        Cand& cd = emit(i, i + 1, Label::kOrdinal, Kind::kValue);
        cd.value = std::to_string(val[i]);
        ++i;
        continue;
      }
      // A title reference: "the US President", "the Russian leader" (the article's capitals
      // are read in the run below; here a lower-case head after a nationality).
      ++i;
      continue;
    }
    if (!is_cap(i)) {
      ++i;
      continue;
    }
    // Compound nationalities: "Russian-Chinese", "Sino-Russian".
    {
      Hit hd = match(i);
      if (hd.entry >= 0 && M.entry(hd.entry).demonym && is_punct(hd.end, '-') && adjacent(hd.end) &&
          adjacent(hd.end + 1) && hd.end + 1 < n) {
        Hit h2 = match(hd.end + 1);
        if (h2.entry >= 0 && M.entry(h2.entry).demonym) {
          Cand& cd = emit(i, h2.end, Label::kNorp, Kind::kName);
          cd.strong = true;
          i = h2.end;
          continue;
        }
      }
    }
    // The run: capitalised words with inner connectors ("Institute of International Relations").
    std::uint32_t s = i, e = i;
    bool run_and = false;
    while (e < n && same_para(s, e)) {
      if (e > s && ((cls[e] & (kMonth | kWeekday)) || zone_start(e))) break;
      // A capitalised preposition inside a run is headline case, not a name: "Correspondent For The Daily Mail".
      if (e > s && is_cap(e) && !toks[e].has(kAllCaps) && cap_prep.contains(h[e])) break;
      if (is_cap(e)) {
        ++e;
        continue;
      }
      // An honorific's full stop stays inside the run: "Ms. Adeyemi", "Dr. Sarah Okafor".
      if (e > s && is_punct(e, '.') && (cls[e - 1] & kHonorific) && !toks[e].has(kSpaceBefore) && e + 1 < n &&
          is_cap(e + 1) && same_para(s, e + 1)) {
        ++e;
        continue;
      }
      // Arabic particles: "Abdel Fattah al-Burhan".
      if (e > s && toks[e].has(kWord) && !toks[e].has(kUpperInitial) && particle.contains(h[e]) && is_punct(e + 1, '-') &&
          adjacent(e + 1) && e + 2 < n && adjacent(e + 2) && is_cap(e + 2)) {
        e += 3;
        continue;
      }
      // A lower-case syllable after a hyphen in an East Asian given name: "Lai Ching-te", "Kim Jong-un".
      if (e > s + 1 && is_punct(e, '-') && adjacent(e) && e + 1 < n && adjacent(e + 1) && toks[e + 1].has(kWord) &&
          !toks[e + 1].has(kUpperInitial) && toks[e + 1].end - toks[e + 1].start <= 5 && !hyphen_suffix.contains(h[e + 1]) &&
          !(e + 2 < n && adjacent(e + 2)) && match(e - 1).entry < 0 && toks[e - 1].has(kSpaceBefore)) {
        e += 2;
        continue;
      }
      // "and" inside a body's name: "Ministry of Industry and Trade", "Belt and Road Forum".
      if (e > s && !run_and && toks[e].has(kWord) && !toks[e].has(kUpperInitial) && sv(e) == "and" && e + 1 < n &&
          is_cap(e + 1) && same_para(s, e + 1) && match(e + 1).entry < 0 && !given_start(e + 1) &&
          !(cls[e + 1] & (kTitle | kHonorific))) {
        bool head_of = false;
        for (std::uint32_t q = s; q + 1 < e && !head_of; ++q)
          if ((cls[q] & kOrgHead) && is_cap(q) && (cls[q + 1] & kConnector) && !toks[q + 1].has(kUpperInitial)) head_of = true;
        bool head_after = false;
        if (!head_of) {
          bool known = false;
          for (std::uint32_t q = s; q < e; ++q) known |= match(q).entry >= 0;
          std::uint32_t q = e + 1;
          while (q < n && q < e + 5 && is_cap(q) && !(cls[q] & (kOrgHead | kEventHead))) ++q;
          head_after = !known && q < n && is_cap(q) && (cls[q] & (kOrgHead | kEventHead));
        }
        // After "Ministry of X", the word after "and" must be a common word ("Trade", "Food"), not a name
        // ("Ministry of Construction and Rosatom").
        if (head_of && !head_after) head_of = lower_seen(e + 1) || cls[e + 1] != 0;
        if (head_of || head_after) {
          run_and = true;
          e += 1;
          continue;
        }
      }
      if (e > s && is_punct(e, '-') && adjacent(e) && adjacent(e + 1) && e + 1 < n && is_cap(e + 1) &&
          same_para(s, e + 1)) {  // "Pryce-Whitby", "US-Russia"
        e += 2;
        continue;
      }
      if ((cls[e] & kConnector) && !toks[e].has(kUpperInitial) && e > s && h[e] != kThe && e + 1 < n && same_para(s, e + 1) &&
          is_cap(e + 1) && !(cls[e + 1] & (kMonth | kWeekday)) && !(h[e + 1] == kThe && h[e] != kOf)) {
        std::uint32_t k = e + 1;
        if ((cls[k] & kConnector) && k + 1 < n && is_cap(k + 1)) ++k;
        e = k + 1;
        continue;
      }
      break;
    }
    // A gazetteer phrase may run past the capitals ("U.S.", "ITAR-TASS").
    Hit h0 = match(s);
    if (h0.entry >= 0 && h0.end > e) e = h0.end;
    // Function words and pronouns never open a name ("I'm Nick Fountain", "And Trump").
    while (s < e && (cls[s] & kStop) && !(cls[s] & (kGivenName | kTitle | kHonorific)) && match(s).entry < 0) ++s;
    // Sentence-initial words capitalised by position.
    while (s < e && (toks[s].has(kSentenceStart) || (s > 0 && toks[s - 1].has(kQuoteMark)) ||
                     (s > 0 && (is_punct(s - 1, '(') || is_punct(s - 1, ':'))))) {
      Hit hs = match(s);
      if (hs.entry >= 0) break;
      bool next_known = s + 1 >= e || match(s + 1).entry >= 0 ||
                        (cls[s + 1] & (kGivenName | kTitle | kHonorific)) != 0;
      bool common = (cls[s] & (kStop | kSpeech | kRoleLabel)) ||
                    (lower_seen(s) && next_known && !(cls[s] & (kGivenName | kTitle | kHonorific)));
      if (!common) break;
      ++s;
    }
    if (s >= e) {
      i = e > i ? e : i + 1;
      continue;
    }
    std::uint32_t end = e;
    // A body's name and then a person's: "the regional Duma Yelena Sytnikova", "the Ministry of Defence Maria
    // Ivanova". The run ends before the given name and the next run is the person; after a title ("Chairman
    // of the State Duma Vyacheslav Volodin") the body closes the title instead (rule 1).
    // One pass over the run: a capitalised organisation head-word seen, or a gazetteer organisation that
    // ends right before the given name (org_end_run stamps the ends with the run, so no clearing is needed).
    std::int64_t body_title = -1;
    bool head_seen = false;
    // The object of a lower-case "of" is a body or a place, not a person's first name: "the office of
    // Rospotrebnadzor Tatyana Belousova" (one unknown word, then a given name).
    const bool of_object = s > 0 && same_para(s - 1, s) && h[s - 1] == kOf && !toks[s - 1].has(kUpperInitial) &&
                           !(cls[s] & (kGivenName | kTitle | kTitleMod | kHonorific)) && match(s).entry < 0;
    for (std::uint32_t k = s; k + 1 < end; ++k) {
      if (k > s) {
        if (cls[k - 1] & (kTitle | kHonorific)) break;  // a title's run is read by rule 1, title and all
        // A known place or body that starts with a given name stays whole ("University of Michigan Ann Arbor").
        // The person is the run's tail (at most four words): the next run is then that short tail, and
        // a run of bodies and names ("Ministry John Ministry John ...") is not re-read from each name.
        if ((head_seen || org_end_run[k] == s + 1 || (of_object && k == s + 1)) && given_start(k) &&
            !(cls[k - 1] & kGivenName) && match(k).entry < 0 && end - k <= 4) {
          if (title_start(s, s > 8 ? s - 8 : 0) < s) body_title = static_cast<std::int64_t>(k) - 1;
          else end = k;
          break;
        }
      }
      // A body's or a place's head-word: "the Omsk Region Kirill Zhuravsky" after "Governor of".
      head_seen = head_seen || (is_cap(k) && (cls[k] & (kOrgHead | kGeoHead)));
      Hit hk = match(k);
      if (hk.entry >= 0 && hk.end <= n && M.entry(hk.entry).label == Label::kOrg) org_end_run[hk.end] = s + 1;
    }
    if (of_object && end == s + 1 && end < e) {  // the unknown body split off before the person
      emit(s, end, Label::kOrg, Kind::kName);
      i = end;
      continue;
    }
    bool quoted = s > 0 && toks[s - 1].has(kQuoteMark) && end < n && toks[end].has(kQuoteMark);
    bool speech_after = end < n && same_para(s, end) &&
                        ((cls[end] & kSpeech) || (toks[end].has(kPossessive) && false) ||
                         (is_punct(end, ',') && end + 1 < n && (cls[end + 1] & kSpeech)));
    bool speech_before = s > 0 && same_para(s - 1, s) && (cls[s - 1] & kSpeech) && !toks[s - 1].has(kUpperInitial);
    bool paren_acr = declares_abbreviation(end);

    // 1. Title + name inside the run: the last title word followed by unknown capitals.
    std::int64_t last_title = -1;
    bool run_ends_title = (cls[end - 1] & kTitle) != 0;
    for (std::uint32_t k = s; k < end; ++k) {
      Hit hk = match(k);
      if (hk.entry >= 0 && hk.end <= end) {
        // "Chairman of the State Duma Vyacheslav Volodin": a body or place closes the title before a given name.
        Label gl = M.entry(hk.entry).label;
        if (last_title >= 0 && hk.end < end && given_start(hk.end) &&
            (gl == Label::kOrg || gl == Label::kGpe || gl == Label::kLoc))
          last_title = static_cast<std::int64_t>(hk.end) - 1;
        k = hk.end - 1;
        continue;
      }
      if (hk.cend > k + 1 && (hk.classes & (kTitle | kHonorific))) {
        if (hk.cend == end) run_ends_title = true;
        if (hk.cend < end) last_title = static_cast<std::int64_t>(hk.cend) - 1;
        k = hk.cend - 1;
      } else if ((cls[k] & kHonorific) && is_punct(k + 1, '.') && k + 2 < end) {
        last_title = ++k;  // the title ends with its full stop: "Ms."
      } else if ((cls[k] & (kTitle | kHonorific)) && k + 1 < end) {
        last_title = k;
      } else if ((cls[k] & kGeoHead) && is_cap(k) && k > s && k + 1 < end && last_title >= 0) {
        last_title = k;  // "Governor of Kaluga Region Vladislav Shapsha"
      } else if ((cls[k] & kOrgHead) && is_cap(k) && k > s && last_title >= 0 && k + 2 < end && given_start(k + 1)) {
        last_title = k;  // "Head of the Federal Tax Service Daniil Egorov"
      }
    }
    if (last_title < 0 && body_title >= 0) last_title = body_title;
    // Is everything after the title a name (no gazetteer place or organisation)?
    auto name_like = [&](std::uint32_t b, std::uint32_t e2) {
      if (b >= e2 || !is_cap(b)) return false;
      bool all_mod = true;
      for (std::uint32_t k = b; k < e2; ++k)
        if (!(cls[k] & (kTitleMod | kConnector | kStop))) all_mod = false;
      if (all_mod) return false;
      for (std::uint32_t k = b; k < e2; ++k) {
        if (k == b && given_start(k)) continue;
        if (is_punct(k, '-') && k > b && adjacent(k) && adjacent(k + 1)) continue;
        if (!is_cap(k) && !(cls[k] & kConnector)) return false;
        bool surname_title = k == e2 - 1 && k > b && (cls[b] & kGivenName) && !(cls[k] & (kHonorific | kTitleMod));
        if (cls[k] & (kOrgHead | kMonth | kWeekday | kGeoHead)) return false;
        if ((cls[k] & kTitle) && !surname_title) return false;
        Hit hk = match(k);
        bool joined = k > b && is_punct(k - 1, '-') && adjacent(k);  // "Pryce-Whitby": no place inside
        if (hk.entry >= 0 && hk.end <= e2 && M.entry(hk.entry).label != Label::kPerson && !joined) return false;
      }
      return true;
    };
    // Emits the gazetteer pieces (places, nationalities, organisations) of [b, e2).
    auto emit_pieces = [&](std::uint32_t b, std::uint32_t e2) {
      for (std::uint32_t k = b; k < e2;) {
        Hit hk = match(k);
        if (hk.entry >= 0 && hk.end <= e2) {
          const GazEntry& g = M.entry(hk.entry);
          std::uint32_t he = hk.end;
          bool region = g.label == Label::kGpe && he < e2 && is_cap(he) && (cls[he] & kGeoHead);
          Cand& cd = emit(k, region ? he + 1 : he, g.label, Kind::kName);
          cd.canonical = g.label == Label::kNorp || region ? std::string() : g.canonical;
          cd.canon_key = g.label == Label::kNorp || region ? 0 : g.canon_key;
          cd.strong = true;
          k = region ? he + 1 : he;
        } else {
          ++k;
        }
      }
    };
    std::int64_t name_b = -1;
    if (last_title >= 0 && name_like(static_cast<std::uint32_t>(last_title) + 1, end)) {
      name_b = last_title + 1;
    }
    if (name_b >= 0) {
      std::uint32_t nb = static_cast<std::uint32_t>(name_b);
      std::uint32_t tb = title_start(s, s > 8 ? s - 8 : 0);
      if (tb < s && tb > 0 && false) tb = s;
      emit_pieces(tb, nb);
      Cand& cd = emit(nb, end, Label::kPerson, Kind::kName);
      cd.strong = true;
      std::uint32_t te = nb;
      cd.title = std::string(span_text(tb, te));
      title_parts(tb, te, &cd.title_key, &cd.title_head);
      i = end;
      continue;
    }
    // 2a. Places named by a head-word: "Kaluga Region", "Wharton County", "South China Sea", "Lake Travis",
    // "Kursk region". Leading titles and connectors are no part of it ("Governor of Kaluga Region").
    {
      std::uint32_t gs = s;
      while (gs < end && (cls[gs] & (kTitle | kHonorific | kConnector | kStop))) ++gs;
      bool has_title = false;
      for (std::uint32_t q = gs; q < end; ++q) has_title |= (cls[q] & (kTitle | kHonorific | kOrgHead)) != 0;
      // A known place and another known place after it are two: "Texas Gulf Coast" -> Texas, Gulf Coast.
      std::uint32_t ge = end;
      bool lower_head = ge < n && same_para(s, ge) && toks[ge].has(kWord) && !toks[ge].has(kUpperInitial) &&
                        (cls[ge] & kGeoHead) && val[ge] == 1 && !toks[ge].has(kPossessive);
      const Hit& hg = match(gs);
      if (hg.entry >= 0 && hg.end < end && match(hg.end).entry >= 0 &&
          (M.entry(hg.entry).label == Label::kGpe || M.entry(hg.entry).label == Label::kLoc)) {
        emit_pieces(gs, hg.end);
        gs = hg.end;
      }
      bool suffix = is_cap(end - 1) && ((cls[end - 1] & kGeoHead) || ((cls[end - 1] & kLocHead) && (val[end - 1] & 1)));
      // gs reaches end when the run is all titles and connectors ("The Of"): no place then.
      bool prefix = gs < end && (cls[gs] & kLocHead) && (val[gs] & 2) && is_cap(gs);
      bool whole_known = (hg.entry >= 0 && hg.end >= end) || (match(s).entry >= 0 && match(s).end >= end);
      if (!has_title && gs < end && ((end - gs >= 2 && (suffix || prefix) && !whole_known) ||
                                              (lower_head && end - gs <= 2 && (end - gs == 1 || !whole_known)))) {
        if (lower_head) {
          Cand& cd = emit(gs, end + 1, Label::kGpe, Kind::kName);
          cd.strong = true;
          i = end + 1;
        } else {
          bool loc = (cls[end - 1] & kLocHead) || prefix;
          Cand& cd = emit(gs, end, loc ? Label::kLoc : Label::kGpe, Kind::kName);
          cd.strong = true;
          if (!loc && match(gs).entry < 0 && is_cap(gs) && !(cls[gs] & (kTitleMod | kGivenName)))
            place_words.insert(h[gs], 1);
          i = end;
        }
        continue;
      }
    }
    // 2. Events and documents named by their last word: "BRICS Business Forum", "Delhi Action Plan".
    std::uint32_t ev_head = end - 1;
    for (std::uint32_t q = s + 1; q + 2 < end; ++q)
      if ((cls[q] & kEventHead) && is_cap(q) && (cls[q + 1] & kConnector) && !toks[q + 1].has(kUpperInitial) &&
          !(cls[q] & kOrgHead))
        ev_head = q;
    if (end - s >= 2 && (cls[ev_head] & (kEventHead | kLawHead)) && is_cap(ev_head) && !(match(s).entry >= 0 && match(s).end >= end)) {
      Cand& cd = emit(s, end, (cls[ev_head] & kEventHead) ? Label::kEvent : Label::kLaw, Kind::kName);
      cd.strong = true;
      i = end;
      continue;
    }
    if (end - s >= 3 && end < n && same_para(s, end) && toks[end].has(kWord) && !toks[end].has(kUpperInitial) &&
        (cls[end] & kFacHead) && !(match(s).entry >= 0 && match(s).end >= end) && !titlecase[toks[s].paragraph]) {
      bool inner_connector = false, title = false;
      for (std::uint32_t q = s; q < end; ++q) {
        inner_connector |= (cls[q] & kConnector) && !toks[q].has(kUpperInitial);
        title |= (cls[q] & (kTitle | kHonorific | kOrgHead)) != 0;
      }
      if (inner_connector && !title) {  // "the Power of Siberia pipeline", "the Bridge of Peace bridge"
        Cand& cd = emit(s, end, Label::kFac, Kind::kName);
        cd.strong = true;
        i = end;
        continue;
      }
    }
    if (end - s >= 2 && (cls[end - 1] & kFacHead) && is_cap(end - 1) && !(match(s).entry >= 0 && match(s).end >= end)) {
      Cand& cd = emit(s, end, Label::kFac, Kind::kName);
      cd.strong = true;
      i = end;
      continue;
    }
    // 3. Organisation head-word: "Russian Foreign Ministry", "Moscow State Institute of ...".
    std::int64_t head = -1;
    for (std::uint32_t k = s; k < end; ++k)
      if ((cls[k] & kOrgHead) && is_cap(k)) {
        head = k;
        break;
      }
    Hit whole = match(s);
    // A person of a body: "Greg Sandoval of Northfield Securities". A given name opens two to four name words
    // before a lower-case "of", and a head-word follows it: the person, then the body as its own run. The
    // body is short (at most eight tokens), so the next run re-reads only that: "Anna Berg of Anna Berg of
    // ... Bank" stays linear.
    if (head >= 0 && end - s <= 14 && !(whole.entry >= 0 && whole.end >= end)) {
      std::uint32_t p = s + 1;
      while (p < static_cast<std::uint32_t>(head) && !(h[p] == kOf && !toks[p].has(kUpperInitial))) ++p;
      std::uint32_t g = s;
      while (g < p && !given_start(g)) ++g;
      bool plain = p < static_cast<std::uint32_t>(head) && g + 2 <= p && p - g <= 4 && end - p <= 9;
      for (std::uint32_t q = g; q < p && plain; ++q)
        plain = is_cap(q) && match(q).entry < 0 && !(cls[q] & (kOrgHead | kGeoHead | kTitle | kHonorific));
      if (plain) {
        Cand& cd = emit(g, p, Label::kPerson, Kind::kName);
        cd.strong = true;
        i = p + 1;
        continue;
      }
    }
    if (head >= 0) {  // a role after the body is no part of it: "Central Bank Governors"
      for (std::uint32_t k = static_cast<std::uint32_t>(head) + 1; k < end; ++k)
        if ((cls[k] & kTitle) && !(cls[k - 1] & kConnector)) {
          end = k;
          break;
        }
      while (end > s + 1 && (cls[end - 1] & kConnector) && !toks[end - 1].has(kUpperInitial)) --end;
    }
    if (head >= 0 && !(whole.entry >= 0 && whole.end >= end)) {
      std::uint32_t ob = s;
      // An acronym country before the body ("US State Department") stays a place.
      Hit hs = match(s);
      if (hs.entry >= 0 && M.entry(hs.entry).label == Label::kGpe && toks[s].has(kAllCaps) && hs.end < end &&
          end - hs.end >= 2) {
        emit_pieces(s, hs.end);
        ob = hs.end;
      }
      // A title right before a name inside: handled above. The run is one organisation
      // unless it is only a head-word ("House").
      if (end - ob >= 2) {
        Hit ho = match(ob);
        Cand& cd = emit(ob, end, Label::kOrg, Kind::kName);
        cd.strong = true;
        if (ho.entry >= 0 && ho.end == end) {
          cd.canonical = M.entry(ho.entry).canonical;
          cd.canon_key = M.entry(ho.entry).canon_key;
        }
        i = end;
        continue;
      }
    }
    // 3. Segment the run by the gazetteer; unknown capitals in between are pending.
    std::uint32_t k = s;
    const bool headline = titlecase[toks[s].paragraph] != 0;
    while (k < end) {
      Hit hk = match(k);
      if (given_start(k) && !(hk.entry >= 0 && hk.end > k + 1)) hk.entry = -1;
      // A company named after a place: "Norilsk Nickel", "Berlin-Chemie" (not in headline case).
      if (hk.entry >= 0 && hk.end < end && M.entry(hk.entry).label == Label::kGpe && !headline) {
        std::uint32_t q = hk.end;
        if (is_punct(q, '-') && adjacent(q) && q + 1 < end && adjacent(q + 1)) ++q;
        std::uint32_t u2 = q;
        while (u2 < end && is_cap(u2) && match(u2).entry < 0 && !given_start(u2) &&
               !(cls[u2] & (kTitle | kHonorific | kTitleMod | kGeoHead | kLocHead | kOrgHead | kMonth | kWeekday | kStop)))
          ++u2;
        // After a title and "to"/"in"/"of" the place is the title's ("Ambassador to China Yerzhan Tulegenov",
        // "Consul in Almaty ..."): two or three unknown capitals after it are the holder, not a company.
        const bool titled_place = k == s && s >= 2 && same_para(s - 2, s) && titleish(s - 2) &&
                                  toks[s - 1].has(kWord) && !toks[s - 1].has(kUpperInitial) &&
                                  (cls[s - 1] & kDatePrep) && q == hk.end && u2 == end && end - q >= 2 &&
                                  end - q <= 3;
        if (titled_place) {
          emit_pieces(k, hk.end);
          Cand& cd = emit(q, end, Label::kPerson, Kind::kName);
          cd.strong = true;
          std::uint32_t tb = title_start(s - 1, s > 9 ? s - 9 : 0);
          cd.title = std::string(span_text(tb, q));
          title_parts(tb, q, &cd.title_key, &cd.title_head);
          k = end;
          continue;
        }
        if (u2 > q && u2 == end) {
          Cand& cd = emit(k, u2, Label::kOrg, Kind::kName);
          cd.strong = true;
          k = u2;
          continue;
        }
      }
      if (hk.entry >= 0 && hk.end <= end) {
        const GazEntry& g = M.entry(hk.entry);
        Cand& cd = emit(k, hk.end, g.label, Kind::kName);
        cd.canonical = g.label == Label::kNorp ? std::string() : g.canonical;
        cd.canon_key = g.label == Label::kNorp ? 0 : g.canon_key;
        cd.strong = true;
        k = hk.end;
        continue;
      }
      if (!is_cap(k) || (cls[k] & (kMonth | kWeekday)) || (cls[k] & kConnector && !toks[k].has(kUpperInitial))) {
        ++k;
        continue;
      }
      std::uint32_t u = k;
      // Inside the run, lower-case name pieces the run took: "al-Burhan", "Ching-te".
      auto name_piece = [&](std::uint32_t q) -> std::uint32_t {
        if (q <= k || q + 1 >= end) return 0;
        if (particle.contains(h[q]) && toks[q].has(kWord) && !toks[q].has(kUpperInitial) && is_punct(q + 1, '-') &&
            q + 2 < end && is_cap(q + 2))
          return 3;
        if (is_punct(q, '-') && adjacent(q) && toks[q + 1].has(kWord) && !toks[q + 1].has(kUpperInitial)) return 2;
        return 0;
      };
      while (u < end && (is_cap(u) || name_piece(u) ||
                         (u > k && is_punct(u, '-') && adjacent(u) && u + 1 < end && is_cap(u + 1) &&
                          !(match(u + 1).entry >= 0)))) {
        if (std::uint32_t np = name_piece(u)) {
          u += np;
          continue;
        }
        if (!is_cap(u)) {
          u += 1;
          continue;
        }
        Hit hu = match(u);
        if (hu.entry >= 0 && hu.end <= end && u > k) break;
        if (u > k && (cls[u] & (kMonth | kWeekday))) break;
        if (u > k && (cls[u] & kTitle) &&
            !(u == k + 1 && (cls[k] & kGivenName) && !(cls[u] & (kHonorific | kTitleMod)) && !(u + 1 < end && is_cap(u + 1))))
          break;
        if (headline && u > k && !(cls[k] & kGivenName)) break;
        if (headline && (cls[u] & kStop)) break;
        ++u;
      }
      if (u == k) u = k + 1;
      // A title word alone ("President") is not a name.
      bool only_title = true;
      for (std::uint32_t q = k; q < u; ++q)
        if (!(cls[q] & (kTitle | kTitleMod | kHonorific | kStop | kRoleLabel))) only_title = false;
      if (headline && u == k + 1 && (cls[k] & kStop)) only_title = true;
      if (!only_title) {
        Cand& cd = emit(k, u, Label::kPerson, Kind::kPending);
        cd.quoted = quoted;
        cd.acronym_paren = paren_acr && u == end;
        cd.strong = (cls[k] & kGivenName) != 0 && u - k >= 2;
        bool lowered_title = k > 0 && same_para(k - 1, k) && (cls[k - 1] & kTitle) && !toks[k - 1].has(kUpperInitial);
        if (lowered_title || (u == end && (speech_after || speech_before)) || (u == end && s < k && false)) {
          cd.kind = Kind::kName;
          cd.by_speech = !lowered_title && !cd.strong;
          cd.strong = true;
          if (lowered_title) {
            std::uint32_t tb = title_start(k, k > 8 ? k - 8 : 0);
            emit_pieces(tb, k);
            Cand& c2 = cands.back().b == k ? cands.back() : cands[cands.size() - 1];
            (void)c2;
          }
        }
        if (lowered_title) {
          std::uint32_t tb = title_start(k, k > 8 ? k - 8 : 0);
          // find our candidate again (emit_pieces may have appended).
          for (std::size_t q = cands.size(); q-- > 0;)
            if (cands[q].b == k && cands[q].label == Label::kPerson) {
              cands[q].title = std::string(span_text(tb, k));
              title_parts(tb, k, &cands[q].title_key, &cands[q].title_head);
              break;
            }
        }
      }
      k = u;
    }
    // Title references inside the run or right after it: "the US President", "the Russian leader".
    {
      std::uint32_t tb = s, te = end;
      std::uint32_t q = end;
      while (q < n && same_para(s, q) && titleish(q) && !toks[q].has(kUpperInitial)) ++q;
      bool tail_title = q > end && (cls[q - 1] & kTitle);
      bool run_title = run_ends_title && end - s >= 2;
      if (tail_title) te = q;
      if ((tail_title || run_title) && !(q < n && is_cap(q) && same_para(s, q))) {
        bool the = tb > 0 && same_para(tb - 1, tb) && h[tb - 1] == kThe;
        Hit hb = match(tb);
        bool country = hb.entry >= 0 && (M.entry(hb.entry).label == Label::kGpe || M.entry(hb.entry).demonym);
        if (the || country) {
          Cand& cd = emit(tb, te, Label::kPerson, Kind::kTitleRef);
          title_parts(tb, te, &cd.title_key, &cd.title_head);
          if (tail_title) q = te;
          i = std::max(end, te);
          continue;
        }
      }
    }
    i = end > i ? end : i + 1;
  }

  // Lower-case title references after "the": "the president", "the foreign minister".
  // (Run-internal ones were emitted above.)

  // ---- Dates: infer missing years from weekdays and the article's other dates.
  date_parts.resize(cands.size());
  int anchor = 0;
  {
    int ref = 0;
    for (int y : years_seen) ref = std::max(ref, y);
    std::unordered_map<int, int> votes;
    for (std::size_t q = 0; q < cands.size(); ++q) {
      DateParts& d = date_parts[q];
      if (cands[q].label != Label::kDate || d.year || !d.month || !d.day || d.weekday < 0) continue;
      int best = 0;
      for (int y = 1900; y <= 2100; ++y)
        if (weekday_of(y, d.month, d.day) == d.weekday) {
          int target = ref ? ref : 2025;
          if (!best || std::abs(y - target) < std::abs(best - target) ||
              (std::abs(y - target) == std::abs(best - target) && y > best))
            best = y;
        }
      if (ref && std::abs(best - ref) > 8) best = 0;
      if (best) {
        d.year = best;
        ++votes[best];
      }
    }
    int bestv = 0;
    for (auto& [y, c] : votes)
      if (c > bestv || (c == bestv && y > anchor)) {
        anchor = y;
        bestv = c;
      }
    if (!anchor) {  // the first full date (a dateline) anchors the rest
      for (std::size_t q = 0; q < cands.size(); ++q)
        if (cands[q].label == Label::kDate && date_parts[q].year && date_parts[q].month && date_parts[q].day) {
          anchor = date_parts[q].year;
          break;
        }
    }
    // A bare weekday is the dated day of the article that falls on it, when only one does.
    std::unordered_set<std::string> weekday_value[7];
    for (std::size_t q = 0; q < cands.size(); ++q) {
      DateParts& d = date_parts[q];
      if (cands[q].label == Label::kDate && d.year && d.month && d.day)
        weekday_value[weekday_of(d.year, d.month, d.day)].insert(std::to_string(d.year) + "-" + two(d.month) + "-" + two(d.day));
    }
    for (std::size_t q = 0; q < cands.size(); ++q) {
      Cand& c = cands[q];
      if (c.label != Label::kDate) continue;
      DateParts& d = date_parts[q];
      if (!d.year && d.month && anchor) d.year = anchor;
      std::string y = d.year ? std::to_string(d.year) : "XXXX";
      if (d.month && d.day)
        c.value = y + "-" + two(d.month) + "-" + two(d.day);
      else if (d.month)
        c.value = y + "-" + two(d.month);
      else if (d.year)
        c.value = y;
      else if (d.weekday >= 0 && weekday_value[d.weekday].size() == 1)
        c.value = *weekday_value[d.weekday].begin();
      else if (d.weekday >= 0)
        c.value = "XXXX-WXX-" + std::to_string(d.weekday + 1);
      else
        c.value = lower_ascii(span_text(c.b, c.e));
    }
  }
  // ---- Times: bind a stated zone, add the date of the same sentence.
  for (std::size_t q = 0; q < cands.size(); ++q) {
    Cand& c = cands[q];
    if (c.label != Label::kTime || c.clock < 0) {
      if (c.label == Label::kTime && c.value.empty()) c.value = lower_ascii(span_text(c.b, c.e));
      continue;
    }
    int zone = -1;
    auto it = std::lower_bound(zones.begin(), zones.end(), c.b, [](const ZoneAt& z, std::uint32_t b) { return z.e <= b; });
    // Right before ("Moscow Time 17:00") or right after ("10:00 AM ET").
    if (it != zones.begin() && std::prev(it)->e == c.b) zone = std::prev(it)->zone;
    if (zone < 0 && it != zones.end() && it->b >= c.e && it->b <= c.e + 1 && same_para(c.b, it->b)) {
      bool next_time = false;
      for (std::size_t r = q + 1; r < cands.size() && cands[r].b <= it->e + 1; ++r)
        if (cands[r].label == Label::kTime && cands[r].b == it->e) next_time = true;
      if (!next_time) zone = it->zone;
    }
    if (zone < 0 && it != zones.begin()) {
      auto p = std::prev(it);
      if (same_para(p->b, c.b) && c.b - p->e <= 12) zone = p->zone;
    }
    std::string date;
    DateParts dp;
    for (std::size_t r = q; r-- > 0;) {
      if (cands[r].para != c.para || c.b - cands[r].e > 12) break;
      if (cands[r].label == Label::kDate && date_parts[r].month && date_parts[r].day && date_parts[r].year) {
        dp = date_parts[r];
        date = cands[r].value;
        break;
      }
    }
    std::string v = two(c.clock / 60) + ":" + two(c.clock % 60);
    if (zone >= 0 && kZones[zone].dst >= 0) {
      int off = kZones[zone].offset_minutes;
      if (dp.year && kZones[zone].dst == 1 && us_dst(dp.year, dp.month, dp.day)) off += 60;
      if (dp.year && kZones[zone].dst == 2 && eu_dst(dp.year, dp.month, dp.day)) off += 60;
      v += offset_str(off);
    }
    c.value = date.empty() ? "T" + v : date + "T" + v;
  }

  // ---- Resolve pending runs with document evidence.
  std::unordered_map<std::uint64_t, std::size_t> surface;  // fold hash of a name -> cand index
  auto seq_hash = [&](std::uint32_t b, std::uint32_t e) {
    std::uint64_t x = kNameKeySeed;
    for (std::uint32_t k = b; k < e; ++k) x = name_key_step(x, h[k], k - b);
    return x;
  };
  // Names are read by words, a word being tokens joined without space ("Quintero-Haynes").
  auto last_word = [&](std::uint32_t b, std::uint32_t e) {
    std::uint32_t k = e - 1;
    while (k > b && !toks[k].has(kSpaceBefore)) --k;
    return k;
  };
  auto first_word_end = [&](std::uint32_t b, std::uint32_t e) {
    std::uint32_t k = b + 1;
    while (k < e && !toks[k].has(kSpaceBefore)) ++k;
    return k;
  };
  auto one_word = [&](const Cand& c) { return last_word(c.b, c.e) == c.b; };
  auto surname_of = [&](const Cand& c) { return seq_hash(last_word(c.b, c.e), c.e); };
  auto firstname_of = [&](const Cand& c) { return seq_hash(c.b, first_word_end(c.b, c.e)); };
  // Names the header or the turns stage gave: authors, guests, speakers.
  std::unordered_set<std::uint64_t> known_people;
  auto add_known = [&](std::string_view name) { known_people.insert(name_key(name)); };
  for (const auto& a : doc.meta.authors) add_known(a);
  for (const auto& g : doc.meta.guests) add_known(g.name);
  std::unordered_set<std::uint64_t> interviewer_labels;
  for (const auto& sp : doc.speakers) {
    for (const auto& l : sp.labels)
      if (sp.role == Role::kInterviewer) interviewer_labels.insert(name_key(l));
  }
  // Pass A: strong names and acronym-introduced organisations define surfaces.
  std::unordered_map<std::uint64_t, std::int64_t> surnames;  // last-token hash -> cand index, -1 = ambiguous
  std::unordered_map<std::uint64_t, Label> resolved;
  for (std::size_t q = 0; q < cands.size(); ++q) {
    Cand& c = cands[q];
    if (c.kind == Kind::kPending) {
      std::uint64_t sh = seq_hash(c.b, c.e);
      if (known_people.count(sh)) {
        c.kind = Kind::kName;
        c.strong = true;
      } else if (c.acronym_paren) {
        c.label = Label::kOrg;
        c.kind = Kind::kName;
        c.strong = true;
        // "Name (ABBR)": the abbreviation names the same organisation.
        resolved[h[c.e + 1]] = Label::kOrg;
      } else if (c.in_marker && interviewer_labels.count(sh) && !(cls[c.b] & kGivenName) && c.e - c.b >= 2 &&
                 !toks[c.b].has(kAllCaps)) {
        // An interviewer label with no given name ("Special Military Operation:"): an outlet.
        c.label = Label::kOrg;
        c.kind = Kind::kName;
      } else if (c.strong) {
        c.kind = Kind::kName;
      }
    }
    // "Social Democratic Party (SPÖ)": a named body's declared abbreviation names a body, wherever it stands.
    if (c.kind == Kind::kName && c.label == Label::kOrg && !one_word(c) && declares_abbreviation(c.e))
      resolved.emplace(h[c.e + 1], Label::kOrg);
    if (c.kind == Kind::kName && (c.label == Label::kPerson || c.label == Label::kOrg)) {
      resolved.emplace(seq_hash(c.b, c.e), c.label);
      if (c.label == Label::kPerson && !one_word(c)) {
        std::uint64_t last = surname_of(c);
        auto it = surnames.find(last);
        if (it == surnames.end())
          surnames[last] = static_cast<std::int64_t>(q);
        else if (it->second >= 0 && firstname_of(cands[it->second]) != firstname_of(c))
          it->second = -1;
      }
    }
  }
  // Lists share a kind: "companies such as Renova, Norilsk Nickel, Evraz Group and Severstal".
  // Consecutive runs joined only by commas / "and" / "or", one of them a known organisation
  // or place, label the unknown members alike.
  {
    std::vector<std::size_t> idx(cands.size());
    for (std::size_t q = 0; q < idx.size(); ++q) idx[q] = q;
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return cands[a].bb < cands[b].bb; });
    auto joined = [&](const Cand& a, const Cand& b) {
      if (a.para != b.para || b.b < a.e) return false;
      for (std::uint32_t k = a.e; k < b.b; ++k)
        if (!is_punct(k, ',') && sv(k) != "and" && sv(k) != "or") return false;
      return b.b > a.e;
    };
    std::size_t r = 0;
    while (r < idx.size()) {
      std::size_t e = r + 1;
      while (e < idx.size() && joined(cands[idx[e - 1]], cands[idx[e]])) ++e;
      if (e - r >= 2) {
        int orgs = 0, places = 0, people = 0;
        for (std::size_t q = r; q < e; ++q) {
          const Cand& c = cands[idx[q]];
          if (c.kind != Kind::kName || !c.strong) continue;
          orgs += c.label == Label::kOrg;
          places += c.label == Label::kGpe;
          people += c.label == Label::kPerson;
        }
        // Two members ("Tesla and Samsung", "Lyudinovo and Kaluga"): only a one-word unknown that is
        // no given name and no surname of the article takes the other's kind.
        const bool pair = e - r == 2;
        if ((orgs && !people && !places) || (places && !people && !orgs))
          for (std::size_t q = r; q < e; ++q) {
            Cand& c = cands[idx[q]];
            if (c.kind != Kind::kPending) continue;
            if (pair && (!one_word(c) || (cls[c.b] & kGivenName) || surnames.count(seq_hash(c.b, c.e)) || c.quoted ||
                         c.in_marker))
              continue;
            c.label = orgs ? Label::kOrg : Label::kGpe;
            c.kind = Kind::kName;
          }
      }
      r = e;
    }
  }
  // The initials of a name's capitalised words: "LCRA" of "Lower Colorado River Authority".
  auto initials_of = [&](const Cand& c) {
    std::string acr;
    for (std::uint32_t k = c.b; k < c.e && acr.size() < 12; ++k)
      if (is_cap(k) && (toks[k].has(kSpaceBefore | kSentenceStart) || k == c.b)) acr += text[toks[k].start];
    return acr;
  };
  // Acronyms of the article's multi-word bodies and places: "LCRA" after "Lower Colorado River Authority".
  std::unordered_map<std::uint64_t, Label> initials;
  for (const Cand& c : cands) {
    if (c.kind != Kind::kName || (c.label != Label::kOrg && c.label != Label::kGpe && c.label != Label::kLoc)) continue;
    std::string acr = initials_of(c);
    if (acr.size() >= 2) initials.emplace(fold_hash(acr), c.label);
  }
  // Last words of multi-word person runs: a one-word speaker label matching one is that person.
  FlatMap multi_last(cands.size() + 16);
  for (const Cand& c : cands)
    if (c.label == Label::kPerson && c.kind != Kind::kTitleRef && !one_word(c)) multi_last.insert(surname_of(c), 1);
  // A one-word interviewer label that names nobody in the article is the outlet asking ("VZGLYAD:", "CCTV:").
  // That evidence outweighs a speech verb elsewhere ("As Vzglyad reported").
  {
    FlatMap outlets(16);
    for (Cand& c : cands)
      if (c.kind == Kind::kPending && c.in_marker && one_word(c) && !(cls[c.b] & kGivenName)) {
        std::uint64_t sh = seq_hash(c.b, c.e);
        if (interviewer_labels.count(sh) && !multi_last.contains(sh)) {
          resolved[sh] = Label::kOrg;
          outlets.insert(sh, 1);
        }
      }
    for (Cand& c : cands)
      if (c.kind == Kind::kName && c.label == Label::kPerson && one_word(c) && c.title.empty() &&
          outlets.contains(seq_hash(c.b, c.e)))
        c.label = Label::kOrg;
  }
  // Tokens that end a place name, for "in Jerusalem and Ramallah".
  std::vector<std::uint8_t> place_end(n, 0);
  for (const Cand& c : cands)
    if (c.kind == Kind::kName && (c.label == Label::kGpe || c.label == Label::kLoc) && c.e > 0) place_end[c.e - 1] = 1;
  // Place prepositions: "in Nablus", "from Uvalde", "near El Campo".
  auto place_prep = [&](const Cand& c) {
    if (c.b == 0 || !same_para(c.b - 1, c.b) || toks[c.b - 1].has(kUpperInitial)) return false;
    std::uint64_t p = h[c.b - 1];
    static const std::uint64_t kAnd = fold_hash("and"), kComma = fold_hash(","), kIn = fold_hash("in"), kNear = fold_hash("near"), kFrom = fold_hash("from"),
                               kOutside = fold_hash("outside"), kAcross = fold_hash("across"), kVia = fold_hash("via");
    if (p == kAnd || p == kComma) {  // "in Jerusalem and Ramallah"
      if (c.b < 2 || !place_end[c.b - 2]) return false;
    } else if (p != kIn && p != kNear && p != kFrom && p != kOutside && p != kAcross && p != kVia) {
      return false;
    }
    if (c.e < n && same_para(c.b, c.e) && ((cls[c.e] & kSpeech) || toks[c.e - 1].has(kPossessive))) return false;
    if (c.e < n && same_para(c.b, c.e) && is_cap(c.e)) return false;  // "in Southern California": a modifier
    return true;
  };
  // A common noun for a kind of organisation right before the name: "the agency, Rosavtodor", "firms such as
  // Niarmedic", "member station KUT", "the carmaker Avtotor".
  static const FlatMap org_nouns = [] {
    FlatMap m(64);
    for (const char* w : {"agency", "company", "companies", "firm", "firms", "bank", "banks", "operator", "carrier",
                          "giant", "manufacturer", "manufacturers", "maker", "makers", "producer", "producers",
                          "regulator", "broadcaster", "newspaper", "daily", "channel", "station", "insurer", "lender",
                          "retailer", "developer", "startup", "start-up", "watchdog", "pollster", "conglomerate",
                          "corporation", "carmaker", "automaker", "chipmaker", "airline", "airlines", "group",
                          "outlet", "publisher", "network", "utility", "supplier", "contractor", "subsidiary",
                          "brand", "brands", "party", "parties", "union", "club", "charity", "foundation",
                          "university", "institute", "think-tank", "tank", "shipper", "exporter", "importer", "suppliers",
                          "operators", "lenders", "regulators", "insurers", "retailers", "developers", "carriers",
                          "broadcasters", "newspapers", "outlets", "publishers", "utilities", "contractors",
                          "subsidiaries", "startups", "groups", "agencies", "rivals", "competitors", "partners"})
      m.insert(fold_hash(w), 1);
    return m;
  }();
  static const FlatMap org_after = [] {
    FlatMap m(32);
    for (const char* w : {"subsidiary", "subsidiaries", "shares", "shareholders", "headquarters", "executives",
                          "employees", "factory", "factories", "stores", "smartphones", "subscribers", "customers",
                          "stock", "brand", "board", "revenue", "revenues", "profits", "takeover", "ipo"})
      m.insert(fold_hash(w), 1);
    return m;
  }();
  auto org_cue = [&](const Cand& c) {
    if (c.quoted || c.in_marker || (cls[c.b] & kGivenName)) return false;
    if (c.b >= 2 && same_para(c.b - 1, c.b)) {
      std::uint32_t k = c.b - 1;
      if (is_punct(k, ',')) --k;                                     // "the agency, Rosavtodor"
      else if (sv(k) == "as" && k > 0 && sv(k - 1) == "such") k -= 2;  // "firms such as Niarmedic"
      else if (sv(k) == "like") --k;
      if (k < n && same_para(k, c.b) && toks[k].has(kWord) && !toks[k].has(kUpperInitial) && org_nouns.contains(h[k]))
        return true;
    }
    // After: "Hikvision subsidiaries", "Samsung employees".
    std::uint32_t a = c.e < n && toks[c.e].has(kPossessive) ? c.e + 1 : c.e;
    return one_word(c) && a < n && same_para(c.b, a) && toks[a].has(kWord) && !toks[a].has(kUpperInitial) &&
           org_after.contains(h[a]);
  };
  // Organisations say things too: "the regulator, Finnadzor, said".
  for (Cand& c : cands)
    if (c.by_speech && c.label == Label::kPerson && one_word(c) && org_cue(c)) {
      c.label = Label::kOrg;
      resolved[seq_hash(c.b, c.e)] = Label::kOrg;
    }
  // Pass B: the rest.
  for (std::size_t q = 0; q < cands.size(); ++q) {
    Cand& c = cands[q];
    if (c.kind != Kind::kPending) continue;
    std::uint64_t sh = seq_hash(c.b, c.e);
    auto r = resolved.find(sh);
    if (r != resolved.end()) {
      c.label = r->second;
      c.kind = Kind::kName;
      continue;
    }
    if (one_word(c) && surnames.count(seq_hash(c.b, c.e))) {
      c.kind = Kind::kName;
      continue;
    }
    if (c.e - c.b == 1 && toks[c.b].has(kAllCaps) && !c.in_marker) {
      auto it = initials.find(h[c.b]);
      if (it != initials.end()) {
        c.label = it->second;
        c.kind = Kind::kName;
        resolved.emplace(sh, c.label);
        continue;
      }
    }
    if (org_cue(c)) {
      c.label = Label::kOrg;
      c.kind = Kind::kName;
      resolved.emplace(sh, c.label);
      continue;
    }
    if ((place_prep(c) || (one_word(c) && place_words.contains(h[c.b]))) && !(cls[c.b] & kGivenName) && !c.quoted) {
      c.label = Label::kGpe;
      c.kind = Kind::kName;
      resolved.emplace(sh, c.label);
      continue;
    }
    bool all_lower_known = true;
    for (std::uint32_t k = c.b; k < c.e; ++k)
      if (!lower_seen(k)) all_lower_known = false;
    std::uint32_t words = 1;
    for (std::uint32_t k = c.b + 1; k < c.e; ++k) words += toks[k].has(kSpaceBefore);
    if (words >= 2 && words <= 4 && !c.quoted && !all_lower_known && (!c.in_marker || !interviewer_labels.count(sh))) {
      c.kind = Kind::kName;  // two to four unknown capitals: most often a person
      continue;
    }
    if (c.e - c.b == 1 && toks[c.b].has(kAllCaps) && resolved.count(h[c.b])) {
      c.label = resolved[h[c.b]];
      c.kind = Kind::kName;
      continue;
    }
  }
  // Multi-token persons found in pass B also give surnames.
  for (std::size_t q = 0; q < cands.size(); ++q) {
    Cand& c = cands[q];
    if (c.kind == Kind::kName && c.label == Label::kPerson && !one_word(c) && !surnames.count(surname_of(c)))
      surnames[surname_of(c)] = static_cast<std::int64_t>(q);
  }
  // First names used alone in conversation ("Ron" after "Ron Flores"): the one person so named.
  std::unordered_map<std::uint64_t, std::int64_t> firstnames;
  for (std::size_t q = 0; q < cands.size(); ++q) {
    const Cand& c = cands[q];
    if (c.kind != Kind::kName || c.label != Label::kPerson || one_word(c)) continue;
    auto it = firstnames.find(firstname_of(c));
    if (it == firstnames.end())
      firstnames[firstname_of(c)] = static_cast<std::int64_t>(q);
    else if (it->second >= 0 && surname_of(cands[it->second]) != surname_of(c))
      it->second = -1;
  }
  for (auto& c : cands) {
    if (!one_word(c) || c.label != Label::kPerson || c.kind == Kind::kTitleRef) continue;
    std::uint64_t w = seq_hash(c.b, c.e);
    if (c.kind == Kind::kPending && surnames.count(w) && surnames[w] >= 0) c.kind = Kind::kName;
    if (surnames.count(w)) continue;
    auto it = firstnames.find(w);
    if (it != firstnames.end() && it->second >= 0) {
      const Cand& full = cands[static_cast<std::size_t>(it->second)];
      c.kind = Kind::kName;
      c.ref = static_cast<std::int32_t>(&full - cands.data());
    }
  }

  // ---- Abbreviations are mentions of what they abbreviate: a declared "Long Form (ABBR)", however the
  // letters came about ("Special Military Operation (SP)", a machine translation of an outlet's name), and
  // the initials of one of the article's multi-word bodies or places ("LCRA" after "Lower Colorado River
  // Authority"). A spelling the alias table knows keeps its own canonical entity; an abbreviation two
  // different long forms could claim stays alone.
  {
    constexpr std::int64_t kAmbiguous = -1;
    std::unordered_map<std::uint64_t, std::int64_t> declared, by_initials;  // abbreviation token hash -> cand
    auto claim = [&](std::unordered_map<std::uint64_t, std::int64_t>& m, std::uint64_t key, std::size_t q) {
      auto [it, inserted] = m.emplace(key, static_cast<std::int64_t>(q));
      if (!inserted && it->second != kAmbiguous &&
          seq_hash(cands[static_cast<std::size_t>(it->second)].b, cands[static_cast<std::size_t>(it->second)].e) !=
              seq_hash(cands[q].b, cands[q].e))
        it->second = kAmbiguous;
    };
    for (std::size_t q = 0; q < cands.size(); ++q) {
      const Cand& c = cands[q];
      if (c.kind != Kind::kName || c.label == Label::kPerson || c.label == Label::kNorp || one_word(c)) continue;
      if (declares_abbreviation(c.e)) claim(declared, h[c.e + 1], q);
      std::string acr = initials_of(c);
      if (acr.size() >= 2) claim(by_initials, fold_hash(acr), q);
    }
    for (Cand& c : cands) {
      if (c.kind != Kind::kName || c.e - c.b != 1 || !toks[c.b].has(kAllCaps) || c.canon_key || !c.title.empty())
        continue;
      std::int64_t q = kAmbiguous;
      if (auto it = declared.find(h[c.b]); it != declared.end()) {
        q = it->second;
      } else if (auto it2 = by_initials.find(h[c.b]); it2 != by_initials.end()) {
        q = it2->second;
      }
      if (q == kAmbiguous) continue;
      const Cand& full = cands[static_cast<std::size_t>(q)];
      c.label = full.label;
      c.canon_key = full.canon_key ? full.canon_key : seq_hash(full.b, full.e);
    }
  }

  // ---- Group mentions into entities.
  struct Group {
    Label label;
    std::vector<std::size_t> cands;
    std::string name;
    std::vector<std::string> titles;
  };
  std::vector<Group> groups;
  FlatMap by_key(cands.size() + 16);
  auto group_for = [&](Label label, std::uint64_t key) -> std::size_t {
    key = key * 31 + static_cast<std::uint64_t>(label) + 1;
    auto [slot, inserted] = by_key.insert(key, static_cast<std::uint32_t>(groups.size()));
    if (inserted) groups.push_back(Group{label, {}, {}, {}});
    return *slot;
  };
  // Aliases map a surface to its canonical name.
  auto person_key = [&](std::size_t q) -> std::uint64_t {
    const Cand& c = cands[q];
    if (c.canon_key) return c.canon_key;
    if (c.ref >= 0) return seq_hash(cands[c.ref].b, cands[c.ref].e);
    if (one_word(c)) {
      auto it = surnames.find(seq_hash(c.b, c.e));
      if (it != surnames.end() && it->second >= 0) {
        const Cand& full = cands[static_cast<std::size_t>(it->second)];
        return seq_hash(full.b, full.e);
      }
    } else {
      auto it = surnames.find(surname_of(c));
      if (it != surnames.end() && it->second >= 0) {
        const Cand& full = cands[static_cast<std::size_t>(it->second)];
        // A different first name is a different person.
        if (firstname_of(full) == firstname_of(c)) return seq_hash(full.b, full.e);
      }
    }
    return seq_hash(c.b, c.e);
  };
  std::unordered_map<std::string, std::vector<std::size_t>> title_index;  // title key -> groups
  std::unordered_map<std::string, std::vector<std::size_t>> head_index;   // "country|head word" -> groups
  for (std::size_t q = 0; q < cands.size(); ++q) {
    Cand& c = cands[q];
    if (c.kind == Kind::kPending || c.kind == Kind::kTitleRef) continue;
    std::size_t g;
    if (c.label == Label::kPerson) {
      g = group_for(Label::kPerson, person_key(q));
      if (!c.title.empty()) {
        auto& ts = groups[g].titles;
        if (std::find(ts.begin(), ts.end(), c.title) == ts.end()) ts.push_back(c.title);
        auto add_idx = [&](std::unordered_map<std::string, std::vector<std::size_t>>& idx, const std::string& key) {
          auto& v = idx[key];
          if (std::find(v.begin(), v.end(), g) == v.end()) v.push_back(g);
        };
        add_idx(title_index, c.title_key);
        std::string country = c.title_key.substr(0, c.title_key.find('|'));
        // The head of a title: its last title word ("foreign minister" -> "minister").
        std::string head = c.title_head;
        std::size_t sp = head.rfind(' ');
        std::string last = sp == std::string::npos ? head : head.substr(sp + 1);
        add_idx(title_index, "|" + c.title_head);
        add_idx(head_index, country + "|" + last);
        if (last == "president" || last == "minister" || last == "chancellor" || last == "king" || last == "premier")
          if (head == "president" || head == "prime minister" || head == "chancellor" || head == "king" || head == "premier")
            add_idx(head_index, country + "|leader");
      }
    } else if (c.kind == Kind::kValue) {
      g = group_for(c.label, c.value.empty() ? seq_hash(c.b, c.e) : fold_hash(c.value));
    } else {
      g = group_for(c.label, c.canon_key ? c.canon_key : seq_hash(c.b, c.e));
      if (!c.canonical.empty()) groups[g].name = c.canonical;
    }
    groups[g].cands.push_back(q);
  }
  // Title references bound to the one person introduced with that title.
  for (std::size_t q = 0; q < cands.size(); ++q) {
    Cand& c = cands[q];
    if (c.kind != Kind::kTitleRef) continue;
    const std::vector<std::size_t>* found = nullptr;
    auto it = title_index.find(c.title_key);
    if (it != title_index.end() && it->second.size() == 1) found = &it->second;
    if (!found) {
      std::string country = c.title_key.substr(0, c.title_key.find('|'));
      std::string head = c.title_head;
      std::size_t sp = head.rfind(' ');
      std::string last = sp == std::string::npos ? head : head.substr(sp + 1);
      auto it2 = head_index.find(country + "|" + last);
      if (!country.empty() && it2 != head_index.end() && it2->second.size() == 1) found = &it2->second;
    }
    if (found) groups[(*found)[0]].cands.push_back(q);
  }

  // ---- Build the entities, ordered by first mention.
  for (auto& g : groups) std::sort(g.cands.begin(), g.cands.end(), [&](std::size_t a, std::size_t b) {
    return cands[a].bb < cands[b].bb;
  });
  std::vector<std::size_t> order;
  for (std::size_t g = 0; g < groups.size(); ++g)
    if (!groups[g].cands.empty()) order.push_back(g);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return cands[groups[a].cands[0]].bb < cands[groups[b].cands[0]].bb;
  });
  doc.entities.clear();
  doc.entities.reserve(order.size());
  for (std::size_t g : order) {
    Group& gr = groups[g];
    Entity ent;
    ent.id = "E" + std::to_string(doc.entities.size() + 1);
    ent.label = gr.label;
    std::string longest;
    std::vector<std::string> aliases, kinds, values, mods;
    bool any_name = false;
    std::int64_t last_end = -1;
    // The strongest gender evidence over the person's mentions: an honorific ("Ms. Ruiz"), a gendered
    // title ("spokeswoman"), the given name of a full name, the given name or Slavic form of any name.
    char gender = 0;
    int gender_rank = 0;
    auto evidence = [&](char g, int rank) {
      if (g && rank > gender_rank) gender = g, gender_rank = rank;
    };
    // A one-word mention is read as a given name only when the article never gives a fuller name
    // ("Graham" of "Lindsey Graham" is a family name).
    bool full_name = false;
    const bool person = gr.label == Label::kPerson;
    for (std::size_t q = 0; person && q < gr.cands.size(); ++q) {
      const Cand& c = cands[gr.cands[q]];
      if (c.kind != Kind::kTitleRef && c.e > c.b) full_name |= last_word(c.b, c.e) > c.b + ((cls[c.b] & kHonorific) != 0);
    }
    for (std::size_t q = 0; person && q < gr.cands.size(); ++q) {
      const Cand& c = cands[gr.cands[q]];
      if (c.kind == Kind::kTitleRef || c.e <= c.b) continue;
      std::uint32_t first = c.b;
      if (cls[first] & kHonorific) evidence(honorific_gender(lower_ascii(sv(first))), 5), ++first;
      std::uint32_t before = c.b >= 2 && is_punct(c.b - 1, '.') ? c.b - 2 : c.b - 1;  // "Ms. Ruiz"
      if (c.b > 0 && same_para(before, c.b) && (cls[before] & kHonorific))
        evidence(honorific_gender(lower_ascii(sv(before))), 5);
      if (!c.title.empty()) evidence(title_gender(lower_ascii(c.title)), 4);
      if (first >= c.e) continue;
      std::uint32_t last = last_word(first, c.e);
      if (last > first || !full_name) evidence(given_name_gender(lower_ascii(sv(first))), last > first ? 3 : 2);
      evidence(surname_gender(lower_ascii(std::string_view(text.data() + toks[last].start, toks[c.e - 1].end - toks[last].start))), 1);
    }
    for (std::size_t q : gr.cands) {
      const Cand& c = cands[q];
      if (static_cast<std::int64_t>(c.bb) < last_end) continue;  // overlapping duplicates
      ent.mentions.push_back(Mention{c.bb, c.eb});
      last_end = c.eb;
      std::string surf(text.substr(c.bb, c.eb - c.bb));
      kinds.push_back(c.kind == Kind::kTitleRef ? "title" : "name");
      if (c.kind != Kind::kTitleRef) {
        any_name = true;
        if (surf.size() > longest.size()) longest = surf;
        if (std::find(aliases.begin(), aliases.end(), surf) == aliases.end()) aliases.push_back(surf);
      }
      if (!c.value.empty() && std::find(values.begin(), values.end(), c.value) == values.end())
        values.push_back(c.value);
      if (!c.modifier.empty() && std::find(mods.begin(), mods.end(), c.modifier) == mods.end())
        mods.push_back(c.modifier);
    }
    if (!any_name) continue;  // a title nobody was introduced with
    ent.id = "E" + std::to_string(doc.entities.size() + 1);
    ent.name = gr.name.empty() ? longest : gr.name;
    if (ent.label == Label::kNorp) ent.name = longest;
    if (!gr.titles.empty()) ent.attributes["titles"] = gr.titles;
    if (gender) ent.attributes["gender"] = {gender == 'f' ? "female" : "male"};
    if (!values.empty()) ent.attributes["value"] = values;
    if (!mods.empty()) ent.attributes["modifier"] = mods;
    if (aliases.size() > 1 || (aliases.size() == 1 && aliases[0] != ent.name)) ent.attributes["aliases"] = aliases;
    ent.attributes["mention_kinds"] = kinds;
    doc.entities.push_back(std::move(ent));
  }
}

}  // namespace parley::detail
