// The left-to-right walk over the tokens: URLs, markers and stage directions skipped, zones, values and
// ordinals read, and every capitalised run handed to the rules that name it (titles.cc, heads.cc,
// segment.cc). A run is capitalised words with their inner connectors, particles and hyphens.
#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

// "Previously Pompeo had ...", "Reportedly Harwick Mutual ...": a sentence's opening adverb in -ly (six
// letters or more, no given name, nothing the gazetteer knows) before another capitalised word opens no name.
bool CandidateState::opening_adverb(std::uint32_t s, std::uint32_t e) const {
  const std::string_view w = sv(s);
  return toks[s].has(kSentenceStart) && s + 1 < e && is_cap(s + 1) && w.size() >= 6 && w.substr(w.size() - 2) == "ly" &&
         !(cls[s] & (kGivenName | kTitle | kHonorific)) && match(s).entry < 0;
}

namespace {

bool is_cap_prep(std::uint64_t hash) {  // a capitalised preposition inside a run is headline case
  static const WordSet cap_prep(kCapPrepositions, kCapPrepositionCount);
  return cap_prep.contains(hash);
}

bool is_hyphen_suffix(std::uint64_t hash) {  // "Russia-led", "Kremlin-run": no name syllables
  static const WordSet hyphen_suffix(kHyphenSuffixes, kHyphenSuffixCount);
  return hyphen_suffix.contains(hash);
}

// A collective noun whose possessive stays inside a body's name ("People's Bank", "Workers' Party").
bool is_collective_owner(std::uint64_t hash) {
  static const WordSet owners(kCollectiveOwners, kCollectiveOwnerCount);
  return owners.contains(hash);
}

bool is_compass(std::uint64_t hash) {
  static const WordSet compass(kCompassWords, kCompassWordCount);
  return compass.contains(hash);
}

}  // namespace

bool is_particle(std::uint64_t hash) {
  static const WordSet particle(kArabicParticles, kArabicParticleCount);
  return particle.contains(hash);
}

// Particles inside personal names ("von der Leyen", "da Silva", "bin Salman", "van den Berg").
bool is_name_particle(std::uint64_t hash) {
  static const WordSet particle(kNameParticles, kNameParticleCount);
  return particle.contains(hash);
}

// A capitalised word glued to a number by a hyphen is a designation, not a figure: "COVID-19", "Perm-36",
// "Su-57". Returns its end, or 0.
std::uint32_t CandidateState::designation(std::uint32_t i) const {
  // The number of a designation whose word a run took ("Cases of COVID" then "-19").
  if (toks[i].has(kNumber) && !toks[i].has(kWord) && i >= 2 && adjacent(i) && is_punct(i - 1, '-') &&
      adjacent(i - 1) && is_cap(i - 2))
    return i + 1;
  if (!is_cap(i) || !is_punct(i + 1, '-') || !adjacent(i + 1) || i + 2 >= n || !adjacent(i + 2)) return 0;
  if (!toks[i + 2].has(kNumber) || toks[i + 2].has(kWord)) return 0;
  return i + 3;
}

// A capitalised word glued to a domain is a web address, no name of its own: "English.news.cn",
// "Sport.example.com" (the gazetteer's "Lenta.ru" and "KP.ru" are matched before). Returns its end, or 0.
std::uint32_t CandidateState::web_name(std::uint32_t i) const {
  if (!is_cap(i) || match(i).end > i + 1) return 0;
  std::uint32_t j = i + 1;
  while (j + 1 < n && is_punct(j, '.') && adjacent(j) && adjacent(j + 1) && toks[j + 1].has(kWord) &&
         !toks[j + 1].has(kUpperInitial))
    j += 2;
  return j > i + 1 ? j : 0;
}

bool CandidateState::zone_start(std::uint32_t k) const {
  if (!toks[k].has(kUpperInitial)) return false;
  Hit hz = match(k);
  return hz.cend > k && (hz.classes & kZone) != 0;
}

void CandidateState::walk() {
  std::size_t url_i = 0;
  std::uint32_t i = 0;
  while (i < n) {
    // Skip URLs.
    while (url_i < urls.size() && urls[url_i].second <= toks[i].start) ++url_i;
    if (url_i < urls.size() && toks[i].start >= urls[url_i].first && toks[i].start < urls[url_i].second) {
      std::uint32_t j = i;
      while (j < n && toks[j].start < urls[url_i].second) ++j;
      Cand c;
      c.b = i;
      c.e = j;
      c.bb = urls[url_i].first;
      c.eb = urls[url_i].second;
      c.label = Label::kUrl;
      c.kind = Kind::kValue;
      c.para = toks[i].paragraph;
      cands.push_back(c);
      i = j;
      continue;
    }
    if (marker[i] && (cls[i] & kRoleLabel)) {  // "Question:", "Host:"
      ++i;
      continue;
    }
    {  // stage directions ("(SOUNDBITE OF MUSIC)") name nothing
      std::uint32_t p = toks[i].paragraph;
      if (p < doc.paragraphs.size() && doc.paragraphs[p].kind == ParagraphKind::kStage) {
        while (i < n && toks[i].paragraph == p) ++i;
        continue;
      }
    }
    if (toks[i].has(kUpperInitial) && zone_start(i)) {
      Hit hz = match(i);
      if (hz.cend > i && (hz.classes & kZone)) {
        zones.push_back({i, hz.cend, static_cast<int>(hz.value) - 1});
        i = hz.cend;
        continue;
      }
    }
    if (std::uint32_t j = web_name(i)) {
      // A name and one domain ending of two to four letters is a site, the outlet of that name:
      // "Vantor.ua", "Quellor.com" ("English.news.cn" is a section of a site, "Report.pdf" a file).
      const std::uint32_t tld = j - 1;
      const std::size_t len = toks[tld].end - toks[tld].start;
      if (j == i + 3 && len >= 2 && len <= 4 && !common_acronym_word(tld) && !toks[i].has(kAllCaps)) {
        Cand& cd = emit(i, j, Label::kOrg, Kind::kName);
        cd.strong = true;
      }
      i = j;
      continue;
    }
    if (std::uint32_t j = designation(i)) {
      i = j;
      continue;
    }
    if (std::uint32_t j = try_value(i)) {
      i = j;
      continue;
    }
    const Token& t = toks[i];
    // "First, ...", "Second, ...": an enumerating ordinal.
    if ((cls[i] & kOrdinal) && t.has(kUpperInitial) && !t.has(kAllCaps) && t.has(kSentenceStart) && is_punct(i + 1, ',')) {
      Cand& cd = emit(i, i + 1, Label::kOrdinal, Kind::kValue);
      cd.value = std::to_string(val[i]);
      ++i;
      continue;
    }
    // Lower-case phrase entries ("pro-Russian") and ordinals.
    if (t.has(kWord) && !t.has(kUpperInitial)) {
      bool det = (cls[i] & kOrdinal) && i > 0 && same_para(i - 1, i) &&
                 (toks[i - 1].has(kPossessive) || sv(i - 1) == "the" || sv(i - 1) == "The" || sv(i - 1) == "its" ||
                  sv(i - 1) == "his" || sv(i - 1) == "her" || sv(i - 1) == "their" || sv(i - 1) == "Their" ||
                  sv(i - 1) == "our" || sv(i - 1) == "a" || sv(i - 1) == "my" || sv(i - 1) == "your");
      if ((cls[i] & kOrdinal) && det) {
        Cand& cd = emit(i, i + 1, Label::kOrdinal, Kind::kValue);
        cd.value = std::to_string(val[i]);
        ++i;
        continue;
      }
      // A title reference: "the US President", "the Russian leader" (the article's capitals
      // are read in the run below; here a lower-case head after a nationality).
      ++i;
      continue;
    }
    if (!is_cap(i)) {
      ++i;
      continue;
    }
    if (std::uint32_t j = compound_nationality_or_place(i)) {
      i = j;
      continue;
    }
    // Compound nationalities: "Russian-Chinese", "Sino-Russian".
    {
      Hit hd = match(i);
      if (hd.entry >= 0 && M.entry(hd.entry).demonym && is_punct(hd.end, '-') && adjacent(hd.end) &&
          adjacent(hd.end + 1) && hd.end + 1 < n) {
        Hit h2 = match(hd.end + 1);
        if (h2.entry >= 0 && M.entry(h2.entry).demonym) {
          Cand& cd = emit(i, h2.end, Label::kNorp, Kind::kName);
          cd.strong = true;
          i = h2.end;
          continue;
        }
      }
    }
    i = read_run(i);
  }
}

// Nationalities side by side, or after a compass word, ending the run: "Asian Americans", "American Indian",
// "Eastern European", "Central Asian"; and a compass word before a known place ("Northern Ohio"). Emits the
// name and returns its end, or 0.
std::uint32_t CandidateState::compound_nationality_or_place(std::uint32_t i) {
  Hit hd = match(i);
  std::uint32_t first_end = 0;
  if (hd.entry >= 0 && M.entry(hd.entry).demonym) first_end = hd.end;
  const bool compass = is_compass(h[i]) && (hd.entry < 0 || hd.end == i + 1);
  if (compass) first_end = i + 1;
  if (!first_end || first_end >= n || !same_para(i, first_end) || !toks[first_end].has(kSpaceBefore) ||
      !is_cap(first_end))
    return 0;
  Hit h2 = match(first_end);
  if (h2.entry < 0 || (h2.end < n && same_para(i, h2.end) && is_cap(h2.end))) return 0;
  const GazEntry& g = M.entry(h2.entry);
  if (g.demonym || (compass && (g.label == Label::kGpe || g.label == Label::kLoc))) {
    Cand& cd = emit(i, h2.end, g.demonym ? Label::kNorp : g.label, Kind::kName);
    cd.strong = true;
    return h2.end;
  }
  return 0;
}

// Where a body's name goes on past a token that is no capital (e > s), or e: a spaced ampersand between
// capitalised words ("Harwick Research & Associates", "Health & Human Services"; "Q&A" is one word of its
// own); a remit after "on" ("Committee on Foreign Relations", kRemitHead words; not a weekday, a known name
// or a person); and a title's possessive before a head-word ("Prosecutor General's Office").
std::uint32_t CandidateState::body_name_goes_on(std::uint32_t s, std::uint32_t e) const {
  if (e <= s || e + 1 >= n || !same_para(s, e + 1)) return e;
  if (is_punct(e, '&') && toks[e].has(kSpaceBefore) && toks[e + 1].has(kSpaceBefore) && is_cap(e + 1)) return e + 2;
  if (sv(e) == "on" && is_cap(e - 1) && (cls[e - 1] & kOrgHead) && val[e - 1] == kRemitHead && is_cap(e + 1) &&
      !(cls[e + 1] & (kMonth | kWeekday | kStop)) && match(e + 1).entry < 0 && !given_start(e + 1))
    return e + 2;
  if (toks[e].has(kPossessive) && adjacent(e) && is_cap(e - 1) && (cls[e - 1] & kTitle) && is_cap(e + 1) &&
      (cls[e + 1] & kOrgHead) && !(cls[e + 1] & kTitle))
    return e + 1;
  return e;
}

// The run: capitalised words with inner connectors ("Institute of International Relations").
std::uint32_t CandidateState::run_extent(std::uint32_t s) const {
  static const std::uint64_t kThe = fold_hash("the");
  static const std::uint64_t kOf = fold_hash("of");
  // No name runs this long; the bound keeps the rules that re-read the rest of a run after a name they
  // cut from it (a body in a headline) linear on a line of a million capitalised words.
  constexpr std::uint32_t kMaxRunTokens = 64;
  std::uint32_t e = s;
  bool run_and = false;
  while (e < n && same_para(s, e) && e - s < kMaxRunTokens) {
    if (e > s && ((cls[e] & (kMonth | kWeekday)) || zone_start(e) || web_name(e))) break;
    // A capitalised preposition inside a run is headline case, not a name: "Correspondent For The Daily Mail".
    if (e > s && is_cap(e) && !toks[e].has(kAllCaps) && is_cap_prep(h[e])) break;
    if (is_cap(e)) {
      ++e;
      continue;
    }
    // A nickname in quotation marks between a person's names: Tomas "Tommo" Brandt (nicknames.cc).
    if (std::uint32_t f = nickname_end(s, e); f > e) {
      e = f;
      continue;
    }
    // A company's legal form closes the name with its full stop: "Harwick Mutual Inc." (legal_forms.cc).
    if (std::uint32_t f = legal_form_end(s, e); f > e) return f;
    if (std::uint32_t f = body_name_goes_on(s, e); f > e) {
      e = f;
      continue;
    }
    // A collective owner's possessive inside a body's name: "the People's Bank of China".
    if (e > s && toks[e].has(kPossessive) && adjacent(e) && is_collective_owner(h[e - 1]) && e + 1 < n &&
        is_cap(e + 1) && same_para(s, e + 1)) {
      ++e;
      continue;
    }
    // A middle initial's full stop stays inside the run: "George W. Harlan".
    if (e > s + 1 && initial_stop(e)) {
      ++e;
      continue;
    }
    // An honorific's full stop stays inside the run: "Ms. Adeyemi", "Dr. Sarah Okafor".
    if (e > s && is_punct(e, '.') && (cls[e - 1] & kHonorific) && !toks[e].has(kSpaceBefore) && e + 1 < n &&
        is_cap(e + 1) && same_para(s, e + 1)) {
      ++e;
      continue;
    }
    // Arabic particles: "Abdel Fattah al-Burhan".
    if (e > s && toks[e].has(kWord) && !toks[e].has(kUpperInitial) && is_particle(h[e]) && is_punct(e + 1, '-') &&
        adjacent(e + 1) && e + 2 < n && adjacent(e + 2) && is_cap(e + 2)) {
      e += 3;
      continue;
    }
    // A lower-case syllable after a hyphen in an East Asian given name: "Lai Ching-te", "Kim Jong-un".
    if (e > s + 1 && is_punct(e, '-') && adjacent(e) && e + 1 < n && adjacent(e + 1) && toks[e + 1].has(kWord) &&
        !toks[e + 1].has(kUpperInitial) && toks[e + 1].end - toks[e + 1].start <= 5 && !is_hyphen_suffix(h[e + 1]) &&
        !(e + 2 < n && adjacent(e + 2) && (toks[e + 2].has(kWord) || is_punct(e + 2, '-'))) &&
        match(e - 1).entry < 0 && toks[e - 1].has(kSpaceBefore)) {
      e += 2;
      continue;
    }
    // "and" inside a body's name: "Ministry of Industry and Trade", "Belt and Road Forum".
    if (e > s && !run_and && toks[e].has(kWord) && !toks[e].has(kUpperInitial) && sv(e) == "and" && e + 1 < n &&
        is_cap(e + 1) && same_para(s, e + 1) && match(e + 1).entry < 0 && !given_start(e + 1) &&
        !(cls[e + 1] & (kTitle | kHonorific))) {
      bool head_of = false;
      for (std::uint32_t q = s; q + 1 < e && !head_of; ++q)
        if ((cls[q] & kOrgHead) && is_cap(q) && (cls[q + 1] & kConnector) && !toks[q + 1].has(kUpperInitial)) head_of = true;
      bool head_after = false;
      {
        bool known = false;
        for (std::uint32_t q = s; q < e; ++q) known |= match(q).entry >= 0;
        std::uint32_t q = e + 1;
        while (q < n && q < e + 5 && is_cap(q) && !(cls[q] & (kOrgHead | kEventHead))) ++q;
        head_after = (head_of || !known) && q < n && is_cap(q) && (cls[q] & (kOrgHead | kEventHead));
      }
      // After "Ministry of X", the word after "and" must be a common word ("Trade", "Food") or open a name
      // that a head-word closes ("Federation of Supply and Marketing Cooperatives Council"), not a name
      // alone ("Ministry of Construction and Rosatom").
      if (head_of && !head_after) head_of = lower_seen(e + 1) || cls[e + 1] != 0;
      // Two bodies joined by "and" are two when the second repeats a head-word of the first ("Ministry of
      // Education and Ministry of Justice", "Harwick University and Dunmore University").
      if (head_of || head_after) {
        for (std::uint32_t q = e + 1; q < n && q < e + 6 && is_cap(q) && (head_of || head_after); ++q)
          if (cls[q] & kOrgHead)
            for (std::uint32_t p = s; p < e; ++p)
              if (h[p] == h[q] && is_cap(p)) head_of = head_after = false;
      }
      if (head_of || head_after) {
        run_and = true;
        e += 1;
        continue;
      }
    }
    if (e > s && is_punct(e, '-') && adjacent(e) && adjacent(e + 1) && e + 1 < n && is_cap(e + 1) &&
        same_para(s, e + 1)) {  // "Pryce-Whitby", "US-Russia"
      e += 2;
      continue;
    }
    // Two name particles in a row: "Ursula von der Leyen", "Pablo de la Cruz".
    if (e > s && is_name_particle(h[e]) && toks[e].has(kWord) && !toks[e].has(kUpperInitial) && e + 2 < n &&
        is_name_particle(h[e + 1]) && toks[e + 1].has(kWord) && !toks[e + 1].has(kUpperInitial) && is_cap(e + 2) &&
        same_para(s, e + 2)) {
      e += 3;
      continue;
    }
    // A body's head-word, then "of the" and a name of two capitalised words or more: one name ("Council of
    // the Harbour Union"). An acronym ("of the HWU") or a head-word alone ("of the Party") is a body of its own.
    if (e > s && h[e] == kOf && !toks[e].has(kUpperInitial) && is_cap(e - 1) && (cls[e - 1] & kOrgHead) &&
        !(cls[e - 1] & kTitle) && e + 3 < n && same_para(s, e + 3) && h[e + 1] == kThe &&
        !toks[e + 1].has(kUpperInitial) && is_cap(e + 2) && !toks[e + 2].has(kAllCaps) && is_cap(e + 3) &&
        !(cls[e + 2] & (kMonth | kWeekday))) {
      e += 3;
      continue;
    }
    if ((cls[e] & kConnector) && !toks[e].has(kUpperInitial) && e > s && h[e] != kThe && e + 1 < n && same_para(s, e + 1) &&
        is_cap(e + 1) && !(cls[e + 1] & (kMonth | kWeekday)) && !(h[e + 1] == kThe && h[e] != kOf)) {
      std::uint32_t k = e + 1;
      if ((cls[k] & kConnector) && k + 1 < n && is_cap(k + 1)) ++k;
      e = k + 1;
      continue;
    }
    break;
  }
  return e;
}

// Reads the run at i and names what it holds; returns where the walk goes on.
std::uint32_t CandidateState::read_run(std::uint32_t i) {
  std::uint32_t s = i, e = run_extent(i);
  // A gazetteer phrase may run past the capitals ("U.S.", "ITAR-TASS").
  Hit h0 = match(s);
  if (h0.entry >= 0 && h0.end > e) {
    e = h0.end;
    // A place written with full stops opens a body's name as its plain spelling does: "U.S. Department of
    // Labor" as "US Department of Labor" (the capitals after it close on an organisation head-word).
    if (e < n && same_para(s, e) && toks[e].has(kSpaceBefore) && is_cap(e) &&
        !(cls[e] & kStop) && (M.entry(h0.entry).label == Label::kGpe || M.entry(h0.entry).label == Label::kOrg) &&
        is_punct(e - 1, '.')) {
      const std::uint32_t e2 = run_extent(e);
      bool head = false;
      for (std::uint32_t k = e; k < e2; ++k) head |= is_cap(k) && (cls[k] & kOrgHead);
      if (head) e = e2;
    }
  }
  // A word hyphened to the capitalised word after it opens a compound name, whatever its class:
  // "All-Freedonia Radio", "All-Party Group".
  auto compound = [&](std::uint32_t k) {
    return k + 2 < e && is_punct(k + 1, '-') && adjacent(k + 1) && adjacent(k + 2) && is_cap(k + 2);
  };
  // A "The" capitalised in mid-sentence before a body's name is part of it: "told The Harwick Post".
  static const std::uint64_t kTheWord = fold_hash("the");
  const bool name_the = h[s] == kTheWord && e - s >= 3 && !toks[s].has(kSentenceStart) && s > 0 &&
                        same_para(s - 1, s) && toks[s - 1].has(kWord) && !toks[s - 1].has(kUpperInitial) &&
                        !titlecase[toks[s].paragraph] && is_cap(e - 1) && (cls[e - 1] & kOrgHead);
  // Function words and pronouns never open a name ("I'm Nick Fountain", "And Trump").
  while (s < e && (cls[s] & kStop) && !(cls[s] & (kGivenName | kTitle | kHonorific)) && match(s).entry < 0 &&
         !compound(s) && !(name_the && s == i))
    ++s;
  // Sentence-initial words capitalised by position.
  while (s < e && (toks[s].has(kSentenceStart) || (s > 0 && toks[s - 1].has(kQuoteMark)) ||
                   (s > 0 && (is_punct(s - 1, '(') || is_punct(s - 1, ':'))))) {
    Hit hs = match(s);
    if (hs.entry >= 0) break;
    bool next_known = s + 1 >= e || match(s + 1).entry >= 0 ||
                      (cls[s + 1] & (kGivenName | kTitle | kHonorific)) != 0;
    bool common = (cls[s] & (kStop | kSpeech | kRoleLabel)) ||
                  (lower_seen(s) && next_known && !(cls[s] & (kGivenName | kTitle | kHonorific))) ||
                  opening_adverb(s, e);
    // "Shares of Harwick Inc. rose": a common noun that opens the sentence, then a lower-case "of", opens no
    // name (a body's, a title's or a place's head-word does: "University of ...", "Governor of ...").
    static const std::uint64_t kOfWord = fold_hash("of");
    if (!common && s + 2 < e && h[s + 1] == kOfWord && !toks[s + 1].has(kUpperInitial) && lower_seen(s) &&
        !(cls[s] & (kOrgHead | kTitle | kHonorific | kGeoHead | kLocHead | kGivenName | kEventHead | kFacHead |
                    kLawHead))) {
      s += 2;
      break;
    }
    if (!common || compound(s)) break;
    ++s;
  }
  if (s >= e) return e > i ? e : i + 1;
  // After a word capitalised by position: "Several Eastern European states".
  if (s > i) {
    if (std::uint32_t j = compound_nationality_or_place(s)) return j;
  }
  Run r;
  r.i = i;
  r.s = s;
  r.e = e;
  r.end = e;
  std::uint32_t next = 0;
  if (numbered_channel(r, &next)) return next;
  if (split_body_person(r, &next)) return next;
  const std::uint32_t end = r.end;
  r.quoted = s > 0 && toks[s - 1].has(kQuoteMark) && end < n && toks[end].has(kQuoteMark);
  r.speech_after = end < n && same_para(s, end) &&
                      ((cls[end] & kSpeech) || (toks[end].has(kPossessive) && false) ||
                       (is_punct(end, ',') && end + 1 < n && (cls[end + 1] & kSpeech)));
  r.speech_before = s > 0 && same_para(s - 1, s) && (cls[s - 1] & kSpeech) && !toks[s - 1].has(kUpperInitial);
  r.paren_acr = declares_abbreviation(end);
  find_last_title(r);
  if (titled_person(r, &next)) return next;
  if (person_of_body(r, &next)) return next;
  if (headed_place(r, &next)) return next;
  if (headed_event_or_facility(r, &next)) return next;
  if (headed_org(r, &next)) return next;
  if (members_of_place(r, &next)) return next;
  if (outlet_segment(r, &next)) return next;
  segment(r);
  if (title_reference(r, &next)) return next;
  return r.end > i ? r.end : i + 1;
}

// A body's name and then a person's: "the regional Duma Yelena Sytnikova", "the Ministry of Defence Maria
// Ivanova". The run ends before the given name and the next run is the person; after a title ("Chairman
// of the State Duma Vyacheslav Volodin") the body closes the title instead (rule 1).
// One pass over the run: a capitalised organisation head-word seen, or a gazetteer organisation that
// ends right before the given name (org_end_run stamps the ends with the run, so no clearing is needed).
bool CandidateState::split_body_person(Run& r, std::uint32_t* next) {
  static const std::uint64_t kOf = fold_hash("of");
  const std::uint32_t s = r.s, e = r.e;
  std::uint32_t& end = r.end;
  std::int64_t& body_title = r.body_title;
  bool head_seen = false;
  // The object of a lower-case "of" is a body or a place, not a person's first name: "the office of
  // Rospotrebnadzor Tatyana Belousova" (one unknown word, then a given name).
  const bool of_object = s > 0 && same_para(s - 1, s) && h[s - 1] == kOf && !toks[s - 1].has(kUpperInitial) &&
                         !(cls[s] & (kGivenName | kTitle | kTitleMod | kHonorific)) && match(s).entry < 0;
  for (std::uint32_t k = s; k + 1 < end; ++k) {
    if (k > s) {
      if (cls[k - 1] & (kTitle | kHonorific)) break;  // a title's run is read by rule 1, title and all
      // A known place or body that starts with a given name stays whole ("University of Michigan Ann Arbor").
      // The person is the run's tail (at most four words): the next run is then that short tail, and
      // a run of bodies and names ("Ministry John Ministry John ...") is not re-read from each name.
      const std::uint32_t* org_run = org_end_run.find(k + 1);
      if ((head_seen || (org_run && *org_run == s + 1) || (of_object && k == s + 1)) && given_start(k) &&
          !(cls[k - 1] & kGivenName) && match(k).entry < 0 && end - k <= 4) {
        if (title_start(s, s > 8 ? s - 8 : 0) < s) body_title = static_cast<std::int64_t>(k) - 1;
        else end = k;
        break;
      }
    }
    // A body's or a place's head-word: "the Omsk Region Kirill Zhuravsky" after "Governor of".
    head_seen = head_seen || (is_cap(k) && (cls[k] & (kOrgHead | kGeoHead)));
    Hit hk = match(k);
    if (hk.entry >= 0 && hk.end <= n && M.entry(hk.entry).label == Label::kOrg)
      *org_end_run.insert(hk.end + 1, 0).first = s + 1;
  }
  if (of_object && end == s + 1 && end < e) {  // the unknown body split off before the person
    emit(s, end, Label::kOrg, Kind::kName);
    *next = end;
    return true;
  }
  return false;
}

}  // namespace parley::detail
