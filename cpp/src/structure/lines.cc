#include "structure/lines.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "text/lexicon.h"
#include "text/utf8.h"

namespace parley::detail {
namespace {

// ASCII lowercase without the C locale's function call (this sits in the innermost loops).
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

char32_t first_cp(std::string_view s) {
  if (s.empty()) return 0;
  int len;
  return decode(s, 0, &len);
}

// A month's name or its first three letters ("Jan", "january"), asked of the shared lexicon.
bool is_month_word(std::string_view w) {
  static const auto* const kMonths = [] {
    auto* v = new std::vector<std::string_view>();
    for (const auto& word : lexicon::words())
      if (word.classes & lexicon::kMonthName) v->push_back(word.text);
    return v;
  }();
  for (auto m : *kMonths)
    if (w.size() >= 3 && w.size() <= m.size() && iequals_prefix(m, w) && (w.size() == m.size() || w.size() == 3))
      return true;
  return false;
}

}  // namespace

// Case-insensitive prefix test; letters outside ASCII fold too (Cyrillic, Greek, Latin-1), so
// "АВТОР:" matches "автор". *matched (optional) gets the bytes of `s` the prefix covered.
bool iequals_prefix(std::string_view s, std::string_view prefix, std::size_t* matched) {
  // Case folding keeps a letter's UTF-8 length within the scripts folded here, so a shorter text
  // cannot match; the first byte settles most calls.
  if (s.size() < prefix.size() || prefix.empty()) {
    if (matched && prefix.empty()) *matched = 0;
    return prefix.empty();
  }
  if (static_cast<unsigned char>(s[0]) < 0x80 && static_cast<unsigned char>(prefix[0]) < 0x80 &&
      lower(s[0]) != lower(prefix[0]))
    return false;
  std::size_t i = 0, j = 0;
  while (j < prefix.size()) {
    if (i >= s.size()) return false;
    unsigned char a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(prefix[j]);
    if (a < 0x80 && b < 0x80) {
      if (lower(static_cast<char>(a)) != lower(static_cast<char>(b))) return false;
      ++i;
      ++j;
      continue;
    }
    int la, lb;
    char32_t ca = decode(s, i, &la), cb = decode(prefix, j, &lb);
    if (to_lower(ca) != to_lower(cb)) return false;
    i += static_cast<std::size_t>(la);
    j += static_cast<std::size_t>(lb);
  }
  if (matched) *matched = i;
  return true;
}

CiPrefixSet::CiPrefixSet(std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (p.empty()) {
      empty_ = true;
      continue;
    }
    const auto first = static_cast<unsigned char>(p[0]);
    by_first_[first < 0x80 ? static_cast<unsigned char>(lower(p[0])) : kNonAscii].push_back(p);
  }
}

bool CiPrefixSet::opens(std::string_view s) const {
  if (empty_) return true;
  if (s.empty()) return false;
  const auto first = static_cast<unsigned char>(s[0]);
  for (std::string_view p : by_first_[first < 0x80 ? static_cast<unsigned char>(lower(s[0])) : kNonAscii])
    if (iequals_prefix(s, p)) return true;
  return false;
}

bool contains_ci(std::string_view s, std::string_view needle) { return contains_any_ci(s, {needle}); }

bool contains_any_ci(std::string_view s, std::initializer_list<std::string_view> needles) {
  // Positions whose byte cannot open any needle are skipped by one table look-up. Case folding keeps a
  // letter within ASCII or outside it, so a needle opening with a multi-byte letter may open at any lead
  // byte of 0x80 and above.
  std::array<bool, 256> opens{};
  for (std::string_view needle : needles) {
    if (needle.empty()) return true;
    unsigned char first = static_cast<unsigned char>(needle[0]);
    if (first >= 0x80)
      std::fill(opens.begin() + 0x80, opens.end(), true);
    else
      opens[static_cast<unsigned char>(lower(static_cast<char>(first)))] = true;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!opens[static_cast<unsigned char>(lower(s[i]))]) continue;
    for (std::string_view needle : needles)
      if (needle.size() <= s.size() - i && iequals_prefix(s.substr(i), needle)) return true;
  }
  return false;
}


bool is_clock_line(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && i < 2 && t[i] >= '0' && t[i] <= '9') ++i;
  if (i == 0 || i >= t.size() || t[i] != ':') return false;
  ++i;
  std::size_t m = i;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  if (i - m != 2) return false;
  std::size_t words = 0;
  while (i < t.size()) {
    while (i < t.size() && t[i] == ' ') ++i;
    std::size_t j = i;
    while (j < t.size() && t[j] != ' ') ++j;
    if (j == i) break;
    std::string_view w = t.substr(i, j - i);
    bool ampm = w.size() <= 4 && (iequals_prefix(w, "a.m") || iequals_prefix(w, "p.m") || iequals_prefix(w, "am") ||
                                  iequals_prefix(w, "pm"));
    bool zone = w.size() <= 4;
    for (char c : w) zone = zone && c >= 'A' && c <= 'Z';
    if (!ampm && !zone) return false;
    if (++words > 2) return false;
    i = j;
  }
  return true;
}

namespace {

// Hard-wrapped text: lines folded at a fixed width (60-80 columns, as e-mail, wire feeds and some
// transcripts come), paragraphs divided by blank lines. The wrap width is the longest line length
// most lines stay within; a line that reaches close to it was folded, so the next line goes on
// its paragraph.
struct Wrap {
  bool wrapped = false;
  std::size_t width = 0;
};

std::size_t code_points(std::string_view s) {
  return s.size() - count_continuations(reinterpret_cast<const unsigned char*>(s.data()), s.size());
}

Wrap detect_wrap(std::string_view text) {
  constexpr std::size_t kMinLines = 10, kMinWidth = 50, kMaxWidth = 100, kMinBlanks = 2;
  std::vector<std::size_t> histogram(kMaxWidth + 2, 0);  // line lengths, the last bin for longer ones
  std::size_t lines = 0, blanks = 0;
  for (std::size_t i = 0; i <= text.size();) {
    std::size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    std::size_t len = code_points(trim(text.substr(i, nl - i)));
    if (len == 0) ++blanks;
    else ++lines, ++histogram[std::min(len, kMaxWidth + 1)];
    if (nl == text.size()) break;
    i = nl + 1;
  }
  Wrap w;
  if (lines < kMinLines || blanks < kMinBlanks || histogram[kMaxWidth + 1] * 20 > lines) return w;
  // The width: the length that 95% of the lines stay within.
  std::size_t seen = 0;
  for (std::size_t len = 0; len <= kMaxWidth; ++len) {
    seen += histogram[len];
    if (seen * 20 >= lines * 19) {
      w.width = len;
      break;
    }
  }
  if (w.width < kMinWidth) return w;
  std::size_t full = 0;  // lines folded close to the width
  for (std::size_t len = w.width * 3 / 4; len <= kMaxWidth + 1; ++len) full += histogram[len];
  w.wrapped = full * 2 >= lines;
  return w;
}

}  // namespace

std::vector<Paragraph> split_paragraphs(std::string_view text) {
  const Wrap wrap = detect_wrap(text);
  std::vector<Paragraph> out;
  bool join = false;  // the previous line was folded: this one goes on its paragraph
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(i, nl - i);
    std::string_view t = trim(line);
    if (t.empty()) {
      join = false;
    } else {
      std::int64_t start = static_cast<std::int64_t>(t.data() - text.data());
      std::int64_t end = start + static_cast<std::int64_t>(t.size());
      if (join && !out.empty()) {
        out.back().end = end;
      } else {
        Paragraph p;
        p.start = start;
        p.end = end;
        out.push_back(p);
      }
      join = wrap.wrapped && code_points(t) >= wrap.width * 3 / 4;
    }
    if (nl == text.size()) break;
    i = nl + 1;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e) {
    int len;
    char32_t c = decode(s, b, &len);
    if (!is_space(c) && c != 0) break;
    b += len;
  }
  while (e > b) {
    int len;
    char32_t c = decode_before(s, e, &len);
    if (!is_space(c) && c != 0) break;
    e -= len;
  }
  return s.substr(b, e - b);
}

bool strip_label(std::string_view line, std::initializer_list<std::string_view> labels, std::string_view* rest) {
  for (auto label : labels) {
    std::size_t matched = 0;
    if (!iequals_prefix(line, label, &matched)) continue;
    std::string_view r = line.substr(matched);
    std::size_t k = 0;
    while (k < r.size() && r[k] == ' ') ++k;
    if (k < r.size() && (r[k] == ':' || (r[k] == '-' && k > 0))) {
      *rest = r.substr(k + 1);
      return true;
    }
    if (r.substr(k).starts_with("\xEF\xBC\x9A")) {  // fullwidth colon
      *rest = r.substr(k + 3);
      return true;
    }
  }
  return false;
}

bool strip_prefix_word(std::string_view line, std::initializer_list<std::string_view> words, std::string_view* rest) {
  for (auto w : words) {
    std::size_t matched = 0;
    if (!iequals_prefix(line, w, &matched) || line.size() <= matched + 1 || line[matched] != ' ') continue;
    std::string_view r = trim(line.substr(matched + 1));
    if (!is_upper(first_cp(r))) continue;
    *rest = r;
    return true;
  }
  return false;
}

std::vector<std::string> split_names(std::string_view s) {
  // Cut at a separator that ends the names: " | ", " - ", " — ", a date.
  for (std::string_view stop : {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " on ", " updated", " published"}) {
    std::size_t k = s.find(stop);
    if (k != std::string_view::npos) s = s.substr(0, k);
  }
  std::vector<std::string> parts;
  std::size_t i = 0;
  while (i <= s.size()) {
    std::size_t best = s.size(), skip = 0;
    for (std::string_view sep : {std::string_view(","), std::string_view(" and "), std::string_view(" & "),
                                 std::string_view(";"), std::string_view(" и ")}) {
      std::size_t k = s.find(sep, i);
      if (k != std::string_view::npos && k < best) { best = k; skip = sep.size(); }
    }
    std::string_view part = trim(s.substr(i, best - i));
    // A name: capitalised, at most five words, no sentence punctuation.
    if (!part.empty() && is_upper(first_cp(part)) && at_most_words(part, 5) &&
        part.find_first_of(".?!:") == std::string_view::npos)
      parts.emplace_back(part);
    if (best == s.size()) break;
    i = best + skip;
  }
  return parts;
}

void split_name_description(std::string_view s, std::string* name, std::string* description) {
  s = trim(s);
  std::size_t k = s.find(", ");
  for (std::string_view sep : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
    std::size_t d = s.find(sep);
    if (d != std::string_view::npos && d < k) k = d;
  }
  if (k == std::string_view::npos) {
    *name = std::string(s);
    description->clear();
    return;
  }
  *name = std::string(trim(s.substr(0, k)));
  std::string_view rest = trim(s.substr(k + 1));
  while (!rest.empty() && (rest[0] == '-' || rest[0] == ',')) rest = trim(rest.substr(1));
  if (rest.starts_with("\xE2\x80")) rest = trim(rest.substr(3));
  *description = std::string(rest);
}

std::string_view find_url(std::string_view s) {
  std::size_t k = s.find("http://");
  if (k == std::string_view::npos) k = s.find("https://");
  if (k == std::string_view::npos) k = s.find("www.");
  if (k == std::string_view::npos) return {};
  std::size_t e = k;
  while (e < s.size() && s[e] != ' ' && s[e] != '\t' && s[e] != '"' && s[e] != '<' && s[e] != '>') ++e;
  while (e > k && (s[e - 1] == '.' || s[e - 1] == ',' || s[e - 1] == ')')) --e;
  return s.substr(k, e - k);
}

bool has_speaker_marker_shape(std::string_view line) {
  char32_t c = first_cp(line);
  if (is_dash(c)) return true;
  // "Q. Why now?", "A. Because.", "Q Thanks, John."
  if (line.size() >= 3 && (line[0] == 'Q' || line[0] == 'A') && (line[1] == '.' || line[1] == ')') && line[2] == ' ')
    return true;
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 60) return false;
  std::string_view label = line.substr(0, colon);
  if (label.find_first_of("?!\"") != std::string_view::npos) return false;
  // A point only ends an abbreviation: "MS. JEAN-PIERRE", "Dr. Lee", "Sen. J. Doe".
  for (std::size_t k = label.find('.'); k != std::string_view::npos; k = label.find('.', k + 1)) {
    std::size_t b = k;
    while (b > 0 && label[b - 1] != ' ' && label[b - 1] != '.') --b;
    if (k - b > 3 || k + 1 >= label.size() || label[k + 1] != ' ') return false;
  }
  return at_most_words(label, 6) && colon + 1 < line.size();
}

bool starts_with_dash(std::string_view line) { return is_dash(first_cp(line)); }

bool is_speaker_label_shape(std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view label = trim(line.substr(0, colon));
  for (std::string_view w : {"q", "a", "question", "answer", "response", "interviewer", "host", "correspondent",
                             "journalist", "reporter", "moderator"})
    if (label.size() == w.size() && iequals_prefix(label, w)) return true;
  std::size_t letters = 0, upper = 0;
  for (char c : label) {
    letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
    upper += (c >= 'A' && c <= 'Z');
  }
  return letters >= 2 && upper == letters;
}

bool is_separator(std::string_view line) {
  constexpr std::size_t kMaxRuleBytes = 200;
  // "______________________" across a pasted page: a rule of one mark, however long.
  if (line.size() > 40) {
    std::string_view t = trim(line);
    return t.size() <= kMaxRuleBytes && t.size() >= 3 && t.find_first_not_of(t[0]) == std::string_view::npos &&
           std::string_view("*-#~=_").find(t[0]) != std::string_view::npos;
  }
  std::size_t marks = 0;
  for (char c : line) {
    if (c == '*' || c == '-' || c == '#' || c == '~' || c == '=' || c == '_') ++marks;
    else if (c != ' ' && static_cast<unsigned char>(c) < 0x80) return false;
    else if (static_cast<unsigned char>(c) >= 0x80) {
      // "• • •", "— — —", "⁂" are separators too.
    }
  }
  if (marks >= 3) return true;
  std::string_view t = trim(line);
  return t == "\xE2\x81\x82" || t == "\xE2\x80\xA2 \xE2\x80\xA2 \xE2\x80\xA2" || t == "\xC2\xB7 \xC2\xB7 \xC2\xB7";
}

bool is_stage_direction(std::string_view line) {
  if (line.size() < 3 || line.size() > 200) return false;
  char open = line.front(), close = line.back();
  if (!((open == '(' && close == ')') || (open == '[' && close == ']'))) return false;
  // Inside: no other brackets, mostly upper case or a short note ("(Laughter)").
  std::string_view inner = line.substr(1, line.size() - 2);
  if (inner.find_first_of("()[]") != std::string_view::npos) return false;
  std::size_t upper = 0, lowerc = 0;
  for (char c : inner) {
    upper += (c >= 'A' && c <= 'Z');
    lowerc += (c >= 'a' && c <= 'z');
  }
  // "(The briefing was concluded at 2:58 p.m.)": a short editorial note in brackets, one sentence.
  return upper > lowerc || at_most_words(inner, 4) || (at_most_words(inner, 14) && at_most_sentences(inner, 1));
}

bool is_clutter(std::string_view line) {
  if (line.size() > 160) return false;
  static const CiPrefixSet kStarts{
      "scroll down for video", "share this", "share on", "advertisement", "subscribe to", "sign up for",
      "sign in", "log in", "follow us", "read more", "related:", "related articles", "skip to", "click here",
      "find us:", "comments", "print this", "email this", "listen to this", "watch:", "video:", "photo:",
      "image:", "getty images", "reuters/", "ap photo", "loading", "cookie", "this story is part of",
      "more from", "see also", "фото:", "фото ", "видео:", "иллюстрация:", "photo credit", "photograph:", "pictured:"};
  std::string_view t = trim(line);
  if (kStarts.opens(t)) return true;
  // A photo credit: "Nik Wheeler/Getty Images", "AFP via Getty Images".
  if (at_most_words(t, 6) && contains_any_ci(t, {"getty images", "/afp", "/reuters", "/ap", "shutterstock"}))
    return true;
  // A menu: short segments divided by " | ".
  std::size_t bars = 0;
  for (std::size_t k = t.find(" | "); k != std::string_view::npos; k = t.find(" | ", k + 3)) ++bars;
  if (bars >= 2 && at_most_words(t, 4 * (bars + 1))) return true;
  return false;
}

bool is_copyright(std::string_view line) {
  std::string_view t = trim(line);
  return iequals_prefix(t, "copyright") || t.starts_with("\xC2\xA9") || iequals_prefix(t, "(c) ") ||
         contains_any_ci(t, {"all rights reserved", "transcripts are created", "may not be in its final form",
                             "may contain errors"});
}

bool is_dateline(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() > 80 || t.empty()) return false;
  // Words of the line: a month name and a year or day number, little else.
  std::size_t words = 0, months = 0, numbers = 0, other_caps = 0, lowers = 0;
  std::size_t leading_caps = 0;  // capitalised words before the first month or number
  // "2:14 p.m. EST", "1:32 P.M. EDT", "15:30": a clock time on its own line.
  if (is_clock_line(t)) return true;
  std::size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && (t[i] == ' ' || t[i] == ',' || t[i] == '|' || t[i] == '-' || t[i] == '/')) ++i;
    std::size_t j = i;
    while (j < t.size() && t[j] != ' ' && t[j] != ',' && t[j] != '|') ++j;
    if (j == i) break;
    std::string_view w = t.substr(i, j - i);
    ++words;
    if (is_month_word(w)) ++months;
    else if (w[0] >= '0' && w[0] <= '9') ++numbers;
    else if (is_upper(first_cp(w))) {
      ++other_caps;
      leading_caps += months + numbers == 0;
    } else {
      ++lowers;
    }
    i = j;
  }
  bool updated = iequals_prefix(t, "published") || iequals_prefix(t, "updated") || iequals_prefix(t, "posted");
  // "Department Press Briefing - November 14, 2022" is a headline that carries a date.
  if (leading_caps >= 3) return false;
  return (months >= 1 || numbers >= 2) && numbers >= 1 && lowers <= (updated ? 3u : 1u) && other_caps <= 4 &&
         words <= 10;
}

}  // namespace parley::detail
