// Abbreviations are mentions of what they abbreviate: a declared "Long Form (ABBR)", however the letters
// came about ("Special Military Operation (SP)", a machine translation of an outlet's name), and the
// initials of one of the article's multi-word bodies or places ("LCRA" after "Lower Colorado River
// Authority"), in capitals or with the connectors' letters in lower case ("BoC" of "Bank of Canada",
// "DoD" of "Department of Defense"). A short name declared in brackets after a body's full name is the body
// too: "Harwick Consumer Finance Co., Ltd. (hereinafter referred to as \"Harwick\")".
#include <unordered_map>

#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

// The initials of a name's capitalised words: "LCRA" of "Lower Colorado River Authority".
std::string CandidateState::initials_of(const Cand& c) const {
  static const std::uint64_t kThe = fold_hash("the");
  std::string acr;
  for (std::uint32_t k = c.b + (h[c.b] == kThe && c.e - c.b > 1); k < c.e && acr.size() < 12; ++k)
    if (is_cap(k) && (toks[k].has(kSpaceBefore | kSentenceStart) || k == c.b)) acr += text[toks[k].start];
  return acr;
}

// The initials of all a name's words, a connector's in lower case: "BoC" of "Bank of Canada"; empty when
// the name has no lower-case word.
std::string CandidateState::mixed_initials_of(const Cand& c) const {
  std::string acr;
  bool lower = false;
  for (std::uint32_t k = c.b; k < c.e && acr.size() < 12; ++k) {
    if (!toks[k].has(kWord) || !(toks[k].has(kSpaceBefore | kSentenceStart) || k == c.b)) continue;
    if (!is_cap(k)) {
      if (!(cls[k] & kConnector)) return {};
      lower = true;
    }
    acr += text[toks[k].start];
  }
  return lower ? acr : std::string();
}

// A word written as such initials: two to six ASCII letters, a capital first and last, a lower-case
// letter between ("BoC", "MoD"; not "McCain", whose last letter is lower case).
bool CandidateState::mixed_acronym(std::uint32_t k) const {
  const std::string_view w = sv(k);
  if (w.size() < 3 || w.size() > 6 || !(w.front() >= 'A' && w.front() <= 'Z') || !(w.back() >= 'A' && w.back() <= 'Z'))
    return false;
  bool lower = false;
  for (char ch : w) {
    if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'))) return false;
    lower |= ch >= 'a';
  }
  return lower;
}

// Acronyms of the article's multi-word bodies and places (read by resolution: "LCRA" is an ORG).
void CandidateState::collect_initials() {
  for (const Cand& c : cands) {
    if (c.kind != Kind::kName || (c.label != Label::kOrg && c.label != Label::kGpe && c.label != Label::kLoc)) continue;
    std::string acr = initials_of(c);
    if (acr.size() >= 2) initials.emplace(fold_hash(acr), c.label);
    std::string mixed = mixed_initials_of(c);
    if (mixed.size() >= 3) initials.emplace(fold_hash(mixed), c.label);
  }
}

// "Full Name (hereinafter referred to as "Short")": a run in brackets after an organisation's name, after
// words that declare a short name (kAliasCues: "hereinafter", "referred", "called"; with "to", "as", "the"
// and quotation marks between), is that organisation, here and wherever else the article uses it.
void CandidateState::declared_aliases() {
  static const WordSet cues(kAliasCues, kAliasCueCount);
  static const std::uint64_t kTo = fold_hash("to"), kAs = fold_hash("as"), kThe = fold_hash("the");
  FlatMap org_end(cands.size() + 16);  // token after an organisation's name -> cand + 1
  std::unordered_map<std::uint64_t, std::uint64_t> aliases;  // the short name's words -> the body's key
  for (std::size_t q = 0; q < cands.size(); ++q)
    if (cands[q].kind == Kind::kName && cands[q].label == Label::kOrg)
      org_end.insert(cands[q].e, static_cast<std::uint32_t>(q + 1));
  for (Cand& c : cands) {
    if (c.kind != Kind::kPending || c.b == 0) continue;
    bool cue = false;
    std::uint32_t k = c.b;
    while (k > 0 && c.b - k < 8 && same_para(k - 1, c.b)) {
      const std::uint32_t p = k - 1;
      if (toks[p].has(kQuoteMark) || h[p] == kTo || h[p] == kAs || h[p] == kThe) --k;
      else if (toks[p].has(kWord) && !toks[p].has(kUpperInitial) && cues.contains(h[p])) { cue = true; --k; }
      else break;
    }
    if (!cue || k == 0 || !is_punct(k - 1, '(')) continue;
    const std::uint32_t* body = org_end.find(k - 1);
    if (!body) continue;
    const Cand& full = cands[*body - 1];
    c.label = Label::kOrg;
    c.kind = Kind::kName;
    c.canon_key = full.canon_key ? full.canon_key : org_own_key(full);
    aliases.emplace(seq_hash(c.b, c.e), c.canon_key);
  }
  if (aliases.empty()) return;
  for (Cand& c : cands) {  // the short name used elsewhere ("Harwick said")
    if (c.kind == Kind::kTitleRef || (c.kind == Kind::kName && c.strong && !c.by_speech)) continue;
    const auto it = aliases.find(seq_hash(c.b, c.e));
    if (it == aliases.end()) continue;
    c.label = Label::kOrg;
    c.kind = Kind::kName;
    c.canon_key = it->second;
  }
}

// A spelling the alias table knows keeps its own canonical entity; an abbreviation two different long
// forms could claim stays alone.
void CandidateState::link_abbreviations() {
  constexpr std::int64_t kAmbiguous = -1;
  std::unordered_map<std::uint64_t, std::int64_t> declared, by_initials;  // abbreviation token hash -> cand
  // A body's own key ("The Harwick Post" is "Harwick Post"), a place's words.
  auto own = [&](const Cand& c) { return c.label == Label::kOrg ? org_own_key(c) : seq_hash(c.b, c.e); };
  auto claim = [&](std::unordered_map<std::uint64_t, std::int64_t>& m, std::uint64_t key, std::size_t q) {
    auto [it, inserted] = m.emplace(key, static_cast<std::int64_t>(q));
    if (!inserted && it->second != kAmbiguous && own(cands[static_cast<std::size_t>(it->second)]) != own(cands[q]))
      it->second = kAmbiguous;
  };
  for (std::size_t q = 0; q < cands.size(); ++q) {
    const Cand& c = cands[q];
    if (c.kind != Kind::kName || c.label == Label::kPerson || c.label == Label::kNorp || one_word(c)) continue;
    if (declares_abbreviation(c.e)) claim(declared, h[c.e + 1], q);
    std::string acr = initials_of(c);
    if (acr.size() >= 2) claim(by_initials, fold_hash(acr), q);
    std::string mixed = mixed_initials_of(c);
    if (mixed.size() >= 3) claim(by_initials, fold_hash(mixed), q);
  }
  for (Cand& c : cands) {
    if (c.kind != Kind::kName || c.e - c.b != 1 || !(toks[c.b].has(kAllCaps) || mixed_acronym(c.b)) || c.canon_key ||
        !c.title.empty())
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
    c.canon_key = full.canon_key ? full.canon_key : own(full);
  }
}

}  // namespace parley::detail
