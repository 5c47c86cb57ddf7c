// Abbreviations are mentions of what they abbreviate: a declared "Long Form (ABBR)", however the letters
// came about ("Special Military Operation (SP)", a machine translation of an outlet's name), and the
// initials of one of the article's multi-word bodies or places ("LCRA" after "Lower Colorado River
// Authority").
#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

// The initials of a name's capitalised words: "LCRA" of "Lower Colorado River Authority".
std::string CandidateState::initials_of(const Cand& c) const {
  std::string acr;
  for (std::uint32_t k = c.b; k < c.e && acr.size() < 12; ++k)
    if (is_cap(k) && (toks[k].has(kSpaceBefore | kSentenceStart) || k == c.b)) acr += text[toks[k].start];
  return acr;
}

// Acronyms of the article's multi-word bodies and places (read by resolution: "LCRA" is an ORG).
void CandidateState::collect_initials() {
  for (const Cand& c : cands) {
    if (c.kind != Kind::kName || (c.label != Label::kOrg && c.label != Label::kGpe && c.label != Label::kLoc)) continue;
    std::string acr = initials_of(c);
    if (acr.size() >= 2) initials.emplace(fold_hash(acr), c.label);
  }
}

// A spelling the alias table knows keeps its own canonical entity; an abbreviation two different long
// forms could claim stays alone.
void CandidateState::link_abbreviations() {
  constexpr std::int64_t kAmbiguous = -1;
  std::unordered_map<std::uint64_t, std::int64_t> declared, by_initials;  // abbreviation token hash -> cand
  auto claim = [&](std::unordered_map<std::uint64_t, std::int64_t>& m, std::uint64_t key, std::size_t q) {
    auto [it, inserted] = m.emplace(key, static_cast<std::int64_t>(q));
    if (!inserted && it->second != kAmbiguous &&
        seq_hash(cands[static_cast<std::size_t>(it->second)].b, cands[static_cast<std::size_t>(it->second)].e) !=
            seq_hash(cands[q].b, cands[q].e))
      it->second = kAmbiguous;
  };
  for (std::size_t q = 0; q < cands.size(); ++q) {
    const Cand& c = cands[q];
    if (c.kind != Kind::kName || c.label == Label::kPerson || c.label == Label::kNorp || one_word(c)) continue;
    if (declares_abbreviation(c.e)) claim(declared, h[c.e + 1], q);
    std::string acr = initials_of(c);
    if (acr.size() >= 2) claim(by_initials, fold_hash(acr), q);
  }
  for (Cand& c : cands) {
    if (c.kind != Kind::kName || c.e - c.b != 1 || !toks[c.b].has(kAllCaps) || c.canon_key || !c.title.empty())
      continue;
    std::int64_t q = kAmbiguous;
    if (auto it = declared.find(h[c.b]); it != declared.end()) {
      q = it->second;
    } else if (auto it2 = by_initials.find(h[c.b]); it2 != by_initials.end()) {
      q = it2->second;
    }
    if (q == kAmbiguous) continue;
    const Cand& full = cands[static_cast<std::size_t>(q)];
    c.label = full.label;
    c.canon_key = full.canon_key ? full.canon_key : seq_hash(full.b, full.e);
  }
}

}  // namespace parley::detail
