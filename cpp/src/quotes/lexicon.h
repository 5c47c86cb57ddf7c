// Word lists of the quotes stage (internal): reporting cues, function words,
// media nouns. Built once per Analyzer; read-only afterwards (thread-safe).
#ifndef PARLEY_SRC_QUOTES_LEXICON_H_
#define PARLEY_SRC_QUOTES_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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

class Lexicon {
 public:
  explicit Lexicon(const std::vector<std::string>& extra_cues);

  // Phrases starting with `first` (lowercase), longest first; nullptr when none.
  const std::vector<CuePhrase>* cues_starting_with(std::string_view first) const;

  bool is_adverb_or_aux(std::string_view w) const { return skip_.count(std::string(w)) > 0; }
  bool is_stop(std::string_view w) const { return stop_.count(std::string(w)) > 0; }
  bool is_determiner(std::string_view w) const { return det_.count(std::string(w)) > 0; }
  bool is_media_noun(std::string_view w) const { return media_.count(std::string(w)) > 0; }
  bool is_calendar_word(std::string_view w) const { return calendar_.count(std::string(w)) > 0; }
  bool is_name_joiner(std::string_view w) const { return joiner_.count(std::string(w)) > 0; }
  bool is_org_noun(std::string_view w) const { return org_.count(std::string(w)) > 0; }
  // Head nouns naming a person by role: "minister", "spokesman", "senator".
  bool is_person_title(std::string_view w) const { return person_title_.count(std::string(w)) > 0; }
  bool is_scare_intro(std::string_view w) const { return scare_intro_.count(std::string(w)) > 0; }
  // Verb forms that are also plural nouns ("calls", "reports"): a cue only when no determiner precedes.
  bool is_noun_like_cue(std::string_view w) const { return noun_like_.count(std::string(w)) > 0; }

 private:
  void add(std::string_view phrase, CueStrength strength, SubjectSide side);

  std::unordered_map<std::string, std::vector<CuePhrase>> cues_;
  std::unordered_set<std::string> skip_, stop_, det_, media_, calendar_, joiner_, org_, scare_intro_, noun_like_, person_title_;
};

}  // namespace parley::detail::quotes

#endif  // PARLEY_SRC_QUOTES_LEXICON_H_
