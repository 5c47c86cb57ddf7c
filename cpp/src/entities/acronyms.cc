// An unknown acronym is a body: a word of two to six capitals standing among lower-case words ("the
// ministry asked the KVTR to ...") that no gazetteer entry, declared abbreviation or initials of the
// article explain, and that is no common acronym of a measure, disease, device or role ("GDP", "COVID",
// "UAV", "CEO": kCommonAcronyms) nor a roman numeral. A word in capitals among capitals (a heading, a
// name written in capitals) is no acronym.
#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

namespace {

bool is_common_acronym(std::uint64_t hash) {
  static const WordSet common(kCommonAcronyms, kCommonAcronymCount);
  return common.contains(hash);
}

}  // namespace

// A common acronym of a measure, disease, device or role, in capitals or as a plural ("UAVs").
bool CandidateState::common_acronym(std::uint32_t k) const {
  const std::string_view w = sv(k);
  if (w.empty() || !(w.front() >= 'A' && w.front() <= 'Z')) return false;
  for (std::size_t i = 0; i + 1 < w.size(); ++i)
    if (w[i] >= 'a' && w[i] <= 'z') return false;  // capitals, bar a plural's last "s"
  return is_common_acronym(h[k]);
}

bool CandidateState::common_acronym_word(std::uint32_t k) const { return is_common_acronym(h[k]); }

bool CandidateState::unknown_acronym(const Cand& c) const {
  if (c.e - c.b != 1 || !toks[c.b].has(kAllCaps) || c.in_marker || is_common_acronym(h[c.b])) return false;
  const std::string_view w = sv(c.b);
  if (w.size() < 2 || w.size() > 6) return false;
  bool roman = true;
  for (char ch : w) {
    if (ch < 'A' || ch > 'Z') return false;
    roman = roman && std::string_view("IVXLCDM").find(ch) != std::string_view::npos;
  }
  if (roman) return false;
  // Its neighbours in the paragraph are no words in capitals.
  auto caps_word = [&](std::uint32_t k) { return toks[k].has(kWord) && toks[k].has(kAllCaps); };
  if (c.b > 0 && same_para(c.b - 1, c.b) && caps_word(c.b - 1)) return false;
  if (c.b + 1 < n && same_para(c.b, c.b + 1) && caps_word(c.b + 1)) return false;
  // A body's use: "the KVTR", "KVTR said", "KVTR's board".
  static const std::uint64_t kThe = fold_hash("the");
  const bool the = c.b > 0 && same_para(c.b - 1, c.b) && h[c.b - 1] == kThe;
  const bool says = c.e < n && same_para(c.b, c.e) && ((cls[c.e] & kSpeech) || toks[c.e].has(kPossessive));
  return the || says;
}

}  // namespace parley::detail
