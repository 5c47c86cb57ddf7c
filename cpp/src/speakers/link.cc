#include "speakers/link.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/lexicon.h"
#include "text/lexicon.h"
#include "turns/labels.h"

namespace parley::detail {

namespace {

using turns::normalize_label;
using turns::role_word;
using turns::RoleWord;

// Every word suffix of a normalised name, longest first ("robert gibbs", "gibbs").
std::vector<std::string_view> suffixes(std::string_view key) {
  std::vector<std::string_view> out;
  out.push_back(key);
  for (std::size_t i = 0; i < key.size(); ++i)
    if (key[i] == ' ') out.push_back(key.substr(i + 1));
  return out;
}

// The people (and, for initials, the bodies) a label may stand for: PERSON entities by every word
// suffix of their names ("kathleen sebelius", "sebelius") and by their given name ("kris"); PERSON
// and ORG entities of several words by their initials ("kg" for Kate Grummond, "ch" for Coastal Herald).
// A key two entities share leads to -2 (ambiguous).
class NameIndex {
 public:
  explicit NameIndex(const Document& doc) {
    for (std::size_t k = 0; k < doc.entities.size(); ++k) {
      const Entity& e = doc.entities[k];
      if (e.label != Label::kPerson && e.label != Label::kOrg) continue;
      std::string key = normalize_label(e.name);
      int id = static_cast<int>(k);
      std::vector<std::string_view> tails = suffixes(key);
      if (tails.size() >= 2) add(initials_, initials(tails), id);
      if (e.label != Label::kPerson) continue;
      for (std::string_view s : tails) add(by_suffix_, std::string(s), id);
      if (tails.size() >= 2) add(by_given_, std::string(key.substr(0, key.find(' '))), id);
    }
  }
  // The entity a key names, -1 for none, -2 for several.
  int suffix(std::string_view key) const { return find(by_suffix_, key); }
  int given(std::string_view key) const { return find(by_given_, key); }
  int initials(std::string_view key) const { return find(initials_, key); }

 private:
  using Map = std::unordered_map<std::string, int>;
  // "kamel ghali" -> "kg": the first letter of each word (ASCII letters only; others give no key).
  static std::string initials(const std::vector<std::string_view>& tails) {
    std::string out;
    for (std::string_view t : tails) out += t.empty() ? '?' : t[0];
    for (char c : out)
      if (c < 'a' || c > 'z') return {};
    return out;
  }
  static void add(Map& map, std::string key, int entity) {
    if (key.empty()) return;
    auto [it, inserted] = map.emplace(std::move(key), entity);
    if (!inserted && it->second != entity) it->second = -2;
  }
  static int find(const Map& map, std::string_view key) {
    auto it = map.find(std::string(key));
    return it == map.end() ? -1 : it->second;
  }
  Map by_suffix_, by_given_, initials_;
};

// A label that names no one in particular: "Q", "Answer", "Host", "Guest".
bool anonymous(const Speaker& s) {
  return s.name.empty() || role_word(s.name) != RoleWord::kNone;
}

// A one-word label in capitals of two to four letters: "KG", "CH", "AA".
bool initials_shaped(std::string_view name) {
  if (name.size() < 2 || name.size() > 4) return false;
  for (char c : name)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

// The entity a speaker's name stands for, or -1: the longest suffix of its words that names exactly
// one person (so "Secretary Whitlock" and "MS. WHITLOCK" are read as their surnames); else a one-word
// label that is exactly one person's given name ("Kris:"); else initials ("KG:") of exactly one
// person or body of the article.
int entity_of(const Speaker& s, const NameIndex& names) {
  if (anonymous(s)) return -1;
  std::string key = normalize_label(s.name);
  for (std::string_view suffix : suffixes(key)) {
    int found = names.suffix(suffix);
    if (found == -2) return -1;
    if (found >= 0) return found;
  }
  if (key.find(' ') != std::string::npos) return -1;
  // "KG" is Kate Grummond's initials; "TOM", initials-shaped too, may be Tom Becker's given name.
  if (initials_shaped(s.name)) {
    int found = names.initials(key);
    if (found != -1) return found;
  }
  return names.given(key);
}

// A function word that does not continue a name ("run", "and" are lowercase; "The", "However" are not
// names either).
bool stop_word(std::string_view w) {
  static const auto* const kStops = [] {
    auto* set = new std::unordered_map<std::string, bool>();
    for (std::size_t k = 0; k < lex::kWordCount; ++k)
      if (lex::kWords[k].classes & lex::kStop) (*set)[turns::lowercase(lex::kWords[k].word)] = true;
    return set;
  }();
  return kStops->count(turns::lowercase(w)) > 0;
}

// "Vidar:" when the intro writes "Ola Nes and Vidar Strand lead the club": the first place in
// `intro` where the one-word label is followed by one or two capitalised words gives the full name
// ("Vidar Strand"), or empty. Reads at most kMaxIntroScan bytes.
std::string full_name_in_intro(std::string_view intro, std::string_view label) {
  constexpr std::size_t kMaxIntroScan = 8000, kMaxMoreWords = 2;
  intro = intro.substr(0, std::min(intro.size(), kMaxIntroScan));
  auto capitalised_word = [&](std::size_t at) {  // the length of a capitalised word at `at`, or 0
    std::size_t e = at;
    if (e >= intro.size() || intro[e] < 'A' || intro[e] > 'Z') return std::size_t{0};
    while (e < intro.size() && ((intro[e] >= 'a' && intro[e] <= 'z') || (intro[e] >= 'A' && intro[e] <= 'Z') ||
                                intro[e] == '-' || intro[e] == '\''))
      ++e;
    return e - at >= 2 && !stop_word(intro.substr(at, e - at)) ? e - at : std::size_t{0};
  };
  for (std::size_t at = intro.find(label); at != std::string_view::npos; at = intro.find(label, at + 1)) {
    bool left = at == 0 || intro[at - 1] == ' ' || intro[at - 1] == '\n' || intro[at - 1] == '(';
    std::size_t end = at + label.size();
    std::size_t words = 0;
    while (left && words < kMaxMoreWords && end < intro.size() && intro[end] == ' ') {
      std::size_t len = capitalised_word(end + 1);
      if (len == 0) break;
      end += 1 + len;
      ++words;
    }
    if (words > 0 && (end >= intro.size() || !std::isalnum(static_cast<unsigned char>(intro[end]))))
      return std::string(intro.substr(at, end - at));
  }
  return {};
}

// The index of the first paragraph someone speaks, or the paragraph count when no one does.
std::size_t first_turn_index(const Document& doc) {
  for (std::size_t i = 0; i < doc.paragraphs.size(); ++i)
    if (!doc.paragraphs[i].speaker.empty()) return i;
  return doc.paragraphs.size();
}

// The verbs by which an intro says who interviews whom: "<asker> spoke with <guest>", "<asker> met her".
constexpr std::string_view kAskVerbs[] = {" spoke with ",    " spoke to ",     " talked with ", " talked to ",
                                          " sat down with ", " interviewed ",  " caught up with ", " asked ",
                                          " met with ",      " met "};
// The guest as a pronoun right after such a verb: "Olga Sten met her in Bergen."
constexpr std::string_view kGuestPronouns[] = {"him ", "her ", "them ", "him.", "her.", "them."};
// The words before the person or outlet who asks, anywhere in the article: "This interview was
// conducted by Tom Varga", "Interview by Olga Sten".
constexpr std::string_view kAskerCues[] = {"interviewed by ", "interview by ", "interview was conducted by ",
                                           "interview conducted by ", "questions by "};
constexpr std::size_t kCueWindow = 32;  // bytes before a name in which a cue is looked for
// The words before an outlet that the title or intro names as the one asking: "Interview to the Orbis
// agency", "the minister told Coastal Herald", "she spoke to Harbour Review". Outlets only:
// "an interview with Anna Brekke" names the guest.
constexpr std::string_view kOutletCues[] = {"interview to ",  "interview with ", "interview for ",
                                            "questions from ", "questions of ",  "told ",
                                            "speaking to ",   "speaking with ",  "talking to ",
                                            "spoke to ",      "spoke with ",     "talked to ", "talked with "};

// Whether the text just before `at` ends with one of `cues` (lowercase), an article between allowed
// ("told the Coastal Herald").
template <std::size_t N>
bool cue_before(std::string_view text, std::int64_t at, const std::string_view (&cues)[N]) {
  std::size_t end = static_cast<std::size_t>(at);
  std::string_view before = text.substr(end >= kCueWindow ? end - kCueWindow : 0, std::min(end, kCueWindow));
  std::string folded = turns::lowercase(before);
  std::string_view b = folded;
  if (b.ends_with(" the ")) b.remove_suffix(4);
  for (std::string_view cue : cues)
    if (b.ends_with(cue) && (b.size() == cue.size() || b[b.size() - cue.size() - 1] == ' ')) return true;
  return false;
}

// Whether the guest follows an asking verb at `at`: a person's name, or a pronoun.
bool guest_after(std::string_view text, std::int64_t at, const std::unordered_map<std::int64_t, bool>& person_starts) {
  if (person_starts.count(at)) return true;
  std::string_view after = text.substr(static_cast<std::size_t>(at), 6);
  for (std::string_view p : kGuestPronouns)
    if (after.starts_with(p)) return true;
  return false;
}

// Whether the paragraph holding a byte offset is someone's turn (binary search over the paragraphs).
bool in_turn(const Document& doc, std::int64_t offset) {
  auto it = std::upper_bound(doc.paragraphs.begin(), doc.paragraphs.end(), offset,
                             [](std::int64_t o, const Paragraph& p) { return o < p.start; });
  return it != doc.paragraphs.begin() && !std::prev(it)->speaker.empty();
}

// The first entity with `labels` that one of `cues` introduces before `end`, outside the turns, or -1.
template <std::size_t N>
int first_cued(const Context& ctx, std::int64_t end, std::initializer_list<Label> labels, const std::string_view (&cues)[N]) {
  int found = -1;
  std::int64_t found_at = end;
  for (std::size_t k = 0; k < ctx.doc.entities.size(); ++k) {
    const Entity& e = ctx.doc.entities[k];
    if (std::find(labels.begin(), labels.end(), e.label) == labels.end()) continue;
    for (const Mention& m : e.mentions) {
      if (m.start >= found_at) break;
      if (cue_before(ctx.text, m.start, cues) && !in_turn(ctx.doc, m.start)) {
        found = static_cast<int>(k);
        found_at = m.start;
      }
    }
  }
  return found;
}

// The person or outlet the article says is interviewing the guest, or -1: the intro's "Harbour
// Review spoke with Brekke about ...", "Maria Ivanova sat down with the minister", "Olga Sten met her";
// else the one the article says conducted the interview ("Interview by Olga Sten"); else the first
// outlet the title or intro names after an outlet cue ("Interview to the Orbis agency").
int intro_interviewer(const Context& ctx) {
  const Document& doc = ctx.doc;
  const std::size_t first_turn = first_turn_index(doc);
  if (first_turn == doc.paragraphs.size()) return -1;
  const std::int64_t intro_end = doc.paragraphs[first_turn].start;
  std::unordered_map<std::int64_t, bool> person_starts;  // where a person's name begins, in the intro
  for (const Entity& e : doc.entities)
    if (e.label == Label::kPerson)
      for (const Mention& m : e.mentions)
        if (m.start < intro_end) person_starts[m.start] = true;
  for (std::size_t k = 0; k < doc.entities.size(); ++k) {
    const Entity& e = doc.entities[k];
    if (e.label != Label::kPerson && e.label != Label::kOrg) continue;
    for (const Mention& m : e.mentions) {
      if (m.end >= intro_end) break;
      std::string_view after = ctx.text.substr(static_cast<std::size_t>(m.end), 24);
      for (std::string_view verb : kAskVerbs)
        if (after.starts_with(verb) && guest_after(ctx.text, m.end + static_cast<std::int64_t>(verb.size()), person_starts))
          return static_cast<int>(k);
    }
  }
  int by = first_cued(ctx, static_cast<std::int64_t>(ctx.text.size()), {Label::kPerson, Label::kOrg}, kAskerCues);
  if (by >= 0) return by;
  return first_cued(ctx, intro_end, {Label::kOrg}, kOutletCues);
}

// An interviewer known only as "Q" or "Interviewer" is the article's one author when it has one.
bool takes_author(const Speaker& s, const Meta& meta) {
  return s.role == Role::kInterviewer && anonymous(s) && meta.authors.size() == 1;
}

// The entities lexicon's classes of a name's first word ("Minister" -> kTitle), 0 for none.
std::uint32_t first_word_classes(std::string_view name) { return lex::classes_of(name.substr(0, name.find(' '))); }

// "Administrator Pellegrino": a name that still opens with a title (the entity stage kept it) is no
// guest's name to print.
bool opens_with_title(std::string_view name) {
  return name.find(' ') != std::string_view::npos && (first_word_classes(name) & lex::kTitle);
}

// The cues after which the intro's capitalised words are the outlet that asks, when the entity stage
// read no organisation there: "spoke with Nordic Review", "told the Valley Courier". "Interview with"
// names the guest as often as the outlet, so only "interview with the", which no person's name takes.
constexpr std::string_view kOutletShapeCues[] = {"interview to ", "interview for ", "told ",      "speaking to ",
                                                 "speaking with ", "talking to ",  "spoke to ",   "spoke with ",
                                                 "talked to ",    "talked with ",  "questions from ",
                                                 "explained to ", "said to ",      "commented to ", "interview with the "};
constexpr std::size_t kMaxOutletWords = 5;

// The outlet the intro names as the subject of an asking verb, by its shape: "The Courier talked to
// economist Ivan Petrov about ...". One to five capitalised words that open a sentence (a first "The"
// dropped, as after an outlet cue), then a verb of kAskVerbs, then a PERSON's name, one lower-case title or profession
// ("economist", kIntroRole) allowed between. Not a PERSON itself, nor a title or a given name. Empty
// when none.
std::string outlet_subject_by_shape(const Context& ctx, std::int64_t intro_end,
                                    const std::unordered_map<std::int64_t, bool>& person_at) {
  std::string_view text = ctx.text.substr(0, static_cast<std::size_t>(intro_end));
  for (std::string_view verb : kAskVerbs) {
    for (std::size_t at = text.find(verb); at != std::string_view::npos; at = text.find(verb, at + 1)) {
      std::size_t g = at + verb.size();
      if (!person_at.count(static_cast<std::int64_t>(g))) {  // "economist Ivan Petrov": skip one role word
        std::size_t sp = text.find(' ', g);
        if (sp == std::string_view::npos || !(lexicon::classes_folded(text.substr(g, sp - g)) & lexicon::kIntroRole) ||
            !person_at.count(static_cast<std::int64_t>(sp + 1)))
          continue;
      }
      // The capitalised words before the verb, back to the sentence's start.
      std::size_t b = at, words = 0;
      while (b > 1 && words < kMaxOutletWords) {
        std::size_t w = text.find_last_of(" \n", b - 2);  // b - 1 is the space after the word
        w = w == std::string_view::npos ? 0 : w + 1;
        if (!(text[w] >= 'A' && text[w] <= 'Z')) break;
        b = w;
        ++words;
        if (b == 0 || text[b - 1] == '\n' || (b >= 2 && text[b - 2] == '.')) break;
      }
      const bool opens = b == 0 || text[b - 1] == '\n' || (b >= 2 && text[b - 2] == '.');
      if (words == 0 || !opens || person_at.count(static_cast<std::int64_t>(b))) continue;
      std::string_view name = text.substr(b, at - b);
      std::string_view bare = name.starts_with("The ") ? name.substr(4) : name;
      if (bare.empty() || person_at.count(static_cast<std::int64_t>(at - bare.size()))) continue;
      if (first_word_classes(bare) & (lex::kTitle | lex::kTitleMod | lex::kGivenName | lex::kStop)) continue;
      return std::string(bare);
    }
  }
  return {};
}

// The outlet the intro (text before `intro_end`) names after an outlet cue, by its shape: one to five
// capitalised words, not opening with a title, a given name or a function word, not where a PERSON's
// name begins. Empty when none.
std::string outlet_by_shape(const Context& ctx, std::int64_t intro_end) {
  std::unordered_map<std::int64_t, bool> person_at;
  for (const Entity& e : ctx.doc.entities)
    if (e.label == Label::kPerson)
      for (const Mention& m : e.mentions)
        if (m.start < intro_end) person_at[m.start] = true;
  std::string_view text = ctx.text.substr(0, static_cast<std::size_t>(intro_end));
  const std::string folded = turns::lowercase(text);  // ASCII cues: byte offsets agree with `text`
  if (folded.size() != text.size()) return {};
  std::size_t best = std::string::npos;
  std::string found;
  for (std::string_view cue : kOutletShapeCues) {
    std::size_t at = folded.find(cue);
    while (at != std::string::npos && at < best && at > 0 && folded[at - 1] != ' ') at = folded.find(cue, at + 1);
    if (at == std::string::npos || at >= best) continue;
    std::size_t b = at + cue.size();
    if (folded.compare(b, 4, "the ") == 0) b += 4;
    std::size_t e = b, words = 0;
    while (e < text.size() && words < kMaxOutletWords && text[e] >= 'A' && text[e] <= 'Z') {
      std::size_t j = e;
      while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '-' ||
                                 text[j] == '\'' || static_cast<unsigned char>(text[j]) >= 0x80))
        ++j;
      ++words;
      if (j >= text.size() || text[j] != ' ' || j + 1 >= text.size() || !(text[j + 1] >= 'A' && text[j + 1] <= 'Z')) {
        e = j;
        break;
      }
      e = j + 1;
    }
    if (words == 0 || person_at.count(static_cast<std::int64_t>(b))) continue;
    std::string name(text.substr(b, e - b));
    while (!name.empty() && name.back() == ' ') name.pop_back();
    // "the Finance Minister ...", "Anna Brekke" (a name the entity stage missed), "Foreign ...".
    if (first_word_classes(name) & (lex::kTitle | lex::kTitleMod | lex::kGivenName | lex::kStop)) continue;
    best = at;
    found = std::move(name);
  }
  return found.empty() ? outlet_subject_by_shape(ctx, intro_end, person_at) : found;
}

// "Interview with ", "A conversation with Dr. ": the headline's words right before a name at `at`
// (from `from` on) say an interview is with that person; one honorific may stand between.
bool interview_with_before(std::string_view text, std::int64_t from, std::int64_t at) {
  constexpr std::int64_t kWindow = 40;
  std::int64_t b = std::max(from, at - kWindow);
  std::string before = turns::lowercase(text.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(at - b)));
  std::size_t with = before.rfind("with ");
  if (with == std::string::npos) return false;
  std::string_view rest = std::string_view(before).substr(with + 5);
  if (std::count(rest.begin(), rest.end(), ' ') > 1) return false;  // "Dr. " at most
  std::string_view head = std::string_view(before).substr(0, with);
  for (std::string_view cue : {"interview ", "conversation ", "q&a ", "talk ", "chat "})
    if (head.ends_with(cue)) return true;
  return false;
}

// The one person the article presents as its guest, or -1 (the interviewer `asker` aside, an entity
// index or -1): the only PERSON the headline and the dek
// name (twice), else the only PERSON the dek and the narration before the first turn name, else the
// only PERSON the narration names anywhere.
int presented_person(const Document& doc, int asker) {
  const std::size_t first_turn = first_turn_index(doc);
  auto only_person = [&](std::size_t min_mentions, auto in_scope) {
    int found = -1;
    for (std::size_t k = 0; k < doc.entities.size(); ++k) {
      const Entity& e = doc.entities[k];
      if (e.label != Label::kPerson || e.name.find(' ') == std::string::npos || e.mentions.size() < min_mentions ||
          static_cast<int>(k) == asker)
        continue;
      bool named = false;
      for (const Mention& m : e.mentions) named = named || in_scope(m.start);
      if (!named) continue;
      if (found >= 0) return -2;
      found = static_cast<int>(k);
    }
    return found;
  };
  // The paragraph holding a byte offset (binary search over the sorted paragraphs), or none.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  auto paragraph_of = [&](std::int64_t offset) {
    auto it = std::upper_bound(doc.paragraphs.begin(), doc.paragraphs.end(), offset,
                               [](std::int64_t o, const Paragraph& p) { return o < p.start; });
    return it == doc.paragraphs.begin() ? kNone : static_cast<std::size_t>(it - doc.paragraphs.begin()) - 1;
  };
  // "Ivan Petrov: 'The harvest will be good'", "Interview with Dr. Tomas Lind": a headline that opens
  // with a person's name and a colon, or names the person an interview is with, presents that person.
  for (std::size_t i = 0; i < first_turn && i < doc.paragraphs.size(); ++i) {
    const Paragraph& title = doc.paragraphs[i];
    if (title.kind != ParagraphKind::kTitle) continue;
    for (std::size_t k = 0; k < doc.entities.size(); ++k) {
      const Entity& e = doc.entities[k];
      if (e.label != Label::kPerson || e.name.find(' ') == std::string::npos || static_cast<int>(k) == asker) continue;
      for (const Mention& m : e.mentions) {
        if (m.start < title.start || m.end > title.end) continue;
        if (m.start == title.start && m.end < title.end && doc.text()[static_cast<std::size_t>(m.end)] == ':')
          return static_cast<int>(k);
        if (interview_with_before(doc.text(), title.start, m.start)) return static_cast<int>(k);
      }
    }
    break;
  }
  // A person the headline alone names may be a misread headline ("Senator Defends Vote"): two mentions.
  int headline = only_person(2, [&](std::int64_t o) {
    std::size_t i = paragraph_of(o);
    return i != kNone && (doc.paragraphs[i].kind == ParagraphKind::kTitle ||
                          doc.paragraphs[i].kind == ParagraphKind::kSubtitle);
  });
  if (headline != -1) return headline;  // the one person, or several (-2): no guess
  int before = only_person(1, [&](std::int64_t o) {
    std::size_t i = paragraph_of(o);
    // The dek is written in sentences, like the narration: one mention there is enough.
    return i != kNone && i < first_turn &&
           (doc.paragraphs[i].kind == ParagraphKind::kNarrative || doc.paragraphs[i].kind == ParagraphKind::kSubtitle);
  });
  if (before != -1) return before;
  // "... Maria Lenz sings at the Opera on Friday." closing the piece: the only person the narration
  // names anywhere, when none is named before the interview.
  return only_person(1, [&](std::int64_t o) {
    std::size_t i = paragraph_of(o);
    return i != kNone && doc.paragraphs[i].kind == ParagraphKind::kNarrative && doc.paragraphs[i].speaker.empty();
  });
}

// meta.guests by name, so that renaming and adding stay linear in the guests.
class GuestIndex {
 public:
  explicit GuestIndex(Meta& meta) : meta_(meta) {
    for (std::size_t k = 0; k < meta.guests.size(); ++k) by_name_.emplace(meta.guests[k].name, k);
  }
  // The guest named `from` (if any) is now named `to`.
  void rename(const std::string& from, const std::string& to) {
    auto it = by_name_.find(from);
    if (it == by_name_.end()) return;
    std::size_t k = it->second;
    by_name_.erase(it);
    meta_.guests[k].name = to;
    by_name_.emplace(to, k);
  }
  void add(const std::string& name, const std::string& description) {
    if (by_name_.count(name)) return;
    by_name_.emplace(name, meta_.guests.size());
    meta_.guests.push_back({name, description});
  }

 private:
  Meta& meta_;
  std::unordered_map<std::string, std::size_t> by_name_;
};

}  // namespace

void link_speakers(Context& ctx) {
  Document& doc = ctx.doc;
  if (doc.speakers.empty()) return;
  NameIndex names(doc);
  GuestIndex guests(doc.meta);
  int anonymous_askers = 0;
  for (const Speaker& s : doc.speakers) anonymous_askers += s.role == Role::kInterviewer && anonymous(s);
  const int asker = anonymous_askers == 1 ? intro_interviewer(ctx) : -1;
  int anonymous_guests = 0;
  for (const Speaker& s : doc.speakers) anonymous_guests += s.role == Role::kGuest && anonymous(s);
  const int presented = anonymous_guests == 1 ? presented_person(doc, asker) : -1;
  int answering_speakers = 0;
  for (const Speaker& s : doc.speakers) answering_speakers += s.role == Role::kGuest;
  const std::size_t first_turn = first_turn_index(doc);
  const std::int64_t intro_end =
      first_turn < doc.paragraphs.size() ? doc.paragraphs[first_turn].start : static_cast<std::int64_t>(ctx.text.size());
  for (Speaker& s : doc.speakers) {
    if (s.role == Role::kInterviewer && anonymous(s) && asker >= 0) {
      s.name = turns::display_name(doc.entities[static_cast<std::size_t>(asker)].name);
      continue;
    }
    // At a briefing several speakers answer and the askers are the press, not the release's author.
    if (takes_author(s, doc.meta) && answering_speakers <= 1) {
      s.name = doc.meta.authors[0];
      continue;
    }
    if (s.role == Role::kInterviewer && anonymous(s) && anonymous_askers == 1 && asker < 0) {
      std::string outlet = outlet_by_shape(ctx, intro_end);
      if (!outlet.empty()) {
        s.name = std::move(outlet);
        continue;
      }
    }
    int k = s.role == Role::kGuest && anonymous(s) ? presented : entity_of(s, names);
    if (k < 0 && !anonymous(s) && s.name.find(' ') == std::string::npos) {
      // A one-word label the entity stage gave no person: the full name the intro writes out.
      std::string full = full_name_in_intro(ctx.text.substr(0, static_cast<std::size_t>(intro_end)), s.name);
      if (full.empty()) continue;
      guests.rename(s.name, full);
      s.name = full;
      if (s.role == Role::kGuest) guests.add(s.name, s.description);
      continue;
    }
    if (k < 0) continue;
    const Entity& e = doc.entities[static_cast<std::size_t>(k)];
    // "NICK FOUNTAIN" (a name first met in a label) reads "Nick Fountain", as the turns stage shows it.
    std::string full = turns::display_name(e.name);
    std::string key = normalize_label(s.name), entity_key = normalize_label(full);
    // "Герман Греф" against "Глава Сбербанка Герман Греф": a full name already; the words in front are a title.
    bool already_full = key.find(' ') != std::string::npos && entity_key.ends_with(" " + key);
    if (entity_key != key && !already_full) {
      guests.rename(s.name, full);
      s.name = full;
    }
    if (s.role == Role::kGuest && e.label == Label::kPerson && !opens_with_title(s.name))
      guests.add(s.name, s.description);
  }
}

}  // namespace parley::detail
