// Names read by their head-word: places ("Kaluga Region", "Lake Travis", "Kursk" of "Kursk region"), events and
// documents ("BRICS Business Forum", "Delhi Action Plan"), facilities ("the Power of Siberia pipeline"),
// organisations ("Russian Foreign Ministry"), and a person of a body ("Greg Sandoval of Northfield
// Securities").
#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

// 2a. Places named by a head-word: "Kaluga Region", "Wharton County", "South China Sea", "Lake Travis",
// "Kursk region". Leading titles and connectors are no part of it ("Governor of Kaluga Region"), nor is a
// lower-case head-word (OntoNotes: "the Kursk region" names "Kursk").
bool CandidateState::headed_place(const Run& r, std::uint32_t* next) {
  const std::uint32_t s = r.s, end = r.end;
  std::uint32_t gs = s;
  while (gs < end && (cls[gs] & (kTitle | kHonorific | kConnector | kStop))) ++gs;
  bool has_title = false;
  for (std::uint32_t q = gs; q < end; ++q) has_title |= (cls[q] & (kTitle | kHonorific | kOrgHead)) != 0;
  // A known place and another known place after it are two: "Texas Gulf Coast" -> Texas, Gulf Coast.
  std::uint32_t ge = end;
  bool lower_head = ge < n && same_para(s, ge) && toks[ge].has(kWord) && !toks[ge].has(kUpperInitial) &&
                    (cls[ge] & kGeoHead) && val[ge] == 1 && !toks[ge].has(kPossessive);
  const Hit& hg = match(gs);
  if (hg.entry >= 0 && hg.end < end && match(hg.end).entry >= 0 &&
      (M.entry(hg.entry).label == Label::kGpe || M.entry(hg.entry).label == Label::kLoc)) {
    emit_pieces(gs, hg.end);
    gs = hg.end;
  }
  bool suffix = is_cap(end - 1) && ((cls[end - 1] & kGeoHead) || ((cls[end - 1] & kLocHead) && (val[end - 1] & 1)));
  // gs reaches end when the run is all titles and connectors ("The Of"): no place then.
  bool prefix = gs < end && (cls[gs] & kLocHead) && (val[gs] & 2) && is_cap(gs);
  bool whole_known = (hg.entry >= 0 && hg.end >= end) || (match(s).entry >= 0 && match(s).end >= end);
  if (!has_title && gs < end && ((end - gs >= 2 && (suffix || prefix) && !whole_known) ||
                                          (lower_head && end - gs <= 2 && (end - gs == 1 || !whole_known)))) {
    if (lower_head) {
      Cand& cd = emit(gs, end, Label::kGpe, Kind::kName);
      cd.strong = true;
      *next = end + 1;
    } else {
      bool loc = (cls[end - 1] & kLocHead) || prefix;
      Cand& cd = emit(gs, end, loc ? Label::kLoc : Label::kGpe, Kind::kName);
      cd.strong = true;
      if (!loc && match(gs).entry < 0 && is_cap(gs) && !(cls[gs] & (kTitleMod | kGivenName)))
        place_words.insert(h[gs], 1);
      *next = end;
    }
    return true;
  }
  return false;
}

// 2. Events and documents named by their last word: "BRICS Business Forum", "Delhi Action Plan", or by a
// head-word before "of" ("Congress of ...", "Plan of Action"); facilities.
bool CandidateState::headed_event_or_facility(const Run& r, std::uint32_t* next) {
  const std::uint32_t s = r.s, end = r.end;
  std::uint32_t ev_head = end - 1;
  for (std::uint32_t q = s + 1; q + 2 < end; ++q)
    if ((cls[q] & (kEventHead | kLawHead)) && is_cap(q) && (cls[q + 1] & kConnector) &&
        !toks[q + 1].has(kUpperInitial) && !(cls[q] & kOrgHead))
      ev_head = q;
  if (end - s >= 2 && (cls[ev_head] & (kEventHead | kLawHead)) && is_cap(ev_head) && !(match(s).entry >= 0 && match(s).end >= end)) {
    Cand& cd = emit(s, end, (cls[ev_head] & kEventHead) ? Label::kEvent : Label::kLaw, Kind::kName);
    cd.strong = true;
    *next = end;
    return true;
  }
  if (end - s >= 3 && end < n && same_para(s, end) && toks[end].has(kWord) && !toks[end].has(kUpperInitial) &&
      (cls[end] & kFacHead) && !(match(s).entry >= 0 && match(s).end >= end) && !titlecase[toks[s].paragraph]) {
    bool inner_connector = false, title = false;
    for (std::uint32_t q = s; q < end; ++q) {
      inner_connector |= (cls[q] & kConnector) && !toks[q].has(kUpperInitial);
      title |= (cls[q] & (kTitle | kHonorific | kOrgHead)) != 0;
    }
    if (inner_connector && !title) {  // "the Power of Siberia pipeline", "the Bridge of Peace bridge"
      Cand& cd = emit(s, end, Label::kFac, Kind::kName);
      cd.strong = true;
      *next = end;
      return true;
    }
  }
  if (end - s >= 2 && (cls[end - 1] & kFacHead) && is_cap(end - 1) && !(match(s).entry >= 0 && match(s).end >= end)) {
    // A faith's name before "Church" makes a denomination, a body: "Harwick Orthodox Church", "the Catholic
    // Church" (a group's name of no country: kDemonyms entries without one; kFaithBody head-words).
    bool faith = false;
    for (std::uint32_t k = s; k + 1 < end && !faith && val[end - 1] == kFaithBody; ++k) {
      const Hit& hk = match(k);
      faith = hk.entry >= 0 && hk.end < end && M.entry(hk.entry).demonym && M.entry(hk.entry).canonical.empty() &&
              M.entry(hk.entry).label == Label::kNorp;
    }
    Cand& cd = emit(s, end, faith ? Label::kOrg : Label::kFac, Kind::kName);
    cd.strong = true;
    *next = end;
    return true;
  }
  return false;
}

// A person of a body or a place: "Greg Sandoval of Northfield Securities", "Ines Marlow of Third Harbour".
// A given name opens two to four plain name words before a lower-case "of", and capitals follow it: the
// person, then the body as its own run. The body is short (at most eight tokens), so the next run re-reads
// only that: "Anna Berg of Anna Berg of ... Bank" stays linear.
bool CandidateState::person_of_body(const Run& r, std::uint32_t* next) {
  static const std::uint64_t kOf = fold_hash("of");
  const std::uint32_t s = r.s, end = r.end;
  Hit whole = match(s);
  if (end - s > 14 || (whole.entry >= 0 && whole.end >= end)) return false;
  std::uint32_t p = s + 1;
  while (p < end && !(h[p] == kOf && !toks[p].has(kUpperInitial))) ++p;
  if (p + 1 >= end || !is_cap(p + 1)) return false;
  std::uint32_t g = s;
  while (g < p && !given_start(g)) ++g;
  bool plain = g + 2 <= p && p - g <= 4 && end - p <= 9;
  for (std::uint32_t q = g; q < p && plain; ++q)
    plain = is_cap(q) && match(q).entry < 0 && !(cls[q] & (kOrgHead | kGeoHead | kTitle | kHonorific));
  if (!plain) return false;
  Cand& cd = emit(g, p, Label::kPerson, Kind::kName);
  cd.strong = true;
  *next = p + 1;
  return true;
}

// A body in a headline, where every word is capitalised and case draws no bounds ("Future Of Research
// Funding Looks Bleak", "Harwick Daily Names New Editor"): the head-word with the head-words right after it
// and an "of" and one known or never-lower-case word, and before it the capitals up to a function word or
// a title ("Research" of "Future Of Research" is no body of two words).
// The capitals before the body are read as the run's own pieces; the walk goes on after the body.
bool CandidateState::headline_body(Run& r, std::uint32_t head, std::uint32_t* next) {
  static const std::uint64_t kOf = fold_hash("of");
  const std::uint32_t s = r.s, end = r.end;
  std::uint32_t oe = head + 1;
  // Head-words right after it, or, in a line of capitals, the capitals after it ("NEWS HARWICK-GOV").
  const bool caps = toks[head].has(kAllCaps);
  while (oe < end) {
    if (is_cap(oe) && ((cls[oe] & kOrgHead) || (caps && toks[oe].has(kAllCaps) && !(cls[oe] & kStop)))) {
      ++oe;
    } else if (caps && oe + 1 < end && is_punct(oe, '-') && adjacent(oe) && adjacent(oe + 1) && is_cap(oe + 1)) {
      oe += 2;
    } else {
      break;
    }
  }
  if (oe + 1 < end && h[oe] == kOf && is_cap(oe + 1) && (match(oe + 1).entry >= 0 || !lower_seen(oe + 1)))
    oe = match(oe + 1).entry >= 0 && match(oe + 1).end <= end ? match(oe + 1).end : oe + 2;
  std::uint32_t ob = head;
  while (ob > s && is_cap(ob - 1) && match(ob - 1).entry < 0 && !(cls[ob - 1] & (kStop | kTitle | kHonorific)))
    --ob;
  if (ob > s && match(ob - 1).entry >= 0 && match(ob - 1).end == ob &&
      M.entry(match(ob - 1).entry).label != Label::kPerson)
    ob = ob - 1 > s ? ob - 1 : s;  // a known place or body opens it: "Xinhua News Agency", "Norland Post"
  if (oe - ob < 2) return false;
  if (ob > s) {
    Run left = r;
    left.end = ob;
    segment(left);
  }
  Cand& cd = emit(ob, oe, Label::kOrg, Kind::kName);
  cd.strong = true;
  *next = oe;
  return true;
}

// An association named by its members and their place: "Chartered Harbour Pilots of Norway", "Crime
// Watchers of Lisbon". Two capitalised words or more, the last a plural ("-s") that no known name, given
// name, title or head-word is, a lower-case "of", then one known place that ends the run (outside headline
// case): people are not named so ("Anna Berg of Lisbon" has a given name).
bool CandidateState::members_of_place(const Run& r, std::uint32_t* next) {
  static const std::uint64_t kOf = fold_hash("of");
  const std::uint32_t s = r.s, end = r.end;
  if (titlecase[toks[s].paragraph] || end - s < 4) return false;
  std::uint32_t p = s;
  while (p < end && !(h[p] == kOf && !toks[p].has(kUpperInitial))) ++p;
  if (p < s + 2 || p + 1 >= end) return false;
  const Hit& place = match(p + 1);
  if (place.entry < 0 || place.end != end || M.entry(place.entry).label != Label::kGpe) return false;
  for (std::uint32_t k = s; k < p; ++k)
    if (!is_cap(k) || match(k).entry >= 0 || toks[k].has(kAllCaps) ||
        (cls[k] & (kGivenName | kTitle | kHonorific | kOrgHead | kStop)))
      return false;
  const std::string_view last = sv(p - 1);
  if (last.size() < 4 || last.back() != 's' || last[last.size() - 2] == 's') return false;
  Cand& cd = emit(s, end, Label::kOrg, Kind::kName);
  cd.strong = true;
  *next = end;
  return true;
}

// 3. Organisation head-word: "Russian Foreign Ministry", "Moscow State Institute of ...".
bool CandidateState::headed_org(Run& r, std::uint32_t* next) {
  static const std::uint64_t kOf = fold_hash("of");
  const std::uint32_t s = r.s;
  std::uint32_t& end = r.end;
  std::int64_t head = -1;
  // The head-word: an organisation head-word, a legal form written with full stops ("Dunmore B.V."), or a
  // spaced ampersand between capitals ("Harwick & Sons": people are joined by "and").
  for (std::uint32_t k = s; k < end; ++k)
    if (((cls[k] & kOrgHead) && is_cap(k) && (val[k] != kClosingHead || k + 1 == end)) || dotted_legal_form(k) ||
        (k > s && is_punct(k, '&') && toks[k].has(kSpaceBefore) && !titlecase[toks[s].paragraph])) {
      head = k;
      break;
    }
  Hit whole = match(s);
  if (head >= 0) {  // a role after the body is no part of it: "Central Bank Governors"
    // A post the body is the office of stays: "Office of the Prime Minister", "Office of the Press
    // Secretary" (after "of the" and title modifiers).
    bool of_the = false;
    for (std::uint32_t k = static_cast<std::uint32_t>(head) + 1; k < end; ++k) {
      if (h[k] == kOf && !toks[k].has(kUpperInitial) && k + 1 < end && sv(k + 1) == "the") of_the = true;
      else if (of_the && !(cls[k] & (kTitleMod | kTitle)) && sv(k) != "the") of_the = false;
      if ((cls[k] & kTitle) && !(cls[k - 1] & kConnector) && !of_the) {
        end = k;
        break;
      }
      // Members named by party or nationality after the body are no part of it: "House Republicans",
      // "Senate Democrats" (the body, then the group).
      const Hit& hk = match(k);
      if (hk.entry >= 0 && hk.end == end && M.entry(hk.entry).label == Label::kNorp && !(cls[k - 1] & kConnector)) {
        end = k;
        break;
      }
    }
    // A second body after a lower-case "of" is its own name: "Faculty of Law of Harwick University" is the
    // faculty, then the university (read as the next run); so is a known place or body after a second "of"
    // ("National Institute of Infectious Diseases of South Africa": the institute, then the country), but
    // for a state's ministry or department, whose state is part of its name ("Ministry of Health of
    // Malawi"), and a known name that the first "of" opens ("of the Communist Party of China").
    const bool ministry = val[static_cast<std::uint32_t>(head)] == kMinistryHead;
    std::uint32_t known_end = 0;  // where a known name after the first "of" ends
    bool had_of = false;
    for (std::uint32_t k = static_cast<std::uint32_t>(head) + 1; k + 1 < end; ++k) {
      const bool of = h[k] == kOf && !toks[k].has(kUpperInitial);
      std::uint32_t b = k + 1;
      if (b + 1 < end && sv(b) == "the") ++b;
      const Hit& hb = match(b);
      if (of && !had_of && hb.entry >= 0) known_end = hb.end;
      const bool known_after_second_of = had_of && !ministry && known_end <= k && hb.entry >= 0 && hb.end == end &&
                                         (M.entry(hb.entry).label == Label::kGpe || M.entry(hb.entry).label == Label::kOrg);
      if (of && k >= static_cast<std::uint32_t>(head) + 2 && is_cap(b) &&
          (known_after_second_of ||
           ((cls[b] & kOrgHead) && !(cls[b] & kTitle) && b + 1 < end && !(cls[end - 1] & kTitle)))) {
        end = k;
        break;
      }
      had_of |= of;
    }
    while (end > s + 1 && (cls[end - 1] & kConnector) && !toks[end - 1].has(kUpperInitial)) --end;
    // A known place right after the closing head-word is a dateline's, not the body's: "Xinhua News Agency
    // Beijing", "Harbour Times Lisbon" (the place is read as the next run).
    for (std::uint32_t k = static_cast<std::uint32_t>(head) + 1; k < end; ++k) {
      const Hit hk = match(k);
      if (is_cap(k) && (cls[k - 1] & kOrgHead) && hk.entry >= 0 && hk.end == end &&
          M.entry(hk.entry).label == Label::kGpe) {
        end = k;
        break;
      }
    }
  }
  // A head-word that only qualifies common nouns after it names no body: "Labour Force Survey", "Harbour
  // League Universities" (every word after it a capital that is no head-word or connector and that the
  // article also writes in lower case).
  if (head >= 0 && static_cast<std::uint32_t>(head) + 1 < end) {
    bool tail_common = true;
    for (std::uint32_t k = static_cast<std::uint32_t>(head) + 1; k < end && tail_common; ++k)
      tail_common = is_cap(k) && !(cls[k] & (kOrgHead | kConnector)) && lower_seen(k);
    if (tail_common) return false;
  }
  if (head >= 0 && titlecase[toks[s].paragraph] && !(whole.entry >= 0 && whole.end >= end))
    return headline_body(r, static_cast<std::uint32_t>(head), next);
  if (head >= 0 && !(whole.entry >= 0 && whole.end >= end)) {
    std::uint32_t ob = s;
    // A post before the body is no part of it: "Director of Harwick Institute of Health", "Head of the
    // Soil Laboratory" (title words, then a lower-case "of" and the body's own head-word).
    {
      std::uint32_t t = s;
      while (t < end && is_cap(t) && (cls[t] & (kTitle | kTitleMod)) && !(cls[t] & kOrgHead)) ++t;
      if (t > s && t + 1 < end && (cls[t - 1] & kTitle) && h[t] == kOf &&
          !toks[t].has(kUpperInitial)) {
        std::uint32_t b = t + 1;
        if (sv(b) == "the" && b + 1 < end) ++b;
        if (static_cast<std::uint32_t>(head) >= b && end - b >= 2) ob = b;
      }
    }
    // A country's acronym before the body is part of its name, as OntoNotes writes it: "US State
    // Department", "UK Government" are one organisation.
    // A title right before a name inside: handled above. The run is one organisation
    // unless it is only a head-word ("House").
    if (end - ob >= 2) {
      Hit ho = match(ob);
      Cand& cd = emit(ob, end, Label::kOrg, Kind::kName);
      cd.strong = true;
      if (ho.entry >= 0 && ho.end == end) {
        cd.canonical = M.entry(ho.entry).canonical;
        cd.canon_key = M.entry(ho.entry).canon_key;
      }
      *next = end;
      return true;
    }
  }
  return false;
}

}  // namespace parley::detail
