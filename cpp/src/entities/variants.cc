// Spelling variants of a surname: translated and transcribed news spells one person's name two ways in one
// article ("Kovalenko" and "Kovalenco", "Wang Lipei" and "Wang Lipai"). A person mention whose surname no
// full name of the article has, but which is one deletion away from exactly one such surname (six letters
// or more, the same first letter, and the same first name when both have one), is that person. Each
// surname adds its deletion variants once (symmetric deletions): linear in the mentions.
#include <string>

#include "entities/candidates.h"

namespace parley::detail {

namespace {

// The lower-case ASCII spelling of a word, empty when it is not plain ASCII letters.
std::string plain_lower(std::string_view w) {
  std::string s;
  s.reserve(w.size());
  for (char ch : w) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (ch < 'a' || ch > 'z') return {};
    s += ch;
  }
  return s;
}

template <typename F>
void each_variant(const std::string& w, F&& f) {
  f(fold_hash(w));  // the word itself
  for (std::size_t i = 0; i < w.size(); ++i) f(fold_hash(w.substr(0, i) + w.substr(i + 1)));
}

constexpr std::size_t kMinLetters = 6;
constexpr std::size_t kMaxLetters = 24;

}  // namespace

void CandidateState::link_spelling_variants() {
  constexpr std::uint32_t kAmbiguous = UINT32_MAX;
  FlatMap index(cands.size() + 16);  // variant hash -> cand index + 1 of the first person with that surname
  auto surname_word = [&](const Cand& c) {
    const std::uint32_t k = last_word(c.b, c.e);
    return k + 1 == c.e ? plain_lower(sv(k)) : std::string();
  };
  // In the order of the text: a person whose surname is a variant of an earlier one's is that person;
  // else its surname's variants are noted (the first spelling wins).
  for (std::size_t q = 0; q < cands.size(); ++q) {
    Cand& c = cands[q];
    if (c.kind != Kind::kName || c.label != Label::kPerson || c.ref >= 0) continue;
    const std::string w = surname_word(c);
    if (w.size() < kMinLetters || w.size() > kMaxLetters) continue;
    std::uint32_t found = 0;
    each_variant(w, [&](std::uint64_t v) {
      const std::uint32_t* slot = index.find(v);
      if (!slot || *slot == 0) return;
      const Cand& other = cands[*slot - 1];
      const std::string ow = surname_word(other);
      if (ow == w) return;  // the same spelling: the surname's own grouping
      if (ow[0] != w[0] || (!one_word(c) && !one_word(other) && firstname_of(other) != firstname_of(c))) return;
      found = found && found != *slot ? kAmbiguous : *slot;
    });
    if (found && found != kAmbiguous) {
      const Cand& full = cands[found - 1];
      c.ref = full.ref >= 0 ? full.ref : static_cast<std::int32_t>(found - 1);
      continue;
    }
    if (one_word(c)) continue;  // only full names are the first spelling of a person
    each_variant(w, [&](std::uint64_t v) { index.insert(v, static_cast<std::uint32_t>(q + 1)); });
  }
}

}  // namespace parley::detail
