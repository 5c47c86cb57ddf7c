#include "turns/intro.h"

#include <vector>

#include "text/lexicon.h"
#include "text/utf8.h"
#include "turns/labels.h"

namespace parley::detail::turns {
namespace {

constexpr std::size_t kMaxIntroBytes = 2000;
constexpr std::size_t kMaxNameWords = 5;

struct Word {
  std::string_view text;
  std::size_t start;  // byte offset in the segment
};

std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back({s.substr(i, j - i), i});
    i = j;
  }
  return out;
}

std::string_view trim_ascii(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ':')) s.remove_suffix(1);
  return s;
}

// A capitalised word of a name ("Shapovalov", "(SP)", "«СП»").
bool cap_word(std::string_view w) {
  std::size_t i = 0;
  while (i < w.size()) {
    int len;
    char32_t c = decode(w, i, &len);
    if (is_letter(c)) return is_upper(c);
    i += len;
  }
  return false;
}

bool is_pronoun(std::string_view w) {
  std::string k = normalize_label(w);
  for (std::string_view p : {"he", "she", "they", "we", "i", "it", "this", "the", "our", "his", "her", "their", "мы",
                             "я", "он", "она", "они", "это", "наш", "наша", "наши"})
    if (k == p) return true;
  return false;
}

// "He", "She", "They", "Он", "Она", "Они": the subject of a sentence about someone already named.
bool is_third_person(std::string_view w) {
  std::string k = normalize_label(w);
  for (std::string_view p : {"he", "she", "they", "он", "она", "они"})
    if (k == p) return true;
  return false;
}

// A capitalised title or profession before a name, at a sentence start: "Economist Yulia Andreeva".
bool is_title_word(std::string_view w) {
  std::string k = normalize_label(w);
  // "Dr", "Prof", "Mr", "Mrs", "Ms" (kIntroTitle); "economist", "minister", "глава" (kIntroRole)
  return (lexicon::classes_folded(k) & (lexicon::kIntroTitle | lexicon::kIntroRole)) != 0;
}

// "Special Military Operation (SP)" at the end of `s`: the long form and the abbreviation.
void trailing_org(std::string_view s, std::string* name, std::string* abbr) {
  s = trim_ascii(s);
  if (!s.empty() && s.back() == ')') {
    std::size_t open = s.rfind('(');
    if (open != std::string_view::npos) {
      std::string_view inner = s.substr(open + 1, s.size() - open - 2);
      if (!inner.empty() && inner.size() <= 24 && cap_word(inner)) *abbr = std::string(inner);
      s = trim_ascii(s.substr(0, open));
    }
  }
  std::vector<Word> ws = words_of(s);
  std::size_t k = ws.size();
  while (k > 0 && ws.size() - k < 6 && cap_word(ws[k - 1].text) && !is_pronoun(ws[k - 1].text)) --k;
  if (k < ws.size()) *name = std::string(trim_ascii(s.substr(ws[k].start)));
}

// "SP", "Svobodnaya Pressa (SP)", "«СП»" at the start of `s`.
void leading_org(std::string_view s, std::string* name, std::string* abbr) {
  s = trim_ascii(s);
  std::vector<Word> ws = words_of(s);
  std::size_t k = 0;
  while (k < ws.size() && k < 6 && cap_word(ws[k].text) && ws[k].text.front() != '(') ++k;
  if (k == 0) return;
  std::size_t end = ws[k - 1].start + ws[k - 1].text.size();
  *name = std::string(trim_ascii(s.substr(0, end)));
  if (k < ws.size() && ws[k].text.front() == '(') {
    std::string_view rest = s.substr(ws[k].start + 1);
    std::size_t close = rest.find(')');
    if (close != std::string_view::npos && close <= 24) *abbr = std::string(rest.substr(0, close));
  }
}

// The index of the first word after " and " (", and ", " и ") in `ws` that starts a run of at least
// two capitalised words, i.e. a second person's name; ws.size() when none.
std::size_t next_guest_at(const std::vector<Word>& ws) {
  for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
    std::string_view w = ws[i].text;
    if (w != "and" && w != "и" && w != "&") continue;
    if (i == 0 || is_pronoun(ws[i + 1].text)) continue;
    // Two to four capitalised words that end with a comma or the sentence ("B, director of Y" / "B"),
    // not a name inside a description ("History and International Relations at MGIMO").
    std::size_t j = i + 1;
    while (j < ws.size() && j - i <= kMaxNameWords && cap_word(ws[j].text)) {
      ++j;
      if (ws[j - 1].text.back() == ',') break;
    }
    std::size_t run = j - (i + 1);
    if (run < 2 || run > 4) continue;
    if (j < ws.size() && ws[j - 1].text.back() != ',') continue;
    return i + 1;
  }
  return ws.size();
}

// Name and description from "political scientist Vladimir Shapovalov, associate professor at X":
// the first run of at least two capitalised words is the name.
bool guest_from(std::string_view s, Intro* out) {
  s = trim_ascii(s);
  std::size_t comma = s.find(", ");
  std::string_view head = comma == std::string_view::npos ? s : s.substr(0, comma);
  std::string_view tail = comma == std::string_view::npos ? std::string_view() : trim_ascii(s.substr(comma + 2));
  std::vector<Word> ws = words_of(head);
  std::size_t b = 0, e = 0;
  for (std::size_t i = 0; i < ws.size();) {
    if (!cap_word(ws[i].text)) { ++i; continue; }
    std::size_t j = i;
    while (j < ws.size() && cap_word(ws[j].text)) ++j;
    if (j - i >= 2) { b = i; e = j; break; }
    i = j;
  }
  if (e - b < 2 || is_pronoun(ws[b].text)) return false;
  while (e - b > 2 && is_title_word(ws[b].text)) ++b;
  if (e - b > kMaxNameWords) e = b + kMaxNameWords;
  std::size_t name_end = ws[e - 1].start + ws[e - 1].text.size();
  out->guest = std::string(trim_ascii(head.substr(ws[b].start, name_end - ws[b].start)));
  std::string_view before = trim_ascii(head.substr(0, ws[b].start));
  // "A, professor at X, and B, director of Y": the tail holds the next guests.
  if (!tail.empty()) {
    std::vector<Word> tw = words_of(tail);
    std::size_t k = next_guest_at(tw);
    if (k < tw.size()) {
      std::string_view rest = tail.substr(tw[k].start);
      tail = trim_ascii(tail.substr(0, tw[k - 1].start));
      Intro more;
      if (guest_from(rest, &more)) {
        out->others.push_back({more.guest, more.description});
        for (auto& o : more.others) out->others.push_back(std::move(o));
      }
    }
  }
  if (!tail.empty()) out->description = std::string(tail);
  else if (!before.empty()) out->description = std::string(before);
  return !out->guest.empty();
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && std::string_view(s).substr(s.size() - suffix.size()) == suffix;
}

bool cyrillic_vowel_before(const std::string& s, std::size_t end) {
  if (end < 2) return false;
  std::string_view v = std::string_view(s).substr(end - 2, 2);
  for (std::string_view x : {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"})
    if (v == x) return true;
  return false;
}

// A Russian name in the instrumental case, as after "поговорил с", back in the nominative:
// "Сергеем Воронцовым" -> "Сергей Воронцов", "Анной Ивановой" -> "Анна Иванова",
// "Игорем Жуковским" -> "Игорь Жуковский", "Марией Петровой" -> "Мария Петрова".
// Words not in Cyrillic, or without an instrumental ending, stay as they are.
std::string nominative_from_instrumental(std::string_view name) {
  std::string out;
  for (const Word& w : words_of(name)) {
    std::string x(w.text);
    auto cut = [&](std::size_t n, std::string_view add) { x = x.substr(0, x.size() - n) + std::string(add); };
    // Each Cyrillic letter is two bytes in UTF-8.
    if (ends_with(x, "ским") || ends_with(x, "цким")) cut(4, "ий");
    else if (ends_with(x, "ской") || ends_with(x, "цкой")) cut(4, "ая");
    else if (ends_with(x, "ией")) cut(4, "я");
    else if (ends_with(x, "ьей")) cut(4, "ья");
    else if (ends_with(x, "ем") && x.size() > 6) cut(4, cyrillic_vowel_before(x, x.size() - 4) ? "й" : "ь");
    else if (ends_with(x, "ым") && x.size() > 6) cut(4, "");
    else if (ends_with(x, "ом") && x.size() > 6) cut(4, "");
    else if (ends_with(x, "ой") && x.size() > 6) cut(4, "а");
    if (!out.empty()) out += ' ';
    out += x;
  }
  return out;
}

bool find_word(std::string_view s, std::string_view w, std::size_t* at) {
  std::size_t k = s.find(w);
  if (k == std::string_view::npos) return false;
  *at = k;
  return true;
}

// "<Interviewer> asked <guest>, <description>"
bool ask_order(std::string_view left, std::string_view right, Intro* out) {
  trailing_org(left, &out->interviewer, &out->interviewer_abbr);
  return guest_from(right, out);
}

// "<Guest>, <description>, told <Interviewer>" or "Political scientist <Guest> told <Interviewer>".
bool tell_order(std::string_view left, std::string_view right, Intro* out) {
  right = trim_ascii(right);
  if (right.starts_with("the ")) right.remove_prefix(4);  // "told the Coastal Herald"
  leading_org(right, &out->interviewer, &out->interviewer_abbr);
  std::string_view l = trim_ascii(left);
  std::size_t comma = l.find(", ");
  std::string_view head = comma == std::string_view::npos ? l : l.substr(0, comma);
  std::vector<Word> ws = words_of(head);
  std::size_t e = ws.size(), b = e;
  while (b > 0 && cap_word(ws[b - 1].text)) --b;
  if (e - b < 2) {
    // "Глава Сбербанка Герман Греф в интервью «Известиям» рассказал": the last run of two or more
    // capitalised words before the verb is the name.
    std::size_t j = ws.size();
    while (j > 0) {
      while (j > 0 && !cap_word(ws[j - 1].text)) --j;
      std::size_t k = j;
      while (k > 0 && cap_word(ws[k - 1].text)) --k;
      if (j - k >= 2) {
        b = k;
        e = j;
        break;
      }
      j = k;
    }
  }
  if (e - b < 2 || is_pronoun(ws[b].text)) return false;
  if (e - b > kMaxNameWords) b = e - kMaxNameWords;
  // "Apple CEO Tim Cook", "Глава Сбербанка Герман Греф": four capitalised words or more hold a title
  // or an organisation before a two-word name.
  if (e - b >= 4) b = e - 2;
  while (e - b > 2 && is_title_word(ws[b].text)) ++b;
  std::size_t name_end = ws[e - 1].start + ws[e - 1].text.size();
  out->guest = std::string(trim_ascii(head.substr(ws[b].start, name_end - ws[b].start)));
  std::string_view before = trim_ascii(head.substr(0, ws[b].start));
  if (comma != std::string_view::npos) out->description = std::string(trim_ascii(l.substr(comma + 2)));
  else if (!before.empty()) out->description = std::string(before);
  return !out->guest.empty();
}

bool parse_body(std::string_view p, Intro* out);

}  // namespace

bool parse_intro(std::string_view p, Intro* out) {
  *out = Intro{};
  while (!p.empty() && p.back() == ' ') p.remove_suffix(1);
  if (p.empty() || p.size() > kMaxIntroBytes) return false;
  if (p.back() == ':') p.remove_suffix(1);
  else if (p.size() >= 3 && p.substr(p.size() - 3) == "\xEF\xBC\x9A") p.remove_suffix(3);
  else return false;
  return parse_body(p, out);
}

bool parse_intro_sentence(std::string_view p, Intro* out) {
  *out = Intro{};
  while (!p.empty() && p.back() == ' ') p.remove_suffix(1);
  if (p.empty() || p.size() > kMaxIntroBytes || p.back() != '.') return false;
  p.remove_suffix(1);
  return parse_body(p, out);
}

namespace {

bool parse_body(std::string_view p, Intro* out) {

  static constexpr std::string_view kAskVerbs[] = {
      " asked ",         " interviewed ",   " talked to ",     " talked with ", " spoke to ",
      " spoke with ",    " turned to ",     " put questions to ", " questioned ", " sat down with ",
      " caught up with ", " reached out to ", " contacted ",    " asks ",        " talks to ",
      " speaks with ",   " speaks to ",     " talks with ",
      // Russian: "«СП» поговорила с Сергеем Воронцовым, ...:" (the name in the instrumental case).
      " поговорил с ",   " поговорила с ",  " поговорили с ",  " побеседовал с ", " побеседовала с ",
      " побеседовали с ", " беседует с ",   " говорит с ",     " обратился к ",   " обратилась к ",
      " обратились к "};
  static constexpr std::string_view kTellVerbs[] = {
      " told ",        " said to ",      " explained to ", " commented to ", " shared with ", " tells ",
      " explains to ", " gave an interview to ",
      // Russian: the guest usually follows the verb, which the second attempt handles.
      " рассказал ",   " рассказала ",   " заявил ",       " заявила ",      " сказал ",      " сказала ",
      " пояснил ",     " пояснила ",     " объяснил ",     " объяснила ",    " отметил ",     " отметила "};
  std::size_t best = std::string_view::npos, len = 0;
  bool ask = true, instrumental = false;
  bool mutual = false;  // "spoke to", "talked with": either side may be the one who asks
  for (auto v : kAskVerbs) {
    std::size_t at;
    if (find_word(p, v, &at) && at < best) {
      best = at;
      len = v.size();
      ask = true;
      instrumental = v.ends_with(" с ");
      mutual = v.starts_with(" spoke ") || v.starts_with(" talked ") || v.starts_with(" speaks ") ||
               v.starts_with(" talks ") || v.starts_with(" sat down ");
    }
  }
  // "поговорили об этом с X", "побеседовала на эту тему с X": the preposition a few words later.
  for (std::string_view stem : {" поговорил", " побеседовал", " беседовал"}) {
    std::size_t at;
    if (!find_word(p, stem, &at) || at >= best) continue;
    std::size_t with = p.substr(at + stem.size(), 48).find(" с ");
    if (with == std::string_view::npos) continue;
    best = at;
    len = stem.size() + with + 4;  // " с " is four bytes
    ask = true;
    instrumental = true;
  }
  for (auto v : kTellVerbs) {
    std::size_t at;
    if (find_word(p, v, &at) && at < best) { best = at; len = v.size(); ask = false; instrumental = false; }
  }
  if (best == std::string_view::npos) return false;
  std::string_view left = p.substr(0, best);
  std::string_view right = p.substr(best + len);
  // "Minister Eva Novak spoke to the Harbor Times": after a verb that goes both ways, a capitalised name
  // behind "the" is a newspaper or a channel, not a person (a title aside: "the Finance Minister"),
  // so the one who spoke is the guest, as with "told".
  if (ask && mutual && right.starts_with("the ")) {
    std::vector<Word> ws = words_of(right.substr(4));
    if (!ws.empty() && cap_word(ws[0].text) && !is_title_word(ws[0].text)) ask = false;
  }
  // "Sofia Brandt sat down with Radio Nord's Erik Lund": a name behind an outlet's possessive is the
  // outlet's journalist, who asks.
  if (ask && mutual) {
    std::vector<Word> ws = words_of(right);
    for (std::size_t k = 0; k + 1 < ws.size() && k < kMaxNameWords && cap_word(ws[k].text); ++k) {
      std::string_view w = ws[k].text;
      if ((w.ends_with("'s") || w.ends_with("\u2019s")) && cap_word(ws[k + 1].text)) {
        ask = false;
        break;
      }
    }
  }
  // "He spoke to Harbour Review about risk": the guest, named before, asks no one; the one after the
  // verb is the interviewer, not a guest. No guest is introduced here.
  if (ask && is_third_person(trim_ascii(left))) return false;
  // "Michael Brandt of the Courier asked her about housing": the guest, named in an earlier sentence,
  // is the pronoun; the words before the verb are the one who asks, never a guest.
  if (ask) {
    std::vector<Word> ws = words_of(right);
    if (!ws.empty()) {
      std::string w = normalize_label(ws[0].text);
      if (w == "her" || w == "him" || w == "them") return false;
    }
  }
  // Word order is free in some languages ("Об этом «СП» рассказал экономист Андрей Петров:"):
  // try the verb's usual order first, then the other one.
  for (int attempt = 0; attempt < 2; ++attempt) {
    bool interviewer_first = (attempt == 0) == ask;
    *out = Intro{};
    if (interviewer_first ? ask_order(left, right, out) : tell_order(left, right, out)) {
      // The guest's name must look like one.
      if (out->guest.size() <= 80 && out->guest.find_first_of(".?!\"") == std::string::npos) {
        if (instrumental && interviewer_first) {
          out->guest = nominative_from_instrumental(out->guest);
          for (auto& o : out->others) o.name = nominative_from_instrumental(o.name);
        }
        out->interviewer = std::string(strip_quotes(out->interviewer));
        out->interviewer_abbr = std::string(strip_quotes(out->interviewer_abbr));
        return true;
      }
    }
  }
  *out = Intro{};
  return false;
}

}  // namespace

}  // namespace parley::detail::turns
