// The token view of the entities stage: per-token hashes, word classes and phrase matches, the words the
// article also writes in lower case, speaker markers and headline-case paragraphs.
#include "entities/candidates.h"

#include <cstdio>

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

namespace {

char lower_byte(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// True when spelling_hash rewrites the ending of `word`: "-yy", "-iy", "-ii" or "-ei" (any case) in a
// word of five or more bytes. Any other word's spelling hash is its fold_hash.
bool respelled_ending(std::string_view word) {
  if (word.size() < 5) return false;
  const char a = lower_byte(word[word.size() - 2]), b = lower_byte(word[word.size() - 1]);
  return (b == 'y' && (a == 'y' || a == 'i')) || (b == 'i' && (a == 'i' || a == 'e'));
}

}  // namespace

// One spelling for the transliterations of a name's ending: "-yy", "-iy", "-ii" and "-y" ("Zelenskyy",
// "Zelenskiy", "Zelenskii", "Zelensky"), "-ei" and "-ey" ("Sergei", "Sergey"). Words under five letters
// keep their spelling.
std::uint64_t spelling_hash(std::string_view word) {
  if (!respelled_ending(word)) return fold_hash(word);  // fold_hash folds ASCII case itself
  std::string w = lower_ascii(word);
  std::string_view tail = std::string_view(w).substr(w.size() - 2);
  if (tail == "yy" || tail == "iy" || tail == "ii") w.replace(w.size() - 2, 2, "y");
  else if (tail == "ei") w.replace(w.size() - 2, 2, "ey");
  return fold_hash(w);
}

std::string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

CandidateState::CandidateState(Context& ctx, const Matcher& matcher)
    : M(matcher),
      ctx(ctx),
      text(ctx.text),
      doc(ctx.doc),
      toks(ctx.tokens()),
      n(static_cast<std::uint32_t>(toks.size())),
      h(n),
      cls(n),
      val(n),
      caps(128),
      marker(n, 0),
      hit_of(n, 0),
      place_words(16) {
  // Only capitalised words are ever asked whether the article also writes them in lower case:
  // they are collected first (value 1 once seen in lower case), then each lower-case word marks its own.
  std::vector<std::uint32_t> node1(n, UINT32_MAX);  // the trie node of each token alone
  for (std::uint32_t i = 0; i < n; ++i) {
    h[i] = fold_hash_at(text, toks[i].start, toks[i].end);
    std::uint32_t node = M.child(Matcher::kRoot, h[i]);
    node1[i] = node;
    if (node != UINT32_MAX) {
      cls[i] = M.classes(node);
      val[i] = M.value(node);
    }
    if (toks[i].has(kUpperInitial)) caps.insert(h[i], 0);
  }
  for (std::uint32_t i = 0; i < n; ++i)
    if (lower_word(i))
      if (std::uint32_t* v = caps.find_mut(h[i])) *v = 1;
  // A given name the article also writes in lower case ("will", "sun", "park") is a word there.
  for (std::uint32_t i = 0; i < n; ++i)
    if ((cls[i] & kGivenName) && lower_seen(i)) cls[i] &= ~kGivenName;

  // Speaker markers: tokens inside a paragraph's marker.
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint32_t p = toks[i].paragraph;
    if (p < ctx.markers.size() && toks[i].start >= ctx.markers[p].start && toks[i].end <= ctx.markers[p].end &&
        ctx.markers[p].end > ctx.markers[p].start)
      marker[i] = 1;
  }
  // Every token's longest phrase match, once: the rules read it many times. Kept unless match() can
  // rebuild it: no match (no class left on the word) or the word's own class.
  for (std::uint32_t i = 0; i < n; ++i) {
    if (node1[i] == UINT32_MAX) continue;
    const Hit hit = match_at(i, node1[i]);
    const bool none = hit.end == 0 && hit.cend == 0 && cls[i] == 0;
    const bool own_class = hit.end == 0 && hit.cend == i + 1 && hit.classes == cls[i] && hit.value == val[i];
    if (none || own_class) continue;
    hit_list.push_back(hit);
    hit_of[i] = static_cast<std::uint32_t>(hit_list.size());
  }
  cands.reserve(n / 8 + 8);
}

// A word whose ending is kept has its fold_hash (h[k]) as spelling hash: only the few capitalised words
// with a respelled ending are hashed again.
std::uint64_t CandidateState::hn(std::uint32_t k) const {
  if (!toks[k].has(kUpperInitial)) return h[k];
  const std::string_view word = sv(k);
  return respelled_ending(word) ? spelling_hash(word) : h[k];
}

Hit CandidateState::match_at(std::uint32_t i, std::uint32_t node1) const {
  Hit hit;
  std::uint32_t node = Matcher::kRoot;
  for (std::uint32_t j = i; j < n && j - i < 12 && same_para(i, j); ++j) {
    if (j > i && toks[j].has(kSpaceBefore) && toks[j - 1].has(kPunct) && !is_punct(j - 1, '.') &&
        !is_punct(j - 1, ','))
      break;
    node = j == i ? node1 : M.child(node, h[j]);
    if (node == UINT32_MAX) break;
    if (M.classes(node)) {
      hit.cend = j + 1;
      hit.classes = M.classes(node);
      hit.value = M.value(node);
    }
    for (std::int32_t e = M.entries(node); e >= 0; e = M.entry(e).next) {
      const GazEntry& g = M.entry(e);
      if (g.ntok != j - i + 1) continue;
      bool ok = true;
      if (g.case_sensitive) {
        for (std::uint32_t k = 0; k < g.ntok && ok; ++k) {
          const Token& t = toks[i + k];
          if (!t.has(kWord)) continue;
          bool up = (g.upper >> k) & 1, caps = (g.caps >> k) & 1;
          if (up != t.has(kUpperInitial)) ok = false;
          if (caps && !t.has(kAllCaps) && t.end - t.start > 1) ok = false;
        }
      }
      if (ok) {
        hit.end = j + 1;
        hit.entry = e;
        break;
      }
    }
  }
  return hit;
}

bool CandidateState::given_start(std::uint32_t k) const {
  return k + 1 < n && (cls[k] & kGivenName) && is_cap(k) && same_para(k, k + 1) && is_cap(k + 1) &&
         !(cls[k + 1] & (kOrgHead | kMonth | kWeekday));
}

std::uint64_t CandidateState::name_hash(std::uint32_t b, std::uint32_t e) const {
  std::uint64_t x = kNameKeySeed;
  for (std::uint32_t k = b; k < e; ++k) x = name_key_step(x, hn(k), k - b);
  return x;
}

std::uint64_t CandidateState::seq_hash(std::uint32_t b, std::uint32_t e) const {
  std::uint64_t x = kNameKeySeed;
  for (std::uint32_t k = b; k < e; ++k) x = name_key_step(x, h[k], k - b);
  return x;
}

std::uint32_t CandidateState::last_word(std::uint32_t b, std::uint32_t e) const {
  std::uint32_t k = e - 1;
  while (k > b && !toks[k].has(kSpaceBefore)) --k;
  return k;
}

std::uint32_t CandidateState::first_word_end(std::uint32_t b, std::uint32_t e) const {
  std::uint32_t k = b + 1;
  while (k < e && !toks[k].has(kSpaceBefore)) ++k;
  return k;
}

// Headline-style paragraphs ("What Did Trump Attempt to Make Putin Yield"): capitals there are no
// evidence of a name.
void CandidateState::find_headlines() {
  titlecase.assign(doc.paragraphs.size() + 1, 0);
  std::uint32_t k = 0;
  while (k < n) {
    std::uint32_t p = toks[k].paragraph, words = 0, ups = 0;
    std::uint32_t j = k;
    for (; j < n && toks[j].paragraph == p; ++j)
      if (toks[j].has(kWord) && toks[j].end - toks[j].start > 3 && !toks[j].has(kPossessive)) {
        ++words;
        ups += toks[j].has(kUpperInitial);
      }
    // A paragraph that ends a sentence with a full stop is prose, however many capitals it has
    // ("For NPR News, I'm Mose Buchele in Wharton County, Texas.").
    bool full_stop = j > k && toks[j - 1].has(kPunct) && text[toks[j - 1].start] == '.' &&
                     toks[j - 1].end - toks[j - 1].start == 1;
    if (p < titlecase.size() && words >= 4 && ups * 10 >= words * 7 && !full_stop) titlecase[p] = 1;
    if (p < doc.paragraphs.size() && doc.paragraphs[p].kind == ParagraphKind::kTitle) titlecase[p] = 1;
    k = j;
  }
}

Cand& CandidateState::emit(std::uint32_t b, std::uint32_t e, Label label, Kind kind) {
  Cand c;
  c.b = b;
  c.e = e;
  c.bb = toks[b].start;
  c.eb = toks[e - 1].end;
  c.label = label;
  c.kind = kind;
  c.para = toks[b].paragraph;
  c.in_marker = marker[b] != 0;
  cands.push_back(std::move(c));
  return cands.back();
}

}  // namespace parley::detail
