// A company's legal form closes its name: "Harwick Mutual Inc." is one span with its full stop, and
// "Harwick Mutual Ltd., Inc." with both forms; the name groups with its uses without the form ("Harwick
// Mutual"), since the form is no part of what tells the company from another.
#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

// A capitalised legal form: "Inc", "Ltd", "GmbH" (kOrgHead words of value kLegalForm).
bool CandidateState::legal_form(std::uint32_t k) const {
  return k < n && (cls[k] & kOrgHead) && val[k] == kLegalForm && is_cap(k);
}

// A legal form written with inner full stops, matched as one phrase: "S.A.", "B.V." (its first token is k).
bool CandidateState::dotted_legal_form(std::uint32_t k) const {
  const Hit& hk = match(k);
  return k < n && is_cap(k) && hk.cend > k + 1 && (hk.classes & kOrgHead) && hk.value == kLegalForm;
}

// The end of the legal form that opens at k, its full stop included ("Inc.", "S.A."); k when none opens there.
std::uint32_t CandidateState::legal_form_at(std::uint32_t k) const {
  if (dotted_legal_form(k)) return match(k).cend;
  if (legal_form(k) && k + 1 < n && same_para(k, k + 1) && is_punct(k + 1, '.') && adjacent(k + 1)) return k + 2;
  return k;
}

// Where a run that stops at e ends when it closes on a legal form: after the form's full stop ("Harwick
// Mutual Inc.", "Dunmore Holding B.V." whose first letter the run took), after a comma and a form
// ("Harwick Oil, S.A."), and after a further ", Ltd." the forms chain. Returns e when the run closes on no
// legal form.
std::uint32_t CandidateState::legal_form_end(std::uint32_t s, std::uint32_t e) const {
  std::uint32_t f = e > s + 1 ? legal_form_at(e - 1) : e;
  if (f <= e) {
    if (e <= s || e + 1 >= n || !is_punct(e, ',') || !adjacent(e) || !same_para(s, e + 1)) return e;
    f = legal_form_at(e + 1);
    if (f <= e + 1) return e;
  }
  while (f + 1 < n && same_para(s, f + 1) && is_punct(f, ',') && adjacent(f)) {
    const std::uint32_t g = legal_form_at(f + 1);
    if (g <= f + 1) break;
    f = g;
  }
  return f;
}

// The end of a name without its closing legal forms and their stops and commas; never empties it.
std::uint32_t CandidateState::without_legal_form(std::uint32_t b, std::uint32_t e) const {
  std::uint32_t k = e;
  while (k > b + 1) {
    if (legal_form(k - 1) || is_punct(k - 1, '.') || is_punct(k - 1, ',')) {
      --k;
      continue;
    }
    std::uint32_t j = k > b + 5 ? k - 5 : b + 1;  // a dotted form holding token k - 1 ("V" of "B.V.")
    while (j < k && !(dotted_legal_form(j) && match(j).cend >= k)) ++j;
    if (j == k) break;
    k = j;
  }
  return k > b && is_cap(k - 1) && k < e ? k : e;
}

}  // namespace parley::detail
