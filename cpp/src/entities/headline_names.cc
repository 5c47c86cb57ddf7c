// A headline in title case glues its verbs and nouns to the name it opens with ("Alexandria Ocasio-Cortez
// Slams Bill", "Mark Ridley-Thomas Corruption Trial Ends"): a person's run there that opens with a name the
// article writes as a person elsewhere, outside headlines, is cut to that name.
#include <unordered_set>

#include "entities/candidates.h"

namespace parley::detail {

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

}  // namespace parley::detail
