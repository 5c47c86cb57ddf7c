// Word lists of the quotes stage (internal): reporting cues, function words,
// media nouns. Built once per Analyzer; read-only afterwards (thread-safe).
#ifndef PARLEY_SRC_QUOTES_LEXICON_H_
#define PARLEY_SRC_QUOTES_LEXICON_H_

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley::detail::quotes {

enum class CueStrength {
  kSpeech,     // said, told, wrote: attributes any quote it introduces
  kCognition,  // believes, hopes: attributes only a long quote (a full clause)
};

enum class SubjectSide {
  kLeft,   // "Trump said": the speaker stands before the cue (or after it, inverted)
  kRight,  // "according to X", "in the words of X": the speaker follows the cue
};

struct CuePhrase {
  std::vector<std::string> words;  // lowercase, e.g. {"according", "to"}
  CueStrength strength = CueStrength::kSpeech;
  SubjectSide side = SubjectSide::kLeft;
};

// Word classes, as bits: one hash lookup answers every question about a word.
enum WordClass : std::uint32_t {
  kSkipWord = 1u << 0,     // adverbs and auxiliaries between a subject and its cue
  kStopWord = 1u << 1,     // words that end a noun phrase
  kDeterminer = 1u << 2,
  kMediaNoun = 1u << 3,
  kCalendar = 1u << 4,
  kNameJoiner = 1u << 5,   // "of", "van", "al"
  kOrgNoun = 1u << 6,
  kScareIntro = 1u << 7,
  kNounLikeCue = 1u << 8,
  kPersonTitle = 1u << 9,
  kCueStart = 1u << 10,    // some cue phrase starts with the word
  kDocumentNoun = 1u << 11,  // "statement", "report", "article": a text that speaks for its author
  kFirstPerson = 1u << 12,   // "I", "we", "our": the words of a speaker, not of the narration
  kClitic = 1u << 13,        // "d", "ll", "ve" after an apostrophe: an auxiliary ("I'd say", "she'll add")
  kFiniteAux = 1u << 14,     // "will", "are", "have": a finite auxiliary, whose subject comes before it
  kNamingParticiple = 1u << 15,  // "called", "titled": after a noun, names a thing ("a tea called ...")
  kObjectPronoun = 1u << 16,     // "him", "them": an object, so "called them ..." reports words
  kAddressee = 1u << 17,         // "journalists", "reporters": whom "told" addresses, not who speaks
  kRoleComplement = 1u << 18,    // "of", "on", "for", "at": words a role's complement may hold before the name
  kSubordinator = 1u << 19,      // "while", "although", "if": opens a subordinate clause
  kUnnamedPerson = 1u << 20,     // "the insider", "the side": someone unnamed or a party, not the person last named
};

class Lexicon {
 public:
  explicit Lexicon(const std::vector<std::string>& extra_cues);
  Lexicon(const Lexicon&) = delete;  // the flat index points into words_
  Lexicon& operator=(const Lexicon&) = delete;

  struct Entry {
    std::uint32_t classes = 0;
    std::vector<CuePhrase> cues;  // phrases starting with the word, longest first
  };

  // The entry of a lowercase word, nullptr when the word is in no list. No allocation.
  const Entry* find(std::string_view w) const {
    std::uint64_t h = Hash{}(w);
    for (std::size_t i = h & flat_mask_;; i = (i + 1) & flat_mask_) {
      const Slot& s = flat_[i];
      if (s.entry == nullptr) return nullptr;
      if (s.hash == h && *s.key == w) return s.entry;
    }
  }
  std::uint32_t classes(std::string_view w) const {
    const Entry* e = find(w);
    return e ? e->classes : 0;
  }

  // May a cue phrase start with a word of this length whose first two bytes are these (any
  // case)? False means surely not; the bytes need not be lowered first.
  bool maybe_cue(char c0, char c1, std::size_t len) const {
    if (len < 2 || len > 31) return other_cues_;
    unsigned a = (static_cast<unsigned char>(c0) | 0x20u) - 'a', b = (static_cast<unsigned char>(c1) | 0x20u) - 'a';
    if (a >= 26 || b >= 26) return other_cues_;
    return (cue_prefix_len_[a * 26 + b] >> len) & 1u;
  }

  bool maybe_cue(std::string_view w) const { return w.size() >= 2 ? maybe_cue(w[0], w[1], w.size()) : other_cues_; }

  // Phrases starting with `first` (lowercase), longest first; nullptr when none.
  const std::vector<CuePhrase>* cues_starting_with(std::string_view first) const {
    if (!maybe_cue(first)) return nullptr;
    const Entry* e = find(first);
    return e && !e->cues.empty() ? &e->cues : nullptr;
  }

  bool is_adverb_or_aux(std::string_view w) const { return classes(w) & kSkipWord; }
  bool is_stop(std::string_view w) const { return classes(w) & kStopWord; }
  bool is_determiner(std::string_view w) const { return classes(w) & kDeterminer; }
  bool is_media_noun(std::string_view w) const { return classes(w) & kMediaNoun; }
  bool is_calendar_word(std::string_view w) const { return classes(w) & kCalendar; }
  bool is_name_joiner(std::string_view w) const { return classes(w) & kNameJoiner; }
  bool is_org_noun(std::string_view w) const { return classes(w) & kOrgNoun; }
  // Head nouns naming a person by role: "minister", "spokesman", "senator".
  bool is_person_title(std::string_view w) const { return classes(w) & kPersonTitle; }
  // Texts that "say" what their author says: "the statement said", "notes the article".
  bool is_document_noun(std::string_view w) const { return classes(w) & kDocumentNoun; }
  bool is_first_person(std::string_view w) const { return classes(w) & kFirstPerson; }
  bool is_clitic(std::string_view w) const { return classes(w) & kClitic; }
  bool is_finite_aux(std::string_view w) const { return classes(w) & kFiniteAux; }
  bool is_scare_intro(std::string_view w) const { return classes(w) & kScareIntro; }
  bool is_naming_participle(std::string_view w) const { return classes(w) & kNamingParticiple; }
  bool is_object_pronoun(std::string_view w) const { return classes(w) & kObjectPronoun; }
  bool is_addressee(std::string_view w) const { return classes(w) & kAddressee; }
  bool is_role_complement(std::string_view w) const { return classes(w) & kRoleComplement; }
  bool is_subordinator(std::string_view w) const { return classes(w) & kSubordinator; }
  // Verb forms that are also plural nouns ("calls", "reports"): a cue only when no determiner precedes.
  bool is_noun_like_cue(std::string_view w) const { return classes(w) & kNounLikeCue; }

 private:
  void add(std::string_view phrase, CueStrength strength, SubjectSide side);

  // A cheap filter before the hash lookup: is there a cue word with these two first letters and
  // this length? (Most words of a text are no cue; the filter turns them away in two loads.)

  struct Hash {  // FNV-1a: words are short, a simple hash beats a general-purpose one
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      std::uint64_t h = 1469598103934665603ull;
      for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
      return static_cast<std::size_t>(h);
    }
  };
  std::array<std::uint32_t, 26 * 26> cue_prefix_len_{};
  bool other_cues_ = false;  // a user cue the filter cannot hold (non-ASCII, one letter): always look up
  std::unordered_map<std::string, Entry, Hash, std::equal_to<>> words_;
  // Open addressing over words_ (linear probing, at most half full): one probe for most words,
  // no hash recomputed per node as the node-based map does.
  struct Slot {
    std::uint64_t hash = 0;
    const std::string* key = nullptr;
    const Entry* entry = nullptr;
  };
  std::vector<Slot> flat_;
  std::size_t flat_mask_ = 0;
};

}  // namespace parley::detail::quotes

#endif  // PARLEY_SRC_QUOTES_LEXICON_H_
