// Quotation marks: finding them, telling them from apostrophes and pairing
// them (internal to the quotes stage).
//
// One pass over the text of each paragraph collects the candidate marks with
// what their neighbours allow (may it open? may it close?), then a stack of at
// most kMaxDepth open marks pairs them. Straight and curly double quotes,
// guillemets, low-9 marks („…“ ‚…‘), single quotes and CJK brackets are
// handled; apostrophes (don't, Trump's, '80s, rock 'n' roll, students') are
// not marks. A quote stays inside its paragraph unless the next paragraph
// opens with a mark of the same family (the multi-paragraph convention), or
// a double quote left open runs on over paragraphs without marks (or with a
// single-quoted phrase inside it) to one whose first mark can only close it (machine translation comes one sentence a
// line: `"Currently ...` / `They have ...` / `... in Sirte)," he said`).
// Every mark is pushed and popped at most once: linear in the text.
#ifndef PARLEY_SRC_QUOTES_MARKS_H_
#define PARLEY_SRC_QUOTES_MARKS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace parley::detail::quotes {

inline constexpr int kMaxDepth = 3;  // outer quote + two nested levels
inline constexpr int kMaxCarry = 12;  // paragraphs a double quote left open may run on over

struct QuoteSpan {
  std::uint32_t open = 0;       // byte offset of the opening mark
  std::uint32_t open_len = 0;   // its length in bytes
  std::uint32_t close = 0;      // byte offset of the closing mark, or where an unclosed quote stops
  std::uint32_t close_len = 0;  // 0 when unclosed
  std::uint32_t first_para = 0;
  std::uint32_t last_para = 0;
  int depth = 0;    // 0 for a top-level quote
  int parent = -1;  // index of the enclosing quote in the output, or -1
  bool closed = true;
  bool single = false;  // single-quote family (‘…’, '…', ‹…›)
};

struct MarkProblem {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string message;
};

// Pairs the quotation marks of the paragraphs (byte ranges, in text order,
// speaker markers already cut off). Quotes come out sorted by opening mark;
// `orphans` gets the offset of every double closing mark that no opening mark
// pairs (in text order), for the stage to recover quotes whose opening mark was lost.
void pair_marks(std::string_view text, const std::vector<ByteRange>& paragraphs, std::vector<QuoteSpan>* quotes,
                std::vector<MarkProblem>* problems, std::vector<std::uint32_t>* orphans);

}  // namespace parley::detail::quotes

#endif  // PARLEY_SRC_QUOTES_MARKS_H_
