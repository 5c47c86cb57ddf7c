// Body evidence: what makes an unknown capitalised run an organisation rather than a person or nothing,
// as person_evidence.cc does for people. Each rule names its evidence:
//   - a determiner before a speaking run or before a kind of body ("the Harwick Ship Registry said", "the
//     Dunmore sociological group"; a determiner alone is no evidence: "the Bay Area", "the Sixth Plenary
//     Session" take one too);
//   - a source the text reports from ("told Quellorvesti", "reports Harbinpress");
//   - an apposition or a post that names a kind of body ("Quellor Harbor, a research firm", "an editor at
//     Quellworld", "the founder of Vantorix");
//   - a person's affiliation ("Tom Brack from Vantor Markets");
//   - a word in camel case that speaks ("SnapTrail said");
//   - a place and a number used as a broadcaster ("told Lisbon 24");
//   - a headline's segments after a dash, which name the outlet ("... - Vantor Online").
#include <utility>
#include <vector>

#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

// "the" right before the run (lower case, or opening the sentence), outside a headline, and no given
// name, title or honorific inside the run ("the late Ines Marlow", "the Reverend ...").
bool CandidateState::determiner_before(const Cand& c) const {
  static const std::uint64_t kThe = fold_hash("the");
  if (c.quoted || c.in_marker || c.b == 0 || !same_para(c.b - 1, c.b) || h[c.b - 1] != kThe) return false;
  if (titlecase[toks[c.b].paragraph] || (toks[c.b - 1].has(kUpperInitial) && !toks[c.b - 1].has(kSentenceStart)))
    return false;
  for (std::uint32_t k = c.b; k < c.e; ++k)
    if (cls[k] & (kGivenName | kTitle | kHonorific)) return false;
  return true;
}

// A speaking run after a determiner is a body: "the Harwick Ship Registry said", "the Quellor reported".
bool CandidateState::determiner_body(const Cand& c) const { return c.by_speech && determiner_before(c); }

// A source the text reports from (kSourceCues right before it: "told Quellorvesti", "quoted by Zirconews",
// "reports Harbinpress"): one word that names no person of the article (no given name, no
// surname or full name seen, not a name in the header) is a body, the outlet or agency reported.
bool CandidateState::reported_source(const Cand& c) const {
  static const std::vector<std::pair<std::uint64_t, std::uint64_t>> cues = [] {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> out;
    for (std::size_t i = 0; i < kSourceCueCount; ++i) {
      const std::string_view cue = kSourceCues[i];
      const std::size_t sp = cue.find(' ');
      if (sp == std::string_view::npos) out.emplace_back(0, fold_hash(cue));
      else out.emplace_back(fold_hash(cue.substr(0, sp)), fold_hash(cue.substr(sp + 1)));
    }
    return out;
  }();
  if (!one_word(c) || c.quoted || c.in_marker || c.b == 0 || !same_para(c.b - 1, c.b) ||
      toks[c.b - 1].has(kUpperInitial) || (cls[c.b] & (kGivenName | kTitle | kHonorific)))
    return false;
  if (surnames.count(surname_of(c)) || known_people.count(seq_hash(c.b, c.e))) return false;
  const std::uint64_t p1 = h[c.b - 1], p2 = c.b >= 2 && same_para(c.b - 2, c.b) ? h[c.b - 2] : 0;
  for (const auto& [first, second] : cues)
    if (second == p1 && (first == 0 || first == p2)) return true;
  return false;
}

// An apposition that names a kind of body: "Harwick, a Dunmore-based lender, said", "Quellor Bridge, an
// investment research firm." After a comma, "a", "an" or "the", a few modifiers (twelve tokens; no "of",
// "for" or "who": "a member of the group" is about a person) and the kind noun (kOrgKindNouns), which ends
// the apposition (a mark or the paragraph's end after it). Also a post at or for the name: "an editor at
// Quellworld", "a spokeswoman for Vantor" (a lower-case title before "at" / "for", a verb of working,
// kWorkVerbs, before "at": "that works for P2X" is about a method), and a post in a body before "of"
// (kBodyPosts: "the founder of Vantor").
bool CandidateState::body_apposition(const Cand& c) const {
  static const WordSet kinds(kOrgKindNouns, kOrgKindNounCount);
  static const std::uint64_t kA = fold_hash("a"), kAn = fold_hash("an"), kThe = fold_hash("the"),
                             kOf = fold_hash("of"), kFor = fold_hash("for"), kWho = fold_hash("who"),
                             kAt = fold_hash("at");
  if (c.quoted || c.in_marker || (cls[c.b] & kGivenName) || c.e - c.b > 4) return false;
  // A surname the run itself gave (a speaking run is a person until here) is no evidence against it.
  const auto sn = surnames.find(surname_of(c));
  if ((sn != surnames.end() && (sn->second < 0 || &cands[static_cast<std::size_t>(sn->second)] != &c)) ||
      known_people.count(seq_hash(c.b, c.e)))
    return false;
  auto lower = [&](std::uint32_t k) { return k < n && toks[k].has(kWord) && !toks[k].has(kUpperInitial); };
  static const WordSet posts(kBodyPosts, kBodyPostCount), work(kWorkVerbs, kWorkVerbCount);
  if (c.b >= 2 && same_para(c.b - 2, c.b) && (h[c.b - 1] == kAt || h[c.b - 1] == kFor) && lower(c.b - 1) &&
      lower(c.b - 2) && ((cls[c.b - 2] & kTitle) || (work.contains(h[c.b - 2]) && h[c.b - 1] == kAt)))
    return true;
  if (c.b >= 2 && same_para(c.b - 2, c.b) && h[c.b - 1] == kOf && lower(c.b - 1) && lower(c.b - 2) &&
      posts.contains(h[c.b - 2]))
    return true;
  std::uint32_t k = c.e;
  if (!(k + 2 < n && same_para(c.b, k + 2) && is_punct(k, ',') &&
        (h[k + 1] == kA || h[k + 1] == kAn || h[k + 1] == kThe) && lower(k + 1)))
    return false;
  for (k += 2; k < n && k < c.e + 14 && same_para(c.b, k); ++k) {
    if (h[k] == kOf || h[k] == kFor || h[k] == kWho || (toks[k].has(kPunct) && !is_punct(k, '-'))) return false;
    if (lower(k) && kinds.contains(h[k]))
      return k + 1 >= n || !same_para(c.b, k + 1) || (toks[k + 1].has(kPunct) && !is_punct(k + 1, '-'));
  }
  return false;
}

// A person's affiliation: "Ines Marlow with Quellor Radio", "Tom Brack from Vantor Markets", "Anna Berg,
// Dunmore Wire." (a journalist introducing herself at a briefing, an analyst named with her firm). An unknown
// run of one to four words with no given name, right after a full name of a person and "with", "from" (not
// "from the": "from the Ming court" is a time or a place) or a comma that the run closes the sentence after,
// is a body.
void CandidateState::person_affiliations() {
  static const std::uint64_t kWith = fold_hash("with"), kFrom = fold_hash("from"), kThe = fold_hash("the");
  FlatMap person_end(cands.size() + 16);  // token after a person's full name -> 1
  for (const Cand& c : cands)
    if (c.kind == Kind::kName && c.label == Label::kPerson && !one_word(c)) person_end.insert(c.e, 1);
  for (Cand& c : cands) {
    if (c.kind != Kind::kPending || c.quoted || c.in_marker || c.b < 2 || !same_para(c.b - 2, c.b)) continue;
    if ((cls[c.b] & (kGivenName | kTitle | kHonorific)) || family_first(c.b) || c.e - c.b > 6) continue;
    std::uint32_t k = c.b - 1;
    const bool the = h[k] == kThe && !toks[k].has(kUpperInitial);
    if (the) --k;
    if (k == 0 || !same_para(k - 1, c.b) || !person_end.contains(k)) continue;
    bool ok = false;
    if (toks[k].has(kWord) && !toks[k].has(kUpperInitial)) ok = h[k] == kWith || (h[k] == kFrom && !the);
    else if (is_punct(k, ',') && !the)
      ok = c.e >= n || !same_para(c.b, c.e) || (is_punct(c.e, '.') && (c.e + 1 >= n || !same_para(c.b, c.e + 1)));
    if (!ok) continue;
    c.label = Label::kOrg;
    c.kind = Kind::kName;
    resolved.emplace(seq_hash(c.b, c.e), Label::kOrg);
  }
}

// A word in camel case that speaks is a brand, the firm or the service of that name: "SnapTrail said",
// "WeLend told investors" (resolve.cc reads it beside a speech verb only: alone, a word in camel case is as
// often a product, a concept or an event, "PlayStation", "DevOps", "YamlCamp"). A capital inside the word
// after two lower-case letters or more ("SnapTrail"), or after one that no surname prefix is ("WeLend"),
// marks it; the prefixes of family names ("McLeod", "MacKay", "DeLuca", "DiNapoli", "LaSalle", "VanDyke",
// "O'Neil") do not. One word, not in capitals, no given name.
bool CandidateState::camel_case_brand(const Cand& c) const {
  if (c.e - c.b != 1 || toks[c.b].has(kAllCaps) || !is_cap(c.b) || (cls[c.b] & kGivenName) || c.in_marker)
    return false;
  // Lower-case letters up to the inner capital, and one after it ("SnapTrail", not "SnapTRAIL").
  const std::string_view w = sv(c.b);
  std::size_t i = 1;
  while (i < w.size() && w[i] >= 'a' && w[i] <= 'z') ++i;
  return i + 1 < w.size() && w[i] >= 'A' && w[i] <= 'Z' && w[i + 1] >= 'a' && w[i + 1] <= 'z' &&
         !family_prefix(w.substr(0, i));
}

// A broadcaster named by a place and a number: "told Harwick 24", "the Harwick 24 channel". A known place
// and a number of one or two digits right after it are one organisation when a kind of outlet follows
// (kOrgKindNouns, kOrgProductNouns: "channel", "station") or "told" comes before it.
bool CandidateState::numbered_channel(const Run& r, std::uint32_t* next) {
  static const WordSet kinds(kOrgKindNouns, kOrgKindNounCount), products(kOrgProductNouns, kOrgProductNounCount);
  const std::uint32_t s = r.s, end = r.end;
  const Hit& place = match(s);
  if (place.entry < 0 || place.end != end || M.entry(place.entry).label != Label::kGpe) return false;
  const std::uint32_t d = end;
  if (d >= n || !same_para(s, d) || !toks[d].has(kNumber) || toks[d].has(kWord) || toks[d].end - toks[d].start > 2 ||
      !toks[d].has(kSpaceBefore))
    return false;
  const std::uint32_t a = d + 1;
  const bool kind_after = a < n && same_para(s, a) && toks[a].has(kWord) && !toks[a].has(kUpperInitial) &&
                          (kinds.contains(h[a]) || products.contains(h[a]));
  static const std::uint64_t kTold = fold_hash("told");
  const bool cue_before = s > 0 && same_para(s - 1, s) && h[s - 1] == kTold && !toks[s - 1].has(kUpperInitial);
  if (!kind_after && !cue_before) return false;
  Cand& cd = emit(s, d + 1, Label::kOrg, Kind::kName);
  cd.strong = true;
  *next = d + 1;
  return true;
}

// A headline's segments after a spaced dash or bar name the outlet and its site: "Tea Expo Opens - Harwick
// Daily - Quellor Online", "Rates Rise | Dunmore Observer". A run that fills such a segment (one to four
// capitalised words, none a known name or a given name) is one organisation; so is one unknown acronym
// before the headline's first dash ("HDN - Rates Rise"). Headline case would cut it word by word.
namespace {

bool is_separator(std::string_view w) { return w == "-" || w == "|" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94"; }

}  // namespace

bool CandidateState::outlet_segment(const Run& r, std::uint32_t* next) {
  const std::uint32_t s = r.s, end = r.end;
  const std::uint32_t p = toks[s].paragraph;
  if (p >= doc.paragraphs.size() || doc.paragraphs[p].kind != ParagraphKind::kTitle || end - s > 8) return false;
  auto sep_at = [&](std::uint32_t k) {
    return k < n && same_para(s, k) && toks[k].has(kSpaceBefore) && is_separator(sv(k));
  };
  const bool after = s > 0 && same_para(s - 1, s) && sep_at(s - 1) && (end >= n || !same_para(s, end) || sep_at(end));
  const bool leading = !after && (s == 0 || !same_para(s - 1, s)) && sep_at(end) && end == s + 1 &&
                       toks[s].has(kAllCaps) && !common_acronym(s);
  if (!after && !leading) return false;
  std::uint32_t words = 0;
  for (std::uint32_t k = s; k < end; ++k) {
    if (match(k).entry >= 0 || (cls[k] & (kGivenName | kTitle | kHonorific | kMonth | kWeekday))) return false;
    if (!is_cap(k) && !(cls[k] & kConnector)) return false;
    words += toks[k].has(kSpaceBefore) || k == s;
  }
  // One common word is a section of the site, not its name: "- Opinion", "| World" (written in lower case
  // elsewhere in the article).
  if (words > 4 || (words == 1 && lower_seen(s))) return false;
  Cand& cd = emit(s, end, Label::kOrg, Kind::kName);
  cd.strong = true;
  *next = end;
  return true;
}

}  // namespace parley::detail
