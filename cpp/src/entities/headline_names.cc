// A headline in title case glues its verbs and nouns to the name it opens with ("Alexandria Ocasio-Cortez
// Slams Bill", "Mark Ridley-Thomas Corruption Trial Ends"): a person's run there that opens with a name the
// article writes as a person elsewhere, outside headlines, is cut to that name. And a title the lexicon does
// not know stays out of a person's name: "Supervisor Sheila Kuehl", "City Councilmember Mark Ridley-Thomas".
#include <unordered_set>

#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

void CandidateState::trim_headline_names() {
  constexpr std::uint32_t kMaxNameTokens = 8;
  std::unordered_set<std::uint64_t> body_people;
  bool any_headline_run = false;
  for (const Cand& c : cands) {
    if (c.label != Label::kPerson || c.e - c.b < 2) continue;
    if (titlecase[c.para]) {
      any_headline_run = true;
    } else if (c.e - c.b <= kMaxNameTokens) {
      body_people.insert(seq_hash(c.b, c.e));
    }
  }
  if (!any_headline_run || body_people.empty()) return;
  for (Cand& c : cands) {
    if (c.label != Label::kPerson || !titlecase[c.para] || c.e - c.b < 3) continue;
    const std::uint32_t longest = std::min(c.e - c.b - 1, kMaxNameTokens);
    for (std::uint32_t len = longest; len >= 2; --len) {
      if (!body_people.count(seq_hash(c.b, c.b + len))) continue;
      c.e = c.b + len;
      c.eb = toks[c.e - 1].end;
      break;
    }
  }
}

// Capitalised words before a given name inside a person's run of three words or more, none of them a given
// name, a particle or a family name that leads, are a title: the name starts at the given name.
void CandidateState::trim_leading_titles() {
  for (Cand& c : cands) {
    if (c.label != Label::kPerson || c.e - c.b < 3 || titlecase[c.para]) continue;
    std::uint32_t k = c.b;
    while (k + 2 <= c.e && is_cap(k) && !(cls[k] & kGivenName) && !is_particle(h[k]) && !family_first(k) &&
           !toks[k].has(kAllCaps) && toks[k].end - toks[k].start > 1)
      ++k;
    // The given name is a word of its own ("Karine Jean-Pierre" keeps "Karine": "Jean" opens the surname).
    if (k == c.b || k + 2 > c.e || !(cls[k] & kGivenName) || !toks[k].has(kSpaceBefore) || k - c.b > 3 ||
        (is_punct(k + 1, '-') && adjacent(k + 1)))
      continue;
    c.b = k;
    c.bb = toks[k].start;
  }
}

}  // namespace parley::detail
