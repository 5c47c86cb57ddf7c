#include "structure/credits.h"

#include <cctype>

#include "entities/lexicon.h"
#include "structure/lines.h"
#include "text/utf8.h"

namespace parley::detail {

namespace {

constexpr std::size_t kCreditOpenWithin = 160;  // bytes from the paragraph start to the credit's "("
constexpr std::size_t kCreditMaxBytes = 240;    // bytes inside the parentheses
constexpr std::size_t kAgencyMaxBytes = 40;

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "all-media journalists", "Reporters", "correspondent": the words that credit the text's writers
// (a photographer or an editor is credited for something else).
bool is_reporter_role(std::string_view role) {
  std::string r = lower_ascii(trim(role));
  std::size_t sp = r.rfind(' ');
  std::size_t dash = r.rfind('-');
  std::size_t cut = sp == std::string::npos ? dash : (dash == std::string::npos ? sp : std::max(sp, dash));
  std::string last = cut == std::string::npos ? r : r.substr(cut + 1);
  for (std::string_view w : {"reporter", "reporters", "journalist", "journalists", "correspondent", "correspondents",
                             "writer", "writers", "text"})
    if (last == w) return true;
  return false;
}

// Every word opens with a capital: "Lin Qiaoyu", "Fen Dawei".
bool capitalised_name(std::string_view name) {
  std::size_t words = count_words(name);
  if (words < 1 || words > 4) return false;
  bool start = true;
  for (std::size_t i = 0; i < name.size();) {
    int len;
    char32_t c = decode(name, i, &len);
    if (c == ' ') start = true;
    else if (start && !is_upper(c)) return false;
    else start = false;
    i += static_cast<std::size_t>(len);
  }
  return true;
}

// "Reporters Lin Qiaoyu and Fen Dawei", "journalist: Mo Lan": role, then names.
void read_credit_segment(std::string_view seg, std::vector<std::string>* out) {
  seg = trim(seg);
  std::size_t colon = seg.find(':');
  std::string_view role, names;
  if (colon != std::string_view::npos) {
    role = seg.substr(0, colon);
    names = seg.substr(colon + 1);
  } else {
    // "Reporters Lin Qiaoyu": the role is the lowercase-or-first word run before the first name.
    std::size_t sp = seg.find(' ');
    if (sp == std::string_view::npos) return;
    role = seg.substr(0, sp);
    names = seg.substr(sp + 1);
  }
  if (!is_reporter_role(role)) return;
  for (const std::string& n : split_names(names))
    if (capitalised_name(n)) out->push_back(n);
}

}  // namespace

std::vector<std::string> credited_reporters(std::string_view p) {
  std::vector<std::string> out;
  std::size_t open = p.substr(0, kCreditOpenWithin).find('(');
  if (open == std::string_view::npos) return out;
  std::size_t close = p.find(')', open);
  if (close == std::string_view::npos || close - open > kCreditMaxBytes) return out;
  std::string_view inside = p.substr(open + 1, close - open - 1);
  // Segments: "all-media journalists: A and B", "correspondent: C", "photographer: D".
  std::size_t start = 0;
  while (start <= inside.size()) {
    std::size_t next = inside.find_first_of(",;", start);
    std::string_view seg = inside.substr(start, next == std::string_view::npos ? std::string_view::npos : next - start);
    // "A, B" after one role: a segment without a role word continues the previous one's names.
    std::vector<std::string> found;
    read_credit_segment(seg, &found);
    if (found.empty() && !out.empty() && seg.find(':') == std::string_view::npos && capitalised_name(trim(seg)))
      found.push_back(std::string(trim(seg)));
    out.insert(out.end(), found.begin(), found.end());
    if (next == std::string_view::npos) break;
    start = next + 1;
  }
  return out;
}

std::string_view wire_credit(std::string_view p) {
  // "(Reuters) — ...", "(CNN) -- ...": one to three capitalised words in parentheses, then a dash.
  if (p.size() > 4 && p[0] == '(') {
    std::size_t close = p.find(')');
    if (close != std::string_view::npos && close <= kAgencyMaxBytes) {
      std::string_view name = p.substr(1, close - 1);
      std::string_view after = trim(p.substr(close + 1));
      if (capitalised_name(name) && at_most_words(name, 3) && starts_with_dash(after)) return name;
    }
  }
  // "MOSCOW, January 21. /TASS/. ...": an agency between slashes early in the lead.
  std::size_t slash = p.substr(0, kCreditOpenWithin).find("/");
  if (slash != std::string_view::npos) {
    std::size_t end = p.find('/', slash + 1);
    if (end != std::string_view::npos && end - slash <= kAgencyMaxBytes) {
      std::string_view name = p.substr(slash + 1, end - slash - 1);
      if (capitalised_name(name) && name.find(' ') == std::string_view::npos && name.size() >= 2) return name;
    }
  }
  return {};
}

bool opens_like_wire_lead(std::string_view p) {
  if (!wire_credit(p).empty()) return true;
  if (p.size() > 2 && p[0] == '(') {
    std::size_t close = p.find(')');
    return close != std::string_view::npos && close <= kCreditOpenWithin;
  }
  // "KOTA KINABALU: ...", "WASHINGTON — ...": a place in capitals.
  std::size_t i = 0;
  while (i < p.size() && i < kAgencyMaxBytes && (std::isupper(static_cast<unsigned char>(p[i])) || p[i] == ' ' ||
                                                  p[i] == ',' || p[i] == '.'))
    ++i;
  if (i < 3 || i >= p.size()) return false;
  std::string_view rest = p.substr(i);
  return rest[0] == ':' || starts_with_dash(trim(rest));
}

std::string outlet_credited_author(std::string_view name_line, std::string_view next_line) {
  constexpr std::size_t kMaxOutletBytes = 60;
  next_line = trim(next_line);
  if (next_line.size() < 4 || next_line.size() > kMaxOutletBytes || next_line.front() != '(' ||
      next_line.back() != ')' || !std::isupper(static_cast<unsigned char>(next_line[1])))
    return {};
  std::string_view name = trim(name_line);
  // "Ambassador", "Professor": a title in front is not part of the name.
  std::size_t space = name.find(' ');
  if (space != std::string_view::npos) {
    std::string first = lower_ascii(name.substr(0, space));
    for (std::size_t k = 0; k < lex::kWordCount; ++k)
      if ((lex::kWords[k].classes & (lex::kTitle | lex::kHonorific)) && first == lex::kWords[k].word) {
        name = trim(name.substr(space + 1));
        break;
      }
  }
  std::size_t words = count_words(name);
  if (words < 2 || words > 3 || !capitalised_name(name)) return {};
  return std::string(name);
}

bool issuing_office(std::string_view line) {
  constexpr std::size_t kMaxOfficeWords = 8;
  line = trim(line);
  std::string_view rest = line.substr(std::min(line.size(), std::string_view("Office of the ").size()));
  return lower_ascii(line.substr(0, 14)) == "office of the " && at_most_words(line, kMaxOfficeWords) &&
         capitalised_name(rest) && line.back() != '.';
}

}  // namespace parley::detail
