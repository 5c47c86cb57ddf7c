#include "quotes/quotes.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "quotes/lexicon.h"
#include "quotes/marks.h"
#include "text/lexicon.h"
#include "text/utf8.h"

namespace parley::detail {
namespace quotes {
namespace {

constexpr int kNone = -1;

struct MentionRef {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  int entity = 0;
};

struct CueHit {
  int first = 0;  // token range of the cue phrase
  int last = 0;
  std::string text;  // lowercase ("said", "according to")
  CueStrength strength = CueStrength::kSpeech;
  int subj_first = kNone;  // token range of the subject, or kNone
  int subj_last = kNone;
  int np_first = kNone;  // where the subject phrase starts before narrowing to a mention
  bool pronoun = false;
  std::string speaker;  // resolved Entity::id or Speaker::id
  std::string channel;
};

bool is_abbreviation(std::string_view w) {
  if (w.size() == 1) return true;  // U.S., J. Smith
  if (w.size() > 4 || !((w[0] >= 'A' && w[0] <= 'Z') || w[0] == 'v' || w[0] == 'e' || w[0] == 'i')) return false;
  return (lexicon::classes_as_written(w) & lexicon::kSentenceAbbrev) != 0;
}

bool is_honorific(std::string_view w) { return (lexicon::classes_as_written(w) & lexicon::kQuoteHonorific) != 0; }

// Cues that put a label on something: "accused X of 'Y'", "described X as 'Y'".
bool labelling_cue(std::string_view cue) {
  static constexpr std::string_view kStems[] = {"accus", "describ", "brand", "label", "dub", "call", "characteri",
                                                "dismiss", "denounc", "condemn", "hail", "prais", "slam", "blast"};
  for (auto stem : kStems)
    if (cue.substr(0, stem.size()) == stem) return true;
  return false;
}

// but, while, whereas, although, though, yet, so, and (length first: one comparison at most).
bool is_clause_conjunction(std::string_view w) {
  switch (w.size()) {
    case 2: return w == "so";
    case 3: return w == "but" || w == "yet" || w == "and";
    case 5: return w == "while";
    case 6: return w == "though";
    case 7: return w == "whereas";
    case 8: return w == "although";
    default: return false;
  }
}

bool is_terminal_char(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

// The bodies (organisations, countries) a later unnamed subject can stand for: the last that
// spoke, else the last organisation named as a subject, else the last country.
struct BodyTrail {
  std::string spoke, org, gpe;
  bool org_after_spoke = false;  // an organisation was named as a subject after the last body spoke
  void note_mention(const Entity& ent) {
    if (ent.label == Label::kOrg) org_after_spoke = org_after_spoke || ent.id != spoke;
    (ent.label == Label::kOrg ? org : gpe) = ent.id;
  }
  void note_spoke(const std::string& id) {
    spoke = id;
    org_after_spoke = false;
  }
  const std::string& best() const { return !spoke.empty() ? spoke : !org.empty() ? org : gpe; }
  // Whom an unnamed spokesperson serves: the organisation named last, even after another body spoke.
  const std::string& nearest() const { return org_after_spoke && !org.empty() ? org : best(); }
};

// The last person "he" and "she" can each refer to: the entities stage's gender evidence ("Ms.",
// "spokeswoman", a census given name, a Slavic surname form) rules out the other; no evidence fits both.
struct Antecedents {
  std::string any, he, she;
  bool noted = false;  // a subject was noted, even one no entity names (it blocks older antecedents)
  void note(const std::string& id, Gender gender) {
    noted = true;
    any = id;
    if (gender != Gender::kFemale) he = id;
    if (gender != Gender::kMale) she = id;
  }
};

class Attributor {
 public:
  Attributor(Context& ctx, const Lexicon& lex) : ctx_(ctx), lex_(lex), text_(ctx.text), toks_(ctx.tokens()) {}

  void run();

 private:
  // --- tokens ---------------------------------------------------------------
  std::string_view tok(int i) const { return text_.substr(toks_[i].start, toks_[i].end - toks_[i].start); }
  // The token in ASCII lowercase: a view into lower_ (the text with A-Z lowered, same offsets).
  std::string_view lower(int i) const {
    return std::string_view(lower_).substr(toks_[i].start, toks_[i].end - toks_[i].start);
  }
  void build_lower() {  // one vectorised pass: cheaper than lowering token by token on demand
    if (lower_.size() == text_.size()) return;
    lower_.assign(text_);
    for (char& c : lower_) c = static_cast<char>(c + ((static_cast<unsigned char>(c - 'A') < 26) << 5));
  }
  bool is_word(int i) const { return toks_[i].has(kWord) && !toks_[i].has(kPossessive); }
  bool is_caps(int i) const { return is_word(i) && toks_[i].has(kUpperInitial); }
  bool is_lower_word(int i) const { return is_word(i) && !toks_[i].has(kUpperInitial); }
  bool is_punct(int i, char c) const { return toks_[i].has(kPunct) && toks_[i].end - toks_[i].start == 1 && text_[toks_[i].start] == c; }
  bool is_mark(int i) const { return toks_[i].has(kQuoteMark); }
  bool outside(int i) const { return state_[i] == 0; }
  // First token whose start is >= byte.
  int tok_at(std::uint32_t byte) const {
    auto it = std::lower_bound(toks_.begin(), toks_.end(), byte,
                               [](const Token& t, std::uint32_t b) { return t.start < b; });
    return static_cast<int>(it - toks_.begin());
  }
  int para_of(int i) const { return static_cast<int>(toks_[i].paragraph); }
  int para_end_tok(int p) const { return static_cast<int>(para_first_[p + 1]); }
  bool is_pronoun(std::string_view w) const {  // he she they we i you (length first: no memcmp calls)
    switch (w.size()) {
      case 1: return w[0] == 'i';
      case 2: return (w[0] == 'h' && w[1] == 'e') || (w[0] == 'w' && w[1] == 'e');
      case 3: return (w[0] == 's' && w[1] == 'h' && w[2] == 'e') || (w[0] == 'y' && w[1] == 'o' && w[2] == 'u');
      case 4: return w[0] == 't' && w[1] == 'h' && w[2] == 'e' && w[3] == 'y';
      default: return false;
    }
  }
  bool is_be(std::string_view w) const {
    return w == "is" || w == "was" || w == "were" || w == "are" || w == "be" || w == "been" || w == "being";
  }
  // "I", "we", "our", "us", "my" (not the country "US").
  bool first_person_word(int i) const {
    std::string_view w = lower(i);
    return lex_.is_first_person(w) && !(w == "us" && is_caps(i));
  }
  // "i'd" -> "i", "she'll" -> "she": a word without the auxiliary written onto it.
  std::string_view without_clitic(std::string_view w) const {
    std::size_t a = w.rfind('\'');
    std::size_t len = 1;
    if (a == std::string_view::npos) {
      a = w.rfind("\xE2\x80\x99");  // the typographic apostrophe
      len = 3;
    }
    if (a == std::string_view::npos || a == 0 || !lex_.is_clitic(w.substr(a + len))) return w;
    return w.substr(0, a);
  }
  bool is_quoting(const CueHit& c) const { return c.text == "quoted" || c.text == "quoting" || c.text == "quotes"; }
  bool is_impersonal(std::string_view w) const { return w == "it" || w == "there" || w == "this" || w == "that"; }
  bool caps_stop(int i) const {
    std::string_view w = lower(i);
    return (lex_.classes(w) & (kStopWord | kSkipWord | kDeterminer)) != 0 || is_pronoun(w) ||
           w == "however" || w == "but" || w == "and" || w == "meanwhile" || w == "additionally" ||
           w == "subsequently" || w == "moreover" || w == "thus" || w == "therefore" || w == "now" ||
           w == "regarding" || w == "please" || w == "speaking" || w == "writing" || w == "asked" || w == "according";
  }

  // --- setup ----------------------------------------------------------------
  void index_paragraphs();
  void index_mentions();
  void index_marks();
  void find_dash_speech();
  bool long_dash(int t) const;
  int dash_before_cue(int from, int stop) const;
  int dash_resuming(int from, int stop) const;
  void split_dash_closed();
  int lost_opening_start(int p) const;
  void recover_lost_openings(const std::vector<std::uint32_t>& orphans);
  void merge_spans(std::vector<QuoteSpan> found);
  void mark_quote_tokens();
  void split_sentences();
  void find_clause_breaks();
  void find_cues();
  void find_subject(CueHit& cue) const;
  bool subject_before_comma(CueHit& cue, int j, int limit, int sent) const;
  int caps_run_left(int head, int limit) const;
  int common_np_left(int j, int limit, int sent) const;
  int caps_run_right(int first, int limit) const;
  bool right_np(int k, int limit, int* first, int* last) const;
  void apposed_name(int head, int limit, int* first, int* last) const;
  bool name_after_role(int head, int limit, int* first, int* last) const;
  bool entity_after_head(int head, int limit, Label label, int* first, int* last) const;
  bool body_after_in(int k, int limit, int* first, int* last) const;
  void possessor_role(int owner_last, int limit, int* first, int* last) const;
  bool person_run(int k, int limit) const;
  std::string channel_after(int j, int limit, bool told) const;
  void resolve_cues();
  void subject_from_sentence(std::size_t c, const std::vector<MentionRef>& subjects, std::size_t next);
  std::string pronoun_speaker(const CueHit& cue, const Antecedents& ante, const Antecedents& seen,
                              const BodyTrail& trail) const;
  std::string interlocutor(int p) const;
  const Entity* person_subject_before(int v, int limit, int* first, int* last) const;
  std::vector<MentionRef> body_subjects() const;
  std::string body_speaker(const CueHit& cue, const std::string& org_antecedent, const std::string& nearest_org) const;
  const Entity* possessor_body(const CueHit& cue) const;
  int role_of_body(const CueHit& cue) const;
  bool possessed_person(const CueHit& cue) const;
  bool unknown_singular_noun(int k) const;
  void passive_agent(CueHit& cue) const;
  bool name_before_preposition(int first, int limit, int sent, int* f, int* l) const;
  bool first_conjunct(int first, int limit, int sent, int* f, int* l) const;
  bool titled_name_before(int first, int limit, int sent, int* f, int* l) const;
  bool conjoined_subject(int and_tok, int limit, CueHit* cue) const;
  std::vector<MentionRef> person_subjects() const;
  const Entity* person_subject_of_sentence(int ot, int p0, int* first, int* last) const;
  bool names_person_in_sentence(int t) const;
  bool determiner_opens_quote_np(int ot) const;
  bool role_fits(const Entity& ent, int role_tok) const;
  const Entity* person_with_role(int role_tok, const Entity* except) const;
  const Entity* entity_by_id(const std::string& id) const;
  mutable std::unordered_map<std::string, int> entity_index_;  // Entity::id -> index, built on first use
  mutable int role_budget_ = 4096;  // mention checks per document for role_fits (keeps it linear)
  bool is_person_noun(std::string_view w) const {  // "spokesman", "analysts"
    return lex_.is_person_title(w) || (w.size() > 3 && w.back() == 's' && lex_.is_person_title(w.substr(0, w.size() - 1)));
  }
  std::unordered_map<std::string, int> roles_;  // Speaker::id -> 1 interviewer, 2 guest

  // --- entities ---------------------------------------------------------------
  const Entity* entity_over(std::uint32_t s, std::uint32_t e, bool head_only) const;
  const Entity* person_named(std::uint32_t s, std::uint32_t e) const;
  bool unknown_name(const CueHit& cue) const;
  mutable std::unordered_map<std::string_view, int> named_;  // PERSON mention text -> entity (kNone: two)
  mutable bool named_built_ = false;
  bool subject_like(const MentionRef& m) const;

  // --- quotes ------------------------------------------------------------------
  void attribute();
  Quote nested_quote(const QuoteSpan& q, int ot, int inner, int content_end, int words,
                     const std::vector<std::uint8_t>& span_is_quotation, const std::vector<int>& emitted) const;
  const CueHit* quote_cue(int ot, int ct, int p0, int p1, int words, bool embedded, CueHit* apposed, bool* strong) const;
  void uncued_quote(const QuoteSpan& q, int ot, int p0, int p1, int inner, int content_end, int words,
                    int last_attr_para, const Quote& last_attr, Quote* out);
  void set_speaker_span(Quote* out, int first, int last) const;
  bool as_clause_after(int ct) const;
  bool quotes_someone(int p) const;
  const CueHit* framing_cue_before(int ot, int p0, int words) const;
  int content_end_of(int ct, int p1) const { return ct != kNone ? ct : para_end_tok(p1); }
  int words_between(int a, int b) const { return a >= b ? 0 : word_prefix_[b] - word_prefix_[a]; }
  bool breaks_between(int a, int b) const { return a < b && break_prefix_[b] - break_prefix_[a + 1] > 0; }
  bool title_like(int a, int b) const;
  bool scare_intro(int ot) const;
  bool naming_intro(int ot) const;
  bool participle_names_thing(int j) const;
  bool ends_terminal(const QuoteSpan& q) const;
  int emit(const QuoteSpan& q, Quote quote);  // index in doc.quotes, or kNone when empty
  std::string pull_quote_speaker(const QuoteSpan& q, int p0, int p1);
  std::vector<CueHit>::const_iterator cue_at_or_after(int k) const;
  const CueHit* cue_after_quote(int ct, int p1, int words) const;
  bool role_before_name(int k, int name) const;
  bool speech_participle(int k) const;
  bool that_complement(const CueHit& cue) const;
  const CueHit* reported_sentence_before(int ot) const;
  bool plain_np(int b, int e) const;
  const CueHit* cue_before_quote(int ot, int p0, int words, bool* strong) const;
  int headline_name(int ot, int p0, int inner, int content_end) const;
  const CueHit* cue_on_other_lines(int p0, int p1, int ot, int ct, int content_end) const;
  bool apposed_person_cue(int ct, int p1, CueHit* out) const;
  const CueHit* reported_before(int p0) const;
  const CueHit* cue_ending_sentence(int ct, int p1) const;
  const Entity* label_agent(int ot, int ct, int p1, int* first, int* last) const;
  const CueHit* cue_in_next_line(int p1) const;
  const CueHit* cue_in_next_sentence(int ct) const;
  bool heading_quote(int p0, int ot, int ct) const;
  const CueHit* section_cue(int p0) const;
  void attribute_headline_quote(int h);
  int headline_searches_ = 0;
  int pull_searches_ = 0;

  Context& ctx_;
  const Lexicon& lex_;
  std::string_view text_;
  const std::vector<Token>& toks_;
  std::string lower_;  // built once a paragraph may hold a quote (build_lower)

  std::vector<ByteRange> bodies_;          // paragraph ranges without speaker markers
  std::vector<std::uint32_t> para_first_;  // first token of each paragraph (+ sentinel)
  std::vector<int> body_first_;            // first token after the marker
  std::vector<QuoteSpan> spans_;
  std::vector<std::uint8_t> para_marks_;   // per paragraph: holds a quotation mark or lies in a quote
  std::vector<int> open_tok_, close_tok_;  // per span; close_tok_ = kNone when unclosed
  std::vector<std::uint8_t> state_;        // 0 outside quotes, 1 inside a quote, 2 a quote's own mark
  std::vector<int> sent_;                  // sentence id per token (quotes are opaque)
  std::vector<int> sent_first_;            // the first token of each sentence, by sentence id
  int sentence_first(int t) const { return sent_first_[sent_[t]]; }
  std::vector<int> break_prefix_;          // clause breaks before token i
  std::vector<int> word_prefix_;           // word tokens before token i
  std::vector<CueHit> cues_;
  std::vector<MentionRef> mentions_;
};

void Attributor::index_paragraphs() {
  const auto& paras = ctx_.doc.paragraphs;
  bodies_.resize(paras.size());
  for (std::size_t p = 0; p < paras.size(); ++p) {
    std::uint32_t s = static_cast<std::uint32_t>(paras[p].start), e = static_cast<std::uint32_t>(paras[p].end);
    if (p < ctx_.markers.size() && ctx_.markers[p].end > ctx_.markers[p].start && ctx_.markers[p].end <= e &&
        ctx_.markers[p].start >= s)
      s = ctx_.markers[p].end;
    if (paras[p].kind == ParagraphKind::kSource) s = e;  // URLs: no quotes there
    bodies_[p] = {s, e};
  }
  para_first_.assign(paras.size() + 1, static_cast<std::uint32_t>(toks_.size()));
  body_first_.assign(paras.size(), static_cast<int>(toks_.size()));
  for (std::size_t i = toks_.size(); i-- > 0;) {
    std::uint32_t p = toks_[i].paragraph;
    para_first_[p] = static_cast<std::uint32_t>(i);
    if (toks_[i].start >= bodies_[p].start) body_first_[p] = static_cast<int>(i);
  }
  for (std::size_t p = paras.size(); p-- > 0;)  // empty paragraphs: point at the next one
    if (para_first_[p] > para_first_[p + 1]) para_first_[p] = para_first_[p + 1];
  for (std::size_t p = 0; p < paras.size(); ++p)
    if (body_first_[p] > static_cast<int>(para_first_[p + 1])) body_first_[p] = static_cast<int>(para_first_[p + 1]);
  word_prefix_.assign(toks_.size() + 1, 0);
  for (std::size_t i = 0; i < toks_.size(); ++i) {
    // A hyphenated compound is one word ("anti-terrorism", "well-known"): its later parts do not count.
    bool compound_part = i >= 2 && toks_[i - 1].has(kDash) && toks_[i - 1].start == toks_[i - 2].end &&
                         toks_[i].start == toks_[i - 1].end && toks_[i - 2].has(kWord);
    bool counts = (toks_[i].has(kWord) && !toks_[i].has(kPossessive)) || toks_[i].has(kNumber);
    word_prefix_[i + 1] = word_prefix_[i] + (counts && !compound_part);
  }
}

void Attributor::index_mentions() {
  for (const auto& sp : ctx_.doc.speakers) roles_[sp.id] = sp.role == Role::kInterviewer ? 1 : 2;
  const auto& ents = ctx_.doc.entities;
  for (std::size_t e = 0; e < ents.size(); ++e)
    for (const auto& m : ents[e].mentions)
      if (m.start >= 0 && m.end > m.start && static_cast<std::size_t>(m.end) <= text_.size())
        mentions_.push_back({static_cast<std::uint32_t>(m.start), static_cast<std::uint32_t>(m.end), static_cast<int>(e)});
  std::sort(mentions_.begin(), mentions_.end(),
            [](const MentionRef& a, const MentionRef& b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
}

// The entity a speaker phrase names: a PERSON mention anywhere in it, else a
// mention covering its last word (its head: "the Kremlin", "the ministry").
const Entity* Attributor::entity_over(std::uint32_t s, std::uint32_t e, bool head_only) const {
  if (mentions_.empty() || s >= e) return nullptr;
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), e,
                             [](const MentionRef& m, std::uint32_t b) { return m.start < b; });
  const Entity* other = nullptr;
  int steps = 0;
  // Walk back over the mentions starting before `e`; mentions are short and rarely nested.
  while (it != mentions_.begin() && steps < 16) {
    --it;
    ++steps;
    if (it->end <= s) {
      if (it->start + 64 < s) break;
      continue;
    }
    const Entity& ent = ctx_.doc.entities[it->entity];
    if (ent.label == Label::kPerson && !head_only) return &ent;
    if (!other && it->end >= e) other = &ent;
    if (head_only && it->end >= e && it->start < e) return &ent;
  }
  return head_only ? nullptr : other;
}

// A subject of two or three capitalised words that no entity covers and no word of which names a
// body ("Willem Haas said"): a person the entities stage missed, whom a later "he" may mean.
bool Attributor::unknown_name(const CueHit& cue) const {
  int len = cue.subj_last - cue.subj_first + 1;
  if (len < 2 || len > 3) return false;
  for (int k = cue.subj_first; k <= cue.subj_last; ++k)
    if (!is_caps(k) || caps_stop(k) || lex_.is_org_noun(lower(k)) || lex_.is_person_title(lower(k))) return false;
  return true;
}

// The person a capitalised subject names when the entities stage missed this mention of a name it
// found elsewhere ("Anna Reva said ..." ... "Anna Reva added."): the PERSON whose mention is written
// exactly so, nullptr when none is or two persons are.
const Entity* Attributor::person_named(std::uint32_t s, std::uint32_t e) const {
  if (s >= e || e > text_.size()) return nullptr;
  if (!named_built_) {
    named_built_ = true;
    for (const auto& m : mentions_) {
      if (ctx_.doc.entities[m.entity].label != Label::kPerson) continue;
      auto [it, fresh] = named_.emplace(text_.substr(m.start, m.end - m.start), m.entity);
      if (!fresh && it->second != m.entity) it->second = kNone;  // two persons share the form
    }
  }
  auto it = named_.find(text_.substr(s, e - s));
  return it == named_.end() || it->second == kNone ? nullptr : &ctx_.doc.entities[it->second];
}

bool is_relational(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "from", "by", "about", "against",
      "between", "during", "after", "before", "into", "over", "under", "who", "whom", "which", "that", "as",
      "than", "while", "whose", "because", "since", "if", "when", "where", "near", "via", "until", "amid"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// A person mention in subject position: followed by a verb-like word ("Trump
// himself has", "De Zerbi was", "Luis Ortega, is"), not the object of a
// preposition ("for Putin") or a verb ("pushed Zelensky and").
bool Attributor::subject_like(const MentionRef& m) const {
  int n = static_cast<int>(toks_.size());
  int j = tok_at(m.end);
  int first = tok_at(m.start);
  if (first >= n) return false;
  if (j >= n || toks_[j].paragraph != toks_[first].paragraph || (is_punct(j, ':') && (j + 1 >= n ||
      toks_[j + 1].paragraph != toks_[first].paragraph))) {
    // A short line that a name ends ("GERMAN FOREIGN MINISTER ANNA KLEIN", "Anna Klein:"): a
    // heading over the words of that person, whom a later "she" means.
    int p = para_of(first);
    return words_between(body_first_[p], first) <= 6 && para_marks_[p] == 0;
  }
  if (!outside(j)) return false;
  if (is_punct(j, '(')) {  // "Rep. Ann Dole (D-Ohio) asked": the party and state in brackets
    int k = j + 1;
    while (k < n && k <= j + 8 && !is_punct(k, ')') && toks_[k].paragraph == toks_[first].paragraph) ++k;
    if (k + 1 < n && k <= j + 8 && is_punct(k, ')') && outside(k + 1)) j = k + 1;
  }
  int before = first - 1;
  if (before >= 0 && toks_[before].paragraph == toks_[first].paragraph && is_word(before)) {
    std::string_view b = lower(before);
    bool clause_opener = b == "and" || b == "that" || b == "while" || b == "when" || b == "as" || b == "if" ||
                         b == "because" || b == "but" || b == "although" || b == "though" || b == "since";
    // "This was stated by Ivan Petrov": the agent of a reporting verb is whom a later "he" means.
    if (b == "by" && before > 0 && is_word(before - 1) && lex_.cues_starting_with(lower(before - 1)) != nullptr)
      return true;
    if (!clause_opener && (lex_.is_stop(b) || (is_lower_word(before) && !lex_.is_person_title(b) &&
                                               !lex_.is_adverb_or_aux(b) && !lex_.is_determiner(b) &&
                                               lex_.cues_starting_with(b) == nullptr && b.size() > 2 &&
                                               b.compare(b.size() - 2, 2, "ed") == 0)))
      return false;  // "for Putin", "pushed Zelensky"
  }
  bool opens = first == body_first_[para_of(first)] || (first > 0 && sent_[first - 1] != sent_[first]);
  if (opens && is_punct(j, ',')) return true;  // "Tom Varga, Acme Bank's managing director, was ..."
  // "..., the head of the ministry, Ivan Petrov." / "... by ministry spokesman Ivan Petrov.": a name
  // in apposition to a role, ending its sentence.
  if (before >= 0 && (is_punct(before, ',') || (is_lower_word(before) && is_person_noun(lower(before)))) &&
      toks_[j].has(kPunct) && is_terminal_char(text_[toks_[j].start]))
    return true;
  if (is_punct(j, ',') && before >= 0 && is_punct(before, ',') && j + 1 < n && outside(j + 1)) ++j;  // apposition
  if (!is_lower_word(j)) return false;
  std::string_view w = lower(j);
  if (w == "himself" || w == "herself") return true;
  return !is_relational(w) && !lex_.is_determiner(w) && !is_pronoun(w);
}

// Direct speech set off by dashes, without marks (Russian and other European press):
// "— The situation is difficult, — noted Sergei Ryabkov. — We keep talking." Only in a
// paragraph that opens with a dash, is no interview turn and has no quotation marks; the
// dash before the cue must follow a comma, "!" or "?" and a reporting word must come within
// a few words. The speech becomes a span from the opening dash to that dash, and the speech
// resumed after ". —" a second span to the paragraph end.
// A dash that sets off speech: an em, en or horizontal-bar dash, or a hyphen standing alone.
bool Attributor::long_dash(int t) const {
  int n = static_cast<int>(toks_.size());
  if (t < 0 || t >= n || !toks_[t].has(kDash)) return false;
  int l;
  char32_t c = decode(text_, toks_[t].start, &l);
  return c == 0x2014 || c == 0x2013 || c == 0x2015 || (c == '-' && t + 1 < n && toks_[t + 1].has(kSpaceBefore));
}

// The dash that closes speech before its cue, in tokens [from, stop): the first dash after a
// comma, "!", "?" or "…" with a reporting word within six words after it ("..., — noted X").
// kNone when the first such dash has no reporting word after it.
int Attributor::dash_before_cue(int from, int stop) const {
  for (int d = from; d + 1 < stop; ++d) {
    if (!long_dash(d) || !toks_[d].has(kSpaceBefore) || !toks_[d - 1].has(kPunct) || toks_[d - 1].has(kQuoteMark))
      continue;
    char c = text_[toks_[d - 1].start];
    bool attached = c == ',' || c == '!' || c == '?' || toks_[d - 1].end - toks_[d - 1].start == 3;  // "…"
    if (!attached) continue;
    for (int k = d + 1; k < stop && k <= d + 6; ++k)
      if (is_word(k) && lex_.cues_starting_with(lower(k)) != nullptr) return d;
    return kNone;  // only the first dash after a comma can close the speech
  }
  return kNone;
}

// The speech resumed after its cue (". — We keep talking."): the first dash after ".", "!" or "?"
// in tokens [from, stop), kNone when there is none.
int Attributor::dash_resuming(int from, int stop) const {
  for (int d = from; d + 1 < stop; ++d) {
    if (!long_dash(d) || !toks_[d].has(kSpaceBefore) || !toks_[d - 1].has(kPunct)) continue;
    char c = text_[toks_[d - 1].start];
    if (c == '.' || c == '!' || c == '?') return d;
  }
  return kNone;
}

// A quote opened by a mark and closed by a dash before its cue, as Russian copy and its machine
// translation write it: `"We are ready, — said X. — Nobody expects concessions."`. Pairing runs
// such a quote on to the next mark (or its paragraph's end); the dash closes it, and the speech
// resumed after ". —" is a second span that ends where the first did.
void Attributor::split_dash_closed() {
  int n = static_cast<int>(toks_.size());
  std::vector<QuoteSpan> found;
  for (auto& q : spans_) {
    if (q.depth != 0 || q.open_len == 0) continue;
    int o = tok_at(q.open);
    if (o >= n || toks_[o].start != q.open) continue;
    int stop = q.closed && q.close_len > 0 ? tok_at(q.close) : para_end_tok(static_cast<int>(q.last_para));
    int d = dash_before_cue(o + 2, std::min(stop, n));
    if (d == kNone) continue;
    QuoteSpan rest = q;
    q.close = toks_[d].start;
    q.close_len = toks_[d].end - toks_[d].start;
    q.closed = true;
    q.last_para = toks_[d].paragraph;
    int r = dash_resuming(d + 2, std::min(stop, n));
    if (r == kNone) continue;
    rest.open = toks_[r].start;
    rest.open_len = toks_[r].end - toks_[r].start;
    rest.first_para = toks_[r].paragraph;
    rest.parent = -1;
    found.push_back(rest);
  }
  merge_spans(std::move(found));
}

void Attributor::find_dash_speech() {
  const auto& paras = ctx_.doc.paragraphs;
  std::vector<QuoteSpan> found;
  for (std::size_t p = 0; p < paras.size(); ++p) {
    int b = body_first_[p], end = para_end_tok(static_cast<int>(p));
    bool opens = long_dash(b);
    if (para_marks_[p] || b + 2 >= end || !paras[p].speaker.empty() ||
        (paras[p].kind != ParagraphKind::kNarrative && paras[p].kind != ParagraphKind::kSubtitle))
      continue;
    int close = dash_before_cue(b + (opens ? 2 : 1), end);
    if (close == kNone) continue;
    QuoteSpan q;
    q.first_para = q.last_para = static_cast<std::uint32_t>(p);
    if (opens) {
      q.open = toks_[b].start;
      q.open_len = toks_[b].end - toks_[b].start;
    } else {
      // "Hardworking people live here, - X shared.": speech closed by the dash whose opening mark
      // machine translation dropped; it opens where its run of lines opens (lost_opening_start).
      q.first_para = static_cast<std::uint32_t>(lost_opening_start(static_cast<int>(p)));
      q.open = toks_[body_first_[q.first_para]].start;
      q.open_len = 0;
    }
    q.close = toks_[close].start;
    q.close_len = toks_[close].end - toks_[close].start;
    found.push_back(q);
    int d = dash_resuming(close + 2, end);  // the speech resumed: ". — We keep talking."
    if (d != kNone) {
      QuoteSpan r;
      r.open = toks_[d].start;
      r.open_len = toks_[d].end - toks_[d].start;
      r.close = toks_[end - 1].end;
      r.close_len = 0;
      r.first_para = r.last_para = static_cast<std::uint32_t>(p);
      found.push_back(r);
    }
  }
  merge_spans(std::move(found));
}

// Where a quote whose opening mark was lost opens: at the first of the lines before paragraph p
// (at most three) that are plain narration without marks, after a line that reports speech ("This
// was announced by X."); at p itself when no such line comes within three (nothing says where
// the speech began). A line in the first person ("We reaffirm ...", "I told them ...") is the
// speech going on, whatever verb it holds: news narration outside quotes speaks in the third.
int Attributor::lost_opening_start(int p) const {
  const auto& paras = ctx_.doc.paragraphs;
  for (int q = p - 1; q >= 0 && q >= p - 3; --q) {
    if (para_marks_[q] || !paras[q].speaker.empty() || paras[q].kind != ParagraphKind::kNarrative) return q + 1;
    int end = para_end_tok(q);
    bool reports = false, first_person = false;
    for (int i = body_first_[q]; i < end && !first_person; ++i) {
      if (!is_word(i)) continue;
      first_person = first_person_word(i);
      reports = reports || lex_.cues_starting_with(lower(i)) != nullptr;
    }
    if (reports && !first_person) return q + 1;
  }
  return p;
}

// Quotes closed by a double mark that no opening mark pairs (`... the like," X quoted him as
// saying.`): the opening mark was lost. A quote is recovered when the closing mark follows the
// end of a clause (, . ! ? …), a reporting word comes within six words after it and its paragraph
// holds no other quote; it opens at lost_opening_start.
void Attributor::recover_lost_openings(const std::vector<std::uint32_t>& orphans) {
  std::vector<QuoteSpan> found;
  int n = static_cast<int>(toks_.size());
  std::size_t next_span = 0;
  for (std::uint32_t pos : orphans) {
    int t = tok_at(pos);
    if (t <= 0 || t >= n || toks_[t].start != pos) continue;
    int p = para_of(t);
    while (next_span < spans_.size() && spans_[next_span].last_para < static_cast<std::uint32_t>(p)) ++next_span;
    if (next_span < spans_.size() && spans_[next_span].first_para <= static_cast<std::uint32_t>(p)) continue;
    if (!found.empty() && found.back().last_para == static_cast<std::uint32_t>(p)) continue;
    if (t - 1 < body_first_[p] || !toks_[t - 1].has(kPunct) || toks_[t - 1].has(kQuoteMark)) continue;
    char c = text_[toks_[t - 1].start];
    if (c != ',' && c != '.' && c != '!' && c != '?' && toks_[t - 1].end - toks_[t - 1].start != 3) continue;
    int end = para_end_tok(p);
    bool cue = false;
    for (int k = t + 1; k < end && k <= t + 7 && !cue; ++k)
      cue = is_word(k) && lex_.cues_starting_with(lower(k)) != nullptr;
    if (!cue) continue;
    QuoteSpan q;
    q.first_para = static_cast<std::uint32_t>(lost_opening_start(p));
    q.last_para = static_cast<std::uint32_t>(p);
    q.open = toks_[body_first_[q.first_para]].start;
    q.open_len = 0;
    q.close = pos;
    q.close_len = toks_[t].end - toks_[t].start;
    found.push_back(q);
  }
  merge_spans(std::move(found));
}

// Adds spans found by the stage (no paragraph of theirs holds a paired span) to the paired ones,
// by opening offset.
void Attributor::merge_spans(std::vector<QuoteSpan> found) {
  if (found.empty()) return;
  std::sort(found.begin(), found.end(), [](const QuoteSpan& a, const QuoteSpan& b) { return a.open < b.open; });
  std::vector<QuoteSpan> merged;
  merged.reserve(spans_.size() + found.size());
  std::vector<int> remap(spans_.size(), kNone);
  std::size_t a = 0, f = 0;
  while (a < spans_.size() || f < found.size()) {
    if (f >= found.size() || (a < spans_.size() && spans_[a].open < found[f].open)) {
      remap[a] = static_cast<int>(merged.size());
      merged.push_back(spans_[a++]);
    } else {
      merged.push_back(found[f++]);
    }
  }
  for (auto& q : merged)
    if (q.parent >= 0 && static_cast<std::size_t>(q.parent) < remap.size()) q.parent = remap[q.parent];
  spans_ = std::move(merged);
}

void Attributor::index_marks() {
  para_marks_.assign(ctx_.doc.paragraphs.size(), 0);
  for (const auto& t : toks_)
    if (t.has(kQuoteMark)) para_marks_[t.paragraph] = 1;
  for (const auto& q : spans_)
    if (q.depth == 0)
      for (std::uint32_t p = q.first_para; p <= q.last_para && p < para_marks_.size(); ++p) para_marks_[p] = 1;
}

void Attributor::mark_quote_tokens() {
  state_.assign(toks_.size(), 0);
  open_tok_.assign(spans_.size(), kNone);
  close_tok_.assign(spans_.size(), kNone);
  int n = static_cast<int>(toks_.size());
  for (std::size_t q = 0; q < spans_.size(); ++q) {
    const QuoteSpan& s = spans_[q];
    int o = tok_at(s.open);
    if (o < n && toks_[o].start == s.open) open_tok_[q] = o;
    if (s.closed) {
      int c = tok_at(s.close);
      if (c < n && toks_[c].start == s.close) close_tok_[q] = c;
    }
    if (s.depth != 0 || open_tok_[q] == kNone) continue;
    state_[o] = s.open_len > 0 ? 2 : 1;  // a lost opening mark: the quote opens on its first word
    int stop = close_tok_[q] != kNone ? close_tok_[q] : para_end_tok(static_cast<int>(s.last_para));
    for (int i = o + 1; i < stop && i < n; ++i) state_[i] = 1;
    if (close_tok_[q] != kNone) state_[close_tok_[q]] = 2;
  }
}


void Attributor::split_sentences() {
  sent_.assign(toks_.size(), 0);
  // Top-level quotes do not overlap: their closing marks come in span order, so one cursor
  // finds the quote a closing mark ends (for `"...end." Next sentence`).
  std::size_t cursor = 0;
  auto closes_span = [&](int i) -> int {
    while (cursor < spans_.size() && (spans_[cursor].depth != 0 || close_tok_[cursor] == kNone || close_tok_[cursor] < i))
      ++cursor;
    return cursor < spans_.size() && close_tok_[cursor] == i ? static_cast<int>(cursor) : kNone;
  };
  int sid = 0;
  for (std::size_t p = 0; p + 1 < para_first_.size(); ++p) {
    ++sid;
    int end = static_cast<int>(para_first_[p + 1]);
    for (int i = static_cast<int>(para_first_[p]); i < end; ++i) {
      sent_[i] = sid;
      if (state_[i] == 1 || i + 1 >= end) continue;
      const Token& next = toks_[i + 1];
      bool starts = next.has(kSpaceBefore) &&
                    (next.has(kUpperInitial) || next.has(kNumber) || next.has(kQuoteMark) || next.has(kCjk));
      bool boundary = false;
      if (state_[i] == 0 && toks_[i].has(kPunct)) {
        char32_t c;
        int l;
        c = decode(text_, toks_[i].start, &l);
        if (is_terminal_char(c) && starts) boundary = !(c == '.' && i > 0 && is_word(i - 1) && is_abbreviation(tok(i - 1)) &&
                                                        toks_[i].start == toks_[i - 1].end);
      } else if (state_[i] == 2 && starts && state_[i + 1] != 1) {
        int q = closes_span(i);
        if (q != kNone) boundary = ends_terminal(spans_[q]);
      }
      if (boundary) ++sid;
    }
  }
  sent_first_.assign(static_cast<std::size_t>(sid) + 1, 0);
  for (int i = static_cast<int>(toks_.size()) - 1; i >= 0; --i) sent_first_[sent_[i]] = i;
}

bool Attributor::ends_terminal(const QuoteSpan& q) const {
  std::uint32_t e = q.close;
  while (e > q.open + q.open_len) {
    int l;
    char32_t c = decode_before(text_, e, &l);
    if (is_space(c)) {
      e -= l;
      continue;
    }
    return is_terminal_char(c);
  }
  return false;
}

void Attributor::find_clause_breaks() {
  break_prefix_.assign(toks_.size() + 1, 0);
  for (std::size_t i = 0; i < toks_.size(); ++i) {
    bool br = false;
    if (state_[i] == 0 && i > 0 && toks_[i].paragraph == toks_[i - 1].paragraph) {
      if (is_punct(static_cast<int>(i), ';')) br = true;
      if (is_word(static_cast<int>(i)) && toks_[i - 1].has(kPunct) && !toks_[i - 1].has(kQuoteMark)) {
        std::string_view w = lower(static_cast<int>(i));
        if (is_pronoun(w) || w == "it") br = true;
        if (is_clause_conjunction(w) && i + 1 < toks_.size() && is_word(static_cast<int>(i + 1))) {
          std::string_view w2 = lower(static_cast<int>(i + 1));
          if (is_pronoun(w2) || w2 == "it" || toks_[i + 1].has(kUpperInitial)) br = true;
        }
      }
    }
    break_prefix_[i + 1] = break_prefix_[i] + br;
  }
}

void Attributor::find_cues() {
  int n = static_cast<int>(toks_.size());
  for (int i = 0; i < n; ++i) {
    if (!outside(i) || !is_word(i)) continue;
    if (toks_[i].end - toks_[i].start > 16 || i < body_first_[para_of(i)]) continue;  // not in a speaker marker
    std::uint32_t len = toks_[i].end - toks_[i].start;
    if (len < 2 ? !lex_.maybe_cue(lower(i)) : !lex_.maybe_cue(text_[toks_[i].start], text_[toks_[i].start + 1], len))
      continue;  // surely no cue: no lowering, no hashing
    std::string_view w = lower(i);
    const std::vector<CuePhrase>* list = lex_.cues_starting_with(w);
    if (!list) continue;
    int p = para_of(i);
    int pend = para_end_tok(p);
    const CuePhrase* hit = nullptr;
    for (const auto& phrase : *list) {
      int k = i;
      bool ok = true;
      for (std::size_t w2 = 1; w2 < phrase.words.size() && ok; ++w2) {
        ++k;
        ok = k < pend && outside(k) && is_word(k) && lower(k) == phrase.words[w2];
      }
      if (ok) {
        hit = &phrase;
        break;
      }
    }
    if (!hit) continue;
    int last = i + static_cast<int>(hit->words.size()) - 1;
    bool sentence_start = i == body_first_[p] || sent_[i - 1] != sent_[i];
    if (toks_[i].has(kUpperInitial) && !sentence_start) continue;  // "United States", "Post"
    if (i > 0 && !toks_[i].has(kSpaceBefore) && toks_[i - 1].has(kDash)) continue;  // so-called, self-described
    if (i > 0 && para_of(i - 1) == p && hit->words.size() == 1) {
      std::string_view prev = lower(i - 1);
      if (prev == "to" && w != "say" && w != "tell" && w != "add" && w != "write" && w != "explain" && w != "ask" &&
          w != "note" && w != "warn" && w != "stress" && w != "emphasize" && w != "emphasise" && w != "insist")
        continue;  // "hopes to continue", "plans to call": not a report
      if (lex_.is_noun_like_cue(w)) {
        bool det1 = lex_.is_determiner(prev) || toks_[i - 1].has(kPossessive);
        // "the authors of the study write", "the head of the company notes": a body or text closing a
        // subject's "of" phrase, not the modifier of a noun.
        bool complement = i > 2 && para_of(i - 3) == p && is_word(i - 3) && lower(i - 3) == "of" &&
                          (lex_.is_document_noun(prev) || lex_.is_org_noun(prev));
        bool det2 = i > 1 && para_of(i - 2) == p && is_lower_word(i - 1) && !lex_.is_stop(prev) &&
                    !is_person_noun(prev) && !complement &&  // "the report's authors say", not "his recent remarks"
                    (lex_.is_determiner(lower(i - 2)) || toks_[i - 2].has(kPossessive));
        bool object_follows = i + 1 < pend && is_word(i + 1) &&
                              (lower(i + 1) == "it" || lower(i + 1) == "them" || lower(i + 1) == "him" ||
                               lower(i + 1) == "her" || lower(i + 1) == "us" || lower(i + 1) == "me");
        if ((det1 || det2) && !object_follows) continue;  // "the calls", "his recent remarks", "the upcoming call"
      }
    }
    if (hit->words.size() == 1 && lex_.is_noun_like_cue(w) && i + 1 < pend && is_lower_word(i + 1) &&
        lex_.is_finite_aux(lower(i + 1)))
      continue;  // "EU states will meet", "the reports were": a plural noun, the subject of the auxiliary
    if (hit->words.size() == 1 && w.substr(0, 4) == "call" && i + 1 < pend && is_word(i + 1) && lower(i + 1) == "for")
      continue;  // "calling for an "immediate ceasefire"": a demand, not a report; the sentence's cue stands
    if (hit->words.size() == 1 && lex_.is_noun_like_cue(w) && i + 1 < pend && is_lower_word(i + 1) &&
        lex_.is_person_title(lower(i + 1))) {
      continue;  // "a two-term state senator", "the report author": the word names a role, not a report
    }
    CueHit cue;
    cue.first = i;
    cue.last = last;
    for (int k = i; k <= last; ++k) {
      if (k > i) cue.text += ' ';
      cue.text += lower(k);
    }
    cue.strength = hit->strength;
    if (hit->side == SubjectSide::kRight) {
      int f, l;
      if (right_np(last + 1, pend, &f, &l)) {
        std::string_view pw = lower(f);
        if (l == f + 1 && (pw == "his" || pw == "her") && is_word(l) && lower(l) == "words") l = f;  // "quoting his words"
        cue.subj_first = f;
        cue.subj_last = l;
        cue.pronoun = f == l && (is_pronoun(pw) || pw == "him" || pw == "her" || pw == "his");
      } else if (w == "quoted" && i > body_first_[p] && is_word(i - 1) && is_be(lower(i - 1))) {
        find_subject(cue);  // "as he is quoted by the agency": the passive's subject speaks
      }
    } else if (!(hit->words.size() == 1 && w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0)) {
      find_subject(cue);  // a gerund ("adding", "noting") takes the subject of the sentence's previous cue
      if (cue.subj_first == kNone) passive_agent(cue);
    }
    bool told = w == "told" || w == "tell" || w == "tells" || w == "telling";
    if (hit->side == SubjectSide::kLeft) cue.channel = channel_after(last + 1, pend, told);
    if (cue.channel.empty()) {
      // A sentence opening "In an interview with CBS, ..." / "Speaking to the BBC, ...".
      int s = i;
      int steps = 0;
      while (s > body_first_[p] && sent_[s - 1] == sent_[i] && steps < 40) {
        --s;
        ++steps;
      }
      if (s < i && is_word(s)) {
        std::string_view first = lower(s);
        if (first == "in" || first == "on") cue.channel = channel_after(s, i, false);
        else if ((first == "speaking" || first == "writing" || first == "talking" || first == "posting") && s + 1 < i)
          cue.channel = channel_after(s + 1, i, false);
      }
    }
    if (cue.channel.empty() && cue.subj_last != kNone && cue.subj_last < i && i - cue.subj_last <= 10) {
      // Between the subject and the cue: "Kim Osei, speaking to the BBC, said".
      for (int k = cue.subj_last + 1; k + 1 < i; ++k) {
        if (!is_word(k)) continue;
        std::string_view wk = lower(k);
        if (wk == "speaking" || wk == "writing" || wk == "talking" || wk == "posting") {
          cue.channel = channel_after(k + 1, i, false);
          break;
        }
      }
    }
    cues_.push_back(std::move(cue));
    i = last;
  }
}

// Leftmost token of a capitalised name ending at `head` ("US Secretary of State", "Lord Dannatt").
int Attributor::caps_run_left(int head, int limit) const {
  int j = head;
  int count = 1;
  while (j - 1 >= limit && count < 8) {
    int k = j - 1;
    if (!outside(k)) break;
    if (is_caps(k) && !caps_stop(k)) {
      j = k;
      ++count;
      continue;
    }
    if (k - 1 >= limit && is_word(k) && lex_.is_name_joiner(lower(k)) && !toks_[k].has(kUpperInitial) &&
        is_caps(k - 1) && !caps_stop(k - 1) && !(count >= 2 && lower(k) == "of")) {
      j = k - 1;
      count += 2;
      continue;
    }
    if (k - 1 >= limit && is_punct(k, '&') && is_caps(k - 1) && !caps_stop(k - 1)) {
      j = k - 1;  // "Procter & Gamble"
      count += 2;
      continue;
    }
    if (k - 1 >= limit && toks_[k].has(kDash) && !toks_[k].has(kSpaceBefore) && toks_[j].start == toks_[k].end &&
        is_caps(k - 1)) {  // "Jean-Claude"
      j = k - 1;
      count += 2;
      continue;
    }
    if (k - 2 >= limit && toks_[k].has(kDash) && toks_[j].start == toks_[k].end && toks_[k].start == toks_[k - 1].end &&
        is_lower_word(k - 1) && lex_.is_name_joiner(lower(k - 1)) && is_caps(k - 2) && !caps_stop(k - 2)) {
      j = k - 2;  // "Khaled al-Rashid", "Omar bin-Zayed"
      count += 3;
      continue;
    }
    if (k - 1 >= limit && toks_[k].has(kDash) && toks_[j].start == toks_[k].end && toks_[k].start == toks_[k - 1].end &&
        is_lower_word(k - 1) && (lower(k - 1) == "ex" || lower(k - 1) == "then" || lower(k - 1) == "vice")) {
      j = k - 1;  // "the ex-MP", "then-President"
      break;
    }
    if (k - 1 >= limit && is_punct(k, '.') && is_caps(k - 1) && toks_[k].start == toks_[k - 1].end &&
        (toks_[k - 1].end - toks_[k - 1].start == 1 || is_abbreviation(tok(k - 1)))) {
      j = k - 1;  // "J. Smith", "Sen. John Thune"
      count += 2;
      continue;
    }
    break;
  }
  return j;
}

int Attributor::caps_run_right(int first, int limit) const {
  int j = first;
  int count = 1;
  while (j + 1 < limit && count < 8) {
    int k = j + 1;
    if (!outside(k)) break;
    if (is_caps(k) && !caps_stop(k)) {
      j = k;
      ++count;
      continue;
    }
    if (k + 1 < limit && is_word(k) && lex_.is_name_joiner(lower(k)) && !toks_[k].has(kUpperInitial) &&
        is_caps(k + 1) && !caps_stop(k + 1) && !(count >= 2 && lower(k) == "of")) {  // not "John Thune of South Dakota"
      j = k + 1;
      count += 2;
      continue;
    }
    if (k + 1 < limit && toks_[k].has(kDash) && !toks_[k].has(kSpaceBefore) && is_caps(k + 1) &&
        !toks_[k + 1].has(kSpaceBefore)) {
      j = k + 1;
      count += 2;
      continue;
    }
    if (k + 2 < limit && is_lower_word(k) && lex_.is_name_joiner(lower(k)) && toks_[k + 1].has(kDash) &&
        !toks_[k + 1].has(kSpaceBefore) && is_caps(k + 2) && !toks_[k + 2].has(kSpaceBefore)) {
      j = k + 2;  // "Khaled al-Rashid"
      count += 3;
      continue;
    }
    if (k + 1 < limit && is_punct(k, '.') && toks_[k].start == toks_[j].end && is_caps(k + 1) &&
        (toks_[j].end - toks_[j].start == 1 || is_abbreviation(tok(j)))) {
      j = k + 1;  // "Sen. John Thune", "J. Smith"
      count += 2;
      continue;
    }
    if (k + 1 < limit && is_lower_word(k) && lex_.is_person_title(lower(k))) {
      // "Kremlin spokesman Dmitry Peskov": a role between two names; keep the person.
      int m = k;
      while (m + 1 < limit && m - k < 2 && is_lower_word(m + 1) && lex_.is_person_title(lower(m + 1))) ++m;
      if (m + 1 < limit && is_caps(m + 1) && !caps_stop(m + 1)) {
        j = m + 1;
        count += m - k + 2;
        continue;
      }
    }
    break;
  }
  return j;
}

// "Acme's Tom Varga", "Acme Bank's chief economist, Dana Levi": after a name and a possessive,
// the person named next (after at most four lowercase words with a role noun among them, and a
// comma) is the phrase's person: [first, last] becomes that name. With no possessive, the words of a
// role between a body and a person's name name the person too ("the National Security Council
// strategic communications coordinator John Kirby", "Foreign Ministry spokesperson Wang Wenbin").
void Attributor::possessor_role(int owner_last, int limit, int* first, int* last) const {
  int k = owner_last + 1;
  if (k + 1 < limit && is_word(k) && lower(k) == "of" && is_caps(k + 1))  // "Accountants of Canada's"
    k = caps_run_right(k + 1, limit) + 1;
  if (k >= limit || !outside(k)) return;
  bool possessive = toks_[k].has(kPossessive);
  int m = possessive ? k + 1 : k;
  bool role = false;
  while (m < limit && m - k <= 4 && is_lower_word(m) && outside(m) && !lex_.is_stop(lower(m))) {
    role = role || is_person_noun(lower(m));
    ++m;
  }
  if (!possessive) {
    // Lowercase words between the body and a person the entities stage found: the person's role.
    if (m == k || m >= limit || !outside(m) || !is_caps(m) || caps_stop(m) || !person_run(m, limit)) return;
    role = true;
  }
  if (role && m < limit && is_punct(m, ',')) ++m;
  if (m >= limit || (m > k + 1 && !role) || !outside(m) || !is_caps(m) || caps_stop(m)) return;
  *first = m;
  *last = caps_run_right(m, limit);
}

// The capitalised run from token k is a PERSON the entities stage found.
bool Attributor::person_run(int k, int limit) const {
  const Entity* ent = entity_over(toks_[k].start, toks_[caps_run_right(k, limit)].end, false);
  return ent != nullptr && ent->label == Label::kPerson;
}

// A noun phrase that starts at token k: a pronoun, a name, or "one British diplomat".
bool Attributor::right_np(int k, int limit, int* first, int* last) const {
  if (k >= limit || !outside(k) || !is_word(k)) return false;
  std::string_view w = lower(k);
  if (is_pronoun(w) || w == "him" || w == "her") {  // "according to him"
    *first = *last = k;
    return true;
  }
  // `"...", told reporters the deputy minister X`: the addressee comes first, the speaker after it.
  if (lex_.is_addressee(w) && k + 1 < limit && outside(k + 1) && is_word(k + 1))
    return right_np(k + 1, limit, first, last);
  if (w == "in") return body_after_in(k, limit, first, last);
  if (is_caps(k) && !caps_stop(k)) {
    *first = k;
    *last = caps_run_right(k, limit);
    possessor_role(*last, limit, first, last);
    return true;
  }
  if (is_lower_word(k) && !lex_.is_stop(w) && !lex_.is_determiner(w)) {
    // "said manager Jürgen Klopp", "according to government spokesman Steffen Hebestreit"
    // Up to four lowercase words, one of them a role noun, then the name.
    int m = k;
    bool role = is_person_noun(w);
    while (m + 1 < limit && m - k < 3 && is_lower_word(m + 1) && outside(m + 1)) {
      std::string_view wm = lower(m + 1);
      if (lex_.is_stop(wm) || lex_.is_determiner(wm) || is_pronoun(wm) || lex_.cues_starting_with(wm)) break;
      role = role || is_person_noun(wm);
      ++m;
    }
    if (role) {
      if (m + 1 < limit && outside(m + 1) && is_caps(m + 1) && !caps_stop(m + 1)) {
        *first = k;
        *last = caps_run_right(m + 1, limit);
        return true;
      }
      if (name_after_role(m, limit, first, last)) return true;  // "said deputy head of the X Ivan Y"
    } else if (m + 1 < limit && outside(m + 1) && is_caps(m + 1) && !caps_stop(m + 1)) {
      // "according to nonprofit PEN America", "said broadcaster Harwick One": a body's kind before a name
      // the entities stage found as a body.
      const int l = caps_run_right(m + 1, limit);
      const Entity* ent = entity_over(toks_[m + 1].start, toks_[l].end, false);
      if (ent && ent->label == Label::kOrg) {
        *first = m + 1;
        *last = l;
        return true;
      }
    }
  }
  if (!lex_.is_determiner(w) || w == "this" || w == "that" || w == "these" || w == "those") return false;
  int j = k + 1;
  int end = kNone;
  for (int count = 0; j < limit && count < 6; ++j, ++count) {
    if (!outside(j)) break;
    if (toks_[j].has(kDash) && !toks_[j].has(kSpaceBefore)) continue;  // "Kremlin-backed"
    if (!is_word(j) && !toks_[j].has(kPossessive)) break;
    std::string_view wj = lower(j);
    if (wj == "of" || wj == "for" || wj == "at" || wj == "by" || wj == "from") {
      // "a spokesman for the Kremlin", "a study by the X Foundation", "the statement from the ministry":
      // keep a name after the preposition.
      int k2 = j + 1;
      if (k2 < limit && lower(k2) == "the") ++k2;
      if (k2 < limit && is_caps(k2) && !caps_stop(k2) && end != kNone) {
        end = caps_run_right(k2, limit);
      }
      break;
    }
    if (lex_.is_stop(wj) || is_pronoun(wj)) break;
    if (lex_.cues_starting_with(wj) && end != kNone) break;  // "a diplomat added"
    end = j;
  }
  if (end == kNone) return false;
  *first = k;
  *last = end;
  for (int r = end; r > k; --r) {  // the role noun of the phrase, if any ("the Deputy Chairman of ...")
    if (!is_word(r) || !is_person_noun(lower(r))) continue;
    if (name_after_role(r, limit, first, last)) return true;
    break;
  }
  // "the press service of the regional office of the Ministry of X": a body's part speaks for the body.
  if (is_lower_word(end) && lex_.is_org_noun(lower(end)) && end + 1 < limit && is_word(end + 1) &&
      lower(end + 1) == "of" && entity_after_head(end, limit, Label::kOrg, first, last))
    return true;
  if (is_lower_word(end) && is_person_noun(lower(end))) apposed_name(end, limit, first, last);
  return true;
}

// `"...," added the deputy chairman of the State Duma Pyotr Ilyin`: machine translation from Russian
// puts a role's whole complement between the role and the name, with no comma. From the role noun at
// `head`, over at most twelve words of complement (lowercase nouns, names, "of", "on", "the", ...),
// the first person the entities stage found is the phrase's person: [first, last] becomes that name.
// False at a comma, a cue, a pronoun or any other stop word, and when no entities were found.
bool Attributor::name_after_role(int head, int limit, int* first, int* last) const {
  return entity_after_head(head, limit, Label::kPerson, first, last);
}

// The first entity of `label` in the complement after the noun at `head` (see name_after_role): for a
// body's part, the body ("the press service of the regional office of the Ministry of Transport").
bool Attributor::entity_after_head(int head, int limit, Label label, int* first, int* last) const {
  if (mentions_.empty()) return false;
  for (int j = head + 1; j < limit && j <= head + 12 && outside(j); ++j) {
    if ((toks_[j].has(kDash) && !toks_[j].has(kSpaceBefore)) || toks_[j].has(kPossessive)) continue;
    if (!is_word(j)) return false;
    if (is_caps(j) && !caps_stop(j)) {
      const Entity* ent = entity_over(toks_[j].start, toks_[j].end, label != Label::kPerson);
      if (ent && ent->label == label) {
        *first = j;
        *last = caps_run_right(j, limit);
        return true;
      }
      continue;
    }
    std::string_view w = lower(j);
    // A cue ends the phrase unless it is also a noun ("the state Duma", "the report committee").
    if (is_pronoun(w) || (lex_.cues_starting_with(w) && !lex_.is_noun_like_cue(w))) return false;
    if (lex_.is_stop(w) && !lex_.is_role_complement(w)) return false;
  }
  return false;
}

// `"We are ready," said in the press service of the ministry`: Russian's impersonal "said in X"
// (X said) comes out of machine translation with no subject. The body after "in" speaks when the
// phrase names one: an organisation noun in it, or an ORG the entities stage found.
bool Attributor::body_after_in(int k, int limit, int* first, int* last) const {
  int f, l;
  if (k + 1 >= limit || !right_np(k + 1, limit, &f, &l) || lower(f) == "in") return false;
  for (int j = f; j <= l; ++j) {
    if (!is_word(j)) continue;
    const Entity* ent = is_caps(j) ? entity_over(toks_[j].start, toks_[j].end, false) : nullptr;
    if (lex_.is_org_noun(lower(j)) || (ent && ent->label == Label::kOrg)) {
      *first = f;
      *last = l;
      return true;
    }
  }
  return false;
}

// "the head of the department, Oleg Markov", "the ministry's official representative, Anna Reva":
// a role, its complement (at most eight words, no cue, no other comma), a comma and a person's name
// name one person; [first, last] becomes the name.
void Attributor::apposed_name(int head, int limit, int* first, int* last) const {
  for (int j = head + 1; j < limit && j <= head + 9 && outside(j); ++j) {
    if (is_punct(j, ',')) {
      int f = j + 1;
      if (f >= limit || !outside(f) || !is_caps(f) || caps_stop(f)) return;
      int l = caps_run_right(f, limit);
      const Entity* ent = entity_over(toks_[f].start, toks_[l].end, false);
      if (!mentions_.empty() && (!ent || ent->label != Label::kPerson)) return;  // no entities: the name
      *first = f;
      *last = l;
      return;
    }
    if (toks_[j].has(kDash) && !toks_[j].has(kSpaceBefore)) continue;
    if (!is_word(j) && !toks_[j].has(kPossessive)) return;
    if (is_word(j) && (lex_.cues_starting_with(lower(j)) || is_pronoun(lower(j)))) return;
  }
}

// Leftmost token of a common-noun phrase whose head is token j: "one British diplomat", "UK officials",
// "Trump's team", "a spokesman for the regulator".
int Attributor::common_np_left(int j, int limit, int sent) const {
  auto in_sentence = [&](int t) { return t >= limit && sent_[t] == sent && outside(t); };
  int f = j;
  int count = 0;
  while (in_sentence(f - 1) && count < 5) {
    int k = f - 1;
    if ((toks_[k].has(kPossessive) ||
         (toks_[k].has(kQuoteMark) && in_sentence(k - 1) && is_word(k - 1) && toks_[k].start == toks_[k - 1].end)) &&
        in_sentence(k - 1)) {
      f = k - 1;  // "Trump's team", "Tenants' groups"
      ++count;
      continue;
    }
    if (!is_word(k)) break;
    std::string_view wk = lower(k);
    if (lex_.is_determiner(wk)) {
      f = k;
      // "a spokesman for the regulator", "the press service of the ministry": the role, office or text
      // noun before the preposition heads the phrase.
      if (in_sentence(f - 2) && is_word(f - 1) && is_lower_word(f - 2)) {
        std::string_view prep = lower(f - 1), noun = lower(f - 2);
        bool head = is_person_noun(noun) ? (prep == "for" || prep == "of" || prep == "at")
                                         : prep == "of" && (lex_.is_org_noun(noun) || lex_.is_document_noun(noun));
        if (head) {
          f -= 2;
          ++count;
          continue;  // and the words before that noun ("the press service")
        }
      }
      break;
    }
    if (lex_.is_stop(wk) || is_pronoun(wk) || lex_.cues_starting_with(wk) || caps_stop(k)) break;
    f = k;
    ++count;
  }
  return f;
}

void Attributor::find_subject(CueHit& cue) const {
  int p = para_of(cue.first);
  int limit = body_first_[p];
  int sent = sent_[cue.first];
  auto in_sentence = [&](int j) { return j >= limit && sent_[j] == sent && outside(j); };
  int j = cue.first - 1;
  int skipped = 0;
  bool passive = false;  // "It is reported": a form of "be" before the cue
  while (in_sentence(j) && is_word(j) && skipped < 4) {
    std::string_view w = lower(j);

    passive = passive || is_be(w);
    bool adverb = w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0 && !toks_[j].has(kUpperInitial) && w != "italy";
    if (!(lex_.is_adverb_or_aux(w) || adverb) || (toks_[j].has(kUpperInitial) && !lex_.is_calendar_word(w) &&
                                                  !lex_.is_adverb_or_aux(w)))
      break;
    if (w == "on" && !(j + 1 < cue.first && lex_.is_calendar_word(lower(j + 1)))) break;
    --j;
    ++skipped;
  }
  if (in_sentence(j) && is_punct(j, '.') && in_sentence(j - 1) && is_caps(j - 1) &&
      toks_[j].start == toks_[j - 1].end && is_abbreviation(tok(j - 1)))
    --j;  // "Acme Holdings Inc. said": the period belongs to the name
  if (in_sentence(j) && is_punct(j, ')')) {  // "Peskov (pictured) said"
    int k = j - 1;
    while (in_sentence(k) && !is_punct(k, '(') && j - k < 10) --k;
    if (in_sentence(k) && is_punct(k, '(')) j = k - 1;
  }
  if (!in_sentence(j)) {
    // Nothing before: an inverted cue ("..., said one diplomat") or a sentence-initial "According to".
    int f, l;
    if (right_np(cue.last + 1, para_end_tok(p), &f, &l)) {
      cue.subj_first = f;
      cue.subj_last = l;
      cue.pronoun = is_pronoun(lower(f));
    }
    return;
  }
  if (is_word(j)) {
    std::string_view w = lower(j);
    if (is_pronoun(w) || is_pronoun(without_clitic(w))) {  // "she said", "I'd say"
      // "As he put it": fine; "that he said": fine.
      cue.subj_first = cue.subj_last = j;
      cue.pronoun = true;
      return;
    }
    if (w == "it" && !passive) {  // "it said", "it emphasizes that": a body speaks (resolve_cues)
      cue.subj_first = cue.subj_last = j;
      cue.pronoun = true;
      return;
    }
    if (is_impersonal(w)) return;  // "It is reported that ..."
    if (w == "who" && in_sentence(j - 1) && is_punct(j - 1, ',') && in_sentence(j - 2) && is_caps(j - 2)) {
      cue.subj_last = j - 2;
      cue.subj_first = caps_run_left(j - 2, limit);
      return;
    }
    if (is_caps(j) && !caps_stop(j)) {
      int f = caps_run_left(j, limit);
      int the = (f - 3 >= limit && outside(f - 1) && lower(f - 1) == "the") ? 1 : 0;  // "for the Home Office"
      if (f - 2 - the >= limit && outside(f - 1 - the) && outside(f - 2 - the) && is_word(f - 2 - the) &&
          (is_person_noun(lower(f - 2 - the)) || lex_.is_org_noun(lower(f - 2 - the))) &&
          (lower(f - 1 - the) == "for" || lower(f - 1 - the) == "of" || lower(f - 1 - the) == "at" ||
           lower(f - 1 - the) == "to")) {
        f -= the;
        // "A spokesman for Downing Street said": the spokesman speaks.
        int g = f - 2;
        while (g - 1 >= limit && outside(g - 1) && is_word(g - 1) && f - g < 6 && !lex_.is_stop(lower(g - 1))) {
          --g;
          if (lex_.is_determiner(lower(g))) {
            std::string_view art = g - 1 >= limit && outside(g - 1) && is_word(g - 1) ? lower(g - 1) : std::string_view();
            if (art == "a" || art == "an" || art == "the") --g;  // "A senior aide"
            break;
          }
        }
        // "Iran's mission to the United Nations": the owner before the possessive opens the phrase.
        if (g - 2 >= limit && toks_[g - 1].has(kPossessive) && outside(g - 2) && is_caps(g - 2) && !caps_stop(g - 2))
          g = caps_run_left(g - 2, limit);
        f = g;
      }
      if (f - 1 >= limit && outside(f - 1) && lower(f - 1) == "the") --f;
      cue.subj_first = f;
      cue.subj_last = j;
      if (titled_name_before(f, limit, sent, &cue.subj_first, &cue.subj_last)) return;
      if (first_conjunct(f, limit, sent, &cue.subj_first, &cue.subj_last)) return;
      const Entity* named = entity_over(toks_[f].start, toks_[j].end, false);
      if (!named || named->label != Label::kPerson) {
        // "Anna Berg at a press conference in Bergen warned", "Chief Tom Hale with the New
        // York Police Department said": the person the prepositional phrase follows.
        int pf, pl;
        if (name_before_preposition(f, limit, sent, &pf, &pl)) {
          const Entity* person = entity_over(toks_[pf].start, toks_[pl].end, false);
          if (mentions_.empty() || (person && person->label == Label::kPerson)) {
            cue.subj_first = pf;
            cue.subj_last = pl;
          }
        }
      }
      return;
    }
    if (w == "and" && conjoined_subject(j, limit, &cue)) return;
    bool noun_cue = lex_.is_noun_like_cue(w) && in_sentence(j - 1) &&
                    (lex_.is_determiner(lower(j - 1)) || toks_[j - 1].has(kPossessive));  // "the report say"
    if (is_lower_word(j) && !lex_.is_stop(w) && !lex_.is_determiner(w) && (!lex_.cues_starting_with(w) || noun_cue)) {
      cue.subj_first = common_np_left(j, limit, sent);  // "one British diplomat", "UK officials"
      cue.subj_last = j;
      // "Bereznitsky during a working trip to the construction site stated": the object of a preposition is
      // no subject; the name that the prepositional phrase follows is.
      int pf, pl;
      if (name_before_preposition(cue.subj_first, limit, sent, &pf, &pl)) {
        cue.subj_first = pf;
        cue.subj_last = pl;
      }
      return;
    }
    return;
  }
  if (is_punct(j, ',') && subject_before_comma(cue, j, limit, sent)) return;
  // After a closing quote or a comma: the speaker follows the cue ("..., said one British diplomat").
  int f, l;
  if (right_np(cue.last + 1, para_end_tok(p), &f, &l)) {
    cue.subj_first = f;
    cue.subj_last = l;
    cue.pronoun = is_pronoun(lower(f));
  }
}

// The quote at `ot` closes a noun phrase a determiner opens: "a 'ceasefire'", "the 22-point 'peace plan'"
// (over a number or a hyphenated modifier between them: "22-point", "two-year").
bool Attributor::determiner_opens_quote_np(int ot) const {
  for (int k = ot - 1; k >= 0 && ot - k <= 5 && outside(k); --k) {
    if (is_word(k) && lex_.is_determiner(lower(k))) return true;
    const bool hyphen = toks_[k].has(kDash) && !toks_[k].has(kSpaceBefore);
    const bool joined = k > 0 && toks_[k - 1].has(kDash) && !toks_[k].has(kSpaceBefore);  // "point" of "22-point"
    if (!(hyphen || joined || toks_[k].has(kNumber))) return false;
  }
  return false;
}

// A person the entities stage found is named in the sentence of token t, outside quotes.
bool Attributor::names_person_in_sentence(int t) const {
  const int b = std::max({sentence_first(t), std::min(t, body_first_[para_of(t)]), t - 80});
  int e = t;
  while (e + 1 < static_cast<int>(toks_.size()) && sent_[e + 1] == sent_[t] && e - t < 80) ++e;
  for (int k = b; k <= e; ++k)
    if (outside(k) && is_caps(k)) {
      const Entity* ent = entity_over(toks_[k].start, toks_[k].end, true);
      if (ent && ent->label == Label::kPerson) return true;
    }
  return false;
}

// The person whose name opens the quote's sentence before its verb, when the quote stands inside the
// sentence after a word (`Lavrov found the plan "unworkable"`), else nullptr.
const Entity* Attributor::person_subject_of_sentence(int ot, int p0, int* first, int* last) const {
  if (mentions_.empty() || ot <= body_first_[p0] || !is_word(ot - 1)) return nullptr;
  const int s = std::max(sentence_first(ot), body_first_[p0]);
  if (ot - s > 80) return nullptr;  // a sentence too long to read back over
  if (!outside(s) || !is_caps(s) || caps_stop(s)) return nullptr;
  const int l = caps_run_right(s, ot);
  if (l + 1 >= ot || !is_lower_word(l + 1)) return nullptr;
  const Entity* ent = entity_over(toks_[s].start, toks_[l].end, false);
  if (!ent || ent->label != Label::kPerson) return nullptr;
  *first = s;
  *last = l;
  return ent;
}

// "Tobias Renn spoke on Monday and said ...", "She thanked the staff and added ...": a cue after "and"
// shares the subject that opens the sentence, a name (the capitalised run before its verb) or a pronoun.
bool Attributor::conjoined_subject(int and_tok, int limit, CueHit* cue) const {
  int s = std::max(sentence_first(and_tok), limit);
  if (and_tok - s > 80) return false;  // a sentence too long to read back over
  if (s >= and_tok - 1 || !outside(s) || !is_word(s)) return false;
  if (lower(s) == "the" && s + 1 < and_tok - 1 && is_caps(s + 1)) ++s;
  if (is_pronoun(lower(s))) {
    cue->subj_first = cue->subj_last = s;
    cue->pronoun = true;
    return true;
  }
  if (!is_caps(s) || caps_stop(s)) return false;
  const int l = caps_run_right(s, and_tok);
  if (l + 1 >= and_tok || !is_lower_word(l + 1) || lex_.is_stop(lower(l + 1))) return false;  // its verb
  cue->subj_first = s;
  cue->subj_last = l;
  return true;
}

// "Anna Berg, Director of the Health Institute said": a capitalised title opening the subject after
// a comma and a name (machine translation drops the second comma of the apposition); [*f, *l]
// becomes the name, unless the text holds it for a body or place.
bool Attributor::titled_name_before(int first, int limit, int sent, int* f, int* l) const {
  int t = lower(first) == "the" ? first + 1 : first;
  if (t > *l || !is_caps(t) || !lex_.is_person_title(lower(t))) return false;
  int comma = first - 1, name = first - 2;
  if (name < limit || !is_punct(comma, ',') || sent_[name] != sent || !outside(name) || !is_caps(name) || caps_stop(name))
    return false;
  int nf = caps_run_left(name, limit);
  const Entity* ent = entity_over(toks_[nf].start, toks_[name].end, false);
  if (ent && ent->label != Label::kPerson) return false;
  *f = nf;
  *l = name;
  return true;
}

// "The G7 ministers and the EU High Representative said", "The Competition and Markets Authority
// and Microsoft said": a subject of two conjuncts opening its sentence or clause speaks as the
// first, which the article names first; [*f, *l] becomes it.
bool Attributor::first_conjunct(int first, int limit, int sent, int* f, int* l) const {
  auto in_sentence = [&](int t) { return t >= limit && sent_[t] == sent && outside(t); };
  int a = first - 2;
  if (!in_sentence(a) || !is_word(first - 1) || lower(first - 1) != "and" || !is_word(a)) return false;
  int cf;
  if (is_caps(a) && !caps_stop(a)) {
    cf = caps_run_left(a, limit);
    // "Competition and Markets Authority": a name holding "and" itself
    while (in_sentence(cf - 2) && is_word(cf - 1) && lower(cf - 1) == "and" && is_caps(cf - 2) && !caps_stop(cf - 2))
      cf = caps_run_left(cf - 2, limit);
    if (in_sentence(cf - 1) && lower(cf - 1) == "the") --cf;
  } else if (is_lower_word(a) && !lex_.is_stop(lower(a)) && !lex_.is_determiner(lower(a)) &&
             !lex_.cues_starting_with(lower(a)) && !is_pronoun(lower(a))) {
    cf = common_np_left(a, limit, sent);
  } else {
    return false;
  }
  if (in_sentence(cf - 1) && !is_punct(cf - 1, ',')) return false;  // not the subject: "met X and Y"
  *f = cf;
  *l = a;
  return true;
}

// The name that a prepositional phrase ending before token `first` follows: "Bereznitsky during a
// working trip to the construction site", "Berg at a press conference in Bergen", "Hall with
// the New York Police Department" (at most twelve lowercase words back, in the sentence).
bool Attributor::name_before_preposition(int first, int limit, int sent, int* f, int* l) const {
  auto in_sentence = [&](int t) { return t >= limit && sent_[t] == sent && outside(t); };
  auto preposition = [&](int t) {
    if (!in_sentence(t) || !is_lower_word(t)) return false;
    std::string_view x = lower(t);
    for (std::string_view pr : {"to", "at", "in", "on", "of", "from", "during", "after", "before", "with", "near", "over",
                                "across", "through", "into", "following", "amid", "upon", "inside"})
      if (x == pr) return true;
    return false;
  };
  if (in_sentence(first - 1) && is_word(first - 1) && lower(first - 1) == "the") --first;
  if (!preposition(first - 1)) return false;
  int t = first - 1;
  while (in_sentence(t - 1) && is_lower_word(t - 1) && first - t < 12) --t;
  if (!preposition(t) || !in_sentence(t - 1) || !is_caps(t - 1) || caps_stop(t - 1)) return false;
  *l = t - 1;
  *f = caps_run_left(t - 1, limit);
  return true;
}

// "This was announced on December 11 by Pavel Orlov", "As noted by X": the agent of a passive cue speaks
// (the agent within six tokens of the cue, in its sentence and clause).
void Attributor::passive_agent(CueHit& cue) const {
  int p = para_of(cue.first);
  int limit = body_first_[p];
  int b = cue.first - 1;
  while (b >= limit && cue.first - b < 3 && is_word(b) && lex_.is_adverb_or_aux(lower(b)) && !is_be(lower(b))) --b;
  if (b < limit || !is_word(b) || !(is_be(lower(b)) || lower(b) == "as")) return;  // "was stated by", "As noted by"
  int end = para_end_tok(p);
  for (int k = cue.last + 1; k < end && k <= cue.last + 6 && outside(k) && sent_[k] == sent_[cue.first]; ++k) {
    if (toks_[k].has(kPunct)) return;
    if (!is_word(k) || lower(k) != "by") continue;
    int f, l;
    if (right_np(k + 1, end, &f, &l)) {
      cue.subj_first = f;
      cue.subj_last = l;
      cue.pronoun = is_pronoun(lower(f));
    }
    return;
  }
}

// The subject of a cue right after a comma: an inverted cue whose subject ends the sentence, an
// apposition ("Dmitry Peskov, the Kremlin spokesman, said"), a phrase set off by commas ("The
// White House, in a statement, called"), or a name before a relative clause ("one engineer, who
// asked not to be named ..., told"). False when none fits.
bool Attributor::subject_before_comma(CueHit& cue, int j, int limit, int sent) const {
  auto in_sentence = [&](int t) { return t >= limit && sent_[t] == sent && outside(t); };
  int p = para_of(cue.first);
  // "..., using a port in Sirte, notes the agency's publication.": an inverted cue whose subject
  // ends the sentence (not "X, 45, told Reuters." nor "..., said Tuesday.").
  int rf, rl;
  int pend = para_end_tok(p);
  std::string_view cw = lower(cue.first);
  bool told = cw == "told" || cw == "tell" || cw == "tells";
  if (!told && right_np(cue.last + 1, pend, &rf, &rl) && !lex_.is_calendar_word(lower(rf)) &&
      (rl + 1 >= pend || sent_[rl + 1] != sent ||
       (toks_[rl + 1].has(kPunct) && is_terminal_char(text_[toks_[rl + 1].start])))) {
    cue.subj_first = rf;
    cue.subj_last = rl;
    cue.pronoun = is_pronoun(lower(rf));
    return true;
  }
  // Apposition: "Dmitry Peskov, the Kremlin spokesman, said".
  int k = j - 1;
  while (in_sentence(k) && !is_punct(k, ',') && j - k < 10 && !is_mark(k)) --k;
  if (in_sentence(k) && is_punct(k, ',') && j - k > 1 && is_caps(j - 1) && !caps_stop(j - 1)) {
    int f = caps_run_left(j - 1, k + 1);
    bool modifiers = true;  // "Mrs Evans' neighbour, 81-year-old Joan Pike, put it"
    for (int m = k + 1; m < f && modifiers; ++m)
      modifiers = (toks_[m].has(kNumber) || toks_[m].has(kDash) || is_lower_word(m)) && !lex_.is_stop(lower(m)) &&
                  !lex_.is_determiner(lower(m)) && !lex_.cues_starting_with(lower(m));
    if (modifiers) {
      cue.subj_last = j - 1;  // "The minister, Ana Ruiz, wrote"
      cue.subj_first = f;
      return true;
    }
  }
  if (in_sentence(k) && is_punct(k, ',') && in_sentence(k - 1) && is_caps(k - 1) && !caps_stop(k - 1) &&
      j - k > 1) {
    cue.subj_last = k - 1;
    cue.subj_first = caps_run_left(k - 1, limit);
    if (cue.subj_first - 1 >= limit && outside(cue.subj_first - 1) && lower(cue.subj_first - 1) == "the")
      --cue.subj_first;  // "The White House, in a statement, called"
    return true;
  }
  if (in_sentence(k) && is_punct(k, ',') && j - k > 1 && in_sentence(k - 1) && is_lower_word(k - 1) &&
      is_word(k + 1) && lex_.is_determiner(lower(k + 1))) {
    // "A spokesman for the regulator, the North Sea Transition Authority, said"
    std::string_view head = lower(k - 1);
    if (!lex_.is_stop(head) && !lex_.is_determiner(head) && !is_pronoun(head) && !lex_.cues_starting_with(head) &&
        !lex_.is_adverb_or_aux(head)) {
      int f = common_np_left(k - 1, limit, sent);
      if (f < k - 1 && lex_.is_determiner(lower(f))) {
        cue.subj_first = f;
        cue.subj_last = k - 1;
        return true;
      }
    }
  }
  // "one engineer, who asked not to be named because ..., told Reuters": skip the relative clause.
  for (int r = j - 1, steps = 0; in_sentence(r) && steps < 40; --r, ++steps) {
    if (is_mark(r)) break;
    if (!is_word(r) || !in_sentence(r - 1) || !is_punct(r - 1, ',') || !in_sentence(r - 2)) continue;
    std::string_view rel = lower(r);
    if (rel != "who" && rel != "whose") continue;
    int h = r - 2;
    if (is_caps(h) && !caps_stop(h)) {
      cue.subj_first = caps_run_left(h, limit);
      cue.subj_last = h;
      return true;
    }
    if (is_lower_word(h) && !lex_.is_stop(lower(h)) && !is_pronoun(lower(h)) && !lex_.cues_starting_with(lower(h))) {
      cue.subj_first = common_np_left(h, limit, sent);
      cue.subj_last = h;
      return true;
    }
    break;
  }
  return false;
}

// "on Truth Social", "on the social platform Truth Social", "in an interview with CBS", "told the Mail".
std::string Attributor::channel_after(int j, int limit, bool told) const {
  limit = std::min(limit, j + 10);
  if (j >= limit || !outside(j)) return {};
  int run_first = kNone;
  bool had_the = false;
  if (told) {
    if (is_word(j) && lower(j) == "the") {
      had_the = true;
      ++j;
    }
    if (j < limit && is_caps(j) && !caps_stop(j)) run_first = j;
  } else {
    if (!is_word(j)) return {};
    std::string_view prep = lower(j);
    if (prep != "on" && prep != "in" && prep != "via" && prep != "through" && prep != "to" && prep != "with")
      return {};
    ++j;
    bool medium = false;
    if (j < limit && is_word(j) && (lex_.is_determiner(lower(j)))) {
      had_the = lower(j) == "the";
      ++j;
    }
    for (int n = 0; j < limit && n < 3 && is_lower_word(j) && lex_.is_media_noun(lower(j)); ++n, ++j) medium = true;
    if (medium) {
      had_the = false;
      if (j < limit && is_word(j)) {
        std::string_view w = lower(j);
        if (w == "on" || w == "with" || w == "to" || w == "for" || w == "at" || w == "of") {
          ++j;
          if (j < limit && is_word(j) && lower(j) == "the") {
            had_the = true;
            ++j;
          }
        }
      }
    } else if (prep != "on" && prep != "via" && prep != "to") {
      return {};
    }
    if (j < limit && is_caps(j) && !caps_stop(j)) run_first = j;
  }
  if (run_first == kNone) return {};
  int run_last = caps_run_right(run_first, limit);
  if (run_last - run_first > 5) return {};
  if (lex_.is_calendar_word(lower(run_first))) return {};
  std::uint32_t s = toks_[run_first].start, e = toks_[run_last].end;
  if (const Entity* ent = entity_over(s, e, false)) {
    Label l = ent->label;
    if (l == Label::kPerson || l == Label::kGpe || l == Label::kLoc || l == Label::kNorp || l == Label::kDate ||
        l == Label::kTime)
      return {};
  } else if (told) {
    // No entity to tell a newspaper from a person: accept acronyms (CBS), "the X" and media names.
    bool media_name = toks_[run_first].has(kAllCaps) || had_the;
    static constexpr std::string_view kMediaWords[] = {"News", "Times", "Post", "Radio", "TV", "Journal",
                                                       "Telegraph", "Mail", "Herald", "Tribune", "Daily", "Press",
                                                       "Channel", "Network", "Television", "Broadcasting", "Agency",
                                                       "Sports", "Magazine", "Gazette", "Chronicle", "Observer",
                                                       "Guardian", "Independent", "Reuters", "Bloomberg", "Sky",
                                                       "Fox", "Interfax", "Xinhua", "Politico", "Axios"};
    for (int k = run_first; k <= run_last && !media_name; ++k)
      media_name = std::find(std::begin(kMediaWords), std::end(kMediaWords), tok(k)) != std::end(kMediaWords);
    if (!media_name) return {};
  }
  if (had_the && run_first > 0) s = toks_[run_first - 1].start;
  return std::string(text_.substr(s, e - s));
}

// Is the entity `id` named next to the role word at `role_tok` ("Education Secretary Paul
// Grant", "Paul Grant, the education secretary")? A bounded number of mentions is checked.
const Entity* Attributor::entity_by_id(const std::string& id) const {
  if (id.empty()) return nullptr;
  if (entity_index_.empty())
    for (std::size_t e = 0; e < ctx_.doc.entities.size(); ++e) entity_index_.emplace(ctx_.doc.entities[e].id, static_cast<int>(e));
  auto it = entity_index_.find(id);
  return it == entity_index_.end() ? nullptr : &ctx_.doc.entities[it->second];
}

// A person other than `except` whom the article names with the role word at role_tok.
const Entity* Attributor::person_with_role(int role_tok, const Entity* except) const {
  for (const auto& other : ctx_.doc.entities) {
    if (--role_budget_ < 0) break;
    if (other.label == Label::kPerson && &other != except && role_fits(other, role_tok)) return &other;
  }
  return nullptr;
}

bool Attributor::role_fits(const Entity& ent, int role_tok) const {
  std::string_view role = lower(role_tok);
  int n = static_cast<int>(toks_.size());
  int checked = 0;
  for (const auto& m : ent.mentions) {
    if (m.start < 0 || ++checked > 16 || --role_budget_ < 0) break;
    int t = tok_at(static_cast<std::uint32_t>(m.start));
    if (t >= n) continue;
    // "Education Secretary Paul Grant", "Secretary of State Rubio": the role is part of the name.
    for (int k = t - 1; k >= 0 && k >= t - 3; --k) {
      if (toks_[k].paragraph != toks_[t].paragraph || !is_word(k)) break;
      if (lower(k) == role) return true;
      if (!toks_[k].has(kUpperInitial) && lower(k) != "of") break;  // "manager told Sky Sports": no
    }
    // "Paul Grant, the education secretary,": an apposition right after the name.
    int a = tok_at(static_cast<std::uint32_t>(m.end));
    if (a < n && toks_[a].paragraph == toks_[t].paragraph && (is_punct(a, ',') || is_punct(a, '('))) {
      for (int k = a + 1; k < n && k <= a + 6 && toks_[k].paragraph == toks_[t].paragraph; ++k) {
        if (!is_word(k)) break;
        if (lower(k) == role) return true;
      }
    }
  }
  return false;
}

// The person who is the subject of a short predicate ending at token v ("Miller was not
// convinced", "Guardiola smiled", "David Moyes was gracious in defeat"): up to six lowercase
// words back to a name that is a PERSON mention, which opens its sentence or clause or
// follows a role ("boss David Moyes"). nullptr when there is none.
const Entity* Attributor::person_subject_before(int v, int limit, int* first, int* last) const {
  int j = v;
  int words = 0;
  while (j >= limit && words < 6 && outside(j) && is_lower_word(j)) {
    --j;
    ++words;
  }
  if (words == 0 || j < limit || !outside(j) || !is_caps(j) || caps_stop(j)) return nullptr;
  int f = caps_run_left(j, limit);
  if (f > limit) {
    int b = f - 1;
    bool opens = sent_[b] != sent_[f] || is_punct(b, ',') || (is_lower_word(b) && is_person_noun(lower(b)));
    if (!opens) return nullptr;
  }
  const Entity* ent = entity_over(toks_[f].start, toks_[j].end, false);
  if (!ent || ent->label != Label::kPerson) return nullptr;
  *first = f;
  *last = j;
  return ent;
}

// Whom "you" addresses in paragraph p: the other side of the interview (the
// guest for an interviewer's question, the interviewer for a guest).
std::string Attributor::interlocutor(int p) const {
  const auto& paras = ctx_.doc.paragraphs;
  auto role = [&](std::size_t q) -> int {  // 0 none, 1 interviewer, 2 guest
    auto it = roles_.find(paras[q].speaker);
    return it == roles_.end() ? 0 : it->second;
  };
  int mine = role(p);
  // The nearest following paragraph by a speaker of the other role, else the nearest before.
  for (std::size_t q = p + 1; q < paras.size() && q < static_cast<std::size_t>(p) + 20; ++q)
    if (role(q) != 0 && role(q) != mine) return paras[q].speaker;
  for (int q = p - 1; q >= 0 && q > p - 20; --q)
    if (role(q) != 0 && role(q) != mine) return paras[q].speaker;
  return {};
}

// Resolves every cue's subject to an id, in text order, tracking the person a
// "he"/"she" would refer to: the last person named as a subject or speaker.
// A cue with no subject of its own: "..., adding that ...", "and explained" take the subject of the
// sentence's previous cue; a gerund after a comma the person in subject position of its sentence.
void Attributor::subject_from_sentence(std::size_t c, const std::vector<MentionRef>& subjects, std::size_t next) {
  CueHit& cue = cues_[c];
  // "..., adding that ...", "and explained": the subject of the sentence's previous cue.
  if (c > 0 && sent_[cues_[c - 1].first] == sent_[cue.first] && cues_[c - 1].subj_first != kNone) {
    cue.subj_first = cues_[c - 1].subj_first;
    cue.subj_last = cues_[c - 1].subj_last;
    cue.pronoun = cues_[c - 1].pronoun;
    cue.speaker = cues_[c - 1].speaker;
    if (cue.channel.empty()) cue.channel = cues_[c - 1].channel;
  } else if (cue.first >= 2 && is_punct(cue.first - 1, ',') && cue.text.size() > 4 &&
             cue.text.compare(cue.text.size() - 3, 3, "ing") == 0) {
    // "David Moyes was gracious in defeat, saying ...": the subject of the sentence.
    int f, l;
    int p = para_of(cue.first);
    if (const Entity* ent = person_subject_before(cue.first - 2, body_first_[p], &f, &l)) {
      cue.subj_first = f;
      cue.subj_last = l;
      cue.speaker = ent->id;
    } else if (next > 0) {
      // "Melnyk denied his Russian counterpart's accusations of war crimes, calling them ...": the
      // last person in subject position earlier in the sentence.
      const MentionRef& m = subjects[next - 1];
      int t = tok_at(m.start), u = tok_at(m.end) - 1;
      if (t < cue.first && para_of(t) == p && sent_[t] == sent_[cue.first]) {
        cue.subj_first = t;
        cue.subj_last = std::max(t, u);
        cue.speaker = ctx_.doc.entities[m.entity].id;
      }
    }
  }
}

// Whom a pronoun subject stands for: "I"/"we" the turn speaker, "he"/"she" the last person of a
// compatible gender, "you" in a turn the other side, "it"/"they" the body last spoken of.
// "he"/"she": the last person of that gender named as a subject; before any subject, the last of that
// gender named anywhere before the sentence (`For Dr. Ann Roe, there is some irony ... "...," she says`).
std::string Attributor::pronoun_speaker(const CueHit& cue, const Antecedents& ante, const Antecedents& seen,
                                        const BodyTrail& trail) const {
  const auto& paras = ctx_.doc.paragraphs;
  std::string_view w = without_clitic(lower(cue.subj_first));
  int p = para_of(cue.subj_first);
  if (w == "i" || w == "we") {
    if (p < static_cast<int>(paras.size())) return paras[p].speaker;
  } else if (w == "he" || w == "him" || w == "his") {
    return !ante.noted ? seen.he : ante.he.empty() ? ante.any : ante.he;
  } else if (w == "she" || w == "her") {
    return !ante.noted ? seen.she : ante.she.empty() ? ante.any : ante.she;
  } else if (w == "you" && p < static_cast<int>(paras.size()) && !paras[p].speaker.empty()) {
    return interlocutor(p);  // "You told the FT ..." in a question: the guest
  } else if (w == "it" || w == "they") {
    return trail.best();  // "it said", "they warn": the body last spoken of
  }
  return {};
}

// The person mentions in subject position, outside quotes, in text order.
std::vector<MentionRef> Attributor::person_subjects() const {
  std::vector<MentionRef> subjects;
  for (const auto& m : mentions_)
    if (ctx_.doc.entities[m.entity].label == Label::kPerson && subject_like(m)) {
      int t = tok_at(m.start);
      if (t < static_cast<int>(toks_.size()) && outside(t)) subjects.push_back(m);
    }
  return subjects;
}

void Attributor::resolve_cues() {
  const std::vector<MentionRef> subjects = person_subjects();
  const std::vector<MentionRef> bodies = body_subjects();
  std::size_t next = 0, next_body = 0, next_seen = 0;
  Antecedents ante, seen;  // the persons named as subjects; the persons named anywhere
  auto note_person = [&](const std::string& id) {
    Gender gender = Gender::kUnknown;
    if (const Entity* ent = entity_by_id(id))
      gender = ctx_.entity_gender(static_cast<std::size_t>(ent - ctx_.doc.entities.data()));
    ante.note(id, gender);
  };
  BodyTrail trail;  // the bodies a later "the company", "it" or "the statement" can stand for
  for (std::size_t c = 0; c < cues_.size(); ++c) {
    CueHit& cue = cues_[c];
    std::uint32_t pos = cue.subj_first != kNone ? toks_[cue.subj_first].start : toks_[cue.first].start;
    while (next < subjects.size() && subjects[next].start < pos)
      note_person(ctx_.doc.entities[subjects[next++].entity].id);
    // Persons named anywhere before the cue's sentence ("Pompeo's 'crying' ..., he told CNBC" is not Pompeo).
    const std::uint32_t seen_pos = std::min(pos, toks_[sentence_first(cue.first)].start);
    for (; next_seen < mentions_.size() && mentions_[next_seen].start < seen_pos; ++next_seen) {
      const std::size_t e = mentions_[next_seen].entity;
      if (ctx_.doc.entities[e].label == Label::kPerson) seen.note(ctx_.doc.entities[e].id, ctx_.entity_gender(e));
    }
    while (next_body < bodies.size() && bodies[next_body].start < pos)
      trail.note_mention(ctx_.doc.entities[bodies[next_body++].entity]);
    if (cue.subj_first == kNone) {
      subject_from_sentence(c, subjects, next);
      continue;
    }
    cue.np_first = cue.subj_first;
    std::uint32_t s = toks_[cue.subj_first].start, e = toks_[cue.subj_last].end;
    if (cue.pronoun) {
      cue.speaker = pronoun_speaker(cue, ante, seen, trail);
      // "She added": whoever "she" resolved to is no antecedent of a later "he", whatever the names say.
      std::string_view pw = without_clitic(lower(cue.subj_first));
      if (!cue.speaker.empty() && (pw == "she" || pw == "her")) {
        if (ante.he == cue.speaker) ante.he.clear();
      } else if (!cue.speaker.empty() && (pw == "he" || pw == "his" || pw == "him")) {
        if (ante.she == cue.speaker) ante.she.clear();
      }
      continue;
    }
    const Entity* ent = entity_over(s, e, false);
    if (!ent && is_caps(cue.subj_first)) ent = person_named(s, e);
    if (ent && ent->label == Label::kPerson && lex_.is_determiner(lower(cue.subj_first))) {
      // "A former aide to Governor Mark Ellison testified": the aide speaks, not the governor (a
      // spokesman speaks for whom he serves: "a spokesman for Ana Ruiz said" stays hers).
      bool other_person = false;
      for (int k = cue.subj_first + 1; k + 1 <= cue.subj_last && k - cue.subj_first < 8; ++k) {
        std::string_view w = lower(k);
        if ((w == "to" || w == "of" || w == "for" || w == "at") && is_lower_word(k - 1)) {
          std::string_view role = lower(k - 1);
          other_person = is_person_noun(role) && role.substr(0, 6) != "spokes";
          break;
        }
      }
      if (other_person) {
        // Unknown who: no id. The phrase still names a person for a later "he"/"she"? No: leave it.
        continue;
      }
    }
    if (ent && ent->label == Label::kPerson && possessed_person(cue)) continue;  // "Lena's mother said": unnamed
    int role = ent && ent->label != Label::kPerson ? role_of_body(cue) : kNone;
    if (role != kNone) {
      // "the head of the regional council said": a person who leads the body, not the body; the person
      // last spoken of, unless the article names another with that role.
      const Entity* last = entity_by_id(ante.any);
      cue.speaker = ante.any;
      if (!(last && role_fits(*last, role)))
        if (const Entity* other = person_with_role(role, last)) cue.speaker = other->id;
      if (!cue.speaker.empty()) note_person(cue.speaker);
      continue;
    }
    if (const Entity* owner = possessor_body(cue)) {
      cue.speaker = owner->id;
      trail.note_spoke(owner->id);  // "Iran's mission to the United Nations said"
      continue;
    }
    if (!ent || ent->label != Label::kPerson) {
      std::string body = body_speaker(cue, trail.best(), trail.nearest());
      if (!body.empty()) {
        cue.speaker = body;
        trail.note_spoke(body);
        continue;
      }
    }
    if (ent && ent->label != Label::kPerson) {
      // An organisation speaks only when it is the head of the phrase ("the Kremlin said").
      ent = entity_over(s, e, true);
    }
    if (ent) cue.speaker = ent->id;
    bool demonym = ent && ent->label == Label::kNorp && lower(cue.subj_first) == "the" &&
                   cue.subj_last == cue.subj_first + 1;  // "The German, who ..., admitted"
    // Without an article (machine translation drops them: "Russian presidential spokesman stressed"),
    // a singular role names the person the article names with it, or nobody.
    bool bare = !ent && !lex_.is_determiner(lower(cue.subj_first)) && !toks_[cue.subj_first].has(kPossessive) &&
                is_lower_word(cue.subj_last) && lex_.is_person_title(lower(cue.subj_last));
    int role_np = cue.subj_first;  // "the press service of the office of the Ukrainian leader": its last "the"
    for (int k = cue.subj_first + 1; k < cue.subj_last && !bare; ++k)
      if (is_word(k) && lower(k) == "the") role_np = k;
    if ((!ent || demonym) && (lower(role_np) == "the" || bare) && cue.subj_last - role_np <= 4 &&
        (demonym || is_person_noun(lower(cue.subj_last)) || (!bare && unknown_singular_noun(cue.subj_last)))) {
      // "the former prime minister said": the person last spoken of, unless another person is the
      // one the article names with that role ("Education Secretary Paul Grant" for "the education
      // secretary", even when named later) and the last person never is.
      const Entity* last = entity_by_id(ante.any);
      cue.speaker = bare && !(last && role_fits(*last, cue.subj_last)) ? std::string() : ante.any;
      if (!demonym && (bare || last) && !(last && role_fits(*last, cue.subj_last)))
        if (const Entity* other = person_with_role(cue.subj_last, last)) cue.speaker = other->id;
      if (!cue.speaker.empty()) note_person(cue.speaker);  // "the judge said ...": a later "she" is the judge
      continue;
    }
    if (!ent && lower(cue.subj_first) == "the" && cue.subj_last - cue.subj_first <= 2 &&
        is_lower_word(cue.subj_last) && lex_.is_org_noun(lower(cue.subj_last)) && !trail.best().empty()) {
      cue.speaker = trail.best();  // "Norvale Energy said ... "...," the company said"
      continue;
    }
    if (ent && (ent->label == Label::kOrg || ent->label == Label::kGpe)) trail.note_spoke(ent->id);
    bool person = ent ? ent->label == Label::kPerson
                      : is_lower_word(cue.subj_last) ? !lex_.is_org_noun(lower(cue.subj_last))
                                                     : mentions_.empty() || unknown_name(cue);
    if (ent && ent->label == Label::kPerson && cue.subj_first < cue.subj_last && lower(cue.subj_first) != "the") {
      // Narrow "German Chancellor Angela Merkel" to the mention naming the person.
      auto it = std::lower_bound(mentions_.begin(), mentions_.end(), e,
                                 [](const MentionRef& m, std::uint32_t b) { return m.start < b; });
      while (it != mentions_.begin()) {
        --it;
        if (it->end <= s) break;
        if (it->start >= s && it->end == e && &ctx_.doc.entities[it->entity] == ent) {
          int f = tok_at(it->start);
          bool honorific = f == cue.subj_first + 1 && is_honorific(tok(cue.subj_first));
          bool of_phrase = f > cue.subj_first && is_word(f - 1) &&
                           (lower(f - 1) == "for" || lower(f - 1) == "of" || lower(f - 1) == "at");
          if (f > cue.subj_first && f <= cue.subj_last && !honorific && !of_phrase && toks_[f].has(kSpaceBefore))
            cue.subj_first = f;
          break;
        }
      }
    }
    // An unnamed subject is a later "he"/"she" only when it is one person ("a spokesman", "the driver"):
    // "staff felt", "analysts said", "the construction site stated" leave the last person in place.
    if (person && !ent && is_lower_word(cue.subj_last) && !lex_.is_person_title(lower(cue.subj_last))) person = false;
    if (person) note_person(cue.speaker);
    while (next < subjects.size() && subjects[next].start < e) ++next;  // this subject is already counted
  }
}

// "the pontiff said", "the forward added": a definite description whose head is a singular lowercase
// noun no word class knows (no body, document, place or stop word) stands, like a known role, for
// the person last spoken of.
bool Attributor::unknown_singular_noun(int k) const {
  if (!is_lower_word(k)) return false;
  std::string_view w = lower(k);
  return w.size() > 3 && w.back() != 's' && lex_.classes(w) == 0 && !is_pronoun(w);
}

// "Lena's mother", "the senator's lawyer": a person the possessor's relation or role names, who is not
// the possessor (a spokesperson excepted: "Ruiz's spokesman said" stays hers) and goes unnamed.
bool Attributor::possessed_person(const CueHit& cue) const {
  int k = cue.subj_first;
  while (k < cue.subj_last && !toks_[k].has(kPossessive)) ++k;
  if (k >= cue.subj_last) return false;
  for (int m = k + 1; m <= cue.subj_last; ++m)
    if (!is_lower_word(m)) return false;
  std::string_view head = lower(cue.subj_last);
  return is_person_noun(head) && head.substr(0, 6) != "spokes" && head != "representative";
}

// "the head of the regional council", "the former chief of the agency": the token of the role (a person
// noun other than a spokesperson's, who speaks for the body) before the "of" that names the body;
// kNone for any other phrase.
int Attributor::role_of_body(const CueHit& cue) const {
  int f = cue.subj_first;
  if (!is_word(f) || lower(f) != "the") return kNone;
  for (int k = f + 1; k < cue.subj_last && k <= f + 4; ++k) {
    if (!is_lower_word(k)) return kNone;
    if (lower(k) != "of") continue;
    std::string_view role = lower(k - 1);
    bool speaks_for_body = role.substr(0, 6) == "spokes" || role == "representative" || role == "official";
    return k - 1 > f && lex_.is_person_title(role) && !speaks_for_body ? k - 1 : kNone;
  }
  return kNone;
}

// The body that owns a subject phrase headed by a noun that is no person: "Iran's mission to the
// United Nations", "the company's press office" (after "Acme said ..."), nullptr otherwise.
const Entity* Attributor::possessor_body(const CueHit& cue) const {
  int f = cue.subj_first;
  if (f + 2 > cue.subj_last || !is_caps(f)) return nullptr;
  int pos = f;
  while (pos < cue.subj_last && pos - f < 4 && !toks_[pos].has(kPossessive)) ++pos;
  if (!toks_[pos].has(kPossessive) || pos + 1 > cue.subj_last || !is_lower_word(pos + 1)) return nullptr;
  int head = pos + 1;  // the noun after the possessive, past its modifiers
  while (head + 1 <= cue.subj_last && is_lower_word(head + 1) && !lex_.is_stop(lower(head + 1))) ++head;
  if (is_person_noun(lower(head)) && lower(head).substr(0, 6) != "spokes") return nullptr;
  const Entity* ent = entity_over(toks_[f].start, toks_[pos].start, true);
  return ent && (ent->label == Label::kOrg || ent->label == Label::kGpe) ? ent : nullptr;
}

// Mentions of organisations and countries that a later "it", "they", "the statement" or "a company
// spokesperson" can stand for: in subject position, opening a sentence, or the agent after "by"
// ("published by the analytical company X").
std::vector<MentionRef> Attributor::body_subjects() const {
  std::vector<MentionRef> out;
  int n = static_cast<int>(toks_.size());
  for (const auto& m : mentions_) {
    Label l = ctx_.doc.entities[m.entity].label;
    if (l != Label::kOrg && l != Label::kGpe) continue;
    int t = tok_at(m.start);
    if (t >= n || !outside(t)) continue;
    int b = t - 1;
    if (b >= 0 && is_word(b) && lower(b) == "the") --b;
    bool opens = b < body_first_[para_of(t)] || sent_[b] != sent_[t];
    bool agent = false;  // "by X", "by the analytical company X"
    for (int k = b; !opens && k >= 0 && k > b - 4 && para_of(k) == para_of(t) && is_lower_word(k) && !agent; --k)
      agent = lower(k) == "by";
    if (opens || agent || subject_like(m)) out.push_back(m);
  }
  return out;
}

// The organisation or country an unnamed subject speaks for: a text ("the statement", "a study by
// X", "the authors of the report"), an unnamed spokesperson, an office ("the UK government") or
// its members ("the G7 foreign ministers"). The body named inside the phrase, else (for a text, a
// spokesperson or an office) the body last spoken of; empty when the phrase is none of these.
std::string Attributor::body_speaker(const CueHit& cue, const std::string& org_antecedent,
                                     const std::string& nearest_org) const {
  if (!is_lower_word(cue.subj_last)) return {};
  std::string_view head = lower(cue.subj_last);
  bool document = false;
  for (int k = cue.subj_first; k <= cue.subj_last && !document; ++k)
    document = is_word(k) && lex_.is_document_noun(lower(k));
  // "a spokesman", "an official representative of the ministry": unnamed, they speak for their body.
  bool spokes = head.substr(0, 6) == "spokes" || head == "representative";
  if (spokes && person_with_role(cue.subj_last, nullptr) != nullptr) return {};  // a spokesperson named elsewhere
  bool office = lex_.is_org_noun(head) && !lex_.is_person_title(head);
  bool members = false;  // "the G7 foreign ministers", "ministers of the G7 countries"
  for (int k = cue.subj_first; k <= cue.subj_last && !members; ++k) {
    std::string_view w = is_lower_word(k) ? lower(k) : std::string_view();
    members = w.size() > 3 && w.back() == 's' && is_person_noun(w);
  }
  if (!document && !spokes && !office && !members) return {};
  std::uint32_t s = toks_[cue.subj_first].start, e = toks_[cue.subj_last].end;
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), s,
                             [](const MentionRef& m, std::uint32_t b) { return m.start < b; });
  for (; it != mentions_.end() && it->start < e; ++it) {
    Label l = ctx_.doc.entities[it->entity].label;
    if (l == Label::kPerson) return {};
    if (l == Label::kOrg || l == Label::kGpe) return ctx_.doc.entities[it->entity].id;
  }
  // Members the article has already named as a body ("the ministers", definite) speak for the body
  // last spoken of; indefinite ones ("ministers", "some officials") for no one.
  bool definite = is_word(cue.subj_first) && lower(cue.subj_first) == "the";
  if (members && !document && !definite) return {};
  if (members && !document) return org_antecedent;
  return spokes && !document ? nearest_org : org_antecedent;  // a text is the last source's; a spokesperson the nearest body's
}

bool Attributor::title_like(int a, int b) const {
  int words = 0;
  for (int i = a; i < b; ++i) {
    if (!is_word(i)) {
      if (toks_[i].has(kPunct) && !toks_[i].has(kDash) && !is_punct(i, '&') && !is_punct(i, '\'')) {
        char c = text_[toks_[i].start];
        if (c == '.' || c == '!' || c == '?' || c == ',') return false;
      }
      continue;
    }
    ++words;
    if (toks_[i].has(kUpperInitial)) continue;
    std::string_view w = lower(i);
    if (i > a && (w == "of" || w == "the" || w == "and" || w == "a" || w == "an" || w == "in" || w == "on" ||
                  w == "for" || w == "to" || w == "at" || w == "with"))
      continue;
    return false;
  }
  return words > 0 && words <= 8;
}

bool Attributor::scare_intro(int ot) const {
  int p = para_of(ot);
  int j = ot - 1;
  if (j < body_first_[p] || !is_word(j)) return false;
  std::string_view w = lower(j);
  if (w == "as" && j - 1 >= body_first_[p] && is_word(j - 1)) {
    std::string_view w2 = lower(j - 1);
    return w2 == "known" || w2 == "referred" || w2 == "described" || w2 == "branded" || w2 == "such";
  }
  return lex_.is_scare_intro(w);
}

// A word that makes the quote a name or term whoever says it: "the so-called", "the term",
// "the newspaper", "known as" (not a reporting verb such as "called" or "branded").
bool Attributor::naming_intro(int ot) const {
  int p = para_of(ot);
  int j = ot - 1;
  if (j < body_first_[p] || !is_word(j)) return false;
  std::string_view w = lower(j);
  if (participle_names_thing(j)) return true;
  if (w == "called")
    return j - 2 >= body_first_[p] && toks_[j - 1].has(kDash) && !toks_[j - 1].has(kSpaceBefore) &&
           toks_[j].start == toks_[j - 1].end && lower(j - 2) == "so";
  if (w == "as") return j - 1 >= body_first_[p] && is_word(j - 1) && lower(j - 1) == "known";
  return lex_.is_scare_intro(w) && lex_.cues_starting_with(w) == nullptr;
}

// "a tea called "X"", "a film titled "Y"": a naming participle j right after a noun that stands in an
// object phrase (a word of the sentence before the phrase) names a thing; "The minister called "X""
// (the subject opening its clause), "he called "X"", "was dubbed "Y"" and "called them "Y"" report words.
bool Attributor::participle_names_thing(int j) const {
  int p = para_of(j);
  if (!lex_.is_naming_participle(lower(j)) || j - 1 < body_first_[p] || !is_lower_word(j - 1) || !outside(j - 1))
    return false;
  std::string_view n = lower(j - 1);
  if (is_pronoun(n) || is_be(n) || lex_.is_adverb_or_aux(n) || lex_.is_stop(n) || lex_.is_determiner(n) ||
      lex_.is_object_pronoun(n))
    return false;
  auto in_sentence = [&](int t) { return t >= body_first_[p] && sent_[t] == sent_[j] && outside(t); };
  int k = j - 1;  // the first word of the noun's phrase (at most four modifiers, then a determiner)
  while (in_sentence(k - 1) && j - k < 5 && is_lower_word(k - 1) && !lex_.is_stop(lower(k - 1)) &&
         !lex_.is_determiner(lower(k - 1)) && !lex_.cues_starting_with(lower(k - 1)))
    --k;
  if (in_sentence(k - 1) && is_word(k - 1) && lex_.is_determiner(lower(k - 1))) --k;
  return in_sentence(k - 1) && is_word(k - 1) && !is_clause_conjunction(lower(k - 1));
}

int Attributor::emit(const QuoteSpan& q, Quote quote) {
  std::uint32_t s = q.open + q.open_len;
  std::uint32_t e = q.close;
  while (s < e) {
    int l;
    char32_t c = decode(text_, s, &l);
    if (!is_space(c)) break;
    s += l;
  }
  while (e > s) {
    int l;
    char32_t c = decode_before(text_, e, &l);
    if (!is_space(c) && c != ',' && c != ';' && c != ':') break;
    e -= l;
  }
  if (s >= e) return kNone;
  quote.start = s;
  quote.end = e;
  quote.closed = q.closed;
  ctx_.doc.quotes.push_back(std::move(quote));
  return static_cast<int>(ctx_.doc.quotes.size()) - 1;
}

// A pull quote repeats words said elsewhere in the article: find them (a
// bounded number of searches per document) and take that paragraph's turn
// speaker; else the speaker of the turn around the quote.
std::string Attributor::pull_quote_speaker(const QuoteSpan& q, int p0, int p1) {
  const auto& paras = ctx_.doc.paragraphs;
  if (pull_searches_ < 8) {
    ++pull_searches_;
    std::uint32_t s = q.open + q.open_len;
    std::uint32_t len = std::min<std::uint32_t>(48, q.close > s ? q.close - s : 0);
    if (len >= 24) {
      while (len > 0 && s + len < text_.size() && is_continuation(static_cast<unsigned char>(text_[s + len]))) --len;
      std::string_view needle = text_.substr(s, len);
      std::size_t at = 0;
      for (int tries = 0; tries < 3; ++tries) {
        at = text_.find(needle, at);
        if (at == std::string_view::npos) break;
        int t = tok_at(static_cast<std::uint32_t>(at));
        if (t < static_cast<int>(toks_.size())) {
          int p = para_of(t);
          if ((p < p0 || p > p1) && !paras[p].speaker.empty()) return paras[p].speaker;
        }
        at += len;
      }
    }
  }
  int before = p0 - 1, after = p1 + 1;
  if (before >= 0 && after < static_cast<int>(paras.size()) && paras[before].speaker == paras[after].speaker)
    return paras[before].speaker;
  return {};
}

// After the quote closing at ct: a PERSON mention, a comma, and within 48 tokens of the same
// sentence and clause a cue whose subject (if any) lies after the name: that cue, its subject the
// person (in *out).
bool Attributor::apposed_person_cue(int ct, int p1, CueHit* out) const {
  int end = para_end_tok(p1);
  int k = ct + 1;
  if (k < end && is_punct(k, ',')) ++k;
  if (k >= end || !is_caps(k) || !outside(k)) return false;
  int last = caps_run_right(k, end);
  if (last + 1 >= end || !is_punct(last + 1, ',')) return false;
  const Entity* ent = entity_over(toks_[k].start, toks_[last].end, false);
  if (!ent || ent->label != Label::kPerson) return false;
  auto it = cue_at_or_after(last + 2);
  if (it == cues_.end() || it->first > k + 48 || sent_[it->first] != sent_[k] || breaks_between(last, it->first))
    return false;
  if (it->subj_first != kNone && it->subj_first < last) return false;
  if (it->subj_first != kNone && it->pronoun) return false;  // "..., Name, and he said"
  *out = *it;
  out->subj_first = k;
  out->subj_last = last;
  out->pronoun = false;
  out->speaker = ent->id;
  return true;
}

// 2. The cue before a quote, in its sentence, paragraph and clause; *strong when the quote follows
// the cue, a colon, a comma or a close "that".
const CueHit* Attributor::cue_before_quote(int ot, int p0, int words, bool* strong) const {
  auto it = cue_at_or_after(ot);
  for (int tried = 0; it != cues_.begin() && tried < 4; ++tried) {
    --it;
    if (it->last >= ot) continue;
    if (sent_[it->last] != sent_[ot] || para_of(it->last) != p0) return nullptr;
    // "According to X, it "posed a threat to ..."": a source phrase opening the sentence covers all of
    // it (a clause's words, not a label of two or three: "the label of "X" put on them").
    if (breaks_between(it->last, ot) && !that_complement(*it) && !(it->text == "according to" && words >= 4))
      return nullptr;
    if (it->strength == CueStrength::kCognition && words < 6) continue;
    int before = ot - 1;
    *strong = before == it->last || is_punct(before, ':') || is_punct(before, ',') ||
              (is_word(before) && lower(before) == "that" && before - it->last <= 6) ||
              (!it->channel.empty() && before - it->last <= 8 && is_punct(before, ':'));
    return &*it;
  }
  return nullptr;
}

// 4. "Cameron: 'We must stand firm'": the first token of a short name and a colon opening the
// paragraph before the quote (a headline's, or a PERSON's), else kNone.
int Attributor::headline_name(int ot, int p0, int inner, int content_end) const {
  if (ot < 2 || !is_punct(ot - 1, ':') || ot - 2 < body_first_[p0] || !is_caps(ot - 2) ||
      toks_[ot - 1].start != toks_[ot - 2].end)
    return kNone;
  int f = caps_run_left(ot - 2, body_first_[p0]);
  ParagraphKind kind = ctx_.doc.paragraphs[p0].kind;
  bool headline = kind == ParagraphKind::kTitle || kind == ParagraphKind::kSubtitle || kind == ParagraphKind::kCaption;
  const Entity* ent = entity_over(toks_[f].start, toks_[ot - 2].end, false);
  if (f == body_first_[p0] && ot - 2 - f < 4 && (headline || (ent && ent->label == Label::kPerson)) &&
      !title_like(inner, content_end))
    return f;
  return kNone;
}

// 1. The cue after a quote closing at ct: `"...," he said`, `"...," said one diplomat`, `"..."
// according to X`, within a few words, or later when its subject opens right after the quote
// ("..., one engineer, who asked not to be named ..., told Reuters").
const CueHit* Attributor::cue_after_quote(int ct, int p1, int words) const {
  int end = para_end_tok(p1);
  if (ct + 1 >= end) return nullptr;
  int k = ct + 1;
  if (is_punct(k, ',') && k + 1 < end) ++k;
  // `", — Lavrov said`, and `, "- said X` where machine translation glued the dash to the mark.
  if (toks_[k].has(kDash) && (toks_[k].has(kSpaceBefore) || toks_[k].start == toks_[ct].end) && k + 1 < end) ++k;
  if (sent_[k] != sent_[ct] || !outside(k)) return nullptr;
  for (auto it = cue_at_or_after(k); it != cues_.end() && it->first <= k + 48 && sent_[it->first] == sent_[k]; ++it) {
    bool role_before = it->np_first > k && it->subj_last < it->first && role_before_name(k, it->np_first);
    // `"...," Interfax quoted him as saying`: the source, then the cue whose subject (after it) speaks.
    bool quoted = is_quoting(*it) && it->subj_first > it->last &&
                  (it->first - k <= 4 || (it->first - k <= 12 && plain_np(k, it->first)));
    if (it->first > k + 6 && it->np_first != k && !role_before && !quoted) continue;
    bool subject_first = (it->np_first == k && it->subj_last < it->first) || role_before;
    if (!subject_first && it->np_first > k && it->np_first - k <= 4 && it->subj_last < it->first) {
      // "..., Northwind chief executive Priya Raman told Reuters": modifiers before the name.
      subject_first = true;
      for (int m = k; m < it->np_first && subject_first; ++m)
        subject_first = is_word(m) && outside(m) && ((m == k && lower(m) == "as") ||  // `"...," as he put it`
                                                     (!lex_.is_stop(lower(m)) && !is_pronoun(lower(m))));
    }
    bool cue_first = it->first == k;
    if (!subject_first && !cue_first && !quoted) continue;
    if (it->strength == CueStrength::kCognition && words < 6) return nullptr;
    if (cue_first && it->subj_first != kNone && it->subj_first < it->first) return nullptr;  // subject belongs elsewhere
    // `"...," according to the agency quoting his words`: the person the source quotes.
    auto next = it + 1;
    if (next != cues_.end() && it->subj_last != kNone && next->first == it->subj_last + 1 && is_quoting(*next) &&
        next->subj_first > next->last)
      return &*next;
    return &*it;
  }
  return nullptr;
}

// `"...," press secretary of the city courts Anna Reva explained`: a role and its complement (at most
// eight words, lower-case words, names and "of"/"for"/"at", a role noun among them) between the quote
// and the subject's name [k, name).
bool Attributor::role_before_name(int k, int name) const {
  if (name - k > 8 || !plain_np(k, name)) return false;
  for (int m = k; m < name; ++m)
    if (is_word(m) && is_person_noun(lower(m))) return true;
  return false;
}

// 3. A cue on the lines around the quote (all strong attributions).
const CueHit* Attributor::cue_on_other_lines(int p0, int p1, int ot, int ct, int content_end) const {
  if (ot == body_first_[p0] && p0 > 0) {
    // A quote opening its paragraph after a paragraph ending "... wrote:".
    int prev_last = para_end_tok(p0 - 1) - 1;
    if (prev_last >= 0 && para_of(prev_last) == p0 - 1 && is_punct(prev_last, ':')) {
      auto it = cue_at_or_after(prev_last);
      if (it != cues_.begin() && sent_[(it - 1)->last] == sent_[prev_last]) return &*(it - 1);
    }
  }
  // A line of reported speech, then a line that is one quote: the reported speaker goes on.
  if (ot == body_first_[p0] && content_end + 1 >= para_end_tok(p1))
    if (const CueHit* c = reported_before(p0)) return c;
  // A quote ending its line, then a short line that only attributes it ("X reminded.").
  if (ct != kNone && ct + 2 >= para_end_tok(p1))
    if (const CueHit* c = cue_in_next_line(p1)) return c;
  // A quote ending its sentence, then "This was stated by X." / "So X commented on ...".
  if (ct != kNone)
    if (const CueHit* c = cue_in_next_sentence(ct)) return c;
  // A section heading that is a quote and its source (`'No recession this year': Acme Bank`): the
  // words of the person the section goes on to quote.
  if (heading_quote(p0, ot, ct)) return section_cue(p0);
  return nullptr;
}

// The person who gave a label in a passive: `dubbed "X" by Anna Berg`, `called the "X" by Berg`: a
// naming or reporting word before the quote (a "the" between them at most), then "by" and a PERSON
// right after it; nullptr otherwise.
const Entity* Attributor::label_agent(int ot, int ct, int p1, int* first, int* last) const {
  int end = para_end_tok(p1);
  int v = ot - 1;
  if (v >= 0 && is_word(v) && lower(v) == "the") --v;
  if (v < 0 || !is_lower_word(v) || para_of(v) != para_of(ot)) return nullptr;
  std::string_view w = lower(v);
  if (!lex_.is_scare_intro(w) && !lex_.cues_starting_with(w)) return nullptr;
  int b = ct + 1;
  if (b < end && is_punct(b, ',')) return nullptr;
  if (b + 1 >= end || !is_word(b) || lower(b) != "by" || !is_caps(b + 1)) return nullptr;
  int l = caps_run_right(b + 1, end);
  const Entity* ent = entity_over(toks_[b + 1].start, toks_[l].end, false);
  if (!ent || ent->label != Label::kPerson) return nullptr;
  *first = b + 1;
  *last = l;
  return ent;
}

// The cue that closes the sentence of a quote closing at ct, after a comma: `..., said X.`,
// `..., X told Reuters.` (its subject, then at most four words before the sentence ends).
const CueHit* Attributor::cue_ending_sentence(int ct, int p1) const {
  int end = para_end_tok(p1);
  for (auto it = cue_at_or_after(ct + 1); it != cues_.end() && it->first < end && sent_[it->first] == sent_[ct] &&
                                          it->first <= ct + 60;
       ++it) {
    if (it->subj_first == kNone) continue;
    int opener = std::min(it->subj_first, it->first);
    // After a comma, or after the last of a list of quotes whose comma its mark closes: `"a", "b," says X.`
    bool after_comma = opener > ct + 1 && (is_punct(opener - 1, ',') ||
                                           (opener > ct + 2 && is_mark(opener - 1) && is_punct(opener - 2, ',')));
    if (!after_comma) continue;
    int k = std::max(it->last, it->subj_last) + 1, words = 0;
    for (; k < end && sent_[k] == sent_[ct] && words <= 4; ++k) {
      // `..., he told the channel, adding that ...`: a participle of speech goes on with the same speaker.
      if (is_punct(k, ',') && k + 1 < end && is_word(k + 1) && speech_participle(k + 1)) return &*it;
      // `..., says Ann Dole, a professor of rhetoric at ...`: an apposition to the subject ends the sentence.
      if (is_punct(k, ',') && k == it->subj_last + 1 && it->subj_last > it->last && k + 1 < end && is_word(k + 1) &&
          (lower(k + 1) == "a" || lower(k + 1) == "an" || lower(k + 1) == "the" || is_person_noun(lower(k + 1))))
        return &*it;
      words += is_word(k);
    }
    if (words <= 4 && (k >= end || sent_[k] != sent_[ct])) return &*it;
  }
  return nullptr;
}

// Whether [b, e) is a plain noun phrase: words (or possessives and hyphens), no pronoun, no cue, and
// no stop word but "of", "for", "at", "on", "in", "and" ("the Russian-language version of the official site").
bool Attributor::plain_np(int b, int e) const {
  for (int m = b; m < e; ++m) {
    if (!outside(m)) return false;
    if (toks_[m].has(kPossessive) || (toks_[m].has(kDash) && !toks_[m].has(kSpaceBefore))) continue;
    if (!is_word(m)) return false;
    std::string_view w = lower(m);
    if (is_pronoun(w) || lex_.cues_starting_with(w) || (lex_.is_stop(w) && !lex_.is_role_complement(w))) return false;
  }
  return true;
}

// The speech cue, with a speaker, of the sentence right before token ot in its paragraph, when that
// sentence holds no quotation mark ("He added that concerns were industry-wide."); nullptr otherwise.
const CueHit* Attributor::reported_sentence_before(int ot) const {
  int p = para_of(ot);
  if (ot <= body_first_[p] || sent_[ot - 1] == sent_[ot]) return nullptr;
  const int b = std::max({sentence_first(ot - 1), body_first_[p], ot - 80});
  for (int k = b; k < ot; ++k)
    if (is_mark(k)) return nullptr;
  const CueHit* found = nullptr;
  for (auto it = cue_at_or_after(b); it != cues_.end() && it->first < ot; ++it)
    if (it->strength == CueStrength::kSpeech && !it->speaker.empty()) found = &*it;
  return found;
}

// `X said Friday that while ... was unclear, it "posed a threat"`: a speech cue whose "that" clause
// (within three words) opens with a subordinate clause ("while", "although", "if", ...); the comma
// that ends the subordinate clause starts the that-clause's own main clause, still the cue's.
bool Attributor::that_complement(const CueHit& cue) const {
  if (cue.strength != CueStrength::kSpeech) return false;
  int n = static_cast<int>(toks_.size());
  for (int k = cue.last + 1; k + 1 < n && k <= cue.last + 3 && sent_[k] == sent_[cue.last] && outside(k); ++k) {
    if (!is_word(k)) return false;
    if (lower(k) != "that") continue;
    return is_word(k + 1) && lex_.is_subordinator(lower(k + 1));
  }
  return false;
}

// "adding", "noting", "stressing": a reporting verb's -ing form.
bool Attributor::speech_participle(int k) const {
  std::string_view w = lower(k);
  return w.size() > 4 && w.substr(w.size() - 3) == "ing" && lex_.cues_starting_with(w) != nullptr;
}

std::vector<CueHit>::const_iterator Attributor::cue_at_or_after(int k) const {
  return std::lower_bound(cues_.begin(), cues_.end(), k, [](const CueHit& c, int t) { return c.first < t; });
}

// Whether paragraph p (before the quote being attributed) holds or lies in a quotation already
// emitted; scare quotes and titles ("the so-called "X"", a programme's name) do not count.
bool Attributor::quotes_someone(int p) const {
  if (!para_marks_[p]) return false;
  const auto& quotes = ctx_.doc.quotes;
  std::int64_t start = ctx_.doc.paragraphs[p].start;
  for (std::size_t i = quotes.size(); i-- > 0 && quotes[i].end > start;)
    if (quotes[i].kind == QuoteKind::kQuotation) return true;
  return false;
}

// The last speech cue with a resolved speaker in the narration line before paragraph p0 ("He said
// that the problem arose two months ago."), when that line quotes nobody itself. Further back (at
// most kContinuationLines narration lines, no turn among them), the last person who spoke: a
// paragraph that is one quote and names nobody goes on with the person last quoted or reported
// (the news convention of the continuing quote).
const CueHit* Attributor::reported_before(int p0) const {
  constexpr int kContinuationLines = 4;
  const auto& paras = ctx_.doc.paragraphs;
  if (p0 == 0 || quotes_someone(p0 - 1)) return nullptr;
  auto it = cue_at_or_after(static_cast<int>(para_first_[p0]));
  for (int q = p0 - 1; q >= 0 && q >= p0 - kContinuationLines; --q) {
    if (!paras[q].speaker.empty() || paras[q].kind != ParagraphKind::kNarrative) return nullptr;
    while (it != cues_.begin() && para_of((it - 1)->first) >= q) {
      --it;
      if (it->strength != CueStrength::kSpeech || it->speaker.empty()) continue;
      if (q == p0 - 1) return &*it;
      const Entity* ent = entity_by_id(it->speaker);
      return ent && ent->label == Label::kPerson ? &*it : nullptr;  // the nearest speaker, a person
    }
  }
  return nullptr;
}

// The cue of a short line (at most eight words) after paragraph p1 that is only the cue and its
// subject (and two words more at most): `Xiu Lipeng reminded.`, not `The government insists the
// policy is working.`
const CueHit* Attributor::cue_in_next_line(int p1) const {
  const auto& paras = ctx_.doc.paragraphs;
  int p = p1 + 1;
  if (p >= static_cast<int>(paras.size()) || !paras[p].speaker.empty()) return nullptr;
  int b = body_first_[p], end = para_end_tok(p);
  if (b >= end || words_between(b, end) > 8) return nullptr;
  auto it = cue_at_or_after(b);
  if (it == cues_.end() || it->first >= end || (it->subj_first == kNone && it->speaker.empty())) return nullptr;
  int opener = it->subj_first != kNone ? std::min(it->subj_first, it->first) : it->first;
  int closer = std::max(it->last, it->subj_last);  // then at most two words ("on Monday")
  return opener == b && words_between(closer + 1, end) <= 2 ? &*it : nullptr;
}

// The cue of the sentence after a quote that ends its own, when that sentence opens with a word
// pointing back at it ("This was stated by X.", "So X commented on the news.") and the cue has a
// subject that is no pronoun, or when "this" follows a speech cue whose speaker is known ("X spoke
// about this on Friday", Russian's "Об этом заявил X" in translation).
const CueHit* Attributor::cue_in_next_sentence(int ct) const {
  int n = static_cast<int>(toks_.size());
  int k = ct + 1;
  if (k < n && toks_[k].has(kPunct) && !toks_[k].has(kQuoteMark) && sent_[k] == sent_[ct]) ++k;  // `"...".`
  if (k >= n || sent_[k] == sent_[ct] || para_of(k) > para_of(ct) + 1 || !is_word(k)) return nullptr;
  std::string_view w = lower(k);
  bool points_back = w == "this" || w == "that" || w == "such" || w == "so" || w == "thus" || w == "these";
  for (auto it = cue_at_or_after(k); it != cues_.end() && sent_[it->first] == sent_[k] && it->first <= k + 16; ++it) {
    // "X spoke about this on Friday": the word pointing back right after the cue.
    bool this_after = it->strength == CueStrength::kSpeech && !it->speaker.empty() &&
                      ((it->last + 1 < n && is_word(it->last + 1) && lower(it->last + 1) == "this") ||
                       (it->last + 2 < n && is_word(it->last + 2) && lower(it->last + 2) == "this"));
    if ((points_back && (!it->speaker.empty() || (it->subj_first != kNone && !it->pronoun))) || this_after) return &*it;
  }
  return nullptr;
}

// A short line (at most sixteen words, no final stop) that opens with a quote followed by a colon
// and a name, or a quote left open over a colon: a section heading citing its source.
bool Attributor::heading_quote(int p0, int ot, int ct) const {
  if (ot != body_first_[p0] || !ctx_.doc.paragraphs[p0].speaker.empty()) return false;
  int end = para_end_tok(p0);
  if (words_between(ot, end) > 16) return false;
  int last = end - 1;
  if (toks_[last].has(kPunct) && !toks_[last].has(kQuoteMark) && (text_[toks_[last].start] == '.' ||
                                                                 text_[toks_[last].start] == '?' ||
                                                                 text_[toks_[last].start] == '!'))
    return false;
  for (int k = ct != kNone ? ct + 1 : ot + 1; k + 1 < end; ++k)
    if (is_punct(k, ':')) return is_caps(k + 1) && (ct == kNone || k == ct + 1);
  return false;
}

// The first cue with a resolved speaker in the two paragraphs after a heading.
const CueHit* Attributor::section_cue(int p0) const {
  for (auto it = cue_at_or_after(para_end_tok(p0)); it != cues_.end() && para_of(it->first) <= p0 + 2; ++it)
    if (!it->speaker.empty()) return &*it;
  return nullptr;
}

// A nested quote: a title or scare word unless it is a long quotation of its own.
Quote Attributor::nested_quote(const QuoteSpan& q, int ot, int inner, int content_end, int words,
                               const std::vector<std::uint8_t>& span_is_quotation,
                               const std::vector<int>& emitted) const {
  Quote out;
  out.kind = (words >= 6 && !title_like(inner, content_end)) ? QuoteKind::kQuotation : QuoteKind::kScare;
  if (out.kind != QuoteKind::kQuotation) return out;
  // "... and I thought: 'Maybe this is how we come back.'": the outer speaker's own words.
  int parent_quote = q.parent >= 0 && span_is_quotation[q.parent] ? emitted[q.parent] : kNone;
  if (parent_quote != kNone && ot >= 3 && (is_punct(ot - 1, ':') || is_punct(ot - 1, ',')) && is_word(ot - 2) &&
      is_word(ot - 3) && lex_.cues_starting_with(lower(ot - 2)) != nullptr) {
    std::string_view who = lower(ot - 3);
    if (who == "i" || who == "we") out.speaker = ctx_.doc.quotes[parent_quote].speaker;
  }
  return out;
}

// `"...," as X ...` opening the clause after the quote closing at ct.
bool Attributor::as_clause_after(int ct) const {
  int k = ct + 1, n = static_cast<int>(toks_.size());
  if (k < n && is_punct(k, ',')) ++k;
  return k < n && sent_[k] == sent_[ct] && is_word(k) && lower(k) == "as";
}

// `As X commented on the results, "..."`: a cue with a subject that introduces the quote outright
// (its clause, then a comma or colon, then the quote) frames it; an "as" clause after the quote
// ("..., as protesters urged a boycott") is then a circumstance, not its attribution.
const CueHit* Attributor::framing_cue_before(int ot, int p0, int words) const {
  bool strong = false;
  const CueHit* c = cue_before_quote(ot, p0, words, &strong);
  if (!c || !strong || (c->subj_first == kNone && c->speaker.empty()) || c->pronoun) return nullptr;
  return ot > 0 && (is_punct(ot - 1, ',') || is_punct(ot - 1, ':')) ? c : nullptr;
}

// The cue of a top-level quote, tried in order; `strong` when the cue alone makes it a quotation.
const CueHit* Attributor::quote_cue(int ot, int ct, int p0, int p1, int words, bool embedded, CueHit* apposed,
                                    bool* strong) const {
  const CueHit* att = nullptr;
  *strong = false;
  // 1. After the quote: `"...," he said`, `"...," said one diplomat`, `"..." according to X`.
  if (ct != kNone && !embedded) {
    att = cue_after_quote(ct, p1, words);
    *strong = att != nullptr;
    // `X tweeted, "...", according to a Newsweek story`: the "as" clause or the source after the quote
    // reports it; the cue that introduces the quote names the speaker.
    if (att && (as_clause_after(ct) || att->text == "according to"))
      if (const CueHit* framed = framing_cue_before(ot, p0, words)) att = framed;
  }
  // 1b. `"...," Pavel Orlov, virologist, head of the laboratory at the institute, stated ...`: the
  // person named right after the quote, set off by a comma, is the subject of the sentence's cue.
  if (!att && ct != kNone && !embedded && apposed_person_cue(ct, p1, apposed)) {
    att = apposed;
    *strong = true;
  }
  // 2. Before the quote, in its sentence and clause: `X said: "..."`, `X told CBS that ... "..."`.
  if (!att) att = cue_before_quote(ot, p0, words, strong);
  // 3. The inverted cue ending the quote's sentence (`The "..." eases worries, said X.`), or the lines
  // around it: the line before reports speech or ends "wrote:", the line after only attributes it, ...
  if (!att && ct != kNone && !embedded) att = cue_ending_sentence(ct, p1);
  if (!att) {
    att = cue_on_other_lines(p0, p1, ot, ct, content_end_of(ct, p1));
    *strong = att != nullptr;
  }
  return att;
}

// A quote with no cue, no colon subject and no headline name: the previous quotation's speaker
// continuing, the turn's speaker, a pull quote's, a scare quote, or a quotation no one is found for.
void Attributor::uncued_quote(const QuoteSpan& q, int ot, int p0, int p1, int inner, int content_end, int words,
                              int last_attr_para, const Quote& last_attr, Quote* out) {
  const auto& paras = ctx_.doc.paragraphs;
  bool sentence_start = ot == body_first_[p0] || (ot > 0 && sent_[ot - 1] != sent_[ot]);
  const std::string& turn = p0 < static_cast<int>(paras.size()) ? paras[p0].speaker : std::string();
  bool full_sentence = words >= 4 || (words >= 2 && ends_terminal(q));
  const CueHit* reported = sentence_start && full_sentence && turn.empty() ? reported_sentence_before(ot) : nullptr;
  if (sentence_start && full_sentence && last_attr_para != kNone &&
      (last_attr_para == p0 || (last_attr_para + 1 == p0 && ot == body_first_[p0])) &&
      (turn.empty() || turn == paras[last_attr_para].speaker)) {
    // The next sentence of the same speaker: `"...," he said. "More."`
    *out = last_attr;
    out->kind = QuoteKind::kQuotation;
  } else if (reported != nullptr) {
    // `He added that the problem was wider. "We believe ..."`: the speaker of the reported speech goes on.
    out->kind = QuoteKind::kQuotation;
    out->speaker = reported->speaker;
    out->cue = reported->text;
    if (reported->subj_first != kNone) set_speaker_span(out, reported->subj_first, reported->subj_last);
  } else if (!turn.empty() && (words >= 6 || (full_sentence && (sentence_start || (ot > 0 && is_punct(ot - 1, ':'))))) &&
             !scare_intro(ot)) {
    out->kind = QuoteKind::kQuotation;
    out->speaker = turn;
  } else if (words >= 6 && ot == body_first_[p0] && content_end + 1 >= para_end_tok(p1)) {
    // A paragraph that is one quote (a pull quote): the words of whoever says them elsewhere.
    out->kind = QuoteKind::kQuotation;
    out->speaker = pull_quote_speaker(q, p0, p1);
  } else if (words <= 5 || scare_intro(ot) || title_like(inner, content_end) || !q.closed) {
    // (an unclosed quote nobody says: most often a lost closing mark around a phrase)
    out->kind = QuoteKind::kScare;
  } else {
    out->kind = QuoteKind::kQuotation;
  }
}

void Attributor::set_speaker_span(Quote* out, int first, int last) const {
  out->speaker_start = toks_[first].start;
  out->speaker_end = toks_[last].end;
  out->speaker_text = std::string(text_.substr(out->speaker_start, out->speaker_end - out->speaker_start));
}

void Attributor::attribute() {
  const auto& paras = ctx_.doc.paragraphs;
  int last_attr_para = kNone;   // paragraph where the last attributed quotation ended
  Quote last_attr;              // its attribution
  std::vector<std::uint8_t> span_is_quotation(spans_.size(), 0);
  std::vector<int> emitted(spans_.size(), kNone);  // index in doc.quotes
  std::vector<int> headline_quotes;                // headline quotes no one says there
  for (std::size_t qi = 0; qi < spans_.size(); ++qi) {
    const QuoteSpan& q = spans_[qi];
    int ot = open_tok_[qi];
    if (ot == kNone) continue;
    int ct = close_tok_[qi];
    int p0 = static_cast<int>(q.first_para), p1 = static_cast<int>(q.last_para);
    int content_end = content_end_of(ct, p1);
    int inner = q.open_len > 0 ? ot + 1 : ot;  // the first quoted token (no mark when it was lost)
    int words = words_between(inner, content_end);
    if (q.depth > 0) {
      Quote out = nested_quote(q, ot, inner, content_end, words, span_is_quotation, emitted);
      if (out.kind == QuoteKind::kQuotation) span_is_quotation[qi] = 1;
      emitted[qi] = emit(q, std::move(out));
      continue;
    }
    Quote out;
    // A quote inside a sentence takes a cue after it only when it is no title: `would not accept "this
    // kind of leadership", he told ...`, not `on CNN's "State of the Union," X said`.
    bool embedded = ot > body_first_[p0] && sent_[ot - 1] == sent_[ot] && !toks_[ot - 1].has(kPunct) &&
                    (words <= 1 || title_like(inner, content_end > inner && is_punct(content_end - 1, ',')
                                                          ? content_end - 1 : content_end));
    bool strong = false;
    CueHit apposed;
    const CueHit* att = quote_cue(ot, ct, p0, p1, words, embedded, &apposed, &strong);
    // 4. A headline's "Cameron: 'We must stand firm'": a name and a colon opening the paragraph.
    int headline_first = att ? kNone : headline_name(ot, p0, inner, content_end);
    // 5. "Miller was not convinced: '...'", "..., Guardiola smiled: '...'": a person, a short
    // predicate and a colon before the quote.
    int colon_first = kNone, colon_last = kNone;
    const Entity* colon_ent = nullptr;
    bool unnamed = !att || (att->subj_first == kNone && att->speaker.empty());
    if (unnamed && headline_first == kNone && ot >= 3 && is_punct(ot - 1, ':') && words >= 3 &&
        !title_like(inner, content_end))
      colon_ent = person_subject_before(ot - 2, body_first_[p0], &colon_first, &colon_last);
    // 6. `dubbed "the long winter" by X`: a label whose agent follows the quote.
    if (unnamed && !colon_ent && ct != kNone) colon_ent = label_agent(ot, ct, p1, &colon_first, &colon_last);
    if (colon_ent) att = nullptr;
    bool has_speaker = att && (att->subj_first != kNone || !att->speaker.empty());
    // A one-word partial quote is the speaker's word in predicate position ("branded the defence
    // 'laughable'", "the findings were "preliminary""), a name or scare word after a determiner ("a 'ceasefire'").
    bool predicate_word = words == 1 && ot > body_first_[p0] && is_word(ot - 1) &&
                          !lex_.is_determiner(lower(ot - 1)) && !toks_[ot - 1].has(kPossessive) &&
                          !toks_[ot - 1].has(kUpperInitial) && !scare_intro(ot) && !lex_.is_stop(lower(ot - 1));
    bool to_be = words == 1 && ot > body_first_[p0] && is_word(ot - 1) &&
                 (lower(ot - 1) == "was" || lower(ot - 1) == "were" || lower(ot - 1) == "is" || lower(ot - 1) == "are" ||
                  lower(ot - 1) == "be" || lower(ot - 1) == "been");
    bool named = words <= 6 && naming_intro(ot);  // `the so-called "de-risking"`, `the newspaper "Bild"`
    // "accused the government of 'dithering'", "denouncing it as 'unacceptable'": after a labelling
    // verb, the charge or label is the speaker's word.
    bool charge = words == 1 && att && ot > body_first_[p0] && is_word(ot - 1) &&
                  (lower(ot - 1) == "of" || lower(ot - 1) == "as") && labelling_cue(att->text);
    if (att && !named && (strong || (has_speaker && (words >= 2 || predicate_word || to_be || charge) && !title_like(inner, content_end)))) {
      out.kind = QuoteKind::kQuotation;
      out.cue = att->text;
      out.channel = att->channel;
      out.speaker = att->speaker;
      if (att->subj_first != kNone) set_speaker_span(&out, att->subj_first, att->subj_last);
    } else if (colon_ent != nullptr) {
      out.kind = QuoteKind::kQuotation;
      set_speaker_span(&out, colon_first, colon_last);
      out.speaker = colon_ent->id;
    } else if (headline_first != kNone && words >= 2) {
      out.kind = QuoteKind::kQuotation;
      set_speaker_span(&out, headline_first, ot - 2);
      if (const Entity* ent = entity_over(static_cast<std::uint32_t>(out.speaker_start),
                                          static_cast<std::uint32_t>(out.speaker_end), false))
        out.speaker = ent->id;
    } else {
      uncued_quote(q, ot, p0, p1, inner, content_end, words, last_attr_para, last_attr, &out);
      int sf = kNone, sl = kNone;
      const bool after_determiner = determiner_opens_quote_np(ot);
      const Entity* subject = out.kind == QuoteKind::kScare && !after_determiner && !named && !title_like(inner, content_end)
                                  ? person_subject_of_sentence(ot, p0, &sf, &sl) : nullptr;
      if (subject) {
        // `Lavrov found the plan "unworkable"`: a partial quote in the predicate of a person's sentence
        // (not right after a determiner: `in the wake of a 'ceasefire'` stays a scare quote).
        out.kind = QuoteKind::kQuotation;
        out.speaker = subject->id;
        set_speaker_span(&out, sf, sl);
      } else if ((out.kind == QuoteKind::kScare || (out.speaker.empty() && ot > body_first_[p0] && is_word(ot - 1))) && !after_determiner &&
                 !named && words >= 2 &&
                 !title_like(inner, content_end) && last_attr_para != kNone && !last_attr.speaker.empty() &&
                 (last_attr_para == p0 || last_attr_para + 1 == p0) &&
                 (p0 >= static_cast<int>(paras.size()) || paras[p0].speaker.empty()) &&
                 !names_person_in_sentence(ot)) {
        // `Zelensky will begin "reformatting power," Denisenko added.` then `Another scenario is his
        // transformation into "the father of the nation."`: a partial quote in narration that goes on
        // reporting the speaker of the quotation just before, with nobody else named in its sentence.
        out.kind = QuoteKind::kQuotation;
        out.speaker = last_attr.speaker;
      }
    }
    // Inside an interview turn, a cue with no subject of its own ("... and think "Oh my god"", "As
    // explained in my paper: "..."") is the turn speaker's.
    if (out.kind == QuoteKind::kQuotation && out.speaker.empty() && att && att->subj_first == kNone &&
        p0 < static_cast<int>(paras.size()))
      out.speaker = paras[p0].speaker;
    if (out.kind == QuoteKind::kQuotation) {
      span_is_quotation[qi] = 1;
      if (!out.speaker_text.empty() || !out.speaker.empty()) {
        last_attr = out;
        last_attr_para = p1;
      }
    }
    bool headline = p0 < static_cast<int>(paras.size()) && (paras[p0].kind == ParagraphKind::kTitle ||
                                                           paras[p0].kind == ParagraphKind::kSubtitle);
    bool unsaid = out.speaker.empty();  // no one resolved (a cue may name "Mayor" and no entity)
    emitted[qi] = emit(q, std::move(out));
    if (headline && unsaid && emitted[qi] != kNone && words >= 2) headline_quotes.push_back(emitted[qi]);
  }
  for (int h : headline_quotes) attribute_headline_quote(h);
}

// A headline quotes words said in the article ("Kremlin has 'negative reaction' to ..."): the
// first place after the headline where the same words stand (letter case aside) gives the speaker,
// the quote holding them or else the cue of their sentence; where they stand nowhere else (the
// headline paraphrases), the first of the next eight quotes that is an attributed quotation. At
// most eight headline quotes are searched for (one pass over the text each).
void Attributor::attribute_headline_quote(int h) {
  if (++headline_searches_ > 8) return;
  Quote& hq = ctx_.doc.quotes[h];
  std::string_view needle = std::string_view(lower_).substr(hq.start, hq.end - hq.start);
  if (needle.size() < 8) return;
  std::size_t at = std::string_view(lower_).find(needle, static_cast<std::size_t>(hq.end));
  const auto& quotes = ctx_.doc.quotes;
  if (at == std::string_view::npos) {
    // The words recur nowhere (a headline paraphrases): the article's first attributed quotation.
    for (std::size_t q = static_cast<std::size_t>(h) + 1; q < quotes.size() && q <= static_cast<std::size_t>(h) + 8; ++q) {
      if (quotes[q].kind != QuoteKind::kQuotation || quotes[q].speaker.empty()) continue;
      hq.kind = QuoteKind::kQuotation;
      hq.speaker = quotes[q].speaker;
      if (hq.cue.empty()) hq.cue = quotes[q].cue;
      return;
    }
    return;
  }
  auto it = std::upper_bound(quotes.begin(), quotes.end(), static_cast<std::int64_t>(at),
                             [](std::int64_t b, const Quote& q) { return b < q.start; });
  for (int steps = 0; it != quotes.begin() && steps < 8; ++steps) {
    --it;
    if (it->end >= static_cast<std::int64_t>(at + needle.size()) && !it->speaker.empty()) {
      hq.kind = QuoteKind::kQuotation;
      hq.speaker = it->speaker;
      if (hq.cue.empty()) hq.cue = it->cue;
      return;
    }
  }
  int t = tok_at(static_cast<std::uint32_t>(at));
  if (t >= static_cast<int>(toks_.size())) return;
  int first = t;
  while (first > 0 && sent_[first - 1] == sent_[t] && t - first < 64) --first;
  for (auto c = cue_at_or_after(first); c != cues_.end() && sent_[c->first] == sent_[t]; ++c) {
    if (c->speaker.empty()) continue;
    hq.kind = QuoteKind::kQuotation;
    hq.speaker = c->speaker;
    if (hq.cue.empty()) hq.cue = c->text;
    return;
  }
}

void Attributor::run() {
  index_paragraphs();
  std::vector<MarkProblem> problems;
  std::vector<std::uint32_t> orphans;
  pair_marks(text_, bodies_, &spans_, &problems, &orphans);
  for (auto& pr : problems) ctx_.doc.warnings.push_back({pr.start, pr.end, "unmatched_quote", std::move(pr.message)});
  build_lower();
  index_marks();
  find_dash_speech();
  recover_lost_openings(orphans);
  split_dash_closed();
  if (spans_.empty()) return;
  index_mentions();
  mark_quote_tokens();
  split_sentences();
  find_clause_breaks();
  find_cues();
  resolve_cues();
  attribute();
}

}  // namespace
}  // namespace quotes

QuoteStage::QuoteStage(const Options& options)
    : options_(&options), lexicon_(std::make_unique<quotes::Lexicon>(options.cue_verbs)) {}
QuoteStage::~QuoteStage() = default;
QuoteStage::QuoteStage(QuoteStage&&) noexcept = default;

void QuoteStage::run(Context& ctx) const {
  quotes::Attributor(ctx, *lexicon_).run();
}

}  // namespace parley::detail
