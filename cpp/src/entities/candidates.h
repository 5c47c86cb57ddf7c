// The candidate state of the entities stage (internal): the token view of one article and the candidate
// spans the passes find, resolve and group. Each pass is one member function, defined in the file of its
// mechanism; EntityStage::run (entities.cc) calls them in order:
//   candidates.cc     the token view: word classes, phrase matches, headline paragraphs, candidates
//   urls.cc           URLs (a byte scan per paragraph)
//   runs.cc           the left-to-right walk and the extent of a capitalised run
//   values.cc         figures: cardinals, ordinals, money, percentages, quantities, durations
//   dates.cc          dates and times read in the walk, then their normalised values
//   titles.cc         titles read before a name ("Chairman of the State Duma Vyacheslav Volodin")
//                     and title references ("the US President")
//   heads.cc          names by their head-word: places, events, documents, facilities, organisations
//   segment.cc        a run cut by the gazetteer into known pieces and pending names
//   headline_names.cc a title-case headline's run cut to the person's name the article writes elsewhere
//   resolve.cc        pending runs resolved with document-level evidence
//   person_evidence.cc  the evidence that makes an unknown run a person (given name, label, pronoun, ...)
//   body_evidence.cc  the evidence that makes an unknown run a body (a determiner, a source cue, an
//                     apposition, an affiliation, a headline's outlet segment, ...)
//   abbreviations.cc  declared abbreviations and initials linked to their long forms
//   acronyms.cc       an unknown acronym among lower-case words is a body
//   nicknames.cc      a quoted nickname inside a person's name, and used alone
//   legal_forms.cc    a company's legal form and its full stop close its name, and it groups without them
//   variants.cc       spelling variants of a surname linked to the full name
//   grouping.cc       mentions grouped into entities, the entities built
//   gender.cc         gender evidence for people (handed to the quotes stage)
#ifndef PARLEY_SRC_ENTITIES_CANDIDATES_H_
#define PARLEY_SRC_ENTITIES_CANDIDATES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "entities/lexicon.h"
#include "entities/matcher.h"
#include "pipeline.h"

namespace parley::detail {

// Word classes the stage adds to the lexicon's (bits 22-24 and 28).
constexpr std::uint32_t kZone = 1u << 22;    // value: index + 1 into kZones
constexpr std::uint32_t kPercentWord = 1u << 23;
constexpr std::uint32_t kAmPm = 1u << 24;    // value: 1 = am, 2 = pm
constexpr std::uint32_t kDayWord = 1u << 28;  // today, yesterday, tomorrow, tonight

enum class Kind { kName, kTitleRef, kPending, kValue };

struct Cand {
  std::uint32_t b = 0, e = 0;  // token range
  std::uint32_t bb = 0, eb = 0;  // byte range (set when the span is not token-aligned)
  Label label = Label::kPerson;
  Kind kind = Kind::kName;
  std::string canonical;
  std::uint64_t canon_key = 0;  // grouping key of `canonical`
  std::int32_t ref = -1;        // a fuller mention of the same person (first-name use)
  std::string value;
  std::string inferred;  // for dates: what of `value` the text did not state ("year from weekday", ...)
  std::string modifier;
  std::string title;      // for persons: the title read before the name
  std::string title_key;  // for title references / titled persons: "country|title"
  std::string title_head; // "president", "secretary of state"
  bool strong = false;    // local evidence (title, given name, speech verb, gazetteer)
  bool quoted = false;
  bool in_marker = false;
  bool acronym_paren = false;  // "Name (ABBR)"
  bool by_speech = false;      // a name only because a speech verb is next to it
  int clock = -1;  // minutes after midnight for TIME
  std::uint32_t para = 0;
};

struct DateParts {
  int year = 0, month = 0, day = 0, weekday = -1;
};

// The longest phrase match at a token: gazetteer entry and multi-word classes.
// A given name the census or the curated table gives to one gender ('m', 'f'), else 0 (gender.cc).
char given_name_gender(std::string_view lower);

struct Hit {
  std::uint32_t end = 0;
  std::int32_t entry = -1;
  std::uint32_t cend = 0, classes = 0, value = 0;
};

struct ZoneAt {
  std::uint32_t b, e;
  int zone;
};

// A capitalised run while the rules read it: [s, end) after trimming, e its extent before.
struct Run {
  std::uint32_t i = 0;  // where the walk stood
  std::uint32_t s = 0, e = 0, end = 0;
  std::int64_t body_title = -1;  // a body closes the title before a given name
  std::int64_t last_title = -1;  // the last title token before a name inside the run
  bool run_ends_title = false;
  bool quoted = false, speech_after = false, speech_before = false, paren_acr = false;
};

// A figure while it is read: "more than $964 million", "27%", "two weeks ago".
struct Figure {
  std::uint32_t i = 0, b = 0, j = 0;
  bool money_sign = false, mag_plural = false, a_one = false;
  std::string approx;
};

struct Group {
  Label label;
  std::vector<std::size_t> cands;
  std::string name;
  std::vector<std::string> titles;
};

std::string lower_ascii(std::string_view s);
// Arabic name particles inside a run: "al-Burhan", "bin Salman".
bool is_particle(std::uint64_t hash);
// Particles inside European and Arabic names: "von der Leyen", "da Silva", "bin Salman".
bool is_name_particle(std::uint64_t hash);
std::string two(int v);  // "07"
std::uint64_t spelling_hash(std::string_view word);  // the folded spelling of a name word

struct CandidateState {
  CandidateState(Context& ctx, const Matcher& matcher);

  // ---- The token view (candidates.cc).
  const Matcher& M;
  Context& ctx;
  const std::string_view text;
  Document& doc;
  const std::vector<Token>& toks;
  const std::uint32_t n;
  std::vector<std::uint64_t> h;  // folded hash per token
  // Token k's spelling with transliteration endings folded ("Zelenskyy", "Zelenskiy" and "Zelensky";
  // "Sergei" and "Sergey"), the key people's names are compared by (h[k] for other words).
  std::uint64_t hn(std::uint32_t k) const;
  std::vector<std::uint32_t> cls, val;  // word classes and value
  // Capitalised words, value 1 once the article also writes them in lower case.
  FlatMap caps;
  std::vector<std::uint8_t> marker;  // 1 = inside a speaker marker
  // Every token's longest phrase match. Most (nine in ten on news text) are the token's own word class,
  // one token long, and match() rebuilds them from cls and val; the others (a phrase, a gazetteer entry)
  // are kept in hit_list, hit_of[i] being the index + 1 there (0: none kept).
  std::vector<std::uint32_t> hit_of;
  std::vector<Hit> hit_list;
  std::vector<std::uint8_t> titlecase;  // per paragraph: headline case

  // Token text (tokens lie inside the text: no bounds check needed).
  std::string_view sv(std::uint32_t i) const {
    return std::string_view(text.data() + toks[i].start, toks[i].end - toks[i].start);
  }
  std::string_view span_text(std::uint32_t b, std::uint32_t e) const {
    return text.substr(toks[b].start, toks[e - 1].end - toks[b].start);
  }
  bool lower_word(std::uint32_t i) const {
    return toks[i].has(kWord) && !toks[i].has(kUpperInitial) && !toks[i].has(kPossessive);
  }
  // Is token k's word written in lower case somewhere in the article?
  bool lower_seen(std::uint32_t k) const {
    if (lower_word(k)) return true;
    const std::uint32_t* v = caps.find(h[k]);
    return v && *v;
  }
  bool same_para(std::uint32_t a, std::uint32_t b) const { return b < n && toks[a].paragraph == toks[b].paragraph; }
  bool is_cap(std::uint32_t i) const {
    return toks[i].has(kWord) && toks[i].has(kUpperInitial) && !toks[i].has(kPossessive);
  }
  bool is_punct(std::uint32_t i, char c) const {
    return i < n && toks[i].has(kPunct) && toks[i].end - toks[i].start == 1 && text[toks[i].start] == c;
  }
  bool adjacent(std::uint32_t i) const { return i < n && !toks[i].has(kSpaceBefore); }
  Hit match(std::uint32_t i) const {
    if (i >= n) return Hit{};
    if (hit_of[i]) return hit_list[hit_of[i] - 1];
    return cls[i] ? Hit{0, -1, i + 1, cls[i], val[i]} : Hit{};  // the word's class, or no match
  }
  Hit match_at(std::uint32_t i, std::uint32_t node) const;  // node: the trie node of token i alone
  std::uint32_t prev_cls(std::uint32_t k) const { return k > 0 && same_para(k - 1, k) ? cls[k - 1] : 0u; }
  // The full stop of a middle initial inside a name: "George W. Harlan" (a one-letter capital after a given
  // name, the full stop glued to it, a capital after it).
  bool initial_stop(std::uint32_t q) const {
    return q >= 2 && is_punct(q, '.') && adjacent(q) && q + 1 < n && is_cap(q + 1) && same_para(q, q + 1) &&
           is_cap(q - 1) && toks[q - 1].end - toks[q - 1].start == 1 && (cls[q - 2] & lex::kGivenName) &&
           is_cap(q - 2) && same_para(q - 2, q);
  }
  // A family name that leads the name ("Wang" of "Wang Lipei"), not written in capitals.
  bool family_first(std::uint32_t k) const {
    return (cls[k] & lex::kGivenName) && val[k] == lex::kFamilyFirst && is_cap(k) && !toks[k].has(kAllCaps);
  }
  // A given name followed by a capital starts a person, even when a town bears it ("Vladimir").
  bool given_start(std::uint32_t k) const;
  bool name_after_words(std::uint32_t s, std::uint32_t k, std::uint32_t u, std::uint32_t end) const;  // segment.cc
  std::uint32_t place_led_run(std::uint32_t s, std::uint32_t k, std::uint32_t place_end, std::uint32_t end);
  // "Name (ABBR)": an all-capitals word in brackets right after token e-1 declares an abbreviation.
  bool declares_abbreviation(std::uint32_t e) const {
    return is_punct(e, '(') && e + 2 < n && toks[e + 1].has(kAllCaps) && is_punct(e + 2, ')');
  }
  // Names are read by words, a word being tokens joined without space ("Quintero-Haynes").
  std::uint64_t seq_hash(std::uint32_t b, std::uint32_t e) const;
  std::uint32_t last_word(std::uint32_t b, std::uint32_t e) const;
  std::uint32_t first_word_end(std::uint32_t b, std::uint32_t e) const;
  bool one_word(const Cand& c) const { return last_word(c.b, c.e) == c.b; }
  // A person's name by its folded spelling (hn): the key of surnames, first names and full names.
  std::uint64_t name_hash(std::uint32_t b, std::uint32_t e) const;
  std::uint64_t surname_of(const Cand& c) const { return name_hash(last_word(c.b, c.e), c.e); }
  std::uint64_t firstname_of(const Cand& c) const { return name_hash(c.b, first_word_end(c.b, c.e)); }
  void find_headlines();
  void trim_headline_names();  // headline_names.cc
  void trim_leading_titles();  // headline_names.cc

  // ---- The candidates.
  std::vector<Cand> cands;
  std::vector<ZoneAt> zones;
  std::vector<DateParts> date_parts;  // parallel to cands for DATE values filled later
  std::vector<int> years_seen;
  Cand& emit(std::uint32_t b, std::uint32_t e, Label label, Kind kind);

  // ---- URLs (urls.cc).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> urls;
  void find_urls();

  // ---- The walk (runs.cc).
  // Token index + 1 -> run start + 1 of a gazetteer organisation ending there (a few per article: a map,
  // not an array the length of the article).
  FlatMap org_end_run{16};
  FlatMap place_words;  // first words of head-word places ("Xinjiang" of "Xinjiang Uygur Autonomous Region")
  void walk();
  std::uint32_t read_run(std::uint32_t i);
  std::uint32_t compound_nationality_or_place(std::uint32_t i);
  std::uint32_t run_extent(std::uint32_t s) const;
  bool split_body_person(Run& r, std::uint32_t* next);
  bool zone_start(std::uint32_t k) const;
  std::uint32_t designation(std::uint32_t i) const;
  std::uint32_t web_name(std::uint32_t i) const;
  std::uint32_t body_name_goes_on(std::uint32_t s, std::uint32_t e) const;
  bool name_like(std::uint32_t b, std::uint32_t e2) const;
  void emit_pieces(std::uint32_t b, std::uint32_t e2);

  // ---- Values (values.cc) and dates and times (dates.cc): each returns the end token or 0.
  std::uint32_t try_value(std::uint32_t i);
  std::uint32_t month_date(std::uint32_t i);
  std::uint32_t day_month_date(std::uint32_t i);
  std::uint32_t clock_time(std::uint32_t i);
  std::uint32_t relative_date(std::uint32_t i);
  std::uint32_t day_word(std::uint32_t i);
  std::uint32_t figure(std::uint32_t i);
  std::uint32_t year_figure(std::uint32_t i);
  void approximator(Figure& f) const;
  std::uint32_t figure_tail(Figure& f);
  bool approx_before(std::uint32_t k) const;
  int digits(std::uint32_t i) const;
  int is_year(std::uint32_t i) const;
  int small_int(std::uint32_t i, int max) const;
  double number_value(std::uint32_t i) const;
  void normalise_dates();
  void normalise_times();

  // ---- Titles (titles.cc).
  bool titleish(std::uint32_t k) const { return (cls[k] & (lex::kTitle | lex::kTitleMod | lex::kHonorific)) != 0; }
  // The word's classes, with those of a phrase of it and its stop: an abbreviated title ("Sen.", "Gov.").
  std::uint32_t classes_with_stop(std::uint32_t k) const {
    const Hit& hit = match(k);
    return cls[k] | (hit.cend == k + 2 && is_punct(k + 1, '.') ? hit.classes : 0);
  }
  std::uint32_t title_start(std::uint32_t end, std::uint32_t floor) const;
  void title_parts(std::uint32_t b, std::uint32_t e, std::string* key, std::string* head) const;
  void find_last_title(Run& r) const;
  bool titled_person(Run& r, std::uint32_t* next);
  std::uint32_t title_body(std::uint32_t tb, std::uint32_t nb) const;
  bool title_reference(const Run& r, std::uint32_t* next);

  // ---- Head-words (heads.cc).
  bool person_of_body(const Run& r, std::uint32_t* next);
  bool headed_place(const Run& r, std::uint32_t* next);
  bool headed_event_or_facility(const Run& r, std::uint32_t* next);
  bool headed_org(Run& r, std::uint32_t* next);
  bool members_of_place(const Run& r, std::uint32_t* next);
  bool headline_body(Run& r, std::uint32_t head, std::uint32_t* next);

  // ---- Segmentation (segment.cc).
  void segment(const Run& r);

  // ---- Resolution (resolve.cc).
  std::unordered_set<std::uint64_t> known_people;
  std::unordered_set<std::uint64_t> interviewer_labels;
  std::unordered_map<std::uint64_t, std::int64_t> surnames;  // last-token hash -> cand index, -1 = ambiguous
  std::unordered_map<std::uint64_t, std::int64_t> firstnames;
  std::unordered_map<std::uint64_t, Label> resolved;
  std::unordered_map<std::uint64_t, Label> initials;
  std::vector<std::uint8_t> place_end;
  FlatMap org_openings{64};  // the openings of the article's organisation names (speaking_orgs)
  void collect_known_people();
  void define_surfaces();
  void share_list_kinds();
  void collect_initials();
  void find_outlets();
  void collect_place_ends();
  bool place_prep(const Cand& c) const;
  bool org_cue(const Cand& c) const;
  void speaking_orgs();
  FlatMap body_heads{16};  // capitalised head-word -> the one body with it + 1 (resolve.cc)
  bool opens_or_closes(const Cand& part, const Cand& whole) const;
  void collect_body_heads();
  bool body_by_head(Cand& c) const;
  void resolve_rest();
  // ---- Person evidence (person_evidence.cc).
  FlatMap alone_words{16};  // one-word capitalised mentions: a surname used alone
  std::vector<std::uint32_t> next_pronoun;  // per token: the next he/she/his/her token (n when none)
  void collect_person_evidence();
  void drop_plural_speakers();
  bool person_evidence(const Cand& c) const;
  bool titled_apposition(const Cand& c) const;
  bool opening_adverb(std::uint32_t s, std::uint32_t e) const;
  bool abbreviated_title_before(const Cand& c) const;
  bool role_before(const Cand& c) const;
  // ---- Body evidence (body_evidence.cc).
  bool determiner_before(const Cand& c) const;
  bool determiner_body(const Cand& c) const;
  bool reported_source(const Cand& c) const;
  bool place_shaped(const Cand& c) const;
  bool camel_word(std::uint32_t k) const;
  static bool family_prefix(std::string_view opening);
  void drop_camel_case_people();  // resolve.cc
  bool camel_case_brand(const Cand& c) const;
  bool body_apposition(const Cand& c) const;
  void person_affiliations();
  bool outlet_segment(const Run& r, std::uint32_t* next);
  bool numbered_channel(const Run& r, std::uint32_t* next);
  void collect_names();
  // ---- Spelling variants of a surname (variants.cc).
  void link_spelling_variants();

  // ---- Abbreviations (abbreviations.cc).
  std::string initials_of(const Cand& c) const;
  std::string mixed_initials_of(const Cand& c) const;
  bool mixed_acronym(std::uint32_t k) const;
  void link_abbreviations();
  void declared_aliases();
  // ---- Nicknames inside a person's name (nicknames.cc).
  std::uint32_t nickname_end(std::uint32_t s, std::uint32_t e) const;
  std::uint32_t nickname_of(const Cand& c) const;
  // ---- Legal forms of companies (legal_forms.cc).
  bool legal_form(std::uint32_t k) const;
  bool dotted_legal_form(std::uint32_t k) const;
  std::uint32_t legal_form_at(std::uint32_t k) const;
  std::uint32_t legal_form_end(std::uint32_t s, std::uint32_t e) const;
  std::uint32_t without_legal_form(std::uint32_t b, std::uint32_t e) const;
  // ---- Acronyms (acronyms.cc).
  bool unknown_acronym(const Cand& c) const;
  bool common_acronym(std::uint32_t k) const;
  bool common_acronym_word(std::uint32_t k) const;  // any case: "pdf", "html"

  // ---- Grouping (grouping.cc) and gender (gender.cc).
  std::vector<Group> groups;
  std::unordered_map<std::string, std::vector<std::size_t>> title_index;  // title key -> groups
  std::unordered_map<std::string, std::vector<std::size_t>> head_index;   // "country|head word" -> groups
  std::uint64_t full_name_key(std::uint32_t b, std::uint32_t e) const;
  std::uint64_t person_key(std::size_t q) const;
  std::uint64_t org_word_hash(std::uint32_t k) const;
  std::uint64_t org_words_hash(std::uint32_t b, std::uint32_t e) const;
  std::uint64_t org_own_key(const Cand& c) const;
  bool short_form_of_whole(const Cand& tail, const Cand& whole) const;
  std::uint64_t org_bag_hash(const Cand& c) const;
  void link_reordered_names(std::vector<std::uint64_t>* key) const;
  std::vector<std::uint64_t> org_keys() const;
  std::string initials_of(std::uint32_t b, std::uint32_t e) const;
  std::string folded_words(std::uint32_t b, std::uint32_t e) const;
  bool acronym_word(std::uint32_t k) const;
  void link_acronym_forms(std::vector<std::uint64_t>& key) const;
  std::uint64_t norp_key(const Cand& c) const;
  void group_mentions();
  void bind_title_refs();
  void build_entities();
  Gender gender_of(const Group& gr) const;
};

}  // namespace parley::detail

#endif  // PARLEY_SRC_ENTITIES_CANDIDATES_H_
