// Line-level predicates and helpers for the structure stage (internal).
#ifndef PARLEY_SRC_STRUCTURE_LINES_H_
#define PARLEY_SRC_STRUCTURE_LINES_H_

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "parley/document.h"
#include "text/counts.h"

namespace parley::detail {

// Splits text into paragraphs (byte offsets): every non-blank line is one, with surrounding white
// space, a trailing CR and a leading BOM left out. In hard-wrapped text (lines folded at a fixed
// width of 50-100 columns, blank lines between paragraphs) the folded lines of a paragraph are one
// paragraph, whose span then holds their newlines. Linear.
std::vector<Paragraph> split_paragraphs(std::string_view text);

// Case-insensitive prefix test (ASCII, Latin-1, Greek and Cyrillic letters fold); *matched, when
// given, gets the bytes of `s` the prefix covered.
bool iequals_prefix(std::string_view s, std::string_view prefix, std::size_t* matched = nullptr);
// A fixed list of prefixes asked with iequals_prefix, indexed once by their folded first byte, so that
// a line is compared only with the prefixes that can open it. (Folding keeps a letter inside or outside
// ASCII but may change the lead byte of a non-ASCII letter: those prefixes are compared with every line
// that opens with a non-ASCII byte.) Built once, from prefixes of static storage.
class CiPrefixSet {
 public:
  CiPrefixSet(std::initializer_list<std::string_view> prefixes);
  bool opens(std::string_view s) const;  // whether any of the prefixes opens `s`

 private:
  static constexpr std::size_t kNonAscii = 128;
  std::array<std::vector<std::string_view>, kNonAscii + 1> by_first_;
  bool empty_ = false;  // an empty prefix opens every line
};
bool contains_ci(std::string_view s, std::string_view needle);
// Whether `s` holds any of `needles` (case-insensitive as above), in one pass over `s`.
bool contains_any_ci(std::string_view s, std::initializer_list<std::string_view> needles);
std::string_view trim(std::string_view s);  // ASCII and Unicode white space, BOM
// count_words and count_sentences (text/counts.h) against a bound.
inline bool at_most_words(std::string_view s, std::size_t n) { return count_words(s, n) <= n; }
inline bool at_least_words(std::string_view s, std::size_t n) { return count_words(s, n) >= n; }
inline bool at_most_sentences(std::string_view s, std::size_t n) { return count_sentences(s, n) <= n; }

// Case-insensitive "label:" (or "label -") at the start of `line`, for any of
// `labels`; on a match *rest is what follows the colon.
bool strip_label(std::string_view line, std::initializer_list<std::string_view> labels, std::string_view* rest);
// "By Name" (the word then a capitalised name); *rest is the name part.
bool strip_prefix_word(std::string_view line, std::initializer_list<std::string_view> words, std::string_view* rest);
// "A, B and C" -> {"A", "B", "C"}; only parts that look like names are kept.
std::vector<std::string> split_names(std::string_view s);
// "Name, description" or "Name - description" or just "Name".
void split_name_description(std::string_view s, std::string* name, std::string* description);
// The first http(s):// or www. URL in s, or empty.
std::string_view find_url(std::string_view s);

// A paragraph that opens with a dash or a short "Label:" prefix.
bool has_speaker_marker_shape(std::string_view line);
bool starts_with_dash(std::string_view line);
// "Q:", "QUESTION:", "Answer:", "MR PRICE:", "KENNY MALONE, HOST:": a label that
// can only be a speaker's (role words or all capitals).
bool is_speaker_label_shape(std::string_view line);
bool is_separator(std::string_view line);        // "* * *", "***", "---", "###"
bool is_stage_direction(std::string_view line);  // "(SOUNDBITE OF MUSIC)", "[LAUGHTER]"
bool is_clutter(std::string_view line);          // "Scroll down for video", "Share this", menus
bool is_copyright(std::string_view line);        // "Copyright © 2019 NPR. ..."
bool is_dateline(std::string_view line);         // "March 7, 2013, 21:30, Vologda"
// "2:14 p.m. EST", "1:32 P.M. EDT", "15:30": a clock time with an optional a.m./p.m. and time zone.
bool is_clock_line(std::string_view line);

}  // namespace parley::detail

#endif  // PARLEY_SRC_STRUCTURE_LINES_H_
