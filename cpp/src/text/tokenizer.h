// Tokenizer (internal): words, numbers and punctuation with byte offsets.
#ifndef PARLEY_SRC_TEXT_TOKENIZER_H_
#define PARLEY_SRC_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace parley::detail {

enum TokenFlag : std::uint32_t {
  kWord = 1u << 0,            // letters (with inner apostrophes or digits)
  kNumber = 1u << 1,          // digits, with inner , . separators ("5,000", "3.5")
  kPunct = 1u << 2,           // one punctuation or symbol code point
  kUpperInitial = 1u << 3,    // a word whose first letter is uppercase
  kAllCaps = 1u << 4,         // a word of two or more letters, all uppercase
  kSpaceBefore = 1u << 5,     // white space precedes the token
  kParagraphStart = 1u << 6,  // first token of a paragraph
  kSentenceStart = 1u << 7,   // first token of a sentence
  kPossessive = 1u << 8,      // "'s" / "’s" split off a word
  kDash = 1u << 9,            // a dash character
  kQuoteMark = 1u << 10,      // a quotation mark of any kind
  kCjk = 1u << 11,            // a run of CJK characters
};

struct Token {
  std::uint32_t start = 0;  // byte offsets into the text
  std::uint32_t end = 0;
  std::uint32_t flags = 0;
  std::uint32_t paragraph = 0;  // index of the paragraph the token lies in
  bool has(std::uint32_t f) const { return (flags & f) != 0; }
};

struct ByteRange {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

// Tokenizes each paragraph range of `text` (ranges in byte offsets, in order)
// into one flat vector. Linear in the text.
std::vector<Token> tokenize(std::string_view text, const std::vector<ByteRange>& paragraphs);

}  // namespace parley::detail

#endif  // PARLEY_SRC_TEXT_TOKENIZER_H_
