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

// Where a run that stops at e ends when it closes on a legal form: after the form's full stop, and after
// a further ", Ltd." the form chains. Returns e when the run closes on no legal form.
std::uint32_t CandidateState::legal_form_end(std::uint32_t s, std::uint32_t e) const {
  while (e > s + 1 && legal_form(e - 1) && e < n && same_para(s, e) && is_punct(e, '.') && adjacent(e)) {
    ++e;
    if (e + 1 < n && same_para(s, e + 1) && is_punct(e, ',') && adjacent(e) && legal_form(e + 1)) {
      e += 2;
      continue;
    }
    break;
  }
  return e;
}

// The end of a name without its closing legal forms and their stops and commas; never empties it.
std::uint32_t CandidateState::without_legal_form(std::uint32_t b, std::uint32_t e) const {
  std::uint32_t k = e;
  while (k > b + 1 && (legal_form(k - 1) || is_punct(k - 1, '.') || is_punct(k - 1, ','))) --k;
  return k > b && is_cap(k - 1) && k < e ? k : e;
}

}  // namespace parley::detail
