// Titles: read backwards from a name ("Chairman of the State Duma Vyacheslav Volodin", "Governor of Kaluga
// Region Vladislav Shapsha"), split into a country and a head ("US|president"), and title references
// that name a person by the title alone ("the US President", "the Russian leader").
#include <algorithm>

#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

// Reads a title backwards from `end` (exclusive): title words, qualifiers,
// nationality and country names. Returns its first token.
std::uint32_t CandidateState::title_start(std::uint32_t end, std::uint32_t floor) const {
  std::uint32_t b = end;
  while (b > floor && same_para(b - 1, end - 1)) {
    std::uint32_t k = b - 1;
    // Connectors inside a title: "Governor of", "Chairman of the" (State Duma).
    bool title_connector = (cls[k] & kConnector) && k > floor &&
                           (titleish(k - 1) || (k - 1 > floor && (cls[k - 1] & kConnector) && titleish(k - 2)));
    if (titleish(k) || title_connector) {
      b = k;
      continue;
    }
    Hit hk = match(k);
    if (hk.entry >= 0 && hk.end <= end) {
      Label l = M.entry(hk.entry).label;
      if (l == Label::kNorp || l == Label::kGpe || l == Label::kOrg) {
        b = k;
        continue;
      }
    }
    break;
  }
  return b;
}

// Country of a title ("US" / "Russian" -> canonical country) and its head.
void CandidateState::title_parts(std::uint32_t b, std::uint32_t e, std::string* key, std::string* head) const {
  std::string country, words;
  for (std::uint32_t k = b; k < e;) {
    Hit hk = match(k);
    if (hk.entry >= 0 && hk.end <= e) {
      const GazEntry& g = M.entry(hk.entry);
      if (g.label == Label::kGpe || (g.label == Label::kNorp && g.demonym)) {
        if (country.empty()) country = g.canonical.empty() ? std::string(span_text(k, hk.end)) : g.canonical;
        k = hk.end;
        continue;
      }
    }
    std::string w = lower_ascii(sv(k));
    if (w != "the" && w != "former" && (cls[k] & (kTitle | kTitleMod | kHonorific | kConnector))) {
      if (!words.empty()) words += ' ';
      words += w;
    }
    ++k;
  }
  *key = country + "|" + words;
  *head = words;
}

// 1. Title + name inside the run: the last title word followed by unknown capitals.
void CandidateState::find_last_title(Run& r) const {
  const std::uint32_t s = r.s, end = r.end;
  const std::int64_t body_title = r.body_title;
  std::int64_t& last_title = r.last_title;
  bool& run_ends_title = r.run_ends_title;
  static const std::uint64_t kOf = fold_hash("of");
  bool of_after_title = false;  // a lower-case "of" after the title: its complement follows
  last_title = -1;
  run_ends_title = (cls[end - 1] & kTitle) != 0;
  for (std::uint32_t k = s; k < end; ++k) {
    Hit hk = match(k);
    if (hk.entry >= 0 && hk.end <= end) {
      // "Chairman of the State Duma Vyacheslav Volodin": a body or place closes the title before a given name.
      Label gl = M.entry(hk.entry).label;
      if (last_title >= 0 && hk.end < end && given_start(hk.end) &&
          (gl == Label::kOrg || gl == Label::kGpe || gl == Label::kLoc))
        last_title = static_cast<std::int64_t>(hk.end) - 1;
      k = hk.end - 1;
      continue;
    }
    if (hk.cend > k + 1 && (hk.classes & (kTitle | kHonorific))) {
      if (hk.cend == end) run_ends_title = true;
      if (hk.cend < end) last_title = static_cast<std::int64_t>(hk.cend) - 1;
      k = hk.cend - 1;
    } else if ((cls[k] & kHonorific) && is_punct(k + 1, '.') && k + 2 < end) {
      last_title = ++k;  // the title ends with its full stop: "Ms."
    } else if ((cls[k] & (kTitle | kHonorific)) && k + 1 < end) {
      last_title = k;
    } else if ((cls[k] & kGeoHead) && is_cap(k) && k > s && k + 1 < end && last_title >= 0) {
      last_title = k;  // "Governor of Kaluga Region Vladislav Shapsha"
    } else if ((cls[k] & kOrgHead) && is_cap(k) && k > s && last_title >= 0 && k + 2 < end && given_start(k + 1)) {
      last_title = k;  // "Head of the Federal Tax Service Daniil Egorov"
    } else if (is_cap(k) && of_after_title && k + 2 < end && given_start(k + 1) && !(cls[k] & kGivenName)) {
      last_title = k;  // "Minister of Coastal Affairs Ines Marlow": the title's complement ends it
    }
    if (last_title >= 0 && h[k] == kOf && !toks[k].has(kUpperInitial)) of_after_title = true;
  }
  if (last_title < 0 && body_title >= 0) last_title = body_title;
}

// Is everything after the title a name (no gazetteer place or organisation)?
bool CandidateState::name_like(std::uint32_t b, std::uint32_t e2) const {
    if (b >= e2 || !is_cap(b)) return false;
    bool all_mod = true;
    for (std::uint32_t k = b; k < e2; ++k)
      if (!(cls[k] & (kTitleMod | kConnector | kStop))) all_mod = false;
    if (all_mod) return false;
    for (std::uint32_t k = b; k < e2; ++k) {
      if (k == b && given_start(k)) continue;
      if (is_punct(k, '-') && k > b && adjacent(k) && adjacent(k + 1)) continue;
      if (k > b && initial_stop(k)) continue;  // "Senator George W. Harlan"
      if (k > b && toks[k].has(kQuoteMark) && (nickname_end(b, k) > k || nickname_end(b, k - 2) > k - 2))
        continue;  // President Tomas "Tommo" Brandt (nicknames.cc)
      // A lower-case syllable after the hyphen of an East Asian given name: "Lee Jae-myung".
      if (k > b + 1 && is_punct(k - 1, '-') && adjacent(k) && toks[k].has(kWord) && !toks[k].has(kUpperInitial)) continue;
      if (!is_cap(k) && !(cls[k] & kConnector)) return false;
      bool surname_title = k == e2 - 1 && k > b && (cls[b] & kGivenName) && !(cls[k] & (kHonorific | kTitleMod));
      if (cls[k] & (kOrgHead | kMonth | kWeekday | kGeoHead)) return false;
      if ((cls[k] & kTitle) && !surname_title) return false;
      Hit hk = match(k);
      bool joined = k > b && is_punct(k - 1, '-') && adjacent(k);  // "Pryce-Whitby": no place inside
      // A one-word town after a leading family name is the given name ("Professor Wang Lipei"), and after a
      // title and a given name it is the surname ("Pastor Joel Preston").
      const bool given_after_family = k > b && (cls[b] & kGivenName) && (k == b + 1 || !family_first(b)) &&
                                      k + 1 == e2 && hk.end == e2;
      if (hk.entry >= 0 && hk.end <= e2 && M.entry(hk.entry).label != Label::kPerson && !joined &&
          !given_after_family)
        return false;
    }
    return true;
}

// Where the body named in a title [tb, nb) opens, or nb: after the title's first "of" (and "the"), two
// capitalised words or more up to the name, among them an organisation head-word that is no title or a
// spaced ampersand, and no known name but a country or nationality opening it ("of the State Duma" is
// read as a gazetteer piece).
std::uint32_t CandidateState::title_body(std::uint32_t tb, std::uint32_t nb) const {
  static const std::uint64_t kOf = fold_hash("of"), kThe = fold_hash("the"), kAnd = fold_hash("and");
  std::uint32_t k = tb;
  while (k < nb && !(h[k] == kOf && (!toks[k].has(kUpperInitial) || toks[k].has(kAllCaps)))) ++k;
  if (k + 1 >= nb) return nb;
  std::uint32_t ob = k + 1;
  if (h[ob] == kThe && ob + 1 < nb) ++ob;
  if (nb - ob < 2) return nb;
  bool head = false;
  for (std::uint32_t q = ob; q < nb; ++q) {
    // A country or its adjective may open the body's name: "of the Russian Ministry of Energy".
    const Hit& hq = match(q);
    if (q == ob && hq.entry >= 0 && hq.end < nb &&
        (M.entry(hq.entry).label == Label::kNorp || M.entry(hq.entry).label == Label::kGpe)) {
      q = hq.end - 1;
      continue;
    }
    if (hq.entry >= 0 || (cls[q] & (kTitle | kHonorific))) return nb;
    if (!is_cap(q) && !is_punct(q, '&') && !(cls[q] & kConnector) && h[q] != kAnd) return nb;
    head |= (is_cap(q) && (cls[q] & kOrgHead)) || is_punct(q, '&');
  }
  return head ? ob : nb;
}

// The person after the run's last title: the title's pieces, then the titled name.
bool CandidateState::titled_person(Run& r, std::uint32_t* next) {
  const std::uint32_t s = r.s, end = r.end;
  const std::int64_t last_title = r.last_title;
  std::int64_t name_b = -1;
  if (last_title >= 0 && name_like(static_cast<std::uint32_t>(last_title) + 1, end)) {
    name_b = last_title + 1;
  }
  if (name_b >= 0) {
    std::uint32_t nb = static_cast<std::uint32_t>(name_b);
    std::uint32_t tb = title_start(s, s > 8 ? s - 8 : 0);
    // The body a post is of, when the title names one: "Director of the Harwick Security Service Anna
    // Berg", "Secretary of Health & Human Services Kathleen Sebelius" (two capitalised words or more after
    // "of", a head-word or a spaced ampersand among them); else the title's known pieces.
    const std::uint32_t ob = title_body(tb, nb);
    if (ob < nb) {
      emit_pieces(tb, ob);
      Cand& body = emit(ob, nb, Label::kOrg, Kind::kName);
      body.strong = true;
    } else {
      emit_pieces(tb, nb);
    }
    Cand& cd = emit(nb, end, Label::kPerson, Kind::kName);
    cd.strong = true;
    std::uint32_t te = nb;
    cd.title = std::string(span_text(tb, te));
    title_parts(tb, te, &cd.title_key, &cd.title_head);
    *next = end;
    return true;
  }
  return false;
}

// Title references inside the run or right after it: "the US President", "the Russian leader".
bool CandidateState::title_reference(const Run& r, std::uint32_t* next) {
  static const std::uint64_t kThe = fold_hash("the");
  const std::uint32_t s = r.s, end = r.end;
  const bool run_ends_title = r.run_ends_title;
  {
    std::uint32_t tb = s, te = end;
    std::uint32_t q = end;
    while (q < n && same_para(s, q) && titleish(q) && !toks[q].has(kUpperInitial)) ++q;
    bool tail_title = q > end && (cls[q - 1] & kTitle);
    bool run_title = run_ends_title && end - s >= 2;
    if (tail_title) te = q;
    if ((tail_title || run_title) && !(q < n && is_cap(q) && same_para(s, q))) {
      bool the = tb > 0 && same_para(tb - 1, tb) && h[tb - 1] == kThe;
      Hit hb = match(tb);
      bool country = hb.entry >= 0 && (M.entry(hb.entry).label == Label::kGpe || M.entry(hb.entry).demonym);
      if (the || country) {
        Cand& cd = emit(tb, te, Label::kPerson, Kind::kTitleRef);
        title_parts(tb, te, &cd.title_key, &cd.title_head);
        if (tail_title) q = te;
        *next = std::max(end, te);
        return true;
      }
    }
  }
  return false;
}

}  // namespace parley::detail
