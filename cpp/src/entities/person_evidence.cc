// Person evidence: an unknown capitalised run becomes a PERSON only when something says it is one —
// a given name (read in segment.cc), a title or honorific before it (titles.cc), a speech verb beside
// it (segment.cc), or, read here over the whole article:
//   - a speaker label "Name:" (the run stands in a marker);
//   - its last word used alone elsewhere ("Ines Marlow ... Marlow said"), a surname's use;
//   - a personal pronoun soon after it ("..., he said", "her ministry");
//   - an apposition of age or role ("Peter Rekke, 45,", "Ann Dole, a spokeswoman for");
//   - a byline ("By Ines Marlow");
// and no run that a common acronym closes ("Harwick UAVs") is a person.
// Without any of them the run names nothing: "Related Articles", "Immediate Release", "Pop Culture".
#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

namespace {

bool is_personal_pronoun(std::uint64_t hash) {
  static const WordSet pronouns(kPersonalPronouns, kPersonalPronounCount);
  return pronouns.contains(hash);
}

// How far after a mention a pronoun still counts (tokens).
constexpr std::uint32_t kPronounReach = 30;

}  // namespace

// One pass: one-word mentions by hash, and for each token the next personal pronoun (a backward scan).
// A plural noun opening a sentence before a speech verb ("Analysts say", "Brokers note") is no person:
// a one-word name made only by the verb, capitalised only by position, ending in a plural "s", that names
// no surname or given name of the article, is dropped.
void CandidateState::drop_plural_speakers() {
  for (Cand& c : cands) {
    if (!c.by_speech || c.label != Label::kPerson || !one_word(c) || !toks[c.b].has(kSentenceStart)) continue;
    const std::string_view w = sv(c.b);
    if (w.size() < 5 || w.back() != 's' || w[w.size() - 2] == 's' || w[w.size() - 2] == '\'' ||
        toks[c.b].has(kAllCaps))
      continue;
    if ((cls[c.b] & kGivenName) || surnames.count(surname_of(c))) continue;
    c.kind = Kind::kPending;
    c.strong = false;
    c.by_speech = false;
    resolved.erase(seq_hash(c.b, c.e));
  }
}

void CandidateState::collect_person_evidence() {
  alone_words.reset(cands.size() + 16);
  // A headline in title case cuts its unknown capitals word by word ("Harbor Loans Warns Savers"): those
  // pieces are no use of a surname alone.
  for (const Cand& c : cands)
    if ((c.kind == Kind::kPending || (c.kind == Kind::kName && c.label == Label::kPerson)) && one_word(c) &&
        !titlecase[toks[c.b].paragraph])
      alone_words.insert(seq_hash(c.b, c.e), 1);
  next_pronoun.assign(n + 1, n);
  for (std::uint32_t k = n; k-- > 0;)
    next_pronoun[k] = toks[k].has(kWord) && is_personal_pronoun(h[k]) ? k : next_pronoun[k + 1];
}

bool CandidateState::person_evidence(const Cand& c) const {
  if (c.in_marker) return true;  // "Name:" labels a speaker
  // A determiner before the run says it is no person's name: "the Harbour Bay Area ... his".
  static const std::uint64_t kThe = fold_hash("the");
  if (c.b > 0 && same_para(c.b - 1, c.b) && h[c.b - 1] == kThe && !toks[c.b - 1].has(kUpperInitial)) return false;
  // A common acronym closes no person's name: "Harwick UAVs", "Tesk VPN" (kCommonAcronyms).
  if (toks[c.e - 1].has(kAllCaps) || (sv(c.e - 1).size() >= 3 && sv(c.e - 1).back() == 's'))
    if (common_acronym(c.e - 1)) return false;
  if (last_word(c.b, c.e) > c.b && alone_words.contains(surname_of(c))) return true;
  const std::uint32_t p = c.para;
  if (p < doc.paragraphs.size() && doc.paragraphs[p].kind == ParagraphKind::kByline) return true;
  // A pronoun in the next tokens of the same or the next paragraph, before another capitalised run
  // could have taken it.
  const std::uint32_t k = next_pronoun[c.e];
  if (k < n && k - c.e <= kPronounReach && toks[k].paragraph <= p + 1) {
    bool other = false;
    for (std::uint32_t q = c.e; q < k && !other; ++q)
      other = is_cap(q) && !toks[q].has(kSentenceStart) && !(cls[q] & (kStop | kTitle | kHonorific | kSpeech)) &&
              !(cls[q] & (kMonth | kWeekday));
    if (!other) return true;
  }
  // "Name, 45," or "Name, a spokeswoman for ...", "Name, a former senior agency official".
  if (is_punct(c.e, ',') && c.e + 1 < n && same_para(c.b, c.e + 1)) {
    if (toks[c.e + 1].has(kNumber) && is_punct(c.e + 2, ',')) return true;
    for (std::uint32_t q = c.e + 1; q < n && q <= c.e + 6 && same_para(c.b, q); ++q)
      if ((cls[q] & kTitle) && !toks[q].has(kUpperInitial)) return true;
  }
  return titled_apposition(c) || role_before(c) || abbreviated_title_before(c);
}

// "Gov. Orla Quent", "Utah Sen. Tobiah Quennel": an abbreviated title and its stop right before the run.
bool CandidateState::abbreviated_title_before(const Cand& c) const {
  return c.b >= 2 && is_punct(c.b - 1, '.') && same_para(c.b - 2, c.b) && (classes_with_stop(c.b - 2) & kTitle) != 0;
}

// "the director of the bureau, Haldorsen, promised": a role's noun phrase, a comma, and the run set off
// by a comma or followed by a speech verb. The phrase is read back from the comma over at most eight
// words (lower-case words, "of", "the", capitalised names of the body) to a lower-case title word.
bool CandidateState::role_before(const Cand& c) const {
  if (c.b < 2 || !is_punct(c.b - 1, ',') || !same_para(c.b - 2, c.b)) return false;
  if (!(is_punct(c.e, ',') || (c.e < n && (cls[c.e] & kSpeech)))) return false;
  for (std::uint32_t q = c.b - 1; q-- > 0 && c.b - q <= 9 && same_para(q, c.b);) {
    if (!toks[q].has(kWord)) return false;
    if ((cls[q] & kTitle) && !toks[q].has(kUpperInitial)) return true;
    if (toks[q].has(kSentenceStart)) return false;
  }
  return false;
}

// "Name, Director of ...", "Name, Deputy Head at ...": a capitalised title (after at most two modifiers)
// right after the comma, then a lower-case "of", "at" or "for" — the post a person holds.
bool CandidateState::titled_apposition(const Cand& c) const {
  if (!is_punct(c.e, ',') || c.e + 2 >= n || !same_para(c.b, c.e + 2)) return false;
  std::uint32_t q = c.e + 1;
  while (q < c.e + 3 && q + 1 < n && (cls[q] & kTitleMod) && !(cls[q] & kTitle) && is_cap(q)) ++q;
  if (!(cls[q] & kTitle) || !is_cap(q) || !(q + 1 < n && same_para(c.b, q + 1))) return false;
  const std::string_view w = sv(q + 1);
  return toks[q + 1].has(kWord) && !toks[q + 1].has(kUpperInitial) && (w == "of" || w == "at" || w == "for");
}

}  // namespace parley::detail
