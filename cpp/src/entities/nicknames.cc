// A nickname in quotation marks between a person's names (Tomas "Tommo" Brandt) stays inside the name's
// run, and the nickname used alone later ("Tommo said") is that person, as a first name alone is.
#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

// Where a run that stands at e (after a capitalised word) goes on over a quoted nickname and the name
// after it; e when there is none. A nickname is one capitalised word between two quotation marks, the
// opening one after a space, the closing one before a space and a capitalised word.
std::uint32_t CandidateState::nickname_end(std::uint32_t s, std::uint32_t e) const {
  if (e <= s || e + 3 >= n || !same_para(s, e + 3) || !toks[e].has(kQuoteMark) || !toks[e].has(kSpaceBefore))
    return e;
  if (!is_cap(e + 1) || !adjacent(e + 1) || !toks[e + 1].has(kWord) || !toks[e + 2].has(kQuoteMark) || !adjacent(e + 2))
    return e;
  if (!toks[e + 3].has(kSpaceBefore) || !is_cap(e + 3) || !is_cap(e - 1)) return e;
  return e + 3;
}

// The nickname inside a person's name, or n when it has none.
std::uint32_t CandidateState::nickname_of(const Cand& c) const {
  for (std::uint32_t k = c.b + 1; k + 2 < c.e; ++k)
    if (toks[k].has(kQuoteMark) && toks[k + 2].has(kQuoteMark) && toks[k + 1].has(kWord)) return k + 1;
  return n;
}

}  // namespace parley::detail
