// A run cut by the gazetteer: known places, nationalities and organisations become their own candidates,
// a company named after a place ("Norilsk Nickel") one organisation, a titled place's holder ("Ambassador
// to China Yerzhan Tulegenov") a person, and unknown capitals in between pending names that resolve.cc
// decides on.
#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

// Emits the gazetteer pieces (places, nationalities, organisations) of [b, e2).
void CandidateState::emit_pieces(std::uint32_t b, std::uint32_t e2) {
    for (std::uint32_t k = b; k < e2;) {
      Hit hk = match(k);
      if (hk.entry >= 0 && hk.end <= e2) {
        const GazEntry& g = M.entry(hk.entry);
        std::uint32_t he = hk.end;
        bool region = g.label == Label::kGpe && he < e2 && is_cap(he) && (cls[he] & kGeoHead);
        Cand& cd = emit(k, region ? he + 1 : he, g.label, Kind::kName);
        cd.canonical = g.label == Label::kNorp || region ? std::string() : g.canonical;
        cd.canon_key = g.label == Label::kNorp || region ? 0 : g.canon_key;
        cd.strong = true;
        k = region ? he + 1 : he;
      } else {
        ++k;
      }
    }
}

// A person's name that an office's name runs into: machine translation drops the comma between an
// office and its holder ("Minister of Economic Development Maxim Reshetnikov", "Assistant Secretary
// for Pacific Affairs Daniel Ross"). True when token u opens a name of two or three words that ends
// the run (a given name, or a family name that leads), no word of [k, u) is a given name, an initial
// or a name particle ("Mary Ann Smith", "Kim Jong Un" stay whole), and [k, u) reads as an office: it
// holds "of", "for" or "and", or its last word is a title or a body's, place's or event's head word.
bool CandidateState::name_after_words(std::uint32_t s, std::uint32_t k, std::uint32_t u, std::uint32_t end) const {
  if (u <= k || !(cls[u] & kGivenName) || !is_cap(u) || toks[u].has(kAllCaps)) return false;
  if (u + 1 >= end || u + 3 < end || !is_cap(u + 1) || !toks[u + 1].has(kSpaceBefore)) return false;
  // The run before k holds an office's name ("Secretary of State for East Asian Affairs NAME"), or
  // u follows a title or a head word.
  bool office = k > s || (cls[u - 1] & (kOrgHead | kTitle | kTitleMod | kGeoHead | kLocHead | kEventHead)) != 0;
  for (std::uint32_t q = k; q < u; ++q) {
    if (toks[q].has(kWord) && !toks[q].has(kUpperInitial) && (cls[q] & kConnector)) {
      office = true;
      continue;
    }
    if (!is_cap(q) || (cls[q] & kGivenName) || is_particle(h[q]) || toks[q].end - toks[q].start == 1) return false;
  }
  return office;
}

// A run a known place opens, [k, end) with the place ending at place_end: a company named after the place
// ("Norilsk Nickel", "Berlin-Chemie"), or, after a title and "to"/"in"/"of", the holder of the place's title
// ("Ambassador to China Yerzhan Tulegenov"). Returns where the walk goes on after what it emitted, or k.
std::uint32_t CandidateState::place_led_run(std::uint32_t s, std::uint32_t k, std::uint32_t place_end,
                                            std::uint32_t end) {
  std::uint32_t q = place_end;
  if (is_punct(q, '-') && adjacent(q) && q + 1 < end && adjacent(q + 1)) ++q;
  std::uint32_t u2 = q;
  while (u2 < end && is_cap(u2) && match(u2).entry < 0 && !given_start(u2) &&
         !(classes_with_stop(u2) & (kTitle | kHonorific | kTitleMod | kGeoHead | kLocHead | kOrgHead | kMonth | kWeekday | kStop)))
    ++u2;
  // After a title and "to"/"in"/"of" the place is the title's ("Ambassador to China Yerzhan Tulegenov",
  // "Consul in Almaty ..."): two or three unknown capitals after it are the holder, not a company.
  const bool titled_place = k == s && s >= 2 && same_para(s - 2, s) && titleish(s - 2) &&
                            toks[s - 1].has(kWord) && !toks[s - 1].has(kUpperInitial) &&
                            (cls[s - 1] & kDatePrep) && q == place_end && u2 == end && end - q >= 2 &&
                            end - q <= 3;
  if (titled_place) {
    emit_pieces(k, place_end);
    Cand& cd = emit(q, end, Label::kPerson, Kind::kName);
    cd.strong = true;
    std::uint32_t tb = title_start(s - 1, s > 9 ? s - 9 : 0);
    cd.title = std::string(span_text(tb, q));
    title_parts(tb, q, &cd.title_key, &cd.title_head);
    return end;
  }
  // Not a concept or an event the place names ("the Bandung Spirit", "the Indonesia Comprehensive Strategic
  // Partnership"): at most two words after the place, and one of them never written in lower case.
  bool name_word = false;
  for (std::uint32_t w = q; w < u2; ++w) name_word = name_word || !lower_seen(w);
  if (u2 > q && u2 == end && u2 - q <= 2 && name_word) {
    Cand& cd = emit(k, u2, Label::kOrg, Kind::kName);
    cd.strong = true;
    return u2;
  }
  return k;
}

// 3. Segment the run by the gazetteer; unknown capitals in between are pending.
void CandidateState::segment(const Run& r) {
  const std::uint32_t s = r.s, end = r.end;
  const bool quoted = r.quoted, paren_acr = r.paren_acr, speech_after = r.speech_after,
             speech_before = r.speech_before;
  std::uint32_t k = s;
  const bool headline = titlecase[toks[s].paragraph] != 0;
  while (k < end) {
    Hit hk = match(k);
    if (given_start(k) && !(hk.entry >= 0 && hk.end > k + 1)) hk.entry = -1;
    // A one-word place that is also a given name, before one unknown capital and nothing more: a person
    // ("Chad Myers", "Jordan Peterson"), not a company named after the place.
    if (hk.entry >= 0 && hk.end == k + 1 && k + 2 == end && is_cap(k + 1) && match(k + 1).entry < 0 &&
        !(cls[k + 1] & (kOrgHead | kTitle | kGeoHead)) && given_name_gender(lower_ascii(sv(k))) != 0)
      hk.entry = -1;
    // A company named after a place: "Norilsk Nickel", "Berlin-Chemie" (not in headline case).
    if (hk.entry >= 0 && hk.end < end && M.entry(hk.entry).label == Label::kGpe && !headline) {
      const std::uint32_t next = place_led_run(s, k, hk.end, end);
      if (next > k) {
        k = next;
        continue;
      }
    }
    if (hk.entry >= 0 && hk.end <= end) {
      const GazEntry& g = M.entry(hk.entry);
      Cand& cd = emit(k, hk.end, g.label, Kind::kName);
      cd.canonical = g.label == Label::kNorp ? std::string() : g.canonical;
      cd.canon_key = g.label == Label::kNorp ? 0 : g.canon_key;
      cd.strong = true;
      k = hk.end;
      continue;
    }
    if (!is_cap(k) || (cls[k] & (kMonth | kWeekday)) || (cls[k] & kConnector && !toks[k].has(kUpperInitial))) {
      ++k;
      continue;
    }
    std::uint32_t u = k;
    // Inside the run, lower-case name pieces the run took: "al-Burhan", "Ching-te".
    auto name_piece = [&](std::uint32_t q) -> std::uint32_t {
      if (q <= k || q + 1 >= end) return 0;
      if (initial_stop(q)) return 1;  // "George W. Harlan"
      if (nickname_end(k, q) > q && q + 3 < end) return 3;  // Tomas "Tommo" Brandt (nicknames.cc)
      if (is_particle(h[q]) && toks[q].has(kWord) && !toks[q].has(kUpperInitial) && is_punct(q + 1, '-') &&
          q + 2 < end && is_cap(q + 2))
        return 3;
      if (is_punct(q, '-') && adjacent(q) && toks[q + 1].has(kWord) && !toks[q + 1].has(kUpperInitial)) return 2;
      // Name particles between capitals: "Lula da Silva", "von der Leyen" (after a capital of the piece).
      auto lower_particle = [&](std::uint32_t x) {
        return x < end && toks[x].has(kWord) && !toks[x].has(kUpperInitial) && is_name_particle(h[x]);
      };
      if (lower_particle(q) && is_cap(q - 1)) {
        if (q + 1 < end && is_cap(q + 1)) return 1;
        if (lower_particle(q + 1) && q + 2 < end && is_cap(q + 2)) return 2;
      }
      return 0;
    };
    while (u < end && (is_cap(u) || name_piece(u) ||
                       (u > k && is_punct(u, '-') && adjacent(u) && u + 1 < end && is_cap(u + 1) &&
                        !(match(u + 1).entry >= 0)))) {
      if (std::uint32_t np = name_piece(u)) {
        u += np;
        continue;
      }
      if (!is_cap(u)) {
        u += 1;
        continue;
      }
      Hit hu = match(u);
      // After a leading family name, a one-word town is the given name ("Wang Lipei" where a town is
      // called Lipei), when the run ends there.
      const bool given_after_family = u == k + 1 && family_first(k) && hu.end == u + 1 && u + 1 == end;
      // After a given name, a one-word place that ends the run is the surname ("Michael Jordan").
      const bool surname_after_given = u == k + 1 && (cls[k] & kGivenName) && hu.end == u + 1 && u + 1 == end &&
                                       hu.entry >= 0 && M.entry(hu.entry).label == Label::kGpe;
      if (hu.entry >= 0 && hu.end <= end && u > k && !given_after_family && !surname_after_given) break;
      // Two names each led by a family name, with nothing between them: "Wang Lipei Zhou Jin".
      if (u == k + 2 && family_first(k) && family_first(u) && !family_first(k + 1) && u + 1 < end && is_cap(u + 1) &&
          toks[u + 1].has(kSpaceBefore))
        break;
      if (u > k && (cls[u] & (kMonth | kWeekday))) break;
      if (name_after_words(s, k, u, end)) break;
      // A title ends the run; an abbreviated one is a phrase with its stop ("South Carolina Sen. X").
      const std::uint32_t ucls = classes_with_stop(u);
      if (u > k && (ucls & kTitle) &&
          !(u == k + 1 && (cls[k] & kGivenName) && !(ucls & (kHonorific | kTitleMod)) && !(u + 1 < end && is_cap(u + 1))))
        break;
      if (headline && u > k && !(cls[k] & kGivenName)) break;
      if (headline && (cls[u] & kStop)) break;
      ++u;
    }
    if (u == k) u = k + 1;
    // A title word alone ("President") is not a name.
    bool only_title = true;
    for (std::uint32_t q = k; q < u; ++q)
      if (!(cls[q] & (kTitle | kTitleMod | kHonorific | kStop | kRoleLabel)) || (cls[q] & kOrgHead)) only_title = false;
    if (headline && u == k + 1 && (cls[k] & kStop)) only_title = true;
    if (!only_title) {
      Cand& cd = emit(k, u, Label::kPerson, Kind::kPending);
      cd.quoted = quoted;
      cd.acronym_paren = paren_acr && u == end;
      cd.strong = (cls[k] & kGivenName) != 0 && u - k >= 2;
      bool lowered_title = k > 0 && same_para(k - 1, k) && (cls[k - 1] & kTitle) && !toks[k - 1].has(kUpperInitial);
      // A speech verb beside a run that a common acronym closes ("Harwick UAVs said") makes no person.
      const bool speech = u == end && (speech_after || speech_before) && !common_acronym(u - 1);
      if (lowered_title || speech) {
        cd.kind = Kind::kName;
        cd.by_speech = !lowered_title && !cd.strong;
        cd.strong = true;
        if (lowered_title) {
          std::uint32_t tb = title_start(k, k > 8 ? k - 8 : 0);
          emit_pieces(tb, k);
          Cand& c2 = cands.back().b == k ? cands.back() : cands[cands.size() - 1];
          (void)c2;
        }
      }
      if (lowered_title) {
        std::uint32_t tb = title_start(k, k > 8 ? k - 8 : 0);
        // find our candidate again (emit_pieces may have appended).
        for (std::size_t q = cands.size(); q-- > 0;)
          if (cands[q].b == k && cands[q].label == Label::kPerson) {
            cands[q].title = std::string(span_text(tb, k));
            title_parts(tb, k, &cands[q].title_key, &cands[q].title_head);
            break;
          }
      }
    }
    k = u;
  }
}

}  // namespace parley::detail
