#include "turns/labels.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

#include "text/utf8.h"

namespace parley::detail::turns {
namespace {

// A label is short: longer prefixes before a colon are sentences ("Trump wrote on the platform:").
constexpr std::size_t kMaxLabelBytes = 90;
constexpr std::size_t kMaxLabelWords = 10;
constexpr int kMaxDashes = 2;

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_quote(char32_t c) { return is_open_quote(c) || is_close_quote(c); }

std::string_view trim_spaces(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e) {
    int len;
    char32_t c = decode(s, b, &len);
    if (!is_space(c)) break;
    b += len;
  }
  while (e > b) {
    int len;
    char32_t c = decode_before(s, e, &len);
    if (!is_space(c)) break;
    e -= len;
  }
  return s.substr(b, e - b);
}

}  // namespace

// Strips enclosing quote marks: «СП» -> СП, "SP" -> SP.
std::string_view strip_quotes(std::string_view s) {
  for (int round = 0; round < 2 && !s.empty(); ++round) {
    int len;
    char32_t first = decode(s, 0, &len);
    int blen;
    char32_t last = decode_before(s, s.size(), &blen);
    if (s.size() > static_cast<std::size_t>(len + blen) && is_quote(first) && is_quote(last))
      s = trim_spaces(s.substr(len, s.size() - len - blen));
    else
      break;
  }
  return s;
}

namespace {

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) words.push_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

// The first letter of a word, skipping leading punctuation ("(SP)", "«СП»"); 0 when none.
char32_t first_letter(std::string_view w) {
  std::size_t i = 0;
  while (i < w.size()) {
    int len;
    char32_t c = decode(w, i, &len);
    if (is_letter(c)) return c;
    if (is_digit(c)) return c;
    i += len;
  }
  return 0;
}

bool in_list(std::string_view key, std::initializer_list<std::string_view> list) {
  for (auto w : list)
    if (key == w) return true;
  return false;
}

// Lowercase words a name may contain: "President of Russia", "Ludwig van Beethoven", "bin Salman".
bool is_connector(std::string_view w) {
  return in_list(w, {"of", "the", "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "al", "el",
                     "bin", "ibn", "la", "le", "y", "and", "for", "on", "&", "и", "фон", "де"});
}

}  // namespace

namespace {

// Lowers the ASCII letters of eight ASCII bytes at once: a byte gets 0x20 when it lies in 'A'..'Z'
// (with the high bits clear, the two additions carry into no neighbouring byte).
std::uint64_t lower_ascii8(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const std::uint64_t from_a = w + kOnes * (0x80 - 'A');      // high bit set from 'A' up
  const std::uint64_t past_z = w + kOnes * (0x80 - 'Z' - 1);  // high bit set past 'Z'
  return w | (((from_a & ~past_z) & kHigh) >> 2);
}

}  // namespace

std::string lowercase(std::string_view s) {
  // ASCII keeps its length in lower case: the leading ASCII run is copied and lowered in place (eight
  // bytes at a time), and only the rest of a line with a non-ASCII letter is decoded.
  std::string out(s);
  std::size_t i = 0;
  for (std::uint64_t w; i + 8 <= out.size(); i += 8) {
    std::memcpy(&w, out.data() + i, 8);
    if (w & 0x8080808080808080ull) break;
    w = lower_ascii8(w);
    std::memcpy(out.data() + i, &w, 8);
  }
  for (; i < out.size() && static_cast<unsigned char>(out[i]) < 0x80; ++i)
    if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] + 32);
  if (i == out.size()) return out;
  out.resize(i);
  while (i < s.size()) {
    int len;
    char32_t c = decode(s, i, &len);
    if (c < 0x80) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    else append_utf8(out, to_lower(c));
    i += len;
  }
  return out;
}

namespace {

constexpr std::size_t kMinPeriodLabelWords = 2;
constexpr std::size_t kMaxPeriodLabelWords = 4;

// "CHAIR HALLOWAY. Good afternoon.": a name in capitals of two to four words, a full stop, a space
// and the turn (transcripts of some central banks and committees). The label's length in bytes up
// to the full stop, or 0.
std::size_t period_label_length(std::string_view p) {
  std::size_t words = 0, i = 0;
  bool in_word = false;
  const std::size_t limit = std::min(p.size(), kMaxLabelBytes);
  while (i < limit) {
    int l;
    char32_t c = decode(p, i, &l);
    if (c == ' ') {
      if (!in_word) return 0;
      in_word = false;
    } else if (c == '.') {
      if (!in_word || words < kMinPeriodLabelWords) return 0;
      std::size_t after = i + 1;
      if (after + 1 >= p.size() || p[after] != ' ') return 0;
      char32_t next = decode(p, after + 1, &l);
      return is_upper(next) || is_open_quote(next) ? i : 0;
    } else if (is_letter(c)) {
      if (!is_upper(c)) return 0;
      if (!in_word && ++words > kMaxPeriodLabelWords) return 0;
      in_word = true;
    } else if (!(in_word && (c == '\'' || c == '-' || c == 0x2019))) {
      return 0;
    }
    i += static_cast<std::size_t>(l);
  }
  return 0;
}

}  // namespace

// "**Jane Doe:** text", "**Jane Doe**: text", "**JD** – text": a label in Markdown bold, as transcripts
// kept in Markdown write it. The label's shape, or kNone.
MarkerShape bold_label(std::string_view p) {
  MarkerShape m;
  if (p.size() < 6 || !((p[0] == '*' && p[1] == '*') || (p[0] == '_' && p[1] == '_'))) return m;
  std::string_view mark = p.substr(0, 2);
  std::size_t close = p.find(mark, 2);
  if (close == std::string_view::npos || close > kMaxLabelBytes || close == 2) return m;
  std::string_view inner = trim_spaces(p.substr(2, close - 2));
  std::size_t after = close + 2;
  if (!inner.empty() && inner.back() == ':') {
    inner = trim_spaces(inner.substr(0, inner.size() - 1));
  } else {
    while (after < p.size() && p[after] == ' ') ++after;
    int l = 0;
    char32_t sep = after < p.size() ? decode(p, after, &l) : 0;
    if (sep == ':') {
      after += static_cast<std::size_t>(l);
    } else if (is_dash(sep) && after + static_cast<std::size_t>(l) < p.size() && p[after + l] == ' ') {
      after += static_cast<std::size_t>(l);
    } else {
      return m;
    }
  }
  if (inner.empty() || first_letter(inner) == 0 || split_words(inner).size() > kMaxLabelWords) return m;
  for (char c : inner)
    if (c == '?' || c == '!' || c == ';' || c == '*') return m;
  while (after < p.size() && p[after] == ' ') ++after;
  m.type = MarkerType::kLabel;
  m.label = m.name = inner;
  m.length = after;
  m.body_empty = after >= p.size();
  return m;
}

MarkerShape detect_marker(std::string_view p) {
  MarkerShape m;
  if (p.empty()) return m;
  if (MarkerShape bold = bold_label(p); bold.type != MarkerType::kNone) return bold;
  int len;
  char32_t c0 = decode(p, 0, &len);

  if (is_dash(c0)) {
    std::size_t i = 0;
    int dashes = 0;
    bool all_hyphens = true;
    while (i < p.size()) {
      int l;
      char32_t c = decode(p, i, &l);
      if (!is_dash(c)) break;
      all_hyphens = all_hyphens && c == '-';
      ++dashes;
      i += l;
      if (dashes > kMaxDashes) return m;  // a rule of dashes, not a marker
    }
    if (i >= p.size()) return m;
    int l;
    char32_t next = decode(p, i, &l);
    // A lone hyphen needs a space after it ("- answer", not "-5" or "-based").
    if (all_hyphens && dashes == 1 && !is_space(next)) return m;
    if (dashes == 2 && !all_hyphens) return m;
    std::size_t body = i;
    while (body < p.size()) {
      char32_t c = decode(p, body, &l);
      if (!is_space(c)) break;
      body += l;
    }
    if (body >= p.size()) return m;
    char32_t first = decode(p, body, &l);
    if (is_digit(first) && dashes == 1 && all_hyphens) return m;  // "- 5 points" is a list item
    m.type = MarkerType::kDash;
    m.length = body;
    return m;
  }

  // "Q. ..." / "A. ..." (also "Q) "), and the White House's "Q    Thank you" (a Q, then a tab or spaces).
  // "Q Thanks, John." with one space (a pasted transcript) too, when a capital, a quote mark or a
  // dash follows; strong_label() still wants several such paragraphs before "Q" counts.
  // Pasted pages often space with no-break spaces (U+00A0): "Q\u00a0\u00a0\u00a0 Secretary, ...".
  auto blank_at = [&](std::size_t k) -> std::size_t {  // bytes of the space at k, 0 when none
    if (k < p.size() && (p[k] == ' ' || p[k] == '\t')) return 1;
    if (k + 1 < p.size() && p[k] == '\xC2' && p[k + 1] == '\xA0') return 2;
    return 0;
  };
  std::size_t b1 = p.size() >= 4 && p[0] == 'Q' ? blank_at(1) : 0;
  bool spaced_q = b1 > 0 && (p[1] == '\t' || blank_at(1 + b1) > 0);
  if (!spaced_q && p.size() >= 4 && p[0] == 'Q' && p[1] == ' ') {
    int l;
    char32_t next = decode(p, 2, &l);
    spaced_q = is_upper(next) || is_dash(next) || is_open_quote(next);
  }
  if (spaced_q || (p.size() >= 3 && (p[0] == 'Q' || p[0] == 'A') && (p[1] == '.' || p[1] == ')') && p[2] == ' ')) {
    std::size_t body = spaced_q ? 1 : 2;
    while (std::size_t b = blank_at(body)) body += b;
    if (body >= p.size()) return m;
    m.type = MarkerType::kLabel;
    m.short_form = true;
    m.label = m.name = p.substr(0, 1);
    m.length = body;
    return m;
  }

  if (std::size_t end = period_label_length(p)) {
    m.type = MarkerType::kLabel;
    m.label = m.name = p.substr(0, end);
    m.length = end + 2;
    m.period_form = true;
    return m;
  }

  // "Label:" within the first kMaxLabelBytes.
  std::size_t colon = std::string_view::npos, colon_len = 1;
  std::size_t words = 1;
  std::size_t word_start = 0;
  std::size_t limit = std::min(p.size(), kMaxLabelBytes);
  for (std::size_t i = 0; i < limit;) {
    int l;
    char32_t c = decode(p, i, &l);
    if (c == ':' || c == 0xFF1A) {
      colon = i;
      colon_len = static_cast<std::size_t>(l);
      break;
    }
    if (c == '?' || c == '!' || c == ';' || c == '\t') return m;
    if (c == '.') {
      // Only an abbreviation's point: "Mr.", "Dr.", "J.", "MR." (a short word before it).
      if (i - word_start > 3 || i + 1 >= p.size() || p[i + 1] != ' ') return m;
    }
    if (c == ' ') {
      if (++words > kMaxLabelWords) return m;
      word_start = i + 1;
    }
    i += l;
  }
  if (colon == std::string_view::npos || colon == 0) return m;
  std::size_t after = colon + colon_len;
  std::size_t body = after;
  if (after < p.size()) {
    int l;
    char32_t next = decode(p, after, &l);
    if (is_digit(next) || next == '/' || next == ':') return m;  // "10:00", "http://", "::"
    while (body < p.size()) {
      char32_t c = decode(p, body, &l);
      if (!is_space(c)) break;
      body += l;
    }
  }
  std::string_view label = strip_quotes(trim_spaces(p.substr(0, colon)));
  if (label.empty() || first_letter(label) == 0) return m;
  if (label.starts_with("[^")) return m;  // a Markdown footnote's definition, "[^note]: ...", is no speaker
  m.type = MarkerType::kLabel;
  m.label = label;
  m.name = label;
  m.length = body;
  m.body_empty = body >= p.size();
  // "KENNY MALONE, HOST" / "JOHN DOE (HOST)".
  std::size_t comma = label.rfind(',');
  if (comma != std::string_view::npos) {
    std::string_view suffix = trim_spaces(label.substr(comma + 1));
    std::string_view name = trim_spaces(label.substr(0, comma));
    if (!name.empty() && (suffix_role(suffix) != RoleWord::kNone || label_case(label) == LabelCase::kAllCaps)) {
      m.name = name;
      m.suffix = suffix;
    }
  } else if (label.back() == ')') {
    std::size_t open = label.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      std::string_view suffix = label.substr(open + 1, label.size() - open - 2);
      if (suffix_role(suffix) != RoleWord::kNone) {
        m.name = trim_spaces(label.substr(0, open));
        m.suffix = suffix;
      } else if (char32_t f = first_letter(suffix); is_letter(f) && !is_upper(f)) {
        // "ANNA KELLER (retranslated)", "Keller (via interpreter)": an editor's note in lower case
        // after the name says how the turn was rendered, not who spoke; the name is before it.
        m.name = trim_spaces(label.substr(0, open));
      }
    }
  }
  return m;
}

LabelCase label_case(std::string_view name) {
  std::vector<std::string_view> words = split_words(name);
  if (words.empty() || words.size() > kMaxLabelWords) return LabelCase::kOther;
  std::size_t upper = 0, lower = 0;
  for (std::size_t i = 0; i < name.size();) {
    int l;
    char32_t c = decode(name, i, &l);
    upper += is_upper(c);
    lower += is_lower(c);
    i += l;
  }
  if (upper >= 2 && lower == 0) return LabelCase::kAllCaps;
  char32_t f = first_letter(words[0]);
  if (!is_upper(f)) return LabelCase::kOther;
  bool all_caps_words = true, rest_lower = true;
  for (std::size_t k = 1; k < words.size(); ++k) {
    char32_t c = first_letter(words[k]);
    if (c == 0 || is_digit(c)) continue;  // "#2", "1"
    std::string lw = lowercase(words[k]);
    if (is_upper(c)) {
      rest_lower = false;
    } else if (!is_connector(lw)) {
      all_caps_words = false;
    }
  }
  if (all_caps_words) return LabelCase::kNameLike;
  if (rest_lower) return LabelCase::kSentence;
  return LabelCase::kOther;
}

RoleWord role_word(std::string_view name) {
  std::string key = normalize_label(name);
  if (in_list(key, {"q", "question", "questions", "response", "вопрос", "реплика", "frage",
                    "pregunta", "domanda", "pergunta"}))
    return RoleWord::kQuestion;
  if (in_list(key, {"a", "answer", "answers", "ответ", "antwort", "réponse", "respuesta", "risposta", "resposta"}))
    return RoleWord::kAnswer;
  if (in_list(key, {"interviewer", "host", "co-host", "cohost", "anchor", "presenter", "moderator", "correspondent",
                    "journalist", "reporter", "audience member", "member of the audience", "audience",
                    "корреспондент", "журналист", "ведущий", "ведущая", "интервьюер"}))
    return RoleWord::kInterviewer;
  if (in_list(key, {"guest", "interviewee", "respondent", "expert", "гость", "эксперт", "собеседник"}))
    return RoleWord::kGuest;
  return RoleWord::kNone;
}

RoleWord numbered_role_word(std::string_view name) {
  std::string key = normalize_label(name);
  std::size_t e = key.size();
  while (e > 0 && key[e - 1] >= '0' && key[e - 1] <= '9') --e;
  if (e == key.size() || e == 0) return RoleWord::kNone;
  while (e > 0 && (key[e - 1] == ' ' || key[e - 1] == '#' || key[e - 1] == '-' || key[e - 1] == '.')) --e;
  return role_word(key.substr(0, e));
}

bool is_follow_up(std::string_view name) {
  std::string key = normalize_label(name);
  return in_list(key, {"follow up", "follow-up", "followup", "follow-up question", "уточнение"});
}

RoleWord suffix_role(std::string_view suffix) {
  // Any word of the suffix: "HOST", "CNN HOST", "CHIEF WHITE HOUSE CORRESPONDENT".
  std::string key = normalize_label(suffix);
  if (split_words(key).size() > 6) return RoleWord::kNone;
  for (std::string_view w : split_words(key)) {
    if (in_list(w, {"host", "co-host", "cohost", "byline", "anchor", "presenter", "moderator", "correspondent",
                    "reporter", "interviewer", "ведущий", "ведущая", "корреспондент"}))
      return RoleWord::kInterviewer;
    if (in_list(w, {"guest", "interviewee", "гость"})) return RoleWord::kGuest;
  }
  return RoleWord::kNone;
}

bool is_furniture_label(std::string_view name) {
  std::string key = normalize_label(name);
  return in_list(key, {"note", "notes", "nb", "n.b", "ps", "p.s", "music", "update", "updated", "updates", "correction",
                    "corrections", "clarification", "editor's note", "editor’s note", "editors note", "photo", "photos",
                    "picture", "pictured", "image", "images", "video", "watch", "listen", "read", "read more",
                    "see also", "also read", "related", "source", "sources", "credit", "credits", "caption",
                    "warning", "disclaimer", "tags", "tag", "topics", "keywords", "summary", "background",
                    "context", "share", "follow", "email", "e-mail", "tel", "phone", "fax", "address", "date",
                    "time", "location", "key points", "bottom line", "the bottom line", "breaking", "break",
                    "commercial break", "intermission", "recess",
                    "breaking news", "news", "press release", "exclusive", "opinion", "analysis", "comment", "comments", "lead",
                    "transcript", "audio", "sound", "theme music", "author", "authors", "автор", "авторы", "go deeper", "go further", "dig deeper", "more",
                    "more coverage", "further reading", "explore more", "learn more", "flashback", "catch up quick",
                    "the latest", "copyright", "contact", "website",
                    "web", "twitter", "facebook", "instagram", "find us", "subscribe", "примечание", "фото",
                    "видео", "читайте также", "источник"});
}

bool is_non_speaker_label(std::string_view name) {
  if (is_furniture_label(name)) return true;
  std::string key = normalize_label(name);
  // Explainer headings: "Why it matters:", "What's next:", "How it works:".
  std::vector<std::string_view> words = split_words(key);
  if (words.empty()) return false;
  if (in_list(words[0], {"why", "what", "what's", "what’s", "how", "when", "where", "who", "step", "part",
                         "chapter", "day", "round", "act", "scene"}))
    return true;
  // "The reason:", "This is why:", "However:" are prose; "The Guardian:" (a name) may be a speaker.
  LabelCase lc = label_case(name);
  if (lc == LabelCase::kNameLike || lc == LabelCase::kAllCaps) return false;
  return in_list(words[0], {"the", "a", "an", "this", "that", "these", "those", "it", "its", "our", "my", "his",
                            "her", "their", "here", "there", "in", "on", "at", "for", "but", "and", "so", "as",
                            "if", "then", "now", "meanwhile", "however", "also", "yet", "still", "one"});
}

std::string normalize_label(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (std::string_view w : split_words(name)) {
    // A parenthetical word is a note, not the name: "SEN. JANE DOE (D)".
    if (w.size() > 2 && w.front() == '(' && w.back() == ')' && out.size() > 0) continue;
    // Drop punctuation at both edges of the word.
    std::size_t b = 0, e = w.size();
    while (b < e) {
      int l;
      char32_t c = decode(w, b, &l);
      if (is_letter(c) || is_digit(c)) break;
      b += l;
    }
    while (e > b) {
      int l;
      char32_t c = decode_before(w, e, &l);
      if (is_letter(c) || is_digit(c)) break;
      e -= l;
    }
    if (b >= e) continue;
    if (!out.empty()) out += ' ';
    out += lowercase(w.substr(b, e - b));
  }
  return out;
}

std::string_view strip_honorific(std::string_view key) {
  for (std::string_view h : {"mr ", "mrs ", "ms ", "miss ", "dr ", "prof ", "professor ", "sir ", "dame ", "mister ",
                             "madam ", "senator ", "sen ", "rep ", "gen ", "general "}) {
    if (key.size() > h.size() && key.substr(0, h.size()) == h) return key.substr(h.size());
  }
  return key;
}

std::string_view asking_outlet(std::string_view label) {
  auto asks = [](std::string_view role) {
    RoleWord rw = role_word(role);
    return rw == RoleWord::kQuestion || rw == RoleWord::kInterviewer;
  };
  // A name of at most four words, every one capitalised: "Harbour Review", "TEMPO".
  auto named = [](std::string_view outlet) {
    constexpr std::size_t kMaxOutletWords = 4;
    outlet = trim_spaces(outlet);
    LabelCase lc = outlet.empty() ? LabelCase::kOther : label_case(outlet);
    bool name = (lc == LabelCase::kNameLike || lc == LabelCase::kAllCaps) &&
                split_words(outlet).size() <= kMaxOutletWords &&
                outlet.find_first_of("0123456789()[]:;,") == std::string_view::npos;
    return name ? outlet : std::string_view();
  };
  label = trim_spaces(label);
  // "Q (Kompas)", "Question (Harbour Review)".
  if (label.size() > 2 && label.back() == ')') {
    std::size_t open = label.rfind('(');
    if (open != std::string_view::npos && open > 0 && asks(label.substr(0, open)))
      return named(label.substr(open + 1, label.size() - open - 2));
  }
  // "Question from Kompas", "Reporter of Harbour Review", "Correspondent with Tempo".
  for (std::string_view link : {" from ", " of ", " with ", " at "}) {
    std::size_t at = label.find(link);
    if (at != std::string_view::npos && asks(label.substr(0, at))) return named(label.substr(at + link.size()));
  }
  // "Kompas reporter", "Harbour Review correspondent".
  std::size_t last = label.rfind(' ');
  if (last != std::string_view::npos && is_letter(first_letter(label.substr(last + 1))) &&
      label.substr(last + 1).find_first_of("()[]") == std::string_view::npos &&
      role_word(label.substr(last + 1)) == RoleWord::kInterviewer)
    return named(label.substr(0, last));
  return {};
}

std::string display_name(std::string_view name) {
  // "SEN. MARIA CASTILLO (D-NM)": the parenthetical is a note, not the name.
  if (name.size() > 2 && name.back() == ')') {
    std::size_t open = name.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      std::string_view bare = trim_spaces(name.substr(0, open));
      if (!bare.empty()) name = bare;
    }
  }
  if (label_case(name) != LabelCase::kAllCaps) return std::string(name);
  std::string out;
  out.reserve(name.size());
  bool word_start = true;
  std::size_t i = 0;
  while (i < name.size()) {
    int len;
    char32_t c = decode(name, i, &len);
    if (is_letter(c)) {
      append_utf8(out, word_start ? c : to_lower(c));
      word_start = false;
    } else {
      append_utf8(out, c);
      // A new word starts after a space or hyphen, not after an apostrophe ("O'NEIL" -> "O'neil" is wrong
      // either way; keep "O'Neil" by starting a word after an apostrophe too).
      word_start = c == ' ' || c == '-' || c == '\'' || c == 0x2019;
    }
    i += len;
  }
  // A single word stays as written: it may be an abbreviation ("SP", "TASS", "СП") as well as a surname.
  if (split_words(name).size() == 1) return std::string(name);
  return out;
}

}  // namespace parley::detail::turns
