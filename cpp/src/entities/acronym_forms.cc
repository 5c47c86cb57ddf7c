// A body's name with an acronym in place of its closing words: "Wales TUC" for "Wales Trades Union
// Congress" (two to six capitalised words replaced by their initials, the words before them kept). The
// short form is that body when one body of the article has that form. Each name adds its forms once (at
// most twelve tokens): linear in the mentions.
#include <string>

#include "entities/candidates.h"

namespace parley::detail {

namespace {

constexpr std::size_t kMinLetters = 2;
constexpr std::size_t kMaxLetters = 6;

}  // namespace

// The lower-case initials of the capitalised words [b, e), empty unless every token is such a word (an
// ASCII capital first).
std::string CandidateState::initials_of(std::uint32_t b, std::uint32_t e) const {
  std::string s;
  for (std::uint32_t k = b; k < e; ++k) {
    const std::string_view w = sv(k);
    if (!toks[k].has(kWord) || !is_cap(k) || toks[k].has(kAllCaps) || w.empty() || w.front() < 'A' || w.front() > 'Z')
      return {};
    s += static_cast<char>(w.front() - 'A' + 'a');
  }
  return s.size() >= kMinLetters && s.size() <= kMaxLetters ? s : std::string();
}

// The words [b, e) folded to one lower-case string, a space between.
std::string CandidateState::folded_words(std::uint32_t b, std::uint32_t e) const {
  std::string s;
  for (std::uint32_t k = b; k < e; ++k) {
    if (!s.empty()) s += ' ';
    for (char ch : sv(k)) s += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  }
  return s;
}

// An acronym of two to six capitals (ASCII letters only).
bool CandidateState::acronym_word(std::uint32_t k) const {
  const std::string_view w = sv(k);
  if (!toks[k].has(kAllCaps) || w.size() < kMinLetters || w.size() > kMaxLetters) return false;
  for (char ch : w)
    if (ch < 'A' || ch > 'Z') return false;
  return true;
}

void CandidateState::link_acronym_forms(std::vector<std::uint64_t>& key) const {
  constexpr std::uint32_t kAmbiguous = UINT32_MAX;
  FlatMap forms(64);  // form hash -> cand index of the full name + 1
  auto note = [&](const std::string& form, std::size_t q) {
    auto [slot, inserted] = forms.insert(fold_hash(form), static_cast<std::uint32_t>(q + 1));
    if (!inserted && *slot != kAmbiguous && key[*slot - 1] != key[q]) *slot = kAmbiguous;
  };
  auto is_org = [&](const Cand& c) { return c.kind == Kind::kName && c.label == Label::kOrg && c.e - c.b <= 12; };
  for (std::size_t q = 0; q < cands.size(); ++q) {
    const Cand& c = cands[q];
    if (!is_org(c) || c.e - c.b < 3) continue;
    // The closing words as initials, after one word or more kept.
    for (std::uint32_t k = c.b + 1; k + 1 < c.e; ++k) {
      const std::string ini = initials_of(k, c.e);
      if (!ini.empty()) note(folded_words(c.b, k) + "|" + ini, q);
    }
  }
  for (std::size_t q = 0; q < cands.size(); ++q) {
    const Cand& c = cands[q];
    if (!is_org(c) || c.e - c.b < 2) continue;
    if (!acronym_word(c.e - 1)) continue;
    const std::uint32_t* full = forms.find(fold_hash(folded_words(c.b, c.e - 1) + "|" + folded_words(c.e - 1, c.e)));
    if (full && *full != kAmbiguous) key[q] = key[*full - 1];
  }
}

}  // namespace parley::detail
