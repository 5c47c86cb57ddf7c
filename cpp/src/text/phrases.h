// A fixed set of phrases searched for in a text in one pass (internal).
#ifndef PARLEY_SRC_TEXT_PHRASES_H_
#define PARLEY_SRC_TEXT_PHRASES_H_

#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace parley::detail {

// Whether a text contains any of a few fixed phrases, byte for byte (a caller that ignores case lowers
// the text and writes the phrases in lower case). A bit table of the phrases' first four bytes (hashed)
// says where a phrase may start, so one pass over the text compares phrases only there, instead of one
// search of the whole text per phrase. Phrases under four bytes are searched for one by one. Built once
// (a function-local static), from phrases of static storage (string literals).
class PhraseSet {
 public:
  PhraseSet(std::initializer_list<std::string_view> phrases);
  bool found_in(std::string_view text) const;

 private:
  static std::uint32_t opening_hash(const char* p);  // of the four bytes at p
  std::vector<std::string_view> long_, short_;  // four bytes or more; fewer
  std::bitset<1 << 16> opens_;                  // opening_hash of every long phrase
};

}  // namespace parley::detail

#endif  // PARLEY_SRC_TEXT_PHRASES_H_
