// Spelling variants of a surname: translated and transcribed news spells one person's name two ways in one
// article ("Kovalenko" and "Kovalenco", "Wang Lipei" and "Wang Lipai"). A person mention whose surname no
// full name of the article has, but which is one deletion away from exactly one such surname (six letters
// or more, the same first letter, and the same first name when both have one), is that person. Each
// surname adds its deletion variants once (symmetric deletions): linear in the mentions.
#include <cstdint>
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

constexpr std::size_t kMinLetters = 6;
constexpr std::size_t kMaxLetters = 24;

// The key of `w` and of each spelling of it with one letter deleted, without building the spellings: a
// polynomial hash sum(letter * B^(letters after it)), which for a deletion at i is the hash of the letters
// before i shifted past those after i, plus the hash of the letters after i (the keys are compared only
// with each other, in this pass). O(|w|) for all of them; w is plain ASCII of at most kMaxLetters.
template <typename F>
void each_variant(const std::string& w, F&& f) {
  constexpr std::uint64_t kBase = 0x100000001B3ull;
  auto key = [](std::uint64_t hash) {  // splitmix64's finaliser: every bit of the sum reaches the table slot
    hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9ull;
    hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBull;
    return hash ^ (hash >> 31);
  };
  const std::size_t n = w.size();
  std::uint64_t pow[kMaxLetters + 1], after[kMaxLetters + 1];  // B^k; the hash of w[i..n)
  pow[0] = 1;
  for (std::size_t k = 1; k <= n; ++k) pow[k] = pow[k - 1] * kBase;
  after[n] = 0;
  for (std::size_t i = n; i-- > 0;) after[i] = static_cast<unsigned char>(w[i]) * pow[n - 1 - i] + after[i + 1];
  f(key(after[0]));  // the word itself
  std::uint64_t before = 0;  // the hash of w[0..i)
  for (std::size_t i = 0; i < n; ++i) {
    f(key(before * pow[n - 1 - i] + after[i + 1]));
    before = before * kBase + static_cast<unsigned char>(w[i]);
  }
}

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
