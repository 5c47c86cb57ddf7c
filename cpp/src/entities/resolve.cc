// Resolution: pending runs (unknown capitals) decided with document-level evidence — names the header and
// the turns stage gave, strong names and their surnames, lists that share a kind, outlets asking in an
// interview, organisation nouns and place prepositions around a name, initials of the article's bodies,
// and first names used alone after a full name.
#include <algorithm>

#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

// Names the header or the turns stage gave: authors, guests, speakers.
void CandidateState::collect_known_people() {
  auto add_known = [&](std::string_view name) { known_people.insert(name_key(name)); };
  for (const auto& a : doc.meta.authors) add_known(a);
  for (const auto& g : doc.meta.guests) add_known(g.name);
  for (const auto& sp : doc.speakers) {
    for (const auto& l : sp.labels)
      if (sp.role == Role::kInterviewer) interviewer_labels.insert(name_key(l));
  }
}

// Pass A: strong names and acronym-introduced organisations define surfaces.
void CandidateState::define_surfaces() {
  for (std::size_t q = 0; q < cands.size(); ++q) {
    Cand& c = cands[q];
    if (c.kind == Kind::kPending) {
      std::uint64_t sh = seq_hash(c.b, c.e);
      if (known_people.count(sh)) {
        c.kind = Kind::kName;
        c.strong = true;
      } else if (c.acronym_paren) {
        c.label = Label::kOrg;
        c.kind = Kind::kName;
        c.strong = true;
        // "Name (ABBR)": the abbreviation names the same organisation.
        resolved[h[c.e + 1]] = Label::kOrg;
      } else if (c.in_marker && interviewer_labels.count(sh) && !(cls[c.b] & kGivenName) && c.e - c.b >= 2 &&
                 !toks[c.b].has(kAllCaps)) {
        // An interviewer label with no given name ("Special Military Operation:"): an outlet.
        c.label = Label::kOrg;
        c.kind = Kind::kName;
      } else if (c.strong) {
        c.kind = Kind::kName;
      }
    }
    // "Social Democratic Party (SPÖ)": a named body's declared abbreviation names a body, wherever it stands.
    if (c.kind == Kind::kName && c.label == Label::kOrg && !one_word(c) && declares_abbreviation(c.e))
      resolved.emplace(h[c.e + 1], Label::kOrg);
    if (c.kind == Kind::kName && (c.label == Label::kPerson || c.label == Label::kOrg)) {
      resolved.emplace(seq_hash(c.b, c.e), c.label);
      if (c.label == Label::kPerson && !one_word(c)) {
        std::uint64_t last = surname_of(c);
        auto it = surnames.find(last);
        if (it == surnames.end())
          surnames[last] = static_cast<std::int64_t>(q);
        else if (it->second >= 0 && firstname_of(cands[it->second]) != firstname_of(c))
          it->second = -1;
      }
    }
  }
}

// Lists share a kind: "companies such as Renova, Norilsk Nickel, Evraz Group and Severstal".
// Consecutive runs joined only by commas / "and" / "or", one of them a known organisation
// or place, label the unknown members alike.
void CandidateState::share_list_kinds() {
  std::vector<std::size_t> idx(cands.size());
  for (std::size_t q = 0; q < idx.size(); ++q) idx[q] = q;
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return cands[a].bb < cands[b].bb; });
  auto joined = [&](const Cand& a, const Cand& b) {
    if (a.para != b.para || b.b < a.e) return false;
    for (std::uint32_t k = a.e; k < b.b; ++k)
      if (!is_punct(k, ',') && sv(k) != "and" && sv(k) != "or") return false;
    return b.b > a.e;
  };
  std::size_t r = 0;
  while (r < idx.size()) {
    std::size_t e = r + 1;
    while (e < idx.size() && joined(cands[idx[e - 1]], cands[idx[e]])) ++e;
    if (e - r >= 2) {
      int orgs = 0, places = 0, people = 0;
      for (std::size_t q = r; q < e; ++q) {
        const Cand& c = cands[idx[q]];
        if (c.kind != Kind::kName || !c.strong) continue;
        orgs += c.label == Label::kOrg;
        places += c.label == Label::kGpe;
        people += c.label == Label::kPerson;
      }
      // Two members ("Tesla and Samsung", "Lyudinovo and Kaluga"): only a one-word unknown that is
      // no given name and no surname of the article takes the other's kind.
      const bool pair = e - r == 2;
      if ((orgs && !people && !places) || (places && !people && !orgs))
        for (std::size_t q = r; q < e; ++q) {
          Cand& c = cands[idx[q]];
          if (c.kind != Kind::kPending) continue;
          if (pair && (!one_word(c) || (cls[c.b] & kGivenName) || surnames.count(surname_of(c)) || c.quoted ||
                       c.in_marker))
            continue;
          c.label = orgs ? Label::kOrg : Label::kGpe;
          c.kind = Kind::kName;
        }
    // Three or more members, two of them people and none a body or place ("Liu Wen, Tan Bo, Osei Kofi and
    // Mira Quell"): an unknown member of one to three words with no organisation head-word is a person too.
    if (people >= 2 && !orgs && !places && e - r >= 3)
      for (std::size_t q = r; q < e; ++q) {
        Cand& c = cands[idx[q]];
        if (c.kind != Kind::kPending || c.quoted || c.in_marker || c.e - c.b > 3) continue;
        bool head = false;
        for (std::uint32_t k = c.b; k < c.e; ++k) head |= (cls[k] & (kOrgHead | kGeoHead | kLocHead | kFacHead | kEventHead)) != 0;
        if (head) continue;
        c.label = Label::kPerson;
        c.kind = Kind::kName;
      }
    }
    r = e;
  }
}

// Last words of multi-word person runs: a one-word speaker label matching one is that person.
// A one-word interviewer label that names nobody in the article is the outlet asking ("VZGLYAD:", "CCTV:").
// That evidence outweighs a speech verb elsewhere ("As Vzglyad reported").
void CandidateState::find_outlets() {
  FlatMap multi_last(cands.size() + 16);
  for (const Cand& c : cands)
    if (c.label == Label::kPerson && c.kind != Kind::kTitleRef && !one_word(c)) multi_last.insert(surname_of(c), 1);
  FlatMap outlets(16);
  for (Cand& c : cands)
    if (c.kind == Kind::kPending && c.in_marker && one_word(c) && !(cls[c.b] & kGivenName)) {
      std::uint64_t sh = seq_hash(c.b, c.e);
      if (interviewer_labels.count(sh) && !multi_last.contains(sh)) {
        resolved[sh] = Label::kOrg;
        outlets.insert(sh, 1);
      }
    }
  for (Cand& c : cands)
    if (c.kind == Kind::kName && c.label == Label::kPerson && one_word(c) && c.title.empty() &&
        outlets.contains(seq_hash(c.b, c.e)))
      c.label = Label::kOrg;
}

// Tokens that end a place name, for "in Jerusalem and Ramallah".
void CandidateState::collect_place_ends() {
  place_end.assign(n, 0);
  for (const Cand& c : cands)
    if (c.kind == Kind::kName && (c.label == Label::kGpe || c.label == Label::kLoc) && c.e > 0) place_end[c.e - 1] = 1;
}

// Place prepositions: "in Nablus", "from Uvalde", "near El Campo".
bool CandidateState::place_prep(const Cand& c) const {
  if (c.b == 0 || !same_para(c.b - 1, c.b) || toks[c.b - 1].has(kUpperInitial)) return false;
  std::uint64_t p = h[c.b - 1];
  static const std::uint64_t kAnd = fold_hash("and"), kComma = fold_hash(","), kIn = fold_hash("in"), kNear = fold_hash("near"), kFrom = fold_hash("from"),
                             kOutside = fold_hash("outside"), kAcross = fold_hash("across"), kVia = fold_hash("via");
  if (p == kAnd || p == kComma) {  // "in Jerusalem and Ramallah"
    if (c.b < 2 || !place_end[c.b - 2]) return false;
  } else if (p != kIn && p != kNear && p != kFrom && p != kOutside && p != kAcross && p != kVia) {
    return false;
  }
  if (c.e < n && same_para(c.b, c.e) && ((cls[c.e] & kSpeech) || toks[c.e - 1].has(kPossessive))) return false;
  if (c.e < n && same_para(c.b, c.e) && is_cap(c.e)) return false;  // "in Southern California": a modifier
  return place_shaped(c);
}

// A run that can be an unknown place's name: no word in camel case ("at EventBrite", "in YoloOps") or
// with a digit ("in Base58Check"), no short acronym ("in QR", "from CAMS"), and not every word one the
// article also writes in lower case ("a degree in Physics").
bool CandidateState::place_shaped(const Cand& c) const {
  bool all_lower_seen = true;
  for (std::uint32_t k = c.b; k < c.e; ++k) {
    if (!toks[k].has(kWord)) continue;
    const std::string_view w = sv(k);
    if (toks[k].has(kAllCaps) && w.size() <= 4) return false;
    for (char ch : w)
      if (ch >= '0' && ch <= '9') return false;
    if (camel_word(k)) return false;
    all_lower_seen = all_lower_seen && lower_seen(k);
  }
  return !all_lower_seen;
}

// A word with a capital inside after a lower-case letter ("SegWit", "YoloOps"), unless what comes before it
// is a family name's prefix ("McAllen", "DeSantis", "LaSalle").
bool CandidateState::camel_word(std::uint32_t k) const {
  const std::string_view w = sv(k);
  for (std::size_t i = 1; i < w.size(); ++i)
    if (w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z') return !family_prefix(w.substr(0, i));
  return false;
}

// The opening of a family name written with an inner capital: "Mc", "Mac", "De", "La", "O" (kSurnamePrefixes).
bool CandidateState::family_prefix(std::string_view opening) {
  static const WordSet surname_prefixes(kSurnamePrefixes, kSurnamePrefixCount);
  return surname_prefixes.contains(fold_hash(lower_ascii(opening)));
}

// No person's name has a word in camel case but after a family name's prefix ("SegWit", "Native SegWit"
// beside a speech verb are a term, not a speaker): such a run names no person.
void CandidateState::drop_camel_case_people() {
  for (Cand& c : cands) {
    if (c.label != Label::kPerson || c.kind == Kind::kTitleRef || c.in_marker) continue;
    for (std::uint32_t k = c.b; k < c.e; ++k)
      if (toks[k].has(kWord) && camel_word(k)) {
        c.kind = Kind::kPending;
        break;
      }
  }
}

// A common noun for a kind of organisation right before the name: "the agency, Rosavtodor", "firms such as
// Niarmedic", "member station KUT", "the carmaker Avtotor".
bool CandidateState::org_cue(const Cand& c) const {
  static const WordSet org_nouns(kOrgKindNouns, kOrgKindNounCount);
  static const WordSet org_after(kOrgAfterNouns, kOrgAfterNounCount);
  if (c.quoted || c.in_marker || (cls[c.b] & kGivenName)) return false;
  if (c.b >= 2 && same_para(c.b - 1, c.b)) {
    std::uint32_t k = c.b - 1;
    if (is_punct(k, ',')) --k;                                     // "the agency, Rosavtodor"
    else if (sv(k) == "as" && k > 0 && sv(k - 1) == "such") k -= 2;  // "firms such as Niarmedic"
    else if (sv(k) == "like") --k;
    if (k < n && same_para(k, c.b) && toks[k].has(kWord) && !toks[k].has(kUpperInitial) && org_nouns.contains(h[k]))
      return true;
  }
  // A product a firm runs or an outlet, after a name of one or two words and at most one lower-case
  // modifier: "the Quillo app", "Tesk online service", "Vandi video platform", "the Harwick news portal".
  static const WordSet products(kOrgProductNouns, kOrgProductNounCount);
  auto lower_at = [&](std::uint32_t k) {
    return k < n && same_para(c.b, k) && toks[k].has(kWord) && !toks[k].has(kUpperInitial);
  };
  // After "the", a kind of body as well: "the Harwick sociological group", "the Dunmore 24 channel"; not a
  // word the article also writes in lower case ("the Bitcoin network" beside "bitcoin").
  bool never_lower = true;
  for (std::uint32_t k = c.b; k < c.e; ++k) never_lower = never_lower && !lower_seen(k);
  auto kind_after = [&](std::uint32_t k) {
    return products.contains(h[k]) || (never_lower && determiner_before(c) && org_nouns.contains(h[k]));
  };
  if (c.e - c.b <= 2 && !toks[c.b].has(kAllCaps) && lower_at(c.e)) {
    if (kind_after(c.e)) return true;
    if (lower_at(c.e + 1) && kind_after(c.e + 1) && !(cls[c.e] & (kStop | kConnector))) return true;
  }
  // The same nouns before "of": "shares of Vantorwork", "employees of Quellor Mutual" (a name of at most
  // three words that no person of the article bears).
  static const std::uint64_t kOf = fold_hash("of");
  if (c.b >= 2 && c.e - c.b <= 3 && h[c.b - 1] == kOf && lower_at(c.b - 1) && same_para(c.b - 2, c.b) &&
      (lower_at(c.b - 2) || toks[c.b - 2].has(kSentenceStart)) && org_after.contains(h[c.b - 2]) &&
      !surnames.count(surname_of(c)))
    return true;
  // After: "Hikvision subsidiaries", "Samsung employees"; after a possessive, a post in a body as well
  // ("Vantorix's founder", "Quellor's CEO", kBodyPosts).
  static const WordSet posts(kBodyPosts, kBodyPostCount);
  const bool possessive = c.e < n && toks[c.e].has(kPossessive);
  std::uint32_t a = possessive ? c.e + 1 : c.e;
  return one_word(c) && a < n && same_para(c.b, a) && toks[a].has(kWord) &&
         ((!toks[a].has(kUpperInitial) && org_after.contains(h[a])) ||
          (possessive && posts.contains(h[a]) && (!toks[a].has(kUpperInitial) || toks[a].has(kAllCaps))));
}

// Organisations say things too: "the regulator, Finnadzor, said", and a body's short form after its full
// name ("Harwick Mutual said" after "the Harwick Mutual Insurance Society") is the body, not a person.
void CandidateState::speaking_orgs() {
  FlatMap openings(64);  // the openings of the article's organisation names (at most twelve tokens)
  // The names of bodies without their closing head-word ("Harwick" of "Harwick University"), for resolve_rest.
  org_openings.reset(cands.size() + 16);
  for (const Cand& c : cands)
    if (c.kind == Kind::kName && c.label == Label::kOrg && c.e - c.b <= 12)
      for (std::uint32_t k = c.b + 1; k < c.e; ++k) {
        if (!toks[k].has(kSpaceBefore) || !is_cap(k - 1)) continue;
        openings.insert(seq_hash(c.b, k), 1);
        if (!(cls[k - 1] & (kOrgHead | kTitle | kTitleMod)) && last_word(k, c.e) == k && (cls[k] & kOrgHead) &&
            is_cap(k))
          org_openings.insert(seq_hash(c.b, k), 1);
      }
  for (Cand& c : cands) {
    if (!c.by_speech || c.label != Label::kPerson) continue;
    const bool short_form = !(cls[c.b] & kGivenName) && openings.contains(seq_hash(c.b, c.e));
    // An unknown acronym that speaks ("KVTR said") is a body, unless it names a person of the article.
    const bool acronym = unknown_acronym(c) && !(cls[c.b] & kGivenName) && !surnames.count(surname_of(c));
    // "the Harwick Ship Registry said": a person's name takes no determiner (body_evidence.cc).
    if (short_form || acronym || (one_word(c) && org_cue(c)) || determiner_body(c) || reported_source(c) ||
        camel_case_brand(c) || body_apposition(c)) {
      c.label = Label::kOrg;
      resolved[seq_hash(c.b, c.e)] = Label::kOrg;
    }
  }
}

// The article's bodies by their capitalised head-words ("Party" of "Harbour Workers Party"): the body, or
// kAmbiguousHead when two bodies share the head-word. A name that opens or closes the other's is one body
// with it, the longer name kept ("Foreign Ministry" of "Norland Foreign Ministry", "High Election
// Commission" of "... of Libya"): one comparison per shared head-word, linear in the mentions.
constexpr std::uint32_t kAmbiguousHead = UINT32_MAX;
bool CandidateState::opens_or_closes(const Cand& part, const Cand& whole) const {
  const std::uint32_t len = part.e - part.b;
  if (len >= whole.e - whole.b) return false;
  const std::uint64_t x = seq_hash(part.b, part.e);
  return seq_hash(whole.b, whole.b + len) == x || seq_hash(whole.e - len, whole.e) == x;
}

void CandidateState::collect_body_heads() {
  static const std::uint64_t kOfWord = fold_hash("of");
  body_heads.reset(cands.size() + 16);
  for (std::size_t q = 0; q < cands.size(); ++q) {
    const Cand& c = cands[q];
    if (c.kind != Kind::kName || c.label != Label::kOrg || one_word(c) || c.e - c.b > 12) continue;
    const std::uint64_t own = c.canon_key ? c.canon_key : seq_hash(c.b, c.e);
    // The name's own head-word: the last before its first lower-case "of" ("Committee" of "Central Committee
    // of the Harbour Party", "Party" of "Harbour Party of Norland"), else its last ("Committee" of "Party
    // Central Committee": "Party" there only qualifies it).
    std::uint32_t head = c.e;
    for (std::uint32_t k = c.b; k < c.e; ++k) {
      if (h[k] == kOfWord && !toks[k].has(kUpperInitial) && head < c.e) break;
      if (is_cap(k) && (cls[k] & kOrgHead)) head = k;
    }
    if (head < c.e) {
      const std::uint32_t k = head;
      auto [slot, inserted] = body_heads.insert(h[k], static_cast<std::uint32_t>(q + 1));
      if (!inserted && *slot != kAmbiguousHead) {
        const Cand& o = cands[*slot - 1];
        if ((o.canon_key ? o.canon_key : seq_hash(o.b, o.e)) == own || opens_or_closes(c, o)) continue;
        if (opens_or_closes(o, c)) *slot = static_cast<std::uint32_t>(q + 1);
        else *slot = kAmbiguousHead;
      }
    }
  }
}

// "the Party" after "the Harbour Workers Party": a capitalised head-word alone after "the" (lower-case, or
// opening a sentence: "The Party said"), not itself opening a sentence, is the one body of the article
// with that head-word. A head-word before a
// lower-case "of" opens another body's name ("the Council of ..."), not a short form.
bool CandidateState::body_by_head(Cand& c) const {
  static const std::uint64_t kThe = fold_hash("the"), kOf = fold_hash("of");
  if (c.e - c.b != 1 || !(cls[c.b] & kOrgHead) || toks[c.b].has(kSentenceStart) || toks[c.b].has(kAllCaps) ||
      c.b == 0 || !same_para(c.b - 1, c.b) || h[c.b - 1] != kThe ||
      (toks[c.b - 1].has(kUpperInitial) && !toks[c.b - 1].has(kSentenceStart)))
    return false;
  if (c.e < n && same_para(c.b, c.e) && h[c.e] == kOf && !toks[c.e].has(kUpperInitial)) return false;
  const std::uint32_t* slot = body_heads.find(h[c.b]);
  if (!slot || *slot == kAmbiguousHead) return false;
  const Cand& body = cands[*slot - 1];
  c.label = Label::kOrg;
  c.kind = Kind::kName;
  c.canonical = body.canonical;
  c.canon_key = body.canon_key ? body.canon_key : seq_hash(body.b, body.e);
  return true;
}

// Pass B: the rest.
void CandidateState::resolve_rest() {
  collect_body_heads();
  for (std::size_t q = 0; q < cands.size(); ++q) {
    Cand& c = cands[q];
    if (c.kind != Kind::kPending) continue;
    std::uint64_t sh = seq_hash(c.b, c.e);
    auto r = resolved.find(sh);
    if (r != resolved.end()) {
      c.label = r->second;
      c.kind = Kind::kName;
      continue;
    }
    if (one_word(c) && surnames.count(surname_of(c))) {
      c.kind = Kind::kName;
      continue;
    }
    if (body_by_head(c)) continue;
    if (c.e - c.b == 1 && (toks[c.b].has(kAllCaps) || mixed_acronym(c.b)) && !c.in_marker) {
      auto it = initials.find(h[c.b]);
      if (it != initials.end()) {
        c.label = it->second;
        c.kind = Kind::kName;
        resolved.emplace(sh, c.label);
        continue;
      }
    }
    // A body's name without its closing head-word ("Harwick" after "Harwick University"): the body, unless
    // it is a given name, a surname of the article (read above) or a place ("in Harwick").
    if (org_openings.contains(sh) && !(cls[c.b] & kGivenName) && !c.in_marker && !place_prep(c)) {
      c.label = Label::kOrg;
      c.kind = Kind::kName;
      resolved.emplace(sh, c.label);
      continue;
    }
    if (org_cue(c) || reported_source(c) || body_apposition(c)) {
      c.label = Label::kOrg;
      c.kind = Kind::kName;
      resolved.emplace(sh, c.label);
      continue;
    }
    if (!titled_apposition(c) && (place_prep(c) || (one_word(c) && place_words.contains(h[c.b]))) && !(cls[c.b] & kGivenName) && !c.quoted) {
      c.label = Label::kGpe;
      c.kind = Kind::kName;
      resolved.emplace(sh, c.label);
      continue;
    }
    bool all_lower_known = true;
    for (std::uint32_t k = c.b; k < c.e; ++k)
      if (!lower_seen(k)) all_lower_known = false;
    std::uint32_t words = 1;
    for (std::uint32_t k = c.b + 1; k < c.e; ++k) words += toks[k].has(kSpaceBefore);
    // Two to four unknown capitals are a person only with person evidence (person_evidence.cc);
    // without it they name nothing ("Related Articles", "Immediate Release", "Pop Culture").
    if (words >= 2 && words <= 4 && !c.quoted && !all_lower_known && (!c.in_marker || !interviewer_labels.count(sh)) &&
        person_evidence(c)) {
      c.kind = Kind::kName;
      continue;
    }
    // One unknown capital set off after a role ("the director of the bureau, Haldorsen, said"): machine
    // translation from Chinese names people by one transliterated word.
    if (words == 1 && !c.quoted && !all_lower_known && !c.in_marker && !toks[c.b].has(kAllCaps) && role_before(c)) {
      c.kind = Kind::kName;
      resolved.emplace(sh, c.label);  // and the same word later in the text
      continue;
    }
    if (c.e - c.b == 1 && toks[c.b].has(kAllCaps) && resolved.count(h[c.b])) {
      c.label = resolved[h[c.b]];
      c.kind = Kind::kName;
      continue;
    }
    if (unknown_acronym(c)) {
      c.label = Label::kOrg;
      c.kind = Kind::kName;
      continue;
    }
  }
}

// Multi-token persons found in pass B also give surnames; first names used alone in conversation ("Ron"
// after "Ron Flores") are the one person so named.
void CandidateState::collect_names() {
  for (std::size_t q = 0; q < cands.size(); ++q) {
    Cand& c = cands[q];
    if (c.kind == Kind::kName && c.label == Label::kPerson && !one_word(c) && !surnames.count(surname_of(c)))
      surnames[surname_of(c)] = static_cast<std::int64_t>(q);
  }
  for (std::size_t q = 0; q < cands.size(); ++q) {
    const Cand& c = cands[q];
    if (c.kind != Kind::kName || c.label != Label::kPerson || one_word(c)) continue;
    auto it = firstnames.find(firstname_of(c));
    if (it == firstnames.end())
      firstnames[firstname_of(c)] = static_cast<std::int64_t>(q);
    else if (it->second >= 0 && surname_of(cands[it->second]) != surname_of(c))
      it->second = -1;
    // A nickname inside the name is used alone as a first name is (nicknames.cc).
    if (const std::uint32_t nk = nickname_of(c); nk < n) firstnames.emplace(name_hash(nk, nk + 1), static_cast<std::int64_t>(q));
  }
  // A one-word place that is the surname of a person the article names in full, and no place by its
  // context ("Michael Jordan ... Jordan scored", not "in Jordan", "flew to Jordan", "the King of Jordan"),
  // is that person.
  static const std::uint64_t kTo = fold_hash("to"), kAt = fold_hash("at"), kOf = fold_hash("of"),
                             kInto = fold_hash("into");
  for (auto& c : cands) {
    if (c.kind != Kind::kName || c.label != Label::kGpe || !one_word(c) || place_prep(c) || c.quoted) continue;
    if (c.b > 0 && same_para(c.b - 1, c.b) && !toks[c.b - 1].has(kUpperInitial) &&
        (h[c.b - 1] == kTo || h[c.b - 1] == kAt || h[c.b - 1] == kOf || h[c.b - 1] == kInto))
      continue;
    const auto it = surnames.find(surname_of(c));
    if (it != surnames.end() && it->second >= 0) {
      c.label = Label::kPerson;
      c.canonical.clear();
      c.canon_key = 0;
    }
  }
  for (auto& c : cands) {
    if (!one_word(c) || c.label != Label::kPerson || c.kind == Kind::kTitleRef) continue;
    const std::uint64_t w = surname_of(c);  // a one-word name: its folded spelling
    if (c.kind == Kind::kPending && surnames.count(w) && surnames[w] >= 0) c.kind = Kind::kName;
    if (surnames.count(w)) continue;
    auto it = firstnames.find(w);
    if (it != firstnames.end() && it->second >= 0) {
      const Cand& full = cands[static_cast<std::size_t>(it->second)];
      c.kind = Kind::kName;
      c.ref = static_cast<std::int32_t>(&full - cands.data());
    }
  }
}

}  // namespace parley::detail
